"""Fact tables: claims, quotes and attributions of many articles as frames keyed for the warehouse (pure)."""

from __future__ import annotations

import hashlib
import json
import traceback
from datetime import datetime
from pathlib import Path

import polars as pl

from credence.extract import Lexicon, article_facts
from credence.ingest import parsed_input
from credence.model import Claim, Quote, Rejection

CLAIM_SCHEMA = {
    "claim_id": pl.String,
    "article_id": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "span": pl.String,
    "measure": pl.String,
    "counted": pl.String,
    "value_low": pl.Float64,
    "value_high": pl.Float64,
    "qualifier": pl.String,
    "unit": pl.String,
    "subject": pl.String,
    "attribution_id": pl.String,
    "attribution_text": pl.String,
    "attribution_kind": pl.String,
    "originator": pl.String,
    "hedged": pl.Boolean,
    "hedge_text": pl.String,
    "core": pl.Boolean,
    "as_of_text": pl.String,
    "sentence_start": pl.Int32,
    "sentence_end": pl.Int32,
    "attribution_start": pl.Int32,
    "attribution_end": pl.Int32,
    "extracted_at": pl.Datetime("us"),
    "run_id": pl.String,
}
QUOTE_SCHEMA = {
    "quote_id": pl.String,
    "article_id": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "text": pl.String,
    "speaker": pl.String,
    "speaker_kind": pl.String,
    "speaker_text": pl.String,
    "extracted_at": pl.Datetime("us"),
    "run_id": pl.String,
}
ATTRIBUTION_SCHEMA = {
    "attribution_id": pl.String,
    "article_id": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "text": pl.String,
    "kind": pl.String,
    "originator": pl.String,
    "n_claims": pl.Int32,
    "extracted_at": pl.Datetime("us"),
    "run_id": pl.String,
}
EXTRACTED_SCHEMA = {
    "article_id": pl.String,
    "extractor": pl.String,
    "n_claims": pl.Int32,
    "n_quotes": pl.Int32,
    "error": pl.String,  # why the extractor failed on the article, which then has no facts
    "extracted_at": pl.Datetime("us"),
    "run_id": pl.String,
}


def _key(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def excluded_spans(furniture_json: str, captions_json: str) -> list[tuple[int, int]]:
    """The (start, end) spans of furniture and captions stored with an article."""
    spans = []
    for raw in (furniture_json, captions_json):
        for item in json.loads(raw or "[]"):
            spans.append((int(item["start"]), int(item["end"])))
    return spans


def outside(start: int, end: int, excluded: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps no furniture or caption span.

    The headline stays in: a figure in a title is a claim the outlet makes. Header lines such as
    dates hold no counted figures, which the extractor already leaves out.
    """
    return not any(start < e and s < end for s, e in excluded)


def lexicon_version(lexicon: Lexicon) -> str:
    """A short fingerprint of the lexicon: changing it re-extracts every article."""
    return _key(repr(lexicon))[:8]


def _claim_row(article_id: str, claim: Claim, attribution_id: str | None) -> dict:
    record = claim.as_record()
    return {
        "claim_id": _key(article_id, claim.char_start, claim.char_end, claim.measure),
        "article_id": article_id,
        "char_start": claim.char_start,
        "char_end": claim.char_end,
        "span": claim.span,
        "measure": claim.measure,
        "counted": claim.counted,
        "value_low": claim.value_low,
        "value_high": claim.value_high,
        "qualifier": claim.qualifier,
        "unit": record.get("unit"),
        "subject": claim.subject,
        "attribution_id": attribution_id,
        "attribution_text": claim.attribution_text,
        "attribution_kind": claim.attribution_kind,
        "originator": claim.originator,
        "hedged": claim.hedged,
        "hedge_text": record.get("hedge_text"),
        "core": claim.core,
        "as_of_text": record.get("as_of_text"),
        "sentence_start": claim.sentence_start,
        "sentence_end": claim.sentence_end,
        "attribution_start": claim.attribution_start,
        "attribution_end": claim.attribution_end,
    }


def _quote_row(article_id: str, quote: Quote) -> dict:
    return {
        "quote_id": _key(article_id, quote.char_start, quote.char_end),
        "article_id": article_id,
        "char_start": quote.char_start,
        "char_end": quote.char_end,
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_kind": quote.speaker_kind,
        "speaker_text": quote.speaker_text,
    }


def extraction_error(exc: Exception) -> str:
    """The reason recorded for an article the extractor failed on: the error's type, message and place."""
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" (in {Path(frame.filename).name}:{frame.lineno} {frame.name})" if frame else ""
    return f"extraction failed: {type(exc).__name__}: {exc}{where}"[:500]


def fact_tables(
    articles: pl.DataFrame, lexicon: Lexicon, extractor: str, run_id: str, at: datetime
) -> dict[str, pl.DataFrame]:
    """claims, quotes, attributions and extracted_articles rows for the given articles.

    `articles` has article_id, text, furniture, captions. Facts found in site furniture or image
    captions are left out; offsets stay offsets into `text`.
    Ids are hashes of (article, offsets), so re-extracting the same text gives the same rows.
    """
    claims, quotes, attributions, done = [], [], {}, []
    for row in articles.iter_rows(named=True):
        article_id, text = row["article_id"], row["text"]
        excluded = excluded_spans(row["furniture"], row["captions"])
        try:
            facts = article_facts(text, article_id, lexicon)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
            done.append(
                {"article_id": article_id, "extractor": extractor, "n_claims": 0, "n_quotes": 0,
                 "error": extraction_error(exc)}
            )  # fmt: skip
            continue
        kept_claims = [c for c in facts.claims if outside(c.char_start, c.char_end, excluded)]
        kept_quotes = [q for q in facts.quotes if outside(q.char_start, q.char_end, excluded)]
        for claim in kept_claims:
            attribution_id = None
            if claim.attribution_text:
                attribution_id = _key(
                    article_id, claim.attribution_start, claim.attribution_end, claim.attribution_text
                )
                entry = attributions.setdefault(
                    attribution_id,
                    {
                        "attribution_id": attribution_id,
                        "article_id": article_id,
                        "char_start": claim.attribution_start,
                        "char_end": claim.attribution_end,
                        "text": claim.attribution_text,
                        "kind": claim.attribution_kind,
                        "originator": claim.originator,
                        "n_claims": 0,
                    },
                )
                entry["n_claims"] += 1
            claims.append(_claim_row(article_id, claim, attribution_id))
        quotes.extend(_quote_row(article_id, q) for q in kept_quotes)
        done.append(
            {
                "article_id": article_id,
                "extractor": extractor,
                "n_claims": len(kept_claims),
                "n_quotes": len(kept_quotes),
                "error": None,
            }
        )

    def table(rows: list[dict], schema: dict) -> pl.DataFrame:
        base = {k: v for k, v in schema.items() if k not in ("extracted_at", "run_id")}
        frame = pl.DataFrame(rows, schema=base, orient="row") if rows else pl.DataFrame(schema=base)
        return frame.with_columns(
            pl.lit(at).cast(pl.Datetime("us")).alias("extracted_at"), pl.lit(run_id).alias("run_id")
        )

    claim_frame = table(claims, CLAIM_SCHEMA).unique(subset="claim_id", keep="first", maintain_order=True)
    return {
        "claims": claim_frame,
        "quotes": table(quotes, QUOTE_SCHEMA).unique(subset="quote_id", keep="first", maintain_order=True),
        "attributions": table(list(attributions.values()), ATTRIBUTION_SCHEMA),
        "extracted_articles": table(done, EXTRACTED_SCHEMA),
    }


CLAIM_RECORD_FIELDS = (
    "char_start",
    "char_end",
    "span",
    "measure",
    "counted",
    "value_low",
    "value_high",
    "qualifier",
    "subject",
    "attribution_text",
    "attribution_kind",
    "hedged",
)
QUOTE_RECORD_FIELDS = ("char_start", "char_end", "text", "speaker", "speaker_kind")


def facts_of_file(
    name: str, data: bytes, lexicon: Lexicon, reference_time: datetime
) -> tuple[list[dict], list[Rejection]]:
    """The `credence extract` records of one file: claims then quotes of each article it holds.

    Each record is {"type": "claim" | "quote", "article": name (name#row for batch rows), ...};
    offsets index the article's text (the file as read for plain text).
    """
    parsed = parsed_input(name, data, reference_time=reference_time, max_bytes=len(data) + 1)
    records = []
    rejections = list(parsed.rejections)
    for article in parsed.articles:
        label = f"{name}#{article.record}" if article.record else name
        excluded = list(article.furniture) + list(article.captions)
        try:
            facts = article_facts(article.text, label, lexicon)
        except Exception as exc:  # noqa: BLE001 - report it and go on with the file's other articles
            rejections.append(Rejection(name, extraction_error(exc), article.record))
            continue
        for claim in facts.claims:
            if outside(claim.char_start, claim.char_end, excluded):
                record = claim.as_record()
                records.append(
                    {
                        "type": "claim",
                        "article": label,
                        **{k: record[k] for k in CLAIM_RECORD_FIELDS},
                        "core": claim.core,
                        "originator": claim.originator,
                        "unit": record.get("unit"),
                    }
                )
        for quote in facts.quotes:
            if outside(quote.char_start, quote.char_end, excluded):
                record = quote.as_record()
                records.append(
                    {"type": "quote", "article": label, **{k: record[k] for k in QUOTE_RECORD_FIELDS}}
                )
    return records, rejections
