"""Incremental scoring: only the facts whose claims changed are judged again, under the last full fit's weights."""

from dataclasses import replace
from datetime import datetime, timedelta

import numpy as np
import polars as pl
import pytest

from credence.score import (
    Added,
    NeedsAllClaims,
    PreviousFit,
    ScoringParams,
    fact_keys,
    refit_due,
    score_sources,
)

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


def quotes_of(claims: pl.DataFrame, seed: int) -> pl.DataFrame:
    """A few quotes per article: by one of the originators, by a named person, or unidentified."""
    rng = np.random.default_rng(seed)
    rows = []
    for article, source in claims.select("article_id", "source").unique(maintain_order=True).iter_rows():
        for _ in range(int(rng.integers(0, 3))):
            pick = int(rng.integers(0, 7))
            speaker, kind = (
                (f"agency{pick}", "organization")
                if pick < 5
                else ("A. Person", "person")
                if pick == 5
                else (None, "unknown")
            )
            rows.append({"article_id": article, "source": source, "speaker": speaker, "speaker_kind": kind})
    return pl.DataFrame(rows, schema=QUOTES.schema)


def touched_by(after: pl.DataFrame, quotes: pl.DataFrame, first, new: pl.Series):
    """What an incremental scoring of the `new` articles is given (`Added`), as the flow reads it."""
    is_new = pl.col("article_id").is_in(new.implode())
    keys = fact_keys(after.filter(is_new)).drop_nulls().unique()
    ledger = first.state.claims
    mates = ledger.filter((pl.col("source_kind") == "outlet") & pl.col("fact_key").is_in(keys.implode()))
    claims = after.filter(is_new | pl.col("claim_id").is_in(mates["claim_id"].implode()))
    groups = after.filter(is_new).select(pl.coalesce("copy_group", "article_id")).to_series().unique()
    group_claims = after.filter(pl.coalesce("copy_group", "article_id").is_in(groups.implode()))
    speakers = pl.concat([after.filter(is_new)["originator"], quotes.filter(is_new)["speaker"]]).drop_nulls()
    quotes = quotes.filter(is_new | pl.col("speaker").is_in(speakers.implode()))
    state = replace(first.state, claims=ledger.filter(pl.col("claim_id").is_in(claims["claim_id"].implode())))
    return claims, quotes, state, Added(new, group_claims)


def sorted_frame(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select(sorted(frame.columns)).sort(pl.all(), nulls_last=True)


def assert_frames_match(mine: pl.DataFrame, theirs: pl.DataFrame, tolerance: float = 1e-9) -> None:
    """Equal row for row: exactly, but float columns to `tolerance` (sums taken in another order)."""
    mine, theirs = sorted_frame(mine), sorted_frame(theirs)
    assert mine.columns == theirs.columns and mine.height == theirs.height
    for column in mine.columns:
        if mine.schema[column].is_float():
            a, b = mine[column].to_numpy(), theirs[column].to_numpy()
            assert np.allclose(a, b, rtol=0, atol=tolerance, equal_nan=True), column
        else:
            assert mine[column].equals(theirs[column]), column


def test_scoring_only_what_added_articles_touch_gives_what_all_the_claims_give():
    before = corpus(80, seed=7)
    new_facts = corpus(6, seed=8, first=80)
    # New articles on facts already scored (outlet 11 far off), and one republishing an old article.
    late = before.filter(pl.col("subject").is_in(["Region 5", "Region 6"])).head(3)
    late = late.with_columns(
        claim_id=pl.col("claim_id") + "-late",
        article_id=pl.col("article_id") + "-late",
        copy_group=pl.col("article_id") + "-late",
        source=pl.lit("outlet11"),
        value_low=pl.col("value_low") * 3,
        value_high=pl.col("value_high") * 3,
        published_at=pl.col("published_at") + timedelta(days=1),
    )
    old = before.filter(pl.col("article_id") == before["article_id"][7])
    copy = old.with_columns(
        claim_id=pl.col("claim_id") + "-again", article_id=pl.lit("a-again"), source=pl.lit("outlet5")
    )
    added = pl.concat([new_facts, late, copy])
    after = pl.concat([before, added])
    # An originator the new claims do not cite, quoted in a new article: its quotes count again.
    before = before.with_columns(
        originator=pl.when(pl.col("claim_id") == before["claim_id"][0])
        .then(pl.lit("envoy"))
        .otherwise("originator")
    )
    after = pl.concat([before, added])
    quotes_before, quotes_added = quotes_of(before, seed=9), quotes_of(added, seed=10)
    envoy = {"source": "outlet1", "speaker": "envoy", "speaker_kind": "person"}
    quotes_before = pl.concat([quotes_before, pl.DataFrame([{"article_id": "a0-1", **envoy}])])
    quotes_added = pl.concat(
        [
            quotes_added,
            pl.DataFrame(
                [{"article_id": "a-again", "source": "outlet5", "speaker": "envoy", "speaker_kind": "person"}]
            ),
        ]
    )
    quotes = pl.concat([quotes_before, quotes_added])
    first = score_sources(before, quotes_before)
    everything = score_sources(after, quotes, INCREMENTAL, PreviousFit(first.state, before.height))
    claims, some_quotes, state, scope = touched_by(after, quotes, first, added["article_id"].unique())
    assert claims.height < after.height / 2
    scoped = score_sources(claims, some_quotes, INCREMENTAL, PreviousFit(state, before.height), scope)

    assert scoped.scoped and not scoped.refit and scoped.changed == everything.changed > 0
    for name in ("scores", "facts", "originator_facts", "evidence", "fact_claims", "conflicts"):
        assert_frames_match(getattr(scoped, name), getattr(everything, name))
    for name in ("replaced", "replaced_claims"):
        assert sorted_frame(getattr(scoped, name)).equals(sorted_frame(getattr(everything, name))), name
    for name in ("claims", "rows"):
        assert sorted_frame(getattr(scoped.state, name)).equals(sorted_frame(getattr(everything.state, name)))
    # The attribution counts it keeps are those of the sources the new articles changed, as all claims count them.
    touched = scoped.state.attribution
    assert touched.height > 0
    assert_frames_match(
        touched, everything.state.attribution.join(touched, on=["source_kind", "source_id"], how="semi")
    )
    with pytest.raises(NeedsAllClaims):
        score_sources(
            claims, some_quotes, ScoringParams(refit_fraction=0.0), PreviousFit(state, before.height), scope
        )
