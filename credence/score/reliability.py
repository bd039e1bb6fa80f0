"""Reliability: the documented, configurable combination of consistency and attribution (pure).

    reliability = w * consistency + (1 - w) * attribution,      w = ScoringParams.consistency_weight

The interval combines the two intervals the same way (low = w * c_low + (1 - w) * a_low, and the
same for high): each end is the weighted sum of the component ends, which is conservative (at
least as wide as the interval of the combined Beta posteriors would be). A source's status is
'ok' when both components have their minimum evidence (`min_compared` facts compared with other
sources and `min_claims` claims); otherwise 'insufficient evidence', and reliability_score is
null while its interval, built from the components' posterior intervals, stays (wide).
"""

from __future__ import annotations

import polars as pl

from credence.score.params import ScoringParams

INSUFFICIENT = "insufficient evidence"


def with_reliability(scores: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Scores with reliability_score/low/high and evidence_status added.

    scores: columns consistency_score/low/high and attribution_score/low/high (scores may be
    null when their component lacks evidence; bounds may not).
    """
    w = params.consistency_weight
    ok = pl.col("consistency_score").is_not_null() & pl.col("attribution_score").is_not_null()
    return scores.with_columns(
        reliability_score=pl.when(ok).then(
            w * pl.col("consistency_score") + (1 - w) * pl.col("attribution_score")
        ),
        reliability_low=w * pl.col("consistency_low") + (1 - w) * pl.col("attribution_low"),
        reliability_high=w * pl.col("consistency_high") + (1 - w) * pl.col("attribution_high"),
        evidence_status=pl.when(ok).then(pl.lit("ok")).otherwise(pl.lit(INSUFFICIENT)),
    )
