"""Numeric expressions in a sentence: value, interval, qualifier and unit; dates, years, ages, times, ids dropped.

Pure; standard library only. Offsets are into the full text the caller passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from credence.extract.entities import NOT_NAME_WORDS

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_VALUES = {**SCALES, "dozen": 12}  # "2 dozen": a scale word after digits
SHORT_SCALES = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "t": 1e12,
}
# Vague plurals: the least the words allow is two of the unit ("dozens" → 24, "thousands" → 2000).
VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2e3,
    "millions": 2e6,
    "billions": 2e9,
    "trillions": 2e12,
    "tens of thousands": 2e4,
    "hundreds of thousands": 2e5,
    "tens of millions": 2e7,
    "hundreds of millions": 2e8,
    "tens of billions": 2e10,
    "hundreds of billions": 2e11,
    "tens of trillions": 2e13,
    "hundreds of trillions": 2e14,
}
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "A$": "AUD",
    "C$": "CAD",
    "HK$": "HKD",
    "₩": "KRW",
    "₽": "RUB",
}
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rubles": "RUB",
    "roubles": "RUB",
    "yen": "JPY",
    "rupees": "INR",
    "won": "KRW",
    "francs": "CHF",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}
TIME_UNITS = frozenset(
    """second seconds minute minutes min mins hour hours hr hrs day days week weeks weekend weekends month
    months year years yr yrs decade decades century centuries night nights fortnight fortnights
    morning mornings evening evenings semester semesters quarter quarters season seasons terms""".split()
)
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

_WORD_NUMBER = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE_WORD = "hundred|thousand|million|billion|trillion"
# Nouns a number in words may be hyphenated to and still count ("a two-floor space", "six-feet", "a
# nine-member board"); other hyphenated words make a name or an adjective ("one-sided", "five-year").
_COMPOUND_NOUNS = (
    "person|people|member|judge|bed|bedroom|seat|room|story|storey|floor|foot|feet|mile|acre|square"
)
# Digits first; the word branches only at a word start whose letter can open a number word, so the
# engine skips most positions after two cheap checks.
_ATOM = re.compile(
    rf"""(?P<digits>(?<![\w.,])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]\d)|(?<![\w.,+-])(?<!\d[ ])\d{{1,3}}[ ]\d{{3}}(?=[ ][a-z])|(?<![\w.,])\d+(?:\.\d+)?(?![\d,]\d))
    |(?<![\w-])(?=[abdefhmnostz])(?:
     (?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions|trillions)|dozens|scores(?=\s+of\s+(?![\d$]))|
         hundreds|thousands|millions|billions|trillions)
    |(?P<fuzzy>(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:{_SCALE_WORD}|dozen)s?(?:\s+(?:{_SCALE_WORD}))?)
    |(?P<words>(?:(?:a|an)\s+(?:half[\s-]+|quarter[\s-]+)?(?=(?:{_SCALE_WORD}|dozen)\b)|half\s+a\s+(?=(?:{_SCALE_WORD}|dozen)\b))?
         (?:{_WORD_NUMBER}|{_SCALE_WORD}|dozen)(?:(?:\s+|-)(?:and\s+)?(?:{_WORD_NUMBER}|{_SCALE_WORD}|dozen)\b)*
         (?:(?![\w-])|(?=-(?:{_COMPOUND_NOUNS})\b))))
    """,
    re.VERBOSE,
)  # matched against lower-cased text: much faster than IGNORECASE
_ATOM_ANY_CASE = re.compile(_ATOM.pattern, re.VERBOSE | re.IGNORECASE)
# Where a number may start: a digit, or the first word of a number in words. Cheap to scan a whole text
# with; the full pattern above then runs anchored at these positions only.
# Where a number may start: a digit, or the first word of a number in words. Cheap to scan a whole text
# with; the full pattern above then runs anchored at these positions only.
_NUMBER_WORD_START = (
    r"one|t(?:wo|hree|en|welve|hirt(?:een|y)|wenty|housands?|rillions?|ens\s+of)|"
    r"f(?:our(?:teen)?|ive|ifteen|ifty|orty)|s(?:ix(?:teen|ty)?|even(?:teen|ty)?|cores\s+of|everal\s)|"
    r"e(?:ight(?:een|y)?|leven)|nine(?:teen|ty)?|hundreds?|millions?|billions?|dozens?|zero|"
    r"an?\s+(?:half[\s-]+|quarter[\s-]+)?(?:hundred|thousand|million|billion|trillion|dozen|few|couple)|half\s+a\s"
)
_CANDIDATE = re.compile(rf"\d|(?<![a-z])(?:{_NUMBER_WORD_START})")
# The same starts found faster: a scan that opens with one character class skips in C to the next
# character that is no lower-case letter (a digit, or what stands before a word), about one in five.
# Of the digits it keeps only those that can open a number (`_ATOM` needs no word character, period or
# comma before one): "10,000" is one start, not five.
_NOT_A_LETTER = re.compile(
    rf"[^a-z](?:(?=[abdefhmnostz])(?=(?P<word>{_NUMBER_WORD_START}))|(?<=\d)(?<![\w.,]\d))"
)
_NUMBER_WORD_AT = re.compile(_NUMBER_WORD_START)


@lru_cache(maxsize=1)
def _lowered(text: str) -> str:
    # Remembered for the last text: `number_starts`, `multipliers` and `fractions` each lower the whole
    # article, one after the other, and lowering a text with curly quotes is no cheap copy.
    return text.lower()


def lowered_same_length(text: str) -> str:
    """`text` in lower case, offsets kept: the rare characters whose lower case is longer stay as they are."""
    lowered = _lowered(text)
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def number_starts(text: str) -> list[int]:
    """Sorted offsets in `text` where a numeric expression may start (a superset; see `quantities`).

    The offsets of `_CANDIDATE.finditer` (non-overlapping: a digit or a word inside a number word just
    found is no new start) where `_ATOM` may match, found by `_NOT_A_LETTER`: digits inside a number
    ("0,000" of "10,000", "7" of "G7") are left out, as no figure starts there.
    """
    lowered = lowered_same_length(text)
    first = _NUMBER_WORD_AT.match(lowered)
    starts = [0] if first else []
    until = first.end() if first else 0  # the end of the last number word found
    for m in _NOT_A_LETTER.finditer(lowered):
        at = m.start()
        if at >= until and lowered[at].isdecimal():  # what \d matches
            starts.append(at)
        word_end = m.end("word")
        if word_end >= 0 and at + 1 >= until:
            starts.append(at + 1)
            until = word_end
    return starts


_SCALE_AFTER = re.compile(
    # "120 [thousand deaths]": an editor's bracket supplying the scale.
    # "US$800 Mln", "5 bln euros": a wire's abbreviation, spaced off too.
    rf"(?:\s+|-|\s\[)?(?P<scale>{_SCALE_WORD}|dozen)\b|(?:\s(?=(?i:mln|bln|trn)\b))?"
    r"(?P<short>mn|mln|bn|bln|tn|trn|[mMkKbBT])(?![\w])",
    re.IGNORECASE,
)
_DEGREES_AFTER = re.compile(r"\s?°\s?[CF]?\b|\s?°")
_PERCENT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b|pct\b)|\s+(?P<pp>percentage\s+points?|points?\s+percentage)\b",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(
    r"(?:US\$|HK\$|A\$|C\$|[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|INR|CAD|AUD|RUB|SEK|NOK|DKK)\s?)$"
)
_CURRENCY_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)

_QUALIFIERS_BEFORE = [
    (
        "lower_bound",
        "more than|over|at least|upwards of|upward of|in excess of|above|exceeding|no fewer than|"
        "no less than|not less than|well over|well above|just over|just above|north of|greater than|higher than|"
        "larger than|bigger than|never fell below|never dropped below|never dipped below|never went below|"
        "a minimum of|at minimum|as few as|as little as|topped|surpassed|exceeded|eclipsed|crossed|"
        "tops|surpasses|surpassing|exceeds|eclipses|crosses|exceed|surpass|passed|passes|passing|top|past|"
        "more than an estimated|over an estimated|at least an estimated|beyond",
    ),
    (
        "upper_bound",
        "less than|fewer than|lower than|under|below|up to|as many as|as much as|at most|no more than|"
        "not more than|nearly|almost|close to|just under|just below|a maximum of|at the most|shy of|"
        "as high as|as large as|upto|nearly an estimated|almost an estimated|approaching|nearing|approaches|"
        "nears|closing in on|approaching a full|nearing a full|approached|neared|closed in on|within|"
        "heads toward|heads towards|headed toward|headed towards|heading toward|heading towards",
    ),
    (
        "approx",
        "about|around|approximately|approx\\.|roughly|some|an estimated|estimated|circa|c\\.|ca\\.|"
        "an average of|on average|in the region of|on the order of|in the order of|more or less|"
        "give or take|just about|somewhere around|an approximate|approximate|roughly about|"
        "around about|something like|upward of about|an estimated total of",
    ),
]
# The last words of the cues: a number whose preceding word (past "the" and a currency sign) is none of
# them has no qualifier, and most numbers are found so without running the pattern below.
_QUALIFIER_LAST_WORDS = frozenset(
    phrase.split()[-1].replace("\\", "").lower()
    for _, words in _QUALIFIERS_BEFORE
    for phrase in words.split("|")
)
_WORD_TAIL = re.compile(r"[\w.]+$")
# One pattern for the three kinds (one scan, not three): the cue ends right before the number, so the
# match found first is the longest cue.
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<{label}>{words})" for label, words in _QUALIFIERS_BEFORE)
    # ("at least a 1,000 supporters": an article slipped before the digits)
    + r")\s+(?:the\s+|another\s+|an\s+additional\s+|a\s+)?(?:(?:US|HK|A|C)?\$|[€£¥₹₩₽])?$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"\s*(?P<lower>or\s+more|or\s+higher|or\s+above|or\s+greater|and\s+up|and\s+above|and\s+counting|-?plus\b|\+)"
    r"|\s*(?P<upper>or\s+fewer|or\s+less|or\s+lower|or\s+under|at\s+most|max)\b"
    r"|\s*(?P<approx>or\s+so|odd\b|-odd\b|give\s+or\s+take)",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(
    r"(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+and\s+|\s+or\s+)(?:(?:US\$|[$€£¥])\s?)?(?=[\d]|(?:"
    + _WORD_NUMBER
    + r")\b)",
    re.IGNORECASE,
)
_CHANGE_VERBS = re.compile(
    r"\b(?:rose|rise|rising|rises|increased?|increasing|increases|fell|fall|falling|falls|jumped|jump|jumps|"
    r"grew|grow|grows|growing|climbed|climb|climbs|dropped|drop|drops|declined?|declines|declining|"
    r"decreased?|decreases|went|go|going|goes|up|down|changed?|raised?|lowered?|cut|cuts|slashed|boosted|"
    r"doubled|tripled|surged|soared|plunged|plummeted|tumbled|swelled|shrank|shrunk|spiked|expanded|"
    r"moved|revised|reduced|ballooned|leapt|leaped|skyrocketed|dipped|slipped|sank|edged|crept|"
    r"upgraded|downgraded|bumped|hiked)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_SCORE_WORDS = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beating|defeat|defeated|defeats|lost|lose|loses|losing|victory|"
    r"game|games|match|score|scored|tie|tied|draw|drew|lead|led|leads|innings|inning|quarter|half|halftime|"
    r"overtime|vote|votes|voted|ruling|decision|majority|margin|record|season|series|playoff|final|"
    r"touchdown|goals?|runs?|sets?)\b",
    re.IGNORECASE,
)
# "deaths would number 500,000", "expected to number 2,000": the verb "number", no identifier.
_NUMBER_VERB_BEFORE = re.compile(
    r"\b(?:would|could|will|may|might|can|should|must|to|did|does|do|now)\s+(?:\w+ly\s+)?number\s+$",
    re.IGNORECASE,
)
_ID_PREFIX = re.compile(r"(?:\bNo\.?|\bno\.|#|\bnumber|\bNumber|\bNos\.?|\bNo)\s*$")
_AGE_BEFORE = re.compile(
    # Gated by first letter, case-sensitively: the case-blind words are slow to try at every word.
    r"\b(?=(?-i:[AaBbCcDdLlOoRrTtUuYy]))(?:aged?|ages|age of|aged between|at age|by age|until age|(?:live[sd]?|living)\s+(?:to|past)(?:\s+at\s+least)?|"
    r"turn(?:s|ed|ing)?|retir(?:e|es|ed|ing)\s+at|claim(?:s|ed|ing)?\s+at|(?:younger|older)\s+than|(?:died|dies|dead)\s+at)\s*$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^(?:-|\s)(?:years?|yrs?|months?|weeks?|days?)(?:-|\s)old\b|^-(?:year|month)-olds?\b|^\s+years?\s+of\s+age\b|"
    # "are 65 and older", "those 18 or younger": an age threshold.
    r"^\s+(?:and|or)\s+(?:older|over|above|up|younger|under)\b",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    # "from 4 or 5 p.m.", "between 9 and 11 a.m.": the first hour of two takes the second's clock.
    r"^(?:\s+(?:or|to|and)\s+\d{1,2}(?=(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z]))|"
    r":\d\d|\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock|GMT|UTC|ET|EST|EDT|PST|PDT|CST|CDT|BST|CET|CEST|JST|KST|"
    r"local\s+time|hrs\b|h\b))(?![a-z])",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(rf"^(?:st|nd|rd|th)?,?\s+(?:of\s+)?{MONTH_RE}(?![a-z])", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"(?<![A-Za-z]){MONTH_RE}\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?$")
_SHARE_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|before|after|during|of|from|through|thru|the|year|years|early|late|at|"
    r"mid|summer|spring|fall|autumn|winter|fiscal|fy|circa|and|to|between|election|census|around|"
    r"about|its|his|her|their|our|this|that|whose|season|class|since|c\.|a|an|on|for|with|using|under|per|"
    # "the most successful 2018 candidates", "upcoming 2020 races": an adjective makes it a modifier.
    r"most|many|other|previous|past|next|last|upcoming|recent|new|first|former|future|prospective|"
    r"democratic|republican|presidential|midterm|primary|successful|[a-z]+est|younger|older|remaining|"
    r"leading|top|major|declared|likely|potential|possible|fellow|eventual|current|incumbent|rival|"
    # "the six 2020 candidates": a count before it makes the year a modifier.
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+|['’]s\s+|[-–(/]|^)$",
    re.IGNORECASE,
)
# The same, tried from the end of the text before the year back (where the word usually is), not from
# its start: only whether it is there counts.
_YEAR_CONTEXT_AT_END = re.compile(rf"(?s:.*)(?:{_YEAR_CONTEXT_BEFORE.pattern})", _YEAR_CONTEXT_BEFORE.flags)
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?!(?:nearly|roughly|approximately|only|exactly|merely|barely|fully|easily|reportedly|allegedly|"
    r"possibly|probably|likely|initially|originally|officially|additional|total|original|critical)\b)"
    r"(?:[a-z]+(?:ly|ic|al|ful|ous|ive)|big|key|huge|hot|crucial|contested|disputed|infamous|notorious)\s+$"
)
_YEAR_SPAN_BEFORE = re.compile(r"\b1[5-9]\d\d[-–]$|\b20\d\d[-–]$")
_STREET_AFTER = re.compile(
    r"^\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|"
    r"Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Square|Sq|Plaza|Terrace|Circle|Pike|Trail|"
    r"street|avenue|road|boulevard|drive|lane|place|court|parkway|highway|square|plaza|terrace)\b"
)
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[.-]\d{4}\b|\b1[.-]\d{3}[.-]\d{3}[.-]\d{4}\b|\b\d{3}-\d{4}\b"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}/\d{1,2}\b|\b\d+/\d+\b")
_URLISH = re.compile(r"\S*(?:https?://|www\.|\.com|\.org|\.gov|\.net|@|/)\S*")
_ALLOWED_SUFFIX = re.compile(
    r"^(?:mn|mln|bn|tn|trn|[mkb]|km2|km|kg|mph|ft|lbs?|mg|ml|cm|mm|gw|mw|kw|kwh|sq|x|%)(?![a-z])",
    re.IGNORECASE,
)
_FRACTION_AFTER = re.compile(
    r"^[-\s](?:thirds?|quarters?|halves|half|fifths?|tenths?|fourths?)\b", re.IGNORECASE
)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)


class Quantity(NamedTuple):
    """One numeric expression: its offsets (with qualifier), the numeral's offsets, interval and unit.

    A named tuple: cheaper to build than a frozen dataclass, and as immutable.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    written_in_words: bool
    text: str


_WORD_NUMBER_VALUE_RE1 = re.compile(r"[\s-]+")


def word_number_value(words: str) -> float | None:
    """The value of a number written in words ("two hundred and fifty" → 250, "a dozen" → 12)."""
    tokens = [t for t in _WORD_NUMBER_VALUE_RE1.split(words.lower()) if t and t != "and"]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    if tokens[0] in ("a", "an"):
        current, seen, i = 1.0, True, 1
    elif tokens[:2] == ["half", "a"]:
        current, seen, i = 0.5, True, 2
    if i < len(tokens) and tokens[i] in ("half", "quarter"):
        current, seen, i = (0.5 if tokens[i] == "half" else 0.25), True, i + 1
    for t in tokens[i:]:
        if t in UNITS:
            current += UNITS[t]
        elif t in TENS:
            current += TENS[t]
        elif t == "dozen":
            current = (current or 1) * 12
        elif t == "hundred":
            current = (current or 1) * 100
        elif t in SCALES:
            total += (current or 1) * SCALES[t]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def digits_value(text: str) -> float:
    """The value of digits with thousands separators: commas, or one space ("177 160 confirmed cases", a
    style of outlets abroad, read only before a lower-case word, so table cells and phone numbers stay apart)."""
    return float(text.replace(",", "").replace(" ", ""))


def quantities(text: str, start: int, end: int, candidates: Sequence[int] | None = None) -> list[Quantity]:
    """Every numeric expression between `start` and `end` of `text` that can be a figure.

    Drops dates, years, times, ages, durations, ordinals, phone numbers, street numbers, scores,
    numbers glued to names ("COVID-19", "G7", "Section 230", "Boeing 737") and list markers.
    Interval rules: exact and approx give low = high; lower_bound gives high = None; upper_bound
    gives low = None; vague plurals give low = twice the unit and high = None; ranges give both.
    `candidates` are text offsets where a number may start (`number_starts`), sorted; found if None.
    """
    sentence = text[start:end]
    lowered = lowered_same_length(sentence)
    if candidates is None:
        candidates = [start + m.start() for m in _CANDIDATE.finditer(lowered)]
    blocked = _blocked_spans(sentence) if candidates else []
    found: list[Quantity] = []
    consumed_until = -1
    for pos in candidates:
        if pos < start or pos >= end or pos - start < consumed_until:
            continue
        # Anchored at a candidate start: cheaper than scanning every position of the sentence.
        m = _ATOM.match(lowered, pos - start)
        if m is None:
            continue
        if any(b0 <= m.start() < b1 for b0, b1 in blocked):
            continue
        q = _quantity(sentence, m)
        if q is None:
            continue
        consumed_until = q[1]
        s, e, ns, ne, value, low, high, qualifier, unit, in_words = q
        found.append(
            Quantity(
                start + s,
                start + e,
                start + ns,
                start + ne,
                value,
                low,
                high,
                qualifier,
                unit,
                in_words,
                sentence[s:e],
            )
        )
    return found


_MULTIPLIER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand"
_MULTIPLIER = re.compile(
    # Gated by first character, case-sensitively: the case-blind words are slow to try at every position.
    r"(?=(?-i:[\dAaEeFfHhMmNnOoRrSsTtUu\u017f]))"
    r"(?:(?P<q>nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|up\s+to)\s+)?"
    r"(?:(?P<num>\d[\d,]*(?:\.\d+)?)\s?[-‐]?\s?fold\b"
    rf"|(?P<wf>{_MULTIPLIER_WORDS})[-‐]?fold\b"
    rf"|(?P<num2>\d[\d,]*(?:\.\d+)?|{_MULTIPLIER_WORDS}|one)\s+times\s+"
    r"(?:higher|lower|more|less|fewer|greater|larger|bigger|smaller|faster|slower|as|that\s+of|"
    r"the\s+(?:[a-z]+\s+)?(?:rate|number|size|level|amount|average|total|population|figure|cost|risk))\b"
    r"|(?P<tw>twice|thrice)\s+(?:as|the)\s+)",
    re.IGNORECASE,
)
_MULTIPLIER_QUALIFIER = {
    "nearly": "upper_bound", "almost": "upper_bound", "up to": "upper_bound",
    "more than": "lower_bound", "over": "lower_bound", "at least": "lower_bound",
}  # fmt: skip


def multipliers(text: str, start: int, end: int) -> list[Quantity]:
    """Ratios between two figures: "a 400-fold rise", "a tenfold increase", "13 times higher",
    "twice as likely". Unit "times", so they are never compared with counts of anything."""
    found: list[Quantity] = []
    matches: list[re.Match[str]] = []
    # The full pattern tried at every position is slow; its anchor words are rare, so look near them.
    low = _lowered(text[start:end])
    anchors: list[int] = []
    for word in ("fold", "times", "twice", "thrice"):
        i = low.find(word)
        while i >= 0:
            anchors.append(start + i)
            i = low.find(word, i + 1)
    for a in sorted(anchors):
        if matches and matches[-1].end() > a:
            continue
        for m in _MULTIPLIER.finditer(text, max(start, a - 40), min(end, a + 40)):
            if m.start() <= a < m.end():
                matches.append(m)
                break
    found += _colon_ratios(text, start, end, low)
    found += _doublings(text, start, end, low)
    for m in matches:
        raw = m.group("num") or m.group("num2") or m.group("wf") or m.group("tw")
        low_raw = raw.lower()
        if low_raw in ("twice", "thrice"):
            value = 2.0 if low_raw == "twice" else 3.0
        elif raw[0].isdigit():
            value = digits_value(raw)
        else:
            value = word_number_value(low_raw) or 0.0
        if value <= 1:
            continue  # "one times": no ratio
        word = (m.group("q") or "").lower()
        word = " ".join(word.split())
        qualifier = _MULTIPLIER_QUALIFIER.get(word, "approx" if word else "exact")
        low = None if qualifier == "upper_bound" else value
        high = None if qualifier == "lower_bound" else value
        group = next(g for g in ("num", "num2", "wf", "tw") if m.group(g))
        ns = m.start(group)
        end_at = m.end() if group != "tw" else m.end(group)
        if m.group("num2"):
            end_at = ns + len(raw) + len(" times")
        found.append(
            Quantity(
                m.start(),
                end_at,
                ns,
                ns + len(raw),
                value,
                low,
                high,
                qualifier,
                "times",
                not raw[0].isdigit(),
                text[m.start() : end_at],
            )
        )
    return found


# "nearly doubling", "had more than doubled to 65%", "roughly triple the totals": a multiplier in a verb.
_DOUBLING = re.compile(
    r"(?:(?P<q>nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|up\s+to)\s+)?"
    r"(?<![\w-])(?P<w>(?:doubl|tripl|quadrupl)(?:ed|ing)|(?:double|triple|quadruple)(?=\s+(?:the|that|what|its|"
    r"their|his|her|our|from|since|over|by|in\s+(?:size|number|value|price|cost)|to)\b))"
    # "doubled down on", "doubled as a venue": idioms, no multiplier.
    r"(?![\w-])(?!\s+(?:down|up|as|back|over)\b)",
    re.IGNORECASE,
)
_DOUBLING_VALUE = {
    "doubl": 2.0,
    "double": 2.0,
    "tripl": 3.0,
    "triple": 3.0,
    "quadrupl": 4.0,
    "quadruple": 4.0,
}


def _doublings(text: str, start: int, end: int, low: str) -> list[Quantity]:
    """Multipliers written as verbs: "nearly doubling" (upper bound 2), "more than doubled" (lower bound 2),
    "roughly triple the totals" (about 3); unit "times". `low` is the lowered stretch."""
    found: list[Quantity] = []
    anchors = sorted(start + i for w in ("doubl", "tripl", "quadrupl") for i in _all_finds(low, w))
    for a in anchors:
        m = next(
            (x for x in _DOUBLING.finditer(text, max(start, a - 15), min(end, a + 40)) if x.start("w") == a),
            None,
        )
        if m is None or (found and found[-1].end > m.start()):
            continue
        word = m.group("w").lower()
        value = _DOUBLING_VALUE[word.removesuffix("ed").removesuffix("ing")]
        q = " ".join((m.group("q") or "").lower().split())
        qualifier = _MULTIPLIER_QUALIFIER.get(q, "approx" if q else "exact")
        lo = None if qualifier == "upper_bound" else value
        hi = None if qualifier == "lower_bound" else value
        found.append(
            Quantity(m.start(), m.end("w"), m.start("w"), m.end("w"), value, lo, hi, qualifier, "times", True,
                     text[m.start() : m.end("w")])
        )  # fmt: skip
    return found


def _all_finds(haystack: str, needle: str) -> list[int]:
    found, i = [], haystack.find(needle)
    while i >= 0:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


# "a rate of 6:1", "a 4:1 match": a ratio to one written with a colon, after a rate word or an article (not
# "John 3:1", a verse, nor "won 6:1", a score).
_COLON_RATIO = re.compile(
    r"(?:\b(?:rate|ratio|match|matching|margin)\s+(?:of\s+)?|\b(?:a|an)\s+)(?P<num>\d{1,3}(?:\.\d+)?):1(?![\d:])",
    re.IGNORECASE,
)


def _colon_ratios(text: str, start: int, end: int, low: str) -> list[Quantity]:
    """Ratios to one written with a colon ("a rate of 6:1"), unit "times"; `low` is the lowered stretch."""
    found: list[Quantity] = []
    i = low.find(":1")
    while i >= 0:
        m = _COLON_RATIO.search(text, max(start, start + i - 25), min(end, start + i + 3))
        if m and m.end() == start + i + 2 and float(m.group("num")) > 1:
            value = float(m.group("num"))
            ns = m.start("num")
            found.append(
                Quantity(
                    ns,
                    m.end(),
                    ns,
                    m.end(),
                    value,
                    value,
                    value,
                    "exact",
                    "times",
                    False,
                    m.group()[ns - m.start() :],
                )
            )
        i = low.find(":1", i + 1)
    return found


_FRACTION_WORDS = {
    "half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10, "fourth": 1 / 4, "fourths": 1 / 4,
}  # fmt: skip
_FRACTION_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_FRACTION = re.compile(
    r"(?:(?P<q>nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|up\s+to|less\s+than|"
    r"fewer\s+than|under|just\s+over|just\s+under|well\s+over|close\s+to)\s+)?"
    r"(?:(?P<n>\b(?:a|one|two|three|four|nine))[\s-]+)?(?<![A-Za-z])(?P<f>half|thirds?|quarters?|fourths?|fifths?|tenths?)"
    r"(?:\s+of\s+(?!(?:the\s+|this\s+|that\s+|a\s+|its\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?"
    r"(?:(?:year|month|week|day|century|decade|season|term|hour|way|time|congress|period|semester)s?|"
    # a part of one game or show is a stretch of it; "two-thirds of the shows" counts shows
    r"(?:game|session|inning|match|race|show|film|book|story|speech))\b|(?:it|them|us|you)\b"
    r"|(?:that|this|those|these)\b(?!\s+[a-z]))"  # "two-thirds of these cases", not "half of these"
    r"(?=(?:the\s+|its\s+|his\s+|her\s+|their\s+|our\s+|all\s+|those\s+|these\s+)?[\w’'-]+)"
    # "2 percent of the staff were black and less than a third were women": a part of a whole named before.
    r"|(?<=\S)(?=\s+(?:were|are)\s+[a-z]|\s+(?:said|say|says|believe|believed|think|thought|support|supported|"
    r"oppose|opposed|agree|agreed|want|wanted|voted)\b|\s+\(\d)"  # "Nearly half said", "more than half (53.6%)"
    # "nearly half the country": "half" takes its whole without "of" (not "half the time").
    r"|(?<=half)(?=\s+(?:the|its|his|her|their|our)\s+(?!(?:year|month|week|day|century|decade|season|game|term|"
    r"hour|way|time|session|period|battle|story|fun|price|size|distance|length|amount|number|rate|cost)s?\b)"
    r"[a-z][\w’'-]*))",
    re.IGNORECASE,
)
_LEADING_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BY_FRACTION = re.compile(
    # "by a third", not "by a third-party candidate" (a compound: no part of a whole)
    r"(?<=\bby\s)(?P<q>(?!x)x)?(?:(?P<n>\b(?:a|one|two|three))[\s-]+)?(?P<f>half|thirds?|quarters?|fifths?|tenths?)\b(?![-‐])",
    re.IGNORECASE,
)
_UNIT_AND_BEFORE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|miles?|inch(?:es)?|feet|foot|"
    r"pounds?|dozen)\s+and\s+$",
    re.IGNORECASE,
)
# "the second half", "the final quarter", "the latter half": a part of a period or a game, in order.
_PERIOD_PART_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|last|final|latter|former|back|front|opening|closing)[\s-]+$",
    re.IGNORECASE,
)
# "half of 1957", "half of March", "half of fiscal 2020": the whole is a year or a month.
_PERIOD_WHOLE_AFTER = re.compile(
    rf"\s+of\s+(?:(?:fiscal|calendar|the\s+year)\s+)?(?:(?:1[89]|20)\d\d\b|’\d\d\b|{MONTH_RE}(?![a-z]))"
)
_FRACTION_ANCHORS = ("half", "third", "quarter", "fourth", "fifth", "tenth")
_FRACTION_QUALIFIER = {
    "nearly": "upper_bound", "almost": "upper_bound", "up to": "upper_bound", "less than": "upper_bound",
    "fewer than": "upper_bound", "under": "upper_bound", "just under": "upper_bound", "close to": "upper_bound",
    "more than": "lower_bound", "over": "lower_bound", "at least": "lower_bound", "just over": "lower_bound",
    "well over": "lower_bound",
}  # fmt: skip


def fractions(text: str, start: int, end: int) -> list[Quantity]:
    """Parts of a whole in words: "more than half of its test sites", "two-thirds of the senators",
    "a quarter of the state's residents". Unit "fraction", the value a share of one (2/3, not 66.7 %),
    as annotators give it; "half of the year" and "a third of the way" are durations and distances."""
    found: list[Quantity] = []
    low = _lowered(text[start:end])
    # The pattern opens with optional words, slow to try at every position: run it near its anchors only.
    matches: list[re.Match[str]] = []
    # "behalf" holds "half": an anchor starts a word. str.find skips in C faster than the pattern's
    # alternation, which stops at every "t" and "h"; overlapping finds start after a letter, so are dropped.
    anchors: list[int] = []
    for word in _FRACTION_ANCHORS:
        i = low.find(word)
        while i >= 0:
            if not low[i - 1 : i].isalpha():
                anchors.append(start + i)
            i = low.find(word, i + 1)
    anchors.sort()
    for anchor in anchors:
        if matches and matches[-1].end() > anchor:
            continue
        for m in _FRACTION.finditer(text, max(start, anchor - 30), min(end, anchor + 60)):
            if m.start("f") == anchor:
                matches.append(m)
                break
        else:
            # "reduced deaths by one-third": a change by a part of the whole.
            by = _BY_FRACTION.search(text, max(start, anchor - 12), min(end, anchor + 12))
            if by and by.start("f") == anchor:
                matches.append(by)
    for m in matches:
        n_word = (m.group("n") or "").lower()
        f_word = m.group("f").lower()
        if f_word == "half" and n_word not in ("", "a", "one"):
            continue
        if f_word.endswith("s") and n_word in ("", "a", "one"):
            continue  # "quarters of the city": neighbourhoods, not a fraction
        if not f_word.endswith("s") and n_word not in ("", "a", "one"):
            continue
        if f_word != "half" and not n_word:
            continue  # "third of the voters" without a count is an ordinal
        if _UNIT_AND_BEFORE.search(text, max(start, m.start() - 20), m.start()):
            continue  # "more than a year and a half of paid leave": a duration, not a share
        if f_word in ("half", "quarter") and (
            _PERIOD_PART_BEFORE.search(text, max(start, m.start() - 12), m.start())
            or _PERIOD_WHOLE_AFTER.match(text, m.end("f"))
        ):
            continue  # "in the second half of 1957", "half of 2019": a stretch of time, not a share
        value = _FRACTION_COUNTS.get(n_word, 1) * _FRACTION_WORDS[f_word]
        word = " ".join((m.group("q") or "").lower().split())
        qualifier = _FRACTION_QUALIFIER.get(word, "approx" if word else "exact")
        lo = None if qualifier == "upper_bound" else value
        hi = None if qualifier == "lower_bound" else value
        ns = m.start("n") if m.group("n") else m.start("f")
        found.append(
            Quantity(m.start(), m.end("f"), ns, m.end("f"), value, lo, hi, qualifier, "fraction", True,
                     text[m.start() : m.end("f")])
        )  # fmt: skip
    for anchor in (" out of ", " in ", "-in-", "-out-of-"):  # "Eight-in-ten Democrats", as Pew writes it
        i = low.find(anchor)
        while i >= 0:
            # Most " in " follow no small number: look at the word before first, the pattern only then.
            before = low[max(0, i - 5) : i].rsplit(" ", 1)[-1]
            if not (before.isdigit() or before in _SMALL_NUMBERS):
                i = low.find(anchor, i + 1)
                continue
            m = next(
                (
                    x
                    for x in _OUT_OF.finditer(text, max(start, start + i - 40), min(end, start + i + 24))
                    if x.end("n") == start + i
                ),
                None,
            )
            if m is not None:
                n, d = (_SMALL_NUMBERS.get(g.lower()) or int(g) for g in (m.group("n"), m.group("d")))
                word = " ".join((m.group("q") or "").lower().split())
                qualifier = _FRACTION_QUALIFIER.get(word, "approx" if word else "exact")
                value = n / d
                lo = None if qualifier == "upper_bound" else value
                hi = None if qualifier == "lower_bound" else value
                found.append(
                    Quantity(m.start(), m.end(), m.start("n"), m.end(), value, lo, hi, qualifier, "fraction",
                             True, text[m.start() : m.end()])
                )  # fmt: skip
            i = low.find(anchor, i + 1)
    return sorted(found, key=lambda q: q.start)


_SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# "three out of 10 Americans", "one in five adults": a share given as a count out of a small whole.
_OUT_OF = re.compile(
    r"(?:(?P<q>nearly|almost|about|around|roughly|more\s+than|over|at\s+least|fewer\s+than|less\s+than)\s+)?"
    r"(?<![\w.,])(?P<n>[1-9]|one|two|three|four|five|six|seven|eight|nine)(?:\s+|-)(?:out(?:\s+|-)of|in)(?:\s+|-)"
    r"(?:every\s+)?"
    r"(?P<d>10|100|[2-5]|ten|two|three|four|five)(?![\w.,%])(?!\s+(?:percent|per\s+cent|years?|days?|months?))",
    re.IGNORECASE,
)


# One character class first (the engine then skips in C), the alternatives picked by lookbehind:
# "12-34" or "1/2" or "3.5", "(555)", a slash or an at sign; "www." is looked for with str.find (a "w"
# in the class would stop the scan at every w).
_NEEDS_BLOCKING = re.compile(r"[\d(/@](?:(?<=\d)\s?[-/.]\s?\d|(?<=\()\d{3}\)|(?<=[/@]))")


_FX_NOTE = re.compile(
    r"\(\s*(?:(?:US|HK|A|C)?\$|[€£¥₹]|[A-Z]{3}\s?)\s?1\s*=\s*(?:(?:US|HK|A|C)?\$|[€£¥₹])?\s?[\d.,]+\s*[^()\n]{0,30}\)"
)


_OF_A = re.compile(r"\s+of\s+(?=an?\s)", re.IGNORECASE)


def fractions_of_a_scale(text: str, figures: list[Quantity]) -> list[Quantity]:
    """`figures` with "a quarter of a million", "one-third of a billion" read as one figure (250,000 and
    333,333,333), not a share and a million."""
    merged: list[Quantity] = []
    i = 0
    while i < len(figures):
        q = figures[i]
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        of = _OF_A.match(text, q.end) if q.unit == "fraction" and nxt is not None else None
        if of and of.end() == nxt.start and nxt.value in (1e6, 1e9, 1e12) and nxt.qualifier == "exact":
            value = float(round(q.value * nxt.value))
            low = None if q.qualifier == "upper_bound" else value
            high = None if q.qualifier == "lower_bound" else value
            merged.append(
                Quantity(q.start, nxt.end, q.num_start, nxt.num_end, value, low, high, q.qualifier, nxt.unit,
                         True, text[q.start : nxt.end])
            )  # fmt: skip
            i += 2
            continue
        merged.append(q)
        i += 1
    return merged


_VOTE_SPLIT = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:majority|vote|decision|ruling)\b")
_GALLERY_COUNTER = re.compile(r"\b[Cc]aption\s+\d+\s+of\s+\d+(?:\s+Photos)?")


def _blocked_spans(sentence: str) -> list[tuple[int, int]]:
    """Phone numbers, numeric dates and URLs: their digits are never figures."""
    # A wire story's exchange-rate note, "($1 = 0.8161 pounds)", states no figure of the story.
    fx = [m.span() for m in _FX_NOTE.finditer(sentence)] if "=" in sentence else []
    if "majority" in sentence or "vote" in sentence or "decision" in sentence or "ruling" in sentence:
        # "ruled by a 2–1 majority", "a 5-4 decision": a split of votes, no count of anything.
        fx += [m.span() for m in _VOTE_SPLIT.finditer(sentence)]
    if "aption" in sentence:
        # A gallery's counter scraped with its captions: "Hide Caption 13 of 14 Photos".
        fx += [m.span() for m in _GALLERY_COUNTER.finditer(sentence)]
    if not _NEEDS_BLOCKING.search(sentence) and "www." not in sentence:
        return fx
    spans = fx + [m.span() for m in _PHONE.finditer(sentence)]
    spans += [m.span() for m in _NUMERIC_DATE.finditer(sentence)]
    if "/" in sentence or "@" in sentence or "www." in sentence:
        spans += [m.span() for m in _URLISH.finditer(sentence) if any(c.isdigit() for c in m.group())]
    return spans


_SUPERLATIVE_AFTER = re.compile(r"\s+(?:[a-z]{3,}est|most|least)\b")
_RANKED_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$", re.IGNORECASE)
_SHARED_PERCENT_AFTER = re.compile(r"\s+and\s+\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b),?\s+respectively\b")
_WORD_NUMBER_BEFORE_BRACKET = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*$", re.IGNORECASE
)
_NEGATIVE_WORD_BEFORE = re.compile(r"\b(?:negative|minus)\s+$", re.IGNORECASE)
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[-−]")
_QUANTITY_RE1 = re.compile(r"\s+")
_QUANTITY_RE2 = re.compile(r"\bone\s+of\s+(?:the|these|those)\s+$", re.IGNORECASE)
_QUANTITY_RE3 = re.compile(r"\b(?:between|from)\s+(?:(?:US)?\$|[€£])?$", re.IGNORECASE)


def _quantity(s: str, m: re.Match[str]):
    """(start, end, num_start, num_end, value, low, high, qualifier, unit, in_words) or None."""
    kind = m.lastgroup
    ns, ne = m.span()
    raw = m.group()
    unit: str | None = None
    in_words = kind != "digits"
    if kind == "vague":
        key = _QUANTITY_RE1.sub(" ", raw.lower())
        if _QUANTITY_RE2.search(s[max(0, ns - 20) : ns]):
            return None  # "one of the hundreds of Koreans": a reference, not a count
        value = VAGUE[key]
        end = ne
        unit, end = _unit_after(s, end, unit)
        pre_unit = _currency_before(s, ns)
        if pre_unit:
            unit, ns_q = pre_unit
        else:
            ns_q = ns
        return ns_q, end, ns, ne, value, value, None, "vague", unit, True
    if kind == "fuzzy":
        words = raw.lower().split()
        scale_words = [w.rstrip("s") for w in words if w.rstrip("s") in SCALES or w.rstrip("s") == "dozen"]
        unit_value = 1.0
        for w in scale_words:
            unit_value *= 12 if w == "dozen" else SCALES[w]
        # "several dozen" is read like "dozens": at least twice the unit, as the gold reads vague plurals.
        value = 2 * unit_value
        end, unit = ne, None
        unit, end = _unit_after(s, end, unit)
        return ns, end, ns, ne, value, value, None, "vague", unit, True
    if (
        kind in ("digits", "words")
        and _QUANTITY_RE2.search(s[max(0, ns - 20) : ns])
        and not s[max(0, ns - 26) : ns].lower().rstrip().endswith(("every one of the", "each one of the"))
    ):
        return None  # "One of the five who died": the group referred back to ("every one of the 69,456,897" counts)
    if kind == "digits":
        if _digits_rejected(s, ns, ne):
            return None
        value = digits_value(raw)
    elif raw.lower() == "one" and s[max(0, ns - 8) : ns].lower().endswith(("not ", "without ")):
        negated = _NOT_BEFORE.search(s, max(0, ns - 12), ns)
        if negated and not _NOT_ONE_EXCEPT.match(s, ne):
            # "not one vote", "not one of them has voted": none, a figure of zero.
            return negated.start(), ne, ns, ne, 0.0, 0.0, 0.0, "exact", None, True
        if _words_rejected(s, ns, ne, raw):
            return None
        value = 1.0
    else:
        if _words_rejected(s, ns, ne, raw):
            return None
        value = word_number_value(raw)
        if value is None:
            return None
    end = ne
    # Scale words and suffixes: "1.2 million", "$5bn", "10k".
    sm = _SCALE_AFTER.match(s, end)
    if sm and kind == "digits":
        if sm.group("scale"):
            value *= _SCALE_VALUES[sm.group("scale").lower()]
            end = sm.end()
        elif (
            sm.group("short")
            and (sm.group("short") != "T" or _currency_before(s, ns))
            and (
                sm.group("short").lower() != "m"
                or _currency_before(s, ns)
                or sm.group("short") == "m"
                and not s[sm.end() : sm.end() + 1].isalpha()
            )
        ):
            if s[end - 1 : end].isdigit() and sm.start() == end:
                value *= SHORT_SCALES[sm.group("short").lower()]
                end = sm.end()
    elif sm and kind == "words" and sm.group("scale"):
        value *= _SCALE_VALUES[sm.group("scale").lower()]
        end = sm.end()
    if sm and sm.group("scale") and end == sm.end() and "[" in sm.group() and s[end : end + 1] == "]":
        end += 1  # "5 [million] people": the editor's bracket closed after the scale
    q_start = ns
    cur = _currency_before(s, ns)
    if cur:
        unit, q_start = cur
    elif kind == "digits" and ns > 0 and _MINUS_BEFORE.match(s, ns - 1, ns):
        # "a daily average of -1.6%": a figure below zero (a hyphen after a space, no range's dash).
        value, q_start = -value, ns - 1
    elif kind == "digits" and ns > 8 and (neg := _NEGATIVE_WORD_BEFORE.search(s, max(0, ns - 10), ns)):
        # "from negative 11 percent job growth", "minus 3 degrees": below zero, said in words.
        value, q_start = -value, neg.start()
    unit, end = _unit_after(s, end, unit)
    if unit is None and kind == "digits":
        shared = _SHARED_PERCENT_AFTER.match(s, end)
        if shared:
            unit = "percent"  # "4.2 and 3 percent, respectively": the unit said once for both figures
    if unit is None and kind == "digits" and _is_year_or_id(s, ns, ne, value, end):
        return None
    if unit == "percent" and _TICKER_BEFORE.search(s, max(0, ns - 12), ns):
        return None  # "Twitter TWTR, -0.78%": a stock quote's move the page glued in, no claim
    if _is_duration_or_age(s, end):
        return None
    low: float | None = value
    high: float | None = value
    qualifier = "exact"
    # A range: "between 5,000 and 10,000", "5-10%", "two or three", "from 5 to 10 million".
    rng = _range_after(s, ns, end, kind, value, unit)
    if (
        rng is not None
        and rng[3] is None
        and unit is None
        and rng[1] is not None
        and rng[2] is not None
        and rng[2] >= 5 * rng[1]
        and _CHANGE_BY_BEFORE.search(s, max(0, q_start - 25), q_start)
    ):
        rng = None  # "Deaths rose by 134 to 3,163": the change, then the new level ("by 5 to 10%" is a range)
    if rng is not None:
        end, low, high, unit2 = rng
        unit = unit or unit2
        if _is_duration_or_age(s, end):
            return None
        qualifier = "range"
    elif _is_score(s, end):
        return None
    pre = s[max(0, q_start - 40) : q_start]
    if qualifier != "range":
        qm = _QUALIFIER_BEFORE.search(pre) if _may_be_qualified(pre) else None
        if qm and qm.lastgroup == "upper_bound" and _LEVEL_UP_TO.search(s[max(0, q_start - 90) : q_start]):
            # "San Francisco’s tally is up to 2,131", "the toll is now up to 52": the level reached, not a cap.
            qm = None
        if qm and _COMPARED_WITH_THE.search(qm.group()) and not _LEVEL_VERB_CUE.match(qm.group()):
            # "less than the $5.7 million", "greater than the 7,012 service members killed": a figure
            # compared with, stated exactly; "topped the 7,000 mark" is a bound.
            qm = None
        if (
            qm
            and _PLAIN_VERB_OR_ADJECTIVE.match(qm.group())
            and (_DETERMINER_BEFORE.search(pre, 0, qm.start()) or _OWN_NOUN_AFTER.match(s, end))
        ):
            # "the top 10 states", "the past 24 hours": an adjective; "Congress passed 76 bills": the verb
            # has its object, no bound. "cases passed 70,000" and "deaths top 3,000 on Monday" are bounds.
            qm = None
        if qm:
            qualifier = qm.lastgroup
            q_start = q_start - (len(pre) - qm.start())
        am = _QUALIFIER_AFTER.match(s, end)
        if am:
            qualifier = (
                "lower_bound" if am.group("lower") else "upper_bound" if am.group("upper") else "approx"
            )
            end = am.end()
            if _is_duration_or_age(s, end):
                return None  # "five or more years"
        if qualifier == "lower_bound" and qm and _NEGATED_BEFORE.search(s, max(0, q_start - 40), q_start):
            qualifier = "upper_bound"  # "cannot have more than three": a cap
        if qualifier == "lower_bound":
            low, high = value, None
        elif qualifier == "upper_bound":
            low, high = None, value
    else:
        bm = _QUANTITY_RE3.search(pre)
        if bm:
            q_start -= len(pre) - bm.start()
    return q_start, end, ns, ne, value, low, high, qualifier, unit, in_words


_LEVEL_UP_TO = re.compile(
    r"(?:\b(?:tally|toll|total|count|number|figure|caseload)\s+(?:is|was|has\s+risen|'s|’s)\s+(?:now\s+)?|"
    # "the researchers adjusted their estimate up to 5,740": a figure revised to a new level.
    r"\b(?:revised|adjusted|raised|bumped|ratcheted)\s+(?:(?:its|their|his|her|the|that|this|our)\s+)?"
    r"(?:[a-z]+\s+){0,2}?|"
    # "bringing the total dead in the Camp Fire up to 42": a total brought to a new level.
    r"\b(?:bringing|brings|brought|bring)\s+(?:the\s+)?(?:[\w-]+\s+){1,6}?)up\s+to\s*$",
    re.IGNORECASE,
)
_CHANGE_BY_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|grew|grow|grows|jumped|jumps|climbed|climbs|increased|increases|"
    r"decreased|decreases|dropped|drops|declined|declines|surged|soared|swelled|shrank|up|down)\s+by\s+$",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|must\s+not|may\s+not|will\s+not|won['’]t|"
    r"shall\s+not|should\s+not|did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|never)"
    r"\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:[Nn]ot|[Ww]ithout)\s+$")
# "not one but two", "not one or two times": a figure follows; "not one day" is a duration, no count.
_NOT_ONE_EXCEPT = re.compile(
    r"\s*(?:but|or|and|bit|thing|way|time|day|week|month|year|second|minute|hour)s?\b|[-‐]", re.IGNORECASE
)


# "deaths top 3,000", "cases surge past 100,000" are bounds; after a determiner the words are adjectives.
_PLAIN_VERB_OR_ADJECTIVE = re.compile(r"(?:top|past|passed|passes|passing)\b", re.IGNORECASE)
_OWN_NOUN_AFTER = re.compile(
    r"(?:\s+|-)(?!(?:on|in|at|by|for|to|and|or|but|with|since|from|this|last|over|as|of|a|an|the|per|mark|"
    r"level|threshold|milestone|each|every|after|before|during|according|while|when|so|far|now)\b)[a-z]"
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|its|their|his|her|our|my|your|this|these|last|first|next)|^|[.!?:]|\n)\s*$", re.IGNORECASE
)
_COMPARED_WITH_THE = re.compile(r"\sthe\s+\S*$", re.IGNORECASE)
_LEVEL_VERB_CUE = re.compile(
    r"(?:topped|tops|surpassed|surpasses|surpassing|exceeded|exceeds|exceeding|exceed|surpass|eclipsed|eclipses|"
    r"crossed|crosses|approaching|approaches|approached|nearing|nears|neared|closing\s+in\s+on|closed\s+in\s+on|"
    r"passed|passes|past|top)\b",
    re.IGNORECASE,
)


def _may_be_qualified(pre: str) -> bool:
    """Whether `_QUALIFIER_BEFORE` can match the end of `pre`: the word before is the last word of a cue."""
    tail = pre
    if tail.endswith("$"):
        tail = tail[:-1]
        if tail.endswith(("US", "HK")):
            tail = tail[:-2]
        elif tail.endswith(("A", "C")):
            tail = tail[:-1]
    elif tail[-1:] in ("€", "£", "¥", "₹", "₩", "₽"):
        tail = tail[:-1]
    if not tail[-1:].isspace():
        return False
    words = tail.split()
    if not words:
        return False
    if len(words) > 1 and (
        words[-1].lower() == "another"
        or (words[-1].lower() == "a" and words[-2].lower() in ("least", "than"))
    ):
        words = words[
            :-1
        ]  # "at least another 21", "at least a 1,000 supporters" ("toward a 374.58 buy point" no)
    elif len(words) > 2 and [w.lower() for w in words[-2:]] == ["an", "additional"]:
        words = words[:-2]
    last = words[-1]
    if last.lower() == "the" and len(words) > 1:
        if _last_word_is_cue(words[-2]):
            return True
    return _last_word_is_cue(last)


def _last_word_is_cue(word: str) -> bool:
    m = _WORD_TAIL.search(word)
    return bool(m) and m.group().lower() in _QUALIFIER_LAST_WORDS


def _currency_before(s: str, ns: int) -> tuple[str, int] | None:
    cm = _CURRENCY_BEFORE.search(s, max(0, ns - 5), ns)
    if not cm:
        return None
    sym = cm.group().strip()
    return CURRENCY_SYMBOLS.get(sym, sym.upper()), cm.start()


_UNIT_AFTER_RE1 = re.compile(r"\s+of\s+(dollars|euros|pounds|yuan|rubles|yen)\b", re.IGNORECASE)


def _unit_after(s: str, end: int, unit: str | None) -> tuple[str | None, int]:
    pm = _PERCENT_AFTER.match(s, end)
    if pm:
        return ("percentage_points" if pm.group("pp") else "percent"), pm.end()
    dm = _DEGREES_AFTER.match(s, end) if unit is None else None
    if dm:
        return "degrees", dm.end()  # "rising 2°C", "0.8 °F": a temperature
    if unit is None:
        cm = _CURRENCY_AFTER.match(s, end)
        if cm:
            return CURRENCY_WORDS[cm.group().strip().lower()], cm.end()
        cm = _UNIT_AFTER_RE1.match(s[end:])
        if cm:
            return CURRENCY_WORDS.get(cm.group(1).lower(), "GBP"), end + cm.end()
    return unit, end


_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
# Capitalised words that may stand right before a figure without making it a name ("About 600", "Tops 500").
_WORDS_BEFORE_A_FIGURE = frozenset(
    """about around some over under nearly almost roughly approximately more less fewer at up only just all
    another those these the with of and to by in for than from between exactly estimated total top killed
    kills adds says sees gets tops hits""".split()
)
_HYPHENATED_PAIR = re.compile(r"\s*[-–]\s*\d")
# Not "four in eight years", "six in 10 days": a count over a span of time.
_RATIO_AFTER = re.compile(
    rf"^\s+(?:in|out\s+of)\s+(?:every\s+)?([\d,.]++|(?:{_WORD_NUMBER})\b)"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b)",
    re.IGNORECASE,
)
_RATIO_BEFORE = re.compile(rf"(?:\d|\b(?:{_WORD_NUMBER}))\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)


_YEAR_BEFORE_IN = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d$")


# "52 out of 61 attendees became ill": a part of a group whose size no one rounds to (61, not 10 or 100)
# is a count, and so is the group, as in "52 of the 61 attendees"; "1 out of 40 chance", "3 out of 5
# stars" and "three out of 10 Americans" stay ratios or shares.
_GROUP_OUT_OF = re.compile(
    r"(?<![\w.,])(\d[\d,]*)\s+out\s+of\s+(\d[\d,]*)(?![\d.,]*\d)\s+(?!chances?\b|odds\b|stars\b|points\b)[a-z]"
)


def counts_out_of_a_group(s: str, ns: int) -> bool:
    """True when the digits starting at ns are either count of "52 out of 61 attendees" (`_GROUP_OUT_OF`)."""
    for m in _GROUP_OUT_OF.finditer(s, max(0, ns - 24), min(len(s), ns + 40)):
        if ns not in (m.start(1), m.start(2)):
            continue
        part, whole = (int(g.replace(",", "")) for g in m.groups())
        return 2 <= part < whole and whole > 5 and whole not in (10, 100, 1000, 10_000)
    return False


_YEAR_ENDS_ITEM = re.compile(r"\s*(?:[,.;:)]|\s(?:and|or|to|while|when|compared)\b|$)")


def _is_ratio(s: str, ns: int, ne: int) -> bool:
    """ "1 in 40 chance", "one in five Americans": a ratio, not a count of either number."""
    if "out of" in s[max(0, ns - 10) : ne + 10] and counts_out_of_a_group(s, ns):
        return False
    after = _RATIO_AFTER.match(s[ne : ne + 20])
    if after:
        # "1 in 40", "one in five": the first term is the smaller; "695,000 in 1982" is a count in a year.
        second = after.group(1)
        year = second.rstrip(".,")
        if (
            len(year) == 4
            and year.isdigit()
            and 1900 <= int(year) <= 2099
            and _YEAR_ENDS_ITEM.match(s, ne + after.start(1) + len(year))
        ):
            return False  # "658 murders in 2017, 567 in 2018 and 492 in 2019": a count in a year, no ratio
        first = digits_value(s[ns:ne]) if s[ns:ne][:1].isdigit() else word_number_value(s[ns:ne])
        try:
            high = digits_value(second) if second[:1].isdigit() else word_number_value(second)
        except ValueError:
            high = None
        return first is None or high is None or first < high
    before = s[max(0, ns - 25) : ns]
    # _RATIO_BEFORE ends in "in", "of" or "every" and spaces: checked first, as most numbers have none.
    tail = before.rstrip()[-5:].lower()
    ratio = (
        (tail[-2:] in ("in", "of") or tail == "every")
        and before[-1:].isspace()
        and _RATIO_BEFORE.search(before)
    )
    if not ratio:
        return False
    # "between May 2 and May 9 in 41 provinces", "in 2019 in 14 districts": a date is no first term.
    head = s[max(0, ns - 40) : ns - len(before) + ratio.start() + 1]
    return not (_MONTH_BEFORE.search(head[:-1].rstrip("0123456789")) or _YEAR_BEFORE_IN.search(head))


# "the toll was 13 times higher", "a 400-fold rise": a ratio between two figures, not a count of the noun.
_MULTIPLIER_AFTER = re.compile(
    r"\s+times\s+(?:higher|lower|more|less|fewer|greater|larger|bigger|smaller|faster|slower|as|the|that|over)\b|"
    r"[-‐]?fold\b",
    re.IGNORECASE,
)
_DIGITS_REJECTED_RE1 = re.compile(
    r"^[-‐](?:plus|odd|strong|member|person|people|page|point|mile|acre|foot|feet|pound|ton|room|bed|seat|unit)\b",
    re.IGNORECASE,
)
_DIGITS_REJECTED_RE2 = re.compile(r"^[-‐](?:year|month|week|day|hour|minute|second)s?\b", re.IGNORECASE)
_DIGITS_REJECTED_RE3 = re.compile(r"^:\d")
_DIGITS_REJECTED_RE4 = re.compile(r"(?:^|\n)\s*$")
_DIGITS_REJECTED_RE5 = re.compile(r"^[.)]\s")
_DIGITS_REJECTED_RE6 = re.compile(r"[A-Z][\w’']+,\s*$")
_DIGITS_REJECTED_RE7 = re.compile(r"^,")
_DIGITS_REJECTED_RE8 = re.compile(r"\btop\s+$", re.IGNORECASE)
_PLURAL_THEN_TOP = re.compile(
    r"\b(?!(?:its|his|hers|is|was|has|as|us|this|thus|yes|plus|less)\s)[a-z]{2,}s\s+top\s+$"
)


_AGE_RANGE_END = re.compile(r"\b(?:ages?|aged)\s+\d{1,3}\s*(?:to|-|–|and|through|or)\s*$", re.IGNORECASE)


# Three or more bare numbers in a row, spaces alone between: the cells of a table run together.
_LABEL_NUMBER_BEFORE = re.compile(r"\b(?:[Ss]tage|[Pp]hase|[Ll]evel|[Gg]rade|[Tt]ier|[Cc]ategory)\s+$")
_NAME_GLUED_AFTER = re.compile(r"[A-Z]['’]s\b|-[A-Z][a-z]+['’]s\b")
_CELL = r"[-+−]?\d+(?:\.\d+)?%?"
_TABLE_ROW = re.compile(rf"(?<![\w.,]){_CELL}(?:[ \t]+{_CELL}){{2,}}(?![\w.,]*\d)")
_CELL_AFTER = re.compile(r"%?[ \t]+[-+−]?\d")
_CELL_BEFORE = re.compile(r"\d%?[ \t]+[-+−]?$")


# A singular noun right after a number ("the 1135 waiver"): no count is of one thing; units are.
_ID_BEFORE_SINGULAR = re.compile(
    r" (?!(?:percent|point|person|member|year|month|week|day|hour|mile|foot|pound|acre|dollar|page|bed|seat|"
    r"room|story|floor|million|billion|trillion|thousand|hundred|dozen|people|men|women|children|police|staff|"
    r"personnel|cattle|sheep|deer|fish|livestock|data|media|military|crew|faculty|clergy|militia|infantry|"
    r"youth|elderly|dead|injured|wounded|missing|homeless|unemployed|poor|rich|more|other|new|additional|"
    r"extra|and|or|to|in|of|at|by|for|from|on|with|who|were|was|are|have|had|has|will|would)\b)[a-z]{3,}(?<!s)\b(?![-'’])"
)


def _digits_rejected(s: str, ns: int, ne: int, range_end: bool = False) -> bool:
    """Whether the digits at ns..ne are no figure; `range_end` for the second number of "2,000-3,000"."""
    if _is_ratio(s, ns, ne) or _MULTIPLIER_AFTER.match(s, ne):
        return True
    before = s[ns - 1] if ns else " "
    before2 = s[ns - 2] if ns > 1 else " "
    after = s[ne : ne + 12]
    if before.isalpha() or before in "#@_":
        return True  # "G7", "N95", "#5"
    if after.startswith(("(k)", "(K)")):
        return True  # "401(k) plans": a name from the tax code
    if _LABEL_NUMBER_BEFORE.search(s, max(0, ns - 10), ns):
        return True  # "stage 4 malignant diseases", "Phase 3 trials", "level 4 restrictions": a label
    if _NAME_GLUED_AFTER.match(after):
        return True  # "3M’s list price", "7-Eleven's": a number inside a company's name
    if (
        ne - ns >= 3
        and s[ns:ne].isdigit()
        and _ID_BEFORE_SINGULAR.match(s, ne)
        and s.endswith(("the ", "The "), 0, ns)
    ):
        return True  # "the 1135 waiver", "the 737 jet": a number naming a thing, one of it
    if _CELL_AFTER.match(after) or _CELL_BEFORE.search(s, max(0, ns - 5), ns):
        for run in _TABLE_ROW.finditer(s, max(0, ns - 40), min(len(s), ne + 40)):
            if run.start() <= ns < run.end():
                return True  # "Barack Obama 35 13 7 Donald Trump 1 10 32": a table's cells, flattened
    if "ge" in s[max(0, ns - 16) : ns] and _AGE_RANGE_END.search(s, max(0, ns - 16), ns):
        return True  # "children ages 6 to 16", "aged 5 to 11": the upper age
    if before in "-‐" and before2.isalnum() and not (range_end and before2.isdigit()):
        return True  # "COVID-19", "F-35", "2019-20" (the second year)
    if (
        after[:1].isalpha()
        and not _ALLOWED_SUFFIX.match(after)
        and not (after[:1] in "Tt" and not after[1:2].isalpha() and _currency_before(s, ns))  # "$3T"
    ):
        return True  # "4G", "49ers", "10am", "1990s", "21st"
    if _ORDINAL_AFTER.match(after):
        return True
    if (
        after[:1] in "-‐"
        and after[1:2].isalpha()
        and not _DIGITS_REJECTED_RE1.match(after)
        and not _AGE_AFTER.match(after)
        and not _FRACTION_AFTER.match(after)
    ):
        # "21st-century", "5-day" handled elsewhere; "528-strong" kept; other glued words are names.
        if _DIGITS_REJECTED_RE2.match(after):
            return True
    if _TIME_AFTER.match(after):
        return True
    if _DIGITS_REJECTED_RE3.match(after) or (before == ":" and before2.isdigit()):
        return True
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(s[max(0, ns - 30) : ns]):
        return True
    if (
        _DAY_AFTER.match(after)
        or (
            _MONTH_BEFORE.search(s[max(0, ns - 16) : ns])
            and not _SHARE_AFTER.match(after)  # "June 7, 47% of …"
            and "," not in s[ns:ne]  # "April 30, 1,692 individuals": no day or year has a thousands separator
        )
    ):
        return True
    if _ID_PREFIX.search(s[max(0, ns - 8) : ns]) and not _NUMBER_VERB_BEFORE.search(s, max(0, ns - 24), ns):
        return True
    if _STREET_AFTER.match(s[ne : ne + 60]):
        return True
    if _DIGITS_REJECTED_RE5.match(after) and _DIGITS_REJECTED_RE4.search(s[:ns]):
        return True  # a list marker "1. Wash your hands"
    if (
        ne - ns <= 2
        and s[ns - 1 : ns] == "("
        and s[ne : ne + 2] == ") "
        and (ns < 2 or s[ns - 2].isspace())
        and not _WORD_NUMBER_BEFORE_BRACKET.search(s, max(0, ns - 12), ns - 1)  # "five (5) members"
    ):
        return True  # an inline list marker: "need (1) 130,000 donors and (2) polling of 2 percent"
    # "Smith, 45, said": an age in apposition to a name.
    if (
        _DIGITS_REJECTED_RE7.match(after)
        and _DIGITS_REJECTED_RE6.search(s[max(0, ns - 30) : ns])
        and len(s[ns:ne]) <= 3
    ):
        return True
    if _DIGITS_REJECTED_RE8.search(s[max(0, ns - 6) : ns]) and not _PLURAL_THEN_TOP.search(
        s[max(0, ns - 30) : ns]
    ):
        return True  # "top 10": a rank; "deaths top 3,000" is a verb
    return False


_GROUP_OF_BEFORE = re.compile(r"\b(?:Group\s+of|Big|Final|Fab|Famous|Gang\s+of)\s+$")
_WORDS_REJECTED_RE1 = re.compile(r"^-(?:on-one|time|off|way|sided|man|party|stop|size)\b", re.IGNORECASE)
_WORDS_REJECTED_RE2 = re.compile(
    r"^\s+(?:of|another|or\s+two|or\s+more\s+of|in\s+\w+|by\s+one|day|time|way|thing)\b", re.IGNORECASE
)
_WORDS_REJECTED_RE3 = re.compile(
    r"\b(?:no|any|every|some|the|this|that|which|each|only|last|such|a|other)\s+$"
)
_WORDS_REJECTED_RE4 = re.compile(r"\b(?:a|an|one)\s+$")
# "four o'clock", "seven a.m.": a time; "four Americans", "seven PMs" are not ("Am" of "Americans").
_WORDS_REJECTED_RE5 = re.compile(r"^\s*(?:o['’]clock|a\.?m\.?|p\.?m\.?)(?![a-z])", re.IGNORECASE)


def _words_rejected(s: str, ns: int, ne: int, raw: str) -> bool:
    if _is_ratio(s, ns, ne) or _MULTIPLIER_AFTER.match(s, ne):
        return True
    if _SUPERLATIVE_AFTER.match(s, ne) and _RANKED_BEFORE.search(s, max(0, ns - 12), ns):
        return True  # "the world's two largest economies": a ranking, not a count
    if _RANK_BEFORE.search(s, max(0, ns - 8), ns):
        return True  # "North Korea's number two official": a rank
    if (
        s[ns].isupper()
        and s[:ns].strip()
        and s[:ns].rstrip()[-1:] not in '.!?:"“”('
        and _CAPITALISED_AFTER.match(s, ne)
    ):
        return True  # "Adam Gopnik’s A Thousand Small Sanities": part of a title or a name
    if s[ns].isupper() and _GROUP_OF_BEFORE.search(s, max(0, ns - 12), ns):
        return True  # "the Group of Seven summit", "the Big Ten": a number in a name
    if s[ns].isupper() and _NAME_BEFORE.search(s, 0, ns) and not title_case(s):
        return True  # "the Keating Five scandal", "the Little Rock Nine": a name, in running text
    low = raw.lower()
    after = s[ne : ne + 20]
    before = s[max(0, ns - 30) : ns].lower()
    if _FRACTION_AFTER.match(after) or _WORDS_REJECTED_RE1.match(after):
        return True
    if low == "one":
        if _WORDS_REJECTED_RE2.match(after):
            return True
        if _WORDS_REJECTED_RE3.search(before):
            return True
    if low in (
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
    ) and not _WORDS_REJECTED_RE4.search(before):
        return True  # a bare scale word is part of something else ("hundred-year flood")
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return True
    if _WORDS_REJECTED_RE5.match(after):
        return True
    return False


# A capitalised word (not the sentence's first) right before a capitalised number word.
_NAME_BEFORE = re.compile(r"\S\s+[A-Z][a-z][\w-]*\s+$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_case(sentence: str) -> bool:
    """A headline in title case ("Gunman Kills Three In Texas"), where every word is capitalised."""
    words = [w for w in _WORD.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# A plural noun within three words ("2020 candidates"), not a word that merely ends in s ("a 1938 law
# known as", "the 1991 class").
_IS_YEAR_OR_ID_RE1 = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}?(?!(?:has|was|his|its|this|does|goes|plus|less|thus|unless|across)\b)"
    r"(?:[a-z][\w-]*[^s\W]s|people|men|women|children|police|personnel|staff|cattle)\b(?!['’])"
)
_YEAR_RECORDS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:returns|figures|data|numbers|statistics|stats|estimates|results|budgets?|sales|earnings|"
    r"filings|reports|levels|rates|prices|taxes|elections|midterms|primaries|tallies|totals|forecasts|projections|"
    r"goals|targets|plans)\b"
)
_EARLY_YEAR_BEFORE = re.compile(r"\b(?:of|in|since|from|until|till|by|circa|around|year)\s+$", re.IGNORECASE)
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_IS_YEAR_OR_ID_RE2 = re.compile(r"^[-–/]\d")
_IS_YEAR_OR_ID_RE3 = re.compile(r"(?<![\w.])([A-Z][\w-]*)\s+$")
_RANK_BEFORE = re.compile(r"\b[Nn]umber\s+$")
_TICKER_BEFORE = re.compile(r"(?<![\w.])[A-Z]{1,5}(?:\.[A-Z])?,\s[+-−]$")
_BILL_NUMBER = re.compile(r"(?<![\w.])(?:H\.\s?R\.|S\.|H\.\s?Res\.|S\.\s?Res\.|No\.|Nos\.|#)\s*$")


def _is_year_or_id(s: str, ns: int, ne: int, value: float, end: int) -> bool:
    raw = s[ns:ne]
    before = s[max(0, ns - 30) : ns]
    after = s[end : end + 30]
    plural_noun_after = _IS_YEAR_OR_ID_RE1.match(after)
    if raw.isdigit() and len(raw) == 4 and 1000 <= value < 1500 and _EARLY_YEAR_BEFORE.search(before):
        return True  # "the Black Death of 1347", "in 1066": a year of long ago
    if raw.isdigit() and len(raw) == 4 and 1500 <= value <= 2099:
        if _YEAR_CONTEXT_AT_END.match(before) or not plural_noun_after:
            return True
        if 1900 <= value <= 2039 and _ADJECTIVE_BEFORE.search(before):
            return True  # "the deadly 2012 attacks", "the big 2020 issues": a year as a modifier
        if 1900 <= value <= 2039 and _YEAR_RECORDS_AFTER.match(after):
            return True  # "2019 tax returns", "2018 figures show": the records of a year, not a count
        if 1900 <= value <= 2039 and _CAPITALISED_WORD_AFTER.match(after) and s.find("\n", 0, ns) < 0:
            return True  # "Addresses 2020 Coverage Plans": a title's year before its capitalised words
    if raw.isdigit() and len(raw) == 2 and _YEAR_SPAN_BEFORE.search(before):
        return True  # "the generation of 1787–88"
    if raw.isdigit() and len(raw) == 4 and _IS_YEAR_OR_ID_RE2.match(after):
        return True
    if _BILL_NUMBER.search(before):
        return True  # "H.R. 6666", "S. 1790", "No. 5": the number of a bill or an item, not a count
    # "Section 230", "Boeing 737", "Windows 10", "Fortune 500": a number right after a name word.
    if "," not in raw and "." not in raw:
        wm = _IS_YEAR_OR_ID_RE3.search(before)
        if wm:
            word = wm.group(1).lower()

            sentence_start = not s[: wm.start()].strip() or s[: wm.start()].rstrip()[-1:] in '.!?:"“”'
            if (
                word not in NOT_NAME_WORDS
                and word not in _WORDS_BEFORE_A_FIGURE
                and not (sentence_start and plural_noun_after)
            ):
                return True
    return False


# "a 99.9 percent year-on-year drop", "up 3% month over month": a comparison of periods, not a span of time.
_PERIOD_ON_PERIOD = re.compile(
    r"[\s-](?:on|over)[\s-](?:years?|months?|weeks?|days?|quarters?)\b", re.IGNORECASE
)
_IS_DURATION_OR_AGE_RE1 = re.compile(
    r"^(?:\s+|-)(?:(?:more|additional|other|full|long|straight|consecutive|calendar|"
    r"business|working|short|few|hard|previous)[\s-]+)?([a-z]+)",
    re.IGNORECASE,
)


def _is_duration_or_age(s: str, end: int) -> bool:
    after = s[end : end + 40]
    dm = _IS_DURATION_OR_AGE_RE1.match(after)
    if dm and dm.group(1).lower() in TIME_UNITS and not _PERIOD_ON_PERIOD.match(after, dm.end(1)):
        return True
    return bool(_AGE_AFTER.match(after))


_RANGE_AFTER_RE1 = re.compile(r"\bbetween\s+(?:(?:US)?\$|[€£]|[A-Z]{3}\s)?$", re.IGNORECASE)
_PLUS_AFTER = re.compile(r"\s*(?:\+|-?plus\b)", re.IGNORECASE)
_RANGE_AFTER_RE2 = re.compile(r"\bfrom\s+(?:(?:US)?\$|[€£])?$", re.IGNORECASE)
_RANGING_FROM = re.compile(
    r"\b(?:(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))(?:\s+in\s+(?:age|size|price|value|length))?|anywhere|"
    r"ages?|aged)\s+from\s+(?:(?:US)?\$|[€£])?$",
    re.IGNORECASE,
)
# "temperatures ranging from 3 to 17°C and absolute humidity from 4 to 9 g/m³": the second range's
# "ranging" left out.
_RANGING_GAPPED = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+[^.;]{1,30}?\s+to\s+[^.;]{1,30}?\s+and\s+"
    r"[^.;]{0,40}?\bfrom\s+(?:(?:US)?\$|[€£])?$",
    re.IGNORECASE,
)
_RANGE_AFTER_RE3 = re.compile(r"^\s+[a-z]")


def _units_differ(first: str | None, second: str | None, money_sign: bool) -> bool:
    """Whether the two ends of a would-be range measure different things (a percentage and money)."""
    if first is not None and second is not None and first != second:
        return True
    # "rose 13% to 1.13 billion": a percentage, then a level with no sign of its own.
    return first == "percent" and (money_sign or second is None)


_THOUSANDS_GROUP = re.compile(r"\d{1,3},000")


_RANGE_QUALIFIER = (
    r"(?:as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|up\s+to|about|around|roughly|nearly|almost|near|"
    r"more\s+than|over|some|an\s+estimated|approximately)"
)
# "from near 78,000 deaths to as many as 810,000 deaths": both ends name what they count.
_NOUN_RANGE = re.compile(
    rf"(?P<noun>(?:\s+[a-z][a-z-]*){{1,2}}?)\s+(?P<sep>to|and)\s+(?:{_RANGE_QUALIFIER}\s+)?"
    rf"(?=\d|(?:{_WORD_NUMBER})\b)"
)
_NOUN_RANGE_FROM = re.compile(rf"\b(?P<open>from|between)\s+(?:{_RANGE_QUALIFIER}\s+)?$", re.IGNORECASE)
# Words of an estimate or a spread, before "from": "could range from", "estimates run from", "anywhere from".
_ESTIMATE_CUE = re.compile(
    r"\b(?:range[sd]?|ranging|anywhere|somewhere|estimat\w*|project\w*|forecast\w*|predict\w*|model\w*|"
    r"could|would|might|may|vary|varies|varied|varying|run|runs|ran)\b",
    re.IGNORECASE,
)


def _noun_range_after(s: str, ns: int, end: int, value: float, unit: str | None):
    """(end, low, high, unit) for "from N deaths to M deaths" in an estimate and "between N deaths and M
    deaths": two counts of the same noun are one range. "rose from 10 deaths to 40 deaths" is a change."""
    if unit is not None:
        return None
    m = _NOUN_RANGE.match(s, end)
    if not m:
        return None
    before = s[max(0, ns - 100) : ns]
    opened = _NOUN_RANGE_FROM.search(before)
    if not opened or (opened.group("open").lower() == "between") != (m.group("sep") == "and"):
        return None
    if opened.group("open").lower() == "from":
        lead = before[: opened.start()]
        if not _ESTIMATE_CUE.search(lead[-60:]) or _CHANGE_VERBS.search(lead):
            return None
    second = _ATOM_ANY_CASE.match(s, m.end())
    if not second or second.lastgroup not in ("digits", "words"):
        return None
    if second.lastgroup == "digits":
        if _digits_rejected(s, second.start(), second.end(), range_end=True):
            return None
        high = digits_value(second.group())
    else:
        high = word_number_value(second.group())
        if high is None:
            return None
    r_end = second.end()
    sm = _SCALE_AFTER.match(s, r_end)
    if sm and sm.group("scale"):
        high *= _SCALE_VALUES[sm.group("scale").lower()]
        r_end = sm.end()
    noun = m.group("noun")
    if not s.startswith(noun, r_end) or s[r_end + len(noun) : r_end + len(noun) + 1].isalpha():
        return None  # the second count names another thing
    if not value < high:
        return None
    return r_end, value, high, None


def _range_after(s: str, ns: int, end: int, kind: str, value: float, unit: str | None):
    """(end, low, high, unit) when the number opens a range, else None."""
    rm = _RANGE_AFTER.match(s, end)
    if not rm:
        return _noun_range_after(s, ns, end, value, unit)
    sep = rm.group("sep").strip().lower()
    second = _ATOM_ANY_CASE.match(s, rm.end())
    if not second or second.lastgroup not in ("digits", "words"):
        return None
    before = s[max(0, ns - 60) : ns]
    if sep == "and" and not _RANGE_AFTER_RE1.search(before):
        return None
    if sep == "or" and (kind != "words" or second.lastgroup != "words"):
        # "60,000 or 70,000 deaths", "5 or 6 trucks": two close estimates written in digits are a range too.
        if kind != "digits" or second.lastgroup != "digits":
            return None
        first = _LEADING_DIGITS.match(s, ns)
        second_value = digits_value(second.group())
        if (
            first is None
            or not (digits_value(first.group()) < second_value <= 3 * digits_value(first.group()))
            or ("," in first.group()) != ("," in second.group())
        ):
            return None
    if (
        sep == "to"
        and _RANGE_AFTER_RE2.search(before)
        and not _RANGING_FROM.search(before)
        and not (_RANGING_GAPPED.search(s, max(0, ns - 140), ns) and not _CHANGE_VERBS.search(before))
    ):
        # "rose from 5,000 to 10,000", "the rate for individuals from 37 percent to 39.6 percent", "each
        # threshold from $5 trillion to $24 trillion": two figures, a start and an end, not a range;
        # "estimates ranging from 5,000 to 10,000" is one.
        return None
    if sep in ("-", "–", "—") and kind != "digits":
        return None
    if second.lastgroup == "digits":
        if _digits_rejected(s, second.start(), second.end(), range_end=True) and s[
            second.end() : second.end() + 1
        ] not in ("%",):
            if not _ALLOWED_SUFFIX.match(s[second.end() : second.end() + 4]):
                return None
        high = digits_value(second.group())
    else:
        high = word_number_value(second.group())
        if high is None:
            return None
    r_end = second.end()
    sm = _SCALE_AFTER.match(s, r_end)
    scale = 1.0
    if sm and sm.group("scale"):
        scale = _SCALE_VALUES[sm.group("scale").lower()]
        r_end = sm.end()
    elif sm and sm.group("short") and sm.start() == r_end and second.lastgroup == "digits":
        scale = SHORT_SCALES[sm.group("short").lower()]
        r_end = sm.end()
    high *= scale
    low = value
    if scale > 1 and low * scale <= high and low < high / scale * 10 and low < 1000:
        low = low * scale  # "5 to 10 million": the scale of the second number applies to the first
    elif (
        scale == 1
        and second.lastgroup == "digits"
        and _THOUSANDS_GROUP.fullmatch(second.group())
        and s[ns:end].isdigit()
        and low < 1000
        and low * 1000 < high
        and low * 1000 >= high / 10
    ):
        low = low * 1000  # "between 100-300,000 contract tracers", "10-20,000 workers": thousands both
    unit2, r_end = _unit_after(s, r_end, None)
    plus = _PLUS_AFTER.match(s, r_end)
    if plus:
        # "100,000 to 200,000 plus": the upper end is open.
        return plus.end(), low, None, unit or unit2
    if not (low < high) or _units_differ(unit, unit2, money_sign=any(c in "$€£¥" for c in rm.group()[1:])):
        return None  # "rose 5.5% to $8,650": a change and the level it reached, two figures
    if sep in ("-", "–", "—"):
        # "24-17" with no counted word after is a score or a tally, not a range.
        if unit is None and unit2 is None and not _RANGE_AFTER_RE3.match(s[r_end : r_end + 20]):
            return None
        if _SCORE_WORDS.search(s[r_end : r_end + 25]) and unit is None and unit2 is None:
            return None
    return r_end, low, high, unit2


def _is_score(s: str, end: int) -> bool:
    """'won 3-1', 'a 24-17 victory', 'a 52-48 vote': a hyphenated pair that is no range."""
    return bool(_HYPHENATED_PAIR.match(s, end))
