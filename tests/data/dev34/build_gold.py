"""The thirty-fourth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev34/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
HOT_SPOTS = "U.S. counties under a higher COVID-19 alert"
WH_LIST = "the full list of U.S. counties"
RIOTS = "riots during the 2020 protests"
NYC_WEEKEND = "New York City weekend gun violence"
LA_COUNTY = "COVID-19 in Los Angeles County"
RIDES = "Uber and Lyft ride cancellations, 2016 study"
NCFM = "National Coalition for Men"
JPMORGAN = "JPMorgan"
RYAN = "Ryan"
WINSLOW = "Justin Winslow"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # G00 (Media Matters): no numeral ("single anonymous source", "a one-off" no count; "December meeting" a date).
    # G01 (The Post Millennial): no numeric claim ("I spent one day" a duration, "November 6, 2019" and
    # "November 5, 2019" dates in pasted tweets, "the past few days" a duration).
    # G02 (Quillette): "1,500 young adults" → none (Marquardt is the actor who administered the questionnaire, not
    # a source cited for the figure, as dev33/'s authors); "half of whose parents" a fraction (0.5); "2000 book" a
    # year, "Between Two Worlds" a title, "turned fourteen" an age, "for decades" a duration.
    ("G02", "1,500 young adults", 0, "study_participants", "young adults", 1500, 1500, "exact",
     "Marquardt and Glenn study of children of divorce", None, "none", False, False),
    ("G02", "half of whose parents", 0, "divorced_parents_share", "young adults", 0.5, 0.5, "exact",
     "Marquardt and Glenn study of children of divorce", None, "none", False, False),
    # G03 (Investor's Business Daily): stock moves in percent and Boeing's price and buy point (prices are claims);
    # "surged nearly 22%" upper_bound; "1947" a year, "the first since" an ordinal, "Tuesday", "Wednesday", "late
    # Monday" dates, "(AJRD)" a ticker. The Defense One cue sits two paragraphs up: none.
    ("G03", "climbed 1.5%", 0, "stock_price_change", "percent", 1.5, 1.5, "exact", "Boeing stock", None, "none",
     False, False),
    ("G03", "356.30", 0, "stock_price", "dollars", 356.30, 356.30, "exact", "Boeing stock", None, "none", False,
     False),
    ("G03", "374.58 buy point", 0, "stock_buy_point", "buy point", 374.58, 374.58, "exact", "Boeing stock", None,
     "none", False, False),
    ("G03", "up 1.8%", 0, "stock_price_change", "percent", 1.8, 1.8, "exact", "Lockheed stock", None, "none",
     False, False),
    ("G03", "rose 1.9%", 0, "stock_price_change", "percent", 1.9, 1.9, "exact", "Northrop stock", None, "none",
     False, False),
    ("G03", "jumped 2.4%", 0, "stock_price_change", "percent", 2.4, 2.4, "exact", "Raytheon stock", None, "none",
     False, False),
    ("G03", "surged nearly 22%", 0, "stock_price_change", "percent", None, 22, "upper_bound",
     "Aerojet Rocketdyne stock", None, "none", False, False),
    # G04 (Gallup): "roughly 70%" (approx; Gallup's own model, no cue: none; "predicted probability" is no hedge
    # cue); "all three parties" a reference count (Republicans, Democrats, independents just named).
    ("G04", "roughly 70%", 0, "predicted_trust_probability", "percent", 70, 70, "approx",
     "Democrats' trust in people in their local area", None, "none", False, False),
    # G05 (USA Today): no numeral ("COVID-19" a name).
    # G06 (The Verge): "one channel per month" (a count of one: Prime members' free subscriptions; no cue in its
    # sentence, Ducky's "told The Verge" closes the sentence before: none); "1PM ET" a time, "The first show" an
    # ordinal, "a bunch of ways" no numeral, "COVID-19" a name.
    ("G06", "one channel per month", 0, "free_subscriptions_per_month", "channel", 1, 1, "exact",
     "Amazon Prime members on Twitch", None, "none", False, False),
    # G07 (Natural News): no numeric claim ("In just 24 hours" a duration, "Sec. 230" an identifier, "First
    # Amendment" a name).
    # G08 (Daily Chela): "Thousands of people have died" (COVID-19 deaths, vague 2,000/null, `killed`, core);
    # "millions are now jobless" (vague 2,000,000/null, the noun implied); "a few clicks" no numeral.
    ("G08", "Thousands of people have died", 0, "killed", "people", 2000, None, "vague", "COVID-19 pandemic", None,
     "none", False, True),
    ("G08", "millions are now jobless", 0, "jobless", "people", 2_000_000, None, "vague", "COVID-19 pandemic", None,
     "none", False, False),
    # G09 (AP Fact Check): the headline "20%" (percent); "It showed 137 of the 3,142 counties … — indeed, about 4%"
    # → the White House's list ("It", the pronoun's referent: document), "N of M" two claims; "over 1 in 5 people"
    # a fraction, lower_bound 0.2; "68.3 million", "those 137 counties" (a repeated figure), "322.9 million",
    # "21.1%" the AP's own arithmetic: none; "thousands of new cases a day" (the Sun Belt states' daily cases,
    # vague, `cases`, core as dev15/'s daily counts); "as of Friday", "In recent weeks", "last week" dates.
    ("G09", "20% of US", 0, "population_share_in_hot_spots", "percent", 20, 20, "exact", HOT_SPOTS, None, "none",
     False, False),
    ("G09", "137 of the 3,142 counties", 0, "counties_in_hot_spots", "counties", 137, 137, "exact", HOT_SPOTS,
     WH_LIST, "document", False, False),
    ("G09", "3,142 counties", 0, "counties", "counties", 3142, 3142, "exact", US, WH_LIST, "document", False,
     False),
    ("G09", "about 4%", 0, "county_share_in_hot_spots", "percent", 4, 4, "approx", HOT_SPOTS, WH_LIST, "document",
     False, False),
    ("G09", "over 1 in 5 people", 0, "population_share_in_hot_spots", "people", 0.2, None, "lower_bound", HOT_SPOTS,
     None, "none", False, False),
    ("G09", "68.3 million people", 0, "population_in_hot_spots", "people", 68_300_000, 68_300_000, "exact",
     HOT_SPOTS, None, "none", False, False),
    ("G09", "those 137 counties", 0, "counties_in_hot_spots", "counties", 137, 137, "exact", HOT_SPOTS, None,
     "none", False, False),
    ("G09", "322.9 million", 0, "population", "people", 322_900_000, 322_900_000, "exact", US, None, "none", False,
     False),
    ("G09", "21.1% of U.S. residents", 0, "population_share_in_hot_spots", "percent", 21.1, 21.1, "exact",
     HOT_SPOTS, None, "none", False, False),
    ("G09", "thousands of new cases a day", 0, "cases", "new cases", 2000, None, "vague",
     "COVID-19 in Sun Belt states", None, "none", False, True),
    # G10 (New York Times - Opinion): "two Oklahoma men" (a count introducing the two victims it then names; not
    # an event's toll: not core); "2012", "2014", "2016", "2017" years.
    ("G10", "two Oklahoma men", 0, "deaf_men_harmed_by_police", "Oklahoma men", 2, 2, "exact",
     "police violence against deaf people", None, "none", False, False),
    # G11 (Newsmax - Opinion, Pat Buchanan): the riots' figures in rhetorical questions (presupposed, not hedged):
    # "40 cities", "stores in the hundreds" (vague 200/null), "injured dozens of Secret Service personnel" (vague
    # 24/null, `wounded`, core), "40 city centers", "shot four cops" (`wounded`, core); "a few" no numeral;
    # "5th Avenue", "World War II" names; "that cop" a determiner.
    ("G11", "40 cities", 0, "cities_with_riots", "cities", 40, 40, "exact", RIOTS, None, "none", False, False),
    ("G11", "stores in the hundreds", 0, "stores_looted", "stores", 200, None, "vague", RIOTS, None, "none", False,
     False),
    ("G11", "injured dozens of Secret Service personnel", 0, "wounded", "Secret Service personnel", 24, None,
     "vague", "riots near the White House", None, "none", False, True),
    ("G11", "40 city centers", 0, "city_centers_sacked", "city centers", 40, 40, "exact", RIOTS, None, "none",
     False, False),
    ("G11", "shot four cops", 0, "wounded", "cops", 4, 4, "exact", "St. Louis riot", None, "none", False, True),
    # G12 (RealClearPolitics): New York City's weekend "64 shootings" (incidents, `shootings`, not core) and "10
    # dead" (`killed`, core); "the 25 largest metro areas" (a count of the areas the statistic covers);
    # "homicides are up an alarming 16%" (a rate of change); "killed nine unarmed black people all of last year"
    # (a national yearly statistic, not core) and its repetition "nine too many" (the "may" concedes "too many",
    # not the count: not hedged); "9-year-old" an age; "a couple of", "One, …", "Two, …" not counts.
    ("G12", "64 shootings", 0, "shootings", "shootings", 64, 64, "exact", NYC_WEEKEND, None, "none", False, False),
    ("G12", "10 dead", 0, "killed", "dead", 10, 10, "exact", NYC_WEEKEND, None, "none", False, True),
    ("G12", "25 largest metro areas", 0, "metro_areas", "metro areas", 25, 25, "exact", "U.S. homicides this year",
     None, "none", False, False),
    ("G12", "up an alarming 16%", 0, "homicide_change", "percent", 16, 16, "exact", "U.S. homicides this year",
     None, "none", False, False),
    ("G12", "killed nine unarmed black people", 0, "police_killings_unarmed_black_yearly", "unarmed black people",
     9, 9, "exact", "police killings in the U.S. last year", None, "none", False, False),
    ("G12", "nine too many", 0, "police_killings_unarmed_black_yearly", "unarmed black people", 9, 9, "exact",
     "police killings in the U.S. last year", None, "none", False, False),
    # G13 (WorldHealth.Net): the Wuhan trial's dose "24,000 mg per day" (a measurement; the trial is the actor:
    # none); "several clinical trials" no numeral; "There was one study" an indefinite "one" (as dev15/'s "One
    # study"); "Cov19" a name, "NCT04264533" an identifier.
    ("G13", "24,000 mg per day", 0, "vitamin_c_dose", "mg", 24000, 24000, "exact",
     "Zhongnan Hospital vitamin C trial", None, "none", False, False),
    # G14 (NPR): the county health department's "another 1,541 cases" and "It also reported 56 additional deaths"
    # (the pronoun's referent, organization), both core; "a total of nearly 22,500 confirmed cases" (upper_bound,
    # core, no cue: none: "Health officials say" governs the sentence before); "nearly half" (upper_bound
    # null/0.5, a share) and "California's more than 46,000" (lower_bound, core) none; "January", "April 30,
    # 2020" dates, "the first time", "one of the first major cities" not counts.
    ("G14", "1,541 cases", 0, "cases", "cases", 1541, 1541, "exact", LA_COUNTY,
     "The Los Angeles County Health Department", "organization", False, True),
    ("G14", "56 additional deaths", 0, "killed", "deaths", 56, 56, "exact", LA_COUNTY,
     "The Los Angeles County Health Department", "organization", False, True),
    ("G14", "nearly 22,500 confirmed cases", 0, "cases", "confirmed cases", None, 22500, "upper_bound", LA_COUNTY,
     None, "none", False, True),
    ("G14", "nearly half", 0, "share_of_state_cases", "cases", None, 0.5, "upper_bound", LA_COUNTY, None, "none",
     False, False),
    ("G14", "more than 46,000", 0, "cases", "cases", 46000, None, "lower_bound", "COVID-19 in California", None,
     "none", False, True),
    # G15 (Health Impact News): the death rate "1.4%" twice and "98.6% recover" (rates, not core); "Bill 6666" an
    # identifier.
    ("G15", "global death rate of 1.4%", 0, "death_rate", "percent", 1.4, 1.4, "exact", "SARS-CoV-2 infections",
     None, "none", False, False),
    ("G15", "1.4% of people infected", 0, "death_rate", "people infected", 1.4, 1.4, "exact",
     "SARS-CoV-2 infections", None, "none", False, False),
    ("G15", "98.6% recover", 0, "recovery_rate", "people infected", 98.6, 98.6, "exact", "SARS-CoV-2 infections",
     None, "none", False, False),
    # G16 (The Nation): "tens of millions of workers" (vague 20,000,000/null; a plan, not hedged); "2021", "2022",
    # "2024" years.
    ("G16", "tens of millions of workers", 0, "pledge_signers", "workers", 20_000_000, None, "vague",
     "proposed general strike pledges", None, "none", False, False),
    # G17 (The Intercept): "at least $1 trillion to the debt" inside Harris's quotation ("the California senator
    # responded"); "the top 1 percent" a class name (as "the 1 percent", dev20/); "the first Democratic
    # presidential debate" an ordinal, "June" a date, "one way or another" no count.
    ("G17", "at least $1 trillion", 0, "debt_added", "dollars", 1_000_000_000_000, None, "lower_bound",
     "2017 Republican tax bill", "the California senator", "person", False, False),
    # G18 (The Week - Opinion): "less than 5 percent" inside JPMorgan's note (upper_bound; a probability, no hedge
    # cue).
    ("G18", "less than 5 percent", 0, "probability_major_policy_changes", "percent", None, 5, "upper_bound",
     "Sanders presidency", JPMORGAN, "organization", False, False),
    # G19 (Black Enterprise): the 2016 study's figures in the sentences after "a study found" (sentence-local:
    # none): "more than twice as likely" (a multiplier, lower_bound 2), "(11.2% to 4.5%)", "(8.4% to 5.4%)";
    # "less than a mile or two" (a distance, upper_bound null/2; the study's design in a concessive clause:
    # none); "individuals over 40" an age (inside the authors' quotation), "In 2016" a year.
    ("G19", "more than twice as likely", 0, "cancellation_likelihood_ratio", "times", 2, None, "lower_bound", RIDES,
     None, "none", False, False),
    ("G19", "11.2%", 0, "ride_cancellation_rate", "percent", 11.2, 11.2, "exact", RIDES, None, "none", False, False),
    ("G19", "4.5%", 0, "ride_cancellation_rate", "percent", 4.5, 4.5, "exact", RIDES, None, "none", False, False),
    ("G19", "8.4%", 0, "ride_cancellation_rate", "percent", 8.4, 8.4, "exact", RIDES, None, "none", False, False),
    ("G19", "5.4%", 0, "ride_cancellation_rate", "percent", 5.4, 5.4, "exact", RIDES, None, "none", False, False),
    ("G19", "less than a mile or two", 0, "trip_distance", "miles", None, 2, "upper_bound",
     "Boston ride-hailing study", None, "none", False, False),
    # G20 (New Republic): Jackson's "“90 percent” of assault complaints" ("asserted to the Times", person); "over 20
    # women programs" inside the group's quotation → National Coalition for Men (organization); "six months
    # later" a duration inside Jackson's quotation; "In 2017" a year; "several men's rights groups" no numeral;
    # "Title IX" a name.
    ("G20", "90 percent", 0, "false_complaint_share", "assault complaints", 90, 90, "exact",
     "campus sexual assault complaints", "Jackson", "person", False, False),
    ("G20", "over 20 women programs", 0, "women_programs", "women programs", 20, None, "lower_bound",
     "University of Pennsylvania", NCFM, "organization", False, False),
    # G21 (CBS News): "More than 100 potential coronavirus vaccines" → "according to WHO" (organization); "decades
    # later" a duration.
    ("G21", "More than 100 potential coronavirus vaccines", 0, "vaccines_in_development", "vaccines", 100, None,
     "lower_bound", "coronavirus vaccine development", "WHO", "organization", False, False),
    # G22 (Business Insider): "where nearly 85,000 people have died" (US COVID-19 deaths, upper_bound, core, none);
    # the antibody studies' shares (not core) → each study (document); "as high 21.2%" (sic, exact; no cue in its
    # sentence: none; "might have thought" is about the symptoms, not the figure); "the 50-70% required for herd
    # immunity" a threshold range, none; "April 1, 2020" a date.
    ("G22", "nearly 85,000 people have died", 0, "killed", "people", None, 85000, "upper_bound", "COVID-19 in the US",
     None, "none", False, True),
    ("G22", "between 2.5% and 4.2% of residents", 0, "antibody_prevalence", "residents", 2.5, 4.2, "range",
     "Santa Clara County residents", "a study in Santa Clara County, California", "document", False, False),
    ("G22", "2.8% to 5.6%", 0, "antibody_prevalence", "percent", 2.8, 5.6, "range", "Los Angeles County residents",
     "A study of Los Angeles County", "document", False, False),
    ("G22", "13.9% of New York state residents", 0, "antibody_prevalence", "New York state residents", 13.9, 13.9,
     "exact", "New York state residents", "A New York antibody study", "document", False, False),
    ("G22", "as high 21.2%", 0, "antibody_prevalence", "percent", 21.2, 21.2, "exact", "New York City residents",
     None, "none", False, False),
    ("G22", "50-70%", 0, "herd_immunity_threshold", "percent", 50, 70, "range", "herd immunity", None, "none",
     False, False),
    # G23 (The Detroit News): no numeric claim ("these two regions" and "one of those two regions" reference counts
    # of the two regions the "More:" line just named, Northern Michigan and the Upper Peninsula; "every few cases"
    # no numeral).
]

# (art, quote_contains, nth, speaker, speaker_kind)
# Not quotes: G00's “crisis”; G05's "recommendations”; G06's “watch live” (a label); G07's headline “Plandemic”;
# G09's “hot spot.” (a term); G10's “effective communication” and “reasonable accommodation” (the Act's terms);
# G11's "a small number of lawbreakers" (twice: an echo of Mattis's phrase under question, no verb of saying) and
# "lawbreakers"; G15's “sanctuary city,”; G16's pledge “None of us go back …” (a hypothetical pledge wording);
# G16's “essential”; G20's “90 percent” (two words, the figure; the quotation continues after "of assault
# complaints"); G22's "seroprevalence"; G02's headline ‘The Great Scattering’ (a title); pasted tweets without marks
# (G01, G14).
Q = [
    # G01: Iannarone's tweet after "posting on Twitter:" (the pasted copy below has no marks).
    ("G01", "There should be no safe haven", 0, "Sarah Iannarone", "person"),
    # G02: “It is not money,” Wilson documented, “but the family …” → two entries ("Wilson" the only name).
    ("G02", "It is not money", 0, "Wilson", "person"),
    ("G02", "but the family that is the foundation", 0, "Wilson", "person"),
    # G10: "Fields-Meyer wrote, “When it comes to the deaf community …”".
    ("G10", "When it comes to the deaf community", 0, "Amiel Fields-Meyer", "person"),
    # G11: "says Mattis, are "rightly demanding . . . Equal Justice Under Law."" and the next sentence's quotation
    # without a new cue (keeps Mattis).
    ("G11", "rightly demanding", 0, "Mattis", "person"),
    ("G11", "wholesome and unifying demand", 0, "Mattis", "person"),
    # G17: Guthrie's question after "asked Kamala Harris whether Democrats had a" (a short quotation after a verb of
    # asking); Harris's answer ("the California senator responded"); Biden's ("declaimed Biden").
    ("G17", "responsibility to explain how will they pay", 0, "Savannah Guthrie", "person"),
    ("G17", "I hear that question, but where was that question", 0, "Kamala Harris", "person"),
    ("G17", "It’s impossible to pay for Medicare for All", 0, "Joe Biden", "person"),
    # G18: JPMorgan's note: the quotation, its resumption without a new cue, and "As JPMorgan adds, "…"".
    ("G18", "U.S. political institutions would still make", 0, JPMORGAN, "organization"),
    ("G18", "We put the probability of major changes", 0, JPMORGAN, "organization"),
    ("G18", "For Medicare-for-all or a wealth tax to become reality", 0, JPMORGAN, "organization"),
    # G19: the opening quotation, "the authors wrote" (unnamed: the cue's noun).
    ("G19", "While demand and speed have the highest correlation", 0, "authors", "person"),
    # G20: Jackson's quotation after “90 percent” of assault complaints; the group's self-description after "refers
    # to itself as" (seven words: more than a label); the complaint's words "because the school has “…”" → the
    # group that filed it.
    ("G20", "fall into the category of", 0, "Candice Jackson", "person"),
    ("G20", "the oldest Men’s Rights organization in America", 0, NCFM, "organization"),
    ("G20", "over 20 women programs", 0, NCFM, "organization"),
    # G21: the headline's quotation ("World Health Organization warns"); Ryan's quotations: "Ryan said", "He
    # brought up … to live "long, healthy lives."" (a short quotation after a verb of saying), "he said", "Ryan
    # expressed optimism on "eliminating this virus"" (a short quotation after a verb of saying), "he said".
    ("G21", "may never go away", 0, "World Health Organization", "organization"),
    ("G21", "I think its important to put this on the table", 0, RYAN, "person"),
    ("G21", "long, healthy lives", 0, RYAN, "person"),
    ("G21", "HIV has not gone away", 0, RYAN, "person"),
    ("G21", "eliminating this virus", 0, RYAN, "person"),
    ("G21", "That vaccine will have to be available", 0, RYAN, "person"),
    # G22: Hanage's tweet ("said on Twitter").
    ("G22", "large outbreaks and excess mortality", 0, "William Hanage", "person"),
    # G23: Danielson's quotation and its resumption; Winslow's quotation and its resumption (the fullest name:
    # "Justin Winslow, president and CEO of the Michigan Restaurant & Lodging Association").
    ("G23", "Obviously our biggest concern", 0, "Danielson", "person"),
    ("G23", "We’re not a hotspot up here", 0, "Danielson", "person"),
    ("G23", "What happens in these two regions", 0, WINSLOW, "person"),
    ("G23", "Even if you’re not in one of those two regions", 0, WINSLOW, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
