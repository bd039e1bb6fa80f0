"""The sixty-fourth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev64/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The article key is the file name's first
three characters ("+00" … "+23").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

SANDWICH = "grilled three-cheese sandwich recipe"
CREAM_SPREAD = "cream cheese spread recipe"
GARLIC_SPREAD = "garlic spread recipe"
MODERNA = "Moderna's phase one vaccine study"
MODERNA_STUDY = "Moderna's phase one study"
FERGUSON = "Neil Ferguson"
TEXAS = "COVID-19 in Texas"
MCINTYRE = "Scott McIntyre"
ORWELL = "George Orwell"
FAUCI = "Anthony Fauci"
GUTERRES = "António Guterres"
DAMON = "Matt Damon"
SULZBERGER = "A. G. Sulzberger"
BEDINGFIELD = "Bedingfield"
CLUB = "club"
THEOHARIS = "Liz Theoharis"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # +00 (New York Times - Opinion): "Three other police officers watched" a count (not core: no toll or deployment);
    # "46 years old" an age; "in 2017" a year.
    ("+00", "Three other police officers", 0, "officers_present", "police officers", 3, 3, "exact",
     "George Floyd's arrest in Minneapolis", None, "none", False, False),
    # +01 (The Week - Opinion): no numeric claim ("zero moral ground to stand on" and "won't matter one bit" idioms,
    # no count; "the fall of 2018" a date).
    # +02 (FiveThirtyEight): the poll share → the Garin-Hart-Yang poll (document); "two statewide elections" none;
    # "a strong 13-point lead" (a compound count) → the PPP poll (document, the subject of "gave"); "(2010 and
    # 2014)" years; "314 Action" a name (twice); "Most respondents" no numeral.
    ("+02", "61 percent of Democrats", 0, "poll_share", "Democrats", 61, 61, "exact",
     "Colorado Senate Democratic primary", "the Garin-Hart-Yang poll", "document", False, False),
    ("+02", "two statewide elections", 0, "elections_won", "statewide elections", 2, 2, "exact",
     "John Hickenlooper", None, "none", False, False),
    ("+02", "13-point lead", 0, "poll_lead", "points", 13, 13, "exact", "Hickenlooper vs. Gardner",
     "another PPP poll", "document", False, False),
    # +03 (NPR Editorial): no numeric claim ("third election" an ordinal, "barely a year" a duration, "last month",
    # "In March" dates, "(@aarondmiller2)" an identifier).
    # +04 (Guest Writer): no numeric claim ("1984" a title, "Two Minutes Hate" a name, twice; "one object to
    # another", "one target to another", "each one" determiners).
    # +05 (The New Yorker): "one room" a count of one (the cabin's single room; call); "about fifteen of us" approx;
    # "two cups"; "half a mile" a distance (fraction 0.5); "For six weeks" a duration; "1989", "since 1906" dates;
    # "One of the things" "one of"; "one novelist's laugh" a determiner; "the first glimmerings" an ordinal.
    ("+05", "one room", 0, "cabin_rooms", "room", 1, 1, "exact", "MacDowell Colony cabin", None, "none", False,
     False),
    ("+05", "about fifteen of us", 0, "residents", "residents", 15, 15, "approx", "MacDowell Colony, winter 1989",
     None, "none", False, False),
    ("+05", "two cups", 0, "cups", "cups", 2, 2, "exact", "MacDowell Colony cabin", None, "none", False, False),
    ("+05", "half a mile", 0, "distance", "mile", 0.5, 0.5, "exact", "walk to the MacDowell Colony dinner", None,
     "none", False, False),
    # +06 (USA Today): a recipe: every ingredient quantity a measurement (claims), "three-cheese" a compound count
    # (twice); "for 5 minutes", "for 2 minutes" durations; "Double Gloucester" a name; "both sides", "each side"
    # no numeral.
    ("+06", "2 tablespoons heavy cream", 0, "ingredient_quantity", "tablespoons", 2, 2, "exact", CREAM_SPREAD,
     None, "none", False, False),
    ("+06", "¼ teaspoon coarse salt", 0, "ingredient_quantity", "teaspoon", 0.25, 0.25, "exact", CREAM_SPREAD,
     None, "none", False, False),
    ("+06", "1 cup mayonnaise", 0, "ingredient_quantity", "cup", 1, 1, "exact", GARLIC_SPREAD, None, "none",
     False, False),
    ("+06", "1½ teaspoons minced garlic", 0, "ingredient_quantity", "teaspoons", 1.5, 1.5, "exact", GARLIC_SPREAD,
     None, "none", False, False),
    ("+06", "½ teaspoon coarse salt", 0, "ingredient_quantity", "teaspoon", 0.5, 0.5, "exact", GARLIC_SPREAD,
     None, "none", False, False),
    ("+06", "three-cheese sandwich", 0, "cheeses", "cheeses", 3, 3, "exact", SANDWICH, None, "none", False,
     False),
    ("+06", "8 slices of artisan bread", 0, "ingredient_quantity", "slices", 8, 8, "exact", SANDWICH, None,
     "none", False, False),
    ("+06", "8 cheddar cheese slices", 0, "ingredient_quantity", "slices", 8, 8, "exact", SANDWICH, None,
     "none", False, False),
    ("+06", "8 provolone slices", 0, "ingredient_quantity", "slices", 8, 8, "exact", SANDWICH, None, "none",
     False, False),
    ("+06", "three-cheese sandwich", 1, "cheeses", "cheeses", 3, 3, "exact", SANDWICH, None, "none", False,
     False),
    ("+06", "two slices of cheddar", 0, "ingredient_quantity", "slices", 2, 2, "exact", SANDWICH, None, "none",
     False, False),
    ("+06", "four bread slices", 0, "ingredient_quantity", "bread slices", 4, 4, "exact", SANDWICH, None, "none",
     False, False),
    ("+06", "two slices of provolone", 0, "ingredient_quantity", "slices", 2, 2, "exact", SANDWICH, None,
     "none", False, False),
    # +07 (Drudge Report): the share price (a price, none); the study's sample and finding → the study (document,
    # a cited study and its sample); "all eight had developed antibodies" a claim of 8 (new information: all of
    # them); the headline's "for 30 Hours" a duration; "phase one" a stage's name; "Friday", "Thursday" dates.
    ("+07", "$68.60", 0, "share_price", "dollars", 68.6, 68.6, "exact", "Moderna shares", None, "none", False,
     False),
    ("+07", "45 participants", 0, "study_participants", "participants", 45, 45, "exact", MODERNA, MODERNA_STUDY,
     "document", False, False),
    ("+07", "eight participants", 0, "study_participants_tested", "participants", 8, 8, "exact", MODERNA,
     MODERNA_STUDY, "document", False, False),
    ("+07", "all eight had developed antibodies", 0, "developed_antibodies", "participants", 8, 8, "exact",
     MODERNA, MODERNA_STUDY, "document", False, False),
    # +08 (Quillette): Gallipoli's toll ("over ten thousand soldiers losing their lives": `killed`, lower_bound,
    # core, no cue); "April 25", "1915", "2015" dates; "largest single-day" no count.
    ("+08", "over ten thousand soldiers losing their lives", 0, "killed", "soldiers", 10000, None, "lower_bound",
     "Battle of Gallipoli", None, "none", False, True),
    # +09 (ProPublica): the distance "About 100 steps away" and its repetition in the caption (each a claim);
    # "hundreds of donations" vague 200/null; "mid 90s" an age; "August 1916", "1932" dates; "about 30 years
    # later", "nearly two decades" durations.
    ("+09", "About 100 steps", 0, "distance", "steps", 100, 100, "approx", "Anna cemetery graves", None, "none",
     False, False),
    ("+09", "hundreds of donations", 0, "donations", "donations", 200, None, "vague", "Anna Pelley memorial",
     None, "none", False, False),
    ("+09", "about 100 steps", 0, "distance", "steps", 100, 100, "approx", "Anna cemetery graves", None, "none",
     False, False),
    # +10 (RealClearPolitics): the scientists' fatality-rate belief (range, vague "many scientists", hedged: a
    # belief and projection, "if you believed its data"); "off by a factor of 10" a multiplier (none); Ferguson's
    # three predictions (hedged "could"/"would", person, not core: projections); the actual bird-flu and
    # swine-flu tolls (`killed`, core, none); "March 16", "2005", "2009", "2020" dates; "over the last 15 years"
    # a duration.
    ("+10", "2% to 5% of all infected patients", 0, "fatality_rate", "infected patients", 2, 5, "range",
     "COVID-19 fatality rate", "many scientists", "vague", True, False),
    ("+10", "a factor of 10", 0, "estimate_error_factor", "factor", 10, 10, "exact", "COVID-19 fatality rate",
     None, "none", False, False),
    ("+10", "200 million could die", 0, "projected_deaths", "people", 200_000_000, 200_000_000, "exact",
     "bird flu", FERGUSON, "person", True, False),
    ("+10", "deaths over the last 15 years turned out to be 455", 0, "killed", "deaths", 455, 455, "exact",
     "bird flu", None, "none", False, True),
    ("+10", "65,000 people could die", 0, "projected_deaths", "people", 65000, 65000, "exact",
     "swine flu in the U.K.", FERGUSON, "person", True, False),
    ("+10", "final number ended up around 392", 0, "killed", "deaths", 392, 392, "approx",
     "swine flu in the U.K.", None, "none", False, True),
    ("+10", "500,000 British would die", 0, "projected_deaths", "British", 500000, 500000, "exact",
     "COVID-19 in the U.K.", FERGUSON, "person", True, False),
    # +11 (PBS NewsHour): Lipsitch's projected infection share (range, hedged: a projection "will be infected");
    # the study's mortality rate and its multiplier → "A recent study" (document; "estimated that … is" a finding,
    # not hedged); "81 percent" of China's confirmed cases mild → none (China confirmed the cases, the share is not
    # credited; call); "Feb. 11" a date; "COVID-19" a name.
    ("+11", "between 40 percent and 70 percent of people", 0, "infected_share_projected", "people", 40, 70,
     "range", "COVID-19 worldwide", "Harvard epidemiologist Marc Lipsitch", "person", True, False),
    ("+11", "2.3 percent", 0, "mortality_rate", "percent", 2.3, 2.3, "exact", "COVID-19 mortality rate",
     "A recent study", "document", False, False),
    ("+11", "more than 20 times the death rate", 0, "mortality_rate_ratio_to_flu", "times", 20, None,
     "lower_bound", "COVID-19 mortality rate", "A recent study", "document", False, False),
    ("+11", "81 percent", 0, "mild_case_share", "cases", 81, 81, "exact", "COVID-19 cases confirmed by China",
     None, "none", False, False),
    # +12 (Foreign Policy): the world's refugees and internally displaced (world statistics, not core, as
    # `dev44/`'s W09; the writer's figures inside the officials' fear: none); hand-washing → UNICEF
    # (organization); "75-year history" a duration (inside Guterres's quotation); "second phase" an ordinal; "one
    # of the most effective" "one of".
    ("+12", "more than 25 million refugees", 0, "refugees", "refugees", 25_000_000, None, "lower_bound",
     "world refugee population", None, "none", False, False),
    ("+12", "40 million internally displaced people", 0, "internally_displaced", "internally displaced people",
     40_000_000, 40_000_000, "exact", "world internally displaced population", None, "none", False, False),
    ("+12", "More than 3 billion people", 0, "lacking_handwashing", "people", 3_000_000_000, None, "lower_bound",
     "world access to hand-washing facilities", "UNICEF", "organization", False, False),
    # +13 (Business Insider): "84% of their regular salaries" (a share, none); "early April", "next week" dates.
    ("+13", "84% of their regular salaries", 0, "salary_share_paid", "regular salaries", 84, 84, "exact",
     "French furlough scheme", None, "none", False, False),
    # +14 (CBS News): no numeric claim ("about eight weeks" a duration inside Damon's quotation; "one of the most
    # beautiful places" "one of"; "eldest" no numeral).
    # +15 (Pravda Report): no numeric claim ("ranked 8th" a rank, twice; "April 30", "May 11", "May 1 till May 9"
    # dates; "ten-day vacation" a duration; "a few working days" no numeral).
    # +16 (Rich Lowry): no numeral ("every . . . single . . . day" no count; "one of the Left's" "one of"; "First
    # Amendment" a name).
    # +17 (The Epoch Times): "two Obama administration officials" (a count of the two named officials, new
    # information, none); "a 2005 law", "in 2010" (twice) dates; "over the next year" a duration.
    ("+17", "two Obama administration officials", 0, "officials", "officials", 2, 2, "exact",
     "2010 DNA collection agreement", None, "none", False, False),
    # +18 (Washington Free Beacon): "nearly $800,000" upper_bound → the Center for Responsive Politics
    # (organization); the $10 million and the planned $60 million none (no cue; "will spend" a plan, not hedged);
    # "One of those groups" "one of"; "2020 elections" a year.
    ("+18", "nearly $800,000", 0, "pac_spending", "dollars", None, 800000, "upper_bound",
     "Vote Nurses Values PAC", "the Center for Responsive Politics", "organization", False, False),
    ("+18", "$10 million", 0, "pac_spending", "dollars", 10_000_000, 10_000_000, "exact", "Unite the Country",
     None, "none", False, False),
    ("+18", "$60 million", 0, "planned_spending", "dollars", 60_000_000, 60_000_000, "exact", "Future Majority",
     None, "none", False, False),
    # +19 (BBC News): no numeric claim ("both clubs" no numeral, "one day" inside a quotation no count).
    # +20 (The Daily Signal): no numeric claim ("more than 2,600 years ago" a time in the past; "countless" no
    # numeral).
    # +21 (CNBC): Texas's daily new cases ("about 1,000 per day", a daily increment, and the single-day high),
    # `cases`, core, none; "mid-April", "May 1", "late April and early May", "Monday", "Thursday" dates.
    ("+21", "about 1,000 per day", 0, "cases", "new reported cases", 1000, 1000, "approx", TEXAS, None, "none",
     False, True),
    ("+21", "single-day high of about 1,450", 0, "cases", "new reported cases", 1450, 1450, "approx", TEXAS,
     None, "none", False, True),
    # +22 (Heartland Institute): no numeric claim ("2013 edition", "1966 edition" years).
    # +23 (NPR): no numeric claim ("who is 77 now", "at age 14", "a 4-year-old" ages; "more than six decades ago",
    # "for decades" times; "when one person contracted polio" a generic determiner).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    ("+00", "please, don’t be too nice", 0, "Trump", "person"),
    ("+00", "When the looting starts, the shooting starts.", 0, "Trump", "person"),
    ("+04", "A hideous ecstasy of fear and vindictiveness", 0, ORWELL, "person"),
    ("+04", "rage that one felt", 0, ORWELL, "person"),
    ("+04", "was an abstract, undirected emotion", 0, ORWELL, "person"),
    ("+07", "cautiously optimistic", 0, FAUCI, "person"),
    ("+07", "Although the numbers were limited", 0, FAUCI, "person"),
    ("+07", "I am cautiously optimistic. We are developing", 0, "Carlos del Rio", "person"),
    ("+08", "Remembering the summary execution", 0, MCINTYRE, "person"),
    ("+08", "if the poorly-read, largely white", 0, MCINTYRE, "person"),
    ("+08", "terrorist attacks in history", 0, MCINTYRE, "person"),
    ("+09", "the only colored man who has ever lived", 0, "The Gazette", "organization"),
    ("+09", "I was born here and lived in the south", 0, "Michael Hunter", "person"),
    ("+10", "totally unreliable and a buggy mess", 0, None, "unknown"),
    ("+11", "exactly why we need to take it seriously", 0, "Gostin", "person"),
    ("+12", "We are facing a global health crisis", 0, GUTERRES, "person"),
    ("+12", "a near certainty.", 0, GUTERRES, "person"),
    ("+12", "We must recognize that the poorest countries", 0, GUTERRES, "person"),
    ("+14", "Obviously what's going on in the world", 0, DAMON, "person"),
    ("+14", "I'm with my whole family", 0, DAMON, "person"),
    ("+14", "early on", 0, DAMON, "person"),
    ("+14", "she got through it fine", 0, DAMON, "person"),
    ("+15", "We are now facing a new, perhaps the most intense", 0, "Vladimir Putin", "person"),
    ("+16", "the material publicized so far", 0, "report", "document"),
    ("+16", "The goal of this campaign is clearly", 0, SULZBERGER, "person"),
    ("+16", "which includes serving as a check on power", 0, SULZBERGER, "person"),
    ("+17", "collect DNA samples from individuals", 0, "DNA Fingerprint Act", "document"),
    ("+17", "intend[ed] to phase-in implementation", 0, "Janet Napolitano", "person"),
    ("+18", "These people or groups are essentially dark money", 0, BEDINGFIELD, "person"),
    ("+18", "So I think the point the Vice President", 0, BEDINGFIELD, "person"),
    ("+19", "respect the position of the players", 0, CLUB, "organization"),
    ("+19", "for the sake of women's football", 0, CLUB, "organization"),
    ("+19", "both clubs decided to join the strike action", 0, "Levante and Sporting de Huelva", "organization"),
    ("+19", "for those who will one day be in our place", 0, "top players", "person"),
    ("+20", "Jews are the children of the Exodus", 0, "Adrienne Price", "person"),
    ("+21", "definitely increasing but it's not to the point", 0, "Brian Reed", "person"),
    ("+22", "A militant minority", 0, "Aldo Leopold", "person"),
    ("+23", "There Was So Little Information", 0, None, "unknown"),
    ("+23", "When my parents would take me out", 0, "Ina Pinkney", "person"),
    ("+23", "My grandma would furiously take", 0, THEOHARIS, "person"),
    ("+23", "While everybody may have been exposed", 0, THEOHARIS, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
