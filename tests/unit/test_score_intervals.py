"""Interval agreement: what a claim's words allow, and when two claims agree.

The cases are the ones the issue names: "more than 1,000" agrees with "about 1,100",
"thousands" with 12,000, and an approximate figure gets a tolerance an exact one does not.
"""

import numpy as np
import polars as pl
import pytest

from credence.score import ScoringParams
from credence.score.intervals import interval_agreement, with_plausible_bounds

PARAMS = ScoringParams()


def bounds(low, high, qualifier):
    frame = pl.DataFrame(
        {"value_low": [low], "value_high": [high], "qualifier": [qualifier]},
        schema={"value_low": pl.Float64, "value_high": pl.Float64, "qualifier": pl.String},
    )
    row = with_plausible_bounds(frame, PARAMS).row(0, named=True)
    return row["plausible_low"], row["plausible_high"]


def agreement(a, b):
    (la, ha), (lb, hb) = bounds(*a), bounds(*b)
    return float(
        interval_agreement(
            np.array([la]), np.array([ha]), np.array([lb]), np.array([hb]), PARAMS.agreement_scale
        )[0]
    )


def test_more_than_a_thousand_agrees_with_about_eleven_hundred():
    assert agreement((1000, None, "lower_bound"), (1100, 1100, "approx")) == 1.0


def test_thousands_agrees_with_twelve_thousand():
    assert agreement((2000, None, "vague"), (12000, 12000, "exact")) == 1.0


def test_thousands_does_not_agree_with_six_hundred():
    assert agreement((2000, None, "vague"), (600, 600, "exact")) < 0.05


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [("approx", 1.0), ("exact", None)],
)
def test_approximate_figure_tolerates_what_an_exact_one_does_not(qualifier, expected):
    # "about 1,000" reaches 1,120; a bare "1,000" does not.
    score = agreement((1000, 1000, qualifier), (1120, 1120, "exact"))
    if expected is None:
        assert score < PARAMS.support_threshold
    else:
        assert score == expected


def test_more_than_a_thousand_does_not_stretch_to_a_hundred_thousand():
    assert agreement((1000, None, "lower_bound"), (100000, 100000, "exact")) < 0.01


def test_upper_bound_reaches_down_one_order_of_magnitude():
    assert bounds(None, 500, "upper_bound") == pytest.approx((50, 500))


def test_negative_figures_keep_low_below_high():
    low, high = bounds(-2.0, -2.0, "approx")
    assert low < high
