"""The fifty-fourth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev54/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). Article prefixes are the file names' first 3
characters ("100" to "123": this set's file prefix is "1").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

BIRTH_CONTROL = "Trump administration birth control coverage rules"
SCOTUS = "Supreme Court vacancies by presidency"
RUSSIA_GDP = "Russia's GDP in the coronavirus crisis"
MODERNA = "Moderna COVID-19 vaccine"
TEXAS = "COVID-19 in Texas"
SIEGES = "Soviet losses in World War II"
WORLD = "COVID-19 worldwide"
JILIN = "COVID-19 in Jilin and Heilongjiang, China"
TRADEMARKS = "Trump's trademarks in China"
REMDESIVIR = "US purchase of Gilead's remdesivir"
ABC = "ABC News"
HHS = "HHS"
DRUGMAKER = "the drugmaker"
TIMES = "Times"  # 108: "the Times says"
TRUMP = "Trump"  # 109, 111, 117: the excerpts name him "Trump", "Mr. Trump", "President" only
MILLER = "Stephen Miller"
SHOUPE = "Shoupe"  # 112: the only name the excerpt gives him
BUSH = "George W. Bush"
BUTTERFIELD = "Stuart Butterfield"
AZAR = "Azar"
HALEY = "Nikki Haley"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 100 (Detroit Free Press, Slotkin's op-ed): "two articles of impeachment" (the writer's own figure: none);
    # "The first", "The second article" ordinals; "the 2020 election" a year; "both" no numeral; the book title
    # “House Practice,” no claim.
    ("100", "two articles of impeachment", 0, "articles_of_impeachment", "articles of impeachment", 2, 2, "exact",
     "impeachment of President Trump", None, "none", False, False),
    # 101 (RollingStone.com): the headline's "37 States" and the body's "37 states" each a claim; "13 other states"
    # a claim; "tens of millions of women" vague 20,000,000/null → "advocates like Planned Parenthood" (call:
    # organization, a named body given as the example; another annotator might write vague, "advocates");
    # "Update 5 p.m. ET" a time; "As of Monday" a date.
    ("101", "37 States", 0, "states_without_mandate", "states", 37, 37, "exact", BIRTH_CONTROL, None, "none",
     False, False),
    ("101", "37 states", 0, "states_without_mandate", "states", 37, 37, "exact", BIRTH_CONTROL, None, "none",
     False, False),
    ("101", "13 other states", 0, "states_blocked", "states", 13, 13, "exact", BIRTH_CONTROL, None, "none", False,
     False),
    ("101", "tens of millions of women", 0, "women_losing_coverage", "women", 20_000_000, None, "vague",
     BIRTH_CONTROL, "advocates like Planned Parenthood", "organization", False, False),
    # 102 (TechCrunch): "about 90 percent yes" (the running share of Musk's Twitter poll, approx, none); the pasted
    # tweets' "May 23, 2018" dates; "a decade and more", "for years and years" durations; "Nate Silver, for one"
    # an idiom.
    ("102", "about 90 percent", 0, "poll_yes_share", "votes", 90, 90, "approx",
     "Musk's Twitter poll on a media credibility site", None, "none", False, False),
    # 103 (AlterNet): no numeric claim ("December 6, 2019" the pasted tweet's date, "on Friday").
    # 104 (Ezra Klein, Vox): the seats each president filled: "filled two", "named two justices", "given two
    # vacancies" (claims, none); "a 5-4 liberal majority" a vote split (not a claim, as dev8/'s "3-3 votes");
    # "40 years of decisions", "served four years" (twice), "served eight years", "two years into his presidency"
    # durations; "at one time", "no one knows" pronouns; "saw no open seats" no numeral.
    ("104", "filled two", 0, "supreme_court_seats_filled", "seats", 2, 2, "exact", SCOTUS, None, "none", False,
     False),
    ("104", "named two justices", 0, "supreme_court_justices_named", "justices", 2, 2, "exact", SCOTUS, None,
     "none", False, False),
    ("104", "given two vacancies", 0, "supreme_court_vacancies", "vacancies", 2, 2, "exact", SCOTUS, None, "none",
     False, False),
    # 105 (Pravda Report): GDP forecasts, all hedged (projections): the headline's "GDP decline of 6%" → "Experts"
    # (vague, "Experts predict"); "decline by 7-10%" (range, the BCG scenario; sentence-local: none, the experts
    # are named in the paragraph before); "compared to 5%, which the Central Bank and Finance Minister Anton
    # Siluanov predicted" → organization (call: a named body and a minister together; another annotator might
    # write person). "before 2021", "early 1990s", "end of 2021", "late 2020" dates.
    ("105", "GDP decline of 6%", 0, "gdp_decline_forecast", "percent", 6, 6, "exact", RUSSIA_GDP, "Experts",
     "vague", True, False),
    ("105", "decline by 7-10%", 0, "gdp_decline_forecast", "percent", 7, 10, "range", RUSSIA_GDP, None, "none",
     True, False),
    ("105", "5%", 0, "gdp_decline_forecast", "percent", 5, 5, "exact", RUSSIA_GDP,
     "the Central Bank and Finance Minister Anton Siluanov", "organization", True, False),
    # 106 (Heartland Institute): no numeral.
    # 107 (Health Impact News): the headline's "20% "Serious" Injury Rate" (a rate, none) and "BILLIONS More" (vague
    # 2,000,000,000/null, dollars implied); "hitting $29 billion" and "sells zero products" ("zero" a numeral) sit
    # in the pasted STAT paragraph without marks and without a cue of their own (sentence-local: none; another
    # annotator might credit Stat News); "May 18, 2020", "May 19, 2020", "Monday", "Tuesday" dates; "the first
    # phase", "Phase 1" an ordinal and an identifier; "Several vaccine experts" no numeral.
    ("107", "20% \"Serious\" Injury Rate", 0, "serious_injury_rate", "trial subjects", 20, 20, "exact", MODERNA,
     None, "none", False, False),
    ("107", "BILLIONS", 0, "vaccine_investment", "dollars", 2_000_000_000, None, "vague",
     "U.S. investment in experimental COVID vaccines", None, "none", False, False),
    ("107", "hitting $29 billion", 0, "stock_valuation", "dollars", 29_000_000_000, 29_000_000_000, "exact",
     "Moderna", None, "none", False, False),
    ("107", "zero products", 0, "products_sold", "products", 0, 0, "exact", "Moderna", None, "none", False, False),
    # 108 (Reason): "in at least 14 states" inside the Times's quotation → "the Times" (organization, lower_bound);
    # the writer's Texas figures (none): daily new confirmed cases 1,083 and 4,246 and their seven-day rolling
    # averages 928 and 2,386 (`cases`, core: a daily count and a daily average of the tally, as dev12/, dev15/),
    # daily hospitalizations 1,534 and 2,518 (`hospitalized`, core); the factors "a fourfold increase" (exact 4)
    # and "more than doubled" (lower_bound 2/null, as dev10/'s p10), "a 64 percent increase" and "just 29 percent"
    # (changes, not core). "Seven-day [case] averages", "The seven-day rolling average" windows (dev14/); "May
    # 31", "May 26" (twice), "June 16", "June 15", "late May", "the end of March" dates; "several states" no numeral.
    ("108", "at least 14 states", 0, "states_cases_outstripping_tests", "states", 14, None, "lower_bound",
     "COVID-19 in the United States", "the Times", "organization", False, False),
    ("108", "1,083", 0, "cases", "new confirmed cases", 1083, 1083, "exact", TEXAS, None, "none", False, True),
    ("108", "4,246", 0, "cases", "new confirmed cases", 4246, 4246, "exact", TEXAS, None, "none", False, True),
    ("108", "a fourfold increase", 0, "cases_change_factor", "new confirmed cases", 4, 4, "exact", TEXAS, None,
     "none", False, False),
    ("108", "more than doubled", 0, "cases_average_change_factor", "new cases", 2, None, "lower_bound", TEXAS, None,
     "none", False, False),
    ("108", "928", 0, "cases", "new cases", 928, 928, "exact", TEXAS, None, "none", False, True),
    ("108", "2,386", 0, "cases", "new cases", 2386, 2386, "exact", TEXAS, None, "none", False, True),
    ("108", "1,534", 0, "hospitalized", "hospitalizations", 1534, 1534, "exact", TEXAS, None, "none", False, True),
    ("108", "2,518", 0, "hospitalized", "hospitalizations", 2518, 2518, "exact", TEXAS, None, "none", False, True),
    ("108", "a 64 percent increase", 0, "hospitalizations_change", "percent", 64, 64, "exact", TEXAS, None, "none",
     False, False),
    ("108", "just 29 percent", 0, "tests_change", "percent", 29, 29, "exact", TEXAS, None, "none", False, False),
    # 109 (Washington Times): "Mr. Cuomo said 10 people died from COVID-19" (`killed`, core, person); the headline's
    # 'second wave' an ordinal; "on Saturday", "Monday" dates.
    ("109", "10 people died", 0, "killed", "people", 10, 10, "exact", "COVID-19 in New York", "Mr. Cuomo",
     "person", False, True),
    # 110 (National Review, Victor Davis Hanson): World War II tolls (historical tolls, core, as dev29/'s B11):
    # "lost a million civilians at the siege of Leningrad" (`killed`, exact 1,000,000); "may well have inflicted
    # 100,000 Russian Crimean casualties" (`casualties`, hedged "may well"); "(700,000 Russians killed, captured, or
    # missing)" (`casualties`, losses of all kinds; not hedged: the sentence's "may have been" doubts the
    # "largest encirclement", not the parenthesis's count). All none. "Army Group North", "Eleventh Army" names;
    # "September 1941" a date.
    ("110", "a million civilians", 0, "killed", "civilians", 1_000_000, 1_000_000, "exact",
     "siege of Leningrad", None, "none", False, True),
    ("110", "100,000 Russian Crimean casualties", 0, "casualties", "casualties", 100_000, 100_000, "exact",
     "siege of Sevastopol", None, "none", True, True),
    ("110", "700,000 Russians killed, captured, or missing", 0, "casualties", "Russians", 700_000, 700_000,
     "exact", "Kiev Pocket, September 1941", None, "none", False, True),
    # 111 (CBN): "the seven countries on Trump's list" (the travel ban's countries, a count new to the excerpt) →
    # "The White House" (organization; not hedged: "would likely" is about the new order's scope, not the list;
    # another annotator might hedge it); "100 percent" inside Trump's quotation → "Trump" (`support_degree`, as
    # dev13/'s "He did 100 percent." and dev18/'s "100%" certain).
    ("111", "seven countries", 0, "travel_ban_countries", "countries", 7, 7, "exact", "Trump travel ban",
     "The White House", "organization", False, False),
    ("111", "100 percent", 0, "support_degree", "percent", 100, 100, "exact", "U.S. support for Japan", "Trump",
     "person", False, False),
    # 112 (The Guardian): no numeric claim ("At 22" an age, "a year", "after 12 years", "several years" durations,
    # "September 2005" a date, "2020" in the headline a year).
    # 113 (Activist Post): as dev19/'s y06 (the same text): "Over 100 different types of coronavirus" and "over 100
    # different PCR-based and antibody-testing methods" (lower_bound, none); "COVID-19", "SARS-CoV-2", "RT-PCR"
    # names.
    ("113", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", "coronaviruses", None, "none", False, False),
    ("113", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods", "testing methods",
     100, None, "lower_bound", "COVID-19 testing", None, "none", False, False),
    # 114 (The Atlantic): no numeral ("the first known coronavirus case" an ordinal, "One key initiative" a
    # determiner, "many", "multiple" no numerals).
    # 115 (Natural News): "over five million confirmed cases" and "333,212 deaths" (world tallies, core, none: "As of
    # press time" no source); "over 46 new cases have been reported" (core, none: passive, no source named); the
    # headline's "second wave", "the first phase" ordinals; "these past few months", "the past two weeks" durations.
    ("115", "over five million confirmed cases", 0, "cases", "confirmed cases", 5_000_000, None, "lower_bound",
     WORLD, None, "none", False, True),
    ("115", "333,212 deaths", 0, "killed", "deaths", 333212, 333212, "exact", WORLD, None, "none", False, True),
    ("115", "over 46 new cases", 0, "cases", "new cases", 46, None, "lower_bound", JILIN, None, "none", False,
     True),
    # 116 (Bipartisan Report): the two trademark counts inside ABC News's quotation → "ABC News" (organization);
    # "Article I, Section 9, Clause 8" an identifier; "the first foreign trademark" an ordinal.
    ("116", "49 pending trademark applications", 0, "pending_trademark_applications", "trademark applications", 49,
     49, "exact", TRADEMARKS, ABC, "organization", False, False),
    ("116", "77 marks already registered", 0, "registered_trademarks", "marks", 77, 77, "exact", TRADEMARKS, ABC,
     "organization", False, False),
    # 117 (Michael Brendan Dougherty): no numeric claim ("He's only half right" an idiom, "Trump's first speech" an
    # ordinal).
    # 118 (Medium): no numeric claim ("one engineer at a startup" inside Butterfield's hypothetical, "one good
    # enough" a pronoun).
    # 119 (Deseret News): no numeral ("one of the lowest rates" "one of").
    # 120 (New York Post): HHS's figures: "more than 500,000 treatment courses" ("HHS said") and the five inside its
    # quotation ("it said") → "HHS" (organization); the prices → "the drugmaker" (organization, Gilead, "the
    # drugmaker said"); not hedged ("projected production" is Gilead's plan the purchase takes whole; "will cost"
    # a set price). The headline's "nearly all global stock" has no numeral; "July", "August", "September",
    # "Monday" dates.
    ("120", "more than 500,000 treatment courses", 0, "treatment_courses_secured", "treatment courses", 500_000,
     None, "lower_bound", REMDESIVIR, HHS, "organization", False, False),
    ("120", "100 percent of Gilead’s projected production", 0, "production_share_secured", "production", 100, 100,
     "exact", REMDESIVIR, "it", "organization", False, False),
    ("120", "94,200 treatment courses", 0, "treatment_courses_secured", "treatment courses", 94_200, 94_200,
     "exact", REMDESIVIR, "it", "organization", False, False),
    ("120", "90 percent of production", 0, "production_share_secured", "production", 90, 90, "exact", REMDESIVIR,
     "it", "organization", False, False),
    ("120", "174,900 treatment courses", 0, "treatment_courses_secured", "treatment courses", 174_900, 174_900,
     "exact", REMDESIVIR, "it", "organization", False, False),
    ("120", "90 percent of production", 1, "production_share_secured", "production", 90, 90, "exact", REMDESIVIR,
     "it", "organization", False, False),
    ("120", "232,800 treatment courses", 0, "treatment_courses_secured", "treatment courses", 232_800, 232_800,
     "exact", REMDESIVIR, "it", "organization", False, False),
    ("120", "$3,120 for the typical patient", 0, "treatment_price", "dollars", 3120, 3120, "exact",
     "remdesivir price", DRUGMAKER, "organization", False, False),
    ("120", "about $520 per dose", 0, "dose_price", "dollars", 520, 520, "approx", "remdesivir price", DRUGMAKER,
     "organization", False, False),
    # 121 (Humans Are Free): "reduce the world population by 10% to 15%" inside Gates's quotation (range, hedged:
    # "If we are doing a real good job …, we can"; → "He", person, Bill Gates); "the first 6’45”" (a running time)
    # and "( 6 min)" durations.
    ("121", "by 10% to 15%", 0, "population_reduction", "percent", 10, 15, "range",
     "world population and vaccination", "He", "person", True, False),
    # 122 (The Mercury News): no numeric claim ("One of my patients" "one of", "since 2012" a year, "March 18" a
    # date, "COVID-19" a name).
    # 123 (The Duran): no numeric claim: the title “Six big lies you have been told about Russiagate” (titles with
    # numerals are not claims); "the 2016 US presidential election", "June 2016" dates.
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 100: “House Practice,” a title.
    # 101: Oakley's statement ("HHS spokeswoman Caitlin Oakley said the rules “affirm …”") → "Caitlin Oakley"; "The
    # government has said the new rules “protect …”" → "government" (organization, the cue's noun).
    ("101", "affirm the Trump Administration’s commitment", 0, "Caitlin Oakley", "person"),
    ("101", "protect a narrow class of sincere religious", 0, "government", "organization"),
    # 102: “faith in the people,” a label of Musk's (no verb of saying); the pasted tweets have no marks.
    # 103: Haley's “service, and sacrifice, and heritage” (after "making the bizarre claim that") and her quotation
    # (opened with a doubled mark "““"); the same words inside the pasted tweet ("Nikki Haley says … “service, …”"):
    # a quotation with marks inside a pasted tweet is a quote (dev12/) → a second entry; “hijacked” (twice) one word.
    ("103", "service, and sacrifice, and heritage", 0, HALEY, "person"),
    ("103", "Here is this guy who comes out with this manifesto", 0, HALEY, "person"),
    ("103", "service, and sacrifice, and heritage", 1, HALEY, "person"),
    # 104-105: no quotation marks.
    # 106: three paragraphs each opening a quotation never closed, without a cue or a speaker named in the excerpt →
    # three entries, speaker null (unknown), as dev29/'s B16 and dev38/'s K22.
    ("106", "These men are apparently the puppet masters", 0, None, "unknown"),
    ("106", "Trump refuses to play nice", 0, None, "unknown"),
    ("106", "Those who hold Schumer and Pelosi responsible", 0, None, "unknown"),
    # 107: the headline's "Serious" one word; the STAT paragraph has no marks.
    # 108: the Times's quotation and its resumption after "the Times says" → two entries, "Times".
    ("108", "Seven-day [case] averages in several states", 0, TIMES, "organization"),
    ("108", "and in at least 14 states, positive cases", 0, TIMES, "organization"),
    # 109: the headline's 'Trending in the right direction' before "White House says" → "White House"
    # (organization); 'second wave' a two-word label; Trump's “testing is a double-edged sword” (after "telling a
    # Tulsa rally crowd … that"), “So I said to my people, …” (the nested ‘Slow the testing down, please,’ is his own
    # words: one entry, dev8/'s n04) and “If it did slow down, …” → "Trump".
    ("109", "Trending in the right direction", 0, "White House", "organization"),
    ("109", "testing is a double-edged sword", 0, TRUMP, "person"),
    ("109", "So I said to my people", 0, TRUMP, "person"),
    ("109", "If it did slow down, frankly", 0, TRUMP, "person"),
    # 110: no quotation marks.
    # 111: the headline's 'We'll Win That Battle' after "Trump Fights Back, Preps for New Travel Ban:" → "Trump" (a
    # headline quotation whose colon attributes it, dev11/'s q20); Miller's quotation, its continuation after "he
    # insisted" and the resumption → three entries, "Stephen Miller"; "intolerable" one word; ABC's "This Week." a
    # title; "saying the U.S. has Japan's back "100 percent."" → "Trump" (two words after a verb of saying, as
    # dev29/'s "set up."; another annotator might call it a label).
    ("111", "We'll Win That Battle", 0, TRUMP, "person"),
    ("111", "There is no constitutional right for a citizen", 0, MILLER, "person"),
    ("111", "Such a right cannot exist", 0, MILLER, "person"),
    ("111", "This is an ideological disagreement", 0, MILLER, "person"),
    ("111", "100 percent.", 0, TRUMP, "person"),
    # 112: “I was a wasted man …,” he recalled and “I seen all this destruction …” (after “Man,” he said, the one-word
    # opening not an entry) → "Shoupe" (the pronoun's referent, named in the last paragraph).
    ("112", "I was a wasted man for several years", 0, SHOUPE, "person"),
    ("112", "I seen all this destruction", 0, SHOUPE, "person"),
    # 113: “positive cases”, “confirmed case fatality rates for COVID-19”, “suspicion of infection.” terms (as
    # dev19/'s y06).
    # 114, 115: no quotation marks (115's mojibake "theyâve" holds none).
    # 116: "As ABC News notes: “…”" → "ABC News"; "Article I, Section 9, Clause 8 of the Constitution states: ‘No
    # Title of Nobility …’" → the clause as written (document, the subject of "states", as dev53/'s "SEC. 191203";
    # another annotator might write "Constitution").
    ("116", "This may well be the first foreign trademark", 0, ABC, "organization"),
    ("116", "No Title of Nobility shall be granted", 0, "Article I, Section 9, Clause 8 of the Constitution",
     "document"),
    # 117: “the West” a term; Trump's "“Whether we are black …,” he said" → "Trump"; "same blood." a two-word echo
    # without a verb (label); “Western.” one word; Bush's "who merely said that America and Poland “share a
    # civilization”", "venerated membership in “our transatlantic community.”" (call: his words under the same
    # subject; another annotator might call it a label) and "as Bush said, “Its values are universal.”" → "George
    # W. Bush".
    ("117", "Whether we are black or brown or white", 0, TRUMP, "person"),
    ("117", "share a civilization", 0, BUSH, "person"),
    ("117", "our transatlantic community", 0, BUSH, "person"),
    ("117", "Its values are universal.", 0, BUSH, "person"),
    # 118: Butterfield's quotation and its resumption after "he said," → two entries, "Stuart Butterfield" (the nested
    # ‘I hate it. …’ is a hypothetical engineer's line inside it: no entry); “actually, I don’t want to use Zoom …”
    # (what one might say) and “shall we just use Zoom …?” (what "someone says", generic) are hypothetical
    # quotations (dev3/'s f07): not quotes.
    ("118", "Every member has a veto", 0, BUTTERFIELD, "person"),
    ("118", "If one engineer at a startup tries Slack", 0, BUTTERFIELD, "person"),
    # 119: "the church as an institution “has not favored or opposed …”" → "church" (organization: a clause presented
    # as the church's, the institution unnamed in the excerpt).
    ("119", "has not favored or opposed specific legislative proposals", 0, "church", "organization"),
    # 120: Azar's statement ("Azar said in a statement") and its next paragraph without a new cue → "Azar" (the only
    # name the excerpt gives); "“This represents …,” it said" → "HHS" (organization).
    ("120", "President Trump has struck an amazing deal", 0, AZAR, "person"),
    ("120", "To the extent possible, we want to ensure", 0, AZAR, "person"),
    ("120", "This represents 100 percent of Gilead’s", 0, HHS, "organization"),
    # 121: Gates's "literally saying, “If we are doing …”" → "Bill Gates" ("He", named in the headline and the
    # video title); the video title “The Truth about Bill Gates …” and the petition's title “Investigations into
    # the ‘Bill and Melinda Gates Foundation’ …” (title case, after "calling for"; another annotator might give it
    # to Robert F. Kennedy Jr.) are titles; "Robert F. Kennedy Junior: “The CDC is Actually a Vaccine Company.”" → a
    # quotation attributed by its colon, "Robert F. Kennedy Jr." (the headline's form).
    ("121", "If we are doing a real good job vaccinating", 0, "Bill Gates", "person"),
    ("121", "The CDC is Actually a Vaccine Company.", 0, "Robert F. Kennedy Jr.", "person"),
    # 122: "One of my patients recently commented: “…”" → "patient" (unnamed, as dev29/'s "one man said" → "man";
    # another annotator might write "one of my patients"); the directive's words ("the California Department of
    # Managed Care issued an unprecedented directive … to “reimburse …”") → the department (organization; another
    # annotator might write "directive", document).
    ("122", "Thank you for calling, doctor.", 0, "patient", "person"),
    ("122", "reimburse providers at the same rate", 0, "California Department of Managed Care", "organization"),
    # 123: the title “Six big lies …” ("authored by Nebojsa Malic"); ‘Russian meddling’ and “hacking our democracy,” labels
    # (no verb of saying); “colluding”, ‘Russiagate’ one word: no quotes.
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
