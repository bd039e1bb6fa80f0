"""The twenty-fifth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev25/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

GND = "Green New Deal"
NEWSCASTS = "broadcast network evening newscasts (Feb. 25)"
US_CLAIMS = "U.S. weekly unemployment claims"
COVID_CLAIMS = "U.S. unemployment claims during the coronavirus pandemic"
YOUNG = "young U.S. workers in the coronavirus recession"
TRIPATHI = "killing of Shubham Mani Tripathi"
CLINTON_EMAILS = "State Department investigation of Hillary Clinton's emails"
PEW = "U.S. adults by county COVID-19 impact (Pew survey)"
MOST = "U.S. counties with 100 or more reported coronavirus deaths"
LEAST = "U.S. counties with fewer than 10 reported coronavirus deaths"
BURUNDI = "Burundi political violence after 2015"
FLU_1918 = "1918–19 influenza pandemic"
FLU_1957 = "1957–58 flu pandemic"
DOOFUS = "the same doofus"
SWINE_UK = "swine flu in Britain"
SENATORS = "senators"
STATEMENT = "statement"
SANDMANN = "Nick Sandmann"
KELCE = "Travis Kelce"
WALD = "John Wald"
BUTLER = "Steven Butler"
BIGIRIMANA = "Janvier Bigirimana"
VAIDHYANATHAN = "Siva Vaidhyanathan"
MAUPIN = "Caleb Maupin"
BIRX = "Deborah Birx"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # j00 (Media Research Center): the Green New Deal's cost, in the headline ("Could Cost": hedged), the
    # "$93 trillion question" (the figure repeated in a play on "the $64,000 question"; no hedge cue) and the
    # body's "New estimates suggest … could cost $93 trillion, Bloomberg.com reported" (the estimates are the
    # figure's origin, Bloomberg the outlet relaying it: document, as dev20/'s ANAR); "Two of the three" a
    # claim of 2 (the three newscasts were just named: a reference count); "Feb. 25 and 26", "Feb. 25",
    # "Feb. 26" dates; "first daughter" a title.
    ("j00", "$93 Trillion", 0, "program_cost", "dollars", 93_000_000_000_000, 93_000_000_000_000, "exact", GND,
     None, "none", True, False),
    ("j00", "$93 trillion question", 0, "program_cost", "dollars", 93_000_000_000_000, 93_000_000_000_000,
     "exact", GND, None, "none", False, False),
    ("j00", "cost $93 trillion", 0, "program_cost", "dollars", 93_000_000_000_000, 93_000_000_000_000, "exact",
     GND, "New estimates", "document", True, False),
    ("j00", "Two of the three", 0, "newscasts_silent", "evening newscasts", 2, 2, "exact", NEWSCASTS, None,
     "none", False, False),
    # j01 (Daily Chela): no numeric claim ("COVID-19" a name; "For generations" no numeral).
    # j02 (MSNBC): weekly jobless claims; the headline's "16th straight week" an ordinal, "top 1 million"
    # lower_bound (dev8/'s "topped" as "more than"); "since 1967", "In early 2009", "in 1982" years; "roughly
    # triple" a multiplier (approx 3); "a couple of months ago" no numeral.
    ("j02", "top 1 million", 0, "weekly_jobless_claims", "unemployment filings", 1_000_000, None, "lower_bound",
     US_CLAIMS, None, "none", False, False),
    ("j02", "about 210,000", 0, "weekly_jobless_claims", "filings", 210_000, 210_000, "approx", US_CLAIMS, None,
     "none", False, False),
    ("j02", "jobless claims reached 665,000", 0, "weekly_jobless_claims", "initial jobless claims", 665_000,
     665_000, "exact", "U.S. weekly unemployment claims, early 2009", None, "none", False, False),
    ("j02", "roughly triple", 0, "jobless_claims_multiplier", "totals", 3, 3, "approx",
     "U.S. weekly unemployment claims, early 2009", None, "none", False, False),
    ("j02", "nearly 700,000", 0, "weekly_jobless_claims", "initial jobless claims", None, 700_000, "upper_bound",
     "U.S. weekly unemployment claims, 1982", None, "none", False, False),
    # j03 (Brookings Institution): "is estimated to be at least 20%" hedged (dev9/: "are estimated to" read as
    # the seed's "is thought to"); "millions of people" the writer's goal (a proposal: not hedged, as dev12/'s
    # goals); "it's likely that more than 3 million" hedged; "30 million" claims; "Cluster 1" an identifier,
    # "at least three years", "the past six weeks" durations.
    ("j03", "at least 20%", 0, "unemployment_rate", "unemployment rate", 20, None, "lower_bound",
     "United States", None, "none", True, False),
    ("j03", "millions of people", 0, "jobs_program_target", "people", 2_000_000, None, "vague",
     "proposed federal employment initiative", None, "none", False, False),
    ("j03", "more than 3 million", 0, "unemployed", "less-educated young adults", 3_000_000, None,
     "lower_bound", YOUNG, None, "none", True, False),
    ("j03", "unemployment claims—30 million", 0, "unemployment_claims", "unemployment claims", 30_000_000,
     30_000_000, "exact", "U.S. unemployment claims in the past six weeks", None, "none", False, False),
    # j04 (Pacific Standard): "took dozens of blows" inside Vaidhyanathan's quotation → person.
    ("j04", "dozens of blows", 0, "blows", "blows", 24, None, "vague", "Dre Harris (Charlottesville)",
     "Vaidhyanathan", "person", False, False),
    # j05 (The Duran): "a 20% poverty rate"; "twice as likely to succumb" a multiplier → "The latest figures"
    # (cited data: document); "add five years on to life expectancy" a pledge of a duration (not a claim, as
    # dev5/'s durations even when they are the point); "2019", "2035" years; "fifth largest", "29th" ranks.
    ("j05", "20% poverty rate", 0, "poverty_rate", "poverty rate", 20, 20, "exact", "Britain", None, "none",
     False, False),
    ("j05", "twice as likely to succumb", 0, "death_risk_multiplier", "likelihood of dying of coronavirus", 2, 2,
     "exact", "people living in poorer areas in Britain", "The latest figures", "document", False, False),
    # j06 (Activist Post): the two "over 100" counts; "COVID-19", "SARS-CoV-2" names; "A few minutes" no
    # numeral.
    ("j06", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", "coronaviruses in circulation", None, "none", False, False),
    ("j06", "over 100 different PCR-based and antibody-testing methods", 0, "test_methods",
     "PCR-based and antibody-testing methods", 100, None, "lower_bound", "COVID-19 testing", None, "none", False,
     False),
    # j07 (ABC News): the headline's two figures and their repetition (the headline glued to the standfirst):
    # four claims (repeated mentions are each a claim); the body's two → "the Department of Labor"
    # (organization); "millions of Americans" vague; "in the millions" vague 2,000,000/null; "the week ending
    # March 28", "1982" dates.
    ("j07", "Nearly 3 million Americans", 0, "unemployment_claims", "Americans", None, 3_000_000, "upper_bound",
     COVID_CLAIMS + " (last week)", None, "none", False, False),
    ("j07", "total to over 36 million", 0, "unemployment_claims", "jobless claims", 36_000_000, None,
     "lower_bound", COVID_CLAIMS, None, "none", False, False),
    ("j07", "Nearly 3 million Americans", 1, "unemployment_claims", "Americans", None, 3_000_000, "upper_bound",
     COVID_CLAIMS + " (last week)", None, "none", False, False),
    ("j07", "total to over 36 million", 1, "unemployment_claims", "jobless claims", 36_000_000, None,
     "lower_bound", COVID_CLAIMS, None, "none", False, False),
    ("j07", "2,981,000 more Americans", 0, "unemployment_claims", "Americans", 2_981_000, 2_981_000, "exact",
     COVID_CLAIMS + " (last week)", "the Department of Labor", "organization", False, False),
    ("j07", "more than 36 million", 0, "unemployment_claims", "jobless claims", 36_000_000, None, "lower_bound",
     COVID_CLAIMS, "the Department of Labor", "organization", False, False),
    ("j07", "millions of Americans have lost their jobs", 0, "job_losses", "Americans", 2_000_000, None, "vague",
     COVID_CLAIMS, None, "none", False, False),
    ("j07", "6.9 million", 0, "weekly_unemployment_claims", "new unemployment filings", 6_900_000, 6_900_000,
     "exact", COVID_CLAIMS + " (week ending March 28)", None, "none", False, False),
    ("j07", "remain in the millions", 0, "weekly_unemployment_claims", "weekly unemployment filings", 2_000_000,
     None, "vague", COVID_CLAIMS, None, "none", False, False),
    ("j07", "was 695,000", 0, "weekly_unemployment_claims", "new weekly unemployment filings", 695_000, 695_000,
     "exact", "U.S. weekly unemployment claims record before 2020 (1982)", None, "none", False, False),
    # j08 (Charles Krauthammer): "not one but two immigration bans" a claim of 2 ("not one" rhetorical, no
    # separate count); "A plaintive tweet or two" range 1–2; "two states (Washington and Minnesota)"; "Ninth
    # Circuit" a name; "The first immigration challenge" an ordinal.
    ("j08", "two immigration bans", 0, "immigration_bans", "immigration bans", 2, 2, "exact", "Donald Trump",
     None, "none", False, False),
    ("j08", "tweet or two", 0, "tweets", "tweets", 1, 2, "range", "Donald Trump", None, "none", False, False),
    ("j08", "two states", 0, "states_suing", "states", 2, 2, "exact", "first immigration-ban challenge", None,
     "none", False, False),
    # j09 (Committee to Protect Journalists): the headline's "3 suspects arrested" (`arrested`, core, none);
    # "two assailants" → "news reports and his brother Rishabh Mani Tripathi" (person: the named source; the
    # cue names both); "The arrests of three suspects" inside Butler's quotation → person (new wording, not
    # "the three"); "June 19" dates; the arrested are named, no numeral.
    ("j09", "3 suspects arrested", 0, "arrested", "suspects", 3, 3, "exact", TRIPATHI, None, "none", False,
     True),
    ("j09", "two assailants", 0, "assailants", "assailants", 2, 2, "exact", TRIPATHI,
     "news reports and his brother Rishabh Mani Tripathi", "person", False, False),
    ("j09", "arrests of three suspects", 0, "arrested", "suspects", 3, 3, "exact", TRIPATHI, BUTLER, "person",
     False, True),
    # j10 (NPR Editorial): "It did find that 38 … in 91 cases" → the pronoun's referent, "The investigation"
    # (document); "cases" are incidents, not disease cases: not core; "six newscasts" a count; "2016", "the 2016
    # election" years; "3-year-old saga" an age; "8 p.m." … "8 a.m." times; "Oct. 18", "Oct. 19" dates.
    ("j10", "38 current or former employees", 0, "employees_sending_classified_info",
     "current or former employees", 38, 38, "exact", CLINTON_EMAILS, "The investigation", "document", False,
     False),
    ("j10", "91 cases", 0, "classified_info_incidents", "cases", 91, 91, "exact", CLINTON_EMAILS,
     "The investigation", "document", False, False),
    ("j10", "six newscasts", 0, "newscasts", "newscasts", 6, 6, "exact", "NPR coverage of the investigation",
     None, "none", False, False),
    # j11 (Pew Research Center's own report): shares with attribution none (Pew is the outlet, as dev6/'s k19);
    # "about half (48%)" two claims (as dev14/'s "7/192" and "3.6%"); the county thresholds "100 or more
    # reported coronavirus deaths" and "fewer than 10 reported deaths" are claims (thresholds, dev2/, dev5/)
    # and core `killed` (as dev15/'s threshold "at least 60 new cases in a day"); "as of May 1" a date.
    ("j11", "100 or more reported coronavirus deaths", 0, "killed", "reported coronavirus deaths", 100, None,
     "lower_bound", MOST, None, "none", False, True),
    ("j11", "about half", 0, "poll_share", "adults in the most impacted counties", 0.5, 0.5, "approx", MOST, None,
     "none", False, False),
    ("j11", "48%", 0, "poll_share", "adults in the most impacted counties", 48, 48, "exact", MOST, None, "none",
     False, False),
    ("j11", "37% of those", 0, "poll_share", "adults in the least impacted counties", 37, 37, "exact", LEAST,
     None, "none", False, False),
    ("j11", "fewer than 10 reported deaths", 0, "killed", "reported deaths", None, 10, "upper_bound", LEAST, None,
     "none", False, True),
    ("j11", "43% of those", 0, "poll_share", "adults in the most impacted counties", 43, 43, "exact", MOST, None,
     "none", False, False),
    ("j11", "36% of those", 0, "poll_share", "adults in moderately impacted counties", 36, 36, "exact",
     "moderately impacted U.S. counties", None, "none", False, False),
    ("j11", "35% of those", 0, "poll_share", "adults in the least impacted counties", 35, 35, "exact", LEAST,
     None, "none", False, False),
    ("j11", "20 percentage points", 0, "poll_share_difference", "percentage points", 20, 20, "exact",
     "Democrats vs. Republicans", None, "none", False, False),
    ("j11", "34%", 0, "poll_share", "Republicans in the most impacted counties", 34, 34, "exact", MOST, None,
     "none", False, False),
    ("j11", "48%", 1, "poll_share", "Democrats in the least affected counties", 48, 48, "exact", LEAST, None,
     "none", False, False),
    # j12 (Reason): no numeric claim ("1951", "A 2015 report" years; "from one country" a determiner; "First
    # Amendment" a name).
    # j13 (The Washington Post): the toll "at least 1,200 were killed" (none: the United Nations' "says" is in
    # the relative clause about who carried the violence out, clause scope); "the 400,000 who were displaced"
    # (`displaced`, core, as dev7/'s and dev13/'s displaced; "Almost all of" is the share still in camps, not
    # the count's qualifier); "on two fronts" in Bigirimana's quotation → person; "hundreds of his supporters
    # are arrested" (`arrested`, vague 200/null, core); "2015" a year; "Over the next two years" a duration;
    # "First", "Second" ordinals.
    ("j13", "at least 1,200 were killed", 0, "killed", "people", 1200, None, "lower_bound", BURUNDI, None, "none",
     False, True),
    ("j13", "400,000 who were displaced", 0, "displaced", "people", 400_000, 400_000, "exact", BURUNDI, None,
     "none", False, True),
    ("j13", "two fronts", 0, "fronts", "fronts", 2, 2, "exact", "human rights situation in Burundi", BIGIRIMANA,
     "person", False, False),
    ("j13", "hundreds of his supporters are arrested", 0, "arrested", "supporters", 200, None, "vague",
     "Rwasa's supporters", None, "none", False, True),
    # j14 (American Thinker): three projections (`projected_deaths`, hedged, not core, as dev12/'s "2.2 million
    # Americans would die"): the report's (document) and the two predictions of "the same doofus" (an
    # identified person unnamed in the excerpt: person, as dev12/, dev13/); "Deaths numbered 500." the actual
    # swine-flu toll (`killed`, core, none); "18 months" a duration; "2005", "2009" years; "one of the task
    # force leaders" not a count.
    ("j14", "2.2 million people in the United States could die", 0, "projected_deaths", "people", 2_200_000,
     2_200_000, "exact", "COVID-19 in the United States", "a dire scientific report", "document", True, False),
    ("j14", "as many as 200 million people would die", 0, "projected_deaths", "people", None, 200_000_000,
     "upper_bound", "bird flu", DOOFUS, "person", True, False),
    ("j14", "deaths from the swine flu would number 500,000", 0, "projected_deaths", "British deaths", 500_000,
     500_000, "exact", SWINE_UK, DOOFUS, "person", True, False),
    ("j14", "Deaths numbered 500", 0, "killed", "deaths", 500, 500, "exact", SWINE_UK, None, "none", False,
     True),
    # j15 (The Atlantic): pandemic tolls (`killed`, core): "tens of millions" vague 20,000,000/null (dev3/),
    # "at least 1 million", "an estimated 116,000" (approx, not hedged); "the Dow fell about 15 percent";
    # "1918 and ’19", "1957 and ’58", "[the 1918 pandemic]", "the second half of 1957" years and periods;
    # "100 years ago" a time; "World War I" a name.
    ("j15", "killed tens of millions of people", 0, "killed", "people", 20_000_000, None, "vague", FLU_1918,
     None, "none", False, True),
    ("j15", "killed at least 1 million people", 0, "killed", "people", 1_000_000, None, "lower_bound", FLU_1957,
     None, "none", False, True),
    ("j15", "an estimated 116,000 in the U.S.", 0, "killed", "people", 116_000, 116_000, "approx",
     FLU_1957 + " in the U.S.", None, "none", False, True),
    ("j15", "fell about 15 percent", 0, "stock_index_decline", "percent", 15, 15, "approx",
     "Dow Jones Industrial Average, second half of 1957", None, "none", False, False),
    # j16 (Michael Goodwin): "the eight other Supremes" (new information: the count of the other justices
    # present; not a reference back); "front row" no numeral.
    ("j16", "eight other Supremes", 0, "justices_present", "Supremes", 8, 8, "exact",
     "Kavanaugh's White House ceremony", None, "none", False, False),
    # j17 (NBC Today Show): "four African-American protestors" → "Sandmann" ("In a statement his family
    # released …, Sandmann said that …": person, the cue's subject).
    ("j17", "four African-American protestors", 0, "protesters", "African-American protestors", 4, 4, "exact",
     "Sandmann–Phillips encounter (Indigenous Peoples March)", "Sandmann", "person", False, False),
    # j18 (S.E. Cupp): approval shares; "every two years" a term's length (a duration); "one final reason" a
    # determiner.
    ("j18", "44% approval", 0, "job_approval", "approval", 44, 44, "exact", "Donald Trump", None, "none", False,
     False),
    ("j18", "54% disapproval", 0, "job_disapproval", "disapproval", 54, 54, "exact", "Donald Trump", None, "none",
     False, False),
    ("j18", "12% of Republican voters", 0, "impeachment_support_share", "Republican voters", 12, 12, "exact",
     "support for impeaching Donald Trump", None, "none", False, False),
    # j19 (Chicago Tribune): "up to 17 key witnesses" inside the quotation after "their statement said" →
    # document; "April or early May of 2016" dates; "second" an ordinal.
    ("j19", "up to 17 key witnesses", 0, "witnesses_interviewed_after_draft", "key witnesses", None, 17,
     "upper_bound", "FBI Clinton email investigation", "their statement", "document", False, False),
    # j20 (The Western Journal): Kelce's height and weight (measurements: the height in inches, 6 ft 5 in = 77);
    # "two fourth-quarter touchdown passes"; "one-possession game" a compound count (a margin of one
    # possession, as dev20/'s "two-floor"); "first half", "fourth quarter", "the first of" ordinals; "Super Bowl
    # LIV", "49ers" names; "little more than six minutes remaining", "less than four minutes later" times;
    # "several three-and-outs" a term without a count.
    ("j20", "six-foot-five", 0, "height", "inches", 77, 77, "exact", KELCE, None, "none", False, False),
    ("j20", "260-pound", 0, "weight", "pounds", 260, 260, "exact", KELCE, None, "none", False, False),
    ("j20", "two fourth-quarter touchdown passes", 0, "touchdown_passes", "fourth-quarter touchdown passes", 2, 2,
     "exact", "Patrick Mahomes (Super Bowl LIV)", None, "none", False, False),
    ("j20", "one-possession game", 0, "score_margin", "possessions", 1, 1, "exact",
     "Super Bowl LIV (Chiefs vs. 49ers)", None, "none", False, False),
    # j21 (GreenMedInfo): no numeric claim ("coronavirus disease 2019 (COVID-19)" a name; "[iii]", "[iv]"
    # footnote markers).
    # j22 (Drudge Report): "at least six feet" inside the drone's quotation → "the drone" (document: a recorded
    # announcement; the CBS News report relays it); a distance, as dev4/'s "six feet apart".
    ("j22", "at least six feet", 0, "distance", "feet", 6, None, "lower_bound", "social distancing",
     "the drone", "document", False, False),
    # j23 (Geller Report News): "‘almost 40 percent of the country’" inside Lazare's quotation, Birx's words
    # after "she declared" → the nearer source (person); "only 7.2 percent of the US population" → "Lazare"
    # (person); "28 March", "April 22, 2020" dates.
    ("j23", "almost 40 percent of the country", 0, "share_of_country_with_low_case_numbers",
     "percent of the country", None, 40, "upper_bound", "COVID-19 in the United States (28 March 2020)", "Birx",
     "person", False, False),
    ("j23", "only 7.2 percent of the US population", 0, "population_share", "percent of the US population", 7.2,
     7.2, "exact", "U.S. rural areas with low COVID-19 case numbers", "Lazare", "person", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("j04", "White Christians, if you aren't willing", 0, "Logan Rimel", "person"),
    ("j04", "A young man named Dre Harris", 0, VAIDHYANATHAN, "person"),
    ("j04", "Next time I will stand on the street", 0, VAIDHYANATHAN, "person"),
    ("j07", "Although the initial deluge of unemployment claims", 0, "Daniel Zhao", "person"),
    ("j07", "We’re not out of the woods yet", 0, "Daniel Zhao", "person"),
    ("j09", "Uttar Pradesh authorities must show", 0, BUTLER, "person"),
    ("j09", "We urge Uttar Pradesh authorities", 0, BUTLER, "person"),
    ("j10", "no persuasive evidence of systemic", 0, "investigation", "document"),
    ("j12", "significant questions", 0, "report", "document"),
    ("j13", "The human rights situation is catastrophic", 0, BIGIRIMANA, "person"),
    ("j13", "First, opposition activists continue", 0, BIGIRIMANA, "person"),
    ("j15", "the stock market didn’t do much", 0, "Sylla", "person"),
    ("j15", "it’s really hard to say whether", 0, WALD, "person"),
    ("j15", "Other things happened over that time period", 0, WALD, "person"),
    ("j15", "at least there was no world war", 0, WALD, "person"),
    ("j16", "your father is a great man", 0, "Trump", "person"),
    ("j17", "I respect him", 0, SANDMANN, "person"),
    ("j17", "Do you see your own fault in any way?", 0, None, "unknown"),
    ("j17", "As far as standing there, I had every right", 0, SANDMANN, "person"),
    ("j17", "My position is that I was not disrespectful", 0, SANDMANN, "person"),
    ("j17", "In hindsight, I wish we could have walked away", 0, SANDMANN, "person"),
    ("j17", "derogatory insults", 0, SANDMANN, "person"),
    ("j17", "to counter the hateful things", 0, SANDMANN, "person"),
    ("j18", "it’s rank-and-file Republican senators", 0, "Lee Drutman", "person"),
    ("j19", "It appears that in April or early May of 2016", 0, SENATORS, "person"),
    ("j19", "That was long before FBI agents finished", 0, SENATORS, "person"),
    ("j19", "heavily redacted", 0, SENATORS, "person"),
    ("j19", "they indicate that Comey began drafting", 0, STATEMENT, "document"),
    ("j19", "up to 17 key witnesses", 0, STATEMENT, "document"),
    ("j19", "Conclusion first, fact-gathering second", 0, None, "unknown"),
    ("j20", "Grew up my whole life watching teams", 0, KELCE, "person"),
    ("j20", "Regardless of who is in office", 0, KELCE, "person"),
    ("j21", "Limiting face-to-face contact with others", 0, "CDC", "organization"),
    ("j21", "In general, it is hard to predict", 0, "researchers in the Journal of The Royal Society Interface",
     "person"),
    ("j21", "high enough rate", 0, "results", "document"),
    ("j22", "Please maintain a social distance", 0, "drone", "document"),
    ("j22", "please help stop the spread of this virus", 0, "drone", "document"),
    ("j22", "reduce the death toll and help save lives", 0, "drone", "document"),
    ("j23", "On 28 March, she declared", 0, "Lazare", "person"),
    ("j23", "almost 40 percent of the country", 0, BIRX, "person"),
    ("j23", "extraordinarily low numbers", 0, BIRX, "person"),
    ("j23", "trying to balance between the Trump", 0, MAUPIN, "person"),
    ("j23", "She is trying to play a centrist position", 0, MAUPIN, "person"),
    ("j23", "Birx and Fauci trying to navigate", 0, MAUPIN, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
