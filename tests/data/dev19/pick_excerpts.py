"""Picks the nineteenth (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev19/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.

As dev15/ to dev18/: three strata of 8, uniform (`devsets.INTERESTING`), dev7/'s strict core filter
(`CORE_NEAR_NUMBER`: a core word within 40 characters of a number, in the article and in the paragraph
the excerpt starts at) and quote (`devsets.QUOTE_8_WORDS`, drawn last with the same generator); two
corpora only, allsides_abp and recovery_covid (basil_triplets is scored by the speaker benchmark the
extractor is tuned on), 5 and 3 excerpts per stratum. No article of an earlier set (dev/ to dev18/
sources.tsv) is drawn again, there is one excerpt per outlet, outlets with the fewest earlier uses are
tried first, and The Hill articles holding glued related-story cards ("... MORE") are skipped.
Seed 20261126, file prefix `y`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import ALLSIDES, pick_with_quote_stratum  # noqa: E402

SEED = 20261126
ABP = ALLSIDES
COVID = "recovery_covid/articles.jsonl.gz"
PLAN = ((ABP, 5), (COVID, 3))
CORE_PLAN = ((ABP, 5), (COVID, 3))
QUOTE_PLAN = ((ABP, 5), (COVID, 3))
EARLIER = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
    "dev14", "dev15", "dev16", "dev17", "dev18",
)  # fmt: skip


if __name__ == "__main__":
    pick_with_quote_stratum(HERE, SEED, "y", EARLIER, PLAN, CORE_PLAN, QUOTE_PLAN)
