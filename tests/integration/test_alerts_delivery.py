"""Alert delivery against a real HTTP server on 127.0.0.1: what arrives, what is retried, what is never written.

Every channel URL here carries a secret (a token in the path, a password) so that each test can
assert it appears in no row and no log line.
"""

from __future__ import annotations

import os

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

import json  # noqa: E402
import logging  # noqa: E402
import socket  # noqa: E402
import threading  # noqa: E402
from datetime import datetime  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402

import duckdb  # noqa: E402
import polars as pl  # noqa: E402
import pytest  # noqa: E402

from expectations import ValidationParams, validate_tables  # noqa: E402
from flows.alerts import (  # noqa: E402
    AlertChannels,
    alert_for_crash,
    alert_for_validation,
    channel_name,
    deliver_alert,
    test_alert,
)
from warehouse.connection import migrate  # noqa: E402
from warehouse.load import insert_new  # noqa: E402

NOW = datetime(2025, 6, 1, 12, 0)
TOKEN = "T0K3N-s3cr3t-9f8e7d"
PASSWORD = "hunter2-pw-771"


class _Recorder(BaseHTTPRequestHandler):
    """Stores each POST; answers 500 to the first `fail_first` requests to show retries."""

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        server = self.server
        with server.lock:
            server.requests.append((self.path, json.loads(body)))
            failing = len(server.requests) <= server.fail_first
        self.send_response(500 if failing else 200)
        self.end_headers()

    def log_message(self, *args) -> None:  # the default writes each request (and its secret path) to stderr
        return


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    httpd.requests, httpd.fail_first, httpd.lock = [], 0, threading.Lock()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed on exit: nothing listens there


@pytest.fixture(scope="module")
def failed_validation():
    """A real outcome: one claim whose percent exceeds 100 and one article dated in the future."""
    text = "Officials said that 140 percent of the budget was spent on Monday, the council reported. " * 4
    articles = pl.DataFrame(
        {
            "article_id": ["a1"],
            "source_id": ["s1"],
            "published_at": [datetime(2025, 7, 1)],
            "date_is_relative": [False],
            "text": [text],
            "body": [text],
            "word_count": [len(text.split())],
        }
    )
    start = text.index("140 percent")
    claims = pl.DataFrame(
        {
            "claim_id": ["c1"],
            "article_id": ["a1"],
            "char_start": [start],
            "char_end": [start + 11],
            "span": ["140 percent"],
            "measure": ["budget_spent"],
            "unit": ["percent"],
            "value_low": [140.0],
            "value_high": [140.0],
            "qualifier": ["exact"],
            "attribution_kind": ["organization"],
        }
    )
    return validate_tables({"articles": articles, "claims": claims}, "run-7", ValidationParams(), now=NOW)


def _no_secret_in(row: dict) -> bool:
    text = json.dumps(row, default=str)
    return TOKEN not in text and PASSWORD not in text


def test_webhook_receives_run_suites_and_failed_expectations(server, failed_validation, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    url = f"http://127.0.0.1:{server.server_port}/hooks/{TOKEN}"
    docs_index = tmp_path / "docs" / "index.html"
    alert = alert_for_validation(failed_validation, "run-7", docs_index, now=NOW)

    rows = deliver_alert(alert, AlertChannels.from_urls([url]), retries=0)

    (path, body), *_ = server.requests
    assert path == f"/hooks/{TOKEN}"  # the server did get the secret path...
    assert body["run_id"] == "run-7"
    assert body["state"] == "errors"
    assert body["suites"] == ["articles", "claims"]
    failed = {f["expectation"]: f for f in body["failed_expectations"]}
    assert failed["claims.value_not_above_bound"]["unexpected_count"] == 1
    assert failed["claims.value_not_above_bound"]["examples"] == ["c1"]
    assert failed["articles.published_at_not_future"]["examples"] == ["a1"]
    assert body["data_docs"] == docs_index.as_uri()
    [row] = rows
    assert row["status"] == "delivered"
    assert row["attempts"] == 1
    assert row["channel"] == f"webhook:http://127.0.0.1:{server.server_port}"
    assert json.loads(row["payload"])["run_id"] == "run-7"
    assert _no_secret_in(row)  # ...but it is in no row
    assert TOKEN not in caplog.text  # ...and in no log line (httpx logs request URLs at INFO)


def test_webhook_answering_500_is_retried_until_it_accepts(server):
    server.fail_first = 2
    url = f"http://127.0.0.1:{server.server_port}/hooks/{TOKEN}"
    waits: list[float] = []

    [row] = deliver_alert(test_alert(now=NOW), AlertChannels(webhooks=(url,)), retries=3, backoff_seconds=0.5,
                          sleep=waits.append)  # fmt: skip

    assert row["status"] == "delivered"
    assert row["attempts"] == 3
    assert waits == [0.5, 1.0]
    assert len(server.requests) == 3
    assert row["error"] is None


def test_channel_that_is_down_is_retried_with_backoff_and_recorded_failed(closed_port, caplog):
    caplog.set_level(logging.DEBUG)
    channels = AlertChannels.from_urls(
        [
            f"http://127.0.0.1:{closed_port}/hooks/{TOKEN}",
            f"json://127.0.0.1:{closed_port}/notify/{TOKEN}",
            f"mailto://alerts:{PASSWORD}@localhost:{closed_port}?from=credence@example.org&to=ops@example.org",
        ]
    )
    alert = alert_for_crash("run-8", "score-sources", "duckdb lock timeout", now=NOW)
    waits: list[float] = []

    rows = deliver_alert(alert, channels, retries=2, backoff_seconds=0.01, sleep=waits.append)

    assert [r["status"] for r in rows] == ["failed"] * 3
    assert [r["attempts"] for r in rows] == [3, 3, 3]
    assert waits == [0.01, 0.02] * 3
    assert [r["channel"] for r in rows] == [
        f"webhook:http://127.0.0.1:{closed_port}",
        f"apprise:json://127.0.0.1:{closed_port}",
        f"apprise:mailto://localhost:{closed_port}",
    ]
    assert all(r["error"].startswith("attempt 1: ") for r in rows)
    assert "ConnectError" in rows[0]["error"]
    assert all(r["delivered_at"] is None for r in rows)
    assert all(_no_secret_in(r) for r in rows)
    assert TOKEN not in caplog.text and PASSWORD not in caplog.text


def test_apprise_json_channel_delivers_title_and_text(server):
    url = f"json://127.0.0.1:{server.server_port}/notify/{TOKEN}"
    alert = alert_for_crash("run-9", "extract-facts", "model file missing", now=NOW)

    [row] = deliver_alert(alert, AlertChannels.from_urls([url]), retries=0)

    assert row["status"] == "delivered"
    [(path, body)] = server.requests
    assert path == f"/notify/{TOKEN}"
    assert body["title"] == "credence run run-9: flow extract-facts crashed"
    assert "Error: model file missing" in body["message"]
    assert _no_secret_in(row)


def test_alert_rows_fit_the_warehouse_alerts_table(server):
    conn = duckdb.connect(":memory:")
    migrate(conn)
    url = f"http://127.0.0.1:{server.server_port}/hooks/{TOKEN}"
    rows = deliver_alert(test_alert(now=NOW), AlertChannels.from_urls([url, url]), retries=0)
    assert insert_new(conn, "alerts", pl.DataFrame(rows)) == 2  # two channels, two distinct alert ids


def test_validation_with_warnings_only_raises_no_alert():
    text = "Officials said 1,000 troops were killed near the town on Monday, the council said. " * 4
    articles = pl.DataFrame(
        {
            "article_id": ["a1"],
            "source_id": ["s1"],
            "published_at": [datetime(2025, 5, 1)],
            "date_is_relative": [True],
            "text": [text],
            "body": [text],
            "word_count": [len(text.split())],
        }
    )
    outcome = validate_tables({"articles": articles}, "run-10", ValidationParams(), now=NOW)
    assert outcome.status == "warnings"
    assert alert_for_validation(outcome, "run-10", None) is None


def test_service_webhooks_go_through_apprise_and_plain_ones_get_the_json_payload():
    plain = f"https://ops.example.org/credence/{TOKEN}"
    slack = "https://hooks.slack.com/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"
    mail = f"mailto://alerts:{PASSWORD}@mail.example.org"
    channels = AlertChannels.from_urls([plain, slack, " ", mail])
    assert channels == AlertChannels(webhooks=(plain,), apprise_urls=(slack, mail))


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (f"https://hooks.example.org/services/{TOKEN}?key={PASSWORD}", "https://hooks.example.org"),
        (f"slack://{TOKEN}/B0AAAAAAA/{PASSWORD}/#alerts", "slack://***"),
        (f"mailto://alerts:{PASSWORD}@mail.example.org", "mailto://mail.example.org"),
        (f"jsons://user:{PASSWORD}@[::1]:8443/{TOKEN}", "jsons://::1:8443"),
    ],
)
def test_channel_name_keeps_scheme_and_host_only(url, name):
    assert channel_name(url) == name
