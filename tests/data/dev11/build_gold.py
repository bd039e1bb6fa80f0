"""The eleventh (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev11/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

JOINT = "joint statement"
US_EU = "United States and European Union"
FEC = "the public FEC donation records made available on OpenSecrets.org"
SOROS = "Soros Fund Management"
WARREN_PLAN = "Elizabeth Warren's health care plan"
KLEINER = "Morris Kleiner"
PORTLAND = "Portland protests"
WHITE_HOUSE = "White House"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    ("q00", "$60 million", 0, "funding_requested", "dollars", 60000000, 60000000, "exact",
     "South Carolina's Election Commission", None, "none", False, False),
    ("q01", "Thousands of sources and facts", 0, "sources", "sources and facts", 2000, None, "vague",
     "Pragerpedia", None, "none", False, False),
    ("q02", "5 million tests", 0, "projected_tests", "tests", 5000000, 5000000, "exact",
     "Abbott", "Abbott", "organization", True, False),
    ("q03", "zero tariffs", 0, "tariffs", "tariffs", 0, 0, "exact",
     US_EU, JOINT, "document", False, False),
    ("q03", "zero non-tariff barriers", 0, "non_tariff_barriers", "non-tariff barriers", 0, 0, "exact",
     US_EU, JOINT, "document", False, False),
    ("q03", "zero subsidies", 0, "subsidies", "subsidies", 0, 0, "exact",
     US_EU, JOINT, "document", False, False),
    ("q03", "Zero tariffs", 0, "tariffs", "tariffs", 0, 0, "exact",
     US_EU, None, "none", False, False),
    ("q04", "nearly $207,000 in donations", 0, "donations", "donations", None, 207000, "upper_bound",
     SOROS, FEC, "document", False, False),
    ("q04", "$5,000 in contributions", 0, "donations", "contributions", 5000, 5000, "exact",
     "John Barrasso", None, "none", False, False),
    ("q04", "$5,000 in campaign donations", 0, "donations", "campaign donations", 5000, 5000, "exact",
     "Brian Fitzpatrick", None, "none", False, False),
    ("q04", "five grand", 0, "donations", "grand", 5000, 5000, "exact",
     "Roger Wicker", None, "none", False, False),
    ("q04", "$2,500", 0, "donations", "dollars", 2500, 2500, "exact",
     "Ted Cruz", None, "none", False, False),
    ("q04", "$1,000", 0, "donations", "dollars", 1000, 1000, "exact",
     "Lindsey Graham", None, "none", False, False),
    ("q06", "millions of Democratic ballots", 0, "ballots", "Democratic ballots", 2000000, None, "vague",
     "Texas", None, "none", False, False),
    ("q06", "38 electoral votes", 0, "electoral_votes", "electoral votes", 38, 38, "exact",
     "Texas", None, "none", False, False),
    ("q06", "47 other states", 0, "states", "states", 47, 47, "exact",
     "winner-take-all method", None, "none", False, False),
    ("q06", "three-judge panel", 0, "panel_judges", "judges", 3, 3, "exact",
     "5th U.S. Circuit Court of Appeals", None, "none", False, False),
    ("q08", "$52 trillion", 0, "cost", "dollars", 52000000000000, 52000000000000, "exact",
     WARREN_PLAN, None, "none", False, False),
    ("q08", "$20 trillion in new federal spending", 0, "federal_spending", "dollars", 20000000000000,
     20000000000000, "exact", WARREN_PLAN, None, "none", False, False),
    ("q09", "5 percent", 0, "licensed_worker_share", "American workers", 5, 5, "exact",
     "American workers", KLEINER, "person", False, False),
    ("q09", "29 percent", 0, "licensed_worker_share", "American workers", 29, 29, "exact",
     "American workers", KLEINER, "person", False, False),
    ("q09", "above 30 percent", 0, "tax_rate_on_earnings", "percent", None, 30, "upper_bound",
     "single cash benefit", None, "none", False, False),
    ("q09", "50 percent of their benefit", 0, "benefit_share_kept", "benefit", 50, 50, "exact",
     "disabled", None, "none", False, False),
    ("q09", "$1,170 threshold", 0, "earnings_threshold", "dollars", 1170, 1170, "exact",
     "disability insurance", None, "none", False, False),
    ("q10", "at least 13 people", 0, "charged", "people", 13, None, "lower_bound",
     PORTLAND, None, "none", False, False),
    ("q10", "one demonstrator hospitalized", 0, "wounded", "demonstrator", 1, 1, "exact",
     PORTLAND, None, "none", False, True),
    ("q12", "two providers", 0, "insurance_providers", "providers", 2, 2, "exact",
     "Ft. Worth area", None, "none", False, False),
    ("q18", "six feet of separation", 0, "distance", "feet", 6, 6, "exact",
     "social distancing", None, "none", False, False),
    ("q18", "at least six feet apart", 0, "distance", "feet", 6, None, "lower_bound",
     "social distancing", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("q00", "further delay is not tolerable", 0, "Amy Totenberg", "person"),
    ("q02", "holds the largest molecular point-of-care footprint", 0, None, "unknown"),
    ("q03", "We agreed today", 0, JOINT, "document"),
    ("q03", "I said, 'I have an idea, everybody.", 0, "Trump", "person"),
    ("q03", "Uh, can we get onto another subject?", 0, "everybody", "person"),
    ("q03", "The European Union is coming to Washington tomorrow", 0, "Trump", "person"),
    ("q06", "speech will persuade or that advocacy will be effective.", 0, "Jerry Smith", "person"),
    ("q07", "on many sides", 0, "Donald Trump", "person"),
    ("q07", "We must all come together as Americans", 0, "Ivanka", "person"),
    ("q07", "U.S is greatest when we join together", 0, "Mike Pence", "person"),
    ("q11", "an act that doesn’t play.", 0, "Trump", "person"),
    ("q12", "I will be dead within a year,", 0, "Stewart", "person"),
    ("q12", "pretty much all the insurers have dropped out.", 0, "Stewart", "person"),
    ("q13", "I am asking everyone watching tonight", 0, "Trump", "person"),
    ("q13", "Believe in your future.", 0, "Trump", "person"),
    ("q16", "overzealous prosecutors pursing a case", 0, WHITE_HOUSE, "organization"),
    ("q16", "serious questions about the jury in the case.", 0, "McEnany", "person"),
    ("q16", "The forewoman of his jury", 0, "McEnany", "person"),
    ("q16", "In now-deleted tweets", 0, "McEnany", "person"),
    ("q16", "serious medical risk", 0, WHITE_HOUSE, "organization"),
    ("q16", "Mr. Stone, like every American", 0, "McEnany", "person"),
    ("q16", "The president does not wish to interfere", 0, "McEnany", "person"),
    ("q17", "All right! Jeff Flake! Way to eventually go,", 0, "Seth Meyers", "person"),
    ("q17", "It took kinda-sorta guts", 0, "Seth Meyers", "person"),
    ("q17", "beyond the pale", 0, "Jeff Flake", "person"),
    ("q17", "Mexican heritage", 0, "Donald Trump", "person"),
    ("q17", "an inherent conflict of interest.", 0, "Donald Trump", "person"),
    ("q17", "Republicans do need to distance themselves from", 0, "Jeff Flake", "person"),
    ("q17", "America deserves far better than @realDonaldTrump.", 0, "Jeff Flake", "person"),
    ("q18", "We're doing exactly the same thing", 0, "Doocy", "person"),
    ("q18", "separate location,", 0, "MSNBC", "organization"),
    ("q20", "Nobody Wants To See a Government Speech Police", 0, "Senate Republicans", "organization"),
    ("q20", "made the wrong call", 0, "Carlos J. Monje, Jr.", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
