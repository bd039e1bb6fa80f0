"""The seventy-second (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev72/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The article key is the file name's first
three characters ("}00" … "}23": the prefix "}" as every letter and digit was taken by earlier sets).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

BILLION = 1_000_000_000
MILLION = 1_000_000
TRILLION = 1_000_000_000_000

CAMP_FIRE = "Camp Fire deaths in California"
FARMINGTON = "ICE sting at the fake University of Farmington"
US_COVID = "COVID-19 in the United States"
MD_COVID = "COVID-19 in Maryland"
FLU = "seasonal influenza"
VA_REOPEN = "Virginia Phase 1 reopening rules"
DEM_FIELD = "Democratic presidential field"
STIMULUS = "second stimulus check eligibility"
WUI = "IMF World Uncertainty Index"
FAUCI = "Anthony Fauci"
MCCONNELL = "Mitch McConnell"
CRUMP = "Benjamin Crump"
THIRD_DEGREE = "third-degree murder charge"  # }10: the charge "alleges" (document, the cue's noun)
GUNZBURG = "Alexander Gunzburg"
HARRIS = "John F. Harris"
JENNINGS = "Scott Jennings"
GABLE = "John Gable"
BLADES = "Joan Blades"
RED_QUEEN = "Red Queen"  # }21: "said the Queen", named "The Red Queen" in the epigraph's credit line

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # }00 (The Daily Signal): Asheville's "83% white" (a share, in percent) and "less than 100,000 residents"
    # ("less than" upper_bound); both the writer's (none). “Community Reparations Commission” a name.
    ("}00", "83% white", 0, "white_population_share", "residents", 83, 83, "exact", "Asheville, North Carolina",
     None, "none", False, False),
    ("}00", "less than 100,000 residents", 0, "population", "residents", None, 100000, "upper_bound",
     "Asheville, North Carolina", None, "none", False, False),
    # }01 (George Will): "never fell below 14 percent" (the rate stayed at 14 or above: lower_bound 14/null);
    # "until 1941", "1937–38" years; "eight years into the New Deal", "just 25 months ago" durations; "the 20th
    # century’s third-worst recession", "First", "Second", "his first inaugural address" ordinals; "approximately
    # none" no numeral.
    ("}01", "never fell below 14 percent", 0, "unemployment_rate", "percent", 14, None, "lower_bound",
     "United States under the New Deal", None, "none", False, False),
    # }02 (CNS News): no numeric claim ("9 a.m. EDT Friday" a time; "December of 2016", "January 2016" dates;
    # "R-S.C." a party label).
    # }03 (BBC News): "around a tonne of CO2" (approx 1, a measurement: "a" as the numeral one, as "a dozen" 12;
    # "a cubic metre" is the unit it is measured per, not a claim); "350 litres of gasoline" (the equivalent,
    # exact: "similar to" compares, it does not qualify the number); "doubles its contribution" (a multiplier,
    # exact 2, as earlier sets' "more than doubled"). All the writer's (none). "CO2" a formula.
    ("}03", "around a tonne of CO2", 0, "co2_stored_per_cubic_metre", "tonnes of CO2", 1, 1, "approx",
     "wood as a building material", None, "none", False, False),
    ("}03", "350 litres of gasoline", 0, "gasoline_equivalent", "litres of gasoline", 350, 350, "exact",
     "wood as a building material", None, "none", False, False),
    ("}03", "doubles its contribution", 0, "co2_reduction_multiplier", "contribution", 2, 2, "exact",
     "wood replacing concrete and steel", None, "none", False, False),
    # }04 (New Republic): no numeric claim ("A quarter-century covering national politics", inside Harris's
    # quotation, a duration; "One Big Thing the Dems Get Wrong About Warren" a headline's title; "weekly").
    # }05 (Yahoo! News): "expected to top $5.8 trillion" (a projection: "top" lower_bound, hedged "expected to",
    # as earlier sets' "is expected to"; not core). "less than a month ago" a duration; "COVID-19" a name.
    ("}05", "top $5.8 trillion", 0, "projected_economic_losses", "dollars", 5.8 * TRILLION, None, "lower_bound",
     "global economy in the coronavirus pandemic", None, "none", True, False),
    # }06 (Drudge Report): "groups larger than 10" (a rule's threshold, lower_bound, as earlier sets' "gatherings
    # of 10 or more") in the clause of "Wolf said" → "Wolf" (the excerpt gives no first name). "May 18" a date.
    ("}06", "groups larger than 10", 0, "group_size_limit", "people", 10, None, "lower_bound",
     "Ohio bar and restaurant health rules", "Wolf", "person", False, False),
    # }07 (Pravda Report): no numeral ("N. F. Gamalei" a name; "COVID-19" a name; "the number of colleagues" no
    # figure).
    # }08 (CNN - Editorial): the Kavanaugh-hearing arrests (`arrested`, core, as earlier sets' arrests; none);
    # "over the first two days of hearings" a duration; "2016" a year; "one of the biggest complaints" "one of";
    # "one hand tied behind her back" an idiom.
    ("}08", "More than 140 people have been arrested", 0, "arrested", "people", 140, None, "lower_bound",
     "protests at the Kavanaugh confirmation hearing", None, "none", False, True),
    # }09 (New York Times - News): the 13 bodies found and the total of 42 dead, in the clause of "the authorities
    # announced" → "the authorities" (anonymous, as earlier sets' unnamed authorities); "up to 42" means "raised
    # to 42" (exact, not upper_bound); "Ten of the 13" a claim of 10 (the 13 a reference back); "the remaining
    # three" a claim (definite but new, as dev9/'s "The remaining 34 cities"); all `killed`, core. "A quarter of
    # its residents" (0.25) → "census data from 2017" (document); "Fourteen percent of the population" none
    # (sentence-local). "over 65" an age; "since 2002" a year; "one of the wealthiest ZIP codes" "one of".
    ("}09", "13 more bodies", 0, "killed", "bodies", 13, 13, "exact", CAMP_FIRE, "the authorities", "anonymous",
     False, True),
    ("}09", "the total dead in the Camp Fire up to 42", 0, "killed", "dead", 42, 42, "exact", CAMP_FIRE,
     "the authorities", "anonymous", False, True),
    ("}09", "Ten of the 13", 0, "killed", "bodies", 10, 10, "exact", "Camp Fire deaths in Paradise", None, "none",
     False, True),
    ("}09", "the remaining three", 0, "killed", "bodies", 3, 3, "exact", "Camp Fire deaths in Concow", None,
     "none", False, True),
    ("}09", "A quarter of its residents", 0, "residents_over_65_share", "residents", 0.25, 0.25, "exact",
     "Paradise, California", "census data from 2017", "document", False, False),
    ("}09", "Fourteen percent of the population", 0, "poverty_rate", "population", 14, 14, "exact",
     "Paradise, California", None, "none", False, False),
    # }10 (Reason): no numeric claim ("up to 25 years in prison", "up to 10 years in prison" prison terms, as
    # dev23/'s and dev41/'s; "third-degree", "second-degree", "first-degree" ordinals; "one officer" a determiner).
    # }11 (MarketWatch): flu statistics of every year (not core, as national yearly statistics), all four in the
    # clause of "There are reported to be" (hedged, as dev21/'s "are reported"; no source named: none): "some 1
    # billion" approx, "up to 45 million" upper_bound, "tens of thousands" vague 20,000/null, "291,000 to 646,000"
    # range. "less than 1%" upper_bound (none); Fauci "estimates" "closer to 0.1%" (approx; an estimate is not
    # hedged) and his quoted "roughly 10 times more lethal" (a multiplier, approx 10; "he said": his). "more than
    # 2,000 years" a duration; "once every 40 years" a frequency; "the two viruses" a reference count;
    # "Wednesday" a date.
    ("}11", "some 1 billion influenza infections", 0, "flu_infections_yearly", "influenza infections", 1 * BILLION,
     1 * BILLION, "approx", FLU + ", worldwide", None, "none", True, False),
    ("}11", "up to 45 million cases", 0, "flu_cases_yearly", "cases", None, 45 * MILLION, "upper_bound",
     FLU + ", United States", None, "none", True, False),
    ("}11", "tens of thousands of U.S. deaths", 0, "flu_deaths_yearly", "deaths", 20000, None, "vague",
     FLU + ", United States", None, "none", True, False),
    ("}11", "291,000 to 646,000 deaths", 0, "flu_deaths_yearly", "deaths", 291000, 646000, "range",
     FLU + ", worldwide", None, "none", True, False),
    ("}11", "less than 1%", 0, "fatality_rate", "percent", None, 1, "upper_bound", FLU, None, "none", False,
     False),
    ("}11", "closer to 0.1%", 0, "fatality_rate", "percent", 0.1, 0.1, "approx", FLU, FAUCI, "person", False,
     False),
    ("}11", "roughly 10 times more lethal", 0, "lethality_multiplier", "times", 10, 10, "approx",
     "COVID-19 compared with seasonal flu", FAUCI, "person", False, False),
    # }12 (USA TODAY): the headline's "90 more foreign students" (none) and "about 250 students have now been
    # arrested" → "ICE officials" (anonymous: unnamed officials of a named agency, as earlier sets' "Milwaukee
    # officials"), both `arrested`, core; "One has been allowed to stay" a count of one (a claim, not core).
    # "since January" a date; "Many of those arrested" no numeral; the link line's "waiting years" no numeral.
    ("}12", "90 more foreign students", 0, "arrested", "foreign students", 90, 90, "exact", FARMINGTON, None,
     "none", False, True),
    ("}12", "about 250 students", 0, "arrested", "students", 250, 250, "approx", FARMINGTON, "ICE officials",
     "anonymous", False, True),
    ("}12", "One has been allowed to stay", 0, "allowed_to_stay", "students", 1, 1, "exact", FARMINGTON, None,
     "none", False, False),
    # }13 (WorldHealth.Net): "within 6 feet" (the CDC's testing criterion, upper_bound; the sentence reports
    # the CDC's updated guidance → "The CDC", organization); the "$11.5 billion deal" (the participle
    # "announcing" hangs on a garbled subject: none); BARDA's "$598,000" and the kit's "21 other respiratory
    # infections" none ("according to the company" read as opening the last clause, whose comma is missing:
    # "according to the company[,] results can be provided in an hour"). "2nd" an ordinal; "January 31, 2020" a
    # date; "in the 2 weeks since", "in an hour" durations; "a few months" no numeral; "QIAstat-Dx" a name.
    ("}13", "within 6 feet", 0, "testing_contact_distance", "feet", None, 6, "upper_bound",
     "CDC COVID-19 testing criteria", "The CDC", "organization", False, False),
    ("}13", "$11.5 billion deal", 0, "acquisition_price", "dollars", 11.5 * BILLION, 11.5 * BILLION, "exact",
     "Thermo Fisher acquisition of Qiagen", None, "none", False, False),
    ("}13", "$598,000", 0, "funding", "dollars", 598000, 598000, "exact", "BARDA funding of Qiagen", None, "none",
     False, False),
    ("}13", "21 other respiratory infections", 0, "infections_distinguished", "respiratory infections", 21, 21,
     "exact", "Qiagen QIAstat-Dx test kit", None, "none", False, False),
    # }14 (The Washington Post): Virginia's rules, all the writer's (none), limits (not core): "half capacity"
    # and "half of their lowest licensed capacity" (fractions, 0.5), "at least six feet apart" (twice) and "at
    # least 10 feet apart" (distances, lower_bound), "more than 10 people" (a threshold, lower_bound), "one person
    # per lane" (a count of one per lane). The chart label "New daily deaths per 100,000 residents" (a rate's
    # unit, no figure); "Phase 1" a name; "until June 10" a date; "most counties", "No fitting rooms" no numeral.
    ("}14", "half capacity", 0, "outdoor_dining_capacity_limit", "capacity", 0.5, 0.5, "exact", VA_REOPEN, None,
     "none", False, False),
    ("}14", "at least six feet apart", 0, "distance", "feet", 6, None, "lower_bound", VA_REOPEN, None, "none",
     False, False),
    ("}14", "more than 10 people", 0, "gathering_limit", "people", 10, None, "lower_bound", VA_REOPEN, None,
     "none", False, False),
    ("}14", "half of their lowest licensed capacity", 0, "retail_capacity_limit", "licensed capacity", 0.5, 0.5,
     "exact", VA_REOPEN, None, "none", False, False),
    ("}14", "at least six feet apart", 1, "distance", "feet", 6, None, "lower_bound", VA_REOPEN, None, "none",
     False, False),
    ("}14", "at least 10 feet apart", 0, "distance", "feet", 10, None, "lower_bound", VA_REOPEN, None, "none",
     False, False),
    ("}14", "one person per lane", 0, "lap_swimming_limit", "person", 1, 1, "exact", VA_REOPEN, None, "none",
     False, False),
    # }15 (Reuters): the national and Maryland tallies, all the writer's (none), core: "infected more than
    # 580,000 people" (`infected`), "killed nearly 24,000" ("nearly" upper_bound), "around 9,000 have tested
    # positive" (`infected`, as earlier sets' "tested positive"), "more than 260 have died". "since March 30" a
    # date; "a more than 12-hour shift", "a 12-hour shift" durations; "Capadngan, 29" an age; "one hospital" a
    # determiner; "one of the toughest parts" "one of".
    ("}15", "infected more than 580,000 people", 0, "infected", "people", 580000, None, "lower_bound", US_COVID,
     None, "none", False, True),
    ("}15", "killed nearly 24,000", 0, "killed", "people", None, 24000, "upper_bound", US_COVID, None, "none",
     False, True),
    ("}15", "around 9,000 have tested positive", 0, "infected", "people", 9000, 9000, "approx", MD_COVID, None,
     "none", False, True),
    ("}15", "more than 260 have died", 0, "killed", "people", 260, None, "lower_bound", MD_COVID, None, "none",
     False, True),
    # }16 (Roll Call): "one of three states with gubernatorial races" a claim of 3 (the count beside "one of", as
    # dev63/'s "one of three people arrested"; none). "in 2020", "next month", "next year" dates.
    ("}16", "three states", 0, "states_with_governor_races", "states", 3, 3, "exact",
     "2019 gubernatorial elections", None, "none", False, False),
    # }17 (San Francisco Chronicle): "three different perspectives" in the writer's apposition about AllSides
    # inside Gable's cue (none, as dev71/'s appositions). "MoveOn.org" a name.
    ("}17", "three different perspectives", 0, "perspectives_shown", "perspectives", 3, 3, "exact", "AllSides",
     None, "none", False, False),
    # }18 (Jonah Goldberg): the joke's counts of the Democratic field (the writer's own joke: none): "two black
    # guys", "three white women", "two elderly Caucasian Jews". "one of whom", "(one a billionaire, the other …)"
    # determiners; "An Asian guy", "a few nondescript white guys" no numeral; "December 3" a date.
    ("}18", "two black guys", 0, "candidates", "black guys", 2, 2, "exact", DEM_FIELD, None, "none", False, False),
    ("}18", "three white women", 0, "candidates", "white women", 3, 3, "exact", DEM_FIELD, None, "none", False,
     False),
    ("}18", "two elderly Caucasian Jews", 0, "candidates", "elderly Caucasian Jews", 2, 2, "exact", DEM_FIELD,
     None, "none", False, False),
    # }19 (AP Fact Check): no numeral ("one which is practically identical" a pronoun; "Thursday’s hearing",
    # "last year" dates; "D-Calif." a party label).
    # }20 (Newsmax): McConnell's income cap ("proposed that": his, person; "or less" upper_bound) and the same
    # cap in his quotation ("he said" → his; "about … or less" upper_bound). "Second Stimulus Check" an ordinal;
    # "a two-week break", "two weeks" durations; "July 20", "Aug. 3", "August", "Monday", "Thursday" dates.
    ("}20", "$40,000 or less a year", 0, "income_cap", "dollars", None, 40000, "upper_bound", STIMULUS,
     "Senate Majority Leader Mitch McConnell", "person", False, False),
    ("}20", "about $40,000 a year or less", 0, "income_cap", "dollars", None, 40000, "upper_bound", STIMULUS,
     MCCONNELL, "person", False, False),
    # }21 (FrontPage Magazine): the headline's "6 Things" and the body's "six impossible things" (the writer's
    # list, none; each a claim); inside the Red Queen's quotation "half an hour a day" (an amount per period, as
    # dev60/'s "18 hours a day") and "as many as six impossible things" ("as many as" upper_bound, as dev9/);
    # "(they made one disappear)" a count of one (the physicians made to disappear; not core). "1." a list number;
    # "human-to-human" no figure; "Alice in Wonderland" a title.
    ("}21", "6 Things", 0, "things_listed", "things", 6, 6, "exact",
     "coronavirus claims of Democrats and the media", None, "none", False, False),
    ("}21", "half an hour a day", 0, "practice_time_per_day", "hours", 0.5, 0.5, "exact",
     "the Red Queen's practice of believing impossible things", RED_QUEEN, "person", False, False),
    ("}21", "as many as six impossible things", 0, "impossible_things_believed", "impossible things", None, 6,
     "upper_bound", "the Red Queen's practice of believing impossible things", RED_QUEEN, "person", False, False),
    ("}21", "six impossible things about the coronavirus", 0, "things_listed", "impossible things", 6, 6, "exact",
     "coronavirus claims of Democrats and the media", None, "none", False, False),
    ("}21", "made one disappear", 0, "disappeared", "physicians and researchers", 1, 1, "exact",
     "Chinese physicians and researchers who warned about the coronavirus", None, "none", False, False),
    # }22 (Slate): the headline's "6,000 people" (the survey's respondents; Slate is the outlet: none). "a
    # 6-year-old" an age; "a newborn" no numeral.
    ("}22", "6,000 people", 0, "survey_respondents", "people", 6000, 6000, "exact", "Slate reopening survey",
     None, "none", False, False),
    # }23 (RT News): the headline's "4 trends" (none); the multipliers inside the quotation about the IMF's index
    # → "IMF" (the quotation's source as the sentence presents it, organization): "three times the size" exact
    # 3, "about 20 times the size" approx 20. "2002–03" years; "SARS", "WUI" names.
    ("}23", "4 trends", 0, "trends", "trends", 4, 4, "exact", "post-virus global economy", None, "none", False,
     False),
    ("}23", "three times the size", 0, "uncertainty_multiple", "times", 3, 3, "exact", WUI + " versus SARS",
     "IMF", "organization", False, False),
    ("}23", "about 20 times the size", 0, "uncertainty_multiple", "times", 20, 20, "approx", WUI + " versus Ebola",
     "IMF", "organization", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # }00: “Community Reparations Commission” a name, “generational wealth,” a term: no quotes.
    # }01: “depression within the Depression” a term; "Its authors say, “…”" → "authors" (the cue's noun, as
    # dev30/'s C14 "authors"); Roosevelt's "call … for power “as great as …”" → "Franklin Roosevelt".
    ("}01", "There is no time to waste.", 0, "authors", "person"),
    ("}01", "as great as the power that would be given to me", 0, "Franklin Roosevelt", "person"),
    # }02: the headline's quotation after "AG Barr on Trump-Russia Probe:" → "Barr" (the only name given);
    # Gowdy's "told Fox News that …, "tell them …"" → "Trey Gowdy".
    ("}02", "I've Been Trying to Get Answers", 0, "Barr", "person"),
    ("}02", "tell them to look for emails", 0, "Trey Gowdy", "person"),
    # }03: “Biomass in a low-carbon economy” a title; the report "found that, “…”" → the cue's noun (document).
    ("}03", "the greatest levels of [greenhouse gas] abatement", 0, "advisory report to the UK government",
     "document"),
    # }04: “Altitude,” and the three headlines (“Why the Media Is …”, “Behind the Beltway’s …”, “One Big Thing …”)
    # titles; the column's tagline “weekly perspective on politics …” after "aims to offer" (no speaker, no verb of
    # saying: not a quote, as dev52/'s Y07 tagline); Harris's quotation ("he writes") and the uncued next one →
    # "John F. Harris".
    ("}04", "A quarter-century covering national politics", 0, HARRIS, "person"),
    ("}04", "This bias is marked by an instinctual suspicion", 0, HARRIS, "person"),
    # }05, }06: no quotation marks.
    # }07: Gunzburg's quotation ("said Alexander Gunzburg") and the answer after "the academician replied:".
    ("}07", "As for the developers, they tested it on themselves", 0, GUNZBURG, "person"),
    ("}07", "No. Everyone is alive, healthy and happy.", 0, GUNZBURG, "person"),
    # }08: "She would never "go there"" a two-word phrase with no verb of saying (a scare quote).
    # }09: Broshears's and Hana's quotations.
    ("}09", "The numbers of losses of life are probably", 0, "Jim Broshears", "person"),
    ("}09", "It had no real economy", 0, "James Hana", "person"),
    # }10: the third-degree charge "alleges that he caused Floyd's death by "…" but "…"" → two entries, the
    # charge (document, the cue's noun; long wordings presented as the charge's, as dev61/'s 822 legislation);
    # the manslaughter charge's "culpable negligence", "an unreasonable risk", "death or great bodily harm" and the
    # first-degree "with premeditation", "with intent" are the statute's terms (no entries); Crump's quotation and
    # its resumption → "Benjamin Crump"; the nested 'He doesn't have a pulse, …' after "one officer says" →
    # "officer" and 'No, we're going to keep him …' after "Officer Chauvin says" → "Chauvin" (other people's words
    # with their own verb of saying, entries of their own).
    ("}10", "perpetrating an act eminently dangerous to others", 0, THIRD_DEGREE, "document"),
    ("}10", "without intent to effect the death of any person.", 0, THIRD_DEGREE, "document"),
    ("}10", "We now have the audio from the police body cam", 0, CRUMP, "person"),
    ("}10", "He doesn't have a pulse, maybe we should turn him", 0, "officer", "person"),
    ("}10", "But yet, Officer Chauvin says", 0, CRUMP, "person"),
    ("}10", "No, we're going to keep him in this position.", 0, "Chauvin", "person"),
    # }11: Fauci's “roughly 10 times more lethal …” after "he said" (a short quotation after a verb of saying);
    # “novel influenza A viruses” a term; Adalja's quotation → "Adalja" (no first name given).
    ("}11", "roughly 10 times more lethal than the seasonal flu", 0, FAUCI, "person"),
    ("}11", "The flu has been with us since the birth", 0, "Adalja", "person"),
    # }12: the link line's headline quotation 'A senseless waste of taxpayer money' before its colon names no
    # speaker → null (unknown, as earlier sets' headlines in quotation marks naming nobody).
    ("}12", "A senseless waste of taxpayer money", 0, None, "unknown"),
    # }13, }14: no quotation marks.
    # }15: Capadngan's quotation ("says Ernest Capadngan").
    ("}15", "The hardest moment during the shift", 0, "Ernest Capadngan", "person"),
    # }16: Golden's quotation (the bracketed gloss inside it); Jennings's quotation and its resumption.
    ("}16", "Leader McConnell and our campaign have been focused", 0, "Kevin Golden", "person"),
    ("}16", "It’s a unified front, from Trump to McConnell", 0, JENNINGS, "person"),
    ("}16", "They are working together, they are there for each other.", 0, JENNINGS, "person"),
    # }17: Gable's and Blades's quotations, each resumed after its cue.
    ("}17", "Our nation has so many problems with division", 0, GABLE, "person"),
    ("}17", "We need to learn how to talk to people", 0, GABLE, "person"),
    ("}17", "I live in Berkeley, and gathering a bunch", 0, BLADES, "person"),
    ("}17", "Mismatch is a great way to get more diversity", 0, BLADES, "person"),
    # }18: the bartender's “Get the hell out! …” is the punchline of the writer's own joke (a hypothetical
    # quotation: no entry); Page's words → "Clarence Page".
    ("}18", "The famously inclusive party", 0, "Clarence Page", "person"),
    # }19: Greenblatt's statement.
    ("}19", "Whether aware of the history or meaning", 0, "Jonathan Greenblatt", "person"),
    # }20: Trump's quotation and its resumption ("Trump" only in the excerpt); McConnell's ("he said");
    # Mnuchin's "very, very quickly." after "said" (a short quotation after a verb of saying).
    ("}20", "I support actually larger numbers than the Democrats", 0, "Trump", "person"),
    ("}20", "I want the money getting to people to be larger", 0, "Trump", "person"),
    ("}20", "I think the people who have been hit the hardest", 0, MCCONNELL, "person"),
    ("}20", "very, very quickly.", 0, "Steven Mnuchin", "person"),
    # }21: the epigraph (its leading stray mark before "Alice laughed:" is scrape residue): Alice's words ("she
    # said") and their resumption, the Queen's ("said the Queen") and the uncued next → "Alice", "Red Queen" (the
    # credit line's "The Red Queen"; fictional speakers as persons). “Alice in Wonderland.” a title.
    ("}21", "There's no use trying", 0, "Alice", "person"),
    ("}21", "one can't believe impossible things.", 0, "Alice", "person"),
    ("}21", "I daresay you haven't had much practice", 0, RED_QUEEN, "person"),
    ("}21", "When I was younger, I always did it", 0, RED_QUEEN, "person"),
    # }22: respondents' answers, each signed after it ("—Austin, Missouri", "—Brenan, Illinois"); the third's
    # signature falls outside the excerpt → null (unknown). The nested ‘allows’ one word.
    ("}22", "I would hire a nanny or babysitter", 0, "Austin", "person"),
    ("}22", "Once we [send the kids to day care]", 0, "Brenan", "person"),
    ("}22", "If my office ‘allows’ us to return to work", 0, None, "unknown"),
    # }23: the quotation describing the IMF's index → "IMF" (organization; the excerpt names no other source);
    # "inwards" one word.
    ("}23", "three times the size of the uncertainty", 0, "IMF", "organization"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
