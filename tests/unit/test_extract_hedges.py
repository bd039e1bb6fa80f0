"""Hedges: the cues that soften a figure, and that a cue reaches only the figures of its own clause."""

import pytest

from credence.extract import article_facts


def only_claim(text: str):
    claims = article_facts(text, "t").claims
    assert len(claims) == 1, [c.span for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("North Korea is thought to have sent around 10,000 soldiers.", "is thought to"),
        ("Russia is believed to have lost 5,000 soldiers.", "is believed to"),
        ("The strike reportedly killed 40 people.", "reportedly"),
        ("Reportedly, the strike killed 40 people.", "Reportedly"),
        ("The militia allegedly captured 12 soldiers.", "allegedly"),
        ("The army appears to have deployed 3,000 troops.", "appears to"),
        ("About 300 people are feared dead.", "are feared"),
        ("The strike may have killed 40 people.", "may have"),
        ("Some 2,000 soldiers were said to be wounded.", "were said to"),
        ("It is estimated that 3,000 people fled.", "is estimated that"),
        ("Some 200 soldiers are understood to have been killed.", "are understood to"),
        ("Scientists say there are likely 5 to 10 undetected cases.", "are likely"),
        ("An alleged 500 people died in the raid.", "alleged"),
        ("He said the death toll would maybe reach 65,000.", "maybe"),
        ("Given the floods, it’s likely that 4,000 homes were damaged.", "likely that"),
    ],
)
def test_hedge_cues_soften_the_figure(sentence, cue):
    claim = only_claim(sentence)
    assert claim.hedged
    assert claim.hedge_text == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike killed 40 people.",
        "Officials confirmed that 40 people were killed.",
        "The likely cost is $4 billion.",
        # A comparison of chances, an adjective on a later noun, a cue in another clause.
        "Black households were nearly 50 percent more likely to face foreclosure.",
        "Police arrested 17 suspected militants on Monday.",
        "It removed more than 20,000 listings for making unverified claims.",
        "South Korea has reported just 200 deaths since hitting what was believed to be the peak.",
    ],
)
def test_plain_statements_are_not_hedged(sentence):
    claim = only_claim(sentence)
    assert not claim.hedged
    assert claim.hedge_text is None


def test_a_hedge_does_not_reach_across_a_comma_into_the_next_clause():
    text = (
        "North Korea is thought to have contributed around 10,000 soldiers to the war, of which, "
        "according to intelligence sources, more than 1,000 troops have been killed."
    )
    contributed, killed = article_facts(text, "t").claims
    assert contributed.hedged
    assert not killed.hedged


def test_an_adjective_cue_softens_only_the_figure_it_stands_before():
    text = "Police arrested 38 suspects over alleged links to the attack which killed two social workers."
    assert [c.hedged for c in article_facts(text, "t").claims] == [False, False]


@pytest.mark.parametrize(
    "sentence",
    [
        "The case-fatality rate can be considerably less than 1%.",
        "The state is expected to send 2,000 more troops.",
    ],
)
def test_can_be_and_is_expected_to_soften_the_figure(sentence):
    assert [c.hedged for c in article_facts(sentence, "t").claims] == [True]


@pytest.mark.parametrize(
    "sentence, hedged",
    [
        ("More than 45 million images were reported to the National Center for Missing Children.", False),
        ("About 300 people were reported to have died in the storm.", True),
        ("The plan would conceivably cut 2,000 jobs.", True),
    ],
)
def test_reported_to_a_body_is_no_hedge_and_conceivably_is(sentence, hedged):
    (claim,) = article_facts(sentence, "t").claims
    assert claim.hedged is hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics warn the new rule would cause hundreds of deaths each winter.",
        "The report says the storm could kill 300 people along the coast.",
    ],
)
def test_a_toll_forecast_with_a_modal_verb_is_a_hedged_projection_not_core(sentence):
    claim = only_claim(sentence)
    assert (claim.measure, claim.core, claim.hedged) == ("projected_deaths", False, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aides fear that if there are 90,000 people dead by the summer, the party will lose.",
        "If 400 soldiers are killed, the offensive will stop.",
    ],
)
def test_a_toll_supposed_in_an_if_clause_is_hedged_and_not_core(sentence):
    claim = only_claim(sentence)
    assert (claim.measure, claim.core, claim.hedged, claim.hedge_text.lower()) == (
        "projected_deaths",
        False,
        True,
        "if",
    )


def test_an_epistemic_sentence_adverb_does_not_reach_a_relative_clause_aside():
    claim = only_claim("Perhaps the closest case is the 1968 flood, which killed at least 400 people.")
    assert not claim.hedged


def test_an_epistemic_sentence_adverb_still_reaches_its_own_clause():
    assert only_claim("Perhaps 300 people died in the attack.").hedge_text == "Perhaps"


def test_a_toll_range_a_modal_forecasts_from_its_opening_is_hedged_and_not_core():
    claim = only_claim("The model says deaths could range from near 5,000 deaths to 20,000 deaths by June.")
    assert (claim.qualifier, claim.hedged, claim.core) == ("range", True, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new program would cost $40 million a year.",
        "The current toll could be around 900 deaths.",
    ],
)
def test_a_modal_on_a_cost_or_a_copula_is_no_projected_toll(sentence):
    claim = only_claim(sentence)
    assert not (claim.measure == "killed" and claim.core is False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors cited the alleged transfer, through shell firms abroad, of the sum of $4 million to the mayor.",
        "The papers describe the alleged payment of $250,000 to the judge.",
    ],
)
def test_an_adjective_hedge_on_the_noun_governing_the_figure_reaches_it(sentence):
    assert only_claim(sentence).hedged


def test_an_adjective_hedge_on_another_noun_does_not_reach_the_figure():
    assert not only_claim("Over alleged links to the gang, police arrested 14 people.").hedged


@pytest.mark.parametrize(
    "sentence, hedged",
    [
        ("Three hikers were reported missing after the storm.", True),
        ("Four guards were reported dead on Sunday.", True),
        # Reporting a count is no doubt about it.
        ("Nine new cases were reported on Monday.", False),
    ],
)
def test_people_reported_dead_or_missing_are_reportedly_so(sentence, hedged):
    assert only_claim(sentence).hedged is hedged


@pytest.mark.parametrize("source", ["unconfirmed reports", "unverified accounts on social media"])
def test_a_figure_credited_to_unconfirmed_reports_is_hedged(source):
    (claim,) = article_facts(f"Intro.\n\nForty people died, according to {source}.", "t").claims
    assert claim.hedged


def test_a_figure_credited_to_a_named_source_is_not_hedged_by_it():
    (claim,) = article_facts("Intro.\n\nForty people died, according to the ministry.", "t").claims
    assert not claim.hedged


@pytest.mark.parametrize(
    "text",
    [
        "Japan Might Pay for Half of Your Travel Expenses\n\nThe plan was announced on Monday.",
        "Intro.\n\nThe new rules might cost 300 jobs in the region.",
    ],
)
def test_might_alone_hedges_the_figure(text):
    (claim,) = article_facts(text, "t").claims
    assert claim.hedged


def test_perhaps_opening_a_sentence_doubts_its_own_clause_not_a_toll_after_a_comma():
    claim = only_claim(
        "Perhaps a better parallel is the flu pandemic of 1957, which killed at least 1 million people."
    )
    assert (claim.span, claim.hedged) == ("killed at least 1 million people", False)


def test_perhaps_set_off_by_a_comma_covers_the_sentence():
    claim = only_claim("Perhaps, the strike, which hit the town, killed 40 people.")
    assert (claim.span, claim.hedged) == ("killed 40 people", True)


def test_a_toll_supposed_by_if_there_are_is_hedged():
    claim = only_claim(
        "Some say that if there are 250,000 people dead by Election Day, it will be hard to win."
    )
    assert claim.hedged


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The model predicted 100,000 new coronavirus cases per day by June.", "projected_cases"),
        ("A war could lead to millions of casualties on both sides.", "projected_casualties"),
    ],
)
def test_a_forecast_core_figure_is_named_for_what_it_forecasts(sentence, measure):
    assert only_claim(sentence).measure == measure


def test_a_hedge_of_the_main_clause_does_not_reach_a_figure_in_a_relative_clause():
    claim = only_claim(
        "You could have guessed a great deal about the gunmen in Ohio who killed at least 29 people."
    )
    assert not claim.hedged


@pytest.mark.parametrize(
    "sentence, hedged",
    [
        ("If the ban were lifted, an additional 360,000 men would likely donate.", True),
        ("The change could help save the lives of more than a million people.", True),
        ("A dealer who potentially kills thousands of people spends little time in jail.", True),
        ("If you factor those workers in, the unemployment rate would jump to about 19.5 percent.", True),
        ("If only there were four moderate Democrats in the Senate.", True),
        ("Grand juries in three counties raised concerns about roads that could impede access.", False),
        ("If the trend holds, officials reported 40 new cases on Monday.", False),
    ],
)
def test_likely_modals_could_potentially_and_an_opening_condition_soften_the_figures_they_govern(
    sentence, hedged
):
    assert only_claim(sentence).hedged == hedged


def test_a_hedge_does_not_reach_a_figure_after_before():
    text = "The FBI had a tip that he could be a future school shooter a month before Cruz killed 17 people."
    assert not only_claim(text).hedged


def test_its_projected_that_hedges_the_figure():
    assert only_claim("If no action is taken, it's projected that 850,000 people will die.").hedged


def test_a_speaker_s_own_doubt_hedges_the_figure():
    claims = article_facts("“She infected I think over a dozen people,” he said.", "t").claims
    assert [c.hedged for c in claims] == [True]
