"""The twenty-ninth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev29/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

MARIA = "Hurricane Maria deaths in Puerto Rico"
US = "United States"
INDIA = "COVID-19 in India"
NY = "COVID-19 in New York State"
NY_REOPEN = "New York regions reopening"
WV_BOARD = "The West Virginia Board of Pharmacy"
POST_DISPATCH = "St. Louis Post-Dispatch"
MERKLEY = "Merkley"
SPOKESPERSON = "company spokesperson"
TAIWAN_OFFICIAL = "person who is familiar with Taiwan’s policy towards China"
CUOMO = "Andrew Cuomo"
TORRES = "Russ Torres"
UPR = "University of Puerto Rico-Mayagüez professors"
PSU = "Pennsylvania State University professors"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # B00 (Jesse Jackson): "Half of all Americans have no retirement plan" (a fraction); "billions in damage each
    # year" (vague 2,000,000,000/null, dev9/'s "billions of dollars"; the noun "dollars" implied).
    ("B00", "Half of all Americans", 0, "no_retirement_plan_share", "Americans", 0.5, 0.5, "exact",
     "Americans' retirement plans", None, "none", False, False),
    ("B00", "billions in damage", 0, "climate_damage_yearly", "damage", 2_000_000_000, None, "vague",
     "climate emergency", None, "none", False, False),
    # B01 (Bret Stephens): no numeric claim ("2009" a year, "A third implication" an ordinal).
    # B02 (Guest Writer - Center): no numeric claim ("1s and 0s" binary digits, "Two years after" a duration).
    # B03 (David Leonhardt): no numeral.
    # B04 (Psypost): no numeral.
    # B05 (Drudge Report): no numeric claim ("one country, two systems" a name, "second term" an ordinal).
    # B06 (Sputnik News): the fine → the British Government ("According to"); "14-day quarantine" a duration
    # (dev4/'s "a 14-day lockdown"); "in June" a date; "one thing", "the biggest one" pronouns.
    ("B06", "one thousand pounds", 0, "quarantine_breach_fine", "pounds", 1000, 1000, "exact",
     "UK arrivals quarantine", "the British Government", "organization", False, False),
    # B07 (NPR): "three big orders" inside Baker's quotation; Hogan's "at least half of stimulus aid funding"
    # (a proposal, not hedged); "the third round", "the second package" ordinals; "in two months" a duration.
    ("B07", "three big orders", 0, "orders_lost", "orders", 3, 3, "exact", "Massachusetts medical supply orders",
     "Baker", "person", False, False),
    ("B07", "at least half of stimulus aid funding", 0, "stimulus_share_for_states", "stimulus aid funding", 0.5,
     None, "lower_bound", "federal coronavirus stimulus", "Maryland's Republican Gov. Larry Hogan", "person", False,
     False),
    # B08 (Breitbart News): the Hurricane Maria death estimates, each `killed`, core, each to its calculator;
    # "a total of 1,085 if the same pattern held" hedged ("if"); "95 percent confidence range" the method
    # (dev11/), its bounds "between 605 and 1,039" a range claim; "six weeks of mortality records" a duration;
    # "the official figure of 64" none.
    ("B08", "1,052 deaths", 0, "killed", "deaths", 1052, 1052, "exact", MARIA, "The New York Times",
     "organization", False, True),
    ("B08", "985", 0, "killed", "deaths", 985, 985, "exact", MARIA, "The Center for Investigative Reporting",
     "organization", False, True),
    ("B08", "822", 0, "killed", "deaths", 822, 822, "exact", MARIA, UPR, "organization", False, True),
    ("B08", "between 605 and 1,039", 0, "killed", "deaths", 605, 1039, "range", MARIA, UPR, "organization", False,
     True),
    ("B08", "excess deaths of about 500", 0, "killed", "excess deaths", 500, 500, "approx", MARIA, PSU,
     "organization", False, True),
    ("B08", "a total of 1,085", 0, "killed", "deaths", 1085, 1085, "exact", MARIA, PSU, "organization", True,
     True),
    ("B08", "1,194 excess deaths", 0, "killed", "excess deaths", 1194, 1194, "exact", MARIA,
     "A Latino USA analysis", "document", False, True),
    ("B08", "around the 1,000 mark", 0, "killed", "deaths", 1000, 1000, "approx", MARIA, "The Post",
     "organization", False, True),
    ("B08", "4,645", 0, "killed", "deaths", 4645, 4645, "exact", MARIA,
     "a Harvard study published in the New England Journal of Medicine", "document", False, True),
    ("B08", "official figure of 64", 0, "killed", "deaths", 64, 64, "exact", MARIA, None, "none", False, True),
    # B09 (Yahoo! The 360): a national yearly statistic (not an event's toll, dev15/: not core); "nearly nine
    # minutes" a duration.
    ("B09", "roughly 1,000 people killed each year by police", 0, "police_killings_yearly", "people", 1000, 1000,
     "approx", "police killings in the U.S.", None, "none", False, False),
    # B10 (Daily Mail): the headline's distance ("Trump says", "within" upper_bound); the hypothetical toll of the
    # called-off airstrike (hedged, not core, as dev24/'s hypothetical toll); "An hour earlier" a duration.
    ("B10", "within 1,000 yards", 0, "drone_distance", "yards", None, 1000, "upper_bound", "Iranian drone",
     "Trump", "person", False, False),
    ("B10", "killed approximately 150 people", 0, "death_toll", "people", 150, 150, "approx",
     "called-off U.S. airstrike on Iran", "President Trump", "person", True, False),
    # B11 (Vox): "the deaths of 12 conquistadors" (an event's toll, core); the 2016 missing-women cases (a
    # national yearly statistic, not core) → the report (document); "only 116 were logged" none (sentence-local);
    # "over the age of 25", "ages of 10-24" ages; "mid-1800s", "2017", "2016" dates; "49ers" a name; "third
    # leading cause" an ordinal.
    ("B11", "deaths of 12 conquistadors", 0, "killed", "conquistadors", 12, 12, "exact",
     "Acoma fight with Spanish conquistadors", None, "none", False, True),
    ("B11", "5,712 cases of missing", 0, "missing_women_cases", "cases", 5712, 5712, "exact",
     "missing American Indian and Alaskan Native women, 2016", "an Urban Indian Health Institute report",
     "document", False, False),
    ("B11", "only 116 were logged", 0, "cases_logged_doj", "cases", 116, 116, "exact",
     "missing American Indian and Alaskan Native women, 2016", None, "none", False, False),
    # B12 (ProPublica): the board's limit ("no more than" upper_bound); "Covid-19" a name.
    ("B12", "no more than 30 tablets", 0, "prescription_limit", "tablets", None, 30, "upper_bound",
     "West Virginia prescriptions of coronavirus drugs", WV_BOARD, "organization", False, False),
    # B13 (The Verge): no numeric claim ("COVID-19" a name, "One of the biggest takeaways" "one of").
    # B14 (Politico): the same two figures as dev24/'s i13 and dev12/'s r15 (the same story), annotated as there;
    # "1967", "1968" years, "second term" (twice), "second wave" ordinals, "one Republican" a determiner.
    ("B14", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague",
     True, False),
    ("B14", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US,
     "Sen. Lindsey Graham", "person", False, False),
    # B15 (Reuters): cases and deaths → "federal data" (document); "hundreds of millions of migrant workers"
    # (vague, dev13/); "dozens of workers died" (vague 24/null, core); "May 31", "late March" dates, "for weeks"
    # a duration, "Slideshow (5 Images)" a page widget.
    ("B15", "confirmed cases at around 96,000", 0, "cases", "confirmed cases", 96000, 96000, "approx", INDIA,
     "federal data", "document", False, True),
    ("B15", "more than 3,000 deaths", 0, "killed", "deaths", 3000, None, "lower_bound", INDIA, "federal data",
     "document", False, True),
    ("B15", "hundreds of millions of migrant workers", 0, "stranded_migrant_workers", "migrant workers",
     200_000_000, None, "vague", "India lockdown", None, "none", False, False),
    ("B15", "dozens of workers died", 0, "killed", "workers", 24, None, "vague",
     "road and rail accidents of migrant workers in India", None, "none", False, True),
    # B16 (Frank Bruni): no numeric claim ("one of the other moderates" "one of").
    # B17 (NBCNews.com): no numeral ("last April" a date).
    # B18 (Deadline.com): no numeral.
    # B19 (Scriberr Media): no numeric claim ("one man" a determiner, "June 15, 2020" a date).
    # B20 (Matt Welch): "5.6 public lies per day" inside the Post-Dispatch's quotation ("the paper wrote"); "his
    # first year" an ordinal; "one good reason" a determiner.
    ("B20", "5.6 public lies per day", 0, "public_lies_per_day", "public lies", 5.6, 5.6, "exact",
     "Donald Trump, first year in office", POST_DISPATCH, "organization", False, False),
    # B21 (Pravda Report): the program's three stages → NASA; "2015", "2019", "2020", "2022", "2024",
    # "mid-2030s" dates; "Artemis 1/2/3" names; "The first", "The second stage", "the third stage" ordinals.
    ("B21", "three-stage lunar exploration program", 0, "program_stages", "stages", 3, 3, "exact",
     "NASA Artemis program",
     "the United States National Aeronautics and Space Administration (NASA)", "organization", False, False),
    # B22 (CBS News): cases → the state's health department (the sentence's cue); "Five out of ten regions" two
    # claims (5; the 10 new information); "seven criteria" and Cuomo's "Seven criteria" each a claim; "four out
    # of the seven criteria" a claim of 4 (the 7 a reference back); "the five other regions" a reference count;
    # "May 28" a date.
    ("B22", "Over 348,000 people", 0, "cases", "people", 348000, None, "lower_bound", NY,
     "the state's health department", "organization", False, True),
    ("B22", "2,419 new positives", 0, "cases", "new positives", 2419, 2419, "exact", NY,
     "the state's health department", "organization", False, True),
    ("B22", "Five out of ten regions", 0, "regions_reopening", "regions", 5, 5, "exact", NY_REOPEN, None, "none",
     False, False),
    ("B22", "ten regions", 0, "regions", "regions", 10, 10, "exact", NY_REOPEN, None, "none", False, False),
    ("B22", "seven criteria", 0, "reopening_criteria", "criteria", 7, 7, "exact", NY_REOPEN, None, "none", False,
     False),
    ("B22", "Seven criteria", 0, "reopening_criteria", "criteria", 7, 7, "exact", NY_REOPEN, "Cuomo", "person",
     False, False),
    ("B22", "four out of the seven criteria", 0, "reopening_criteria_met", "criteria", 4, 4, "exact",
     "New York City reopening", None, "none", False, False),
    # B23 (USA Today): "260 local media properties" inside Russ Torres's quotation; "401(k)" a name.
    ("B23", "260 local media properties", 0, "local_media_properties", "local media properties", 260, 260,
     "exact", "Gannett", TORRES, "person", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("B01", "The ferocity with which the authorities", 0, "Omid Memarian", "person"),
    ("B03", "Billionaire whining about a wealth tax", 0, "Ilyana Kuziemko", "person"),
    ("B03", "a pretty strong bout", 0, "John Harris", "person"),
    ("B04", "The method I use here", 0, MERKLEY, "person"),
    ("B04", "There is also a possibility", 0, MERKLEY, "person"),
    ("B04", "It is also important to note", 0, MERKLEY, "person"),
    ("B05", "They are still talking about the concept", 0, TAIWAN_OFFICIAL, "person"),
    ("B05", "It’s neutral.", 0, TAIWAN_OFFICIAL, "person"),
    ("B06", "Should Have Been Implemented", 0, "Neil Hamilton", "person"),
    ("B07", "On three big orders, we lost to the feds", 0, "Baker", "person"),
    ("B10", "provocative and hostile", 0, "Trump", "person"),
    ("B10", "a big event just happened in Iran", 0, "Trump", "person"),
    ("B12", "Currently, both nationally and in West Virginia", 0, "West Virginia Board of Pharmacy",
     "organization"),
    ("B12", "inappropriate use", 0, "Louisiana", "organization"),
    ("B14", "Allowing people to get to some semblance of normal", 0, "Republican close to the president",
     "person"),
    ("B14", "The closer you can have it to 120", 0, "Lindsey Graham", "person"),
    ("B16", "If you are watching at home", 0, None, "unknown"),
    ("B16", "consider the fact that when the sun sets", 0, None, "unknown"),
    ("B17", "I hope you can see your way clear", 0, "Trump", "person"),
    ("B17", "I agree he is a good guy", 0, "Comey", "person"),
    ("B18", "set up.", 0, "Lindsey Graham", "person"),
    ("B18", "It’s nothing short of a coup", 0, "narrator", "person"),
    ("B18", "Our company accepts political", 0, SPOKESPERSON, "person"),
    ("B18", "Advertisers must substantiate", 0, SPOKESPERSON, "person"),
    ("B18", "contains assertions of fact", 0, SPOKESPERSON, "person"),
    ("B18", "it meets our commercial clearance standards", 0, SPOKESPERSON, "person"),
    ("B19", "Give me your phone, show me", 0, "man", "person"),
    ("B19", "medical tent for interrogation", 0, "D’Almeida", "person"),
    ("B20", "complete and total immunity", 0, "Claire McCaskill", "person"),
    ("B20", "In reality, the eerily Orwellian video", 0, POST_DISPATCH, "organization"),
    ("B20", "Trump told a verified average", 0, POST_DISPATCH, "organization"),
    ("B20", "too big", 0, "The Riverdale Press", "organization"),
    ("B20", "chilling to contemplate", 0, "Chicago Daily Herald", "organization"),
    ("B20", "not just because it's anti-competitive", 0, "Modesto Bee", "organization"),
    ("B21", "The Secretary of State shall object", 0, "executive order", "document"),
    ("B22", "You're going to see an increase", 0, CUOMO, "person"),
    ("B22", "Seven criteria, which basically measure", 0, CUOMO, "person"),
    ("B23", "Creating innovative video projects", 0, TORRES, "person"),
    ("B23", "We are in a period where providing news", 0, TORRES, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
