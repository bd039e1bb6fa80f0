"""Benchmark: extraction accuracy on the seed gold and extraction speed on a real corpus.

    uv run python bench/extraction.py [--gold DIR] [--seeds DIR] [--sets DIR...] [--corpus PATH] [--articles N]
                                      (or CREDENCE_CORPUS=PATH; a path that does not exist skips the speed pass)

Prints claim precision/recall/F1 (core and all), attribution-kind, measure, hedge and subject accuracy
on matched claims, quote precision/recall/F1 and speaker accuracy (the gold README's judging rule, from
`credence.extract.evaluation`) on the seed gold and on every dev set (each folder tests/data/dev*
holding a claims.jsonl, in number order: excerpts from other outlets annotated by us, see each set's
README; `--sets` names other folders instead), then articles/s of `article_facts` on the first N
corpus articles, in this one process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from pathlib import Path

from _prefect import shared_path

from credence.extract import article_facts
from credence.extract.evaluation import claim_scores, quote_scores

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests/data/gold"
DEFAULT_SEEDS = ROOT / "seeds"
DEV_SETS = ROOT / "tests/data"
# CREDENCE_CORPUS names another corpus, as for bench/incremental.py; by default allsides from shared/.
DEFAULT_CORPUS = Path(
    os.environ.get("CREDENCE_CORPUS") or shared_path("corpora/allsides_abp/articles_2017_2020.jsonl.gz")
)


def dev_sets(parent: Path = DEV_SETS) -> list[Path]:
    """Every dev set under `parent`: folders named dev* holding a claims.jsonl, in number order."""
    found = [p for p in parent.glob("dev*") if p.is_dir() and (p / "claims.jsonl").exists()]
    return sorted(found, key=lambda p: int(p.name[3:] or 1))  # dev, dev2, …, dev10


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predictions(seeds: Path, articles: set[str]) -> tuple[list[dict], list[dict]]:
    claims: list[dict] = []
    quotes: list[dict] = []
    for name in sorted(articles):
        text = (seeds / name).read_text(encoding="utf-8")
        facts = article_facts(text, name)
        claims += [c.as_record() for c in facts.claims]
        quotes += [q.as_record() for q in facts.quotes]
    return claims, quotes


def corpus_speed(corpus: Path, n: int) -> tuple[int, float, float, int, int]:
    texts: list[str] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line).get("text") or "")
            if len(texts) >= n:
                break
    n_claims = n_quotes = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for i, text in enumerate(texts):
        facts = article_facts(text, str(i))
        n_claims += len(facts.claims)
        n_quotes += len(facts.quotes)
    return len(texts), time.perf_counter() - t0, time.process_time() - c0, n_claims, n_quotes


def report(label: str, claims_path: Path, quotes_path: Path, texts: Path) -> None:
    gold_claims = read_jsonl(claims_path)
    gold_quotes = read_jsonl(quotes_path)
    articles = {g["article"] for g in gold_claims} | {g["article"] for g in gold_quotes}
    # Texts without any gold fact still count: whatever is predicted there is a false positive.
    articles |= {p.name for p in texts.glob("*.txt")}
    claims, quotes = predictions(texts, articles)

    print(f"{label}: {len(articles)} articles, {len(gold_claims)} claims, {len(gold_quotes)} quotes")
    for name, core_only in (("core claims", True), ("all claims", False)):
        s = claim_scores(claims, gold_claims, core_only=core_only)
        print(
            f"{name:12s} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}"
            f"  (gold {s.gold}, predicted {s.predicted}, matched {s.matched})"
        )
    s = claim_scores(claims, gold_claims)
    print(
        f"matched claims: attribution-kind accuracy {s.attribution_accuracy:.3f}"
        f"  measure accuracy {s.measure_accuracy:.3f}  hedge accuracy {s.hedge_accuracy:.3f}"
        f"  subject accuracy {s.subject_accuracy:.3f}"
    )
    q = quote_scores(quotes, gold_quotes)
    print(
        f"quotes       precision {q.precision:.3f}  recall {q.recall:.3f}  F1 {q.f1:.3f}"
        f"  speaker accuracy {q.speaker_accuracy:.3f}  (gold {q.gold}, predicted {q.predicted})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument(
        "--sets",
        type=Path,
        nargs="+",
        default=None,
        metavar="DIR",
        help="dev sets (claims.jsonl, quotes.jsonl, articles/) instead of every tests/data/dev* folder",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=3000, help="corpus articles to time")
    args = parser.parse_args()

    report("seed gold", args.gold / "seed_claims.jsonl", args.gold / "seed_quotes.jsonl", args.seeds)
    for folder in dev_sets() if args.sets is None else args.sets:
        if (folder / "claims.jsonl").exists():
            report(
                f"{folder.name} set", folder / "claims.jsonl", folder / "quotes.jsonl", folder / "articles"
            )
        else:
            print(f"{folder.name} set  skipped: no gold at {folder}")
    if args.corpus.exists():
        n, wall, cpu, n_claims, n_quotes = corpus_speed(args.corpus, args.articles)
        # CPU time is the one-core figure; wall time also counts whatever else the machine runs.
        print(
            f"speed        {n / cpu:.0f} articles/s of CPU time on one core, {n / wall:.0f} articles/s wall"
            f"  ({n} articles of {args.corpus.name}: {cpu:.1f} s CPU, {wall:.1f} s wall;"
            f" {n_claims} claims, {n_quotes} quotes)"
        )
    else:
        print(f"speed        skipped: corpus not found at {args.corpus}")


if __name__ == "__main__":
    main()
