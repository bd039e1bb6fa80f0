"""Scoring extracted claims and quotes against gold annotations with the gold README's judging rule.

Pure functions of records (dicts shaped like the gold JSONL lines, or `Claim`/`Quote` records), shared
by `bench/extraction.py` and the gold test. Standard library, plus `canonical_entity` to compare subjects.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from credence.extract.entities import canonical_entity

Record = Mapping[str, object]


@dataclass(frozen=True)
class ClaimScores:
    """Claim detection and, on matched pairs, attribution-kind / measure / hedge / subject agreement."""

    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    attribution_accuracy: float
    measure_accuracy: float
    hedge_accuracy: float
    subject_accuracy: float


@dataclass(frozen=True)
class QuoteScores:
    gold: int
    predicted: int
    matched_gold: int
    matched_predicted: int
    precision: float
    recall: float
    f1: float
    speaker_accuracy: float


def normalized_name(name: str | None) -> str:
    """A name folded for comparison: case, accents, hyphens, punctuation and word order ignored.

    Word order is ignored so that Korean names compare equal in either order ("Kim Jong-un" =
    "Jong Un Kim"); "Kim Jong-un" = "Kim Jong Un" = "kim jong un". None → "".
    """
    if not name:
        return ""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[-‐–_]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(sorted(words))


def same_subject(predicted: object, gold: object) -> bool:
    """Whether two claim subjects name the same thing.

    Equal when their `normalized_name`s agree (case, accents, hyphens, punctuation, a leading "the":
    "north-korea" = "North Korea") or when `canonical_entity` folds both to one form ("MSMT" =
    "Multilateral Sanctions Monitoring Team"). Two missing subjects agree; a missing and a present one
    do not.
    """
    a, b = str(predicted or ""), str(gold or "")
    if normalized_name(a) == normalized_name(b):
        return True
    if not a or not b:
        return False
    return normalized_name(canonical_entity(a)) == normalized_name(canonical_entity(b))


def _same_value(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    fa, fb = float(a), float(b)  # type: ignore[arg-type]
    return abs(fa - fb) <= 1e-9 * max(1.0, abs(fa), abs(fb))


def claims_match(predicted: Record, gold: Record) -> bool:
    """Same article, overlapping character spans, and an equal interval."""
    return (
        predicted["article"] == gold["article"]
        and int(predicted["char_start"]) < int(gold["char_end"])  # type: ignore[arg-type]
        and int(gold["char_start"]) < int(predicted["char_end"])  # type: ignore[arg-type]
        and _same_value(predicted["value_low"], gold["value_low"])
        and _same_value(predicted["value_high"], gold["value_high"])
    )


def matched_claims(predicted: Iterable[Record], gold: Iterable[Record]) -> list[tuple[Record, Record]]:
    """One-to-one (predicted, gold) pairs: each gold claim takes the unused matching prediction overlapping it most."""
    preds = list(predicted)
    used: set[int] = set()
    pairs: list[tuple[Record, Record]] = []
    for g in gold:
        best, best_overlap = None, -1
        for i, p in enumerate(preds):
            if i in used or not claims_match(p, g):
                continue
            overlap = min(int(p["char_end"]), int(g["char_end"])) - max(
                int(p["char_start"]), int(g["char_start"])
            )  # type: ignore[arg-type]
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            used.add(best)
            pairs.append((preds[best], g))
    return pairs


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def claim_scores(predicted: Iterable[Record], gold: Iterable[Record], core_only: bool = False) -> ClaimScores:
    """Precision, recall, F1 of claims; with core_only, predicted core claims against gold core claims.

    precision = matched / predicted, recall = matched / gold; the accuracies are the share of
    matched pairs with equal attribution_kind, measure and hedged, and with the same subject
    (`same_subject`) (0.0 when nothing matched).
    """
    preds = [p for p in predicted if not core_only or p.get("core")]
    golds = [g for g in gold if not core_only or g.get("core")]
    pairs = matched_claims(preds, golds)
    n = len(pairs)
    precision, recall = _ratio(n, len(preds)), _ratio(n, len(golds))
    return ClaimScores(
        gold=len(golds),
        predicted=len(preds),
        matched=n,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        attribution_accuracy=_ratio(sum(p["attribution_kind"] == g["attribution_kind"] for p, g in pairs), n),
        measure_accuracy=_ratio(sum(p["measure"] == g["measure"] for p, g in pairs), n),
        hedge_accuracy=_ratio(sum(bool(p["hedged"]) == bool(g["hedged"]) for p, g in pairs), n),
        subject_accuracy=_ratio(sum(same_subject(p.get("subject"), g.get("subject")) for p, g in pairs), n),
    )


def _clean_quote(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip()


def quote_matches(predicted: Record, gold: Record) -> bool:
    """Same article and the predicted quote's text contains the gold `quote_contains`."""
    return predicted["article"] == gold["article"] and _clean_quote(
        str(gold["quote_contains"])
    ) in _clean_quote(str(predicted["text"]))


def quote_scores(predicted: Iterable[Record], gold: Iterable[Record]) -> QuoteScores:
    """Quote precision (predictions matched to a gold quote), recall (gold quotes found), F1, speaker accuracy.

    Matching is one to one: a prediction that runs over two gold quotes ("…,” he said. “…") is
    credited with one of them, so joining quotes the gold keeps apart costs recall. Speaker
    accuracy is over matched gold quotes.
    """
    preds = list(predicted)
    golds = list(gold)
    used: set[int] = set()
    right_speaker = 0
    for g in golds:
        hit = next((i for i, p in enumerate(preds) if i not in used and quote_matches(p, g)), None)
        if hit is not None:
            used.add(hit)
            right_speaker += (
                normalized_name(str(preds[hit]["speaker"] or "")) == normalized_name(str(g["speaker"])) != ""
            )
    matched_gold = matched_predicted = len(used)
    precision, recall = _ratio(matched_predicted, len(preds)), _ratio(matched_gold, len(golds))
    return QuoteScores(
        gold=len(golds),
        predicted=len(preds),
        matched_gold=matched_gold,
        matched_predicted=matched_predicted,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        speaker_accuracy=_ratio(right_speaker, matched_gold),
    )
