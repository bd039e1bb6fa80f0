"""The twenty-first (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev21/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

THREE_QUARTERS = 3 / 4  # fractions are written as fractions (as in dev3/), percentages as percents
ONE_QUARTER = 1 / 4
SHELBY = "Shelby County"
TN_PRIMARY = "Tennessee Democratic primary"
HR1 = "H.R. 1 public financing program"
ICE_RAIDS = "ICE immigration raids"
GONZALEZ = "JUAN GONZÁLEZ"
PLITSAS = "Plitsas"
GOOGLE_NEWS = "Google News mass shootings results"
CA_PRISONS = "California prisons"
JAMA = "A paper released Wednesday in JAMA"
CNN_POLL = "a CNN poll released this week"
YOUGOV = "A YouGov/Economist poll"
DEMOCRATS = "Democrats"
REPUBLICANS = "Republicans"
WALMART = "Walmart"
TARGET = "Target"
TRUMP = "Donald Trump"
GABBARD = "Gabbard"
BERTOZZI = "Stefano Bertozzi"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # a00 (Ken Burns): no numeric claim ("early 2021" a date, "over the past 40 years" a duration; "the
    # two-letter, lower-case plural pronoun" describes a word, as dev7/'s "3-star general" a rank).
    # a01 (Brown Girl Magazine): no numeric claim ("For nearly 20 years" a duration).
    # a02 (The Commercial Appeal): "according to the state of Tennessee" closes the 30 percent's sentence
    # only (sentence-local: the 43,000 before it is none); "two weeks of early voting" a duration; "including
    # one on Friday" is one of the two stops (as dev9/'s "including one operated from"); "The other two more
    # progressive contenders, Sens Elizabeth Warren and Bernie Sanders" a reference count (the two named);
    # "9th", "8th" ordinals; "Tuesday, March 3, 2020" a date.
    ("a02", "More than 43,000 people", 0, "early_voters", "people", 43000, None, "lower_bound", SHELBY, None,
     "none", False, False),
    ("a02", "up about 30 percent", 0, "early_voting_increase", "percent", 30, 30, "approx", SHELBY,
     "the state of Tennessee", "organization", False, False),
    ("a02", "two stops in Memphis", 0, "campaign_stops", "stops", 2, 2, "exact", "Mike Bloomberg", None,
     "none", False, False),
    ("a02", "64 delegates", 0, "delegates", "delegates", 64, 64, "exact", TN_PRIMARY, None, "none", False,
     False),
    ("a02", "over 15 percent of the vote", 0, "delegate_threshold", "vote", 15, None, "lower_bound",
     TN_PRIMARY, None, "none", False, False),
    ("a02", "nine congressional districts", 0, "congressional_districts", "congressional districts", 9, 9,
     "exact", "Tennessee", None, "none", False, False),
    ("a02", "11 delegates", 0, "delegates", "delegates", 11, 11, "exact", SHELBY, None, "none", False, False),
    ("a02", "7 for the 9th", 0, "delegates", "delegates", 7, 7, "exact", "Tennessee's 9th Congressional "
     "district", None, "none", False, False),
    ("a02", "4 for the 8th", 0, "delegates", "delegates", 4, 4, "exact", "Tennessee's 8th Congressional "
     "district", None, "none", False, False),
    # a03 (TruthOut): the program's arithmetic ("would match", "would become") states its mechanism (not a
    # hedge, as dev8/'s "would require"); "one estimate is" → document (as dev15/'s "One study"); "over 10
    # years", "per year" durations; "6:1" a multiplier (as dev/'s "400-fold"); "H.R. 1" an identifier, "the
    # first state" an ordinal.
    ("a03", "under $200", 0, "small_donation_limit", "dollars", None, 200, "upper_bound", HR1, None, "none",
     False, False),
    ("a03", "a rate of 6:1", 0, "match_rate", "match rate", 6, 6, "exact", HR1, None, "none", False, False),
    ("a03", "$20 donation", 0, "donation", "dollars", 20, 20, "exact", HR1, None, "none", False, False),
    ("a03", "$140", 0, "matched_donation", "dollars", 140, 140, "exact", HR1, None, "none", False, False),
    ("a03", "$200 donation", 0, "donation", "dollars", 200, 200, "exact", HR1, None, "none", False, False),
    ("a03", "$1,400", 0, "matched_donation", "dollars", 1400, 1400, "exact", HR1, None, "none", False, False),
    ("a03", "$3 billion over 10 years", 0, "program_cost", "dollars", 3000000000, 3000000000, "exact", HR1,
     "one estimate", "document", False, False),
    ("a03", "$1 per citizen per year", 0, "program_cost_per_citizen", "dollars", 1, 1, "exact", HR1,
     "one estimate", "document", False, False),
    ("a03", "$25 “My Choice” vouchers", 0, "voucher_value", "dollars", 25, 25, "exact", HR1, None, "none",
     False, False),
    # a04 (Kitsap Sun), a05 (DC Dirty Laundry): no numeric claim ("World War II" a name, "the first major
    # societal challenge" an ordinal, "the next few weeks" no numeral).
    # a06 (Waking Times): no numeric claim; "a 3-star general" in Ted Cruz's pasted tweet is a rank (as
    # dev7/'s m06, the same tweet); "December 2016", "May 18, 2020" dates.
    # a07 (The Atlantic): no numeric claim.
    # a08 (Democracy Now): a transcript; the line's figures go to its labelled speaker (dev5/); "Raids were
    # reported in" read as "reportedly" (dev9/'s "were reported dead"), hedged; arrests `arrested`, core.
    ("a08", "Arrests 600", 0, "arrested", "people", 600, 600, "exact", ICE_RAIDS, None, "none", False, True),
    ("a08", "arrested over 600 people", 0, "arrested", "people", 600, None, "lower_bound", ICE_RAIDS,
     GONZALEZ, "person", False, True),
    ("a08", "at least 11 states", 0, "states_with_raids", "states", 11, None, "lower_bound", ICE_RAIDS,
     GONZALEZ, "person", True, False),
    # a09 (The Daily Caller): the paragraph after "Plitsas told TheDCNF." ends with a closing mark but has no
    # opening one: its range is Plitsas's words (a figure inside a quotation goes to its source), although it
    # is no quote entry (as the seed's unopened "Russia pretends …"); "won by 50 votes" inside his quotation.
    ("a09", "25 to 30 percent more Democrats", 0, "turnout_gap", "Democrats", 25, 30, "range",
     "Connecticut local elections", PLITSAS, "person", False, False),
    ("a09", "won by 50 votes", 0, "margin_of_victory", "votes", 50, 50, "exact",
     "board of finance chairman's race", PLITSAS, "person", False, False),
    # a10 (Fox News Opinion): no numeric claim ("some 2,000 years ago" a time; "all four Gospels" a reference
    # count, as dev5/'s "all three governmental powers"; "That first Easter" an ordinal).
    # a11 (New York Magazine): "as many as" upper_bound (dev9/); the accusation is about who carried out
    # the attack, not its toll: not hedged; "Another U.N. report … said" → document.
    ("a11", "as many as 1,400 people", 0, "killed", "people", None, 1400, "upper_bound",
     "2013 sarin-gas attack in Syria", None, "none", False, True),
    ("a11", "$200 million from banned commodity exports", 0, "export_revenue", "dollars", 200000000,
     200000000, "exact", "North Korea", "Another U.N. report shown to the press in early February",
     "document", False, False),
    # a12 (Mitú): "June 13", "June 6" dates; the tweet URL an identifier.
    ("a12", "over 7.3 million times", 0, "video_views", "times", 7300000, None, "lower_bound",
     "Salau's Black Lives Matter speech clip", None, "none", False, False),
    # a13 (Big League Politics): "The article claims that this … plan … would cause thousands of deaths" →
    # document (the Vanity Fair article), a projection (hedged, not core, as dev12/'s "would die").
    ("a13", "thousands of deaths", 0, "projected_deaths", "deaths", 2000, None, "vague",
     "Trump's Affordable Clean Energy rule", "The article", "document", True, False),
    ("a13", "two conservative justices", 0, "justices_appointed", "justices", 2, 2, "exact",
     "U.S. Supreme Court", None, "none", False, False),
    # a14 (The Gateway Pundit): headline "20-Yr-Old", "75-year-old" ages, "2nd Beating" an ordinal, "a Week
    # Later" a duration.
    ("a14", "5,158 recorded coronavirus deaths", 0, "killed", "coronavirus deaths", 5158, 5158, "exact",
     "COVID-19 in Michigan", None, "none", False, True),
    # a15 (Health Impact News): no numeric claim ("March 31, 2020" a date; "under the age of 50", "under
    # the age of 19" ages; "5G" a name; "a vast majority", "Very few" no numeral).
    # a16 (Guest Writer - Left): the jailed count inside Gabbard's quotation (person; "accused" names her
    # claim, not hedged, as dev19/'s "claimed"); not core (jailed, not arrested).
    ("a16", "over 1,500 people in jail", 0, "jailed", "people", 1500, None, "lower_bound", "Kamala Harris",
     GABBARD, "person", False, False),
    # a17 (PJ Media): the headline "Study:" credits its shares to the study (document, as dev12/'s
    # "Researchers:"); "That previous AllSides report found" → document; "an organization of a hundred
    # thousand" inside Coppola's quotation (person; "would" is about the "couple", not the size); "a couple"
    # has no numeral.
    ("a17", "70 Percent Liberal", 0, "liberal_share", "results", 70, 70, "exact", GOOGLE_NEWS, "Study",
     "document", False, False),
    ("a17", "4 Percent Conservative", 0, "conservative_share", "results", 4, 4, "exact", GOOGLE_NEWS, "Study",
     "document", False, False),
    ("a17", "a 65 percent liberal bias", 0, "liberal_share", "results", 65, 65, "exact", "Google News results",
     "That previous AllSides report", "document", False, False),
    ("a17", "an organization of a hundred thousand", 0, "employees", "people", 100000, 100000, "exact",
     "Google", "Greg Coppola", "person", False, False),
    # a18 (Daily Mail): "one of three census lawsuits": the count after "one of" is a claim; it sits in the
    # adjunct of Hunt's "told … during a conference call with …" (the writer's, not what Hunt told: none);
    # "2020 census" a year, "4th of July" a date, "his first tweet" an ordinal.
    ("a18", "three census lawsuits", 0, "lawsuits", "census lawsuits", 3, 3, "exact",
     "2020 census citizenship question", None, "none", False, False),
    # a19 (Rich Lowry): no numeric claim.
    # a20 (Mother Jones): "A paper released Wednesday in JAMA found that …; prisoners who got sick were three
    # times …": the clause after the semicolon states the paper's other finding (document, both);
    # multipliers as factors; "State corrections officials had announced" → anonymous (unnamed officials);
    # "would be extended" an announced plan (not hedged, dev16/); "less than 60 days", "180 days left"
    # durations.
    ("a20", "Up to 8,000 Prisoners", 0, "prisoner_releases", "prisoners", None, 8000, "upper_bound",
     CA_PRISONS, None, "none", False, False),
    ("a20", "5.5 times higher", 0, "case_rate_ratio", "COVID-19 case rate", 5.5, 5.5, "exact",
     "U.S. prisoners", JAMA, "document", False, False),
    ("a20", "three times more likely to die", 0, "death_risk_ratio", "likelihood of dying", 3, 3, "exact",
     "U.S. prisoners", JAMA, "document", False, False),
    ("a20", "about 3,500 people", 0, "prisoner_releases", "people", 3500, 3500, "approx", CA_PRISONS, None,
     "none", False, False),
    ("a20", "another 3,500 prisoners", 0, "prisoner_releases", "prisoners", 3500, 3500, "exact", CA_PRISONS,
     "State corrections officials", "anonymous", False, False),
    # a21 (FiveThirtyEight): "According to a CNN poll …" covers both coordinated clauses (document, dev10/'s
    # cited poll); the next sentence's drops have no cue (none); "A YouGov/Economist poll also found a
    # similar divide this week; 58 percent …": the clause after the semicolon spells out what the poll found
    # (document, both); the parenthesis's "just over 20 percent" sits in a relative clause of "The pollster
    # included a third choice" (no verb of saying or finding: none); "a third choice" an ordinal, "since May
    # 4" a date.
    ("a21", "nearly three-quarters of Democrats", 0, "poll_share", "Democrats", None, THREE_QUARTERS,
     "upper_bound", DEMOCRATS, CNN_POLL, "document", False, False),
    ("a21", "about a quarter of Republicans", 0, "poll_share", "Republicans", ONE_QUARTER, ONE_QUARTER,
     "approx", REPUBLICANS, CNN_POLL, "document", False, False),
    ("a21", "a 15 percentage-point drop", 0, "poll_share_change", "percentage points", 15, 15, "exact",
     DEMOCRATS, None, "none", False, False),
    ("a21", "a 44-point drop", 0, "poll_share_change", "points", 44, 44, "exact", REPUBLICANS, None, "none",
     False, False),
    ("a21", "58 percent of Democrats", 0, "poll_share", "Democrats", 58, 58, "exact", DEMOCRATS, YOUGOV,
     "document", False, False),
    ("a21", "20 percent of Republicans", 0, "poll_share", "Republicans", 20, 20, "exact", REPUBLICANS, YOUGOV,
     "document", False, False),
    ("a21", "just over 20 percent of both Democrats and Republicans", 0, "poll_share", "Democrats and "
     "Republicans", 20, None, "lower_bound", "Democrats and Republicans", None, "none", False, False),
    # a22 (Washington Monthly): the link line's Walmart figures have no cue (none, as dev15/'s u07); "…,
    # Target said, noting 80% …" → "Target" for the sentence's three figures; "the first quarter" an
    # ordinal.
    ("a22", "Walmart sales increase 10%", 0, "sales_growth", "sales", 10, 10, "exact", WALMART, None, "none",
     False, False),
    ("a22", "online buying grew 74%", 0, "online_sales_growth", "online buying", 74, 74, "exact", WALMART,
     None, "none", False, False),
    ("a22", "33% in February", 0, "digital_sales_growth", "digital sales", 33, 33, "exact", TARGET, TARGET,
     "organization", False, False),
    ("a22", "282% in April", 0, "digital_sales_growth", "digital sales", 282, 282, "exact", TARGET, TARGET,
     "organization", False, False),
    ("a22", "80% of online orders", 0, "orders_shipped_from_stores_share", "online orders", 80, 80, "exact",
     TARGET, TARGET, "organization", False, False),
    # a23 (True Pundit): no numeric claim ("four to five days", "as long as 14 days": the incubation period,
    # durations even when they are the point, dev5/; "5.22.20" a date).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("a06", "Serious questions for Trumpers", 0, "Gabriel Sherman", "person"),
    ("a06", "What is the scandal of unmasking", 0, "Gabriel Sherman", "person"),
    ("a07", "There are all these memes now", 0, "Kitchens", "person"),
    ("a07", "but teachers also have a new appreciation", 0, "Kitchens", "person"),
    ("a07", "When I look at my teachers", 0, "Patti Pace", "person"),
    ("a07", "The evidence is there when the kids", 0, "Patti Pace", "person"),
    ("a08", "The crackdown on illegal criminals", 0, TRUMP, "person"),
    ("a09", "Without an executive, these elections", 0, PLITSAS, "person"),
    ("a09", "In one case the board of finance chairman", 0, PLITSAS, "person"),
    ("a09", "Quite frankly you could’ve had Mickey Mouse", 0, PLITSAS, "person"),
    ("a11", "the transfer of items with utility", 0, "U.N. report", "document"),
    ("a12", "At the end of the day, I cannot take", 0, "Salau", "person"),
    ("a12", "Wherever the fuck I go", 0, "Salau", "person"),
    ("a13", "We’re on the right side of history", 0, "Andrew Wheeler", "person"),
    ("a13", "Our emissions are on a downward slope", 0, "Shelley Moore Capito", "person"),
    ("a13", "I never supported the CPP", 0, "Joe Manchin", "person"),
    ("a16", "disproportionately negatively impacting", 0, GABBARD, "person"),
    ("a16", "over 1,500 people in jail", 0, GABBARD, "person"),
    ("a16", "that impacts poor people", 0, GABBARD, "person"),
    ("a16", "a toxicity beneath the surface", 0, "Williamson", "person"),
    ("a17", "The findings bolster claims", 0, "AllSides", "organization"),
    ("a17", "The results reinforce previous Google bias audits", 0, "AllSides", "organization"),
    ("a17", "A small number of people do work", 0, "Greg Coppola", "person"),
    ("a17", "It would only take a couple", 0, "Greg Coppola", "person"),
    ("a18", "working very hard", 0, TRUMP, "person"),
    ("a18", "So important for our Country", 0, TRUMP, "person"),
    ("a18", "Department of Commerce and the Department of Justice", 0, TRUMP, "person"),
    ("a18", "[There may be a legally available path", 0, "Joseph Hunt", "person"),
    ("a20", "These steps represent great progress", 0, BERTOZZI, "person"),
    ("a20", "The critical issue now", 0, BERTOZZI, "person"),
    ("a20", "skew young and are not necessarily", 0, BERTOZZI, "person"),
    ("a22", "Throughout the first quarter", 0, "Brian Cornell", "person"),
    ("a22", "In the face of those challenges", 0, "Brian Cornell", "person"),
    ("a23", "I Bet you stay home now you hypokrits", 0, "message spray painted on the church parking lot",
     "document"),
    ("a23", "even after allowing for an appropriate measurement lag", 0, "Research by JPMorgan", "document"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
