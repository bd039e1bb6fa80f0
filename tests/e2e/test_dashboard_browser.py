"""The dashboard in a real browser: Debian's chromium, driven by Playwright, on `streamlit run` at 127.0.0.1.

What only a browser shows: a leaderboard link navigates to its source, whose evidence sentence
is visible as text with the number in bold (rendered from escaped Markdown, not HTML); a filter
changed on the page is written into the URL and that URL restores the view in a new session; and
a shared link opened as the very first request of a fresh server shows its view.
"""

from __future__ import annotations

import re

import duckdb
import pytest
from playwright.sync_api import expect

from dashboard.screenshots import CHROMIUM, chromium, new_page, served, settle
from dashboard.sentences import plain_sentence

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed (apt-get install -y chromium)"
    ),
]


@pytest.fixture(scope="module")
def browser():
    """One chromium for the module; each test opens its own pages (new Streamlit sessions)."""
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser):
    page = new_page(browser)
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def dashboard_url(pipeline_warehouse, tmp_path_factory):
    """The dashboard served on the pipeline's warehouse for this module's tests."""
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    with served(pipeline_warehouse.db, log=log) as url:
        yield url


def claims_of(warehouse, column: str, source: str) -> list[tuple[str, str]]:
    """(sentence, number span) of each claim of an outlet (`source_id`) or originator (`originator`)."""
    conn = duckdb.connect(str(warehouse.snapshot), read_only=True)
    try:
        return conn.execute(
            "SELECT substr(r.text, c.sentence_start + 1, c.sentence_end - c.sentence_start), c.span "
            f"FROM claims c JOIN articles a USING (article_id) JOIN raw_articles r USING (article_id) WHERE {column} = ?",
            [source],
        ).fetchall()
    finally:
        conn.close()


def test_clicking_a_source_on_the_leaderboard_shows_its_evidence_sentence(
    dashboard_url, pipeline_warehouse, page, tmp_path
):
    (sentence, span), *_ = claims_of(pipeline_warehouse, "a.source_id", "900_contrarian")

    page.goto(dashboard_url)
    settle(page)
    page.get_by_role("link", name=re.compile("900_contrarian")).click()
    page.wait_for_url(re.compile(r"/source\?.*source=900_contrarian"))
    settle(page)

    expect(page.get_by_role("heading", name="900_contrarian", level=1)).to_be_visible()
    evidence = page.get_by_text(plain_sentence(sentence), exact=True).first
    expect(evidence).to_be_visible()
    # The number is bold inside the sentence: escaped Markdown rendered, not HTML from the article.
    expect(evidence.locator("strong", has_text=span.strip())).to_be_visible()
    page.screenshot(path=tmp_path / "source.png", full_page=True)
    assert (tmp_path / "source.png").stat().st_size > 20_000


def test_a_changed_filter_goes_into_the_url_and_the_url_restores_the_view(
    dashboard_url, pipeline_warehouse, page, browser
):
    conn = duckdb.connect(str(pipeline_warehouse.snapshot), read_only=True)
    try:
        ranked = conn.execute(
            "SELECT source_id, n_claims FROM source_scores WHERE run_id = ? AND source_kind = 'originator' "
            "ORDER BY (evidence_status = 'ok') DESC, reliability_low DESC NULLS LAST, "
            "reliability_score DESC NULLS LAST, n_claims DESC, source_id",
            [pipeline_warehouse.run_id],
        ).fetchall()
    finally:
        conn.close()
    expected = [source for source, n_claims in ranked if n_claims >= 2]
    assert 0 < len(expected) < len(ranked), "the seeds should credit some originators once, some more often"

    page.goto(dashboard_url)
    settle(page)
    page.locator('[data-testid="stRadio"] label', has_text="originator").click()
    page.wait_for_url(re.compile(r"kind=originator"))
    links = page.locator('[data-testid="stPageLink"]')
    expect(links).to_have_count(len(ranked))
    number = page.locator('[data-testid="stNumberInput"] input')
    number.fill("2")
    number.press("Enter")
    page.wait_for_url(re.compile(r"kind=originator.*min_claims=2|min_claims=2.*kind=originator"))
    # The URL changes at once; the rerun that applies the filter follows.
    expect(links).to_have_count(len(expected))
    shown = links.all_inner_texts()
    # The icon's name is part of a link's text; the source is what follows it.
    assert all(source in text for text, source in zip(shown, expected, strict=True))

    restored = new_page(browser)
    restored.goto(page.url)
    settle(restored)
    expect(restored.locator('[data-testid="stNumberInput"] input')).to_have_value("2")
    expect(restored.locator('[data-testid="stPageLink"]')).to_have_count(len(expected))
    assert restored.locator('[data-testid="stPageLink"]').all_inner_texts() == shown
    restored.context.close()


def test_a_shared_source_link_opened_first_on_a_fresh_server_shows_that_source(
    pipeline_warehouse, page, tmp_path
):
    originator = "North Korean state media"
    (sentence, _), *_ = claims_of(pipeline_warehouse, "c.originator", originator)

    with served(pipeline_warehouse.db, log=tmp_path / "streamlit.log") as url:
        page.goto(f"{url}/source?kind=originator&source=North+Korean+state+media")
        settle(page)

        expect(page.get_by_role("heading", name=originator, level=1)).to_be_visible()
        expect(page.get_by_text(plain_sentence(sentence), exact=True).first).to_be_visible()
