"""What a number counts: the counted noun, the measure class, and the claim's span.

Who the count is about (its subject) is `credence.extract.subjects`' work; this module tells it where
the counted words are and whether they are people under arms.

Pure; standard library and the lexicon only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from credence.extract.entities import STATE_AFTER as _STATE_AFTER
from credence.extract.lexicon import US_STATES, Lexicon
from credence.extract.numbers import Quantity, counts_out_of_a_group, title_case

# Words that end the counted noun group after a number.
GROUP_STOP = frozenset(
    """a an the and or but nor of in on at to from by with for into onto over under about after before
    since during than as that which who whom whose this these those there their his her its our my your
    them they he she it we i you us is are was were be been being am has have had do does did will would
    could should can may might must shall not no so if per across along around between within without
    against among amid through throughout up down out off while when where because although though
    including like such each every all both either neither less last next said says say according ago
    also just only now then still already yet even here too very again ever never nearly almost toward
    towards via whether until till unless despite inside outside near behind beyond below above upon
    onto got get gets getting went go goes going came come comes make made makes take took taken
    give gave given see saw seen past instead respectively apiece altogether
    north south east west northeast northwest southeast southwest northern southern eastern western
    fell rose grew took won lost broke told thought found became began fought spent sent stood sat
    went came saw got made gave paid sold left led met ran hit cut put set kept held brought bought
    built knew drew drove flew wrote spoke chose rode shot struck swore tore wore woke hung
    compared versus vs more less fewer due times""".split()
)
# -ing/-ed words are verbs ("500 people attended") unless another noun word follows them
# ("four remaining companies", "two big outstanding questions").
_VERB_FORM = re.compile(r"[a-z]+(?:ed|ing)")
_ADVERB = re.compile(r"[a-z]+ly")
_PLURAL_HEAD = re.compile(
    r"[a-z][a-z-]*[^su'’]s|people|children|"
    r"(?:service|police|fire|business|congress|chair|sales|crafts|gun|fisher|spokes|fresh|foot|horse)?(?:wo)?men"
)
_PLURAL_NOUN = re.compile(r"[a-z]+s|[a-z]*(?:men|people|children)")
_NOT_ADVERB_LY = frozenset(
    (
        "family",
        "supply",
        "assembly",
        "ally",
        "rally",
        "italy",
        "july",
        "belly",
        "jelly",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "hourly",
        "quarterly",
        "early",
        "elderly",
    )
)
_COPULA_NOUN = re.compile(
    r"\b(?:(?:number|count|total|tally)\s+of\s+(?:(?:the|such|these|those|all|new)\s+)?)?"
    r"((?:[a-z][a-z-]*\s+){0,2}(?!odds\b)[a-z][a-z-]*[^su'’\s]s|"
    # Singular nouns that name a count of people ("Unemployment was already well over 20 million").
    r"(?i:unemployment|population|turnout|enrollment|enrolment|attendance|membership|ridership|"
    r"viewership|caseload|death\s+toll|toll))"
    r"\s+(?:was|were|is|are|stood\s+at|totaled|totalled|reached)\s+"
    r"(?:(?:already|now|still|just|currently|officially|probably|likely)\s+)?$"
)
_OUT_OF_BEFORE = re.compile(r"\d[\d,]*\s+out\s+of\s+$", re.IGNORECASE)
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bpercent|\bper\s+cent)\s+of\s+$", re.IGNORECASE)
_PARTITIVE_BEFORE = re.compile(
    r"(?:%|\bpercent|\bper\s+cent|\bhalf|\bthirds?|\bquarters?|\bmajority|\bmost|\bmany|\bsome|\ball|\bnone|"
    r"\bseveral|\bdozens|\bhundreds|\bthousands|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)|\d)"
    r"\s+of\s+(?:the|its|their|those|these)\s+$",
    re.IGNORECASE,
)


def _partitive_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "80 percent of the", "six of its", "52 out of" right before `end`: looked for only when "of" and a
    determiner, or "out of", end the stretch (most figures have neither, and the pattern is slow to try
    at every position)."""
    tail = text[start:end].rstrip().lower()
    if tail.endswith(" out of") and counts_out_of_a_group(text, end):
        return _OUT_OF_BEFORE.search(text, start, end)
    if tail.endswith(("% of", "percent of", "per cent of")):
        return _SHARE_OF_BEFORE.search(text, start, end)  # "88% of 320 ventilated patients died"
    if not tail.endswith(("the", "its", "their", "those", "these")) or " of " not in tail:
        return None
    return _PARTITIVE_BEFORE.search(text, start, end)


@lru_cache(maxsize=4)
def _mentions_disease(text: str) -> bool:
    """Whether the text speaks of an illness anywhere (asked once per text, not per claim)."""
    if _DISEASE_LOWER.search(text.lower()):
        return True
    # Only these letters match a word of the pattern under IGNORECASE where the lowered text does not.
    return any(c in text for c in "İıſ") and bool(_DISEASE.search(text))


# Measures that say where people are, not what happened to them.
# (and what is done with the dead: "four bodies had been recovered" counts bodies, the dead)
_STATE_MEASURES = frozenset("imprisoned detained hospitalized quarantined isolated recovered removed".split())
# Words opening another clause: a verb before them is not what the figure after them did ("said in a
# video posted on Twitter that 16,000 students had been billed" deployed no one).
_LOST_BEFORE = re.compile(
    r"\b(?:lost|los(?:e|es|ing))\s+(?:(?:about|some|nearly|almost|roughly|around|at least|more than|over|up to)\s+)?$"
)
_CLAUSE_WORDS = frozenset(
    "after before since because when while until unless although though whereas as if that whether".split()
)
_HOME_TO = re.compile(
    r"\bhome\s+to\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
_REPORTING_VERBS = frozenset(
    "show shows showed shown say says said find finds found suggest suggests suggested indicate indicates".split()
)
_PLURAL_WORD = re.compile(r"\b(?:[a-z][a-z-]*[^s\W'’]s|people|children|men|women)\b")
_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|its|their|those|these)\s+", re.IGNORECASE)
_COORDINATED_COUNT = re.compile(
    # "Two men and two infants were reported dead", "91 staff members and residents have tested positive".
    # "12 victims and the shooter were killed": one named by a determiner alone, too.
    r"\s+and\s+(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|a|an|the|his|her|their)\s+)?"
    r"(?:[a-z]+\s+){1,2}"
    # "eight children and one adult who died": a relative clause on the last of them.
    r"(?:who\s+)?(?:(?:were|was|are|have\s+been|had\s+been|have|has|had|reportedly|reported|also)\s+)*",
    re.IGNORECASE,
)
# "thousands of civilians who have been killed", "12 soldiers who were wounded": the count's own relative clause.
_RELATIVE_TO_VERB = re.compile(
    r"\s+(?:who|that)\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?(?:(?:reportedly|allegedly|later|since)\s+)?"
    # "six people who were found dead": a state the people were found or declared in.
    r"(?:(?:found|reported|confirmed|pronounced|presumed|declared)\s+)?"
)
# ("in which 12 victims … were killed" opens a relative clause whose subject the count is)
_IN_PHRASE_BEFORE = re.compile(r"\b(?:from|in|at|into|across)\s+(?!which\s)(?:the\s+)?(?:[a-z-]+\s+)?$")
_AUXILIARY = re.compile(r"\b(?:have|has|had|were|was|are|is|will|would)\b")
_GIVING_VERB = re.compile(r"\bcontribut(?:ed|es|e|ing)\b", re.IGNORECASE)
_LIVES_TAKEN = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|lost|los(?:e|es|ing)|t(?:ook|ake|akes|aking|aken)|cost(?:s|ing)?|end(?:ed|s|ing)?|"
    r"sacrific(?:ed|e|es|ing)|gave|giv(?:e|es|ing|en)|toll|deaths?|dead|killed|kill(?:s|ing)?)\b[^.;]*$",
    re.IGNORECASE,
)
# Words of a justice system around a count of prisoners (its inmates, released or serving sentences).
_RELEASE = re.compile(r"\b(?:releas(?:e|es|ed|ing)|freed|paroled?)\b", re.IGNORECASE)
_JUSTICE_SYSTEM = re.compile(
    _RELEASE.pattern + r"|\b(?:sentences?|sentenced|corrections|correctional|incarcerat\w*|inmates)\b",
    re.IGNORECASE,
)
_JUSTICE_MODIFIER = re.compile(r"\b(?:federal|state|county)\b")  # "federal prisoners", not "Islamic State"
# Right before a bare number breaking a count down: the opening dash or bracket, or "and" / a comma after
# an earlier item ("— 7 for the 9th and ", "(5 from Spain, ").
_BREAKDOWN_BEFORE = re.compile(
    r"(?:\s[-–—]|[—–(])\s*$|"
    r"(?:\s[-–—]|[—–(])\s*\d[\d,.]*(?:\s+(?:for|in|at|from|of|to)\s+[^,;:—–()]{1,30}?)?(?:\s*,)?(?:\s+and)?\s+$"
)
# Collectives whose size is a count of their members ("a crowd of 5,000", "a town of 3,000").
_COLLECTIVE_OF = re.compile(
    r"\b(?i:a|an|the|its|their)\s+(?:[a-z-]+\s+)?(crowd|force|army|town|city|village|community|organi[sz]ation|"
    r"company|firm|workforce|team|group|nation|country|congregation|class|audience|contingent|delegation|union|"
    r"membership|population|staff)\s+of\s+$"
)
_LIVES_OF_BEFORE = re.compile(r"\b(?:the\s+)?lives\s+of\s+$", re.IGNORECASE)
_LIVES_TAKEN_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|have|has|had|been|being)\s+)*(?:lost|taken|claimed)\b"
)
# "the country with the most cases, nearly 70,000,": a figure set off after the plural noun it counts.
_APPOSED_TO_NOUN = re.compile(
    # "unemployment claims—30 million—filed": the figure set off by dashes after its noun, too.
    r"\b([a-z]{3,}s)(?:,\s+|\s*[—–]\s*|\s+--?\s+)(?:(?:nearly|almost|about|some|roughly|around|more\s+than|over|at\s+least|just)\s+)?$"
)
_QUANTIFIER_APPOSITIVE = re.compile(
    r",\s+(?:both|all|each|most|many|some|several|none|neither|either|all\s+of\s+them|both\s+of\s+them)\b"
    r"[^,;:()]{0,40},\s+(?:(?:have|has|had|were|was|are|is|also|reportedly|since|later)\s+)*",
    re.IGNORECASE,
)
_ANOTHER_NUMBER = re.compile(
    # "with COVID-19 have died": a number inside a name is no other count.
    r"(?<![-‐\w])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|dozens?)\b",
    re.IGNORECASE,
)
_POLL = re.compile(
    # Gated by first letter, case-sensitively: the case-blind words are slow to try at every word.
    r"\b(?=(?-i:[PpRrSsGgIiYyQqMm\u017f\u0130\u0131]))(?:poll|polls|polling|pollsters?|survey|surveys|surveyed|respondents|"
    r"Pew|Gallup|Ipsos|YouGov|Quinnipiac|Rasmussen|Marist|Monmouth)\b",
    re.IGNORECASE,
)
_OPINION_AFTER = re.compile(
    r"\s*\)?\s*[—–-]?\s*(?:of\s+(?:the\s+|those\s+)?[\w-]+(?:\s+[\w-]+){0,5}?\s+)?"
    r"(?:who\s+|that\s+)?(?:now\s+|also\s+|still\s+)?(?:(?:are|were|is|was)\s+)?"
    r"(?:say|says|said|believe|believed|think|thought|approve|approved|disapprove|disapproved|oppose|opposed|"
    r"agree|agreed|disagree|disagreed|favor|favored|favour|favoured|trust|trusted|expect|expects|expected|"
    r"worry|worries|worried|fear|fears|feared|feel|feels|felt|want|wants|wanted|prefer|prefers|preferred|"
    r"support|supports|supported|concerned|confident|optimistic|pessimistic|satisfied|dissatisfied|"
    r"see|sees|view|views|viewed)\b"
)
_OPINION_MEASURES = frozenset(
    "approval disapproval approval_rating disapproval_rating favorability favourability unfavorability".split()
)
# "approval of the president's handling fell from 51%", "the share who thought it was getting better fell
# to 23%": a share of opinion named before the figure.
_OPINION_BEFORE = re.compile(
    r"\b(?:approval|disapproval|favorability|favourability|favorable|unfavorable|approve|disapprove)\b|"
    r"\bwho\s+(?:thought|think|thinks|believe|believed|believes|say|said|says|feel|felt|feels|expect|expected)\b|"
    r"\bas\s+(?:do|does|did)\s+$",  # "43% … say the outbreak is a threat, as do 36% of those …"
    re.IGNORECASE,
)
_MEASURE_SUBJECT = re.compile(
    # Gated by first letter, case-sensitively: the case-blind words are slow to try at every word.
    r"\b(?=(?-i:[CcDdFfHhIiMmVvWw\u0130\u0131]))(fatalities|deaths|dead|casualties|victims|wounded|injured|injuries|missing|captives|hostages)\s+"
    r"(?:are|were|include|included|including|was|is)\s+(?:at\s+least\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
_COMPOUND_COUNTS = frozenset(
    "person people member strong bed bedroom seat room unit page acre judge justice point story storey floor "
    "vote game count foot feet mile square".split()
)
_AREA_UNITS = frozenset(
    "foot feet mile miles meter meters metre metres kilometer kilometers yard yards".split()
)
_ASIDE_THEN_AUXILIARY = re.compile(
    r"\s*\([^()]{1,120}\)\s*(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?"
)
_SHARE_IN = re.compile(r"%|percent|per\s+cent|\d", re.IGNORECASE)
_CLAUSE_GAP = re.compile(
    r"[,;:]|\b(?:and|but|while|where|who|which|that|after|before|when|as|how|why|whether)\b"
)
_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western".split()
)
_COORDINATED_ADJECTIVES = frozenset(
    "former current big small young old new other major key senior junior local foreign military civilian "
    "public private full part permanent temporary male female confirmed presumed presumptive probable "
    "suspected positive active reported known".split()
)
# Modifiers kept in the group but never its head ("thousands more wounded", "500 new cases").
GROUP_MODIFIERS = frozenset("more new additional other extra further fresh confirmed total".split())
UNIT_DIMENSIONS = {
    "square kilometres": "area",
    "square kilometers": "area",
    "square miles": "area",
    "square metres": "area",
    "square meters": "area",
    "square feet": "area",
    "square foot": "area",
    "square-foot": "area",
    "sq km": "area",
    "km2": "area",
    "acres": "area",
    "hectares": "area",
    "kilometres": "distance",
    "kilometers": "distance",
    "km": "distance",
    "miles": "distance",
    "metres": "distance",
    "meters": "distance",
    "feet": "distance",
    "yards": "distance",
    "tons": "weight",
    "tonnes": "weight",
    "kilograms": "weight",
    "kg": "weight",
    "kilos": "weight",
    "barrels": "volume",
    "litres": "volume",
    "liters": "volume",
    "gallons": "volume",
    "cubic meters": "volume",
    "cubic metres": "volume",
    "megawatts": "power",
    "gigawatts": "power",
    "degrees": "temperature",
    "mph": "speed",
}
# Verbs that report a figure rather than say what it counts; never used as a measure.
NON_MEASURE_VERBS = frozenset(
    """said reported estimated confirmed recorded registered announced stated noted claimed added found
    showed revealed indicated counted listed cited described released published expected projected
    predicted needed used included involved totaled totalled numbered reached hit topped passed
    surpassed exceeded crossed stood rose fell increased decreased dropped declined jumped climbed grew
    doubled tripled called named ranked rated scored aged based priced valued dated located limited
    approved proposed planned scheduled allowed required ordered asked united detailed bolstered""".split()
)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’.-]*[\w]|[A-Za-z]|[,;:()\[\]—–\"“”]|\S")
# Words that make "cases" cases of an illness.
_DISEASE = re.compile(
    r"(?i:covid|coronavirus|virus|infect|disease|illness|outbreak|pandemic|epidemic|influenza|flu\b|measles|"
    r"ebola|cholera|tested positive|confirmed|symptom|hospitali[sz]|patients?\b|MIS-C|new cases|active cases)"
)
# The same words searched in lowered text: case-insensitive alternatives give the engine no first
# letters to skip to, so the pattern above is tried at every position, several times slower.
_DISEASE_LOWER = re.compile(_DISEASE.pattern.replace("(?i:", "(?:", 1).replace("MIS-C", "mis-c"))
_THINGS_NOT_HURT = frozenset(
    "jobs bills plans deals proposals projects programs stories ideas measures amendments votes careers".split()
)
_AT_ONE_POINT = re.compile(r"at\s+one\s+(?:point|time)\b", re.IGNORECASE)
_REPORTING_DEPLOYMENT_VERBS = frozenset(("posted", "posts", "post", "posting"))
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|of|reached|hit|hits|(?:would|could|will|may|might|to)\s+number|topped|tops|totaled|totalled|totals|totaling|totalling|numbered|"
    r"numbers|stood\s+at|stands\s+at|was|were|is|are|be|been|rose\s+to|climbed\s+to|is\s+now|now|"
    r"surpassed|exceeded|passed|passes|crossed|estimated|reaching|exceeding|surpassing|top|past|"
    r"surpass|surpasses|exceed|exceeds|reach|reaches|cross|crosses|eclipse|eclipses|eclipsed|"
    r"approached|approaches|approaching|neared|nears|nearing|"
    # "1,155 cases after reporting an additional nine": the count named before, reported again.
    r"reporting|reported|confirming|confirmed|recording|recorded|adding|added|"
    # "Deaths rose by 134 to 3,163": the change of a counted level.
    r"(?:rose|fell|grew|jumped|climbed|increased|decreased|dropped|declined|surged|soared)\s+by|"
    # "America has over 10 million infections, Spain has over 5 million": the noun is the list's.
    r"has|have|had|"
    # Ellipsis: "6,000 citizens, including more than 1,500 in Illinois", "300 seats, not the usual 700".
    r"including|than|from|versus|vs\.?|not(?:\s+the)?\s+usual|usual|normal|typical|compared\s+(?:with|to)|"
    # "Of the eleven school shootings, Larkin says six were versions of Columbine".
    r"says|said|found|finds)\s+(?:the\s+|a\s+(?:likely|record|new|total\s+of|further)\s+|an\s+(?:additional|extra)\s+|"
    # "peaked at a staggering 6.9 million": an intensifier on the level.
    r"an?\s+(?:staggering|whopping|stunning|astonishing|remarkable|massive|mere|paltry|hefty|modest|historic|"
    r"record-breaking|all-time\s+high\s+of|high\s+of|peak\s+of|low\s+of)\s+)?$",
    re.IGNORECASE,
)
_PERCENT_MEASURE_HEADS = frozenset(
    """rate rates share percentage proportion inflation unemployment turnout approval rating ratings growth
    gdp support increase decrease drop rise decline margin majority positivity mortality fatality
    vacancy poverty yield yields interest tax tariff""".split()
)


class Counted(NamedTuple):
    """What one quantity counts, whether it is a claim at all, and where its words end.

    `group_start`..`group_end` hold the counted words after the number (empty when there are none);
    `noun_at` is where the counted noun stands when it is written earlier in the sentence ("soldiers,
    with ranks bolstered to about 11,000"), else -1; `personnel` tells people under arms.
    """

    keep: bool
    counted: str | None
    measure: str
    span_start: int
    span_end: int
    core: bool
    group_start: int = -1
    group_end: int = -1
    noun_at: int = -1
    personnel: bool = False
    projected: str | None = None  # the words forecasting a core figure ("would cause"), a hedge


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _digit_run_end(after: list[tuple[str, int, int]], start: int = 1) -> int:
    """The index after the number's tokens from `start` (digits come one token each: "64" is "6", "4")."""
    i = start
    while i < len(after) and (
        after[i][0][:1].isdigit()
        or (after[i][0] in ",." and i + 1 < len(after) and after[i + 1][0][:1].isdigit())
    ):
        i += 1
    return i


def _whole_number(after: list[tuple[str, int, int]], start: int = 1) -> str:
    return "".join(t for t, _, _ in after[start : _digit_run_end(after, start)])


def counted_of(
    text: str,
    q: Quantity,
    sentence: tuple[int, int],
    clause_end: int,
    previous_counted: str | None,
    lexicon: Lexicon,
) -> Counted:
    """The counted noun, measure class and claim span of quantity `q` in its sentence.

    `clause_end` bounds the look-ahead for a measure verb; `previous_counted` is the counted noun of
    the claim before in the same sentence, inherited by "some 4,000 wounded" and bare numbers.
    """
    s_start, s_end = sentence
    # The counted words come within a dozen tokens after the number; tokenizing further is wasted work.
    after = [(m.group(), m.start(), m.end()) for m in islice(_TOKEN.finditer(text, q.end, s_end), 12)]
    group: list[tuple[str, int, int]] = []
    measure_after: tuple[str, int] | None = None
    # "the 400,000 who were displaced": a number standing for people, a relative clause after it.
    who = (
        q.unit is None
        and not (q.written_in_words and q.value == 1)  # "the one who shared": a pronoun
        and text.startswith(" who ", q.end)
    )
    verb_start = -1  # where the measure verb after the count starts
    compound = False  # "the 2,900-person unit": the number sizes a noun, whose verb is not the count's
    described: tuple[str, int] | None = None  # a participle before the noun: "200 wounded soldiers"
    i = 0
    # "thousands of soldiers", "a dozen of them", "millions of people", "60% of residents": skip one "of".
    if (
        after
        and after[0][0].lower() == "of"
        and (
            q.qualifier == "vague"
            or q.written_in_words
            or q.value >= 1e6
            or q.unit in ("percent", "percentage_points", "fraction")
        )
    ):
        i = 1
        if len(after) > 1 and after[1][0][:1].isdigit() and after[1][0] not in ("10", "100", "1", "1000"):
            while i < len(after) - 1 and (
                after[i][0][:1].isdigit() or (after[i][0] in ",." and after[i + 1][0][:1].isdigit())
            ):
                i += 1  # "only three of 42 deregulatory cases": the whole's own number
        elif len(after) > 1 and after[1][0].lower() in (
            "the",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
        ):
            i = 2
            while i < len(after) - 1 and (
                after[i][0][:1].isdigit() or (after[i][0] in ",." and after[i + 1][0][:1].isdigit())
            ):
                i += 1  # "eight of the 12 cases": the whole's own number, as after digits
    elif (
        q.unit is None
        and len(after) > 2
        and after[0][0].lower() == "of"
        and (
            after[1][0].lower() in ("the", "these", "those", "its", "their", "his", "her", "our")
            # "3 of 42 cases"; "7 of 10 Americans" is a share
            or (
                after[1][0][:1].isdigit()
                and _whole_number(after) not in ("10", "100", "1")
                and _digit_run_end(after) < len(after)
                and after[_digit_run_end(after)][0][:1].isalpha()
            )
            # "About 130 of Michigan's National Guard soldiers": a whole its owner names.
            or (after[1][0][:1].isupper() and after[1][0].endswith(("'s", "’s")))
        )
    ):
        # "all 180 of its employees", "1,181 of the 2,368 adults": the part counts the whole's noun.
        i = 2
        while i < len(after) - 1 and (
            after[i][0][:1].isdigit() or (after[i][0] in ",." and after[i + 1][0][:1].isdigit())
        ):
            i += 1  # the whole's own number ("2,368"), tokenized digit group by digit group
    elif (
        q.unit is None
        and len(after) > 3
        and after[0][0].lower() == "out"
        and after[1][0].lower() == "of"
        and counts_out_of_a_group(text, q.num_start)
    ):
        # "52 out of 61 attendees became ill": a part of a group, as "52 of the 61 attendees".
        i = 2
        while i < len(after) - 1 and (
            after[i][0][:1].isdigit() or (after[i][0] in ",." and after[i + 1][0][:1].isdigit())
        ):
            i += 1
    elif q.unit is not None:
        i = len(after)  # "$4 billion in cash", "55% this year": money and shares count nothing after them
    elif (
        len(after) > 1
        and after[0][0] in "-‐"
        and after[0][2] == after[1][1]
        and after[1][0].lower().split("-")[0] in _COMPOUND_COUNTS
    ):
        if after[1][0].lower() == "strong":
            i = 2  # "a 10,000-strong force": what is counted follows
        elif after[1][0].lower() == "square" and len(after) > 2 and after[2][0].lower() in _AREA_UNITS:
            # "a 17,000-square foot store": the unit is two words, the hyphen after the first.
            group, i, compound = [after[1], after[2]], len(after), True
        else:
            # "the 2,900-person unit", "a 500-bed hospital", "a 12-member panel": the compound counts
            group, i, compound = [after[1]], len(after), True
    elif after and after[0][0].lower() == "times" and after[0][1] == q.end + 1:
        # Ratios ("13 times higher") were dropped with the number: "six times in eight years" counts occasions.
        group, i = [after[0]], len(after)
    elif (
        len(after) > 1
        and after[0][0].lower() in ("more", "other", "additional", "extra", "fewer")
        and after[1][0][:1].isalpha()
        and after[1][0].lower() not in GROUP_STOP
    ):
        i = 1  # "dozens more lawmakers", "200 more troops": what is counted comes after "more"
    while i < len(after) and len(group) < 6:
        word, w0, w1 = after[i]
        low = word.lower().rstrip(".")
        if (
            word == ","
            and group
            and _SUPERLATIVE.fullmatch(group[-1][0])
            and i + 1 < len(after)
            and after[i + 1][0][:1].islower()
        ):
            i += 1  # "hundreds of the richest, most privileged people": adjectives in a row
            continue
        state = _STATE_AFTER.match(text, w0) if word == "," and group and group[-1][0][:1].isupper() else None
        if state:
            # "three Birmingham, Alabama police officers": a city and its state modify what is counted.
            while i < len(after) and after[i][1] < state.end():
                i += 1
            continue
        if (
            word in ("“", "‘", '"')
            and not group
            and text[w0 - 1 : w0] == " "
            and i + 1 < len(after)
            and after[i + 1][0][:1].islower()  # (not 700,000 “DREAMers”: a name in marks stays apart)
            and after[i + 1][1] == w1
        ):
            i += 1  # "4,645 ‘excess deaths’": what is counted, named in the marks of someone's term
            continue
        if not word[0].isalpha() or low.endswith(("n’t", "n't")):
            break  # a contraction ("three or four couldn’t") is a verb, never what is counted
        phrase = lexicon.measure_verb_regex.match(text, w0)
        nxt = after[i + 1][0] if i + 1 < len(after) else ""
        if (
            phrase
            and not group
            and phrase.end() == w1
            and _PLURAL_HEAD.fullmatch(nxt)
            and nxt.lower() not in GROUP_STOP
            and nxt.lower() not in lexicon.measure_nouns
        ):
            # "2,143 incarcerated individuals have tested positive": the participle describes the people
            # counted; what the clause says happened to them names the figure, else the participle does.
            described = (lexicon.measure_verbs[_norm(phrase.group())], phrase.end())
            group.append((word, w0, w1))
            i += 1
            continue
        if phrase:
            found = lexicon.measure_verbs[_norm(phrase.group())]
            if not (found in _STATE_MEASURES and any(g[0].lower() in lexicon.measure_nouns for g in group)):
                # "33 deaths among incarcerated people": the noun says what is counted, not where.
                measure_after, verb_start = (found, phrase.end()), w0
            break
        if (
            low in ("of", "for")
            and group
            and group[-1][0][:1].isupper()
            and i + 1 < len(after)
            and after[i + 1][0][:1].isupper()
        ):
            # "349 Bureau of Prisons staff": "of" inside a name that modifies what is counted.
            group.append((word, w0, w1))
            i += 1
            continue
        # "55 US soldiers": the country, not the pronoun.
        if (
            low in GROUP_STOP
            and (word[0].islower() or low not in _DIRECTIONS)
            and not (word == "US" and not group)
        ):
            if (
                low in ("and", "or")
                and group
                and i + 1 < len(after)
                and (
                    group[-1][0].lower() in _COORDINATED_ADJECTIVES
                    # "300 health and care workers": two modifiers of one plural noun.
                    or (
                        i + 2 < len(after)
                        and after[i + 1][0].islower()
                        and after[i + 1][0].isalpha()
                        and not _PLURAL_HEAD.fullmatch(after[i + 1][0])
                        and not _PLURAL_HEAD.fullmatch(group[-1][0])
                        and _PLURAL_HEAD.fullmatch(after[i + 2][0])
                    )
                )
            ):
                i += 1  # "nine former and current officials"
                continue
            break
        if _VERB_FORM.fullmatch(word) and low not in lexicon.measure_nouns and low not in UNIT_DIMENSIONS:
            nxt = after[i + 1][0] if i + 1 < len(after) else ""
            coordinated = low in _COORDINATED_ADJECTIVES and nxt.lower() in (
                "and",
                "or",
            )  # "confirmed or presumed"
            if not coordinated and not (
                nxt[:1].isalpha() and nxt.lower() not in GROUP_STOP and not _VERB_FORM.fullmatch(nxt)
            ):
                break  # a verb: "500 people attended"
        if _ADVERB.fullmatch(word) and low not in _NOT_ADVERB_LY:
            break
        group.append((word, w0, w1))
        i += 1
        if (
            (_PLURAL_HEAD.fullmatch(word) or (word[0].isupper() and _counts_people(word, lexicon)))
            and i < len(after)
            and after[i][0][:1].isalpha()
            and word.capitalize() not in US_STATES  # "138 more Illinois COVID-19 deaths": a state, no plural
        ):
            break  # a plural noun ends the group: "Two problems | build", "protesters | marched Tuesday"
    if (
        not group
        and measure_after is None
        and i + 1 < len(after)
        and after[i][0] in ("were", "are")
        and (_PLURAL_NOUN.fullmatch(after[i + 1][0]) and after[i + 1][0] not in GROUP_STOP)
    ):
        group = [after[i + 1]]  # "Of those, 1,200 were children": the count's noun is the predicate
    nouns = [g for g in group if g[0].lower() not in GROUP_MODIFIERS]
    counted = _counted_words(nouns)
    span_end = max([q.end] + [g[2] for g in group])
    measure: str | None = None
    span_start = q.start
    if measure_after is None and not compound:
        # "more than 1,000 troops have been killed in action": a measure verb later in the clause.
        appositive = _QUANTIFIER_APPOSITIVE.match(text, span_end, sentence[1])
        aside = _ASIDE_THEN_AUXILIARY.match(text, span_end)
        reach = (
            min(clause_end, span_end + 60) if appositive is None else min(sentence[1], appositive.end() + 30)
        )
        if aside and aside.group().strip():
            reach = max(reach, min(sentence[1], aside.end() + 30))
        look = lexicon.measure_verb_regex.search(text, span_end, reach)
        # "80 percent of the 1,162 inmates have tested positive": the verb is the part's, not the whole's.
        whole = _partitive_before(text, max(s_start, q.start - 30), q.start)
        if (
            look
            # "almost all of the 400,000 who were displaced": a relative clause on the whole is its own, as is
            # a participle right after it ("one of the more than 58,000 American soldiers killed in Vietnam").
            and (
                not whole
                or _RELATIVE_TO_VERB.fullmatch(text, span_end, look.start())
                or (
                    look.start() == span_end + 1
                    and look.group().endswith(("ed", "en"))
                    and not _SHARE_IN.search(whole.group())
                )
            )
            and (
                not _CLAUSE_GAP.search(text, span_end, look.start())
                or (
                    _RELATIVE_TO_VERB.fullmatch(text, span_end, look.start())
                    and (_counts_persons(counted, lexicon) or who)
                )
                # "Two other workers, both in California, have died": an appositive on the count.
                or (appositive is not None and appositive.end() == look.start())
                # "Two men and two infants were reported dead": a coordinated count of people shares the verb.
                or (
                    _COORDINATED_COUNT.fullmatch(text, span_end, look.start())
                    and _counts_persons(counted, lexicon)
                )
            )
            # "indicted on murder charges in the killing of Ahmaud Arbery": a noun, not the count's verb.
            and not (
                _GERUND_NOUN_BEFORE.search(text, max(span_end, look.start() - 8), look.start())
                and text.startswith(" of ", look.end())
            )
            # "immigrants from the seven banned countries have killed …": a count inside the subject's
            # prepositional phrase is not what the finite verb after it says.
            and not (
                _IN_PHRASE_BEFORE.search(text, max(s_start, q.start - 30), q.start)
                and _AUXILIARY.search(text, span_end, look.start())
            )
            # "Three mass shootings … have left more than 30 people dead": the nearer count's verb.
            and (
                not _ANOTHER_NUMBER.search(text, span_end, look.start())
                # "2,143 inmates (nearly 90 percent of the population) have tested positive": an aside.
                or _ASIDE_THEN_AUXILIARY.fullmatch(text, span_end, look.start())
                or _WHOLE_AFTER.match(text, span_end)  # "Six of the 40 soldiers were killed": the part's
                or (
                    _COORDINATED_COUNT.fullmatch(text, span_end, look.start())
                    and _counts_persons(counted, lexicon)
                )
            )
        ):
            found = lexicon.measure_verbs[_norm(look.group())]
            if _norm(look.group()) == "serving" and _SERVING_TIME.match(text, look.end()):
                found = None  # "150,000 inmates serving sentences": time served, no deployment
            if found and not (
                found in _STATE_MEASURES and any(g[0].lower() in lexicon.measure_nouns for g in nouns)
            ):
                # "eight children and one adult who died": the verb is shared, the span stays the first
                # count's, so the second count is a claim of its own.
                shared = _ANOTHER_NUMBER.search(
                    text, span_end, look.start()
                ) and _COORDINATED_COUNT.fullmatch(text, span_end, look.start())
                measure_after = (found, span_end if shared else look.end())
                verb_start = -1 if shared else look.start()
    # "two assailants shot and killed Tripathi", "Three gunmen wounded a guard": the count is the subject
    # of an active verb acting on someone after it, so it counts the agents, not the dead or the hurt
    # ("Five people killed in attack", a headline's passive, stays the toll).
    agent = (
        measure_after is not None
        and verb_start >= 0
        and measure_after[0] in _AGENT_MEASURES
        and q.unit is None
        and bool(group)
        and not _PASSIVE_BETWEEN.search(text, group[-1][2], verb_start)
        and bool(_OBJECT_AFTER.match(text, measure_after[1]))
    )
    if agent:
        measure_after = None
    # "the arrests of three suspects in the reporter's killing": the event noun before "of" says what
    # happened to those counted; a verb or noun later in the clause is another event's.
    governing = _EVENT_NOUN_OF.search(text, max(s_start, q.start - 30), q.start) if q.unit is None else None
    # "the death of hundreds of troops": the singular event noun as its plural.
    governed = (
        lexicon.measure_nouns.get(governing.group(1).lower())
        or lexicon.measure_nouns.get(governing.group(1).lower() + "s")
        or _KILLINGS.get(governing.group(1).lower())
        if governing
        else None
    )
    if governed not in _GOVERNED_MEASURES or governing.group(1).lower() in ("lives", "toll", "dead"):
        governed = None
    if governed:
        measure_after = described = None
    measure_after = measure_after or described
    if measure_after:
        measure, span_end = measure_after[0], max(span_end, measure_after[1])
    elif governed:
        measure, span_start = governed, governing.start(1)
    # Before the number: "deployed some 12,000", "gifted Kim at least one", "the toll of 600".
    before = _tokens(text, max(s_start, q.start - 60), q.start)[-4:]
    verb_before: tuple[str, int] | None = None
    noun_before: tuple[str, int] | None = None
    # "infected all but one region", "killed all but three passengers": the count is of those the verb spared.
    spared = _after_all_but(text, s_start, q.start)
    for word, w0, _ in reversed(before):
        if word in ',;:—–()"“”' or spared:
            break
        low = word.lower()
        if (low in _CLAUSE_WORDS or low in _REPORTING_VERBS) and verb_before is None:
            # "the bill is dead again after two senators said": another clause's verb; "posted records
            # show 2,000 visitors": the verb before the figure is the report's, not a deployment.
            break
        if (
            low in ("to", "from", "for", "with", "into", "by", "in", "during", "across", "over")
            and verb_before is None
        ):
            break  # "sent emails to 122 addresses", "killed in two operations": not what the verb acted on
        if verb_before is None and (low in lexicon.measure_verbs or low in lexicon.movement_verbs):
            verb_before = (low, w0)
        if noun_before is None and low in lexicon.measure_nouns:
            noun_before = (low, w0)
    money_implied = (
        verb_before is None
        and q.unit is None
        and q.qualifier == "vague"
        and q.value >= 1e6
        and bool(before)
        and before[-1][0].lower() in lexicon.money_verbs
        and before[-1][2] == q.start - 1
    )
    if money_implied:
        # "had lent billions to home buyers", "spent millions on ads": a vague sum, the money implied.
        measure, span_start = lexicon.money_verbs[before[-1][0].lower()], before[-1][1]
    if verb_before is None and before and before[-1][0].lower() in lexicon.measure_verb_last_words:
        # "laid off around 500 employees": a verb phrase of several words right before the figure.
        for phrase in lexicon.measure_verb_regex.finditer(text, max(s_start, q.start - 25), q.start):
            if " " in phrase.group() and not text[phrase.end() : q.start].strip():
                verb_before = (_norm(phrase.group()), phrase.start())
    head = counted.split()[-1].lower() if counted else None
    personnel = _is_personnel(counted, previous_counted, lexicon)
    unit_dim = UNIT_DIMENSIONS.get(counted.lower()) if counted else None
    if unit_dim is None and head:
        unit_dim = UNIT_DIMENSIONS.get(head)
    if unit_dim == "distance" and _PER_HOUR.match(text, max([q.end] + [g[2] for g in group])):
        unit_dim = "speed"  # "gusts of 32 miles per hour"
    if (
        measure in _STATE_MEASURES
        and verb_before is not None
        and lexicon.measure_verbs.get(verb_before[0]) in lexicon.core_measures
        and lexicon.measure_verbs.get(verb_before[0]) not in _STATE_MEASURES
    ):
        # "killed 40 people in jail": where the people were is no measure when a verb before says what
        # happened to them.
        measure = None
    if measure is None and verb_before:
        # "killed and injured hundreds": a phrase of several words ending right before the number.
        phrase = lexicon.measure_verb_regex.search(text, max(s_start, verb_before[1] - 20), q.start)
        while phrase and phrase.end() < verb_before[1] + len(verb_before[0]):
            phrase = lexicon.measure_verb_regex.search(text, phrase.end(), q.start)
        if phrase and " " in phrase.group() and not text[phrase.end() : q.start].strip():
            verb_before = (_norm(phrase.group()), phrase.start())
        verb = verb_before[0]
        if verb in lexicon.movement_verbs and verb not in lexicon.measure_verbs:
            measure = "deployed" if personnel else "transferred"
        else:
            measure = lexicon.measure_verbs[verb]
            if measure == "deployed" and not personnel and verb in lexicon.movement_verbs:
                measure = "transferred"
            elif measure == "deployed" and not personnel and verb in _REPORTING_DEPLOYMENT_VERBS:
                measure = None  # "The S&P 500 posted 61 new highs": a figure reported, no one posted
        span_start = min(span_start, verb_before[1])
    if (
        nouns
        # "about 0.5% of GDP": a percentage or a sum of a whole named in capitals is a figure still
        and q.unit in (None, "fraction")
        and all(w[0].isupper() for w, _, _ in nouns)
        and not _counts_people(nouns[-1][0], lexicon)
        # A headline capitalises every word: "Video Of Protest Had 1.3 Million Views" still counts.
        and not title_case(text[s_start:s_end])
    ):
        # "31 Images", "4 Things The WSJ Reports": a title or a name, not a count.
        return Counted(False, None, "count", q.start, q.end, False)
    bare = not nouns and q.unit is None
    noun_at = -1
    # "11 delegates … — 7 for the 9th and 4 for the 8th": bare numbers breaking down the count before.
    breakdown = (
        bare
        and counted is None
        and measure is None
        and previous_counted is not None
        and not (q.written_in_words and q.value == 1)  # "— one that was targeted by …": a pronoun
        and bool(_BREAKDOWN_BEFORE.search(text, max(s_start, q.start - 50), q.start))
    )
    if bare and counted is None and measure is None:
        earlier, at = _noun_earlier(text, s_start, q.start, lexicon)
        # The nearest measure noun wins over the noun of the sentence's previous figure when that
        # noun is further back: "fatalities are at 27,650, while cases rose to 231,350".
        if previous_counted is None or (
            earlier is not None and previous_counted.lower() not in text[at : q.start].lower()
        ):
            previous_counted, noun_at = earlier, at
        if previous_counted is None:
            # "the number of such requests was four", "monthly foreign visitors was 17,543": the plural
            # noun the copula equates with the figure.
            cop = _COPULA_NOUN.search(text, max(s_start, q.start - 80), q.start)
            if cop:
                previous_counted, noun_at = cop.group(1), cop.start(1)
        if previous_counted is None and text.endswith("of ", max(s_start, q.start - 3), q.start):
            # "a crowd of 5,000", "an organization of a hundred thousand": the size of a collective counts
            # its members.
            collective = _COLLECTIVE_OF.search(text, max(s_start, q.start - 50), q.start)
            if collective:
                previous_counted, noun_at = collective.group(1), collective.start(1)
        if previous_counted is None and _HOME_TO.search(text, max(s_start, q.start - 40), q.start):
            # "The Bay Area is home to 8 million": the people living there.
            previous_counted, noun_at = (
                "population",
                _HOME_TO.search(text, max(s_start, q.start - 40), q.start).start(),
            )
        if previous_counted is None and (
            _LEVEL_BEFORE.search(text, max(s_start, q.start - 40), q.start)
            # "the number of people without health insurance will rise by nearly 5 million": a change of it
            or _CHANGE_BY_BEFORE.search(text, max(s_start, q.start - 40), q.start)
        ):
            # "the pool of illegal aliens reached a likely 20 million": the clause's plural noun.
            clause_start = max(s_start, q.start - 120)
            for m in reversed(list(_PLURAL_WORD.finditer(text, clause_start, q.start))):
                if m.group().lower() not in GROUP_STOP and not _CLAUSE_GAP.search(text, m.end(), q.start):
                    previous_counted, noun_at = m.group(), m.start()
                    break
        # "when the cap exceeded 200,000": a bound's verb read into the quantity is the level's verb too.
        level_at = (
            q.num_start
            if q.num_start > q.start and _LEVEL_BEFORE.search(text, q.start, q.num_start)
            else q.start
        )
        if previous_counted is None and _LEVEL_BEFORE.search(text, max(s_start, level_at - 40), level_at):
            # "the weekly tally has been about 210,000", "the number was higher, reaching nearly 700,000":
            # a tally's level, the tally the subject of the clause.
            tally = (
                _TALLY_SUBJECT.search(text, max(s_start, level_at - 80), level_at)
                or _TALLY_OBJECT.search(text, max(s_start, level_at - 120), level_at)
                or _NUMBER_OF_AT.search(text, max(s_start, level_at - 120), level_at)
            )
            if tally:
                previous_counted, noun_at = tally.group(1), tally.start(1)
        if previous_counted is None:
            # "a record number of eviction filings—12,000—in March": the plural noun the figure is set off after.
            apposed = _APPOSED_TO_NOUN.search(text, max(s_start, q.start - 40), q.start)
            if apposed and apposed.group(1) not in GROUP_STOP:
                previous_counted, noun_at = apposed.group(1), apposed.start(1)
        if previous_counted is None and _CLAUSE_SUBJECT_AFTER.match(text, q.end):
            # "Looking only at young adults, it’s likely that more than 3 million are out of work": a
            # number that is its clause's subject counts the people named earlier in the sentence.
            for m in reversed(list(_PLURAL_WORD.finditer(text, s_start, q.start))):
                if (
                    m.group().lower() in _PEOPLE_NOUNS
                    and not _ANOTHER_NUMBER.search(text, m.end(), q.start)
                    and not _OPINION_VERB_AFTER.match(text, m.end())  # "officials think that …": the source
                ):
                    previous_counted, noun_at = m.group(), m.start()
                    break
    if bare:
        counted = previous_counted
        if who and measure_after is not None and not _counts_persons(counted, lexicon):
            counted = "people"  # "the 400,000 who were displaced": people
        head = counted.split()[-1].lower() if counted else None
        if measure is None and noun_before:
            measure = lexicon.measure_nouns[noun_before[0]]
            span_start = min(span_start, noun_before[1])
    if measure is None and q.unit is None:
        # "The fatalities are two members of the factions", "the dead include 12 soldiers": the subject
        # the count is equated with names the measure, whatever the count's own noun is.
        subject = _MEASURE_SUBJECT.search(text, max(s_start, q.start - 40), q.start)
        if subject:
            word = subject.group(1).lower()
            measure = lexicon.measure_nouns.get(word) or lexicon.measure_verbs.get(word)
    if measure is None and head and not unit_dim:
        measure = lexicon.measure_nouns.get(counted.lower()) or lexicon.measure_nouns.get(head)
        if measure is None and q.value == 1 and not head.endswith("s") and _listed_with_a_count(text, q):
            # "15 cases and one death": a count of one in a list of counts names its noun in the singular
            # ("In one case, …" stays a determiner).
            measure = lexicon.measure_nouns.get(_plural(head))
    generic_verb = _generic_verb(before)
    if measure is None and unit_dim:
        measure = f"{unit_dim}_{generic_verb[0]}" if generic_verb else unit_dim
        if generic_verb:
            span_start = min(span_start, generic_verb[1])
    # A share or a sum is never a count of what follows it: "15% of cases" is a share, not cases.
    if q.unit == "times":
        measure = "ratio"  # "a tenfold increase", "twice as likely": a ratio between two figures
    elif q.unit in ("percent", "percentage_points", "fraction"):
        # "14% of the population" → population_share: a share is named for the whole it divides.
        whole = f"{_singular(head)}_share" if head and not bare and _LOWER_WORD.fullmatch(head) else "share"
        if whole == "share_share":
            # "3% of the total Democratic delegate share": the share's own modifier names it.
            modifier = counted.split()[-2] if counted and len(counted.split()) > 1 else ""
            whole = f"{_snake(modifier)}_share" if _LOWER_WORD.fullmatch(modifier) else "share"
        # A change is no share: "a 726% increase" must not be held to a share's bound of 100 %.
        measure = _percent_change(text, s_start, s_end, q) or _percent_measure(text, s_start, q.start)
        if measure in _OPINION_MEASURES:
            measure = "poll_share"  # "approval fell from 51%": a share of people holding a view
        if (
            measure in (None, "share", "majority", "minority", "plurality")
            and q.unit == "percent"  # a change in percentage points is no share of respondents
            and (
                _POLL.search(text, max(0, s_start - 200), s_end)
                or _OPINION_AFTER.match(text, q.end)
                or _OPINION_BEFORE.search(text, s_start, q.start)
            )
        ):
            # "59 percent of independents" in a survey's findings; "38% say", "a majority of Republicans
            # (61%) now say": shares of people holding a view are a poll's.
            measure = "poll_share"
        measure = measure or whole
        if (measure == "share" or measure.endswith("_share")) and q.value > 100:
            # No share of a whole passes 100 %: "845%" is a change, "120% of capacity" a ratio.
            measure = "change" if measure == "share" else measure.removesuffix("_share") + "_ratio"
    elif q.unit == "degrees":
        measure = "temperature"  # "rising 2°C": a measurement, no sum of money
    elif q.unit is not None:
        measure = _money_measure(text, q, before, s_end, lexicon) or (
            f"money_{generic_verb[0]}" if generic_verb else "money"
        )
    if measure is None and generic_verb and counted:
        measure = generic_verb[0]
    if (
        measure is None
        and head
        and q.unit is None
        and (head in _PEOPLE_NOUNS or _counts_people(head, lexicon))
    ):
        # "About 6,000 citizens have signed up", "Three men indicted on murder charges": what happened to
        # the people counted names the figure better than "citizens" or "men".
        done = _PARTICIPLE_AFTER.match(text, span_end, clause_end)
        whole = _partitive_before(text, max(s_start, q.start - 30), q.start)
        if done and done.group(1) not in _NOT_WHAT_HAPPENED and not whole:  # a whole takes no part's verb
            measure = done.group(1) + (f"_{done.group(2)}" if done.group(2) else "")
    if measure is None:
        measure = _snake(head) if head else "count"
        if measure == "count" and q.unit is None and _PER_HEAD_AFTER.match(text, q.end):
            measure = "rate"  # "two per 100,000"
    if agent or (measure in ("killed", "wounded") and head in _THINGS_NOT_HURT):
        # ("they have killed 1.3 million retail jobs": a figure of things, no toll)
        measure = _snake(head) if head else "count"
    keep = _is_claim(
        text,
        q,
        bare,
        counted,
        measure,
        measure_after is not None or verb_before is not None or money_implied,
        noun_before is not None,
        lexicon,
    )
    keep = keep or breakdown
    item = (
        _place_item(text, s_start, q, span_end, lexicon)
        if q.unit is None
        and measure_after is None
        and (bare or head in ("people", "persons"))
        and any(d in text[max(0, q.start - 3) : q.start] for d in "-–—")
        else None
    )
    if item is not None:
        # "The most new cases were reported in Moscow - 1,774 … in the Murmansk region - 137": an item of a
        # list of places and their figures counts the noun the list opens with; the place is in its span.
        counted, head, measure, span_start, keep = (
            item[0],
            item[0].split()[-1].lower(),
            item[1],
            item[2],
            True,
        )
    lives_of = (
        _LIVES_OF_BEFORE.search(text, max(s_start, q.start - 20), q.start)
        if "lives" in text[max(s_start, q.start - 20) : q.start]
        else None
    )
    if lives_of and _LIVES_TAKEN.search(text, max(s_start, lives_of.start() - 30), lives_of.start()):
        # "has claimed the lives of 198 people": the people counted are the toll, named by "lives" before.
        measure, span_start = "killed", min(span_start, lives_of.start())
    if head in ("lives", "life"):
        noun_end = group[-1][2] if group else q.end
        if _LIVES_TAKEN_AFTER.match(text, noun_end) or _LIVES_TAKEN.search(
            text, max(s_start, q.start - 40), q.start
        ):
            measure = "killed"  # "3,000 lives were lost in the fighting", "claimed 22 lives"
        elif measure == "killed" and measure_after is None:
            measure = "lives"  # "it will ruin millions of lives", "saved 100 lives": no one died
    lost = (
        _LOST_BEFORE.search(text, max(s_start, q.start - 30), q.start)
        if measure == "deployed" and personnel and verb_before is None and measure_after is None
        else None
    )
    if lost:
        # "Ukraine lost 300 soldiers in the battle": an army's losses, killed and wounded alike.
        measure, span_start = "casualties", min(span_start, lost.start())
    if (
        measure == "deployed"
        and head
        and not personnel
        and not _counts_people(head, lexicon)
        and head not in _PEOPLE_NOUNS
    ):
        # "40 specialized vehicles dispatched": equipment sent, not troops readers compare; "Florida posted
        # 15,300 cases": a count its noun names ("posted" sends no one).
        measure = lexicon.measure_nouns.get(head) or f"{_snake(head)}_deployed"
    elif measure == "deployed" and head and not personnel and _GIVING_VERB.search(text, q.start, span_end):
        measure = _snake(head)  # "More than 40,000 donors have contributed": money given, not troops sent
    if (
        measure == "captured"
        and head == "prisoners"
        and measure_after is None
        and verb_before is None
        and (
            _JUSTICE_MODIFIER.search(counted or "")
            or _JUSTICE_SYSTEM.search(text, max(s_start, q.start - 60), min(s_end, span_end + 80))
        )
    ):
        # "California will release up to 8,000 prisoners", "federal prisoners … sentence reductions": inmates
        # of a justice system, not captives of a side; freeing them is no capture.
        release = _RELEASE.search(text, max(s_start, q.start - 60), min(s_end, span_end + 80))
        measure = "prisoner_releases" if release else "prisoners"
    # People said to have recovered are no figure readers compare (dev17's "beat the virus", dev20's
    # "1,986 people recovered"), but a reported tally of recoveries is, like a tally of cases (dev2).
    core = (
        measure in lexicon.core_measures or (measure == "recovered" and head == "recoveries")
    ) and q.unit is None
    if (
        core
        and measure in ("cases", "tested")
        and not _DISEASE.search(text, max(0, s_start - 400), s_end + 200)
        and not _mentions_disease(text)
    ):
        core = False  # "eight of those subsequent cases", "court cases": cases of no illness in the article
    projected = None
    if core:
        between = _MODAL_BETWEEN.search(
            text, q.end, max(q.end, min(s_end, measure_after[1] if measure_after else span_end))
        )
        modal = (
            _MODAL_VERB_BEFORE.search(text, max(s_start, q.start - 30), q.start)
            or _COUNTERFACTUAL_BEFORE.search(text, max(s_start, q.start - 40), q.start)
        ) or (between if between and _MODAL.match(between.group()) else None)
        supposed = _COULD_BE_BEFORE.search(text, max(s_start, q.start - 20), q.start) and _AS_FEW_AS.match(
            text, q.start
        )  # "deaths could be as few as 55,000" ("could be around 60,000" estimates a toll: still compared)
        if (
            modal
            or between
            or supposed
            or _PROJECTION_BEFORE.search(text, max(s_start, q.start - 60), q.start)
        ):
            # "the original prediction of millions of deaths", "would like to resettle one million
            # refugees", "would cause thousands of deaths": a projection or an aim, not a figure of what
            # happened that readers compare across sources.
            core = False
            measure = _projected(measure)
        if modal:
            # A toll or count forecast with a modal is uncertain (dev12's "would die"); an aim, a named
            # prediction or a "will" is not hedged.
            projected = modal.group()
    if core and _RATES_OF_BEFORE.search(text, max(s_start, q.start - 30), q.start):
        # "Italy and Spain logged rates of 5.5 and 4": rates of the toll named before, not tolls.
        measure, core = ("death_rate" if measure == "killed" else f"{measure}_rate"), False
    if core and (
        _TARGET_BEFORE.search(text, max(s_start, q.start - 40), q.start)
        or _FACTOR_BEFORE.search(text, max(s_start, q.start - 20), q.start)
        or _HABITUAL_RATE_AFTER.match(text, span_end)
        or _YEARLY_OPENING.match(text, s_start)
    ):
        # "would have to drop below 2,543 new cases", "needs to stay under 100": a threshold set, not a
        # count; "underreporting of cases by factors of four to fifteen": a multiplier; "115 Americans die
        # daily": a standing statistic, not a toll of the events reported.
        core = False
    if core and _CORRELATIVE_OPENING.match(text, s_start) and "," not in text[s_start : q.start]:
        # "The closer you can have it to 120 [thousand deaths], …, the better": a figure in the first half of
        # a correlative comparison is a supposed level, not a toll reported.
        core = False
    conditional = _CONDITIONAL_BEFORE.search(text, max(s_start, q.start - 30), q.start)
    if conditional is None and text.startswith(
        ("If", "if", "Unless"), _IF_OPENING_AT.match(text, s_start).end()
    ):
        opening = _IF_OPENING.match(text, s_start)
        if opening and opening.end() <= q.start and _MODAL_BETWEEN.search(text, opening.end(), q.start):
            # "If you factor those individuals in, the rate would jump to about 19.5 percent": the main
            # clause of a condition opening the sentence states what would follow, not what is.
            conditional = opening
    if conditional:
        # "if there are 250,000 people dead by Election Day": a figure supposed, not reported; hedged by "if".
        if core:
            measure = _projected(measure)
        core, projected = False, projected or conditional.group(1)
    yearly = _YEARLY_OR_PER_HEAD.search(text, q.end, min(s_end, max(q.end, span_end) + 40)) if core else None
    if yearly and not _ANOTHER_NUMBER.search(text, max(q.end, span_end), yearly.start()):
        # "187 cases per 100,000 people", "128,000 people die every year": a rate or a yearly statistic,
        # not a toll of the events the story is about (daily counts stay core).
        core = False
    per_head = _PER_HEAD_AFTER.match(text, span_end) if head and q.unit is None else None
    if per_head and _LOWER_WORD.fullmatch(head):
        # "35.64 deaths per 100,000 people" → death_rate: a rate is named for what it counts.
        measure, core = f"{_singular(head)}_rate", False
    if head == "times" and measure and measure != "times" and q.unit is None:
        # "arrested more than 40 times": how often it happened to one subject, not a count of people.
        measure, core = f"times_{measure}", False
    return Counted(
        keep,
        counted,
        measure,
        span_start,
        span_end,
        core,
        group[0][1] if group else q.end,
        group[-1][2] if group else q.end,
        noun_at,
        q.unit is None and _is_personnel(counted, previous_counted, lexicon),
        projected,
    )


# A core figure forecast or supposed is named for what it forecasts: "2.2 million could die" → projected_deaths.
_PROJECTED_NAMES = {"killed": "deaths", "tested": "tests", "infected": "infections"}


def _projected(measure: str) -> str:
    return "projected_" + _PROJECTED_NAMES.get(measure, measure)


_GROUP_NAMES = frozenset(
    "democrats republicans independents catholics muslims christians jews senators americans".split()
)


def _counts_people(word: str, lexicon: Lexicon) -> bool:
    """ "48 Democrats", "13 Russians": capitalised plurals that still count people."""
    low = word.lower()
    return (
        low in _GROUP_NAMES
        or low in lexicon.personnel_nouns  # "200 Marines"
        or (word.endswith("s") and word[:-1] in lexicon.subject_aliases)
        # "93% of Chicagoans", "10,000 Texans": the people of a place, named for it.
        or bool(_DEMONYM_PLURAL.fullmatch(word))
        # "hundreds of GIs", "50 CEOs", "12 MPs": people named by a plural abbreviation.
        or bool(_ACRONYM_PLURAL.fullmatch(word))
    )


_DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]+(?:ians|ans|ers|ites|ese|is)")
_ACRONYM_PLURAL = re.compile(r"(?:GI|CEO|MP|POW|EMT|CFO|CTO|MEP|MLA|MSP|VIP|GOP)s")


_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def _singular(noun: str) -> str:
    """ "deaths" → death, "casualties" → casualty, "businesses" → business; other words as they are."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions"
)
# "15 COVID-19 cases and one death", "12 arrests and one death": a count of one after another count in a list.
_COUNT_LISTED_BEFORE = re.compile(
    rf"(?:(?<![\w.,-])(?!(?:1[89]|20)\d\d\b)\d|\b(?:{_NUMBER_WORDS})\b)[\d,.]*(?:[ -][A-Za-z][\w’'-]*){{1,3}},?\s+(?:and|or|plus)\s+$",
    re.IGNORECASE,
)
# "one death and 15 cases": before another count.
_COUNT_LISTED_AFTER = re.compile(
    rf"(?:[ -][A-Za-z][\w’'-]*){{1,2}},?\s+(?:and|or|plus)\s+(?:\d|(?:{_NUMBER_WORDS})\b)",
    re.IGNORECASE,
)


def _listed_with_a_count(text: str, q: Quantity) -> bool:
    """Whether the count is an item of a list of counts ("15 cases and one death", "one death and 15
    cases"), not a determiner ("one major difference", "at one school")."""
    return bool(
        _COUNT_LISTED_BEFORE.search(text, max(0, q.start - 50), q.start)
        or _COUNT_LISTED_AFTER.match(text, q.end)
    )


def _plural(noun: str) -> str:
    """ "death" → deaths, "fatality" → fatalities, "injury" → injuries: a count noun's plural."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


_NORM_RE1 = re.compile(r"\s+")


def _norm(phrase: str) -> str:
    return _NORM_RE1.sub(" ", phrase.lower())


_SNAKE_RE1 = re.compile(r"[^a-z0-9]+")


def _snake(word: str) -> str:
    return _SNAKE_RE1.sub("_", word.lower()).strip("_") or "count"


def _counted_words(nouns: list[tuple[str, int, int]]) -> str | None:
    """The counted noun as written: the lower-case tail of the group ("North Korean soldiers" → soldiers)."""
    if not nouns:
        return None
    words = [w for w, _, _ in nouns]
    tail: list[str] = []
    for w in reversed(words):
        if w[0].isupper() and tail:
            break
        tail.insert(0, w)
        if len(tail) == 3:
            break
    if tail and tail[-1][0].isupper() and len(tail) == 1 and len(words) == 1:
        return tail[0]
    return " ".join(tail).rstrip("’'").removesuffix("’s").removesuffix("'s") or None


def _counts_persons(counted: str | None, lexicon: Lexicon) -> bool:
    """Whether the counted words are people ("men", "civilians", "48 Democrats")."""
    head = counted.split()[-1] if counted else ""
    low = head.lower()
    # A singular counts one person too ("one adult who died", "one man").
    plural = _IRREGULAR_PLURALS.get(low, low + "s")
    return low in _PEOPLE_NOUNS or plural in _PEOPLE_NOUNS or _counts_people(head, lexicon)


def _is_personnel(counted: str | None, previous: str | None, lexicon: Lexicon) -> bool:
    for c in (counted, previous):
        if c and (c.lower() in lexicon.personnel_nouns or c.split()[-1].lower() in lexicon.personnel_nouns):
            return True
    return False


# "in the Murmansk region - ", "St. Petersburg – ": capitalised words, at most one lower-case word after
# them ("region"), a spaced dash.
_PLACE_ITEM_BEFORE = re.compile(
    r"(?<![\w.’'-])(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?:\s+[a-z]+)?\s+[-–—]\s+$"
)
_ITEM_END = re.compile(r"[ \t]*(?:[,;.]|$)", re.MULTILINE)
_LIST_LINE = 80  # a list's items are short lines; a longer line between noun and item ends the list


def _after_all_but(text: str, floor: int, at: int) -> bool:
    """Whether "all but" stands right before offset `at` ("all but one region")."""
    return text[max(floor, at - 10) : at].lower().endswith(("all but ", "all but\n"))


def _place_item(
    text: str, s_start: int, q: Quantity, end: int, lexicon: Lexicon
) -> tuple[str, str, int] | None:
    """(counted noun, measure, item start) when `q` is a figure in a list of "place - N" items, else None.

    The item must end after its figure (or its "people"), and the list must name what it counts earlier:
    in the item's sentence or in the list's lead line, with only short item lines between them.
    """
    place = _PLACE_ITEM_BEFORE.search(text, max(s_start, q.start - 60), q.start)
    if place is None or not _ITEM_END.match(text, end):
        return None
    window = max(0, place.start() - 300)
    noun, at = _noun_earlier(text, window, place.start(), lexicon)
    if noun is None or noun.split()[-1].lower() not in lexicon.measure_nouns:
        return None
    if at < s_start:
        line_end = text.find("\n", at)
        between = text[line_end if line_end >= 0 else at : place.start()]
        if any(len(line) > _LIST_LINE for line in between.splitlines()):
            return None
    return noun, lexicon.measure_nouns[noun.split()[-1].lower()], place.start()


def _noun_earlier(text: str, s_start: int, pos: int, lexicon: Lexicon) -> tuple[str | None, int]:
    """The nearest measure noun earlier in the sentence and its offset, or (None, -1)

    ("soldiers, with ranks bolstered to about 11,000").
    """
    words = list(re.finditer(r"[A-Za-z]+", text[s_start:pos]))
    for k in range(len(words) - 1, -1, -1):
        m = words[k]
        word = m.group().lower()
        if k and f"{words[k - 1].group().lower()} {word}" in lexicon.measure_nouns:
            # "the case load had surged to nearly 5,700": a measure named by two words.
            first = words[k - 1]
            return text[s_start + first.start() : s_start + m.end()], s_start + first.start()
        if word in lexicon.measure_nouns or word in lexicon.personnel_nouns:
            return m.group(), s_start + m.start()
    return None, -1


_GENERIC_VERB_RE1 = re.compile(r"[a-z]+ed")


_GENERIC_VERB_SKIP = frozenset(
    """more than over least about around some nearly almost roughly approximately up as many much an
    estimated the another just only fewer less under well a total of""".split()
)


def _generic_verb(before: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """A past-tense verb right before the number ("reprimanded over 40 officials" → reprimanded).

    "at" and "to" belong to the number only in "at least", "at most", "up to", "close to": in "looked
    at twelve shootings" or "applied to 100 countries" the verb acts on something else, not the count.
    """
    for k in range(len(before) - 1, -1, -1):
        word, w0, _ = before[k]
        low = word.lower()
        if low == "at" and k + 1 < len(before) and before[k + 1][0].lower() in ("least", "most"):
            continue
        if low == "to" and k > 0 and before[k - 1][0].lower() in ("up", "close", "closer"):
            continue
        if low in _GENERIC_VERB_SKIP:
            continue
        # "need", "exceed", "proceed" end in -ed without being past participles.
        if (
            _GENERIC_VERB_RE1.fullmatch(word)
            and not low.endswith("eed")
            and low not in NON_MEASURE_VERBS
            and not (low.startswith("un") and k > 0 and before[k - 1][0].lower() in ("a", "an", "the"))
        ):
            return low, w0
        return None  # "an unprecedented $250 million": an adjective, no verb
    return None


_UP = "increase|increases|rise|rises|jump|jumps|gain|gains|growth|surge|spike|hike|climb|more"
_DOWN = "drop|drops|decline|declines|decrease|decreases|fall|falls|reduction|cut|cuts|loss|fewer|less"
_CHANGE_AFTER = re.compile(
    rf"\s+({_UP}|{_DOWN})\b(?:\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?(?:new\s+|daily\s+|weekly\s+)?"
    r"([a-z][a-z-]+))?(?:\s+(?:[a-z][a-z-]*\s+){0,2}?([a-z][a-z-]*[^s\W]s)\b)?",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"(?:\b([a-z][a-z-]*)\s+)?(?:(?:has|have|had)\s+)?(rose|risen|rises|increased|increases|jumped|jumps|climbed|climbs|grew|grown|"
    r"grows|surged|soared|spiked|gained|gains|fell|fallen|falls|dropped|drops|declined|declines|decreased|"
    r"plunged|slid|sank|tumbled|shrank|up|down)\s+(?:by\s+)?"
    # "rose a healthy 3.3%", "fell a sharp 12%": an adjective of the size of the change.
    r"(?:(?:a|an)\s+(?:healthy|modest|robust|solid|sharp|steep|whopping|staggering|impressive|remarkable|"
    r"record|stunning|dramatic|slight|mere|paltry|strong|big|huge|massive|small|annualized|annual)\s+)?$",
    re.IGNORECASE,
)
_MAKE_UP = re.compile(r"\b(?:make|makes|made|making|take|takes|took|taking)\s+$", re.IGNORECASE)
_TIME_NOUNS = frozenset("days weeks months years hours decades quarters".split())
_DOWN_WORDS = frozenset(
    (_DOWN + "|fell|fallen|dropped|declined|decreased|plunged|slid|sank|tumbled|shrank|down").split("|")
)


def _percent_change(text: str, s_start: int, s_end: int, q: Quantity) -> str | None:
    """A percentage that is a change, named by what changed: "a 71% increase in new cases" → cases_increase,
    "calls rose 22 percent" → calls_increase, "fell 30%" → decrease; None for a share or a rate."""
    after = _CHANGE_AFTER.match(text, q.end, s_end)
    before = _CHANGE_BEFORE.search(text, max(s_start, q.start - 40), q.start)
    if after:
        word, noun = after.group(1).lower(), after.group(2) or after.group(3)
        if word in ("more", "fewer", "less") and not after.group(3) and not after.group(2):
            return None  # "50 percent more likely": a comparison of chances, kept as it is
    elif before:
        word, noun = before.group(2).lower(), before.group(1)
        if noun and (noun.lower() in GROUP_STOP or not _PLURAL_NOUN.fullmatch(noun.lower())):
            noun = None  # "Prices rose 5%" names prices; "it rose 5%" names nothing
    else:
        return None
    if (
        word in ("up", "down")
        and before
        and _MAKE_UP.search(text, max(s_start, before.start(2) - 12), before.start(2))
    ):
        return None  # "make up 14% of the population": a share
    if noun and (noun.lower() in GROUP_STOP or noun.lower() in _TIME_NOUNS):
        noun = None  # "an increase in just seven days"
    direction = "decrease" if word in _DOWN_WORDS else "increase"
    return f"{_snake(noun)}_{direction}" if noun else direction


_MONEY_OF = re.compile(r"\s+(?:in|of)\s+((?:[a-z][a-z-]+\s+){0,3}[a-z][a-z-]+)\b")
_NOUN_OF_MONEY = re.compile(
    r"\b([a-z][a-z-]+)\s+of\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|"
    r"at\s+least|up\s+to|just\s+over|just\s+under|an\s+estimated)\s+)?$"
)
# Words before "of $N" that measure the sum rather than say what it is.
_NOT_WHAT_MONEY_IS = frozenset(
    "total sum amount tune excess upwards worth value average maximum minimum range tens hundreds thousands "
    "millions billions part portion share half quarter most all some none rest".split()
)


def _money_measure(
    text: str, q: Quantity, before: list[tuple[str, int, int]], s_end: int, lexicon: Lexicon
) -> str | None:
    """What a sum of money is: "$600,000 of aid" → aid, "$25 million in damages" → damages, "approved
    $100 billion" → funding (the lexicon's money verbs); None when the words do not tell."""
    of = _MONEY_OF.match(text, q.end, s_end)
    if of:
        # "$500 million in temporary benefits for workers" → benefits: the noun the adjectives qualify.
        named = None
        words = of.group(1).split()
        for k, word in enumerate(words):
            if word.endswith("ly") or (_VERB_FORM.fullmatch(word) and k + 1 < len(words)):
                continue  # "in congressionally approved security aid": adverbs and participles qualify
            if word in GROUP_STOP or _VERB_FORM.fullmatch(word):
                break
            named = word
        if named is not None:
            return _snake(named)
    noun_of = _NOUN_OF_MONEY.search(text, max(0, q.start - 40), q.start)
    if noun_of and noun_of.group(1) not in _NOT_WHAT_MONEY_IS and noun_of.group(1) not in GROUP_STOP:
        return _snake(noun_of.group(1))  # "revenue of $19.62 billion", "a fine of $5,000"
    for k in range(len(before) - 1, -1, -1):
        low = before[k][0].lower()
        if low in _GENERIC_VERB_SKIP or (
            low == "to" and k > 0 and before[k - 1][0].lower() in ("up", "close")
        ):
            continue
        return lexicon.money_verbs.get(low)
    return None


_PERCENT_MEASURE_RE1 = re.compile(r"[A-Za-z][\w-]*")
_PERCENT_MEASURE_RE2 = re.compile(r"[a-z-]+")


def _percent_measure(text: str, s_start: int, pos: int) -> str | None:
    """ "the unemployment rate rose to 14.7%" → unemployment_rate."""
    words = _PERCENT_MEASURE_RE1.findall(text[max(s_start, pos - 80) : pos])
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _PERCENT_MEASURE_HEADS:
            prev = words[i - 1].lower() if i else ""
            # Not "Biden's support" (s_support) nor "garnering support": a noun modifier only.
            if (
                len(prev) > 2
                and prev not in GROUP_STOP
                and _PERCENT_MEASURE_RE2.fullmatch(words[i - 1])
                and not _VERB_FORM.fullmatch(prev)
            ):
                return _snake(f"{prev}_{words[i].lower()}")
            return _snake(words[i].lower())
    return None


_CONFIDENCE_AFTER = re.compile(
    r"\s+(?:confidence|credible|prediction)\s+(?:interval|level|bound|range)", re.IGNORECASE
)
_AGES_BEFORE = re.compile(r"\b(?:in\s+age|aged|ages(?:\s+of)?)\s+(?:from\s+|between\s+)?$", re.IGNORECASE)
_IS_CLAIM_RE1 = re.compile(r"\w+ed\s+to\s+$")
# "the two countries", "the other two contenders": determiners of a reference count.
_IS_CLAIM_RE2 = re.compile(
    r"\b(?:the|these|those|all|both|its|their|his|her|our|my|your)\s+(?:other\s+)?$", re.IGNORECASE
)


_PAST_VERB_AFTER = re.compile(r"\s+(?:[a-z]{3,}ed|fled|died|left|fought|rose|ran|came|went|took)\b")
_VERB_BEFORE_OBJECT = re.compile(
    r"\b(?:[a-z]{3,}(?:ed|e|s)|throw|kick|put|leave|left|cut|strip|send|sent|draw|drew|bring|brought)\s+$"
)
_OBJECT_TAIL = re.compile(r"\s+(?:off|out|without|from|into|to|more|homeless|uninsured|jobless)\b")
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:more\s+|others?\s+)?(?:\w+n[’']t|could|would|will|can|did|do|does|were|are|had|have|may|might|"
    r"must|should)\b"
)
_AGE_BEFORE = re.compile(
    r"\b(?:he|she|i|who|they|we|you)\s+(?:is|was|will\s+be|would\s+be|turned|turns|turn|turning|be)\s+$",
    re.IGNORECASE,
)
_IN_THE_VAGUE = re.compile(
    r"\b(?:remain|remains|remained|run|runs|ran|running|are|were|is|was|be|been|stay|stays|stayed)\s+in(?:to)?\s+"
    r"the\s+$",
    re.IGNORECASE,
)
_OPINION_VERB_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:say|says|said|think|thinks|thought|believe|believes|believed|estimate|estimates|estimated|"
    r"find|finds|found|report|reports|reported|told|tell|note|notes|noted|warn|warns|warned|fear|fears|feared|"
    r"expect|expects|expected|predict|predicts|predicted|suspect|suspects|suspected|guess|guessed)\b"
)
_CLAUSE_SUBJECT_AFTER = re.compile(r"\s+(?:are|were|have|had|remain|remained)\s+(?!to\b)[a-z]")
_TALLY_SUBJECT = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}?(tally|total|count|number|figure|limit|cap|ceiling|quota)\s+"
    r"(?!of\b)(?:has\s+been|had\s+been|was|is|were|stood|stands|hit|reached|rose|climbed|jumped|grew|exceeded|"
    r"topped|surpassed)\b[^.;:()]{0,40}$",
    re.IGNORECASE,
)
# "estimated the number of deaths from Hurricane Maria at 4,645": the noun the number is of.
_NUMBER_OF_AT = re.compile(
    r"\b(?:estimated|estimates|estimate|put|puts|pegged|pegs|placed|places)\s+the\s+(?:[a-z-]+\s+)?"
    r"(?:number|toll|count|total)\s+of\s+([a-z]+)\b[^.;:()]{0,60}?\s+at\s+$",
    re.IGNORECASE,
)
# "he reduced the limit set by Barack Obama, his predecessor, from 110,000 to 45,000", "cut the figure to
# 30,000": a limit or tally set to a level, the level counting what it limits.
_TALLY_OBJECT = re.compile(
    r"\b(?:reduced|reduces|reduce|cut|cuts|raised|raises|raise|lowered|lowers|lower|set|sets|capped|caps|"
    r"increased|increases|slashed|slashes|boosted|boosts)\s+(?:the|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(limit|cap|ceiling|quota|figure|number|total|target)\b[^.;:()]{0,70}?\s(?:from|to)\s+"
    r"(?:[\d][\d,.]*\s+to\s+)?$",
    re.IGNORECASE,
)
# "the murders of three police officers": nouns of killing govern a count of the dead (a count of murders
# alone, "500 murders last year", stays a count of crimes).
_KILLINGS = dict.fromkeys(
    "murders murder killings killing slayings slaying massacre remains".split(), "killed"
)
_EVENT_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Measures of what happens to people, whose plural event noun may govern a count ("deaths of 12 miners").
_SERVING_TIME = re.compile(
    r"\s+(?:(?:a|their|his|her|life|prison|federal|long)\s+)*(?:sentences?|time|terms?|years)\b"
)
_GOVERNED_MEASURES = frozenset("killed wounded arrested infected hospitalized evacuated".split())
_AGENT_MEASURES = frozenset("killed wounded arrested captured".split())
_PASSIVE_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|who|that|which)\b", re.IGNORECASE
)
# What an active verb acts on: a name, or a noun phrase opened by a determiner or a number.
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|our|my|your|at\s+least|more\s+than|about|nearly|some|several|dozens|"
    r"hundreds|thousands|many|two|three|four|five|six|seven|eight|nine|ten|\d)\b|"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Last|This|"
    r"Earlier|Overnight|In|On|At|As|After|During)\b)[A-Z][a-z])"
)
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:been|being|also|now|just|all)\s+)?([a-z]{3,}ed)"
    r"(?:\s+(up|out|off|down))?\b"
)
_IRREGULAR_PLURALS = {
    "man": "men",
    "woman": "women",
    "child": "children",
    "person": "people",
    "baby": "babies",
}
_PEOPLE_NOUNS = frozenset(
    """people persons men women children kids citizens residents adults workers employees students
    patients inmates prisoners migrants immigrants officers officials lawmakers senators voters members
    staff staffers doctors nurses physicians suspects protesters demonstrators families individuals
    teenagers users customers volunteers americans donors viewers visitors subscribers followers fans infants
    babies boys girls civilians victims passengers pedestrians bystanders""".split()
)
# Participles that describe the people rather than say what happened to them.
_NOT_WHAT_HAPPENED = frozenset(
    """based aged related concerned interested involved named called located supposed expected used
    needed required allowed asked considered affected listed included estimated reported believed
    said registered qualified skilled talented""".split()
)
_PER_HOUR = re.compile(r"\s+(?:per|an|a)\s+(?:hour|second)\b", re.IGNORECASE)
_GERUND_NOUN_BEFORE = re.compile(r"\b(?:in|for|over|after|before|with|the|of|by)\s+$", re.IGNORECASE)
_CORRELATIVE_OPENING = re.compile(
    r"[“\"‘']?The\s+(?:closer|more|fewer|less|higher|lower|longer|sooner|faster|bigger|larger|smaller|greater|"
    r"further|farther|earlier|later)\s+(?!than\b)"
)
_CONDITIONAL_BEFORE = re.compile(
    r"\b((?i:if)|(?i:unless))\s+(?:(?:only|just|even)\s+)?(?:there\s+(?:are|were|is|was|be|will\s+be|had\s+been)\s+)?$"
)
_IF_OPENING_AT = re.compile(r"\s*[“\"]?\s*")
_IF_OPENING = re.compile(r"\s*[“\"]?\s*((?i:if)|Unless)\b[^,;:.?!]{3,150},")
_MODAL_BETWEEN = re.compile(r"\b(?:could|would|might|may|will)\b", re.IGNORECASE)
# "would cause thousands of deaths", "could kill 500": a modal verb whose object is the count.
_MODAL_VERB_BEFORE = re.compile(
    # ("could be around 60,000 deaths" is a level the modal hedges, not a projection).
    # "could range from near 78,000 deaths to …": the modal's verb, then the range's opening "from".
    r"\b(?:would|could|might)\s+(?:(?:also|only|likely|eventually|ultimately|soon|maybe|perhaps|probably|possibly)\s+)?(?!be\b|have\b)[a-z]+\s+"
    r"(?:to\s+)?"  # "could lead to millions of casualties"
    r"(?:from\s+(?:(?:near|nearly|about|around|roughly|some|as\s+few\s+as|an\s+estimated)\s+)?)?$",
    re.IGNORECASE,
)
_MODAL = re.compile(r"(?:would|could|might)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(
    r"\b(?:(?:would|will)\s+(?:have|need)\s+to|must|needs?\s+to|has\s+to|have\s+to)\s+(?:[a-z]+\s+){1,2}$",
    re.IGNORECASE,
)
_FACTOR_BEFORE = re.compile(r"\bfactors?\s+of\s+$", re.IGNORECASE)
_YEARLY_OPENING = re.compile(
    r"\s*(?:Every|Each)\s+year\b|\s*Annually\b|\s*In\s+an?\s+(?:typical|average|normal)\s+year\b"
)
_CHANGE_BY_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|rising|increased|increase|increases|grew|grow|grows|fell|fall|falls|dropped|drop|"
    r"drops|declined|decline|declines|jumped|jump|jumps|climbed|climb|climbs|swelled|swell|shrank|shrink)\s+by\s+$",
    re.IGNORECASE,
)
_RATES_OF_BEFORE = re.compile(r"\brates?\s+of\s+(?:\d[\d,.]*\s+and\s+)?$", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r",?\s+respectively\b")
_FIGURE_IN_PLACE_BEFORE = re.compile(
    # "87,965 in the U.S. and 5,553 in Canada"; "658 murders in 2017, 567 in 2018 and 492 in 2019"
    r"\d[\d,.]*(?:\s+[a-z]+){0,2}\s+in\s+(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}|(?:19|20)\d\d)"
    r"(?:,\s+|,?\s+(?:and|or)\s+)$"
)
# "Tamil Nadu has 13,191 infections, Gujarat 12,537 and Delhi 11,088": places listed with their figures
# after the first, the verb and the noun left out.
_PLACE_THEN_FIGURE_BEFORE = re.compile(
    r"\d[\d,.]*(?:\s+[a-z]+){0,2},\s+(?:(?:[A-Z][\w.’'-]*\s+){1,3}\d[\d,.]*(?:,\s+|,?\s+and\s+))*"
    r"(?:[A-Z][\w.’'-]*\s+){1,3}$"
)
_HABITUAL_RATE_AFTER = re.compile(
    r"\s+(?:daily|every\s+day|each\s+day|every\s+year|each\s+year|annually"
    r"|every\s+(?:single\s+)?(?:\d+\s+|few\s+)?(?:seconds?|minutes?|hours?))\b"  # "dying every single 10 minutes"
)
# "retaliating would have killed approximately 150 people": a toll that did not happen.
_COUNTERFACTUAL_BEFORE = re.compile(
    r"\b(?:would|could|might)\s+have\s+(?!been\b)[a-z]+ed\s+(?:(?:approximately|about|around|some|nearly)\s+)?$",
    re.IGNORECASE,
)
_COULD_BE_BEFORE = re.compile(r"\b(?:could|might|may|would)\s+be\s+$", re.IGNORECASE)
_AS_FEW_AS = re.compile(r"as\s+(?:few|many|high|low|much)\s+as\b", re.IGNORECASE)
_PROJECTION_BEFORE = re.compile(
    r"\b(?:predictions?|predicted|predicts?|projections?|projected|projects|forecasts?|forecasted|models?|"
    r"modeled|modelled|estimated\s+to|expected\s+to|(?:would\s+)?like\s+to|hopes?\s+to|wants?\s+to|"
    r"plans?\s+to|aims?\s+to|intends?\s+to|"
    # "to avoid these 2.2 million deaths", "potentially millions of deaths", "could be as few as 55,000":
    # deaths averted or supposed, not counted.
    r"avoid|avoiding|avert|averting|prevent|preventing|potentially|prospect\s+of|"
    r"(?:could|might|may|would)\s+(?:reach|top|exceed|hit)(?=\s*$)|"
    r"goal\s+of|target\s+of)\b(?![^.;:]*\b(?:said|says|reported)\b)",
    re.IGNORECASE,
)
_YEARLY_OR_PER_HEAD = re.compile(
    r"\b(?:per\s+(?:100,000|100000|1,000|1000|10,000|million|capita|head)|annually|every\s+year|each\s+year|"
    r"a\s+year|per\s+year|per\s+annum|yearly)\b",
    re.IGNORECASE,
)
_PER_HEAD_AFTER = re.compile(
    r"\s+per\s+(?:100,000|100000|1,000|1000|10,000|million|capita|head)\b", re.IGNORECASE
)
_SUPERLATIVE = re.compile(r"[a-z]{3,}est|most|least")
# "for every 10 people", "187 cases per 100,000 people": the base of a rate.
_EVERY_BEFORE = re.compile(r"\b(?:(?:for|out\s+of|in|of)\s+every|per)\s+$", re.IGNORECASE)


def is_rate_base(text: str, q: Quantity) -> bool:
    """Whether the quantity is the base of a rate ("for every 10 people"), not a figure of its own."""
    return bool(_EVERY_BEFORE.search(text, max(0, q.start - 20), q.start))


def _is_claim(
    text: str,
    q: Quantity,
    bare: bool,
    counted: str | None,
    measure: str,
    measure_cued: bool,
    level_noun: bool,
    lexicon: Lexicon,
) -> bool:
    """Whether the quantity is a figure worth a claim, given what it counts."""
    core = measure in lexicon.core_measures
    if is_rate_base(text, q):
        return False  # "for every 10 people who applied, three could not": the base of a rate
    if q.unit is None and q.qualifier == "exact" and (q.written_in_words or q.value in (10, 100, 1000)):
        if _WHOLE_OF_A_PART_BEFORE.search(text, max(0, q.start - 40), q.start):
            return False  # "Six of the nine justices", "Eight of the 10 biggest clusters": the whole, named again
        if q.value <= 12 and _REFERENCE_BEFORE.search(text, max(0, q.start - 20), q.start):
            return False  # "those two cases", "the last three elections": a reference back, a stretch of time
    if (
        q.unit is None
        and q.qualifier == "exact"
        and q.value <= 100
        and not core
        and _RANK_BEFORE.search(text, max(0, q.start - 12), q.start)
    ):
        return False  # "the top four candidates", "in the top ten": a rank, no count
    if (
        q.unit is None
        and q.written_in_words
        and q.value == 1
        and q.qualifier == "upper_bound"
        and _UNDER_BEFORE.search(text, max(0, q.start - 1), q.num_start)
    ):
        return False  # "Under one provision of the law": a place in the text, no bound
    if q.written_in_words and q.value == 1 and _AT_ONE_POINT.match(text, max(0, q.start - 3)):
        return False  # "infected at one point in time": an idiom of time, no count
    if (q.qualifier == "range" or q.value <= 120) and _AGES_BEFORE.search(
        text, max(0, q.start - 20), q.start
    ):
        return False  # "27 men, ranging in age from 16 to 57", "between the ages of 4 and 14": ages
    if q.unit == "percent" and _CONFIDENCE_AFTER.match(text, q.end):
        return False  # "a 95 percent confidence interval": the estimate's certainty, no figure of the story
    if bare:
        if q.unit is not None:
            return True
        if measure_cued:
            return True
        if _PER_HEAD_AFTER.match(text, q.end):
            return True  # "hitting a peak of two per 100,000": a rate, its base named
        if q.written_in_words and q.value == 1 and q.qualifier == "exact":
            return False  # "would be one who shared": a pronoun, not a figure
        if _AGE_BEFORE.search(text, max(0, q.start - 25), q.start) and q.value <= 120:
            return False  # "until 2036, when he will be 83": an age
        if level_noun:
            return True
        if (
            q.qualifier != "vague"
            and _SCALED.search(q.text)
            and not _BASE_BEFORE.search(text, max(0, q.start - 8), q.start)
        ):
            return True  # "fell from 1.8 million in April": a figure in millions is a figure of the story
        if (
            counted is not None
            and q.qualifier == "vague"
            and q.value < 1e9  # "ran into the billions": money, mostly
            and _IN_THE_VAGUE.search(text, max(0, q.start - 30), q.start)
        ):
            return True  # "filings still remain in the millions", "deaths ran into the thousands": a level
        if (
            q.qualifier == "vague"
            and q.value < 1e9
            and (
                _CLAUSE_VERB_AFTER.match(text, q.end)
                or _PAST_VERB_AFTER.match(text, q.end)
                or (
                    _VERB_BEFORE_OBJECT.search(text, max(0, q.start - 20), q.start)
                    and _OBJECT_TAIL.match(text, q.end)
                )
            )
        ):
            # "millions have stayed", "Thousands marched", "throw millions off their insurance": a crowd
            # counted by the clause it is the subject or the object of.
            return True
        if counted is not None and _RESPECTIVELY_AFTER.match(text, q.end):
            return True  # "death rates of 5.5 and 4, respectively": the last of figures given in order
        if counted is not None and _FIGURE_IN_PLACE_BEFORE.search(text, max(0, q.start - 60), q.start):
            return True  # "compared to 87,965 in the U.S. and 5,553 in Canada": the next item of a list
        if counted is not None and _PLACE_THEN_FIGURE_BEFORE.search(text, max(0, q.start - 90), q.start):
            return True  # "… 13,191 infections, Gujarat 12,537 and Delhi 11,088": the same, the noun left out
        if counted is not None and _CLAUSE_VERB_AFTER.match(text, q.end):
            # "For every 10 people …, another three or four couldn’t get through": a number that is the
            # subject of its own clause counts the noun counted before it in the sentence.
            return True
        # "bolstered to about 11,000": a level reached by something counted earlier in the sentence.
        # Before the qualifier ("bolstered to about 11,000"), or before the digits when the qualifier is
        # the level verb itself ("deaths … topped 7,000").
        return counted is not None and any(
            _LEVEL_BEFORE.search(before)
            or _IS_CLAIM_RE1.search(before)
            or _APPOSED_TO_NOUN.search(before)
            or _CHANGE_BY_BEFORE.search(before)
            for before in (text[max(0, q.start - 30) : q.start], text[max(0, q.num_start - 30) : q.num_start])
        )
    if counted and counted.split()[-1].lower().rstrip("s") in ("percent", "per cent"):
        return True
    # "One document stated", "the two countries": determiners and references, not figures,
    # unless what they count is a core measure ("one person was killed").
    if q.value == 0 and q.text.lower().startswith(("not ", "without ")):
        return counted is not None  # "not one vote", "without one dissent": a count of none
    if q.written_in_words and q.value == 0 and not core and q.unit is None:
        # "zero evidence", "zero-sum", "zero tolerance": rhetoric; "zero donors", "zero tariffs" count things.
        head = (counted or "").split()[-1:] or [""]
        return (
            bool(_PLURAL_HEAD.fullmatch(head[0].lower())) and head[0].lower() not in _NOT_COUNTED_PLURALS
        ) or _counts_people(head[0], lexicon)
    if (
        q.written_in_words
        and q.qualifier == "exact"
        and q.value <= 3
        and not core
        and q.unit is None  # "is perhaps one percent", "two dollars": a figure with its unit
        and text[q.end : q.end + 1] != "-"
    ):
        # ("the three-judge panel" counts judges whatever its determiner: a compound is no reference)
        if q.value == 1:
            # "all but one region": the one excepted is a count (dev15); "one document stated" is not;
            # "12 schools and one college": an item of a list of counts is one.
            return _after_all_but(text, 0, q.start) or _listed_with_a_count(text, q)
        if _IS_CLAIM_RE2.search(text[max(0, q.start - 14) : q.start]):
            return False
    if counted and counted.lower() in ("of", "percent"):
        return True
    return True


_RANK_BEFORE = re.compile(r"\b(?:top|bottom)\s+$", re.IGNORECASE)
_BASE_BEFORE = re.compile(r"\b(?:out\s+of|in|per|every)\s+$", re.IGNORECASE)
_UNDER_BEFORE = re.compile(r"^\s*under\s+$", re.IGNORECASE)
_SCALED = re.compile(r"\d\s*(?:million|billion|trillion)\b", re.IGNORECASE)
_WHOLE_OF_A_PART_BEFORE = re.compile(
    # ("one of three gates" names the whole: "one of" refers to a member, the three are the figure)
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+"
    r"(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:remaining\s+|other\s+)?$",
    re.IGNORECASE,
)
_REFERENCE_BEFORE = re.compile(
    r"\b(?:those|these|the\s+(?:past|last|previous))\s+$",
    re.IGNORECASE,
)
# Plurals that name no things one counts ("zero emissions" is a label, not a figure).
_NOT_COUNTED_PLURALS = frozenset("emissions odds means news thanks regrets apologies".split())
_RATE_WORDS = {
    "daily": "per day",
    "weekly": "per week",
    "monthly": "per month",
    "annual": "per year",
    "yearly": "per year",
}
_RATE_BEFORE = re.compile(
    r"\b(daily|weekly|monthly|annual|yearly)\s+(?:new\s+)?(?:average|count|total|tally|number|rate|increase|"
    r"rise|toll|figure|high|record|caseload|cases|deaths|infections|fatalities|hospitalizations|"
    r"admissions|tests)\b|\b(?:\d+|seven|fourteen|three|five)[- ]day\s+(?:rolling\s+|moving\s+)?average\b|"
    r"\b(?:overnight|single-day|one-day|24-hour)\b",
    re.IGNORECASE,
)
_RATE_IN_COUNTED = re.compile(r"\b(daily|weekly|monthly|annual|yearly)\b", re.IGNORECASE)
# "500 cases a day", "10,000 migrants arrive each year"; not "deployed a year ago".
_RATE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:a|per|each|every)\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after|from|since))",
    re.IGNORECASE,
)


_PER_BASE_AFTER = re.compile(
    r"\s+per\s+(100,000|100000|1,000|1000|10,000|10000|million|capita)\b", re.IGNORECASE
)
# "399 people had died from the virus in the previous 24 hours"
_RATE_24_HOURS = re.compile(
    r"(?:\s+[a-z]+){0,6}?\s+(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|previous\s+|last\s+|preceding\s+)?"
    r"(?:24|twenty-four)[-\s]hours?\b",
    re.IGNORECASE,
)


def rate_of(text: str, clause_start: int, number_start: int, number_end: int, span_end: int) -> str | None:
    """ "per day" (week, month, year) when a count is a rate rather than a total, else None.

    "a daily average of 746 cases", "the seven-day average stood at 746", "746 new daily cases",
    "746 cases a day": a daily figure is no contradiction of a total so far, so it is kept apart.
    """
    after = _RATE_AFTER.match(text, span_end)
    if after:
        return f"per {after.group(1).lower()}"
    base = _PER_BASE_AFTER.match(text, span_end)
    if base:
        return "per " + base.group(1).replace(",", "")  # "187 cases per 100,000 people": per 100000
    if _RATE_24_HOURS.match(text, span_end):
        return "per day"
    inside = _RATE_IN_COUNTED.search(text, number_end, span_end)
    if inside:
        return _RATE_WORDS[inside.group(1).lower()]
    # The cue nearest the number wins ("the daily briefing ... the seven-day average of 1,200").
    before = list(_RATE_BEFORE.finditer(text, max(clause_start, number_start - 60), number_start))
    if not before:
        return None
    word = before[-1].group(1)
    return _RATE_WORDS[word.lower()] if word else "per day"
