"""Consistency: how well a source's figures agree with what independent others say (pure).

Facts. Claims about the same subject and measure (case-folded) and unit, published inside the
same time window, are claims about one fact. Windows are anchored on the claims, not on the
calendar: per (subject, measure, unit) the claims are sorted by publication day, a window opens
on the first claim's day and takes every claim published within `window_days` days of it
(days opening .. opening + window_days - 1), and the first claim after that opens the next
window. So two claims a day apart are never split by a calendar boundary, and a window never
stretches by chaining (a claim joins only if it is close to the window's opening, not merely to
the previous claim). Undated claims of a (subject, measure, unit) form one window of their own.
A fact's `fact_id` is a hash of subject, measure, unit and the window's opening day, so the same
claims give the same ids on every run. A January toll and a June toll of a growing war fall in
different windows and are never compared. Claims without subject, without any number, or (with
`core_only`) not core, belong to no fact.

Votes. Each claim stands for its plausible interval (`intervals`). Inside a fact every voter
(an outlet, or an originator in the second layer) has one vote, split among its claims; a copy
group (near-identical articles, syndicated or re-published) counts once, split among the voters
that carry it; and sources that share rare exact figures across facts and (at the default
copy rate of 1 - 1e-6) almost never differ on a shared fact (ACCU, `copying`) are discounted like
copies. A vote weighs the lower end of the voter's consistency interval (CATD),
so a voter with little track record weighs little.

Consensus. The support of a point x is the sum over claims of weight * agreement(claim, x); the
consensus is the interval of points of maximal support (the region most weight agrees with:
"more than 1,000", "about 1,100" and "1,000" give 1,000..1,150) and its confidence is the share
of the fact's weight that supports it.

Leave one out. A voter is judged against the consensus of the *others*: its own claims, the
claims of its copy groups and (weighted by P(dependent)) those of sources it shares rare values
with are removed first. A voter alone on a fact is 'uncompared' there and gains nothing. Per
(voter, fact) the agreement is the mean agreement of its claims with that leave-one-out
consensus, weighed by the leave-one-out consensus's confidence; consistency is the posterior
mean of Beta(prior + sum of weighed agreement, prior + sum of weighed disagreement), and its
interval the central `interval_mass` of that Beta. Voter weights and consensus are iterated
(CRH/CATD style) until the weights settle.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import numpy as np
import polars as pl
import scipy.sparse as sp
from scipy.stats import beta as beta_dist

from credence.score.copying import dependence, independence_factors
from credence.score.intervals import agreement_expr, with_plausible_bounds
from credence.score.params import ScoringParams

_TIE = 1e-9


def fact_id_of(subject: str, measure: str, unit: str, window_start: date | None) -> str:
    """Stable id of a fact: a short hash of subject, measure, unit and window start."""
    key = "\x1f".join([subject.casefold().strip(), measure.casefold().strip(), (unit or "").casefold(), str(window_start)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def anchored_window_starts(group: np.ndarray, day: np.ndarray, window_days: int) -> np.ndarray:
    """Per row, the opening day of its window (see the module docstring).

    group: integer code of the row's (subject, measure, unit); day: days since 1970-01-01.
    Rows need not be sorted. Vectorized over rows: the loop runs once per window a group needs
    (each round opens, in every group at once, the window of its earliest unassigned day).
    """
    start = np.full(day.shape[0], np.iinfo(np.int64).min, dtype=np.int64)
    if day.size == 0:
        return start
    order = np.lexsort((day, group))
    g, d = group[order], day[order]
    pending = np.arange(order.size)
    opened = np.empty(order.size, dtype=np.int64)
    while pending.size:
        pg = g[pending]
        first = np.flatnonzero(np.r_[True, pg[1:] != pg[:-1]])
        # Each pending row's group, as an index into `first` (pending rows are sorted by group).
        anchor = d[pending[first]][np.cumsum(np.r_[True, pg[1:] != pg[:-1]]) - 1]
        inside = d[pending] < anchor + window_days
        opened[pending[inside]] = anchor[inside]
        pending = pending[~inside]
    start[order] = opened
    return start


def with_facts(claims: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Claims with plausible bounds and fact_id, window_start, window_end (null: no fact)."""
    frame = with_plausible_bounds(claims, params).with_row_index("_row")
    key = [
        pl.col("subject").fill_null("").str.strip_chars().str.to_lowercase().alias("_subject"),
        pl.col("measure").fill_null("").str.strip_chars().str.to_lowercase().alias("_measure"),
        pl.col("unit").fill_null("").str.to_lowercase().alias("_unit"),
    ]
    frame = frame.with_columns(*key, _day=pl.col("published_at").cast(pl.Date).cast(pl.Int64))
    dated = frame.filter(pl.col("_day").is_not_null())
    group = dated.select(pl.struct("_subject", "_measure", "_unit").rank("dense")).to_series().to_numpy()
    starts = anchored_window_starts(group.astype(np.int64), dated["_day"].to_numpy(), params.window_days)
    opened = dated.select("_row", _start=pl.Series(starts, dtype=pl.Int64))
    frame = (
        frame.join(opened, on="_row", how="left")
        .with_columns(window_start=pl.col("_start").cast(pl.Int32).cast(pl.Date))
        .with_columns(window_end=(pl.col("window_start") + pl.duration(days=params.window_days - 1)).cast(pl.Date))
    )
    comparable = (
        pl.col("subject").is_not_null()
        & (pl.col("subject").str.strip_chars() != "")
        & pl.col("measure").is_not_null()
        & pl.col("plausible_low").is_not_null()
        & pl.col("plausible_low").is_finite()
        & pl.col("plausible_high").is_finite()
    )
    if params.core_only:
        comparable = comparable & pl.col("core").fill_null(False)
    keys = frame.select("_subject", "_measure", "_unit", "window_start").unique()
    keys = keys.with_columns(
        fact_id=pl.Series([fact_id_of(s, m, u, w) for s, m, u, w in keys.iter_rows()], dtype=pl.String)
    )
    frame = frame.join(keys, on=["_subject", "_measure", "_unit", "window_start"], how="left", nulls_equal=True)
    frame = frame.with_columns(fact_id=pl.when(comparable).then(pl.col("fact_id")))
    return frame.sort("_row").drop("_row", "_subject", "_measure", "_unit", "_day", "_start")


@dataclass(frozen=True)
class Consistency:
    """Consistency per voter, leave-one-out judgement per claim, consensus per fact."""

    sources: pl.DataFrame  # source, consistency_score, consistency_low, consistency_high, n_compared, n_facts_compared
    claims: pl.DataFrame  # claim_id, source, fact_id, agreement, loo_consensus_low, loo_consensus_high, role
    facts: pl.DataFrame  # fact_id, consensus_low, consensus_high, consensus_confidence, n_sources, n_claims
    fact_claims: pl.DataFrame  # fact_id, claim_id, source, agreement, agrees_with_consensus
    conflicts: pl.DataFrame  # source, claim_id, fact_id, conflicting_claim_id, conflicting_source, agreement


def _beta(successes: np.ndarray, failures: np.ndarray, mass: float) -> tuple[np.ndarray, np.ndarray]:
    tail = (1 - mass) / 2
    return beta_dist.ppf(tail, successes, failures), beta_dist.ppf(1 - tail, successes, failures)


def _region(support: pl.DataFrame, group: list[str], value: str, slack: float) -> pl.DataFrame:
    """Per group, the interval of points whose support is within `slack` of the maximum, and
    that maximum."""
    best = pl.col(value).max().over(group)
    return (
        support.filter(pl.col(value) >= best * (1 - slack) - _TIE)
        .group_by(group)
        .agg(pl.col("x").min().alias("low"), pl.col("x").max().alias("high"), pl.col(value).max().alias("best"))
    )


def _value_key() -> pl.Expr:
    # Two claims give "the same figure" when their plausible intervals are identical.
    return pl.concat_str(
        pl.col("fact_id"), pl.col("plausible_low").round(6).cast(pl.String), pl.col("plausible_high").round(6).cast(pl.String),
        separator="|",
    ).alias("value_key")


def _dependent_pairs(voting: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """(source, other, probability) of sources sharing rare exact figures across facts."""
    empty = pl.DataFrame(schema={"source": pl.String, "other": pl.String, "dep": pl.Float64})
    if not params.truth.detect_copying or voting.height == 0:
        return empty
    keyed = voting.with_columns(_value_key()).unique(["source", "value_key"])
    sources = keyed["source"].unique().sort()
    facts = keyed["fact_id"].unique().sort()
    values = keyed.select("fact_id", "value_key").unique().sort("value_key")
    src = keyed.join(sources.to_frame().with_row_index("s"), on="source")
    src = src.join(values.with_row_index("v").drop("fact_id"), on="value_key")
    src = src.join(facts.to_frame().with_row_index("f"), on="fact_id")
    cand_item = values.join(facts.to_frame().with_row_index("f"), on="fact_id").sort("value_key")["f"].to_numpy().astype(np.int64)
    per_fact = src.group_by("f").agg(pl.col("v").n_unique().alias("k"))
    src = src.join(per_fact, on="f").filter(pl.col("k") > 1)
    if src.height == 0:
        return empty
    src = src.with_columns(w=1.0 / pl.len().over("s", "f"))
    matrix = dependence(
        src["s"].to_numpy().astype(np.int64), src["v"].to_numpy().astype(np.int64), cand_item,
        src["w"].to_numpy(), sources.len(), params.truth,
    ).tocoo()
    if matrix.nnz == 0:
        return empty
    return pl.DataFrame(
        {"source": sources.gather(matrix.row), "other": sources.gather(matrix.col), "dep": matrix.data}
    )


def _independence(voting: pl.DataFrame, pairs: pl.DataFrame, weights: dict[str, float], copy_rate: float) -> pl.Series:
    """Per voting claim, the share of its vote that is its own after ACCU's discount."""
    if pairs.height == 0:
        return pl.Series("own", np.ones(voting.height))
    sources = voting["source"].unique().sort()
    codes = dict(zip(sources.to_list(), range(sources.len()), strict=True))
    keyed = voting.with_columns(_value_key())
    value_codes = keyed["value_key"].rank("dense").cast(pl.Int64).to_numpy() - 1
    dep = sp.csr_matrix(
        (pairs["dep"].to_numpy(), (pairs["source"].replace_strict(codes).to_numpy(), pairs["other"].replace_strict(codes).to_numpy())),
        shape=(sources.len(), sources.len()),
    )
    accuracy = np.array([weights.get(s, 0.0) for s in sources.to_list()])
    src = voting["source"].replace_strict(codes).to_numpy().astype(np.int64)
    return pl.Series("own", independence_factors(src, value_codes, accuracy, dep, int(value_codes.max()) + 1, copy_rate))


def _exclusions(voting: pl.DataFrame, pairs: pl.DataFrame) -> pl.DataFrame:
    """(fact_id, judged, claim_id, phi): how much of each claim to remove from the consensus
    when judging source `judged` on that fact (1 for its own claims and its copy groups' claims,
    P(dependent) for claims of sources it shares rare values with)."""
    voters = voting.select("fact_id", pl.col("source").alias("judged")).unique()
    claims = voting.select("fact_id", "claim_id", "source", "copy_group")
    own_groups = voting.select("fact_id", pl.col("source").alias("judged"), "copy_group").unique()
    own = voters.join(claims, left_on=["fact_id", "judged"], right_on=["fact_id", "source"]).select(
        "fact_id", "judged", "claim_id", phi=pl.lit(1.0)
    )
    copies = own_groups.join(claims, on=["fact_id", "copy_group"]).select("fact_id", "judged", "claim_id", phi=pl.lit(1.0))
    parts = [own, copies]
    if pairs.height:
        dependent = (
            voters.join(pairs, left_on="judged", right_on="source")
            .join(claims, left_on=["fact_id", "other"], right_on=["fact_id", "source"])
            .select("fact_id", "judged", "claim_id", phi=pl.col("dep"))
        )
        parts.append(dependent)
    return pl.concat(parts).group_by("fact_id", "judged", "claim_id").agg(pl.col("phi").max())


def consistency(voting: pl.DataFrame, params: ScoringParams) -> Consistency:
    """Iterate voter weights and leave-one-out consensus (see the module docstring).

    voting: one row per claim that belongs to a fact, with columns claim_id, source (the voter),
    copy_group, fact_id, plausible_low, plausible_high.
    """
    mass = params.interval_mass
    a0 = params.consistency_prior * params.consistency_prior_strength
    b0 = (1 - params.consistency_prior) * params.consistency_prior_strength
    voting = voting.select("claim_id", "source", "copy_group", "fact_id", "plausible_low", "plausible_high")
    if voting.height == 0:
        return _empty_consistency()
    voting = voting.with_columns(
        base=1.0 / (pl.len().over("fact_id", "source") * pl.col("source").n_unique().over("fact_id", "copy_group"))
    )
    prior_low, _ = _beta(np.array([a0]), np.array([b0]), mass)
    sources = voting["source"].unique().sort().to_list()
    weights = dict.fromkeys(sources, float(max(prior_low[0], 1e-3)))
    pairs = _dependent_pairs(voting, params)
    exclusions = _exclusions(voting, pairs)
    points = (
        pl.concat([voting.select("fact_id", x="plausible_low"), voting.select("fact_id", x="plausible_high")])
        .unique()
    )
    scale = params.agreement_scale
    curve = voting.join(points, on="fact_id").with_columns(
        fit=agreement_expr("plausible_low", "plausible_high", "x", "x", scale)
    ).select("fact_id", "claim_id", "x", "fit")

    judged = pl.DataFrame()
    for _ in range(params.truth.max_iterations):
        own = _independence(voting, pairs, weights, params.truth.copy_rate)
        weighted = voting.with_columns(own, voter=pl.col("source").replace_strict(weights, return_dtype=pl.Float64))
        weighted = weighted.with_columns(w=pl.col("base") * pl.col("voter") * pl.col("own")).select("fact_id", "claim_id", "source", "w")
        contrib = curve.join(weighted.select("claim_id", "w"), on="claim_id").with_columns(c=pl.col("w") * pl.col("fit"))
        total = contrib.group_by("fact_id", "x").agg(pl.col("c").sum().alias("total"))
        fact_weight = weighted.group_by("fact_id").agg(pl.col("w").sum().alias("fact_w"))
        removed = (
            exclusions.join(contrib.select("claim_id", "x", "c"), on="claim_id")
            .group_by("fact_id", "judged", "x")
            .agg((pl.col("phi") * pl.col("c")).sum().alias("removed"))
        )
        removed_w = (
            exclusions.join(weighted.select("claim_id", "w"), on="claim_id")
            .group_by("fact_id", "judged")
            .agg((pl.col("phi") * pl.col("w")).sum().alias("removed_w"))
        )
        loo = (
            removed.join(total, on=["fact_id", "x"])
            .with_columns(loo=(pl.col("total") - pl.col("removed")).clip(lower_bound=0.0))
        )
        region = _region(loo, ["fact_id", "judged"], "loo", params.consensus_slack)
        region = (
            region.join(removed_w, on=["fact_id", "judged"])
            .join(fact_weight, on="fact_id")
            .with_columns(rest=(pl.col("fact_w") - pl.col("removed_w")).clip(lower_bound=0.0))
            .with_columns(
                compared=pl.col("rest") > _TIE,
                strength=pl.when(pl.col("rest") > _TIE).then((pl.col("best") / pl.col("rest")).clip(0.0, 1.0)).otherwise(0.0),
            )
        )
        judged = (
            voting.join(region, left_on=["fact_id", "source"], right_on=["fact_id", "judged"])
            .with_columns(agreement=agreement_expr("plausible_low", "plausible_high", "low", "high", scale))
        )
        per_fact = (
            judged.filter("compared")
            .group_by("source", "fact_id")
            .agg(pl.col("agreement").mean(), pl.col("strength").first())
        )
        per_source = per_fact.group_by("source").agg(
            (pl.col("strength") * pl.col("agreement")).sum().alias("agree"),
            (pl.col("strength") * (1 - pl.col("agreement"))).sum().alias("disagree"),
            pl.len().alias("n_facts_compared"),
        )
        stats = pl.DataFrame({"source": sources}).join(per_source, on="source", how="left").fill_null(0)
        right = stats["agree"].to_numpy() + a0
        wrong = stats["disagree"].to_numpy() + b0
        low, _ = _beta(right, wrong, mass)
        updated = dict(zip(sources, np.maximum(low, 1e-3).tolist(), strict=True))
        moved = max(abs(updated[s] - weights[s]) for s in sources) if sources else 0.0
        weights = updated
        if moved < params.truth.tolerance:
            break

    low, high = _beta(right, wrong, mass)
    n_compared = judged.filter("compared").group_by("source").len().rename({"len": "n_compared"})
    enough = stats["n_facts_compared"].to_numpy() >= params.min_compared
    source_table = (
        stats.select("source", "n_facts_compared")
        .with_columns(
            consistency_score=pl.Series(np.where(enough, right / (right + wrong), np.nan)).fill_nan(None),
            consistency_low=pl.Series(low),
            consistency_high=pl.Series(high),
        )
        .join(n_compared, on="source", how="left")
        .with_columns(pl.col("n_compared").fill_null(0).cast(pl.UInt32), pl.col("n_facts_compared").cast(pl.UInt32))
    )
    claim_table = judged.select(
        "claim_id", "source", "fact_id",
        agreement=pl.when("compared").then(pl.col("agreement")),
        loo_consensus_low=pl.when("compared").then(pl.col("low")),
        loo_consensus_high=pl.when("compared").then(pl.col("high")),
        role=pl.when(~pl.col("compared")).then(pl.lit("uncompared"))
        .when(pl.col("agreement") >= params.support_threshold).then(pl.lit("supports"))
        .otherwise(pl.lit("conflicts")),
    )
    consensus = _region(total, ["fact_id"], "total", params.consensus_slack).join(fact_weight, on="fact_id")
    counts = voting.group_by("fact_id").agg(pl.col("source").n_unique().cast(pl.UInt32).alias("n_sources"), pl.len().cast(pl.UInt32).alias("n_claims"))
    fact_table = consensus.join(counts, on="fact_id").select(
        "fact_id",
        consensus_low=pl.col("low"),
        consensus_high=pl.col("high"),
        consensus_confidence=(pl.col("best") / pl.col("fact_w")).clip(0.0, 1.0),
        n_sources="n_sources",
        n_claims="n_claims",
    )
    fact_claims = (
        voting.join(fact_table.select("fact_id", "consensus_low", "consensus_high"), on="fact_id")
        .with_columns(agreement=agreement_expr("plausible_low", "plausible_high", "consensus_low", "consensus_high", scale))
        .select("fact_id", "claim_id", "source", "agreement", agrees_with_consensus=pl.col("agreement") >= params.support_threshold)
    )
    conflicts = _conflicts(voting, exclusions, params)
    return Consistency(source_table, claim_table, fact_table, fact_claims, conflicts)


def _empty_consistency() -> Consistency:
    return Consistency(
        sources=pl.DataFrame(schema={
            "source": pl.String, "n_facts_compared": pl.UInt32, "consistency_score": pl.Float64,
            "consistency_low": pl.Float64, "consistency_high": pl.Float64, "n_compared": pl.UInt32,
        }),
        claims=pl.DataFrame(schema={
            "claim_id": pl.String, "source": pl.String, "fact_id": pl.String, "agreement": pl.Float64,
            "loo_consensus_low": pl.Float64, "loo_consensus_high": pl.Float64, "role": pl.String,
        }),
        facts=pl.DataFrame(schema={
            "fact_id": pl.String, "consensus_low": pl.Float64, "consensus_high": pl.Float64,
            "consensus_confidence": pl.Float64, "n_sources": pl.UInt32, "n_claims": pl.UInt32,
        }),
        fact_claims=pl.DataFrame(schema={
            "fact_id": pl.String, "claim_id": pl.String, "source": pl.String, "agreement": pl.Float64,
            "agrees_with_consensus": pl.Boolean,
        }),
        conflicts=pl.DataFrame(schema={
            "source": pl.String, "claim_id": pl.String, "fact_id": pl.String, "conflicting_claim_id": pl.String,
            "conflicting_source": pl.String, "agreement": pl.Float64,
        }),
    )


def _conflicts(voting: pl.DataFrame, exclusions: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Per claim, the claims of independent other sources on the same fact that disagree with it."""
    left = voting.select("fact_id", "claim_id", "source", "plausible_low", "plausible_high")
    right = voting.select(
        "fact_id", conflicting_claim_id="claim_id", conflicting_source="source", other_low="plausible_low", other_high="plausible_high"
    )
    excluded = exclusions.filter(pl.col("phi") >= 0.5).select(
        "fact_id", source="judged", conflicting_claim_id="claim_id", skip=pl.lit(True)
    )
    return (
        left.join(right, on="fact_id")
        .filter(pl.col("source") != pl.col("conflicting_source"))
        .join(excluded, on=["fact_id", "source", "conflicting_claim_id"], how="left")
        .filter(pl.col("skip").is_null())
        .with_columns(agreement=agreement_expr("plausible_low", "plausible_high", "other_low", "other_high", params.agreement_scale))
        .filter(pl.col("agreement") < params.support_threshold)
        .select("source", "claim_id", "fact_id", "conflicting_claim_id", "conflicting_source", "agreement")
    )

