"""Picks the seventy-fifth (blind) dev-set excerpts with `devsets.pick_two_corpora`: seed 20270121, file prefix `!`.

uv run python tests/data/dev75/pick_excerpts.py   # rewrites articles/ and sources.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import pick_two_corpora  # noqa: E402

if __name__ == "__main__":
    pick_two_corpora(HERE, 20270121, "!")
