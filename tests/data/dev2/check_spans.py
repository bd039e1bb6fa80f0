"""Checks the second dev gold against its texts: every claim span and quote start is the text at its offsets.

    uv run python tests/data/dev2/check_spans.py    # exits 1 and lists the lines that disagree
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def problems(root: Path = HERE) -> list[str]:
    out: list[str] = []
    texts: dict[str, str] = {}

    def text(name: str) -> str:
        if name not in texts:
            texts[name] = (root / "articles" / name).read_text(encoding="utf-8")
        return texts[name]

    for n, line in enumerate((root / "claims.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        g = json.loads(line)
        if text(g["article"])[g["char_start"] : g["char_end"]] != g["span"]:
            out.append(f"claims.jsonl:{n}: {g['span']!r} is not at {g['char_start']}:{g['char_end']}")
        low, high = g["value_low"], g["value_high"]
        if low is not None and high is not None and low > high:
            out.append(f"claims.jsonl:{n}: interval {low}..{high} is empty")
    for n, line in enumerate((root / "quotes.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        g = json.loads(line)
        start, quote = g["char_start"], g["quote_contains"]
        if text(g["article"])[start : start + len(quote)] != quote:
            out.append(f"quotes.jsonl:{n}: {quote[:40]!r} is not at {start}")
    return out


if __name__ == "__main__":
    found = problems()
    print("\n".join(found) or "all spans agree with their texts")
    sys.exit(1 if found else 0)
