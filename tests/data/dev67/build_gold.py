"""The sixty-seventh (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev67/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The article key is the file name's first
three characters ("_00" … "_23": every letter and digit was taken by earlier sets).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
ONE_QUARTER = 1 / 4

LAUSD = "LAUSD families"
WALL = "border wall funding by emergency declaration"
PALESTINE = "COVID-19 in the Palestinian territories"
ISRAEL = "COVID-19 in Israel"
BRAZIL = "COVID-19 in Brazil"
WORLD = "COVID-19 worldwide"
US = "COVID-19 in the United States"
NEW_YORK = "COVID-19 in New York"
JHU = "the latest data of John Hopkins University"
EID = "a report in the journal Emerging Infectious Diseases"
MAY = "Theresa May"  # _00: "Theresa May has admitted", then "May", "she"
OBAMA = "Barack Obama"  # _02: "what Barack Obama told …", then "he said"
BEUTNER = "Beutner"  # _05: the excerpt never gives his first name
GATES = "Melinda Gates"
MOY = "Moy"  # _07: only "Dr. Moy"
READE = "Tara Reade"
ROVNER = "Ilana Rovner"  # _16: "Judge Ilana Rovner", then "Rovner"
BANNON = "Steve Bannon"  # _18: the headline's full name; the body writes "Bannon"
TRUMP = "Trump"  # _11, _16, _19, _20: the excerpts never give a first name
MCCONNELL = "Mitch McConnell"  # _21: the headline's full name
SMALLS = "Smalls"  # _22: only "Smalls"
PALMER = "Derrick Palmer"
NOSTEN = "Francois Nosten"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # _00 (HotAir): the headline's "Three Others" (resignations from the cabinet) and "two cabinet ministers";
    # neither a toll (not core).
    ("_00", "Three Others", 0, "cabinet_resignations", "Others", 3, 3, "exact", "Theresa May's cabinet", None,
     "none", False, False),
    ("_00", "two cabinet ministers", 0, "cabinet_departures", "cabinet ministers", 2, 2, "exact",
     "Theresa May's cabinet", None, "none", False, False),
    # _01 (Daily Chela): no numeral ("a good number of" no numeral).
    # _02 (Charles Krauthammer): no numeric claim ("not a single American" no numeral, as dev65/'s "a single";
    # "218 years" a span of time; "2012" a year).
    # _03 (Defense One): no numeric claim ("Nearly 60 years passed", "just 20 years ago" spans of time; "the first
    # railroads", "the First Transcontinental Railroad" ordinals/names).
    # _04 (Washington Times): the wall money: the pool "roughly $21 billion" (none), "about $3.6 billion" → "White
    # House officials" (anonymous, unnamed officials), "roughly $8 billion" (none: sentence-local), the repeated
    # "$3.6 billion figure" (none: Shanahan would not commit to it, he is not its source). "Friday", "last week"
    # dates.
    ("_04", "roughly $21 billion", 0, "military_construction_funds", "dollars", 21_000_000_000, 21_000_000_000,
     "approx", WALL, None, "none", False, False),
    ("_04", "about $3.6 billion", 0, "wall_funds_from_military_construction", "dollars", 3_600_000_000,
     3_600_000_000, "approx", WALL, "White House officials", "anonymous", False, False),
    ("_04", "roughly $8 billion", 0, "wall_funding_needed", "dollars", 8_000_000_000, 8_000_000_000, "approx",
     WALL, None, "none", False, False),
    ("_04", "$3.6 billion figure", 0, "wall_funds_from_military_construction", "dollars", 3_600_000_000,
     3_600_000_000, "exact", WALL, None, "none", False, False),
    # _05 (Los Angeles Daily News): the income shares and thresholds in the sentence closed by "Beutner said"
    # (person); "57% of families" and its threshold "one or more individuals" (lower_bound, as dev2/'s "10 or
    # more") none (sentence-local; "families reported" names respondents, not a source); "more than half of them"
    # inside Beutner's quotation. "about two months ago" a span of time; "Nearly every LAUSD student" no numeral.
    ("_05", "70% of families", 0, "household_income_share", "families", 70, 70, "exact", LAUSD, BEUTNER, "person",
     False, False),
    ("_05", "less than $50,000", 0, "household_income_threshold", "dollars", None, 50000, "upper_bound", LAUSD,
     BEUTNER, "person", False, False),
    ("_05", "35%", 0, "household_income_share", "families", 35, 35, "exact", LAUSD, BEUTNER, "person", False,
     False),
    ("_05", "less than $25,000", 0, "household_income_threshold", "dollars", None, 25000, "upper_bound", LAUSD,
     BEUTNER, "person", False, False),
    ("_05", "57% of families", 0, "job_loss_share", "families", 57, 57, "exact", LAUSD, None, "none", False,
     False),
    ("_05", "one or more individuals", 0, "job_loss_threshold", "individuals", 1, None, "lower_bound", LAUSD, None,
     "none", False, False),
    ("_05", "more than half of them", 0, "worse_off_share", "families", 0.5, None, "lower_bound", LAUSD, BEUTNER,
     "person", False, False),
    # _06 (Humans Are Free): the writer's "2 more examples" (a count that is not a news figure is still a claim);
    # "COVID-19" a name.
    ("_06", "2 more examples", 0, "examples", "examples", 2, 2, "exact", "satanic symbolism", None, "none", False,
     False),
    # _07 (DC Dirty Laundry): no numeric claim ("HEK293", "Ad5-nCoV", "Ad5", "COVID-19" identifiers; "most of the
    # people" no numeral).
    # _08 (Christian Science Monitor): "two dozen states" (exact 24, a count of states, not core); "June 20, 2020"
    # a date.
    ("_08", "two dozen states", 0, "states_with_case_spikes", "states", 24, 24, "exact",
     "COVID-19 in the United States", None, "none", False, False),
    # _09 (Yahoo! The 360): children's shares of cases and deaths (shares, not core; "0.1 percent" read without
    # the "less than" of the first figure); "between the ages of 5 and 17" ages; "Several other countries" no
    # numeral.
    ("_09", "less than 5 percent of COVID-19 cases", 0, "case_share_children", "COVID-19 cases", None, 5,
     "upper_bound", "children aged 5 to 17 in the U.S.", None, "none", False, False),
    ("_09", "0.1 percent of deaths", 0, "death_share_children", "deaths", 0.1, 0.1, "exact",
     "children aged 5 to 17 in the U.S.", None, "none", False, False),
    # _10 (Daily Mail): no numeric claim ("died 4 years ago" a span of time; "1993" (three times), "April 9",
    # "March" dates).
    # _11 (Associated Press): Trump's projection "between 50,000 and 60,000 Americans would ultimately die" (range,
    # hedged as a projection, not core); the toll "has already exceeded 80,000" (lower_bound, core, none); "could
    # reach 100,000 deaths" ("He told" → Trump; hedged, a projection). "April 20" a date; "one of the few pieces"
    # "one of"; "2020" a year.
    ("_11", "between 50,000 and 60,000 Americans", 0, "projected_deaths", "Americans", 50000, 60000, "range", US,
     TRUMP, "person", True, False),
    ("_11", "deaths has already exceeded 80,000", 0, "killed", "deaths", 80000, None, "lower_bound", US, None,
     "none", False, True),
    ("_11", "100,000 deaths", 0, "projected_deaths", "deaths", 100000, 100000, "exact", US, TRUMP, "person", True,
     False),
    # _12 (National Review): "each fell 90 percent" (one figure for both counts: a change, not core); "1971",
    # "2016" years; "one thing" a pronoun.
    ("_12", "fell 90 percent", 0, "police_shootings_decline", "individuals wounded and killed by police", 90, 90,
     "exact", "police shootings in New York City, 1971-2016", None, "none", False, False),
    # _13 (RT News): the Palestinian deaths "recorded by the authorities" (anonymous, unnamed authorities; the
    # elliptical "another two in Jerusalem" shares the cue), the health ministry's 423 cases and its rate; Israel's
    # deaths and cases none; "41km-long" a measurement, "1.8 million residents" a population, "fewer than 80"
    # ICU beds (upper_bound). "FIRST", "the first coronavirus patient" ordinals; "Covid-19" a name.
    ("_13", "41km-long", 0, "territory_length", "km", 41, 41, "exact", "Gaza Strip", None, "none", False, False),
    ("_13", "1.8 million residents", 0, "population", "residents", 1_800_000, 1_800_000, "exact", "Gaza Strip",
     None, "none", False, False),
    ("_13", "Three deaths", 0, "killed", "deaths", 3, 3, "exact", PALESTINE, "the authorities", "anonymous",
     False, True),
    ("_13", "another two", 0, "killed", "deaths", 2, 2, "exact", "COVID-19 in Jerusalem", "the authorities",
     "anonymous", False, True),
    ("_13", "423 cases", 0, "cases", "cases", 423, 423, "exact", PALESTINE, "the health ministry", "organization",
     False, True),
    ("_13", "83 per million people", 0, "cases_per_million", "people", 83, 83, "exact", PALESTINE,
     "the health ministry", "organization", False, False),
    ("_13", "nearly 280 deaths", 0, "killed", "deaths", None, 280, "upper_bound", ISRAEL, None, "none", False,
     True),
    ("_13", "17,000 cases", 0, "cases", "cases", 17000, 17000, "exact", ISRAEL, None, "none", False, True),
    ("_13", "1,900 per million", 0, "cases_per_million", "people", 1900, 1900, "exact", ISRAEL, None, "none",
     False, False),
    ("_13", "fewer than 80 intensive-care unit (ICU) beds", 0, "icu_beds", "intensive-care unit (ICU) beds", None,
     80, "upper_bound", PALESTINE, None, "none", False, False),
    # _14 (Drudge Report): Brazil's, the world's and the US's cases and deaths (core; "Brazil has reported" →
    # "Brazil", "the US as it has reported" → "the US", organization as dev12/'s "India reported"; "according to
    # the latest data of John Hopkins University" → document); the subheading "Over 5.2 million cases" (a headline
    # figure, none); the shares ("around 60 per cent", "almost one-third", "over one-fourth", "almost one-tenth")
    # not core; "these four countries" a reference count; "the second position" an ordinal.
    ("_14", "over 330,000 confirmed COVID-19 cases", 0, "cases", "confirmed COVID-19 cases", 330000, None,
     "lower_bound", BRAZIL, "Brazil", "organization", False, True),
    ("_14", "more than 21,000 deaths", 0, "killed", "deaths", 21000, None, "lower_bound", BRAZIL, "Brazil",
     "organization", False, True),
    ("_14", "Over 5.2 million cases", 0, "cases", "cases", 5_200_000, None, "lower_bound", WORLD, None, "none",
     False, True),
    ("_14", "over 5.2 million coronavirus cases", 0, "cases", "coronavirus cases", 5_200_000, None, "lower_bound",
     WORLD, JHU, "document", False, True),
    ("_14", "over 338,000 deaths", 0, "killed", "deaths", 338000, None, "lower_bound", WORLD, JHU, "document",
     False, True),
    ("_14", "around 60 per cent of death toll", 0, "death_share", "death toll", 60, 60, "approx",
     "COVID-19 deaths in the United States, Russia, Brazil and the UK", None, "none", False, False),
    ("_14", "over 1.6 million cases", 0, "cases", "cases", 1_600_000, None, "lower_bound", US, "the US",
     "organization", False, True),
    ("_14", "almost one-third of the worldwide cases", 0, "case_share", "worldwide cases", None, ONE_THIRD,
     "upper_bound", US, "the US", "organization", False, False),
    ("_14", "more than 96,000 deaths", 0, "killed", "deaths", 96000, None, "lower_bound", US, "the US",
     "organization", False, True),
    ("_14", "over one-fourth of the nationwide coronavirus cases", 0, "case_share", "nationwide coronavirus cases",
     ONE_QUARTER, None, "lower_bound", NEW_YORK, "New York", "organization", False, False),
    ("_14", "almost one-tenth of the worldwide cases", 0, "case_share", "worldwide cases", None, 0.1,
     "upper_bound", NEW_YORK, "New York", "organization", False, False),
    # _15 (USA Today): the world's infections and deaths (core, none); the report's "a median of 5.7 people" and
    # "twice as contagious" (a multiplier) → document; the daily average "about 1,000 COVID-19 deaths a day"
    # (`killed`, core, as dev12/'s "roughly 2,500 per day"), "roughly twice the number of deaths from 9/11" (a
    # multiplier of a named toll, as dev12/'s "half a 9/11 per day", not core). "the five months since" a span of
    # time; "1918" a year in a name; "one mortician" a determiner; "9/11" a name.
    ("_15", "more than 4.5 million people", 0, "infected", "people", 4_500_000, None, "lower_bound", WORLD, None,
     "none", False, True),
    ("_15", "killing more than 300,000", 0, "killed", "people", 300000, None, "lower_bound", WORLD, None, "none",
     False, True),
    ("_15", "a median of 5.7 people", 0, "secondary_infections", "people", 5.7, 5.7, "exact", WORLD, EID,
     "document", False, False),
    ("_15", "twice as contagious", 0, "contagiousness_vs_1918_flu", "times", 2, 2, "exact", WORLD, EID, "document",
     False, False),
    ("_15", "about 1,000 COVID-19 deaths a day", 0, "killed", "COVID-19 deaths", 1000, 1000, "approx", US, None,
     "none", False, True),
    ("_15", "roughly twice the number of deaths from 9/11", 0, "september_11_tolls", "deaths from 9/11", 2, 2,
     "approx", US, None, "none", False, False),
    # _16 (The Daily Caller): "the three-judge panel", "a 95-page ruling" (compound counts, as dev10/'s
    # "three-judge panel"); "2017" a year, "for years" a span of time.
    ("_16", "three-judge panel", 0, "judges", "judges", 3, 3, "exact", "Seventh Circuit sanctuary city ruling",
     None, "none", False, False),
    ("_16", "95-page ruling", 0, "ruling_pages", "pages", 95, 95, "exact", "Seventh Circuit sanctuary city ruling",
     None, "none", False, False),
    # _17 (Fox News): no numeric claim ("one person familiar with discussions" a determiner for an unnamed source;
    # "one of its own sources" "one of").
    # _18 (The Guardian): Bannon's "The three senior guys" and "is zero" ("zero" is a numeral; a chance) inside his
    # quotations → Bannon; "the 25th floor", "the 26th floor" ordinals; "a category five" hurricane a category's
    # name.
    ("_18", "three senior guys", 0, "campaign_officials_at_meeting", "senior guys", 3, 3, "exact",
     "Trump Tower meeting", "Bannon", "person", False, False),
    ("_18", "is zero", 0, "chance", "chance", 0, 0, "exact", "Trump Tower meeting", "Bannon", "person", False,
     False),
    # _19 (CBN): "Russia says two Israeli F-15 warplanes" → Russia (organization); "The strike reportedly killed at
    # least 14 people" (lower_bound, core, hedged by "reportedly", none as the seed's "around 10,000 soldiers");
    # "F-15" an identifier; "Many dead" no numeral.
    ("_19", "two Israeli F-15 warplanes", 0, "warplanes", "warplanes", 2, 2, "exact",
     "Israeli strike on a Syrian air base", "Russia", "organization", False, False),
    ("_19", "killed at least 14 people", 0, "killed", "people", 14, None, "lower_bound",
     "Israeli strike on a Syrian air base", None, "none", True, True),
    # _20 (Guest Writer - Left): no numeric claim ("one of history's best presidents" "one of"; "few" no numeral).
    # _21 (CBS News): no numeric claim ("the next one" a pronoun).
    # _22 (The Verge): "within three feet of each other" (a distance, upper_bound as dev29/'s "within 1,000 yards")
    # → the video that shows it (document); "March 19th", "March 11th" dates; "JFK8" an identifier; "a worker",
    # "someone" no numeral; "any confirmed cases" no numeral.
    ("_22", "within three feet", 0, "distance", "feet", None, 3, "upper_bound", "Amazon JFK8 warehouse break room",
     "A video of the break room from March 19th", "document", False, False),
    # _23 (NPR): the donated doses (none, not core); "for decades" a span of time; "Sunday", "earlier this month"
    # dates.
    ("_23", "30 million doses", 0, "donated_doses", "doses of hydroxychloroquine", 30_000_000, 30_000_000, "exact",
     "Sandoz donation to the national stockpile", None, "none", False, False),
    ("_23", "1 million doses", 0, "donated_doses", "doses of chloroquine", 1_000_000, 1_000_000, "exact",
     "Bayer donation to the national stockpile", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # _00: "admitted she “shares concerns”" (two words after a verb of saying); Duncan Smith's "saying the UK
    # maintained the “…”"; May's quotation and its resumption.
    ("_00", "shares concerns", 0, MAY, "person"),
    ("_00", "sovereign right to leave bodies like Nato and the UN", 0, "Iain Duncan Smith", "person"),
    ("_00", "I won’t make any bones about that", 0, MAY, "person"),
    ("_00", "Across the house there are concerns", 0, MAY, "person"),
    # _01: “no mask” a term. _02: Obama's quotation ("he said") and its resumption.
    ("_02", "This is my last election", 0, OBAMA, "person"),
    ("_02", "After my election, I have more flexibility", 0, OBAMA, "person"),
    # _04: the headline's quotation after "Patrick Shanahan says he'll make final call on wall money:".
    ("_04", "I think I have a lot of discretion", 0, "Patrick Shanahan", "person"),
    # _05: the headline's ‘just as real a threat’ after "LAUSD superintendent says" (a headline quotation after a
    # verb of saying); Beutner's three quotations.
    ("_05", "just as real a threat", 0, BEUTNER, "person"),
    ("_05", "Most families were struggling to get by", 0, BEUTNER, "person"),
    ("_05", "a login on a computer doesn’t necessarily mean", 0, BEUTNER, "person"),
    ("_05", "all schools will continue to reach out", 0, BEUTNER, "person"),
    # _06: "She says there are “a few good candidates”" and "needs “to start looking …”" (short quotations after a
    # verb of saying), the quotation after "She also criticizes … :"; ‘Gates of Hell’, ‘mark of the beast’ labels.
    ("_06", "a few good candidates", 0, GATES, "person"),
    ("_06", "to start looking at a paid medical leave policy", 0, GATES, "person"),
    ("_06", "We haven’t had leadership at the national level", 0, GATES, "person"),
    # _07: Dr. Moy's two quotations, each resumed.
    ("_07", "Since it’s using an adenovirus", 0, MOY, "person"),
    ("_07", "HEK293 is an aborted fetal cell line", 0, MOY, "person"),
    ("_07", "I don’t envy Canadians", 0, MOY, "person"),
    ("_07", "Your government and PM (prime minister)", 0, MOY, "person"),
    # _10 (single marks): the headline's quotation before ": Bernie Bros are furious" (its colon credits the subject
    # after it, as dev11/'s q20); the three uncued paragraphs of Reade's words (her mother, "the Larry King episode
    # I told reporters about": the excerpt's content names her); "She revealed … that 'there is justice …'".
    ("_10", "Liberals are destroying the #MeToo progress", 0, "Bernie Bros", "person"),
    ("_10", "I miss my mom as she died 4 years ago", 0, READE, "person"),
    ("_10", "Thank you to those who found the Larry King episode", 0, READE, "person"),
    ("_10", "My mother was so brave and supportive", 0, READE, "person"),
    ("_10", "there is justice in just being heard", 0, READE, "person"),
    # _11: "called Trump's handling … an “absolute chaotic disaster”" a three-word label after a naming verb: no
    # quote. _12: “qualified immunity” a term. _13: no quotation marks.
    # _14: the headline's 'national Security' after "Brazil's Govt Says" (a headline quotation after a verb of
    # saying).
    ("_14", "national Security", 0, "Brazil's Govt", "organization"),
    # _15: the headline's quotation before ": Scientists still trying …" (the colon credits the subject after it);
    # Freeman's and Schleiss's quotations; "flattening the curve" a term.
    ("_15", "Something we've never seen before", 0, "Scientists", "person"),
    ("_15", "The thing that strikes me about the clinical aspect", 0, "Megan Freeman", "person"),
    ("_15", "There are very few viruses", 0, "Mark Schleiss", "person"),
    # _16: Rovner's quotation ("wrote Judge Ilana Rovner"), the next ("Rovner continued") and its resumption; the
    # RELATED link's ‘Worst Sanctuary City In America’ before ": Trump Rips Chicago" (a link-line headline quotation
    # whose colon credits the subject after it).
    ("_16", "Such a concentration of power would allow tyranny", 0, ROVNER, "person"),
    ("_16", "The separation of powers is a foundation", 0, ROVNER, "person"),
    ("_16", "Rather than an exercise of authority", 0, ROVNER, "person"),
    ("_16", "Worst Sanctuary City In America", 0, TRUMP, "person"),
    # _17: the opening quotation paragraph without a cue (the excerpt never says whose statement it is: null);
    # "Davis says he … is "pulling back"" (two words after a verb of saying) → the fullest name, "Lanny Davis".
    ("_17", "The information in the Post story", 0, None, "unknown"),
    ("_17", "pulling back", 0, "Lanny Davis", "person"),
    # _18: Bannon's quotation ("is quoted as saying in the book"), the uncued next paragraph, "…,” he said", and the
    # two parts of the last sentence ("he said, adding that … would “…”").
    ("_18", "The three senior guys in the campaign", 0, BANNON, "person"),
    ("_18", "They didn’t have any lawyers", 0, BANNON, "person"),
    ("_18", "The chance that Don Jr did not walk", 0, BANNON, "person"),
    ("_18", "sitting on a beach trying to stop a category five", 0, BANNON, "person"),
    ("_18", "crack Don Jr like an egg on national TV", 0, BANNON, "person"),
    # _19: "“We are on the edge …,” she said" (the excerpt never names her: null); Trump's tweet ("President Trump
    # had tweeted"); the headline's 'Animal' one word.
    ("_19", "We are on the edge of a dangerous precipice", 0, None, "unknown"),
    ("_19", "Many dead, including women and children", 0, TRUMP, "person"),
    # _20: "…," the President said → Trump (the headline names him); "pen-and-phone" a label.
    ("_20", "I wanted to do it faster", 0, TRUMP, "person"),
    # _21: McConnell's quotation and its resumption, then two more; the headline's "wrong" one word; the stray
    # opening mark at the excerpt's end holds nothing.
    ("_21", "I was wrong", 0, MCCONNELL, "person"),
    ("_21", "They did leave behind a plan", 0, MCCONNELL, "person"),
    ("_21", "As to whether or not the plan was followed", 0, MCCONNELL, "person"),
    ("_21", "We want to be early, ready for the next one", 0, MCCONNELL, "person"),
    # _22: the pull quote repeating Palmer's words (two entries, as dev12/'s pull quote); Smalls's quotation and its
    # resumption; the nested ‘we don’t have any confirmed cases, …’ after "They would say" (other people's words
    # with their own verb: an entry; "They" → Amazon, the paragraph's subject); his own nested ‘yeah, but …’ no
    # entry; Palmer's quotation and its resumption.
    ("_22", "It’s almost like the pandemic didn’t exist inside the warehouse.", 0, PALMER, "person"),
    ("_22", "They would say, ‘we don’t have any confirmed cases", 0, SMALLS, "person"),
    ("_22", "we don’t have any confirmed cases, we’re following the CDC guidelines", 0, "Amazon", "organization"),
    ("_22", "They kept giving me that excuse", 0, SMALLS, "person"),
    ("_22", "People were just looking sick", 0, PALMER, "person"),
    ("_22", "There was no social distancing going on", 0, PALMER, "person"),
    # _23: HHS "announced … that it accepted these doses "…"" (organization); Nosten's quotation and its resumption.
    ("_23", "for possible use in treating patients hospitalized", 0, "Department of Health and Human Services",
     "organization"),
    ("_23", "We were told patients with COVID-19", 0, NOSTEN, "person"),
    ("_23", "But it's not sufficient information", 0, NOSTEN, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
