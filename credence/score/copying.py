"""Copy detection between sources (after ACCU, Dong, Berti-Equille & Srivastava, VLDB 2009), vectorized.

Independent sources agree when a value is popular (usually because it is true); they rarely
pick the same rare value by chance. So sharing rare values is the signature of copying, sharing
popular ones is weak evidence of it, and disagreeing is evidence against it. Only items on
which the sources disagree at all are looked at: agreement on undisputed items says nothing.
For a pair of sources, each shared item adds to the log-odds of "dependent":

    ln((c + (1 - c) q_v) / q_v)   when both give value v (q_v: v's share of the item's claims)
    ln(1 - c)                     when they give different values

(c: the copy rate, the share of its values a copier takes from its original), from a prior
alpha; the sums come from sparse matrix products over the claims, so there is no loop per claim
or per pair. Unlike ACCU the evidence does not depend on which value is currently believed
true: ACCU's truth-aware test, tried on the Flight benchmark, locks in an early mistake (a
first-round majority of copies makes the independent sources that share the true minority value
look like copies of each other), while this test is computed once and cannot.

With a copy rate near 1 (the default, 1 - 1e-6: a copier republishes another source's feed,
as mirrors, white-label sites and syndicated articles do, and differs from it only by update
lag) each disagreement costs ln(1 - c) = -13.8, several times what a shared rare value gains
(ln(1/q_v), a few nats), so only near-verbatim copies are judged dependent (on Flight:
flightview and its white-label copies, which differ on < 1 % of shared disputed items); two
accurate independent sources that agree on most disputed values, and so share many minority
values, are not (orbitz and travelocity differ on 11 %). The copies' votes are then split
(`shared_vote_factors`): a group of m mirrors giving one value counts about once.
`independence_factors` is ACCU's ordered variant (the most accurate copy keeps its whole vote),
used by the news scoring.
"""

from __future__ import annotations

import numpy as np
import polars as pl
import scipy.sparse as sp

from credence.score.params import TruthParams


def claim_matrix(
    src: np.ndarray, col: np.ndarray, weight: np.ndarray, n_src: int, n_col: int
) -> sp.csr_matrix:
    """Sources x columns (values or items) sparse matrix of summed claim weights."""
    return sp.csr_matrix((weight, (src, col)), shape=(n_src, n_col))


def dependence(
    src: np.ndarray,
    cand: np.ndarray,
    cand_item: np.ndarray,
    weight: np.ndarray,
    n_src: int,
    params: TruthParams,
    thin_pairs_at_prior: bool = False,
) -> sp.csr_matrix:
    """Symmetric sparse matrix (sources x sources) of P(the two sources are dependent).

    Per claim: src, cand (value code), weight; per value: cand_item. Per shared item the evidence is the
    likelihood ratio of "b copies a" (it repeats a's value with probability c, otherwise picks
    like anyone else) against independence (it picks value v with probability q_v, v's share of
    the item's claims): a shared value v adds ln((c + (1-c) q_v) / q_v), large for a rare value,
    near 0 for a value nearly everyone gives; a different value adds ln(1 - c). Pairs sharing
    fewer than `params.min_shared_items` items get no entry (0), or, with
    `thin_pairs_at_prior`, the prior alpha when they give the same value on at least one of
    them: too few items to judge is no evidence either way, so the pair keeps the prior rather
    than being taken for independent.
    """
    c, alpha = params.copy_rate, params.copy_prior
    n_cand, n_item = cand_item.size, int(cand_item.max()) + 1 if cand_item.size else 0
    item = cand_item[cand]
    share = np.bincount(cand, weight, n_cand) / np.maximum(
        np.bincount(item, weight, n_item)[cand_item], 1e-12
    )
    gain = np.log((c + (1 - c) * share) / np.maximum(share, 1e-12))
    values = claim_matrix(src, cand, weight, n_src, n_cand)
    shared_gain = (values.multiply(gain[None, :]).tocsr() @ values.T).tocoo()
    shared_values = (values @ values.T).tocsr()
    items = claim_matrix(src, item, weight, n_src, n_item)
    shared_items = (items @ items.T).tocsr()

    keep = shared_gain.row < shared_gain.col
    a, b, evidence = shared_gain.row[keep], shared_gain.col[keep], shared_gain.data[keep]
    covered = values_at(shared_items, a, b)
    enough = covered >= params.min_shared_items
    if not thin_pairs_at_prior:
        a, b, evidence, covered, enough = (
            a[enough],
            b[enough],
            evidence[enough],
            covered[enough],
            enough[enough],
        )
    if a.size == 0:
        return sp.csr_matrix((n_src, n_src))
    same = values_at(shared_values, a, b)
    different = np.clip(covered - same, 0.0, None)
    log_odds = np.log(alpha / (1 - alpha)) + evidence + different * np.log(1 - c)
    prob = np.where(enough, 1 / (1 + np.exp(-np.clip(log_odds, -50, 50))), alpha)
    sig = prob > 1e-4
    a, b, prob = a[sig], b[sig], prob[sig]
    return sp.csr_matrix(
        (np.concatenate([prob, prob]), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(n_src, n_src)
    )


def independence_factors(
    src: np.ndarray,
    cand: np.ndarray,
    accuracy: np.ndarray,
    dependent: sp.csr_matrix,
    n_cand: int,
    copy_rate: float,
) -> np.ndarray:
    """Per claim, the share of its vote that is its own: prod(1 - c * P(dep(s, s'))) over the
    sources s' that give the same value and rank before s (higher accuracy, then lower index).

    The most accurate of a group of copies keeps its whole vote, so the group counts about once.
    """
    n_src = accuracy.shape[0]
    if dependent.nnz == 0:
        return np.ones(src.shape[0])
    order = np.lexsort((np.arange(n_src), -accuracy))
    rank = np.empty(n_src, dtype=np.int64)
    rank[order] = np.arange(n_src)
    dep = dependent.tocoo()
    earlier = rank[dep.col] < rank[dep.row]
    log_keep = np.log(np.clip(1 - copy_rate * dep.data[earlier], 1e-12, None))
    discount = sp.csr_matrix((log_keep, (dep.row[earlier], dep.col[earlier])), shape=(n_src, n_src))
    given = sp.csr_matrix((np.ones(src.shape[0]), (src, cand)), shape=(n_src, n_cand))
    return np.exp(values_at(discount @ given, src, cand))


def values_at(matrix: sp.spmatrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """matrix[rows[i], cols[i]] for every i (0 where the sparse matrix has no entry), vectorized."""
    csr = sp.csr_matrix(matrix)
    if csr.nnz == 0:
        return np.zeros(rows.shape[0])
    csr.sum_duplicates()  # also sorts the column indices of each row
    width = np.int64(csr.shape[1])
    # Row-major keys of a canonical CSR matrix are already sorted: no sort needed.
    keys = np.repeat(np.arange(csr.shape[0], dtype=np.int64), np.diff(csr.indptr)) * width + csr.indices
    wanted = rows.astype(np.int64) * width + cols
    at = np.clip(np.searchsorted(keys, wanted), 0, keys.size - 1)
    return np.where(keys[at] == wanted, csr.data[at], 0.0)


def shared_vote_factors(
    src: np.ndarray, cand: np.ndarray, dependent: sp.csr_matrix, n_cand: int, copy_rate: float
) -> np.ndarray:
    """Per claim, the share of its vote that is its own: 1 / (1 + c * sum of P(dep(s, s'))) over the
    other sources s' giving the same value. A group of m mirrors giving one value splits one
    vote m ways (each keeps about 1/m), whichever of them is listed first, so the share does
    not flip from round to round as accuracies move."""
    if dependent.nnz == 0:
        return np.ones(src.shape[0])
    n_src = dependent.shape[0]
    given = sp.csr_matrix((np.ones(src.shape[0]), (src, cand)), shape=(n_src, n_cand))
    return 1 / (1 + copy_rate * values_at(dependent @ given, src, cand))


def repeat_probabilities(
    src: np.ndarray,
    cand: np.ndarray,
    cand_item: np.ndarray,
    weight: np.ndarray,
    order: np.ndarray,
    n_src: int,
    params: TruthParams,
) -> np.ndarray:
    """Per claim, P(it merely repeats the value the item held just before), from the claims' times.

    A source can copy no one source in particular and still add nothing of its own: a bot that
    re-saves every page it touches, a feed that republishes whatever a page shows when it
    passes. Its claim on an item is the value in force when it passed, whoever put it there
    (the copier of Dong, Berti-Equille & Srivastava's dynamic world, VLDB 2009, with an
    original that changes from item to item), so pairwise detection (`dependence`) never sees
    enough shared items with any one original.

    Per dated claim on a disputed item that has earlier claims: l, the share of the claims at
    the latest earlier time that give its value (1 when the one latest earlier claim gives it,
    0 when it does not), and q, how probably a source choosing independently gives its value.
    q is the predictive probability of a Chinese restaurant process over the item's other
    claims: q = n_v / (n + new_value_mass), n_v the weight of the other claims giving the
    value, n that of all of them, and new_value_mass / (n + new_value_mass) left for a value
    none of them gives (values are open-ended: an independent source may give a figure nobody
    gave yet). Without that mass q is n_v / n, which on a small item takes the one other claim
    of a value for proof that independent sources give it: a bot re-saving a one-off's change
    (an editor's 8,860, a one-off's 9,000, then the bot's 9,000) would look as likely to have
    chosen 9,000 on its own as to have repeated it. A source repeats the latest value with
    probability r and chooses independently otherwise:

        P(its value | repeat) = l,    P(its value | independent) = q

    r is fitted per source by EM under a Beta prior of mean `copy_prior` and strength
    `prior_strength`; the claim's repeat probability is the posterior r l / (r l + (1 - r) q).
    A source that gives the latest value no more often than independent sources give it gets r
    near 0; one that gives it on most disputed items, whoever gave it before, gets r near 1.
    Undisputed items (a repeat and an independent claim give their one value alike), undated
    claims (NaN in `order`) and the first claims on an item get 0.
    """
    out = np.zeros(src.size)
    n_cand = cand_item.size
    if n_cand == 0:
        return out
    item = cand_item[cand]
    n_item = int(cand_item.max()) + 1
    dated = np.flatnonzero(~np.isnan(order) & (np.bincount(cand_item, minlength=n_item)[item] > 1))
    if dated.size == 0:
        return out
    claims = pl.DataFrame(
        {"j": dated, "item": item[dated], "t": order[dated], "cand": cand[dated], "w": weight[dated]}
    )
    moments = (
        claims.group_by("item", "t")
        .agg(pl.col("w").sum().alias("w_t"))
        .sort("item", "t")
        .with_columns(t_latest=pl.col("t").shift(1).over("item"))
    )
    at_moment = claims.group_by("item", "cand", "t").agg(pl.col("w").sum().alias("w_latest_value"))
    joined = (
        claims.join(moments.drop_nulls("t_latest").select("item", "t", "t_latest"), on=["item", "t"])
        .join(
            moments.select("item", pl.col("t").alias("t_latest"), w_latest=pl.col("w_t")),
            on=["item", "t_latest"],
        )
        .join(at_moment.rename({"t": "t_latest"}), on=["item", "cand", "t_latest"], how="left")
    )
    if joined.height == 0:
        return out
    j = joined["j"].to_numpy()
    latest = (joined["w_latest_value"].fill_null(0.0) / joined["w_latest"]).to_numpy()
    s, w, c = src[j], weight[j], cand[j]
    support = np.bincount(cand, weight, n_cand)
    total = np.bincount(item, weight, n_item)
    q = np.clip((support[c] - w) / (total[item[j]] - w + params.new_value_mass), 1e-6, 1.0)
    a = params.copy_prior * params.prior_strength
    b = (1 - params.copy_prior) * params.prior_strength
    n = np.bincount(s, w, n_src)
    r = np.full(n_src, params.copy_prior)
    posterior = np.zeros(j.size)
    for _ in range(10 * params.max_iterations):
        posterior = r[s] * latest / np.maximum(r[s] * latest + (1 - r[s]) * q, 1e-12)
        updated = (np.bincount(s, w * posterior, n_src) + a) / (n + a + b)
        moved = np.max(np.abs(updated - r))
        r = updated
        if moved < params.tolerance:
            break
    out[j] = posterior
    return out
