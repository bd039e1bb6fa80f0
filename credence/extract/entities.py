"""Names: canonical forms of entity names, folding of name variants, and name mentions found in a text.

Pure; imports the standard library, rapidfuzz and the lexicon only.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from credence.extract.lexicon import Lexicon

# Lower-case words that may sit inside a proper name ("Institute for the Study of War").
NAME_PARTICLES = frozenset("of the for de da del der van von bin al la le du y and".split())
# Capitalised words that open sentences or headlines but never start a name.
NOT_NAME_WORDS = frozenset(
    """whatever whichever whoever wherever whenever again besides nonetheless nevertheless anyway otherwise
    the a an in on at as but and or if when while after before despite during according this that
    these those it he she they we i you his her their its our my your there here why what how who whom
    where yet so for from with without by to of also although though meanwhile however today
    yesterday tomorrow even both many some one two three another each every all no not only just still
    now then since until under over more most last next first former recently reports analysts
    anyone everyone someone nobody everybody somebody anybody nothing everything something
    amid among against across along around about above below between into onto upon via per
    because unless whether which whose once instead further furthermore moreover indeed perhaps
    maybe nearly almost about roughly approximately some several few other others such same
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    read click share watch follow sign subscribe photo image video getty icon advertisement
    breaking update updated editor note our is are was were be been has have had do does did
    will would could should can cannot must shall might let like unlike same following according
    following like please thanks thank yes okay ok oh well whereas younger older everyday entire
    invalid privacy policy terms related mon tue tues wed thu thur thurs fri sat sun advertisement sponsored trending top latest
    finally additionally importantly interestingly ultimately unfortunately fortunately notably similarly
    likewise thus therefore hence consequently accordingly surprisingly ironically clearly obviously
    apparently regardless separately eventually initially originally overall specifically
    four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands dozens""".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Title words that are modifiers, stripped only together with a real role ("North Korean Deputy
# Foreign Minister Im Chon-il"): alone they are part of a name ("North Korea", "White House").
_TITLE_MODIFIERS = frozenset(
    """former deputy vice foreign defence defense u.s. us ukrainian russian north south korean national
    security military white house press top culture health interior finance trade state first prime
    supreme crown democratic republican gop dem attorney chief senior acting then""".split()
)

# A middle initial ("John F. Kennedy", "Kevin D. Buckley") continues a name when a capitalised word that
# does not open a sentence follows it ("Plan B. The …" stays apart).
_MIDDLE_INITIAL = (
    r"[A-Z]\.(?=[ \t]+(?:[A-Z]\.[ \t]+)?(?!(?:The|A|An|In|On|At|It|He|She|They|We|I|But|And|This|That|There|His|Her|If|As|"
    r"So|Yet|Or|When|While|After|Before|Because|Since|Although|Though|Then|Now|Still|However|Meanwhile|"
    r"Despite|For|With|Without|Under|By|From|To|Of|Why|What|How|Where|Who|Its|Their|Our|My|Your|Some|"
    r"Many|Most|All|No|Not|Even|Only|Also|Instead|Indeed|These|Those|You|Thus|Yes)\b)[A-Z][a-z])"
)
_TOKEN = (
    # "Admiral Dr. Brett Giroir": an abbreviated title inside a run of names
    r"(?:(?:Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Sgt)\.(?=[ \t]+[A-Z][a-z])|(?:[A-Z]\.){2,}|"
    + _MIDDLE_INITIAL
    + r"|Mc[A-Z]\w*|[OD]['’][A-Z]\w*|[A-Z]['’][A-Z][a-z]\w*|(?:de|di|da|du|le|la|van|von)[A-Z][a-z]\w*|[A-Z]\w*(?:[-‐]\w+|&[A-Z]\w*)*(?:['’]s\b|(?<=s)['’](?=\s))?(?![\w'’]))"
)
# The first element is a bare [A-Z] (lookbehinds after it), so the regex engine can skip ahead fast.
_NAME_RE = re.compile(
    r"[A-Z](?<![\w-][A-Z])(?:(?:(?<=M)(?:rs?|s)|(?<=D)r|(?<=G)(?:en|ov)|(?<=S)(?:en|gt|t)|(?<=R)(?:ep|ev)|"
    r"(?<=L)t|(?<=C)(?:ol|apt)|(?<=A)dm|(?<=P)(?:rof|res))\.(?=[ \t]+[A-Z])|(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=M)c[A-Z]\w*|(?<=[OD])['’][A-Z]\w*(?:['’]s\b)?(?![\w'’])|(?<=[A-Z])['’][A-Z][a-z]\w*(?:['’]s\b)?(?![\w'’])|\w*(?:[-‐]\w+|&[A-Z]\w*)*(?:['’]s\b|(?<=s)['’](?=\s))?(?![\w'’]))"
    rf"(?:[ \t]+(?:(?:{'|'.join(sorted(NAME_PARTICLES - {'and'}))}|&)[ \t]+){{0,2}}{_TOKEN})*"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")


def _ascii_folded(text: str) -> str:
    """The text with accents removed ("Zelenskyy" stays, "José" → "Jose")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NAME_KEY_RE1 = re.compile(r"'s\b")
_NAME_KEY_RE2 = re.compile(r"[-‐–]")
_NAME_KEY_RE3 = re.compile(r"[^\w\s]")


def name_key(name: str) -> str:
    """A comparison key: lower case, no accents/punctuation, hyphens as spaces, no leading "the"."""
    key = _ascii_folded(name).lower().replace("’", "'")
    key = _NAME_KEY_RE1.sub("", key)
    key = _NAME_KEY_RE2.sub(" ", key)
    key = _NAME_KEY_RE3.sub("", key)
    key = _SPACES.sub(" ", key).strip()
    return key[4:] if key.startswith("the ") else key


_MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z]{1,2}")  # "MoD", "DoJ", "DoHS": a department's initials


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "").replace("&", "")  # "U.S.", "PG&E"
    return (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6) or bool(
        _MIXED_ACRONYM.fullmatch(letters)
    )


_NAME_TOKEN_CASED_RE1 = re.compile(r"(?:Mc|Mac|O'|De|Di|Le|La)?[A-Z][a-z]+(?:[A-Z][a-z]+)*")


# Brands cased inside the word: "SpaceX", "JPMorgan" (but "KIm" is a typo for Kim).
_INNER_CAPITALS = re.compile(r"[A-Z][a-z]+[A-Z][\w]*|[A-Z]{3,}[a-z]+\w*")


def _name_token_cased(token: str) -> str:
    """ "KIm" → "Kim", "un" → "Un", "KCNA", "McDonald" and "SpaceX" kept."""
    if _is_acronym(token) or _NAME_TOKEN_CASED_RE1.fullmatch(token) or _INNER_CAPITALS.fullmatch(token):
        return token
    return token[:1].upper() + token[1:].lower()


def _looks_like_name(tokens: list[str]) -> bool:
    """Most tokens capitalised: a proper name, whose case we may normalise; else a description."""
    content = [t for t in tokens if t.lower() not in NAME_PARTICLES]
    if not content:
        return False
    capitalised = sum(1 for t in content if t[:1].isupper())
    if capitalised == len(content):
        return True
    # "Kim Jong un": one short lower-case tail after capitalised parts is still a name.
    return (
        capitalised == len(content) - 1
        and content[-1].islower()
        and len(content[-1]) <= 3
        and len(content) >= 3
    )


@lru_cache(maxsize=8)
def _alias_table(aliases: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], dict[str, list[str]]]:
    table = {name_key(variant): canonical for variant, canonical in aliases}
    for canonical in {c for _, c in aliases}:
        table.setdefault(name_key(canonical), canonical)
    by_initial: dict[str, list[str]] = {}
    for k in table:
        if len(k) >= 8:
            by_initial.setdefault(k[0], []).append(k)
    return table, by_initial


def canonical_entity(name: str, lexicon: Lexicon | None = None) -> str:
    """One written form per entity: "Kim Jong-un", "Kim Jong Un", "kim jong un" → "Kim Jong Un".

    Folds case of proper names, hyphens inside names, spacing, accents, possessives, a leading "the",
    leading person titles ("President", "Gen."), and known aliases ("Korean Central News Agency" →
    "KCNA"); close misspellings of a known alias are folded with rapidfuzz (ratio ≥ 92). Descriptions
    that are not proper names ("intelligence sources in South Korea") keep their words and case.
    Returns "" for an empty name. Deterministic and cached.
    """
    lex = lexicon or Lexicon.default()
    memo = lex.canonical_memo
    found = memo.get(name)
    if found is None:
        if len(memo) > 100_000:
            memo.clear()
        found = memo[name] = _canonical(
            name, lex.entity_alias_items, lex.person_titles, lex.organization_cues
        )
    return found


def written_name(name: str, lexicon: Lexicon | None = None) -> str:
    """A name as the text writes it, tidied but not replaced: titles, a leading "the", possessives and
    spacing dropped, case and hyphens of proper names folded, and no alias substituted ("Trump" stays
    Trump, "Zelenskiy" stays Zelenskiy). Annotators name a speaker by the fullest form the text gives."""
    lex = lexicon or Lexicon.default()
    return _canonical(name, (), lex.person_titles, lex.organization_cues)


_CANONICAL_RE1 = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_CANONICAL_RE2 = re.compile(r"\w['’]s?$")
_CANONICAL_RE3 = re.compile(r"[-‐]")


@lru_cache(maxsize=65536)
def _canonical(
    name: str, aliases: tuple[tuple[str, str], ...], titles: frozenset[str], org_cues: frozenset[str]
) -> str:
    text = _ascii_folded(_SPACES.sub(" ", name.replace("’", "'")).strip(" ,;:.\"'“”()"))
    text = _CANONICAL_RE1.sub("", text)
    text = _POSSESSIVE.sub("", text) if _CANONICAL_RE2.search(text) else text
    if not text:
        return ""
    table, fuzzy_keys = _alias_table(aliases)
    found = _alias_of(text, table, fuzzy_keys)
    if found:
        return found
    tokens = text.split(" ")
    if not _looks_like_name(tokens):
        return text
    untitled = _without_titles(tokens, titles)
    if not any(t.lower() in org_cues for t in untitled):
        tokens = untitled  # "President Donald Trump" → "Donald Trump", but "Justice Department" stays
    parts: list[str] = []
    for token in tokens:
        if token.lower() in NAME_PARTICLES and parts:
            parts.append(token.lower())
        elif _is_acronym(token):
            parts.append(token)
        else:
            # Hyphenated given names fold to spaced ones: "Jong-un" → "Jong Un", "Chon-il" → "Chon Il".
            parts.extend(_name_token_cased(p) for p in _CANONICAL_RE3.split(token) if p)
    result = " ".join(parts)
    return _alias_of(result, table, fuzzy_keys) or result


_ALIAS_OF_RE1 = re.compile(r"^[\w .-]+?'s (.+)$")


def _alias_of(text: str, table: dict[str, str], fuzzy_keys: dict[str, list[str]]) -> str | None:
    key = name_key(text)
    if key in table:
        return table[key]
    # "North Korea's KCNA news agency": an owner's possessive before a known name.
    owner = _ALIAS_OF_RE1.match(text)
    if owner and name_key(owner.group(1)) in table:
        return table[name_key(owner.group(1))]
    candidates = fuzzy_keys.get(key[:1], ()) if len(key) >= 8 else ()
    if candidates:
        # Misspellings keep the first letter; comparing only those keeps this cheap.
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=92)
        if best:
            return table[best[0]]
    return None


# Words that modify a title ("Chief Justice", "Deputy Secretary", "Attorney General") but are the
# title themselves right before a given name ("Police Chief Anna Berg", "Deputy John Ortiz").
_MODIFIERS_NAMING_A_ROLE = frozenset({"chief", "deputy", "attorney"})


def _modifier_as_role(tokens: list[str], k: int, first_names: frozenset[str]) -> bool:
    return (
        tokens[k].lower() in _MODIFIERS_NAMING_A_ROLE
        and k + 1 < len(tokens)
        and tokens[k + 1].lower() in first_names
    )


def _without_titles(
    tokens: list[str], titles: frozenset[str], first_names: frozenset[str] = frozenset()
) -> list[str]:
    """Drop leading titles ("Former President", "Gen.") when a real role word is among them, or when the
    last of them names the role before a given name (`_modifier_as_role`: "Chief Anna Berg")."""
    i = 0
    has_role = False
    while i < len(tokens) - 1 and (
        tokens[i].lower() in titles
        or tokens[i].lower().rstrip(".") in titles
        # "Ex-Porn Star Mia Khalifa", "Ex-Governor …": a former role is a title too
        or tokens[i].lower().startswith(("ex-", "former-"))
    ):
        has_role = has_role or tokens[i].lower() not in _TITLE_MODIFIERS
        i += 1
    has_role = has_role or (i > 0 and _modifier_as_role(tokens, i - 1, first_names))
    return tokens[i:] if has_role and i else tokens


def entity_folding(names: Iterable[str], lexicon: Lexicon | None = None) -> dict[str, str]:
    """Map every name of a collection to one representative name of its entity.

    Beyond `canonical_entity`, uses the whole collection: a lone surname or family name folds into
    the only longer person name that ends or starts with it ("Trump" → "Donald Trump"); names whose
    canonical forms are near-identical (rapidfuzz token_sort_ratio ≥ 94) fold together. The
    representative is the most frequent canonical form (ties: the longest, then alphabetical).
    """
    names = list(names)
    canon = {n: canonical_entity(n, lexicon) for n in set(names)}
    counts = Counter(canon[n] for n in names)
    forms = sorted(counts, key=lambda f: (-counts[f], -len(f), f))
    parent: dict[str, str] = {f: f for f in forms}

    def root(f: str) -> str:
        while parent[f] != f:
            f = parent[f]
        return f

    multi = [f for f in forms if " " in f]
    for f in forms:
        if " " not in f and f:
            owners = {m for m in multi if m.split(" ")[-1] == f or m.split(" ")[0] == f}
            if len(owners) == 1:
                parent[root(f)] = root(owners.pop())
    for i, f in enumerate(forms):
        if len(f) < 6:
            continue
        for g in forms[i + 1 :]:
            if len(g) >= 6 and root(f) != root(g) and fuzz.token_sort_ratio(name_key(f), name_key(g)) >= 94:
                parent[root(g)] = root(f)
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(root(f), []).append(f)
    # A full name represents its surname-only mentions: "Donald Trump" over a more frequent "Trump".
    best = {
        r: sorted(members, key=lambda m: (" " not in m, -counts[m], -len(m), m))[0]
        for r, members in groups.items()
    }
    return {n: best[root(canon[n])] for n in names}


class Mention(NamedTuple):
    """A proper-name mention: offsets into the text, its words, and what it names.

    A named tuple, not a frozen dataclass: texts have hundreds of mentions and a tuple is built several
    times faster.
    """

    start: int
    end: int
    text: str
    kind: str  # person | organization | place | name (a person or a body, unsure) | other
    name: str  # the name with titles stripped, as written


_VERB_AFTER_SUBJECT = re.compile(
    # "Hutchinson, though, did call for …": an aside may stand between.
    r"(?:,\s+(?:though|however|too|meanwhile|in\s+turn|for\s+(?:his|her)\s+part),)?"
    r"\s+(?:[a-z]+ly\s+|(?:also|still|now|then|later|often|never|always|even|just|again|too)\s+)?"
    r"(?:[a-z]{2,}(?:ed|es)|is|was|"
    # "Hatzigeorgiou plans to …": verbs in -s taking "to" ("Trump supporters to" is a plural noun).
    r"(?:plans|wants|needs|intends|expects|seems|appears|refuses|vows|aims|tends)(?=\s+to\b)|has|had|will|would|can|could|says|said|did|does|"
    # present tenses in -s of verbs no plural noun spells ("Kugelmass favors …", not "Trump supporters")
    r"favors|favours|thinks|knows|calls|sees|warns|feels|holds|keeps|adds|tells|asks|wants|insists|admits|"
    # common irregular past tenses ("Mick Mulvaney sought to clarify …")
    r"sought|told|made|took|gave|went|came|wrote|spoke|thought|brought|held|kept|left|met|ran|sent|stood|won|"
    r"lost|became|began|saw|knew|felt|found|got|put|set|led|paid|sold|bought|taught|drew|threw|chose|rose|fell|cut)\b"
)
_CONNECTIVE_AT_HEAD = re.compile(
    r"(?:^|[.!?\n][ \t]*)(?:However|But|And|Still|Meanwhile|Yet|Instead|Now|Also|Later|Then|So),?[ \t]+$"
)
_ASKING_VERBS = frozenset("asked asking pressed pressing questioned questioning interviewed quizzed".split())
_NOUN_AFTER = re.compile(r" [a-z]{3,}\b(?<!\bsaid)(?<!\bsays)(?<!\bwas)(?<!\bhas)(?<!\bwho)(?<!\band)")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_INTRODUCED_AFTER = re.compile(r",\s+(?:who|whose|a|an|the|one|[a-z]+\s+of)\b")
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
_OBJECT_PREPOSITIONS = frozenset(
    """of to for with at against about on by from into toward towards over under between than like including
    alongside among behind beside upon via unlike versus vs""".split()
)
# Words ending like a verb that stand before a subject ("Speaking Tuesday, Trump", "Wednesday, Trump").
_NOT_VERBS_BEFORE = frozenset("speaking according during morning evening meeting wedding".split())
_OPENING_PHRASE_AT_HEAD = re.compile(
    r"(?:^|[.!?\n][ \t]*)(?:In|On|At|After|Before|During|Since|For|With|From|Last|This|Earlier|Later)\b"
    r"[^.!?\n,“”\"]{1,36},[ \t]+$"
)
# ", Patti Pace, jumped in": a name set off by commas as the subject of a past-tense verb.
_APPOSED_SUBJECT_VERB = re.compile("," + _VERB_AFTER_SUBJECT.pattern)


def _opening_of_tagged_quote(pos: int, quotes: list[tuple[int, int]]) -> int:
    """Where the quotation ending just before `pos` (at most 12 characters) opens, else `pos`."""
    i = bisect_right(quotes, (pos, _NO_END)) - 1
    if i >= 0 and quotes[i][1] <= pos and pos - quotes[i][1] <= 12:
        return quotes[i][0]
    return pos


_ACCORDING_TO_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+$")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+[“\"‘']?[A-Z]")
_DIGIT = re.compile(r"\d")
_WORD_BEFORE_ANY = re.compile(r"([\w.]+)\s+$")
_FEMALE_TITLE_BEFORE = re.compile(r"\b(?:Ms|Mrs|Miss)\.?\s+$")


def _without_weekday(raw: str) -> str:
    """A run without a trailing weekday: "Justin Trudeau Saturday said" names Justin Trudeau (a name of
    two words keeps it: Chris Monday is a researcher)."""
    if raw.count(" ") >= 2:
        head, _, last = raw.rpartition(" ")
        if last.lower() in WEEKDAYS:
            return head.rstrip()
    return raw


_NO_END = float("inf")
# How far back a pronoun, a role or "the department" is looked up: news paragraphs refer to what the
# last few paragraphs named, and a walk back over a whole long text is what made these lookups slow.
_REACH = 6000


def _without_repeat(raw: str) -> str:
    """A run cut where a name starts again: pages that inline a profile card after a name glue it on
    ("Chairman Adam Schiff Adam Bennett SchiffAdam Schiff was …", "Nancy Pelosi Nancy PelosiOn The
    Money"), and the person is named once."""
    if not _GLUED.search(raw):
        return raw  # the common case: no word glued to the next
    tokens = raw.split(" ")
    if not any(_GLUED.search(t) and not t.startswith(("Mac", "Mc")) for t in tokens):
        return raw
    for j in range(2, len(tokens)):
        if len(tokens[j]) > 2 and tokens[j] in tokens[: j - 1]:
            return " ".join(tokens[:j])
    return raw


_GLUED = re.compile(r"[a-z]{2}[A-Z]")


_OF_INSTITUTION = re.compile(r"\b(?:of|for)\s")
# What a body is "of" after its "and": a field ("Urban Development", "Human Services", "Prevention"),
# not another body's name ("the Bank of England and Barclays").
_FIELD_WORD = re.compile(
    r"(?:tion|sion|ment|ices|ences|ances|ity|ogy|ics|ism|ness|ship|ure|ing|ases|ives|ies|research|sciences?"
    r"|medicine|welfare|labou?r|commerce|energy|affairs|trade|health|sports?|arts|culture|transport"
    r"|defen[cs]e|justice|food|water|power|media|environment|development)$"
)


def _institutions_joined(text: str, runs: list[tuple[int, str]], lexicon: Lexicon) -> list[tuple[int, str]]:
    """The name runs, with an institution named "X of A and B" made one run: "Department of Health |
    and | Human Services", "Centers for Disease Control | and | Prevention", "National Institute of
    Allergy | and | Infectious Diseases" (runs stop at "and", which joins two names more often).

    Only when the run before "and" names a body "of"/"for" something and the one after is one to three
    words that are no acronym, given name or title ("the Department of Justice and FBI Director Wray")
    and end in a field of work (`_FIELD_WORD`).
    """
    if " and " not in text:
        return runs
    out: list[tuple[int, str]] = []
    for at, raw in runs:
        # Most runs follow no " and ": test that first, on the text itself.
        if out and text.startswith(" and ", at - 5) and out[-1][0] + len(out[-1][1]) == at - 5:
            p_at, p_raw = out[-1]
            words = raw.split()
            first = p_raw.split(" ", 1)[0].lower()
            if (
                _OF_INSTITUTION.search(p_raw)
                and first not in lexicon.person_titles
                and len(words) <= 3
                and words[0].lower() not in lexicon.first_names
                and not any(w.lower() in lexicon.person_titles or _is_acronym(w) for w in words)
                and not p_raw.endswith(("’s", "'s"))
                and _FIELD_WORD.search(words[-1].lower())
            ):
                out[-1] = (p_at, f"{p_raw} and {raw}")
                continue
            if _fields_and_body(p_raw, words, lexicon):
                out[-1] = (p_at, f"{p_raw} and {raw}")
                continue
        out.append((at, raw))
    return out


# What an agency named for two fields ends in: "Occupational Safety and Health Administration",
# "Alcohol and Tobacco Tax and Trade Bureau".
_AGENCY_HEADS = frozenset("administration commission agency bureau board authority council institute".split())


def _fields_and_body(before: str, after: list[str], lexicon: Lexicon) -> bool:
    """Whether "<before> and <after>" is one body named for fields: the words after "and" (at most three)
    end in an agency's head, and those before are one to three plain words, no person, title,
    acronym, possessive or place ("Trump and Justice Department" stays two)."""
    first = before.split()
    return (
        len(after) <= 3
        and after[-1].lower() in _AGENCY_HEADS
        and len(first) <= 3
        and not before.endswith(("’s", "'s"))
        and not any(
            w.lower() in lexicon.first_names
            or w.lower() in lexicon.surname_aliases
            or w.lower() in lexicon.subject_aliases
            or _is_acronym(w)
            for w in first + after[:-1]
        )
        # "Health" may title a minister; before "and" a title heads a person ("Secretary Azar and …").
        and not any(w.lower() in lexicon.person_titles for w in first)
    )


class NameIndex:
    """The name mentions of one text, in order, with the lookups coreference needs.

    Runs of several capitalised words are classified up front (they give the full person names and
    the acronyms); single capitalised words, most of the runs, are classified only when looked at.
    """

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self._text = text
        self._text_lower: str | None = None
        self._lexicon = lexicon
        self._raw: list[tuple[int, str]] = _institutions_joined(
            text, [(m.start(), m.group()) for m in _NAME_RE.finditer(text)], lexicon
        )
        for i, (at, raw) in enumerate(self._raw):
            if raw.count(" ") >= 2:
                self._raw[i] = (at, _without_repeat(_without_weekday(raw)))
        self._raw_starts = [r[0] for r in self._raw]
        self._done: dict[int, list[Mention]] = {}
        self._within: dict[tuple[int, int], tuple[Mention, ...]] = {}
        self._first: dict[int, list[Mention]] = {}
        multi = [i for i, (_, raw) in enumerate(self._raw) if " " in raw or "\t" in raw]
        persons_full: set[str] = set()
        titled: set[str] = set()
        self.acronyms: dict[str, str] = {}  # "MSMT" → "Multilateral Sanctions Monitoring Team"
        for i in multi:
            for m in self._classified_once(i):
                if m.kind == "person" and " " in m.name or (m.kind == "name" and m.name.count(" ") == 1):
                    # A "name" of three words or more is as likely a body ("Harvard Law Review"): its first
                    # word is no given name that makes a lone "Harvard" a person.
                    persons_full.add(m.name)
                elif m.kind == "person":
                    titled.add(m.name.lower())  # "President Trump": the title makes "Trump" a person
                elif m.kind == "organization":
                    words = [w for w in m.name.split(" ") if w.lower() not in NAME_PARTICLES]
                    if len(words) >= 3:
                        self.acronyms.setdefault("".join(w[0] for w in words).upper(), m.name)
        self._surnames = (
            {p.split(" ")[-1].lower() for p in persons_full}
            | {p.split(" ")[0].lower() for p in persons_full}
            | titled
        )
        self._family_names = {p.split(" ")[-1].lower() for p in persons_full if p.count(" ") == 1}
        self._persons_by_token: dict[str, list[tuple[Mention, list[str]]]] | None = None
        self._tails: dict[str, list[Mention]] | None = None
        self._headline_end: int | None = None
        self.persons: list[Mention] = [
            m for i in multi for m in self._mentions_at(i) if m.kind in ("person", "name") and " " in m.name
        ]
        # Bodies named by several words, in order: "the Journal" is the Wall Street Journal named before.
        self._long_bodies: list[Mention] = [
            m for i in multi for m in self._mentions_at(i) if m.kind == "organization" and " " in m.name
        ]

    def _classified(self, i: int) -> list[Mention]:
        first = self._first.pop(i, None)
        if first is not None:
            return first
        start, raw = self._raw[i]
        return _mentions(self._text, start, raw, self._lexicon)

    def _classified_once(self, i: int) -> list[Mention]:
        start, raw = self._raw[i]
        self._first[i] = _mentions(self._text, start, raw, self._lexicon)
        return self._first[i]

    def _mentions_at(self, i: int) -> list[Mention]:
        done = self._done.get(i)
        if done is None:
            done = []
            for m in self._classified(i):
                if (
                    (
                        m.kind in ("other", "person", "name")
                        and " " not in m.name
                        and (m.name.lower() in self._surnames or self._known_person(m.name))
                    )
                    or (
                        # "Fox told CNN" after "President Vicente Fox": the person, not the network.
                        m.kind == "organization"
                        and m.name.lower() in _SURNAME_CUES
                        and m.name.lower() in self._surnames
                    )
                    or (
                        # "“…,” Jordan added" after "Phil Jordan, vice president …": his surname, not the country.
                        m.kind == "place"
                        and " " not in m.name
                        and m.name.lower() in self._family_names
                        and _VERB_AFTER_SUBJECT.match(self._text, m.end)
                    )
                ):
                    m = Mention(m.start, m.end, m.text, "person", m.name)
                elif m.name in self.acronyms and m.kind in ("other", "organization"):
                    m = Mention(m.start, m.end, m.text, "organization", m.name)
                done.append(m)
            self._done[i] = done
        return done

    def _sex(self, m: Mention) -> str | None:
        """ "male", "female", "either" or None, read from the first name (a head of state's lone
        surname from the full name the lexicon gives them)."""
        return self.sex_of(self.person_name(m))

    def sex_of(self, name: str) -> str | None:
        """ "male", "female", "either" or None for a person's name, read from its first name."""
        if " " not in name:
            name = self._lexicon.surname_aliases.get(name.lower(), name)
        return self._lexicon.first_names.get(name.split(" ")[0].lower())

    def _known_person(self, name: str) -> bool:
        """A lone name the lexicon folds to a full person name ending in it ("Trump" → Donald Trump)."""
        return name.lower() in self._lexicon.surname_aliases

    @property
    def mentions(self) -> list[Mention]:
        return [m for i in range(len(self._raw)) for m in self._mentions_at(i)]

    def within(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions starting in start..end, in order (remembered: speakers, sources and subjects ask
        about the same stretches)."""
        found = self._within.get((start, end))
        if found is None:
            lo = max(0, bisect_left(self._raw_starts, start) - 1)
            hi = bisect_left(self._raw_starts, end)
            found = tuple(m for i in range(lo, hi) for m in self._mentions_at(i) if start <= m.start < end)
            self._within[(start, end)] = found
        return found

    def longer_name_ending_with(self, name: str, pos: int, lexicon: Lexicon) -> str | None:
        """An unclassified name of two to four words named before pos and ending with `name`, opening with
        no given name or title ("Southern California Edison" for "Edison"), or None."""
        suffix = " " + name
        for i in range(bisect_left(self._raw_starts, pos) - 1, -1, -1):
            for m in self._mentions_at(i):
                if (
                    m.kind == "other"
                    and m.name.endswith(suffix)
                    and 2 <= m.name.count(" ") + 1 <= 4
                    and m.name.split(" ", 1)[0].lower() not in lexicon.first_names
                    and m.name.split(" ", 1)[0].lower() not in lexicon.person_titles
                ):
                    return m.name
        return None

    def full_body_name(self, name: str, pos: int) -> str | None:
        """The longer name of a body a one-word name stands for ("Journal" → The Wall Street Journal),
        the latest named before pos, or None."""
        suffix = " " + name
        for m in reversed(self._long_bodies):
            if m.start < pos and m.name.endswith(suffix):
                return m.name
        return None

    def last_outlet(
        self, pos: int, heads: frozenset[str], skip: list[tuple[int, int]] = ()
    ) -> Mention | None:
        """The last body named before pos whose name ends with one of `heads` ("The Times", "Post")."""
        return next(
            (
                m
                for m in self.mentions_before(pos, skip)
                if (m.kind == "organization" or (m.kind in ("other", "name") and " " in m.name))
                # "the St. Louis Post-Dispatch": a head ending a hyphenated title too
                and m.name.split()[-1].lower().split("-")[-1] in heads
            ),
            None,
        )

    def mentions_before(
        self, pos: int, skip: list[tuple[int, int]] = (), reach: int = _REACH
    ) -> Iterator[Mention]:
        """The mentions before pos and at most `reach` characters back, nearest first, leaving out those
        inside the `skip` spans (sorted, not overlapping: the quotations of a text)."""
        first = bisect_left(self._raw_starts, pos - reach)
        # The one span that may hold a mention is the last opening at or before it; walking back, that
        # span only moves back too.
        k = bisect_right(skip, (pos, _NO_END)) - 1 if skip else -1
        for i in range(bisect_left(self._raw_starts, pos) - 1, first - 1, -1):
            for m in reversed(self._mentions_at(i)):
                if m.start >= pos:
                    continue
                while k >= 0 and skip[k][0] > m.start:
                    k -= 1
                if k < 0 or m.start >= skip[k][1]:
                    yield m

    def last_of_kind(
        self, pos: int, kinds: tuple[str, ...], skip: list[tuple[int, int]] = ()
    ) -> Mention | None:
        """The last mention of one of `kinds` before pos, ignoring mentions inside the `skip` spans."""
        return next((m for m in self.mentions_before(pos, skip) if m.kind in kinds), None)

    def speaker_for_pronoun(self, pronoun: str, pos: int, skip: list[tuple[int, int]] = ()) -> Mention | None:
        """The person "he said" at pos stands for: the last person of a fitting sex who spoke earlier in
        its paragraph ("Zyuganov said he was surprised Trump started … “…,” he said" is Zyuganov), else
        the last person named (`person_for_pronoun`)."""
        fit = "female" if pronoun.lower() in ("she", "her", "hers") else "male"
        # Only in the pronoun's own paragraph: a speaker further back has been succeeded by whoever the
        # paragraphs since are about.
        # Its paragraph, and the paragraph before when this one opens with the quote ("Judge Mehta said that
        # wasn't enough. … / “If Secretary Clinton sent …,” he wrote."): a speaker further back has been
        # succeeded by whoever the paragraphs since are about.
        line = self._text.rfind("\n", 0, pos) + 1
        if not self._text[line:pos].strip(" “\"‘'") or self._text[line] in '“"':
            line = self._text.rfind("\n", 0, max(0, line - 2)) + 1
        window = max(pos - 800, line)
        newcomer: Mention | None = None
        for m in self.mentions_before(pos, skip):
            if m.start < window:
                break
            if (
                m.kind in ("person", "other", "name")
                and self._speaks(m, names_too=True)
                and not (m.kind != "person" and _not_a_person(m.name))
                and not self._no_one(m)
            ):
                if self._sex(m) in (fit, "either", None):
                    if newcomer is not None and _SENTENCE_BREAK.search(self._text, m.end, newcomer.start):
                        # "“…,” Kitchens said. … Monarch’s head of school, Patti Pace, jumped in—she …
                        # “…,” she told me": a person a later sentence brings in as its subject.
                        return newcomer
                    return m
            elif (
                newcomer is None
                and m.kind in ("person", "name")
                and " " in m.name
                and self._sex(m) in (fit, "either", None)
                and _APPOSED_SUBJECT_VERB.match(self._text, m.end)
            ):
                newcomer = m
        return self.person_for_pronoun(pronoun, pos, skip)

    def _no_one(self, m: Mention) -> bool:
        """Capitals no pronoun stands for: a photo credit's name written twice ("toggle caption Kathy Ryan
        Kathy Ryan"), an abstract noun ("Symbolism"), a participle opening a sentence ("Reopening is still …",
        "Having trained …") that the text never writes inside one."""
        words = m.name.split()
        if len(words) >= 2 and len(words) % 2 == 0 and words[: len(words) // 2] == words[len(words) // 2 :]:
            return True
        if (
            m.kind in ("other", "name")
            and len(words) >= 2
            and words[0].lower() not in self._lexicon.first_names
            and (words[-1][:1].isdigit() or words[-1].lower() in _NOT_A_SURNAME)
        ):
            return True  # "Facebook Live", "COVID 19": no one's name
        if m.kind == "other" and _ABSTRACT_SHAPED.fullmatch(m.name):
            return True  # "Symbolism matters": an abstract noun opening a sentence
        if m.kind != "other" or not _PARTICIPLE_SHAPED.fullmatch(m.name):
            return False
        if self._text[max(0, m.start - 3) : m.start].strip(" “\"‘'")[-1:] not in ("", ".", "!", "?", "\n"):
            return False
        return not re.search(rf"[a-z,][ \t]+{re.escape(m.name)}\b", self._text)

    def person_for_pronoun(self, pronoun: str, pos: int, skip: list[tuple[int, int]] = ()) -> Mention | None:
        """The person "he" or "she" at pos stands for: the last person named before, of a fitting sex.

        The sex is read from the given name ("Hillary" → she). A person of unknown sex is taken only
        when no one of the right sex is named in the 1,500 characters before. Names used as modifiers
        ("the Bush administration") are skipped.
        """
        fit = "female" if pronoun.lower() in ("she", "her", "hers") else "male"
        fallback: Mention | None = None
        headline = self._title_case_headline_end()
        # The person a clause is about, not one it speaks of: a name after a preposition or a verb ("…
        # dismissed Trump's idea. “…,” he said") gives way to a subject of fitting sex named at most 400
        # characters before it.
        spoken_of: Mention | None = None
        # A subject of unknown sex wins when named at most 300 characters back, 400 when the quotation opens
        # its paragraph (no sentence of its own has named anyone since).
        line = self._text.rfind("\n", 0, pos) + 1
        reach = 400 if self._text[line : line + 1] in ("“", '"') else 300
        # Distances run from the quotation the pronoun tags ("“…,” he writes"): its own words name no one.
        near = _opening_of_tagged_quote(pos, skip)
        for m in self.mentions_before(pos, skip):
            if (
                m.kind == "other"
                and not self._speaks(m)
                and not self._lone_subject(m, near)
                and m.name.lower() not in self._lexicon.first_names  # "Lauren attributes …": a given name
            ):
                continue
            if (m.kind != "person" and _not_a_person(m.name)) or self._no_one(m):
                continue  # "the Affordable Care Act", "Election Day": capitals that name no one
            if (
                m.kind == "name"
                and m.name.count(" ") >= 3
                and m.name.split(" ", 1)[0].lower() not in self._lexicon.first_names
            ):
                continue  # "Byers Market Newsletter Get": four capitalised words with no given name
            if m.kind not in ("person", "other", "name") or _MODIFIER_USE.match(self._text, m.end):
                continue
            if m.kind != "person" and m.start < headline and self._text.find(m.name, headline) < 0:
                continue  # "… Just Kicked 3 Democrats Out of Office": capitals of a title, no one named
            if _NOUN_AFTER.match(self._text, m.end) and _DETERMINER_BEFORE.search(
                self._text, max(0, m.start - 5), m.start
            ):
                continue  # "the Daniels payment": a name used as a modifier
            if spoken_of is not None and spoken_of.start - m.start > 400:
                return spoken_of
            if fallback is not None and fallback.start - m.start > 1500:
                return spoken_of or fallback
            sex = self._sex(m)
            if sex == fit:
                if spoken_of is None and self._spoken_of(m):
                    spoken_of = m
                    continue
                if spoken_of is not None and self._spoken_of(m):
                    continue
                return m
            if sex in (None, "either") and spoken_of is not None and not self._spoken_of(m):
                return m  # "Felipe Calderon, who …, has also dismissed Trump's idea. “…,” he said"
            if sex in (None, "either"):
                if near - m.start <= reach and _VERB_AFTER_SUBJECT.match(self._text, m.end):
                    # "Minister Im Chon-il blamed the US … He also insulted": the subject just before
                    # wins over someone further back whose sex is known, and over a name nearer that
                    # heads no clause ("Maddie Prince was among the Chimney Corners campers").
                    return m
                if fallback is None:
                    fallback = m
        return spoken_of or fallback

    def _title_case_headline_end(self) -> int:
        """Where the text's first line ends, when it is a headline in title case (most words capitalised),
        else 0: its runs of capitals are no evidence of names. Computed once per text."""
        if self._headline_end is None:
            end = self._text.find("\n")
            words = [w for w in self._text[:end].split() if w[:1].isalpha() and len(w) > 3] if end > 0 else []
            capitalised = sum(w[0].isupper() for w in words)
            self._headline_end = end if len(words) >= 3 and capitalised >= 0.8 * len(words) else 0
        return self._headline_end

    def _spoken_of(self, m: Mention) -> bool:
        """Whether a name is an object in its clause, or an object's owner ("directed Michael Cohen", "at
        President Obama", "dismissed Trump's idea"), not its subject or topic ("Trump’s presidency was …")."""
        if _INTRODUCED_AFTER.match(self._text, m.end) or _VERB_AFTER_SUBJECT.match(self._text, m.end):
            return False  # "by Greg Smith, who directs …"; "claiming Trump directed …": a clause's subject  # "by Greg Smith, who directs …", "according to Carl Tobias, a professor": introduced
        before = _WORD_BEFORE.search(self._text, max(0, m.start - 24), m.start)
        if before is None:
            return False
        word = before.group(1)
        # "asked Press Secretary Sarah Sanders … She replied": whom a question is put to answers it.
        verb = word.endswith(("ed", "ing")) and word not in _NOT_VERBS_BEFORE and word not in _ASKING_VERBS
        if m.text.endswith(("’s", "'s")) or self._text.startswith(("’s", "'s"), m.end):
            return verb  # "dismissed Trump's idea"; but "the heart of Mr. Berg’s emotions" is about Berg
        if word == "to" and self._text[max(0, before.start() - 12) : before.start()].rstrip().endswith(
            "according"
        ):
            return False
        return word in _OBJECT_PREPOSITIONS or verb

    def person_named_after(
        self, pronoun: str, pos: int, reach: int = 600, skip: list[tuple[int, int]] = ()
    ) -> Mention | None:
        """The first person named in the `reach` characters after pos, for a pronoun no one named before
        stands for (a story opening "“…,” she said." and naming Mishori two paragraphs on); a person of the
        other sex is passed over, and so is anyone named inside the `skip` spans (the quotations)."""
        fit = "female" if pronoun.lower() in ("she", "her", "hers") else "male"
        for m in self.within(pos, pos + reach):
            if any(a <= m.start < b for a, b in skip):
                continue  # "“Democrats got their voters out …,” Graham wrote": whom the words name
            if _TAG_OBJECT_BEFORE.match(self._text, pos, m.start):
                continue  # "“…,” he told Fox News host Chris Wallace": whom he told, not who he is
            if _not_a_person(m.name):
                continue
            if _DIGIT.search(m.name):
                continue  # "COVID-19 could …": no person's name holds a digit
            subject_like = m.kind == "person" or (
                m.kind in ("name", "other") and bool(_VERB_AFTER_SUBJECT.match(self._text, m.end))
            )
            if subject_like and self._sex(m) in (fit, "either", None):
                return m
        return None

    def is_lone_subject(self, m: Mention, pos: int) -> bool:
        """Whether a lone unknown name just before pos heads its clause ("However, Mishori believes …")."""
        return self._lone_subject(m, pos)

    def _lone_subject(self, m: Mention, pos: int) -> bool:
        """A lone unknown name just before pos that is a clause's subject ("Gorsuch is a staunch advocate
        … He says"): a surname the pronoun may stand for, though it never spoke."""
        return (
            pos - m.start <= 300
            and " " not in m.name
            and m.name.isalpha()
            and not m.name.isupper()
            and bool(_VERB_AFTER_SUBJECT.match(self._text, m.end))
            # At the head of its sentence, after a connective at most ("However, Mishori believes"): "the
            # impact Covid-19 is having" has another subject.
            and (
                m.start == 0
                or self._text[max(0, m.start - 3) : m.start].rstrip(" ")[-1:] in (".", "!", "?", "\n", "")
                or bool(_CONNECTIVE_AT_HEAD.search(self._text, max(0, m.start - 14), m.start))
                # "In his statement, Mattis makes it clear …": after a short opening phrase.
                or bool(_OPENING_PHRASE_AT_HEAD.search(self._text, max(0, m.start - 44), m.start))
            )
        )

    def _speaks(self, m: Mention, names_too: bool = False) -> bool:
        """A lone unknown name that speaks ("Rettig announced", "Kuzmin said") is someone's surname;
        with `names_too`, whether any name is followed by a verb of saying."""
        if not names_too and (" " in m.name or m.name.isupper()):
            return False
        if names_too and _ACCORDING_TO_BEFORE.search(self._text, max(0, m.start - 16), m.start):
            return True  # "According to Lazare, she distorts reality. “…”, he notes": the cited source
        inverted = _VERB_BEFORE_NAME.search(self._text, max(0, m.start - 24), m.start)
        if inverted and self._lexicon.speech_verb_regex.fullmatch(inverted.group(1)):
            return True  # "“It's disingenuous,” responds Onwuka": the verb before the name, after the quote
        at = m.end
        when = _WHEN_AFTER_NAME.match(self._text, at) or (
            # "Jacob S. Frenkel, a former federal prosecutor in New Orleans, said"
            _APPOSITIVE_AFTER_NAME.match(self._text, at) if names_too else None
        )
        if when:
            at = when.end()  # "President Trump on Saturday said"
        verb = _NEXT_WORD.match(self._text, at)
        if verb and verb.group(1).endswith("ly"):
            verb = _NEXT_WORD.match(self._text, verb.end())  # "Cuomo coolly predicted"
        return bool(verb) and bool(self._lexicon.speech_verb_regex.fullmatch(verb.group(1)))

    def most_named_person(self, pos: int, role: str | None = None) -> Mention | None:
        """The person named most often before pos (by full name), the latest mention of them.

        A lone unknown name counts as a person once it speaks somewhere before pos ("DeSantis said").
        With a `role` ("the president said" when no one is named president), a person only ever named
        with another role's title ("Senator Flake", "Judge Kavanaugh") is not the one.
        """
        counts: Counter[str] = Counter()
        latest: dict[str, Mention] = {}
        others: list[Mention] = []
        untitled: set[str] = set()
        titled_other: set[str] = set()
        for i in range(bisect_left(self._raw_starts, pos)):
            for m in self._mentions_at(i):
                if m.start >= pos:
                    continue
                if m.kind == "person":
                    name = self.person_name(m)
                    counts[name] += 1
                    latest[name] = m
                    if role is not None and not self._other_title_before(m, role):
                        untitled.add(name)
                    elif role is not None and " " in role:
                        titled_other.add(name)  # "President Trump" is never "the former vice president"
                elif m.kind == "other" and " " not in m.name and m.name.lower() not in _HEADLINE_VERBS:
                    others.append(m)  # ("…, Author Says": a headline's verb is no one's surname)
        # A lone unknown name that speaks or heads a clause ("Farenthold used $84,000 …") is someone's surname.
        speakers = {m.name for m in others if self._speaks(m) or _VERB_AFTER_SUBJECT.match(self._text, m.end)}
        for m in others:
            if m.name in speakers:
                counts[m.name] += 1
                latest[m.name] = m
                untitled.add(m.name)
        untitled -= titled_other
        if role is not None and untitled:
            return latest[max((n for n in counts if n in untitled), key=counts.__getitem__)]
        return latest[max(counts, key=counts.__getitem__)] if counts else None

    def _other_title_before(self, m: Mention, role: str) -> bool:
        """Whether the mention carries a role title other than `role` ("Senator Flake" for "president")."""
        words = self._text[m.start : m.end].split()
        before = _WORD_BEFORE.search(self._text, max(0, m.start - 30), m.start)
        titles = [w for w in words[:-1] if _is_role(w, self._lexicon)]
        if before and _is_role(before.group(1), self._lexicon):
            titles.append(before.group(1))
        if titles and " " in role:
            # "the former vice president" is not "President Trump": a two-word role is titled whole.
            return role not in self._text[max(0, m.start - 30) : m.end].lower()
        return any(t.lower().rstrip(".") not in (*role.split(), *_HONORIFICS) for t in titles)

    def person_with_role(self, role: str, pos: int, skip: list[tuple[int, int]] = ()) -> Mention | None:
        """The last person named with `role` in their title before pos ("President Trump" for "the president")."""
        role = role.lower()
        short = _ROLE_ABBREVIATIONS.get(role)
        pattern = rf"\b(?:{re.escape(role)}|{short}\.?)(?!\w)" if short else rf"\b{re.escape(role)}\b"
        # "the president" is not Vice President Pence, nor the man named after "the president and".
        if not role.startswith("vice"):
            pattern = rf"(?<!vice )(?<!vice-){pattern}"
        titled: dict[str, Mention] = {}  # each title holder's latest titled mention
        for m in self.mentions_before(pos, skip):
            if m.kind != "person":
                continue
            lead = max(0, m.start - 30)
            if any(
                r.end() >= m.start - lead - 2 and "\n" not in self._text[lead + r.end() : m.start]
                for r in re.finditer(pattern, self._text[lead : m.end].lower())
            ):  # (a title ends its own line: "… – Florida senator" over "Trump’s outburst" titles no one)
                titled.setdefault(self.person_name(m), m)
        if len(titled) <= 1:
            return next(iter(titled.values()), None)
        # Two presidents ("Turkish President Recep Tayyip Erdogan", "President Donald Trump"): the one named
        # in the last 400 characters, else the one the story names most so far.
        counts: Counter[str] = Counter()
        latest: dict[str, int] = {}
        for m in self.mentions_before(pos, skip):
            if m.kind == "person" and (name := self.person_name(m)) in titled:
                counts[name] += 1
                latest.setdefault(name, m.start)
        recent = max(titled, key=lambda name: latest.get(name, -1))
        if pos - latest.get(recent, -(10**9)) <= 400:
            return titled[recent]
        return max(titled.values(), key=lambda m: (counts[self.person_name(m)], m.start))

    def person_name(self, mention: Mention) -> str:
        """A person mention's fullest name: a lone surname resolved to the full name seen before it."""
        if " " in mention.name:
            if _SURNAME_PARTICLE_BEFORE.fullmatch(mention.name.split(" ", 1)[0] + " "):
                # "de Blasio" after "Mayor Bill de Blasio": the surname of the full name named before.
                suffix = " " + mention.name
                earlier = [p for p in self.persons if p.start < mention.start and p.name.endswith(suffix)]
                return earlier[-1].name if earlier else mention.name
            if self._tails is None:
                # Persons of three words or more by their last two, folded: few texts name any.
                self._tails = {}
                for p in self.persons:
                    words = p.name.split(" ")
                    if len(words) >= 3:
                        self._tails.setdefault(_ascii_folded(" ".join(words[-2:])), []).append(p)
            if not self._tails:
                return mention.name
            fuller = [
                p.name
                for p in self._tails.get(_ascii_folded(mention.name), ())
                if p.start < mention.start
                and (
                    p.kind == "person"
                    or any(_given_name_like(w, self._lexicon) for w in p.name[: -len(mention.name)].split())
                )
            ]
            # "Mr López Obrador" after "Andrés Manuel López Obrador": a two-word surname of the full name (not
            # "Cue Howard Schultz", a stage direction before the name).
            return fuller[-1] if fuller else mention.name
        return self.full_person_name(mention.name, mention.start) or mention.name

    def _relative_in_paragraph(self, token: str, pos: int) -> str | None:
        """The one person named in full with surname `token` earlier in pos's paragraph, when no title
        stands before pos ("both Hillary Clinton and Michelle Obama have … “…,” Obama complained" is
        Michelle Obama); None otherwise. A relative named paragraphs before does not make "Trump" her."""
        if self._text[pos : pos + len(token)].lower() != token:
            return None  # "President Obama" as one mention: the title makes them the head of state
        before = _WORD_BEFORE_ANY.search(self._text, max(0, pos - 16), pos)
        if before and (_is_role(before.group(1), self._lexicon) or before.group(1).rstrip(".") == "Mr"):
            return None  # "President Obama", "Mr. Trump": the head of state
        line = self._text.rfind("\n", 0, pos) + 1
        found = {
            m.name
            for m in self.persons
            if line <= m.start < pos and m.kind == "person" and m.name.lower().rsplit(" ", 1)[-1] == token
        }
        return found.pop() if len(found) == 1 else None

    def full_person_name(self, name: str, pos: int) -> str | None:
        """The longer person name a surname (or Korean family name) refers to, looking back from pos."""
        if " " in name:
            return None
        token = name.lower()
        alias = self._lexicon.surname_aliases.get(token)
        if alias is not None and not _FEMALE_TITLE_BEFORE.search(self._text, max(0, pos - 6), pos):
            # A head of state the lexicon names in full: "Trump said" is Donald Trump, even in an
            # article that also names Ivanka Trump (she is "Ms. Trump" or "Ivanka"); named so only
            # where the text writes the full name, else by the surname the text gives.
            if self._text_lower is None:
                self._text_lower = self._text.lower()
            if alias.lower() in self._text_lower:
                return alias
            return self._relative_in_paragraph(token, pos)
        token = token.replace("’", "'")  # "O’Rourke said" after "Beto O'Rourke"
        counts: Counter[str] = Counter()
        last_seen: dict[str, int] = {}
        # The persons by first and last word (apostrophes made straight), in text order, built on first use.
        if self._persons_by_token is None:
            self._persons_by_token = {}
            for m in self.persons:
                parts = _name_parts(m.name)
                for t in {parts[0], parts[-1]}:
                    self._persons_by_token.setdefault(t, []).append((m, parts))
        family_first: Counter[str] = Counter()
        later: Counter[str] = Counter()
        given: Counter[str] = Counter()
        headline_end = None
        for m, parts in self._persons_by_token.get(token, ()):
            if m.kind != "person" and len(parts) == 2:
                if headline_end is None:
                    headline_end = self._title_case_headline_end()
                if m.start < headline_end:
                    continue  # "Mattis Defects": a title-case headline's run of capitals is no name
            if m.start >= pos:
                # Named in full only later ("Wittkowski said …" before "Knut Wittkowski" appears, or as a
                # tweet's signature "— Yoel Roth (@yoyoel)"): used when no full name comes before.
                if parts[-1] == token and (m.kind == "person" or len(parts) == 2):
                    later[m.name] += 1
                    last_seen.setdefault(m.name, -m.start)
                elif parts[0] == token and len(parts) == 2:
                    given[m.name] += 1
                    last_seen.setdefault(m.name, -m.start)
                continue
            # A name known to be a person's counts double against one that may be a body's.
            weight = 2 if m.kind == "person" else 1
            if parts[-1] == token:
                counts[m.name] += weight
            elif m.kind == "person" and len(token) <= 4:
                # Family name first ("Kim" → Kim Jong Un, "Xi" → Xi Jinping): East Asian family names
                # are short; "Trump" is not "Trump Tower".
                family_first[m.name] += weight
            elif len(parts) == 2:
                given[m.name] += weight
            last_seen[m.name] = m.start
        # A given name alone ("Khabib admitted" of Khabib Nurmagomedov) stands for the one person named
        # in full with it, and only when no one bears it as a surname.
        counts = counts or family_first or later or (given if len(given) == 1 else None)
        if not counts:
            return None
        return max(counts, key=lambda n: (counts[n], last_seen[n]))


_GENERATIONS = frozenset("jr jr. sr sr. ii iii iv".split())


def _name_parts(name: str) -> list[str]:
    """A person's name in lower-case words, apostrophes straight, a generation dropped ("Joe Kennedy III")."""
    parts = name.lower().split(" ")
    if "’" in name:
        parts = [w.replace("’", "'") for w in parts]
    while len(parts) > 2 and parts[-1].strip(",.") in _GENERATIONS:
        parts.pop()
    return parts


def _given_name_like(word: str, lexicon: Lexicon) -> bool:
    """A known given name, or a word the lexicon does not know written with accents ("Andrés")."""
    return word.lower() in lexicon.first_names or not word.isascii()


def name_index(text: str, lexicon: Lexicon) -> NameIndex:
    """Every proper-name mention in `text`, classified person / organization / place / other."""
    return NameIndex(text, lexicon)


_RUN_CACHE: dict[tuple[str, int], list[Mention]] = {}


def _mentions(text: str, start: int, raw: str, lexicon: Lexicon) -> list[Mention]:
    """The mentions in one run of capitalised words, split where the run joins two names.

    The split and the classification depend on the run alone, so they are cached by run; only the
    "leader Zelensky" check looks at the words before the run.
    """
    # "The Trump", "But Trump", "When Trump" are one run once the opening function word is dropped.
    space = raw.find(" ")
    while (
        space > 0
        and raw[:space].lower().rstrip(".'’") in NOT_NAME_WORDS
        and not _given_name_first(raw.split(), lexicon)
    ):
        rest = raw[space + 1 :]
        raw = rest.lstrip()
        start += space + 1 + len(rest) - len(raw)
        space = raw.find(" ")
    key = (raw, id(lexicon))
    relative = _RUN_CACHE.get(key)
    if relative is None:
        relative = _run_mentions(raw, 0, raw, lexicon)
        if len(_RUN_CACHE) > 200_000:
            _RUN_CACHE.clear()
        _RUN_CACHE[key] = relative
    out: list[Mention] = []
    for m in relative:
        kind = m.kind
        if (kind == "other" and " " not in m.name or kind == "name") and _ROLE_BEFORE.search(
            text[max(0, start + m.start - 25) : start + m.start].lower()
        ):
            kind = "person"  # "leader Zelensky", "Ministry spokesman Gao Feng"
        elif kind in ("name", "other") and STATE_AFTER.match(text, start + m.end):
            kind = "place"  # "Sioux Falls, S.D.", "Traverse City, Michigan": a town, whoever it sounds like
        if kind == "person" and _modal_then_word(text, m.name):
            continue  # "I Will Vote to Confirm Kavanaugh": a title-case verb phrase, not Will Vote
        at = start + m.start
        particle = (
            _SURNAME_PARTICLE_BEFORE.search(text, max(0, at - 6), at)
            # the cheap test first: a particle is a lowercase word ending right before the name
            if at >= 3 and text[at - 2].islower() and kind in ("person", "other") and " " not in m.name
            else None
        )
        if particle:
            # "“…,” de Blasio said": a surname written with its particle is one name.
            at = start + m.start - len(particle.group())
            named = particle.group(1) + " " + m.name
            out.append(Mention(at, start + m.end, text[at : start + m.end], "person", named))
            continue
        out.append(Mention(start + m.start, start + m.end, m.text, kind, m.name))
    return out


# A lowercase particle opening a surname, itself after a space, quote or the start ("de Blasio", "van Gogh").
_SURNAME_PARTICLE_BEFORE = re.compile(r"(?:(?<=[\s“”\"(])|^)(de|van|von|del|der|da|di|du|le)[ \t]$")
# Adverb endings no surname has ("Publicly", "Additionally", "Reportedly"; not "Kelly", "Connolly").
_ADVERB_SHAPED = re.compile(
    r"[A-Z][a-z]+(?:ally|ously|ively|ently|antly|edly|ingly|ately|fully|lessly|icly|ibly|ably)"
)
_HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame".split())  # titles of anyone, no role
_MODAL_GIVEN_NAMES = frozenset("will may can".split())


def _modal_then_word(text: str, name: str) -> bool:
    """Whether a two-word name is a modal given name before a word the text also writes in lower case."""
    first, _, second = name.partition(" ")
    if first.lower() not in _MODAL_GIVEN_NAMES or not second.isalpha() or " " in second:
        return False
    return re.search(rf"(?<![\w-]){second.lower()}(?![\w-])", text) is not None


def _given_name_first(tokens: list[str], lexicon: Lexicon) -> bool:
    """Whether a name of two words opens with a given name that is also a function word or a month
    ("Jan Null", "Will Hurd of Texas"), not "Will Trump" or "Jan. 6"."""
    if len(tokens) < 2 or (len(tokens) > 2 and tokens[2] not in ("of", "for", "and")):
        return False
    first, rest = tokens[:2]
    return (
        first.isalpha()
        and first.lower() in lexicon.first_names
        and rest.isalpha()
        and rest.lower() not in NOT_NAME_WORDS
        and rest.lower() not in lexicon.surname_aliases
        and rest not in lexicon.subject_aliases
    )


def _run_mentions(text: str, start: int, raw: str, lexicon: Lexicon) -> list[Mention]:
    if " " not in raw and "\t" not in raw:
        # Fast path for the commonest case, one capitalised word.
        word = raw
        if word.lower().rstrip(".'’") in NOT_NAME_WORDS:
            return []
        if word.endswith(("’s", "'s")):
            word = word[:-2]
        elif word.endswith(("’", "'")):
            word = word[:-1]
        elif word.endswith(".") and not _is_acronym(word) and len(word) > 4:
            word = word[:-1]
        if not word or word.lower() in NOT_NAME_WORDS:
            return []  # "It’s", "That’s", "Here’s": a contraction, not a possessive name
        if word.lower() in lexicon.vague_sources:
            return []  # "Experts say …" opening a sentence: a common noun, no one a pronoun may stand for
        if _ADVERB_SHAPED.fullmatch(word):
            return []  # "Publicly posted records show …": an adverb opening a sentence, no name
        kind, name = _kind_and_name([word], word, text, start, lexicon)
        return [Mention(start, start + len(word), word, kind, name)]
    tokens = raw.split()
    offsets: list[int] = []
    pos = start
    for t in tokens:
        pos = text.index(t, pos)
        offsets.append(pos)
        pos += len(t)
    capitals = (
        next(
            (i for i, t in enumerate(tokens) if i >= 2 and len(t) >= 2 and t.isalpha() and t.isupper()), None
        )
        if _TWO_CAPITALS.search(raw)
        else None
    )
    if (
        capitals is not None
        and not _ROMAN_NUMERAL.fullmatch(tokens[capitals])
        and _person_like(_without_titles(tokens[:capitals], lexicon.person_titles), lexicon)
    ):
        # "Dr. Anthony Fauci NOW says …": a headline's shouted word after a person's name is no part of it.
        return _split(text, tokens, offsets, capitals, capitals + 1, lexicon)
    for i, t in enumerate(tokens[:-1]):
        left = tokens[: i + 1] if t.endswith(("’s", "'s")) else tokens[:i]
        if (
            i > 0
            and t in ("of", "for")
            and (
                _is_place(left, lexicon)
                or _titled_name(left, lexicon)
                or (
                    _person_like(_without_titles(left, lexicon.person_titles), lexicon)
                    and not any(
                        w.lower().strip("'’") in lexicon.organization_cues
                        for w in _without_titles(left, lexicon.person_titles)
                    )
                )
            )
        ):
            # "Mykola Kuzmin of the Henry Jackson Society", "Xi Jinping of China", "Pyongyang for the TV".
            j = i + 1 + (tokens[i + 1] == "the")
            return _split(text, tokens, offsets, i, j, lexicon)
        if t.endswith(("’s", "'s")) or (
            # "the New York Times' Michelle Goldberg": a plural-looking owner's bare apostrophe before a person.
            t.endswith(("s’", "s'")) and len(tokens) - i >= 3 and tokens[i + 1].lower() in lexicon.first_names
        ):
            # "North Korea’s KCNA", "Trump’s Justice Department" split into owner and owned name; but
            # "Korean People’s Army" stays whole (the owner is no place and the rest only a generic word).
            rest = tokens[i + 1 :]
            owner = [*tokens[:i], t[:-2] if t.endswith(("’s", "'s")) else t[:-1]]
            if _is_place(owner, lexicon) or not all(r.lower() in lexicon.organization_cues for r in rest):
                return _split(text, tokens, offsets, i + 1, i + 1, lexicon)
        if t in ("And", "Of", "The", "In", "To", "For", "At", "On", "With", "By", "From") and i > 0:
            # Title-case headlines glue names together: "Vladimir Putin And Kim Jong-un Visit".
            return _split(text, tokens, offsets, i, i + 1, lexicon)
        in_headline = i >= 1 and text.find("\n", 0, start) < 0
        if (
            t.lower() in _HEADLINE_VERBS
            and (
                (i >= 2 and tokens[i - 2].lower() in lexicon.first_names)
                # in the headline itself, whatever the given name: "Ex-Porn Star Mia Khalifa Slammed BangBros"
                or in_headline
                or (
                    i >= 1 and " ".join(tokens[:i]).lower() in lexicon.organizations_lower
                )  # "Reddit Cracks Down"
            )
        ):
            # "Blake Farenthold Resigns After …", "Jack Dorsey Plans To Give …": a headline's verb after a name.
            return _split(text, tokens, offsets, i, i, lexicon)
        if i > 0 and _ADVERB_SHAPED.fullmatch(t):
            # "Bill Gates Reportedly Offered …": no name holds an adverb; a headline's verb phrase follows.
            return _split(text, tokens, offsets, i, i + 1, lexicon)
    if (
        len(tokens) >= 2
        and tokens[-1].lower() in _HEADLINE_VERBS
        and (
            tokens[-1].lower() in _SAYING_HEADLINE_VERBS
            or (len(tokens) >= 3 and tokens[-3].lower() in lexicon.first_names)
        )
        and text.find("\n", 0, start) < 0
    ):
        # "Supreme Court Nominee Neil Gorsuch Is a …", "…, Author Says": the headline's verb closes the run of
        # capitals (a verb of saying whatever precedes it: no surname is "Says").
        return _split(text, tokens, offsets, len(tokens) - 1, len(tokens), lexicon)
    holder_at = _person_after_body(tokens, lexicon)
    if holder_at:
        # "Health and Human Services Alex Azar": a body's name, then a given name and a surname.
        return _split(text, tokens, offsets, holder_at, holder_at, lexicon)
    title_at = _title_block_start(tokens, lexicon)
    if title_at:
        # "Supreme Court Justice Ruth Bader Ginsburg", "House Speaker Nancy Pelosi": a body, then a titled person.
        return _split(text, tokens, offsets, title_at, title_at, lexicon)
    mention = _mention(text, tokens, offsets, lexicon)
    return [mention] if mention else []


# Last words of capitalised names that name a law, a day, a body or a plan, never a person a pronoun stands for.
_NOT_PERSON_HEADS = frozenset(
    """act day bill law amendment agreement treaty plan program programme fund week month year eve court
    party house senate congress committee commission department administration council""".split()
)
# A tag's verb and its object before a name: "he told Fox News host Chris Wallace".
_TAG_OBJECT_BEFORE = re.compile(r"[^.!?\n“”\"]*\b(?:told|tells|telling)\s+(?:[\w’'.-]+\s+){0,4}$")


def _not_a_person(name: str) -> bool:
    return name.rsplit(" ", 1)[-1].lower() in _NOT_PERSON_HEADS


_SAYING_HEADLINE_VERBS = frozenset(
    "says said tells told warns warned claims admits insists urges slams blasts".split()
)
_NOT_A_SURNAME = frozenset("live up out in on now today news online tv radio".split())
_ABSTRACT_SHAPED = re.compile(r"[A-Z][a-z]{3,}(?:ism|ity|tion|sion)")
_VERB_BEFORE_NAME = re.compile(r"[”\"]\s*([a-z]+)\s+$")
_PARTICIPLE_SHAPED = re.compile(r"[A-Z][a-z]{2,}ing")
_ROMAN_NUMERAL = re.compile(r"[IVX]+")
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")


def _is_role(token: str, lexicon: Lexicon) -> bool:
    low = token.lower()
    return (
        low in lexicon.person_titles or low.rstrip(".") in lexicon.person_titles
    ) and low not in _TITLE_MODIFIERS


def _office_holder(tokens: list[str], lexicon: Lexicon) -> str | None:
    """The person named after an office "of" something: "Secretary of State Mike Pompeo" → Mike Pompeo,
    "Secretary of Homeland Security Kirstjen Nielsen" → Kirstjen Nielsen; None when no given name opens
    the last words ("Secretary of Homeland Security" alone)."""
    if "of" not in tokens[1:4]:
        return None
    k = tokens.index("of")
    if not all(t.lower().rstrip(".") in lexicon.person_titles for t in tokens[:k]) or not any(
        _is_role(t, lexicon) for t in tokens[:k]
    ):
        return None
    rest = tokens[k + 1 :]
    if len(rest) >= 3 and rest[-2].lower() in lexicon.first_names:
        return " ".join(rest[-2:])
    if len(rest) >= 4 and _INITIAL.fullmatch(rest[-2]) and rest[-3].lower() in lexicon.first_names:
        return " ".join(rest[-3:])
    return None


def _titled_name(tokens: list[str], lexicon: Lexicon) -> bool:
    """ "Justice Ginsburg", "Gen. Mark Milley": a role title, then a name."""
    rest = _without_titles(tokens, lexicon.person_titles, lexicon.first_names)
    k = len(tokens) - len(rest)
    return (
        0 < len(rest) < len(tokens)
        and (
            any(_is_role(t, lexicon) for t in tokens[:k])
            or _modifier_as_role(tokens, k - 1, lexicon.first_names)
        )
        and all(_NAME_WORD.fullmatch(t) for t in rest)
        and (
            not any(t.lower() in lexicon.organization_cues for t in rest) or _surname_cue_only(rest, lexicon)
        )
    )


def _person_after_body(tokens: list[str], lexicon: Lexicon) -> int:
    """Where a person's given name follows a body's head word or a place ("Human Services | Alex Azar",
    "operations manager for Yemen | Caroline Seguin"); 0 if none."""
    for k in (len(tokens) - 2, len(tokens) - 3):
        if (
            k >= 1
            and tokens[k].lower() in lexicon.first_names
            and (
                tokens[k - 1].lower() in lexicon.organization_cues
                # "Virginia Ann Smith" may be one woman's name: a place that is also a given name stays
                or (_is_place(tokens[:k], lexicon) and tokens[0].lower() not in lexicon.first_names)
            )
            and all(_NAME_WORD.fullmatch(t) for t in tokens[k:])
            and not any(_is_role(t, lexicon) for t in tokens[:k])  # "Secretary of State Mike Pompeo"
        ):
            return k
    return 0


def _title_block_start(tokens: list[str], lexicon: Lexicon) -> int:
    """Where a person's title begins after other words ("Supreme Court | Justice Ruth Bader Ginsburg"); 0 if none."""
    for k in range(1, len(tokens) - 1):
        if _is_role(tokens[k], lexicon) or _modifier_as_role(tokens, k, lexicon.first_names):
            b = k
            while (
                b > 1
                and tokens[b - 1].lower() in lexicon.person_titles
                and tokens[b - 1].lower() in _TITLE_MODIFIERS
                and not _is_place(tokens[:b], lexicon)
            ):
                b -= 1
            before_is_all_titles = all(t.lower() in lexicon.person_titles for t in tokens[:b])
            if _titled_name(tokens[b:], lexicon) and not before_is_all_titles:
                return b
            return 0
    return 0


def _split(
    text: str, tokens: list[str], offsets: list[int], left_end: int, right_start: int, lexicon: Lexicon
) -> list[Mention]:
    out = _run_mentions(text, offsets[0], " ".join(tokens[:left_end]), lexicon) if left_end else []
    if right_start < len(tokens):
        out += _run_mentions(text, offsets[right_start], " ".join(tokens[right_start:]), lexicon)
    return out


def _is_place(tokens: list[str], lexicon: Lexicon) -> bool:
    name = " ".join(tokens)
    return name in lexicon.subject_aliases or name.title() in lexicon.subject_aliases


_PERSON_LIKE_RE1 = re.compile(r"[A-Z][\w'’]*(?:-\w+)*")


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _person_like(tokens: list[str], lexicon: Lexicon) -> bool:
    return (
        2 <= len(tokens) <= 4
        and " ".join(tokens) not in lexicon.subject_aliases
        and all(
            _PERSON_LIKE_RE1.fullmatch(t) or (0 < i < len(tokens) - 1 and _MIDDLE_INITIAL.fullmatch(t))
            for i, t in enumerate(tokens)
        )  # "Thomas E. Mann": an initial between the names
    )


def _mention(text: str, tokens: list[str], offsets: list[int], lexicon: Lexicon) -> Mention | None:
    # Strip sentence-opening function words and month/day names at the front.
    while (
        tokens
        and tokens[0].lower().rstrip(".'’") in NOT_NAME_WORDS
        and not _given_name_first(tokens, lexicon)
    ):
        tokens.pop(0)
        offsets.pop(0)
    while tokens and (
        tokens[-1].lower() in NAME_PARTICLES or tokens[-1].lower() in MONTHS | WEEKDAYS and len(tokens) == 1
    ):
        tokens.pop()
        offsets.pop()
    if not tokens:
        return None
    last = tokens[-1]
    if last.endswith(("’s", "'s")):
        last = last[:-2]
    elif last.endswith(("’", "'")):
        last = last[:-1]  # "Johns Hopkins’ count": a plural possessive
    if last.endswith(".") and not _is_acronym(last) and len(last) > 4:
        last = last[:-1]  # "signed by Kim." – the sentence's period, not an abbreviation
    tokens[-1] = last
    surface = " ".join(tokens)
    m_start = offsets[0]
    m_end = offsets[-1] + len(last)
    kind, name = _kind_and_name(tokens, surface, text, m_start, lexicon)
    return Mention(m_start, m_end, text[m_start:m_end], kind, name)


# A US state after a comma, as AP style abbreviates it or in full.
STATE_AFTER = re.compile(
    r",\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
    r"Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|"
    r"Wyo)\.|,\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    r"Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    r"North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
    r"Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b(?![ \t]+[A-Z])"
)


def _kind_and_name(
    tokens: list[str], surface: str, text: str, start: int, lexicon: Lexicon
) -> tuple[str, str]:
    key = (surface, id(lexicon))
    known = _KIND_CACHE.get(key)
    if known is None:
        known = _kind_without_context(tokens, surface, lexicon)
        if len(_KIND_CACHE) > 200_000:
            _KIND_CACHE.clear()
        _KIND_CACHE[key] = known
    return known


_KIND_CACHE: dict[tuple[str, int], tuple[str, str]] = {}
_ROLE_BEFORE = re.compile(
    r"\b(?:leader|minister|president|spokes\w+|commander|chief|mr\.|ms\.|mrs\.|dr\.)\s+$"
)


_HEADLINE_VERBS = frozenset(
    """says said plans resigns resigned slams blasts wins won loses lost calls urges warns asks claims denies
    admits defends vows pledges announces launches unveils rejects accuses sues quits joins leaves backs
    endorses signs dies died killed arrested charged cracks bans removes deletes suspends blocks fires hires
    buys sells cuts raises reports confirms tells faces hits is are was were has have will slammed blasted
    urged warned called asked claimed denied admitted defended vowed rejected accused sued joined backed
    signed banned fired hired raised reported confirmed told faced announced launched unveiled pledged endorsed
    fears wants thinks reveals explains gets takes makes gives rips mocks praises predicts insists responds
    returns agrees refuses pleads files seeks drops threatens demands suggests reacts jokes hopes expects
    believes feared revealed explained praised predicted insisted responded returned agreed refused pleaded
    views sees seeks eyes mulls weighs whines assures threatens leads talks speaks discusses addresses shares
    """.split()
)
_BARE_TITLES = frozenset("dr mr mrs ms prof sen rep gov gen st lt col capt sgt adm rev".split())
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame".split())


def _kind_without_context(tokens: list[str], surface: str, lexicon: Lexicon) -> tuple[str, str]:
    lower = surface.lower()
    if len(tokens) >= 2 and tokens[0].lower() in _HONORIFICS:
        return "person", " ".join(tokens[1:])  # "Mr. Bloomberg" is a man, not the company
    if _is_place(tokens, lexicon) or (surface.endswith("s") and surface[:-1] in lexicon.subject_aliases):
        return "place", surface
    if lower in lexicon.organizations_lower or "&" in tokens:
        return "organization", surface  # "Procter & Gamble", "Standard & Poor's"
    words_lower = [t.lower().rstrip(".") for t in tokens]
    holder = _office_holder(tokens, lexicon)
    if holder:
        return "person", holder
    titled = _without_titles(tokens, lexicon.person_titles, lexicon.first_names)
    if titled is not tokens and len(titled) < len(tokens) and titled[0] != "of":
        rest = " ".join(titled)
        if (
            (
                not any(w.lower() in lexicon.organization_cues for w in titled)
                or _surname_cue_only(titled, lexicon)
            )
            and rest not in lexicon.subject_aliases
            # "Senator Dr" before "Scott Jensen": titles only, no name
            and rest.lower().rstrip(".") not in _BARE_TITLES
        ):
            return "person", rest
    if any(w in lexicon.organization_cues for w in words_lower) and not (
        words_lower[0] in lexicon.first_names and _surname_cue_only(tokens, lexicon)
    ):
        return "organization", surface
    if len(tokens) == 1 and _is_acronym(tokens[0]):
        return "organization", surface
    name_like = 2 <= len(tokens) <= 4 and all(
        _NAME_WORD.fullmatch(t) and t not in ("of", "for", "the", "and") for t in tokens
    )
    if name_like and (
        words_lower[0] in lexicon.first_names
        or any(_HYPHENATED_GIVEN_NAME.fullmatch(t) for t in tokens[1:])  # "Im Chon-il", "Moon Jae-in"
        or (len(tokens) == 3 and _INITIAL.fullmatch(tokens[1]))  # "John F. Kennedy"
    ):
        return "person", surface
    if any(t in lexicon.subject_aliases or t[:-1] in lexicon.subject_aliases for t in tokens) or any(
        " ".join(tokens[i : i + 2]) in lexicon.subject_aliases for i in range(len(tokens) - 1)
    ):
        # "North Korean leader", "Russian Defence": a demonym-led phrase is not a person's name.
        return "other", surface
    if name_like and not any(w in NOT_NAME_WORDS or w in MONTHS for w in words_lower[:1]):
        return "name", surface  # a person or a body: "Joost Oliemans", "Third Way"
    return "other", surface


# Words that name bodies and are surnames too ("Vicente Fox", "Michael Bloomberg", "Emily Post").
_SURNAME_CUES = frozenset(
    "bloomberg fox post house press guard church law bank watch mission union trust".split()
)


def _surname_cue_only(tokens: list[str], lexicon: Lexicon) -> bool:
    """A given name and a surname whose only body word is the surname ("Vicente Fox" after a title)."""
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() for t in tokens):
        return False
    cues = [t.lower() for t in tokens if t.lower() in lexicon.organization_cues]
    return cues == [tokens[-1].lower()] and cues[0] in _SURNAME_CUES


_ROLE_ABBREVIATIONS = {"governor": "gov", "senator": "sen", "representative": "rep", "general": "gen"}
_WHEN_AFTER_NAME = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+week|"
    r"last\s+night|earlier|later)\b,?"
)
_APPOSITIVE_AFTER_NAME = re.compile(
    r",\s+(?:a|an|the)\s[^,;:.“”\"\n]{1,100}(?:,\s[A-Z][^,;:.“”\"\n]{1,40})?,(?=\s)"
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_MODIFIER_USE = re.compile(
    r"\s+(?:administration|campaign|family|government|era|presidency|team|camp|aides|allies|"
    r"White House|foundation|organization|supporters|voters|tower|doctrine|policy|policies)\b"
)
_NAME_WORD = re.compile(r"[A-Z][\w'’]*(?:-\w+)*|[a-z]{1,3}|[A-Z]\.")
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
_INITIAL = re.compile(r"[A-Z]\.")
