"""An article the extractor fails on is recorded with its error; the other articles keep their facts."""

from datetime import UTC, datetime

import polars as pl

import credence.facts as facts
from credence.extract import Lexicon

AT = datetime(2026, 11, 25, tzinfo=UTC)
GOOD = "Officials said 300 soldiers were killed in the attack on Monday."
BAD = "This text trips the extractor."


def _failing_on_bad(real):
    def article_facts(text, article, lexicon=None):
        if text == BAD:
            raise ValueError("could not convert string to float: '39 percent'")
        return real(text, article, lexicon)

    return article_facts


def test_fact_tables_record_the_failing_article_with_its_error_and_extract_the_rest(monkeypatch):
    monkeypatch.setattr(facts, "article_facts", _failing_on_bad(facts.article_facts))
    articles = pl.DataFrame(
        {"article_id": ["a", "b"], "text": [BAD, GOOD], "furniture": [[], []], "captions": [[], []]},
        schema={"article_id": pl.String, "text": pl.String, "furniture": pl.List(pl.String),
                "captions": pl.List(pl.String)},
    )  # fmt: skip
    tables = facts.fact_tables(articles, Lexicon.default(), "x", "run", AT)
    done = {r["article_id"]: r for r in tables["extracted_articles"].iter_rows(named=True)}
    assert done["a"]["n_claims"] == 0 and done["a"]["error"].startswith("extraction failed: ValueError: ")
    assert done["b"]["error"] is None and done["b"]["n_claims"] == 1
    assert tables["claims"]["article_id"].to_list() == ["b"]


def test_extract_of_a_batch_file_names_the_failing_row_and_prints_the_others(monkeypatch):
    monkeypatch.setattr(facts, "article_facts", _failing_on_bad(facts.article_facts))
    data = "\n".join(
        f'{{"id": "{i}", "title": "T{i}", "text": "{text}", "source": "Outlet", "published": "2026-11-20"}}'
        for i, text in enumerate([BAD, GOOD])
    ).encode()
    records, rejections = facts.facts_of_file("batch.jsonl", data, Lexicon.default(), AT)
    assert {r["article"] for r in records} == {"batch.jsonl#2"}
    assert [(r.path, r.record) for r in rejections] == [("batch.jsonl", "1")]
    assert "ValueError" in rejections[0].reason
