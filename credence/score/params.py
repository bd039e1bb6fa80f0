"""Every weight and threshold of the scoring engine, in two frozen dataclasses (pure; imports nothing).

`TruthParams` drives the generic truth-discovery engine (`truth.discover_truth`); `ScoringParams`
drives the scoring of news outlets and the originators they cite (`score_sources`) and embeds a
`TruthParams` for the parts the two share (source-accuracy prior, copy detection, iterations).
The defaults are one set for every data set: they were chosen from the published methods'
defaults and from what the words mean ("about" = within 15 %), never fitted to a gold standard.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TruthParams:
    """Parameters of reliability-weighted truth discovery (PopAccu-style, with copy detection).

    prior_accuracy, prior_strength: the Beta prior on every source's accuracy, as a mean and a
        pseudo-count (Beta(prior_accuracy*k, (1-prior_accuracy)*k)). It shrinks the accuracy of a
        source with few claims toward the prior, so one lucky claim cannot top the board.
    empirical_prior, prior_sources: when on, the prior's mean is not fixed but estimated each
        round from the sources of the table (the evidence-weighted mean of their accuracies,
        a hierarchical Beta prior), with prior_accuracy counted as prior_sources sources. A
        table of thousands of sources then sets what a newcomer is presumed to be worth; a
        handful of sources cannot drag the mean down (10 sources: a round number, not fitted).
    attribute_prior_strength: when claims carry an attribute, each source gets one accuracy per
        attribute, Beta-shrunk toward its overall accuracy with this many pseudo-claims (10, a
        round number: an attribute needs a few dozen claims of a source before its own record
        dominates; 3, 10 and 100 scored alike on the Flight days other than the test snapshot).
    similarity_weight: rho of TruthFinder/AccuSim - how much the support of a similar number adds
        to a number's own score. 0 switches similarity off.
    numeric_tolerance: relative difference at which two numbers' similarity falls to 1/e
        (similarity = exp(-|a-b| / (tolerance*max(|a|,|b|)))).
    detect_copying, copy_rate, copy_prior: dependence detection from shared rare values (see
        `copying`): c (the share of its values a copier copies) and alpha (the prior probability
        that a given pair of sources is dependent). c = 1 - 1e-6 reads copying as republishing
        (mirrors, white-label sites, syndicated articles): a copier differs from its original
        only by update lag. Each disagreement then costs ln(1 - c) = -13.8, several times what
        a shared rare value adds (ln(1/q_v), a few nats), so a pair is judged dependent only
        when it almost never differs; two independent sources that merely agree often, even on
        minority values, are not copies. With dated claims, detect_copying also discounts
        claims that repeat the value an item held just before them (`copying.repeat_probabilities`:
        a per-source repeat rate under a Beta prior of mean copy_prior and strength
        prior_strength).
    new_value_mass: in that repeat test, how probably a source choosing independently gives a
        value: n_v / (n + new_value_mass) over the item's other claims (n_v of them give it, n
        in all), the Chinese restaurant process's predictive, the rest being the chance of a
        value nobody gave yet. 1, the process's customary concentration (one pseudo-claim for
        an unseen value): with one other claim on the item, an independent source gives that
        claim's value half of the time, not always.
    min_shared_items: copy detection ignores pairs of sources that share fewer items: with a
        handful of shared items any verdict is noise.
    max_iterations, tolerance: stop after that many rounds or when no source's accuracy moves more
        than `tolerance`.
    interval_mass: the probability mass of every reported interval (0.95 -> 2.5 % and 97.5 % quantiles).
    min_accuracy, max_accuracy: accuracies are clipped into this range before taking logits, so a
        source never gets an infinite vote.
    set_sensitivity_prior, set_false_positive_prior, set_prior_strength: for set values (author
        lists), the Beta priors (mean, pseudo-count) of a source's sensitivity (it lists a true
        element) and false-positive rate (it lists a false one). As in the latent truth model,
        omitting a true element is taken as a commoner mistake than inventing one.
    """

    prior_accuracy: float = 0.8
    prior_strength: float = 2.0
    empirical_prior: bool = True
    prior_sources: float = 10.0
    attribute_prior_strength: float = 10.0
    similarity_weight: float = 0.5
    numeric_tolerance: float = 0.01
    detect_copying: bool = True
    copy_rate: float = 0.999999
    copy_prior: float = 0.2
    new_value_mass: float = 1.0
    min_shared_items: int = 5
    max_iterations: int = 30
    tolerance: float = 1e-4
    interval_mass: float = 0.95
    min_accuracy: float = 0.01
    max_accuracy: float = 0.99
    set_sensitivity_prior: float = 0.5
    set_false_positive_prior: float = 0.05
    set_prior_strength: float = 10.0


# Counts that only grow as events accumulate: a toll, the cases or tests so far. (Stocks that can
# also fall, such as troops deployed, people displaced or missing, are not.) Hospitalizations are
# counted as they accumulate; a figure of people in hospital now can fall, but ordering its
# reports by day is still less strict than comparing them as one value.
CUMULATIVE_MEASURES: tuple[str, ...] = (
    "killed", "wounded", "casualties", "captured", "arrested", "evacuated",
    "cases", "infected", "tested", "hospitalized", "recovered", "vaccinated",
)  # fmt: skip

# person > organization ~ document > anonymous > vague > none (pairs, so the params stay hashable).
ATTRIBUTION_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("person", 1.0),
    ("organization", 0.8),
    ("document", 0.75),
    ("anonymous", 0.4),
    ("vague", 0.2),
    ("none", 0.0),
)


@dataclass(frozen=True)
class ScoringParams:
    """Parameters of outlet and originator scoring.

    Intervals a claim allows (see `intervals.claim_bounds`):
    exact_tolerance: relative slack around an exact figure (rounding: "600" may be 598).
    approx_tolerance: relative slack around an approximate figure ("about 1,100" -> 935..1,265).
    bound_span: how far an open bound reaches: "more than 1,000" -> 1,000..1,000*span, "fewer than
        500" -> 500/span..500. A bound is read as an order-of-magnitude statement; a source cannot
        agree with everything by saying "more than 1".
    vague_span: the same for vague quantities ("thousands" = 2,000 -> 2,000..2,000*span).
    agreement_scale: relative gap between two intervals at which their agreement falls to 1/e;
        overlapping intervals agree fully (agreement 1).
    support_threshold: an evidence claim "supports" the consensus when its agreement is at least
        this, otherwise it "conflicts".
    consensus_slack: the consensus interval spans every point whose support is within this share
        of the best support, so the faint pull of a far-off outlier does not shrink it to a point.

    Facts (see `consistency`):
    window_days: claims about the same subject and measure are compared only inside the same
        window of this many days, anchored on the claims: per fact key (subject, measure, unit,
        counted noun) the
        earliest claim opens a window that takes every claim published within window_days days
        of it, and the next claim after it opens the next window (no calendar boundaries, no
        chaining). So a January toll and a June toll of a growing war are different facts,
        while two reports a day apart across a month's end are one. Undated claims form one
        window of their own.
    rate_window_days: the window of a daily figure (unit "per day": "a daily average of 746
        cases", "399 died in the previous 24 hours"): today's rate is no contradiction of last
        week's, so it is compared only with reports of the same or the next day.
    cumulative_measures: measures of counts that only grow (a toll, cases or tests so far): their
        claims are read in publication order, so a later higher report does not contradict an
        earlier lower one, and a report below an earlier one does (see `consistency`). Other
        measures are compared as one value across a window.
    core_only: compare only claims the extractor flagged as core figures, "a figure readers compare
        across sources" (the counts of the lexicon's core measures: killed, wounded, deployed,
        cases, ...). Other claims name no figure another source could report: their measure is
        a fallback ("share" of a bare percentage, "money", or the counted noun itself such as
        "people"), so the same subject and measure lumps unrelated figures. On by default.

    Evidence and uncertainty:
    min_compared: a source needs at least this many facts compared with other sources for a
        consistency score (fewer -> 'insufficient evidence').
    min_claims: a source needs at least this many claims for an attribution score.
    consistency_prior, consistency_prior_strength: Beta prior of consistency (mean, pseudo-count).
    attribution_prior, attribution_prior_strength: Beta prior of attribution quality.
    interval_mass: probability mass of every interval.

    Attribution:
    attribution_weights: (kind, weight) pairs: the weight of a claim credited that way; a kind
        missing from the pairs weighs 0.
    hedge_factor: a hedged claim's weight is multiplied by this ("reportedly" lowers it).
    quote_weight: each direct quote counts as this much of a claim toward an outlet's attribution
        score: 1 for an identified speaker, 0 for an unidentified one.

    Reliability:
    consistency_weight: reliability = w * consistency + (1 - w) * attribution.

    Truth discovery over the facts:
    truth: the shared TruthParams (accuracy prior, copy detection, iterations).

    Incremental scoring (`sources.score_sources` given the previous scoring's state):
    refit_fraction: the voters' weights are fitted anew over every fact once the claims added,
        changed or removed since the last full fit exceed this share of what it scored (0.05: a
        corpus of 100k claims takes about 5,000 new ones, some 700 articles, on the weights of the
        last fit; 0 fits every time).
    refit_runs: and at the latest after this many incremental scorings (24: a day of hourly runs).
    """

    exact_tolerance: float = 0.02
    approx_tolerance: float = 0.15
    bound_span: float = 10.0
    vague_span: float = 10.0
    agreement_scale: float = 0.05
    support_threshold: float = 0.5
    consensus_slack: float = 0.02
    window_days: int = 30
    rate_window_days: int = 2
    core_only: bool = True
    cumulative_measures: tuple[str, ...] = CUMULATIVE_MEASURES
    min_compared: int = 3
    min_claims: int = 3
    consistency_prior: float = 0.5
    consistency_prior_strength: float = 2.0
    attribution_prior: float = 0.5
    attribution_prior_strength: float = 2.0
    interval_mass: float = 0.95
    attribution_weights: tuple[tuple[str, float], ...] = ATTRIBUTION_WEIGHTS
    hedge_factor: float = 0.5
    quote_weight: float = 0.5
    consistency_weight: float = 0.7
    truth: TruthParams = field(default_factory=TruthParams)
    refit_fraction: float = 0.05
    refit_runs: int = 24
