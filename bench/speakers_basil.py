"""Benchmark: quote recall and speaker accuracy on BASIL's quoted bias spans that name their speaker.

    uv run python bench/speakers_basil.py [--corpus PATH] [--errors]

BASIL (../shared/corpora/basil_triplets, 300 NYT/Fox/HuffPost articles) marks bias phrases; those with
quote=yes carry a speaker, either generic (other_anti/other_pro/other_neutral, skipped here) or named
(Donald_Trump, House_Democrats). Each named span is located in the article's `text` by string search
(the annotation offsets index sentences, not `text`), covered by the extracted quote overlapping it
most, and the extracted speaker compared with the gold one by `same_speaker`. Persons and groups are
counted apart (`is_group`). With --errors, every mismatch and every uncovered span is listed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from pathlib import Path

from credence.extract import article_facts

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared/corpora/basil_triplets/articles.jsonl.gz"
GENERIC = {"other_anti", "other_pro", "other_neutral"}
# A gold speaker is a group when its last word is one of these heads, or it is one of these organisations.
GROUP_HEADS = {
    "lawmakers", "democrats", "republicans", "campaign", "party", "members", "officials",
    "companies", "catholics", "plaintiffs", "protestors", "protesters",
}  # fmt: skip
ORGANISATIONS = {"naacp", "buzzfeed", "secure america now"}
SUFFIXES = {"jr", "sr", "ii", "iii"}
MARKS = '"“”'
# Gold names BASIL cut short at an accented letter.
GOLD_FIXES = {"Felipe_Calder": "Felipe_Calderon"}


def words(name: str | None) -> list[str]:
    """A name folded to lower-case words: accents, underscores, hyphens, punctuation and "'s" dropped."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c))
    text = re.sub(r"['’]s\b", "", text.lower().replace("_", " "))
    return re.sub(r"[^\w\s]", " ", text).split()


def is_group(gold: str) -> bool:
    w = words(gold)
    return bool(w) and (w[-1] in GROUP_HEADS or " ".join(w) in ORGANISATIONS)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def same_speaker(predicted: str | None, gold: str) -> bool:
    """Whether the extracted speaker is the annotated one.

    Persons: equal surnames (last words, a Jr./Sr. dropped), so "Trump" = Donald_Trump and
    "Ruth Bader Ginsburg" = Ruth_Bader_Ginsburg. Groups: the extracted speaker contains the group's
    head noun, singular or plural ("House Democrats", "Democrats" and "a Democrat" = House_Democrats;
    "the Obama campaign" = Obama_campaign, but "Obama" alone does not), or, for an organisation, its
    whole name. A person named for a group (Pelosi for House_Democrats) does not count.
    """
    p, g = words(predicted), [w for w in words(gold) if w not in SUFFIXES]
    p = [w for w in p if w not in SUFFIXES]
    if not p or not g:
        return False
    if not is_group(gold):
        return p[-1] == g[-1]
    if " ".join(g) in ORGANISATIONS:
        return " ".join(g) in " ".join(p)
    return _singular(g[-1]) in {_singular(w) for w in p}


def in_marks(text: str, start: int, end: int) -> bool:
    """Whether the span sits inside quotation marks: an odd number of double marks before it in its paragraph."""
    p0 = text.rfind("\n\n", 0, start) + 1
    return sum(text.count(m, p0, start) for m in MARKS) % 2 == 1


def rows(corpus: Path) -> list[dict]:
    """One row per located or unlocated named-speaker span, with the covering quote's speaker."""
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    for article in articles:
        text = article["text"]
        spans = [
            a
            for a in article["annotation_raw"]["phrase-level-annotations"]
            if a["quote"] == "yes" and a["speaker"] and a["speaker"] not in GENERIC
        ]
        if not spans:
            continue
        quotes = article_facts(text, article["id"]).quotes
        seen: dict[str, int] = {}  # the k-th span with the same words takes their k-th occurrence
        for a in spans:
            span = a["txt"].strip(MARKS + " ,.'’") or a["txt"]
            start = text.find(span, seen.get(span, -1) + 1)
            seen[span] = start = start if start >= 0 else text.find(span)
            gold = GOLD_FIXES.get(a["speaker"], a["speaker"])
            row = {"article": article["id"], "span": a["txt"], "gold": gold, "start": start}
            if start >= 0:
                end = start + len(span)
                overlap = [(min(end, q.char_end) - max(start, q.char_start), q) for q in quotes]
                best = max(overlap, key=lambda o: o[0], default=(0, None))
                row.update(
                    end=end,
                    in_marks=in_marks(text, start, end),
                    covered=best[0] > 0,
                    speaker=best[1].speaker if best[0] > 0 else None,
                    kind=best[1].speaker_kind if best[0] > 0 else None,
                    context=text[max(0, start - 100) : end + 100].replace("\n", " "),
                )
            out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", action="store_true", help="list mismatches and uncovered spans")
    args = parser.parse_args()

    found = rows(args.corpus)
    located = [r for r in found if r["start"] >= 0]
    covered = [r for r in located if r["covered"]]
    marked = [r for r in located if r["in_marks"]]
    print(
        f"named-speaker quote spans {len(found)}, located {len(located)}"
        f" ({len(marked)} inside quotation marks)"
    )
    print(
        f"covered by an extracted quote {len(covered)}/{len(located)} = {len(covered) / len(located):.3f}"
        f"  (of those inside marks {sum(r['covered'] for r in marked)}/{len(marked)})"
    )
    for label, group in (("all", None), ("persons", False), ("groups", True)):
        rs = [r for r in covered if group is None or is_group(r["gold"]) == group]
        right = sum(same_speaker(r["speaker"], r["gold"]) for r in rs)
        print(f"speaker accuracy {label:8s} {right}/{len(rs)} = {right / max(len(rs), 1):.3f}")
    # BASIL names a group for a member of it (Democratic_lawmakers for Schumer): an upper bound.
    rs = [r for r in covered if is_group(r["gold"])]
    person = sum(r["kind"] == "person" for r in rs)
    print(f"groups given a named person instead (membership unchecked) {person}/{len(rs)}")
    if args.errors:
        for r in located:
            if r["covered"] and same_speaker(r["speaker"], r["gold"]):
                continue
            status = f"extracted {r['speaker']!r}" if r["covered"] else "NOT COVERED"
            status += "" if r["in_marks"] else " (span outside quotation marks)"
            print(f"\n{r['article'][:8]}  gold {r['gold']}  {status}\n  span: {r['span']}")
            print(f"  context: …{r['context']}…")


if __name__ == "__main__":
    main()
