"""The forty-fifth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev45/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents

SALT = "House SALT deduction bill"
MISCONDUCT = "police misconduct records, USA TODAY project"
NEWSROOMS = "newsrooms"
MRC_2017 = "evening news coverage of the Trump presidency, 2017"
MRC = "MRC analysis of these same newscasts in 2015 and 2016"
IKEA = "IKEA UK stores reopening"
SWINE_FLU = "1976 swine flu vaccination campaign"
MIAMI = "Miami-Dade pedestrian bridge collapse"
MIAMI_POLICE = "Miami-Dade Police"
ZABALETA = "Alvaro Zabaleta"
WALMART = "Walmart"
HCQ = "hydroxychloroquine observational results"
UCLA = "COVID-19 case rates by ethnicity, California"
HRW = "Human Rights Watch"
CBS_REPORT = "Another recent CBS report"
DEPORT = "U.S. deportations during COVID-19"
PLATE = "Grabher personalized licence plate"
BUSH = "George W. Bush"
KATE = "Kate"
MEADOWS = "Meadows"
HAYES = "Hayes-Bautista"
SEKULOW = "Jay Sekulow"
BROOKS = "David Brooks"
ATTKISSON = "Attkisson"
MARIS = "David Maris"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # R00 (Roll Call): the bill's revenue drain (not hedged: a bill's cost, as dev15/'s "would cost"); the rate
    # "from 37 percent to 39.6 percent" two claims (dev11/'s "from 5 percent … to 29 percent"); "a mostly
    # party-line vote of 24-17" a vote split, left out (dev8/, dev26/); "about a dozen freshmen" approx 12; the
    # SALT deductions "above $15,000" lower_bound → the Tax Policy Center ("according to"); "2022", "2016", "the
    # 2018 midterms", "this month", "the coming decade" dates and durations.
    ("R00", "$184.5 billion drain in federal revenues", 0, "revenue_drain", "federal revenues", 184_500_000_000,
     184_500_000_000, "exact", SALT, None, "none", False, False),
    ("R00", "37 percent", 0, "top_marginal_tax_rate", "top marginal tax rate", 37, 37, "exact", SALT, None, "none",
     False, False),
    ("R00", "39.6 percent", 0, "top_marginal_tax_rate", "top marginal tax rate", 39.6, 39.6, "exact", SALT, None,
     "none", False, False),
    ("R00", "about a dozen freshmen", 0, "freshmen_campaigning_on_salt", "freshmen", 12, 12, "approx",
     "House Democratic freshmen", None, "none", False, False),
    ("R00", "above $15,000", 0, "average_salt_deduction", "average SALT deductions", 15000, None, "lower_bound",
     "constituents of freshmen Democrats, 2016", "the Urban-Brookings Tax Policy Center", "organization", False,
     False),
    # R01 (New Republic): "More than 100 newsrooms" none (USA TODAY coordinates the project, it is not cited for
    # the count); "Dozens of police agencies" inside the newsrooms' quotation ("they found": the pronoun's
    # referent, unnamed newsrooms → vague, as the seed's "news sources"); "at least 200,000 instances" and "more
    # than 30,000 officers" → "these reporters" (vague); "over a year", "2018 and 2019", "in 2014" durations and
    # years. Misconduct counts are not core.
    ("R01", "More than 100 newsrooms", 0, "newsrooms_in_project", "newsrooms", 100, None, "lower_bound",
     MISCONDUCT, None, "none", False, False),
    ("R01", "Dozens of police agencies", 0, "agencies_ignoring_requests", "police agencies", 24, None, "vague",
     MISCONDUCT, NEWSROOMS, "vague", False, False),
    ("R01", "at least 200,000 instances of alleged misconduct", 0, "misconduct_instances", "instances", 200000,
     None, "lower_bound", MISCONDUCT, "these reporters", "vague", False, False),
    ("R01", "more than 30,000 officers", 0, "officers_decertified", "officers", 30000, None, "lower_bound",
     MISCONDUCT, "these reporters", "vague", False, False),
    # R02 (CNS News): "renewing it three times" (a count of renewals, as dev14/'s "shot twice"); Meadows's "100
    # percent confident" (a degree of certainty, `certainty`, as dev18/'s "100%" certain); "the very first FISA
    # warrant" an ordinal; "number of those" no numeral.
    ("R02", "renewing it three times", 0, "warrant_renewals", "times", 3, 3, "exact", "FISA warrant on Carter Page",
     None, "none", False, False),
    ("R02", "100 percent confident", 0, "certainty", "percent", 100, 100, "exact", "Carter Page information a ruse",
     MEADOWS, "person", False, False),
    # R03 (Media Research Center): the outlet's own study: the first and third paragraphs' figures → none (the
    # writer's own figures; "our analysts catalogued" names the actors, not a cited source); the second paragraph's
    # → "MRC analysis of these same newscasts in 2015 and 2016" (document). "439 Shares" a share-counter widget;
    # "the three evening newscasts" a reference count (the three networks' newscasts, as dev26/'s "the three
    # cases"); "99 hours, 3 minutes of airtime" airtime, a duration (dev5/, dev9/, dev33/); "one out of every three
    # minutes" a fraction 1/3 (dev27/); "less than one-third" upper_bound; "(617)", "5,266", "(90%)" each a claim;
    # "first year in office" an ordinal; "2017", "2015 and 2016", "January 20", "December 31" dates.
    ("R03", "3,430 stories", 0, "stories_aired", "stories", 3430, 3430, "exact", MRC_2017, None, "none", False,
     False),
    ("R03", "approximately 34 percent of all evening news airtime", 0, "airtime_share", "evening news airtime", 34,
     34, "approx", MRC_2017, None, "none", False, False),
    ("R03", "one out of every three minutes", 0, "airtime_share", "minutes", ONE_THIRD, ONE_THIRD, "exact",
     MRC_2017, None, "none", False, False),
    ("R03", "approximately ten percent of overall evening news coverage", 0, "airtime_share",
     "evening news coverage", 10, 10, "approx", "evening news coverage of Obama, 2015-2016", MRC, "document", False,
     False),
    ("R03", "less than one-third the level", 0, "coverage_ratio", "level", None, ONE_THIRD, "upper_bound",
     "evening news coverage of Obama, 2015-2016", MRC, "document", False, False),
    ("R03", "5,883 evaluative statements", 0, "evaluative_statements", "evaluative statements", 5883, 5883,
     "exact", MRC_2017, None, "none", False, False),
    ("R03", "about 10 percent of those comments", 0, "positive_share", "comments", 10, 10, "approx", MRC_2017, None,
     "none", False, False),
    ("R03", "617", 0, "positive_statements", "comments", 617, 617, "exact", MRC_2017, None, "none", False, False),
    ("R03", "5,266", 0, "negative_statements", "comments", 5266, 5266, "exact", MRC_2017, None, "none", False,
     False),
    ("R03", "90%", 0, "negative_share", "comments", 90, 90, "exact", MRC_2017, None, "none", False, False),
    # R04 (Mediaite): pasted tweets only; "April 6, 2020" dates, "NY-12" a name. No numeric claim.
    # R05 (The Atlantic): "3,000 miles" a distance (dev14/, dev26/) and "three time zones" (a count of zones,
    # another measure of the same distance; call: another annotator might call it a time difference, like a
    # duration); "20-Year-Old" an age, "11 a.m." a time, "for going on two months" a duration, "you three" a
    # pronoun with a numeral (the family, a reference count), "one of the hardest things", "the one who's" not.
    ("R05", "3,000 miles", 0, "distance", "miles", 3000, 3000, "exact", "Kate's distance from her teachers", None,
     "none", False, False),
    ("R05", "three time zones", 0, "time_zones_away", "time zones", 3, 3, "exact",
     "Kate's distance from her teachers", None, "none", False, False),
    # R06 (InfoWars): "19 of its stores" → "The Swedish furniture giant" (announced; a plan, not hedged); the
    # household limit "only one adult and one child per household" two claims (limits are claims, dev5/; counts
    # of one are claims, dev20/; exact as worded, "only" an emphasis, dev26/), none (no cue in their sentence);
    # "June 1st" a date; "one-way system" a name.
    ("R06", "19 of its stores", 0, "stores_reopening", "stores", 19, 19, "exact", IKEA,
     "The Swedish furniture giant", "organization", False, False),
    ("R06", "only one adult", 0, "household_limit_adults", "adult", 1, 1, "exact", IKEA, None, "none", False,
     False),
    ("R06", "one child per household", 0, "household_limit_children", "child", 1, 1, "exact", IKEA, None, "none",
     False, False),
    # R07 (Humans Are Free): the colon headline's figure → "Bill Gates" (the subject before the colon, dev39/);
    # hedged ("Will be", a projection), not core (a projection, a mixed measure); "some 45 million people"
    # approx; "one in 100,000 vaccinated individuals" a fraction 1/100,000 (dev35/'s "1 in 100"); "another 53
    # died" the campaign's toll (a historical toll, core, as dev29/'s B11 and dev14/'s t08); "’70s" a decade,
    # "10 weeks" a duration, "no cases" no numeral.
    ("R07", "700,000 People Will be Harmed or Killed", 0, "harmed_or_killed", "People", 700000, 700000, "exact",
     "coronavirus vaccines", "Bill Gates", "person", True, False),
    ("R07", "some 45 million people", 0, "vaccinated", "people", 45_000_000, 45_000_000, "approx", SWINE_FLU, None,
     "none", False, False),
    ("R07", "one in 100,000 vaccinated individuals", 0, "side_effect_share", "vaccinated individuals", 0.00001,
     0.00001, "exact", SWINE_FLU, None, "none", False, False),
    ("R07", "another 53 died", 0, "killed", "people", 53, 53, "exact", SWINE_FLU, None, "none", False, True),
    # R08 (CNN (Web News)): the world's infections (core, `infected`, as dev31/); "2020 Olympics", "Euro 2020"
    # names; "2021", "this year", "next year" dates; the video widget's "03:11" a duration.
    ("R08", "infected more than 381,000 people", 0, "infected", "people", 381000, None, "lower_bound",
     "COVID-19 worldwide", None, "none", False, True),
    # R09 (Yahoo! The 360): "potentially millions of deaths" (a hypothetical toll: hedged, "potentially"; not
    # core); "the estimated 40 million Americans" approx ("an estimated N" not hedged), a national statistic (not
    # core); "the next few months" a duration.
    ("R09", "potentially millions of deaths", 0, "projected_deaths", "deaths", 2_000_000, None, "vague",
     "COVID-19 worldwide", None, "none", True, False),
    ("R09", "estimated 40 million Americans", 0, "anxiety_disorder_prevalence", "Americans", 40_000_000,
     40_000_000, "approx", "Americans with anxiety disorders", None, "none", False, False),
    # R10 (NPR Online News): the bridge collapse's toll: the headline's 6 (none), "the six people who were found
    # dead" and "10 others were transported to area hospitals" (`wounded`, the injured taken to hospital, as
    # dev11/'s "one demonstrator hospitalized"; another annotator might write `hospitalized`) → Miami-Dade Police
    # (the sentence's cue); "four bodies" → "authorities" (anonymous, dev9/, dev33/); "two more people" →
    # Zabaleta; all core. "some 950 tons" approx (a weight, not core). "Thursday", "Friday" dates.
    ("R10", "Death Toll Rises To 6", 0, "killed", "deaths", 6, 6, "exact", MIAMI, None, "none", False, True),
    ("R10", "six people who were found dead", 0, "killed", "people", 6, 6, "exact", MIAMI, MIAMI_POLICE,
     "organization", False, True),
    ("R10", "10 others were transported to area hospitals", 0, "wounded", "others", 10, 10, "exact", MIAMI,
     MIAMI_POLICE, "organization", False, True),
    ("R10", "some 950 tons", 0, "bridge_weight", "tons", 950, 950, "approx", MIAMI, None, "none", False, False),
    ("R10", "four bodies had been recovered", 0, "killed", "bodies", 4, 4, "exact", MIAMI, "authorities",
     "anonymous", False, True),
    ("R10", "remains of two more people", 0, "killed", "people", 2, 2, "exact", MIAMI,
     "Miami Dade Police spokesman Alvaro Zabaleta", "person", False, True),
    # R11 (Vox): "thousands of Native Americans dying along the Trail of Tears" (a historical toll, core, vague
    # 2000/null, none; the "is alleged to have said" hedges Jackson's words, not the toll); "not a word of it"
    # no count.
    ("R11", "thousands of Native Americans dying", 0, "killed", "Native Americans", 2000, None, "vague",
     "Trail of Tears", None, "none", False, True),
    # R12 (BET): the three officers murdered in June 2004 (core, `killed`); "Woods, 43" an age; "9:01 p.m.",
    # "6:00pm" times; "June 2004", "Thursday" dates; "the past week" a duration.
    ("R12", "murders of three Birmingham, Alabama police officers", 0, "killed", "police officers", 3, 3, "exact",
     "2004 murders of Birmingham police officers", None, "none", False, True),
    # R13 (The Washington Post): the Walmart employees' deaths → United for Respect (core); the bonuses ("It has
    # also announced": the pronoun's referent Walmart, named in the sentence before) and "nearly $900 million"
    # ("It said") → Walmart (organization); "two rounds of bonuses" a claim; "$3.3 billion for Jet.com" none;
    # "since March", "Tuesday", "in 2016" dates.
    ("R13", "At least 22 Walmart employees have died", 0, "killed", "Walmart employees", 22, None, "lower_bound",
     "COVID-19 deaths of Walmart employees", "labor advocacy group United for Respect", "organization", False,
     True),
    ("R13", "two rounds of bonuses", 0, "bonus_rounds", "rounds", 2, 2, "exact", "Walmart pandemic bonuses",
     WALMART, "organization", False, False),
    ("R13", "$150 for part-time workers", 0, "bonus_amount", "dollars", 150, 150, "exact",
     "Walmart pandemic bonuses", WALMART, "organization", False, False),
    ("R13", "$300 for full-timers", 0, "bonus_amount", "dollars", 300, 300, "exact", "Walmart pandemic bonuses",
     WALMART, "organization", False, False),
    ("R13", "nearly $900 million", 0, "covid_costs", "dollars", None, 900_000_000, "upper_bound",
     "Walmart pandemic bonuses and costs", WALMART, "organization", False, False),
    ("R13", "$3.3 billion for Jet.com", 0, "acquisition_price", "dollars", 3_300_000_000, 3_300_000_000, "exact",
     "Walmart purchase of Jet.com", None, "none", False, False),
    # R14 (Heartland Institute): the observational results have no cue in their sentence ("AAPS is compiling …"
    # closes the sentence before: none, sentence-local); "2,137 or 91.6 percent" two claims; "63 deaths" and "all
    # but 11" (the count of the rest, dev20/'s "all but one") a study sample's outcome (not core, dev24/); "at
    # least eight times higher" a multiplier → "Apr 27 data" (document); the flattened table's cells ("India
    # 27,890 881 0.6 …") not annotated (dev3/, dev5/, dev31/); "Apr 27" a date.
    ("R14", "Of 2,333 patients", 0, "patients_treated", "patients", 2333, 2333, "exact", HCQ, None, "none", False,
     False),
    ("R14", "2,137", 0, "patients_improved", "patients", 2137, 2137, "exact", HCQ, None, "none", False, False),
    ("R14", "91.6 percent improved", 0, "improved_share", "patients", 91.6, 91.6, "exact", HCQ, None, "none",
     False, False),
    ("R14", "63 deaths", 0, "deaths_in_treated_patients", "deaths", 63, 63, "exact", HCQ, None, "none", False,
     False),
    ("R14", "all but 11", 0, "deaths_outside_va_report", "deaths", 11, 11, "exact", HCQ, None, "none", False,
     False),
    ("R14", "at least eight times higher", 0, "death_rate_ratio", "times", 8, None, "lower_bound",
     "U.S. COVID-19 death rates versus early-HCQ countries", "Apr 27 data", "document", False, False),
    # R15 (Los Angeles Daily News): case rates per 100,000 (rates, not core), none (Hayes-Bautista speaks in the
    # later paragraphs); "nearly 300" upper_bound; "0-17 age group", "18-34 age group" ages.
    ("R15", "31.8 per 100,000 people", 0, "case_rate", "cases", 31.8, 31.8, "exact", UCLA + ", Latinos 0-17", None,
     "none", False, False),
    ("R15", "8.6 cases", 0, "case_rate", "cases", 8.6, 8.6, "exact", UCLA + ", whites 0-17", None, "none", False,
     False),
    ("R15", "nearly 300 cases per 100,000", 0, "case_rate", "cases", None, 300, "upper_bound",
     UCLA + ", Pacific Islanders 18-34", None, "none", False, False),
    ("R15", "72.9", 0, "case_rate", "cases", 72.9, 72.9, "exact", UCLA + ", whites 18-34", None, "none", False,
     False),
    # R16 (Deseret News): the withheld aid, none; "Monday’s first presidential primary" an ordinal.
    ("R16", "$391 million in military aid", 0, "military_aid_withheld", "military aid", 391_000_000, 391_000_000,
     "exact", "U.S. military aid to Ukraine", None, "none", False, False),
    # R17 (Daily Chela): "232 deportation flights" inside HRW's quotation ("According to HRW") → organization;
    # "nearly 21,000 removals" and "899 expulsions" inside the CBS report's quotation → document; deportations
    # are not core; "as young as 10" an age; "between February 3 and April 24, 2020", "March and April" dates.
    ("R17", "232 deportation flights", 0, "deportation_flights", "deportation flights", 232, 232, "exact", DEPORT,
     "HRW", "organization", False, False),
    ("R17", "nearly 21,000 removals", 0, "removals", "removals", None, 21000, "upper_bound", DEPORT, CBS_REPORT,
     "document", False, False),
    ("R17", "899 expulsions of unaccompanied children", 0, "expulsions", "expulsions", 899, 899, "exact", DEPORT,
     CBS_REPORT, "document", False, False),
    # R18 (The Post Millennial): the court's limit "up to seven letters or numbers" inside its quotation → "The
    # court" (organization; a limit, upper_bound); Jamieson's "seven-letter" plate (a compound count, dev19/) →
    # "Justice Jamieson" (person); "the past three years" a duration.
    ("R18", "up to seven letters or numbers", 0, "plate_character_limit", "letters or numbers", None, 7,
     "upper_bound", PLATE, "The court", "organization", False, False),
    ("R18", "seven-letter", 0, "plate_letters", "letters", 7, 7, "exact", PLATE, "Justice Jamieson", "person",
     False, False),
    # R19 (IVN): "millions have stayed" inside Bush's quotation → "Bush" (vague 2,000,000/null); the "5-point
    # plan" a count (dev10/'s "12-point plan"), none; "For decades" a duration; "2006" (twice) years.
    ("R19", "millions have stayed", 0, "illegal_immigrants_stayed", "illegal immigrants", 2_000_000, None, "vague",
     "illegal immigration to the U.S.", "Bush", "person", False, False),
    ("R19", "5-point plan", 0, "plan_points", "points", 5, 5, "exact", "Bush immigration plan", None, "none", False,
     False),
    # R20 (Jonah Goldberg): no numeric claim: the headline's "Two Minority Parties" a reference count (the two
    # parties, as dev/'s "the two chambers"; another annotator might count 2); Brooks's "two moons and no sun" a
    # metaphor (an idiom, dev24/); "in 2011", "Nearly a decade later", "the past 40 years" dates and durations;
    # "one of them", "One of the main arguments" not.
    # R21 (Health Impact News): the headline's "7 Billion Doses" and "Population of 7 Billion" (a question
    # headline without a hedge cue, not hedged, dev12/); "(May, 2020)" a date; "CBRN", "MCMs", "EUA" no numeral.
    ("R21", "7 Billion Doses", 0, "vaccine_doses", "Doses", 7_000_000_000, 7_000_000_000, "exact",
     "COVID-19 vaccine", None, "none", False, False),
    ("R21", "Population of 7 Billion", 0, "world_population", "Population", 7_000_000_000, 7_000_000_000, "exact",
     "world population", None, "none", False, False),
    # R22 (Geller Report News): "A three-judge panel" (a count, dev11/'s "three-judge panel"), none; "2011-14",
    # "2012", "last year", "January", "this week" dates; "one of the first victims", "one of the first people"
    # "one of"; "many, many others" no numeral.
    ("R22", "three-judge panel", 0, "judges_on_panel", "judges", 3, 3, "exact", "Attkisson surveillance lawsuit",
     None, "none", False, False),
    # R23 (Drudge Report): "up to $483 million" (upper_bound), none; "Monday’s announcement", "hours after"
    # times.
    ("R23", "up to $483 million", 0, "government_funding", "dollars", None, 483_000_000, "upper_bound",
     "Moderna vaccine deal with the U.S. government", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # R01: the project's findings after "they found" (the pronoun's referent, the unnamed newsrooms) and the next
    # quotation without a new cue → two entries, "newsrooms" (another annotator might write "USA TODAY").
    ("R01", "Dozens of police agencies ignored", 0, NEWSROOMS, "organization"),
    ("R01", "Other agencies denied requests", 0, NEWSROOMS, "organization"),
    # R02: the opening quotation has no cue and the excerpt does not say whose it is → speaker null (another
    # annotator might write "Meadows", the next named speaker); Meadows's quotation and the uncued next paragraph.
    ("R02", "And I can tell you, I've seen some unclassified", 0, None, "unknown"),
    ("R02", "I am 100 percent confident", 0, MEADOWS, "person"),
    ("R02", "And so when we look at that", 0, MEADOWS, "person"),
    # R04: the headline's ‘You Are a Fraud’ after the colon → speaker null (a headline quotation naming nobody,
    # dev41/); ‘Hypocritical Defense’ a two-word headline label; “believe some women” inside Dan Ozzi's pasted
    # tweet, signed "– alyssa milano" → "Alyssa Milano" (a quotation with marks inside a pasted tweet, its speaker
    # named by the dash; call: a mock version of her position, another annotator might leave it out); “balance”
    # one word; the pasted tweets themselves have no marks.
    ("R04", "You Are a Fraud", 0, None, "unknown"),
    ("R04", "believe some women", 0, "Alyssa Milano", "person"),
    # R05: the door sign's “Please knock/text.” a sign's notice (a label, no verb of saying): not a quote (another
    # annotator might give it to Kate); the narrator's question ("I asked") → speaker null (an unnamed first-person
    # narrator); Kate's answer ("she rejoined") and its resumption → two entries, "Kate".
    ("R05", "Do you miss your friends?", 0, None, "unknown"),
    ("R05", "What do you mean", 0, KATE, "person"),
    ("R05", "I think everyone misses human interaction", 0, KATE, "person"),
    # R06: the headline's “Social Distance Wardens” and the body's “social distance wardens” a term (also nested
    # in the Guardian's quotation); the Guardian's quotation ("reports the Guardian") → "Guardian".
    ("R06", "Other measures to ensure safer trading", 0, "Guardian", "organization"),
    # R07: “swine flu” a term; the commenter's joke → "Big League Politics commenter".
    ("R07", "The side effect of treason", 0, "Big League Politics commenter", "person"),
    # R10: Kemp's and Zabaleta's quotations, and Zabaleta's "he said" paragraph.
    ("R10", "We have multiple victims", 0, "Maurice Kemp", "person"),
    ("R10", "They're still working away", 0, ZABALETA, "person"),
    ("R10", "Engineers told us last night", 0, ZABALETA, "person"),
    # R11: the words "President Jackson is alleged to have said" → "Jackson" (the excerpt writes only "President
    # Jackson"; the hedge does not change who is presented as saying them).
    ("R11", "John Marshall has made his decision", 0, "Jackson", "person"),
    # R13: "The retail giant also announced … “due to the continued strength …”" → "Walmart" (organization).
    ("R13", "due to the continued strength of the Walmart brand", 0, WALMART, "organization"),
    # R14: "AAPS concludes that: “…”" → "AAPS".
    ("R14", "the safety of Hydroxychloroquine is well documented", 0, "AAPS", "organization"),
    # R15: Hayes-Bautista's quotation and its resumption; “live more densely,” under "Hayes-Bautista said" (a
    # three-word quotation under an attribution cue).
    ("R15", "They are the farm workers", 0, HAYES, "person"),
    ("R15", "They have a high rate of exposure", 0, HAYES, "person"),
    ("R15", "live more densely", 0, HAYES, "person"),
    # R16: Sekulow's quotation and its resumption; "to argue this was the “first totally partisan …”" → Sekulow.
    ("R16", "You are being asked to do this", 0, SEKULOW, "person"),
    ("R16", "The answer is elections, not impeachment", 0, SEKULOW, "person"),
    ("R16", "first totally partisan presidential impeachment", 0, SEKULOW, "person"),
    # R17: Gelernt's ("said in an interview with CBS that"), HRW's two ("stated that", "According to HRW"), the CBS
    # report's ("stated that") → "CBS report" (document).
    ("R17", "this is the most extreme of the Trump administration", 0, "Lee Gelernt", "person"),
    ("R17", "the United States government should immediately impose", 0, HRW, "organization"),
    ("R17", "U.S. Immigration and Customs Enforcement (ICE) carried out", 0, HRW, "organization"),
    ("R17", "nearly 21,000 removals were carried out", 0, "CBS report", "document"),
    # R18: the court's words ("claiming that he is … to “choose another …", the mark never closed) → "court"; “free”,
    # “GRABHER”, “freedom” one word; Jamieson's quotation ("As Justice Jamieson explained it:") → "Jamieson"
    # (title dropped); "For a court to say “no worries, …”" a hypothetical quotation: not a quote.
    ("R18", "choose another personalized plate", 0, "court", "organization"),
    ("R18", "He is not denied access to personalized plates", 0, "Jamieson", "person"),
    # R19: Bush's opening words and their resumption ("Bush started"), and his second quotation ("Bush said");
    # the signature line "~ George W. Bush, Immigration Reform Speech 2006" is not a quote.
    ("R19", "For decades,", 0, BUSH, "person"),
    ("R19", "the United States has not been in complete control", 0, BUSH, "person"),
    ("R19", "The steps I'm taking will improve", 0, BUSH, "person"),
    # R20: Brooks's two quotations ("noted", "he wrote").
    ("R20", "something strange happened", 0, BROOKS, "person"),
    ("R20", "both parties have become minority parties", 0, BROOKS, "person"),
    # R21: “Emergency Use Authorization” a name; the quoted authority text “allows FDA to help strengthen …” has no
    # verb of saying and no cue in its sentence → speaker null (call: another annotator might credit "FDA
    # website", whose cue line "According to the FDA website:" follows over a lost block); Trump's ("the
    # president said") → "Trump"; Hahn "confirmed the authorization “was issued today.”" → "Stephen Hahn" (a short
    # quotation after a verb of saying).
    ("R21", "allows FDA to help strengthen", 0, None, "unknown"),
    ("R21", "I’m pleased to announce that Gilead", 0, "Trump", "person"),
    ("R21", "was issued today", 0, "Stephen Hahn", "person"),
    # R22: the headline's ‘Many, Many Others’ a three-word headline label (dev23/, dev43/): not a quote;
    # Attkisson's quotation and its reopening; “Fast and Furious” a name.
    ("R22", "I would say I may not be one of the first victims", 0, ATTKISSON, "person"),
    ("R22", "I believe many, many others were spied on", 0, ATTKISSON, "person"),
    # R23: Maris's quotation and its resumption; Afeyan's ("he said").
    ("R23", "You have these wild swings", 0, MARIS, "person"),
    ("R23", "It’s a crazy, speculative environment", 0, MARIS, "person"),
    ("R23", "It was based on our looking at the data", 0, "Noubar Afeyan", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
