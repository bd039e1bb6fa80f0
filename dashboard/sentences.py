"""Evidence sentences as Markdown with the number and the attribution highlighted, the article text escaped (pure).

Article text is data, never markup: every character Markdown (or Streamlit's extensions:
colour directives, LaTeX, emoji and icon shortcodes) could read as syntax is backslash-escaped,
so a sentence containing `**`, `<script>` or `:red[...]` shows those characters literally. One
thing escaping cannot stop: GFM turns a bare http(s)/www address or e-mail in the text into a
link, matched after parsing; the link shows exactly the text's characters and opens in a new tab.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

NUMBER, ATTRIBUTION = "number", "attribution"
# The number is what the claim is about, so where the two spans overlap it keeps its own style.
_PRIORITY = {NUMBER: 0, ATTRIBUTION: 1}
_STYLE = {NUMBER: (":orange-background[**", "**]"), ATTRIBUTION: (":blue-background[", "]")}
# CommonMark lets a backslash escape any ASCII punctuation; escaping all of it also disarms
# Streamlit's `:color[...]` directives, `$...$` LaTeX and `:shortcode:` emoji.
_PUNCTUATION = re.compile(r"([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def escape_markdown(text: str) -> str:
    """`text` as Markdown that renders as exactly these characters, on one line."""
    return _PUNCTUATION.sub(r"\\\1", _BREAKS.sub(" ", text))


def _clip(span: tuple[int | None, int | None] | None, length: int) -> tuple[int, int] | None:
    if span is None or span[0] is None or span[1] is None:
        return None
    start, end = max(0, int(span[0])), min(length, int(span[1]))
    return (start, end) if start < end else None


def sentence_segments(
    sentence: str,
    number: tuple[int | None, int | None] | None,
    attribution: tuple[int | None, int | None] | None = None,
) -> list[tuple[str, str | None]]:
    """The sentence cut into consecutive (text, label) pieces: label is "number", "attribution" or None.

    Spans are character offsets into `sentence` (end exclusive); parts outside it are ignored,
    so an attribution in a neighbouring sentence highlights nothing. Joined, the pieces give
    back the sentence unchanged.
    """
    spans = {
        label: _clip(span, len(sentence)) for label, span in ((NUMBER, number), (ATTRIBUTION, attribution))
    }
    cuts = sorted({0, len(sentence), *(i for span in spans.values() if span for i in span)})
    pieces: list[tuple[str, str | None]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        labels = [label for label, span in spans.items() if span and span[0] <= start and end <= span[1]]
        label = min(labels, key=_PRIORITY.__getitem__) if labels else None
        if pieces and pieces[-1][1] == label:
            pieces[-1] = (pieces[-1][0] + sentence[start:end], label)
        else:
            pieces.append((sentence[start:end], label))
    return pieces


def highlighted_markdown(
    sentence: str,
    number: tuple[int | None, int | None] | None,
    attribution: tuple[int | None, int | None] | None = None,
) -> str:
    """Markdown of the sentence with the number in bold on orange and the attribution on blue."""
    parts = []
    for text, label in sentence_segments(sentence, number, attribution):
        if label is None:
            parts.append(escape_markdown(text))
            continue
        # Markdown emphasis cannot start or end with a space, so the spaces stay outside the markup.
        core = text.strip()
        if not core:
            parts.append(escape_markdown(text))
            continue
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        opening, closing = _STYLE[label]
        parts.append(
            escape_markdown(lead) + opening + escape_markdown(core) + closing + escape_markdown(trail)
        )
    return "".join(parts).strip()


def plain_sentence(sentence: str) -> str:
    """The sentence on one line, as text (for tables and tooltips)."""
    return _BREAKS.sub(" ", sentence).strip()


def describe_interval(
    low: float | None, high: float | None, qualifier: str | None = None, unit: str | None = None
) -> str:
    """A claim or consensus interval in words: "600", "1,000 – 1,500", "≥ 2,000", with its unit."""

    def number(value: float) -> str:
        return f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.3g}"

    if low is None and high is None:
        text = "–"
    elif high is None:
        text = f"≥ {number(low)}"
    elif low is None:
        text = f"≤ {number(high)}"
    elif low == high:
        text = ("≈ " if qualifier == "approx" else "") + number(low)
    else:
        text = f"{number(low)} – {number(high)}"
    return f"{text} {unit}" if unit and text != "–" else text


def join_nonempty(parts: Sequence[str | None], sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)
