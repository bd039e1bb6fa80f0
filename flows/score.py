"""The `score-sources` flow: reliability of outlets and cited originators from claims that passed validation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from credence.score import (
    Added,
    NeedsAllClaims,
    PreviousFit,
    ScoreState,
    ScoringParams,
    SourceScoring,
    fact_keys,
    score_sources,
    strongest_conflicts,
)
from credence.score.sources import STATE_SCHEMAS
from expectations.suites import PreviousRun, ValidationParams
from expectations.validate import ValidationOutcome, render_run_docs, validate_tables
from warehouse.connection import writing
from warehouse.frames import score_changes
from warehouse.load import frame, replace_changed, replace_where, upsert

# Claims and quotes whose own row, or whose article, failed an error-severity check are left out.
# ({claims} and {quotes}: the table, or the rows of it a scoring of added articles reads, by row id.)
_SCORABLE_CLAIMS = """
    SELECT c.claim_id, c.article_id, a.source_id AS source, a.published_at, a.copy_group,
           c.measure, c.subject, c.core, c.value_low, c.value_high, c.qualifier, c.unit,
           c.attribution_kind, c.originator, c.hedged, c.counted
    FROM {claims} c JOIN articles a USING (article_id)
    WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.table_name = 'claims' AND q.row_id = c.claim_id AND q.run_id = c.run_id)
      AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.table_name = 'articles' AND q.row_id = c.article_id)
"""
_SCORABLE_QUOTES = """
    SELECT q.article_id, a.source_id AS source, q.speaker, q.speaker_kind
    FROM {quotes} q JOIN articles a USING (article_id)
    WHERE NOT EXISTS (SELECT 1 FROM quarantine x WHERE x.table_name = 'quotes' AND x.row_id = q.quote_id AND x.run_id = q.run_id)
      AND NOT EXISTS (SELECT 1 FROM quarantine x WHERE x.table_name = 'articles' AND x.row_id = q.article_id)
"""
SCORABLE_CLAIMS = _SCORABLE_CLAIMS.format(claims="claims")
SCORABLE_QUOTES = _SCORABLE_QUOTES.format(quotes="quotes")
# By row id DuckDB reads only the row groups holding the rows; a filter on another column would read
# every row's columns first (see warehouse.load.rows_of_keys).
_BY_ROWID = "(SELECT * FROM {table} WHERE rowid IN (SELECT unnest(?::BIGINT[])))"


def _rowids(conn, sql: str, params: list | None = None) -> list[int]:
    return conn.execute(sql, params or []).fetchnumpy()["rowid"].tolist()


def _scorable_claims_at(conn, rowids: list[int]) -> pl.DataFrame:
    return frame(conn, _SCORABLE_CLAIMS.format(claims=_BY_ROWID.format(table="claims")), [rowids])


@dataclass
class ScoreSummary:
    sources: int = 0
    facts: int = 0
    status: str = "passed"
    quarantined: int = 0
    outcome: ValidationOutcome | None = None
    unchanged: bool = False
    refit: bool = True


@task(name="scores-are-current", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def scores_are_current(db: str) -> bool:
    """True when the latest scores were computed after every extraction and every quarantine.

    Then nothing scoring reads has changed, and a run with nothing new need not score again.
    """
    with writing(Path(db)) as conn:
        row = conn.execute(
            """
            SELECT (SELECT max(scored_at) FROM score_runs),
                   (SELECT max(extracted_at) FROM extracted_articles),
                   (SELECT max(quarantined_at) FROM quarantine WHERE table_name <> 'source_scores')
            """
        ).fetchone()
    scored, extracted, quarantined = row
    if scored is None:
        return False
    return all(moment is None or moment <= scored for moment in (extracted, quarantined))


# Where each part of a ScoreState is kept (migration 8).
STATE_TABLES = {
    "weights": "score_state_weights",
    "dependence": "score_state_dependence",
    "claims": "score_state_claims",
    "rows": "score_state_rows",
    "attribution": "score_state_attribution",
}
# The state's layout: a fit kept in another (migration 10 added what scoring added articles alone reads)
# is not taken up, and a full fit follows.
STATE_VERSION = 2


def params_key(params: ScoringParams) -> str:
    """What a kept fit was computed under: any parameter but the refit policy's, changed, calls for a new fit."""
    scoring = replace(params, refit_fraction=0.0, refit_runs=0)
    return hashlib.sha1(repr((STATE_VERSION, scoring)).encode("utf-8")).hexdigest()[:16]


def _state_frame(conn, name: str, where: str = "") -> pl.DataFrame:
    table = frame(conn, f"SELECT * FROM {STATE_TABLES[name]} {where}")
    return table.cast(STATE_SCHEMAS[name]).select(list(STATE_SCHEMAS[name]))


def _kept_fit(conn, params: ScoringParams) -> tuple[PreviousFit, datetime] | None:
    """The latest scoring's bookkeeping (its state left empty) and when it scored, when its state explains
    the evidence tables as they are and was fitted under these parameters; None calls for a full fit."""
    fits = frame(conn, "SELECT * FROM score_fits ORDER BY scored_at, run_id")
    evidence_run = conn.execute("SELECT max(run_id) FROM evidence_run").fetchone()[0]
    full = fits.with_row_index("i").filter(pl.col("refit")).tail(1)
    if full.height == 0 or fits["run_id"][-1] != evidence_run or full["params"][0] != params_key(params):
        return None
    since = fits.slice(full["i"][0] + 1)
    fit = PreviousFit(
        ScoreState.empty(),
        claims_at_fit=int(full["n_claims"][0]),
        changed_since_fit=int(since["changed"].sum()),
        runs_since_fit=since.height,
    )
    return fit, fits["scored_at"][-1]


def previous_fit(conn, params: ScoringParams) -> PreviousFit | None:
    """The state the latest scoring kept, whole (see `_kept_fit`); None calls for a full fit."""
    kept = _kept_fit(conn, params)
    if kept is None:
        return None
    state = ScoreState(**{name: _state_frame(conn, name) for name in STATE_TABLES})
    return replace(kept[0], state=state)


def _added_articles(conn, scored_at: datetime) -> pl.Series | None:
    """The articles extracted since the scoring at `scored_at`, when each was ingested since and no row
    of an article scored then was quarantined since: all that changed are added articles (articles are
    never rewritten; their claims and quotes change only when extracted again or quarantined, and
    `scores_are_current` reads the same two clocks). None when something else changed."""
    extracted = frame(
        conn,
        "SELECT e.article_id, a.ingested_at > ? AS new FROM extracted_articles e JOIN articles a USING (article_id) "
        "WHERE e.extracted_at > ?",
        [scored_at, scored_at],
    )
    if not extracted["new"].all():
        return None
    added = extracted["article_id"]
    conn.register("batch", added.to_frame().to_arrow())
    elsewhere = conn.execute(
        """
        WITH q AS (SELECT table_name, row_id FROM quarantine WHERE quarantined_at > ? AND table_name <> 'source_scores')
        SELECT count(*) FROM q
        LEFT JOIN claims c ON q.table_name = 'claims' AND c.claim_id = q.row_id
        LEFT JOIN quotes x ON q.table_name = 'quotes' AND x.quote_id = q.row_id
        LEFT JOIN attributions t ON q.table_name = 'attributions' AND t.attribution_id = q.row_id
        WHERE coalesce(c.article_id, x.article_id, t.article_id, CASE WHEN q.table_name = 'articles' THEN q.row_id END)
              NOT IN (SELECT article_id FROM batch)
           OR coalesce(c.article_id, x.article_id, t.article_id, CASE WHEN q.table_name = 'articles' THEN q.row_id END) IS NULL
        """,
        [scored_at],
    ).fetchone()[0]
    if elsewhere:
        conn.unregister("batch")
        return None
    return added


def _touched(conn, fit: PreviousFit, added: pl.Series, params: ScoringParams):
    """What scoring the `added` articles reads (`credence.score.Added`): their claims and those of the fact
    keys theirs have, the claims of the copy groups they joined, the quotes that count for the sources
    they touch, and the kept state with the ledger rows of those claims alone. (`_added_articles`
    registered the articles as `batch`.)"""
    # The claims of the copy groups the added articles are in: theirs among them.
    group_claims = _scorable_claims_at(
        conn,
        _rowids(
            conn,
            """SELECT rowid FROM claims WHERE article_id IN (SELECT article_id FROM articles WHERE copy_group IN
                   (SELECT copy_group FROM articles WHERE article_id IN (SELECT article_id FROM batch)))""",
        ),
    )
    new = group_claims.filter(pl.col("article_id").is_in(added.implode()))
    conn.register("keys", fact_keys(new, params).drop_nulls().unique().to_frame("fact_key").to_arrow())
    mates = _rowids(
        conn,
        """SELECT rowid FROM claims WHERE claim_id IN (SELECT claim_id FROM score_state_claims
               WHERE source_kind = 'outlet' AND fact_key IN (SELECT fact_key FROM keys))""",
    )
    claims = pl.concat([new, _scorable_claims_at(conn, mates)]).unique("claim_id", maintain_order=True)
    speakers = conn.execute(
        "SELECT list(DISTINCT speaker) FROM quotes WHERE article_id IN (SELECT article_id FROM batch)"
    ).fetchone()[0]
    speakers = sorted({*(speakers or []), *new["originator"].drop_nulls().to_list()} - {None})
    quotes = frame(
        conn,
        _SCORABLE_QUOTES.format(quotes=_BY_ROWID.format(table="quotes")),
        [
            _rowids(
                conn,
                """SELECT rowid FROM quotes WHERE article_id IN (SELECT article_id FROM batch)
                       OR speaker IN (SELECT unnest(?::VARCHAR[]))""",
                [speakers],
            )
        ],
    )
    conn.register("scope", claims.select("claim_id").to_arrow())
    state = ScoreState(
        **{
            name: _state_frame(
                conn, name, "WHERE claim_id IN (SELECT claim_id FROM scope)" if name == "claims" else ""
            )
            for name in STATE_TABLES
        }
    )
    for name in ("batch", "keys", "scope"):
        conn.unregister(name)
    return claims, quotes, replace(fit, state=state), Added(added, group_claims)


@dataclass
class Scorable:
    """What scoring reads: claims and quotes that passed validation, the latest scoring run's scores (its
    cross-run checks' `previous`, and `latest_scores`, its rows), the state it kept, and, when only
    articles were added since, which (`credence.score.Added`; the claims and quotes are then those
    they touch)."""

    claims: pl.DataFrame
    quotes: pl.DataFrame
    previous: PreviousRun | None
    latest_scores: pl.DataFrame | None
    fit: PreviousFit | None
    added: Added | None = None


@task(name="read-scorable-facts", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def read_scorable_facts(
    db: str, run_id: str, params: ScoringParams | None = None, only_added: bool = True
) -> Scorable:
    """What scoring reads (`Scorable`): every claim and quote, or, when only articles were added since
    the latest scoring (and `only_added`), those the added articles touch."""
    params = params or ScoringParams()
    with writing(Path(db)) as conn:
        previous_run = conn.execute(
            "SELECT run_id FROM score_runs WHERE run_id <> ? ORDER BY scored_at DESC, run_id DESC LIMIT 1",
            [run_id],
        ).fetchone()
        previous = scores = None
        if previous_run:
            scores = frame(conn, "SELECT * FROM source_scores WHERE run_id = ?", [previous_run[0]])
            previous = PreviousRun.from_frames(previous_run[0], scores=scores)
        kept = _kept_fit(conn, params) if only_added else None
        added = _added_articles(conn, kept[1]) if kept is not None else None
        if added is not None:
            claims, quotes, fit, scope = _touched(conn, kept[0], added, params)
            return Scorable(claims, quotes, previous, scores, fit, scope)
        claims = frame(conn, SCORABLE_CLAIMS)
        quotes = frame(conn, SCORABLE_QUOTES)
        fit = previous_fit(conn, params)
    return Scorable(claims, quotes, previous, scores, fit)


@task(name="compute-scores", cache_policy=NONE)
def compute_scores(
    claims: pl.DataFrame,
    quotes: pl.DataFrame,
    params: ScoringParams,
    previous: PreviousFit | None = None,
    added: Added | None = None,
) -> SourceScoring | None:
    """The scores; None when given only what added articles touch and a full fit is due."""
    try:
        return score_sources(claims, quotes, params, previous, added)
    except NeedsAllClaims:
        return None


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


def _delete_keyed(conn, table: str, keys: pl.DataFrame) -> None:
    """Delete the rows of `table` matching a row of `keys` on every one of its columns."""
    batch = keys.to_arrow()  # noqa: F841 - DuckDB reads the local by name
    on = " AND ".join(f"t.{c} = k.{c}" for c in keys.columns)
    conn.execute(f"DELETE FROM {table} t USING batch k WHERE {on}")


def _insert(conn, table: str, rows: pl.DataFrame) -> None:
    if rows.height:
        batch = rows.to_arrow()  # noqa: F841
        conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")


@task(name="write-scores", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def write_scores(
    db: str,
    run_id: str,
    tables: dict[str, pl.DataFrame],
    outcome: ValidationOutcome,
    scoring: SourceScoring | None = None,
    params: ScoringParams | None = None,
    at: datetime | None = None,
    changes: pl.DataFrame | None = None,
) -> None:
    """Write this run's scores (kept per run, for score history) and evidence (the latest run's only).

    Of the scores, the rows that changed since the latest scoring (`changes`, from
    `warehouse.frames.score_changes`; without it, every row) go to source_score_changes and the run to
    score_runs; the view source_scores gives the run's whole set.

    The evidence tables explain the current scores; keeping every run's copy would add hundreds of
    thousands of rows an hour on a scheduled corpus for no reader, so they are brought to this run's
    rows, writing only those that changed, and evidence_run names the run they now explain. After an
    incremental scoring the tables hold the changed facts' and claims' rows only, which replace theirs
    (`SourceScoring.replaced`). The scoring's state is kept beside them, in the same transaction.
    """
    with writing(Path(db)) as conn:
        scores = tables["source_scores"]
        if changes is None:
            changes = scores.with_columns(pl.lit(False).alias("dropped"))
        replace_where(conn, "source_score_changes", changes, "run_id", [run_id])
        replace_where(conn, "score_runs", score_run_row(scores, run_id, changes.height), "run_id", [run_id])
        conn.execute("BEGIN TRANSACTION")
        try:
            incremental = scoring is not None and scoring.replaced is not None
            for table in EVIDENCE_TABLES:
                if not incremental:
                    replace_changed(conn, f"{table}_rows", tables[table])
                    continue
                keys = scoring.replaced_claims if table == "score_evidence" else scoring.replaced
                _delete_keyed(conn, f"{table}_rows", keys)
                _insert(conn, f"{table}_rows", tables[table].drop("run_id"))
            conn.execute("DELETE FROM evidence_run")
            conn.execute("INSERT INTO evidence_run VALUES (?)", [run_id])
            if scoring is not None:
                _write_state(conn, run_id, scoring, params or ScoringParams(), at or datetime.now(UTC))
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        upsert(conn, "validation_results", outcome.results)
        upsert(conn, "quarantine", outcome.quarantine)


def score_run_row(scores: pl.DataFrame, run_id: str, n_changed: int) -> pl.DataFrame:
    """The score_runs row of a run that scored `scores` (its source_scores rows), `n_changed` of them kept."""
    at = scores["scored_at"].max() if scores.height else datetime.now(UTC).replace(tzinfo=None)
    kinds = scores["source_kind"]
    return pl.DataFrame(
        {
            "run_id": [run_id],
            "scored_at": [at],
            "n_outlets": [int((kinds == "outlet").sum())],
            "n_originators": [int((kinds == "originator").sum())],
            "n_changed": [n_changed],
        },
        schema={
            "run_id": pl.String,
            "scored_at": pl.Datetime("us"),
            "n_outlets": pl.Int32,
            "n_originators": pl.Int32,
            "n_changed": pl.Int32,
        },
    )


def _write_state(conn, run_id: str, scoring: SourceScoring, params: ScoringParams, at: datetime) -> None:
    """The scoring's state: whole after a full fit; after an incremental one, its changed claims and facts."""
    state = scoring.state
    if scoring.replaced is None:
        for name, table in STATE_TABLES.items():
            conn.execute(f"DELETE FROM {table}")
            _insert(conn, table, getattr(state, name))
    else:
        _delete_keyed(conn, STATE_TABLES["claims"], scoring.replaced_claims)
        _insert(conn, STATE_TABLES["claims"], state.claims)
        _delete_keyed(conn, STATE_TABLES["rows"], scoring.replaced)
        _insert(conn, STATE_TABLES["rows"], state.rows)
        # Every voter's attribution counts, or after scoring added articles alone those of the voters they touched.
        if scoring.scoped:
            _delete_keyed(
                conn, STATE_TABLES["attribution"], state.attribution.select("source_kind", "source_id")
            )
        else:
            conn.execute(f"DELETE FROM {STATE_TABLES['attribution']}")
        _insert(conn, STATE_TABLES["attribution"], state.attribution)
    n_claims = state.claims.filter(pl.col("source_kind") == "outlet").height if scoring.refit else 0
    conn.execute(
        "INSERT INTO score_fits VALUES (?, ?, ?, ?, ?, ?)",
        [run_id, at.replace(tzinfo=None), scoring.refit, n_claims, scoring.changed, params_key(params)],
    )


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
    params = params or ScoringParams()
    read = read_scorable_facts(db, run_id, params)
    scoring = compute_scores(read.claims, read.quotes, params, read.fit, read.added)
    if scoring is None:  # a full fit is due after all: it reads every claim
        read = read_scorable_facts(db, run_id, params, only_added=False)
        scoring = compute_scores(read.claims, read.quotes, params, read.fit)
    at = datetime.now(UTC).replace(tzinfo=None)
    tables = score_tables(scoring, run_id, at)
    changes = score_changes(read.latest_scores, tables["source_scores"], run_id, at)
    # A row that did not change passed (or failed) its checks when it last did: the changed rows are checked.
    outcome = check_scores(
        changes.filter(~pl.col("dropped")).drop("dropped"),
        read.previous,
        run_id,
        validation or ValidationParams(),
        docs_dir,
    )
    write_scores(db, run_id, tables, outcome, scoring, params, at, changes)
    summary = ScoreSummary(
        sources=tables["source_scores"].height,
        facts=tables["facts"].filter(pl.col("source_kind") == "outlet").height,
        status=outcome.status,
        quarantined=outcome.quarantine.height,
        outcome=outcome,
        refit=scoring.refit,
    )
    logger.info(
        "score: %d sources scored, %d facts %s (%s)",
        summary.sources,
        summary.facts,
        "fitted" if scoring.refit else f"rescored for {scoring.changed} changed claims",
        summary.status,
    )
    return summary
