"""Settings: the one reader of CREDENCE_* environment variables, called once at the edges."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DB = Path("data/credence.duckdb")
PREFIX = "CREDENCE_"


class SettingsError(ValueError):
    """A setting has a value that cannot be used."""


def _as_int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError as exc:
        raise SettingsError(f"{PREFIX}{name} must be an integer, got {raw!r}") from exc


def _as_float(name: str, raw: str) -> float:
    try:
        return float(raw)
    except ValueError as exc:
        raise SettingsError(f"{PREFIX}{name} must be a number, got {raw!r}") from exc


def _as_list(raw: str) -> tuple[str, ...]:
    # Whitespace or commas separate items; apprise URLs never contain either unescaped.
    return tuple(part for part in raw.replace(",", " ").split() if part)


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know about its surroundings.

    db: the DuckDB file; snapshot: the read-only copy the dashboard opens (next to db by default);
    inputs: files or folders to ingest; inbox: the folder `credence serve` watches;
    data_docs_dir: where Great Expectations writes its Data Docs;
    alert_webhook: a URL receiving the alert JSON; alert_urls: apprise URLs (slack://, mailto://, ...);
    lexicon: an optional TOML/JSON file extending the extraction lexicon;
    max_file_bytes: larger single-article files are rejected; batch files are streamed instead;
    schedule: the cron of `credence serve`; score_move_threshold: the cross-run score check;
    refit_fraction, refit_runs: when scoring fits the voters' weights anew instead of rescoring only
    the changed facts (`ScoringParams`).
    """

    db: Path = DEFAULT_DB
    inputs: tuple[Path, ...] = ()
    inbox: Path = Path("data/inbox")
    data_docs_dir: Path | None = None
    alert_webhook: str | None = None
    alert_urls: tuple[str, ...] = ()
    lexicon: Path | None = None
    max_file_bytes: int = 5_000_000
    schedule: str = "0 * * * *"
    score_move_threshold: float = 0.25
    refit_fraction: float = 0.05
    refit_runs: int = 24
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def snapshot(self) -> Path:
        return self.db.with_name(self.db.stem + ".snapshot.duckdb")

    @property
    def docs_dir(self) -> Path:
        return self.data_docs_dir or self.db.parent / "data_docs"

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Settings:
        """Settings from CREDENCE_* variables; unset ones keep their defaults, bad ones raise."""
        env = {k[len(PREFIX) :]: v for k, v in environ.items() if k.startswith(PREFIX) and v != ""}
        settings = cls()
        if "DB" in env:
            settings = replace(settings, db=Path(env.pop("DB")))
        if "INPUTS" in env:
            settings = replace(settings, inputs=tuple(Path(p) for p in _as_list(env.pop("INPUTS"))))
        if "INBOX" in env:
            settings = replace(settings, inbox=Path(env.pop("INBOX")))
        if "DATA_DOCS_DIR" in env:
            settings = replace(settings, data_docs_dir=Path(env.pop("DATA_DOCS_DIR")))
        if "ALERT_WEBHOOK" in env:
            settings = replace(settings, alert_webhook=env.pop("ALERT_WEBHOOK"))
        if "ALERT_URLS" in env:
            settings = replace(settings, alert_urls=_as_list(env.pop("ALERT_URLS")))
        if "LEXICON" in env:
            settings = replace(settings, lexicon=Path(env.pop("LEXICON")))
        if "MAX_FILE_BYTES" in env:
            settings = replace(settings, max_file_bytes=_as_int("MAX_FILE_BYTES", env.pop("MAX_FILE_BYTES")))
        if "SCHEDULE" in env:
            settings = replace(settings, schedule=env.pop("SCHEDULE"))
        if "SCORE_MOVE_THRESHOLD" in env:
            settings = replace(
                settings,
                score_move_threshold=_as_float("SCORE_MOVE_THRESHOLD", env.pop("SCORE_MOVE_THRESHOLD")),
            )
        if "SCORE_REFIT_FRACTION" in env:
            settings = replace(
                settings,
                refit_fraction=_as_float("SCORE_REFIT_FRACTION", env.pop("SCORE_REFIT_FRACTION")),
            )
        if "SCORE_REFIT_RUNS" in env:
            settings = replace(settings, refit_runs=_as_int("SCORE_REFIT_RUNS", env.pop("SCORE_REFIT_RUNS")))
        return replace(settings, extra=env)

    def with_overrides(self, **overrides) -> Settings:
        """These settings with the non-None overrides applied (command-line flags win over env)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None and v != ()})
