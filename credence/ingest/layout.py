"""Article layout: title, header lines, byline, body bounds, site furniture and image captions, as offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from credence.ingest.dates import header_date

# Lines that are site furniture when they make up (most of) a short line. Kept as spans, not
# deleted, so the original text and every offset into it survive.
# Furniture is recognised by where its cue sits: a whole short line ("Advertisement"), the start of
# a line ("Read more: ...", "Sign up for ..."), its end ("... Read more"), or a phrase that only
# furniture uses ("privacy policy", "delivered to your inbox"). A cue word inside an ordinary
# sentence ("CNN refused to run the advertisement") is body text.
_FURNITURE_LINE = re.compile(
    r"^(advertisement|advertisement:|ad|advertisement advertisement|read more|read entire article"
    r"|read the entire article|invalid email|watch|watch:|listen|share|tweet|email|print|comments?"
    r"|continue reading|story continues below|skip advertisement|related|related:)$",
    re.IGNORECASE,
)
_FURNITURE_START = re.compile(
    r"^(read more|read or share this story|related coverage|related:|related stories|related articles"
    r"|recommended\b|sign up\b|subscribe\b|watch:|listen to (this )?article|share this article|follow us"
    r"|enlarge this image|click here|copyright|©|get the latest|support (real|our|independent) journalism"
    r"|want (more|the best)|don'?t (see|miss)|can'?t see|download (our|the) app|this article (was|is) (originally )?published)",
    re.IGNORECASE,
)
_FURNITURE_END = re.compile(r"(read more|click here\.?|sign up here\.?|subscribe here\.?)$", re.IGNORECASE)
_FURNITURE_PHRASES = (
    "privacy policy",
    "privacy notice",
    "we use your sign-up",
    "all rights reserved",
    "icon-facebook",
    "icon-twitter",
    "manage newsletters",
    "terms of service",
    "terms of use",
    "delivered to your inbox",
    "to your inbox",
    "reprint permission",
    "by signing up",
    "newsletter sign",
    "enable javascript",
)
_PUNCT_ONLY = re.compile(r"^[\W_]{1,5}$")
_CAPTION_END = re.compile(
    r"\((image|images|photo|photos|picture|pic|credit|video|illustration|source)s?\s*:[^)]*\)\s*$"
    r"|\b(getty images|ap photo|afp via getty|reuters/[a-z]+|shutterstock|epa-efe|file photo)\b[^.]{0,40}\)?\s*$",
    re.IGNORECASE,
)
_CAPTION_CUES = ("getty", "ap photo", "afp", "reuters/", "shutterstock", "epa-efe", "file photo")
_CAPTION_START = re.compile(
    r"^(image|photo|picture|pic|credit|illustration)s?\s*(credit)?\s*:", re.IGNORECASE
)
_BYLINE = re.compile(
    r"^\s*[Bb][Yy]:?\s+((?:[A-Z][\w.'’-]+\s*){1,4}(?:(?:and|&|,)\s*(?:[A-Z][\w.'’-]+\s*){1,4})*)"
    r"(?:[,|—–-]\s*[\w .'-]{0,40})?\s*$",
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
_MAX_TITLE_WORDS = 25
_MAX_HEADER_LINES = 10
_MAX_FURNITURE_WORDS = 45


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    words: int


@dataclass(frozen=True)
class Layout:
    """Where things are in an article's text. All spans are (start, end) offsets into that text."""

    title: str | None
    byline: str | None
    published_at: datetime | None
    date_text: str | None
    date_is_relative: bool
    body_start: int
    body_end: int
    furniture: tuple[tuple[int, int], ...]
    captions: tuple[tuple[int, int], ...]


def lines_of(text: str) -> list[Line]:
    """The non-blank lines of `text`, stripped, with their offsets."""
    lines = []
    for match in re.finditer(r"[^\r\n]+", text):
        raw = match.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        lines.append(Line(start, start + len(stripped), stripped, stripped.count(" ") + 1))
    return lines


def is_furniture(line: Line) -> bool:
    """True for newsletter, privacy, sharing and navigation text, and stray punctuation lines."""
    if _PUNCT_ONLY.match(line.text):
        return True
    if line.words > _MAX_FURNITURE_WORDS:
        return False
    text = line.text.strip(" \t*_-–—|")
    if _FURNITURE_LINE.match(text) or _FURNITURE_START.match(text) or _FURNITURE_END.search(text):
        return True
    lowered = text.lower()
    # Substring tests: far cheaper than one big case-insensitive alternation on every line.
    return any(phrase in lowered for phrase in _FURNITURE_PHRASES)


_SENTENCE_THEN_LINK = re.compile(
    r"[.!?][\"'”’)]?\s*[-–—|]*\s*(?=(?:read more|click here)\.?$)", re.IGNORECASE
)


def _furniture_tail(line: Line) -> int | None:
    """Where a trailing link cue starts ("… on Thursday. – READ MORE") when what comes before it is a
    sentence of eight words or more, else None (the whole line is furniture)."""
    m = _SENTENCE_THEN_LINK.search(line.text)
    if m is None or m.start() == 0 or line.text[: m.start()].count(" ") < 7:
        return None
    return line.start + m.start() + 1


def is_caption(line: Line) -> bool:
    """True for an image caption or credit line ("... (Image: Getty)", "Photo: AP")."""
    if line.words > 60:
        return False
    # Credits sit at either end of a caption line; looking only there keeps this cheap.
    if _CAPTION_START.match(line.text):
        return True
    tail = line.text[-120:]
    lowered = tail.lower()
    if not (tail.endswith(")") or any(cue in lowered for cue in _CAPTION_CUES)):
        return False
    return bool(_CAPTION_END.search(tail))


def byline_of(line: str) -> str | None:
    """The author names of a "By Jane Doe and John Roe, Reuters" line, else None."""
    match = _BYLINE.match(line)
    return match.group(1).strip(" ,") if match else None


def looks_like_title(line: Line) -> bool:
    """A headline: short, one statement, not a finished long sentence."""
    if line.words > _MAX_TITLE_WORDS or line.words == 0:
        return False
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.text)
    if len(sentences) > 1:
        return False
    return not (_SENTENCE_END.search(line.text) and line.words > 14)


def _caption_spans(lines: list[Line]) -> set[int]:
    """Indexes of caption lines, including the alt-text line repeated just before a captioned one."""
    captions = {i for i, line in enumerate(lines) if is_caption(line)}
    for i in sorted(captions):
        if i > 0 and (i - 1) not in captions:
            before = lines[i - 1].text
            if len(before) >= 12 and lines[i].text.startswith(before):
                captions.add(i - 1)
    return captions


def _headline_follows(lines: list[Line], start: int, reference_time: datetime) -> bool:
    """True when the next line that is not a date, byline or furniture looks like a headline."""
    for line in lines[start : start + 4]:
        if header_date(line.text, reference_time) or byline_of(line.text) or is_furniture(line):
            continue
        return looks_like_title(line) and line.words > 3
    return False


def layout_of(text: str, reference_time: datetime, has_header: bool = True) -> Layout:
    """The layout of an article's text.

    With `has_header`, leading lines may hold the title (first headline-like line), date lines
    ("Thu Jun 27 2024", "3 hours ago"), a byline and section labels; the body starts at the first
    line that is none of those. Furniture and caption lines anywhere are returned as spans, and a
    trailing block of furniture is left outside the body.
    """
    lines = lines_of(text)
    if not lines:
        return Layout(None, None, None, None, False, 0, 0, (), ())
    title = byline = date_text = None
    published_at: datetime | None = None
    is_relative = False
    header_furniture: list[int] = []
    metadata_lines: list[int] = []
    body_from = 0
    if has_header:
        for i, line in enumerate(lines[:_MAX_HEADER_LINES]):
            found = header_date(line.text, reference_time)
            if found is not None:
                if published_at is None:
                    published_at, is_relative = found
                    date_text = line.text
                metadata_lines.append(i)
                header_furniture.append(i)
                body_from = i + 1
                continue
            name = byline_of(line.text)
            if name is not None and byline is None:
                byline = name
                metadata_lines.append(i)
                header_furniture.append(i)
                body_from = i + 1
                continue
            if is_furniture(line) and _furniture_tail(line) is None:
                header_furniture.append(i)
                body_from = i + 1
                continue
            if title is None and looks_like_title(line) and i + 1 < len(lines):
                if line.words <= 3 and _headline_follows(lines, i + 1, reference_time):
                    # A two- or three-word label before a headline is a section name ("World News").
                    header_furniture.append(i)
                    body_from = i + 1
                    continue
                title = line.text
                body_from = i + 1
                continue
            break
    else:
        for i, line in enumerate(lines[:3]):
            name = byline_of(line.text)
            if name is None:
                break
            byline = byline or name
            metadata_lines.append(i)
            header_furniture.append(i)
            body_from = i + 1

    captions = _caption_spans(lines)
    furniture = set(header_furniture) | {
        i for i, line in enumerate(lines) if i >= body_from and i not in captions and is_furniture(line)
    }
    # "… told Fox News on Thursday. – READ MORE": a sentence of the body with a link glued on; only the
    # link is furniture.
    tails = {i: t for i in furniture if (t := _furniture_tail(lines[i])) is not None}
    furniture -= set(tails)
    body_lines = [i for i in range(body_from, len(lines)) if i not in furniture and i not in captions]
    # Date and byline lines are metadata, not furniture: they stay out of the body and the spans.
    furniture -= set(metadata_lines)
    spans = [(lines[i].start, lines[i].end) for i in furniture] + [
        (t, lines[i].end) for i, t in tails.items()
    ]
    if body_lines:
        body_start, body_end = lines[body_lines[0]].start, lines[body_lines[-1]].end
    else:
        body_start = body_end = lines[-1].end
    return Layout(
        title=title,
        byline=byline,
        published_at=published_at,
        date_text=date_text,
        date_is_relative=is_relative,
        body_start=body_start,
        body_end=body_end,
        furniture=tuple(sorted(spans)),
        captions=tuple((lines[i].start, lines[i].end) for i in sorted(captions)),
    )


def body_text(text: str, body_start: int, body_end: int, excluded: tuple[tuple[int, int], ...]) -> str:
    """The body with furniture and caption lines cut out (for reading and word counts, not offsets)."""
    pieces, cursor = [], body_start
    for start, end in sorted(excluded):
        if end <= body_start or start >= body_end:
            continue
        pieces.append(text[cursor : max(cursor, start)])
        cursor = max(cursor, end)
    pieces.append(text[cursor:body_end])
    joined = "".join(pieces)
    if "\n\n\n" in joined:
        joined = re.sub(r"\n{3,}", "\n\n", joined)
    return joined.strip()
