"""The seventy-third (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev73/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The file prefix is "]" (every letter and
digit had been taken by earlier sets).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

BARCELONA = "Barcelona and Cambrils terror attacks"
MARIA = "Hurricane Maria deaths in Puerto Rico"
KATRINA = "Hurricane Katrina deaths"
LSS = "Lutheran Social Services refugee resettlement in North Dakota"
BISMARCK = "refugee resettlement in Bismarck"
NORTH_DAKOTA = "North Dakota population"
REFUGEE_ORDER = "Trump's temporary refugee halt order"
NURSING_US = "US nursing homes and COVID-19"
NURSING_NY = "New York nursing homes and COVID-19"
NGB = "US Olympic national governing bodies' PPP loans"
CONFUCIUS = "Confucius Institutes in the US"
STATE_DEPT = "The State Department"
NYT = "The New York Times"
LONG = "FEMA Director Brock Long"
DYKSHOORN = "Shirley Dykshoorn"
COALITION = "Coalition"
LYNCH = "Stephen Lynch"
CONGRESSWOMAN = "Democratic congresswoman"
CUOMO = "Andrew Cuomo"
COBB = "Max Cobb"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # ]00 (Newt Gingrich): Gillum's primary share and Scott's "two campaigns for governor" (a count, new
    # information); "third-most populous" an ordinal, "a second boost", "the first American woman" ordinals,
    # "November" a date; the writer's figures, no cue (none).
    ("]00", "34 percent of the vote", 0, "vote_share", "vote", 34, 34, "exact",
     "Andrew Gillum, Florida Democratic gubernatorial primary", None, "none", False, False),
    ("]00", "two campaigns", 0, "campaigns", "campaigns", 2, 2, "exact", "Rick Scott's campaigns for governor",
     None, "none", False, False),
    # ]01 (NPR Editorial): no numeric claim ("the 1400s", "the late-1900s" dates, "mid-March" a date, "every
    # country" no numeral).
    # ]02 (Human Rights Watch): no numeral ("Massive amounts of money", "so much money" no numeral).
    # ]03 (Vox): OPEC's membership (the writer's, none); FGE's estimate of Iran's export cut → "the energy firm
    # FGE" (organization), "up to" upper_bound, hedged by "could" (the estimate itself does not hedge); "in
    # decades", "in recent years" durations, "earlier in May" a date.
    ("]03", "14 major oil exporters", 0, "members", "oil exporters", 14, 14, "exact", "OPEC", None, "none", False,
     False),
    ("]03", "up to 1 million barrels", 0, "oil_export_cut", "barrels of oil a day", None, 1_000_000,
     "upper_bound", "Iran oil exports under US sanctions", "the energy firm FGE", "organization", True, False),
    # ]04 (Newsmax): the rule's "300 most common services" (a list item under a cue outside the excerpt: none);
    # "every year" a frequency without a numeral.
    ("]04", "300 most common services", 0, "services_with_published_rates", "services", 300, 300, "exact",
     "Trump hospital price transparency rule", None, "none", False, False),
    # ]05 (Press TV): no numeric claim ("For the first time" an ordinal, "1979" a year, "the last Friday of the
    # holy month" a date).
    # ]06 (Health Impact News): the headline's "$10 Million Bribe" (the same bribe as dev20/'s z22; no "Reportedly"
    # here, so not hedged; none); "Quarantine Act 2004", "National Health Emergency Bill, 2020" names; "5th of May,
    # 2020" a date; "Phase 1- 3" trial phases (identifiers); "COVID – 19" a name.
    ("]06", "$10 Million Bribe", 0, "bribe", "dollars", 10_000_000, 10_000_000, "exact",
     "Nigerian Compulsory Vaccination Bill", None, "none", False, False),
    # ]07 (Heartland Institute): "millions of Trump supporters" (vague 2,000,000/null); the Super Bowl audience
    # "one hundred million people" (exact; "one of the" is a reference, and "If you were one of" conditions the
    # reader, not the figure: not hedged); the writers' own figures (none).
    ("]07", "millions of Trump supporters", 0, "supporters_demeaned", "Trump supporters", 2_000_000, None, "vague",
     "Rick Wilson's remarks on CNN", None, "none", False, False),
    ("]07", "one hundred million people", 0, "viewers", "people", 100_000_000, 100_000_000, "exact",
     "Super Bowl audience", None, "none", False, False),
    # ]08 (Fox News): the State Department's toll and its count of one American among the dead (a sub-count,
    # `killed`, core); the wounded "officials said" (anonymous) and its count of one U.S. citizen (`wounded`);
    # the four suspects sought → "Spanish police" (not core); "Police shot and killed five suspects" (the police
    # are the actors, not a source: none); the repeated "wounded more than 100" (none). "fourth suspect", "a
    # fourth person", "a second extremist plot" ordinals; "a pair of deadly terror attacks" no numeral.
    ("]08", "one American", 0, "killed", "American", 1, 1, "exact", BARCELONA, STATE_DEPT, "organization", False,
     True),
    ("]08", "14 people killed", 0, "killed", "people", 14, 14, "exact", BARCELONA, STATE_DEPT, "organization",
     False, True),
    ("]08", "wounded more than 100 others", 0, "wounded", "others", 100, None, "lower_bound", BARCELONA,
     "officials", "anonymous", False, True),
    ("]08", "one U.S. citizen", 0, "wounded", "U.S. citizen", 1, 1, "exact", BARCELONA, "officials", "anonymous",
     False, True),
    ("]08", "four suspects", 0, "suspects_sought", "suspects", 4, 4, "exact", BARCELONA, "Spanish police",
     "organization", False, False),
    ("]08", "killed five suspects", 0, "killed", "suspects", 5, 5, "exact", BARCELONA, None, "none", False, True),
    ("]08", "wounded more than 100", 1, "wounded", "people", 100, None, "lower_bound", BARCELONA, None, "none",
     False, True),
    # ]09 (Washington Times): the caseloads in Dykshoorn's sentence ("said" governs both clauses) → person; the
    # Bismarck settlements (no cue: none); the projection "had been projected to get no more than 25 refugees
    # annually" ("Dykshoorn said"; upper_bound, hedged as a projection); "25 people" inside her quotation; the
    # state's population figures (none; "nearly" upper_bound). "fiscal 2019", "fiscal 2018", "1948", "between
    # 2000 and 2007" dates; "For decades", "in the past decade" durations; not national statistics of an event:
    # no core.
    ("]09", "about 400 cases per year", 0, "resettlement_cases_yearly", "cases", 400, 400, "approx", LSS,
     DYKSHOORN, "person", False, False),
    ("]09", "dropped to 124", 0, "resettlement_cases_yearly", "cases", 124, 124, "exact", LSS, DYKSHOORN,
     "person", False, False),
    ("]09", "24 refugees", 0, "refugees_settled", "refugees", 24, 24, "exact", BISMARCK, None, "none", False,
     False),
    ("]09", "settling 22", 0, "refugees_settled", "refugees", 22, 22, "exact", BISMARCK, None, "none", False,
     False),
    ("]09", "no more than 25 refugees", 0, "projected_refugees_yearly", "refugees", None, 25, "upper_bound",
     "Burleigh County refugee resettlement", "Dykshoorn", "person", True, False),
    ("]09", "25 people", 0, "refugees", "people", 25, 25, "exact", "Burleigh County refugee resettlement",
     DYKSHOORN, "person", False, False),
    ("]09", "declined by more than 21,000", 0, "population_decline", "people", 21_000, None, "lower_bound",
     NORTH_DAKOTA, None, "none", False, False),
    ("]09", "nearly 100,000 residents", 0, "population_gain", "residents", None, 100_000, "upper_bound",
     NORTH_DAKOTA, None, "none", False, False),
    # ]10 (Fox Online News): Long's comparison ("He also pointed out that": the pronoun's referent, person): the
    # Maria deaths and Katrina's, both `killed`, core; "twice included the word" (a count, `dev14/`: "twice" is a
    # claim; the summary is the subject, not a source: none). "2005" a year; "Irma", "Maria" names.
    ("]10", "just 16 reported deaths", 0, "killed", "deaths", 16, 16, "exact", MARIA, LONG, "person", False,
     True),
    ("]10", "more than 1,800", 0, "killed", "deaths", 1800, None, "lower_bound", KATRINA, LONG, "person", False,
     True),
    ("]10", "twice", 0, "word_mentions", "times", 2, 2, "exact", "White House readout of Trump's calls", None,
     "none", False, False),
    # ]11 (NPR Online News): the 700,000 "DREAMers" facing potential deportation ("potential" is about the
    # deportation, not the count: not hedged; none); "1868" a year, "just five years before" a duration, "a
    # series of" no numeral.
    ("]11", "700,000 \"DREAMers", 0, "dreamers", "DREAMers", 700_000, 700_000, "exact",
     "DACA recipients before the Supreme Court", None, "none", False, False),
    # ]12 (Breitbart News): the order's refugee ceiling (the ceiling's value, exact; a limit, not core); "for 120
    # days" a duration, "Fiscal Year 2017" a date; the block quote after "The New York Times first reported on the
    # lawsuit:" has no marks (no quote), its figures go to the Times (organization): "At least one case" (as the
    # seed's "at least one Pantsir") and "two Iraqi refugees".
    ("]12", "ceiling to 50,000", 0, "refugee_ceiling", "refugees", 50_000, 50_000, "exact", REFUGEE_ORDER, None,
     "none", False, False),
    ("]12", "At least one case", 0, "cases_challenged", "case", 1, None, "lower_bound", REFUGEE_ORDER, NYT,
     "organization", False, False),
    ("]12", "two Iraqi refugees", 0, "refugees_detained", "Iraqi refugees", 2, 2, "exact", REFUGEE_ORDER, NYT,
     "organization", False, False),
    # ]13 (American Thinker): the nursing home's toll (`killed`, core, none); "Towards the end of April", "for
    # weeks" dates/durations; "nearly ninety years old" an age; "one of my sisters" "one of".
    ("]13", "55 patients had died", 0, "killed", "patients", 55, 55, "exact", "Brooklyn nursing home COVID-19 deaths",
     None, "none", False, True),
    # ]14 (Activist Post): two "over 100" counts (lower_bound, the writer's, none); "SARS-CoV-2", "COVID-19",
    # "RT-PCR" names.
    ("]14", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", "coronavirus types in circulation", None, "none", False, False),
    ("]14", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods", "testing methods", 100,
     None, "lower_bound", "COVID-19 testing methods", None, "none", False, False),
    # ]15 (Chicago Sun-Times): "two young children" (a count, none); "for 25 years" a duration, "He was 48" an age,
    # "Sunday", "Monday's back page" dates.
    ("]15", "two young children", 0, "children", "children", 2, 2, "exact", "Anthony Causi", None, "none", False,
     False),
    # ]16 (CNN (Web News)): the letter's five signatories (none); "#MeToo" a name.
    ("]16", "five Democratic congresswomen", 0, "letter_signatories", "Democratic congresswomen", 5, 5, "exact",
     "letter on the Kavanaugh nomination", None, "none", False, False),
    # ]17 (Townhall): the headline's shares after "Data:" (cited data as a document, call; shares not core; "Less
    # Than" upper_bound); the New York toll "after the deaths of nearly 3,000" (`killed`, core, "nearly"
    # upper_bound, none); "thousands of nursing home residents who have already died" (`killed`, vague, core);
    # "the millions who remain" (vague, not core). "April 23", "May 10", "March 15" dates.
    ("]17", "42 Percent of US Coronavirus Deaths", 0, "share_of_deaths_in_nursing_homes", "coronavirus deaths", 42,
     42, "exact", NURSING_US, "Data", "document", False, False),
    ("]17", "Less Than One Percent of Americans", 0, "share_living_in_nursing_homes", "Americans", None, 1,
     "upper_bound", NURSING_US, "Data", "document", False, False),
    ("]17", "deaths of nearly 3,000 New York residents", 0, "killed", "New York residents", None, 3000,
     "upper_bound", NURSING_NY, None, "none", False, True),
    ("]17", "thousands of nursing home residents", 0, "killed", "nursing home residents", 2000, None, "vague",
     NURSING_US, None, "none", False, True),
    ("]17", "millions who remain", 0, "nursing_home_residents", "nursing home residents", 2_000_000, None, "vague",
     NURSING_US, None, "none", False, False),
    # ]18 (Daily Kos): no numeric claim ("lied many times" no numeral, "December 4, 2017" a date, "one fruitless
    # investigation after another" an idiom, "one of the hearing's opening exchanges" "one of").
    # ]19 (The Nation): no numeral.
    # ]20 (Associated Press): the headline's share (none); "ranging from $2.5 million (US Ski and Snowboard) down to
    # $75,000 (USA Badminton)" two claims ("from N to M", each tied to its body; none); "fewer than a dozen
    # employees" upper_bound 12. "In only a few cases", "A number of NGBs" no numeral; "loans in the mid-six
    # figures" left out (the "six" counts digits; call).
    ("]20", "70% of US Olympic sports", 0, "share_applied_ppp", "US Olympic sports", 70, 70, "exact", NGB, None,
     "none", False, False),
    ("]20", "$2.5 million", 0, "ppp_loan", "dollars", 2_500_000, 2_500_000, "exact", "US Ski and Snowboard PPP loan",
     None, "none", False, False),
    ("]20", "$75,000", 0, "ppp_loan", "dollars", 75_000, 75_000, "exact", "USA Badminton PPP loan", None, "none",
     False, False),
    ("]20", "fewer than a dozen employees", 0, "employees", "employees", None, 12, "upper_bound",
     "US Olympic national governing bodies", None, "none", False, False),
    # ]21 (Los Angeles Daily News): no numeric claim ("only a single vendor" no numeral, as `dev18/`'s "a single
    # argument").
    # ]22 (Natural News): the colleges that shut institutes ("about a dozen" approx 12), the institutes still open
    # ("more than 75"), China's population "more than three times the size" (a multiplier, lower_bound 3); all the
    # writer's (none). "2018" a year, "nearly two years after" a duration.
    ("]22", "about a dozen U.S. colleges", 0, "colleges_closing_institutes", "U.S. colleges", 12, 12, "approx",
     CONFUCIUS, None, "none", False, False),
    ("]22", "more than 75 Confucius Institutes", 0, "institutes_operating", "Confucius Institutes", 75, None,
     "lower_bound", CONFUCIUS, None, "none", False, False),
    ("]22", "more than three times", 0, "population_ratio", "times", 3, None, "lower_bound",
     "China's population relative to the US", None, "none", False, False),
    # ]23 (Sputnik News): no numeric claim ("Six Nations" a name).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # ]01: the WHO's message after a colon (three words, call) → organization; Harries's quotation after "stated
    # that" (a short quotation in a clause of saying); "neocolonialism." one word.
    ("]01", "Test, test, test.", 0, "World Health Organization", "organization"),
    ("]01", "extremely well-developed public health system", 0, "Jenny Harries", "person"),
    # ]06: eight quotations, the second closed by "the Coalition noted", the first opening before it without a
    # cue and the rest uncued after it → "Coalition" (organization); the nested ‘National Health Emergency Bill,
    # 2020’ a title.
    ("]06", "One begins to wonder why the lightning speed", 0, COALITION, "organization"),
    ("]06", "As if that was not enough", 0, COALITION, "organization"),
    ("]06", "We wish to state without equivocation", 0, COALITION, "organization"),
    ("]06", "We, however, want to know if the vaccine trial", 0, COALITION, "organization"),
    ("]06", "Does Nigeria have the experience and capacity", 0, COALITION, "organization"),
    ("]06", "We are not going to sound nice", 0, COALITION, "organization"),
    ("]06", "We are by this publication putting the government on notice", 0, COALITION, "organization"),
    ("]06", "We shall resist any attempts", 0, COALITION, "organization"),
    # ]07: "Joy Reid said on air that the term ‘heartland’ is a dog whistle to ‘white voters,’" → the two words in
    # her clause of saying (call, as `dev71/`'s "not normal."); ‘heartland’, “rubes.”, “capitalism”, “socialism”
    # one word; the headline's ‘Heartland’ one word.
    ("]07", "white voters", 0, "Joy Reid", "person"),
    # ]09: Dykshoorn's three (said; said and its resumption).
    ("]09", "We always look at the capacity of a community", 0, DYKSHOORN, "person"),
    ("]09", "I’m trying to understand the basis", 0, DYKSHOORN, "person"),
    ("]09", "What does it say to the rest of the country", 0, DYKSHOORN, "person"),
    # ]10: "urged people to focus on results, not Cruz when she “spouts off.”" → Long (two words in his reported
    # speech, call); "the White House said … an “unprecedented federal response”" → "White House"
    # (organization); “fragile”, “readout”, “leadership.” one word; the headline's 'fake news' and 'ingrates'
    # labels.
    ("]10", "spouts off.", 0, "Brock Long", "person"),
    ("]10", "unprecedented federal response", 0, "White House", "organization"),
    # ]13: “feeding frenzy’’ a label after "described … as" (no quote).
    # ]14: “positive cases”, “confirmed case fatality rates for COVID-19”, “suspicion of infection.” scare-quoted
    # terms without a speaker (no quotes).
    # ]15: Lynch's quotation and its resumption; MLB's "said he “brought out …”" → organization; the back page's
    # “Our Eyes, Our Heart” and “And our city’s loss.” a page headline (titles); “sports photojournalist
    # extraordinaire” a label after "called".
    ("]15", "Do you know how many athletes reached out", 0, LYNCH, "person"),
    ("]15", "Players from every team", 0, LYNCH, "person"),
    ("]15", "brought out the best in the players", 0, "Major League Baseball", "organization"),
    # ]16: "the Democratic congresswoman says" and the resumed part after "while at the same time" → two
    # entries, the cue's words without the article (she is not named in the excerpt; person).
    ("]16", "women aren't hurt in the progress", 0, CONGRESSWOMAN, "person"),
    ("]16", "making sure that due process is being preserved", 0, CONGRESSWOMAN, "person"),
    # ]17: "Cuomo declared that nursing homes “don’t have a right to object”" and the uncued next quotation.
    ("]17", "don’t have a right to object", 0, CUOMO, "person"),
    ("]17", "That is the rule and that is the regulation", 0, CUOMO, "person"),
    # ]18: the headline's 'destroyed his life' after "Trump whines:" (a headline quotation after a colon naming
    # the speaker); the tweet's "President Trump: "…"" (the excerpt never gives a first name); Comey's; “unfair”
    # one word.
    ("]18", "destroyed his life", 0, "Trump", "person"),
    ("]18", "I feel badly for General Flynn", 0, "Trump", "person"),
    ("]18", "We have no basis to conclude she lied", 0, "James Comey", "person"),
    # ]19: Biden's quotation (as `dev28/`'s A23, here at "Joe Biden", his fullest name in the excerpt).
    ("]19", "China is going to eat our lunch", 0, "Joe Biden", "person"),
    # ]20: Cobb's quotation and its resumption.
    ("]20", "We all are exposed", 0, COBB, "person"),
    ("]20", "We’re all nonprofit organizations", 0, COBB, "person"),
    # ]21: the marquee's line "from the likes of “Toy Story” hero Buzz Lightyear" → "Buzz Lightyear" (call; another
    # annotator might write the marquee, document); Newsom's quotation (one entry, the "…" an ellipsis inside it);
    # “Toy Story”, “Star Wars” titles.
    ("]21", "The important thing is that we stick together", 0, "Buzz Lightyear", "person"),
    ("]21", "At some point in the future", 0, "Newsom", "person"),
    # ]22: "CIA reports … further revealed, “…”" → "CIA reports" (document); the nested ‘strings-attached’ a term.
    ("]22", "The [Chinese Communist Party] provides", 0, "CIA reports", "document"),
    # ]23: Pichot's statement.
    ("]23", "The only reason I have been a part of World Rugby", 0, "Pichot", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
