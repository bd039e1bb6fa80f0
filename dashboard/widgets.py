"""Widgets shared by several pages, bound to the URL so a link reproduces the view."""

from __future__ import annotations

import streamlit as st

from dashboard import frames


def kind_radio() -> str:
    """The outlet / originator switch; the URL stores the plain kind, so links stay readable."""
    return st.radio(
        "Kind of source",
        frames.KINDS,
        key="kind",
        bind="query-params",
        help=frames.KIND_HELP,
        horizontal=True,
    )
