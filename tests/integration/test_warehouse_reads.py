"""Reads the flows make of a built warehouse: rows by key, and the previous run's figures from stored counts."""

from __future__ import annotations

import polars as pl
import pytest

from expectations.suites import PreviousRun
from flows.validate import previous_figures
from warehouse.connection import reading
from warehouse.load import INDEX_LOOKUP_MAX, frame, frame_of_ids

ARTICLES_BY_ID = (
    "SELECT a.article_id, a.title, r.text FROM articles a JOIN raw_articles r USING (article_id) "
    "WHERE a.article_id IN ({ids}) AND r.article_id IN ({ids})"
)


def test_rows_by_key_are_the_same_for_no_few_and_many_keys(pipeline_warehouse):
    with reading(pipeline_warehouse.db) as conn:
        everything = frame(
            conn,
            "SELECT a.article_id, a.title, r.text FROM articles a JOIN raw_articles r USING (article_id)",
        )
        ids = everything["article_id"].to_list()
        few = frame_of_ids(conn, ARTICLES_BY_ID, ids[:2])
        none = frame_of_ids(conn, ARTICLES_BY_ID, [])
        # Past the index lookup's limit the keys are joined instead; unknown keys match nothing either way.
        many = frame_of_ids(conn, ARTICLES_BY_ID, ids + [f"missing-{i}" for i in range(INDEX_LOOKUP_MAX)])
    assert few.sort("article_id").equals(
        everything.filter(pl.col("article_id").is_in(ids[:2])).sort("article_id")
    )
    assert none.height == 0 and none.columns == everything.columns
    assert many.sort("article_id").equals(everything.sort("article_id"))


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
