"""The forty-ninth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev49/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

HALF = 1 / 2  # fractions are written as fractions (as in dev3/), percentages as percents
ONE_QUARTER = 1 / 4

CULIACAN = "Culiacán operation, Sinaloa"
LAS_VEGAS = "Las Vegas shooting"
IRAN_PROTESTS = "Iran protests after the Soleimani killing"
ELKTON = "COVID-19 at the Elkton federal prison, Ohio"
US = "COVID-19 in the United States"
CDC_STUDY = "CDC COVID-19 antibody study"
FLORIDA = "COVID-19 in Florida"
CBS_POLL = "the new CBS poll"
AP_POLL = "an Associated Press poll"
PROTESTS = "Americans' views of stay-at-home protests"
BUREAU = "The bureau"  # the Bureau of Prisons, "The bureau told him"
AMLO = "Andrés Manuel López Obrador"
GOTTLIEB = "Scott Gottlieb"
WALZ = "Tim Walz"
GRIFFIN = "Griffin"
WILLIS = "Matt Willis"
CALLER = "caller"
EDMONDSON = "Catie Edmondson"
DEPARTMENT = "department of computational and systems biology"
ALCOCER = "Alcocer"
OKEEFE = "Ed O'Keefe"
JONES_FL = "Jones"  # V20's former data chief
JILES = "Jiles"
JONES_MI = "Jones"  # V21's runner (the excerpt never writes "Jayla Jones")
FERRER = "Ferrer"
NESSEL = "Nessel"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # V00 (The Economist): the deployment of "just 30 soldiers" (core, deployed; "just" leaves the value exact);
    # "some 50 inmates broke out" (approx, `escaped`, not core: not a toll or a deployment); the "new
    # 60,000-strong national guard" (a planned force's size, a compound count, not core); "On October 20th" a
    # date, "decades" no numeral.
    ("V00", "30 soldiers", 0, "deployed", "soldiers", 30, 30, "exact", CULIACAN, None, "none", False, True),
    ("V00", "some 50 inmates", 0, "escaped", "inmates", 50, 50, "approx", CULIACAN, None, "none", False, False),
    ("V00", "60,000-strong national guard", 0, "national_guard_size", "national guard", 60000, 60000, "exact",
     "Mexico's planned national guard", None, "none", False, False),
    # V01 (Daily Kos): the Las Vegas toll (killed 58, "more than 500 wounded" lower_bound) and the New York truck
    # attack's eight, all core, no cue; "At the beginning of October", "October 2", "last night" dates.
    ("V01", "killed 58 people", 0, "killed", "people", 58, 58, "exact", LAS_VEGAS, None, "none", False, True),
    ("V01", "more than 500 wounded", 0, "wounded", "people", 500, None, "lower_bound", LAS_VEGAS, None, "none",
     False, True),
    ("V01", "killed eight people", 0, "killed", "people", 8, 8, "exact", "New York City truck attack", None,
     "none", False, True),
    # V02 (MarketWatch): "he expects about half of Facebook Inc.'s employees to work from home five to 10 years
    # from now" → "Mark Zuckerberg" (a projection: hedged; approx for "about"); "five to 10 years from now" a
    # duration; "FB, -0.17%" the scraped ticker widget (not a claim, as dev's J08).
    ("V02", "about half of Facebook Inc.’s employees", 0, "remote_work_share", "employees", HALF, HALF, "approx",
     "Facebook remote work", "Mark Zuckerberg", "person", True, False),
    # V03 (New York Post): no numeric claim ("the two gave chase" a reference count of the two men just named;
    # "11:30 a.m." a time; "several minutes", "several guns", "countless lives" no numeral; "First Baptist
    # Church" a name).
    # V04 (Gallup): the committee vote, two claims, no cue (the writer's own account).
    ("V04", "All 13 Democrats", 0, "committee_votes_yes", "Democrats", 13, 13, "exact",
     "House Intelligence Committee vote on the impeachment inquiry report", None, "none", False, False),
    ("V04", "all nine Republican committee members", 0, "committee_votes_no", "Republican committee members", 9, 9,
     "exact", "House Intelligence Committee vote on the impeachment inquiry report", None, "none", False, False),
    # V05 (CBS News): "almost 200 comments" inside Taylor's quotation (upper_bound); "91-year-old" an age, "2007"
    # a year, "many gifts" no numeral.
    ("V05", "almost 200 comments", 0, "youtube_comments", "comments", None, 200, "upper_bound",
     "McDonald's fashion-show videos", "Taylor", "person", False, False),
    # V06 (CNBC): "Twenty million children attend camps … every summer" (a national yearly statistic) and the
    # "$18 billion camp industry", no cue; "a little more than a month away" a duration; "Thursday", "Tuesday",
    # "next week" dates.
    ("V06", "Twenty million children", 0, "camp_attendance_yearly", "children", 20_000_000, 20_000_000, "exact",
     "U.S. summer camps", None, "none", False, False),
    ("V06", "$18 billion camp industry", 0, "industry_size", "dollars", 18_000_000_000, 18_000_000_000, "exact",
     "U.S. summer camps", None, "none", False, False),
    # V07 (Natural News): no numeral ("COVID-19" and "John Paul II" names).
    # V08 (Washington Post): "several thousand soldiers were dispatched … to Los Angeles following riots in 1992"
    # (vague 2000/null, as "several dozen" is "dozens"; a deployment, core; no cue); "1992" a year.
    ("V08", "several thousand soldiers", 0, "deployed", "soldiers", 2000, None, "vague",
     "1992 Los Angeles riots", None, "none", False, True),
    # V09 (The Daily Caller): the sniper spree's "10 deaths" (core, no cue in its sentence: "according to Fox 5
    # DC" closes the sentence before); the related-link line's "Four Life Sentences" (a claim, no cue); "2002",
    # "2009", "2024" years, "age 17", "15" ages.
    ("V09", "10 deaths", 0, "killed", "deaths", 10, 10, "exact", "2002 D.C. sniper attacks", None, "none", False,
     True),
    ("V09", "Four Life Sentences", 0, "life_sentences_struck_down", "life sentences", 4, 4, "exact",
     "Lee Boyd Malvo's sentences", None, "none", False, False),
    # V10 (Vice): "estimated that this likely affects as many as 150 people" → the unnamed employee (anonymous;
    # "likely" hedges; "as many as" upper_bound); "tons of COVID-19 cases" no numeral; "March 11", "March 30"
    # dates, "two weeks after" a duration, "a few times per week" no numeral; "one of the many clinics".
    ("V10", "as many as 150 people", 0, "employees_affected", "people", None, 150, "upper_bound",
     "CERC clinicians required to commute", "The employee VICE spoke to", "anonymous", True, False),
    # V11 (The Marshall Project): "officials reported nine deaths" (core, anonymous); the bureau's answer ("The
    # bureau told him 837 men met that criteria, but that only five would be sent home and six more may qualify")
    # → "The bureau" for all three ("may" hedges the six; release counts, not core); "approximately one out of
    # every four Elkton inmates have tested positive" inside the judge's quotation → "James Gwin" (a share, a
    # fraction, approx; not core); "over age 65" an age, "this week", "last month" dates.
    ("V11", "nine deaths", 0, "killed", "deaths", 9, 9, "exact", ELKTON, "officials", "anonymous", False, True),
    ("V11", "837 men", 0, "eligible_for_release", "men", 837, 837, "exact", ELKTON, BUREAU, "organization", False,
     False),
    ("V11", "only five would be sent home", 0, "released_home_confinement", "men", 5, 5, "exact", ELKTON, BUREAU,
     "organization", False, False),
    ("V11", "six more may qualify", 0, "released_home_confinement", "men", 6, 6, "exact", ELKTON, BUREAU,
     "organization", True, False),
    ("V11", "approximately one out of every four Elkton inmates", 0, "tested_positive_share", "Elkton inmates",
     ONE_QUARTER, ONE_QUARTER, "approx", ELKTON, "James Gwin", "person", False, False),
    # V12 (Newsmax - Opinion): "zero U.S. casualties" (core, "zero" a numeral); "176 people aboard" the
    # shot-down airliner (a count of those aboard, not written as a toll: not core; another annotator might make
    # it `killed`, core); the marchers "hundreds of thousands" (vague 200,000/null, as dev13/'s "hundreds of
    # millions") and "thousands of Iranians" (vague 2000/null); "the 5,200 U.S. troops still there" (deployed,
    # core); "the two strikes" a reference count of the strikes the article has described; "Hours after", "For
    # days", "last week" durations and dates; "one of Iran's own" "one of".
    ("V12", "zero U.S. casualties", 0, "casualties", "U.S. casualties", 0, 0, "exact",
     "Iranian missile strikes on U.S. bases in Iraq", None, "none", False, True),
    ("V12", "176 people aboard", 0, "people_aboard", "people", 176, 176, "exact",
     "Ukrainian airliner shot down near Tehran", None, "none", False, False),
    ("V12", "hundreds of thousands", 0, "protesters", "marchers", 200_000, None, "vague", IRAN_PROTESTS, None,
     "none", False, False),
    ("V12", "thousands of Iranians", 0, "protesters", "Iranians", 2000, None, "vague", IRAN_PROTESTS, None, "none",
     False, False),
    ("V12", "5,200 U.S. troops", 0, "deployed", "U.S. troops", 5200, 5200, "exact", "U.S. troops in Iraq", None,
     "none", False, True),
    # V13 (The Washington Post): "At least 20 other people" (lower_bound, no cue); "April 1996" a date, "two
    # months later", "three years after" durations, "first pregnancy" an ordinal, "now 14" an age.
    ("V13", "At least 20 other people", 0, "people_present", "people", 20, None, "lower_bound",
     "Griffin's delivery", None, "none", False, False),
    # V14 (The Atlantic): no numeric claim ("about five days", "as long as 14 days", "an average of two days and
    # a maximum of four", "about a day" durations; "January and February" dates; "COVID-19" a name).
    # V15 (Reuters): the headline's "25 metropolitan areas"; US infections and deaths → "a Reuters tally"
    # (document, as dev's "an Associated Press tally"; core); the study's donors (a study sample, no cue, not
    # core); "each of the 25 metro areas" a reference back to the headline's 25 (as dev29/'s "four out of the
    # seven criteria"); "for 12 months", "the 18-month mark" durations.
    ("V15", "25 metropolitan areas", 0, "study_areas", "metropolitan areas", 25, 25, "exact", CDC_STUDY, None,
     "none", False, False),
    ("V15", "infected around 1.5 million people", 0, "cases", "people", 1_500_000, 1_500_000, "approx", US,
     "a Reuters tally", "document", False, True),
    ("V15", "killed nearly 90,000", 0, "killed", "people", None, 90000, "upper_bound", US, "a Reuters tally",
     "document", False, True),
    ("V15", "1,000 donors", 0, "study_donors_per_area", "donors", 1000, 1000, "exact", CDC_STUDY, None, "none",
     False, False),
    ("V15", "another 25,000 donors", 0, "study_donors", "donors", 25000, 25000, "exact", CDC_STUDY, None, "none",
     False, False),
    # V16 (NewsBusters): "The Times acknowledged that Scott had shared two of the audio recordings with them" →
    # "The Times" (organization; "N of the M" a claim of N); "one-way ticket", "one diatribe", "One caller"
    # determiners.
    ("V16", "two of the audio recordings", 0, "recordings_shared", "audio recordings", 2, 2, "exact",
     "threats against Sen. Tim Scott", "The Times", "organization", False, False),
    # V17 (The Epoch Times): no numeric claim ("SARS-CoV-2", "COVID-19" names).
    # V18 (NBC News): "tens of thousands across the country who will join" (vague 20,000/null; "will" not a
    # hedge); "three of America's largest cities" (N of the M); "She predicted that its roughly 8,000 union
    # members will forgo rent" → "Alcocer" (the pronoun's referent; a prediction: hedged); "5-year-old" an age,
    # "in decades" no numeral.
    ("V18", "tens of thousands", 0, "rent_strikers", "tenants", 20000, None, "vague", "U.S. rent strike", None,
     "none", False, False),
    ("V18", "three of America's largest cities", 0, "cities_affected", "cities", 3, 3, "exact", "U.S. rent strike", None, "none",
     False, False),
    ("V18", "roughly 8,000 union members", 0, "rent_strikers", "union members", 8000, 8000, "approx",
     "Los Angeles Tenants Union rent strike", ALCOCER, "person", True, False),
    # V19 (The Week): "only a quarter of people" inside CBS's quotation ("CBS writes") → "CBS"; the pasted
    # tweet's three shares → "Ed O'Keefe" (the tweet's author); "In the new CBS poll, 63 percent … and 70
    # percent …" → the poll (document, both clauses); "an Associated Press poll found that 61 percent … with
    # another 26 percent …" → that poll (document, both); "April 23, 2020" a date, "pic.twitter.com/…" an
    # identifier; "Very few Americans", "numerous states" no numeral.
    ("V19", "only a quarter of people", 0, "poll_share", "people who support the protesters", ONE_QUARTER,
     ONE_QUARTER, "exact", PROTESTS, "CBS", "organization", False, False),
    ("V19", "only 7%", 0, "poll_share", "Americans", 7, 7, "exact", PROTESTS, OKEEFE, "person", False, False),
    ("V19", "Only 13% of Republicans", 0, "poll_share", "Republicans", 13, 13, "exact", PROTESTS, OKEEFE, "person",
     False, False),
    ("V19", "Only a quarter of people", 0, "poll_share", "people who support the protesters", ONE_QUARTER,
     ONE_QUARTER, "exact", PROTESTS, OKEEFE, "person", False, False),
    ("V19", "63 percent", 0, "poll_share", "respondents", 63, 63, "exact", "Americans' views of reopening",
     CBS_POLL, "document", False, False),
    ("V19", "70 percent", 0, "poll_share", "respondents", 70, 70, "exact", "Americans' views of reopening",
     CBS_POLL, "document", False, False),
    ("V19", "61 percent", 0, "poll_share", "respondents", 61, 61, "exact", "Americans' views of social distancing",
     AP_POLL, "document", False, False),
    ("V19", "another 26 percent", 0, "poll_share", "respondents", 26, 26, "exact",
     "Americans' views of social distancing", AP_POLL, "document", False, False),
    # V20 (Salon): Florida's counts, core: "Florida set a national record when it posted more than 15,300 cases
    # in one day" → "Florida" (a state that posts its count: organization, as dev's "New York state reported");
    # "the state had recorded nearly 270,000 total cases and more than 4,300 deaths" → "the state" (both);
    # "ninth worldwide" a rank in a hypothetical; "March", "May", "Sunday", "Monday" dates.
    ("V20", "more than 15,300 cases", 0, "cases", "cases", 15300, None, "lower_bound", FLORIDA, "Florida",
     "organization", False, True),
    ("V20", "nearly 270,000 total cases", 0, "cases", "total cases", None, 270000, "upper_bound", FLORIDA,
     "the state", "organization", False, True),
    ("V20", "more than 4,300 deaths", 0, "killed", "deaths", 4300, None, "lower_bound", FLORIDA, "the state",
     "organization", False, True),
    # V21 (The Detroit News): no numeric claim ("third last year" a rank, "the 800" an event's name, "2:12",
    # "2:10" times, "’97" a year, "Division 1" a name, "three-peat" a term).
    # V22 (Los Angeles Daily News): the headline's toll ("tops 2,000": lower_bound, core, no cue); "past few
    # weeks", "within one day" durations.
    ("V22", "death toll tops 2,000", 0, "killed", "deaths", 2000, None, "lower_bound", "COVID-19 in L.A. County",
     None, "none", False, True),
    # V23 (InfoWars): no numeral.
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # V00: "said past presidents had “…” by “…”" → two entries; “Think of your mothers,” he urges.
    ("V00", "turned the country into a cemetery", 0, AMLO, "person"),
    ("V00", "wanting to put out fire with fire", 0, AMLO, "person"),
    ("V00", "Think of your mothers", 0, AMLO, "person"),
    # V01: the tweet's words (Trump's response, the sentence before) → "Donald Trump"; the question put to
    # Sanders ("was asked about the possibility of “pursuing tighter gun laws,”") → null (an unnamed questioner,
    # dev44/); Sanders's answer is a block without marks (not a quote).
    ("V01", "warmest condolences and sympathies", 0, "Donald Trump", "person"),
    ("V01", "pursuing tighter gun laws", 0, None, "unknown"),
    # V02: “aggressively” one word; the closing quotation → Zuckerberg.
    ("V02", "That means if you live in a location", 0, "Mark Zuckerberg", "person"),
    # V03: “hero” one word. V04: "Yes", "No" one word, "American society", "American politics" terms.
    # V05: McDonald's two, Taylor's three (the emailed quotation and its resumption two entries).
    ("V05", "I like flashy stuff", 0, "McDonald", "person"),
    ("V05", "She has lots of people telling her", 0, "Taylor", "person"),
    ("V05", "received almost 200 comments", 0, "Taylor", "person"),
    ("V05", "She is like a kid on Christmas Day", 0, "Taylor", "person"),
    ("V05", "It's a very sad time", 0, "McDonald", "person"),
    # V06: the headline's quotation ("says former FDA Commissioner Scott Gottlieb"), "According to … Scott
    # Gottlieb, we are “still in the early innings”" and "Gottlieb expressed that “…”".
    ("V06", "Sleepaway camps have the potential to create a protective bubble,", 0, GOTTLIEB, "person"),
    ("V06", "still in the early innings", 0, GOTTLIEB, "person"),
    ("V06", "sleepaway camps have the potential to create a protective bubble that", 0, GOTTLIEB, "person"),
    # V08: Walz's two quotations ("as … Tim Walz (D) put it, “…” and “…”"); Esper's “the battlespace.” a label
    # after "spoke of U.S. cities as" (a one-word term with its article).
    ("V08", "unsustainable militarily", 0, WALZ, "person"),
    ("V08", "unsustainable socially because", 0, WALZ, "person"),
    # V09: the rulings' words ("rulings … that life sentences should only be given to “…”") → document.
    ("V09", "rare children whose crimes reflect", 0, "high court rulings", "document"),
    # V10: the anonymous employee's quotation and its resumption → "employee" (unnamed: person, as earlier sets);
    # "nonessential medical service," a three-word label after "considered part of a" (not a quote).
    ("V10", "People are so frightened", 0, "employee", "person"),
    ("V10", "It's dangerous.", 0, "employee", "person"),
    # V11: "the judge wrote" → "James Gwin" (the excerpt's fullest form).
    ("V11", "Against a backdrop where approximately", 0, "James Gwin", "person"),
    # V13: Griffin's two quotations and their resumptions → four entries (“Loved him.” a two-word resumption).
    ("V13", "She loved my father,", 0, GRIFFIN, "person"),
    ("V13", "Loved him.", 0, GRIFFIN, "person"),
    ("V13", "The minute I started going into labor", 0, GRIFFIN, "person"),
    ("V13", "Everyone was looking for me", 0, GRIFFIN, "person"),
    # V15: "Samples will come from “regular, altruistic people” …, Busch said." (a short quotation under the
    # sentence's cue); the subhead ‘FEELING EXPOSED’ a heading; Willis's two.
    ("V15", "regular, altruistic people", 0, "Busch", "person"),
    ("V15", "We’re feeling exposed at the local level", 0, WILLIS, "person"),
    ("V15", "Partial answers and preliminary results", 0, WILLIS, "person"),
    # V16: Edmondson's two ("detailed how", "Edmondson added"); the block quotation (no marks of its own) holds
    # the caller's “take your one-way ticket …” (a quotation inside a block is a quote, as dev12/'s tweets);
    # ‘in his crosshairs,’ nested in Edmondson's quotation, the caller's words under "discussed" → an entry of
    # its own (another annotator might call three words a label); “Uncle Tim,” a name; Scott's closing one
    # ("he said", the Senator) → "Tim Scott" (the headline's name).
    ("V16", "Mr. Scott shocked his colleagues", 0, EDMONDSON, "person"),
    ("V16", "take your one-way ticket straight to hell", 0, CALLER, "person"),
    ("V16", "One caller discussed putting the senator", 0, EDMONDSON, "person"),
    ("V16", "in his crosshairs", 0, CALLER, "person"),
    ("V16", "It’s interesting that we are on the right side", 0, "Tim Scott", "person"),
    # V17: "Liu wrote" → "Liu"; Bahar; the department's statement and "it added" → the department
    # (organization, its name in the first paragraph); the headline's ‘Very Significant Findings’ a headline
    # label (three words, no verb of saying).
    ("V17", "As an integral part of my research", 0, "Liu", "person"),
    ("V17", "He was a very talented individual", 0, "Ivet Bahar", "person"),
    ("V17", "was on the verge of making very significant findings", 0, DEPARTMENT, "organization"),
    ("V17", "We will make an effort to complete", 0, DEPARTMENT, "organization"),
    # V18: "she said" / "She added" → "Alcocer" (named in the paragraph after); the headline's 'Survival' one
    # word.
    ("V18", "I'm having to choose whether I pay my rent", 0, ALCOCER, "person"),
    ("V18", "Rent is the last thing I want to think about", 0, ALCOCER, "person"),
    # V19: "CBS writes" → "CBS" (organization); the pasted tweet has no marks; “liberate” one word; "saying
    # it's “too soon.”" → "Trump" (a short quotation after a verb of saying).
    ("V19", "In fact, only a quarter of people", 0, "CBS", "organization"),
    ("V19", "too soon.", 0, "Trump", "person"),
    # V20: the headline's "much worse" under the colon cue "Former COVID-19 data chief:" → "Jones" (the data
    # chief, "her firing"; call: two words, another annotator might call it a label); "she said" (Jones, the
    # next paragraph) twice with a resumption each → four entries.
    ("V20", "much worse", 0, JONES_FL, "person"),
    ("V20", "Taking the number of people hospitalized today", 0, JONES_FL, "person"),
    ("V20", "It tells you how many reports", 0, JONES_FL, "person"),
    ("V20", "We have no idea if recent surges", 0, JONES_FL, "person"),
    ("V20", "or if they're proportional", 0, JONES_FL, "person"),
    # V21: Jiles's quotation and its resumption; Jones's and its resumption ("Jones said"; the excerpt writes
    # "Jayla" and "Jones" apart, never "Jayla Jones").
    ("V21", "Jayla was third last year", 0, JILES, "person"),
    ("V21", "The crazy thing is I’ve known Jayla", 0, JILES, "person"),
    ("V21", "I was looking forward to performing", 0, JONES_MI, "person"),
    ("V21", "I specialize in the 800", 0, JONES_MI, "person"),
    # V22: the uncued opener → null (the next paragraph's "…, Ferrer said." is indirect speech, not its cue, as
    # dev18/'s x21; another annotator might write "Ferrer"); Ferrer's two quotations and their resumptions.
    ("V22", "This is very good news", 0, None, "unknown"),
    ("V22", "As a community, we’ve done this together", 0, FERRER, "person"),
    ("V22", "and this progress is a direct reflection", 0, FERRER, "person"),
    ("V22", "As we hike our trails", 0, FERRER, "person"),
    ("V22", "I know we can do this.", 0, FERRER, "person"),
    # V23: the headline's ‘Twiddle my Thumbs’ under "Michigan AG Whines: I Will Not" → "Nessel" (a verb of
    # saying, as dev29/'s 'provocative and hostile'); Nessel's three body quotations (one resumed); “All Things
    # Considered.” a title.
    ("V23", "Twiddle my Thumbs", 0, NESSEL, "person"),
    ("V23", "He has risked the health, safety and welfare", 0, NESSEL, "person"),
    ("V23", "This is an individual who has encouraged", 0, NESSEL, "person"),
    ("V23", "And then when we have armed gunmen", 0, NESSEL, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
