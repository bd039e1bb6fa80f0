"""Subjects: who or what each figure is about, one rule at a time, on sentences written for the test.

The scoring engine compares figures only within one (subject, measure, unit, window), so each rule
here keeps figures that belong together in one fact and figures that do not apart. Every case names
the figure by its span text and the subject it must get; the wrong subjects the old rules gave are in
the comments where they explain the case.
"""

import pytest

from credence.extract import Lexicon, article_facts
from credence.extract.subjects import places_in


def subject_of(text: str, span_start: str) -> str | None:
    claims = [c for c in article_facts(text, "t").claims if c.span.startswith(span_start)]
    assert len(claims) == 1, [c.span for c in article_facts(text, "t").claims]
    return claims[0].subject


@pytest.mark.parametrize(
    "text, span, subject",
    [
        # A demonym or place in the counted words wins over every other place in the sentence.
        ("Russia said 600 North Korean soldiers have died in Kursk.", "600", "North Korea"),
        ("Ukraine reported that 1,200 Russian troops were killed near Bakhmut.", "1,200", "Russia"),
        ("About 600 Pyongyang soldiers have been killed in Ukraine.", "About 600", "North Korea"),
        ("The war will kill 100,000 Americans, Moscow warned.", "kill 100,000", "United States"),
        # A possessive before the figure owns it.
        ("Officials in Kyiv said Pyongyang's 10,000 troops had reached the front.", "10,000", "North Korea"),
        ("Florida reopened, and Manhattan's death toll was 1,946 on Sunday.", "toll was 1,946", "Manhattan"),
        # The noun the figure counts, written earlier in the sentence, keeps its demonym.
        (
            "Reports say these North Korean soldiers, with ranks bolstered to about 11,000, are in Russia.",
            "about 11,000",
            "North Korea",
        ),
        # An armed group named in the counted words.
        ("Security Forces killed 12 Taliban militants in Badakhshan.", "killed 12", "Taliban"),
        # Troops from a place are that place's.
        ("Russia received 2,300 sailors from France's navy.", "2,300", "France"),
        (
            "Esper ordered as many as 700 soldiers with the U.S. Army to leave.",
            "as many as 700",
            "United States",
        ),
    ],
)
def test_modifier_of_the_counted_noun_wins(text, span, subject):
    assert subject_of(text, span) == subject


@pytest.mark.parametrize(
    "text, span, subject",
    [
        # Where troops are is not whose they are.
        (
            "North Korea is thought to have 10,000 soldiers active along the Russian frontline.",
            "10,000",
            "North Korea",
        ),
        ("North Korea has kept 12,000 troops in Kursk since the autumn.", "12,000", "North Korea"),
        # Where other figures were counted is their subject.
        ("Each year flu leads to approximately 3500 deaths in Canada.", "approximately 3500", "Canada"),
        (
            "Officials placed the tally at 3,869 deaths in the central Chinese city of Wuhan.",
            "3,869",
            "Wuhan",
        ),
        ("There were 17,247 cases and 910 deaths across Africa.", "17,247", "Africa"),
        ("In Taiwan there have been just 422 cases.", "422", "Taiwan"),
        ("There have been 321,000 cases worldwide.", "321,000", "World"),
        # An area the lexicon does not know, named with its kind, reporting its own figures.
        ("Alameda County added 65 new cases on Monday.", "65", "Alameda County"),
        ("There are 6,837 confirmed cases in Dallas County.", "6,837", "Dallas County"),
        # "Statewide": the state the text is about.
        ("Texas reopened on Friday. Statewide, the number of cases topped 80,000.", "cases topped", "Texas"),
    ],
)
def test_locations_are_subjects_of_counts_of_people_but_not_of_troops(text, span, subject):
    assert subject_of(text, span) == subject


@pytest.mark.parametrize(
    "text, span, subject",
    [
        # The actor of the clause: a person stands for the country he leads, known from the text ...
        (
            "North Korean leader Kim Jong Un visited Moscow. Later, Kim deployed some 12,000 soldiers to Russia.",
            "deployed some 12,000",
            "North Korea",
        ),
        (
            "Iowa Gov. Kim Reynolds spoke. Reynolds said the state will add 3,000 tests a day.",
            "3,000",
            "Iowa",
        ),
        # ... or from the lexicon.
        ("After talks, Putin sent 5,000 troops to the border.", "sent 5,000", "Russia"),
        # The first actor of the clause, not a later object: Russia gave, Kim received.
        ("In exchange, Russia has gifted Kim at least one air defense system.", "gifted Kim", "Russia"),
        ("Venezuela so far has registered 749 coronavirus cases.", "749", "Venezuela"),
        # The main clause after a fronted phrase.
        ("Despite the toll of 600 lives, North Korea plans to fight on.", "600 lives", "North Korea"),
        # Counts that are no people's: the person or body acting.
        ("Trump boasted about his previous three meetings with Kim.", "three meetings", "Donald Trump"),
    ],
)
def test_actor_of_the_clause(text, span, subject):
    assert subject_of(text, span) == subject


def test_a_lexicon_of_leaders_can_be_extended():
    lex = Lexicon.default().extended({"leaders": {"Ruritan Ruler": "Ruritania"}})
    text = "Ruritan Ruler spoke. Later, Ruler deployed some 900 soldiers."
    assert [c.subject for c in article_facts(text, "t").claims] == ["Ruritan Ruler"]
    assert [c.subject for c in article_facts(text, "t", lex).claims] == ["Ruritania"]


@pytest.mark.parametrize(
    "text, span, subject",
    [
        # "these troops", "the toll": the subject of the latest claim of the same family ...
        (
            "Some 600 North Korean soldiers have died. Russia is at war. The toll of 600 lives weighs on Kim.",
            "600 lives",
            "North Korea",
        ),
        (
            "Quebec has 15,857 cases. Ontario is calmer. Officials said 630 people died there.",
            "630",
            "Quebec",
        ),
        # "the state", "the city": the place of that kind the last claim was about.
        (
            "In St. Augustine, Florida, some 10,000 people signed a petition despite the state's 20,000 cases.",
            "20,000",
            "Florida",
        ),
        (
            "Officials placed the tally at 3,869 deaths in the Chinese city of Wuhan. "
            "The number of infections in the city was revised to 50,333.",
            "50,333",
            "Wuhan",
        ),
        # Only a place is a city: a person a claim was about is not.
        (
            "Novak Djokovic won 3 matches. He lives in Wuhan. The city has recorded 1,026 cases.",
            "1,026",
            "Wuhan",
        ),
        # "the country" opening the main clause after a fronted phrase (not the U.S. it trails).
        (
            "Russia reported 9,000 cases. With more than 10,000 new cases reported each day, the country "
            "trails only the U.S.",
            "more than 10,000",
            "Russia",
        ),
        # "his soldiers": the person he is, and the country he leads.
        (
            "North Korean leader Kim Jong Un spoke. He said his 4,000 soldiers were heroes.",
            "4,000",
            "North Korea",
        ),
        # No claim before: the troops the text named last.
        (
            "Kim praised North Korean troops fighting in Russia. According to documents, 10,000 soldiers are "
            "currently active along the Russian frontline.",
            "10,000",
            "North Korea",
        ),
    ],
)
def test_anaphora_resolves_to_the_latest_claim_or_place(text, span, subject):
    assert subject_of(text, span) == subject


@pytest.mark.parametrize(
    "text, span, subject",
    [
        # A place inside an outlet's or a university's name is no subject (the old rules said "New York").
        (
            "North Korean troops took heavy losses. Sources told the New York Times about 1,000 soldiers died.",
            "about 1,000",
            "North Korea",
        ),
        ("Russia lost men. The Washington Post counted 500 dead soldiers.", "500", "Russia"),
        ("Italy is hit. The South China Morning Post counted 300 new cases.", "300", "Italy"),
        ("Spain is hit. Johns Hopkins University counted 4,000 new cases.", "4,000", "Spain"),
        ("Brazil is hit. The Chicago Sun-Times said 300 people died.", "300", "Brazil"),
        # A dateline's credit is no actor; one person's origin is not where the people counted were.
        (
            "NEW YORK (Reuters) - An Uzbek immigrant drove a truck down a New York City bike path, killing "
            "eight people.",
            "killing eight",
            "New York City",
        ),
        # People wounded in a shooting are counted where it was, not by who shot them.
        ("A gunman who admired Bernie Sanders wounded four others in Virginia.", "wounded four", "Virginia"),
        # Whom a source spoke to is no subject.
        ("Spain is hit. An expert told Reuters there were 92,000 deaths.", "92,000", "Spain"),
        # A half of a compound is no subject (the old rules counted "Russian-Ukrainian" for Russia).
        (
            "North Korea joined the Russian-Ukrainian War. The Russian-Ukrainian War has cost 600 lives.",
            "600",
            "North Korea",
        ),
        # The source of a figure is not what it is about (the old rules said "South Korea").
        (
            "Ukraine says Russia lost 900 troops, according to South Korea's spy agency.",
            "lost 900",  # the losses, named from the verb
            "Russia",
        ),
    ],
)
def test_names_and_sources_hold_no_subject(text, span, subject):
    assert subject_of(text, span) == subject


@pytest.mark.parametrize(
    "text, span, subject",
    [
        # The body counted is the group ("comprising 11 members" of the team).
        (
            "Russia gifted Kim a system, according to the Multilateral Sanctions Monitoring Team, "
            "a group comprising 11 United Nation members.",
            "11 United",
            "Multilateral Sanctions Monitoring Team",
        ),
        # Officials and members belong to the body the sentence names.
        (
            "During a recent meeting of the WPK, Kim reprimanded over 40 officials from two counties.",
            "over 40",
            "WPK",
        ),
    ],
)
def test_the_body_counted_is_the_group(text, span, subject):
    assert subject_of(text, span) == subject


@pytest.mark.parametrize(
    "text, role",
    [
        ("the New York Times reported", "name"),
        ("the University of Washington said", "name"),
        ("the Russian-Ukrainian War", "compound"),
        ("the U.S. Army said", "owner"),
        ("in Los Angeles County", "area"),
        ("Iowa Gov. Kim Reynolds", "title"),
        ("North Korean soldiers", "place"),
        ("In Texas on Tuesday", "place"),
    ],
)
def test_place_roles(text, role):
    assert places_in(text, 0, len(text), Lexicon.default())[0].role == role


def test_an_adverb_in_a_title_case_headline_ends_the_name_before_it():
    (claim,) = article_facts(
        "Jane Doe Reportedly Offered a $5 Million Bribe to Officials\n\nThe story spread.", "t"
    ).claims
    assert claim.subject == "Jane Doe"
