"""The twenty-sixth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev26/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

GORSUCH = "Neil Gorsuch confirmation vote"
OBAMACARE = "Affordable Care Act vote"
SF_VILLAGE = "San Francisco safe sleeping village"
GATES = "Bill Gates"
GATES_PLAN = "Bill Gates coronavirus vaccine plan"
OK_COVID = "Covid-19 in Oklahoma"
US_COVID = "Covid-19 in the United States"
BOSTOCK = "Supreme Court LGBT employment cases"
LIPTAK = "adam liptak"
TAIWAN = "Taiwan"
TAIWAN_COVID = "COVID-19 in Taiwan"
PARKLAND = "Parkland school shooting"
SARS_CHINA = "SARS in China (2003)"
SARS_PH = "SARS in the Philippines (2003)"
PHILIPPINES = "Philippines"
FEDERAL_PRISONS = "COVID-19 in U.S. federal prisons"
TERMINAL_ISLAND = "COVID-19 at FCI Terminal Island"
COOK_BAIL = "people out on bond in Cook County"
NY_NURSING = "COVID-19 in New York nursing homes"
WALMART = "Walmart"
TARGET = "Target"
PORTMAN = "Rob Portman"
MUHAMMAD = "Muhammad"
FAUCI = "Fauci"
FLEMING = "Fleming"
WHITMER = "Gretchen Whitmer"
RCFP_ATTORNEYS = "Reporters Committee attorneys"
DART = "Dart"
NY_HEALTH = "Cuomo’s Health Department"
CUOMO = "Cuomo"
CORNELL = "Brian Cornell"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # l00 (New York Post (Opinion)): no numeric claim ("now 5 years old", "a 400-year-old … relic" ages;
    # "1619 Project" a name; "one metastasized", "The one that's" pronouns).
    # l01 (Esquire): no numeric claim ("the 1919 riot", "1935", "1943" years, inside Clark's quotation).
    # l02 (Detroit News): "Not one Republican … voted for Obamacare" a claim of 0 (a negated numeral, as
    # dev4/'s "not one vote", dev6/'s "without a single Republican vote"); "Only three Democrats voted for the
    # confirmation of Neil Gorsuch"; "a 96-3 vote" a vote split (two numbers, no single interval, as dev8/'s
    # "3-3 votes" and dev10/'s "2-14"): left out; "1935", "1964", "1965" years; "a quarter century ago" a time;
    # "both parties", "both world wars" no numeral.
    ("l02", "Not one Republican", 0, "votes_for", "Republican", 0, 0, "exact", OBAMACARE, None, "none", False,
     False),
    ("l02", "three Democrats", 0, "votes_for", "Democrats", 3, 3, "exact", GORSUCH, None, "none", False,
     False),
    # l03 (Deseret News): no numeric claim ("each of the Democratic candidates" no numeral).
    # l04 (New York Post (News)): no numeric claim ("24/7" an idiom for around the clock, as dev20/).
    # l05 (Press TV): "About 80 tents" approx; "a second one to open" an ordinal; "Nicholas Woodward, 37",
    # "Nathan Rice, 32" ages.
    ("l05", "About 80 tents", 0, "tents", "tents", 80, 80, "approx", SF_VILLAGE, None, "none", False, False),
    # l06 (Humans Are Free): the headline's "‘7 Billion Healthy People’" (a headline label, no verb of saying,
    # not a quote: no cue, none); "over 95% effective" inside Gates's quotation → "Bill Gates" (the signature
    # after it; a required efficacy, not hedged); "almost 18 months from now" a time, "Eighteen months of
    # lockdown" a duration; "for weeks" no numeral.
    ("l06", "7 Billion Healthy People", 0, "people_to_vaccinate", "Healthy People", 7_000_000_000,
     7_000_000_000, "exact", GATES_PLAN, None, "none", False, False),
    ("l06", "over 95% effective", 0, "vaccine_efficacy_threshold", "percent", 95, None, "lower_bound",
     GATES_PLAN, GATES, "person", False, False),
    # l07 (Slate): no numeric claim ("1918" years; "Nearly two and a half months after" a duration; "a January
    # line" a date).
    # l08 (The Guardian): the headline's "six states see record Covid-19 cases" (a count of states, not a
    # case count; the "as" clause is outside "Fauci says": none); "a record 591 new cases were reported on
    # Monday" (core; "were reported" defines the count, not a hedge, as dev20/, dev24/); "rose by 68%" (a
    # change, not core); "seven-day rolling average" a window (a duration, as dev14/'s "seven-day average");
    # "first wave", "second wave", "second-largest city", "his first since March" ordinals and ranks.
    ("l08", "six states", 0, "states_with_record_cases", "states", 6, 6, "exact", US_COVID, None, "none", False,
     False),
    ("l08", "591 new cases", 0, "cases", "new cases", 591, 591, "exact", OK_COVID, None, "none", False, True),
    ("l08", "rose by 68%", 0, "case_increase", "percent", 68, 68, "exact", OK_COVID, None, "none", False,
     False),
    # l09 (New York Times (Online News), a podcast transcript): the first paragraph is Adam Liptak's line
    # (its label lies before the excerpt; "Thank you, Adam." and the "adam liptak" label after it name him):
    # its figures → "adam liptak" (person, a transcript line's figures to its speaker, as dev5/, dev22/'s
    # b18); "three plaintiffs" a claim; "the three cases" a reference count (the cases the podcast discussed
    # before the excerpt, as dev7/'s "the two police officers"); "two of them have sadly died" `killed`, core
    # (deaths of named people, as dev12/'s, dev24/'s "have died"); "a few weeks ago" no numeral.
    ("l09", "three plaintiffs", 0, "plaintiffs", "plaintiffs", 3, 3, "exact", BOSTOCK, LIPTAK, "person", False,
     False),
    ("l09", "two of them have sadly died", 0, "killed", "plaintiffs", 2, 2, "exact", BOSTOCK, LIPTAK, "person",
     False, True),
    # l10 (Christian Science Monitor): the distance (a measurement), the vague counts of travellers
    # ("Hundreds of thousands" 200,000/null, dev12/; "millions" 2,000,000/null), the toll and the case count
    # (core; "fewer than" upper_bound); "just one example" a determiner, "one of the world's" ("one of"), "21st
    # -century" an ordinal.
    ("l10", "80 miles", 0, "distance", "miles", 80, 80, "exact", TAIWAN, None, "none", False, False),
    ("l10", "Hundreds of thousands of its citizens", 0, "citizens_working_in_china", "citizens", 200000, None,
     "vague", TAIWAN, None, "none", False, False),
    ("l10", "millions of Chinese", 0, "annual_visitors", "Chinese", 2000000, None, "vague", TAIWAN, None,
     "none", False, False),
    ("l10", "five deaths", 0, "killed", "deaths", 5, 5, "exact", TAIWAN_COVID, None, "none", False, True),
    ("l10", "fewer than 400 cases", 0, "cases", "cases", None, 400, "upper_bound", TAIWAN_COVID, None, "none",
     False, True),
    # l11 (New York Times - News, an unlabelled podcast transcript line): "The administration will also tell
    # you that he's responsible for the death of hundreds of American troops" → "The administration"
    # (organization, the government; vague 200/null; core); "1943" a year, "World War II" a name, "one of
    # their officials" ("one of"), "just a month ago" a time, "both Presidents" no numeral.
    ("l11", "the death of hundreds of American troops", 0, "killed", "American troops", 200, None, "vague",
     "United States", "The administration", "organization", False, True),
    # l12 (Townhall): the toll in Joe Scarborough's pasted tweet → "Joe Scarborough" (a pasted tweet's figure
    # to its author, dev10/, dev12/, dev16/); "one or several armed officers" left out (a vague alternative,
    # "several" no numeral); "One popular refrain" a determiner; "February 25, 2018", "February 24, 2018"
    # dates; the t.co link an identifier; "no one" no numeral.
    ("l12", "the deaths of 17 children", 0, "killed", "children", 17, 17, "exact", PARKLAND, "Joe Scarborough",
     "person", False, True),
    # l13 (Health Impact News): SARS in 2003: China's infections and deaths, the Philippines' cases and deaths
    # (all core; "was reported", "recorded" define the counts, no hedge), the Philippine population, Canada's
    # distance ("many thousands" vague 2000/null, as dev7/'s "many thousands of people") and the export share;
    # "2003" a year; "One of the theories" ("one of"); "world's largest producer" a rank; "far more cases",
    # "so few cases", "for many years" no numeral.
    ("l13", "infected over 7000 people", 0, "infected", "people", 7000, None, "lower_bound", SARS_CHINA, None,
     "none", False, True),
    ("l13", "over 600 recorded deaths", 0, "killed", "recorded deaths", 600, None, "lower_bound", SARS_CHINA,
     None, "none", False, True),
    ("l13", "about 80 million people", 0, "population", "people", 80_000_000, 80_000_000, "approx", PHILIPPINES,
     None, "none", False, False),
    ("l13", "14 cases of SARS", 0, "cases", "cases of SARS", 14, 14, "exact", SARS_PH, None, "none", False,
     True),
    ("l13", "two recorded deaths", 0, "killed", "recorded deaths", 2, 2, "exact", SARS_PH, None, "none", False,
     True),
    ("l13", "many thousands of miles", 0, "distance", "miles", 2000, None, "vague", "Canada", None, "none",
     False, False),
    ("l13", "about 70% of the world’s coconut oil", 0, "coconut_oil_export_share", "percent", 70, 70, "approx",
     PHILIPPINES, None, "none", False, False),
    # l14 (PBS NewsHour): the headline's share of tested inmates and "At least half the population there has
    # tested positive" (shares, not core; a fraction as a fraction, lower_bound 0.5); "the nearly 150,000
    # inmates" upper_bound (not core); "died April 19" a date; "the first word" an ordinal; "the largest known
    # hot spot" a rank; the link line's "one artist" a determiner.
    ("l14", "Over 70 percent of tested inmates", 0, "positive_test_share", "percent", 70, None, "lower_bound",
     FEDERAL_PRISONS, None, "none", False, False),
    ("l14", "At least half the population there has tested positive", 0, "positive_test_share", "population",
     0.5, None, "lower_bound", TERMINAL_ISLAND, None, "none", False, False),
    ("l14", "nearly 150,000 inmates", 0, "inmates", "inmates", None, 150000, "upper_bound", FEDERAL_PRISONS,
     None, "none", False, False),
    # l15 (The New Yorker): no numeric claim ("the tenth-largest state", "the third-largest number of deaths"
    # ranks; "COVID-19" a name).
    # l16 (Jonah Goldberg): no numeric claim ("a fraction of" no numeral; "the two groups" a reference count).
    # l17 (The Reporters Committee for Freedom of the Press): no numeric claim ("1973", "2014 and 2015" years;
    # "no hits" no numeral).
    # l18 (Des Moines Register): no numeric claim ("House File 2303" an identifier, "2016" a year).
    # l19 (WGN): "They say fewer than one percent …" → "Bail reform advocates" (the pronoun's referent, the
    # sentence before; unnamed advocates vague, as dev17/'s "Obamacare's defenders"; "may not agree" is the
    # sentence before: not hedged); "one of the act's co-sponsors" ("one of"); "no one knows" no numeral.
    ("l19", "fewer than one percent of people out on bond", 0, "violent_rearrest_rate", "percent", None, 1,
     "upper_bound", COOK_BAIL, "Bail reform advocates", "vague", False, False),
    # l20 (Scott Walker): "42 countries" inside the draft's quoted language → "the draft" (document, the
    # quotation's source); "a few of" no numeral.
    ("l20", "42 countries", 0, "countries", "countries", 42, 42, "exact", "the Americas", "the draft",
     "document", False, False),
    # l21 (DC Dirty Laundry): the nursing-home toll (core) and the share it killed (a share, not core); "March
    # 25th" a date; "no resident", "no one should be prosecuted" no numeral.
    ("l21", "over 5,000 deaths", 0, "killed", "deaths", 5000, None, "lower_bound", NY_NURSING, None, "none",
     False, True),
    ("l21", "killed 5% of residents", 0, "resident_death_share", "residents", 5, 5, "exact", NY_NURSING, None,
     "none", False, False),
    # l22 (Washington Monthly, the Target story of dev15/'s u07 and dev21/'s a22, annotated as there): the link
    # line's Walmart figures have no cue (none); "…, Target said, noting 80% …" → "Target" for the sentence's
    # three figures; "the first quarter" an ordinal; "in June" a date.
    ("l22", "Walmart sales increase 10%", 0, "sales_growth", "sales", 10, 10, "exact", WALMART, None, "none",
     False, False),
    ("l22", "online buying grew 74%", 0, "online_sales_growth", "online buying", 74, 74, "exact", WALMART,
     None, "none", False, False),
    ("l22", "33% in February", 0, "digital_sales_growth", "digital sales", 33, 33, "exact", TARGET, TARGET,
     "organization", False, False),
    ("l22", "282% in April", 0, "digital_sales_growth", "digital sales", 282, 282, "exact", TARGET, TARGET,
     "organization", False, False),
    ("l22", "80% of online orders", 0, "orders_shipped_from_stores_share", "online orders", 80, 80, "exact",
     TARGET, TARGET, "organization", False, False),
    # l23 (InfoWars): no numeric claim ("2005", "2010" years; "the first self-replicating species" an
    # ordinal).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # l01: Portman's two short quotations after "has called for a national commission … that would not simply
    # … but that would …" (his words, a named speaker; "restate the problem" is three words, call); the
    # quotation broken by "says Muhammad" → two entries; Clark's testimony after "Clark said ,". The headline's
    # 'Defund the Police' (a slogan) and “ doll test ” (a term) are not quotes.
    ("l01", "restate the problem", 0, PORTMAN, "person"),
    ("l01", "focus on solutions and send a strong moral message", 0, PORTMAN, "person"),
    ("l01", "If you’re me, if you’re a professional historian", 0, MUHAMMAD, "person"),
    ("l01", "you're very skeptical", 0, MUHAMMAD, "person"),
    ("l01", "I read the report of the 1919 riot in Chicago", 0, "Kenneth Clark", "person"),
    # l03: McArdle's question after "McArdle then poses the question …:"; "The better question is, “Can the
    # candidate …?”" is the writer's own question (as dev22/'s b11): not a quote.
    ("l03", "Which of these people would you prefer", 0, "McArdle", "person"),
    # l05: the mayor's tweet ("she said in a tweet"; unnamed in the excerpt: one identified office-holder, the
    # cue's words); "safe sleeping village" a term.
    ("l05", "So while in normal times I would say", 0, "San Francisco's mayor", "person"),
    # l06: Gates's two quotations, each signed "– Bill Gates" (the first also labelled "Bill:"); the
    # headline's ‘7 Billion Healthy People’ and ‘Return to Normal’ are headline labels (no verb of saying).
    ("l06", "we need to start getting things back to normal", 0, GATES, "person"),
    ("l06", "[The economy] won’t go back to normal", 0, GATES, "person"),
    # l07: "Mary wrote, “I want you to know …”"; the later “feeling fine” echoes her words (not a quote).
    ("l07", "I want you to know that I am feeling fine", 0, "Mary", "person"),
    # l08: the headline's 'still in the first wave' after "Fauci says" (a headline quotation after a verb of
    # saying); "“As New York …,” Fauci, …, told the Boston Globe" and the next paragraph "“Obviously, …”" (no
    # new cue: keeps the last speaker) → "Fauci" (the only name given).
    ("l08", "still in the first wave", 0, FAUCI, "person"),
    ("l08", "As New York and other places are coming down", 0, FAUCI, "person"),
    ("l08", "Obviously, we’re concerned about it.", 0, FAUCI, "person"),
    # l09: "So she wrote these words. “Firing me …”" → "Aimee Stephens"; the transcript lines (michael
    # barbaro, adam liptak, aimee stephens) have no quotation marks: not quotes.
    ("l09", "Firing me because I’m transgender was discrimination", 0, "Aimee Stephens", "person"),
    # l14: Fleming's quotation and its resumption ("Fleming" is the only name given; the father is "also
    # named Michael", but the excerpt never writes the son's full name).
    ("l14", "They just left us all in the dark", 0, FLEMING, "person"),
    ("l14", "We had to find out from the news", 0, FLEMING, "person"),
    # l15: "“I didn't ask …,” Whitmer tells Susan B. Glasser." and its resumption → "Gretchen Whitmer".
    ("l15", "I didn’t ask to be thrown into the national spotlight", 0, WHITMER, "person"),
    ("l15", "I’m just trying to do my job", 0, WHITMER, "person"),
    # l16: "But, “You've been fighting cancer …” isn't a great argument" is a hypothetical quotation (dev3/):
    # not a quote.
    # l17: "“…,” Reporters Committee attorneys state in their cross motion …" and its resumption → the cue's
    # words (person, unnamed); "a search of the database … “produced no hits.”" is a three-word predicate
    # without a verb of saying or a named speaker (as dev20/'s "in any way"): not a quote (call).
    ("l17", "The government’s failure to abide by its own policy", 0, RCFP_ATTORNEYS, "person"),
    ("l17", "Plaintiff and the public have a right", 0, RCFP_ATTORNEYS, "person"),
    # l18: the bill's wording "in reviewing any possible “violation of law, …”" → "bill" (document, the cue's
    # noun; call: no verb of saying, but the bill's own words); the IHRA's “working definition of
    # antisemitism,” is a title.
    ("l18", "violation of law, rule, or policy regarding discriminatory acts", 0, "bill", "document"),
    # l19: Guzzardi's quotation; "“People have said …,” he said." (he = Dart, the sentence before) and its
    # resumption → "Dart" (the only name given).
    ("l19", "It shouldn’t be the case that some people", 0, "Will Guzzardi", "person"),
    ("l19", "People have said under bond reform", 0, DART, "person"),
    ("l19", "They’re right.", 0, DART, "person"),
    # l20: "Here is the actual language used in the draft:" and the quoted paragraph → "draft" (document, the
    # cue's noun); the headline's 'America', 'American', the body's “America”, “American”, ‘americano’,
    # ‘Americans’ (one word), the task force's name, “U.S. citizen” and “person from the U.S.” (terms) are not
    # quotes.
    ("l20", "The Americas encompass a lot more than the United States", 0, "draft", "document"),
    # l21: the Health Department's order ("had issued an order … to “expand hospital capacity” by forcing
    # nursing homes to “comply with …” and warned facilities that, “no resident …”") → three entries, "Cuomo’s
    # Health Department" (organization, without the title "Governor"; call for the three-word "expand hospital
    # capacity"); Cuomo's quotation and its resumption after "he argued, …" → two entries, "Cuomo".
    ("l21", "expand hospital capacity", 0, NY_HEALTH, "organization"),
    ("l21", "comply with the expedited receipt of residents", 0, NY_HEALTH, "organization"),
    ("l21", "no resident shall be denied re-admission", 0, NY_HEALTH, "organization"),
    ("l21", "Older people… are going to die from this virus", 0, CUOMO, "person"),
    ("l21", "I don’t think there’s any logical rationale", 0, CUOMO, "person"),
    # l22: Brian Cornell's quotation and its resumption (as dev15/'s u07, dev21/'s a22).
    ("l22", "Throughout the first quarter, our team", 0, CORNELL, "person"),
    ("l22", "In the face of those challenges", 0, CORNELL, "person"),
    # l23: "according to a 2005 European Commission paper is “…the engineering of biology …”" → "European
    # Commission paper" (document, the cue's noun with its name modifier, the year dropped); "In 2010 the media
    # hailed his team's success in creating “the first self-replicating species …”" → "media" (organization,
    # as dev5/'s and dev18/'s "media"; call); "He describes them as: “…a new generation of artists …”" →
    # "Freeman Dyson"; “New Age of Wonder” a title.
    ("l23", "the engineering of biology", 0, "European Commission paper", "document"),
    ("l23", "the first self-replicating species", 0, "media", "organization"),
    ("l23", "a new generation of artists, writing genomes", 0, "Freeman Dyson", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
