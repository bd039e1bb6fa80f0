"""The commands that need no database: `credence extract` and `credence score-claims`, and bad settings."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from credence.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
runner = CliRunner()


def test_extract_prints_one_json_object_per_fact_with_offsets_into_the_file():
    seed = SEEDS / "003_7b2e46476034b21c.txt"
    result = runner.invoke(app, ["extract", str(seed), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    text = seed.read_text(encoding="utf-8")
    claims = [r for r in records if r["type"] == "claim"]
    quotes = [r for r in records if r["type"] == "quote"]
    assert claims and quotes
    for record in claims:
        assert record["article"] == seed.name
        assert text[record["char_start"] : record["char_end"]] == record["span"]
        assert set(record) >= {
            "measure",
            "counted",
            "value_low",
            "value_high",
            "qualifier",
            "subject",
            "attribution_text",
            "attribution_kind",
            "hedged",
        }
    for record in quotes:
        assert text[record["char_start"] : record["char_end"]] == record["text"]
        assert record["speaker_kind"] in {"person", "organization", "document", "unknown"}
    killed = next(c for c in claims if c["span"].startswith("About 600"))
    assert (killed["value_low"], killed["value_high"], killed["qualifier"]) == (600, 600, "approx")


def test_extract_names_a_bad_file_and_still_prints_the_good_one(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02")
    result = runner.invoke(app, ["extract", str(broken), str(SEEDS / "001_aaec55933b622545.txt")])
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr and "binary" in result.stderr
    assert any('"article": "001_aaec55933b622545.txt"' in line for line in result.stdout.splitlines())


def test_score_claims_writes_source_scores_and_truths(tmp_path):
    claims = pl.DataFrame(
        {
            "source": ["a", "b", "c", "d"] * 3,
            "item": ["x"] * 4 + ["y"] * 4 + ["z"] * 4,
            "value": ["1", "1", "1", "9", "2", "2", "2", "8", "3", "3", "3", "7"],
        }
    )
    path = tmp_path / "claims.csv"
    claims.write_csv(path)
    result = runner.invoke(app, ["score-claims", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    scores = pl.read_csv(tmp_path / "out" / "source_scores.csv")
    truths = pl.read_csv(tmp_path / "out" / "truths.csv", schema_overrides={"value": pl.String})
    assert scores.columns[:5] == ["source", "reliability", "low", "high", "n_claims"]
    assert scores.sort("reliability")["source"][0] == "d"
    assert dict(zip(truths["item"], truths["value"], strict=True)) == {"x": "1", "y": "2", "z": "3"}
    assert not (tmp_path / "out" / "source_attribute_scores.csv").exists()  # no attribute column


def test_score_claims_with_an_attribute_column_also_scores_sources_per_attribute(tmp_path):
    claims = pl.DataFrame(
        {
            "source": ["a", "b", "c", "d"] * 4,
            "item": ["x"] * 4 + ["y"] * 4 + ["u"] * 4 + ["v"] * 4,
            "value": ["1", "1", "1", "9", "2", "2", "2", "8", "3", "3", "3", "3", "4", "4", "4", "4"],
            "attribute": ["time"] * 8 + ["gate"] * 8,
        }
    )
    path = tmp_path / "claims.csv"
    claims.write_csv(path)
    result = runner.invoke(app, ["score-claims", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    per_attribute = pl.read_csv(tmp_path / "out" / "source_attribute_scores.csv")
    d = dict(
        zip(
            per_attribute.filter(pl.col("source") == "d")["attribute"],
            per_attribute.filter(pl.col("source") == "d")["reliability"],
            strict=True,
        )
    )
    assert d["gate"] > d["time"]


def test_score_claims_refuses_a_table_without_the_needed_columns(tmp_path):
    path = tmp_path / "claims.csv"
    pl.DataFrame({"who": ["a"], "what": ["x"]}).write_csv(path)
    result = runner.invoke(app, ["score-claims", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "lacks columns item, source, value" in result.stderr


def test_a_bad_setting_is_an_error_naming_the_variable(monkeypatch):
    monkeypatch.setenv("CREDENCE_MAX_FILE_BYTES", "lots")
    result = runner.invoke(app, ["ingest", "--db", "unused.duckdb"])
    assert result.exit_code == 2
    assert "CREDENCE_MAX_FILE_BYTES must be an integer" in result.stderr


def test_extract_keeps_a_quote_on_a_line_ending_in_a_read_more_link(tmp_path):
    from credence.extract import article_facts

    text = (
        "Church vandalised in Ohio\n\n"
        "“Pray at home, hypocrites,” read one message painted on the church steps, the pastor told local "
        "reporters on Monday. – READ MORE\n\n"
        "Police said the case was under investigation.\n"
    )
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    printed = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    quotes = [r["text"] for r in printed if r["type"] == "quote"]
    assert quotes == [q.text for q in article_facts(text, "article.txt").quotes] != []
