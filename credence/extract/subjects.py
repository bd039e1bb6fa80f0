"""Who or what a figure is about: the subject of a claim ("North Korea" for "600 North Korean soldiers").

The scoring engine groups claims into facts by (subject, measure, unit, time window), so figures that
should be compared only meet when their subjects agree. The rules, in order, first answer wins:

1. The body counted: "a group comprising 11 United Nations members" is about the group; counts of
   officials or members are about the body named in the sentence ("40 officials" at "a meeting of
   the WPK").
2. A place or demonym modifying the counted noun: "600 North Korean soldiers", "Pyongyang's 10,000
   troops", "its 500 soldiers", "the soldiers" of an earlier "North Korean soldiers" in the sentence,
   "troops from North Korea", the armed group of "12 Taliban militants"; for counts that are not of
   troops, where they were counted: "3,500 deaths in Canada", "cases in Dallas County", "cases
   worldwide".
3. The actor of the clause holding the figure, then of the sentence: "Kim deployed some 12,000
   soldiers" (a person stands for the country he leads, if the text or the lexicon tells it, for
   counts of people; otherwise for himself), "Italy registered 500 cases", "Despite the toll of 600
   lives, North Korea plans …".
4. For counts that are not of troops, a place the clause or sentence sets them in ("In Taiwan there
   have been 422 cases").
5. Anaphora: "these troops", "the toll", "the state's 20,000 cases" take the subject of the latest
   claim of the same family (troops, epidemic) or the latest place of that kind.
6. The troops named last ("North Korean troops"), then the place the text has named most so far.

Never subjects: places inside names ("New York Times", "Washington Post", "South China Morning Post",
"University of Washington", "Chicago Sun-Times"), halves of compounds ("Russian-Ukrainian War"), the
source of the figure ("according to South Korea's NIS") or whom it was told to ("told Reuters"), a
dateline's credit ("NEW YORK (Reuters) -"), one person's origin for a count of others ("an Uzbek
immigrant … killing eight people"), and for troops the places they are in or fight ("in Kursk",
"along the Russian frontline", "against Kyiv").

Pure; standard library, the lexicon and the entity helpers only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import NamedTuple

from credence.extract.entities import NOT_NAME_WORDS, Mention, NameIndex, canonical_entity
from credence.extract.lexicon import COUNTRY_NAMES, REGIONS, US_STATES, Lexicon

# Nouns of people under arms whose location is not their subject ("1,000 troops in Kursk").
_TROOP_NOUNS = frozenset(
    """troops soldiers personnel servicemen servicemembers forces fighters sailors marines mercenaries
    militants recruits conscripts reservists commandos paratroopers brigades battalions units regiments
    divisions pilots crew crews""".split()
)
_TROOP_MEASURES = frozenset("deployed captured casualties missing wounded transferred".split())
_ARMED_MEASURES = frozenset("deployed captured casualties transferred".split())
_EPIDEMIC_MEASURES = frozenset("cases infected hospitalized tested recovered vaccinated".split())
# Counts of a body's members belong to the body: "40 officials" of the party the sentence names.
_MEMBER_NOUNS = frozenset(
    "officials members employees staff staffers lawmakers legislators delegates executives".split()
)
_MEMBERSHIP_BEFORE = re.compile(
    r"\b(?:comprising|comprised\s+of|consisting\s+of|composed\s+of|made\s+up\s+of|"
    r"(?:that|which)\s+(?:comprises|consists\s+of|includes|counts))\s+$"
)
_PREPOSITIONS = frozenset(
    """in at along near across throughout within inside outside into onto toward towards to from on against
    over through around between among by via for with of off beyond behind under after before during despite
    like upon amid aboard versus vs vs. down up past""".split()
)
# Prepositions that set counts of non-troops in a place ("deaths in Canada", "the city of Wuhan").
_LOCATING = frozenset("in at across throughout within inside of aboard".split())
_ORIGIN = frozenset("from of with".split())  # "troops from North Korea", "soldiers with the U.S. Army"
_WORLDWIDE = re.compile(
    r"\b(?:worldwide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe)|"
    r"in\s+the\s+world|world-wide)\b",
    re.IGNORECASE,
)


def _worldwide(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_WORLDWIDE` searched between start and end, skipped where neither "world" nor "glob" is written:
    each of its phrases holds one, and the case-blind pattern is slow to try at every position."""
    low = text[start:end].lower()
    return _WORLDWIDE.search(text, start, end) if "world" in low or "glob" in low else None


_ADDRESSEE_BEFORE = re.compile(r"\b(?:told|tells|telling|told\s+the|tells\s+the)\s+$")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands".split()
)
_WIDE = re.compile(
    r"\b(?:[Ss]tatewide|[Nn]ationwide|[Cc]itywide|[Cc]ountywide|[Cc]ountry-wide|[Ss]tate-wide)\b"
)
_WIDE_NOUN = {"stat": "state", "nati": "country", "city": "city", "coun": "county"}
_ANAPHORIC_PLACE = re.compile(
    r"\b(?:the|this|that)\s+(?P<noun>country|nation|state|city|province|region|county|island|kingdom|"
    r"territory|republic|borough)(?:['’]s?)?(?![\w-])",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?P<pronoun>his|her|its|their|His|Her|Its|Their)|['’]s?)\s+"
    r"(?:(?:estimated|reported|roughly|nearly|about|some|almost|approximately|confirmed|total|official|"
    r"own|more\s+than|over|at\s+least|up\s+to)\s+)*"
    r"(?:(?!(?:to|of|in|on|for|and|or|is|was|were|are|has|have|had|with|by|at|from|that|than)\s)[a-z-]+\s+){0,2}$"
)
_SAYS_AFTER = re.compile(
    r"(?:['’]s\s+\w+)?\s+(?:also\s+)?(?:says|said|say|claims|claimed|believes|believed|thinks|estimates|"
    r"estimated|told|warned|added|noted|insisted|alleged|alleges|argues|argued|suggests|suggested)\b"
)
_COORDINATED_FIGURE = re.compile(
    r"\s+(?:and|or)\s+(?:(?:about|nearly|more|than|over|some|at|least|almost|roughly|only|just|another)\s+)*"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b)"
)
_NEXT_TWO_WORDS = re.compile(r"(?:['’]s)?[ \t]+([a-z-]+)(?:[ \t]+([a-z]+))?")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w.'’&-]*)")
# Where a clause opens: a comma (not in "10,000"), other punctuation, a dash between spaces, or a
# conjunction or relative word after a space. One leading character class lets the engine skip ahead.
_CLAUSE_OPENER = re.compile(
    r"[,;:()\[\]—\s](?:(?<=,)(?!\d{3}\b)|(?<=[;:()\[\]—])|(?<=\s)(?:[—–-]\s|(?:after|before|when|while|as|"
    r"because|since|although|though|whereas|which|who|whom|that|where|if|unless|until|and|but|or|so|yet)\b))"
)
_SENTENCE_FRONT = re.compile(
    r"[\"“]?(?:Despite|After|Before|With|Without|In|On|At|During|Following|Amid|Although|Though|While|"
    r"As|Since|Because|Even|Given|Of|Among|For)\b"
)
# Words after a place that make it the owner of a state body ("U.S. Army", "Russian Defence Ministry").
_GOVERNMENT_WORDS = frozenset(
    """army navy air force forces military marines marine guard coast government ministry department
    defence defense foreign interior health police cabinet parliament congress senate administration
    armed national state federal public intelligence troops soldiers""".split()
)
# Words after a place that make one area's name ("Los Angeles County", "Kansas City").
_AREA_WORDS = frozenset(
    "county parish province region oblast prefecture district borough township city".split()
)
_PARTY_WORDS = frozenset("democrats republicans democrat republican gop voters residents".split())
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central upstate downstate greater".split()
)
# Capitalised words before "of" that keep the place the subject ("People's Republic of China").
_OF_KEEPS_PLACE = frozenset(
    "republic kingdom state states province city government people's people county region".split()
)
# The kinds of place a noun refers back to ("the state" is a US state, or a country's province).
_KINDS_OF_NOUN = {
    "country": ("country",),
    "nation": ("country",),
    "kingdom": ("country",),
    "republic": ("country",),
    "state": ("state", "area"),
    "region": ("region", "area", "state"),
}
# Role words between a place and a person that make the place the person's polity.
_ROLE_WORDS = frozenset(
    """leader dictator strongman ruler head chief commander general president premier minister prime
    governor gov gov. mayor senator sen sen. king queen prince emperor chancellor secretary foreign
    defence defense deputy vice supreme military army top state official spokesman spokeswoman
    ambassador envoy first lady""".split()
)


class Place(NamedTuple):
    """A place or demonym written in the text, the subject it names, and how it is used there."""

    start: int
    end: int
    subject: str
    role: str  # place | owner (of a state body) | area | title (before a person) | name | compound


def places_in(text: str, start: int, end: int, lexicon: Lexicon) -> list[Place]:
    """Every place or demonym between start and end, with its role (only place, owner, area count)."""
    found: list[Place] = []
    aliases = lexicon.subject_aliases
    for m in lexicon.subject_regex.finditer(text, start, end):
        surface = m.group()
        subject = aliases.get(surface)
        if subject is None:
            surface = " ".join(surface.split())  # "North\nKorea"
            subject = aliases.get(surface) or aliases.get(surface[:-1])  # a plural: "Americans"
            if subject is None:
                continue
        at, to = m.span()
        found.append(Place(at, to, subject, _role(text, at, to, surface, lexicon)))
    return found


def names_a_place(words: str, lexicon: Lexicon) -> bool:
    """Whether `words` are just a place's name ("Italy", "the Bronx", "Alameda County")."""
    words = words.strip()
    if words[:4].lower() == "the ":
        words = words[4:]
    if words in lexicon.subject_aliases:
        return True
    parts = words.split()
    return 2 <= len(parts) <= 4 and parts[-1].lower() in _AREA_WORDS and all(p[:1].isupper() for p in parts)


def _role(text: str, start: int, end: int, surface: str, lexicon: Lexicon) -> str:
    if text[end : end + 1] in ("-", "‐") and text[end + 1 : end + 2].isalpha():
        return "compound"  # "Russian-Ukrainian War", "U.S.-Mexico border", "US-based", "Iran-backed"
    if start and text[start - 1] in "-‐":
        return "compound"
    role = "place"
    after = text[end : end + 2]
    # Only a capitalised word after a space or tab may join the place to a name: most places have none.
    nxt = _NEXT_WORD.match(text, end) if after[:1] in (" ", "\t") and not after[1:].islower() else None
    if nxt:
        word = nxt.group(1)
        low = word.lower().rstrip(".,")
        if low in _GOVERNMENT_WORDS:
            role = "owner"
        elif low in _AREA_WORDS:
            return "area"
        elif low in lexicon.person_titles and low not in ("house", "white", "press", "national", "state"):
            return "title"
        elif not (
            low in NOT_NAME_WORDS
            or low in _PARTY_WORDS
            or word in lexicon.subject_aliases
            or low.endswith(("’s", "'s"))
        ):
            return "name"  # "New York Times", "Boston Globe", "American Airlines"
    if start >= 2 and text[start - 1] == " " and text[start - 2].islower():
        # The common case, a lower-case word before ("in Russia"): nothing to join the place to.
        k = text.rfind(" ", max(0, start - 30), start - 1)
        word = text[k + 1 : start - 1]
        if (k >= 0 or start <= 30) and word.isalpha() and word.islower() and word not in ("the", "of"):
            return role
    word, at = _word_before(text, start)
    of = False
    if word == "the":
        word, at = _word_before(text, at)
        if word != "of":
            return role
    if word == "of":
        of = True
        word, at = _word_before(text, at)
    if not word[:1].isupper() or (not of and _opens_sentence(text, at)):
        return role  # "Diminutive North Korean leader": any word is capitalised at a sentence's start
    low = word.lower().rstrip(".,")
    if of:
        if low not in _OF_KEEPS_PLACE:
            return "name"  # "University of Washington", "Bank of America"
    elif not (
        low in NOT_NAME_WORDS
        or low in _DIRECTIONS
        or low.endswith(("’s", "'s"))
        or word in lexicon.subject_aliases
        or low in lexicon.person_titles
    ):
        return "name"  # "South China Morning Post", "Johns Hopkins"
    return role


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word ending where spaces or tabs before pos begin, and its start ("" when there is none)."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == pos:
        return "", pos
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in ".'’&-_"):
        k -= 1
    return text[k:j], k


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?:\n"


class _Candidate(NamedTuple):
    start: int
    end: int
    subject: str
    kind: str  # place | person | organization | anaphor
    mention: Mention | None


class SubjectResolver:
    """The subjects of one text's claims, in text order: remembers what earlier claims were about."""

    def __init__(self, text: str, names: NameIndex, lexicon: Lexicon) -> None:
        self.text = text
        self.names = names
        self.lexicon = lexicon
        self._memory: dict[str, tuple[int, str]] = {}  # family → (position, subject) of its latest claim
        self._sentence: tuple[int, int] = (-1, -1)
        self._sentence_places: list[Place] = []
        self._places_found: list[Place] = []
        self._place_starts: list[int] = []
        self._article_places: list[Place] = []
        self._scanned_to = 0
        self._polities: dict[str, str | None] = {}
        self._dominant_counts: dict[str, int] = {}
        self._dominant_next = 0
        self._dominant_best: str | None = None
        self._dominant_at = 0
        self._candidates_of: tuple[int, int] = (-1, -1)
        self._place_names: frozenset[str] | None = None
        self._located = False  # whether the claim being resolved counts people who are no troops
        self._breaks_of: tuple[int, int] = (-1, -1)
        self._sentence_breaks: list[tuple[int, int]] = []
        self._sentence_candidates: list[_Candidate] = []

    # -- what the text names --------------------------------------------------------------------
    def _scan_to(self, end: int) -> None:
        """Find the places up to `end` (a sentence's end): claims come in text order, and no rule looks
        at places after the sentence of the claim it resolves, so the text is scanned once, in pieces."""
        if end <= self._scanned_to:
            return
        found = places_in(self.text, self._scanned_to, end, self.lexicon)
        self._scanned_to = end
        self._places_found.extend(found)
        self._place_starts.extend(p.start for p in found)
        # Places named before a person's title count too: "Iowa Gov. Kim Reynolds" is about Iowa.
        self._article_places.extend(p for p in found if p.role in ("place", "owner", "area", "title"))

    def _places(self, s0: int, s1: int) -> list[Place]:
        if self._sentence != (s0, s1):
            self._scan_to(s1)
            self._sentence = (s0, s1)
            starts = self._place_starts
            self._sentence_places = self._places_found[bisect_left(starts, s0) : bisect_left(starts, s1)]
        return self._sentence_places

    def _breaks(self, s0: int, s1: int) -> list[tuple[int, int]]:
        if self._breaks_of != (s0, s1):
            self._breaks_of = (s0, s1)
            self._sentence_breaks = _clause_breaks(self.text, s0, s1)
        return self._sentence_breaks

    def _all_places(self) -> list[Place]:
        """The places found so far that may be subjects (all of them up to the current sentence)."""
        return self._article_places

    def _in_pp(self, start: int, s0: int) -> str | None:
        """The preposition heading the phrase that holds position `start` ("along the Russian"), or None.

        Looks back over at most three lower-case words (determiners, adjectives) to the nearest
        preposition, not before s0.
        """
        text = self.text
        at = start
        for _ in range(4):
            word, at = _word_before(text, at)
            if not word or at < s0:
                return None
            low = word.lower()
            if low in _PREPOSITIONS:
                return low
            if not word.islower():
                return None
        return None

    def _place_subject(self, p: Place) -> str:
        if p.role == "area":
            nxt = _NEXT_WORD.match(self.text, p.end)
            return f"{self.text[p.start : p.end]} {nxt.group(1).rstrip('.,')}" if nxt else p.subject
        return p.subject

    def _candidates(self, s0: int, s1: int, start: int, end: int, excluded: list[tuple[int, int]]):
        """Places, people and bodies named between start and end, in text order, sources left out."""
        if self._candidates_of != (s0, s1):
            self._candidates_of = (s0, s1)
            self._sentence_candidates = self._all_candidates(s0, s1)
        return [
            c
            for c in self._sentence_candidates
            if start <= c.start < end and (c.kind == "anaphor" or not _inside(c.start, excluded))
        ]

    def _all_candidates(self, s0: int, s1: int) -> list[_Candidate]:
        out: list[_Candidate] = []
        places = self._places(s0, s1)
        for p in places:
            if p.role in ("place", "owner", "area"):
                out.append(_Candidate(p.start, p.end, self._place_subject(p), "place", None))
        for m in self.names.within(s0, s1):
            if m.kind == "other" and " " not in m.name:
                if " " in self.names.person_name(m) or m.name in _leader_surnames(self.lexicon):
                    m = m._replace(kind="person")  # "Trump" after "Donald Trump"; "Putin"
            if (
                m.kind in ("other", "name")
                and " " in m.name
                and m.name.rsplit(" ", 1)[1].lower() in _AREA_WORDS
            ):
                # "Alameda County", "Santa Clara County": an area the lexicon need not know.
                out.append(_Candidate(m.start, m.end, m.name, "place", None))
                continue
            if m.kind not in ("person", "organization", "name") or not _name_like(m.name, self.lexicon):
                continue
            if _ADDRESSEE_BEFORE.search(self.text, max(s0, m.start - 12), m.start):
                continue  # "told Reuters": whom a source spoke to
            if self.text[m.start - 1 : m.start] == "(" and self.text[m.end : m.end + 1] == ")":
                continue  # "NEW YORK (Reuters) -": a dateline's credit
            if (
                m.name.isupper()
                and len(m.name) > 3
                and self.text[m.end : m.end + 1] == ","
                and m.start - s0 < 3
            ):
                continue  # "PERTH, Australia (AP)": a dateline's city in capitals
            if any(p.start <= m.start < p.end or m.start <= p.start < m.end for p in places):
                continue  # a place, or a name holding one ("Russian President Vladimir Putin" is a person)
            kind = "organization" if m.kind == "organization" else "person"
            out.append(_Candidate(m.start, m.end, m.name, kind, m))
        for a in _ANAPHORIC_PLACE.finditer(self.text, s0, s1):
            out.append(_Candidate(a.start(), a.end(), a.group("noun").lower(), "anaphor", None))
        # Every word of the pattern ends in "wide": most sentences have none, and str.find says so faster.
        for a in _WIDE.finditer(self.text, s0, s1) if self.text.find("wide", s0, s1) >= 0 else ():
            # "Statewide, cases topped 80,000": the state the text is about.
            out.append(_Candidate(a.start(), a.end(), _WIDE_NOUN[a.group().lower()[:4]], "anaphor", None))
        out.sort(key=itemgetter(0))
        return out

    def _one_person_of(self, c: _Candidate) -> bool:
        """ "an Uzbek immigrant", "a Saudi national": a demonym telling one person's origin, not where
        the people counted were."""
        if c.kind != "place":
            return False
        word, _ = _word_before(self.text, c.start)
        return word.lower() in ("a", "an") and self.text[c.end : c.end + 2][1:].islower()

    def _is_place(self, subject: str) -> bool:
        if self._place_names is None:
            self._place_names = frozenset(self.lexicon.subject_aliases.values())
        return subject in self._place_names or names_a_place(subject, self.lexicon)

    # -- subjects of people and bodies ----------------------------------------------------------
    def _named(self, c: _Candidate, pos: int, polity: bool) -> str | None:
        if c.kind == "place":
            return c.subject
        if c.kind == "anaphor":
            return self._anaphoric_place(c.subject, c.start)
        m = c.mention
        assert m is not None
        if c.kind == "organization":
            return canonical_entity(self.names.acronyms.get(m.name, m.name), self.lexicon)
        name = canonical_entity(self.names.person_name(m), self.lexicon)
        if " " not in name:
            name = _leader_surnames(self.lexicon).get(name, name)
        if polity:
            # A person stands for the country they lead; for counts of people who are no troops
            # ("29,000 people could die", said a speaker) a person with no known country is no subject.
            return self._polity(name, m) or (None if self._located else name)
        return name

    def _polity(self, name: str, mention: Mention) -> str | None:
        """The country (or state) a person leads or serves, from the text ("Iowa Gov. Kim Reynolds",
        "North Korean leader Kim Jong-un") or the lexicon's leaders."""
        if name in self._polities:
            return self._polities[name]
        found = self._polity_at(mention)
        if found is None:
            for m in self.names.persons:
                if (
                    m.start != mention.start
                    and canonical_entity(self.names.person_name(m), self.lexicon) == name
                ):
                    found = self._polity_at(m)
                    if found:
                        break
        if found is None:
            found = self.lexicon.leaders.get(name)
            if found is None and " " in name:
                found = self.lexicon.leaders.get(name.split(" ")[-1])
        self._polities[name] = found
        return found

    def _polity_at(self, m: Mention) -> str | None:
        text = self.text
        lo = max(0, m.start - 70)
        # The place before the name and its titles: "North Korean leader", "Iowa Gov.", "Russia's President".
        for p in reversed(places_in(text, lo, m.start + max(0, len(m.text) - len(m.name)), self.lexicon)):
            if p.role in ("name", "compound"):
                continue
            between = text[p.end : m.start + (len(m.text) - len(m.name))]
            words = [w.lower() for w in re.findall(r"[\w.'’-]+", between)]
            if words and words[0] in ("'s", "’s"):
                words = words[1:]
            if between.strip(" '’s") == "" or all(
                w in _ROLE_WORDS or w.rstrip(".") in _ROLE_WORDS or w in self.lexicon.person_titles
                for w in words
            ):
                return self._place_subject(p)
            break
        # After the name: "Kim Reynolds of Iowa", "Andrew Cuomo, the governor of New York".
        after = re.match(
            r"(?:\s+of|,\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:of|for))\s+(?:the\s+)?",
            text[m.end : m.end + 60],
        )
        if after:
            for p in places_in(text, m.end + after.end(), m.end + after.end() + 30, self.lexicon):
                if p.start == m.end + after.end() and p.role in ("place", "owner", "area"):
                    return self._place_subject(p)
        return None

    def _anaphoric_place(self, noun: str, pos: int) -> str | None:
        """ "the country", "the state", "the city": the place of that kind the last claim was about, else
        the latest place of that kind named outside a phrase of place, else the place named most."""
        kinds = _KINDS_OF_NOUN.get(noun, ("area", "region"))
        remembered = sorted(self._memory.values(), reverse=True)
        for _, subject in remembered:
            if self._is_place(subject) and _place_kind(subject) in kinds:
                return subject
        for p in reversed(self._all_places()):
            if p.start >= pos:
                continue
            subject = self._place_subject(p)
            if _place_kind(subject) not in kinds:
                continue
            if self._in_pp(p.start, max(0, p.start - 45)) in ("in", "from", "to", "of", "with", "against"):
                continue
            return subject
        return self._dominant(pos)

    # -- the rules ------------------------------------------------------------------------------
    def subject(
        self,
        sentence: tuple[int, int],
        quantity_start: int,
        quantity_end: int,
        counted,
        sources: list[tuple[int, int]],
    ) -> str | None:
        """The subject of the claim of `counted` (a `measures.Counted`) at quantity_start..quantity_end.

        `sources` are the spans of the words naming whom the sentence's figures are credited to.
        """
        s0, s1 = sentence
        head = counted.counted.split()[-1].lower() if counted.counted else ""
        troops = head in _TROOP_NOUNS or (not head and counted.personnel)
        # Where counted people were is their subject, unless they are troops ("four wounded in a
        # shooting in Texas", not "4,000 wounded in Kursk").
        located = not troops and counted.measure not in _ARMED_MEASURES
        polity = counted.core or counted.measure == "transferred"
        families = _families(counted.measure, troops)
        pos = quantity_start
        self._located = located
        subject = self._resolve(
            s0, s1, pos, quantity_end, counted, sources, head, troops, located, polity, families
        )
        if subject:
            self._memory[families[0]] = (pos, subject)
        return subject

    def _resolve(self, s0, s1, pos, q_end, counted, sources, head, troops, located, polity, families):
        text = self.text
        breaks = self._breaks(s0, s1)
        clause_start = _clause_start(breaks, s0, pos)
        g0, g1 = counted.group_start, counted.group_end
        # 1. The body counted.
        membership = _MEMBERSHIP_BEFORE.search(text, max(s0, pos - 30), pos)
        if membership:
            owner = [c for c in self._candidates(s0, s1, s0, membership.start(), []) if c.kind != "anaphor"]
            if owner:
                return self._named(owner[-1], pos, polity)
        # 2. A place modifying the counted noun, or owning it.
        for p in self._places(s0, s1):
            if g0 <= p.start < g1 and p.role in ("place", "owner", "area"):
                return self._place_subject(p)
        if g1 > g0 and troops:
            # "12 Taliban militants", "seven Hezbollah fighters": the armed group whose members are counted.
            for c in self._candidates(s0, s1, g0, g1, []):
                if c.kind == "organization" and c.end < g1:
                    return self._named(c, pos, False)
        if counted.noun_at >= 0:
            noun_mod = self._modifier_before(s0, s1, counted.noun_at)
            if noun_mod:
                return noun_mod
        owner = self._owner_before(s0, s1, pos, polity)
        if owner:
            return owner
        if head in _MEMBER_NOUNS:
            for c in self._candidates(s0, s1, s0, s1, sources):
                if c.kind == "organization":
                    return self._named(c, pos, polity)
        after = self._phrase_after(s0, s1, max(g1, counted.span_end, q_end), troops, located)
        if after:
            return after
        # 3. The actor of the clause, 4. where the clause sets the count.
        before = self._candidates(s0, s1, clause_start, pos, sources)
        for i, c in enumerate(before):
            if i + 1 < len(before) and _SAYS_AFTER.match(self.text, c.end):
                continue  # "Ukraine says Russia lost 900 troops": who says it is no actor of the figure
            if located and self._one_person_of(c):
                continue
            if c.kind == "anaphor" or not self._in_pp(c.start, clause_start):
                named = self._named(c, pos, polity)
                if named:
                    return named
        if located:
            for c in before:
                if c.kind == "place" and self._in_pp(c.start, clause_start) in _LOCATING | {"on", "for"}:
                    return c.subject
            world = _worldwide(text, clause_start, _clause_end(breaks, pos, s1))
            if world:
                return "World"
        # 3'. The actor of the sentence's main clause: before the figure, or after a fronted phrase.
        sentence_before = self._candidates(s0, s1, s0, clause_start, sources)
        for c in sentence_before:
            if located and self._one_person_of(c):
                continue
            if c.kind != "anaphor" and not self._in_pp(c.start, s0):
                named = self._named(c, pos, polity)
                if named:
                    return named
        if _SENTENCE_FRONT.match(text, s0) and clause_start == s0:
            main = _clause_end(breaks, pos, s1)
            for c in self._candidates(s0, s1, main, s1, sources):
                if c.kind == "anaphor" or not self._in_pp(c.start, main):
                    # "With 10,000 new cases a day, the country has …": "the country" is the actor.
                    named = self._named(c, pos, polity)
                    if named:
                        return named
        if located:
            for c in reversed(sentence_before):
                if c.kind == "place":
                    return c.subject
        for c in sentence_before:
            if c.kind == "anaphor":
                return self._named(c, pos, polity)
        # 5. The claim before of the same family.
        remembered = [self._memory[f] for f in families if f in self._memory]
        if remembered:
            return max(remembered)[1]
        # 6. The troops named last, the place named most.
        if troops:
            last = self._troops_named_last(pos)
            if last:
                return last
        dominant = self._dominant(pos)
        if dominant:
            return dominant
        for c in self._candidates(s0, s1, pos, s1, sources):
            if c.kind == "place":
                return c.subject
        if not polity:
            for c in self._candidates(s0, s1, s0, s1, sources):
                if c.kind != "anaphor":
                    return self._named(c, pos, polity)
        return None

    def _modifier_before(self, s0: int, s1: int, noun_at: int) -> str | None:
        """A place right before the noun at noun_at ("these North Korean soldiers")."""
        for p in self._places(s0, s1):
            if (
                p.end <= noun_at
                and p.role in ("place", "owner")
                and not self.text[p.end : noun_at].strip(" '’s")
            ):
                return p.subject
        return None

    def _owner_before(self, s0: int, s1: int, pos: int, polity: bool) -> str | None:
        """ "Pyongyang's 10,000 troops", "his 500 soldiers", "the state's 20,000 cases"."""
        m = _POSSESSIVE_BEFORE.search(self.text, max(s0, pos - 50), pos)
        if not m:
            return None
        if m.group("pronoun"):
            pronoun = m.group("pronoun").lower()
            if pronoun in ("his", "her"):
                person = self.names.person_for_pronoun(pronoun, m.start())
                if person is not None:
                    name = canonical_entity(self.names.person_name(person), self.lexicon)
                    return (self._polity(name, person) or name) if polity else name
            return None
        owner_end = m.start()
        for p in self._places(s0, s1):
            if p.end == owner_end and p.role in ("place", "owner", "area"):
                return self._place_subject(p)
        a = _ANAPHORIC_PLACE.search(self.text, max(s0, owner_end - 20), owner_end + 2)
        if a and a.end() >= owner_end:
            return self._anaphoric_place(a.group("noun").lower(), a.start())
        for mention in self.names.within(max(s0, owner_end - 60), owner_end):
            if mention.end == owner_end and mention.kind in ("person", "organization", "name"):
                kind = "organization" if mention.kind == "organization" else "person"
                return self._named(
                    _Candidate(mention.start, mention.end, mention.name, kind, mention), pos, polity
                )
        return None

    def _phrase_after(self, s0: int, s1: int, end: int, troops: bool, located: bool) -> str | None:
        """ "troops from North Korea"; "deaths in Canada", "cases worldwide" (not for troops)."""
        breaks = self._breaks(s0, s1)
        clause_end = _clause_end(breaks, end, s1)
        while clause_end < s1 and _COORDINATED_FIGURE.match(self.text, clause_end):
            # "17,247 cases and 910 deaths across Africa": the place covers both figures.
            clause_end = _clause_end(breaks, clause_end + 1, s1)
        for p in self._places(s0, s1):
            if p.start < end or p.start >= clause_end or p.role not in ("place", "owner", "area"):
                continue
            prep = self._in_pp(p.start, end)
            if troops and prep in _ORIGIN and p.start - end < 25:
                return self._place_subject(p)
            if located and prep in _LOCATING:
                nxt = self.text[p.end : p.end + 2]
                if nxt[:1] == " " and nxt[1:].islower() and self._later_place(s0, s1, p, clause_end):
                    continue  # "the central Chinese city of Wuhan": the demonym describes the place after
                return self._place_subject(p)
            break
        if located:
            world = _worldwide(self.text, end, clause_end)
            if world and world.start() - end < 40:
                return "World"
        return None

    def _later_place(self, s0: int, s1: int, p: Place, limit: int) -> bool:
        return any(
            q.start > p.end and q.start < min(limit, p.end + 40) and q.role in ("place", "area")
            for q in self._places(s0, s1)
        )

    def _troops_named_last(self, pos: int) -> str | None:
        text = self.text
        for p in reversed(self._all_places()):
            if p.start >= pos:
                continue
            words = _NEXT_TWO_WORDS.match(text, p.end)
            if words and (words.group(1) in _TROOP_NOUNS or words.group(2) in _TROOP_NOUNS):
                return p.subject
        return None

    def _dominant(self, pos: int) -> str | None:
        """The place the text has named most before pos (on a tie, the one that reached the count first).

        Claims come in text order, so the counts are kept and advanced from one call to the next.
        """
        places = self._all_places()
        if pos < self._dominant_at:
            self._dominant_counts, self._dominant_next, self._dominant_best = {}, 0, None
        counts = self._dominant_counts
        i = self._dominant_next
        best = self._dominant_best
        while i < len(places) and places[i].start < pos:
            subject = self._place_subject(places[i])
            counts[subject] = n = counts.get(subject, 0) + 1
            if best is None or n > counts[best]:
                best = subject  # on a tie the earlier place keeps the lead, as it reached the count first
            i += 1
        self._dominant_next, self._dominant_best, self._dominant_at = i, best, pos
        return best


_SURNAMES: dict[int, tuple[object, dict[str, str]]] = {}


def _leader_surnames(lexicon: Lexicon) -> dict[str, str]:
    """Surname → full name of the lexicon's leaders ("Putin" → "Vladimir Putin"), built once per lexicon."""
    known = _SURNAMES.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        table = {name.split(" ")[-1]: name for name in lexicon.leaders if " " in name}
        known = (lexicon, table)
        _SURNAMES[id(lexicon)] = known
    return known[1]


def _name_like(name: str, lexicon: Lexicon) -> bool:
    """Not a capitalised common word, number or day run that the name index kept ("Four Policemen",
    "ABC News Friday", "CEO")."""
    if name.lower() in lexicon.organizations_lower:
        return True  # "WHO", "Pentagon", "Congress"
    words = name.split()
    low = [w.lower().rstrip(".,") for w in words]
    if low[0] in NOT_NAME_WORDS or low[0] in _NUMBER_WORDS or low[-1] in NOT_NAME_WORDS:
        return False
    return not (len(words) == 1 and (low[0] in lexicon.person_titles or low[0] in lexicon.organization_cues))


def _families(measure: str, troops: bool) -> tuple[str, ...]:
    """The families a claim's subject is remembered under and looked up in (the first is its own)."""
    if troops or measure in _TROOP_MEASURES:
        return ("troops",)
    if measure in _EPIDEMIC_MEASURES:
        return ("epidemic",)
    if measure == "killed":
        return ("epidemic", "troops")  # "the toll": of the war's dead or the epidemic's
    return (measure,)


def _place_kind(subject: str) -> str:
    if subject in COUNTRY_NAMES:
        return "country"
    if subject in US_STATES:
        return "state"
    if subject in REGIONS:
        return "region"
    return "area"  # a city, a province, a county


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _clause_breaks(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    return [m.span() for m in _CLAUSE_OPENER.finditer(text, s0, s1)]


def _clause_start(breaks: list[tuple[int, int]], s0: int, pos: int) -> int:
    """Where the clause holding pos begins: after the last clause break before it."""
    i = bisect_right(breaks, (pos, pos)) - 1
    while i >= 0 and breaks[i][1] > pos:
        i -= 1
    return breaks[i][1] if i >= 0 else s0


def _clause_end(breaks: list[tuple[int, int]], pos: int, s1: int) -> int:
    """Where the clause holding pos ends: at the first clause break from it on."""
    i = bisect_left(breaks, (pos, -1))
    return breaks[i][0] if i < len(breaks) else s1
