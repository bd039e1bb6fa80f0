"""The dashboard's entry point: resolves the warehouse, lays out the pages, turns an unreadable warehouse into a message.

Started by `credence dashboard [--db PATH]` or `streamlit run dashboard/app.py`; the warehouse is
CREDENCE_DB (Settings.from_env), read-only: the published snapshot when there is one, else the file.
"""

from __future__ import annotations

import os

import streamlit as st

from credence.settings import Settings, SettingsError
from dashboard import data

st.set_page_config(page_title="credence", page_icon=":material/fact_check:", layout="wide")

try:
    settings = Settings.from_env(os.environ)
except SettingsError as exc:
    st.error(f"The dashboard cannot start: {exc}")
    st.stop()
warehouse = data.Warehouse.from_settings(settings)
data.remember(warehouse)

# The page scripts live in views/, not pages/: Streamlit treats a pages/ folder next to the entry
# point as a legacy multipage app until a session has called st.navigation, so on a fresh server
# a shared link to /source would run the page without this script.
page = st.navigation(
    [
        st.Page(
            "views/overview.py",
            title="Overview",
            icon=":material/leaderboard:",
            url_path="overview",
            default=True,
        ),
        st.Page("views/source.py", title="Source", icon=":material/newspaper:", url_path="source"),
        st.Page("views/facts.py", title="Facts", icon=":material/timeline:", url_path="facts"),
        st.Page("views/quality.py", title="Data quality", icon=":material/rule:", url_path="quality"),
        st.Page("views/alerts.py", title="Alerts", icon=":material/notifications:", url_path="alerts"),
        st.Page("views/runs.py", title="Runs", icon=":material/history:", url_path="runs"),
    ],
    position="top",
)

with st.sidebar:
    status = data.file_status(warehouse)
    st.markdown("**Warehouse**")
    if status.modified_at is None:
        st.caption(f"`{warehouse.db}` (not built yet)")
    else:
        what = "snapshot" if status.is_snapshot else "warehouse file, read-only"
        st.caption(f"`{status.path}`  \n{what}, updated {status.modified_at:%Y-%m-%d %H:%M} UTC")
        if status.db_changed_since:
            st.caption(
                "The warehouse has changed since this snapshot (a run in progress, or one that did not finish); "
                "the view updates when the next run publishes its snapshot."
            )
    st.markdown("**Data Docs**")
    st.caption(f"`{warehouse.docs_index}`")

try:
    page.run()
except data.WarehouseUnavailable as exc:
    {"warning": st.warning, "error": st.error}.get(exc.level, st.info)(exc.message)
