"""The nineteenth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev19/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
THREE_TENTHS = 3 / 10
US_COVID = "COVID-19 in the United States"
MENENDEZ = "Senator Menendez"
MOLSON = "Molson Coors"
MODERNA = "Moderna COVID-19 vaccine trial"
BAY_AREA = "Bay Area"
COUNTIES = "10 counties in the region"
NORTH_RIDGE = "North Ridge Health and Rehab"
INDIA = "India's coronavirus rescue package"
BREAKDOWN = "A breakdown of the rescue plan"
GABLE = "John Gable"
DE_BLASIO = "de Blasio"
ARREGUIN = "Arreguin"
GRAHAM = "Lindsey Graham"
SHAW = "Kiran Mazumdar Shaw"
MEMO = "Pentagon memo"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # y00 (Rich Zeoli): both figures sit in what the senator "is accused of" (hedged, read as "allegedly";
    # no accuser named: none); "millions" vague 2,000,000/null (dev7/'s "millions in donations").
    ("y00", "millions in campaign contributions", 0, "campaign_contributions", "campaign contributions",
     2000000, None, "vague", MENENDEZ, None, "none", True, False),
    ("y00", "$100 million", 0, "medicare_fraud", "dollars", 100000000, 100000000, "exact", MENENDEZ, None,
     "none", True, False),
    # y01 (Kathleen Parker): no numeric claim ("in May", "In June" dates).
    # y02 (The Denver Post): the headline's "cutting 500 jobs" is exact, the body's "up to 500" upper_bound;
    # "About 300 of those employees" sits in the clause before Hargarten's quotation (clause scope: none);
    # "by the end of 2019" a year.
    ("y02", "500 jobs", 0, "job_cuts", "jobs", 500, 500, "exact", MOLSON, None, "none", False, False),
    ("y02", "up to 500 jobs", 0, "job_cuts", "jobs", None, 500, "upper_bound", MOLSON, "Molson Coors",
     "organization", False, False),
    ("y02", "2,300 people", 0, "employees", "people", 2300, 2300, "exact", "Molson Coors in Colorado",
     "Molson Coors", "organization", False, False),
    ("y02", "About 300 of those employees", 0, "employees", "employees", 300, 300, "approx",
     "Molson Coors Denver office", None, "none", False, False),
    ("y02", "2,000 workers", 0, "employees", "workers", 2000, 2000, "exact", "Molson Coors in Colorado", None,
     "none", False, False),
    # y03 (Independent Institute): "2007", "2000", "2001 fiscal year", "2017 budget", "2018" years; "nearly
    # 10 years", "ten-year period", "four whole presidential terms", "after 10 years" spans of time; "these
    # two dates" a reference count; the headline's "Three Most Interesting Numbers" counts the article's own
    # list (a reference count); "That makes zero the most interesting … number" names the number itself.
    ("y03", "deficit to zero", 0, "budget_deficit_target", "annual spending deficit", 0, 0, "exact",
     "U.S. presidential budgets", None, "none", False, False),
    ("y03", "over $9.4 trillion", 0, "projected_debt", "dollars", 9400000000000, None, "lower_bound",
     "Obama's 2017 budget", None, "none", True, False),
    # y04 (Scott Jennings): "12-year-old" an age, "in 2020" a year; the girl's claim (unnamed: anonymous).
    ("y04", "three white boys", 0, "alleged_attackers", "white boys", 3, 3, "exact",
     "Washington, D.C., Christian school incident", "a 12-year-old African American girl", "anonymous",
     False, False),
    # y05 (CNBC): a measurement (dev4/'s "six feet apart"); "the CDC says" (organization).
    ("y05", "at least six feet", 0, "distance", "feet", 6, None, "lower_bound", "social distancing in stores",
     "the CDC", "organization", False, False),
    # y06 (Activist Post): "COVID-19", "SARS-CoV-2", "RT-PCR" names.
    ("y06", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100,
     None, "lower_bound", "coronaviruses", None, "none", False, False),
    ("y06", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods",
     "PCR-based and antibody-testing methods", 100, None, "lower_bound", "COVID-19 testing", None, "none",
     False, False),
    # y07 (Collective Evolution): no numeric claim ("in 2015" a year, "for decades" a duration, "Some",
    # "several", "multiple" no numeral).
    # y08 (Daily Beast): vague "thousands" 2000/null, "tens of thousands" 20,000/null (dev13/).
    ("y08", "thousands of visitors", 0, "visitors_omitted", "visitors", 2000, None, "vague",
     "Obama White House visitor logs", None, "none", False, False),
    ("y08", "tens of thousands of guests", 0, "visitors_listed", "guests", 20000, None, "vague",
     "Obama White House visitor logs", None, "none", False, False),
    # y09 (Newsmax - News): "in March" a date, "Phase 1" an identifier; "one of more than 100" holds a count
    # (the "one of" is not one); the global toll is core; the second "eight people" is inside Adalja's
    # quotation.
    ("y09", "eight people", 0, "trial_participants", "people", 8, 8, "exact", MODERNA, None, "none", False,
     False),
    ("y09", "45-subject safety trial", 0, "trial_size", "subjects", 45, 45, "exact", MODERNA, None, "none",
     False, False),
    ("y09", "more than 100 under development", 0, "vaccine_candidates", "vaccines", 100, None, "lower_bound",
     "COVID-19 vaccines", None, "none", False, False),
    ("y09", "more than 4.7 million people", 0, "infected", "people", 4700000, None, "lower_bound",
     "COVID-19 worldwide", None, "none", False, True),
    ("y09", "killed over 315,000", 0, "killed", "people", 315000, None, "lower_bound", "COVID-19 worldwide",
     None, "none", False, True),
    ("y09", "eight individuals", 0, "trial_participants", "individuals", 8, 8, "exact", MODERNA, None, "none",
     False, False),
    ("y09", "100 microgram dose", 0, "dose", "micrograms", 100, 100, "exact", MODERNA, None, "none", False,
     False),
    ("y09", "25 microgram dose", 0, "dose", "micrograms", 25, 25, "exact", MODERNA, None, "none", False,
     False),
    ("y09", "Moderna shares (MRNA) 20%", 0, "share_price_change", "%", 20, 20, "exact", "Moderna", None,
     "none", False, False),
    ("y09", "eight people", 1, "trial_participants", "people", 8, 8, "exact", MODERNA, "Dr. Amesh Adalja",
     "person", False, False),
    # y10 (CNN - Editorial): the toll opens the writer's account of the "groupthink" (none); "in decades" a
    # duration; "by double digits" no numeral.
    ("y10", "more than 130,000 Americans", 0, "killed", "Americans", 130000, None, "lower_bound", US_COVID,
     None, "none", False, True),
    # y11 (NewsBusters): a transcript; a line's figures go to its labelled speaker (dev5/), except the $600
    # in the clause of what "analysts expect" (clause scope); "June the 12th" a date, "15th straight week" an
    # ordinal.
    ("y11", "three out of 10 Americans", 0, "rehired_share", "Americans who lost their jobs", THREE_TENTHS,
     THREE_TENTHS, "exact", "U.S. jobs report", "JARVIS", "person", False, False),
    ("y11", "more than 1 million Americans", 0, "unemployment_claims", "Americans", 1000000, None,
     "lower_bound", "U.S. unemployment", "JARVIS", "person", False, False),
    ("y11", "$600 added weekly unemployment benefit", 0, "unemployment_benefit", "dollars", 600, 600, "exact",
     "U.S. unemployment benefits", "analysts", "vague", False, False),
    # y12 (NBC News (Online)): the headline's "in 17 years" a span of time; "8:07 a.m.", "4 p.m." times;
    # "1996", "1999" years; "8-year-old" an age; "prosecutors said" (anonymous, unnamed officials).
    ("y12", "four associates", 0, "accomplices", "associates", 4, 4, "exact", "Daniel Lee's crime spree",
     None, "none", False, False),
    ("y12", "$50,000 in cash", 0, "stolen_cash", "dollars", 50000, 50000, "exact", "Daniel Lee's crime spree",
     "prosecutors", "anonymous", False, False),
    # y13 (Politico): Graham's benchmark toll inside his pull quote (a target, not a toll: not core);
    # "by September", "by November" dates; "two months" (in Conway's quotation) a duration.
    ("y13", "120 [thousand deaths]", 0, "target_deaths", "deaths", 120000, 120000, "exact", US_COVID,
     "Sen. Lindsey Graham", "person", False, False),
    # y14 (American Thinker): the Civil War toll sits in the "since" clause inside "Some would say" (the
    # writer's reasoning, as dev9/'s premise: none); "a projected 100,000" approx (as "an estimated N"),
    # hedged as a projection (dev9/), not core.
    ("y14", "about 600,000 to 700,000 American soldiers", 0, "killed", "American soldiers", 600000, 700000,
     "range", "American Civil War", None, "none", False, True),
    ("y14", "a projected 100,000 American citizens", 0, "projected_deaths", "American citizens", 100000,
     100000, "approx", US_COVID, None, "none", True, False),
    # y15 (The Mercury News): headline and body figures; "according to cumulative cases as reported by 10
    # counties in the region" (organization: county governments that report); "per 100,000 residents" is
    # the rates' unit; "May 18 at 5:50 p.m." a date and time.
    ("y15", "11,279 cases", 0, "cases", "cases", 11279, 11279, "exact", BAY_AREA, None, "none", False, True),
    ("y15", "392 deaths", 0, "killed", "deaths", 392, 392, "exact", BAY_AREA, None, "none", False, True),
    ("y15", "10 counties", 0, "counties", "counties", 10, 10, "exact", BAY_AREA, None, "none", False, False),
    ("y15", "11,279 confirmed cases", 0, "cases", "confirmed cases", 11279, 11279, "exact", BAY_AREA, COUNTIES,
     "organization", False, True),
    ("y15", "392 deaths", 1, "killed", "deaths", 392, 392, "exact", BAY_AREA, COUNTIES, "organization", False,
     True),
    ("y15", "10 counties", 1, "counties", "counties", 10, 10, "exact", BAY_AREA, None, "none", False, False),
    ("y15", "11,033 confirmed cases", 0, "cases", "confirmed cases", 11033, 11033, "exact", BAY_AREA, None,
     "none", False, True),
    ("y15", "392 deaths", 2, "killed", "deaths", 392, 392, "exact", BAY_AREA, None, "none", False, True),
    ("y15", "10 counties", 2, "counties", "counties", 10, 10, "exact", BAY_AREA, None, "none", False, False),
    ("y15", "home to 8 million", 0, "population", "residents", 8000000, 8000000, "exact", BAY_AREA, None,
     "none", False, False),
    ("y15", "39.7 million residents", 0, "population", "residents", 39700000, 39700000, "exact", "California",
     None, "none", False, False),
    # y16 (CBS SFBayArea): no numeric claim.
    # y17 (Longmont Times-Call): "according to the National Conference of State Legislatures" (organization);
    # the pasted tweet holds no figure ("March 2, 2020" a date).
    ("y17", "three other states", 0, "all_mail_ballot_states", "states", 3, 3, "exact", "Colorado",
     "the National Conference of State Legislatures", "organization", False, False),
    # y18 (MIT News): no numeric claim ("covid-19" a name).
    # y19 (Socialist Worker): Hacker's block quote (not a quote: no quotation marks) credits its figure to
    # him, the cue before it naming the source; "2016", "2008" years, "for a generation" a duration.
    ("y19", "millions of middle-class Americans", 0, "anxious_americans", "middle-class Americans", 2000000,
     None, "vague", "American middle class", "political scientist Jacob Hacker", "person", False, False),
    # y20 (John Gable, AllSides Founder): "10 years ago", "200 years ago" spans of time (in the uncued opening
    # quotation); "number-one result", "first page" ordinals; the two shares inside Gable's "he says".
    ("y20", "A third of the clicks", 0, "click_share", "clicks", ONE_THIRD, ONE_THIRD, "exact",
     "Google search results", GABLE, "person", False, False),
    ("y20", "92 per cent", 0, "click_share", "clicks", 92, 92, "exact", "Google search results", GABLE,
     "person", False, False),
    # y21 (FrontPage Magazine): the headline's share is not core; "320-bed" a capacity (dev7/'s compound
    # counts); "scores" read as a vague word like "dozens" (20 × 2 = 40/null), infections core; "since
    # mid-April" a date.
    ("y21", "81% of Coronavirus Deaths", 0, "nursing_home_death_share", "coronavirus deaths", 81, 81, "exact",
     "Minnesota", None, "none", False, False),
    ("y21", "42 patients", 0, "admitted_patients", "patients", 42, 42, "exact", NORTH_RIDGE, None, "none",
     False, False),
    ("y21", "320-bed nursing home", 0, "beds", "beds", 320, 320, "exact", NORTH_RIDGE, None, "none", False,
     False),
    ("y21", "killing 48 of its patients", 0, "killed", "patients", 48, 48, "exact", NORTH_RIDGE, None, "none",
     False, True),
    ("y21", "infecting scores more", 0, "infected", "patients", 40, None, "vague", NORTH_RIDGE, None, "none",
     False, True),
    # y22 (Reuters): "A breakdown of the rescue plan shows" (document, an analysis cited); "which Modi had
    # hailed as" (person); "government officials said" (anonymous); the 1% inside Tirumalai's quotation.
    ("y22", "about a tenth", 0, "actual_spending_share", "package", 0.1, 0.1, "approx", INDIA, BREAKDOWN,
     "document", False, False),
    ("y22", "$266 billion package", 0, "stimulus_package", "dollars", 266000000000, 266000000000, "exact",
     INDIA, BREAKDOWN, "document", False, False),
    ("y22", "10% of India’s gross domestic product", 0, "stimulus_gdp_share", "gross domestic product", 10, 10,
     "exact", INDIA, "Modi", "person", False, False),
    ("y22", "$105 billion of liquidity", 0, "central_bank_liquidity", "dollars", 105000000000, 105000000000,
     "exact", INDIA, "government officials", "anonymous", False, False),
    ("y22", "1% of GDP", 0, "income_compensation_share", "GDP", 1, 1, "exact", INDIA, "Sunil Tirumalai",
     "person", False, False),
    # y23 (Yahoo! News): no numeric claim ("summer 2021", "1 April", "early May" dates; "second wave" an
    # ordinal).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("y01", "A lot of folks were told it was unacceptable", 0, DE_BLASIO, "person"),
    ("y01", "It was \u00adunacceptable to be racist", 0, DE_BLASIO, "person"),
    ("y01", "I want to be very, very clear", 0, DE_BLASIO, "person"),
    ("y02", "a lot of those people will be offered jobs", 0, "Matt Hargarten", "person"),
    ("y05", "You always want to make sure your hands are clean", 0, "Morse", "person"),
    ("y05", "Also after you touch something on the outside", 0, "Morse", "person"),
    ("y05", "If anybody is wearing gloves", 0, "Vinetz", "person"),
    ("y09", "These are significant findings", 0, "Amesh Adalja", "person"),
    ("y12", "I didn’t do it", 0, "Lee", "person"),
    ("y12", "I’ve made a lot of mistakes in my life", 0, "Lee", "person"),
    ("y13", "The closer you can have it to 120", 0, GRAHAM, "person"),
    ("y13", "If things don’t look like they’re bouncing back", 0, GRAHAM, "person"),
    ("y13", "economic and emotional boosts for Americans", 0, "Kellyanne Conway", "person"),
    ("y16", "I think we should classify them as a gang", 0, ARREGUIN, "person"),
    ("y16", "They come dressed in uniforms", 0, ARREGUIN, "person"),
    ("y16", "I think we are going to have to think", 0, ARREGUIN, "person"),
    ("y16", "We also need to hold accountable", 0, ARREGUIN, "person"),
    ("y17", "Every voter should have the opportunity", 0, "Garnett", "person"),
    ("y17", "These are some issues that I don’t think", 0, "Garnett", "person"),
    ("y18", "I think there is certainly more oversight", 0, "Excell", "person"),
    ("y18", "The world has changed, and the data has changed.", 0, "Excell", "person"),
    ("y18", "People don’t want marketing to make them feel anxious", 0, "Parry Malm", "person"),
    ("y19", "The 2008 downturn", 0, "Ron Brownstein", "person"),
    ("y20", "We are less informed today than we were", 0, None, "unknown"),
    ("y20", "To deal with all this overwhelming information", 0, GABLE, "person"),
    ("y20", "A third of the clicks from a Google search page", 0, GABLE, "person"),
    ("y21", "It makes no sense to bring more COVID-19 patients", 0, "Karin Housley", "person"),
    ("y21", "If it were my mom or dad", 0, "Karin Housley", "person"),
    ("y22", "We are creating all sorts of liquidity", 0, SHAW, "person"),
    ("y22", "Demand is going to play a very big part", 0, SHAW, "person"),
    ("y22", "We would not qualify it as a stimulus package", 0, "Sunil Tirumalai", "person"),
    ("y23", "We have a long path ahead", 0, MEMO, "document"),
    ("y23", "Therefore we must now refocus our attention", 0, MEMO, "document"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
