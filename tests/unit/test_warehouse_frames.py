"""Warehouse frames: which of a run's score rows the score history keeps."""

from datetime import datetime

import polars as pl

from warehouse.frames import score_changes

AT = datetime(2026, 1, 2, 3, 4, 5)


def _scores(run_id: str, rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(
        [(run_id, *r, AT) for r in rows],
        schema={
            "run_id": pl.String,
            "source_id": pl.String,
            "source_kind": pl.String,
            "reliability_score": pl.Float64,
            "n_claims": pl.Int32,
            "scored_at": pl.Datetime("us"),
        },
        orient="row",
    )


def test_a_first_scoring_keeps_every_row():
    scores = _scores("r1", [("A", "outlet", 0.5, 3), ("B", "outlet", None, 1)])

    kept = score_changes(None, scores, "r1", AT)

    assert kept.drop("dropped").equals(scores) and not kept["dropped"].any()


def test_rows_equal_to_the_latest_scoring_are_not_kept_again_nulls_included():
    latest = _scores("r1", [("A", "outlet", 0.5, 3), ("B", "outlet", None, 1), ("C", "originator", 0.9, 2)])
    scores = _scores("r2", [("A", "outlet", 0.5, 3), ("B", "outlet", None, 1), ("C", "originator", 0.8, 2),
                            ("D", "outlet", 0.7, 1)])  # fmt: skip

    kept = score_changes(latest, scores, "r2", AT)

    assert kept.select("source_id", "reliability_score", "dropped").rows() == [
        ("C", 0.8, False),
        ("D", 0.7, False),
    ]
    assert set(kept["run_id"]) == {"r2"}


def test_a_source_the_run_no_longer_scores_is_kept_as_dropped_with_no_figures():
    latest = _scores("r1", [("A", "outlet", 0.5, 3), ("B", "originator", 0.4, 1)])
    scores = _scores("r2", [("A", "outlet", 0.5, 3)])

    kept = score_changes(latest, scores, "r2", AT)

    assert kept.rows(named=True) == [
        {"run_id": "r2", "source_id": "B", "source_kind": "originator", "reliability_score": None,
         "n_claims": None, "scored_at": AT, "dropped": True},
    ]  # fmt: skip


def test_a_run_scoring_no_source_drops_every_one():
    latest = _scores("r1", [("A", "outlet", 0.5, 3)])

    kept = score_changes(latest, _scores("r2", []), "r2", AT)

    assert kept.select("run_id", "source_id", "dropped").rows() == [("r2", "A", True)]
