"""The forty-third (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev43/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
TWO_THIRDS = 2 / 3

US = "United States"
WORLD_COVID = "COVID-19 worldwide"
CHICAGO = "Chicago weekend shootings"
NIXON = "Richard Nixon approval, Watergate"
SWEDEN = "COVID-19 deaths in Sweden"
CA_VOTES = "California 2018 House races, late votes"
ATLANTIC = "The Atlantic layoffs"
CMU = "Central Michigan University men's track cut"
OUTBREAK = "Outbreak (film) Ebola outbreak"
FT_TRACKER = "a tracker developed by the Financial Times"
KOLANOVIC = "Kolanovic"
TRUMP = "Trump"
TREIDER = "Robin Treider"
COLBERT = "Colbert"
KIMMEL = "Jimmy Kimmel"
CAPLAN = "Caplan"
NEUGEBAUER = "Neugebauer"
BIDEN = "Joe Biden"
BOOKER = "Cory Booker"
ROTH = "Yoel Roth"
TEGNELL = "Anders Tegnell"
JONES = "Charlie Lyons Jones"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # P00 (Damon Linker): no numeric claim ("in 2020" a year, "the past couple of weeks" a duration, "just one
    # headline" and "any one or two of them" determiners in a hypothetical list, not counts).
    # P01 (Medium): no numeric claim ("21st Century Policing" a name, "these past few months", "for years",
    # "in recent weeks" durations).
    # P02 (RollingStone.com): Kolanovic's "30 percent decline" ("suggested the coronavirus would result in": a
    # projection, hedged; person); the jobless claims (a national statistic, dev37/'s "36 million filing
    # unemployment claims", not core, no cue: "As of this writing" is a time); "millions" vague 2,000,000/null;
    # "S&P 500" a name, "COVID-19" a name.
    ("P02", "30 percent decline", 0, "earnings_value_decline", "present value of earnings", 30, 30, "exact",
     "coronavirus economy without Fed intervention", KOLANOVIC, "person", True, False),
    ("P02", "30 million people have filed jobless claims", 0, "unemployment_claims", "people", 30_000_000,
     30_000_000, "exact", US, None, "none", False, False),
    ("P02", "millions have lost their employer-based insurance", 0, "lost_employer_insurance", "people",
     2_000_000, None, "vague", US, None, "none", False, False),
    # P03 (AP Fact Check): no numeric claim ("April 28, 2020" twice in the repeated caption, "early March" dates).
    # P04 (Newsmax): "two or three days a week" a range of in-person days ("will likely", hedged; as dev28/'s
    # "seven to nine hours a night" an amount per period is a claim); "Tuesday", "Wednesday", "August", "next
    # month" dates.
    ("P04", "two or three days a week", 0, "in_person_school_days_per_week", "days", 2, 3, "range",
     "New York City schools reopening", None, "none", True, False),
    # P05 (Politico): the same story as dev12/'s r15, dev24/'s i13 and dev29/'s B14, annotated as there: the
    # hypothetical "if there are 250,000 people dead" (`death_toll`, "some" vague, hedged, not core); "May 1",
    # "1967", "early 1968" dates, "second term" (twice), "second wave" ordinals, "one Republican" a determiner.
    ("P05", "250,000 people dead", 0, "death_toll", "people", 250000, 250000, "exact", US, "some", "vague",
     True, False),
    # P06 (The Verge): the share of the workforce → the emails ("according to emails sent to employees Thursday
    # night", document); "about" approx; "Friday", "Thursday" dates.
    ("P06", "about 30 percent of its workforce", 0, "workforce_returning_share", "workforce", 30, 30, "approx",
     "Tesla Fremont factory reopening", "emails sent to employees Thursday night", "document", False, False),
    # P07 (Chicago Sun-Times): no numeric claim ("10-hour drive", "two days after" durations, "Tuesday", "April
    # 27" dates, "one of the patients", "one of the first orthopedic surgeons" "one of").
    # P08 (BET): the weekend's toll and wounded → "the city" ("the city recorded that …", organization; core);
    # "a dozen" exact 12 (dev27/); the planned "about 150 agents" (`deployed`, core, as dev9/'s troops; a plan
    # is not hedged) → "the Chicago Tribune"; Trump's "Many, many shot. Many, many killed." has no numeral;
    # "Monday" a date.
    ("P08", "a dozen were killed", 0, "killed", "people", 12, 12, "exact", CHICAGO, "the city", "organization",
     False, True),
    ("P08", "63 others were wounded", 0, "wounded", "people", 63, 63, "exact", CHICAGO, "the city",
     "organization", False, True),
    ("P08", "about 150 agents", 0, "deployed", "agents", 150, 150, "approx", "federal agents sent to Chicago",
     "the Chicago Tribune", "organization", False, True),
    # P09 (Quillette): no numeral ("one deeply moving passage" a determiner, "one cannot always beat it" a
    # pronoun).
    # P10 (Pew Research Center): Nixon's approval ratings and the Watergate awareness share; the 68% → "Gallup
    # Poll" (the named poll in the span, organization as dev38/'s "According to Gallup"); the 83% and the 48%
    # none (no cue in their sentences); "from 2004 to 2012", "2015", "Aug. 8, 2014", "1972", "January 1973",
    # "April" dates, "over three decades", "Forty years ago" durations, "second term" an ordinal, "one of the
    # nation's leading pollsters", "One of his particular talents", "one of those articles" "one of", "a
    # majority of Americans" no numeral.
    ("P10", "68% Gallup Poll approval rating", 0, "approval_rating", "approval rating", 68, 68, "exact", NIXON,
     "Gallup Poll", "organization", False, False),
    ("P10", "83% of the American public", 0, "watergate_awareness_share", "American public", 83, 83, "exact",
     NIXON, None, "none", False, False),
    ("P10", "approval ratings fell to 48%", 0, "approval_rating", "approval ratings", 48, 48, "exact", NIXON, None,
     "none", False, False),
    # P11 (The Week): no numeral ("COVID-19" a name, "one of those "pro-Trump" doctors" "one of").
    # P12 (Salon): "two dogs tested positive" (`cases`, core: a case count of the outbreak in pets; another
    # annotator might leave animals' cases out of core, as dev24/'s study animals, here infected naturally); "the
    # two positive cases [in Hong Kong]" inside Peiris's quotation a reference count (the two just named, dev6/);
    # "17 years old" an age, "The first one" an ordinal.
    ("P12", "two dogs tested positive", 0, "cases", "dogs", 2, 2, "exact", "COVID-19 in dogs, Hong Kong", None,
     "none", False, True),
    # P13 (Sputnik News): the film's lines (no marks, no speaker named: none); "19 dead" and "100 more infected"
    # are claims of the fiction (not core: no real event; another annotator might leave film dialogue out);
    # "then 10 of them got it now" after "If one of them has got it" hedged ("if"); "one of them" (twice) "one
    # of"; the DRC's Ebola toll `killed`, core, lower_bound, none; "within the past three years" a duration,
    # "COVID19", "Covid-19" names.
    ("P13", "19 dead", 0, "killed", "people", 19, 19, "exact", OUTBREAK, None, "none", False, False),
    ("P13", "100 more infected", 0, "infected", "people", 100, 100, "exact", OUTBREAK, None, "none", False,
     False),
    ("P13", "10 of them", 0, "infected", "people", 10, 10, "exact", OUTBREAK, None, "none", True, False),
    ("P13", "more than 1,300 lives", 0, "killed", "lives", 1300, None, "lower_bound",
     "Ebola outbreak in the Democratic Republic of Congo", None, "none", False, True),
    # P14 (Yahoo! News): the world tallies ("sickened" `cases`, "killed" `killed`, core, lower_bound, no cue);
    # "More than 100 research teams" lower_bound, not core; "many years, sometimes decades", "12 to 18 months"
    # (in Barouch's quotation) durations.
    ("P14", "sickened at least 4.7 million", 0, "cases", "people", 4_700_000, None, "lower_bound", WORLD_COVID,
     None, "none", False, True),
    ("P14", "killed at least 318,000", 0, "killed", "people", 318000, None, "lower_bound", WORLD_COVID, None,
     "none", False, True),
    ("P14", "More than 100 research teams", 0, "vaccine_research_teams", "research teams", 100, None,
     "lower_bound", "COVID-19 vaccine race", None, "none", False, False),
    # P15 (Natural News): death rates per million (rates, not core, dev15/); Sweden's 6.4 and the 0.1 threshold
    # ("climbed above" lower_bound, as dev41/'s threshold) → the FT tracker ("According to", document); the
    # next sentence's UK, Italy and Spain rates none (sentence-local), "rates of 5.5 and 4, respectively" two
    # claims (dev35/); Hansson's "around two-thirds … could have been avoided" (approx 2/3, "said, adding that",
    # person; hedged "could have"; a share, not core); "two months after" a duration, "one of the highest death
    # rates" "one of".
    ("P15", "6.4 deaths per million people", 0, "death_rate", "deaths", 6.4, 6.4, "exact", SWEDEN, FT_TRACKER,
     "document", False, False),
    ("P15", "above 0.1 deaths per million", 0, "death_rate_threshold", "deaths", 0.1, None, "lower_bound", SWEDEN,
     FT_TRACKER, "document", False, False),
    ("P15", "6.2 deaths per million", 0, "death_rate", "deaths", 6.2, 6.2, "exact", "COVID-19 deaths in the UK",
     None, "none", False, False),
    ("P15", "rates of 5.5", 0, "death_rate", "deaths", 5.5, 5.5, "exact", "COVID-19 deaths in Italy", None,
     "none", False, False),
    ("P15", "4", 1, "death_rate", "deaths", 4, 4, "exact", "COVID-19 deaths in Spain", None, "none", False,
     False),
    ("P15", "around two-thirds of COVID-19 deaths", 0, "avoidable_deaths_share", "COVID-19 deaths", TWO_THIRDS,
     TWO_THIRDS, "approx", SWEDEN, "Stefan Hansson", "person", True, False),
    # P16 (Fox News Opinion): "a third of people" → "A study" (document; a fraction); "five hours a week" a
    # teaching load (an amount per period, as dev28/'s hours a night; none); "after four years in college" a
    # duration, "one type of person" a determiner.
    ("P16", "a third of people", 0, "learned_nothing_share", "people", ONE_THIRD, ONE_THIRD, "exact",
     "college students", "A study", "document", False, False),
    ("P16", "five hours a week", 0, "teaching_hours_per_week", "hours", 5, 5, "exact", "Professor Caplan", None,
     "none", False, False),
    # P17 (San Francisco Chronicle): vote margins (none, not core); Ryan's "about six seats" in his quotation
    # ("we believed": the belief is the content, no hedge cue; approx); "10th Congressional District" a name,
    # "Thursday" a date, "every single one of those" a reference.
    ("P17", "1,287 votes", 0, "vote_margin", "votes", 1287, 1287, "exact", CA_VOTES, None, "none", False, False),
    ("P17", "7,416 votes", 0, "vote_margin", "votes", 7416, 7416, "exact", CA_VOTES, None, "none", False, False),
    ("P17", "6,074-vote lead", 0, "vote_margin", "votes", 6074, 6074, "exact", CA_VOTES, None, "none", False,
     False),
    ("P17", "11,866-vote deficit", 0, "vote_margin", "votes", 11866, 11866, "exact", CA_VOTES, None, "none", False,
     False),
    ("P17", "about six seats", 0, "seats_lead", "seats", 6, 6, "approx", CA_VOTES, "Ryan", "person", False, False),
    # P18 (Ezra Klein): no numeric claim ("2016's election" a year, "A few minutes later" a duration, "A few
    # things", "One is that" no count).
    # P19 (The Daily Signal): "three left-wing organizations" ("what he said was", the pronoun's referent Yoel
    # Roth, person); "2016 election", "January 21, 2017", "January 22, 2017" (twice), "January 2017" dates; the
    # pasted tweet's "the first 100 days" a duration (a name of a period).
    ("P19", "three left-wing organizations", 0, "organizations_donated_to", "organizations", 3, 3, "exact",
     "Yoel Roth's monthly donations", ROTH, "person", False, False),
    # P20 (New York Times): no numeral.
    # P21 (American Thinker): Powell Jobs's worth ("an estimated" approx, not hedged) and gain (none); the
    # layoffs: "20% of its staff" → The Atlantic ("announced plans", organization; a plan, not hedged), "68 of
    # our colleagues" in Bradley's quotation → "David Bradley", "68 laid off Atlantic staffers" in Schonfeld's
    # quotation → "Zach Schonfeld" (a repeated mention, its own claim); "for the next 3,000 years" a duration;
    # "mid-March" a date, "one of many critical posts" "one of".
    ("P21", "an estimated $19.5 billion", 0, "net_worth", "dollars", 19_500_000_000, 19_500_000_000, "approx",
     "Laurene Powell Jobs", None, "none", False, False),
    ("P21", "a gain of $3.1 billion", 0, "net_worth_gain", "dollars", 3_100_000_000, 3_100_000_000, "exact",
     "Laurene Powell Jobs", None, "none", False, False),
    ("P21", "20% of its staff", 0, "layoffs_share", "staff", 20, 20, "exact", ATLANTIC, "The Atlantic",
     "organization", False, False),
    ("P21", "68 of our colleagues", 0, "layoffs", "colleagues", 68, 68, "exact", ATLANTIC, "David Bradley",
     "person", False, False),
    ("P21", "68 laid off Atlantic staffers", 0, "layoffs", "Atlantic staffers", 68, 68, "exact", ATLANTIC,
     "Zach Schonfeld", "person", False, False),
    # P22 (The Detroit News): the headline's savings and the body's budget, short-term savings, eliminated
    # positions, programs and conferences (all none, not core); "$600K" 600,000; "around" approx; "16 sports
    # programs" one claim (the apposition "the NCAA Division I minimum" restates it); "Division I" a name.
    ("P22", "$600K a year", 0, "annual_savings", "dollars", 600_000, 600_000, "exact", CMU, None, "none", False,
     False),
    ("P22", "Two assistant-coaching positions", 0, "positions_eliminated", "assistant-coaching positions", 2, 2,
     "exact", CMU, None, "none", False, False),
    ("P22", "annual budget of $629,798", 0, "program_budget", "dollars", 629798, 629798, "exact", CMU, None,
     "none", False, False),
    ("P22", "around $300,000 a year", 0, "short_term_savings", "dollars", 300000, 300000, "approx", CMU, None,
     "none", False, False),
    ("P22", "16 sports programs", 0, "sports_programs", "sports programs", 16, 16, "exact",
     "Central Michigan University athletics", None, "none", False, False),
    ("P22", "five mid-major conferences", 0, "conferences_requesting_waiver", "mid-major conferences", 5, 5,
     "exact", "NCAA sports minimums waiver request", None, "none", False, False),
    # P23 (Business Insider): "zero personnel infected" inside Jones's quotation ("even if": hedged, a
    # hypothetical, not core; "zero" a numeral, dev11/).
    ("P23", "zero personnel infected", 0, "infected", "personnel", 0, 0, "exact", "PLA Navy", JONES, "person",
     True, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # P00: "moving too far to the left." a position nobody voices (after "saying that"): not a quote.
    # P02: Kolanovic's quotation and its resumption, and the writer's repeat of "if the monetary measures are
    # sustained." (a repeated quotation is its own entry, as dev4/'s and dev15/'s repeats).
    ("P02", "The S&P 500 should attain previous all-time highs", 0, KOLANOVIC, "person"),
    ("P02", "if the monetary measures are sustained.", 0, KOLANOVIC, "person"),
    ("P02", "if the monetary measures are sustained.", 1, KOLANOVIC, "person"),
    ("P04", "very much going to put pressure on governors", 0, TRUMP, "person"),
    # P05: Trump's quotation ("he said", the pronoun's referent) and its resumption; the Republican's as dev29/'s
    # B14.
    ("P05", "So it is a war and I define victory", 0, TRUMP, "person"),
    ("P05", "It can never be a total victory", 0, TRUMP, "person"),
    ("P05", "Allowing people to get to some semblance of normal", 0, "Republican close to the president",
     "person"),
    # P06: "“limited operations”" a two-word term of the plan: not a quote.
    ("P06", "We have not said that it’s appropriate", 0, "Erica Pan", "person"),
    # P07: "Treider said … riding an “emotional roller coaster.”" a short quotation in a sentence of saying.
    ("P07", "emotional roller coaster.", 0, TREIDER, "person"),
    ("P07", "It’s just the normal fears", 0, TREIDER, "person"),
    ("P07", "And you quickly try to push them away", 0, TREIDER, "person"),
    # P08: Trump's two quotations (the excerpt writes only "Trump"); the letter's words → "Lori Lightfoot" (she
    # sends the letter "rejecting …"; another annotator might write "letter", document).
    ("P08", "How about Chicago? Would you say", 0, TRUMP, "person"),
    ("P08", "You know the numbers that you hear", 0, TRUMP, "person"),
    ("P08", "arrest, and detain residents without any cause", 0, "Lori Lightfoot", "person"),
    # P09: Pigliucci's words ("puts it"); Seneca's block quote has no marks: not a quote.
    ("P09", "we need to focus on abilities, not disabilities.", 0, "Massimo Pigliucci", "person"),
    # P11: Colbert's two quotations (the second reopened after the writer's clause); "a badge of honor" a label
    # after the naming verb "calling" (another annotator might count it, Trump's or Colbert's); 'extremely
    # pro-Trump' nested; "pro-Trump" and "dumb" one-word; Kimmel's question, his two continuations and the joke
    # McEnany scolds ("joking … that Trump "might be …"", his words).
    ("P11", "but Donald Trump sees the sunny side", 0, COLBERT, "person"),
    ("P11", "but it's not just the CDC", 0, COLBERT, "person"),
    ("P11", "Have you been watching the hydroxy-horror picture show?", 0, KIMMEL, "person"),
    ("P11", "Our president this week claimed", 0, KIMMEL, "person"),
    ("P11", "the Trumpers who are wary of Big Pharma", 0, KIMMEL, "person"),
    ("P11", "might be trying to kill himself with this drug", 0, KIMMEL, "person"),
    # P12: "weak positive" a term of the test result: not a quote.
    ("P12", "It is very likely that the two positive cases", 0, "Malik Peiris", "person"),
    ("P12", "We're not overly concerned about people contracting", 0, "Gail Golab", "person"),
    # P13: the film's dialogue has no marks: not a quote.
    ("P14", "What people don’t realize is that normally", 0, "Dan Barouch", "person"),
    ("P14", "And so trying to compress the whole vaccine process", 0, "Dan Barouch", "person"),
    # P15: the marks are mojibake ("â" + control characters) but are quotation marks.
    ("P15", "a reasonably normal life.", 0, TEGNELL, "person"),
    ("P15", "We have one of the highest death rates in the world", 0, "Stefan Hansson", "person"),
    # P16: the first-person narrator's question ("I asked") → speaker null (unknown, dev2/, dev7/); Caplan's five
    # quotations (each reopened after a cue); the nested 'Wow, actually …' not its own entry.
    ("P16", "But don't the liberal arts expand people's minds?", 0, None, "unknown"),
    ("P16", "That's the kind of thing you expect teachers to say", 0, CAPLAN, "person"),
    ("P16", "There's a whole field of people", 0, CAPLAN, "person"),
    ("P16", "I'm a tenured professor", 0, CAPLAN, "person"),
    ("P16", "A tenured professor cannot be fired", 0, CAPLAN, "person"),
    ("P16", "Yeah. Well, I'm a whistleblower", 0, CAPLAN, "person"),
    ("P17", "Absolutely, ballot harvesting played", 0, NEUGEBAUER, "person"),
    ("P17", "a huge advantage by executing a plan", 0, NEUGEBAUER, "person"),
    ("P17", "I have a little bit of professional admiration", 0, NEUGEBAUER, "person"),
    ("P17", "When you win the absentee ballots", 0, "Ryan", "person"),
    ("P17", "I’m not saying there’s anything nefarious", 0, "Ryan", "person"),
    # P18: "Biden replied" → "Joe Biden" (named so later; Hunter Biden is the son); Booker's two.
    ("P18", "My son did nothing wrong", 0, BIDEN, "person"),
    ("P18", "I did nothing wrong. I carried out", 0, BIDEN, "person"),
    ("P18", "I saw this play in 2016’s election", 0, BOOKER, "person"),
    ("P18", "We are ... elevating a lie", 0, BOOKER, "person"),
    # P19: Roth's tweet ("writing:"), his "lunatic base of online trolls" (five words after "derided … as", as
    # dev38/'s four-word "call"); the pasted tweets have no marks; the Meet The Press line inside the last
    # tweet is an imagined quotation ("What I hear …", a hypothetical quotation, dev18/): not a quote.
    ("P19", "I’m just saying, we fly over those states", 0, ROTH, "person"),
    ("P19", "lunatic base of online trolls.", 0, ROTH, "person"),
    ("P20", "Once you get into a lockdown", 0, TEGNELL, "person"),
    ("P20", "How do you reopen? When?", 0, TEGNELL, "person"),
    ("P21", "We are informing 68 of our colleagues", 0, "David Bradley", "person"),
    ("P21", "Laurene Powell Jobs, the billionaire majority owner", 0, "Zach Schonfeld", "person"),
    # P22: the headline's 'A new reality' a three-word headline label without a speaker (dev20/, dev23/'s 'Like
    # a bulldozer'): not a quote; the AD's quotation, open at its paragraph's end, and the reopened paragraph →
    # two entries, speaker null (the excerpt never names him; "As an AD" is not a cue).
    ("P22", "Right now, for our financial sustainability", 0, None, "unknown"),
    ("P22", "As an AD, it's probably the hardest thing", 0, None, "unknown"),
    ("P23", "The PLA is still a conscription army", 0, "Adam Ni", "person"),
    ("P23", "The Chinese navy, short of highly effective", 0, JONES, "person"),
    ("P23", "Therefore, even if the PLA Navy currently has zero", 0, JONES, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
