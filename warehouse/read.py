"""Read queries over the warehouse, shared by the CLI summaries and the dashboard (frames in, frames out)."""

from __future__ import annotations

import duckdb
import polars as pl

from warehouse.load import frame


def table_exists(conn: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(
        conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()[0]
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
    row = conn.execute("SELECT run_id FROM source_scores ORDER BY scored_at DESC LIMIT 1").fetchone()
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
