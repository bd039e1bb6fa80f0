"""The expectation suites as code: one per table, each expectation with its severity and the reason it exists."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

import great_expectations.expectations as gxe
import polars as pl
from great_expectations.expectations.metadata_types import FailureSeverity

from credence.extract.lexicon import Lexicon
from credence.model import ATTRIBUTION_KINDS, QUALIFIERS, SOURCE_KINDS, SPEAKER_KINDS

Severity = Literal["error", "warning"]

# Keys are a claim's measure, "percent_change" (a percentage whose measure names a change), its unit,
# or one of the classes "count" (no unit), "money" (a three-letter currency code) and "other" (any
# other unit); the first key that matches wins (see frames.bounds_key).
DEFAULT_VALUE_BOUNDS: Mapping[str, tuple[float, float]] = {
    # Counts of people (the lexicon's core measures): more than are alive at once is a misread.
    **{measure: (0.0, 1e10) for measure in Lexicon.default().core_measures},
    # A share of a whole; a minus sign written before one is a net rating or a fall ("a -16 percent approval
    # rating", "a daily average of -1.6%"), and below -100 % the number is misread.
    "percent": (-100.0, 100.0),
    # A difference in points may fall below zero ("a net approval rating of -8.4 points").
    "points": (-1e6, 1e6),
    "fraction": (0.0, 1.0),  # a share in words ("two-thirds of"), as a part of one
    "percent_change": (-100.0, 1e4),  # a fourfold rise is 300 %, nothing falls by more than all of it
    "count": (0.0, 1e13),  # robocalls, tonnes, cells: other counts run to the tens of billions
    "money": (0.0, 1e15),  # a thousand trillion in any currency exceeds world GDP tenfold
    "other": (0.0, 1e15),
}
# A measure naming a change ("price_increase", "growth") or a ratio to something other than a whole
# ("capacity_ratio": 120 % of capacity) reads its percentage against the bound of a change.
CHANGE_MEASURE_PATTERN = r"(?:increase|growth|rise|gain|jump|surge|spike|hike|change|climb|ratio)"


@dataclass(frozen=True)
class ValidationParams:
    """Thresholds and severities of the suites; every number a check compares with comes from here."""

    min_body_chars: int = 200
    min_body_words: int = 40
    max_future_skew: timedelta = timedelta(hours=1)
    value_bounds: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: dict(DEFAULT_VALUE_BOUNDS)
    )
    # cross-run checks
    max_yield_drop: float = 0.5  # flag when claims per article fall below (1 - drop) x the previous run
    min_previous_claims: int = 3  # per-article yield is only compared where the previous run found this many
    max_unattributed_share_jump: float = 0.15  # absolute rise of the share of claims with no attribution
    max_score_move: float = 0.25  # absolute change of a source's reliability_score between runs
    cross_run_severity: Severity = "warning"
    # per-expectation overrides, keyed by expectation name ("claims.value_not_above_bound": "warning")
    severities: Mapping[str, Severity] = field(default_factory=dict)
    sample_size: int = 20  # failing ids kept per expectation in validation_results.sample_ids

    def severity(self, name: str, default: Severity) -> Severity:
        return self.severities.get(name, default)


@dataclass(frozen=True)
class PreviousRun:
    """The previous run's figures that the cross-run checks compare against.

    `claims_per_article` has columns article_id, n_claims and should include articles that yielded no
    claim (the warehouse's extracted_articles rows of that run fit as they are). `scores` has the
    source_scores columns source_id, source_kind, reliability_score.
    """

    run_id: str
    claims_per_article: pl.DataFrame | None = None
    unattributed_share: float | None = None
    scores: pl.DataFrame | None = None

    @property
    def mean_claims_per_article(self) -> float | None:
        if self.claims_per_article is None or self.claims_per_article.height == 0:
            return None
        return float(self.claims_per_article["n_claims"].mean())

    @classmethod
    def from_frames(
        cls,
        run_id: str,
        *,
        articles: pl.DataFrame | None = None,
        claims: pl.DataFrame | None = None,
        scores: pl.DataFrame | None = None,
    ) -> PreviousRun:
        """The figures of a run from its own articles, claims and source_scores rows."""
        per_article = None
        share = None
        if claims is not None:
            counts = claims.group_by("article_id").len(name="n_claims")
            if articles is not None:
                per_article = (
                    articles.select("article_id")
                    .join(counts, on="article_id", how="left")
                    .with_columns(pl.col("n_claims").fill_null(0))
                )
            else:
                per_article = counts
            per_article = per_article.with_columns(pl.col("n_claims").cast(pl.Int64))
            if claims.height:
                share = float((claims["attribution_kind"] == "none").mean())
        if scores is not None:
            scores = scores.select("source_id", "source_kind", "reliability_score")
        return cls(run_id=run_id, claims_per_article=per_article, unattributed_share=share, scores=scores)


@dataclass(frozen=True)
class TableSpec:
    """How a table's rows are named in quarantine, and whose quarantine they follow."""

    name: str
    id_column: str  # column of the checked frame whose value is quarantine.row_id
    parent: str | None = None  # rows of a quarantined parent row (by article_id) are quarantined too


TABLES: Mapping[str, TableSpec] = {
    "articles": TableSpec("articles", "article_id"),
    "claims": TableSpec("claims", "claim_id", parent="articles"),
    "quotes": TableSpec("quotes", "quote_id", parent="articles"),
    "attributions": TableSpec("attributions", "attribution_id", parent="articles"),
    # source_scores has a compound key; frames.checked_frame adds row_id = source_id|source_kind
    "source_scores": TableSpec("source_scores", "row_id"),
}


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation of a suite: the GX instance (notes and severity set on it), and how to report it.

    `name` is unique in the suite and is what validation_results.expectation holds. `examples` picks
    rows to show when GX reports no failing rows of its own (aggregate expectations such as a mean).
    """

    name: str
    expectation: gxe.Expectation
    severity: Severity
    notes: str
    id_column: str
    cross_run: bool = False
    examples: pl.Expr | None = None

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the checked frame the expectation reads."""
        exp = self.expectation
        names = [getattr(exp, attr, None) for attr in ("column", "column_A", "column_B")]
        names.extend(getattr(exp, "column_list", None) or [])
        return tuple(n for n in names if n)


@dataclass(frozen=True)
class SuiteSpec:
    """The expectations of one table; `skipped` lists cross-run checks left out for want of a previous run."""

    name: str
    table: TableSpec
    expectations: tuple[ExpectationSpec, ...]
    skipped: tuple[tuple[str, str], ...] = ()


_GX_SEVERITY = {"error": FailureSeverity.CRITICAL, "warning": FailureSeverity.WARNING}


class _SuiteBuilder:
    """Collects specs for one table so each definition below reads as name, expectation, why."""

    def __init__(self, table: str, params: ValidationParams) -> None:
        self.table = TABLES[table]
        self.params = params
        self.specs: list[ExpectationSpec] = []
        self.skipped: list[tuple[str, str]] = []

    def add(
        self,
        short_name: str,
        expectation_cls: type[gxe.Expectation],
        notes: str,
        *,
        severity: Severity = "error",
        cross_run: bool = False,
        examples: pl.Expr | None = None,
        **kwargs: object,
    ) -> None:
        name = f"{self.table.name}.{short_name}"
        default = self.params.cross_run_severity if cross_run else severity
        chosen = self.params.severity(name, default)
        expectation = expectation_cls(
            **kwargs,
            notes=notes,
            meta={"credence_name": name, "credence_severity": chosen},
            severity=_GX_SEVERITY[chosen],
        )
        self.specs.append(
            ExpectationSpec(
                name=name,
                expectation=expectation,
                severity=chosen,
                notes=notes,
                id_column=self.table.id_column,
                cross_run=cross_run,
                examples=examples,
            )
        )

    def skip(self, short_name: str, reason: str) -> None:
        self.skipped.append((f"{self.table.name}.{short_name}", reason))

    def unique_id(self, column: str, what: str) -> None:
        self.add(
            f"{column}_unique",
            gxe.ExpectColumnValuesToBeUnique,
            f"Other tables and the dashboard point at {what} by {column}; two rows with one id make "
            "that reference ambiguous.",
            column=column,
        )

    def offsets(self, what: str, nullable: bool = False) -> None:
        """Character offsets are provenance: the dashboard cuts the sentence out of the article with them."""
        self.add(
            "char_start_non_negative",
            gxe.ExpectColumnValuesToBeBetween,
            f"Offsets index the article text; a negative start cannot point at the {what}.",
            column="char_start",
            min_value=0,
        )
        self.add(
            "offsets_ordered",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB,
            f"A {what} covers at least one character, so char_end lies after char_start.",
            column_A="char_end",
            column_B="char_start",
            or_equal=False,
            ignore_row_if="either_value_is_missing" if nullable else "both_values_are_missing",
        )
        self.add(
            "article_known",
            gxe.ExpectColumnValuesToNotBeNull,
            f"Every {what} must come from an article of the same batch, or its provenance cannot be shown.",
            column="article_length",
        )
        self.add(
            "offsets_inside_article",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB,
            f"A {what} whose offsets run past the end of its article's text points at nothing.",
            column_A="article_length",
            column_B="char_end",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
        )

    def build(self) -> SuiteSpec:
        return SuiteSpec(self.table.name, self.table, tuple(self.specs), tuple(self.skipped))


def _articles(b: _SuiteBuilder, now: datetime, previous: PreviousRun | None) -> None:
    p = b.params
    b.unique_id("article_id", "an article")
    b.add(
        "body_min_chars",
        gxe.ExpectColumnValueLengthsToBeBetween,
        "A body this short is usually a paywall stub, a cookie wall or a failed extraction; its numbers "
        "would be scored as if they were reporting.",
        column="body",
        min_value=p.min_body_chars,
    )
    b.add(
        "body_min_words",
        gxe.ExpectColumnValuesToBeBetween,
        "Few words with many characters is a table, a URL list or markup left in the body, not an article.",
        column="word_count",
        min_value=p.min_body_words,
    )
    b.add(
        "published_at_present",
        gxe.ExpectColumnValuesToNotBeNull,
        "Claims are compared with claims about the same period; an article whose date is missing or "
        "could not be parsed cannot be placed in time, so its figures are compared without a window. "
        "Many real pages carry no date: flagged for review, never guessed, not dropped.",
        severity="warning",
        column="published_at",
    )
    b.add(
        "published_at_not_future",
        gxe.ExpectColumnValuesToBeBetween,
        f"A publication date after the run's clock (+{p.max_future_skew}) is a parsing error, often a "
        "day/month swap, and would place the claims in the wrong window.",
        column="published_at",
        max_value=now + p.max_future_skew,
    )
    b.add(
        "date_not_relative",
        gxe.ExpectColumnValuesToBeInSet,
        "A relative date ('3 hours ago') was resolved against the time the page was read, so it is only "
        "as right as that clock; worth a look, not a reason to drop the article.",
        severity="warning",
        column="date_is_relative",
        value_set=[False],
    )
    b.add(
        "source_present",
        gxe.ExpectColumnValuesToNotBeNull,
        "Reliability is scored per source; an article with no source cannot count for or against anyone.",
        column="source_id",
    )
    b.add(
        "source_not_blank",
        gxe.ExpectColumnValuesToMatchRegex,
        "A blank source id would pool unrelated articles under one empty-named outlet.",
        column="source_id",
        regex=r"\S",
    )
    previous_mean = previous.mean_claims_per_article if previous else None
    if previous is None or previous.claims_per_article is None or previous_mean is None:
        b.skip("claim_yield_vs_previous", "no previous run's claims per article")
        b.skip("mean_claim_yield_vs_previous", "no previous run's claims per article")
        return
    b.add(
        "claim_yield_vs_previous",
        gxe.ExpectColumnValuesToBeBetween,
        f"An article seen in run {previous.run_id} that now yields under {1 - p.max_yield_drop:.0%} of "
        "its claims there points at an extractor regression or a changed page, not at the news.",
        cross_run=True,
        column="yield_ratio",
        min_value=1 - p.max_yield_drop,
    )
    b.add(
        "mean_claim_yield_vs_previous",
        gxe.ExpectColumnMeanToBeBetween,
        f"Claims per article collapsing below {1 - p.max_yield_drop:.0%} of run {previous.run_id}'s "
        f"{previous_mean:.2f} usually means extraction broke (a changed page layout, a failed model), "
        "and scores computed from what is left would be thin.",
        cross_run=True,
        examples=pl.col("n_claims") == 0,
        column="n_claims",
        min_value=previous_mean * (1 - p.max_yield_drop),
    )


def _claims(b: _SuiteBuilder, previous: PreviousRun | None) -> None:
    p = b.params
    b.unique_id("claim_id", "a claim")
    b.add(
        "value_present",
        gxe.ExpectColumnValuesToNotBeNull,
        "A numeric claim with neither value_low nor value_high holds no figure to compare with others.",
        column="value_max",
    )
    b.add(
        "value_low_le_value_high",
        gxe.ExpectColumnPairValuesAToBeGreaterThanB,
        "The interval the words allow runs from value_low to value_high; reversed bounds break every "
        "overlap test of the consistency score.",
        column_A="value_high",
        column_B="value_low",
        or_equal=True,
        ignore_row_if="either_value_is_missing",
    )
    b.add(
        "value_not_below_bound",
        gxe.ExpectColumnPairValuesAToBeGreaterThanB,
        "Counts, fractions and sums of money are not negative, percentages not below -100 (bound_low from "
        "ValidationParams.value_bounds for the claim's measure or unit); below is a misread sign or range dash.",
        column_A="value_min",
        column_B="bound_low",
        or_equal=True,
        ignore_row_if="either_value_is_missing",
    )
    b.add(
        "value_not_above_bound",
        gxe.ExpectColumnPairValuesAToBeGreaterThanB,
        "A value past the sane bound of its measure or unit (a share <= 100 %, a change <= 10,000 %, "
        "people <= 1e10, other counts <= 1e13, money <= 1e15; ValidationParams.value_bounds) is a "
        "misread multiplier, a glued number or a range read across two different figures.",
        column_A="bound_high",
        column_B="value_max",
        or_equal=True,
        ignore_row_if="either_value_is_missing",
    )
    b.add(
        "qualifier_in_vocabulary",
        gxe.ExpectColumnValuesToBeInSet,
        "Scoring turns the qualifier into an interval rule; a word outside credence.model.QUALIFIERS has no rule.",
        column="qualifier",
        value_set=list(QUALIFIERS),
    )
    b.add(
        "attribution_kind_in_vocabulary",
        gxe.ExpectColumnValuesToBeInSet,
        "The attribution score counts claims per kind of credit; a kind outside "
        "credence.model.ATTRIBUTION_KINDS would fall out of every count.",
        column="attribution_kind",
        value_set=list(ATTRIBUTION_KINDS),
    )
    b.offsets("claim")
    b.add(
        "span_matches_article_text",
        gxe.ExpectColumnPairValuesToBeEqual,
        "Provenance: the article's text between char_start and char_end must be the stored span, or the "
        "dashboard shows a sentence the claim did not come from.",
        column_A="span",
        column_B="text_at_offsets",
        ignore_row_if="either_value_is_missing",
    )
    if previous is None or previous.unattributed_share is None:
        b.skip("unattributed_share_vs_previous", "no previous run's unattributed share")
        return
    ceiling = min(1.0, previous.unattributed_share + p.max_unattributed_share_jump)
    b.add(
        "unattributed_share_vs_previous",
        gxe.ExpectColumnMeanToBeBetween,
        f"The share of claims credited to no one rising past {ceiling:.0%} (run {previous.run_id}: "
        f"{previous.unattributed_share:.0%}) usually means attribution extraction broke, which would "
        "lower every outlet's attribution score at once.",
        cross_run=True,
        examples=pl.col("is_unattributed") == 1.0,
        column="is_unattributed",
        max_value=ceiling,
    )


def _quotes(b: _SuiteBuilder) -> None:
    b.unique_id("quote_id", "a quote")
    b.add(
        "text_present",
        gxe.ExpectColumnValuesToNotBeNull,
        "A quote with no text cannot be shown or credited.",
        column="text",
    )
    b.add(
        "text_not_blank",
        gxe.ExpectColumnValuesToMatchRegex,
        "Quotation marks around nothing (or whitespace) are typography, not a quote.",
        column="text",
        regex=r"\S",
    )
    b.add(
        "speaker_kind_in_vocabulary",
        gxe.ExpectColumnValuesToBeInSet,
        "Quotes are counted per speaker kind; a kind outside credence.model.SPEAKER_KINDS falls out of the counts.",
        column="speaker_kind",
        value_set=list(SPEAKER_KINDS),
    )
    b.add(
        "speaker_named_unless_unknown",
        gxe.ExpectColumnValuesToNotBeNull,
        "A quote either names its speaker or says explicitly that the speaker is unknown; a silent gap "
        "would count as identified.",
        column="speaker",
        row_condition='speaker_kind != "unknown"',
        condition_parser="pandas",
    )
    b.offsets("quote")


def _attributions(b: _SuiteBuilder) -> None:
    b.unique_id("attribution_id", "an attribution")
    b.add(
        "kind_in_vocabulary",
        gxe.ExpectColumnValuesToBeInSet,
        "The attribution score counts credits per kind; a kind outside credence.model.ATTRIBUTION_KINDS "
        "would fall out of every count.",
        column="kind",
        value_set=list(ATTRIBUTION_KINDS),
    )
    b.add(
        "text_present",
        gxe.ExpectColumnValuesToNotBeNull,
        "An attribution is the words that credit a figure; without them there is nothing to show.",
        column="text",
    )
    b.add(
        "text_not_blank",
        gxe.ExpectColumnValuesToMatchRegex,
        "Blank attribution words credit no one and would pool unrelated claims.",
        column="text",
        regex=r"\S",
    )
    b.add(
        "n_claims_non_negative",
        gxe.ExpectColumnValuesToBeBetween,
        "n_claims counts the claims credited through this attribution; a negative count is a bug upstream.",
        column="n_claims",
        min_value=0,
    )
    b.offsets("attribution", nullable=True)
    b.add(
        "text_matches_article_text",
        gxe.ExpectColumnPairValuesToBeEqual,
        "Where offsets are stored, the article's text there should read as the attribution; a warning "
        "because the stored words may be normalised (whitespace, hyphenation).",
        severity="warning",
        column_A="text",
        column_B="text_at_offsets",
        ignore_row_if="either_value_is_missing",
    )


SCORE_FAMILIES = ("reliability", "consistency", "attribution")


def _source_scores(b: _SuiteBuilder, previous: PreviousRun | None) -> None:
    p = b.params
    b.add(
        "row_id_unique",
        gxe.ExpectColumnValuesToBeUnique,
        "A run scores each (source_id, source_kind) once; a second row would make the dashboard pick one "
        "at random.",
        column="row_id",
    )
    b.add(
        "source_kind_in_vocabulary",
        gxe.ExpectColumnValuesToBeInSet,
        "Scores are shown per kind of source (credence.model.SOURCE_KINDS); another kind has no page.",
        column="source_kind",
        value_set=list(SOURCE_KINDS),
    )
    for family in SCORE_FAMILIES:
        score, low, high = f"{family}_score", f"{family}_low", f"{family}_high"
        for column in (score, low, high):
            b.add(
                f"{column}_in_unit_interval",
                gxe.ExpectColumnValuesToBeBetween,
                f"{column} is a probability-like score; outside [0, 1] it is a bug in the scorer, and "
                "charts and rankings would mislead.",
                column=column,
                min_value=0.0,
                max_value=1.0,
            )
        b.add(
            f"{family}_low_le_score",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB,
            f"{low} is the lower end of the interval around {score}; a score below its own interval "
            "means the interval was computed from other data.",
            column_A=score,
            column_B=low,
            or_equal=True,
            ignore_row_if="either_value_is_missing",
        )
        b.add(
            f"{family}_score_le_high",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB,
            f"{high} is the upper end of the interval around {score}; a score above it means the "
            "interval was computed from other data.",
            column_A=high,
            column_B=score,
            or_equal=True,
            ignore_row_if="either_value_is_missing",
        )
    if previous is None or previous.scores is None:
        b.skip("reliability_move_vs_previous", "no previous run's scores")
        return
    b.add(
        "reliability_move_vs_previous",
        gxe.ExpectColumnValuesToBeBetween,
        f"A source's reliability moving more than {p.max_score_move} since run {previous.run_id} is "
        "news in itself, or a scoring bug; someone should look before it is published.",
        cross_run=True,
        column="reliability_move",
        max_value=p.max_score_move,
    )


def table_suite(
    table: str, params: ValidationParams, now: datetime, previous: PreviousRun | None = None
) -> SuiteSpec:
    """The suite of `table` for a run at `now` (naive UTC); cross-run checks only when `previous` has figures."""
    b = _SuiteBuilder(table, params)
    if table == "articles":
        _articles(b, now, previous)
    elif table == "claims":
        _claims(b, previous)
    elif table == "quotes":
        _quotes(b)
    elif table == "attributions":
        _attributions(b)
    elif table == "source_scores":
        _source_scores(b, previous)
    else:
        raise ValueError(f"no suite for table {table!r}; known: {', '.join(TABLES)}")
    return b.build()
