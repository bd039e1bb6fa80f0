"""Attribution: which words credit a figure, their kind, and how far in the sentence they reach.

One case per attribution kind and per layout (source before or after the figure, parenthetical,
appositive, carried over from the sentence before, inside a direct quotation).
"""

import pytest

from credence.extract import article_facts


def claims_of(text: str):
    return article_facts(text, "t").claims


def only_claim(text: str):
    claims = claims_of(text)
    assert len(claims) == 1, [c.span for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    "sentence, kind, words",
    [
        ("According to the Pentagon, 1,200 soldiers were deployed.", "organization", "the Pentagon"),
        ("About 600 soldiers have been killed, according to the CDC.", "organization", "the CDC"),
        ("The Defence Ministry said 300 soldiers were captured.", "organization", "The Defence Ministry"),
        ("Reuters reported that 40 people were arrested.", "organization", "Reuters"),
        ("A spokesperson told Reuters that 40 people were arrested.", "anonymous", "A spokesperson"),
        ("John Kirby said 500 troops were sent.", "person", "John Kirby"),
        ("500 troops were sent, General Oleksandr Syrsky confirmed.", "person", "General Oleksandr Syrsky"),
        ("Officials said 200 people were evacuated.", "anonymous", "Officials"),
        (
            "Sources familiar with the matter said 200 people were evacuated.",
            "anonymous",
            "Sources familiar with the matter",
        ),
        (
            "According to intelligence sources in South Korea, 1,000 troops have been killed.",
            "anonymous",
            "intelligence sources in South Korea",
        ),
        ("According to official documents, 10,000 soldiers are active.", "document", "official documents"),
        ("The report found 3,000 people were displaced.", "document", "The report"),
        ("Johns Hopkins University data show 5,000 new cases.", "document", "Johns Hopkins University data"),
        ("According to news sources, 600 soldiers have died.", "vague", "news sources"),
        ("Analysts estimate 2,000 troops were wounded.", "vague", "Analysts"),
        ("North Korea sent 12,000 soldiers to Russia.", "none", None),
        # An official unnamed by role is anonymous; hearsay of a class of people is vague.
        ("At least 12 people were killed, the interior minister said.", "anonymous", "the interior minister"),
        ("At least 12 people were killed, the spokesman said.", "anonymous", "the spokesman"),
        ("At least 12 people were killed, experts said.", "vague", "experts"),
        ("A new poll showing 55% of voters approve was released.", "document", "A new poll"),
        ("He cited a report finding that 300 people died.", "document", "a report"),
        (
            "The state had 4,177 deaths as of Sunday, statistics provided by state health officials show.",
            "anonymous",
            "state health officials",
        ),
    ],
)
def test_attribution_kind_and_words(sentence, kind, words):
    claim = only_claim(sentence)
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


def test_originator_is_the_canonical_source():
    claim = only_claim("According to the Korean Central News Agency, 300 workers were sent.")
    assert claim.originator == "KCNA"


def test_vague_and_unattributed_claims_have_no_originator():
    assert only_claim("Analysts estimate 2,000 troops were wounded.").originator is None
    assert only_claim("North Korea sent 12,000 soldiers to Russia.").originator is None


def test_published_reports_with_no_report_named_are_vague():
    claim = only_claim("About 420 inmates have tested positive since May, according to published reports.")
    assert (claim.attribution_kind, claim.attribution_text) == ("vague", "published reports")


def test_attribution_offsets_point_at_the_source_words():
    text = "According to the Pentagon, 1,200 soldiers were deployed."
    claim = only_claim(text)
    assert text[claim.attribution_start : claim.attribution_end] == claim.attribution_text


def test_parenthetical_according_to_covers_its_clause_not_the_one_before():
    text = (
        "North Korea is thought to have contributed around 10,000 soldiers to the war, of which, "
        "according to intelligence sources in South Korea, more than 1,000 troops have been killed."
    )
    first, second = claims_of(text)
    assert first.attribution_kind == "none"
    assert second.attribution_kind == "anonymous"


def test_figures_in_an_appositive_of_the_source_are_not_credited_to_it():
    text = (
        "Russia gave Kim at least one air defense system, according to a report from the Monitoring Team, "
        "a group comprising 11 United Nations members."
    )
    system, members = claims_of(text)
    assert system.attribution_kind == "document"
    assert members.attribution_kind == "none"


def test_a_later_source_in_the_sentence_takes_over():
    text = (
        "Anonymous sources said the ranks grew to about 11,000 soldiers, as the U.S. intelligence community "
        "estimates there to be approximately 4,000 losses."
    )
    ranks, losses = claims_of(text)
    assert ranks.attribution_kind == "anonymous"
    assert losses.attribution_kind == "organization"


def test_a_sentence_going_on_with_the_same_source_keeps_it():
    text = "The report found 3,000 people were displaced. Of those, 1,200 were children."
    first, second = claims_of(text)
    assert second.attribution_kind == first.attribution_kind == "document"


def test_a_sentence_without_cue_is_not_attributed_to_the_one_before():
    text = "The report found 3,000 people were displaced. The army sent 500 soldiers."
    assert claims_of(text)[1].attribution_kind == "none"


def test_he_said_credits_the_person_named_before():
    text = "Mykola Kuzmin studies the regime. He said 600 soldiers had died."
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.originator) == ("person", "Mykola Kuzmin")


def test_another_report_points_back_to_the_document_described_before():
    text = (
        "Television displayed internal military reports signed by Kim. "
        "Another report detailed operations where brigades covered dozens of square kilometres."
    )
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == (
        "document",
        "internal military reports signed by Kim",
    )


def test_a_figure_inside_a_quotation_is_the_speakers():
    text = "“We lost 300 soldiers in a week,” said Joost Oliemans."
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.originator) == ("person", "Joost Oliemans")


def test_the_count_of_sources_is_not_a_claim():
    assert claims_of("The talks stalled, according to two officials.") == []


def test_a_poll_result_is_credited_to_the_poll():
    claim = only_claim("A Morning Consult poll found 73% of Democrats said it was important.")
    assert claim.attribution_kind == "document"


@pytest.mark.parametrize(
    "sentence, source",
    [
        (
            "The most striking figure in the latest Fox News poll is that 56 percent say he divides.",
            "the latest Fox News poll",
        ),
        ("In a new Gallup survey, 40 percent of adults said they approve.", "a new Gallup survey"),
    ],
)
def test_a_figure_read_in_a_poll_is_credited_to_the_poll(sentence, source):
    claim = only_claim(sentence)
    assert (claim.attribution_kind, claim.attribution_text) == ("document", source)


@pytest.mark.parametrize(
    "sentence",
    [
        "Citing five current and former Deutsche Bank employees, the report described the deal.",
        "The plan failed, said two senior administration officials who briefed reporters.",
        "The vote was close, according to two senior Republicans.",
    ],
)
def test_the_count_of_named_sources_is_no_claim(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, kind, words",
    [
        ("Alameda County had confirmed 2,457 cases of COVID-19.", "organization", "Alameda County"),
        ("At the time, the CDC listed about 37,000 deaths.", "organization", "the CDC"),
    ],
)
def test_a_county_and_a_body_that_lists_figures_are_sources(sentence, kind, words):
    claim = only_claim(sentence)
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


def test_a_body_that_identified_figures_is_their_source():
    claim = only_claim(
        "The New York Times had identified at least 1,324 confirmed coronavirus cases in prisons."
    )
    assert (claim.attribution_kind, claim.attribution_text) == ("organization", "The New York Times")


def test_an_outbreak_that_claimed_lives_is_no_source():
    claim = only_claim(
        "An outbreak at the Southeast Nursing and Rehabilitation Center has claimed at least 10 lives."
    )
    assert (claim.measure, claim.attribution_kind) == ("killed", "none")


def test_an_abbreviation_does_not_cut_the_source_short():
    claim = claims_of(
        "Three U.S. service members were injured in the attack, according to U.S. Central Command."
    )[0]
    assert (claim.attribution_kind, claim.attribution_text) == ("organization", "U.S. Central Command")


def test_a_name_with_an_apostrophe_is_one_person():
    claim = only_claim("Beto O’Rourke spoke on Sunday. He said the shootings left at least 29 dead.")
    assert claim.originator == "Beto O'Rourke"  # canonical names fold the curly apostrophe


def test_a_speaker_saying_in_a_study_stays_the_source():
    claim = only_claim("More than 500 people died, the ministry said in its study.")
    assert (claim.attribution_kind, claim.attribution_text) == ("organization", "the ministry")


@pytest.mark.parametrize(
    "sentence",
    [
        "It costs $20 per person.",
        "The number of tests per day has increased, climbing to more than 20,000 tests.",
    ],
)
def test_per_is_a_rate_not_a_source(sentence):
    assert all(c.attribution_kind == "none" for c in claims_of(sentence))


def test_a_lone_unknown_name_reporting_is_an_organization():
    claim = only_claim("The Verge reported on Tuesday that Facebook settled for $52 million.")
    assert (claim.attribution_kind, claim.attribution_text) == ("organization", "The Verge")


@pytest.mark.parametrize(
    "sentence",
    [
        "About 6,000 citizens have signed up to join the case, Khalaf said during a news conference.",
        "Scott said Jones attacked two officers while resisting arrest.",
    ],
)
def test_a_lone_unknown_name_saying_is_a_person(sentence):
    assert claims_of(sentence)[0].attribution_kind == "person"


@pytest.mark.parametrize("tag", ["D-Ill.", "R-Texas", "54"])
def test_a_party_tag_or_an_age_between_commas_does_not_hide_the_speaker(tag):
    claim = only_claim(
        f"U.S. Rep. Jesus Garcia, {tag}, said the act excluded more than 3,700 Illinois families."
    )
    assert (claim.attribution_kind, claim.originator) == ("person", "Jesus Garcia")


def test_a_named_group_counted_in_its_own_words_is_a_claim_credited_to_no_one():
    claim = only_claim(
        "The following week, the first two members of Congress announced they had tested positive."
    )
    assert (claim.value_low, claim.measure, claim.attribution_kind) == (2, "infected", "none")


def test_according_to_outranks_a_country_recording_its_own_figures():
    claim = claims_of(
        "The Philippines has already registered 13,434 cases, according to the World Health Organization."
    )[0]
    assert (claim.attribution_kind, claim.originator) == ("organization", "WHO")


@pytest.mark.parametrize(
    "sentence, kind, originator",
    [
        (
            "The U.S. has recorded approximately 28,000 deaths, by Johns Hopkins’ count.",
            "document",
            "Johns Hopkins University",
        ),
        ("Authorities warned nearly seven million people to evacuate.", "anonymous", "Authorities"),
        (
            "Several people in or close to the department say 40 officials were confused.",
            "anonymous",
            "Several people in or close to the department",
        ),
        (
            "A World Health Organization report on the response found that 1,800 teams traced contacts.",
            "document",
            "WHO",
        ),
        (
            "There are six detainees, according to the court’s spokesman Pat Milhizer.",
            "person",
            "Pat Milhizer",
        ),
    ],
)
def test_source_kinds_seen_in_real_articles(sentence, kind, originator):
    claim = claims_of(sentence)[0]
    assert (claim.attribution_kind, claim.originator) == (kind, originator)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Disney show opened in March and often pulled in over $1 million a week.",
        "Already, many U.S. states begin easing orders as gasoline fell to less than $1.",
        "Germany said to prepare $62 billion aid package for towns.",
        "To do that, Daszak helped found a project to identify 70 percent of the viruses.",
    ],
)
def test_nouns_and_other_verbs_that_look_like_sources_are_not(sentence):
    assert all(c.attribution_kind == "none" for c in claims_of(sentence))


def test_the_holder_of_an_office_named_before_is_the_person_credited():
    claim = claims_of(
        "Gov. Andrew Cuomo spoke on Monday. At least 12 people were killed, the governor said."
    )[0]
    assert (claim.attribution_kind, claim.originator) == ("person", "Andrew Cuomo")
    claim = only_claim("At least 12 people were killed, the governor said.")
    assert claim.attribution_kind == "anonymous"


def test_a_transcript_line_credits_its_figures_to_the_speaker_named_before_the_colon():
    text = (
        "Intro.\n"
        "Ronald Morris: We have 20 staff who have tested positive. We have approximately 18 inmates in the hospital.\n"
        "Read More: 5 things to know."
    )
    staff, inmates, things = claims_of(text)
    assert (staff.attribution_kind, staff.originator) == ("person", "Ronald Morris")
    assert inmates.attribution_kind == "person"
    assert things.attribution_kind == "none"


def test_respondents_who_said_something_are_no_source_of_their_own_share():
    claim = only_claim("A majority of respondents — 56 percent — said they approve of the plan.")
    assert claim.attribution_kind == "none"
    claims = claims_of("Forty-six percent said he had done a poor job and 4 percent had no opinion.")
    assert [c.attribution_kind for c in claims] == ["none", "none"]


def test_a_poll_named_in_a_prepositional_phrase_ends_with_the_word_poll():
    claims = claims_of("The previous high in the CNN poll came in March, when 55 percent approved.")
    assert (claims[-1].attribution_kind, claims[-1].attribution_text) == ("document", "the CNN poll")


def test_transcript_labels_in_capitals_or_a_repeated_single_name():
    text = (
        "Intro.\nAMY GOODMAN: Close to 29,000 people a year could die.\nUPDATE: 5 people were hurt.\n"
        "Sharyl: It was 40 staff.\nSharyl: Yes."
    )
    deaths, hurt, staff = claims_of(text)
    assert (deaths.attribution_kind, deaths.originator) == ("person", "Amy Goodman")
    assert hurt.attribution_kind == "none"
    assert (staff.attribution_kind, staff.attribution_text) == ("person", "Sharyl")


def test_they_with_no_source_cited_yet_are_the_people_named_just_before():
    text = (
        "A survey released Tuesday by Zipperer and his colleague Elise Gould implies the numbers are worse. "
        "For every 10 people who applied, they show, another three or four couldn’t get through."
    )
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == ("person", "they")


def test_they_with_no_one_named_before_are_vague():
    claim = only_claim("Intro.\n\nThey say another 4,000 troops were sent.")
    assert claim.attribution_kind == "vague"


@pytest.mark.parametrize("source", ["Labor organizers", "Western analysts"])
def test_a_kind_of_people_with_no_one_named_is_vague(source):
    claim = only_claim(f"Intro.\n\n{source} say 5,000 troops were sent.")
    assert (claim.attribution_kind, claim.attribution_text) == ("vague", source)


def test_a_clause_before_a_noun_like_verb_is_no_source():
    text = "Intro.\n\nOn April 27, Trump again reiterated lowball estimates, declaring, “We are heading to 60,000 deaths.”"
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.originator) == ("person", "Donald Trump")


def test_a_company_named_with_an_ampersand_is_an_organization_source():
    (claim,) = article_facts("Intro.\n\nAT&T said it had cut 3,000 jobs.", "t").claims
    assert (claim.attribution_text, claim.attribution_kind) == ("AT&T", "organization")


def test_an_infinitive_ends_the_source_named_after_by():
    text = "Intro.\n\nAnalysts used data collected by the firm X-Mode to map the travels of thousands of students."
    (claim,) = article_facts(text, "t").claims
    assert (claim.span, claim.attribution_text) == ("thousands of students", "the firm X-Mode")


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "Intro.\n\nOn Twitter, Ramos hinted that he would enjoy seeing two journalists hurt.",
            "Ramos",
            "person",
        ),
        ("Intro.\n\nCity officials expected the river to crest at 38 feet.", "City officials", "anonymous"),
    ],
)
def test_hinted_and_expected_name_their_subject_as_source(text, source, kind):
    (claim,) = article_facts(text, "t").claims
    assert (claim.attribution_text, claim.attribution_kind) == (source, kind)


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "Intro.\n\nThe study looked at 315 American cities and found that 281 of those cities saw protests.",
            "The study",
            "document",
        ),
        (
            "Intro.\n\nThe report, a copy of which was seen by the AP, listed 52 Chinese nationals.",
            "The report",
            "document",
        ),
        (
            "Intro.\n\nOn Wednesday, The Wall Street Journal reported that the U.S. will send 14,000 troops.",
            "The Wall Street Journal",
            "organization",
        ),
    ],
)
def test_a_document_the_sentence_is_about_is_its_source_and_a_paper_is_an_outlet(text, source, kind):
    claims = article_facts(text, "t").claims
    assert claims and all((c.attribution_text, c.attribution_kind) == (source, kind) for c in claims)


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("Intro.\n\nThe channel has about 130,000 followers, their lawyers said.", "their lawyers", "person"),
        (
            "Intro.\n\nBail and his colleagues found that 76 of the users had retweeted the accounts.",
            "Bail and his colleagues",
            "person",
        ),
    ],
)
def test_lawyers_and_a_researchers_team_are_people_as_sources(text, source, kind):
    (claim,) = article_facts(text, "t").claims
    assert (claim.attribution_text, claim.attribution_kind) == (source, kind)


def test_a_source_released_on_a_date_still_cites_its_figures():
    text = "Intro.\n\nAn ABC/Washington Post poll released on July 17 found that approval fell from 51% in March to 38%."
    claims = article_facts(text, "t").claims
    assert [c.attribution_kind for c in claims] == ["document", "document"]


def test_a_statement_that_is_the_sentences_subject_cites_no_figure():
    (claim,) = article_facts(
        "Intro.\n\nHis statement follows the defection of two more Republicans.", "t"
    ).claims
    assert claim.attribution_kind == "none"


@pytest.mark.parametrize(
    "text, source",
    [
        ("Intro.\n\nBy one study, courts have ruled 96% of the time for the restrictions.", "one study"),
        ("Intro.\n\nBy one estimate, 400,000 barrels a day are lost.", "one estimate"),
    ],
)
def test_a_study_no_one_can_look_up_is_vague(text, source):
    (claim,) = article_facts(text, "t").claims
    assert (claim.attribution_text, claim.attribution_kind) == (source, "vague")


def test_a_trailing_source_before_while_covers_only_its_clause():
    text = (
        "Intro.\n\nSeven people were shot in Cleveland, WOIO-TV reported, while two people were killed in Baton "
        "Rouge, according to a report in The Advocate."
    )
    claims = article_facts(text, "t").claims
    assert [(c.span, c.attribution_kind) for c in claims] == [
        ("Seven people were shot", "organization"),
        ("two people were killed", "document"),
    ]


def test_a_report_sent_to_a_minister_is_a_document_not_an_anonymous_official():
    text = "Intro.\n\nThere are 21 Chinese suspects, according to the report sent to the prime minister in September."
    (claim,) = article_facts(text, "t").claims
    assert claim.attribution_kind == "document"


def test_a_trailing_source_with_an_apposed_role_covers_the_whole_sentence():
    text = (
        "Intro.\n\nThe U.S. had 119 million households in 2017, 36% of which were renters, according to Richard "
        "Gollis, president of the Concord Group."
    )
    claims = article_facts(text, "t").claims
    assert [c.attribution_text for c in claims] == ["Richard Gollis", "Richard Gollis"]


def test_surmised_names_a_hedged_source_after_a_time_phrase():
    text = (
        "Intro.\n\nEarlier this week Dr. Anthony Fauci surmised the U.S. could see 100,000 new cases per day."
    )
    (claim,) = article_facts(text, "t").claims
    assert (claim.attribution_text, claim.attribution_kind, claim.hedged) == (
        "Dr. Anthony Fauci",
        "person",
        True,
    )


@pytest.mark.parametrize(
    "text, source, kind",
    [
        (
            "Intro.\n\nThe University of Minnesota’s Morris Kleiner estimates that licensing raises wages by 5 percent.",
            "The University of Minnesota’s Morris Kleiner",
            "person",
        ),
        (
            "Intro.\n\nHe raised $207,000 in donations, according to the public FEC records made available on OpenSecrets.org.",
            "the public FEC records made available on OpenSecrets.org",
            "document",
        ),
    ],
)
def test_a_person_named_after_a_bodys_possessive_and_records_made_available(text, source, kind):
    (claim,) = article_facts(text, "t").claims
    assert (claim.attribution_text, claim.attribution_kind) == (source, kind)


def test_a_transcript_speaker_keeps_the_words_as_written_at_its_offsets():
    text = "Intro.\nAMY GOODMAN: Close to 29,000 people a year could die.\nAMY GOODMAN: Yes.\n"
    (claim,) = article_facts(text, "t").claims
    assert text[claim.attribution_start : claim.attribution_end] == claim.attribution_text == "AMY GOODMAN"
    assert claim.originator == "Amy Goodman"


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # A wire dateline is no part of the subject.
        ("WASHINGTON (Reuters) - The Pentagon said 300 troops were sent.", "organization", "The Pentagon"),
        # A survey's participle appositive with "among" still leaves the survey as the subject.
        (
            "The chamber's survey, conducted among some industrial companies in May, showed 80% expected a "
            "drop in sales.",
            "document",
            "The chamber's survey",
        ),
        # "Insider" inside an outlet's name is no anonymous insider.
        (
            "According to a previous report by Business Insider, sales plummeted by 20% in March.",
            "document",
            "a previous report by Business Insider",
        ),
        # An aside in brackets: its opening bracket is no part of the name.
        (
            "(Neil Lant, a research fellow at Procter & Gamble, said that three items of clothing weigh a "
            "pound.)",
            "person",
            "Neil Lant",
        ),
        # A company named by what it is ("the platform", "the retailer") reports for itself.
        (
            "The platform says that fans have paid artists $470 million since 2007.",
            "organization",
            "The platform",
        ),
    ],
)
def test_sources_after_a_dateline_an_among_appositive_an_outlet_named_insider_a_bracket_or_a_company_noun(
    text, kind, words
):
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # Data compiled or a dashboard created by a body is a document of theirs.
        (
            "According to data compiled by Tourism Economics for the US Travel Association, travel spending "
            "fell by more than 80% over the period.",
            "document",
            "data compiled by Tourism Economics for the US Travel Association",
        ),
        (
            "The number of confirmed cases has surpassed 81,000, according to a dashboard created by Johns "
            "Hopkins University.",
            "document",
            "a dashboard created by Johns Hopkins University",
        ),
        # A passive's agent ends before a phrase of when.
        (
            "The four charges were announced by Mayor Jackie Lacey on the opening day of the trial.",
            "person",
            "Mayor Jackie Lacey",
        ),
    ],
)
def test_a_document_made_by_a_body_and_a_passive_agent_before_a_time_phrase(text, kind, words):
    claim = claims_of(text)[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


def test_a_sentence_opening_from_the_numbers_on_a_site_cites_them_as_a_document():
    claim = claims_of("From the numbers on Worldometers, 1,552 Americans succumbed to the disease Tuesday.")[
        0
    ]
    assert (claim.attribution_kind, claim.attribution_text) == ("document", "the numbers on Worldometers")
    inside = claims_of("He moved from the data of 2019 to 300 new cases.")[0]
    assert inside.attribution_kind == "none"


def test_a_related_story_card_glued_after_a_name_holds_no_claims_and_leaves_the_name_as_the_source():
    text = (
        "Sen. Cory Gardner Cory Scott GardnerTariffs threaten 1.5M jobs: Study This week: House kicks off "
        "public phase of impeachment inquiry MORE (R-Colo.) told The Hill last week that 300 troops were sent."
    )
    (claim,) = claims_of(text)
    assert (claim.span, claim.attribution_kind, claim.attribution_text) == (
        "300 troops",
        "person",
        "Sen. Cory Gardner",
    )


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (
            "One GOP operative involved in the race predicted that Ossoff would need 20% of the Republican vote.",
            "anonymous",
            "One GOP operative involved in the race",
        ),
        (
            "Some 51 percent disapprove, according to an NBC–Wall Street Journal poll released this week.",
            "document",
            "an NBC–Wall Street Journal poll released this week",
        ),
    ],
)
def test_an_unnamed_operative_is_anonymous_and_an_en_dash_joins_two_pollsters(text, kind, words):
    claim = claims_of(text)[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (
            "In one silver lining, 43% of registered voters in the latest Reuters/Ipsos poll said they agreed.",
            "document",
            "the latest Reuters/Ipsos poll",
        ),
        (
            "The number is far higher, with the Texas Civil Rights Project releasing a report on Thursday that "
            "found 272 separations in that period.",
            "document",
            "a report",
        ),
        ("A new report that was released Monday found 300 deaths.", "document", "A new report"),
        ("While polls show nearly two thirds of respondents sympathize, others disagree.", "vague", "polls"),
    ],
)
def test_a_poll_named_with_a_slash_a_report_that_found_and_polls_show(text, kind, words):
    claim = claims_of(text)[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (
            "What’s more, the nonprofit found, the richest five men saw their wealth grow by $75.5 billion.",
            "organization",
            "the nonprofit",
        ),
        (
            "The state's largest health system, Beaumont, says that 1,500 of its employees are presumed ill.",
            "organization",
            "The state's largest health system, Beaumont",
        ),
        (
            "Some 53% of 256 employers surveyed by the National Alliance of Healthcare Purchaser Coalitions "
            "reported new programs.",
            "organization",
            "the National Alliance of Healthcare Purchaser Coalitions",
        ),
        (
            "An ongoing survey of more than 80,000 people from survey provider SurveyMonkey found that 86% of "
            "Americans are worried.",
            "document",
            "An ongoing survey of more than 80,000 people from survey provider SurveyMonkey",
        ),
        (
            "Pang pointed to business registration data that showed 460,000 companies closed.",
            "document",
            "business registration data",
        ),
    ],
)
def test_a_nonprofit_an_apposed_body_surveyed_by_a_survey_of_people_and_data_that_showed(text, kind, words):
    claim = claims_of(text)[-1]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


def test_excerpts_are_a_document():
    claim = claims_of(
        "The approach, according to excerpts from his speech provided by his campaign, has three pillars."
    )[0]
    assert (claim.attribution_kind, claim.attribution_text) == (
        "document",
        "excerpts from his speech provided by his campaign",
    )


def test_based_on_cites_only_a_document_at_the_head_of_its_words():
    text = (
        "Asa Hutchinson, who led the review, appeared to ease off slightly on the call for armed officers in "
        'every school -- he said it\'s "important" for every school to have at least one, but acknowledged '
        'these decisions are "locally made" based on unique budget circumstances.'
    )
    assert claims_of(text)[0].attribution_text != "unique budget circumstances"


@pytest.mark.parametrize(
    "text",
    [
        "About 300 troops were sent, according to Sen. John Cornyn (R-Texas).",
        "About 300 troops were sent, according to Sen. John Cornyn John CornynSenate GOP plans vote on bill This "
        "week: House debate MORE (R-Texas).",
    ],
)
def test_a_titled_source_after_according_to_keeps_its_name_and_a_link_card_after_it_is_cut(text):
    claim = claims_of(text)[0]
    assert (claim.attribution_kind, claim.attribution_text) == ("person", "Sen. John Cornyn")
    assert text[claim.attribution_start : claim.attribution_end] == claim.attribution_text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("One senior EU official said the number is more like 15 percent.", "anonymous"),
        (
            "Garcia led the field with $322,000 in his account, according to disclosures to the Federal Election "
            "Commission.",
            "document",
        ),
    ],
)
def test_an_unnamed_official_of_a_named_body_is_anonymous_and_disclosures_to_a_body_are_a_document(
    text, kind
):
    assert claims_of(text)[0].attribution_kind == kind


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Backers say the intent was to replicate laws in 19 other states.", "vague", "Backers"),
        ("Opponents argue the plan would cost $2 billion.", "vague", "Opponents"),
        ("Smith argued that 300 people died in the attack.", "person", "Smith"),
    ],
)
def test_backers_and_opponents_are_vague_and_argue_credits_a_figure(text, kind, words):
    claim = claims_of(text)[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


def test_a_participle_used_as_an_adjective_after_a_quantifier_cites_no_source():
    text = "The United States has more confirmed coronavirus cases than any other country, with more than 780,000."
    assert [c.attribution_kind for c in claims_of(text)] == ["none"]
    assert claims_of("Health officials have confirmed 40 cases.")[0].attribution_kind == "anonymous"


def test_found_themselves_reports_no_finding():
    text = "Holman and colleagues from the university found themselves sitting on data about nearly 5,000 people."
    assert claims_of(text)[0].attribution_kind == "none"


@pytest.mark.parametrize(
    "sentence, kind, words",
    [
        (
            "A 2016 study published in one of the leading journals, Pediatrics, found that 42% of the children "
            "had an infection.",
            "document",
            "A 2016 study published in one of the leading journals, Pediatrics",
        ),
        ("In encouraging news, Birx noted that 42 states now have a falling rate.", "person", "Birx"),
        (
            "Eighty-four percent of the patients whose cases were reported in a study published by the New "
            "England Journal of Medicine used the pods.",
            "document",
            "a study",
        ),
        ("News outlets report that their wealth increased by 10% this spring.", "vague", "News outlets"),
        (
            "Eventually, a Kansas City FDA inspector confirmed that eight children had taken the medicine.",
            "anonymous",
            "a Kansas City FDA inspector",
        ),
    ],
)
def test_a_study_not_its_journal_a_surname_that_notes_a_passive_report_in_a_study_outlets_and_an_inspector(
    sentence, kind, words
):
    claim = claims_of(sentence)[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


@pytest.mark.parametrize(
    "sentence, kind, words",
    [
        (
            "Health experts tell Reuters that at least 70% of Americans would need to be immune.",
            "vague",
            "Health experts",
        ),
        ("Medical staff said 14 injured people were taken to hospitals.", "anonymous", "Medical staff"),
        ("The tally rose after officials there confirmed 40 more cases.", "anonymous", "officials there"),
        (
            "A poll by Gallup International of 28 countries found that at least 16% of people agreed.",
            "document",
            "A poll by Gallup International of 28 countries",
        ),
        (
            "“We have received 30 calls about exposure to disinfectants,” an agency spokesperson said.",
            "anonymous",
            "agency spokesperson",
        ),
    ],
)
def test_health_experts_medical_staff_officials_there_a_poll_by_its_maker_and_a_quoted_spokesperson(
    sentence, kind, words
):
    assert {(c.attribution_kind, c.attribution_text) for c in claims_of(sentence)} == {(kind, words)}


def test_a_figure_in_an_embedded_tweet_is_its_signing_author_s():
    text = (
        "Critics piled on.\n\nToday he is hitting the links while the 97,000 Americans dead are mourned. "
        "https://t.co/zZJyoFWaDB — Bill Pascrell, Jr. (@BillPascrell) May 23, 2020\n\nThe White House did not reply."
    )
    (claim,) = claims_of(text)
    assert (claim.attribution_kind, claim.attribution_text) == ("person", "Bill Pascrell, Jr.")


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "The World Economic Forum estimated that 150 million metric tons of plastic are in the sea.",
            "organization",
        ),
        (
            "The University of Minnesota’s Morris Kleiner estimates that 29 percent of workers need a licence.",
            "person",
        ),
    ],
)
def test_a_two_word_name_no_given_name_opens_that_estimates_is_a_body(sentence, kind):
    assert claims_of(sentence)[0].attribution_kind == kind


def test_a_tweet_signed_by_an_outlet_is_the_outlet_s():
    text = "Officials spoke.\n\nGood news: only 2 suspected cases today. — Global Times (@globaltimesnews) May 23, 2020\n\nEnd."
    (claim,) = claims_of(text)
    assert (claim.attribution_text, claim.attribution_kind) == ("Global Times", "organization")


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("According to Senate disclosure forms, the firm paid 1,200 workers.", "document"),
        ("Obamacare’s defenders argue that 20 million people gained coverage.", "vague"),
    ],
)
def test_disclosure_forms_are_a_document_and_defenders_vague(sentence, kind):
    assert claims_of(sentence)[0].attribution_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Reuters: Five Arrested After Clashes in Paris\n\nPolice moved in at dawn.", "organization"),
        ("Sen. Graham: 100,000 Deaths Possible\n\nHe spoke on Sunday.", "person"),
        ("BREAKING: Five Arrested After Clashes in Paris\n\nPolice moved in at dawn.", "none"),
    ],
)
def test_a_title_opening_with_a_name_and_a_colon_credits_its_figures_to_that_name(text, kind):
    assert only_claim(text).attribution_kind == kind


def test_a_time_phrase_after_the_auxiliary_keeps_the_subject_as_the_source():
    claim = only_claim("The health ministry has since April 10 announced 180 infections.")
    assert claim.attribution_kind == "organization"


def test_a_figure_in_a_transcript_is_the_labelled_speaker_s_but_a_heading_label_is_no_speaker():
    transcript = (
        "Evening news.\n\nJARVIS: Layoffs stayed high. For the 15th straight week, more than 1 million "
        "Americans filed claims. TRUMP: The economy is roaring back. JARVIS: Critics disagree."
    )
    heading = "Evening news.\n\nLOCKDOWN POLL: About 26 million unemployed want to reopen."
    assert [(c.attribution_text, c.attribution_kind) for c in claims_of(transcript)] == [("JARVIS", "person")]
    assert only_claim(heading).attribution_kind == "none"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The brewer employs 2,300 people, according to Molson Coors.", "organization"),
        ("The brewer employs 2,300 people, according to Matt Hargarten.", "person"),
    ],
)
def test_a_two_word_name_no_given_name_opens_cited_with_according_to_is_a_body(text, kind):
    assert only_claim(text).attribution_kind == kind


def test_a_figure_quoted_from_a_group_of_experts_is_credited_vaguely():
    text = "Intro.\n\nHealth experts tell the paper that “at least 70% of adults would need to be “immune” first, they say.”"
    (claim,) = [c for c in claims_of(text) if "70%" in c.span]
    assert claim.attribution_kind == "vague"


@pytest.mark.parametrize(
    "sentence",
    [
        "Polling shows 62 percent of renters back the measure.",
        "That fits with polling that shows 62 percent of renters back the measure.",
    ],
)
def test_unnamed_polling_is_a_vague_source_also_in_a_relative_clause(sentence):
    claim = only_claim(sentence)
    assert (claim.attribution_kind, claim.attribution_text.lower()) == ("vague", "polling")


@pytest.mark.parametrize(
    "sentence",
    [
        "Writing for the five-judge court, Justice Ames said the law stood.",
        "Speaking at a rally of 3,000 supporters, Mayor Lund said taxes would fall.",
    ],
)
def test_a_figure_in_a_participial_phrase_before_the_source_is_not_what_the_source_said(sentence):
    claim = only_claim(sentence)
    assert claim.attribution_kind == "none"


def test_a_say_after_a_determiner_is_a_noun_not_a_verb_of_saying():
    claim = only_claim(
        "Seats are weighted by turnout, meaning Lake County has a say in how 14 seats are filled."
    )
    assert (claim.attribution_kind, claim.attribution_text) == ("none", None)


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "According to new research by Ann Lowe and Peter Marsh, 61% of renters fear eviction.",
            "new research by Ann Lowe and Peter Marsh",
        ),
        ("The same research shows 12 percent of owners do too.", "The same research"),
        ("Social distancing of 6 feet is required, the FEMA plan states.", "the FEMA plan"),
    ],
)
def test_research_and_a_plan_cited_are_documents(text, words):
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == ("document", words)


@pytest.mark.parametrize(
    "text, kind, words",
    [
        (
            "A survey by pollsters Metrix put the no votes at 47 percent, reported AFP.",
            "document",
            "A survey by pollsters Metrix",
        ),
        ("The health agency put the death toll at 300 on Friday.", "organization", "The health agency"),
    ],
)
def test_putting_a_figure_at_a_number_credits_the_one_who_put_it(text, kind, words):
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


def test_put_without_a_figure_after_at_is_no_cue():
    claim = only_claim("The mayor put pressure on 12 landlords to cut rents.")
    assert claim.attribution_kind == "none"


def test_a_lone_name_whose_chairman_or_spokesman_the_text_names_is_an_organization():
    text = (
        "Costmart chairman Paul Webb spoke to investors on Tuesday.\n\n"
        "Online orders grew 40% in May, Costmart said."
    )
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == ("organization", "Costmart")


def test_a_lone_surname_stays_a_person():
    claim = only_claim("Online orders grew 40% in May, Webb said.")
    assert claim.attribution_kind == "person"


def test_a_share_of_respondents_saying_something_is_no_source_of_the_next_share():
    claims = claims_of(
        "According to a Gallup poll released Monday, nearly two-thirds of Democrats said prices will rise, "
        "while only about a third of Republicans said the same."
    )
    assert [(c.attribution_kind, c.attribution_text) for c in claims] == [
        ("document", "a Gallup poll released Monday")
    ] * 2


def test_a_title_opening_with_study_credits_its_figures_to_the_study():
    claims = claims_of("Survey: Local News Coverage 62 Percent Negative\n\nMost stories were about crime.")
    assert [(c.attribution_kind, c.attribution_text) for c in claims] == [("document", "Survey")]


def test_a_transcript_label_with_accented_capitals_is_the_speaker():
    text = (
        "Raids in the city\n\n"
        "ANDRÉS NÚÑEZ: Police detained over 300 people across the city this weekend.\n\n"
        "ANDRÉS NÚÑEZ: We will follow that story."
    )
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == ("person", "ANDRÉS NÚÑEZ")


def test_a_stray_quotation_mark_before_the_source_is_not_part_of_its_words():
    text = "Reporters asked about it.\n\n'[It may be legal,' Assistant Attorney General Ron Pike told the judge 40 times."
    claim = only_claim(text)
    assert claim.attribution_text == "Assistant Attorney General Ron Pike"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ann Lowe expressed concern that 40 percent of shelters are full.",
        "Governor Bob Marsh recently voiced surprise that two-thirds of patients were older.",
    ],
)
def test_expressing_concern_that_a_figure_holds_credits_the_one_who_expressed_it(sentence):
    assert only_claim(sentence).attribution_kind == "person"


def test_expressing_without_a_that_clause_is_no_cue():
    assert only_claim("Mayor Ann Lowe expressed thanks to 40 volunteers.").attribution_kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nSo far, engineers made up to 75 masks over the weekend, according to the email.",
        "Intro.\n\nAbout 300 staff will lose their jobs, the message said.",
    ],
)
def test_an_email_or_a_message_cited_is_a_document(text):
    (claim,) = claims_of(text)
    assert claim.attribution_kind == "document"


@pytest.mark.parametrize(
    "sentence, kind, source",
    [
        (
            "Yonhap reported 10,000 troops were sent, citing the country's spy agency.",
            "organization",
            "the country's spy agency",
        ),
        (
            "About 10,000 troops were sent, Reuters reported, citing intelligence sources.",
            "anonymous",
            "intelligence sources",
        ),
        (
            "Citing intelligence officials, Yonhap reported that 10,000 troops were sent.",
            "anonymous",
            "intelligence officials",
        ),
        # The officials' own figure stays theirs.
        (
            "Officials confirmed at least two deaths while the station, citing relatives, said more had died.",
            "anonymous",
            "Officials",
        ),
    ],
)
def test_a_figure_a_reporter_relays_citing_a_source_is_that_sources(sentence, kind, source):
    claim = claims_of(f"Intro.\n\n{sentence}")[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, source)


def test_what_an_inverted_verb_says_is_not_its_source():
    claims = claims_of(
        "Two of the networks, ABC and CBS, said nothing about the 40 new plants or Ocasio-Cortez."
    )
    assert [(c.span, c.attribution_kind) for c in claims] == [
        ("Two of the networks", "none"),
        ("40 new plants", "none"),
    ]


def test_a_column_name_opening_a_headline_is_no_source_of_its_figures():
    claim = only_claim(
        "Voting Rights Roundup: Judges deal setbacks in two Wisconsin cases\n\nBody text follows."
    )
    assert (claim.attribution_kind, claim.attribution_text) == ("none", None)


@pytest.mark.parametrize(
    "text",
    [
        "Frances Kissling runs the group. As she points out, about a dozen doctors perform the procedure.",
        "Kissling pointed out that about a dozen doctors perform the procedure.",
    ],
)
def test_pointing_out_is_a_persons_cue(text):
    claim = only_claim(text)
    assert claim.attribution_kind == "person" and claim.originator.endswith("Kissling")


@pytest.mark.parametrize(
    "text", ["The U.S. economy added 164,000 jobs in July.", "The firm added nearly 300 jobs last year."]
)
def test_adding_a_number_of_things_is_no_source_of_them(text):
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == ("none", None)


def test_a_speaker_after_a_relative_aside_does_not_credit_the_aside_figure():
    text = (
        "As for the outbreak, which has caused more than eighty thousand deaths in the U.S. to date, he said, "
        "“China bears the blame.”"
    )
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == ("none", None)


def test_people_who_believe_a_figure_are_its_source():
    claim = only_claim("Medical experts believe that the fatality rate is 5 percent.")
    assert (claim.attribution_kind, claim.attribution_text) == ("vague", "Medical experts")


@pytest.mark.parametrize(
    "sentence, kind, words",
    [
        ("Three people were killed in the attack, CNN reports.", "organization", "CNN"),
        ("The rate rose to 19.5 percent, the statisticians said.", "vague", "the statisticians"),
        ("In a newly released Marist poll, only 27% of adults supported the change.", "document",
         "a newly released Marist poll"),
    ],
)  # fmt: skip
def test_a_name_reports_at_the_end_statisticians_and_a_newly_released_poll(sentence, kind, words):
    claim = only_claim(sentence)
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


def test_according_to_inside_a_quotation_credits_the_figure_to_what_the_speaker_cites():
    text = "“In January, according to the report, China increased its imports by 278 percent,” Swan said."
    claim = only_claim(text)
    assert (claim.attribution_kind, claim.attribution_text) == ("document", "the report")


def test_a_preview_released_by_a_body_is_a_document():
    claim = only_claim(
        "The budget cuts the deficit by $3 trillion, according to a preview released by the White House."
    )
    assert claim.attribution_kind == "document"


def test_authorities_of_a_place_are_unnamed_officials():
    claim = only_claim("Authorities in North Carolina say a shooting has left two people dead.")
    assert (claim.attribution_kind, claim.attribution_text) == ("anonymous", "Authorities in North Carolina")


@pytest.mark.parametrize(
    "sentence, kind, words",
    [
        ("The couple listed another property for sale at $200,000, real estate records show.", "document",
         "real estate records"),
        ("According to a tracker developed by the Financial Times, Sweden logged 6.4 deaths per million people.",
         "document", "a tracker developed by the Financial Times"),
        ("Data published on Tuesday showed the claimant count rose by 856,500 to 2.1 million.", "document", "Data"),
    ],
)  # fmt: skip
def test_records_show_a_tracker_developed_by_a_body_and_data_published_are_documents(sentence, kind, words):
    claim = claims_of(sentence)[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


@pytest.mark.parametrize(
    "sentence, words",
    [
        (
            "About 12,000 deaths were recorded, according to a tally kept by Ridley University.",
            "a tally kept by",
        ),
        (
            "But according to the Central Bank’s own stats, the region had 41 clinics.",
            "the Central Bank’s own stats",
        ),
        (
            "Some 60 percent were men, according to a sample taken by the Health Bureau of 400 patients.",
            "a sample",
        ),
    ],
)
def test_tallies_stats_and_samples_kept_by_a_body_are_documents(sentence, words):
    claim = claims_of(sentence)[0]
    assert (claim.attribution_kind, words in claim.attribution_text) == ("document", True)


def test_a_place_as_subject_yields_to_an_explicit_according_to():
    claim = only_claim(
        "The state of Ohio has recorded 8,100 infections, according to data from Ridley University."
    )
    assert (claim.attribution_kind, claim.attribution_text) == ("document", "data from Ridley University")


def test_a_subject_before_a_relative_clause_holding_commas_is_the_source():
    text = (
        "The Pilots Association, which represents crews of Delta, Alaska, Frontier and 9 other airlines, says at least "
        "250 of its members have tested positive."
    )
    claim = next(c for c in claims_of(text) if c.value_low == 250)
    assert (claim.attribution_kind, claim.attribution_text) == ("organization", "The Pilots Association")


def test_an_inverted_verb_before_a_count_names_no_source():
    text = "The union, which covers nurses in Ohio, Iowa and 6 other states, says at least 90 members quit."
    assert all(c.attribution_text != "at least 90 members quit" for c in claims_of(text))
    assert any(c.value_low == 90 for c in claims_of(text))


@pytest.mark.parametrize(
    "sentence, words",
    [
        (
            "The worker Reuters spoke to estimated that as many as 90 people were affected.",
            "The worker Reuters spoke to",
        ),
        ("A nurse at the county hospital said 14 patients died overnight.", "A nurse at the county hospital"),
    ],
)
def test_one_unnamed_person_named_by_their_job_is_anonymous(sentence, words):
    claim = claims_of(sentence)[0]
    assert (claim.attribution_kind, claim.attribution_text) == ("anonymous", words)


def test_it_after_a_place_heading_the_sentence_is_that_place():
    claim = only_claim("On Sunday, Ohio set a record when it posted more than 9,300 cases.")
    assert (claim.attribution_kind, claim.attribution_text) == ("organization", "Ohio")


def test_a_participle_after_a_count_in_words_names_no_source():
    text = "By Monday, the county had had three confirmed deaths, and just nineteen confirmed cases."
    assert [c.attribution_kind for c in claims_of(text)] == ["none", "none"]


def test_a_place_opening_a_title_with_a_colon_credits_no_one():
    claims = claims_of("Ohio: Clinic Got $121,000 In Relief Though Closed\n\nThe clinic shut in May.")
    assert [c.attribution_kind for c in claims] == ["none"]


def test_a_subject_that_is_a_clause_of_its_own_is_no_source():
    text = "The Iowa race is among several closely watched races expected to decide the Senate's 51-seat majority."
    assert [c.attribution_kind for c in claims_of(text)] == ["none"]


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Nearly 35,000 ballots were returned by Friday, according to the announcement.", "the announcement"),
        ("Prices rose 1.5% for the year, according to the central bank's preferred gauge.",
         "the central bank's preferred gauge"),
    ],
)  # fmt: skip
def test_an_announcement_and_a_gauge_are_documents(sentence, words):
    claim = claims_of(sentence)[0]
    assert (claim.attribution_kind, claim.attribution_text) == ("document", words)


def test_a_subject_ending_in_a_modal_is_a_clause_not_a_source():
    claims = claims_of(
        "Even so, the prosecution in the Senate would likely never find the 67 votes it needs."
    )
    assert [c.attribution_kind for c in claims] == ["none"]


@pytest.mark.parametrize(
    "text, kind, words",
    [
        ("Orban's allies hold roughly 90% of the country's media outlets, per NPR, say critics.", "organization", "NPR"),
        ("According to polling from Civiqs, her favorability has jumped 13 points.", "document", "polling from Civiqs"),
        ("Researchers published a study estimating that approximately 5,000 deaths can be linked to the storm.",
         "document", "a study"),
    ],
)  # fmt: skip
def test_per_a_name_a_named_pollster_s_polling_and_a_study_estimating_are_sources(text, kind, words):
    claim = claims_of(text)[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)


@pytest.mark.parametrize(
    "text",
    [
        "Much smaller majorities of Republicans say the same (59% say anger has contributed a great deal).",
        "Black Democrats are more likely than white Democrats to say so – 42% of black Democrats say it did.",
    ],
)
def test_respondents_of_a_poll_are_no_source_of_its_figures(text):
    assert claims_of(text)[0].attribution_kind == "none"


def test_a_progressive_verb_of_saying_cites_its_subject():
    claim = claims_of("The media was saying 66,000 people died.")[0]
    assert (claim.attribution_kind, claim.attribution_text) == ("vague", "The media")


@pytest.mark.parametrize(
    "text, words",
    [
        ("In one Gallup poll a week ago, Trump was at 49% approval.", "one Gallup poll"),
        ("Among liberals in the February 2014 UT/TT Poll, 20% leaned left.", "the February 2014 UT/TT Poll"),
    ],
)
def test_a_poll_the_figures_are_read_in_is_their_document_its_year_included(text, words):
    claim = claims_of(text)[0]
    assert (claim.attribution_kind, claim.attribution_text) == ("document", words)


def test_estimates_after_some_are_a_noun_not_a_verb_with_some_as_its_subject():
    assert (
        claims_of("Some estimates suggest that the tax takes $1 billion from families.")[0].attribution_text
        != "Some"
    )


@pytest.mark.parametrize(
    "text, kind, words",
    [
        ("x\n\nLeslin Charles: I would focus on four main areas.", "person", "Leslin Charles"),
        ("x\n\nSEE ALSO: A company with just 2 employees runs the grid.", "none", None),
    ],
)
def test_a_transcript_s_speaker_label_is_the_source_of_its_paragraph_but_a_page_s_capitals_are_not(
    text, kind, words
):
    claim = claims_of(text)[0]
    assert (claim.attribution_kind, claim.attribution_text) == (kind, words)
