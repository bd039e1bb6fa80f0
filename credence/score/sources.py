"""Scores of news outlets and of the originators they cite, with the evidence behind each (pure).

`score_sources(claims, quotes, params)` runs two layers over the same claims:

* outlets: the voter of a claim is its `source` (the publishing outlet);
* originators: the voter is the claim's `originator` (the cited source, already canonicalized:
  "South Korean intelligence", "KCNA", a named general); only claims with an originator take
  part, so the originators' consensus is built from attributed figures alone.

Each layer computes consistency (`consistency`: leave-one-out agreement with reliability-weighted
interval consensus, copies counted once) and attribution quality (`attribution`), combined into
reliability (`reliability`). Input columns (exactly these names):

    claims: claim_id, article_id, source, published_at, copy_group, measure, subject, core,
            value_low, value_high, qualifier, unit, attribution_kind, originator, hedged,
            counted (optional: the counted noun as written; when absent every claim counts the
            whole of its measure)
    quotes: article_id, source, speaker, speaker_kind

Output `SourceScoring` (polars frames):

* scores — one row per scored source: source_id, source_kind ('outlet' | 'originator'),
  reliability_score/low/high, consistency_score/low/high, attribution_score/low/high,
  n_claims, n_compared (claims that had independent other sources to compare with),
  evidence_status ('ok' | 'insufficient evidence'), n_person, n_organization, n_document,
  n_anonymous, n_vague, n_none, n_hedged, quotes_identified, quotes_unidentified.
  Scores lie in [0, 1] and low <= score <= high. A component score is null when its own
  minimum evidence is missing (`min_compared` facts compared / `min_claims` claims), and
  reliability_score is null whenever evidence_status is 'insufficient evidence'; the intervals
  are always present (the Beta posterior, wide when evidence is thin).
* facts — one row per fact, the outlets' consensus: fact_id, subject, measure, unit, counted
  (what is counted, as the fact's key reads it: null for the whole of the measure, else e.g.
  "child", "troop", "civilian"), window_start, window_end, consensus_low, consensus_high,
  consensus_confidence, n_sources, n_claims. For a cumulative count read in publication order
  the consensus is that of the latest day a claim of that day agrees with. Every fact_id of the
  other frames is here.
* originator_facts — the same columns for the originators' own consensus (only facts with
  attributed claims; n_sources counts originators).
* evidence — one row per (scored source, claim that drove its score): source_id, source_kind,
  claim_id, fact_id (null when the claim belongs to no fact), agreement (0..1, with the
  leave-one-out consensus of the others; null when uncompared), loo_consensus_low,
  loo_consensus_high, role ('supports' | 'conflicts' | 'uncompared'), attribution_weight.
* fact_claims — every claim of every fact with its weight against the fact's consensus (for a
  cumulative count, the consensus of the claim's own publication day):
  fact_id, source_kind, claim_id, source_id, value_low, value_high, qualifier, plausible_low,
  plausible_high, agreement, agrees_with_consensus. The dashboard lists "what the others said"
  for a fact from here.
* conflicts — for each evidence claim, the claims of independent other sources on the same fact
  that disagree with it (of a cumulative count: a later claim below an earlier one, or claims of
  one day that differ): source_id, source_kind, claim_id, fact_id, conflicting_claim_id,
  conflicting_source_id, agreement.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl
from scipy.stats import beta as beta_dist

from credence.score.attribution import attribution_scores, claim_weight
from credence.score.consistency import ROWS_SCHEMA, Fit, consistency, sources_of_rows, with_facts
from credence.score.params import ScoringParams
from credence.score.reliability import with_reliability

CLAIM_COLUMNS = {
    "claim_id": pl.String,
    "article_id": pl.String,
    "source": pl.String,
    "published_at": pl.Datetime,
    "copy_group": pl.String,
    "measure": pl.String,
    "subject": pl.String,
    "core": pl.Boolean,
    "value_low": pl.Float64,
    "value_high": pl.Float64,
    "qualifier": pl.String,
    "unit": pl.String,
    "attribution_kind": pl.String,
    "originator": pl.String,
    "hedged": pl.Boolean,
    "counted": pl.String,
}
# Input columns that may be left out (then null for every claim).
OPTIONAL_CLAIM_COLUMNS = frozenset({"counted"})
QUOTE_COLUMNS = {
    "article_id": pl.String,
    "source": pl.String,
    "speaker": pl.String,
    "speaker_kind": pl.String,
}
SCORE_COLUMNS = [
    "source_id", "source_kind",
    "reliability_score", "reliability_low", "reliability_high",
    "consistency_score", "consistency_low", "consistency_high",
    "attribution_score", "attribution_low", "attribution_high",
    "n_claims", "n_compared", "evidence_status",
    "n_person", "n_organization", "n_document", "n_anonymous", "n_vague", "n_none", "n_hedged",
    "quotes_identified", "quotes_unidentified",
]  # fmt: skip


# What a scoring keeps for the next (`ScoreState`), each frame with source_kind first.
LEDGER_SCHEMA = {
    "source_kind": pl.String,
    "claim_id": pl.String,
    "source_id": pl.String,
    "fact_id": pl.String,
    "copy_group": pl.String,
    "plausible_low": pl.Float64,
    "plausible_high": pl.Float64,
    "fact_day": pl.Int64,
    "attribution_weight": pl.Float64,
}
STATE_SCHEMAS = {
    "weights": {"source_kind": pl.String, "source_id": pl.String, "weight": pl.Float64},
    "dependence": {
        "source_kind": pl.String,
        "source_a": pl.String,
        "source_b": pl.String,
        "probability": pl.Float64,
    },
    "claims": LEDGER_SCHEMA,
    "rows": {
        "source_kind": pl.String,
        **{("source_id" if k == "source" else k): v for k, v in ROWS_SCHEMA.items()},
    },
}
_LEDGER_KEY = [c for c in LEDGER_SCHEMA if c != "source_kind"]


@dataclass(frozen=True)
class ScoreState:
    """What a scoring leaves for the next one to rescore only the facts whose claims changed.

    weights, dependence: per layer, the voters' weights and the copy dependence of the last full fit
    (`consistency.Fit`); claims: per layer and claim, everything its fact's judgement reads of it
    (voter, fact, copy group, plausible interval, day, attribution weight); rows: per layer, fact and
    voter, its part of the voter's consistency (`consistency.sources_of_rows`). See `score_sources`.
    """

    weights: pl.DataFrame
    dependence: pl.DataFrame
    claims: pl.DataFrame
    rows: pl.DataFrame

    @classmethod
    def empty(cls) -> ScoreState:
        return cls(**{name: pl.DataFrame(schema=schema) for name, schema in STATE_SCHEMAS.items()})


@dataclass(frozen=True)
class PreviousFit:
    """The state the latest scoring left, and how far the claims moved since the last full fit.

    claims_at_fit: claims the full fit scored; changed_since_fit: claims added, changed or removed by the
    incremental scorings since; runs_since_fit: how many there were."""

    state: ScoreState
    claims_at_fit: int
    changed_since_fit: int = 0
    runs_since_fit: int = 0


def refit_due(previous: PreviousFit, changed: int, params: ScoringParams) -> bool:
    """True when the voters' weights must be fitted anew over every fact rather than kept: the claims that
    changed since the last full fit (these included) exceed `refit_fraction` of what it scored, or
    `refit_runs` incremental scorings have kept its weights already."""
    drift = previous.changed_since_fit + changed
    return (
        drift > params.refit_fraction * max(previous.claims_at_fit, 1)
        or previous.runs_since_fit + 1 > params.refit_runs
    )


@dataclass(frozen=True)
class SourceScoring:
    """Scores per source and layer, facts with their consensus, and the evidence behind each score.

    After a full fit (`refit`) the frames hold every fact and claim. After an incremental scoring the
    evidence frames hold only what changed: every row of the (source_kind, fact_id) pairs in
    `replaced` (facts, fact_claims, conflicts) and of the (source_kind, claim_id) pairs in
    `replaced_claims` (evidence) is to be replaced by these; `state` likewise (claims by
    `replaced_claims`, rows by `replaced`; weights and dependence stay those of the fit). scores
    always covers every source. `changed`: claims added, changed or removed since the previous scoring.
    """

    scores: pl.DataFrame
    facts: pl.DataFrame
    evidence: pl.DataFrame
    fact_claims: pl.DataFrame
    conflicts: pl.DataFrame
    originator_facts: pl.DataFrame
    state: ScoreState = field(default_factory=ScoreState.empty)
    refit: bool = True
    replaced: pl.DataFrame | None = None
    replaced_claims: pl.DataFrame | None = None
    changed: int = 0


def _conform(
    frame: pl.DataFrame, columns: dict[str, pl.DataType], name: str, optional: frozenset[str] = frozenset()
) -> pl.DataFrame:
    frame = frame.with_columns(
        pl.lit(None, dtype=columns[c]).alias(c) for c in sorted(optional - set(frame.columns))
    )
    missing = set(columns) - set(frame.columns)
    if missing:
        raise ValueError(f"{name} lack columns {sorted(missing)}")
    casts = []
    for column, dtype in columns.items():
        given = frame.schema[column]
        if dtype == pl.Datetime and isinstance(given, pl.Datetime) and given.time_zone is not None:
            # Publication days (and so fact windows) are counted in UTC.
            casts.append(
                pl.col(column).dt.convert_time_zone("UTC").dt.replace_time_zone(None).cast(pl.Datetime("us"))
            )
        elif dtype == pl.Datetime:
            casts.append(pl.col(column).cast(pl.Datetime("us")))
        else:
            casts.append(pl.col(column).cast(dtype))
    return frame.select(casts)


def _ledger(claims: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Per claim of a layer (`claims` carries `voter` and its fact), what its judgement reads of it."""
    return claims.select(
        "claim_id",
        pl.col("voter").alias("source_id"),
        "fact_id",
        "copy_group",
        "plausible_low",
        "plausible_high",
        "fact_day",
        claim_weight(params),
    ).cast({k: v for k, v in LEDGER_SCHEMA.items() if k != "source_kind"})


def _changes(ledger: pl.DataFrame, before: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The ledger rows that are new or changed, and the earlier rows that are gone or changed."""
    return (
        ledger.join(before, on=_LEDGER_KEY, how="anti", nulls_equal=True),
        before.join(ledger, on=_LEDGER_KEY, how="anti", nulls_equal=True),
    )


def _of_kind(frame: pl.DataFrame, kind: str) -> pl.DataFrame:
    return frame.filter(pl.col("source_kind") == kind).drop("source_kind")


def _layer(
    claims: pl.DataFrame,
    quotes: pl.DataFrame,
    kind: str,
    params: ScoringParams,
    previous: ScoreState | None = None,
    changes: tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame] | None = None,
) -> SourceScoring:
    """Scores of one layer; `claims` already carries `voter`, fact_id and plausible bounds.

    With `previous` only the facts some of whose claims changed are judged (under the weights and
    dependence of the last full fit), and the evidence frames hold only their rows (see SourceScoring).
    `changes`: the layer's ledger and its `_changes` against `previous`, when the caller has them."""
    voting_columns = (
        "claim_id",
        pl.col("voter").alias("source"),
        "copy_group",
        "fact_id",
        "plausible_low",
        "plausible_high",
        pl.col("fact_day").alias("day"),
    )
    ledger = changes[0] if changes is not None else _ledger(claims, params)
    replaced = replaced_claims = None
    if previous is None:
        scope = claims
        judged = consistency(claims.filter(pl.col("fact_id").is_not_null()).select(voting_columns), params)
        consistent = judged.sources
        state = ScoreState(
            weights=judged.fit.weights.select(
                pl.lit(kind).alias("source_kind"), pl.col("source").alias("source_id"), "weight"
            ),
            dependence=judged.fit.dependence.select(pl.lit(kind).alias("source_kind"), pl.all()),
            claims=ledger.select(pl.lit(kind).alias("source_kind"), pl.all()),
            rows=judged.rows.select(pl.lit(kind).alias("source_kind"), pl.all()).rename(
                {"source": "source_id"}
            ),
        )
    else:
        fresh, gone = (
            changes[1:] if changes is not None else _changes(ledger, _of_kind(previous.claims, kind))
        )
        touched = pl.concat([fresh["fact_id"], gone["fact_id"]]).drop_nulls().unique()
        in_touched = pl.col("fact_id").is_in(touched.implode())
        replaced_claims = pl.concat(
            [fresh["claim_id"], gone["claim_id"], claims.filter(in_touched)["claim_id"]]
        ).unique()
        scope = claims.filter(pl.col("claim_id").is_in(replaced_claims.implode()))
        fit = Fit(
            _of_kind(previous.weights, kind).rename({"source_id": "source"}),
            _of_kind(previous.dependence, kind),
        )
        judged = consistency(claims.filter(in_touched).select(voting_columns), params, fit)
        kept = _of_kind(previous.rows, kind).filter(~in_touched).rename({"source_id": "source"})
        consistent = sources_of_rows(pl.concat([kept, judged.rows], how="vertical_relaxed"), params)
        state = ScoreState(
            weights=ScoreState.empty().weights,
            dependence=ScoreState.empty().dependence,
            claims=ledger.filter(pl.col("claim_id").is_in(replaced_claims.implode())).select(
                pl.lit(kind).alias("source_kind"), pl.all()
            ),
            rows=judged.rows.select(pl.lit(kind).alias("source_kind"), pl.all()).rename(
                {"source": "source_id"}
            ),
        )
        replaced = touched.to_frame("fact_id").select(pl.lit(kind).alias("source_kind"), "fact_id")
        replaced_claims = replaced_claims.to_frame("claim_id").select(
            pl.lit(kind).alias("source_kind"), "claim_id"
        )
    attribution = attribution_scores(claims.with_columns(source=pl.col("voter")), quotes, params)
    scores = attribution.join(consistent, on="source", how="left").with_columns(
        pl.col("n_compared").fill_null(0).cast(pl.UInt32),
        pl.col("n_facts_compared").fill_null(0),
    )
    # A source with no comparable claim keeps the prior as its consistency interval.
    scores = _fill_prior_interval(scores, params)
    scores = with_reliability(scores, params)
    scores = (
        scores.with_columns(
            source_id=pl.col("source"),
            source_kind=pl.lit(kind),
            reliability_low=pl.min_horizontal(
                "reliability_low", pl.coalesce("reliability_score", "reliability_low")
            ),
            reliability_high=pl.max_horizontal(
                "reliability_high", pl.coalesce("reliability_score", "reliability_high")
            ),
        )
        .select(SCORE_COLUMNS)
        .sort("source_id")
    )  # group-bys and joins leave rows in no set order

    facts = (
        scope.filter(pl.col("fact_id").is_not_null())
        .group_by("fact_id")
        .agg(
            pl.col("subject").first(),
            pl.col("measure").first(),
            pl.col("unit").first(),
            pl.col("fact_counted").first().alias("counted"),
            pl.col("window_start").first(),
            pl.col("window_end").first(),
        )
        .with_columns(counted=pl.when(pl.col("counted") != "").then(pl.col("counted")))
        .join(judged.facts, on="fact_id")
        .select(
            "fact_id",
            "subject",
            "measure",
            "unit",
            "counted",
            "window_start",
            "window_end",
            "consensus_low",
            "consensus_high",
            "consensus_confidence",
            "n_sources",
            "n_claims",
        )
        .sort("fact_id")
    )
    weights = scope.select("claim_id", claim_weight(params))
    evidence = (
        scope.select("claim_id", pl.col("voter").alias("source"))
        .join(judged.claims.drop("source"), on="claim_id", how="left", maintain_order="left")
        .join(weights, on="claim_id", maintain_order="left")
        .select(
            pl.col("source").alias("source_id"),
            pl.lit(kind).alias("source_kind"),
            "claim_id",
            "fact_id",
            "agreement",
            "loo_consensus_low",
            "loo_consensus_high",
            pl.col("role").fill_null("uncompared"),
            "attribution_weight",
        )
    )
    fact_claims = judged.fact_claims.join(
        claims.select("claim_id", "value_low", "value_high", "qualifier", "plausible_low", "plausible_high"),
        on="claim_id",
        maintain_order="left",
    ).select(
        "fact_id",
        pl.lit(kind).alias("source_kind"),
        "claim_id",
        pl.col("source").alias("source_id"),
        "value_low",
        "value_high",
        "qualifier",
        "plausible_low",
        "plausible_high",
        "agreement",
        "agrees_with_consensus",
    )
    conflicts = judged.conflicts.select(
        pl.col("source").alias("source_id"),
        pl.lit(kind).alias("source_kind"),
        "claim_id",
        "fact_id",
        "conflicting_claim_id",
        pl.col("conflicting_source").alias("conflicting_source_id"),
        "agreement",
    )
    return SourceScoring(
        scores,
        facts,
        evidence,
        fact_claims,
        conflicts,
        facts.clear(),
        state=state,
        refit=previous is None,
        replaced=replaced,
        replaced_claims=replaced_claims,
    )


def _fill_prior_interval(scores: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    a0 = params.consistency_prior * params.consistency_prior_strength
    b0 = (1 - params.consistency_prior) * params.consistency_prior_strength
    tail = (1 - params.interval_mass) / 2
    low, high = float(beta_dist.ppf(tail, a0, b0)), float(beta_dist.ppf(1 - tail, a0, b0))
    return scores.with_columns(
        pl.col("consistency_low").fill_null(low),
        pl.col("consistency_high").fill_null(high),
    )


def score_sources(
    claims: pl.DataFrame,
    quotes: pl.DataFrame,
    params: ScoringParams | None = None,
    previous: PreviousFit | None = None,
) -> SourceScoring:
    """Reliability of every outlet and every cited originator, with the evidence behind it.

    See the module docstring for the input and output columns and
    `consistency`/`attribution`/`reliability` for the formulas.

    With `previous` (what the latest scoring left, `SourceScoring.state`) the scoring is incremental
    unless `refit_due`: the voters' weights and copy dependence stay those of the last full fit, only
    the facts some of whose claims were added, changed or removed are judged again (a fact's
    judgement reads nothing else), and each voter's consistency adds up its stored part of the other
    facts and the new part of these. The result is then the full fit's, but for how much the new
    claims would have moved the weights; a full fit follows when the drift warrants it.
    """
    params = params or ScoringParams()
    claims = _conform(claims, CLAIM_COLUMNS, "claims", OPTIONAL_CLAIM_COLUMNS)
    quotes = _conform(quotes, QUOTE_COLUMNS, "quotes")
    claims = claims.with_columns(copy_group=pl.coalesce("copy_group", "article_id"))
    claims = with_facts(claims, params)
    outlet_claims = claims.with_columns(voter=pl.col("source"))
    state = outlet_changes = None
    changed = 0
    if previous is not None:
        ledger = _ledger(outlet_claims, params)
        fresh, gone = _changes(ledger, _of_kind(previous.state.claims, "outlet"))
        changed = pl.concat([fresh["claim_id"], gone["claim_id"]]).n_unique()
        state = None if refit_due(previous, changed, params) else previous.state
        outlet_changes = (ledger, fresh, gone)
    outlets = _layer(outlet_claims, quotes, "outlet", params, state, outlet_changes)
    cited = claims.filter(pl.col("originator").is_not_null() & (pl.col("originator").str.strip_chars() != ""))
    # An originator's quotes are those whose identified speaker carries its (canonical) name.
    originator_quotes = quotes.filter(
        pl.col("speaker").is_in(cited["originator"].unique().implode())
    ).with_columns(source=pl.col("speaker"))
    originators = _layer(
        cited.with_columns(voter=pl.col("originator")), originator_quotes, "originator", params, state
    )
    layers = (outlets, originators)
    merged = {
        name: pl.concat([getattr(layer, name) for layer in layers], how="vertical_relaxed")
        for name in ("scores", "evidence", "fact_claims", "conflicts")
    }
    kept = ScoreState(
        **{
            name: pl.concat([getattr(layer.state, name) for layer in layers], how="vertical_relaxed").cast(
                STATE_SCHEMAS[name]
            )
            for name in STATE_SCHEMAS
        }
    )
    replaced = replaced_claims = None
    if state is not None:
        replaced = pl.concat([layer.replaced for layer in layers])
        replaced_claims = pl.concat([layer.replaced_claims for layer in layers])
    return SourceScoring(
        facts=outlets.facts,
        originator_facts=originators.facts,
        state=kept,
        refit=state is None,
        replaced=replaced,
        replaced_claims=replaced_claims,
        changed=changed,
        **merged,
    )


def strongest_conflicts(conflicts: pl.DataFrame, per_claim: int = 5) -> pl.DataFrame:
    """For each scored claim, the `per_claim` conflicting claims that disagree with it most.

    A contested fact in a large corpus pits every claim against dozens of others; a reviewer needs
    the sharpest disagreements, and keeping every pair grows with the square of the coverage.
    Ties break on the conflicting claim's id, so the choice is the same on every run.
    """
    keys = ["source_id", "source_kind", "claim_id"]
    # A rank within each claim's group, not a sort of every pair (millions of rows on a big corpus).
    rank = (
        pl.struct(pl.col("agreement").fill_null(float("inf")), "conflicting_claim_id")
        .rank("ordinal")
        .over(keys)
    )
    return conflicts.filter(rank <= per_claim).sort(
        [*keys, "agreement", "conflicting_claim_id"], nulls_last=True
    )
