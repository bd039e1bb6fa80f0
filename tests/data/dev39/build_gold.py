"""The thirty-ninth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev39/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
US_COVID = "COVID-19 deaths in the United States"
AUTO = "2009 auto rescue"
WHITEFISH = "Whitefish Energy"
CHARLOTTE = "Charlotte block party shooting"
SEATTLE = "Seattle protest zone shooting"
BROWNSTEIN = "Dr. Brownstein"
CHM = "Center for Holistic Medicine COVID patients"
CPD = "Commission on Presidential Debates"
DEBARTOLO = "Edward DeBartolo Jr."
PENNEY = "J.C. Penney"
STEYER = "Tom Steyer"
BRIGHT = "Bright"
KIM = "Kim"
OROURKE = "Beto O'Rourke"
RICE = "Jerry Rice"
JORDAN = "Phil Jordan"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # L00 (Deseret News): "two real rules" inside Steyer's quotation (the pope's rules as Steyer relays them: the
    # quotation's speaker); "those two rules" a reference back (as dev34/'s "these two regions"): not a claim.
    ("L00", "two real rules", 0, "rules", "rules", 2, 2, "exact", "the pope's rules", "Steyer", "person", False,
     False),
    # L01 (Detroit News, Joe Biden's op-ed): "polls showing 60%" → "polls" (unnamed polls, vague as the seed's
    # "reports"); the writer's own figures ("we invested", "That choice saved", "Thousands of small businesses")
    # → none (dev24/: the writer's own figures).
    ("L01", "60% of the public", 0, "opposition_share", "public", 60, 60, "exact", AUTO, "polls", "vague", False,
     False),
    ("L01", "$80 billion", 0, "auto_rescue_funds", "dollars", 80_000_000_000, 80_000_000_000, "exact", AUTO, None,
     "none", False, False),
    ("L01", "saved 1.5 million jobs", 0, "jobs_saved", "jobs", 1_500_000, 1_500_000, "exact", AUTO, None, "none",
     False, False),
    ("L01", "Thousands of small businesses", 0, "businesses_stayed_open", "small businesses", 2000, None, "vague",
     AUTO, None, "none", False, False),
    # L02 (Mashable): the contract's worth, Whitefish's staff and the "SEE ALSO:" link line's repetition (a
    # link-line figure a claim, dev37/); "Category 4" a classification (a name); "Sept. 20" a date; "One of the
    # contracts" "one of".
    ("L02", "worth $300 million", 0, "contract_value", "dollars", 300_000_000, 300_000_000, "exact", WHITEFISH,
     None, "none", False, False),
    ("L02", "just 2 employees", 0, "employees", "employees", 2, 2, "exact", WHITEFISH, None, "none", False, False),
    ("L02", "just 2 employees", 1, "employees", "employees", 2, 2, "exact", WHITEFISH, None, "none", False, False),
    # L03 (David Leonhardt): no numeric claim ("2000 presidential race", "the 2000 race" years).
    # L04 (Frank Bruni): "eight witnesses next week?" (the writer's aside; a question, not hedged, as dev23/);
    # "July 25" a date, "the last seven weeks" a duration, "One moment" / "The next" not counts.
    ("L04", "eight witnesses", 0, "witnesses_scheduled", "witnesses", 8, 8, "exact", "impeachment inquiry", None,
     "none", False, False),
    # L05 (CBS News): no numeric claim ("January 30" a date).
    # L06 (Business Insider): both increases → "The Detroit News" (the cue closes the sentence); "according to
    # Reuters" and the Market Watch report carry no figure.
    ("L06", "50% increase in business", 0, "cannabis_sales_increase", "business", 50, 50, "exact",
     "cannabis sales in legalized states", "The Detroit News", "organization", False, False),
    ("L06", "57% increase in sales", 0, "cannabis_sales_increase", "sales", 57, 57, "exact",
     "cannabis sales in Michigan", "The Detroit News", "organization", False, False),
    # L07 (Sputnik News): no numeric claim ("2019-20" a season, "Big Six" a name, "half-time", "June").
    # L08 (NPR): the chemical attack's toll → the assessment (document), core; the dates ("Aug. 30, 2013",
    # "Aug. 31", "Sept. 5, 2013", "The next day", "A day later") not claims.
    ("L08", "more than 1,400 Syrians were killed", 0, "killed", "Syrians", 1400, None, "lower_bound",
     "2013 chemical weapons attack in Syria", "a U.S. intelligence assessment", "document", False, True),
    # L09 (Associated Press): the colon headline → "Police" (organization, as dev12/'s "Researchers:" credits the
    # colon's subject); "Authorities in North Carolina say" → anonymous (unnamed authorities, dev9/, dev33/);
    # Jennings's crowd and the five hit by cars while fleeing (`wounded`, core: casualties of the shooting's
    # scene); Seattle's one wounded → "Police in Seattle" (a city's police, organization) and its repetition
    # "one person was at a hospital with a gunshot wound" → "Police" ("Police tweeted"); "around midnight" a time,
    # "the second shooting" an ordinal, "less than 48 hours" a duration, "several shots" no numeral.
    ("L09", "2 dead", 0, "killed", "people", 2, 2, "exact", CHARLOTTE, "Police", "organization", False, True),
    ("L09", "7 wounded", 0, "wounded", "people", 7, 7, "exact", CHARLOTTE, "Police", "organization", False, True),
    ("L09", "two people dead", 0, "killed", "people", 2, 2, "exact", CHARLOTTE, "Authorities in North Carolina",
     "anonymous", False, True),
    ("L09", "seven others wounded", 0, "wounded", "people", 7, 7, "exact", CHARLOTTE,
     "Authorities in North Carolina", "anonymous", False, True),
    ("L09", "hundreds of people", 0, "crowd_size", "people", 200, None, "vague", CHARLOTTE, "Jennings", "person",
     False, False),
    ("L09", "five people were hit by cars", 0, "wounded", "people", 5, 5, "exact", CHARLOTTE, "Jennings",
     "person", False, True),
    ("L09", "one person has been wounded", 0, "wounded", "person", 1, 1, "exact", SEATTLE, "Police in Seattle",
     "organization", False, True),
    ("L09", "one person was at a hospital with a gunshot wound", 0, "wounded", "person", 1, 1, "exact", SEATTLE,
     "Police", "organization", False, True),
    # L10 (The Intercept): the Oakland ambush → "authorities" (anonymous: "authorities accused … of ambushing two
    # … officers …, killing one"; the two `casualties`, the one `killed`; "wounding the other" no numeral); the
    # three men arrested in Las Vegas (`arrested`, core, no cue); El Paso's "killed 22 people" (the writer's
    # identification of the attack: none); "September 11" a date, "One of the most alarming" "one of".
    ("L10", "ambushing two federal security officers", 0, "casualties", "federal security officers", 2, 2,
     "exact", "Oakland ambush of federal security officers", "authorities", "anonymous", False, True),
    ("L10", "killing one", 0, "killed", "federal security officers", 1, 1, "exact",
     "Oakland ambush of federal security officers", "authorities", "anonymous", False, True),
    ("L10", "three men", 0, "arrested", "men", 3, 3, "exact", "Boogaloo plot in Las Vegas", None, "none", False,
     True),
    ("L10", "killed 22 people", 0, "killed", "people", 22, 22, "exact", "El Paso Walmart shooting", None, "none",
     False, True),
    # L11 (Reason): the Parkland toll (core, none, as dev13/'s "that left 17 dead"); "19-year-old" an age, "1999"
    # a year, "Second Amendment" a name.
    ("L11", "left 17 dead", 0, "killed", "people", 17, 17, "exact", "Parkland school shooting", None, "none",
     False, True),
    # L12 (Washington Post): "eight doctors" reprimanded and the potluck's "40,000 families" (no cue: none); "A
    # pair of annual party meetings" a determiner (as dev16/'s "a couple"); "34-year-old" an age; the dates.
    ("L12", "eight doctors", 0, "doctors_reprimanded", "doctors", 8, 8, "exact", "Wuhan early warnings", None,
     "none", False, False),
    ("L12", "40,000 families", 0, "potluck_families", "families", 40000, 40000, "exact", "Wuhan potluck supper",
     None, "none", False, False),
    # L13 (Politico): the same two figures as dev24/'s i13 and dev29/'s B14 (the same story under an unrelated
    # headline), annotated as there; "1967", "1968" years, "second term" (twice), "second wave" ordinals, "one
    # Republican" a determiner.
    ("L13", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague",
     True, False),
    ("L13", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US,
     "Sen. Lindsey Graham", "person", False, False),
    # L14 (Health Impact News): the clinic's COVID patients (`cases`, core by measure class) and its zero
    # hospitalizations (`hospitalized`, "zero" a numeral, core by measure class, as dev31/); the colon headline →
    # its "Report" (document); "he is claiming that his clinic has treated 85 patients" → "Dr. Brownstein"; the
    # reprinted post (its title and body, "by Dr. Brownstein") → "Dr. Brownstein" (the block quote's author, as
    # dev19/); "five practitioners" not core; "NO Deaths", "no one has been hospitalized" no numeral.
    ("L14", "85 COVID Patients Treated", 0, "cases", "COVID patients", 85, 85, "exact", CHM,
     "Michigan Holistic Physician Group Report", "document", False, True),
    ("L14", "ZERO Hospitalizations", 0, "hospitalized", "hospitalizations", 0, 0, "exact", CHM,
     "Michigan Holistic Physician Group Report", "document", False, True),
    ("L14", "treated 85 patients", 0, "cases", "patients", 85, 85, "exact", CHM, BROWNSTEIN, "person", False,
     True),
    ("L14", "85 COVID Patients", 1, "cases", "COVID patients", 85, 85, "exact", CHM, BROWNSTEIN, "person", False,
     True),
    ("L14", "Zero Hospitalizations", 0, "hospitalized", "hospitalizations", 0, 0, "exact", CHM, BROWNSTEIN,
     "person", False, True),
    ("L14", "had 85 COVID patients", 0, "cases", "COVID patients", 85, 85, "exact", CHM, BROWNSTEIN, "person",
     False, True),
    ("L14", "five practitioners", 0, "practitioners", "practitioners", 5, 5, "exact",
     "Center for Holistic Medicine", BROWNSTEIN, "person", False, False),
    ("L14", "85 patients either diagnosed with COVID or suspected COVID", 0, "cases", "patients", 85, 85, "exact",
     CHM, BROWNSTEIN, "person", False, True),
    # L15 (The Mercury News, Kristof's column): every toll `killed`, core (excess deaths as dev29/'s B08); the
    # colon headline → "Kristof"; the body is the writer's own reckoning → none; "That suggests an undercount of
    # more than 20,000" hedged ("suggests", an inference); "more than 30,000 Americans are reported to have died"
    # hedged ("are reported", dev21/; no source named: none); "the seven weeks ending April 25" a duration,
    # "April 25" (three times), "late April and early May" dates.
    ("L15", "death toll already exceeds 100,000", 0, "killed", "deaths", 100000, None, "lower_bound", US_COVID,
     "Kristof", "person", False, True),
    ("L15", "about 70,000 more Americans died", 0, "killed", "Americans", 70000, 70000, "approx", US_COVID, None,
     "none", False, True),
    ("L15", "70,000 figure for excess deaths", 0, "killed", "excess deaths", 70000, 70000, "exact", US_COVID,
     None, "none", False, True),
    ("L15", "was 49,100", 0, "killed", "COVID-19 deaths", 49100, 49100, "exact", US_COVID, None, "none", False,
     True),
    ("L15", "more than 20,000 coronavirus-related deaths", 0, "killed", "coronavirus-related deaths", 20000, None,
     "lower_bound", US_COVID, None, "none", True, True),
    ("L15", "those 20,000 missed deaths", 0, "killed", "missed deaths", 20000, 20000, "exact", US_COVID, None,
     "none", False, True),
    ("L15", "total of 83,000", 0, "killed", "deaths", 83000, 83000, "exact", US_COVID, None, "none", False, True),
    ("L15", "more than 100,000 pandemic-related deaths", 0, "killed", "pandemic-related deaths", 100000, None,
     "lower_bound", US_COVID, None, "none", False, True),
    ("L15", "more than 30,000 Americans are reported to have died", 0, "killed", "Americans", 30000, None,
     "lower_bound", US_COVID, None, "none", True, True),
    # L16 (MSNBC): no numeric claim ("At one point" not a count).
    # L17 (The Libertarian Republic): "only one third-party candidate" (a count of one); the CPD's threshold "at
    # least 15% support" (lower_bound) and its repetition "the 15% poll criteria" (the CPD is the actor, not a
    # source: none); "in 43 states"; "the two major parties" a reference count; "1992", "2000" years; "First
    # Amendment" a name.
    ("L17", "only one third-party candidate", 0, "third_party_candidates_invited", "third-party candidate", 1, 1,
     "exact", CPD, None, "none", False, False),
    ("L17", "at least 15% support", 0, "poll_threshold", "support", 15, None, "lower_bound", CPD, None, "none",
     False, False),
    ("L17", "43 states", 0, "ballot_states", "states", 43, 43, "exact", "Ralph Nader", None, "none", False, False),
    ("L17", "15% poll criteria", 0, "poll_threshold", "poll criteria", 15, 15, "exact", CPD, None, "none", False,
     False),
    # L18 (Heavy.com): the payment, the fine, the Super Bowls, the two newspapers and Rice's three teams (no cue:
    # none); "1980s-’90s" decades, "1998", "1997" years, "for a year" a duration, "12th man" an ordinal (inside
    # Rice's short quotation), "one of the biggest" "one of", the links' codes and the timestamp identifiers.
    ("L18", "paid $400,000", 0, "payment", "dollars", 400000, 400000, "exact", DEBARTOLO, None, "none", False,
     False),
    ("L18", "five Super Bowls", 0, "super_bowls_won", "Super Bowls", 5, 5, "exact", "San Francisco 49ers", None,
     "none", False, False),
    ("L18", "two Louisiana newspapers", 0, "newspapers_reporting", "newspapers", 2, 2, "exact", DEBARTOLO, None,
     "none", False, False),
    ("L18", "fined $1 million", 0, "fine", "dollars", 1_000_000, 1_000_000, "exact", DEBARTOLO, None, "none",
     False, False),
    ("L18", "three of DeBartolo’s Super Bowl-winning teams", 0, "teams_played_on", "teams", 3, 3, "exact",
     "Jerry Rice", None, "none", False, False),
    # L19 (Fox Online News): no numeral.
    # L20 (Fox News): no numeric claim ("1998" twice, a year; "second chance", "FIRST DEBATE" ordinals; "last
    # month" a date).
    # L21 (CNBC): the projection "If no action is taken, it's projected that 850,000 …" (hedged: "if", a
    # projection; not core; "it's projected" names no source: none, sentence-local); "June 30", "April", "2020
    # financial year", "Last week" dates.
    ("L21", "850,000 people in the sector", 0, "projected_unemployment_filings", "people", 850000, 850000,
     "exact", "US clean energy sector", None, "none", True, False),
    # L22 (The Duran): no numeric claim ("Three years later" twice, "the last 32 years", "the next few years"
    # durations; "2017" a year; "One theory" a determiner).
    # L23 (USA Today): the headline's closings → "J.C. Penney" ("J.C. Penney says"; "nearly" upper_bound; a plan,
    # not hedged); "approximately 604 future fleet" inside J.C. Penney's quotation; the link line's "these 13
    # retailers" (a question, not hedged); "Chapter 11" a name, "several years" no numeral.
    ("L23", "nearly 29% of stores", 0, "store_closure_share", "stores", None, 29, "upper_bound", PENNEY, PENNEY,
     "organization", False, False),
    ("L23", "242 locations", 0, "store_closures", "locations", 242, 242, "exact", PENNEY, PENNEY, "organization",
     False, False),
    ("L23", "approximately 604 future fleet", 0, "stores_remaining", "stores", 604, 604, "approx", PENNEY, PENNEY,
     "organization", False, False),
    ("L23", "13 retailers", 0, "retailers", "retailers", 13, 13, "exact", "retailers at risk of bankruptcy", None,
     "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # L00: Steyer's two quotations → "Tom Steyer" (the headline's full name); the next paragraph's "he said" →
    # Buttigieg (the paragraph before's subject) → "Pete Buttigieg"; “systemic change.” a term ("his desire to
    # bring about"), not a quote.
    ("L00", "(The pope) has said there are two real rules", 0, STEYER, "person"),
    ("L00", "You need to get information from the people", 0, STEYER, "person"),
    ("L00", "I would insist that there is a level of humanity", 0, "Pete Buttigieg", "person"),
    # L03: Bush's mantra “restore honor and dignity” a slogan (no verb of saying), not a quote; Devine's quotation
    # (one pair of marks) and Mann's two.
    ("L03", "Everybody who said the economy was so good", 0, "Tad Devine", "person"),
    ("L03", "Most Americans were appalled by his behavior", 0, "Thomas E. Mann", "person"),
    ("L03", "The evidence was overwhelming", 0, "Thomas E. Mann", "person"),
    # L04: "tells the media to “get over it.”" (a short quotation after a verb of telling).
    ("L04", "get over it.", 0, "Mulvaney", "person"),
    # L05: O'Donnell's question, Bright's answers (his quotation resumed after "Bright told O'Donnell": two
    # entries), Trump's remark ("He said" after "President Trump"), Azar's.
    ("L05", "Why would he do that?", 0, "O'Donnell", "person"),
    ("L05", "You know, I don't know why he would do that", 0, BRIGHT, "person"),
    ("L05", "We think we have it very well under control", 0, "Trump", "person"),
    ("L05", "Remember, the entire leadership was focused on containment", 0, BRIGHT, "person"),
    ("L05", "There was a belief that we could contain this virus", 0, BRIGHT, "person"),
    ("L05", "his allegations do not hold water", 0, "Azar", "person"),
    # L07: "Big Six" a name, "viewing experience" a term: no quotes.
    # L08: Trump's tweeted words ("Trump offered his own solution: … so "they would self-destruct."").
    ("L08", "they would self-destruct.", 0, "Trump", "person"),
    # L09: “Capitol Hill Occupied Protest.” a name. L10: “Boogaloo Boys” a name. L11: "mental health" a term.
    # L13: the headline's ‘could have been clearer’ ("Scottish secretary admits", a short quotation after a verb
    # of saying; the corpus title is not this story's); the Politico story's two quotes as dev24/'s i13.
    ("L13", "could have been clearer", 0, "Scottish secretary", "person"),
    ("L13", "Allowing people to get to some semblance of normal", 0, "Republican close to the president",
     "person"),
    ("L13", "The closer you can have it to 120", 0, "Lindsey Graham", "person"),
    # L16: "A Washington Post report noted …" → "Washington Post report" (document); the New York Times passage
    # after "reported:" has no marks (a block quote); "#TrumpIsNotWell" a hashtag.
    ("L16", "exceptionally attuned to", 0, "Washington Post report", "document"),
    # L17: Neuman "characterized these actions as “…”" (a clause, not a label).
    ("L17", "campaign-trail charades devoid of substance", 0, "Nancy Neuman", "person"),
    # L18: Rice's short quotation after "said" and his quotation resumed after "Rice said" → three entries,
    # "Jerry Rice" (named among the "NFL greats").
    ("L18", "was like that 12th man", 0, RICE, "person"),
    ("L18", "He’s the main reason why we won so many Super Bowls", 0, RICE, "person"),
    ("L18", "So today is a great day for him", 0, RICE, "person"),
    # L19: Kim's six quotations ("said", "described … as", "characterized … as", "said", "said he was “thinking
    # hard”", "and that"); Trump's "said that if “forced to defend …”"; “rocket man” and “suicide mission” labels
    # after "mocked Kim as" (a nickname and a label), not quotes.
    ("L19", "unfit to hold the prerogative of supreme command", 0, KIM, "person"),
    ("L19", "a rogue and a gangster fond of playing with fire", 0, KIM, "person"),
    ("L19", "forced to defend itself or its allies", 0, "Trump", "person"),
    ("L19", "mentally deranged behavior", 0, KIM, "person"),
    ("L19", "have convinced me, rather than frightening or stopping me", 0, KIM, "person"),
    ("L19", "thinking hard", 0, KIM, "person"),
    ("L19", "will face results beyond his expectation", 0, KIM, "person"),
    # L20: O'Rourke's quotation and its resumption, then the pull quote repeating it, signed after its closing
    # mark (as dev24/'s Graham pull quote) → three entries, "Beto O'Rourke"; "claimed O’Rourke “attempted to leave
    # the scene”" → "police reports" (document, a short quotation after a verb of saying); the officer's
    # quotation ("a police officer wrote") → "police officer".
    ("L20", "I did not try to leave the scene of the accident", 0, OROURKE, "person"),
    ("L20", "I can only tell you that I was able to have a second chance", 0, OROURKE, "person"),
    ("L20", "I did not try to leave the scene of the accident", 1, OROURKE, "person"),
    ("L20", "attempted to leave the scene", 0, "police reports", "document"),
    ("L20", "The driver attempted to leave the accident", 0, "police officer", "person"),
    # L21: the report's words ("the report forecasts … unless … Congress “take quick …”") → "report" (document);
    # Jordan's statement and his next quotation resumed → three entries; the headline's 'Clean energy' a label.
    ("L21", "take quick and substantive action", 0, "report", "document"),
    ("L21", "The economic data from April shows", 0, JORDAN, "person"),
    ("L21", "Unemployment claims increased dramatically", 0, JORDAN, "person"),
    ("L21", "And the data does not suggest", 0, JORDAN, "person"),
    # L22: Fauci's interview words (no cue in their sentence; the sentence before names him: "Fauci", the title
    # dropped).
    ("L22", "The history of the last 32 years", 0, "Fauci", "person"),
    # L23: J.C. Penney's filing quotation ("J.C. Penney said in the SEC filing") → organization; "According to the
    # SEC filing, … “continues to evolve.”" → "SEC filing" (document); “Plan for Renewal,” a title.
    ("L23", "The approximately 604 future fleet", 0, PENNEY, "organization"),
    ("L23", "continues to evolve.", 0, "SEC filing", "document"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
