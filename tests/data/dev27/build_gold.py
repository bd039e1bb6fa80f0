"""The twenty-seventh (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev27/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
ONE_SEVENTH = 1 / 7
ONE_QUARTER = 1 / 4
IG_REPORT = "Justice Department inspector general's report on James Comey"
US_JOBS = "U.S. labor market, April"
SLAOUI = "Moncef Slaoui's Moderna stock holdings"
SHOOTINGS = "mass shootings in Ohio and Texas"
ALCOHOL = "Americans with a serious alcohol problem (2015 study)"
IDAHO = "COVID-19 in Idaho"
REFUGEES = "U.S. refugee admissions"
OXFORD = "Oxford ChAdOx1 vaccine trial in rhesus macaques"
BRADFORD = "Bradford online child sexual exploitation arrests"
BLOOMBERG = "Michael Bloomberg, California primary (hypothetical)"
SOCIAL_CREDIT = "China's social credit system"
DRUG_STUDY = "study of a drug Trump promoted, coronavirus patients"
KUGELMASS = "Kugelmass"
CHANEY = "Greg Chaney"
TAVERRITE = "Andrew Taverrite"
HASELTINE = "William Haseltine"
MCMILLAN = "Brad McMillan"
MITCHELL = "Mitchell"
BRUCKNER = "Pascal Bruckner"
CLINTON = "Hillary Clinton"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # o00 (Boston Herald Editorial): "the 80-plus pages" of the IG report ("N-plus" lower_bound, dev/); "the 13
    # angry Democrats on the special counsel's staff" a count (new information, not a reference back).
    ("o00", "80-plus pages", 0, "report_pages", "pages", 80, None, "lower_bound", IG_REPORT, None, "none", False,
     False),
    ("o00", "13 angry Democrats", 0, "staff_democrats", "Democrats", 13, 13, "exact", "special counsel's staff",
     None, "none", False, False),
    # o01 (Andrew Napolitano): no numeric claim ("the one now being conducted" a pronoun).
    # o02 (Medium): "reach net zero emissions" a claim of 0 ("zero" is a numeral; a target, not hedged, as dev11/'s
    # "toward zero tariffs"; the common target Kugelmass goes beyond: none); "approximately 1 trillion tons" inside
    # Kugelmass's quotation ("he wrote") → person; "the past two centuries" a duration; "the only one" a pronoun.
    ("o02", "net zero emissions", 0, "net_emissions_target", "net emissions", 0, 0, "exact",
     "carbon emissions (climate target)", None, "none", False, False),
    ("o02", "approximately 1 trillion tons", 0, "accumulated_greenhouse_gases", "tons", 1_000_000_000_000,
     1_000_000_000_000, "approx", "extra greenhouse gases accumulated over two centuries", KUGELMASS, "person",
     False, False),
    # o03 (Newt Gingrich): "Four presidencies" (the four are named after it; the count is the claim); "The first"
    # an ordinal; "National Security Council Report 68" an identifier; "1950" a year; "30 years of the Cold War",
    # "Within 11 years" durations.
    ("o03", "Four presidencies", 0, "presidencies", "presidencies", 4, 4, "exact",
     "U.S. presidencies after the Cold War", None, "none", False, False),
    # o04 (Wall Street Journal - News): the headline's and the body's 164,000 (each a claim); the Fed's forecast
    # "a 3.6% rate next year" (a projection: hedged; organization); "six consecutive months", "over the past
    # year" durations.
    ("o04", "Adds 164,000 Jobs", 0, "jobs_added", "jobs", 164_000, 164_000, "exact", US_JOBS, None, "none", False,
     False),
    ("o04", "added 164,000 jobs", 0, "jobs_added", "jobs", 164_000, 164_000, "exact", US_JOBS, None, "none", False,
     False),
    ("o04", "monthly average of 191,000 additions", 0, "jobs_added_monthly_average", "additions", 191_000, 191_000,
     "exact", "U.S. labor market, past year", None, "none", False, False),
    ("o04", "fell to 3.9%", 0, "unemployment_rate", "jobless rate", 3.9, 3.9, "exact", US_JOBS, None, "none",
     False, False),
    ("o04", "4.1%", 0, "unemployment_rate", "jobless rate", 4.1, 4.1, "exact",
     "U.S. labor market, six months before April", None, "none", False, False),
    ("o04", "a 3.6% rate", 0, "projected_unemployment_rate", "unemployment rate", 3.6, 3.6, "exact",
     "U.S. labor market, next year", "the Fed", "organization", True, False),
    ("o04", "Wages rose 2.6%", 0, "wage_growth", "wages", 2.6, 2.6, "exact", US_JOBS, None, "none", False, False),
    # o05 (Natural News): no numeric claim.
    # o06 (True Pundit): Moderna's valuation and Slaoui's stock gain ("nearly" upper_bound) and holdings; "last
    # Thursday", "on Monday", "on Tuesday" dates; "just one piece of his … portfolio" not a count.
    ("o06", "$30 billion valuation", 0, "company_valuation", "dollars", 30_000_000_000, 30_000_000_000, "exact",
     "Moderna", None, "none", False, False),
    ("o06", "jumped nearly $2.4 million", 0, "stock_value_increase", "dollars", None, 2_400_000, "upper_bound",
     SLAOUI, None, "none", False, False),
    ("o06", "to $12.4 million", 0, "stock_holdings_value", "dollars", 12_400_000, 12_400_000, "exact", SLAOUI,
     None, "none", False, False),
    # o07 (The Mercury News): "Trump's goal of hundreds of millions of coronavirus vaccine doses" (vague
    # 200,000,000/null, dev13/; a goal: not hedged; its setter is the actor: none, as dev6/'s k14 goal); "end of
    # 2020", "by January" dates.
    ("o07", "hundreds of millions of coronavirus vaccine doses", 0, "vaccine_doses_goal",
     "coronavirus vaccine doses", 200_000_000, None, "vague", "Trump's coronavirus vaccine goal (by January)",
     None, "none", False, False),
    # o08 (Guest Writer - Right): the toll "killed at least 29 people" (core); the definition "shot four or more
    # people" (a threshold, lower_bound, `casualties`: shot = killed or wounded; core as dev15/'s and dev25/'s
    # group-defining thresholds); "injured many more", "a handful", "roughly as many hours" no numeral; "the last
    # two decades" a duration.
    ("o08", "killed at least 29 people", 0, "killed", "people", 29, None, "lower_bound", SHOOTINGS, None, "none",
     False, True),
    ("o08", "shot four or more people", 0, "casualties", "people", 4, None, "lower_bound",
     "U.S. spontaneous mass shootings, last two decades", None, "none", False, True),
    # o09 (International Business Times): "one bullet hit the young girl" a count of one; "a dozen shootings" → "It
    # also said" → the Atlanta Police Department (organization); "8-year-old" ages; the dead girl has no numeral;
    # "the one that took Turner's life" a pronoun.
    ("o09", "one bullet", 0, "bullets_hit", "bullets", 1, 1, "exact", "shooting of Secoriea Turner", None, "none",
     False, False),
    ("o09", "a dozen shootings", 0, "shootings", "shootings", 12, 12, "exact", "Atlanta, Sunday",
     "The Atlanta Police Department", "organization", False, False),
    # o10 (The Week - News): the 2015 study's 32 million, its share "(one out of every seven adults)" (1/7, the
    # same share as a fraction, as dev14/'s "7/192" beside "3.6%") and "nearly a third" (upper_bound; "will
    # exhibit" a lifetime prevalence, not hedged, as dev13/'s "will") → document; death rates per 100,000 (claims,
    # not core, the "100,000" the rate's unit, dev15/, dev18/): the first → "Christopher Caldwell" ("As … notes"),
    # the rest none (sentence-local); "more than five times higher" a multiplier; "mid-1970s", "mid-to-late 1980s",
    # "end of 2015" dates.
    ("o10", "32 million Americans", 0, "alcohol_problem", "Americans", 32_000_000, 32_000_000, "exact", ALCOHOL,
     "A 2015 study", "document", False, False),
    ("o10", "one out of every seven adults", 0, "alcohol_problem_share", "adults", ONE_SEVENTH, ONE_SEVENTH,
     "exact", ALCOHOL, "A 2015 study", "document", False, False),
    ("o10", "nearly a third of all Americans", 0, "alcohol_use_disorder_lifetime_share", "Americans", None,
     ONE_THIRD, "upper_bound", "Americans with signs of an alcohol-use disorder in their lives", "A 2015 study",
     "document", False, False),
    ("o10", "1.5 overdose deaths per 100,000", 0, "overdose_death_rate", "overdose deaths", 1.5, 1.5, "exact",
     "heroin epidemic peak, mid-1970s", "Christopher Caldwell", "person", False, False),
    ("o10", "two per 100,000", 0, "overdose_death_rate", "overdose deaths", 2, 2, "exact",
     "crack epidemic peak, mid-to-late 1980s", None, "none", False, False),
    ("o10", "more than five times higher", 0, "death_rate_multiplier", "times", 5, None, "lower_bound",
     "fatal opioid overdoses vs. the crack epidemic peak", None, "none", False, False),
    ("o10", "10.3 per 100,000", 0, "overdose_death_rate", "fatal opioid overdoses", 10.3, 10.3, "exact",
     "opioid epidemic, end of 2015", None, "none", False, False),
    ("o10", "9.6 per 100,000", 0, "death_rate", "deaths from alcohol", 9.6, 9.6, "exact", "alcohol deaths", None,
     "none", False, False),
    # o11 (Daily Beast): the state's cases (core, none); "Of Idaho's 44 counties, 11 haven't had a single case" two
    # claims (the 44 new information, dev3/) → "Greg Chaney explained" (person); "at one point" not a count.
    ("o11", "more than 2,400 confirmed cases", 0, "cases", "confirmed cases of COVID-19", 2400, None, "lower_bound",
     IDAHO, None, "none", False, True),
    ("o11", "Idaho’s 44 counties", 0, "counties", "counties", 44, 44, "exact", "Idaho", CHANEY, "person", False,
     False),
    ("o11", "11 haven’t had a single case", 0, "counties_without_cases", "counties", 11, 11, "exact", IDAHO, CHANEY,
     "person", False, False),
    # o12 (The Economist): the refugee caps and admissions (not core: resettlement, as dev6/'s k14, not a
    # displacement); "exceeded 200,000" and "over 100,000 a year" lower_bound and none (the Pew report's "notes"
    # is the sentence before: sentence-local); "November 2nd", "September 30th 2020", "1980", "September 2017",
    # "September 11th 2001", "early 1990s", "mid-1990s" dates; "the third time" an ordinal; "A year later" a
    # duration.
    ("o12", "to 18,000", 0, "refugee_cap", "refugees", 18_000, 18_000, "exact", REFUGEES + ", year to September 2020",
     None, "none", False, False),
    ("o12", "from 110,000", 0, "refugee_cap", "refugees", 110_000, 110_000, "exact",
     REFUGEES + " (limit set by Barack Obama)", None, "none", False, False),
    ("o12", "to 45,000", 0, "refugee_cap", "refugees", 45_000, 45_000, "exact", REFUGEES + ", from September 2017",
     None, "none", False, False),
    ("o12", "to 30,000", 0, "refugee_cap", "refugees", 30_000, 30_000, "exact", REFUGEES + ", a year later", None,
     "none", False, False),
    ("o12", "exceeded 200,000", 0, "refugee_cap", "refugees", 200_000, None, "lower_bound",
     REFUGEES + ", the programme's earliest years", None, "none", False, False),
    ("o12", "over 100,000 a year", 0, "refugees_admitted", "refugees", 100_000, None, "lower_bound",
     REFUGEES + ", early 1990s", None, "none", False, False),
    # o13 (The Gateway Pundit): the pandemic's U.S. toll "killed nearly 100,000 Americans" (core, none); "all or
    # part of 247 days" in Mark Knoller's pasted tweet (a count of golf days, not a span: person, the tweet's
    # author); "185th golf outing" (twice) an ordinal; "9:52AM" a time; "35 mins later" a duration; "May 23,
    # 2020" a date.
    ("o13", "killed nearly 100,000 Americans", 0, "killed", "Americans", None, 100_000, "upper_bound",
     "COVID-19 in the United States", None, "none", False, True),
    ("o13", "247 days", 0, "golf_days", "days", 247, 247, "exact", "Donald Trump's golf outings as president",
     "Mark Knoller", "person", False, False),
    # o14 (Health Nut News): the monkeys of the vaccine trial (study animals infected by design: not core, as
    # dev24/'s i07); "for seven days" a duration; "ChAdOx1", "COVID-19" names.
    ("o14", "six of them", 0, "study_animals", "rhesus macaque monkeys", 6, 6, "exact", OXFORD, None, "none",
     False, False),
    ("o14", "three non-vaccinated monkeys", 0, "study_animals", "non-vaccinated monkeys", 3, 3, "exact", OXFORD,
     None, "none", False, False),
    # o15 (Big League Politics): the 27 arrested (headline and body, core); "ranging in age from 16 to 57" ages;
    # "almost 100 children were targeted" → "Scotland Yard claimed" (organization); "Of the suspects, 63%" a share
    # (none: "according to a report from 2018" closes the sentence before); "a few days ago" no numeral; "2018" a
    # year.
    ("o15", "27 Men", 0, "arrested", "men", 27, 27, "exact", BRADFORD, None, "none",
     False, True),
    ("o15", "arrested 27 men", 0, "arrested", "men", 27, 27, "exact", BRADFORD, None, "none", False, True),
    ("o15", "almost 100 children", 0, "children_targeted_online", "children", None, 100, "upper_bound",
     "London, late March to late April (lockdown)", "Scotland Yard", "organization", False, False),
    ("o15", "63% were of Pakistani background", 0, "suspects_share", "suspects", 63, 63, "exact",
     "Bradford child grooming gang case (2018 report)", None, "none", False, False),
    # o16 (Investor's Business Daily): the three share moves; "the 50-day line" a technical indicator's name (its
    # length a duration); "early Thursday", "Wednesday" dates.
    ("o16", "Boeing was off 5.3%", 0, "stock_price_change", "percent", 5.3, 5.3, "exact", "Boeing", None, "none",
     False, False),
    ("o16", "Caterpillar 5.7%", 0, "stock_price_change", "percent", 5.7, 5.7, "exact", "Caterpillar", None, "none",
     False, False),
    ("o16", "fell 1.4%", 0, "stock_price_change", "percent", 1.4, 1.4, "exact", "Apple", None, "none", False,
     False),
    # o17 (CNET): no numeric claim ("June 11, 2019" a date).
    # o18 (CalMatters): the headline's "Less than a quarter" (upper_bound null/0.25, a fraction); Mitchell's
    # hypothetical: "13.8% of the vote" (hedged: "hypothetically", as dev18/'s "if"; the sentence before names the
    # hypothetical Mitchell's: person), "over the top of 15%" (inside his quotation, "could": hedged, lower_bound)
    # and "stay under 15%" ("he said", "could theoretically": hedged, upper_bound); "the first ballot" an ordinal.
    ("o18", "Less than a quarter of California mail ballots", 0, "mail_ballots_returned_share", "mail ballots",
     None, ONE_QUARTER, "upper_bound", "California mail ballots returned before Election Day", None, "none", False,
     False),
    ("o18", "13.8% of the vote", 0, "vote_share", "vote", 13.8, 13.8, "exact", BLOOMBERG, MITCHELL, "person", True,
     False),
    ("o18", "over the top of 15%", 0, "vote_share", "vote", 15, None, "lower_bound", BLOOMBERG, MITCHELL, "person",
     True, False),
    ("o18", "under 15%", 0, "vote_share", "vote", None, 15, "upper_bound", BLOOMBERG, MITCHELL, "person", True,
     False),
    # o19 (David Brooks): no numeric claim ("In 1995" a year).
    # o20 (Fast Company): the pilot projects ("40 or so" approx, "at least six" lower_bound); "since 2014", "next
    # year", "October 4, 2015" dates; "a single step", "a single, nationwide point system", "one pithy tweet",
    # "one's own parents" not counts.
    ("o20", "40 or so pilot projects", 0, "pilot_projects", "pilot projects", 40, 40, "approx",
     SOCIAL_CREDIT + " (local governments)", None, "none", False, False),
    ("o20", "at least six run by tech giants", 0, "pilot_projects", "pilot projects", 6, None, "lower_bound",
     SOCIAL_CREDIT + " (tech giants)", None, "none", False, False),
    # o21 (The Mind Unleashed): no numeric claim ("May 18, 2020" a date; "one of the most intelligent" "one of").
    # o22 (Collective Evolution): Colorado's toll "recently passed 1,000" (lower_bound, as dev22/'s "surpassed";
    # core; none: the CDPHE's "has stated" is in the next clause, about what the number represents).
    ("o22", "recently passed 1,000", 0, "killed", "deaths attributed to the coronavirus", 1000, None,
     "lower_bound", "COVID-19 in Colorado", None, "none", False, True),
    # o23 (Bipartisan Report): "A study of 96,000 coronavirus patients" in Hillary Clinton's quoted tweet and again
    # in the pasted tweet (two claims; the study is the count's subject, not its source, as dev23/'s "three
    # economists found": the quotation's source, the tweet's author, person); "for 19 years" a duration; "one of
    # his personal valets", "one recent story" not counts; "May 22, 2020" a date.
    ("o23", "96,000 coronavirus patients", 0, "study_patients", "coronavirus patients", 96_000, 96_000, "exact",
     DRUG_STUDY, CLINTON, "person", False, False),
    ("o23", "96,000 coronavirus patients", 1, "study_patients", "coronavirus patients", 96_000, 96_000, "exact",
     DRUG_STUDY, CLINTON, "person", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("o00", "Violated Department and FBI policies", 0, "pages", "document"),
    ("o02", "It is the extra greenhouse gases", 0, KUGELMASS, "person"),
    ("o02", "We can determine which energy sources", 0, KUGELMASS, "person"),
    ("o02", "Nuclear energy is the only one", 0, KUGELMASS, "person"),
    ("o03", "a new world order", 0, "George H. W. Bush", "person"),
    ("o11", "hottest spot", 0, CHANEY, "person"),
    ("o11", "I think it’s understandable to express disagreement", 0, CHANEY, "person"),
    ("o11", "but I think it’s important that we all look", 0, CHANEY, "person"),
    ("o11", "While we’re in the heat of the moment", 0, CHANEY, "person"),
    ("o11", "Governors across the country have proven", 0, TAVERRITE, "person"),
    ("o11", "I would think Idahoans", 0, TAVERRITE, "person"),
    ("o13", "Back of the Line!", 0, None, "unknown"),
    ("o14", "It is crystal clear that the vaccine", 0, HASELTINE, "person"),
    ("o14", "All of the vaccinated monkeys treated", 0, HASELTINE, "person"),
    ("o16", "The damage will be real", 0, MCMILLAN, "person"),
    ("o16", "For companies that sell to China", 0, MCMILLAN, "person"),
    ("o17", "We don't allow harmful misinformation", 0, "letter from Pinterest", "document"),
    ("o17", "That includes medical misinformation", 0, "letter from Pinterest", "document"),
    ("o17", "pornography block list", 0, "Live Action", "organization"),
    ("o17", "misinformation related to conspiracies", 0, "Pinterest", "organization"),
    ("o18", "them not being in the race", 0, MITCHELL, "person"),
    ("o18", "But since those votes are still counted", 0, MITCHELL, "person"),
    ("o18", "Bloomberg could theoretically stay under", 0, MITCHELL, "person"),
    ("o19", "being guided only by the lantern", 0, BRUCKNER, "person"),
    ("o19", "Everyone must sell himself", 0, BRUCKNER, "person"),
    ("o20", "allow the trustworthy to roam", 0, "Chinese government", "organization"),
    ("o21", "The pod has been bringing us regular gifts", 0, "Barnacles Cafe & Dolphin Feeding", "organization"),
    ("o21", "Nothing surprises me with dolphins", 0, "Barry McGovern", "person"),
    ("o22", "Falsely inflating the number of deaths", 0, "Baisley", "person"),
    ("o23", "A study of 96,000 coronavirus patients found", 0, CLINTON, "person"),
    ("o23", "significantly higher risk of death", 0, "study", "document"),
    ("o23", "significantly higher risk of death", 1, "study", "document"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
