"""The forty-second (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev42/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

TWO_THIRDS = 2 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
ONE_QUARTER = 1 / 4
TWO_FIFTHS = 2 / 5
MICHIGAN = "GM, Ford and FCA investment in Michigan"
CAR = "Center for Automotive Research"
HCQ_STUDY = "ICMR hydroxychloroquine prophylaxis studies"
SEATTLE = "Seattle shooting, Uber and Lyft surge pricing"
SEATTLE_SHOOTING = "downtown Seattle shooting"
PULKIT = "a Twitter user who tweets under the hashtag pulkit2911"
TAIWAN = "COVID-19 in Taiwan"
DDAY = "D-Day invasion of Normandy"
URBAN = "Urban Institute research released Monday"
OBAMACARE = "Trump's Obamacare changes (Urban Institute projection)"
GEORGIA = "Georgia unemployment claims"
POLITICO_REVIEW = "a POLITICO review of Labor Department data"
BENJAMIN = "MEDEA BENJAMIN"
HIBBARD = "Julie Hibbard"
GUPTA_KAGAN = "Josh Gupta-Kagan"
FARR = "Kevin Farr"
LAKE = "Robin Lake"
RICHARDSON = "Sophie Richardson"
GARTON_ASH = "Timothy Garton Ash"
CAVUTO = "Neil Cavuto"
ICMR = "ICMR"
SIMS = "Jason Sims"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # O00 (Michael Brendan Dougherty): "just 20 yards away" a distance (measurements are claims, as dev11/'s
    # "six feet of separation"; "just" kept in the span as dev31/'s "just 33%"); "a few seconds" no numeral.
    ("O00", "just 20 yards", 0, "distance", "yards", 20, 20, "exact", "author's distance from his children", None,
     "none", False, False),
    # O01 (Axios): "About $15 billion, or two-thirds of …, is earmarked for Michigan, says the Center for Automotive
    # Research" → organization for both; "only one new car plant" a count of one (dev20/'s "only one person");
    # "Two big factors" a count (dev15/'s "three reasons"); "Wednesday", "Thursday", "January" dates.
    ("O01", "only one new car plant", 0, "new_car_plants", "car plant", 1, 1, "exact", "Michigan car plants", None,
     "none", False, False),
    ("O01", "About $15 billion", 0, "investment_committed", "dollars", 15_000_000_000, 15_000_000_000, "approx",
     MICHIGAN, "the Center for Automotive Research", "organization", False, False),
    ("O01", "two-thirds of the overall commitment", 0, "investment_share", "overall commitment", TWO_THIRDS,
     TWO_THIRDS, "exact", MICHIGAN, "the Center for Automotive Research", "organization", False, False),
    ("O01", "Two big factors", 0, "investment_drivers", "factors", 2, 2, "exact", "U.S. carmakers' investments",
     None, "none", False, False),
    # O02 (The Marshall Project): no numeral.
    # O03 (Human Rights Watch): the letter's signatories (the narrator's count: none); "May 25, 2020", "© 2020",
    # "June 18 to 20, 2020", "the end of June" dates; "second plenary session" an ordinal.
    ("O03", "more than 86 civil society organizations groups", 0, "letter_signatories", "civil society organizations",
     86, None, "lower_bound", "letter against Hong Kong national security law", None, "none", False, False),
    # O04 (City Journal): Trump's offer "for 1.8 million of them" (Trump the offerer, not a source: none); "Doing
    # this would mean an additional 150,000 visas" (a proposal's consequence, "would": hedged, as dev29/'s
    # counterfactual; no cue in its sentence: none); "2009" a year, "No one", "last night".
    ("O04", "1.8 million of them", 0, "path_to_citizenship_offer", "dreamers", 1_800_000, 1_800_000, "exact",
     "Trump's immigration proposal", None, "none", False, False),
    ("O04", "150,000 visas", 0, "additional_skilled_visas", "visas", 150000, 150000, "exact",
     "2009 Brookings-Duke immigration proposal", None, "none", True, False),
    # O05 (Geller Report News): the hospitals "According to the advisory" (document); the AIIMS study's sample
    # and its subgroup (study samples, not core; no cue: none); "an average of six weeks" a duration;
    # "Covid-19", "SARS-CoV-2" names.
    ("O05", "three central government hospitals", 0, "hospitals_investigated", "hospitals", 3, 3, "exact",
     HCQ_STUDY, "the advisory", "document", False, False),
    ("O05", "334 healthcare workers", 0, "study_participants", "healthcare workers", 334, 334, "exact",
     "AIIMS hydroxychloroquine observational study", None, "none", False, False),
    ("O05", "248 workers", 0, "study_participants_on_hcq", "workers", 248, 248, "exact",
     "AIIMS hydroxychloroquine observational study", None, "none", False, False),
    # O06 (The Atlantic): "the state's 56 vocational programs" (Farr's "told me" is the sentence before:
    # sentence-local, none).
    ("O06", "56 vocational programs", 0, "vocational_programs", "vocational programs", 56, 56, "exact",
     "Massachusetts CTE programs", None, "none", False, False),
    # O07 (ABC News): "five tips" (the deck line after the repeated headline; none); the capacity limit and the
    # distance inside Hibbard's quotation → "Hibbard" (the cue's words); "May 1" a date; "COVID-19" a name.
    ("O07", "five tips", 0, "safety_tips", "tips", 5, 5, "exact", "gym safety", None, "none", False, False),
    ("O07", "25% capacity", 0, "gym_capacity_limit", "percent of capacity", 25, 25, "exact",
     "Anytime Fitness, Ardmore, Oklahoma", "Hibbard", "person", False, False),
    ("O07", "15 feet away", 0, "distance", "feet", 15, 15, "exact", "Anytime Fitness, Ardmore, Oklahoma", "Hibbard",
     "person", False, False),
    # O08 (George Will): "Severloh believed that he killed hundreds of GIs" (a toll, vague 200/null, core as
    # dev29/'s historical toll; "believed" hedges, as dev11/'s "believes"; → "Severloh"); "five-foot
    # embankment" a measurement (dev25/'s "six-foot-five"); "only four perilously free countries" inside Garton
    # Ash's quotation; "1944", "In 1942" years; "Twenty years … later", "Twenty years after that", "for the first
    # time in 2,500 years" durations.
    ("O08", "killed hundreds of GIs", 0, "killed", "GIs", 200, None, "vague", "D-Day landing at Omaha Beach",
     "Severloh", "person", True, True),
    ("O08", "five-foot embankment", 0, "embankment_height", "feet", 5, 5, "exact", "Omaha Beach", None, "none",
     False, False),
    ("O08", "only four perilously free countries", 0, "free_countries", "countries", 4, 4, "exact",
     "Europe in 1942", GARTON_ASH, "person", False, False),
    # O09 (Daily Beast): no numeric claim ("the spring of 1929" a date; "exactly zilch", "absolutely nada" are
    # slang, not numerals).
    # O10 (Defense One): "three Texas men were arrested" (arrests `arrested`, core; "allegedly" softens the firing,
    # not the arrest, as dev14/'s t13: not hedged); "In March", "That same month", "in October" dates.
    ("O10", "three Texas men were arrested", 0, "arrested", "Texas men", 3, 3, "exact",
     "Gainesville shooting after Richard Spencer event", None, "none", False, True),
    # O11 (Daily Mail): the headline's "more than $100" (none); "Some riders claimed that surge pricing … that
    # typically costs $20 to $30 quadrupled" → "Some riders" (vague), the multiplier exact 4; "the mayhem that
    # left a woman dead and seven others injured": the relative clause is the writer's identification of the
    # shooting (none, as dev13/'s "that left 17 dead"), "a woman" no numeral, "seven others injured" `wounded`,
    # core; "Cops arrested one suspect" `arrested`, core (the cops the actor); "two gunmen who are alleged to
    # have been involved" (not core; "alleged" softens their involvement, not the count, as dev14/'s t13: not
    # hedged); "as high as $100" upper_bound; each rider's charge → the rider (tweeted); the unnamed Twitter
    # user's fares → anonymous (as dev15/'s u20); "Wednesday" a date, "pulkit2911" a handle.
    ("O11", "more than $100", 0, "ride_price", "dollars", 100, None, "lower_bound", SEATTLE, None, "none", False,
     False),
    ("O11", "$20 to $30", 0, "ride_price_typical", "dollars", 20, 30, "range", SEATTLE, "Some riders", "vague", False,
     False),
    ("O11", "quadrupled", 0, "surge_price_multiplier", "times", 4, 4, "exact", SEATTLE, "Some riders", "vague", False,
     False),
    ("O11", "seven others injured", 0, "wounded", "others", 7, 7, "exact", SEATTLE_SHOOTING, None, "none", False,
     True),
    ("O11", "arrested one suspect", 0, "arrested", "suspect", 1, 1, "exact", SEATTLE_SHOOTING, None, "none", False,
     True),
    ("O11", "two gunmen", 0, "suspects_sought", "gunmen", 2, 2, "exact", SEATTLE_SHOOTING, None, "none", False,
     False),
    ("O11", "as high as $100", 0, "ride_price", "dollars", None, 100, "upper_bound", SEATTLE, None, "none", False,
     False),
    ("O11", "$122 charge", 0, "ride_price", "dollars", 122, 122, "exact", SEATTLE, "Rider Heather Szum", "person",
     False, False),
    ("O11", "more than $126", 0, "ride_price", "dollars", 126, None, "lower_bound", SEATTLE,
     "Another rider, Lisa Wilkins", "person", False, False),
    ("O11", "$25 to $35 ride", 0, "ride_price_usual", "dollars", 25, 35, "range", SEATTLE, PULKIT, "anonymous", False,
     False),
    ("O11", "$149.23", 0, "ride_price", "dollars", 149.23, 149.23, "exact", SEATTLE, PULKIT, "anonymous", False,
     False),
    # O12 (Democracy Now, a transcript with speaker labels in capitals): each line's figures to its labelled
    # speaker (dev21/'s a08); "killed over 200 people in Mosul" and "some 1,400 Syrians died" core tolls; "one
    # child is dying every single 10 minutes" a rate (a count of one per ten minutes, as dev32/'s "one employee
    # per 300 square feet"; not core); "for years", "2013", "four years ago" dates and durations; "the first
    # chemical weapons attack", "that first chemical attack" ordinals.
    ("O12", "killed over 200 people", 0, "killed", "people", 200, None, "lower_bound", "U.S. strikes in Mosul",
     BENJAMIN, "person", False, True),
    ("O12", "one child is dying every single 10 minutes", 0, "child_death_rate", "child", 1, 1, "exact",
     "Yemen humanitarian crisis", BENJAMIN, "person", False, False),
    ("O12", "some 1,400 Syrians died", 0, "killed", "Syrians", 1400, 1400, "approx",
     "2013 chemical weapons attack in Syria", "AMY GOODMAN", "person", False, True),
    # O13 (GreenMedInfo): Taiwan's cases and deaths (core) and the repeated "their 400 cases" (a repeated mention,
    # its own claim); "only 80 miles" a distance; "over 400,000 of its 24 million citizens" two claims (the
    # 400,000 and the population); no cue (none); "the second most COVID-19 cases" an ordinal (JHU's prediction
    # holds no number); "as of mid-April" a date.
    ("O13", "only 80 miles", 0, "distance", "miles", 80, 80, "exact", "Taiwan's distance from China", None, "none",
     False, False),
    ("O13", "over 400,000 of its 24 million citizens", 0, "citizens_working_in_china", "citizens", 400000, None,
     "lower_bound", "Taiwan", None, "none", False, False),
    ("O13", "24 million citizens", 0, "population", "citizens", 24_000_000, 24_000_000, "exact", "Taiwan", None,
     "none", False, False),
    ("O13", "400 cases of COVID-19", 0, "cases", "cases", 400, 400, "exact", TAIWAN, None, "none", False, True),
    ("O13", "only 6 deaths", 0, "killed", "deaths", 6, 6, "exact", TAIWAN, None, "none", False, True),
    ("O13", "their 400 cases", 0, "cases", "cases", 400, 400, "exact", TAIWAN, None, "none", False, True),
    # O14 (Los Angeles Daily News): "eight soldiers" aboard Sachs's glider (`deployed`, core: a count of troops
    # sent into the invasion); "cost thousands of lives" (vague 2,000/null, `killed`, core); "105-year-old" an
    # age; "June 6, 1944" a date; "82nd Airborne Division", "World War II" names.
    ("O14", "eight soldiers", 0, "deployed", "soldiers", 8, 8, "exact", "Sam Sachs's D-Day glider", None, "none",
     False, True),
    ("O14", "cost thousands of lives", 0, "killed", "lives", 2000, None, "vague", DDAY, None, "none", False, True),
    # O15 (USA Today): no numeric claim ("one thing to lose" an idiom's determiner; "a number of studies" no
    # numeral; "COVID-19", "SARS-CoV-2" names).
    # O16 (New York Magazine): the colon headline "Study: … Will Leave Millions More Uninsured" → "Study"
    # (document, as dev41/'s colon headline); the block quote's figures "according to Urban Institute research
    # released Monday" (document); "the study predicts premiums … will rise 18 percent" → "the study"; all
    # projections ("will", "predicts"): hedged; not core; "Come 2019" a date.
    ("O16", "Millions More Uninsured", 0, "uninsured_increase", "uninsured", 2_000_000, None, "vague", OBAMACARE,
     "Study", "document", True, False),
    ("O16", "nearly 5 million", 0, "uninsured_increase", "people without health insurance", None, 5_000_000,
     "upper_bound", OBAMACARE, URBAN, "document", True, False),
    ("O16", "millions more will enroll", 0, "short_term_plan_enrollment", "people", 2_000_000, None, "vague",
     OBAMACARE, URBAN, "document", True, False),
    ("O16", "rise 18 percent", 0, "premium_increase", "percent", 18, 18, "exact", OBAMACARE, "the study",
     "document", True, False),
    # O17 (The Nation): "around 80 players" on the call (none; not core); "1968" (twice) years; "one thing" a
    # determiner in Jackson's unmarked post.
    ("O17", "around 80 players", 0, "conference_call_participants", "players", 80, 80, "approx",
     "NBA players' conference call", None, "none", False, False),
    # O18 (ProPublica): "taking $10,000 as part of his separation agreement" (the link line's "a lawsuit says" is
    # the sentence before: none); "She was 19 and he was 45" ages; "2014" a year; "One Professor" (the link line's
    # title) a determiner; "one of the lawsuit's plaintiffs" ("one of").
    ("O18", "$10,000", 0, "separation_payment", "dollars", 10000, 10000, "exact", "Gary Gang Xu's resignation", None,
     "none", False, False),
    # O19 (Rich Lowry): no numeric claim ("one of those instances", "no one else").
    # O20 (CNN - Editorial): no numeric claim ("May 2017" a date).
    # O21 (Big League Politics): the poll widget's answer "even with 26 million unemployed" (a national statistic,
    # not core; none); "H1B", "COVID-19" names.
    ("O21", "26 million unemployed", 0, "unemployed", "unemployed", 26_000_000, 26_000_000, "exact",
     "U.S. unemployment, 2020", None, "none", False, False),
    # O22 (InfoWars): the headline's "1 Out Of Every 4 Workers" (a fraction, as dev27/'s "one out of every seven";
    # none); "A staggering 40.3 percent … — two out of every five — …, a POLITICO review of Labor Department data
    # shows" → document for both (the fraction restates the percent, its own claim); "nearly a month ago" a
    # duration; "In 2020", "Coming into 2020", "mid-March" dates; "one of the first states" ("one of").
    ("O22", "1 Out Of Every 4 Workers", 0, "unemployment_filing_share", "workers", ONE_QUARTER, ONE_QUARTER, "exact",
     "U.S. unemployment claims, 2020", None, "none", False, False),
    ("O22", "40.3 percent of the state’s workers", 0, "unemployment_filing_share", "percent of the state's workers",
     40.3, 40.3, "exact", GEORGIA, POLITICO_REVIEW, "document", False, False),
    ("O22", "two out of every five", 0, "unemployment_filing_share", "workers", TWO_FIFTHS, TWO_FIFTHS, "exact",
     GEORGIA, POLITICO_REVIEW, "document", False, False),
    # O23 (The Gateway Pundit): the headline's "5 Times a Day" (a frequency, a rate: not core); "After four
    # days", "Three days later" durations; "May 18" a date.
    ("O23", "5 Times a Day", 0, "call_to_prayer_frequency", "times", 5, 5, "exact", "Culver City mosque adhan", None,
     "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # O01: "the president told supporters" → "president" (the words naming him, as dev12/'s "President"; the
    # excerpt names Trump only inside the quotation).
    ("O01", "Every time a car plant opens in Michigan", 0, "president", "person"),
    # O02: Barclay; "said Bartholet of Harvard Law School" (the only name given); Gupta-Kagan's quotation, its
    # resumption after "said …" and the part reopened after "in which people …" → three entries; the nested
    # ‘needle in a haystack’ not its own entry.
    ("O02", "That’s a gaping hole in our knowledge", 0, "Andy Barclay", "person"),
    ("O02", "on keeping children, at some or great risk", 0, "Bartholet", "person"),
    ("O02", "There may be a ‘needle in a haystack’ problem", 0, GUPTA_KAGAN, "person"),
    ("O02", "The more reports (especially for low-level stuff)", 0, GUPTA_KAGAN, "person"),
    ("O02", "see calling CPS as likely to do nothing", 0, GUPTA_KAGAN, "person"),
    # O03: Richardson's quotation and its resumption → two entries.
    ("O03", "China should abandon this effort", 0, RICHARDSON, "person"),
    ("O03", "No government should invoke national security", 0, RICHARDSON, "person"),
    # O04: "our report declared" → "report" (document); “resistance.”, “diversity” one word; “path to
    # citizenship” a label (no verb of saying), “chain migration” a term, “Breaking the Immigration Stalemate.” a
    # title.
    ("O04", "Congress Should Eliminate Diversity Visas", 0, "report", "document"),
    # O05: "it said" (it = the premier health body, the ICMR), "found “a significant” relationship between “…”"
    # (two words after a verb of finding, then the clause), "It further said" → four entries, "ICMR".
    ("O05", "amongst healthcare workers involved in Covid-19 care", 0, ICMR, "organization"),
    ("O05", "a significant", 0, ICMR, "organization"),
    ("O05", "the number of doses taken and frequency", 0, ICMR, "organization"),
    ("O05", "the benefit was less pronounced", 0, ICMR, "organization"),
    # O06: Nagurka ("he said"); Farr's two quotations ("Farr said" between them); Lake's two.
    ("O06", "We’re seeing an incredible amount of resourcefulness", 0, "Jarrod Nagurka", "person"),
    ("O06", "We’re going to provide a solid bank", 0, FARR, "person"),
    ("O06", "We have to fill that gap", 0, FARR, "person"),
    ("O06", "Necessity does breed invention", 0, LAKE, "person"),
    ("O06", "We’re very eager to watch", 0, LAKE, "person"),
    # O07: Hibbard's quotation and its resumption.
    ("O07", "I added restrictions like a strong suggestion", 0, HIBBARD, "person"),
    ("O07", "I also added social distancing", 0, HIBBARD, "person"),
    # O08: the bumper sticker's “War is not the answer.” a slogan (not a quote); Garton Ash's quotation split by
    # "writes …" → two entries ("In 1942," its opening words).
    ("O08", "In 1942,", 0, GARTON_ASH, "person"),
    ("O08", "there were only four perilously free countries", 0, GARTON_ASH, "person"),
    # O09: “America’s Most Wanted” a label, “Shorty” a nickname, “Kingpin strategy” a name: no quotes.
    # O10: "he reportedly discussed plans for “an attack on non-whites.”" → "South Carolina man" (a short
    # quotation of his words after a verb of speaking).
    ("O10", "an attack on non-whites", 0, "South Carolina man", "person"),
    # O11: Szum's post, opened and never closed (scrape), "she wrote" → an entry; "Shame on you lyft,' he told the
    # company" has lost its opening mark: no entry (as dev21/'s unopened quotation).
    ("O11", "Lovely @lyft. So much for getting away", 0, "Heather Szum", "person"),
    # O12: the four tweets (in marks inside Goodman's transcript line) → "Trump" (the excerpt writes "President
    # Trump" only); the nested 'powder' not its own entry; the unmarked transcript lines are not quotes.
    ("O12", "What I am saying is stay out of Syria", 0, "Trump", "person"),
    ("O12", "If Obama attacks Syria and innocent civilians", 0, "Trump", "person"),
    ("O12", "Again, to our very foolish leader", 0, "Trump", "person"),
    ("O12", "President Obama, do not attack Syria", 0, "Trump", "person"),
    # O14: the headline's “best birthday party ever” → speaker null (nobody named); the sign's “We love you,
    # Sam!” → "handmade sign" (document, the cue's words without the determiner "one"); “Flying Coffin” a name.
    ("O14", "best birthday party ever", 0, None, "unknown"),
    ("O14", "We love you, Sam!", 0, "handmade sign", "document"),
    # O15: the headline's 'This will kill you' → "Neil Cavuto" (the body gives these words to him; another
    # annotator might write "People", the subject after the colon, as dev11/'s q20); Cavuto's two quotations; the
    # nested 'what have you got to lose?' not its own entry.
    ("O15", "This will kill you", 0, CAVUTO, "person"),
    ("O15", "The fact of the matter is though", 0, CAVUTO, "person"),
    ("O15", "I cannot stress enough", 0, CAVUTO, "person"),
    # O16: Verma; “short-term” a term; the Cohn block quote has no marks.
    ("O16", "We expect virtually no impact", 0, "Seema Verma", "person"),
    # O17: "said that he would be “willing to give up everything”" and "He also said, “…”" → "Irving" (the only
    # name); Stephen Jackson's Instagram post has no marks.
    ("O17", "willing to give up everything", 0, "Irving", "person"),
    ("O17", "I don’t support going into Orlando", 0, "Irving", "person"),
    # O18: "Xu told me" → "Gary Gang Xu" (the link line names him fullest).
    ("O18", "Chinese college students heard these stories", 0, "Gary Gang Xu", "person"),
    # O19: the writer's own words ("my contention that Trump “…”", "The way I put it in the column is …") →
    # speaker null (the excerpt never names the writer, as dev10/'s first-person columnist); "They note that
    # “…”" → "Jonah and Ramesh".
    ("O19", "usefully points the way", 0, None, "unknown"),
    ("O19", "Republicans have essentially no agenda this year", 0, "Jonah and Ramesh", "person"),
    ("O19", "a more fully thought-out and integrated conservative populism", 0, None, "unknown"),
    ("O19", "Trump is not seriously engaged enough", 0, None, "unknown"),
    # O20: "Trump said".
    ("O20", "I would love to do it. You know, again", 0, "Trump", "person"),
    # O21: the letter's opening line, no cue: speaker null (the excerpt never says whose letter; another
    # annotator might write the companies of the headline).
    ("O21", "The undersigned represent employers", 0, None, "unknown"),
    # O22: "that state also “now leads the country …”…" → speaker null (no cue; the block after it is
    # unmarked; another annotator might write POLITICO, named at the block's end as the review's author).
    ("O22", "now leads the country in terms of the proportion", 0, None, "unknown"),
    # O23: "the city’s police department … citing … “numerous loud noise complaints …”" → "Culver City Police
    # Department" (organization, named fullest in the next sentence); Sims's quotation and its resumption.
    ("O23", "numerous loud noise complaints from area residents", 0, "Culver City Police Department",
     "organization"),
    ("O23", "We have had and will continue to have", 0, SIMS, "person"),
    ("O23", "We are certainly happy to help", 0, SIMS, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
