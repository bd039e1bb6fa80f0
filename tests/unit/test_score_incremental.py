"""Incremental scoring: only the facts whose claims changed are judged again, under the last full fit's weights."""

from datetime import datetime, timedelta

import numpy as np
import polars as pl
import pytest

from credence.score import PreviousFit, ScoringParams, refit_due, score_sources

QUOTES = pl.DataFrame(
    schema={"article_id": pl.String, "source": pl.String, "speaker": pl.String, "speaker_kind": pl.String}
)
KINDS = ("person", "organization", "anonymous", "none")
INCREMENTAL = ScoringParams(refit_fraction=1.0)  # keep the fit, however much changed


def corpus(n_facts: int, seed: int, first: int = 0) -> pl.DataFrame:
    """Claims of 12 outlets on `n_facts` tolls: most near the truth, two outlets often far off, one
    outlet a copy of another; every claim cites one of five originators."""
    rng = np.random.default_rng(seed)
    rows = []
    day0 = datetime(2024, 1, 1)
    for f in range(first, first + n_facts):
        truth = 100.0 * (f % 17 + 1)
        subject = f"Region {f}"
        for s in rng.choice(12, size=int(rng.integers(3, 8)), replace=False):
            off = s in (10, 11) and rng.random() < 0.7
            value = truth * (2.5 if off else 1.0 + rng.normal(0, 0.01))
            cid = f"c{f}-{s}"
            rows.append(
                {
                    "claim_id": cid,
                    "article_id": f"a{f}-{s}",
                    "source": f"outlet{s}",
                    "published_at": day0 + timedelta(days=f % 40),
                    "copy_group": f"a{f}-{s}",
                    "measure": "killed",
                    "subject": subject,
                    "core": True,
                    "value_low": round(value),
                    "value_high": round(value),
                    "qualifier": "exact",
                    "unit": None,
                    "attribution_kind": KINDS[int(rng.integers(0, 4))],
                    "originator": f"agency{int(rng.integers(0, 5))}",
                    "hedged": False,
                    "counted": None,
                }
            )
            if s == 3:  # outlet 9 republishes outlet 3's article
                rows.append(
                    {**rows[-1], "claim_id": cid + "-copy", "article_id": f"a{f}-9c", "source": "outlet9"}
                )
    return pl.DataFrame(rows, schema_overrides={"unit": pl.String, "counted": pl.String})


def scores_of(result) -> pl.DataFrame:
    return result.scores.select("source_kind", "source_id", "consistency_score", "reliability_score").sort(
        "source_kind", "source_id"
    )


def applied(previous, delta, table: str, keys: list[str]) -> pl.DataFrame:
    """The previous scoring's table with the incremental scoring's rows in place of those it replaces."""
    replaced = delta.replaced_claims if table == "evidence" else delta.replaced
    kept = getattr(previous, table).join(replaced, on=keys, how="anti")
    return pl.concat([kept, getattr(delta, table)], how="vertical_relaxed")


def test_an_unchanged_corpus_rescored_incrementally_keeps_the_full_fits_scores():
    claims = corpus(60, seed=1)
    full = score_sources(claims, QUOTES)
    again = score_sources(claims, QUOTES, INCREMENTAL, PreviousFit(full.state, claims.height))

    assert not again.refit and again.changed == 0
    assert again.replaced.height == 0 and again.evidence.height == 0
    left, right = scores_of(full), scores_of(again)
    assert left.select("source_kind", "source_id").equals(right.select("source_kind", "source_id"))
    for column in ("consistency_score", "reliability_score"):
        assert np.allclose(left[column].to_numpy(), right[column].to_numpy(), atol=1e-12, equal_nan=True)


def test_incremental_scores_stay_close_to_a_full_rescore_and_touch_only_the_changed_facts():
    before = corpus(80, seed=2)
    added = corpus(6, seed=3, first=80)  # new facts
    # and new claims on facts already scored: outlet 11 disagrees with what it missed before
    extra = before.filter(pl.col("subject").is_in(["Region 5", "Region 6"])).head(2)
    extra = extra.with_columns(
        claim_id=pl.col("claim_id") + "-late", source=pl.lit("outlet11"), value_low=pl.col("value_low") * 3
    ).with_columns(value_high=pl.col("value_low"))
    after = pl.concat([before, added, extra])
    first = score_sources(before, QUOTES)
    incremental = score_sources(after, QUOTES, INCREMENTAL, PreviousFit(first.state, before.height))
    full = score_sources(after, QUOTES)

    assert not incremental.refit and incremental.changed == added.height + extra.height
    touched = set(incremental.replaced.filter(pl.col("source_kind") == "outlet")["fact_id"])
    assert touched == set(full.fact_claims.filter(pl.col("claim_id").is_in(added["claim_id"].to_list() + extra["claim_id"].to_list()) & (pl.col("source_kind") == "outlet"))["fact_id"])  # fmt: skip
    # The rows it writes, put in place of the ones they replace, cover exactly what a full rescore covers.
    for table, keys in (
        ("evidence", ["source_kind", "claim_id"]),
        ("fact_claims", ["source_kind", "fact_id"]),
    ):
        mine = applied(first, incremental, table, keys).select("source_kind", "claim_id").sort(pl.all())
        assert mine.equals(getattr(full, table).select("source_kind", "claim_id").sort(pl.all())), table
    # Scores move where the new claims say so, and land near the full rescore's.
    mine, theirs = scores_of(incremental), scores_of(full)
    assert mine.select("source_kind", "source_id").equals(theirs.select("source_kind", "source_id"))
    gap = np.abs(mine["consistency_score"].to_numpy() - theirs["consistency_score"].to_numpy())
    assert np.nanmax(gap) < 0.02
    outlet11 = (pl.col("source_kind") == "outlet") & (pl.col("source_id") == "outlet11")
    assert (
        mine.filter(outlet11)["consistency_score"][0]
        < scores_of(first).filter(outlet11)["consistency_score"][0]
    )


def test_a_removed_claim_leaves_its_fact_rescored_without_it():
    claims = corpus(40, seed=4)
    first = score_sources(claims, QUOTES)
    gone = claims["claim_id"][0]
    later = score_sources(
        claims.filter(pl.col("claim_id") != gone),
        QUOTES,
        INCREMENTAL,
        PreviousFit(first.state, claims.height),
    )
    assert later.changed == 1
    assert gone in later.replaced_claims["claim_id"].to_list()
    assert gone not in later.evidence["claim_id"].to_list()
    assert gone not in later.fact_claims["claim_id"].to_list()
    assert later.fact_claims.height > 0  # the others of its fact, judged again


@pytest.mark.parametrize(
    ("changed_since", "changed_now", "runs", "due"),
    [(0, 40, 0, False), (30, 30, 3, True), (0, 51, 0, True), (0, 1, 23, False), (0, 1, 24, True)],
)
def test_a_full_fit_is_due_when_the_claims_drifted_past_the_fraction_or_after_the_runs(
    changed_since, changed_now, runs, due
):
    previous = PreviousFit(
        state=None, claims_at_fit=1000, changed_since_fit=changed_since, runs_since_fit=runs
    )
    assert refit_due(previous, changed_now, ScoringParams(refit_fraction=0.05, refit_runs=24)) is due


def test_scoring_fits_anew_when_the_drift_is_due():
    before = corpus(50, seed=5)
    after = pl.concat([before, corpus(10, seed=6, first=50)])
    first = score_sources(before, QUOTES)
    refitted = score_sources(
        after, QUOTES, ScoringParams(refit_fraction=0.01), PreviousFit(first.state, before.height)
    )
    assert refitted.refit and refitted.replaced is None
    assert scores_of(refitted).equals(scores_of(score_sources(after, QUOTES)))
