"""The scores of a pipeline run on the seeds: their structure and invariants, not hard-coded numbers.

The numbers move whenever extraction or scoring improves; what must hold is that every source is
scored with a proper interval, that thin evidence is said to be thin, and that every score can be
traced to the claims behind it.
"""

from __future__ import annotations

import polars as pl
import pytest

from warehouse.connection import reading


@pytest.fixture(scope="module")
def scored(pipeline_warehouse):
    with reading(pipeline_warehouse.db) as conn:
        tables = {
            name: conn.execute(f"SELECT * FROM {name}").pl()
            for name in ("source_scores", "facts", "fact_claims", "score_evidence", "claims", "articles")
        }
    tables["source_scores"] = tables["source_scores"].filter(pl.col("run_id") == pipeline_warehouse.run_id)
    return tables


def test_every_outlet_with_an_unquarantined_article_is_scored(scored, pipeline_warehouse):
    with reading(pipeline_warehouse.db) as conn:
        quarantined = {
            r[0]
            for r in conn.execute("SELECT row_id FROM quarantine WHERE table_name = 'articles'").fetchall()
        }
    outlets = set(scored["articles"].filter(~pl.col("article_id").is_in(list(quarantined)))["source_id"])
    scored_outlets = set(scored["source_scores"].filter(pl.col("source_kind") == "outlet")["source_id"])
    assert outlets <= scored_outlets


def test_scores_lie_in_their_intervals_and_thin_evidence_is_marked(scored):
    scores = scored["source_scores"]
    for family in ("reliability", "consistency", "attribution"):
        score, low, high = (pl.col(f"{family}_{part}") for part in ("score", "low", "high"))
        assert scores.filter((low < 0) | (high > 1) | (low > high)).height == 0
        assert scores.filter(score.is_not_null() & ((score < low) | (score > high))).height == 0
    insufficient = scores.filter(pl.col("evidence_status") == "insufficient evidence")
    assert insufficient.filter(pl.col("reliability_score").is_not_null()).height == 0
    ok = scores.filter(pl.col("evidence_status") == "ok")
    assert ok.filter(pl.col("reliability_score").is_null()).height == 0
    assert set(scores["evidence_status"]) <= {"ok", "insufficient evidence"}


def test_a_source_with_one_claim_has_a_wide_interval(scored):
    single = scored["source_scores"].filter(pl.col("n_claims") <= 1)
    assert single.height > 0
    assert (single["reliability_high"] - single["reliability_low"]).min() > 0.5


def test_every_evidence_row_points_at_a_stored_claim_and_fact(scored):
    evidence = scored["score_evidence"]
    assert evidence.height > 0
    assert evidence.join(scored["claims"], on="claim_id", how="anti").height == 0
    with_fact = evidence.filter(pl.col("fact_id").is_not_null())
    assert with_fact.join(scored["facts"], on="fact_id", how="anti").height == 0
    assert set(evidence["role"]) <= {"supports", "conflicts", "uncompared"}
    compared = evidence.filter(pl.col("role") != "uncompared")
    assert compared.filter(pl.col("agreement").is_null()).height == 0


def test_the_contradicting_article_is_on_record_as_conflicting(scored):
    outlet_claims = scored["fact_claims"].filter(pl.col("source_kind") == "outlet")
    facts_with_several_sources = outlet_claims.group_by("fact_id").agg(
        pl.col("source_id").n_unique().alias("n")
    )
    assert facts_with_several_sources.filter(pl.col("n") > 1).height > 0
    assert scored["score_evidence"].filter(pl.col("role") == "conflicts").height > 0
