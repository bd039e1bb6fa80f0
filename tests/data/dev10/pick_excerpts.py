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
needed): devsets.pick_excerpts' `fallback` stratum (the set was first drawn by a copy of that loop in this
script; the shared one draws the same files byte for byte).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import CORE, CORE_NEAR_NUMBER, outlets_of, pick_excerpts  # noqa: E402

SEED = 20261128
# As for dev8/ and dev9/, recovery_covid has no outlet left (all 55 are in dev/ to dev7/), nor has basil_triplets
# (its three outlets are in dev/): all 24 excerpts come from allsides_abp.
PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 8),)
CORE_PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 16),)


if __name__ == "__main__":
    # Outlets already in an earlier set (dev/ to dev9/) are skipped.
    seen = set()
    for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"):
        seen |= outlets_of(HERE.parent / name)
    # What the narrow core stratum falls short of is drawn with dev6/'s looser filter (devsets.CORE).
    pick_excerpts(
        HERE, SEED, PLAN, CORE_PLAN, prefix="p", seen_outlets=seen, core=CORE_NEAR_NUMBER, fallback=CORE
    )
