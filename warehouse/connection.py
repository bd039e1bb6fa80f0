"""Opening the DuckDB warehouse: one writer at a time, retries on a held file, migrations, read-only snapshots."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout

from warehouse.schema import MIGRATIONS, SCHEMA_VERSION


class WarehouseError(RuntimeError):
    """The warehouse cannot be opened or is from a newer credence."""


class WarehouseBusy(WarehouseError):
    """Another process holds the warehouse file."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "being used by another process" in text or "conflicting" in text


def connect(
    path: Path, read_only: bool = False, attempts: int = 20, wait_seconds: float = 0.25
) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse file, retrying while another process holds it.

    DuckDB lets one process write a file and refuses every other open meanwhile, even read-only,
    so a short wait with backoff rides out the writes of a running flow.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"no warehouse at {path}: run `credence run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    delay = wait_seconds
    for attempt in range(attempts):
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or attempt == attempts - 1:
                if _is_lock_error(exc):
                    raise WarehouseBusy(f"warehouse {path} is held by another process: {exc}") from exc
                raise WarehouseError(f"cannot open warehouse {path}: {exc}") from exc
            time.sleep(delay)
            delay = min(delay * 1.5, 2.0)
    raise WarehouseBusy(f"warehouse {path} is held by another process")


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The migration version recorded in the file, 0 for a new file."""
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(conn: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations this file lacks, each in its own transaction; returns the new version."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise WarehouseError(
            f"warehouse schema version {current} is newer than this credence ({SCHEMA_VERSION}); upgrade credence"
        )
    for version, description, sql in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute(sql)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [version, description, datetime.now(UTC).replace(tzinfo=None)],
            )
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def writer_lock(path: Path, timeout: float = 600.0) -> FileLock:
    """The lock that keeps to one writer per warehouse across processes (and flow runs)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(str(path) + ".lock", timeout=timeout)


def run_lock(path: Path, timeout: float = 3600.0) -> FileLock:
    """The lock a whole pipeline run holds, so two runs on one warehouse take turns instead of interleaving."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(str(path) + ".run.lock", timeout=timeout)


# Warehouses this process holds open (see `held`), by absolute path.
_held: dict[str, duckdb.DuckDBPyConnection] = {}


def _key(path: Path) -> str:
    return str(Path(path).resolve())


@contextmanager
def writing(path: Path, lock_timeout: float = 600.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated read-write connection held under the writer lock, closed on exit.

    Closing the last connection to the file checkpoints it; inside `held` the instance stays open.
    """
    try:
        lock = writer_lock(path, lock_timeout)
        lock.acquire()
    except Timeout as exc:
        raise WarehouseBusy(
            f"another credence run has been writing {path} for over {lock_timeout:.0f} s"
        ) from exc
    try:
        conn = connect(path)
        try:
            if _key(path) not in _held:
                migrate(conn)
            yield conn
        finally:
            conn.close()
    finally:
        lock.release()


@contextmanager
def held(path: Path) -> Iterator[None]:
    """Keep the warehouse open in this process until exit, so each `writing` inside shares one instance.

    DuckDB gives a second connection to a file this process has open the same database instance:
    the steps of a run then neither reopen the file (with its cold caches) nor checkpoint at every
    close, and the file is migrated once. On exit it is checkpointed, so the file alone (no WAL)
    holds everything written, ready to be copied as the snapshot. Other processes cannot open the
    file meanwhile, as during any write; the dashboard reads the snapshot.
    """
    key = _key(path)
    if key in _held:
        yield
        return
    with writer_lock(path):
        holder = connect(path)
        try:
            migrate(holder)
        except Exception:
            holder.close()
            raise
        _held[key] = holder
    try:
        yield
    except BaseException:
        _held.pop(key).close()  # the failure, not a checkpoint's, is what the caller must see
        raise
    holder = _held.pop(key)
    try:
        holder.execute("CHECKPOINT")  # even if a connection was left open somewhere
    finally:
        holder.close()


@contextmanager
def reading(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, closed on exit."""
    conn = connect(path, read_only=True, attempts=3)
    try:
        yield conn
    finally:
        conn.close()


def publish_snapshot(path: Path, snapshot: Path) -> Path:
    """Copy the closed warehouse to `snapshot` atomically, so readers never wait on (or block) a writer."""
    with writer_lock(path):
        tmp = snapshot.with_name(snapshot.name + f".tmp{os.getpid()}")
        shutil.copyfile(path, tmp)
        os.replace(tmp, snapshot)
    return snapshot
