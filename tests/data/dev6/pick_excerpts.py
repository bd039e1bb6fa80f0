"""Picks the sixth (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev6/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.

Unlike dev/ to dev5/, two thirds of the excerpts come from the core stratum: dev5 drew no core claim,
and the core figures (killed, wounded, deployed, cases …) are the ones the product compares.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import outlets_of, pick_excerpts  # noqa: E402

SEED = 20261124
PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 6), ("recovery_covid/articles.jsonl.gz", 2))
# Second stratum (see devsets.CORE): articles naming a figure the product compares. recovery_covid has
# only three outlets left whose articles name one (En Volve, Bipartisan Report, Collective Evolution), so
# the rest of the 16 come from allsides_abp.
CORE_PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 13), ("recovery_covid/articles.jsonl.gz", 3))

if __name__ == "__main__":
    # Outlets already in an earlier set (dev/ to dev5/) are skipped.
    seen = set()
    for name in ("dev", "dev2", "dev3", "dev4", "dev5"):
        seen |= outlets_of(HERE.parent / name)
    pick_excerpts(HERE, SEED, PLAN, CORE_PLAN, prefix="k", seen_outlets=seen)
