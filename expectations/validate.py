"""Runs the suites with Great Expectations on pandas copies of polars frames; turns GX results into table rows."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import great_expectations as gx
import polars as pl
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)
from great_expectations.exceptions import DataContextError
from great_expectations.expectations.expectation import ColumnAggregateExpectation, Expectation
from great_expectations.expectations.expectation_configuration import parse_result_format
from great_expectations.render.view.view import DefaultJinjaView
from jinja2 import BytecodeCache

from expectations.frames import checked_frame
from expectations.suites import TABLES, ExpectationSpec, PreviousRun, SuiteSpec, ValidationParams, table_suite

Status = Literal["passed", "warnings", "errors"]

# GX 1.24 rebuilds an expectation's whole configuration (a pydantic dict() and a class-name
# conversion) for every key it reads from it: _get_domain_kwargs and _get_success_kwargs do so once
# per domain or success key, about 110 times per expectation and validation, a quarter of what a
# suite costs on the rows of a hundred articles, and _get_runtime_kwargs once per runtime key on top
# of its success kwargs (another eighth). The three below build it once per call, the runtime
# kwargs' one serving the success and domain kwargs inside them, and return the same dicts
# (tests/unit/test_expectations_suites.py compares them with GX's own on every expectation of the
# suites); GX's own are kept here, and are left in place on any other GX version.
GX_DOMAIN_KWARGS = Expectation._get_domain_kwargs
GX_SUCCESS_KWARGS = Expectation._get_success_kwargs
GX_RUNTIME_KWARGS = Expectation._get_runtime_kwargs


def _domain_kwargs(self: Expectation, given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    given = self.configuration.kwargs if given is None else given
    return {key: given.get(key, self._get_default_value(key)) for key in self.domain_keys}


def _success_kwargs(self: Expectation, given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    # One configuration for the domain keys and the success keys both: building it is the cost.
    given = self.configuration.kwargs if given is None else given
    success = {key: given.get(key, self._get_default_value(key)) for key in self.success_keys}
    success.update(_domain_kwargs(self, given))
    return success


def _runtime_kwargs(self: Expectation, runtime_configuration: dict | None = None) -> dict[str, Any]:
    runtime_configuration = runtime_configuration or {}
    given = self.configuration.kwargs
    # GX's _get_success_kwarg: the configured value, else the field's default (None for a required field)
    runtime = {
        key: runtime_configuration.get(key, given[key] if key in given else self._get_default_value(key))
        for key in self.runtime_keys
    }
    runtime.update(_success_kwargs(self, given))
    runtime["result_format"] = parse_result_format(runtime["result_format"])
    return runtime


class _CompiledTemplates(BytecodeCache):
    """GX's page templates compiled once per process, shared by every page view.

    Each GX page view builds a Jinja environment of its own, which compiles every template it renders
    again: a build of a run's pages compiles about 50, half of what rendering them costs (and the one
    GX step left on a run's critical path, behind the last checkpoint). Jinja keys each template by its
    name and its source's checksum; every view's environment has the same settings (GX's own, with no
    custom directories), so one template's code serves them all.
    """

    def __init__(self) -> None:
        self.codes: dict[tuple[str, str], Any] = {}

    def load_bytecode(self, bucket) -> None:
        bucket.code = self.codes.get((bucket.key, bucket.checksum))

    def dump_bytecode(self, bucket) -> None:
        self.codes[(bucket.key, bucket.checksum)] = bucket.code


COMPILED_TEMPLATES = _CompiledTemplates()
GX_VIEW_INIT = DefaultJinjaView.__init__


def _view_init(self: DefaultJinjaView, custom_styles_directory=None, custom_views_directory=None) -> None:
    GX_VIEW_INIT(self, custom_styles_directory, custom_views_directory)
    if custom_styles_directory is None and custom_views_directory is None:
        self.env.bytecode_cache = COMPILED_TEMPLATES


if gx.__version__ == "1.24.1":
    Expectation._get_domain_kwargs = _domain_kwargs
    Expectation._get_success_kwargs = _success_kwargs
    Expectation._get_runtime_kwargs = _runtime_kwargs
    DefaultJinjaView.__init__ = _view_init

RESULTS_SCHEMA: dict[str, pl.DataType] = {
    "run_id": pl.String(),
    "suite": pl.String(),
    "expectation": pl.String(),
    "column_name": pl.String(),
    "severity": pl.String(),
    "success": pl.Boolean(),
    "element_count": pl.Int64(),
    "unexpected_count": pl.Int64(),
    "sample_ids": pl.String(),
    "notes": pl.String(),
    "validated_at": pl.Datetime("us"),
}
QUARANTINE_SCHEMA: dict[str, pl.DataType] = {
    "run_id": pl.String(),
    "table_name": pl.String(),
    "row_id": pl.String(),
    "suite": pl.String(),
    "expectation": pl.String(),
    "reason": pl.String(),
    "row_json": pl.String(),
    "quarantined_at": pl.Datetime("us"),
}
DOCS_SITE = "credence"
_STORE_DIR = ".gx-store"  # inside docs_dir: suites and results kept so later calls' pages stay in the index
# Helper columns that exist only when another frame was passed; named in the reason a check was skipped.
_NEEDS = {
    "article_length": "the articles frame",
    "text_at_offsets": "the articles frame",
    "n_claims": "the claims frame and a previous run",
    "yield_ratio": "the claims frame and a previous run",
    "reliability_move": "a previous run's scores",
}


@dataclass(frozen=True)
class ValidationOutcome:
    """What one validation call found: rows for validation_results and quarantine, and the overall status.

    `skipped` lists (suite, expectation, reason) for checks that could not run on the frames given,
    for instance provenance checks of claims validated without their articles.
    """

    run_id: str
    results: pl.DataFrame
    quarantine: pl.DataFrame
    status: Status
    docs_index: Path | None
    skipped: tuple[tuple[str, str, str], ...] = ()

    def quarantined_ids(self, table: str) -> set[str]:
        """Row ids of `table` to leave out of scoring (source_scores ids read source_id|source_kind)."""
        rows = self.quarantine.filter(pl.col("table_name") == table)
        return set(rows["row_id"].to_list())

    def failures(self, severity: str | None = None) -> pl.DataFrame:
        """Result rows that failed, optionally of one severity."""
        failed = self.results.filter(~pl.col("success"))
        return failed if severity is None else failed.filter(pl.col("severity") == severity)


def _gx_context(docs_dir: Path | None) -> Any:
    """One ephemeral context per call: in-memory stores, or with docs, suites and results kept beside the site.

    With docs, the site's index lists every result in the results store and deletes pages that are
    not in it, so results are persisted under docs_dir; otherwise a second call (say, source_scores
    after scoring) would erase the pages of the first.
    """
    defaults = InMemoryStoreBackendDefaults()
    sites: dict = {}
    if docs_dir is not None:
        store_root = docs_dir / _STORE_DIR
        for store_name, sub in (
            (defaults.expectations_store_name, "expectations"),
            (defaults.validation_results_store_name, "validations"),
        ):
            defaults.stores[store_name]["store_backend"] = {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": str(store_root / sub),
            }
        sites[DOCS_SITE] = {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder", "show_how_to_buttons": False},
        }
    config = DataContextConfig(
        store_backend_defaults=defaults,
        data_docs_sites=sites,
        analytics_enabled=False,  # no network on the pipeline's machines, and nothing to report
        progress_bars=ProgressBarsConfig(globally=False),
    )
    context = gx.get_context(project_config=config, mode="ephemeral")
    if gx.__version__ == "1.24.1":
        # Each data source, asset and batch definition added saves the project config: an ephemeral
        # context dumps it to YAML (ruamel) into a store in memory that nothing reads back, an eighth
        # of what validating a hundred articles' rows costs. The live config holds them all the same.
        context._save_project_config = _config_kept_in_memory
    return context


def _config_kept_in_memory() -> None:
    """An ephemeral context's project config needs no saving: the context is all there is of it."""


def _row_condition_columns(spec: ExpectationSpec, columns: list[str]) -> list[str]:
    condition = getattr(spec.expectation, "row_condition", None) or ""
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", str(condition)))
    return [c for c in columns if c in words]


def _plain(value: Any) -> Any:
    """numpy scalars and pandas timestamps from GX's results as plain Python values."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def _short(value: Any) -> str:
    value = _plain(value)
    if isinstance(value, float):
        return f"{value:.6g}"
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _json_default(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


@dataclass
class _SuiteRun:
    """The rows one suite produced, before they are stacked."""

    results: list[dict]
    quarantine: list[dict]
    skipped: list[tuple[str, str, str]]


def _run_suite(
    context: Any,
    source: Any,
    suite: SuiteSpec,
    checked: pl.DataFrame,
    original_columns: list[str],
    run: RunIdentifier,
    run_id: str,
    params: ValidationParams,
    now: datetime,
) -> _SuiteRun:
    skipped = [(suite.name, name, reason) for name, reason in suite.skipped]
    specs: list[ExpectationSpec] = []
    for spec in suite.expectations:
        missing = [c for c in spec.columns if c not in checked.columns]
        if missing:
            needs = sorted({_NEEDS.get(c, f"column {c}") for c in missing})
            skipped.append((suite.name, spec.name, "needs " + " and ".join(needs)))
        elif checked.height == 0 and isinstance(spec.expectation, ColumnAggregateExpectation):
            # GX fails a mean of no rows; an empty batch is not a collapse of anything
            skipped.append((suite.name, spec.name, "no rows to aggregate"))
        else:
            specs.append(spec)
    if not specs:
        return _SuiteRun([], [], skipped)

    id_column = suite.table.id_column
    # GX reads only the columns the suite names: the article text would otherwise be copied to pandas
    used = {id_column}
    for spec in specs:
        used.update(spec.columns)
        used.update(_row_condition_columns(spec, checked.columns))
    data = checked.select([c for c in checked.columns if c in used]).to_pandas()

    gx_suite = _stored_suite(
        context, gx.ExpectationSuite(name=suite.name, expectations=[s.expectation for s in specs])
    )
    batch = source.add_dataframe_asset(suite.name).add_batch_definition_whole_dataframe(suite.name)
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=suite.name, data=batch, suite=gx_suite)
    )
    # BASIC gives every verdict, count and observed value; the failing rows' ids (the COMPLETE format:
    # two more metrics per expectation, a third of a suite's cost) are asked of the failed ones alone.
    validation = definition.run(
        batch_parameters={"dataframe": data}, result_format={"result_format": "BASIC"}, run_id=run
    )

    by_name = {s.name: s for s in specs}
    order = {s.name: i for i, s in enumerate(specs)}
    outcomes = sorted(validation.results, key=lambda r: order[r.expectation_config.meta["credence_name"]])
    failed_rows = [
        by_name[o.expectation_config.meta["credence_name"]]
        for o in outcomes
        if not o.success and (o.result or {}).get("unexpected_count")
    ]
    failing_ids = _failing_ids(suite.name, failed_rows, data, id_column) if failed_rows else {}
    results: list[dict] = []
    quarantine: list[dict] = []
    originals: pl.DataFrame | None = None
    for outcome in outcomes:
        spec = by_name[outcome.expectation_config.meta["credence_name"]]
        result = outcome.result or {}
        unexpected = failing_ids.get(spec.name, [])
        failing = [item.get(id_column) for item in unexpected]
        samples = [str(i) for i in dict.fromkeys(failing) if i is not None]
        if not outcome.success and not samples and spec.examples is not None:
            samples = [str(i) for i in checked.filter(spec.examples)[id_column].to_list()]
        notes = spec.notes
        if not outcome.success and result.get("observed_value") is not None:
            notes += f" Observed: {_short(result['observed_value'])}."
        raised = (outcome.exception_info or {}).get("raised_exception")
        if raised:
            notes += f" GX raised: {outcome.exception_info.get('exception_message')}"
        results.append(
            {
                "run_id": run_id,
                "suite": suite.name,
                "expectation": spec.name,
                "column_name": ",".join(spec.columns),
                "severity": spec.severity,
                "success": bool(outcome.success),
                "element_count": result.get("element_count"),
                "unexpected_count": result.get("unexpected_count"),
                "sample_ids": json.dumps(samples[: params.sample_size]) if samples else None,
                "notes": notes,
                "validated_at": now,
            }
        )
        if outcome.success or spec.severity != "error" or not failing:
            continue
        if originals is None:
            originals = checked.select(original_columns)
        rows = {
            str(r[id_column]): r
            for r in originals.filter(pl.col(id_column).is_in(samples))
            .unique(id_column, keep="first")
            .to_dicts()
        }
        for item in unexpected:
            row_id = item.get(id_column)
            if row_id is None or str(row_id) not in rows:
                continue
            values = ", ".join(f"{k}={_short(v)}" for k, v in item.items() if k != id_column)
            quarantine.append(
                {
                    "run_id": run_id,
                    "table_name": suite.table.name,
                    "row_id": str(row_id),
                    "suite": suite.name,
                    "expectation": spec.name,
                    "reason": f"{spec.name} failed" + (f" ({values})" if values else ""),
                    "row_json": json.dumps(rows[str(row_id)], default=_json_default, ensure_ascii=False),
                    "quarantined_at": now,
                }
            )
    return _SuiteRun(results, quarantine, skipped)


def _stored_suite(context: Any, suite: Any) -> Any:
    """`suite` in the context's store, replacing a stored one of its name.

    GX's add_or_update keeps the ids of the stored expectations that equal new ones, comparing each
    new expectation with every stored one through its full configuration: a sixth of a suite's cost
    on a hundred articles' rows, for ids nothing here reads (results name expectations by their meta).
    """
    try:
        context.suites.delete(suite.name)
    except DataContextError:
        pass  # the first suite of its name
    return context.suites.add(suite)


def _failing_ids(name: str, specs: list[ExpectationSpec], data: Any, id_column: str) -> dict[str, list[dict]]:
    """Per expectation of `specs` (each failed on some rows of `data`), GX's unexpected_index_list: the
    failing rows' `id_column` and checked values, from a COMPLETE validation of these alone.

    It runs in a context of its own, in memory: the suite's result in the Data Docs store stays the
    one of every expectation.
    """
    context = _gx_context(None)
    asset = context.data_sources.add_pandas("credence").add_dataframe_asset(name)
    suite = context.suites.add(
        gx.ExpectationSuite(name=name, expectations=[s.expectation.copy(update={"id": None}) for s in specs])
    )
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=name, data=asset.add_batch_definition_whole_dataframe(name), suite=suite)
    )
    validation = definition.run(
        batch_parameters={"dataframe": data},
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [id_column]},
    )
    return {
        outcome.expectation_config.meta["credence_name"]: (outcome.result or {}).get("unexpected_index_list")
        or []
        for outcome in validation.results
    }


def _children_of_quarantined(
    frames: Mapping[str, pl.DataFrame], parents: list[dict], run_id: str, now: datetime
) -> list[dict]:
    """Rows of claims, quotes and attributions whose article is quarantined, one per article failure."""
    by_article: dict[str, list[dict]] = {}
    for row in parents:
        if row["table_name"] == "articles":
            by_article.setdefault(row["row_id"], []).append(row)
    if not by_article:
        return []
    out: list[dict] = []
    for table, spec in TABLES.items():
        if spec.parent != "articles" or table not in frames:
            continue
        children = frames[table].filter(pl.col("article_id").is_in(list(by_article)))
        for child in children.to_dicts():
            for parent in by_article[child["article_id"]]:
                out.append(
                    {
                        "run_id": run_id,
                        "table_name": table,
                        "row_id": str(child[spec.id_column]),
                        "suite": parent["suite"],
                        "expectation": parent["expectation"],
                        "reason": f"article {child['article_id']} quarantined: {parent['reason']}",
                        "row_json": json.dumps(child, default=_json_default, ensure_ascii=False),
                        "quarantined_at": now,
                    }
                )
    return out


def _status(results: pl.DataFrame) -> Status:
    failed = results.filter(~pl.col("success"))
    if failed.filter(pl.col("severity") == "error").height:
        return "errors"
    return "warnings" if failed.height else "passed"


def validate_tables(
    frames: Mapping[str, pl.DataFrame],
    run_id: str,
    params: ValidationParams,
    docs_dir: Path | None = None,
    previous: PreviousRun | None = None,
    now: datetime | None = None,
    render_docs: bool = True,
) -> ValidationOutcome:
    """Validates any subset of articles, claims, quotes, attributions and source_scores.

    Verdicts and counts come from GX; failing ids come from GX's COMPLETE result format with the
    table's id column as index, asked of the expectations that failed. Rows failing an error-severity
    expectation are quarantined, and so are the claims, quotes and attributions of a quarantined
    article (when their frames are given).
    `now` (default: the wall clock) is the reference for "not in the future" and the timestamp of
    every row, so a rerun with the same `now` yields identical rows. Data Docs go to `docs_dir`;
    with `render_docs` False the results are only stored there, for `render_run_docs` to render
    with the rest of the run's in one build.
    """
    unknown = set(frames) - set(TABLES)
    if unknown:
        raise ValueError(f"no suite for {sorted(unknown)}; known tables: {', '.join(TABLES)}")
    if now is None:
        now = datetime.now(UTC)
    if now.tzinfo is not None:
        now = now.astimezone(UTC).replace(tzinfo=None)

    context = _gx_context(docs_dir)
    source = context.data_sources.add_pandas("credence")
    store = context.validation_results_store
    keys_before = set(store.list_keys()) if docs_dir is not None and render_docs else set()
    run = RunIdentifier(run_name=run_id, run_time=datetime.now(UTC))

    results: list[dict] = []
    quarantine: list[dict] = []
    skipped: list[tuple[str, str, str]] = []
    for table in TABLES:
        if table not in frames:
            continue
        suite = table_suite(table, params, now, previous)
        checked = checked_frame(table, frames, params, previous)
        original_columns = list(frames[table].columns)
        if table == "source_scores":
            original_columns = [*original_columns, "row_id"]
        part = _run_suite(context, source, suite, checked, original_columns, run, run_id, params, now)
        results.extend(part.results)
        quarantine.extend(part.quarantine)
        skipped.extend(part.skipped)
    quarantine.extend(_children_of_quarantined(frames, quarantine, run_id, now))

    results_frame = pl.DataFrame(results, schema=RESULTS_SCHEMA)
    quarantine_frame = pl.DataFrame(quarantine, schema=QUARANTINE_SCHEMA).unique(
        ["table_name", "row_id", "expectation"], keep="first", maintain_order=True
    )
    docs_index = None
    if docs_dir is not None:
        docs_index = docs_dir / "index.html"
        if render_docs:
            _build_docs(context, set(store.list_keys()) - keys_before, docs_dir)
    return ValidationOutcome(
        run_id=run_id,
        results=results_frame,
        quarantine=quarantine_frame,
        status=_status(results_frame),
        docs_index=docs_index,
        skipped=tuple(skipped),
    )


# Runs whose Data Docs pages are kept: a scheduled hourly pipeline's last two days.
KEEP_RUNS = 50


def render_run_docs(docs_dir: Path, run_id: str, keep_runs: int = KEEP_RUNS) -> Path | None:
    """Renders the pages of every result `run_id` stored under `docs_dir` (and their suites), then the index.

    One build for a run's validations: rendering loads and compiles GX's page templates each time,
    and the index is rebuilt each time. Results of all but the latest `keep_runs` runs are removed from
    the store first (the index then drops their pages), so a scheduled pipeline's docs stay bounded;
    the warehouse's validation_results table keeps every run. None when the run stored no result.
    """
    context = _gx_context(docs_dir)
    store = context.validation_results_store
    stored = store.list_keys()
    for key in _keys_of_older_runs(stored, keep_runs, current=run_id):
        store.remove_key(key)
    keys = {key for key in stored if key.run_id.run_name == run_id}
    return _build_docs(context, keys, docs_dir) if keys else None


def _keys_of_older_runs(keys: list, keep_runs: int, current: str) -> list:
    """The result keys of runs beyond the latest `keep_runs` (by run time); the current run is always kept."""
    latest: dict[str, datetime] = {}
    for key in keys:
        name, when = key.run_id.run_name, key.run_id.run_time
        if name not in latest or when > latest[name]:
            latest[name] = when
    newest = sorted(latest, key=lambda name: latest[name], reverse=True)
    kept = set(newest[: max(keep_runs, 1)]) | {current}
    return [key for key in keys if key.run_id.run_name not in kept]


def _build_docs(context: Any, new_results: set, docs_dir: Path) -> Path:
    """Renders this call's results and suites, then the index; earlier pages are kept, not re-rendered."""
    suites = [key.expectation_suite_identifier for key in new_results]
    context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=[*new_results, *suites])
    index = docs_dir / "index.html"
    if not index.is_file():
        raise RuntimeError(f"GX reported building Data Docs but {index} is missing")
    return index
