"""The fifteenth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev15/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
GALLUP = "a poll by Gallup International"
PARKLAND = "Parkland school shooting"
SPRINGFIELD = "Springfield shooting"
MFA = "Medicare for All"
ENH = "enhanced Medicare-for-All plan"
LITE = "lite Medicare-for-All plan"
ALAMEDA = "Alameda County"
TARGET = "Target"
DORSEY = "Jack Dorsey"
TINTORI = "Lilian Tintori"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # u00 (Michael Barone): "all but two" / "all but one" state the exceptions as counts (dev8/'s "all but a
    # half-dozen of them").
    ("u00", "two off-year cycles", 0, "exception_cycles", "off-year cycles", 2, 2, "exact",
     "House elections", None, "none", False, False),
    ("u00", "seven Clinton/Republican districts", 0, "districts", "Clinton/Republican districts", 7, 7, "exact",
     "California", None, "none", False, False),
    ("u00", "one post-World War II president", 0, "presidents_with_higher_approval", "post-World War II president",
     1, 1, "exact", "Trump", "polling", "vague", False, False),
    ("u00", "100 electoral votes", 0, "electoral_votes_switched", "electoral votes", 100, 100, "exact",
     "Obama/Trump voters", None, "none", False, False),
    # u01 (Bret Stephens): Pew's six shares; the next paragraph's figures have no cue.
    ("u01", "76 percent", 0, "poll_share", "percent", 76, 76, "exact", US, "Pew", "organization", False, False),
    ("u01", "70 percent", 0, "poll_share", "percent", 70, 70, "exact", US, "Pew", "organization", False, False),
    ("u01", "69 percent", 0, "poll_share", "percent", 69, 69, "exact", US, "Pew", "organization", False, False),
    ("u01", "65 percent", 0, "poll_share", "percent", 65, 65, "exact", US, "Pew", "organization", False, False),
    ("u01", "62 percent", 0, "poll_share", "percent", 62, 62, "exact", US, "Pew", "organization", False, False),
    ("u01", "56 percent", 0, "poll_share", "percent", 56, 56, "exact", US, "Pew", "organization", False, False),
    ("u01", "three reasons", 0, "reasons", "reasons", 3, 3, "exact", "Trump", None, "none", False, False),
    ("u01", "76 percent of Americans", 0, "economy_approval", "Americans", 76, 76, "exact",
     US, None, "none", False, False),
    ("u01", "48 percent", 0, "economy_approval", "percent", 48, 48, "exact", US, None, "none", False, False),
    # u02 (Deadline.com): poison-control exposure calls, not core.
    ("u02", "30 cases of possible exposure", 0, "poison_exposures", "cases", 30, 30, "exact",
     "New York City Poison Control Center", "An agency spokesperson", "anonymous", False, False),
    ("u02", "13 cases", 0, "poison_exposures", "cases", 13, 13, "exact",
     "New York City Poison Control Center", None, "none", False, False),
    # u03 (Elizabeth Warren): "one of 10": the 10 is the claim; ages are not.
    ("u03", "10 presidential candidates", 0, "debate_candidates", "presidential candidates", 10, 10, "exact",
     "Democratic debate", None, "none", False, False),
    ("u03", "Ten others", 0, "debate_candidates", "others", 10, 10, "exact",
     "Democratic debate", None, "none", False, False),
    # u04 (Whitehouse.gov): the review times are durations; only the study's cost is a claim.
    ("u04", "trillions", 0, "delay_cost", "dollars", 2000000000000, None, "vague",
     "infrastructure project delays", "One study", "document", False, False),
    # u05 (Slate)
    ("u05", "tens of thousands like him", 0, "killed", "men and women", 20000, None, "vague",
     "COVID-19 in the United States", None, "none", False, True),
    ("u05", "more than 85,000", 0, "killed", "men and women", 85000, None, "lower_bound",
     "COVID-19 in the United States", None, "none", False, True),
    ("u05", "tens of thousands yet to come", 0, "projected_deaths", "deaths", 20000, None, "vague",
     "COVID-19 in the United States", None, "none", True, False),
    # u06 (The New Yorker)
    ("u06", "as little as six per cent", 0, "environmental_transmission_share", "per cent", 6, None,
     "lower_bound", "COVID-19", None, "none", True, False),
    ("u06", "six-foot rule", 0, "distance", "foot", 6, 6, "exact", "COVID-19", None, "none", False, False),
    ("u06", "no more than four people", 0, "elevator_limit", "people", None, 4, "upper_bound",
     "hospital elevators", None, "none", False, False),
    ("u06", "more than twenty", 0, "elevator_capacity", "people", 20, None, "lower_bound",
     "hospital elevators", None, "none", False, False),
    # u07 (Washington Monthly, a Target results story): the link card's Walmart figures have no cue.
    ("u07", "grew by 278%", 0, "fulfillment_growth", "percent", 278, 278, "exact",
     TARGET, "The Minneapolis-based retailer", "organization", False, False),
    ("u07", "increased 10.8%", 0, "comparable_sales_growth", "percent", 10.8, 10.8, "exact",
     TARGET, "The company", "organization", False, False),
    ("u07", "sales increase 10%", 0, "sales_growth", "percent", 10, 10, "exact",
     "Walmart", None, "none", False, False),
    ("u07", "grew 74%", 0, "online_sales_growth", "percent", 74, 74, "exact",
     "Walmart", None, "none", False, False),
    ("u07", "from 33%", 0, "digital_sales_growth", "percent", 33, 33, "exact",
     TARGET, "Target", "organization", False, False),
    ("u07", "to 282%", 0, "digital_sales_growth", "percent", 282, 282, "exact",
     TARGET, "Target", "organization", False, False),
    ("u07", "80% of online orders", 0, "store_fulfilled_share", "online orders", 80, 80, "exact",
     TARGET, "Target", "organization", False, False),
    # u08 (The Guardian): the released and the critical are sub-counts of the injured (dev9/'s "two
    # critically").
    ("u08", "14 injured", 0, "wounded", "injured", 14, 14, "exact",
     PARKLAND, "Medical staff", "anonymous", False, True),
    ("u08", "five had been released", 0, "wounded", "injured", 5, 5, "exact",
     PARKLAND, "Medical staff", "anonymous", False, True),
    ("u08", "seven remained in critical condition", 0, "wounded", "injured", 7, 7, "exact",
     PARKLAND, "Medical staff", "anonymous", False, True),
    ("u08", "12 students", 0, "killed", "students", 12, 12, "exact",
     "Columbine shooting", None, "none", False, True),
    ("u08", "20 young children", 0, "killed", "young children", 20, 20, "exact",
     "Sandy Hook shooting", None, "none", False, True),
    ("u08", "six adults", 0, "killed", "adults", 6, 6, "exact",
     "Sandy Hook shooting", None, "none", False, True),
    # u09 (Townhall)
    ("u09", "arrested two key opposition leaders", 0, "arrested", "opposition leaders", 2, 2, "exact",
     "Venezuela", None, "none", False, True),
    ("u09", "Hundreds of people have been killed", 0, "killed", "people", 200, None, "vague",
     "Venezuela protests", None, "none", False, True),
    # u10 (The Economist): the methanol poisoning toll is core (dev14/'s poisoning); the poll's figures are its.
    ("u10", "more than 700 deaths", 0, "killed", "deaths", 700, None, "lower_bound",
     "methanol poisoning in Iran", None, "none", False, True),
    ("u10", "more than 90 attacks", 0, "arson_attacks", "attacks", 90, None, "lower_bound",
     "phone towers in Britain", None, "none", False, False),
    ("u10", "28 countries", 0, "poll_countries", "countries", 28, 28, "exact",
     "covid-19 misinformation", GALLUP, "document", False, False),
    ("u10", "four continents", 0, "poll_continents", "continents", 4, 4, "exact",
     "covid-19 misinformation", GALLUP, "document", False, False),
    ("u10", "at least 16%", 0, "poll_share", "percent", 16, None, "lower_bound",
     "covid-19 misinformation", GALLUP, "document", False, False),
    ("u10", "as many as 58%", 0, "poll_share", "percent", None, 58, "upper_bound",
     "covid-19 misinformation", GALLUP, "document", False, False),
    ("u10", "8m times", 0, "video_views", "times", 8000000, 8000000, "exact",
     "Plandemic", None, "none", False, False),
    # u11 (New York Times - News): the timeline; Trump's quotation is repeated as a pull quote.
    ("u11", "nearly 20,000 stolen emails", 0, "emails_released", "stolen emails", None, 20000, "upper_bound",
     "WikiLeaks", None, "none", False, False),
    ("u11", "30,000 emails", 0, "missing_emails", "emails", 30000, 30000, "exact",
     "Hillary Clinton", "Trump", "person", False, False),
    ("u11", "30,000 emails", 1, "missing_emails", "emails", 30000, 30000, "exact",
     "Hillary Clinton", "Trump", "person", False, False),
    # u12 (Associated Press)
    ("u12", "5 dead", 0, "killed", "dead", 5, 5, "exact", SPRINGFIELD, None, "none", False, True),
    ("u12", "three other men who died", 0, "killed", "men", 3, 3, "exact",
     SPRINGFIELD, "Police", "organization", False, True),
    # u13 (Collective Evolution): national yearly statistics, not an event's toll (dev10/'s gun deaths).
    ("u13", "approximately 1.9 million people", 0, "medication_hospitalizations", "people", 1900000, 1900000,
     "approx", US, None, "none", False, False),
    ("u13", "128,000 people", 0, "prescription_drug_deaths", "people", 128000, 128000, "exact",
     US, None, "none", False, False),
    # u15 (The Mercury News): COVID tallies are `cases`, core; rates per 100,000 and the difference are not.
    ("u15", "65 new cases", 0, "cases", "new cases", 65, 65, "exact", ALAMEDA, None, "none", False, True),
    ("u15", "four fewer", 0, "case_difference", "new cases", 4, 4, "exact", ALAMEDA, None, "none", False, False),
    ("u15", "San Mateo County (69)", 0, "cases", "new cases", 69, 69, "exact",
     "San Mateo County", None, "none", False, True),
    ("u15", "2,457 cases", 0, "cases", "cases", 2457, 2457, "exact", ALAMEDA, None, "none", False, True),
    ("u15", "51 new cases a day", 0, "cases", "new cases", 51, 51, "exact", ALAMEDA, None, "none", False, True),
    ("u15", "at least 60 new cases in a day", 0, "cases", "new cases", 60, None, "lower_bound",
     ALAMEDA, "health officials", "anonymous", False, True),
    ("u15", "819 cases", 0, "cases", "cases", 819, 819, "exact", "Oakland", None, "none", False, True),
    ("u15", "187 cases per 100,000 people", 0, "case_rate", "cases", 187, 187, "exact",
     "Oakland", None, "none", False, False),
    ("u15", "495 cases", 0, "cases", "cases", 495, 495, "exact", "Hayward", None, "none", False, True),
    ("u15", "307 cases per 100,000 people", 0, "case_rate", "cases", 307, 307, "exact",
     "Hayward", None, "none", False, False),
    ("u15", "19 new cases", 0, "cases", "new cases", 19, 19, "exact",
     "Santa Clara County", None, "none", False, True),
    ("u15", "total to 2,470", 0, "cases", "cases", 2470, 2470, "exact",
     "Santa Clara County", None, "none", False, True),
    ("u15", "10-county region", 0, "counties", "county", 10, 10, "exact",
     "Bay Area", None, "none", False, False),
    ("u15", "tally is up to 2,131", 0, "cases", "cases", 2131, 2131, "exact",
     "San Francisco", None, "none", False, True),
    ("u15", "40 more cases", 0, "cases", "cases", 40, 40, "exact",
     "San Francisco", "officials", "anonymous", False, True),
    ("u15", "total of 1,671", 0, "cases", "cases", 1671, 1671, "exact",
     "San Mateo County", None, "none", False, True),
    ("u15", "1,155 cases", 0, "cases", "cases", 1155, 1155, "exact",
     "Contra Costa County", None, "none", False, True),
    ("u15", "an additional nine", 0, "cases", "cases", 9, 9, "exact",
     "Contra Costa County", "Contra Costa County", "organization", False, True),
    # u16 (David Brooks)
    ("u16", "90 percent of our coverage", 0, "coverage_share", "coverage", 90, 90, "exact",
     "media", None, "none", False, False),
    ("u16", "10 percent of our lives", 0, "life_share", "lives", 10, 10, "exact",
     "politics", None, "none", False, False),
    ("u16", "10 percent of our coverage", 0, "coverage_share", "coverage", 10, 10, "exact",
     "media", None, "none", False, False),
    ("u16", "90 percent of our lives", 0, "life_share", "lives", 90, 90, "exact",
     "community", None, "none", False, False),
    # u18 (Fiscal Times): the paragraph is repeated as scraped, so its figures are claims twice; no figure
    # has a cue in its sentence (the report is named only as "the report's authors").
    ("u18", "$34 trillion", 0, "program_cost", "dollars", 34e12, 34e12, "exact", MFA, None, "none", False, False),
    ("u18", "nearly $3 trillion", 0, "national_health_spending_change", "dollars", None, 3e12, "upper_bound",
     ENH, None, "none", False, False),
    ("u18", "$34 trillion", 1, "national_health_spending_change", "dollars", 34e12, 34e12, "exact",
     ENH, None, "none", False, False),
    ("u18", "$32 trillion after tax offsets", 0, "national_health_spending_change", "dollars", 32e12, 32e12,
     "exact", ENH, None, "none", False, False),
    ("u18", "$955 billion", 0, "employer_spending_change", "dollars", 955e9, 955e9, "exact",
     ENH, None, "none", False, False),
    ("u18", "$887 billion", 0, "household_spending_change", "dollars", 887e9, 887e9, "exact",
     ENH, None, "none", False, False),
    ("u18", "$2.7 trillion in additional federal revenue", 0, "federal_revenue_needed", "dollars", 2.7e12, 2.7e12,
     "exact", ENH, None, "none", False, False),
    ("u18", "nearly $3 trillion", 1, "national_health_spending_change", "dollars", None, 3e12, "upper_bound",
     ENH, None, "none", False, False),
    ("u18", "$34 trillion", 2, "national_health_spending_change", "dollars", 34e12, 34e12, "exact",
     ENH, None, "none", False, False),
    ("u18", "$32 trillion after tax offsets", 1, "national_health_spending_change", "dollars", 32e12, 32e12,
     "exact", ENH, None, "none", False, False),
    ("u18", "$955 billion", 1, "employer_spending_change", "dollars", 955e9, 955e9, "exact",
     ENH, None, "none", False, False),
    ("u18", "$887 billion", 1, "household_spending_change", "dollars", 887e9, 887e9, "exact",
     ENH, None, "none", False, False),
    ("u18", "$2.7 trillion in additional federal revenue", 1, "federal_revenue_needed", "dollars", 2.7e12, 2.7e12,
     "exact", ENH, None, "none", False, False),
    ("u18", "roughly $17.6 trillion", 0, "program_cost", "dollars", 17.6e12, 17.6e12, "approx",
     LITE, None, "none", False, False),
    ("u18", "about half of the enhanced version", 0, "relative_cost", "enhanced version", 0.5, 0.5, "approx",
     "Medicare-for-All plan with out-of-pocket expenses", None, "none", False, False),
    ("u18", "10.8 million undocumented immigrants", 0, "undocumented_immigrants", "undocumented immigrants",
     10.8e6, 10.8e6, "exact", US, None, "none", False, False),
    ("u18", "about $209 billion", 0, "national_health_spending_change", "dollars", 209e9, 209e9, "approx",
     "Medicare-for-All plan with out-of-pocket expenses", None, "none", False, False),
    ("u18", "$1.5 trillion", 0, "federal_spending_change", "dollars", 1.5e12, 1.5e12, "exact",
     "Medicare-for-All plan with out-of-pocket expenses", None, "none", False, False),
    ("u18", "about $210 billion", 0, "national_health_spending_change", "dollars", 210e9, 210e9, "approx",
     "Medicare-for-All plan with out-of-pocket expenses", None, "none", False, False),
    # u19 (Newt Gingrich)
    ("u19", "Fifty percent of our effort", 0, "effort_share", "effort", 50, 50, "exact",
     "Republican campaign", None, "none", False, False),
    # u20 (Heavy.com): a figure inside a Twitter user's quoted post, hypothetical ("if you think").
    ("u20", "100% of votes", 0, "vote_share", "votes", 100, 100, "exact",
     "Kanye West", "another", "anonymous", True, False),
    # u21 (The Mind Unleashed): ages are not claims.
    ("u21", "$5 million contributions", 0, "donation", "dollars", 5000000, 5000000, "exact",
     "Humanity Forward", "Dorsey", "person", False, False),
    # u22 (Los Angeles Daily News)
    ("u22", "about $10.5 billion", 0, "city_budget", "dollars", 10.5e9, 10.5e9, "approx",
     "Los Angeles", None, "none", False, False),
    ("u22", "about $6.6 billion", 0, "general_fund", "dollars", 6.6e9, 6.6e9, "approx",
     "Los Angeles", None, "none", False, False),
    ("u22", "$155 million", 0, "ppe_spending", "dollars", 155e6, 155e6, "exact",
     "Los Angeles", None, "none", False, False),
    ("u22", "$82 million", 0, "covid_program_spending", "dollars", 82e6, 82e6, "exact",
     "Los Angeles", None, "none", False, False),
    # u23 (The Duran): "Quarter" is a fraction (dev10/'s "half").
    ("u23", "Quarter Of Americans", 0, "vaccine_refusal_share", "Americans", 0.25, 0.25, "exact",
     US, None, "none", False, False),
    ("u23", "around 75 percent", 0, "expected_vaccine_interest", "percent", 75, 75, "approx",
     US, "Schaffner", "person", False, False),
    ("u23", "14% were not interested", 0, "vaccine_interest_share", "percent", 14, 14, "exact",
     US, "The survey", "document", False, False),
    ("u23", "10% were not very interested", 0, "vaccine_interest_share", "percent", 10, 10, "exact",
     US, "The survey", "document", False, False),
    ("u23", "11% were unsure", 0, "vaccine_interest_share", "percent", 11, 11, "exact",
     US, "The survey", "document", False, False),
    ("u23", "at least 70% of Americans", 0, "herd_immunity_threshold", "Americans", 70, None, "lower_bound",
     US, "Health experts", "vague", False, False),
    ("u23", "300 million doses", 0, "vaccine_doses_goal", "doses", 300000000, 300000000, "exact",
     "Operation Warp Speed", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("u02", "I was asking a question sarcastically", 0, "Trump", "person"),
    ("u02", "30 cases of possible exposure", 0, "agency spokesperson", "person"),
    ("u02", "Do not ingest or inject Lysol", 0, "NYC Poison Control", "organization"),
    ("u03", "We will not lose this house.", 0, "mom", "person"),
    ("u07", "Throughout the first quarter, our team", 0, "Brian Cornell", "person"),
    ("u07", "In the face of those challenges", 0, "Brian Cornell", "person"),
    ("u08", "We need to pray", 0, "Paul Ryan", "person"),
    ("u08", "we need to take a breath", 0, "Paul Ryan", "person"),
    ("u08", "we have got to confront the problem", 0, "Jeff Sessions", "person"),
    ("u08", "study the intersection of mental health", 0, "Jeff Sessions", "person"),
    ("u09", "They've just taken Leopoldo", 0, TINTORI, "person"),
    ("u09", "We don't know where he is", 0, TINTORI, "person"),
    ("u11", "Hillary related", 0, "WikiLeaks", "organization"),
    ("u11", "between Hillary Clinton and a hard place.", 0, "United Muslims of America", "organization"),
    ("u11", "Russia, if you’re listening", 0, "Trump", "person"),
    ("u11", "Russia, if you’re listening", 1, "Trump", "person"),
    ("u12", "Both officers showed significant bravery", 0, "Williams", "person"),
    ("u12", "There are no word to express", 0, "Aeriel Rubin", "person"),
    ("u12", "We remain grateful for the courage", 0, "Aeriel Rubin", "person"),
    ("u14", "Personally I think it’s time,", 0, "Mike deBoisblanc", "person"),
    ("u14", "I think, originally, this", 0, "Mike deBoisblanc", "person"),
    ("u14", "We’ve never seen numbers like this", 0, "Mike deBoisblanc", "person"),
    ("u14", "I mean we’ve seen a year’s worth", 0, "Mike deBoisblanc", "person"),
    ("u16", "Relationship moves at the speed of trust.", 0, None, "unknown"),
    ("u16", "Neighbors are people we practice", 0, None, "unknown"),
    ("u16", "I don’t fix people’s problems", 0, None, "unknown"),
    ("u16", "We’re trying to do something", 0, None, "unknown"),
    ("u17", "gone so far as to defend in court", 0, "Dirks", "person"),
    ("u17", "a troll and provocateur", 0, "Dirks", "person"),
    ("u17", "ensure the event goes as planned", 0, "Dirks", "person"),
    ("u18", "It is a big lift to get this kind of money", 0, "John Holahan", "person"),
    ("u18", "It is a big lift to get this kind of money", 1, "John Holahan", "person"),
    ("u20", "kanye won’t win anyway", 0, "Twitter user", "person"),
    ("u20", "yes but splitting the vote", 0, "Twitter user", "person"),
    ("u21", "If Someone is in Pain, I Am in Pain", 0, DORSEY, "person"),
    ("u21", "I live by the principle of everything", 0, DORSEY, "person"),
    ("u21", "I’m in a situation that I never imagined", 0, DORSEY, "person"),
    ("u21", "long overdue", 0, DORSEY, "person"),
    ("u21", "the only way we can change policy", 0, DORSEY, "person"),
    ("u22", "Even if we had considered all of those", 0, "Krekorian", "person"),
    ("u23", "It’s a little lower than I thought", 0, "Schaffner", "person"),
    ("u23", "I would have expected somewhere around 75", 0, "Schaffner", "person"),
    ("u23", "at least 70% of Americans would need", 0, "Health experts", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
