"""The thirty-eighth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev38/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents

PRESS_TRUST = "Americans' trust in the news media"
SCOTT = "HIV outbreak in Scott County, Indiana"
BEDS = "hospital beds in Russia and OECD countries"
WORLD_BANK = "the World Bank’s actual stats"
VIEWPOINT = "state viewpoint-discrimination protections"
ZULU = "Zulu organization members, New Orleans"
JAMES = "Zulu President Elroy James"
MANCHESTER = "Manchester Arena bombing"
KELLY = "Kelly"
SCHAKE = "Kori Schake"
PCR = "coronavirus types and tests"
AFA = "The Association of Flight Attendants"
GEORGIA = "COVID-19 hospitalizations by race in Georgia"
CDC_SAMPLE = "a recent sample taken by the Centers for Disease Control and Prevention"
GENERATIONS = "support for limiting offensive speech by generation"
SAFETY_TEAM = "company's safety team"
DOGGETT = "Lloyd Doggett"
SHERMAN = "Gabriel Sherman"
SONDLAND = "Sondland"
MINISTRY = "Foreign Ministry"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # K00 (Prager University): the Gallup shares ("According to Gallup," opens the sentence and covers its three
    # clauses: organization); "as recently as 2000 a majority" (a year; "a majority" without a numeral, dev6/);
    # "those 18 to 49" ages; "24-hour cable news channels" a duration; "the 1950s" a decade; the two link lines'
    # URLs identifiers.
    ("K00", "40 percent", 0, "trust_in_press_share", "percent", 40, 40, "exact", PRESS_TRUST, "Gallup",
     "organization", False, False),
    ("K00", "36 percent", 0, "trust_in_press_share", "percent", 36, 36, "exact", "Americans aged 18 to 49",
     "Gallup", "organization", False, False),
    # K01 (Boston Herald Editorial): no numeric claim ("six years of Trump's tax returns" a period of years, as
    # dev36/'s "seven years of Obamacare"; "Tuesday", "April", "May" dates).
    # K02 (Raw Story): the Scott County HIV outbreak ("had contracted HIV": `infected`, an event's case count, core,
    # as dev29/'s historical toll); the county's population ("less than" upper_bound, not core); "tens of thousands
    # of people" kicked off Medicaid (vague 20,000/null, dev36/); "one of the administration's foremost architects"
    # "one of".
    ("K02", "over 200 people had contracted HIV", 0, "infected", "people", 200, None, "lower_bound", SCOTT, None,
     "none", False, True),
    ("K02", "less than 24,000 people", 0, "population", "people", None, 24000, "upper_bound", "Scott County, Indiana",
     None, "none", False, False),
    ("K02", "tens of thousands of people", 0, "medicaid_coverage_lost", "people", 20000, None, "vague",
     "Arkansas Medicaid work requirement", None, "none", False, False),
    # K03 (CNET): the policy's follower threshold ("more than" lower_bound, a limit, not core); no cue in its
    # sentence.
    ("K03", "more than 100,000 followers", 0, "follower_threshold", "followers", 100000, None, "lower_bound",
     "Twitter warning-label policy", None, "none", False, False),
    # K04 (New York Post (Opinion)): "Apparently, four states … but that means 46 states don't" (two claims, both
    # hedged by "Apparently", the 46 derived from the hedged premise); "Title VII" a name.
    ("K04", "four states", 0, "states_with_viewpoint_protection", "states", 4, 4, "exact", VIEWPOINT, None, "none",
     True, False),
    ("K04", "46 states", 0, "states_without_viewpoint_protection", "states", 46, 46, "exact", VIEWPOINT, None,
     "none", True, False),
    # K05 (The Duran): the World Bank's bed rates "(8.2 versus 3.8 per 1,000)" two claims and "over twice as many
    # beds" a multiplier (lower_bound 2, dev/'s "twice as likely"), all under "according to the World Bank's actual
    # stats" (data as a cited source: document, as dev29/'s "federal data"); "per 1,000 residents" (the first
    # mention) a rate's unit (dev19/); "2013" (twice) a year; "Covid-19" a name.
    ("K05", "over twice as many beds", 0, "hospital_bed_ratio", "beds", 2, None, "lower_bound", BEDS, WORLD_BANK,
     "document", False, False),
    ("K05", "8.2", 0, "hospital_beds_per_1000", "beds per 1,000 residents", 8.2, 8.2, "exact",
     "hospital beds in Russia, 2013", WORLD_BANK, "document", False, False),
    ("K05", "3.8 per 1,000", 0, "hospital_beds_per_1000", "beds per 1,000 residents", 3.8, 3.8, "exact",
     "hospital beds in OECD countries, 2013", WORLD_BANK, "document", False, False),
    # K06 (Waking Times): no numeric claim ("December 2016", "May 18, 2020" dates, "first national security
    # adviser" an ordinal, "3-star general" a rank, "@tedcruz" a handle, the t.co link an identifier).
    # K07 (Collective Evolution): no numeric claim ("9/11", "COVID-19" names, "for decades" a duration).
    # K08 (USA TODAY): "the 800-member organization has been rocked by seven deaths, five of which were caused by the
    # coronavirus, said Zulu President Elroy James" → James for all three (the cue closes the sentence); the deaths
    # `killed`, core (the members' toll, all causes, and its COVID-19 part); "Twenty members were diagnosed and
    # recovered" `recovered`, not core (dev17/, dev20/), no cue in its sentence; "One of the five who died" a
    # reference ("one of", "the five" said before); Sakakeeny's estimate a range, a yearly count, not core, not
    # hedged ("estimates", as dev29/'s "estimated"); "limited to 10 people or less" a limit (upper_bound); "in
    # 2007" a year.
    ("K08", "800-member organization", 0, "members", "members", 800, 800, "exact", ZULU, JAMES, "person", False,
     False),
    ("K08", "seven deaths", 0, "killed", "deaths", 7, 7, "exact", ZULU, JAMES, "person", False, True),
    ("K08", "five of which were caused by the coronavirus", 0, "killed", "deaths", 5, 5, "exact",
     "COVID-19 deaths of Zulu organization members, New Orleans", JAMES, "person", False, True),
    ("K08", "Twenty members were diagnosed and recovered", 0, "recovered", "members", 20, 20, "exact",
     "COVID-19 among Zulu organization members, New Orleans", None, "none", False, False),
    ("K08", "300 to 400 occur each year", 0, "jazz_funerals_yearly", "jazz funerals", 300, 400, "range",
     "jazz funerals in New Orleans", "Sakakeeny", "person", False, False),
    ("K08", "10 people or less", 0, "funeral_attendance_limit", "people", None, 10, "upper_bound",
     "New Orleans funeral services", None, "none", False, False),
    # K09 (National Review): no numeric claim (the caption's "several confirmed coronavirus cases" has no numeral,
    # dev10/; "March 5, 2020" a date; "a few days ago" a duration; "a couple of examples" a determiner).
    # K10 (Newsmax): the travel ban's "seven Muslim-majority countries" (no cue); "for least 90 days" (sic) and "for
    # 120 days" durations; the pasted tweets' "February 5, 2017" dates.
    ("K10", "seven Muslim-majority countries", 0, "countries_covered", "countries", 7, 7, "exact",
     "Trump travel ban executive order", None, "none", False, False),
    # K11 (The Guardian): "the eight Greater Manchester hospitals where the 59 casualties of the blast … were taken"
    # (the 59 `casualties` as written, core; the hospitals not core; no cue); "three minutes from Victoria station"
    # a duration (in Laura O'Connor's message); "25", "29-year-old" ages; "Tuesday" a date.
    ("K11", "eight Greater Manchester hospitals", 0, "hospitals_receiving", "hospitals", 8, 8, "exact", MANCHESTER,
     None, "none", False, False),
    ("K11", "59 casualties", 0, "casualties", "casualties", 59, 59, "exact", MANCHESTER, None, "none", False, True),
    # K12 (New York Times - News): "less than a percent" inside Kelly's quotation (upper_bound null/1, as dev26/'s
    # "fewer than one percent"; the share who serve, not core) → "Mr. Kelly"; "in 2010" a year; "On the one hand" a
    # phrase.
    ("K12", "less than a percent", 0, "share_serving_in_military", "percent", None, 1, "upper_bound",
     "Americans serving in the military", "Mr. Kelly", "person", False, False),
    # K13 (Activist Post): two "over 100" counts (lower_bound, no cue); "OCTOPUS PROMIS 2.0" a name with a version,
    # "COVID-19", "SARS-CoV-2", "RT-PCR" names, "www.questioningcovid.com" an identifier.
    ("K13", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", PCR, None, "none", False, False),
    ("K13", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods", "testing methods",
     100, None, "lower_bound", PCR, None, "none", False, False),
    # K14 (NPR): "at least 300 of its members have contracted COVID-19" → the union ("says"; `infected`, core); "17
    # other airlines" sits in the relative clause describing the union (background, not what it says: none, as
    # dev36/'s aside); "several flight attendants have died" no numeral; "the first U.S. airline" an ordinal;
    # "next week" a date.
    ("K14", "17 other airlines", 0, "airlines_represented", "airlines", 17, 17, "exact",
     "Association of Flight Attendants", None, "none", False, False),
    ("K14", "at least 300 of its members have contracted COVID-19", 0, "infected", "members", 300, None,
     "lower_bound", "COVID-19 among flight attendants", AFA, "organization", False, True),
    # K15 (The Verge): the CDC sample's share and size → the sample (document, as dev37/'s poll and its sample);
    # "less than one-third of the population" (a fraction, upper_bound null/(1/3), no cue); "more than 55 percent of
    # COVID-19 cases" missing race (a share, not core; "the CDC's national data is still missing" names the data
    # as the actor, not a source: none); the headline's "A majority" no numeral (dev6/); "April 13th" a date.
    ("K15", "More than 80 percent of coronavirus patients", 0, "share_black_of_hospitalized", "percent", 80, None,
     "lower_bound", GEORGIA, CDC_SAMPLE, "document", False, False),
    ("K15", "305 patients", 0, "sample_size", "patients", 305, 305, "exact", GEORGIA, CDC_SAMPLE, "document", False,
     False),
    ("K15", "less than one-third of the population", 0, "black_population_share", "population", None, ONE_THIRD,
     "upper_bound", "Georgia population", None, "none", False, False),
    ("K15", "more than 55 percent of COVID-19 cases", 0, "cases_missing_race_share", "percent", 55, None,
     "lower_bound", "CDC national COVID-19 data", None, "none", False, False),
    # K16 (Mitú): no numeric claim ("When I was 18" an age, "almost a year" a duration, "The First" an ordinal).
    # K17 (City Journal): the generations' shares (no cue in their sentence: none; "Some" approx); "1 percenters" a
    # label for the wealthy (call: another annotator might count it); "Most Republicans" no numeral; "1950s" a decade.
    ("K17", "Some 40 percent of millennials", 0, "support_limiting_offensive_speech", "percent", 40, 40, "approx",
     GENERATIONS, None, "none", False, False),
    ("K17", "27 percent", 0, "support_limiting_offensive_speech", "percent", 27, 27, "exact", GENERATIONS, None,
     "none", False, False),
    ("K17", "24 percent among baby boomers", 0, "support_limiting_offensive_speech", "percent", 24, 24, "exact",
     GENERATIONS, None, "none", False, False),
    ("K17", "12 percent among the oldest cohorts", 0, "support_limiting_offensive_speech", "percent", 12, 12,
     "exact", GENERATIONS, None, "none", False, False),
    # K18 (Esquire): no numeric claim ("2020 elections" a year, "one of the state's most powerful judges" "one of",
    # "more than a few Republicans" no numeral).
    # K19 (Pat Buchanan): no numeral.
    # K20 (Michelle Goldberg): no numeric claim ("July 25" a date, "for many weeks" no numeral).
    # K21 (Chicago Sun-Times): no numeral.
    # K22 (WorldHealth.Net): the unnamed quotation's patient counts (speaker unnamed: none; `recovered` and
    # `discharged`, not core); "February 20, 2020" a date; "C10 West Ward" an identifier; "Numerous studies" no
    # numeral.
    ("K22", "another 4 patients", 0, "recovered", "patients", 4, 4, "exact",
     "severe coronavirus pneumonia patients, Tongji Hospital", None, "none", False, False),
    ("K22", "8 patients have been discharged", 0, "discharged", "patients", 8, 8, "exact",
     "severe coronavirus pneumonia patients, Tongji Hospital", None, "none", False, False),
    # K23 (Press TV): no numeric claim ("late December" a date, "the world's two largest economies" a rank of the
    # two named countries, "over the past weeks" a duration).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # K00: “news”, “objective” one-word.
    # K01: Doggett (said on CNN, then "added"), Neal's statement (fullest name in the headline).
    ("K01", "This should have been done a long time ago", 0, DOGGETT, "person"),
    ("K01", "Being dilatory is not good", 0, DOGGETT, "person"),
    ("K01", "Due to that noncompliance", 0, "Richard Neal", "person"),
    # K03: "the company's safety team said in a tweet" and its resumption → the cue's words (organization); the
    # notice's text ("a notice that says") → "notice" (document).
    ("K03", "Sometimes, we decide that it may be", 0, SAFETY_TEAM, "organization"),
    ("K03", "We're going to start using a new notice", 0, SAFETY_TEAM, "organization"),
    ("K03", "The Twitter Rules about abusive behavior", 0, "notice", "document"),
    # K04: ‘cancel culture,’ a label; “viewpoints or beliefs.” a proposed category's name: no quotes.
    # K05: "Shortly after asking “why the coronavirus did not kill more Russians,” Bloomberg …" → Bloomberg
    # (organization); ‘How Putin’s Russia Bungled the Pandemic’ a title.
    ("K05", "why the coronavirus did not kill more Russians", 0, "Bloomberg", "organization"),
    # K06: Sherman's tweet, quoted and resumed → two entries; “Obamagate” one word; Ted Cruz's pasted tweet has no
    # marks (dev35/, dev37/).
    ("K06", "Serious questions for Trumpers", 0, SHERMAN, "person"),
    ("K06", "What is the scandal of unmasking", 0, SHERMAN, "person"),
    # K07: “waking up”, ‘awakening’, “conspiracy theory”, “fake news” terms and labels: no quotes.
    # K08: James's quotation and its resumption; the headline's 'celebration of life,' a label.
    ("K08", "It leaves us, many members", 0, "Elroy James", "person"),
    ("K08", "The best I can do is call", 0, "Elroy James", "person"),
    # K09: "As The Atlantic put it" → The Atlantic (organization); “government shouldn’t do anything” / “government
    # should do everything,” positions nobody is said to voice (labels).
    ("K09", "There are no libertarians in a pandemic", 0, "The Atlantic", "organization"),
    # K10: the judge's ruling ("ruled … had "met their burden …"") → "James Robart"; the pasted tweets no marks.
    ("K10", "met their burden of demonstrating", 0, "James Robart", "person"),
    # K11: May "would later call" → "Theresa May" (a short quotation after a naming verb, dev37/'s Raab); the
    # message "began one message from Laura O’Connor".
    ("K11", "traumatic and terrible scenes", 0, "Theresa May", "person"),
    ("K11", "I’m three minutes from Victoria station", 0, "Laura O’Connor", "person"),
    # K12: Kelly's speech (only "Kelly" / "Mr. Kelly" in the excerpt); Schake's quotation and its resumption.
    ("K12", "America as a whole is certainly not at war", 0, KELLY, "person"),
    ("K12", "On the one hand, he spoke with enormous moral clarity", 0, SCHAKE, "person"),
    ("K12", "At the same time, he did widen", 0, SCHAKE, "person"),
    # K13: “positive cases”, “confirmed case fatality rates for COVID-19”, “suspicion of infection.” terms.
    # K14: Geraghty's quotation and its resumption.
    ("K14", "Wearing a face covering isn't about protecting yourself", 0, "Joanna Geraghty", "person"),
    ("K14", "This is the new flying etiquette", 0, "Joanna Geraghty", "person"),
    # K15: Millett's quotation and its resumption.
    ("K15", "Unfortunately, we might see history repeat itself", 0, "Gregorio Millett", "person"),
    ("K15", "That’s why it’s important to have studies", 0, "Gregorio Millett", "person"),
    # K16: Aja's quotation ("Aja told Them") and its uncued resumption; Stenberg's post ("by writing:"); “The Hunger
    # Games” a title.
    ("K16", "When I was 18, I actually lived as a trans woman", 0, "Aja", "person"),
    ("K16", "I thought I was trans", 0, "Aja", "person"),
    ("K16", "I honestly don’t know", 0, "Amandla Stenberg", "person"),
    # K17: "according to Jeh Johnson, … are “unworkable, unwise,” and lack support of “a majority of …”" → two
    # entries (short quotations under an attribution cue); “white privilege”, “male patriarchy.”, “deplorables.”
    # labels.
    ("K17", "unworkable, unwise", 0, "Jeh Johnson", "person"),
    ("K17", "a majority of American people or the Congress", 0, "Jeh Johnson", "person"),
    # K18: Beskin's quotation and its resumption; Barrow's "amounts to “the ultimate act of voter suppression”"
    # (after "Barrow said") and his later quotation.
    ("K18", "His seat is not vacant", 0, "Beskin", "person"),
    ("K18", "We should be having qualifying for his seat", 0, "Beskin", "person"),
    ("K18", "the ultimate act of voter suppression", 0, "Barrow", "person"),
    ("K18", "They’re taking this election off the books", 0, "Barrow", "person"),
    # K19: the Foreign Ministry's declaration, left open at its paragraph's end and reopened in the next → two
    # entries (organization).
    ("K19", "The US . . . openly backed violent criminals", 0, MINISTRY, "organization"),
    ("K19", "This so-called bill will only make the Chinese people", 0, MINISTRY, "organization"),
    # K20: Sondland's "communicated … that “the resumption …”"; "Holmes testified, Sondland told him that Trump “did
    # not give a [expletive] …”" → "Sondland" (the words Sondland told Holmes; another annotator might write
    # "Holmes", whose testimony relays them); "Sondland testified, “I would have …”"; “favor,” one word; "what
    # Sondland called “big stuff”" a label (a name for a category after "called", as dev37/'s nickname after
    # "dubbed"; another annotator might count it).
    ("K20", "the resumption of U.S. aid would likely not occur", 0, SONDLAND, "person"),
    ("K20", "did not give a [expletive] about Ukraine", 0, SONDLAND, "person"),
    ("K20", "I would have been more surprised", 0, SONDLAND, "person"),
    # K21: "We said among ourselves, “…”" → speaker null (the writer and fellow soldiers, never named).
    ("K21", "We’ll solve that problem once we get back home", 0, None, "unknown"),
    # K22: the opening quotation (a hospital report) has no cue and no name → speaker null; Weber's quotation and
    # its resumption.
    ("K22", "On the afternoon of February 20, 2020", 0, None, "unknown"),
    ("K22", "The patients who received vitamin C did significantly better", 0, "Weber", "person"),
    ("K22", "It helps a tremendous amount", 0, "Weber", "person"),
    # K23: Wang's quotation, its resumption after "adding," and "the Chinese diplomat said" (Wang, the sentence
    # before's speaker; another annotator might write "Chinese diplomat"); the headline's ‘open’ and “man-made.”
    # one word.
    ("K23", "China is open to working with the international scientific community", 0, "Wang", "person"),
    ("K23", "At the same time, we believe that this should be professional", 0, "Wang", "person"),
    ("K23", "Fairness means the process be free of political interference", 0, "Wang", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
