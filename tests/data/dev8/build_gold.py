"""The eighth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev8/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

RED_CROSS = "American Red Cross"
BLOOMBERG = "Michael Bloomberg"
GUARD = "Michigan National Guard"
FLOOD = "Midland flooding"
OFFICIALS = "state officials"
EBOLA = "Ebola outbreak"
SALVADOR = "El Salvador"
FEC = "Federal Election Commission"
REPORT = "The report"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    ("n01", "200 units of convalescent plasma", 0, "plasma_units_produced", "units", 200, 200, "exact",
     RED_CROSS, None, "none", False, False),
    ("n01", "almost 150 eligible donors", 0, "plasma_donors", "donors", None, 150, "upper_bound",
     RED_CROSS, None, "none", False, False),
    ("n01", "more than 1,000 units", 0, "plasma_units_goal", "units", 1000, None, "lower_bound",
     RED_CROSS, None, "none", False, False),
    ("n01", "500 to 600 donors", 0, "plasma_donors_needed", "donors", 500, 600, "range",
     RED_CROSS, None, "none", False, False),
    ("n02", "a $30 million national ad buy", 0, "ad_spending", "$", 30000000, 30000000, "exact",
     BLOOMBERG, None, "none", False, False),
    ("n02", "zero donors", 0, "donors_met", "donors", 0, 0, "exact",
     BLOOMBERG, None, "none", True, False),
    ("n02", "zero viewers", 0, "debate_viewers", "viewers", 0, 0, "exact",
     BLOOMBERG, None, "none", True, False),
    ("n03", "over 500,000 people have died", 0, "killed", "people", 500000, None, "lower_bound",
     "COVID-19 pandemic", None, "none", False, True),
    ("n03", "over 200,000 people lost their lives", 0, "killed", "people", 200000, None, "lower_bound",
     "Hiroshima and Nagasaki", None, "none", False, True),
    ("n04", "two journalists", 0, "journalists_threatened", "journalists", 2, 2, "exact",
     "Capital Gazette", "Ramos", "person", False, False),
    ("n05", "more than 45 million online images and videos", 0, "abuse_images_reported", "online images and videos",
     45000000, None, "lower_bound", "child sexual abuse material", None, "none", False, False),
    ("n08", "three Israelis were killed", 0, "killed", "Israelis", 3, 3, "exact",
     "Jerusalem bus attack", None, "none", False, True),
    ("n08", "16 others were wounded", 0, "wounded", "others", 16, 16, "exact",
     "Jerusalem bus attack", None, "none", False, True),
    ("n09", "49 cases", 0, "cases", "cases", 49, 49, "exact",
     EBOLA, None, "none", False, True),
    ("n09", "29 deaths", 0, "killed", "deaths", 29, 29, "exact",
     EBOLA, None, "none", False, True),
    ("n09", "more than 11,325 lives", 0, "killed", "lives", 11325, None, "lower_bound",
     EBOLA, None, "none", False, True),
    ("n10", "26 people dead", 0, "killed", "people", 26, 26, "exact",
     "Newtown school shooting", None, "none", False, True),
    ("n10", "a half-dozen of them", 0, "killed", "them", 6, 6, "exact",
     "Newtown school shooting", None, "none", False, True),
    ("n10", "the 22 victims", 0, "killed", "victims", 22, 22, "exact",
     "El Paso massacre", None, "none", False, True),
    ("n11", "eight airline workers were arrested", 0, "arrested", "airline workers", 8, 8, "exact",
     "Detroit Metro Airport protest", None, "none", False, True),
    ("n12", "more than 20 women are in prison", 0, "imprisoned", "women", 20, None, "lower_bound",
     SALVADOR, None, "none", False, True),
    ("n12", "at least 50 women have been imprisoned", 0, "imprisoned", "women", 50, None, "lower_bound",
     SALVADOR, None, "none", False, True),
    ("n13", "75 cases", 0, "misleading_fisa_cases", "cases", 75, 75, "exact",
     "FBI", "the FISA court", "organization", False, False),
    ("n13", "10-page litany", 0, "litany_pages", "page", 10, 10, "exact",
     "FISA court decision", None, "none", False, False),
    ("n14", "333 cases outstanding", 0, "fec_cases_outstanding", "cases", 333, 333, "exact",
     FEC, "a recent report from the commission’s lawyers", "document", False, False),
    ("n14", "138 cases", 0, "fec_cases_awaiting_vote", "cases", 138, 138, "exact",
     FEC, REPORT, "document", False, False),
    ("n14", "cannot have more than three commissioners", 0, "commissioners_per_party", "commissioners",
     None, 3, "upper_bound", FEC, None, "none", False, False),
    ("n15", "About 130 of Michigan's National Guard soldiers", 0, "deployed", "National Guard soldiers", 130, 130,
     "approx", GUARD, OFFICIALS, "anonymous", False, True),
    ("n15", "more than 40 specialized vehicles", 0, "vehicles_deployed", "specialized vehicles", 40, None,
     "lower_bound", GUARD, OFFICIALS, "anonymous", False, False),
    ("n15", "200 more soldiers", 0, "deployed", "soldiers", 200, 200, "exact",
     GUARD, OFFICIALS, "anonymous", False, True),
    ("n15", "peak at 38 feet", 0, "flood_crest", "feet", 38, 38, "exact",
     FLOOD, "city and county leaders", "anonymous", True, False),
    ("n15", "35 feet", 0, "flood_crest", "feet", 35, 35, "exact",
     FLOOD, None, "none", False, False),
    ("n16", "$800k in fines", 0, "fines_unpaid", "fines", 800000, 800000, "exact",
     "Texas lobbyists and politicians", None, "none", False, False),
    ("n16", "seven times", 0, "court_actions", "times", 7, 7, "exact",
     "Reynolds", None, "none", False, False),
    ("n16", "$9,400", 0, "fine_paid", "$", 9400, 9400, "exact",
     "Reynolds", None, "none", False, False),
    ("n17", "two other teens", 0, "charged", "teens", 2, 2, "exact",
     "Bryan Allen Thompson killing", None, "none", False, False),
    ("n18", "U.S. deaths due to the virus topped 7,000", 0, "killed", "deaths", 7000, None, "lower_bound",
     "United States", None, "none", False, True),
    ("n18", "it was over 8,100", 0, "killed", "deaths", 8100, None, "lower_bound",
     "United States", None, "none", False, True),
    ("n21", "more than 20 rounds", 0, "rounds_fired", "rounds", 20, None, "lower_bound",
     "Louisville Metro Police", None, "none", False, False),
    ("n22", "two officers", 0, "officers", "officers", 2, 2, "exact",
     "Chicago police", "Boyd", "person", False, False),
    ("n23", "80% of its stores", 0, "stores_requiring_masks_share", "stores", 80, 80, "exact",
     "Target", "The retailer", "organization", False, False),
]
# (art, quote_contains, nth, speaker, kind)
Q = [
    ("n04", "I was seriously concerned he would threaten us", 0, "Tom Marquardt", "person"),
    ("n04", "I even told my wife", 0, "Tom Marquardt", "person"),
    ("n04", "cease breathing.", 0, "Ramos", "person"),
    ("n08", "peaceful resistance,", 0, "anti-Israel activists", "person"),
    ("n10", "I will still be part of all the causes", 0, "Beto O’Rourke", "person"),
    ("n11", "who are willing to put their bodies on the line", 0, "Tlaib", "person"),
    ("n11", "The airline catering workers are desperate", 0, "Tlaib", "person"),
    ("n11", "Working people in the kitchens at DTW", 0, "Tlaib", "person"),
    ("n12", "Abortions are performed every day", 0, "Lopez", "person"),
    ("n12", "Ban or no ban on abortion", 0, "Lopez", "person"),
    ("n13", "slowed such investigations drastically,", 0, "Washington Post", "organization"),
    ("n13", "ranged from illegally sharing raw intelligence", 0, "FISA court decision", "document"),
    ("n15", "The waters are receding,", 0, "Brad Kaye", "person"),
    ("n17", "allows him to be sent to prison", 0, "Democrat-Gazette report", "document"),
    ("n18", "We should all be deeply disturbed", 0, "Mark Warner", "person"),
    ("n18", "the president’s dead of night decision", 0, "Adam Schiff", "person"),
    ("n18", "threatens to have a chilling effect", 0, "Nancy Pelosi", "person"),
    ("n18", "fires people for telling the truth.", 0, "Chuck Schumer", "person"),
    ("n20", "Juneteenth, celebrated annually on June 19th", 0, None, "unknown"),
    ("n20", "The power of this historical feat", 0, None, "unknown"),
    ("n21", "She really did not deserve to end her life", 0, "Bianca Austin", "person"),
    ("n22", "He walked up to me and smacked me,", 0, "Boyd", "person"),
    ("n22", "I don’t know if the phone hit me in the mouth", 0, "Boyd", "person"),
    ("n22", "But the way that I was recording", 0, "Boyd", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
