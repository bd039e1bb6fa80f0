"""The thirty-third (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev33/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US = "United States"
PEW = "the Pew Research Center"
LAS_VEGAS = "Las Vegas mass shooting"
NRA_STATEMENT = "joint statement"
TRUMP = "Trump"
MP = "MP"
TIMES = "The Times"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # F00 (John Fund): no numeric claim ("By 2043", "in 2016", "2020" years; "a)", "b)" list letters; "majority
    # people of color" has no numeral).
    # F01 (John Stossel): "millions of Americans" (vague 2,000,000/null, no cue: none); "In one case" a
    # determiner, "one of the best judges" "one of".
    ("F01", "millions of Americans", 0, "people_phone_data_collected", "Americans", 2_000_000, None, "vague",
     "NSA metadata collection program", None, "none", False, False),
    # F02 (The Epoch Times): "1.3 billion voting observations" → none (the authors are the actors who used the
    # data, not a source cited for the figure, as dev8/'s Red Cross); "spanning eight years" a duration.
    ("F02", "1.3 billion voting observations", 0, "voting_observations", "voting observations", 1_300_000_000,
     1_300_000_000, "exact", "voter ID laws study", None, "none", False, False),
    # F03 (New York Magazine): "two West Wing staffers contracted the coronavirus" (infections of the White House
    # outbreak: `infected`, core; the tracers' "unsure of how" is about the route, not the count: not hedged).
    ("F03", "two West Wing staffers", 0, "infected", "West Wing staffers", 2, 2, "exact", "COVID-19 at the White House",
     None, "none", False, True),
    # F04 (Daily Kos): "$3 trillion" → "according to a preview released by the White House" (document); "over a
    # decade" a duration; "one thing" a determiner.
    ("F04", "$3 trillion", 0, "deficit_reduction", "dollars", 3_000_000_000_000, 3_000_000_000_000, "exact",
     "Trump budget proposal", "a preview released by the White House", "document", False, False),
    # F05 (The New York Times): "200 state laboratories" → none (the C.D.C. is the actor that sent the kits);
    # "as few as two days or as long as 14 days" durations; "early February" a date.
    ("F05", "200 state laboratories", 0, "labs_sent_test_kits", "state laboratories", 200, 200, "exact",
     "C.D.C. coronavirus test kits", None, "none", False, False),
    # F06 (Collective Evolution): no numeric claim ("9/11" a name, "for decades" a duration, "every single year"
    # a frequency).
    # F07 (Waking Times): no numeric claim ("December 2016", "May 18, 2020" dates; "first national security
    # adviser" an ordinal; "3-star general" a rank, in Cruz's unmarked pasted tweet).
    # F08 (Vice): both shares → "according to the Pew Research Center" (organization; the cue closes the
    # sentence); "the late 1960s", "1970", "the 1980s" dates; "very few" no numeral.
    ("F08", "77 percent of white, evangelical Protestants", 0, "abortion_illegal_share", "white, evangelical Protestants",
     77, 77, "exact", "white evangelical Protestants' views on abortion", PEW, "organization", False, False),
    ("F08", "56 percent", 0, "abortion_illegal_share", "Catholics", 56, 56, "exact", "Catholics' views on abortion",
     PEW, "organization", False, False),
    # F09 (NewsBusters): "more than 600 hospitals" (lower_bound; the researchers are actors: none); the headline's
    # "Over 90 Minutes in One Day" is airtime (a duration, dev5/, dev9/: not a claim); "8:40 a.m." a time.
    ("F09", "more than 600 hospitals", 0, "hospitals_studied", "hospitals", 600, None, "lower_bound",
     "hydroxychloroquine study", None, "none", False, False),
    # F10 (Guest Writer): the glued related-story card "California political donor indicted for 2 overdose deaths
    # at his home" (a link-line figure is a claim, dev31/; an event's toll: `killed`, core); "by 5 percentage
    # points" (Clinton's 2016 margin in Virginia); "a $10 million program"; "Tuesday", "2016" dates.
    ("F10", "2 overdose deaths", 0, "killed", "overdose deaths", 2, 2, "exact",
     "overdose deaths at a California political donor's home", None, "none", False, True),
    ("F10", "5 percentage points", 0, "vote_margin", "percentage points", 5, 5, "exact",
     "2016 presidential election in Virginia", None, "none", False, False),
    ("F10", "$10 million program", 0, "outreach_program_cost", "dollars", 10_000_000, 10_000_000, "exact",
     "RNC Hispanic outreach program", None, "none", False, False),
    # F11 (Democracy Now): the Las Vegas toll, "who killed killed 59 people" (sic) and "injured at least 500 people"
    # → none (the relative clause is the writer's identification of the shooting; "Investigators believe" governs
    # the device's use, not the toll: not hedged); "Authorities say Paddock bought at least 12 bump stocks" →
    # anonymous (unnamed authorities, dev9/); "capable of firing hundreds of rounds a minute" (vague 200/null, a
    # rate; the "which" clause is the writer's gloss: none); "at least two occasions" inside the NRA leaders'
    # joint statement → "joint statement" (document, dev11/'s q03); "64-year-old" an age, "Thursday", "Sunday"
    # dates.
    ("F11", "killed 59 people", 0, "killed", "people", 59, 59, "exact", LAS_VEGAS, None, "none", False, True),
    ("F11", "injured at least 500 people", 0, "wounded", "people", 500, None, "lower_bound", LAS_VEGAS, None,
     "none", False, True),
    ("F11", "at least 12 bump stocks", 0, "bump_stocks_bought", "bump stocks", 12, None, "lower_bound", LAS_VEGAS,
     "Authorities", "anonymous", False, False),
    ("F11", "hundreds of rounds a minute", 0, "firing_rate", "rounds", 200, None, "vague", "bump stocks", None,
     "none", False, False),
    ("F11", "at least two occasions", 0, "bump_stock_sale_approvals", "occasions", 2, None, "lower_bound",
     "bump fire stocks", NRA_STATEMENT, "document", False, False),
    # F12 (AlterNet): "13-term" (terms served, a count as dev14/'s "four-term congressman"); "arrested more than 40
    # times" (one man's arrests over a life: `times_arrested`, not core, as dev14/'s "shot twice"); "thousands of
    # registered voters" (vague, the Justice Department is the suing actor: none); "numerous times" no numeral;
    # "1963" a year.
    ("F12", "13-term", 0, "terms_served", "term", 13, 13, "exact", "John Lewis", None, "none", False, False),
    ("F12", "arrested more than 40 times", 0, "times_arrested", "times", 40, None, "lower_bound", "John Lewis",
     None, "none", False, False),
    ("F12", "thousands of registered voters", 0, "voters_targeted_for_removal", "registered voters", 2000, None,
     "vague", "Florida voter purge", None, "none", False, False),
    # F13 (Clash Daily): the world COVID-19 toll "over 300,000 deaths worldwide" (core); the ventilator's price
    # "for $10"; "3D" a name, "a couple of examples" no numeral.
    ("F13", "over 300,000 deaths worldwide", 0, "killed", "deaths", 300_000, None, "lower_bound",
     "COVID-19 worldwide", None, "none", False, True),
    ("F13", "$10", 0, "ventilator_cost", "dollars", 10, 10, "exact", "3D-printed ventilator from Oregon", None,
     "none", False, False),
    # F14 (Politico): the same story as dev24/'s i13 and dev29/'s B14, annotated as there; "1967", "1968" years,
    # "second term" (twice), "second wave" ordinals, "one Republican" a determiner.
    ("F14", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague",
     True, False),
    ("F14", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US,
     "Sen. Lindsey Graham", "person", False, False),
    # F15 (Chicago Sun-Times): the nursing-home toll → "an Associated Press tally" (document, as dev5/'s "a count
    # by The Associated Press"); "in 10 days" a duration, "73-year-old" an age, "112 years ago" a duration,
    # "1908" a year, "first Mother's Day", "second Sunday", "first online-only audience" ordinals.
    ("F15", "more than 26,000 deaths", 0, "killed", "deaths", 26000, None, "lower_bound",
     "COVID-19 in U.S. nursing homes and long-term care facilities", "an Associated Press tally", "document",
     False, True),
    # F16 (NPR Editorial): "a hundred or more workers" → Richard Alles ("He added that there would be a record of
    # Donald Trump sending …; there is not": a counterfactual, hedged as dev29/'s B10); "thousands of loved ones"
    # (the 9/11 dead, an event's toll: `killed`, core); "18th anniversary" an ordinal, "several months" no numeral,
    # "18 years ago" a duration.
    ("F16", "a hundred or more workers", 0, "workers_sent", "workers", 100, None, "lower_bound",
     "Trump at Ground Zero after 9/11", "Richard Alles", "person", True, False),
    ("F16", "thousands of loved ones", 0, "killed", "loved ones", 2000, None, "vague", "September 11 attacks",
     None, "none", False, True),
    # F17 (Victor Hanson): no numeric claim ("March 17", "2008", "2012" dates).
    # F18 (Ben Shapiro): no numeric claim ("16 years old", "between 14 and 18", "18 and older", "17-year-old" ages).
    # F19 (IVN): no numeral.
    # F20 (Mother Jones): no numeral ("CARES Act" a name).
    # F21 (Sputnik News): "67 million people" inside the unnamed MP's quotation (the speaker from the next
    # paragraph's "The MP, who spoke anonymously": anonymous).
    ("F21", "67 million people", 0, "population", "people", 67_000_000, 67_000_000, "exact", "United Kingdom",
     "The MP", "anonymous", False, False),
    # F22 (The Washington Post): "Experts say that if you maintain a six-foot distance" → vague (the "if" conditions
    # the advice, not the figure: not hedged, as dev19/'s y05); "six feet away" inside Maria Raven's quotation;
    # "the first reported canine case" an ordinal.
    ("F22", "six-foot distance", 0, "distance", "foot", 6, 6, "exact", "social distancing outdoors", "Experts",
     "vague", False, False),
    ("F22", "six feet away", 0, "distance", "feet", 6, 6, "exact", "social distancing outdoors", "Maria Raven",
     "person", False, False),
    # F23 (CNBC): no numeric claim ("25" an age inside Grullon's quotation).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("F00", "America is changing. By 2043", 0, "Roland Martin", "person"),
    # F01: "metadata collection program" a program's name (a label); the report "found" → document.
    ("F01", "serves a critically important special need", 0, "Kavanaugh", "person"),
    ("F01", "no instance in which the program directly contributed", 0, "government report", "document"),
    # F02: "found that such laws have “no negative effect”" (three words after a verb of finding) → "study";
    # "the authors said" and "leading the study’s authors to conclude that" → the cue's words (two named authors:
    # no single name fits, as dev11/'s joint statement).
    ("F02", "no negative effect", 0, "study", "document"),
    ("F02", "These results hold through a large number", 0, "authors", "person"),
    ("F02", "efforts to reform voter ID laws may not have much impact", 0, "study’s authors", "person"),
    # F03: “global competition” a label of the question; Trump's answer and its resumption, Jiang's question,
    # Trump's "claimed it was an open comment for “anybody who …”".
    ("F03", "Well, they’re losing their lives everywhere", 0, TRUMP, "person"),
    ("F03", "And maybe that’s a question you should ask China", 0, TRUMP, "person"),
    ("F03", "Sir, why are you saying that to me", 0, "Weijia Jiang", "person"),
    ("F03", "anybody who would ask a nasty question like that", 0, TRUMP, "person"),
    # F04: "lay out “…”, according to a preview released by the White House" → "preview" (document); Mulvaney's
    # statement; "the White House said in the preview" → "White House".
    ("F04", "an aggressive set of spending reforms", 0, "preview", "document"),
    ("F04", "Just like every American family", 0, "Mick Mulvaney", "person"),
    ("F04", "ready, larger, and more lethal military", 0, "White House", "organization"),
    # F06: “waking up”, ‘awakening’, “conspiracy theory”, “fake news” scare quotes and terms: no quotes.
    # F07: the headline's ‘Murdered’ and “Obamagate” one word; Sherman's tweet and its resumption; Cruz's pasted
    # tweet has no marks.
    ("F07", "Serious questions for Trumpers", 0, "Gabriel Sherman", "person"),
    ("F07", "What is the scandal of unmasking", 0, "Gabriel Sherman", "person"),
    ("F08", "doesn't speak for everybody", 0, "Zeh", "person"),
    # F09: Maddow's two; “expand” one word.
    ("F09", "moved on from absurd and sort of insane", 0, "Rachel Maddow", "person"),
    ("F09", "Those who were given the drug", 0, "Rachel Maddow", "person"),
    # F11: the headline's “Bump Stocks” and “Real Action” headline labels; the joint statement → document.
    ("F11", "Despite the fact that the Obama administration", 0, NRA_STATEMENT, "document"),
    # F13: the Trending link's ‘Suffering In Hell’ a headline label; “social distancing”, “virtual queues.”,
    # “innovations” terms.
    ("F14", "Allowing people to get to some semblance of normal", 0, "Republican close to the president",
     "person"),
    ("F14", "The closer you can have it to 120", 0, "Lindsey Graham", "person"),
    # F15: "the director of the University of Washington institute … said" is Dr. Christopher Murray of the IHME
    # (the next sentence names him).
    ("F15", "will translate into more cases and deaths", 0, "Christopher Murray", "person"),
    # F16: "the president insisted" → "Donald Trump" (the fullest name the excerpt gives).
    ("F16", "Soon after, I went down to Ground Zero", 0, "Donald Trump", "person"),
    ("F16", "I was there for several months", 0, "Richard Alles", "person"),
    # F17: “deep state” a term.
    ("F17", "When the full extent of your venality", 0, "John Brennan", "person"),
    ("F17", "Not a good idea to piss off John Brennan", 0, "Samantha Power", "person"),
    # F18: the nested ‘adults’ one word.
    ("F18", "Teens between 14 and 18 have far better BS detectors", 0, "Lawrence Tribe", "person"),
    # F19: the opening definition of chaos has no cue and the excerpt names no author: speaker null.
    ("F19", "Chaos: When the present determines the future", 0, None, "unknown"),
    ("F20", "complicated, ambiguous, and evolving", 0, TIMES, "organization"),
    ("F20", "I don’t accidentally want to commit bank fraud", 0, "Jodi Burns", "person"),
    ("F20", "many of the small businesses that did get loans", 0, TIMES, "organization"),
    ("F20", "compromising the effectiveness of a program", 0, TIMES, "organization"),
    # F21: the headline's 'Lost His Edge' after "Senior Tory Says" (three words after a verb of saying, as
    # dev29/'s B10) → "Senior Tory"; the uncued opening quotation → "MP" (from the next paragraph, as dev29/'s
    # B04); "the MP added".
    ("F21", "Lost His Edge", 0, "Senior Tory", "person"),
    ("F21", "Under normal circumstances he [Johnson]", 0, MP, "person"),
    ("F21", "Boris has lost that edge", 0, MP, "person"),
    ("F22", "If we don’t encourage people to get outside", 0, "Jeanne Marrazzo", "person"),
    ("F22", "People are already challenged by the isolation", 0, "Jeanne Marrazzo", "person"),
    ("F22", "you don’t have to stay six feet away", 0, "Maria Raven", "person"),
    ("F22", "But if you are meeting a friend for a hike", 0, "Maria Raven", "person"),
    # F23: Grullon's quotation and its resumption; the subheading 'We're in a very difficult position' has no
    # cue and the excerpt never gives it to anyone: speaker null.
    ("F23", "When I heard that news", 0, "Grullon", "person"),
    ("F23", "Josue is a young kid, 25", 0, "Grullon", "person"),
    ("F23", "We're in a very difficult position", 0, None, "unknown"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
