"""The suites against one good set of frames, then one violation per expectation.

Frames carry the warehouse's own column types (read from a migrated in-memory DuckDB), so the
checks run on what the pipeline will hand them. Each case in VIOLATIONS breaks one row in one way
and asserts that GX fails exactly that expectation's verdict with the declared severity and, for an
error, that the broken row and only that row of its table is quarantined.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import duckdb
import polars as pl
import pytest

from expectations import DEFAULT_VALUE_BOUNDS, PreviousRun, ValidationParams, table_suite, validate_tables
from expectations.frames import bounds_key
from warehouse.connection import migrate
from warehouse.load import insert_new

NOW = datetime(2025, 6, 1, 12, 0)
RUN = "run-2"

A1_TEXT = (
    "Officials said 1,000 troops were killed near the border town on Monday, the third day of fighting. "
    "About 12 percent of homes were damaged, according to the regional council, which met on Tuesday. "
    '"We are rebuilding street by street," said Mayor Ana Petrova at a briefing in the town hall.'
)
A2_TEXT = (
    "More than 300 people have fled the valley since the floods began, officials said on Friday evening. "
    '"Nobody told us the dam was full," one resident said, standing beside a car packed with belongings. '
    "Rescue teams expect the water to fall slowly over the weekend as the rain moves east to the coast."
)


@pytest.fixture(scope="module")
def warehouse():
    conn = duckdb.connect(":memory:")
    migrate(conn)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def schemas(warehouse) -> dict[str, pl.Schema]:
    tables = ("articles", "claims", "quotes", "attributions", "source_scores")
    schemas = {t: warehouse.execute(f"SELECT * FROM {t} LIMIT 0").pl().schema for t in tables}
    # the caller hands articles over with the text every offset refers to, wherever the warehouse keeps it
    schemas["articles"] = pl.Schema({**schemas["articles"], "text": pl.String})
    return schemas


def _at(text: str, span: str) -> dict:
    start = text.index(span)
    return {"char_start": start, "char_end": start + len(span)}


def good_rows() -> dict[str, list[dict]]:
    """Two articles with their claims, quotes and attributions, and two outlets' scores: all valid."""
    article = {"date_is_relative": False, "date_missing": False, "format": "txt", "record": "", "run_id": RUN}
    articles = [
        {
            **article,
            "article_id": "a1",
            "source_id": "s1",
            "published_at": datetime(2025, 5, 30),
            "text": A1_TEXT,
        },
        {
            **article,
            "article_id": "a2",
            "source_id": "s2",
            "published_at": datetime(2025, 5, 31),
            "text": A2_TEXT,
        },
    ]
    for row in articles:
        row.update(
            body=row["text"], body_start=0, body_end=len(row["text"]), word_count=len(row["text"].split())
        )
    claim = {"hedged": False, "core": True, "run_id": RUN, "unit": None}
    claims = [
        {**claim, "claim_id": "c1", "article_id": "a1", "span": "1,000 troops", **_at(A1_TEXT, "1,000 troops"),
         "measure": "killed", "value_low": 1000.0, "value_high": 1000.0, "qualifier": "exact",
         "attribution_kind": "organization"},
        {**claim, "claim_id": "c2", "article_id": "a1", "span": "12 percent", **_at(A1_TEXT, "12 percent"),
         "measure": "damaged_share", "unit": "percent", "value_low": 12.0, "value_high": 12.0,
         "qualifier": "approx", "attribution_kind": "organization"},
        {**claim, "claim_id": "c3", "article_id": "a2", "span": "More than 300 people",
         **_at(A2_TEXT, "More than 300 people"), "measure": "displaced", "value_low": 300.0, "value_high": None,
         "qualifier": "lower_bound", "attribution_kind": "none"},
    ]  # fmt: skip
    quotes = [
        {"quote_id": "q1", "article_id": "a1", "text": "We are rebuilding street by street,",
         **_at(A1_TEXT, "We are rebuilding street by street,"), "speaker": "Ana Petrova", "speaker_kind": "person"},
        {"quote_id": "q2", "article_id": "a2", "text": "Nobody told us the dam was full,",
         **_at(A2_TEXT, "Nobody told us the dam was full,"), "speaker": None, "speaker_kind": "unknown"},
    ]  # fmt: skip
    attributions = [
        {"attribution_id": "t1", "article_id": "a1", "text": "according to the regional council",
         **_at(A1_TEXT, "according to the regional council"), "kind": "organization",
         "originator": "regional council", "n_claims": 1},
        {"attribution_id": "t2", "article_id": "a2", "text": "officials", "char_start": None, "char_end": None,
         "kind": "vague", "originator": None, "n_claims": 1},
    ]  # fmt: skip
    score = {
        "run_id": RUN,
        "source_kind": "outlet",
        "n_claims": 3,
        "n_compared": 2,
        "evidence_status": "scored",
    }
    scores = [
        {**score, "source_id": "s1", "reliability_score": 0.7, "reliability_low": 0.6, "reliability_high": 0.8,
         "consistency_score": 0.5, "consistency_low": 0.4, "consistency_high": 0.6,
         "attribution_score": 0.9, "attribution_low": 0.8, "attribution_high": 1.0},
        # too little evidence: scores stay null and no check may fail because of it
        {**score, "source_id": "s2", "evidence_status": "insufficient"},
    ]  # fmt: skip
    return {"articles": articles, "claims": claims, "quotes": quotes, "attributions": attributions,
            "source_scores": scores}  # fmt: skip


def good_previous() -> dict:
    """Run 1's figures, close enough to run 2's that no cross-run check fires."""
    return {
        "claims_per_article": {"a1": 3, "a2": 1},
        "unattributed_share": 0.3,
        "scores": {("s1", "outlet"): 0.65},
    }


def _previous(figures: dict) -> PreviousRun:
    per_article = pl.DataFrame(
        {
            "article_id": list(figures["claims_per_article"]),
            "n_claims": list(figures["claims_per_article"].values()),
        }
    )
    scores = pl.DataFrame(
        [
            {"source_id": s, "source_kind": k, "reliability_score": v}
            for (s, k), v in figures["scores"].items()
        ],
        schema={"source_id": pl.String, "source_kind": pl.String, "reliability_score": pl.Float64},
    )
    return PreviousRun("run-1", per_article, figures["unattributed_share"], scores)


def _frames(rows: dict[str, list[dict]], schemas: dict[str, pl.Schema], tables) -> dict[str, pl.DataFrame]:
    return {t: pl.DataFrame(rows[t], schema=schemas[t]) for t in tables}


def _result(outcome, expectation: str) -> dict:
    rows = outcome.results.filter(pl.col("expectation") == expectation).to_dicts()
    assert len(rows) == 1, f"{expectation} was not run; skipped: {outcome.skipped}"
    return rows[0]


def _row(rows: dict, table: str, row_id: str) -> dict:
    id_column = {"articles": "article_id", "claims": "claim_id", "quotes": "quote_id",
                 "attributions": "attribution_id"}[table]  # fmt: skip
    return next(r for r in rows[table] if r[id_column] == row_id)


def _set(table: str, row_id: str, **values) -> Callable[[dict, dict], None]:
    def mutate(rows: dict, previous: dict) -> None:
        if table == "source_scores":
            source_id, kind = row_id.split("|")
            row = next(r for r in rows[table] if r["source_id"] == source_id and r["source_kind"] == kind)
        else:
            row = _row(rows, table, row_id)
        row.update(values)

    return mutate


ALL = ("articles", "claims", "quotes", "attributions", "source_scores")


def test_good_frames_pass_every_suite_with_cross_run_checks(schemas):
    outcome = validate_tables(
        _frames(good_rows(), schemas, ALL),
        RUN,
        ValidationParams(),
        previous=_previous(good_previous()),
        now=NOW,
    )
    failed = outcome.failures().select("expectation", "notes").rows()
    assert failed == []
    assert outcome.status == "passed"
    assert outcome.quarantine.height == 0
    assert outcome.skipped == ()
    assert set(outcome.results["suite"]) == set(ALL)
    assert outcome.results["expectation"].is_in(
        ["articles.claim_yield_vs_previous", "claims.unattributed_share_vs_previous",
         "source_scores.reliability_move_vs_previous", "claims.span_matches_article_text"]
    ).sum() == 4  # fmt: skip


@dataclass(frozen=True)
class Violation:
    expectation: str
    tables: tuple[str, ...]
    mutate: Callable[[dict, dict], None]
    bad_id: str | None  # the row that must be quarantined; None for a check over the whole batch
    severity: str = "error"


def _drop_claims_of(article_id: str) -> Callable[[dict, dict], None]:
    def mutate(rows: dict, previous: dict) -> None:
        rows["claims"] = [c for c in rows["claims"] if c["article_id"] != article_id]

    return mutate


def _previous_figures(**figures) -> Callable[[dict, dict], None]:
    def mutate(rows: dict, previous: dict) -> None:
        previous.update(figures)

    return mutate


def _duplicate_id(table: str, id_column: str, row_id: str, copy_to: str) -> Callable[[dict, dict], None]:
    def mutate(rows: dict, previous: dict) -> None:
        _row(rows, table, copy_to)[id_column] = row_id

    return mutate


def _offset_violations(table: str, row_id: str, text: str) -> list[Violation]:
    tables = ("articles", table)
    return [
        Violation(f"{table}.char_start_non_negative", tables, _set(table, row_id, char_start=-1), row_id),
        Violation(
            f"{table}.offsets_ordered", tables, _set(table, row_id, char_end=40, char_start=40), row_id
        ),
        Violation(
            f"{table}.offsets_inside_article", tables, _set(table, row_id, char_end=len(text) + 5), row_id
        ),
        Violation(f"{table}.article_known", tables, _set(table, row_id, article_id="a404"), row_id),
    ]


def _score_violations(family: str) -> list[Violation]:
    score, low, high = f"{family}_score", f"{family}_low", f"{family}_high"
    t = ("source_scores",)
    bad = "s1|outlet"
    return [
        Violation(f"source_scores.{score}_in_unit_interval", t, _set("source_scores", bad, **{score: 1.2}), bad),
        Violation(f"source_scores.{low}_in_unit_interval", t, _set("source_scores", bad, **{low: -0.1}), bad),
        Violation(f"source_scores.{high}_in_unit_interval", t, _set("source_scores", bad, **{high: 1.1}), bad),
        Violation(f"source_scores.{family}_low_le_score", t, _set("source_scores", bad, **{low: 0.95, high: 1.0}), bad),
        Violation(f"source_scores.{family}_score_le_high", t, _set("source_scores", bad, **{low: 0.0, high: 0.05}), bad),
    ]  # fmt: skip


AC = ("articles", "claims")
AQ = ("articles", "quotes")
AT = ("articles", "attributions")
VIOLATIONS: list[Violation] = [
    Violation("articles.article_id_unique", ("articles",), _duplicate_id("articles", "article_id", "a1", "a2"), "a1"),
    Violation("articles.body_min_chars", ("articles",), _set("articles", "a2", body="Flood. Evacuate now."), "a2"),
    Violation("articles.body_min_words", ("articles",), _set("articles", "a2", word_count=12), "a2"),
    Violation("articles.published_at_present", ("articles",), _set("articles", "a2", published_at=None), "a2",
              "warning"),
    Violation("articles.published_at_not_future", ("articles",),
              _set("articles", "a2", published_at=NOW + timedelta(days=2)), "a2"),
    Violation("articles.date_not_relative", ("articles",), _set("articles", "a2", date_is_relative=True), "a2",
              "warning"),
    Violation("articles.source_present", ("articles",), _set("articles", "a2", source_id=None), "a2"),
    Violation("articles.source_not_blank", ("articles",), _set("articles", "a2", source_id="  "), "a2"),
    Violation("articles.claim_yield_vs_previous", AC,
              _previous_figures(claims_per_article={"a1": 10, "a2": 1}), "a1", "warning"),
    # articles run 1 saw and run 2 did not bring the mean down; no single article collapsed
    Violation("articles.mean_claim_yield_vs_previous", AC,
              _previous_figures(claims_per_article={"a1": 3, "a2": 1, "a8": 20, "a9": 20}), None, "warning"),
    Violation("claims.claim_id_unique", AC, _duplicate_id("claims", "claim_id", "c1", "c2"), "c1"),
    Violation("claims.value_present", AC, _set("claims", "c3", value_low=None, value_high=None), "c3"),
    Violation("claims.value_low_le_value_high", AC, _set("claims", "c1", value_low=2000.0), "c1"),
    Violation("claims.value_not_below_bound", AC, _set("claims", "c1", value_low=-5.0), "c1"),
    Violation("claims.value_not_above_bound", AC, _set("claims", "c2", value_low=150.0, value_high=150.0), "c2"),
    Violation("claims.qualifier_in_vocabulary", AC, _set("claims", "c1", qualifier="roughly"), "c1"),
    Violation("claims.attribution_kind_in_vocabulary", AC, _set("claims", "c1", attribution_kind="rumour"), "c1"),
    *_offset_violations("claims", "c1", A1_TEXT),
    Violation("claims.span_matches_article_text", AC, _set("claims", "c1", span="1,001 troops"), "c1"),
    Violation("claims.unattributed_share_vs_previous", AC, _previous_figures(unattributed_share=0.0), None,
              "warning"),
    Violation("quotes.quote_id_unique", AQ, _duplicate_id("quotes", "quote_id", "q1", "q2"), "q1"),
    Violation("quotes.text_present", AQ, _set("quotes", "q2", text=None), "q2"),
    Violation("quotes.text_not_blank", AQ, _set("quotes", "q2", text="   "), "q2"),
    Violation("quotes.speaker_kind_in_vocabulary", AQ, _set("quotes", "q1", speaker_kind="robot"), "q1"),
    Violation("quotes.speaker_named_unless_unknown", AQ, _set("quotes", "q1", speaker=None), "q1"),
    *_offset_violations("quotes", "q1", A1_TEXT),
    Violation("attributions.attribution_id_unique", AT,
              _duplicate_id("attributions", "attribution_id", "t1", "t2"), "t1"),
    Violation("attributions.kind_in_vocabulary", AT, _set("attributions", "t1", kind="hearsay"), "t1"),
    Violation("attributions.text_present", AT, _set("attributions", "t2", text=None), "t2"),
    Violation("attributions.text_not_blank", AT, _set("attributions", "t2", text=""), "t2"),
    Violation("attributions.n_claims_non_negative", AT, _set("attributions", "t1", n_claims=-1), "t1"),
    *_offset_violations("attributions", "t1", A1_TEXT),
    Violation("attributions.text_matches_article_text", AT,
              _set("attributions", "t1", text="according to the council"), "t1", "warning"),
    Violation("source_scores.row_id_unique", ("source_scores",), _set("source_scores", "s2|outlet", source_id="s1"),
              "s1|outlet"),
    Violation("source_scores.source_kind_in_vocabulary", ("source_scores",),
              _set("source_scores", "s2|outlet", source_kind="blog"), "s2|blog"),
    *_score_violations("reliability"),
    *_score_violations("consistency"),
    *_score_violations("attribution"),
    Violation("source_scores.reliability_move_vs_previous", ("source_scores",),
              _previous_figures(scores={("s1", "outlet"): 0.2}), "s1|outlet", "warning"),
]  # fmt: skip


def test_every_expectation_has_a_violation_case():
    names = set()
    for table in ALL:
        names.update(
            s.name
            for s in table_suite(table, ValidationParams(), NOW, _previous(good_previous())).expectations
        )
    assert names == {v.expectation for v in VIOLATIONS}


@pytest.mark.parametrize("case", VIOLATIONS, ids=lambda v: v.expectation)
def test_violation_fails_its_expectation_and_quarantines_the_row(case: Violation, schemas):
    rows, figures = good_rows(), good_previous()
    case.mutate(rows, figures)
    outcome = validate_tables(
        _frames(rows, schemas, case.tables), RUN, ValidationParams(), previous=_previous(figures), now=NOW
    )

    result = _result(outcome, case.expectation)
    assert result["success"] is False
    assert result["severity"] == case.severity
    table = case.expectation.split(".")[0]
    if case.bad_id is not None:
        assert case.bad_id in json.loads(result["sample_ids"])
    quarantined = outcome.quarantine.filter(pl.col("table_name") == table)
    if case.severity == "error":
        assert outcome.status == "errors"
        own = quarantined.filter(pl.col("expectation") == case.expectation)
        assert set(own["row_id"]) == {case.bad_id}
        assert set(quarantined["row_id"]) == {case.bad_id}
        assert case.expectation in own["reason"][0]
    else:
        assert outcome.status == "warnings"
        assert quarantined.height == 0


def test_failing_row_ids_are_asked_of_the_expectations_that_failed_alone(schemas, monkeypatch):
    from expectations import validate

    asked = []
    failing_ids = validate._failing_ids

    def spy(name, specs, data, id_column):
        asked.append((name, [s.name for s in specs]))
        return failing_ids(name, specs, data, id_column)

    monkeypatch.setattr(validate, "_failing_ids", spy)
    rows = good_rows()
    _set("claims", "c1", qualifier="roughly")(rows, None)
    outcome = validate_tables(_frames(rows, schemas, ALL[:4]), RUN, ValidationParams(), now=NOW)
    assert asked == [("claims", ["claims.qualifier_in_vocabulary"])]
    assert set(outcome.quarantine["row_id"]) == {"c1"}
    assert (
        validate_tables(_frames(good_rows(), schemas, ALL[:4]), RUN, ValidationParams(), now=NOW).status
        == "passed"
    )
    assert len(asked) == 1  # nothing failed: GX's COMPLETE format was not asked for at all


def test_a_suite_validated_again_replaces_its_stored_expectations(schemas, tmp_path):
    from expectations import validate

    docs = tmp_path / "docs"
    rows = good_rows()
    validate_tables(
        _frames(rows, schemas, AC), "run-a", ValidationParams(), docs_dir=docs, now=NOW, render_docs=False
    )
    alone = validate_tables(
        _frames(rows, schemas, ("claims",)),
        "run-b",
        ValidationParams(),
        docs_dir=docs,
        now=NOW,
        render_docs=False,
    )
    stored = validate._gx_context(docs).suites.get("claims")
    ran = set(alone.results.filter(pl.col("suite") == "claims")["expectation"])
    assert {e.meta["credence_name"] for e in stored.expectations} == ran  # the provenance checks are gone


def test_validation_and_its_pages_never_dump_the_gx_project_config(schemas, tmp_path, monkeypatch):
    import great_expectations as gx
    from great_expectations.data_context.types.base import DataContextConfig

    from expectations.validate import render_run_docs

    if gx.__version__ != "1.24.1":
        pytest.skip("the project config is left to GX on other versions")

    def dumped(*args, **kwargs):
        raise AssertionError("an ephemeral context's config was serialized")

    monkeypatch.setattr(DataContextConfig, "to_yaml_str", dumped)
    docs = tmp_path / "docs"
    outcome = validate_tables(
        _frames(good_rows(), schemas, ALL[:4]),
        RUN,
        ValidationParams(),
        docs_dir=docs,
        now=NOW,
        render_docs=False,
    )
    assert outcome.status == "passed"
    assert render_run_docs(docs, RUN) == docs / "index.html"


def test_claims_quotes_and_attributions_of_a_quarantined_article_are_quarantined_too(schemas):
    rows = good_rows()
    _row(rows, "articles", "a2")["body"] = "Flood."
    outcome = validate_tables(_frames(rows, schemas, ALL[:4]), RUN, ValidationParams(), now=NOW)

    followers = outcome.quarantine.filter(pl.col("table_name") != "articles")
    assert sorted(zip(followers["table_name"], followers["row_id"], strict=True)) == [
        ("attributions", "t2"),
        ("claims", "c3"),
        ("quotes", "q2"),
    ]
    assert set(followers["expectation"]) == {"articles.body_min_chars"}
    assert all(r.startswith("article a2 quarantined: articles.body_min_chars") for r in followers["reason"])
    # the article's own claims stay valid: nothing about c1/c2 (article a1) is quarantined
    assert json.loads(followers.filter(pl.col("row_id") == "c3")["row_json"][0])["claim_id"] == "c3"


def test_severity_override_turns_an_error_into_a_warning_without_quarantine(schemas):
    rows = good_rows()
    _row(rows, "claims", "c2").update(value_low=150.0, value_high=150.0)
    params = ValidationParams(severities={"claims.value_not_above_bound": "warning"})
    outcome = validate_tables(_frames(rows, schemas, AC), RUN, params, now=NOW)
    assert _result(outcome, "claims.value_not_above_bound")["severity"] == "warning"
    assert outcome.status == "warnings"
    assert outcome.quarantine.height == 0


def test_value_bounds_come_from_the_configured_mapping(schemas):
    rows = good_rows()
    strict = ValidationParams(
        value_bounds={"percent": (0.0, 10.0), "count": (0.0, 500.0), "other": (0.0, 1e15)}
    )
    outcome = validate_tables(_frames(rows, schemas, AC), RUN, strict, now=NOW)
    assert json.loads(_result(outcome, "claims.value_not_above_bound")["sample_ids"]) == ["c1", "c2"]


@pytest.mark.parametrize(
    ("claim_id", "values", "fails"),
    [
        (
            "c2",
            {"measure": "damaged_share", "value_low": 150.0, "value_high": 150.0},
            True,
        ),  # a share past the whole
        (
            "c2",
            {"measure": "price_increase", "value_low": 300.0, "value_high": 300.0},
            False,
        ),  # a fourfold rise
        ("c1", {"measure": "killed", "value_low": 2e10, "value_high": 2e10}, True),  # more dead than people
        ("c1", {"measure": "robocalls", "value_low": 5.8e10, "value_high": 5.8e10}, False),
    ],
)
def test_default_bounds_tell_a_misread_from_a_large_true_figure(claim_id, values, fails, schemas):
    rows = good_rows()
    _row(rows, "claims", claim_id).update(values)
    outcome = validate_tables(_frames(rows, schemas, AC), RUN, ValidationParams(), now=NOW)
    result = _result(outcome, "claims.value_not_above_bound")
    assert result["success"] is not fails
    assert json.loads(result["sample_ids"] or "[]") == ([claim_id] if fails else [])


@pytest.mark.parametrize(
    ("measure", "unit", "key"),
    [
        ("killed", None, "killed"),  # a count of people: the lexicon's core measures have their own bound
        ("robocalls", None, "count"),
        ("inflation_rate", "percent", "percent"),
        ("price_increase", "percent", "percent_change"),
        ("aid", "USD", "money"),
        ("area_covered", "km2", "other"),
        ("percent", "USD", "percent"),  # a measure named in the mapping wins over the unit's class
    ],
)
def test_bounds_key_prefers_measure_then_change_then_unit_then_unit_class(measure, unit, key):
    frame = pl.DataFrame(
        {"measure": [measure], "unit": [unit]}, schema={"measure": pl.String, "unit": pl.String}
    )
    assert frame.select(bounds_key(DEFAULT_VALUE_BOUNDS))[0, 0] == key


@pytest.mark.parametrize(("local_time", "in_future"), [("14:30", False), ("15:30", True)])
def test_a_zoned_publication_time_is_compared_in_utc(local_time, in_future, schemas):
    # 15:30 in Paris is 13:30 UTC: past NOW (12:00 UTC) plus the default hour of skew
    frame = _frames(good_rows(), schemas, ("articles",))["articles"].with_columns(
        pl.lit(f"2025-06-01 {local_time}")
        .str.to_datetime()
        .dt.replace_time_zone("Europe/Paris")
        .alias("published_at")
    )
    outcome = validate_tables({"articles": frame}, RUN, ValidationParams(), now=NOW)
    assert _result(outcome, "articles.published_at_not_future")["success"] is not in_future


def test_provenance_and_yield_checks_are_skipped_not_passed_without_the_frames_they_need(schemas):
    outcome = validate_tables(_frames(good_rows(), schemas, ("claims",)), RUN, ValidationParams(), now=NOW)
    skipped = {name: reason for _, name, reason in outcome.skipped}
    assert skipped["claims.span_matches_article_text"] == "needs the articles frame"
    assert "claims.article_known" in skipped
    assert skipped["claims.unattributed_share_vs_previous"] == "no previous run's unattributed share"
    assert "claims.span_matches_article_text" not in set(outcome.results["expectation"])


def test_an_empty_batch_passes_and_skips_aggregates(schemas):
    rows = {t: [] for t in ALL}
    outcome = validate_tables(
        _frames(rows, schemas, AC), RUN, ValidationParams(), previous=_previous(good_previous()), now=NOW
    )
    assert outcome.status == "passed"
    assert ("claims", "claims.unattributed_share_vs_previous", "no rows to aggregate") in outcome.skipped


def test_rows_fit_the_warehouse_tables_and_a_rerun_yields_identical_rows(schemas, warehouse):
    rows = good_rows()
    _row(rows, "articles", "a2")["published_at"] = NOW + timedelta(days=3)
    _row(rows, "claims", "c1")["span"] = "1,001 troops"
    first = validate_tables(_frames(rows, schemas, ALL[:4]), RUN, ValidationParams(), now=NOW)
    again = validate_tables(_frames(rows, schemas, ALL[:4]), RUN, ValidationParams(), now=NOW)
    assert first.results.equals(again.results)
    assert first.quarantine.equals(again.quarantine)
    assert insert_new(warehouse, "validation_results", first.results) == first.results.height
    assert insert_new(warehouse, "quarantine", first.quarantine) == first.quarantine.height
    assert first.quarantined_ids("claims") == {"c1", "c3"}


def test_data_docs_are_built_offline_and_keep_earlier_pages_of_the_same_folder(schemas, tmp_path):
    docs = tmp_path / "docs"
    rows = good_rows()
    first = validate_tables(_frames(rows, schemas, AC), RUN, ValidationParams(), docs_dir=docs, now=NOW)
    second = validate_tables(
        _frames(rows, schemas, ("source_scores",)), RUN, ValidationParams(), docs_dir=docs, now=NOW
    )
    assert first.docs_index == second.docs_index == docs / "index.html"
    pages = {p.relative_to(docs).parts[:2] for p in docs.rglob("*.html")}
    assert {("validations", "articles"), ("validations", "claims"), ("validations", "source_scores")} <= pages
    index = (docs / "index.html").read_text()
    assert "claims" in index and "source_scores" in index
    suite_page = (docs / "expectations" / "claims.html").read_text()
    assert "Provenance: the article" in suite_page  # the notes say why each expectation exists


def test_previous_run_figures_from_its_frames(schemas):
    rows = good_rows()
    frames = _frames(rows, schemas, ("articles", "claims", "source_scores"))
    frames["articles"] = pl.concat(
        [frames["articles"], frames["articles"].head(1).with_columns(pl.lit("a3").alias("article_id"))]
    )
    previous = PreviousRun.from_frames(
        "run-1", articles=frames["articles"], claims=frames["claims"], scores=frames["source_scores"]
    )
    per_article = dict(previous.claims_per_article.sort("article_id").iter_rows())
    assert per_article == {"a1": 2, "a2": 1, "a3": 0}
    assert previous.mean_claims_per_article == pytest.approx(1.0)
    assert previous.unattributed_share == pytest.approx(1 / 3)
    assert previous.scores.columns == ["source_id", "source_kind", "reliability_score"]


def test_kwargs_read_once_per_call_equal_gx_own_on_every_expectation_of_the_suites():
    import great_expectations as gx
    from great_expectations.expectations.expectation import Expectation

    from expectations import validate

    # The readers validate.py puts in place of GX's (which rebuild the configuration for every key).
    assert gx.__version__ != "1.24.1" or Expectation._get_success_kwargs is validate._success_kwargs
    assert gx.__version__ != "1.24.1" or Expectation._get_runtime_kwargs is validate._runtime_kwargs
    checked = 0
    for table in ALL:
        for spec in table_suite(table, ValidationParams(), NOW, _previous(good_previous())).expectations:
            expectation = spec.expectation
            assert validate._domain_kwargs(expectation) == validate.GX_DOMAIN_KWARGS(expectation), spec.name
            assert validate._success_kwargs(expectation) == validate.GX_SUCCESS_KWARGS(expectation), spec.name
            for runtime in (
                None,
                {"result_format": "BASIC"},
                {"result_format": "COMPLETE", "catch_exceptions": False},
            ):
                assert validate._runtime_kwargs(expectation, runtime) == validate.GX_RUNTIME_KWARGS(
                    expectation, runtime
                ), spec.name
            checked += 1
    assert checked > 50


def test_data_docs_keep_only_the_latest_runs_pages(schemas, tmp_path):
    from expectations.validate import render_run_docs

    docs = tmp_path / "docs"
    rows = good_rows()
    for run in ("run-a", "run-b", "run-c"):
        validate_tables(
            _frames(rows, schemas, AC), run, ValidationParams(), docs_dir=docs, now=NOW, render_docs=False
        )
        render_run_docs(docs, run, keep_runs=2)
    runs_with_pages = {p.parts[-3] for p in (docs / "validations").rglob("*.html")}
    runs_in_store = {p.parts[-3] for p in docs.rglob("*.json") if "validations" in p.parts}
    assert runs_with_pages == runs_in_store == {"run-b", "run-c"}


def test_pages_rendered_with_templates_compiled_once_equal_gx_own(schemas, tmp_path, monkeypatch):
    import re
    import shutil

    import great_expectations as gx
    from great_expectations.render.view.view import DefaultJinjaView

    from expectations import validate
    from expectations.validate import render_run_docs

    if gx.__version__ != "1.24.1":
        pytest.skip("GX's page views are left as they are on other versions")
    stored = tmp_path / "stored"
    validate_tables(
        _frames(good_rows(), schemas, ALL),
        RUN,
        ValidationParams(),
        docs_dir=stored,
        now=NOW,
        render_docs=False,
    )

    def pages(name: str) -> dict[str, str]:
        docs = tmp_path / name
        shutil.copytree(stored, docs)
        render_run_docs(docs, RUN)
        # Every render stamps the time and fresh element ids into the page; the rest must match.
        stamps = r"\?d=\d{8}T\d{6}\.\d+Z|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
        return {str(p.relative_to(docs)): re.sub(stamps, "", p.read_text()) for p in docs.rglob("*.html")}

    with monkeypatch.context() as gx_own:
        gx_own.setattr(DefaultJinjaView, "__init__", validate.GX_VIEW_INIT)
        expected = pages("gx")
    assert len(expected) == 11  # five suites, five results, the index
    assert pages("compiled") == expected  # templates compiled here, or taken from an earlier test's render
    assert validate.COMPILED_TEMPLATES.codes
    assert pages("again") == expected  # every template from the cache


@pytest.mark.parametrize(
    ("claim_id", "values", "fails"),
    [
        ("c2", {"measure": "approval_share", "value_low": -16.0, "value_high": -16.0}, False),  # a net rating
        ("c2", {"measure": "approval_share", "value_low": -150.0, "value_high": -150.0}, True),
        ("c1", {"measure": "killed", "value_low": -5.0, "value_high": -5.0}, True),  # no count is negative
        ("c1", {"measure": "points", "value_low": -8.4, "value_high": -8.4}, False),  # a net rating in points
    ],
)
def test_a_percentage_may_fall_below_zero_but_not_below_minus_100_and_no_count_may(
    claim_id, values, fails, schemas
):
    rows = good_rows()
    _row(rows, "claims", claim_id).update(values)
    outcome = validate_tables(_frames(rows, schemas, AC), RUN, ValidationParams(), now=NOW)
    assert _result(outcome, "claims.value_not_below_bound")["success"] is not fails
