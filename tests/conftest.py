"""Shared fixtures: quiet Prefect, one test harness per session, fresh temporary warehouses, one pipeline-built warehouse."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for the whole session (its start costs ~15 s, so it is shared)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    """The path of a warehouse file that does not exist yet."""
    return tmp_path / "warehouse" / "credence.duckdb"


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of the seed articles, so tests may add or change files."""
    target = tmp_path / "seeds"
    target.mkdir()
    for path in SEEDS.glob("*.txt"):
        (target / path.name).write_bytes(path.read_bytes())
    return target


# A report contradicting the seeds' "more than 1,000 killed" (a real conflict for the scores), and
# a stub dated in the future (quarantined, so the run alerts): every dashboard page has rows.
CONTRARIAN_ARTICLE = """Kursk losses far lower than reported, Pyongyang says

June 30, 2025

By Staff Reporter

North Korean state media claimed on Monday that only 40 North Korean soldiers have been killed in Russia's Kursk region, far fewer than foreign estimates.

Officials in Pyongyang did not say how the figure was counted, and the statement gave no details about the units involved or the dates of the fighting. Foreign governments have published very different estimates of the losses since the deployment was first reported last year, and independent observers have not been able to verify any of them.
"""
FUTURE_STUB = "Ten hurt in blast\n\nDecember 3, 2031\n\nTen people were hurt.\n"


@dataclass(frozen=True)
class PipelineWarehouse:
    """A warehouse built by one credence-run, with its snapshot and Data Docs; shared, so read it only."""

    db: Path
    snapshot: Path
    docs_dir: Path
    run_id: str
    state: str


@pytest.fixture(scope="session")
def pipeline_warehouse(prefect_harness, tmp_path_factory) -> PipelineWarehouse:
    """The seeds plus a contradicting article and a future-dated stub, run once through the whole pipeline."""
    from credence.settings import Settings
    from flows.pipeline import credence_run

    folder = tmp_path_factory.mktemp("pipeline_warehouse")
    inputs = folder / "inputs"
    inputs.mkdir()
    for path in SEEDS.glob("*.txt"):
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / "900_contrarian.txt").write_text(CONTRARIAN_ARTICLE, encoding="utf-8")
    (inputs / "901_stub.txt").write_text(FUTURE_STUB, encoding="utf-8")
    settings = Settings(db=folder / "warehouse" / "credence.duckdb")
    report = credence_run(
        [str(inputs)], str(settings.db), reference_time=datetime(2025, 7, 1),
        snapshot=str(settings.snapshot), docs_dir=str(settings.docs_dir),
    )  # fmt: skip
    return PipelineWarehouse(settings.db, settings.snapshot, settings.docs_dir, report.run_id, report.state)
