"""The fifty-third (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev53/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

CNN_POLL = "CNN poll on Trump's job approval, March 2018"
RASMUSSEN = "The Trump Approval Index History, published by Rasmussen Reports"
ABC_POLL = "ABC News poll on COVID-19 testing confidence"
LA = "COVID-19 in Los Angeles County"
GUTTMACHER = "A recent analysis by the Guttmacher Institute"
GUTT_SUBJ = "COVID-19 disruption of sexual and reproductive health services"
PROVIDERS = "Front-line reproductive health providers"
PAKISTAN = "COVID-19 in Pakistan"
VIETNAM = "U.S. soldiers killed in the Vietnam War"
REPORTERS = "Reporters from ABC News and Time"
TEXAS_CASH = "Texas congressional races' fundraising"
TRUMP_DJT = "Donald J. Trump"  # Z01: the fullest form the excerpt gives (the pasted tweet's signature)
CILLIZZA = "Chris Cillizza"
GABLE = "John Gable"
TRUMP = "Trump"
KAZMI = "Salman Kazmi"
COURT = "top court"  # Z15: Pakistan's Supreme Court, unnamed ("says top court", "The court said", "It found")
SALERNO = "Lillian Salerno"
SARVER = "Jenifer Sarver"
PETERS = "Brian Peters"
WHITMER = "Whitmer"


def la(group: str) -> str:
    return f"{LA}, {group}"


# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # Z00 (The Post Millennial): "dozens of other ways Trump has undermined our democracy" (vague 24/null; the
    # quoted essay is pasted without marks and without a cue: none); "one person", "another person" determiners;
    # "last night" a date.
    ("Z00", "dozens of other ways", 0, "ways_democracy_undermined", "ways", 24, None, "vague",
     "Trump administration, as seen by the essay's writer", None, "none", False, False),
    # Z01 (Mediaite): no numeric claim ("a number of questions" no numeral; "May 1, 2018" a date; "Trump Jr." a
    # name).
    # Z02 (Damon Linker): "millions of Americans acquired a rudimentary understanding" (vague 2,000,000/null);
    # "the 19th century" (twice) ordinals; "World War II", "the Cold War" names; the block quote has no marks.
    ("Z02", "millions of Americans", 0, "americans_informed", "Americans", 2_000_000, None, "vague",
     "professionalized American press", None, "none", False, False),
    # Z03 (Newt Gingrich): the caravan ("more than" lower_bound, none); the CNN poll's approval figures → "A recent
    # CNN poll" (document, a cited poll), its gains in points → "the CNN poll" ("In the CNN poll, …", document;
    # "8 points" twice, each a claim); the Rasmussen index's "in the 40s" (a range of percents, 40–49) and
    # "hitting 50 percent" → the index (document: "has consistently showed"); "in February", "in March", "on
    # Monday" dates.
    ("Z03", "more than 1,000 Central Americans", 0, "caravan_members", "Central Americans", 1000, None,
     "lower_bound", "migrant caravan to the U.S. border", None, "none", False, False),
    ("Z03", "35 percent", 0, "job_approval", "percent", 35, 35, "exact", CNN_POLL, "A recent CNN poll", "document",
     False, False),
    ("Z03", "42 percent", 0, "job_approval", "percent", 42, 42, "exact", CNN_POLL, "A recent CNN poll", "document",
     False, False),
    ("Z03", "men (8 points)", 0, "job_approval_gain", "points", 8, 8, "exact", CNN_POLL + ", men", "the CNN poll",
     "document", False, False),
    ("Z03", "young voters (8 points)", 0, "job_approval_gain", "points", 8, 8, "exact", CNN_POLL + ", young voters",
     "the CNN poll", "document", False, False),
    ("Z03", "middle-aged voters (9 points)", 0, "job_approval_gain", "points", 9, 9, "exact",
     CNN_POLL + ", middle-aged voters", "the CNN poll", "document", False, False),
    ("Z03", "college graduates (10 points)", 0, "job_approval_gain", "points", 10, 10, "exact",
     CNN_POLL + ", college graduates", "the CNN poll", "document", False, False),
    ("Z03", "approval in the 40s", 0, "job_approval", "approval", 40, 49, "range", "Rasmussen Reports' Trump approval",
     RASMUSSEN, "document", False, False),
    ("Z03", "hitting 50 percent", 0, "job_approval", "percent", 50, 50, "exact", "Rasmussen Reports' Trump approval",
     RASMUSSEN, "document", False, False),
    # Z04 (HotAir): no numeral.
    # Z05 (The Washington Post, obituaries): no numeric claim ("David C. Driskell, 88", "Leilani Margurite Jordan,
    # 27" ages; "April 1" (twice), "1956", "from 1977 to 1998" dates; "several historically black colleges" no
    # numeral).
    # Z06 (CBS News): "infected I think over a dozen people" inside Cuomo's quotation ("more than a dozen"
    # lower_bound 12, dev13/'s s18; `infected`, core, a cluster's count as dev51/'s X08; hedged by "I think");
    # "Phase 2" a name; "A few days later" no numeral.
    ("Z06", "over a dozen people", 0, "infected", "people", 12, None, "lower_bound",
     "Kingston barber's COVID-19 cluster", "Cuomo", "person", True, True),
    # Z07 (Drudge Report, an ABC News poll story): the headline's "nearly 3 times as likely" (a multiplier,
    # "nearly" upper_bound null/3) → "POLL" (colon-style headline tag, vague as dev41/'s N02 "Poll:"); the body's
    # shares have no cue (respondents "said": none, as dev31/'s D03); "(25%)" twice, each a claim; "a three-day
    # series" a duration; "12 a.m. ET" a time; "COVID-19" a name.
    ("Z07", "nearly 3 times as likely", 0, "likelihood_ratio", "times", None, 3, "upper_bound",
     "Black and Latino Americans knowing someone who died of COVID-19", "POLL", "vague", False, False),
    ("Z07", "77%", 0, "share_confident", "Americans", 77, 77, "exact", ABC_POLL + ": would know where to go", None,
     "none", False, False),
    ("Z07", "71% of Americans", 0, "share_confident", "Americans", 71, 71, "exact", ABC_POLL + ": could get tested",
     None, "none", False, False),
    ("Z07", "46%", 0, "share_very_confident", "whites", 46, 46, "exact", ABC_POLL + ": where to go, whites", None,
     "none", False, False),
    ("Z07", "29%", 0, "share_very_confident", "blacks", 29, 29, "exact", ABC_POLL + ": where to go, blacks", None,
     "none", False, False),
    ("Z07", "35%", 0, "share_very_confident", "Hispanics", 35, 35, "exact", ABC_POLL + ": where to go, Hispanics",
     None, "none", False, False),
    ("Z07", "38%", 0, "share_very_confident", "whites", 38, 38, "exact", ABC_POLL + ": able to get tested, whites",
     None, "none", False, False),
    ("Z07", "25%", 0, "share_very_confident", "blacks", 25, 25, "exact", ABC_POLL + ": able to get tested, blacks",
     None, "none", False, False),
    ("Z07", "25%", 1, "share_very_confident", "Hispanics", 25, 25, "exact",
     ABC_POLL + ": able to get tested, Hispanics", None, "none", False, False),
    # Z08 (Christian Science Monitor): "thousands of other protesters" (vague 2000/null; a crowd, not core);
    # "in 2016", "in 2012" years; "two years after", "four years after" durations; the deaths of Scott, Brown and
    # Martin have no numeral.
    ("Z08", "thousands of other protesters", 0, "protesters", "protesters", 2000, None, "vague",
     "Charlotte protests over Keith Lamont Scott's killing", None, "none", False, False),
    # Z09 (NPR Online News): "one person wounded outside" (a count of one, `wounded`, core, no cue: none); "two
    # more people wounded" → "Barberini" ("Barberini says"); "a second individual, deceased" an ordinal (no count
    # numeral); "about 25 feet away" inside Voorhies's quotation (a distance, approx); "a few minutes" no numeral.
    ("Z09", "one person wounded", 0, "wounded", "person", 1, 1, "exact", "YouTube headquarters shooting", None, "none",
     False, True),
    ("Z09", "two more people wounded", 0, "wounded", "people", 2, 2, "exact", "YouTube headquarters shooting",
     "Barberini", "person", False, True),
    ("Z09", "about 25 feet away", 0, "distance", "feet", 25, 25, "approx", "YouTube headquarters shooting",
     "Zachary Voorhies", "person", False, False),
    # Z10 (Fox Online News): "as many as 42,000 U.S. deaths per year" (upper_bound, a national yearly statistic,
    # not core) inside "the people he believes are responsible for …" → "Trump" (the pronoun's referent, clause
    # scope) and hedged (belief, as dev12/'s r21 "believes … by as much as 25 percent"); "several limited
    # drug-related offenses" no numeral.
    ("Z10", "as many as 42,000 U.S. deaths per year", 0, "opioid_deaths_yearly", "deaths", None, 42000,
     "upper_bound", "opioid deaths in the U.S.", "he", "person", True, False),
    # Z11 (Washington Post): "one of the more than 58,000 American soldiers killed in Vietnam" ("one of" not a
    # claim; the 58,000 a war's toll, `killed`, core, as dev29/'s historical toll); "tying it to five other deaths
    # in a group of nine soldiers" → the reporters (their reports tie the funeral to the deaths; organization, the
    # outlets named; the five `killed`, core, the nine not core); "three siblings" none; "A half century ago" a
    # duration; "Thanksgiving 1969", "Dec. 14", "July 1966", "June 1968" dates; "A few weeks later" no numeral.
    ("Z11", "more than 58,000 American soldiers killed", 0, "killed", "American soldiers", 58000, None,
     "lower_bound", VIETNAM, None, "none", False, True),
    ("Z11", "five other deaths", 0, "killed", "deaths", 5, 5, "exact",
     "Morenci group of nine soldiers in the Vietnam War", REPORTERS, "organization", False, True),
    ("Z11", "a group of nine soldiers", 0, "soldiers_in_group", "soldiers", 9, 9, "exact",
     "Morenci group of soldiers who left for boot camp in July 1966", REPORTERS, "organization", False, False),
    ("Z11", "three siblings", 0, "siblings", "siblings", 3, 3, "exact", "Sgt. Clive Garcia Jr.'s family", None,
     "none", False, False),
    # Z12 (Associated Press): no numeric claim ("May 1", "In 2005" dates; "once-in-a-century" an idiom).
    # Z13 (Los Angeles Daily News): the county's breakdown of cases, as scraped: each line after the first of a
    # block opens with the previous line's figures again (the duplicated fragments are repeated mentions, each a
    # claim, as dev15/'s u18). The counts of cases by age are `cases`, core; the shares (of cases, of deaths) not
    # core; no cue (the headline's "This map shows" names no source): none. The age bands ("0 to 17", "18 to 40",
    # "41 to 65", "Over 65") are ages, not claims.
    ("Z13", "1,601 cases", 0, "cases", "cases", 1601, 1601, "exact", la("ages 0 to 17"), None, "none", False, True),
    ("Z13", "4%", 0, "case_share", "cases", 4, 4, "exact", la("ages 0 to 17"), None, "none", False, False),
    ("Z13", "1,601 cases", 1, "cases", "cases", 1601, 1601, "exact", la("ages 0 to 17"), None, "none", False, True),
    ("Z13", "4%", 1, "case_share", "cases", 4, 4, "exact", la("ages 0 to 17"), None, "none", False, False),
    ("Z13", "14,063 cases", 0, "cases", "cases", 14063, 14063, "exact", la("ages 18 to 40"), None, "none", False,
     True),
    ("Z13", "35%", 0, "case_share", "cases", 35, 35, "exact", la("ages 18 to 40"), None, "none", False, False),
    ("Z13", "14,063 cases", 1, "cases", "cases", 14063, 14063, "exact", la("ages 18 to 40"), None, "none", False,
     True),
    ("Z13", "35%", 1, "case_share", "cases", 35, 35, "exact", la("ages 18 to 40"), None, "none", False, False),
    ("Z13", "16,040 cases", 0, "cases", "cases", 16040, 16040, "exact", la("ages 41 to 65"), None, "none", False,
     True),
    ("Z13", "40%", 0, "case_share", "cases", 40, 40, "exact", la("ages 41 to 65"), None, "none", False, False),
    ("Z13", "16,040 cases", 1, "cases", "cases", 16040, 16040, "exact", la("ages 41 to 65"), None, "none", False,
     True),
    ("Z13", "40%", 1, "case_share", "cases", 40, 40, "exact", la("ages 41 to 65"), None, "none", False, False),
    ("Z13", "7,991 cases", 0, "cases", "cases", 7991, 7991, "exact", la("over 65"), None, "none", False, True),
    ("Z13", "20%", 0, "case_share", "cases", 20, 20, "exact", la("over 65"), None, "none", False, False),
    ("Z13", "7,991 cases", 1, "cases", "cases", 7991, 7991, "exact", la("over 65"), None, "none", False, True),
    ("Z13", "20%", 1, "case_share", "cases", 20, 20, "exact", la("over 65"), None, "none", False, False),
    ("Z13", "158 cases", 0, "cases", "cases", 158, 158, "exact", la("age under investigation"), None, "none", False,
     True),
    ("Z13", "0.4%", 0, "case_share", "cases", 0.4, 0.4, "exact", la("age under investigation"), None, "none", False,
     False),
    # Z13, by gender: shares of cases (the "Male" line's figure repeated at the next line's start, and so on).
    ("Z13", "50% of cases", 0, "case_share", "cases", 50, 50, "exact", la("male"), None, "none", False, False),
    ("Z13", "50% of cases", 1, "case_share", "cases", 50, 50, "exact", la("male"), None, "none", False, False),
    ("Z13", "49% of cases", 0, "case_share", "cases", 49, 49, "exact", la("female"), None, "none", False, False),
    ("Z13", "49% of cases", 1, "case_share", "cases", 49, 49, "exact", la("female"), None, "none", False, False),
    ("Z13", "0.02% of cases", 0, "case_share", "cases", 0.02, 0.02, "exact", la("other gender"), None, "none", False,
     False),
    ("Z13", "0.02% of cases", 1, "case_share", "cases", 0.02, 0.02, "exact", la("other gender"), None, "none", False,
     False),
    ("Z13", "0.8% of cases", 0, "case_share", "cases", 0.8, 0.8, "exact", la("gender under investigation"), None,
     "none", False, False),
    # Z13, by race and ethnicity: shares of cases and of deaths, each line repeated at the next line's start
    # except the last.
    ("Z13", "36% of cases", 0, "case_share", "cases", 36, 36, "exact", la("Hispanic/Latino"), None, "none", False,
     False),
    ("Z13", "39% of deaths", 0, "death_share", "deaths", 39, 39, "exact", la("Hispanic/Latino"), None, "none", False,
     False),
    ("Z13", "36% of cases", 1, "case_share", "cases", 36, 36, "exact", la("Hispanic/Latino"), None, "none", False,
     False),
    ("Z13", "39% of deaths", 1, "death_share", "deaths", 39, 39, "exact", la("Hispanic/Latino"), None, "none", False,
     False),
    ("Z13", "13% of cases", 0, "case_share", "cases", 13, 13, "exact", la("White"), None, "none", False, False),
    ("Z13", "29% of deaths", 0, "death_share", "deaths", 29, 29, "exact", la("White"), None, "none", False, False),
    ("Z13", "13% of cases", 1, "case_share", "cases", 13, 13, "exact", la("White"), None, "none", False, False),
    ("Z13", "29% of deaths", 1, "death_share", "deaths", 29, 29, "exact", la("White"), None, "none", False, False),
    ("Z13", "7% of cases", 0, "case_share", "cases", 7, 7, "exact", la("Asian"), None, "none", False, False),
    ("Z13", "17% of deaths", 0, "death_share", "deaths", 17, 17, "exact", la("Asian"), None, "none", False, False),
    ("Z13", "7% of cases", 1, "case_share", "cases", 7, 7, "exact", la("Asian"), None, "none", False, False),
    ("Z13", "17% of deaths", 1, "death_share", "deaths", 17, 17, "exact", la("Asian"), None, "none", False, False),
    ("Z13", "4% of cases", 0, "case_share", "cases", 4, 4, "exact", la("Black"), None, "none", False, False),
    ("Z13", "12% of deaths", 0, "death_share", "deaths", 12, 12, "exact", la("Black"), None, "none", False, False),
    ("Z13", "4% of cases", 1, "case_share", "cases", 4, 4, "exact", la("Black"), None, "none", False, False),
    ("Z13", "12% of deaths", 1, "death_share", "deaths", 12, 12, "exact", la("Black"), None, "none", False, False),
    ("Z13", "0.7% of cases", 0, "case_share", "cases", 0.7, 0.7, "exact", la("Native Hawaiian/Pacific Islander"),
     None, "none", False, False),
    ("Z13", "0.8% of deaths", 0, "death_share", "deaths", 0.8, 0.8, "exact", la("Native Hawaiian/Pacific Islander"),
     None, "none", False, False),
    ("Z13", "0.7% of cases", 1, "case_share", "cases", 0.7, 0.7, "exact", la("Native Hawaiian/Pacific Islander"),
     None, "none", False, False),
    ("Z13", "0.8% of deaths", 1, "death_share", "deaths", 0.8, 0.8, "exact", la("Native Hawaiian/Pacific Islander"),
     None, "none", False, False),
    ("Z13", "0.1% of cases", 0, "case_share", "cases", 0.1, 0.1, "exact", la("American Indian/Alaska Native"), None,
     "none", False, False),
    ("Z13", "0.1% of deaths", 0, "death_share", "deaths", 0.1, 0.1, "exact", la("American Indian/Alaska Native"),
     None, "none", False, False),
    # Z14 (Slate, an interview answer without marks): the Guttmacher analysis's scenario → "A recent analysis by
    # the Guttmacher Institute" (document, as dev29/'s "A Latino USA analysis"), all four hedged ("would mean", a
    # projection; "estimated" alone does not hedge) and not core (projected maternal deaths, hypothetical); the
    # providers' "thousands of clinic closures" (vague 2000/null) and predicted "reductions as high as 80
    # percent" (upper_bound, hedged: a prediction) → "Front-line reproductive health providers" (vague: unnamed
    # professionals, as dev51/'s doctors); "imagine eight times those figures" (a multiplier, hedged: imagined;
    # the interviewee is not named in the excerpt's text: none).
    ("Z14", "10 percent decline", 0, "service_decline_scenario", "percent", 10, 10, "exact", GUTT_SUBJ, GUTTMACHER,
     "document", True, False),
    ("Z14", "15.4 million unintended pregnancies", 0, "projected_unintended_pregnancies", "unintended pregnancies",
     15_400_000, 15_400_000, "exact", GUTT_SUBJ, GUTTMACHER, "document", True, False),
    ("Z14", "more than 3.3 million unsafe abortions", 0, "projected_unsafe_abortions", "unsafe abortions",
     3_300_000, None, "lower_bound", GUTT_SUBJ, GUTTMACHER, "document", True, False),
    ("Z14", "28,000 maternal deaths", 0, "projected_maternal_deaths", "maternal deaths", 28000, 28000, "exact",
     GUTT_SUBJ, GUTTMACHER, "document", True, False),
    ("Z14", "thousands of clinic closures", 0, "clinic_closures", "clinic closures", 2000, None, "vague",
     "reproductive health clinics during COVID-19", PROVIDERS, "vague", False, False),
    ("Z14", "as high as 80 percent", 0, "projected_service_reduction", "percent", None, 80, "upper_bound",
     "reproductive health services during COVID-19", PROVIDERS, "vague", True, False),
    ("Z14", "eight times those figures", 0, "multiplier", "times", 8, 8, "exact", GUTT_SUBJ, None, "none", True,
     False),
    # Z15 (Reuters): "Pakistan has reported 42,125 COVID-19 cases and 903 deaths" → "Pakistan" (organization, the
    # government reporting its count, as dev12/'s "India reported"); both core; "this month", "last week" dates.
    ("Z15", "42,125 COVID-19 cases", 0, "cases", "COVID-19 cases", 42125, 42125, "exact", PAKISTAN, "Pakistan",
     "organization", False, True),
    ("Z15", "903 deaths", 0, "killed", "deaths", 903, 903, "exact", PAKISTAN, "Pakistan", "organization", False, True),
    # Z16 (Roll Call): no numeric claim ("Dec. 16", "Dec. 13" dates; "Trump Jr." a name).
    # Z17 (The Dallas Morning News): the headline's "More than $62M" (lower_bound) and "a 37% increase"; "$22.4
    # million in the fourth quarter" (the quarter an ordinal); "Two longtime GOP seats" (flipped); "including one
    # in Dallas" a reference count of the two; "in 2019", "the 2018 election" years; all none.
    ("Z17", "More than $62M in campaign cash", 0, "campaign_cash", "campaign cash", 62_000_000, None, "lower_bound",
     TEXAS_CASH + ", 2019", None, "none", False, False),
    ("Z17", "a 37% increase", 0, "campaign_cash_increase", "percent", 37, 37, "exact", TEXAS_CASH + ", 2019", None,
     "none", False, False),
    ("Z17", "$22.4 million in the fourth quarter", 0, "campaign_cash", "dollars", 22_400_000, 22_400_000, "exact",
     TEXAS_CASH + ", fourth quarter of 2019", None, "none", False, False),
    ("Z17", "Two longtime GOP seats", 0, "seats_flipped", "GOP seats", 2, 2, "exact",
     "Texas congressional races, 2018", None, "none", False, False),
    # Z18 (Charles Krauthammer): no numeric claim ("around 2030" a year, inside China's quotation; "another 13
    # years", "a two-century head start", "the last several weeks" durations; "CO 2" a formula).
    # Z19 (New York Post (Opinion)): no numeric claim ("first national security adviser" an ordinal).
    # Z20 (The Texas Tribune): no numeric claim ("in 2016", "in 2018", "In 2014" years; "Both of the Bush
    # brothers" no numeral).
    # Z21 (RT News): "An 11-time NBA All-star" (a count of selections, as dev48/'s "six-time Super Bowl champion");
    # "ten years" in Oakley's pasted tweet a duration; "May 22, 2020", "May 23, 2020" dates; "COVID-19" a name.
    ("Z21", "11-time NBA All-star", 0, "all_star_selections", "NBA All-star selections", 11, 11, "exact",
     "Patrick Ewing", None, "none", False, False),
    # Z22 (DC Dirty Laundry): "tens of millions of Americans are out of work" (vague 20,000,000/null, dev12/);
    # "a permanent amnesty for millions of illegals" (vague 2,000,000/null, hedged: "could"); "SEC. 191203" an
    # identifier; both none.
    ("Z22", "tens of millions of Americans", 0, "unemployed", "Americans", 20_000_000, None, "vague",
     "U.S. unemployment during COVID-19", None, "none", False, False),
    ("Z22", "millions of illegals", 0, "amnesty_recipients", "illegals", 2_000_000, None, "vague",
     "HEROES Act deferred action", None, "none", True, False),
    # Z23 (The Detroit News): the headline's "gatherings of 10 or less" (a limit, upper_bound null/10, as dev5/'s
    # "gatherings of up to 10"; Whitmer is the rule's maker, not a source: none); "COVID-19", "Memorial Day"
    # names.
    ("Z23", "gatherings of 10 or less", 0, "gathering_size_limit", "people", None, 10, "upper_bound",
     "Michigan reopening order", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # Z01: the headline's ‘No Questions on Collusion’ after "Somehow Concludes" (a clause of his tweet); the Times's
    # “by a person outside …” ("the Times noted"); "decried the leak as “so disgraceful.”" (two words after a verb
    # of describing); "He also declared “No questions on Collusion,”" (the same words appear first, without marks,
    # in the pasted tweet: nth 1). The pasted tweet and the Mueller questions have no marks; “leaked” one word.
    ("Z01", "No Questions on Collusion", 0, TRUMP_DJT, "person"),
    ("Z01", "by a person outside Mr. Trump’s legal team", 0, "Times", "organization"),
    ("Z01", "so disgraceful", 0, TRUMP_DJT, "person"),
    ("Z01", "No questions on Collusion", 1, TRUMP_DJT, "person"),
    # Z03: Cillizza's analysis "“Trump performed …”" and "said they were “most likely” due to …" (two words after a
    # verb of saying); “intriguing,” one word.
    ("Z03", "Trump performed significantly better in March", 0, CILLIZZA, "person"),
    ("Z03", "most likely", 0, CILLIZZA, "person"),
    # Z04: Gable's four quotations (the "said the bias is the result of “…”" clause, "… Gable said", "… he said"
    # and its resumption after "he said"); the “popularity algorithm” a two-word term (his coinage as a label after
    # "what is largely a").
    ("Z04", "most news online and most news consumption online", 0, GABLE, "person"),
    ("Z04", "If you look at where people get news online", 0, GABLE, "person"),
    ("Z04", "If their role is just to reflect the internet", 0, GABLE, "person"),
    ("Z04", "If they think their job is to empower people", 0, GABLE, "person"),
    # Z05: “Behold Thy Son,” a title, “Butterfly,” one word (a nickname), “cognitive delays,” a two-word term (a
    # diagnosis, inside "she said Jordan, who had a disability that caused …"): no quotes.
    # Z06: Cuomo's quotation and its uncued continuation in the same marks' run ("…," Cuomo said. "You know, …") →
    # two entries; the headline's "illicitly" one word.
    ("Z06", "Barber in Kingston was operating in defiance", 0, "Cuomo", "person"),
    ("Z06", "You know, that is a occupation of close proximity", 0, "Cuomo", "person"),
    # Z07: "Pandemic – A Nation Divided" and "Nightline" titles.
    # Z08: "“I can remember it to this day, …,” he says" → "Greg Jackson"; “Bang Bang.” a title.
    ("Z08", "I can remember it to this day", 0, "Greg Jackson", "person"),
    # Z09: Voorhies's quotation and the man's words nested in it with their own speech verb ("I heard a man yelling
    # out, 'Do you want to shoot me?'") → an entry of its own, "man" (dev10/'s nested quotation rule); the
    # headline's 'De-Monetized' one word.
    ("Z09", "I heard a man yelling out", 0, "Zachary Voorhies", "person"),
    ("Z09", "Do you want to shoot me?", 0, "man", "person"),
    # Z10: Trump's four quotations (two in the first paragraph around "Trump said", the second paragraph's before
    # "Trump said" and after "before musing,"); "drug kingpin" a term.
    ("Z10", "These are terrible people", 0, TRUMP, "person"),
    ("Z10", "This isn’t about committees", 0, TRUMP, "person"),
    ("Z10", "The ultimate penalty has to be the death penalty", 0, TRUMP, "person"),
    ("Z10", "maybe our country is not ready for that", 0, TRUMP, "person"),
    # Z11: Garcia's mother ("Garcia’s mother, Julia, … rose to say:") → "Julia" (the only name given her); "A
    # reporter noted:" → "reporter".
    ("Z11", "Thank you for being my son", 0, "Julia", "person"),
    ("Z11", "And so Sgt. Garcia, U.S. Marine Corps", 0, "reporter", "person"),
    # Z12: Stubenrauch's quotation; “aligned” one word.
    ("Z12", "I think he recognizes this unprecedented", 0, "Ryan Stubenrauch", "person"),
    # Z15: the headline's 'not a pandemic in Pakistan' before "says top court" → "top court" (organization,
    # unnamed court); Kazmi's quotation and its resumption; "It found no “justifiable rational or reasonable”
    # basis" (three words under a verb of finding, the court's words) → "top court".
    ("Z15", "not a pandemic in Pakistan", 0, COURT, "organization"),
    ("Z15", "It will definitely lead to an increase", 0, KAZMI, "person"),
    ("Z15", "We are concerned about pressure", 0, KAZMI, "person"),
    ("Z15", "justifiable rational or reasonable", 0, COURT, "organization"),
    # Z16: "…,” the letter reads" → "letter" (document, as dev35/'s H04); Meister's "the agency “has received …”".
    ("Z16", "We urge you to ensure that the protections", 0, "letter", "document"),
    ("Z16", "has received the Center for Biological Diversity", 0, "Christina Meister", "person"),
    # Z17: Salerno's quotation and its resumption, Sarver's and its resumption → four entries; “Pod Bless Texas.”
    # a title.
    ("Z17", "It’s so challenging for these candidates", 0, SALERNO, "person"),
    ("Z17", "But we still have so many people engaged", 0, SALERNO, "person"),
    ("Z17", "Chalk a lot of that up to the Beto effect", 0, SARVER, "person"),
    ("Z17", "He certainly … generated enthusiasm", 0, SARVER, "person"),
    # Z18: "China pledged to “achieve the peaking of CO 2 emissions around 2030.”" → "China" (organization, the
    # government's pledge).
    ("Z18", "achieve the peaking of CO 2 emissions", 0, "China", "organization"),
    # Z19: "Strzok, however, countered that the bureau was “unaware …”" → "Strzok"; "The narrative of “Trump
    # collusion with Russia”" a label (no verb of saying); the headline's ‘collusion’ one word.
    ("Z19", "unaware of any calls with any Russian government official", 0, "Strzok", "person"),
    # Z20: Ford's emailed statement and its resumption → two entries, "Ford" (the only name given).
    ("Z20", "This is completely made up", 0, "Ford", "person"),
    ("Z20", "He is retired from presidential politics", 0, "Ford", "person"),
    # Z21: Ewing's statement in marks (one paragraph, one entry); the same words pasted again as his tweet (no
    # marks) and Oakley's pasted tweet are not quotes.
    ("Z21", "I want to share that I have tested positive", 0, "Patrick Ewing", "person"),
    # Z22: "SEC. 191203 declares that … the aliens are “deemed to be …”" → "SEC. 191203" (document, the bill's
    # section as speaker, as dev29/'s "executive order"); “hiring” and “heroes” one word.
    ("Z22", "deemed to be in a period of deferred action", 0, "SEC. 191203", "document"),
    # Z23: Peters's statement and its resumption; Whitmer's ("she said", the headline's Whitmer) and its
    # resumption → four entries.
    ("Z23", "Our member hospitals and health systems", 0, PETERS, "person"),
    ("Z23", "Hospitals are safe; please don’t delay care", 0, PETERS, "person"),
    ("Z23", "Please remember to stay safe", 0, WHITMER, "person"),
    ("Z23", "This virus is still present in Michigan", 0, WHITMER, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
