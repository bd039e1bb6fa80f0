"""The sixth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev6/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

AUDIENCE = "Hollywood audience"
REPUBLICANS = "Republicans and Republican-leaning independents"
WAPO = "The Washington Post"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    ("k00", "another three or four couldn’t get through", 0, "unemployment_claims_blocked", "people", 3, 4,
     "range", "United States", "they", "person", False, False),
    ("k00", "two more didn’t even apply", 0, "unemployment_claims_not_filed", "people", 2, 2, "exact",
     "United States", "they", "person", False, False),
    ("k00", "laid off around 500 employees", 0, "laid_off", "employees", 500, 500, "approx",
     "Huntwood Industries", "Thomas Clouse of the Spokesman-Review", "person", False, False),
    ("k01", "$800 billion in cuts", 0, "medicaid_cuts", "$", 800000000000, 800000000000, "exact",
     "Medicaid", "CNN", "organization", False, False),
    ("k03", "contract worth more than $20 million per year", 0, "contract_value", "$", 20000000, None,
     "lower_bound", "Bill O'Reilly", None, "none", False, False),
    ("k03", "paid out $40 million", 0, "payout", "$", 40000000, 40000000, "exact",
     "Roger Ailes", None, "none", False, False),
    ("k05", "hundreds of the richest, most privileged people", 0, "audience", "people", 200, None, "vague",
     AUDIENCE, None, "none", False, False),
    ("k05", "$10,000 tuxedos", 0, "tuxedo_price", "$", 10000, 10000, "exact",
     AUDIENCE, None, "none", False, False),
    ("k05", "$20,000 dresses", 0, "dress_price", "$", 20000, 20000, "exact",
     AUDIENCE, None, "none", False, False),
    ("k05", "hundreds of the richest, most privileged people", 1, "audience", "people", 200, None, "vague",
     AUDIENCE, None, "none", False, False),
    ("k05", "$10,000 tuxedos", 1, "tuxedo_price", "$", 10000, 10000, "exact",
     AUDIENCE, None, "none", False, False),
    ("k05", "$20,000 dresses", 1, "dress_price", "$", 20000, 20000, "exact",
     AUDIENCE, None, "none", False, False),
    ("k05", "tens of millions of ordinary Americans", 0, "football_fans", "ordinary Americans", 20000000, None,
     "vague", "United States", None, "none", False, False),
    ("k07", "revenue of $19.62 billion", 0, "revenue", "$", 19620000000, 19620000000, "exact",
     "Target", "Target", "organization", False, False),
    ("k07", "up 11.3%", 0, "revenue_growth", "%", 11.3, 11.3, "exact",
     "Target", "Target", "organization", False, False),
    ("k07", "Net income fell 64%", 0, "net_income_change", "%", 64, 64, "exact",
     "Target", None, "none", False, False),
    ("k07", "Net income fell 64% to $284 million", 0, "net_income", "$", 284000000, 284000000, "exact",
     "Target", None, "none", False, False),
    ("k07", "$2 an hour temporary wage increase", 0, "wage_increase", "$", 2, 2, "exact",
     "Target", "Target", "organization", False, False),
    ("k07", "$500 million in temporary benefits", 0, "worker_pay_spending", "$", 500000000, 500000000, "exact",
     "Target", "officials", "anonymous", False, False),
    ("k07", "down more than 2%", 0, "share_price_change", "%", 2, None, "lower_bound",
     "Target", None, "none", False, False),
    ("k09", "Just One Guy", 0, "terrorists_prosecuted", "Guy", 1, 1, "exact",
     "John Ratcliffe", None, "none", True, False),
    ("k10", "costing more than $50 million", 0, "campaign_cost", "$", 50000000, None, "lower_bound",
     "Georgia 6th District race", None, "none", False, False),
    ("k10", "two precincts", 0, "precincts_open", "precincts", 2, 2, "exact",
     "DeKalb County", None, "none", False, False),
    ("k11", "two grammatical errors", 0, "grammatical_errors", "grammatical errors", 2, 2, "exact",
     "Haley Stack editorial", "the Eagle", "organization", False, False),
    ("k12", "about a dozen underage\n\nBlack girls", 0, "abuse_victims", "underage Black girls", 12, 12, "approx",
     "Randy Volar", "the Washington Post", "organization", False, False),
    ("k13", "more than $4.8 million in total contributions", 0, "campaign_contributions", "$", 4800000, None,
     "lower_bound", "Dan McCready", None, "none", False, False),
    ("k13", "less than $1.7 million in total contributions", 0, "campaign_contributions", "$", None, 1700000,
     "upper_bound", "Dan Bishop", None, "none", False, False),
    ("k14", "all 2,000 American ground troops", 0, "deployed", "American ground troops", 2000, 2000, "exact",
     "United States", None, "none", False, True),
    ("k14", "at least one million Syrian refugees", 0, "refugees_resettled", "Syrian refugees", 1000000, None,
     "lower_bound", "Turkey", None, "none", False, False),
    ("k14", "about 10,000 ISIS prisoners", 0, "captured", "ISIS prisoners", 10000, 10000, "approx",
     "ISIS", None, "none", False, True),
    ("k17", "the total number of states to have done so since its heyday in the ’70s to 38", 0,
     "states_ratified", "states", 38, 38, "exact", "Equal Rights Amendment", None, "none", True, False),
    ("k18", "thousands of new cases", 0, "cases", "new cases", 2000, None, "vague",
     "Florida", None, "none", False, True),
    ("k19", "Republicans and Republican-leaning independents (61%)", 0, "poll_share", "%", 61, 61, "exact",
     REPUBLICANS, None, "none", False, False),
    ("k19", "38% say", 0, "poll_share", "%", 38, 38, "exact",
     REPUBLICANS, None, "none", False, False),
    ("k19", "Republicans (56%)", 0, "poll_share", "%", 56, 56, "exact",
     "Republicans", None, "none", False, False),
    ("k20", "without a single Republican vote", 0, "republican_votes", "Republican vote", 0, 0, "exact",
     "Affordable Care Act", None, "none", False, False),
    ("k21", "about 46% of its coronavirus deaths", 0, "nursing_home_death_share", "%", 46, 46, "approx",
     "Texas", None, "none", False, False),
    ("k21", "well over 20 million", 0, "unemployed", "people", 20000000, None, "lower_bound",
     "United States", None, "none", False, False),
    ("k21", "A million of those newly unemployed", 0, "unemployed_healthcare_workers", "newly unemployed",
     1000000, 1000000, "exact", "United States", None, "none", False, False),
    ("k22", "approaching a full 100,000 Coronavirus deaths", 0, "killed", "Coronavirus deaths", None, 100000,
     "upper_bound", "United States", None, "none", False, True),
    ("k22", "Over 90,000 Americans have died", 0, "killed", "Americans", 90000, None, "lower_bound",
     "United States", "Schiff", "person", False, True),
    ("k23", "millions of deaths", 0, "projected_deaths", "deaths", 2000000, None, "vague",
     "United Kingdom", "Government epidemiologist Neil Ferguson", "person", False, False),
    ("k23", "tens of millions of dollars in annual funding", 0, "funding", "dollars", 20000000, None, "vague",
     "MRC Centre for Global Infectious Disease Analysis", None, "none", False, False),
]
# (art, quote_contains, nth, speaker, kind)
Q = [
    ("k00", "It is a scary time", 0, "Amy Ohms", "person"),
    ("k00", "It’s kind of unfair. I think construction is essential.", 0, "Amy Ohms", "person"),
    ("k04", "I do not think that that is conclusive.", 0, "Nancy Pelosi", "person"),
    ("k04", "Let’s just see what Mueller does.", 0, "Nancy Pelosi", "person"),
    ("k04", "The indictment or criminal prosecution of a sitting President", 0, "Justice Department guidance",
     "document"),
    ("k05", "outsiders and foreigners", 0, "Meryl Streep", "person"),
    ("k05", "you’ll have nothing to watch but football", 0, "Meryl Streep", "person"),
    ("k05", "a basket of deplorables", 0, "Hillary Clinton", "person"),
    ("k06", "get a grip, the flu is bigger than the coronavirus", 0, WAPO, "organization"),
    ("k06", "Our brains are causing us to exaggerate", 0, WAPO, "organization"),
    ("k06", "Fear of the virus may be spreading faster", 0, "The New York Times", "organization"),
    ("k07", "We also began seeing higher demand", 0, "Cornell", "person"),
    ("k09", "months of slander and libel.", 0, "Trump", "person"),
    ("k09", "Put Terrorists in Prison.", 0, "John Ratcliffe", "person"),
    ("k10", "People support him are misled and walking dead,", 0, "Peter Ludwinski", "person"),
    ("k10", "On the issues – it’s like they’ve lost their minds.", 0, "Peter Ludwinski", "person"),
    ("k11", "community norms", 0, "Burdett", "person"),
    ("k16", "It probably wouldn’t be a good idea", 0, "Dmitry Peskov", "person"),
    ("k16", "Those who take it do so at their own risk,", 0, "Sergei Netesov", "person"),
    ("k17", "Equality of rights under the law shall not be denied", 0, "Equal Rights Amendment", "document"),
    ("k18", "We’re not going back, closing things,", 0, "DeSantis", "person"),
    ("k18", "I don’t think that that’s really what’s driving it.", 0, "DeSantis", "person"),
    ("k19", "the worst is behind us,", 0, REPUBLICANS, "person"),
    ("k19", "worst is still to come.", 0, REPUBLICANS, "person"),
    ("k20", "I was careful to say again and again", 0, "Obama", "person"),
    ("k20", "that covers as many people at less cost.", 0, "Obama", "person"),
    ("k21", "needless suffering and death", 0, "Fauci", "person"),
    ("k22", "Over 90,000 Americans have died from COVID-19.", 0, "Adam Schiff", "person"),
    ("k23", "most devastating software mistake of all time", 0, None, "unknown"),
    ("k23", "rapid analysis of urgent infectious disease problems.", 0, None, "unknown"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
