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


def test_a_run_keeps_only_the_scores_that_changed_and_every_run_still_reads_whole(seeds_copy, tmp_path):
    db = tmp_path / "wh" / "credence.duckdb"
    first = _run(seeds_copy, db)
    (seeds_copy / "900_lower.txt").write_text(LOWER_REPORT, encoding="utf-8")
    second = _run(seeds_copy, db)

    with reading(db) as conn:
        sets = {
            run.run_id: conn.execute(
                "SELECT * EXCLUDE (run_id, scored_at) FROM source_scores WHERE run_id = ?", [run.run_id]
            ).pl()
            for run in (first, second)
        }
        kept = {
            run.run_id: conn.execute(
                "SELECT * EXCLUDE (run_id, scored_at, dropped) FROM source_score_changes WHERE run_id = ? AND NOT dropped",
                [run.run_id],
            ).pl()
            for run in (first, second)
        }
        listed = conn.execute(
            "SELECT run_id, n_outlets + n_originators FROM score_runs ORDER BY scored_at"
        ).fetchall()
    before, after = sets[first.run_id], sets[second.run_id]
    assert before.height == first.scoring.sources and after.height == second.scoring.sources
    assert listed == [(first.run_id, before.height), (second.run_id, after.height)]
    # The first run kept all its rows; the second those not the same as the first's, a strict part of its set.
    assert kept[first.run_id].sort(pl.all()).equals(before.sort(pl.all()))
    differing = after.join(before, on=after.columns, how="anti", nulls_equal=True)
    assert kept[second.run_id].sort(pl.all()).equals(differing.sort(pl.all()))
    assert 0 < differing.height < after.height


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


STATE_TABLES = ("score_state_claims", "score_state_rows", "score_state_attribution")


def _state(db: Path) -> dict[str, pl.DataFrame]:
    with reading(db) as conn:
        return {name: conn.execute(f"SELECT * FROM {name}").pl().sort(pl.all()) for name in STATE_TABLES}


def _assert_same(mine: pl.DataFrame, theirs: pl.DataFrame, name: str, tolerance: float = 1e-9) -> None:
    """Row for row equal: exactly, float columns to `tolerance` (attribution counts added in another order)."""
    mine, theirs = mine.sort(pl.all(), nulls_last=True), theirs.sort(pl.all(), nulls_last=True)
    assert mine.columns == theirs.columns and mine.height == theirs.height, name
    for column in mine.columns:
        if mine.schema[column].is_float():
            gap = (mine[column] - theirs[column]).abs().max()
            assert gap is None or gap <= tolerance, (name, column, gap)
            assert mine[column].is_null().equals(theirs[column].is_null()), (name, column)
        else:
            assert mine[column].equals(theirs[column]), (name, column)


def test_a_run_that_scores_only_what_its_added_articles_touch_leaves_what_rescoring_every_claim_leaves(
    seeds_copy, tmp_path, monkeypatch
):
    """The scoped read (credence.score.Added) against the same scoring given every claim and quote: the same
    scores, evidence and kept state, floats to 1e-9 (a source's attribution weight is a sum kept and added
    to rather than summed again). Both keep the first run's fit: a fresh run fits anew (the test above)."""
    import flows.score

    monkeypatch.setenv("CREDENCE_SCORE_REFIT_FRACTION", "1")  # keep the first run's fit, whatever comes
    later = {"900_lower.txt": LOWER_REPORT, "901_higher.txt": HIGHER_REPORT}
    first_inputs = tmp_path / "first"
    shutil.copytree(seeds_copy, first_inputs)
    scoped, everything = tmp_path / "scoped" / "credence.duckdb", tmp_path / "everything" / "credence.duckdb"
    _run(first_inputs, scoped)
    shutil.copytree(scoped.parent, everything.parent)
    for name, text in later.items():
        (first_inputs / name).write_text(text, encoding="utf-8")

    read = []
    added_articles = flows.score._added_articles
    monkeypatch.setattr(
        flows.score, "_added_articles", lambda *a: read.append(added_articles(*a)) or read[-1]
    )
    second = _run(first_inputs, scoped)
    assert len(read) == 1 and read[0] is not None and read[0].len() == 2  # only the added articles touched
    assert second.scoring.refit is False and second.extract.claims > 0
    monkeypatch.setattr(flows.score, "_added_articles", lambda *a: None)  # read every claim instead
    _run(first_inputs, everything)

    mine, theirs = _latest(scoped), _latest(everything)
    for name in SCORED_TABLES:
        assert mine[name].height > 0 or name == "score_conflicts"
        _assert_same(mine[name], theirs[name], name)
    mine, theirs = _state(scoped), _state(everything)
    for name in STATE_TABLES:
        assert mine[name].height > 0, name
        _assert_same(mine[name], theirs[name], name)
