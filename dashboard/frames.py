"""What the pages show, computed from the frames data.py reads (pure: frames in, frames out, no Streamlit)."""

from __future__ import annotations

from datetime import date

import polars as pl

KINDS = ("outlet", "originator")
KIND_LABELS = {"outlet": "Outlets", "originator": "Cited originators"}
KIND_HELP = "outlet: the publisher of the article; originator: the source an article credits a figure to."
INSUFFICIENT = "insufficient evidence"
ATTRIBUTION_KINDS = ("person", "organization", "document", "anonymous", "vague", "none")
ROLES = ("conflicts", "supports", "uncompared", "not scored")
STAGES = ("ingest", "extract", "validate", "score")


def named_leaderboard(board: pl.DataFrame, names: pl.DataFrame) -> pl.DataFrame:
    """The leaderboard with a display `label` per source and its `rank` within its kind (board order kept).

    Outlets take their registered name; originators are their own name. A label shared by two
    sources of one kind gets the source id appended, so labels identify sources.
    """
    named = board.join(
        names.select("source_id", pl.col("name").alias("registered_name")), on="source_id", how="left"
    ).with_columns(
        label=pl.when(pl.col("source_kind") == "outlet")
        .then(pl.coalesce("registered_name", "source_id"))
        .otherwise(pl.col("source_id"))
    )
    clash = pl.col("label").count().over("source_kind", "label") > 1
    return (
        named.with_columns(
            label=pl.when(clash).then(pl.format("{} ({})", "label", "source_id")).otherwise("label")
        )
        .with_columns(rank=pl.int_range(1, pl.len() + 1).over("source_kind"))
        .drop("registered_name")
    )


def activity_dates(activity: pl.DataFrame, kind: str) -> tuple[date, date] | None:
    """The first and last publication day among one kind's sources, None when nothing is dated."""
    days = activity.filter((pl.col("source_kind") == kind) & pl.col("day").is_not_null())["day"]
    if days.is_empty():
        return None
    return days.min(), days.max()


def filtered_leaderboard(
    board: pl.DataFrame,
    activity: pl.DataFrame,
    kind: str,
    sources: list[str] | None = None,
    min_claims: int = 0,
    dates: tuple[date, date] | None = None,
) -> pl.DataFrame:
    """One kind's rows of the named leaderboard kept by the filters, in rank order.

    sources: keep only these source ids (none given: all); min_claims: at least this many
    scored claims; dates: keep sources with at least one article (outlet) or citing article
    (originator) published in [first, last] day, and count them in `n_articles_in_range`.
    """
    rows = board.filter((pl.col("source_kind") == kind) & (pl.col("n_claims") >= min_claims))
    if sources:
        rows = rows.filter(pl.col("source_id").is_in(sources))
    if dates is not None:
        first, last = dates
        in_range = (
            activity.filter(
                (pl.col("source_kind") == kind)
                & pl.col("day").is_not_null()
                & pl.col("day").is_between(first, last)
            )
            .group_by("source_id")
            .agg(pl.col("n_articles").sum().alias("n_articles_in_range"))
        )
        rows = rows.join(in_range, on="source_id", how="inner")
    return rows.sort("rank")


def attribution_mix(score: dict) -> pl.DataFrame:
    """How a source's claims are credited: one row per attribution kind with its count and share of claims."""
    counts = [int(score.get(f"n_{kind}") or 0) for kind in ATTRIBUTION_KINDS]
    total = sum(counts)
    return pl.DataFrame(
        {
            "attribution_kind": list(ATTRIBUTION_KINDS),
            "n_claims": counts,
            "share": [c / total if total else 0.0 for c in counts],
        },
        schema={"attribution_kind": pl.String, "n_claims": pl.Int64, "share": pl.Float64},
    )


def score_history_long(history: pl.DataFrame) -> pl.DataFrame:
    """A source's scores per run in long form: run, when, component, score (null when not established), low, high."""
    parts = []
    for component in ("reliability", "consistency", "attribution"):
        parts.append(
            history.select(
                "run_id",
                pl.coalesce("started_at", "scored_at").alias("at"),
                pl.lit(component).alias("component"),
                pl.col(f"{component}_score").alias("score"),
                pl.col(f"{component}_low").alias("low"),
                pl.col(f"{component}_high").alias("high"),
                "evidence_status",
            )
        )
    if not parts or history.is_empty():
        return pl.DataFrame(
            schema={"run_id": pl.String, "at": pl.Datetime, "component": pl.String, "score": pl.Float64,
                    "low": pl.Float64, "high": pl.Float64, "evidence_status": pl.String}
        )  # fmt: skip
    return pl.concat(parts).sort("at", "component")


def claims_with_role(claims: pl.DataFrame) -> pl.DataFrame:
    """The claims with `role` filled in: a claim the run did not score (quarantined, or no fact) is "not scored"."""
    return claims.with_columns(role=pl.col("role").fill_null("not scored"))


def evidence_page(
    claims: pl.DataFrame, roles: list[str] | None, page: int, per_page: int
) -> tuple[pl.DataFrame, int]:
    """One page of the claims whose role is among `roles` (all when empty), and the number of pages."""
    kept = claims if not roles else claims.filter(pl.col("role").is_in(roles))
    pages = max(1, -(-kept.height // per_page))
    page = min(max(1, page), pages)
    return kept.slice((page - 1) * per_page, per_page), pages


def role_counts(claims: pl.DataFrame) -> dict[str, int]:
    """How many claims have each role, in ROLES order (roles with none are left out)."""
    counts = dict(claims.group_by("role").len().iter_rows())
    return {role: counts[role] for role in ROLES if counts.get(role)}


def topic_label(subject: str | None, measure: str, counted: str | None, unit: str | None) -> str:
    """A topic in words: "North Korea · killed", "Ukraine · killed · civilian", "United States · money (USD)"."""
    text = f"{subject or 'no subject'} · {measure}" + (f" · {counted}" if counted else "")
    return f"{text} ({unit})" if unit else text


def timeline_claims(claims: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A topic's claims split into those with a publication time (charted) and the undated (listed)."""
    return claims.filter(pl.col("published_at").is_not_null()), claims.filter(
        pl.col("published_at").is_null()
    )


def run_stages_long(runs: pl.DataFrame) -> pl.DataFrame:
    """Seconds per stage per run in long form (for the stacked bars), stages without a time left out."""
    if runs.is_empty():
        return pl.DataFrame(
            schema={"run_id": pl.String, "started_at": pl.Datetime, "stage": pl.String, "seconds": pl.Float64}
        )
    return (
        runs.select("run_id", "started_at", *[pl.col(f"{s}_seconds").alias(s) for s in STAGES])
        .unpivot(index=["run_id", "started_at"], on=list(STAGES), variable_name="stage", value_name="seconds")
        .filter(pl.col("seconds").is_not_null())
        .sort("started_at", "stage")
    )


def run_table(runs: pl.DataFrame) -> pl.DataFrame:
    """Runs with their wall-clock duration in seconds (null while running)."""
    return runs.with_columns(
        duration_seconds=(pl.col("finished_at") - pl.col("started_at")).dt.total_milliseconds() / 1000
    )


def alert_counts(alerts: pl.DataFrame) -> dict[str, int]:
    """Alert deliveries per status (delivered, failed, recorded, ...), most frequent first."""
    return dict(alerts.group_by("status").len().sort("len", "status", descending=[True, False]).iter_rows())


def suite_summary(results: pl.DataFrame) -> pl.DataFrame:
    """Per suite: the run it was last validated in, expectations checked, failed errors and failed warnings."""
    return (
        results.group_by("suite")
        .agg(
            pl.col("run_id").first(),
            pl.col("validated_at").max(),
            pl.len().alias("expectations"),
            ((~pl.col("success")) & (pl.col("severity") == "error")).sum().alias("failed_errors"),
            ((~pl.col("success")) & (pl.col("severity") == "warning")).sum().alias("failed_warnings"),
        )
        .sort("suite")
    )
