"""Value types shared by every stage: articles, claims, quotes and their vocabularies (pure, no I/O)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

QUALIFIERS = ("exact", "approx", "lower_bound", "upper_bound", "range", "vague")
ATTRIBUTION_KINDS = ("person", "organization", "document", "anonymous", "vague", "none")
SPEAKER_KINDS = ("person", "organization", "document", "unknown")
SOURCE_KINDS = ("outlet", "originator")


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, and why."""

    path: str
    reason: str
    record: str = ""  # the row of a batch file, "" when the whole file is rejected


@dataclass(frozen=True)
class Article:
    """One article as parsed from a file or a batch row.

    `text` is the text every character offset refers to: the file as read for plain text, the
    main text trafilatura found for HTML, the `text` field of a batch row. `raw_content` is what
    landed (the HTML itself for HTML pages). `body_start`/`body_end` delimit the body inside
    `text`; `furniture` and `captions` are (start, end) spans of site furniture and image captions
    inside `text`, kept out of the body but not thrown away.
    """

    article_id: str
    path: str
    record: str  # row number inside a batch file, "" for single files
    format: str  # txt | html | jsonl | csv | parquet
    source: str | None
    source_origin: str  # batch | manifest | url | filename
    url: str | None
    title: str | None
    byline: str | None
    published_at: datetime | None
    date_text: str | None
    date_is_relative: bool
    raw_content: str
    text: str
    body_start: int
    body_end: int
    furniture: tuple[tuple[int, int], ...] = ()
    captions: tuple[tuple[int, int], ...] = ()
    content_hash: str = ""
    similarity_key: str = ""
    clean_body: str = ""  # the body without furniture and captions: for reading and counting words

    @property
    def body(self) -> str:
        return self.clean_body or self.text[self.body_start : self.body_end]

    @property
    def word_count(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class Claim:
    """A numeric claim: the interval its words allow, what it counts, about whom, credited to whom."""

    article: str
    char_start: int
    char_end: int
    span: str
    measure: str
    counted: str | None
    value_low: float | None
    value_high: float | None
    qualifier: str
    subject: str | None
    attribution_text: str | None
    attribution_kind: str
    hedged: bool
    core: bool = False
    originator: str | None = None  # the cited source folded to one entity name, None when unattributed
    hedge_text: str | None = None
    unit: str | None = None  # "percent", "USD", ... None for plain counts
    as_of_text: str | None = None  # a time expression the sentence ties the figure to
    sentence_start: int = 0
    sentence_end: int = 0
    attribution_start: int | None = None
    attribution_end: int | None = None

    def as_record(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who is presented as saying or writing it."""

    article: str
    char_start: int
    char_end: int
    text: str
    speaker: str | None
    speaker_kind: str
    speaker_text: str | None = None

    def as_record(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ArticleFacts:
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
