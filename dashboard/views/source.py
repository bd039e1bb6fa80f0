"""Source page: one outlet or originator — its evidence sentences, claims, articles, attribution mix and score history."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import charts, data, frames, widgets
from dashboard.sentences import describe_interval, escape_markdown, highlighted_markdown, join_nonempty

PER_PAGE = 15
CONFLICTS_SHOWN = 5

warehouse = data.current()
run_id = data.latest_run(warehouse)
board = frames.named_leaderboard(data.leaderboard(warehouse, run_id), data.source_names(warehouse))

kind_col, source_col = st.columns([1.3, 4])
with kind_col:
    kind = widgets.kind_radio()
of_kind = board.filter(pl.col("source_kind") == kind)
if of_kind.is_empty():
    st.info(f"The latest run scored no {frames.KIND_LABELS[kind].lower()}.")
    st.stop()
with source_col:
    # Ranked like the leaderboard, so the picker opens on its top source.
    source_id = st.selectbox("Source", of_kind["source_id"].to_list(), key="source", bind="query-params")
score = of_kind.filter(pl.col("source_id") == source_id).row(0, named=True)

st.title(escape_markdown(score["label"]), anchor=False)
established = score["evidence_status"] != frames.INSUFFICIENT
metrics = st.columns(5)
for column, component in zip(metrics, ("reliability", "consistency", "attribution"), strict=False):
    value, low, high = score[f"{component}_score"], score[f"{component}_low"], score[f"{component}_high"]
    column.metric(
        component.capitalize(),
        f"{value:.2f}" if value is not None else "–",
        help=f"95 % interval {low:.2f} – {high:.2f}" if low is not None and high is not None else None,
        delta=f"{low:.2f} – {high:.2f}" if low is not None and high is not None else None,
        delta_color="off",
        delta_arrow="off",
    )
metrics[3].metric("Claims", score["n_claims"])
metrics[4].metric(
    "Compared", score["n_compared"], help="claims on facts that independent other sources also reported"
)
if not established:
    st.info(
        "Insufficient evidence: too few claims or too few facts compared with other sources for an established "
        "score. The intervals show how little is known yet."
    )

claims = frames.claims_with_role(data.source_claims(warehouse, source_id, kind, run_id))
conflicts = data.source_conflicts(warehouse, source_id, kind, run_id)
evidence_tab, claims_tab, articles_tab, mix_tab, history_tab = st.tabs(
    ["Evidence", "Claims", "Articles", "Attribution mix", "Score history"], key="tab", bind="query-params"
)

with evidence_tab:
    counts = frames.role_counts(claims)
    if not counts:
        st.info("No claims from this source in the warehouse.")
    else:
        filter_col, page_col = st.columns([4, 1])
        with filter_col:
            roles = st.pills(
                "Show claims that",
                list(counts),
                selection_mode="multi",
                key="roles",
                bind="query-params",
                help="conflicts / supports: compared with the consensus of independent other sources; "
                "uncompared: nobody else reported that fact; not scored: quarantined or not about a fact.",
            )
        # The page picker needs the page count of the chosen roles; changing them starts again at page 1.
        _, pages = frames.evidence_page(claims, roles, 1, PER_PAGE)
        with page_col:
            page = int(
                st.number_input(
                    f"Page (of {pages})",
                    min_value=1,
                    max_value=pages,
                    value=1,
                    key="page",
                    bind="query-params",
                )
            )
        shown, pages = frames.evidence_page(claims, roles, page, PER_PAGE)
        st.caption(
            escape_markdown(", ".join(f"{n} {role}" for role, n in counts.items()))
            + " · the sentence each claim came from, with :orange-background[**the number**] and "
            ":blue-background[whom it is credited to]"
        )
        for claim in shown.iter_rows(named=True):
            with st.container(border=True):
                st.markdown(
                    highlighted_markdown(
                        claim["sentence"],
                        (claim["number_start"], claim["number_end"]),
                        (claim["attribution_start"], claim["attribution_end"]),
                    )
                )
                said = describe_interval(
                    claim["value_low"], claim["value_high"], claim["qualifier"], claim["unit"]
                )
                credited = (
                    f"credited to {claim['attribution_kind']}: {claim['attribution_text']}"
                    if claim["attribution_text"]
                    else f"credited to {claim['attribution_kind']}"
                )
                st.caption(escape_markdown(join_nonempty([
                    claim["role"],
                    f"{claim['measure']} · {claim['subject'] or 'no subject'}: {said} ({claim['qualifier']})",
                    credited,
                    "hedged" if claim["hedged"] else None,
                    claim["outlet"] if kind == "originator" else None,
                    claim["title"],
                    f"{claim['published_at']:%Y-%m-%d}" if claim["published_at"] else "undated",
                ])))  # fmt: skip
                if claim["loo_consensus_low"] is not None or claim["loo_consensus_high"] is not None:
                    others = describe_interval(
                        claim["loo_consensus_low"], claim["loo_consensus_high"], None, claim["unit"]
                    )
                    agreement = (
                        f", agreement {claim['agreement']:.2f}" if claim["agreement"] is not None else ""
                    )
                    st.markdown(escape_markdown(f"Consensus of the other sources: {others}{agreement}"))
                elif claim["consensus_low"] is not None:
                    st.markdown(
                        escape_markdown(
                            "No independent source reported this fact; its consensus is this claim: "
                            + describe_interval(
                                claim["consensus_low"], claim["consensus_high"], None, claim["unit"]
                            )
                        )
                    )
                against = conflicts.filter(pl.col("claim_id") == claim["claim_id"])
                if against.height:
                    st.markdown(f"**Conflicting claims of other sources** ({against.height})")
                    for other in against.head(CONFLICTS_SHOWN).iter_rows(named=True):
                        st.markdown(
                            "› "
                            + highlighted_markdown(
                                other["sentence"],
                                (other["number_start"], other["number_end"]),
                                (other["attribution_start"], other["attribution_end"]),
                            )
                        )
                        st.caption(escape_markdown(join_nonempty([
                            other["conflicting_source_id"],
                            describe_interval(other["value_low"], other["value_high"], other["qualifier"]),
                            f"agreement {other['agreement']:.2f}" if other["agreement"] is not None else None,
                            other["title"],
                            f"{other['published_at']:%Y-%m-%d}" if other["published_at"] else "undated",
                        ])))  # fmt: skip
                    if against.height > CONFLICTS_SHOWN:
                        st.caption(f"and {against.height - CONFLICTS_SHOWN} more")

with claims_tab:
    st.dataframe(
        claims.select(
            "span",
            "measure",
            "subject",
            "value_low",
            "value_high",
            "qualifier",
            "unit",
            "attribution_kind",
            "attribution_text",
            "originator",
            "hedged",
            "role",
            "agreement",
            "outlet",
            "title",
            "published_at",
        ),
        hide_index=True,
        width="stretch",
        column_config={
            "span": st.column_config.TextColumn("claim"),
            "value_low": st.column_config.NumberColumn("low"),
            "value_high": st.column_config.NumberColumn("high"),
            "attribution_kind": st.column_config.TextColumn("attribution kind"),
            "attribution_text": st.column_config.TextColumn("attribution"),
            "agreement": st.column_config.NumberColumn(format="%.2f"),
        },
    )

with articles_tab:
    articles = data.source_articles(warehouse, source_id, kind)
    st.caption(
        f"{articles.height} articles "
        + ("published by this outlet" if kind == "outlet" else "that credit a figure to this originator")
    )
    st.dataframe(
        articles.select("title", "outlet", "published_at", "n_claims", "word_count", "url", "opening"),
        hide_index=True,
        width="stretch",
        column_config={
            "n_claims": st.column_config.NumberColumn("claims" if kind == "outlet" else "claims credited"),
            "word_count": st.column_config.NumberColumn("words"),
            "url": st.column_config.LinkColumn("url"),
        },
    )

with mix_tab:
    mix = frames.attribution_mix(score)
    st.altair_chart(charts.attribution_mix_chart(mix), width="stretch")
    st.caption(escape_markdown(join_nonempty([
        f"{score['n_hedged'] or 0} hedged claims",
        f"quotes with an identified speaker: {score['quotes_identified'] or 0}",
        f"without: {score['quotes_unidentified'] or 0}",
    ])))  # fmt: skip

with history_tab:
    history = data.source_score_history(warehouse, source_id, kind)
    st.altair_chart(charts.score_history_chart(frames.score_history_long(history)), width="stretch")
    st.dataframe(
        history.select(
            "run_id",
            "scored_at",
            "state",
            "reliability_score",
            "reliability_low",
            "reliability_high",
            "consistency_score",
            "attribution_score",
            "n_claims",
            "n_compared",
            "evidence_status",
        ),
        hide_index=True,
        width="stretch",
    )
