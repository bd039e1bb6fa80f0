"""The twentieth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev20/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

TWO_THIRDS = 2 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
MASON = "new research by Lilliana Mason and Nathan Kalmoe"
REFERENDUM = "Turkish constitutional referendum"
ELKTON = "Elkton federal prison"
US_COVID = "COVID-19 in the United States"
NYT = "the New York Times"
RUSSIA = "Russia"
GOOGLE = "Google search results"
SLATE = "Slate"
FDA = "FDA"
ABERNETHY = "Abernethy"
RAMIREZ = "Denise Ramirez"
STATEMENT = "statement"
FOX = "Ryan Fox"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # z00 (PACE): "According to new research by Lilliana Mason and Nathan Kalmoe" (document, research cited, as
    # dev14/'s preprint) and "The same research shows" (document); the loss-scenario shares have no cue in
    # their sentence (none). "Over Zero" is a name, "zero-sum" a word; "November 2019", "2020" dates, years.
    ("z00", "70% of Republicans", 0, "threat_perception_share", "Republicans", 70, 70, "exact", "Republicans",
     MASON, "document", False, False),
    ("z00", "56% of Democrats", 0, "threat_perception_share", "Democrats", 56, 56, "exact", "Democrats", MASON,
     "document", False, False),
    ("z00", "nine percent of Republicans and Democrats", 0, "violence_acceptance_share",
     "Republicans and Democrats", 9, 9, "exact", "Republicans and Democrats", "The same research", "document",
     False, False),
    ("z00", "18 percent of Democrats", 0, "violence_approval_after_loss_share", "Democrats", 18, 18, "exact",
     "Democrats", None, "none", False, False),
    ("z00", "13 percent of Republicans", 0, "violence_approval_after_loss_share", "Republicans", 13, 13,
     "exact", "Republicans", None, "none", False, False),
    # z01 (Daily Sabah): "a survey by pollsters ANAR put … at 52 percent, reported Reuters" → the survey
    # (document: the figure's origin, as the seed's "Anonymous sources reported to the New York Times");
    # "The survey revealed" (document); "polling company, Konsensus put … at 51.2 percent …, according to the
    # same report by Reuters" → Konsensus (organization, the pollster named); sample sizes and province counts
    # have no cue (none); "April 5", "April 16" dates.
    ("z01", "52 percent", 0, "yes_vote_share", "\"yes\" votes", 52, 52, "exact", REFERENDUM,
     "a survey by pollsters ANAR", "document", False, False),
    ("z01", "4,000 people", 0, "survey_sample", "people", 4000, 4000, "exact", "ANAR survey", None, "none",
     False, False),
    ("z01", "26 provinces", 0, "provinces_surveyed", "provinces", 26, 26, "exact", "ANAR survey", None, "none",
     False, False),
    ("z01", "8 percent", 0, "undecided_voter_share", "undecided voters", 8, 8, "exact", REFERENDUM,
     "The survey", "document", False, False),
    ("z01", "2 percentage point boost", 0, "yes_vote_share_change", "percentage point", 2, 2, "exact",
     REFERENDUM, "The survey", "document", False, False),
    ("z01", "51.2 percent", 0, "yes_vote_share", "\"yes\" votes", 51.2, 51.2, "exact", REFERENDUM,
     "polling company, Konsensus", "organization", False, False),
    ("z01", "2,000 people", 0, "survey_sample", "people", 2000, 2000, "exact", "Konsensus survey", None, "none",
     False, False),
    ("z01", "41 provinces", 0, "provinces_surveyed", "provinces", 41, 41, "exact", "Konsensus survey", None,
     "none", False, False),
    # z02 (Tom Nichols): a goal, lower_bound; "in 2020" a year, "the first time" an ordinal.
    ("z02", "at least 270 electoral votes", 0, "electoral_votes_needed", "electoral votes", 270, None,
     "lower_bound", "2020 presidential election", None, "none", False, False),
    # z03 (Rahm Emanuel): the link line's "The 9.9 percent" (link-line figures are claims, dev17/; a share of
    # the population used as a group's name: call); "billions" vague 2,000,000,000/null (dev9/), no noun
    # after it (dev5/'s "millions"); "No one went to jail" no numeral (dev8/); "For decades" a duration.
    ("z03", "The 9.9 percent", 0, "aristocracy_share", "percent", 9.9, 9.9, "exact", "American aristocracy",
     None, "none", False, False),
    ("z03", "lent billions", 0, "mortgage_lending", "dollars", 2000000000, None, "vague",
     "U.S. banks in the Great Recession", None, "none", False, False),
    # z04 (National Interest): no numeric claim ("Six months after" a duration, "2012", "2024" years).
    # z05 (The Duran): no numeric claim ("1967 borders" a year).
    # z06 (Natural News): a transcript line labelled "Judy Mikovits:" — its figure goes to the labelled speaker
    # (dev5/); a proposal, not hedged; "1986" a year, "five-year moratorium", "five years" durations, "first
    # thing", "second thing" ordinals.
    ("z06", "$5000 tax-free account", 0, "proposed_health_account", "dollars", 5000, 5000, "exact",
     "Judy Mikovits's health proposal", "Judy Mikovits", "person", False, False),
    # z07 (Heartland Institute): no numeric claim.
    # z08 (The Marshall Project): "Two men followed him" (died after Taylor) is a toll (killed, core; the BOP
    # cue is the sentence before: none); "53-year-old" an age, "five years", "24 hours" durations, "2012" a
    # year; "only one person" a count of one; the 6 feet inside the BOP plan's quotation (document).
    ("z08", "Two men followed him", 0, "killed", "men", 2, 2, "exact", ELKTON, None, "none", False, True),
    ("z08", "about 2,300 men", 0, "inmates", "men", 2300, 2300, "approx", ELKTON, None, "none", False, False),
    ("z08", "two prisons", 0, "prisons", "prisons", 2, 2, "exact", ELKTON, None, "none", False, False),
    ("z08", "Two or three beds", 0, "beds_per_cubicle", "beds", 2, 3, "range", ELKTON, None, "none", False,
     False),
    ("z08", "about 80 square feet", 0, "cubicle_area", "square feet", 80, 80, "approx", ELKTON, None, "none",
     False, False),
    ("z08", "only one person", 0, "standing_room", "person", 1, 1, "exact", ELKTON, None, "none", False, False),
    ("z08", "at least 6 feet", 0, "distance", "feet", 6, None, "lower_bound", "sick inmates' beds",
     "the BOP plan", "document", False, False),
    # z09 (AP Fact Check): "The government has counted tens of thousands of children who have been infected"
    # (organization; vague 20,000/null, dev13/; infected, core).
    ("z09", "tens of thousands of children", 0, "infected", "children", 20000, None, "vague",
     "COVID-19 in U.S. children", "The government", "organization", False, True),
    # z10 (John Stossel): "age 65" an age; "about half" a fraction (0.5, approx).
    ("z10", "80 countries", 0, "countries_with_us_troops", "countries", 80, 80, "exact", "U.S. military", None,
     "none", False, False),
    ("z10", "about half of the federal budget", 0, "entitlement_budget_share", "federal budget", 0.5, 0.5,
     "approx", "U.S. federal budget", None, "none", False, False),
    # z11 (ProPublica): "both cases" no numeral; "A December interview date" a date; "appeals take years" a
    # duration; the headline's "One Side" is not a count.
    ("z11", "two separate tracks", 0, "immigration_case_tracks", "tracks", 2, 2, "exact", "Mirza's family",
     None, "none", False, False),
    # z12 (TheBlaze.com): the Times' figures inside its quotation ("the New York Times reported that "…,"
    # according to their own data": organization); "230,000-something" read as "N-plus" (lower_bound, dev/);
    # "two years ago" a duration, "24/7" a schedule.
    ("z12", "at least 81,321 people", 0, "infected", "people", 81321, None, "lower_bound", US_COVID, NYT,
     "organization", False, True),
    ("z12", "more than 1,000 deaths", 0, "killed", "deaths", 1000, None, "lower_bound", US_COVID, NYT,
     "organization", False, True),
    ("z12", "230,000-something Twitter followers", 0, "twitter_followers", "Twitter followers", 230000, None,
     "lower_bound", "Julia Ioffe", None, "none", False, False),
    # z13 (Geller Report News): Cuomo "expressed surprise that two-thirds …" (person; a share, not core);
    # "six-feet" the distancing rule's distance (a measurement, as dev19/'s "at least six feet").
    ("z13", "two-thirds of hospitalized coronavirus patients", 0, "sheltering_in_place_share",
     "hospitalized coronavirus patients", TWO_THIRDS, TWO_THIRDS, "exact", "New York coronavirus patients",
     "Andrew Cuomo", "person", False, False),
    ("z13", "six-feet", 0, "distance", "feet", 6, 6, "exact", "social distancing", None, "none", False, False),
    # z14 (Pravda Report): no source named ("were registered", "were reported"): none throughout; the headline's
    # "all but one Russian regions" counts the one region without cases (as dev15/'s "all but one post-World
    # War II president"); "As many as 292" upper_bound (dev9/); `recovered` is not core (dev17/); the regional
    # list's figures are new case counts (core); "Over the past 24 hours" a duration, "For the first time" an
    # ordinal.
    ("z14", "one Russian regions", 0, "regions_without_cases", "Russian regions", 1, 1, "exact", RUSSIA, None,
     "none", False, False),
    ("z14", "3,388 new cases", 0, "cases", "new cases", 3388, 3388, "exact", RUSSIA, None, "none", False, True),
    ("z14", "65 regions", 0, "regions_with_new_cases", "regions", 65, 65, "exact", RUSSIA, None, "none", False,
     False),
    ("z14", "28 people died", 0, "killed", "people", 28, 28, "exact", RUSSIA, None, "none", False, True),
    ("z14", "As many as 292 people recovered", 0, "recovered", "people", None, 292, "upper_bound", RUSSIA, None,
     "none", False, False),
    ("z14", "24,490 cases", 0, "cases", "cases", 24490, 24490, "exact", RUSSIA, None, "none", False, True),
    ("z14", "84 regions", 0, "regions_with_cases", "regions", 84, 84, "exact", RUSSIA, None, "none", False,
     False),
    ("z14", "the lives of 198 people", 0, "killed", "people", 198, 198, "exact", RUSSIA, None, "none", False,
     True),
    ("z14", "1,986 people recovered", 0, "recovered", "people", 1986, 1986, "exact", RUSSIA, None, "none", False,
     False),
    ("z14", "Moscow - 1,774", 0, "cases", "new cases", 1774, 1774, "exact", "Moscow", None, "none", False, True),
    ("z14", "272 people fell ill", 0, "cases", "people", 272, 272, "exact", "Moscow region", None, "none", False,
     True),
    ("z14", "Murmansk region - 137", 0, "cases", "new cases", 137, 137, "exact", "Murmansk region", None, "none",
     False, True),
    ("z14", "St. Petersburg - 130", 0, "cases", "new cases", 130, 130, "exact", "St. Petersburg", None, "none",
     False, True),
    ("z14", "Leningrad region - 108 people", 0, "cases", "people", 108, 108, "exact", "Leningrad region", None,
     "none", False, True),
    ("z14", "97 people fell ill", 0, "cases", "people", 97, 97, "exact", "Komi Republic", None, "none", False,
     True),
    # z15 (The New Yorker): no numeric claim ("in more than a century", "decades earlier" spans of time, "at
    # fifty-six" an age, "The two writers" a reference count).
    # z16 (Western Journal): "The report said that 91 percent of the time …" (document); the 80 percent's
    # sentence has no cue (none, sentence-local).
    ("z16", "91 percent of the time", 0, "left_win_share", "percent of the time", 91, 91, "exact", GOOGLE,
     "The report", "document", False, False),
    ("z16", "80 percent", 0, "left_over_center_win_share", "percent", 80, 80, "exact", GOOGLE, None, "none",
     False, False),
    # z17 (Marijuana Moment), z18 (Annafi Wahed), z19 (Michelle Malkin): no numeric claim ("last year",
    # "2016 election" dates; "one key element", "one party" not counts).
    # z20 (TechCrunch): no numeric claim: "six to eight months" and "three to 14 days" are durations, even as
    # the point of the sentence (dev5/, dev15/); "5G" a name.
    # z21 (ABC News): "17,000-square foot" a measurement, "two-floor" a compound count (dev3/); "14 different
    # locations" sits in the clause whose coordinated predicate holds Ramirez's quotation, one sentence with
    # "Ramirez explained" as its cue (person: call); "three years" a duration.
    ("z21", "17,000-square foot", 0, "floor_area", "square foot", 17000, 17000, "exact", SLATE, None, "none",
     False, False),
    ("z21", "two-floor space", 0, "floors", "floor", 2, 2, "exact", SLATE, None, "none", False, False),
    ("z21", "14 different locations", 0, "locations", "locations", 14, 14, "exact", "Howl at the Moon",
     "Ramirez", "person", False, False),
    # z22 (Humans Are Free): the headline's "Reportedly" hedges without naming a source (none, dev4/); the
    # statement's "$10 million" is inside its quotation (document) and hedged by "the alleged receipt";
    # "Bill 2020" a name, "a few months back" a date.
    ("z22", "$10 Million Bribe", 0, "bribe", "dollars", 10000000, 10000000, "exact",
     "Nigerian Compulsory Vaccination Bill", None, "none", True, False),
    ("z22", "$10 million", 0, "bribe", "dollars", 10000000, 10000000, "exact",
     "Nigerian Compulsory Vaccination Bill", "that statement", "document", True, False),
    # z23 (PBS NewsHour): no numeric claim ("33-year-old" an age).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # z00: survey-answer wording, the respondents' groups (dev6/'s k19, dev17/'s w21).
    ("z00", "serious threat to the United States and its people.", 0, "Republicans and Democrats", "person"),
    ("z01", "Now the state becomes the people's state", 0, "Erdoğan", "person"),
    ("z08", "I Begged Them To Let Me Die", 0, None, "unknown"),
    ("z08", "quickly declined", 0, "BOP", "organization"),
    ("z08", "In large dorm settings or camps", 0, "BOP plan", "document"),
    ("z08", "If isolation is not feasible", 0, "BOP plan", "document"),
    ("z09", "There’s nothing in the data", 0, "DeVos", "person"),
    ("z11", "Women to One Side, Men to the Other", 0, None, "unknown"),
    ("z11", "We have to follow the law.", 0, "Mirza", "person"),
    ("z12", "Who's the sh*thole country now?", 0, "Julia Ioffe", "person"),
    ("z12", "in the United States, at least 81,321 people", 0, "New York Times", "organization"),
    ("z12", "Who's the s**thole country now?", 0, "Julia Ioffe", "person"),
    ("z12", "Why are we having all these people", 0, "Donald Trump", "person"),
    ("z12", "People are sick and dying.", 0, "Benny Johnson", "person"),
    ("z16", "users have to scroll down the window", 0, "report", "document"),
    ("z16", "there was bias of one political slant", 0, "report", "document"),
    ("z16", "This apparent bias could easily be", 0, "report", "document"),
    ("z17", "a naturally occurring compound isolated", 0, FDA, "organization"),
    ("z17", "synthetic single-chemical active pharmaceutical ingredients.", 0, FDA, "organization"),
    ("z17", "It is critical that the FDA continues", 0, ABERNETHY, "person"),
    ("z17", "The FDA believes the drug approval process", 0, ABERNETHY, "person"),
    ("z17", "The agency is committed to supporting", 0, ABERNETHY, "person"),
    ("z18", "Because the painful history of blackface", 0, "Melannie Denise Cunningham", "person"),
    ("z18", "I get that underground racists", 0, "Roxanne Jones", "person"),
    ("z19", "In light of this last election", 0, "Michelle Obama", "person"),
    ("z19", "What is going on in our heads", 0, "Michelle Obama", "person"),
    ("z20", "the mainstream is unusually accepting", 0, "report on coronavirus misinformation", "document"),
    ("z20", "In the current infodemic", 0, FOX, "person"),
    ("z20", "small groups of hyper passionate individuals", 0, FOX, "person"),
    ("z20", "5G misinformation from online factions", 0, FOX, "person"),
    ("z21", "Once restaurants are given the OK", 0, "Hatzigeorgiou", "person"),
    ("z21", "we can start to open some parts of Slate.", 0, "Hatzigeorgiou", "person"),
    ("z21", "Howl is typically a packed house", 0, RAMIREZ, "person"),
    ("z21", "all the different regulations being put in place", 0, RAMIREZ, "person"),
    ("z21", "I can only assume", 0, RAMIREZ, "person"),
    ("z22", "Opposition Coalition (CUPP) has intercepted", 0, STATEMENT, "document"),
    ("z22", "This intelligence is coupled", 0, STATEMENT, "document"),
    ("z23", "I feed off someone else’s energy", 0, "Justin Becker", "person"),
    ("z23", "We’re seeing the emergence of a new phase", 0, "Helen Fisher", "person"),
    ("z23", "Yes, we’re moving forward to the past.", 0, "Helen Fisher", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
