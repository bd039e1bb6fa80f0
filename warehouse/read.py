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
