"""Facts page: one topic (e.g. North Korea · killed · troop) over time — every source's interval and each window's consensus."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, frames
from dashboard.sentences import escape_markdown

warehouse = data.current()
run_id = data.latest_run(warehouse)

kind_col, topic_col = st.columns([1.3, 4])
with kind_col:
    kind = st.radio(
        "Consensus of",
        frames.KINDS,
        key="kind",
        bind="query-params",
        horizontal=True,
        help="outlet: every outlet's claims vote; originator: only attributed claims, voted by whom they credit.",
    )
topics = data.fact_topics(warehouse, run_id, kind)
if topics.is_empty():
    st.info(f"The latest run found no facts among the {frames.KIND_LABELS[kind].lower()}' claims.")
    st.stop()
keys = {
    frames.topic_label(t["subject"], t["measure"], t["counted"], t["unit"]): t
    for t in topics.iter_rows(named=True)
}
with topic_col:
    # Topics are listed most-reported first; the label is what the URL keeps.
    label = st.selectbox("Fact", list(keys), key="topic", bind="query-params")
topic = keys[label]

st.title(escape_markdown(label), anchor=False)
facts = data.topic_facts(
    warehouse, run_id, kind, topic["subject"], topic["measure"], topic["counted"], topic["unit"]
)
claims = data.topic_claims(
    warehouse, run_id, kind, topic["subject"], topic["measure"], topic["counted"], topic["unit"]
)
dated, undated = frames.timeline_claims(claims)
st.caption(
    f"{claims.height} claims from {claims['source_id'].n_unique()} sources in {facts.height} time windows. "
    "Grey bands: each window's consensus (reliability-weighted); bars: the interval each claim's words allow "
    '("more than 1,000" reaches an order of magnitude up); dots: the figure as said.'
)
if dated.is_empty():
    st.info(
        "None of these claims has a publication date, so they cannot be placed in time; they are listed below."
    )
else:
    st.altair_chart(charts.fact_timeline_chart(facts, dated, topic["unit"]), width="stretch")

st.subheader("Consensus per window")
st.dataframe(
    facts.select(
        "window_start",
        "window_end",
        "consensus_low",
        "consensus_high",
        "consensus_confidence",
        "n_sources",
        "n_claims",
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "window_start": st.column_config.DatetimeColumn("window from", format="YYYY-MM-DD"),
        "window_end": st.column_config.DatetimeColumn("window to", format="YYYY-MM-DD"),
        "consensus_low": st.column_config.NumberColumn("consensus low", format="%.4g"),
        "consensus_high": st.column_config.NumberColumn("consensus high", format="%.4g"),
        "consensus_confidence": st.column_config.NumberColumn("confidence", format="%.2f"),
        "n_sources": st.column_config.NumberColumn("sources"),
        "n_claims": st.column_config.NumberColumn("claims"),
    },
)
st.subheader("Claims")
if undated.height:
    st.caption(f"{undated.height} undated claims are listed here but not drawn on the time axis.")
st.dataframe(
    claims.select(
        "source_id",
        "span",
        "value_low",
        "value_high",
        "qualifier",
        "plausible_low",
        "plausible_high",
        "agreement",
        "agrees_with_consensus",
        "attribution_kind",
        "outlet",
        "title",
        "published_at",
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "source_id": st.column_config.TextColumn("source"),
        "span": st.column_config.TextColumn("said"),
        "plausible_low": st.column_config.NumberColumn("read as from", format="%.4g"),
        "plausible_high": st.column_config.NumberColumn("to", format="%.4g"),
        "agreement": st.column_config.NumberColumn(format="%.2f"),
        "agrees_with_consensus": st.column_config.CheckboxColumn("agrees"),
        "published_at": st.column_config.DatetimeColumn("published", format="YYYY-MM-DD HH:mm"),
    },
)
