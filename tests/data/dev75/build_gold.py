"""The seventy-fifth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev75/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The file prefix is "!" (every letter and
digit was taken by earlier sets); quote the paths in the shell.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

RUSSIA_ARSENAL = "Russian strategic nuclear arsenal"
MOSCOW_TREATY = "2002 Moscow Treaty warhead reductions"
FLYOVER = "California Air National Guard flyover"
TREASON = "treason cases in Russia"
BLUE_ORIGIN = "COVID-19 at Blue Origin"
US_COVID = "COVID-19 in the United States"
US_FUNDING = "US federal coronavirus funding"
GATES_VACCINES = "Gates Foundation vaccine factories"
FORTOV = "Vladimir Fortov"
SERGEEV = "Alexander Sergeev"
SONMEZ = "Felicia Sonmez"
PLUNKETT = "Mary Plunkett"
BITSOI = "Bitsóí"
SALVADOR = "Ricardo Salvador"
CLARK = "Jasmine Clark"
SAMANT = "Vijay Samant"
JUNG = "Jung"
SECTION = "SEC. 191205"
HEROES = "HEROES Act"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # !00 (The Epoch Times): arsenal and treaty figures, weapons not troops (not core, as dev4/'s and dev10/'s
    # Tomahawks); "from 6,000 down to 2,200 deployed strategic warheads" two claims (as dev27/'s "from 110,000 to
    # 45,000"); "the notional 1,550 level" a treaty level (exact); "roughly 2,200–3,200" a range (as dev35/'s
    # "some 3,500-4,000"); "6 additional nuclear strategic systems" inside "Putin also insists" (clause scope,
    # person); "probably giving … an eventual additional 300-400 warheads" the writer's inference, hedged
    # ("probably"), none. "what would eventually be 44" is future-in-past, not a hedge; "apparently" governs
    # "facilitated", not the count. "1972 ABM Treaty", "2003-4" (twice), "2002", "2010", "2003–2004", "the middle
    # of the next decade" dates and names.
    ("!00", "44 land-based missile interceptors", 0, "interceptors_deployed", "land-based missile interceptors",
     44, 44, "exact", "US missile defense in Alaska and California", None, "none", False, False),
    ("!00", "from 6,000", 0, "deployed_strategic_warheads", "deployed strategic warheads", 6000, 6000, "exact",
     MOSCOW_TREATY + " (before)", None, "none", False, False),
    ("!00", "2,200 deployed strategic warheads", 0, "deployed_strategic_warheads", "deployed strategic warheads",
     2200, 2200, "exact", MOSCOW_TREATY + " (after)", None, "none", False, False),
    ("!00", "notional 1,550 level", 0, "deployed_strategic_warheads_limit", "strategic nuclear weapons", 1550,
     1550, "exact", "New START treaty of 2010", None, "none", False, False),
    ("!00", "roughly 2,200–3,200 strategic nuclear warheads", 0, "strategic_warheads", "strategic nuclear warheads",
     2200, 3200, "range", RUSSIA_ARSENAL, None, "none", False, False),
    ("!00", "6 additional nuclear strategic systems", 0, "new_strategic_systems", "nuclear strategic systems", 6, 6,
     "exact", RUSSIA_ARSENAL, "Putin", "person", False, False),
    ("!00", "additional 300-400 warheads", 0, "additional_warheads", "warheads", 300, 400, "range", RUSSIA_ARSENAL,
     None, "none", True, False),
    # !01 (Newsmax - Opinion): "an agenda costing trillions of dollars" (vague 2,000,000,000,000/null, as dev14/,
    # dev15/); not hedged: the opening "If the Democrats win" conditions the agenda's being pursued, the cost is
    # asserted (as dev29/'s B06 fine). "the Roaring 1920s", "November" dates; "decades of" no numeral.
    ("!01", "trillions of dollars", 0, "agenda_cost", "dollars", 2_000_000_000_000, None, "vague",
     "Democratic policy agenda", None, "none", False, False),
    # !02 (Vice): Facebook's daily users (the writer's apposition, none); "the 2016 election", "that December"
    # dates; "one of the authors" "one of".
    ("!02", "1.25 billion daily users", 0, "daily_users", "daily users", 1_250_000_000, 1_250_000_000, "exact",
     "Facebook", None, "none", False, False),
    # !03 (The Week - Opinion): "NBC News reported that Google had "banned" two "far-right" online publications" →
    # organization; "three days to clean up its act" a duration; "within the space of a few hours" no numeral.
    ("!03", 'two "far-right" online publications', 0, "publications_banned", "online publications", 2, 2, "exact",
     "Google advertising ban", "NBC News", "organization", False, False),
    # !04 (Mediaite): "10,000 people (literally)" inside Sonmez's resumed quotation → "Sonmez" (person); the
    # abusers are not casualties (not core). "3+ years ago" a duration, "19-year-old" an age, "2016" a year, "one
    # of many people" "one of".
    ("!04", "10,000 people", 0, "abusive_commenters", "people", 10000, 10000, "exact",
     "Felicia Sonmez's Kobe Bryant tweet", "Sonmez", "person", False, False),
    # !05 (The Detroit News): crowds (not core); "could attract a half million visitors" (500,000 exact, hedged by
    # "could", none: "Although crowd sizes varied" names no source); "Local tourism officials think … no more than
    # 200,000 spectators" (upper_bound, hedged: a forecast under "think"; unnamed officials anonymous). "2011" a
    # year, "the first attempt" an ordinal.
    ("!05", "a half million visitors", 0, "launch_visitors", "visitors", 500_000, 500_000, "exact",
     "Space Coast shuttle launch crowds", None, "none", True, False),
    ("!05", "no more than 200,000 spectators", 0, "launch_spectators", "spectators", None, 200_000, "upper_bound",
     "NASA-SpaceX crewed launch crowds", "Local tourism officials", "anonymous", True, False),
    # !06 (CBS News): the four jets, twice (body and caption), each a claim, none ("CBS Los Angeles reports" closes
    # the sentence before; the caption's "California National Guard" is a photo credit); not core (a salute, not a
    # deployment). "144th Fighter Wing" an ordinal name, "F-15C" an identifier, "10 a.m.", "11:45 a.m." times,
    # "Wednesday, May 13, 2020", "In April" dates, "several" no numeral.
    ("!06", "Four F-15C Eagle fighter jets", 0, "jets_in_flyover", "F-15C Eagle fighter jets", 4, 4, "exact",
     FLYOVER, None, "none", False, False),
    ("!06", "Four F-15C Eagle fighter jets", 1, "jets_in_flyover", "F-15C Eagle fighter jets", 4, 4, "exact",
     FLYOVER, None, "none", False, False),
    # !07 (Reuters): no numeric claim ("42 weeks of pregnancy" a duration, "early April" a date, "Some countries",
    # "Others" no numeral).
    # !08 (ProPublica): Skalnik's "at least 37 cases" (court cases, not disease cases: not core; none, the
    # investigation's "found" is in the sentence before). "the 1980s", "1987", "March 23" dates, "Just five days
    # after" a duration, "one of the most prolific" "one of".
    ("!08", "at least 37 cases", 0, "cases_testified", "cases", 37, None, "lower_bound",
     "Paul Skalnik's jailhouse informant testimony in Pinellas County", None, "none", False, False),
    # !09 (NBC News (Online)): the Navajo Nation's infection rate (a rate per 100,000: a claim, not core, as
    # dev15/'s u15 and dev18/'s x06; the span carries the rate's unit); none. "more than ever" inside a quotation,
    # no figure.
    ("!09", "more than 2,300 cases per 100,000 people", 0, "case_rate", "cases", 2300, None, "lower_bound",
     "COVID-19 in the Navajo Nation", None, "none", False, False),
    # !10 (Daily Beast): treason cases a year (a national yearly statistic, "two or three" a range) and last year's
    # charges (not core); none. "From 1997 to 2008", "last year", "before 2012" dates, "a few weeks ago", "a
    # Russian scientist", "several important books" no numeral; the headline's "One of Russia's" "one of".
    ("!10", "two or three cases a year", 0, "treason_cases_yearly", "cases", 2, 3, "range", TREASON + ", 1997-2008",
     None, "none", False, False),
    ("!10", "eight people were charged", 0, "charged_treason", "people", 8, 8, "exact", TREASON + ", last year",
     None, "none", False, False),
    # !11 (Victor Hanson): GDP above $1 trillion (lower_bound) and the 747's capacity ("400-passenger", a
    # measurement, as dev71/'s "1,000-horsepower"). "1969" (five times), "2021" years, "the first time", "the first
    # humans", "first successful test flight" ordinals, "Apollo 11", "Apollo 12", "747", "A380" names, "a
    # half-century after", "some 35 years" durations.
    ("!11", "more than $1 trillion", 0, "gdp", "dollars", 1_000_000_000_000, None, "lower_bound",
     "US nominal GDP in 1969", None, "none", False, False),
    ("!11", "400-passenger airliner", 0, "passenger_capacity", "passengers", 400, 400, "exact", "Boeing 747", None,
     "none", False, False),
    # !12 (The Intercept): no numeral ("Covid-19" a name).
    # !13 (Yahoo! News): no numeric claim ("May 11", "May 7", "April 26", "May 3" dates, "within about a day" a
    # duration, "one of the earliest states" "one of").
    # !14 (The Verge): the headline's "Three employees" (`infected`, core, none); "two more Blue Origin employees
    # test positive" inside Plunkett's quotation → "Mary Plunkett" (person), and again in the pull quote (the same
    # words, hers: a repeated mention, as dev15/'s u11); "The two new confirmed cases" (`cases`, a restatement,
    # core, none). "another employee" no numeral; "One was last in the office …, while the other" pronouns;
    # "Friday, April 3rd", "March 27th", "Sunday" dates.
    ("!14", "Three employees", 0, "infected", "employees", 3, 3, "exact", BLUE_ORIGIN, None, "none", False, True),
    ("!14", "two more Blue Origin employees test positive", 0, "infected", "employees", 2, 2, "exact", BLUE_ORIGIN,
     PLUNKETT, "person", False, True),
    ("!14", "two new confirmed cases", 0, "cases", "confirmed cases", 2, 2, "exact", BLUE_ORIGIN, None, "none",
     False, True),
    ("!14", "two more Blue Origin employees test positive", 1, "infected", "employees", 2, 2, "exact", BLUE_ORIGIN,
     PLUNKETT, "person", False, True),
    # !15 (WorldHealth.Net): US cases (`cases`, core) and the Diamond Princess sub-count ("43 of whom", as dev23/'s
    # "32 of whom", core); the funding figures (money, not core): "the administration has requested" and "the White
    # House budget office will be moving" are acts, not cues (none; "recently announced" governs only the Vice
    # President's role). The headline's "First Case", "This first incidence" ordinals; "a few local public health
    # agencies" no numeral.
    ("!15", "over 60 confirmed American cases", 0, "cases", "confirmed cases", 60, None, "lower_bound", US_COVID,
     None, "none", False, True),
    ("!15", "43 of whom were passengers", 0, "cases", "cases", 43, 43, "exact",
     US_COVID + ", Diamond Princess passengers", None, "none", False, True),
    ("!15", "$1.25 million in emergency funding", 0, "emergency_funding_requested", "dollars", 1_250_000, 1_250_000,
     "exact", US_FUNDING, None, "none", False, False),
    ("!15", "$1.25 billion in funding", 0, "funding_diverted", "dollars", 1_250_000_000, 1_250_000_000, "exact",
     US_FUNDING, None, "none", False, False),
    ("!15", "$535 million", 0, "ebola_funds_moved", "dollars", 535_000_000, 535_000_000, "exact", US_FUNDING, None,
     "none", False, False),
    # !16 (Fox News Opinion): the brief's "13 clients" (the writer's description of whom the brief was filed for;
    # the brief "recounts the experiences", it is not cited for the count: none). "First Amendment" a name, "just one
    # example" a determiner.
    ("!16", "13 clients of pregnancy centers", 0, "amicus_clients", "clients", 13, 13, "exact",
     "Catholic Association amicus brief in NIFLA", None, "none", False, False),
    # !17 (New York Times - Opinion): "The Bill and Melinda Gates Foundation says it will build factories for seven
    # different vaccines" → organization (a plan, not hedged); Gates's "at most two of them" (upper_bound) and "all
    # seven" (a repeated mention) inside his quotation → "Bill Gates" (his foundation's own choices, not hedged);
    # Samant's "only two or three vaccines" (a range; hedged: a projection of the country's capacity, "will have
    # the capacity … said"); "billions of vials", "billions of stoppers" (vague 2,000,000,000/null, none: no cue in
    # their sentence). "one seemingly simple step" a determiner; "The Daily Show" a title.
    ("!17", "seven different vaccines", 0, "vaccine_factories_planned", "vaccines", 7, 7, "exact", GATES_VACCINES,
     "The Bill and Melinda Gates Foundation", "organization", False, False),
    ("!17", "at most two of them", 0, "vaccines_picked", "vaccines", None, 2, "upper_bound", GATES_VACCINES,
     "Bill Gates", "person", False, False),
    ("!17", "all seven", 0, "vaccine_factories_planned", "vaccines", 7, 7, "exact", GATES_VACCINES, "Bill Gates",
     "person", False, False),
    ("!17", "two or three vaccines", 0, "vaccine_production_capacity", "vaccines", 2, 3, "range",
     "US COVID-19 vaccine manufacturing", SAMANT, "person", True, False),
    ("!17", "billions of vials", 0, "vials_needed", "vials", 2_000_000_000, None, "vague",
     "COVID-19 vaccine manufacturing", None, "none", False, False),
    ("!17", "billions of stoppers", 0, "stoppers_needed", "stoppers", 2_000_000_000, None, "vague",
     "COVID-19 vaccine manufacturing", None, "none", False, False),
    # !18 (BBC News): no numeral ("a few" in the headline no numeral).
    # !19 (New York Times (Online News)): the headline's "11 Ways" (a listicle count, as dev72/'s "6 Things");
    # "Election 2020" a year, "four more years" a duration, "those two kind of assumed visions" a reference count.
    ("!19", "11 Ways", 0, "ways_listed", "ways", 11, 11, "exact", "engaging students in the 2020 election", None,
     "none", False, False),
    # !20 (RealClearPolitics): no numeric claim ("2016" a year, "20/20 Bipartisan Justice Center" a name).
    # !21 (Pravda Report): no numeric claim ("He was 64 years old" an age).
    # !22 (FrontPage Magazine): no numeric claim ("SEC. 191205" an identifier, "over 50 or under 18" ages).
    # !23 (The Washington Post): Bowser's "two testing sites" (none: she acts, no cue); "Virginia's health department
    # lists 160 testing locations" → organization. "65 or older", "at least 5 years old" ages; "1980 Gallows Road",
    # "9715 Liberia Ave." addresses and the phone numbers identifiers; "Monday and Tuesday" dates.
    ("!23", "two testing sites", 0, "testing_sites", "testing sites", 2, 2, "exact", "Washington, D.C. testing",
     None, "none", False, False),
    ("!23", "160 testing locations", 0, "testing_locations", "testing locations", 160, 160, "exact",
     "Virginia coronavirus testing", "Virginia’s health department", "organization", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # !01: “Unsustainable” one word. !03: "banned", "far-right", “collaboration” one word, "Verification Unit" a name.
    # !02: “disputed” one word, “implied truth effect” a term after "called it".
    ("!02", "Putting a warning on some content", 0, "David Rand", "person"),
    # !04: Sonmez's quotation and its resumption → two entries, her full name from the headline.
    ("!04", "Well, THAT was eye-opening", 0, SONMEZ, "person"),
    ("!04", "To the 10,000 people (literally)", 0, SONMEZ, "person"),
    # !05: Bridenstine's quotation and its resumption (no first name in the excerpt); Cranis's.
    ("!05", "The challenge that we’re up against", 0, "Bridenstine", "person"),
    ("!05", "And so we’re asking people not to travel", 0, "Bridenstine", "person"),
    ("!05", "we’re not going to be getting the out-of-state traffic", 0, "Peter Cranis", "person"),
    # !08: Ruth's short quotation after "wrote that"; the Sentinel's editorial headline after "warned:" (a headline
    # quotation after a colon naming its source); Hiaasen's "cautioned that".
    ("!08", "blood on DeSantis’ hands", 0, "Daniel Ruth", "person"),
    ("!08", "Gov. DeSantis Must Not Be Conned", 0, "Orlando Sentinel", "organization"),
    ("!08", "sending a man to his grave", 0, "Carl Hiaasen", "person"),
    # !09: "The program is "a long-term solution," Bitsóí said" and "which Bitsóí said is needed "more than ever""
    # (short quotations in a clause of saying); "…," he said → Bitsóí (only the surname is written). “tail
    # squash” a name.
    ("!09", "a long-term solution", 0, BITSOI, "person"),
    ("!09", "more than ever", 0, BITSOI, "person"),
    ("!09", "We want our people to basically stop", 0, BITSOI, "person"),
    ("!10", "We hear that FSB is in the process", 0, "Kirill Kharatyan", "person"),
    # !12: “wage relief” a program's name; Salvador's quotation and the uncued next one → two entries.
    ("!12", "At the moment the agriculture industry", 0, SALVADOR, "person"),
    ("!12", "It’s a basic principle of economics", 0, SALVADOR, "person"),
    # !13: "said the graph was a “prime example of malfeasance”" (a short quotation after a verb of saying).
    ("!13", "prime example of malfeasance", 0, CLARK, "person"),
    ("!13", "Sadly it feels like there’s been an attempt", 0, CLARK, "person"),
    # !14: Plunkett's email quotation, the pull quote repeating it (hers, another entry); "Blue Origin says …, and
    # the company has conducted a “thorough deep cleaning”" (a short quotation in the clause of saying → Blue
    # Origin, organization); "An email sent out on Friday told employees: “…”" → "email" (document, the cue's noun).
    ("!14", "Over the weekend, we unfortunately had two more Blue Origin employees test positive", 0, PLUNKETT,
     "person"),
    ("!14", "Over the weekend, we unfortunately had two more Blue Origin employees test positive", 1, PLUNKETT,
     "person"),
    ("!14", "thorough deep cleaning", 0, "Blue Origin", "organization"),
    ("!14", "As a reminder, public health officials", 0, "email", "document"),
    ("!16", "California cannot co-opt", 0, "Clarence Thomas", "person"),
    # !17: Iwasaki's quotation and its resumption (no first name in the excerpt); Gates's; Samant's and its
    # resumption. “The Daily Show.” a title.
    ("!17", "They just can’t wait", 0, "Iwasaki", "person"),
    ("!17", "If it turns out to be a terrible vaccine", 0, "Iwasaki", "person"),
    ("!17", "Even though we’ll end up picking at most two", 0, "Bill Gates", "person"),
    ("!17", "The manufacturing task is insurmountable", 0, SAMANT, "person"),
    ("!17", "I get sleepless nights", 0, SAMANT, "person"),
    # !18: Mann's tweet after "tweeted this:"; Jung's quotation and its resumption (no first name in the excerpt).
    ("!18", "Every knife sold in the UK", 0, "Scott Mann", "person"),
    ("!18", "Minorities that have a consistent behaviour", 0, JUNG, "person"),
    ("!18", "When you think about Tibetan monks", 0, JUNG, "person"),
    # !19: the transcript's “You all remember what the Obama years were like, …” (the speaker's rendering of Biden's
    # campaign message) and the question's “I want to return to normal” (the same message as a slogan) are
    # paraphrased voices, not quotations of what Biden said: no entries.
    # !20: Trump's five parts (said; said, resumed; said, resumed); "witch hunt" a label. Only "Trump" / "President
    # Trump" is written.
    ("!20", "I have my own experience", 0, "Trump", "person"),
    ("!20", "You see what’s going on with the witch hunt", 0, "Trump", "person"),
    ("!20", "No crimes. It’s an investigation", 0, "Trump", "person"),
    ("!20", "In America, you’re innocent until proven guilty", 0, "Trump", "person"),
    ("!20", "Justice, fairness and due process", 0, "Trump", "person"),
    # !21: Sergeev's one quotation; Fortov's ("he said", the paragraph before names him).
    ("!21", "He was 64 years old", 0, SERGEEV, "person"),
    ("!21", "This is a huge loss", 0, FORTOV, "person"),
    # !22: the section's words ("SEC. 191205 seeks … with a review of "…" to free those who are "…"", "The section
    # also demands … "broad and flexible access"") → "SEC. 191205" (document, as dev53/'s "SEC. 191203"); the bill's
    # "vulnerable and low-risk individuals" ("The Dem bill seeks to free") and its definition "does not pose a risk
    # …" (the answer to "how do Pelosi and her ilk define") → "HEROES Act" (document, the bill's name in the
    # excerpt). "vulnerable" and "low-risk" (twice) one word.
    ("!22", "the immigration files of all individuals", 0, SECTION, "document"),
    ("!22", "not subject to mandatory detention laws", 0, SECTION, "document"),
    ("!22", "broad and flexible access", 0, SECTION, "document"),
    ("!22", "vulnerable and low-risk individuals", 0, HEROES, "document"),
    ("!22", "does not pose a risk of serious, imminent injury", 0, HEROES, "document"),
    ("!23", "This will help doctors diagnose", 0, "Hogan", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
