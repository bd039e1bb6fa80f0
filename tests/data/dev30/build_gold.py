"""The thirtieth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev30/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_SEVENTH = 1 / 7  # fractions are written as fractions (as in dev3/), percentages as percents
TWO_THIRDS = 2 / 3
HATE = "anti-Jewish hate crimes in the U.S."
POWAY = "San Diego synagogue shooting, 2019"
US_FISCAL = "U.S. federal finances"
NURSING_NY = "COVID-19 nursing home deaths in New York"
NURSING_NJ = "COVID-19 nursing home deaths in New Jersey"
NURSING_BOTH = "COVID-19 nursing home deaths in New York and New Jersey"
BROOKS = "police shooting of Rayshard Brooks, Atlanta"
HK = "Hong Kong arrests on the first day of China's security law"
NNU = "National Nurses United’s statement"
GORSUCH = "Neil Gorsuch's labor and employment rulings"
US_COVID = "COVID-19 deaths in the United States"
RACES = "U.S. road racing and the pandemic"
BLOOD = "lifting the FDA ban on blood donation by gay and bisexual men (2014 study)"
WILLIAMS = "A 2014 study by the Williams Institute"
DOJ = "the Justice Department"
PEW_POLL = "Pew survey on federal aid to illegal immigrants during the coronavirus outbreak"
PEW_SURVEY = "a Pew Research Center survey"
ORDER = "order"
WOLF = "Tom Wolf’s administration"
REYNOLDS = "Vic Reynolds"
COX = "Justin Cox"
POMPEO = "Mike Pompeo"
HOGUE = "Ilyse Hogue"
WRAY = "Christopher Wray"
LAWSUIT = "lawsuit"
BEINART = "Peter Beinart"
RICE = "Latresa Rice"
APPEAL = "appeal"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # C00 (Scott Jennings): no numeric claim ("2020" twice, "1980", "1992" years; "for over a decade" a
    # duration; "George H.W. Bush" a name).
    # C01 (Foreign Affairs): no numeric claim ("1999" a year, "The second way" an ordinal, "Few" no numeral).
    # C02 (The Hollywood Reporter): the anti-Jewish hate crimes of 2013 and 2019 (national yearly statistics,
    # not core) and "nearly tripled" (a multiplier, upper_bound null/3, as dev3/'s "nearly doubling"); the
    # synagogue shooting's "murdered one person" (a count of one) and "wounding three" (an event's toll and
    # wounded: core). No cue anywhere: none. "In 2013", "by 2019", "That same year" dates.
    ("C02", "751 reported hate crimes", 0, "hate_crimes", "reported hate crimes", 751, 751, "exact",
     HATE + ", 2013", None, "none", False, False),
    ("C02", "nearly tripled", 0, "hate_crimes_growth_factor", "hate crimes", None, 3, "upper_bound",
     HATE + ", 2013 to 2019", None, "none", False, False),
    ("C02", "2,107", 0, "hate_crimes", "hate crimes", 2107, 2107, "exact", HATE + ", 2019", None, "none", False,
     False),
    ("C02", "murdered one person", 0, "killed", "person", 1, 1, "exact", POWAY, None, "none", False, True),
    ("C02", "wounding three", 0, "wounded", "people", 3, 3, "exact", POWAY, None, "none", False, True),
    # C03 (Brent Bozell): the debt (exact), "tens of trillions of dollars" (vague 20,000,000,000,000/null, as
    # "tens of thousands" 20,000/null) and the fraction "One seventh of the economy"; "In 2009" a year;
    # “infinity” a one-word scare quote.
    ("C03", "$19 trillion in debt", 0, "national_debt", "debt", 19_000_000_000_000, 19_000_000_000_000, "exact",
     US_FISCAL, None, "none", False, False),
    ("C03", "tens of trillions of dollars", 0, "unfunded_liabilities", "dollars", 20_000_000_000_000, None,
     "vague", US_FISCAL, None, "none", False, False),
    ("C03", "One seventh of the economy", 0, "economy_share_taken_by_obamacare", "economy", ONE_SEVENTH,
     ONE_SEVENTH, "exact", "Obamacare", None, "none", False, False),
    # C04 (Ryan Cooper): the Electoral College argument's "two-candidate national election" (a compound count,
    # dev19/, dev20/) and "a 4-to-1 margin" (a ratio, its informative number, as dev21/'s "a rate of 6:1"
    # exact 6); not hedged (a rule the system allows, no hedge cue). "one candidate" a determiner (one of the
    # two); "2." a list number; "the 1970s" a decade; “imperial presidency.” a two-word label (not a quote).
    ("C04", "two-candidate national election", 0, "candidates", "candidates", 2, 2, "exact",
     "U.S. Electoral College", None, "none", False, False),
    ("C04", "4-to-1 margin", 0, "popular_vote_ratio", "margin", 4, 4, "exact", "U.S. Electoral College", None,
     "none", False, False),
    # C05 (Humans Are Free): no numeric claim ("COVID-19" a name, "B.S." a degree).
    # C06 (The Duran): the party's poll share (a percent); "For almost a decade" a duration, "Since 2018" a
    # year.
    ("C06", "polling at 6%", 0, "poll_share", "percent", 6, 6, "exact", "Berlusconi's party (Forza Italia)",
     None, "none", False, False),
    # C07 (FrontPage Magazine): the nursing home tolls, `killed`, core, none: New Jersey's "approaching New
    # York's 5,000" (upper_bound null/5,000, "approaching" as dev6/) and New York's "5,000 death toll" (two
    # claims on overlapping spans); "10,000 dead grandmas" twice (the second in the paraphrased aphorism, a
    # repeated mention, still the two states' toll); "a single dead grandma" has no numeral. "March 31st" a
    # date.
    ("C07", "death toll is approaching New York’s 5,000", 0, "killed", "death toll", None, 5000, "upper_bound",
     NURSING_NJ, None, "none", False, True),
    ("C07", "5,000 death toll", 0, "killed", "death toll", 5000, 5000, "exact", NURSING_NY, None, "none", False,
     True),
    ("C07", "10,000 dead grandmas and grandpas", 0, "killed", "dead grandmas and grandpas", 10000, 10000,
     "exact", NURSING_BOTH, None, "none", False, True),
    ("C07", "10,000 dead grandmas", 1, "killed", "dead grandmas", 10000, 10000, "exact", NURSING_BOTH, None,
     "none", False, True),
    # C08 (NBC News): "shot twice" (`times_shot`, as dev14/'s t13) → the medical examiner's office (the
    # sentence's cue, organization); "two Atlanta police officers" (none). "Brooks, 27" an age; "Friday" a
    # date; "one of them" a reference.
    ("C08", "shot twice", 0, "times_shot", "times", 2, 2, "exact", BROOKS,
     "the Fulton County Medical Examiner's Office", "organization", False, False),
    ("C08", "two Atlanta police officers", 0, "officers_involved", "police officers", 2, 2, "exact", BROOKS,
     None, "none", False, False),
    # C09 (Washington Times): "thousands of refugees" inside the opening quotation of an unnamed "he" (the
    # referent lies before the excerpt) → "he", anonymous (as dev28/'s A21 "They"); refugees awaiting
    # admission under the travel ban, not a displacement count: not core. "last month" a date.
    ("C09", "thousands of refugees", 0, "refugees_affected", "refugees", 2000, None, "vague",
     "refugees affected by the Supreme Court's travel-ban ruling", "he", "anonymous", False, False),
    # C10 (CBN): the arrests, `arrested`, core (dev21/): the headline's "Hundreds of Arrests" (vague 200/null)
    # and "more than three hundred people" (lower_bound), no cue: none. "Day 1" (a day number) and "the 23rd
    # anniversary" (an ordinal) are not claims.
    ("C10", "Hundreds of Arrests", 0, "arrested", "arrests", 200, None, "vague", HK, None, "none", False, True),
    ("C10", "more than three hundred people", 0, "arrested", "people", 300, None, "lower_bound", HK, None, "none",
     False, True),
    # C11 (Salon): the figures inside National Nurses United's statement ("said National Nurses United's
    # statement") → the statement (document); "eight of the 12 cases" two claims (8; the 12 new information,
    # as dev22/'s "48 of Scotland's 59 seats"); "Over the past 10 years" a duration; "early 2016" a date;
    # "a four-four conservative-liberal split" a vote split (left out, dev8/); "several years before" no
    # numeral.
    ("C11", "at least 15 labor and employment rulings", 0, "rulings_written", "labor and employment rulings", 15,
     None, "lower_bound", GORSUCH, NNU, "document", False, False),
    ("C11", "eight of the 12 cases", 0, "rulings_for_employers", "cases", 8, 8, "exact", GORSUCH, NNU,
     "document", False, False),
    ("C11", "12 cases", 0, "rulings", "cases", 12, 12, "exact", GORSUCH, NNU, "document", False, False),
    ("C11", "three opinions", 0, "opinions_upholding_nlrb", "opinions", 3, 3, "exact", GORSUCH, NNU,
     "document", False, False),
    # C12 (NPR): the case's value ("a $2.5 billion false claims case", a price, exact) → none: "They range
    # from …" is a new sentence, Law360's "noted" stays in the sentence before (sentence-local). "2016" a
    # year; "nearly a decade" a duration; "White Collar Group of the Year" a title.
    ("C12", "$2.5 billion false claims case", 0, "case_value", "dollars", 2_500_000_000, 2_500_000_000, "exact",
     "Huntington Ingalls Industries false claims case", None, "none", False, False),
    # C13 (The Washington Post): "the tens of thousands who have died" (vague 20,000/null, the U.S. COVID-19
    # toll, core). Not claims: "in a century" (a duration), the link title "The first 1,000: …" (a title,
    # the first N victims), "Edna Adams, 105" (an age), "1918" (a year), "two world wars" (a reference count:
    # both world wars), "more than 40 years" (a duration), "her 100th birthday" (an ordinal), "April".
    ("C13", "tens of thousands who have died", 0, "killed", "people", 20000, None, "vague", US_COVID, None,
     "none", False, True),
    # C14 (Health Impact News): no numeral ("COVID-19", "{COVID-19}" names; "another one" a pronoun).
    # C15 (CNBC): the running industry's figures, none core; "data from industry trade group Running USA shows"
    # → the 35,000 only (document, the data as a cited source; the next sentence has no cue: none); "the
    # race's economic impact topped $400 million" → "The most recent analysis of the TCS New York City
    # Marathon" (document; "topped" lower_bound, as dev22/'s "surpassed"); "hundreds of millions of dollars"
    # twice (vague 200,000,000/null), "billions of dollars" (2,000,000,000/null), "Tens of thousands"
    # (20,000/null), "thousands of races" (2,000/null), "upwards of 40,000" lower_bound. "each year" and "in
    # 2019" are a frequency and a year; "The Next Normal" a series title.
    ("C15", "thousands of races", 0, "races_cancelled", "races", 2000, None, "vague", RACES, None, "none",
     False, False),
    ("C15", "Tens of thousands of runners", 0, "marathon_runners", "runners", 20000, None, "vague",
     "the world's largest marathons", None, "none", False, False),
    ("C15", "upwards of 40,000 participants", 0, "marathon_participants", "participants", 40000, None,
     "lower_bound", "the world's largest marathons", None, "none", False, False),
    ("C15", "hundreds of millions of dollars", 0, "marathon_revenue_for_host_cities", "dollars", 200_000_000,
     None, "vague", "the world's largest marathons", None, "none", False, False),
    ("C15", "roughly 35,000 races each year", 0, "races_per_year", "races", 35000, 35000, "approx", RACES,
     "data from industry trade group Running USA", "document", False, False),
    ("C15", "More than 44 million people", 0, "runners", "people", 44_000_000, None, "lower_bound", RACES, None,
     "none", False, False),
    ("C15", "17.6 million people", 0, "race_finishers", "people", 17_600_000, 17_600_000, "exact",
     RACES + ", 2019", None, "none", False, False),
    ("C15", "billions of dollars", 0, "money_at_stake", "dollars", 2_000_000_000, None, "vague", RACES, None,
     "none", False, False),
    ("C15", "hundreds of millions of dollars", 1, "marathon_spending_in_local_economies", "dollars", 200_000_000,
     None, "vague", "the biggest marathons", None, "none", False, False),
    ("C15", "topped $400 million", 0, "economic_impact", "economic impact", 400_000_000, None, "lower_bound",
     "TCS New York City Marathon", "The most recent analysis of the TCS New York City Marathon", "document",
     False, False),
    # C16 (The Libertarian Republic): no numeral ("New Year's" a name).
    # C17 (Los Angeles Times): "hundreds of traditions" (vague 200/null) inside the seminary's website
    # quotation → "the Fuller Theological Seminary" (organization). "2016" a year; "the two married" a
    # reference count (Maxon and the woman named before); "Title IX" a name.
    ("C17", "hundreds of traditions", 0, "traditions", "traditions", 200, None, "vague",
     "Fuller Theological Seminary community", "the Fuller Theological Seminary", "organization", False, False),
    # C18 (GLAAD): the Williams Institute's projection ("estimated that if the ban were to be lifted, an
    # additional 360,000 men would likely donate, which could help save … more than a million people") →
    # document, both hedged ("if", "would likely", "could"), not core (lives a policy might save); the
    # petition's "over 20,000 signatures" (no cue: none). "for years", "Years ago" durations; "2014" a year.
    ("C18", "an additional 360,000 men", 0, "additional_blood_donors", "men", 360000, 360000, "exact", BLOOD,
     WILLIAMS, "document", True, False),
    ("C18", "more than a million people", 0, "lives_saved", "people", 1_000_000, None, "lower_bound", BLOOD,
     WILLIAMS, "document", True, False),
    ("C18", "over 20,000 signatures", 0, "petition_signatures", "signatures", 20000, None, "lower_bound",
     "GLAAD's petition to lift the FDA blood donation ban", None, "none", False, False),
    # C19 (The Texan): the hackers the Justice Department "announced its intention to charge" and the
    # "millions of Americans' personal data" they stole (vague 2,000,000/null), both in the announcement's
    # clause → organization; charges, not arrests: not core. "2018", "2015", "2017" years; "F-35" a name.
    ("C19", "four Chinese military hackers", 0, "hackers_charged", "Chinese military hackers", 4, 4, "exact",
     "Equifax network breach", DOJ, "organization", False, False),
    ("C19", "millions of Americans", 0, "people_data_stolen", "Americans", 2_000_000, None, "vague",
     "Equifax network breach", DOJ, "organization", False, False),
    # C20 (Michael Barone): no numeric claim ("the two groups" a reference count, "the 1960s" a decade,
    # "Saturday", "July 2016" dates).
    # C21 (ABC News): no numeric claim ("less than one year" a duration, "46-year-old" an age, "since 2014" a
    # year, "October" a date, "the first city sanitation department employee" an ordinal).
    # C22 (Big League Politics): Pew's survey shares; only the sentence with "according to a Pew Research Center
    # survey" is credited (document); "Approximately two-thirds" (approx 2/3) and its "(68 percent)" each a
    # claim (as dev14/'s fraction beside a percent); "68 percent" twice (the second Hispanic immigrants'
    # share). "April 29 to May 5" dates; "The vast majority" no numeral.
    ("C22", "Approximately two-thirds of U.S. adults", 0, "support_medical_care_share", "U.S. adults",
     TWO_THIRDS, TWO_THIRDS, "approx", PEW_POLL, None, "none", False, False),
    ("C22", "68 percent", 0, "support_medical_care_share", "percent", 68, 68, "exact", PEW_POLL, None, "none",
     False, False),
    ("C22", "37 percent", 0, "support_economic_aid_share", "percent", 37, 37, "exact", PEW_POLL, PEW_SURVEY,
     "document", False, False),
    ("C22", "86 percent", 0, "support_medical_care_share_hispanics", "percent", 86, 86, "exact", PEW_POLL, None,
     "none", False, False),
    ("C22", "62 percent", 0, "support_economic_aid_share_hispanics", "percent", 62, 62, "exact", PEW_POLL, None,
     "none", False, False),
    ("C22", "68 percent", 1, "support_economic_aid_share_hispanic_immigrants", "percent", 68, 68, "exact",
     PEW_POLL, None, "none", False, False),
    ("C22", "55 percent", 0, "support_economic_aid_share_us_born_hispanics", "percent", 55, 55, "exact",
     PEW_POLL, None, "none", False, False),
    ("C22", "88 percent", 0, "support_medical_care_share_hispanic_immigrants", "percent", 88, 88, "exact",
     PEW_POLL, None, "none", False, False),
    ("C22", "83 percent", 0, "support_medical_care_share_us_born_hispanics", "percent", 83, 83, "exact",
     PEW_POLL, None, "none", False, False),
    # C23 (Health Nut News): no numeric claim ("G20", "COVID19" names; "seventh-largest" a rank; the glued
    # "1" footnote markers).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("C02", "I stated I could have changed my words", 0, "Stephen Jackson", "person"),
    # C05: the colon headline's quotation → Kaufman ("Dr. Kaufman" in the headline; the full name comes later).
    ("C05", "They Want To Genetically Modify Us", 0, "Kaufman", "person"),
    # C07: the New Jersey order's two quotations ("issued an order stating that") → "order" (document, as
    # dev29/'s "executive order"); the Pennsylvania administration's three (it "had ordered … to accept") →
    # its noun with the governor's name, title and epithet dropped (organization).
    ("C07", "the expedited receipt of patients/residents", 0, ORDER, "document"),
    ("C07", "no patient/resident shall be denied", 0, ORDER, "document"),
    ("C07", "readmissions for current residents", 0, WOLF, "organization"),
    ("C07", "alleviate the increasing burden", 0, WOLF, "organization"),
    ("C07", "patients who have had the COVID-19 virus", 0, WOLF, "organization"),
    # C08: the uncued closing quotation keeps the last speaker ("Reynolds said").
    ("C08", "At that point, the Atlanta officer reaches down", 0, REYNOLDS, "person"),
    # C09: the opening quotation and its resumption: "he said", never named in the excerpt → null.
    ("C09", "We are glad that the order requiring", 0, None, "unknown"),
    ("C09", "We look forward to eradicating", 0, None, "unknown"),
    ("C09", "family unity.", 0, COX, "person"),
    ("C09", "The Trump administration has been clear", 0, COX, "person"),
    ("C09", "The opening provided last month", 0, COX, "person"),
    ("C10", "Yesterday, the Chinese communist party", 0, POMPEO, "person"),
    ("C10", "Security forces are already rounding up", 0, POMPEO, "person"),
    ("C10", "Free Hong Kong was one of the world", 0, POMPEO, "person"),
    ("C10", "Now, it'll be just another communist-run city", 0, POMPEO, "person"),
    ("C11", "Over the past 10 years", 0, NNU, "document"),
    ("C11", "Gorsuch's opinions aligned with employers", 0, NNU, "document"),
    ("C11", "With Judge Neil Gorsuch, the stakes", 0, HOGUE, "person"),
    ("C11", "Gorsuch represents an existential threat", 0, HOGUE, "person"),
    ("C12", "It's kind of a 'keep calm", 0, WRAY, "person"),
    ("C12", "We're more known for calmly", 0, WRAY, "person"),
    # C13: the unsigned pull quote about "Aunt Edna" → null.
    ("C13", "Once she had her mind made up", 0, None, "unknown"),
    ("C14", "Neither surgical nor cotton masks", 0, "authors", "person"),
    ("C17", "Mrs. Maxon is a Christian woman", 0, LAWSUIT, "document"),
    ("C17", "She worked diligently on the courses", 0, LAWSUIT, "document"),
    ("C17", "With a seminary community that comes", 0, "Fuller Theological Seminary", "organization"),
    ("C18", "is not based in science", 0, "American Public Health Association", "organization"),
    ("C18", "blood donation eligibility should not", 0, "American Red Cross", "organization"),
    ("C18", "the lifetime ban on blood donation", 0, "American Medical Association", "organization"),
    ("C19", "The risk posed by certain foreign drone", 0, "Dan Crenshaw", "person"),
    # C20: Beinart's quotation split around "writes Peter Beinart" (two entries) and its third part
    # "fundamentally authoritarian." in the same sentence; Trump's and Obama's statements.
    ("C20", "The result,", 0, BEINART, "person"),
    ("C20", "is a level of sustained political street warfare", 0, BEINART, "person"),
    ("C20", "fundamentally authoritarian.", 0, BEINART, "person"),
    ("C20", "this egregious display of hatred", 0, "Trump", "person"),
    ("C20", "the racial disparities that exist", 0, "Barack Obama", "person"),
    ("C21", "He was a dynamic preacher", 0, RICE, "person"),
    ("C21", "I was able to pray with him", 0, RICE, "person"),
    ("C22", "Hispanics are the most supportive", 0, "Pew", "organization"),
    # C23: the uncued opening quotation is the appeal's (the next paragraph's "the appeal says"), as are the
    # two quotations after "stating:".
    ("C23", "We humbly ask you to join", 0, APPEAL, "document"),
    ("C23", "that it supports and disseminates", 0, APPEAL, "document"),
    ("C23", "the W.H.O. internal decision-making", 0, APPEAL, "document"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
