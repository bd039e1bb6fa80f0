"""The seventieth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev70/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The article key is the file name's first
three characters ("%00" … "%23": every letter and digit was taken by earlier sets).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

HALF = 1 / 2  # fractions are written as fractions (as in dev3/), percentages as percents
MILLION = 1_000_000
BILLION = 1_000_000_000
TRILLION = 1_000_000_000_000

LOMPOC = "COVID-19 at the Lompoc Federal Correctional Complex"
PEW_CLIMATE = "Americans' views of climate change's local impact"
ER = "U.S. emergency physician practices during COVID-19"
US_FARM = "U.S. population in agriculture"
CAMBODIA = "Cambodian 'fake news' arrests during COVID-19"
CARES = "CARES Act individual payments"
MASS = "COVID-19 in Massachusetts"
BLACK_DEATH = "Black Death"
FLORENCE = "Black Death in Florence"
DORIAN = "Hurricane Dorian in North Carolina"
PCR = "PCR testing of employees for COVID-19"
COOK = "COVID-19 in Cook County"
QUEENS = "COVID-19 in Queens County, New York"
FB_ADS = "Facebook political ad spending, 2019"
PPP = "Paycheck Protection Program"

MURTAUGH = "Tim Murtaugh"
PRECKWINKLE = "Preckwinkle"  # %15: the excerpt never gives a first name
BAKER = "Baker"  # %10: the excerpt never gives a first name
JOHNS = "Johns"  # %23: the excerpt never gives a first name
MCCONNELL = "McConnell"  # %18: the excerpt never gives a first name
VON_HIPPEL = "Karin von Hippel"
VIAMARI = "Steve Viamari"
LAPOOK = "Jon LaPook"
FWS_SPOKESPERSON = "Fish and Wildlife Service spokesperson"
BOCCACCIO = "Giovanni Boccaccio"
COOPER = "Democratic Gov. Roy Cooper"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # %00 (Media Research Center): no numeric claim ("FDR’s", "JFK’s" names, "in 2009" a year, "Morning Joe" a
    # title).
    # %01 (Daily Chela): no numeral ("many times", "may years ago", "all sides" no numerals; "long-term").
    # %02 (The Marshall Project): the Lompoc outbreak, no cue in its sentences (none): "Nearly 1,000 prisoners have
    # tested positive" (`infected`, core, upper_bound) and "Two have died" (`killed`, core); "one of the country’s
    # largest" "one of"; "last week", "Memorial Day weekend" times.
    ("%02", "Nearly 1,000 prisoners have tested positive", 0, "infected", "prisoners", None, 1000, "upper_bound",
     LOMPOC, None, "none", False, True),
    ("%02", "Two have died", 0, "killed", "prisoners", 2, 2, "exact", LOMPOC, None, "none", False, True),
    # %03 (Pew Research Center's own report): all none (Pew is the outlet, as dev6/'s k19, dev23/'s c03, dev25/'s
    # j11). The headline's "70%"; "More than eight-in-ten Democrats" (lower_bound 0.8) and its parenthesized
    # "(83%)" two claims (dev65/); "37% of Republicans"; "Seven-in-ten Americans" 0.7; the distance bands "within 25
    # miles" (upper_bound) and "300 miles or more" (lower_bound) (distances and thresholds are claims); the survey
    # sample "10,957 U.S. adults". Not claims: "April 29 to May 5, 2020" dates, "the 2016 definition" a year,
    # "nearly all U.S. adults", "at least some" no numerals.
    ("%03", "70% living near coast", 0, "climate_local_impact_share", "Americans living near coast", 70, 70, "exact",
     PEW_CLIMATE, None, "none", False, False),
    ("%03", "More than eight-in-ten Democrats", 0, "climate_local_impact_share", "Democrats and Democratic leaners",
     0.8, None, "lower_bound", PEW_CLIMATE, None, "none", False, False),
    ("%03", "83%", 0, "climate_local_impact_share", "Democrats and Democratic leaners", 83, 83, "exact", PEW_CLIMATE,
     None, "none", False, False),
    ("%03", "37% of Republicans", 0, "climate_local_impact_share", "Republicans and Republican leaners", 37, 37,
     "exact", PEW_CLIMATE, None, "none", False, False),
    ("%03", "Seven-in-ten Americans", 0, "climate_local_impact_share", "Americans living near a coastline", 0.7, 0.7,
     "exact", PEW_CLIMATE, None, "none", False, False),
    ("%03", "within 25 miles of a coastline", 0, "distance", "miles", None, 25, "upper_bound", PEW_CLIMATE, None,
     "none", False, False),
    ("%03", "57% of those", 0, "climate_local_impact_share", "Americans living far from a coast", 57, 57, "exact",
     PEW_CLIMATE, None, "none", False, False),
    ("%03", "300 miles or more", 0, "distance", "miles", 300, None, "lower_bound", PEW_CLIMATE, None, "none", False,
     False),
    ("%03", "survey of 10,957 U.S. adults", 0, "survey_sample", "U.S. adults", 10957, 10957, "exact", PEW_CLIMATE,
     None, "none", False, False),
    # %04 (Mother Jones): the fall in ER visits → the American College of Emergency Physicians ("said in an April 3
    # letter": the body is the sayer, organization); the aid it asked for → "The professional group" (the request's
    # sayer; another annotator might write none, the group as actor). "April 3" a date, "most everyone" no numeral.
    ("%04", "fallen roughly 30%", 0, "er_visits_decline", "emergency room visits", 30, 30, "approx", ER,
     "the American College of Emergency Physicians", "organization", False, False),
    ("%04", "$3.6 billion of aid", 0, "aid_requested", "aid", 3.6 * BILLION, 3.6 * BILLION, "exact", ER,
     "The professional group", "organization", False, False),
    # %05 (Health Impact News): the shares of the population in agriculture, none. "the other 50%" and "the other
    # 99%" are the complements of the shares just given (reference counts, as dev29/'s "the five other regions";
    # another annotator might count them); "the 1700s" a date; "a handful of companies" no numeral.
    ("%05", "90% of the population", 0, "farming_population_share", "population", 90, 90, "exact", US_FARM, None,
     "none", False, False),
    ("%05", "about 50% of the population", 0, "farming_population_share", "population", 50, 50, "approx", US_FARM,
     None, "none", False, False),
    ("%05", "less than 1% of the population", 0, "farming_population_share", "population", None, 1, "upper_bound",
     US_FARM, None, "none", False, False),
    # %06 (The Atlantic): no numeric claim ("G20" a name, "second-wave" an ordinal).
    # %07 (Natural News): no numeral.
    # %08 (Foreign Policy): "dozens of Cambodians have been arrested" (`arrested`, core, vague 24/null) and "four
    # members of the banned opposition party" still in jail (`detained`, core, as dev7/'s detained children), both
    # none (no cue). "A 14-year-old" an age; "A Siem Reap man" a determiner; "in recent weeks" a time.
    ("%08", "dozens of Cambodians have been arrested", 0, "arrested", "Cambodians", 24, None, "vague", CAMBODIA,
     None, "none", False, True),
    ("%08", "four members of the banned opposition party", 0, "detained", "members of the banned opposition party",
     4, 4, "exact", CAMBODIA, None, "none", False, True),
    # %09 (The Week - Opinion): the CARES Act figures, none (the Washington Post's report is the next sentence's, on
    # the name on the checks). "millions of Americans" vague 2,000,000/null; "incomes above $75,000 a year" a
    # threshold (lower_bound); "the other 70 million" new information (not a complement: the total is not given);
    # "There are two complaints" the writer's count ("One, …", "And two, …" list numbers).
    ("%09", "$2.2 trillion CARES Act", 0, "relief_package_size", "dollars", 2.2 * TRILLION, 2.2 * TRILLION, "exact",
     CARES, None, "none", False, False),
    ("%09", "millions of Americans", 0, "payment_recipients", "Americans", 2 * MILLION, None, "vague", CARES, None,
     "none", False, False),
    ("%09", "$1,200 in many cases", 0, "individual_payment", "dollars", 1200, 1200, "exact", CARES, None, "none",
     False, False),
    ("%09", "above $75,000 a year", 0, "income_phaseout_threshold", "dollars", 75000, None, "lower_bound", CARES,
     None, "none", False, False),
    ("%09", "About 80 million people", 0, "direct_deposit_recipients", "people", 80 * MILLION, 80 * MILLION,
     "approx", CARES, None, "none", False, False),
    ("%09", "the other 70 million", 0, "check_recipients", "people", 70 * MILLION, 70 * MILLION, "exact", CARES,
     None, "none", False, False),
    ("%09", "two complaints", 0, "complaints", "complaints", 2, 2, "exact", "Trump's name on stimulus checks", None,
     "none", False, False),
    # %10 (The Boston Globe): the headline's "gatherings over 25" (a limit, lower_bound; Baker the actor, not a
    # source: none) and "7 Mass. counties". "a worker", "one widespread rumor" determiners; "Sunday", "Monday",
    # "this week", "February" times.
    ("%10", "gatherings over 25", 0, "gathering_size_limit", "people", 25, None, "lower_bound", MASS, None, "none",
     False, False),
    ("%10", "7 Mass. counties", 0, "counties_with_community_spread", "counties", 7, 7, "exact", MASS, None, "none",
     False, False),
    # %11 (Quillette): "wiped out half the population of Europe" (a share, not core, as dev26/'s l21 "killed 5% of
    # residents"); Boccaccio "estimated that 100,000 people died in Florence" (a historical toll, `killed`, core,
    # person; "estimated" is no hedge); the city's population "stood at 120,000" → "one contemporary chronicler"
    # (anonymous: an unnamed source; another annotator might write vague). Not claims: "1347 — 50", "1338", "1348"
    # years, "in the space of four years", "the four months" durations, "One of the comforts" "one of".
    ("%11", "half the population of Europe", 0, "population_death_share", "population", HALF, HALF, "exact",
     BLACK_DEATH, None, "none", False, False),
    ("%11", "100,000 people died", 0, "killed", "people", 100000, 100000, "exact", FLORENCE,
     "The novelist Giovanni Boccaccio", "person", False, True),
    ("%11", "stood at 120,000", 0, "population", "people", 120000, 120000, "exact", "Florence, 1338",
     "one contemporary chronicler", "anonymous", False, False),
    # %12 (PBS NewsHour): Cooper's briefing ("told him that"): "three deaths" (`killed`, core) and "some 3,500
    # people are without power" (approx, not core) → person; "by 11 percentage points" (the 2016 margin, none).
    # "1963", "2016", "2020" years; "Monday’s rally" a time.
    ("%12", "three deaths are connected to the storm", 0, "killed", "deaths", 3, 3, "exact", DORIAN, COOPER,
     "person", False, True),
    ("%12", "some 3,500 people are without power", 0, "without_power", "people", 3500, 3500, "approx", DORIAN,
     COOPER, "person", False, False),
    ("%12", "11 percentage points", 0, "vote_margin", "percentage points", 11, 11, "exact",
     "Trump in the North Carolina House district, 2016", None, "none", False, False),
    # %13 (Activist Post): the headline's "$150B" and "Millions" (vague 2,000,000/null); the boilerplate's two
    # "over 100" (lower_bound, as dev19/'s y06 and dev44/'s Q13). "COVID-19", "SARS-CoV-2", "RT-PCR" names,
    # "www.questioningcovid.com" an identifier, "any number of" no numeral.
    ("%13", "$150B", 0, "frozen_loans", "dollars", 150 * BILLION, 150 * BILLION, "exact", "U.S. banks' frozen loans",
     None, "none", False, False),
    ("%13", "Millions Skip", 0, "skipped_payments", "borrowers", 2 * MILLION, None, "vague",
     "U.S. borrowers skipping payments", None, "none", False, False),
    ("%13", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", "coronaviruses", None, "none", False, False),
    ("%13", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods", "testing methods",
     100, None, "lower_bound", "COVID-19 testing", None, "none", False, False),
    # %14 (Business Insider; its second tip paragraph is scraped twice, each copy's figures a claim, dev65/): the
    # headline's "2 coronavirus tests"; "a false negative rate of up to 30%" (upper_bound, "can" a property, not a
    # hedge); "for every 100 employees …, 30 would be missed" one claim of 30 (hedged: "would", an illustration; the
    # 100 the rate's unit, as dev69/'s "of every 100,000"); "you might miss up to 30% of people" twice (hedged:
    # "might"); "require two negative tests" twice (advice, not hedged, as dev65/'s conditions of advice). Not
    # claims: "24-plus hours apart" (twice), "every 14 to 28 days", "(14 to 28 days)", "every one to two incubation
    # periods" (intervals of time), "one and done" a saying, "one point in time", "a few days".
    ("%14", "2 coronavirus tests", 0, "tests_available", "coronavirus tests", 2, 2, "exact", PCR, None, "none",
     False, False),
    ("%14", "false negative rate of up to 30%", 0, "false_negative_rate", "false negatives", None, 30,
     "upper_bound", PCR, None, "none", False, False),
    ("%14", "30 would be missed", 0, "infected_missed", "employees", 30, 30, "exact", PCR, None, "none", True, False),
    ("%14", "up to 30% of people", 0, "false_negative_rate", "people", None, 30, "upper_bound", PCR, None, "none",
     True, False),
    ("%14", "up to 30% of people", 1, "false_negative_rate", "people", None, 30, "upper_bound", PCR, None, "none",
     True, False),
    ("%14", "two negative tests", 0, "tests_required", "negative tests", 2, 2, "exact", PCR, None, "none", False,
     False),
    ("%14", "two negative tests", 1, "tests_required", "negative tests", 2, 2, "exact", PCR, None, "none", False,
     False),
    # %15 (Chicago Sun-Times, the story of dev62/'s 915, annotated as there): "added 2,051 cases … compared to 336"
    # (`cases`, core, none); the populations "5.1 million" and "2.25 million people" (not core, none). "in the last
    # 24 hours", "the next two years" durations; "Thursday" a time; "most COVID-19 cases" no numeral.
    ("%15", "population of 5.1 million", 0, "population", "people", 5.1 * MILLION, 5.1 * MILLION, "exact",
     "Cook County", None, "none", False, False),
    ("%15", "2,051 cases", 0, "cases", "cases", 2051, 2051, "exact", COOK, None, "none", False, True),
    ("%15", "336", 0, "cases", "cases", 336, 336, "exact", QUEENS, None, "none", False, True),
    ("%15", "2.25 million people", 0, "population", "people", 2.25 * MILLION, 2.25 * MILLION, "exact",
     "Queens County, New York", None, "none", False, False),
    # %16 (The Epoch Times): no numeric claim ("a 2–1 majority" a vote split, two numbers, left out as dev26/'s "a
    # 96-3 vote"; "2014" a year; "D.C. Circuit" a name).
    # %17 (Axios; the quotation's last sentence and the Steyer sentence are scraped twice, each copy's figures a
    # claim): "millions of voters" in Murtaugh's quotation (twice) → "Tim Murtaugh"; "$15.7 million dollars" →
    # "data from progressive advertising firm Bully Pulpit Interactive" (document); "less than half of that" (twice,
    # upper_bound null/0.5 of the campaign's spending), "millions of dollars" (vague) and Judicial Watch's "$2.5
    # million" → none. "in 2020", "this year", "the beginning of the year" times; "By the numbers:" a heading.
    ("%17", "millions of voters", 0, "voters_reachable", "voters", 2 * MILLION, None, "vague", "Trump campaign data",
     MURTAUGH, "person", False, False),
    ("%17", "millions of voters", 1, "voters_reachable", "voters", 2 * MILLION, None, "vague", "Trump campaign data",
     MURTAUGH, "person", False, False),
    ("%17", "$15.7 million dollars", 0, "facebook_ad_spending", "dollars", 15.7 * MILLION, 15.7 * MILLION, "exact",
     FB_ADS, "data from progressive advertising firm Bully Pulpit Interactive", "document", False, False),
    ("%17", "less than half of that", 0, "facebook_ad_spending_ratio", "dollars", None, HALF, "upper_bound",
     "Tom Steyer's Facebook ad spending", None, "none", False, False),
    ("%17", "less than half of that", 1, "facebook_ad_spending_ratio", "dollars", None, HALF, "upper_bound",
     "Tom Steyer's Facebook ad spending", None, "none", False, False),
    ("%17", "millions of dollars", 0, "facebook_ad_spending", "dollars", 2 * MILLION, None, "vague",
     "outside groups' Facebook ad spending", None, "none", False, False),
    ("%17", "$2.5 million on issue ads", 0, "facebook_ad_spending", "dollars", 2.5 * MILLION, 2.5 * MILLION, "exact",
     "Judicial Watch's Facebook ad spending", None, "none", False, False),
    # %18 (Washington Free Beacon): "Had the Republicans' proposal been approved, it would have allocated another
    # $250 billion" (a counterfactual: hedged); "$2 trillion" and "$350 billion" none; "$90 billion in loans" →
    # "Treasury Secretary Steven Mnuchin"; "over $3 billion an hour" (a rate, lower_bound) → "Sen. Marco Rubio".
    # "two weeks ago" (twice, once in McConnell's quotation), "for eight weeks" durations; "Wednesday" a time.
    ("%18", "another $250 billion", 0, "additional_funding", "dollars", 250 * BILLION, 250 * BILLION, "exact", PPP,
     None, "none", True, False),
    ("%18", "$2 trillion coronavirus relief package", 0, "relief_package_size", "dollars", 2 * TRILLION,
     2 * TRILLION, "exact", "coronavirus relief package", None, "none", False, False),
    ("%18", "$350 billion in funding", 0, "program_funding", "dollars", 350 * BILLION, 350 * BILLION, "exact", PPP,
     None, "none", False, False),
    ("%18", "$90 billion in loans", 0, "loans_issued", "dollars", 90 * BILLION, 90 * BILLION, "exact", PPP,
     "Treasury Secretary Steven Mnuchin", "person", False, False),
    ("%18", "over $3 billion an hour", 0, "loan_approval_rate", "dollars", 3 * BILLION, None, "lower_bound", PPP,
     "Sen. Marco Rubio", "person", False, False),
    # %19 (The Nation): "three Russian oligarchs" (none). "6th Week" an ordinal; "A multi-billionaire" a
    # description; "less than 24 hours" a duration; "several times", "once" no numerals; "last year" a time.
    ("%19", "three Russian oligarchs", 0, "oligarch_ties", "Russian oligarchs", 3, 3, "exact", "Wilbur Ross", None,
     "none", False, False),
    # %20 (Guest Writer): no numeric claim ("1970" a year).
    # %21 (The Mercury News): no numeral ("pre-COVID").
    # %22 (DC Dirty Laundry): the headline's "12 Words and Phrases" (the writer's count). "peak number of cases" no
    # numeral; "Friday" a time.
    ("%22", "12 Words and Phrases", 0, "words_and_phrases", "words and phrases", 12, 12, "exact",
     "pandemic vocabulary", None, "none", False, False),
    # %23 (ABC News): no numeral.
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # %00: Mayer's quotation ("professed alarm … that this is “…”") → "Mayer" (no first name in the excerpt); "the
    # Times cooed “…”" → "The New York Times" (the fullest name, in the same sentence); Matthews's → "Chris Matthews".
    # Not quotes: “news” one word, “echo chamber” a term, “Thrill Up My Leg” a nickname.
    ("%00", "the closest we've ever had to state news", 0, "Mayer", "person"),
    ("%00", "Rhodes has become adept at ventriloquizing", 0, "The New York Times", "organization"),
    ("%00", "I want to do everything I can", 0, "Chris Matthews", "person"),
    # %01: "Somebody said, may years ago, that “revolutions only change …”" → "Somebody" (an unnamed speaker by
    # the words naming them, with a verb of saying; call: another annotator might call it a saying and leave it
    # out, or write null). “roots of the problem” a term (what commissions study).
    ("%01", "revolutions only change the beneficiaries of injustice", 0, "Somebody", "person"),
    # %02: the county spokeswoman.
    ("%02", "The individuals in the Lompoc prison are not out", 0, "Suzanne Grimmesey", "person"),
    # %04: "the organization said in the letter" → the American College of Emergency Physicians (organization).
    ("%04", "Without immediate federal financial resources", 0, "American College of Emergency Physicians",
     "organization"),
    # %06: "told me that “some kind of reckoning with China” is likely" (a short quotation after a verb of saying)
    # and her next quotation ("she said") → two entries.
    ("%06", "some kind of reckoning with China", 0, VON_HIPPEL, "person"),
    ("%06", "Some countries will emerge from this", 0, VON_HIPPEL, "person"),
    # %07: none (“death science” a label after a naming noun).
    # %08: "Prime Minister Hun Sen has branded those “who spread fake news” as “terrorists.”" → the four-word
    # wording is a quote of "Hun Sen" (call: over three words, his words after an active naming verb with its agent,
    # dev5/; another annotator might call it part of the label and leave it out); “terrorists” one word; the
    # headline's ‘Fake News’ a label.
    ("%08", "who spread fake news", 0, "Hun Sen", "person"),
    # %09: Shaub's tweet ("tweeted Walter Shaub"); “nonpolitical” one word.
    ("%09", "Where you see the dying and suffering", 0, "Walter Shaub", "person"),
    # %10: Baker's quotation and its resumption after "Baker said." → two entries. "working on “contingency plans”"
    # a two-word term (as dev29/'s “medical tent”): not a quote.
    ("%10", "We are not planning any shelter-in-place orders", 0, BAKER, "person"),
    ("%10", "Everyone needs to get news from legitimate sources", 0, BAKER, "person"),
    # %11: "Boccaccio writes that “…”" → "Giovanni Boccaccio" (the fullest name in the excerpt).
    ("%11", "no more respect was accorded the dead", 0, BOCCACCIO, "person"),
    # %15: the headline's ‘hit the hardest’ and ‘recovery will encompass everyone’ have no verb of saying (headline
    # labels in a purpose clause): not quotes. "Preckwinkle said … a “moral obligation …” …, which “must include
    # everyone,” especially … that have been “hit the hardest.”" → three short quotations in her clause of saying,
    # three entries (call: another annotator might call "hit the hardest" a label); her quotation and its
    # resumption → two entries; "said the pandemic’s effect will “ebb and flow.”" → "Bill Barnes" (call: a
    # three-word idiom after a verb of saying; another annotator might call it a saying).
    ("%15", "moral obligation to focus on equity as well", 0, PRECKWINKLE, "person"),
    ("%15", "must include everyone", 0, PRECKWINKLE, "person"),
    ("%15", "hit the hardest", 1, PRECKWINKLE, "person"),
    ("%15", "These initiatives address the root causes of inequity", 0, PRECKWINKLE, "person"),
    ("%15", "Our recovery will encompass everyone, not just", 0, PRECKWINKLE, "person"),
    ("%15", "ebb and flow", 0, "Bill Barnes", "person"),
    # %16: the spokesperson's quotation and the next one after its cue → two entries (the cue's words without the
    # article); Narayan ("reportedly said"); Kavanaugh's ("wrote"). The nested ‘draft’, ‘secret’ one-word and ‘for
    # our eyes only’ a label inside Narayan's quotation.
    ("%16", "We are pleased the Supreme Court has agreed", 0, FWS_SPOKESPERSON, "person"),
    ("%16", "We stand by our position", 0, FWS_SPOKESPERSON, "person"),
    ("%16", "If an agency makes a decision that alters", 0, "Sanjay Narayan", "person"),
    ("%16", "There may be no final agency document", 0, "Brett Kavanaugh", "person"),
    # %17: Murtaugh's quotation ("told Axios:"), the uncued next one, the scraped copy of its last sentence (a
    # fragment without its opening mark, scraped twice: its own entry, as dev57/'s 418 copies; another annotator
    # might leave the orphan fragment out) and the uncued "Democrats demanding …" → four entries, "Tim Murtaugh".
    ("%17", "We’ve always known that President Trump", 0, MURTAUGH, "person"),
    ("%17", "That’s why we’ve invested so heavily", 0, MURTAUGH, "person"),
    ("%17", "so heavily in building up our data", 1, MURTAUGH, "person"),
    ("%17", "Democrats demanding internet platforms", 0, MURTAUGH, "person"),
    # %18: McConnell's tweet ("wrote on Twitter") and its resumption → two entries, "McConnell".
    ("%18", "Senate Democrats just blocked urgent money", 0, MCCONNELL, "person"),
    ("%18", "I complimented both sides", 0, MCCONNELL, "person"),
    # %19: "the Bank of Cyprus, “one of the key offshore havens for illicit Russian finance.”" — a nine-word wording
    # presented as someone's, no verb of saying, no source named: speaker null (unknown), as dev6/'s k23 and dev10/'s
    # p23; another annotator might leave it out.
    ("%19", "one of the key offshore havens", 0, None, "unknown"),
    # %20: "the president counseled today" → "Trump" (no first name in the excerpt). "Hirschman's 1970 treatise on
    # “responses to declines in firms, organizations, and states.”" the treatise's subtitle (a title): not a quote
    # (another annotator might give it to Albert O. Hirschman or the treatise).
    ("%20", "Our Country is Free, Beautiful and Very Successful", 0, "Trump", "person"),
    # %21: Prakash (no first name in the excerpt); Viamari's quotation and its resumption after "Viamari said,
    # adding …" → two entries.
    ("%21", "This was pre-COVID time", 0, "Prakash", "person"),
    ("%21", "I’m absolutely floored by their generosity", 0, VIAMARI, "person"),
    ("%21", "It’s a challenging job right now", 0, VIAMARI, "person"),
    # %22: LaPook's quotation and its resumption → two entries ("Dr." dropped). “flattening the curve” (twice) a
    # term, “CBS This Morning” a title.
    ("%22", "Is it really worth while to do all of this", 0, LAPOOK, "person"),
    ("%22", "Normally, right now", 0, LAPOOK, "person"),
    # %23: Johns's three quotations ("Johns said", "he added", "Johns told ABC News").
    ("%23", "Depending on the degree of progression", 0, JOHNS, "person"),
    ("%23", "[They] may not understand then why", 0, JOHNS, "person"),
    ("%23", "For any resident that family contact is so important", 0, JOHNS, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
