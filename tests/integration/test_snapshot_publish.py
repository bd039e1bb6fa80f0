"""A published snapshot holds the warehouse's bytes; a republish rewrites only a copy no reader has open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb

from warehouse.connection import SNAPSHOT_BLOCK, differing_blocks, publish_snapshot, reading


def _write(db: Path, rows: int) -> None:
    conn = duckdb.connect(str(db))
    conn.execute("CREATE TABLE IF NOT EXISTS t (k INTEGER, text VARCHAR)")
    conn.execute("INSERT INTO t SELECT range, repeat('x', 200) FROM range(?)", [rows])
    conn.close()  # checkpointed: the file alone holds everything


def _count(path: Path) -> int:
    with reading(path) as conn:
        return conn.execute("SELECT count(*) FROM t").fetchone()[0]


def test_each_publish_leaves_the_snapshot_byte_for_byte_the_warehouse(tmp_path):
    db, snapshot = tmp_path / "credence.duckdb", tmp_path / "credence.snapshot.duckdb"
    targets = []
    for rows in (50_000, 2_000, 10, 0):
        _write(db, rows)
        publish_snapshot(db, snapshot)
        targets.append(snapshot.readlink().name)
        assert snapshot.read_bytes() == db.read_bytes()
    # The two copies take turns; the third and fourth publishes rewrote a copy already there.
    assert targets == ["credence.snapshot.duckdb.0", "credence.snapshot.duckdb.1"] * 2
    assert _count(snapshot) == 52_010


def test_a_copy_a_reader_still_has_open_is_never_rewritten(tmp_path):
    db, snapshot = tmp_path / "credence.duckdb", tmp_path / "credence.snapshot.duckdb"
    _write(db, 1_000)
    publish_snapshot(db, snapshot)
    held = snapshot.readlink()
    _write(db, 1_000)
    publish_snapshot(db, snapshot)  # the link now names the other copy; a slow reader still reads this one
    before = (tmp_path / held).read_bytes()
    reader = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
         "c.execute('SELECT count(*) FROM t').fetchone(); print('open', flush=True); sys.stdin.read()",
         str(tmp_path / held)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert reader.stdout.readline().strip() == "open"
        _write(db, 1_000)
        publish_snapshot(db, snapshot)
        assert (tmp_path / held).read_bytes() == before  # untouched under its reader
        assert not snapshot.is_symlink() and snapshot.read_bytes() == db.read_bytes()  # copied whole instead
    finally:
        reader.communicate("", timeout=30)
    assert _count(snapshot) == 3_000


def test_differing_blocks_names_each_changed_block_and_the_short_last_one(tmp_path):
    block = SNAPSHOT_BLOCK
    old = bytearray(b"a" * (3 * block + 100))
    new = bytearray(old)
    new[block + 7] = ord("b")  # the second block
    new[3 * block + 99] = ord("b")  # the short last block, at its last byte
    first, second = tmp_path / "first", tmp_path / "second"
    first.write_bytes(bytes(new))
    second.write_bytes(bytes(old))
    with open(first, "rb") as a, open(second, "rb") as b:
        assert differing_blocks(a.fileno(), b.fileno(), len(new)) == [block, 3 * block]
        assert differing_blocks(a.fileno(), a.fileno(), len(new)) == []


def test_the_first_publish_leaves_both_copies_ready_for_a_block_refresh(tmp_path):
    db, snapshot = tmp_path / "credence.duckdb", tmp_path / "credence.snapshot.duckdb"
    _write(db, 5_000)
    publish_snapshot(db, snapshot)
    copies = [tmp_path / f"{snapshot.name}.{i}" for i in (0, 1)]
    assert [c.read_bytes() == db.read_bytes() for c in copies] == [True, True]
    _write(db, 10)
    publish_snapshot(db, snapshot)
    assert snapshot.resolve() == copies[1] and copies[1].read_bytes() == db.read_bytes()
    assert _count(snapshot) == 5_010
