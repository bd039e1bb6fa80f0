"""Vectorized SHA-1 and fact ids: the same digests as hashlib and `fact_id_of`, one string at a time."""

import hashlib
import random
from datetime import date

import polars as pl

from credence.score.consistency import _fact_ids, fact_id_of
from credence.score.hashing import sha1_hex


def test_sha1_hex_matches_hashlib_across_block_boundaries_and_unicode():
    rnd = random.Random(7)
    alphabet = "abc xyz\x1f\x1cßÜıİΣ€😀0123456789"
    messages = ["", "abc", *("a" * k for k in range(0, 140))]
    messages += ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 300))) for _ in range(300)]
    got = sha1_hex(pl.Series(messages + [None])).to_list()
    assert got == [hashlib.sha1(m.encode("utf-8")).hexdigest() for m in messages + [""]]
    assert sha1_hex(pl.Series(["abc"]), 16).to_list() == ["a9993e364706816a"]
    assert sha1_hex(pl.Series([], dtype=pl.String)).to_list() == []


def test_fact_ids_equal_fact_id_of_for_plain_and_exotic_text():
    subjects = ["north korea", "straße", "İstanbul", "σας", "\x1csyria\x1f", " yıldırım", "gaza\u00a0", ""]
    rows = [
        (subject, measure, unit, day)
        for subject in subjects
        for measure in ("killed", "ΚΙΛΛ", "")
        for unit in ("", "people", "Straße")
        for day in (date(2024, 12, 2), None, date(5, 1, 31))
    ]
    keys = pl.DataFrame(rows, schema=["_subject", "_measure", "_unit", "window_start"], orient="row")
    assert _fact_ids(keys).to_list() == [fact_id_of(*row) for row in rows]
    counted = [("", "child", "gaza\u00a0kid")[k % 3] for k in range(len(rows))]
    keyed = keys.with_columns(_counted=pl.Series(counted))
    assert _fact_ids(keyed).to_list() == [fact_id_of(*row, c) for row, c in zip(rows, counted, strict=True)]
