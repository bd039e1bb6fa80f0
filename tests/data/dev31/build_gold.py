"""The thirty-first (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev31/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
POLARIZATION = "American partisan animus"
ADMIRED = "Gallup Most Admired Man and Woman, 2018"
MARIST = "decriminalizing illegal border crossings (Marist poll)"
US_JOBS = "U.S. labor market, April 2020"
CHANNEL = "Channel migrant boat crossings to the UK"
LA = "COVID-19 in Los Angeles County"
OPIOIDS = "opioid deaths in the U.S."
CHAVES = "COVID-19 in Chaves County, New Mexico"
SHERIFFS = "sheriffs opposing coronavirus restrictions"
KENYA = "al-Shabaab attack on U.S. military base in Kenya"
HANUKKAH = "Hanukkah stabbing attack at a rabbi's home"
TEXAS_CHURCH = "Texas church shooting"
CFR = "COVID-19 case fatality rates"
ADEN = "COVID-19 in Aden, Yemen"
HADI = "The so-called regime led by Hadi in Aden"
CHINA_SUPPLIES = "China's medical supply trade, January 2020"
REPORT = "the report"
SWAN = "Woodruff Swan"
KHABIB = "Khabib Nurmagomedov"
HUCKABEE = "Mike Huckabee"
DUCA = "Lauren Duca"
TRUMP_JR = "Donald Trump, Jr."
BLADES = "Joan Blades"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # D00 (Harvard Business School): the Pew shares "According to data from the Pew Research Center" (cited data:
    # document, as dev29/'s "federal data"); "nearly half of Americans" → the HuffPost/YouGov poll (document,
    # upper_bound 0.5); "one-third of Democrats" (a fraction) and "nearly half of Republicans" have no cue (none;
    # poll shares of a hypothetical question, not hedged). "2016" a year, "Fifty years ago" a date/duration,
    # "last year" a date.
    ("D00", "45% of Republicans", 0, "poll_share", "Republicans", 45, 45, "exact", POLARIZATION,
     "data from the Pew Research Center", "document", False, False),
    ("D00", "41% of Democrats", 0, "poll_share", "Democrats", 41, 41, "exact", POLARIZATION,
     "data from the Pew Research Center", "document", False, False),
    ("D00", "nearly half of Americans", 0, "poll_share", "Americans", None, 0.5, "upper_bound", POLARIZATION,
     "a HuffPost/YouGov poll", "document", False, False),
    ("D00", "one-third of Democrats", 0, "poll_share", "Democrats", ONE_THIRD, ONE_THIRD, "exact", POLARIZATION,
     None, "none", False, False),
    ("D00", "nearly half of Republicans", 0, "poll_share", "Republicans", None, 0.5, "upper_bound", POLARIZATION,
     None, "none", False, False),
    # D01 (Gallup): the prose shares, each a claim, no cue in their sentences (the outlet is Gallup; none, as
    # dev5/'s h01 prose); "5% each" one claim (one figure for two names). The flattened table's bare cells are
    # not annotated (dev3/'s f15, dev5/'s h01); its legend "*Less than 0.5%" is a claim (upper_bound), credited
    # to "Gallup" named in the same footnote line (as dev5/'s footnote sample sizes). "Dec. 3-12, 2018" a date,
    # "first and second mentions" ordinals.
    ("D01", "35% of Democrats", 0, "poll_share", "Democrats", 35, 35, "exact", ADMIRED, None, "none", False, False),
    ("D01", "32% of Republicans", 0, "poll_share", "Republicans", 32, 32, "exact", ADMIRED, None, "none", False,
     False),
    ("D01", "13%", 0, "poll_share", "independents", 13, 13, "exact", ADMIRED, None, "none", False, False),
    ("D01", "10%", 0, "poll_share", "independents", 10, 10, "exact", ADMIRED, None, "none", False, False),
    ("D01", "7%", 0, "poll_share", "Republicans", 7, 7, "exact", ADMIRED, None, "none", False, False),
    ("D01", "1%", 0, "poll_share", "Democrats", 1, 1, "exact", ADMIRED, None, "none", False, False),
    ("D01", "28% naming her", 0, "poll_share", "Democrats", 28, 28, "exact", ADMIRED, None, "none", False, False),
    ("D01", "7% for Winfrey", 0, "poll_share", "Democrats", 7, 7, "exact", ADMIRED, None, "none", False, False),
    ("D01", "7% for Clinton", 0, "poll_share", "Democrats", 7, 7, "exact", ADMIRED, None, "none", False, False),
    ("D01", "9%", 0, "poll_share", "Republicans", 9, 9, "exact", ADMIRED, None, "none", False, False),
    ("D01", "5% each", 0, "poll_share", "Republicans", 5, 5, "exact", ADMIRED, None, "none", False, False),
    ("D01", "Less than 0.5%", 0, "poll_share", "Republicans", None, 0.5, "upper_bound", ADMIRED, "Gallup",
     "organization", False, False),
    # D02 (The Resurgent): no numeric claim ("2020" years, "March 5, 2019", "April 7, 2019" dates).
    # D03 (Tucker Carlson): "only 27%" → "a newly released Marist poll" (document); "just 33%" → "The poll"
    # (document); "Sixty-six percent" and "Sixty-two percent" have no cue in their sentences (none).
    ("D03", "only 27% of American adults", 0, "poll_share", "American adults", 27, 27, "exact", MARIST,
     "a newly released Marist poll", "document", False, False),
    ("D03", "Sixty-six percent of Americans", 0, "poll_share", "Americans", 66, 66, "exact", MARIST, None, "none",
     False, False),
    ("D03", "just 33% of Americans", 0, "poll_share", "Americans", 33, 33, "exact",
     "free health care for illegal immigrants (Marist poll)", "The poll", "document", False, False),
    ("D03", "Sixty-two percent", 0, "poll_share", "Americans", 62, 62, "exact",
     "free health care for illegal immigrants (Marist poll)", None, "none", False, False),
    # D04 (Mashable): no numeral.
    # D05 (Slate): jobs and the rate → the Bureau of Labor Statistics ("reported"); "up to 8.1 million Americans
    # may have been categorized" (upper_bound, hedged "may") → "the BLS"; "If you factor those individuals in, …
    # would jump to about 19.5 percent, the government's statisticians wrote" (hedged "if"/"would"; unnamed
    # officials: anonymous, as dev15/'s "An agency spokesperson"). "1948", "1931", "1932–33" years, the ".1"
    # after "United States" a footnote marker.
    ("D05", "20.5 million jobs", 0, "jobs_lost", "jobs", 20_500_000, 20_500_000, "exact", US_JOBS,
     "the Bureau of Labor Statistics", "organization", False, False),
    ("D05", "14.7 percent", 0, "unemployment_rate", "percent", 14.7, 14.7, "exact", US_JOBS,
     "the Bureau of Labor Statistics", "organization", False, False),
    ("D05", "up to 8.1 million Americans", 0, "misclassified_workers", "Americans", None, 8_100_000, "upper_bound",
     US_JOBS, "the BLS", "organization", True, False),
    ("D05", "about 19.5 percent", 0, "unemployment_rate", "percent", 19.5, 19.5, "approx", US_JOBS,
     "the government’s statisticians", "anonymous", True, False),
    # D06 (InfoWars): crossings detected (migrants: not core, as dev24/'s i11); no cue (none). "So far this
    # year", "the entire 2019", "20 May", "the past few weeks" dates and durations.
    ("D06", "around 1,500 migrants", 0, "migrant_crossings_detected", "migrants", 1500, 1500, "approx", CHANNEL,
     None, "none", False, False),
    ("D06", "the number was 1,890", 0, "migrant_crossings_detected", "migrants", 1890, 1890, "exact", CHANNEL,
     None, "none", False, False),
    # D07 (Los Angeles Daily News): hospitalizations `hospitalized`, core (dev4/); the shares of the state's
    # cases and deaths (not core), the daily change (a rate), the criterion "drop below 2,543 new cases" (a
    # threshold, upper_bound, not core), "five times lower" (a multiplier, the factor as worded, 5) and the
    # positivity share: no cue (none). "Stage 2" a name, "May 14", "May 21" dates, "in two weeks", "two-week",
    # "the past week" durations, "the first option", "the second option" ordinals.
    ("D07", "10 million residents", 0, "population", "residents", 10_000_000, 10_000_000, "exact", LA, None,
     "none", False, False),
    ("D07", "nearly 50% of the state’s cases", 0, "case_share", "cases", None, 50, "upper_bound", LA, None,
     "none", False, False),
    ("D07", "nearly 60% of its deaths", 0, "death_share", "deaths", None, 60, "upper_bound", LA, None, "none",
     False, False),
    ("D07", "1,742 people", 0, "hospitalized", "people", 1742, 1742, "exact", LA, None, "none", False, True),
    ("D07", "1,516 people", 0, "hospitalized", "people", 1516, 1516, "exact", LA, None, "none", False, True),
    ("D07", "-1.6%", 0, "hospitalization_daily_change", "%", -1.6, -1.6, "exact", LA, None, "none", False,
     False),
    ("D07", "below 2,543 new cases", 0, "reopening_case_threshold", "new cases", None, 2543, "upper_bound", LA,
     None, "none", False, False),
    ("D07", "five times lower", 0, "case_reduction_factor", "two-week total", 5, 5, "exact", LA, None, "none",
     False, False),
    ("D07", "about 5% of test results", 0, "test_positivity", "test results", 5, 5, "approx", LA, None, "none",
     False, False),
    # D08 (Fox Online News): "115 Americans die daily" → the CDC ("estimates": not a hedge); the 2016 toll (a
    # national yearly statistic, not core, dev15/) no cue; Trump's argument ("He has argued that", the pronoun's
    # referent "Trump" in the sentence before): "shooting one person" (a count of one against "thousands") and
    # "a drug dealer who potentially kills thousands" (vague, hedged "potentially"); neither core (a general
    # case, not an event's toll). "2016" a year, "Cabinet department" no numeral.
    ("D08", "115 Americans die daily", 0, "opioid_deaths_daily", "Americans", 115, 115, "exact", OPIOIDS,
     "The Center for Disease Control and Prevention (CDC)", "organization", False, False),
    ("D08", "killed 42,000 people", 0, "opioid_deaths_yearly", "people", 42000, 42000, "exact", OPIOIDS, None,
     "none", False, False),
    ("D08", "one person", 0, "people_shot", "person", 1, 1, "exact", "death penalty for shooting (Trump's argument)",
     "Trump", "person", False, False),
    ("D08", "kills thousands", 0, "deaths_caused_by_drug_dealer", "people", 2000, None, "vague",
     "drug dealers (Trump's argument)", "Trump", "person", True, False),
    # D09 (The Marshall Project): "Chaves County—which has reported 30 positive diagnoses …, and two related
    # deaths" → "Chaves County" (organization: the county is the reporting subject of the relative clause);
    # cases and deaths core; "potentially deprived local businesses of a million dollars" (hedged) → KRQE
    # ("according to"); the sheriffs and states → the Marshall Project analysis (document). "one of at least 60"
    # the 60 a claim, "one of" not; "the 1940s" a decade, "this month" a date.
    ("D09", "30 positive diagnoses", 0, "cases", "positive diagnoses", 30, 30, "exact", CHAVES, "Chaves County",
     "organization", False, True),
    ("D09", "two related deaths", 0, "killed", "deaths", 2, 2, "exact", CHAVES, "Chaves County", "organization",
     False, True),
    ("D09", "a million dollars in revenue", 0, "lost_revenue", "dollars", 1_000_000, 1_000_000, "exact",
     "UFO Festival cancellation, Roswell", "KRQE", "organization", True, False),
    ("D09", "at least 60 sheriffs", 0, "sheriffs_opposing_restrictions", "sheriffs", 60, None, "lower_bound",
     SHERIFFS, "a Marshall Project analysis of news reports and official statements", "document", False, False),
    ("D09", "more than a dozen states", 0, "states", "states", 12, None, "lower_bound", SHERIFFS,
     "a Marshall Project analysis of news reports and official statements", "document", False, False),
    # D10 (TheBlaze.com): no numeric claim ("77 in two months", "when he was 30" ages and a duration, "the first
    # half of 2019" a date, "a son" no numeral, "one of the most powerful people" "one of").
    # D11 (BET): the headline's "Three Americans Killed" (span "Three Americans", as dev27/'s headline "27 Men")
    # none; "among the three people killed in the attack, WGN9 reports" → WGN9 (a repeated mention, a claim);
    # "According to WGN9, Kenya's military said at least four attackers were also killed" → "Kenya’s military"
    # (the nearer source, organization). All `killed`, core. "23" an age, "2018" a year.
    ("D11", "Three Americans", 0, "killed", "Americans", 3, 3, "exact", KENYA, None, "none", False, True),
    ("D11", "three people killed", 0, "killed", "people", 3, 3, "exact", KENYA, "WGN9", "organization", False,
     True),
    ("D11", "at least four attackers", 0, "killed", "attackers", 4, None, "lower_bound", KENYA, "Kenya’s military",
     "organization", False, True),
    # D12 (Newsmax - News): "a weekend stabbing attack … that injured five people" is the writer's identification
    # of the attack inside Huckabee's reported speech (none, as dev13/'s s23 "the shooting in Parkland … that
    # left 17 dead"); "Huckabee referenced the Sunday shooting … in which a gunman who killed two people was shot
    # dead by two parishioners" → none (the writer's description; "referenced" names a topic). Wounded and
    # killed core; the parishioners not.
    ("D12", "injured five people", 0, "wounded", "people", 5, 5, "exact", HANUKKAH, None, "none", False, True),
    ("D12", "killed two people", 0, "killed", "people", 2, 2, "exact", TEXAS_CHURCH, None, "none", False, True),
    ("D12", "two parishioners", 0, "armed_parishioners", "parishioners", 2, 2, "exact", TEXAS_CHURCH, None,
     "none", False, False),
    # D13 (Heartland Institute): "Medical experts believe … perhaps one percent" (vague source, hedged
    # "perhaps"); the official rates (rates, not core) and "factors of four to fifteen" (a range of multipliers;
    # "imply" is not a hedge cue) no cue. "January 10" a date.
    ("D13", "perhaps one percent", 0, "case_fatality_rate", "percent", 1, 1, "exact", CFR, "Medical experts",
     "vague", True, False),
    ("D13", "4.1 percent", 0, "official_case_fatality_rate", "percent", 4.1, 4.1, "exact", "COVID-19 in the U.S.",
     None, "none", False, False),
    ("D13", "12.8 percent", 0, "official_case_fatality_rate", "percent", 12.8, 12.8, "exact",
     "COVID-19 in the U.K. and Italy", None, "none", False, False),
    ("D13", "15.3 percent", 0, "official_case_fatality_rate", "percent", 15.3, 15.3, "exact", "COVID-19 in France",
     None, "none", False, False),
    ("D13", "factors of four to fifteen", 0, "case_underreporting_factor", "factors", 4, 15, "range", CFR, None,
     "none", False, False),
    # D14 (Press TV): the headline's "MSF: Scores died" (vague "scores" 40/null, dev19/; the colon names MSF);
    # the Hadi government "announced" infections and deaths (organization, as dev18/'s x13 for the same
    # government); MSF "said" its centre admitted 173 patients (`hospitalized`, core) and "at least 68 of whom
    # had lost their lives"; ACLED "estimates" the war's toll (not a hedge). "in just two weeks", "over the past
    # five years" durations, "April 10", "April 30 to May 17", "Thursday" dates.
    ("D14", "Scores died", 0, "killed", "people", 40, None, "vague", ADEN, "MSF", "organization", False, True),
    ("D14", "180 infections", 0, "infected", "infections", 180, 180, "exact", ADEN, HADI, "organization", False,
     True),
    ("D14", "30 deaths", 0, "killed", "deaths", 30, 30, "exact", ADEN, HADI, "organization", False, True),
    ("D14", "173 patients", 0, "hospitalized", "patients", 173, 173, "exact", "MSF centre in Aden", "the MSF",
     "organization", False, True),
    ("D14", "at least 68 of whom had lost their lives", 0, "killed", "patients", 68, None, "lower_bound",
     "MSF centre in Aden", "the MSF", "organization", False, True),
    ("D14", "more than 100,000 lives", 0, "killed", "lives", 100_000, None, "lower_bound", "war in Yemen",
     "The US-based Armed Conflict Location and Event Data Project (ACLED)", "organization", False, True),
    # D15 (RT News): "28 UFC contests" (a record, none); "more than 20 relatives … who have been in intensive
    # care" inside the fighter's quotation → "Khabib Nurmagomedov" ("the fighter admitted"; named in the link
    # line before), `hospitalized`, core (call). "10 DAYS" a duration, "The 57-year-old" an age, "late April",
    # "last week", "Monday" dates, "middle son" no count.
    ("D15", "28 UFC contests", 0, "ufc_contests", "UFC contests", 28, 28, "exact", KHABIB, None, "none", False,
     False),
    ("D15", "more than 20 relatives", 0, "hospitalized", "relatives", 20, None, "lower_bound",
     "COVID-19 among Khabib Nurmagomedov's relatives", KHABIB, "person", False, True),
    # D16 (Raw Story): Woodruff Swan's two quotations: the first sentence's three import rises "according to the
    # report" (the nearer source named inside the quotation: document); the resumed quotation's seven export cuts
    # → "Woodruff Swan" (person, the quotation's speaker). "it is estimated he could have saved thousands of
    # lives" (vague, hedged "is estimated to"/"could", a hypothetical: not core; the impersonal "it is estimated"
    # names no source: none). "January", "February", "March 16" dates.
    ("D16", "278 percent", 0, "import_increase", "surgical facemasks", 278, 278, "exact", CHINA_SUPPLIES, REPORT,
     "document", False, False),
    ("D16", "72 percent", 0, "import_increase", "surgical gowns", 72, 72, "exact", CHINA_SUPPLIES, REPORT,
     "document", False, False),
    ("D16", "32 percent", 0, "import_increase", "surgical gloves", 32, 32, "exact", CHINA_SUPPLIES, REPORT,
     "document", False, False),
    ("D16", "48 percent", 0, "export_cut", "surgical gloves", 48, 48, "exact", CHINA_SUPPLIES, SWAN, "person",
     False, False),
    ("D16", "71 percent", 0, "export_cut", "surgical gowns", 71, 71, "exact", CHINA_SUPPLIES, SWAN, "person",
     False, False),
    ("D16", "48 percent", 1, "export_cut", "face masks", 48, 48, "exact", CHINA_SUPPLIES, SWAN, "person", False,
     False),
    ("D16", "45 percent", 0, "export_cut", "medical ventilators", 45, 45, "exact", CHINA_SUPPLIES, SWAN, "person",
     False, False),
    ("D16", "56 percent", 0, "export_cut", "intubator kits", 56, 56, "exact", CHINA_SUPPLIES, SWAN, "person",
     False, False),
    ("D16", "53 percent", 0, "export_cut", "thermometers", 53, 53, "exact", CHINA_SUPPLIES, SWAN, "person", False,
     False),
    ("D16", "58 percent", 0, "export_cut", "cotton balls and swabs", 58, 58, "exact", CHINA_SUPPLIES, SWAN,
     "person", False, False),
    ("D16", "thousands of lives", 0, "lives_saved", "lives", 2000, None, "vague",
     "earlier U.S. coronavirus response (hypothetical)", None, "none", True, False),
    # D17 (East Bay Times): the format's "Two friends … invite two more friends" (counts, not news figures, still
    # claims, as dev27/'s). "in 2010" a year, "just a few" no numeral.
    ("D17", "Two friends", 0, "hosts", "friends", 2, 2, "exact", "the movement's conversation format", None,
     "none", False, False),
    ("D17", "two more friends", 0, "guests_invited", "friends", 2, 2, "exact", "the movement's conversation format",
     None, "none", False, False),
    # D18 (The Denver Post): "The two proposals on the table" (new information in the excerpt, a count);
    # "If only there were four moderate Democrats" (a wish: hedged "if", not core). The four senators are named
    # without a numeral.
    ("D18", "two proposals", 0, "health_care_proposals", "proposals", 2, 2, "exact", "Republican health care bills",
     None, "none", False, False),
    ("D18", "four moderate Democrats", 0, "senators_needed", "moderate Democrats", 4, 4, "exact",
     "Senate health care vote", None, "none", True, False),
    # D19 (PinkNews): the headline's "Only 39 more to go" (states left without a ban, none); "the eleventh state"
    # (headline and quotation) ordinals; "SB20-221" an identifier; "one of several" "one of".
    ("D19", "Only 39 more", 0, "states_without_ban", "states", 39, 39, "exact", "'gay panic' defence bans in U.S. "
     "states", None, "none", False, False),
    # D20 (The Intelligencer): no numeric claim ("one thing to one group" determiners, "the two sides" a reference
    # count, "2020" a year, "last month", "a day after" dates and durations, "Third Way" a name).
    # D21 (True Pundit): no numeric claim ("Thursday 5.21.20", "January 2017", "Tuesday" dates).
    # D22 (The New Yorker): "more than a million viewers" none; "fifty per cent of the time" inside Trump, Jr.'s
    # quotation → "Trump, Jr." (person); "the COVID-19 outbreak, which has caused more than eighty thousand deaths
    # in the U.S." is the writer's relative clause (none; "he said" governs the quotation after it), `killed`,
    # core.
    ("D22", "more than a million viewers", 0, "viewers", "viewers", 1_000_000, None, "lower_bound",
     "Team Trump Online", None, "none", False, False),
    ("D22", "fifty per cent of the time", 0, "time_share", "time", 50, 50, "exact", "Joe Biden", "Trump, Jr.",
     "person", False, False),
    ("D22", "more than eighty thousand deaths", 0, "killed", "deaths", 80_000, None, "lower_bound",
     "COVID-19 in the U.S.", None, "none", False, True),
    # D23 (DC Dirty Laundry): no numeric claim ("for 14 days" a duration, "November 3" a date, "2020" a year;
    # the poll widget holds no figure).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # D02: the headline's “No” one word; "Stupid Party" in Ann Coulter's pasted tweet a name; Schultz's pasted
    # tweet has no marks.
    ("D02", "Now, the issue that we have to recognize", 0, "Howard Schultz", "person"),
    # D04: "I hear the words "why didn't she say no?"" (a generic question of no particular speaker) and the
    # chant "No means yes! …" (a slogan, dev10/) are not quotes; Lauren Duca's pasted tweet has no outer marks and
    # its "Just saying 'no'" is a phrase mentioned (a term); the body's three quotations of the tweet ("wrote")
    # are three entries (the first two also occur unmarked in the tweet: the body's occurrence); "no", 'no' one
    # word.
    ("D04", "Men are afraid that women will laugh at them", 0, "Margaret Atwood", "person"),
    ("D04", "have had to fake periods or drunkenness", 1, DUCA, "person"),
    ("D04", "setting off a male rage spiral", 1, DUCA, "person"),
    ("D04", "Just saying 'no' is not always an option", 0, DUCA, "person"),
    ("D04", "if a lady says no, she means maybe", 0, "Warren Buffet", "person"),
    ("D06", "We will be doing much more to enforce", 0, "Priti Patel", "person"),
    # D07: the Stage 2 guidance's words (a list quoted after "allows for counties to open up", never closed):
    # the excerpt does not say whose words they are (speaker null).
    ("D07", "destination retail (retail stores)", 0, None, "unknown"),
    ("D08", "The opioid crisis is multi-faceted", 0, "Tom Coderre", "person"),
    # D11: Townsend's statement and its resumption: two entries.
    ("D11", "Our thoughts and prayers are with the families", 0, "Stephen Townsend", "person"),
    ("D11", "As we honor their sacrifice", 0, "Stephen Townsend", "person"),
    # D12: "education system" (two words after "said … that", a short quotation) and the clause after it; the
    # quotation, its resumption, the next, the paragraph left open and the last paragraph → Huckabee. The nested
    # 'Oh, just get rid of the guns. …' is words of unnamed "people" Huckabee imagines (a generic quotation of
    # no particular speaker: not an entry); the headline's 'Education System' a headline label.
    ("D12", "education system", 0, HUCKABEE, "person"),
    ("D12", "there is nothing that is really right nor wrong", 0, HUCKABEE, "person"),
    ("D12", "We have to stop blame game", 0, HUCKABEE, "person"),
    ("D12", "because you have people saying", 0, HUCKABEE, "person"),
    ("D12", "It was a machete in the Hanukkah", 0, HUCKABEE, "person"),
    ("D12", "So, it's not the weapons of choice", 0, HUCKABEE, "person"),
    ("D12", "When we have an education system that from the time", 0, HUCKABEE, "person"),
    # D14: MSF's four quotations ("suggesting", "it said", "said", "the medical charity further said").
    ("D14", "a wider catastrophe unfolding in the city", 0, "MSF", "organization"),
    ("D14", "clearly have the symptoms of COVID-19", 0, "MSF", "organization"),
    ("D14", "never produced so many deaths", 0, "MSF", "organization"),
    ("D14", "People are coming to us too late to save", 0, "MSF", "organization"),
    # D15: the headline's question before "MMA promoter claims" (unnamed: the cue's words); the link line's
    # 'Listen to the doctors': (its colon names the speaker); the fighter's quotation and the reopened paragraph.
    ("D15", "Why didn't they help him?", 0, "MMA promoter", "person"),
    ("D15", "Listen to the doctors", 0, KHABIB, "person"),
    ("D15", "Personally, I've had more than 20 relatives", 0, KHABIB, "person"),
    ("D15", "Many people I know have died", 0, KHABIB, "person"),
    ("D16", "In January, according to the report", 0, SWAN, "person"),
    ("D16", "Meanwhile, it slashed its global exports", 0, SWAN, "person"),
    # D17: “accidental activist” a label after "describes herself as".
    ("D17", "The dream is that we are all listening", 0, BLADES, "person"),
    ("D17", "Right now, we are living in parallel universes", 0, BLADES, "person"),
    # D18: “no” one word.
    ("D18", "a massive transfer of wealth", 0, "Barack Obama", "person"),
    # D19: "she" is never named in the excerpt (speaker null, as dev29/'s B16); the third is a quotation paragraph
    # without a new cue. ‘gay panic’ a term.
    ("D19", "I think it’s long overdue", 0, None, "unknown"),
    ("D19", "This bill is going to make it possible", 0, None, "unknown"),
    ("D19", "When somebody is targeted because of their sexual orientation", 0, None, "unknown"),
    # D20: “No,” one word; "It’s how you talk about it." Ryan's, resumed after the cue.
    ("D20", "Everybody’s got a camera on their phone", 0, "Jason Kander", "person"),
    ("D20", "It’s how you talk about it.", 0, "Tim Ryan", "person"),
    # D21: the memo's words ("reads the memo": document); "pass “sensitive information related to Russia”" the
    # words of Comey's suggestion (call: the email relays them); the headline's ‘sensitive’ one word.
    ("D21", "We have a long path ahead", 0, "memo", "document"),
    ("D21", "sensitive information related to Russia", 0, "James Comey", "person"),
    # D22: “Team Trump Online” a title; the rest are Trump, Jr.'s words under "complained", "said", "added",
    # including the short quotations (dev27/'s "hottest spot").
    ("D22", "the deep-state guys", 0, TRUMP_JR, "person"),
    ("D22", "influencers on the other side", 0, TRUMP_JR, "person"),
    ("D22", "has an agenda, and that is to destroy Donald Trump", 0, TRUMP_JR, "person"),
    ("D22", "can’t remember where he is fifty per cent of the time", 0, TRUMP_JR, "person"),
    ("D22", "media lackeys", 0, TRUMP_JR, "person"),
    ("D22", "marketing wing of the Democrat Party", 0, TRUMP_JR, "person"),
    ("D22", "becoming the party of socialism and communism", 0, TRUMP_JR, "person"),
    ("D22", "you know, the Hamas caucus in Congress", 0, TRUMP_JR, "person"),
    ("D22", "China basically screwed the whole world", 0, TRUMP_JR, "person"),
    # D23: the opening quotation has no cue of its own; "When further pressed …, Cuomo explained" names the one
    # answering (as dev29/'s B04, the speaker from the next paragraph).
    ("D23", "Yes, your result will be logged", 0, "Cuomo", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
