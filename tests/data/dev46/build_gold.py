"""The forty-sixth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev46/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

LOCKDOWN = "U.S. COVID-19 deaths under an earlier lockdown (model)"
US_COVID_MARCH = "COVID-19 in the U.S., March 9, 2020"
RAID = "ICE raid on Mississippi food processing plants"
RAID_2008 = "2008 ICE workplace raid"
FED_OFFICIALS = "federal officials"
ICE_DETENTION = "ICE detention of criminal migrants"
ADMIN_OFFICIALS = "Administration officials"
PENSACOLA = "Pensacola naval base shooting"
US_OFFICIAL = "A U.S. official"
THE_OFFICIAL = "the official"
US_MILITARY = "United States"
KLICKITAT = "COVID-19 in Klickitat County"
RIDGEWAY = "Kristi Ridgeway"
MANIFESTO = "Biden-Sanders radical lefty manifesto"
SOLAR = "Biden-Sanders climate plan"
MIA = "Mia Khalifa"
BRIGHT = "Rick Bright"
ROYBAL = "Lucille Roybal-Allard"
EISENHOWER = "Dwight D. Eisenhower"
KENNEDY = "Joe Kennedy III"
NATION = "The Nation"
TOWNSEND = "Katie Townsend"
SUIT = "suit"
RENNOVA_HOSPITAL = "Tennessee hospital owned by Rennova"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # S00 (The Dallas Morning News): no numeric claim ("July 4, 1997" a date; "one country, two systems" and
    # "one-child policy" names; "just one among the latest examples" as "one of").
    # S01 (BBC News): McMorris's score (a rating is a claim, as dev13/'s scores); "less than 12 months after" and
    # "eight months ago" durations; "first gold", "second run" ordinals; "no Britons" no numeral.
    ("S01", "score of 85.20", 0, "snowboard_score", "score", 85.2, 85.2, "exact", "Mark McMorris, slopestyle final",
     None, "none", False, False),
    # S02 (International Business Times): no numeric claim ("July 5" a date, "in 2014" a year).
    # S03 (NPR Editorial): no numeral ("hours upon hours", "a minority", "a majority", "the I-word").
    # S04 (AlterNet): no numeral.
    # S05 (ABC News): no numeric claim ("12 to 18 months", "12-to-18-month time frame" durations of a timeline,
    # "one day after" a duration, "May 15, 2020" a date, "Operation Warp Speed" a name).
    # S06 (FrontPage Magazine): the quoted New York Times passage's counterfactual share and toll (hedged: "would
    # have been avoided", "would have died"; not core, hypothetical tolls); the share → "the researchers" (vague,
    # unnamed researchers, dev12/); "Under that scenario, about 54,000 fewer people" none (sentence-local); the
    # writer's "54,000 people, 36,000 people." each a claim, none, no hedge cue in its sentence; the cases and
    # deaths inside Trump's tweet ("Mr. Trump tweeted") → "Mr. Trump", core (the U.S. case count and toll at the
    # time). "March 1", "two weeks earlier", "early May", "April", "March 9" dates and durations.
    ("S06", "about 83 percent", 0, "deaths_avoided_share", "the nation’s deaths", 83, 83, "approx", LOCKDOWN,
     "the researchers", "vague", True, False),
    ("S06", "about 54,000 fewer people", 0, "deaths_avoided", "people", 54000, 54000, "approx", LOCKDOWN, None,
     "none", True, False),
    ("S06", "54,000 people", 0, "deaths_avoided", "people", 54000, 54000, "exact", LOCKDOWN, None, "none", False,
     False),
    ("S06", "36,000 people", 0, "deaths_avoided", "people", 36000, 36000, "exact", LOCKDOWN, None, "none", False,
     False),
    ("S06", "546 confirmed cases of CoronaVirus", 0, "cases", "confirmed cases", 546, 546, "exact", US_COVID_MARCH,
     "Mr. Trump", "person", False, True),
    ("S06", "22 deaths", 0, "killed", "deaths", 22, 22, "exact", US_COVID_MARCH, "Mr. Trump", "person", False,
     True),
    # S07 (RT News): no numeric claim ("75yo", "75-year-old" ages; "May 23, 2020" dates in the pasted tweets; "a
    # pending assault case" no numeral).
    # S08 (Daily Beast): "a one in 10 chance of killing someone" (a fraction, exact 0.1, as dev45/'s "one in
    # 100,000"; a probability, not core; no hedge cue). "three days", "two weeks" durations.
    ("S08", "one in 10 chance", 0, "chance_of_killing", "chance", 0.1, 0.1, "exact",
     "infecting someone you meet with the coronavirus", None, "none", False, False),
    # S09 (Breitbart News): the arrests (`arrested`, core, dev21/'s ICE arrests): the headline's, the first
    # sentence's ("federal officials confirmed": anonymous, unnamed officials) and the second paragraph's (none),
    # the 2008 raid's "about 595" (none), and "the hundreds of illegal aliens arrested" ("According to federal
    # officials"; vague 200/null, a restatement as dev42/'s "the hundreds"). Plants and cities counted each time
    # (not core). "in the last 11 years" a duration; "2008" a year; "Largest Single-State Raid" no numeral.
    ("S09", "680 Illegal Aliens", 0, "arrested", "illegal aliens", 680, 680, "exact", RAID, None, "none", False,
     True),
    ("S09", "arrested 680 illegal aliens", 0, "arrested", "illegal aliens", 680, 680, "exact", RAID, FED_OFFICIALS,
     "anonymous", False, True),
    ("S09", "seven Mississippi food processing plants", 0, "plants_raided", "food processing plants", 7, 7,
     "exact", RAID, FED_OFFICIALS, "anonymous", False, False),
    ("S09", "arrested 680 illegal aliens", 1, "arrested", "illegal aliens", 680, 680, "exact", RAID, None, "none",
     False, True),
    ("S09", "seven food processing plants", 0, "plants_raided", "food processing plants", 7, 7, "exact", RAID, None,
     "none", False, False),
    ("S09", "six cities", 0, "cities_raided", "cities", 6, 6, "exact", RAID, None, "none", False, False),
    ("S09", "about 595 illegal workers were arrested", 0, "arrested", "illegal workers", 595, 595, "approx",
     RAID_2008, None, "none", False, True),
    ("S09", "hundreds of illegal aliens arrested", 0, "arrested", "illegal aliens", 200, None, "vague", RAID,
     "federal officials", "anonymous", False, True),
    # S10 (Washington Times): "ICE is holding more than 20,000 criminal migrants" (`detained`, core, held people
    # as dev7/'s detained children) and the projected release of "thousand of them" (sic: read as "thousands",
    # vague 2000/null; hedged, "would mean"; not core), both under "Administration officials say" (anonymous).
    # "just five days" a duration; "late December", "Jan. 25" dates.
    ("S10", "more than 20,000 criminal migrants", 0, "detained", "criminal migrants", 20000, None, "lower_bound",
     ICE_DETENTION, ADMIN_OFFICIALS, "anonymous", False, True),
    ("S10", "thousand of them", 0, "released", "criminal migrants", 2000, None, "vague", ICE_DETENTION,
     ADMIN_OFFICIALS, "anonymous", True, False),
    # S11 (Associated Press): the shooting's toll and injured (none, no cue), with the sub-count "including two
    # sheriff's deputies" (`wounded`, as dev23/'s sub-counts); the dinner party's "three others" → "A U.S. official"
    # (anonymous); "Two other Saudi students … the official said" and "10 Saudi students were being held" → "the
    # official" (`detained`, core). "one of the three students" ("one of"; "the three" a reference back to the
    # three others), "One of the deputies", "several others" not claims; "Saturday" a date.
    ("S11", "Three people were killed", 0, "killed", "people", 3, 3, "exact", PENSACOLA, None, "none", False, True),
    ("S11", "eight were injured", 0, "wounded", "people", 8, 8, "exact", PENSACOLA, None, "none", False, True),
    ("S11", "two sheriff’s deputies", 0, "wounded", "sheriff’s deputies", 2, 2, "exact", PENSACOLA, None, "none",
     False, True),
    ("S11", "three others", 0, "dinner_party_guests", "others", 3, 3, "exact", PENSACOLA, US_OFFICIAL, "anonymous",
     False, False),
    ("S11", "Two other Saudi students", 0, "students_watching", "Saudi students", 2, 2, "exact", PENSACOLA,
     THE_OFFICIAL, "anonymous", False, False),
    ("S11", "10 Saudi students were being held", 0, "detained", "Saudi students", 10, 10, "exact", PENSACOLA,
     "The official", "anonymous", False, True),
    # S12 (Reason): no numeral ("COVID-19" a name).
    # S13 (The Duran): the U.S. military abroad in 2015: "around 800 military bases" (approx), "50 foreign
    # countries" (exact: "around" qualifies the 800 only) and "250,000 soldiers" (`deployed`, core, troops
    # stationed abroad as dev9/'s "1,000 troops stationed"); none. "In 2015", "January 1961" dates.
    ("S13", "around 800 military bases", 0, "military_bases_abroad", "military bases", 800, 800, "approx",
     US_MILITARY, None, "none", False, False),
    ("S13", "50 foreign countries", 0, "countries_with_bases", "foreign countries", 50, 50, "exact", US_MILITARY,
     None, "none", False, False),
    ("S13", "250,000 soldiers", 0, "deployed", "soldiers", 250000, 250000, "exact", US_MILITARY, None, "none",
     False, True),
    # S14 (The New Yorker): deaths, cases and tests in one sentence closed by "Kristi Ridgeway, …, told me" →
    # person for all three (the cue closes the sentence, as dev29/'s B22); the testing capacity in her quotation
    # ("up to" upper_bound null/9000 for "eight or nine thousand"; hedged, "if we had to"); "two hospitals" none.
    # "mid-March", "three weeks" dates and durations; "a declining number of cases" no numeral.
    ("S14", "three confirmed coronavirus deaths", 0, "killed", "confirmed coronavirus deaths", 3, 3, "exact",
     KLICKITAT, RIDGEWAY, "person", False, True),
    ("S14", "just nineteen confirmed cases", 0, "cases", "confirmed cases", 19, 19, "exact", KLICKITAT, RIDGEWAY,
     "person", False, True),
    ("S14", "about four hundred” people", 0, "tested", "people", 400, 400, "approx", KLICKITAT, RIDGEWAY, "person",
     False, False),
    ("S14", "up to eight or nine thousand", 0, "testing_capacity", "tests", None, 9000, "upper_bound", KLICKITAT,
     RIDGEWAY, "person", True, False),
    ("S14", "two hospitals", 0, "hospitals", "hospitals", 2, 2, "exact", "Klickitat County", None, "none", False,
     False),
    # S15 (GreenMedInfo): the same passage as dev12/'s r13, dev19/'s y06, dev44/'s Q13, annotated as there;
    # "H.R.6666" an identifier; "COVID-19", "SARS-CoV-2", "RT-PCR" names; "any number of" no numeral.
    ("S15", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", "coronaviruses", None, "none", False, False),
    ("S15", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods", "testing methods",
     100, None, "lower_bound", "COVID-19 testing", None, "none", False, False),
    # S16 (New York Post (Opinion)): the three figures inside the manifesto's quotation (its words: "It will
    # eliminate …, aka “…”", the pronoun's referent the headline's manifesto; document; a plan, not hedged); the
    # writer's repeated "500 million solar panels" none. "by 2035" (twice) years; "Within five years", "in five
    # years", "within five years" durations; "doesn’t contribute a cent" an idiom.
    ("S16", "500 million solar panels", 0, "solar_panels_planned", "solar panels", 500_000_000, 500_000_000,
     "exact", SOLAR, MANIFESTO, "document", False, False),
    ("S16", "eight million solar roofs", 0, "solar_roofs_planned", "solar roofs", 8_000_000, 8_000_000, "exact",
     SOLAR, MANIFESTO, "document", False, False),
    ("S16", "60,000 made-in-America wind turbines", 0, "wind_turbines_planned", "wind turbines", 60000, 60000,
     "exact", SOLAR, MANIFESTO, "document", False, False),
    ("S16", "500 million solar panels", 1, "solar_panels_planned", "solar panels", 500_000_000, 500_000_000,
     "exact", SOLAR, None, "none", False, False),
    # S17 (Boston Herald): no numeric claim ("a roughly 10-minute speech" a duration, "Friday’s", "Saturday",
    # "November" dates, "monthly debates" no numeral).
    # S18 (Pat Buchanan): "millions of migrants" (vague 2,000,000/null) → "Immigrant officials" (anonymous; hedged:
    # "would create", a projection). "one of the boldest immigration plans" "one of"; "in years" a duration.
    ("S18", "millions of migrants", 0, "migrants_attracted", "migrants", 2_000_000, None, "vague",
     "Sanders' immigration plan", "Immigrant officials", "anonymous", True, False),
    # S19 (The Reporters Committee for Freedom of the Press): no numeric claim ("for more than five years" inside
    # Townsend's quotation and "five years after their original filing" durations of record retention; "1981",
    # "the early 1990s", "2011", "2017" dates).
    # S20 (TechCrunch): no numeral ("weekly meetings", "last summer").
    # S21 (The Mercury News): "17 games remaining" (none: "According to multiple reports" opens the next
    # sentence). "March 11", "June" dates; "in two months", "a week ago" durations; "49ers" a name.
    ("S21", "17 games remaining", 0, "games_remaining", "games", 17, 17, "exact", "Golden State Warriors season",
     None, "none", False, False),
    # S22 (Health Nut News): no numeric claim ("this year", "the end of April" dates; "use numbers", "The numbers"
    # no numeral).
    # S23 (DC Dirty Laundry): the headline's relief funds and unpaid taxes (none); "For A Year", "More than a week
    # ago" durations; "COVID-19" a name.
    ("S23", "$121,000 In COVID-19 Relief", 0, "covid_relief_received", "COVID-19 relief", 121000, 121000, "exact",
     RENNOVA_HOSPITAL, None, "none", False, False),
    ("S23", "$1.2 Million In Unpaid Federal Taxes", 0, "unpaid_federal_taxes", "unpaid federal taxes", 1_200_000,
     1_200_000, "exact", RENNOVA_HOSPITAL, None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # S00: “one country, two systems” a name. S04's interview answer has no marks; its “lose” is one word.
    # S01: McMorris's quotation and the uncued next paragraph ("Sochi bronze medallist McMorris": no first name).
    ("S01", "I don't want to think too much about the past today", 0, "McMorris", "person"),
    ("S01", "I need to pinch myself", 0, "McMorris", "person"),
    # S02: Khalifa's quotations ("Mia Khalifa" in the headline): "wrote", the uncued next paragraph, "added that …
    # it “mocks …”" (a short quotation after a verb of saying), "continued", the uncued next paragraph; the nested
    # ‘not breathe’ no entry of its own.
    ("S02", "When I say my problem with companies like BBros", 0, MIA, "person"),
    ("S02", "Around the same time that BBros hid behind", 0, MIA, "person"),
    ("S02", "mocks Eric Garner’s death and BLM.", 0, MIA, "person"),
    ("S02", "They filmed a protestor being lured", 0, MIA, "person"),
    ("S02", "Classy move to remove problematic content", 0, MIA, "person"),
    # S03: the opening "“We had a very good day today,” he concluded." → speaker null (the excerpt never names
    # "he"; dev29/'s B16).
    ("S03", "We had a very good day today", 0, None, "unknown"),
    # S04: the colon headline's ‘system is unraveling’ → "Wendell Potter" (the subject before the colon; a clause
    # of three words, not a label).
    ("S04", "system is unraveling", 0, "Wendell Potter", "person"),
    # S05: Bright's quotation and its resumption after "Bright said …"; "called the timeline … “an aggressive
    # schedule.”" a label after "called" (dev18/, dev28/, dev38/): not a quote; 'Operation Warp Speed' (headline)
    # and "Operation Warp Speed." names.
    ("S05", "A lot of optimism is swirling", 0, BRIGHT, "person"),
    ("S05", "I think it's going to take longer", 0, BRIGHT, "person"),
    # S06: Trump's tweet, two quotations ("Mr. Trump tweeted"; the excerpt writes "President Trump", "Mr. Trump").
    ("S06", "Nothing is shut down, life & the economy go on", 0, "Trump", "person"),
    ("S06", "At this moment there are 546 confirmed cases", 0, "Trump", "person"),
    # S07: the headline's ‘Someone dropped the ball’ → speaker null (a headline quotation naming nobody, dev41/);
    # the two pasted tweets have no marks.
    ("S07", "Someone dropped the ball", 0, None, "unknown"),
    # S10: "“This is ‘Abolish ICE,’ ” one official said." → "official" ("one" a determiner); Roybal-Allard's
    # quotation and its resumption.
    ("S10", "This is ‘Abolish ICE,’", 0, "official", "person"),
    ("S10", "For far too long, the Trump administration", 0, ROYBAL, "person"),
    ("S10", "A cap on ICE detention beds", 0, ROYBAL, "person"),
    # S13: Eisenhower's two quotations in his farewell address ("used his farewell address to warn that").
    ("S13", "an immense military establishment and a large arms industry", 0, EISENHOWER, "person"),
    ("S13", "must not fail to comprehend its grave implications", 0, EISENHOWER, "person"),
    # S14: Ridgeway's "“about four hundred”" (a short quotation under "told me"), her two quotations after
    # "Ridgeway said.", “up to eight or nine thousand, …” ("she said"), and “it’s up to people …” with its
    # resumption “along with medical providers. …”; “Ultimately,” one word.
    ("S14", "about four hundred", 0, RIDGEWAY, "person"),
    ("S14", "Several of them, we were able to connect the dots", 0, RIDGEWAY, "person"),
    ("S14", "There was a gathering of folks", 0, RIDGEWAY, "person"),
    ("S14", "up to eight or nine thousand, if we had to", 0, RIDGEWAY, "person"),
    ("S14", "it’s up to people to decide if they want to be", 0, RIDGEWAY, "person"),
    ("S14", "along with medical providers", 0, RIDGEWAY, "person"),
    # S15: “positive cases”, “confirmed case fatality rates for COVID-19”, “suspicion of infection.” terms (as
    # dev12/, dev19/, dev44/): not quotes.
    # S16: the manifesto's words ("It will eliminate …, aka “…”": the pronoun's referent, the headline's manifesto;
    # document) and the uncued next paragraph's quotation; “made-in-America” one word.
    ("S16", "commit to eliminating carbon pollution", 0, MANIFESTO, "document"),
    ("S16", "we will install 500 million solar panels", 0, MANIFESTO, "document"),
    # S17: Kennedy's quotation and its resumption ("Joe Kennedy III" in the headline).
    ("S17", "This community, Massachusetts", 0, KENNEDY, "person"),
    ("S17", "And so my commitment to you", 0, KENNEDY, "person"),
    # S18: "racist," one word (after "Bernie calls"); the next sentence's uncued quotation of the plan keeps
    # that speaker → "Sanders" (the excerpt writes "Bernie" and "Sanders'", never both); The Nation's quotation
    # (never closed) and the uncued next paragraph → two entries, "The Nation".
    ("S18", "as a criminal and national security matter", 0, "Sanders", "person"),
    ("S18", "one of the boldest immigration plans", 0, NATION, "organization"),
    ("S18", "With calls for a total moratorium on deportations", 0, NATION, "organization"),
    # S19: Townsend's quotation and its resumption.
    ("S19", "This ruling will help to ensure", 0, TOWNSEND, "person"),
    ("S19", "Preserving police disciplinary records", 0, TOWNSEND, "person"),
    # S20: "According to his filing, Google employs “…”" → "filing" (document); "The suit also claims that the “…”
    # was based “…” while the “…”" and "it adds that … were “…”" → "suit" (document, "it" its referent); “other
    # class members” a three-word label, ‘boos’ one word.
    ("S20", "illegal hiring quotas to fill", 0, "filing", "document"),
    ("S20", "numerical presence of women celebrated at Google", 0, SUIT, "document"),
    ("S20", "solely due to their gender", 0, SUIT, "document"),
    ("S20", "presence of Caucasians and males was mocked", 0, SUIT, "document"),
    ("S20", "ostracized, belittled, and punished", 0, SUIT, "document"),
    # S21: the Giants spokesperson's quotation.
    ("S21", "We’re holding off (comment) until we have", 0, "San Francisco Giants spokesperson",
     "person"),
    # S22: the opening quotation without a cue → speaker null (the excerpt never says whose; "Godfrey said" two
    # paragraphs later paraphrases); "He added:" closes the excerpt with nothing after it.
    ("S22", "I think there is a strong likelihood", 0, None, "unknown"),
    # S23: Rennova's filing ("Rennova said in a financial filing": the company, organization); HHS's “force
    # repayment” (a short quotation after "stated that it would").
    ("S23", "While the Company currently believes", 0, "Rennova", "organization"),
    ("S23", "force repayment", 0, "HHS", "organization"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
