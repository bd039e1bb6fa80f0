"""Writes that touch only what changed leave exactly the rows asked for; the evidence keeps its run through the upgrade."""

from __future__ import annotations

import duckdb
import polars as pl

from warehouse.connection import writing
from warehouse.load import replace_changed
from warehouse.schema import MIGRATIONS, SCHEMA_VERSION

COLUMNS = {"k": pl.String, "x": pl.Float64, "n": pl.Int32}


def _rows(conn: duckdb.DuckDBPyConnection) -> list[tuple]:
    # x as text: NaN is not equal to itself as a float, and -0.0 would equal 0.0
    return conn.execute("SELECT k, CAST(x AS VARCHAR), n FROM t ORDER BY ALL").fetchall()


def test_replacing_only_changed_rows_leaves_exactly_the_new_rows(fresh_db):
    first = pl.DataFrame(
        {
            "k": ["a", "a", "b", None, "c", "d", "e"],
            "x": [1.0, 1.0, 2.0, None, 0.0, float("nan"), 5.0],
            "n": [1, 1, 2, 3, 4, 5, 6],
        },
        schema=COLUMNS,
    )
    # One of the twin rows goes, -0.0 replaces 0.0, b's value changes, a row is added; the null row,
    # the NaN row and e stay.
    second = pl.DataFrame(
        {
            "k": ["a", "b", None, "c", "d", "e", "f"],
            "x": [1.0, 2.5, None, -0.0, float("nan"), 5.0, 6.0],
            "n": [1, 2, 3, 4, 5, 6, 7],
        },
        schema=COLUMNS,
    )
    with writing(fresh_db) as conn:
        conn.execute("CREATE TABLE t (k VARCHAR, x DOUBLE, n INTEGER)")
        assert replace_changed(conn, "t", first) == (0, 7)
        assert replace_changed(conn, "t", first) == (0, 0)
        assert replace_changed(conn, "t", second) == (3, 3)
        stepwise = _rows(conn)
        conn.execute("DELETE FROM t")
        conn.execute("INSERT INTO t SELECT * FROM second")
        assert stepwise == _rows(conn)
        assert ("c", "-0.0", 4) in stepwise
        assert replace_changed(conn, "t", second.clear()) == (7, 0)
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_the_evidence_of_an_older_warehouse_keeps_its_rows_and_run(fresh_db):
    fresh_db.parent.mkdir(parents=True)
    conn = duckdb.connect(str(fresh_db))
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    for version, description, sql in MIGRATIONS[:6]:
        conn.execute(sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
    conn.execute(
        "INSERT INTO score_conflicts VALUES ('r7', 'KCNA', 'originator', 'c1', 'f1', 'c2', 'Kyiv', 0.1)"
    )
    conn.close()
    with writing(fresh_db) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT run_id, source_id, agreement FROM score_conflicts").fetchall() == [
            ("r7", "KCNA", 0.1)
        ]
        assert conn.execute("SELECT count(*) FROM score_evidence").fetchone()[0] == 0
