"""The sixteenth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev16/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
PGE = "Pacific Gas & Electric Co."
SCE = "Southern California Edison"
AZAR = "Health and Human Services Secretary Alex Azar"
VEGAS = "Las Vegas mass shooting"
COVID_WORLD = "COVID-19 worldwide"
COVID_US = "COVID-19 in the United States"
FIRE = "St. George's Hospital fire"
JILIN = "Jilin province"
MCCARTHY = "Kevin McCarthy"
GILLUM = "Andrew Gillum"
BUTTIGIEG = "Pete Buttigieg"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # v00 (Living Room Conversations), v02 (Andrew Sullivan), v04 (Erraticus): no numeric claim.
    # v01 (Bay Area Bandwith): the forecaster that gives the chance is named ("polling database").
    ("v01", "78 percent chance", 0, "win_probability", "percent", 78, 78, "exact",
     "Donald Trump", "polling database FiftyThiryEight", "organization", False, False),
    # v03 (Los Angeles Times): planned shutoffs hedged by "could"; "is believed to" hedges the 2 million;
    # "would cover" describes the announced plan (as dev8/'s "would require"): not hedged.
    ("v03", "605,000 customers", 0, "customers_power_shutoff", "customers", 605000, 605000, "exact",
     "Northern California power shutoff", PGE, "organization", True, False),
    ("v03", "well over 1 million people", 0, "people_losing_power", "people", 1000000, None, "lower_bound",
     "Northern California power shutoff", None, "none", True, False),
    ("v03", "more than two dozen Northern California counties", 0, "counties_affected", "counties",
     24, None, "lower_bound", "Northern California power shutoff", None, "none", False, False),
    ("v03", "nearly 1 million customers", 0, "customers_power_shutoff", "customers", None, 1000000,
     "upper_bound", "weekend power shutoff", None, "none", False, False),
    ("v03", "more than 2 million residents", 0, "residents_affected", "residents", 2000000, None,
     "lower_bound", "weekend power shutoff", None, "none", True, False),
    ("v03", "more than 350,000 customers", 0, "customers_power_shutoff", "customers", 350000, None,
     "lower_bound", "Southern California power shutoff", SCE, "organization", True, False),
    # v05 (DC Dirty Laundry): the headline's and the body's list of 14 words; "1984" is a title.
    ("v05", "14 “Offensive” Words", 0, "offensive_words", "words", 14, 14, "exact",
     "United Nations", None, "none", False, False),
    ("v05", "list of 14 words", 0, "offensive_words", "words", 14, 14, "exact",
     "United Nations", None, "none", False, False),
    # v06 (Big League Politics): a figure in the site's poll widget, no cue.
    ("v06", "26 million unemployed", 0, "unemployed", "unemployed", 26000000, 26000000, "exact",
     US, None, "none", False, False),
    # v07 (True Pundit): the headline states the lockdown, the body hedges it ("could be forced").
    ("v07", "More than 100 million people", 0, "lockdown_population", "people", 100000000, None, "lower_bound",
     "China", None, "none", False, False),
    ("v07", "Nearly 108 million people", 0, "lockdown_population", "people", None, 108000000, "upper_bound",
     JILIN, None, "none", True, False),
    # v08 (Washington Times): the sentence-final "according to" covers the whole sentence (all three are
    # Azar's figures); "not a single coronavirus death" has no numeral.
    ("v08", "almost half of the reported counties", 0, "counties_without_deaths_share", "reported counties",
     None, 0.5, "upper_bound", US, AZAR, "person", False, False),
    ("v08", "62 percent of all coronavirus cases", 0, "case_share", "coronavirus cases", 62, 62, "exact",
     US, AZAR, "person", False, False),
    ("v08", "2 percent of the reported counties", 0, "county_share", "reported counties", 2, 2, "exact",
     US, AZAR, "person", False, False),
    # v09 (Salon)
    ("v09", "killed 59 people", 0, "killed", "people", 59, 59, "exact", VEGAS, None, "none", False, True),
    ("v09", "injured more than 800", 0, "wounded", "people", 800, None, "lower_bound",
     VEGAS, None, "none", False, True),
    # v10 (MarketWatch): "infected" is `infected` (dev12/), deaths `killed`, both core.
    ("v10", "$1,200 stimulus check", 0, "stimulus_check", "dollars", 1200, 1200, "exact",
     "CARES Act", None, "none", False, False),
    ("v10", "$2 trillion stimulus package", 0, "stimulus_package", "dollars", 2e12, 2e12, "exact",
     "CARES Act", None, "none", False, False),
    ("v10", "infected more than 551,000 people", 0, "infected", "people", 551000, None, "lower_bound",
     COVID_WORLD, None, "none", False, True),
    ("v10", "killed nearly 25,000", 0, "killed", "people", None, 25000, "upper_bound",
     COVID_WORLD, None, "none", False, True),
    # v11 (Vice): "approaches N" is upper_bound (dev6/'s "approaching", dev14/'s "approached").
    ("v11", "2 Bills", 0, "bills_signed", "bills", 2, 2, "exact", "Idaho", None, "none", False, False),
    ("v11", "deaths from COVID-19 approaches 3,000", 0, "killed", "deaths", None, 3000, "upper_bound",
     COVID_US, None, "none", False, True),
    # v12 (The Week - News)
    ("v12", "over 100,000 confirmed cases", 0, "cases", "confirmed cases", 100000, None, "lower_bound",
     "Germany", None, "none", False, True),
    # v13 (Pravda Report): the fire's toll and its sub-counts; the moved and the evacuated are core
    # (`evacuated`); "Reportedly" hedges the 16 and names no source (dev4/).
    ("v13", "Five people were killed", 0, "killed", "people", 5, 5, "exact", FIRE, None, "none", False, True),
    ("v13", "ten square meters", 0, "fire_area", "square meters", 10, 10, "exact",
     FIRE, None, "none", False, False),
    ("v13", "Four of them died", 0, "killed", "patients", 4, 4, "exact", FIRE, None, "none", False, True),
    ("v13", "another one died", 0, "killed", "patients", 1, 1, "exact", FIRE, None, "none", False, True),
    ("v13", "16 patients", 0, "patients_in_unit", "patients", 16, 16, "exact", FIRE, None, "none", True, False),
    ("v13", "eleven of them", 0, "evacuated", "patients", 11, 11, "exact", FIRE, None, "none", False, True),
    ("v13", "as many as 150 people were evacuated", 0, "evacuated", "people", None, 150, "upper_bound",
     FIRE, None, "none", False, True),
    # v14 (Bipartisan Report): figures in pasted tweets go to the tweets' authors (dev10/, dev12/).
    ("v14", "almost 100,000 Americans", 0, "killed", "Americans", None, 100000, "upper_bound",
     COVID_US, "Chris Jackson", "person", False, True),
    ("v14", "97,000 Americans dead", 0, "killed", "Americans", 97000, 97000, "exact",
     COVID_US, "Bill Pascrell, Jr.", "person", False, True),
    # v15 (The New York Times): a case count of the Covid-linked child illness is `cases`, core; list
    # numbers "2." "3." "4.", the date and the age are not claims; "half" of the 10 areas is 0.5.
    ("v15", "at least 50 reported cases", 0, "cases", "reported cases", 50, None, "lower_bound",
     "Covid-linked child illness in New York State", None, "none", False, True),
    ("v15", "more than 1,000 Wendy’s franchises", 0, "franchises_sold_out", "Wendy’s franchises", 1000, None,
     "lower_bound", "Wendy's", None, "none", False, False),
    ("v15", "10 metropolitan areas", 0, "metro_areas", "metropolitan areas", 10, 10, "exact",
     US, None, "none", False, False),
    ("v15", "half are home to a meat processing plant", 0, "meat_plant_area_share", "metropolitan areas",
     0.5, 0.5, "exact", US, None, "none", False, False),
    # v16 (Chicago Tribune): "the two countries" is a reference count; 1983 a year.
    ("v16", "$50 billion in tariffs", 0, "tariffs", "dollars", 50e9, 50e9, "exact", "China", None, "none",
     False, False),
    # v17 (Tallahassee Democrat): quotes only.
    # v18 (Las Vegas Sun)
    ("v18", "11 million long-term undocumented immigrants", 0, "undocumented_immigrants",
     "long-term undocumented immigrants", 11e6, 11e6, "exact", US, None, "none", False, False),
    # v19 (CalMatters): "the lower half of California's Central Valley" is a place, not a quantity.
    ("v19", "360,000", 0, "population", "people", 360000, 360000, "exact", "Bakersfield", None, "none",
     False, False),
    ("v19", "$5,000", 0, "lottery_winnings", "dollars", 5000, 5000, "exact", MCCARTHY, None, "none",
     False, False),
    # v20 (TED): "multi-billion-dollar" has no numeral (dev12/); "a third" is a fraction.
    ("v20", "2 percent of Facebook staff", 0, "black_staff_share", "Facebook staff", 2, 2, "exact",
     "Facebook", None, "none", False, False),
    ("v20", "less than a third", 0, "female_staff_share", "Facebook staff", None, ONE_THIRD, "upper_bound",
     "Facebook", None, "none", False, False),
    # v21 (DC Gazette), v22 (News Punch): ages, "911" and "sued 4 house discrimination" ("4" = "for") are
    # not claims.
    # v23 (En Volve)
    ("v23", "thousands of ventilators", 0, "ventilators_produced", "ventilators", 2000, None, "vague",
     "Ford", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("v00", "I think when a few people started talking", 0, "Katie Page", "person"),
    ("v01", "I was convinced that things were going to be", 0, "John Gable", "person"),
    ("v01", "He is going to change things.", 0, "John Gable", "person"),
    ("v06", "I think we are going to have to have a very serious", 0, "Dana Nessel", "person"),
    ("v06", "They knew exactly what the order was.", 0, "Dana Nessel", "person"),
    ("v07", "more cautious", 0, "Fan Pai", "person"),
    ("v07", "Children playing outside are wearing masks again", 0, "Fan Pai", "person"),
    ("v07", "It’s frustrating because you don’t know", 0, "Fan Pai", "person"),
    ("v09", "no liability of any kind", 0, "MGM", "organization"),
    ("v11", "For instance, if a trans person were to get sick", 0, "Megan Carter", "person"),
    ("v11", "There is a lot of fear already in our community", 0, "Megan Carter", "person"),
    ("v13", "The ventilators are operating to the maximum", 0, "officials", "person"),
    ("v14", "I love golf, but if I were in the White House", 0, "Trump", "person"),
    ("v16", "China's state-led, market-distorting efforts", 0, "Raj Shah", "person"),
    ("v16", "China uses these dialogues to delay", 0, "official", "person"),
    ("v16", "The administration has not been satisfied", 0, "official", "person"),
    ("v17", "I was in Miami last night for a wedding", 0, GILLUM, "person"),
    ("v17", "While I had too much to drink", 0, GILLUM, "person"),
    ("v17", "the incredible Miami Beach EMS team", 0, GILLUM, "person"),
    ("v17", "I will spend the next few weeks with my family", 0, GILLUM, "person"),
    ("v17", "and appreciate privacy during this time", 0, GILLUM, "person"),
    ("v17", "It creates a huge uphill battle", 0, "Susan MacManus", "person"),
    ("v18", "I think we need to put a little more humility", 0, BUTTIGIEG, "person"),
    ("v18", "But if for some people it’s not the right answer", 0, BUTTIGIEG, "person"),
    ("v18", "I purposely left room for the policy", 0, BUTTIGIEG, "person"),
    ("v19", "I’m just thinking, the sign brings in more people", 0, MCCARTHY, "person"),
    ("v20", "our philosophy is that we care about people first.", 0, "Mark Zuckerberg", "person"),
    ("v21", "This was also posted on my Twitter feed", 0, "Tom Fitton", "person"),
    ("v21", "He said his son called 911", 0, "father", "person"),
    ("v22", "So #Trump, who stoked ‘birtherism’ lunacy", 0, "Maya Wiley", "person"),
    ("v23", "We’re Not Going To Close The Country", 0, "Trump", "person"),
    ("v23", "People say that’s a very distinct possibility", 0, "Trump", "person"),
    ("v23", "It’s standard. And, we’re going put out the fires.", 0, "Trump", "person"),
    ("v23", "The global pandemic proves once and for all", 0, "Trump", "person"),
    ("v23", "I’m fighting to bring back our jobs from China", 0, "Trump", "person"),
    ("v23", "We will not do a lockdown for the second wave", 0, "Trump", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
