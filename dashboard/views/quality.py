"""Data quality page: each suite's latest validation results, the quarantined rows with their reasons, the Data Docs."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import data, frames

warehouse = data.current()
# Read first: an unreadable warehouse is then the page's one message.
results = data.latest_validation(warehouse)
quarantine = data.quarantine_summary(warehouse)

st.title("Data quality", anchor=False)
st.caption(
    "Every run checks what it produced with Great Expectations before scoring. Rows failing an error-severity "
    "expectation are quarantined (left out of scoring, never deleted); failed warnings are recorded only."
)

st.subheader("Data Docs")
index = warehouse.docs_index
if index.exists():
    st.markdown(
        "The full validation reports (Great Expectations Data Docs), to open in a browser on this machine:"
    )
    st.code(index.as_uri(), language=None)
else:
    st.info(f"No Data Docs at `{index}` yet: a run writes them there (CREDENCE_DATA_DOCS_DIR moves them).")

st.subheader("Latest results per suite")
if results.is_empty():
    st.info("No validation results yet: a run validates articles, claims, quotes, attributions and scores.")
else:
    summary = frames.suite_summary(results)
    st.dataframe(
        summary,
        hide_index=True,
        width="stretch",
        column_config={
            "run_id": st.column_config.TextColumn("run"),
            "validated_at": st.column_config.DatetimeColumn("validated", format="YYYY-MM-DD HH:mm"),
            "failed_errors": st.column_config.NumberColumn("failed errors"),
            "failed_warnings": st.column_config.NumberColumn("failed warnings"),
        },
    )
    failures_only = st.toggle("Only failed expectations", value=False, key="failed", bind="query-params")
    for suite in summary["suite"]:
        rows = results.filter(pl.col("suite") == suite)
        if failures_only:
            rows = rows.filter(~pl.col("success"))
        failed = rows.filter(~pl.col("success")).height
        with st.expander(
            f"{suite}: {failed} failed of {results.filter(pl.col('suite') == suite).height}",
            expanded=failed > 0,
        ):
            st.dataframe(
                rows.select(
                    "expectation",
                    "severity",
                    "success",
                    "element_count",
                    "unexpected_count",
                    "sample_ids",
                    "notes",
                ),
                hide_index=True,
                width="stretch",
                column_config={
                    "success": st.column_config.CheckboxColumn("passed"),
                    "element_count": st.column_config.NumberColumn("rows"),
                    "unexpected_count": st.column_config.NumberColumn("failing"),
                    "sample_ids": st.column_config.TextColumn("examples"),
                    "notes": st.column_config.TextColumn("why it is checked", width="large"),
                },
            )

st.subheader("Quarantine")
if quarantine.is_empty():
    st.success("No row has been quarantined.")
else:
    st.dataframe(
        quarantine,
        hide_index=True,
        width="stretch",
        column_config={
            "table_name": st.column_config.TextColumn("table"),
            "n_rows": st.column_config.NumberColumn("rows"),
            "last_quarantined_at": st.column_config.DatetimeColumn("last", format="YYYY-MM-DD HH:mm"),
        },
    )
    rows = data.quarantined_rows(warehouse)
    tables = sorted(rows["table_name"].unique().to_list())
    table = st.selectbox("Rows of table", ["all", *tables], key="table", bind="query-params")
    if table != "all":
        rows = rows.filter(pl.col("table_name") == table)
    st.dataframe(
        rows.select("quarantined_at", "table_name", "row_id", "expectation", "reason", "run_id", "row_json"),
        hide_index=True,
        width="stretch",
        column_config={
            "quarantined_at": st.column_config.DatetimeColumn("quarantined", format="YYYY-MM-DD HH:mm"),
            "table_name": st.column_config.TextColumn("table"),
            "row_id": st.column_config.TextColumn("row"),
            "reason": st.column_config.TextColumn("reason", width="large"),
            "row_json": st.column_config.JsonColumn("row"),
        },
    )
