"""Table-shaped polars frames built from credence's value types, ready for the batched writers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

import polars as pl

from credence.ingest.parse import (
    ParsedInput,
    articles_from_jsonl_chunk,
    articles_from_records,
    domain_of,
    parsed_files,
)
from credence.model import Article, Rejection

RAW_ARTICLES_SCHEMA = {
    "article_id": pl.String,
    "path": pl.String,
    "record": pl.String,
    "format": pl.String,
    "text": pl.String,
    "raw_content": pl.String,
    "content_hash": pl.String,
    "landed_at": pl.Datetime("us"),
    "run_id": pl.String,
}
ARTICLES_SCHEMA = {
    "article_id": pl.String,
    "source_id": pl.String,
    "path": pl.String,
    "record": pl.String,
    "format": pl.String,
    "url": pl.String,
    "title": pl.String,
    "byline": pl.String,
    "published_at": pl.Datetime("us"),
    "date_text": pl.String,
    "date_is_relative": pl.Boolean,
    "date_missing": pl.Boolean,
    "body_start": pl.Int32,
    "body_end": pl.Int32,
    "body": pl.String,
    "word_count": pl.Int32,
    "furniture": pl.String,
    "captions": pl.String,
    "similarity_key": pl.String,
    "copy_group": pl.String,
    "ingested_at": pl.Datetime("us"),
    "run_id": pl.String,
}
SOURCES_SCHEMA = {
    "source_id": pl.String,
    "name": pl.String,
    "origin": pl.String,
    "domain": pl.String,
    "first_seen_at": pl.Datetime("us"),
}
REJECTED_SCHEMA = {
    "path": pl.String,
    "record": pl.String,
    "reason": pl.String,
    "rejected_at": pl.Datetime("us"),
    "run_id": pl.String,
}


def source_id_of(name: str) -> str:
    """The key of a source: its name, trimmed (names are what users recognise and filter by)."""
    return " ".join(name.split())


def _spans_json(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    return json.dumps([{"start": s, "end": e, "text": text[s:e]} for s, e in spans], ensure_ascii=False)


def article_frames(articles: list[Article], run_id: str, at: datetime) -> dict[str, pl.DataFrame]:
    """raw_articles, articles and sources rows for parsed articles (duplicates by id keep the first)."""
    seen: set[str] = set()
    unique = []
    for article in articles:
        if article.article_id not in seen:
            seen.add(article.article_id)
            unique.append(article)
    raw = pl.DataFrame(
        {
            "article_id": [a.article_id for a in unique],
            "path": [a.path for a in unique],
            "record": [a.record for a in unique],
            "format": [a.format for a in unique],
            "text": [a.text for a in unique],
            "raw_content": [None if a.raw_content == a.text else a.raw_content for a in unique],
            "content_hash": [a.content_hash for a in unique],
            "landed_at": [at] * len(unique),
            "run_id": [run_id] * len(unique),
        },
        schema=RAW_ARTICLES_SCHEMA,
    )
    bodies = [a.body for a in unique]
    rows = pl.DataFrame(
        {
            "article_id": [a.article_id for a in unique],
            "source_id": [source_id_of(a.source or "") for a in unique],
            "path": [a.path for a in unique],
            "record": [a.record for a in unique],
            "format": [a.format for a in unique],
            "url": [a.url for a in unique],
            "title": [a.title for a in unique],
            "byline": [a.byline for a in unique],
            "published_at": [a.published_at for a in unique],
            "date_text": [a.date_text for a in unique],
            "date_is_relative": [a.date_is_relative for a in unique],
            "date_missing": [a.published_at is None for a in unique],
            "body_start": [a.body_start for a in unique],
            "body_end": [a.body_end for a in unique],
            "body": bodies,
            "word_count": [len(b.split()) for b in bodies],
            "furniture": [_spans_json(a.text, a.furniture) for a in unique],
            "captions": [_spans_json(a.text, a.captions) for a in unique],
            "similarity_key": [a.similarity_key for a in unique],
            "copy_group": [a.article_id for a in unique],
            "ingested_at": [at] * len(unique),
            "run_id": [run_id] * len(unique),
        },
        schema=ARTICLES_SCHEMA,
    )
    sources = (
        pl.DataFrame(
            {
                "source_id": [source_id_of(a.source or "") for a in unique],
                "name": [a.source or "" for a in unique],
                "origin": [a.source_origin for a in unique],
                "domain": [domain_of(a.url) for a in unique],
                "first_seen_at": [at] * len(unique),
            },
            schema=SOURCES_SCHEMA,
        )
        .sort("domain", nulls_last=True)
        .unique(subset="source_id", keep="first", maintain_order=True)
    )
    return {"raw_articles": raw, "articles": rows, "sources": sources}


def rejection_frame(rejections: list[Rejection], run_id: str, at: datetime) -> pl.DataFrame:
    """rejected_inputs rows."""
    return pl.DataFrame(
        {
            "path": [r.path for r in rejections],
            "record": [r.record for r in rejections],
            "reason": [r.reason for r in rejections],
            "rejected_at": [at] * len(rejections),
            "run_id": [run_id] * len(rejections),
        },
        schema=REJECTED_SCHEMA,
    ).unique(subset=["path", "record"], keep="first", maintain_order=True)


@dataclass
class ParsedBatch:
    """Parsed inputs as table rows: what parse workers send back (compact: Arrow, not objects)."""

    frames: dict[str, pl.DataFrame] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    per_file: pl.DataFrame = field(
        default_factory=lambda: pl.DataFrame(schema={"path": pl.String, "n_articles": pl.UInt32})
    )

    @property
    def n_articles(self) -> int:
        return int(self.per_file["n_articles"].sum()) if self.per_file.height else 0


def batch_of(parsed: ParsedInput, run_id: str, at: datetime) -> ParsedBatch:
    """The rows of parsed articles, their rejections and how many articles each file held."""
    per_file = (
        pl.DataFrame({"path": [a.path for a in parsed.articles]}, schema={"path": pl.String})
        .group_by("path", maintain_order=True)
        .len("n_articles")
    )
    return ParsedBatch(article_frames(parsed.articles, run_id, at), list(parsed.rejections), per_file)


def merged_batches(batches: list[ParsedBatch]) -> ParsedBatch:
    """One batch of many; an article met twice keeps its first rows."""
    merged = ParsedBatch()
    for name, key in (("raw_articles", "article_id"), ("articles", "article_id"), ("sources", "source_id")):
        parts = [b.frames[name] for b in batches if name in b.frames]
        if parts:
            merged.frames[name] = pl.concat(parts).unique(subset=key, keep="first", maintain_order=True)
    for batch in batches:
        merged.rejections.extend(batch.rejections)
    counts = [b.per_file for b in batches if b.per_file.height]
    if counts:
        merged.per_file = (
            pl.concat(counts).group_by("path", maintain_order=True).agg(pl.col("n_articles").sum())
        )
    return merged


def parsed_job(job: tuple, run_id: str, at: datetime) -> ParsedBatch:
    """Run one parse job and return its rows (top-level so worker processes can import it cheaply).

    A job is ("jsonl", path, first line, bytes, reference_time, max_bytes, manifest entry) for a
    piece of a JSON Lines file, ("records", path, format, records, reference_time, max_bytes,
    manifest entry) for rows of a CSV or Parquet file, or ("files", [(path, bytes, entry)...],
    reference_time, max_bytes) for single-article files.
    """
    kind, *args = job
    parse = {"jsonl": articles_from_jsonl_chunk, "records": articles_from_records, "files": parsed_files}[
        kind
    ]
    try:
        parsed = parse(*args)
    except Exception as exc:  # noqa: BLE001 - one bad chunk is recorded, the others go on
        where = ", ".join(f[0] for f in args[0]) if kind == "files" else args[0]
        parsed = ParsedInput(rejections=[Rejection(where, f"internal error while parsing: {exc!r}")])
    return batch_of(parsed, run_id, at)


SCORE_KEY = ["source_id", "source_kind"]


def score_changes(
    latest: pl.DataFrame | None, scores: pl.DataFrame, run_id: str, at: datetime
) -> pl.DataFrame:
    """The rows of run `run_id`'s `scores` that source_score_changes keeps: those new or differing from
    the `latest` scoring's row of their source (nulls equal), and a row marked dropped, its figures
    null, for each source `latest` scored and `scores` does not. Both frames have the source_scores
    columns; `at` is the run's scored_at.
    """
    kept = scores.with_columns(pl.lit(False).alias("dropped"))
    if latest is None or latest.height == 0:
        return kept
    figures = [c for c in scores.columns if c not in ("run_id", "scored_at")]
    before = latest.select(figures).cast(scores.select(figures).schema)
    changed = kept.join(before, on=figures, how="anti", nulls_equal=True)
    gone = latest.select(SCORE_KEY).join(scores.select(SCORE_KEY), on=SCORE_KEY, how="anti")
    if gone.height == 0:
        return changed
    dropped = gone.with_columns(
        pl.lit(run_id).alias("run_id"),
        pl.lit(at).cast(scores.schema["scored_at"]).alias("scored_at"),
        pl.lit(True).alias("dropped"),
    )
    return pl.concat([changed, dropped], how="diagonal_relaxed").select(changed.columns)
