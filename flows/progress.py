"""Progress reporting from flows to whoever started them (the CLI's progress bar), in-process only."""

from __future__ import annotations

from collections.abc import Callable

Reporter = Callable[[str, int, int], None]

_reporters: list[Reporter] = []


def add_reporter(reporter: Reporter) -> None:
    """Register a callback receiving (stage, done, total); flows run in the caller's process."""
    _reporters.append(reporter)


def remove_reporter(reporter: Reporter) -> None:
    if reporter in _reporters:
        _reporters.remove(reporter)


def report(stage: str, done: int, total: int) -> None:
    """Tell every registered reporter how far a stage has got; a failing reporter never fails a run."""
    for reporter in list(_reporters):
        try:
            reporter(stage, done, total)
        except Exception:  # noqa: BLE001 - progress display must not break data work
            pass
