"""Alerts: what a failed validation or crashed run says, and its delivery to webhooks, Slack and e-mail (Prefect, apprise).

Imports prefect, apprise and expectations; never duckdb or the warehouse: the caller records the rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote, urlsplit

import apprise
from prefect.blocks.webhook import Webhook
from prefect.utilities.asyncutils import run_coro_as_sync

from expectations.validate import ValidationOutcome

logger = logging.getLogger(__name__)

AlertSeverity = Literal["error", "warning", "info"]
_MAX_EXAMPLES = 10
# Libraries that log request URLs (webhook tokens in the path, passwords in mailto://) while delivering.
_URL_LOGGERS = ("apprise", "httpx", "httpcore.connection", "httpcore.http11", "urllib3.connectionpool")


def _utc_naive(now: datetime | None) -> datetime:
    now = now or datetime.now(UTC)
    return now.astimezone(UTC).replace(tzinfo=None) if now.tzinfo else now


@dataclass(frozen=True)
class Alert:
    """One message about one run; `payload` is the JSON a webhook receives, `text` what chat and e-mail show."""

    kind: Literal["validation", "crash", "test"]
    run_id: str | None
    severity: AlertSeverity
    title: str
    payload: Mapping[str, Any]
    created_at: datetime  # naive UTC

    @property
    def text(self) -> str:
        p = self.payload
        lines = [self.title, ""]
        if p.get("error"):
            lines.append(f"Error: {p['error']}")
        for failed in p.get("failed_expectations", []):
            examples = ", ".join(failed["examples"][:5])
            count = failed["unexpected_count"]
            lines.append(
                f"- [{failed['severity']}] {failed['expectation']}"
                + (f": {count} rows" if count is not None else "")
                + (f" (e.g. {examples})" if examples else "")
            )
        if p.get("quarantined_rows"):
            lines.append(f"Quarantined rows: {p['quarantined_rows']}")
        if p.get("data_docs"):
            lines.append(f"Data Docs: {p['data_docs']}")
        return "\n".join(lines).strip()

    def alert_id(self, channel_index: int, channel: str) -> str:
        """Stable for the same alert and channel, so recording a delivery twice cannot duplicate it."""
        key = (
            f"{self.kind}|{self.run_id}|{self.title}|{self.created_at.isoformat()}|{channel_index}|{channel}"
        )
        return hashlib.sha256(key.encode()).hexdigest()[:24]


def _payload(
    *,
    kind: str,
    run_id: str | None,
    state: str,
    severity: str,
    title: str,
    created_at: datetime,
    **extra: Any,
) -> dict[str, Any]:
    base = {
        "kind": kind,
        "run_id": run_id,
        "state": state,
        "severity": severity,
        "title": title,
        "suites": [],
        "failed_expectations": [],
        "quarantined_rows": 0,
        "data_docs": None,
        "created_at": created_at.isoformat(),
    }
    base.update(extra)
    return base


def alert_for_validation(
    outcome: ValidationOutcome, run_id: str, docs_index: Path | None, now: datetime | None = None
) -> Alert | None:
    """An error alert listing every failed expectation (errors first), or None when no error-severity check failed."""
    errors = outcome.failures("error")
    if errors.height == 0:
        return None
    created_at = _utc_naive(now)
    rows = sorted(
        outcome.failures().to_dicts(),
        key=lambda r: (r["severity"] != "error", r["suite"], r["expectation"]),
    )
    suites = sorted(set(errors["suite"].to_list()))
    title = f"credence run {run_id}: validation errors in {', '.join(suites)}"
    failed_expectations = [
        {
            "suite": r["suite"],
            "expectation": r["expectation"],
            "severity": r["severity"],
            "element_count": r["element_count"],
            "unexpected_count": r["unexpected_count"],
            "examples": json.loads(r["sample_ids"])[:_MAX_EXAMPLES] if r["sample_ids"] else [],
            "notes": r["notes"],
        }
        for r in rows
    ]
    payload = _payload(
        kind="validation",
        run_id=run_id,
        state=outcome.status,
        severity="error",
        title=title,
        created_at=created_at,
        suites=suites,
        suites_validated=sorted(set(outcome.results["suite"].to_list())),
        failed_expectations=failed_expectations,
        quarantined_rows=outcome.quarantine.height,
        data_docs=docs_index.resolve().as_uri() if docs_index else None,
    )
    return Alert("validation", run_id, "error", title, payload, created_at)


def alert_for_crash(run_id: str, flow_name: str, error_message: str, now: datetime | None = None) -> Alert:
    """An error alert for a flow run that crashed or failed outside validation."""
    created_at = _utc_naive(now)
    title = f"credence run {run_id}: flow {flow_name} crashed"
    payload = _payload(
        kind="crash",
        run_id=run_id,
        state="crashed",
        severity="error",
        title=title,
        created_at=created_at,
        flow=flow_name,
        error=error_message,
    )
    return Alert("crash", run_id, "error", title, payload, created_at)


def test_alert(now: datetime | None = None) -> Alert:
    """An info alert for `credence alerts test`: proves each channel is reachable with a harmless message."""
    created_at = _utc_naive(now)
    title = "credence: test alert"
    payload = _payload(
        kind="test",
        run_id=None,
        state="test",
        severity="info",
        title=title,
        created_at=created_at,
        message="If you can read this, credence can reach this channel.",
    )
    return Alert("test", None, "info", title, payload, created_at)


test_alert.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name


@dataclass(frozen=True)
class AlertChannels:
    """Where alerts go. `webhooks` receive the JSON payload (Prefect's Webhook block); `apprise_urls` the
    text (slack://..., mailto://..., json://... — any apprise URL). URLs carry secrets: never log them."""

    webhooks: tuple[str, ...] = ()
    apprise_urls: tuple[str, ...] = ()

    @classmethod
    def from_urls(cls, urls: Iterable[str]) -> AlertChannels:
        """Plain http(s) URLs become JSON webhooks; apprise URLs, and http(s) URLs apprise knows as a
        service's own (a Slack or Discord webhook, which would reject our JSON), go through apprise."""
        webhooks: list[str] = []
        others: list[str] = []
        for url in (u.strip() for u in urls):
            if not url:
                continue
            plain_http = urlsplit(url).scheme in ("http", "https")
            with _redacted_library_logs(_secrets_of(url)), _quiet_logger("apprise"):
                # A probe: apprise logs an error for every URL that is not a service it knows.
                known = plain_http and apprise.Apprise.instantiate(url, suppress_exceptions=True) is not None
            (webhooks if plain_http and not known else others).append(url)
        return cls(tuple(webhooks), tuple(others))

    @property
    def all(self) -> list[tuple[str, str]]:
        return [("webhook", u) for u in self.webhooks] + [("apprise", u) for u in self.apprise_urls]


def _looks_like_hostname(host: str) -> bool:
    # apprise puts tokens where a host would be (slack://TokenA/TokenB/...); a DNS name or an IP has a dot
    return host == "localhost" or "." in host or ":" in host


def _netloc_host(url: str) -> str:
    """The host as written (hostname lower-cases it, and a token's case is part of the secret)."""
    netloc = urlsplit(url).netloc.rsplit("@", 1)[-1]
    if netloc.startswith("["):
        return netloc[1 : netloc.find("]")]
    return netloc.split(":", 1)[0]


def channel_name(url: str) -> str:
    """scheme://host[:port] of a channel URL: no user, password, path, query or token-like host."""
    parts = urlsplit(url)
    host = _netloc_host(url)
    if not _looks_like_hostname(host):
        host = "***"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return f"{parts.scheme or '?'}://{host}{port}"


def _secrets_of(url: str) -> list[str]:
    """Every piece of `url` that may be a secret, longest first, raw and percent-decoded."""
    parts = urlsplit(url)
    pieces = {url, parts.username or "", parts.password or "", parts.fragment}
    pieces.update(segment for segment in parts.path.split("/"))
    pieces.update(value for _, value in parse_qsl(parts.query, keep_blank_values=True))
    host = _netloc_host(url)
    if not _looks_like_hostname(host):
        pieces.add(host)
    pieces |= {unquote(p) for p in pieces}
    # very short pieces ("a", "v1") are not secrets, and replacing them would garble every message
    return sorted((p for p in pieces if len(p) >= 3), key=len, reverse=True)


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = re.sub(re.escape(secret), "***", text, flags=re.IGNORECASE)
    return text


class _RedactingFilter(logging.Filter):
    """Rewrites records of libraries that log request URLs, so no secret reaches any handler."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message, self.secrets)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


@contextmanager
def _quiet_logger(name: str) -> Iterator[None]:
    """Silence one library logger for the duration of a block."""
    logger_ = logging.getLogger(name)
    level = logger_.level
    logger_.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger_.setLevel(level)


@contextmanager
def _redacted_library_logs(secrets: list[str]) -> Iterator[None]:
    flt = _RedactingFilter(secrets)
    loggers = [logging.getLogger(name) for name in _URL_LOGGERS]
    for lg in loggers:
        lg.addFilter(flt)
    try:
        yield
    finally:
        for lg in loggers:
            lg.removeFilter(flt)


def _send_webhook(url: str, alert: Alert) -> None:
    # a fresh block per attempt: Webhook.call closes its client when it returns
    response = run_coro_as_sync(Webhook(method="POST", url=url).call(dict(alert.payload)))
    if response is None or response.status_code >= 400:
        status = (
            "no response" if response is None else f"HTTP {response.status_code} {response.reason_phrase}"
        )
        raise RuntimeError(f"webhook answered {status}")


_NOTIFY_TYPE = {
    "error": apprise.NotifyType.FAILURE,
    "warning": apprise.NotifyType.WARNING,
    "info": apprise.NotifyType.INFO,
}


def _send_apprise(url: str, alert: Alert) -> None:
    notifier = apprise.Apprise()
    if not notifier.add(url):
        raise ValueError("apprise does not understand this URL")
    with apprise.LogCapture(level=logging.WARNING) as captured:
        sent = notifier.notify(title=alert.title, body=alert.text, notify_type=_NOTIFY_TYPE[alert.severity])
    if not sent:
        detail = " ".join(captured.getvalue().split()) or "no detail"
        raise RuntimeError(f"apprise could not deliver: {detail}")


@dataclass
class _Delivery:
    attempts: int = 0
    error: str | None = None
    delivered_at: datetime | None = None
    errors: list[str] = field(default_factory=list)


def _deliver_one(
    send: Callable[[str, Alert], None],
    url: str,
    alert: Alert,
    retries: int,
    backoff_seconds: float,
    name: str,
    secrets: list[str],
    sleep: Callable[[float], None],
) -> _Delivery:
    result = _Delivery()
    for attempt in range(1, retries + 2):
        result.attempts = attempt
        try:
            send(url, alert)
        except Exception as exc:  # a channel that is down must not take the run down with it
            message = redact(f"{type(exc).__name__}: {exc}", secrets)
            result.errors.append(f"attempt {attempt}: {message}")
            logger.warning("alert %r to %s: attempt %d failed: %s", alert.title, name, attempt, message)
            if attempt <= retries:
                sleep(backoff_seconds * 2 ** (attempt - 1))
            continue
        result.delivered_at = _utc_naive(None)
        result.error = None
        return result
    result.error = "; ".join(result.errors)
    return result


def deliver_alert(
    alert: Alert,
    channels: AlertChannels,
    retries: int = 3,
    backoff_seconds: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> list[dict]:
    """Sends `alert` to every channel and returns one `alerts` row per channel; never raises.

    A channel is tried 1 + `retries` times, waiting backoff_seconds x 1, 2, 4, ... between tries.
    Rows and logs name a channel by scheme and host only; errors have every part of the URL that
    may be secret (user, password, path, query, token-like host) replaced by ***.
    """
    rows: list[dict] = []
    payload_json = json.dumps(alert.payload, ensure_ascii=False, sort_keys=True)
    for index, (how, url) in enumerate(channels.all):
        name = channel_name(url)
        secrets = _secrets_of(url)
        send = _send_webhook if how == "webhook" else _send_apprise
        with _redacted_library_logs(secrets):
            result = _deliver_one(send, url, alert, retries, backoff_seconds, name, secrets, sleep)
        status = "delivered" if result.delivered_at else "failed"
        if status == "delivered":
            logger.info("alert %r delivered to %s after %d attempt(s)", alert.title, name, result.attempts)
        rows.append(
            {
                "alert_id": alert.alert_id(index, name),
                "run_id": alert.run_id,
                "channel": f"{how}:{name}",
                "severity": alert.severity,
                "title": alert.title,
                "payload": payload_json,
                "status": status,
                "attempts": result.attempts,
                "error": result.error,
                "created_at": alert.created_at,
                "delivered_at": result.delivered_at,
            }
        )
    return rows
