"""The `credence` command line: the composition root that wires settings, flows, warehouse and dashboard."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from credence.settings import Settings, SettingsError

app = typer.Typer(
    name="credence",
    help=(
        "Score news outlets, and the sources they cite, on whether their figures hold up and how well "
        "they say where the figures come from."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="DuckDB warehouse file (default: $CREDENCE_DB or data/credence.duckdb)."),
]
InputOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--input",
        "-i",
        help="A file or folder of articles (.txt, .html, .jsonl, .csv, .parquet); repeat for more. Default: seeds/.",
    ),
]
ReferenceOption = Annotated[
    datetime | None,
    typer.Option(
        "--reference-time",
        help="Resolve relative dates ('3 hours ago') against this UTC time (default: now).",
    ),
]


def _quiet_prefect() -> None:
    # Set before Prefect is imported: the embedded server must not phone home, and its logs
    # would bury the summary a user is waiting for.
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")


def _settings(**overrides) -> Settings:
    try:
        return Settings.from_env(os.environ).with_overrides(**overrides)
    except SettingsError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


def _inputs(paths: list[Path] | None, settings: Settings) -> list[str]:
    chosen = list(paths or settings.inputs or [Path("seeds")])
    missing = [str(p) for p in chosen if not p.exists()]
    if missing:
        err_console.print(f"[red]error:[/] no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    return [str(p) for p in chosen]


def _lexicon_overrides(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() == ".toml":
            import tomllib

            return tomllib.loads(text)
        return json.loads(text)
    except (OSError, ValueError) as exc:
        err_console.print(f"[red]error:[/] cannot read lexicon {path}: {exc}")
        raise typer.Exit(2) from exc


def _reference(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now(UTC).replace(tzinfo=None)
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


class _StageProgress:
    """A rich progress bar fed by the flows' in-process progress reports."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.tasks: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=max(total, 1))
        self.progress.update(self.tasks[stage], completed=done if total else 1, total=max(total, 1))


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description:<9}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def _room_for_names(fixed: tuple[int, ...], names: int = 1) -> int:
    """Characters left on the console for `names` name columns beside columns `fixed` wide."""
    borders = 3 * (len(fixed) + names) + 1  # a bar and two padding spaces per column, one closing bar
    return console.width - borders - sum(fixed)


def _print_articles(db: Path, paths: list[str], new_ids: set[str], limit: int = 25) -> None:
    from warehouse.connection import reading
    from warehouse.read import articles_for_paths

    with reading(db) as conn:
        rows = articles_for_paths(conn, paths)
    table = Table(title=f"{rows.height} articles ({len(new_ids)} new this run)", title_justify="left")
    # Title and source give way on a narrow terminal; date and words never do (rich would
    # crop the last column rather than shorten a no-wrap one).
    room = _room_for_names(fixed=(17, 5), names=2)
    table.add_column("title", max_width=min(42, max(12, room * 3 // 5)), no_wrap=True, overflow="ellipsis")
    table.add_column("source", max_width=min(24, max(8, room * 2 // 5)), no_wrap=True, overflow="ellipsis")
    table.add_column("date", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    for row in rows.head(limit).iter_rows(named=True):
        title = row["title"] or (f"[dim]{(row['opening'] or '').strip()}…[/]")
        if row["published_at"] is None:
            date = "unknown"
        else:
            date = row["published_at"].strftime("%Y-%m-%d") + (" (rel.)" if row["date_is_relative"] else "")
        marker = "* " if row["article_id"] in new_ids else ""
        table.add_row(marker + title, row["source_id"], date, str(row["word_count"]))
    console.print(table)
    if rows.height > limit:
        console.print(f"… and {rows.height - limit} more")


def _print_rejections(rejections) -> None:
    for rejection in rejections:
        where = f"{rejection.path}" + (f" (record {rejection.record})" if rejection.record else "")
        err_console.print(f"[yellow]rejected[/] {where}: {rejection.reason}")


@app.command()
def ingest(
    inputs: InputOption = None,
    db: DbOption = None,
    reference_time: ReferenceOption = None,
) -> None:
    """Load articles into the warehouse (no extraction or scoring) and print what landed."""
    settings = _settings(db=db)
    paths = _inputs(inputs, settings)
    _quiet_prefect()
    from flows.ingest import ingest_articles

    with console.status("ingesting…"):
        summary = ingest_articles(
            paths,
            str(settings.db),
            run_id="ingest-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S"),
            reference_time=_reference(reference_time),
            max_file_bytes=settings.max_file_bytes,
        )
    _print_rejections(summary.rejections)
    _print_articles(settings.db, summary.paths, set(summary.new_article_ids))


AlertOption = Annotated[
    str | None,
    typer.Option(
        "--alert-webhook",
        help="URL receiving alert JSON (default: $CREDENCE_ALERT_WEBHOOK).",
        show_default=False,
    ),
]


def _alert_urls(settings: Settings) -> list[str]:
    return [u for u in (settings.alert_webhook, *settings.alert_urls) if u]


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _print_leaderboard(db: Path, run_id: str | None, limit: int = 20) -> None:
    from warehouse.connection import reading
    from warehouse.read import leaderboard

    with reading(db) as conn:
        board = leaderboard(conn, run_id)
    if board.height == 0:
        console.print("no sources scored (no claims passed validation)")
        return
    for kind, title in (("outlet", "Outlets"), ("originator", "Cited originators")):
        rows = board.filter(board["source_kind"] == kind)
        if rows.height == 0:
            continue
        table = Table(title=f"{title} (– = insufficient evidence)", title_justify="left")
        # The source name gives way on a narrow terminal; the figures never do.
        headers = ("reliab.", "95% interval", "consist.", "attrib.", "claims")
        room = _room_for_names(fixed=tuple(len(header) for header in headers))
        table.add_column("source", max_width=min(26, max(8, room)), no_wrap=True, overflow="ellipsis")
        for header in headers:
            table.add_column(header, justify="right", no_wrap=True)
        for row in rows.head(limit).iter_rows(named=True):
            table.add_row(
                row["source_id"],
                _fmt(row["reliability_score"]),
                f"{_fmt(row['reliability_low'])}–{_fmt(row['reliability_high'])}",
                _fmt(row["consistency_score"]),
                _fmt(row["attribution_score"]),
                str(row["n_claims"]),
            )
        console.print(table)
        if rows.height > limit:
            console.print(f"… and {rows.height - limit} more {title.lower()}")


@app.command()
def run(
    inputs: InputOption = None,
    db: DbOption = None,
    reference_time: ReferenceOption = None,
    lexicon: Annotated[
        Path | None, typer.Option(help="TOML/JSON file extending the extraction lexicon.")
    ] = None,
    alert_webhook: AlertOption = None,
    workers: Annotated[int, typer.Option(help="Processes used to parse inputs.")] = max(
        1, min(2, os.cpu_count() or 1)
    ),
) -> None:
    """Run the whole pipeline (ingest, extract, validate, score) and print the articles and the leaderboard."""
    settings = _settings(db=db, lexicon=lexicon, alert_webhook=alert_webhook)
    paths = _inputs(inputs, settings)
    overrides = _lexicon_overrides(settings.lexicon)
    _quiet_prefect()
    from flows.pipeline import credence_run, foreground
    from flows.progress import add_reporter, remove_reporter

    with _progress() as progress, foreground():
        reporter = _StageProgress(progress)
        add_reporter(reporter)
        try:
            result = credence_run(
                paths,
                str(settings.db),
                reference_time=_reference(reference_time),
                lexicon_overrides=overrides,
                max_file_bytes=settings.max_file_bytes,
                snapshot=str(settings.snapshot),
                docs_dir=str(settings.docs_dir),
                alert_urls=_alert_urls(settings),
                workers=workers,
            )
        finally:
            remove_reporter(reporter)
    _print_rejections(result.ingest.rejections)
    # From the snapshot the run published: another run may already hold the warehouse for its whole run.
    _print_articles(settings.snapshot, result.ingest.paths, set(result.ingest.new_article_ids))
    if result.scoring.unchanged:
        console.print("[dim]nothing new since the latest scores: they still hold[/]")
    _print_leaderboard(settings.snapshot, None if result.scoring.unchanged else result.run_id)
    validation = result.validation
    for failure in validation.failed + (
        result.scoring.outcome.failures().to_dicts() if result.scoring.outcome else []
    ):
        colour = "red" if failure["severity"] == "error" else "yellow"
        err_console.print(
            f"[{colour}]{failure['severity']}[/] {failure['expectation']}: {failure['unexpected_count']} rows"
        )
    console.print(
        f"run {result.run_id}: [bold]{result.state}[/]; {result.ingest.articles_new} new articles, "
        f"{result.extract.claims} claims and {result.extract.quotes} quotes extracted, "
        f"{validation.quarantined + result.scoring.quarantined} rows quarantined, {result.scoring.sources} sources scored."
    )
    console.print(
        f"warehouse {settings.db} · dashboard snapshot {settings.snapshot} · Data Docs {settings.docs_dir / 'index.html'}"
    )
    if result.alerts:
        delivered = sum(a["status"] == "delivered" for a in result.alerts)
        console.print(f"alerts: {len(result.alerts)} recorded, {delivered} delivered")


@app.command()
def extract(
    files: Annotated[
        list[Path],
        typer.Argument(help="Article files (.txt, .html) or batch files (.jsonl, .csv, .parquet)."),
    ],
    output_format: Annotated[
        str, typer.Option("--format", help="jsonl (one JSON object per fact) or table.")
    ] = "jsonl",
    lexicon: Annotated[
        Path | None, typer.Option(help="TOML/JSON file extending the extraction lexicon.")
    ] = None,
    reference_time: ReferenceOption = None,
) -> None:
    """Print the claims and quotes found in files, with no database.

    Offsets index the file's text as read (UTF-8); for HTML, the main text trafilatura extracts;
    for batch rows, the row's text, and "article" is FILE#ROW.
    """
    from credence.extract import Lexicon
    from credence.facts import facts_of_file

    if output_format not in ("jsonl", "table"):
        err_console.print(f"[red]error:[/] --format must be jsonl or table, not {output_format!r}")
        raise typer.Exit(2)
    overrides = _lexicon_overrides(lexicon)
    lex = Lexicon.default().extended(overrides) if overrides else Lexicon.default()
    failed = False
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            err_console.print(f"[red]error:[/] {path}: {exc.strerror or exc}")
            failed = True
            continue
        records, rejections = facts_of_file(path.name, data, lex, _reference(reference_time))
        for rejection in rejections:
            err_console.print(
                f"[yellow]rejected[/] {path}{' #' + rejection.record if rejection.record else ''}: {rejection.reason}"
            )
            failed = True
        if output_format == "jsonl":
            for record in records:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            table = Table(title=str(path), title_justify="left")
            for column in ("type", "span/text", "interval", "measure", "attribution / speaker", "kind"):
                table.add_column(column, overflow="fold")
            for r in records:
                if r["type"] == "claim":
                    table.add_row(
                        "claim",
                        r["span"],
                        f"{r['value_low']}–{r['value_high']} {r['qualifier']}",
                        r["measure"],
                        r["attribution_text"] or "",
                        r["attribution_kind"] + (" (hedged)" if r["hedged"] else ""),
                    )
                else:
                    table.add_row("quote", r["text"][:80], "", "", r["speaker"] or "", r["speaker_kind"])
            console.print(table)
    if failed:
        raise typer.Exit(1)


@app.command("score-claims")
def score_claims(
    file: Annotated[
        Path,
        typer.Argument(
            help="CSV, Parquet or JSONL with columns source, item, value[, observed_at][, attribute]."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder for source_scores.csv and truths.csv.")],
) -> None:
    """Truth discovery on any claim table: which value of each item is true, and how reliable each source is."""
    import polars as pl

    from credence.score import discover_truth

    try:
        suffix = "".join(file.suffixes).lower()
        if suffix.endswith(".parquet"):
            claims = pl.read_parquet(file)
        elif suffix.endswith((".jsonl", ".ndjson", ".json")):
            claims = pl.read_ndjson(file)
        else:
            claims = pl.read_csv(file, infer_schema_length=10_000)
    except (OSError, pl.exceptions.PolarsError) as exc:
        err_console.print(f"[red]error:[/] cannot read {file}: {exc}")
        raise typer.Exit(2) from exc
    missing = {"source", "item", "value"} - set(claims.columns)
    if missing:
        err_console.print(f"[red]error:[/] {file} lacks columns {', '.join(sorted(missing))}")
        raise typer.Exit(2)
    keep = ["source", "item", "value"] + [c for c in ("observed_at", "attribute") if c in claims.columns]
    claims = claims.select(keep).with_columns(
        pl.col("source").cast(pl.String), pl.col("item").cast(pl.String)
    )
    if "observed_at" in claims.columns and claims.schema["observed_at"] == pl.String:
        claims = claims.with_columns(pl.col("observed_at").str.to_datetime(strict=False))
    result = discover_truth(claims)
    out.mkdir(parents=True, exist_ok=True)
    result.sources.sort("reliability", descending=True).write_csv(out / "source_scores.csv")
    truths = result.truths
    if truths.schema["value"] != pl.String:
        truths = truths.with_columns(pl.col("value").cast(pl.String))
    truths.write_csv(out / "truths.csv")
    if result.attributes.height:
        result.attributes.write_csv(out / "source_attribute_scores.csv")
    console.print(
        f"{claims.height:,} claims, {result.sources.height:,} sources, {truths.height:,} items "
        f"→ {out / 'source_scores.csv'}, {out / 'truths.csv'}"
    )


alerts_app = typer.Typer(help="Alert channels: send a test alert.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


@alerts_app.command("test")
def alerts_test(alert_webhook: AlertOption = None, db: DbOption = None) -> None:
    """Send a test alert to every configured channel and record it in the warehouse."""
    settings = _settings(db=db, alert_webhook=alert_webhook)
    urls = _alert_urls(settings)
    _quiet_prefect()
    from flows.alerts import AlertChannels, deliver_alert, test_alert
    from flows.notify import ALERT_SCHEMA, recorded_row
    from warehouse.connection import writing
    from warehouse.load import upsert

    if not urls:
        err_console.print(
            "[yellow]no alert channel configured[/]: set --alert-webhook, CREDENCE_ALERT_WEBHOOK or CREDENCE_ALERT_URLS"
        )
    alert = test_alert()
    rows = [recorded_row(alert), *deliver_alert(alert, AlertChannels.from_urls(urls))]
    import polars as pl

    with writing(settings.db) as conn:
        upsert(conn, "alerts", pl.DataFrame(rows, schema=ALERT_SCHEMA))
    for row in rows[1:]:
        colour = "green" if row["status"] == "delivered" else "red"
        console.print(
            f"[{colour}]{row['status']}[/] {row['channel']} after {row['attempts']} attempt(s)"
            + (f": {row['error']}" if row["error"] else "")
        )
    if any(row["status"] == "failed" for row in rows):
        raise typer.Exit(1)


@app.command()
def dashboard(
    db: DbOption = None,
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8501,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
) -> None:
    """Open the review dashboard (read-only) on the warehouse."""
    import subprocess

    settings = _settings(db=db)
    app_path = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
    env = {**os.environ, "CREDENCE_DB": str(settings.db.resolve())}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_path),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        host,
        "--browser.gatherUsageStats",
        "false",
    ]
    console.print(f"dashboard on http://{host}:{port} (warehouse {settings.db}); Ctrl+C to stop")
    raise typer.Exit(subprocess.call(command, env=env))


@app.command()
def serve(
    inbox: Annotated[
        Path | None,
        typer.Option(help="Folder watched for new articles (default: $CREDENCE_INBOX or data/inbox)."),
    ] = None,
    inputs: InputOption = None,
    db: DbOption = None,
    cron: Annotated[
        str | None, typer.Option(help="Schedule as cron (default: $CREDENCE_SCHEDULE or hourly).")
    ] = None,
    interval: Annotated[
        float | None, typer.Option(help="Run every this many seconds instead of a cron.")
    ] = None,
    lexicon: Annotated[
        Path | None, typer.Option(help="TOML/JSON file extending the extraction lexicon.")
    ] = None,
) -> None:
    """Serve the pipeline as a scheduled Prefect deployment over the inbox (needs a Prefect server)."""
    settings = _settings(db=db, inbox=inbox, lexicon=lexicon, schedule=cron)
    if not os.environ.get("PREFECT_API_URL"):
        err_console.print(
            "[red]error:[/] scheduled runs need a Prefect server. Start one with\n"
            "  uv run prefect server start --host 127.0.0.1\n"
            "and point credence at it:\n"
            "  export PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
        raise typer.Exit(2)
    extra = [str(p) for p in (inputs or settings.inputs)]
    _quiet_prefect()
    from flows.deploy import pipeline_deployment, serve_pipeline

    settings.inbox.mkdir(parents=True, exist_ok=True)
    deployment = pipeline_deployment(
        inputs=[str(settings.inbox.resolve()), *[str(Path(p).resolve()) for p in extra]],
        db=str(settings.db.resolve()),
        snapshot=str(settings.snapshot.resolve()),
        docs_dir=str(settings.docs_dir.resolve()),
        lexicon_overrides=_lexicon_overrides(settings.lexicon),
        cron=None if interval else settings.schedule,
        interval_seconds=interval,
        max_file_bytes=settings.max_file_bytes,
    )
    console.print(
        f"serving credence-run/{deployment.name} "
        f"({'every ' + str(interval) + ' s' if interval else 'cron ' + settings.schedule}) over {settings.inbox}; "
        f"warehouse {settings.db}; runs at {os.environ['PREFECT_API_URL'].removesuffix('/api')}/runs"
    )
    serve_pipeline(deployment, settings.inbox)


def main() -> None:  # pragma: no cover - console entry point
    app(prog_name="credence")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
