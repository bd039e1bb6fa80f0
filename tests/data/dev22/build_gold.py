"""The twenty-second (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev22/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

HALF = 1 / 2  # fractions are written as fractions (as in dev3/), percentages as percents
ONE_FIFTH = 1 / 5
CAMPAIGN_STATEMENT = "the statement from the campaign"
MAINICHI = "leading Japanese newspaper The Mainichi"
JAPAN_TOURISM = "Japan tourism"
JAPAN_FUND = "Japan's tourism recovery fund"
PSYCHOLOGY_DOC = "𝐏𝐡𝐢𝐥𝐨𝐬𝐨𝐩𝐡𝐞𝐫 𝙋𝙨𝙮𝙘𝙝𝙤𝙡𝙤𝙜𝙞𝙨𝙩 (@PsychologyDoc)"
DC_TROOPS = "active-duty U.S. troops in the Washington, D.C., area"
MCCARTHY = "Ryan McCarthy"
REUTERS_DATA = "Reuters data"
COVID_WORLD = "COVID-19 worldwide"
HUTCHISON = "Katie Hutchison"
WA_DEATHS = "Washington State COVID-19 death count"
DAVIDSON_VIDEO = "Davidson's confrontation with Mike Pence"
STAUNTON = "Staunton, Virginia"
GRAHAM = "Graham"
LIGHTFOOT = "Lightfoot"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # b00 (The Daily, a New York Times podcast transcript): the first paragraph is the host's, unlabelled in
    # the excerpt (none); "surpassed" lower_bound (a verb of exceeding); "nearly half a million" upper_bound;
    # "Five unelected Supreme Court justices" inside the campaign statement's quotation → the statement
    # (document); "appeared to criticize" softens the criticism, not the count. The "archived recording
    # (phil murphy)" line is transcript (no marks, no figure).
    ("b00", "Five unelected Supreme Court justices", 0, "justices_in_majority", "justices", 5, 5, "exact",
     "Supreme Court ruling on Louisiana abortion law", CAMPAIGN_STATEMENT, "document", False, False),
    ("b00", "Global deaths from the coronavirus have now surpassed 500,000", 0, "killed", "deaths", 500000,
     None, "lower_bound", COVID_WORLD, None, "none", False, True),
    ("b00", "nearly half a million people", 0, "people_under_lockdown", "people", None, 500000,
     "upper_bound", "China (county south of Beijing)", None, "none", False, False),
    # b01 (Pat Buchanan): "48 of Scotland's 59 seats" is two claims (the 59 is new information, as dev3/'s
    # "80 percent of the 1,162 inmates"); "in 2016" a year, "a second referendum" an ordinal.
    ("b01", "48 of Scotland's 59 seats", 0, "seats_won", "seats", 48, 48, "exact", "Scottish National Party",
     None, "none", False, False),
    ("b01", "Scotland's 59 seats", 0, "seats", "seats", 59, 59, "exact", "Scotland", None, "none", False,
     False),
    # b02 (BET): "Two of the videos" a claim of 2 (as dev/'s "Six of the nine justices"); the lawsuit's
    # defendants.
    ("b02", "Two of the videos", 0, "videos_provided", "videos", 2, 2, "exact", "Sam's Club arrest videos",
     None, "none", False, False),
    ("b02", "four police officers", 0, "defendants", "police officers", 4, 4, "exact",
     "Gray family lawsuit", None, "none", False, False),
    # b03 (Newsmax): no numeric claim ("the week of the 12th" a date; "a few weeks", "for months" no numeral).
    # b04 (Axios): the Paris goal "rising 2°C" (a threshold, exact); "about 0.8°C since 1880, according to
    # NASA" → organization; "in the coming decades", "within this century" no numeral; "the only country"
    # no numeral.
    ("b04", "rising 2°C", 0, "temperature_rise_limit", "°C", 2, 2, "exact", "Paris Climate Agreement", None,
     "none", False, False),
    ("b04", "increased about 0.8°C", 0, "temperature_increase", "°C", 0.8, 0.8, "approx",
     "Earth's global temperature", "NASA", "organization", False, False),
    # b05 (The Mind Unleashed): the headline's "Half" is a fraction (0.5), hedged by "Might"; "according to
    # … The Mainichi" closes the sentence of both arrival counts (organization); the next sentence's drop
    # has no cue; "More than 1,000 deer" in the pasted tweet → its author (person, a named account, as
    # dev3/'s Jon Levine); "is now considering giving the green light to a … fund": a proposal, its size
    # not hedged (as dev20/'s "$5000 tax-free account").
    ("b05", "Half of Your Travel Expenses", 0, "travel_expense_share_paid", "travel expenses", HALF, HALF,
     "exact", JAPAN_TOURISM, None, "none", True, False),
    ("b05", "a mere 2,900 tourists", 0, "tourist_arrivals", "tourists", 2900, 2900, "exact", JAPAN_TOURISM,
     MAINICHI, "organization", False, False),
    ("b05", "2,926,685 people", 0, "tourist_arrivals", "people", 2926685, 2926685, "exact", JAPAN_TOURISM,
     MAINICHI, "organization", False, False),
    ("b05", "99.9 percent year-on-year drop in tourism", 0, "tourism_drop", "percent", 99.9, 99.9, "exact",
     JAPAN_TOURISM, None, "none", False, False),
    ("b05", "More than 1,000 deer", 0, "deer", "deer", 1000, None, "lower_bound", "Nara Park", PSYCHOLOGY_DOC,
     "person", False, False),
    ("b05", "1.35 trillion yen", 0, "fund_size", "yen", 1350000000000, 1350000000000, "exact", JAPAN_FUND,
     None, "none", False, False),
    ("b05", "over $12.5 billion USD", 0, "fund_size", "dollars", 12500000000, None, "lower_bound", JAPAN_FUND,
     None, "none", False, False),
    # b06 (GreenMedInfo): no numeric claim ("Covid-19", "SARS-CoV-2", "ACE2" names).
    # b07 (Clash Daily): no numeric claim ("multi-week", "just hours", "next month", "several states": no
    # numeral).
    # b08 (The Epoch Times): no numeric claim ("May 25", "May 28, 2020" dates; "3rd Precinct" an ordinal in a
    # name; "First Amendment" a name; "several weeks ago" no numeral).
    # b09 (Foreign Policy): the headline's "Hundreds" vague 200/null; the 82nd Airborne soldiers Esper
    # ordered home `deployed` (the count of a deployment, as dev6/'s "all 2,000 American ground troops"),
    # "as many as" upper_bound (dev9/), "under 1,000" upper_bound; "five soldiers hit in the head with a
    # brick" inside McCarthy's quotation → "McCarthy" (person), `wounded`; "82nd Airborne Division", "91st
    # Military Police Battalion" names.
    ("b09", "Hundreds of Former National Security Officials", 0, "signatories", "former national security "
     "officials", 200, None, "vague", "letter condemning Trump's response to protests", None, "none", False,
     False),
    ("b09", "as many as 700 soldiers", 0, "deployed", "soldiers", None, 700, "upper_bound",
     "U.S. Army 82nd Airborne Division", None, "none", False, True),
    ("b09", "under 1,000 active-duty U.S. troops", 0, "deployed", "active-duty U.S. troops", None, 1000,
     "upper_bound", DC_TROOPS, None, "none", False, True),
    ("b09", "five soldiers hit in the head with a brick", 0, "wounded", "soldiers", 5, 5, "exact",
     "U.S. soldiers in Washington, D.C.", "McCarthy", "person", False, True),
    # b10 (Ben Shapiro): no numeric claim ("Robert Chain, 68" an age; "Last month" no numeral).
    # b11 (RealClearPolitics): "the deaths of hundreds of thousands of Americans who put honor and country
    # first" (the nation's war dead) `killed`, vague 200,000/null (dev12/, dev18/); "one-fifth of the U.S.
    # economy" a fraction; Obama's "five days away" a duration.
    ("b11", "deaths of hundreds of thousands of Americans", 0, "killed", "Americans", 200000, None, "vague",
     "American war dead", None, "none", False, True),
    ("b11", "one-fifth of the U.S. economy", 0, "health_care_economy_share", "U.S. economy", ONE_FIFTH,
     ONE_FIFTH, "exact", "U.S. health care system", None, "none", False, False),
    # b12 (The Boston Globe): "total cases in the state to 16" `cases`; "between four and six hours of
    # instructional time each day", "one-week April vacations", "a week" durations (dev5/); "Friday, March
    # 13" a date.
    ("b12", "total cases in the state to 16", 0, "cases", "cases", 16, 16, "exact", "COVID-19 in Rhode Island",
     None, "none", False, True),
    # b13 (The New York Times, a Reuters story): "1 to 2 metres" a distance (range); "20 seconds" a duration;
    # "Reuters data showed" → document (as dev/'s "VA data"), both clauses; "By May 7" a date.
    ("b13", "1 to 2 metres", 0, "safe_distance", "metres", 1, 2, "range", "COVID-19 prevention", None, "none",
     False, False),
    ("b13", "more than 3.5 million people worldwide have been infected", 0, "infected", "people", 3500000,
     None, "lower_bound", COVID_WORLD, REUTERS_DATA, "document", False, True),
    ("b13", "256,053 have died", 0, "killed", "people", 256053, 256053, "exact", COVID_WORLD, REUTERS_DATA,
     "document", False, True),
    # b14 (DC Gazette, quoting DISRN): Hutchison's "about 5 deaths less than 5 deaths" is two claims
    # (approx 5, upper_bound 5) inside her quotation; the deaths from gunshot wounds counted as COVID-19
    # deaths are a miscount, not a toll (`deaths_from_other_causes`, not core); "between 20 and 30 similar
    # cases" (under review; not disease cases) → "Hutchison said"; "between six and 12 months" a duration;
    # the headline's "Several Shootings" and "some shooting deaths", "multiple victims" no numeral.
    ("b14", "about 5 deaths", 0, "deaths_from_other_causes", "deaths", 5, 5, "approx", WA_DEATHS,
     "Dr. Katie Hutchison", "person", False, False),
    ("b14", "less than 5 deaths", 0, "deaths_from_other_causes", "deaths", None, 5, "upper_bound", WA_DEATHS,
     "Dr. Katie Hutchison", "person", False, False),
    ("b14", "between 20 and 30 similar cases", 0, "deaths_under_review", "cases", 20, 30, "range", WA_DEATHS,
     "Hutchison", "person", False, False),
    # b15 (Chicago Sun-Times): "Lightfoot noted 93% …" → person; a share (not core).
    ("b15", "93% of Chicagoans who have died from the coronavirus", 0, "underlying_conditions_share",
     "Chicagoans who have died", 93, 93, "exact", "COVID-19 deaths in Chicago", LIGHTFOOT, "person", False,
     False),
    # b16 (Detroit Free Press): view and retweet counts, no cue (none).
    ("b16", "more than 3.5 million views", 0, "tweet_views", "views", 3500000, None, "lower_bound",
     DAVIDSON_VIDEO, None, "none", False, False),
    ("b16", "nearly 30,000 retweets", 0, "retweets", "retweets", None, 30000, "upper_bound", DAVIDSON_VIDEO,
     None, "none", False, False),
    ("b16", "more than 378,000 views", 0, "video_views", "views", 378000, None, "lower_bound",
     "CNN's clip of the Davidson–Pence exchange", None, "none", False, False),
    # b17 (Michael Brendan Dougherty): the vote count inside Issenberg's quotation → person; "2012" a year.
    ("b17", "69,456,897 Americans", 0, "votes", "Americans", 69456897, 69456897, "exact",
     "Barack Obama's 2008 election", "Sash Issenberg", "person", False, False),
    # b18 (The Daily Signal, an interview transcript): the answer before "Bluey:" is the VA secretary's,
    # unlabelled and unnamed in the excerpt: "43 states" → "Trump's VA Chief" (person: one identified
    # office-holder, as dev12/'s "President", dev13/'s "The district attorney"); "from 17 out of 17 … to No.
    # 6" are ranks (not claims); "2020" a year.
    ("b18", "43 states", 0, "states_visited", "states", 43, 43, "exact", "U.S. Department of Veterans Affairs",
     "Trump's VA Chief", "person", False, False),
    # b19 (Guest Writer): no numeric claim ("his only son" no numeral, "for the first time" an ordinal).
    # b20 (Orange County Register): "An Edison spokesman said there is on average one meter for every three
    # people" → anonymous (an unnamed spokesman); the ratio's value is the three people per meter; "6:30
    # p.m. Thursday" a time; "Map 1" … "Map 7" identifiers; "Each “customer” is one electrical meter" a
    # definition, not a count.
    ("b20", "one meter for every three people", 0, "people_per_meter", "people", 3, 3, "exact",
     "Southern California Edison service area", "An Edison spokesman", "anonymous", False, False),
    # b21 (News Punch): "Twice" / "twice" as a count (dev14/); the quoted "voted for Barack Obama, twice" →
    # "Graham" (person); "2016", "2020", "2018" years; "both cities" no numeral.
    ("b21", "Voted for Obama Twice", 0, "obama_wins", "times", 2, 2, "exact", STAUNTON, None, "none", False,
     False),
    ("b21", "3 Democrats", 0, "incumbents_ousted", "Democrats", 3, 3, "exact", "Staunton City Council", None,
     "none", False, False),
    ("b21", "voted for Barack Obama, twice", 0, "obama_wins", "times", 2, 2, "exact", STAUNTON, GRAHAM,
     "person", False, False),
    # b22 (Bipartisan Report): no numeric claim ("two-minute reads" a duration; "A number of states" no
    # numeral).
    # b23 (Pravda Report): no numeric claim ("March 27", "April 12" dates; "Three days later" a duration).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("b00", "Five unelected Supreme Court justices decided", 0, "statement from the campaign", "document"),
    ("b01", "If (Boris) thinks", 0, "Sturgeon", "person"),
    ("b02", "Mrs. Gray thought her son", 0, "Andrew M. Stroth", "person"),
    ("b02", "You can see in the video", 0, "Andrew M. Stroth", "person"),
    ("b02", "Get off me", 0, "Derek", "person"),
    ("b02", "please let me go", 0, "Derek", "person"),
    ("b02", "I’m humiliated", 0, "Derek", "person"),
    ("b04", "the president has already announced", 0, "White House spokesman", "person"),
    ("b04", "Today we begin the formal process", 0, "Pompeo", "person"),
    ("b07", "is underway", 0, "senior Biden campaign aide", "person"),
    ("b07", "I need someone who’s going to be", 0, "Joe Biden", "person"),
    ("b07", "simpatico with me", 0, "Barack", "person"),
    ("b07", "There are a lot of women out there", 0, "Joe Biden", "person"),
    ("b08", "In recent weeks, we have witnessed", 0, "Barr", "person"),
    ("b08", "Amid peaceful demonstrations protected", 0, "Barr", "person"),
    ("b09", "There is no role for the U.S. military", 0, "signatories", "person"),
    ("b09", "vocal instructions", 0, MCCARTHY, "person"),
    ("b09", "as soon as possible", 0, MCCARTHY, "person"),
    ("b09", "The decision to bring the active forces", 0, MCCARTHY, "person"),
    ("b09", "Sunday was an incredibly challenging night", 0, MCCARTHY, "person"),
    ("b10", "enemy of the people", 0, "Robert Chain", "person"),
    ("b11", "We are five days away", 0, "Barack Obama", "person"),
    ("b12", "Our kids need", 0, "Angélica Infante-Green", "person"),
    ("b14", "number of nuances", 0, "Epidemiologists with the Washington State Department of Health", "person"),
    ("b14", "We currently do have some deaths", 0, HUTCHISON, "person"),
    ("b15", "This is not playing Russian roulette", 0, LIGHTFOOT, "person"),
    ("b15", "small handful", 0, LIGHTFOOT, "person"),
    ("b15", "advertised that they intend to hold services", 0, LIGHTFOOT, "person"),
    ("b15", "engage them in a conversation", 0, LIGHTFOOT, "person"),
    ("b15", "We let them know what our expectation is", 0, LIGHTFOOT, "person"),
    ("b15", "a number of tools that we have", 0, LIGHTFOOT, "person"),
    ("b16", "the argument is for state-based innovation", 0, "Mike Pence", "person"),
    ("b16", "I respectfully disagree", 0, "Mike Pence", "person"),
    ("b16", "take a look", 0, "Trump", "person"),
    ("b16", "Certainly, it's a unique moment", 0, "Davidson", "person"),
    ("b17", "The Wild West online era cannot continue", 0, "Karina Gould", "person"),
    ("b17", "Disinformation must not stand", 0, "Karina Gould", "person"),
    ("b17", "Obama’s campaign began the election year", 0, "Sash Issenberg", "person"),
    ("b18", "You are the first secretary", 0, None, "unknown"),
    ("b19", "For God so loved the world", 0, None, "unknown"),
    ("b19", "while we were yet sinners", 0, None, "unknown"),
    ("b20", "real-time data may be delayed", 0, "Southern California Edison", "organization"),
    ("b21", "Staunton City Council incumbents", 0, GRAHAM, "person"),
    ("b21", "Democrats got their voters out", 0, GRAHAM, "person"),
    ("b21", "Republicans got turnout", 0, GRAHAM, "person"),
    ("b21", "A city that voted for Barack Obama", 0, GRAHAM, "person"),
    ("b21", "I’m rarely shocked", 0, GRAHAM, "person"),
    ("b21", "The conservative slates in both cities", 0, GRAHAM, "person"),
    ("b22", "we’ll have to work to protect", 0, "Hillary Clinton", "person"),
    ("b23", "I have just discovered", 0, "Mishustin", "person"),
    ("b23", "What is happening to you now", 0, "Putin", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
