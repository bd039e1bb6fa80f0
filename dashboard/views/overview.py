"""Overview page: the leaderboard of outlets or cited originators, reliability with its interval; filters live in the URL."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, frames, widgets
from dashboard.sentences import escape_markdown

CHART_ROWS = 40
LINK_ROWS = 60

warehouse = data.current()
runs = data.scored_runs(warehouse)
run_id = runs["run_id"][0]
board = frames.named_leaderboard(data.leaderboard(warehouse, run_id), data.source_names(warehouse))
activity = data.source_activity(warehouse)

st.title("Source reliability")
st.caption(
    f"Run `{run_id}`, scored {runs['scored_at'][0]:%Y-%m-%d %H:%M} UTC. Reliability = 0.7 × consistency with "
    "other sources + 0.3 × attribution quality, each with a 95 % interval; sources are ranked by the interval's "
    "lower bound, so one lucky claim cannot top the board. Grey rows have insufficient evidence "
    "(too few claims or compared facts) and no established score."
)

kind_col, source_col, claims_col, dates_col = st.columns([1.3, 3, 1, 1.8])
with kind_col:
    kind = widgets.kind_radio()
of_kind = board.filter(board["source_kind"] == kind)
labels = dict(zip(of_kind["source_id"], of_kind["label"], strict=True))
with source_col:
    chosen = st.multiselect(
        "Only these",
        list(labels),
        key="sources",
        bind="query-params",
        placeholder="all sources",
    )
with claims_col:
    min_claims = int(
        st.number_input("Minimum claims", min_value=0, value=0, step=1, key="min_claims", bind="query-params")
    )
bounds = frames.activity_dates(activity, kind)
dates = None
with dates_col:
    if bounds is None:
        st.caption("No dated articles: no date filter.")
    else:
        picked = st.date_input(
            "Published between",
            value=bounds,
            min_value=bounds[0],
            max_value=bounds[1],
            key="dates",
            bind="query-params",
        )
        # While a range is being picked the widget holds one date; filter only on a full, narrowed range.
        if isinstance(picked, tuple) and len(picked) == 2 and tuple(picked) != tuple(bounds):
            dates = (picked[0], picked[1])

rows = frames.filtered_leaderboard(board, activity, kind, chosen, min_claims, dates)
if rows.is_empty():
    st.info("No source matches these filters. Lower the minimum number of claims or widen the dates.")
    st.stop()

counts = rows["evidence_status"].value_counts()
established = int(counts.filter(counts["evidence_status"] == "ok")["count"].sum())
st.caption(
    f"{rows.height} {frames.KIND_LABELS[kind].lower()} shown, {established} with enough evidence for a score"
    + (f"; the chart shows the first {CHART_ROWS}" if rows.height > CHART_ROWS else "")
    + (" · dates count articles published in the range; scores cover the whole run" if dates else "")
)
st.altair_chart(charts.leaderboard_chart(rows, CHART_ROWS), width="stretch")

table_columns = [
    "rank", "label", "reliability_score", "reliability_low", "reliability_high", "consistency_score",
    "attribution_score", "n_claims", "n_compared", "evidence_status",
] + (["n_articles_in_range"] if dates else [])  # fmt: skip
st.dataframe(
    rows.select(table_columns),
    hide_index=True,
    width="stretch",
    column_config={
        "rank": st.column_config.NumberColumn("#", width="small"),
        "label": st.column_config.TextColumn("source"),
        "reliability_score": st.column_config.NumberColumn("reliability", format="%.2f"),
        "reliability_low": st.column_config.NumberColumn("low", format="%.2f"),
        "reliability_high": st.column_config.NumberColumn("high", format="%.2f"),
        "consistency_score": st.column_config.NumberColumn("consistency", format="%.2f"),
        "attribution_score": st.column_config.NumberColumn("attribution", format="%.2f"),
        "n_claims": st.column_config.NumberColumn("claims"),
        "n_compared": st.column_config.NumberColumn(
            "compared", help="claims compared with independent sources"
        ),
        "evidence_status": st.column_config.TextColumn("evidence"),
        "n_articles_in_range": st.column_config.NumberColumn("articles in range"),
    },
)

st.subheader("Open a source")
st.caption("Its claims, the sentence each came from, the consensus of the others and what conflicts with it.")
links = list(rows.head(LINK_ROWS).iter_rows(named=True))
# Row by row, so reading (and tab) order is rank order.
for start in range(0, len(links), 3):
    for column, row in zip(st.columns(3), links[start : start + 3], strict=False):
        with column:
            flag = " · insufficient evidence" if row["evidence_status"] == frames.INSUFFICIENT else ""
            st.page_link(
                "views/source.py",
                label=f"{escape_markdown(row['label'])}{flag}",
                query_params={"kind": kind, "source": row["source_id"]},
                icon=":material/arrow_forward:",
            )
if rows.height > LINK_ROWS:
    st.caption(f"{rows.height - LINK_ROWS} more: narrow the filters, or pick any source on the Source page.")
