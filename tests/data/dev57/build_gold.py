"""The fifty-seventh (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev57/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
PROTESTS = "views on the causes of the George Floyd protests (Pew survey)"
PELOSI = "Nancy Pelosi's favorability among Democrats"
CIVIQS = "polling from Civiqs"
PORTLAND = "Portland protests"
CAMPUZANO = "Eder Campuzano"
US_TOLL = "COVID-19 deaths in the United States (projections)"
FAUCI = "Dr. Anthony Fauci"
MARIA = "Hurricane Maria deaths in Puerto Rico"
WAPO = "The Washington Post"  # 411: the quoted write-up of the Harvard study
SONDLAND = "Gordon Sondland"
TRUMP_MONEY = "Trump 2020 campaign fundraising"
FINAL_REPORTS = "the final reports"
HUNGARY = "Hungarian media outlets under Orbán's allies"
KIMBROUGH = "Walter Kimbrough"
MCGOVERN = "Jim McGovern"
GARDNER = "Cory Gardner"
CONLEY = "Sean Conley"  # 421: "the White House physician" / "the doctor", named "White House physician Sean Conley"
DAVELMAN = "Julie Davelman"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 400 (Salon): no numeral ("last week", "Wednesday" dates; "higher total", "largest spike" without a number).
    # 401 (Pew Research Center): Pew's own survey figures, no cue in the text → none (Pew is the outlet, as dev23/'s
    # c03 and dev25/'s j11); "Eight-in-ten Democrats" a fraction (0.8, as "one in four" 0.25); "(59% say …, 57% say
    # …)" the bare percentages; "only 45%" ("only" an emphasis) exact; "Some 82%" approx; "Much smaller majorities"
    # no numeral.
    ("401", "Eight-in-ten Democrats", 0, "poll_share", "Democrats", 0.8, 0.8, "exact", PROTESTS, None, "none", False,
     False),
    ("401", "59%", 0, "poll_share", "Republicans", 59, 59, "exact", PROTESTS, None, "none", False, False),
    ("401", "57%", 0, "poll_share", "Republicans", 57, 57, "exact", PROTESTS, None, "none", False, False),
    ("401", "84% of Democrats", 0, "poll_share", "Democrats", 84, 84, "exact", PROTESTS, None, "none", False, False),
    ("401", "45% of Republicans", 0, "poll_share", "Republicans", 45, 45, "exact", PROTESTS, None, "none", False,
     False),
    ("401", "Some 82% of Republicans", 0, "poll_share", "Republicans", 82, 82, "approx", PROTESTS, None, "none",
     False, False),
    ("401", "39% of Democrats", 0, "poll_share", "Democrats", 39, 39, "exact", PROTESTS, None, "none", False, False),
    ("401", "42% of black Democrats", 0, "poll_share", "black Democrats", 42, 42, "exact", PROTESTS, None, "none",
     False, False),
    ("401", "34% of white Democrats", 0, "poll_share", "white Democrats", 34, 34, "exact", PROTESTS, None, "none",
     False, False),
    # 402 (New Republic): "According to polling from Civiqs" → document (a named pollster's polling, as dev10/'s "A Pew
    # poll"), for the change in points (dev10/'s p18 "fallen by 15 points") and "from 59 to 72 percent" (two claims,
    # dev40/); "in 2005", "In 2009 and 2010" years; "the past year" a duration; "the longest" no numeral.
    ("402", "13 points", 0, "favorability_change", "points", 13, 13, "exact", PELOSI, CIVIQS, "document", False,
     False),
    ("402", "59", 0, "favorability", "percent", 59, 59, "exact", PELOSI, CIVIQS, "document", False, False),
    ("402", "72 percent", 0, "favorability", "percent", 72, 72, "exact", PELOSI, CIVIQS, "document", False, False),
    # 403 (CNN - Editorial): the three figures inside Eder Campuzano's quotation ("wrote :") → him: "a 12-block area"
    # (a compound count, as dev10/'s "12-point plan"), "a couple hundred or fewer protesters" (upper_bound null/200:
    # "or fewer"), "scores of police officers" (vague 40/null, dev19/; police presence, not core); "in a city of 145
    # square miles" is the writer's tail after the closing mark → none (call: another annotator might carry the
    # quotation's speaker over); "Sunday's" a date; "the past few days", "late-night hours" durations.
    ("403", "12-block area", 0, "protest_area", "blocks", 12, 12, "exact", PORTLAND, CAMPUZANO, "person", False,
     False),
    ("403", "a couple hundred or fewer protesters", 0, "protesters", "protesters", None, 200, "upper_bound", PORTLAND,
     CAMPUZANO, "person", False, False),
    ("403", "scores of police officers", 0, "police_officers", "police officers", 40, None, "vague", PORTLAND,
     CAMPUZANO, "person", False, False),
    ("403", "145 square miles", 0, "city_area", "square miles", 145, 145, "exact", "Portland", None, "none", False,
     False),
    # 404 (The Boston Globe): no numeric claim ("March 25", "Monday, March 16", "Tuesday" dates).
    # 405 (Humans Are Free): the headline's petition count ("Almost" upper_bound); "many times" no numeral.
    ("405", "Almost 500,000 Signatures", 0, "petition_signatures", "signatures", None, 500000, "upper_bound",
     "petition against mandatory coronavirus vaccination", None, "none", False, False),
    # 406 (CBS News): no numeric claim ("about a month after", "more than a day" durations; "most of these kids" no
    # numeral; "COVID-19" a name).
    # 407 (The Washington Post): the normal-reading threshold → "Doctors" (vague: an unnamed group); "In about 15
    # seconds" a duration; "SpO₂" a name; "one side" / "the other side" determiners.
    ("407", "94 percent and higher", 0, "normal_oxygen_saturation", "percent", 94, None, "lower_bound",
     "pulse oximeter readings", "Doctors", "vague", False, False),
    # 408 (The Week - Opinion): five projected tolls of the pandemic (`projected_deaths`, hedged as projections, not
    # core, dev12/ and dev40/'s M11): the range Fauci "described" and the "higher-end estimates" of the same
    # "while" clause → "Dr. Anthony Fauci" (his clause; "NPR reports" frames the sentence: another annotator might
    # write NPR); "The Imperial College study estimated 2.2 million dead" → the study (document); "even the
    # upper-end estimate of 200,000" a repeated mention in the clause "some still think …" → "some" (vague, as
    # dev29/'s B14); Ferguson's best case "told The New York Times" → him; "March 20" a date; "one of the best
    # disease modelers" "one of".
    ("408", "between 100,000 and 200,000", 0, "projected_deaths", "deaths", 100000, 200000, "range", US_TOLL, FAUCI,
     "person", True, False),
    ("408", "1 to 2 million dead", 0, "projected_deaths", "dead", 1_000_000, 2_000_000, "range", US_TOLL, FAUCI,
     "person", True, False),
    ("408", "2.2 million dead", 0, "projected_deaths", "dead", 2_200_000, 2_200_000, "exact",
     "COVID-19 deaths in the United States without measures (Imperial College model)", "The Imperial College study",
     "document", True, False),
    ("408", "upper-end estimate of 200,000", 0, "projected_deaths", "deaths", 200000, 200000, "exact", US_TOLL,
     "some", "vague", True, False),
    ("408", "1.1 million deaths", 0, "projected_deaths", "deaths", 1_100_000, 1_100_000, "exact", US_TOLL,
     "Dr. Neil M. Ferguson", "person", True, False),
    # 409 (New York Magazine): no numeric claim ("In September", "in 2015" dates; "glass-half-empty or -half-full" an
    # idiom; "another bald eagle" a determiner).
    # 410 (Daily Mail): the Capital Gazette toll ("five people were shot and killed", `killed`, core, none); "two
    # Reuters journalists detained" (`detained`, core, as dev46/'s S10/S11 held people); "a record number - 262
    # worldwide - were imprisoned in 2017" → the Committee to Protect Journalists (a yearly worldwide statistic, not
    # core, as dev15/'s national yearly statistics; another annotator might make it `imprisoned`, core, as dev8/'s
    # n12); "Time's 2018 Person of the Year", "in 2017", "in June", "Tuesday" names and dates; "for nearly a year",
    # "the past year" durations.
    ("410", "five people were shot and killed", 0, "killed", "people", 5, 5, "exact",
     "Capital Gazette shooting, Annapolis", None, "none", False, True),
    ("410", "two Reuters journalists detained", 0, "detained", "journalists", 2, 2, "exact",
     "Reuters journalists held in Myanmar", None, "none", False, True),
    ("410", "262 worldwide", 0, "journalists_imprisoned_yearly", "journalists", 262, 262, "exact",
     "journalists imprisoned worldwide, 2017", "the Committee to Protect Journalists", "organization", False, False),
    # 411 (Media Matters): the headline's "Study finds 5,000 people may have died" (hedged, "may") → "Study"
    # (document); the body's "a study estimating that approximately 5,000 deaths" → the study (document; an estimate
    # not hedged); "16 times as much" (a multiplier, the outlet's own count → none); "the official death toll remains
    # at just 64" none; the three figures inside the Post's quoted write-up → "The Washington Post" (organization; the
    # words are the Post's; another annotator might credit the Harvard study, document): the rate "14.3 deaths per
    # 1,000 residents" and "a 62 percent increase" (rates, not core), "4,645 ‘excess deaths.’" (excess deaths
    # `killed`, core, dev29/'s B08); "BuzzFeed News … explained that the researchers adjusted their estimate up to
    # 5,740" → BuzzFeed News ("up to" here "raised to": exact); "Sept. 20 through Dec. 31, 2017", "2016" dates.
    ("411", "5,000 people may have died", 0, "killed", "people", 5000, 5000, "exact", MARIA, "Study", "document", True,
     True),
    ("411", "approximately 5,000 deaths", 0, "killed", "deaths", 5000, 5000, "approx", MARIA, "a study", "document",
     False, True),
    ("411", "16 times as much", 0, "coverage_multiplier", "times", 16, 16, "exact",
     "cable news coverage of Roseanne Barr vs. Puerto Rico deaths", None, "none", False, False),
    ("411", "official death toll remains at just 64", 0, "killed", "deaths", 64, 64, "exact", MARIA, None, "none",
     False, True),
    ("411", "14.3 deaths per 1,000 residents", 0, "mortality_rate", "deaths per 1,000 residents", 14.3, 14.3, "exact",
     MARIA, WAPO, "organization", False, False),
    ("411", "a 62 percent increase", 0, "mortality_rate_increase", "percent", 62, 62, "exact", MARIA, WAPO,
     "organization", False, False),
    ("411", "4,645 ‘excess deaths", 0, "killed", "excess deaths", 4645, 4645, "exact", MARIA, WAPO, "organization",
     False, True),
    ("411", "5,740 hurricane-related deaths", 0, "killed", "hurricane-related deaths", 5740, 5740, "exact", MARIA,
     "BuzzFeed News", "organization", False, True),
    # 412 (ProPublica): "All three women have agreed to be named" (the accusers' number, first given in the excerpt:
    # the headline says only "Multiple Women"; a claim, as dev13/'s s18 "the only two"; another annotator might call
    # it a reference count); "hundreds of employees and colleagues" inside Sondland's statement → him (vague
    # 200/null); the lawyer's "these three women" a reference back (not a claim); "a seven-year period", "less than a
    # decade ago", "In decades of my career" durations.
    ("412", "All three women", 0, "accusers", "women", 3, 3, "exact", "allegations against Gordon Sondland", None,
     "none", False, False),
    ("412", "hundreds of employees and colleagues", 0, "colleagues", "employees and colleagues", 200, None, "vague",
     SONDLAND, SONDLAND, "person", False, False),
    # 413 (Activist Post): two "over 100" counts, no cue (none); "COVID-19", "SARS-CoV-2", "RT-PCR" names; the
    # marked “positive cases”, “confirmed case fatality rates for COVID-19”, “suspicion of infection” are terms.
    ("413", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", "coronaviruses in circulation", None, "none", False, False),
    ("413", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods", "testing methods", 100,
     None, "lower_bound", "COVID-19 testing", None, "none", False, False),
    # 414 (American Thinker): "for every 1-percent rise in unemployment, deaths … increase 1.9 percent" one claim of
    # the informative number (as dev22/'s b20 "one meter for every three people"; another annotator might add the
    # 1); "It is examined that" names no source (none); "10 percent of the participants" → none (sentence-local: the
    # Harvard School of Public Health research is the sentence before; another annotator might carry it over).
    ("414", "increase 1.9 percent", 0, "death_increase_per_unemployment_point", "percent", 1.9, 1.9, "exact",
     "unemployment and deaths", None, "none", False, False),
    ("414", "10 percent of the participants", 0, "laid_off_health_issues_share", "participants", 10, 10, "exact",
     "laid-off workers' health", None, "none", False, False),
    # 415 (FrontPage Magazine): "one in five confirmed cases in India" (a share, 0.2, not core); "The authorities
    # arrested 29 people, including 16 foreigners" (`arrested`, core; the authorities are the actor, not a source:
    # none, as dev18/'s actor; another annotator might write organization); "a single three-day long meeting" a
    # duration; "At one point" no count.
    ("415", "one in five confirmed cases", 0, "case_share_linked_to_meeting", "confirmed cases", 0.2, 0.2, "exact",
     "Tablighi Jamaat meeting, New Delhi", None, "none", False, False),
    ("415", "arrested 29 people", 0, "arrested", "people", 29, 29, "exact", "Tablighi Jamaat meeting, New Delhi",
     None, "none", False, True),
    ("415", "16 foreigners", 0, "arrested", "foreigners", 16, 16, "exact", "Tablighi Jamaat meeting, New Delhi", None,
     "none", False, True),
    # 416 (HotAir): the headline's "100 Million Reasons" (a figure of speech for the money, kept as a headline figure;
    # another annotator might call it hyperbole, as dev13/'s s07); "more than $337 million", "at least $88 million"
    # (no cue, none); "one-third of a billion dollars" (a fraction of a billion); "the final reports put … at a little
    # over $410 million ($333 million by the campaign itself)" → the final reports (document); "nearly $900 million"
    # none ("could seriously threaten" is about Trump's pace, not the figure: not hedged); "Trump’s 2020 campaign",
    # "2016’s numbers" years.
    ("416", "100 Million Reasons", 0, "campaign_money", "reasons", 100_000_000, 100_000_000, "exact", TRUMP_MONEY,
     None, "none", False, False),
    ("416", "more than $337 million", 0, "campaign_funds_raised", "dollars", 337_000_000, None, "lower_bound",
     TRUMP_MONEY, None, "none", False, False),
    ("416", "at least $88 million", 0, "campaign_cash_on_hand", "dollars", 88_000_000, None, "lower_bound",
     TRUMP_MONEY, None, "none", False, False),
    ("416", "one-third of a billion dollars", 0, "campaign_funds_raised", "dollars", ONE_THIRD * 1_000_000_000,
     ONE_THIRD * 1_000_000_000, "exact", TRUMP_MONEY, None, "none", False, False),
    ("416", "a little over $410 million", 0, "campaign_funds_raised", "dollars", 410_000_000, None, "lower_bound",
     "Trump 2016 campaign fundraising", FINAL_REPORTS, "document", False, False),
    ("416", "$333 million", 0, "campaign_funds_raised", "dollars", 333_000_000, 333_000_000, "exact",
     "Trump 2016 campaign fundraising", FINAL_REPORTS, "document", False, False),
    ("416", "nearly $900 million", 0, "campaign_funds_raised", "dollars", None, 900_000_000, "upper_bound",
     "Hillary Clinton 2016 campaign fundraising", None, "none", False, False),
    # 417 (Quillette): the study's sample "In a sample of over 15,000 …, the researchers found" → "the researchers"
    # (vague: unnamed, as dev40/'s M21); "for the first time" inside the authors' quotation an ordinal.
    ("417", "over 15,000 New Zealand registered voters", 0, "study_sample", "registered voters", 15000, None,
     "lower_bound", "Political Psychology study of nationalism", "the researchers", "vague", False, False),
    # 418 (Axios): the paragraph is pasted twice (scrape residue): each mention a claim; "roughly 90%" inside the
    # quotation "per NPR" → NPR (organization); "dozens of print, radio and TV outlets" (vague 24/null) in the
    # participial clause of the same sentence → NPR (the sentence's only cue); "one giant conglomerate" a
    # determiner; "a handful", "in many cases" no numeral.
    ("418", "roughly 90% of the country's media outlets", 0, "media_share_controlled", "media outlets", 90, 90,
     "approx", HUNGARY, "NPR", "organization", False, False),
    ("418", "dozens of print, radio and TV outlets", 0, "outlets_consolidated", "outlets", 24, None, "vague",
     HUNGARY, "NPR", "organization", False, False),
    ("418", "roughly 90% of the country's media outlets", 1, "media_share_controlled", "media outlets", 90, 90,
     "approx", HUNGARY, "NPR", "organization", False, False),
    ("418", "dozens of print, radio and TV outlets", 1, "outlets_consolidated", "outlets", 24, None, "vague",
     HUNGARY, "NPR", "organization", False, False),
    # 419 (MarketWatch): "more than 80% of whom receive a Pell grant, …, Kimbrough said" → him; the "If his school
    # were to receive …" conditional governs the main clause, not the relative clause's share (not hedged); "a
    # handful of schools" no numeral.
    ("419", "more than 80% of whom", 0, "pell_grant_share", "students", 80, None, "lower_bound",
     "Dillard University students", KIMBROUGH, "person", False, False),
    # 420 (The Epoch Times): no numeric claim ("For months now", "In recent weeks" durations).
    # 421 (Reuters): no numeric claim ("Trump, 73" an age; "the last week and a half", "two weeks ago" durations;
    # "April 24" a date; "A pill every day" an article; "one of his support staff" "one of").
    # 422 (The Detroit News): "two employees who returned to work this week tested positive" (`infected`, core, as
    # dev40/'s positives; none); "more than 5,000 lives in Michigan" (`killed`, core, none); "a Dearborn Truck Plant
    # employee" an article; "14 days", "eight-week shutdown", "this week" durations.
    ("422", "two employees", 0, "infected", "employees", 2, 2, "exact", "Ford Chicago Assembly Plant", None, "none",
     False, True),
    ("422", "more than 5,000 lives", 0, "killed", "lives", 5000, None, "lower_bound", "COVID-19 in Michigan", None,
     "none", False, True),
    # 423 (RT News): the writer's imagined toll ("might burn down, and I would have to live with the guilt of knowing
    # that I not only killed my dog but hundreds of innocent people": a hypothetical, hedged, not core, as dev29/'s
    # B10); "several times", "a minor chance" no numeral; "Covid-19" a name.
    ("423", "hundreds of innocent people", 0, "death_toll", "people", 200, None, "vague",
     "the writer's imagined building fire", None, "none", True, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 400: Petersen's opener ("told The Times"); the delegation's letter "which questioned the “…”" → "letter"
    # (document, as dev35/'s H04 "letter"; another annotator might write the delegation, organization).
    ("400", "It's just shocking to me the level of interference", 0, "Barbara Petersen", "person"),
    ("400", "inconsistencies between COVID-19 death tracking methods", 0, "letter", "document"),
    # 402: Tesler's quotation ("argued"); "As a CBS News poll released on Wednesday found, “…”" → "CBS News poll".
    ("402", "It appears, then, that Pelosi", 0, "Michael Tesler", "person"),
    ("402", "Among Americans overall, and including independents", 0, "CBS News poll", "document"),
    # 403: the headline's 'violence' and the nested 'fascism.' one-word; "Reliable Sources" a title.
    ("403", "The use of paramilitaries is not benign", 0, "Applebaum", "person"),
    ("403", "Many people who live in Portland", 0, CAMPUZANO, "person"),
    # 404: Monaco ("president Anthony Monaco said in a statement" the sentence before); Bacow's quotation and its
    # resumption → two entries.
    ("404", "It is imperative that we take steps", 0, "Anthony Monaco", "person"),
    ("404", "The decision was not made lightly", 0, "Larry Bacow", "person"),
    ("404", "The goal of these changes is to minimize", 0, "Larry Bacow", "person"),
    # 405: “public health experts” a scare-quoted term: no quote.
    # 406: the uncued quotation after "he said" in O'Leary's paragraph keeps him; Petre's.
    ("406", "It's almost more surprising that most of these kids", 0, "O'Leary", "person"),
    ("406", "That's the mystery, it's a lot like a delayed reaction", 0, "Petre", "person"),
    # 408: "middle-of-the-road" one (hyphenated) word; "not impossible, but very, very unlikely" → Fauci; the
    # appositive "who is “regarded as one of the best disease modelers in the world,”" names no one → null (unknown;
    # another annotator might write The New York Times, or call it a label).
    ("408", "not impossible, but very, very unlikely", 0, "Anthony Fauci", "person"),
    ("408", "regarded as one of the best disease modelers", 0, None, "unknown"),
    # 409: "he said, “Maybe that’s my Beau.”" → Biden (no fuller name in the excerpt).
    ("409", "Maybe that’s my Beau.", 0, "Biden", "person"),
    # 410: "It says the 2018 group '…'" → "Time" (organization: "It" is the magazine); the headline's 'The
    # Guardians' a title, 'guardians' one word; "'for better or for worse'" an idiom without a verb of saying (not a
    # quote; another annotator might give it to Time).
    ("410", "are representatives of a broader fight", 0, "Time", "organization"),
    # 411: the Post's write-up ("the Harvard study, written up in The Washington Post, “indicated that …”") →
    # "The Washington Post" (organization; call, another annotator might write the Harvard study, document); the
    # nested ‘excess deaths.’ a term; BuzzFeed's quoted wording ("explained that … to account for “…”").
    ("411", "indicated that the mortality rate was 14.3", 0, WAPO, "organization"),
    ("411", "people who lived alone and died as a result of the storm", 0, "BuzzFeed News", "organization"),
    # 412: Sondland's statement and its resumption → two entries, "Gordon Sondland" (the headline's full name); the
    # lawyer's letter ("Sondland’s lawyer added in a letter:") → "Sondland’s lawyer" (person, unnamed).
    ("412", "In decades of my career in business", 0, SONDLAND, "person"),
    ("412", "These untrue claims of unwanted touching", 0, SONDLAND, "person"),
    ("412", "Notably, what each of these three women", 0, "Sondland’s lawyer", "person"),
    # 413: terms only. 414: no quotation marks.
    # 415: ‘reprehensible’ one word.
    # 416: Begala's quotation ("said Paul Begala") and "he said, Democrats “had better get …”" → two entries.
    ("416", "It is really impressive, the money", 0, "Paul Begala", "person"),
    ("416", "had better get about the business of re-arming", 0, "Paul Begala", "person"),
    # 417: the journal's quoted self-description ("a journal dedicated to the “…”", seven words, a clause-long
    # wording of the journal) → "Political Psychology" (organization; call: another annotator might call it a
    # label); “whitelash” one word; "the authors write" and its uncued resumption → two entries, "authors".
    ("417", "psychological aspects of national and international", 0, "Political Psychology", "organization"),
    ("417", "What our model shows, for the first time", 0, "authors", "person"),
    ("417", "One reason why this might be the case", 0, "authors", "person"),
    # 418: the pasted-twice paragraph: NPR's quotation twice and "reports that Orbán has “systematically starved”"
    # twice (two words after a noun of saying → "reports", document; another annotator might call it a label).
    ("418", "systematically taken control of roughly 90%", 0, "NPR", "organization"),
    ("418", "systematically starved", 0, "reports", "document"),
    ("418", "systematically taken control of roughly 90%", 1, "NPR", "organization"),
    ("418", "systematically starved", 1, "reports", "document"),
    # 419: the colon headline ‘Higher education …’: How coronavirus could make it worse" names no speaker → null
    # (unknown, as dev35/'s H13); the pull quote signed "— Walter Kimbrough, …" (its nested ‘…’ the same words);
    # the body's quotation ("said Walter Kimbrough") and "“just exacerbates …,” he said".
    ("419", "Higher education essentially preserves", 0, None, "unknown"),
    ("419", "Most of the money still goes to a handful", 0, KIMBROUGH, "person"),
    ("419", "We still have a flawed idea of what philanthropy", 0, KIMBROUGH, "person"),
    ("419", "just exacerbates that practice", 0, KIMBROUGH, "person"),
    # 420: the opener "“For months now, …,” he added." never names "he" → null (unknown); McGovern's “outrageous”
    # one word; Gardner's "said that the “silencing of pro-democratic voices”" (four words after a verb of saying).
    ("420", "For months now, the people of Hong Kong", 0, None, "unknown"),
    ("420", "It should not be business as usual", 0, "Mitch McConnell", "person"),
    ("420", "The charges must be dropped immediately", 0, MCGOVERN, "person"),
    ("420", "Carrie Lam [and] HK police should not be puppets", 0, MCGOVERN, "person"),
    ("420", "silencing of pro-democratic voices", 0, GARDNER, "person"),
    ("420", "I urge HK authorities to guarantee", 0, GARDNER, "person"),
    # 421: Trump's quotation and its resumption; "the FDA said it was “aware of …”" → "Food and Drug Administration"
    # (the fullest name in the excerpt); "the doctor told him: “Well, if you’d like it.”" → "Sean Conley" (the White
    # House physician, named in the last paragraph; call: another annotator might write "doctor"); "said in a memo
    # that Trump was in “very good health”" (three words after a verb of saying) → him.
    ("421", "I’m taking hydroxychloroquine", 0, "Trump", "person"),
    ("421", "I’ve been taking it for the last week", 0, "Trump", "person"),
    ("421", "aware of reports of serious heart rhythm problems", 0, "Food and Drug Administration", "organization"),
    ("421", "Well, if you’d like it.", 0, CONLEY, "person"),
    ("421", "very good health", 0, CONLEY, "person"),
    # 422: Felker's quotation and its resumption (no fuller name); "Ford said “we know …”" → "Ford" (organization).
    ("422", "When a Dearborn Truck Plant employee who returned", 0, "Felker", "person"),
    ("422", "We are deep cleaning and disinfecting", 0, "Felker", "person"),
    ("422", "we know (these employees) did not contract", 0, "Ford", "organization"),
    # 423: Davelman's quotation and its resumption ("licensed psychologist Dr. Julie Davelman says"); Katherine's.
    ("423", "Like a lot of things that are fear-based", 0, DAVELMAN, "person"),
    ("423", "So they tell themselves that if only everyone", 0, DAVELMAN, "person"),
    ("423", "People keep acting like we’d all live forever", 0, "Katherine", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
