"""Runs page: run history with state, counts and seconds per stage."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, frames

warehouse = data.current()
runs = frames.run_table(data.run_history(warehouse))

st.title("Runs", anchor=False)
if runs.is_empty():
    st.info("No run recorded yet: `credence run` records one row per run.")
    st.stop()
st.caption(
    "One row per `credence run`: passed, warnings (recorded only), quarantined (rows left out of scoring) "
    "or crashed; running while a run is in progress."
)
st.altair_chart(charts.run_stages_chart(frames.run_stages_long(runs)), width="stretch")
st.dataframe(
    runs.select(
        "started_at",
        "state",
        "duration_seconds",
        "articles_seen",
        "articles_new",
        "articles_rejected",
        "claims_new",
        "quotes_new",
        "rows_quarantined",
        "sources_scored",
        "ingest_seconds",
        "extract_seconds",
        "validate_seconds",
        "score_seconds",
        "run_id",
        "message",
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "started_at": st.column_config.DatetimeColumn("started", format="YYYY-MM-DD HH:mm:ss"),
        "duration_seconds": st.column_config.NumberColumn("seconds", format="%.1f"),
        "articles_seen": st.column_config.NumberColumn("articles seen"),
        "articles_new": st.column_config.NumberColumn("new"),
        "articles_rejected": st.column_config.NumberColumn("rejected"),
        "claims_new": st.column_config.NumberColumn("claims"),
        "quotes_new": st.column_config.NumberColumn("quotes"),
        "rows_quarantined": st.column_config.NumberColumn("quarantined"),
        "sources_scored": st.column_config.NumberColumn("scored"),
        "ingest_seconds": st.column_config.NumberColumn("ingest s", format="%.2f"),
        "extract_seconds": st.column_config.NumberColumn("extract s", format="%.2f"),
        "validate_seconds": st.column_config.NumberColumn("validate s", format="%.2f"),
        "score_seconds": st.column_config.NumberColumn("score s", format="%.2f"),
        "run_id": st.column_config.TextColumn("run"),
    },
)
