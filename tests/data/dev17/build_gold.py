"""The seventeenth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev17/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
TWO_THIRDS = 2 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
FORMS = "Senate disclosure forms"
IDPH = "data compiled by the Illinois Department of Public Health"
VILLA = "Villa at Windsor Park nursing home"
SOUTH_KOREA = "South Korea"
RUSSIA_STATS = "official statistics published by the Russian government"
RUSSIA_COVID = "COVID-19 in Russia"
TAYLOR = "Breonna Taylor raid"
ROMAN = "Ariel Roman"
CMD_REPORT = "a new report from the Center for Media and Democracy (CMD)"
DAILY_CALLER = "The Daily Caller"
HHS = "The Department of Health and Human Services"
KAISER = "The Kaiser report"
PRE_EXISTING = "Americans with pre-existing conditions"
KFF_POLL = "KFF poll on the coronavirus"
WW2 = "Nazi Germany"
BURR = "lawsuit"
TRUMP = "Donald Trump"
WILSON = "Wilson"
KATYAL = "Katyal and Geltzer"
ELLIS = "Sarah Kate Ellis"
CASSIDY = "Cassidy"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # w00 (The Texan): "seven-year-old" is an age; the parents' "two twin sons" is a count (as dev14/'s "my
    # seven grandchildren").
    ("w00", "two twin sons", 0, "children", "twin sons", 2, 2, "exact",
     "Jeff Younger and Anne Georgulas", None, "none", False, False),
    # w01 (Ross Douthat): no numeric claim ("the 2007 effort" is a year).
    # w02 (The Western Journal): the forms are the cue of the 33; the range has no cue in its sentence; the
    # TRENDING link line's "360K People" is a claim.
    ("w02", "33 stock transactions", 0, "stock_transactions", "stock transactions", 33, 33, "exact",
     "Burr", FORMS, "document", False, False),
    ("w02", "between $628,000 and $1.72 million", 0, "stock_sale_proceeds", "dollars", 628000, 1720000,
     "range", "Burr", None, "none", False, False),
    ("w02", "360K People", 0, "audience", "People", 360000, 360000, "exact",
     "Frmr Obamacare Chief", None, "none", False, False),
    # w03 (LGBTQ Nation): "her two daughters" is what Steel told; "48th", "second" are ordinals, "a year" a
    # duration.
    ("w03", "two daughters", 0, "children", "daughters", 2, 2, "exact",
     "Michelle Steel", "Steel", "person", False, False),
    # w04 (Dick Morris)
    ("w04", "$50,000", 0, "payment_offered", "dollars", 50000, 50000, "exact",
     "FBI", None, "none", False, False),
    # w05 (Waking Times): "December 2016", "May 18, 2020" dates; "first" an ordinal; "3-star general" a rank.
    # w06 (National Public Radio (NPR)): "10 a.m." a time; "within 24 hours", "two months into" durations.
    ("w06", "almost 16 million people", 0, "population", "people", None, 16000000, "upper_bound",
     "Senegal", None, "none", False, False),
    ("w06", "more than 2,400 positive cases", 0, "cases", "positive cases", 2400, None, "lower_bound",
     "Senegal", None, "none", False, True),
    ("w06", "25 deaths", 0, "killed", "deaths", 25, 25, "exact", "Senegal", None, "none", False, True),
    # w07 (Chicago Sun-Times): the 91 who "tested positive" are `infected` (dev10/), told by Rico; the 15
    # deaths are credited to the state's data (document, as dev5/'s "a count by The Associated Press").
    ("w07", "6,000 Illinois nursing home workers", 0, "workers_on_strike", "nursing home workers", 6000, 6000,
     "exact", "SEIU Healthcare Illinois", None, "none", False, False),
    ("w07", "$15 minimum wage", 0, "minimum_wage", "dollars", 15, 15, "exact",
     "SEIU Healthcare Illinois", None, "none", False, False),
    ("w07", "91 staff members and residents", 0, "infected", "staff members and residents", 91, 91, "exact",
     VILLA, "Francine Rico", "person", False, True),
    ("w07", "Fifteen of them have died", 0, "killed", "staff members and residents", 15, 15, "exact",
     VILLA, IDPH, "document", False, True),
    # w08 (Guest Writer - Right): "May 2012", "the 1980s": no numeric claim.
    # w09 (Newsmax - Opinion): South Korea's daily new cases, core; "tens of thousands" / "tens of millions"
    # vague 20,000/null and 20,000,000/null; "two weeks later" a duration.
    ("w09", "new cases of the coronavirus reported across South Korea was 852", 0, "cases", "new cases", 852, 852,
     "exact", SOUTH_KOREA, None, "none", False, True),
    ("w09", "85 new cases", 0, "cases", "new cases", 85, 85, "exact", SOUTH_KOREA, None, "none", False, True),
    ("w09", "a plunge of 90%", 0, "case_decline", "%", 90, 90, "exact", SOUTH_KOREA, None, "none", False, False),
    ("w09", "tens of thousands of Americans", 0, "tested", "Americans", 20000, None, "vague",
     US, None, "none", False, False),
    ("w09", "tens of millions", 0, "beachgoers", "people", 20000000, None, "vague",
     US, None, "none", False, False),
    # w10 (The Hill): "over 75 years ago" a time; "1941", "1940s" years; "the last four years" a duration.
    # w11 (CBN): "21 years old", "at 18" ages; "AR-15" a name.
    ("w11", "killed 17 people", 0, "killed", "people", 17, 17, "exact",
     "Parkland school shooting", None, "none", False, True),
    # w12 (Fox Online News): "one of" is not a claim, the four is; "Oct. 4" a date.
    ("w12", "four Americans killed", 0, "killed", "Americans", 4, 4, "exact",
     "Niger ambush", None, "none", False, True),
    # w13 (WorldHealth.Net): no numeric claim ("per thousand infections" is a rate's unit, no figure).
    # w14 (InfoWars): the same text as dev14/'s t13 (another id of the article); annotated as there.
    ("w14", "at least 20 shots", 0, "shots_fired", "shots", 20, None, "lower_bound",
     "Louisville police", None, "none", False, False),
    ("w14", "10 miles away", 0, "distance", "miles", 10, 10, "exact", TAYLOR, None, "none", False, False),
    ("w14", "two cars of a moving train", 0, "train_cars", "cars", 2, 2, "exact",
     ROMAN, None, "none", False, False),
    ("w14", "shot twice", 0, "times_shot", "times", 2, 2, "exact", ROMAN, ROMAN, "person", False, False),
    # w15 (RT News): both daily figures credited to the statistics (document); the related-article line's
    # "– official" credit as dev5/'s h07 (the same line).
    ("w15", "9,262 Covid-19 patients", 0, "recovered", "Covid-19 patients", 9262, 9262, "exact",
     RUSSIA_COVID, RUSSIA_STATS, "document", False, False),
    ("w15", "8,764 people were diagnosed", 0, "cases", "people", 8764, 8764, "exact",
     RUSSIA_COVID, RUSSIA_STATS, "document", False, True),
    ("w15", "60% of residents", 0, "immunity_threshold", "residents", 60, 60, "exact",
     "Moscow", "official", "anonymous", False, False),
    # w16 (The Observer (New York)): "allegedly" and "reportedly" hedge; "The CMD estimates … about" is approx,
    # not hedged ("an estimated N"); "could be even higher" softens a higher figure, not this one.
    ("w16", "$150k", 0, "campaign_payment", "dollars", 150000, 150000, "exact",
     DAILY_CALLER, None, "none", False, False),
    ("w16", "$150,000 from Donald Trump’s campaign", 0, "campaign_payment", "dollars", 150000, 150000, "exact",
     DAILY_CALLER, CMD_REPORT, "document", True, False),
    ("w16", "at least 25 emails", 0, "campaign_emails", "emails", 25, None, "lower_bound",
     DAILY_CALLER, None, "none", True, False),
    ("w16", "about $150,000 in advertising revenue", 0, "advertising_revenue", "dollars", 150000, 150000,
     "approx", DAILY_CALLER, "The CMD", "organization", False, False),
    # w17 (Raw Story), w18 (New York Times Editorial Board), w19 (GLAAD): no numeric claim (years only).
    # w20 (Sally Pipes): the defenders' "millions" (vague, credited to the arguers); HHS's "up to half" and
    # "nearly 130 million" (hedged by "could be denied"); Kaiser's 52 million and 27%; the study's own
    # "approximately 52 million" inside its quotation.
    ("w20", "millions of people with pre-existing conditions", 0, "people_losing_coverage",
     "people with pre-existing conditions", 2000000, None, "vague", PRE_EXISTING,
     "Obamacare's defenders", "vague", False, False),
    ("w20", "up to half of non-elderly Americans", 0, "pre_existing_conditions_share", "non-elderly Americans",
     None, 0.5, "upper_bound", PRE_EXISTING, HHS, "organization", False, False),
    ("w20", "nearly 130 million", 0, "people_with_pre_existing_conditions", "non-elderly Americans",
     None, 130000000, "upper_bound", PRE_EXISTING, HHS, "organization", True, False),
    ("w20", "52 million non-elderly people", 0, "people_with_pre_existing_conditions", "non-elderly people",
     52000000, 52000000, "exact", PRE_EXISTING, KAISER, "document", False, False),
    ("w20", "27% of the population", 0, "pre_existing_conditions_share", "population", 27, 27, "exact",
     PRE_EXISTING, KAISER, "document", False, False),
    ("w20", "approximately 52 million people", 0, "people_with_pre_existing_conditions", "people",
     52000000, 52000000, "approx", PRE_EXISTING, "the study", "document", False, False),
    # w21 (Drudge Report): poll shares, the poll named only in the sentence before (none, as dev6/'s k19).
    ("w21", "Two-thirds of Republicans", 0, "poll_share", "Republicans", TWO_THIRDS, TWO_THIRDS, "exact",
     KFF_POLL, None, "none", False, False),
    ("w21", "70% of Democrats", 0, "poll_share", "Democrats", 70, 70, "exact", KFF_POLL, None, "none",
     False, False),
    ("w21", "half of independents", 0, "poll_share", "independents", 0.5, 0.5, "exact", KFF_POLL, None, "none",
     False, False),
    # w22 (Sputnik News): "three years, 1941-44", "June 1944" durations and dates; "World War Two" a name.
    ("w22", "Six million Nazi troops were killed", 0, "killed", "Nazi troops", 6000000, 6000000, "exact",
     WW2, None, "none", False, True),
    ("w22", "one million on the Western Front", 0, "killed", "Nazi troops", 1000000, 1000000, "exact",
     WW2, None, "none", False, True),
    # w23 (The Verge): "March 19th" a date.
    ("w23", "Three astronauts", 0, "astronauts_launching", "astronauts", 3, 3, "exact",
     "Soyuz launch", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("w00", "You’ve heard of people who can’t agree", 0, "Logan Odeneal", "person"),
    ("w02", "Senator Burr owed a duty to Congress", 0, BURR, "document"),
    ("w02", "Senator Burr breached that duty", 0, BURR, "document"),
    ("w03", "a year of brainwash", 0, "Michelle Steel", "person"),
    ("w03", "God’s always fair", 0, "Michelle Steel", "person"),
    ("w04", "repeated contacts with Russian intelligence", 0, "anonymous government officials", "person"),
    ("w04", "We’d love to help", 0, "Andew McCabe", "person"),
    ("w05", "Serious questions for Trumpers", 0, "Gabriel Sherman", "person"),
    ("w05", "What is the scandal of unmasking", 0, "Gabriel Sherman", "person"),
    ("w07", "safeguard the safety", 0, "Greg Kelley", "person"),
    ("w07", "Our members are still needing", 0, "Francine Rico", "person"),
    ("w11", "It doesn't seem to make sense", 0, TRUMP, "person"),
    ("w11", "That doesn't make sense. And frankly", 0, TRUMP, "person"),
    ("w11", "up to the states.", 0, TRUMP, "person"),
    ("w12", "I feel very sorry for him", 0, WILSON, "person"),
    ("w12", "I just can’t even imagine", 0, WILSON, "person"),
    ("w12", "They are making themselves look like fools", 0, WILSON, "person"),
    ("w12", "They have no credibility", 0, WILSON, "person"),
    ("w14", "harassed, chased, tackled", 0, ROMAN, "person"),
    ("w15", "The situation is gradually stabilizing", 0, "Mikhail Mishustin", "person"),
    ("w16", "go to Twitter to figure out", 0, "Tucker Carlson", "person"),
    ("w17", "In its handling of the investigation", 0, KATYAL, "person"),
    ("w17", "Critically, if the department had followed", 0, KATYAL, "person"),
    ("w17", "Remember that Mr. Trump’s own", 0, KATYAL, "person"),
    ("w17", "Further, the complaint set out facts", 0, KATYAL, "person"),
    ("w18", "a deafening, piercing smoke alarm", 0, "United Nations official", "person"),
    ("w18", "Frankly, we’ve delivered a message", 0, "Jim Skea", "person"),
    ("w18", "It’s now their responsibility", 0, "Jim Skea", "person"),
    ("w19", "RAFIKI is a beautiful story", 0, ELLIS, "person"),
    ("w19", "Wanuri Kahiu is a gifted filmmaker", 0, ELLIS, "person"),
    ("w19", "reminiscent of the early work of Spike Lee", 0, "Screen Daily", "organization"),
    ("w19", "impossible not to celebrate", 0, "Variety", "organization"),
    ("w20", "could be denied affordable coverage", 0, "Department of Health and Human Services", "organization"),
    ("w20", "At any given time,", 0, "Kaiser report", "document"),
    ("w20", "the vast majority of these approximately", 0, "Kaiser report", "document"),
    ("w21", "This suggests that rhetoric", 0, "William Frey", "person"),
    ("w21", "worst is behind us.", 0, "Republicans", "person"),
    ("w21", "the worst is yet to come.", 0, "Democrats and independents", "person"),
    ("w22", "The American spirit will always win.", 0, "Trump", "person"),
    ("w23", "We’ve been sort of isolated", 0, CASSIDY, "person"),
    ("w23", "Had I been in normal quarantine", 0, CASSIDY, "person"),
    ("w23", "But not this time.", 0, CASSIDY, "person"),
    ("w23", "They do not go on any trips", 0, "Pavel Vlasov", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
