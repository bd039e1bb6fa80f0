"""The dashboard's only door to the warehouse: which file to read, cached read-only queries, failures as messages.

May import warehouse (for the SQL) and credence.settings; never flows. Nothing here writes.

A connection is opened, queried and closed inside one cached call and never kept: DuckDB lets
one process write a file and refuses every other open meanwhile, so a connection held across
reruns would block the pipeline. The published snapshot is read when it exists (the pipeline
replaces it atomically after each run, so no writer ever holds it); otherwise the warehouse
itself, read-only. Results are cached per (file, modification time, size), so a new snapshot
is picked up on the next rerun and an unchanged one is never reopened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
import streamlit as st

from credence.settings import Settings
from warehouse import read
from warehouse.connection import WarehouseBusy, WarehouseError, reading

# A bound on memory rather than on freshness: freshness comes from the file's mtime in the key.
CACHE_SECONDS = 600
SESSION_KEY = "credence_warehouse"


class WarehouseUnavailable(Exception):
    """The warehouse cannot be shown right now; `message` says why and what to do, `level` how loudly."""

    def __init__(self, message: str, level: str = "info") -> None:
        super().__init__(message)
        self.message = message
        self.level = level


@dataclass(frozen=True)
class Warehouse:
    """Where the warehouse, its dashboard snapshot and its Data Docs live."""

    db: Path
    snapshot: Path
    docs_dir: Path

    @classmethod
    def from_settings(cls, settings: Settings) -> Warehouse:
        return cls(db=settings.db, snapshot=settings.snapshot, docs_dir=settings.docs_dir)

    @property
    def reads_snapshot(self) -> bool:
        return self.snapshot.exists()

    @property
    def file(self) -> Path:
        """The file queries read: the snapshot when one was published, else the warehouse itself."""
        return self.snapshot if self.reads_snapshot else self.db

    @property
    def docs_index(self) -> Path:
        return self.docs_dir / "index.html"


@dataclass(frozen=True)
class FileStatus:
    """What the sidebar says about the file being read."""

    path: Path
    is_snapshot: bool
    modified_at: datetime | None
    db_changed_since: bool


def file_status(warehouse: Warehouse) -> FileStatus:
    """The file read, when it last changed, and whether the warehouse has changed after the snapshot."""
    path = warehouse.file
    try:
        modified = path.stat().st_mtime
    except FileNotFoundError:
        return FileStatus(path, False, None, False)
    newer = False
    if warehouse.reads_snapshot:
        try:
            # A run in progress, or one that crashed before publishing, leaves the db ahead of the snapshot.
            newer = warehouse.db.stat().st_mtime > modified + 1
        except FileNotFoundError:
            newer = False
    return FileStatus(path, warehouse.reads_snapshot, datetime.fromtimestamp(modified, UTC), newer)


def remember(warehouse: Warehouse) -> None:
    """Hand the warehouse resolved by app.py to the page scripts of this rerun."""
    st.session_state[SESSION_KEY] = warehouse


def current() -> Warehouse:
    """The warehouse app.py resolved at the top of this rerun."""
    warehouse = st.session_state.get(SESSION_KEY)
    if warehouse is None:
        raise WarehouseUnavailable(
            "Open the dashboard through its entry point: `credence dashboard`.", "error"
        )
    return warehouse


def _version(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise WarehouseUnavailable(
            f"There is no warehouse at `{path}` yet. Build one with `credence run --db {path}`; "
            "this page shows it as soon as the run finishes.",
        ) from None
    return stat.st_mtime_ns, stat.st_size


@st.cache_data(ttl=CACHE_SECONDS, max_entries=512, show_spinner=False)
def _cached_query(path: str, version: tuple[int, int], name: str, args: tuple) -> pl.DataFrame:
    # `version` is only part of the cache key: a republished snapshot has a new one.
    with reading(Path(path)) as conn:
        return getattr(read, name)(conn, *args)


def _query(warehouse: Warehouse, name: str, *args) -> pl.DataFrame:
    path = warehouse.file
    version = _version(path)
    try:
        return _cached_query(str(path), version, name, args)
    except WarehouseBusy:
        raise WarehouseUnavailable(
            f"A credence run is writing `{warehouse.db}` and no snapshot has been published yet "
            f"(`{warehouse.snapshot}`). The dashboard never waits on a running flow: reload when the run "
            "has finished, and from then on it reads the snapshot each run publishes.",
            "warning",
        ) from None
    except duckdb.CatalogException:
        raise WarehouseUnavailable(
            f"`{path}` has no credence tables yet (an empty or unfinished warehouse). "
            f"Run `credence run --db {warehouse.db}` to fill it.",
        ) from None
    except WarehouseError as exc:
        raise WarehouseUnavailable(f"The warehouse cannot be read: {exc}", "error") from None
    except duckdb.Error as exc:
        raise WarehouseUnavailable(f"Reading `{path}` failed: {exc}", "error") from None


def scored_runs(warehouse: Warehouse) -> pl.DataFrame:
    """Runs that scored sources, newest first; unavailable when there is none yet."""
    runs = _query(warehouse, "scored_runs")
    if runs.height == 0:
        raise WarehouseUnavailable(
            f"`{warehouse.file}` holds no scored run yet. Run `credence run --db {warehouse.db}` to score the sources."
        )
    return runs


def latest_run(warehouse: Warehouse) -> str:
    return scored_runs(warehouse)["run_id"][0]


def leaderboard(warehouse: Warehouse, run_id: str) -> pl.DataFrame:
    return _query(warehouse, "leaderboard", run_id)


def source_names(warehouse: Warehouse) -> pl.DataFrame:
    return _query(warehouse, "source_names")


def source_activity(warehouse: Warehouse) -> pl.DataFrame:
    return _query(warehouse, "source_activity")


def source_score_history(warehouse: Warehouse, source_id: str, source_kind: str) -> pl.DataFrame:
    return _query(warehouse, "source_score_history", source_id, source_kind)


def source_articles(warehouse: Warehouse, source_id: str, source_kind: str) -> pl.DataFrame:
    return _query(warehouse, "source_articles", source_id, source_kind)


def source_claims(warehouse: Warehouse, source_id: str, source_kind: str, run_id: str) -> pl.DataFrame:
    return _query(warehouse, "source_claims", source_id, source_kind, run_id)


def source_conflicts(warehouse: Warehouse, source_id: str, source_kind: str, run_id: str) -> pl.DataFrame:
    return _query(warehouse, "source_conflicts", source_id, source_kind, run_id)


def fact_topics(warehouse: Warehouse, run_id: str, source_kind: str) -> pl.DataFrame:
    return _query(warehouse, "fact_topics", run_id, source_kind)


def topic_facts(
    warehouse: Warehouse, run_id: str, source_kind: str, subject, measure, counted, unit
) -> pl.DataFrame:
    return _query(warehouse, "topic_facts", run_id, source_kind, subject, measure, counted, unit)


def topic_claims(
    warehouse: Warehouse, run_id: str, source_kind: str, subject, measure, counted, unit
) -> pl.DataFrame:
    return _query(warehouse, "topic_claims", run_id, source_kind, subject, measure, counted, unit)


def latest_validation(warehouse: Warehouse) -> pl.DataFrame:
    return _query(warehouse, "latest_validation")


def quarantined_rows(warehouse: Warehouse, limit: int = 1000) -> pl.DataFrame:
    return _query(warehouse, "quarantined_rows", limit)


def quarantine_summary(warehouse: Warehouse) -> pl.DataFrame:
    return _query(warehouse, "quarantine_summary")


def recent_alerts(warehouse: Warehouse, limit: int = 500) -> pl.DataFrame:
    return _query(warehouse, "recent_alerts", limit)


def run_history(warehouse: Warehouse, limit: int = 500) -> pl.DataFrame:
    return _query(warehouse, "run_history", limit)
