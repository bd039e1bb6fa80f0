"""The fiftieth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev50/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

HALF = 1 / 2  # fractions are written as fractions (as in dev3/), percentages as percents

BANGLADESH = "Bangladesh child detention"
SANDERS = "Sanders primary campaign"
US_JOBS = "U.S. economy, December 2017 jobs report"
FOXWOODS = "Foxwoods Resort Casino"
VAPING = "vaping-linked lung illness outbreak in the U.S."
CHICAGO = "homicides in Chicago"
NYC = "homicides in New York City"
HOMICIDE_STUDY = "homicide rates in major U.S. cities, April 2020"
KAVANAUGH = "Kavanaugh confirmation hearing"
COVID_WORLD = "COVID-19 worldwide"
COVID_US = "COVID-19 in the United States"
HR6666 = "H.R. 6666"
BURUNDI = "Burundi election campaign"
UK = "COVID-19 in the United Kingdom"
DOUBLE_SESSIONS = "double sessions in primary schools"
MAIL_BALLOTS = "mail-in ballots in the 2020 U.S. elections"
IMPEACHMENT = "Trump impeachment trial"

JHU = "data collected by Johns Hopkins University"
CDC = "The Centers for Disease Control and Prevention"
UNICEF = "UNICEF"
FED = "Fed officials"  # "they" in "the level they believe is sustainable"
ZEMSKY = "Robert Zemsky"

HUNTINGTON = "Samuel Huntington"
HOWE = "Art Howe"
CANDIOTTI = "Tom Candiotti"
LIGHTFOOT = "Lori Lightfoot"
BOOKER = "Cory Booker"
TRUMP = "Trump"
IBURUNDI = "i-Burundi"
UNANUE = "Unanue"  # the headline's "Goya CEO" ("his refusal to apologize" ties the two)
DAVIS = "Davis"  # "she continued", then "Like Davis, Thurston sought to address …"
THURSTON = "Thurston"
TAE = "Tae"
PAINE = "Thomas Paine"  # "Paine, who worked in finance for Citi"; the full name only in "the Thomas Paine Podcast"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # W00 (Rich Lowry): no numeric claim ("Week One" in the title, "late 20th century" an ordinal, "the 1960s and
    # 1970s" dates, "as one would expect" a pronoun).
    # W01 (The Intercept): no numeric claim ("2016" a year; "the eight years the Obamas spent", "his three and a
    # half years in power" durations; "the two party system" a name; "a lot of racists", "a lot of innocent
    # people" no numeral).
    # W02 (Human Rights Watch): "granted bail to nearly 500 children" (upper_bound, a release count: not core; no
    # cue) → none; "According to UNICEF, more than 1,000 children … remain in three detention centers" → UNICEF
    # for both (children held, not arrests: not core, as dev21/'s "people in jail"); "Covid-19" a name.
    ("W02", "nearly 500 children", 0, "children_granted_bail", "children", None, 500, "upper_bound", BANGLADESH,
     None, "none", False, False),
    ("W02", "more than 1,000 children", 0, "children_detained", "children", 1000, None, "lower_bound", BANGLADESH,
     UNICEF, "organization", False, False),
    ("W02", "three detention centers", 0, "detention_centers", "detention centers", 3, 3, "exact", BANGLADESH,
     UNICEF, "organization", False, False),
    # W03 (FiveThirtyEight): "They say they don’t need him to get more than 30 percent" → "Sanders aides" (the
    # pronoun's referent, the sentence before; anonymous: unnamed aides), a threshold (not hedged); "it could win
    # around 30 percent of the vote" hedged ("could"), the writer's own clause: none. "2016" a year, "(i)",
    # "(ii)" list numbers, "the second and subsequent ballots" ordinals.
    ("W03", "more than 30 percent", 0, "vote_share_needed", "percent", 30, None, "lower_bound", SANDERS,
     "Sanders aides", "anonymous", False, False),
    ("W03", "around 30 percent of the vote", 0, "vote_share", "percent of the vote", 30, 30, "approx", SANDERS,
     None, "none", True, False),
    # W04 (Fox News Opinion): the jobs report's figures: the sentences holding them have no cue ("The latest
    # employment report released Friday by the Labor Department doesn't suggest …" names the report in the
    # sentence before) → none; "the level they believe is sustainable …, around 4.6%" → "Fed officials" (the
    # pronoun's referent; anonymous), hedged (belief, as dev11/'s "believes", dev12/'s r21); "their 2% target" a
    # target (none, not hedged); "rose 1.5% …, according to the central bank's preferred gauge" → document (a
    # gauge as a tally). "a 17-year low" a duration; "several rate increases" no numeral; "Friday", "December",
    # "last year", "November" dates; "Continue Reading Below" page residue.
    ("W04", "148,000 jobs", 0, "jobs_added", "jobs", 148000, 148000, "exact", US_JOBS, None, "none", False,
     False),
    ("W04", "unemployment rate was unchanged at 4.1%", 0, "unemployment_rate", "percent", 4.1, 4.1, "exact",
     US_JOBS, None, "none", False, False),
    ("W04", "rose 2.5%", 0, "hourly_earnings_growth", "percent", 2.5, 2.5, "exact", US_JOBS, None, "none", False,
     False),
    ("W04", "171,000 jobs", 0, "jobs_added_monthly_average", "jobs", 171000, 171000, "exact", US_JOBS, None,
     "none", False, False),
    ("W04", "around 4.6%", 0, "sustainable_unemployment_rate", "percent", 4.6, 4.6, "approx", US_JOBS, FED,
     "anonymous", True, False),
    ("W04", "2% target", 0, "inflation_target", "percent", 2, 2, "exact", US_JOBS, None, "none", False, False),
    ("W04", "rose 1.5%", 0, "core_inflation", "percent", 1.5, 1.5, "exact", US_JOBS,
     "the central bank's preferred gauge", "document", False, False),
    # W05 (The Mercury News): no numeric claim ("1998", "1985" years, "his only season" no numeral, "several get
    # well wishes" no numeral, "The one thing" a determiner inside the quotation).
    # W06 (DC Dirty Laundry): no numeric claim (the poll widget's "November 3", "2020" dates; "within days",
    # "last week" durations and dates; "one source" a determiner inside Gates's quotation).
    # W07 (Slate): "it spans more than 9 million square feet" (lower_bound; the clause gives the writer's reason
    # for Guyot's view, not his words: none); "multiple times" no numeral.
    ("W07", "more than 9 million square feet", 0, "property_area", "square feet", 9_000_000, None, "lower_bound",
     FOXWOODS, None, "none", False, False),
    # W08 (Daily Mail): the outbreak's death and hospitalizations in the headline, the standfirst and the lede,
    # each a claim (`killed` / `cases` / `hospitalized`, core; "one death" a count of one; "nearly" upper_bound,
    # "At least" lower_bound); "have been reported" plain reporting (dev36/): none; the lede's health officials
    # investigate the figures, they do not give them: none. "22 states" a count of states (not core). "late
    # June", "the past two weeks", "last week" dates and durations; "the first death in the U.S." an ordinal;
    # "an Illinois patient had died" no numeral.
    ("W08", "one death", 0, "killed", "death", 1, 1, "exact", VAPING, None, "none", False, True),
    ("W08", "nearly 200 hospitalizations", 0, "hospitalized", "hospitalizations", None, 200, "upper_bound", VAPING,
     None, "none", False, True),
    ("W08", "At least one death", 0, "killed", "death", 1, None, "lower_bound", VAPING, None, "none", False, True),
    ("W08", "nearly 200 cases of lung related illnesses", 0, "cases", "cases", None, 200, "upper_bound", VAPING,
     None, "none", False, True),
    ("W08", "at least one death", 0, "killed", "death", 1, None, "lower_bound", VAPING, None, "none", False, True),
    ("W08", "nearly 200 hospitalizations", 1, "hospitalized", "hospitalizations", None, 200, "upper_bound",
     VAPING, None, "none", False, True),
    ("W08", "22 states", 0, "states_with_cases", "states", 22, 22, "exact", VAPING, None, "none", False, False),
    # W09 (Victor Hanson): "the world’s millions of displaced persons" (vague 2,000,000/null; a world statistic,
    # not an event's count: not core); "the necessary 67 votes" (a rule's threshold; "would likely never find"
    # doubts the finding, not the figure: not hedged). "after 30 years", "Seventy years after", "decades ago"
    # durations; "2018" a year; "A Year of Achievement" a duration.
    ("W09", "millions of displaced persons", 0, "displaced_persons", "displaced persons", 2_000_000, None, "vague",
     "displaced persons worldwide", None, "none", False, False),
    ("W09", "67 votes", 0, "senate_votes_needed_to_convict", "votes", 67, 67, "exact", "Trump impeachment", None,
     "none", False, False),
    # W10 (New York Times (Online News)): this year's toll "At least 336 people have been murdered in Chicago" →
    # the Chicago Police Department (core, `killed`); the appositive "a homicide rate on track to hit the 2016
    # record of 778 deaths" is the writer's gloss after the cue (none) and a past year's total (a city's yearly
    # statistic, as national yearly statistics: not core); New York City's "176 murders as of June 28" (this
    # year's toll so far, core; no cue) and "almost three times the population" (a multiplier, upper_bound
    # null/3); the yearly totals 2017–2019 → "Chicago police records" (document), not core; "homicide rates fell
    # in 39 of 64 major cities" two claims (39, and 64 new) → "A national study" (document). "July 2", "2016",
    # "June 28", "July 4 weekend", "early 2020", "April", "May" dates; "in the last two weeks" (in Lightfoot's
    # quotation) a duration.
    ("W10", "At least 336 people", 0, "killed", "people", 336, None, "lower_bound", CHICAGO,
     "the Chicago Police Department", "organization", False, True),
    ("W10", "778 deaths", 0, "killed", "deaths", 778, 778, "exact", "homicides in Chicago, 2016", None, "none",
     False, False),
    ("W10", "almost three times the population", 0, "population_ratio", "population", None, 3, "upper_bound",
     "New York City and Chicago", None, "none", False, False),
    ("W10", "176 murders", 0, "killed", "murders", 176, 176, "exact", NYC, None, "none", False, True),
    ("W10", "658 murders", 0, "killed", "murders", 658, 658, "exact", "homicides in Chicago, 2017",
     "Chicago police records", "document", False, False),
    ("W10", "567", 0, "killed", "murders", 567, 567, "exact", "homicides in Chicago, 2018",
     "Chicago police records", "document", False, False),
    ("W10", "492", 0, "killed", "murders", 492, 492, "exact", "homicides in Chicago, 2019",
     "Chicago police records", "document", False, False),
    ("W10", "39 of 64 major cities", 0, "cities_homicide_rate_fell", "major cities", 39, 39, "exact",
     HOMICIDE_STUDY, "A national study", "document", False, False),
    ("W10", "64 major cities", 0, "cities_studied", "major cities", 64, 64, "exact", HOMICIDE_STUDY,
     "A national study", "document", False, False),
    # W11 (Bloomberg): "More than 140 people were arrested by Capitol Police" (`arrested`, core; the police the
    # actor, not a source: none, as dev9/); "Almost 200,000 pages of White House documents" (upper_bound; no
    # cue). "Thursday’s", "Tuesday", "Wednesday" dates; "a third straight day", "the third day" ordinals; "(10:15
    # a.m.)" a time; "some now-confidential documents" no numeral.
    ("W11", "More than 140 people", 0, "arrested", "people", 140, None, "lower_bound", KAVANAUGH, None, "none",
     False, True),
    ("W11", "Almost 200,000 pages", 0, "confidential_document_pages", "pages", None, 200000, "upper_bound",
     "Kavanaugh White House documents", None, "none", False, False),
    # W12 (The Daily Signal): the world's cases and deaths "according to data collected by Johns Hopkins
    # University, USA Today reported" → the data (document; two cues, the nearer source, as dev9/); no counted
    # noun after "infected" / "killed": the span takes the verb (dev21/); the CDC "confirming 15 cases" →
    # organization. "several weeks ago", "last week" no figure.
    ("W12", "infected more than 84,000", 0, "cases", "people", 84000, None, "lower_bound", COVID_WORLD, JHU,
     "document", False, True),
    ("W12", "killed nearly 3,000", 0, "killed", "people", None, 3000, "upper_bound", COVID_WORLD, JHU, "document",
     False, True),
    ("W12", "15 cases", 0, "cases", "cases", 15, 15, "exact", COVID_US, CDC, "organization", False, True),
    # W13 (Activist Post): the headline's "14 “Offensive” Words" (as dev16/'s v05); "a 100 billion dollars,
    # annually" the bill's sum (as dev3/'s f17: none). "1984" a title; "H.R. 6666" (three times) and "H.R.6666"
    # identifiers; "March the 15th" a date; "the past two months" a duration.
    ("W13", "14 “Offensive” Words", 0, "offensive_words", "words", 14, 14, "exact", "United Nations", None, "none",
     False, False),
    ("W13", "100 billion dollars", 0, "funding", "dollars", 100_000_000_000, 100_000_000_000, "exact", HR6666,
     None, "none", False, False),
    # W14 (ABC News): "More than 145 CNL members have been arrested …, according to SOS Medias Burundi"
    # (`arrested`, core, organization: a named group of journalists). "April 27", "2015" dates;
    # "post-Nkurunziza" a name.
    ("W14", "More than 145 CNL members", 0, "arrested", "CNL members", 145, None, "lower_bound", BURUNDI,
     "SOS Medias Burundi", "organization", False, True),
    # W15 (The Duran): "the overall death toll of 35, 341" (the scrape's space inside the number: 35,341) and "an
    # additional 23,000 deaths … in care homes" ("it has been established that": no source named): both
    # `killed`, core, none. "this year", "on Wednesday" dates.
    ("W15", "death toll of 35, 341", 0, "killed", "deaths", 35341, 35341, "exact", UK, None, "none", False, True),
    ("W15", "an additional 23,000 deaths", 0, "killed", "deaths", 23000, 23000, "exact",
     "COVID-19 in United Kingdom care homes", None, "none", False, True),
    # W16 (Mitú): no numeric claim ("2015", "July 9, 2020" dates; "one of the most beloved brands" "one of";
    # "EVERY SINGLE immigrant" no numeral).
    # W17 (New York Times - Opinion): no numeral.
    # W18 (New York Magazine): fractions inside Zemsky's quotation → "Robert Zemsky": the double sessions' "Half
    # the school would come in the morning; half the school would come in the afternoon" (two claims, 1/2) and the
    # hypothetical "they would say to half of their students" (hedged: "could be where we’re heading", "would");
    # "the other half" a reference back. "in the next year or two", "next year", "six weeks" (twice) durations and
    # dates; "the Second World War" a name.
    ("W18", "Half the school", 0, "school_share_per_session", "school", HALF, HALF, "exact", DOUBLE_SESSIONS,
     ZEMSKY, "person", False, False),
    ("W18", "half the school", 0, "school_share_per_session", "school", HALF, HALF, "exact", DOUBLE_SESSIONS,
     ZEMSKY, "person", False, False),
    ("W18", "half of their students", 0, "student_share_on_campus", "students", HALF, HALF, "exact",
     "colleges after the pandemic", ZEMSKY, "person", True, False),
    # W19 (Newsmax (News)): the headline's "Thousands of Mail-In Ballots Rejected" (vague 2,000/null, not core);
    # "filed lawsuits in 10 states" (no cue). "November", "this fall" dates; "for the first time" an ordinal; "by
    # weeks" a duration; "many who use mail-in voting" no numeral.
    ("W19", "Thousands of Mail-In Ballots", 0, "ballots_rejected", "Mail-In Ballots", 2000, None, "vague",
     MAIL_BALLOTS, None, "none", False, False),
    ("W19", "10 states", 0, "states_with_lawsuits", "states", 10, 10, "exact", MAIL_BALLOTS, None, "none", False,
     False),
    # W20 (Independent Journal Review): "Bolton wrote that Trump told him he wanted to freeze $391 million …, the
    # New York Times reported" → "Bolton" (two cues, the nearer, reported source, as dev9/); "said the disclosures
    # were likely to sway at least four Republicans" → the moderate Republicans named with Romney and Collins
    # (person), hedged ("likely"). "for the first time in history" an ordinal; "months away" a duration.
    ("W20", "$391 million in security aid", 0, "security_aid_frozen", "dollars", 391_000_000, 391_000_000, "exact",
     "U.S. security aid to Ukraine", "Bolton", "person", False, False),
    ("W20", "at least four Republicans", 0, "republicans_for_witnesses", "Republicans", 4, None, "lower_bound",
     IMPEACHMENT, "Some moderate Republicans, including Senators Mitt Romney and Susan Collins", "person", True,
     False),
    # W21 (The New Yorker): "a stolen license plate that police valued at twenty-five dollars" → "police"
    # (organization, the valuer; as dev9/'s police forces). "a nine-year-old warrant" an age; "a string of petty
    # crimes" no numeral.
    ("W21", "twenty-five dollars", 0, "license_plate_value", "dollars", 25, 25, "exact", "Crouch's arrest",
     "police", "organization", False, False),
    # W22 (True Pundit): no numeric claim ("401K" a name, "Ep. 24" (twice) an identifier, "D.C." a name).
    # W23 (The Gateway Pundit): no numeric claim ("we started working 3 weeks late", "for several weeks", "Two
    # days later", "for months", "a few hours ago" durations; "memorial weekend", "Yesterday" dates).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # W00: "“Then in the 1960s and 1970s,” he writes, “they began …”" → two entries, Huntington (the fullest name:
    # "the late political scientist Samuel Huntington"); “deconstructionist” one word.
    ("W00", "Then in the 1960s and 1970s", 0, HUNTINGTON, "person"),
    ("W00", "they began to promote measures", 0, HUNTINGTON, "person"),
    # W01: “smarter” one word. W02, W03, W04, W07, W09: no direct quotation (W09's “peace plans,” “road maps,”
    # “summits.” terms, “refugees” one word).
    # W05: "he said to a Houston-area TV station" → Howe (the headline's "Ex-A’s manager Art Howe"); Candiotti's
    # answer (cued by "Candiotti said:" before it) and its next paragraph with "Candiotti said" → two entries;
    # the nested ‘Do you mind …’ is his own words inside his quotation (one entry, dev10/, dev11/); the nested
    # ‘Have at it.’ after "He said," is Howe's words with their own verb → an entry of its own, "Art Howe".
    ("W05", "I know I should eat", 0, HOWE, "person"),
    ("W05", "He was my manager in 1985", 0, CANDIOTTI, "person"),
    ("W05", "He said, ‘Have at it.’", 0, CANDIOTTI, "person"),
    ("W05", "Have at it.", 0, HOWE, "person"),
    # W06: "Gates said that, “As SCAN gathers …”" → "Bill Gates" (the headline's "BILL GATES-BACKED").
    ("W06", "As SCAN gathers more test results", 0, "Bill Gates", "person"),
    # W08: the headline's and the lede's 'immediately' one word.
    # W10: Lightfoot's quotation and its resumption after "she said at a news conference" → two entries.
    ("W10", "Think about the number of children", 0, LIGHTFOOT, "person"),
    ("W10", "Families that will not recover", 0, LIGHTFOOT, "person"),
    # W11: Booker's two ("said he plans to expose that "…"", "said he would be "knowingly violating the rules."":
    # a short quotation after a verb of saying); "designated as "committee confidential,"" a label; Cornyn
    # "called Booker’s plan "irresponsible and outrageous."" a three-word label after a naming verb (dev48/;
    # another annotator might give it to "John Cornyn"); the headline's ‘Accuracy’ one word.
    ("W11", "emails being withheld from the public", 0, BOOKER, "person"),
    ("W11", "knowingly violating the rules.", 0, BOOKER, "person"),
    # W12: the headline's ‘Keeping Sick People Out,’ "… Homeland Security Chief Says" → "Homeland Security Chief"
    # (unnamed in the excerpt); Trump's quotation and its resumption, and his answer → three entries, "Trump".
    ("W12", "Keeping Sick People Out", 0, "Homeland Security Chief", "person"),
    ("W12", "We’re doing really well.", 0, TRUMP, "person"),
    ("W12", "We will respectfully ask the media", 0, TRUMP, "person"),
    ("W12", "Yes, we are thinking about the southern border.", 0, TRUMP, "person"),
    # W13: the bill's language "“for other purposes,” such as “support the quarantine of such contacts.”" → two
    # quotes of "H.R. 6666" (document), as dev3/'s f17; “testing and contact tracers”, “national COVID health
    # emergency” terms; "teeth", “Offensive” one word; “1984” a title.
    ("W13", "for other purposes,", 0, HR6666, "document"),
    ("W13", "support the quarantine of such contacts.", 0, HR6666, "document"),
    # W14: "accused Rwasa of making “incendiary and defamatory” remarks" a three-word label of the remarks (not a
    # quote; another annotator might give it to "Pierre Nkurikiye"); i-Burundi's quotation ("i-Burundi said in an
    # interview") and its resumption → two entries, organization ("an online group of activists").
    ("W14", "The ruling party was hoping", 0, IBURUNDI, "organization"),
    ("W14", "People want change.", 0, IBURUNDI, "organization"),
    # W15: "a ‘protective ring’ around care homes as Health Minister Matt Hancock has said" → "Matt Hancock" (two
    # words under a verb of saying); ‘noose’ one word; Buckland's (closed with a single mark) → "Robert Buckland".
    ("W15", "protective ring", 0, "Matt Hancock", "person"),
    ("W15", "We needed to make a choice about testing", 0, "Robert Buckland", "person"),
    # W16: the headline's ‘Suppression Of Speech,’ ("Goya CEO Says …") → "Unanue" (three words after a verb of
    # saying, as dev29/'s 'provocative and hostile'; the CEO is the "his refusal to apologize" of the body);
    # Unanue's quotation and its resumption → two entries. The pasted tweets have no marks.
    ("W16", "Suppression Of Speech", 0, UNANUE, "person"),
    ("W16", "We’re all truly blessed", 0, UNANUE, "person"),
    ("W16", "That’s what my grandfather did.", 0, UNANUE, "person"),
    # W17: “balk at the label ‘racist,’ (its closing mark lost) and "she continued, “it is descriptively accurate
    # …”" → "Davis" (call: "she" is named before the excerpt; "Like Davis, Thurston sought to address …" names
    # her as the speaker before; another annotator might write null); Thurston's “the more difficult question” and
    # “when it is legitimate …” (short quotations under "sought to address") → two entries; the nested ‘racist,’
    # one word; "Her answer:" an unmarked block (not a quote); the paper's title not a quote.
    ("W17", "balk at the label", 0, DAVIS, "person"),
    ("W17", "it is descriptively accurate", 0, DAVIS, "person"),
    ("W17", "the more difficult question", 0, THURSTON, "person"),
    ("W17", "when it is legitimate to use that label", 0, THURSTON, "person"),
    # W18: each quotation signed "—Name, title" after it → "Mark Edmundson", "Robert Zemsky"; the nested ‘double
    # sessions’ a term after "what were called", ‘You’ll be here …’ what colleges "would say" (hypothetical).
    ("W18", "I think that in the next year or two", 0, "Mark Edmundson", "person"),
    ("W18", "After the Second World War", 0, ZEMSKY, "person"),
    # W19: Stewart's quotation ("Charles Stewart, …, commented to NPR").
    ("W19", "That's the sort of thing that makes me wary", 0, "Charles Stewart", "person"),
    # W20: “An election is only months away …,” he said → null (unknown: the excerpt never names "he", one of the
    # president's lawyers of the headline).
    ("W20", "An election is only months away", 0, None, "unknown"),
    # W21: "Tae told me" → "Tae"; "She took Kyi home, but it was “hell on earth …”" → "Tae" (her words, no new
    # cue: the last speaker).
    ("W21", "I call him Hip Baby", 0, TAE, "person"),
    ("W21", "hell on earth trying to tame him", 0, TAE, "person"),
    # W22: Paine's quotation and its resumption → two entries, "Thomas Paine"; “self verify” a term; the podcast
    # episode's title (“Ep. 24 — REVEALED: …”) a title.
    ("W22", "Your medical history is protected", 0, PAINE, "person"),
    ("W22", "Sadly, no one in D.C.", 0, PAINE, "person"),
    # W23: the headline's “Back of the Line!” → "employee of North Shore Dock" (call: the body gives the words to
    # the employee's post, "that would put you at the back of the line!!!"; another annotator might write null, a
    # headline quotation naming nobody); the employee's post is unmarked (not a quote), the reply inside it "he
    # replied: “I am the husband …”" → "Mark Mallory" (the caller, "allegedly from Governor Whitmer’s husband,
    # Dr. Mark Mallory"); "According to the North Shore Dock Facebook post, …, adding, “ALL of our customers …”" →
    # "North Shore Dock, LLC" (organization, its fullest name, as dev32/'s "Tulsi Now, Inc."; another annotator
    # might write "North Shore Dock Facebook post", document).
    ("W23", "Back of the Line!", 0, "employee of North Shore Dock", "person"),
    ("W23", "I am the husband to the governor", 0, "Mark Mallory", "person"),
    ("W23", "ALL of our customers are valued", 0, "North Shore Dock, LLC", "organization"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
