"""Attribution: who a figure is credited to ("according to X", "X said/estimated"), its kind, and its reach.

Pure; standard library, the lexicon and the entity helpers only.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from credence.extract.documents import DETERMINERS, OUTLET_HEADS, DocumentIndex
from credence.extract.entities import NameIndex, canonical_entity
from credence.extract.lexicon import Lexicon

PRONOUNS = frozenset("he she it they we i".split())
# Words that may stand between a subject and its verb: "officials also said", "the CDC has estimated".
# Every word opens with a letter, so the blanks before one are taken whole (\s++): a long blank run (a
# link card blanked out) was otherwise split every way at every start, some 25 ms a sentence.
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    r"(?:\s++(?:also|previously|earlier|later|recently|separately|further|has|have|had|would|will|could|"
    r"may|might|had|reportedly|publicly|officially|initially|originally|now|then|just|already|"
    r"repeatedly|first|often|still|again|once|last\s+\w+|(?:on\s+|late\s+|early\s+)?\w+day(?:\s+(?:night|morning|"
    r"afternoon|evening))?|in\s+a\s+statement|"
    r"in\s+(?:a|an|its|his|her|their)\s+\w+(?:\s+\w+)?|this\s+week|today|yesterday|separately|"
    r"privately|quietly|subsequently|ultimately|simply|even|long|consistently|so\s+far|thus\s+far|to\s+date|"
    # "has since April 10 announced", "has since March reported", "has since then confirmed".
    r"since(?:\s+(?-i:[A-Z][a-z]+)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\s+\d{4}|\s+then)?|"
    # Any other lower-case adverb ("he gleefully called"), not the nouns that end like one.
    r"(?-i:(?!(?:family|assembly|ally|rally|supply|reply|monopoly|anomaly|bully|belly|jelly|lily|holly)\b)"
    r"[a-z]{2,}ly)))+$",
    re.IGNORECASE,
)
_GOVERNING_VERB = re.compile(
    r"\s+(?:did|does|do|(?:went|goes|go|going)\s+on\s+to|(?:continued|continues|began|begins|wanted|wants|"
    r"tried|tries|declined|refused|hastened|rushed|proceeded|appeared|seemed)\s+to)$",
    re.IGNORECASE,
)
# A subject starts after one of these.
_SUBJECT_BOUNDARY = re.compile(
    # The case-sensitive look-ahead names the first letters of the words below (and the odd letters
    # IGNORECASE folds to i and s): other words are passed over without trying each case-blind word.
    r"(?:^|[,;:\[“”\"—–]|(?:^|\s)(?=(?-i:[AaBbEeIiSsTtWwYy\u0130\u0131\u017f]))(?:that|as|while|but|and|because|when|which|who|after|before|since|although|"
    r"though|where|if|whereas|so|yet|even|then)(?=\s|$))",
    re.IGNORECASE,
)
_NOUN_DETERMINERS = frozenset(
    "a an the this that its his her their our new latest recent annual final preliminary official "
    "separate previous earlier weekly daily monthly some many most several other such".split()
)
# Base and -s forms that are just as often nouns ("the report", "estimates suggest").
_NOUN_LIKE_VERBS = frozenset(
    "report reports estimate estimates claim claims find finds show shows count counts "
    "record records details notes states put puts".split()
)
_ROLE_WORDS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople representative aide adviser advisor
    expert experts analyst analysts researcher researchers scientist scientists doctor doctors source sources
    officer officers diplomat diplomats insider insiders people person someone witness witnesses resident
    residents observer observers activist activists economist economists investigator investigators
    commander commanders leader leaders minister ministers lawyer lawyers attorney attorneys colleagues
    family relatives wife husband mother father son daughter brother sister statistician statisticians
    epidemiologist epidemiologists demographer demographers forecaster forecasters scholar scholars""".split()
)
# "their lawyers said", "his wife told": people the text has in view, named or not, speaking for themselves.
_RELATED_PEOPLE = frozenset(
    "lawyer lawyers attorney attorneys colleagues family relatives wife husband mother father son daughter brother sister".split()
)
# Roles that speak for an institution: unnamed, they are anonymous officials, not vague hearsay.
_OFFICIAL_ROLES = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople representative aide aides adviser
    advisor officer officers diplomat diplomats commander commanders minister ministers secretary governor
    mayor ambassador prosecutor prosecutors president senator chancellor premier director chairman
    chairwoman""".split()
)
# Offices one person holds at a time: "the governor" is the governor named earlier.
_SINGLE_HOLDER_ROLES = frozenset(
    "governor mayor president senator chancellor premier minister secretary ambassador director chairman "
    "chairwoman commander".split()
)
_DIGIT = re.compile(r"\d")
_DATE_WORDS = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b"
    r"|\b(?:19|20)\d{2}\b"
)
_SHARE_WORDS = re.compile(r"\b(?:percent|per cent|majority|minority|plurality)\b", re.IGNORECASE)
# What follows "show", "report", "estimate" … when they are verbs: a clause or an object with a figure.
_OBJECT_OF_A_REPORT = re.compile(
    r"\s*(?:,|that|a|an|the|\$|\d|more|about|nearly|over|some|up|there|it|no|at|its|his|her|their|"
    r"only|just|fewer|less|roughly|around|almost|[A-Z]|\w+\s+(?:that|percent|people|cases))",
)
_COUNT_BY = re.compile(
    r"[^,.;]{2,60}?\b(?:count|tally|estimates?|figures|data|numbers|reckoning|study|studies|analysis|account|"
    r"accounts|surveys?|polls?|measures?)\b"
)
_TRAILING_PREPOSITION = re.compile(r"(?:\s+(?:of|from|by|in|at|on|with|for|to))+$", re.IGNORECASE)
_PAST_VERB = re.compile(r"[a-z]+ed")
_TO_INFINITIVE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|reporters|journalists|me|us|him|them|police|officials)\b)[a-z]+"
)
_CLAUSE_IN_SUBJECT = re.compile(
    r"\b[A-Z][\w’'-]*(?:\s+(?:again|also|then|later|[a-z]+ly))?\s+[a-z]{3,}ed\s+\S"
    # "The Tennessee campaign is among several closely watched races (expected to …)": a clause of its own
    r"|\s(?:is|are|was|were)\s+(?:among|one\s+of|part\s+of|in|on|at)\s"
    # "the prosecution in the Senate would likely never (find …)": a modal makes the words a clause
    r"|\s(?:would|could|will|might|should)\s+(?:[a-z]+ly\s+)?(?:never|not)?\s*$"
)
_LEADING_ADVERBS = re.compile(r"\s*(?:(?-i:[a-z]{2,}ly)\s+)+(?=(?:he|she|they|it|we|I)\b)")
_NOT_A_SUBJECT_HEAD = re.compile(
    r"(?:were|was|is|are|be|been|has|have|had|in|on|at|for|from|with|by|to|of|into|during|after|before)(?![\w&])",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    r"\s*(?i:(?:earlier|later)\s+(?:this|last)\s+\w+|last\s+\w+|this\s+\w+|on\s+(?-i:[A-Z])\w+|"
    r"in\s+(?-i:[A-Z])\w+(?:\s+\d{4})?|yesterday|today)\s+(?=[A-Z])"
)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s*$")
_PRONOUN_START = re.compile(r"(?:He|She|They|It|We|I)\b")
_COLLEAGUES = re.compile(
    r"(?:his|her|their)\s+(?:colleagues|co-authors|coauthors|team|collaborators)", re.IGNORECASE
)
_AND_COLLEAGUES = re.compile(r"\s+and\s+" + _COLLEAGUES.pattern + r"$", re.IGNORECASE)
_PARTY_OR_AGE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*|\d{1,3}")
_STARTS_AS_APPOSITIVE = re.compile(
    r"^\s*(?:(?:a|an|the|who|which|whose|its|his|her|their|one\s+of|also|now|then|"
    r"[a-z]+\s+of(?:\s+the)?)\b|"
    # A participle phrase ("the guidance, drafted in 2000 by the office of legal counsel, states").
    r"(?-i:(?:[a-z]+ed|sent|written|made|given|taken|seen|shown|known|held|built|put|set)\s+"
    r"(?:in|by|on|at|for|from|with|to|last|this|under|after|before|among|between|across|during|over)\b)|"
    # A party and state tag ("Rep. Jesus Garcia, D-Ill., said") or an age ("Stephen Breyer, 81,").
    r"[DRI]-[A-Z][A-Za-z.]*\s*$|\d{1,3}\s*$)",
    re.IGNORECASE,
)
_NP_END = re.compile(
    # "U.S. Central Command": the period of an abbreviation ("U.S.", "U.N.") does not end the source.
    # "an NBC–Wall Street Journal poll": an en dash joining two names does not end the source.
    r"[,;:!?()\[\]“”\"—]|(?<!\w)–|–(?!\w)|(?<!\b[A-Z])"
    # "according to Sen. John Cornyn": a title's period does not end the source either.
    r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bGen)(?<!\bLt)(?<!\bCol)"
    r"(?<!\bSgt)(?<!\bCapt)(?<!\bAdm)(?<!\bMaj)(?<!\bProf)(?<!\bRev)(?<!\bSens)(?<!\bReps)\.(?!\w)|\s(?=\d)|\s(?:that|which|who|whom|when|while|as|but|because|after|before|"
    r"since|if|showed|shows|show|indicate|indicates|found|said|says|there|is|are|was|were|has|have|had|will|would|could|can|"
    r"reported(?!\s+by)|"
    r"and\s+(?=\d))\b"
    # "data collected by company X-Mode to map out …": an infinitive ends the source ("Ambassador to Russia"
    # and "to the UN" do not).
    r"|\s(?=to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)(?-i:[a-z]+)\b)",
    re.IGNORECASE,
)
_PREPOSITIONAL = re.compile(
    # The look-ahead names, case-sensitively, the letters the cues below start with (with the odd letters
    # IGNORECASE folds to i and s): the engine then tries the cues only at word starts that can open one.
    r"\b(?=(?-i:[AaBbCcDdEeFfIiNnPpQqRrSsTt\u0130\u0131\u017f]))"
    r"(?P<cue>according\s+to|as\s+reported\s+by|as\s+quoted\s+by|as\s+cited\s+by|quoted\s+by|"
    r"reported\s+by|cited\s+by|citing|(?-i:per)(?=\s+(?:the\s|a\s|an\s|(?-i:[A-Z])))|based\s+on|data\s+from|figures\s+from|"
    r"statistics\s+from|numbers\s+from|estimates\s+from|tally\s+by|count\s+by|a\s+report\s+(?:by|from)|"
    # "statistics provided by state health officials", "a tally kept by Johns Hopkins": the compiler.
    r"(?:data|figures|statistics|numbers|estimates|tally|count|counts|information)\s+"
    r"(?:provided|compiled|released|published|collected|kept|gathered|maintained|reported)\s+by|"
    r"by|(?:surveyed|polled|questioned)\s+by|"
    # "From the numbers on Worldometers, 1,552 Americans …": the figures the sentence reads from.
    r"from(?=\s+(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:numbers|data|figures|statistics|tally|count)"
    r"\s+(?:on|of|at|by|from|in)\s)|"
    # "in the latest Fox News poll", "In a new Gallup survey": a cited study the figures are read in.
    r"in(?=\s+(?:a|an|the|its|their|this|that|one(?!\s+of\b)|[A-Z][\w.]*['’]s)\s+(?:[\w’'./-]+\s+){0,5}?"
    r"(?:polls?|polling|surveys?|study|studies|census)\b))\s+",
    re.IGNORECASE,
)
_NP_BREAK = re.compile(r"[,;:!?()“”\"—]")
_STUDY_NOUN = re.compile(r"\b(?:polls?|polling|surveys?|study|studies|census)\b", re.IGNORECASE)
_COMPILED_BY = re.compile(
    r"(?:provided|compiled|released|published|collected|kept|gathered|maintained|reported)\s+by$"
)
_PASSIVE_SPOKEN_IN = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+[a-z]+\s+$", re.IGNORECASE)
_SPOKEN_IN = re.compile(
    r"\b(?:said|says|wrote|writes|stated|states|found|finds|noted|notes|reported|reports|published|"
    r"released|estimated|concluded)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cue:
    """One attribution in a sentence: the source words, their kind, and the stretch of text they cover."""

    text: str
    text_start: int
    text_end: int
    kind: str
    originator: str | None
    scope_start: int
    scope_end: int
    cue_start: int  # the whole cue ("according to X", "X said") — claims inside it are not covered
    cue_end: int
    weak: bool = False  # "Polling shows", "Italy registered": yields to an explicit "according to X"
    cited: bool = False  # "…, citing X": the source a reporter relies on, which outranks the reporter


@dataclass
class AttributionContext:
    """What earlier text tells about pronouns and quotes: the cues cited so far, the quotations' spans."""

    last_cue: Cue | None = None
    documents: DocumentIndex | None = None  # antecedents for "another report", "the document"
    sentence_cues: list[Cue] = field(default_factory=list)  # cues found so far in the current sentence
    quote_spans: list[tuple[int, int]] = field(
        default_factory=list
    )  # mentions inside quotes are no antecedents


# Documents that report findings; "His statement follows the defection of two more" cites no figure.
_STUDY_NOUNS = frozenset(
    "study report survey poll analysis census audit review research investigation data findings assessment".split()
)
# A sentence whose subject is a document: "The study looked at …", "The new report, a copy of which …,".
_DOCUMENT_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|Also|However|Still),?\s+)?"
    # "Data published on Tuesday showed …": a plural or mass document noun needs no determiner.
    r"(?P<np>(?:The|This|That|Its|Their|His|Her)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)"
    r"|(?:(?:New|Recent|Latest|Preliminary|Official)\s+)?(?P<bare>Data|Figures|Statistics|Findings))(?![’'\w-])"
    r"(?=\s*,|\s+(?:[a-z]+ly\s+)?(?:also\s+)?[a-z]+(?:ed|s)\b|\s+(?:found|shows|showed|looked|covered))"
)


# A title opening with a name and a colon: "CBS: …", "Dr. Fauci: …" (not "Update: …", which names no one).
_HEADLINE_CREDIT = re.compile(
    r"[ \t]*((?:Dr\.\s+)?[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}):[ \t]+(?=\S)"
)

# Labels titles open with that name no one: "BREAKING: …", "SHOCKING: …", "Opinion: …".
_COLUMN_WORDS = frozenset(
    "roundup round-up recap briefing briefs digest wrap wrap-up update updates newsletter tracker diary".split()
)
TITLE_LABELS = frozenset(
    """breaking update updated watch exclusive shocking opinion editorial analysis video live report poll
    photos listen read explainer commentary review interview podcast factcheck new revealed confirmed
    developing urgent alert warning""".split()
) | {"fact check", "just in"}


def _only_places(mentions) -> bool:
    return bool(mentions) and all(m.kind == "place" for m in mentions)


# Title credits that are studies ("Study: …"); "Report:" and "Poll:" are labels of news items (above).
_TITLE_STUDIES = frozenset("study survey research data".split())


def attribution_cues(
    text: str, sentence: tuple[int, int], names: NameIndex, context: AttributionContext, lexicon: Lexicon
) -> list[Cue]:
    """Every attribution cue of the sentence, with the span of text each covers."""
    s_start, s_end = sentence
    cues: list[Cue] = []
    context.sentence_cues = cues
    for m in _PREPOSITIONAL.finditer(text, s_start, s_end):
        cue = _prepositional_cue(text, sentence, m, names, context, lexicon)
        if cue:
            cues.append(cue)
    for m in lexicon.attribution_verb_regex.finditer(text, s_start, s_end):
        if any(c.cue_start <= m.start() < c.cue_end for c in cues):
            continue
        cue = _verb_cue(text, sentence, m, names, context, lexicon)
        if cue:
            cues.append(cue)
    credit = _HEADLINE_CREDIT.match(text) if "\n" not in text[:s_start] else None
    if (
        credit
        and not cues
        and credit.end() <= s_end
        and credit.group(1).lower() not in TITLE_LABELS
        # "Voting Rights Roundup: …", "Morning Briefing: …": a column's name, ending in what it is.
        and credit.group(1).lower().split()[-1] not in _COLUMN_WORDS
        # "Tennessee: Hospital Got $121,000 …": a place the title is about, no source.
        and not _only_places(names.within(credit.start(1), credit.end(1)))
    ):
        # "CBS: Fairgrounds … Converted Into Detention Centers, One Arrested": a title credited to whoever
        # opens it, an outlet or a person ("Fauci: …"), the source of the title's figures.
        # "Study: Google News … 70 Percent Liberal": a study named as the title's source is a document.
        kinds = (
            ("organization", "person", "document")
            if credit.group(1).lower() in _TITLE_STUDIES
            else ("organization", "person")
        )
        cue = _whole_sentence_cue(
            credit.group(1), credit.start(1), (0, credit.end()), kinds, sentence, text, names, context, lexicon,
        )  # fmt: skip
        if cue is not None:
            cues.append(cue)
    if not cues:
        label = _speaker_label(text, s_start, names)
        if label is not None:
            # "Leslin Charles: I would focus on four main areas.": a transcript's speaker owns the paragraph.
            end = label[1] + len(label[0])
            cues.append(Cue(label[0], label[1], end, "person", label[0], s_start, s_end, label[1], end))
    subject = _DOCUMENT_SUBJECT.match(text, s_start, s_end)
    if (
        subject
        and (subject.group("noun") or subject.group("bare")).lower() in _STUDY_NOUNS
        and not any(c.cue_start <= subject.start("np") < c.cue_end for c in cues)
    ):
        # "The study looked at 315 American cities …", "The report … provided details of 52 cases": a
        # document the sentence is about is the source of its figures, whatever its verb.
        np0 = subject.start("np")
        cue = _whole_sentence_cue(
            subject.group("np"), np0, (np0, subject.end("np")), ("document",), sentence, text, names, context,
            lexicon, weak=True,
        )  # fmt: skip
        if cue is not None:
            cues.append(cue)
    return sorted(cues, key=lambda c: c.cue_start)


_SPEAKER_LABEL = re.compile(
    r"((?:[A-Z][\w.’'-]+)(?:[ \t]+[A-Z][\w.’'-]+){0,3})(?:[ \t]*\([^()\n]{1,60}\))?:[ \t]+(?=[A-Z“\"])"
)


def _speaker_label(text: str, s_start: int, names: NameIndex) -> tuple[str, int] | None:
    """(name, start) when the sentence's paragraph opens with a person's name and a colon, as a transcript or an
    interview labels who speaks ("Leslin Charles: I would …"), else None."""
    line = text.rfind("\n", 0, s_start) + 1
    if line == 0 or text.find(":", line, s_start + 1) < 0 and line != s_start:
        return None  # the title line is no transcript, and a paragraph with no colon by here has no label
    m = _SPEAKER_LABEL.match(text, line)
    if m is None or m.end() > s_start + len(m.group()) or m.group(1).lower() in TITLE_LABELS:
        return None
    inside = names.within(m.start(1), m.end(1))
    if not any(n.kind in ("person", "name") and n.end == m.end(1) for n in inside):
        return None
    if m.group(1).isupper():
        return None  # "SEE ALSO:", "LOCKDOWN POLL:" are a page's; "AMY GOODMAN:" is read as a transcript's already
    return m.group(1), m.start(1)


def _whole_sentence_cue(
    words: str,
    at: int,
    cue_span: tuple[int, int],
    kinds: tuple[str, ...],
    sentence: tuple[int, int],
    text: str,
    names: NameIndex,
    context: AttributionContext,
    lexicon: Lexicon,
    weak: bool = False,
) -> Cue | None:
    """A cue covering the whole sentence for the source `words` at `at`, when they classify as one of `kinds`."""
    kind, originator, shown, shown_start = classify_source(words, at, text, names, context, lexicon)
    if kind not in kinds:
        return None
    return Cue(
        shown, shown_start, shown_start + len(shown), kind, originator, *sentence, *cue_span, weak=weak
    )


_RELATIVE_ASIDE_OPENS = re.compile(r",\s+(?:which|who|whose)\s+[^,;:“”\"]*$")


def cues_reaching(text: str, s_start: int, pos: int, cues: list[Cue]) -> list[Cue]:
    """The cues that may cover a figure at `pos`: not those after a relative aside the figure is in.

    "As for the outbreak, which has caused more than 80,000 deaths, he said, “…”": the aside is the
    writer's own, closed before the speaker's verb, whose words are the quotation.
    """
    if not cues or ", wh" not in text[s_start:pos]:
        return cues
    aside = _RELATIVE_ASIDE_OPENS.search(text, s_start, pos)
    if aside is None:
        return cues
    closed = text.find(",", pos)
    return [c for c in cues if not (c.cue_start > pos and closed >= 0 and closed < c.cue_start)]


def cue_for(pos: int, cues: list[Cue]) -> Cue | None:
    """The cue covering position `pos`: the nearest one whose scope holds it; None inside a cue's own words."""
    if any(c.cue_start <= pos < c.cue_end for c in cues):
        return None
    holding = [c for c in cues if c.scope_start <= pos < c.scope_end]
    if not holding:
        return None
    strong = [c for c in holding if not c.weak]
    holding = strong or holding
    cited = [c for c in holding if c.cited]
    if cited and len(cited) < len(holding):
        # "Yonhap reported 10,000 troops were sent, citing the spy agency": the figure is the agency's, when
        # the source it would otherwise go to is the named reporter; "officials confirmed two deaths while
        # KHOU-TV, citing relatives, said …" keeps the officials' figure theirs.
        reporter = _nearest_cue(pos, [c for c in holding if not c.cited])
        if reporter.kind in ("organization", "person"):
            return min(cited, key=lambda c: abs(c.cue_start - pos))
        return reporter
    return _nearest_cue(pos, holding)


def _nearest_cue(pos: int, holding: list[Cue]) -> Cue:
    # Prefer a cue opening before the claim ("X said that ... N"), the nearest such; else the nearest after.
    before = [c for c in holding if c.cue_end <= pos]
    if before:
        return max(before, key=lambda c: c.cue_end)
    return min(holding, key=lambda c: c.cue_start)


_PREPOSITIONAL_CUE_RE1 = re.compile(r"[A-Za-z]")
_PREPOSITIONAL_CUE_RE2 = re.compile(r"\s*(?:And|But|So|Yet|Also|However|Still)?,?\s*")
_PREPOSITIONAL_CUE_RE3 = re.compile(r"[A-Za-z0-9]")
_PREPOSITIONAL_CUE_RE4 = re.compile(
    r"\s*,\s*(?:a|an|the|which|who|whose|its|itself|one\s+of|"
    # "…, according to Richard Gollis, president of the Concord Group.": his role, apposed.
    r"(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s+(?:of|at|for|with)(?=\s+(?:the\s+)?[A-Z]))\b(?!\s+\d)",
    re.IGNORECASE,
)


def _prepositional_cue(text, sentence, m, names, context, lexicon) -> Cue | None:
    s_start, s_end = sentence
    np_start = m.end()
    end_m = _NP_END.search(text, np_start, s_end)
    np_end = end_m.start() if end_m else s_end
    if m.group("cue").lower() == "in":
        # "in the February 2014 UT/TT Poll": the cue's look-ahead found the study; its name may hold a year.
        study = _STUDY_NOUN.search(text, np_start, s_end)
        if study and not _NP_BREAK.search(text, np_start, study.start()):
            np_end = study.end()
    words = text[np_start:np_end].split()
    if len(words) > 14:
        np_end = np_start + len(" ".join(words[:14]))
    source = _TRAILING_PREPOSITION.sub("", text[np_start:np_end].strip())
    np_end = np_start + len(text[np_start:np_end]) - len(text[np_start:np_end].lstrip()) + len(source)
    if not source or not _PREPOSITIONAL_CUE_RE1.search(source):
        return None
    cue_word = m.group("cue").lower()
    if (
        cue_word == "in"
        and _SPOKEN_IN.search(text, max(s_start, m.start() - 20), m.start())
        and not _PASSIVE_SPOKEN_IN.search(text, max(s_start, m.start() - 30), m.start())
    ):
        # "the ministry said in its survey": the speaker is the source; but "cases were reported in a
        # study published by …" cite the study.
        return None
    if cue_word == "in":
        # "in the CNN poll came in March 2017": the source ends with the study it names.
        study = _STUDY_NOUN.search(source)
        if study:
            np_end -= len(source) - study.end()
            source = source[: study.end()]
    if cue_word == "from" and text[s_start : m.start()].strip():
        return None  # only opening the sentence: "moved from the data of 2019 to …" cites nothing
    if cue_word == "by" and not _COUNT_BY.match(text, m.end(), s_end):
        return None  # only "by Johns Hopkins’ count", "by the AP’s tally"; "killed by police" is no source
    if cue_word.startswith("based on"):
        # "based on data from the CDC" cites; "based on unique budget circumstances" does not: the head noun
        # must be a document's, not any word.
        head = _head_noun(_SOURCE_LIKE_RE1.findall(source.lower()))
        if head not in lexicon.document_nouns and head.rstrip("s") not in lexicon.document_nouns:
            return None
    if cue_word.startswith(
        ("data", "figures", "statistics", "numbers", "estimates", "tally", "count", "a report")
    ) and not _COMPILED_BY.search(cue_word):
        source = text[m.start() : np_end].strip()
        np_start = m.start()
    kind, originator, shown, shown_start = classify_source(source, np_start, text, names, context, lexicon)
    before = text[s_start : m.start()]
    after = text[np_end:s_end]
    if not before.strip(" \t\"“”'‘’(") or _PREPOSITIONAL_CUE_RE2.fullmatch(before):
        scope = (np_end, s_end)  # "According to X, N ..."
    elif not _PREPOSITIONAL_CUE_RE3.search(after):
        scope = (s_start, m.start())  # "..., according to X."
    elif _PREPOSITIONAL_CUE_RE4.match(after):
        scope = (s_start, m.start())  # "..., according to X, a group comprising 11 members": an appositive
    else:
        # A parenthesis: "..., of which, according to X, more than 1,000 ..." covers its own clause.
        lead = before.rstrip()
        lead = lead[:-1] if lead.endswith(",") else lead
        comma = max(lead.rfind(","), lead.rfind(";"))
        while comma > 0 and lead[comma - 1].isdigit() and lead[comma + 1 : comma + 2].isdigit():
            comma = max(lead.rfind(",", 0, comma), lead.rfind(";", 0, comma))
        scope = (s_start + comma + 1 if comma >= 0 else s_start, s_end)
    return Cue(
        shown,
        shown_start,
        shown_start + len(shown),
        kind,
        originator,
        scope[0],
        scope[1],
        m.start(),
        np_end,
        cited=cue_word == "citing",
    )


_VERB_CUE_RE1 = re.compile(r"([\w'’]+)\s*$")
_REFLEXIVE_NEXT = re.compile(r"\s+(?:themselves|himself|herself|itself|ourselves|myself|yourself)\b")
_QUANTIFIERS_BEFORE_ADJECTIVE = frozenset(
    "a an the some more fewer most new total all its their his her of with any no many".split()
)
_NOUN_NEXT = re.compile(r"\s+(?!(?:that|by|on|in|at|to|for|as|it|this|these|those|what|how)\b)[a-z][a-z-]+\b")
_NUMBER_NEXT = re.compile(r"\s+(?:\$|€|£)?\d")
_ADDED_A_NUMBER = re.compile(
    r"\s+(?:(?:nearly|about|almost|some|another|roughly|around|over|more\s+than|at\s+least|just)\s+)?(?:\$|€|£)?\d"
)
_CLAIMED_LIVES = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|over|about|nearly|almost|some|another|the)\s+)?[\w,.]+\s+(?:more\s+)?"
    r"(?:lives|life|victims)\b",
    re.IGNORECASE,
)
_VERB_CUE_RE2 = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_VERB_CUE_RE3 = re.compile(r"\s+by\s+([^,.;:“”\"]{2,80})")
# The period of a title ("Navy Capt. Jeff Davis") does not end the source.
_AGENT_THEN_WHEN = re.compile(
    r"\s+(?:on|in|at|during|after|before|last|this|when|while|as|earlier|later|since|until|over)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[A-Z][a-z]+day|[a-z]+|\d)",
)
_VERB_CUE_RE4 = re.compile(
    r"\s+((?:the\s+|a\s+|an\s+)?(?:\b(?:Capt|Gen|Lt|Col|Sgt|Adm|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Prof|Maj|Cmdr|Rev|Jr|Sr)\.|"
    r"[^,.;:“”\"]){2,60}?)(?=[,.;:]|\s+(?:on|in|at|who|said|adding)\b|$)"
)
_VERB_CUE_RE5 = re.compile(
    r"^\s*(?:(?:to\s+)?(?:reporters|journalists|the\s+\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|him|her|them|us|"
    r"on\s+\w+|in\s+an?\s+\w+(?:\s+\w+)?|last\s+\w+|this\s+\w+|today|yesterday|earlier|later|"
    r"recently|previously)\s*,?\s*)*"
)
_VERB_CUE_RE6 = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _verb_cue(text, sentence, m, names, context, lexicon) -> Cue | None:
    s_start, s_end = sentence
    verb = m.group().lower()
    v0, v1 = m.start(), m.end()
    pre = text[max(s_start, v0 - 25) : v0]
    # "the report", "an estimate", "new claims": a noun, not a verb.
    prev_word = _VERB_CUE_RE1.search(pre)
    if verb in ("expressed", "expresses", "voiced", "voices") and not _FEELING_THAT.match(text, v1, s_end):
        return None  # "expressed thanks to …": only "expressed concern that …" states something
    if verb in ("put", "puts") and not _PUT_AT.match(text, v1, s_end):
        return None  # "put pressure on …": only "put the toll at 300" states a figure
    if verb in ("added", "adds", "add") and _ADDED_A_NUMBER.match(text, v1, s_end):
        return None  # "The economy added 164,000 jobs": what grew, no one's words
    if verb in ("say", "report") and _LIKELIER_TO.search(text, max(s_start, v0 - 90), v0):
        return None  # "Black Democrats are more likely than … to say that …": a poll's finding, no source
    if verb == "say" and prev_word and prev_word.group(1).lower() in _NOUN_DETERMINERS:
        return None  # "has a say in how 11 delegates are allocated", "the final say": a noun
    if (
        verb in _NOUN_LIKE_VERBS
        and prev_word
        and (prev_word.group(1).lower() in _NOUN_DETERMINERS or prev_word.group(1).endswith(("’s", "'s")))
        # "polling that shows 62 percent", "… that shows Trump enjoying": a relative pronoun before a verb
        # with its object.
        and not (prev_word.group(1).lower() == "that" and _OBJECT_OF_A_REPORT.match(text, v1, s_end))
    ):
        return None
    if (
        verb.endswith("ed")
        and prev_word
        and prev_word.group(1).lower() in ("a", "an", "the", "some")
        and _NUMBER_NEXT.match(text, v1, s_end)
    ):
        return None  # "an estimated 1.2 million Americans": an adjective on the number
    if (
        verb.endswith("ed")
        and prev_word
        and prev_word.group(1).lower() in _QUANTIFIERS_BEFORE_ADJECTIVE
        and _NOUN_NEXT.match(text, v1, s_end)
    ):
        return None  # "more confirmed coronavirus cases", "of reported deaths": an adjective on a noun
    if _REFLEXIVE_NEXT.match(text, v1, s_end):
        return None  # "found themselves in the midst of a crisis": no finding reported
    if verb in ("claimed", "claims", "claim", "claiming") and _CLAIMED_LIVES.match(text, v1, s_end):
        return None  # "the outbreak has claimed at least 10 lives": a toll, not a source
    if (
        verb in _NOUN_LIKE_VERBS
        and not _OBJECT_OF_A_REPORT.match(text, v1, s_end)
        # "…, the BOP plan states.": an inverted frame ending the sentence is the verb after all.
        and not (
            _ENDS_SENTENCE.fullmatch(text, v1, s_end)
            and _INVERTED_FRAME.search(text, max(s_start, v0 - 60), v0)
        )
    ):
        return None  # "a WHO report on the response", "The Disney show opened": nouns, not verbs
    if verb in ("said", "reported", "says") and _TO_INFINITIVE.match(text, v1, s_end):
        return None  # "Germany said to prepare aid": a hedge, not a source
    # Passives ("it is estimated", "were shown storming") are hedges or descriptions, not sources,
    # unless an agent follows ("was reported by Reuters").
    if _VERB_CUE_RE2.search(pre) and not verb.endswith("ing"):  # "was saying" is no passive
        by = _VERB_CUE_RE3.match(text[v1:s_end])
        if not by:
            return None
        source = by.group(1).strip()
        # "announced by Lacey on the opening day in January": the agent ends before a phrase of when.
        when = _AGENT_THEN_WHEN.search(source)
        source = source[: when.start()] if when else source
        src_start = v1 + by.start(1)
        kind, originator, shown, shown_start = classify_source(
            source, src_start, text, names, context, lexicon
        )
        return Cue(
            shown,
            shown_start,
            shown_start + len(shown),
            kind,
            originator,
            s_start,
            v0,
            v0,
            src_start + len(source),
        )
    if verb in _PARTICIPLE_CUES:
        # "a new poll showing 55%", "the result showing that": the noun phrase right before is the source.
        np = _NP_BEFORE_PARTICIPLE.search(text, s_start, v0)
        subject = (np.group(1), np.start(1)) if np else None
    else:
        # "The media was saying 66,000 deaths": a progressive's subject stands before its auxiliary.
        aux = _PROGRESSIVE_AUX.search(text, max(s_start, v0 - 24), v0) if verb.endswith("ing") else None
        subject = subject_before(text, s_start, aux.start() if aux else v0, lexicon)
    if subject is not None and _SHARE_OF_PEOPLE.match(subject[0]):
        # "nearly three-quarters of Democrats said …, while about a quarter of Republicans said the same":
        # respondents giving their answers are what a poll measured, no source of its figures.
        return None
    if subject is not None:
        published = _PUBLISHED_STUDY.search(text, max(s_start, subject[1] - 160), subject[1])
        if published:
            # "a 2016 study published in one of the pre-eminent journals, Pediatrics, found": the study,
            # not the journal that printed it.
            subject = text[published.start() : subject[1] + len(subject[0])], published.start()
    if subject is None and verb in _FINDING_VERBS:
        relative = _RELATIVE_DOCUMENT.search(text, max(s_start, v0 - 160), v0)
        if relative:
            # "releasing a report on Thursday that found 272 separations": the document the relative
            # clause is about.
            source, src_start = relative.group(1), relative.start(1)
            kind, originator, shown, shown_start = classify_source(
                source, src_start, text, names, context, lexicon, verb
            )
            # "polling that shows 40 percent …": unnamed polls are a vague source, as in the main clause.
            if kind in ("document", "vague"):
                return Cue(
                    shown, shown_start, shown_start + len(shown), kind, originator, v1, s_end, src_start, v1
                )
    if subject is None:
        # Inversion: ", said Kuzmin." / "said the official".
        inv = _VERB_CUE_RE4.match(text[v1:s_end])
        lead = text[s_start:v0].rstrip()
        if (
            inv
            and verb in ("said", "says", "added", "wrote", "told", "asked", "reported", "noted")
            and (not lead or lead[-1] in ',“”"—')
        ):
            source = inv.group(1).strip()
            src_start = v1 + inv.start(1)
            if not _source_like(source, src_start, text, names, lexicon) or (
                _DIGIT.search(source) and not _AGED.search(source)
            ):
                # "…, says at least 300 of its members have …": what is said, not who says it ("said
                # 23-year-old Ana Ruiz" is a person).
                return None
            if " " in source and source.split()[0].lower() in PRONOUNS:
                return None  # "56 percent — said they approve of …": reported speech, not ", said he."
            if source.split()[0].lower() in _WHAT_WAS_SAID:
                return (
                    None  # "Two of the three, World News and Evening News, said nothing about …": an object
                )
            kind, originator, shown, shown_start = classify_source(
                source, src_start, text, names, context, lexicon, verb
            )
            return Cue(
                shown,
                shown_start,
                shown_start + len(shown),
                kind,
                originator,
                s_start,
                s_end if lead[-1:] not in ',“”"—' else v0,
                v0,
                src_start + len(source),
            )
        return None
    source, src_start = subject
    # "'[There may be a path,' Assistant Attorney General Joseph Hunt told": a closing mark the scrape
    # left unpaired is no word of the source.
    bare_source = source.lstrip("'’‘\"“” ")
    source, src_start = bare_source, src_start + len(source) - len(bare_source)
    if not _source_like(source, src_start, text, names, lexicon):
        return None
    kind, originator, shown, shown_start = classify_source(
        source, src_start, text, names, context, lexicon, verb
    )
    lead = text[s_start:src_start].rstrip()
    after = text[v1:s_end]
    # What follows the verb: an object ("told NK News", "said on Monday") then the end → backward.
    tail = _VERB_CUE_RE5.sub("", after)
    ends_sentence = not _PREPOSITIONAL_CUE_RE3.search(tail)
    if lead.endswith(",") and _PARTICIPIAL_LEAD.fullmatch(lead):
        # "Writing for the three-judge panel, Judge Smith said …": the phrase before is what the source did,
        # not what it said.
        scope = (v1, s_end)
    elif ends_sentence and lead:
        scope = (s_start, src_start)
    elif lead.endswith((",", "”", '"', "—")) and _CONTRAST_AFTER.match(text, v1, s_end):
        # "Seven were shot in Cleveland, WOIO-TV reported, while two were killed in Baton Rouge, according
        # to …": the clause after "while" has its own source.
        scope = (s_start, src_start)
    elif lead.endswith((",", "”", '"', "—")):
        scope = (s_start, s_end)  # "500 died, officials said, adding that 200 ..." covers both sides
    else:
        scope = (v1, s_end)
    if not lead and ends_sentence:
        scope = (s_start, s_end)
    mentions = names.within(src_start, src_start + len(source))
    # A vague subject or a country ("Italy registered 500 cases") yields to an explicit "according to X".
    bare = _VERB_CUE_RE6.sub("", source)
    weak = (
        kind == "vague"
        or any(m.kind == "place" and m.text == bare for m in mentions)
        or _place_itself(bare, mentions)
    )
    return Cue(
        shown,
        shown_start,
        shown_start + len(shown),
        kind,
        originator,
        scope[0],
        scope[1],
        src_start,
        v1,
        weak,
    )


_PLACE_WORDS = frozenset("the state city county country province town of".split())


def _place_itself(words: str, mentions) -> bool:
    """Whether the words name a place and nothing else ("the state of New York"), not a body of it."""
    places = [m for m in mentions if m.kind == "place"]
    if not places or len(places) != len(mentions):
        return False
    for m in places:
        words = words.replace(m.text, " ")
    return all(w in _PLACE_WORDS for w in words.lower().split())


_LIKELIER_TO = re.compile(r"\b(?:more|less|most|least|as)\s+likely\b[^.;:]{0,60}?\bto\s+$", re.IGNORECASE)
# "put the "yes" votes at 52 percent", "puts the death toll at about 300": an estimate stated.
_PUT_AT = re.compile(
    r"\s+(?!it\b)[^,.;:]{1,60}?\s+at\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|least)\s+)*[$€£]?\d"
)
_SHARE_OF_PEOPLE = re.compile(
    r"(?:(?:only|just|nearly|almost|about|roughly|around|some|over|more\s+than|fewer\s+than|less\s+than)\s+)*"
    r"(?:\d[\d,.]*\s*(?:%|percent|per\s+cent)|(?:a|one|two|three|four)[\s-](?:half|thirds?|quarters?|fifths?)|half|"
    # "Much smaller majorities of Republicans", "a narrow majority of voters"
    r"(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,3}?(?:majorit(?:y|ies)|minorit(?:y|ies)|pluralit(?:y|ies)))\s+of\s",
    re.IGNORECASE,
)
# "expressed surprise that", "voiced concern that": a feeling about what the that-clause states.
_FEELING_THAT = re.compile(r"\s+(?:(?:deep|grave|serious|some|great|their|his|her)\s+)?[a-z]+\s+that\b")
_ENDS_SENTENCE = re.compile(r"[\s”\"’'.!?]*")
# Words opening what was said, not who said it, after an inverted verb ("said nothing about …").
_WHAT_WAS_SAID = frozenset(
    "nothing something anything everything little much more less so yes no none only too".split()
)
_INVERTED_FRAME = re.compile(
    r",\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w’'.-]+\s+){0,3}"
    # "…, real estate records show.": a bare plural of what reports, lower case.
    r"|(?-i:[a-z][\w-]*\s+){0,2}(?-i:[a-z][\w-]*s)\s+"
    # "…, WGN9 reports.": a name closing the sentence with its verb.
    r"|(?-i:[A-Z][\w’'.&-]*)(?:\s+(?-i:[A-Z][\w’'.&-]*)){0,3}\s+)$",
    re.IGNORECASE,
)
# A sentence-initial participial phrase set off by one comma ("Speaking at a rally of 3,000 supporters,").
_PARTICIPIAL_LEAD = re.compile(r"(?:[A-Z][a-z]+ing|Asked)\b(?:[^,;:“”\"]|,(?=\d))*,")
_NAME_ONLY = re.compile(r"\s*[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}\s*")
_STUDY_OF_PEOPLE = re.compile(
    r"\s*(?:(?:an?|the|this|that|its|their|[A-Z][\w.]*['’]s)\s+)?(?:[\w’'/-]+\s+){0,3}?"
    # "A poll by Gallup International of 28 countries": its maker may stand between.
    r"(?:survey|poll|study|review|analysis|census|audit)s?\s+"
    r"(?:(?:by|from|conducted\s+by)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}\s+)?of\s",
    re.IGNORECASE,
)
_FINDING_VERBS = frozenset(
    "found finds showed shows show estimated estimates concluded concludes revealed reveals counted reported "
    "indicated indicates suggested suggests".split()
)
_RELATIVE_DOCUMENT = re.compile(
    r"\b((?:(?:a|an|the|its|their|this|his|her|our)\s+)?"
    r"(?:(?!(?:to|of|in|on|at|by|for|with|from|and|or|the|a|an|that|which)\b)[\w’'/-]+\s+){0,4}?"
    r"(?:report|study|survey|poll|analysis|review|audit|investigation|census|tally|count|assessment|estimate"
    r"|data|figures|statistics|records|polling)s?)"
    r"(?:\s+(?:on|from|by|in|released|published|issued)\s+[^,;:“”\"]{0,60}?)?\s*,?\s+(?:that|which)\s+"
    r"(?:(?:was|were|is|are|has|had|have|been|also|later)\s+(?:[\w-]+\s+){0,3}?)?$",
    re.IGNORECASE,
)
_CONTRAST_AFTER = re.compile(r"\s*[,;]\s*(?:while|whereas|but|and|though|although)\s")
_PROGRESSIVE_AUX = re.compile(
    r"\s(?:was|were|is|are|(?:has|have|had)\s+been)(?:\s+(?-i:[a-z]+ly))?\s+$", re.IGNORECASE
)
_PARTICIPLE_CUES = frozenset(("showing", "finding", "indicating", "suggesting", "estimating"))
_NP_BEFORE_PARTICIPLE = re.compile(
    r"\b((?:the|a|an|this|that|its|their|his|her|new|latest|recent)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s*,?\s*$",
    re.IGNORECASE,
)


def _last(matches):
    """The last of an iterator of matches, or None."""
    tail = deque(matches, maxlen=1)
    return tail[0] if tail else None


def _last_boundary(left: str, pos: int) -> re.Match[str] | None:
    """The last subject boundary in `left` from `pos`; a comma inside a number ("80,000") is none."""
    last = None
    for m in _SUBJECT_BOUNDARY.finditer(left, pos):
        if not (
            m.group() == ","
            and left[m.start() - 1 : m.start()].isdigit()
            and left[m.end() : m.end() + 1].isdigit()
        ):
            last = m
    return last


_PRONOUN_AFTER_CLAUSE_WORD = re.compile(
    r"\b(?:how|what|when|where|why|as|which|while|because)\s+(he|she|they|we|I)\s*$", re.IGNORECASE
)


_ENDS_IN_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z’'-]+\s*$")


_COUNT_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    million millions billion dozen dozens""".split()
)
_AGED = re.compile(r"\d+-year-old")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s(?:[^.;:!?“”\"]|\.(?=\d))*$")


def subject_before(text: str, s_start: int, v0: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The subject noun phrase of the verb at v0 and its start, or None when the verb has none.

    Skips adverbs and auxiliaries ("also said", "has estimated") and an appositive between commas
    ("Joost Oliemans, an expert on the Korean People’s Army, said" → "Joost Oliemans").
    """
    left = text[s_start:v0].rstrip()
    if left.endswith(("to", "did", "does", "do")):
        # "She went on to say", "he continued to insist", "but did say": the subject of the verb the
        # infinitive or the emphatic verb hangs on (tried only where `left` ends so, to keep this cheap).
        governing = _GOVERNING_VERB.search(left, max(0, len(left) - 40))
        if governing:
            left = left[: governing.start()].rstrip()
    # Both patterns are about the end of `left`: look at its last 300 characters first (a run of adverbs
    # or a subject longer than that is not met in news text), at all of it only when nothing is found.
    between = _BETWEEN_SUBJECT_AND_VERB.search(left, max(0, len(left) - 300))
    if between:
        left = left[: between.start()]
    left = left.rstrip()
    if not left:
        return None
    b = _last_boundary(left, max(0, len(left) - 300))
    if b is None and len(left) > 300:
        b = _last_boundary(left, 0)
    seg_start = b.end() if b else 0
    segment = left[seg_start:]
    if not segment.strip():
        if left.endswith(","):
            # An appositive: ", an expert on X," between the subject and the verb.
            prev = left[:-1]
            commas = [
                i
                for i, ch in enumerate(prev)
                if ch == ","
                and not (0 < i < len(prev) - 1 and prev[i - 1].isdigit() and prev[i + 1].isdigit())
            ]
            if (
                commas
                and _NAME_ONLY.fullmatch(prev, commas[-1] + 1)
                and not _PARTY_OR_AGE.fullmatch(prev[commas[-1] + 1 :].strip())
            ):
                # "The state's largest health system, Beaumont, says": the name and the description it is
                # apposed to ("The company's chief, Tim Cook, said" is Tim Cook; the system is a body).
                bounds = list(_SUBJECT_BOUNDARY.finditer(prev[: commas[-1]]))
                d0 = bounds[-1].end() if bounds else 0
                if len(prev[d0 : commas[-1]].split()) <= 6:
                    return _without_open_bracket(prev[d0:], s_start + d0)
                return _without_open_bracket(prev[commas[-1] + 1 :], s_start + commas[-1] + 1)
            if commas and _STARTS_AS_APPOSITIVE.match(prev[commas[-1] + 1 :]):
                head_end = commas.pop()
                head_bounds = list(_SUBJECT_BOUNDARY.finditer(prev[:head_end]))
                h0 = head_bounds[-1].end() if head_bounds else 0
                head = prev[h0:head_end]
                while commas and commas[-1] == h0 - 1 and _PARTY_OR_AGE.fullmatch(head.strip()):
                    # "Adam Schiff, D-Calif., who led the inquiry, said": the name before the party tag.
                    head_end = commas.pop()
                    head_bounds = list(_SUBJECT_BOUNDARY.finditer(prev[:head_end]))
                    h0 = head_bounds[-1].end() if head_bounds else 0
                    head = prev[h0:head_end]
                words = head.split()
                # "Former Harvard Medical School professor William Haseltine, who …, said": a long
                # description may lead a name.
                if words and (len(words) <= 6 or (len(words) <= 10 and _ENDS_IN_NAME.search(head))):
                    return _without_open_bracket(head, s_start + h0)
            relative = _last(_RELATIVE_ASIDE.finditer(prev, max(0, len(prev) - 300)))
            if relative is not None:
                # "The Association of Flight Attendants, which represents employees of United, Alaska and 17
                # other airlines, says": a relative clause holding commas of its own.
                bounds = list(_SUBJECT_BOUNDARY.finditer(prev[: relative.start()]))
                h0 = bounds[-1].end() if bounds else 0
                head = prev[h0 : relative.start()]
                if head.strip()[:1].isupper() and len(head.split()) <= 6 and not _DIGIT.search(head):
                    return _without_open_bracket(head, s_start + h0)
        return None
    if (
        b is not None
        and b.group().strip().lower() == "and"
        and segment.strip()[:1].isupper()
        and _CAPITALISED_BEFORE.search(left, 0, b.start())
        and not _PRONOUN_START.match(segment.strip())
    ):
        # "a spokesman for the Colorado Department of Public Health and Environment said", "Trump and
        # Biden said": capitalised words on both sides of "and" are one subject.
        before = _last(_SUBJECT_BOUNDARY.finditer(left, 0, b.start()))
        seg_start = before.end() if before else 0
        segment = left[seg_start:]
    elif _COLLEAGUES.fullmatch(segment.strip()) and b is not None and b.group().strip().lower() == "and":
        # "Bail and his colleagues found": the named person and their team, not the team alone.
        before = _last(_SUBJECT_BOUNDARY.finditer(left, 0, b.start()))
        head_start = before.end() if before else 0
        if left[head_start : b.start()].strip()[:1].isupper():
            seg_start = head_start
            segment = left[seg_start:]
    when = _LEADING_TIME.match(segment)
    if when and segment[when.end() :].strip():
        seg_start += when.end()  # "Earlier this week Dr. Anthony Fauci surmised": the subject after the time
        segment = segment[when.end() :]
    adverbs = _LEADING_ADVERBS.match(segment)
    if adverbs and segment[adverbs.end() :].strip():
        seg_start += adverbs.end()  # "and ultimately he says": the subject after the adverbs
        segment = segment[adverbs.end() :]
    words = segment.split()
    if words and words[-1].lower() in _COUNT_WORDS:
        return (
            None  # "Klickitat had had three confirmed deaths": a participle after a count, no verb of saying
        )
    long_or_counting = len(words) > 12 or _DIGIT.search(_DATE_WORDS.sub("", segment))
    # "a poll released on July 17" is no count; "An ongoing survey of more than 80,000 people" is a source.
    study = long_or_counting and _STUDY_OF_PEOPLE.match(segment)
    if (
        len(words) > (18 if study else 12)
        or _NOT_A_SUBJECT_HEAD.match(words[0])
        or (words[-1].islower() and _PAST_VERB.fullmatch(words[-1]))  # "Daszak helped (found)"
        or (long_or_counting and not study)
        or _CLAUSE_IN_SUBJECT.search(segment)  # "Trump again reiterated lowball (estimates)": a clause
        or _SHARE_WORDS.search(segment)  # "Forty-six percent said": respondents, not a source
        or any(m.group() not in _NOUN_LIKE_VERBS for m in lexicon.attribution_verb_regex.finditer(segment))
    ):
        return None  # "a poll found 73% of Democrats said": the subject of "said" is no source
    blank = segment.find("   ", len(segment) - len(segment.lstrip()))
    if blank > 0:
        segment = segment[:blank]  # a blanked-out link card ends the name before it
    clause = _PRONOUN_AFTER_CLAUSE_WORD.search(segment)
    if clause:
        # "And this is how she described …": the pronoun the subordinate clause opens with.
        return clause.group(1), s_start + seg_start + clause.start(1)
    return _without_open_bracket(segment, s_start + seg_start)


def _without_open_bracket(words: str, at: int) -> tuple[str, int]:
    """`words` stripped, and their start; an aside's unclosed opening bracket ("(Neil Lant, a research
    fellow, said …)") is no part of the name."""
    lead = len(words) - len(words.lstrip())
    if words[lead : lead + 1] == "(" and ")" not in words:
        lead += 1
    return words[lead:].strip(), at + lead


_SOURCE_LIKE_RE1 = re.compile(r"[\w'’.-]+")


def _source_like(source: str, start: int, text: str, names: NameIndex, lexicon: Lexicon) -> bool:
    """Whether a subject can be a source: a name, a pronoun, a document, officials, experts, sources."""
    low = source.lower()
    words = _SOURCE_LIKE_RE1.findall(low)
    if not words:
        return False
    if low in PRONOUNS:
        return low not in ("i", "we")
    if names.within(start, start + len(source)):
        if any(
            m.kind in ("person", "name", "organization", "place", "other")
            for m in names.within(start, start + len(source))
        ):
            return True
    head = words[-1].rstrip("’'s") if words[-1].endswith(("’s", "'s")) else words[-1]
    return (
        head in lexicon.document_nouns
        or head in _ROLE_WORDS
        or head in _OFFICIAL_ROLES
        or head in lexicon.organization_cues
        or low in lexicon.vague_sources
        or bool(lexicon.anonymous_regex.search(low))
        or any(w in lexicon.organization_cues for w in words)
    )


_CLASSIFY_SOURCE_RE1 = re.compile(r"^(?:the|a|an)\s+")
_CLASSIFY_SOURCE_RE2 = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


# Verbs that a lone unknown name is more often a person's than a body's.
_PERSONAL_SPEECH = frozenset(
    """said says told tells added adds argued argues explained insisted recalled admitted wrote writes hinted hints
    noted notes stressed stresses emphasized emphasised acknowledged conceded highlighted""".split()
) | {"pointed out", "points out"}
# "a 2016 study published in <journal>, <name>," up to the comma before the name of the journal.
_PUBLISHED_STUDY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}(?:study|report|survey|analysis|paper|review|research|trial)\s+"
    r"(?:published|released|conducted|presented|carried\s+out)\s+(?:in|by|at)\s[^.;:“”\"]*,\s*$"
)


def classify_source(
    source: str,
    start: int,
    text: str,
    names: NameIndex,
    context: AttributionContext,
    lexicon: Lexicon,
    verb: str | None = None,
) -> tuple[str, str | None, str, int]:
    """(kind, originator, words shown, their start) for the words naming a source.

    kind: anonymous (unnamed sources/officials), document (a report, data, a statement), vague
    (news sources, analysts, reports), person (a named person or a pronoun for one), organization.
    The originator is the source folded by `canonical_entity`; None for vague sources.
    """
    low = source.lower().strip()
    low = _CLASSIFY_SOURCE_RE1.sub("", low)
    words = _SOURCE_LIKE_RE1.findall(low)
    mentions = [m for m in names.within(start, start + len(source))]
    if low in PRONOUNS:
        return _pronoun_source(low, source, start, text, names, context, lexicon)
    head = _head_noun(words)
    unnamed = source
    for m in mentions:
        if m.kind in ("organization", "name", "person"):
            # "a report by Business Insider": words of a name ("Insider") are no anonymous insiders.
            unnamed = unnamed.replace(m.text, " ")
    unnamed = " ".join(unnamed.split())  # "One senior EU official" → "One senior official"
    if lexicon.anonymous_regex.search(unnamed.lower().strip()) and not (
        head in lexicon.document_nouns and words[0] in DETERMINERS
    ):
        # "the report sent to the prime minister" is a document, whatever its postmodifier names.
        return "anonymous", canonical_entity(source, lexicon), source, start
    proper = next(
        (m for m in mentions if m.kind in ("organization", "name") and head in m.name.lower().split()), None
    )
    if head in OUTLET_HEADS and proper is not None and len(proper.name.split()) >= 2:
        # "The Wall Street Journal reported": a paper named by its title is an outlet, not a document.
        return "organization", canonical_entity(proper.name, lexicon), source, start
    if head in lexicon.document_nouns and not _bare_vague(words, lexicon):
        if len(words) == 2 and words[0] in ("one", "some") and not mentions:
            return "vague", None, source, start  # "By one study", "one estimate": no document one can look up
        if not mentions and len(words) <= 2 and words[0] in DETERMINERS and context.documents is not None:
            # "Another report detailed …": the report described before ("internal military reports signed by Kim").
            antecedent = context.documents.antecedent(start)
            if antecedent is not None:
                shown = _CLASSIFY_SOURCE_RE2.sub("", antecedent.text)
                shown_start = antecedent.end - len(shown)
                return "document", canonical_entity(shown, lexicon), shown, shown_start
        named = next((m for m in mentions if m.kind in ("organization", "person", "name", "place")), None)
        originator = (
            canonical_entity(_full_name(named, names), lexicon)
            if named
            else canonical_entity(source, lexicon)
        )
        return "document", originator, source, start
    if _bare_vague(words, lexicon) or (
        len(words) <= 4
        and words[-1] in _VAGUE_PLURALS
        # Only places ("Western", "Israeli") or a word capitalised as the sentence's first ("Labor",
        # "Health experts", whose "Health" reads as a body's word).
        and all(
            m.kind == "place"
            or (m.kind in ("other", "organization") and m.start == start and " " not in m.name)
            for m in mentions
        )
    ):
        # "Labor organizers say", "Western analysts believe": a kind of people, no one named.
        return "vague", None, source, start
    team = _AND_COLLEAGUES.search(source)
    if team and source[:1].isupper():
        # "Bail and his colleagues": the named researcher and their team.
        return "person", canonical_entity(source[: team.start()], lexicon), source, start
    if head in _RELATED_PEOPLE and words[0] in ("his", "her", "their") and not mentions:
        return "person", canonical_entity(source, lexicon), source, start
    if head in _OFFICIAL_ROLES and not any(m.kind in ("person", "name", "organization") for m in mentions):
        if source.lower().startswith("the ") and head in _SINGLE_HOLDER_ROLES:
            # "the governor said": the person named with that title before, when there is one.
            holder = names.person_with_role(head, start)
            if holder is not None:
                return "person", canonical_entity(_full_name(holder, names), lexicon), source, start
        # "the interior minister said", "the spokesman said": an official left unnamed.
        return "anonymous", canonical_entity(source, lexicon), source, start
    persons = [m for m in mentions if m.kind in ("person", "name")]
    orgs = [m for m in mentions if m.kind == "organization"]
    ends_with_person = (
        bool(persons)
        and persons[-1].end >= start + len(source.rstrip()) - 1
        # "The University of Minnesota’s Morris Kleiner": a name after a body's possessive is a person.
        and (
            persons[-1].kind == "person"
            or text[max(0, persons[-1].start - 3) : persons[-1].start] in ("’s ", "'s ")
        )
    )
    body_words = any(w in lexicon.organization_cues for w in words)
    # "Mount Sinai announced": a name no given name opens, doing what bodies do, is more often a body.
    body_like_name = (
        bool(persons)
        and persons[-1].kind == "name"
        and persons[-1].name.split(" ")[0].lower() not in lexicon.first_names
        # a verb bodies use, or none ("according to Molson Coors")
        and verb not in _PERSONAL_SPEECH
        and persons[-1].start
        <= start + 4  # the name is the whole source ("the University's Morris Kleiner" is not)
        and len(persons) == 1
        and not orgs
    )
    if (
        persons
        and not body_like_name
        and (ends_with_person or not (orgs or body_words and persons[-1].kind == "name"))
        and not any(w in lexicon.organization_cues for w in words[-1:])
    ):
        # "John Kirby", "Pentagon spokesman John Kirby": a named person, whatever body they speak for.
        name = _full_name(persons[-1] if ends_with_person else persons[0], names)
        return "person", canonical_entity(name, lexicon), source, start
    if orgs or mentions or any(w in lexicon.organization_cues for w in words):
        if orgs:
            name = names.acronyms.get(orgs[0].name, orgs[0].name)
            originator = (
                canonical_entity(name, lexicon)
                if len(orgs) == 1 and len(words) <= len(orgs[0].name.split()) + 2
                else canonical_entity(source, lexicon)
            )
        else:
            originator = canonical_entity(source, lexicon)
        other_only = (
            mentions
            and all(m.kind == "other" for m in mentions)
            and not any(w in lexicon.organization_cues for w in words)
        )
        if other_only and len(words) <= len(mentions[0].name.split()) + 1 and source[:1].isupper():
            single = mentions[0]
            if " " not in single.name:
                full = names.full_person_name(single.name, start)
                if full:
                    return "person", canonical_entity(full, lexicon), source, start
                if (
                    verb in _PERSONAL_SPEECH
                    and not single.name.isupper()
                    and source[:4].lower() != "the "
                    and not _has_staff(text, single.name)
                ):
                    # "Khalaf said", "Scott told reporters": a surname; outlets and companies report.
                    return "person", canonical_entity(single.name, lexicon), source, start
                # A lone unknown name ("The Verge reported") is more often an outlet or a company.
                return "organization", canonical_entity(single.name, lexicon), source, start
            return "person", canonical_entity(single.name, lexicon), source, start
        return "organization", originator, source, start
    return "vague", None, source, start


# Roles and people only a body has: "Target chairman and CEO Brian Cornell", "Acme's spokeswoman".
_STAFF_AFTER = r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:chairman|chairwoman|ceo|chief|president|spokes(?:man|woman|person)|executives?|employees|workers|stores|shares|shareholders|founder|board)\b"


_STAFF_AFTER_RE = re.compile(_STAFF_AFTER, re.IGNORECASE)


def _has_staff(text: str, name: str) -> bool:
    """Whether the text names `name`'s chairman, spokesman, employees or stores: a body, not a person."""
    # Each mention of the name, then the staff words after it: one compiled pattern for every name.
    at = text.find(name)
    while at >= 0:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) and _STAFF_AFTER_RE.match(
            text, at + len(name)
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _full_name(mention, names: NameIndex) -> str:
    if mention.kind in ("person", "name") and " " not in mention.name:
        return names.full_person_name(mention.name, mention.start) or mention.name
    if mention.kind == "organization" and mention.name in names.acronyms:
        return names.acronyms[mention.name]
    return mention.name


def _head_noun(words: list[str]) -> str:
    """The head of a noun phrase: the last word before a postmodifier ("report from the team")."""
    for i, w in enumerate(words):
        if (
            w
            in (
                "from",
                "by",
                "to",
                "of",
                "in",
                "at",
                "on",
                "with",
                "for",
                "who",
                "that",
                "which",
                "signed",
                "issued",
                "published",
                "released",
                "sent",
                "made",
                "submitted",
                "prepared",
                "obtained",
                "seen",
                "close",
                "familiar",
                "compiled",
                "created",
                "collected",
                "gathered",
                "produced",
                "maintained",
                "kept",
                "conducted",
                "commissioned",
                "funded",
                "posted",
                "shared",
                "analyzed",
                "analysed",
                "provided",
                "cited",
                "developed",
                "designed",
                "built",
                "launched",
                "taken",
            )
            and i
            # "a newly released Marist poll": a participle before its noun modifies it, no postmodifier.
            and not (words[i - 1].endswith("ly") and words[i - 1] not in _NOUNS_IN_LY)
            and words[i - 1] not in ("a", "an", "the", "this", "that", "its", "their", "his", "her", "new")
        ):
            return _singular_possessive(words[i - 1])
    return _singular_possessive(words[-1]) if words else ""


# Nouns that end like adverbs: "a tally kept by Johns Hopkins" is no "newly released" poll.
_NOUNS_IN_LY = frozenset("tally rally ally family assembly supply monopoly anomaly italy".split())


def _singular_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("’s", "'s")) else word


_VAGUE_PLURALS = frozenset(
    """analysts experts observers critics commentators pundits scientists researchers economists historians
    witnesses residents activists organizers organisers advocates campaigners supporters opponents
    protesters doctors nurses scholars academics insiders watchers defenders detractors""".split()
)


def _bare_vague(words: list[str], lexicon: Lexicon) -> bool:
    """ "news sources", "some analysts", "media reports": no one named."""
    trimmed = [
        w
        for w in words
        if w
        not in (
            "some",
            "many",
            "several",
            "other",
            "recent",
            "local",
            "unconfirmed",
            "published",  # "according to published reports": no report named
            "various",
            "multiple",
            "numerous",
            "independent",
            "most",
            "a",
            "few",
        )
    ]
    return " ".join(trimmed) in lexicon.vague_sources or " ".join(words) in lexicon.vague_sources


_SENTENCE_BREAK_IN = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]|\n")
_SUBJECT_VERB_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?[a-z]{3,}(?:ed|s)?\b")


def _place_subject_before(text: str, start: int, names: NameIndex):
    """The place heading the clause before an "it" in the same sentence ("Florida set a record when it
    posted …"), or None."""
    for m in reversed(names.within(max(0, start - 150), start)):
        if _SENTENCE_BREAK_IN.search(text, m.end, start):
            return None
        if (
            m.kind == "place"
            and _SUBJECT_VERB_AFTER.match(text, m.end)
            and not text[max(0, m.start - 4) : m.start].strip().lower().endswith(("in", "of", "to", "at"))
        ):
            return m
    return None


def _pronoun_source(
    pronoun: str,
    source: str,
    start: int,
    text: str,
    names: NameIndex,
    context: AttributionContext,
    lexicon: Lexicon,
) -> tuple[str, str | None, str, int]:
    """A pronoun stands for the last person named before it ("he"), or the last body or document cited ("it")."""
    if pronoun in ("he", "she"):
        person = names.person_for_pronoun(pronoun, start, context.quote_spans)
        if person:
            name = names.person_name(person)
            return "person", canonical_entity(name, lexicon), person.text, person.start
    if pronoun == "it":
        # The body or document cited last: earlier in this sentence, else in the sentences before.
        earlier = [
            c for c in context.sentence_cues if c.cue_end <= start and c.kind in ("organization", "document")
        ]
        if not earlier:
            place = _place_subject_before(text, start, names)
            if place is not None:
                # "Florida set a national record when it posted 15,300 cases": the place the sentence is
                # about, its government reporting.
                return "organization", canonical_entity(place.name, lexicon), place.text, place.start
        cited = earlier[-1] if earlier else context.last_cue
        if cited is not None and cited.kind in ("organization", "document"):
            return cited.kind, cited.originator, cited.text, cited.text_start
        org = names.last_of_kind(start, ("organization",), context.quote_spans)
        if org:
            return (
                "organization",
                canonical_entity(names.acronyms.get(org.name, org.name), lexicon),
                org.text,
                org.start,
            )
    if pronoun == "they" and context.last_cue is not None and context.last_cue.kind != "person":
        return context.last_cue.kind, context.last_cue.originator, source, start
    if pronoun == "they" and context.last_cue is None:
        # "A survey by Zipperer and his colleague Elise Gould … For every 10 people, they show, …": with
        # no source cited yet, "they" are the people (else the body) named in the text just before.
        named = [
            m
            for m in names.within(max(0, start - 300), start)
            if (m.kind in ("person", "organization") or (m.kind == "name" and " " in m.name))
            and not any(a <= m.start < b for a, b in context.quote_spans)
        ]
        persons = [m for m in named if m.kind != "organization"]
        if persons:
            return "person", canonical_entity(names.person_name(persons[-1]), lexicon), source, start
        if named:
            org = named[-1]
            return (
                "organization",
                canonical_entity(names.acronyms.get(org.name, org.name), lexicon),
                source,
                start,
            )
    return "vague", None, source, start
