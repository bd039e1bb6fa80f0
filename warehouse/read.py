"""Read queries over the warehouse, shared by the CLI summaries and the dashboard (frames in, frames out)."""

from __future__ import annotations

import duckdb
import polars as pl

from warehouse.load import frame


def table_exists(conn: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(
        conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]
        ).fetchone()[0]
    )


def articles_for_paths(conn: duckdb.DuckDBPyConnection, paths: list[str]) -> pl.DataFrame:
    """Articles landed from the given files: title, source, date, words, with the body's opening for untitled ones."""
    conn.register("wanted", pl.DataFrame({"path": paths}, schema={"path": pl.String}).to_arrow())
    return frame(
        conn,
        """
        SELECT a.article_id, a.path, a.record, a.title, a.source_id, a.published_at, a.date_is_relative,
               a.word_count, left(a.body, 80) AS opening
        FROM articles a JOIN wanted w USING (path)
        ORDER BY a.path, try_cast(a.record AS INTEGER), a.article_id
        """,
    )


def latest_scored_run(conn: duckdb.DuckDBPyConnection) -> str | None:
    """The run id of the most recent scores."""
    row = conn.execute(
        "SELECT run_id FROM score_runs ORDER BY scored_at DESC, run_id DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def leaderboard(conn: duckdb.DuckDBPyConnection, run_id: str | None = None) -> pl.DataFrame:
    """Scores of one run (default: the latest), best first; sources with insufficient evidence last.

    Sources are ranked by the lower bound of their reliability interval, so a source cannot top
    the board on one lucky claim: its interval is wide and its lower bound low.
    """
    run_id = run_id or latest_scored_run(conn)
    return frame(
        conn,
        """
        SELECT * FROM source_scores WHERE run_id = ?
        ORDER BY source_kind DESC, (evidence_status = 'ok') DESC, reliability_low DESC NULLS LAST,
                 reliability_score DESC NULLS LAST, n_claims DESC, source_id
        """,
        [run_id],
    )


# The dashboard's reads. Every character offset refers to raw_articles.text; DuckDB's substr is
# 1-based and counts code points, as Python's slicing does, so the offsets below are relative to
# the sentence the claim came from and can be sliced in Python as they are.
_SENTENCE_COLUMNS = """
    substr(r.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
    c.char_start - c.sentence_start AS number_start,
    c.char_end - c.sentence_start AS number_end,
    c.attribution_start - c.sentence_start AS attribution_start,
    c.attribution_end - c.sentence_start AS attribution_end
"""


def scored_runs(conn: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Every run that scored sources, newest first, with its state and how many sources of each kind it scored."""
    return frame(
        conn,
        """
        SELECT s.run_id, s.scored_at, r.started_at, r.state,
               CAST(s.n_outlets AS BIGINT) AS n_outlets, CAST(s.n_originators AS BIGINT) AS n_originators
        FROM score_runs s LEFT JOIN runs r USING (run_id)
        ORDER BY s.scored_at DESC, s.run_id DESC
        """,
    )


def source_names(conn: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Outlets as registered at ingest: id, display name, web domain and how the name was found."""
    return frame(conn, "SELECT source_id, name, domain, origin FROM sources ORDER BY source_id")


def source_activity(conn: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Articles per source and publication day: an outlet's own articles, an originator's citing articles.

    day is null for undated articles.
    """
    return frame(
        conn,
        """
        SELECT source_id, 'outlet' AS source_kind, CAST(published_at AS DATE) AS day,
               CAST(count(*) AS INTEGER) AS n_articles
        FROM articles GROUP BY ALL
        UNION ALL
        SELECT c.originator AS source_id, 'originator' AS source_kind, CAST(a.published_at AS DATE) AS day,
               CAST(count(DISTINCT c.article_id) AS INTEGER) AS n_articles
        FROM claims c JOIN articles a USING (article_id)
        WHERE c.originator IS NOT NULL
        GROUP BY ALL
        ORDER BY source_kind, source_id, day
        """,
    )


def source_score_history(conn: duckdb.DuckDBPyConnection, source_id: str, source_kind: str) -> pl.DataFrame:
    """One source's scores in every run that scored it, oldest first, with the run's start and state."""
    return frame(
        conn,
        """
        SELECT s.*, r.started_at, r.state
        FROM source_scores s LEFT JOIN runs r USING (run_id)
        WHERE s.source_id = ? AND s.source_kind = ?
        ORDER BY s.scored_at
        """,
        [source_id, source_kind],
    )


def source_articles(conn: duckdb.DuckDBPyConnection, source_id: str, source_kind: str) -> pl.DataFrame:
    """An outlet's articles, or the articles citing an originator, newest first.

    n_claims counts the article's claims (outlet) or the claims credited to the originator.
    """
    if source_kind == "outlet":
        sql = """
            SELECT a.article_id, a.source_id AS outlet, a.title, a.published_at, a.url, a.word_count,
                   CAST((SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS INTEGER) AS n_claims,
                   left(a.body, 160) AS opening
            FROM articles a
            WHERE a.source_id = ?
            ORDER BY a.published_at DESC NULLS LAST, a.article_id
        """
    else:
        sql = """
            SELECT a.article_id, a.source_id AS outlet, a.title, a.published_at, a.url, a.word_count,
                   CAST(count(*) AS INTEGER) AS n_claims, left(a.body, 160) AS opening
            FROM claims c JOIN articles a USING (article_id)
            WHERE c.originator = ?
            GROUP BY a.article_id, a.source_id, a.title, a.published_at, a.url, a.word_count, a.body
            ORDER BY a.published_at DESC NULLS LAST, a.article_id
        """
    return frame(conn, sql, [source_id])


def source_claims(
    conn: duckdb.DuckDBPyConnection, source_id: str, source_kind: str, run_id: str
) -> pl.DataFrame:
    """A source's claims with the run's verdict on each and the sentence each came from.

    The claims are an outlet's own, or those credited to an originator. role, agreement and the
    leave-one-out consensus (loo_consensus_low/high) come from score_evidence of `run_id` (null
    when the claim was not scored, e.g. quarantined); consensus_low/high is the fact's consensus.
    number_* and attribution_* are offsets into `sentence`.
    """
    return frame(
        conn,
        f"""
        SELECT c.claim_id, c.article_id, a.source_id AS outlet, a.title, a.published_at,
               c.span, c.measure, c.counted, c.subject, c.unit, c.value_low, c.value_high, c.qualifier,
               c.attribution_kind, c.attribution_text, c.originator, c.hedged, c.hedge_text,
               e.fact_id, e.role, e.agreement, e.loo_consensus_low, e.loo_consensus_high, e.attribution_weight,
               f.consensus_low, f.consensus_high, f.n_sources AS fact_sources,
               EXISTS (SELECT 1 FROM quarantine q WHERE q.table_name = 'claims' AND q.row_id = c.claim_id)
                 OR EXISTS (SELECT 1 FROM quarantine q WHERE q.table_name = 'articles' AND q.row_id = c.article_id)
                 AS quarantined,
               {_SENTENCE_COLUMNS}
        FROM claims c
        JOIN articles a ON a.article_id = c.article_id
        JOIN raw_articles r ON r.article_id = c.article_id
        LEFT JOIN score_evidence e
          ON e.claim_id = c.claim_id AND e.run_id = ? AND e.source_id = ? AND e.source_kind = ?
        LEFT JOIN facts f ON f.run_id = e.run_id AND f.fact_id = e.fact_id AND f.source_kind = e.source_kind
        WHERE (? = 'outlet' AND a.source_id = ?) OR (? = 'originator' AND c.originator = ?)
        ORDER BY CASE e.role WHEN 'conflicts' THEN 0 WHEN 'supports' THEN 1 WHEN 'uncompared' THEN 2 ELSE 3 END,
                 a.published_at DESC NULLS LAST, c.article_id, c.char_start
        """,
        [run_id, source_id, source_kind, source_kind, source_id, source_kind, source_id],
    )


def source_conflicts(
    conn: duckdb.DuckDBPyConnection, source_id: str, source_kind: str, run_id: str
) -> pl.DataFrame:
    """For each of a source's claims in `run_id`, the disagreeing claims of independent others, with their sentences."""
    return frame(
        conn,
        f"""
        SELECT k.claim_id, k.fact_id, k.conflicting_claim_id, k.conflicting_source_id, k.agreement,
               c.span, c.value_low, c.value_high, c.qualifier, c.attribution_kind, c.originator,
               a.source_id AS outlet, a.title, a.published_at,
               {_SENTENCE_COLUMNS}
        FROM score_conflicts k
        JOIN claims c ON c.claim_id = k.conflicting_claim_id
        JOIN articles a ON a.article_id = c.article_id
        JOIN raw_articles r ON r.article_id = c.article_id
        WHERE k.run_id = ? AND k.source_id = ? AND k.source_kind = ?
        ORDER BY k.claim_id, k.agreement NULLS LAST, k.conflicting_source_id, k.conflicting_claim_id
        """,
        [run_id, source_id, source_kind],
    )


def fact_topics(conn: duckdb.DuckDBPyConnection, run_id: str, source_kind: str) -> pl.DataFrame:
    """What the facts of a run are about (subject, measure, what is counted, unit), each over its time
    windows, most claimed first."""
    return frame(
        conn,
        """
        SELECT subject, measure, counted, unit,
               CAST(count(*) AS INTEGER) AS n_windows,
               CAST(sum(n_claims) AS INTEGER) AS n_claims,
               CAST(max(n_sources) AS INTEGER) AS max_sources,
               min(window_start) AS first_window, max(window_end) AS last_window
        FROM facts
        WHERE run_id = ? AND source_kind = ?
        GROUP BY subject, measure, counted, unit
        ORDER BY max_sources DESC, n_claims DESC, subject NULLS LAST, measure, counted NULLS FIRST, unit NULLS LAST
        """,
        [run_id, source_kind],
    )


def topic_facts(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    source_kind: str,
    subject: str | None,
    measure: str,
    counted: str | None,
    unit: str | None,
) -> pl.DataFrame:
    """The facts of one topic in a run, one per time window, with the consensus interval of each."""
    return frame(
        conn,
        """
        SELECT * FROM facts
        WHERE run_id = ? AND source_kind = ? AND subject IS NOT DISTINCT FROM ? AND measure = ?
          AND counted IS NOT DISTINCT FROM ? AND unit IS NOT DISTINCT FROM ?
        ORDER BY window_start NULLS LAST, fact_id
        """,
        [run_id, source_kind, subject, measure, counted, unit],
    )


def topic_claims(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    source_kind: str,
    subject: str | None,
    measure: str,
    counted: str | None,
    unit: str | None,
) -> pl.DataFrame:
    """Every claim on one topic in a run: who said it, when it was published, its interval and its agreement."""
    return frame(
        conn,
        """
        SELECT fc.fact_id, fc.claim_id, fc.source_id, fc.value_low, fc.value_high, fc.qualifier,
               fc.plausible_low, fc.plausible_high, fc.agreement, fc.agrees_with_consensus,
               a.source_id AS outlet, a.title, a.published_at, c.span, c.originator, c.attribution_kind
        FROM fact_claims fc
        JOIN facts f ON f.run_id = fc.run_id AND f.fact_id = fc.fact_id AND f.source_kind = fc.source_kind
        JOIN claims c ON c.claim_id = fc.claim_id
        JOIN articles a ON a.article_id = c.article_id
        WHERE f.run_id = ? AND f.source_kind = ? AND f.subject IS NOT DISTINCT FROM ? AND f.measure = ?
          AND f.counted IS NOT DISTINCT FROM ? AND f.unit IS NOT DISTINCT FROM ?
        ORDER BY a.published_at NULLS LAST, fc.source_id, fc.claim_id
        """,
        [run_id, source_kind, subject, measure, counted, unit],
    )


def latest_validation(conn: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Each suite's results from the last run that validated it: failures first, errors before warnings."""
    return frame(
        conn,
        """
        SELECT * FROM validation_results
        QUALIFY run_id = first_value(run_id) OVER (PARTITION BY suite ORDER BY validated_at DESC, run_id DESC)
        ORDER BY suite, success, severity, expectation
        """,
    )


def quarantined_rows(conn: duckdb.DuckDBPyConnection, limit: int = 1000) -> pl.DataFrame:
    """The most recently quarantined rows with the expectation they failed and why."""
    return frame(
        conn,
        """
        SELECT run_id, table_name, row_id, suite, expectation, reason, row_json, quarantined_at
        FROM quarantine
        ORDER BY quarantined_at DESC, table_name, row_id, expectation
        LIMIT ?
        """,
        [limit],
    )


def quarantine_summary(conn: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Quarantined rows counted per table and failed expectation, with the last time each happened."""
    return frame(
        conn,
        """
        SELECT table_name, expectation, CAST(count(DISTINCT row_id) AS INTEGER) AS n_rows,
               max(quarantined_at) AS last_quarantined_at
        FROM quarantine
        GROUP BY table_name, expectation
        ORDER BY n_rows DESC, table_name, expectation
        """,
    )


def recent_alerts(conn: duckdb.DuckDBPyConnection, limit: int = 500) -> pl.DataFrame:
    """The most recent alerts, one row per channel they were sent to, with their delivery status."""
    return frame(conn, "SELECT * FROM alerts ORDER BY created_at DESC, channel LIMIT ?", [limit])


def run_history(conn: duckdb.DuckDBPyConnection, limit: int = 500) -> pl.DataFrame:
    """The most recent runs, newest first, with their counts and seconds per stage."""
    return frame(conn, "SELECT * FROM runs ORDER BY started_at DESC LIMIT ?", [limit])
