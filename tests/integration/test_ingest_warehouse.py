"""Ingest into a temporary DuckDB: idempotent reruns, rejected files, copies, manifests and schema upgrades."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.ingest import ingest_articles
from warehouse.connection import connect, migrate, schema_version, writing
from warehouse.load import replace_where
from warehouse.schema import MIGRATIONS, SCHEMA_VERSION, UNINDEXED_KEYS

REF = datetime(2025, 7, 1)
TABLES = ("raw_articles", "articles", "sources", "rejected_inputs", "article_copies", "input_files")

pytestmark = pytest.mark.usefixtures("prefect_harness")


def snapshot(db: Path) -> dict[str, list[tuple]]:
    with writing(db) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def test_ingesting_the_seeds_twice_leaves_identical_rows(seeds_copy, fresh_db):
    first = ingest_articles([str(seeds_copy)], str(fresh_db), "run-1", REF)
    before = snapshot(fresh_db)
    second = ingest_articles([str(seeds_copy)], str(fresh_db), "run-2", REF)
    assert first.articles_new == 5 and second.articles_new == 0
    assert snapshot(fresh_db) == before
    assert len(before["articles"]) == 5 and len(before["raw_articles"]) == 5


def test_touched_file_with_same_text_adds_nothing(seeds_copy, fresh_db):
    ingest_articles([str(seeds_copy)], str(fresh_db), "run-1", REF)
    articles_before = snapshot(fresh_db)["articles"]
    copy = seeds_copy / "elsewhere" / "renamed.txt"
    copy.parent.mkdir()
    shutil.copy(next(seeds_copy.glob("000_*.txt")), copy)
    summary = ingest_articles([str(seeds_copy)], str(fresh_db), "run-2", REF)
    assert summary.files_new == 1 and summary.articles_new == 0
    assert snapshot(fresh_db)["articles"] == articles_before


def test_bad_files_are_recorded_and_the_rest_still_lands(seeds_copy, fresh_db):
    (seeds_copy / "empty.txt").write_bytes(b"")
    (seeds_copy / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    summary = ingest_articles([str(seeds_copy)], str(fresh_db), "run-1", REF)
    assert summary.articles_new == 5
    with writing(fresh_db) as conn:
        rows = conn.execute("SELECT path, reason FROM rejected_inputs ORDER BY path").fetchall()
    assert [(Path(p).name, r) for p, r in rows] == [
        ("empty.txt", "empty file"),
        ("photo.txt", "binary content (NUL bytes), not a text article"),
    ]


def test_fixing_a_rejected_file_clears_its_rejection(seeds_copy, fresh_db):
    broken = seeds_copy / "late.txt"
    broken.write_bytes(b"")
    ingest_articles([str(seeds_copy)], str(fresh_db), "run-1", REF)
    broken.write_text(
        "A late article\n\nOfficials said 40 people were hurt in the blast on Monday.", encoding="utf-8"
    )
    ingest_articles([str(seeds_copy)], str(fresh_db), "run-2", REF)
    with writing(fresh_db) as conn:
        assert conn.execute("SELECT count(*) FROM rejected_inputs").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 6


def test_near_identical_text_under_another_source_is_recorded_as_a_copy(seeds_copy, fresh_db, tmp_path):
    original = next(seeds_copy.glob("003_*.txt")).read_text(encoding="utf-8")
    other = tmp_path / "wire"
    other.mkdir()
    (other / "sources.csv").write_text(
        "file,outlet,url\nsyndicated.txt,Wire Copy Daily,https://wire.example/x\n"
    )
    (other / "syndicated.txt").write_text(
        original.replace("With Post wires", "With wire services"), encoding="utf-8"
    )
    ingest_articles([str(seeds_copy), str(other)], str(fresh_db), "run-1", REF)
    with writing(fresh_db) as conn:
        pairs = conn.execute(
            "SELECT a.source_id, b.source_id, c.similarity FROM article_copies c "
            "JOIN articles a ON a.article_id = c.article_id JOIN articles b ON b.article_id = c.copy_of"
        ).fetchall()
        groups = conn.execute(
            "SELECT count(DISTINCT copy_group) FROM articles WHERE source_id IN ('Wire Copy Daily', '003_7b2e46476034b21c')"
        ).fetchone()[0]
    assert len(pairs) == 1
    assert {pairs[0][0], pairs[0][1]} == {"Wire Copy Daily", "003_7b2e46476034b21c"}
    assert pairs[0][2] >= 0.8
    assert groups == 1


def test_an_older_warehouse_file_is_upgraded_in_place(fresh_db):
    fresh_db.parent.mkdir(parents=True)
    conn = duckdb.connect(str(fresh_db))
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    version, description, sql = MIGRATIONS[0]
    conn.execute(sql)
    conn.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
    conn.close()
    conn = connect(fresh_db)
    try:
        assert schema_version(conn) == 1
        assert migrate(conn) == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    finally:
        conn.close()


def test_scores_kept_whole_per_run_read_the_same_after_the_upgrade_to_changes(fresh_db):
    fresh_db.parent.mkdir(parents=True)
    conn = duckdb.connect(str(fresh_db))
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    for version, description, sql in MIGRATIONS[:10]:
        conn.execute(sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
    insert = (
        "INSERT INTO source_scores (run_id, source_id, source_kind, reliability_score, n_claims, n_compared, "
        "evidence_status, scored_at) VALUES (?, ?, ?, ?, 1, 1, 'ok', ?)"
    )
    rows = [("r1", "A", "outlet", 0.5, "2026-01-01"), ("r1", "B", "originator", 0.4, "2026-01-01"),
            ("r2", "A", "outlet", 0.6, "2026-01-02"), ("r3", "A", "outlet", 0.6, "2026-01-03"),
            ("r3", "B", "originator", 0.3, "2026-01-03")]  # fmt: skip
    conn.executemany(insert, rows)
    conn.close()

    with writing(fresh_db) as conn:
        assert schema_version(conn) == SCHEMA_VERSION
        view = conn.execute(
            "SELECT run_id, source_id, reliability_score, CAST(scored_at AS DATE)::VARCHAR FROM source_scores "
            "ORDER BY run_id, source_id"
        ).fetchall()
        runs = conn.execute(
            "SELECT run_id, n_outlets, n_originators FROM score_runs ORDER BY run_id"
        ).fetchall()
    # B, absent from r2's scores, is absent from r2's set, and back in r3's.
    assert view == [(run, source, score, day) for run, source, _, score, day in rows]
    assert runs == [("r1", 1, 1), ("r2", 1, 0), ("r3", 1, 1)]


def test_a_copy_arriving_in_a_later_run_joins_the_first_story_group(seeds_copy, fresh_db, tmp_path):
    ingest_articles([str(seeds_copy)], str(fresh_db), "run-1", REF)
    original = next(seeds_copy.glob("000_*.txt")).read_text(encoding="utf-8")
    later = tmp_path / "later"
    later.mkdir()
    (later / "sources.csv").write_text("file,outlet\nreprint.txt,Reprint Weekly\n")
    (later / "reprint.txt").write_text(
        original.replace("Read Entire Article", "Read more at our site"), encoding="utf-8"
    )
    summary = ingest_articles([str(later)], str(fresh_db), "run-2", REF)
    with writing(fresh_db) as conn:
        groups = conn.execute(
            "SELECT source_id, copy_group FROM articles WHERE source_id IN ('Reprint Weekly', '000_58e29ff81f391f92')"
        ).fetchall()
    assert summary.copies == 1
    assert len({group for _, group in groups}) == 1


def _keys_are_unique(db: Path) -> dict[str, tuple[int, int]]:
    with writing(db) as conn:
        return {
            table: conn.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()
            for table, key in UNINDEXED_KEYS.items()
        }


def test_an_article_arriving_twice_lands_once_though_no_index_guards_its_key(seeds_copy, fresh_db, tmp_path):
    text = (
        next(seeds_copy.glob("001_*.txt")).read_text(encoding="utf-8") + "\nA line the seed does not have.\n"
    )
    row = {"id": "r1", "outlet": "Batch Daily", "url": "https://batch.example/a", "title": "A", "text": text}
    batch = tmp_path / "batch"
    batch.mkdir()
    # The same article twice in one batch file, and again under another record id.
    (batch / "rows.jsonl").write_text(
        "\n".join(json.dumps(r) for r in (row, row, {**row, "id": "r2"})) + "\n", encoding="utf-8"
    )
    first = ingest_articles([str(seeds_copy), str(batch)], str(fresh_db), "run-1", REF)
    (batch / "again.jsonl").write_text(json.dumps({**row, "id": "r3"}) + "\n", encoding="utf-8")
    second = ingest_articles([str(seeds_copy), str(batch)], str(fresh_db), "run-2", REF)
    counts = _keys_are_unique(fresh_db)
    assert all(rows == distinct for rows, distinct in counts.values()), counts
    assert counts["articles"][0] == first.articles_new == len(first.new_article_ids) == 6
    assert second.articles_new == 0 and second.new_article_ids == []


def test_facts_written_twice_under_one_key_are_refused(fresh_db):
    with writing(fresh_db) as conn:
        claims = conn.execute("SELECT * FROM claims").pl()
    row = {c: None for c in claims.columns} | {
        "claim_id": "c1",
        "article_id": "a1",
        "char_start": 0,
        "char_end": 1,
        "span": "1",
        "measure": "killed",
        "qualifier": "exact",
        "attribution_kind": "none",
        "hedged": False,
        "core": True,
        "sentence_start": 0,
        "sentence_end": 1,
        "extracted_at": REF,
        "run_id": "run-1",
    }
    one = pl.DataFrame([row], schema=claims.schema)
    with writing(fresh_db) as conn:
        replace_where(conn, "claims", one, "article_id", ["a1"])
        replace_where(conn, "claims", one, "article_id", ["a1"])  # a rerun replaces, never duplicates
        with pytest.raises(ValueError, match="duplicate claims.claim_id"):
            replace_where(conn, "claims", pl.concat([one, one]), "article_id", ["a1"])
        with pytest.raises(ValueError, match="duplicate claims.claim_id"):
            replace_where(conn, "claims", one.with_columns(article_id=pl.lit("a2")), "article_id", ["a2"])
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 1


def test_a_warehouse_with_key_indexes_keeps_its_rows_when_they_are_dropped(fresh_db):
    fresh_db.parent.mkdir(parents=True)
    conn = duckdb.connect(str(fresh_db))
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    for version, description, sql in MIGRATIONS[:5]:
        conn.execute(sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
    conn.execute(
        "INSERT INTO quotes VALUES ('q1', 'a1', 0, 5, 'Hello', 'KCNA', 'organization', 'KCNA said', now(), 'r1')"
    )
    conn.execute(
        "INSERT INTO source_scores (run_id, source_id, source_kind, n_claims, n_compared, evidence_status, "
        "scored_at) VALUES ('r1', 'KCNA', 'originator', 3, 1, 'ok', now())"
    )
    conn.close()
    with writing(fresh_db) as conn:
        assert schema_version(conn) == SCHEMA_VERSION
        assert conn.execute("SELECT quote_id, speaker FROM quotes").fetchall() == [("q1", "KCNA")]
        assert conn.execute("SELECT source_id, n_claims FROM source_scores").fetchall() == [("KCNA", 3)]
        keyed = {
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
            ).fetchall()
        }
        assert not keyed & {*UNINDEXED_KEYS, "source_scores"}  # its index grew with every run's scores
        with pytest.raises(duckdb.ConstraintException):
            conn.execute("INSERT INTO quotes (quote_id) VALUES (NULL)")


def test_an_article_the_extractor_fails_on_is_recorded_and_the_others_are_extracted(
    seeds_copy, fresh_db, monkeypatch
):
    import credence.facts as facts
    from flows.extract import extract_facts

    ingest_articles([str(seeds_copy)], str(fresh_db), "run-1", REF)
    with writing(fresh_db) as conn:
        broken = conn.execute("SELECT min(article_id) FROM articles").fetchone()[0]
    real = facts.article_facts

    def article_facts(text, article, lexicon=None):
        if article == broken:
            raise RuntimeError("a rule failed on this text")
        return real(text, article, lexicon)

    monkeypatch.setattr(facts, "article_facts", article_facts)
    summary = extract_facts(str(fresh_db), "run-1")
    assert [article for article, _ in summary.failed] == [broken]
    with writing(fresh_db) as conn:
        rows = conn.execute(
            "SELECT article_id, n_claims, error FROM extracted_articles ORDER BY article_id"
        ).fetchall()
        claimed = {r[0] for r in conn.execute("SELECT DISTINCT article_id FROM claims").fetchall()}
    assert len(rows) == 5 and rows[0] == (broken, 0, rows[0][2]) and "RuntimeError" in rows[0][2]
    assert all(error is None for _, _, error in rows[1:])
    assert claimed == {article for article, n, _ in rows if n > 0} and len(claimed) >= 3
