"""Scoring's inputs, read while validation runs, give the rows the scorable SQL gives once the quarantine is known."""

from __future__ import annotations

import shutil
import threading
from datetime import datetime

import duckdb
import polars as pl
import pytest

import flows.score
import flows.validate
from flows.pipeline import credence_run
from flows.score import SCORABLE_CLAIMS, SCORABLE_QUOTES, read_scorable_facts, read_score_inputs

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _sorted(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.sort(pl.all())


def test_inputs_read_before_the_quarantine_leave_out_what_it_names_as_the_sql_does(
    pipeline_warehouse, tmp_path
):
    db = tmp_path / "credence.duckdb"
    shutil.copyfile(pipeline_warehouse.db, db)
    conn = duckdb.connect(str(db))
    # One more quarantined claim and quote of their own runs, one claim named under another run (not
    # quarantined: its own run's check passed), and one more quarantined article.
    claims = conn.execute(
        "SELECT claim_id, run_id, article_id FROM claims ORDER BY claim_id LIMIT 2"
    ).fetchall()
    quote = conn.execute("SELECT quote_id, run_id FROM quotes ORDER BY quote_id LIMIT 1").fetchone()
    article = conn.execute(
        "SELECT article_id FROM articles WHERE article_id NOT IN (SELECT row_id FROM quarantine) "
        "AND article_id <> ? ORDER BY article_id LIMIT 1",
        [claims[0][2]],
    ).fetchone()[0]
    rows = [
        ("claims", claims[0][0], claims[0][1]),
        ("claims", claims[1][0], "another-run"),
        ("quotes", quote[0], quote[1]),
        ("articles", article, "another-run"),
    ]
    for table, row_id, run_id in rows:
        conn.execute(
            "INSERT INTO quarantine (run_id, table_name, row_id, suite, expectation, reason, row_json, quarantined_at) "
            "VALUES (?, ?, ?, 'test', 'test.rule', 'test', '{}', ?)",
            [run_id, table, row_id, datetime(2025, 7, 1)],
        )
    expected_claims, expected_quotes = conn.execute(SCORABLE_CLAIMS).pl(), conn.execute(SCORABLE_QUOTES).pl()
    conn.close()

    inputs = read_score_inputs.fn(str(db), "next-run")
    got_claims, got_quotes, _, _ = read_scorable_facts.fn(str(db), "next-run", inputs=inputs)
    assert inputs.claims.height > got_claims.height and inputs.quotes.height > got_quotes.height
    assert got_claims.columns == expected_claims.columns and got_quotes.columns == expected_quotes.columns
    assert _sorted(got_claims).equals(_sorted(expected_claims))
    assert _sorted(got_quotes).equals(_sorted(expected_quotes))
    assert claims[1][0] in set(got_claims["claim_id"]) and claims[0][0] not in set(got_claims["claim_id"])


def test_a_run_reads_what_scoring_needs_while_it_validates(seeds_copy, tmp_path, monkeypatch):
    started = threading.Event()
    seen = []
    read, validate = read_score_inputs.fn, flows.validate.validate_tables

    def reading(*args, **kwargs):
        started.set()
        return read(*args, **kwargs)

    def validating(*args, **kwargs):
        # Validation waits (a bounded while) for the read to begin: it does only if the two overlap.
        seen.append(started.wait(timeout=20))
        return validate(*args, **kwargs)

    monkeypatch.setattr(flows.score.read_score_inputs, "fn", reading)
    monkeypatch.setattr(flows.validate, "validate_tables", validating)
    db = tmp_path / "wh" / "credence.duckdb"
    report = credence_run(
        [str(seeds_copy)],
        str(db),
        reference_time=datetime(2025, 7, 1),
        docs_dir=str(tmp_path / "docs"),
        alert_urls=[],
    )
    assert seen == [True]
    assert report.scoring.sources > 0
