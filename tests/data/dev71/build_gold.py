"""The seventy-first (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev71/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The article key is the file name's first
three characters (",00" … ",23": the prefix "," as every letter and digit was taken by earlier sets).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
TWO_THIRDS = 2 / 3
BILLION = 1_000_000_000
MILLION = 1_000_000

US = "United States"  # ,14: the Politico story of dev12/'s r15, dev24/'s i13, dev29/'s B14, dev66/'s ~15
TAYLOR = "Breonna Taylor shooting"  # as dev65/'s =08 (another BET article on the same shooting)
HARVEY = "Hurricane Harvey floods in Texas"
POWS = "POW graves at Fort Sam Houston National Cemetery"  # the cemetery the excerpt places in San Antonio
QATAR = "COVID-19 in Qatar"
MICHIGAN = "COVID-19 in Michigan"
TEXAS_DPS = "The Texas department of public safety"
SURVEY = "the survey"
SMALL_BUSINESS = "U.S. small businesses in the coronavirus pandemic"
MEDIA_TRUST = "Americans' trust in the news media"
STIREWALT = "Chris Stirewalt"
TRETTER = "JC Tretter"
ONWUKA = "Onwuka"  # ,16: the excerpt never gives a first name
CRUMP = "Benjamin Crump"
EDMONDS = "Rick Edmonds"
KULAGA = "Agatha Kulaga"
SHEPPARD = "Shyla Sheppard"
SERWER = "Adam Serwer"
TALAMONTI = "Walter Talamonti"
QATAR_OFFICIAL = "official from the Qatari Government Communications Office"
JULY_REPORT = "authors of the July report"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # ,00 (John Fund): no numeral ("D-N.Y." a party label).
    # ,01 (The Economist): Apple's cash pile and Disney's fall sit in the writer's appositions inside the rumour's
    # clause (none, not hedged: "may" governs the swoop, not the figures); "nearly halved" a multiplier, the fall
    # as a fraction, upper_bound null/0.5 ("nearly", as dev3/'s "nearly doubling"); Buffett's "$128bn" (his
    # appositive, none); "a bargain or two" range 1-2 (as dev25/'s "A plaintive tweet or two"), hedged ("may");
    # private equity's "a record $888bn" exact; "since January", "last year", "earlier this month" dates.
    (",01", "over $200bn", 0, "cash_pile", "dollars", 200 * BILLION, None, "lower_bound", "Apple",
     None, "none", False, False),
    (",01", "nearly halved", 0, "share_price_fall", "share price", None, 0.5, "upper_bound", "Disney", None, "none",
     False, False),
    (",01", "$128bn", 0, "cash_holdings", "dollars", 128 * BILLION, 128 * BILLION, "exact",
     "Warren Buffett's Berkshire Hathaway", None, "none", False, False),
    (",01", "a bargain or two", 0, "acquisitions", "bargains", 1, 2, "range", "Warren Buffett's Berkshire Hathaway",
     None, "none", True, False),
    (",01", "a record $888bn", 0, "funds_raised", "dollars", 888 * BILLION, 888 * BILLION, "exact",
     "private-equity firms", None, "none", False, False),
    # ,02 (Rich Lowry): "two-thirds of which is in Brazil" inside CNN's quotation → "CNN" (organization); "G-7"
    # a name (twice).
    (",02", "two-thirds of which", 0, "amazon_share_in_brazil", "Amazon", TWO_THIRDS, TWO_THIRDS, "exact",
     "Amazon rainforest", "CNN", "organization", False, False),
    # ,03 (Ben Shapiro): the Aurora crowd ("some" approx; a crowd, not core); "three of the congresswomen" ("N of
    # the M" a claim of N; "apparently" qualifies whom Trump means, not the count: not hedged); "For years" a
    # duration, "a few buttons" no numeral.
    (",03", "some 2,000 people", 0, "protesters", "people", 2000, 2000, "approx",
     "Aurora, Colorado protest at an ICE detention facility", None, "none", False, False),
    (",03", "three of the congresswomen", 0, "congresswomen_born_in_us", "congresswomen", 3, 3, "exact",
     "congresswomen Trump told to go back", None, "none", False, False),
    # ,04 (Damon Linker): no numeric claim ("opening weeks", "a week after" durations, "Monday night" a date,
    # "George H.W. Bush" a name).
    # ,05 (InfoWars): the video's views ("over" lower_bound), no cue; "Dr Fauci", "War Room" names.
    (",05", "over 1 million views", 0, "video_views", "views", 1 * MILLION, None, "lower_bound",
     "Plandemic video on YouTube", None, "none", False, False),
    # ,06 (Sputnik News): the headline's "US$800 Mln" (the trial's amount); Iraq's output and its goal (a plan,
    # not hedged), no cue; "Thursday, 21 May", "October 2009" dates; "one email", "a number of emails"
    # determiners.
    (",06", "US$800 Mln", 0, "bribery_case_value", "US$", 800 * MILLION, 800 * MILLION, "exact",
     "Unaoil Iraq oil bribery trial", None, "none", False, False),
    (",06", "1.8 million barrels per day", 0, "oil_production", "barrels per day", 1_800_000, 1_800_000, "exact",
     "Iraq oil production", None, "none", False, False),
    (",06", "4.5 million bpd", 0, "oil_production_target", "barrels per day", 4_500_000, 4_500_000, "exact",
     "Iraq oil production", None, "none", False, False),
    # ,07 (The Verge): the truck's power ("GM announced", organization; a measurement) and the "more than $20
    # billion push" (none: the next sentence's "The company detailed that plan" is not carried); "May 20th",
    # "late 2021", "January", "2010", "March" dates; "just one of a slew" "one of"; "first “EV Day”" an ordinal.
    (",07", "1,000-horsepower", 0, "engine_power", "horsepower", 1000, 1000, "exact", "GMC Hummer EV", "GM",
     "organization", False, False),
    (",07", "more than $20 billion", 0, "ev_investment", "dollars", 20 * BILLION, None, "lower_bound",
     "General Motors electric vehicles", None, "none", False, False),
    # ,08 (BET): "the three officers named in the lawsuit" ("According to the document" opens the sentence:
    # document; a count of officers, not core); "hit eight times" (`times_shot`, as dev65/'s =08, none: a new
    # sentence); "fired at officers, striking one" (an officer wounded: `wounded`, core, a count of one, as
    # dev39/'s "killing one") → "Police" (a city's police, organization); Arbery's "two assailants" (as dev25/'s
    # j09, none); "911" an identifier, "25-year-old" an age, "first-degree" an ordinal, "No one" no numeral,
    # "Monday" a date.
    (",08", "the three officers", 0, "officers_named", "officers", 3, 3, "exact", TAYLOR, "the document",
     "document", False, False),
    (",08", "hit eight times", 0, "times_shot", "times", 8, 8, "exact", TAYLOR, None, "none", False, False),
    (",08", "striking one", 0, "wounded", "officers", 1, 1, "exact", TAYLOR, "Police", "organization", False,
     True),
    (",08", "two assailants", 0, "assailants", "assailants", 2, 2, "exact", "Ahmaud Arbery killing", None, "none",
     False, False),
    # ,09 (Christian Science Monitor): "two Supreme Court cases" → "Senator Collins" ("she explained", the
    # pronoun's referent); "last Oct. 6" a date, "nearly hour-long speech" a duration.
    (",09", "two Supreme Court cases", 0, "precedent_cases", "Supreme Court cases", 2, 2, "exact",
     "Brett Kavanaugh's record on abortion precedent", "Senator Collins", "person", False, False),
    # ,10 (National Review): the Army's "$50,000" (none); "November 17, 1925", "March 25, 1926" dates, "3rd
    # Cavalry" a name, "Within days" a duration, "for the first time" an ordinal, "World War" a name.
    (",10", "$50,000", 0, "construction_funds", "dollars", 50000, 50000, "exact", "Tomb of the Unknown Soldier",
     None, "none", False, False),
    # ,11 (Salon): the other POWs buried there, three claims (a count of one a claim), none; "these two POWs" a
    # reference count (back to the POWs named before the excerpt, as dev48/'s U09 "those two cases"; another
    # annotator might count 2); "1943", "1947", "2012" years, "World War II" a name, "Section Z" a name.
    (",11", "four Italian", 0, "pows_buried", "Italian prisoners of war", 4, 4, "exact", POWS, None, "none",
     False, False),
    (",11", "three Japanese", 0, "pows_buried", "Japanese prisoners of war", 3, 3, "exact", POWS, None, "none",
     False, False),
    (",11", "one Austrian", 0, "pows_buried", "Austrian prisoner of war", 1, 1, "exact", POWS, None, "none", False,
     False),
    # ,12 (The Guardian): the headline's "Hundreds feared cut off" (vague 200/null, hedged "feared", not core);
    # "the official death toll rose to 23" (none: "authorities reported" governs the couple's clause; as the
    # "official death toll … 64" of earlier sets); the sheriff's office's "two drowning deaths"; the van
    # "believed to hold six members of a Houston family" whose bodies are being recovered (`killed`, core,
    # hedged "believed"; another annotator might write `missing`); "about three meters deep", "250 miles" (a
    # distance); the department's homes (property, not core) and the state's estimate (an estimate, not hedged).
    # "Late Wednesday afternoon", "Wednesday" dates; "a married couple" a determiner; "three-year-old" an age.
    (",12", "Hundreds feared cut off", 0, "people_cut_off", "people", 200, None, "vague", HARVEY, None, "none",
     True, False),
    (",12", "death toll rose to 23", 0, "killed", "deaths", 23, 23, "exact", HARVEY, None, "none", False, True),
    (",12", "two drowning deaths", 0, "killed", "drowning deaths", 2, 2, "exact", HARVEY,
     "the Harris County sheriff’s office", "organization", False, True),
    (",12", "six members of a Houston family", 0, "killed", "members of a Houston family", 6, 6, "exact", HARVEY,
     None, "none", True, True),
    (",12", "about three meters deep", 0, "water_depth", "meters", 3, 3, "approx", HARVEY, None, "none", False,
     False),
    (",12", "250 miles", 0, "distance", "miles", 250, 250, "exact", "nurses moved from Dallas to Houston", None,
     "none", False, False),
    (",12", "48,700 homes", 0, "homes_damaged", "homes", 48700, 48700, "exact", HARVEY, TEXAS_DPS, "organization",
     False, False),
    (",12", "17,000 with major damage", 0, "homes_major_damage", "homes", 17000, 17000, "exact", HARVEY, TEXAS_DPS,
     "organization", False, False),
    (",12", "1,000 that were destroyed", 0, "homes_destroyed", "homes", 1000, 1000, "exact", HARVEY, TEXAS_DPS,
     "organization", False, False),
    (",12", "700 businesses", 0, "businesses_damaged", "businesses", 700, 700, "exact", HARVEY, "The state",
     "organization", False, False),
    # ,13 (CBS News): Qatar's cases ("almost" upper_bound, `cases`, core; no cue); the mask fine's limit ("up to"
    # upper_bound; "possible" names a penalty that may be imposed, not doubt about the figure: not hedged; not
    # core); "first few cases" no numeral, "in March", "May 2, 2019", "From Sunday" dates, "less than two
    # months" a duration.
    (",13", "almost 29,000", 0, "cases", "cases", None, 29000, "upper_bound", QATAR, None, "none", False, True),
    (",13", "up to $53,000", 0, "mask_fine", "dollars", None, 53000, "upper_bound", QATAR, None, "none", False,
     False),
    # ,14 (Politico): the same story as dev29/'s B14, dev24/'s i13 and dev66/'s ~15, annotated as there; "1967",
    # "1968" years, "second term" (twice), "second wave" ordinals, "one Republican" a determiner.
    (",14", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague", True,
     False),
    (",14", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US, "Sen. Lindsey Graham",
     "person", False, False),
    # ,15 (The Detroit News): Ford's workforce ("approximately" approx); the state's infections (`infected`, core)
    # and deaths (`killed`, core), no cue ("as of Saturday" a date); "within 24 hours", "for 14 days" durations in
    # Talamonti's quotation.
    (",15", "approximately 46,000 people", 0, "employees", "people", 46000, 46000, "approx",
     "Ford in southeast Michigan", None, "none", False, False),
    (",15", "infected more than 50,500 people", 0, "infected", "people", 50500, None, "lower_bound", MICHIGAN, None,
     "none", False, True),
    (",15", "killed 4,880", 0, "killed", "people", 4880, 4880, "exact", MICHIGAN, None, "none", False, True),
    # ,16 (John Stossel): both figures inside Onwuka's quotations → "Onwuka" (person); "60, 70, 80 percent" one
    # range 60-80 (a list of bare numbers under one unit, as dev36/'s "65 or 70 or 60"); "most American workers"
    # no numeral, "one of those benefits" "one of".
    (",16", "Seventeen percent", 0, "paid_parental_leave_share", "American workers", 17, 17, "exact",
     "paid parental leave in the U.S.", ONWUKA, "person", False, False),
    (",16", "60, 70, 80 percent", 0, "paid_leave_share_broad", "American workers", 60, 80, "range",
     "paid parental leave in the U.S.", ONWUKA, "person", False, False),
    # ,17 (Independent Journal Review): "Three companies" inside the ad's quotation → "the ad" (document);
    # "Facebook soon took three of the ads down" ("N of the M" a claim of N), none; "last week", "Friday" dates.
    (",17", "Three companies", 0, "dominant_tech_companies", "companies", 3, 3, "exact",
     "Elizabeth Warren's Big Tech ads", "the ad", "document", False, False),
    (",17", "three of the ads", 0, "ads_removed", "ads", 3, 3, "exact", "Elizabeth Warren's Big Tech ads", None,
     "none", False, False),
    # ,18 (Media Matters): both figures in the transcript line labelled "CHRIS STIREWALT (FOX NEWS POLITICS
    # EDITOR):" → its labelled speaker (person, dev5/, as dev68/'s ^20); "150 million or more" lower_bound (as
    # dev2/'s "10 or more"); "4/16/19" a date.
    (",18", "80% of Americans", 0, "employer_insurance_share", "Americans", 80, 80, "exact",
     "private health insurance in the U.S.", "CHRIS STIREWALT", "person", False, False),
    (",18", "150 million or more Americans", 0, "private_insurance_holders", "Americans", 150 * MILLION, None,
     "lower_bound", "private health insurance in the U.S.", "CHRIS STIREWALT", "person", False, False),
    # ,19 (Mediaite): no numeric claim ("October 11, 2019" dates, the t.co links identifiers).
    # ,20 (Boston Herald): the trust share and its rise (no cue in their sentence: none); the survey's "66
    # percent of people" → "The survey" (document); "the July report", "yesterday", "from 2016" dates.
    (",20", "54 percent of Americans", 0, "media_trust_share", "Americans", 54, 54, "exact", MEDIA_TRUST, None,
     "none", False, False),
    (",20", "up 32 percent", 0, "media_trust_change", "percent", 32, 32, "exact", MEDIA_TRUST, None, "none", False,
     False),
    (",20", "66 percent of people", 0, "watchdog_belief_share", "people", 66, 66, "exact", MEDIA_TRUST,
     "The survey", "document", False, False),
    # ,21 (NPR): no numeric claim ("1998", "2011" years, "Earlier this month", "March 17", "March 8" dates, "the
    # first in a string" an ordinal).
    # ,22 (USA Today): Tretter's two zeros ("that's never going to be down to zero", "as close to zero as
    # possible": a level of risk, "zero" a numeral, as dev67/'s _18 "is zero" a chance; another annotator might
    # leave figures of speech out) → "Tretter" (his quotation); "this week" a date, "N95" an identifier.
    (",22", "down to zero", 0, "exposure_risk", "risk of exposure", 0, 0, "exact", "NFL season during COVID-19",
     "Tretter", "person", False, False),
    (",22", "close to zero", 0, "exposure_risk_target", "risk of exposure", 0, 0, "exact",
     "NFL season during COVID-19", "Tretter", "person", False, False),
    # ,23 (CNBC): the headline's "3 women" (the writer's count); Ovenly's layoffs ("said Agatha Kulaga");
    # "Almost a third" (upper_bound null/(1/3)) → the survey ("according to the latest CNBC|SurveyMonkey Small
    # Business Survey", document); "23%" none (its sentence has no cue); the next sentence's four shares → "the
    # survey found" (document); "Friday" a date.
    (",23", "3 women", 0, "business_owners_profiled", "women", 3, 3, "exact", SMALL_BUSINESS, None, "none", False,
     False),
    (",23", "66 employees", 0, "employees_laid_off", "employees", 66, 66, "exact", "Ovenly bakery", KULAGA,
     "person", False, False),
    (",23", "Almost a third of small-business owners", 0, "closed_in_person_share", "small-business owners", None,
     ONE_THIRD, "upper_bound", SMALL_BUSINESS, "the latest CNBC|SurveyMonkey Small Business Survey", "document",
     False, False),
    (",23", "23%", 0, "temporarily_closed_share", "small-business owners", 23, 23, "exact", SMALL_BUSINESS, None,
     "none", False, False),
    (",23", "Thirty-six percent", 0, "reduced_own_pay_share", "small-business owners", 36, 36, "exact",
     SMALL_BUSINESS, SURVEY, "document", False, False),
    (",23", "8%", 0, "cut_employee_pay_share", "small-business owners", 8, 8, "exact", SMALL_BUSINESS, SURVEY,
     "document", False, False),
    (",23", "13%", 0, "furloughed_share", "small-business owners", 13, 13, "exact", SMALL_BUSINESS, SURVEY,
     "document", False, False),
    (",23", "11%", 0, "laid_off_share", "small-business owners", 11, 11, "exact", SMALL_BUSINESS, SURVEY,
     "document", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # ,00: Schumer's taunt; "Politico reported:" (organization); Kurtz's book ("Kurtz writes:") → "Howard Kurtz".
    # The book title “Media Madness: …”, the show “MediaBuzz” and the coined term “Defiance Disorder.” are not
    # quotes.
    (",00", "The great deal-making president sat on the sidelines", 0, "Chuck Schumer", "person"),
    (",00", "The stand-back-and-watch approach paid off", 0, "Politico", "organization"),
    (",00", "The phrase refers to Trump’s seeming compulsion", 0, "Howard Kurtz", "person"),
    # ,01: "Steve Schwarzman declared … has created “a substantial opportunity”" (a short quotation after a verb
    # of saying).
    (",01", "a substantial opportunity", 0, "Steve Schwarzman", "person"),
    # ,02: "An NBC News headline declared, “…”" → "NBC News headline" (document, the cue's noun); the nested
    # ‘game over’ a two-word term, not its own entry; "According to CNN, “…”" → "CNN".
    (",02", "Amazon wildfires could be", 0, "NBC News headline", "document"),
    (",02", "An inferno in the Amazon, two-thirds of which", 0, "CNN", "organization"),
    # ,03: Trump's tweet ("When the president decides to tweet, "…"") → "Trump" (the excerpt writes "President
    # Trump" only).
    (",03", "'Progressive' Democrat Congresswomen", 0, "Trump", "person"),
    # ,04: "liberal political observers to intone gravely that the Trump presidency … was "not normal."" → a short
    # quotation after a verb of saying, the group as speaker (person; another annotator might call it a slogan);
    # "norms" one word.
    (",04", "not normal.", 0, "liberal political observers", "person"),
    # ,05: "Dwoskin frames … as:" and the quotation left open at the excerpt's end → "Elizabeth Dwoskin";
    # “banned footage” a two-word term.
    (",05", "A wave of seemingly countless workarounds", 0, "Elizabeth Dwoskin", "person"),
    # ,06: the headline's ‘Flimsiest of Innuendos’ (", Says UK Defence Lawyer") and the body's "Mr Eissa said the
    # prosecution’s case was built on the “flimsiest of innuendos”" → "Eissa" (no first name in the excerpt; the
    # headline's lawyer is the body's Mr Eissa, as dev29/'s B06); “good night out” (an email's phrase named under
    # "referred to") a term, “periphery” one word.
    (",06", "Flimsiest of Innuendos", 0, "Eissa", "person"),
    (",06", "flimsiest of innuendos", 0, "Eissa", "person"),
    # ,07: none (“EV Day” a name).
    # ,08: Crump's quotation and its resumption after "Crump said." → two entries; “inexcusable” one word.
    (",08", "We stand with the family of this young woman", 0, CRUMP, "person"),
    (",08", "Despite the tragic circumstances surrounding her death", 0, CRUMP, "person"),
    # ,09: “reservations.” one word; "Ford’s testimony was “sincere, painful, and compelling,”" inside Collins's
    # reported speech ("she explained") → "Susan Collins" (the headline's full name; a short quotation in a clause
    # of saying; another annotator might call it a label).
    (",09", "sincere, painful, and compelling", 0, "Susan Collins", "person"),
    # ,10: the resolution's words "calling for “…”" and its resumed part "to guard the Tomb “from sunrise to
    # sunset.”" → two entries, "resolution" (document, the cue's noun).
    (",10", "a special guard armed and equipped", 0, "resolution", "document"),
    (",10", "from sunrise to sunset.", 0, "resolution", "document"),
    # ,11: the former officer's quotation ("he told Salon") and its resumption → "former military officer" (the
    # words naming him, never named); the nested 'Here are the martyrs …' is a hypothetical line he imagines the
    # Nazis saying: no entry.
    (",11", "There are Nazis here today", 0, "former military officer", "person"),
    (",11", "It's an outrage.", 0, "former military officer", "person"),
    # ,12: none.
    # ,13: the official's quotation → the cue's words; the headline's "exponentially" one word.
    (",13", "implemented wide-ranging containment", 0, QATAR_OFFICIAL, "person"),
    # ,14: as dev29/'s B14.
    (",14", "Allowing people to get to some semblance of normal", 0, "Republican close to the president", "person"),
    (",14", "The closer you can have it to 120", 0, "Lindsey Graham", "person"),
    # ,15: Talamonti's statement and its resumption → two entries.
    (",15", "Fast and accurate testing is a key tool", 0, TALAMONTI, "person"),
    (",15", "These contracts will allow us to test employees", 0, TALAMONTI, "person"),
    # ,16: Onwuka's six: "responds Onwuka", "she says" (two words, a figure), the resumed "jumps to …", "says
    # Onwuka" and its resumption, and the uncued paragraph after the writer's question (narration naming no one
    # else keeps the last speaker); "both claim mandated parental would be "good for business."" → "Obama and
    # Kirsten Gillibrand" (a joint speaker, as dev17/'s "Democrats and independents").
    (",16", "It's disingenuous", 0, ONWUKA, "person"),
    (",16", "Seventeen percent", 0, ONWUKA, "person"),
    (",16", "jumps to 60, 70, 80 percent", 0, ONWUKA, "person"),
    (",16", "Paid leave is spreading", 0, ONWUKA, "person"),
    (",16", "Chipotle workers, CVS workers", 0, ONWUKA, "person"),
    (",16", "For an employer to attract good talent", 0, ONWUKA, "person"),
    (",16", "good for business.", 0, "Obama and Kirsten Gillibrand", "person"),
    # ,17: the plan's title “Here’s How We Can Break Up Big Tech” and “anti-competitive” are not quotes; the ad
    # ("the ad read according to Politico") and its uncued next paragraph → "ad" (document); the takedown notice
    # ("with messages stating") → "messages" (document, the cue's noun; another annotator might write Facebook);
    # the spokesperson's "added, “…”" → "Facebook spokesperson".
    (",17", "Three companies have vast power", 0, "ad", "document"),
    (",17", "We all use them.", 0, "ad", "document"),
    (",17", "This ad was taken down because", 0, "messages", "document"),
    (",17", "In the interest of allowing robust debate", 0, "Facebook spokesperson", "person"),
    # ,18: "Fox political editor says that “…”" → "Chris Stirewalt" (the transcript label names him); inside his
    # unmarked transcript line the candidate's imagined “Yes, I'm going to raise taxes, …” and the Republicans'
    # imagined “Yeah, but it’s not just the rich.” are hypothetical quotations: no entries; "Fox Business host
    # claims that … “price tag could bankrupt the entire country.”" → "Fox Business host".
    (",18", "the most dangerous part of Bernie Sanders’ platform", 0, STIREWALT, "person"),
    (",18", "price tag could bankrupt the entire country.", 0, "Fox Business host", "person"),
    # ,19: Serwer's quotation and its resumption ("commented The Atlantic‘s Adam Serwer") → two entries; the
    # pasted tweets (his twice, David French's) have no marks: not quotes; the headline's ‘Unconstitutional’ one
    # word.
    (",19", "This would be plainly unconsitutional.", 0, SERWER, "person"),
    (",19", "I’m sure there are some people on the left", 0, SERWER, "person"),
    # ,20: Edmonds's three (said, "Edmonds said yesterday" and its resumption); the report's split quotation
    # ("“As a whole,” the authors of the July report wrote, “…”") two entries → "authors of the July report"
    # (person); the survey item "believe news organizations “keep political leaders …”" → "people" (the
    # respondents' group, as dev6/'s k19 and dev17/'s w21); the answer labels “great deal” / “fair amount” (two
    # words, no verb of saying) not quotes.
    (",20", "People overall are pretty critical", 0, EDMONDS, "person"),
    (",20", "And then we take Republicans", 0, EDMONDS, "person"),
    (",20", "It’s just an enormous gap.", 0, EDMONDS, "person"),
    (",20", "As a whole,", 0, JULY_REPORT, "person"),
    (",20", "the public supports the press, though perhaps only tepidly.", 0, JULY_REPORT, "person"),
    (",20", "keep political leaders from doing things", 0, "people", "person"),
    # ,21: Reichl's review ("critic Ruth Reichl wrote:"); "writing that he was "feeling feverish."" → "Floyd
    # Cardoz" (the headline's name; a short quotation after a verb of writing); "Top Chef Masters." a title.
    (",21", "This is American food, viewed through", 0, "Ruth Reichl", "person"),
    (",21", "feeling feverish.", 0, "Floyd Cardoz", "person"),
    # ,22: the headline's ‘long list of hurdles’ (after "says"); the quotation, its resumption left open at the
    # paragraph's end and the reopened next paragraph → three entries; "Tretter said “obviously testing …”" a
    # fifth. All "JC Tretter" (the headline's name).
    (",22", "long list of hurdles", 0, TRETTER, "person"),
    (",22", "There’s a level of risk of everything", 0, TRETTER, "person"),
    (",22", "You’re facing a level of risk right now", 0, TRETTER, "person"),
    (",22", "Coming in contact with other people is a risk of exposure", 0, TRETTER, "person"),
    (",22", "obviously testing is going to have to be real important", 0, TRETTER, "person"),
    # ,23: Kulaga's quotation ("she said") and the uncued next one (her own imagined question nested inside, not
    # its own entry); Sheppard's ("said Sheppard") and the uncued next one → "Shyla Sheppard".
    (",23", "It was … just survival mode", 0, KULAGA, "person"),
    (",23", "It was really about, 'What are we going to do?", 0, KULAGA, "person"),
    (",23", "In these times, it's really important", 0, SHEPPARD, "person"),
    (",23", "It's really critical right now to pivot", 0, SHEPPARD, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
