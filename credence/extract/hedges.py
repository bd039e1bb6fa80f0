"""Hedges: the words that soften a figure ("is thought to", "reportedly") and which claims they reach.

Pure; standard library and the lexicon only.
"""

from __future__ import annotations

import re

from credence.extract.lexicon import Lexicon

# Clause breaks a hedge does not reach across: commas (not inside "10,000"), semicolons, colons,
# dashes, brackets.
_CLAUSE_BREAK = re.compile(r",(?!\d{3}\b)|[;:()\[\]]|\s[—–-]\s|—")


# Adjectives soften the noun they stand before ("an unconfirmed 500 deaths"), not a figure before them.
_ADJECTIVE_CUES = frozenset(("alleged", "unconfirmed", "unverified", "rumored", "rumoured"))
# After an adjective cue: its noun, an optional aside set off by commas, then "of" (and "the sum of").
_GOVERNED_FIGURE = re.compile(
    r"\s+[a-z]+(?:\s*,[^,;:]{1,80},)?\s+of\s+(?:the\s+(?:sum|amount|total)\s+of\s+)?", re.IGNORECASE
)
_COMPARATIVE = re.compile(r"\b(?:more|less|as|equally|times)\s+$", re.IGNORECASE)
# A cue in another clause joined by a conjunction is about that clause: "has reported just 200
# deaths ... since hitting what was believed to be the peak".
_SUBORDINATE = re.compile(
    r"\b(?:because|since|although|though|whereas|while|but|and then|whether|who|which|as\s+the|before|after|until)\b",
    re.IGNORECASE,
)


_EPISTEMIC_ADVERBS = frozenset(("perhaps", "maybe", "possibly", "probably"))
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b", re.IGNORECASE)


_NOT_AN_INFINITIVE = re.compile(
    r"\s+(?:(?i:the|a|an|his|her|their|its|our|this|that|these|those|police|authorities)\b|[A-Z])"
)


def hedge_cues(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, words) of every hedge cue between `start` and `end`."""
    return [
        (m.start(), m.end(), m.group())
        for m in lexicon.hedge_regex.finditer(text, start, end)
        # "were reported to the National Center": where the reports went, no infinitive of doubt.
        if not (m.group().lower().endswith(" to") and _NOT_AN_INFINITIVE.match(text, m.end()))
    ]


def clause_bounds(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause of the sentence holding `pos`: between the nearest clause breaks on either side."""
    s_start, s_end = sentence
    left = s_start
    for m in _CLAUSE_BREAK.finditer(text, s_start, pos):
        left = m.end()
    right_m = _CLAUSE_BREAK.search(text, pos, s_end)
    return left, (right_m.start() if right_m else s_end)


def hedge_of(
    text: str, sentence: tuple[int, int], claim_start: int, claim_end: int, cues: list[tuple[int, int, str]]
) -> str | None:
    """The hedge cue softening the claim at claim_start..claim_end, or None.

    A cue reaches the claims of its own clause, before or after it ("is thought to have contributed
    around 10,000", "1,000 are feared dead"), but not claims across a comma, colon or dash.
    """
    if not cues:
        return None
    left, _ = clause_bounds(text, sentence, claim_start)
    _, right = clause_bounds(text, sentence, max(claim_start, claim_end - 1))
    for c0, c1, words in cues:
        low = words.lower()
        if _COMPARATIVE.search(text, max(sentence[0], c0 - 12), c0) and "likely" in low:
            continue  # "50 percent more likely to face foreclosure": a comparison, not a doubt
        if low in _ADJECTIVE_CUES and c1 <= claim_start and _GOVERNED_FIGURE.fullmatch(text, c1, claim_start):
            # "the alleged receipt, from sources abroad, of the sum of $10 million": the adjective's noun
            # governs the figure through "of".
            return words
        if low in _ADJECTIVE_CUES and (c0 > claim_start or claim_start - c1 > 12):
            # "20,000 listings for unverified claims", "over alleged links to an attack which killed
            # two": the adjective qualifies its own noun, not a figure it does not stand before.
            continue
        if low == "could" and c0 > claim_start:
            continue  # "roads that could impede access", "Four million people could get up": not the figure's doubt
        if left <= c0 and c1 <= right:
            between = text[min(c1, claim_start) : max(c0, claim_end)]
            if not _SUBORDINATE.search(between):
                return words
        if not text[sentence[0] : c0].strip(" “\"'") and c1 <= claim_start:
            if (
                low in _EPISTEMIC_ADVERBS
                and not text.startswith(",", c1)
                and _RELATIVE_ASIDE.search(text, c1, claim_start)
            ):
                # "Perhaps a better parallel is the 1957 pandemic, which killed at least 1 million": the
                # doubt is about the main clause, the relative clause states a fact of its own ("Perhaps,
                # the strike, which hit the town, killed 40" doubts it all).
                continue
            return words  # "Reportedly, the strike killed 40": a sentence adverb covers the sentence
    return None
