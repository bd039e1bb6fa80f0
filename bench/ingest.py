"""Benchmark: ingest a real multi-outlet corpus into a fresh warehouse; prints articles/s and peak memory.

    uv run python bench/ingest.py [--corpus PATH] [--db PATH]

The Prefect API is started before the clock starts, so the figure is ingest alone.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from _prefect import quiet_prefect, shared_path, start_prefect

quiet_prefect("WARNING")

DEFAULT_CORPUS = shared_path("corpora/allsides_abp/articles_2017_2020.jsonl.gz")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parsing processes")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")

    from flows.ingest import ingest_articles
    from warehouse.connection import reading

    start_prefect()  # the temporary Prefect API starts outside the timed section
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        summary = ingest_articles([str(args.corpus)], str(db), "bench", workers=args.workers)
        elapsed = time.perf_counter() - started
        with reading(db) as conn:
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            copies = conn.execute("SELECT count(*) FROM article_copies").fetchone()[0]
            size = Path(db).stat().st_size
        started = time.perf_counter()
        again = ingest_articles([str(args.corpus)], str(db), "bench-again")
        rerun = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus            {args.corpus.name}")
    print(f"articles parsed   {summary.articles_seen:,} ({summary.rejected} rejected, {stored:,} stored)")
    print(f"possible copies   {copies:,} pairs")
    print(f"ingest time       {elapsed:.1f} s ({args.workers} parsing processes)")
    print(f"throughput        {summary.articles_seen / elapsed:,.0f} articles/s")
    print(f"peak memory       {peak_mb:,.0f} MB (whole process, Prefect included)")
    print(f"warehouse size    {size / 1e6:,.0f} MB")
    print(f"rerun, unchanged  {rerun:.2f} s ({again.articles_new} new)")


if __name__ == "__main__":
    main()
