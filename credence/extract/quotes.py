"""Direct quotations and their speakers: marks paired per paragraph, speakers found and resolved to full names.

Handles curly and straight marks, a missing opening mark, quotes running over paragraphs (the next
paragraph keeps the last speaker), speakers named after or before the quote, by surname, pronoun,
acronym or a document ("one of the pages read"). Pure; standard library, lexicon and entities only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from credence.extract.attribution import TITLE_LABELS, subject_before
from credence.extract.documents import DETERMINERS, OUTLET_HEADS, WRITTEN_NOUNS, DocumentIndex
from credence.extract.entities import NameIndex, canonical_entity, written_name
from credence.extract.lexicon import US_STATES, Lexicon

_ONE_WORD = re.compile(r"\s*[^\s.…]+[\s,.;:!?]*")
_MARKS = re.compile(r"[“”\"„«»]")
# Nouns of what a quotation may be read from, with "research" (a body of findings, not one paper).
_FINDINGS_NOUNS = WRITTEN_NOUNS | {"research"}
# A quotation of three words or fewer is a quotation only when a verb of saying introduces it in the
# same sentence ("said the criticism was “fairly accurate”") or a colon does ("three words: “See you
# Sunday.”"). Naming verbs ("called", "described as", "touted as") introduce labels, not quotations.
_SHORT_QUOTE_LICENCE = re.compile(
    r"(?:\b(?:said|says|say|saying|told|tells|stated|states|wrote|writes|added|adds|declared|argued|argues|"
    r"complained|complains|warned|warns|insisted|noted|acknowledged|admitted|conceded|agreed|stressed|"
    r"predicted|vowed|promised|tweeted|replied|responded|testified|hinted|hints|claimed|claims|claiming|"
    r"joked|quipped|insisting|arguing|warning|telling|reporting|reported|writing|saying|confirmed|confirms|"
    r"announced|announces|denied|denies)\b"
    r"([^“”\"]{0,100})|:\s*)$"
)
_NAMING_LICENCE = re.compile(
    r"\b(?:called|calls|calling|labeled|labelled|labels|dubbed|dubs|branded|brands|termed|terms|"
    r"described\s+as|describes\s+as)\b(?!\s+(?:on|for|upon)\b)([^“”\"]{0,60})$"
)
_NEW_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
_ADVERB_THEN_WORD = re.compile(
    r"(?:completely|totally|utterly|absolutely|deeply|very|so|truly|entirely|simply)\s+\S+", re.I
)
_TITLE_CUE = re.compile(
    # Gated by first letter, case-sensitively: the case-blind words are slow to try at every word.
    r"\b(?=(?-i:[AaBbCcDdEeFfHhMmNnPpSsTt\u017f]))(?:titled|entitled|headlined|headline|film|book|song|album|show|series|"
    r"program|programme|podcast|column|hashtag|slogan|motto|novel|play|documentary|author\s+of|"
    # "so-called “…”" marks words as someone else's label, not a quotation of what they said.
    # "a podcast called “Pod Bless Texas.”": the work's name after a naming verb, too.
    r"co-author\s+of|editor\s+of|best-?seller,?|so-called)(?:\s+(?:called|named|dubbed))?[\s,:]*$|\(\d{4}[a-z]?\)\.?\s*$",  # "(2009). “Title.”"
    re.IGNORECASE,
)
_ING_VERB = re.compile(r"[a-z]+ing$")
_NOUN_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|across|among)\s+$")
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|his|her|their|our|my|your)|[\w][’']s|s[’'])\s+$", re.IGNORECASE
)
_NOT_A_SUBJECT_START = re.compile(
    r"(?:as|and|but|or|so|which|what|that|while|who|when|then|yet|after|before|since|because|if|until|unless|"
    r"although|though|whereas|once|where|in|on|at|for|from|with|by|to)\b",
    re.IGNORECASE,
)
_WITH_SUBJECT = re.compile(r"\bwith\s+([^,;:“”\"]{2,60}?)\s*$")
_ROLE_NOUNS = frozenset(
    """president senator mayor governor minister secretary congressman congresswoman chancellor leader premier speaker
    king queen pope general commander chairman chairwoman ceo director spokesman spokeswoman spokesperson
    host justice judge coach candidate nominee lawmaker representative ambassador official editor-in-chief
    diplomat envoy fighter boxer player athlete quarterback actor actress singer rapper comedian musician billionaire
    businessman businesswoman entrepreneur""".split()
)
# Nouns for a person who is not named ("says the owner of The Crab Shack", "a spokesperson told …"):
# the speaker is then the words themselves.
_PERSON_NOUNS = _ROLE_NOUNS | frozenset(
    """owner manager employee worker resident residents neighbor neighbour witness victim survivor patient
    nurse doctor physician scientist researcher professor teacher student parent mother father son daughter
    wife husband man woman aide adviser advisor economist analyst expert strategist lawyer attorney
    prosecutor officer detective sheriff chief founder executive president-elect organizer activist
    protester voter customer shopper farmer driver pilot soldier veteran member staffer source friend
    colleague editor reporter author historian spokeswoman epidemiologist official officials chair consultant
    designer engineer partner fellow commissioner administrator superintendent principal dean provost
    correspondent columnist commentator producer anchor aunt uncle sister brother cousin niece nephew
    grandmother grandfather grandson granddaughter girlfriend boyfriend fiancé fiancée sibling relative
    pollster operative recipient homeowner landlord tenant passenger bystander bishop priest pastor rabbi
    imam cardinal scholar lawmaker legislator representative delegate advocate critic judge hopeful candidate
    nominee protestor demonstrator signatory narrator person individual insider participant attendee
    user commenter follower viewer reader listener caller""".split()
)
_PERSON_NOUN_TAIL = re.compile(
    r"\s+(?:of|at|for|from|with)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,5}"
    # "said the person who is familiar with Taiwan’s policy": an unnamed source is named by what it knows.
    r"|\s+(?:who\s+(?:is|was|are|were)\s+)?(?:familiar|acquainted)\s+with\s+[^,.;:“”\"\n]{2,80}"
)


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation found in the text, before speakers are assigned."""

    start: int  # first character of the quoted words (marks excluded)
    end: int
    open_mark: int | None  # None when the opening mark is missing
    close_mark: int | None  # None when the quote runs to the end of its paragraph
    paragraph: int
    single: bool = False  # in single marks (‘…’ or '…')


@dataclass(frozen=True)
class FoundQuote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_kind: str
    speaker_text: str | None


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quotation, paired paragraph by paragraph; a dangling mark runs to the paragraph's end."""
    spans: list[QuoteSpan] = []
    # One scan of the whole text, not one per paragraph: most paragraphs hold no mark.
    mark_at = [m.start() for m in _MARKS.finditer(text)]
    for index, (p0, p1) in enumerate(paragraphs):
        lo = bisect.bisect_left(mark_at, p0)
        hi = bisect.bisect_left(mark_at, p1, lo)
        if lo == hi:
            continue
        marks = [(pos, _mark_role(text, pos, text[pos], p0, p1)) for pos in mark_at[lo:hi]]
        inside_from: int | None = None
        nested = 0
        emitted = False
        for k, (pos, role) in enumerate(marks):
            if role == "toggle":
                role = "close" if inside_from is not None else "open"
            if role == "open" and inside_from is not None and _closes_twice(marks, k + 1):
                nested += 1  # “… not “commercially proven” at the time …,” he said: a quote within the quote
            elif role == "open":
                inside_from = pos
            elif nested:
                nested -= 1
            elif inside_from is not None:
                spans.append(_span(text, inside_from + 1, pos, inside_from, pos, index))
                inside_from = None
                emitted = True
            elif not emitted and pos > p0:
                # A closing mark with no opening one: the quote started at the paragraph's start, or after
                # a colon its speaker opens the paragraph with ("Ortiz added: We will hold …,” she said").
                lead = _SPEAKER_COLON_LEAD.match(text, p0, pos)
                spans.append(_span(text, lead.end() if lead else p0, pos, None, pos, index))
                emitted = True
        if inside_from is not None and p1 - inside_from > 2:
            spans.append(_span(text, inside_from + 1, p1, inside_from, None, index))
    singles = _single_quote_spans(text, paragraphs, spans, len(mark_at))
    if singles and "‘" not in text:
        # Quoting in straight single marks, a text keeps double marks for quotes within quotes.
        spans = [d for d in spans if not _opens_inside(d, singles)]
    spans += singles
    spans.sort(key=lambda s: s.start)
    return [s for s in spans if s.end > s.start]


_SINGLE_OPEN = re.compile(r"‘")
# A closing ’ is one no letter or digit follows ("you’ll" and "Trump’s" are apostrophes).
_SINGLE_CLOSE = re.compile(r"(?<=\S)’(?![\w])")
# Straight single marks are some outlets' quotation marks ('We will win,' he said), double ones kept
# for quotes within quotes; elsewhere a straight ' is an apostrophe. An opening one starts a word
# with a letter or a bracket ('90s and 'n' are no quotations), a closing one ends a word.
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(\[{—–/-]))'(?=[^\W\d_]|\[)", re.M)
_STRAIGHT_CLOSE = re.compile(r"(?<=\S)'(?!\w)")


def _quotes_in_straight_single_marks(text: str, double_marks: int) -> bool:
    """True when the text quotes in straight single marks: its word-initial ' outnumber its double marks'
    pairs (at least two of them), as in a house style where double marks are kept for nested quotes."""
    if text.count("'") < 4 or text.count(" '") + text.count("\n'") < 2:
        return False  # most texts' straight marks are apostrophes inside words: no scan
    openers = len(_STRAIGHT_OPEN.findall(text))
    return openers >= 2 and openers > double_marks // 2


def _straight_closing(text: str, o: int, p1: int) -> re.Match | None:
    """The straight ' closing the quotation opened at `o`: the first one after it that ends no plural
    possessive ("the neighbours' fears": an s, the ', a lowercase word), else the first one."""
    first = None
    for m in _STRAIGHT_CLOSE.finditer(text, o + 1, p1):
        at = m.start()
        if not (text[at - 1] == "s" and text[at + 1 : at + 2] == " " and text[at + 2 : at + 3].islower()):
            return m
        first = first or m
    return first


def _opens_inside(span: QuoteSpan, outer: list[QuoteSpan]) -> bool:
    at = span.open_mark if span.open_mark is not None else span.start
    return any(o.open_mark is not None and o.open_mark < at < o.end for o in outer)


def _single_quote_spans(
    text: str, paragraphs: list[tuple[int, int]], double: list[QuoteSpan], double_marks: int
) -> list[QuoteSpan]:
    """Quotations in curly single marks (‘…’), as British and some American outlets print them, or in
    straight ones ('…') in a text that quotes in them (`_quotes_in_straight_single_marks`).

    Only outside a double-marked quotation (inside one, ‘…’ is a quote within a quote, the outer
    speaker's words); an opening mark must start a word, and an unclosed one is no quotation.
    """
    if "‘" in text:
        opening, closing = _SINGLE_OPEN, _SINGLE_CLOSE
    elif _quotes_in_straight_single_marks(text, double_marks):
        opening, closing = _STRAIGHT_OPEN, _STRAIGHT_CLOSE
    elif (
        _STRAIGHT_OPEN.search(text, 0, max(0, text.find("\n")))
        and (headline_end := _title_line_end(text))
        and _STRAIGHT_OPEN.search(text, 0, headline_end)
    ):
        # A title quoting in straight single marks ("'The Russians Are Coming': How …", "Fauci says US 'still
        # in the first wave'"), as headline style does whatever the body's marks: the title's line only.
        opening, closing = _STRAIGHT_OPEN, _STRAIGHT_CLOSE
        paragraphs = [(p0, p1) if p1 <= headline_end else (p0, headline_end) for p0, p1 in paragraphs[:1]]
    else:
        return []  # most texts have no opening single mark: skip the walk over every paragraph
    inside = [
        (
            q.open_mark if q.open_mark is not None else q.start,
            q.close_mark if q.close_mark is not None else q.end,
        )
        for q in double
    ]
    spans: list[QuoteSpan] = []
    for index, (p0, p1) in enumerate(paragraphs):
        pos = p0
        while True:
            m = opening.search(text, pos, p1)
            if m is None:
                break
            o = m.start()
            pos = o + 1
            prev = text[o - 1] if o > p0 else " "
            if not (prev.isspace() or prev in '([{—–-/"“:') or any(a <= o <= b for a, b in inside):
                continue
            if len(_MARKS.findall(text, p0, o)) % 2:
                continue  # after an odd number of double marks: nested, whatever their pairing
            close = (
                _straight_closing(text, o, p1)
                if closing is _STRAIGHT_CLOSE
                else closing.search(text, o + 1, p1)
            )
            if close is None:
                continue
            spans.append(_span(text, o + 1, close.start(), o, close.start(), index))
            spans[-1] = QuoteSpan(spans[-1].start, spans[-1].end, o, close.start(), index, single=True)
            pos = close.end()
    return spans


# A title that credits words to someone: a verb of saying, a "Name:" opening, a "– Name" close.
_TITLE_SAYING = re.compile(
    r"\b(?:says?|said|warns?|tells?|claims?|admits?|insists?|urges?|asks?|vows?|declares?|whines?|cites?|citing|"
    r"slams?|blasts?|rips?|mocks?|responds?|reacts?|predicts?|suggests?|argues?|writes?|tweets?|calls?|"
    r"reveals?|confirms?|denies|denied|defends?|assures?|fears?)\b",
    re.IGNORECASE,
)
_TITLE_CREDIT_OPENING = re.compile(r"^[^:'\"‘“]{2,60}:\s")
_TITLE_SIGNATURE = re.compile(r"\s[-–—]\s*[A-Z][^'\"‘’“”]{2,60}$")


def _title_quote_licensed(text: str, q: QuoteSpan, words: list[str]) -> bool:
    """Whether a quotation in the title line is someone's words, not a phrase the title marks: a sentence of
    five words or more, a question or an exclamation, or a title crediting words to someone ("Fauci says
    US 'still in the first wave'", "Goya CEO: …", "'…' - Sen. Kennedy")."""
    line = text[: _title_line_end(text)]
    if len(words) >= 5 or text[q.start : q.end].rstrip("'’”\" ").endswith(("?", "!")):
        return True
    outside = line[: q.open_mark or q.start] + " " + line[(q.close_mark or q.end) + 1 :]
    credit = _TITLE_CREDIT_OPENING.match(line)
    return bool(
        _TITLE_SAYING.search(outside)
        or (credit and credit.group().strip(": ").lower() not in TITLE_LABELS)
        or _TITLE_SIGNATURE.search(line)
    )


_TITLE_SAYER = re.compile(
    # "Graham Says …", "Gorsuch, Trump’s High Court Pick, Says …", "…, UKIP Wales Leader Says": the capitalised
    # words before the verb, an apposition between commas left out.
    r"((?:[A-Z][\w.’'-]*|of|the)(?:\s+(?:[A-Z][\w.’'-]*|of|the)){0,5})(?:,[^,‘“”\"]{1,40},)?"
    r"(?:\s+(?:now|also|still|again|[a-z]+ly|Now|Also|Still|Again))?\s+"  # "Trump now says"
    r"(?:Says|says|Said|said|Warns|warns|Tells|tells|Claims|claims|Insists|insists|Admits|admits|Urges|urges)\b"
)


def _ends_in_name_or_role(words: str, at: int, names) -> bool:
    """Whether the words end in a person's name or a role noun ("… advocate Wendell Potter", "… Union Boss")."""
    if words.split()[-1].lower() in _PERSON_NOUNS or words.split()[-1].lower() in ("ag", "boss", "chief"):
        return True
    end = at + len(words)
    return any(m.kind in ("person", "name") and m.end == end for m in names.within(at, end))


def _title_speaker(text: str, q: QuoteSpan, names) -> tuple[str, int] | None:
    """Who a quotation in the title is credited to: a "Name:" opening, the subject of a verb of saying, or
    a "– Name" close ("Goya Foods CEO: ‘…’", "Graham Says … ‘…’", "‘…’ – Spain Manager Luis Enrique")."""
    end = _title_line_end(text)
    line = text[:end]
    opened = q.open_mark if q.open_mark is not None else q.start
    colon = line.rfind(": ", 0, opened)
    if colon > 0:
        lead = line.rfind(": ", 0, colon) + 2 if line.rfind(": ", 0, colon) >= 0 else 0
        words = line[lead:colon].strip()
        verb = _TITLE_SAYING.search(words)
        if verb and verb.start() > 0:
            words = words[: verb.start()].strip()  # "Michigan AG Whines: I Will Not ‘…’": the AG
        # A credit ends in a name or a role ("Goya Foods CEO:", "Healthcare reform advocate Wendell Potter:");
        # "FLA Gov. DeSantis Leads The Nation:" is a statement the colon goes on from.
        if (
            words
            and words[:1].isupper()
            and words.lower() not in TITLE_LABELS
            and len(words.split()) <= 6
            and (
                len(words.split()) <= 3
                or _ends_in_name_or_role(words, lead + line[lead:colon].find(words), names)
            )
        ):
            return words, lead + line[lead:colon].find(words)
    sayers = [m for m in _TITLE_SAYER.finditer(line) if not (opened <= m.start(1) < (q.close_mark or q.end))]
    if sayers:
        m = sayers[-1]
        return m.group(1), m.start(1)
    signed = _TITLE_SIGNATURE.search(line)
    if signed:
        words = signed.group().strip(" -–—")
        return words, signed.end() - len(words)
    return None


def _title_speaker_named(text: str, words: str, at: int, names, lexicon: Lexicon) -> tuple[str | None, str]:
    """(speaker, kind) for the words a title credits: a role the story names someone by ("Goya Foods CEO" →
    the person the text calls its CEO), a name at its fullest, or the words themselves."""
    tokens = words.split()
    head = tokens[-1].lower() if tokens else ""
    if _is_title_role(words):
        role = _ROLE_ALIASES.get(head, head)
        person = names.person_with_role(role, len(text)) or names.most_named_person(len(text), role)
        if person is not None:
            return _as_given(text, names.person_name(person), lexicon), "person"
        return words, "person"  # "Homeland Security Chief Says": named by the role alone
    inside = [m for m in names.within(at, at + len(words)) if m.end <= at + len(words)]
    named = next((m for m in reversed(inside) if m.kind in ("person", "name", "other")), None)
    if named is not None and inside[-1].kind != "organization":
        return _as_given(text, names.person_name(named), lexicon), "person"
    body = next((m for m in reversed(inside) if m.kind == "organization"), None)
    if body is not None:
        return _as_given(text, names.acronyms.get(body.name, body.name), lexicon), "organization"
    if len(tokens) == 1 and words[:1].isupper():
        # "McConnell Says …": the surname of the person the story names in full below the title
        return _as_given(text, names.full_person_name(words, len(text)) or words, lexicon), "person"
    return (words, "person") if words[:1].isupper() else (None, "unknown")


def _is_title_role(words: str) -> bool:
    head = words.split()[-1].lower() if words.split() else ""
    return head in _PERSON_NOUNS or head in ("ag", "boss", "chief", "author", "investor", "promoter")


_ROLE_ALIASES = {"ag": "attorney general", "boss": "president"}


def _title_line_end(text: str) -> int:
    """Where the text's first line ends when it is a title, else 0: a short line with more after it that
    ends in no full stop, or whose longer words are mostly capitalised (a sentence quoted first is no title)."""
    end = text.find("\n")
    if not 0 < end <= 300:
        return 0
    line = text[:end]
    if not line.rstrip(" \"”’'").endswith((".", "!", "?")):
        return end
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return end if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words) else 0


def _span(
    text: str, start: int, end: int, open_mark: int | None, close_mark: int | None, para: int
) -> QuoteSpan:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, open_mark, close_mark, para)


_SPEECH_AFTER_MARK = re.compile(r"\s+(?:said|says|added|adds|wrote|writes|told|tells|asked|asks)\b")


_WRITING_IN = re.compile(
    r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+in\s+(?:the|an?|his|her|their|a\s+recent)\s+"
    r"[^,;:“”\"]{0,40}?\b(?:article|piece|column|op-ed|essay|interview|book|post|newsletter)s?$"
)
_SPEAKER_COLON_LEAD = re.compile(
    r"[^“”\"\n:]{1,60}?\b(?:said|says|added|adds|wrote|writes|told\s+[\w ]{1,30}?|asked|asks|stated|states|"
    r"continued|explained|tweeted|declared|insisted)\s*:\s+"
)


def _closes_twice(marks: list[tuple[int, str]], k: int) -> bool:
    """True when two marks that may close come after mark k-1 before the next opening one: an opening
    mark inside a quotation then opens a quote within it, not a new quotation after a missing close."""
    closes = 0
    for _, role in marks[k:]:
        if role == "open":
            return False
        closes += 1
        if closes == 2:
            return True
    return False


def _mark_role(text: str, pos: int, ch: str, p0: int, p1: int) -> str:
    prev = text[pos - 1] if pos > p0 else " "
    nxt = text[pos + 1] if pos + 1 < p1 else " "
    if (
        ch == "“"
        and text[pos - 2 : pos] in (", ", ". ", "? ", "! ")
        and _SPEECH_AFTER_MARK.match(text, pos + 1)
    ):
        return (
            "close"  # "… not likely to be sufficient, “ said Sunil Tirumalai": an opening mark typed to close
        )
    if ch == "“" and pos > p0 and not text[pos + 1 : p1].strip():
        return "close"  # "… more important than ever right now. “" ending its paragraph: typed to close
    if ch in "“„«":
        return "open"
    if ch == "»":
        return "close"
    if ch == "”":
        # "Fascism.”The Soviet Union": a closing mark glued to the next word is used as an opening one, unless
        # a quotation is open ("“… extremely limited.”Trump announced …": a space lost after it).
        return "toggle" if nxt.isalnum() and not prev.isalnum() else "close"
    if pos == p0 or prev in "([{—–-/":
        return "open"
    if prev.isspace():
        # A mark between spaces closes a quote that ends in a nested one (",' \" Watson wrote") or opens one.
        return "toggle" if nxt.isspace() else "open"
    if pos + 1 >= p1 or nxt.isspace() or nxt in ".,;:!?)]}—–-…":
        return "close"
    return "toggle"


# "According to Petri Krohn, the lab “…”" opens its sentence as often as it ends one.
_QUOTES_IN_RE1 = re.compile(r"\b[Aa]ccording to\s+([^,.;:“”\"]{2,80})")


def quotes_in(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    names: NameIndex,
    lexicon: Lexicon,
) -> list[FoundQuote]:
    """Every direct quotation in `text` with its speaker (normalized) and speaker kind."""
    every = quote_spans(text, paragraphs)
    spans: list[QuoteSpan] = []
    for i, s in enumerate(every):
        if _ONE_WORD.fullmatch(text, s.start, s.end):
            continue  # a single quoted word is a term or a label, never a quotation ("“outraged”", "“No,”")
        if (
            _is_quotation(text, s)
            or (i and _continues_open_quote(text, every[i - 1], s, paragraphs))
            # "he had “sexual fantasies” and “wet dreams”": a short quotation joined to a quotation kept.
            or (
                spans
                and spans[-1] is every[i - 1]
                and len(text[s.start : s.end].split()) > 1  # one word is a label ("outraged" and "furious")
                and _JOINED_QUOTES.fullmatch(text, _after(spans[-1]), _before(s))
            )
        ):
            spans.append(s)
    if not spans:
        return []
    documents = DocumentIndex(text)
    quote_ranges = [
        (s.open_mark if s.open_mark is not None else s.start, (s.close_mark or s.end) + 1) for s in spans
    ]
    speech = lexicon.speech_verb_regex
    found: list[FoundQuote] = []
    last: tuple[str | None, str, str | None, int, int] | None = None  # speaker, kind, text, paragraph, end
    sentence_starts = [s for s, _ in sentences]
    # Where a title line ends, when a quotation lies in the first line (most texts quote none there).
    first_line = text.find("\n")
    title_end = _title_line_end(text) if spans[0].start < first_line else 0

    for index, q in enumerate(spans):
        si = max(
            0, bisect.bisect_right(sentence_starts, q.open_mark if q.open_mark is not None else q.start) - 1
        )
        s_start, s_end = sentences[si] if sentences else (0, len(text))
        p0, p1 = paragraphs[q.paragraph]
        s_start = max(s_start, p0)
        speaker_words: tuple[str, int] | None = None
        # 0. In a title, the title's own credit: its capitalised words are read poorly by the rules below.
        if q.end <= title_end:
            # A title's quotation counts when the title says whose words they are; else it may as well
            # be a phrase the title marks ("Trump's 'Joementum' Fades").
            title_credit = _title_speaker(text, q, names)
            speaker = None
            if title_credit is not None:
                words, at = title_credit
                speaker, kind = _resolved_speaker(
                    text, words, at, names, documents, last, quote_ranges, lexicon
                )
                if (
                    speaker is None
                    or _TITLE_SAYING.search(speaker)
                    or (_is_title_role(words) and kind != "person")
                ):
                    # "McConnell Says", "Michigan AG Whines": a title's run of capitals read as one name;
                    # "Former COVID-19 data chief": a role, not the body named inside it
                    speaker, kind = _title_speaker_named(text, words, at, names, lexicon)
                elif speaker == words and _is_title_role(words):
                    # "…, UKIP Wales Leader Says" over "UKIP Wales Leader Neil Hamilton": the one titled so, in full.
                    holder = names.person_with_role(words.lower(), len(text))
                    if holder is not None:
                        speaker = _as_given(text, names.person_name(holder), lexicon)
            if speaker is not None:
                found.append(FoundQuote(q.start, q.end, text[q.start : q.end], speaker, kind, words))
                last = (speaker, kind, words, q.paragraph, q.end)
                continue
            if q.open_mark is not None and text[q.open_mark] == "'":
                continue  # straight single marks in a title quote only with a credit: else they mark a phrase
            # else the rules below, for a quote the line sets its speaker under ("“…” Sen. Lindsey Graham")
        # 1. After the quote: "…,” Kuzmin said." / "…,” said the official." / "…,” one of the pages read".
        if q.close_mark is not None:
            limit = min(p1, q.close_mark + 160)
            inside = bool(sentences) and not text[max(0, q.close_mark - 2) : q.close_mark].rstrip(
                "”\"’' "
            ).endswith((".", "!", "?", ",", "…"))  # "… by everyone…” Winslow said.": trailing off, not inside
            if inside:
                # A quotation inside its sentence ("… the “fundamental flaw” of Obamacare. And Sen. Susan
                # Collins said …"): its tag, if any, is in the same sentence.
                ci = max(0, bisect.bisect_right(sentence_starts, q.close_mark) - 1)
                limit = min(limit, sentences[ci][1] if sentences else limit)
            credit = _CREDIT_IN_BRACKETS.match(text, q.close_mark + 1, limit)
            if credit and not _SAYING_BEFORE.search(
                text, s_start, q.open_mark if q.open_mark is not None else q.start
            ):
                # A blurb credited in brackets: "hailed as “reminiscent of the early work of Spike Lee” (Screen
                # Daily)"; after "Peter Kirsanow notes “…” (National Review)" the bracket names where he wrote.
                speaker_words = credit.group(1), credit.start(1)
            else:
                speaker_words = _speaker_after(text, q.close_mark + 1, limit, speech, names, lexicon)
            if speaker_words is None and inside:
                speaker_words = _tag_closing_sentence(text, q.close_mark + 1, sentences[ci][1], names)
        # 2. Before it, in the same sentence: "Kim said that North Korea would “…"
        if speaker_words is None and q.open_mark is not None:
            prev_end = index and quote_ranges[index - 1][1]  # quotes are in text order
            seg_start = max(s_start, prev_end if prev_end <= q.open_mark else s_start)
            speaker_words = _speaker_before(text, seg_start, q.open_mark, s_start, speech, names, lexicon)
            if speaker_words == ("", -1):
                # "… but warned that “…”": the subject of the sentence's earlier quote.
                speaker_words = None
                if last is not None and last[0] is not None and last[4] >= s_start:
                    found.append(FoundQuote(q.start, q.end, text[q.start : q.end], last[0], last[1], last[2]))
                    last = (last[0], last[1], last[2], q.paragraph, q.end)
                    continue
                speaker_words = _sentence_subject(text, s_start, q.open_mark, names)
        if speaker_words is None and q.open_mark is not None:
            acc = _QUOTES_IN_RE1.search(text[s_start:s_end])
            if acc and q.start <= s_start + acc.start() < q.end:
                acc = None  # "according to senior U.S. officials" inside the quotation is its own words
            if acc:
                speaker_words = (acc.group(1).strip(), s_start + acc.start(1))
        if speaker_words is None and q.open_mark is not None:
            to_whom = _TO_NAME_OPENING.match(text, s_start, q.open_mark)
            if to_whom:
                # "To Rep. Zoe Lofgren, D-Calif., the bill “grabs power …”": whose view the sentence gives.
                speaker_words = (to_whom.group(1), to_whom.start(1))
            elif len(text[q.start : q.end].split()) >= 4 and text[s_start : q.open_mark].strip():
                # "The American Civil Liberties Union, in a letter, encouraged lawmakers to vote against the
                # bill because of “provisions that …”": a long quotation inside a sentence with no verb of
                # saying is the words of the person or body the sentence is about.
                document = _document_subject(text, s_start, q.open_mark)
                head = document or _sentence_subject(text, s_start, q.open_mark, names)
                if document is not None or (
                    head is not None
                    and any(
                        m.kind in ("person", "organization")
                        # "Williamson spoke of …": a lone unknown name heading the clause is a surname.
                        or (
                            m.kind == "other"
                            and names.is_lone_subject(m, m.end)
                            and not _common_word(text, m.name)
                        )
                        for m in names.within(head[1], head[1] + len(head[0]))
                    )
                ):
                    speaker_words = head
        if speaker_words is not None:
            words, at = speaker_words
            speaker, kind = _resolved_speaker(text, words, at, names, documents, last, quote_ranges, lexicon)
            found.append(FoundQuote(q.start, q.end, text[q.start : q.end], speaker, kind, words))
            last = (speaker, kind, words, q.paragraph, q.end)
            continue
        # 3. No cue in its sentence, but the sentence before it, with no quote of its own, reports speech
        # ("Liverman told Grist that the process brought her to tears. “I am overwhelmed …”") or ends in
        # a colon that opens the quote's paragraph ("The Washington Post reported last week:").
        intro = _introduction(text, q, si, sentences, paragraphs, quote_ranges, index)
        if intro is not None:
            verbs = [
                m
                for m in speech.finditer(text, intro[0], intro[1])
                if m.group().lower() != "according"
                # "Trump said in a statement released by his campaign.": a participle on the document.
                and not _DOCUMENT_PARTICIPLE.search(text, max(intro[0], m.start() - 24), m.end())
            ]
            subject = subject_before(text, intro[0], verbs[-1].start(), lexicon) if verbs else None
            frame = _FOR_PERSON_FRAME.match(text, intro[0], intro[1]) if not verbs else None
            if frame and any(
                m.kind in ("person", "name") and m.end == frame.end(1)
                for m in names.within(frame.start(1), frame.end(1))
            ):
                # "For dolphin expert Barry McGovern, the explanation could be more mundane. / “…”": the
                # person whose view the sentence gives speaks the quotation that is its paragraph.
                subject = frame.group(1), frame.start(1)
            inverted = _INVERTED_TAG.match(text, verbs[-1].start()) if verbs else None
            if inverted and text[intro[0] : verbs[-1].start()].rstrip().endswith(","):
                # "The reason for the reinforcements, said the Journal, is Iran. / “…”": the inverted speaker.
                subject = inverted.group(1), inverted.start(1)
            if subject is not None:
                words, at = subject
                speaker, kind = _resolved_speaker(
                    text, words, at, names, documents, last, quote_ranges, lexicon
                )
                if speaker is not None:
                    found.append(FoundQuote(q.start, q.end, text[q.start : q.end], speaker, kind, words))
                    last = (speaker, kind, words, q.paragraph, q.end)
                    continue
        # 4. No cue: a quote continued from the quote before it (same or previous paragraph) keeps its speaker.
        if (
            last is not None
            and last[0] is not None
            and (q.paragraph - last[3] <= 1 or _resumes_speaker(text, q, paragraphs, last, names))
        ):
            found.append(FoundQuote(q.start, q.end, text[q.start : q.end], last[0], last[1], last[2]))
            last = (last[0], last[1], last[2], q.paragraph, q.end)
            continue
        found.append(FoundQuote(q.start, q.end, text[q.start : q.end], None, "unknown", None))
        last = (None, "unknown", None, q.paragraph, q.end)
    found = _continued_quotes_credited(spans, found, paragraphs)
    # A title's quotation no rule gives a speaker is a phrase the title marks ("What ‘Defund the Police’
    # Really Means"), not someone's words, unless it opens the title before a colon ("“I Begged Them To Let
    # Me Die”: How Federal Prisons …").
    return [
        f
        for f in found
        if f.speaker is not None or f.end > title_end or text.startswith(":", f.end + 1) and f.start <= 1
    ]


def _continued_quotes_credited(
    spans: list[QuoteSpan], found: list[FoundQuote], paragraphs: list[tuple[int, int]]
) -> list[FoundQuote]:
    """A quotation left open at its paragraph's end and reopened at the next one's start is one quotation
    over paragraphs: when only its last paragraph names the speaker ("“… / “…,” Ortiz said."), the
    earlier ones are theirs too."""
    for i in range(len(found) - 2, -1, -1):
        q, nxt = spans[i], spans[i + 1]
        if (
            found[i].speaker is None
            and found[i + 1].speaker is not None
            and q.close_mark is None
            and q.open_mark is not None
            and nxt.paragraph == q.paragraph + 1
            and nxt.open_mark == paragraphs[nxt.paragraph][0]
        ):
            later = found[i + 1]
            found[i] = FoundQuote(
                found[i].start,
                found[i].end,
                found[i].text,
                later.speaker,
                later.speaker_kind,
                later.speaker_text,
            )
    return found


_DOCUMENT_PARTICIPLE = re.compile(
    r"\b(?:statement|report|letter|release|memo|post|video|message|email)s?\s+"
    r"(?:released|issued|published|posted|sent|obtained|shared)$"
)


_DOCUMENT_BEFORE_PARTICIPLE = re.compile(
    r"\b((?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+))\s+$", re.IGNORECASE
)
_JOINED_QUOTES = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*")


def _after(q: QuoteSpan) -> int:
    return (q.close_mark + 1) if q.close_mark is not None else q.end


def _before(q: QuoteSpan) -> int:
    return q.open_mark if q.open_mark is not None else q.start


def _continues_open_quote(
    text: str, before: QuoteSpan, q: QuoteSpan, paragraphs: list[tuple[int, int]]
) -> bool:
    """A paragraph that ends a quotation it never opened, right after a paragraph whose quotation ran on
    unclosed ("“Wal-Mart may be a big company. / But they are not big enough …”"): the same quotation."""
    if q.open_mark is not None or q.close_mark is None or before.close_mark is not None:
        return False
    between = text[paragraphs[before.paragraph][1] : paragraphs[q.paragraph][0]]
    return q.paragraph > before.paragraph and not between.strip()


def _resumes_speaker(text, q, paragraphs, last, names) -> bool:
    """A paragraph that is one uncued quotation, a paragraph or two after the last speaker's quote with
    no one else (person or body) named and no other quotation in between ("“…,” said X. / Some narration. / “…”"), is still X speaking."""
    p0, p1 = paragraphs[q.paragraph]
    if q.open_mark is None or q.open_mark != p0 or q.paragraph - last[3] > 3:
        return False
    if text[(q.close_mark if q.close_mark is not None else q.end) + 1 : p1].strip():
        return False
    between = paragraphs[last[3] + 1][0]  # the paragraphs after the last quote's own (its cue included)
    narration = text[between:p0]
    if _MARKS.search(narration) or narration.rstrip().endswith(":"):
        return False  # another quotation, or a line introducing this one
    return all(m.kind not in ("person", "name", "organization") for m in names.within(between, p0))


def _introduction(text, q, si, sentences, paragraphs, quote_ranges, index) -> tuple[int, int] | None:
    """The sentence that introduces a quote opening its own sentence, when it holds no quotation itself."""
    if q.open_mark is None or si == 0 or not sentences:
        return None
    s_start = sentences[si][0]
    if text[s_start : q.open_mark].strip():
        return None
    p0 = paragraphs[q.paragraph][0]
    a, b = sentences[si - 1]
    if b <= p0:
        # The sentence ends the paragraph before: a colon hands it on to this one, and so does reported
        # speech when this paragraph is the quotation alone ("Krogan said it will be important to … /
        # “There are 30-year-olds …”").
        if q.paragraph == 0 or paragraphs[q.paragraph - 1][0] > a:
            return None
        alone = (
            q.open_mark == p0
            and not text[
                (q.close_mark if q.close_mark is not None else q.end) + 1 : paragraphs[q.paragraph][1]
            ].strip()
        )
        if not text[a:b].rstrip().endswith(":") and not alone:
            return None
    elif a < p0:
        a = p0
    if index and quote_ranges[index - 1][1] > a:
        return None
    return a, b


_IS_QUOTATION_RE1 = re.compile(r"\s*[,.!?]?\s*[\w’' .-]{1,40}\s(?:said|says|added|told|wrote|stated)\b")
_IS_QUOTATION_RE2 = re.compile(r"[.!?]$")
_IS_QUOTATION_RE3 = re.compile(
    r"\s*[,.!?]?\s*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|he|she|they|it|[a-z]+\s+[a-z]+)\s+(?:said|says|added|told|wrote|stated|asked)\b"
    # "“fundamental transformation” as Barack Obama famously put it"
    r"|\s*,?\s*as\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|he|she|they)\s+(?:[a-z]+ly\s+)?(?:put|puts)\s+it\b"
)
# "“it’s horrifying,” says Jay Wolfson": a speaker after an inverted verb (not for one word: in "called
# the declaration “phony,” said Linick was …" the verb belongs to the sentence's subject).
_IS_QUOTATION_INVERTED = re.compile(
    r"\s*[,.!?]?\s*(?:said|says|added|wrote|exclaimed|exclaims|responds|responded|replies|replied|asks|asked)"
    r"\s+(?:the\s|a\s|an\s|[A-Z])"
)


_UNSAID = re.compile(
    r"(?:\b(?:would|could|might|should)\s+(?:never\s+)?have\s+|\b(?:no\s+one|nobody|never)\s+(?:\w+\s+){0,2})$",
    re.IGNORECASE,
)
_TITLE_FUNCTION_WORDS = frozenset(
    ("of", "the", "a", "an", "and", "in", "on", "for", "to", "by", "at", "with", "from", "or")
)


def _is_quotation(text: str, q: QuoteSpan) -> bool:
    """A real quotation, not a title or a scare-quoted word or two."""
    words = text[q.start : q.end].split()
    if not words or not any(c.isalpha() for c in text[q.start : q.end]):
        return False
    if q.open_mark is None and q.close_mark is not None:
        # A missing opening mark is only believable with a speaker right after.
        return bool(_IS_QUOTATION_RE1.match(text[q.close_mark + 1 : q.close_mark + 60]))
    before = text[max(0, (q.open_mark or q.start) - 120) : q.open_mark or q.start]
    # Title case: two or more content words, all capitalised (stops at the first word that is not).
    content = 0
    title_case = True
    for w in words:
        if w.lower().strip(".,;:!?") in _TITLE_FUNCTION_WORDS:
            continue
        content += 1
        if not (w[0].isupper() or not w[0].isalpha()):
            title_case = False
            break
    title_case = title_case and content >= 2
    in_title = (
        q.end <= text.find("\n")  # most quotations are below the first line: the cheap test first
        and q.end <= _title_line_end(text)
        and len(words) >= 2
        and _title_quote_licensed(text, q, words)
    )
    if title_case and in_title and not _TITLE_CUE.search(before, max(0, len(before.rstrip()) - 16)):
        # A title capitalises every word, its quotations too: "Trump Pardons Ranchers, Citing ‘Overzealous
        # Appeal’ by Obama Administration" quotes someone; a work's title needs a cue ("the film “…”").
        title_case = False
    if (
        title_case
        and q.open_mark == 0
        and q.close_mark is not None
        and text.startswith(":", q.close_mark + 1)
    ):
        # "“I Begged Them To Let Me Die”: How Federal Prisons …": a headline opening with someone's words.
        title_case = False
    # The cue ends the text before the quote: search only its last 16 characters (the longest cue is 15).
    if _TITLE_CUE.search(before, max(0, len(before.rstrip()) - 16)) or (
        title_case and not _IS_QUOTATION_RE2.search(text[q.start : q.end].rstrip("”\"' ,"))
    ):
        return False
    if len(words) <= 3 and not in_title:
        after = text[(q.close_mark or q.end) + 1 : (q.close_mark or q.end) + 40]
        licensed_after = bool(_IS_QUOTATION_RE3.match(after)) or (
            len(words) > 1 and bool(_IS_QUOTATION_INVERTED.match(after))
        )
        licence = _SHORT_QUOTE_LICENCE.search(before)
        gap = (licence.group(1) or "") if licence else ""
        # A verb of saying up to 100 characters back licenses words ("says blaming the utility … would be
        # “highly speculative.”"), one word only from a few words on ("said it was “outraged”", "tweeted,
        # “finally,”"): further on, one word is a term ("added that it led to a boost for the “yes” camp").
        licensed_before = (
            licence is not None
            and not _NEW_SENTENCE.search(gap)
            and (len(words) > 1 or len(gap) <= 20)
            # "no one would have said they were “unable”": words never said are no quotation
            and not _UNSAID.search(before, max(0, licence.start() - 30), licence.start())
        )
        if not licensed_before and len(words) > 1:
            # "what Jaffe calls “treating and streeting.”", "labeled the conditions a “historic wind
            # event.”": a naming verb licenses a phrase, not a label of a word or two (“phony”, “cheap fakes”);
            # "called it “completely unacceptable”": an adverb and its adjective judge, they name nothing.
            named = _NAMING_LICENCE.search(before)
            licensed_before = (
                named is not None
                and not _NEW_SENTENCE.search(named.group(1) or "")
                and (len(words) > 2 or bool(_ADVERB_THEN_WORD.fullmatch(" ".join(words))))
            )
        return licensed_before or licensed_after
    return True


_SPEAKER_AFTER_RE1 = re.compile(r"[ \t]*[,.!?…—–-]*[ \t]*")
_SPEAKER_AFTER_RE2 = re.compile(
    r"(?:said|says|Said|Says|added|adds|wrote|writes|told|asked|asks|continued|continues|explained|explains|insisted|insists|"
    r"noted|notes|argued|argues|replied|replies|responded|responds|answered|answers|tweeted|tweets|declared|"
    r"declares|warned|warns|stated|states|recalled|recalls|remarked|remarks|observed|observes|countered|"
    r"counters|acknowledged|acknowledges|admitted|admits|concluded|concludes|cautioned|cautions|reads|read|"
    r"reports|reported|opined|opines|intoned|intones|mused|muses|exclaimed|exclaims|joked|jokes|quipped|quips|"
    # verbs of manner and mood: "“…,” exulted Cuomo", "“…,” joked one commenter"
    r"exulted|rejoined|boasted|boasts|bragged|complained|complains|lamented|laments|conceded|concedes|"
    r"shouted|yelled|retorted|scoffed|snapped|fumed|sighed|gushed|marveled|marvelled|pleaded|urged|urges|"
    r"predicted|predicts|emphasized|emphasizes|stressed|stresses|wondered|wonders|chimed\s+in|shot\s+back|"
    r"commented|comments|"
    r"fired\s+back|according\s+to|per(?=\s+[A-Z]))\s+((?:the\s+|a\s+|an\s+|one\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Prof|Rev)"
    r"\.\s+)?(?:\b(?:Capt|Gen|Lt|Col|Sgt|Adm|Maj|Cmdr|Rev|Jr|Sr|Dr|Sen|Rep|Gov)\.|\b(?:[A-Z]\.){2,}|[^,.;:“”\"!?\n]){1,60}?)(?=\s*[,.;:!?\n]|\s+(?:on|in|at|"
    r"during|who|adding|after|before|last|this|when|while|told|of|from)\b|$)"
)
# What follows the verb of a tag: the sentence's end, a comma, or a phrase of time, place or manner
# ("“…” Pelosi said the firing “…”" is a new sentence with its own quotation, not a tag).
_TAG_END = re.compile(
    r"\s*(?:[.,;:!?\n—–)]|$)|\s+(?:in|on|at|during|to|after|before|of|from|with|last|this|earlier|later|while|"
    r"when|as|adding|according|on|via|through|told|about|[A-Z][a-z]+day|today|yesterday|recently|again|out|"
    r"[a-z]+ly)\b"
)
# "“…” Gamzatov told Sport Express." / "… told reporters on Monday.": whom it was told, then the tag ends.
_TOLD_WHOM_END = re.compile(
    r"(?<=told)\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}|reporters|journalists|supporters|"
    r"students|lawmakers|colleagues|viewers|listeners|voters|residents|the\s+crowd|an\s+audience|"
    r"(?<=the\s)(?:magazine|paper|newspaper|outlet|station|network|publication|site|program|show|broadcaster))"
    r"(?=\s*[.,;]|\s+(?:on|in|at|during|last|this|earlier|after|by|via)\b)"
)
_INVERTED_VERB = re.compile(r"(?:said|says|added|adds|wrote|writes|told|asked|explained|argued|noted)\s+")
_INVERTED_TAG = re.compile(
    # "…, says manager May Deng." before a paragraph of her words: a role may lead, the sentence may end.
    r"(?:said|says|wrote|writes|reported|reports|added|adds)\s+((?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w’'&.-]*"
    r"(?:\s+[A-Z][\w’'&.-]*){0,4})(?:,|\.(?=\s|$))"
)
_THAT_CLAUSE = re.compile(r"\s+(?:that|how|why|whether)\b")
_DASH_SIGNATURE = re.compile(
    r"[ \t]*(?:[—–]{1,2}|--)[ \t]*([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})(?=[ \t]*(?:,|\n|$|[—–(])|[ \t]+and[ \t]+[A-Z])"
    # "“…” – Baisley" closing its paragraph: a surname alone signs it too.
    r"|[ \t]*(?:[—–]{1,2}|--)[ \t]*([A-Z][a-z][\w’'-]+)[ \t]*(?=\n|$)"
)
_NAME_LABEL = re.compile(r"[ \t]+((?:[A-Z][\w’'.-]*[ \t]+){1,4}[A-Z][\w’'-]+)[ \t]*(?:\n|$)")
_AFFILIATION_AFTER = re.compile(r"\s+(?:with|of|from|at)\s+(?:the\s+)?[A-Z]")
_SPEAKER_AFTER_RE3 = re.compile(
    r"\s+(?:also|then|later|has|had|have|was|were|would|will|could|might|may|can|did|does|once|again|simply|"
    r"quickly|flatly|further|still|"
    r"previously|earlier|recently|"
    r"(?!(?:family|assembly|ally|rally|supply|reply|monopoly|anomaly|bully|belly|italy|sally|molly|emily)$)"
    r"[a-z]+ly)$"
)
_NAME_SUFFIX = re.compile(r"(,?\s+(?:Jr|Sr)\.|,?\s+(?:II|III|IV)\b)")
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|notes|noted|wrote|writes|added|adds|argued|argues|explained|explains|asked|"
    r"asks|recalled|recalls|according\s+to)\b"
)
_CREDIT_IN_BRACKETS = re.compile(
    r"[ \t]*\((?![DRI]-|[A-Z0-9-]+\))((?:The\s+)?[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,3})\)"
)
_COLON_THEN_NAME = re.compile(r"[ \t]*:[ \t]*([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3})")
_COMMA_THEN_QUOTE = re.compile(r"\s*,\s*")
_AS_SUBJECT = re.compile(r"as\s+(he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|was|are|were)$")
_QUOTED_AS_SAYING = re.compile(
    r"([A-Za-z][^“”\"\n,;:]{1,80}?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[a-z]+(?:ly|er)\s+)?"
    r"(?:quoted|cited|reported|heard|recorded|overheard)\s+as\s+(?:saying|telling|writing|stating)\b"
)
_SPEAKER_AFTER_RE4 = re.compile(r"[,;:“”\"!?]")
_APPOSED_SUBJECT = re.compile(
    # "40-year-old trader Shelby, who declined to give her surname, told AFP": a description may lead.
    r"(?:(?:\d[\w-]*|[a-z][\w-]*)\s+){0,3}"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?[A-Z](?:\.[A-Z]\.|\.(?=\s+[A-Z])|[\w’'-]*)(?:\s+[A-Z][\w’'.-]*){0,5})"
    r"(?:\s+\([A-Z][\w. -]{0,12}\)|\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,\s+"  # "(R-WI), one of …", "of California,"
    r"(?:(?:a|an|the|another|his|her|their|its|who|whose|of|from|with|one\s+of|(?:[a-z]+\s+){1,3}of"
    r"|(?:Democrat|Republican|Independent)\s+(?:of|from)"  # "Tom O’Halleran, Democrat of Arizona and …,"
    # "Coderre, recently hired as a senior adviser to …,": a past participle's phrase.
    r"|(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+(?:as|by|to|in|for|at|from|with)"
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s)\s[^,;:“”\"!?]{1,120}"
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,$))?"  # "… in Baltimore, Maryland,"
    r"|\d{1,3}|[DRI]-[A-Z][A-Za-z.]*),$"
)


_ANY_VERB_TAG = re.compile(
    r"(?P<who>he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|es|ds|ts|ns|ks)"
    r"(?=\s*[,.;]|\s*$)"
)
# "…,” late-night comedian Seth Meyers snarked after the senator's speech": words describing a named
# person, the name, one past-tense verb, then the clause's end or a phrase of when or where.
_DESCRIBED_NAME_TAG = re.compile(
    r"(?:[a-z][\w-]*\s+){1,4}(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed"
    r"(?=\s*[,.;]|\s*$|\s+(?:after|in|on|at|during|about|of|when|while|as|before|last|this)\b)"
)
_ANY_VERB_TAG_INVERTED = re.compile(
    # "complained U.S. Rep. Lloyd Doggett": a title, with its dots, may lead the name.
    r"[a-z]{3,}ed\s+(?P<who>(?:(?:[A-Z]\.){2,}\s+)?(?:(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Lt|Col|Sgt|Capt|Adm)\.\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    r"(?=\s*[,.;]|\s*$|\s+\([A-Z]|\s+(?:back|in|on|at|during|after|last|this|while|when|before)\b)"
)


_NAME_AFTER_ROLE = re.compile(
    r",\s+([A-Z][\w’'-]+(?:\s+(?:(?:de|van|von|da|del|la|le|bin|al|der|den|du)\s+)?[A-Z][\w’'-]+){1,2})"
    r"(?=\s*(?:[,.;]|$))"
)
# Words for a body that stand for the one named before ("Reddit … the company said").
_GENERIC_BODIES = frozenset(
    "company firm group organization organisation network platform site agency charity nonprofit".split()
)
_THE_NAME = re.compile(r"The\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}$")
_ROLE_THEN_NAME = re.compile(r"[^,;:“”\"!?]{2,100},\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),")
_TO_NAME_OPENING = re.compile(
    r"To\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:,\s+[DRI]-[A-Z][\w.]*)?,\s"
)
_LATE_INVERTED_TAG = re.compile(
    r",\s+(?:said|says|added|wrote|noted|explained)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)(?=\s*[,.;]|\s*$)"
)
_LATE_TAG = re.compile(
    r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)\s+(?:said|says|argues|argued|writes|wrote|notes|noted|adds|"
    r"added|explains|explained|contends|contended)(?=\s*[.;!?]|\s*$)"
)
_ENDS_IN_CONJUNCTION = re.compile(r"\s(?:and|but|or|then|so)$")
_BODY_AFTER_LAST_COMMA = re.compile(r",\s+((?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})$")
_ROLE_AFTER_LAST_COMMA = re.compile(r",\s+((?:an?|the|one|another)\s+[^,;:“”\"!?]{2,60})$")
_NAME_AFTER_LAST_COMMA = re.compile(
    r",\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})$"
)
_PRONOUN_AFTER_LAST_COMMA = re.compile(r",\s+(he|she|they)$")
_NAME_THEN_ROLE = re.compile(
    # "U.S. Army Gen. Stephen Townsend, commander, U.S. Africa Command, said": a title may lead the name.
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?[A-Z](?:\.[A-Z]\.|[\w’'-]+)(?:\s+[A-Z][\w’'.-]*){1,4}),\s+"
    # "Jonathan Cole, Managing Director, Iberdrola Renewables said": the role may hold one comma.
    r"([^,;:“”\"!?]{3,120}?(?:,\s[^,;:“”\"!?]{3,60}?)?),?$"
)


def _speaker_after(text, start, limit, speech, names, lexicon) -> tuple[str, int] | None:
    tail = text[start:limit]
    signed = _DASH_SIGNATURE.match(tail)
    if signed and text[max(0, start - 6) : start].rstrip("”\"’' ").endswith((".", "!", "?")):
        # A pull quote signed after a dash: "“…” —Frank Clemente, Americans for Tax Fairness".
        g = 1 if signed.group(1) else 2
        return signed.group(g), start + signed.start(g)
    colon = _COLON_THEN_NAME.match(tail)
    if colon:
        # A headline: "“If Someone is in Pain, I Am in Pain”: Jack Dorsey Plans To Give …".
        person = [m for m in names.within(start + colon.start(1), start + colon.end(1)) if m.kind == "person"]
        if person and person[0].start == start + colon.start(1):
            return person[0].text, person[0].start
    closes_sentence = text[max(0, start - 3) : start].rstrip("”\"’' ").endswith((".", "!", "?"))
    label = _NAME_LABEL.match(tail) if closes_sentence else None
    if label:
        # "“…” Sen. Lindsey Graham" ending the paragraph: a name set under the quote as its label.
        person = [m for m in names.within(start + label.start(1), start + label.end(1)) if m.kind == "person"]
        if person and person[-1].end == start + label.end(1):
            return person[-1].text, person[-1].start
    lead = _SPEAKER_AFTER_RE1.match(tail)
    offset = lead.end() if lead else 0
    rest = tail[offset:]
    inv = _SPEAKER_AFTER_RE2.match(rest)
    if inv and (
        names.within(start + offset + inv.start(1), start + offset + inv.end(1))
        or _looks_like_speaker(inv.group(1), lexicon)
    ):
        words = inv.group(1).strip()
        if rest.startswith(" of ", inv.end(1)):
            # "said House of Representatives Speaker Nancy Pelosi, …": the person the body's title ends in.
            at = start + offset + inv.start(1)
            comma = text.find(",", at, at + 100)
            titled = [m for m in names.within(at, comma if comma > 0 else at + 100) if m.kind == "person"]
            if titled and not text[titled[0].end : comma if comma > 0 else titled[0].end].strip():
                return titled[0].text, titled[0].start
        body_of = _OF_A_NAME.match(rest, inv.end(1))
        if body_of and words.removeprefix("the ")[:1].isupper():
            # "said Bank of America", "said the University of Texas": the name runs on past "of".
            words = rest[inv.start(1) : body_of.end()].strip().rstrip(".")
        named_after = _NAME_AFTER_ROLE.match(rest, inv.end(1))
        if named_after and _is_person_noun(words.lower().split()[-1]):
            # "said Taylor's aunt, Bianca Austin": the person the role is apposed to speaks.
            return named_after.group(1), start + offset + named_after.start(1)
        if _RESOLVED_SPEAKER_RE1.match(words.lower()) and words.lower().split()[-1] in _PERSON_NOUNS:
            # "said the owner of The Crab Shack": the body named after the role belongs to the speaker.
            tail = _PERSON_NOUN_TAIL.match(rest, inv.end(1))
            if tail:
                words = rest[inv.start(1) : tail.end()].strip()
        return words, start + offset + inv.start(1)
    said = _INVERTED_VERB.match(rest)
    if said:
        # "said House Intelligence Committee Chairman Adam Schiff Adam Bennett SchiffAdam Schiff was …":
        # a titled person right after the verb, however the words after them run on.
        at = start + offset + said.end()
        run = names.within(at, at + 120)[:3]
        person = next((m for m in run if m.kind == "person"), None)
        if run and run[0].start == at and person is not None:
            return person.text, person.start
    closed_sentence = text[max(0, start - 3) : start].rstrip("”\"’' ").endswith((".", "!", "?"))
    if text[max(0, start - 3) : start].rstrip("”\"’' ").endswith((",", "?", "!")) or tail.startswith(","):
        # A quote left open by its comma is followed by its tag, whatever the verb ("she demurred",
        # "worried Joe Canino"): a name or pronoun and one past-tense verb that end the clause.
        tag = (
            _ANY_VERB_TAG.match(rest) or _ANY_VERB_TAG_INVERTED.match(rest) or _DESCRIBED_NAME_TAG.match(rest)
        )
        if tag and (tag.group("who")[0].isupper() or tag.group("who") in ("he", "she", "they")):
            return tag.group("who"), start + offset + tag.start("who")
    quoted_as = _QUOTED_AS_SAYING.match(rest)
    if quoted_as:
        # "“…,” Home Secretary Priti Patel was cited as saying by LBC": the passive's subject said it.
        return quoted_as.group(1), start + offset
    if not closed_sentence:
        late = _LATE_INVERTED_TAG.search(text, start + offset, limit)
        if late:
            named = [m for m in names.within(late.start(1), late.end(1)) if m.kind in ("person", "name")]
            if named and named[0].start == late.start(1):
                # "a “huge sigh of relief on Constitution Avenue,” the site of the Fed’s headquarters, said
                # Torsten Slok, chief economist at …": an inverted tag closing the clause after an aside.
                return named[0].text, named[0].start
    for m in speech.finditer(text, start + offset, limit):
        if _ING_VERB.fullmatch(m.group()):
            continue  # "“fake news,” mainly by citing …": a participle, no tag with a subject
        if _STATE_AS_ADJECTIVE.match(text, m.start()):
            continue  # "“…,” state Del. Robbyn Lewis said": the state's delegate, no verb
        if _DETERMINER_BEFORE.search(text, max(start + offset, m.start() - 12), m.start()):
            continue  # "“misconstruing” his comments to the press": a noun, not a verb of saying
        if closed_sentence and (
            m.group().lower() not in _PLAIN_SPEECH
            or _THAT_CLAUSE.match(text, m.end())
            or not (_TAG_END.match(text, m.end()) or _TOLD_WHOM_END.match(text, m.end()))
        ):
            # "“See you Sunday.” Ms. Harris called on Barr to …", "“… trend.” Putin noted that …": a new
            # sentence with its own verb and clause.
            return None
        subject = text[start + offset : m.start()].rstrip()
        if _PASSIVE_BEFORE.search(subject):
            return None  # "… the country.” Apparently the same cannot be said of …": no one says it
        subject = _SPEAKER_AFTER_RE3.sub("", subject)
        apposed = _APPOSED_SUBJECT.match(subject)
        if apposed is None and not subject.endswith(","):
            # "Gamzatov, one of the pioneers of MMA in Russia told Sport Express": the appositive's closing
            # comma left out; only a name the text knows heads it.
            unclosed = _APPOSED_SUBJECT.match(subject + ",")
            head = unclosed and names.within(start + offset, start + offset + unclosed.end(1))
            apposed = unclosed if head and head[0].kind in ("person", "name") else None
        if apposed:
            # "“…,” Tyson, a college professor from California, said": the name before the appositive.
            return apposed.group(1), start + offset + apposed.start(1)
        role_then_name = _ROLE_THEN_NAME.fullmatch(subject)
        if role_then_name:
            at = start + offset + role_then_name.start(1)
            named = names.within(at, at + len(role_then_name.group(1)))
            if named and named[0].kind in ("person", "name"):
                # "Ms. Pelosi’s spokesman, Drew Hammill, wrote": the name apposed to the role.
                return role_then_name.group(1), at
        described = _NAME_THEN_ROLE.match(subject)
        if described and any(_is_person_noun(w) for w in _WORDS.findall(described.group(2).lower())):
            # "Constantine Fraser, European political analyst at research firm TS Lombard, told CNBC",
            # "Alexander Sergeev, Chair of the Russian Academy of Sciences said".
            return described.group(1), start + offset
        tail_role = _ROLE_AFTER_LAST_COMMA.search(subject)
        if tail_role and _is_person_noun(_ROLE_TAIL.sub("", tail_role.group(1)).lower().split()[-1]):
            # "… “didn’t have time” before he opened fire, an attorney for the woman’s family said."
            return tail_role.group(1), start + offset + tail_role.start(1)
        tail_body = _BODY_AFTER_LAST_COMMA.search(subject)
        if tail_body:
            at = start + offset + tail_body.start(1)
            named = names.within(at, at + len(tail_body.group(1)))
            if named and named[-1].end == at + len(tail_body.group(1)) and named[-1].kind != "other":
                # "… are true, the White House said in a statement": the body or person the clause ends in.
                return tail_body.group(1), at
        tail_name = _NAME_AFTER_LAST_COMMA.search(subject)
        if tail_name and names.within(start + offset + tail_name.start(1), start + offset + tail_name.end(1)):
            # "“We’re going to have a hearing about the dark money stuff,” influence elections, Graham
            # said": the quotation's own words run on after it; the name before the verb speaks.
            return tail_name.group(1), start + offset + tail_name.start(1)
        tail_pronoun = _PRONOUN_AFTER_LAST_COMMA.search(subject)
        if tail_pronoun and len(subject.split()) <= 8 and not _NOT_A_SUBJECT_START.match(subject):
            # ("“…” In the past, he says, …": a new sentence with its own tag, about someone else)
            # "“We will open more businesses,” including churches, he said": the same, by pronoun.
            return tail_pronoun.group(1), start + offset + tail_pronoun.start(1)
        if not subject or _SPEAKER_AFTER_RE4.search(subject) or _ENDS_IN_CONJUNCTION.search(subject):
            return None  # "“unprofessional” workplace and said …": the verb's subject came before
        if len(subject.split()) > 8:
            # "US Secretary of Health and Human Services Alex Azar said": a long title ends in the name;
            # "Geoffrey Hoffman with the University of Houston Immigration Law Clinic said" opens with it.
            # "organizing director for … employees, Austin Lynch, told": the name the appositive closes.
            end = start + offset + len(subject.rstrip(", "))
            inside = names.within(start + offset, end)
            person = [n for n in inside if n.kind == "person" and n.end == end]
            if person:
                return person[-1].text, person[-1].start
            first = inside[0] if inside else None
            if (
                first is not None
                and first.start == start + offset
                and first.kind in ("person", "name")
                and _AFFILIATION_AFTER.match(text, first.end)
            ):
                return first.text, first.start
            return None
        as_said = _AS_SUBJECT.fullmatch(subject)
        if as_said:
            # "“prior to the end of the year,” as he said at the White House": the subject after "as".
            return as_said.group(1), start + offset + as_said.start(1)
        if _NOT_A_SUBJECT_START.match(subject) and not _DEMONSTRATIVE_DOCUMENT.fullmatch(subject):
            return None  # "… after The Washington Post reported": a clause of its own
        return subject, start + offset
    return None


# "…,” that statement reads.": a document pointed back to, not a "that" clause.
_DEMONSTRATIVE_DOCUMENT = re.compile(
    r"(?:that|this)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(_FINDINGS_NOUNS, key=len, reverse=True)) + r")",
    re.IGNORECASE,
)
# Verbs that end a speaker's tag after a quote; others ("called on", "urged") start a sentence of their own.
_PLAIN_SPEECH = frozenset(
    """said says added adds wrote writes told tells asked asks continued continues explained explains tweeted
    posted replied replies responded responds recalled recalls argued argues declared declares exclaimed
    shouted yelled warned warns quipped joked wondered concluded remarked observed countered admitted
    acknowledged insisted insists noted notes stated states answered answers retorted opined opines
    intoned intones mused""".split()
)
_LOOKS_LIKE_SPEAKER_RE1 = re.compile(r"(?:the|a|an|one)\s+\w+")


def _looks_like_speaker(words: str, lexicon: Lexicon) -> bool:
    low = words.lower().strip()
    tokens = low.split()
    # "said picnic officials in a statement": people named by what they are, with no determiner.
    people = 0 < len(tokens) <= 3 and _is_person_noun(tokens[-1])
    return bool(_LOOKS_LIKE_SPEAKER_RE1.match(low)) or low in ("he", "she", "it", "they") or people


_SPEAKER_BEFORE_RE1 = re.compile(r":\s*$")
_NAME_OF_BODY = re.compile(
    r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][a-z][\w’'-]+)\s+of\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*)"
)
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}")
_OWNED_ROLE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){0,2}([a-z-]+)")
_RESPONDS_AFTER = re.compile(
    r"\s+(?:responds|responded|replies|replied|answers|answered|retorts|retorted|counters|countered|shot\s+back)\b"
)
_TOLD_BEFORE = re.compile(r"\b(?:told|tells)\s+(?:[\w’'.-]+\s+){0,4}$")
_HEADLINE_PERSON_CREDIT = re.compile(
    r"(?:[A-Z]{3,}:[ \t]+)?((?:[A-Z][\w’'.-]+[ \t]+){0,2}[A-Z][a-z][\w’'-]+):[ \t]"
)
_WEB_NAME = re.compile(r"[A-Z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|org|net|gov|news|co\.uk|io)")
_OWN_WRITING_TO_COLON = re.compile(
    r"['’]s\s+(?:[a-z]+\s+){0,2}(?:statement|letter|remarks|tweet|post|message|note|email|response|reply)"
    r"(?:,[^:“”\"\n]{0,80})?\s*"
)
_TO_VERB_TO_COLON = re.compile(r"\s+to\s+(?:[a-z]+\s+){0,3}[a-z]+\s*")
_ONE_VERB_TO_COLON = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s|an|ote)\s*")
_ACCORDING_TO_OPENING = re.compile(r"\s*According\s+to\s+([^,;:“”\"]{2,80}),\s")
# What may stand between a subject and its verb; a comma closes a name in apposition ("the ship's
# commanding officer, Capt. Kevin D. Buckley, said").
_JUST_BEFORE_VERB = re.compile(r",?\s+(?:(?:also|later|then|has|had|have|once|\w+ly)\s+)*")
_WHO_BEFORE = re.compile(
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'.-]*){0,4}),\s+who\s+"
    r"(?:(?:also|later|then|has|had|have|\w+ly)\s+)*$"
)


_WHAT_NAME_BEFORE = re.compile(
    r"\bwhat\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|he|she|they)\s+(?:[a-z]+ly\s+)?$"
)
_FINITE_VERB_AFTER = re.compile(
    # "Barack Obama on Saturday criticized …, telling …": a time phrase may stand between.
    r"\s+(?:(?:on\s+[A-Z][a-z]+|last\s+[a-z]+|this\s+[a-z]+|earlier\s+this\s+[a-z]+|yesterday|today)\s+)?"
    # "The American Red Cross has also spoken out, noting that …": an auxiliary and an adverb may lead.
    r"(?:(?:has|have|had|was|were|is|are)\s+(?:also\s+|[a-z]+ly\s+)?)?"
    r"(?:(?:also|then|later|once|again)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|struck|found|held|upheld|wrote|written|said|told|made|took|taken|gave|"
    r"given|threw|spoken|says|finds|rules|writes|began|begun|went|came|spoke|sent|put|left|ran|led|brought|"
    r"kept|stood|sat|met|won|lost|hit|set|cut|shut|quit|had|has|was|is)\b"
)
# "Bradley Sluder – told", "Gov. Andrew Cuomo — the main proponent of the policy — called".
_DASH_BEFORE_VERB = re.compile(r"\s*[–—]\s*|\s+-\s+|\s*[–—]\s*[^–—“”\"\n]{1,80}?\s*[–—]\s*")
_INVERTED_VERBS = frozenset("said says wrote writes added adds declared declares explained explains".split())
# ("… said Arthur, “…”": a lone given name after an inverted verb speaks too)
_NAMING_VERBS = frozenset("called calls named titled dubbed labeled labelled branded".split())
_TITLE_AFTER_NAMING = re.compile(r"\s*[“\"‘'][^“”\"\n]{1,80}[”\"’']")
_ADDING_A_THING = re.compile(r"\s+(?:(?:it|them|this|that|him|her)\s+)?to\s+(?:the|a|an|its|their|his|her)\b")
_FOR_PERSON_FRAME = re.compile(r"For\s+(?:[\w’'-]+\s+){0,10}?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s")
_APPOSITION_TO_QUOTE = re.compile(r"(?:,\s+(?:a|an|the|who)\s[^“”\"\n]{1,150})?,\s*")
_INVERTED_BEFORE_COLON = re.compile(
    r"\s+((?:the|a|an)\s+[^,.;:“”\"!?\n]{1,60}?|[A-Z][^,.;:“”\"!?\n]{1,60}?):\s*"
)


def _tag_closing_sentence(text: str, start: int, end: int, names) -> tuple[str, int] | None:
    """The person of a tag closing the sentence a quotation sits in ("… putting the “overwhelmingly brown
    and black” workers at risk, Safran Foer argues."), or None."""
    late = _LATE_TAG.search(text, start, end)
    if late is None or text[late.end() : end].strip(" .;!?\"”’'"):
        return None
    named = [m for m in names.within(late.start(1), late.end(1)) if m.kind in ("person", "name")]
    if named and named[0].start == late.start(1) and named[-1].end == late.end(1):
        return named[-1].text, named[-1].start
    return None


_NOT_A_VERB_AFTER = re.compile(
    r"\b(?:without|with|by|for|from|and|or|on|under|per|between|against|within)\s+$"
)
# "state" the adjective ("state Del. Robbyn Lewis", "state officials", "state and local leaders"), not the
# verb ("The authors state, “…”", "the researchers state that …").
_STATE_AS_ADJECTIVE = re.compile(
    r"(?i:state)\s+(?:[A-Z]|(?:officials?|lawmakers?|legislat\w+|leaders?|laws?|government|health|department|"
    r"agenc\w+|police|troopers?|and|or|house|senate|court|prisons?|employees|workers|budget|capitol|party|media|"
    r"television|tv|run|owned|wide|-)\b)"
)


def _speaker_before(text, seg_start, open_mark, s_start, speech, names, lexicon) -> tuple[str, int] | None:
    verbs = [
        m
        for m in speech.finditer(text, seg_start, open_mark)
        if m.group().lower() != "according"
        and not _STATE_AS_ADJECTIVE.match(text, m.start())  # "state Sen. Ann Roe said": no verb "state"
        # "reopen without state approval": after a preposition or a conjunction "state" is no verb.
        and not (
            m.group().lower() == "state"
            and _NOT_A_VERB_AFTER.search(text, max(seg_start, m.start() - 10), m.start())
        )
        # "in response to the ruling, “…”", "the women’s claims were “…”": after a determiner or a
        # possessive the word is a noun, not a verb; so after "of" or "in" ("the rates of states that …").
        and not _DETERMINER_BEFORE.search(text, max(seg_start, m.start() - 12), m.start())
        and not _NOUN_PREPOSITION_BEFORE.search(text, max(seg_start, m.start() - 8), m.start())
        # "by secretly adding it to a “block list”", "added to the confusion": adding a thing, not words
        and not (m.group().lower().startswith("add") and _ADDING_A_THING.match(text, m.end()))
        # "an ad from Trump called “Changing Things” that was accepted because “…”": the verb names the
        # title right after it, not the later quotation
        and not (
            m.group().lower() in _NAMING_VERBS
            and (title := _TITLE_AFTER_NAMING.match(text, m.end())) is not None
            and title.end() < open_mark
        )
    ]
    if not verbs:
        according = _ACCORDING_TO_OPENING.match(text, s_start)
        if according and according.end() <= open_mark:
            # "According to Military.com, Trump’s move has “blown a hole …”": the source the sentence opens with.
            return according.group(1), according.start(1)
        colon = _SPEAKER_BEFORE_RE1.search(text, seg_start, open_mark)
        if colon:
            # "… and CNN analyst, James Clapper: “…”": the person named right before the colon.
            named = [
                m
                for m in names.within(seg_start, colon.start())
                # "About his father’s murderers, Joseph concludes:": a lone given name is a person too
                if m.kind in ("person", "name")
                or (m.kind == "other" and (m.text.lower() in lexicon.first_names or m.start > s_start))
            ]
            if named and (
                not text[named[-1].end : colon.start()].strip()
                # "Substitute host Mo Rocca began:": the name and one verb before the colon
                or _ONE_VERB_TO_COLON.fullmatch(text, named[-1].end, colon.start())
                # "That prompted Klobuchar to hit back hard:": the one made to speak
                or _TO_VERB_TO_COLON.fullmatch(text, named[-1].end, colon.start())
                # "Below is Stenger’s full statement, provided to the paper on Monday:": the statement's author
                or _OWN_WRITING_TO_COLON.fullmatch(text, named[-1].end, colon.start())
            ):
                return named[-1].text, named[-1].start
            return _sentence_subject(text, s_start, open_mark, names)
        return None
    verb = verbs[-1]
    inverted = _INVERTED_BEFORE_COLON.fullmatch(text, verb.end(), open_mark)
    if inverted and verb.group().lower() in _INVERTED_VERBS:
        # "wrote the Roman jurist Cicero: “…”", "said the minister: “…”": the speaker follows its verb
        # ("told the New York Times:" names whom it was told to, so only verbs without an object).
        words = inverted.group(1)
        at = inverted.start(1)
        named = [m for m in names.within(at, at + len(words)) if m.kind in ("person", "name", "other")]
        if named and named[-1].end == at + len(words) and len(words.split()) <= 6:
            return named[-1].text, named[-1].start
        last_word = words.lower().split()[-1]
        if _DETERMINER_START.match(words) and len(words.split()) <= 4 and _is_person_noun(last_word):
            return words, at
    if verb.group().lower() in _INVERTED_VERBS:
        # "Because of that, says John Wald, a professor at …, “…”": the person right after the verb,
        # an apposition describing them, then the quotation.
        named = [
            m
            for m in names.within(verb.end(), open_mark)
            if m.kind in ("person", "name") or (m.kind == "other" and m.text.lower() in lexicon.first_names)
        ]
        if (
            named
            and not text[verb.end() : named[0].start].strip()
            and _APPOSITION_TO_QUOTE.fullmatch(text, named[0].end, open_mark)
        ):
            return named[0].text, named[0].start
    dashed = [
        m
        for m in names.within(max(seg_start, verb.start() - 120), verb.start())
        if m.kind in ("person", "name")
    ]
    if dashed and _DASH_BEFORE_VERB.fullmatch(text, dashed[-1].end, verb.start()):
        # "a spring breaker from Ohio, Bradley Sluder – told CBS News: “…”": the name the dash closes.
        return dashed[-1].text, dashed[-1].start
    named_what = _WHAT_NAME_BEFORE.search(text, seg_start, verb.start())
    if named_what:
        # "what Jaffe calls “treating and streeting”": the name after "what" says it, not the sentence's subject.
        return named_what.group(1), named_what.start(1)
    # The pattern holds ", who": str.find rules most segments out before it tries every capital.
    relative = (
        _WHO_BEFORE.search(text, seg_start, verb.start())
        if text.find("who", seg_start, verb.start()) >= 0
        else None
    )
    if relative:
        # "President Xi Jinping, who responded that “…”": the person the relative clause is about.
        return relative.group(1), relative.start(1)
    as_lead = _AS_LEAD.search(text, seg_start, verb.start())
    if as_lead and _COMMA_THEN_QUOTE.fullmatch(text, verb.end(), open_mark):
        # "As a CBS News poll released on Wednesday found, “…”": the subject of the "as" clause.
        words = _PARTICIPLE_TAIL.sub("", as_lead.group(1))  # "… poll released on Wednesday": the poll
        return words, as_lead.start(1)
    subject = subject_before(text, seg_start, verb.start(), lexicon)
    if subject is not None and "," in subject[0] and _COMMA_THEN_QUOTE.fullmatch(text, verb.end(), open_mark):
        # "Remington’s ads, the suit says, “…”": a parenthetical tag; its subject follows the last comma.
        cut = subject[0].rindex(",") + 1
        rest = subject[0][cut:]
        subject = rest.strip(), subject[1] + cut + len(rest) - len(rest.lstrip())
    named = [m for m in names.within(max(seg_start, verb.start() - 40), verb.start()) if m.kind == "person"]
    if (
        named
        and not _ING_VERB.fullmatch(verb.group().lower())  # "insulted Zelensky calling": an object
        and _JUST_BEFORE_VERB.fullmatch(text, named[-1].end, verb.start())
        # With a comma, only a name that is itself the appositive (", Kevin D. Buckley, said"), not a
        # name inside one ("Tevi Troy, deputy secretary under President George W. Bush, said").
        and (text[named[-1].end] != "," or text[: named[-1].start].endswith(", "))
    ):
        # "in what Donald Trump touted as “…”": a person named right before the verb is its subject,
        # however the clause around them starts.
        return named[-1].text, named[-1].start
    if _ING_VERB.fullmatch(verb.group().lower()):
        # "with KCNA touting …" has its own subject; "He insulted Zelensky calling …" takes the sentence's.
        absolute = _WITH_SUBJECT.search(text, seg_start, verb.start())
        if absolute:
            return absolute.group(1), absolute.start(1)
        document = _DOCUMENT_BEFORE_PARTICIPLE.search(text, max(seg_start, verb.start() - 60), verb.start())
        if document and document.group(2).lower() in WRITTEN_NOUNS:
            # "Researchers issue a preprint reporting “direct evidence”": the document the participle is on.
            return document.group(1), document.start(1)
        # "in which the Third Circuit Court struck down the policy, finding it “…”": the subject of the
        # finite verb the participle hangs on.
        for m in reversed(names.within(max(s_start, verb.start() - 200), verb.start())):
            if _PREPOSITION_BEFORE.search(text, max(0, m.start - 12), m.start):
                continue  # "A Republican candidate for U.S. Congress was caught saying": not the subject
            if m.kind in ("person", "organization", "name", "other") and _FINITE_VERB_AFTER.match(
                text, m.end
            ):
                return m.text, m.start
        return _sentence_subject(text, s_start, verb.start(), names) or ("", -1)
    if subject is None:
        return ("", -1)
    return _name_apposed_to_role(text, subject, names) or subject


_PARTICIPLE_TAIL = re.compile(r"\s+(?:released|published|conducted|issued|taken|out|posted)\b.*$")
_AS_LEAD = re.compile(
    r"\b[Aa]s\s+((?:(?:a|an|the|one)\s+)?[^,;:“”\"]{2,80}?)\s+(?:(?:has|had|have|also|later|then)\s+)?$"
)
_ROLE_COMMA_NAME = re.compile(r"([^,;:“”\"!?]{2,100}),\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})")
_NAME_COMMA_BEFORE = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+$")


def _name_apposed_to_role(text: str, subject: tuple[str, int], names) -> tuple[str, int] | None:
    """The name set beside a role in the subject: "Perry's spokeswoman, Shaylyn Hynes, told" and "Chuck
    Wexler, executive director of the Forum, which works with …, said" are the named person speaking."""
    words, at = subject
    if at < 0 or not words:
        return None
    role_then_name = _ROLE_COMMA_NAME.fullmatch(words)
    if role_then_name and _is_person_noun(_ROLE_TAIL.sub("", role_then_name.group(1)).lower().split()[-1]):
        return role_then_name.group(2), at + role_then_name.start(2)
    if words[:1].islower() and _is_person_noun(_ROLE_TAIL.sub("", words).lower().split()[-1]):
        before = _NAME_COMMA_BEFORE.search(text, max(0, at - 60), at)
        if before and any(m.kind in ("person", "name") for m in names.within(before.start(1), before.end(1))):
            return before.group(1), before.start(1)
    return None


_SENTENCE_SUBJECT_RE1 = re.compile(
    r"\s*(?:(?:Right|Just|Shortly|Soon|Long|Even|Only)\s+(?i:before|after|as|since|while)|"
    r"According to|In|On|At|During|After|Before|Despite|While|As|With|Since|Following|"
    # "To mark Anzac Day in 2015, SBS reporter Scott McIntyre …", "Back in May, he corrected himself:"
    r"Last|This|Earlier|Later|Meanwhile|However|But|And|Speaking|Asked|Writing|To|Back)"
    r"\b[^,]{0,80},\s*"
)
_ROLE_SUBJECT = re.compile(
    # "The president himself responded on Twitter, calling …"
    r"((?:The|the)\s+(?:[a-z]+\s+)?(?!himself|herself)([a-z]+))(?:\s+(?:himself|herself))?\s+(?:[a-z]+ly\s+)?(?:said|says|[a-z]+ed)\b"
)
# "Then he repeated the offer, tweeting, “…”": a sentence adverb before its subject takes no comma.
_SENTENCE_SUBJECT_ADVERB = re.compile(
    r"\s*(?:Then|Later|Now|So|And|But|Still|Again|Also|Yet|Instead|Finally|Eventually|Soon|Once)\s+"
    r"(?=(?:he|she|they|it)\b|[A-Z])"
)
_SENTENCE_SUBJECT_RE2 = re.compile(r"(He|She|It|They|he|she|it|they)\b")


def _sentence_subject(text: str, s_start: int, limit: int, names: NameIndex) -> tuple[str, int] | None:
    """The subject at the head of the sentence, after an opening phrase ("According to X, Kim declared")."""
    head = text[s_start:limit]
    lead = _SENTENCE_SUBJECT_RE1.match(head) or _SENTENCE_SUBJECT_ADVERB.match(head)
    offset = lead.end() if lead else 0
    pm = _SENTENCE_SUBJECT_RE2.match(head[offset:])
    if pm:
        return pm.group(1), s_start + offset
    role = _ROLE_SUBJECT.match(head[offset:])
    if role and role.group(2).lower() in _PERSON_NOUNS:
        return role.group(1), s_start + offset  # "The president said he was … and described it “…”"
    opening = _unnamed_person_opening(text, s_start + offset, limit)
    if opening is not None:
        # "A Republican candidate for U.S. Congress was caught saying “…”": the unnamed person, not the body.
        return opening[0], opening[1] - len(opening[0])
    inside = names.within(s_start + offset, min(limit, s_start + offset + 60))
    for i, m in enumerate(inside):
        if text.startswith(("’s ", "'s "), m.end) and any(n.kind == "person" for n in inside[i + 1 :]):
            continue  # "CNN’s national security correspondent, Jim Sciutto, was …": the person, not the owner
        if (
            i + 1 < len(inside)
            and inside[i + 1].kind == "person"
            and (
                inside[i + 1].start - m.end <= 1
                or (
                    m.kind == "organization"
                    and _ROLE_WORDS_BETWEEN.fullmatch(text, m.end, inside[i + 1].start)
                    and _is_person_noun(text[m.end : inside[i + 1].start].split()[-1])
                )
            )
        ):
            continue  # "House Majority Leader Steny Hoyer", "SBS reporter Scott McIntyre": the body heads a title
        if m.kind in ("person", "name", "organization") or (
            m.kind == "other" and m.start == s_start + offset
        ):
            body = _BODY_NAMED_AFTER.match(text, m.end, limit)
            if body:
                # "The Trump campaign criticized …, saying “…”": the body named after the person speaks.
                return text[m.start : body.end()], m.start
            # A lone unknown name opening the sentence is its subject ("Engel, with Sen. Bob Menendez, …").
            return m.text, m.start
    return None


_ROLE_WORDS_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+){1,3}")
_BODY_NAMED_AFTER = re.compile(
    r"\s+(?:campaign|administration|government|team|camp|foundation|organization|family|company|office)\b"
)


_PERSON_PAIR = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)\s+and\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)"
)
_ONE_OF_GROUP = re.compile(
    r"(?:one|another)\s+of\s+(?:the|his|her|their|its|those|these)\s+((?:[a-z-]+\s+){0,3}?)([a-z-]+s)",
    re.IGNORECASE,
)


def _is_group(speaker: str | None) -> bool:
    """Whether a person speaker is several people: "analysts at Haitong", "Sens. Chuck Schumer and Sherrod Brown"."""
    if not speaker:
        return False
    if " and " in speaker:
        return True
    head = _ROLE_TAIL.sub("", speaker).split()
    return (
        bool(head)
        and head[-1].islower()
        and head[-1].endswith("s")
        and _is_person_noun(_singular_noun(head[-1]))
    )


def _singular_noun(plural: str) -> str:
    """ "drivers" → "driver", "protesters" → "protester", "ladies" → "lady"."""
    if plural.endswith("ies") and len(plural) > 4:
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "sses", "xes")):
        return plural[:-2]
    return plural[:-1]


_SHARE_OF = re.compile(
    r"(?:(?:about|nearly|almost|over|more\s+than|roughly|some)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|"
    r"(?:a|one|two|three)[\s-](?:thirds?|quarters?|fifths?|half)|half|most|many|some|a\s+majority|majorities)"
    r"\s+of\s+(?:the\s+|those\s+)?",
    re.IGNORECASE,
)
_TIME_LEAD = re.compile(
    r"(?:(?:last|this|next|earlier\s+this|later\s+that|that)\s+(?:year|week|month|spring|summer|fall|autumn|"
    r"winter|morning|afternoon|evening|night)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|yesterday|today),?\s+"
)
_RESOLVED_SPEAKER_RE1 = re.compile(r"^(?:the|a|an)\s+")
_WORDS = re.compile(r"[a-z][a-z'’-]*")
_AGE_DESCRIPTOR = re.compile(r"\d{1,3}-year[- ]old(?:\s+[a-z]+)?")
_DETERMINER_START = re.compile(r"(?:the|a|an|one|another|two|three|several|some|other)\s", re.IGNORECASE)
_ROLE_TAIL = re.compile(r"\s+(?:of|at|for|from|with|working|who)\s.*$")
_RESOLVED_SPEAKER_RE2 = re.compile(r"[\w’'-]+")


def _resolved_speaker(
    text, words, at, names, documents, last, quote_ranges, lexicon
) -> tuple[str | None, str]:
    """(normalized speaker, kind) for the words naming a speaker."""
    writing_in = _WRITING_IN.match(words) if " in " in words else None
    if writing_in and any(
        m.kind in ("person", "name", "other") for m in names.within(at, at + writing_in.end(1))
    ):
        # "Harris in the Atlantic article notes": the writer speaks, the article is where.
        words = writing_in.group(1)
    affiliated = _NAME_OF_BODY.fullmatch(words.strip())
    if (
        affiliated
        and affiliated.group(2).split()[-1].lower() in lexicon.organization_cues
        and affiliated.group(1).split()[-1].lower() not in lexicon.organization_cues
    ):
        # "said Bartholet of Harvard Law School": the person, and the body they belong to.
        return affiliated.group(1), "person"
    when = _TIME_LEAD.match(words)
    if when and when.end() < len(words):
        # "subtlety—last year the Fox News host told me": the time phrase is no part of the speaker.
        at, words = at + when.end(), words[when.end() :]
    member = _ONE_OF_GROUP.fullmatch(words.strip()) if " of " in words else None
    if member and not names.within(at, at + len(words)) and _is_person_noun(_singular_noun(member.group(2))):
        # "one of the golf cart drivers screamed": one member of a group, named by what they all are ("one of
        # the pages read" is the document's).
        return " ".join([*member.group(1).split(), _singular_noun(member.group(2))]), "person"
    share = _SHARE_OF.match(words)
    if share and share.end() < len(words):
        # "Two-thirds of Republicans said": the group, not the share of it.
        at, words = at + share.end(), words[share.end() :]
        if words[:1].isupper() and not names.within(at, at + len(words)):
            return words.strip(), "person"  # a group the text names by its capitalised plural
    pair = _PERSON_PAIR.fullmatch(words.strip())
    if pair and all(
        any(m.kind in ("person", "name", "other") for m in names.within(at + pair.start(g), at + pair.end(g)))
        for g in (1, 2)
    ):
        # "wrote Katyal and Geltzer": two authors, named as the text names them ("Judges A and B": A and B)
        first = pair.group(1).split()
        while len(first) > 1 and first[0].lower().rstrip(".") in lexicon.person_titles:
            first.pop(0)
        return " ".join(first) + pair.group()[len(pair.group(1)) :], "person"
    low = _RESOLVED_SPEAKER_RE1.sub("", words.lower().strip())
    if low in ("he’s", "he's", "she’s", "she's"):
        low = low[:-2]  # "He’s since declared that …"
    if low in ("he", "she", "him", "her"):
        opening = _unnamed_person_opening(text, _sentence_start_before(text, at), at)
        if opening is not None and not any(m.kind == "person" for m in names.within(opening[1], at)):
            # "A Michigan lawmaker tied the case to the president-elect, who he said empowered “…”": the
            # unnamed person the sentence opens with, when no one is named between.
            return opening[0], "person"
        if _last_speaker_goes_on(text, low, at, last, names, quote_ranges):
            # "“…” Sen. Lindsey Graham / But, he added, “…”": the speaker just quoted, no one named since.
            return last[0], "person"
        role_before = _role_opening_before(text, at, names, quote_ranges)
        if role_before is not None:
            return _as_given(text, role_before, lexicon), "person"
        person = names.speaker_for_pronoun(low, at, quote_ranges)
        unnamed = _unnamed_last_speaker(text, low, at, last)
        if unnamed is not None and (person is None or person.start < last[4]):
            # "“…,” a Treasury spokeswoman said. … She said officials “…”": the unnamed speaker just
            # quoted, when no one has been named since.
            return unnamed
        if (
            person is not None
            and _TOLD_BEFORE.search(text, max(0, person.start - 50), person.start)
            and not _RESPONDS_AFTER.match(text, at + len(words))
        ):
            # "“…,” he told Fox News host Chris Wallace": whom he told is not who he is, unless he answers
            # ("… the protestor tells Cruz. “…,” he responds").
            person = None
        credit = _HEADLINE_PERSON_CREDIT.match(text) if person is None else None
        if credit and credit.group(1).split()[-1].lower() not in TITLE_LABELS | {"study"}:
            # "OPINION: Krauthammer: We'll Be In a Single-Payer System …/ “…,” he told Fox News": the
            # person the headline credits, when the text names no one before for the pronoun.
            return credit.group(1), "person"
        person = person or names.person_named_after(low, at, skip=quote_ranges)
        if person is None:
            return None, "unknown"
        return _as_given(text, names.person_name(person), lexicon), "person"
    if _AGE_DESCRIPTOR.fullmatch(low):
        # "…,” the 32-year-old told Sport": the person last named, like a pronoun of either sex.
        found = [names.speaker_for_pronoun(p, at, quote_ranges) for p in ("he", "she")]
        person = max((m for m in found if m is not None), key=lambda m: m.start, default=None)
        if person is None:
            return None, "unknown"
        return _as_given(text, names.person_name(person), lexicon), "person"
    if low in ("it", "they"):
        if last is not None and last[1] in ("organization", "document"):
            return last[0], last[1]
        if low == "they" and last is not None and last[1] == "person" and _is_group(last[0]):
            # "In a note, analysts at Haitong Securities said “…” / “…,” they said": the group just quoted.
            return last[0], last[1]
        org = names.last_of_kind(at, ("organization",), quote_ranges)
        if org is not None:
            return _as_given(text, names.acronyms.get(org.name, org.name), lexicon), "organization"
        return None, "unknown"
    described = _described_document(words)
    if described is not None:
        return described, "document"
    released = _DOCUMENT_THEN_PARTICIPLE.fullmatch(words.strip())
    if released and released.group("noun").lower() in _FINDINGS_NOUNS:
        # "according to a charging document unsealed Monday": the document, not when it came out.
        return released.group("name"), "document"
    if _WEB_NAME.fullmatch(words.strip()):
        return words.strip(), "organization"  # "According to Military.com": a site, named by its address
    if words.isupper() and len(words) > 3 and words not in names.acronyms:
        mixed = _mixed_case_mention(text, words, names)
        if mixed is not None:
            # "DEVOS: “…”" over "DeVos is suggesting …": a transcript's capitals label for a person.
            return _as_given(text, names.person_name(mixed), lexicon), "person"
    tokens = _RESOLVED_SPEAKER_RE2.findall(low)
    head = tokens[-1] if tokens else ""
    inside = names.within(at, at + len(words))
    party = _STATE_PARTY_MEMBER.fullmatch(words.strip())
    if party and party.group(1) in US_STATES and all(m.kind != "person" for m in inside):
        # "“…,” the Kentucky Republican told reporters": the lawmaker the story is about, named most.
        person = names.most_named_person(at)
        if person is not None:
            return _as_given(text, names.person_name(person), lexicon), "person"
    if (
        head in _ROLE_NOUNS
        and (low == head or words.lower().startswith("the "))
        and text.find("\n", 0, at) < 0  # in the headline (no copy of the text before it)
        and all(m.kind != "person" for m in inside)
    ):
        # "Mayor says crews are “doing all they can”": a headline's role is the person the story names
        # with that title, below it.
        role = f"{tokens[-2]} {head}" if len(tokens) >= 2 and tokens[-2] in _ROLE_FIRST_WORDS else head
        person = names.person_with_role(role, len(text), quote_ranges)
        if person is not None:
            return _as_given(text, names.person_name(person), lexicon), "person"
    if (
        head in _ROLE_NOUNS
        and words.lower().startswith(("the ", "its ", "his ", "her ", "their "))
        and all(m.kind != "person" for m in inside)
    ):
        # "the president said", "the presumptive Republican nominee said": the last person named with that
        # title, else the person the text has named most so far (news stories turn around one).
        role = f"{tokens[-2]} {head}" if len(tokens) >= 2 and tokens[-2] in _ROLE_FIRST_WORDS else head
        person = names.person_with_role(role, at, quote_ranges)
        introduced = _unnamed_role_before(text, head, at)
        if introduced is not None and (person is None or person.start < introduced[1]):
            # "A DHS spokesperson later said … / “…,” the spokesperson continued": the one introduced by
            # the role alone, when no one holding it has been named since.
            return introduced[0], "person"
        person = person or names.most_named_person(at, role)
        if person is not None:
            return _as_given(text, names.person_name(person), lexicon), "person"
        # No one holds the role in the text: "“…,” the spokeswoman said" names its speaker by the role alone.
    if (
        head in _PERSON_NOUNS
        and head not in _ROLE_NOUNS
        and words.lower().startswith("the ")
        and all(m.kind != "person" for m in inside)
    ):
        # "the commissioner said" after "Acting Commissioner Mark Morgan": a job word as someone's title
        # points back to them; with no one so titled, the words name the speaker, as for a spokeswoman.
        person = names.person_with_role(head, at, quote_ranges)
        if person is not None:
            return _as_given(text, names.person_name(person), lexicon), "person"
    if head in ("paper", "newspaper") and low == head:
        # "the paper reports": the newspaper named before ("The Times implies … the paper reports").
        outlet = names.last_outlet(at, OUTLET_HEADS, quote_ranges)
        if outlet is not None:
            return _as_given(text, outlet.name, lexicon), "organization"
    if head in WRITTEN_NOUNS and not names.within(at, at + len(words)):
        # "the statement said" is the one named before; "a column at Texas Monthly asked" is a new one.
        anaphoric = (
            # "their statement said" after Comey's "draft statement": an owner's document, not the one before
            (tokens[0] in DETERMINERS and tokens[0] not in ("a", "an", "their", "his", "her", "our"))
            or "of" in tokens
            or len(tokens) == 1
        )
        antecedent = documents.antecedent(at) if anaphoric else None
        if (
            antecedent is not None
            and head not in ("document", "documents")
            and "of" not in tokens  # "one of the pages read": a part of the document named before
            and head.rstrip("s") not in antecedent.text.lower()
        ):
            antecedent = None  # "the suit says" is no antecedent "ads": a document of another kind
        if antecedent is not None:
            return _document_name(antecedent.text), "document"
        return _document_name(words), "document"
    mentions = names.within(at, at + len(words))
    if head in WRITTEN_NOUNS and mentions and mentions[-1].end < at + len(words) - len(head):
        # "the relevant Justice Department guidance states": a document its issuer's name qualifies,
        # named from that name on.
        return text[mentions[0].start : at + len(words)].strip(), "document"
    # An unnamed person ("a spokesperson", "the owner of The Crab Shack"): named by the words themselves.
    tail = _ROLE_TAIL.search(words)
    head_len = tail.start() if tail else len(words)
    role_head = words[:head_len].lower().split()
    if (
        role_head
        and _is_person_noun(role_head[-1])
        and (_DETERMINER_START.match(words) or len(role_head) <= 3)  # "said picnic officials"
        # "the former Senate GOP aide" is a person; "a spokesman for the Labor Department" speaks for it.
        and all(m.kind not in ("person", "name") for m in names.within(at, at + head_len))
        and all(m.kind != "person" for m in mentions)  # "former chief of staff Reince Priebus" is named
        # "a spokesman for the Labor Department" speaks for it; "a candidate for U.S. Congress" does not.
        and (
            role_head[-1] not in _SPEAKS_FOR_BODY
            or all(m.kind != "organization" for m in names.within(at + head_len, at + len(words)))
        )
    ):
        return _document_name(words), "person"
    if (
        head in lexicon.organization_cues
        and len(tokens) <= 3
        and _DETERMINER_START.match(words)
        and not mentions
    ):
        # "the department said": the last body named with that word, else the words themselves; "the
        # company said": the last body named, whatever its name.
        body = _body_named_around(text, names, at, quote_ranges)
        if body is not None and (head in body.name.lower().split() or head in _GENERIC_BODIES):
            return _as_given(text, names.acronyms.get(body.name, body.name), lexicon), "organization"
        return _document_name(words), "organization"
    if (
        head in lexicon.organization_cues
        and mentions
        and tokens[-1] != mentions[-1].name.lower().split(" ")[-1]
    ):
        # "the Obama administration", "the Trump campaign": a body named after a person.
        return _as_given(text, words, lexicon), "organization"
    if head in WRITTEN_NOUNS and mentions and mentions[-1].kind in ("name", "other"):
        if mentions[-1].name.split()[-1].lower() == head:
            return mentions[-1].name, "document"  # "the Merriam-Webster Dictionary": a work by its title
    owned = _OWNED_ROLE.fullmatch(words.strip())
    if owned and _is_person_noun(owned.group(1)) and owned.group(1) not in _ROLE_NOUNS:
        # "Kaepernick's lawyers wrote": people of someone's, unnamed, not the one they belong to.
        return words.strip(), "person"
    reports = _REPORTED_AFTER.match(text, at + len(words))
    # A titled person before an unknown name: "Midland City Manager Brad Kaye" is Brad Kaye speaking; a
    # person named after a role is the speaker, one named before it qualifies the role ("Biden
    # communications director Kate Bedingfield").
    titled = _person_after_role(text, at, words, mentions)
    for m in sorted(mentions, key=lambda m: (m is not titled, m.kind != "person")):
        if m.kind == "person":
            suffix = _NAME_SUFFIX.match(text, m.end)
            if suffix and " " in names.person_name(m):
                # "Carlos J. Monje, Jr.": the suffix is part of the name.
                return _as_given(text, names.person_name(m), lexicon) + suffix.group(1), "person"
        if m.kind == "name" and (m.name.rsplit(" ", 1)[-1].lower() in OUTLET_HEADS or reports):
            # "the Harvard Business Review reported": a publication, not a person.
            return _as_given(text, m.name, lexicon), "organization"
        if m.kind in ("person", "name"):
            return _as_given(text, names.person_name(m), lexicon), "person"
    for i, m in enumerate(mentions):
        if m.kind == "organization" and _POSSESSIVE_AFTER.match(text, m.end) and i + 1 < len(mentions):
            continue  # "the UN’s Food and Agriculture Organization warned": the body owned speaks
        if m.kind == "organization":
            joined = _JOINED_BODY_BEFORE.search(text, max(0, m.start - 40), m.start)
            if joined:
                # "Food and Agriculture Organization": one body's name, written with "and".
                return _as_given(text, text[joined.start(1) : m.end], lexicon), "organization"
            name = names.acronyms.get(m.name, m.name)
            if " " not in name:
                # "the Journal" after "The Wall Street Journal": the full title named before.
                name = names.full_body_name(name, m.start) or name
            return _as_given(text, name, lexicon), "organization"
    for m in mentions:
        if m.kind == "other" and _THE_NAME.match(words):
            return _as_given(
                text, words, lexicon
            ), "organization"  # "reports The Atlantic": no person is "The X"
        if m.kind == "other" and " " not in m.name:
            full = names.full_person_name(m.name, at)
            if full:
                return _as_given(text, full, lexicon), "person"
            if _common_word(text, m.name):
                continue  # "Survey respondents were asked", "Back in May, he …": a word, not a name
            if m.name in names.acronyms or reports:
                # "Recode reported in 2018 that …": an unknown name that reports is an outlet.
                return _as_given(text, names.acronyms.get(m.name, m.name), lexicon), "organization"
            body = names.longer_name_ending_with(m.name, m.start, lexicon)
            if body is not None:
                # "Southern California Edison … Edison notes that": the longer name given before, no
                # person's (it opens with no given name), is a body's.
                return _as_given(text, body, lexicon), "organization"
            return _as_given(text, m.name, lexicon), "person"
        if m.kind == "other":
            return _as_given(text, m.name, lexicon), "person"
        if m.kind == "place":
            return _as_given(text, m.name, lexicon), "organization"
    if head in WRITTEN_NOUNS:
        return _document_name(words), "document"
    return None, "unknown"


# "A report on coronavirus misinformation from the company", "Research by JPMorgan": a document noun
# with the words saying what it is about or whose it is; a trailing "from the company" names no one.
_DOCUMENT_THEN_PARTICIPLE = re.compile(
    r"(?:(?:an?|the|one|this|that|another|new)\s+)?(?P<name>(?:[\w.’'-]+\s+){0,2}?(?P<noun>[A-Za-z]+))"
    r"\s+(?:unsealed|released|published|filed|issued|obtained|seen|reviewed|posted|made\s+public|sent)\b.*",
    re.IGNORECASE,
)
_STATE_PARTY_MEMBER = re.compile(
    r"(?:the\s+)?((?:New|North|South|West|Rhode)?\s?[A-Z][a-z]+)\s+(?:Republican|Democrat)"
)
_DESCRIBED_DOCUMENT = re.compile(
    r"(?:(?:an?|the|one|this|that|another|new)\s+)?"
    r"(?P<name>(?:[\w.’'-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\s+(?:on|of|about|into|by|from)\s+"
    r"(?:[^,;:“”\"]|(?<=\d),(?=\d{3})){1,60}?)"  # "study of 96,000 patients": a digits' comma is no break
    r"(?:\s+(?:from|by)\s+(?:the|its|their)\s+[a-z]+)?",
    re.IGNORECASE,
)


# "Research by JPMorgan shows that …", "A new study found": a document that finds, opening its sentence.
_DOCUMENT_FINDS = re.compile(
    r"((?:(?:An?|The|This|That|One|Another|New)\s+)?(?:[\w.’'-]+\s+){0,3}?([A-Za-z]+)"
    r"(?:\s+(?:on|of|about|into|by)\s+[^,;:“”\"]{1,60}?)?)\s+(?:also\s+)?"
    r"(?:shows?|showed|finds|found|suggests|suggested|concludes|concluded|notes|noted|says|said)\b"
)


def _document_subject(text: str, s_start: int, limit: int) -> tuple[str, int] | None:
    """(words, position) of a document that opens the sentence as the subject of a verb of finding
    ("Research by JPMorgan shows that … “…”"), else None."""
    m = _DOCUMENT_FINDS.match(text, s_start, limit)
    if m is None or m.group(2).lower() not in _FINDINGS_NOUNS:
        return None
    return m.group(1), m.start(1)


def _described_document(words: str) -> str | None:
    """The name of a document the words describe after its noun ("report on coronavirus
    misinformation", "Research by JPMorgan"), else None."""
    if " " not in words or not any(
        p in words for p in (" on ", " of ", " about ", " into ", " by ", " from ")
    ):
        return None  # most speakers: no prepositional phrase to describe a document with
    m = _DESCRIBED_DOCUMENT.fullmatch(words.strip())
    if m is None or m.group("noun").lower() not in _FINDINGS_NOUNS:
        return None
    return m.group("name")


def _mixed_case_mention(text: str, words: str, names: NameIndex):
    """The mention writing capitalised `words` ("DEVOS") in mixed case ("DeVos") elsewhere in the text,
    when it is a person's or an unknown name, else None."""
    for m in re.finditer(rf"\b{re.escape(words)}\b", text, re.IGNORECASE):
        if m.group().isupper():
            continue
        found = [n for n in names.within(m.start(), m.end()) if n.start == m.start()]
        if found and found[0].kind in ("person", "name", "other"):
            return found[0]
    return None


def _body_named_around(text, names, at, quote_ranges):
    """The body "the agency" at `at` stands for: the last organization named before it (in a title-case
    headline, one the text names again: capitalised words glue into no body, "Third Party Candidates
    Push"), else
    the first named in the 600 characters after it (an excerpt opening "The agency also stressed …")."""
    headline_end = _title_case_headline_end(text)
    for m in names.mentions_before(at, quote_ranges):
        # A headline's name counts when the text names it again ("Reddit Cracks Down …" over "Reddit").
        if m.kind == "organization" and (m.start >= headline_end or text.find(m.name, headline_end) >= 0):
            return m
    return next(
        (
            m
            for m in names.within(at, at + 600)
            if m.kind == "organization" and not any(a <= m.start < b for a, b in quote_ranges)
        ),
        None,
    )


_TITLE_WORD = re.compile(r"[A-Za-z][a-z’'-]{3,}")


def _title_case_headline_end(text: str) -> int:
    """Where the text's first line ends when it is a title-case headline (no full stop, three quarters of
    its longer words capitalised), else 0."""
    end = text.find("\n")
    if end < 0 or text[:end].rstrip().endswith((".", "!", "?")):
        return 0
    words = _TITLE_WORD.findall(text, 0, end)
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.75 * len(words):
        return 0
    return end


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_JOINED_BODY_BEFORE = re.compile(r"(?<![\w’'])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+and\s+$")


def _person_after_role(text: str, at: int, words: str, mentions) -> object | None:
    """The person whose name ends `words` after a role noun that follows another name ("Biden
    communications director Kate Bedingfield", "Trump campaign spokesman Tim Murtaugh"); None if none."""
    persons = [m for m in mentions if m.kind == "person"]
    if len(mentions) < 2 or not persons or persons[-1] is mentions[0]:
        return None
    last = persons[-1]
    if last.end != at + len(words.rstrip()):
        return None
    between = text[mentions[mentions.index(last) - 1].end : last.start].lower()
    return last if any(_is_person_noun(w) for w in _WORDS.findall(between)) else None


_SAYS_AFTER_NAME = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|adds|wrote|writes|asked)\b")
_WORD_SHAPED = re.compile(r"[A-Z][a-z]{3,}(?:ing|ly|ed)")


# Participles that open "Having said that" and the like: never a surname before "said".
_GERUNDS_BEFORE_SAID = frozenset("Having Being Nothing Everything Something Anything Notwithstanding".split())


def _looks_like_word(text: str, name: str) -> bool:
    """A word written in lower case elsewhere in the text too ("Following" / "following")."""
    return re.search(r"(?<![\w’'-])" + re.escape(name.lower()) + r"(?![\w’'-])", text) is not None


def _common_word(text: str, name: str) -> bool:
    """Whether a lone capitalised word is a common word rather than a name: shaped like a participle or an
    adverb ("Having", "Rarely", "Asked"), or written in lower case elsewhere in the text ("Survey" /
    "the survey")."""
    shaped = _WORD_SHAPED.fullmatch(name)
    if shaped and (name in _GERUNDS_BEFORE_SAID or _looks_like_word(text, name)):
        return True
    i = text.find(name)
    while i >= 0:
        if _SAYS_AFTER_NAME.match(text, i + len(name)) and not text[i - 1 : i].isalnum():
            # "Park casually said", "Fleming said": a surname, whatever "a park bench" elsewhere or its shape
            return False
        i = text.find(name, i + 1)
    if shaped:
        return True
    low = name.lower()
    i = text.find(low)
    while i >= 0:
        before, after = text[i - 1 : i], text[i + len(low) : i + len(low) + 1]
        if not (before.isalnum() or (before and before in "’'-")) and not (
            after.isalnum() or (after and after in "’'-")
        ):
            return True
        i = text.find(low, i + 1)
    return False


_PREPOSITION_BEFORE = re.compile(r"\b(?:for|of|at|in|from|with|to)\s+(?:the\s+)?$")
_SPEAKS_FOR_BODY = frozenset(
    "spokesman spokeswoman spokesperson spokespeople spokesmen representative representatives official officials".split()
)


# Two-word titles: "the attorney general" is not any general, "the prime minister" not any minister.
_ROLE_FIRST_WORDS = frozenset("vice attorney surgeon inspector press prime deputy".split())
_REPORTED_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+|first\s+)?report(?:ed|s)\b")
_FEMALE_ROLES = frozenset(
    """spokeswoman woman mother daughter wife sister aunt niece grandmother granddaughter girlfriend
    chairwoman congresswoman businesswoman actress queen fiancée widow""".split()
)
_MALE_ROLES = frozenset(
    """spokesman man father son husband brother uncle nephew grandfather grandson boyfriend chairman
    congressman businessman actor king fiancé widower""".split()
)


def _last_speaker_goes_on(text, pronoun, at, last, names, quote_ranges) -> bool:
    """Whether "he"/"she" at `at` is the named person whose quote ended at most 600 characters before, of a
    fitting sex, with no one (person or body) named outside quotations since (places may be: "…,” Alaia
    Williams, a strategist in the Los Angeles area, told me, referring to … in Texas …. “…,” she said")."""
    if last is None or last[0] is None or last[1] != "person" or at - last[4] > 600 or not last[2]:
        return False
    if last[2].lower().split()[0] in ("he", "she", "the", "a", "an", "one", "another"):
        return False  # a pronoun or an unnamed role: left to the rules for those
    fit = "female" if pronoun == "she" else "male"
    sex = names.sex_of(last[0])
    if sex not in (fit, "either") and not (sex is None and " " in last[0]):
        return False  # the other sex, or a lone word that may be no person at all ("Democrats")
    inside = [(a, b) for a, b in quote_ranges if b > last[4] and a < at]
    return not any(
        (m.kind in ("person", "name", "organization") or (m.kind == "other" and names.is_lone_subject(m, at)))
        and not any(a <= m.start < b for a, b in inside)
        and not last[0].endswith(m.name)
        for m in names.within(last[4] + 1, at)
    )


@lru_cache(maxsize=64)
def _indefinite_role(role: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w.&’'-]+\s+){{0,6}}?{re.escape(role)})\b")


def _unnamed_role_before(text: str, role: str, at: int) -> tuple[str, int] | None:
    """(words, position) of the last person introduced by an indefinite role ("a DHS spokesperson") in
    the 1,500 characters before `at`, with no name apposed to it, else None."""
    found = None
    for m in _indefinite_role(role).finditer(text, max(0, at - 1500), at):
        if not _NAME_AFTER_ROLE.match(text, m.end()):
            found = m
    if found is None:
        return None
    return found.group(1), found.start(1)


def _unnamed_last_speaker(text, pronoun, at, last) -> tuple[str, str] | None:
    """(speaker, "person") when the last quote, ending at most 400 characters before `at`, was spoken by a
    person named only by a role ("a Treasury spokeswoman") that the pronoun's sex fits, else None."""
    if last is None or last[0] is None or last[1] != "person" or not last[2] or at - last[4] > 400:
        return None
    words = last[2].lower().split()
    if words[0] not in ("a", "an", "the", "one", "another") or not _is_person_noun(words[-1]):
        return None
    role = words[-1]
    if role in (_MALE_ROLES if pronoun == "she" else _FEMALE_ROLES) or role.endswith("s"):
        return None  # the other sex, or several people
    return last[0], "person"


_ROLE_OPENING = re.compile(
    r"The\s+((?:[A-Z][\w’'.-]*\s+){0,3}(?:[a-z]+\s+){0,2}?)([a-z]+(?:-[a-z]+)?)\b(?!['’])"
)


def _role_opening_before(text: str, at: int, names, quote_ranges) -> str | None:
    """Whom "“…” he told The Times" stands for when the quotation opens its sentence and the sentence before
    opens with a role ("The Army secretary … dodged the issue.", "The WHO’s director-general defended …"):
    the person the text titles so ("Army Secretary Mark Esper"), else the role's words. None when another
    sentence lies between or someone is named since (a possessive "Trump’s criticism" names no speaker)."""
    # Cheap gates first (this runs for every pronoun tag): the quotation's opening mark, then what precedes it.
    here = text.rfind("“", max(0, at - 600), at)
    if here < 0:
        line = text.rfind("\n", 0, at) + 1
        here = line if text[line : line + 1] == '"' else -1
    if here <= 0 or not (text[here - 1] == "\n" or text[max(0, here - 2) : here] in (". ", "? ", "! ")):
        return None
    if here != _sentence_start_before(text, at):
        return None
    before = _sentence_start_before(text, max(0, here - 2))
    if before >= here or here - before > 400:
        return None
    opening = _ROLE_OPENING.match(text, before)
    if opening is None or not _is_role_word(opening.group(2)):
        return None
    named_since = [
        m
        for m in names.within(opening.end(), here)
        if m.kind == "person" and not text.startswith(("’s", "'s"), m.end)
    ]
    if named_since:
        return None
    words = (opening.group(1) + opening.group(2)).strip()
    person = names.person_with_role(words.lower(), before, quote_ranges)
    if person is None and words.lower() != opening.group(2):
        person = None if opening.group(1)[:1].isupper() else names.person_with_role(opening.group(2), before)
    if person is not None:
        return names.person_name(person)
    return words


def _is_role_word(word: str) -> bool:
    """A job a person holds ("secretary", "director-general"), not any person noun ("man", "resident")."""
    return word in _ROLE_NOUNS or word.split("-")[0] in _ROLE_NOUNS


def _unnamed_person_opening(text: str, s_start: int, at: int) -> tuple[str, int] | None:
    """("Michigan lawmaker", its end) when the sentence opens with "A Michigan lawmaker", "An aide", "One man",
    else None."""
    tokens = text[s_start:at].split(maxsplit=4)[:4]
    if not tokens or tokens[0] not in ("A", "An", "One", "Another"):  # "One man gives … and says, “…”"
        return None
    for k in range(1, len(tokens)):
        if _is_person_noun(tokens[k].lower()):
            words = " ".join(tokens[1 : k + 1])
            end = text.find(words, s_start) + len(words)
            return words, end
    return None


_SENTENCE_END_BEFORE = re.compile(r"[.!?][”\"’']?\s+|\n")


def _sentence_start_before(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts (a rough look back, enough for its first words)."""
    last = 0
    for m in _SENTENCE_END_BEFORE.finditer(text, max(0, at - 400), at):
        last = m.end()
    return last


def _as_given(text: str, name: str, lexicon: Lexicon) -> str:
    """A speaker named as the text names them: the lexicon's form when the text writes it ("North Korea's
    KCNA news agency" → KCNA), else the words tidied ("Trump" stays Trump, "Zelenskiy" Zelenskiy):
    annotators name a speaker by the fullest form the text gives."""
    folded = canonical_entity(name, lexicon)
    if folded == name:
        return folded  # nothing to fold: the common case
    written = written_name(name, lexicon)
    # The name's loose form is not remembered: names would push the text's out of the small cache.
    if folded == written or (folded and _loose.__wrapped__(folded) in _loose(text)):
        return folded
    return written


@lru_cache(maxsize=8)
def _loose(text: str) -> str:
    return " ".join(re.sub(r"[-‐’']", " ", text.lower()).split())


def _is_person_noun(word: str) -> bool:
    """A noun for people who are not named, singular or plural ("the father", "the senators")."""
    return (
        word in _PERSON_NOUNS
        or (word.endswith("s") and word[:-1] in _PERSON_NOUNS)
        or (word.endswith("ies") and word[:-3] + "y" in _PERSON_NOUNS)  # "the signatories"
    )


# Words that date or describe a document's circulation, not what it is: "the leaked Pentagon memo", "an
# earlier KCNA report" name the Pentagon memo and the KCNA report.
_DOCUMENT_CIRCUMSTANCE = frozenset("leaked earlier latest recent new previous prior same".split())


def _document_name(words: str) -> str:
    tokens = words.strip().split()
    if len(tokens) > 3 and tokens[0].lower() == "one" and tokens[1] == "of" and tokens[-1].endswith("s"):
        # "one of the posters read": one poster.
        tokens = [tokens[-1][:-1]]
    while tokens and tokens[0].lower() in DETERMINERS:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[0].lower() in _DOCUMENT_CIRCUMSTANCE:
        tokens.pop(0)
    return " ".join(tokens)
