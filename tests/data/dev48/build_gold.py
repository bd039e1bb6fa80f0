"""The forty-eighth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev48/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
US_COVID = "COVID-19 in the United States"
BRADY = "Tom Brady"
REOPENING = "US businesses after reopening"
CONTRACTORS = "contractors' lost work"
WHITE_HOUSE = "White House"
POLICY_DOCUMENT = "policy document"
SHIMA = "Mark Shima"
CHIKAONDA = "Chikaonda"
BIDEN = "Biden"
SANDERS = "Bernie Sanders"
MCCLATCHY = "McClatchy"
LANDMAN = "Keren Landman"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # U00 (Esquire): no numeric claim ("about two years ago" a duration, "November 8, 2016" a date, "except,
    # perhaps, one" a pronoun for one point, as dev29/'s "the biggest one").
    # U01 (S.E. Cupp): no numeral ("a single public act" no numeral).
    # U02 (PJ Media): no numeric claim ("less than six months ago" a duration; "Most Americans" no numeral).
    # U03 (Mother Jones): no numeric claim ("one of its lunch distribution sites" "one of", "one visit home" a
    # determiner, "35-year-old" an age, "COVID-19" a name).
    # U04 (Washington Free Beacon): no numeric claim ("76", "49" ages; "in 2012" a year; "sentences of 3 months
    # and one year", "mandatory minimum sentences of five years", "five-year sentences" prison terms, durations
    # (dev8/, dev23/); "9th Circuit" a name; "both men" no numeral).
    # U05 (Sputnik News): no numeric claim ("1945" a year, "a word of Russian" an idiom).
    # U06 (USA Today): the link line's "Twenty NFL rookies" (link-card figures are claims, none, dev15/; "could
    # make waves" softens the waves, not the count); "a six-time Super Bowl champion" (a count of titles, as
    # dev14/'s "four-term congressman"); the contract's "$50 million" ("two-year" a duration); "2020 season" a
    # year, "42" an age, "Tuesday's" a date, "a limited number of personnel" no numeral.
    ("U06", "Twenty NFL rookies", 0, "rookies_listed", "NFL rookies", 20, 20, "exact",
     "NFL rookies who could make waves in 2020", None, "none", False, False),
    ("U06", "six-time Super Bowl champion", 0, "super_bowl_titles", "Super Bowl titles", 6, 6, "exact", BRADY,
     None, "none", False, False),
    ("U06", "$50 million contract", 0, "contract_value", "dollars", 50_000_000, 50_000_000, "exact",
     "Tom Brady's contract with the Buccaneers", None, "none", False, False),
    # U07 (The Verge): no numeric claim ("April 1st", "April 27th", "March 20th", "2016", "February" dates; "a
    # nearly four-year relationship", "one week later" durations; the quoted "couple of things" no numeral).
    # U08 (Newsmax - News): the two mass shootings' tolls (`killed`, core, no cue: none); "In the first", "In
    # the second mass shooting" ordinals; "Saturday", "Wednesday" dates; "he was killed by police" (the gunman,
    # no numeral).
    ("U08", "killed 22 people", 0, "killed", "people", 22, 22, "exact", "El Paso mass shooting", None, "none",
     False, True),
    ("U08", "killed nine people", 0, "killed", "people", 9, 9, "exact", "Dayton mass shooting", None, "none",
     False, True),
    # U09 (Democracy Now): no numeric claim ("those two cases" a reference count back to cases named before the
    # excerpt; "about four years", "four years" durations; "multiple times" no numeral; "one thing", "on the one
    # hand" a pronoun and an idiom).
    # U10 (RealClearPolitics): no numeric claim ("2015", "2020", "September" dates, "46" an age).
    # U11 (ProPublica): no numeric claim ("The man died" no numeral; "One small French study" a determiner, as
    # dev47/'s "One meta-study"; "a handful of cases" no numeral; "COVID-19" a name).
    # U12 (Fox News): the burial site's distance from Houston (distances are claims, dev14/); "age of 92",
    # "3-year-old" ages; "more than 70 years" a duration (a marriage); "1953", "2016", "2011" years.
    ("U12", "about 100 miles", 0, "distance", "miles", 100, 100, "approx",
     "Bush library at Texas A&M University from Houston", None, "none", False, False),
    # U13 (American Thinker): the three "20%" shares of lost business: the first two under "might" (hedged), the
    # third in the clause after "but" without a cue (not hedged; call); "one sixth of a year", "one third of a
    # year" durations (two and four months) inside the spans, not claims of their own; the "or more" after the
    # third goes with the duration, not the 20% (exact; call); "August–October" dates, "the next few months" a
    # duration, "a few homeowners", "a large number" no numeral.
    ("U13", "20% of their business", 0, "business_lost_share", "business", 20, 20, "exact", REOPENING, None,
     "none", True, False),
    ("U13", "20% of one sixth of a year's work", 0, "work_lost_share", "a year's work", 20, 20, "exact",
     CONTRACTORS, None, "none", True, False),
    ("U13", "20% of one third of a year's work", 0, "work_lost_share", "a year's work", 20, 20, "exact",
     CONTRACTORS, None, "none", False, False),
    # U14 (Politico): the same story as dev29/'s B14 and dev24/'s i13, annotated as there: the hypothetical toll
    # ("with some saying that if": vague, hedged, not core) and Graham's benchmark in his pull quote; "1967",
    # "1968" years, "second term" (twice), "second wave" ordinals, "one Republican" a determiner.
    ("U14", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague",
     True, False),
    ("U14", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US,
     "Sen. Lindsey Graham", "person", False, False),
    # U15 (FrontPage Magazine): the pandemic's cases ("sickened millions", vague 2,000,000/null) and US deaths
    # ("an estimated N" approx, not hedged), both core, no cue; "Chapter 83 of title 41" (three times), "section
    # 501", "42 U.S.C. 5191", "section 401" identifiers; "March 13, 2020", "1933", "last year" dates; "One of the
    # most egregious" "one of"; "in this one" a pronoun.
    ("U15", "sickened millions", 0, "cases", "people", 2_000_000, None, "vague", "COVID-19 pandemic", None,
     "none", False, True),
    ("U15", "killed an estimated 80,000 Americans", 0, "killed", "Americans", 80000, 80000, "approx", US_COVID,
     None, "none", False, True),
    # U16 (Newsmax): "a narrow two-seat majority"; "over the last 20 months" (a duration, inside Trump's
    # quotation), "401(k)s" a name, "November" a date, "several closely watched races" no numeral.
    ("U16", "two-seat majority", 0, "senate_majority_seats", "seats", 2, 2, "exact",
     "Republican majority in the Senate", None, "none", False, False),
    # U17 (CBN): the travel order's "seven countries" (hedged: "He's expected to sign", as dev6/'s "is expected
    # to"); "just 30 days into Trump's presidency" a duration.
    ("U17", "seven countries", 0, "countries_in_travel_ban", "countries", 7, 7, "exact",
     "Trump's new executive travel order", None, "none", True, False),
    # U18 (Townhall): no numeral.
    # U19 (Media Matters): no numeric claim ("April 9", "April 13", "2016" dates, "for months" a duration,
    # "several topics", "little to no legal work" no numeral).
    # U20 (TheBlaze.com): no numeric claim ("the second ballot", "a second ballot" ordinals; "the most votes",
    # "more delegates" no numeral).
    # U21 (Health Impact News): no numeric claim ("35 years of experience" a duration; "2016", "Nov. 8" dates;
    # "500- and 1,000-rupee notes" denominations, as dev24/'s "hundred-dollar bills"; "COVID-19" a name).
    # U22 (RT News): "more than a million active cases" in the US (lower_bound, core, no cue); "COLD WAR 2" a
    # name; "2018" a year; "the world's most populous country" no numeral.
    ("U22", "more than a million active cases", 0, "cases", "active cases", 1_000_000, None, "lower_bound",
     US_COVID, None, "none", False, True),
    # U23 (Yahoo! News): "two other states … Florida and Texas" (a count of the states named after it, new
    # information, not a reference back); "26 days have passed", "seven-day average", "for three weeks in a row"
    # durations.
    ("U23", "two other states", 0, "states_ending_lockdowns", "states", 2, 2, "exact",
     "states moving to end lockdowns", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # U02: “vote them out,” a generic slogan of "People" (not a quote, dev31/); “transforming” one word.
    # U03: Chikaonda's quotation after "says", her second after "she says" and its resumption → three entries;
    # “Conspiracy Outbreak,” a class title.
    ("U03", "It honestly made me angry", 0, CHIKAONDA, "person"),
    ("U03", "I wanted to be able to be a part of meaning-making", 0, CHIKAONDA, "person"),
    ("U03", "Being able to influence this small group", 0, CHIKAONDA, "person"),
    # U04: the headline's ‘Overzealous Appeal’ after "Trump Pardons …, Citing" → "Trump" (call: two words after a
    # verb of citing, as dev29/'s B12 "inappropriate use"); the White House statement and its resumption.
    ("U04", "Overzealous Appeal", 0, "Trump", "person"),
    ("U04", "The Hammonds are multi-generation cattle ranchers", 0, WHITE_HOUSE, "organization"),
    ("U04", "The evidence at trial regarding the Hammonds", 0, WHITE_HOUSE, "organization"),
    # U05: the headline quotation 'The Russians Are Coming' (no speaker named: null); the cook's "enjoy your
    # meal"; "sinned" one word; "babushka, babushka…" one word said twice (not a quote).
    ("U05", "The Russians Are Coming", 0, None, "unknown"),
    ("U05", "enjoy your meal", 0, "cook", "person"),
    # U07: Shima's letter: the two short quotations after "told employees that" and the paragraph of the letter
    # after "Shima told employees …" → "Mark Shima"; the stand-alone “Safety First!” line a heading (a slogan,
    # two words, no verb of saying).
    ("U07", "couple of things to do in Japan", 0, SHIMA, "person"),
    ("U07", "next appearance to PSNA will be expected", 0, SHIMA, "person"),
    ("U07", "Please take care of yourself", 0, SHIMA, "person"),
    # U08: the headline's 'Toxic Tongue' a headline label (no verb of saying); "calling Central Americans …
    # "an invasion,"" a label after a naming verb; Biden's quotation ("Biden was due to say") and the uncued
    # paragraph after it → "Biden"; the nested 'is an invasion' ("Trump's saying this") and 'his attack is …'
    # ("the shooter in El Paso declaring"), other people's words with their own verbs → entries of their own.
    ("U08", "How far is it from Trump's saying this", 0, BIDEN, "person"),
    ("U08", "is an invasion", 0, "Trump", "person"),
    ("U08", "his attack is a response to the Hispanic invasion", 0, "shooter in El Paso", "person"),
    ("U08", "In both clear language and in code", 0, BIDEN, "person"),
    # U09: the transcript answer (IAN MILLHISER:) has no marks; "a federal judge said, “Look, …”" → "federal
    # judge".
    ("U09", "Look, you’ve basically already complied", 0, "federal judge", "person"),
    # U10: Biden's five quotations ("remark", "he said", "he continued", the resumed “I came back.”, "Biden
    # continued") → "Biden" (the excerpt's only name for him).
    ("U10", "the pain fades a little bit", 0, BIDEN, "person"),
    ("U10", "You know, Kierkegaard said faith sees best", 0, BIDEN, "person"),
    ("U10", "And I lost my faith for a while", 0, BIDEN, "person"),
    ("U10", "I came back.", 0, BIDEN, "person"),
    ("U10", "was like losing part of my soul", 0, BIDEN, "person"),
    # U11: “anecdotal” one word; Fauci's clause after "told reporters" → "Anthony Fauci".
    ("U11", "was not done in a controlled clinical trial", 0, "Anthony Fauci", "person"),
    # U12: "called herself “everybody’s grandmother,”" a label after a naming verb; the White House's quotation.
    ("U12", "to avoid disruptions due to added security", 0, WHITE_HOUSE, "organization"),
    # U14: as dev29/'s B14.
    ("U14", "Allowing people to get to some semblance of normal", 0, "Republican close to the president",
     "person"),
    ("U14", "The closer you can have it to 120", 0, "Lindsey Graham", "person"),
    # U15: Nancy “Let them eat ice cream” Pelosi a mock epithet (not a quote); the PJ Media block excerpt has no
    # marks.
    # U16: Trump's warning, "your wildest imagination," (three words under "claiming"), "She's all about
    # Tennessee values." and "A vote for Marsha …" → "Trump"; "praised Blackburn as a "true fighter"" a label of
    # two words after a naming verb (call).
    ("U16", "A Democratic takeover of Congress", 0, "Trump", "person"),
    ("U16", "your wildest imagination", 0, "Trump", "person"),
    ("U16", "She's all about Tennessee values.", 0, "Trump", "person"),
    ("U16", "A vote for Marsha is really a vote for me", 0, "Trump", "person"),
    # U17: "he said during a meeting with the president" → "McMaster" (call: the new adviser, "Trump's choice",
    # named only inside McCain's tweet; another annotator might write null); McCain's tweet ("McCain tweeted",
    # quote_contains after the ellipsis) → "John McCain"; Mattis's → "James Mattis".
    ("U17", "What a privilege it is to be able to continue", 0, "McMaster", "person"),
    ("U17", "McMaster is outstanding choice", 0, "John McCain", "person"),
    ("U17", "I assure you we are going to stand by you", 0, "James Mattis", "person"),
    # U18: "Trump called Bergdahl a “dirty rotten traitor”" a three-word label after a naming verb; the clause
    # “no good traitor who should have been executed.” (over the label limit, as dev22/'s b10) → "Trump";
    # “No comment.” the response McCarthy says would be reasonable (a hypothetical quotation: not a quote);
    # “People heard what I said.” ("volunteered to the effect:") → "Trump".
    ("U18", "no good traitor who should have been executed", 0, "Trump", "person"),
    ("U18", "People heard what I said.", 0, "Trump", "person"),
    # U19: “seizing business records, …” (no source named: null); "Prosecutors emphasized that … Cohen “is in
    # fact …”" → "prosecutors" (unnamed officials, person, as dev40/'s M09); McClatchy's two quotations in one
    # sentence ("McClatchy reported that"); the dossier's description “purporting to detail …” in the next
    # sentence without a new cue → "McClatchy" (the last speaker; call: another annotator might write null).
    ("U19", "seizing business records, emails and documents", 0, None, "unknown"),
    ("U19", "is in fact performing little to no legal work", 0, "prosecutors", "person"),
    ("U19", "secretly made a late-summer trip to Prague", 0, MCCLATCHY, "organization"),
    ("U19", "vehemently denied for months", 0, MCCLATCHY, "organization"),
    ("U19", "purporting to detail the Trump campaign", 0, MCCLATCHY, "organization"),
    # U20: Sanders's quotation and its resumption after "Sanders said of a contested convention." → two entries,
    # "Bernie Sanders" (the title's full name); the nested 'the person who won the most votes …' after "People
    # would say" a hypothetical quotation (no entry).
    ("U20", "I think it would be a real, real disaster", 0, SANDERS, "person"),
    ("U20", "People would say", 0, SANDERS, "person"),
    # U21: the checkout sign's notice ("the sign at the checkout said:") → "sign at the checkout" (document, as
    # dev42/'s "handmade sign"); “War on Cash” a term; Rickards's block quotation has no marks; “digital credit”
    # inside it a term.
    ("U21", "Due to the Coronavirus situation we are no longer", 0, "sign at the checkout", "document"),
    # U22: the headline's ‘NO QUESTION’ signed "– Florida senator" (call: two words, an answer, not a label;
    # the excerpt never names him); the White House's "revealed a “fundamental re-evaluation …”" → "White
    # House"; the document's "Accusing China of “predatory economic practices” and “malign behaviors”" and
    # "stated that the US is now engaged in “long-term strategic competition” … its “regional allies and
    # partners”" → four entries, "policy document" (short quotations under its verbs of saying; call: another
    # annotator might call them terms); “painful” one word.
    ("U22", "NO QUESTION", 0, "Florida senator", "person"),
    ("U22", "fundamental re-evaluation of how the United States", 0, WHITE_HOUSE, "organization"),
    ("U22", "predatory economic practices", 0, POLICY_DOCUMENT, "document"),
    ("U22", "malign behaviors", 0, POLICY_DOCUMENT, "document"),
    ("U22", "long-term strategic competition", 0, POLICY_DOCUMENT, "document"),
    ("U22", "regional allies and partners", 0, POLICY_DOCUMENT, "document"),
    # U23: Landman's two quotations (after "accused … of potentially", then "by volunteering Georgia as") → "Keren
    # Landman"; Trump's bracketed quotation → "Trump" ("President Trump" only).
    ("U23", "setting us up for a punishing new wave", 0, LANDMAN, "person"),
    ("U23", "the nation’s canary in this particularly", 0, LANDMAN, "person"),
    ("U23", "disagree[d] strongly with [Kemp’s] decision", 0, "Trump", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
