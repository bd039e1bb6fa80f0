"""Benchmark: `score_sources` on a saved claims/quotes pair (the exact frames the score flow reads).

    uv run python bench/scoring.py [--claims PATH] [--quotes PATH] [--repeat 3]

Prints wall and CPU seconds of each run (the machine is shared: CPU time is the steadier figure),
the best of them, and claims per second. The defaults are the allsides corpus's scorable frames:

    /tmp/allsides/scorable_claims.parquet, /tmp/allsides/scorable_quotes.parquet

To make them (about two minutes), run the pipeline on the corpus and export the two queries the
score flow reads (`flows.score.SCORABLE_CLAIMS` / `SCORABLE_QUOTES`):

    uv run credence run --input ../shared/corpora/allsides_abp/articles_2017_2020.jsonl.gz --db /tmp/allsides/credence.duckdb
    uv run python -c "import duckdb; from flows.score import SCORABLE_CLAIMS as C, SCORABLE_QUOTES as Q; \\
        db = duckdb.connect('/tmp/allsides/credence.duckdb', read_only=True); \\
        db.sql(C).pl().write_parquet('/tmp/allsides/scorable_claims.parquet'); \\
        db.sql(Q).pl().write_parquet('/tmp/allsides/scorable_quotes.parquet')"

Target: at most 2 s on one core for the allsides corpus (93,220 claims, 157,859 quotes).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import polars as pl

from credence.score import score_sources

DEFAULT_CLAIMS = Path("/tmp/allsides/scorable_claims.parquet")
DEFAULT_QUOTES = Path("/tmp/allsides/scorable_quotes.parquet")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, default=DEFAULT_CLAIMS)
    parser.add_argument("--quotes", type=Path, default=DEFAULT_QUOTES)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (after one untimed warm-up)")
    args = parser.parse_args(argv)
    missing = [str(p) for p in (args.claims, args.quotes) if not p.exists()]
    if missing:
        how = __doc__.split("To make them", 1)[1].split("Target:", 1)[0]
        raise SystemExit(f"missing input: {', '.join(missing)}\nTo make them{how.rstrip()}")
    claims, quotes = pl.read_parquet(args.claims), pl.read_parquet(args.quotes)
    print(f"{claims.height:,} claims, {quotes.height:,} quotes ({args.claims.parent})")
    result = score_sources(claims, quotes)  # warm-up: imports, polars thread pool, numpy caches
    walls, cpus = [], []
    for run in range(1, args.repeat + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        score_sources(claims, quotes)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        print(f"run {run}: {walls[-1]:.3f} s wall, {cpus[-1]:.3f} s CPU")
    best = min(walls)
    print(
        f"score_sources: best {best:.3f} s wall (median {statistics.median(walls):.3f}), "
        f"best {min(cpus):.3f} s CPU; {claims.height / best:,.0f} claims/s, "
        f"{(claims.height + quotes.height) / best:,.0f} rows/s"
    )
    print(
        f"output: {result.scores.height:,} sources, {result.facts.height:,} facts, "
        f"{result.originator_facts.height:,} originator facts, {result.evidence.height:,} evidence rows, "
        f"{result.fact_claims.height:,} fact claims, {result.conflicts.height:,} conflicts"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
