"""What interval of values a claim allows, and how far two such intervals agree (pure).

A claim arrives as value_low/value_high plus a qualifier (see credence.model.QUALIFIERS). Its
plausible interval widens the stated numbers by what the words allow:

| qualifier   | plausible interval                                   | example                         |
| ----------- | ---------------------------------------------------- | ------------------------------- |
| exact       | low*(1-e) .. high*(1+e), e = exact_tolerance         | "600"        -> 588..612        |
| approx      | low*(1-t) .. high*(1+t), t = approx_tolerance        | "about 1,100" -> 935..1,265     |
| range       | low*(1-e) .. high*(1+e)                              | "600 to 800" -> 588..816        |
| lower_bound | low .. high, or low*bound_span when high is open     | "more than 1,000" -> 1,000..10,000 |
| upper_bound | low, or high/bound_span when low is open, .. high    | "fewer than 500" -> 50..500     |
| vague       | low .. high, or low*vague_span when high is open     | "thousands" (2,000) -> 2,000..20,000 |

Agreement of two intervals is 1 when they overlap and exp(-gap / (scale * magnitude)) when they
do not, magnitude being the larger absolute value of the two facing edges: a relative gap, so
"600" against "about 1,000" (850..1,150) scores exp(-0.29/0.05) ~ 0.003, "1,300" against it
~ 0.14 and an exact "1,100" against an exact "1,000" ~ 0.34 (a conflict). Only polars expressions and numpy: no loop per claim.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from credence.score.params import ScoringParams


def _ordered(a: pl.Expr, b: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    # Scaling a negative figure (a fall of -2 %) flips the ends: keep low <= high.
    return pl.min_horizontal(a, b), pl.max_horizontal(a, b)


def plausible_bounds(params: ScoringParams) -> tuple[pl.Expr, pl.Expr]:
    """Expressions (plausible_low, plausible_high) over columns value_low, value_high, qualifier.

    Null when the claim states no number at all.
    """
    low, high, q = pl.col("value_low"), pl.col("value_high"), pl.col("qualifier")
    given_low = pl.coalesce(low, high)
    given_high = pl.coalesce(high, low)
    e, t = params.exact_tolerance, params.approx_tolerance
    lo = (
        pl.when(q == "approx")
        .then(given_low * (1 - t))
        .when(q.is_in(["lower_bound", "vague"]))
        .then(pl.coalesce(low, high))
        .when(q == "upper_bound")
        .then(pl.coalesce(low, high / params.bound_span))
        .otherwise(given_low * (1 - e))
    )
    hi = (
        pl.when(q == "approx")
        .then(given_high * (1 + t))
        .when(q == "lower_bound")
        .then(pl.coalesce(high, low * params.bound_span))
        .when(q == "vague")
        .then(pl.coalesce(high, low * params.vague_span))
        .when(q == "upper_bound")
        .then(pl.coalesce(high, low))
        .otherwise(given_high * (1 + e))
    )
    ordered_lo, ordered_hi = _ordered(lo, hi)
    return ordered_lo.alias("plausible_low"), ordered_hi.alias("plausible_high")


def with_plausible_bounds(claims: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """The claims with plausible_low / plausible_high columns added."""
    return claims.with_columns(*plausible_bounds(params))


def interval_agreement(
    low_a: np.ndarray, high_a: np.ndarray, low_b: np.ndarray, high_b: np.ndarray, scale: float
) -> np.ndarray:
    """Elementwise agreement in [0, 1] of intervals a and b: 1 when they overlap, else
    exp(-gap / (scale * magnitude)) with magnitude the larger |edge| facing the gap."""
    inner_low = np.maximum(low_a, low_b, dtype=np.float64)
    inner_high = np.minimum(high_a, high_b, dtype=np.float64)
    # In place from here: the same arithmetic as exp(-gap / (scale * magnitude)), without the
    # temporaries (this runs over millions of claim/point pairs).
    gap = np.subtract(inner_low, inner_high)
    np.maximum(gap, 0.0, out=gap)
    magnitude = np.maximum(
        np.abs(inner_low, out=inner_low), np.abs(inner_high, out=inner_high), out=inner_low
    )
    np.maximum(magnitude, 1e-9, out=magnitude)
    magnitude *= scale
    np.divide(gap, magnitude, out=gap)
    np.negative(gap, out=gap)
    return np.exp(gap, out=gap)


def agreement_expr(low_a: str, high_a: str, low_b: str, high_b: str, scale: float) -> pl.Expr:
    """The same agreement as a polars expression over four columns."""
    inner_low = pl.max_horizontal(pl.col(low_a), pl.col(low_b))
    inner_high = pl.min_horizontal(pl.col(high_a), pl.col(high_b))
    gap = (inner_low - inner_high).clip(lower_bound=0.0)
    magnitude = pl.max_horizontal(inner_low.abs(), inner_high.abs()).clip(lower_bound=1e-9)
    return (-gap / (magnitude * scale)).exp()
