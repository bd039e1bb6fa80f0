"""The sixty-sixth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev66/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The article key is the file name's first
three characters ("~00" … "~23").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
COVID_US = "COVID-19 in the United States"
COVID_WORLD = "COVID-19 worldwide"
CLINTON_VAR = "Hillary Clinton's Vote Above Replacement, 2016"
TRUMP_VAR = "Donald Trump's Vote Above Replacement, 2016"
DACA = "DACA recipients with arrest records"
BORDER = "border fence land condemnation"
REOPEN = "restaurant reopening limits"
BIDEN = "Joe Biden"
BAUM = "Matthew Baum"
WARREN = "Warren"
BAD = "Biden ad on Trump's golfing"
CBP = "Customs and Border Protection"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # ~00 (Media Research Center): no numeric claim ("5 Shares" a page widget's share counter glued to the headline,
    # as dev29/'s "Slideshow (5 Images)"; "a vast majority of the cases" no numeral).
    # ~01 (Boston Herald): no numeric claim ("Feb. 10", "Jan. 30", "Feb. 3", "Feb. 4" dates; "big numbers" no
    # numeral).
    # ~02 (John Fund): "10 examples of such abuses" (the writer's count of Attkisson's list: she is the lister, not a
    # source of the number, as dev16/'s UN "list of 14 words": none); "2016" (twice) years.
    ("~02", "10 examples of such abuses", 0, "abuse_examples", "examples", 10, 10, "exact",
     "U.S. intelligence agencies' privacy abuses", None, "none", False, False),
    # ~03 (Newt Gingrich): the headline's goal "four percent growth" (a goal, not hedged); the median income →
    # the Federal Reserve Bank of St. Louis ("According to"); "39 percent of his or her income" (the plan's effect
    # on a model taxpayer; "would" stating a plan's mechanism does not hedge); "from seven to three or four" two
    # claims (7 exact, "three or four" a range, as dev43/'s "two or three"); "in 2016" a year; "a second income
    # increase" an ordinal; "nothing in taxes" no numeral.
    ("~03", "four percent growth", 0, "gdp_growth_goal", "growth", 4, 4, "exact", "U.S. economy", None, "none",
     False, False),
    ("~03", "$31,099", 0, "median_personal_income", "dollars", 31099, 31099, "exact",
     "real median personal income in the United States, 2016", "the Federal Reserve Bank of St. Louis",
     "organization", False, False),
    ("~03", "39 percent of his or her income", 0, "untaxed_income_share", "income", 39, 39, "exact",
     "GOP tax plan, median-income single person", None, "none", False, False),
    ("~03", "from seven", 0, "tax_brackets", "brackets", 7, 7, "exact", "individual tax rate brackets", None,
     "none", False, False),
    ("~03", "three or four", 0, "tax_brackets", "brackets", 3, 4, "range", "GOP tax plan's individual brackets",
     None, "none", False, False),
    # ~04 (Roll Call): the Vote Above Replacement counts and values, all none (the "according to Inside Elections'
    # … metric" closes the first sentence, which holds no figure); "four of the 10 closest states" two claims (4 and
    # the 10, new, as dev29/'s "Five out of ten regions"); "overperformed in three" Trump's count (noun implied);
    # "the four closest states" a claim (a new set, the four named next, not a reference back); the VAR values
    # with their minus signs, each a claim; "Losing three (and nearly four)" two claims ("nearly" upper_bound);
    # "the four most recent general election cycles" a time window (as dev24/'s "the past four decades"), "in
    # 2016" a year.
    ("~04", "19 states", 0, "states_overperformed", "states", 19, 19, "exact", CLINTON_VAR, None, "none", False,
     False),
    ("~04", "15 states", 0, "states_overperformed", "states", 15, 15, "exact", TRUMP_VAR, None, "none", False,
     False),
    ("~04", "four of the 10 closest states", 0, "close_states_overperformed", "states", 4, 4, "exact", CLINTON_VAR,
     None, "none", False, False),
    ("~04", "10 closest states", 0, "closest_states", "states", 10, 10, "exact", "2016 presidential election", None,
     "none", False, False),
    ("~04", "overperformed in three", 0, "close_states_overperformed", "states", 3, 3, "exact", TRUMP_VAR, None,
     "none", False, False),
    ("~04", "four closest states", 0, "closest_states", "states", 4, 4, "exact", "2016 presidential election",
     None, "none", False, False),
    ("~04", "-0.2 VAR", 0, "vote_above_replacement", "VAR", -0.2, -0.2, "exact", CLINTON_VAR + ", Michigan", None,
     "none", False, False),
    ("~04", "-2.5", 0, "vote_above_replacement", "VAR", -2.5, -2.5, "exact", CLINTON_VAR + ", New Hampshire", None,
     "none", False, False),
    ("~04", "-3.3", 0, "vote_above_replacement", "VAR", -3.3, -3.3, "exact", CLINTON_VAR + ", Pennsylvania", None,
     "none", False, False),
    ("~04", "-0.9", 0, "vote_above_replacement", "VAR", -0.9, -0.9, "exact", CLINTON_VAR + ", Wisconsin", None,
     "none", False, False),
    ("~04", "-4.1", 0, "vote_above_replacement", "VAR", -4.1, -4.1, "exact", CLINTON_VAR + ", Minnesota", None,
     "none", False, False),
    ("~04", "Losing three", 0, "close_states_lost", "states", 3, 3, "exact", "Hillary Clinton, 2016", None, "none",
     False, False),
    ("~04", "nearly four", 0, "close_states_lost", "states", None, 4, "upper_bound", "Hillary Clinton, 2016", None,
     "none", False, False),
    # ~05 (Press TV): the headline's toll ("heads toward" as "approaching": upper_bound, core); Biden's quotation
    # ("the former vice president said in his tweet") and the same words pasted as his signed tweet: each figure
    # twice (repeated mentions each a claim), the quotation's to "the former vice president", the tweet's to its
    # signature "Joe Biden"; "tens of millions are out of work" vague 20,000,000/null (a national statistic, not
    # core); the ad's views lower_bound, none; "30-second clip" a duration; "May 24, 2020", "March 8" dates; "first
    # visit" an ordinal; "one of his money-making properties" "one of".
    ("~05", "death toll heads toward 100,000", 0, "killed", "deaths", None, 100000, "upper_bound", COVID_US, None,
     "none", False, True),
    ("~05", "Nearly 100,000 lives", 0, "killed", "lives", None, 100000, "upper_bound", COVID_US,
     "the former vice president", "person", False, True),
    ("~05", "tens of millions are out of work", 0, "unemployed", "people", 20_000_000, None, "vague", COVID_US,
     "the former vice president", "person", False, False),
    ("~05", "Nearly 100,000 lives", 1, "killed", "lives", None, 100000, "upper_bound", COVID_US, BIDEN, "person",
     False, True),
    ("~05", "tens of millions are out of work", 1, "unemployed", "people", 20_000_000, None, "vague", COVID_US,
     BIDEN, "person", False, False),
    ("~05", "over 1.3 million views", 0, "video_views", "views", 1_300_000, None, "lower_bound", BAD, None, "none",
     False, False),
    # ~06 (The Detroit News): Giraldo's bookings ("around" approx), the price a head and the friends, all none (he is
    # the actor, no cue); "April 11, 1970" a date; "Apollo 13", "Saturn V" names.
    ("~06", "around 150 people", 0, "boat_tour_bookings", "people", 150, 150, "approx",
     "SpaceX launch charter boat tours", None, "none", False, False),
    ("~06", "$75 a head", 0, "ticket_price", "dollars", 75, 75, "exact", "SpaceX launch charter boat tours", None,
     "none", False, False),
    ("~06", "seven other friends", 0, "launch_watch_party", "friends", 7, 7, "exact", "Steven Giraldo's launch watch",
     None, "none", False, False),
    # ~07 (Natural News): no numeric claim ("January 3" a date, "for months" a duration, "Last month").
    # ~08 (USA TODAY): the headline's index drop; the COVID tallies, core ("surpassed" and "exceeding" lower_bound,
    # "approached" upper_bound, "rose to 26" exact), none; "$5.3 trillion in stock value", none; "in recent weeks"
    # a duration; "S&P 500" and "50 Park Investments" names.
    ("~08", "plunges 7%", 0, "stock_index_decline", "percent", 7, 7, "exact", "S&P 500", None, "none", False, False),
    ("~08", "cases surpassed 111,000", 0, "cases", "cases", 111000, None, "lower_bound", COVID_WORLD, None, "none",
     False, True),
    ("~08", "cases exceeding 600", 0, "cases", "confirmed cases", 600, None, "lower_bound", COVID_US, None, "none",
     False, True),
    ("~08", "death toll approached 4,000", 0, "killed", "deaths", None, 4000, "upper_bound", COVID_WORLD, None,
     "none", False, True),
    ("~08", "rose to 26", 0, "killed", "deaths", 26, 26, "exact", COVID_US, None, "none", False, True),
    ("~08", "$5.3 trillion in stock value", 0, "stock_value_lost", "stock value", 5_300_000_000_000,
     5_300_000_000_000, "exact", "U.S. stock market", None, "none", False, False),
    # ~09 (Townhall): the Charlottesville toll, core, none (the writer's "after" clause, not Cruz's words); "nearly
    # two dozen" upper_bound null/24 (as dev32/'s "nearly 2 dozen"); "The First Amendment" a name.
    ("~09", "three people were killed", 0, "killed", "people", 3, 3, "exact", "Charlottesville car attack", None,
     "none", False, True),
    ("~09", "nearly two dozen others were wounded", 0, "wounded", "others", None, 24, "upper_bound",
     "Charlottesville car attack", None, "none", False, True),
    # ~10 (Reason): "the prospect of hundreds of thousands of deaths" (projected deaths, vague 200,000/null; hedged:
    # a prospect; not core, as dev15/'s projected deaths).
    ("~10", "hundreds of thousands of deaths", 0, "projected_deaths", "deaths", 200_000, None, "vague", COVID_US,
     None, "none", True, False),
    # ~11 (Vox): "hundreds of landowners" vague, none; "more than 90 cases" (court cases, not core) → Terence Garrett
    # ("according to"); "nearly $80 million" upper_bound, none; the Tribune's quotation of what Customs and Border
    # Protection "estimates": the $21 million and "about $4 million" → Customs and Border Protection (the estimator
    # the sentence names; not hedged: an agency's cost estimate, as dev15/'s "would cost"); the fence heights (a
    # measurement is a claim, as dev42/'s "five-foot embankment"); "a decade later" a duration; "in 2007" a year;
    # "one of these fights" "one of".
    ("~11", "hundreds of landowners", 0, "landowners_resisting", "landowners", 200, None, "vague", BORDER, None,
     "none", False, False),
    ("~11", "more than 90 cases", 0, "court_cases_pending", "cases", 90, None, "lower_bound", BORDER,
     "Terence Garrett", "person", False, False),
    ("~11", "nearly $80 million", 0, "landowner_compensation", "dollars", None, 80_000_000, "upper_bound", BORDER,
     None, "none", False, False),
    ("~11", "$21 million", 0, "real_estate_expenses_estimate", "dollars", 21_000_000, 21_000_000, "exact", BORDER,
     CBP, "organization", False, False),
    ("~11", "about $4 million", 0, "litigation_costs", "dollars", 4_000_000, 4_000_000, "approx", BORDER, CBP,
     "organization", False, False),
    ("~11", "18-foot border fence", 0, "fence_height", "feet", 18, 18, "exact", "University of Texas Rio Grande fence",
     None, "none", False, False),
    ("~11", "10-foot fence", 0, "fence_height", "feet", 10, 10, "exact", "University of Texas Rio Grande fence", None,
     "none", False, False),
    # ~12 (Fox Online News): the DHS arrest data of DACA recipients, all none (the spokesman's sentence holds no
    # figure) and not core (a government tally of a population's arrest records over years, as national
    # statistics, not the arrests of an event); the headline's "Thousands" vague 2,000/null and "10 accused
    # murderers" each a claim beside the body's "Ten such arrests"; percentages in percent.
    ("~12", "Thousands of DACA recipients", 0, "daca_recipients_arrested", "DACA recipients", 2000, None, "vague",
     DACA, None, "none", False, False),
    ("~12", "10 accused murderers", 0, "murder_arrests", "accused murderers", 10, 10, "exact", DACA, None, "none",
     False, False),
    ("~12", "53,792 DACA recipients", 0, "daca_recipients_arrested", "DACA recipients", 53792, 53792, "exact", DACA,
     None, "none", False, False),
    ("~12", "more than 4,500", 0, "assault_arrests", "DACA recipients", 4500, None, "lower_bound", DACA, None,
     "none", False, False),
    ("~12", "830 arrests", 0, "sex_crime_arrests", "arrests", 830, 830, "exact", DACA, None, "none", False, False),
    ("~12", "95 arrests", 0, "kidnapping_trafficking_arrests", "arrests", 95, 95, "exact", DACA, None, "none", False,
     False),
    ("~12", "Ten such arrests", 0, "murder_arrests", "arrests", 10, 10, "exact", DACA, None, "none", False, False),
    ("~12", "0.02 percent of all arrests", 0, "murder_arrest_share", "arrests", 0.02, 0.02, "exact", DACA, None,
     "none", False, False),
    ("~12", "Approximately 38.9 percent", 0, "driving_offense_share", "DACA recipients", 38.9, 38.9, "approx", DACA,
     None, "none", False, False),
    ("~12", "22.1 percent", 0, "immigration_offense_share", "DACA recipients", 22.1, 22.1, "exact", DACA, None,
     "none", False, False),
    ("~12", "12.3 percent", 0, "theft_share", "DACA recipients", 12.3, 12.3, "exact", DACA, None, "none", False,
     False),
    ("~12", "More than 4,600 DACA recipients", 0, "drug_crime_accused", "DACA recipients", 4600, None, "lower_bound",
     DACA, None, "none", False, False),
    # ~13 (Activist Post): the same story as dev3/'s f17 (its claim as there): the bill's yearly sum (the bill
    # "authorizes": the actor, not a cited source: none); "H.R. 6666" / "H.R.6666" an identifier (four times);
    # "March the 15th" a date; "the past two months" a duration; "COVID-19" a name.
    ("~13", "100 billion dollars", 0, "contact_tracing_funding_yearly", "dollars", 100_000_000_000, 100_000_000_000,
     "exact", "H.R. 6666 contact tracing program", None, "none", False, False),
    # ~14 (Slate): the reopening limits (limits, not core): "10 patrons per 500 square feet" one claim of 10 (a
    # density limit, the 500 square feet its unit, as dev32/'s "one employee per 300 square feet"); "25 percent
    # capacity"; the threshold "more than five coronavirus cases" lower_bound (a threshold, not core);
    # "half-capacity" 0.5; "likely still down 89 percent" hedged ("likely"); "May 1", "Monday" dates.
    ("~14", "10 patrons per 500 square feet", 0, "seating_limit", "patrons", 10, 10, "exact", REOPEN + ", Georgia",
     None, "none", False, False),
    ("~14", "25 percent capacity", 0, "capacity_limit", "percent of capacity", 25, 25, "exact", REOPEN + ", Texas",
     None, "none", False, False),
    ("~14", "more than five coronavirus cases", 0, "case_threshold", "coronavirus cases", 5, None, "lower_bound",
     REOPEN + ", Texas counties", None, "none", False, False),
    ("~14", "half-capacity", 0, "capacity_limit", "capacity", 0.5, 0.5, "exact", REOPEN + ", Tennessee", None,
     "none", False, False),
    ("~14", "down 89 percent", 0, "restaurant_attendance_decline", "percent", 89, 89, "exact",
     "Florida restaurant attendance", None, "none", True, False),
    # ~15 (Politico): the same story as dev29/'s B14 and dev24/'s i13, annotated as there; "1967", "1968" years,
    # "second term" (twice), "second wave" ordinals, "one Republican" a determiner.
    ("~15", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague", True,
     False),
    ("~15", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US, "Sen. Lindsey Graham",
     "person", False, False),
    # ~16 (Newsmax): no numeral ("COVID-19" a name, "daily reports" no numeral).
    # ~17 (The Dallas Morning News): no numeric claim ("century-old" an age, "14th Amendment" an ordinal, "2020",
    # "2017", "September 2020" dates, "in one party in a single step" determiners).
    # ~18 (Jonah Goldberg): no numeric claim ("in 2017" a year, "In the last week").
    # ~19 (San Francisco Chronicle): "zero confirmed cases" inside Dudnick's quotation (a case count, exact 0, "zero"
    # a numeral, core; as dev12/'s r07 zeros) → her; "for 14 days", "for 24 hours" durations; the pasted checklist
    # holds no figure.
    ("~19", "zero confirmed cases", 0, "cases", "confirmed cases", 0, 0, "exact", "COVID-19 in San Francisco",
     "San Francisco schools spokeswoman Laura Dudnick", "person", False, True),
    # ~20 (Human Rights Watch): no numeric claim ("July 3" a date, "several commentators" no numeral).
    # ~21 (InfoWars): no numeral ("Covid-19" a name; "several states", "every state" no numeral).
    # ~22 (The Duran): no numeric claim ("May 20, 2020" a date, "COVID-19" a name).
    # ~23 (The Mercury News): no numeral.
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # ~00: Romney's "corporations were people" (three words after "said"); the cartoon "corporations are all
    # conservative" (after "subscribe to the cartoon that": a caricature, no verb of saying) not a quote; Warren's
    # phrase after "To Warren, this somehow heralds a new era of" (his column's words; call); "Warren says the
    # “dubious...caricature”" (two words after a verb of saying) and the same sentence's "when “the aggressively
    # …”"; Baum's "claimed … “mostly point”", "He adds, “…”", "He argues “research” shows “…”" ("research" one
    # word) and "so that predicts “…”" → five entries, "Matthew Baum".
    ("~00", "corporations were people", 0, "Mitt Romney", "person"),
    ("~00", "not just unceasing consolidation", 0, WARREN, "person"),
    ("~00", "dubious...caricature", 0, WARREN, "person"),
    ("~00", "the aggressively conservative Sinclair", 0, WARREN, "person"),
    ("~00", "mostly point", 0, BAUM, "person"),
    ("~00", "Of course, the core journalistic norm", 0, BAUM, "person"),
    ("~00", "news reporting tend to reflect", 0, BAUM, "person"),
    ("~00", "a more pro-conservative bias", 0, BAUM, "person"),
    # ~02: "As the Wall Street Journal noted this week: “…”" → organization; Attkisson "concludes that … “operate
    # …”"; “The Post” a film title.
    ("~02", "The Justice Department ultimately reports", 0, "Wall Street Journal", "organization"),
    ("~02", "operate not just in direct defiance", 0, "Sharyl Attkisson", "person"),
    # ~03: the headline's 'experts' one word. ~04: ‘Vote Above Replacement’ a name.
    # ~05: Biden's quotation and its resumption → "Joe Biden" (the fullest name, from the tweet's signature); the
    # pasted tweet repeats them without marks (not quotes); the ad's two lines ("read the ad", then resumed) →
    # "ad" (document, the cue's noun).
    ("~05", "Nearly 100,000 lives have been lost", 0, BIDEN, "person"),
    ("~05", "Meanwhile, the president spent his day golfing", 0, BIDEN, "person"),
    ("~05", "The death toll is still rising", 0, "ad", "document"),
    ("~05", "The president is playing golf.", 0, "ad", "document"),
    # ~06: Giraldo's quotation.
    ("~06", "It would take too much logistical effort", 0, "Steven Giraldo", "person"),
    # ~07: "Liu said the order was a measure that aimed to “prevent …”" (its opening mark scraped as "â" and two
    # control characters) → "Liu Dengfeng"; the headline's “safety” and "unauthorized" one word.
    ("~07", "prevent the risk to laboratory biological safety", 0, "Liu Dengfeng", "person"),
    # ~08: Sarhan's quotation and its resumption after "says Adam Sarhan".
    ("~08", "Demand is slowing.", 0, "Adam Sarhan", "person"),
    ("~08", "That means money isn't being spent", 0, "Adam Sarhan", "person"),
    # ~09: Cruz's quotation and the next one after "Cruz said." → two entries, "Ted Cruz".
    ("~09", "It's tragic and heartbreaking", 0, "Ted Cruz", "person"),
    ("~09", "The Nazis, the KKK", 0, "Ted Cruz", "person"),
    # ~10: "A guest on MSNBC recently called the protesters, "the Fox News Nazi …"" → "guest on MSNBC" (over the
    # three-word label limit after a naming verb: a quote; the unnamed speaker by the cue's words).
    ("~10", "the Fox News Nazi confederate death cult rump", 0, "guest on MSNBC", "person"),
    # ~11: "The Chicago Tribune reported that Customs and Border Protection “estimates that it will spend …”" →
    # "Chicago Tribune" (the quoted words are the paper's report, third person about the agency; call).
    ("~11", "estimates that it will spend an additional", 0, "Chicago Tribune", "organization"),
    # ~12: "said the department was releasing the arrest data in response to inquiries “from Congress and others”"
    # → "DHS spokesman" (a short quotation in a clause of saying); "prior" (twice), "driving-related",
    # "immigration-related", "drug-related" one-word terms.
    ("~12", "from Congress and others", 0, "DHS spokesman", "person"),
    # ~13: the same story as dev3/'s f17, annotated as there: "The bill uses … language to describe … “for other
    # purposes,” such as “support the quarantine of such contacts.”" → two quotes of the document "H.R. 6666";
    # “testing and contact tracers” and “national COVID health emergency” (after "defined") labels; "teeth" one
    # word.
    ("~13", "for other purposes,", 0, "H.R. 6666", "document"),
    ("~13", "support the quarantine of such contacts.", 0, "H.R. 6666", "document"),
    # ~15: as dev29/'s B14.
    ("~15", "Allowing people to get to some semblance of normal", 0, "Republican close to the president", "person"),
    ("~15", "The closer you can have it to 120", 0, "Lindsey Graham", "person"),
    # ~16: Kates's quotation and its resumption after "said Jen Kates, …".
    ("~16", "Historically, CDC", 0, "Jen Kates", "person"),
    ("~16", "How will the data be protected?", 0, "Jen Kates", "person"),
    # ~17: the lawsuit's two quotations ("the lawsuit says", resumed) → "lawsuit" (document).
    ("~17", "Texas decided voting had become too convenient", 0, "lawsuit", "document"),
    ("~17", "In ending a century-old voting practice", 0, "lawsuit", "document"),
    # ~18: "Alan Abramowitz and Steven Webster wrote" → the two co-authors as one; Harris's "now says, “…”".
    ("~18", "negative partisanship explains nearly everything", 0, "Alan Abramowitz and Steven Webster", "person"),
    ("~18", "Leave Joe Biden alone.", 0, "Kamala Harris", "person"),
    # ~19: Dudnick's quotation and its resumption.
    ("~19", "Although there are still zero confirmed cases", 0, "Laura Dudnick", "person"),
    ("~19", "We are planning for how we would manage", 0, "Laura Dudnick", "person"),
    # ~20: Williamson's quotation and its resumption; StopFake's statement "contending that … “harassment and
    # intimidation …”" → "StopFake" (organization).
    ("~20", "Journalists should not have to fear", 0, "Hugh Williamson", "person"),
    ("~20", "The Ukrainian authorities should immediately investigate", 0, "Hugh Williamson", "person"),
    ("~20", "harassment and intimidation from pro-Russian media", 0, "StopFake", "organization"),
    # ~21: Trump's quotation ("Trump announced"), "adding that it's “not right”" (two words after a verb of
    # saying), the link line "LIVE: TRUMP SAYS “…”" (a link-line quotation after "says", as dev22/'s b16), and
    # "“I will override the governors,” he said" → "Trump" (the only name given).
    ("~21", "These are places that hold our society together", 0, "Trump", "person"),
    ("~21", "not right", 0, "Trump", "person"),
    ("~21", "HOUSES OF WORSHIP ARE ESSENTIAL", 0, "Trump", "person"),
    ("~21", "I will override the governors", 0, "Trump", "person"),
    # ~22: Pompeo's quotation ("he added"); the pasted tweet repeats it without marks; ‘tanker wars’ a label.
    ("~22", "I salute the brave Cubans", 0, "Pompeo", "person"),
    # ~23: the sign's message “Muzzles are for dogs and slaves. …” (a slogan on a sign, no verb of saying) not a
    # quote; the headline's ‘slaves’ one word; Stenger's full statement → "Stenger".
    ("~23", "Holding that sign up at the lockdown protest", 0, "Stenger", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
