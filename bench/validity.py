"""Validity check: do outlet scores separate outlets labelled reliable from unreliable? (AUC on ReCOVery)

    uv run python bench/validity.py [--corpus PATH]

Runs the whole pipeline on ../shared/corpora/recovery_covid (2,031 COVID-19 articles from 55
outlets with an outside reliability label from NewsGuard / Media Bias/Fact Check), then reports the
AUC of each outlet score against the label: 0.5 is chance, 1.0 perfect separation. Outlets whose
reliability is "insufficient evidence" are counted separately; the AUC uses the scores that exist.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import tempfile
from pathlib import Path

from _prefect import quiet_prefect, shared_path

quiet_prefect("ERROR")

DEFAULT_CORPUS = shared_path("corpora/recovery_covid/articles.jsonl.gz")


def auc(scores: list[float], labels: list[int]) -> float | None:
    """Area under the ROC curve (the Mann-Whitney statistic, ties counted half); None without both classes."""
    positives = [s for s, y in zip(scores, labels, strict=True) if y == 1]
    negatives = [s for s, y in zip(scores, labels, strict=True) if y == 0]
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")

    import polars as pl

    from flows.pipeline import credence_run
    from warehouse.connection import reading

    rows = [json.loads(line) for line in gzip.open(args.corpus, "rt", encoding="utf-8")]
    labels = {row["outlet"]: int(row["reliability"]) for row in rows}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "credence.duckdb"
        report = credence_run(
            inputs=[str(args.corpus)],
            db=str(db),
            docs_dir=str(Path(tmp) / "docs"),
            alert_urls=[],
            workers=os.cpu_count() or 1,
        )
        with reading(db) as conn:
            scores = conn.execute(
                "SELECT * FROM source_scores WHERE run_id = ? AND source_kind = 'outlet'", [report.run_id]
            ).pl()
    scores = scores.with_columns(
        pl.col("source_id").replace_strict(labels, default=None).alias("label")
    ).filter(pl.col("label").is_not_null())
    print(
        f"corpus           {args.corpus.name}: {len(rows):,} articles, {len(labels)} outlets "
        f"({sum(labels.values())} labelled reliable)"
    )
    print(
        f"pipeline         {report.extract.claims:,} claims, {report.scoring.sources:,} sources scored, state {report.state}"
    )
    print(
        f"outlets scored   {scores.height} ({scores.filter(pl.col('evidence_status') == 'ok').height} with enough evidence)"
    )
    for column in ("reliability_score", "consistency_score", "attribution_score", "reliability_low"):
        have = scores.filter(pl.col(column).is_not_null())
        value = auc(have[column].to_list(), have["label"].to_list())
        shown = "n/a (one class only)" if value is None else f"{value:.3f}"
        print(
            f"AUC {column:<18} {shown}  over {have.height} outlets "
            f"({have['label'].sum()} reliable, {have.height - have['label'].sum()} unreliable)"
        )


if __name__ == "__main__":
    main()
