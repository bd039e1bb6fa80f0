"""The twenty-fourth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev24/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

NEVAREZ = "Poncho Nevárez"
NEVAREZ_CASE = "Poncho Nevárez cocaine envelope case"
COHEN = "Michael Cohen"
COHEN_CUE = "the president’s former personal attorney"
SIHANOUKVILLE = "Sihanoukville casinos"
REINFECTION_STUDY = "Barouch monkey reinfection study"
VACCINE_STUDY = "Barouch monkey vaccine study"
US_COVID = "COVID-19 in the United States"
UIOWA = "University of Iowa fall 2020 hybrid model"
ADL_2019 = "anti-Semitic incidents in the United States, 2019"
ADL_AUDIT = "The 2019 ADL audit"
ADL = "the Anti-Defamation League"
US = "United States"
JASPER = "COVID-19 in Jasper County, South Carolina"
SCDHEC = "South Carolina’s Department of Health and Environmental Control"
KISSLING = "Frances Kissling"
MODEL = "COVID-19 forecast of the writer and Norbert Michel"
OMEARA = "O’Meara"
KANYE = "Kanye West"
WILLIAMS = "Williams"
JOHNSON = "Jeh Johnson"
BAROUCH = "Dan Barouch"
GREENBLATT = "Jonathan A. Greenblatt"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # i00 (The Texas Tribune): the two employees who found the envelope → "according to the affidavit"
    # (document: the "when" clause belongs to the clause the cue governs); "Sept. 6" a date, "last week" no
    # numeral.
    ("i00", "two Texas Department of Transportation employees", 0, "employees",
     "Texas Department of Transportation employees", 2, 2, "exact", NEVAREZ_CASE, "the affidavit", "document",
     False, False),
    # i01 (AlterNet): the headline's "two Wisconsin cases" (court cases, not case counts); "twin setbacks" no
    # numeral; "2020", "2019" years, "6 PM" a time, "from June", "next year" dates.
    ("i01", "two Wisconsin cases", 0, "court_cases", "Wisconsin cases", 2, 2, "exact",
     "Wisconsin voting rights litigation", None, "none", False, False),
    # i02 (John Fund): no numeric claim ("the early 2000s" a decade, "2010", "2004" years, "two years later"
    # a duration, "both men" no numeral).
    # i03 (HotAir): "two women" inside Cohen's reported account ("…, the president's former personal attorney
    # said") → person; "two campaign finance violations" (what he was sentenced for) → none; "three years in
    # federal prison" a prison term (a duration, dev8/); "his first since" an ordinal.
    ("i03", "two women", 0, "hush_money_recipients", "women", 2, 2, "exact", "Trump hush-money payments",
     COHEN_CUE, "person", False, False),
    ("i03", "two campaign finance violations", 0, "campaign_finance_violations", "campaign finance violations",
     2, 2, "exact", COHEN, None, "none", False, False),
    # i04 (New Republic): no numeric claim ("last week" no numeral).
    # i05 (Reuters): "some 70 casinos" approx; "batches of $10,000" an amount of money (a measurement);
    # "U.S. hundred-dollar bills" a denomination, "China 2.0" a name; "April 1" a date; "in 2019", "in 2020"
    # (captions) years; "one of the most visible examples" ("one of").
    ("i05", "some 70 casinos", 0, "casinos", "casinos", 70, 70, "approx", "Sihanoukville", None, "none", False,
     False),
    ("i05", "batches of $10,000", 0, "cash_batch", "dollars", 10000, 10000, "exact", SIHANOUKVILLE, None,
     "none", False, False),
    # i06 (RT News): no numeric claim ("A 2016 study", "in 2018" years; "as many people" no numeral).
    # i07 (Yahoo! News): the studies' samples (not core: study animals, as dev14/'s "53 patients"; the
    # monkeys were infected on purpose, a design, not an outbreak); "researchers" and "Barouch and
    # colleagues" are the actors, not sources: none; "one of the new studies" ("one of"), "the second study"
    # (an ordinal), "SARS-CoV-2", "COVID-19" names.
    ("i07", "nine monkeys", 0, "study_animals", "monkeys", 9, 9, "exact", REINFECTION_STUDY, None, "none",
     False, False),
    ("i07", "25 monkeys", 0, "study_animals", "monkeys", 25, 25, "exact", VACCINE_STUDY, None, "none", False,
     False),
    ("i07", "six prototype vaccines", 0, "prototype_vaccines", "prototype vaccines", 6, 6, "exact",
     VACCINE_STUDY, None, "none", False, False),
    ("i07", "10 control animals", 0, "control_animals", "control animals", 10, 10, "exact", VACCINE_STUDY, None,
     "none", False, False),
    # i08 (Mediaite): no numeric claim (pasted tweets: "one of their staff writers" ("one of"), "died in
    # 2018" a year, "H1N1" a name, "the fifth time in the past year and a half" an ordinal and a duration,
    # "March 25, 2020" dates, t.co links identifiers).
    # i09 (Independent Journal Review): no numeric claim ("the two" a reference count; "multiple" no numeral;
    # "the first steps" an ordinal; "He killed someone" no numeral).
    # i10 (Latino Rebels): the national case count ("surpassed" lower_bound, dev22/) and toll ("the country
    # has confirmed": the country is the count's subject, not a source: none); "classes of 50 or more
    # students" a threshold (lower_bound, as dev2/'s "gatherings of 10 or more"); "Dozens of universities"
    # vague 24/null; the multipliers as factors (not core) → none: the CDC is named in the sentence before
    # ("Numbers from the … (CDC) paint a jarring picture"), sentence-local; "early July", "July 17", "fall
    # 2020" dates; "last month" no numeral.
    ("i10", "surpassed three million COVID-19 cases", 0, "cases", "COVID-19 cases", 3000000, None,
     "lower_bound", US_COVID, None, "none", False, True),
    ("i10", "more than 138,000 deaths", 0, "killed", "deaths", 138000, None, "lower_bound", US_COVID, None,
     "none", False, True),
    ("i10", "classes of 50 or more students", 0, "class_size_threshold", "students", 50, None, "lower_bound",
     UIOWA, None, "none", False, False),
    ("i10", "Dozens of universities", 0, "universities", "universities", 24, None, "vague",
     "U.S. universities adopting hybrid models", None, "none", False, False),
    ("i10", "five times more likely to be hospitalized", 0, "hospitalization_risk_ratio",
     "likelihood of hospitalization", 5, 5, "exact", "Indigenous and Black people vs. white people (COVID-19)",
     None, "none", False, False),
    ("i10", "a rate four times higher", 0, "hospitalization_rate_ratio", "hospitalization rate", 4, 4, "exact",
     "Latinx people vs. white people (COVID-19)", None, "none", False, False),
    # i11 (The Post Millennial): "Eight homeless people have died" inside Purdon's quotation → person, a toll
    # (`killed`, as dev12/'s "Two other Amazon warehouse workers … have died"), core; "tens of thousands of
    # migrants" vague 20,000/null (not core); "the many millions of dollars" vague 2,000,000/null ("I
    # discovered": the writer's own finding, none); "multimillion dollar tents" no numeral (as dev16/'s
    # "multi-billion-dollar"); "two-tier shelter system" an idiom, not a count (as dev6/'s "One Simple
    # Truth"); "in the past two months", "six-month periods", "up to four years" durations; "Home Alone 2" a
    # title; "the first part of 2019" a date; "not once mentioning" no count.
    ("i11", "Eight homeless people have died", 0, "killed", "homeless people", 8, 8, "exact",
     "homeless deaths in Toronto", "Purdon", "person", False, True),
    ("i11", "tens of thousands of migrants", 0, "migrants", "migrants", 20000, None, "vague",
     "migrants and refugee claimants entering Canada", None, "none", False, False),
    ("i11", "many millions of dollars", 0, "spending", "dollars", 2000000, None, "vague",
     "City of Toronto accommodations for refugee claimants", None, "none", False, False),
    # i12 (International Business Times): the KEY POINTS line → "The 2019 ADL audit" (document); the lead's
    # total and toll → "the Anti-Defamation League reported Tuesday" (organization; "were reported" is the
    # count's definition, reported incidents, with its source named: not a hedge, as dev20/'s "cases were
    # reported in"); "The 2,107 acts" and "a 12% increase" have no cue (none); "2018", "2019" years, "the
    # past four decades" a time window; "no incidents" no numeral.
    ("i12", "1,127 harassment incidents", 0, "harassment_incidents", "harassment incidents", 1127, 1127,
     "exact", ADL_2019, ADL_AUDIT, "document", False, False),
    ("i12", "919 cases of valdalism", 0, "vandalism_incidents", "cases of valdalism", 919, 919, "exact",
     ADL_2019, ADL_AUDIT, "document", False, False),
    ("i12", "61 assaults", 0, "assaults", "assaults", 61, 61, "exact", ADL_2019, ADL_AUDIT, "document", False,
     False),
    ("i12", "More than 2,000 anti-Semitic incidents", 0, "antisemitic_incidents", "anti-Semitic incidents",
     2000, None, "lower_bound", ADL_2019, ADL, "organization", False, False),
    ("i12", "killed five people", 0, "killed", "people", 5, 5, "exact", ADL_2019, ADL, "organization", False,
     True),
    ("i12", "The 2,107 acts", 0, "antisemitic_incidents", "acts", 2107, 2107, "exact", ADL_2019, None, "none",
     False, False),
    ("i12", "a 12% increase", 0, "incident_increase", "percent", 12, 12, "exact", ADL_2019, None, "none", False,
     False),
    # i13 (Politico): the same two figures as dev12/'s r15 (the same story), annotated as there: the
    # hypothetical "if there are 250,000 people dead" (`death_toll`, hedged by "if", "some" vague, not core)
    # and Graham's pull quote "120 [thousand deaths]" (the bracket read as part of the figure, credited to
    # the label after it, person; a benchmark, not hedged, not core); "1967", "1968" years, "second term",
    # "second wave" ordinals, "one Republican" a determiner.
    ("i13", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague",
     True, False),
    ("i13", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US,
     "Sen. Lindsey Graham", "person", False, False),
    # i14 (WorldHealth.Net): no numeric claim ("COVID-19" a name).
    # i15 (FiveThirtyEight): the county's cases and its one death → the state department (organization);
    # "about 35 minutes away" a travel time (a duration, as dev22/'s "five days away"); the headline's "One
    # High-Risk Community" a determiner (as dev23/'s "at one Georgia high school").
    ("i15", "15 COVID-19 cases", 0, "cases", "COVID-19 cases", 15, 15, "exact", JASPER, SCDHEC,
     "organization", False, True),
    ("i15", "one death", 0, "killed", "death", 1, 1, "exact", JASPER, SCDHEC, "organization", False, True),
    # i16 (Roll Call): "over 9,400 false or misleading statements" → "The Washington Post's Fact Checker staff
    # has found" (organization); "last June" a date; "the two clashed" a reference count.
    ("i16", "over 9,400 false or misleading statements", 0, "false_statements",
     "false or misleading statements", 9400, None, "lower_bound", "Donald Trump",
     "The Washington Post’s Fact Checker staff", "organization", False, False),
    # i17 (Portland Press Herald): no numeric claim ("a few hours", "the decades prior", "several months" no
    # numeral).
    # i18 (RollingStone.com): no numeric claim ("October 11, 2018" a date).
    # i19 (Julian Zelizer): no numeric claim ("one big win" generic, a determiner; "the coming months" no
    # numeral).
    # i20 (Michelle Goldberg): "one woman out of 20 million" inside Kissling's quotation, a frequency (as
    # dev19/'s "three out of 10 Americans", a share: 1/20,000,000), hedged (a hypothetical: "there would not
    # be"); "about a dozen doctors" → "As she points out" (the pronoun's referent, person), approx 12; "the
    # 33rd week", "third-trimester" ordinals; "a life sentence", "several of them" no numeral.
    ("i20", "one woman out of 20 million", 0, "late_abortion_frequency", "women", 1 / 20_000_000,
     1 / 20_000_000, "exact", "third-trimester abortions without medical necessity", KISSLING, "person", True,
     False),
    ("i20", "about a dozen doctors", 0, "abortion_providers", "doctors", 12, 12, "approx",
     "U.S. doctors performing third-trimester abortions", KISSLING, "person", False, False),
    # i21 (Los Angeles Daily News): no numeric claim ("our 34-year history" an age, as dev/'s "221-year
    # history"; "the first time" an ordinal).
    # i22 (Heartland Institute): the assumed ICU mortality rates (range) and the model's projected deaths
    # ("could range from near 78,000 … to as many as 810,000": one range, a projection, hedged, not core);
    # "we found" is the writer and his colleague: none (the writer's own model); "Aug. 1" a date; "R0",
    # "COVID-19" names.
    ("i22", "between 5% and 30%", 0, "icu_mortality_rate_assumption", "mortality rate", 5, 30, "range", MODEL,
     None, "none", False, False),
    ("i22", "near 78,000 deaths to as many as 810,000 deaths", 0, "projected_deaths", "deaths", 78000, 810000,
     "range", MODEL, None, "none", True, False),
    # i23 (Sputnik News): no numeric claim ("a majority of sides", "a few options" no numeral).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("i00", "news is true", 0, NEVAREZ, "person"),
    ("i00", "I do not have anyone to blame but myself", 0, NEVAREZ, "person"),
    ("i00", "I accept this because it is true", 0, NEVAREZ, "person"),
    ("i00", "dropping a white paper object", 0, "affidavit", "document"),
    ("i03", "was very concerned about how this would affect the election", 0, COHEN, "person"),
    ("i03", "I knew what I was doing was wrong", 0, COHEN, "person"),
    ("i03", "I stood up before the world", 0, COHEN, "person"),
    ("i03", "Of course", 0, COHEN, "person"),
    ("i03", "help [Trump] and his campaign", 0, COHEN, "person"),
    ("i05", "China speed", 0, "Gavin Gao", "person"),
    ("i05", "Sihanoukville is going at China speed", 0, "Gavin Gao", "person"),
    ("i06", "Rather than being seduced by exhortations", 0, "Guardian column", "document"),
    ("i06", "overwhelmingly brown and black", 0, "Safran Foer", "person"),
    ("i07", "do develop natural immunity", 0, BAROUCH, "person"),
    ("i07", "It's very good news", 0, BAROUCH, "person"),
    ("i09", "Animals and Thugs", 0, OMEARA, "person"),
    ("i09", "He killed someone.", 0, OMEARA, "person"),
    ("i09", "Stop treating us like animals and thugs", 0, OMEARA, "person"),
    ("i09", "We all read in the paper all week", 0, OMEARA, "person"),
    ("i09", "What world are we living in?", 0, OMEARA, "person"),
    ("i11", "People are dying.", 0, "Purdon", "person"),
    ("i12", "This was a year of unprecedented antisemitic activity", 0, GREENBLATT, "person"),
    ("i12", "This contributed to a rising climate", 0, GREENBLATT, "person"),
    ("i13", "Allowing people to get to some semblance of normal", 0, "Republican close to the president",
     "person"),
    ("i13", "The closer you can have it to 120", 0, "Lindsey Graham", "person"),
    ("i15", "Amazon is a way of life", 0, WILLIAMS, "person"),
    ("i15", "Delivery services are not as effective", 0, WILLIAMS, "person"),
    ("i15", "For the working families that have to go", 0, WILLIAMS, "person"),
    ("i16", "Experts say there were some separations", 0, "FactCheck", "organization"),
    ("i16", "never happened", 0, JOHNSON, "person"),
    ("i16", "There may have been some exigent situation", 0, JOHNSON, "person"),
    ("i16", "I can’t say it never happened", 0, JOHNSON, "person"),
    ("i17", "Jessica and Christina, we are so proud of you", 0, "Andrew Morgan", "person"),
    ("i17", "shows all the work that went in", 0, "Jessica Meir", "person"),
    ("i18", "I’m married to a family", 0, KANYE, "person"),
    ("i18", "There’s something about", 0, KANYE, "person"),
    ("i18", "I love Hillary", 1, KANYE, "person"),
    ("i18", "feel like Superman", 1, KANYE, "person"),
    ("i18", "It’s called the Yeezy Effect", 0, KANYE, "person"),
    ("i19", "if the effectiveness of the A.C.A is diminished", 0, "Steve Rattner", "person"),
    ("i20", "No matter what the law were", 0, KISSLING, "person"),
    ("i20", "I am not saying that there would not be", 0, KISSLING, "person"),
    ("i20", "What I have learned is that all of them", 0, KISSLING, "person"),
    ("i21", "These business realities have forced", 0, "release", "document"),
    ("i21", "Those impacted have been notified", 0, "release", "document"),
    ("i22", "working with Microsoft to tidy up the code", 0, "Nature", "organization"),
    ("i23", "Sadder Than Dancing With Your Sister", 0, "Luis Enrique", "person"),
    ("i23", "It's quite scary how you can feel", 0, None, "unknown"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
