"""The sixty-ninth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev69/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
TRILLION = 1_000_000_000_000

DEBATE5 = "qualification for the fifth Democratic primary debate"
DOW = "Dow Jones Industrial Average"
S_AND_P = "S&P 500"
HUAWEI = "Huawei in the U.K.'s 5G network"
NYC = "COVID-19 in New York City"
CHRISTCHURCH = "New Zealand mosque shootings"
US = "COVID-19 in the United States"
FLORIDA = "COVID-19 in Florida"
ELKTON = "COVID-19 at the Elkton federal prison, Ohio"  # as dev49/'s V11 (the same prison, nine deaths)
RELIEF = "congressional coronavirus relief"
MAIL = "voting by mail in the U.S."
WISCONSIN_PRIMARY = "COVID-19 from in-person voting in the April 7 Wisconsin primary"
DISNEYLAND = "Disneyland attendance"
DCA = "Disney California Adventure attendance"
ELKTON_CJ = "the Courier Journal"
TOURING_PLANS_EST = "Touring Plans estimates"

TRUMP = "Trump"  # @00: the excerpt never gives a first name
MURTAUGH = "Tim Murtaugh"
GARCETTI = "Eric Garcetti"
ZHANG = "Victor Zhang"
DEAN = "Natalie Dean"
JONES = "Jones"  # @13: the excerpt never gives a first name
WALLACE = "Wallace"  # @17: "Mr. Wallace" only
MULVANEY = "Mick Mulvaney"  # @17: the headline's full name; the body writes "Mr. Mulvaney"
DAVID_HOGG = "David Hogg"  # @18: the headline's full name; the body writes "David", "he"
KOUTSKI = "Koutski"
HENDERSON = "Henderson"
KELCHEN = "Kelchen"
LOEB = "Loeb"
HERNANDEZ = "Yamani Hernandez"
TESTA = "Len Testa"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # @00 (Washington Post): no numeric claim ("the 2016 campaign", "in 2016" years, "this week", "this year" dates).
    # @01 (Newsmax - Opinion): "two characters" inside JFK's quotation ("he observed"); "One represents danger and
    # the other" a pronoun pair, not a count; "a 40-year struggle" a duration; "1972" a year.
    ("@01", "two characters", 0, "characters_in_word", "characters", 2, 2, "exact", "the Chinese word for 'crisis'",
     "JFK", "person", False, False),
    # @02 (FiveThirtyEight): the qualification rules and FiveThirtyEight's own counts, no cue (none); each
    # repetition of a threshold a claim; "more than 2 or 3 percent" lower_bound with the smaller number ("N or M"
    # a range, "more than" its lower bound); the chart title "Five candidates have qualified …" a claim (a headline
    # figure); the flattened table's header ("≥ 3%", "≥5%") and cells ("Joe Biden 8 5 ✓ …") are not annotated
    # (dev3/'s f15, dev31/'s D01); "(1)", "(2)", "(3)" list numbers; "the fifth debate", "the fifth primary debate"
    # ordinals; "Oct. 1" a date.
    ("@02", "earned 5 percent", 0, "poll_threshold", "percent", 5, 5, "exact", DEBATE5, None, "none", False, False),
    ("@02", "at least two early-state polls", 0, "qualifying_polls", "early-state polls", 2, None, "lower_bound",
     DEBATE5, None, "none", False, False),
    ("@02", "at least 3 percent support", 0, "poll_threshold", "percent", 3, None, "lower_bound", DEBATE5, None,
     "none", False, False),
    ("@02", "four qualifying polls", 0, "qualifying_polls", "qualifying polls", 4, 4, "exact", DEBATE5, None,
     "none", False, False),
    ("@02", "three main groups", 0, "candidate_groups", "groups", 3, 3, "exact", "Democratic candidate field", None,
     "none", False, False),
    ("@02", "the five polling front-runners", 0, "candidates_qualified", "polling front-runners", 5, 5, "exact",
     DEBATE5, None, "none", False, False),
    ("@02", "seven candidates", 0, "candidates", "candidates", 7, 7, "exact", "middle tier of Democratic candidates",
     None, "none", False, False),
    ("@02", "more than 2 or 3 percent", 0, "poll_support", "percent", 2, None, "lower_bound",
     "middle tier of Democratic candidates", None, "none", False, False),
    ("@02", "Five candidates have qualified", 0, "candidates_qualified", "candidates", 5, 5, "exact",
     "qualification for the November Democratic debate", None, "none", False, False),
    ("@02", "reach 3 percent", 0, "poll_threshold", "percent", 3, 3, "exact", DEBATE5, None, "none", False, False),
    ("@02", "at least four national or early-state polls", 0, "qualifying_polls", "national or early-state polls", 4,
     None, "lower_bound", DEBATE5, None, "none", False, False),
    ("@02", "5 percent", 1, "poll_threshold", "percent", 5, 5, "exact", DEBATE5, None, "none", False, False),
    ("@02", "at least two early-state polls", 1, "qualifying_polls", "early-state polls", 2, None, "lower_bound",
     DEBATE5, None, "none", False, False),
    ("@02", "at least 165,000 unique donors", 0, "donor_threshold", "unique donors", 165000, None, "lower_bound",
     DEBATE5, None, "none", False, False),
    ("@02", "at least 600 donors", 0, "donors_per_state_threshold", "donors", 600, None, "lower_bound", DEBATE5, None,
     "none", False, False),
    ("@02", "at least 20 states", 0, "states_threshold", "states or territories", 20, None, "lower_bound", DEBATE5,
     None, "none", False, False),
    ("@02", "at least 165,000 donors", 0, "donor_threshold", "donors", 165000, None, "lower_bound", DEBATE5, None,
     "none", False, False),
    ("@02", "at least 600 donors", 1, "donors_per_state_threshold", "donors", 600, None, "lower_bound", DEBATE5,
     None, "none", False, False),
    ("@02", "in 20 states", 0, "states_threshold", "states", 20, 20, "exact", DEBATE5, None, "none", False, False),
    # @03 (Salon): no numeral.
    # @04 (Newsmax - News): market figures, no cue (none) but the earnings forecast ("analysts expect …, according
    # to Refinitiv IBES data": document; "expect" a projection, hedged); declines as positive values of a decline
    # measure; the ratios as their first number; "1 new low" a count of one; "S&P 500", "737 MAX", "Nasdaq
    # Composite" names; "52-week" a time window; "First Time", "fourth-quarter", "second consecutive" ordinals;
    # "Jan. 15", "Friday", "next week" dates.
    ("@04", "Dow Tops 29,000", 0, "index_level", "points", 29000, None, "lower_bound", DOW, None, "none", False,
     False),
    ("@04", "gained 2.2% for the week", 0, "index_weekly_gain", "percent", 2.2, 2.2, "exact",
     "S&P 500 technology index", None, "none", False, False),
    ("@04", "down 0.2%", 0, "index_daily_decline", "percent", 0.2, 0.2, "exact", "S&P 500 technology index", None,
     "none", False, False),
    ("@04", "fell 1.9%", 0, "share_price_decline", "percent", 1.9, 1.9, "exact", "Boeing shares", None, "none",
     False, False),
    ("@04", "hundreds of internal messages", 0, "messages_released", "internal messages", 200, None, "vague",
     "Boeing 737 MAX development", None, "none", False, False),
    ("@04", "declined 0.6%", 0, "earnings_decline_expected", "percent", 0.6, 0.6, "exact",
     "S&P 500 companies' fourth-quarter profits", "Refinitiv IBES data", "document", True, False),
    ("@04", "1.09-to-1 ratio", 0, "decliners_to_advancers_ratio", "ratio", 1.09, 1.09, "exact", "NYSE", None,
     "none", False, False),
    ("@04", "1.31-to-1 ratio", 0, "decliners_to_advancers_ratio", "ratio", 1.31, 1.31, "exact", "Nasdaq", None,
     "none", False, False),
    ("@04", "61 new 52-week highs", 0, "new_highs", "new 52-week highs", 61, 61, "exact", S_AND_P, None, "none",
     False, False),
    ("@04", "1 new low", 0, "new_lows", "new low", 1, 1, "exact", S_AND_P, None, "none", False, False),
    ("@04", "106 new highs", 0, "new_highs", "new highs", 106, 106, "exact", "Nasdaq Composite", None, "none", False,
     False),
    ("@04", "27 new lows", 0, "new_lows", "new lows", 27, 27, "exact", "Nasdaq Composite", None, "none", False,
     False),
    # @05 (American Thinker): no numeric claim ("three years" a duration inside a hypothetical quotation, "the last
    # forty months" a span of time, "in some cases death" no numeral).
    # @06 (The Duran): "to zero by 2023" → the Telegraph (a plan: not hedged; "zero" a numeral); "up to 35 percent"
    # → Johnson ("Johnson said"); "100% owned by employees" inside Victor Zhang's quotation; "for 20 years" a
    # duration; "5G" a name; "2023", "In January" dates; "one of the most vocal critics" "one of".
    ("@06", "to zero", 0, "huawei_network_share", "involvement", 0, 0, "exact", HUAWEI, "the Telegraph",
     "organization", False, False),
    ("@06", "up to 35 percent", 0, "huawei_network_share", "percent", None, 35, "upper_bound", HUAWEI, "Johnson",
     "person", False, False),
    ("@06", "100% owned by employees", 0, "employee_ownership_share", "percent", 100, 100, "exact", "Huawei", ZHANG,
     "person", False, False),
    # @07 (FrontPage Magazine): no numeric claim ("COVID-19" a name, "last week" a date).
    # @08 (The Hill, core stratum): Roe's op-ed in the first person, his own counts (none); "the nearly 10,000
    # infantrymen" the doctors cared for (upper_bound; a unit's size, not a deployment figure: not core; another
    # annotator might make it `deployed`, core); "the two soldiers we saved" (not casualties of an event: not core);
    # "the three doctors" (new information, named after it); "1973" a year; "days before" a span of time.
    ("@08", "the three doctors", 0, "doctors", "doctors", 3, 3, "exact", "Phil Roe's Vietnam-era service", None,
     "none", False, False),
    ("@08", "nearly 10,000 infantrymen", 0, "infantrymen_cared_for", "infantrymen", None, 10000, "upper_bound",
     "Phil Roe's Vietnam-era service", None, "none", False, False),
    ("@08", "the two soldiers we saved", 0, "soldiers_saved", "soldiers", 2, 2, "exact",
     "Phil Roe's Vietnam-era service", None, "none", False, False),
    # @09 (ProPublica): the U.S. COVID-19 infections (`infected`) and deaths (`killed`), core, no cue; "Feb. 4" a
    # date; "months to years" a span of time.
    ("@09", "infected more than 1,300 people", 0, "infected", "people", 1300, None, "lower_bound", US, None, "none",
     False, True),
    ("@09", "38 deaths", 0, "killed", "deaths", 38, 38, "exact", US, None, "none", False, True),
    # @10 (New York Times): "If you assume … when 60 percent …, that means … only one-third of the way there" both
    # hedged ("If you assume", "could"); the death rate "nearly 250 of every 100,000 city residents" (upper_bound,
    # a rate: not core; the 100,000 the rate's unit); "millions of residents" vague 2,000,000/null; "tens of thousands
    # more who are at risk of dying" vague 20,000/null (people at risk, not a toll: not core); "double the infection
    # rate" a multiplier (exact 2) → "Gov. Andrew Cuomo announced that antibody testing showed" (person); "Thursday"
    # a date.
    ("@10", "60 percent of the population", 0, "herd_immunity_threshold", "percent", 60, 60, "exact", NYC, None,
     "none", True, False),
    ("@10", "one-third of the way there", 0, "herd_immunity_progress", "way", ONE_THIRD, ONE_THIRD, "exact", NYC, None,
     "none", True, False),
    ("@10", "nearly 250 of every 100,000 city residents", 0, "death_rate", "city residents", None, 250,
     "upper_bound", NYC, None, "none", False, False),
    ("@10", "millions of residents", 0, "residents_vulnerable", "residents", 2_000_000, None, "vague", NYC, None,
     "none", False, False),
    ("@10", "tens of thousands more", 0, "residents_at_risk_of_dying", "residents", 20000, None, "vague", NYC, None,
     "none", False, False),
    ("@10", "double the infection rate", 0, "infection_rate_multiple", "infection rate", 2, 2, "exact",
     "Bronx and Brooklyn neighborhoods vs New York City", "Gov. Andrew Cuomo", "person", False, False),
    # @11 (Bloomberg): the headline's toll "Kill 49" (core, no cue); "One Man Charged" (`charged`, a count of one,
    # not core: a charge is not an arrest, dev8/); "There were three in the hallway" inside the unnamed witness's
    # quotation ("he said": "he", anonymous, as dev30/'s C09; dead people he saw, `killed`, core); "at least two
    # dozen people lying on the ground" in the gunman's video (the shot, dead or wounded: `casualties`, core,
    # lower_bound 24; the sentence names no source: none; another annotator might leave a count seen in a video out
    # of core); "more than two minutes", "for hours" durations.
    ("@11", "Kill 49", 0, "killed", "people", 49, 49, "exact", CHRISTCHURCH, None, "none", False, True),
    ("@11", "One Man Charged", 0, "charged", "man", 1, 1, "exact", CHRISTCHURCH, None, "none", False, False),
    ("@11", "three in the hallway", 0, "killed", "dead people", 3, 3, "exact", CHRISTCHURCH, "he", "anonymous",
     False, True),
    ("@11", "at least two dozen people", 0, "casualties", "people", 24, None, "lower_bound", CHRISTCHURCH, None,
     "none", False, True),
    # @12 (CNN - Editorial): "At least seven children have died in immigration custody" (a toll, core, no cue; the
    # "reportedly" of the next clause is about officials' words, not the figure); "thousands of students" the rule
    # "will force" home "if their colleges don't offer …" (a projection under a condition: hedged, not core).
    ("@12", "At least seven children have died", 0, "killed", "children", 7, None, "lower_bound",
     "children in U.S. immigration custody", None, "none", False, True),
    ("@12", "thousands of students", 0, "students_forced_home", "students", 2000, None, "vague",
     "ICE rule on international students", None, "none", True, False),
    # @13 (Yahoo! News): Florida's deaths (`killed`, "nearly" upper_bound) and diagnoses (`cases`), core, no cue;
    # "May 5", "last week" dates; "the first two months" (in Jones's quotation) a span of time.
    ("@13", "nearly 2,000 Floridians have died", 0, "killed", "Floridians", None, 2000, "upper_bound", FLORIDA, None,
     "none", False, True),
    ("@13", "46,442 have been diagnosed", 0, "cases", "Floridians", 46442, 46442, "exact", FLORIDA, None, "none",
     False, True),
    # @14 (The Detroit News): Elkton's "nine coronavirus deaths" (`killed`, core, as dev49/'s V11, no cue in its
    # sentence); "About 137 inmates and eight prison employees have tested positive" (`infected`, core; "About" read
    # with the 137 only; no cue in the sentence: none); "Another 63 inmates and 44 prison employees have recovered
    # …, the Courier Journal reported" (`recovered`, not core; organization); "eight years on the run", "57-month
    # prison sentence" durations; "he is 76" an age; "Nov. 17, 2010", "Thursday" dates.
    ("@14", "nine coronavirus deaths", 0, "killed", "deaths", 9, 9, "exact", ELKTON, None, "none", False, True),
    ("@14", "About 137 inmates", 0, "infected", "inmates", 137, 137, "approx", ELKTON, None, "none", False, True),
    ("@14", "eight prison employees", 0, "infected", "prison employees", 8, 8, "exact", ELKTON, None, "none", False,
     True),
    ("@14", "Another 63 inmates", 0, "recovered", "inmates", 63, 63, "exact", ELKTON, ELKTON_CJ, "organization",
     False, False),
    ("@14", "44 prison employees", 0, "recovered", "prison employees", 44, 44, "exact", ELKTON, ELKTON_CJ,
     "organization", False, False),
    # @15 (CNBC): the headline's "$3 trillion" package; "a price tag approaching $3 trillion across four bills"
    # (upper_bound; the bill count a claim); cases and deaths "according to data compiled by Johns Hopkins
    # University" (document; "top", "surpass" lower_bound; core); "14.7%" the national unemployment rate (not
    # core); "two administration officials told CNBC" (`sources`, dev3/); "two priorities" McConnell outlined (the
    # writer's count of his list: none); "Thursday", "Wednesday", "April" dates; "another round" no numeral.
    ("@15", "$3 trillion coronavirus relief package", 0, "relief_package_cost", "dollars", 3 * TRILLION,
     3 * TRILLION, "exact", "House coronavirus relief bill", None, "none", False, False),
    ("@15", "approaching $3 trillion", 0, "relief_cost_total", "dollars", None, 3 * TRILLION, "upper_bound", RELIEF,
     None, "none", False, False),
    ("@15", "four bills", 0, "relief_bills", "bills", 4, 4, "exact", RELIEF, None, "none", False, False),
    ("@15", "cases top 1.4 million", 0, "cases", "cases", 1_400_000, None, "lower_bound", US,
     "data compiled by Johns Hopkins University", "document", False, True),
    ("@15", "deaths from the disease surpass 85,000", 0, "killed", "deaths", 85000, None, "lower_bound", US,
     "data compiled by Johns Hopkins University", "document", False, True),
    ("@15", "14.7%", 0, "unemployment_rate", "percent", 14.7, 14.7, "exact", "U.S. unemployment, April 2020", None,
     "none", False, False),
    ("@15", "two administration officials", 0, "sources", "administration officials", 2, 2, "exact",
     "White House support for more stimulus checks", None, "none", False, False),
    ("@15", "two priorities", 0, "priorities", "priorities", 2, 2, "exact", "McConnell's next relief bill", None,
     "none", False, False),
    # @16 (RealClearPolitics): "Twenty-five percent of voters" and "over 50%" inside Underhill's quotation ("could
    # be": hedged); "six voters and one poll worker contracted the coronavirus" → "Milwaukee officials"
    # (anonymous: unnamed officials; `infected`, core; a count of one a claim); "Five states" (five named after the
    # dash, none); "in the high 90s" a range 97–99 (the upper third of the nineties; another annotator might write
    # 95–99); "the 2016 presidential election", "April 7", "this year" dates.
    ("@16", "Twenty-five percent of voters", 0, "mail_vote_share", "voters", 25, 25, "exact",
     "2016 U.S. presidential election", "Underhill", "person", False, False),
    ("@16", "over 50%", 0, "mail_vote_share", "percent", 50, None, "lower_bound", "2020 U.S. elections",
     "Underhill", "person", True, False),
    ("@16", "six voters", 0, "infected", "voters", 6, 6, "exact", WISCONSIN_PRIMARY, "Milwaukee officials",
     "anonymous", False, True),
    ("@16", "one poll worker", 0, "infected", "poll worker", 1, 1, "exact", WISCONSIN_PRIMARY, "Milwaukee officials",
     "anonymous", False, True),
    ("@16", "Five states", 0, "all_mail_states", "states", 5, 5, "exact", MAIL, None, "none", False, False),
    ("@16", "in the high 90s", 0, "mail_vote_share", "percent", 97, 99, "range", "all-mail states", None, "none",
     False, False),
    # @17 (New York Times - Opinion): no numeric claim ("Group of 7" a name; "one of the conditions", "one of his
    # company's resorts" "one of"; "Sunday" a date).
    # @18 (New York Magazine): no numeric claim ("the fourth grade" an ordinal, "#NeverAgain" a title).
    # @19 (NBC News (Online)): no numeric claim ("for seven days" a duration; "COVID-19" a name; "record number" no
    # numeral).
    # @20 (The Intercept): no numeric claim ("lots of people" no numeral).
    # @21 (Heartland Institute): no numeric claim ("how many" no numeral).
    # @22 (ABC News): the fundraising push "was expected to raise $2 million" → "Hernandez noted that" (person; an
    # expectation, a projection: hedged); the caption's "two anti-abortion bills" (none); "a month ago" a span of
    # time; "March 4, 2020" a date.
    ("@22", "$2 million", 0, "fundraising_goal", "dollars", 2_000_000, 2_000_000, "exact",
     "National Network of Abortion Funds annual fundraising push", "Hernandez", "person", True, False),
    ("@22", "two anti-abortion bills", 0, "bills", "anti-abortion bills", 2, 2, "exact",
     "Kentucky House Judiciary Committee", None, "none", False, False),
    # @23 (Los Angeles Daily News): the ‘50% capacity’ guideline inside Testa's quotation (the figure credited to
    # him; the single-quoted label is not a quote); the daily averages "according to the Themed Entertainment
    # Association" / "according to TEA" (organization; "an average of" exact); "Testa estimates 45,000" (person; an
    # estimate is not hedged); "Touring Plans estimates the capacity … at about 50,000" (organization, the firm as
    # subject); "DCA could allow 12,500 … with a 25% attendance cap and 25,000 with a 50% cap, based on Touring Plans
    # estimates" → document (the cited estimates), all four hedged ("could": the caps are the scenario's terms);
    # the link line "These 6 are the top contenders" a claim (a headline figure; "Six Flags" a name); "any one
    # time" no count.
    ("@23", "50% capacity", 0, "capacity_guideline", "percent", 50, 50, "exact", "Disney parks reopening", TESTA,
     "person", False, False),
    ("@23", "an average of 51,000 visitors per day", 0, "daily_visitors", "visitors", 51000, 51000, "exact",
     DISNEYLAND, "the Themed Entertainment Association", "organization", False, False),
    ("@23", "45,000 visitors", 0, "visitors_in_park", "visitors", 45000, 45000, "exact", DISNEYLAND, "Testa",
     "person", False, False),
    ("@23", "These 6", 0, "parks_top_contenders", "parks", 6, 6, "exact", "Six Flags parks reopening", None,
     "none", False, False),
    ("@23", "an average of 27,000 daily visitors", 0, "daily_visitors", "daily visitors", 27000, 27000, "exact", DCA,
     "TEA", "organization", False, False),
    ("@23", "about 50,000 visitors", 0, "park_capacity", "visitors", 50000, 50000, "approx", DCA, "Touring Plans",
     "organization", False, False),
    ("@23", "12,500 visitors a day", 0, "visitors_allowed", "visitors", 12500, 12500, "exact", DCA,
     TOURING_PLANS_EST, "document", True, False),
    ("@23", "25% attendance cap", 0, "attendance_cap", "percent", 25, 25, "exact", DCA, TOURING_PLANS_EST,
     "document", True, False),
    ("@23", "25,000", 0, "visitors_allowed", "visitors", 25000, 25000, "exact", DCA, TOURING_PLANS_EST, "document",
     True, False),
    ("@23", "50% cap", 1, "attendance_cap", "percent", 50, 50, "exact", DCA, TOURING_PLANS_EST, "document", True,
     False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # @00: Trump's tweet ("Trump wrote on Twitter") and its resumption; Murtaugh's quotation and its resumption.
    ("@00", "These horrible & politically charged decisions", 0, TRUMP, "person"),
    ("@00", "Do you get the impression that the Supreme Court", 0, TRUMP, "person"),
    ("@00", "The President’s record appeals to conservatives", 0, MURTAUGH, "person"),
    ("@00", "Contrast that with the vision of Joe Biden", 0, MURTAUGH, "person"),
    # @01: JFK's quotation ("he observed"); Reagan's "the right to lie, cheat and steal" ("observed"); the Journal's
    # "not enough to secure …" (organization, "the Journal" of the sentence before); "Evil Empire" a label;
    # "Freedom of navigation exercises" a term (the name of the exercises; another annotator might give it to the
    # Journal as well); 'crisis' a word.
    ("@01", "When written in Chinese, the word", 0, "JFK", "person"),
    ("@01", "the right to lie, cheat and steal", 0, "Ronald Reagan", "person"),
    ("@01", "not enough to secure the Western Pacific", 0, "Journal", "organization"),
    # @02: “major” one word. @03: "optics" one word. @04: no quotation.
    # @05: “This is great! We tried for three years …” a hypothetical quotation (the writer's imagined voice of the
    # governors and mayors): not a quote (dev3/, dev11/).
    # @06: the headline "Reports:" no quotation; “sensitive core” a two-word term inside reported speech; Zhang's
    # “simply don’t make sense” (a short quotation after the subject, "said in a statement") and the statement.
    ("@06", "simply don’t make sense", 0, ZHANG, "person"),
    ("@06", "As a private company, 100% owned by employees", 0, ZHANG, "person"),
    # @07: Garcetti's quotation ("announced") and its resumption; “Social Welfare” a degree's name; “health
    # inequities” ("speaks of") and “social justice policymaking” ("hails") terms naming topics, not statements
    # (another annotator might give them to La Verne Reid and Michael Levine).
    ("@07", "I think we have to all recognize", 0, GARCETTI, "person"),
    ("@07", "We’re learning to live with it", 0, GARCETTI, "person"),
    # @08: the headline's quotation after "Representative Phil Roe (R-TN):" (a colon naming the speaker); ‘land of
    # the free, because of the brave’ a saying ("the revered saying"): not a quote.
    ("@08", "This Memorial Day, I challenge everyone", 0, "Phil Roe", "person"),
    # @09: no quotation.
    # @10: Natalie Dean's quotation ("said Natalie Dean") and its resumption.
    ("@10", "Would someone advise that people go through", 0, DEAN, "person"),
    ("@10", "There’s a lot of people who talk about this managed", 0, DEAN, "person"),
    # @11: the witness's quotation ("he said") and its resumption → speaker null (unknown: the excerpt never names
    # him); the song's line after "The singer bellows" → "singer".
    ("@11", "I saw dead people everywhere", 0, None, "unknown"),
    ("@11", "I don't understand how anyone could do this", 0, None, "unknown"),
    ("@11", "I am the god of hellfire!", 0, "singer", "person"),
    # @12: no quotation.
    # @13: "Jones said her department was no longer responsible … “in any shape or form.”" (a short quotation after
    # a verb of saying); the email ("Jones wrote") and its resumption.
    ("@13", "in any shape or form", 0, JONES, "person"),
    ("@13", "As a word of caution, I would not expect", 0, JONES, "person"),
    ("@13", "They are making a lot of changes", 0, JONES, "person"),
    # @14: the headline's ‘Godfather of Grass’, the body's “Godfather of Grass,” and “Johnny” nicknames.
    # @15: Pelosi ("told reporters"); McConnell's "called it "an unserious product …"" (seven words, a clause, not a
    # label); Powell ("who said"); "optimistic" one word; "red line" a label after "called".
    ("@15", "So now, we're putting our offer on the table", 0, "Nancy Pelosi", "person"),
    ("@15", "an unserious product from an unserious majority", 0, "Mitch McConnell", "person"),
    ("@15", "additional fiscal support could be costly", 0, "Jerome Powell", "person"),
    # @16: Underhill's quotation ("Underhill said") and its resumption; “all mail” a term.
    ("@16", "More people will vote by mail than ever before", 0, "Underhill", "person"),
    ("@16", "Twenty-five percent of voters cast ballots", 0, "Underhill", "person"),
    # @17: Wallace's quotation (after "Mr. Wallace was having none of it.") with Mulvaney's nested ‘It happens all the
    # time.’ after "you said" (other people's words with their own verb: an entry of its own, dev67/); "Mr.
    # Wallace responded, “…”"; "“…,” Mr. Mulvaney said". Karl's question is unmarked.
    ("@17", "You were asked specifically by Jonathan Karl", 0, WALLACE, "person"),
    ("@17", "It happens all the time.", 0, MULVANEY, "person"),
    ("@17", "I hate to go through this, but you said what you said", 0, WALLACE, "person"),
    ("@17", "At the end of the day, he still considers himself", 0, MULVANEY, "person"),
    # @18: Rebecca ("says Rebecca", no surname in the excerpt); David's memoir ("he writes"), "recalls teachers
    # “telling my parents …”" (his words), the uncued next quotation (his); Lauren's quotation ("she says") and its
    # resumption. "#NeverAgain" a title.
    ("@18", "You could not convince him to do anything", 0, "Rebecca", "person"),
    ("@18", "I would just turn everything into an us-versus-them", 0, DAVID_HOGG, "person"),
    ("@18", "telling my parents I would amount to nothing", 0, DAVID_HOGG, "person"),
    ("@18", "They taught me not to give a shit", 0, DAVID_HOGG, "person"),
    ("@18", "He gets absorbed in his words", 0, "Lauren", "person"),
    ("@18", "He needs to overcompensate when he’s arguing", 0, "Lauren", "person"),
    # @19: the opening "“…,” she said." → "Koutski" (call: the next paragraph's "Koutski later issued a statement"
    # names the same woman; another annotator might write null, as dev29/'s B16); her statement ("she said in a
    # statement, according to WTMJ") and its resumption.
    ("@19", "I was watching the news, and I saw the order", 0, KOUTSKI, "person"),
    ("@19", "While my priority was to support my sister", 0, KOUTSKI, "person"),
    ("@19", "It was a lapse in judgment on my part", 0, KOUTSKI, "person"),
    # @20: Henderson's quotation ("said Henderson", no first name in the excerpt) and its resumption;
    # Levinson-Waldman's "told me that … “is a way to both hide …”"; the unit's name “Racially and Ethnically
    # Motivated Extremism” a title, “racially motivated” a term.
    ("@20", "It’s egregious to compare black dissent", 0, HENDERSON, "person"),
    ("@20", "Let’s just be real", 0, HENDERSON, "person"),
    ("@20", "is a way to both hide the fact", 0, "Rachel Levinson-Waldman", "person"),
    # @21: Paxson ("As Paxson put it"); Kelchen's "said he was most worried about "small, rural private colleges""
    # (a short quotation after a verb of saying) and "Kelchen said, "will be more …""; Beth Akers ("thinks");
    # Loeb's "noted that "many small liberal arts schools"" and "adding "that difficulty …"". Surnames as written.
    ("@21", "It’s not a question of whether institutions", 0, "Paxson", "person"),
    ("@21", "small, rural private colleges", 0, KELCHEN, "person"),
    ("@21", "will be more than these colleges can handle", 0, KELCHEN, "person"),
    ("@21", "the expensive institutions that are offering", 0, "Beth Akers", "person"),
    ("@21", "many small liberal arts schools", 0, LOEB, "person"),
    ("@21", "that difficulty will likely increase", 0, LOEB, "person"),
    # @22: Hernandez's quotation ("told ABC News") and "she said, "Abortion funds know …"".
    ("@22", "All of this, plus the worst unemployment rate", 0, HERNANDEZ, "person"),
    ("@22", "Abortion funds know what it means", 0, HERNANDEZ, "person"),
    # @23: Testa's quotation ("said by email") and its resumption, and "“But all of those people …,” Testa said";
    # the nested ‘50% capacity’ a guideline's label.
    ("@23", "That’s why the phased", 0, TESTA, "person"),
    ("@23", "That’s probably pretty close to how many people", 0, TESTA, "person"),
    ("@23", "But all of those people aren’t in the park", 0, TESTA, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
