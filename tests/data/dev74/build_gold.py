"""The seventy-fourth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev74/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). File names start with "{" (every letter and
digit had been taken by earlier sets): the article prefix is "{00" … "{23".
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
US_UNEMPLOYMENT = "COVID-19 unemployment in the United States"
CLINTON_EMAILS = "State Department investigation of Hillary Clinton's emails"
REPORT = "Report on Hillary Clinton emails"
GRASSLEY_LETTER = "a letter sent to Republican Sen. Chuck Grassley"
HANNITY = "Hannity viewership and COVID-19"
CHALLENGE = "coronavirus vaccine challenge trials"
PROPONENTS = "Proponents of using challenge trials to develop a coronavirus vaccine"
BACKGROUND = "universal background checks"
US_COVID = "COVID-19 in the United States"
DEBT = "U.S. national debt"
NSW_STUDY = "New South Wales school transmission study"
NCIRS = "A study by researchers at New South Wales’ National Centre For Immunisation Research and Surveillance in Australia"
MOORE = "Stephen Moore"
PRESS_SEC = "@PressSec"
MICHELLE = "Michelle Obama"
BROOKLYN = "Brooklyn woman"
ONE_ARMED = "one-armed man"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # {00 (New York Post): no numeric claim ("one of the planet's true villains" "one of"; "NFL" a name).
    # {01 (Guest Writer - Left): "two email accounts" under "The documents show that …" (document); "nine months
    # before" a duration; "the summer of 2017", "Tuesday", "Saturday" dates; "a double page spread" no numeral.
    ("{01", "two email accounts", 0, "email_accounts_warranted", "email accounts", 2, 2, "exact",
     "Mueller investigation of Michael Cohen", "The documents", "document", False, False),
    # {02 (TheBlaze.com): no numeric claim ("once a week" a frequency, "take an hour" a duration, "a pair of" no
    # numeral, "a third suggested" an ordinal).
    # {03 (The Hill): "nearly a dozen" upper_bound null/12 (the writer's, none); "the second blow in as many days"
    # an ordinal and a span of time; "Thursday", "Wednesday" dates.
    ("{03", "nearly a dozen Democratic state attorneys general", 0, "state_attorneys_general_suing",
     "Democratic state attorneys general", None, 12, "upper_bound", "lawsuit against association health plans",
     None, "none", False, False),
    # {04 (Ben Shapiro): no numeric claim ("three-decade-old" an age, "a group of" no numeral, "This week" a date).
    # {05 (DC Dirty Laundry): the headline's "275,000 Jobs" (none); "a record 38.6 million Americans" and "nearly
    # 25%" (upper_bound) the writer's (none); "Millions of Americans … according to the Economic Policy
    # Institute" (vague 2,000,000/null, organization). National unemployment figures: not core (jobs "Killed" an
    # idiom). "Since March" a date; "multiple instances" no numeral; "catch-22" a name.
    ("{05", "275,000 Jobs", 0, "jobs_lost", "jobs", 275000, 275000, "exact", "COVID-19 unemployment in Oklahoma",
     None, "none", False, False),
    ("{05", "38.6 million Americans", 0, "unemployment_claims", "Americans", 38_600_000, 38_600_000, "exact",
     US_UNEMPLOYMENT, None, "none", False, False),
    ("{05", "nearly 25% of the entire United States labor force", 0, "labor_force_share_filed", "labor force",
     None, 25, "upper_bound", US_UNEMPLOYMENT, None, "none", False, False),
    ("{05", "Millions of Americans", 0, "unemployed_without_benefits", "Americans", 2_000_000, None, "vague",
     US_UNEMPLOYMENT, "the Economic Policy Institute", "organization", False, False),
    # {06 (The Duran): no numeric claim ("May 14" a date).
    # {07 (InfoWars): "1 million+ Muslims" ("N+" lower_bound) put into camps (`detained`, core, as dev46/'s held
    # migrants), the writer's parenthesis (none: "as the National Review pointed out" governs the siding, not the
    # aside); "6+ weeks" a duration; "Feb. 6", "Jan. 22", "the end of January" dates; "the first known death" an
    # ordinal.
    ("{07", "1 million+ Muslims", 0, "detained", "Muslims", 1_000_000, None, "lower_bound",
     "China's detention camps for Muslims", None, "none", False, True),
    # {08 (Daily Mail): the Clinton emails story of dev25/'s j10 (measure names as there; "cases" are incidents,
    # not disease cases: not core). The headline's "finds 38 … in addition to hundreds of other violations" → the
    # report (document); the lead's "those 38 people" and "91 cases" → "according to a letter …" (document; the
    # sentence's cue, another annotator might write "The investigation" as dev25/); "The 38 are …" a reference
    # back (no counted noun, no new information); "33,000 emails" none (the investigation an actor: "covered");
    # "588 violations" and "497 cases" → "The department said" (organization); the closing lead's "violations by
    # 38 people" → the State Department (the finder, as dev25/'s "The investigation … found"). "three-year
    # investigation", "more than three years ago" durations; "this week", "Friday" dates.
    ("{08", "38 State Department employees", 0, "employees_sending_classified_info", "State Department employees",
     38, 38, "exact", CLINTON_EMAILS, REPORT, "document", False, False),
    ("{08", "hundreds of other violations", 0, "violations", "violations", 200, None, "vague", CLINTON_EMAILS,
     REPORT, "document", False, False),
    ("{08", "38 people", 0, "employees_sending_classified_info", "people", 38, 38, "exact", CLINTON_EMAILS,
     GRASSLEY_LETTER, "document", False, False),
    ("{08", "91 cases", 0, "classified_info_incidents", "cases", 91, 91, "exact", CLINTON_EMAILS, GRASSLEY_LETTER,
     "document", False, False),
    ("{08", "33,000 emails", 0, "emails_reviewed", "emails", 33000, 33000, "exact", CLINTON_EMAILS, None, "none",
     False, False),
    ("{08", "588 violations", 0, "violations", "violations", 588, 588, "exact", CLINTON_EMAILS, "The department",
     "organization", False, False),
    ("{08", "497 cases", 0, "violations_without_fault", "cases", 497, 497, "exact", CLINTON_EMAILS,
     "The department", "organization", False, False),
    ("{08", "38 people", 1, "employees_sending_classified_info", "people", 38, 38, "exact", CLINTON_EMAILS,
     "The State Department", "organization", False, False),
    # {09 (Washington Post): the two associations inside the authors' quotation ("the authors write": the cue's
    # words, unnamed people → anonymous; another annotator might write document, the study) — rates, not core, no
    # hedge cue ("is associated with"); "one standard deviation increase" a statistical unit (not a count); "the
    # two hosts" a reference back; "March 14", "March 28", "January 27-February 26" dates.
    ("{09", "approximately 32 percent more COVID-19 cases", 0, "cases_increase_share", "percent", 32, 32, "approx",
     HANNITY, "the authors", "anonymous", False, False),
    ("{09", "approximately 23 percent more COVID-19 deaths", 0, "deaths_increase_share", "percent", 23, 23,
     "approx", HANNITY, "the authors", "anonymous", False, False),
    # {10 (Yahoo! The 360): the hypothetical toll of a delay ("would likely": hedged, not core) → "they argue", the
    # proponents (vague); "the lives of potentially thousands of people" ("If …", "potentially": hedged) →
    # "supporters say" (vague); "more than 10,000 volunteers" (lower_bound, none). "several months" a duration.
    ("{10", "thousands of deaths", 0, "death_toll", "deaths", 2000, None, "vague", CHALLENGE, PROPONENTS, "vague",
     True, False),
    ("{10", "thousands of people", 0, "lives_saved", "people", 2000, None, "vague", CHALLENGE, "supporters",
     "vague", True, False),
    ("{10", "more than 10,000 volunteers", 0, "challenge_trial_volunteers", "volunteers", 10000, None,
     "lower_bound", CHALLENGE, None, "none", False, False),
    # {11 (Guest Writer - Right): the weekend shootings' "31 dead" (`killed`, core, none); "about 90 percent"
    # (approx) and "eight in ten Republicans" (a fraction 0.8, as dev46/'s "one in 10") the writer's; "all three
    # cases" a definite count giving new information (only two places are named) under "Some conservatives …,
    # noting that" (vague). "Second Amendment" a name; "this week", "Wednesday" dates.
    ("{11", "31 dead", 0, "killed", "dead", 31, 31, "exact", "Dayton and El Paso shootings", None, "none", False,
     True),
    ("{11", "about 90 percent", 0, "support_share", "percent", 90, 90, "approx", BACKGROUND, None, "none", False,
     False),
    ("{11", "eight in ten Republicans", 0, "republican_support_share", "Republicans", 0.8, 0.8, "exact",
     BACKGROUND, None, "none", False, False),
    ("{11", "all three cases", 0, "mass_shootings", "cases", 3, 3, "exact", "recent mass shootings",
     "Some conservatives", "vague", False, False),
    # {12 (The Marshall Project): "the Charleston church shootings that killed nine black parishioners" (`killed`,
    # core, none). "For decades" a duration.
    ("{12", "nine black parishioners", 0, "killed", "black parishioners", 9, 9, "exact",
     "Charleston church shooting", None, "none", False, True),
    # {13 (USA Today): U.S. deaths "approached 81,000" (upper_bound, dev14/'s "approached") and cases "topped 1
    # million" (lower_bound, dev8/'s "topped"), core, none. "Osterholm, 67", "Inglesby, 53" ages; "April 28",
    # "April 8, 2020", "Tuesday", "Wednesday" dates; "one of the nation's leading epidemiologists" (twice) "one of".
    ("{13", "deaths attributed to COVID-19 approached 81,000", 0, "killed", "deaths", None, 81000, "upper_bound",
     US_COVID, None, "none", False, True),
    ("{13", "cases in the United States topped 1 million", 0, "cases", "confirmed coronavirus cases", 1_000_000,
     None, "lower_bound", US_COVID, None, "none", False, True),
    # {14 (NPR): a Fresh Air transcript: "a … robbery of a Brink's truck that led to three deaths" on Gross's line →
    # "GROSS" (the labelled speaker, dev5/, dev19/); a past event's toll, core (as dev29/'s conquistadors). "a life
    # sentence" no numeral.
    ("{14", "three deaths", 0, "killed", "deaths", 3, 3, "exact", "Brink's truck robbery", "GROSS", "person",
     False, True),
    # {15 (Politico): the same story as dev29/'s B14, dev71/'s ,14 and earlier sets, annotated as there; "1967",
    # "1968" years, "second term" (twice), "second wave" ordinals, "one Republican" a determiner.
    ("{15", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague", True,
     False),
    ("{15", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US, "Sen. Lindsey Graham",
     "person", False, False),
    # {16 (CBN): the headline's "$22 TRILLION" (none) and Moore's "It is headed to $23 trillion" inside his
    # quotation (a projection: hedged, as dev73/'s projections; another annotator might not hedge it). "next
    # year" a date; "one of President Trump's former economic advisors" "one of"; "one way" a determiner.
    ("{16", "$22 TRILLION", 0, "national_debt", "dollars", 22_000_000_000_000, 22_000_000_000_000, "exact", DEBT,
     None, "none", False, False),
    ("{16", "$23 trillion", 0, "national_debt", "dollars", 23_000_000_000_000, 23_000_000_000_000, "exact", DEBT,
     MOORE, "person", True, False),
    # {17 (The Daily Caller): the NSW study "looked at … five primary schools and 10 high schools" (the study an
    # actor: none, as dev33/'s "Researchers looked at") "and found that of 863 people … only 2 people, or 0.23%,
    # contracted the virus" (the finding → the study, document); "only 2 people" infected (`infected`, core: an
    # outbreak's case count; another annotator might call a study's sample result not core); the April study's
    # "three different schools" → "a study published in April" (document). "a 9-year-old" an age; "March",
    # "mid-April", "April", "July 16, 2020" dates; "a skiing class" no numeral.
    ("{17", "five primary schools", 0, "schools_studied", "primary schools", 5, 5, "exact", NSW_STUDY, None, "none",
     False, False),
    ("{17", "10 high schools", 0, "schools_studied", "high schools", 10, 10, "exact", NSW_STUDY, None, "none",
     False, False),
    ("{17", "863 people", 0, "close_contacts", "people", 863, 863, "exact", NSW_STUDY, NCIRS, "document", False,
     False),
    ("{17", "only 2 people", 0, "infected", "people", 2, 2, "exact", NSW_STUDY, NCIRS, "document", False, True),
    ("{17", "0.23%", 0, "infection_rate", "percent", 0.23, 0.23, "exact", NSW_STUDY, NCIRS, "document", False,
     False),
    ("{17", "three different schools", 0, "schools_attended", "schools", 3, 3, "exact",
     "infected child in an April study", "a study published in April", "document", False, False),
    # {18 (NewsBusters): a rate ("nearly" upper_bound; rates not core), none.
    ("{18", "nearly 10 deaths per million people", 0, "death_rate", "deaths per million people", None, 10,
     "upper_bound", "COVID-19 in Louisiana", None, "none", False, False),
    # {19 (BET): no numeric claim ("every single person", "every year" no count).
    # {20 (Bloomberg): the woman's "$1,700 rent" (none: "is worried" is no cue); "one-and-a-half-bedroom
    # apartment" the flat's type (a name, like a model; another annotator might write 1.5 bedrooms); "this coming
    # month" a date.
    ("{20", "$1,700 rent", 0, "monthly_rent", "dollars", 1700, 1700, "exact", "undocumented Brooklyn renter", None,
     "none", False, False),
    # {21 (Business Insider): Carranza's "50-50 shot" (a probability, 0.5, as dev46/'s "one in 10 chance" 0.1) →
    # the chancellor (person; "according to The New York Post" is the outlet relaying him). "April 11", "May 15",
    # "September", "earlier this week" dates; "NY Pause" a name.
    ("{21", "50-50 shot", 0, "reopening_chance", "shot", 0.5, 0.5, "exact", "New York City schools reopening",
     "New York City Schools Chancellor Richard Carranza", "person", False, False),
    # {22 (CNBC): no numeric claim ("decades ago" a duration).
    # {23 (American Thinker): no numeric claim ("the one-armed man" a description, "one of the perks" "one of").
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # {00: “whimpering” one word; "He spoke of Baghdadi … “dying like a dog.”" → "Trump" (four words in a clause of
    # saying; the excerpt gives no first name).
    ("{00", "dying like a dog.", 0, "Trump", "person"),
    # {01: the tweet ("Trump tweeted"); "collusion" one word.
    ("{01", "THIS SHOULD NEVER HAPPEN TO A PRESIDENT AGAIN!", 0, "Trump", "person"),
    # {02: the headline's 'Cookies & Coloring,', 'Bouncy Castle' and the body's "Cookies & Coloring", "Bouncy
    # Castle", "Cookies & Coloring Study Break", "Breathing Space" titles and names; the headline's 'anxiety
    # relief needs' a headline label; "The description entices students to "take an hour …"" → "description"
    # (document); the Bouncy Castle's "anxiety relief needs. Bring a friend …" uncued, the same promotional text
    # → "description" (continuing the last source; another annotator might write null); the two posts → "Twitter
    # user" ("one Twitter user wrote", "Another added", as dev15/'s u20); "Safe Spaces", "Infantilization Zones"
    # terms.
    ("{02", "take an hour to put down your phone", 0, "description", "document"),
    ("{02", "anxiety relief needs. Bring a friend", 0, "description", "document"),
    ("{02", "At their age, my father faced direct fire", 0, "Twitter user", "person"),
    ("{02", "most universities are becoming a joke now", 0, "Twitter user", "person"),
    # {03: Bates's ruling ("said in the ruling, according to Bloomberg") and "he added" → "Bates" (no first name).
    ("{03", "The final rule is clearly an end-run around the ACA", 0, "Bates", "person"),
    ("{03", "Indeed, as the president directed", 0, "Bates", "person"),
    # {04: "anti-racism activists." a label; "one of the protesters asked" → "protester" (the cue's noun; another
    # annotator might write "protesters" or "one of the protesters"); the chant "We believe survivors!" a slogan
    # (dev10/, dev31/); "survivors" (twice) one word.
    ("{04", "Do you believe survivors, sir?", 0, "protester", "person"),
    # {09: "the authors write" → "authors" (dev30/'s C14); the Fox News spokesman's statement; Bursztyn's uncued
    # quotation right after "Leonardo Bursztyn noted that …" → him. The nested ‘study’ and ‘cherry-picking’ one
    # word.
    ("{09", "Our results indicate that a one standard deviation", 0, "authors", "person"),
    ("{09", "as this timeline proves", 0, "Fox News spokesman", "person"),
    ("{09", "There’s no ‘cherry-picking’ possible", 0, "Leonardo Bursztyn", "person"),
    # {11: "Trump said there “was great appetite for background checks.”" (a short quotation in a clause of saying).
    ("{11", "was great appetite for background checks.", 0, "Trump", "person"),
    # {12: "His final words— “I can’t breathe”—" → "Eric Garner" (his words, quoted; another annotator might call
    # it a slogan); “The Wire”, “Just Mercy” titles.
    ("{12", "I can’t breathe", 0, "Eric Garner", "person"),
    # {13: "Deadliest Enemy: Our War Against Killer Germs." a title. {14: a transcript, no marks.
    # {15: as dev29/'s B14.
    ("{15", "Allowing people to get to some semblance of normal", 0, "Republican close to the president", "person"),
    ("{15", "The closer you can have it to 120", 0, "Lindsey Graham", "person"),
    # {16: Moore's two, Kudlow's; 'use it or lose it' a slogan.
    ("{16", "It is headed to $23 trillion", 0, MOORE, "person"),
    ("{16", "The problem is the incentives in Washington", 0, MOORE, "person"),
    ("{16", "The president is concerned, he's always been concerned", 0, "Larry Kudlow", "person"),
    # {17: the pasted tweet's quotation split by "@PressSec" → two entries, "@PressSec" (the quotation's speaker, not
    # the tweet's poster Kelly O’Donnell, as dev62/'s "@ilyseh"); "The study “found no evidence …”" → "study"
    # (document; a short quotation after a verb of finding, as dev33/'s F02); "the study concluded" → "study".
    ("{17", "We don’t think our children should be locked up at home", 0, PRESS_SEC, "person"),
    ("{17", "when its perfectly safe for them to go to school", 0, PRESS_SEC, "person"),
    ("{17", "found no evidence of children infecting teachers", 0, "study", "document"),
    ("{17", "The fact that an infected child did not transmit", 0, "study", "document"),
    # {18: Cillizza "stating, “…”" (no first name in the excerpt); Edwards's "who said, “…”".
    ("{18", "more people have died of coronavirus in Louisiana", 0, "Cillizza", "person"),
    ("{18", "I'm fighting to save our people.", 0, "John Bel Edwards", "person"),
    # {19: three quotations, each after its own cue ("She continued", "Obama also pushed …", "She also gave …").
    ("{19", "But the pandemic has pulled the curtain back", 0, MICHELLE, "person"),
    ("{19", "So every single person out there needs", 0, MICHELLE, "person"),
    ("{19", "When I’m talking to young people", 0, MICHELLE, "person"),
    # {20: "he said" and the resumption: the excerpt never names him → null (unknown, as dev29/'s B16); the Brooklyn
    # woman's "she said" and the resumption → "Brooklyn woman" (the cue's words without the article).
    ("{20", "The thing I’m dependent on right now", 0, None, "unknown"),
    ("{20", "That’s the only thing that’s going to get me out", 0, None, "unknown"),
    ("{20", "I don’t want to end up bankrupt", 0, BROOKLYN, "person"),
    ("{20", "Where do we get that money from?", 0, BROOKLYN, "person"),
    # {21: Cuomo's statement; "saying that shutting schools is "my legal authority,"" (three words in a clause of
    # saying) → "Cuomo"; Carranza "told principals … there's only a "50-50 shot"" (a short quotation in reported
    # speech) → "Richard Carranza"; "NY Pause" a name.
    ("{21", "We don't think it's possible to reopen schools", 0, "Cuomo", "person"),
    ("{21", "my legal authority", 0, "Cuomo", "person"),
    ("{21", "50-50 shot", 0, "Richard Carranza", "person"),
    # {22: Bezos's statement and its resumption → two entries, "Bezos" (no first name in the excerpt).
    ("{22", "We listened to our critics", 0, "Bezos", "person"),
    ("{22", "We're excited about this change", 0, "Bezos", "person"),
    # {23: the film character's two lines ("he says", then resumed) → "one-armed man"; “Thank You Meal” a name.
    ("{23", "Thank you for giving me the opportunity to work", 0, ONE_ARMED, "person"),
    ("{23", "The SS beat me up.", 0, ONE_ARMED, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
