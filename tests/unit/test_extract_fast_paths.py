"""Fast paths of the extractor give the answers of the slower patterns they stand in for."""

import importlib
import re

import pytest

from credence.extract import measures


def test_the_lowered_disease_pattern_has_no_capital_letter():
    # It is searched in lowered text, where a capital letter never matches.
    assert not re.search(r"(?<!\\)[A-Z]", measures._DISEASE_LOWER.pattern)


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 spread",
        "The OUTBREAK grew",
        "MIS-C in children",
        "Flu season",
        "fluid markets",
        "tax cuts",
        "ſymptoms",
        "İnfected",
        "PATIENTS",
        "patiently",
    ],
)
def test_mentions_disease_agrees_with_the_case_blind_pattern(text):
    measures._mentions_disease.cache_clear()
    assert measures._mentions_disease(text) is bool(measures._DISEASE.search(text))


def _openings(items, ignorecase: bool) -> set[tuple[str, bool]]:
    """(first letter, case-blind) of every way a parsed pattern can start; ("\\d", False) for any digit,
    ("\\w", False) for any word character."""
    op, av = items[0]
    name = str(op)
    if name == "LITERAL":
        return {(chr(av), ignorecase)}
    if name == "IN":
        found: set[tuple[str, bool]] = set()
        for member, value in av:
            if str(member) == "LITERAL":
                found.add((chr(value), ignorecase))
            elif str(member) == "RANGE":
                found |= {(chr(c), ignorecase) for c in range(value[0], value[1] + 1)}
            elif str(value) in ("CATEGORY_DIGIT", "CATEGORY_WORD"):
                found.add(("\\d" if str(value) == "CATEGORY_DIGIT" else "\\w", False))
            else:
                raise AssertionError(f"a class member {member} {value} is not covered by the check")
        return found
    if name == "BRANCH":
        return {o for alternative in av[1] for o in _openings(alternative, ignorecase)}
    if name == "SUBPATTERN":
        _, add, remove, inner = av
        return _openings(inner, (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if name in ("ASSERT", "ASSERT_NOT"):  # a look-around before the first letter: what follows starts it
        return _openings(items[1:], ignorecase)
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, _, inner = av
        return _openings(inner, ignorecase) | (_openings(items[1:], ignorecase) if low == 0 else set())
    raise AssertionError(f"a cue opening with {name} is not covered by the gate check")


def _gates(items, ignorecase: bool):
    """(allowed letters, what follows) for every case-sensitive look-ahead class in a parsed pattern."""
    items = list(items)
    for k, (op, av) in enumerate(items):
        name = str(op)
        if name == "ASSERT" and av[0] == 1:
            inner = list(av[1])
            if len(inner) == 1 and str(inner[0][0]) == "SUBPATTERN" and inner[0][1][2] & re.IGNORECASE:
                cls = list(inner[0][1][3])
                if len(cls) == 1 and str(cls[0][0]) == "IN":
                    yield cls[0][1], items[k + 1 :], ignorecase
                    continue
            yield from _gates(inner, ignorecase)
        elif name == "BRANCH":
            for alternative in av[1]:
                yield from _gates(alternative, ignorecase)
        elif name == "SUBPATTERN":
            _, add, remove, inner = av
            yield from _gates(inner, (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)


@pytest.mark.parametrize(
    "module, name",
    [
        ("attribution", "_PREPOSITIONAL"),
        ("attribution", "_SUBJECT_BOUNDARY"),
        ("measures", "_POLL"),
        ("measures", "_MEASURE_SUBJECT"),
        ("numbers", "_AGE_BEFORE"),
        ("quotes", "_TITLE_CUE"),
        ("numbers", "_MULTIPLIER"),
    ],
)
def test_a_gate_before_case_blind_words_lets_every_word_through(module, name):
    # A case-sensitive look-ahead names the letters the words after it start with; a word with
    # another first letter would be silently lost.
    from re import _parser

    pattern = getattr(importlib.import_module(f"credence.extract.{module}"), name)
    gates = list(_gates(_parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE)))
    assert gates
    every_char = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    for members, rest, blind in gates:
        allowed = {chr(a) for o, a in members if str(o) == "LITERAL"}
        if any(str(a) == "CATEGORY_DIGIT" for _, a in members):
            allowed |= set(re.findall(r"\d", every_char))
        for letter, letter_blind in _openings(rest, blind):
            written = letter if letter in ("\\d", "\\w") else re.escape(letter)
            matching = re.findall(written, every_char, re.IGNORECASE if letter_blind else 0)
            assert set(matching) <= allowed, (letter, set(matching) - allowed)


def test_every_word_of_the_statewide_pattern_holds_wide():
    from credence.extract import subjects

    # `_all_candidates` skips the pattern in sentences where str.find sees no "wide".
    words = subjects._WIDE.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|")
    assert words and all("wide" in w for w in words)


def test_every_phrase_of_the_worldwide_pattern_holds_world_or_glob():
    from credence.extract import subjects

    # `_worldwide` skips the pattern where neither is written; each piece between bars must hold one.
    pieces = subjects._WORLDWIDE.pattern.lower().split("|")
    assert pieces and all("world" in p or "glob" in p for p in pieces)


@pytest.mark.parametrize(
    "sentence",
    ["see www.site123.com now", "wwww.x", "call (555) 123-4567", "on 3/4", "by 12 - 34", "wow, 10 people"],
)
def test_blocking_is_looked_for_where_the_one_pattern_with_www_found_it(sentence):
    from credence.extract import numbers

    with_www = re.compile(r"[\d(/@w](?:(?<=\d)\s?[-/.]\s?\d|(?<=\()\d{3}\)|(?<=[/@])|(?<=w)ww\.)")
    found = bool(numbers._NEEDS_BLOCKING.search(sentence)) or "www." in sentence
    assert found is bool(with_www.search(sentence))


def test_written_nouns_are_found_where_one_bounded_alternation_finds_them():
    from credence.extract import documents

    plain = re.compile(r"\b(?:" + "|".join(sorted(documents.WRITTEN_NOUNS, key=len, reverse=True)) + r")\b")
    text = (
        "Reports, a report and pre-report notes: the e-mails, an op-ed, reportedly a Report; "
        "memos/letters (post) studyhall, x-ray paper’s posts. notebook2 ‘cable’ releases release"
    )
    spans = [m.span() for m in documents._WRITTEN_NOUN_RE.finditer(text)]
    assert spans and spans == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "before",
    [
        "",
        "\n",
        "in ",
        "since  ",
        "the city's ",
        "(",
        "fiscal\n",
        "the best ",
        "in 2020 and 12 ",
        "said ",
        "x-",
        "zz",
    ],
)
def test_year_context_from_the_end_is_found_where_a_search_finds_it(before):
    from credence.extract import numbers

    found = numbers._YEAR_CONTEXT_AT_END.match(before) is not None
    assert found is (numbers._YEAR_CONTEXT_BEFORE.search(before) is not None)


def test_the_relative_who_pattern_needs_the_word_who():
    from credence.extract import quotes

    # `_speaker_before` tries the pattern only where str.find sees "who"; the pattern must require it.
    assert r"),\s+who\s+" in quotes._WHO_BEFORE.pattern and quotes._WHO_BEFORE.pattern.count("who") == 1


def test_words_between_subject_and_verb_open_with_a_letter():
    from re import _parser

    from credence.extract import attribution

    # The blanks before each word are taken whole (\s++); right only while no word opens with a blank.
    pattern = attribution._BETWEEN_SUBJECT_AND_VERB
    unit = list(_parser.parse(pattern.pattern, pattern.flags).data[0][1][2])
    assert [str(op) for op, _ in unit] == ["POSSESSIVE_REPEAT", "BRANCH"]
    for letter, _ in _openings(unit[1:], True):
        assert letter.isalpha() or letter == "\\w", letter


@pytest.mark.parametrize(
    "left",
    [
        "officials also",
        "Smith  has \n reportedly",
        "Rep. Smith" + " " * 60 + "(N.Y.), who on Sunday",
        "the CDC last week",
        "he in a statement",
        "the family",
        "said yesterday morning",
    ],
)
def test_taking_the_blanks_whole_finds_what_splitting_them_found(left):
    from credence.extract import attribution

    pattern = attribution._BETWEEN_SUBJECT_AND_VERB
    splitting = re.compile(pattern.pattern.replace(r"\s++", r"\s+", 1), pattern.flags)
    found = pattern.search(left)
    expected = splitting.search(left)
    assert (found and found.span()) == (expected and expected.span())
