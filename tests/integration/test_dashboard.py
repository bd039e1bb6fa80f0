"""Every dashboard page, headless (AppTest), on a warehouse the pipeline built; and the warehouse states users meet.

Pages are opened as a shared link opens them: query parameters in, first run of a session, so
a URL reproducing a view is tested with the view. Expected rows come from the warehouse itself
(plain SQL here, independent of the dashboard's queries). The failure cases are the states a
warehouse is in before or during a run: missing, empty, held by a writer; and the two promises
about locks: a held warehouse does not stop the dashboard reading the snapshot, and the
dashboard leaves no connection open that would stop a writer.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import parse_qs

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.sentences import describe_interval, escape_markdown
from warehouse.connection import publish_snapshot, writing

pytestmark = pytest.mark.e2e
APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


def open_page(monkeypatch, db: Path, page: str = "overview", **params) -> AppTest:
    """The page as a link with `params` opens it in a new session, on the warehouse at `db`."""
    monkeypatch.setenv("CREDENCE_DB", str(db))
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.query_params = params
    # The url_path of each page is its file's name, so the first run can open it directly.
    app.switch_page(f"views/{page}.py")
    return app.run()


def no_failure(app: AppTest) -> None:
    assert [e.value for e in app.exception] == []
    assert [e.value for e in app.error] == []


def query(wh, sql: str, params: list | None = None) -> list[tuple]:
    conn = duckdb.connect(str(wh.snapshot), read_only=True)
    try:
        return conn.execute(sql, params or []).fetchall()
    finally:
        conn.close()


def markdown_of(app: AppTest) -> list[str]:
    return [m.value for m in app.markdown]


def chart_marks(app: AppTest) -> list[list[str]]:
    marks = []
    for chart in app.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        marks.append([layer["mark"]["type"] for layer in spec.get("layer", [spec])])
    return marks


def test_overview_ranks_the_outlets_with_their_intervals_and_marks_insufficient_evidence(
    monkeypatch, pipeline_warehouse
):
    app = open_page(monkeypatch, pipeline_warehouse.db)

    no_failure(app)
    expected = query(
        pipeline_warehouse,
        "SELECT source_id, evidence_status FROM source_scores WHERE run_id = ? AND source_kind = 'outlet' "
        "ORDER BY (evidence_status = 'ok') DESC, reliability_low DESC NULLS LAST, reliability_score DESC NULLS LAST, "
        "n_claims DESC, source_id",
        [pipeline_warehouse.run_id],
    )
    table = app.dataframe[0].value
    assert list(zip(table["label"], table["evidence_status"], strict=True)) == expected
    assert "insufficient evidence" in set(table["evidence_status"])
    assert chart_marks(app) == [["errorbar", "point"]]
    # Each source opens its own page, in rank order, the link carrying what identifies it.
    links = [(link.proto.page, parse_qs(link.proto.query_string)) for link in app.get("page_link")]
    assert links == [("source", {"kind": ["outlet"], "source": [source]}) for source, _ in expected]


def test_overview_link_with_kind_minimum_claims_and_dates_reproduces_the_filtered_view(
    monkeypatch, pipeline_warehouse
):
    app = open_page(
        monkeypatch,
        pipeline_warehouse.db,
        kind="originator",
        min_claims="2",
        dates=["2025-06-01", "2025-06-30"],
    )

    no_failure(app)
    assert app.radio(key="kind").value == "originator"
    assert app.number_input(key="min_claims").value == 2
    expected = {
        row[0]
        for row in query(
            pipeline_warehouse,
            "SELECT s.source_id FROM source_scores s WHERE s.run_id = ? AND s.source_kind = 'originator' "
            "AND s.n_claims >= 2 AND EXISTS (SELECT 1 FROM claims c JOIN articles a USING (article_id) "
            "WHERE c.originator = s.source_id AND a.published_at >= DATE '2025-06-01' AND a.published_at < DATE '2025-07-01')",
            [pipeline_warehouse.run_id],
        )
    }
    assert expected, "the seeds should credit at least one originator twice in June 2025"
    assert set(app.dataframe[0].value["label"]) == expected


def test_source_page_highlights_the_number_and_the_attribution_in_the_sentence_each_claim_came_from(
    monkeypatch, pipeline_warehouse
):
    originator = "intelligence sources in South Korea"
    app = open_page(monkeypatch, pipeline_warehouse.db, "source", kind="originator", source=originator)

    no_failure(app)
    assert app.title[0].value == escape_markdown(originator)
    claims = query(
        pipeline_warehouse,
        "SELECT c.span, substr(r.text, c.attribution_start + 1, c.attribution_end - c.attribution_start) "
        "FROM claims c JOIN raw_articles r USING (article_id) WHERE c.originator = ?",
        [originator],
    )
    assert claims
    rendered = "\n".join(markdown_of(app))
    for span, attribution in claims:
        assert f":orange-background[**{escape_markdown(span.strip())}**]" in rendered
        assert f":blue-background[{escape_markdown(attribution.strip())}]" in rendered
    # Article text is never rendered as HTML.
    assert not any(m.proto.allow_html for m in app.markdown)


def test_source_page_shows_the_consensus_of_the_others_and_the_conflicting_claim_with_its_sentence(
    monkeypatch, pipeline_warehouse
):
    app = open_page(monkeypatch, pipeline_warehouse.db, "source", kind="outlet", source="900_contrarian")

    no_failure(app)
    (low, high, other_span), *_ = query(
        pipeline_warehouse,
        "SELECT e.loo_consensus_low, e.loo_consensus_high, c.span FROM score_evidence e "
        "JOIN score_conflicts k USING (run_id, source_id, source_kind, claim_id) "
        "JOIN claims c ON c.claim_id = k.conflicting_claim_id "
        "WHERE e.run_id = ? AND e.source_id = '900_contrarian' AND e.source_kind = 'outlet'",
        [pipeline_warehouse.run_id],
    )
    rendered = markdown_of(app)
    assert (
        escape_markdown(f"Consensus of the other sources: {describe_interval(low, high)}, agreement 0.00")
        in rendered
    )
    assert "**Conflicting claims of other sources** (1)" in rendered
    assert any(f":orange-background[**{escape_markdown(other_span.strip())}**]" in m for m in rendered)


def test_source_page_lists_claims_articles_attribution_mix_and_score_history(monkeypatch, pipeline_warehouse):
    app = open_page(
        monkeypatch, pipeline_warehouse.db, "source", source="000_58e29ff81f391f92", tab="Articles"
    )

    no_failure(app)
    claims_table, articles_table, history_table = (frame.value for frame in app.dataframe)
    expected_claims = query(
        pipeline_warehouse,
        "SELECT c.span, c.attribution_kind FROM claims c JOIN articles a USING (article_id) "
        "WHERE a.source_id = '000_58e29ff81f391f92' ORDER BY ALL",
    )
    assert sorted(zip(claims_table["span"], claims_table["attribution_kind"], strict=True)) == expected_claims
    assert list(articles_table["title"]) == [
        r[0]
        for r in query(
            pipeline_warehouse, "SELECT title FROM articles WHERE source_id = '000_58e29ff81f391f92'"
        )
    ]
    assert list(history_table["run_id"]) == [pipeline_warehouse.run_id]
    assert ["bar"] in chart_marks(app)  # the attribution mix
    assert ["errorbar", "point"] in chart_marks(app)  # the score history


def test_facts_page_draws_every_sources_interval_over_time_with_the_consensus_band(
    monkeypatch, pipeline_warehouse
):
    app = open_page(monkeypatch, pipeline_warehouse.db, "facts", topic="North Korea · killed · troop")

    no_failure(app)
    assert app.selectbox(key="topic").value == "North Korea · killed · troop"
    assert chart_marks(app) == [["rect", "errorbar", "point"]]
    windows, claims = app.dataframe[0].value, app.dataframe[1].value
    expected = query(
        pipeline_warehouse,
        "SELECT fc.source_id, fc.claim_id FROM fact_claims fc JOIN facts f USING (run_id, fact_id, source_kind) "
        "WHERE f.run_id = ? AND f.source_kind = 'outlet' AND f.subject = 'North Korea' AND f.measure = 'killed' "
        "AND f.counted = 'troop'",
        [pipeline_warehouse.run_id],
    )
    assert sorted(claims["source_id"]) == sorted(source for source, _ in expected)
    assert {"900_contrarian", "000_58e29ff81f391f92"} <= set(claims["source_id"])
    assert (
        len(windows)
        == query(
            pipeline_warehouse,
            "SELECT count(*) FROM facts WHERE run_id = ? AND source_kind = 'outlet' AND subject = 'North Korea' "
            "AND measure = 'killed' AND counted = 'troop'",
            [pipeline_warehouse.run_id],
        )[0][0]
    )


def test_quality_page_shows_each_suites_latest_results_the_quarantined_rows_and_the_data_docs(
    monkeypatch, pipeline_warehouse
):
    app = open_page(monkeypatch, pipeline_warehouse.db, "quality")

    no_failure(app)
    summary, *suite_tables, quarantine_summary, quarantine_rows = (frame.value for frame in app.dataframe)
    assert set(summary["suite"]) == {
        r[0] for r in query(pipeline_warehouse, "SELECT DISTINCT suite FROM validation_results")
    }
    assert len(suite_tables) == len(summary)
    assert "articles.published_at_not_future" in set(quarantine_summary["expectation"])
    stub = query(pipeline_warehouse, "SELECT article_id FROM articles WHERE path LIKE '%901_stub.txt'")[0][0]
    stub_rows = quarantine_rows[quarantine_rows["row_id"] == stub]
    assert set(stub_rows["expectation"]) >= {"articles.published_at_not_future", "articles.body_min_chars"}
    assert all(stub_rows["reason"].str.len() > 0)
    assert app.code[0].value == (pipeline_warehouse.docs_dir / "index.html").as_uri()


def test_alerts_page_shows_the_runs_alert_with_its_delivery_status(monkeypatch, pipeline_warehouse):
    app = open_page(monkeypatch, pipeline_warehouse.db, "alerts")

    no_failure(app)
    table = app.dataframe[0].value
    assert list(zip(table["channel"], table["status"], table["run_id"], strict=True)) == [
        ("warehouse", "recorded", pipeline_warehouse.run_id)
    ]
    assert app.metric[0].label == "recorded" and app.metric[0].value == "1"
    assert pipeline_warehouse.run_id in table["title"][0]
    assert app.json[0].value and json.loads(app.json[0].value)["run_id"] == pipeline_warehouse.run_id


def test_runs_page_shows_the_run_with_its_counts_and_seconds_per_stage(monkeypatch, pipeline_warehouse):
    app = open_page(monkeypatch, pipeline_warehouse.db, "runs")

    no_failure(app)
    table = app.dataframe[0].value
    assert list(table["run_id"]) == [pipeline_warehouse.run_id]
    assert table["state"][0] == pipeline_warehouse.state == "quarantined"
    assert table["articles_new"][0] == 7 and table["articles_rejected"][0] == 0
    assert all(table[f"{stage}_seconds"][0] > 0 for stage in ("ingest", "extract", "validate", "score"))
    assert (
        table["duration_seconds"][0]
        >= sum(table[f"{s}_seconds"][0] for s in ("ingest", "extract", "validate", "score")) * 0.9
    )
    assert chart_marks(app) == [["bar"]]


PAGES = ["overview", "source", "facts", "quality", "alerts", "runs"]


@pytest.mark.parametrize("page", PAGES)
def test_a_missing_warehouse_says_how_to_build_one(monkeypatch, tmp_path, page):
    db = tmp_path / "nowhere" / "credence.duckdb"
    app = open_page(monkeypatch, db, page)

    no_failure(app)
    assert [i.value for i in app.info] == [
        f"There is no warehouse at `{db}` yet. Build one with `credence run --db {db}`; "
        "this page shows it as soon as the run finishes."
    ]


@pytest.mark.parametrize("page", PAGES)
def test_an_empty_warehouse_says_it_has_nothing_yet(monkeypatch, tmp_path, page):
    db = tmp_path / "credence.duckdb"
    duckdb.connect(str(db)).close()
    app = open_page(monkeypatch, db, page)

    no_failure(app)
    assert len(app.info) == 1 and "has no credence tables yet" in app.info[0].value


def test_a_migrated_warehouse_without_a_run_says_there_is_no_score_yet(monkeypatch, tmp_path):
    db = tmp_path / "credence.duckdb"
    with writing(db):
        pass  # opening the file for writing applies the migrations: the tables exist, empty
    app = open_page(monkeypatch, db)

    no_failure(app)
    assert [i.value for i in app.info] == [
        f"`{db}` holds no scored run yet. Run `credence run --db {db}` to score the sources."
    ]


def test_unusable_settings_show_an_error_instead_of_a_traceback(monkeypatch, pipeline_warehouse):
    monkeypatch.setenv("CREDENCE_MAX_FILE_BYTES", "lots")
    app = open_page(monkeypatch, pipeline_warehouse.db)

    assert [e.value for e in app.exception] == []
    assert "CREDENCE_MAX_FILE_BYTES must be an integer" in app.error[0].value


@pytest.fixture
def writer(tmp_path):
    """Hold a DuckDB file read-write from another process, as a running flow does; yields a starter."""
    started: list[subprocess.Popen] = []

    def hold(path: Path) -> None:
        script = textwrap.dedent(
            f"""
            import sys, time, duckdb
            conn = duckdb.connect({str(path)!r})
            print("holding", flush=True)
            sys.stdin.readline()
            """
        )
        process = subprocess.Popen(
            [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert process.stdout.readline().strip() == "holding"
        started.append(process)

    yield hold
    for process in started:
        process.communicate("", timeout=30)


def test_a_warehouse_held_by_a_writer_with_no_snapshot_yet_shows_a_warning(
    monkeypatch, tmp_path, pipeline_warehouse, writer
):
    db = tmp_path / "credence.duckdb"
    shutil.copyfile(pipeline_warehouse.snapshot, db)
    writer(db)

    app = open_page(monkeypatch, db)

    no_failure(app)
    assert len(app.warning) == 1
    assert f"A credence run is writing `{db}` and no snapshot has been published yet" in app.warning[0].value


def test_the_snapshot_is_read_while_a_writer_holds_the_warehouse(
    monkeypatch, tmp_path, pipeline_warehouse, writer
):
    db, snapshot = tmp_path / "credence.duckdb", tmp_path / "credence.snapshot.duckdb"
    shutil.copyfile(pipeline_warehouse.db, db)
    shutil.copyfile(pipeline_warehouse.snapshot, snapshot)
    writer(db)

    for page in PAGES:
        app = open_page(monkeypatch, db, page)
        no_failure(app)
        assert app.warning == [] and len(app.dataframe) > 0, page


def test_reading_every_page_leaves_the_warehouse_free_for_a_writer(monkeypatch, tmp_path, pipeline_warehouse):
    db = tmp_path / "credence.duckdb"
    shutil.copyfile(pipeline_warehouse.snapshot, db)  # no snapshot next to it: the pages read the file itself
    for page in PAGES:
        no_failure(open_page(monkeypatch, db, page))

    # A writer in another process (as a flow is) opens the file at once: no connection was kept.
    opened = subprocess.run(
        [sys.executable, "-c", f"import duckdb; duckdb.connect({str(db)!r}).execute('CHECKPOINT').close()"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert opened.returncode == 0, opened.stderr


def test_a_newly_published_snapshot_shows_on_the_next_rerun(monkeypatch, tmp_path, pipeline_warehouse):
    db, snapshot = tmp_path / "credence.duckdb", tmp_path / "credence.snapshot.duckdb"
    shutil.copyfile(pipeline_warehouse.db, db)
    publish_snapshot(db, snapshot)
    app = open_page(monkeypatch, db)
    before = list(app.dataframe[0].value["label"])

    with writing(db) as conn:
        conn.execute("DELETE FROM source_score_changes WHERE source_id = ?", [before[0]])
    publish_snapshot(db, snapshot)
    app.run()

    assert list(app.dataframe[0].value["label"]) == before[1:]
