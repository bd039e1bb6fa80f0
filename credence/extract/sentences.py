"""Sentence and paragraph boundaries as character offsets (rule-based, no model; stdlib only)."""

from __future__ import annotations

import re

# Abbreviations after which a period does not end a sentence (lower-case, without the period).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt cmdr adm maj rep reps sen sens gov govs st jr sr inc co corp
    ltd llc no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig
    e.g i.e a.m p.m u.s u.k u.n e.u d.c u.s.a n.y l.a vol pp ph.d rev hon pres supt sec atty messrs
    univ assn bros cf al""".split()
)
# Words that start a new sentence even after "U.S." or "a.m.", where the period is ambiguous.
SENTENCE_OPENERS = frozenset(
    "the a an it he she they we i in on but and this that these those there his her their its our "
    "after before when while as if for however meanwhile still yet so".split()
)

# A candidate end: terminal punctuation (closing quotes/brackets included), then either space and an
# opening that is not lower case, or a glued capital/quote ("Fascism.”The"); or a line break.
# One character class first, so the engine skips to the next candidate in C.
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"'”’)\]]*(?:[ \t]+(?=[“\"'‘(\[]*[^\sa-z])|(?=[“\"A-Z])|(?=\n)|$))"
)
# A wire dateline opening a story: "LONDON (Reuters) - ", "NEW YORK, May 5 (AP) — ", "WASHINGTON — ".
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:-{1,2}|[—–])[ \t]+(?=\S)"
)
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_FOLLOWER = re.compile(r"\s*[“\"]?([A-Za-z]+)")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    if dot >= 8 and text[dot - 8 : dot].isalpha():
        return False  # the common case: a word longer than any abbreviation listed
    space = max(text.rfind(" ", max(0, dot - 12), dot), text.rfind("\n", max(0, dot - 12), dot))
    word = text[space + 1 : dot].lstrip("(“\"'‘").lower()
    if len(word) > 7 and "." not in word:
        return False  # a long word: no abbreviation in the list is that long
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if len(word) > 2 and word[-2] == "-" and word[-1].isalpha():
        return True  # a party tag's state: "Chuck Schumer, D-N.Y., said"
    if word not in ABBREVIATIONS and ("." not in word or not _INITIALISM.fullmatch(word)):
        return False  # (an initialism has periods inside: "u.s")
    if word in ("u.s", "u.k", "a.m", "p.m", "etc", "d.c", "u.n", "e.u"):
        # Ambiguous: "the U.S. The next day" ends a sentence, "the U.S. Army" does not.
        follower = _FOLLOWER.match(text, dot + 1)
        return not (follower and follower.group(1).lower() in SENTENCE_OPENERS)
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, whitespace trimmed; newlines always end a sentence.

    A period ends a sentence unless it closes an abbreviation ("Mr.", "Gen.", "U.S. Army") or an
    initial, or the next word is in lower case ("at 3 p.m. on Monday").
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        dot = m.start()
        ch = text[dot]
        if ch == "\n":
            end = dot
            if end == start:
                start = dot + 1  # an empty line: nothing to trim
                continue
        else:
            if ch == "." and text[dot + 1 : dot + 2] != "." and _is_abbreviation(text, dot):
                continue
            end = m.end()
        _append_trimmed(spans, text, start, end)
        start = m.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    # Stepping over the few blanks at either end costs less than copying the sentence to strip it.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and text[start].isupper() and text[start + 1 : start + 2].isupper():
        dateline = _DATELINE.match(text, start, end)
        if dateline:
            start = dateline.end()  # the wire's place tag is no part of the sentence's subject
    if start < end:
        spans.append((start, end))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line; a line is a paragraph in the article texts we read."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
