"""The fifty-fifth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev55/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

SOLAR = "US solar projects during the coronavirus shutdown"
IRAN_TURKEY = "Iran-Turkey trade, first quarter of 2020"
CHAMBER = "A report by Tehran’s Chamber of Commerce"
RENT = "U.S. rental housing during the coronavirus lockdown"
ADVOCATES = "housing advocates"  # 210: "they argue" → the referent, the sentence before (as dev26/'s l19)
KUWAIT = "COVID-19 in Kuwait"
NATO = "NATO defense spending"
TRUMP = "Trump"  # 206, 220: the excerpts never give a fuller name
DONALD_TRUMP = "Donald Trump"  # 204: "President Donald Trump" in the body
KIMBER = "Sheldon Kimber"
PENCE = "Mike Pence"
COA_EMPLOYEE = "COA employee"
WORKER = "worker"
CASTILE = "Valerie Castile"
PESKOV = "Dmitry Peskov"
BOTTOMS = "Keisha Lance Bottoms"
ADAMS = "Bryan Adams"
OBAMA = "Barack Obama"
BIDEN = "Biden"  # 219: the excerpt never gives a fuller name
WOLKING = "Matt Wolking"
DESANTIS = "DeSantis"
KOBER = "Eric Kober"
BRIEF = "Reporters Committee’s brief"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 200 (International Business Times): "five projects" sits in the writer's appositive about Intersect Power
    # (not in Kimber's quotation: none); "50-megawatt" a measurement (a compound count, dev19/'s y21 "320-bed");
    # "About 50 people" approx. Not claims: "8minute Solar Energy" (a name), "last week", "over the next two to
    # three years" (a duration), "a handful of definitive tweaks" (no numeral), "gigawatts and gigawatts" (a unit,
    # no numeral).
    ("200", "five projects", 0, "projects_under_construction", "projects", 5, 5, "exact", SOLAR, None, "none",
     False, False),
    ("200", "50-megawatt", 0, "solar_farm_capacity", "megawatt", 50, 50, "exact", SOLAR, None, "none", False,
     False),
    ("200", "About 50 people", 0, "project_workers", "people", 50, 50, "approx", SOLAR, None, "none", False, False),
    # 201 (David Brooks): no numeric claim ("1980-2008" years, "First", "Second" ordinals, "a few things" no
    # numeral).
    # 202 (Reporters Committee): no numeral ("First Amendment" a name).
    # 203 (CNN): no numeric claim ("many, many years" no numeral, "in 2017" a year, "the two leaders" and "the
    # world's two largest trading partners" reference counts (Trump and Xi; the US and China), "a tense year" a
    # duration).
    # 204 (Fox News): "adding billions to combat opioid abuse" vague 2,000,000,000/null (dollars implied, as dev29/'s
    # "billions in damage"); McConnell is the actor, not a source: none. "the 2016 presidential election", "this
    # year", "next year's", "a day earlier" dates and durations.
    ("204", "adding billions", 0, "opioid_funding_added", "dollars", 2_000_000_000, None, "vague",
     "Senate Republican health care bill", None, "none", False, False),
    # 205 (InfoWars): no numeric claim ("the age of 18" an age, "the first incident" an ordinal, "an increasing
    # number of anonymous whistleblowers" no numeral).
    # 206 (The Gateway Pundit): no numeric claim ("early 2016", "May 23, 2020" dates, "the first senator" an
    # ordinal, "ON DAY ONE" a time, "many lives" no numeral).
    # 207 (Press TV): both figures → the Chamber of Commerce's report (document, "showed"); "the first quarter",
    # "the end of March" dates, "three-month trade" a duration.
    ("207", "decreased by 70 percent", 0, "trade_decline", "value of the trade", 70, 70, "exact", IRAN_TURKEY,
     CHAMBER, "document", False, False),
    ("207", "$645 million", 0, "trade_value", "dollars", 645_000_000, 645_000_000, "exact", IRAN_TURKEY, CHAMBER,
     "document", False, False),
    # 208 (The Marshall Project): no numeric claim ("46-year old" an age, "four years ago" a duration; Floyd's and
    # Philando Castile's deaths have no count numeral).
    # 209 (Breitbart News): "a chemical attack that killed dozens of civilians" (vague 24/null, `killed`, core) →
    # none: the relative clause is the writer's identification of the attack (as dev13/'s "that left 17 dead",
    # dev31/'s D12), although "The U.S. says" opens the sentence. "a 2013 deal" a year.
    ("209", "killed dozens of civilians", 0, "killed", "civilians", 24, None, "vague",
     "Khan Sheikhoun chemical attack", None, "none", False, True),
    # 210 (Yahoo! The 360): "$2.2 trillion stimulus bill" none; the sentence under "they argue" (the housing
    # advocates of the sentence before: vague, an unnamed group, as dev26/'s l19) holds "millions of people"
    # (a forecast stated as fact: not hedged, as dev17/'s w20 "will cause millions …") and "the 44 million rental
    # households"; "millions of newly unhoused people" in the advocates' "would be" scenario (hedged, "advocates
    # argue"). "in the coming months" a span of time; "Many states", "a mass wave" no numeral.
    ("210", "$2.2 trillion stimulus bill", 0, "stimulus_bill_size", "dollars", 2_200_000_000_000,
     2_200_000_000_000, "exact", "CARES Act", None, "none", False, False),
    ("210", "millions of people", 0, "people_losing_homes", "people", 2_000_000, None, "vague", RENT, ADVOCATES,
     "vague", False, False),
    ("210", "44 million rental households", 0, "rental_households", "rental households", 44_000_000, 44_000_000,
     "exact", RENT, ADVOCATES, "vague", False, False),
    ("210", "millions of newly unhoused people", 0, "newly_unhoused", "newly unhoused people", 2_000_000, None,
     "vague", RENT, "advocates", "vague", True, False),
    # 211 (NBC News): "less than a half-mile from the Wendy's" a distance, upper_bound null/0.5 (miles), in Rodney
    # Bryant's "said" clause. Not claims: "8-year-old" (headline and body, ages), "June 12" a date, "last month",
    # "weeks of protests" durations; the girl's death and "a baby" have no count numeral; "multiple times" no
    # numeral.
    ("211", "less than a half-mile", 0, "distance", "miles", None, 0.5, "upper_bound",
     "Secoriea Turner shooting site", "Interim Police Chief Rodney Bryant", "person", False, False),
    # 212 (Bloomberg): "17 people had been arrested" (`arrested`, core) → the unnamed senior intelligence official
    # (anonymous: "declined to be identified"); "about 40% of the world’s seaborne oil" none. "None of the
    # suspects" no numeral; "the 2015 nuclear accord", "earlier this month", "on Friday" dates; "Grace 1" a name.
    ("212", "17 people had been arrested", 0, "arrested", "people", 17, 17, "exact",
     "Iran's alleged CIA spy ring", "a senior intelligence official", "anonymous", False, True),
    ("212", "about 40% of the world’s seaborne oil", 0, "oil_transit_share", "seaborne oil", 40, 40, "approx",
     "Strait of Hormuz", None, "none", False, False),
    # 213 (Business Insider): the day's 947 cases and the total 11,975 → "Al-Monitor" (organization, the
    # sentence-final "reported" covers both clauses); "the cases were in the 7,000 range" approx 7,000 → "Klement"
    # (person; the only name given). "its first three-digit jump in cases" not a claim (a magnitude band, as
    # dev18/'s x20 "increased by double digits"; another annotator might write a range 100–999 to the Ministry of
    # Health). "24-hour curfew", "over 24 hours", "a one day period" durations; "May 9 and 10" dates; "Neither one
    # of them" a pronoun.
    ("213", "947 positive coronavirus cases", 0, "cases", "positive coronavirus cases", 947, 947, "exact", KUWAIT,
     "Al-Monitor", "organization", False, True),
    ("213", "total in the country to 11,975", 0, "cases", "cases", 11975, 11975, "exact", KUWAIT, "Al-Monitor",
     "organization", False, True),
    ("213", "cases were in the 7,000 range", 0, "cases", "cases", 7000, 7000, "approx", KUWAIT, "Klement",
     "person", False, True),
    # 214 (The Verge): "the first two cases of COVID-19 among its office workforce" (`cases`, core) → "Tesla"
    # (organization, "Tesla confirmed"; the email is where the confirmation was read). "its first workforce cuts"
    # an ordinal, "some employees" no numeral.
    ("214", "two cases of COVID-19", 0, "cases", "cases", 2, 2, "exact", "COVID-19 among Tesla office workers",
     "Tesla", "organization", False, True),
    # 215 (Chicago Sun-Times): "the thousands that have suffered or died from this virus" inside Adams's quotation
    # (vague 2000/null; `casualties`, the sick and the dead of the pandemic together, core; another annotator might
    # write `killed` or leave a rant's aside out of core). "yesterday", "On Tuesday" dates.
    ("215", "thousands that have suffered or died", 0, "casualties", "people", 2000, None, "vague",
     "COVID-19 pandemic", "Adams", "person", False, True),
    # 216 (BET): no numeric claim ("eight years as vice president", "a 12-minute video" durations, "one of the best
    # decisions" "one of", "the 2020 presidential race" a year, "a day after", "last week").
    # 217 (Daily Kos): the House bill's deduction limit "up to $10,000" (upper_bound, not core) and the Senate's
    # "60 votes" threshold (a limit, exact); "after 10 years" a span of time.
    ("217", "up to $10,000", 0, "property_tax_deduction_cap", "dollars", None, 10000, "upper_bound",
     "House GOP tax bill", None, "none", False, False),
    ("217", "60 votes", 0, "senate_votes_required", "votes", 60, 60, "exact", "Senate tax bill", None, "none",
     False, False),
    # 218 (Roll Call): no numeric claim ("Jan. 17", "in 2004" dates; "Her pitch is twofold" a manner of speaking,
    # two parts listed after the colon: not a count claim).
    # 219 (New York Post): no numeric claim ("the second time in two weeks" an ordinal and a duration, "Sept. 21"
    # a date, "no president" no numeral).
    # 220 (Townhall): the figures inside Trump's quotations ("billions of dollars", "almost 70%" upper_bound, "4.2%")
    # and under "Trump said" ("a little more than 1 percent" lower_bound) → "Trump"; "will have almost 70%" a
    # forecast stated as fact (not hedged, as dev17/'s w20); "I think" softens "inappropriate", not the billions.
    # "Nord Stream 2" a name.
    ("220", "billions of dollars", 0, "german_payments_to_russia", "dollars", 2_000_000_000, None, "vague",
     "Germany's gas purchases from Russia", TRUMP, "person", False, False),
    ("220", "almost 70% of their country", 0, "gas_dependence_share", "country", None, 70, "upper_bound",
     "Germany's dependence on Russian gas", TRUMP, "person", False, False),
    ("220", "a little more than 1 percent of their GDP", 0, "defense_spending_gdp_share", "GDP", 1, None,
     "lower_bound", "Germany's defense spending", TRUMP, "person", False, False),
    ("220", "4.2% of a much larger GDP", 0, "defense_spending_gdp_share", "GDP", 4.2, 4.2, "exact",
     "U.S. defense spending", TRUMP, "person", False, False),
    # 221 (Geller Report): no numeral ("a lot of rules", "a list" no numeral).
    # 222 (The New Yorker): no numeric claim ("from 1991 to 2017" years, "the seventies" a decade).
    # 223 (Yahoo! News): no numeral ("COVID-19" a name).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 200: Kimber's quotation, his "a handful of definitive tweaks …" (a clause after "said"), Goldstein's.
    ("200", "We do not need a bailout", 0, KIMBER, "person"),
    ("200", "a handful of definitive tweaks", 0, KIMBER, "person"),
    ("200", "If that ability to monetize", 0, "Josh Goldstein", "person"),
    # 202: "protesters, who said the journalist was “with the police.”" (three words after a verb of saying); the
    # brief's quotation and its resumption after "the Reporters Committee’s brief argues" → the cue's noun with its
    # modifiers (document).
    ("202", "with the police.", 0, "protesters", "person"),
    ("202", "Enforcement of the Subpoena could mislead", 0, BRIEF, "document"),
    ("202", "thus eroding public trust", 0, BRIEF, "document"),
    # 203: the headline's 'Do you have the paper?' before "Washington scrambles" (a colon headline: its subject,
    # as dev11/'s q20); Pence's two short quotations after "said" and his sentence.
    ("203", "Do you have the paper?", 0, "Washington", "organization"),
    ("203", "great respect for President Xi", 0, PENCE, "person"),
    ("203", "changes its ways.", 0, PENCE, "person"),
    ("203", "China has taken advantage of the United States", 0, PENCE, "person"),
    # 204: Trump's tweeted words (two short quotations), "very angry" (two words after "declared … that failure
    # would make him"), the tweet "I will be at my desk, pen in hand!".
    ("204", "do what is right for the people", 0, DONALD_TRUMP, "person"),
    ("204", "failed ObamaCare replacement approved.", 0, DONALD_TRUMP, "person"),
    ("204", "very angry", 0, DONALD_TRUMP, "person"),
    ("204", "I will be at my desk, pen in hand!", 0, DONALD_TRUMP, "person"),
    # 205: "a COA employee told …" and its uncued continuation; "one worker said", the quotation resumed after it
    # and the uncued paragraph after (keeps the last speaker); "a COA worker said".
    ("205", "Often these Moroccans, Tunisians, and Algerians", 0, COA_EMPLOYEE, "person"),
    ("205", "They are then assured that they will", 0, COA_EMPLOYEE, "person"),
    ("205", "They destroy things, fight over them", 0, WORKER, "person"),
    ("205", "They have absolutely no respect for us", 0, WORKER, "person"),
    ("205", "These are hardened street criminals", 0, WORKER, "person"),
    ("205", "Many of our colleagues are despondent", 0, "COA worker", "person"),
    # 206: Sessions's tweet in marks (the pasted tweet below has none) → "Jeff Sessions" (its signature); Trump's
    # reply; the nested “ZERO” one word; the TRENDING link's "Back of the Line!" a headline label without a verb of
    # saying (as dev33/'s F13).
    ("206", "[email protected]: Mr. President, Alabama", 0, "Jeff Sessions", "person"),
    ("206", "Jeff, you had your chance", 0, TRUMP, "person"),
    # 207: "Rouhani and Erdogan urged “…” …, said the report" → the two presidents (the cue's words; the report only
    # relays them).
    ("207", "immediate reopening of land and air borders", 0, "Rouhani and Erdogan", "person"),
    # 208: Castile's quotation and its resumption after "Castile said of Floyd’s death."
    ("208", "I’m sick over it and literally heartbroken", 0, CASTILE, "person"),
    ("208", "We still have that big question", 0, CASTILE, "person"),
    # 209: Peskov's statement and its resumption.
    ("209", "President Putin believes that the U.S. strikes", 0, PESKOV, "person"),
    ("209", "Washington’s move deals a significant blow", 0, PESKOV, "person"),
    # 211: the headline's 'clear out' after "tells protesters to" and the body's "clear out" (two words after a
    # verb of saying); her quotation and its resumption; Bryant's.
    ("211", "clear out", 0, BOTTOMS, "person"),
    ("211", "clear out", 1, BOTTOMS, "person"),
    ("211", "You shot and killed a baby", 0, BOTTOMS, "person"),
    ("211", "Enough is enough.", 0, BOTTOMS, "person"),
    ("211", "At some point someone in the group opened fire", 0, "Rodney Bryant", "person"),
    # 214: “end of line” a term: no quote. 212, 213: no quotation marks.
    # 215: Adams's two posts, each a quotation resumed after "Adams wrote"; the nested ‘thanks a (expletive) lot’
    # is his own message (no speech verb of its own); “Into the Fire,” a title.
    ("215", "The whole world is now on hold", 0, ADAMS, "person"),
    ("215", "To all the people missing out on our shows", 0, ADAMS, "person"),
    ("215", "Apologies to any and all that took offence", 0, ADAMS, "person"),
    ("215", "I have love for all people", 0, ADAMS, "person"),
    # 216: "“one of the best decisions I ever made,” the former president said" and its continuation; "said Obama"
    # and its continuation.
    ("216", "one of the best decisions I ever made", 0, OBAMA, "person"),
    ("216", "I believe Joe has all the qualities", 0, OBAMA, "person"),
    ("216", "That kind of leadership doesn’t just belong", 0, OBAMA, "person"),
    ("216", "It belongs in the White House.", 0, OBAMA, "person"),
    # 217: the headline's 'misspoke' one word; “Fox News Sunday,” a title; Brady's words after "saying".
    ("217", "make sure people keep more of what they earn", 0, "Kevin Brady", "person"),
    # 218: Lewis's quotation; "talks about “shattering the glass ceiling,”" a three-word label after "talks about"
    # (as dev11/'s q13 "talking about a new “national pride”"): not a quote.
    ("218", "Black women are the heart and soul", 0, "Robbyn Lewis", "person"),
    # 219: the colon headline's ‘I’m not gonna respond to that’ → Biden (a headline quotation after a verb
    # of saying: "Biden snaps"); the body's three quotations of Biden, each resumed; Wolking's statement and its
    # resumption.
    ("219", "I’m not gonna respond to that", 0, BIDEN, "person"),
    ("219", "It’s not a conflict of interest", 0, BIDEN, "person"),
    ("219", "There’s been no indication of any conflict", 0, BIDEN, "person"),
    ("219", "I’m not gonna respond to that", 1, BIDEN, "person"),
    ("219", "Let’s focus on the problem", 0, BIDEN, "person"),
    ("219", "You should be looking at Trump", 0, BIDEN, "person"),
    ("219", "Ask the right question.", 0, BIDEN, "person"),
    ("219", "Biden bullies the press", 0, WOLKING, "person"),
    ("219", "Quid Pro Joe clearly has no good explanation", 0, WOLKING, "person"),
    # 220: "said the country was “totally controlled” by and “captive to Russia”" (short quotations after a verb
    # of saying, predicates not labels); "which would “double the amount of gas …,” FoxNews.com reports" → the
    # outlet; Trump's quotation paragraph; "“in actual numbers is paying …,” he said"; "argued … and “we're not
    # going to put up with it.”".
    ("220", "totally controlled", 0, TRUMP, "person"),
    ("220", "captive to Russia", 0, TRUMP, "person"),
    ("220", "double the amount of gas Russia can send", 0, "FoxNews.com", "organization"),
    ("220", "So we're supposed to protect you against Russia", 0, TRUMP, "person"),
    ("220", "in actual numbers is paying 4.2%", 0, TRUMP, "person"),
    ("220", "we're not going to put up with it.", 0, TRUMP, "person"),
    # 221: the headline's ‘lifting all restrictions on youth activities’ (a clause-long wording after "DeSantis
    # Leads The Nation: Florida", no speech verb) → "DeSantis" (the headline's named actor; the body calls it his
    # announcement); his quotation and its resumption after "DeSantis said Friday, …".
    ("221", "lifting all restrictions on youth activities", 0, DESANTIS, "person"),
    ("221", "We believe that this makes sense", 0, DESANTIS, "person"),
    ("221", "At the end of the day, we trust parents", 0, DESANTIS, "person"),
    # 222: Kober's quotation and its resumption after "Kober explained."; "described it as a “downward spiral”" a
    # two-word label after a naming verb (as dev14/'s "a “cold civil war.”"); the headline's “Can’t Pay May” a
    # slogan.
    ("222", "Ultimately, the system is capitalized", 0, KOBER, "person"),
    ("222", "There needs to be cash flow in the system", 0, KOBER, "person"),
    # 223: "The editorial board at the journal Nature recently called for “a cast-iron commitment …”".
    ("223", "a cast-iron commitment from governments", 0, "editorial board at the journal Nature",
     "organization"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
