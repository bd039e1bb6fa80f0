"""Benchmark: a run that adds 100 new articles to a warehouse holding a corpus, against the full run.

    uv run python bench/incremental.py [--corpus PATH] [--new 100]      (or CREDENCE_CORPUS=PATH)

Writes the corpus minus its last N rows to one batch file and those N rows to another, runs the
whole pipeline on the first (the full run), then again with the second added (the incremental
run), and prints both wall times and their ratio (target: incremental <= 3 % of full).
"""

from __future__ import annotations

import argparse
import gzip
import os
import tempfile
import time
from pathlib import Path

from _prefect import quiet_prefect, shared_path, start_prefect

quiet_prefect("WARNING")

# CREDENCE_CORPUS names another corpus; by default allsides from shared/ (found from a worktree too).
DEFAULT_CORPUS = Path(
    os.environ.get("CREDENCE_CORPUS") or shared_path("corpora/allsides_abp/articles_2017_2020.jsonl.gz")
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--new", type=int, default=100, help="articles added by the incremental run")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")

    from flows.pipeline import credence_run, foreground

    start_prefect()  # the temporary Prefect API starts outside the timed section
    lines = gzip.open(args.corpus, "rt", encoding="utf-8").read().splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        base, extra = Path(tmp) / "inputs" / "corpus.jsonl", Path(tmp) / "inputs" / "new.jsonl"
        base.parent.mkdir()
        base.write_text("\n".join(lines[: -args.new]) + "\n", encoding="utf-8")
        db = Path(tmp) / "wh" / "credence.duckdb"
        common = {
            "db": str(db),
            "snapshot": str(db.with_name("snapshot.duckdb")),
            "docs_dir": str(Path(tmp) / "docs"),
            "alert_urls": [],
            "workers": args.workers,
        }

        started = time.perf_counter()
        with foreground():  # as `credence run` runs it
            full = credence_run(inputs=[str(base.parent)], **common)
        full_seconds = time.perf_counter() - started

        extra.write_text("\n".join(lines[-args.new :]) + "\n", encoding="utf-8")
        started = time.perf_counter()
        with foreground():
            incremental = credence_run(inputs=[str(base.parent)], **common)
        incremental_seconds = time.perf_counter() - started

        started = time.perf_counter()
        with foreground():
            idle = credence_run(inputs=[str(base.parent)], **common)
        idle_seconds = time.perf_counter() - started

    def stages(report) -> str:
        return ", ".join(f"{k} {v:.1f} s" for k, v in report.seconds.items())

    print(f"corpus             {args.corpus.name}: {len(lines) - args.new:,} articles, then {args.new} new")
    print(
        f"full run           {full_seconds:7.1f} s  ({full.ingest.articles_new:,} articles, "
        f"{full.extract.claims:,} claims, {full.scoring.sources:,} sources; {stages(full)})"
    )
    print(
        f"incremental run    {incremental_seconds:7.1f} s  ({incremental.ingest.articles_new} new articles, "
        f"{incremental.extract.claims} claims; {stages(incremental)})"
    )
    print(f"run with nothing   {idle_seconds:7.1f} s  ({idle.ingest.articles_new} new; {stages(idle)})")
    print(f"incremental / full {incremental_seconds / full_seconds:7.1%}  (target <= 3 %)")


if __name__ == "__main__":
    main()
