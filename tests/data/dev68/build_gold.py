"""The sixty-eighth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev68/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The article key is the file name's first
three characters ("^00" … "^23": every letter and digit was taken by earlier sets).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

INAUGURATION = "crowd at Trump's 2017 inauguration"
ESTIMATES = "estimates, backed up by aerial photographs"
VIETNAM = "Vietnam"
MASK_POLL = (
    "a recent poll conducted by political scientists at Syracuse University and the University of "
    "California–Irvine"
)
MASKS = "mask wearing in public in the U.S."
IRAQ_TROOPS = "foreign troops in Iraq"
COMEY_LIE = 'Comey\'s testimony: the word "lie"'
HONG_KONG = "Hong Kong protest against the national security law"
HK_POLICE = "Hong Kong police"
CHICAGO_MASKS = "Chinese Americans' mask donation to Chicago"
CHICAGO_POLICE = "COVID-19 among Chicago police officers"
GRIFFIN = "Ken Griffin's donations"
NETANYAHU = "Benjamin Netanyahu trial"
GROWTH = "employment growth in U.S. counties"
MURO_WHITON = (
    "Mark Muro and Jacob Whiton"  # ^16: "Mark Muro and Jacob Whiton wrote", then "Muro and Whiton note"
)
DOCTOR = "an unnamed doctor near Westchester, N.Y."  # ^23: "He just said" — the pronoun's referent
HCQ = "the doctor's hydroxychloroquine patients (as Trump quoted the letter)"

SPICER = "Spicer"  # ^00: the excerpt never gives his first name
RYAN = "Ryan"  # ^03: only "Ryan"
PAXTON = "Ken Paxton"  # ^04: "Texas Attorney General Ken Paxton", then "Paxton"
TRUMP = "Trump"  # ^09, ^23: "President Trump", "Mr. Trump", "Trump"; no first name
PESKOV = "Dmitri S. Peskov"  # ^09: "the spokesman, Dmitri S. Peskov, said"
COMEY = "James Comey"
AOC = "Alexandria Ocasio-Cortez"
ROUHANI = "Rouhani"  # ^22: "President Rouhani", "Rouhani"; no first name

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # ^00 (Daily Beast): the inauguration crowd figures → the estimates "backed up by aerial photographs" (cited
    # estimates a document, as dev25/'s "New estimates"); the parenthesis "(compared to nearly two million who
    # showed up for Obama's in 2009)" stands inside the same clause. Attendance, not core. "Yesterday", "2009"
    # dates; "the largest audience" no numeral.
    ("^00", "around 250,000 people", 0, "attendance", "people", 250000, 250000, "approx", INAUGURATION, ESTIMATES,
     "document", False, False),
    ("^00", "nearly two million who showed up", 0, "attendance", "people", None, 2_000_000, "upper_bound",
     "crowd at Obama's 2009 inauguration", ESTIMATES, "document", False, False),
    # ^01 (Victor Hanson): no numeric claim ("six-party talks" a name in marks, as the other labels).
    # ^02 (Daily Kos): "all 50 secretaries of state" (a count, exact 50; none: "The Huffington Post asked" names
    # the actor, not a source of the figure). "Not a single secretary" no numeral; "a kabillion" a joke word,
    # not a numeral.
    ("^02", "all 50 secretaries of state", 0, "officials_asked", "secretaries of state", 50, 50, "exact",
     "Huffington Post inquiry about a voter-fraud investigation", None, "none", False, False),
    # ^03 (TheBlaze.com): no numeric claim ("up to the age of 16" an age).
    # ^04 (New York Post): no numeral ("on Monday" a date).
    # ^05 (Reuters): the deal's "99% of goods" (the deal's terms: not hedged by "is expected to", which bears on
    # the approval); the first quarter's growth "3.8%" (a rate); "just 324 cases" (`cases`, core; "just" an
    # emphasis). "no deaths" has no numeral; "June 30, 2019", "July" dates; "second-largest", "first quarter"
    # ordinals. The World Bank's sentence holds no figure: all none.
    ("^05", "99% of goods", 0, "tariff_cut_share", "goods", 99, 99, "exact", "EU-Vietnam Free Trade Agreement",
     None, "none", False, False),
    ("^05", "3.8%", 0, "gdp_growth_rate", "economic growth", 3.8, 3.8, "exact", VIETNAM, None, "none", False,
     False),
    ("^05", "just 324 cases", 0, "cases", "cases", 324, 324, "exact", "COVID-19 in Vietnam", None, "none", False,
     True),
    # ^06 (Slate): the three poll shares → the poll (document). "a thing or two" an idiom; "one among a range" a
    # determiner; "mid-April" a date.
    ("^06", "only 53 percent of Republicans", 0, "mask_wearing_share", "Republicans", 53, 53, "exact", MASKS,
     MASK_POLL, "document", False, False),
    ("^06", "75 percent of Democrats", 0, "mask_wearing_share", "Democrats", 75, 75, "exact", MASKS, MASK_POLL,
     "document", False, False),
    ("^06", "63 percent of others", 0, "mask_wearing_share", "others", 63, 63, "exact", MASKS, MASK_POLL,
     "document", False, False),
    # ^07 (WorldHealth.Net): no numeric claim ("within the last three years" a span of time, "Part B" a name,
    # "a one-pager" a kind of document, not a count).
    # ^08 (Newsmax): the two deployments (`deployed`, core, none: the British commander doubts the concerns, not
    # the figure). "how many personnel" no numeral; "Wednesday" a date.
    ("^08", "roughly 5,000 soldiers", 0, "deployed", "soldiers", 5000, 5000, "approx", "United States", None,
     "none", False, True),
    ("^08", "160 soldiers", 0, "deployed", "soldiers", 160, 160, "exact", "Germany", None, "none", False, True),
    # ^09 (New York Times - News): the Douma attack's toll, as dev60/'s 709 ("killed dozens of people", vague
    # 24/null, `killed`, core, none), hedged here by "the alleged chemical attack" (the toll is part of the alleged
    # event, as dev20/'s "the alleged receipt … of the sum of $10 million"). "one day after" a span of time;
    # "Monday", "Saturday" dates; "the first to contend" an ordinal.
    ("^09", "killed dozens of people", 0, "killed", "people", 24, None, "vague", "Douma chemical attack", None,
     "none", True, True),
    # ^10 (Breitbart News): "two separate things" (the writer's own count); "twice" a count (dev/, dev14/): the
    # body's "use of the word “lie” twice" (none) and the pasted tweet's "used "lie" twice" (the tweet, signed
    # "— Katy Tur (@KatyTurNBC)", runs from "Comey has now used" to its signature: its figure to its author).
    # "10:53 A.M.", "10:51 A.M." times, "1." / "2." list numbers, "June 8, 2017" dates.
    ("^10", "two separate things", 0, "things_highlighted", "things", 2, 2, "exact", "media coverage of Comey's "
     "testimony", None, "none", False, False),
    ("^10", "the word “lie” twice", 0, "word_uses", "uses of the word “lie”", 2, 2, "exact", COMEY_LIE, None,
     "none", False, False),
    ("^10", "used \"lie\" twice", 0, "word_uses", "uses of the word \"lie\"", 2, 2, "exact", COMEY_LIE, "Katy Tur",
     "person", False, False),
    # ^11 (Vice): arrests (`arrested`) and people admitted to hospital (`hospitalized`), both core; the police's
    # cue stands between the two clauses of one sentence of reported figures ("…, Hong Kong police said, …, while
    # 10 people were admitted to hospital"): both to the police. "a 41-year-old" an age; "one country, two
    # systems" a name; "last week", "Monday", "Sunday" dates.
    ("^11", "At least 180 people were arrested", 0, "arrested", "people", 180, None, "lower_bound", HONG_KONG,
     HK_POLICE, "organization", False, True),
    ("^11", "10 people were admitted to hospital", 0, "hospitalized", "people", 10, 10, "exact", HONG_KONG,
     HK_POLICE, "organization", False, True),
    # ^12 (MarketWatch): the U.S. COVID-19 toll (`killed`, core, none); "only three governments" (the writer's
    # count; "only" an emphasis). "nine-year launch drought" a span of time; "2011" a year; "the first private
    # company" an ordinal.
    ("^12", "killed over 100,000 Americans", 0, "killed", "Americans", 100000, None, "lower_bound",
     "COVID-19 in the United States", None, "none", False, True),
    ("^12", "only three governments", 0, "governments_launching_people_into_orbit", "governments", 3, 3, "exact",
     "crewed orbital launches", None, "none", False, False),
    # ^13 (Business Insider): no numeric claim ("one of the lowest death rates" "one of"; "was 46", "it was 63"
    # ages; "March 22", "March 27", "June 15", "May 9, 2020" dates; "more than a week" a duration; "the first
    # major league" an ordinal).
    # ^14 (Chicago Sun-Times): the headline's "1 million surgical masks"; "About 750,000 of the masks" → "the
    # crime lab" ("according to the crime lab" closes the sentence); the officers' "tested positive" (`infected`,
    # as dev65/) and "three have died" (`killed`), core, none (sentence-local); the schools' 100,000 masks and
    # Griffin's two donations (money, not core). "May 4", "early February" dates; "Chicago’s richest man" no
    # numeral.
    ("^14", "1 million surgical masks", 0, "donated", "surgical masks", 1_000_000, 1_000_000, "exact",
     CHICAGO_MASKS, None, "none", False, False),
    ("^14", "About 750,000 of the masks", 0, "donated", "masks", 750000, 750000, "approx",
     "masks for the Chicago Department of Public Health", "the crime lab", "organization", False, False),
    ("^14", "More than 500 officers", 0, "infected", "officers", 500, None, "lower_bound", CHICAGO_POLICE, None,
     "none", False, True),
    ("^14", "three have died", 0, "killed", "officers", 3, 3, "exact", CHICAGO_POLICE, None, "none", False, True),
    ("^14", "About 100,000 masks", 0, "donated", "masks", 100000, 100000, "approx",
     "masks for the Chicago Public Schools", None, "none", False, False),
    ("^14", "$2.5 million", 0, "donation", "dollars", 2_500_000, 2_500_000, "exact", GRIFFIN, None, "none", False,
     False),
    ("^14", "$7.5 million", 0, "donation", "dollars", 7_500_000, 7_500_000, "exact", GRIFFIN, None, "none", False,
     False),
    # ^15 (Sputnik News): the headline's "Three Cases" (court cases, not core; "One Prime Minister" a determiner
    # for the one defendant, no count); the poll's two shares → the poll and "the survey" (document); "At least
    # a 1,000 Netanyahu supporters are slated to arrive" (lower_bound; hedged: an expectation, as dev6/'s "is
    # expected to"). "A 2019 poll", "November 2019" dates; "biased" one word.
    ("^15", "Three Cases", 0, "criminal_cases", "cases", 3, 3, "exact", NETANYAHU, None, "none", False, False),
    ("^15", "55 percent of Israelis", 0, "poll_share", "Israelis", 55, 55, "exact",
     "Israelis who consider Netanyahu corrupt",
     "A 2019 poll released after Netanyahu's cases were made public", "document", False, False),
    ("^15", "45 percent of respondents", 0, "poll_share", "respondents", 45, 45, "exact",
     "Israelis' trust in Attorney General Mandelblitt", "the survey", "document", False, False),
    ("^15", "At least a 1,000 Netanyahu supporters", 0, "expected_protesters", "Netanyahu supporters", 1000, None,
     "lower_bound", "rally at Netanyahu's trial", None, "none", True, False),
    # ^16 (The Week - News): the growth rates in Muro and Whiton's quotation and its resumption → the two
    # co-authors as one ("Mark Muro and Jacob Whiton wrote"); the industries' rates after "Muro and Whiton note"
    # → "Muro and Whiton" (person); negatives as negative values; "three of the five industries" a claim of 3
    # and of 5 (new), none. Rates, not core. "2016", "2017", "2018", "a year earlier", "a year before that",
    # "early 2016" dates and spans of time; "the first quarter" ordinals.
    ("^16", "4 percent annualized employment growth", 0, "employment_growth_rate", "employment growth", 4, 4,
     "exact", "counties that voted for Hillary Clinton in 2016", MURO_WHITON, "person", False, False),
    ("^16", "growth of 5.1 percent", 0, "employment_growth_rate", "growth", 5.1, 5.1, "exact",
     "counties that voted for Trump", MURO_WHITON, "person", False, False),
    ("^16", "4.9 percent", 0, "employment_growth_rate", "growth", 4.9, 4.9, "exact",
     "counties that voted for Trump", MURO_WHITON, "person", False, False),
    ("^16", "4.3 percent", 0, "employment_growth_rate", "growth", 4.3, 4.3, "exact",
     "counties that voted for Trump", MURO_WHITON, "person", False, False),
    ("^16", "negative 11 percent job growth", 0, "job_growth_rate", "job growth", -11, -11, "exact",
     "mining and logging", "Muro and Whiton", "person", False, False),
    ("^16", "positive 7.4 percent", 0, "job_growth_rate", "job growth", 7.4, 7.4, "exact", "mining and logging",
     "Muro and Whiton", "person", False, False),
    ("^16", "2.8 percent", 0, "job_growth_rate", "job growth", 2.8, 2.8, "exact", "construction",
     "Muro and Whiton", "person", False, False),
    ("^16", "3.5 percent", 0, "job_growth_rate", "job growth", 3.5, 3.5, "exact", "construction",
     "Muro and Whiton", "person", False, False),
    ("^16", "negative 0.3 percent", 0, "job_growth_rate", "job growth", -0.3, -0.3, "exact", "manufacturing",
     "Muro and Whiton", "person", False, False),
    ("^16", "2.4 percent", 0, "job_growth_rate", "job growth", 2.4, 2.4, "exact", "manufacturing",
     "Muro and Whiton", "person", False, False),
    ("^16", "three of the five industries", 0, "industries", "industries", 3, 3, "exact",
     "industries concentrated in pro-Trump areas", None, "none", False, False),
    ("^16", "five industries", 0, "industries", "industries", 5, 5, "exact",
     "industries concentrated in pro-Trump areas", None, "none", False, False),
    # ^17 (NewsBusters): "billions in cross-border trade" inside Reena Ninan's quotation (vague
    # 2,000,000,000/null, as dev29/'s "billions in damage"; not hedged: "could" bears on the consequences, the
    # trade is there). "more than 10 minutes of its evening newscast" airtime (a duration, dev9/); "Two-Day" a
    # duration; "March 30", "March 26 to March 31" dates.
    ("^17", "billions in cross-border trade", 0, "cross_border_trade", "trade", 2_000_000_000, None, "vague",
     "U.S.-Mexican border", "CBS anchor Reena Ninan", "person", False, False),
    # ^18 (Guest Writer - Right): the population "nearly 330 million people" (upper_bound, none). "net-zero" a
    # term; "in 10 years" a deadline (a span of time); "February", "the Second World War" a date and a name.
    ("^18", "nearly 330 million people", 0, "population", "people", None, 330_000_000, "upper_bound",
     "United States", None, "none", False, False),
    # ^19 (Fox News Opinion): no numeric claim ("Agenda Item 7", "Item 4" identifiers; "2013" a year).
    # ^20 (Democracy Now): "2.3 million people" in the transcript line of ROBERT BULLARD (a transcript line's
    # figure to its speaker). Not core: the people an evacuation would have had to move, not evacuees.
    ("^20", "2.3 million people", 0, "people_to_evacuate", "people", 2_300_000, 2_300_000, "exact",
     "Houston area, Hurricane Harvey", "ROBERT BULLARD", "person", False, False),
    # ^21 (Pravda Report): no numeric claim ("older than 65", "over 65 of age", "67 years old" ages; "March 26 to
    # April 14" dates).
    # ^22 (Press TV): no numeral.
    # ^23 (The Washington Post): the doctor's words as Trump quoted them: "hundreds of patients" (vague 200/null),
    # "many hundreds" (vague) and "over 300 patients" (lower_bound) → the doctor ("He just said": the pronoun's
    # referent, unnamed: anonymous; the figures' origin, not Trump who relays the letter). "the hundreds of
    # patients" refers back (no new claim); "I haven’t lost one" a negation (no claim, as dev58/'s "Not one");
    # "for 40 years" a duration; "a lot of" no numeral. Patients treated, not core.
    ("^23", "hundreds of patients", 0, "patients_treated", "patients", 200, None, "vague", HCQ, DOCTOR,
     "anonymous", False, False),
    ("^23", "many hundreds", 0, "patients_treated", "patients", 200, None, "vague", HCQ, DOCTOR, "anonymous",
     False, False),
    ("^23", "over 300 patients", 0, "patients_treated", "patients", 300, None, "lower_bound", HCQ, DOCTOR,
     "anonymous", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # ^00: Spicer's opener and its resumption around "Spicer began his tirade"; his next quotation ("Spicer
    # claimed"). “misstatements” (CNN) and “lies.” one word.
    ("^00", "Yesterday, at a time when our nation", 0, SPICER, "person"),
    ("^00", "some members of the media were engaged", 0, SPICER, "person"),
    ("^00", "This was the largest audience to ever witness", 0, SPICER, "person"),
    # ^01: “Agreed Framework,” “six-party talks,” “strategic patience” labels: no quotes.
    # ^02: 'investigation', "prove", "report", "evidence" one word: no quotes.
    # ^03: Ryan's quotation and its resumption; "Sweden "put in place …"" after "Ryan explained that"; the next
    # quotation ("he continued") and its uncued resumption. The headline's 'model' one word.
    ("^03", "I think there's a perception out", 0, RYAN, "person"),
    ("^03", "Nothing can be further from the truth.", 0, RYAN, "person"),
    ("^03", "put in place a very strong public policy", 0, RYAN, "person"),
    ("^03", "What it has done differently", 0, RYAN, "person"),
    ("^03", "In that sense, they have implemented", 0, RYAN, "person"),
    # ^04: Paxton's letter ("wrote Paxton") and its resumption; "Paxton noted in the letter that alleged “mental
    # or emotional injury” ought to …" (a short quotation in a clause of saying). “Luna.”, “abuse” one word.
    ("^04", "According to public reports, the mother", 0, PAXTON, "person"),
    ("^04", "[The mom] also reportedly intends", 0, PAXTON, "person"),
    ("^04", "mental or emotional injury", 0, PAXTON, "person"),
    # ^07: "… “allowing hospitals …,” explains a one-pager published by America’s Health Insurance Plans" and the
    # uncued next quotation → "one-pager" (document, the cue's noun).
    ("^07", "allowing hospitals to care for people", 0, "one-pager", "document"),
    ("^07", "Telehealth is especially beneficial", 0, "one-pager", "document"),
    # ^08: "Iran calls that "psychological warfare,"" a two-word label after a naming verb: not a quote.
    ("^08", "Ensuring the safety of U.S. government personnel", 0, "State Department spokesman", "person"),
    # ^09: "warned him … that they would have a “big price to pay”" (a short quotation in a clause of saying) →
    # "Trump"; “animal” one word (a label after "called"); Peskov's quotation and its resumption; Zalzberg's.
    ("^09", "big price to pay", 0, TRUMP, "person"),
    ("^09", "Assad is the legitimate president", 0, PESKOV, "person"),
    ("^09", "It’s hardly acceptable", 0, PESKOV, "person"),
    ("^09", "Moscow decided to be judge and jury", 0, "Zalzberg", "person"),
    # ^10: Comey's "those were lies" in Katy Tur's pasted tweet ("Referring to …:"; a clause of his words) and
    # his quotation in GMA's pasted tweet ("– James Comey on why …"). "obstruction of justice" a term; "lie"
    # one word (three times).
    ("^10", "those were lies", 0, COMEY, "person"),
    ("^10", "I was honestly concerned", 0, COMEY, "person"),
    # ^11: John Lee's "highlighted "the need and urgency …”"; "treason, secession, sedition and subversion" the
    # law's terms (a list of offences); “one country, two systems” a name; ‘Terrorists’ one word.
    ("^11", "the need and urgency of the decision", 0, "John Lee", "person"),
    ("^12", "Maybe there’s an opportunity here", 0, "Jim Bridenstine", "person"),
    ("^14", "We all have a common enemy", 0, "Roseanna Ander", "person"),
    # ^15: "biased" one word: no quotes.
    # ^16: the co-authors' quotation and its resumption → "Mark Muro and Jacob Whiton" (two co-speakers as one,
    # as dev65/'s "Goldenberg and Gainor").
    ("^16", "Counties that voted for Hillary Clinton", 0, MURO_WHITON, "person"),
    ("^16", "Whereas counties that voted for Trump", 0, MURO_WHITON, "person"),
    # ^17: Comey's slam (after "…: ") → "James Comey"; Ninan's ("… Reena Ninan frowned") → "Reena Ninan"; the
    # “no collusion” report a label.
    ("^17", "I don’t think we’ve seen in the history", 0, COMEY, "person"),
    ("^17", "Closing the border could have severe", 0, "Reena Ninan", "person"),
    # ^18: Ocasio-Cortez's quotation ("said"), and her tweet's two quoted parts ("tweeting that people who "…"
    # should "…"").
    ("^18", "Until you do it, I'm the boss", 0, AOC, "person"),
    ("^18", "don't like the #GreenNewDeal", 0, AOC, "person"),
    ("^18", "come up with your own ambitious", 0, AOC, "person"),
    # ^19: “Human rights situation in Palestine …” and “Human rights situations that require …” are the agenda
    # items' titles ("titled"): no quotes.
    # ^20: the interview transcript has no marks; “Well, why is it that the mayor …?” is a hypothetical question
    # ("anything that you can say"): not a quote. The headline's “Unrestrained Capitalism” and “Catastrophe
    # Waiting to Happen” labels without a verb of saying.
    # ^21: Sobyanin's blog ("Sobyanin wrote on his blog").
    ("^21", "The novel coronavirus primarily poses", 0, "Sobyanin", "person"),
    # ^22: Rouhani's six quotations (two short ones in "emphasized that … "unacceptable conditions" but "we will
    # never …""). The headline's colon credit has no marks.
    ("^22", "If our tankers in the Caribbean", 0, ROUHANI, "person"),
    ("^22", "unacceptable conditions", 0, ROUHANI, "person"),
    ("^22", "we will never initiate any tension", 0, ROUHANI, "person"),
    ("^22", "We hope the Americans do not make a mistake", 0, ROUHANI, "person"),
    ("^22", "However, the United States of America continues", 0, ROUHANI, "person"),
    ("^22", "We have always expressed our readiness", 0, ROUHANI, "person"),
    # ^23: the headline's ‘morbidly obese,’ before "says Pelosi" (a headline quotation after a verb of saying,
    # as dev67/'s 'national Security'); "he offered “a lot of good stories”" and "claimed … “a lot of doctors”"
    # (short quotations in a clause of saying) → "Trump"; the uncued quotation after "he offered" → "Trump";
    # "“He just said, ‘…’ ” Trump said" → "Trump", its nested ‘Sir, I have …’ (other people's words with their
    # own verb "He just said") an entry of its own → the doctor (unnamed: the words naming him, "an unnamed
    # doctor near Westchester, N.Y.", without the article; person); the resumed “ ‘And out of …’ ” → "Trump"
    # (the nested continuation has no verb of its own: no second entry).
    ("^23", "morbidly obese", 0, "Pelosi", "person"),
    ("^23", "a lot of good stories", 0, TRUMP, "person"),
    ("^23", "And if it’s not good, I’ll tell you.", 0, TRUMP, "person"),
    ("^23", "a lot of doctors", 0, TRUMP, "person"),
    ("^23", "He just said, ‘Sir, I have hundreds", 0, TRUMP, "person"),
    ("^23", "Sir, I have hundreds of patients", 0, "unnamed doctor near Westchester, N.Y.", "person"),
    ("^23", "And out of the hundreds of patients", 0, TRUMP, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
