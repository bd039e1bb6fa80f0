"""The fortieth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev40/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

DEBT = "US federal debt"
UK_CLAIMS = "UK jobless claims, April 2020"
UK_FURLOUGH = "UK job retention scheme"
ANT_GROUP = "Facebook ant role-playing group"
MOSCOW = "COVID-19 deaths in Moscow, April 2020"
MOSCOW_HEALTH = "officials of the Moscow Department of Health"
MICHIGAN = "COVID-19 in Michigan"
NURSING = "US COVID-19 deaths in nursing homes"
PRISON = "COVID-19 at Truesdale Prison, Tennessee"
PRISON_STUDY = "A recent study at Truesdale Prison in Tennessee"
OLYMPICS = "U.S. Olympic team racial makeup"
WUHAN_STUDY = "cancer patients with COVID-19 in a Wuhan study"
RESEARCHERS = "researchers"
CBD = "cannabis against COVID-19"
IGOR = "Igor Kovalchuk"
KENNEDY = "Kennedy"
SMITH = "Jeffrey Smith"
REID = "Chip Reid"
VOTEVETS = "VoteVets"
SIMON = "William Simon"
ICL_STUDY = "Imperial College study"
CBD_RESEARCHERS = "researchers"
STUDY = "study"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # M00 (Scott Walker): the two shares of young people ("only 58 percent", "the other 42 percent": the complement,
    # stated as a figure of its own); "YAF's 50th anniversary" an ordinal; "1969", "early in 2021" dates; "Fifty
    # years later" a duration.
    ("M00", "only 58 percent of young people", 0, "open_to_socialism_share", "young people", 58, 58, "exact",
     "young Americans' views of socialism", None, "none", False, False),
    ("M00", "the other 42 percent", 0, "not_open_to_socialism_share", "young people", 42, 42, "exact",
     "young Americans' views of socialism", None, "none", False, False),
    # M01 (CNSNews.com): the debt's thresholds and values, each a claim (thresholds are claims, dev13/ on; "from
    # $5 trillion to $24 trillion" two claims, as dev27/'s "from 110,000 to 45,000"); "Tops $24 Trillion", "first
    # topped $N trillion" lower_bound (as dev39/'s "exceeds"); the to-the-cent amounts exact (the last one's
    # ",32" a typo for ".32", read as cents); "159 days", "167 days", "five months ago", "9 months before that",
    # "14 months before now", "11 months", "25 months" durations; dates; "one trillion-dollar marker to another"
    # and "one trillion-dollar threshold to another" ("one … another", no count); "The second fastest" an
    # ordinal. The outlet's own figures: none.
    ("M01", "Tops $24 Trillion", 0, "federal_debt", "dollars", 24e12, None, "lower_bound", DEBT, None, "none",
     False, False),
    ("M01", "$23-trillion threshold", 0, "federal_debt_threshold", "dollars", 23e12, 23e12, "exact", DEBT, None,
     "none", False, False),
    ("M01", "$24-trillion threshold", 0, "federal_debt_threshold", "dollars", 24e12, 24e12, "exact", DEBT, None,
     "none", False, False),
    ("M01", "$5 trillion", 0, "federal_debt_threshold", "dollars", 5e12, 5e12, "exact", DEBT, None, "none", False,
     False),
    ("M01", "$24 trillion", 0, "federal_debt_threshold", "dollars", 24e12, 24e12, "exact", DEBT, None, "none",
     False, False),
    ("M01", "$10-trillion mark", 0, "federal_debt_threshold", "dollars", 10e12, 10e12, "exact", DEBT, None, "none",
     False, False),
    ("M01", "$11-trillion mark", 0, "federal_debt_threshold", "dollars", 11e12, 11e12, "exact", DEBT, None, "none",
     False, False),
    ("M01", "first topped $23 trillion", 0, "federal_debt", "dollars", 23e12, None, "lower_bound", DEBT, None,
     "none", False, False),
    ("M01", "$22,985,834,022,811.17", 0, "federal_debt", "dollars", 22985834022811.17, 22985834022811.17, "exact",
     DEBT, None, "none", False, False),
    ("M01", "$23,004,022,933,459.45", 0, "federal_debt", "dollars", 23004022933459.45, 23004022933459.45, "exact",
     DEBT, None, "none", False, False),
    ("M01", "first topped $22 trillion", 0, "federal_debt", "dollars", 22e12, None, "lower_bound", DEBT, None,
     "none", False, False),
    ("M01", "$21,957,707,162,297.58", 0, "federal_debt", "dollars", 21957707162297.58, 21957707162297.58, "exact",
     DEBT, None, "none", False, False),
    ("M01", "$22,012,840,891,685,32", 0, "federal_debt", "dollars", 22012840891685.32, 22012840891685.32, "exact",
     DEBT, None, "none", False, False),
    ("M01", "first topped $21 trillion", 0, "federal_debt", "dollars", 21e12, None, "lower_bound", DEBT, None,
     "none", False, False),
    ("M01", "$20,958,230,936,189.63", 0, "federal_debt", "dollars", 20958230936189.63, 20958230936189.63, "exact",
     DEBT, None, "none", False, False),
    ("M01", "$21,031,067,004,766.25", 0, "federal_debt", "dollars", 21031067004766.25, 21031067004766.25, "exact",
     DEBT, None, "none", False, False),
    # M02 (Michael Goodwin): no numeric claim ("nearly four years ago" a duration, "2016" twice a year).
    # M03 (Townhall): no numeric claim ("a 16-year-old" an age, "July 1, 2020" twice a date, "multiple shootings" no
    # numeral).
    # M04 (CBN): "a $200 billion bureaucracy" inside Chenelly's quotation; "the second largest agency" an ordinal.
    ("M04", "$200 billion bureaucracy", 0, "agency_budget", "dollars", 200e9, 200e9, "exact",
     "Department of Veterans Affairs", "Joe Chenelly", "person", False, False),
    # M05 (Reuters): the claimant count's rise, level and percentage → "Data published on Tuesday" (document);
    # the 1992 interest rate, the furlough scheme's 80%, "8 million employees" and "about one in four workers" (a
    # fraction, approx) → none; "nearly 24 years" a duration; "1996", "July 1996", "1992", "September 25, 2018"
    # dates. Unemployment figures are not core.
    ("M05", "rose by 856,500", 0, "jobless_claims_increase", "claimants", 856500, 856500, "exact", UK_CLAIMS,
     "Data published on Tuesday", "document", False, False),
    ("M05", "to 2.1 million", 0, "jobless_claims", "claimants", 2_100_000, 2_100_000, "exact", UK_CLAIMS,
     "Data published on Tuesday", "document", False, False),
    ("M05", "a 69% increase", 0, "jobless_claims_increase_pct", "percent", 69, 69, "exact", UK_CLAIMS,
     "Data published on Tuesday", "document", False, False),
    ("M05", "interest rates to 15%", 0, "interest_rate", "percent", 15, 15, "exact",
     "UK interest rates, 1992", None, "none", False, False),
    ("M05", "80% of the wages", 0, "wage_share_paid", "wages", 80, 80, "exact", UK_FURLOUGH, None, "none", False,
     False),
    ("M05", "8 million employees", 0, "furloughed_employees", "employees", 8_000_000, 8_000_000, "exact",
     UK_FURLOUGH, None, "none", False, False),
    ("M05", "about one in four workers", 0, "furloughed_share", "workers", 0.25, 0.25, "approx", UK_FURLOUGH, None,
     "none", False, False),
    # M06 (Slate): the headline's "1.8 Million Others" (none); the interview answers (no marks) credited to the
    # answerer, Allison Cohen (named by the pull quote's signature; as dev3/'s f07, dev13/'s s09): "hundreds of
    # posts", "thousands of comments" (vague), "at least once or twice a day" (a count of times, lower_bound 1,
    # hedged by "probably"); "one subset … another subset", "There was one" determiners / pronouns.
    ("M06", "1.8 Million Others", 0, "group_members", "others", 1_800_000, 1_800_000, "exact", ANT_GROUP, None,
     "none", False, False),
    ("M06", "hundreds of posts every day", 0, "posts_per_day", "posts", 200, None, "vague", ANT_GROUP,
     "Allison Cohen", "person", False, False),
    ("M06", "thousands of comments", 0, "comments_per_post", "comments", 2000, None, "vague", ANT_GROUP,
     "Allison Cohen", "person", False, False),
    ("M06", "at least once or twice a day", 0, "group_checks_per_day", "times", 1, None, "lower_bound", ANT_GROUP,
     "Allison Cohen", "person", True, False),
    # M07 (The New Yorker): "thousands of people" (hedged: "may mean"; lives at stake, not a toll: not core);
    # "somewhere in the neighborhood of six hundred million alveoli" (approx); "COVID-19" a name.
    ("M07", "thousands of people", 0, "lives_at_stake", "people", 2000, None, "vague", "COVID-19", None, "none",
     True, False),
    ("M07", "in the neighborhood of six hundred million alveoli", 0, "alveoli_count", "alveoli", 600_000_000,
     600_000_000, "approx", "human lungs", None, "none", False, False),
    # M08 (Guest Writer - Left): "hundreds of people were arrested" (the January 20, 2017 protests; `arrested`,
    # core, vague); "2015", "1996", "1978" years, "For decades" a duration, "First," a list word.
    ("M08", "hundreds of people were arrested", 0, "arrested", "people", 200, None, "vague",
     "Inauguration Day protests, January 20, 2017", None, "none", False, True),
    # M09 (The Daily Caller): "$300,000" in the appositive identifying Awan (the writer's, none; the sentence's
    # "has learned" governs its main clause); "two upcoming home sales" (none); the two prices → "real estate
    # records" (document, "real estate records show" closes the sentence); "four months after" a duration,
    # "July 24" a date, "one house" a determiner.
    ("M09", "wiring $300,000", 0, "money_wired", "dollars", 300000, 300000, "exact", "Imran Awan", None, "none",
     False, False),
    ("M09", "two upcoming home sales", 0, "home_sales", "home sales", 2, 2, "exact", "Imran Awan", None, "none",
     False, False),
    ("M09", "asking price of $618,000", 0, "asking_price", "dollars", 618000, 618000, "exact",
     "Hina Alvi's house (Hawkshead Dr.)", "real estate records", "document", False, False),
    ("M09", "at $200,000", 0, "listing_price", "dollars", 200000, 200000, "exact",
     "Awan property (Pembrook Village)", "real estate records", "document", False, False),
    # M10 (The Hill): California's cases on Feb. 6 (`cases`, core, none); "six days before" a duration, "The
    # first person" an ordinal, "Feb. 6" a date, "a mild case" no numeral.
    ("M10", "six cases", 0, "cases", "cases", 6, 6, "exact", "COVID-19 in California", None, "none", False, True),
    ("M10", "two in Santa Clara County", 0, "cases", "cases", 2, 2, "exact", "COVID-19 in Santa Clara County",
     None, "none", False, True),
    # M11 (Christian Science Monitor): the projected toll "between 100,000 and 240,000 deaths" (range; a projection:
    # hedged, not core, dev39/) → "the president's opening remarks" (document: the remarks highlighted it);
    # "well over an hour" a duration, "the first portion" an ordinal.
    ("M11", "between 100,000 and 240,000 deaths", 0, "projected_deaths", "deaths", 100000, 240000, "range",
     "COVID-19 in the United States", "the president’s opening remarks", "document", True, False),
    # M12 (Foreign Policy): the Ebola epidemic's toll (`killed`, core, lower_bound, none); "9/11", "2014" dates.
    ("M12", "killed over 10,000 people", 0, "killed", "people", 10000, None, "lower_bound",
     "2014 Ebola epidemic in West Africa", None, "none", False, True),
    # M13 (Pravda Report): Moscow's April deaths → "officials of the Moscow Department of Health" (organization,
    # "According to"): the all-cause total 11,846 (a city's monthly mortality statistic: not core) and the
    # excess "1,841 deaths more" (`killed`, core, as dev29/'s and dev39/'s excess deaths); the journalists' "1,800
    # deaths might not have been accounted for" (hedged "might", vague); "in 100% of cases" → "The ministry";
    # "the lives of 639 people" → "the department" (core); "over 60% of deaths" inside the website message's
    # quotation (document); "stage 4" a classification; "April 2020", "April 2019" dates.
    ("M13", "11,846 deaths were registered", 0, "deaths_registered", "deaths", 11846, 11846, "exact",
     "all-cause deaths in Moscow, April 2020", MOSCOW_HEALTH, "organization", False, False),
    ("M13", "1,841 deaths more", 0, "killed", "deaths", 1841, 1841, "exact", MOSCOW, MOSCOW_HEALTH,
     "organization", False, True),
    ("M13", "1,800 deaths might not have been accounted for", 0, "killed", "deaths", 1800, 1800, "exact", MOSCOW,
     "Journalists", "vague", True, True),
    ("M13", "100% of cases", 0, "autopsy_share", "cases", 100, 100, "exact", "COVID-19 deaths in Russia",
     "The ministry", "organization", False, False),
    ("M13", "the lives of 639 people", 0, "killed", "people", 639, 639, "exact", MOSCOW, "the department",
     "organization", False, True),
    ("M13", "over 60% of deaths", 0, "non_covid_death_share", "deaths", 60, None, "lower_bound", MOSCOW,
     "a message posted on the website of the department", "document", False, False),
    # M14 (The Detroit News): "Michigan on Monday confirmed 24 deaths" → "Michigan" (organization: the state
    # confirming); "fewer than 100 new deaths" (a daily threshold, `killed`, core as dev25/'s "fewer than 10
    # reported deaths"; the participial clause is the writer's: none); the next sentence's "fewer than 800 new
    # cases" and "a total 51,915 known cases" → "state data" (document, the cue closes the sentence); "ninth
    # straight day", "fourth consecutive day" ordinals; "all three companies" a reference count (the Big Three).
    ("M14", "24 deaths", 0, "killed", "deaths", 24, 24, "exact", MICHIGAN, "Michigan", "organization", False,
     True),
    ("M14", "fewer than 100 new deaths", 0, "killed", "new deaths", None, 100, "upper_bound", MICHIGAN, None,
     "none", False, True),
    ("M14", "fewer than 800 new cases", 0, "cases", "new cases", None, 800, "upper_bound", MICHIGAN,
     "state data", "document", False, True),
    ("M14", "a total 51,915 known cases", 0, "cases", "known cases", 51915, 51915, "exact", MICHIGAN,
     "state data", "document", False, True),
    # M15 (American Thinker): the writer's nursing-home shares (none; "as high as 80%" upper_bound as "as many as
    # N", "nearly 70%" upper_bound); "0.1% to 0.3%" (range) → "Numerous serology study results" (vague: unnamed
    # studies); the prison study's figures → the study (document): "2,444 tests", "1,299 were positive"
    # (`infected`, core), "(53%)", "96% of those"; "One inmate … has died" (`killed`, core, a count of one; no cue:
    # none) and "a fatality rate of 0.07%" (none); "Over the past three weeks" a duration, "67 years old" an age.
    # Horowitz's block quotation (no marks) holds no numeral.
    ("M15", "more than 50% of total recorded fatalities", 0, "nursing_home_death_share", "fatalities", 50, None,
     "lower_bound", NURSING, None, "none", False, False),
    ("M15", "as high as 80%", 0, "nursing_home_death_share", "fatalities", None, 80, "upper_bound", NURSING, None,
     "none", False, False),
    ("M15", "nearly 70% of reported fatalities", 0, "nursing_home_death_share", "fatalities", None, 70,
     "upper_bound", NURSING, None, "none", False, False),
    ("M15", "0.1% to 0.3%", 0, "infection_fatality_rate", "percent", 0.1, 0.3, "range", "COVID-19",
     "Numerous serology study results", "vague", False, False),
    ("M15", "2,444 tests", 0, "tests", "tests", 2444, 2444, "exact", PRISON, PRISON_STUDY, "document", False,
     False),
    ("M15", "1,299 were positive", 0, "infected", "tests", 1299, 1299, "exact", PRISON, PRISON_STUDY, "document",
     False, True),
    ("M15", "(53%)", 0, "positivity_rate", "percent", 53, 53, "exact", PRISON, PRISON_STUDY, "document", False,
     False),
    ("M15", "96% of those were asymptomatic", 0, "asymptomatic_share", "positives", 96, 96, "exact", PRISON,
     PRISON_STUDY, "document", False, False),
    ("M15", "One inmate (67 years old) has died", 0, "killed", "inmate", 1, 1, "exact", PRISON, None, "none",
     False, True),
    ("M15", "a fatality rate of 0.07%", 0, "fatality_rate", "percent", 0.07, 0.07, "exact", PRISON, None, "none",
     False, False),
    # M16 (John Fund): "81 percent of the players" → "John Moody" (in what "He noted"; the pronoun's referent);
    # the Olympic team and population shares → none; "last week", "this year's" dates.
    ("M16", "81 percent of the players", 0, "african_american_share", "players", 81, 81, "exact",
     "National Basketball Association players", "John Moody", "person", False, False),
    ("M16", "4 percent of the U.S. team", 0, "african_american_share", "U.S. team", 4, 4, "exact", OLYMPICS, None,
     "none", False, False),
    ("M16", "13 percent of the general population", 0, "african_american_share", "general population", 13, 13,
     "exact", "U.S. population", None, "none", False, False),
    ("M16", "23 percent of the U.S. team", 0, "african_american_share", "U.S. team", 23, 23, "exact", OLYMPICS,
     None, "none", False, False),
    # M17 (Guest Writer): no numeric claim ("less than two weeks away" a duration, "In one sense" no count).
    # M18 (TheBlaze.com): "5,000 people a day" inside Kennedy's quotation (border arrivals: not core); "not a week,
    # not a month" no numeral.
    ("M18", "5,000 people a day", 0, "border_arrivals_daily", "people", 5000, 5000, "exact",
     "U.S. southern border", KENNEDY, "person", False, False),
    # M19 (NewsBusters): no numeral.
    # M20 (Ben Shapiro): no numeral ("Monday evening", "That same day" dates).
    # M21 (Natural News): the researchers' quotation's figures → "researchers" (vague: unnamed researchers, as
    # dev12/); "more than half (53.6%)" two claims (as dev25/'s "about half (48%)"); rates are not core.
    ("M21", "more than half", 0, "severe_event_share", "patients", 0.5, None, "lower_bound", WUHAN_STUDY,
     RESEARCHERS, "vague", False, False),
    ("M21", "53.6%", 0, "severe_event_share", "patients", 53.6, 53.6, "exact", WUHAN_STUDY, RESEARCHERS, "vague",
     False, False),
    ("M21", "28.6% of the patients dying", 0, "death_share", "patients", 28.6, 28.6, "exact", WUHAN_STUDY,
     RESEARCHERS, "vague", False, False),
    ("M21", "critical status rate of 4.7%", 0, "critical_rate", "percent", 4.7, 4.7, "exact",
     "general COVID-19-infected population", RESEARCHERS, "vague", False, False),
    ("M21", "a mortality rate of 2.3%", 0, "mortality_rate", "percent", 2.3, 2.3, "exact",
     "general COVID-19-infected population", RESEARCHERS, "vague", False, False),
    # M22 (Health Nut News): "by up to 70 percent" → "Kovalchuk's husband, Igor" (person; hedged: "suggested that
    # cannabis could"; upper_bound); "70 to 80 percent" inside his quotation (range; hedged: "the potential of").
    ("M22", "by up to 70 percent", 0, "viral_entry_reduction", "percent", None, 70, "upper_bound", CBD,
     "Kovalchuk’s husband, Igor", "person", True, False),
    ("M22", "70 to 80 percent", 0, "infection_reduction", "percent", 70, 80, "range", "drugs against COVID-19",
     IGOR, "person", True, False),
    # M23 (Heartland Institute): "these 2.2 million deaths" (the Imperial College model's projected toll without
    # interventions: hedged, not core; the sentence names no source: none, the study's quotation in it being its
    # second clause); "18 months or more" a duration inside the study's quotation; "in March" a date.
    ("M23", "these 2.2 million deaths", 0, "projected_deaths", "deaths", 2_200_000, 2_200_000, "exact",
     "COVID-19 in the United States without interventions", None, "none", True, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # M02: Kent's "perception of a conflict of interest" (his words after "acknowledged … about": a short
    # quotation; another annotator might call it a term).
    ("M02", "perception of a conflict of interest", 0, "Kent", "person"),
    # M03: the pasted tweets have no marks; "Capitol Hill Occupied Protest", "Capitol Hill Autonomous Zone" names.
    # M04: the Legion's tweet, Chenelly's, Blake's, and VoteVets' tweet with its resumption ("adding").
    ("M04", "The American Legion looks forward", 0, "American Legion", "organization"),
    ("M04", "I am deeply concerned about the nominee", 0, "Joe Chenelly", "person"),
    ("M04", "Paralyzed Veterans of America is deeply disappointed", 0, "Carl Blake", "person"),
    ("M04", "While honoring Dr. Ronny Jackson's service", 0, VOTEVETS, "organization"),
    ("M04", "Now is not the time for people who need training wheels", 0, VOTEVETS, "organization"),
    # M06: the pull quote signed "— Allison Cohen".
    ("M06", "I’m really just here for the ants.", 0, "Allison Cohen", "person"),
    # M08: Simon "wrote that “ideas are weapons”" and its resumption; Fink's “intellectual raw materials” and
    # “middle stage of production” are terms of his model, “freedom” one word.
    ("M08", "ideas are weapons", 0, SIMON, "person"),
    ("M08", "grants, grants, and more grants", 0, SIMON, "person"),
    # M09: "Prosecutors have since filed paperwork saying they fear “…”" → "prosecutors" (person, unnamed).
    ("M09", "the dissipation of the proceeds of the fraud", 0, "prosecutors", "person"),
    # M10: Smith's three quotations (the first after "said … that", then "Smith continued", its uncued
    # resumption, "he said"); “freewheeling” one word.
    ("M10", "a lot longer than we first believed", 0, SMITH, "person"),
    ("M10", "This wasn’t recognized because", 0, SMITH, "person"),
    ("M10", "Symptoms are very much like the flu", 0, SMITH, "person"),
    ("M10", "You didn’t even go to the doctor", 0, SMITH, "person"),
    # M11: “enhanced counternarcotics operation” a name, “shameless.” one word: no quotes.
    # M13: the officials' quotation; "highly accurate." (the ministry's words, carried from "The ministry
    # emphasized" in the sentence before; another annotator might leave two words without a cue out); the website
    # message's quotation (document).
    ("M13", "A comparison of mortality rates", 0, "department officials", "person"),
    ("M13", "highly accurate.", 0, "ministry", "organization"),
    ("M13", "It is impossible to establish the cause of death", 0,
     "message posted on the website of the department", "document"),
    # M14: the UAW's statement.
    ("M14", "The UAW will continue to do everything", 0, "UAW", "organization"),
    # M16: Thompson's and Moody's quotations; “overwhelmingly white.” a two-word description from the Post story
    # without a verb of saying: not a quote.
    ("M16", "We’ve just been trying to find ways", 0, "Jason Thompson", "person"),
    ("M16", "In Olympics, let’s focus on the winner", 0, "John Moody", "person"),
    # M17: Trump's quotation; "America First" a slogan, "globalism" one word.
    ("M17", "All I want is for our country", 0, "Trump", "person"),
    # M18: the headline's quotation signed "- Sen. Kennedy", then "… ,” explained Kennedy, “…”" (two entries),
    # "… ,” Kennedy continued. “…”" (two entries), and "…,” he explained."
    ("M18", "Someone needs to tell her that the voices", 0, KENNEDY, "person"),
    ("M18", "Let me be frank.", 0, KENNEDY, "person"),
    ("M18", "someone needs to tell her that the voices", 0, KENNEDY, "person"),
    ("M18", "She says that the men and women", 0, KENNEDY, "person"),
    ("M18", "She needs to go to the Holocaust Museum", 0, KENNEDY, "person"),
    ("M18", "The problem we're having at the border", 0, KENNEDY, "person"),
    # M19: Rocca's opener; Reid's scene-setting line (the sentence before names him); Acosta's; Reid's three.
    ("M19", "Whether White House officials like it or not", 0, "Mo Rocca", "person"),
    ("M19", "The White House briefing room as battleground.", 0, REID, "person"),
    ("M19", "You're saying something that's just patently untrue.", 0, "Jim Acosta", "person"),
    ("M19", "And often it's the press versus the president.", 0, REID, "person"),
    ("M19", "Jim Acosta, chief White House correspondent for CNN", 0, REID, "person"),
    ("M19", "Whether he's a villain, a hero", 0, REID, "person"),
    # M20: Haley's, Watson's tweet, Breitbart's headline ("headlined": a sentence credited to the outlet; another
    # annotator might call it a title), Ryan's; “owning the libs,” a phrase "in the popular parlance": a label.
    ("M20", "I know that it’s fun and that it can feel good", 0, "Nikki Haley", "person"),
    ("M20", "Nikki Haley is incredibly stupid.", 0, "Paul Joseph Watson", "person"),
    ("M20", "Nikki Haley Scolds Students.", 0, "Breitbart", "organization"),
    ("M20", "I think he’s just trolling people, honestly.", 0, "Paul Ryan", "person"),
    # M21: the study's two quotations ("the study … states", the second uncued) → "study" (document); the
    # researchers' quotation → "researchers" (person, unnamed).
    ("M21", "Cancer patients show deteriorating conditions", 0, STUDY, "document"),
    ("M21", "It is recommended that cancer patients", 0, STUDY, "document"),
    ("M21", "more than half (53.6%) of the patients", 0, RESEARCHERS, "person"),
    # M22: the opener without a cue (never credited: null, unknown); Igor's quotation after "adding:"; the
    # researchers' two short quotations after "they said the study gave hope that"; the study's two after "The
    # study suggested"; “gateway” one word.
    ("M22", "We were totally stunned at first", 0, None, "unknown"),
    ("M22", "Therefore, you have more chance to fight it.", 0, IGOR, "person"),
    ("M22", "may prove a plausible strategy", 0, CBD_RESEARCHERS, "person"),
    ("M22", "become a useful and safe addition", 0, CBD_RESEARCHERS, "person"),
    ("M22", "develop easy-to-use preventative treatments", 0, STUDY, "document"),
    ("M22", "potential to decrease viral entry", 0, STUDY, "document"),
    # M23: the Imperial College study's two quotations ("warned that", then carried into the next sentence).
    ("M23", "transmission will rapidly rebound", 0, ICL_STUDY, "document"),
    ("M23", "need to be maintained until a vaccine", 0, ICL_STUDY, "document"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
