"""Scoring engine (pure): truth discovery over claims, and reliability of outlets and originators."""

from credence.score.params import ScoringParams, TruthParams
from credence.score.truth import TruthResult, discover_truth

__all__ = ["ScoringParams", "TruthParams", "TruthResult", "discover_truth"]
