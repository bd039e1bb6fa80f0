"""What the hand-annotated dev sets share: drawing excerpts, writing gold from tuples, checking spans.

    uv run python tests/data/devsets.py tests/data/dev tests/data/dev2   # check every span; exits 1 on a mismatch

Each set's folder holds its own `pick_excerpts.py` (its seed and plan) and `build_gold.py` (its
hand-written tuples); both call in here, so the sets differ only in their data.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path


def _corpora() -> Path:
    """The shared corpora: $CREDENCE_CORPORA if set, else the first `shared/corpora` found upward from
    this checkout or, in a git worktree, from its main checkout; else `../shared/corpora` beside it."""
    env = os.environ.get("CREDENCE_CORPORA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    starts = [here.parent]
    git = here.parents[2] / ".git"
    if git.is_file():  # a worktree: ".git" names <main>/.git/worktrees/<name>
        line = git.read_text(encoding="utf-8").strip()
        if line.startswith("gitdir:"):
            starts.append((git.parent / line[len("gitdir:") :].strip()).resolve().parents[2])
    for start in starts:
        for d in [start, *start.parents]:
            if (d / "shared/corpora").is_dir():
                return d / "shared/corpora"
    return here.parents[3] / "shared/corpora"


CORPORA = _corpora()
INTERESTING = re.compile(r"\d|[\"“”]")
# Second stratum: the figures the product compares (casualties, deployments, case counts) are rare in
# a uniform draw, so a few more excerpts are drawn from articles whose text names one, starting at
# such a paragraph. Drawn after the first stratum with the same generator, still one per outlet.
CORE = re.compile(
    r"\b(?:killed|dead|deaths|died|wounded|injured|troops|soldiers|casualties|cases|"
    r"infected|hospitali[sz]ed|arrested|missing|refugees|evacuated)\b"
)


_NUM = (
    r"(?:(?<![\d,.])(?!(?:19|20)\d\d(?![\d,]))\d[\d,.]*"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\b)"
)
# dev7/ onwards: a core word (devsets.CORE) with a number at most 40 characters before or after it, in one paragraph.
CORE_NEAR_NUMBER = re.compile(rf"{_NUM}[^\n]{{0,40}}?{CORE.pattern}|{CORE.pattern}[^\n]{{0,40}}?{_NUM}", re.I)
# dev14/ onwards, a third (quote) stratum: a direct quotation of at least 8 words in one paragraph, between
# curly marks or between straight ones opening after a space (or at the paragraph's start); a quotation
# still open at the paragraph's end (continued in the next) counts too.
_QWORDS = r"(?:[^“”\"\s]+[^\S\n]+){7,}[^“”\"\s]+"
QUOTE_8_WORDS = re.compile(rf"“[^\S\n]*{_QWORDS}[^\S\n]*(?:”|(?=\n|\Z))|(?<!\S)\"{_QWORDS}(?:\"|(?=\n|\Z))")


def excerpt(text: str, rng: random.Random, wanted: re.Pattern[str] = INTERESTING) -> str | None:
    """Whole paragraphs from the first one (from a random position) matching `wanted`, 150-400 words."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if not paras:
        return None
    start = rng.randrange(len(paras))
    for i in list(range(start, len(paras))) + list(range(0, start)):
        if not wanted.search(paras[i]):
            continue
        chosen: list[str] = []
        for p in paras[i:]:
            if sum(len(c.split()) for c in chosen) + len(p.split()) > 400:
                break
            chosen.append(p)
            if sum(len(c.split()) for c in chosen) >= 150:
                break
        words = sum(len(c.split()) for c in chosen)
        if 150 <= words <= 400:
            return "\n\n".join(chosen)
    return None


def pick_excerpts(
    folder: Path,
    seed: int,
    plan: Iterable[tuple[str, int]],
    core_plan: Iterable[tuple[str, int]],
    prefix: str,
    seen_outlets: set[str],
    core: re.Pattern[str] = CORE,
    fallback: re.Pattern[str] | None = None,
    seen_articles: set[str] | None = None,
    uses: Mapping[str, int] | None = None,
    quote_plan: Iterable[tuple[str, int]] = (),
    quote: re.Pattern[str] = QUOTE_8_WORDS,
) -> None:
    """Write `folder`/articles/*.txt and sources.tsv: one random excerpt per outlet not yet seen.

    `core` is the second stratum's filter (the article must match it, the excerpt starts at a paragraph
    matching it); `CORE` unless a set asks for a narrower one. With `fallback`, what the core stratum
    falls short of is drawn right after it, with the same generator, under that looser filter (dev10/,
    dev11/: the corpus has few outlets left that pass the narrow one). Articles whose id is in
    `seen_articles` are skipped (dev12/: outlets of earlier sets may recur, their articles may not). With
    `uses` (outlet -> number of earlier sets using it), each stratum tries the articles of the least used
    outlets first: the shuffled order is sorted, stably, by that count (dev13/: prefer the fewest uses).
    `quote_plan` is a third stratum drawn last, with the same generator, under `quote` (dev14/: excerpts
    starting at a paragraph that holds a direct quotation of at least 8 words); sets without it draw as
    before."""
    rng = random.Random(seed)
    out = folder / "articles"
    out.mkdir(exist_ok=True)
    rows = []
    n = 0
    plans = [(rel, want, INTERESTING) for rel, want in plan] + [(rel, want, core) for rel, want in core_plan]
    if fallback is not None:
        plans += [(rel, None, fallback) for rel, _ in core_plan]  # None: the stratum before's shortfall
    plans += [(rel, want, quote) for rel, want in quote_plan]
    short = 0
    for rel, want, wanted in plans:
        if want is None:
            want = short
        with gzip.open(CORPORA / rel, "rt", encoding="utf-8") as f:
            articles = [json.loads(line) for line in f]
        order = list(range(len(articles)))
        rng.shuffle(order)
        if uses is not None:
            order.sort(key=lambda i: uses.get(articles[i]["outlet"], 0))
        got = 0
        for idx in order:
            a = articles[idx]
            if got >= want:
                break
            text = a.get("text") or ""
            if (
                a["outlet"] in seen_outlets
                or (seen_articles is not None and a["id"] in seen_articles)
                or not text.strip()
                or (wanted is not INTERESTING and not wanted.search(text))
            ):
                continue
            body = excerpt(text, rng, wanted)
            if body is None:
                continue
            seen_outlets.add(a["outlet"])
            name = f"{prefix}{n:02d}_{re.sub(r'[^A-Za-z0-9]', '', a['id'])[-12:]}.txt"
            title = " ".join((a.get("title") or "").split())
            (out / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
            rows.append((name, rel.split("/")[0], a["id"], a["outlet"], a.get("date") or ""))
            n += 1
            got += 1
        short = want - got
    with open(folder / "sources.tsv", "w", encoding="utf-8") as f:
        f.write("file\tcorpus\tarticle_id\toutlet\tdate\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def outlets_of(folder: Path) -> set[str]:
    """The outlets a set's sources.tsv already uses."""
    with open(folder / "sources.tsv", encoding="utf-8") as f:
        return {line.split("\t")[3] for line in list(f)[1:]}


def outlet_uses(folders: Iterable[Path]) -> dict[str, int]:
    """How many of these sets' excerpts each outlet supplied (one per set, as each set has one per outlet)."""
    out: dict[str, int] = {}
    for folder in folders:
        for outlet in outlets_of(folder):
            out[outlet] = out.get(outlet, 0) + 1
    return out


def articles_of(folder: Path) -> set[str]:
    """The article ids a set's sources.tsv already uses."""
    with open(folder / "sources.tsv", encoding="utf-8") as f:
        return {line.split("\t")[2] for line in list(f)[1:]}


# The Hill's articles with related-story cards glued into names ("… sacrifice himself for president MORE
# signed a bill") open and end excerpts inside the cards: dev13/ onwards never draws them.
HILL_CARD = re.compile(r"[a-z)] MORE\b")
ALLSIDES = "allsides_abp/articles_2017_2020.jsonl.gz"


RECOVERY_COVID = "recovery_covid/articles.jsonl.gz"
# dev15/ onwards: two corpora only (basil_triplets is scored by the speaker benchmark the extractor is tuned
# on), 5 and 3 excerpts per stratum.
TWO_CORPORA = ((ALLSIDES, 5), (RECOVERY_COVID, 3))


def earlier_sets(here: Path) -> list[str]:
    """The dev sets numbered before the one in `here` ("dev19" → dev, dev2, …, dev18)."""
    number = int(here.name[3:] or 1)
    return ["dev"] + [f"dev{n}" for n in range(2, number)]


def pick_two_corpora(here: Path, seed: int, prefix: str) -> None:
    """Picks the excerpts of a blind dev set from dev16/ on: random articles, one per outlet, fixed seed.

    Each excerpt is the run of whole paragraphs that starts at the first paragraph (from a random
    position) holding a digit or a quotation mark and grows until it reaches 150 words; runs over 400
    words are cut back by paragraph. Articles with no such run are skipped, not hand-picked. Three
    strata of 8, uniform (`INTERESTING`), dev7/'s strict core filter (`CORE_NEAR_NUMBER`: a core word
    within 40 characters of a number, in the article and in the paragraph the excerpt starts at) and
    quote (`QUOTE_8_WORDS`, drawn last with the same generator), each `TWO_CORPORA`. No article of an
    earlier set is drawn again, there is one excerpt per outlet, outlets with the fewest earlier uses
    are tried first, and The Hill articles holding glued related-story cards ("... MORE") are skipped.
    """
    pick_with_quote_stratum(here, seed, prefix, earlier_sets(here), TWO_CORPORA, TWO_CORPORA, TWO_CORPORA)


def pick_with_quote_stratum(
    here: Path,
    seed: int,
    prefix: str,
    earlier: Iterable[str],
    plan: tuple[tuple[str, int], ...],
    core_plan: tuple[tuple[str, int], ...],
    quote_plan: tuple[tuple[str, int], ...],
) -> None:
    """dev14/ onwards: uniform, core (`CORE_NEAR_NUMBER`) and quote (`QUOTE_8_WORDS`) strata, no article of
    the `earlier` sets, least-used outlets first, The Hill's carded articles skipped (see each picker)."""
    folders = [here.parent / name for name in earlier]
    used: set[str] = set()
    for folder in folders:
        used |= articles_of(folder)
    with gzip.open(CORPORA / ALLSIDES, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["outlet"] == "The Hill" and HILL_CARD.search(a.get("text") or ""):
                used.add(a["id"])
    pick_excerpts(
        here,
        seed,
        plan,
        core_plan,
        prefix=prefix,
        seen_outlets=set(),
        core=CORE_NEAR_NUMBER,
        seen_articles=used,
        uses=outlet_uses(folders),
        quote_plan=quote_plan,
        quote=QUOTE_8_WORDS,
    )


def _find(text: str, s: str, nth: int) -> int:
    i = -1
    for _ in range(nth + 1):
        i = text.find(s, i + 1)
        assert i >= 0, s
    return i


def write_gold(folder: Path, claims: list[tuple], quotes: list[tuple]) -> None:
    """Write claims.jsonl and quotes.jsonl from hand-written tuples, offsets found in the texts.

    A claim: (article prefix, span, nth occurrence, measure, counted, low, high, qualifier, subject,
    attribution text, attribution kind, hedged, core); a quote: (article prefix, quote_contains,
    nth occurrence, speaker, speaker kind). The article prefix is the file name's first 3 characters.
    """
    names = {p.name[:3]: p.name for p in (folder / "articles").glob("*.txt")}

    def text(art: str) -> str:
        return (folder / "articles" / names[art]).read_text(encoding="utf-8")

    out = []
    for art, span, nth, m, cnt, lo, hi, q, subj, at, ak, h, core in claims:
        s = _find(text(art), span, nth)
        out.append(
            dict(
                article=names[art],
                span=span,
                char_start=s,
                char_end=s + len(span),
                measure=m,
                counted=cnt,
                value_low=lo,
                value_high=hi,
                qualifier=q,
                subject=subj,
                attribution_text=at,
                attribution_kind=ak,
                hedged=h,
                core=core,
            )
        )
    (folder / "claims.jsonl").write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8"
    )
    out = []
    for art, qc, nth, sp, k in quotes:
        s = _find(text(art), qc, nth)
        out.append(dict(article=names[art], quote_contains=qc, char_start=s, speaker=sp, speaker_kind=k))
    (folder / "quotes.jsonl").write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8"
    )
    print(len(claims), len(quotes))


def span_problems(folder: Path) -> list[str]:
    """Every gold line whose span (or quote start) is not the text at its offsets, or whose interval is empty."""
    out: list[str] = []
    texts: dict[str, str] = {}

    def text(name: str) -> str:
        if name not in texts:
            texts[name] = (folder / "articles" / name).read_text(encoding="utf-8")
        return texts[name]

    for n, line in enumerate((folder / "claims.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        g = json.loads(line)
        if text(g["article"])[g["char_start"] : g["char_end"]] != g["span"]:
            out.append(
                f"{folder.name}/claims.jsonl:{n}: {g['span']!r} is not at {g['char_start']}:{g['char_end']}"
            )
        low, high = g["value_low"], g["value_high"]
        if low is not None and high is not None and low > high:
            out.append(f"{folder.name}/claims.jsonl:{n}: interval {low}..{high} is empty")
    for n, line in enumerate((folder / "quotes.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        g = json.loads(line)
        start, quote = g["char_start"], g["quote_contains"]
        if text(g["article"])[start : start + len(quote)] != quote:
            out.append(f"{folder.name}/quotes.jsonl:{n}: {quote[:40]!r} is not at {start}")
    return out


if __name__ == "__main__":
    found = [p for arg in sys.argv[1:] for p in span_problems(Path(arg))]
    print("\n".join(found) or "all spans agree with their texts")
    sys.exit(1 if found else 0)
