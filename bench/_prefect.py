"""Shared by the benchmarks: a quiet Prefect, its temporary API started before any clock runs, shared/ found."""

from __future__ import annotations

import os
from pathlib import Path


def quiet_prefect(level: str = "WARNING") -> None:
    """Set before Prefect is imported: no telemetry, few logs."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", level)


def start_prefect() -> None:
    """Run an empty flow so the temporary Prefect API (12-17 s to start) is up before timing begins."""
    from prefect import flow

    @flow(name="bench-warmup")
    def warmup() -> None:
        return None

    warmup()


def shared_path(relative: str) -> Path:
    """A file under the project's shared/ folder: in the first shared/ beside an ancestor of this checkout
    that holds it (the main clone's parent; a worktree's lies further up)."""
    for ancestor in Path(__file__).resolve().parents[1:]:
        if (ancestor / "shared" / relative).exists():
            return ancestor / "shared" / relative
    return Path(__file__).resolve().parents[2] / "shared" / relative
