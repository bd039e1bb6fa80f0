"""Picks the thirteenth (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev13/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.

New in dev13/: back to allsides_abp (2017-2020), whose strict core stratum had no unused outlet left
(dev10/, dev11/). As in dev12/, outlets of earlier sets may recur but no article of any earlier set (dev/
to dev12/ sources.tsv) is drawn again, and within this set there is still one excerpt per outlet. Outlets
with the fewest earlier uses are tried first (`pick_excerpts`' `uses`: each stratum's shuffled order is
sorted, stably, by how many earlier sets drew the outlet), so the uniform stratum draws outlets no set has
used and the core stratum, which has almost none of those, outlets used once. Two strata, half and half:
uniform 12 (`devsets.INTERESTING`) and 12 by dev7/'s strict core filter (`CORE_NEAR_NUMBER`: a core word
within 40 characters of a number, in the article and in the paragraph the excerpt starts at). Seed
20261201, file prefix `s`. The Hill articles whose text holds its glued related-story cards (a name run
into "... MORE", 1,127 of its 1,301 articles) are skipped like seen ones: a first draw without this rule
gave one whose excerpt opens and ends inside such cards.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import CORE_NEAR_NUMBER, CORPORA, articles_of, outlet_uses, pick_excerpts  # noqa: E402

SEED = 20261201
PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 12),)
CORE_PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 12),)
HILL_CARD = re.compile(r"[a-z)] MORE\b")  # "... sacrifice himself for president MORE signed a bill"
EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12")


if __name__ == "__main__":
    folders = [HERE.parent / name for name in EARLIER]
    used = set()
    for folder in folders:
        used |= articles_of(folder)
    with gzip.open(CORPORA / PLAN[0][0], "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["outlet"] == "The Hill" and HILL_CARD.search(a.get("text") or ""):
                used.add(a["id"])
    pick_excerpts(
        HERE,
        SEED,
        PLAN,
        CORE_PLAN,
        prefix="s",
        seen_outlets=set(),
        core=CORE_NEAR_NUMBER,
        seen_articles=used,
        uses=outlet_uses(folders),
    )
