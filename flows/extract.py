"""The `extract-facts` flow: claims, quotes and attributions for articles not yet extracted by this extractor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

import credence
from credence.extract import Lexicon
from credence.facts import fact_tables, lexicon_version
from flows.progress import report
from warehouse.connection import writing
from warehouse.load import frame, replace_where

ARTICLES_PER_BATCH = 400


@dataclass
class ExtractSummary:
    articles: int = 0
    claims: int = 0
    quotes: int = 0
    attributions: int = 0


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


@task(name="extract-batch", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def extract_batch(db: str, article_ids: list[str], lexicon: Lexicon, extractor: str, run_id: str) -> ExtractSummary:
    """Read a batch of articles, extract their facts, replace their fact rows."""
    with writing(Path(db)) as conn:
        conn.execute("CREATE OR REPLACE TEMP TABLE wanted AS SELECT unnest(?::VARCHAR[]) AS article_id", [article_ids])
        articles = frame(
            conn,
            "SELECT a.article_id, r.text, a.body_start, a.body_end, a.furniture, a.captions "
            "FROM articles a JOIN raw_articles r USING (article_id) JOIN wanted USING (article_id)",
        )
    tables = fact_tables(articles, lexicon, extractor, run_id, datetime.now(UTC).replace(tzinfo=None))
    with writing(Path(db)) as conn:
        for table in ("claims", "quotes", "attributions", "extracted_articles"):
            replace_where(conn, table, tables[table], "article_id", article_ids)
    return ExtractSummary(
        articles=articles.height,
        claims=tables["claims"].height,
        quotes=tables["quotes"].height,
        attributions=tables["attributions"].height,
    )


@flow(name="extract-facts")
def extract_facts(db: str, run_id: str, lexicon_overrides: dict | None = None) -> ExtractSummary:
    """Extract facts from every article the current extractor has not processed; reruns add nothing.

    `lexicon_overrides` extends the default lexicon (the keys of `Lexicon.extended`).
    """
    logger = get_run_logger()
    lexicon = Lexicon.default().extended(lexicon_overrides) if lexicon_overrides else Lexicon.default()
    extractor = extractor_version(lexicon)
    pending = pending_articles(db, extractor)
    total = ExtractSummary()
    report("extract", 0, len(pending))
    for start in range(0, len(pending), ARTICLES_PER_BATCH):
        batch = pending[start : start + ARTICLES_PER_BATCH]
        done = extract_batch(db, batch, lexicon, extractor, run_id)
        total.articles += done.articles
        total.claims += done.claims
        total.quotes += done.quotes
        total.attributions += done.attributions
        report("extract", start + len(batch), len(pending))
    logger.info(
        "extract: %d articles, %d claims, %d quotes, %d attributions",
        total.articles, total.claims, total.quotes, total.attributions,
    )
    return total
