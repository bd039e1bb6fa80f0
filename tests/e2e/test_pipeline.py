"""One end-to-end run of the credence-run flow: seeds plus two bad inputs, alert JSON to a real local server.

The bad inputs are the two failures a scheduled run meets most: a binary file dropped in the
inbox (rejected at ingest) and a stub page dated in the future (quarantined by validation). The
five seeds must still be scored and the alert must reach a webhook over real HTTP.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from credence.cli import app
from flows.pipeline import credence_run
from warehouse.connection import reading

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]
REF = datetime(2025, 7, 1)


@pytest.fixture
def webhook():
    """A real HTTP server on 127.0.0.1 that records every JSON body posted to it."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            received.append(json.loads(body))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            """Keep the test output free of the server's request log."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks/credence-secret-token", received
    server.shutdown()


def test_run_rejects_and_quarantines_bad_inputs_scores_the_seeds_and_alerts(seeds_copy, tmp_path, webhook):
    url, received = webhook
    (seeds_copy / "scan.txt").write_bytes(b"\x00\x01\x02PDF-ish binary\x00" * 20)
    (seeds_copy / "stub.txt").write_text(
        "Ten hurt in blast\n\nDecember 3, 2031\n\nTen people were hurt.\n", encoding="utf-8"
    )
    db = tmp_path / "wh" / "credence.duckdb"

    report = credence_run(
        [str(seeds_copy)],
        str(db),
        reference_time=REF,
        snapshot=str(tmp_path / "wh" / "snap.duckdb"),
        docs_dir=str(tmp_path / "docs"),
        alert_urls=[url],
    )

    assert report.state == "quarantined"
    assert [(Path(r.path).name, r.reason) for r in report.ingest.rejections] == [
        ("scan.txt", "binary content (NUL bytes), not a text article")
    ]
    with reading(db) as conn:
        stub = conn.execute("SELECT article_id FROM articles WHERE path LIKE '%stub.txt'").fetchone()[0]
        reasons = {
            r[0]
            for r in conn.execute("SELECT expectation FROM quarantine WHERE row_id = ?", [stub]).fetchall()
        }
        outlets = {
            r[0]
            for r in conn.execute(
                "SELECT source_id FROM source_scores WHERE run_id = ? AND source_kind = 'outlet'",
                [report.run_id],
            ).fetchall()
        }
        run = conn.execute(
            "SELECT state, articles_new, rows_quarantined FROM runs WHERE run_id = ?", [report.run_id]
        ).fetchone()
        alert_rows = conn.execute(
            "SELECT channel, status FROM alerts WHERE run_id = ? ORDER BY channel", [report.run_id]
        ).fetchall()
        claims_scored = conn.execute(
            "SELECT count(*) FROM score_evidence e JOIN claims c USING (claim_id) WHERE e.run_id = ? AND c.article_id = ?",
            [report.run_id, stub],
        ).fetchone()[0]
    assert {"articles.published_at_not_future", "articles.body_min_chars"} <= reasons
    assert claims_scored == 0
    assert {p.stem for p in Path("seeds").glob("*.txt")} <= outlets
    assert run == ("quarantined", 6, report.validation.quarantined + report.scoring.quarantined)
    assert ("warehouse", "recorded") in alert_rows and (
        "webhook:http://127.0.0.1:" + url.split(":")[2].split("/")[0],
        "delivered",
    ) in alert_rows
    assert all("secret-token" not in channel for channel, _ in alert_rows)

    assert len(received) == 1
    alert = received[0]
    assert alert["run_id"] == report.run_id
    assert "articles" in alert["suites"]
    failed = {f["expectation"]: f for f in alert["failed_expectations"]}
    assert failed["articles.published_at_not_future"]["unexpected_count"] == 1
    assert stub in failed["articles.published_at_not_future"]["examples"]
    assert (
        alert["data_docs"].startswith("file://") and Path(alert["data_docs"].removeprefix("file://")).exists()
    )
    # One Data Docs build at the end of the run holds the pages of every suite it ran, facts and scores.
    validations = tmp_path / "docs" / "validations"
    pages = {p.relative_to(validations).parts[0] for p in validations.glob(f"*/{report.run_id}/*/*.html")}
    assert {"articles", "claims", "quotes", "attributions", "source_scores"} <= pages, pages
    assert report.run_id in (tmp_path / "docs" / "index.html").read_text()


def test_cli_run_twice_prints_the_seeds_and_changes_no_row(seeds_copy, tmp_path):
    db = tmp_path / "cli" / "credence.duckdb"
    runner = CliRunner()
    args = ["run", "--input", str(seeds_copy), "--db", str(db), "--reference-time", "2025-07-01T00:00:00"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    for title in ("Kim Jong-un Strikes Hard", "Kim Jong-un Supports"):
        assert title in first.output
    assert "unknown" in first.output and "Outlets" in first.output
    # On an 80-column terminal the names shorten; no column (word counts above all) is cropped.
    assert "┃ words ┃" in first.output and "claims ┃" in first.output
    assert max(len(line) for line in first.output.splitlines()) <= 80

    def rows() -> dict[str, list]:
        with reading(db) as conn:
            return {
                t: conn.execute(f"SELECT * EXCLUDE (run_id) FROM {t} ORDER BY ALL").fetchall()
                for t in ("raw_articles", "articles", "claims", "quotes", "attributions", "rejected_inputs")
            }

    before = rows()
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert rows() == before
    assert "(0 new this run)" in second.output
    assert "Outlets" in second.output and "nothing new since the latest scores" in second.output


def test_a_data_docs_failure_fails_the_run_after_its_scores_are_written(seeds_copy, tmp_path, monkeypatch):
    import flows.score

    def broken(docs_dir, run_id):
        raise OSError("disk full while rendering Data Docs")

    # The pages render in a worker thread while the warehouse is checkpointed and the snapshot copied,
    # after the run was recorded as finished: their failure still makes the run a crash, in both files.
    monkeypatch.setattr(flows.score, "render_run_docs", broken)
    db, snapshot = tmp_path / "wh" / "credence.duckdb", tmp_path / "wh" / "snapshot.duckdb"
    with pytest.raises(OSError, match="disk full"):
        credence_run(
            [str(seeds_copy)],
            str(db),
            reference_time=REF,
            snapshot=str(snapshot),
            docs_dir=str(tmp_path / "docs"),
            alert_urls=[],
        )
    for path in (db, snapshot):
        with reading(path) as conn:
            state, message, articles = conn.execute(
                "SELECT state, message, articles_new FROM runs"
            ).fetchone()
            scored = conn.execute("SELECT count(*) FROM source_scores").fetchone()[0]
            alerts = conn.execute("SELECT title FROM alerts").fetchall()
        assert state == "crashed" and "disk full" in message and articles == 5, path
        assert scored > 0 and len(alerts) == 1, path
