"""Publication dates from header lines and metadata: absolute, or relative resolved against a reference time."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import dateparser

_RELATIVE = re.compile(
    r"\b(ago|yesterday|today|tonight|now|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_HAS_MONTH_OR_DIGIT = re.compile(
    r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_WEEKDAY_ONLY = re.compile(
    r"^(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE
)
# Headers often decorate a date: "Today : Jan 31, 2025", "Published 3 hours ago", "Updated: ...".
_LABEL = re.compile(
    r"^\s*(today|published|updated|posted|last updated|date|first published)(\s+on)?\s*[:|-]?\s*",
    re.IGNORECASE,
)
# A trailing counter (comments, shares) after a relative date: "3 hours ago 1".
_TRAILING_COUNT = re.compile(r"(\bago)\s+\d+\s*$", re.IGNORECASE)
_MAX_HEADER_WORDS = 8


def _parser_settings(reference_time: datetime) -> dict:
    return {
        "RELATIVE_BASE": reference_time.astimezone(UTC).replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "STRICT_PARSING": False,
    }


def _as_naive_utc(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def iso_date(value: str) -> datetime | None:
    """A datetime from an ISO-8601 string ("2020-03-01", "2020-03-01T10:00:00Z"), else None (fast path)."""
    text = value.strip()
    if not text or not text[:4].isdigit():
        return None
    try:
        return _as_naive_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


def date_from_text(value: str, reference_time: datetime) -> tuple[datetime, bool] | None:
    """(UTC datetime, is_relative) for a date expression, or None when it holds no date.

    Relative expressions ("3 hours ago", "Monday", "yesterday") are resolved against
    `reference_time` and flagged; nothing is guessed when the words carry no date.
    """
    text = _TRAILING_COUNT.sub(r"\1", _LABEL.sub("", value.strip())).strip(" :|-")
    if not text:
        return None
    iso = iso_date(text)
    if iso is not None:
        return iso, False
    is_relative = bool(_RELATIVE.search(text)) and not re.search(r"\b(19|20)\d\d\b", text)
    if not is_relative and not _HAS_MONTH_OR_DIGIT.search(text):
        return None
    parsed = dateparser.parse(text, settings=_parser_settings(reference_time))
    if parsed is None:
        return None
    return _as_naive_utc(parsed), is_relative


def header_date(line: str, reference_time: datetime) -> tuple[datetime, bool] | None:
    """The date a short header line states ("Thu Jun 27 2024", "3 hours ago 1", "Today : Jan 31, 2025")."""
    words = line.split()
    if not words or len(words) > _MAX_HEADER_WORDS:
        return None
    stripped = _LABEL.sub("", line).strip()
    if _WEEKDAY_ONLY.match(stripped):
        return date_from_text(stripped, reference_time)
    if not _HAS_MONTH_OR_DIGIT.search(stripped) and not _RELATIVE.search(stripped):
        return None
    # Lines that are mostly words are headlines or sections, not dates ("Top 10 stories").
    alpha_words = [w for w in re.findall(r"[A-Za-z]+", stripped)]
    date_words = [w for w in alpha_words if _HAS_MONTH_OR_DIGIT.match(w) or _RELATIVE.match(w) or len(w) <= 3]
    if len(alpha_words) - len(date_words) > 2:
        return None
    return date_from_text(stripped, reference_time)
