"""Picks the twelfth (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev12/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.

New in dev12/: allsides_abp's strict core stratum is exhausted (dev10/, dev11/), so the set goes back to
recovery_covid, whose 55 outlets all appear in dev/ to dev7/. Outlets of earlier sets may therefore
recur, but no article of any earlier set (dev/ to dev11/ sources.tsv) is drawn again, and within this
set there is still one excerpt per outlet. Two strata, half and half: uniform 12 (`devsets.INTERESTING`)
and 12 by dev7/'s strict core filter (`CORE_NEAR_NUMBER`: a core word within 40 characters of a number,
in the article and in the paragraph the excerpt starts at). Seed 20261130, file prefix `r`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import CORE_NEAR_NUMBER, articles_of, pick_excerpts  # noqa: E402

SEED = 20261130
PLAN = (("recovery_covid/articles.jsonl.gz", 12),)
CORE_PLAN = (("recovery_covid/articles.jsonl.gz", 12),)
EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11")


if __name__ == "__main__":
    # No article of an earlier set is drawn again; their outlets may recur (one per outlet in this set).
    used = set()
    for name in EARLIER:
        used |= articles_of(HERE.parent / name)
    pick_excerpts(
        HERE, SEED, PLAN, CORE_PLAN, prefix="r", seen_outlets=set(), core=CORE_NEAR_NUMBER, seen_articles=used
    )
