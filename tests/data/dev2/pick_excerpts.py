"""Picks the second (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev2/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parents[3] / "shared/corpora"
SEED = 20261125
PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 5), ("recovery_covid/articles.jsonl.gz", 3))
INTERESTING = re.compile(r"\d|[\"“”]")
# Second stratum: the figures the product compares (casualties, deployments, case counts) are rare in
# a uniform draw, so a few more excerpts are drawn from articles whose text names one, starting at
# such a paragraph. Drawn after the first stratum with the same generator, still one per outlet.
CORE = re.compile(r"\b(?:killed|dead|deaths|died|wounded|injured|troops|soldiers|casualties|cases|"
                  r"infected|hospitali[sz]ed|arrested|missing|refugees|evacuated)\b")
CORE_PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 4), ("recovery_covid/articles.jsonl.gz", 4))


def excerpt(text: str, rng: random.Random, wanted: re.Pattern[str] = INTERESTING) -> str | None:
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if not paras:
        return None
    start = rng.randrange(len(paras))
    for i in list(range(start, len(paras))) + list(range(0, start)):
        if not wanted.search(paras[i]):
            continue
        chosen: list[str] = []
        for p in paras[i:]:
            if sum(len(c.split()) for c in chosen) + len(p.split()) > 400:
                break
            chosen.append(p)
            if sum(len(c.split()) for c in chosen) >= 150:
                break
        words = sum(len(c.split()) for c in chosen)
        if 150 <= words <= 400:
            return "\n\n".join(chosen)
    return None


def main() -> None:
    rng = random.Random(SEED)
    out = HERE / "articles"
    out.mkdir(exist_ok=True)
    rows = []
    # Outlets already in the first dev set are skipped (basil_triplets has only outlets used there).
    with open(HERE.parent / "dev" / "sources.tsv", encoding="utf-8") as f:
        seen_outlets: set[str] = {line.split("\t")[3] for line in list(f)[1:]}
    n = 0
    plans = [(rel, want, INTERESTING) for rel, want in PLAN] + [(rel, want, CORE) for rel, want in CORE_PLAN]
    for rel, want, wanted in plans:
        with gzip.open(CORPORA / rel, "rt", encoding="utf-8") as f:
            articles = [json.loads(line) for line in f]
        order = list(range(len(articles)))
        rng.shuffle(order)
        got = 0
        for idx in order:
            a = articles[idx]
            if got >= want:
                break
            text = a.get("text") or ""
            if a["outlet"] in seen_outlets or not text.strip() or (wanted is CORE and not CORE.search(text)):
                continue
            body = excerpt(text, rng, wanted)
            if body is None:
                continue
            seen_outlets.add(a["outlet"])
            name = f"e{n:02d}_{re.sub(r'[^A-Za-z0-9]', '', a['id'])[-12:]}.txt"
            title = " ".join((a.get("title") or "").split())
            (out / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
            rows.append((name, rel.split("/")[0], a["id"], a["outlet"], a.get("date") or ""))
            n += 1
            got += 1
    with open(HERE / "sources.tsv", "w", encoding="utf-8") as f:
        f.write("file\tcorpus\tarticle_id\toutlet\tdate\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
