"""Picks the fifth (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev5/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import outlets_of, pick_excerpts  # noqa: E402

SEED = 20261129
PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 6), ("recovery_covid/articles.jsonl.gz", 4))
# Second stratum (see devsets.CORE): articles naming a figure the product compares.
CORE_PLAN = (("allsides_abp/articles_2017_2020.jsonl.gz", 5), ("recovery_covid/articles.jsonl.gz", 5))

if __name__ == "__main__":
    # Outlets already in an earlier set (dev/, dev2/, dev3/ or dev4/) are skipped.
    seen = (
        outlets_of(HERE.parent / "dev")
        | outlets_of(HERE.parent / "dev2")
        | outlets_of(HERE.parent / "dev3")
        | outlets_of(HERE.parent / "dev4")
    )
    pick_excerpts(HERE, SEED, PLAN, CORE_PLAN, prefix="h", seen_outlets=seen)
