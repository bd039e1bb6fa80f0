"""The eighteenth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev18/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
US_COVID = "COVID-19 in the United States"
SWEDEN = "Sweden"
GAZETTE = "the Arkansas Democrat-Gazette"
APPEAL = "the administration’s appeal"
NY_OFFICIALS = "Officials"
YEMEN = "Yemen"
HADI = "The so-called regime led by Yemen's former President Abd Rabbuh Mansur Hadi in Aden"
ARIZONA = "Arizona prisons"
MARION = "Marion Correctional Institution"
BEDINGFIELD = "Kate Bedingfield"
BEDINGFIELD_CUE = "Biden communications director Kate Bedingfield"
LABOR_REPORT = "report from a Department of Labor investigation"
DE_BLASIO = "Bill de Blasio"
KIM_KYE_GWAN = "Kim Kye Gwan"
KCNA_REPORT = "KCNA report"
TRUMP = "Trump"
DONALD_TRUMP = "Donald Trump"
NEISSER = "Neisser"
EARL_PHAIR = "Earl Phair"
CARBONEAU = "Sarah Carboneau"
CORNELL = "Brian Cornell"
GOLDENBERG = "David Goldenberg"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # x00 (Tim Kaine): "1986" a year; "over ten months", "less than one week", "one minute — one minute!"
    # durations; "one Democrat and one Independent" splits the two writers ("We"), a reference count.
    ("x00", "36 hearings", 0, "hearings", "hearings", 36, 36, "exact", "1986 tax reform", None, "none",
     False, False),
    # x01 (Arkansas Democrat-Gazette): the paper is the actor of the interviews (none) and the source of what
    # it "found" (organization); "the first time in 30 years" a span of time; "one of the contests".
    ("x01", "31 available delegates", 0, "delegates", "available delegates", 31, 31, "exact", "Arkansas",
     None, "none", False, False),
    ("x01", "less than 3% of the total Democratic delegate share", 0, "delegate_share",
     "total Democratic delegate share", None, 3, "upper_bound", "Arkansas", None, "none", False, False),
    ("x01", "dozens of interviews", 0, "interviews", "interviews", 24, None, "vague",
     "Arkansas Democrat-Gazette", None, "none", False, False),
    ("x01", "no fewer than five candidates", 0, "candidates_supported", "candidates", 5, None, "lower_bound",
     "Arkansas Democrats", GAZETTE, "organization", False, False),
    # x02 (Peter Thiel), x03 (Conor Friedersdorf): no numeric claim ("first president", "one of").
    # x04 (Michelle Goldberg): "amid news that he'd paid" credits the news (vague, as the seed's "reports");
    # "In 2017" a year.
    ("x04", "$1.6 million", 0, "hush_money", "dollars", 1600000, 1600000, "exact", "Elliott Broidy", "news",
     "vague", False, False),
    # x05 (CBS News): no numeric claim ("June 3" a date, "second wave" an ordinal).
    # x06 (Business Insider): "four to five years", "four or five years" durations; the rates' "per 100,000"
    # is their unit; "could die" hedges a projection (not core, as dev15/'s "yet to come").
    ("x06", "50 to 70% of the population", 0, "herd_immunity_threshold", "population", 50, 70, "range",
     "herd immunity", "Experts", "vague", False, False),
    ("x06", "hundreds of thousands of more people", 0, "projected_deaths", "people", 200000, None, "vague",
     US_COVID, None, "none", True, False),
    ("x06", "population of 10.23 million", 0, "population", "population", 10230000, 10230000, "exact",
     SWEDEN, None, "none", False, False),
    ("x06", "29,207 confirmed cases", 0, "cases", "confirmed cases", 29207, 29207, "exact", SWEDEN, None,
     "none", False, True),
    ("x06", "3,646 deaths", 0, "killed", "deaths", 3646, 3646, "exact", SWEDEN, None, "none", False, True),
    ("x06", "35.64 deaths per 100,000 people", 0, "death_rate", "deaths per 100,000 people", 35.64, 35.64,
     "exact", SWEDEN, None, "none", False, False),
    ("x06", "1.45 million confirmed COVID-19 cases", 0, "cases", "confirmed COVID-19 cases", 1450000, 1450000,
     "exact", US, None, "none", False, True),
    ("x06", "86,607 deaths", 0, "killed", "deaths", 86607, 86607, "exact", US, None, "none", False, True),
    ("x06", "population of 328.2 million", 0, "population", "population", 328200000, 328200000, "exact",
     US, None, "none", False, False),
    ("x06", "26.3 deaths per 100,000 people", 0, "death_rate", "deaths per 100,000 people", 26.3, 26.3,
     "exact", US, None, "none", False, False),
    # x07 (USA Today): "age 59 1/2" an age; "401(k)" a name.
    ("x07", "up to $100,000", 0, "withdrawal_limit", "dollars", None, 100000, "upper_bound", "CARES Act",
     None, "none", False, False),
    ("x07", "10% penalty", 0, "early_withdrawal_penalty", "%", 10, 10, "exact", "retirement account withdrawals",
     None, "none", False, False),
    # x08 (New York Times - Opinion): "All three" refers back (a reference count); "September 2017" a date;
    # "Ninth Circuit" an ordinal; the 700,000 is inside the appeal's quotation (document).
    ("x08", "three DACA cases", 0, "court_cases", "DACA cases", 3, 3, "exact", "DACA", None, "none",
     False, False),
    ("x08", "two Federal District Court opinions", 0, "court_opinions", "Federal District Court opinions", 2, 2,
     "exact", "DACA", None, "none", False, False),
    ("x08", "nearly 700,000 aliens", 0, "daca_recipients", "aliens", None, 700000, "upper_bound", "DACA",
     APPEAL, "document", False, False),
    # x09 (New York Post): "Officials had tallied" (anonymous, the dash clause in the same sentence); the
    # city Health Department "reported" (organization); "12 a.m.", "6 p.m." times.
    ("x09", "more than 7,100 cases", 0, "cases", "cases", 7100, None, "lower_bound", "New York State",
     NY_OFFICIALS, "anonymous", False, True),
    ("x09", "more than 4,400 in New York City", 0, "cases", "cases", 4400, None, "lower_bound",
     "New York City", NY_OFFICIALS, "anonymous", False, True),
    ("x09", "case load had surged to nearly 5,700", 0, "cases", "case load", None, 5700, "upper_bound",
     "New York City", "the city Health Department", "organization", False, True),
    # x10 (Quillette): "an estimated N" approx, not hedged; "a handful of Americans" has no numeral; "2001",
    # "1979" years.
    ("x10", "an estimated 100 deaths", 0, "killed", "deaths", 100, 100, "approx", "Sverdlovsk anthrax leak",
     None, "none", False, True),
    # x11 (The Nation): "13-year-old", "59-year-old" ages; "One man told me" an article.
    ("x11", "nearly half the country", 0, "public_share", "country", None, 0.5, "upper_bound", US, None,
     "none", False, False),
    # x12 (Bloomberg): no numeric claim ("two years after" a span of time; "B-52", "F-22" names).
    # x13 (Press TV): MSF "said" its centre recorded (organization); the Hadi government "announced"
    # (organization, as a government that reports); "infections" `infected` (dev12/); "in just two weeks" a
    # duration, "April 10" a date.
    ("x13", "at least 68 deaths", 0, "killed", "deaths", 68, None, "lower_bound",
     "MSF treatment center in southern Yemen", "Doctors Without Borders", "organization", False, True),
    ("x13", "80 percent of the population", 0, "aid_dependent_share", "population", 80, 80, "exact", YEMEN,
     None, "none", False, False),
    ("x13", "180 infections", 0, "infected", "infections", 180, 180, "exact", YEMEN, HADI, "organization",
     False, True),
    ("x13", "30 deaths", 0, "killed", "deaths", 30, 30, "exact", YEMEN, HADI, "organization", False, True),
    # x14 (Slate): the caption's "May 12" a date; shares of the tested positive are not core.
    ("x14", "0.33 percent of the prison population", 0, "infected_share", "prison population", 0.33, 0.33,
     "exact", ARIZONA, None, "none", False, False),
    ("x14", "533 people", 0, "tested", "people", 533, 533, "exact", ARIZONA, None, "none", False, False),
    ("x14", "daily population of 41,248", 0, "prison_population", "daily population", 41248, 41248, "exact",
     ARIZONA, None, "none", False, False),
    ("x14", "2,143 incarcerated individuals", 0, "infected", "incarcerated individuals", 2143, 2143, "exact",
     MARION, None, "none", False, True),
    ("x14", "nearly 90 percent of the facility’s population", 0, "infected_share", "facility’s population",
     None, 90, "upper_bound", MARION, None, "none", False, False),
    ("x14", "14 have died", 0, "killed", "incarcerated individuals", 14, 14, "exact", MARION, None, "none",
     False, True),
    # x15 (The Washington Post): figures inside Bedingfield's statement (person); "in a century" a span of
    # time; "2020 election" a year.
    ("x15", "almost 90,000 Americans dead", 0, "killed", "Americans", None, 90000, "upper_bound", US_COVID,
     BEDINGFIELD_CUE, "person", False, True),
    ("x15", "1.5 million infected", 0, "infected", "Americans", 1500000, 1500000, "exact", US_COVID,
     BEDINGFIELD_CUE, "person", False, True),
    ("x15", "36 million workers newly jobless", 0, "unemployed", "workers", 36000000, 36000000, "exact",
     US_COVID, BEDINGFIELD_CUE, "person", False, False),
    # x16 (Mitch McConnell): a fact-check rating is a claim (dev13/'s ratings), credited to the rater;
    # "in 2018" a year, "for months" a duration, "decades-old" no numeral.
    ("x16", "four Pinocchios", 0, "fact_check_rating", "Pinocchios", 4, 4, "exact",
     "Democrats' claim on Social Security and Medicare", "The Post", "organization", False, False),
    # x17 (Wall Street Journal - News): "“100%” certain" (as dev13/'s "He did 100 percent."), Trump's.
    ("x17", "“100%” certain", 0, "certainty", "%", 100, 100, "exact", "allegations against Kavanaugh",
     "Mr. Trump", "person", False, False),
    # x18 (The Times Higher Education): inside Neisser's quotation.
    ("x18", "three definitions", 0, "definitions", "definitions", 3, 3, "exact", "new dictionary",
     "Professor Neisser", "person", False, False),
    # x19 (Concord Monitor): no numeric claim ("primary first" an ordinal, "one thing" an article).
    # x20 (Amy Klobuchar): "Less than two months later", "the first 14 months" durations; "double digits" no
    # numeral.
    ("x20", "31 biofuel waivers", 0, "biofuel_waivers", "biofuel waivers", 31, 31, "exact",
     "Environmental Protection Agency", None, "none", False, False),
    ("x20", "more than 2,500 drugs", 0, "drugs_price_increase", "drugs", 2500, None, "lower_bound",
     "prescription drug prices", None, "none", False, False),
    ("x20", "more than a trillion dollars", 0, "debt_added", "dollars", 1000000000000, None, "lower_bound",
     "tax bill", None, "none", False, False),
    # x21 (Health Nut News): the headline's "CBS:" credits the arrest (organization, as dev12/'s headline
    # "Researchers:"); the footnote mark "1" is not a figure; "the first of its kind" an ordinal.
    ("x21", "One Arrested", 0, "arrested", "person", 1, 1, "exact", "Nashville Fairgrounds quarantine", "CBS",
     "organization", False, True),
    ("x21", "nearly two miles", 0, "distance", "miles", None, 2, "upper_bound", "COVID-19 patient", None,
     "none", False, False),
    # x22 (The Detroit News): "April 6, 2020" a date.
    ("x22", "1,800 stores", 0, "stores", "stores", 1800, 1800, "exact", "Target", None, "none", False, False),
    # x23 (Los Angeles Daily News): "30 to 40 years" a duration; "troop 22" an identifier; the hypothetical
    # count of one inside Goldenberg's quotation is hedged by "If" (dev12/).
    ("x23", "one person got sick", 0, "infected_hypothetical", "person", 1, 1, "exact",
     "Memorial Day flag placement", GOLDENBERG, "person", True, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("x01", "This is really about the first time in 30 years", 0, "Andrew Dowdle", "person"),
    ("x03", "not just by generating disagreement", 0, "Ross Douthat", "person"),
    ("x04", "widespread sexual harassment", 0, LABOR_REPORT, "document"),
    ("x04", "severe and pervasive.", 0, LABOR_REPORT, "document"),
    ("x04", "My life was ruined by this", 0, "senior military officer", "person"),
    ("x08", "Executive Branch’s authority to revoke", 0, "administration’s appeal", "document"),
    ("x09", "[Gov. Cuomo’s] order is the right thing to do", 0, DE_BLASIO, "person"),
    ("x09", "It’s not going to happen overnight", 0, DE_BLASIO, "person"),
    ("x09", "It’s not going to be perfect the first time.", 0, DE_BLASIO, "person"),
    ("x11", "Don’t take the bait.", 0, "media", "organization"),
    ("x12", "Our country is neither Libya nor Iraq", 0, KIM_KYE_GWAN, "person"),
    ("x12", "It is absolutely absurd to dare compare", 0, KIM_KYE_GWAN, "person"),
    ("x12", "improper acts", 0, KCNA_REPORT, "document"),
    ("x12", "There is a limit in showing goodwill", 0, KCNA_REPORT, "document"),
    ("x13", "has in effect collapsed", 0, "UN", "organization"),
    ("x13", "What we are seeing in our treatment center", 0, "Caroline Seguin", "person"),
    ("x13", "if COVID-19 continues to spread.", 0, "Food and Agriculture Organization", "organization"),
    ("x15", "We’re in the middle of the biggest public health emergency", 0, BEDINGFIELD, "person"),
    ("x15", "So for Eric Trump to claim", 0, BEDINGFIELD, "person"),
    ("x15", "desperate to do whatever they can", 0, BEDINGFIELD, "person"),
    ("x16", "McConnell says there needs to be a bipartisan solution.", 0, "The Washington Post", "organization"),
    ("x17", "I don’t think they are.", 0, TRUMP, "person"),
    ("x17", "outraged at what happened to", 0, TRUMP, "person"),
    ("x17", "in many ways stronger than the men", 0, TRUMP, "person"),
    ("x17", "extremely happy", 0, TRUMP, "person"),
    ("x17", "because they’re thinking of their sons", 0, TRUMP, "person"),
    ("x17", "excellent job", 0, TRUMP, "person"),
    ("x17", "that would have come out loud and clear", 0, TRUMP, "person"),
    ("x18", "Universities today are, in some ways", 0, NEISSER, "person"),
    ("x18", "[University] is an opportunity", 0, NEISSER, "person"),
    ("x18", "People are more aware that we’re divided.", 0, NEISSER, "person"),
    ("x18", "put forward to the class what they make", 0, NEISSER, "person"),
    ("x18", "some of the things they write in their papers", 0, NEISSER, "person"),
    ("x19", "Being a smaller state, candidates can go", 0, "Fournier", "person"),
    ("x19", "You talk to everybody.", 0, "Fournier", "person"),
    ("x19", "We should definitely keep (the primary),", 0, EARL_PHAIR, "person"),
    ("x19", "But I think they ought to do away", 0, EARL_PHAIR, "person"),
    ("x19", "I know there are a lot of people", 0, CARBONEAU, "person"),
    ("x19", "They think we need more diverse people", 0, CARBONEAU, "person"),
    ("x20", "every day of my presidency", 0, DONALD_TRUMP, "person"),
    ("x20", "your head will spin.", 0, DONALD_TRUMP, "person"),
    ("x20", "You all just got a lot richer.", 0, DONALD_TRUMP, "person"),
    ("x21", "Everyone is entitled to come and go", 0, None, "unknown"),
    ("x22", "Last quarter was unlike anything", 0, CORNELL, "person"),
    ("x22", "It was intense.", 0, CORNELL, "person"),
    ("x23", "It is definitely disappointing", 0, GOLDENBERG, "person"),
    ("x23", "It’s been something like 30 to 40 years", 0, GOLDENBERG, "person"),
    ("x23", "Sure, people are concerned right now", 0, GOLDENBERG, "person"),
    ("x23", "We’re working on plans now", 0, GOLDENBERG, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
