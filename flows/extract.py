"""The `extract-facts` flow: claims, quotes and attributions for articles not yet extracted by this extractor."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

import credence
from credence.extract import Lexicon
from credence.facts import fact_tables, lexicon_version
from flows.progress import report
from warehouse.connection import writing
from warehouse.load import articles_with_text, frame, replace_where

ARTICLES_PER_BATCH = 400


@dataclass
class ExtractSummary:
    articles: int = 0
    claims: int = 0
    quotes: int = 0
    attributions: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article_id, error) the extractor failed on


def extractor_version(lexicon: Lexicon) -> str:
    """Which extractor produced a row: credence's version plus the lexicon's fingerprint."""
    return f"{credence.__version__}+{lexicon_version(lexicon)}"


@task(name="pending-articles", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def pending_articles(db: str, extractor: str) -> list[str]:
    """Ids of articles never extracted, or extracted by another extractor version."""
    with writing(Path(db)) as conn:
        pending = frame(
            conn,
            """
            SELECT a.article_id FROM articles a
            LEFT JOIN extracted_articles e USING (article_id)
            WHERE e.article_id IS NULL OR e.extractor <> ?
            ORDER BY a.article_id
            """,
            [extractor],
        )
    return pending["article_id"].to_list()


def _read_articles(db: str, article_ids: list[str]):
    with writing(Path(db)) as conn:
        articles = articles_with_text(
            conn, article_ids, ["article_id", "body_start", "body_end", "furniture", "captions"]
        )
    return articles.select("article_id", "text", "body_start", "body_end", "furniture", "captions")


def _write_facts(db: str, article_ids: list[str], tables: dict) -> None:
    with writing(Path(db)) as conn:
        for table in ("claims", "quotes", "attributions", "extracted_articles"):
            replace_where(conn, table, tables[table], "article_id", article_ids)


@task(name="extract-pending", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def extract_pending(
    db: str, pending: list[str], lexicon: Lexicon, extractor: str, run_id: str, workers: int = 1
) -> ExtractSummary:
    """Read, extract and write the pending articles a group at a time; replaces their fact rows.

    Each group is read in one query and written in one transaction; with `workers` > 1 and enough
    articles, a group's batches are extracted in parallel processes.
    """
    total = ExtractSummary()
    group_size = ARTICLES_PER_BATCH * max(workers, 1) * 2
    pool = None
    if workers > 1 and len(pending) > 2 * ARTICLES_PER_BATCH:
        # spawn, not fork: this process runs Prefect's threads, which a fork would copy mid-flight.
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
    try:
        for start in range(0, len(pending), group_size):
            group = pending[start : start + group_size]
            articles = _read_articles(db, group)
            at = datetime.now(UTC).replace(tzinfo=None)
            chunks = [
                articles.slice(i, ARTICLES_PER_BATCH) for i in range(0, articles.height, ARTICLES_PER_BATCH)
            ]
            repeat = [
                [lexicon] * len(chunks),
                [extractor] * len(chunks),
                [run_id] * len(chunks),
                [at] * len(chunks),
            ]
            # Workers get credence.facts.fact_tables itself, so they import the pure core, not Prefect.
            parts = (
                list(pool.map(fact_tables, chunks, *repeat))
                if pool
                else list(map(fact_tables, chunks, *repeat))
            )
            tables = (
                {name: pl.concat([p[name] for p in parts], how="vertical_relaxed") for name in parts[0]}
                if parts
                else {}
            )
            if tables:
                _write_facts(db, group, tables)
                total.articles += articles.height
                total.claims += tables["claims"].height
                total.quotes += tables["quotes"].height
                total.attributions += tables["attributions"].height
                failed = tables["extracted_articles"].filter(pl.col("error").is_not_null())
                total.failed.extend(failed.select("article_id", "error").iter_rows())
            report("extract", start + len(group), len(pending))
    finally:
        if pool is not None:
            pool.shutdown()
    return total


@flow(name="extract-facts")
def extract_facts(
    db: str, run_id: str, lexicon_overrides: dict | None = None, workers: int = 1
) -> ExtractSummary:
    """Extract facts from every article the current extractor has not processed; reruns add nothing.

    `lexicon_overrides` extends the default lexicon (the keys of `Lexicon.extended`).
    """
    logger = get_run_logger()
    lexicon = Lexicon.default().extended(lexicon_overrides) if lexicon_overrides else Lexicon.default()
    extractor = extractor_version(lexicon)
    pending = pending_articles(db, extractor)
    report("extract", 0, len(pending))
    total = extract_pending(db, pending, lexicon, extractor, run_id, workers) if pending else ExtractSummary()
    logger.info(
        "extract: %d articles, %d claims, %d quotes, %d attributions, %d failed",
        total.articles,
        total.claims,
        total.quotes,
        total.attributions,
        len(total.failed),
    )
    for article_id, error in total.failed:
        logger.error("article %s: %s", article_id, error)
    return total
