"""Attribution quality: how traceable a source's figures are to who said them (pure).

Per claim a weight by attribution kind (`ScoringParams.attribution_weights`: person 1.0 >
organization 0.8 ~ document 0.75 > anonymous 0.4 > vague 0.2 > none 0.0), multiplied by
`hedge_factor` when the claim is hedged ("reportedly"). Per source: the claims are first folded
so that near-identical copies of one article count once (same copy group, measure, subject and
figures); each direct quote then adds `quote_weight` of a claim, worth 1 when its speaker is
identified (a speaker and a kind other than 'unknown') and 0 when not. The attribution score is
the posterior mean of Beta(prior + sum of weights, prior + sum of (1 - weight)), the interval
its central `interval_mass`; below `min_claims` claims the score is null (the interval stays).
Also reported: the count of claims of each kind, of hedged claims, and of identified and
unidentified quotes.
"""

from __future__ import annotations

import numpy as np
import polars as pl
from scipy.stats import beta as beta_dist

from credence.model import ATTRIBUTION_KINDS
from credence.score.params import ScoringParams


def claim_weight(params: ScoringParams) -> pl.Expr:
    """Expression: the attribution weight of a claim, from attribution_kind and hedged."""
    kind = pl.col("attribution_kind").replace_strict(
        dict(params.attribution_weights), default=0.0, return_dtype=pl.Float64
    )
    return (kind * pl.when(pl.col("hedged").fill_null(False)).then(params.hedge_factor).otherwise(1.0)).alias(
        "attribution_weight"
    )


def _distinct_claims(claims: pl.DataFrame) -> pl.DataFrame:
    # One article re-published verbatim states each figure once, whoever carries it.
    return claims.unique(
        [
            "source",
            "copy_group",
            "measure",
            "subject",
            "value_low",
            "value_high",
            "qualifier",
            "attribution_kind",
            "hedged",
        ],
        keep="first",
        maintain_order=True,
    )


def identified_quotes() -> pl.Expr:
    """Expression: the quote has an identified speaker."""
    return (
        pl.col("speaker").is_not_null()
        & (pl.col("speaker").str.strip_chars() != "")
        & (pl.col("speaker_kind") != "unknown")
    )


TOTAL_COLUMNS = {
    "n_claims": pl.UInt32,
    "weight_sum": pl.Float64,
    **{f"n_{kind}": pl.UInt32 for kind in ATTRIBUTION_KINDS},
    "n_hedged": pl.UInt32,
    "quotes_identified": pl.UInt32,
    "quotes_unidentified": pl.UInt32,
}


def claim_totals(
    claims: pl.DataFrame, params: ScoringParams, by: tuple[str, ...] = ("source",)
) -> pl.DataFrame:
    """Per `by` (a source, or a source and copy group): the claims' part of `attribution_totals`.

    Copies fold within a copy group only, so a source's part is the sum of its copy groups' parts:
    an incremental scoring recounts the groups a new article joins and keeps the rest."""
    weighted = _distinct_claims(claims).with_columns(claim_weight(params))
    kinds = [
        (pl.col("attribution_kind") == kind).sum().cast(pl.UInt32).alias(f"n_{kind}")
        for kind in ATTRIBUTION_KINDS
    ]
    return weighted.group_by(*by).agg(
        pl.len().cast(pl.UInt32).alias("n_claims"),
        pl.col("attribution_weight").sum().alias("weight_sum"),
        pl.col("hedged").fill_null(False).sum().cast(pl.UInt32).alias("n_hedged"),
        *kinds,
    )


def quote_totals(quotes: pl.DataFrame) -> pl.DataFrame:
    """Per source: its identified and unidentified quotes."""
    return (
        quotes.with_columns(identified=identified_quotes())
        .group_by("source")
        .agg(
            pl.col("identified").sum().cast(pl.UInt32).alias("quotes_identified"),
            (~pl.col("identified")).sum().cast(pl.UInt32).alias("quotes_unidentified"),
        )
    )


def attribution_totals(claims: pl.DataFrame, quotes: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Per source: the counts an attribution score is computed from (`TOTAL_COLUMNS`, weight_sum the
    summed weight of its distinct claims); `attribution_from_totals` turns them into the score."""
    table = claim_totals(claims, params).join(quote_totals(quotes), on="source", how="full", coalesce=True)
    return table.select(
        "source",
        *[
            pl.col(c).fill_null(0.0 if c == "weight_sum" else 0).cast(dtype)
            for c, dtype in TOTAL_COLUMNS.items()
        ],
    )


def attribution_from_totals(table: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Per source: attribution_score/low/high and the counts, from `attribution_totals`."""
    a0 = params.attribution_prior * params.attribution_prior_strength
    b0 = (1 - params.attribution_prior) * params.attribution_prior_strength
    q = params.quote_weight
    right = table["weight_sum"].to_numpy() + q * table["quotes_identified"].to_numpy() + a0
    wrong = (
        (table["n_claims"].to_numpy() - table["weight_sum"].to_numpy())
        + q * table["quotes_unidentified"].to_numpy()
        + b0
    )
    tail = (1 - params.interval_mass) / 2
    enough = table["n_claims"].to_numpy() >= params.min_claims
    return table.with_columns(
        attribution_score=pl.Series(np.where(enough, right / (right + wrong), np.nan)).fill_nan(None),
        attribution_low=pl.Series(beta_dist.ppf(tail, right, wrong)),
        attribution_high=pl.Series(beta_dist.ppf(1 - tail, right, wrong)),
    ).drop("weight_sum")


def attribution_scores(claims: pl.DataFrame, quotes: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Per source: attribution_score/low/high, n_claims, n_<kind> per kind, n_hedged,
    quotes_identified, quotes_unidentified.

    claims: columns source, copy_group, measure, subject, value_low, value_high, qualifier,
    attribution_kind, hedged. quotes: columns source, speaker, speaker_kind.
    """
    return attribution_from_totals(attribution_totals(claims, quotes, params), params)
