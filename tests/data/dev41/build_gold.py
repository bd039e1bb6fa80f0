"""The forty-first (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev41/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

HALF = 1 / 2  # fractions are written as fractions (as in dev3/), percentages as percents
ONE_THIRD = 1 / 3
PP_LOANS = "Planned Parenthood affiliates' PPP loans"
BORDER = "migrant apprehensions at the southwest border, August 2019"
MPP = "Migrant Protection Protocols returns to Mexico"
OXFORD = "Oxford coronavirus vaccine"
PANDEMRIX = "2009 Pandemrix vaccine"
US_JOBS = "US labor market during the coronavirus"
JHU = "a tally kept by Johns Hopkins University"
US_COVID = "COVID-19 in the United States"
PENSACOLA = "Mohammed Alshamrani's shooting"
TAIWAN = "COVID-19 in Taiwan"
HIGH_RISK = "high-prevalence coronavirus counties"
BROOKINGS = "a recent analysis by the Brookings Institution"
WA_DEATHS = "Washington State COVID-19 death count"
SBA_LETTER = "SBA letter"
MORGAN = "Morgan"
WILLIAMS = "Alaia Williams"
JONES = "Rebekah Jones"
BENNETT = "Bennett"
FAUCI = "Fauci"
HUTCHISON = "Katie Hutchison"
WA_EPIDEMIOLOGISTS = "Epidemiologists with the Washington State Department of Health"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # N00 (Bloomberg): no numeric claim ("prison terms of up to 20 years" a prison term, a duration as dev8/'s and
    # dev23/'s sentences; "1977" a year; "think twice" an idiom).
    # N01 (New York Post): the headline's loans → "feds say" (the federal government, organization); the largest
    # loan none (no cue in its sentence); "One Planned Parenthood affiliate received a loan" a determiner (as
    # dev29/'s "one man"); "Tuesday" a date.
    ("N01", "$80M", 0, "stimulus_loans", "dollars", 80_000_000, 80_000_000, "exact", PP_LOANS, "feds",
     "organization", False, False),
    ("N01", "$7.5 million allotment", 0, "largest_loan", "dollars", 7_500_000, 7_500_000, "exact", PP_LOANS, None,
     "none", False, False),
    # N02 (HotAir): the colon headline's share → "Poll" (an unnamed poll: vague, as dev39/'s "polls"); "half a
    # year's worth" and "for months" durations; "eleventh-hour" an idiom. The two YouGov tables were lost.
    ("N02", "55% Of Democrats", 0, "poll_share", "Democrats", 55, 55, "exact",
     "Democrats believing Russia tampered with vote totals", "Poll", "vague", False, False),
    # N03 (The Epoch Times): "shooting of two security guards" inside Feinstein's quotation (the Oakland shooting's
    # casualties, core, as dev39/'s "ambushing two federal security officers"); the headline's "Federal Officer
    # Killed" and Newsom's "loss of a federal security officer and wounding of another" have no numeral.
    ("N03", "shooting of two security guards", 0, "casualties", "security guards", 2, 2, "exact",
     "Oakland federal building shooting", "Sen. Dianne Feinstein", "person", False, True),
    # N04 (Breitbart News): the headline's changes; the list's nationality counts (apprehensions: monthly border
    # statistics, not an event's arrests, not core; no cue on their lines → none); the returns → "Morgan said";
    # "Aug. 2018", "September 1" dates.
    ("N04", "Drop 30 Percent", 0, "apprehensions_change", "apprehensions", 30, 30, "exact", BORDER, None, "none",
     False, False),
    ("N04", "Up 35 Percent", 0, "apprehensions_change_yearly", "apprehensions", 35, 35, "exact", BORDER, None,
     "none", False, False),
    ("N04", "Honduras — 42,783", 0, "apprehended", "migrants", 42783, 42783, "exact", BORDER + ", Hondurans",
     None, "none", False, False),
    ("N04", "El Salvador — 19,804", 0, "apprehended", "migrants", 19804, 19804, "exact",
     BORDER + ", Salvadorans", None, "none", False, False),
    ("N04", "more than 42,000 migrants", 0, "returned_to_mexico", "migrants", 42000, None, "lower_bound", MPP,
     MORGAN, "person", False, False),
    # N05 (RT News): the trial's monkeys (a sample); the funding and its dollar conversion (each a claim); the doses
    # → "drugmaker AstraZeneca said"; the link line's "Over a third of Americans" (no cue → none); Pandemrix's
    # "over 1,000 people … with permanent brain damage" (the vaccine's injured, `wounded`, core: an event's
    # injury count; another annotator might make it `vaccine_injured`, not core); "2009" a year in a name, "six
    # months of safety testing" a duration, "as early as September" a date; "will apparently continue" hedges the
    # trials, not a figure.
    ("N05", "six rhesus monkeys", 0, "trial_animals", "rhesus monkeys", 6, 6, "exact", OXFORD, None, "none",
     False, False),
    ("N05", "£65.5 million", 0, "government_funding", "pounds", 65_500_000, 65_500_000, "exact", OXFORD, None,
     "none", False, False),
    ("N05", "$80 million", 0, "government_funding", "dollars", 80_000_000, 80_000_000, "exact", OXFORD, None,
     "none", False, False),
    ("N05", "400 million doses", 0, "vaccine_orders", "doses", 400_000_000, 400_000_000, "exact", OXFORD,
     "drugmaker AstraZeneca", "organization", False, False),
    ("N05", "Over a third of Americans", 0, "vaccine_apprehension_share", "Americans", ONE_THIRD, None,
     "lower_bound", "Americans' views of a Covid-19 vaccine", None, "none", False, False),
    ("N05", "over 1,000 people", 0, "wounded", "people", 1000, None, "lower_bound", PANDEMRIX, None, "none",
     False, True),
    # N06 (True Pundit): the headline's layoffs ("nearly" upper_bound; "– True Pundit" the outlet's tag); "10 times
    # higher" a multiplier; Powell's projection "could peak … at 20% to 25%" (a range, hedged: "could"); April's
    # rate none; the world, US and Europe tallies → the Johns Hopkins tally (document, as dev28/'s "a database
    # maintained by Johns Hopkins University"; the cue closes the sentence), infections and deaths core; "seven
    # straight weeks", "the past three weeks", "almost 90 years ago" durations; "1930s" a decade.
    ("N06", "nearly 39 million", 0, "layoffs", "layoffs", None, 39_000_000, "upper_bound", US_JOBS, None, "none",
     False, False),
    ("N06", "10 times higher", 0, "weekly_claims_multiple", "weekly applications", 10, 10, "exact", US_JOBS, None,
     "none", False, False),
    ("N06", "20% to 25%", 0, "unemployment_rate_peak", "unemployment", 20, 25, "range", US_JOBS,
     "Federal Reserve Chairman Jerome Powell", "person", True, False),
    ("N06", "14.7%", 0, "unemployment_rate", "unemployment", 14.7, 14.7, "exact", US_JOBS, None, "none", False,
     False),
    ("N06", "Over 5 million people", 0, "infected", "people", 5_000_000, None, "lower_bound", "COVID-19 worldwide",
     JHU, "document", False, True),
    ("N06", "about 330,000 deaths", 0, "killed", "deaths", 330_000, 330_000, "approx", "COVID-19 worldwide", JHU,
     "document", False, True),
    ("N06", "about 94,000", 0, "killed", "deaths", 94_000, 94_000, "approx", US_COVID, JHU, "document", False,
     True),
    ("N06", "around 165,000", 0, "killed", "deaths", 165_000, 165_000, "approx", "COVID-19 in Europe", JHU,
     "document", False, True),
    # N08 (The Week - Opinion): the daily averages of the US tallies (`cases` / `killed`, core, as dev12/'s and
    # dev15/'s daily averages); the writer's own figures → none; "the past two weeks" a duration, "First" and
    # "a second major surge" ordinals, "Some states" no numeral.
    ("N08", "about 20,000 per day", 0, "cases", "new cases", 20_000, 20_000, "approx", US_COVID, None, "none",
     False, True),
    ("N08", "daily deaths over 1,000", 0, "killed", "deaths", 1000, None, "lower_bound", US_COVID, None, "none",
     False, True),
    # N09 (Yahoo! The 360): the shooting's toll and wounded (core) and the 2015 San Bernardino attack's toll (an
    # earlier event's toll, core, as dev29/'s historical toll); "one of the people" "one of"; "the first time" an
    # ordinal; "many gigabytes" no numeral.
    ("N09", "killed three people", 0, "killed", "people", 3, 3, "exact", PENSACOLA, None, "none", False, True),
    ("N09", "injured eight others", 0, "wounded", "people", 8, 8, "exact", PENSACOLA, None, "none", False, True),
    ("N09", "killed 14 people", 0, "killed", "people", 14, 14, "exact", "2015 San Bernardino terrorist attack",
     None, "none", False, True),
    # N10 (New York Times - Opinion): this year's allocation; "for three decades" a duration; "H.R. 40" an
    # identifier; "the 400th anniversary", "the first Africans" ordinals; "2018", "2019" years.
    ("N10", "$5 million", 0, "holocaust_survivor_support", "dollars", 5_000_000, 5_000_000, "exact",
     "Congress's support for Holocaust survivors", None, "none", False, False),
    # N11 (Vice): no numeric claim ("2050" a year, "Cyborg Soldiers 205" a title, "over the next 30 years" a
    # duration inside the researchers' quotation, "Terminator II" a name).
    # N12 (Mother Jones): no numeric claim ("17-year-old", "26-year-old", "28-year-old", "35-year-old" ages; "2014",
    # "2018", "2015", "last year" dates; the killings carry no numeral).
    # N13 (Humans Are Free): the rates per million (not core, dev15/) and Taiwan's tallies (core); none (the
    # "(Source and Full Article Here.)" link names nothing); "more than 15 years ago" a duration; the headline's
    # "No Lockdowns" no numeral.
    ("N13", "321 cases of COVID-19, or Wuhan flu, per million people", 0, "case_rate", "cases", 321, 321, "exact",
     "COVID-19 worldwide", None, "none", False, False),
    ("N13", "0.3 cases per million people", 0, "case_rate", "cases", 0.3, 0.3, "exact", TAIWAN, None, "none",
     False, False),
    ("N13", "a total of 422 cases", 0, "cases", "cases", 422, 422, "exact", TAIWAN, None, "none", False, True),
    ("N13", "six total deaths", 0, "killed", "deaths", 6, 6, "exact", TAIWAN, None, "none", False, True),
    # N14 (Drudge Report, an Axios story): the high-risk threshold (a threshold, not core) in the map note (none)
    # and again in the Brookings sentence's aside (→ the analysis, document: the cue closes the sentence and the
    # threshold is the analysis's own definition; another annotator might credit nothing in an aside, as dev38/'s
    # K14); "rose from 8% to 79%" two claims (as dev27/'s "from 110,000 to 45,000"), none; "For the last four
    # weeks" a duration; "May 17", "March 29", "2016" dates.
    ("N14", "at least 100 cases per 100,000 residents", 0, "high_risk_threshold", "cases", 100, None,
     "lower_bound", HIGH_RISK, None, "none", False, False),
    ("N14", "at least 100 cases per 100,000 people", 0, "high_risk_threshold", "cases", 100, None, "lower_bound",
     HIGH_RISK, BROOKINGS, "document", False, False),
    ("N14", "from 8%", 0, "population_share_high_prevalence", "Americans", 8, 8, "exact", HIGH_RISK, None, "none",
     False, False),
    ("N14", "to 79%", 0, "population_share_high_prevalence", "Americans", 79, 79, "exact", HIGH_RISK, None, "none",
     False, False),
    # N15 (Yahoo! News): the reopening's capacity limit (a limit, not core); "May 5", "Monday", "early May" dates;
    # "monthlong" a duration; "first phase" an ordinal.
    ("N15", "50% capacity", 0, "reopening_capacity_limit", "capacity", 50, 50, "exact", "Florida reopening", None,
     "none", False, False),
    # N16 (Daily Kos): no numeral. N17 (Media Matters): no numeral ("every last detail", "several major news
    # outlets", "for years" none). N18 (RealClearPolitics): no numeric claim ("’70s" a decade, "year one" an
    # ordinal, "2021" a year).
    # N19 (NBC News): "more than half" inside Zuckerberg's quotation (Facebook's own survey) → "Zuckerberg";
    # "November" a date.
    ("N19", "more than half", 0, "survey_share", "adults", HALF, None, "lower_bound",
     "US adults needing more voting information", "Zuckerberg", "person", False, False),
    # N20 (Newsmax): no numeric claim ("10 Years in Prison", "up to 10 years in prison", "10 years in prison" prison
    # terms, durations; "Title 18, Section 1369" identifiers; "Numerous people arrested" no numeral).
    # N21 (The Washington Post): the masks California decided to buy (none: no cue in the sentence) and Maryland's
    # contract ("after state officials said it failed to deliver on …" → anonymous); "N95" and "3M" names;
    # "large multiples" and "several troubled masks deals" no numeral.
    ("N21", "100 million N95 masks", 0, "masks_ordered", "N95 masks", 100_000_000, 100_000_000, "exact",
     "California mask purchase from Blue Flame Medical", None, "none", False, False),
    ("N21", "$12.5 million contract", 0, "contract_value", "dollars", 12_500_000, 12_500_000, "exact",
     "Maryland contract with Blue Flame Medical", "state officials", "anonymous", False, False),
    # N22 (FrontPage Magazine): no numeric claim ("a few hours ago", "2003", "1966" dates and durations).
    # N23 (The Gateway Pundit): the same story as dev22/'s b14, annotated as there: Hutchison's "about 5 deaths
    # less than 5 deaths" two claims inside her quotation (deaths from gunshot wounds counted as COVID-19 deaths: a
    # miscount, `deaths_from_other_causes`, not core); "between 20 and 30 similar cases" → "Hutchison said" (not
    # core); "between six and 12 months" a duration; the headline's "Several Shootings", "multiple victims" no
    # numeral.
    ("N23", "about 5 deaths", 0, "deaths_from_other_causes", "deaths", 5, 5, "approx", WA_DEATHS,
     "Dr. Katie Hutchison", "person", False, False),
    ("N23", "less than 5 deaths", 0, "deaths_from_other_causes", "deaths", None, 5, "upper_bound", WA_DEATHS,
     "Dr. Katie Hutchison", "person", False, False),
    ("N23", "between 20 and 30 similar cases", 0, "deaths_under_review", "cases", 20, 30, "range", WA_DEATHS,
     "Hutchison", "person", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # N01: "The SBA warned more “severe penalties”" (two words after a verb of warning) → "SBA"; the letter's
    # quotation ("the document continued") and its reopening "Once certified, …" → "SBA letter" (document; the
    # nested bylaws quotation “[e]ach Affiliate …” is inside the letter's, not its own entry).
    ("N01", "severe penalties", 0, "SBA", "organization"),
    ("N01", "PPFA’s bylaws, a version of which", 0, SBA_LETTER, "document"),
    ("N01", "Once certified,", 0, SBA_LETTER, "document"),
    # N02: "YouGov asked whether it's true or false that “Russia tampered …”" → "YouGov" (the question's wording
    # under a verb of asking, as dev37/'s J18); “hacked the election,” a headline phrase (scare quotes).
    ("N02", "Russia tampered with vote tallies", 0, "YouGov", "organization"),
    # N03: Feinstein's and Newsom's statements, one entry each.
    ("N03", "Last night’s shooting of two security guards", 0, "Dianne Feinstein", "person"),
    ("N03", "This is a moment of pain for our state and nation", 0, "Gavin Newsom", "person"),
    # N04: the commissioner's statement and its resumption, and "said, “they need to do more.”" → "Morgan" (the only
    # name given).
    ("N04", "discourages the abuse and exploitation", 0, MORGAN, "person"),
    ("N04", "MPP also promotes a safer", 0, MORGAN, "person"),
    ("N04", "they need to do more.", 0, MORGAN, "person"),
    # N05: none ("Also on rt.com …" a link line without marks). N06: Faucher's quotation.
    ("N06", "While the steady decline in claims is good news", 0, "Gus Faucher", "person"),
    # N07: none (“share”, “Plandemic” one word; “Jesus Social” a name). N08: none.
    # N09: Trump "called for Apple “to step up …”" → "Trump" (the excerpt's "President Trump"); "said it had helped
    # … by handing over “many gigabytes of information”" → "Apple" (a short quotation under "said"; another
    # annotator might call it a phrase).
    ("N09", "to step up to the plate", 0, "Trump", "person"),
    ("N09", "many gigabytes of information", 0, "Apple", "organization"),
    # N10: the headline 'It Is Time for Reparations' (a headline quotation, nobody named → speaker null, as
    # dev20/'s z08); Neal's "said in 2018 that this country has a “responsibility …”" → "Richard E. Neal"; the
    # “delay until death” tactic a label after "call".
    ("N10", "It Is Time for Reparations", 0, None, "unknown"),
    ("N10", "responsibility to support the surviving men and women", 0, "Richard E. Neal", "person"),
    # N11: "the researchers said" → "researchers" (person, unnamed).
    ("N11", "The primary objective of this effort", 0, "researchers", "person"),
    # N12: Williams's first quotation ("told me"), then "she said" and its resumption → three entries.
    ("N12", "My mind instantly went to Sandra Bland", 0, WILLIAMS, "person"),
    ("N12", "If you’re Black doing anything", 0, WILLIAMS, "person"),
    ("N12", "There’s this anxiety that comes with it", 0, WILLIAMS, "person"),
    # N13: none. N14: "writes William Frey".
    ("N14", "This suggests that rhetoric", 0, "William Frey", "person"),
    # N15: the headline's 'manually change data' (after "said she was fired … because she refused to", a short
    # quotation after a verb of saying); "her removal was "not voluntary"" and "refused to "manually change data
    # …"" in the body → "Rebekah Jones" (three entries).
    ("N15", "manually change data", 0, JONES, "person"),
    ("N15", "not voluntary", 0, JONES, "person"),
    ("N15", "manually change data to drum up support", 0, JONES, "person"),
    # N16: "Paul Ryan had a spokesperson say that “…”" → "spokesperson" (the words naming the unnamed speaker;
    # another annotator might write "Paul Ryan"); Rubio's "said on Meet the Press that “…”" → "Marco Rubio";
    # Lankford "described Trump as “exceptionally frustrated.”" → "James Lankford" (two words after a verb of
    # describing, as dev39/'s "characterized … as “mentally deranged behavior.”"; another annotator might call it a
    # label).
    ("N16", "As the speaker has always said", 0, "spokesperson", "person"),
    ("N16", "I remain confident that the special counsel", 0, "Marco Rubio", "person"),
    ("N16", "exceptionally frustrated.", 0, "James Lankford", "person"),
    # N17: "headlines quoting Trump's “case is closed” reaction" → "Trump" (his words, a clause; another annotator
    # might call it a label of the reaction); "calling him a “true never-Trumper”" a label after a naming verb; "who
    # “should have never been chosen”" and "because he is “totally conflicted.”" → "Trump" (his words under
    # "Speaking to reporters"); “on the one hand, but on the other hand” a frame's name (a term).
    ("N17", "case is closed", 0, "Trump", "person"),
    ("N17", "should have never been chosen", 0, "Trump", "person"),
    ("N17", "totally conflicted.", 0, "Trump", "person"),
    # N18: Bennett's two quotations, each resumed after "Bennett said," → four entries (the only name given).
    ("N18", "The Joe Biden credentials on gun safety", 0, BENNETT, "person"),
    ("N18", "notwithstanding some stuff", 0, BENNETT, "person"),
    ("N18", "There is an absolute opportunity", 0, BENNETT, "person"),
    ("N18", "and I hope that he does take it", 0, BENNETT, "person"),
    # N19: "Zuckerberg wrote" and "he said" → "Zuckerberg" (the only name given).
    ("N19", "a responsibility not just to prevent voter suppression", 0, "Zuckerberg", "person"),
    ("N19", "This work is sorely needed", 0, "Zuckerberg", "person"),
    # N20: Trump's three tweets ("wrote on Twitter", "He added", "tweeted") → "Trump"; the code's "destruction of
    # veterans' memorials" (the offence's name, a title) and the graffiti's "Killer Scum" (a label) not quotes.
    ("N20", "I have authorized the Federal Government", 0, "Trump", "person"),
    ("N20", "This action is taken effective immediately", 0, "Trump", "person"),
    ("N20", "Numerous people arrested in D.C.", 0, "Trump", "person"),
    # N21: the headline ‘No offense, but is this a joke?’ (a headline quotation, nobody named → speaker null);
    # Di Domenico's quotation.
    ("N21", "No offense, but is this a joke?", 0, None, "unknown"),
    ("N21", "To the extent that companies are retailing N95 masks", 0, "Di Domenico", "person"),
    # N22: Fauci's quotation, its resumption and "According to Fauci, “…”" → three entries, "Fauci".
    ("N22", "He has been all over this", 0, FAUCI, "person"),
    ("N22", "I was on the phone with him", 0, FAUCI, "person"),
    ("N22", "This time around from my perception", 0, FAUCI, "person"),
    # N23: as dev22/'s b14: the epidemiologists' “number of nuances” (three words after a verb of saying) → their
    # words; Hutchison's quotation → "Katie Hutchison" (title dropped).
    ("N23", "number of nuances", 0, WA_EPIDEMIOLOGISTS, "person"),
    ("N23", "We currently do have some deaths", 0, HUTCHISON, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
