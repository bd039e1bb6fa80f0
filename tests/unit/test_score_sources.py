"""Outlet and originator scoring on small inline claim tables with known answers.

Each case pins one promise of the issue: an outlier loses, copies count once, a lone claim is
never self-confirmed, old and new tolls are different facts, thin evidence is flagged, and
attribution kinds are ordered.
"""

from datetime import date, datetime

import polars as pl
import pytest

from credence.score import INSUFFICIENT, ScoringParams, score_sources
from credence.score.attribution import claim_weight

SUBJECTS = ("North Korea", "Russia", "Ukraine", "Syria")


def claim(cid, source, low, high=None, qualifier="exact", subject="North Korea", day=(2024, 12, 2), group=None,
          originator=None, kind="organization", hedged=False, measure="killed", counted=None, core=True, unit=None):  # fmt: skip
    return {
        "claim_id": cid, "article_id": f"art-{cid}", "source": source, "published_at": datetime(*day),
        "copy_group": group or f"art-{cid}", "measure": measure, "subject": subject, "core": core,
        "value_low": float(low) if low is not None else None,
        "value_high": float(low if high is None and qualifier in ("exact", "approx") else high) if (high is not None or qualifier in ("exact", "approx")) else None,
        "qualifier": qualifier, "unit": unit, "attribution_kind": kind, "originator": originator, "hedged": hedged,
        "counted": counted,
    }  # fmt: skip


def frame(rows):
    return pl.DataFrame(
        rows,
        schema_overrides={"value_low": pl.Float64, "value_high": pl.Float64, "originator": pl.String, "counted": pl.String, "unit": pl.String},
    )  # fmt: skip


def outlet_roles(result):
    evidence = result.evidence.filter(pl.col("source_kind") == "outlet").sort("claim_id")
    return dict(zip(evidence["claim_id"], evidence["role"], strict=True))


NO_QUOTES = pl.DataFrame(
    schema={"article_id": pl.String, "source": pl.String, "speaker": pl.String, "speaker_kind": pl.String}
)


def four_facts(liar_factor=3.0):
    rows = []
    for n, subject in enumerate(SUBJECTS):
        base = 1000 * (n + 1)
        cited = {"A": "NIS", "B": "Ukrainian intelligence", "C": "NIS"}
        rows += [claim(f"{subject}-{s}", s, base, subject=subject, originator=o) for s, o in cited.items()]
        rows.append(
            claim(f"{subject}-liar", "Liar", base * liar_factor, subject=subject, originator="Blogger")
        )
    return rows


def score(rows, quotes=NO_QUOTES, params=None):
    return score_sources(frame(rows), quotes, params)


def row_of(result, source, kind="outlet"):
    return result.scores.filter((pl.col("source_id") == source) & (pl.col("source_kind") == kind)).row(
        0, named=True
    )


def test_lone_outlier_source_loses():
    result = score(four_facts())
    liar, honest = row_of(result, "Liar"), row_of(result, "A")
    assert liar["consistency_score"] < 0.3 < 0.7 < honest["consistency_score"]
    assert liar["reliability_score"] < honest["reliability_score"]
    roles = result.evidence.filter(pl.col("source_id") == "Liar")["role"].unique().to_list()
    assert roles == ["conflicts"]


def test_conflicting_claims_of_others_are_listed_for_the_outlier():
    result = score(four_facts())
    listed = result.conflicts.filter((pl.col("source_id") == "Liar") & (pl.col("claim_id") == "Russia-liar"))
    assert sorted(listed["conflicting_source_id"].to_list()) == ["A", "B", "C"]


def test_copied_articles_do_not_double_a_vote():
    # Two outlets say 100 independently; three run one syndicated story saying 200.
    rows = [claim("i1", "P", 100), claim("i2", "Q", 100)]
    rows += [claim(f"c{k}", s, 200, group="wire-1") for k, s in enumerate(("X", "Y", "Z"))]
    counted_once = score(rows).facts.row(0, named=True)
    assert counted_once["consensus_low"] <= 100 <= counted_once["consensus_high"]
    independent = [claim("i1", "P", 100), claim("i2", "Q", 100)] + [
        claim(f"c{k}", s, 200) for k, s in enumerate(("X", "Y", "Z"))
    ]
    as_independent = score(independent).facts.row(0, named=True)
    assert as_independent["consensus_low"] <= 200 <= as_independent["consensus_high"]


def test_a_copy_never_confirms_the_story_it_copies():
    rows = [claim("a", "X", 200, group="wire-1"), claim("b", "Y", 200, group="wire-1")]
    evidence = score(rows).evidence.filter(pl.col("source_kind") == "outlet")
    assert evidence["role"].to_list() == ["uncompared", "uncompared"]


def test_source_alone_on_a_fact_is_uncompared_even_when_it_repeats_itself():
    rows = four_facts() + [
        claim("mars-1", "Lone", 42, subject="Mars"),
        claim("mars-2", "Lone", 42, subject="Mars"),
    ]
    result = score(rows)
    lone = result.evidence.filter(pl.col("source_id") == "Lone")
    assert lone["role"].to_list() == ["uncompared", "uncompared"]
    assert lone["agreement"].null_count() == 2
    assert row_of(result, "Lone")["n_compared"] == 0


def test_one_claim_source_gets_a_wide_interval_and_insufficient_evidence():
    result = score(four_facts() + [claim("lucky", "Lucky", 1000)])
    lucky = row_of(result, "Lucky")
    assert lucky["evidence_status"] == INSUFFICIENT
    assert lucky["reliability_score"] is None
    assert lucky["reliability_high"] - lucky["reliability_low"] > 0.5
    board = result.scores.filter(pl.col("source_kind") == "outlet").sort(
        "reliability_score", descending=True, nulls_last=True
    )
    assert board["source_id"][0] in {"A", "B", "C"}


def test_time_windows_keep_an_old_and_a_new_toll_apart():
    rows = [claim("jan", "A", 1000, day=(2024, 1, 10)), claim("jun", "B", 5000, day=(2024, 6, 10))]
    result = score(rows)
    assert result.facts.height == 2
    assert result.evidence["role"].unique().to_list() == ["uncompared"]
    # Troops deployed can be withdrawn: 1,000 and 5,000 two days apart are two readings of one figure.
    same_month = score(
        [
            claim("a", "A", 1000, day=(2024, 1, 10), measure="deployed"),
            claim("b", "B", 5000, day=(2024, 1, 12), measure="deployed"),
        ]
    )
    assert same_month.evidence.filter(pl.col("source_kind") == "outlet")["role"].unique().to_list() == [
        "conflicts"
    ]


def test_interval_claims_agree_and_share_a_consensus():
    rows = [
        claim("more", "A", 1000, qualifier="lower_bound"),
        claim("about", "B", 1100, qualifier="approx"),
        claim("exact", "C", 1050),
    ]
    result = score(rows)
    fact = result.facts.row(0, named=True)
    assert 1000 <= fact["consensus_low"] <= 1050 <= fact["consensus_high"] <= 1265
    assert set(result.evidence.filter(pl.col("source_kind") == "outlet")["role"]) == {"supports"}


def test_originators_are_scored_as_a_second_layer():
    result = score(four_facts())
    originators = result.scores.filter(pl.col("source_kind") == "originator")
    assert sorted(originators["source_id"].to_list()) == ["Blogger", "NIS", "Ukrainian intelligence"]
    # NIS, cited by two outlets, is still one voter per fact.
    nis = result.evidence.filter((pl.col("source_id") == "NIS") & (pl.col("role") == "supports"))
    assert nis.height == 8
    assert (
        row_of(result, "Blogger", "originator")["consistency_score"]
        < row_of(result, "NIS", "originator")["consistency_score"]
    )


def test_scores_lie_inside_their_intervals_and_in_unit_range():
    scores = score(four_facts() + [claim("lucky", "Lucky", 1000)]).scores
    for prefix in ("reliability", "consistency", "attribution"):
        checked = scores.filter(pl.col(f"{prefix}_score").is_not_null())
        assert (checked[f"{prefix}_low"] <= checked[f"{prefix}_score"]).all()
        assert (checked[f"{prefix}_score"] <= checked[f"{prefix}_high"]).all()
        assert scores[f"{prefix}_low"].min() >= 0 and scores[f"{prefix}_high"].max() <= 1


def test_every_fact_id_in_the_evidence_is_a_fact():
    result = score(four_facts())
    referenced = set(result.evidence["fact_id"].drop_nulls()) | set(result.fact_claims["fact_id"])
    assert referenced <= set(result.facts["fact_id"])
    assert result.facts["fact_id"].is_unique().all()


def test_fact_ids_are_stable_across_runs_and_row_order():
    rows = four_facts()
    first = score(rows).facts.sort("fact_id")["fact_id"].to_list()
    again = score(list(reversed(rows))).facts.sort("fact_id")["fact_id"].to_list()
    assert first == again


@pytest.mark.parametrize(
    ("stronger", "weaker"),
    [("person", "organization"), ("organization", "anonymous"), ("document", "anonymous"),
     ("anonymous", "vague"), ("vague", "none")],
)  # fmt: skip
def test_attribution_kinds_are_ordered(stronger, weaker):
    kinds = pl.DataFrame({"attribution_kind": [stronger, weaker], "hedged": [False, False]})
    high, low = kinds.select(claim_weight(ScoringParams()))["attribution_weight"].to_list()
    assert high > low


def test_organization_and_document_weigh_about_the_same():
    kinds = pl.DataFrame({"attribution_kind": ["organization", "document"], "hedged": [False, False]})
    org, doc = kinds.select(claim_weight(ScoringParams()))["attribution_weight"].to_list()
    assert abs(org - doc) <= 0.1


def test_hedged_claim_weighs_less_than_the_same_claim_unhedged():
    kinds = pl.DataFrame({"attribution_kind": ["person", "person"], "hedged": [True, False]})
    hedged, plain = kinds.select(claim_weight(ScoringParams()))["attribution_weight"].to_list()
    assert hedged < plain


def test_outlet_citing_named_people_scores_higher_attribution_than_one_citing_nobody():
    rows = [claim(f"p{k}", "Named", 100 + k, subject=f"s{k}", kind="person") for k in range(4)]
    rows += [claim(f"n{k}", "Vague", 100 + k, subject=f"s{k}", kind="none") for k in range(4)]
    quotes = pl.DataFrame(
        {
            "article_id": ["art-p0", "art-n0"],
            "source": ["Named", "Vague"],
            "speaker": ["Kim Jong Un", None],
            "speaker_kind": ["person", "unknown"],
        }
    )
    result = score(rows, quotes)
    named, vague = row_of(result, "Named"), row_of(result, "Vague")
    assert named["attribution_score"] > vague["attribution_score"]
    assert (named["n_person"], named["quotes_identified"], vague["n_none"], vague["quotes_unidentified"]) == (
        4,
        1,
        4,
        1,
    )


def test_claims_a_day_apart_across_a_month_boundary_are_one_fact_and_claims_40_days_apart_are_two():
    # 2021-07-31 / 2021-08-01: a month's end that is also where a fixed 30-day grid counted from
    # 1970-01-01 would cut (2021-08-01 is day 18840 = 30 * 628).
    across_month = score([claim("a", "A", 1000, day=(2021, 7, 31)), claim("b", "B", 1000, day=(2021, 8, 1))])
    assert across_month.facts.height == 1
    assert set(across_month.evidence.filter(pl.col("source_kind") == "outlet")["role"]) == {"supports"}
    far_apart = score([claim("a", "A", 1000, day=(2024, 1, 1)), claim("b", "B", 1000, day=(2024, 2, 10))])
    assert far_apart.facts.height == 2
    assert set(far_apart.evidence["role"]) == {"uncompared"}


def test_a_window_takes_claims_near_its_opening_and_does_not_chain():
    # Days 0, 20 and 40: the window opened on day 0 takes day 20 but not day 40, although
    # day 40 is within 30 days of day 20; day 40 opens the next window.
    rows = [
        claim(f"c{k}", f"S{k}", 1000, day=(2024, 3, 1 + 20 * k) if k < 2 else (2024, 4, 10)) for k in range(3)
    ]
    facts = score(rows).facts.sort("window_start")
    assert facts["n_claims"].to_list() == [2, 1]
    assert [str(d) for d in facts["window_start"]] == ["2024-03-01", "2024-04-10"]


def test_fact_windows_do_not_depend_on_a_fixed_calendar_grid():
    # Two claims a day apart, whatever the day: always one fact, opened on the earlier day.
    from datetime import date, timedelta

    for offset in range(0, 60, 7):
        first = date(2024, 1, 1) + timedelta(days=offset)
        second = first + timedelta(days=1)
        facts = score(
            [claim("a", "A", 5, day=first.timetuple()[:3]), claim("b", "B", 5, day=second.timetuple()[:3])]
        ).facts
        assert facts.height == 1
        assert facts["window_start"][0] == first


def test_undated_claims_form_their_own_window():
    rows = [claim("dated", "A", 1000, day=(2024, 5, 2)), claim("undated", "B", 1000)]
    table = frame(rows).with_columns(
        published_at=pl.when(pl.col("claim_id") == "undated").then(None).otherwise(pl.col("published_at"))
    )
    facts = score_sources(table, NO_QUOTES).facts
    assert facts.height == 2
    assert facts["window_start"].null_count() == 1


def test_the_same_input_gives_identical_frames_row_for_row():
    rows = four_facts() + [claim("copy-1", "Mirror", 1000, group="art-North Korea-A", originator="NIS")]
    first, again = score(rows), score(rows)
    for name in ("scores", "facts", "originator_facts", "evidence", "fact_claims", "conflicts"):
        assert getattr(first, name).equals(getattr(again, name)), name


def test_strongest_conflicts_keep_the_sharpest_disagreements_per_claim():
    from credence.score import strongest_conflicts

    pairs = pl.DataFrame(
        {
            "source_id": ["a"] * 6 + ["b"],
            "source_kind": ["outlet"] * 7,
            "claim_id": ["c1"] * 6 + ["c2"],
            "fact_id": ["f"] * 7,
            "conflicting_claim_id": ["x1", "x2", "x3", "x4", "x5", "x6", "x7"],
            "conflicting_source_id": ["s"] * 7,
            "agreement": [0.4, 0.1, None, 0.3, 0.1, 0.05, 0.9],
        }
    )
    kept = strongest_conflicts(pairs, per_claim=3)
    assert kept.filter(pl.col("claim_id") == "c1")["conflicting_claim_id"].to_list() == ["x6", "x2", "x5"]
    assert kept.filter(pl.col("claim_id") == "c2")["conflicting_claim_id"].to_list() == ["x7"]


# What a fact is: the same subject, measure, unit and counted noun (read by `counted_key`).


@pytest.mark.parametrize(
    ("counted", "measure", "subject", "key"),
    [
        (None, "killed", "Syria", ""),
        ("deaths", "killed", "Syria", ""),
        ("people", "killed", "Syria", ""),
        ("lives", "killed", "Syria", ""),
        ("death toll", "killed", "Syria", ""),
        ("others", "wounded", "Syria", ""),
        ("Americans", "killed", "United States", ""),
        ("North Koreans", "killed", "North Korea", ""),
        ("Russians", "killed", "Ukraine", "russian"),
        ("soldiers", "killed", "North Korea", "troop"),
        ("troops", "killed", "North Korea", "troop"),
        ("North Korean soldiers", "killed", "North Korea", "troop"),
        ("service members", "deployed", "United States", ""),
        ("troops", "deployed", "North Korea", ""),
        ("children", "killed", "Syria", "child"),
        ("civilian deaths", "killed", "Syria", "civilian"),
        ("overdose deaths", "killed", "United States", "overdose"),
        ("people worldwide", "killed", "China", "person worldwide"),
        ("cases", "cases", "Italy", ""),
        ("confirmed cases", "cases", "Italy", ""),
        ("reported cases", "cases", "Italy", ""),
        ("new cases", "cases", "Italy", "new"),  # the day's increase, not the total so far
        ("new confirmed infections", "infected", "Italy", "new"),
        ("nuclear tests", "tested", "North Korea", "nuclear"),
        ("tweets", "deployed", "Russia", "tweet"),
    ],
)
def test_counted_key_reads_what_a_figure_counts(counted, measure, subject, key):
    from credence.score.consistency import counted_key

    assert counted_key(counted, measure, subject) == key


def test_different_counted_nouns_are_different_facts():
    rows = [claim("people", "A", 50, counted="people"), claim("children", "B", 12, counted="children")]
    result = score(rows)
    assert result.facts.height == 2
    assert set(result.facts["counted"].to_list()) == {"child", None}
    assert set(outlet_roles(result).values()) == {"uncompared"}


def test_words_for_the_whole_toll_and_synonyms_count_the_same_thing():
    rows = [
        claim("deaths", "A", 1000, counted="deaths", subject="United States"),
        claim("americans", "B", 1000, counted="Americans", subject="United States"),
        claim("bare", "C", 1000, counted=None, subject="United States"),
        claim("soldiers", "D", 600, counted="soldiers"),
        claim("troops", "E", 40, counted="troops"),
    ]
    result = score(rows)
    assert sorted(result.facts["n_claims"].to_list()) == [2, 3]
    assert outlet_roles(result) == {
        "americans": "supports", "bare": "supports", "deaths": "supports", "soldiers": "conflicts", "troops": "conflicts",
    }  # fmt: skip


def test_a_demonym_of_another_country_is_not_the_whole():
    rows = [
        claim("all", "A", 1000, counted="people", subject="Ukraine"),
        claim("rus", "B", 200, counted="Russians", subject="Ukraine"),
    ]
    assert score(rows).facts.height == 2


def test_claims_that_are_not_core_do_not_vote_by_default():
    # "47% of Americans" and "12% of Americans": two poll answers, not two reports of one figure.
    rows = [
        claim("poll-1", "A", 47, measure="share", unit="percent", core=False, counted="Americans"),
        claim("poll-2", "B", 12, measure="share", unit="percent", core=False, counted="Americans"),
    ]
    result = score(rows)
    assert result.facts.height == 0
    assert set(outlet_roles(result).values()) == {"uncompared"}
    assert result.evidence["fact_id"].null_count() == result.evidence.height
    compared = score(rows, params=ScoringParams(core_only=False))
    assert compared.facts.height == 1
    assert set(outlet_roles(compared).values()) == {"conflicts"}


def test_different_units_are_different_facts():
    rows = [
        claim("usd", "A", 5, measure="casualties", unit="USD"),
        claim("eur", "B", 500, measure="casualties", unit="EUR"),
    ]
    assert score(rows).facts.height == 2


def test_the_counted_column_may_be_left_out():
    rows = frame(four_facts()).drop("counted")
    result = score_sources(rows, NO_QUOTES)
    assert result.facts.height == 4
    assert result.facts["counted"].null_count() == 4


def test_facts_of_the_whole_keep_their_ids_and_narrower_facts_get_their_own():
    from datetime import date

    from credence.score.consistency import fact_id_of

    rows = [
        claim("all", "A", 50, counted="deaths", day=(2024, 12, 2)),
        claim("kids", "B", 9, counted="children", day=(2024, 12, 2)),
    ]
    ids = dict(zip(score(rows).facts["counted"].fill_null(""), score(rows).facts["fact_id"], strict=True))
    assert ids[""] == fact_id_of("north korea", "killed", "", date(2024, 12, 2))
    assert ids["child"] == fact_id_of("north korea", "killed", "", date(2024, 12, 2), "child")
    assert ids["child"] != ids[""]


# Cumulative counts (a toll, the cases so far) only grow: reports are read in publication order.


def growing_toll(extra=()):
    rows = [
        claim("d10", "A", 1000, day=(2024, 1, 10)),
        claim("d11", "B", 1200, day=(2024, 1, 11)),
        claim("d12", "C", 1500, day=(2024, 1, 12)),
    ]
    return rows + list(extra)


def test_a_later_higher_cumulative_toll_does_not_conflict_with_an_earlier_lower_one():
    result = score(
        [claim("early", "A", 1000, day=(2024, 1, 10)), claim("late", "B", 5000, day=(2024, 1, 12))]
    )
    assert outlet_roles(result) == {"early": "supports", "late": "supports"}
    assert result.conflicts.height == 0
    fact = result.facts.row(0, named=True)
    assert fact["consensus_low"] <= 5000 <= fact["consensus_high"]  # the latest day's consensus


def test_an_earlier_dated_report_higher_than_a_later_one_of_a_cumulative_count_conflicts():
    result = score(
        [claim("early", "A", 5000, day=(2024, 1, 10)), claim("late", "B", 1000, day=(2024, 1, 12))]
    )
    assert outlet_roles(result) == {
        "early": "conflicts",
        "late": "conflicts",
    }  # two reports: either may be wrong
    pairs = result.conflicts.filter(pl.col("source_kind") == "outlet")
    assert sorted(zip(pairs["claim_id"], pairs["conflicting_claim_id"], strict=True)) == [
        ("early", "late"),
        ("late", "early"),
    ]


def test_a_growing_series_outvotes_an_early_overstatement_and_a_late_understatement():
    rows = growing_toll(
        [claim("over", "Over", 5000, day=(2024, 1, 11)), claim("under", "Under", 300, day=(2024, 1, 13))]
    )
    result = score(rows)
    assert outlet_roles(result) == {
        "d10": "supports",
        "d11": "supports",
        "d12": "supports",
        "over": "conflicts",
        "under": "conflicts",
    }
    # The others of "under" (published last) say the toll had reached 1,500 the day before.
    under = result.evidence.filter(pl.col("claim_id") == "under").row(0, named=True)
    assert under["loo_consensus_low"] >= 1400
    conflicting = result.conflicts.filter(pl.col("claim_id") == "d10")["conflicting_claim_id"].to_list()
    assert conflicting == ["under"]  # 5,000 the next day is growth, not a contradiction of 1,000


def test_cumulative_reports_of_the_same_day_are_compared_as_they_are():
    rows = [
        claim("a", "A", 1000, day=(2024, 1, 10)),
        claim("b", "B", 1010, day=(2024, 1, 10)),
        claim("c", "C", 5000, day=(2024, 1, 10)),
    ]
    assert outlet_roles(score(rows)) == {"a": "supports", "b": "supports", "c": "conflicts"}


def test_each_claim_agrees_with_the_consensus_of_its_own_day():
    rows = growing_toll([claim("d12-too", "D", 1500, day=(2024, 1, 12))])
    result = score(rows)
    fact = result.facts.row(0, named=True)
    assert fact["consensus_low"] <= 1500 <= fact["consensus_high"] < 1600
    agreed = result.fact_claims.filter(pl.col("source_kind") == "outlet")
    assert agreed["agrees_with_consensus"].all()


def test_a_voter_reporting_a_growing_toll_on_several_days_is_never_compared_with_itself():
    rows = [claim(f"own-{d}", "Lone", 1000 + 100 * d, day=(2024, 1, 10 + d)) for d in range(3)]
    result = score(rows)
    assert set(outlet_roles(result).values()) == {"uncompared"}
    # With others, its claims of every day are judged against the others only.
    result = score(rows + [claim("other", "B", 1300, day=(2024, 1, 13))])
    assert set(outlet_roles(result).values()) == {"supports"}


def test_a_copy_published_on_a_later_day_does_not_confirm_the_story_it_copies():
    rows = [
        claim("wire", "X", 1000, day=(2024, 1, 10), group="wire-1"),
        claim("reprint", "Y", 1000, day=(2024, 1, 11), group="wire-1"),
    ]
    assert set(outlet_roles(score(rows)).values()) == {"uncompared"}


def test_stocks_that_can_fall_are_not_read_in_publication_order():
    rows = [
        claim("early", "A", 1000, day=(2024, 1, 10), measure="deployed"),
        claim("late", "B", 5000, day=(2024, 1, 12), measure="deployed"),
    ]
    assert set(outlet_roles(score(rows)).values()) == {"conflicts"}
    ordered = ScoringParams(cumulative_measures=("deployed",))
    assert set(outlet_roles(score(rows, params=ordered)).values()) == {"supports"}


def test_the_same_cumulative_input_gives_identical_frames_row_for_row():
    rows = growing_toll(
        [
            claim("over", "Over", 5000, day=(2024, 1, 11)),
            claim("copy", "Mirror", 1200, day=(2024, 1, 12), group="art-d11"),
        ]
    )
    rows += four_facts()
    first, again = score(rows), score(list(reversed(rows)))
    for name in ("scores", "facts", "originator_facts"):
        assert getattr(first, name).equals(getattr(again, name)), name
    for name in ("evidence", "fact_claims", "conflicts"):
        keys = [
            c
            for c in ("source_kind", "claim_id", "conflicting_claim_id")
            if c in getattr(first, name).columns
        ]
        assert getattr(first, name).sort(keys).equals(getattr(again, name).sort(keys)), name


def test_a_daily_rate_of_a_cumulative_measure_is_its_own_fact_read_as_one_value():
    # A daily average is no total so far: it neither confirms nor contradicts one, and it may fall.
    rows = [
        claim("total", "A", 20000, measure="cases", day=(2024, 1, 10)),
        claim("rate-early", "B", 900, measure="cases", unit="per day", day=(2024, 1, 11)),
        claim("rate-late", "C", 900, measure="cases", unit="per day", day=(2024, 1, 12)),
        claim("rate-echo", "D", 900, measure="cases", unit="per day", day=(2024, 1, 12)),
    ]
    result = score(rows)
    facts = result.facts.select("unit", "n_claims").sort("n_claims").rows()
    assert facts == [(None, 1), ("per day", 3)]
    assert result.conflicts.height == 0
    rising = score(
        [
            claim("rate-low", "B", 500, measure="cases", unit="per day", day=(2024, 1, 11)),
            claim("rate-high", "C", 900, measure="cases", unit="per day", day=(2024, 1, 12)),
            claim("rate-high2", "D", 900, measure="cases", unit="per day", day=(2024, 1, 12)),
        ]
    )
    # Read as one value of its window, not as a toll that may only have grown since: the two
    # agreeing reports outvote the lone earlier one.
    assert outlet_roles(rising) == {
        "rate-low": "conflicts",
        "rate-high": "supports",
        "rate-high2": "supports",
    }


def test_new_cases_are_an_increase_read_as_one_value_not_a_total_that_only_grows():
    rows = [
        claim("new-low", "B", 500, measure="cases", counted="new cases", day=(2024, 1, 10)),
        claim("new-high", "C", 900, measure="cases", counted="new cases", day=(2024, 1, 12)),
        claim("new-high2", "D", 900, measure="cases", counted="new cases", day=(2024, 1, 12)),
        claim("total", "A", 20000, measure="cases", counted="cases", day=(2024, 1, 10)),
    ]
    result = score(rows)
    assert sorted(result.facts["counted"].fill_null("").to_list()) == ["", "new"]
    roles = outlet_roles(result)
    assert (roles["new-low"], roles["new-high"], roles["new-high2"]) == ("conflicts", "supports", "supports")


def test_daily_figures_a_week_apart_are_two_facts_while_totals_a_week_apart_are_one():
    rows = [
        claim("rate-1", "A", 900, measure="cases", unit="per day", day=(2024, 1, 10)),
        claim("rate-2", "B", 400, measure="cases", unit="per day", day=(2024, 1, 17)),
        claim("total-1", "A", 20000, measure="cases", day=(2024, 1, 10)),
        claim("total-2", "B", 24000, measure="cases", day=(2024, 1, 17)),
    ]
    facts = score(rows).facts
    assert facts.filter(pl.col("unit") == "per day").height == 2
    assert facts.filter(pl.col("unit").is_null()).height == 1
    assert facts.filter(pl.col("unit") == "per day")["window_end"].to_list() == [
        date(2024, 1, 11),
        date(2024, 1, 18),
    ]


def test_a_fraction_in_words_and_a_percentage_of_the_same_whole_are_one_fact():
    rows = [
        claim("words", "A", 2 / 3, measure="senator_share", unit="fraction", core=False),
        claim("digits", "B", 67, qualifier="approx", measure="senator_share", unit="percent", core=False),
    ]
    result = score(rows, params=ScoringParams(core_only=False))
    assert result.facts.height == 1
    assert set(result.evidence.filter(pl.col("source_kind") == "outlet")["role"]) == {"supports"}


def _best_path_of_one_block(support: list[list[float]]) -> list[list[float]]:
    """The most support of a non-decreasing path through (day, point) of one block, by brute force."""
    days, points = len(support), len(support[0])

    def best_from(k: int, lowest: int, step: int) -> float:
        # The best a path can add from day k on (step +1) or down (step -1), staying at or above
        # (or at or below) point `lowest`.
        if not 0 <= k < days:
            return 0.0
        allowed = range(lowest, points) if step > 0 else range(0, lowest + 1)
        return max(support[k][j] + best_from(k + step, j, step) for j in allowed)

    return [
        [best_from(k - 1, j, -1) + support[k][j] + best_from(k + 1, j, +1) for j in range(points)]
        for k in range(days)
    ]


def test_best_paths_of_blocks_of_many_shapes_equal_a_brute_force_search():
    import numpy as np

    from credence.score.consistency import _best_paths, _paths

    rng = np.random.default_rng(7)
    # Shapes repeat (their blocks are gathered together); a one-day block keeps its support.
    shapes = [(1, 3), (2, 1), (2, 3), (3, 2), (3, 2), (4, 3), (2, 3), (3, 4)]
    days = np.array([d for d, _ in shapes])
    points = np.array([p for _, p in shapes])
    sizes = days * points
    start = np.cumsum(sizes) - sizes
    support = rng.integers(0, 10, size=int(sizes.sum())).astype(float)

    best = _best_paths(support, _paths(start, days, points))

    for (d, p), first in zip(shapes, start.tolist(), strict=True):
        block = support[first : first + d * p].reshape(d, p)
        expected = block if d == 1 else np.array(_best_path_of_one_block(block.tolist()))
        assert best[first : first + d * p].reshape(d, p).tolist() == expected.tolist(), (d, p)
