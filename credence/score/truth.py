"""Generic truth discovery: which value of each item is true, and how accurate each source is.

Input: any table of claims `source, item, value[, observed_at][, attribute]`. The value column's
type picks the model:

* String (or any non-numeric, non-list type): categorical values, PopAccu (Dong, Saha &
  Srivastava VLDB 2013; Accu of Dong et al. VLDB 2009 with the false values' distribution taken
  from their popularity instead of a uniform "n false values"). The score of value v of an
  item is the log-likelihood of the item's claims if v is true:

      score(v) = sum over s giving v of w_s ln(A_s / (1 - A_s)) - n_v ln n_v - (W - n_v) ln(W - n_v)

  (A_s: source accuracy; w_s its claim weight; n_v: the weight of v's providers; W: the item's
  total weight). The item's values and one "none of them" hypothesis (score -W ln W) share
  probability by softmax, so a value given by one source of accuracy A has probability A. With
  no n to set, a vote weighs by how accurate its source is rather than by how many sources
  there are, which is what lets a few accurate sources beat a larger group of sloppier ones.
  Copies are counted once: sources judged near-verbatim copies of each other (`copying`) split
  one vote; a pair that gives the same value on too few disputed items to be judged keeps the
  prior probability of dependence (`copy_prior`), so its votes are split a little. A source's accuracy is the Beta-smoothed mean probability of the values it gave on
  items some other source also covers (an unchecked claim is no evidence).
* Numeric: the same, and similar numbers support each other (TruthFinder's implication /
  AccuSim): score(v) += rho * sum over v' of sim(v, v') * votes(v'), with
  sim = exp(-|v - v'| / (tolerance * max(|v|, |v'|))); and a claim close to the truth is
  partly right when its source's accuracy is judged (credit p(v) + sum of sim(v, v') p(v'),
  at most 1), so noisy readings do not make every source look wrong.
* List of strings: each value is a set (an author list). A set claim is split into one yes/no
  observation per element seen for the item: the source lists it (yes) or lists the item but
  not that element (no). Each source gets a sensitivity (how often it lists a true element) and
  a false-positive rate (how often it lists a false one), as in the latent truth model (Zhao et
  al. VLDB 2012), so a store that lists only the first author gives a weak "no" to the others
  while its "yes" stays strong: a subset partially supports its superset. The item's truth is
  the set of elements more probably true than not.

Attributes (string and numeric values): when an `attribute` column names what each claim is
about (a departure time, a gate, a humidity), a source gets one accuracy per attribute, with a
hierarchical Beta prior: `attribute_prior_strength` pseudo-claims at the source's accuracy over
all its attributes. A site can be exact on scheduled times and yet give wheels-off times as the
actual departure; its vote then weighs little on that attribute and fully on the others. The
per-attribute accuracies are iterated from the per-source fixed point (`accuracy_iterations`):
on one attribute alone, two factions that each agree internally make each other look wrong,
and only the factions' accuracy on the other attributes says which is right.

When `observed_at` is given, a source's latest claim on an item supersedes its earlier ones, and
the claims' order shows a copier that pairwise detection cannot: a source that repeats whatever
value the item held just before it, whoever gave it (a bot re-saving every page it touches, a
feed republishing what a page shows). Each source gets a rate of such repeats, fitted on the
disputed items (`copying.repeat_probabilities`), and a claim's vote is discounted by the
probability that it is one, so a repeated value counts about once, with its first giver. (That
probability weighs the repeat against an independent choice of the same value, whose chance is
a Chinese restaurant predictive over the item's other claims, n_v / (n + 1): one other claim of
a value does not make it a value independent sources give half of the time.) A source giving k
values for one item gives each a weight of 1/k.

Outputs (`TruthResult`): `sources` (source, reliability, low, high, n_claims): reliability is the
posterior mean of the source's accuracy under a Beta prior of strength `prior_strength` whose
mean is estimated from the table's own sources (`pooled_accuracy`: their evidence-weighted
mean accuracy, anchored at `prior_accuracy` as if `prior_sources` sources had it; the fixed
`prior_accuracy` when `empirical_prior` is off), low/high its central `interval_mass` interval,
wide for a source with few claims; `truths` (item, value, confidence): the most probable value
and its probability; `values` every candidate value with its probability; `dependence`
(source_a, source_b, probability) for pairs judged probably dependent; `attributes` (source,
attribute, reliability, n_claims) the per-attribute accuracies when the claims carry
attributes. Vectorized with numpy/scipy: loops run over iterations only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import polars as pl
import scipy.sparse as sp
from scipy.special import xlogy
from scipy.stats import beta as beta_dist

from credence.score.copying import dependence, repeat_probabilities, shared_vote_factors
from credence.score.params import TruthParams

_SEP = "\x1f"


@dataclass(frozen=True)
class TruthResult:
    """What truth discovery found: per source, per item, per candidate value, per dependent pair."""

    sources: pl.DataFrame  # source, reliability, low, high, n_claims
    truths: pl.DataFrame  # item, value, confidence
    values: pl.DataFrame  # item, value, probability, n_sources
    dependence: pl.DataFrame  # source_a, source_b, probability
    iterations: int
    attributes: pl.DataFrame  # source, attribute, reliability, n_claims (empty without attributes)


def beta_interval(successes: np.ndarray, failures: np.ndarray, mass: float) -> tuple[np.ndarray, np.ndarray]:
    """Central interval of Beta(successes, failures) holding `mass` of the probability."""
    tail = (1 - mass) / 2
    return beta_dist.ppf(tail, successes, failures), beta_dist.ppf(1 - tail, successes, failures)


def latest_claims(claims: pl.DataFrame) -> pl.DataFrame:
    """Keep, per (source, item), only the claims made at the latest `observed_at` (undated kept
    only when the pair has no dated claim)."""
    if "observed_at" not in claims.columns:
        return claims
    latest = pl.col("observed_at").max().over("source", "item")
    return claims.filter(latest.is_null() | (pl.col("observed_at") == latest))


def _index(column: pl.Series) -> tuple[np.ndarray, pl.Series]:
    """Dense integer codes of a column and the distinct values in code order."""
    codes = column.rank("dense").cast(pl.Int64).to_numpy() - 1
    names = pl.DataFrame({"v": column, "c": codes}).unique("c").sort("c")["v"]
    return codes, names


def _segment_max(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    return np.maximum.reduceat(values, starts) if values.size else values


def _numeric_similarity(
    item_of_cand: np.ndarray, numbers: np.ndarray, tolerance: float
) -> sp.csr_matrix | None:
    """Sparse candidates x candidates matrix of similarity between different numbers of one item."""
    frame = pl.DataFrame({"item": item_of_cand, "x": numbers, "i": np.arange(numbers.size)})
    pairs = frame.join(frame, on="item", suffix="_o").filter(pl.col("i") != pl.col("i_o"))
    if pairs.height == 0:
        return None
    x, y = pairs["x"].to_numpy(), pairs["x_o"].to_numpy()
    scale = np.maximum(np.maximum(np.abs(x), np.abs(y)) * tolerance, 1e-12)
    sim = np.exp(-np.abs(x - y) / scale)
    n = numbers.size
    return sp.csr_matrix((sim, (pairs["i"].to_numpy(), pairs["i_o"].to_numpy())), shape=(n, n))


def _prepare(claims: pl.DataFrame) -> pl.DataFrame:
    missing = {"source", "item", "value"} - set(claims.columns)
    if missing:
        raise ValueError(f"claims lack columns {sorted(missing)}")
    frame = latest_claims(claims).filter(pl.col("value").is_not_null())
    # Without an attribute column every claim is of one attribute: accuracy per source only.
    attribute = (
        pl.col("attribute").cast(pl.String).fill_null("") if "attribute" in frame.columns else pl.lit("")
    )
    # When the claims are dated, their order (dense rank, NaN undated) for `repeat_probabilities`.
    order = (
        pl.col("observed_at").rank("dense").cast(pl.Float64).fill_null(float("nan"))
        if "observed_at" in frame.columns
        else pl.lit(float("nan"), dtype=pl.Float64)
    )
    frame = frame.select(
        pl.col("source").cast(pl.String),
        pl.col("item").cast(pl.String),
        "value",
        attribute.alias("attribute"),
        order.alias("order"),
    ).unique(["source", "item", "value"])
    return frame.with_columns(weight=1.0 / pl.len().over("source", "item"))


def _empty_result() -> TruthResult:
    return TruthResult(
        sources=pl.DataFrame(
            schema={
                "source": pl.String,
                "reliability": pl.Float64,
                "low": pl.Float64,
                "high": pl.Float64,
                "n_claims": pl.UInt32,
            }
        ),
        truths=pl.DataFrame(schema={"item": pl.String, "value": pl.String, "confidence": pl.Float64}),
        values=pl.DataFrame(
            schema={"item": pl.String, "value": pl.String, "probability": pl.Float64, "n_sources": pl.UInt32}
        ),
        dependence=pl.DataFrame(
            schema={"source_a": pl.String, "source_b": pl.String, "probability": pl.Float64}
        ),
        iterations=0,
        attributes=pl.DataFrame(
            schema={
                "source": pl.String,
                "attribute": pl.String,
                "reliability": pl.Float64,
                "n_claims": pl.UInt32,
            }
        ),
    )


def discover_truth(claims: pl.DataFrame, params: TruthParams | None = None) -> TruthResult:
    """Truth per item and accuracy per source from conflicting claims (see the module docstring).

    claims: columns source, item, value (str, number, or list of str) and optionally observed_at.
    Returns a TruthResult; every probability, reliability and bound is in [0, 1].
    """
    params = params or TruthParams()
    frame = _prepare(claims)
    if frame.height == 0:
        return _empty_result()
    dtype = frame.schema["value"]
    if isinstance(dtype, pl.List):
        return _set_truth(frame, params)
    return _value_truth(frame, params, numeric=dtype.is_numeric())


def _source_table(
    names: pl.Series,
    src: np.ndarray,
    weight: np.ndarray,
    credit: np.ndarray,
    n_items: np.ndarray,
    params: TruthParams,
) -> pl.DataFrame:
    a0 = params.prior_accuracy * params.prior_strength
    b0 = (1 - params.prior_accuracy) * params.prior_strength
    n_src = names.len()
    right = np.bincount(src, weight * credit, n_src) + a0
    wrong = np.bincount(src, weight * (1 - credit), n_src) + b0
    low, high = beta_interval(right, wrong, params.interval_mass)
    return pl.DataFrame(
        {
            "source": names,
            "reliability": right / (right + wrong),
            "low": low,
            "high": high,
            "n_claims": n_items.astype(np.uint32),
        }
    )


def _dependence_table(names: pl.Series, dep: sp.csr_matrix | None) -> pl.DataFrame:
    if dep is None or dep.nnz == 0:
        return _empty_result().dependence
    coo = sp.triu(dep, k=1).tocoo()
    strong = coo.data >= 0.5
    return pl.DataFrame(
        {
            "source_a": names.gather(coo.row[strong]),
            "source_b": names.gather(coo.col[strong]),
            "probability": coo.data[strong],
        }
    ).sort("probability", descending=True)


def pooled_accuracy(right: np.ndarray, wrong: np.ndarray, params: TruthParams) -> float:
    """Hierarchical mean of the accuracy prior: the mean of the sources' raw accuracies, each
    weighted by n / (n + prior_strength) (n: its judged claims, so a source judged on one claim
    moves the mean less than one judged on many), shrunk toward `params.prior_accuracy` as if
    `params.prior_sources` sources had that accuracy. A table of thousands of sources sets its
    own mean; a handful cannot drag it down, which would lower every vote together until
    all sources look worse than chance."""
    n = right + wrong
    seen = n > 0
    share = n[seen] / (n[seen] + params.prior_strength)
    pooled = float(np.sum(share * right[seen] / n[seen]))
    return (pooled + params.prior_sources * params.prior_accuracy) / (
        float(share.sum()) + params.prior_sources
    )


def accuracy_iterations(
    src: np.ndarray,
    cand: np.ndarray,
    weight: np.ndarray,
    cand_item: np.ndarray,
    item_starts: np.ndarray,
    n_src: int,
    similarity: sp.csr_matrix | None,
    params: TruthParams,
    facet: np.ndarray | None = None,
    facet_source: np.ndarray | None = None,
    order: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None, sp.csr_matrix | None, int, float]:
    """Iterate value probabilities and source accuracies to a fixed point (PopAccu, see the
    module docstring), with copies' votes split among the copies.

    With `params.empirical_prior` the mean of the Beta prior is re-estimated every round from
    the sources themselves (`pooled_accuracy`), so a source with few claims starts from how
    accurate a typical source of this table is rather than from a fixed 0.8.

    Per claim: src (source code), cand (candidate value code), weight. Per candidate: cand_item,
    sorted so that each item's candidates are contiguous from item_starts. `similarity`
    (numbers only): sparse candidates x candidates similarity of different values of one item.

    Dependence is judged once, before iterating, from the claims alone (`copying.dependence`),
    so an early mistake about the truth cannot make independent sources that share a minority
    value look like copies. A source's accuracy is judged only on items some other source also
    covers (an unchecked claim is no evidence either way) and is the Beta posterior mean.

    facet (per claim) and facet_source (per facet), when the claims carry an attribute: the code
    of the claim's (source, attribute) pair and each pair's source. Once the per-source model has
    converged, iteration goes on with one accuracy per (source, attribute), Beta-shrunk toward
    the source's accuracy over all its attributes (`TruthParams.attribute_prior_strength`
    pseudo-claims), and a vote weighs by its source's accuracy on that attribute. So a source
    systematically off on one attribute (another definition of the field, a stale feed) loses
    its weight there and keeps it elsewhere. The per-source fixed point comes first because the
    per-attribute model alone cannot tell which of two factions that each agree internally on
    an attribute is right (each makes the other look wrong there); how accurate the factions
    are on the other attributes can, and that is what the first stage settles. (Started from
    the uniform prior, the per-attribute model settles on the larger faction: on Flight, the
    wheels-off times half the sites give for the actual departure.)

    Returns (p per candidate, compared mask per claim, accuracy per source, accuracy per facet
    or None, dependence matrix or None, iterations run, prior mean of accuracy in the last round).
    """
    n_cand = cand_item.size
    n_item = item_starts.size
    k = np.diff(np.append(item_starts, n_cand))
    a0 = params.prior_accuracy * params.prior_strength
    b0 = (1 - params.prior_accuracy) * params.prior_strength
    item_of_claim = cand_item[cand]
    sources_on_item = np.bincount(item_of_claim, weight, n_item)
    compared = sources_on_item[item_of_claim] - weight > 1e-9
    accuracy = np.full(n_src, params.prior_accuracy)
    effective = weight
    dep = None
    if params.detect_copying:
        # Agreement on items nobody disputes says nothing about copying.
        contested = np.flatnonzero(k[item_of_claim] > 1)
        # A pair that shares a value on too few disputed items to judge keeps the prior alpha
        # (editors who meet on a page or two may well have copied one another), not 0.
        dep = dependence(
            src[contested],
            cand[contested],
            cand_item,
            weight[contested],
            n_src,
            params,
            thin_pairs_at_prior=True,
        )
        own = np.ones(src.size)
        own[contested] = shared_vote_factors(src[contested], cand[contested], dep, n_cand, params.copy_rate)
        effective = weight * own
        if order is not None:
            # A claim that only repeats the value the item held just before adds no vote of its own.
            effective = effective * (
                1 - repeat_probabilities(src, cand, cand_item, weight, order, n_src, params)
            )
    rho = params.similarity_weight if similarity is not None else 0.0
    support = np.bincount(cand, effective, n_cand)
    total = np.add.reduceat(support, item_starts) if n_cand else support
    rest = np.clip(total[cand_item] - support, 0.0, None)
    # Popularity part of the log-likelihood: fixed, since the votes' weights are.
    popularity = -xlogy(support, support) - xlogy(rest, rest)
    none = -xlogy(total, total)
    p = np.zeros(n_cand)
    judged = weight * compared
    iterations = 0
    facet_accuracy = None
    stages = (False,) if facet is None else (False, True)
    for per_attribute in stages:
        voter, voter_accuracy = (facet, accuracy[facet_source]) if per_attribute else (src, accuracy)
        for _ in range(params.max_iterations):
            iterations += 1
            acc = np.clip(voter_accuracy, params.min_accuracy, params.max_accuracy)
            votes = np.bincount(cand, effective * np.log(acc / (1 - acc))[voter], n_cand)
            score = votes + popularity
            if rho > 0:
                score = score + rho * (similarity @ votes)
            top = np.maximum(_segment_max(score, item_starts), none)
            e = np.exp(score - top[cand_item])
            z = np.add.reduceat(e, item_starts) + np.exp(none - top)
            p = e / z[cand_item]
            # A number close to the truth is partly right (AccuSim): credit p plus similar values' p.
            credit = (p if similarity is None else np.minimum(1.0, p + similarity @ p))[cand]
            right = np.bincount(src, judged * credit, n_src)
            wrong = np.bincount(src, judged * (1 - credit), n_src)
            if params.empirical_prior:
                mean = pooled_accuracy(right, wrong, params)
                a0, b0 = mean * params.prior_strength, (1 - mean) * params.prior_strength
            accuracy = (right + a0) / (right + wrong + a0 + b0)
            updated = accuracy
            if per_attribute:
                facet_accuracy = facet_accuracies(facet, facet_source, judged, credit, accuracy, params)
                updated = facet_accuracy
            moved = np.max(np.abs(updated - voter_accuracy)) if updated.size else 0.0
            voter_accuracy = updated
            if moved < params.tolerance:
                break
    return p, compared, accuracy, facet_accuracy, dep, iterations, a0 / (a0 + b0)


def facet_accuracies(
    facet: np.ndarray,
    facet_source: np.ndarray,
    judged: np.ndarray,
    credit: np.ndarray,
    source_accuracy: np.ndarray,
    params: TruthParams,
) -> np.ndarray:
    """Accuracy per (source, attribute) pair: its judged claims' credit plus
    `attribute_prior_strength` pseudo-claims at the source's overall accuracy (a hierarchical
    Beta prior), so a pair with few claims keeps about its source's accuracy."""
    k = params.attribute_prior_strength
    n_facet = facet_source.size
    right = np.bincount(facet, judged * credit, n_facet)
    return (right + k * source_accuracy[facet_source]) / (np.bincount(facet, judged, n_facet) + k)


def _value_truth(frame: pl.DataFrame, params: TruthParams, numeric: bool) -> TruthResult:
    frame = frame.with_columns(value_key=pl.col("value").cast(pl.String))
    candidates = (
        frame.select("item", "value", "value_key")
        .unique(["item", "value_key"])
        .sort("item", "value_key")
        .with_row_index("cand")
    )
    frame = frame.join(candidates.select("item", "value_key", "cand"), on=["item", "value_key"])
    src, src_names = _index(frame["source"])
    cand = frame["cand"].to_numpy().astype(np.int64)
    weight = frame["weight"].to_numpy()
    item_codes, item_names = _index(candidates["item"])
    item_starts = np.flatnonzero(np.diff(item_codes, prepend=-1))
    similarity = None
    if numeric and params.similarity_weight > 0:
        similarity = _numeric_similarity(
            item_codes, candidates["value"].cast(pl.Float64).to_numpy(), params.numeric_tolerance
        )
    facet, facet_source, facet_attribute = _facets(frame["attribute"], src)
    p, compared, _, facet_accuracy, dep, iterations, prior_mean = accuracy_iterations(
        src,
        cand,
        weight,
        item_codes,
        item_starts,
        src_names.len(),
        similarity,
        params,
        facet,
        facet_source,
        frame["order"].to_numpy(),
    )
    if params.empirical_prior:
        params = replace(params, prior_accuracy=prior_mean)
    n_items = (
        frame.with_columns(s=pl.Series(src))
        .group_by("s")
        .agg(pl.col("item").n_unique())
        .sort("s")["item"]
        .to_numpy()
    )
    credit = p if similarity is None else np.minimum(1.0, p + similarity @ p)
    sources = _source_table(src_names, src, weight * compared, credit[cand], n_items, params)
    n_sources = np.bincount(cand, minlength=candidates.height)
    values = candidates.select(
        "item", pl.col("value"), probability=pl.Series(p), n_sources=pl.Series(n_sources.astype(np.uint32))
    )
    truths = (
        values.sort(["item", "probability", "n_sources"], descending=[False, True, True])
        .group_by("item", maintain_order=True)
        .first()
        .select("item", "value", confidence=pl.col("probability"))
    )
    attributes = _empty_result().attributes
    if facet is not None:
        attributes = pl.DataFrame(
            {
                "source": src_names.gather(facet_source),
                "attribute": facet_attribute,
                "reliability": facet_accuracy,
                "n_claims": np.bincount(facet, minlength=facet_source.size).astype(np.uint32),
            }
        ).sort("source", "attribute")
    return TruthResult(sources, truths, values, _dependence_table(src_names, dep), iterations, attributes)


def _facets(
    attribute: pl.Series, src: np.ndarray
) -> tuple[np.ndarray | None, np.ndarray | None, pl.Series | None]:
    """Per claim the code of its (source, attribute) pair; per pair its source code and its
    attribute. (None, None, None) when the claims name fewer than two attributes."""
    codes, names = _index(attribute)
    if names.len() < 2:
        return None, None, None
    pairs, facet = np.unique(src.astype(np.int64) * names.len() + codes, return_inverse=True)
    return facet.astype(np.int64), pairs // names.len(), names.gather(pairs % names.len())


def _set_truth(frame: pl.DataFrame, params: TruthParams) -> TruthResult:
    """Sets as yes/no observations per (item, element), with per-source sensitivity and
    false-positive rate (a two-coin latent truth model), iterated by EM."""
    frame = frame.with_columns(pl.col("value").list.unique().list.sort()).filter(
        pl.col("value").list.len() > 0
    )
    frame = frame.unique(["source", "item", "value"]).with_columns(
        weight=1.0 / pl.len().over("source", "item")
    )
    listed = (
        frame.explode("value")
        .rename({"value": "element"})
        .group_by("source", "item", "element")
        .agg(pl.col("weight").sum())
    )
    elements = listed.select("item", "element").unique().sort("item", "element").with_row_index("fact")
    covering = frame.group_by("source", "item").agg(pl.col("weight").sum().alias("share"))
    obs = (
        covering.join(elements, on="item")
        .join(listed, on=["source", "item", "element"], how="left")
        .with_columns(yes=pl.col("weight").fill_null(0.0))
    )
    src, src_names = _index(obs["source"])
    n_src = src_names.len()
    fact = obs["fact"].to_numpy().astype(np.int64)
    yes = obs["yes"].to_numpy()
    no = obs["share"].to_numpy() - yes
    n_fact = elements.height
    k = params.set_prior_strength
    s0, s1 = params.set_sensitivity_prior * k, (1 - params.set_sensitivity_prior) * k
    f0, f1 = params.set_false_positive_prior * k, (1 - params.set_false_positive_prior) * k
    sens = np.full(n_src, params.set_sensitivity_prior)
    fpr = np.full(n_src, params.set_false_positive_prior)
    lo, hi = params.min_accuracy, params.max_accuracy
    p = np.full(n_fact, 0.5)
    iterations = 0
    for step in range(1, params.max_iterations + 1):
        iterations = step
        s, f = np.clip(sens, lo, hi), np.clip(fpr, lo, hi)
        llr = yes * np.log(s / f)[src] + no * np.log((1 - s) / (1 - f))[src]
        p = 1 / (1 + np.exp(-np.clip(np.bincount(fact, llr, n_fact), -50, 50)))
        pt = p[fact]
        new_sens = (np.bincount(src, yes * pt, n_src) + s0) / (
            np.bincount(src, (yes + no) * pt, n_src) + s0 + s1
        )
        new_fpr = (np.bincount(src, yes * (1 - pt), n_src) + f0) / (
            np.bincount(src, (yes + no) * (1 - pt), n_src) + f0 + f1
        )
        moved = max(np.max(np.abs(new_sens - sens)), np.max(np.abs(new_fpr - fpr)))
        sens, fpr = new_sens, new_fpr
        if moved < params.tolerance:
            break
    judged = elements.with_columns(probability=pl.Series(p))
    best = judged.sort("probability", descending=True).group_by("item", maintain_order=True).first()
    truths = (
        judged.filter(pl.col("probability") > 0.5)
        .group_by("item")
        .agg(pl.col("element").sort().alias("value"))
        .join(best.select("item", pl.col("element").alias("fallback")), on="item", how="right")
        .with_columns(
            value=pl.when(pl.col("value").is_null()).then(pl.concat_list("fallback")).otherwise("value")
        )
    )
    confidence = (
        judged.join(truths.select("item", "value"), on="item")
        .with_columns(inside=pl.col("value").list.contains(pl.col("element")))
        .group_by("item")
        .agg(
            (pl.when(pl.col("inside")).then(pl.col("probability")).otherwise(1 - pl.col("probability")))
            .log()
            .sum()
            .exp()
            .alias("confidence")
        )
    )
    truths = truths.join(confidence, on="item").select("item", "value", "confidence").sort("item")
    # A set claim's credit: its Jaccard similarity with the truth set.
    scored = frame.join(truths.select("item", pl.col("value").alias("truth")), on="item").with_columns(
        credit=pl.col("value").list.set_intersection("truth").list.len()
        / pl.col("value").list.set_union("truth").list.len()
    )
    s_codes = pl.DataFrame({"source": src_names, "code": np.arange(n_src)})
    scored = scored.join(s_codes, on="source")
    n_items = scored.group_by("code").agg(pl.col("item").n_unique()).sort("code")["item"].to_numpy()
    sources = _source_table(
        src_names,
        scored["code"].to_numpy(),
        scored["weight"].to_numpy(),
        scored["credit"].to_numpy(),
        n_items,
        params,
    )
    values = (
        frame.group_by("item", "value")
        .agg(pl.len().cast(pl.UInt32).alias("n_sources"))
        .join(truths.select("item", pl.col("value").alias("truth")), on="item")
        .with_columns(probability=(pl.col("value") == pl.col("truth")).cast(pl.Float64))
        .select("item", "value", "probability", "n_sources")
    )
    return TruthResult(
        sources, truths, values, _empty_result().dependence, iterations, _empty_result().attributes
    )
