"""Near-identical articles: candidate pairs through MinHash bands, confirmed by estimated similarity."""

from __future__ import annotations

import numpy as np
import polars as pl

from credence.ingest.identity import band_hashes_of, estimated_similarity

COPY_THRESHOLD = 0.8


def article_bands(frame: pl.DataFrame) -> pl.DataFrame:
    """(article_id, band) for each MinHash band of each article with a similarity key.

    Stored with the articles, so a later run finds candidate copies of its new articles with one
    join instead of recomputing every stored article's bands.
    """
    frame = frame.filter(pl.col("similarity_key") != "")
    hashes = band_hashes_of(frame["similarity_key"].to_list())
    return pl.DataFrame(
        {
            "article_id": np.repeat(frame["article_id"].to_numpy(), hashes.shape[1]) if frame.height else [],
            "band": hashes.reshape(-1),
        },
        schema={"article_id": pl.String, "band": pl.Int64},
    )


def copy_pairs(new: pl.DataFrame, existing: pl.DataFrame, threshold: float = COPY_THRESHOLD) -> pl.DataFrame:
    """Pairs (article_id, copy_of, similarity) of near-identical texts.

    `new` and `existing` have columns article_id, similarity_key. Each new article is compared
    with the existing ones and with the new ones listed before it; `copy_of` is always the
    earlier article, so the first publication of a syndicated story anchors its copies.
    """
    empty = pl.DataFrame(schema={"article_id": pl.String, "copy_of": pl.String, "similarity": pl.Float64})
    new = new.filter(pl.col("similarity_key") != "")
    existing = existing.filter(pl.col("similarity_key") != "")
    if new.height == 0:
        return empty
    order = (
        pl.concat(
            [existing.select("article_id", "similarity_key"), new.select("article_id", "similarity_key")]
        )
        .unique(subset="article_id", keep="first", maintain_order=True)
        .with_row_index("position")
    )
    new_ids = set(new["article_id"])
    bands = article_bands(order.filter(pl.col("article_id").is_in(list(new_ids)))).join(
        order.select("article_id", "position"), on="article_id"
    )
    old_bands = article_bands(order.filter(~pl.col("article_id").is_in(list(new_ids)))).join(
        order.select("article_id", "position"), on="article_id"
    )
    all_bands = pl.concat([old_bands, bands])
    candidates = (
        bands.join(all_bands, on="band", suffix="_other")
        .filter(pl.col("position_other") < pl.col("position"))
        .select("article_id", pl.col("article_id_other").alias("copy_of"))
        .unique()
    )
    if candidates.height == 0:
        return empty
    keys = dict(zip(order["article_id"], order["similarity_key"], strict=True))
    similarity = [
        estimated_similarity(keys[a], keys[b])
        for a, b in zip(candidates["article_id"], candidates["copy_of"], strict=True)
    ]
    return (
        candidates.with_columns(pl.Series("similarity", similarity, dtype=pl.Float64))
        .filter(pl.col("similarity") >= threshold)
        .sort("article_id", "copy_of")
    )


def copy_groups(article_ids: list[str], pairs: pl.DataFrame, known_groups: dict[str, str]) -> dict[str, str]:
    """The copy group of each new article: the group of the earliest article it copies, else itself.

    `known_groups` maps already-stored article ids to their groups, so a new copy of an old story
    joins the old story's group.
    """
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    earliest = {}
    for article_id, copy_of in zip(pairs["article_id"], pairs["copy_of"], strict=True):
        anchor = known_groups.get(copy_of, copy_of)
        earliest.setdefault(article_id, anchor)
        ra, rb = root(article_id), root(anchor)
        if ra != rb:
            # The anchor side is older, so it becomes the root of the merged group.
            parent[ra] = rb
    groups = {}
    for article_id in article_ids:
        top = root(article_id)
        groups[article_id] = known_groups.get(top, top)
    return groups
