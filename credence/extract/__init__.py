"""Fact extraction: numeric claims and direct quotations from an article's text, rule-based with a lexicon.

Pure: imports the standard library, rapidfuzz, `credence.model` and its own modules; nothing is
fetched or loaded at run time.
"""

from __future__ import annotations

import bisect
import re

from credence.extract.attribution import AttributionContext, Cue, attribution_cues, cue_for, cues_reaching
from credence.extract.documents import DocumentIndex
from credence.extract.entities import NameIndex, canonical_entity, entity_folding, name_index
from credence.extract.hedges import clause_bounds, hedge_cues, hedge_of
from credence.extract.lexicon import Lexicon
from credence.extract.measures import counted_of, is_rate_base, rate_of
from credence.extract.numbers import (
    Quantity,
    fractions,
    fractions_of_a_scale,
    multipliers,
    number_starts,
    quantities,
)
from credence.extract.quotes import FoundQuote, quotes_in
from credence.extract.sentences import paragraph_spans, sentence_spans
from credence.extract.subjects import SubjectResolver, names_a_place
from credence.model import ArticleFacts, Claim, Quote

__all__ = ["Lexicon", "article_facts", "canonical_entity", "entity_folding"]

# A cheap gate: sentences without a digit or a number word hold no claim.
# A sentence that goes on citing the source of the sentence before ("Of those, 300 were children.").
_CONTINUES_ATTRIBUTION = re.compile(
    r"(?:Of\s+(?:those|these|them|that|the\s+total)|Among\s+(?:them|those|these|the\s+dead|the\s+victims)|"
    r"(?:That|This|The)\s+(?:figure|number|total|tally|count|toll)\s+(?:includes?|also|was|is)|"
    r"That\s+includes|This\s+includes|It\s+also\s+(?:found|showed|said|noted|counted)|"
    r"The\s+(?:report|study|survey|data|document)\s+also)\b"
)
_AS_OF = re.compile(
    r"\b(?:as\s+of|since|by|through|until|on|in|last|this|earlier\s+this|late|early)\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|\d{4})\b|"
    r"\b(?:yesterday|today|tonight|so far|to date)\b"
)


def article_facts(text: str, article: str, lexicon: Lexicon | None = None) -> ArticleFacts:
    """All numeric claims and direct quotations in `text`, offsets into `text`.

    `article` is copied into every record. Claims come in text order, one per figure; quotes in text
    order with their speaker. `lexicon` defaults to `Lexicon.default()`.
    """
    lex = lexicon or Lexicon.default()
    original, text = text, without_link_cards(text)
    sentences = sentence_spans(text)
    paragraphs = paragraph_spans(text)
    names = name_index(text, lex)
    found_quotes = quotes_in(text, paragraphs, sentences, names, lex)
    claims = _claims(text, article, sentences, names, found_quotes, lex)
    quotes = [
        # A quotation's words as written, a link card inside it too: offsets index the text as read.
        Quote(article, q.start, q.end, original[q.start : q.end], q.speaker, q.speaker_kind, q.speaker_text)
        for q in found_quotes
    ]
    return ArticleFacts(claims=claims, quotes=quotes)


# A news site's related-story card glued into the text after a name: "Cory Gardner Cory Scott
# GardnerTariffs threaten 1.5M jobs: Study This week: … threat' MORE (R-Colo.) told The Hill".
_NAME_RUN_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*[ ]){1,6}[A-Z][\w'’-]*$")
_LINK_CARD = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])[^\n]{10,400}? MORE\b")


def without_link_cards(text: str) -> str:
    """`text` with related-story cards blanked out, every offset kept: their figures and names are no
    part of the article."""
    if " MORE" not in text:
        return text
    out: list[str] = []
    done = 0
    for m in _LINK_CARD.finditer(text):
        start = m.start()
        # The card opens with the person's full name again ("Cory Gardner Cory Scott Gardner…"): blank
        # that repeat too, so the name before it is read once.
        run = _NAME_RUN_BEFORE.search(text, max(done, start - 80), start)
        if run:
            tokens = run.group().split(" ")
            at = run.start()
            for j, token in enumerate(tokens):
                if j >= 2 and len(token) > 2 and token in tokens[: j - 1]:
                    start = at
                    break
                at += len(token) + 1
        out += [text[done:start], " " * (m.end() - start)]
        done = m.end()
    return "".join(out) + text[done:]


def _claims(
    text: str,
    article: str,
    sentences: list[tuple[int, int]],
    names: NameIndex,
    found_quotes: list[FoundQuote],
    lex: Lexicon,
) -> list[Claim]:
    context = AttributionContext(
        quote_spans=[(q.start, q.end) for q in found_quotes], documents=DocumentIndex(text)
    )
    quote_starts = [q.start for q in found_quotes]
    claims: list[Claim] = []
    previous: tuple[int, int] | None = None
    last_counted: str | None = None  # the noun the last figure counted, for "Of those, five were charged"
    subjects = SubjectResolver(text, names, lex)
    number_at = number_starts(text)
    ratios = sorted(multipliers(text, 0, len(text)) + fractions(text, 0, len(text)), key=lambda r: r.start)
    ratio_at = [r.start for r in ratios]
    for sentence in sentences:
        s0, s1 = sentence
        k = bisect.bisect_left(number_at, s0)
        r0, r1 = bisect.bisect_left(ratio_at, s0), bisect.bisect_left(ratio_at, s1)
        has_numbers = k < len(number_at) and number_at[k] < s1
        if not has_numbers and r0 == r1:
            previous = sentence
            continue
        # A title-case headline ("Idaho Governor Signs 2 Bills into Law") is read in lower case for its
        # figures and what they count; offsets are the same.
        count_text = _headline_lowered(text, sentence) if text.find("\n", 0, s0) < 0 else text
        figures = (
            quantities(count_text, s0, s1, number_at[k : bisect.bisect_left(number_at, s1, k)])
            if has_numbers
            else []
        )
        if r0 < r1:
            figures = sorted(
                figures
                + [r for r in ratios[r0:r1] if not any(f.start < r.end and r.start < f.end for f in figures)],
                key=lambda f: f.start,
            )
            figures = fractions_of_a_scale(text, figures)
        found: list[tuple[Quantity, object]] = []
        # "Police said 12 people were arrested. Of those, five were charged.": the part counts the whole.
        previous_counted: str | None = last_counted if _OF_THOSE.match(text, s0) else None
        for q in figures:
            _, clause_end = clause_bounds(text, sentence, q.end)
            counted = counted_of(count_text, q, sentence, clause_end, previous_counted, lex)
            # A count right after a core figure may be a part or a gapped conjunct of it (below).
            before = _figure_before(found)
            after_core = before is not None and before[1].core and q.unit is None
            new_non_core = counted.keep and after_core and not counted.core
            # "27 million died, including up to eight million Red Army soldiers": soldiers a part of the
            # dead, not a deployment.
            personnel_part = (
                counted.keep
                and after_core
                and counted.measure == "deployed"
                and before[1].measure != "deployed"
            )
            if (new_non_core or personnel_part) and _PART_OF_BEFORE.search(
                text, max(s0, q.start - 20), q.start
            ):
                # "used poison gas to kill more than 1,400 civilians, including hundreds of children": a
                # part of the figure before is counted by the same measure.
                counted = counted._replace(measure=before[1].measure, core=True)
            elif after_core and _PART_OF_THEM.match(text, q.end):
                # "killed 26 people, and a half-dozen of them were children": a part of the figure before.
                part_end = _PART_OF_THEM.match(text, q.end).end()
                counted = counted._replace(
                    keep=True,
                    measure=before[1].measure,
                    core=True,
                    span_end=max(counted.span_end, part_end),
                )
            elif (
                new_non_core
                and _head(counted.counted) == _head(before[1].counted)
                and _GAPPED_AND.search(text, max(s0, q.start - 25), q.start)
                and _GAP_TAIL.match(text, counted.span_end)
            ):
                # "1,552 Americans succumbed Tuesday and another 1,403 Americans on Wednesday": the verb
                # left out of the second conjunct is the first one's.
                counted = counted._replace(measure=before[1].measure, core=True)
            elif (
                not counted.keep
                and after_core
                and q.qualifier == "exact"
                and _ANOTHER_GAPPED.search(text, max(s0, q.start - 25), q.start)
                and _GAP_TAIL.match(text, q.end)
            ):
                # "Three deaths have been recorded in the West Bank, and another two in Jerusalem": a bare
                # count after "and another" is more of the figure before, its noun and verb left out.
                counted = counted._replace(
                    keep=True, measure=before[1].measure, core=True, counted=before[1].counted
                )
            if (
                counted.keep
                and before is not None
                and counted.counted == before[1].counted
                and counted.measure != before[1].measure
                and _COMPARED_BEFORE.search(text, max(s0, q.start - 25), q.start)
            ):
                # "Six million troops were killed …, compared with one million on the Western Front": the
                # figure compared is of the same measure.
                counted = counted._replace(measure=before[1].measure, core=before[1].core)
            if counted.keep:
                found.append((q, counted))
                previous_counted = counted.counted or previous_counted
                last_counted = previous_counted
            elif counted.counted and is_rate_base(text, q):
                previous_counted = counted.counted  # "for every 10 people …, three couldn’t": people
        if not found:
            previous = sentence
            continue
        cues = attribution_cues(text, sentence, names, context, lex)
        if not cues and previous is not None and _CONTINUES_ATTRIBUTION.match(text, s0):
            carried = attribution_cues(text, previous, names, context, lex)
            if carried:
                last = carried[-1]
                cues = [
                    Cue(last.text, last.text_start, last.text_end, last.kind, last.originator, s0, s1, -1, -1)
                ]
        # The words naming a source are no subject, unless the source is a place reporting its own
        # figures ("Italy registered 500 cases", "Alameda County added 65 new cases").
        sources = [
            (c.text_start, c.text_end)
            for c in cues
            if c.text_start is not None
            and c.text_start >= 0
            and not names_a_place(text[c.text_start : c.text_end], lex)
        ]
        hedges = hedge_cues(text, s0, s1, lex)
        as_of = _AS_OF.search(text, s0, s1)
        for q, c in found:
            within = [cue for cue in cues if cue.cue_start <= q.start < cue.cue_end]
            if any(cue.kind in ("anonymous", "vague") or cue.text_start != cue.cue_start for cue in within):
                continue  # "according to two officials", "citing five employees": a count of sources
            # "two members of Congress announced they had tested positive": a named group counted as the
            # subject of its own announcement is a claim, and not one credited to itself.
            own_cues = [cue for cue in cues if cue not in within] if within else cues
            quote = _quote_at(q.start, found_quotes, quote_starts)
            if quote is not None and quote.speaker is not None:
                inner = cue_for(q.start, [c for c in own_cues if quote.start <= c.cue_start < quote.end])
                if (
                    inner is not None
                    and inner.kind in ("document", "organization")
                    and inner.cue_start < q.start
                    and text.startswith(("according to", "According to"), inner.cue_start)
                ):
                    # "“In January, according to the report, China increased its imports by 278 percent,” she
                    # said": the speaker names where the figure comes from.
                    quote = None
            if quote is not None and quote.speaker is not None:
                # A figure inside a direct quotation is the speaker's.
                # The text shown is the speaker as the text names them; the originator, which scoring
                # groups by, is the entity folded ("Trump" → Donald Trump).
                kind = quote.speaker_kind
                if (
                    kind == "person"
                    and quote.speaker_text
                    and lex.anonymous_regex.search(quote.speaker_text.lower().strip())
                ):
                    kind = "anonymous"  # "“… 30 calls …,” an agency spokesperson said": an unnamed official
                elif kind == "person" and quote.speaker_text and _vague_group(quote.speaker_text, lex):
                    kind = (
                        "vague"  # "Health experts tell Reuters that, “at least 70% …”": no one in particular
                    )
                attribution = (
                    quote.speaker,
                    kind,
                    canonical_entity(quote.speaker, lex),
                    None,
                    None,
                )
            else:
                cue = cue_for(q.start, cues_reaching(text, s0, q.start, own_cues))
                if cue is None:
                    # "A poll … of 28 countries found": the size of a study is the study's own figure.
                    cue = next((w for w in within if w.kind == "document"), None)
                speaker = _transcript_speaker(text, s0, lex, q.start) if cue is None else None
                if speaker is None and cue is None:
                    speaker = _tweet_author(text, s0)
                if speaker is not None:
                    # "Ronald Morris: We have 20 staff who've tested positive": a transcript's speaker.
                    label, at = speaker
                    # The words as the line writes them ("AMY GOODMAN"); the originator folded (Amy Goodman).
                    written = text[at : at + len(label)]
                    # A tweet signed "Global Times" is an outlet's; a label is a person's.
                    last_word = label.split()[-1].lower()
                    kind = (
                        "organization"
                        if last_word in lex.organization_cues or label.lower() in lex.organizations_lower
                        else "person"
                    )
                    attribution = (written, kind, canonical_entity(label, lex), at, at + len(label))
                elif cue is None:
                    attribution = (None, "none", None, None, None)
                else:
                    shown, originator = (
                        cue.text,
                        cue.originator if cue.kind not in ("none", "vague") else None,
                    )
                    if "   " in shown:
                        # A blanked link card ends the source's words ("Sen. John Cornyn [card] (R-Texas)").
                        shown = shown[: shown.find("   ")].rstrip()
                        originator = originator and originator.split("   ")[0].rstrip()
                    attribution = (shown, cue.kind, originator, cue.text_start, cue.text_start + len(shown))
            # "…, according to unconfirmed reports": the source itself is hedged.
            unconfirmed = _UNCONFIRMED.search(attribution[0]) if attribution[0] else None
            hedge = (
                hedge_of(text, sentence, q.start, c.span_end, hedges)
                or c.projected
                or (unconfirmed.group() if unconfirmed else None)
            )
            # A count with no unit may still be a rate ("a daily average of 746 cases"): its unit keeps
            # it apart from totals of the same measure.
            unit = q.unit or rate_of(
                text, clause_bounds(text, sentence, q.start)[0], q.start, q.end, c.span_end
            )
            subject = subjects.subject(sentence, q.start, q.end, c, sources)
            span_end, low, high, qualifier = c.span_end, q.low, q.high, q.qualifier
            bound = _OR_BOUND_AFTER.match(text, span_end) if qualifier in ("exact", "approx") else None
            if bound:
                # "gatherings of 10 people or less", "50 people or more": the words after the noun bound it.
                span_end = bound.end()
                low, high, qualifier = (
                    (q.low, None, "lower_bound")
                    if (bound.group(1) or bound.group(2)).lower() in _OR_MORE
                    else (None, q.high, "upper_bound")
                )
            claims.append(
                Claim(
                    article=article,
                    char_start=c.span_start,
                    char_end=span_end,
                    span=text[c.span_start : span_end],
                    measure=c.measure,
                    counted=c.counted,
                    value_low=low,
                    value_high=high,
                    qualifier=qualifier,
                    subject=subject,
                    attribution_text=attribution[0],
                    attribution_kind=attribution[1],
                    hedged=hedge is not None,
                    core=c.core,
                    originator=attribution[2],
                    hedge_text=hedge,
                    unit=unit,
                    as_of_text=as_of.group() if as_of else None,
                    sentence_start=s0,
                    sentence_end=s1,
                    attribution_start=attribution[3],
                    attribution_end=attribution[4],
                )
            )
        for cue in cues:
            context.last_cue = cue
        previous = sentence
    return claims


# "Ronald Morris: We have 20 staff…": a line opening with a speaker's name and a colon (a transcript).
# "Ronald Morris:", "AMY GOODMAN:", and a repeated single name ("Sharyl:").
# Accented capitals count as capitals ("JUAN GONZÁLEZ:").
_TRANSCRIPT_LABEL = re.compile(
    r"([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ’'.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ’'.-]+){0,3}):[ \t]+\S"
)
_NOT_SPEAKER_LABEL = frozenset(
    """editor editor's note read more related photo source update watch advertisement correction disclosure
    image caption video listen breaking live latest opinion analysis share click sign subscribe follow
    contact email credit getty images""".split()
)


_OF_THOSE = re.compile(r"(?:Of|Among)\s+(?:those|them|these|whom|the\s+total)\s*,?\s", re.IGNORECASE)
_ANOTHER_GAPPED = re.compile(r"\b(?:and|but|with|plus)\s+(?:another|an\s+additional|a\s+further)\s+$")
_GAPPED_AND = re.compile(r"\b(?:and|but|then)\s+(?:another|an\s+additional|a\s+further|further)?\s*$")
# What may follow a gapped conjunct: a phrase of time or place, or the sentence's end.
_GAP_TAIL = re.compile(
    r"\s*(?:[.;!?]|$|(?:on|in|at|by|during|over|last|this|the\s+next|the\s+following|[A-Z][a-z]+day)\b)"
)


_TITLE_WORD = re.compile(r"[A-Za-z][a-z’'-]{3,}")


def _headline_lowered(text: str, sentence: tuple[int, int]) -> str:
    """The text with a title-case first-line sentence's capitalised words in lower case (the same length,
    so offsets hold); the text itself when the sentence is not in title case."""
    s0, s1 = sentence
    line_end = text.find("\n", s0)
    if line_end < 0 or text[s0:line_end].rstrip().endswith((".", "!", "?")):
        return text  # a headline stands on its own line, with no full stop
    words = _TITLE_WORD.findall(text, s0, s1)
    capitalised = sum(w[0].isupper() for w in words)
    if len(words) < 3 or capitalised < 0.75 * len(words):
        return text
    line = text[s0:s1]
    lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in line)
    return text[:s0] + lowered + text[s1:]


# "or" before any comparative; "and" before one that no noun follows ("94 percent and higher to be normal",
# not "10 percent and higher taxes").
_OR_BOUND_AFTER = re.compile(
    # ("about $40,000 a year or less": a rate's period may stand between)
    r"(?:\s+(?:a|per|each)\s+(?:year|month|week|day))?"
    r"\s+(?:or\s+(more|greater|higher|above|over|less|fewer|under|below|lower)|"
    r"and\s+(higher|above|over|under|below|lower)"
    r"(?=\s*[.,;:)!?]|\s*$|\s+(?:to|is|are|was|were|be|in|on|for|at|as|of|and|or|by|with|from|that|which)\b))",
    re.I,
)
_OR_MORE = frozenset(("more", "greater", "higher", "above", "over"))


def _head(counted: str | None) -> str:
    return counted.split()[-1].lower() if counted else ""


def _figure_before(found: list[tuple[Quantity, object]]) -> tuple[Quantity, object] | None:
    """The figure a later one in the sentence may be a part of: the last one found, unless that is the
    whole inside its part's span ("52 out of 61 attendees became ill, 32 of whom …": the 52)."""
    if not found:
        return None
    if len(found) > 1 and found[-2][1].span_start <= found[-1][1].span_start < found[-2][1].span_end:
        return found[-2]
    return found[-1]


_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|against)\s+(?:about\s+|some\s+|only\s+)?$"
)
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b")
_PART_OF_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+$", re.IGNORECASE)


# An embedded tweet's signature ends its paragraph: "… — Chris Jackson (@ChrisCJackson) May 23, 2020".
_TWEET_SIGNATURE = re.compile(
    r"[—–]\s*([^()\n—–]{2,60}?)\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?\s*$"
)
_SIGNATURE_NAME = re.compile(r"[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,4}")


def _tweet_author(text: str, s0: int) -> tuple[str, int] | None:
    """(name, offset) of the author signing the embedded tweet whose paragraph holds offset s0, else None."""
    end = text.find("\n", s0)
    end = len(text) if end < 0 else end
    start = text.rfind("\n", 0, s0) + 1
    m = _TWEET_SIGNATURE.search(text, max(start, end - 140), end)
    if m is None or m.start() < s0:
        return None
    name = _SIGNATURE_NAME.search(m.group(1))
    if name is None:
        return None  # a handle signed with emoji only
    return name.group().rstrip(","), m.start(1) + name.start()


# A turn's label in capitals, opening a line or following a sentence's end ("… too. BIDEN: This report").
_TURN_LABEL = re.compile(r"(?:^|(?<=[.!?)\]]\s))([A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]+)?):\s", re.MULTILINE)


def _transcript_speaker(text: str, s0: int, lex: Lexicon, pos: int | None = None) -> tuple[str, int] | None:
    """The speaker label of the transcript line holding offset s0 (of its turn before `pos` when a line holds
    several), or None when the line has none."""
    line = text.rfind("\n", 0, s0) + 1
    end = s0 if pos is None else pos
    # A label ends in a colon: most lines hold none before the figure, and are not scanned.
    turn = (
        next(reversed(list(_TURN_LABEL.finditer(text, line, end))), None)
        if text.find(":", line, end) >= 0
        else None
    )
    if turn is not None and text.count(turn.group(1) + ":") >= 2:
        words = turn.group(1).split()
        if not any(w.lower().rstrip(".") in _NOT_SPEAKER_LABEL for w in words):
            # "… too. BIDEN: This report … JARVIS: Layoffs …": a transcript run into one paragraph, each
            # turn opened by its speaker's label in capitals, which the transcript repeats.
            return " ".join(w.capitalize() for w in words), turn.start(1)
    m = _TRANSCRIPT_LABEL.match(text, line)
    if m is None:
        return None
    words = m.group(1).split()
    if any(w.lower().rstrip(".") in _NOT_SPEAKER_LABEL for w in words):
        return None
    if len(words) == 1 and text.count(f"\n{m.group(1)}:") < 2:
        return None  # one word before a colon ("Update:", "Note:") unless the transcript repeats it
    if m.group(1).isupper():
        words = [w.capitalize() for w in words]  # "AMY GOODMAN"
    # A known given name, or a label the transcript repeats ("Sharyn Alfonsi:" on several lines).
    if words[0].lower() not in lex.first_names and text.count(f"\n{m.group(1)}:") < 2:
        return None
    return " ".join(words), m.start(1)


_UNCONFIRMED = re.compile(r"\b(?:unconfirmed|unverified|rumou?red)\b", re.IGNORECASE)


def _vague_group(words: str, lexicon: Lexicon) -> bool:
    """True for a few words naming people only as a group the lexicon calls vague ("Health experts")."""
    tokens = words.split()
    return 0 < len(tokens) <= 3 and tokens[-1].islower() and tokens[-1] in lexicon.vague_sources


def _quote_at(pos: int, quotes: list[FoundQuote], starts: list[int]) -> FoundQuote | None:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and quotes[i].start <= pos < quotes[i].end:
        return quotes[i]
    return None
