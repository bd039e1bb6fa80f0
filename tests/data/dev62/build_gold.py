"""The sixty-second (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev62/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

HALF = 0.5  # fractions are written as fractions (as in dev3/), percentages as percents
US = "United States"
HOGUE = "Ilyse Hogue"
TRUMP = "Trump"  # the excerpts 902 and 918 never write "Donald Trump"
PESKOV = "Dmitry Peskov"
GALLUP = "one Gallup poll"
LIGHT = "Donald Light"
CARLEY = "Carley"  # 907: no fuller name in the excerpt
POST = "Twitter blog post"  # 907: "A Twitter blog post this week from Yoel Roth, …", "the post states"
PARKLAND = "Marjory Stoneman Douglas High School shooting"
ESPER = "Esper"  # 909: "Mr. Esper", "The Army secretary", "he"; no first name in the excerpt
KCL_ANU = "A new analysis by researchers from King’s College London and Australian National University"
WFP_STUDY = "A new study by the WFP"
IMPERIAL = "a new analysis by researchers at Imperial College London"
BEASLEY = "David Beasley"
FAMILY = "Family of Amazon employee who died of COVID-19"  # 913: the colon headline's words
JASMINE = "Jasmine Leigh"
GRAHAM = "Lindsey Graham"  # "Sen. Lindsey Graham" (titles dropped for speakers)
CONWAY = "Kellyanne Conway"
IL = "COVID-19 in Illinois"
IL_OFFICIALS = "health officials"
JHU_DATA = "data kept by Johns Hopkins University"
TX_PRISONS = "COVID-19 in Texas prisons"
BROWER = "Tom Brower"
SQUARE = "Square"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 900 (Victor Hanson): "an evolving billion-person Palo Alto" a compound count (China's population, as dev61/'s
    # "three-part", exact 1,000,000,000; call: another annotator might call the metaphor rhetorical and leave it
    # out); "30-year mercantilism" a duration; "70th anniversary" an ordinal; "April 23, 2019" a date.
    ("900", "billion-person", 0, "population", "persons", 1_000_000_000, 1_000_000_000, "exact", "China", None,
     "none", False, False),
    # 901 (CBN): "a call with 10,000 activists" (the group's call, no cue: none); "Trump's list of 25" inside Hogue's
    # quotation ("said NARAL President Ilyse Hogue") and again inside the pasted tweet's quotation signed "—@ilyseh"
    # (each mention a claim; the figure goes to the quotation's speaker, not to the tweet's poster NARAL);
    # "July 5, 2018" dates (twice).
    ("901", "10,000 activists", 0, "call_participants", "activists", 10000, 10000, "exact", "NARAL", None, "none",
     False, False),
    ("901", "list of 25", 0, "scotus_shortlist", "candidates", 25, 25, "exact", "Trump's Supreme Court list",
     "NARAL President Ilyse Hogue", "person", False, False),
    ("901", "list of 25", 1, "scotus_shortlist", "candidates", 25, 25, "exact", "Trump's Supreme Court list",
     "@ilyseh", "person", False, False),
    # 902 (Fox Online News): "Britain expelled 23 Russian diplomats" (the writer's, none; expulsions are not a core
    # class); "a day after", "Later on Thursday" times.
    ("902", "23 Russian diplomats", 0, "expelled", "diplomats", 23, 23, "exact", "Britain's response to the Skripal "
     "poisoning", None, "none", False, False),
    # 903 (The Week - News): no numeral ("Tuesday" a day).
    # 904 (Newsmax - Opinion): "in one Gallup poll a week ago, Trump was at 49% approval, … with 60% of the nation …"
    # → the poll (document, a cited poll; "one" a determiner); the next paragraph's "Of 10 institutions", "88%
    # approval" and "55%" → none (sentence-local; another annotator might carry the poll over); "hospitals first"
    # and "dead last" ranks; "2020 Run" a year; "a week ago" a time.
    ("904", "49% approval", 0, "approval_rating", "approval", 49, 49, "exact", "Trump", GALLUP, "document", False,
     False),
    ("904", "60% of the nation", 0, "pandemic_handling_approval", "the nation", 60, 60, "exact",
     "Trump's handling of the pandemic", GALLUP, "document", False, False),
    ("904", "10 institutions", 0, "institutions_rated", "institutions", 10, 10, "exact",
     "institutions' handling of the pandemic", None, "none", False, False),
    ("904", "88% approval", 0, "institution_approval", "approval", 88, 88, "exact", "hospitals", None, "none",
     False, False),
    ("904", "55%", 0, "institution_disapproval", "disapproval", 55, 55, "exact", "the media", None, "none", False,
     False),
    # 905 (Health Impact News): Donald Light's quotation (the colon label names him): the weekly and yearly deaths
    # from prescription drugs (national statistics, not core), the multiplier "about 20 times more
    # hospitalizations", the bracketed "[6.6 million annually]" (a claim of its own: the outlet's gloss inside his
    # quotation, read as his) and "about 80 million medically minor problems"; "Deaths … would increase these
    # figures" softens none of them; "the fourth leading cause" an ordinal; "November 2014", "April 15, 1998"
    # dates; "39 previous studies" the authors' sample (no cue of saying: none).
    ("905", "about 2,460 deaths", 0, "prescription_drug_deaths_weekly", "deaths", 2460, 2460, "approx", US, LIGHT,
     "person", False, False),
    ("905", "About 330,000 patients", 0, "prescription_drug_deaths_yearly", "patients", 330000, 330000, "approx",
     "United States and Europe", LIGHT, "person", False, False),
    ("905", "about 20 times more hospitalizations", 0, "hospitalizations_multiplier", "hospitalizations", 20, 20,
     "approx", "prescription drugs", LIGHT, "person", False, False),
    ("905", "6.6 million", 0, "hospitalizations_yearly", "hospitalizations", 6_600_000, 6_600_000, "exact",
     "prescription drugs", LIGHT, "person", False, False),
    ("905", "about 80 million medically minor problems", 0, "minor_problems_yearly", "medically minor problems",
     80_000_000, 80_000_000, "approx", "prescription drugs", LIGHT, "person", False, False),
    ("905", "39 previous studies", 0, "studies_reviewed", "studies", 39, 39, "exact",
     "JAMA 1998 study of adverse drug reactions", None, "none", False, False),
    # 906 (The Detroit News): "a 540 billion-euro package" (exact 540,000,000,000) and "the 19 EU countries that use
    # the euro" (new information: a claim), both none; "one-off" not a count.
    ("906", "540 billion-euro package", 0, "rescue_package_size", "euros", 540_000_000_000, 540_000_000_000, "exact",
     "EU pandemic response", None, "none", False, False),
    ("906", "19 EU countries", 0, "eurozone_members", "countries", 19, 19, "exact", "eurozone", None, "none", False,
     False),
    # 907 (Drudge Report): the headline's "Nearly half of Twitter accounts … are likely bots, researchers say"
    # (upper_bound null/0.5; hedged by "likely"; unnamed researchers vague); "one country and then another" a
    # determiner, "a few hours later" a time.
    ("907", "Nearly half of Twitter accounts", 0, "bot_share", "Twitter accounts", None, HALF, "upper_bound",
     "Twitter accounts discussing coronavirus", "researchers", "vague", True, False),
    # 908 (Townhall): the Parkland toll "left 17 people dead and at least a dozen wounded" (`killed`, `wounded`,
    # core; "a dozen" 12, "at least" lower_bound); "We have two tales now" a count of two versions (call: the text
    # goes on to list them, "One is … The other is …"; another annotator might leave it out as rhetoric); "last
    # Wednesday" a date, "2-hour long town hall" a duration.
    ("908", "two tales", 0, "versions_of_events", "tales", 2, 2, "exact", "CNN town hall question dispute", None,
     "none", False, False),
    ("908", "17 people dead", 0, "killed", "people", 17, 17, "exact", PARKLAND, None, "none", False, True),
    ("908", "at least a dozen wounded", 0, "wounded", "people", 12, None, "lower_bound", PARKLAND, None, "none",
     False, True),
    # 909 (Washington Times): "Mr. Shanahan had announced that an additional 1,000 American troops would be deployed"
    # (`deployed`, core; "would" describes the announced plan: not hedged) → "Mr. Shanahan" (person); "more than a
    # month ago" a time.
    ("909", "1,000 American troops", 0, "deployed", "troops", 1000, 1000, "exact",
     "U.S. deployment to the Middle East", "Mr. Shanahan", "person", False, True),
    # 910 (The Nation): "killed 1.3 million retail jobs" (jobs, not a toll: not core; none), "10 of the 14 largest
    # retail chain bankruptcies" → "the Los Angeles Times reports" (organization; two claims, the 14 new
    # information), "Some 33,000 workers were laid off" (approx), "over $100 billion in assets" (lower_bound);
    # "a pair of private equity firms" a determiner (dev39/); "Over the past decade", "since 2012", "2014",
    # "2018" (twice), "2007" (twice) dates and times; "171-year-old" an age.
    ("910", "1.3 million retail jobs", 0, "jobs_lost", "retail jobs", 1_300_000, 1_300_000, "exact",
     "private equity", None, "none", False, False),
    ("910", "10 of the 14 largest retail chain bankruptcies", 0, "bankruptcies_at_pe_chains", "bankruptcies", 10,
     10, "exact", "private equity-acquired retail chains", "the Los Angeles Times", "organization", False, False),
    ("910", "14 largest retail chain bankruptcies", 0, "bankruptcies", "bankruptcies", 14, 14, "exact",
     "retail chain bankruptcies since 2012", "the Los Angeles Times", "organization", False, False),
    ("910", "Some 33,000 workers", 0, "laid_off", "workers", 33000, 33000, "approx", "Toys “R” Us", None, "none",
     False, False),
    ("910", "over $100 billion in assets", 0, "assets", "dollars", 100_000_000_000, None, "lower_bound",
     "Bain Capital", None, "none", False, False),
    # 911 (Washington Post): no numeric claim ("29-year-old" an age; "four months after", "two-year diplomatic
    # conflict" durations; "the two countries" a reference count; "In January" a date).
    # 912 (The Intercept): projections, all hedged ("could", "may", the worst-case scenario), none core:
    # the King's College / ANU analysis's "an additional 500 million people — about 8 percent of the Earth's
    # population" (document, "warns"); Beasley's "Millions of civilians" in his uncued continuation (vague
    # 2,000,000/null; "face being pushed" states a risk without a hedge cue: not hedged); the WFP study's "almost
    # doubling" (upper_bound null/2, a multiplier) and "a total of 265 million people" (document, "found"); the
    # worst-case scenario's "75% reduction", "769,000" fatalities and "double the number of deaths in 2018" →
    # none (call: the WHO "notes" in the sentence before; sentence-local, another annotator might carry it
    # over); the Imperial analysis's "up to 10, 20, and 36 percent" (three claims, "up to" upper_bound on each).
    # "30 years of economic improvement", "20 years of gains", "over five years" durations; "by the end of the
    # year" a date; "one of the study's authors" "one of".
    ("912", "an additional 500 million people", 0, "pushed_into_poverty", "people", 500_000_000, 500_000_000,
     "exact", "global poverty from COVID-19", KCL_ANU, "document", True, False),
    ("912", "about 8 percent of the Earth’s population", 0, "share_pushed_into_poverty", "Earth’s population", 8, 8,
     "approx", "global poverty from COVID-19", KCL_ANU, "document", True, False),
    ("912", "Millions of civilians", 0, "facing_starvation", "civilians", 2_000_000, None, "vague",
     "conflict-scarred nations", BEASLEY, "person", False, False),
    ("912", "almost doubling", 0, "hungry_multiplier", "people who could go hungry", None, 2, "upper_bound",
     "global hunger from COVID-19", WFP_STUDY, "document", True, False),
    ("912", "a total of 265 million people", 0, "facing_starvation", "people", 265_000_000, 265_000_000, "exact",
     "global hunger from COVID-19", WFP_STUDY, "document", True, False),
    ("912", "75% reduction", 0, "antimalarial_access_reduction", "access to antimalarial medicines", 75, 75,
     "exact", "malaria worst-case scenario", None, "none", True, False),
    ("912", "fatalities from the mosquito-borne illness could reach 769,000", 0, "projected_deaths", "fatalities",
     769000, 769000, "exact", "malaria worst-case scenario", None, "none", True, False),
    ("912", "double the number of deaths in 2018", 0, "projected_deaths_multiplier", "deaths", 2, 2, "exact",
     "malaria worst-case scenario", None, "none", True, False),
    ("912", "up to 10", 0, "death_increase_percent", "deaths from HIV", None, 10, "upper_bound",
     "HIV deaths in low- and middle-income countries", IMPERIAL, "document", True, False),
    ("912", "20", 2, "death_increase_percent", "deaths from tuberculosis", None, 20, "upper_bound",
     "tuberculosis deaths in low- and middle-income countries", IMPERIAL, "document", True, False),
    ("912", "36 percent", 0, "death_increase_percent", "deaths from malaria", None, 36, "upper_bound",
     "malaria deaths in low- and middle-income countries", IMPERIAL, "document", True, False),
    # 913 (ABC News): no numeric claim ("60th birthday" an ordinal; "April 9" a date; "just a number" no numeral;
    # "another warehouse worker" a determiner).
    # 914 (Politico): as dev19/'s y13 and dev60/'s 715 (the same story): Graham's benchmark inside his pull quote,
    # exact 120,000 (the bracket read as part of the figure) → "Sen. Lindsey Graham" (the signature after the
    # closing mark); not core (a benchmark, not a toll), not hedged; "by September", "by November" dates; "a
    # horrific two months" (in Conway's quotation) a duration.
    ("914", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US, "Sen. Lindsey Graham",
     "person", False, False),
    # 915 (Chicago Sun-Times): the headline's "138 more Illinois COVID-19 deaths" (an increment of the toll, core,
    # none); "health officials said another 138 people have died …, raising the state's death toll to 3,928" →
    # "health officials" (anonymous) for both; "newly reported 3,239 cases" and "the 22,678 test results" (tests,
    # not core) → none (no cue in their sentence); "87,937 coronavirus cases confirmed in 99 of Illinois' 102
    # counties" (cases core; 99 and 102 two claims, N out of M, the 102 new) → none; "More than 512,000 people
    # have been tested" and the positive rate "about 17%" → "officials said" (anonymous; tests and rates not
    # core); Queens's "58,084" → "data kept by Johns Hopkins University" (document; call: the sentence's
    # closing "according to" cue, though "which reported" names Queens County as the reporter: another
    # annotator might write Queens County, organization); "added 2,051 cases … compared to 336 for Queens" (cases,
    # core, none); "fewer than half the number of residents" (upper_bound null/0.5, a population ratio, none);
    # "the last week", "the last 24 hours" durations; "a day earlier", "Thursday" times.
    ("915", "138 more Illinois COVID-19 deaths", 0, "killed", "deaths", 138, 138, "exact", IL, None, "none", False,
     True),
    ("915", "another 138 people have died", 0, "killed", "people", 138, 138, "exact", IL, IL_OFFICIALS,
     "anonymous", False, True),
    ("915", "death toll to 3,928", 0, "killed", "deaths", 3928, 3928, "exact", IL, IL_OFFICIALS, "anonymous",
     False, True),
    ("915", "3,239 cases", 0, "cases", "cases", 3239, 3239, "exact", IL, None, "none", False, True),
    ("915", "22,678 test results", 0, "tests", "test results", 22678, 22678, "exact", IL, None, "none", False,
     False),
    ("915", "87,937 coronavirus cases", 0, "cases", "coronavirus cases", 87937, 87937, "exact", IL, None, "none",
     False, True),
    ("915", "99 of Illinois’ 102 counties", 0, "counties_with_cases", "counties", 99, 99, "exact", IL, None, "none",
     False, False),
    ("915", "102 counties", 0, "counties", "counties", 102, 102, "exact", "Illinois", None, "none", False, False),
    ("915", "More than 512,000 people", 0, "tested", "people", 512000, None, "lower_bound", IL, "officials",
     "anonymous", False, False),
    ("915", "about 17%", 0, "positivity_rate", "positive rate", 17, 17, "approx", IL, "officials", "anonymous",
     False, False),
    ("915", "58,084", 0, "cases", "cases", 58084, 58084, "exact", "COVID-19 in Queens County, New York", JHU_DATA,
     "document", False, True),
    ("915", "2,051 cases", 0, "cases", "cases", 2051, 2051, "exact", "COVID-19 in Cook County", None, "none", False,
     True),
    ("915", "336", 0, "cases", "cases", 336, 336, "exact", "COVID-19 in Queens County, New York", None, "none",
     False, True),
    ("915", "fewer than half the number of residents", 0, "population_ratio", "residents", None, HALF,
     "upper_bound", "Queens County compared to Cook County", None, "none", False, False),
    # 916 (Guest Writer - Right): no numeric claim ("every state", "each of them" no numeral; "9/11" a name).
    # 917 (Vice): no numeral ("multiple platforms", "many people" no numeral).
    # 918 (Newsmax - News): no numeric claim ("the 2020 Election" a year; "Last year", "Wednesday" times).
    # 919 (The Marshall Project): "one of more than 15,000 people in Texas who have been granted parole but still
    # can't go home" → "data published by the state corrections department" (document; a backlog, not core);
    # "As of April 29, 1,050 Texas prisoners have tested positive … and 12 have died" (cases and toll, core,
    # none); "Seven months after", "six-month program" durations; "one of the lowest testing rates" "one of".
    ("919", "more than 15,000 people", 0, "parole_granted_not_released", "people", 15000, None, "lower_bound",
     "Texas parole", "data published by the state corrections department", "document", False, False),
    ("919", "1,050 Texas prisoners", 0, "cases", "prisoners", 1050, 1050, "exact", TX_PRISONS, None, "none", False,
     True),
    ("919", "12 have died", 0, "killed", "prisoners", 12, 12, "exact", TX_PRISONS, None, "none", False, True),
    # 920 (Guest Writer - Left): no numeral.
    # 921 (DC Dirty Laundry): the headline's "Almost 600 Workers Test Positive" (`cases`, core; "almost"
    # upper_bound null/600; none); "May 14" a date.
    ("921", "Almost 600 Workers", 0, "cases", "workers", None, 600, "upper_bound", "COVID-19 at a Tyson plant",
     None, "none", False, True),
    # 922 (The Duran): no numeric claim ("about an hour southeast of Memphis" a travel time; "First Pentecostal
    # Church" a name; "this week", "early Wednesday" times).
    # 923 (The Mercury News): no numeric claim ("July 6", "the end of 2020", "the end of the year", "June", "last
    # week", "earlier this month" dates and times; "several", "many" no numeral).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 900: none.
    # 901: Hogue's quotation ("said NARAL President Ilyse Hogue"), the same words inside the pasted tweet signed
    # "—@ilyseh" (a quotation inside a pasted tweet is a quote, dev12/), the second tweet's quotation, and the same
    # words again after "Hogue warned" → four entries, "Ilyse Hogue" (the tweets' poster NARAL relays her).
    ("901", "We know—and we know for sure", 0, HOGUE, "person"),
    ("901", "We know—and we know for sure", 1, HOGUE, "person"),
    ("901", "When voting on a #SCOTUS nominee", 0, HOGUE, "person"),
    ("901", "When voting on a #SCOTUS nominee", 1, HOGUE, "person"),
    # 902: "Trump told reporters that “it looks like” Russia …" (three words inside a said-clause); his quotation
    # ("he said") and its resumption → three entries, "Trump"; Peskov's "said … "and there is no doubt …"" and
    # ""We are worried …" …, Peskov said" → "Dmitry Peskov". The closing line "EX-RUSSIAN SPY … WHAT TO KNOW" a
    # related-story link.
    ("902", "it looks like", 0, TRUMP, "person"),
    ("902", "I spoke with the prime minister", 0, TRUMP, "person"),
    ("902", "It certainly looks like the Russians", 0, TRUMP, "person"),
    ("902", "and there is no doubt that he will choose", 0, PESKOV, "person"),
    ("902", "We are worried by this situation", 0, PESKOV, "person"),
    # 903: "fake news" a two-word term, "intelligence" one word; "Editor-in-chief Ben Smith ludicrously beat his
    # chest about the "characteristically ferocious reporting"" → "Ben Smith" (call: three words after a verb of
    # boasting, not a naming verb; another annotator might call it a scare-quoted phrase); "the article had to
    # admit that BuzzFeed reporters "have been investigating …"" → "article" (document, the cue's noun; another
    # annotator might write BuzzFeed, organization).
    ("903", "characteristically ferocious reporting", 0, "Ben Smith", "person"),
    ("903", "have been investigating various alleged facts", 0, "article", "document"),
    # 904: "adversary press" a two-word label ("the role of"): not a quote.
    # 905: "Donald Light: “Epidemiologically, …”" (a colon label naming him) → "Donald Light"; “Footnotes,” and
    # “Incidence of Adverse Drug Reactions in Hospitalized Patients.” titles.
    ("905", "Epidemiologically, appropriately prescribed", 0, LIGHT, "person"),
    # 906: none.
    # 907: Carley's two quotations ("Carley said", "Carley added") → "Carley"; "calls the word “bot” a “loaded and
    # often misunderstood term.”" → the post (five words, over the three-word label limit after a naming verb;
    # another annotator might call it a label); the post's quotation ("the post states") and its resumption → two
    # entries; all three "Twitter blog post" (document; another annotator might write Yoel Roth and Nick Pickles,
    # its authors). “bot” one word.
    ("907", "Tweeting more frequently than is humanly possible", 0, CARLEY, "person"),
    ("907", "When we see a whole bunch of tweets", 0, CARLEY, "person"),
    ("907", "loaded and often misunderstood term", 0, POST, "document"),
    ("907", "People often refer to bots", 0, POST, "document"),
    ("907", "The term is used to mischaracterize", 0, POST, "document"),
    # 908: the colon headline's 'Stick To The Script' → "CNN Producer" (the headline's words, unnamed; person). CNN's
    # statement after "CNN pushed back strongly on Haab's claims:" is an unmarked block: not a quote.
    ("908", "Stick To The Script", 0, "CNN Producer", "person"),
    # 909: "“I have no comment …,” he told The Times" ("he" the Army secretary, "Mr. Esper") and its resumption → two
    # entries, "Esper".
    ("909", "I have no comment on any of that", 0, ESPER, "person"),
    ("909", "I’m very privileged and pleased", 0, ESPER, "person"),
    # 910: Toys “R” Us a name.
    # 911: Kudlow's quotation → "Larry Kudlow".
    ("911", "Frankly the U.S. government is", 0, "Larry Kudlow", "person"),
    # 912: the headline's "Exceptionally dire" → speaker null (a headline quotation naming nobody, as dev4/'s g07
    # and dev44/'s R04; call: another annotator might call two words a label); Sumner's → "Andy Sumner"; Beasley's
    # ("warned David Beasley") and its uncued continuation → two entries, "David Beasley".
    ("912", "Exceptionally dire", 0, None, "unknown"),
    ("912", "We were surprised at the sheer scale", 0, "Andy Sumner", "person"),
    ("912", "I want to stress that we are not only facing", 0, BEASLEY, "person"),
    ("912", "Millions of civilians living in conflict-scarred nations", 0, BEASLEY, "person"),
    # 913: the colon headline's 'We want answers' and its repetition at the head of the body (as scraped) → two
    # entries, "Family of Amazon employee who died of COVID-19" (the headline's words; person; another annotator
    # might write Jasmine Leigh, who says "We just want to get answers"); "the man's niece said" → "Jasmine Leigh"
    # (named later as "his niece Jasmine Leigh"); her "said of her uncle" quotation and its resumption, and "she
    # added" and its resumption → four more entries.
    ("913", "We want answers", 0, FAMILY, "person"),
    ("913", "We want answers", 1, FAMILY, "person"),
    ("913", "Their workers aren’t just a number", 0, JASMINE, "person"),
    ("913", "He was always loving, caring and bright", 0, JASMINE, "person"),
    ("913", "He was really close to his mom", 0, JASMINE, "person"),
    ("913", "We just want to get answers from Amazon", 0, JASMINE, "person"),
    ("913", "We just want to get his story out there", 0, JASMINE, "person"),
    # 914: as dev19/'s y13 and dev60/'s 715: Graham's pull quote signed "Sen. Lindsey Graham" and "But, he added, “If
    # things …”" → two entries, "Lindsey Graham"; "she noted in an interview the “economic and emotional boosts …”"
    # → "Kellyanne Conway".
    ("914", "The closer you can have it to 120", 0, GRAHAM, "person"),
    ("914", "If things don’t look like they’re bouncing back", 0, GRAHAM, "person"),
    ("914", "economic and emotional boosts for Americans", 0, CONWAY, "person"),
    # 915: none ("Graph not displaying properly? Click here." a page widget).
    # 916: the opening clause of the Constitution (Art. IV, Sec. 4), without a cue and with nothing naming its
    # source in the excerpt → speaker null (unknown, as dev33/'s F19 epigraph; another annotator might write
    # "Constitution", document, or leave an epigraph out); “heartlessness” one word.
    ("916", "The United States shall guarantee to every state", 0, None, "unknown"),
    # 917: Uber's letter, opened without a cue and run over two paragraphs (the first left open at its end) → two
    # entries, speaker null (the excerpt never says whose words they are; another annotator might write "Uber",
    # the headline's subject, or make them one entry).
    ("917", "The current binary system of employment classification", 0, None, "unknown"),
    ("917", "For independent workers like drivers and delivery people", 0, None, "unknown"),
    # 918: Trump's tweet ("Trump tweeted") and its resumption → two entries, "Trump"; the Internet Association's
    # "said … they offer "more people a chance to be heard …"" → "Internet Association" (organization). "STRONGEST
    # THREAT YET" a subheading.
    ("918", "Big Tech is doing everything", 0, TRUMP, "person"),
    ("918", "If that happens, we no longer have our freedom", 0, TRUMP, "person"),
    ("918", "more people a chance to be heard", 0, "Internet Association", "organization"),
    # 919: "“They’ve got them …,” Hildreth said" → "Temeka Hildreth"; "“there have been no changes” …, said Raymond
    # Estrada" → "Raymond Estrada".
    ("919", "They’ve got them in their dorm", 0, "Temeka Hildreth", "person"),
    ("919", "there have been no changes", 0, "Raymond Estrada", "person"),
    # 920: "Giuliani noted publicly, “[W]e’re pretty much finished …”" → "Giuliani" (no first name in the excerpt).
    ("920", "[W]e’re pretty much finished with our memorandum", 0, "Giuliani", "person"),
    # 921: Brower's quotation ("said Tom Brower, …") and its resumption → two entries, "Tom Brower".
    ("921", "We are working closely with local health departments", 0, BROWER, "person"),
    ("921", "We are using the most up-to-date data", 0, BROWER, "person"),
    # 922: the First Amendment's text, the opener without a cue and without a source named → speaker null (as 916);
    # the graffiti "the police found a message, “Bet you stay home now you hypokrits,” spray-painted …" →
    # "message" (document, the words presented as the message's, as dev21/'s a23 on the same church; another
    # annotator might credit Maj. Kelly McMillen, who reported it); “A” a letter.
    ("922", "Congress shall make no law respecting", 0, None, "unknown"),
    ("922", "Bet you stay home now you hypokrits", 0, "message", "document"),
    # 923: Square's emailed statement ("Square said in an emailed statement") and its resumption → two entries,
    # "Square" (organization); “forever” one word.
    ("923", "We want employees to be able to work", 0, SQUARE, "organization"),
    ("923", "Squares will be able to work from home", 0, SQUARE, "organization"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
