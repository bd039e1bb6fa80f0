"""Numbers: which words are figures, and the interval, qualifier and unit each figure's words allow.

The cases are the phenomena the gold README names (qualifiers, vague plurals, ranges) and the
non-figures news text is full of (dates, years, ages, times, ids, scores), each in a sentence of its own.
"""

import pytest

from credence.extract import article_facts
from credence.extract.numbers import (
    _CANDIDATE,
    lowered_same_length,
    number_starts,
    quantities,
    word_number_value,
)


def claims_of(sentence: str):
    return article_facts(sentence, "t").claims


def only_claim(sentence: str):
    claims = claims_of(sentence)
    assert len(claims) == 1, [c.span for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    "sentence, low, high, qualifier",
    [
        ("Officials said 1,200 soldiers were deployed.", 1200, 1200, "exact"),
        ("About 600 soldiers have been killed.", 600, 600, "approx"),
        ("Around 10,000 troops were sent to the border.", 10000, 10000, "approx"),
        ("Some 4,000 soldiers were wounded.", 4000, 4000, "approx"),
        ("Roughly 300 people were evacuated.", 300, 300, "approx"),
        ("An estimated 5,000 people were displaced.", 5000, 5000, "approx"),
        ("More than 1,000 troops have been killed.", 1000, None, "lower_bound"),
        ("Over 40 officials were reprimanded.", 40, None, "lower_bound"),
        ("At least one air defense system was delivered.", 1, None, "lower_bound"),
        ("The clashes left 500 or more people dead.", 500, None, "lower_bound"),
        ("Up to 500 soldiers may have died.", None, 500, "upper_bound"),
        ("Fewer than 200 people were arrested.", None, 200, "upper_bound"),
        ("Nearly 3 million people lost their jobs.", None, 3_000_000, "upper_bound"),
        ("As many as 80 fighters were captured.", None, 80, "upper_bound"),
        ("The plant will keep no more than 1,200 jobs.", None, 1200, "upper_bound"),
        ("Not less than 300 soldiers were deployed.", 300, None, "lower_bound"),
        ("Between 5,000 and 10,000 people marched.", 5000, 10000, "range"),
        ("The fighting displaced 5,000 to 7,000 people.", 5000, 7000, "range"),
        ("Police arrested 2,000-3,000 people.", 2000, 3000, "range"),
        ("The plan costs between $5 and $10 million.", 5_000_000, 10_000_000, "range"),
        ("Several thousand troops were deployed.", 2000, None, "vague"),
        ("Two or three soldiers were captured.", 2, 3, "range"),
        ("Thousands of soldiers were deployed.", 2000, None, "vague"),
        ("Hundreds of people were arrested.", 200, None, "vague"),
        ("Dozens of soldiers were captured.", 24, None, "vague"),
        ("Tens of thousands of people fled.", 20000, None, "vague"),
        ("Hundreds of thousands of people fled.", 200_000, None, "vague"),
        ("Millions of people were infected.", 2_000_000, None, "vague"),
    ],
)
def test_interval_follows_the_qualifier(sentence, low, high, qualifier):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high, claim.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Nine soldiers were captured.", 9),
        ("A dozen soldiers were captured.", 12),
        ("Twenty-five soldiers were wounded.", 25),
        ("The army deployed 1.2 million troops.", 1_200_000),
        ("The army deployed two hundred and fifty troops.", 250),
        ("The army deployed 10k troops.", 10_000),
    ],
)
def test_numbers_written_in_words_digits_and_scales(sentence, value):
    claim = only_claim(sentence)
    assert claim.value_low == claim.value_high == value


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("Unemployment rose to 14.7% in April.", 14.7, "percent"),
        ("Turnout was 62 percent.", 62, "percent"),
        ("Support fell 2.5 percentage points.", 2.5, "percentage_points"),
        ("Congress approved $2 billion in aid.", 2_000_000_000, "USD"),
        ("The firm received £5m from the fund.", 5_000_000, "GBP"),
        ("The budget is 300 million euros.", 300_000_000, "EUR"),
    ],
)
def test_percentages_and_money_carry_a_unit(sentence, value, unit):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.unit) == (value, unit)
    assert not claim.core


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were held on Jan 31, 2025 in Geneva.",
        "The summit took place on 31 January 2025.",
        "On May 9th, Russia celebrated its role in the war.",
        "Putin visited Pyongyang in June 2024.",
        "They passed the law in 2020 to crack down on outside culture.",
        "It was the 80th anniversary of the victory.",
        "The 528th Regiment moved north.",
        "The COVID-19 pandemic hit the economy.",
        "Lawmakers debated Section 230 again.",
        "The airline grounded its Boeing 737 fleet.",
        "Leaders met at the G7 summit.",
        "Call 555-123-4567 for details.",
        "The meeting starts at 10:30 a.m. on Monday.",
        "The office is at 1600 Pennsylvania Avenue.",
        "The Lakers won 102-99 on Sunday.",
        "John Smith, 45, said he was leaving.",
        "The 45-year-old was arrested at the scene.",
        "The forces were halved within three months.",
        "The ceasefire lasted 14 days.",
        "He recovered eight years ago.",
        "One document stated that the units failed.",
        "No one was available to comment.",
        "He is one of the best officers.",
        "It was a bloody conflict between the two countries.",
        "The song reached the top 10 in May.",
        "Music was playing 24/7 on 9/11.",
        "He has lived in the area since the 1990s.",
        "3 hours ago 1",
        "Each crisis has a 1 in 40 chance of happening.",
        "One in 40 Americans has a chance of living to 90.",
        "The share of people claiming at 62 fell to a record low.",
        "The 49ers beat the Rams on Sunday.",
        "One of the arguments in Adam Gopnik’s A Thousand Small Sanities is here.",
        "Slideshow (31 Images)",
        "He has proposed freezing national standards at 2020 levels.",
        "Under a 1938 law known as the Foreign Agents Registration Act, he registered.",
        "He graduated in the same 1991 class as Barack Obama.",
        "But the six 2020 candidates in this category agree.",
        "Justices who are 65 and older face a higher risk.",
        "Residents 18 or younger can apply.",
        "She is younger than 30.",
        "Isaac Robinson, a state representative, died at 44.",
        "The magazine remembered the Keating Five scandal from 1989.",
        "The Little Rock Nine entered the school.",
        "H.R. 6666 authorizes the Secretary to spend the money.",
        "The Senate passed S. 1790 on Monday.",
    ],
)
def test_words_that_are_not_figures(sentence):
    assert claims_of(sentence) == []


def test_durations_with_a_qualifier_are_not_figures():
    assert claims_of("Half of us misjudge our life expectancy by five or more years.") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Deaths in the state rose to 1,200 last week.", 1200),
        ("The average premium reached $8,650 last year.", 8650),
    ],
)
def test_a_figure_followed_by_last_week_is_a_figure_not_a_duration(sentence, value):
    assert only_claim(sentence).value_low == value


def test_one_of_the_hundreds_is_a_reference_not_a_count():
    assert claims_of("He wept over one of the hundreds of Koreans sent to the front.") == []


def test_the_whole_a_part_is_taken_from_is_a_claim_too():
    claims = claims_of("Almost 500 of the 45,182 confirmed cases are outside China.")
    assert 45182 in [c.value_low for c in claims]


def test_a_year_followed_by_a_plural_noun_is_a_count():
    claim = only_claim("Officials said 1500 soldiers were sent to the border.")
    assert claim.value_low == 1500


def test_one_is_a_figure_when_it_counts_a_core_measure():
    claim = only_claim("One person was killed in the attack.")
    assert (claim.value_low, claim.measure) == (1, "killed")


@pytest.mark.parametrize(
    "sentence, span, measure, core",
    [
        ("The clinic has recorded 22 flu cases and one death since May.", "one death", "killed", True),
        ("There were 9 infections, one fatality and 4 recoveries.", "one fatality", "killed", True),
        ("The storm shut 14 schools and one college.", "one college", "college", False),
    ],
)
def test_a_count_of_one_in_a_list_of_counts_is_a_claim(sentence, span, measure, core):
    claim = next(c for c in claims_of(sentence) if c.value_low == 1)
    assert (claim.span, claim.measure, claim.core) == (span, measure, core)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is one major difference between the plans.",
        "In one case, the board chairman resigned.",
        "The outbreak began at one school.",
    ],
)
def test_one_as_a_determiner_is_no_claim(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, span, measure",
    [
        ("On Friday, two gunmen shot and killed Moreno outside his office.", "two gunmen", "gunmen"),
        ("Three raiders killed a guard at the depot.", "three raiders", "raiders"),
        ("Four intruders wounded the owner of the shop.", "four intruders", "intruders"),
    ],
)
def test_a_count_that_is_the_subject_of_an_active_killing_verb_counts_the_agents(sentence, span, measure):
    claim = claims_of(sentence)[0]
    assert (claim.span.lower(), claim.measure, claim.core) == (span, measure, False)


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("Seven people killed in bus crash", "Seven people killed"),
        ("The blast killed seven people.", "killed seven people"),
        ("Seven people were killed Saturday in the blast.", "Seven people were killed"),
    ],
)
def test_a_passive_or_an_object_count_of_the_dead_stays_the_toll(sentence, span):
    claim = only_claim(sentence)
    assert (claim.span, claim.measure, claim.core) == (span, "killed", True)


@pytest.mark.parametrize(
    "sentence, span, measure",
    [
        ("The arrests of four men in the banker’s murder were announced.", "arrests of four men", "arrested"),
        ("Families mourned the deaths of 12 miners trapped underground.", "deaths of 12 miners", "killed"),
    ],
)
def test_an_event_noun_before_of_governs_the_count(sentence, span, measure):
    claim = only_claim(sentence)
    assert (claim.span, claim.measure, claim.core) == (span, measure, True)


def test_the_lives_of_people_ruined_are_no_toll():
    assert only_claim("The scheme ruined the lives of 3 million people.").measure != "killed"


@pytest.mark.parametrize(
    "sentence, span, measure",
    [
        (
            "Most of the 90,000 who were evacuated have returned home.",
            "90,000 who were evacuated",
            "evacuated",
        ),
        ("Relatives buried the 14 who had been killed.", "14 who had been killed", "killed"),
    ],
)
def test_a_number_with_a_relative_who_clause_counts_people_named_by_its_verb(sentence, span, measure):
    claim = only_claim(sentence)
    assert (claim.span, claim.measure, claim.counted, claim.core) == (span, measure, "people", True)


def test_the_one_who_is_a_pronoun_not_a_count():
    assert claims_of("She was the one who was evacuated first.") == []


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        (
            "The study found flooding could range from about 3,000 homes to as many as 9,000 homes.",
            3000,
            9000,
        ),
        ("Forecasters estimate between 40 storms and 55 storms this season.", 40, 55),
    ],
)
def test_two_counts_of_the_same_noun_in_an_estimate_are_one_range(sentence, low, high):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high, claim.qualifier) == (low, high, "range")


@pytest.mark.parametrize(
    "sentence",
    [
        "Deaths in the county rose from 12 deaths to 40 deaths.",
        "The ward went from 8 patients in May to 30 patients in June.",
    ],
)
def test_a_change_between_two_counts_of_the_same_noun_is_two_figures(sentence):
    assert [c.qualifier for c in claims_of(sentence)] == ["exact", "exact"]


def test_a_count_in_a_year_is_no_ratio():
    claim = only_claim("The old record for weekly layoffs was 41,000 in 1975.")
    assert (claim.value_low, claim.qualifier) == (41_000, "exact")


def test_one_in_a_larger_number_stays_a_ratio():
    assert only_claim("About one in five adults has asthma.").unit == "fraction"


def test_a_level_after_an_intensifier_counts_the_noun_before():
    claim = only_claim("Weekly layoffs peaked at a whopping 4.2 million in April.")
    assert (claim.value_low, claim.qualifier) == (4_200_000, "exact")


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        ("In a calm year, the monthly tally has been about 30,000.", 30_000, 30_000),
        ("In 1974, the number was even higher, reaching nearly 90,000.", None, 90_000),
    ],
)
def test_a_bare_level_of_a_tally_named_as_the_clause_subject_is_a_claim(sentence, low, high):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high) == (low, high)


def test_a_bare_number_that_is_its_clause_subject_counts_the_people_named_before():
    claim = only_claim("Among older nurses, officials think that about 2,000 are still on leave.")
    assert (claim.value_low, claim.counted) == (2000, "nurses")


def test_a_bare_figure_set_off_by_dashes_after_its_plural_noun_counts_it():
    claim = only_claim("The state logged a record number of eviction filings—12,000—in March.")
    assert (claim.value_low, claim.qualifier) == (12_000, "exact")


def test_a_vague_level_in_the_thousands_counts_the_noun_of_the_clause():
    claim = only_claim("Daily infections still remain in the thousands across the region.")
    assert (claim.value_low, claim.qualifier) == (2000, "vague")


@pytest.mark.parametrize(
    "sentence, low, high, qualifier",
    [
        ("Hospital admissions kept climbing, nearly doubling in a week.", None, 2, "upper_bound"),
        ("Rents in the city have more than tripled since 2000.", 3, None, "lower_bound"),
        ("The fee is roughly double the old one.", 2, 2, "approx"),
    ],
)
def test_doubling_and_tripling_verbs_are_multipliers(sentence, low, high, qualifier):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high, claim.qualifier, claim.unit) == (low, high, qualifier, "times")


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator doubled down on his claim.",
        "The gym doubled as a shelter.",
        "They live in double bubbles.",
    ],
)
def test_doubling_idioms_are_no_multipliers(sentence):
    assert claims_of(sentence) == []


def test_number_as_a_verb_after_a_modal_is_no_identifier():
    claim = only_claim("He warned that flu deaths would number 40,000 every winter.")
    assert (claim.value_low, claim.hedged) == (40_000, True)


def test_number_before_digits_as_a_noun_stays_an_identifier():
    assert claims_of("He wore number 23 for the team.") == []


def test_a_toll_in_the_first_half_of_a_correlative_comparison_is_not_core():
    claim = only_claim("“The closer we keep it to 9,000 deaths, the better our chances,” the aide said.")
    assert (claim.measure, claim.core) == ("killed", False)


def test_an_editors_bracket_may_supply_the_scale():
    claim = only_claim("He said 12 [million] people were infected.")
    assert (claim.value_low, claim.measure) == (12_000_000, "infected")


def test_rose_from_to_gives_two_figures_not_a_range():
    claims = claims_of("The jobless rate rose from 4.4% to 14.7% in April.")
    assert [(c.value_low, c.qualifier) for c in claims] == [(4.4, "exact"), (14.7, "exact")]


@pytest.mark.parametrize(
    "sentence", ["Fees climbed 66.8% to 439 euros in a year.", "The price jumped 14.4% to $3,259 this year."]
)
def test_a_percentage_and_an_amount_of_money_never_make_a_range(sentence):
    claims = claims_of(sentence)
    assert all(c.qualifier != "range" for c in claims)
    assert claims[0].value_low == claims[0].value_high and claims[0].unit == "percent"


def test_word_number_value_reads_compound_numbers():
    assert word_number_value("two hundred and fifty") == 250
    assert word_number_value("a dozen") == 12
    assert word_number_value("half a million") == 500_000
    assert word_number_value("forty-two") == 42


def test_quantities_offsets_point_into_the_text():
    text = "Intro line.\nAround 10,000 soldiers were sent."
    (q,) = quantities(text, 12, len(text))
    assert text[q.start : q.end] == "Around 10,000"
    assert text[q.num_start : q.num_end] == "10,000"


def test_money_counts_nothing_after_it():
    claim = only_claim("The budget includes nearly $4 billion for new roads.")
    assert (claim.span, claim.counted, claim.measure) == ("nearly $4 billion", None, "money")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The hospital has received about $600,000 of aid.", "aid"),
        ("The storm caused $25 million in damages.", "damages"),
        ("In March, Congress approved $100 billion for hospitals.", "funding"),
        ("He invested $1.5 million in a partnership.", "investment"),
        ("I am losing $10,000 a month.", "money_lost"),
    ],
)
def test_a_sum_of_money_is_named_by_what_it_is(sentence, measure):
    assert only_claim(sentence).measure == measure


def test_a_share_is_never_a_core_count():
    claim = only_claim("The test found 90% of infections.")
    assert (claim.unit, claim.core, claim.measure) == ("percent", False, "infection_share")


def test_a_share_is_named_for_the_whole_it_divides():
    claim = only_claim("Black residents make up 41% of coronavirus deaths in the state.")
    assert (claim.measure, claim.counted) == ("death_share", "coronavirus deaths")
    assert only_claim("About 14% of the population is Black.").measure == "population_share"


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Prices rose 5% in May.", "prices_increase"),
        ("Palm Beach reported a 71% increase in new cases.", "cases_increase"),
        ("There were 77 percent more domestic violence reports.", "reports_increase"),
        ("Visitors fell 99.9% in April.", "visitors_decrease"),
        ("It was a whopping 726% increase in just seven days.", "increase"),
    ],
)
def test_a_percentage_change_is_no_share(sentence, measure):
    assert only_claim(sentence).measure == measure


def test_a_verb_acting_on_something_else_does_not_name_the_measure():
    assert only_claim("The researchers looked at twelve school shootings.").measure == "shootings"
    assert only_claim("Restrictions were applied to 100 countries.").measure == "countries"
    assert only_claim("Democrats need at least four Republicans to cross over.").measure == "republicans"
    assert only_claim("The agency reprimanded over 40 officials.").measure == "reprimanded"


def test_irregular_plurals_and_named_groups_end_the_counted_words():
    claim = only_claim("Around 31.8 million people visited Japan in 2019.")
    assert (claim.span, claim.counted) == ("Around 31.8 million people", "people")
    claim = only_claim("Some 68 percent of Republicans approve of the plan.")
    assert claim.counted == "Republicans"
    assert only_claim("About 200 Marines landed on Monday.").measure == "deployed"


def test_a_plural_noun_ends_the_counted_words():
    claim = only_claim("Thousands of protesters marched Tuesday night in Manhattan.")
    assert (claim.span, claim.counted) == ("Thousands of protesters", "protesters")


def test_the_count_can_be_named_after_the_verb():
    claims = claims_of("The report found 3,000 people were displaced. Of those, 1,200 were children.")
    assert claims[1].counted == "children"


def test_a_number_after_a_preposition_is_not_what_the_verb_moved():
    claim = only_claim("They sent spear-phishing emails to 122 email addresses.")
    assert claim.measure != "transferred"


def test_capitalised_plurals_of_people_still_count():
    assert [c.value_low for c in claims_of("All 48 Democrats voted no and 13 Russians were indicted.")] == [
        48,
        13,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One in five Americans, some 4,000 soldiers and several hundred goods-producing firms.",
        "a billionaire and a half a dozen; 5one twenty-three 3.5 (555) 12-34 www.x.org",
        "thousands of tens of millions zero-sum eleven seventeen Fifty-five",
        "",
    ],
)
def test_number_starts_find_every_figure_the_candidate_pattern_finds(text):
    # number_starts is a faster scan than _CANDIDATE: it may leave out digits inside numbers, never a start.
    starts = number_starts(text)
    candidates = [m.start() for m in _CANDIDATE.finditer(lowered_same_length(text))]
    assert set(starts) <= set(candidates)
    assert quantities(text, 0, len(text), starts) == quantities(text, 0, len(text), candidates)
    assert len(starts) < len(candidates) or not any(c.isdigit() for c in text)


@pytest.mark.parametrize(
    "sentence, value, counted",
    [
        ("Since the outbreak spread, dozens more lawmakers have entered self-quarantines.", 24, "lawmakers"),
        ("The Pentagon sent 200 more troops to the border.", 200, "troops"),
    ],
)
def test_more_between_the_number_and_the_noun_still_counts_the_noun(sentence, value, counted):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.counted) == (value, counted)


def test_an_estimated_is_a_qualifier_not_a_source():
    claim = only_claim("They seek class action status to include an estimated 1.2 million Americans.")
    assert (claim.value_low, claim.qualifier, claim.attribution_kind) == (1_200_000, "approx", "none")


@pytest.mark.parametrize(
    "sentence, value, counted",
    [
        (
            "About 6,000 citizens signed up, including more than 1,500 in Illinois, Khalaf said.",
            1500,
            "citizens",
        ),
        ("The restaurant will have about 300 seats, not the usual 700-plus.", 700, "seats"),
        (
            "Of the eleven school shootings abroad, Larkin says six were plainly copies.",
            6,
            "school shootings",
        ),
    ],
)
def test_a_bare_number_compared_with_a_count_before_it_counts_the_same_noun(sentence, value, counted):
    claim = claims_of(sentence)[-1]
    assert (claim.value_low, claim.counted) == (value, counted)


@pytest.mark.parametrize(
    "text, core",
    [
        ("Larkin found that in eight of those subsequent cases the shooters cited Columbine.", False),
        ("The court heard 40 cases last year.", False),
        ("The state reported 300 new cases on Monday.", True),
        ("Italy now has 500 cases.\n\nThe virus spread north.", True),
    ],
)
def test_cases_are_core_only_when_the_article_is_about_an_illness(text, core):
    assert only_claim(text).core is core


def test_a_number_after_in_is_not_what_the_verb_before_acted_on():
    claims = claims_of("Eight militants were killed in two security operations in Diyala.")
    assert [(c.value_low, c.measure) for c in claims] == [(8, "killed"), (2, "operations")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Georgia's daily average stood at 746 cases.", "per day"),
        ("The seven-day average of deaths rose to 1,200.", "per day"),
        ("The state reported 746 new daily cases.", "per day"),
        ("Officials logged 500 cases a day last week.", "per day"),
        ("Some 10,000 migrants arrive each year.", "per year"),
        ("Spain said 399 people had died from the coronavirus in the previous 24 hours.", "per day"),
        ("The overnight death toll reported on Monday was 59.", "per day"),
        ("Georgia has had more than 20,000 cases so far.", None),
        ("The daily briefing said 500 people died.", None),  # the briefing is daily, not the toll
        ("Some 10,000 soldiers were deployed a year ago.", None),
    ],
)
def test_a_count_per_day_is_a_rate_and_a_total_has_no_unit(sentence, unit):
    assert only_claim(sentence).unit == unit


def test_words_ending_in_ly_that_describe_the_counted_are_kept():
    assert only_claim("The home had 500 elderly residents.").counted == "elderly residents"


def test_a_bare_figure_counts_the_nearest_measure_noun_before_it_not_the_previous_figures():
    claims = claims_of("Spain's total fatalities are now at 27,650, while confirmed cases rose to 231,350.")
    assert [(c.value_low, c.measure) for c in claims] == [(27650, "killed"), (231350, "cases")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of reported infections surpasses 52,000 across the region.",
        "The bill for the repairs now exceeds 9,000 dollars, officials said.",
        "Attendance tops 40,000 spectators for the first time.",
    ],
)
def test_a_present_tense_verb_of_exceeding_makes_a_lower_bound(sentence):
    claim = only_claim(sentence)
    assert claim.qualifier == "lower_bound"
    assert claim.value_high is None


def test_a_share_measure_takes_a_noun_modifier_not_a_possessive_or_a_verb():
    assert only_claim("The unemployment rate rose to 14.7% in May.").measure == "unemployment_rate"
    assert only_claim("Biden's support registered at 24 percent.").measure == "support"
    assert only_claim("He is garnering support from 18 percent of voters.").measure == "support"


@pytest.mark.parametrize(
    "sentence, span, counted",
    [
        ("Inmates at the 2,900-person McConnell Unit fell ill.", "2,900-person", "person"),
        ("They built a 500-bed hospital.", "500-bed", "bed"),
        ("A 10,000-strong force crossed the river.", "10,000-strong force", "force"),
        ("He used that power only six times in eight years.", "six times", "times"),
        ("The number of such requests was four.", "four", "requests"),
        ("For Obama, the number of such requests was four in 40 years.", "four", "requests"),
        ("Video Of Protest Had 1.3 Million Views", "1.3 Million Views", "Views"),
    ],
)
def test_counts_written_as_compounds_occasions_predicates_and_headlines(sentence, span, counted):
    claim = only_claim(sentence)
    assert (claim.span, claim.counted) == (span, counted)


def test_the_subject_a_count_is_equated_with_names_its_measure():
    claim = only_claim("The fatalities are two members of Turkish-backed factions.")
    assert (claim.measure, claim.core) == ("killed", True)
    assert only_claim("The wounded included some 40 troops.").measure == "wounded"


def test_the_whole_a_part_is_taken_from_does_not_take_the_parts_verb():
    share, whole = claims_of("Roughly 80 percent of the 1,162 inmates have tested positive.")
    assert (whole.span, whole.measure, whole.core) == ("1,162 inmates", "inmates", False)
    part, whole = claims_of("Six of the 40 soldiers were killed.")
    assert (part.measure, whole.measure) == ("killed", "deployed")


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("DeSantis noted that the nursing home death toll was 13 times higher in New York.", "13 times", 13),
        ("Swarms could swell numbers 400-fold by June.", "400-fold", 400),
        ("It was an accidental tenfold increase.", "tenfold", 10),
        ("Black patients were twice as likely to die.", "twice", 2),
    ],
)
def test_a_multiplier_is_a_ratio_never_a_count_of_the_noun(sentence, span, value):
    claim = only_claim(sentence)
    assert (claim.span, claim.value_low, claim.value_high, claim.unit, claim.measure, claim.core) == (
        span,
        value,
        value,
        "times",
        "ratio",
        False,
    )


def test_a_share_in_a_surveys_findings_is_a_poll_share():
    claims = claims_of("In the new poll, 68 percent of Republicans and 93 percent of Democrats approve.")
    assert [c.measure for c in claims] == ["poll_share", "poll_share"]
    assert (
        only_claim("The unemployment rate rose to 14.7% in the survey month.").measure == "unemployment_rate"
    )


@pytest.mark.parametrize(
    "sentence, measure, core",
    [
        ("That attack killed and injured hundreds of innocent people.", "casualties", True),
        ("Seventeen people were treated for injuries, officials said.", "wounded", True),
        ("We have approximately 18 inmates in the hospital.", "hospitalized", True),
        ("We got over 80 inmates quarantined that have been exposed.", "quarantined", False),
    ],
)
def test_measure_phrases_of_several_words(sentence, measure, core):
    claim = only_claim(sentence)
    assert (claim.measure, claim.core) == (measure, core)


def test_a_verb_after_a_nearer_count_is_that_counts():
    shootings, dead = claims_of("Three mass shootings in two weeks have left more than 30 people dead.")
    assert (shootings.measure, shootings.core) == ("shootings", False)
    assert dead.measure == "killed"


def test_a_part_of_a_whole_counts_the_wholes_noun():
    assert only_claim("The company kept all 180 of its employees.").counted == "employees"
    part, whole = claims_of("In all, 1,181 of the 2,368 adults ICE tested had COVID-19.")
    assert (part.value_low, part.counted, whole.value_low) == (1181, "adults", 2368)


def test_a_bare_level_reached_counts_the_clauses_plural_noun():
    claim = only_claim("The pool of illegal aliens reached a likely 20 million.")
    assert (claim.value_low, claim.counted, claim.hedged) == (20_000_000, "aliens", True)
    claim = only_claim("They hoped to boost arrivals to a record 40 million.")
    assert (claim.value_low, claim.value_high, claim.qualifier) == (40_000_000, 40_000_000, "exact")


def test_a_measure_verb_in_another_clause_does_not_name_the_count():
    claim = only_claim("The health care bill is dead again after two conservative senators said no.")
    assert (claim.measure, claim.core) == ("senators", False)


def test_a_percentage_above_100_is_no_share_and_never_ranges_to_a_level():
    assert only_claim("Calls to the hotline were up 845% in April.").measure in ("increase", "calls_increase")
    assert only_claim("Sales jumped by as much as 244%.").measure == "sales_increase"
    assert only_claim("The state reached 120% of its hospital capacity.").measure == "capacity_ratio"
    assert only_claim("The figure hit 1200% last year.").measure == "change"
    claim = claims_of("Users rose 10 percent to 2.6 billion.")[0]
    assert (claim.value_low, claim.value_high, claim.unit) == (10, 10, "percent")


def test_approaching_a_figure_bounds_it_from_above():
    claim = only_claim("The U.S. is fast approaching a full 100,000 Coronavirus deaths.")
    assert (claim.value_low, claim.value_high, claim.qualifier) == (None, 100000, "upper_bound")


def test_a_year_after_an_adjective_is_a_modifier_not_a_count():
    assert claims_of("He fits the mold of many of the Democrats’ most successful 2018 candidates.") == []


def test_the_base_of_a_rate_is_no_claim_but_names_what_the_next_numbers_count():
    claims = claims_of(
        "For every 10 people who applied, another three or four couldn’t get through, "
        "and two more didn’t even apply."
    )
    assert [(c.span, c.counted, c.measure) for c in claims] == [
        ("three or four", "people", "people"),
        ("two", "people", "people"),
    ]


def test_a_singular_noun_of_people_equated_with_a_figure_names_it():
    claim = only_claim("Unemployment was already well over 20 million by then.")
    assert (claim.measure, claim.value_low, claim.qualifier) == ("unemployed", 20_000_000, "lower_bound")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Huntwood Industries laid off around 500 employees on Monday.", "laid_off"),
        ("Congress approved $500 million in temporary benefits for workers.", "benefits"),
        ("He raised more than $4.8 million in total contributions.", "contributions"),
        ("The company reported revenue of $19.62 billion.", "revenue"),
        ("The audience held hundreds of the richest, most privileged people in America.", "people"),
    ],
)
def test_measure_from_a_verb_phrase_before_the_figure_the_noun_a_sum_is_in_or_of_and_adjectives_in_a_row(
    sentence, measure
):
    assert only_claim(sentence).measure == measure


def test_an_age_after_a_copula_is_no_claim_and_a_year_after_younger_modifies():
    assert claims_of("Mr Putin could stay in the presidency until 2036, when he will be 83.") == []
    assert claims_of("Some of the younger 2020 candidates are pushing for it.") == []


def test_a_sum_in_an_adverb_and_participle_phrase_is_named_by_its_noun():
    text = "Trump withheld nearly $400 million in congressionally approved security aid."
    assert only_claim(text).measure == "aid"


@pytest.mark.parametrize(
    "sentence",
    [
        "An image is projected onto the exterior of 10 Downing street, the residence.",
        "He lives at 1600 Pennsylvania Avenue.",
    ],
)
def test_street_numbers_are_no_claims_whatever_the_case_of_the_street(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, low, high, qualifier, measure",
    [
        ("Two-thirds of the senators present must vote to convict.", 2 / 3, 2 / 3, "exact", "senator_share"),
        ("The company closed more than half of its test sites.", 0.5, None, "lower_bound", "site_share"),
        (
            "It holds almost two-thirds of Mexico’s wind-power capacity.",
            None,
            2 / 3,
            "upper_bound",
            "capacity_share",
        ),
        ("A quarter of the residents left.", 0.25, 0.25, "exact", "resident_share"),
    ],
)
def test_fractions_in_words_are_shares_of_one(sentence, low, high, qualifier, measure):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high, claim.qualifier, claim.measure) == (
        low,
        high,
        qualifier,
        measure,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first half of the year sales fell.",
        "The seat has remained vacant for a third of the 116th Congress.",
        "They filled out ballots on behalf of voters.",
        "Half of it was lost.",
    ],
)
def test_fractions_of_a_duration_or_a_pronoun_and_behalf_are_no_claims(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In the second half of 1987, the index fell about 20 percent.",
        "Exports slumped during the first half of 2009.",
        "Prices rose in the latter half of March.",
        "Shipments doubled in the final quarter of 2015.",
    ],
)
def test_a_half_or_quarter_of_a_year_or_month_is_a_period_not_a_share(sentence):
    assert [c.unit for c in claims_of(sentence) if c.unit == "fraction"] == []


def test_a_quarter_million_is_a_quarter_of_a_million():
    assert only_claim("A quarter million people were dying from poverty.").value_low == 250_000


@pytest.mark.parametrize(
    "sentence",
    [
        "Neil Ferguson was behind the original prediction of millions of deaths from the virus.",
        "He’d also like to resettle at least one million Syrian refugees now living in Turkey.",
        "Close to 29,000 people a year could die.",
        "The bill is Estimated to Kill 28,600 More.",
    ],
)
def test_projected_aimed_or_possible_tolls_are_not_core(sentence):
    assert [c.core for c in claims_of(sentence)] == [False]


def test_a_toll_that_happened_stays_core():
    assert only_claim("More than 1,000 troops have been killed in action.").core


def test_a_part_after_including_is_counted_by_the_figure_before():
    claims = claims_of(
        "The regime used poison gas to kill more than 1,400 civilians, including hundreds of children."
    )
    assert [(c.measure, c.core) for c in claims] == [("killed", True), ("killed", True)]


def test_the_killing_of_is_a_noun_not_the_counts_verb():
    (claim,) = claims_of("Three men were charged in the killing of a teenager.")
    assert (claim.measure, claim.core) == ("charged", False)


def test_coordinated_adjectives_before_the_counted_noun():
    claim = only_claim("There were 13 confirmed or presumed positive COVID-19 cases in Arizona.")
    assert (claim.measure, claim.core, claim.value_low) == ("cases", True, 13)


def test_a_distance_per_hour_is_a_speed():
    assert only_claim("Atlas Peak had gusts of 32 miles per hour at 9 p.m.").measure == "speed"


def test_a_rank_a_sized_change_and_tests_outside_an_illness():
    assert claims_of("Outside analysts consider Choe to be North Korea’s number two official.") == []
    assert only_claim("Consumer spending rose a healthy 3.3%.").measure == "increase"
    assert only_claim("The country conducted two nuclear tests last year.").core is False


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("About 6,000 citizens have signed up to become part of the case.", "signed_up"),
        ("Three men indicted on murder charges in Georgia.", "indicted"),
        ("About 500 people attended the rally.", "attended"),
        ("Forty people based in Ohio joined.", "people"),
    ],
)
def test_what_happened_to_the_people_counted_names_their_figure(sentence, measure):
    assert only_claim(sentence).measure == measure


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("Not one vote was cast for the bill.", "Not one vote"),
        ("The bill passed without one Republican vote.", "without one Republican vote"),
    ],
)
def test_not_one_counts_none(sentence, span):
    claim = only_claim(sentence)
    assert (claim.span, claim.value_low, claim.value_high, claim.qualifier) == (span, 0, 0, "exact")


@pytest.mark.parametrize("sentence", ["It was not one but two reports.", "He did not one day regret it."])
def test_not_one_before_but_or_a_duration_is_no_count_of_none(sentence):
    assert all(c.value_low != 0 for c in claims_of(sentence))


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("While 38% say the worst is still to come, others disagree.", "poll_share"),
        ("A majority of Republicans (61%) now say the worst is behind us.", "poll_share"),
        ("About 14% of the population, officials said, is infected.", "population_share"),
    ],
)
def test_a_share_of_people_holding_a_view_is_a_polls(sentence, measure):
    assert only_claim(sentence).measure == measure


@pytest.mark.parametrize(
    "sentence, span, low, high, measure, core",
    [
        (
            "More than 20 women are in prison for protesting.",
            "More than 20 women are in prison",
            20,
            None,
            "imprisoned",
            True,
        ),
        (
            "More than 40 specialized vehicles were dispatched.",
            "More than 40 specialized vehicles were dispatched",
            40,
            None,
            "vehicles_deployed",
            False,
        ),
        (
            "About 130 of Michigan's National Guard soldiers were sent.",
            "About 130 of Michigan's National Guard soldiers",
            130,
            130,
            "deployed",
            True,
        ),
        ("U.S. deaths due to the virus topped 7,000 on Friday.", "topped 7,000", 7000, None, "killed", True),
        (
            "The board cannot have more than three commissioners.",
            "more than three commissioners",
            None,
            3,
            "commissioners",
            False,
        ),
    ],
)
def test_core_counts_caps_and_levels_read_from_their_verbs(sentence, span, low, high, measure, core):
    claim = only_claim(sentence)
    assert (claim.span, claim.value_low, claim.value_high, claim.measure, claim.core) == (
        span,
        low,
        high,
        measure,
        core,
    )


def test_a_part_of_them_takes_the_core_measure_of_the_figure_before():
    claims = claims_of("A gunman killed 26 people, and a half-dozen of them were children.")
    assert [(c.span, c.value_low, c.measure, c.core) for c in claims] == [
        ("killed 26 people", 26, "killed", True),
        ("a half-dozen of them", 6, "killed", True),
    ]


@pytest.mark.parametrize(
    "sentence, counts",
    [
        ("He will meet with zero donors at the event.", True),
        ("The deal means zero tariffs on cars.", True),
        ("There is zero evidence of fraud in the count.", False),
        ("The new buses have zero emissions.", False),
    ],
)
def test_zero_counts_people_and_things_but_not_rhetoric(sentence, counts):
    assert bool(claims_of(sentence)) is counts


@pytest.mark.parametrize(
    "sentence, span, low, high, measure",
    [
        ("The fine was less than the $5.7 million sought.", "$5.7 million", 5_700_000, 5_700_000, "money"),
        (
            "Suicides outnumber the 7,012 service members killed in combat.",
            "7,012 service members killed",
            7012,
            7012,
            "killed",
        ),
        ("Deaths topped the 100,000 mark on Friday.", "topped the 100,000 mark", 100_000, None, "mark"),
    ],
)
def test_a_figure_compared_with_after_the_is_exact_but_a_level_passed_is_a_bound(
    sentence, span, low, high, measure
):
    claim = only_claim(sentence)
    assert (claim.span, claim.value_low, claim.value_high, claim.measure) == (span, low, high, measure)


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Eight people were shot on Sunday.", "casualties"),
        ("Three people were shot dead on Sunday.", "killed"),
        ("Later one man was stabbed near the park.", "wounded"),
    ],
)
def test_shot_and_stabbed_are_core_measures(sentence, measure):
    claim = only_claim(sentence)
    assert (claim.measure, claim.core) == (measure, True)


def test_coordinated_counts_of_people_share_the_verb_after_them():
    claims = claims_of("Two men and two infants were reported dead.")
    assert [(c.value_low, c.measure, c.core) for c in claims] == [(2, "killed", True), (2, "killed", True)]


@pytest.mark.parametrize(
    "sentence, low, high, qualifier",
    [
        ("The cost is estimated at between CHF 0.7 and 1.4 billion.", 700_000_000, 1_400_000_000, "range"),
        ("There are 100,000 to 200,000 plus veterans in the state.", 100_000, None, "range"),
        ("Police detained at least another 21 suspects.", 21, None, "lower_bound"),
    ],
)
def test_currency_codes_open_ended_ranges_and_another_after_a_qualifier(sentence, low, high, qualifier):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high, claim.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("As recently as June 7, 47% of Americans thought so.", "47% of Americans", 47),
        ("As of April 30, 1,692 inmates had been tested.", "1,692 inmates had been tested", 1692),
        (
            "By Friday 349 Bureau of Prisons staff have tested positive.",
            "349 Bureau of Prisons staff have tested positive",
            349,
        ),
    ],
)
def test_figures_after_a_date_and_counts_named_with_of_inside_a_name(sentence, span, value):
    claim = only_claim(sentence)
    assert (claim.span, claim.value_low) == (span, value)


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        ("Our gun homicide rate is more than 25 times the average rate of other countries.", 25, None),
        ("Their risk is four times that of civilians.", 4, 4),
    ],
)
def test_n_times_the_rate_or_that_of_is_a_ratio(sentence, low, high):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high, claim.measure) == (low, high, "ratio")


def test_two_modifiers_joined_by_and_count_one_plural_noun():
    claim = only_claim("More than 300 health and care workers have died.")
    assert (claim.counted, claim.measure) == ("health care workers", "killed")


def test_an_adjective_in_un_before_a_sum_is_no_verb():
    assert only_claim("The city will spend an unprecedented $250 million.").measure == "money"


@pytest.mark.parametrize(
    "sentence", ["Leaders met at the Group of Seven summit.", "The Big Ten canceled its games."]
)
def test_a_number_in_a_name_is_no_count(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("There have been 33 deaths among incarcerated people.", "killed"),
        ("The virus killed 40 people in jail.", "killed"),
        ("More than 20 women are in prison.", "imprisoned"),
    ],
)
def test_where_people_are_yields_to_what_happened_to_them(sentence, measure):
    assert only_claim(sentence).measure == measure


@pytest.mark.parametrize(
    ("sentence", "qualifier", "low", "high"),
    [
        ("In India, deaths top 3,000 on Monday.", "lower_bound", 3000, None),
        ("Coronavirus infections surge past 100,000 in India.", "lower_bound", 100000, None),
        ("The number of coronavirus cases in the region has passed 70,000.", "lower_bound", 70000, None),
        # The verb with its own object, and the adjectives, are no bounds.
        ("Over 105 days, Congress passed 76 bills.", "exact", 76, 76),
        (
            "The state reported 500 deaths in the past week, the top 10 counties 400 deaths.",
            "exact",
            500,
            500,
        ),
    ],
)
def test_top_past_and_passed_before_a_bare_figure_are_lower_bounds(sentence, qualifier, low, high):
    claim = claims_of(sentence)[0]
    assert (claim.qualifier, claim.value_low, claim.value_high) == (qualifier, low, high)


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # The verb left out of the second conjunct is the first one's.
        (
            "On the tally, 1,552 Americans succumbed to the disease Tuesday and another 1,403 Americans on "
            "Wednesday.",
            ["killed", "killed"],
        ),
        # An appositive on the count does not cut it from its verb.
        ("Two other warehouse workers, both in California, have died of the virus.", ["killed"]),
        # The base form after "to" names the measure too.
        ("The virus spread across the country to infect some 84,000 people.", ["infected"]),
    ],
)
def test_a_gapped_conjunct_an_apposed_count_and_a_base_verb_keep_the_core_measure(sentence, measures):
    claims = claims_of(sentence)
    assert [(c.measure, c.core) for c in claims] == [(m, True) for m in measures]


def test_a_change_by_then_a_new_level_is_two_figures_not_a_range():
    claims = claims_of("Deaths rose by 134 to 3,163 on Friday.")
    assert [(c.value_low, c.qualifier, c.measure) for c in claims] == [
        (134, "exact", "killed"),
        (3163, "exact", "killed"),
    ]
    (share,) = claims_of("Prices rose by 5 to 10 percent.")
    assert (share.value_low, share.value_high, share.qualifier) == (5, 10, "range")


@pytest.mark.parametrize(
    "sentence",
    [
        "The deadly 2012 attacks on the consulate shaped the race.",
        "Politico’s overview of the big 2020 issues omits it.",
        "It is the generation of 1787–88 that continues to rule.",
        "Passengers with questions can contact us at 1.800.523.9101 today.",
    ],
)
def test_years_as_modifiers_a_year_span_and_a_dotted_phone_number_are_no_claims(sentence):
    assert claims_of(sentence) == []


def test_a_four_digit_count_of_people_without_a_comma_is_a_claim():
    (claim,) = claims_of("Nearly 2000 people marched through the city.")
    assert (claim.value_high, claim.qualifier) == (2000, "upper_bound")


def test_a_wire_exchange_rate_note_holds_no_figure():
    assert claims_of("The plant will be fully operational, he said. ($1 = 0.8161 pounds)") == []
    assert [c.span for c in claims_of("Sales rose to $5 million ($1 = 7.1 yuan) last year.")] == [
        "$5 million"
    ]


def test_a_bare_figure_after_has_in_a_list_counts_the_lists_noun():
    claims = claims_of(
        "The researchers calculated that America has over 10 million infections, Spain has over 5 million, "
        "Italy has more than 3 million."
    )
    assert [(c.value_low, c.measure) for c in claims] == [
        (10_000_000, "infected"),
        (5_000_000, "infected"),
        (3_000_000, "infected"),
    ]


@pytest.mark.parametrize(
    ("sentence", "measure", "core"),
    [
        ("If you vote for this bill, it will ruin millions of lives.", "lives", False),
        ("Over 3,000 lives were lost in the fighting.", "killed", True),
        ("The shooting claimed 22 lives in minutes.", "killed", True),
        ("More than 40,000 donors have contributed to the effort.", "donors", False),
        ("Britain contributed 500 troops to the mission.", "deployed", True),
        ("Immigrants from the seven banned countries have killed no one in attacks.", "countries", False),
    ],
)
def test_lives_not_taken_donors_contributing_and_a_count_inside_a_subjects_phrase_are_not_core(
    sentence, measure, core
):
    claim = claims_of(sentence)[0]
    assert (claim.measure, claim.core) == (measure, core)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seventy-four percent expect the disruption to last through the end of the year.",
        "By June, just 30% of Americans who thought it was getting worse remained.",
        "Approval of the handling fell from 51% in March.",
        "His approval rating is stable, with 46 percent approving.",
    ],
)
def test_shares_of_people_expecting_thinking_or_approving_are_poll_shares(sentence):
    assert claims_of(sentence)[0].measure == "poll_share"


def test_people_sickened_by_a_disease_are_infected():
    (claim,) = claims_of("The virus has so far sickened more than 800,000 people worldwide.")
    assert (claim.measure, claim.core) == ("infected", True)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("More than 78,400 people with COVID-19 have died in the United States.", "killed"),
        (
            "At the facility, 91 staff members and residents have tested positive for the coronavirus.",
            "infected",
        ),
    ],
)
def test_a_number_inside_a_name_and_a_coordinated_noun_do_not_cut_a_count_from_its_verb(sentence, measure):
    (claim,) = claims_of(sentence)
    assert (claim.measure, claim.core) == (measure, True)


def test_a_figure_apposed_to_the_plural_noun_it_counts_is_a_claim():
    claims = claims_of(
        "Italy remained the country with the most coronavirus cases, nearly 70,000, and 7,000 deaths."
    )
    assert [(c.value_high, c.measure) for c in claims] == [(70000, "cases"), (7000, "killed")]


def test_of_those_opening_a_sentence_counts_the_noun_of_the_figure_before():
    claims = claims_of("Police said 12 people were arrested. Of those, five were charged with murder.")
    assert [(c.value_low, c.measure) for c in claims] == [(12, "arrested"), (5, "charged")]


def test_a_word_number_before_a_word_opening_with_am_or_pm_is_no_time():
    claims = claims_of("The attack killed four Americans and wounded six ambulance drivers.")
    assert [(c.value_low, c.measure) for c in claims] == [(4, "killed"), (6, "wounded")]
    assert claims_of("We met at seven a.m. on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Relatives said children ages 6 to 16 were there.",
        "Children aged 5 to 11 can get the shot next month.",
    ],
)
def test_the_upper_end_of_an_age_range_is_no_claim(sentence):
    assert claims_of(sentence) == []


def test_a_count_approached_is_an_upper_bound_of_the_noun_counted_before():
    (claim,) = claims_of(
        "The weekend could mark a grim moment as the number of deaths in the US approached 100,000."
    )
    assert (claim.value_low, claim.value_high, claim.qualifier, claim.measure) == (
        None,
        100000,
        "upper_bound",
        "killed",
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The war has left the thousands of civilians who have been killed uncounted.",
            [("thousands of civilians who have been killed", "killed")],
        ),
        (
            "Officials said 12 soldiers who were wounded in the attack were evacuated.",
            [("12 soldiers who were wounded", "wounded")],
        ),
        (
            "An inspector confirmed that eight children and one adult who died in his area had taken the medicine.",
            [("eight children", "killed"), ("one adult who died", "killed")],
        ),
    ],
)
def test_a_relative_clause_on_a_count_of_people_gives_its_measure(sentence, expected):
    assert [(c.span, c.measure) for c in claims_of(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Oakland is averaging 187 cases per 100,000 people during the coronavirus outbreak.",
            [("187 cases", False, "per 100000")],
        ),
        (
            "Some 128,000 people die every year in the U.S. from overdoses.",
            [("Some 128,000 people die", False, "per year")],
        ),
        ("About 2,500 people died per day in April.", [("About 2,500 people died", True, "per day")]),
    ],
)
def test_a_rate_per_head_or_a_yearly_statistic_is_no_core_toll_and_its_base_no_claim(sentence, expected):
    assert [(c.span, c.core, c.unit) for c in claims_of(sentence)] == expected


def test_a_count_coordinated_with_a_singular_shares_its_verb():
    (claim,) = claims_of("Columbine is the high school where 12 students and a teacher were killed in 1999.")
    assert (claim.measure, claim.core) == ("killed", True)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The death toll is now up to 52.", [("52", "exact", 52, 52)]),
        ("The storm could bring up to 10 inches of rain.", [("up to 10 inches", "upper_bound", None, 10)]),
        (
            "Contra Costa County has tallied 1,155 cases after reporting an additional nine.",
            [("1,155 cases", "exact", 1155, 1155), ("nine", "exact", 9, 9)],
        ),
    ],
)
def test_a_toll_up_to_a_level_is_that_level_and_a_bare_count_reported_again_counts_the_noun_before(
    sentence, expected
):
    assert [(c.span, c.qualifier, c.value_low, c.value_high) for c in claims_of(sentence)] == expected


def test_a_capitalised_direction_before_a_place_keeps_the_count_s_noun():
    (claim,) = claims_of("The storm hit more than two dozen Northern California counties on Monday.")
    assert (claim.span, claim.value_low, claim.qualifier) == (
        "more than two dozen Northern California counties",
        24,
        "lower_bound",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The estimate is based on 2019 tax returns filed by residents.",
        "The 2018 figures show a decline.",
        "He cited 2018 data.",
    ],
)
def test_a_year_before_the_records_of_that_year_is_no_count(sentence):
    assert claims_of(sentence) == []


def test_a_fraction_that_is_the_subject_of_were_is_a_part_of_the_whole_named_before():
    claims = claims_of("In 2014, only 2 percent of the staff were black and less than a third were women.")
    assert [(c.span, c.value_high, c.qualifier) for c in claims][-1] == (
        "less than a third",
        1 / 3,
        "upper_bound",
    )


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Idaho Governor Signs 2 Bills into Law", [("2 Bills", 2)]),
        ("US Jobless Numbers Top 38.6 Million", [("Top 38.6 Million", 38_600_000)]),
        ("Section 230 Is Under Fire Again", []),
    ],
)
def test_a_title_case_headline_is_read_in_lower_case_for_its_counts(headline, expected):
    claims = article_facts(headline + "\n\nThe story follows.", "t").claims
    assert [(c.span, c.value_low) for c in claims] == expected


def test_a_stock_quote_glued_after_a_ticker_is_no_claim():
    sentence = "Walsh wrote in a post on Twitter TWTR, -0.78% that he quit, and Apple AAPL, +1.2% rose."
    assert claims_of(sentence) == []


def test_soldiers_included_in_a_toll_are_part_of_it_not_a_deployment():
    claims = claims_of(
        "As many as 27 million Soviet citizens died in the war, including up to eight million Red Army soldiers."
    )
    assert [(c.measure, c.core) for c in claims] == [("killed", True), ("killed", True)]


@pytest.mark.parametrize(
    "sentence, interval",
    [
        ("The plan said that between 100-300,000 contract tracers would be needed.", (100_000, 300_000)),
        ("They hired 10-20,000 workers.", (10_000, 20_000)),
        ("They hired 500-2,000 workers.", (500, 2_000)),
    ],
)
def test_a_range_written_with_thousands_on_its_upper_end_only_is_in_thousands_both(sentence, interval):
    (claim,) = claims_of(sentence)
    assert (claim.value_low, claim.value_high) == interval


def test_a_year_and_a_half_is_a_duration_not_a_share():
    assert claims_of("Estonia allocates more than a year and a half of paid leave to new parents.") == []


def test_a_figure_compared_with_a_toll_is_of_the_same_measure():
    claims = claims_of(
        "Six million troops were killed in the east, compared with one million on the Western Front."
    )
    assert [(c.span, c.measure, c.core) for c in claims] == [
        ("Six million troops were killed", "killed", True),
        ("one million", "killed", True),
    ]


def test_people_diagnosed_in_an_outbreak_are_cases():
    (claim,) = claims_of("In the coronavirus outbreak, 8,764 people were diagnosed in the county.")
    assert (claim.measure, claim.core) == ("cases", True)


@pytest.mark.parametrize(
    "sentence, counted",
    [
        ("Amid the outbreak, the city's case load had surged to nearly 5,700 by Friday.", "case load"),
        ("As the virus spread, the case count rose to 5,700 on Friday.", "case count"),
    ],
)
def test_a_level_named_by_two_words_before_it_is_a_count_of_them(sentence, counted):
    (claim,) = claims_of(sentence)
    assert (claim.counted, claim.measure, claim.core) == (counted, "cases", True)


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("At the jail, 312 incarcerated people have tested positive.", "infected"),
        ("At the jail, 312 incarcerated people (a third of all inmates) have tested positive.", "infected"),
        ("Agents held 312 detained migrants at the camp.", "detained"),
    ],
)
def test_a_participle_before_the_people_counted_yields_to_what_the_clause_says_happened(sentence, measure):
    assert [c.measure for c in claims_of(sentence) if c.value_low == 312] == [measure]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The state recorded 35.64 deaths per 100,000 people.", "death_rate"),
        ("The county had 187 cases per 100,000 residents.", "case_rate"),
        ("He won less than 3% of the total delegate share.", "delegate_share"),
    ],
)
def test_a_rate_per_head_is_named_for_what_it_counts_and_a_share_of_a_share_for_its_modifier(
    sentence, measure
):
    (claim,) = claims_of(sentence)
    assert (claim.measure, claim.core) == (measure, False)


def test_a_population_of_a_number_is_a_count_of_the_population():
    (claim,) = claims_of("The city, which has a population of 10.23 million, was locked down.")
    assert (claim.span, claim.value_low, claim.measure, claim.core) == (
        "population of 10.23 million",
        10_230_000,
        "population",
        False,
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nearly half the country backs the plan.", [(None, 0.5)]),
        ("Half their members voted against it.", [(0.5, 0.5)]),
        ("He spends half the time asleep.", []),
    ],
)
def test_half_takes_its_whole_without_of_but_half_the_time_is_no_share(sentence, expected):
    assert [(c.value_low, c.value_high) for c in claims_of(sentence)] == expected


def test_an_adverb_opening_a_sentence_is_no_source_and_a_verb_before_a_report_is_not_the_figure_s():
    (claim,) = claims_of("Publicly posted records show 2,000 visitors came to the site.")
    assert (claim.measure, claim.core, claim.attribution_text) == ("visitors", False, None)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Only three out of 10 workers were rehired.", [("three out of 10", 0.3, 0.3)]),
        ("About one in five adults is obese.", [("About one in five", 0.2, 0.2)]),
        ("He lived there for 3 in 10 years.", []),
    ],
)
def test_a_count_out_of_a_small_whole_is_a_share(sentence, expected):
    assert [(c.span, c.value_low, c.value_high) for c in claims_of(sentence)] == expected


def test_home_to_a_number_counts_the_population():
    (claim,) = claims_of("The region is home to 8 million.")
    assert (claim.span, claim.measure, claim.counted) == ("8 million", "population", "population")


@pytest.mark.parametrize(
    "sentence, core",
    [
        # People said to have recovered are not compared across sources (dev17's "beat the virus").
        ("Over the past day 340 people recovered from the flu.", False),
        ("In the province, 2,150 patients recovered, officials said.", False),
        # A reported tally of recoveries is, like a tally of cases (dev2).
        ("The county has logged over 1.2 million reported recoveries from the virus.", True),
    ],
)
def test_people_who_recovered_are_not_core_but_a_tally_of_recoveries_is(sentence, core):
    claim = only_claim(sentence)
    assert claim.measure == "recovered"
    assert claim.core is core


@pytest.mark.parametrize(
    "sentence, span, measure",
    [
        ("So far the fever has claimed the lives of 61 villagers.", "the lives of 61 villagers", "killed"),
        (
            "The avalanche took the lives of at least 12 climbers.",
            "the lives of at least 12 climbers",
            "killed",
        ),
        # Lives saved are no toll.
        ("The new ward saved the lives of 40 newborns last year.", "40 newborns", "newborns"),
    ],
)
def test_the_lives_of_people_a_disaster_claimed_are_a_toll(sentence, span, measure):
    claim = only_claim(sentence)
    assert (claim.span, claim.measure, claim.core) == (span, measure, measure == "killed")


@pytest.mark.parametrize(
    "sentence",
    [
        "During the outbreak, 48 residents fell ill with the flu on Monday.",
        "In the coronavirus wave, 310 more workers have fallen ill at the plant.",
    ],
)
def test_people_who_fell_ill_in_an_outbreak_are_cases(sentence):
    claim = only_claim(sentence)
    assert (claim.measure, claim.core) == ("cases", True)


def test_items_of_a_list_of_places_and_figures_count_the_noun_the_list_opens_with():
    text = (
        "Flu spreads fast\n\n"
        "Most new infections this week were confirmed in Ohio - 2,310\n\n"
        "in the Erie County, 212 people fell ill,\n\n"
        "in the Lake County - 118,\n\n"
        "in St. Clairsville - 64,\n\n"
        "in Lorain County - 96 people,\n"
    )
    claims = claims_of(text)
    assert [(c.span, c.measure, c.core) for c in claims] == [
        ("Ohio - 2,310", "infected", True),
        ("212 people fell ill", "cases", True),
        ("Lake County - 118", "infected", True),
        ("St. Clairsville - 64", "infected", True),
        ("Lorain County - 96 people", "infected", True),
    ]


def test_a_dash_between_a_name_and_a_number_is_no_list_without_a_counted_noun_before():
    # A score, a route: no noun the figure counts.
    assert claims_of("The Rovers beat United - 3 to the fans' delight.") == []


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("The flu has now infected all but two counties in Ohio.", "two counties"),
        ("The storm killed all but three passengers.", "three passengers"),
        ("The virus has reached all but one province.", "one province"),
    ],
)
def test_all_but_a_number_counts_those_the_verb_spared(sentence, span):
    claim = only_claim(sentence)
    assert (claim.span, claim.core) == (span, False)
    assert claim.measure not in ("infected", "killed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ohio Will Release 2,000 Prisoners Early",
        "The parole board said early releases would reach another 900 prisoners with months left on their sentences.",
        "The ruling lets thousands of federal prisoners seek shorter sentences.",
    ],
)
def test_prisoners_of_a_justice_system_are_not_captives(sentence):
    claim = only_claim(sentence)
    assert claim.measure != "captured" and claim.core is False


def test_prisoners_held_by_a_side_in_a_war_are_still_captives():
    claim = only_claim("Kurdish forces are guarding about 9,000 militant prisoners in camps.")
    assert (claim.measure, claim.core) == ("captured", True)


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("The firm polled voters between March 3 and March 9 in 27 counties.", "27 counties"),
        ("Crews were sent out in 2019 in 14 districts.", "14 districts"),
    ],
)
def test_a_date_before_in_is_no_first_term_of_a_ratio(sentence, span):
    assert [c.span for c in claims_of(sentence)] == [span]


@pytest.mark.parametrize(
    "sentence, span, low",
    [
        ("The bakery opens a 12,000-square foot store downtown.", "12,000-square foot", 12000),
        ("The shop moved into a three-floor space on Main Street.", "three-floor", 3),
        ("They built a five-story garage next to the mall.", "five-story", 5),
        ("Critics say six-feet is an arbitrary rule.", "six-feet", 6),
        ("A nine-member board will decide.", "nine-member", 9),
        ("Writing for the three-judge panel, Judge Ames upheld the law.", "three-judge", 3),
    ],
)
def test_compound_measurements_and_counts_are_claims_in_digits_or_words(sentence, span, low):
    claim = only_claim(sentence)
    assert (claim.span, claim.value_low) == (span, low)


@pytest.mark.parametrize(
    "sentence", ["He signed a five-year deal.", "It was a one-sided fight.", "She won a two-way race."]
)
def test_durations_and_adjectives_in_compounds_stay_no_claims(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, low",
    [
        ("A crowd of 5,000 gathered outside the stadium.", 5000),
        ("Only a few out of a company of a hundred thousand would know.", 100000),
        ("It is a quiet town of 3,000 on the coast.", 3000),
    ],
)
def test_the_size_of_a_collective_is_a_count_of_its_members(sentence, low):
    assert only_claim(sentence).value_low == low


@pytest.mark.parametrize(
    "sentence, span, low",
    [
        ("Lenders had loaned billions to buyers who could never repay.", "loaned billions", 2_000_000_000),
        ("The campaign spent millions on television.", "spent millions", 2_000_000),
    ],
)
def test_a_vague_sum_after_a_verb_of_money_is_a_claim_with_the_money_implied(sentence, span, low):
    claim = only_claim(sentence)
    assert (claim.span, claim.value_low) == (span, low)


@pytest.mark.parametrize(
    "sentence, spans",
    [
        (
            "The county holds 12 delegates this year — 8 for the north and 4 for the south — in the primary.",
            ["12 delegates", "8", "4"],
        ),
        ("The club signed 9 players (5 from Spain and 4 from Italy) this summer.", ["9 players", "5", "4"]),
    ],
)
def test_bare_numbers_breaking_down_a_count_after_a_dash_count_its_noun(sentence, spans):
    claims = claims_of(sentence)
    assert [c.span for c in claims] == spans
    assert {c.counted for c in claims} == {claims[0].counted}


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Small gifts are matched at a rate of 6:1 by the city.", 6),
        ("The fund offers a 4:1 match on donations.", 4),
    ],
)
def test_a_ratio_written_with_a_colon_is_a_multiplier(sentence, value):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.unit, claim.measure) == (value, "times", "ratio")


@pytest.mark.parametrize("sentence", ["Read John 3:1 aloud.", "The meeting starts at 6:15 today."])
def test_verses_and_times_with_a_colon_are_no_ratio(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The other two leading contenders, Ann Lowe and Bob Marsh, held rallies.",
        "Its other three members abstained.",
    ],
)
def test_the_other_few_is_a_reference_count_not_a_claim(sentence):
    assert claims_of(sentence) == []


def test_a_verb_before_that_is_not_what_the_figure_after_it_did():
    (claim,) = article_facts(
        "Intro.\n\nThe director said in a video posted on Twitter that 16,000 students had been billed.", "t"
    ).claims
    assert claim.span == "16,000 students" and claim.measure != "deployed" and not claim.core


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Ukraine lost 300 soldiers in the battle.", "casualties"),
        ("Russia has lost at least 5,000 troops.", "casualties"),
        ("The company lost 300 workers to rivals.", "workers"),
    ],
)
def test_an_army_that_lost_soldiers_counts_casualties(sentence, measure):
    (claim,) = article_facts(f"Intro.\n\n{sentence}", "t").claims
    assert claim.measure == measure


@pytest.mark.parametrize(
    "sentence", ["He served two terms as governor.", "She won three terms in the Senate."]
)
def test_terms_of_office_are_a_span_of_time_not_a_count(sentence):
    assert article_facts(f"Intro.\n\n{sentence}", "t").claims == []


def test_a_long_term_count_is_still_a_count():
    (claim,) = article_facts("Intro.\n\nThere are 11 million long-term residents.", "t").claims
    assert claim.value_low == 11_000_000


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("The goal is to keep it from rising 2°C this century.", "2°C", 2),
        ("It has already warmed about 0.8°C since 1880.", "about 0.8°C", 0.8),
    ],
)
def test_a_temperature_in_degrees_is_a_measurement(sentence, span, value):
    (claim,) = article_facts(f"Intro.\n\n{sentence}", "t").claims
    assert (claim.span, claim.value_low, claim.measure) == (span, value, "temperature")


@pytest.mark.parametrize(
    "sentence", ["Tourism saw a 99.9 percent year-on-year drop.", "Sales fell 12 percent year over year."]
)
def test_a_change_year_on_year_is_no_span_of_time(sentence):
    (claim,) = article_facts(f"Intro.\n\n{sentence}", "t").claims
    assert "percent" in claim.span


def test_the_people_of_a_place_named_for_it_are_counted():
    (claim,) = article_facts(
        "Intro.\n\nShe noted 93% of Chicagoans who have died had other conditions.", "t"
    ).claims
    assert claim.value_low == 93


@pytest.mark.parametrize(
    "sentence",
    [
        "Who remembers the 10,000 massacred in the square?",
        "Troops slaughtered 40 villagers.",
        "Gunmen gunned down 12 people.",
    ],
)
def test_people_massacred_or_slaughtered_are_a_toll(sentence):
    (claim,) = article_facts(f"Intro.\n\n{sentence}", "t").claims
    assert (claim.measure, claim.core) == ("killed", True)


def test_a_count_out_of_a_group_counts_the_part_and_the_group():
    claims = article_facts(
        "Intro.\n\nAfter the outbreak, 52 out of 61 attendees became ill, 32 of whom were confirmed to have COVID-19.",
        "t",
    ).claims
    assert [(c.span, c.value_low, c.measure) for c in claims] == [
        ("52 out of 61 attendees became ill", 52, "cases"),
        ("61 attendees", 61, "attendees"),
        ("32 of whom", 32, "cases"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "There is a 1 out of 40 chance of rain.",
        "Critics gave it 3 out of 5 stars.",
        "Nine out of 10 dentists agree.",
    ],
)
def test_odds_ratings_and_shares_out_of_a_round_whole_stay_no_group_counts(sentence):
    claims = article_facts(f"Intro.\n\n{sentence}", "t").claims
    assert not any(c.value_low in (40, 5, 10) for c in claims)  # the whole is no count of its own


@pytest.mark.parametrize(
    "sentence",
    [
        "Pew found that majorities of Americans were “concerned” (76 percent) by the things he says.",
        "Meanwhile, 43% of those in the most impacted counties say the outbreak is a threat to their health.",
        "Some 43% of voters say the outbreak is a threat, as do 36% of those in counties less affected.",
        "Among Republicans in the most impacted counties, 34% see the coronavirus as a major threat.",
        "That is lower than the share of Democrats in the least affected counties who say this (48%).",
    ],
)
def test_shares_of_people_holding_a_view_are_a_polls_wherever_the_view_is_said(sentence):
    assert {c.measure for c in article_facts(sentence, "t").claims} == {"poll_share"}


@pytest.mark.parametrize(
    "sentence, spans",
    [
        ("In 2017 he reduced the limit set by Obama, his predecessor, from 110,000 to 45,000.", ["110,000", "45,000"]),
        ("A year later he cut the figure to 30,000.", ["30,000"]),
        ("In those years—when the cap exceeded 200,000—most refugees came from Asia.", ["exceeded 200,000"]),
    ],
)  # fmt: skip
def test_a_limit_or_tally_set_to_a_level_or_passing_it_counts_what_it_limits(sentence, spans):
    assert [c.span for c in article_facts(sentence, "t").claims] == spans


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("The crack epidemic was worse, hitting a peak of two per 100,000.", "two"),
        ("The rate was more than five times higher than that — 10.3 per 100,000.", "10.3"),
    ],
)
def test_a_bare_figure_with_its_base_is_a_rate(sentence, span):
    rates = [c for c in article_facts(sentence, "t").claims if c.measure == "rate"]
    assert [c.span for c in rates] == [span]


def test_a_range_of_ages_is_no_claim():
    claims = article_facts(
        "Police arrested 27 men, ranging in age from 16 to 57, on charges of fraud.", "t"
    ).claims
    assert [c.span for c in claims] == ["arrested 27 men"]


@pytest.mark.parametrize(
    "sentence, measure, core",
    [
        ("Nearly 150,000 inmates serving sentences in federal prisons are at risk.", "inmates", False),
        ("About 5,000 troops serving in Iraq returned home.", "deployed", True),
        ("The war led to the death of hundreds of American troops.", "killed", True),
    ],
)
def test_serving_time_is_no_deployment_and_a_singular_death_of_governs_a_toll(sentence, measure, core):
    claim = only_claim(sentence)
    assert (claim.measure, claim.core) == (measure, core)


def test_a_confidence_level_is_no_claim():
    claims = article_facts(
        "The estimate has a 95 percent confidence interval between 605 and 1,039 deaths.", "t"
    ).claims
    assert [c.span for c in claims] == ["between 605 and 1,039 deaths"]


@pytest.mark.parametrize(
    "sentence, span, measure, core",
    [
        ("A study estimated the number of deaths from the hurricane at 4,645 instead of 64.", "4,645", "killed", True),
        ("The state has 348,000 coronavirus cases, with 2,419 new positives reported on Friday.", "2,419 new positives", "cases", True),
        ("Trump said retaliating would have killed approximately 150 people.", "killed approximately 150 people",
         "projected_deaths", False),
    ],
)  # fmt: skip
def test_tallies_at_a_level_new_positives_and_counterfactual_tolls(sentence, span, measure, core):
    claim = next(c for c in article_facts(sentence, "t").claims if c.span == span)
    assert (claim.measure, claim.core) == (measure, core)


@pytest.mark.parametrize(
    "sentence, low, high, qualifier",
    [
        ("Anyone with a temperature higher than 99.1 degrees will be sent home.", 99.1, None, "lower_bound"),
        ("Unemployment was lower than 4 percent in May.", None, 4.0, "upper_bound"),
    ],
)
def test_higher_than_and_lower_than_bound_a_figure(sentence, low, high, qualifier):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high, claim.qualifier) == (low, high, qualifier)


def test_a_percentage_of_a_whole_named_in_capitals_is_a_claim():
    claim = only_claim("The tariffs would cost the economy about 0.5% of GDP next year.")
    assert (claim.span, claim.measure) == ("about 0.5% of GDP", "gdp_share")


def test_a_minus_sign_after_a_space_makes_the_figure_negative():
    claim = only_claim("The index fell to a daily average of -1.6% in May.")
    assert (claim.span, claim.value_low, claim.value_high) == ("-1.6%", -1.6, -1.6)


def test_tens_of_trillions_is_a_vague_plural_of_its_scale():
    claim = only_claim("The program will cost tens of trillions of dollars over a decade.")
    assert (claim.value_low, claim.value_high, claim.qualifier) == (2e13, None, "vague")


def test_a_part_in_words_of_a_whole_in_digits_counts_the_whole_noun():
    spans = [
        c.span for c in claims_of("The justices ruled for the plaintiffs in eight of the 12 cases this term.")
    ]
    assert spans == ["eight of the 12 cases", "12 cases"]


def test_positive_diagnoses_of_a_disease_are_cases():
    claim = only_claim("Chaves County reported 30 positive diagnoses of COVID-19 on Monday.")
    assert (claim.measure, claim.core) == ("cases", True)


def test_a_map_legend_of_signed_cells_is_no_claim():
    assert claims_of("CHANGE FROM NATIONAL AVERAGE -7.5% -2.5 +2.5 +7.5 Wash. Me. Mont.") == []


def test_cells_of_a_flattened_table_are_no_claims():
    text = (
        "Most Admired Man Barack Obama 35 13 7 Donald Trump 1 10 32 George W. Bush 1 1 4 Pope Francis 1 3 1"
    )
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("During the outbreak, the county would have to drop below 2,543 new cases to reopen.", "below 2,543 new cases"),
        ("During the outbreak, rates imply underreporting of cases by factors of four to fifteen.", "four to fifteen"),
        ("The CDC estimates that 115 Americans die daily from opioid overdoses.", "115 Americans die"),
    ],
)  # fmt: skip
def test_thresholds_multipliers_and_standing_daily_statistics_are_not_core(sentence, span):
    claim = next(c for c in article_facts(sentence, "t").claims if c.span == span)
    assert not claim.core


@pytest.mark.parametrize(
    "sentence, spans",
    [
        ("Professors calculated 822, with a 95 percent confidence range between 605 and 1,039 deaths.",
         ["between 605 and 1,039 deaths"]),
        ("Readers can ask about anything from unemployment benefits to 401(k) plans.", []),
        ("Medical experts believe that the case fatality rate is perhaps one percent.", ["one percent"]),
    ],
)  # fmt: skip
def test_confidence_ranges_and_tax_code_names_are_no_claims_but_one_percent_is(sentence, spans):
    assert [c.span for c in claims_of(sentence)] == spans


def test_within_is_an_upper_bound():
    claim = only_claim("The drone flew within 1,000 yards of the ship.")
    assert (claim.value_low, claim.value_high, claim.qualifier) == (None, 1000, "upper_bound")


def test_how_often_something_happened_is_a_frequency_not_a_count_of_people():
    claim = only_claim("The congressman has been arrested more than 40 times.")
    assert (claim.measure, claim.core) == ("times_arrested", False)


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("Nearly 2 dozen energy leaders met in Vienna.", "Nearly 2 dozen energy leaders", None, 24),
        ("Only three of 42 deregulatory cases succeeded.", "three of 42 deregulatory cases", 3, 3),
        ("Officials say the virus caused 4,477 deaths in Mexico, compared to 87,965 in the U.S. and 5,553 in Canada.",
         "5,553", 5553, 5553),
    ],
)  # fmt: skip
def test_dozens_after_digits_a_part_of_a_counted_whole_and_the_next_item_of_a_list(sentence, span, low, high):
    claim = next(c for c in claims_of(sentence) if c.span == span)
    assert (claim.value_low, claim.value_high) == (low, high)


@pytest.mark.parametrize(
    "sentence, span, measure, core",
    [
        ("Every year, police shoot and kill nearly 1,000 people.", "kill nearly 1,000 people", "killed", False),
        ("There were more than 1.3 million reported illnesses in the virus outbreak.",
         "more than 1.3 million reported illnesses", "cases", True),
    ],
)  # fmt: skip
def test_a_yearly_opening_makes_a_statistic_and_illnesses_are_cases(sentence, span, measure, core):
    claim = next(c for c in claims_of(sentence) if c.span == span)
    assert (claim.measure, claim.core) == (measure, core)


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("Nearly half said they would not return to the office.", "Nearly half", None, 0.5),
        ("Almost two-thirds of these cases were in nursing homes.", "Almost two-thirds of these cases", None, 2 / 3),
        ("The drug reduced deaths by one-third in ventilated patients.", "one-third", 1 / 3, 1 / 3),
    ],
)  # fmt: skip
def test_fractions_before_a_verb_of_a_demonstrative_whole_and_after_by(sentence, span, low, high):
    claim = next(c for c in claims_of(sentence) if c.span == span)
    assert (claim.value_low, claim.value_high) == (low, high)


def test_the_whole_of_a_percentage_is_not_the_count_of_its_verb():
    claims = claims_of("In New York, 88% of 320 ventilated COVID-19 patients died.")
    whole = next(c for c in claims if c.value_low == 320)
    assert (whole.measure, whole.core) == ("patients", False)


def test_a_t_after_a_currency_sign_is_trillions():
    claim = only_claim("The House passed a $3T coronavirus relief bill on Friday.")
    assert (claim.value_low, claim.unit) == (3e12, "USD")


def test_two_close_estimates_in_digits_joined_by_or_are_a_range():
    claim = only_claim("The model now projects 60,000 or 70,000 deaths by August.")
    assert (claim.value_low, claim.value_high, claim.qualifier) == (60000, 70000, "range")


def test_a_toll_that_would_maybe_reach_a_level_is_projected():
    claim = only_claim("A week later, Trump said that the death toll would maybe reach 65,000 deaths.")
    assert (claim.measure, claim.core, claim.hedged) == ("projected_deaths", False, True)


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        ("Support rose to 39 percent or 40 percent in May.", 39, 40),
        ("The plan costs $5 billion or $6 billion a year.", 5e9, 6e9),
        ("About 1.5 or 2 million people moved.", 1.5e6, 2e6),
    ],
)
def test_or_between_figures_with_units_and_scales_is_a_range(sentence, low, high):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high, claim.qualifier) == (low, high, "range")


@pytest.mark.parametrize(
    "sentence, span, low, high, qualifier",
    [
        ("Gatherings of 10 people or less are allowed.", "10 people or less", None, 10, "upper_bound"),
        ("Gatherings of 50 people or more are banned.", "50 people or more", 50, None, "lower_bound"),
    ],
)
def test_or_less_and_or_more_after_the_noun_bound_the_figure(sentence, span, low, high, qualifier):
    claim = only_claim(sentence)
    assert (claim.span, claim.value_low, claim.value_high, claim.qualifier) == (span, low, high, qualifier)


@pytest.mark.parametrize(
    "sentence",
    ["One of the five who died was a nurse.", "Tensions rose between the world's two largest economies."],
)
def test_a_group_referred_back_to_and_a_ranking_are_no_claims(sentence):
    assert claims_of(sentence) == []


def test_every_one_of_a_counted_group_is_a_claim():
    assert [
        c.span for c in claims_of("He knew the name of every one of the 69,456,897 Americans who voted.")
    ] == ["69,456,897 Americans"]


def test_a_fraction_before_its_percentage_in_brackets_is_a_claim():
    spans = [c.span for c in claims_of("Among the respondents, more than half (53.6%) said no.")]
    assert spans == ["more than half", "53.6%"]


def test_a_number_inside_a_company_name_is_no_claim():
    assert [c.span for c in claims_of("Prices rose to over 3M’s list price of $1.27.")] == ["$1.27"]


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("Nearly 1 out of every 4 workers filed a claim.", "Nearly 1 out of every 4", None, 0.25),
        ("Two out of every five workers filed a claim.", "Two out of every five", 0.4, 0.4),
    ],
)
def test_n_out_of_every_m_is_a_share(sentence, span, low, high):
    claim = next(c for c in claims_of(sentence) if c.span == span)
    assert (claim.value_low, claim.value_high) == (low, high)


def test_people_named_by_a_plural_abbreviation_are_counted():
    claim = only_claim("The bombs killed hundreds of GIs in the war.")
    assert (claim.measure, claim.core, claim.value_low) == ("killed", True, 200)


def test_a_toll_every_few_minutes_is_a_rate_not_a_toll():
    assert not only_claim("In Yemen, one child is dying every single 10 minutes, she said.").core


def test_figures_given_respectively_share_their_unit_and_rates_are_no_tolls():
    claims = claims_of("The rates were reported as 4.2 and 3 percent, respectively.")
    assert [(c.span, c.unit) for c in claims] == [("4.2", "percent"), ("3 percent", "percent")]
    text = "Sweden had 6.2 deaths per million, while Italy and Spain logged rates of 5.5 and 4, respectively."
    assert [(c.value_low, c.measure, c.core) for c in claims_of(text)] == [
        (6.2, "death_rate", False),
        (5.5, "death_rate", False),
        (4, "death_rate", False),
    ]


def test_a_stage_or_phase_number_is_a_label_not_a_count():
    text = "Patients with stage 4 malignant diseases were excluded, as were Phase 3 trials; 12 patients died."
    assert [c.span for c in claims_of(text)] == ["12 patients died"]


def test_a_change_by_a_figure_counts_the_plural_the_clause_is_about():
    claim = only_claim("The number of uninsured people rose by 5 million last year.")
    assert (claim.value_low, claim.counted) == (5e6, "people")


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        ("The ministry counted 143 208 confirmed cases by Friday.", 143208, 143208),
        ("Between 310 000 and 520 000 people fled the region.", 310000, 520000),
    ],
)
def test_one_space_separates_thousands_before_a_counted_word(sentence, low, high):
    claim = claims_of(sentence)[0]
    assert (claim.value_low, claim.value_high) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "Call the desk at 561 670 0462 or write to us.",
        "Totals 720 640 139 March 10 total 199 166 0",
        "The jets can carry 84 500-pound bombs each.",
    ],
)
def test_spaced_digits_of_phones_tables_and_compounds_are_no_thousands(sentence):
    assert all(c.value_low not in (561670, 720640, 640139, 84500) for c in claims_of(sentence))


@pytest.mark.parametrize(
    "sentence, span, measure",
    [
        (
            "Deputies said nine people who were found dead in the barn had been shot.",
            "nine people who were found dead",
            "killed",
        ),
        ("He was charged in the killings of 14 people at the depot.", "killings of 14 people", "killed"),
        (
            "She was convicted of the murders of two Dayton, Ohio firefighters.",
            "murders of two Dayton, Ohio firefighters",
            "killed",
        ),
        (
            "Seven others were transported to area hospitals after the blast.",
            "Seven others were transported to area hospitals",
            "wounded",
        ),
    ],
)
def test_the_dead_and_the_hurt_named_by_a_relative_clause_a_killing_noun_or_a_hospital_trip(
    sentence, span, measure
):
    claim = claims_of(sentence)[0]
    assert (claim.span, claim.measure, claim.core) == (span, measure, True)


def test_a_count_of_murders_alone_stays_a_count_of_crimes():
    assert claims_of("The city recorded 412 murders last year.")[0].measure != "killed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Clinics asked for the 1135 waiver last week.",
        "The 737 jet was grounded.",
        "The seat went to a third-party candidate.",
        "It was won by a third-party candidate.",
    ],
)
def test_a_number_naming_one_thing_and_a_third_party_are_no_figures(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["The 500 people who came left.", "The 200 dead were buried.", "The 150 acre farm sold."]
)
def test_a_number_before_an_irregular_plural_or_a_unit_still_counts(sentence):
    assert len(claims_of(sentence)) == 1


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The mayor said the final number of deaths could be as few as 4,000.", "projected_deaths"),
        ("Distancing is needed to avoid potentially millions of deaths worldwide.", "projected_deaths"),
        ("To avert these 1.4 million deaths, schools must close.", "projected_deaths"),
        ("The toll could reach 9,000 by June.", "projected_deaths"),
        ("The current toll could be around 7,000 deaths.", "killed"),
    ],
)
def test_deaths_supposed_or_averted_are_projections_and_an_estimated_toll_is_not(sentence, measure):
    claim = claims_of(sentence)[0]
    assert (claim.measure, claim.core) == (measure, measure == "killed")


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("Rescuers said three bodies had been recovered by noon.", "three bodies"),
        ("Crews removed the remains of four more people from the site.", "remains of four more people"),
    ],
)
def test_bodies_recovered_and_remains_count_the_dead(sentence, span):
    claim = claims_of(sentence)[0]
    assert (claim.span, claim.measure, claim.core) == (span, "killed", True)


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("He hailed the return of the remains of 55 US war dead.", "remains of 55 US war"),
        ("They mourned the deaths of 12 US sailors.", "deaths of 12 US sailors"),
    ],
)
def test_us_before_the_counted_noun_is_the_country_not_the_pronoun(sentence, span):
    assert claims_of(sentence)[0].span == span


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        ("Nearly three-fourths of the rallies were in rural counties.", None, 0.75),
        ("Almost half of the shows sold out.", None, 0.5),
        ("More than two-thirds of Midwestern games were sold out.", 2 / 3, None),
    ],
)
def test_fourths_and_parts_of_plural_shows_and_games_are_fractions(sentence, low, high):
    claim = claims_of(sentence)[0]
    assert (claim.value_low, claim.value_high) == (low, high)


@pytest.mark.parametrize(
    "sentence", ["Half of the game was dull.", "He scored in the fourth quarter of the game."]
)
def test_a_part_of_one_game_is_no_fraction(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands marched on the capitol Sunday.",
        "Millions have stayed since then.",
        "The bill would throw millions off their health insurance.",
    ],
)
def test_a_bare_vague_count_that_is_a_clause_subject_or_object_is_a_claim(sentence):
    assert [c.qualifier for c in claims_of(sentence)] == ["vague"]


@pytest.mark.parametrize("sentence", ["The costs ran into the billions.", "They came by the thousands."])
def test_a_bare_vague_count_as_a_manner_or_level_of_money_is_no_claim(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, values",
    [
        (
            "The plan lifts the top rate for earners from 37 percent to 39.6 percent.",
            [(37, 37), (39.6, 39.6)],
        ),
        ("The debt crossed each threshold from $5 trillion to $24 trillion.", [(5e12, 5e12), (24e12, 24e12)]),
        ("Estimates ranged from 5,000 to 10,000 troops.", [(5000, 10000)]),
    ],
)
def test_from_one_figure_to_another_is_a_start_and_an_end_unless_a_range_is_said(sentence, values):
    assert [(c.value_low, c.value_high) for c in claims_of(sentence)] == values


def test_ages_ranging_from_one_to_another_stay_no_figures():
    assert [c.value_low for c in claims_of("Police arrested 27 men, ranging in age from 16 to 57.")] == [27]


def test_a_count_a_sending_verb_posts_keeps_the_measure_its_noun_names():
    claim = claims_of("Florida posted more than 15,300 coronavirus cases on Saturday.")[0]
    assert (claim.measure, claim.core) == ("cases", True)


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Six of the nine judges voted against it.", [6]),
        ("Eight of the 10 largest outbreaks are in prisons.", [8]),
        ("There are key differences between those two lawsuits.", []),
        ("The state voted for the nominee in the last three elections.", []),
        ("She is one of seven governors who refused.", [7]),
        ("Eight of the 12 cases were fatal.", [8, 12]),
    ],
)
def test_a_whole_named_again_and_a_reference_back_are_no_figures(sentence, values):
    assert [c.value_low for c in claims_of(sentence)] == values


def test_counts_listed_by_year_after_a_counted_figure_are_claims():
    values = [c.value_low for c in claims_of("Dayton had 658 murders in 2017, 567 in 2018 and 492 in 2019.")]
    assert values == [658, 567, 492]


def test_one_death_is_a_toll():
    claim = claims_of("Officials reported at least one death and nearly 200 hospitalizations.")[0]
    assert (claim.measure, claim.core, claim.value_low) == ("killed", True, 1)


def test_a_part_of_a_whole_in_two_digit_numbers_counts_the_whole_noun():
    claim = claims_of("Homicides fell in 39 of 64 major cities last year.")[0]
    assert (claim.span, claim.value_low, claim.counted) == ("39 of 64 major cities", 39, "major cities")


def test_a_participle_after_the_whole_of_one_member_says_what_the_whole_is():
    claim = claims_of("They honored one of the more than 58,000 American soldiers killed in Vietnam.")[0]
    assert (claim.measure, claim.core) == ("killed", True)


def test_a_verb_after_how_is_another_clause_s():
    claim = claims_of("He marched with thousands of other protesters demanding to know how Scott had died.")[
        0
    ]
    assert (claim.measure, claim.core) != ("killed", True)


@pytest.mark.parametrize(
    "sentence, low, high, qualifier",
    [
        ("Doctors consider a reading of 94 percent and higher to be normal.", 94, None, "lower_bound"),
        ("The researchers adjusted their estimate up to 5,740 deaths to account for that.", 5740, 5740, "exact"),
        ("It was a 62 percent rise, or 4,645 ‘excess deaths.’", 4645, 4645, "exact"),
        ("Eight-in-ten Democrats say so.", 0.8, 0.8, "exact"),
    ],
)  # fmt: skip
def test_bounds_after_and_revisions_marked_nouns_and_hyphenated_shares_read_as_written(
    sentence, low, high, qualifier
):
    claim = claims_of(sentence)[-1]
    assert (claim.value_low, claim.value_high, claim.qualifier) == (low, high, qualifier)


def test_and_before_a_comparative_with_its_noun_is_no_bound():
    assert only_claim("They cut 10 percent and higher taxes followed.").qualifier == "exact"


def test_scores_before_a_figure_are_no_vague_count():
    assert [c.span for c in claims_of("Scores of 90 percent or higher are rare.")] == ["90 percent or higher"]


def test_places_listed_with_their_figures_count_the_noun_the_list_opens_with():
    claims = claims_of("Tamil Nadu has 13,191 infections, Gujarat 12,537 and Delhi 11,088.")
    assert [(c.value_low, c.measure) for c in claims] == [
        (13191, "infected"),
        (12537, "infected"),
        (11088, "infected"),
    ]


def test_a_second_range_with_its_ranging_left_out_is_a_range_and_a_change_is_two_figures():
    ranged = claims_of(
        "Cases came at temperatures ranging from 3 to 17°C and humidity from 4 to 9 g/m³. So it goes."
    )
    assert [(c.value_low, c.value_high) for c in ranged] == [(3, 17), (4, 9)]
    changed = claims_of("Ages ranged from 16 to 57 and the toll rose from 10 to 40 deaths.")
    assert [(c.value_low, c.value_high) for c in changed] == [(10, 10), (40, 40)]


def test_figures_in_millions_with_no_noun_are_claims_but_not_the_base_of_a_rate():
    assert [
        c.value_low for c in claims_of("Sales fell from 1.8 million in April to 1.5 million in May.")
    ] == [
        1_800_000,
        1_500_000,
    ]
    base = claims_of("There would not be one woman out of 20 million who decided at the 33rd week.")
    assert all(c.value_low != 20_000_000 for c in base)


@pytest.mark.parametrize(
    "sentence, spans",
    [
        ("It would have put the state in the top ten globally.", []),
        ("The top four candidates are here.", []),
        ("Under one provision of the law, a president can act.", []),
        ("Bloomberg Editor Addresses 2020 Coverage Plans in Staff Memo", []),
        ("The rule could have resulted in 95,000 fewer people getting help.", ["95,000 fewer people"]),
        ("The rally was designed to draw thousands to the Civic Center.", ["thousands"]),
    ],
)
def test_ranks_a_place_in_a_law_and_a_title_s_year_are_no_counts_fewer_and_drawn_crowds_are(sentence, spans):
    assert [c.span for c in claims_of(sentence)] == spans


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        ("More than a quarter of a million people fell victim to the famine.", 250_000, None),
        ("They raised one-third of a billion dollars.", 333_333_333, 333_333_333),
    ],
)
def test_a_fraction_of_a_million_or_a_billion_is_one_figure(sentence, low, high):
    claim = only_claim(sentence)
    assert (claim.value_low, claim.value_high) == (low, high)


@pytest.mark.parametrize(
    "text, measure",
    [
        ("The shooting, in which 12 victims and the shooter were killed, shocked the city.", "killed"),
        ("138 More Illinois COVID-19 Deaths Reported\n\nThe state said so.", "killed"),
        ("Almost 600 Workers Test Positive At Meat Plant\n\nThe plant closed.", "infected"),
    ],
)
def test_a_count_sharing_its_verb_a_state_before_the_noun_and_test_positive_say_what_is_counted(
    text, measure
):
    assert claims_of(text)[0].measure == measure


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Amazon misses 2020 delivery goals\n\nThe firm said so.", []),
        ("She has five nieces between the ages of 4 and 14.", ["five nieces"]),
        ("The store is open from 4 or 5 p.m. with 40 people.", ["40 people"]),
        ("Hide Caption 13 of 14 Photos", []),
    ],
)
def test_a_year_before_goals_ages_an_hour_and_a_gallery_counter_are_no_counts(text, spans):
    assert [c.span for c in claims_of(text)] == spans


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("There were 13 new asymptomatic carriers reported on Sunday.", "infected"),
        ("The war saw over ten thousand soldiers losing their lives.", "killed"),
    ],
)
def test_carriers_are_infected_and_losing_their_lives_is_killed(sentence, measure):
    assert only_claim(sentence).measure == measure


def test_a_bare_count_after_and_another_is_more_of_the_figure_before():
    claims = claims_of("Three deaths have been recorded in the West Bank, and another two in Jerusalem.")
    assert [(c.value_low, c.measure, c.core) for c in claims] == [(3, "killed", True), (2, "killed", True)]


@pytest.mark.parametrize(
    "sentence, qualifier, measure",
    [
        ("With millions out of work, the toll heads toward 100,000.", "upper_bound", "killed"),
        ("They faced the prospect of hundreds of thousands of deaths.", "vague", "projected_deaths"),
    ],
)
def test_a_toll_heading_toward_a_figure_is_bounded_and_a_prospect_is_a_projection(
    sentence, qualifier, measure
):
    claim = claims_of(sentence)[-1]
    assert (claim.qualifier, claim.measure) == (qualifier, measure)


@pytest.mark.parametrize(
    "sentence, low, high, qualifier",
    [
        ("Mining went from negative 11 percent job growth in 2016 to growth.", -11, -11, "exact"),
        ("At least a 1,000 supporters are slated to arrive.", 1000, None, "lower_bound"),
        ("American deaths from the disease surpass 85,000, the data show.", 85000, None, "lower_bound"),
        ("Boeing stock is heading toward a 374.58 buy point.", 374.58, 374.58, "exact"),
    ],
)
def test_negative_in_words_an_article_after_a_bound_and_a_level_verb_before_a_bare_figure(
    sentence, low, high, qualifier
):
    claim = claims_of(sentence)[0]
    assert (claim.value_low, claim.value_high, claim.qualifier) == (low, high, qualifier)


def test_an_inline_list_marker_is_no_count_and_posted_figures_are_no_deployment():
    claims = claims_of("Candidates need (1) at least 130,000 donors and (2) polling of 2 percent.")
    assert [c.value_low for c in claims] == [130000, 2]
    assert claims_of("The S&P 500 posted 61 new 52-week highs.")[0].measure != "deployed"


@pytest.mark.parametrize(
    "sentence, measures",
    [
        ("About 137 inmates and eight prison employees have tested positive.", ["infected", "infected"]),
        (
            "Officials said six voters and one poll worker contracted the coronavirus.",
            ["infected", "infected"],
        ),
        ("Ten people were admitted to hospital on Monday.", ["hospitalized"]),
    ],
)
def test_coordinated_counts_of_two_word_groups_share_the_verb_and_admitted_to_hospital_is_hospitalized(
    sentence, measures
):
    assert [c.measure for c in claims_of(sentence)] == measures


def test_things_killed_are_no_toll():
    claim = only_claim("Over the past decade, they have killed 1.3 million retail jobs.")
    assert (claim.measure, claim.core) == ("jobs", False)


@pytest.mark.parametrize(
    "sentence, spans",
    [
        ("The Black Death of 1347 killed millions.", ["killed millions"]),
        ("Someone infected at one point in time could spread it.", []),
        ("The court ruled by a 2–1 majority with 40 people watching.", ["40 people"]),
    ],
)
def test_an_early_year_an_idiom_of_time_and_a_split_vote_are_no_counts(sentence, spans):
    assert [c.span for c in claims_of(sentence)] == spans


@pytest.mark.parametrize(
    "sentence, low", [("Glencore sells its stake for US$800 Mln.", 800e6), ("They lent 5 bln euros.", 5e9)]
)
def test_a_wire_s_spaced_scale_abbreviation_scales_the_figure(sentence, low):
    assert only_claim(sentence).value_low == low


@pytest.mark.parametrize(
    "sentence, low, high, qualifier",
    [
        ("The fire spread, bringing the total dead in the Camp Fire up to 42.", 42, 42, "exact"),
        ("His approval never fell below 14 percent.", 14, None, "lower_bound"),
        ("Wolf banned groups larger than 10 people.", 10, None, "lower_bound"),
        ("It helps families earning about $40,000 a year or less.", None, 40000, "upper_bound"),
    ],
)
def test_a_total_brought_up_to_a_level_a_floor_never_crossed_larger_than_and_or_less_after_a_period(
    sentence, low, high, qualifier
):
    claim = claims_of(sentence)[-1]
    assert (claim.value_low, claim.value_high, claim.qualifier) == (low, high, qualifier)


def test_a_capitalised_name_in_marks_after_a_figure_is_not_its_noun():
    claims = claims_of(
        'The term includes a case involving the potential deportation of 700,000 "DREAMers," and a series of others.'
    )
    assert [c.span for c in claims] == ["700,000"]
