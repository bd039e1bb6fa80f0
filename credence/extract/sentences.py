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

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|[“\"A-Z]|$)|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_NEXT_CHAR = re.compile(r"[ \t]*[“\"'‘(\[]*(\S)")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    space = text.rfind(" ", max(0, dot - 12), dot)
    if dot - space > 7 and "." not in text[space + 1 : dot]:
        return False  # a long word: no abbreviation in the list is that long
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if word not in ABBREVIATIONS and not re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return False
    follower = re.match(r"\s*[“\"]?([A-Za-z]+)", text[dot + 1 : dot + 30])
    ambiguous = word in ("u.s", "u.k", "a.m", "p.m", "etc", "d.c", "u.n", "e.u")
    return not (ambiguous and follower and follower.group(1).lower() in SENTENCE_OPENERS)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, whitespace trimmed; newlines always end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() == "\n":
            end = m.start()
        else:
            dot = m.start()
            nxt = _NEXT_CHAR.match(text, m.end())
            if nxt and nxt.group(1).islower():
                continue  # "at 3 p.m. on Monday", "e.g. the": a sentence never opens in lower case
            if text[dot] == "." and m.end() - dot == 1 and _is_abbreviation(text, dot):
                continue
            end = m.end()
        _append_trimmed(spans, text, start, end)
        start = m.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line; a line is a paragraph in the article texts we read."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
