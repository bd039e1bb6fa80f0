"""Consistency: how well a source's figures agree with what independent others say (pure).

Facts. A fact is one figure: what is counted (measure and counted noun), about whom (subject),
in what unit, at one time. Claims with the same subject and measure (case-folded), unit and
counted key (`counted_key`: "600 soldiers killed" and "more than 1,000 troops killed" count the
same thing, "600 lives lost" is the whole toll, "12 children killed" is another figure),
published inside the same time window, are claims about one fact. Only figures that readers
compare across sources vote (`core_only`, the default: the claims the extractor marks core, the
counts of a class of the lexicon such as killed, wounded, deployed, cases): a claim whose
measure is a fallback (a bare "share" of a percentage, an amount of "money", the counted noun
itself: "people", "states") does not say which figure it is, and the same subject, measure and
window then lumps poll answers with sales growth and unemployment filings with stadium crowds,
which always "conflict". Windows are anchored on the claims, not on the calendar: per key the
claims are sorted by publication day, a window opens on the first claim's day and takes every
claim published within `window_days` days of it (days opening .. opening + window_days - 1;
`rate_window_days` for a daily figure, unit "per day"), and the first claim after that opens
the next window. So two claims a day apart are never split
by a calendar boundary, and a window never stretches by chaining (a claim joins only if it is
close to the window's opening, not merely to the previous claim). Undated claims of a key form
one window of their own. A fact's `fact_id` is a hash of subject, measure, unit, the window's
opening day and the counted key (left out when it is the whole, ""), so the same claims give
the same ids on every run. A January toll and a June toll of a growing war fall in different
windows and are never compared. Claims without subject, without any number, or (with
`core_only`) not core, belong to no fact.

Votes. Each claim stands for its plausible interval (`intervals`). Inside a fact every voter
(an outlet, or an originator in the second layer) has one vote, split among its claims; a copy
group (near-identical articles, syndicated or re-published) counts once, split among the voters
that carry it; and sources that share rare exact figures across facts and (at the default
copy rate of 1 - 1e-6) almost never differ on a shared fact (ACCU, `copying`) are discounted like
copies. A vote weighs the lower end of the voter's consistency interval (CATD),
so a voter with little track record weighs little.

Consensus. The support of a point x is the sum over claims of weight * agreement(claim, x); the
consensus is the interval of points of maximal support (the region most weight agrees with:
"more than 1,000", "about 1,100" and "1,000" give 1,000..1,150) and its confidence is the share
of the fact's weight that supports it.

Time. A cumulative count (`cumulative_measures`: killed, wounded, cases, tested, ...) only grows,
so its reports are read in publication order: a toll of 80,000 on Monday and of 86,000 on
Friday do not contradict each other, while a report lower than an earlier report is the one that
does not fit. Such a fact has a consensus per publication day of its claims. It follows the
best non-decreasing path through the days: the support of a path is the summed support of every
claim at the path's value on the claim's day, and the consensus of day d is the interval of the
points x such that a path through x on day d has (within `consensus_slack`) maximal support. So
"1,000" on the 10th, "1,200" on the 11th and "1,500" on the 12th all fit one path; "5,000" on the
11th fits only a path the 12th's report contradicts, and "300" on the 13th only a path the 11th
and 12th's reports contradict, so each of them disagrees with the consensus of its day while
the other three agree. (Reading each other claim alone as an open bound, "at least" its low end
if earlier and "at most" its high end if later, would not do: every later report would bound
an earlier day from above, and the lowest of them, however wrong, would set the consensus.)
Claims of one day are compared as they are; a count that can also fall (troops deployed, people
displaced) is compared as one value across its window. Two claims of such a fact disagree in
`conflicts` only when the later is below the earlier (or, on one day, when they differ). A
fact's consensus in the `facts` table is that of the latest day some claim of that day agrees
with (the latest day when none does); each claim is weighed against the consensus of its own
day.

Leave one out. A voter is judged against the consensus of the *others*: its own claims, the
claims of its copy groups and (weighted by P(dependent)) those of sources it shares rare values
with are removed first (on every day of a fact ordered in time). A voter alone on a fact is
'uncompared' there and gains nothing. Per
(voter, fact) the agreement is the mean agreement of its claims with that leave-one-out
consensus, weighed by the leave-one-out consensus's confidence; consistency is the posterior
mean of Beta(prior + sum of weighed agreement, prior + sum of weighed disagreement), and its
interval the central `interval_mass` of that Beta. Voter weights and consensus are iterated
(CRH/CATD style) until the weights settle.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from dataclasses import dataclass
from datetime import date

import numpy as np
import polars as pl
import scipy.sparse as sp
from scipy.stats import beta as beta_dist

from credence.score.copying import dependence, independence_factors
from credence.score.hashing import sha1_hex
from credence.score.intervals import interval_agreement, with_plausible_bounds
from credence.score.params import ScoringParams

_TIE = 1e-9


def fact_id_of(subject: str, measure: str, unit: str, window_start: date | None, counted: str = "") -> str:
    """Stable id of a fact: a short hash of subject, measure, unit, window start and (when it is
    not the whole of the measure, "") the counted key. Facts of the whole keep the ids they had
    before the counted key was part of a fact."""
    parts = [
        subject.casefold().strip(),
        measure.casefold().strip(),
        (unit or "").casefold(),
        str(window_start),
    ]
    key = "\x1f".join(parts + ([counted] if counted else []))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# What a claim counts, as a fact key. The extractor gives the counted noun as written ("North
# Korean soldiers" -> "soldiers", "coronavirus deaths", "Americans", None). Two claims count the
# same thing when their nouns, read as below, are equal:
# * lower case, possessive dropped, every word singular ("deaths" -> "death", "people" -> "person");
# * words that say how a figure was reported, not what it counts, are dropped ("reported cases",
#   "known cases", "positive cases" are cases); "new" stays: "500 new cases" is the day's increase,
#   not the total so far;
# * synonyms are folded ("troops", "soldiers", "forces", "service members" -> "troop");
# * a head noun that names everything the measure counts stands for the whole: "deaths", "lives",
#   "the toll", "people", "others" killed are the killed; "cases" are the cases; and so are "the
#   Americans" when the claim is about the United States (a demonym of the subject). The whole
#   has the key "" (as has a claim with no counted noun: "1,000 were killed");
# * any other word narrows what is counted and stays: "children", "civilian deaths" -> "civilian",
#   "overdose deaths" -> "overdose", "people worldwide" -> "person worldwide".
# So "600 soldiers killed" and "more than 1,000 troops killed" are one fact, "600 lives lost" is
# the whole toll, and "12 children killed" is a different figure from "50 people killed".
_IRREGULAR = {
    "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
    "lives": "life", "personnel": "personnel", "police": "police", "dead": "dead", "wounded": "wounded",
    "injured": "injured", "missing": "missing", "displaced": "displaced", "news": "news",
}  # fmt: skip
_REPORTING_WORDS = frozenset(
    "reported known recorded official officially positive confirmed registered documented verified "
    "cumulative overall total additional more further".split()
)
_SYNONYMS = {
    "soldier": "troop", "serviceman": "troop", "servicemen": "troop", "servicemember": "troop",
    "service member": "troop", "military personnel": "troop", "personnel": "troop", "force": "troop",
    "armed force": "troop", "death toll": "toll", "prisoner of war": "prisoner", "pow": "prisoner",
    "human": "person", "individual": "person", "human life": "life",
}  # fmt: skip
_SYNONYMS_LONGEST_FIRST = tuple(sorted(_SYNONYMS.items(), key=lambda item: -len(item[0])))
_WHOLE_OF_ANY = frozenset(("person", "other"))
_WHOLE_OF = {
    "killed": ("death", "fatality", "life", "dead", "toll", "body", "victim"),
    "wounded": ("injury", "injured", "wounded", "victim"),
    "casualties": ("casualty", "loss"),
    "captured": ("prisoner", "captive"),
    "missing": ("missing",),
    "deployed": ("troop",),
    "cases": ("case",),
    "infected": ("infection",),
    "tested": ("test",),
    "hospitalized": ("hospitalization", "patient"),
    "recovered": ("recovery", "patient"),
    "displaced": ("displaced",),
    "evacuated": ("evacuee",),
    "arrested": ("arrest",),
}


def _singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.cache
def _demonyms() -> dict[str, str]:
    """Lower-case singular demonym ("american") -> the subject it names ("united states")."""
    from credence.extract.lexicon import Lexicon

    return {
        alias.lower(): subject.lower()
        for alias, subject in Lexicon.default().subject_aliases.items()
        if alias[:1].isupper() and alias.replace(" ", "").isalpha()
    }


def counted_key(counted: str | None, measure: str | None, subject: str | None) -> str:
    """What a claim counts, as part of its fact's key: "" for the whole of the measure (see above)."""
    if not counted:
        return ""
    text = counted.strip().lower().replace("’", "'").removesuffix("'s").rstrip("'")
    words = [_singular(w) for w in text.split() if w and w not in _REPORTING_WORDS]
    phrase = " ".join(words)
    for long, short in _SYNONYMS_LONGEST_FIRST:
        if phrase == long or phrase.endswith(" " + long):
            phrase = phrase[: len(phrase) - len(long)] + short
            break
    words = phrase.split()
    whole = _WHOLE_OF_ANY | frozenset(_WHOLE_OF.get((measure or "").lower(), ()))
    place = (subject or "").strip().lower()
    demonyms = _demonyms()
    # "North Korean soldiers" about North Korea: the demonym repeats the subject.
    for n in (3, 2, 1):
        if len(words) > n and demonyms.get(" ".join(words[:n])) == place:
            words = words[n:]
            break
    while words:
        if words[-1] in whole:
            words.pop()
        elif demonyms.get(" ".join(words)) == place:  # "Americans" about the United States
            words = []
        else:
            break
    return " ".join(words)


def anchored_window_starts(group: np.ndarray, day: np.ndarray, window_days: int | np.ndarray) -> np.ndarray:
    """Per row, the opening day of its window (see the module docstring).

    group: integer code of the row's (subject, measure, unit); day: days since 1970-01-01;
    window_days: one length for all, or one per row (equal within a group).
    Rows need not be sorted. Vectorized over rows: the loop runs once per window a group needs
    (each round opens, in every group at once, the window of its earliest unassigned day).
    """
    start = np.full(day.shape[0], np.iinfo(np.int64).min, dtype=np.int64)
    if day.size == 0:
        return start
    order = np.lexsort((day, group))
    g, d = group[order], day[order]
    span = np.broadcast_to(np.asarray(window_days, dtype=np.int64), day.shape)[order]
    pending = np.arange(order.size)
    opened = np.empty(order.size, dtype=np.int64)
    while pending.size:
        pg = g[pending]
        first = np.flatnonzero(np.r_[True, pg[1:] != pg[:-1]])
        # Each pending row's group, as an index into `first` (pending rows are sorted by group).
        anchor = d[pending[first]][np.cumsum(np.r_[True, pg[1:] != pg[:-1]]) - 1]
        inside = d[pending] < anchor + span[pending]
        opened[pending[inside]] = anchor[inside]
        pending = pending[~inside]
    start[order] = opened
    return start


def _fact_ids(keys: pl.DataFrame) -> pl.Series:
    """`fact_id_of` of every row of keys (_subject, _measure, _unit, window_start, _counted),
    without a Python call per fact: polars builds the key strings and `sha1_hex` hashes them all
    at once. For printable ASCII polars' lower-casing and stripping (already applied to the text
    columns) equal Python's casefold and strip; the rare other rows get fact_id_of's own key text."""
    if "_counted" not in keys.columns:
        keys = keys.with_columns(_counted=pl.lit(""))
    plain = pl.all_horizontal(
        pl.col(c).str.contains(r"^[\x20-\x7e]*$") for c in ("_subject", "_measure", "_unit")
    )
    base = pl.concat_str(
        "_subject",
        "_measure",
        "_unit",
        pl.col("window_start").cast(pl.String).fill_null("None"),
        separator="\x1f",
    )
    counted = pl.col("_counted").fill_null("")
    text = keys.select(
        pl.when(counted == "").then(base).otherwise(pl.concat_str(base, counted, separator="\x1f")),
        plain.alias("plain"),
    )
    messages = text.to_series(0)
    other = np.flatnonzero(~text["plain"].to_numpy())
    if other.size:
        rows = keys.select("_subject", "_measure", "_unit", "window_start", "_counted")[other].iter_rows()
        keyed = [fact_id_of(s, m, u, w, c or "") for s, m, u, w, c in rows]
        return sha1_hex(messages, 16).scatter(other, pl.Series(keyed, dtype=pl.String)).alias("fact_id")
    return sha1_hex(messages, 16).alias("fact_id")


def _counted_keys(frame: pl.DataFrame) -> pl.Series:
    """`counted_key` of every row (columns counted, measure, subject), one Python call per
    distinct triple."""
    triples = frame.select("counted", "measure", "subject")
    distinct = triples.unique(maintain_order=True)
    keys = [counted_key(c, m, s) for c, m, s in distinct.iter_rows()]
    distinct = distinct.with_columns(_counted=pl.Series(keys, dtype=pl.String))
    return triples.join(
        distinct, on=["counted", "measure", "subject"], how="left", nulls_equal=True, maintain_order="left"
    )["_counted"]


def with_facts(claims: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """Claims with plausible bounds and fact_id, fact_key (subject, measure, unit and counted key, as
    the fact compares them: every fact of a key has its windows from that key's claims alone),
    window_start, window_end, fact_counted (the counted key of its fact, "" for the whole of the
    measure) and fact_day (its publication day, as days since 1970-01-01, when its fact is a dated
    cumulative count, else null); all null when the claim belongs to no fact."""
    if "unit" in claims.columns and (claims["unit"] == "fraction").any():
        # "two-thirds of the senators" and "67% of senators" are one fact: a fraction is read in percent.
        is_fraction = pl.col("unit") == "fraction"
        claims = claims.with_columns(
            *(
                pl.when(is_fraction).then(pl.col(c) * 100).otherwise(pl.col(c)).alias(c)
                for c in ("value_low", "value_high")
                if c in claims.columns
            ),
            unit=pl.when(is_fraction).then(pl.lit("percent")).otherwise(pl.col("unit")),
        )
    frame = with_plausible_bounds(claims, params)
    if "counted" not in frame.columns:
        frame = frame.with_columns(counted=pl.lit(None, dtype=pl.String))
    comparable = (
        pl.col("subject").is_not_null()
        & (pl.col("subject").str.strip_chars() != "")
        & pl.col("measure").is_not_null()
        & pl.col("plausible_low").is_not_null()
        & pl.col("plausible_low").is_finite()
        & pl.col("plausible_high").is_finite()
    )
    if params.core_only:
        comparable = comparable & pl.col("core").fill_null(False)
    key = [
        pl.col("subject").fill_null("").str.strip_chars().str.to_lowercase().alias("_subject"),
        pl.col("measure").fill_null("").str.strip_chars().str.to_lowercase().alias("_measure"),
        pl.col("unit").fill_null("").str.to_lowercase().alias("_unit"),
    ]
    frame = frame.with_columns(
        *key, _day=pl.col("published_at").cast(pl.Date).cast(pl.Int64), _comparable=comparable
    )
    # Only claims that belong to a fact open and fill windows.
    voting = frame.with_row_index("_row").filter("_comparable")
    voting = voting.with_columns(_counted=_counted_keys(voting))
    on = ["_subject", "_measure", "_unit", "_counted"]
    group = voting.select(pl.struct(on).rank("dense")).to_series().to_numpy().astype(np.int64)
    dated = voting["_day"].is_not_null().to_numpy()
    # A daily figure is only comparable with reports of about the same day.
    span = np.where(voting["_unit"].to_numpy() == "per day", params.rate_window_days, params.window_days)
    start = np.zeros(voting.height, dtype=np.int64)
    start[dated] = anchored_window_starts(
        group[dated], voting["_day"].to_numpy()[dated].astype(np.int64), span[dated]
    )
    voting = voting.with_columns(
        window_start=pl.when(pl.Series(dated)).then(pl.Series(start).cast(pl.Int32).cast(pl.Date))
    ).with_columns(window_end=(pl.col("window_start") + pl.duration(days=pl.Series(span - 1))).cast(pl.Date))
    facts = voting.select(*on, "window_start").unique(maintain_order=True)
    facts = facts.with_columns(_fact_ids(facts))
    voting = voting.join(facts, on=[*on, "window_start"], how="left", nulls_equal=True, maintain_order="left")
    # A cumulative count only grows: its claims are ordered by publication day (see `consistency`).
    # A rate of it ("per day": its unit) goes up and down like any other figure.
    # Nor do "new cases" (an increase over a day or a week), which key as "new".
    cumulative = (
        pl.col("_measure").is_in(list(params.cumulative_measures))
        & ~pl.col("_unit").str.starts_with("per ").fill_null(False)
        & ~pl.col("_counted").str.contains(r"^new\b").fill_null(False)
    )
    voting = voting.select(
        "_row",
        "fact_id",
        # A claim's fact depends on its own row and on the days of the claims of the same key alone:
        # an incremental scoring reads the claims of the keys its new claims have, and no others.
        pl.concat_str(*on, separator="\x1f").alias("fact_key"),
        "window_start",
        "window_end",
        fact_counted="_counted",
        fact_day=pl.when(cumulative).then(pl.col("_day")),
    )
    frame = frame.with_row_index("_row").join(voting, on="_row", how="left", maintain_order="left")
    return frame.drop("_row", "_subject", "_measure", "_unit", "_day", "_comparable")


@dataclass(frozen=True)
class Consistency:
    """Consistency per voter, leave-one-out judgement per claim, consensus per fact."""

    sources: (
        pl.DataFrame
    )  # source, consistency_score, consistency_low, consistency_high, n_compared, n_facts_compared
    claims: pl.DataFrame  # claim_id, source, fact_id, agreement, loo_consensus_low, loo_consensus_high, role
    facts: pl.DataFrame  # fact_id, consensus_low, consensus_high, consensus_confidence, n_sources, n_claims
    fact_claims: pl.DataFrame  # fact_id, claim_id, source, agreement, agrees_with_consensus
    conflicts: pl.DataFrame  # source, claim_id, fact_id, conflicting_claim_id, conflicting_source, agreement
    rows: (
        pl.DataFrame
    )  # fact_id, source, right, wrong, compared, n_claims: each (fact, voter)'s part of `sources`
    fit: Fit  # the weights the judgement used and the dependence it assumed


ROWS_SCHEMA = {
    "fact_id": pl.String,
    "source": pl.String,
    "right": pl.Float64,
    "wrong": pl.Float64,
    "compared": pl.Boolean,
    "n_claims": pl.UInt32,
}


def sources_of_rows(rows: pl.DataFrame, params: ScoringParams) -> pl.DataFrame:
    """The `sources` table of `consistency` from its `rows` (those of every fact, any number of judgements
    put together): each voter's Beta posterior adds up the weighed agreement of the facts it was compared on."""
    mass = params.interval_mass
    a0 = params.consistency_prior * params.consistency_prior_strength
    b0 = (1 - params.consistency_prior) * params.consistency_prior_strength
    per = (
        rows.group_by("source")
        .agg(
            right=pl.col("right").filter("compared").sum() + a0,
            wrong=pl.col("wrong").filter("compared").sum() + b0,
            n_facts_compared=pl.col("compared").sum().cast(pl.UInt32),
            n_compared=pl.col("n_claims").filter("compared").sum().cast(pl.UInt32),
        )
        .sort("source")
    )
    right, wrong = per["right"].to_numpy(), per["wrong"].to_numpy()
    low, high = _beta(right, wrong, mass)
    enough = per["n_facts_compared"].to_numpy() >= params.min_compared
    return pl.DataFrame(
        {
            "source": per["source"],
            "n_facts_compared": per["n_facts_compared"],
            "consistency_score": pl.Series(np.where(enough, right / (right + wrong), np.nan)).fill_nan(None),
            "consistency_low": low,
            "consistency_high": high,
            "n_compared": per["n_compared"],
        }
    )


def _beta(successes: np.ndarray, failures: np.ndarray, mass: float) -> tuple[np.ndarray, np.ndarray]:
    tail = (1 - mass) / 2
    return beta_dist.ppf(tail, successes, failures), beta_dist.ppf(1 - tail, successes, failures)


def _codes(column: pl.Series) -> tuple[np.ndarray, pl.Series]:
    """Dense integer codes of a column, in the sorted order of its distinct values, and those values."""
    names = column.unique().sort(nulls_last=True)
    codes = (
        column.to_frame("v")
        .join(
            names.to_frame("v").with_row_index("c"),
            on="v",
            how="left",
            nulls_equal=True,
            maintain_order="left",
        )
        .get_column("c")
    )
    return codes.to_numpy().astype(np.int64), names


def _offsets(lengths: np.ndarray) -> np.ndarray:
    return np.cumsum(lengths) - lengths


def _spans(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """starts[i], starts[i] + 1, ..., starts[i] + lengths[i] - 1 for every i, concatenated."""
    ends = np.cumsum(lengths)
    return np.repeat(starts - (ends - lengths), lengths) + np.arange(int(ends[-1]) if ends.size else 0)


# Expansions (an entry per claim and point, per pair of claims) are processed in blocks of about
# this many elements: temporaries stay a few MB whatever the corpus, and are reused from block to
# block instead of being freshly mapped (and zeroed by the kernel) every time.
_BLOCK = 1 << 20


def _blocks(lengths: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive ranges [a, b) of entries whose lengths add up to about `_BLOCK` each."""
    if lengths.size == 0:
        return []
    ends = np.cumsum(lengths)
    cuts = np.searchsorted(ends, np.arange(_BLOCK, int(ends[-1]), _BLOCK), side="right")
    bounds = np.unique(np.concatenate([[0], cuts, [lengths.size]]))
    return list(itertools.pairwise(bounds.tolist()))


def _curves(
    low: np.ndarray,
    high: np.ndarray,
    weight: np.ndarray,
    first_point: np.ndarray,
    length: np.ndarray,
    target: np.ndarray,
    point_x: np.ndarray,
    size: int,
    scale: float,
) -> np.ndarray:
    """Summed support curves: out[target[i] + j] += weight[i] * agreement([low[i], high[i]],
    point_x[first_point[i] + j]) for every entry i and j < length[i]. Entries come sorted by target."""
    out = np.zeros(size)
    for a, b in _blocks(length):
        n = length[a:b]
        entry = np.repeat(np.arange(a, b), n)
        local = _spans(np.zeros(b - a, dtype=np.int64), n)
        x = point_x[first_point[entry] + local]
        fit = interval_agreement(low[entry], high[entry], x, x, scale)
        slots = target[entry] + local
        lo = int(target[a])
        out[lo : int(slots[-1]) + 1] += np.bincount(slots - lo, weight[entry] * fit)
    return out


def _region(
    values: np.ndarray,
    x: np.ndarray,
    starts: np.ndarray,
    segment: np.ndarray,
    slack: float,
    best: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per run of points (contiguous from `starts`, `segment` naming each point's run; x ascending
    within a run): the lowest and highest x whose value is within `slack` of the run's maximum
    (or of `best`, per run, when given: it must be reached in every run), and that maximum."""
    if best is None:
        best = np.maximum.reduceat(values, starts)
    inside = np.flatnonzero(values >= (best * (1 - slack) - _TIE)[segment])  # the maximum at least
    run = segment[inside]
    edge = run[1:] != run[:-1]
    return x[inside[np.r_[True, edge]]], x[inside[np.r_[edge, True]]], best


def _value_codes(voting: pl.DataFrame, fact: np.ndarray) -> np.ndarray:
    """Per claim, a code of its figure: two claims give "the same figure" when they are about one
    fact and their plausible intervals agree to 6 decimals (compared bit for bit, so -0.0 and 0.0
    differ, as their printed forms do)."""
    rounded = voting.select(pl.col("plausible_low").round(6), pl.col("plausible_high").round(6))
    low = rounded.to_series(0).to_numpy().view(np.int64)
    high = rounded.to_series(1).to_numpy().view(np.int64)
    order = np.lexsort((high, low, fact))
    low, high, fact_sorted = low[order], high[order], fact[order]
    new = np.r_[True, (fact_sorted[1:] != fact_sorted[:-1]) | (low[1:] != low[:-1]) | (high[1:] != high[:-1])]
    value = np.empty(fact.size, dtype=np.int64)
    value[order] = np.cumsum(new) - 1
    return value


def _dependence(
    src: np.ndarray, fact: np.ndarray, value: np.ndarray, n_src: int, params: ScoringParams
) -> sp.csr_matrix | None:
    """Voters x voters P(dependent) of voters sharing rare exact figures across facts (`copying`),
    or None when no pair is."""
    if not params.truth.detect_copying or src.size == 0:
        return None
    n_value = int(value.max()) + 1
    value_fact = np.zeros(n_value, dtype=np.int64)
    value_fact[value] = fact
    given = np.sort(src * n_value + value)
    given = given[np.r_[True, given[1:] != given[:-1]]]  # each voter gives each figure once
    s, v = given // n_value, given % n_value
    # Only facts with more than one figure say anything about copying.
    contested = np.bincount(value_fact, minlength=int(fact.max()) + 1)[value_fact[v]] > 1
    s, v = s[contested], v[contested]
    if s.size == 0:
        return None
    _, per, count = np.unique(
        s * (int(fact.max()) + 1) + value_fact[v], return_inverse=True, return_counts=True
    )
    matrix = dependence(s, v, value_fact, 1.0 / count[per], n_src, params.truth)
    return matrix if matrix.nnz else None


@dataclass(frozen=True)
class _Layout:
    """One layer's voting claims as integer codes and flat per-point arrays, built once.

    A fact owns a block of D x P slots (day-major): one per day its claims were published on
    (D = 1 unless the fact is a cumulative count ordered in time) and point of the fact. Rows
    are the (fact, voter) pairs that get judged, sorted by fact then voter; each owns a block
    shaped like its fact's. Units are the groups of claims whose vote weights move together
    between rounds: a row's claims of one day, or, when copy discounts apply, of one day and
    figure (units of a row are contiguous). Units and exclusion pairs own one slot per point of
    their fact, placed in their day's row of a block, so each round is a few gathers and
    bincounts. A row always drops its own units whole; what else it drops (claims of its copy
    groups carried by other voters, P(dependent) of its probable copiers' claims) is kept as
    (row, unit) pairs with their own curves.
    """

    claim_ids: pl.Series
    sources: pl.Series  # voter names, sorted; `src` indexes them
    facts: pl.Series  # fact ids, sorted; `fact` indexes them
    src: np.ndarray  # per claim
    fact: np.ndarray
    low: np.ndarray  # plausible interval
    high: np.ndarray
    rank: np.ndarray  # its day's rank among its fact's days (0 when the fact is not ordered in time)
    row: np.ndarray  # its (fact, voter) row
    row_fact: np.ndarray  # per row
    row_src: np.ndarray
    row_claims: np.ndarray
    row_start: np.ndarray  # first slot
    row_segment: np.ndarray  # first (row, day) segment
    segment_start: np.ndarray  # per (row, day) segment: first slot
    segment_row: np.ndarray
    slot_segment: np.ndarray  # per row slot
    slot_x: np.ndarray
    slot_view: np.ndarray  # the fact slot of the same day and point
    row_paths: list[tuple[np.ndarray, np.ndarray]]  # (`_paths`) the rows ordered in time
    fact_start: np.ndarray  # per fact: first fact slot
    fact_segment: np.ndarray  # per fact: first (fact, day) segment
    last_segment: np.ndarray  # per fact: its latest day's segment
    view_start: np.ndarray  # per (fact, day) segment: first fact slot
    view_fact: np.ndarray
    view_slot_segment: np.ndarray  # per fact slot
    view_slot_x: np.ndarray
    fact_paths: list[tuple[np.ndarray, np.ndarray]]
    unit_src: np.ndarray  # per unit
    unit_fact: np.ndarray
    unit_row: np.ndarray
    unit_base: np.ndarray  # summed base weight of its claims
    unit_first: np.ndarray  # one of its claims
    unit_slot_unit: np.ndarray  # per unit slot
    unit_slot_view: np.ndarray  # its fact slot
    unit_slot_row_slot: np.ndarray  # its row slot
    unit_curve: np.ndarray  # sum over the unit's claims of base * agreement(claim, point)
    pair_row: np.ndarray  # per (row, other voter's unit) pair
    pair_unit: np.ndarray
    pair_base: np.ndarray  # sum of phi * base over the unit's claims the row drops
    pair_slot_row_slot: np.ndarray  # per pair slot
    pair_slot_unit: np.ndarray
    pair_curve: np.ndarray  # sum of phi * base * agreement(claim, point)
    dropped: (
        np.ndarray
    )  # sorted keys row * n_claims + claim of other voters' claims a row drops with phi >= 0.5
    dropped_claim: np.ndarray  # per claim: some row drops it so (it is a copy or a probable copier's)
    dependent: sp.csr_matrix | None  # voters x voters P(dependent), when any pair is
    value: np.ndarray  # per claim: code of its figure (for copy discounts)


def as_of(
    low: np.ndarray, high: np.ndarray, rank: np.ndarray, judged_rank: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A cumulative count's claimed interval read on another day of its fact: a claim of an
    earlier day says the count is now at least its low end (open above), a claim of a later day
    that it is now at most its high end (open below); a claim of the same day, and every claim
    of a fact not ordered in time (rank 0), reads as it is."""
    return np.where(rank > judged_rank, -np.inf, low), np.where(rank < judged_rank, np.inf, high)


def _exclusions(
    claims: pl.DataFrame, rows: pl.DataFrame, pairs: tuple[np.ndarray, np.ndarray, np.ndarray] | None
) -> pl.DataFrame:
    """(r, k, phi): how much of another voter's claim k to remove from the consensus when judging
    row r (voter s on fact f), sorted by r, k: 1 for the claims of s's copy groups on f,
    P(dependent) for the claims of sources s shares rare values with. (Its own claims, removed
    whole, are not listed.)

    claims: k, f, g, s, r (claim, fact, copy group, voter, row); rows: r, f, s."""
    groups = claims.select("r", "f", "g", j="s").unique()
    parts = [
        groups.join(claims.select("f", "g", "k", "s"), on=["f", "g"])
        .filter(pl.col("s") != pl.col("j"))
        .select("r", "k", phi=pl.lit(1.0))
    ]
    if pairs is not None:
        judged, other, dep = pairs
        dependent = pl.DataFrame({"s": judged, "o": other, "phi": dep})
        parts.append(
            rows.join(dependent, on="s")
            .join(claims.select("f", "k", o="s"), on=["f", "o"])
            .select("r", "k", "phi")
        )
    return pl.concat(parts).group_by("r", "k").agg(pl.col("phi").max()).sort("r", "k")


def _paths(start: np.ndarray, days: np.ndarray, points: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """How to gather blocks of a flat array (block i: `days[i]` x `points[i]` slots from
    `start[i]`, day-major) with more than one day into (days, blocks, points) arrays, one per
    shape: per shape the gather index, and the same with the points in descending order. Blocks
    of one shape are the rows of one fact or of facts alike, so shapes are few (about a hundred
    on a corpus of 16,000 articles) and nothing is padded; the day axis leads so that each step
    of a path reads and writes one contiguous (blocks, points) slab."""
    timed = np.flatnonzero(days > 1)
    timed_days, timed_points = days[timed], points[timed]
    classes = []
    for d, p in sorted(set(zip(timed_days.tolist(), timed_points.tolist(), strict=True))):
        blocks = timed[(timed_days == d) & (timed_points == p)]
        index = start[blocks][None, :, None] + np.arange(d)[:, None, None] * p + np.arange(p)[None, None, :]
        classes.append((index, np.ascontiguousarray(index[:, :, ::-1])))
    return classes


def _best_paths(support: np.ndarray, paths: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Per slot of a block ordered in time (day k, point x), the most support a non-decreasing
    path through the days can collect when it passes through x on day k: forward, the best path
    up to day k ending at x (its support on day k plus the best up to day k - 1 ending at or
    below x); backward, the same from the last day down (ending at or above x, read on the
    points in descending order); their sum counts day k twice. Blocks of one day keep their
    support."""
    best = support.copy()
    for index, descending in paths:
        days, blocks, points = index.shape
        step = max(1, _BLOCK // max(days * points, 1))  # blocks at a time: temporaries stay small
        for a in range(0, blocks, step):
            part = index[:, a : a + step]
            forward, backward = support[part], support[descending[:, a : a + step]]
            day = forward.copy()
            for k in range(1, days):
                forward[k] += np.maximum.accumulate(forward[k - 1], axis=1)
            for k in range(days - 2, -1, -1):
                backward[k] += np.maximum.accumulate(backward[k + 1], axis=1)
            forward += backward[:, :, ::-1]
            forward -= day
            best[part] = forward
    return best


def _day_ranks(fact: np.ndarray, day: np.ndarray, n_fact: int) -> tuple[np.ndarray, np.ndarray]:
    """Per claim the dense rank of its day among its fact's days; per fact its number of days."""
    key = np.unique(np.stack([fact, day]), axis=1, return_inverse=True)
    view_fact, view = key[0][0], key[1].reshape(-1)
    days = np.bincount(view_fact, minlength=n_fact)
    first = _offsets(days)
    return view - first[fact], days


def _fixed_dependence(pairs: pl.DataFrame, sources: pl.Series) -> sp.csr_matrix | None:
    """A fit's P(dependent) pairs (source_a, source_b, probability) as a voters x voters matrix over
    `sources` (pairs with a voter not among them left out), or None when no pair remains."""
    code = pl.DataFrame({"source": sources, "c": np.arange(sources.len())})
    kept = pairs.join(code.rename({"source": "source_a", "c": "a"}), on="source_a").join(
        code.rename({"source": "source_b", "c": "b"}), on="source_b"
    )
    if kept.height == 0:
        return None
    n = sources.len()
    return sp.csr_matrix(
        (kept["probability"].to_numpy(), (kept["a"].to_numpy(), kept["b"].to_numpy())), shape=(n, n)
    )


def _layout(voting: pl.DataFrame, params: ScoringParams, fixed: pl.DataFrame | None = None) -> _Layout:
    """`voting` has claim_id, source, copy_group, fact_id, plausible_low, plausible_high, day, base.

    `fixed`: the dependence pairs of an earlier fit, taken as they are instead of detected anew."""
    n = voting.height
    src, sources = _codes(voting["source"])
    fact, facts = _codes(voting["fact_id"])
    group, _ = _codes(voting["copy_group"])
    low, high = voting["plausible_low"].to_numpy(), voting["plausible_high"].to_numpy()
    base = voting["base"].to_numpy()
    n_src, n_fact = sources.len(), facts.len()
    scale = params.agreement_scale

    # Points: the distinct ends of the fact's plausible intervals, ascending per fact.
    xs, xf = np.concatenate([low, high]), np.concatenate([fact, fact])
    order = pl.DataFrame({"f": xf, "x": xs}).select(pl.arg_sort_by("f", "x")).to_series().to_numpy()
    xs, xf = xs[order], xf[order]
    keep = np.r_[True, (xf[1:] != xf[:-1]) | (xs[1:] != xs[:-1])]
    point_x, point_fact = xs[keep], xf[keep]
    point_count = np.bincount(point_fact, minlength=n_fact)
    point_start = _offsets(point_count)

    # Days: a fact ordered in time has a row of slots per day its claims were published on.
    day = voting["day"].fill_null(np.iinfo(np.int64).min).to_numpy().astype(np.int64)
    rank, days = _day_ranks(fact, day, n_fact)
    block = days * point_count  # slots of a fact's block
    fact_start = _offsets(block)
    fact_segment = _offsets(days)
    view_fact = np.repeat(np.arange(n_fact), days)
    view_rank = np.arange(view_fact.size) - fact_segment[view_fact]
    view_start = fact_start[view_fact] + view_rank * point_count[view_fact]
    view_slot_segment = np.repeat(np.arange(view_fact.size), point_count[view_fact])
    view_slot_x = point_x[
        point_start[view_fact[view_slot_segment]]
        + np.arange(view_slot_segment.size)
        - view_start[view_slot_segment]
    ]

    # Rows: (fact, voter), each with a block shaped like its fact's.
    row_key, row = np.unique(fact * n_src + src, return_inverse=True)
    n_row = row_key.size
    row_fact, row_src = row_key // n_src, row_key % n_src
    row_len = block[row_fact]
    row_start = _offsets(row_len)
    row_segment = _offsets(days[row_fact])
    segment_row = np.repeat(np.arange(n_row), days[row_fact])
    segment_rank = np.arange(segment_row.size) - row_segment[segment_row]
    segment_start = row_start[segment_row] + segment_rank * point_count[row_fact[segment_row]]
    slot_segment = np.repeat(np.arange(segment_row.size), point_count[row_fact[segment_row]])
    slot_local = np.arange(slot_segment.size) - row_start[segment_row[slot_segment]]  # within the block
    slot_fact = row_fact[segment_row[slot_segment]]
    slot_view = fact_start[slot_fact] + slot_local
    slot_x = point_x[point_start[slot_fact] + slot_local % point_count[slot_fact]]

    # Units: a row's claims of one day; with copy discounts, of one day and figure.
    value = _value_codes(voting, fact)
    if fixed is None:
        dependent = _dependence(src, fact, value, n_src, params)
    else:
        dependent = _fixed_dependence(fixed, sources) if params.truth.detect_copying else None
    unit_key = (row * (int(rank.max()) + 1) + rank) * (int(value.max()) + 1 if dependent is not None else 1)
    if dependent is not None:
        unit_key = unit_key + value
    unit_key, unit_first, unit = np.unique(unit_key, return_index=True, return_inverse=True)
    n_unit = unit_key.size
    unit_fact, unit_src, unit_row, unit_rank = (
        fact[unit_first],
        src[unit_first],
        row[unit_first],
        rank[unit_first],
    )
    unit_len = point_count[unit_fact]
    unit_start = _offsets(unit_len)
    by_unit = np.argsort(unit, kind="stable")
    unit_curve = _curves(
        low[by_unit],
        high[by_unit],
        base[by_unit],
        point_start[fact[by_unit]],
        point_count[fact[by_unit]],
        unit_start[unit[by_unit]],
        point_x,
        int(unit_len.sum()),
        scale,
    )
    unit_offset = unit_rank * unit_len  # its day's place in a block

    # What else each row drops: other voters' claims of its copy groups, its probable copiers'.
    claims = pl.DataFrame({"k": np.arange(n), "f": fact, "g": group, "s": src, "r": row})
    rows = pl.DataFrame({"r": np.arange(n_row), "f": row_fact, "s": row_src})
    dep_pairs = None
    if dependent is not None:
        coo = dependent.tocoo()
        dep_pairs = (coo.row.astype(np.int64), coo.col.astype(np.int64), coo.data)
    excluded = _exclusions(claims, rows, dep_pairs)
    ex_row, ex_claim = excluded["r"].to_numpy().astype(np.int64), excluded["k"].to_numpy().astype(np.int64)
    ex_phi = excluded["phi"].to_numpy()
    pair_key, pair = np.unique(ex_row * n_unit + unit[ex_claim], return_inverse=True)
    pair_row, pair_unit = pair_key // n_unit, pair_key % n_unit
    pair_len = point_count[row_fact[pair_row]]
    pair_start = _offsets(pair_len)
    by_pair = np.argsort(pair, kind="stable")
    k = ex_claim[by_pair]
    pair_curve = _curves(
        low[k],
        high[k],
        ex_phi[by_pair] * base[k],
        point_start[fact[k]],
        point_count[fact[k]],
        pair_start[pair[by_pair]],
        point_x,
        int(pair_len.sum()),
        scale,
    )
    strong = ex_phi >= 0.5
    return _Layout(
        claim_ids=voting["claim_id"],
        sources=sources,
        facts=facts,
        src=src,
        fact=fact,
        low=low,
        high=high,
        rank=rank,
        row=row,
        row_fact=row_fact,
        row_src=row_src,
        row_claims=np.bincount(row, minlength=n_row),
        row_start=row_start,
        row_segment=row_segment,
        segment_start=segment_start,
        segment_row=segment_row,
        slot_segment=slot_segment,
        slot_x=slot_x,
        slot_view=slot_view,
        row_paths=_paths(row_start, days[row_fact], point_count[row_fact]),
        fact_start=fact_start,
        fact_segment=fact_segment,
        last_segment=fact_segment + days - 1,
        view_start=view_start,
        view_fact=view_fact,
        view_slot_segment=view_slot_segment,
        view_slot_x=view_slot_x,
        fact_paths=_paths(fact_start, days, point_count),
        unit_src=unit_src,
        unit_fact=unit_fact,
        unit_row=unit_row,
        unit_base=np.bincount(unit, base, n_unit),
        unit_first=unit_first,
        unit_slot_unit=np.repeat(np.arange(n_unit), unit_len),
        unit_slot_view=_spans(fact_start[unit_fact] + unit_offset, unit_len),
        unit_slot_row_slot=_spans(row_start[unit_row] + unit_offset, unit_len),
        unit_curve=unit_curve,
        pair_row=pair_row,
        pair_unit=pair_unit,
        pair_base=np.bincount(pair, ex_phi * base[ex_claim], pair_key.size),
        pair_slot_row_slot=_spans(row_start[pair_row] + unit_offset[pair_unit], pair_len),
        pair_slot_unit=np.repeat(pair_unit, pair_len),
        pair_curve=pair_curve,
        dropped=ex_row[strong] * n + ex_claim[strong],
        dropped_claim=np.bincount(ex_claim[strong], minlength=n) > 0,
        dependent=dependent,
        value=value,
    )


@dataclass(frozen=True)
class Fit:
    """A layer's voter weights (each voter's vote in the final round) and P(dependent) pairs of voters,
    as a fit over every fact found them: with them a fact is judged exactly as that fit judged it."""

    weights: pl.DataFrame  # source, weight
    dependence: pl.DataFrame  # source_a, source_b, probability


@dataclass(frozen=True)
class _Round:
    """What one round of `consistency` computes from the voters' weights."""

    total: np.ndarray
    fact_w: np.ndarray
    compared: np.ndarray
    strength: np.ndarray
    mean: np.ndarray
    agreement: np.ndarray
    region_low: np.ndarray
    region_high: np.ndarray
    right: np.ndarray
    wrong: np.ndarray
    n_facts_compared: np.ndarray
    updated: np.ndarray  # the weights the next round would use


def _round(lay: _Layout, weights: np.ndarray, claim_segment: np.ndarray, params: ScoringParams) -> _Round:
    """Leave-one-out consensus and judgement of every row under `weights`, and the weights they imply."""
    mass, scale, slack = params.interval_mass, params.agreement_scale, params.consensus_slack
    a0 = params.consistency_prior * params.consistency_prior_strength
    b0 = (1 - params.consistency_prior) * params.consistency_prior_strength
    prior_low, _ = _beta(np.array([a0]), np.array([b0]), mass)
    n_src, n_fact = lay.sources.len(), lay.facts.len()
    n_row, n_slot, n_view_slot = lay.row_fact.size, lay.slot_x.size, lay.view_slot_x.size
    m = weights[lay.unit_src]
    if lay.dependent is not None:
        own = independence_factors(
            lay.src, lay.value, weights, lay.dependent, int(lay.value.max()) + 1, params.truth.copy_rate
        )
        m = m * own[lay.unit_first]
    support = m[lay.unit_slot_unit] * lay.unit_curve
    total = np.bincount(lay.unit_slot_view, support, n_view_slot)
    unit_w = m * lay.unit_base
    fact_w = np.bincount(lay.unit_fact, unit_w, n_fact)
    # A row drops its own units whole, and its pairs' shares of other voters' units.
    removed = np.bincount(lay.unit_slot_row_slot, support, n_slot)
    removed_w = np.bincount(lay.unit_row, unit_w, n_row)
    if lay.pair_row.size:
        removed = removed + np.bincount(
            lay.pair_slot_row_slot, m[lay.pair_slot_unit] * lay.pair_curve, n_slot
        )
        removed_w = removed_w + np.bincount(lay.pair_row, m[lay.pair_unit] * lay.pair_base, n_row)
    loo = _best_paths(np.clip(total[lay.slot_view] - removed, 0.0, None), lay.row_paths)
    best = np.maximum.reduceat(loo, lay.row_start)
    region_low, region_high, _ = _region(
        loo, lay.slot_x, lay.segment_start, lay.slot_segment, slack, best[lay.segment_row]
    )
    rest = np.clip(fact_w[lay.row_fact] - removed_w, 0.0, None)
    compared = rest > _TIE
    strength = np.where(compared, np.clip(best / np.where(compared, rest, 1.0), 0.0, 1.0), 0.0)
    agreement = interval_agreement(
        lay.low, lay.high, region_low[claim_segment], region_high[claim_segment], scale
    )
    mean = np.bincount(lay.row, agreement, n_row) / lay.row_claims
    judged = lay.row_src[compared]
    right = np.bincount(judged, (strength * mean)[compared], n_src) + a0
    wrong = np.bincount(judged, (strength * (1 - mean))[compared], n_src) + b0
    n_facts_compared = np.bincount(judged, minlength=n_src)
    # Most voters were never compared (they keep the prior): one quantile serves them all.
    fresh = (right != a0) | (wrong != b0)
    lower = np.full(n_src, prior_low[0])
    lower[fresh] = beta_dist.ppf((1 - mass) / 2, right[fresh], wrong[fresh])
    return _Round(
        total, fact_w, compared, strength, mean, agreement, region_low, region_high, right, wrong,
        n_facts_compared, np.maximum(lower, 1e-3),
    )  # fmt: skip


def consistency(voting: pl.DataFrame, params: ScoringParams, fit: Fit | None = None) -> Consistency:
    """Iterate voter weights and leave-one-out consensus (see the module docstring).

    voting: one row per claim that belongs to a fact, with columns claim_id, source (the voter),
    copy_group, fact_id, plausible_low, plausible_high and optionally day (an integer: its
    publication day when its fact is a cumulative count ordered in time, else null).

    With `fit` (the weights and dependence an earlier fit over every fact left, `Consistency.fit`)
    nothing is iterated or detected: the facts are judged once under those weights, exactly as that
    fit judged them when their claims are the same; a voter the fit did not know weighs as at the
    start of a fit. `sources` then covers these facts alone: `rows` is what adds up to it.

    Every round is a handful of numpy gathers and bincounts over per-point slots laid out once
    (`_Layout`), plus one pass over the days of the facts ordered in time: no join, group-by or
    sort runs inside the loop.
    """
    mass, scale, slack = params.interval_mass, params.agreement_scale, params.consensus_slack
    a0 = params.consistency_prior * params.consistency_prior_strength
    b0 = (1 - params.consistency_prior) * params.consistency_prior_strength
    if "day" not in voting.columns:
        voting = voting.with_columns(day=pl.lit(None, dtype=pl.Int64))
    voting = voting.select(
        "claim_id",
        "source",
        "copy_group",
        "fact_id",
        "plausible_low",
        "plausible_high",
        pl.col("day").cast(pl.Int64),
    )
    if voting.height == 0:
        return _empty_consistency()
    voting = voting.with_columns(
        base=1.0
        / (pl.len().over("fact_id", "source") * pl.col("source").n_unique().over("fact_id", "copy_group"))
    )
    lay = _layout(voting, params, None if fit is None else fit.dependence)
    n_src, n_fact = lay.sources.len(), lay.facts.len()
    claim_segment = lay.row_segment[lay.row] + lay.rank
    prior_low, _ = _beta(np.array([a0]), np.array([b0]), mass)
    start = float(max(prior_low[0], 1e-3))
    if fit is None:
        weights = np.full(n_src, start)
        for _ in range(max(params.truth.max_iterations, 1)):
            judged_round = _round(lay, weights, claim_segment, params)
            moved = float(np.max(np.abs(judged_round.updated - weights)))
            used, weights = weights, judged_round.updated
            if moved < params.truth.tolerance:
                break
    else:
        used = (
            lay.sources.to_frame("source")
            .join(fit.weights, on="source", how="left", maintain_order="left")["weight"]
            .fill_null(start)
            .to_numpy()
        )
        judged_round = _round(lay, used, claim_segment, params)
    r = judged_round
    total, fact_w, compared, right, wrong = r.total, r.fact_w, r.compared, r.right, r.wrong
    agreement, region_low, region_high, n_facts_compared = (
        r.agreement,
        r.region_low,
        r.region_high,
        r.n_facts_compared,
    )
    low, high = _beta(right, wrong, mass)
    claim_compared = compared[lay.row]
    enough = n_facts_compared >= params.min_compared
    source_table = pl.DataFrame(
        {
            "source": lay.sources,
            "n_facts_compared": n_facts_compared.astype(np.uint32),
            "consistency_score": pl.Series(np.where(enough, right / (right + wrong), np.nan)).fill_nan(None),
            "consistency_low": low,
            "consistency_high": high,
            "n_compared": np.bincount(lay.src[claim_compared], minlength=n_src).astype(np.uint32),
        }
    )
    judged_claims = pl.DataFrame(
        {
            "claim_id": lay.claim_ids,
            "source": lay.sources.gather(lay.src),
            "fact_id": lay.facts.gather(lay.fact),
            "compared": claim_compared,
            "agreement": agreement,
            "low": region_low[claim_segment],
            "high": region_high[claim_segment],
        }
    )
    claim_table = judged_claims.select(
        "claim_id",
        "source",
        "fact_id",
        agreement=pl.when("compared").then(pl.col("agreement")),
        loo_consensus_low=pl.when("compared").then(pl.col("low")),
        loo_consensus_high=pl.when("compared").then(pl.col("high")),
        role=pl.when(~pl.col("compared"))
        .then(pl.lit("uncompared"))
        .when(pl.col("agreement") >= params.support_threshold)
        .then(pl.lit("supports"))
        .otherwise(pl.lit("conflicts")),
    )
    # The consensus of every day of a fact.
    paths = _best_paths(total, lay.fact_paths)
    fact_best = np.maximum.reduceat(paths, lay.fact_start)
    day_low, day_high, _ = _region(
        paths, lay.view_slot_x, lay.view_start, lay.view_slot_segment, slack, fact_best[lay.view_fact]
    )
    own_day = lay.fact_segment[lay.fact] + lay.rank
    with_consensus = interval_agreement(lay.low, lay.high, day_low[own_day], day_high[own_day], scale)
    # The table shows the latest day a claim confirms (a day whose reports all miss the path says
    # only "at least" what the earlier days said), or the latest day when none does.
    confirmed = np.full(n_fact, -1)
    np.maximum.at(confirmed, lay.fact, np.where(with_consensus >= params.support_threshold, own_day, -1))
    shown = np.where(confirmed >= 0, confirmed, lay.last_segment)
    fact_table = pl.DataFrame(
        {
            "fact_id": lay.facts,
            "consensus_low": day_low[shown],
            "consensus_high": day_high[shown],
            "consensus_confidence": np.clip(fact_best / fact_w, 0.0, 1.0),
            "n_sources": np.bincount(lay.row_fact, minlength=n_fact).astype(np.uint32),
            "n_claims": np.bincount(lay.fact, minlength=n_fact).astype(np.uint32),
        }
    )
    fact_claims = judged_claims.select("fact_id", "claim_id", "source").with_columns(
        agreement=pl.Series(with_consensus),
        agrees_with_consensus=pl.Series(with_consensus >= params.support_threshold),
    )
    judged_part = r.strength * r.mean
    rows = pl.DataFrame(
        {
            "fact_id": lay.facts.gather(lay.row_fact),
            "source": lay.sources.gather(lay.row_src),
            "right": np.where(compared, judged_part, 0.0),
            "wrong": np.where(compared, r.strength - judged_part, 0.0),
            "compared": compared,
            "n_claims": lay.row_claims.astype(np.uint32),
        },
        schema=ROWS_SCHEMA,
    )
    if lay.dependent is not None:
        coo = lay.dependent.tocoo()
        pairs = pl.DataFrame(
            {
                "source_a": lay.sources.gather(coo.row),
                "source_b": lay.sources.gather(coo.col),
                "probability": coo.data,
            }
        )
    else:
        pairs = _empty_consistency().fit.dependence
    fit_used = Fit(pl.DataFrame({"source": lay.sources, "weight": used}), pairs)
    return Consistency(
        source_table, claim_table, fact_table, fact_claims, _conflicts(lay, params), rows, fit_used
    )


def _empty_consistency() -> Consistency:
    return Consistency(
        rows=pl.DataFrame(schema=ROWS_SCHEMA),
        fit=Fit(
            weights=pl.DataFrame(schema={"source": pl.String, "weight": pl.Float64}),
            dependence=pl.DataFrame(
                schema={"source_a": pl.String, "source_b": pl.String, "probability": pl.Float64}
            ),
        ),
        sources=pl.DataFrame(
            schema={
                "source": pl.String,
                "n_facts_compared": pl.UInt32,
                "consistency_score": pl.Float64,
                "consistency_low": pl.Float64,
                "consistency_high": pl.Float64,
                "n_compared": pl.UInt32,
            }
        ),
        claims=pl.DataFrame(
            schema={
                "claim_id": pl.String,
                "source": pl.String,
                "fact_id": pl.String,
                "agreement": pl.Float64,
                "loo_consensus_low": pl.Float64,
                "loo_consensus_high": pl.Float64,
                "role": pl.String,
            }
        ),
        facts=pl.DataFrame(
            schema={
                "fact_id": pl.String,
                "consensus_low": pl.Float64,
                "consensus_high": pl.Float64,
                "consensus_confidence": pl.Float64,
                "n_sources": pl.UInt32,
                "n_claims": pl.UInt32,
            }
        ),
        fact_claims=pl.DataFrame(
            schema={
                "fact_id": pl.String,
                "claim_id": pl.String,
                "source": pl.String,
                "agreement": pl.Float64,
                "agrees_with_consensus": pl.Boolean,
            }
        ),
        conflicts=pl.DataFrame(
            schema={
                "source": pl.String,
                "claim_id": pl.String,
                "fact_id": pl.String,
                "conflicting_claim_id": pl.String,
                "conflicting_source": pl.String,
                "agreement": pl.Float64,
            }
        ),
    )


def _conflicts(lay: _Layout, params: ScoringParams) -> pl.DataFrame:
    """Per claim, the claims of independent other sources on the same fact that disagree with it.

    Every pair of claims of one fact is tried once, as flat index arrays, a block at a time
    (agreement is symmetric); each disagreeing pair then stands for both of its claims."""
    n = lay.fact.size
    by_fact = np.argsort(lay.fact, kind="stable")
    size = np.bincount(lay.fact, minlength=lay.facts.len())
    start = _offsets(size)[lay.fact[by_fact]]
    position = np.arange(n)  # in fact order
    later = start + size[lay.fact[by_fact]] - position - 1  # per claim: the claims after it in its fact
    lefts, rights, agreements = [], [], []
    for a, b in _blocks(later):
        left = np.repeat(by_fact[a:b], later[a:b])
        right = by_fact[_spans(position[a:b] + 1, later[a:b])]
        keep = lay.src[left] != lay.src[right]
        left, right = left[keep], right[keep]
        # A cumulative count may grow between two days: only a later claim below an earlier one disagrees.
        seen_low, seen_high = as_of(lay.low[left], lay.high[left], lay.rank[left], lay.rank[right])
        agreement = interval_agreement(
            seen_low, seen_high, lay.low[right], lay.high[right], params.agreement_scale
        )
        keep = agreement < params.support_threshold
        left, right, agreement = left[keep], right[keep], agreement[keep]
        left, right = np.concatenate([left, right]), np.concatenate([right, left])
        agreement = np.concatenate([agreement, agreement])
        # A claim the judged voter's consensus drops (its copy, a probable copier's) is no conflict.
        keep = np.ones(left.size, dtype=bool)
        check = np.flatnonzero(lay.dropped_claim[right])
        if check.size:
            wanted = lay.row[left[check]] * n + right[check]
            at = np.minimum(np.searchsorted(lay.dropped, wanted), lay.dropped.size - 1)
            keep[check[lay.dropped[at] == wanted]] = False
        lefts.append(left[keep])
        rights.append(right[keep])
        agreements.append(agreement[keep])
    left, right = np.concatenate(lefts), np.concatenate(rights)
    return pl.DataFrame(
        {
            "source": lay.sources.gather(lay.src[left]),
            "claim_id": lay.claim_ids.gather(left),
            "fact_id": lay.facts.gather(lay.fact[left]),
            "conflicting_claim_id": lay.claim_ids.gather(right),
            "conflicting_source": lay.sources.gather(lay.src[right]),
            "agreement": np.concatenate(agreements),
        }
    )
