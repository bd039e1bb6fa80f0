"""Scoring engine (pure): truth discovery over claims, and reliability of outlets and originators.

Imports polars, numpy and scipy only; nothing from flows, warehouse, dashboard or the CLI.

* `discover_truth(claims, TruthParams)` — generic truth discovery over `source, item, value
  [, observed_at]` tables (categorical, numeric or set values): `TruthResult.sources`
  (source, reliability, low, high, n_claims) and `.truths` (item, value, confidence). See `truth`.
* `score_sources(claims, quotes, ScoringParams)` — outlets and the originators they cite, scored
  on consistency and attribution, with facts, evidence, fact_claims and conflicts for the
  dashboard. See `sources` for the column contracts and `consistency`, `attribution`,
  `reliability` for the formulas.
"""

from credence.score.params import ATTRIBUTION_WEIGHTS, ScoringParams, TruthParams
from credence.score.reliability import INSUFFICIENT
from credence.score.sources import (
    Added,
    NeedsAllClaims,
    PreviousFit,
    ScoreState,
    SourceScoring,
    fact_keys,
    refit_due,
    score_sources,
    strongest_conflicts,
)
from credence.score.truth import TruthResult, discover_truth

__all__ = [
    "ATTRIBUTION_WEIGHTS",
    "Added",
    "INSUFFICIENT",
    "NeedsAllClaims",
    "PreviousFit",
    "ScoreState",
    "ScoringParams",
    "SourceScoring",
    "TruthParams",
    "TruthResult",
    "discover_truth",
    "fact_keys",
    "refit_due",
    "score_sources",
    "strongest_conflicts",
]
