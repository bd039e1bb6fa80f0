"""The thirty-second (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev32/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

RISK_CORRIDORS = "ACA risk corridor payments to insurers"
MEXICO = "COVID-19 in Mexico"
US_COVID = "COVID-19 in the United States"
PANDEMIC = "COVID-19 pandemic"
DEREG = "Trump administration's deregulatory cases in court"
POLICY_INTEGRITY = "Research by the Center for Policy Integrity at the University of New York School of Law"
VAPING = "vaping-related lung illnesses in the U.S."
VAPING_MA = "vaping-related lung illnesses in Massachusetts"
MA_OFFICIALS = "Massachusetts officials"
MFF = "Minnesota Freedom Fund"
EVENT201 = "Event 201 simulated pandemic"
SIMULATION = "Event 201 John Hopkins simulation"
WALMART = "Walmart sales, first quarter 2020"
TARGET_SALES = "Target digital sales, first quarter 2020"
NY_NURSING = "New York nursing homes"
NY_COVID = "COVID-19 in New York State"
JHU = "data from Johns Hopkins University"
FAUCI = "Anthony Fauci"
WILSON = "Stephen Wilson"
TULSI_NOW = "Tulsi Now, Inc."
SPENCER = "Richard Spencer"
MOJIBAKE_THEYRE = (
    "They\u00e2\u0080\u0099re death pits"  # the text's mis-decoded curly apostrophe, kept as drawn
)

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # E00 (Sally Pipes): no numeric claim ("a dollar of taxed wages … a dollar of untaxed health benefits" a unit
    # with its article, not a count).
    # E01 (Red State): Cohn's "22 separate entities" → The Guardian ("according to The Guardian" closes the
    # sentence); "between 2002 and 2006", "in 1997" dates.
    ("E01", "22 separate entities", 0, "leading_roles_entities", "entities", 22, 22, "exact",
     "Gary Cohn, Goldman Sachs entities in Bermuda", "The Guardian", "organization", False, False),
    # E02 (Washington Free Beacon): the headline's "$12 Billion" and the body's "upwards of $12 billion"
    # (lower_bound, dev30/'s "upwards of 40,000") each a claim; "millions of previously uninsured" vague
    # 2,000,000/null; "The eight to one decision" a vote split (two numbers, no single interval, as dev8/'s
    # "3-3 votes" and dev10/'s "2-14": left out); "since 2014" a date.
    ("E02", "$12 Billion in Obamacare Payments", 0, "risk_corridor_payments", "payments", 12_000_000_000,
     12_000_000_000, "exact", RISK_CORRIDORS, None, "none", False, False),
    ("E02", "upwards of $12 billion", 0, "risk_corridor_payments", "dollars", 12_000_000_000, None,
     "lower_bound", RISK_CORRIDORS, None, "none", False, False),
    ("E02", "millions of previously uninsured", 0, "coverage_extended", "previously uninsured", 2_000_000, None,
     "vague", "Affordable Care Act coverage", None, "none", False, False),
    # E03 (PJ Media): no numeric claim ("2016 through 2018" years; "10 minutes before the scheduled conclusion"
    # a time, inside Friedman's quotation; "both candidates" a determiner).
    # E04 (Axios): "nearly 2 dozen European energy leaders" inside Hynes's quotation (upper_bound null/24).
    ("E04", "nearly 2 dozen European energy leaders", 0, "energy_leaders_meeting", "European energy leaders",
     None, 24, "upper_bound", "Rick Perry's Lithuania energy security meeting", "Hynes", "person", False, False),
    # E05 (The Atlantic): no numeral ("COVID-19" a name, "in April" a date).
    # E06 (The Gateway Pundit): the headline's "13 of 100,000 Children" a rate (the 100,000 its unit, dev18/,
    # dev19/: one claim of 13, not core) → "Study" (document, "in Study", as dev21/'s headline "Study: …");
    # the model's "over 2 million US deaths" a projection (`projected_deaths`, not core; "predicted" states the
    # model's forecast, no hedge cue, as dev6/'s prediction) → the model (document); "for Weeks", "this past
    # month", "a long time ago" durations and dates; "Several European countries" no numeral.
    ("E06", "13 of 100,000 Children", 0, "inflammatory_condition_rate", "children", 13, 13, "exact",
     "inflammatory condition in children", "Study", "document", False, False),
    ("E06", "over 2 million US deaths", 0, "projected_deaths", "US deaths", 2_000_000, None, "lower_bound",
     US_COVID, "a garbage “scientific” model", "document", False, False),
    # E07 (The Detroit News): the three tolls after "Mexican officials say" (unnamed officials: anonymous; the
    # U.S. and Canada figures sit in the same clause after "compared to"); "Nearly 40%" a share (upper_bound);
    # the caption's "35 percent import tariff" → "President Donald Trump" ("has threatened": a threat, not a
    # hedge); "January 11, 2017" a date.
    ("E07", "Nearly 40% of all part imports", 0, "auto_part_import_share", "part imports", None, 40,
     "upper_bound", "U.S. auto part imports from Mexico", None, "none", False, False),
    ("E07", "4,477 deaths", 0, "killed", "deaths", 4477, 4477, "exact", MEXICO, "Mexican officials", "anonymous",
     False, True),
    ("E07", "87,965 in the U.S.", 0, "killed", "deaths", 87965, 87965, "exact", US_COVID, "Mexican officials",
     "anonymous", False, True),
    ("E07", "5,553 in Canada", 0, "killed", "deaths", 5553, 5553, "exact", "COVID-19 in Canada",
     "Mexican officials", "anonymous", False, True),
    ("E07", "35 percent import tariff", 0, "import_tariff_rate", "percent", 35, 35, "exact",
     "threatened tariff on companies that ship jobs to Mexico", "President Donald Trump", "person", False, False),
    # E08 (The Hill): "Thousands of people have already died" (`killed`, vague 2,000/null, core) and "thousands
    # more are in critical condition" (`hospitalized`, core, as dev31/'s intensive care); "for weeks" a
    # duration; "First," an ordinal.
    ("E08", "Thousands of people have already died", 0, "killed", "people", 2000, None, "vague", PANDEMIC, None,
     "none", False, True),
    ("E08", "thousands more are in critical condition", 0, "hospitalized", "people", 2000, None, "vague",
     PANDEMIC, None, "none", False, True),
    # E09 (Guest Writer - Left): "only three of 42 deregulatory cases" two claims (3; the 42 new information,
    # as dev29/'s "Five out of ten regions") and the "success rate of only 7%" → the research (document);
    # "thousands of lawsuits" vague, none; "In decades" a duration.
    ("E09", "only three of 42 deregulatory cases", 0, "deregulatory_cases_won", "deregulatory cases", 3, 3,
     "exact", DEREG, POLICY_INTEGRITY, "document", False, False),
    ("E09", "42 deregulatory cases", 0, "deregulatory_cases", "deregulatory cases", 42, 42, "exact", DEREG,
     POLICY_INTEGRITY, "document", False, False),
    ("E09", "success rate of only 7%", 0, "deregulatory_success_rate", "percent", 7, 7, "exact", DEREG,
     POLICY_INTEGRITY, "document", False, False),
    ("E09", "thousands of lawsuits", 0, "lawsuits", "lawsuits", 2000, None, "vague",
     "Donald Trump as a businessman", None, "none", False, False),
    # E10 (MarketWatch): "50% of the U.S. cases" (a share, in the writer's "where" clause: none); "roughly half
    # of hospitalized coronavirus patients" (a share, approx 0.5) → "Gov. Andrew Cuomo" ("said last week that");
    # "between 18 and 49", "A 36-year-old" ages; New York City's "more than 38,000 cases" core, none; the WHO's
    # "a few hours or up to several days" no numeral.
    ("E10", "50% of the U.S. cases", 0, "case_share", "U.S. cases", 50, 50, "exact", "COVID-19 in New York state",
     None, "none", False, False),
    ("E10", "roughly half of hospitalized coronavirus patients", 0, "hospitalized_share_aged_18_49",
     "hospitalized coronavirus patients", 0.5, 0.5, "approx", "COVID-19 in New York state", "Gov. Andrew Cuomo",
     "person", False, False),
    ("E10", "more than 38,000 cases of coronavirus", 0, "cases", "cases", 38000, None, "lower_bound",
     "COVID-19 in New York City", None, "none", False, True),
    # E11 (The Boston Globe): "nine deaths and 530 cases nationwide" in the relative clause "which have been
    # tied to" (the writer's identification of the outbreak, as dev31/'s D12: none), core; "61 possible cases"
    # and "a jump from 38" → "Massachusetts officials" (unnamed officials: anonymous), core ("possible" names
    # the kind of case, not a hedge on the count); the headline's "4-month ban" a duration; "One of the experts"
    # "one of".
    ("E11", "nine deaths", 0, "killed", "deaths", 9, 9, "exact", VAPING, None, "none", False, True),
    ("E11", "530 cases", 0, "cases", "cases", 530, 530, "exact", VAPING, None, "none", False, True),
    ("E11", "61 possible cases", 0, "cases", "possible cases", 61, 61, "exact", VAPING_MA, MA_OFFICIALS,
     "anonymous", False, True),
    ("E11", "jump from 38", 0, "cases", "possible cases", 38, 38, "exact", VAPING_MA, MA_OFFICIALS, "anonymous",
     False, True),
    # E12 (The Daily Caller): the headline's "Less Than 1% Of Donations" (upper_bound null/1) → the fund
    # ("After Revealing"); "over 10,000 people had been arrested" → The Guardian ("according to"), `arrested`,
    # core; "well over $200k" in the group's quotation (lower_bound 200,000, "k" read as the number as dev10/'s
    # "100k"); "May 25", "June 8" dates, "for several minutes" a duration.
    ("E12", "Less Than 1% Of Donations", 0, "donations_used_for_bail_share", "donations", None, 1, "upper_bound",
     MFF, MFF, "organization", False, False),
    ("E12", "over 10,000 people had been arrested", 0, "arrested", "people", 10000, None, "lower_bound",
     "George Floyd protests", "The Guardian", "organization", False, True),
    ("E12", "well over $200k", 0, "bail_paid", "dollars", 200000, None, "lower_bound", MFF, "the group",
     "organization", False, False),
    # E13 (Geller Report News): no numeral ("Covid-19" a name, "in recent days", "last week" dates).
    # E14 (PBS NewsHour): the U.S. illnesses and deaths in the writer's relative clause (none), core; "the
    # one-page document" a compound count (as dev8/'s "10-page litany"); "April 17" a date.
    ("E14", "more than 1.3 million reported U.S. illnesses", 0, "cases", "reported U.S. illnesses", 1_300_000,
     None, "lower_bound", US_COVID, None, "none", False, True),
    ("E14", "more than 80,000 deaths", 0, "killed", "deaths", 80000, None, "lower_bound", US_COVID, None, "none",
     False, True),
    ("E14", "one-page document", 0, "document_pages", "page", 1, 1, "exact", "CDC reopening guidance for camps",
     None, "none", False, False),
    # E15 (GreenMedInfo): the Event 201 simulation's figures are a fictional scenario: not core, hedged (a
    # hypothetical, as dev29/'s counterfactual toll): "millions of cases" (vague) and "65 million deaths" none
    # (the scenario is described, no verb crediting it), "doubling every week" (a multiplier, exact 2, dev3/'s
    # "nearly doubling") inside the simulation's quotation → "The simulation" (document); "80-90 %" the
    # exposure threshold (range, not hedged: a threshold, as dev13/'s rule thresholds); "October 2019" a date,
    # "2019 nCoV", "Event 201", "COV-19" names, "the 18-month point" a duration, "initial months" no numeral.
    ("E15", "millions of cases", 0, "simulated_cases", "cases", 2_000_000, None, "vague", EVENT201, None, "none",
     True, False),
    ("E15", "doubling every week", 0, "simulated_case_growth_factor_weekly", "cases", 2, 2, "exact", EVENT201,
     "The simulation", "document", True, False),
    ("E15", "65 million deaths", 0, "simulated_deaths", "deaths", 65_000_000, 65_000_000, "exact", EVENT201, None,
     "none", True, False),
    ("E15", "80-90 % of the global population", 0, "exposure_threshold_share", "global population", 80, 90,
     "range", EVENT201, None, "none", False, False),
    # E16 (Washington Post): the headline's "nearly 1,000 people" a year (a national yearly statistic, not core,
    # as dev29/'s B09); "thousands of police departments" vague; "in 2018" a year, "Some departments" no numeral.
    ("E16", "nearly 1,000 people", 0, "police_killings_yearly", "people", None, 1000, "upper_bound",
     "police shootings in the U.S.", None, "none", False, False),
    ("E16", "thousands of police departments", 0, "police_departments", "police departments", 2000, None,
     "vague", "U.S. police departments", None, "none", False, False),
    # E17 (CNN - Editorial): no numeral ("first go around" an ordinal).
    # E18 (TechCrunch): "asked for $50 million in damages" (the suit's demand, no cue crediting a source:
    # none); "A week ago" a duration, "the first presidential debate", "First Amendment" an ordinal and a name.
    ("E18", "$50 million in damages", 0, "damages_sought", "damages", 50_000_000, 50_000_000, "exact",
     "Tulsi Gabbard campaign lawsuit against Google", None, "none", False, False),
    # E19 (Bloomberg): no numeric claim ("just minutes after" a duration, "a 19-month low" a duration,
    # "this month", "For months" dates and durations).
    # E20 (New York Post): no numeric claim ("the first Trump appointee" an ordinal, "The two men" a reference
    # count of Spencer and Bloomberg, "last year", "Friday" dates).
    # E21 (The Mercury News): "one employee per 300 square feet" (the order's density limit: one claim of 1,
    # the 300 square feet its unit as a rate's "per 100,000"); "a few weeks" no numeral; "the first week of
    # June", "Friday" dates; "Phase 2" a name.
    ("E21", "one employee per 300 square feet", 0, "employee_density_limit", "employee", 1, 1, "exact",
     "Bay Area storefront retail reopening order", None, "none", False, False),
    # E22 (Washington Monthly): the link line's Walmart figures (no cue: none); Target's "went from 33% … to
    # 282%" two claims and "80% of online orders" ("noting") → "Target"; "the first quarter" an ordinal,
    # "February", "April", "June", "last year" dates.
    ("E22", "sales increase 10%", 0, "sales_growth", "sales", 10, 10, "exact", WALMART, None, "none", False,
     False),
    ("E22", "online buying grew 74%", 0, "online_sales_growth", "online buying", 74, 74, "exact", WALMART, None,
     "none", False, False),
    ("E22", "33%", 0, "digital_sales_growth", "digital sales", 33, 33, "exact", TARGET_SALES, "Target",
     "organization", False, False),
    ("E22", "282%", 0, "digital_sales_growth", "digital sales", 282, 282, "exact", TARGET_SALES, "Target",
     "organization", False, False),
    ("E22", "80% of online orders", 0, "orders_shipped_from_stores_share", "online orders", 80, 80, "exact",
     TARGET_SALES, "Target", "organization", False, False),
    # E23 (Natural News): the headline's "4,300 coronavirus patients" → "Report" (vague, the colon names the
    # source, as dev12/'s "Researchers:"), not core (patients moved, not a toll); the Brooklyn nursing home's
    # "more than 50 deaths" → "Arbeeny" ("According to"), core; "One COVID-positive patient" in McCaughey's
    # quotation (a count of one, dev31/); the state's infections and deaths → "data from Johns Hopkins
    # University" (document), core; "88-year-old" an age.
    ("E23", "4,300 coronavirus patients", 0, "patients_sent_to_nursing_homes", "coronavirus patients", 4300, 4300,
     "exact", NY_NURSING, "Report", "vague", False, False),
    ("E23", "more than 50 deaths", 0, "killed", "deaths", 50, None, "lower_bound", "Brooklyn nursing home, COVID-19",
     "Arbeeny", "person", False, True),
    ("E23", "One COVID-positive patient", 0, "covid_patients", "COVID-positive patient", 1, 1, "exact",
     NY_NURSING, "McCaughey", "person", False, False),
    ("E23", "358,000 infections", 0, "infected", "infections", 358000, 358000, "exact", NY_COVID, JHU, "document",
     False, True),
    ("E23", "23,195 deaths", 0, "killed", "deaths", 23195, 23195, "exact", NY_COVID, JHU, "document", False,
     True),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # E00: “essential health benefits,” (a term of the law) and “essential” (one word): no quotes.
    # E03: Friedman's recommendation, continued after "recommends … candidates".
    ("E03", "and that 10 minutes before the scheduled conclusion", 0, "Friedman", "person"),
    # E04: Perry's "as God is my witness," (a short quotation after "told … that"); the Post's reported words;
    # Hynes's two quotations ("told Axios", "Hynes added").
    ("E04", "as God is my witness", 0, "Rick Perry", "person"),
    ("E04", "no evidence has emerged that Perry", 0, "The Washington Post", "organization"),
    ("E04", "Secretary Perry absolutely supported", 0, "Shaylyn Hynes", "person"),
    ("E04", "He continues to believe that there is significant need", 0, "Shaylyn Hynes", "person"),
    # E05: Jha's quotation and its resumption; “inexplicably absent” after "criticized the CDC for being" (a
    # short quotation after a verb of speech, as dev11/'s "on many sides"). The link line "Yascha Mounk: …" has
    # no marks.
    ("E05", "This is more evidence of the dysfunction", 0, "Jha", "person"),
    ("E05", "There is not supposed to be a lot of daylight", 0, "Jha", "person"),
    ("E05", "inexplicably absent", 0, "Jha", "person"),
    # E06: the headline's “Mysterious Inflammatory Condition” a label, “scientific” one word, the link line's
    # "Back of the Line!" a slogan with no speaker named: no quotes.
    # E10: the WHO's quotation and its resumption.
    ("E10", "It’s not certain how long the virus", 0, "World Health Organization", "organization"),
    ("E10", "Studies suggest that coronaviruses", 0, "World Health Organization", "organization"),
    # E11: "saying he found their experiences “deeply troubling.”" (a short quotation after a verb of saying);
    # Baker's quotation ("the Republican said") and, nested in it, the expert's words with their own speech
    # verb (an entry of its own, as dev10/, dev11/, dev14/; speaker the words naming him, without "the").
    ("E11", "deeply troubling", 0, "Baker", "person"),
    ("E11", "One of the experts said that", 0, "Baker", "person"),
    ("E11", "We don’t have time to wait", 0, "one of the experts", "person"),
    # E12: the fund's tweet ("the group said on Twitter") and its resumption.
    ("E12", "Without jeopardizing the safety", 0, MFF, "organization"),
    ("E12", "We are working on doing more", 0, MFF, "organization"),
    # E13: the headline's ‘IRREPARABLE DAMAGE’ ("Fauci NOW says … could cause", as dev29/'s 'provocative and
    # hostile' after "Trump says"); the uncued quotation after "He said the U.S. had to …"; “very significant
    # precautions.” after "adding"; "he said" and its resumption; “suffering and death” after "warned".
    ("E13", "IRREPARABLE DAMAGE", 0, FAUCI, "person"),
    ("E13", "But now is the time, depending upon", 0, FAUCI, "person"),
    ("E13", "very significant precautions", 0, FAUCI, "person"),
    ("E13", "In general, I think most of the country", 0, FAUCI, "person"),
    ("E13", "There are obviously some situations", 0, FAUCI, "person"),
    ("E13", "suffering and death", 0, FAUCI, "person"),
    # E14: Schumer's quotation.
    ("E14", "America needs and must have the candid guidance", 0, "Charles Schumer", "person"),
    # E15: the simulation's words, right after "The simulation announced a scenario" (no cue of its own).
    ("E15", "During the initial months of the pandemic", 0, SIMULATION, "document"),
    # E16: Stephens's quotation; the section heading 'No national standards' repeating Wexler's words (a
    # headline quotation, as dev13/'s s14) and the body's "said there are “no national standards”".
    ("E16", "The overwhelming majority of those shooting situations", 0, "Stephens", "person"),
    ("E16", "No national standards", 0, "Chuck Wexler", "person"),
    ("E16", "no national standards", 0, "Chuck Wexler", "person"),
    # E17: Roker's quotation; Kelly's comment quoted after "your snarky comments :"; "You also said … "was no
    # saint,"" (a short quotation after "said"). The headline's 'blackface' one word.
    ("E17", "The fact is, she owes a bigger apology", 0, "Al Roker", "person"),
    ("E17", "Jesus was a white man", 0, "Megyn Kelly", "person"),
    ("E17", "was no saint", 0, "Megyn Kelly", "person"),
    # E18: the campaign's suit (“serious and continuing violations …”, "her campaign claimed that Google “helps
    # to run elections”") → the campaign by its name; Wilson's ruling ("writes that") and its resumed “an
    # undisputedly private company,”; "Gabbard noted that …" → "Tulsi Gabbard". The headline's 'free speech' a
    # label.
    ("E18", "serious and continuing violations", 0, TULSI_NOW, "organization"),
    ("E18", "helps to run elections", 0, TULSI_NOW, "organization"),
    ("E18", "fails to establish is how Google", 0, WILSON, "person"),
    ("E18", "an undisputedly private company", 0, WILSON, "person"),
    ("E18", "in the thick of the critical post-debate period", 0, "Tulsi Gabbard", "person"),
    # E19: Dutta's quotation and its resumption; the headline's ‘Very Strong’ a label (no verb of saying
    # governs it).
    ("E19", "Trump makes very good points", 0, "Neil Dutta", "person"),
    ("E19", "If they hike and change nothing else", 0, "Neil Dutta", "person"),
    # E20: Spencer's release, the two quoted parts after "He said Bloomberg would" (each an entry), "Spencer
    # added that …"; Bloomberg's statement.
    ("E20", "I have the utmost confidence that Mike", 0, SPENCER, "person"),
    ("E20", "uphold the Uniform Code of Military Justice", 0, SPENCER, "person"),
    ("E20", "honor the service and ensure", 0, SPENCER, "person"),
    ("E20", "respect the advice of military advisers", 0, SPENCER, "person"),
    ("E20", "Secretary Spencer set an example", 0, "Mike Bloomberg", "person"),
    # E21: Newsom's quotation, its resumption, "Newsom said, the state is “within a few weeks …”" and "he
    # said"; the FAQ line's ‘Phase 2’ a name.
    ("E21", "This is an important period of time", 0, "Newsom", "person"),
    ("E21", "We’re moving into an important few weeks", 0, "Newsom", "person"),
    ("E21", "within a few weeks of meaningful modifications", 0, "Newsom", "person"),
    ("E21", "We are working overtime with leaders", 0, "Newsom", "person"),
    # E22: Cornell's news-release quotation and its resumption.
    ("E22", "Throughout the first quarter, our team", 0, "Brian Cornell", "person"),
    ("E22", "In the face of those challenges", 0, "Brian Cornell", "person"),
    # E23: Arbeeny's two quotations; McCaughey's two (their marks mis-decoded in the text).
    ("E23", "It was the single dumbest decision", 0, "Daniel Arbeeny", "person"),
    ("E23", "This isn’t rocket science", 0, "Daniel Arbeeny", "person"),
    ("E23", MOJIBAKE_THEYRE, 0, "Betsy McCaughey", "person"),
    ("E23", "These nursing homes are already overwhelmed", 0, "Betsy McCaughey", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
