"""Parsing input files (plain text, HTML, JSONL/CSV/Parquet batches) into Articles, or Rejections with a reason."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath
from urllib.parse import urlparse

from credence.ingest.dates import date_from_text
from credence.ingest.identity import content_hash, similarity_key
from credence.ingest.layout import body_text, layout_of
from credence.model import Article, Rejection

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
BATCH_FORMATS = {"jsonl", "csv", "parquet"}

# Column names seen in real corpora, in order of preference.
TEXT_COLUMNS = ("text", "body", "content", "article", "content_original")
OUTLET_COLUMNS = ("outlet", "source", "publisher", "site", "source_name")
DATE_COLUMNS = ("date", "published_at", "published", "publish_date", "pub_date", "datetime")
TITLE_COLUMNS = ("title", "headline")
AUTHOR_COLUMNS = ("authors", "author", "byline")
URL_COLUMNS = ("url", "link", "article_url")
ID_COLUMNS = ("id", "article_id", "doc_id")


@dataclass(frozen=True)
class ManifestEntry:
    """What a sources manifest says about one file: its outlet and URL."""

    outlet: str | None = None
    url: str | None = None


@dataclass
class ParsedInput:
    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


class InputError(ValueError):
    """A whole input cannot be read; the message is the reason recorded for it."""


def format_of(path: str, head: bytes) -> str:
    """The input format from the file name, falling back to a sniff of its first bytes."""
    pure = PurePath(path.removesuffix(".gz"))
    suffix = pure.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in PARQUET_SUFFIXES or head.startswith(b"PAR1"):
        return "parquet"
    sniff = head[:2048].lstrip().lower()
    if sniff.startswith(b"<!doctype html") or sniff.startswith(b"<html") or b"<body" in sniff:
        return "html"
    if sniff.startswith(b"{"):
        return "jsonl"
    return "txt"


def decoded_text(data: bytes) -> str:
    """UTF-8 text of a file, or InputError naming why it is not text."""
    if not data.strip():
        raise InputError("empty file")
    head = data[:8192]
    if b"\x00" in head:
        raise InputError("binary content (NUL bytes), not a text article")
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > len(head) * 0.05:
        raise InputError("binary content (control bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def source_name(
    batch_outlet: str | None, manifest: ManifestEntry | None, url: str | None, path: str
) -> tuple[str, str]:
    """(source, where it came from): batch column, then manifest, then the URL's domain, then the file name."""
    if batch_outlet and batch_outlet.strip():
        return batch_outlet.strip(), "batch"
    if manifest is not None and manifest.outlet:
        return manifest.outlet.strip(), "manifest"
    domain = domain_of(url)
    if domain:
        return domain, "url"
    return PurePath(path).name.split(".")[0], "filename"


def domain_of(url: str | None) -> str | None:
    """The host of a URL without "www.", or None."""
    if not url:
        return None
    parsed = urlparse(url if "//" in url else f"//{url}")
    host = (parsed.hostname or "").lower()
    return host.removeprefix("www.") or None


def _article(
    *,
    path: str,
    record: str,
    fmt: str,
    raw_content: str,
    text: str,
    reference_time: datetime,
    has_header: bool,
    source: tuple[str, str],
    url: str | None,
    title: str | None = None,
    byline: str | None = None,
    date_value: str | None = None,
) -> Article:
    layout = layout_of(text, reference_time, has_header=has_header)
    published_at, date_text, is_relative = layout.published_at, layout.date_text, layout.date_is_relative
    if date_value:
        parsed = date_from_text(str(date_value), reference_time)
        if parsed is not None:
            published_at, is_relative = parsed
            date_text = str(date_value)
    digest = content_hash(text)
    return Article(
        article_id=digest[:16],
        path=path,
        record=record,
        format=fmt,
        source=source[0],
        source_origin=source[1],
        url=url,
        title=(title or layout.title or None),
        byline=byline or layout.byline,
        published_at=published_at,
        date_text=date_text,
        date_is_relative=is_relative,
        raw_content=raw_content,
        text=text,
        body_start=layout.body_start,
        body_end=layout.body_end,
        furniture=layout.furniture,
        captions=layout.captions,
        content_hash=digest,
        similarity_key=similarity_key(text[layout.body_start : layout.body_end]),
        clean_body=body_text(text, layout.body_start, layout.body_end, layout.furniture + layout.captions),
    )


def article_from_text(
    path: str, text: str, reference_time: datetime, manifest: ManifestEntry | None
) -> Article:
    """An article from the plain-text layout: title line, header lines, then the body."""
    url = manifest.url if manifest else None
    return _article(
        path=path,
        record="",
        fmt="txt",
        raw_content=text,
        text=text,
        reference_time=reference_time,
        has_header=True,
        source=source_name(None, manifest, url, path),
        url=url,
    )


def article_from_html(
    path: str, html: str, reference_time: datetime, manifest: ManifestEntry | None
) -> Article:
    """An article from an HTML page: main text and metadata through trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML inputs need it

    text = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    url = (manifest.url if manifest and manifest.url else None) or (meta.url if meta else None)
    return _article(
        path=path,
        record="",
        fmt="html",
        raw_content=html,
        text=text,
        reference_time=reference_time,
        has_header=False,
        source=source_name(None, manifest, url, path),
        url=url,
        title=meta.title if meta else None,
        byline=meta.author if meta else None,
        date_value=meta.date if meta else None,
    )


def _first(row: Mapping, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = row.get(name)
        if value is not None and str(value).strip() != "" and str(value).lower() != "nan":
            return str(value)
    return None


def batch_rows(fmt: str, data: bytes) -> Iterator[tuple[str, Mapping | InputError]]:
    """(record number, row or the reason it is unreadable) for each row of a batch file."""
    if fmt == "parquet":
        import polars as pl

        try:
            frame = pl.read_parquet(io.BytesIO(data))
        except Exception as exc:  # polars raises several types for corrupt files
            raise InputError(f"unreadable Parquet file: {exc}") from exc
        for number, row in enumerate(frame.iter_rows(named=True), start=1):
            yield str(number), row
        return
    text = decoded_text(data)
    if fmt == "csv":
        dialect = (
            csv.excel_tab
            if "\t" in text.split("\n", 1)[0] and "," not in text.split("\n", 1)[0]
            else csv.excel
        )
        csv.field_size_limit(1 << 30)
        reader = csv.DictReader(io.StringIO(text), dialect=dialect)
        if not reader.fieldnames or not any(c in reader.fieldnames for c in TEXT_COLUMNS):
            raise InputError(f"CSV has no text column (expected one of: {', '.join(TEXT_COLUMNS)})")
        for number, row in enumerate(reader, start=1):
            yield str(number), row
        return
    yield from jsonl_rows(text)


def jsonl_rows(text: str, first_line: int = 1) -> Iterator[tuple[str, Mapping | InputError]]:
    """(line number, object or its problem) for each non-blank line of JSON Lines text."""
    for number, line in enumerate(text.splitlines(), start=first_line):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield str(number), InputError(f"line {number}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield str(number), InputError(f"line {number}: not a JSON object")
            continue
        yield str(number), row


def jsonl_chunks(data: bytes, chunk_bytes: int) -> list[tuple[int, bytes]]:
    """(number of the first line, bytes) pieces of JSON Lines data, cut at line ends.

    Lets worker processes decode their own share: handing them bytes costs a copy, handing them
    decoded rows costs a pickle of every object.
    """
    chunks, start, line = [], 0, 1
    while start < len(data):
        end = data.find(b"\n", min(start + chunk_bytes, len(data)))
        end = len(data) if end == -1 else end + 1
        piece = data[start:end]
        chunks.append((line, piece))
        line += piece.count(b"\n")
        start = end
    return chunks


def articles_from_jsonl_chunk(
    path: str,
    first_line: int,
    data: bytes,
    reference_time: datetime,
    max_text_bytes: int,
    manifest: ManifestEntry | None = None,
) -> ParsedInput:
    """Articles from one piece of a JSON Lines batch (see `jsonl_chunks`), numbered as in the file."""
    try:
        records = list(jsonl_rows(decoded_text(data), first_line))
    except InputError as exc:
        return ParsedInput(rejections=[Rejection(path, f"lines from {first_line}: {exc}", str(first_line))])
    return articles_from_records(path, "jsonl", records, reference_time, max_text_bytes, manifest)


def batch_records(path: str, fmt: str, data: bytes) -> list[tuple[str, Mapping | InputError]]:
    """All (record number, row or its problem) of a batch file; raises InputError when none can be read."""
    if not data.strip():
        raise InputError("empty file")
    return list(batch_rows(fmt, data))


def articles_from_records(
    path: str,
    fmt: str,
    records: list[tuple[str, Mapping | InputError]],
    reference_time: datetime,
    max_text_bytes: int,
    manifest: ManifestEntry | None = None,
) -> ParsedInput:
    """Articles from rows of a JSONL, CSV or Parquet batch; a bad row is rejected alone."""
    parsed = ParsedInput()
    for record, row in records:
        if isinstance(row, InputError):
            parsed.rejections.append(Rejection(path, str(row), record))
            continue
        text = _first(row, TEXT_COLUMNS)
        if text is None or not text.strip():
            parsed.rejections.append(Rejection(path, f"record {record}: no article text", record))
            continue
        if len(text.encode("utf-8")) > max_text_bytes:
            parsed.rejections.append(
                Rejection(path, f"record {record}: text over the {max_text_bytes}-byte limit", record)
            )
            continue
        url = _first(row, URL_COLUMNS)
        outlet = _first(row, OUTLET_COLUMNS)
        # The landed row keeps every field but the text, which is stored once as the article text.
        raw = json.dumps(
            {k: v for k, v in row.items() if k not in TEXT_COLUMNS}, ensure_ascii=False, default=str
        )
        parsed.articles.append(
            _article(
                path=path,
                record=record,
                fmt=fmt,
                raw_content=raw,
                text=text,
                reference_time=reference_time,
                has_header=False,
                source=source_name(outlet, manifest, url, path),
                url=url,
                title=(_first(row, TITLE_COLUMNS) or "").strip() or None,
                byline=_first(row, AUTHOR_COLUMNS),
                date_value=_first(row, DATE_COLUMNS),
            )
        )
    return parsed


def unpacked(path: str, data: bytes) -> tuple[str, bytes]:
    """(format, bytes) of an input, gunzipped when its name ends in .gz."""
    if path.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(f"corrupt gzip file: {exc}") from exc
    return format_of(path, data[:4096]), data


def manifest_entry(path: str, manifest: Mapping[str, ManifestEntry] | None) -> ManifestEntry | None:
    """The manifest's entry for a file, by its path or its bare name."""
    if not manifest:
        return None
    return manifest.get(path) or manifest.get(PurePath(path).name)


def parsed_input(
    path: str,
    data: bytes,
    *,
    reference_time: datetime,
    manifest: Mapping[str, ManifestEntry] | None = None,
    max_bytes: int = 5_000_000,
) -> ParsedInput:
    """Articles and rejections from one input file's bytes; never raises for bad content.

    `path` names the file in messages and rows; `manifest` maps a file name to its outlet and URL;
    `reference_time` resolves relative dates; single-article files over `max_bytes` are rejected
    (batch files may be larger, each of their texts may not).
    """
    entry = manifest_entry(path, manifest)
    try:
        fmt, data = unpacked(path, data)
        if fmt in BATCH_FORMATS:
            return articles_from_records(
                path, fmt, batch_records(path, fmt, data), reference_time, max_bytes, entry
            )
        if len(data) > max_bytes:
            raise InputError(f"file is {len(data)} bytes, over the {max_bytes}-byte limit for one article")
        text = decoded_text(data)
        if fmt == "html":
            return ParsedInput([article_from_html(path, text, reference_time, entry)])
        return ParsedInput([article_from_text(path, text, reference_time, entry)])
    except InputError as exc:
        return ParsedInput(rejections=[Rejection(path, str(exc))])


def parsed_files(
    files: list[tuple[str, bytes, ManifestEntry | None]], reference_time: datetime, max_bytes: int
) -> ParsedInput:
    """Articles and rejections of several single-article files: (path, bytes, manifest entry) each."""
    out = ParsedInput()
    for path, data, entry in files:
        try:
            one = parsed_input(
                path,
                data,
                reference_time=reference_time,
                manifest={path: entry} if entry else None,
                max_bytes=max_bytes,
            )
        except Exception as exc:  # noqa: BLE001 - a parser bug must cost one file, not the run
            one = ParsedInput(rejections=[Rejection(path, f"internal error while parsing: {exc!r}")])
        out.articles.extend(one.articles)
        out.rejections.extend(one.rejections)
    return out


def manifest_from_csv(text: str) -> dict[str, ManifestEntry]:
    """A sources manifest (CSV with columns file, outlet[, url]) as a mapping from file name."""
    reader = csv.DictReader(io.StringIO(text))
    fields = {name.lower(): name for name in reader.fieldnames or []}
    file_col = fields.get("file") or fields.get("path") or fields.get("filename")
    if file_col is None:
        raise InputError("sources manifest has no 'file' column")
    outlet_col = fields.get("outlet") or fields.get("source")
    url_col = fields.get("url")
    return {
        row[file_col].strip(): ManifestEntry(
            outlet=(row.get(outlet_col) or "").strip() or None if outlet_col else None,
            url=(row.get(url_col) or "").strip() or None if url_col else None,
        )
        for row in reader
        if row.get(file_col)
    }
