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

from dataclasses import dataclass, field, replace

import polars as pl
from scipy.stats import beta as beta_dist

from credence.score.attribution import (
    TOTAL_COLUMNS,
    attribution_from_totals,
    attribution_totals,
    claim_totals,
    claim_weight,
    quote_totals,
)
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
    "article_id": pl.String,
    "source_id": pl.String,
    "fact_id": pl.String,
    "fact_key": pl.String,
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
    "attribution": {"source_kind": pl.String, "source_id": pl.String, **TOTAL_COLUMNS},
}
_LEDGER_KEY = [c for c in LEDGER_SCHEMA if c != "source_kind"]


@dataclass(frozen=True)
class ScoreState:
    """What a scoring leaves for the next one to rescore only the facts whose claims changed.

    weights, dependence: per layer, the voters' weights and the copy dependence of the last full fit
    (`consistency.Fit`); claims: per layer and claim, everything its fact's judgement reads of it
    (voter, fact, copy group, plausible interval, day, attribution weight); rows: per layer, fact and
    voter, its part of the voter's consistency (`consistency.sources_of_rows`); attribution: per layer
    and voter, the counts its attribution score is computed from (`attribution.attribution_totals`).
    See `score_sources`.
    """

    weights: pl.DataFrame
    dependence: pl.DataFrame
    claims: pl.DataFrame
    rows: pl.DataFrame
    attribution: pl.DataFrame

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
    scoped: bool = False


@dataclass(frozen=True)
class Added:
    """An incremental scoring of articles added since the previous scoring, given only what they touch.

    Then `score_sources` is given, as `claims`, every claim of the added `articles` and every claim
    whose fact key (`ScoreState.claims`' fact_key) one of theirs has (a fact reads only its key's
    claims); as `quotes`, every quote of the added articles and every quote whose speaker is an
    originator of their claims or a speaker of their quotes; in the previous state's `claims` the
    ledger rows of those claims alone (no other claim changed); and here, `group_claims`: every claim
    of the copy groups the added articles' claims are in (a source's attribution folds copies within
    a copy group only). Articles scored before must be unchanged: none re-extracted or quarantined.
    The result is the one all the claims would give (`SourceScoring.scoped`: its state's attribution
    then holds the touched sources' rows only).
    """

    articles: pl.Series
    group_claims: pl.DataFrame


class NeedsAllClaims(Exception):
    """An incremental scoring given only what added articles touch found a full fit due: call again with
    every claim and quote."""


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
        "article_id",
        pl.col("voter").alias("source_id"),
        "fact_id",
        "fact_key",
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
    totals: pl.DataFrame | None = None,
) -> SourceScoring:
    """Scores of one layer; `claims` already carries `voter`, fact_id and plausible bounds.

    With `previous` only the facts some of whose claims changed are judged (under the weights and
    dependence of the last full fit), and the evidence frames hold only their rows (see SourceScoring).
    `changes`: the layer's ledger and its `_changes` against `previous`, when the caller has them.
    `totals`: every voter's attribution counts, when `claims` and `quotes` are not all of the layer's
    (`Added`); else they are counted here."""
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
    counted_here = totals is None
    if totals is None:
        totals = attribution_totals(claims.with_columns(source=pl.col("voter")), quotes, params)
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
            attribution=_state_totals(totals, kind),
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
            attribution=_state_totals(totals, kind) if counted_here else ScoreState.empty().attribution,
        )
        replaced = touched.to_frame("fact_id").select(pl.lit(kind).alias("source_kind"), "fact_id")
        replaced_claims = replaced_claims.to_frame("claim_id").select(
            pl.lit(kind).alias("source_kind"), "claim_id"
        )
    attribution = attribution_from_totals(totals, params)
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


def _state_totals(totals: pl.DataFrame, kind: str) -> pl.DataFrame:
    return totals.select(
        pl.lit(kind).alias("source_kind"), pl.col("source").alias("source_id"), *TOTAL_COLUMNS
    )


def _added_totals(
    previous: pl.DataFrame,
    group_claims: pl.DataFrame,
    quotes: pl.DataFrame,
    articles: pl.Series,
    kind: str,
    params: ScoringParams,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every voter's attribution counts after the `articles` were added (see `Added`), and the rows of
    the voters they changed.

    previous: the layer's counts before; group_claims: the layer's claims (with `voter`) of the copy
    groups the added claims are in. A voter's claim counts are the sum of its copy groups' (copies
    fold within a group), so the groups the added claims joined are counted again, with and without
    them, and the difference added. Outlets' quotes add up per article; an originator's quotes are
    every quote its name speaks, counted again whole (a newly cited originator brings its old ones).
    """
    added = pl.col("article_id").is_in(articles.implode())
    voted = group_claims.with_columns(source=pl.col("voter"))
    groups = voted.filter(added).select("source", "copy_group").unique()
    in_groups = voted.join(groups, on=["source", "copy_group"], how="semi")
    claim_columns = [c for c in TOTAL_COLUMNS if not c.startswith("quotes_")]
    before = previous.rename({"source_id": "source"})
    delta = (
        pl.concat(
            [
                claim_totals(in_groups, params),
                claim_totals(in_groups.filter(~added), params).with_columns(
                    pl.col(c).cast(pl.Float64 if c == "weight_sum" else pl.Int64) * -1 for c in claim_columns
                ),
            ],
            how="vertical_relaxed",
        )
        .group_by("source")
        .agg(pl.col(c).sum() for c in claim_columns)
    )
    if kind == "outlet":
        quoted = quote_totals(quotes.filter(added))
    else:
        cited = pl.concat([before["source"], voted["source"]]).unique()
        speakers = quotes.filter(added)["speaker"].drop_nulls().unique()
        recounted = pl.concat(
            [voted.filter(added)["source"], speakers.filter(speakers.is_in(cited.implode()))]
        )
        recounted = recounted.unique().to_frame("source")
        quoted = recounted.join(
            quote_totals(
                quotes.filter(pl.col("speaker").is_in(recounted["source"].implode())).with_columns(
                    source=pl.col("speaker")
                )
            ),
            on="source",
            how="left",
        ).fill_null(0)
    touched = pl.concat([delta["source"], quoted["source"]]).unique().to_frame("source")
    zero = {c: pl.lit(0, dtype=t) for c, t in TOTAL_COLUMNS.items()}
    rows = (
        touched.join(before, on="source", how="left")
        .with_columns(pl.col(c).fill_null(zero[c]) for c in TOTAL_COLUMNS)
        .join(delta, on="source", how="left", suffix="_delta")
        .join(quoted, on="source", how="left", suffix="_quoted")
    )
    quote_columns = ("quotes_identified", "quotes_unidentified")
    rows = rows.select(
        "source",
        *[
            (pl.col(c) + pl.col(f"{c}_delta").fill_null(0)).cast(TOTAL_COLUMNS[c]).alias(c)
            for c in claim_columns
        ],
        *[
            (
                pl.col(c) + pl.col(f"{c}_quoted").fill_null(0)
                if kind == "outlet"
                else pl.coalesce(f"{c}_quoted", c)
            )
            .cast(TOTAL_COLUMNS[c])
            .alias(c)
            for c in quote_columns
        ],
    )
    everyone = pl.concat([before.join(rows, on="source", how="anti"), rows], how="vertical_relaxed")
    return everyone, rows


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
    added: Added | None = None,
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

    With `added` as well, `claims` and `quotes` are only what the added articles touch (see `Added`)
    and the result is the same as with all of them (attribution counts to the last bits of a float
    sum); NeedsAllClaims is raised when a full fit is due.
    """
    params = params or ScoringParams()
    claims = _claims(claims, params)
    quotes = _conform(quotes, QUOTE_COLUMNS, "quotes")
    outlet_claims = _outlet_voters(claims)
    state = outlet_changes = None
    changed = 0
    if previous is not None:
        ledger = _ledger(outlet_claims, params)
        fresh, gone = _changes(ledger, _of_kind(previous.state.claims, "outlet"))
        changed = pl.concat([fresh["claim_id"], gone["claim_id"]]).n_unique()
        state = None if refit_due(previous, changed, params) else previous.state
        outlet_changes = (ledger, fresh, gone)
    if added is not None and state is None:
        raise NeedsAllClaims(f"{changed} claims changed: a full fit is due")
    totals = {"outlet": None, "originator": None}
    touched_totals = []
    if added is not None:
        group_claims = _conform(added.group_claims, CLAIM_COLUMNS, "claims", OPTIONAL_CLAIM_COLUMNS)
        group_claims = group_claims.with_columns(copy_group=pl.coalesce("copy_group", "article_id"))
        for kind, voters in (("outlet", _outlet_voters), ("originator", _originator_voters)):
            everyone, rows = _added_totals(
                _of_kind(state.attribution, kind), voters(group_claims), quotes, added.articles, kind, params
            )
            totals[kind] = everyone
            touched_totals.append(_state_totals(rows, kind))
    outlets = _layer(
        _outlet_voters(claims), quotes, "outlet", params, state, outlet_changes, totals["outlet"]
    )
    cited = _originator_voters(claims)
    # An originator's quotes are those whose identified speaker carries its (canonical) name.
    originator_quotes = quotes.filter(
        pl.col("speaker").is_in(cited["originator"].unique().implode())
    ).with_columns(source=pl.col("speaker"))
    originators = _layer(cited, originator_quotes, "originator", params, state, totals=totals["originator"])
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
    if added is not None:
        kept = replace(kept, attribution=pl.concat(touched_totals).cast(STATE_SCHEMAS["attribution"]))
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
        scoped=added is not None,
        **merged,
    )


def _claims(claims: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Claims in the input columns, each with its copy group (its own article when none) and its fact."""
    claims = _conform(claims, CLAIM_COLUMNS, "claims", OPTIONAL_CLAIM_COLUMNS)
    return with_facts(claims.with_columns(copy_group=pl.coalesce("copy_group", "article_id")), params)


def fact_keys(claims: pl.DataFrame, params: ScoringParams | None = None) -> pl.Series:
    """Each claim's fact key (null when it belongs to no fact): the claims an incremental scoring of
    added articles must be given are those of the keys the added claims have (see `Added`)."""
    return _claims(claims, params or ScoringParams())["fact_key"]


def _outlet_voters(claims: pl.DataFrame) -> pl.DataFrame:
    return claims.with_columns(voter=pl.col("source"))


def _originator_voters(claims: pl.DataFrame) -> pl.DataFrame:
    cited = claims.filter(pl.col("originator").is_not_null() & (pl.col("originator").str.strip_chars() != ""))
    return cited.with_columns(voter=pl.col("originator"))


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
