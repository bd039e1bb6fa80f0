"""The frames the suites check: each table as given plus helper columns computed in polars (joins, bounds, deltas)."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from expectations.suites import CHANGE_MEASURE_PATTERN, PreviousRun, ValidationParams

# Helper columns are named so that a reader of Data Docs or a quarantine reason sees what they hold.
_CHILD_TABLES = ("claims", "quotes", "attributions")


def naive_utc(column: str, frame: pl.DataFrame) -> pl.Expr:
    """Timestamps compared in naive UTC, as the warehouse stores them, whatever zone the frame carries."""
    dtype = frame.schema[column]
    expr = pl.col(column)
    if isinstance(dtype, pl.Datetime) and dtype.time_zone is not None:
        expr = expr.dt.convert_time_zone("UTC").dt.replace_time_zone(None)
    return expr


def bounds_key(value_bounds: Mapping[str, tuple[float, float]]) -> pl.Expr:
    """The key of ValidationParams.value_bounds that applies to each claim.

    First match wins: the claim's measure, "percent_change" for a percentage whose measure names a
    change, its unit, then a class: "count" for no unit, "money" for a three-letter upper-case unit
    (an ISO 4217 currency code), "other" for anything else.
    """
    keys = list(value_bounds)
    is_change = (pl.col("unit") == "percent") & pl.col("measure").str.contains(CHANGE_MEASURE_PATTERN)
    unit_class = (
        pl.when(pl.col("unit").is_null())
        .then(pl.lit("count"))
        .when(pl.col("unit").str.contains(r"^[A-Z]{3}$"))
        .then(pl.lit("money"))
        .otherwise(pl.lit("other"))
    )
    return (
        pl.when(pl.col("measure").is_in(keys))
        .then(pl.col("measure"))
        .when(is_change & pl.lit("percent_change" in keys))
        .then(pl.lit("percent_change"))
        .when(pl.col("unit").is_in(keys))
        .then(pl.col("unit"))
        .otherwise(unit_class)
    )


def _with_article_text(
    frame: pl.DataFrame, articles: pl.DataFrame | None, text_column: str | None
) -> pl.DataFrame:
    """Adds article_length and, when `text_column` is given, text_at_offsets: the article's text at the row's offsets.

    text_at_offsets is null where the offsets cannot be applied (no article, no offsets, out of range),
    so that the span check reports only rows whose offsets are valid and whose text differs; the
    offset checks report the rest.
    """
    if articles is None:
        return frame
    if "text" not in articles.columns:
        raise ValueError(
            "the articles frame needs its text column: every offset of claims, quotes and attributions refers to it"
        )
    texts = articles.select(
        "article_id",
        pl.col("text").alias("_article_text"),
        pl.col("text").str.len_chars().alias("article_length"),
    ).unique("article_id", keep="first")
    joined = frame.join(texts, on="article_id", how="left")
    if text_column is not None:
        usable = (
            pl.col("char_start").is_not_null()
            & pl.col("char_end").is_not_null()
            & (pl.col("char_start") >= 0)
            & (pl.col("char_end") > pl.col("char_start"))
            & (pl.col("char_end") <= pl.col("article_length"))
        )
        joined = joined.with_columns(
            pl.when(usable)
            .then(
                pl.col("_article_text").str.slice(
                    pl.col("char_start"), pl.col("char_end") - pl.col("char_start")
                )
            )
            .alias("text_at_offsets")
        )
    return joined.drop("_article_text")


def _articles(
    frames: Mapping[str, pl.DataFrame], params: ValidationParams, previous: PreviousRun | None
) -> pl.DataFrame:
    articles = frames["articles"]
    out = articles.with_columns(naive_utc("published_at", articles).alias("published_at"))
    claims = frames.get("claims")
    if previous is None or previous.claims_per_article is None or claims is None:
        return out
    counts = claims.group_by("article_id").len(name="n_claims")
    before = previous.claims_per_article.select(
        "article_id", pl.col("n_claims").cast(pl.Float64).alias("previous_n_claims")
    )
    return (
        out.join(counts, on="article_id", how="left")
        .with_columns(pl.col("n_claims").fill_null(0).cast(pl.Int64))
        .join(before, on="article_id", how="left")
        .with_columns(
            # only articles that yielded enough before are compared: 1 -> 0 claims is noise, 10 -> 2 is not
            pl.when(pl.col("previous_n_claims") >= params.min_previous_claims)
            .then(pl.col("n_claims") / pl.col("previous_n_claims"))
            .alias("yield_ratio")
        )
    )


def _claims(frames: Mapping[str, pl.DataFrame], params: ValidationParams) -> pl.DataFrame:
    key = bounds_key(params.value_bounds)
    lows = {k: v[0] for k, v in params.value_bounds.items()}
    highs = {k: v[1] for k, v in params.value_bounds.items()}
    out = frames["claims"].with_columns(
        key.alias("bounds_key"),
        pl.min_horizontal("value_low", "value_high").alias("value_min"),
        pl.max_horizontal("value_low", "value_high").alias("value_max"),
        (pl.col("attribution_kind") == "none").cast(pl.Float64).alias("is_unattributed"),
    )
    out = out.with_columns(
        pl.col("bounds_key").replace_strict(lows, default=None, return_dtype=pl.Float64).alias("bound_low"),
        pl.col("bounds_key").replace_strict(highs, default=None, return_dtype=pl.Float64).alias("bound_high"),
    )
    return _with_article_text(out, frames.get("articles"), "span")


def _source_scores(frames: Mapping[str, pl.DataFrame], previous: PreviousRun | None) -> pl.DataFrame:
    out = frames["source_scores"].with_columns(
        pl.concat_str("source_id", pl.lit("|"), "source_kind").alias("row_id")
    )
    if previous is None or previous.scores is None:
        return out
    before = previous.scores.select(
        "source_id", "source_kind", pl.col("reliability_score").alias("previous_reliability_score")
    ).unique(["source_id", "source_kind"], keep="first")
    return out.join(before, on=["source_id", "source_kind"], how="left").with_columns(
        (pl.col("reliability_score") - pl.col("previous_reliability_score")).abs().alias("reliability_move")
    )


def checked_frame(
    table: str,
    frames: Mapping[str, pl.DataFrame],
    params: ValidationParams,
    previous: PreviousRun | None = None,
) -> pl.DataFrame:
    """`frames[table]` with the helper columns its suite reads; helpers that need an absent frame are left out."""
    if table == "articles":
        return _articles(frames, params, previous)
    if table == "claims":
        return _claims(frames, params)
    if table == "quotes":
        return _with_article_text(frames["quotes"], frames.get("articles"), None)
    if table == "attributions":
        return _with_article_text(frames["attributions"], frames.get("articles"), "text")
    if table == "source_scores":
        return _source_scores(frames, previous)
    raise ValueError(f"no checked frame for table {table!r}")
