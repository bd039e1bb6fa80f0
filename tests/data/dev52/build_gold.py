"""The fifty-second (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev52/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

HALF = 1 / 2  # fractions are written as fractions (as in dev3/), percentages as percents
ONE_FIFTH = 1 / 5

SUPREME_COURT = "Supreme Court life tenure"
KOCH = "Koch Industries donations to Democrats"
FEC = "the FEC records on OpenSecrets.org"
IMMIGRANT_BUSINESS = "immigrant-founded businesses in the U.S."
MEDICARE = "Medicare contributions and benefits"
CLIMATE = "climate change news interactions"
VACCINE_TRIAL = "Oxford coronavirus vaccine monkey trial"
NEVADA = "COVID-19 in Nevada"
NEVADA_TESTS = "COVID-19 testing in Nevada"
DC_GUARD = "troops in Washington, D.C., during the George Floyd protests"
GUARD_US = "National Guard civil unrest deployments"
US_COVID = "COVID-19 in the United States"
HARVEY = "Hurricane Harvey in Texas"
TEXAS_OFFICIALS = "Local officials in Texas"
RAIN = "U.S. single-storm rainfall record"
LADAKH = "India-China border clashes in Ladakh"
NH_POLL = "New Hampshire Democratic primary polling"
IOWA_POLL = "Iowa Democratic caucus polling"
RCP = "the latest Real Clear Politics polling average"
MONMOUTH = "The latest Monmouth University poll"
UK_DOCTORS = "doctors in Britain"
UK_HOSPITALS = "hospital-acquired COVID-19 in UK hospitals"
US_TESTING = "COVID-19 testing in the United States"
BIRD_FLU = "bird flu, 2003-2009"
SWINE_FLU = "swine flu in Britain, 2009"
GRAND_JURY = "New York grand juries"
FROZEN = "Frozen on Broadway"

TRUMP = "Trump"
GABE_ROTH = "Gabe Roth"
MOYO = "Yvette Moyo"
GOUNDER = "Céline Gounder"
MODLY = "Modly"
DEFENSE_OFFICIAL = "defense official"
PELOSI = "Pelosi"
SMITH = "N. Randy Smith"
MOORE = "Moore"
SCHUMACHER = "Schumacher"
SAFANI = "Safani"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # Y00 (John Fund): "the average life expectancy was 38" (a national statistic, not a person's age; another
    # annotator might call it an age) and "more than twice that" (a multiplier, lower_bound 2); "at least two
    # appointments" (the proposal's mechanism, "would" not a hedge). Not claims: "two generations" (a span of
    # time), "the past 50 years", "in 2015", "18-year term limits", "every two years" (durations, a year).
    ("Y00", "life expectancy was 38", 0, "life_expectancy", "years", 38, 38, "exact", SUPREME_COURT, None, "none",
     False, False),
    ("Y00", "more than twice that", 0, "life_expectancy_multiple", "life expectancy", 2, None, "lower_bound",
     "U.S. life expectancy today", None, "none", False, False),
    ("Y00", "at least two appointments", 0, "appointments_per_term", "appointments", 2, None, "lower_bound",
     "Fix the Court term-limit proposal", None, "none", False, False),
    # Y01 (IVN): both counts in the sentence the FEC records "show" → document; "only" not a bound (a count of
    # one is a claim). Not claims: "in 2016", "2018 midterms", "in 2008" (years), "(D-MN)".
    ("Y01", "one Democrat's campaign", 0, "democrats_funded", "Democrat's campaign", 1, 1, "exact", KOCH, FEC,
     "document", False, False),
    ("Y01", "13 Democrats", 0, "democrats_funded", "Democrats", 13, 13, "exact", KOCH, FEC, "document", False,
     False),
    # Y02 (Daily Chela): the 40 percent → the Partnership report (document); "millions of jobs", "$857 billion" and
    # "almost 4 million workers" have no cue in their sentences (none; "More precisely" does not name the report);
    # the $13.8 billion → the Health Affairs study; the $30.9 billion (next sentence, "By comparison") → none; "10
    # times more likely" (a multiplier) → the 2008 study. Not claims: "Fortune 500" (a name), "2008" (a year), "one
    # of the highest".
    ("Y02", "roughly 40 percent", 0, "fortune_500_immigrant_founded_share", "Fortune 500 businesses", 40, 40,
     "approx", IMMIGRANT_BUSINESS, "a report by Partnership for a New American Economy", "document", False,
     False),
    ("Y02", "millions of jobs", 0, "jobs_produced", "jobs", 2_000_000, None, "vague", IMMIGRANT_BUSINESS, None,
     "none", False, False),
    ("Y02", "$857 billion in goods", 0, "annual_sales", "dollars", 857_000_000_000, 857_000_000_000, "exact",
     IMMIGRANT_BUSINESS, None, "none", False, False),
    ("Y02", "almost 4 million workers", 0, "workers_employed", "workers", None, 4_000_000, "upper_bound",
     IMMIGRANT_BUSINESS, None, "none", False, False),
    ("Y02", "$13.8 billion more", 0, "medicare_net_contribution", "dollars", 13_800_000_000, 13_800_000_000,
     "exact", "undocumented immigrants' Medicare payments", "a study in the journal Health Affairs", "document",
     False, False),
    ("Y02", "$30.9 billion more", 0, "medicare_net_benefit", "dollars", 30_900_000_000, 30_900_000_000, "exact",
     "native-born residents' Medicare benefits", None, "none", False, False),
    ("Y02", "10 times more likely", 0, "incarceration_likelihood_multiple", "times", 10, 10, "exact",
     "incarceration of native-born vs foreign-born males in California",
     "a 2008 study by the Public Policy Institute of California", "document", False, False),
    # Y03 (Axios): the outlet's own figures → none; "Of the 50 biggest stories …, 27 centered on" two claims (N of
    # the M, the 50 new). Not claims: "the second-biggest two-week period", "No. 1 issue" (a rank), "the last two
    # weeks" (a duration), "16-year old" (an age).
    ("Y03", "5 million more interactions", 0, "interactions_difference", "interactions", 5_000_000, 5_000_000,
     "exact", CLIMATE, None, "none", False, False),
    ("Y03", "50 biggest stories", 0, "stories", "stories", 50, 50, "exact", CLIMATE, None, "none", False, False),
    ("Y03", "27 centered", 0, "stories_on_thunberg", "stories", 27, 27, "exact", CLIMATE, None, "none", False,
     False),
    # Y04 (NPR Editorial): no numeric claim ("MS-13" a name, "earlier this month" a date).
    # Y05 (Health Nut News): study animals (infected in a trial, `study_animals`, not core, as dev24/'s i07 and
    # dev30/'s o14); the three sub-counts in Haseltine's "said the trial led to …" → "Dr William Haseltine"; the
    # £90 million in a relative clause ("suggests … may not halt" governs the vaccine's effect, not the funding).
    # Not claims: "ChAdOx1 nCov-19" (an identifier), "first human clinical trial" (an ordinal), "last week",
    # "this year".
    ("Y05", "all six primates", 0, "study_animals", "primates", 6, 6, "exact", VACCINE_TRIAL, None, "none", False,
     False),
    ("Y05", "three that had been vaccinated", 0, "study_animals", "primates", 3, 3, "exact", VACCINE_TRIAL, None,
     "none", False, False),
    ("Y05", "three vaccinated primates", 0, "study_animals", "primates", 3, 3, "exact", VACCINE_TRIAL,
     "Dr William Haseltine", "person", False, False),
    ("Y05", "three non-vaccinated primates", 0, "study_animals", "primates", 3, 3, "exact", VACCINE_TRIAL,
     "Dr William Haseltine", "person", False, False),
    ("Y05", "£90 million", 0, "government_investment", "pounds", 90_000_000, 90_000_000, "exact",
     "Oxford coronavirus vaccine", None, "none", False, False),
    # Y06 (Chicago Sun-Times): no numeric claim ("N95" an identifier).
    # Y07 (USA Today): Nevada's tested positive (`infected`, as dev17/), new positive cases and deaths, core; the
    # 43 → the Reno Gazette Journal analysis (document: the cue closes the sentence); tests performed and the
    # positivity rate (8.5%, 8.6%, two claims) not core; "49 positive residents out of a total of 1,140 tested" a
    # claim of 49 (a repeated mention) and no claim of the 1,140 (a reference back to "just 1,140"). Not claims:
    # "on Monday", "nearly two months", "March 24", "several weeks", "the day before", "the first time", "May 2".
    ("Y07", "increased to 6,906", 0, "infected", "Nevadans who've tested positive", 6906, 6906, "exact", NEVADA,
     None, "none", False, True),
    ("Y07", "49 new positive cases", 0, "cases", "new positive cases", 49, 49, "exact", NEVADA, None, "none",
     False, True),
    ("Y07", "43 new cases", 0, "cases", "new cases", 43, 43, "exact", NEVADA,
     "a Reno Gazette Journal analysis of the numbers", "document", False, True),
    ("Y07", "just 1,140", 0, "tests_performed", "tests", 1140, 1140, "exact", NEVADA_TESTS, None, "none", False,
     False),
    ("Y07", "6,500 tests", 0, "tests_performed", "tests", 6500, 6500, "exact", NEVADA_TESTS, None, "none", False,
     False),
    ("Y07", "49 positive residents", 0, "cases", "positive residents", 49, 49, "exact", NEVADA, None, "none",
     False, True),
    ("Y07", "8.5%", 0, "test_positivity_rate", "percent", 8.5, 8.5, "exact", NEVADA_TESTS, None, "none", False,
     False),
    ("Y07", "8.6%", 0, "test_positivity_rate", "percent", 8.6, 8.6, "exact", NEVADA_TESTS, None, "none", False,
     False),
    ("Y07", "remains at 350", 0, "killed", "Nevadans who've died", 350, 350, "exact", NEVADA, None, "none", False,
     True),
    # Y08 (USA TODAY): troops and Guard members dispatched, on standby, activated, poured in → `deployed`, core;
    # "officials in 31 states had activated" (the officials are the actors, not a source: none); "31 states" not
    # core. Not claims: "By Friday morning", "For days", "the past week", "Hurricane Katrina".
    ("Y08", "about 200 troops", 0, "deployed", "troops", 200, 200, "approx", "Utah troops in Washington, D.C.",
     None, "none", False, True),
    ("Y08", "hundreds of additional troops", 0, "deployed", "troops", 200, None, "vague", DC_GUARD, None, "none",
     False, True),
    ("Y08", "31 states", 0, "states_activating_guard", "states", 31, 31, "exact", GUARD_US, None, "none", False,
     False),
    ("Y08", "30,000 National Guard members", 0, "deployed", "National Guard members", 30000, 30000, "exact",
     GUARD_US, None, "none", False, True),
    ("Y08", "Hundreds have poured", 0, "deployed", "National Guard members", 200, None, "vague", DC_GUARD, None,
     "none", False, True),
    ("Y08", "39,000 deployed", 0, "deployed", "National Guard members", 39000, 39000, "exact",
     "National Guard COVID-19 deployments", None, "none", False, True),
    # Y09 (Vox): "100,000 to 200,000 deaths" (the administration's projection, `projected_deaths`, range, hedged
    # as a projection, not core; no cue in the sentence). Not claims: "the 2014-’16 Ebola outbreak" (dates).
    ("Y09", "100,000 to 200,000 deaths", 0, "projected_deaths", "deaths", 100000, 200000, "range", US_COVID, None,
     "none", True, False),
    # Y10 (New York Times - News): the storm's dead → "Local officials in Texas" (anonymous, unnamed officials),
    # hedged ("were believed to have been caused"), the eight a day earlier under the same cue; rainfall
    # measurements (not core): the 51.88 inches → the National Weather Service ("reported"), the 48 and 52 inches
    # (next sentence, no cue) none ("could top" governs Harvey, not the Kauai record). Not claims: "60" (an age),
    # "midnight to 5 a.m." (times), "1978", "1950", "Sunday", "Tuesday".
    ("Y10", "at least 30 deaths", 0, "killed", "deaths", 30, None, "lower_bound", HARVEY, TEXAS_OFFICIALS,
     "anonymous", True, True),
    ("Y10", "up from eight", 0, "killed", "deaths", 8, 8, "exact", HARVEY, TEXAS_OFFICIALS, "anonymous", True,
     True),
    ("Y10", "51.88 inches", 0, "rainfall", "inches", 51.88, 51.88, "exact", "Hurricane Harvey rainfall, Cedar Bayou",
     "the National Weather Service", "organization", False, False),
    ("Y10", "48 inches", 0, "rainfall", "inches", 48, 48, "exact", RAIN, None, "none", False, False),
    ("Y10", "52 inches", 0, "rainfall", "inches", 52, 52, "exact", "Hurricane Hiki rainfall, Kauai, 1950", None,
     "none", False, False),
    # Y11 (The Daily Caller): China's "thousands of troops" moved to the border (`deployed`, vague, core; no cue);
    # "two skirmishes" (incidents, not core) and "more than 100 soldiers … injured" (`wounded`, core) → The
    # Guardian (the cue closes the sentence). Not claims: "several battalions" (no numeral), "April 2020", "May
    # 23, 2020", the tweet's handles.
    ("Y11", "thousands of troops", 0, "deployed", "troops", 2000, None, "vague", "China", None, "none", False,
     True),
    ("Y11", "two skirmishes", 0, "skirmishes", "skirmishes", 2, 2, "exact", LADAKH, "The Guardian", "organization",
     False, False),
    ("Y11", "more than 100 soldiers", 0, "wounded", "soldiers", 100, None, "lower_bound", LADAKH, "The Guardian",
     "organization", False, True),
    # Y12 (Daily Beast): poll shares (percent) → the polls named in their sentences (document); "just one point
    # away" a margin in points (exact 1); "Sanders comes in a distant fourth place at 13 percent" has no cue of its
    # own (none). Not claims: "eight days after" (a duration), "the first primary state", "fourth place".
    ("Y12", "19.7 percent", 0, "poll_share", "percent", 19.7, 19.7, "exact", NH_POLL, RCP, "document", False,
     False),
    ("Y12", "at 19 percent", 0, "poll_share", "percent", 19, 19, "exact", NH_POLL, RCP, "document", False, False),
    ("Y12", "22 percent of support", 0, "poll_share", "percent", 22, 22, "exact", IOWA_POLL, MONMOUTH, "document",
     False, False),
    ("Y12", "Biden’s 19 percent", 0, "poll_share", "percent", 19, 19, "exact", IOWA_POLL, MONMOUTH, "document",
     False, False),
    ("Y12", "one point away", 0, "poll_margin", "point", 1, 1, "exact", IOWA_POLL, MONMOUTH, "document", False,
     False),
    ("Y12", "Warren’s 18 percent", 0, "poll_share", "percent", 18, 18, "exact", IOWA_POLL, MONMOUTH, "document",
     False, False),
    ("Y12", "at 13 percent", 0, "poll_share", "percent", 13, 13, "exact", IOWA_POLL, None, "none", False, False),
    # Y13 (FrontPage Magazine): shares, not core; the headline "1 in 5 Patients" (a fraction, 0.2) none; "An
    # estimated 44 percent" approx, not hedged; "experts say it's still baffling that 93 percent …" → "experts"
    # (vague: the figure sits in their clause); "Up to a fifth of patients" → "NHS bosses" (anonymous, unnamed
    # officials of a body); "10%-20%" → "NHS England" (organization, "told … that it had found"). Not claims: "2."
    # (a list number), "Last year", "last week", "last month", "first estimate" (an ordinal).
    ("Y13", "1 in 5 Patients", 0, "hospital_acquired_infection_share", "patients", ONE_FIFTH, ONE_FIFTH, "exact",
     UK_HOSPITALS, None, "none", False, False),
    ("Y13", "An estimated 44 percent of doctors", 0, "ethnic_minority_share", "doctors", 44, 44, "approx",
     UK_DOCTORS, None, "none", False, False),
    ("Y13", "13 percent", 0, "ethnic_minority_share", "population", 13, 13, "exact", "population of Britain", None,
     "none", False, False),
    ("Y13", "more than half the new doctors", 0, "born_overseas_share", "new doctors", HALF, None, "lower_bound",
     UK_DOCTORS, None, "none", False, False),
    ("Y13", "93 percent of the doctors", 0, "ethnic_minority_share_of_dead", "doctors who have died", 93, 93,
     "exact", "UK doctors who died of COVID-19", "experts", "vague", False, False),
    ("Y13", "Up to a fifth of patients", 0, "hospital_acquired_infection_share", "patients", None, ONE_FIFTH,
     "upper_bound", UK_HOSPITALS, "NHS bosses", "anonymous", False, False),
    ("Y13", "10%-20% of people", 0, "hospital_acquired_infection_share", "people in hospital", 10, 20, "range",
     UK_HOSPITALS, "NHS England", "organization", False, False),
    # Y14 (Politico): inside Trump's quotation ("the president said"): "a million people" hedged (the "if"
    # counterfactual), "14 million people" (the tests done, the real figure set against it: not hedged; another
    # annotator might hedge both); tests, not core. Not claims: "the past month", "last week".
    ("Y14", "a million people", 0, "people_tested", "people", 1_000_000, 1_000_000, "exact", US_TESTING,
     "the president", "person", True, False),
    ("Y14", "14 million people", 0, "people_tested", "people", 14_000_000, 14_000_000, "exact", US_TESTING,
     "the president", "person", False, False),
    # Y15 (American Thinker): Ferguson's and the UK government's projections (`projected_deaths`, hedged by
    # "could", not core) and the outbreaks' real tolls (`killed`, core, no cue); the cull (animals, not core,
    # none). Not claims: "In 2005", "2003 and 2009", "In 2009", "In 2001" (years), "several years".
    ("Y15", "up to 200 million people", 0, "projected_deaths", "people", None, 200_000_000, "upper_bound",
     BIRD_FLU, "[Ferguson]", "person", True, False),
    ("Y15", "was 292", 0, "killed", "death toll", 292, 292, "exact", BIRD_FLU, None, "none", False, True),
    ("Y15", "around 65,000 people", 0, "projected_deaths", "people", 65000, 65000, "approx", SWINE_FLU,
     "the UK government", "organization", True, False),
    ("Y15", "just 457 people died", 0, "killed", "people", 457, 457, "exact", SWINE_FLU, None, "none", False,
     True),
    ("Y15", "six million sheep", 0, "animals_culled", "sheep, cattle and pigs", 6_000_000, 6_000_000, "exact",
     "foot-and-mouth disease in Britain, 2001", None, "none", False, False),
    # Y16 (Media Research Center): no numeral.
    # Y17 (Defense One): no numeric claim ("one defense official" a determiner).
    # Y18 (CNS News): no numeral.
    # Y19 (San Francisco Chronicle): no numeric claim ("in 2018" a year, "Ninth Circuit" a name).
    # Y20 (Ben Shapiro): no numeric claim ("On the one hand" an idiom).
    # Y21 (Business Insider): the grand jury's 23 citizens and "23 New Yorkers" (a repeated mention) each a claim,
    # none. Not claims: "within six days of arrest" (a duration).
    ("Y21", "23 citizens", 0, "grand_jury_size", "citizens", 23, 23, "exact", GRAND_JURY, None, "none", False,
     False),
    ("Y21", "23 New Yorkers", 0, "grand_jury_size", "New Yorkers", 23, 23, "exact", GRAND_JURY, None, "none", False,
     False),
    # Y22 (ABC News): the show's run, audience and gross, none (Schumacher's statement is two sentences before).
    # Not claims: "March 22, 2018", "March 11, 2020" (dates), "first permanent closure" (an ordinal), "nearly
    # two-year run" (a duration).
    ("Y22", "825 performances", 0, "performances", "performances", 825, 825, "exact", FROZEN, None, "none", False,
     False),
    ("Y22", "Over 1.3 million people", 0, "attendance", "people", 1_300_000, None, "lower_bound", FROZEN, None,
     "none", False, False),
    ("Y22", "over $150 million", 0, "gross", "dollars", 150_000_000, None, "lower_bound", FROZEN, None, "none",
     False, False),
    # Y23 (CNBC): "three tips" (the writer's own list, none). Not claims: "1." (a list number), "a number of
    # advantages" (no numeral).
    ("Y23", "three tips", 0, "tips", "tips", 3, 3, "exact", "virtual internships", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # Y00: "Life tenure “is undemocratic by nature,” Gabe Roth, …, told The Atlantic" and its resumption → two
    # entries; “sell by” a label.
    ("Y00", "is undemocratic by nature", 0, GABE_ROTH, "person"),
    ("Y00", "It sounds more like an oligarchy", 0, GABE_ROTH, "person"),
    # Y01: "pro growth" a two-word term modifying "federal policies": no quote.
    # Y04: the only name is "Trump"; seven entries ("chided", resumed, "prodded", "added", and the three short
    # quotations after "saying that they use …", "in order …", "and … "); "Animals!" and the headline's
    # 'Animals' one word.
    ("Y04", "I've never heard of this guy", 0, TRUMP, "person"),
    ("Y04", "He's an absolute tool of Chuck Schumer", 0, TRUMP, "person"),
    ("Y04", "What was the name?", 0, TRUMP, "person"),
    ("Y04", "They're not human beings", 0, TRUMP, "person"),
    ("Y04", "glaring loopholes in our immigration laws", 0, TRUMP, "person"),
    ("Y04", "to infiltrate our country", 0, TRUMP, "person"),
    ("Y04", "cut people up into little pieces", 0, TRUMP, "person"),
    # Y05: “some” one word. Y06: Moyo's quotation and its resumption → "Yvette Moyo"; “Kingfish” a name.
    ("Y06", "While we’re not doing entertainment", 0, MOYO, "person"),
    ("Y06", "They had a hustle lifestyle", 0, MOYO, "person"),
    # Y07: the headline's 'A new Vegas for the new reality' is the ad campaign's tagline (a slogan, no speaker
    # or verb of saying): no quote. Y08: “resolved”, “dominate” one word.
    # Y09: Gounder's quotation and its resumption; Konyndyk's "told me he “came away …”".
    ("Y09", "was not inevitable", 0, GOUNDER, "person"),
    ("Y09", "If we’d jumped into contract tracing", 0, GOUNDER, "person"),
    ("Y09", "came away from that experience", 0, "Jeremy Konyndyk", "person"),
    # Y10: Barnhart's quotation; "reports of “small-scale looting” …, Chief Art Acevedo said" (a short quotation in
    # a sentence of saying).
    ("Y10", "I expect that number to be significantly higher", 0, "Erin Barnhart", "person"),
    ("Y10", "small-scale looting", 0, "Art Acevedo", "person"),
    # Y11: “operational alert areas” (a term) and the headline's ‘Raging Border Dispute,’ (a label): no quotes; the
    # pasted tweet has no marks.
    # Y12: Murray's and McElwee's quotations.
    ("Y12", "If [Biden] drives people away from Sanders", 0, "Patrick Murray", "person"),
    ("Y12", "A stronger Bernie means a weaker Warren", 0, "Sean McElwee", "person"),
    # Y13: “epidemic” one word.
    # Y14: the colon headline ‘Badge of honor’: Trump now says … → "Trump" (his words, the colon's subject);
    # Trump's two quotations and their resumptions → four entries; the White House's boast → organization.
    ("Y14", "Badge of honor", 0, TRUMP, "person"),
    ("Y14", "When we have a lot of cases", 0, TRUMP, "person"),
    ("Y14", "I look at that in a certain respect", 0, TRUMP, "person"),
    ("Y14", "So, I view it as a badge of honor", 0, TRUMP, "person"),
    ("Y14", "It’s a great tribute to the testing", 0, TRUMP, "person"),
    ("Y14", "leads the world in testing", 0, "White House", "organization"),
    # Y15: 'reasonable worst-case scenario' the government's planning term; "an expert in veterinary epidemiology
    # said that modelling was "seriously flawed"" → "expert in veterinary epidemiology"; the Spectator block has
    # no marks.
    ("Y15", "seriously flawed", 0, "expert in veterinary epidemiology", "person"),
    # Y16: "complaining to … that “we have to point out …”" → "Acosta" (the only name given); the block after
    # "Acosta doubled down" has no marks.
    ("Y16", "we have to point out the obvious", 0, "Acosta", "person"),
    # Y17: the colon headline → "Current and Former Navy Officials" (person, unnamed); "“poor judgment” …, the
    # acting secretary said" → "Modly" (the acting secretary, named in the sentences before and after); Modly's
    # quotation; the defense official's two quotations and their resumptions → four entries; the nested ‘help was
    # on the way,’ ("the statement by SECNAV in the press brief") → "Modly" (its own entry, other people's words).
    ("Y17", "It Doesn’t Add Up To Me", 0, "Current and Former Navy Officials", "person"),
    ("Y17", "poor judgment", 0, MODLY, "person"),
    ("Y17", "It creates a panic", 0, MODLY, "person"),
    ("Y17", "Something else is going on", 0, DEFENSE_OFFICIAL, "person"),
    ("Y17", "help was on the way", 0, MODLY, "person"),
    ("Y17", "If that were true", 0, DEFENSE_OFFICIAL, "person"),
    ("Y17", "We all believe that the memo", 0, DEFENSE_OFFICIAL, "person"),
    ("Y17", "So, I am reluctant", 0, DEFENSE_OFFICIAL, "person"),
    # Y18: the headline "Pelosi: '…'" and the uncued opening quotation (the headline's words, then "Pelosi told
    # Kimmel") → "Pelosi"; "a defiance of the Constitution." (after "told … that Trump has"), "he just doesn't
    # love …" and "on a path to gain information" → "Pelosi"; 'Violations' and "ironclad" one word.
    ("Y18", "I Probably Have a Better Idea", 0, PELOSI, "person"),
    ("Y18", "So let me just say this immodestly", 0, PELOSI, "person"),
    ("Y18", "a defiance of the Constitution", 0, PELOSI, "person"),
    ("Y18", "He just doesn't love the Constitution", 0, PELOSI, "person"),
    ("Y18", "on a path to gain information", 0, PELOSI, "person"),
    # Y19: the majority's words "said Judges Richard Clifton and Michelle Friedland" → both (a two-person speaker,
    # as dev17/'s "Katyal and Geltzer"); Smith's two (the second is the Defense Department's determination as
    # quoted by Smith: "Smith said"); Ladin's.
    ("Y19", "makes it implausible that this need", 0, "Richard Clifton and Michelle Friedland", "person"),
    ("Y19", "needed to protect national security", 0, SMITH, "person"),
    ("Y19", "drug trafficking along our Southern border", 0, SMITH, "person"),
    ("Y19", "For the sake of our democracy", 0, "Dror Ladin", "person"),
    # Y20: Kelly's tweet ("he tweeted, "…"") → "Scott Kelly"; "red state", "blue state" labels.
    ("Y20", "I will go and educate myself", 0, "Scott Kelly", "person"),
    # Y21: Moore's two quotations ("Moore wrote", "he noted") → "Moore" (the only name given).
    ("Y21", "In an effort to conserve resources", 0, MOORE, "person"),
    ("Y21", "In the wake of the coronavirus pandemic", 0, MOORE, "person"),
    # Y22: Schumacher's statement, "Citing the "…"" and "announced in a statement that "…"" → two entries,
    # "Schumacher" (person: the statement is his); the nested 'Frozen,' and "Frozen" titles.
    ("Y22", "industry-wide shutdown and resulting economic fallout", 0, SCHUMACHER, "person"),
    ("Y22", "'Frozen,' like all shows", 0, SCHUMACHER, "person"),
    # Y23: Safani's three (the first in her paraphrased paragraph after "she says", then "Safani says" and its
    # resumption) → "Safani" (the only name given).
    ("Y23", "all of the same kind of visual representation", 0, SAFANI, "person"),
    ("Y23", "It creates a very even playing field", 0, SAFANI, "person"),
    ("Y23", "In some ways, it might help somebody", 0, SAFANI, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
