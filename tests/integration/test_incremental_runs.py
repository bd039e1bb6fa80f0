"""A run that adds articles to a warehouse leaves the same scores and evidence as one run over everything."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from flows.pipeline import credence_run
from warehouse.connection import reading

pytestmark = pytest.mark.usefixtures("prefect_harness")
REF = datetime(2025, 7, 1)
# Columns that name the run or its clock rather than what was scored.
RUN_COLUMNS = ("run_id", "scored_at")
SCORED_TABLES = ("source_scores", "facts", "fact_claims", "score_evidence", "score_conflicts")
LOWER_REPORT = """Kursk losses far lower than reported, Pyongyang says

June 30, 2025

By Staff Reporter

North Korean state media claimed on Monday that only 40 North Korean soldiers have been killed in Russia's Kursk region, far fewer than foreign estimates.

Officials in Pyongyang did not say how the figure was counted. Independent observers have not been able to verify any of the published estimates.
"""
HIGHER_REPORT = """Kursk toll keeps rising, Kyiv says

June 28, 2025

By Staff Reporter

Ukrainian military intelligence said on Saturday that more than 1,200 North Korean soldiers have been killed in Russia's Kursk region since the deployment began.

The estimate could not be independently verified. Officials in Seoul said they were studying the figure and would publish their own assessment after briefing lawmakers next week.
"""


def _run(inputs: Path, db: Path):
    return credence_run(
        [str(inputs)], str(db), reference_time=REF, docs_dir=str(db.parent / "docs"), alert_urls=[]
    )


def _latest(db: Path) -> dict[str, pl.DataFrame]:
    with reading(db) as conn:
        latest = conn.execute("SELECT run_id FROM source_scores ORDER BY scored_at DESC LIMIT 1").fetchone()[
            0
        ]
        tables = {
            name: conn.execute(f"SELECT * FROM {name} WHERE run_id = ?", [latest]).pl()
            for name in SCORED_TABLES
        }
    return {
        name: t.drop([c for c in RUN_COLUMNS if c in t.columns]).sort(pl.all()) for name, t in tables.items()
    }


def test_adding_articles_later_scores_exactly_as_one_run_over_all_of_them(seeds_copy, tmp_path):
    later = {"900_lower.txt": LOWER_REPORT, "901_higher.txt": HIGHER_REPORT}
    everything = tmp_path / "everything"
    shutil.copytree(seeds_copy, everything)
    for name, text in later.items():
        (everything / name).write_text(text, encoding="utf-8")

    stepwise = tmp_path / "stepwise" / "credence.duckdb"
    first = _run(seeds_copy, stepwise)
    for name, text in later.items():
        (seeds_copy / name).write_text(text, encoding="utf-8")
    second = _run(seeds_copy, stepwise)
    at_once = tmp_path / "at_once" / "credence.duckdb"
    _run(everything, at_once)

    assert first.ingest.articles_new == 5 and second.ingest.articles_new == 2
    assert second.extract.articles == 2 and second.extract.claims > 0
    step, whole = _latest(stepwise), _latest(at_once)
    for name in SCORED_TABLES:
        assert step[name].height > 0 or name == "score_conflicts"
        assert step[name].equals(whole[name]), name


def test_a_run_that_keeps_the_fit_rescores_only_the_changed_facts_and_lands_near_a_full_fit(
    seeds_copy, tmp_path, monkeypatch
):
    later = {"900_lower.txt": LOWER_REPORT, "901_higher.txt": HIGHER_REPORT}
    everything = tmp_path / "everything"
    shutil.copytree(seeds_copy, everything)
    for name, text in later.items():
        (everything / name).write_text(text, encoding="utf-8")
    at_once = tmp_path / "at_once" / "credence.duckdb"
    _run(everything, at_once)

    monkeypatch.setenv("CREDENCE_SCORE_REFIT_FRACTION", "1")  # keep the first run's fit, whatever comes
    stepwise = tmp_path / "stepwise" / "credence.duckdb"
    _run(seeds_copy, stepwise)
    for name, text in later.items():
        (seeds_copy / name).write_text(text, encoding="utf-8")
    second = _run(seeds_copy, stepwise)

    assert second.scoring.refit is False
    with reading(stepwise) as conn:
        fits = conn.execute("SELECT refit, changed FROM score_fits ORDER BY scored_at").fetchall()
    assert [refit for refit, _ in fits] == [True, False] and fits[1][1] > 0
    step, whole = _latest(stepwise), _latest(at_once)
    # The same rows of evidence as a full fit over everything, each where it belongs ...
    for name, keys in (
        ("facts", ["source_kind", "fact_id"]),
        ("fact_claims", ["source_kind", "fact_id", "claim_id"]),
        ("score_evidence", ["source_kind", "source_id", "claim_id", "fact_id"]),
    ):
        assert step[name].select(keys).sort(pl.all()).equals(whole[name].select(keys).sort(pl.all())), name
    # ... and scores near it: only the weights of the first fit were kept.
    scores = step["source_scores"].join(
        whole["source_scores"], on=["source_id", "source_kind"], suffix="_all"
    )
    assert scores.height == whole["source_scores"].height
    gap = (scores["consistency_score"] - scores["consistency_score_all"]).abs().max()
    assert gap is None or gap < 0.05
