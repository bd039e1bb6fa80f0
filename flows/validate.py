"""The `validate-facts` flow: Great Expectations over what this run produced; failures quarantined, never deleted."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from expectations.suites import PreviousRun, ValidationParams
from expectations.validate import ValidationOutcome, validate_tables
from warehouse.connection import writing
from warehouse.load import articles_with_text, frame, upsert

FACT_TABLES = ("articles", "claims", "quotes", "attributions")


@dataclass
class ValidationSummary:
    status: str = "passed"
    failed: list[dict] = field(default_factory=list)
    quarantined: int = 0
    docs_index: str | None = None
    outcome: ValidationOutcome | None = None


@task(name="read-run-facts", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def read_run_facts(db: str, run_id: str) -> tuple[dict[str, pl.DataFrame], PreviousRun | None]:
    """This run's new articles and fact rows (with the articles they cite), and the previous run's figures."""
    with writing(Path(db)) as conn:
        # Articles new in this run, plus those whose facts this run re-extracted (for provenance).
        wanted = frame(
            conn,
            "SELECT article_id FROM articles WHERE run_id = ? UNION SELECT article_id FROM extracted_articles WHERE run_id = ?",
            [run_id, run_id],
        )["article_id"].to_list()
        articles = articles_with_text(conn, wanted)
        frames = {"articles": articles}
        for table in ("claims", "quotes", "attributions"):
            frames[table] = frame(conn, f"SELECT * FROM {table} WHERE run_id = ?", [run_id])
        previous_run = conn.execute(
            "SELECT run_id FROM runs WHERE run_id <> ? AND state NOT IN ('running', 'crashed') "
            "AND coalesce(claims_new, 0) > 0 ORDER BY started_at DESC LIMIT 1",
            [run_id],
        ).fetchone()
        previous = None
        if previous_run:
            previous = previous_figures(conn, previous_run[0])
    return frames, previous


def previous_figures(conn, run_id: str) -> PreviousRun:
    """A run's claims per article and share of unattributed claims, from its stored counts.

    extracted_articles keeps each article's claim count, so the previous run's claims need not
    be read back (every claim of a full run: about 100k rows).
    """
    per_article = frame(
        conn,
        "SELECT article_id, CAST(n_claims AS BIGINT) AS n_claims FROM extracted_articles WHERE run_id = ?",
        [run_id],
    )
    share = conn.execute(
        "SELECT avg(CAST(attribution_kind = 'none' AS DOUBLE)) FROM claims WHERE run_id = ?", [run_id]
    ).fetchone()[0]
    return PreviousRun(run_id=run_id, claims_per_article=per_article, unattributed_share=share)


@task(name="check-facts", cache_policy=NONE)
def check_facts(
    frames: dict[str, pl.DataFrame],
    previous: PreviousRun | None,
    run_id: str,
    params: ValidationParams,
    docs_dir: str,
) -> ValidationOutcome:
    """Run the suites (no warehouse access: GX works on the frames)."""
    # Stored only: score-sources renders the run's Data Docs once, with the scores' results.
    return validate_tables(
        frames, run_id, params, docs_dir=Path(docs_dir).resolve(), previous=previous, render_docs=False
    )


@task(name="record-validation", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def record_validation(db: str, outcome: ValidationOutcome) -> int:
    """Store validation results and quarantined rows; returns how many rows were quarantined."""
    with writing(Path(db)) as conn:
        upsert(conn, "validation_results", outcome.results)
        upsert(conn, "quarantine", outcome.quarantine)
    return (
        outcome.quarantine.select(pl.struct("table_name", "row_id").n_unique()).item()
        if outcome.quarantine.height
        else 0
    )


def summary_of(outcome: ValidationOutcome, quarantined: int) -> ValidationSummary:
    failed = outcome.failures().select("suite", "expectation", "severity", "unexpected_count").to_dicts()
    return ValidationSummary(
        status=outcome.status,
        failed=failed,
        quarantined=quarantined,
        docs_index=str(outcome.docs_index) if outcome.docs_index else None,
        outcome=outcome,
    )


@flow(name="validate-facts")
def validate_facts(
    db: str, run_id: str, docs_dir: str, params: ValidationParams | None = None
) -> ValidationSummary:
    """Validate this run's articles, claims, quotes and attributions before anything is scored.

    Rows failing an error-severity expectation land in `quarantine` (with the reason) and are
    left out of scoring; warnings are recorded only. The rest of the run goes on either way.
    """
    logger = get_run_logger()
    frames, previous = read_run_facts(db, run_id)
    if all(frames[t].height == 0 for t in FACT_TABLES):
        logger.info("validate: nothing new to validate")
        return ValidationSummary()
    outcome = check_facts(frames, previous, run_id, params or ValidationParams(), docs_dir)
    quarantined = record_validation(db, outcome)
    summary = summary_of(outcome, quarantined)
    for failure in summary.failed:
        log = logger.error if failure["severity"] == "error" else logger.warning
        log("%s failed on %s rows", failure["expectation"], failure["unexpected_count"])
    logger.info(
        "validate: %s, %d rows quarantined, Data Docs at %s", summary.status, quarantined, summary.docs_index
    )
    return summary
