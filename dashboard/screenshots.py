"""Serve the dashboard on 127.0.0.1 and photograph it with Debian's chromium through Playwright (README screenshots).

    uv run python -m dashboard.screenshots --db data/credence.duckdb --out docs/screenshots

`served` and `chromium_page` are shared with the real-browser test. Playwright is a development
dependency and is imported only here, when a browser is actually driven.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

APP = Path(__file__).with_name("app.py")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(base_url: str, server: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {server.returncode} before it was healthy")
        try:
            with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise TimeoutError(f"streamlit at {base_url} not healthy after {timeout:.0f} s")


@contextlib.contextmanager
def served(db: Path, log: Path | None = None, timeout: float = 60.0) -> Iterator[str]:
    """`streamlit run dashboard/app.py` on a free port of 127.0.0.1 reading `db`; yields its base URL."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    env = {**os.environ, "CREDENCE_DB": str(db)}
    with contextlib.ExitStack() as stack:
        output = stack.enter_context(open(log, "w")) if log else subprocess.DEVNULL  # noqa: SIM115 - closed by the stack
        server = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(base_url, server, timeout)
            yield base_url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


@contextlib.contextmanager
def chromium():
    """Debian's headless chromium under Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser, width: int = 1440, height: int = 1100):
    """A page in a context of its own: to Streamlit, a new session."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(30_000)
    return page


@contextlib.contextmanager
def chromium_page(width: int = 1440, height: int = 1100):
    """One page in a chromium of its own."""
    with chromium() as browser:
        yield new_page(browser, width, height)


def settle(page) -> None:
    """Wait until the script run is over, nothing is a loading skeleton and every visible chart has drawn."""
    page.wait_for_selector('[data-testid="stMain"] h1, [data-testid="stAlert"]')
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stStatusWidget"], [data-testid="stSkeleton"]')
              && [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
                   .every(chart => !chart.checkVisibility() || chart.querySelector('canvas, svg'))"""
    )
    # Vega draws into the canvas after attaching it; a short pause lets the last frame land.
    page.wait_for_timeout(300)


def capture(base_url: str, out: Path) -> list[Path]:
    """Overview, the first source from the leaderboard, and the most reported fact, as PNGs in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with chromium_page() as page:
        page.goto(base_url)
        settle(page)
        shots.append(out / "overview.png")
        page.screenshot(path=shots[-1], full_page=True)

        page.locator('[data-testid="stPageLink"] a').first.click()
        page.wait_for_url(lambda url: "/source" in url)
        # The URL changes before the rerun does: wait for what only the source page shows.
        page.wait_for_selector('[data-testid="stMetric"]')
        settle(page)
        shots.append(out / "source.png")
        page.screenshot(path=shots[-1], full_page=True)

        page.goto(f"{base_url}/facts")
        settle(page)
        shots.append(out / "facts.png")
        page.screenshot(path=shots[-1], full_page=True)
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, required=True, help="the warehouse (its snapshot is read when published)"
    )
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder for the PNGs")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing: apt-get install -y chromium", file=sys.stderr)
        return 1
    with served(args.db.resolve()) as base_url:
        for path in capture(base_url, args.out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
