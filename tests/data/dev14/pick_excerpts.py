"""Picks the fourteenth (blind) dev-set excerpts: random articles from the shared corpora, one per outlet, fixed seed.

    uv run python tests/data/dev14/pick_excerpts.py   # rewrites articles/ and sources.tsv

Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
words are cut back by paragraph. Articles with no such run are skipped, not hand-picked.

New in dev14/: a third stratum for speaker attribution, the extractor's weakest figure: excerpts that
start at a paragraph holding a direct quotation of at least 8 words (`devsets.QUOTE_8_WORDS`, drawn
after the other two with the same generator). Three strata of 8: uniform (`devsets.INTERESTING`), dev7/'s
strict core filter (`CORE_NEAR_NUMBER`: a core word within 40 characters of a number, in the article
and in the paragraph the excerpt starts at) and quote. The three corpora are mixed again (allsides_abp,
recovery_covid, basil_triplets). As in dev13/, no article of an earlier set (dev/ to dev13/
sources.tsv) is drawn again, there is one excerpt per outlet, outlets with the fewest earlier uses are
tried first, and The Hill articles holding glued related-story cards ("... MORE") are skipped. Seed
20261202, file prefix `t`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import ALLSIDES, pick_with_quote_stratum  # noqa: E402

SEED = 20261202
ABP = ALLSIDES
COVID = "recovery_covid/articles.jsonl.gz"
BASIL = "basil_triplets/articles.jsonl.gz"
PLAN = ((ABP, 4), (COVID, 2), (BASIL, 2))
CORE_PLAN = ((ABP, 4), (COVID, 3), (BASIL, 1))
QUOTE_PLAN = ((ABP, 5), (COVID, 3))
EARLIER = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13"
)  # fmt: skip


if __name__ == "__main__":
    pick_with_quote_stratum(HERE, SEED, "t", EARLIER, PLAN, CORE_PLAN, QUOTE_PLAN)
