"""Benchmark: a run that adds 100 new articles to a warehouse holding a corpus, against the full run.

    uv run python bench/incremental.py [--corpus PATH] [--new 100] [--rounds 1]      (or CREDENCE_CORPUS=PATH)

Writes the corpus minus its last N x rounds rows to one batch file, runs the whole pipeline on it
(the full run), then adds the held-back rows N at a time, one batch file and one run each (the
incremental runs), then runs once more with nothing new, and prints the wall times and each
incremental run's ratio to the full run (target: <= 3 %). The first incremental run follows the
full run directly; with --rounds 2 or more the later ones show a warehouse in the steady state of
scheduled runs (its second snapshot copy exists: see warehouse.connection.publish_snapshot), at the
price of a full run over N fewer articles per extra round.
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
    parser.add_argument("--rounds", type=int, default=1, help="incremental runs, each adding --new articles")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")

    from flows.pipeline import credence_run, foreground

    start_prefect()  # the temporary Prefect API starts outside the timed section
    lines = gzip.open(args.corpus, "rt", encoding="utf-8").read().splitlines()
    held_back = args.new * args.rounds
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "inputs" / "corpus.jsonl"
        base.parent.mkdir()
        base.write_text("\n".join(lines[:-held_back]) + "\n", encoding="utf-8")
        db = Path(tmp) / "wh" / "credence.duckdb"
        common = {
            "db": str(db),
            "snapshot": str(db.with_name("snapshot.duckdb")),
            "docs_dir": str(Path(tmp) / "docs"),
            "alert_urls": [],
            "workers": args.workers,
        }

        def timed_run():
            started = time.perf_counter()
            with foreground():  # as `credence run` runs it
                report = credence_run(inputs=[str(base.parent)], **common)
            return report, time.perf_counter() - started

        full, full_seconds = timed_run()
        incremental = []
        for round_ in range(args.rounds):
            first = len(lines) - held_back + round_ * args.new
            batch = Path(tmp) / "inputs" / f"new{round_}.jsonl"
            batch.write_text("\n".join(lines[first : first + args.new]) + "\n", encoding="utf-8")
            incremental.append(timed_run())
        idle, idle_seconds = timed_run()

    def stages(report) -> str:
        return ", ".join(f"{k} {v:.1f} s" for k, v in report.seconds.items())

    print(
        f"corpus             {args.corpus.name}: {len(lines) - held_back:,} articles, then {args.new} new x {args.rounds}"
    )
    print(
        f"full run           {full_seconds:7.1f} s  ({full.ingest.articles_new:,} articles, "
        f"{full.extract.claims:,} claims, {full.scoring.sources:,} sources; {stages(full)})"
    )
    for n, (report, seconds) in enumerate(incremental, 1):
        print(
            f"incremental run {n:<2} {seconds:7.1f} s  ({report.ingest.articles_new} new articles, "
            f"{report.extract.claims} claims, scores {'fitted' if report.scoring.refit else 'rescored'}; "
            f"{stages(report)})  {seconds / full_seconds:.1%} of the full run (target <= 3 %)"
        )
    print(f"run with nothing   {idle_seconds:7.1f} s  ({idle.ingest.articles_new} new; {stages(idle)})")


if __name__ == "__main__":
    main()
