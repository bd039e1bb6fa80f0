"""Scheduled runs against a real Prefect server: an inbox drop is picked up, an idle run adds nothing,
and two runs started at once leave one consistent warehouse.

These tests start `prefect server start` and `credence serve` / `credence run` as real processes,
as a user would, because the served runner executes each flow run in a process of its own.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[2]
CREDENCE = [sys.executable, "-m", "credence.cli"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real Prefect server on 127.0.0.1 whose scheduler looks for due runs every few seconds."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_UI_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "w")  # noqa: SIM115 - closed after the server stops
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.5)
    else:
        server.terminate()
        pytest.fail("the Prefect server did not start: " + (home / "server.log").read_text()[-2000:])
    yield {**env, "PREFECT_API_URL": api, "PREFECT_LOGGING_LEVEL": "WARNING"}
    server.terminate()
    server.wait(timeout=30)
    log.close()


def _runs(snapshot: Path) -> list[tuple]:
    if not snapshot.exists():
        return []
    conn = duckdb.connect(str(snapshot), read_only=True)
    try:
        return conn.execute(
            "SELECT state, articles_new FROM runs WHERE state <> 'running' ORDER BY started_at"
        ).fetchall()
    finally:
        conn.close()


def _wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(1)
    pytest.fail(f"timed out waiting for {what}")


def test_served_deployment_picks_up_an_inbox_drop_and_an_idle_run_adds_nothing(prefect_server, tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "wh" / "credence.duckdb"
    inbox.mkdir()
    snapshot = db.with_name("credence.snapshot.duckdb")
    serving = subprocess.Popen(
        [*CREDENCE, "serve", "--inbox", str(inbox), "--db", str(db), "--interval", "4"],
        env=prefect_server,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for(lambda: len(_runs(snapshot)) >= 1, 180, "a first scheduled run")
        shutil.copy(REPO / "seeds" / "002_7b1ccce62efa0364.txt", inbox / "dropped.txt")
        picked = _wait_for(
            lambda: (
                next((i for i, r in enumerate(_runs(snapshot)) if r[1] == 1), None) is not None
                and _runs(snapshot)
            ),
            180,
            "a run that ingests the dropped file",
        )
        first_new = next(i for i, r in enumerate(picked) if r[1] == 1)
        later = _wait_for(lambda: _runs(snapshot)[first_new + 1 :], 180, "the next run after the drop")
        assert later[0][1] == 0
        assert all(state != "crashed" for state, _ in _runs(snapshot))
    finally:
        serving.terminate()
        serving.wait(timeout=30)


def test_two_runs_started_at_once_leave_the_warehouse_consistent(prefect_server, seeds_copy, tmp_path):
    db = tmp_path / "wh" / "credence.duckdb"
    command = [
        *CREDENCE,
        "run",
        "--input",
        str(seeds_copy),
        "--db",
        str(db),
        "--reference-time",
        "2025-07-01T00:00:00",
    ]
    runs = [
        subprocess.Popen(
            command, env=prefect_server, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err.decode()[-2000:] for _, err in outputs]
    conn = duckdb.connect(str(db), read_only=True)
    try:
        assert conn.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (5, 5)
        claims = conn.execute("SELECT count(*), count(DISTINCT claim_id) FROM claims").fetchone()
        extracted_once = conn.execute("SELECT count(*) FROM extracted_articles").fetchone()[0]
        news = sorted(r[0] for r in conn.execute("SELECT articles_new FROM runs").fetchall())
        states = {r[0] for r in conn.execute("SELECT state FROM runs").fetchall()}
        scored_runs = conn.execute("SELECT count(DISTINCT run_id) FROM source_scores").fetchone()[0]
    finally:
        conn.close()
    assert claims[0] == claims[1] > 0
    assert extracted_once == 5
    assert news == [0, 5]
    assert "crashed" not in states and "running" not in states
    assert scored_runs == 1  # the second run found nothing new and kept the first run's scores
