"""The `credence-run` flow: ingest, extract, validate, score; recorded as one run, alerting on errors and crashes."""

from __future__ import annotations

import gc
import os
import time
import uuid
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.context import get_run_context
from prefect.settings import get_current_settings, temporary_settings
from prefect.states import Completed

from credence.score import ScoringParams
from credence.settings import Settings
from expectations.validate import render_run_docs
from flows.alerts import AlertChannels, alert_for_crash, alert_for_validation
from flows.extract import ExtractSummary, extract_facts
from flows.ingest import IngestSummary, ingest_articles
from flows.notify import send_alert
from flows.progress import report
from flows.runs import record_run, utc_now
from flows.score import ScoreSummary, render_docs, score_sources_flow
from flows.validate import ValidationSummary, validate_facts
from warehouse.connection import held, publish_snapshot, run_lock

# Run states the scheduler, the alerts and the dashboard tell apart.
PASSED, WARNINGS, QUARANTINED, CRASHED = "passed", "warnings", "quarantined", "crashed"
_STATE_NAMES = {
    PASSED: "Completed",
    WARNINGS: "Completed with warnings",
    QUARANTINED: "Completed with quarantine",
}


@dataclass
class RunReport:
    run_id: str
    state: str
    ingest: IngestSummary
    extract: ExtractSummary = field(default_factory=ExtractSummary)
    validation: ValidationSummary = field(default_factory=ValidationSummary)
    scoring: ScoreSummary = field(default_factory=ScoreSummary)
    seconds: dict[str, float] = field(default_factory=dict)
    alerts: list[dict] = field(default_factory=list)


def _flow_run_id() -> str | None:
    try:
        return str(get_run_context().flow_run.id)
    except Exception:  # noqa: BLE001 - outside a flow run there is simply no id
        return None


def foreground():
    """Settings for a run started in the foreground (`credence run`, the benchmarks): no heartbeat at all.

    Heartbeats let a Prefect server mark a served run whose process died as crashed; a foreground
    run dies in its user's terminal, and the crash hook still alerts. The flow waits for its
    heartbeat thread at exit, which sleeps in one-second steps: every run would end on the next
    whole second, up to a second late. Scheduled runs (`credence serve`) keep their heartbeat.
    Building the settings copy costs about 0.15 s, so none is built when heartbeats are already off.
    """
    if get_current_settings().flows.heartbeat_frequency is None:
        return nullcontext()
    return temporary_settings(updates={"flows.heartbeat_frequency": None})


def _stage(stage_flow):
    """A stage flow's body as a task of credence-run, under the stage's name.

    The stages stay flows of their own for `credence ingest` and for callers that run one alone;
    inside credence-run they are tasks: a nested flow run costs about 0.15 s of API calls (its
    creation and every state change are requests to the Prefect server), a task run a few
    milliseconds, which is most of what a run with little new work spends on orchestration.
    Their own steps stay tasks (nested under the stage), with their retries.
    """
    return task(stage_flow.fn, name=stage_flow.name, cache_policy=NONE)


_ingest_stage = _stage(ingest_articles)
_extract_stage = _stage(extract_facts)
_validate_stage = _stage(validate_facts)
_score_stage = _stage(score_sources_flow)


def _render_docs_of_crashed_run(docs_dir: str, run_id: str, logger) -> None:
    """Pages for what a crashed run validated: score-sources renders them, and it may not have run."""
    try:
        render_run_docs(Path(docs_dir).resolve(), run_id)
    except Exception as exc:  # noqa: BLE001 - the crash is what must be reported
        logger.error("could not render the Data Docs of run %s: %s", run_id, exc)


def _record_crash(db: str, row: dict, message: str, channels: AlertChannels, logger) -> None:
    """Record the run as crashed (keeping what `row` already says of it) and alert every channel."""
    alert = alert_for_crash(row["run_id"], "credence-run", message)
    try:
        record_run(db, {**row, "finished_at": utc_now(), "state": CRASHED, "message": message})
        send_alert(db, alert, channels)
    except Exception as inner:  # noqa: BLE001 - the warehouse may be what broke; still alert
        logger.error("could not record the crash in the warehouse: %s", inner)
        send_alert(None, alert, channels)


def run_state(validation_status: str, scoring_status: str) -> str:
    """passed, warnings or quarantined, from the validation statuses of the facts and the scores."""
    statuses = {validation_status, scoring_status}
    if "errors" in statuses:
        return QUARANTINED
    if "warnings" in statuses:
        return WARNINGS
    return PASSED


def _configured_alert_urls() -> list[str]:
    """Alert URLs from the serving process's CREDENCE_ALERT_* variables (scheduled runs get no flags)."""
    settings = Settings.from_env(os.environ)
    return [u for u in (settings.alert_webhook, *settings.alert_urls) if u]


def _configured_scoring() -> ScoringParams:
    """Scoring parameters with the refit policy of the running process's CREDENCE_SCORE_REFIT_* variables."""
    settings = Settings.from_env(os.environ)
    return ScoringParams(refit_fraction=settings.refit_fraction, refit_runs=settings.refit_runs)


def _alert_on_crash(flow, flow_run, state) -> None:
    """Prefect's crash hook: the process died or was cancelled mid-run, so no except clause ran."""
    parameters = flow_run.parameters or {}
    urls = parameters.get("alert_urls")
    channels = AlertChannels.from_urls(urls if urls is not None else _configured_alert_urls())
    alert = alert_for_crash(str(flow_run.id), flow.name, state.message or "flow run crashed")
    try:
        send_alert.fn(parameters.get("db"), alert, channels)
    except Exception:  # noqa: BLE001 - the warehouse may be what broke: deliver without recording
        send_alert.fn(None, alert, channels)


@flow(name="credence-run", on_crashed=[_alert_on_crash])
def credence_run(
    inputs: list[str],
    db: str,
    reference_time: datetime | None = None,
    lexicon_overrides: dict | None = None,
    max_file_bytes: int = 5_000_000,
    snapshot: str | None = None,
    docs_dir: str | None = None,
    alert_urls: list[str] | None = None,
    workers: int = 1,
    wait_seconds: float = 3600.0,
):
    """Run the whole pipeline over `inputs` into the warehouse at `db`.

    Ends in one of: passed, warnings (recorded only), quarantined (rows failed error checks and
    were left out of scoring; alert sent), or crashed (alert sent, exception re-raised). The
    read-only `snapshot` for the dashboard is published after every run that did not crash.
    Runs on one warehouse take turns: a second run waits up to `wait_seconds` for the first.
    """
    with run_lock(Path(db), wait_seconds):
        return _run(
            inputs,
            db,
            reference_time,
            lexicon_overrides,
            max_file_bytes,
            snapshot,
            docs_dir,
            alert_urls,
            workers,
        )


def _run(
    inputs, db, reference_time, lexicon_overrides, max_file_bytes, snapshot, docs_dir, alert_urls, workers
):
    logger = get_run_logger()
    # What is alive as a run starts (the modules and machinery of Prefect, GX and polars: a million
    # objects) outlives it; left in the collector's oldest generation, each full pass over it stopped
    # a run for 0.3 s, a seventh of a run adding 100 articles. Frozen, the passes skip it.
    gc.freeze()
    run_id = uuid.uuid4().hex[:12]
    started = utc_now()
    docs = docs_dir or str(Path(db).parent / "data_docs")
    channels = AlertChannels.from_urls(alert_urls if alert_urls is not None else _configured_alert_urls())
    flow_run_id = _flow_run_id()
    # One open warehouse for the whole run: steps share its caches, and it is checkpointed once at the end.
    rendering = None
    with held(Path(db)):
        opened = {"run_id": run_id, "flow_run_id": flow_run_id, "started_at": started}
        record_run(db, {**opened, "state": "running"})
        seconds: dict[str, float] = {}
        try:
            clock = time.perf_counter()
            report("ingest", 0, 1)
            ingest = _ingest_stage(inputs, db, run_id, reference_time, max_file_bytes, workers)
            report("ingest", 1, 1)
            seconds["ingest"] = time.perf_counter() - clock

            clock = time.perf_counter()
            extract = _extract_stage(db, run_id, lexicon_overrides, workers)
            seconds["extract"] = time.perf_counter() - clock

            clock = time.perf_counter()
            report("validate", 0, 1)
            validation = _validate_stage(db, run_id, docs)
            report("validate", 1, 1)
            seconds["validate"] = time.perf_counter() - clock

            clock = time.perf_counter()
            report("score", 0, 1)
            scoring = _score_stage(db, run_id, docs, params=_configured_scoring(), render=False)
            report("score", 1, 1)
            seconds["score"] = time.perf_counter() - clock

            state = run_state(validation.status, scoring.status)
            if extract.failed and state == PASSED:
                state = WARNINGS  # an article the extractor failed on is kept, with its error, and no facts
            alerts: list[dict] = []
            for outcome in (validation.outcome, scoring.outcome):
                alert = (
                    alert_for_validation(outcome, run_id, outcome.docs_index) if outcome is not None else None
                )
                if alert is not None:
                    alerts.extend(send_alert(db, alert, channels))
            finished = {
                **opened,
                "finished_at": utc_now(),
                "state": state,
                "articles_seen": ingest.articles_seen,
                "articles_new": ingest.articles_new,
                "articles_rejected": ingest.rejected,
                "claims_new": extract.claims,
                "quotes_new": extract.quotes,
                "rows_quarantined": validation.quarantined + scoring.quarantined,
                "sources_scored": scoring.sources,
                "ingest_seconds": seconds["ingest"],
                "extract_seconds": seconds["extract"],
                "validate_seconds": seconds["validate"],
                "score_seconds": seconds["score"],
            }
            record_run(db, finished)
            report_ = RunReport(run_id, state, ingest, extract, validation, scoring, seconds, alerts)
            # The pages of the run's validations (GX's rendering: Python) render in a worker thread
            # while the warehouse is checkpointed and the snapshot copied (each one long call into
            # C that lets the thread run), the last writes of every run.
            rendering = render_docs.submit(docs, run_id)
        except Exception as exc:
            message = f"{type(exc).__name__}: {exc}"[:2000]
            logger.error("run %s crashed: %s", run_id, message)
            _render_docs_of_crashed_run(docs, run_id, logger)
            _record_crash(
                db, {**opened, **{f"{k}_seconds": v for k, v in seconds.items()}}, message, channels, logger
            )
            raise
    if snapshot:
        publish_snapshot(Path(db), Path(snapshot))
    try:
        rendering.result()
    except Exception as exc:
        # Recorded as finished and published before its pages failed: the run is a crash after all.
        message = f"Data Docs: {type(exc).__name__}: {exc}"[:2000]
        logger.error("run %s crashed: %s", run_id, message)
        _record_crash(db, finished, message, channels, logger)
        if snapshot:
            publish_snapshot(Path(db), Path(snapshot))
        raise
    logger.info("run %s finished: %s", run_id, report_.state)
    return Completed(message=f"run {run_id}: {report_.state}", name=_STATE_NAMES[report_.state], data=report_)
