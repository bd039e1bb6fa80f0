"""Run bookkeeping: one row per pipeline run in `runs`, opened at the start and closed with its outcome."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from prefect import task
from prefect.cache_policies import NONE

from warehouse.connection import writing
from warehouse.load import upsert

RUN_COLUMNS = {
    "run_id": pl.String,
    "flow_run_id": pl.String,
    "started_at": pl.Datetime("us"),
    "finished_at": pl.Datetime("us"),
    "state": pl.String,
    "articles_seen": pl.Int32,
    "articles_new": pl.Int32,
    "articles_rejected": pl.Int32,
    "claims_new": pl.Int32,
    "quotes_new": pl.Int32,
    "rows_quarantined": pl.Int32,
    "sources_scored": pl.Int32,
    "ingest_seconds": pl.Float64,
    "extract_seconds": pl.Float64,
    "validate_seconds": pl.Float64,
    "score_seconds": pl.Float64,
    "message": pl.String,
}


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@task(name="record-run", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def record_run(db: str, row: dict) -> None:
    """Insert or update this run's row (missing fields stay null)."""
    full = {column: row.get(column) for column in RUN_COLUMNS}
    with writing(Path(db)) as conn:
        upsert(conn, "runs", pl.DataFrame([full], schema=RUN_COLUMNS))
