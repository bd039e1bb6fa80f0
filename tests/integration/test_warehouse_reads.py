"""Reads the flows make of a built warehouse: rows by key, and the previous run's figures from stored counts."""

from __future__ import annotations

import polars as pl
import pytest

from expectations.suites import PreviousRun
from flows.validate import previous_figures
from warehouse.connection import reading
from warehouse.load import articles_with_text, frame, rows_of_keys


def test_rows_by_key_are_the_same_for_no_few_and_all_keys_and_ignore_unknown_ones(pipeline_warehouse):
    with reading(pipeline_warehouse.db) as conn:
        everything = frame(
            conn,
            "SELECT a.article_id, a.title, r.text FROM articles a JOIN raw_articles r USING (article_id)",
        )
        ids = everything["article_id"].to_list()
        few = articles_with_text(conn, ids[:2], ["article_id", "title"])
        none = articles_with_text(conn, [], ["article_id", "title"])
        many = articles_with_text(conn, ids + [f"missing-{i}" for i in range(600)], ["article_id", "title"])
        whole_rows = rows_of_keys(conn, "articles", "article_id", ids[:3])
        all_columns = frame(conn, "SELECT * FROM articles")
    assert few.sort("article_id").equals(
        everything.filter(pl.col("article_id").is_in(ids[:2])).sort("article_id")
    )
    assert none.height == 0 and none.columns == everything.columns
    assert many.sort("article_id").equals(everything.sort("article_id"))
    assert whole_rows.columns == all_columns.columns
    assert whole_rows.sort("article_id").equals(
        all_columns.filter(pl.col("article_id").is_in(ids[:3])).sort("article_id")
    )


def test_rows_by_key_see_rows_written_in_the_same_open_warehouse(fresh_db):
    from warehouse.connection import held, writing

    rows = pl.DataFrame({"article_id": ["a", "b", "c"], "text": ["one", "two", "three"]})  # noqa: F841
    with writing(fresh_db) as conn:
        conn.execute("CREATE TABLE t AS SELECT * FROM rows")  # on disk once the file closes
    with held(fresh_db), writing(fresh_db) as conn:
        more = pl.DataFrame({"article_id": ["d"], "text": ["four"]})  # noqa: F841 - read by DuckDB
        conn.execute("INSERT INTO t SELECT * FROM more")
        conn.execute("DELETE FROM t WHERE article_id = 'a'")
        found = rows_of_keys(conn, "t", "article_id", ["a", "b", "d"])
    assert sorted(found.rows()) == [("b", "two"), ("d", "four")]


def test_previous_run_figures_from_stored_counts_match_its_claims(pipeline_warehouse):
    with reading(pipeline_warehouse.db) as conn:
        run_id = pipeline_warehouse.run_id
        stored = previous_figures(conn, run_id)
        counted = PreviousRun.from_frames(
            run_id,
            articles=frame(conn, "SELECT article_id FROM extracted_articles WHERE run_id = ?", [run_id]),
            claims=frame(conn, "SELECT article_id, attribution_kind FROM claims WHERE run_id = ?", [run_id]),
        )
    assert stored.claims_per_article.height > 0
    assert stored.claims_per_article.sort("article_id").equals(counted.claims_per_article.sort("article_id"))
    assert stored.unattributed_share == pytest.approx(counted.unattributed_share)
    assert stored.mean_claims_per_article == pytest.approx(counted.mean_claims_per_article)


def test_previous_run_without_claims_has_no_unattributed_share(pipeline_warehouse):
    with reading(pipeline_warehouse.db) as conn:
        figures = previous_figures(conn, "no-such-run")
    assert figures.claims_per_article.height == 0 and figures.unattributed_share is None
