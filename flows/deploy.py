"""Scheduled runs: the credence-run flow as a Prefect deployment over an inbox folder and batch files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from prefect import serve
from prefect.deployments.runner import RunnerDeployment

from flows.pipeline import credence_run

DEPLOYMENT_NAME = "credence-scheduled"


def pipeline_deployment(
    *,
    inputs: list[str],
    db: str,
    snapshot: str | None,
    docs_dir: str | None,
    lexicon_overrides: dict | None = None,
    cron: str | None = None,
    interval_seconds: float | None = None,
    max_file_bytes: int = 5_000_000,
    name: str = DEPLOYMENT_NAME,
) -> RunnerDeployment:
    """A deployment of credence-run on a cron (or a fixed interval), one run at a time.

    Every run sees the same inputs; only files that are new or changed since the last run are
    read, and only articles not yet extracted are extracted, so a run with nothing new is cheap.
    Alert URLs are not parameters (the server would store and show their secrets): each run reads
    them from the CREDENCE_ALERT_* variables of the serving process.
    """
    if (cron is None) == (interval_seconds is None):
        raise ValueError("give exactly one of cron or interval_seconds")
    return credence_run.to_deployment(
        name=name,
        cron=cron,
        interval=timedelta(seconds=interval_seconds) if interval_seconds else None,
        concurrency_limit=1,
        description="Ingest new articles from the inbox, extract, validate and score; alerts on errors and crashes.",
        tags=["credence"],
        parameters={
            "inputs": inputs,
            "db": db,
            "snapshot": snapshot,
            "docs_dir": docs_dir,
            "lexicon_overrides": lexicon_overrides,
            "max_file_bytes": max_file_bytes,
        },
    )


def serve_pipeline(deployment: RunnerDeployment, inbox: Path) -> None:
    """Serve the deployment until interrupted (needs a Prefect server: PREFECT_API_URL)."""
    inbox.mkdir(parents=True, exist_ok=True)
    serve(deployment, print_starting_message=True)
