"""The fourteenth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev14/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
AID = "US coronavirus aid packages"
NEJM = "a study published by the New England Journal of Medicine"
YEMEN = "war in Yemen"
SANDY = "Sandy Hook shooting"
PEDS = "a 2016 study published in one of the pre-eminent childhood illness journals, Pediatrics"
KAWA = "Kawasaki Syndrome"
FAREN = "Blake Farenthold"
HUTCH = "Asa Hutchinson"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # t04 (Sputnik News): the headline's two figures and the aid, debt and wealth figures, all the writer's.
    ("t04", "Jobless Numbers Top 38.6 Million", 0, "jobless_claims", "Jobless Numbers", 38600000, None,
     "lower_bound", US, None, "none", False, False),
    ("t04", "$434 Billion", 0, "wealth_increase", "dollars", 434000000000, 434000000000, "exact",
     "US billionaires", None, "none", False, False),
    ("t04", "over $6 trillion", 0, "aid_spending", "dollars", 6000000000000, None, "lower_bound",
     AID, None, "none", False, False),
    ("t04", "$1,200 to every American adult", 0, "direct_payment", "dollars", 1200, 1200, "exact",
     AID, None, "none", False, False),
    ("t04", "$500 per child", 0, "direct_payment", "dollars", 500, 500, "exact",
     AID, None, "none", False, False),
    ("t04", "hundreds of billions", 0, "unemployment_spending", "dollars", 200000000000, None, "vague",
     AID, None, "none", False, False),
    ("t04", "trillions for banks", 0, "bailout_spending", "dollars", 2000000000000, None, "vague",
     AID, None, "none", False, False),
    ("t04", "nearly $25 trillion", 0, "national_debt", "dollars", None, 25000000000000, "upper_bound",
     US, None, "none", False, False),
    ("t04", "117 percent the size of America’s annual GDP", 0, "debt_to_gdp", "percent", 117, 117, "exact",
     US, None, "none", False, False),
    ("t04", "$564 million", 0, "wealth_increase", "dollars", 564000000, 564000000, "exact",
     "Warren Buffett", None, "none", False, False),
    # t05 (GreenMedInfo): a timeline; each entry's cue is its own sentence's.
    ("t05", "at least 30 different SARS-CoV-2 genetic variants", 0, "virus_variants", "genetic variants",
     30, None, "lower_bound", "SARS-CoV-2", "a preprint", "document", False, False),
    ("t05", "increased by 10%", 0, "wealth_increase", "percent", 10, 10, "exact",
     "American billionaires", "News outlets", "vague", False, False),
    ("t05", "$46 billion", 0, "contact_tracing_funding", "dollars", 46000000000, 46000000000, "exact",
     "contact tracing", "Scott Gottlieb and Andy Slavitt", "person", False, False),
    # t06 (HuffPost)
    ("t06", "$84,000 in taxpayer funds", 0, "settlement", "taxpayer funds", 84000, 84000, "exact",
     FAREN, "Politico", "organization", False, False),
    ("t06", "four-term congressman", 0, "terms_served", "term", 4, 4, "exact",
     FAREN, None, "none", False, False),
    ("t06", "the $84,000", 0, "settlement", "dollars", 84000, 84000, "exact",
     FAREN, "Farenthold", "person", False, False),
    # t07 (New York Times)
    ("t07", "800,000 federal workers", 0, "furloughed_workers", "federal workers", 800000, 800000, "exact",
     "government shutdown", None, "none", False, False),
    # t08 (FiveThirtyEight): the 1937 poisoning toll is core; the NEJM study's sample and share are not.
    ("t08", "eight children", 0, "killed", "children", 8, 8, "exact",
     "Massengill medication", "a Kansas City FDA inspector", "anonymous", False, True),
    ("t08", "one adult who died", 0, "killed", "adult", 1, 1, "exact",
     "Massengill medication", "a Kansas City FDA inspector", "anonymous", False, True),
    ("t08", "Eighty-four percent", 0, "thc_use_share", "percent", 84, 84, "exact",
     "vaping lung illness", NEJM, "document", False, False),
    ("t08", "53 patients", 0, "study_patients", "patients", 53, 53, "exact",
     "vaping lung illness", NEJM, "document", False, False),
    # t09 (Vox)
    ("t09", "killed more than 50,000 people", 0, "killed", "people", 50000, None, "lower_bound",
     YEMEN, None, "none", False, True),
    ("t09", "more than 20 million Yemenis", 0, "in_need_of_aid", "Yemenis", 20000000, None, "lower_bound",
     YEMEN, None, "none", False, False),
    ("t09", "thousands of civilians who have been killed", 0, "killed", "civilians", 2000, None, "vague",
     YEMEN, None, "none", False, True),
    ("t09", "killing at least 40 children", 0, "killed", "children", 40, None, "lower_bound",
     YEMEN, None, "none", False, True),
    # t10 (CNN)
    ("t10", "42 states", 0, "states_low_positivity", "states", 42, 42, "exact",
     US, "Birx", "person", False, False),
    ("t10", "less than 10% positivity rate", 0, "positivity_rate", "percent", None, 10, "upper_bound",
     US, "Birx", "person", False, False),
    ("t10", "the 10% threshold", 0, "positivity_rate_threshold", "percent", 10, 10, "exact",
     US, None, "none", False, False),
    ("t10", "deaths in the US approached 100,000", 0, "killed", "deaths", None, 100000, "upper_bound",
     US, None, "none", False, True),
    # t11 (Daily Kos)
    ("t11", "20 young children", 0, "killed", "young children", 20, 20, "exact",
     SANDY, None, "none", False, True),
    ("t11", "six teachers killed", 0, "killed", "teachers", 6, 6, "exact",
     SANDY, None, "none", False, True),
    ("t11", "20 six and seven-year old children", 0, "killed", "children", 20, 20, "exact",
     SANDY, None, "none", False, True),
    # t12 (USA Today)
    ("t12", "hours by half", 0, "hours_cut", "hours", 0.5, 0.5, "exact",
     "employer", None, "none", False, False),
    # t13 (InfoWars)
    ("t13", "at least 20 shots", 0, "shots_fired", "shots", 20, None, "lower_bound",
     "Louisville police", None, "none", False, False),
    ("t13", "10 miles away", 0, "distance", "miles", 10, 10, "exact",
     "Breonna Taylor raid", None, "none", False, False),
    ("t13", "two cars of a moving train", 0, "train_cars", "cars", 2, 2, "exact",
     "Ariel Roman", None, "none", False, False),
    ("t13", "shot twice", 0, "times_shot", "times", 2, 2, "exact",
     "Ariel Roman", "Ariel Roman", "person", False, False),
    # t14 (FrontPage Magazine)
    ("t14", "15-30% of common colds", 0, "cold_share", "common colds", 15, 30, "range",
     "human coronaviruses", None, "none", False, False),
    ("t14", "42%", 0, "infection_share", "percent", 42, 42, "exact",
     KAWA, PEDS, "document", False, False),
    ("t14", "192 children", 0, "study_patients", "children", 192, 192, "exact",
     KAWA, PEDS, "document", False, False),
    ("t14", "7/192", 0, "coronavirus_positive_share", "children", 7 / 192, 7 / 192, "exact",
     KAWA, PEDS, "document", False, False),
    ("t14", "3.6%", 0, "coronavirus_positive_share", "percent", 3.6, 3.6, "exact",
     KAWA, PEDS, "document", False, False),
    ("t14", "three cold-causing human coronaviruses", 0, "cold_coronaviruses", "cold-causing human coronaviruses",
     3, 3, "exact", "human coronaviruses", PEDS, "document", False, False),
    ("t14", "100 purported “cases", 0, "cases_reviewed", "cases", 100, 100, "exact",
     KAWA, None, "none", False, False),
    # t15 (Fox News)
    ("t15", "26 people were killed", 0, "killed", "people", 26, 26, "exact",
     "Connecticut school shooting", None, "none", False, True),
    ("t15", "at least one", 0, "armed_officers_per_school", "armed officer", 1, None, "lower_bound",
     "schools", HUTCH, "person", False, False),
    # t16 (Howard Kurtz): inside the Post's quotation, the figure's nearer source is Trump ("informed").
    ("t16", "four other world leaders", 0, "leaders_called", "world leaders", 4, 4, "exact",
     "Trump", "Trump", "person", False, False),
    # t18 (Brent Bozell)
    ("t18", "twice as many Americans", 0, "belief_ratio", "Americans", 2, 2, "exact",
     "Clarence Thomas", None, "none", False, False),
    # t19 (Des Moines Register)
    ("t19", "my seven grandchildren", 0, "grandchildren", "grandchildren", 7, 7, "exact",
     "Sanders", "Sanders", "person", False, False),
    ("t19", "billions of dollars in damage", 0, "flood_damage", "dollars", 2000000000, None, "vague",
     "Iowa", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("t03", "fundamental transformation", 0, "Barack Obama", "person"),
    ("t04", "I think in general they", 0, "Warren Buffett", "person"),
    ("t05", "direct evidence", 0, "preprint", "document"),
    ("t05", "Dr. Fauci backed controversial Wuhan lab", 0, "Newsweek article", "document"),
    ("t06", "sexual fantasies", 0, "Lauren Greene", "person"),
    ("t06", "wet dreams", 0, "Lauren Greene", "person"),
    ("t06", "I had no idea how to run a congressional office", 0, FAREN, "person"),
    ("t06", "As a result, I allowed", 0, FAREN, "person"),
    ("t10", "There is still significant virus circulating here", 0, "Birx", "person"),
    ("t10", "great progress", 0, "Birx", "person"),
    ("t13", "harassed, chased, tackled", 0, "Ariel Roman", "person"),
    ("t14", "children seem to improve rapidly", 0, "perspective", "document"),
    ("t14", "and children are probably still spared", 0, "perspective", "document"),
    ("t15", "locally made", 0, HUTCH, "person"),
    ("t15", "This is not talking about all teachers", 0, HUTCH, "person"),
    ("t15", "Teachers should teach.", 0, HUTCH, "person"),
    ("t16", "When you hear about the tough phone calls", 0, "Trump", "person"),
    ("t16", "President Trump blasted Australian", 0, "The Post", "organization"),
    ("t16", "At one point, Trump informed Turnbull", 0, "The Post", "organization"),
    ("t16", "this was the worst call by far.", 0, "Trump", "person"),
    ("t16", "going to get killed", 0, "Trump", "person"),
    ("t16", "next Boston bombers.", 0, "Trump", "person"),
    ("t17", "This is what I was hoping for", 0, "Wilder", "person"),
    ("t17", "Unfortunately, it didn", 0, "Wilder", "person"),
    ("t18", "nothing has come up since that story", 0, "Lisa Myers", "person"),
    ("t19", "Without the planet, none of the other issues", 0, None, "unknown"),
    ("t19", "but I want you to tell me", 0, "Sanders", "person"),
    ("t19", "I wish from the bottom of my heart", 0, "Sanders", "person"),
    ("t19", "but if I told you that", 0, "Sanders", "person"),
    ("t20", "Stop it, this is stupid.", 0, "Katie Hill", "person"),
    ("t21", "We thought we would see major public health", 0, None, "unknown"),
    ("t21", "Instead of playing whack-a-mole", 0, None, "unknown"),
    ("t21", "This is now a war over hearts and minds.", 0, "Johnson", "person"),
    ("t22", "we will disengage from all commitments", 0, "Mahmoud Abbas", "person"),
    ("t22", "Unfortunately, Palestinians are limited", 0, "Abbas Hamideh", "person"),
    ("t23", "We thought is was a cool idea", 0, "Kim Zeile", "person"),
    ("t23", "The area is slowly beginning", 0, "Kim Zeile", "person"),
    ("t23", "It meant a little taste", 0, "Jhan Dolphin", "person"),
    ("t23", "After all, not much can compare", 0, "Jhan Dolphin", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
