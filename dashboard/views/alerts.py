"""Alerts page: recent alerts, one row per channel they went to, with delivery status, attempts and errors."""

from __future__ import annotations

import json

import polars as pl
import streamlit as st

from dashboard import data, frames

warehouse = data.current()
alerts = data.recent_alerts(warehouse)

st.title("Alerts", anchor=False)
st.caption(
    "A run alerts on quarantined rows (error-severity expectations failed) and on crashes. Each alert is recorded "
    "in the warehouse and sent to every configured channel with retries; a channel that is down never stops a run."
)
if alerts.is_empty():
    st.success("No alert has been raised.")
    st.stop()

counts = frames.alert_counts(alerts)
for column, (status, n) in zip(st.columns(max(1, len(counts))), counts.items(), strict=False):
    column.metric(status, n)

statuses = st.multiselect(
    "Status", list(counts), key="status", bind="query-params", placeholder="all statuses"
)
shown = alerts.filter(pl.col("status").is_in(statuses)) if statuses else alerts
st.dataframe(
    shown.select(
        "created_at", "severity", "title", "channel", "status", "attempts", "error", "delivered_at", "run_id"
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "created_at": st.column_config.DatetimeColumn("raised", format="YYYY-MM-DD HH:mm:ss"),
        "delivered_at": st.column_config.DatetimeColumn("delivered", format="YYYY-MM-DD HH:mm:ss"),
        "title": st.column_config.TextColumn("alert", width="large"),
        "run_id": st.column_config.TextColumn("run"),
    },
)

st.subheader("Payload")
choices = {
    f"{row['created_at']:%Y-%m-%d %H:%M:%S} · {row['channel']} · {row['title']}": row["payload"]
    for row in shown.iter_rows(named=True)
}
if choices:
    picked = st.selectbox("Alert", list(choices), key="alert")
    try:
        st.json(json.loads(choices[picked]), expanded=1)
    except ValueError:
        st.text(choices[picked])
