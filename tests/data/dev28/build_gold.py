"""The twenty-eighth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev28/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

HALF = 1 / 2  # fractions are written as fractions, percentages as percents
PEQUOT = "1637 burning of a village in the Pequot War"
AB5 = "California AB5 gig-work bill"
IMPEACH = "Senate impeachment trial of Donald Trump"
LICENSING = "occupational licensing (2017 paper by Janna Johnson and Morris Kleiner)"
BASKETBALL_REF = "Basketball Reference"
FRAZIER = "Walt Frazier, Game 7 of the 1970 N.B.A. finals"
WEST = "Jerry West, Game 7 of the 1969 N.B.A. finals"
WORTHY = "James Worthy, Game 7 of the 1988 N.B.A. finals"
LEBRON = "LeBron James, Game 7 of the 2016 N.B.A. finals"
CHAMBERLAIN = "Wilt Chamberlain, 1969-70 season"
JORDAN = "Michael Jordan, Chicago Bulls playoffs"
SYRIA = "Syrian civil war"
US_COVID = "COVID-19 in the U.S."
JHU = "a database maintained by Johns Hopkins University"
COVID_TYPES = "coronavirus testing"
CHINA_TRADE = "China steel and aluminum trade"
EDUCATION = "coronavirus relief bill, education funding"
ARTS = "$2.2 trillion stimulus bill, arts funding"
TRUMP = "Trump"
ORLIK = "Tom Orlik"
BOEHM = "Eric Boehm"
ROMNEY = "Mitt Romney"
UNANUE = "Robert Unanue"
VOTO = "Voto Latino"
MCCONNELL = "McConnell"
BIDEN = "Biden"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # A00 (Heavy.com): no numeric claim ("Thursday, July 9" a date, "for decades" a duration).
    # A01 (Charles Blow): the block quote after "As Grace Donnelly wrote …:" holds the toll "as many as 500 men,
    # women, and children" (upper_bound, dev9/; core; a block quote's figure to its author, dev19/); "the next 100
    # years" a duration; "early 1600s", "1621", "1637", "2017" dates.
    ("A01", "as many as 500 men, women, and children", 0, "killed", "men, women, and children", None, 500,
     "upper_bound", PEQUOT, "Grace Donnelly", "person", False, True),
    # A02 (San Francisco Chronicle): "The vote was 29-11" a vote split (left out, dev8/); "Hundreds of thousands"
    # vague 200,000/null, hedged by "could"; "2020" a year; "AB5" a name.
    ("A02", "Hundreds of thousands of independent contractors", 0, "workers_reclassified",
     "independent contractors", 200_000, None, "vague", AB5, None, "none", True, False),
    # A03 (Louisville Courier-Journal): "Dec. 12" a date, "18 days later", "a little more than two weeks later"
    # durations; "According to The Times" is the sentence before the articles (sentence-local).
    ("A03", "two articles of impeachment", 0, "articles_of_impeachment", "articles of impeachment", 2, 2, "exact",
     IMPEACH, None, "none", False, False),
    ("A03", "at least four members", 0, "votes_needed", "members", 4, None, "lower_bound",
     "Republican senators Democrats need to call witnesses", None, "none", False, False),
    ("A03", "53-member Republican majority", 0, "senate_seats", "members", 53, 53, "exact",
     "Senate Republican majority", None, "none", False, False),
    # A04 (Billy Binion): the share of licensed professions (none); Boehm's quotation: the range → the 2017 paper
    # ("according to", a nearer source the quotation names), "22 professions" → Eric Boehm (the quotation's
    # source; Johnson and Kleiner are the actors), "36 percent less likely" → "they found" (Johnson and Kleiner);
    # the credit's cap (a plan: not hedged); "2017", "in April" dates.
    ("A04", "More than 33 percent of professions", 0, "licensed_professions_share", "professions", 33, None,
     "lower_bound", "U.S. professions requiring a license", None, "none", False, False),
    ("A04", "between $178 million and $711 million", 0, "lost_earnings", "dollars", 178_000_000, 711_000_000,
     "range", LICENSING, "a 2017 paper by Janna Johnson and Morris Kleiner", "document", False, False),
    ("A04", "22 professions", 0, "professions_studied", "professions", 22, 22, "exact", LICENSING, BOEHM, "person",
     False, False),
    ("A04", "36 percent less likely", 0, "mobility_difference", "percent", 36, 36, "exact", LICENSING,
     "Johnson and Kleiner", "person", False, False),
    ("A04", "capped at $1,000", 0, "tax_credit_cap", "dollars", 1000, 1000, "exact",
     "Andrew Yang's proposed moving-expense tax credit", None, "none", False, False),
    # A05 (DC Gazette): no numeric claim ("SB3993" an identifier, "(1)"-"(3)" list markers).
    # A06 (The New York Times): the first sentence's figures → "according to Basketball Reference"
    # (organization); the rest none. The display numbers glued before each item ("4With", "12For", "9Michael",
    # "2With", "99.1The") are labels repeating the item's figure: not claims. "Game 7" a name; "a 3-1 series
    # deficit" and "a playoff mark of 95-31" records (as vote splits, left out); "the 73-win Warriors" a compound
    # count; "his first 10 N.B.A. playoff games" the sample's window (only "nine" claimed); "a four-month absence"
    # a duration; years and seasons dates.
    ("A06", "36 points", 0, "points", "points", 36, 36, "exact", FRAZIER, BASKETBALL_REF, "organization", False,
     False),
    ("A06", "19 assists", 0, "assists", "assists", 19, 19, "exact", FRAZIER, BASKETBALL_REF, "organization", False,
     False),
    ("A06", "four players", 0, "players", "players", 4, 4, "exact",
     "players with 20 points and 10 assists in a finals Game 7", BASKETBALL_REF, "organization", False, False),
    ("A06", "at least 20 points", 0, "points", "points", 20, None, "lower_bound", "finals Game 7 threshold",
     BASKETBALL_REF, "organization", False, False),
    ("A06", "10 assists", 0, "assists", "assists", 10, None, "lower_bound", "finals Game 7 threshold",
     BASKETBALL_REF, "organization", False, False),
    ("A06", "42 points", 0, "points", "points", 42, 42, "exact", WEST, None, "none", False, False),
    ("A06", "12 assists", 0, "assists", "assists", 12, 12, "exact", WEST, None, "none", False, False),
    ("A06", "13 rebounds", 0, "rebounds", "rebounds", 13, 13, "exact", WEST, None, "none", False, False),
    ("A06", "36 points", 1, "points", "points", 36, 36, "exact", WORTHY, None, "none", False, False),
    ("A06", "10 assists", 1, "assists", "assists", 10, 10, "exact", WORTHY, None, "none", False, False),
    ("A06", "16 rebounds", 0, "rebounds", "rebounds", 16, 16, "exact", WORTHY, None, "none", False, False),
    ("A06", "27 points", 0, "points", "points", 27, 27, "exact", LEBRON, None, "none", False, False),
    ("A06", "11 assists", 0, "assists", "assists", 11, 11, "exact", LEBRON, None, "none", False, False),
    ("A06", "11 rebounds", 0, "rebounds", "rebounds", 11, 11, "exact", LEBRON, None, "none", False, False),
    ("A06", "73-win Warriors", 0, "wins", "wins", 73, 73, "exact", "Golden State Warriors, 2015-16 season", None,
     "none", False, False),
    ("A06", "a career-low 12 games", 0, "games_played", "games", 12, 12, "exact", CHAMBERLAIN + " regular season",
     None, "none", False, False),
    ("A06", "final three regular-season games", 0, "games_played", "regular-season games", 3, 3, "exact",
     CHAMBERLAIN + " regular season", None, "none", False, False),
    ("A06", "18 games", 0, "games_played", "games", 18, 18, "exact", CHAMBERLAIN + " postseason", None, "none",
     False, False),
    ("A06", "22.1 points", 0, "points_average", "points", 22.1, 22.1, "exact", CHAMBERLAIN + " postseason", None,
     "none", False, False),
    ("A06", "22.2 rebounds", 0, "rebounds_average", "rebounds", 22.2, 22.2, "exact", CHAMBERLAIN + " postseason",
     None, "none", False, False),
    ("A06", "lost nine", 0, "playoff_games_lost", "N.B.A. playoff games", 9, 9, "exact",
     JORDAN + ", first 10 games", None, "none", False, False),
    ("A06", "six championships", 0, "championships", "championships", 6, 6, "exact", JORDAN + ", 1991-1998", None,
     "none", False, False),
    ("A06", "two Game 7s", 0, "game_7s", "Game 7s", 2, 2, "exact", JORDAN + ", 1990s", None, "none", False, False),
    ("A06", "higher than 99.1 degrees", 0, "temperature_threshold", "degrees", 99.1, None, "lower_bound",
     "N.B.A. practice facility admittance", None, "none", False, False),
    ("A06", "99.5 degrees", 0, "temperature_threshold", "degrees", 99.5, 99.5, "exact",
     "Taiwan's Super Basketball League playoffs", None, "none", False, False),
    # A07 (Waking Times): the same Ted Cruz text as dev7/'s m06 and dev21/'s a06: "a 3-star general" a rank in the
    # pasted tweet; "December 2016", "May 18, 2020" dates; "first national security adviser" an ordinal.
    # A08 (CNN): Trump's quotation: "almost 40 million people" (tested, not core, dev4/) and "99% of which"
    # → Trump (person).
    ("A08", "almost 40 million people", 0, "tested", "people", None, 40_000_000, "upper_bound", US_COVID, TRUMP,
     "person", False, False),
    ("A08", "99% of which", 0, "harmless_case_share", "cases", 99, 99, "exact", US_COVID, TRUMP, "person", False,
     False),
    # A09 (National Review): the Tucson toll (core); "for days and weeks", "years" no numeral.
    ("A09", "killed six people", 0, "killed", "people", 6, 6, "exact", "2011 Tucson shooting", None, "none", False,
     True),
    # A10 (Newsmax): the strike's toll → "The Syrian army said" (organization); the war's toll (none); "half of
    # Syrians" a share of the displaced (not core); "since 2011" a year.
    ("A10", "killed six people", 0, "killed", "people", 6, 6, "exact", "U.S. strike in Syria", "The Syrian army",
     "organization", False, True),
    ("A10", "more than 400,000 people", 0, "killed", "people", 400_000, None, "lower_bound", SYRIA, None, "none",
     False, True),
    ("A10", "half of Syrians", 0, "displaced_share", "Syrians", HALF, HALF, "exact", SYRIA, None, "none", False,
     False),
    # A11 (Associated Press): the study's families (not core); "every two weeks" a frequency; "Sept. 1" a date;
    # "several weeks", "a few virus cases" no numeral.
    ("A11", "Almost 2,000 families", 0, "study_participants", "families", None, 2000, "upper_bound",
     "NIH-funded study of children's role in COVID-19 transmission", None, "none", False, False),
    # A12 (USA TODAY): the toll in Schwerin's quotation → Josh Schwerin; the Johns Hopkins database's cases and
    # deaths ("129,00" as written, read as 129,000) → document; "hundreds of people" vague; "30-minute" a
    # duration; "July 4th" a date.
    ("A12", "killed 130,000 Americans", 0, "killed", "Americans", 130_000, 130_000, "exact", US_COVID,
     "Josh Schwerin", "person", False, True),
    ("A12", "more than 2.8 million COVID-19 cases", 0, "cases", "COVID-19 cases", 2_800_000, None, "lower_bound",
     US_COVID, JHU, "document", False, True),
    ("A12", "more than 129,00 deaths", 0, "killed", "deaths", 129_000, None, "lower_bound", US_COVID, JHU,
     "document", False, True),
    ("A12", "hundreds of people", 0, "attendees", "people", 200, None, "vague",
     "White House Independence Day event", None, "none", False, False),
    # A13 (Business Insider): no numeric claim ("2008", "April 28, 2020", "2017" dates, "2nd Class" a rank).
    # A14 (Yahoo! News): no numeric claim ("one of many graphs", "one of many errors" "one of"; "a week ago",
    # "after a day" times; "May 18, 2020" a date).
    # A15 (Activist Post): two "over 100" (lower_bound, none).
    ("A15", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", "coronaviruses in circulation", None, "none", False, False),
    ("A15", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods", "testing methods",
     100, None, "lower_bound", COVID_TYPES, None, "none", False, False),
    # A16 (Fortune): both figures inside Tom Orlik's quotations → Tom Orlik (person); the 45% tariff threatened,
    # not hedged (a threat, as a plan).
    ("A16", "about 0.5% of GDP", 0, "exports_share_of_gdp", "GDP", 0.5, 0.5, "approx", CHINA_TRADE, ORLIK, "person",
     False, False),
    ("A16", "45% tariff", 0, "tariff_rate", "tariff", 45, 45, "exact", "Trump's campaign threat on Chinese imports",
     ORLIK, "person", False, False),
    # A17 (Prager University): "only have one message" rhetorical (not a claim).
    # A18 (CNSNews.com): no numeric claim.
    # A19 (Black Enterprise): the House's $100 billion (none; "they say" covers only the relative clause), the
    # $430 billion → "they" (the House, organization), hedged by "could"; the Republicans' range (a plan).
    ("A19", "$100 billion for school reopenings", 0, "education_funding", "dollars", 100_000_000_000,
     100_000_000_000, "exact", EDUCATION + " (House)", None, "none", False, False),
    ("A19", "could swell to $430 billion", 0, "education_funding", "dollars", 430_000_000_000, 430_000_000_000,
     "exact", EDUCATION + " (House stabilization fund)", "the House", "organization", True, False),
    ("A19", "$50 to $75 billion", 0, "education_funding", "dollars", 50_000_000_000, 75_000_000_000, "range",
     EDUCATION + " (Republicans)", None, "none", False, False),
    # A20 (Bridgemi.com): no numeric claim ("2018" a year).
    # A21 (WorldHealth.Net): "seven to nine hours a night" a recommended amount inside the quotation of the
    # unnamed "They" (anonymous); "about one month later" a time, "late April 2020" a date, "second month" an
    # ordinal.
    ("A21", "seven to nine hours a night", 0, "recommended_sleep", "hours", 7, 9, "range", "recommended sleep",
     "They", "anonymous", False, False),
    # A22 (Chicago Sun-Times): stimulus figures (none; "will distribute" not hedged); "by May", "Wednesday" dates.
    ("A22", "$2.2 trillion stimulus bill", 0, "stimulus_size", "dollars", 2_200_000_000_000, 2_200_000_000_000,
     "exact", "CARES Act stimulus bill", None, "none", False, False),
    ("A22", "$75 million each", 0, "arts_funding", "dollars", 75_000_000, 75_000_000, "exact",
     ARTS + " (NEA and NEH each)", None, "none", False, False),
    ("A22", "40 percent", 0, "regranted_share", "percent", 40, 40, "exact", ARTS + ", share to state agencies",
     None, "none", False, False),
    # A23 (American Thinker): "tens of thousands of jobs" (vague 20,000/null, dev13/) inside Trump's quotation.
    ("A23", "tens of thousands of jobs", 0, "jobs_lost", "jobs", 20_000, None, "vague", "U.S. jobs lost to China",
     TRUMP, "person", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("A00", "We’re All Truly Blessed to Have a Leader Like", 0, UNANUE, "person"),
    ("A00", "We are all truly blessed", 0, UNANUE, "person"),
    ("A00", "thinks we’re ‘blessed to have a leader’", 0, VOTO, "organization"),
    ("A00", "Yo Goya, tell your man", 0, VOTO, "organization"),
    ("A01", "a terrible illness spread through the region", 0, "Mancall", "person"),
    ("A01", "Modern scholars have argued", 0, "Mancall", "person"),
    ("A01", "the next 100 years, every Thanksgiving Day", 0, "William Bradford", "person"),
    ("A03", "total coordination with the White House counsel", 0, "Mitch McConnell", "person"),
    ("A03", "it's important to be able to hear from John Bolton", 0, ROMNEY, "person"),
    ("A03", "It's increasingly likely that other Republicans", 0, ROMNEY, "person"),
    ("A03", "the reports about John Bolton's book", 0, "Susan Collins", "person"),
    ("A04", "Nationwide, workers whose jobs require", 0, BOEHM, "person"),
    ("A04", "Johnson and Kleiner examined 22 professions", 0, BOEHM, "person"),
    ("A07", "Serious questions for Trumpers", 0, "Gabriel Sherman", "person"),
    ("A07", "What is the scandal of unmasking", 0, "Gabriel Sherman", "person"),
    ("A08", "Now we have tested, almost 40 million people", 0, TRUMP, "person"),
    ("A08", "There is no question that the more testing", 0, "Brett Giroir", "person"),
    ("A11", "If we don’t see significant transmission", 0, "Tina Hartert", "person"),
    ("A12", "This speech featured a president", 0, "Josh Schwerin", "person"),
    ("A12", "What a travesty on America’s birthday", 0, "Josh Schwerin", "person"),
    ("A12", "many, many good things are going to happen", 0, TRUMP, "person"),
    ("A12", "wipe out our history", 0, TRUMP, "person"),
    ("A16", "Good and Easy to Win", 0, "Donald Trump", "person"),
    ("A16", "We buy as much domestic can sheet aluminum", 0, "MillerCoors", "organization"),
    ("A16", "American workers and American consumers will suffer", 0, "MillerCoors", "organization"),
    ("A16", "China’s total exports of steel and aluminum", 0, ORLIK, "person"),
    ("A16", "Relative to fears from Trump’s campaign", 0, ORLIK, "person"),
    ("A17", "We only have one message", 0, "Tim Cook", "person"),
    ("A17", "You have no home here", 0, "Tim Cook", "person"),
    ("A17", "women aren't men", 0, "Meghan Murphy", "person"),
    ("A18", "The House chose this road", 0, MCCONNELL, "person"),
    ("A18", "build an iron-clad case to act", 0, "Pelosi", "person"),
    ("A18", "It's the House's obligation to build", 0, "Pelosi", "person"),
    ("A18", "It's not the Senate's job", 0, MCCONNELL, "person"),
    ("A19", "There were some that hoped", 0, MCCONNELL, "person"),
    ("A19", "The straight talk here", 0, MCCONNELL, "person"),
    ("A20", "Together, the Voter Transportation Ban", 0, "Priorities USA", "organization"),
    ("A21", "People are going to bed later", 0, None, "unknown"),
    ("A21", "Your body recharges while you sleep", 0, None, "unknown"),
    ("A21", "A growing group is experiencing insomnia", 0, "sleep study centers", "organization"),
    ("A22", "Not only the Joffrey", 0, "Ashley Wheater", "person"),
    ("A22", "And the arts are so fragile", 0, "Ashley Wheater", "person"),
    ("A22", "If it goes beyond that", 0, "Kevin Iega Jeff", "person"),
    ("A23", "China is going to eat our lunch", 0, BIDEN, "person"),
    ("A23", "The Chinese M.O. is simple", 0, TRUMP, "person"),
    ("A23", "want to take your throat out", 0, TRUMP, "person"),
    ("A23", "[The Chinese communists] are not bad folks", 0, BIDEN, "person"),
    ("A23", "There are people who wish I wouldn't", 0, TRUMP, "person"),
    ("A23", "the greatest theft in the history of the world", 0, TRUMP, "person"),
    ("A23", "I believe that a rising China", 0, BIDEN, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
