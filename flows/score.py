"""The `score-sources` flow: reliability of outlets and cited originators from claims that passed validation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from credence.score import ScoringParams, SourceScoring, score_sources, strongest_conflicts
from expectations.suites import PreviousRun, ValidationParams
from expectations.validate import ValidationOutcome, render_run_docs, validate_tables
from warehouse.connection import writing
from warehouse.load import frame, replace_changed, replace_where, upsert

# Claims and quotes whose own row, or whose article, failed an error-severity check are left out.
SCORABLE_CLAIMS = """
    SELECT c.claim_id, c.article_id, a.source_id AS source, a.published_at, a.copy_group,
           c.measure, c.subject, c.core, c.value_low, c.value_high, c.qualifier, c.unit,
           c.attribution_kind, c.originator, c.hedged, c.counted
    FROM claims c JOIN articles a USING (article_id)
    WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.table_name = 'claims' AND q.row_id = c.claim_id AND q.run_id = c.run_id)
      AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.table_name = 'articles' AND q.row_id = c.article_id)
"""
SCORABLE_QUOTES = """
    SELECT q.article_id, a.source_id AS source, q.speaker, q.speaker_kind
    FROM quotes q JOIN articles a USING (article_id)
    WHERE NOT EXISTS (SELECT 1 FROM quarantine x WHERE x.table_name = 'quotes' AND x.row_id = q.quote_id AND x.run_id = q.run_id)
      AND NOT EXISTS (SELECT 1 FROM quarantine x WHERE x.table_name = 'articles' AND x.row_id = q.article_id)
"""


@dataclass
class ScoreSummary:
    sources: int = 0
    facts: int = 0
    status: str = "passed"
    quarantined: int = 0
    outcome: ValidationOutcome | None = None
    unchanged: bool = False


@task(name="scores-are-current", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def scores_are_current(db: str) -> bool:
    """True when the latest scores were computed after every extraction and every quarantine.

    Then nothing scoring reads has changed, and a run with nothing new need not score again.
    """
    with writing(Path(db)) as conn:
        row = conn.execute(
            """
            SELECT (SELECT max(scored_at) FROM source_scores),
                   (SELECT max(extracted_at) FROM extracted_articles),
                   (SELECT max(quarantined_at) FROM quarantine WHERE table_name <> 'source_scores')
            """
        ).fetchone()
    scored, extracted, quarantined = row
    if scored is None:
        return False
    return all(moment is None or moment <= scored for moment in (extracted, quarantined))


@task(name="read-scorable-facts", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def read_scorable_facts(db: str, run_id: str) -> tuple[pl.DataFrame, pl.DataFrame, PreviousRun | None]:
    """Claims and quotes that passed validation, and the previous scored run's scores."""
    with writing(Path(db)) as conn:
        claims = frame(conn, SCORABLE_CLAIMS)
        quotes = frame(conn, SCORABLE_QUOTES)
        previous_run = conn.execute(
            "SELECT run_id FROM source_scores WHERE run_id <> ? GROUP BY run_id ORDER BY max(scored_at) DESC LIMIT 1",
            [run_id],
        ).fetchone()
        previous = None
        if previous_run:
            scores = frame(conn, "SELECT * FROM source_scores WHERE run_id = ?", [previous_run[0]])
            previous = PreviousRun.from_frames(previous_run[0], scores=scores)
    return claims, quotes, previous


@task(name="compute-scores", cache_policy=NONE)
def compute_scores(claims: pl.DataFrame, quotes: pl.DataFrame, params: ScoringParams) -> SourceScoring:
    return score_sources(claims, quotes, params)


EVIDENCE_TABLES = ("facts", "fact_claims", "score_evidence", "score_conflicts")


def score_tables(scoring: SourceScoring, run_id: str, at: datetime) -> dict[str, pl.DataFrame]:
    """The scoring frames as warehouse rows of this run."""
    stamp = [pl.lit(run_id).alias("run_id")]
    return {
        "source_scores": scoring.scores.with_columns(
            *stamp, pl.lit(at).cast(pl.Datetime("us")).alias("scored_at")
        ),
        # One facts table, keyed by layer: the outlets' consensus and the originators' own.
        "facts": pl.concat(
            [
                scoring.facts.with_columns(pl.lit("outlet").alias("source_kind")),
                scoring.originator_facts.with_columns(pl.lit("originator").alias("source_kind")),
            ],
            how="diagonal_relaxed",
        ).with_columns(*stamp),
        "fact_claims": scoring.fact_claims.with_columns(*stamp),
        "score_evidence": scoring.evidence.with_columns(*stamp),
        "score_conflicts": strongest_conflicts(scoring.conflicts).with_columns(*stamp),
    }


@task(name="check-scores", cache_policy=NONE)
def check_scores(
    scores: pl.DataFrame, previous: PreviousRun | None, run_id: str, params: ValidationParams, docs_dir: str
) -> ValidationOutcome:
    return validate_tables(
        {"source_scores": scores},
        run_id,
        params,
        docs_dir=Path(docs_dir).resolve(),
        previous=previous,
        render_docs=False,
    )


@task(name="render-data-docs", cache_policy=NONE)
def render_docs(docs_dir: str, run_id: str) -> str | None:
    """Data Docs pages of this run's validations (of its facts and of its scores), in one build."""
    index = render_run_docs(Path(docs_dir).resolve(), run_id)
    return str(index) if index else None


@task(name="write-scores", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def write_scores(db: str, run_id: str, tables: dict[str, pl.DataFrame], outcome: ValidationOutcome) -> None:
    """Write this run's scores (kept per run, for score history) and evidence (the latest run's only).

    The evidence tables explain the current scores; keeping every run's copy would add hundreds of
    thousands of rows an hour on a scheduled corpus for no reader, so they are brought to this run's
    rows, writing only those that changed, and evidence_run names the run they now explain.
    """
    with writing(Path(db)) as conn:
        replace_where(conn, "source_scores", tables["source_scores"], "run_id", [run_id])
        conn.execute("BEGIN TRANSACTION")
        try:
            for table in EVIDENCE_TABLES:
                replace_changed(conn, f"{table}_rows", tables[table])
            conn.execute("DELETE FROM evidence_run")
            conn.execute("INSERT INTO evidence_run VALUES (?)", [run_id])
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        upsert(conn, "validation_results", outcome.results)
        upsert(conn, "quarantine", outcome.quarantine)


@flow(name="score-sources")
def score_sources_flow(
    db: str,
    run_id: str,
    docs_dir: str,
    params: ScoringParams | None = None,
    validation: ValidationParams | None = None,
    render: bool = True,
) -> ScoreSummary:
    """Score every outlet and cited originator on the claims that passed validation, then check the scores.

    When nothing was extracted or quarantined since the latest scores, they still hold: nothing is
    recomputed and the summary says so (`unchanged`). Last, scored or not, the Data Docs of this
    run's validations are rendered (validate-facts only stores its results), unless `render` is
    False: credence-run renders them itself, while its last writes run.
    """
    try:
        return _score(db, run_id, docs_dir, params, validation)
    finally:
        if render:
            render_docs(docs_dir, run_id)


def _score(db, run_id, docs_dir, params, validation) -> ScoreSummary:
    logger = get_run_logger()
    if scores_are_current(db):
        logger.info("score: nothing new since the latest scores; kept as they are")
        return ScoreSummary(unchanged=True)
    claims, quotes, previous = read_scorable_facts(db, run_id)
    scoring = compute_scores(claims, quotes, params or ScoringParams())
    tables = score_tables(scoring, run_id, datetime.now(UTC).replace(tzinfo=None))
    outcome = check_scores(
        tables["source_scores"], previous, run_id, validation or ValidationParams(), docs_dir
    )
    write_scores(db, run_id, tables, outcome)
    summary = ScoreSummary(
        sources=tables["source_scores"].height,
        facts=tables["facts"].filter(pl.col("source_kind") == "outlet").height,
        status=outcome.status,
        quarantined=outcome.quarantine.height,
        outcome=outcome,
    )
    logger.info("score: %d sources scored on %d facts (%s)", summary.sources, summary.facts, summary.status)
    return summary
