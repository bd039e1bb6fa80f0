"""The dashboard's pure parts: evidence sentences as escaped Markdown, the leaderboard filters, the chart builders.

Article text is untrusted, so escaping is tested against the syntax Streamlit's Markdown would
otherwise act on; the filters and charts are tested on a few inline rows, so a wrong rank, a
dropped source or a missing error bar shows here before it shows in a browser.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import polars as pl
import pytest

from dashboard import charts, frames
from dashboard.sentences import (
    describe_interval,
    escape_markdown,
    highlighted_markdown,
    sentence_segments,
)

HOSTILE = "Up **40%** <script>alert(1)</script> $x^2$ :red[alarm] :smile: [link](http://x) 1. # _it_ `code` | a & b ~~s~~"
SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:&")


def _unescaped_specials(markdown: str) -> list[str]:
    # Drop every backslash pair first; whatever special character is left was not escaped.
    return [c for c in re.sub(r"\\.", "", markdown) if c in SPECIAL]


@pytest.mark.parametrize(
    "text", [HOSTILE, "plain words", "5 < 6 > 4", "C:\\path\\file", "line one\nline two"]
)
def test_escape_markdown_leaves_no_markdown_syntax_and_keeps_every_character(text):
    escaped = escape_markdown(text)
    assert _unescaped_specials(escaped) == []
    assert "\n" not in escaped
    assert re.sub(r"\\(.)", r"\1", escaped) == text.replace("\n", " ")


def test_highlighted_markdown_styles_the_number_and_the_attribution_and_escapes_the_rest():
    sentence = "Some 12,000 soldiers were sent, according to Seoul's spy agency (NIS)."
    number = (0, 20)
    attribution = (sentence.index("according"), len(sentence) - 1)

    markdown = highlighted_markdown(sentence, number, attribution)

    assert markdown == (
        ":orange-background[**Some 12\\,000 soldiers**] were sent\\, "
        ":blue-background[according to Seoul\\'s spy agency \\(NIS\\)]\\."
    )


def test_highlighted_markdown_of_hostile_text_is_escaped_inside_the_highlights_too():
    sentence = f"{HOSTILE} said **the** <b>ministry</b>."
    markdown = highlighted_markdown(sentence, (3, 11), (len(HOSTILE) + 6, len(sentence) - 1))

    outside = (
        markdown.replace(":orange-background[**", "").replace("**]", "").replace(":blue-background[", "")
    )
    outside = outside[: outside.rindex("]")] + outside[outside.rindex("]") + 1 :]
    assert _unescaped_specials(outside) == []
    assert "<script>" not in markdown and "\\<script\\>" in markdown


@pytest.mark.parametrize(
    ("number", "attribution", "expected"),
    [
        (
            (4, 7),
            (11, 16),
            [("The ", None), ("600", "number"), (" by ", None), ("Seoul", "attribution"), (".", None)],
        ),
        # The number wins where the spans overlap: it is what the claim is about.
        (
            (4, 7),
            (0, 10),
            [("The ", "attribution"), ("600", "number"), (" by", "attribution"), (" Seoul.", None)],
        ),
        # An attribution in another sentence (offsets outside this one) highlights nothing.
        ((4, 7), (-40, -10), [("The ", None), ("600", "number"), (" by Seoul.", None)]),
        ((4, 7), (None, None), [("The ", None), ("600", "number"), (" by Seoul.", None)]),
        ((4, 40), None, [("The ", None), ("600 by Seoul.", "number")]),
    ],
)
def test_sentence_segments_cover_the_sentence_once_with_the_number_first(number, attribution, expected):
    sentence = "The 600 by Seoul."
    segments = sentence_segments(sentence, number, attribution)
    assert segments == expected
    assert "".join(text for text, _ in segments) == sentence


def test_highlight_keeps_spaces_outside_the_bold_markers():
    assert highlighted_markdown("about 600 people", (5, 10)) == "about :orange-background[**600**] people"


@pytest.mark.parametrize(
    ("low", "high", "qualifier", "unit", "expected"),
    [
        (600.0, 600.0, "exact", None, "600"),
        (600.0, 600.0, "approx", None, "≈ 600"),
        (1000.0, None, "lower_bound", None, "≥ 1,000"),
        (None, 50.0, "upper_bound", "percent", "≤ 50 percent"),
        (850.0, 1150.0, None, None, "850 – 1,150"),
        (0.5, 0.75, None, "USD", "0.5 – 0.75 USD"),
        (None, None, None, "USD", "–"),
    ],
)
def test_describe_interval_reads_like_the_claim(low, high, qualifier, unit, expected):
    assert describe_interval(low, high, qualifier, unit) == expected


def _board() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_id": ["a", "b", "c", "kcna", "nis"],
            "source_kind": ["outlet", "outlet", "outlet", "originator", "originator"],
            "n_claims": [10, 2, 5, 4, 1],
            "evidence_status": ["ok", frames.INSUFFICIENT, "ok", "ok", frames.INSUFFICIENT],
        }
    )


def _names() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_id": ["a", "b", "c"],
            "name": ["Daily A", "Daily A", "C Times"],
            "domain": [None] * 3,
            "origin": ["batch"] * 3,
        }
    )


def _activity() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_id": ["a", "a", "b", "c", "kcna", "nis"],
            "source_kind": ["outlet", "outlet", "outlet", "outlet", "originator", "originator"],
            "day": [
                date(2025, 1, 5),
                date(2025, 3, 1),
                None,
                date(2025, 2, 10),
                date(2025, 1, 6),
                date(2025, 3, 3),
            ],
            "n_articles": [2, 1, 4, 3, 1, 1],
        }
    )


def test_named_leaderboard_uses_registered_names_and_tells_clashing_ones_apart():
    named = frames.named_leaderboard(_board(), _names())
    assert named["label"].to_list() == ["Daily A (a)", "Daily A (b)", "C Times", "kcna", "nis"]
    assert named["rank"].to_list() == [1, 2, 3, 1, 2]


@pytest.mark.parametrize(
    ("kind", "sources", "min_claims", "dates", "expected"),
    [
        ("outlet", None, 0, None, ["a", "b", "c"]),
        ("outlet", None, 5, None, ["a", "c"]),
        ("outlet", ["c", "b"], 0, None, ["b", "c"]),
        # Only a published in January; b's articles are undated, so a date range drops it.
        ("outlet", None, 0, (date(2025, 1, 1), date(2025, 1, 31)), ["a"]),
        ("outlet", None, 0, (date(2025, 2, 1), date(2025, 3, 1)), ["a", "c"]),
        ("originator", None, 2, None, ["kcna"]),
        ("originator", None, 0, (date(2025, 3, 1), date(2025, 3, 31)), ["nis"]),
    ],
)
def test_filtered_leaderboard_keeps_rank_order_and_applies_every_filter(
    kind, sources, min_claims, dates, expected
):
    board = frames.named_leaderboard(_board(), _names())
    rows = frames.filtered_leaderboard(board, _activity(), kind, sources, min_claims, dates)
    assert rows["source_id"].to_list() == expected


def test_filtered_leaderboard_counts_the_articles_in_the_date_range():
    board = frames.named_leaderboard(_board(), _names())
    rows = frames.filtered_leaderboard(
        board, _activity(), "outlet", None, 0, (date(2025, 1, 1), date(2025, 3, 1))
    )
    assert dict(zip(rows["source_id"], rows["n_articles_in_range"], strict=True)) == {"a": 3, "c": 3}


def test_activity_dates_span_one_kinds_dated_articles():
    assert frames.activity_dates(_activity(), "outlet") == (date(2025, 1, 5), date(2025, 3, 1))
    assert frames.activity_dates(_activity().filter(pl.col("day").is_null()), "outlet") is None


def test_attribution_mix_counts_and_shares_every_kind_in_order():
    mix = frames.attribution_mix(
        {"n_person": 1, "n_organization": 2, "n_document": None, "n_anonymous": 0, "n_vague": 0, "n_none": 1}
    )
    assert mix["attribution_kind"].to_list() == list(frames.ATTRIBUTION_KINDS)
    assert mix["n_claims"].to_list() == [1, 2, 0, 0, 0, 1]
    assert mix["share"].to_list() == [0.25, 0.5, 0.0, 0.0, 0.0, 0.25]


@pytest.mark.parametrize(
    ("page", "expected_ids", "pages"), [(1, [0, 1], 3), (3, [4], 3), (9, [4], 3), (0, [0, 1], 3)]
)
def test_evidence_page_clamps_to_the_pages_there_are(page, expected_ids, pages):
    claims = pl.DataFrame({"i": range(5), "role": ["conflicts"] * 5})
    shown, count = frames.evidence_page(claims, None, page, 2)
    assert shown["i"].to_list() == expected_ids and count == pages


def test_evidence_page_filters_by_role_and_unscored_claims_get_a_role():
    claims = frames.claims_with_role(pl.DataFrame({"i": [0, 1, 2], "role": ["supports", None, "conflicts"]}))
    shown, _ = frames.evidence_page(claims, ["not scored", "conflicts"], 1, 10)
    assert shown["i"].to_list() == [1, 2]
    assert frames.role_counts(claims) == {"conflicts": 1, "supports": 1, "not scored": 1}


def _layers(chart) -> list[dict]:
    spec = chart.to_dict()
    return spec.get("layer", [spec])


def test_leaderboard_chart_draws_each_interval_as_an_error_bar_and_the_score_as_a_dot():
    board = frames.named_leaderboard(
        _board().with_columns(
            reliability_score=pl.Series([0.6, None, 0.4, 0.5, None]),
            reliability_low=pl.Series([0.4, 0.1, 0.2, 0.3, 0.05]),
            reliability_high=pl.Series([0.8, 0.9, 0.6, 0.7, 0.95]),
            consistency_score=pl.lit(0.5), attribution_score=pl.lit(0.5), n_compared=pl.lit(3),
        ),
        _names(),
    )  # fmt: skip
    bars, dots = _layers(charts.leaderboard_chart(board, max_rows=3))
    assert bars["mark"]["type"] == "errorbar"
    assert (bars["encoding"]["x"]["field"], bars["encoding"]["x2"]["field"]) == (
        "reliability_low",
        "reliability_high",
    )
    assert dots["encoding"]["x"]["field"] == "reliability_score"
    assert bars["encoding"]["y"]["sort"] == ["Daily A (a)", "Daily A (b)", "C Times"]
    assert bars["encoding"]["color"]["scale"]["domain"] == ["ok", frames.INSUFFICIENT]


def _topic(values_low, values_high) -> tuple[pl.DataFrame, pl.DataFrame]:
    facts = pl.DataFrame(
        {
            "window_start": [datetime(2025, 1, 1), None], "window_end": [datetime(2025, 2, 1), None],
            "consensus_low": [850.0, 588.0], "consensus_high": [1150.0, 612.0], "n_sources": [2, 1],
        }
    )  # fmt: skip
    claims = pl.DataFrame(
        {
            "published_at": [datetime(2025, 1, 10), datetime(2025, 1, 20)], "source_id": ["a", "b"],
            "value_low": values_low, "value_high": values_high, "plausible_low": values_low,
            "plausible_high": [v if v is not None else 10 * lo for v, lo in zip(values_high, values_low, strict=True)],
            "qualifier": ["exact", "lower_bound"], "span": ["x", "y"], "agreement": [1.0, 0.2],
        }
    )  # fmt: skip
    return facts, claims


def test_fact_timeline_chart_layers_the_consensus_band_under_each_sources_interval():
    facts, claims = _topic([900.0, 1000.0], [900.0, None])
    band, intervals, dots = _layers(charts.fact_timeline_chart(facts, claims))
    assert band["mark"]["type"] == "rect"
    assert [band["encoding"][c]["field"] for c in ("x", "x2", "y", "y2")] == [
        "window_start",
        "window_end",
        "consensus_low",
        "consensus_high",
    ]
    assert intervals["mark"]["type"] == "errorbar"
    assert (intervals["encoding"]["y"]["field"], intervals["encoding"]["y2"]["field"]) == (
        "plausible_low",
        "plausible_high",
    )
    assert intervals["encoding"]["color"]["field"] == dots["encoding"]["color"]["field"] == "source_id"
    assert intervals["encoding"]["x"]["field"] == "published_at"


@pytest.mark.parametrize(
    ("low", "high", "scale"),
    [
        ([900.0, 1000.0], [900.0, None], None),
        ([5.0, 1000.0], [5.0, None], "log"),
        ([0.0, 100000.0], [0.0, None], "symlog"),
    ],
)
def test_fact_timeline_chart_uses_a_log_scale_only_for_values_orders_of_magnitude_apart(low, high, scale):
    facts, claims = _topic(low, high)
    _, intervals, _ = _layers(charts.fact_timeline_chart(facts, claims))
    assert intervals["encoding"]["y"]["scale"].get("type") == scale


@pytest.mark.parametrize(
    ("low", "high", "starts_at_zero"),
    [([5.0, 1000.0], [5.0, None], False), ([0.0, 100000.0], [0.0, None], True)],
)
def test_a_log_value_axis_is_labelled_at_every_power_of_ten_it_spans(low, high, starts_at_zero):
    facts, claims = _topic(low, high)
    _, intervals, _ = _layers(charts.fact_timeline_chart(facts, claims))
    ticks = intervals["encoding"]["y"]["axis"]["values"]
    powers = ticks[1:] if starts_at_zero else ticks
    assert (ticks[0] == 0.0) is starts_at_zero
    assert len(powers) >= 3 and all(b == a * 10 for a, b in zip(powers, powers[1:], strict=False))
    assert powers[0] <= min(v for v in low if v > 0) and powers[-1] >= max(low)


def test_run_stages_chart_stacks_the_seconds_of_every_stage_that_ran():
    runs = pl.DataFrame(
        {
            "run_id": ["r1", "r2"], "started_at": [datetime(2025, 1, 1), datetime(2025, 1, 2)],
            "ingest_seconds": [1.0, 2.0], "extract_seconds": [3.0, None],
            "validate_seconds": [0.5, None], "score_seconds": [0.25, None],
        }
    )  # fmt: skip
    stages = frames.run_stages_long(runs)
    assert stages.filter(pl.col("run_id") == "r2")["stage"].to_list() == ["ingest"]
    spec = charts.run_stages_chart(stages).to_dict()
    assert spec["mark"]["type"] == "bar" and spec["encoding"]["y"]["stack"] == "zero"


@pytest.mark.parametrize(
    ("subject", "measure", "counted", "unit", "expected"),
    [
        ("North Korea", "killed", None, None, "North Korea · killed"),
        ("Ukraine", "killed", "civilian", None, "Ukraine · killed · civilian"),
        (None, "money", None, "USD", "no subject · money (USD)"),
    ],
)
def test_topic_label_names_what_is_counted_only_when_it_narrows_the_measure(
    subject, measure, counted, unit, expected
):
    assert frames.topic_label(subject, measure, counted, unit) == expected
