"""Altair charts of the dashboard, each a pure function of polars frames (no Streamlit, no I/O)."""

from __future__ import annotations

import math

import altair as alt
import polars as pl

from dashboard.frames import ATTRIBUTION_KINDS, INSUFFICIENT, STAGES

EVIDENCE_COLOURS = alt.Scale(domain=["ok", INSUFFICIENT], range=["#1f6fb4", "#a8a8a8"])
# Warm to cold: named, checkable sources first, no source at all last.
ATTRIBUTION_COLOURS = alt.Scale(
    domain=list(ATTRIBUTION_KINDS), range=["#1b7837", "#5aae61", "#a6dba0", "#f1b6da", "#de77ae", "#c51b7d"]
)
ROW_HEIGHT = 22
# Streamlit fits a chart's whole height (legend and axis labels included) unless told otherwise;
# fitting only the width keeps `height` the height of the plot, so bottom legends cannot squash it.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")


def leaderboard_chart(board: pl.DataFrame, max_rows: int = 40) -> alt.LayerChart:
    """Reliability of the first `max_rows` sources: the 95 % interval as an error bar, the score as a dot.

    Sources with insufficient evidence are grey and have no dot (their score is not established);
    the order is the board's (rank by the interval's lower bound).
    """
    rows = board.head(max_rows).select(
        "label", "source_id", "reliability_score", "reliability_low", "reliability_high",
        "consistency_score", "attribution_score", "n_claims", "n_compared", "evidence_status",
    )  # fmt: skip
    y = alt.Y("label:N", sort=rows["label"].to_list(), title=None, axis=alt.Axis(labelLimit=260))
    colour = alt.Color(
        "evidence_status:N", scale=EVIDENCE_COLOURS, legend=alt.Legend(title=None, orient="bottom")
    )
    tooltip = [
        alt.Tooltip("label:N", title="source"),
        alt.Tooltip("reliability_score:Q", format=".2f", title="reliability"),
        alt.Tooltip("reliability_low:Q", format=".2f", title="low"),
        alt.Tooltip("reliability_high:Q", format=".2f", title="high"),
        alt.Tooltip("consistency_score:Q", format=".2f", title="consistency"),
        alt.Tooltip("attribution_score:Q", format=".2f", title="attribution"),
        alt.Tooltip("n_claims:Q", title="claims"),
        alt.Tooltip("n_compared:Q", title="compared"),
        alt.Tooltip("evidence_status:N", title="evidence"),
    ]
    base = alt.Chart(rows).encode(y=y, color=colour, tooltip=tooltip)
    x = alt.X(
        "reliability_low:Q", scale=alt.Scale(domain=[0, 1]), title="reliability (95 % interval, dot = score)"
    )
    bars = base.mark_errorbar(ticks=True, thickness=2).encode(x=x, x2="reliability_high:Q")
    dots = base.mark_point(filled=True, size=70, opacity=1).encode(x="reliability_score:Q")
    return (bars + dots).properties(height=alt.Step(ROW_HEIGHT), autosize=FIT_WIDTH)


def attribution_mix_chart(mix: pl.DataFrame) -> alt.Chart:
    """How a source's claims are credited, named sources on top: one bar per attribution kind."""
    return (
        alt.Chart(mix)
        .mark_bar()
        .encode(
            y=alt.Y("attribution_kind:N", sort=list(ATTRIBUTION_KINDS), title=None),
            x=alt.X("n_claims:Q", title="claims", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("attribution_kind:N", scale=ATTRIBUTION_COLOURS, legend=None),
            tooltip=[
                alt.Tooltip("attribution_kind:N", title="credited to"),
                alt.Tooltip("n_claims:Q", title="claims"),
                alt.Tooltip("share:Q", format=".0%", title="share"),
            ],
        )
        .properties(height=alt.Step(ROW_HEIGHT), autosize=FIT_WIDTH)
    )


def score_history_chart(history: pl.DataFrame) -> alt.LayerChart:
    """A source's reliability, consistency and attribution across runs: intervals as bars, scores as dots.

    `history` is the long form of frames.score_history_long; runs are placed in time order.
    """
    rows = history.with_columns(
        run=pl.format("{} · {}", pl.col("at").dt.strftime("%Y-%m-%d %H:%M"), "run_id")
    )
    order = rows.sort("at")["run"].unique(maintain_order=True).to_list()
    base = alt.Chart(rows).encode(
        x=alt.X("run:N", sort=order, title="run", axis=alt.Axis(labelAngle=-30, labelLimit=200)),
        xOffset=alt.XOffset("component:N", sort=["reliability", "consistency", "attribution"]),
        color=alt.Color(
            "component:N",
            sort=["reliability", "consistency", "attribution"],
            legend=alt.Legend(title=None, orient="bottom"),
        ),
        tooltip=[
            alt.Tooltip("run_id:N", title="run"),
            alt.Tooltip("component:N"),
            alt.Tooltip("score:Q", format=".2f"),
            alt.Tooltip("low:Q", format=".2f"),
            alt.Tooltip("high:Q", format=".2f"),
            alt.Tooltip("evidence_status:N", title="evidence"),
        ],
    )
    y = alt.Y("low:Q", scale=alt.Scale(domain=[0, 1]), title="score (95 % interval)")
    bars = base.mark_errorbar(ticks=True, thickness=2).encode(y=y, y2="high:Q")
    dots = base.mark_point(filled=True, size=60, opacity=1).encode(y="score:Q")
    return (bars + dots).properties(height=260, autosize=FIT_WIDTH)


def _value_scale(values: pl.Series) -> alt.Scale:
    known = values.drop_nulls()
    positive = known.filter(known > 0)
    # Claims like "more than 1,000" reach an order of magnitude above the rest; a log scale keeps
    # the small exact figures readable next to them (symlog only when zero or less must show).
    if positive.len() and positive.max() / max(positive.min(), 1e-9) > 50:
        return alt.Scale(type="log") if positive.len() == known.len() else alt.Scale(type="symlog")
    return alt.Scale(zero=False)


def _value_axis(scale: alt.Scale, values: pl.Series) -> alt.Axis:
    """Ticks at the powers of ten a log scale spans (Vega-Lite labels a symlog axis at its ends only)."""
    known = values.drop_nulls()
    positive = known.filter(known > 0)
    if scale.type not in ("log", "symlog") or positive.len() == 0:
        return alt.Axis(format="~s")
    low, high = math.floor(math.log10(positive.min())), math.ceil(math.log10(positive.max()))
    ticks = [10.0**k for k in range(low, high + 1)]
    if scale.type == "symlog":
        ticks = [0.0, *(t for t in ticks if t >= 10)]  # symlog draws 0 and 1 a pixel apart
    return alt.Axis(values=ticks, format=",~f", labelOverlap=False)


def fact_timeline_chart(facts: pl.DataFrame, claims: pl.DataFrame, unit: str | None = None) -> alt.LayerChart:
    """One topic over time: each window's consensus as a grey band, each source's claim as an interval.

    facts: window_start, window_end, consensus_low, consensus_high, n_sources (one row per window);
    claims: published_at, source_id, plausible_low, plausible_high, value_low, value_high, qualifier, span.
    Claims without a publication time are not drawn (frames.timeline_claims sets them apart).
    """
    dated_facts = facts.filter(pl.col("window_start").is_not_null() & pl.col("consensus_low").is_not_null())
    dated_claims = claims.filter(pl.col("published_at").is_not_null()).with_columns(
        value=pl.coalesce("value_low", "value_high")
    )
    values = pl.concat([
        dated_facts["consensus_low"], dated_facts["consensus_high"],
        dated_claims["plausible_low"], dated_claims["plausible_high"], dated_claims["value"],
    ])  # fmt: skip
    scale = _value_scale(values)
    axis = _value_axis(scale, values)
    title = f"value ({unit})" if unit else "value"
    band = (
        alt.Chart(dated_facts)
        .mark_rect(opacity=0.25, color="#7f7f7f", stroke="#4d4d4d", strokeWidth=1, strokeOpacity=0.8)
        .encode(
            x=alt.X("window_start:T", title="published"),
            x2="window_end:T",
            y=alt.Y("consensus_low:Q", scale=scale, axis=axis, title=title),
            y2="consensus_high:Q",
            tooltip=[
                alt.Tooltip("window_start:T", title="window from"),
                alt.Tooltip("window_end:T", title="window to"),
                alt.Tooltip("consensus_low:Q", format=",.4~g", title="consensus low"),
                alt.Tooltip("consensus_high:Q", format=",.4~g", title="consensus high"),
                alt.Tooltip("n_sources:Q", title="sources"),
            ],
        )
    )
    tooltip = [
        alt.Tooltip("source_id:N", title="source"),
        alt.Tooltip("published_at:T", title="published"),
        alt.Tooltip("span:N", title="said"),
        alt.Tooltip("plausible_low:Q", format=",.4~g", title="read as from"),
        alt.Tooltip("plausible_high:Q", format=",.4~g", title="to"),
        alt.Tooltip("agreement:Q", format=".2f"),
    ]
    colour = alt.Color(
        "source_id:N", title="source", legend=alt.Legend(orient="bottom", columns=3, labelLimit=220)
    )
    intervals = (
        alt.Chart(dated_claims)
        .mark_errorbar(ticks=True, thickness=2)
        .encode(
            x="published_at:T",
            y=alt.Y("plausible_low:Q", scale=scale, axis=axis, title=title),
            y2="plausible_high:Q",
            color=colour,
            tooltip=tooltip,
        )
    )
    dots = (
        alt.Chart(dated_claims)
        .mark_point(filled=True, size=55, opacity=1)
        .encode(
            x="published_at:T",
            y=alt.Y("value:Q", scale=scale, axis=axis, title=title),
            color=colour,
            shape=alt.Shape("qualifier:N", legend=alt.Legend(orient="bottom", title="said as", columns=2)),
            tooltip=tooltip,
        )
    )
    return (band + intervals + dots).properties(height=320, autosize=FIT_WIDTH)


def run_stages_chart(stages: pl.DataFrame) -> alt.Chart:
    """Seconds per stage of each run, stacked, runs in time order."""
    rows = stages.with_columns(
        run=pl.format("{} · {}", pl.col("started_at").dt.strftime("%m-%d %H:%M"), "run_id")
    )
    order = rows.sort("started_at")["run"].unique(maintain_order=True).to_list()
    return (
        alt.Chart(rows)
        .mark_bar()
        .encode(
            x=alt.X("run:N", sort=order, title=None, axis=alt.Axis(labelAngle=-30, labelLimit=200)),
            y=alt.Y("seconds:Q", stack="zero", title="seconds"),
            color=alt.Color(
                "stage:N",
                sort=list(STAGES),
                scale=alt.Scale(domain=list(STAGES)),
                legend=alt.Legend(orient="bottom", title=None),
            ),
            order=alt.Order("stage_order:Q"),
            tooltip=[
                alt.Tooltip("run_id:N", title="run"),
                alt.Tooltip("stage:N"),
                alt.Tooltip("seconds:Q", format=".2f"),
            ],
        )
        .transform_calculate(stage_order=f"indexof({list(STAGES)!r}, datum.stage)")
        .properties(height=240, autosize=FIT_WIDTH)
    )
