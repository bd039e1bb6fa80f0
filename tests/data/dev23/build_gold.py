"""The twenty-third (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev23/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

PEW_DATASET = "Pew dataset of congressional social media posts (2015–2020)"
CHOIR = "Skagit County choir practice outbreak"
SKAGIT = "Skagit County Public Health"
PENTAGON = "COVID-19 in the Pentagon"
DEFENSE_ONE_DOC = "reads-outs of internal briefings obtained by Defense One"
NYT_DATA = "NY Times data on nursing homes"
HEROES = "HEROES Act stimulus payments"
NIELSEN = "Kirstjen Nielsen"
CRANDALL = "Crandall Stamps"
TIEGAN = "Tiegan"
HARRIS = "Harris"
ALLISON = "Allison Jean"
MONIQUE = "Monique S."

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # c00 (Media Matters): no numeric claim ("June 9, 2016" a date; the Mueller report block is unquoted).
    # c01 (CNS News): "Two more tweets followed" a count of 2 (as dev22/'s "Two of the videos"); "the past
    # two years" a duration; the pasted tweets hold no numeral ("many years" no numeral).
    ("c01", "Two more tweets", 0, "tweets", "tweets", 2, 2, "exact", "Trump", None, "none", False, False),
    # c02 (Ezra Klein): no numeric claim ("first press secretary" an ordinal; "a little more" no numeral).
    # c03 (Pew Research Center): the dataset's four counts; Pew is the outlet and the actor of the sentence
    # before ("The resulting dataset contains" names no source): none (as dev6/'s k19 Pew shares); "nearly"
    # upper_bound, "over" lower_bound; "Jan. 1, 2015", "May 31, 2020" dates.
    ("c03", "nearly 1.5 million Facebook posts", 0, "facebook_posts", "Facebook posts", None, 1500000,
     "upper_bound", PEW_DATASET, None, "none", False, False),
    ("c03", "1,388 congressional Facebook accounts", 0, "facebook_accounts", "congressional Facebook accounts",
     1388, 1388, "exact", PEW_DATASET, None, "none", False, False),
    ("c03", "over 3.3 million tweets", 0, "tweets", "tweets", 3300000, None, "lower_bound", PEW_DATASET, None,
     "none", False, False),
    ("c03", "1,362 congressional Twitter accounts", 0, "twitter_accounts", "congressional Twitter accounts",
     1362, 1362, "exact", PEW_DATASET, None, "none", False, False),
    # c04 (George Will): no numeric claim ("the First Congress" a name; "none of them" no numeral).
    # c05 (USA Today): home-run counts; "in the last two series the Bulldogs played" a time window (as
    # dev11/'s "the past 10 elections"), "1988" a year, "our first football game" an ordinal.
    ("c05", "eight home runs", 0, "home_runs_needed", "home runs", 8, 8, "exact", "Ethan Stamps", None, "none",
     False, False),
    ("c05", "school career record of 32", 0, "home_run_record", "home runs", 32, 32, "exact",
     "Crandall Stamps (school career home-run record)", None, "none", False, False),
    ("c05", "hit five", 0, "home_runs", "home runs", 5, 5, "exact", "Ethan Stamps", None, "none", False,
     False),
    # c06 (The Detroit News, a letter): a rate of fire ("can still spew": a capability, not a hedge, as
    # dev7/'s "a flashlight capable of firing three bullets"); "A few weeks ago" no numeral.
    ("c06", "45 deadly rounds in a minute", 0, "rate_of_fire", "rounds", 45, 45, "exact", "assault rifles",
     None, "none", False, False),
    # c07 (CBS News): "A recent investigation showed that dozens of people were infected" → document, vague
    # 24/null, `infected`; "52 out of 61 attendees became ill, 32 of whom were confirmed … and 20 had
    # symptoms consistent with the virus, according to Skagit County Public Health" → organization, all four;
    # the 52 ill (confirmed and probable) and both sub-counts are `cases`; the 61 attendees new information
    # (dev3/); "only one person … had "cold-like symptoms"" a count of one → "The investigation" (document).
    ("c07", "dozens of people were infected", 0, "infected", "people", 24, None, "vague", CHOIR,
     "A recent investigation", "document", False, True),
    ("c07", "52 out of 61 attendees became ill", 0, "cases", "attendees", 52, 52, "exact", CHOIR, SKAGIT,
     "organization", False, True),
    ("c07", "61 attendees", 0, "attendees", "attendees", 61, 61, "exact", CHOIR, SKAGIT, "organization",
     False, False),
    ("c07", "32 of whom were confirmed to have COVID-19", 0, "cases", "attendees", 32, 32, "exact", CHOIR,
     SKAGIT, "organization", False, True),
    ("c07", "20 had symptoms consistent with the virus", 0, "cases", "attendees", 20, 20, "exact", CHOIR,
     SKAGIT, "organization", False, True),
    ("c07", "only one person", 0, "symptomatic_before_event", "person", 1, 1, "exact", CHOIR,
     "The investigation", "document", False, False),
    # c08 (Victor Hanson): Mao's dead a toll (`killed`, range); "biweekly meeting" no numeral.
    ("c08", "Mao Zedong’s 50 to 70 million dead", 0, "killed", "dead", 50000000, 70000000, "range",
     "China under Mao Zedong", None, "none", False, True),
    # c09 (Boston Herald): the airstrikes' toll (none: "Herald wire services contributed" credits the
    # report, not the figure); "thousands of Americans’ lives" sacrificed, inside Tiegan's quotation →
    # person, `killed`, vague 2000/null (as dev22/'s "hundreds of thousands of Americans").
    ("c09", "killed 25 fighters", 0, "killed", "fighters", 25, 25, "exact", "Kataeb Hezbollah", None, "none",
     False, True),
    ("c09", "thousands of Americans’ lives", 0, "killed", "Americans' lives", 2000, None, "vague",
     "American war dead in Iraq", TIEGAN, "person", False, True),
    # c10 (Defense One): the case count and its sub-count ("including two people", as dev9/'s "two
    # critically") → the read-outs (document); "June 1 deadline" a date; "The first defense official" an
    # ordinal.
    ("c10", "at least four positive cases of COVID-19", 0, "cases", "positive cases", 4, None, "lower_bound",
     PENTAGON, DEFENSE_ONE_DOC, "document", False, True),
    ("c10", "two people who work on the Joint Staff", 0, "cases", "people", 2, 2, "exact", PENTAGON,
     DEFENSE_ONE_DOC, "document", False, True),
    # c11 (City Journal): "three gutter punks" the attackers; the two killed ("a 23-year-old Canadian woman",
    # "a 67-year-old man") have no numeral; ages and dates are not claims.
    ("c11", "three gutter punks", 0, "attackers", "gutter punks", 3, 3, "exact",
     "October 2015 Golden Gate Park killings", None, "none", False, False),
    # c12 (The Week): the headline question "A parade that killed thousands?" (`killed`, vague 2000/null;
    # a question without a hedge cue, as dev12/'s r14); "three economists found" (the study's authors);
    # "one of seven governors" (the count after "one of"); "more than 800 cases of Covid-19" (none).
    ("c12", "killed thousands", 0, "killed", "people", 2000, None, "vague", "Spanish flu parade", None, "none",
     False, True),
    ("c12", "three economists", 0, "researchers", "economists", 3, 3, "exact",
     "study of Spanish flu social distancing and the economy", None, "none", False, False),
    ("c12", "seven governors", 0, "governors_refusing_stay_at_home_orders", "governors", 7, 7, "exact",
     "U.S. governors without statewide stay-at-home orders", None, "none", False, False),
    ("c12", "more than 800 cases of Covid-19", 0, "cases", "cases", 800, None, "lower_bound",
     "COVID-19 in South Dakota", None, "none", False, True),
    # c13 (Business Insider): the plant outbreak's cases (none: Buzzfeed's investigation is the next
    # sentence's); "thousands of frontline healthcare workers are exposed" (exposure, not infection: not
    # core); "one of the largest" not a count.
    ("c13", "more than 1,000 linked cases", 0, "cases", "linked cases", 1000, None, "lower_bound",
     "Smithfield plant outbreak, Sioux Falls, South Dakota", None, "none", False, True),
    ("c13", "thousands of frontline healthcare workers", 0, "exposed_workers", "frontline healthcare workers",
     2000, None, "vague", "COVID-19 exposure of U.S. healthcare workers", None, "none", False, False),
    # c14 (The Verge): "twice as likely to die" a multiplier (factor 2) → "a study on SARS cases in China"
    # (document); "2003" a year.
    ("c14", "twice as likely to die", 0, "death_risk_multiplier", "likelihood of death", 2, 2, "exact",
     "SARS patients from places with the most air pollution", "a study on SARS cases in China", "document",
     False, False),
    # c15 (Clash Daily): the pasted tweet's shares → its nearer source "NY Times data on nursing homes"
    # (document, as dev/'s "VA data"; the tweet's author otherwise); "the 10,000 massacred in Tianmen
    # Square" a toll (`killed`, none); "that one iconic photo" not a count (as dev21/'s "one major
    # difference"); "May 20, 2020" a date.
    ("c15", "52%", 0, "nursing_home_death_share", "nursing home deaths", 52, 52, "exact",
     "states where new COVID-19 cases are increasing", NYT_DATA, "document", False, False),
    ("c15", "35%", 0, "nursing_home_death_share", "nursing home deaths", 35, 35, "exact",
     "other U.S. states", NYT_DATA, "document", False, False),
    ("c15", "10,000 massacred", 0, "killed", "people", 10000, 10000, "exact", "Tiananmen Square massacre",
     None, "none", False, True),
    # c16 (IVN): the sponsors; "one conversation at a time" (in the website's quotation) not a count; "over
    # the next few months" no numeral.
    ("c16", "One hundred organizations", 0, "sponsors", "organizations", 100, 100, "exact",
     "National Week of Conversation", None, "none", False, False),
    # c17 (Washington Free Beacon): no numeric claim ("2013", "2014", "2018 election" years).
    # c18 (The Dallas Morning News): no numeric claim: sentences are durations (dev8/'s "a minimum sentence
    # of 30 years"): the headline's "10-year sentence", "10 years to reflect", "no less than 28 years",
    # "between five and 99 years or life", "two to 20 years", "after five years"; "18-year-old" an age;
    # "seventh floor", "28th birthday" ordinals.
    # c19 (Human Rights Watch): no numeric claim ("22" an age, "9th grade" an ordinal, "even once" in the
    # quotation a hypothetical condition, no numeral).
    # c20 (Damon Linker): no numeric claim ("the 1970s" a decade).
    # c21 (CNBC): the HEROES Act's amounts (a bill: "would receive" states its terms, not hedged, as
    # dev20/'s proposals); "(or $2,400 for married couples)" inside "up to" (upper_bound); "(up to three)"
    # the dependents cap; "second round", "first round" ordinals; "NBC News reports" closes a sentence
    # without a figure.
    ("c21", "stimulus payments of up to $1,200 per person", 0, "stimulus_payment", "dollars", None, 1200,
     "upper_bound", HEROES, None, "none", False, False),
    ("c21", "another payment of up to $1,200", 0, "stimulus_payment", "dollars", None, 1200, "upper_bound",
     HEROES, None, "none", False, False),
    ("c21", "$2,400 for married couples", 0, "stimulus_payment", "dollars", None, 2400, "upper_bound", HEROES,
     None, "none", False, False),
    ("c21", "$1,200 per dependent", 0, "stimulus_payment_per_dependent", "dollars", 1200, 1200, "exact",
     HEROES, None, "none", False, False),
    ("c21", "up to three", 0, "dependents_covered", "dependents", None, 3, "upper_bound", HEROES, None, "none",
     False, False),
    ("c21", "Individuals earning up to $75,000", 0, "income_threshold", "dollars", None, 75000, "upper_bound",
     HEROES, None, "none", False, False),
    ("c21", "couples earning up to $150,000", 0, "income_threshold", "dollars", None, 150000, "upper_bound",
     HEROES, None, "none", False, False),
    ("c21", "would receive $1,200", 0, "stimulus_payment", "dollars", 1200, 1200, "exact", HEROES, None,
     "none", False, False),
    ("c21", "$99,000 for individuals", 0, "income_phase_out", "dollars", 99000, 99000, "exact", HEROES, None,
     "none", False, False),
    ("c21", "$198,000 for couples", 0, "income_phase_out", "dollars", 198000, 198000, "exact", HEROES, None,
     "none", False, False),
    # c22 (FrontPage Magazine): the Joint List's parties; "several years ago", "many years", "countless
    # losses" no numeral.
    ("c22", "three Arab parties", 0, "parties", "Arab parties", 3, 3, "exact", "Joint List", None, "none",
     False, False),
    # c23 (NPR): no numeric claim.
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("c01", "Secretary of Homeland Security Kirstjen Nielsen will be", 0, "Trump", "person"),
    ("c01", "I am pleased to announce", 0, "Trump", "person"),
    ("c01", "keep pace with our enemies", 0, NIELSEN, "person"),
    ("c01", "will have the support of Congress", 0, NIELSEN, "person"),
    ("c02", "There is a range of Trump coverage", 0, "Ron Klain", "person"),
    ("c02", "considered official statements", 0, "Sean Spicer", "person"),
    ("c04", "apple of gold", 0, "Abraham Lincoln", "person"),
    ("c04", "sets the framework for reading", 0, "Timothy Sandefur", "person"),
    ("c04", "They might have gone into a very lengthy", 0, "Theodore Sedgwick", "person"),
    ("c05", "When we do have our first football game", 0, "Miki Edwards", "person"),
    ("c05", "Every time I hit a home run", 0, "Ethan Stamps", "person"),
    ("c05", "By him getting closer and closer", 0, CRANDALL, "person"),
    ("c05", "It would have meant a lot to him", 0, CRANDALL, "person"),
    ("c07", "cold-like symptoms", 0, "investigation", "document"),
    ("c07", "underscores the importance", 0, "Centers for Disease Control and Prevention", "organization"),
    ("c08", "when Nazism is resurgent", 0, HARRIS, "person"),
    ("c08", "the chairs of each department", 0, HARRIS, "person"),
    ("c08", "may not have been feeling great", 0, HARRIS, "person"),
    ("c09", "will truly never evolve", 0, TIEGAN, "person"),
    ("c09", "In my opinion we should end", 0, TIEGAN, "person"),
    ("c12", "It casts doubt on the idea", 0, "Emil Verner", "person"),
    ("c12", "The people themselves are primarily responsible", 0, "Kristi Noem", "person"),
    ("c12", "I leave it up to the governors", 0, "Trump", "person"),
    ("c12", "know what they're doing", 0, "Trump", "person"),
    ("c13", "good faith", 0, "Occupational Safety and Health Administration", "organization"),
    ("c13", "There is no leadership", 0, "Debbie Berkowitz", "person"),
    ("c16", "for mending America", 0, "National Week of Conversation", "organization"),
    ("c16", "For example, Ohio members of Congress", 0, "Cheryl Graeve", "person"),
    ("c17", "Harmony rules in Tibet's Catholic town", 0, "China Daily article", "document"),
    ("c17", "Through mediation by the local government", 0, "China Daily article", "document"),
    ("c17", "wide latitude", 0, "Post spokesperson", "person"),
    ("c17", "fruit of a president's folly", 0, "Register ad", "document"),
    ("c17", "China is actually placing propaganda ads", 0, "Donald Trump", "person"),
    ("c17", "That's because we are beating them", 0, "Donald Trump", "person"),
    ("c18", "If you truly are sorry", 0, "Brandt Jean", "person"),
    ("c18", "I know I can speak for myself", 0, "Brandt Jean", "person"),
    ("c18", "change her life", 0, ALLISON, "person"),
    ("c18", "There is much more to be done", 0, ALLISON, "person"),
    ("c18", "The corruption that we saw", 0, ALLISON, "person"),
    ("c19", "By investing in young people", 0, "Daniel", "person"),
    ("c19", "Comprehensive sexual health education", 0, "Daniel", "person"),
    ("c19", "was actively harmful", 0, MONIQUE, "person"),
    ("c19", "This is gonorrhea", 0, MONIQUE, "person"),
    ("c19", "wasn’t about providing accurate information", 0, MONIQUE, "person"),
    ("c20", "Soviet-style process", 0, "group of House Republicans", "person"),
    ("c20", "should not be allowed in the United States", 0, "group of House Republicans", "person"),
    ("c21", "What Nancy Pelosi is proposing", 0, "John Barrasso", "person"),
    ("c22", "countless losses that will continue", 0, "Yahya", "person"),
    ("c23", "If we don't intervene as a nation", 0, "Tim Phillips", "person"),
    ("c23", "send the wrong message", 0, "Trump", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
