"""The generic truth-discovery engine on tiny claim tables with known answers."""

import polars as pl

from credence.score import TruthParams, discover_truth


def truths(result):
    return dict(result.truths.select("item", "value").iter_rows())


def reliability(result):
    return dict(result.sources.select("source", "reliability").iter_rows())


def categorical_claims():
    # good1..good3 agree on every item; liar always says "x".
    rows = []
    for item in ["i1", "i2", "i3", "i4", "i5", "i6"]:
        for source in ["good1", "good2", "good3"]:
            rows.append((source, item, "a" + item))
        rows.append(("liar", item, "x"))
    return pl.DataFrame(rows, schema=["source", "item", "value"], orient="row")


def test_categorical_majority_of_reliable_sources_wins_and_liar_ranks_last():
    result = discover_truth(categorical_claims())
    assert truths(result)["i1"] == "ai1"
    scores = reliability(result)
    assert scores["liar"] < min(scores["good1"], scores["good2"], scores["good3"])


def test_reliable_source_outvotes_two_unreliable_ones_on_a_contested_item():
    rows = [(s, f"i{k}", f"v{k}") for k in range(8) for s in ("expert", "peer")]
    rows += [
        (s, f"i{k}", f"w{k}{s}") for k in range(8) for s in ("noisy1", "noisy2")
    ]  # always wrong, never agree
    rows += [("expert", "hard", "right"), ("noisy1", "hard", "wrong"), ("noisy2", "hard", "wrong")]
    result = discover_truth(
        pl.DataFrame(rows, schema=["source", "item", "value"], orient="row"),
        TruthParams(detect_copying=False),
    )
    assert truths(result)["hard"] == "right"


def test_numeric_values_near_each_other_support_each_other():
    claims = pl.DataFrame(
        {"source": ["a", "b", "c", "d"], "item": ["pop"] * 4, "value": [1000.0, 1001.0, 999.0, 5000.0]}
    )
    result = discover_truth(claims)
    assert truths(result)["pop"] in {1000.0, 1001.0, 999.0}


def test_one_claim_source_gets_a_wide_interval():
    rows = categorical_claims().rows() + [("newcomer", "i1", "ai1")]
    result = discover_truth(pl.DataFrame(rows, schema=["source", "item", "value"], orient="row"))
    table = {r["source"]: r for r in result.sources.iter_rows(named=True)}
    assert table["newcomer"]["high"] - table["newcomer"]["low"] > 0.5
    assert table["newcomer"]["high"] - table["newcomer"]["low"] > 2 * (
        table["good1"]["high"] - table["good1"]["low"]
    )
    assert table["newcomer"]["n_claims"] == 1


def copying_claims():
    # ind1..ind3 are mostly right and each errs on its own items; orig errs on 9..11 and
    # copy1, copy2 repeat orig everywhere. On item "t" the three copies outnumber two others.
    rows = []
    for k in range(12):
        for n, source in enumerate(("ind1", "ind2", "ind3")):
            rows.append((source, f"i{k}", f"{source}-slip{k}" if k // 3 == n else f"ok{k}"))
        for source in ("orig", "copy1", "copy2"):
            rows.append((source, f"i{k}", f"bad{k}" if k >= 9 else f"ok{k}"))
    rows += [
        ("orig", "t", "bad"),
        ("copy1", "t", "bad"),
        ("copy2", "t", "bad"),
        ("ind1", "t", "good"),
        ("ind2", "t", "good"),
    ]
    return pl.DataFrame(rows, schema=["source", "item", "value"], orient="row")


def test_copies_do_not_multiply_a_vote():
    with_copying = discover_truth(copying_claims())
    without = discover_truth(copying_claims(), TruthParams(detect_copying=False))
    pairs = {frozenset(p) for p in with_copying.dependence.select("source_a", "source_b").iter_rows()}
    assert frozenset(("orig", "copy1")) in pairs
    assert frozenset(("ind1", "ind2")) not in pairs
    assert truths(without)["t"] == "bad"
    assert truths(with_copying)["t"] == "good"


def test_latest_observation_of_a_source_supersedes_its_earlier_one():
    from datetime import datetime

    claims = pl.DataFrame(
        {
            "source": ["a", "a", "b"],
            "item": ["t", "t", "t"],
            "value": ["old", "new", "new"],
            "observed_at": [datetime(2024, 1, 1), datetime(2024, 2, 1), datetime(2024, 2, 1)],
        }
    )
    result = discover_truth(claims)
    assert result.values.filter(pl.col("value") == "old").height == 0


def partial_list_claims():
    # Four stores list only the first author of every two-author book; three list both.
    full = [f"full{k}" for k in (1, 2, 3)]
    stores = [f"store{k}" for k in range(4)]
    rows = [(s, "book", ["knuth"]) for s in stores] + [(s, "book", ["knuth", "graham"]) for s in full]
    rows += [(s, f"b{j}", ["solo"]) for s in stores for j in range(3)]
    rows += [(s, f"c{j}", ["x", "y"]) for s in full for j in range(3)]
    rows += [(s, f"c{j}", ["x"]) for s in stores for j in range(3)]
    return pl.DataFrame(
        rows, schema={"source": pl.String, "item": pl.String, "value": pl.List(pl.String)}, orient="row"
    )


def test_partial_author_lists_support_the_full_list_that_exact_voting_would_lose():
    claims = partial_list_claims()
    exact_vote = (
        claims.group_by("value")
        .len()
        .sort("len", descending=True)
        .filter(pl.col("value").list.contains("knuth"))
    )
    assert exact_vote["value"][0].to_list() == ["knuth"]  # 4 stores against 3
    assert sorted(truths(discover_truth(claims))["book"]) == ["graham", "knuth"]


def test_empty_table_gives_empty_result():
    result = discover_truth(pl.DataFrame(schema={"source": pl.String, "item": pl.String, "value": pl.String}))
    assert result.truths.height == 0 and result.sources.height == 0


def test_two_accurate_sources_outvote_three_sloppy_independent_ones():
    # acc1/acc2 are always right; each sloppy source errs on its own third of the items (so
    # they are no copies of each other). On "hard" the three sloppy ones agree on a wrong value.
    rows = []
    for k in range(30):
        rows += [("acc1", f"i{k}", f"t{k}"), ("acc2", f"i{k}", f"t{k}")]
        rows += [(f"sloppy{j}", f"i{k}", f"e{j}-{k}" if k % 3 == j else f"t{k}") for j in range(3)]
    rows += [("acc1", "hard", "right"), ("acc2", "hard", "right")] + [
        (f"sloppy{j}", "hard", "wrong") for j in range(3)
    ]
    result = discover_truth(pl.DataFrame(rows, schema=["source", "item", "value"], orient="row"))
    assert truths(result)["hard"] == "right"
    # acc1 and acc2 never differ, so they are judged mirrors and count once -- and still win.
    dependent = {frozenset(p) for p in result.dependence.select("source_a", "source_b").iter_rows()}
    assert dependent <= {frozenset(("acc1", "acc2"))}


def test_sources_that_often_agree_but_not_verbatim_are_not_copies():
    # ind1 and ind2 agree on the 40 contested items except 6; mirror repeats ind1 verbatim.
    rows = []
    for k in range(40):
        rows += [("noisy", f"i{k}", f"n{k}"), ("ind1", f"i{k}", f"t{k}"), ("mirror", f"i{k}", f"t{k}")]
        rows.append(("ind2", f"i{k}", f"x{k}" if k < 6 else f"t{k}"))
    pairs = {
        frozenset(p)
        for p in discover_truth(pl.DataFrame(rows, schema=["source", "item", "value"], orient="row"))
        .dependence.select("source_a", "source_b")
        .iter_rows()
    }
    assert frozenset(("ind1", "mirror")) in pairs
    assert frozenset(("ind1", "ind2")) not in pairs and frozenset(("ind2", "mirror")) not in pairs


def test_a_number_close_to_the_truth_counts_as_nearly_right():
    rows = []
    for k in range(20):
        truth = 1000.0 * (k + 1)
        rows += [
            ("a", f"p{k}", truth),
            ("b", f"p{k}", truth),
            ("close", f"p{k}", truth * 1.001),
            ("far", f"p{k}", truth * 1.5),
        ]
    result = discover_truth(pl.DataFrame(rows, schema=["source", "item", "value"], orient="row"))
    scores = reliability(result)
    assert scores["close"] > 0.8 > scores["far"]


def test_pooled_accuracy_weighs_sources_by_evidence_and_is_anchored_by_the_fixed_prior():
    import numpy as np

    from credence.score.truth import pooled_accuracy

    params = TruthParams(prior_accuracy=0.8, prior_strength=2.0, prior_sources=10.0)
    # Nobody judged: the fixed prior.
    assert pooled_accuracy(np.zeros(2), np.zeros(2), params) == 0.8
    # One source judged on 1 claim (wrong) weighs 1/3 against the prior's 10 sources.
    assert abs(pooled_accuracy(np.array([0.0]), np.array([1.0]), params) - 8 / (10 + 1 / 3)) < 1e-12
    # A thousand sources judged on 98 claims each at 0.5 set the mean to about 0.5.
    many = np.full(1000, 49.0)
    assert abs(pooled_accuracy(many, many, params) - 0.5) < 0.01


def test_a_newcomer_starts_from_the_typical_accuracy_of_the_table_not_a_fixed_prior():
    # Forty regular sources each err on their own half of the items (so no copies); a
    # newcomer's single checked claim should then earn it about their accuracy, not 0.8.
    rows = []
    for k in range(40):
        rows += [(f"half{j}", f"i{k}", f"e{j}-{k}" if (k + j) % 2 else f"t{k}") for j in range(40)]
    rows += [("newcomer", "i0", "t0")]
    claims = pl.DataFrame(rows, schema=["source", "item", "value"], orient="row")
    pooled = reliability(discover_truth(claims, TruthParams(empirical_prior=True)))
    fixed = reliability(discover_truth(claims, TruthParams(empirical_prior=False)))
    assert pooled["newcomer"] < fixed["newcomer"] - 0.05


def attribute_claims():
    # ref1..ref3 are right everywhere. p1, p2 are right on attribute "y" and wrong on "x" (each
    # with its own slips); r1..r3 the other way round. On "yh" (an item of attribute "y") p1, p2
    # face r1..r3, whose overall accuracy is the same as theirs.
    rows = []
    for k in range(30):
        for attribute in ("x", "y"):
            item = f"{attribute}{k}"
            rows += [(s, item, f"t{k}", attribute) for s in ("ref1", "ref2", "ref3")]
            rows += [
                (s, item, f"{s}-slip{k}" if attribute == "x" else f"t{k}", attribute) for s in ("p1", "p2")
            ]
            rows += [
                (s, item, f"{s}-slip{k}" if attribute == "y" else f"t{k}", attribute)
                for s in ("r1", "r2", "r3")
            ]
    rows += [(s, "yh", "right", "y") for s in ("p1", "p2")] + [
        (s, "yh", "wrong", "y") for s in ("r1", "r2", "r3")
    ]
    return pl.DataFrame(rows, schema=["source", "item", "value", "attribute"], orient="row")


def test_a_source_wrong_on_one_attribute_keeps_its_vote_on_another():
    claims = attribute_claims()
    per_source = discover_truth(claims.drop("attribute"))
    per_attribute = discover_truth(claims)
    assert truths(per_source)["yh"] == "wrong"  # one accuracy per source: three votes beat two
    assert truths(per_attribute)["yh"] == "right"
    table = {
        (r["source"], r["attribute"]): r["reliability"]
        for r in per_attribute.attributes.iter_rows(named=True)
    }
    assert table[("p1", "y")] > 0.8 > 0.2 > table[("p1", "x")]
    assert table[("r1", "x")] > 0.8 > 0.2 > table[("r1", "y")]
    assert per_source.attributes.height == 0


def test_of_two_factions_each_consistent_on_an_attribute_the_one_accurate_elsewhere_wins():
    # On attribute "actual" three sources (w1..w3) give one value and two (g1, g2) another, on
    # every item: the attribute alone cannot tell which faction is right. On the 60 items of
    # "sched" g1, g2 are always right while each w errs on two thirds (its own slips), so the
    # per-source accuracies settle it for g before each faction gets its per-attribute accuracy.
    rows = []
    for k in range(60):
        rows += [(s, f"s{k}", f"t{k}", "sched") for s in ("g1", "g2")]
        rows += [
            (s, f"s{k}", f"t{k}" if k % 3 == j else f"{s}-slip{k}", "sched")
            for j, s in enumerate(("w1", "w2", "w3"))
        ]
    for k in range(20):
        rows += [(s, f"a{k}", f"gate{k}", "actual") for s in ("g1", "g2")]
        rows += [(s, f"a{k}", f"wheels{k}", "actual") for s in ("w1", "w2", "w3")]
    result = discover_truth(pl.DataFrame(rows, schema=["source", "item", "value", "attribute"], orient="row"))
    found = truths(result)
    assert all(found[f"a{k}"] == f"gate{k}" for k in range(20))


def test_attribute_accuracy_is_shrunk_toward_the_source_accuracy():
    import numpy as np

    from credence.score.truth import facet_accuracies

    # Source 0 has two facets: 10 judged claims all right, and 1 judged claim wrong.
    facet = np.array([0] * 10 + [1])
    judged = np.ones(11)
    credit = np.array([1.0] * 10 + [0.0])
    got = facet_accuracies(
        facet, np.array([0, 0]), judged, credit, np.array([0.9]), TruthParams(attribute_prior_strength=10.0)
    )
    assert np.allclose(got, [(10 + 9) / 20, (0 + 9) / 11])


def test_a_pair_too_thin_to_judge_keeps_the_prior_probability_of_copying():
    import numpy as np

    from credence.score.copying import dependence

    # Sources 0 and 1 give the same value on one disputed item (source 2 gives another): too
    # few shared items for a verdict.
    src, cand, cand_item = np.array([0, 1, 2]), np.array([0, 0, 1]), np.array([0, 0])
    params = TruthParams(copy_prior=0.2, min_shared_items=5)
    thin = dependence(src, cand, cand_item, np.ones(3), 3, params, thin_pairs_at_prior=True)
    assert thin[0, 1] == thin[1, 0] == 0.2
    assert thin[0, 2] == 0.0  # never gave the same value: nothing to split
    assert dependence(src, cand, cand_item, np.ones(3), 3, params).nnz == 0


def repeating_bot_claims(dated: bool):
    # Five editors each give a figure and a bot re-saves it (the same value, later) on 20
    # undisputed items, so the bot looks very accurate. On 8 disputed items an editor gives the
    # right figure, a different one-off vandal then changes it, and the bot re-saves the
    # vandal's value: the bot repeats whatever value came just before, from no one source.
    rows = []
    for k in range(20):
        rows += [(f"editor{k % 5}", f"i{k}", 100 + k, 1), ("bot", f"i{k}", 100 + k, 2)]
    for k in range(8):
        rows += [
            (f"editor{k % 5}", f"d{k}", 500 + k, 1),
            (f"vandal{k}", f"d{k}", 900 + k, 2),
            ("bot", f"d{k}", 900 + k, 3),
        ]
    claims = pl.DataFrame(rows, schema=["source", "item", "value", "observed_at"], orient="row")
    return claims if dated else claims.drop("observed_at")


def test_a_source_that_repeats_the_value_just_before_it_adds_no_vote_of_its_own():
    undated = truths(discover_truth(repeating_bot_claims(dated=False)))
    dated = truths(discover_truth(repeating_bot_claims(dated=True)))
    assert all(undated[f"d{k}"] == 900 + k for k in range(8))  # the bot's vote carries the vandal's value
    assert all(dated[f"d{k}"] == 500 + k for k in range(8))


def test_repeat_probability_is_high_for_a_repeater_and_zero_for_new_values_and_undated_claims():
    import numpy as np

    from credence.score.copying import repeat_probabilities

    # Items 0..5: source 0 (t=0) gives value A, source 1 (t=1) gives B, source 2 (t=2) repeats B;
    # source 3 gives a value of its own at t=3, and on item 5 the repeater's claim is undated.
    src, cand, order = [], [], []
    for i in range(6):
        src += [0, 1, 2, 3]
        cand += [4 * i, 4 * i + 1, 4 * i + 1, 4 * i + 2]
        order += [0.0, 1.0, 2.0 if i < 5 else np.nan, 3.0]
    cand_item = np.repeat(np.arange(6), 4)  # 4 candidate slots per item (the last one unused)
    got = repeat_probabilities(
        np.array(src), np.array(cand), cand_item, np.ones(len(src)), np.array(order), 4, TruthParams()
    )
    got = got.reshape(6, 4)
    assert np.all(got[:5, 2] > 0.8)  # source 2 repeats the value given just before it
    assert got[5, 2] == 0.0  # undated
    assert np.all(got[:, 0] == 0.0)  # first claim on the item
    assert np.all(got[:, 3] == 0.0)  # a value nobody gave before


def test_a_repeat_of_a_lone_change_is_not_taken_for_an_independent_pick_of_it():
    # The bot re-saves every page: on 20 undisputed items it repeats an editor's figure, on 8
    # ("r") it restores the editor's figure after a vandal (its own pick, not the latest value),
    # and on 8 ("d") it re-saves a one-off's change of the editor's figure. Only one other claim
    # gives the one-off's value, which does not make it a value independent sources give half
    # of the time: the bot's re-save is most probably a repeat, and the editor's figure stands.
    rows = []
    for k in range(20):
        rows += [(f"editor{k % 5}", f"i{k}", 100 + k, 1), ("bot", f"i{k}", 100 + k, 2)]
    for k in range(8):
        rows += [
            (f"editor{k % 5}", f"r{k}", 300 + k, 1),
            (f"vandal{k}", f"r{k}", 700 + k, 2),
            ("bot", f"r{k}", 300 + k, 3),
            (f"editor{k % 5}", f"d{k}", 500 + k, 1),
            (f"oneoff{k}", f"d{k}", 900 + k, 2),
            ("bot", f"d{k}", 900 + k, 3),
        ]
    found = truths(
        discover_truth(pl.DataFrame(rows, schema=["source", "item", "value", "observed_at"], orient="row"))
    )
    assert all(found[f"d{k}"] == 500 + k for k in range(8))
    assert all(found[f"r{k}"] == 300 + k for k in range(8))
