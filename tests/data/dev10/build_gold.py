"""The tenth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev10/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
SENATE_GOP = "Senate Republicans"
WAPO = "The Washington Post"
GUNS = "gun violence in America"
LEVI = "Levi Strauss & Co."
POLL = "An ABC/Washington Post poll released on July 17"
SITUATION = "coronavirus situation"
TRUMP = "Donald Trump"
FED = "federal prisons"
KAEP = "Colin Kaepernick"
PEW = "A Pew poll"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    ("p00", "59 Tomahawk missiles", 0, "launched", "Tomahawk missiles", 59, 59, "exact",
     US, None, "none", False, False),
    ("p02", "The two new laws", 0, "new_laws", "laws", 2, 2, "exact",
     "Idaho", "Peter Sprigg", "person", False, False),
    ("p05", "25 million people", 0, "people_helped", "people", 25000000, 25000000, "exact",
     "The Salvation Army", None, "none", False, False),
    ("p06", "two more Republicans", 0, "defections", "Republicans", 2, 2, "exact",
     SENATE_GOP, None, "none", False, False),
    ("p06", "50 votes", 0, "votes_needed", "votes", 50, 50, "exact",
     "Senate health care bill", None, "none", False, False),
    ("p06", "52 Republican senators", 0, "senators", "Republican senators", 52, 52, "exact",
     SENATE_GOP, None, "none", False, False),
    ("p06", "four \"nays.\"", 0, "no_votes", "nays", 4, 4, "exact",
     SENATE_GOP, None, "none", False, False),
    ("p07", "three people familiar with the discussions", 0, "sources", "people", 3, 3, "exact",
     "Mueller investigation", WAPO, "organization", False, False),
    ("p09", "96 Americans are killed by guns", 0, "gun_deaths", "Americans", 96, 96, "exact",
     GUNS, None, "none", False, False),
    ("p09", "hundreds more are wounded", 0, "gun_injuries", "Americans", 200, None, "vague",
     GUNS, None, "none", False, False),
    ("p09", "more than 25 times", 0, "gun_homicide_rate_ratio", "times", 25, None, "lower_bound",
     GUNS, None, "none", False, False),
    ("p09", "three new areas", 0, "support_areas", "areas", 3, 3, "exact",
     LEVI, None, "none", False, False),
    ("p09", "more than $1 million", 0, "grants_pledged", "$", 1000000, None, "lower_bound",
     LEVI, None, "none", False, False),
    ("p10", "47% of Americans", 0, "poll_share", "Americans", 47, 47, "exact",
     SITUATION, None, "none", False, False),
    ("p10", "30%", 0, "poll_share", "Americans", 30, 30, "exact",
     SITUATION, None, "none", False, False),
    ("p10", "fell by half", 0, "poll_share_change", "share", 0.5, 0.5, "exact",
     SITUATION, None, "none", False, False),
    ("p10", "23%", 0, "poll_share", "Americans", 23, 23, "exact",
     SITUATION, None, "none", False, False),
    ("p10", "more than doubled", 0, "poll_share_change", "share", 2, None, "lower_bound",
     SITUATION, None, "none", False, False),
    ("p10", "65%", 0, "poll_share", "Americans", 65, 65, "exact",
     SITUATION, None, "none", False, False),
    ("p10", "51%", 0, "poll_share", "approval", 51, 51, "exact",
     TRUMP, POLL, "document", False, False),
    ("p10", "46%", 0, "poll_share", "approval", 46, 46, "exact",
     TRUMP, POLL, "document", False, False),
    ("p10", "38%", 0, "poll_share", "approval", 38, 38, "exact",
     TRUMP, POLL, "document", False, False),
    ("p10", "45%", 0, "poll_share", "disapproval", 45, 45, "exact",
     TRUMP, POLL, "document", False, False),
    ("p10", "53%", 0, "poll_share", "disapproval", 53, 53, "exact",
     TRUMP, POLL, "document", False, False),
    ("p10", "60%", 0, "poll_share", "disapproval", 60, 60, "exact",
     TRUMP, POLL, "document", False, False),
    ("p10", "Seventy-four percent", 0, "poll_share", "percent", 74, 74, "exact",
     SITUATION, None, "none", False, False),
    ("p10", "Fifty-six percent", 0, "poll_share", "percent", 56, 56, "exact",
     SITUATION, None, "none", False, False),
    ("p10", "72%", 0, "poll_share", "percent", 72, 72, "exact",
     SITUATION, None, "none", False, False),
    ("p11", "100,000 new coronavirus cases per day", 0, "projected_cases", "new coronavirus cases", 100000, 100000,
     "exact", US, "Dr. Anthony Fauci", "person", True, False),
    ("p11", "roughly 337 million", 0, "population", "population", 337000000, 337000000, "approx",
     US, None, "none", False, False),
    ("p11", "119 million total households", 0, "households", "households", 119000000, 119000000, "exact",
     US, "Richard Gollis", "person", False, False),
    ("p11", "36% of which were renters", 0, "renter_share", "households", 36, 36, "exact",
     US, "Richard Gollis", "person", False, False),
    ("p12", "killed 100k", 0, "killed", "people", 100000, 100000, "exact",
     "COVID-19 pandemic", "Jake Sherman", "person", False, True),
    ("p13", "2,500 U.S. troops", 0, "deployed", "troops", 2500, 2500, "exact",
     US, None, "none", False, True),
    ("p13", "12-point plan", 0, "plan_points", "points", 12, 12, "exact",
     "Mike Pompeo", None, "none", False, False),
    ("p14", "Eight of the 10 biggest clusters", 0, "clusters_in_jails", "clusters", 8, 8, "exact",
     "US jails and prisons", None, "none", False, False),
    ("p14", "nearly 1,000 cases", 0, "cases", "cases", None, 1000, "upper_bound",
     "Cook County jail", None, "none", False, True),
    ("p14", "more than 25 percent", 0, "prison_case_share", "statewide cases", 25, None, "lower_bound",
     "Ohio prisons", None, "none", False, False),
    ("p14", "16,000 statewide cases", 0, "cases", "cases", 16000, 16000, "exact",
     "Ohio", None, "none", False, True),
    ("p14", "nearly 2,200 confirmed cases", 0, "cases", "confirmed cases", None, 2200, "upper_bound",
     "Marion Correctional Institution", None, "none", False, True),
    ("p14", "1,692 individuals in federal custody", 0, "infected", "individuals", 1692, 1692, "exact",
     FED, None, "none", False, True),
    ("p14", "349 Bureau of Prisons staff", 0, "infected", "staff", 349, 349, "exact",
     FED, None, "none", False, True),
    ("p14", "33 deaths among incarcerated people", 0, "killed", "deaths", 33, 33, "exact",
     FED, None, "none", False, True),
    ("p15", "16 touchdowns", 0, "touchdown_passes", "touchdowns", 16, 16, "exact",
     KAEP, None, "none", False, False),
    ("p15", "four interceptions", 0, "interceptions", "interceptions", 4, 4, "exact",
     KAEP, None, "none", False, False),
    ("p15", "468 yards", 0, "rushing_yards", "yards", 468, 468, "exact",
     KAEP, None, "none", False, False),
    ("p15", "69 attempts", 0, "rushing_attempts", "attempts", 69, 69, "exact",
     KAEP, None, "none", False, False),
    ("p18", "37 countries", 0, "countries_surveyed", "countries", 37, 37, "exact",
     PEW, PEW, "document", False, False),
    ("p18", "64 percent of people in these countries", 0, "poll_share", "people", 64, 64, "exact",
     US, None, "none", False, False),
    ("p18", "22 percent", 0, "poll_share", "percent", 22, 22, "exact",
     US, None, "none", False, False),
    ("p18", "fallen by 15 points", 0, "favorability_change", "points", 15, 15, "exact",
     US, None, "none", False, False),
    ("p19", "seven countries", 0, "countries_covered", "countries", 7, 7, "exact",
     "Trump's travel executive order", None, "none", False, False),
    ("p21", "96% of the time", 0, "rulings_share", "time", 96, 96, "exact",
     "lower federal courts", "one study", "vague", False, False),
    ("p23", "over 5 million views", 0, "video_views", "views", 5000000, None, "lower_bound",
     "dissenting doctors' video", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("p00", "I don’t want to be the president of the world", 0, TRUMP, "person"),
    ("p01", "All communities on Reddit must abide", 0, "Reddit", "organization"),
    ("p01", "We banned r/The_Donald", 0, "Reddit", "organization"),
    ("p01", "Though smaller, r/ChapoTrapHouse", 0, "statement", "document"),
    ("p02", "HB 509 flouts a recent decision", 0, "HRC", "organization"),
    ("p02", "The two new laws were routinely referred to", 0, "Peter Sprigg", "person"),
    ("p02", "Credit should be given to both", 0, "Peter Sprigg", "person"),
    ("p03", "Former Vice President Dick Cheney declared", 0, "The New York Times", "organization"),
    ("p03", "The administration clearly deserves credit", 0, "Dick Cheney", "person"),
    ("p03", "I admire the courage of the president.", 0, "Rudolph W. Giuliani", "person"),
    ("p03", "I want to personally congratulate President Obama", 0, "Donald J. Trump", "person"),
    ("p03", "The US auto industry is alive", 0, "Guy Benson", "person"),
    ("p06", "Effort to Repeal and Immediately Replace", 0, "Mitch McConnell", "person"),
    ("p06", "Regretfully, it is now apparent", 0, "Mitch McConnell", "person"),
    ("p06", "fundamental flaw", 0, "Rand Paul", "person"),
    ("p06", "sweeping and deep cuts", 0, "Susan Collins", "person"),
    ("p06", "in the coming days,", 0, "Mitch McConnell", "person"),
    ("p06", "is working.", 0, "Obama", "person"),
    ("p07", "Special counsel Robert S. Mueller III informed", 0, WAPO, "organization"),
    ("p07", "Prosecutors view someone as a subject", 0, None, "unknown"),
    ("p13", "very minor", 0, "Trump", "person"),
    ("p13", "Trump may soon be boxed in", 0, "Brett McGurk", "person"),
    ("p17", "eight more years", 0, "Biden", "person"),
    ("p17", "that way in which he trails off", 0, None, "unknown"),
    ("p17", "traffic in too many exclamation points", 0, None, "unknown"),
    ("p20", "Theme parks are ranked one of", 0, "Austin Lynch", "person"),
    ("p20", "Otherwise, from what we’ve seen", 0, "Austin Lynch", "person"),
    ("p22", "He died like a dog.", 0, "Trump", "person"),
    ("p22", "Something very big has just happened!", 0, "Trump", "person"),
    ("p22", "as though you were watching a movie.", 0, "Trump", "person"),
    ("p23", "may lead others to act", 0, None, "unknown"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
