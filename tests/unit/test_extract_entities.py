"""Entity names and the lexicon: name variants fold to one form, and a user's lexicon extends the default.

The scoring engine folds originators with `canonical_entity`, so variants of one source must give one
string, and different sources different strings.
"""

import pickle

import pytest

from credence.extract import Lexicon, article_facts, canonical_entity, entity_folding
from credence.extract.entities import name_index


@pytest.mark.parametrize(
    "variants, canonical",
    [
        (["Kim Jong-un", "Kim Jong Un", "Kim Jong un", "KIm Jong-un", "Kim  Jong-un"], "Kim Jong Un"),
        (
            [
                "KCNA",
                "Korean Central News Agency",
                "the Korean Central News Agency",
                "North Korea's KCNA news agency",
                "Korean Central News Agancy",
            ],
            "KCNA",
        ),
        (
            [
                "NIS",
                "South Korea's National Intelligence Service",
                "South Korea’s National Intelligence Service",
                "South Korean intelligence",
                "National Intelligence Service",
            ],
            "NIS",
        ),
        (["the CDC", "Centers for Disease Control and Prevention", "CDC"], "CDC"),
        (["Harris's", "Harris’s", "Harris"], "Harris"),
        # Heads of state by full name, whatever the text calls them.
        (["Trump's", "Trump’s", "Trump", "President Trump", "Donald J. Trump"], "Donald Trump"),
        (["Mr. Putin", "Putin's"], "Vladimir Putin"),
        (["President Donald Trump", "Former President Donald Trump", "Donald Trump"], "Donald Trump"),
        (["José Álvarez", "Jose Alvarez"], "Jose Alvarez"),
        (["the Multilateral Sanctions Monitoring Team", "MSMT"], "Multilateral Sanctions Monitoring Team"),
    ],
)
def test_name_variants_fold_to_one_form(variants, canonical):
    assert {canonical_entity(v) for v in variants} == {canonical}


def test_descriptions_keep_their_words():
    assert canonical_entity("intelligence sources in South Korea") == "intelligence sources in South Korea"


def test_different_sources_stay_different():
    assert canonical_entity("KCNA") != canonical_entity("Korean Central Television")
    assert canonical_entity("Kim Jong Un") != canonical_entity("Kim Ju Ae")


def test_empty_name_gives_empty_string():
    assert canonical_entity("  ") == ""


def test_entity_folding_maps_surnames_to_the_full_name():
    folding = entity_folding(
        ["Trump", "Donald Trump", "President Trump", "Kim", "Kim Jong-un", "Kim Jong Un"]
    )
    assert folding["Trump"] == folding["President Trump"] == "Donald Trump"
    assert folding["Kim"] == folding["Kim Jong-un"] == "Kim Jong Un"


def test_entity_folding_leaves_an_ambiguous_surname_alone():
    folding = entity_folding(["Kim", "Kim Jong Un", "Kim Ju Ae"])
    assert folding["Kim"] == "Kim"


def test_name_index_classifies_people_bodies_and_places():
    text = "Mykola Kuzmin of the Henry Jackson Society met officials in North Korea and Mr. Bloomberg."
    kinds = {m.name: m.kind for m in name_index(text, Lexicon.default()).mentions}
    assert kinds["Mykola Kuzmin"] == "person"
    assert kinds["Henry Jackson Society"] == "organization"
    assert kinds["North Korea"] == "place"
    assert kinds["Bloomberg"] == "person"


def test_a_name_followed_by_a_us_state_is_a_town_and_a_company_word_makes_a_body():
    text = (
        "She worked at the Smithfield Foods plant in Sioux Falls, S.D., and moved to Traverse City, Michigan."
    )
    kinds = {m.name: m.kind for m in name_index(text, Lexicon.default()).mentions}
    assert kinds["Sioux Falls"] == "place"
    assert kinds["Traverse City"] == "place"
    assert kinds["Smithfield Foods"] == "organization"


def test_a_body_head_word_followed_by_a_given_name_splits_off_the_person():
    text = "US Secretary of Health and Human Services Alex Azar spoke."
    kinds = {m.name: m.kind for m in name_index(text, Lexicon.default()).mentions}
    assert kinds["Alex Azar"] == "person"


def test_lexicon_extended_adds_measures_hedges_and_aliases():
    lexicon = Lexicon.default().extended(
        {
            "measure_nouns": {"ventilators": "ventilators_delivered"},
            "hedge_cues": ["is rumoured to"],
            "entity_aliases": {"Ministry of Health of Ukraine": "Ukrainian Health Ministry"},
        }
    )
    claim = article_facts("The city is rumoured to have 300 ventilators.", "t", lexicon).claims[0]
    assert (claim.measure, claim.hedge_text) == ("ventilators_delivered", "is rumoured to")
    assert canonical_entity("Ministry of Health of Ukraine", lexicon) == "Ukrainian Health Ministry"
    assert "ventilators" not in Lexicon.default().measure_nouns


def test_lexicon_extended_rejects_unknown_keys_and_wrong_types():
    with pytest.raises(ValueError, match="unknown lexicon keys"):
        Lexicon.default().extended({"measure_words": {}})
    with pytest.raises(ValueError, match="takes a list"):
        Lexicon.default().extended({"hedge_cues": "reportedly"})
    with pytest.raises(ValueError, match="takes a mapping"):
        Lexicon.default().extended({"measure_nouns": ["ventilators"]})


def test_lexicon_repr_is_stable_and_the_lexicon_pickles():
    lexicon = Lexicon.default().extended({"hedge_cues": ["is rumoured to"]})
    copy = pickle.loads(pickle.dumps(lexicon))
    assert repr(copy) == repr(lexicon)
    assert copy.hedge_regex.search("it is rumoured to be")


def test_a_middle_initial_stays_inside_the_persons_name():
    text = "Yesterday Maria T. Lopez met Harold J. Simmons in Denver. We saw Plan B. The rest followed."
    kinds = {m.name: m.kind for m in name_index(text, Lexicon.default()).mentions}
    assert kinds.get("Maria T. Lopez") == "person"
    assert kinds.get("Harold J. Simmons") == "person"
    assert "Plan B. The" not in kinds


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The utility PG&E cut power.", "PG&E", "organization"),
        ("Analysts at Procter & Gamble agreed.", "Procter & Gamble", "organization"),
        ("Then meteorologist Jan Null spoke.", "Jan Null", "person"),
        ("Then Will Hurd of Texas spoke.", "Will Hurd", "person"),
    ],
)
def test_names_joined_by_an_ampersand_or_opened_by_a_given_name_that_is_also_a_word_stay_whole(
    text, name, kind
):
    mentions = name_index(text, Lexicon.default()).mentions
    assert (name, kind) in [(m.name, m.kind) for m in mentions]


@pytest.mark.parametrize("text", ["On Jan. 6 Congress met.", "Will Trump sign it?"])
def test_a_month_or_a_modal_before_a_known_name_is_no_given_name(text):
    names = [m.name for m in name_index(text, Lexicon.default()).mentions]
    assert not any(n.startswith(("Jan", "Will")) for n in names)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Then Secretary of State Mike Pompeo spoke.", "Mike Pompeo"),
        ("Then Secretary of Homeland Security Kirstjen Nielsen spoke.", "Kirstjen Nielsen"),
        ("Then Minister of Foreign Affairs Sergei Lavrov spoke.", "Sergei Lavrov"),
    ],
)
def test_an_office_of_something_before_a_name_is_that_persons_title(text, name):
    mentions = name_index(text, Lexicon.default()).mentions
    assert ("person", name) in [(m.kind, m.name) for m in mentions]


def test_sentence_adverbs_are_no_names():
    names = [
        m.name
        for m in name_index("Again, the bill failed. Nonetheless Smith said no.", Lexicon.default()).mentions
    ]
    assert "Again" not in names and "Nonetheless" not in names and "Smith" in names


@pytest.mark.parametrize("name", ["SpaceX", "JPMorgan", "BlackRock"])
def test_a_brand_cased_inside_the_word_keeps_its_case(name):
    assert canonical_entity(name, Lexicon.default()) == name
