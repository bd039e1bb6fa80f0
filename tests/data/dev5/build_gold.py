"""The fifth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev5/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

AP_COUNT = "a count by The Associated Press"
LEADERS = "U.S. leaders and institutions"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    ("h00", "hundreds of recent defensive gun uses", 0, "defensive_gun_uses", "defensive gun uses", 200, None,
     "vague", "United States", None, "none", False, False),
    ("h00", "The hundreds of stories", 0, "defensive_gun_uses", "stories", 200, None, "vague",
     "Defensive Gun Use Database", None, "none", False, False),
    ("h01", "nine leaders and institutions", 0, "institutions_rated", "leaders and institutions", 9, 9,
     "exact", LEADERS, None, "none", False, False),
    ("h01", "Eight of the nine", 0, "majority_approval", "leaders and institutions", 8, 8, "exact",
     LEADERS, None, "none", False, False),
    ("h01", "88% approval", 0, "approval_rating", "%", 88, 88, "exact",
     "U.S. hospitals", None, "none", False, False),
    ("h01", "536 employed adults", 0, "sample_size", "employed adults", 536, 536, "exact",
     "Gallup poll", "Gallup", "organization", False, False),
    ("h01", "262 parents", 0, "sample_size", "parents", 262, 262, "exact",
     "Gallup poll", "Gallup", "organization", False, False),
    ("h02", "seven other physicians", 0, "reprimanded", "other physicians", 7, 7, "exact",
     "China", "Garrett", "person", False, False),
    ("h03", "up to 10 people", 0, "social_group_size", "people", None, 10, "upper_bound",
     "Belgium", None, "none", True, False),
    ("h03", "two separate households", 0, "households", "separate households", 2, 2, "exact",
     "Canada", None, "none", False, False),
    ("h05", "Kill 28,600 More", 0, "excess_deaths", "people", 28600, 28600, "approx",
     "United States", None, "none", False, False),
    ("h05", "Drop 22M from Insurance", 0, "uninsured", "people", 22000000, 22000000, "approx",
     "United States", None, "none", False, False),
    ("h05", "close to 29,000 people a year could die", 0, "excess_deaths", "people", None, 29000,
     "upper_bound", "United States", "AMY GOODMAN", "person", True, False),
    ("h07", "60% of residents", 0, "immunity_threshold", "residents", 60, 60, "exact",
     "Moscow", "official", "anonymous", False, False),
    ("h07", "at least 20 BILLION DOLLARS", 0, "revenue_loss", "DOLLARS", 20000000000, None, "lower_bound",
     "Russia's tourist industry", None, "none", False, False),
    ("h08", "up to 10 people", 0, "gathering_limit", "people", None, 10, "upper_bound",
     "Madrid and Barcelona", None, "none", False, False),
    ("h09", "more than 50 people", 0, "funeral_attendance_limit", "people", 50, None, "lower_bound",
     "North Ossetia", None, "none", False, False),
    ("h09", "5-7 people", 0, "funeral_attendance_limit", "people", 5, 7, "range",
     "Moscow", None, "none", False, False),
    ("h11", "two conservative Republican senators", 0, "senators_opposed", "conservative Republican senators",
     2, 2, "exact", "Senate health care bill", None, "none", False, False),
    ("h11", "health insurance from millions", 0, "uninsured", "people", 2000000, None, "vague",
     "Senate health care bill", None, "none", False, False),
    ("h11", "22 million more Americans being uninsured", 0, "uninsured", "Americans", 22000000, 22000000,
     "exact", "Senate health care bill", "the Congressional Budget Office", "organization", False, False),
    ("h12", "70,000 followers", 0, "followers", "followers", 70000, 70000, "exact",
     "Jenna Abrams", None, "none", False, False),
    ("h15", "247-thousand dollar grant", 0, "research_funding", "dollar grant", 247000, 247000, "exact",
     "VA report author", "Sharyl", "person", False, False),
    ("h15", "over 5 million views", 0, "views", "views", 5000000, None, "lower_bound",
     "NBC press briefing", None, "none", False, False),
    ("h16", "80 percent of the people", 0, "death_share", "people", 80, 80, "exact",
     "Mississippi", None, "none", False, False),
    ("h16", "a quarter million people were dying", 0, "poverty_deaths", "people", 250000, 250000, "exact",
     "United States", None, "none", False, False),
    ("h16", "sixty two million people", 0, "low_wage_workers", "people", 62000000, 62000000, "exact",
     "United States", None, "none", False, False),
    ("h16", "Four million people", 0, "without_clean_water", "people", 4000000, 4000000, "exact",
     "United States", None, "none", False, False),
    ("h16", "53 cents of every discretionary dollar", 0, "military_spending_share", "cents", 53, 53, "exact",
     "United States budget", None, "none", False, False),
    ("h16", "less than fifteen cents", 0, "domestic_spending_share", "cents", None, 15, "upper_bound",
     "United States budget", None, "none", False, False),
    ("h17", "More Than 4,300 COVID-Positive Patients", 0, "sent_to_nursing_homes", "COVID-Positive Patients",
     4300, None, "lower_bound", "New York nursing homes", None, "none", False, False),
    ("h17", "More than 4,300 recovering coronavirus patients", 0, "sent_to_nursing_homes",
     "recovering coronavirus patients", 4300, None, "lower_bound", "New York nursing homes",
     AP_COUNT, "document", False, False),
]
# (art, quote_contains, nth, speaker, kind)
Q = [
    ("h02", "for the so-called crime of rumormongering", 0, "Garrett", "person"),
    ("h04", "Kim Jong Un’s sister is stealing the show", 0, "media", "organization"),
    ("h04", "The ‘Ivanka Trump of North Korea’ captivates", 0, "media", "organization"),
    ("h04", "North Korea’s cheerleaders steal spotlight", 0, "media", "organization"),
    ("h04", "North Korea is winning the Olympics", 0, "media", "organization"),
    ("h04", "source of immense pride for a country", 0, "Lester Holt", "person"),
    ("h04", "warm message", 0, "CNN", "organization"),
    ("h04", "struck a chord with the public.", 0, "CNN", "organization"),
    ("h06", "Not a Data Scientist;", 0, "DeSantis", "person"),
    ("h06", "active criminal charges", 0, "DeSantis", "person"),
    ("h06", "I have a zero-tolerance policy for sexual harassment,", 0, "DeSantis", "person"),
    ("h06", "Rebeka [sic] Jones acted as if she had ownership", 0, "Helen Aguirre Ferre", "person"),
    ("h07", "In order to gradually emerge from restrictions", 0, "Putin", "person"),
    ("h07", "clear downward trend.", 0, "Anna Popova", "person"),
    ("h14", "Civility Crisis", 0, "Gorsuch", "person"),
    ("h14", "allow their policy preferences to determine their legal rulings.", 0, "Gorsuch", "person"),
    ("h14", "The framers firmly believed that the rule of law", 0, "Gorsuch", "person"),
    ("h14", "Our civil justice system is too expensive", 0, "Gorsuch", "person"),
    ("h17", "the optimum feeding ground for this virus.", 0, "Andrew Cuomo", "person"),
    ("h18", "Which makes it all the more astonishing and unfair", 0, None, "unknown"),
    ("h18", "burned down", 0, "Jennifer Rubin", "person"),
    ("h19", "They dragged their feet on many stories", 0, "Chariton", "person"),
    ("h19", "Outlets like CNN are protectors of the status quo", 0, "Chariton", "person"),
    ("h19", "what’s not important.", 0, "CNN insider", "person"),
    ("h19", "I don’t know why they focus on things like this", 0, "network source", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
