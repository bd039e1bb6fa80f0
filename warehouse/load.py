"""Batched, idempotent writes of polars frames into warehouse tables (no row-by-row inserts)."""

from __future__ import annotations

import duckdb
import polars as pl

from warehouse.schema import UNINDEXED_KEYS


def _table_columns(conn: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [row[0] for row in conn.execute(f"DESCRIBE {table}").fetchall()]


def _aligned(conn: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """The frame restricted to the table's columns; a missing column is a bug, so it raises."""
    columns = _table_columns(conn, table)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"frame for {table} lacks columns {missing}")
    return frame.select(columns)


def insert_new(conn: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Insert the rows whose key is not in the table yet (the first of a repeated key); returns how many were new."""
    if frame.height == 0:
        return 0
    key = UNINDEXED_KEYS.get(table)
    if key is None:
        batch = _aligned(conn, table, frame).to_arrow()  # noqa: F841 - DuckDB reads the local by name
        before = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        conn.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM batch")
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
    # No index to ignore conflicts against: the anti-join is the key's only guard (one writer at a time).
    batch = _aligned(conn, table, frame.unique(key, keep="first", maintain_order=True)).to_arrow()  # noqa: F841
    return conn.execute(
        f"INSERT INTO {table} BY NAME SELECT * FROM batch b WHERE NOT EXISTS "
        f"(SELECT 1 FROM {table} t WHERE t.{key} = b.{key})"
    ).fetchone()[0]


def _refuse_known_keys(conn: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Raise when `frame` repeats a key, or carries one the table still holds: the index used to refuse both."""
    key = UNINDEXED_KEYS.get(table)
    if key is None or frame.height == 0:
        return
    repeated = frame.filter(pl.col(key).is_duplicated())[key].unique().to_list()
    keys = frame.select(key).to_arrow()  # noqa: F841
    held = [
        row[0]
        for row in conn.execute(
            f"SELECT {key} FROM {table} WHERE {key} IN (SELECT {key} FROM keys) LIMIT 5"
        ).fetchall()
    ]
    if repeated or held:
        raise ValueError(f"duplicate {table}.{key}: {sorted(repeated)[:5] or held}")


def upsert(conn: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Insert or replace rows by primary key; returns the number of rows written."""
    if frame.height == 0:
        return 0
    batch = _aligned(conn, table, frame).to_arrow()  # noqa: F841
    conn.execute(f"INSERT OR REPLACE INTO {table} BY NAME SELECT * FROM batch")
    return frame.height


def replace_where(
    conn: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, key: str, keys: list[str]
) -> int:
    """Delete the rows whose `key` is in `keys`, then insert `frame`, in one transaction.

    Used for derived rows recomputed as a whole (an article's claims after re-extraction, a run's
    validation results), so a rerun leaves the same rows and never duplicates.
    """
    conn.execute("BEGIN TRANSACTION")
    try:
        if keys:
            key_frame = pl.DataFrame({"k": keys}, schema={"k": pl.String}).to_arrow()  # noqa: F841
            conn.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT k FROM key_frame)")
        _refuse_known_keys(conn, table, frame)
        written = 0
        if frame.height:
            batch = _aligned(conn, table, frame).to_arrow()  # noqa: F841
            conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")
            written = frame.height
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    return written


def _identity(rows: pl.DataFrame, columns: list[str], schema: pl.Schema) -> pl.DataFrame:
    """The rows as join keys: in the table's types, floats as text (bit for bit: -0.0 is not 0.0), and an
    occurrence number, so that a row present twice is matched twice."""
    keys = rows.select(
        pl.col(c).cast(schema[c]).cast(pl.String) if schema[c].is_float() else pl.col(c).cast(schema[c])
        for c in columns
    )
    # Numbering the rows of each group costs ten times the check that no row repeats.
    if not keys.is_duplicated().any():
        return keys.with_columns(_n=pl.lit(0, pl.Int64))
    return keys.with_columns(_n=pl.int_range(pl.len()).over(columns))


def replace_changed(conn: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> tuple[int, int]:
    """Make `table` hold exactly the rows of `frame`, deleting and inserting only the rows that differ.

    Rows are compared whole, as a multiset; returns (deleted, inserted). Opens no transaction: run it
    inside the one its companion writes belong to. For derived tables recomputed as a whole, most of
    whose rows a recomputation leaves as they were (the score evidence after a few new articles).
    """
    new = _aligned(conn, table, frame)
    columns = new.columns
    old = conn.execute(f"SELECT rowid AS _rowid, {', '.join(columns)} FROM {table}").pl()
    schema = old.drop("_rowid").schema
    new = new.cast(dict(schema))
    old_keys = _identity(old, columns, schema).with_columns(old["_rowid"])
    new_keys = _identity(new, columns, schema).with_columns(_index=pl.int_range(pl.len()))
    on = [*columns, "_n"]
    stale = old_keys.join(new_keys, on=on, how="anti", nulls_equal=True)["_rowid"]  # noqa: F841
    fresh = new[new_keys.join(old_keys, on=on, how="anti", nulls_equal=True)["_index"]]
    if stale.len():
        conn.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT unnest(?::BIGINT[]))", [stale.to_list()])
    if fresh.height:
        batch = fresh.to_arrow()  # noqa: F841 - DuckDB reads the local by name
        conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")
    return stale.len(), fresh.height


def frame(conn: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pl.DataFrame:
    """The result of a query as a polars frame."""
    return conn.execute(sql, params or []).pl()


def rows_of_keys(
    conn: duckdb.DuckDBPyConnection, table: str, key: str, keys: list[str], columns: list[str] | None = None
) -> pl.DataFrame:
    """The rows of `table` whose `key` is one of `keys` (all columns, or `columns`), as a polars frame.

    Read in two steps: the key column alone gives the matching rows' row ids, then only those rows
    are read. Filtering on the key in one query reads the other columns of every row first (the
    filter is a join after the scan), which on the text tables is the whole article text for a
    hundred rows (~0.15 s); by row id DuckDB skips the row groups and vectors holding none of them.
    No key matches no row; the frame still has the table's columns.
    """
    wanted = ", ".join(columns) if columns else "*"
    if not keys:  # by row id, no row would still scan the whole table
        return frame(conn, f"SELECT {wanted} FROM {table} LIMIT 0")
    rowids = conn.execute(
        f"SELECT rowid FROM {table} WHERE {key} IN (SELECT unnest(?::VARCHAR[])) ORDER BY rowid",
        [list(keys)],
    ).fetchnumpy()["rowid"]
    return frame(
        conn, f"SELECT {wanted} FROM {table} WHERE rowid IN (SELECT unnest(?::BIGINT[]))", [rowids.tolist()]
    )


def articles_with_text(
    conn: duckdb.DuckDBPyConnection, ids: list[str], columns: list[str] | None = None
) -> pl.DataFrame:
    """The `articles` rows of `ids` (all columns, or `columns`, which must name article_id) with their landed
    `text`; an article without a raw_articles row is left out, as an inner join would."""
    articles = rows_of_keys(conn, "articles", "article_id", ids, columns)
    texts = rows_of_keys(
        conn, "raw_articles", "article_id", articles["article_id"].to_list(), ["article_id", "text"]
    )
    return articles.join(texts, on="article_id", how="inner", maintain_order="left")
