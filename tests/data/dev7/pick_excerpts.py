"""Picks the seventh (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev7/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.

As in dev6/, two thirds of the excerpts come from the core stratum. Unlike dev6/, whose core stratum
mostly started at a core word used loosely ("in some cases", "walking dead"), the core word must stand
within 40 characters of a number (digits other than a bare year 19xx/20xx, or a number word from two
to twelve, dozen(s), hundred(s), thousand(s), million(s)), in the article and in the paragraph the
excerpt starts at.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import CORE_NEAR_NUMBER, outlets_of, pick_excerpts  # noqa: E402

SEED = 20261125
# basil_triplets has three outlets (New York Times, Fox News, HuffPost), all in earlier sets, so none is
# drawn. recovery_covid has two outlets left after dev6/ (Waking Times, RealFarmacy), neither with an
# article whose core word stands next to a number: both go to the uniform stratum.
PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 6), ("recovery_covid/articles.jsonl.gz", 2))
CORE_PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 16),)


if __name__ == "__main__":
    # Outlets already in an earlier set (dev/ to dev6/) are skipped.
    seen = set()
    for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6"):
        seen |= outlets_of(HERE.parent / name)
    pick_excerpts(HERE, SEED, PLAN, CORE_PLAN, prefix="m", seen_outlets=seen, core=CORE_NEAR_NUMBER)
