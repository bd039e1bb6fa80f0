"""Documents a text names ("internal military reports signed by Kim", "a blood-stained notebook"), for anaphora.

"One document stated", "one of the pages read", "another report detailed" point back to the last
document described by more than its noun. Pure; standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from credence.extract.entities import NOT_NAME_WORDS

# Nouns of written things a quote can be read from; "one of the pages read" points back to the last one named.
WRITTEN_NOUNS = frozenset(
    """report reports document documents notebook notebooks diary diaries letter letters memo memos
    memorandum statement statements page pages note notes study paper release cable cables filing
    filings post posts tweet tweets message messages transcript indictment complaint dossier editorial
    article book communique communiqué declaration decree order ruling affidavit bulletin commentary op-ed
    column essay blog newsletter notice notices advisory bill legislation petition survey poll guidance
    guidelines analysis assessment findings directive amendment email emails e-mail e-mails text texts
    lawsuit motion verdict resolution ad ads advertisement commercial video website dictionary encyclopedia
    evaluation evaluations description caption update updates announcement announcements summary
    poster posters placard placards banner banners
    proposal manifesto suit preprint investigation investigations inquiry audit probe""".split()
)
# Words that end a periodical's title ("The Wall Street Journal", "The Times"): an outlet, not a document.
OUTLET_HEADS = frozenset(
    """times post journal gazette tribune herald chronicle observer guardian telegraph independent globe
    star sun mail news register courier dispatch bulletin review digest""".split()
)
DETERMINERS = frozenset(
    """a an the one another this that these those its his her their our some any each every no
    other such same""".split()
)
_MODIFIER_STOP = DETERMINERS | frozenset(
    """of in on at to from by with for into and or but as is are was were be been has have had do does
    did will would could should can may might must that which who whom whose what when where how he she
    it they we i you him them us me not also even just only still then now there here so very""".split()
)
_POSTMODIFIER = re.compile(
    r"\s+(?:(?:signed|issued|published|released|written|compiled|prepared|obtained|seen|authored|produced|"
    r"drafted|leaked|presented|sent)\s+by|from|by)\s+(?:the\s+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+)*[A-Z][\w'’-]*)*"
)


def _words_regex(words: frozenset[str]) -> re.Pattern[str]:
    """`\\b(?:words)\\b`, longest word first, grouped by first letter with the word start checked after
    that letter: the pattern opens with letters the engine skips to in C, not a boundary tried at every
    position of the text."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    alternatives = [
        re.escape(c) + r"(?<!\w.)(?:" + "|".join(rest) + ")" for c, rest in sorted(groups.items())
    ]
    return re.compile("(?:" + "|".join(alternatives) + r")\b")


_WRITTEN_NOUN_RE = _words_regex(WRITTEN_NOUNS)


@dataclass(frozen=True)
class DocumentMention:
    """A document named in the text, with the words describing it."""

    start: int
    end: int
    text: str  # the document as described, determiner dropped ("blood-stained notebook")
    rich: bool  # described by more than its noun: an antecedent for "one of the pages", "it"


def document_mentions(text: str) -> list[DocumentMention]:
    """Every written document the text names, with its describing words ("internal military reports signed by Kim")."""
    found: list[DocumentMention] = []
    for m in _WRITTEN_NOUN_RE.finditer(text):
        start = m.start()
        modifiers = 0
        for w in reversed(list(re.finditer(r"[\w’'-]+", text[max(0, m.start() - 50) : m.start()]))):
            word = w.group()
            gap = text[max(0, m.start() - 50) + w.end() : start]
            if gap.strip():
                break  # punctuation between the words
            low = word.lower()
            if (
                low in _MODIFIER_STOP
                or low in NOT_NAME_WORDS
                and not word[0].isupper()
                or (re.fullmatch(r"[a-z]+(?:ed|ing)", word) and "-" not in word)
                or modifiers == 3
            ):
                break
            start = max(0, m.start() - 50) + w.start()
            modifiers += 1
        end = m.end()
        post = _POSTMODIFIER.match(text, end)
        if post:
            end = post.end()
        found.append(DocumentMention(start, end, text[start:end], modifiers > 0 or post is not None))
    return found


class DocumentIndex:
    """The document mentions of a text, found only when an anaphor needs them (most texts never do)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: list[DocumentMention] | None = None

    def __iter__(self):
        if self._found is None:
            self._found = document_mentions(self._text)
        return iter(self._found)

    def __reversed__(self):
        return reversed(list(iter(self)))

    def antecedent(self, pos: int) -> DocumentMention | None:
        """The last richly described document before pos, not overlapping pos."""
        for d in reversed(self):
            if d.start < pos and d.rich and not (d.start <= pos < d.end):
                return d
        return None
