"""bench/speakers_basil.py: the speaker-matching rule, and locating BASIL spans in an inline article."""

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench/speakers_basil.py"
_spec = importlib.util.spec_from_file_location("speakers_basil", BENCH)
basil = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(basil)


@pytest.mark.parametrize(
    "predicted, gold, same",
    [
        ("Trump", "Donald_Trump", True),  # a surname is enough
        ("Donald J. Trump", "Donald_Trump_Jr.", True),  # Jr. dropped: the rule cannot tell them apart
        ("Felipe Calderón", "Felipe_Calderon", True),  # accents folded
        ("Bader Ginsburg", "Ruth_Bader_Ginsburg", True),
        ("Obama", "Donald_Trump", False),
        ("Cowen", "William_Cowan", False),
        (None, "Donald_Trump", False),
        ("House Democrats", "House_Democrats", True),  # groups: the head noun, either number
        ("a Democrat", "House_Democrats", True),
        ("Nancy Pelosi", "House_Democrats", False),  # a member is not the group
        ("Obama", "Obama_campaign", False),
        ("the Obama campaign", "Obama_campaign", True),
        ("NAACP", "NAACP", True),
        ("Ben Jealous", "NAACP", False),
    ],
)
def test_same_speaker(predicted, gold, same):
    assert basil.same_speaker(predicted, gold) is same


def test_groups_and_persons():
    assert [basil.is_group(g) for g in ("Democratic_lawmakers", "Tea_Party", "BuzzFeed", "Rick_Perry")] == [
        True,
        True,
        True,
        False,
    ]


def test_rows_locate_repeated_spans_and_take_the_covering_quote(tmp_path):
    text = (
        "“This plan is phony and bad for everyone,” John Smith said.\n\n"
        "“It is phony,” said Jane Doe. Later she spoke again.\n\n"
        "Nobody quoted this phony line."
    )
    ann = [
        {"txt": "phony", "quote": "yes", "speaker": "John_Smith"},
        {"txt": "“It is phony,”", "quote": "yes", "speaker": "Jane_Doe"},
        {"txt": "phony", "quote": "yes", "speaker": "Jane_Doe"},  # the second “phony”
        {"txt": "plan", "quote": "yes", "speaker": "other_anti"},  # generic speakers are skipped
    ]
    row = {"id": "a1", "text": text, "annotation_raw": {"phrase-level-annotations": ann}}
    corpus = tmp_path / "articles.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")
    rows = basil.rows(corpus)
    assert [(r["gold"], text[r["start"] : r["end"]], r["covered"], r["in_marks"]) for r in rows] == [
        ("John_Smith", "phony", True, True),
        ("Jane_Doe", "It is phony", True, True),
        ("Jane_Doe", "phony", True, True),
    ]
    assert rows[0]["start"] != rows[2]["start"]
    assert [basil.same_speaker(r["speaker"], r["gold"]) for r in rows] == [True, True, True]
