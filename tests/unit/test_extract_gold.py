"""The seed gold: the extractor meets the product's accuracy targets on the five annotated seed articles.

Gold copied into tests/data/gold (the extraction contract); texts from seeds/. Scoring uses the same
judging functions as bench/extraction.py (credence.extract.evaluation).
"""

import json
from pathlib import Path

import pytest

from credence.extract import article_facts
from credence.extract.evaluation import (
    claim_scores,
    claims_match,
    matched_claims,
    normalized_name,
    quote_scores,
    same_subject,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests/data/gold"
SEEDS = ROOT / "seeds"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gold() -> tuple[list[dict], list[dict]]:
    return read_jsonl(GOLD / "seed_claims.jsonl"), read_jsonl(GOLD / "seed_quotes.jsonl")


@pytest.fixture(scope="module")
def predicted(gold) -> tuple[list[dict], list[dict]]:
    claims, quotes = [], []
    for name in sorted({g["article"] for g in gold[0]} | {g["article"] for g in gold[1]}):
        facts = article_facts((SEEDS / name).read_text(encoding="utf-8"), name)
        claims += [c.as_record() for c in facts.claims]
        quotes += [q.as_record() for q in facts.quotes]
    return claims, quotes


def test_gold_spans_are_exact_substrings_of_the_seeds(gold):
    for g in gold[0]:
        text = (SEEDS / g["article"]).read_text(encoding="utf-8")
        assert text[g["char_start"] : g["char_end"]] == g["span"]


def test_core_claims_meet_recall_and_precision_targets(gold, predicted):
    scores = claim_scores(predicted[0], gold[0], core_only=True)
    assert scores.recall >= 0.95, scores
    assert scores.precision >= 0.90, scores


def test_all_claims_precision_and_recall(gold, predicted):
    scores = claim_scores(predicted[0], gold[0])
    assert scores.recall >= 0.90, scores
    assert scores.precision >= 0.90, scores


def test_attribution_kind_accuracy_on_matched_claims(gold, predicted):
    assert claim_scores(predicted[0], gold[0]).attribution_accuracy >= 0.90


def test_subject_accuracy_on_matched_claims(gold, predicted):
    # The engine groups claims into facts by subject: a wrong subject keeps figures from being compared.
    scores = claim_scores(predicted[0], gold[0])
    assert scores.subject_accuracy >= 0.90, scores


def test_quotes_meet_f1_and_speaker_targets(gold, predicted):
    scores = quote_scores(predicted[1], gold[1])
    assert scores.f1 >= 0.90, scores
    assert scores.speaker_accuracy >= 0.90, scores


def test_every_claim_record_is_well_formed(predicted):
    for c in predicted[0]:
        assert c["qualifier"] in ("exact", "approx", "lower_bound", "upper_bound", "range", "vague")
        assert c["attribution_kind"] in ("person", "organization", "document", "anonymous", "vague", "none")
        assert c["sentence_start"] <= c["char_start"] < c["char_end"] <= c["sentence_end"]
        assert (c["originator"] is None) == (c["attribution_kind"] in ("none", "vague"))


# The judging rule itself, on hand-made records: a wrong matcher would make every figure above meaningless.
def _claim(start, end, low, high, article="a.txt", **extra):
    return {
        "article": article,
        "char_start": start,
        "char_end": end,
        "value_low": low,
        "value_high": high,
        **extra,
    }


def test_claims_match_needs_same_article_overlap_and_interval():
    gold = _claim(10, 20, 5.0, None)
    assert claims_match(_claim(15, 30, 5, None), gold)
    assert not claims_match(_claim(20, 30, 5, None), gold)  # touching is not overlapping
    assert not claims_match(_claim(15, 30, 5, 5), gold)
    assert not claims_match(_claim(15, 30, 5, None, article="b.txt"), gold)


def test_one_prediction_matches_one_gold_claim():
    golds = [_claim(0, 10, 1, 1), _claim(5, 15, 1, 1)]
    assert len(matched_claims([_claim(0, 15, 1, 1)], golds)) == 1


def test_scores_count_precision_recall_and_agreement():
    golds = [
        _claim(0, 10, 1, 1, measure="killed", attribution_kind="none", hedged=False, core=True),
        _claim(20, 30, 2, 2, measure="wounded", attribution_kind="person", hedged=True, core=True),
    ]
    preds = [
        _claim(0, 10, 1, 1, measure="killed", attribution_kind="vague", hedged=False, core=True),
        _claim(40, 50, 3, 3, measure="x", attribution_kind="none", hedged=False, core=False),
    ]
    scores = claim_scores(preds, golds)
    assert (scores.precision, scores.recall, scores.attribution_accuracy, scores.measure_accuracy) == (
        0.5,
        0.5,
        0.0,
        1.0,
    )
    assert claim_scores(preds, golds, core_only=True).precision == 1.0


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("North Korea", "north-korea", True),
        ("São Tomé", "Sao Tome", True),
        ("MSMT", "Multilateral Sanctions Monitoring Team", True),
        ("the Workers' Party of Korea", "Workers' Party of Korea", True),
        (None, None, True),
        ("North Korea", "South Korea", False),
        ("North Korea", None, False),
        ("New York", "The New York Times", False),
    ],
)
def test_same_subject_folds_spelling_not_meaning(a, b, same):
    assert same_subject(a, b) is same
    assert same_subject(b, a) is same


def test_subject_accuracy_counts_matched_pairs_only():
    golds = [_claim(0, 10, 1, 1, subject="North Korea"), _claim(20, 30, 2, 2, subject="Russia")]
    preds = [
        _claim(0, 10, 1, 1, subject="North-Korea"),
        _claim(20, 30, 2, 2, subject="New York"),
        _claim(40, 50, 3, 3, subject="Russia"),  # unmatched: not counted
    ]
    for p in (*golds, *preds):
        p.update(measure="x", attribution_kind="none", hedged=False)
    assert claim_scores(preds, golds).subject_accuracy == 0.5


def test_quote_scoring_and_korean_name_order():
    golds = [{"article": "a", "quote_contains": "We will win", "speaker": "Kim Jong-un"}]
    preds = [
        {"article": "a", "text": "We will win, he said", "speaker": "Jong Un Kim"},
        {"article": "a", "text": "good list", "speaker": None},
    ]
    scores = quote_scores(preds, golds)
    assert (scores.recall, scores.precision, scores.speaker_accuracy) == (1.0, 0.5, 1.0)
    assert normalized_name("Kim Jong-un") == normalized_name("kim jong un") == normalized_name("Un Jong Kim")
    assert normalized_name("Kim Jong Un") != normalized_name("Kim Ju Ae")


def test_one_prediction_running_over_two_gold_quotes_is_credited_with_one():
    golds = [
        {"article": "a", "quote_contains": "We will win", "speaker": "Kim"},
        {"article": "a", "quote_contains": "They will lose", "speaker": "Kim"},
    ]
    joined = [{"article": "a", "text": "We will win. They will lose", "speaker": "Kim"}]
    scores = quote_scores(joined, golds)
    assert (scores.recall, scores.precision) == (0.5, 1.0)
