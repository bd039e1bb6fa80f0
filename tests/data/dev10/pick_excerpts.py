"""Picks the tenth (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev10/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.

As in dev6/ to dev9/, two thirds of the excerpts come from the core stratum, with dev7/'s filter: a
core word must stand within 40 characters of a number (digits other than a bare year 19xx/20xx, or a
number word from two to twelve, dozen(s), hundred(s), thousand(s), million(s)), in the article and in
the paragraph the excerpt starts at.

New in dev10/: allsides_abp is nearly exhausted for that filter. After dev/ to dev9/ only 12 of its 134
remaining outlets have an article that passes it; one of them is drawn by the uniform stratum and four
have no 150-400-word run starting at a passing paragraph, so the core stratum yields only 7 of its 16.
The other 9 core excerpts are drawn right after it, with the same generator, with dev6/'s looser core
filter (`devsets.CORE`: a core word in the article and in the paragraph the excerpt starts at, no number
needed). The script therefore runs devsets.pick_excerpts' loop itself over three strata (its first two
strata draw exactly what devsets.pick_excerpts draws).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import CORE, CORPORA, INTERESTING, excerpt, outlets_of  # noqa: E402

SEED = 20261128
# As for dev8/ and dev9/, recovery_covid has no outlet left (all 55 are in dev/ to dev7/), nor has basil_triplets
# (its three outlets are in dev/): all 24 excerpts come from allsides_abp.
PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 8),)
CORE_PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 16),)

_NUM = (
    r"(?:(?<![\d,.])(?!(?:19|20)\d\d(?![\d,]))\d[\d,.]*"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\b)"
)
# A core word (devsets.CORE) with a number at most 40 characters before or after it, in one paragraph.
CORE_NEAR_NUMBER = re.compile(rf"{_NUM}[^\n]{{0,40}}?{CORE.pattern}|{CORE.pattern}[^\n]{{0,40}}?{_NUM}", re.I)


def pick(folder: Path, seed: int, strata, prefix: str, seen_outlets: set[str]) -> None:
    """devsets.pick_excerpts' loop over (corpus file, how many, filter) strata; a stratum with
    want=None takes what the core stratum before it left short of 16. The uniform stratum (INTERESTING)
    does not require the article to match; the others do, as in devsets.pick_excerpts."""
    rng = random.Random(seed)
    out = folder / "articles"
    out.mkdir(exist_ok=True)
    rows = []
    n = 0
    short = 0
    for rel, want, wanted in strata:
        if want is None:
            want = short
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
            if (
                a["outlet"] in seen_outlets
                or not text.strip()
                or (wanted is not INTERESTING and not wanted.search(text))
            ):
                continue
            body = excerpt(text, rng, wanted)
            if body is None:
                continue
            seen_outlets.add(a["outlet"])
            name = f"{prefix}{n:02d}_{re.sub(r'[^A-Za-z0-9]', '', a['id'])[-12:]}.txt"
            title = " ".join((a.get("title") or "").split())
            (out / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
            rows.append((name, rel.split("/")[0], a["id"], a["outlet"], a.get("date") or ""))
            n += 1
            got += 1
        short = want - got
    with open(folder / "sources.tsv", "w", encoding="utf-8") as f:
        f.write("file\tcorpus\tarticle_id\toutlet\tdate\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    # Outlets already in an earlier set (dev/ to dev9/) are skipped.
    seen = set()
    for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"):
        seen |= outlets_of(HERE.parent / name)
    strata = [(rel, want, INTERESTING) for rel, want in PLAN]
    strata += [(rel, want, CORE_NEAR_NUMBER) for rel, want in CORE_PLAN]
    strata += [(rel, None, CORE) for rel, _ in CORE_PLAN]  # the core stratum's shortfall, dev6/'s filter
    pick(HERE, SEED, strata, prefix="p", seen_outlets=seen)
