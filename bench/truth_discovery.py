"""Accuracy of credence's truth-discovery engine on the public benchmarks, beside majority vote.

Reads /work/shared/benchmarks/truth-discovery (or the folder given as the first argument),
normalises each data set the way the papers did (this file is the only place that knows a data
set's formats), runs `credence.score.discover_truth` with the one default `TruthParams()` on
every set, and prints accuracy per data set, majority vote on the same claims, the published
figures from the benchmark READMEs, and timings. Nothing here is fitted to a gold standard.

    uv run python bench/truth_discovery.py [BENCH_DIR] [--skip-month]

Flight and Weather claims carry an `attribute` (the field a value came from: actual departure,
gate; temperature, humidity), so the engine judges each source per attribute. Population's
properties are all one kind of figure (a city's population in some year) and Book and Adult
have one attribute each, so they pass none.

Evaluation (as in Li et al. PVLDB 6(2) 2012 and Dong et al. VLDB 2009): precision = share of
gold items whose fused value equals the gold value after both went through the same
normalisation; majority vote splits ties evenly so it is deterministic.

Flight (Li et al., "Truth Finding on the Deep Web: Is the Problem Solved?"): times are compared
as the local clock in minutes, gates in one format (`clock_minutes`, `gate`); the time parsing
follows Orange-OpenSource/trustfuse (MIT) `trustfuse/conflicting_dataset/preprocessing.py`
(`extract_time`, `transform_date`, `remove_space`, applied to the same four time attributes
and the string attributes by its `data/configurations/crh/flight/preprocess_configuration.json`);
the gate formats ('Terminal A - 16', 'H11B/T3', 'C-40', 'C08', 'Not provided by airline') are
normalised here, which trustfuse does not do. The airlines' own sites (aa, ua, CO) supplied the
gold and are left out of fusion. What normalisation cannot remove is the paper's "semantics
ambiguity": about half of the sites (flightaware, flightview and its five white-label copies,
airtravelcenter and its three copies, weather.com ...) give wheels-off/wheels-on times as the
actual departure/arrival, while the gold (the airlines) gives gate times, 10-25 minutes apart.
With those copies counted, the gate time is the plurality for only ~15 % of gold actual
departures, which caps majority vote at ~.77-.85 a day here (the paper's Vote is .864 on 12/8,
.887 on average); only a method that weighs sources by accuracy and counts copies once can
recover it. The month is also fused as one data set, and each day on its own (Table 9).
Some gold values are given by no source at all (on 12/8 mostly United's own actual departure
times): the "gold value among the claims" line is the ceiling of any method.

Population: Pasternack & Roth (COLING 2010; LCA, WWW 2013) take Wikipedia editors as sources
and each editor's most recent edit per city-year as its claim; here that is already so (see
`population`). The packaging has no timestamps (`null`), but its claim ids follow the edit
history within each city: the claims of a city are contiguous, years rise along the ids (77 % of
the changes of year between consecutive claims), and the bots that re-save infoboxes
(CapitalBot, half of all claims) stand last on 99 % of their items and give the value of the
claim just before them on 98 % of those. So the claim id is passed as `observed_at` (order
only); it lets the engine see a source that repeats whatever value was there before it. Population's gold items are split once at random (`TUNING_SEED`) into a
tuning half, the only one looked at when choosing anything about the engine or this
preparation, and a held-out half printed only to report (`gold_halves`). Book: author lists are compared as sets of lower-case surnames (Dong et al.
VLDB 2009 compare author lists after normalising names; `surnames`).
"""

from __future__ import annotations

import gzip
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

from credence.score import TruthParams, discover_truth

DEFAULT_DIR = Path("/work/shared/benchmarks/truth-discovery")
FLIGHT_ATTRIBUTES = ("sched_dep", "actual_dep", "dep_gate", "sched_arr", "actual_arr", "arr_gate")
FLIGHT_TIMES = {"sched_dep", "actual_dep", "sched_arr", "actual_arr"}
GOLD_PROVIDERS = ("aa", "ua", "CO")  # the airlines' own sites supplied the gold: not sources
SNAPSHOT = "2011-12-08"
# Population's gold items are split once, at random with this seed, into a tuning half (every
# choice about the engine or the preparation is made looking only at it) and a held-out half
# (printed only to report). Fixed before any change aimed at Population.
TUNING_SEED = 20240601


# ---------------------------------------------------------------- normalisation (per data set)


def clock_minutes(raw: pl.Expr) -> pl.Expr:
    """Minutes after midnight of the first clock time in a string ('2:07PM EST', '12/1/11 2:06 PM
    (-05:00)', '4:24pDec 15', '10:25 a.m.', '2011-12-08 Thu  20:00'), as a string.

    As in trustfuse's `extract_time`/`transform_date` (the same files): every source writes the
    airport's local clock (the zone labels and offsets only name that zone; no source is off by
    whole hours), and the item already names the flight's day, so the date, the zone and a
    day rollover past midnight are dropped: two claims about one flight-day that show the same
    local clock mean the same instant. Strings without a clock time ('Contact Airline', 'Not
    Available', blank, '--') are no value.
    """
    parts = raw.str.extract_groups(r"(\d{1,2}):(\d{2})\s*([AaPp])?")
    hour = parts.struct.field("1").cast(pl.Int32)
    minute = parts.struct.field("2").cast(pl.Int32)
    half = parts.struct.field("3").str.to_lowercase()
    hour = pl.when(half.is_null()).then(hour).when(half == "p").then(hour % 12 + 12).otherwise(hour % 12)
    return (hour * 60 + minute).cast(pl.String)


NO_GATE = ["", "-", "--", "NOT PROVIDED BY AIRLINE", "NOT AVAILABLE", "TBA", "TBD", "HOLD", "CHK", "N/A"]


def gate(raw: pl.Expr) -> pl.Expr:
    """A gate in one format: 'Terminal A - 16', 'Term C - C9', 'Main Term - A26X' -> the part after
    ' - '; 'H11B/T3', 'C27/C' -> the part before '/'; 'C-40' -> 'C40'; '15?' -> '15'; 'C08' ->
    'C8'; upper case, no blanks. A terminal without a gate ('Terminal 3', 'Main Term') and
    placeholders ('Not provided by airline', 'TBA', '--', '-') are no value.
    """
    g = raw.str.strip_chars().str.to_uppercase()
    g = pl.when(g.is_in(NO_GATE)).then(None).otherwise(g)
    g = (
        pl.when(g.str.contains(" - "))
        .then(g.str.extract(r" - ([^-]*)$"))
        .when(g.str.contains(r"^(MAIN |NORTH |SOUTH )?TERM(INAL)?\b"))
        .then(None)
        .otherwise(g)
    )
    g = g.str.replace(r"/.*$", "").str.replace_all(r"[\s\-?]", "").str.replace(r"^([A-Z]*)0+(\d)", "$1$2")
    return pl.when(g.is_in(NO_GATE)).then(None).otherwise(g)


def flight_values(rows: pl.DataFrame, day: str) -> pl.DataFrame:
    """Long (source, item, value, attribute) claims of one day's wide rows; item =
    flight|day|attribute. The attribute (the column the value came from) lets the engine judge
    a source per attribute: a site can be right on scheduled times and gates and yet give
    wheels-off times as the actual departure."""
    frames = []
    for attribute in FLIGHT_ATTRIBUTES:
        value = clock_minutes(pl.col(attribute)) if attribute in FLIGHT_TIMES else gate(pl.col(attribute))
        frames.append(
            rows.select(
                pl.col("source"),
                pl.concat_str(pl.col("flight"), pl.lit(f"|{day}|{attribute}")).alias("item"),
                value.alias("value"),
                pl.lit(attribute).alias("attribute"),
            ).drop_nulls()
        )
    return pl.concat(frames).unique()


def flight_day(
    folder: Path, day: str, keep_gold_providers: bool = False
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(claims, gold) of one day of the Flight set; the gold providers' own claims are left out
    unless `keep_gold_providers` (used only to time the engine on every claim).

    The truth files change format between days ('12/01/2011 08:00 PM', 'December 8, 2011 08:00
    PM', 'Thu, Dec 8 8:55 AM', 'Thu., Dec.08, 2011 10:25 a.m.'); they go through the same
    normalisation as the claims. A flight listed twice in one truth file with different values
    for an attribute (UA-248-PHX-ORD on 12/8) has no single gold value there: that item is left
    out of the evaluation rather than picking one of the two.
    """
    options = dict(
        separator="\t",
        has_header=False,
        infer_schema=False,
        quote_char=None,
        truncate_ragged_lines=True,
        encoding="utf8-lossy",
    )
    rows = pl.read_csv(
        folder / "clean_flight" / f"{day}-data.txt.gz",
        new_columns=["source", "flight", *FLIGHT_ATTRIBUTES],
        **options,
    )
    truth = pl.read_csv(
        folder / "flight_truth" / f"{day}-truth.txt", new_columns=["flight", *FLIGHT_ATTRIBUTES], **options
    )
    if not keep_gold_providers:
        rows = rows.filter(~pl.col("source").is_in(GOLD_PROVIDERS))
    claims = flight_values(rows, day)
    gold = (
        flight_values(truth.with_columns(source=pl.lit("gold")), day)
        .filter(pl.col("value").n_unique().over("item") == 1)
        .select("item", gold="value")
        .unique("item")
    )
    return claims, gold


def flight_days(folder: Path) -> list[str]:
    return sorted(p.name[:10] for p in (folder / "clean_flight").glob("*-data.txt.gz"))


def population(folder: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims (editor, city|PopulationYEAR, int) and gold; an item is (city, year).

    Pasternack & Roth keep each editor's most recent edit per city and year; this packaging
    (DAFNA-EA's "neglect redundency" file) already holds exactly one claim per (editor, item),
    so there is nothing left to drop. 'Population/2006' is read as 'Population2006' (the
    malformed property names come from the infobox source); numbers lose their thousands
    separators. Closeness between figures is the engine's numeric similarity, not a rounding
    here.
    """
    fields = []
    with gzip.open(folder / "population_claims.txt.gz", "rt", encoding="utf-8", errors="replace") as lines:
        for line in lines:
            parts = [p.strip() for p in line.rstrip("\n").split("|\t")]
            if len(parts) >= 6:
                fields.append((parts[5], f"{parts[2]}|{parts[3].replace('/', '')}", parts[4], int(parts[0])))
    claims = pl.DataFrame(fields, schema=["source", "item", "raw", "observed_at"], orient="row").with_columns(
        value=pl.col("raw").str.replace_all(r"[,\s]", "").cast(pl.Int64, strict=False)
    )
    gold_rows = []
    for line in (folder / "popAnswersOut.txt").read_text(encoding="utf-8").splitlines():
        parts = line.strip().rsplit(", ", 2)
        if len(parts) == 3 and parts[2].strip().isdigit():
            gold_rows.append((f"{parts[0]}|Population{parts[1].strip()}", int(parts[2])))
    gold = pl.DataFrame(gold_rows, schema=["item", "gold"], orient="row").unique("item", keep="first")
    return claims.drop_nulls("value").select("source", "item", "value", "observed_at"), gold


_NOT_NAMES = re.compile(r"\((?:[^)]*)\)|\bnot available\b|\bet al\b\.?")
_SUFFIXES = {
    "jr",
    "sr",
    "ii",
    "iii",
    "iv",
    "phd",
    "md",
    "dr",
    "prof",
    "editor",
    "ed",
    "eds",
    "author",
    "authors",
}


def surnames(raw: str) -> list[str]:
    """The set of surnames in a free-text author list ('Knuth, Donald E.', 'Deitel, H. M./ Deitel,
    P. J.', 'Donald E. Knuth and Jane Doe'), lower case, sorted.

    Separators between people: ';', '/', '&', ' and ', and commas between full names. A
    'Last, First' pair is recognised by a comma followed by given names only (initials or a
    single word)."""
    text = _NOT_NAMES.sub(" ", raw.lower())
    found: set[str] = set()
    for person_group in re.split(r"[;/&]|\band\b|\bwith\b", text):
        chunks = [c.strip(" .") for c in person_group.split(",") if c.strip(" .")]
        chunks = [c for c in chunks if c not in _SUFFIXES]
        index = 0
        while index < len(chunks):
            words = re.findall(r"[a-z][a-z'\-]*", chunks[index])
            words = [w for w in words if w not in _SUFFIXES]
            if not words:
                index += 1
                continue
            following = re.findall(r"[a-z][a-z'\-]*", chunks[index + 1]) if index + 1 < len(chunks) else []
            if len(words) == 1 and following:
                found.add(words[0])  # 'Last, First M.'
                index += 2
                continue
            found.add(words[-1])  # 'First M. Last'
            index += 1
    return sorted(w for w in found if len(w) > 1)


def book(folder: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims (store, isbn, list of surnames) and gold surname sets."""
    rows = pl.read_csv(
        folder / "book.txt.gz",
        separator="\t",
        has_header=False,
        new_columns=["source", "item", "title", "authors"],
        infer_schema=False,
        quote_char=None,
        truncate_ragged_lines=True,
        encoding="utf8-lossy",
    )
    claims = (
        rows.drop_nulls("authors")
        .with_columns(value=pl.col("authors").map_elements(surnames, return_dtype=pl.List(pl.String)))
        .filter(pl.col("value").list.len() > 0)
        .select("source", "item", "value")
    )
    gold_rows = []
    for line in (folder / "book_golden.txt").read_text(encoding="latin-1").splitlines():
        if "\t" in line:
            isbn, authors = line.split("\t", 1)
            # Lower case like the claims' surnames (one gold record is written in capitals).
            names = sorted({a.split(",")[0].strip().lower() for a in authors.split(";") if a.strip()})
            gold_rows.append((isbn.strip(), names))
    gold = pl.DataFrame(gold_rows, schema={"item": pl.String, "gold": pl.List(pl.String)}, orient="row")
    return claims, gold


def weather(folder: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Claims (site, city-hour|property, float, crawl time, property) and AccuWeather's readings
    as 'gold'. The property (temperature, humidity, ...) is passed as the attribute: a site's
    humidity can be stale while its temperature is not."""

    def read(path: Path) -> list[tuple[str, str, str, str, str]]:
        out = []
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as lines:
            for line in lines:
                parts = [p.strip() for p in line.rstrip("\n").split("|\t")]
                if len(parts) >= 7:
                    out.append((parts[5], f"{parts[2]}|{parts[3]}", parts[4], parts[6], parts[3]))
        return out

    def frame(rows: list) -> pl.DataFrame:
        return (
            pl.DataFrame(rows, schema=["source", "item", "raw", "at", "attribute"], orient="row")
            .with_columns(
                value=pl.col("raw").str.extract(r"(-?\d+(?:\.\d+)?)").cast(pl.Float64),
                observed_at=pl.col("at")
                .str.to_titlecase()
                .str.strptime(pl.Datetime, "%a %b %d %H:%M:%S %Y", strict=False),
            )
            .drop_nulls("value")
        )

    claims = frame([row for path in sorted((folder / "claims").glob("*.txt.gz")) for row in read(path)])
    truth = frame(read(folder / "truth" / "weather-accuweather.txt.gz"))
    gold = truth.sort("observed_at").group_by("item").last().select("item", gold="value")
    return claims.select("source", "item", "value", "observed_at", "attribute"), gold


def adult(folder: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Worker judgements (worker, url, G/P/R/X) and expert labels."""
    claims = pl.read_csv(
        folder / "labels.txt.gz",
        separator="\t",
        has_header=False,
        new_columns=["source", "item", "value"],
        infer_schema=False,
        quote_char=None,
    )
    gold = pl.read_csv(
        folder / "gold.txt",
        separator="\t",
        has_header=False,
        new_columns=["item", "gold"],
        infer_schema=False,
        quote_char=None,
    )
    return claims, gold


# ---------------------------------------------------------------- evaluation


def majority_vote(claims: pl.DataFrame) -> pl.DataFrame:
    """Per item, every value with the most sources (a source counted once per item), as
    (item, value, share): ties share the credit evenly, so the baseline is deterministic."""
    key = (
        pl.col("value").cast(pl.List(pl.String)).list.join("\x1f")
        if isinstance(claims.schema["value"], pl.List)
        else pl.col("value")
    )
    distinct = claims.with_columns(key=key).unique(["source", "item", "key"])
    counts = (
        distinct.with_columns(w=1.0 / pl.len().over("source", "item"))
        .group_by("item", "key")
        .agg(pl.col("w").sum().round(9), pl.col("value").first())
    )
    top = counts.filter(pl.col("w") == pl.col("w").max().over("item"))
    return top.with_columns(share=1.0 / pl.len().over("item")).select("item", "value", "share")


def accuracy(predicted: pl.DataFrame, gold: pl.DataFrame, share: str | None = None) -> tuple[float, int]:
    """Share of gold items whose predicted value equals the gold value (with `share` credit)."""
    joined = gold.join(predicted, on="item", how="inner")
    hit = (pl.col("value") == pl.col("gold")).cast(pl.Float64)
    credit = joined.select((hit * (pl.col(share) if share else 1.0)).sum()).item()
    return credit / max(joined["item"].n_unique(), 1), joined["item"].n_unique()


def reachable_share(claims: pl.DataFrame, gold: pl.DataFrame) -> float:
    """Share of the evaluated gold items whose gold value some source gives: the ceiling of any
    method that outputs one of the claimed values."""
    evaluated = gold.join(claims.select("item").unique(), on="item")
    hits = claims.join(evaluated, on="item").filter(pl.col("value") == pl.col("gold"))["item"].n_unique()
    return hits / max(evaluated.height, 1)


def gold_halves(
    claims: pl.DataFrame, gold: pl.DataFrame, seed: int = TUNING_SEED
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(tuning half, held-out half) of the gold items that some claim is about: the sorted items
    shuffled with a fixed seed, the first half (rounded down) for tuning."""
    items = sorted(gold.join(claims.select("item").unique(), on="item")["item"].unique().to_list())
    tuning = set(random.Random(seed).sample(items, len(items) // 2))
    in_tuning = pl.col("item").is_in(list(tuning))
    return gold.filter(in_tuning), gold.filter(~in_tuning & pl.col("item").is_in(items))


def row(name: str, engine: float, vote: float, n: int, seconds: float, published: str) -> str:
    return f"{name:<28} {engine:>7.3f} {vote:>7.3f} {n:>6d} {seconds:>7.1f}s  {published}"


def run_set(name: str, load: Callable[[], tuple[pl.DataFrame, pl.DataFrame]], published: str) -> list[str]:
    started = time.perf_counter()
    claims, gold = load()
    loaded = time.perf_counter()
    result = discover_truth(claims, TruthParams())
    seconds = time.perf_counter() - loaded
    found, n = accuracy(result.truths, gold)
    voted, _ = accuracy(majority_vote(claims), gold, share="share")
    lines = [row(name, found, voted, n, seconds, published)]
    reachable = reachable_share(claims, gold)
    lines.append(
        f"{'':<28} {claims.height:,} claims, {claims['source'].n_unique():,} sources, load {loaded - started:.1f}s, "
        f"{result.iterations} iterations; gold value among the claims for {reachable:.3f} of the items"
    )
    if name.startswith("Population"):
        tuning, held_out = gold_halves(claims, gold)
        lines.append(
            f"{'':<28} tuning half (seed {TUNING_SEED}, {tuning.height} items): engine {accuracy(result.truths, tuning)[0]:.3f}, "
            f"vote {accuracy(majority_vote(claims), tuning, share='share')[0]:.3f}; held-out half ({held_out.height}): "
            f"engine {accuracy(result.truths, held_out)[0]:.3f}, vote {accuracy(majority_vote(claims), held_out, share='share')[0]:.3f}"
        )
    if name.startswith("Weather"):
        err = gold.join(result.truths, on="item").select((pl.col("value") - pl.col("gold")).abs())
        within = err.select((pl.col("value") <= 1.0).mean()).item()
        lines.append(
            f"{'':<28} mean |engine - AccuWeather| {err['value'].mean():.2f}; within 1 unit {within:.3f}"
        )
    if name.startswith("Flight"):
        per = (
            gold.join(result.truths, on="item")
            .with_columns(attribute=pl.col("item").str.split("|").list.last())
            .group_by("attribute")
            .agg(((pl.col("value") == pl.col("gold")).mean()).alias("acc"), pl.len())
            .sort("attribute")
        )
        lines.append(
            f"{'':<28} per attribute: " + ", ".join(f"{a} {x:.2f} (n={k})" for a, x, k in per.iter_rows())
        )
    return lines


def main(argv: list[str]) -> None:
    folder = Path(next((a for a in argv if not a.startswith("--")), DEFAULT_DIR))
    print(f"{'data set':<28} {'engine':>7} {'vote':>7} {'gold':>6} {'engine':>8}  published (README)")
    sets = [
        (
            "Flight 2011-12-08",
            lambda: flight_day(folder / "flight", SNAPSHOT),
            "Li et al. T7: Vote .864, PopAccu .925, AccuCopy .943",
        ),
        (
            "Book (100 gold)",
            lambda: book(folder / "book"),
            "Dong et al.: vote .71, Accu .87, AccuSim .89, TruthFinder .83",
        ),
        (
            "Population (301 gold)",
            lambda: population(folder / "population"),
            "LCA paper: Voting .799, TruthFinder .850 (other packaging)",
        ),
        ("Weather (vs AccuWeather)", lambda: weather(folder / "weather"), "none published"),
        ("Adult (333 gold)", lambda: adult(folder / "adult"), "none published"),
    ]
    for name, load, published in sets:
        for line in run_set(name, load, published):
            print(line, flush=True)
    if "--skip-month" not in argv:
        for line in flight_month(folder / "flight"):
            print(line, flush=True)


def raw_flight_values(folder: Path, days: list[str]) -> pl.DataFrame:
    """Every non-empty attribute value of the month as written (2,871,621 strings), for timing."""
    frames = []
    for day in days:
        rows = pl.read_csv(
            folder / "clean_flight" / f"{day}-data.txt.gz",
            new_columns=["source", "flight", *FLIGHT_ATTRIBUTES],
            separator="\t",
            has_header=False,
            infer_schema=False,
            quote_char=None,
            truncate_ragged_lines=True,
            encoding="utf8-lossy",
        )
        for attribute in FLIGHT_ATTRIBUTES:
            frames.append(
                rows.select(
                    "source",
                    item=pl.concat_str("flight", pl.lit(f"|{day}|{attribute}")),
                    value=pl.col(attribute),
                    attribute=pl.lit(attribute),
                ).filter(pl.col("value").is_not_null() & (pl.col("value") != ""))
            )
    return pl.concat(frames)


def flight_month(folder: Path) -> list[str]:
    """The whole month of Flight: the engine timed on every claim at once (gold providers
    included); accuracy when the month is fused as one data set (sources' accuracy and copying
    judged over all 31 days), and when each day is fused on its own as in Li et al.'s Table 9
    (average and minimum over the days), each beside majority vote on the same claims."""
    days = flight_days(folder)
    started = time.perf_counter()
    loaded = [flight_day(folder, day, keep_gold_providers=True) for day in days]
    everything = pl.concat([claims for claims, _ in loaded])
    gold = pl.concat([day_gold for _, day_gold in loaded])
    ready = time.perf_counter()
    discover_truth(everything, TruthParams())
    lines = [
        f"{'Flight month, every claim':<28} {everything.height:,} claims, {everything['item'].n_unique():,} items: "
        f"engine {time.perf_counter() - ready:.1f}s (load {ready - started:.1f}s)"
    ]
    raw = raw_flight_values(folder, days)
    run = time.perf_counter()
    discover_truth(raw, TruthParams())
    lines.append(
        f"{'':<28} and on the {raw.height:,} raw attribute values as written (no normalisation): "
        f"engine {time.perf_counter() - run:.1f}s"
    )
    claims = everything.filter(~pl.col("source").is_in(GOLD_PROVIDERS))
    run = time.perf_counter()
    result = discover_truth(claims, TruthParams())
    seconds = time.perf_counter() - run
    found, n = accuracy(result.truths, gold)
    voted, _ = accuracy(majority_vote(claims), gold, share="share")
    lines.append(row("Flight month fused at once", found, voted, n, seconds, "(no published counterpart)"))
    snapshot = gold.filter(pl.col("item").str.contains(f"|{SNAPSHOT}|", literal=True))
    lines.append(
        f"{'':<28} {claims.height:,} claims without aa/ua/CO, {result.iterations} iterations; "
        f"on {SNAPSHOT}: {accuracy(result.truths, snapshot)[0]:.3f}"
    )
    per_day = []
    for day_claims, day_gold in loaded:
        day_claims = day_claims.filter(~pl.col("source").is_in(GOLD_PROVIDERS))
        per_day.append(
            (
                accuracy(discover_truth(day_claims, TruthParams()).truths, day_gold)[0],
                accuracy(majority_vote(day_claims), day_gold, share="share")[0],
            )
        )
    engine_days, vote_days = [x for x, _ in per_day], [v for _, v in per_day]
    lines.append(
        f"{'Flight each day on its own':<28} engine avg {sum(engine_days) / len(days):.3f} min {min(engine_days):.3f}, "
        f"vote avg {sum(vote_days) / len(days):.3f} min {min(vote_days):.3f}  Li et al. T9 avg: Vote .887, PopAccu .972, AccuCopy .987"
    )
    lines.append(f"{'':<28} per day: " + " ".join(f"{x:.2f}" for x in engine_days))
    return lines


if __name__ == "__main__":
    main(sys.argv[1:])
