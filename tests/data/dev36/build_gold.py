"""The thirty-sixth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev36/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

NFL = "NFL players and fans"
NY27 = "New York's 27th District"
CA_PARKS = "California state parks reopening"
TX_POLL = "Texas voters on background checks (UT/TT poll)"
WUHAN = "coronavirus outbreak in China"
RUSSIA = "COVID-19 in Russia"
US_TOLL = "COVID-19 deaths in the United States"
US_PROJ = "Trump's projections of U.S. COVID-19 deaths"
IFCN_GRANT = "IFCN funding from Omidyar Network and Open Society Foundation"
WALMART = "Walmart sales, first quarter 2020"
TARGET_SALES = "Target digital sales, first quarter 2020"
HUFBAUER = "Gary Hufbauer"
ABBOTT = "Greg Abbott"
BIDEN = "Biden"
PAXTON = "Ken Paxton"
TRUMP = "Trump"
KRAUTHAMMER = "Krauthammer"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # I00 (San Francisco Chronicle): "about half its fans" (approx 0.5) and "maybe more than half its players"
    # (lower_bound 0.5) in the "If the owners follow …" conditional: both hedged ("If", "maybe"); "70 percent of
    # the league's players" exact; "a majority (however narrow) of Americans", "Almost all the protesting
    # players", "at least some protests" no numeral.
    ("I00", "about half its fans", 0, "fans_alienated_share", "fans", 0.5, 0.5, "approx", NFL, None, "none", True,
     False),
    ("I00", "more than half its players", 0, "players_alienated_share", "players", 0.5, None, "lower_bound", NFL,
     None, "none", True, False),
    ("I00", "70 percent of the league’s players", 0, "black_players_share", "league's players", 70, 70, "exact",
     NFL, None, "none", False, False),
    # I01 (Roll Call): the two margins (points, as dev10/'s "fallen by 15 points"); "less than half a percentage
    # point" upper_bound null/0.5; "the deep-red 27th District", "The 27th District" a name with an ordinal;
    # "2016", "2020", "last fall", "Monday" dates; "One GOP strategist" a determiner; "Several GOP candidates"
    # no numeral.
    ("I01", "by 25 points", 0, "vote_margin", "points", 25, 25, "exact", "Trump in " + NY27 + ", 2016", None,
     "none", False, False),
    ("I01", "less than half a percentage point", 0, "vote_margin", "percentage point", None, 0.5, "upper_bound",
     "Collins's reelection in " + NY27 + ", 2018", None, "none", False, False),
    # I02 (New York Post (News)): no numeric claim ("the two prestigious universities" a reference count of
    # Harvard and MIT, named in the headline; "Just weeks", "for months" durations; "COVID-19" a name).
    # I03 (Detroit Free Press): the rally crowd (approx, not core, as dev35/'s crowds); "two of his former
    # rivals" a claim of 2 (as dev22/'s "Two of the videos"); "82% of the residents"; "10 of the 14 states" two
    # claims (10; the 14 new information, as dev32/'s "only three of 42"); "Feb. 29", "November" dates.
    ("I03", "crowd of about 1,000 people", 0, "crowd_size", "people", 1000, 1000, "approx",
     "Biden rally in Detroit", None, "none", False, False),
    ("I03", "two of his former rivals", 0, "rivals_at_rally", "former rivals", 2, 2, "exact",
     "Biden rally in Detroit", None, "none", False, False),
    ("I03", "82% of the residents", 0, "african_american_share", "residents", 82, 82, "exact", "Detroit", None,
     "none", False, False),
    ("I03", "10 of the 14 states", 0, "states_won", "states", 10, 10, "exact", "Biden on Super Tuesday", None,
     "none", False, False),
    ("I03", "14 states voting", 0, "states_voting", "states", 14, 14, "exact", "Super Tuesday", None, "none",
     False, False),
    # I04 (Human Rights Watch): no numeral ("few options" none).
    # I05 (The New Yorker): no numeral ("COVID-19" a name).
    # I06 (Yahoo! News): "a 74-page decision" a compound count (dev35/'s "75-page"); "over the age of 65" an age;
    # "last month" dates; "COVID-19" a name.
    ("I06", "74-page decision", 0, "decision_pages", "pages", 74, 74, "exact", "Judge Fred Biery's ruling", None,
     "none", False, False),
    # I07 (The Mercury News): the headline's and the body's 27 parks each a claim; "50% or fewer of the parking
    # spaces" upper_bound null/50; the park counts none (Sandoval speaks in the next paragraph, sentence-local);
    # "As of Monday", "Friday" dates.
    ("I07", "27 California state parks", 0, "parks_reopening_lots", "state parks", 27, 27, "exact", CA_PARKS, None,
     "none", False, False),
    ("I07", "27 state parks", 0, "parks_reopening_lots", "state parks and beaches", 27, 27, "exact", CA_PARKS,
     None, "none", False, False),
    ("I07", "50% or fewer of the parking spaces", 0, "parking_spaces_available_share", "parking spaces", None, 50,
     "upper_bound", CA_PARKS, None, "none", False, False),
    ("I07", "280 state parks", 0, "state_parks", "state parks", 280, 280, "exact", "California state parks", None,
     "none", False, False),
    ("I07", "36 were closed", 0, "parks_closed", "state parks", 36, 36, "exact", CA_PARKS, None, "none", False,
     False),
    ("I07", "244 were open", 0, "parks_open", "state parks", 244, 244, "exact", CA_PARKS, None, "none", False,
     False),
    # I08 (The Texas Tribune): the two shootings' tolls (`killed`, core; "two mass shootings" a count of events,
    # not core); the poll shares have no cue in their sentences (the poll is named in the headline only: none,
    # as dev30/'s C22); "no subgroup's support was lower than 71%" → every subgroup at least 71: lower_bound
    # 71/null; "the February poll" a date; "A large majority" no numeral.
    ("I08", "two mass shootings", 0, "mass_shootings", "mass shootings", 2, 2, "exact", "Texas mass shootings, 2019",
     None, "none", False, False),
    ("I08", "22 dead", 0, "killed", "dead", 22, 22, "exact", "El Paso shooting", None, "none", False, True),
    ("I08", "7 dead", 0, "killed", "dead", 7, 7, "exact", "Odessa-Midland shooting", None, "none", False, True),
    ("I08", "81% of registered voters", 0, "poll_share", "registered voters", 81, 81, "exact", TX_POLL, None,
     "none", False, False),
    ("I08", "93% of Democrats", 0, "poll_share", "Democrats", 93, 93, "exact", TX_POLL, None, "none", False, False),
    ("I08", "74% of Republicans", 0, "poll_share", "Republicans", 74, 74, "exact", TX_POLL, None, "none", False,
     False),
    ("I08", "73% of independents", 0, "poll_share", "independents", 73, 73, "exact", TX_POLL, None, "none", False,
     False),
    ("I08", "lower than 71%", 0, "poll_share", "subgroup's support", 71, None, "lower_bound", TX_POLL, None, "none",
     False, False),
    # I09 (Julian Zelizer): "only had eight members" (the Supreme Court's seats filled); "last February 13" a
    # date; "the 1960s" a decade; "for decades" a duration.
    ("I09", "eight members", 0, "supreme_court_members", "members", 8, 8, "exact", "U.S. Supreme Court", None,
     "none", False, False),
    # I10 (Boston Herald): the outbreak's toll and infected in the sentence's dashed aside (background, not what
    # the economist told the Herald: none, as dev4/'s background figures); "three cities" locked down (not core);
    # "the tens of thousands of people" inside Hufbauer's quotation, hedged ("If"), a hypothetical (not core);
    # "a decade or two decades ago" durations; "2003" a year.
    ("I10", "17 people dead", 0, "killed", "people", 17, 17, "exact", WUHAN, None, "none", False, True),
    ("I10", "infecting hundreds of others", 0, "infected", "others", 200, None, "vague", WUHAN, None, "none", False,
     True),
    ("I10", "three cities", 0, "cities_locked_down", "cities", 3, 3, "exact", WUHAN, None, "none", False, False),
    ("I10", "tens of thousands of people", 0, "infected", "people", 20000, None, "vague", WUHAN, HUFBAUER, "person",
     True, False),
    # I11 (The Dallas Morning News): no numeric claim ("few COVID-19 cases" no numeral; "95.1 FM" a frequency, an
    # identifier; "last month" a date).
    # I12 (Damon Linker): the Cultural Revolution's toll "may have (literally) killed more than a million people"
    # (hedged "may"; a historical event's toll, core, as dev29/'s conquistadors); "at least three narrow
    # respects" lower_bound; "21st-century" an ordinal; "a small minority" no numeral.
    ("I12", "killed more than a million people", 0, "killed", "people", 1_000_000, None, "lower_bound",
     "China's Cultural Revolution", None, "none", True, True),
    ("I12", "at least three narrow respects", 0, "respects_of_comparison", "respects", 3, None, "lower_bound",
     "cancel culture compared with the Cultural Revolution", None, "none", False, False),
    # I13 (Pravda Report): Russia's daily figures; "as many as 10 899 cases" upper_bound (dev9/, as dev20/'s "As
    # many as 292") → "most recent reports" (vague); the rest none; the regions' parenthesized counts each a
    # claim (cases, core); "has exceeded 232,000 people" lower_bound; `recovered` not core; "83 regions", "84
    # regions" counts of regions; "in the last 24 hours" a duration; "April 30", "From May 10 to 12", "May 11",
    # "May 12" dates.
    ("I13", "as many as 10 899 cases", 0, "cases", "cases", None, 10899, "upper_bound", RUSSIA,
     "most recent reports", "vague", False, True),
    ("I13", "83 regions", 0, "regions_with_new_cases", "regions", 83, 83, "exact", RUSSIA, None, "none", False,
     False),
    ("I13", "5392", 0, "cases", "new infections", 5392, 5392, "exact", "COVID-19 in Moscow", None, "none", False,
     True),
    ("I13", "1063", 0, "cases", "new infections", 1063, 1063, "exact", "COVID-19 in Moscow region", None, "none",
     False, True),
    ("I13", "354", 0, "cases", "new infections", 354, 354, "exact", "COVID-19 in Nizhny Novgorod region", None,
     "none", False, True),
    ("I13", "107 people died", 0, "killed", "people", 107, 107, "exact", RUSSIA, None, "none", False, True),
    ("I13", "3,711 patients recovered", 0, "recovered", "patients", 3711, 3711, "exact", RUSSIA, None, "none",
     False, False),
    ("I13", "exceeded 232,000 people", 0, "cases", "people", 232000, None, "lower_bound", RUSSIA, None, "none",
     False, True),
    ("I13", "11,656 new infections", 0, "cases", "new infections", 11656, 11656, "exact", RUSSIA, None, "none",
     False, True),
    ("I13", "84 regions", 0, "regions_with_new_cases", "regions", 84, 84, "exact", RUSSIA, None, "none", False,
     False),
    ("I13", "94 people died", 0, "killed", "people", 94, 94, "exact", RUSSIA, None, "none", False, True),
    ("I13", "5,495 recovered", 0, "recovered", "people", 5495, 5495, "exact", RUSSIA, None, "none", False, False),
    # I14 (The Atlantic): Trump's projections → "Trump" (not core; "could", "maybe", "probably", "or whatever
    # the final number will be", "Hopefully" hedge them); "as few as 55,000" lower_bound (the mirror of "as many as", as dev15/'s "as little as six per
    # cent"); "60,000 or 70,000" one range (as dev25/'s "A plaintive tweet or two"); "65 or 70 or 60" one range
    # 60,000–70,000 (thousands, the unit of the figures around it; call); "below that 100,000 lives lost"
    # upper_bound; "that 100,000 figure" a repeated mention (none, not hedged); the actual tolls "about 56,000"
    # and "about 63,000" (`killed`, core, none); "April 10", "April 27", "April 29", "the end of May" dates, "A
    # week later", "within weeks" durations.
    ("I14", "as few as 55,000", 0, "projected_deaths", "deaths", 55000, None, "lower_bound", US_PROJ, TRUMP,
     "person", True, False),
    ("I14", "maybe reach 65,000", 0, "projected_deaths", "death toll", 65000, 65000, "exact", US_PROJ, TRUMP,
     "person", True, False),
    ("I14", "deaths numbered about 56,000", 0, "killed", "deaths", 56000, 56000, "approx", US_TOLL, None, "none",
     False, True),
    ("I14", "60,000 or 70,000", 0, "projected_deaths", "deaths", 60000, 70000, "range", US_PROJ, TRUMP, "person",
     True, False),
    ("I14", "the death toll was about 63,000", 0, "killed", "death toll", 63000, 63000, "approx", US_TOLL, None,
     "none", False, True),
    ("I14", "65 or 70 or 60", 0, "projected_deaths", "deaths", 60000, 70000, "range", US_PROJ, TRUMP, "person",
     True, False),
    ("I14", "below that 100,000 lives lost", 0, "projected_deaths", "lives lost", None, 100000, "upper_bound",
     US_PROJ, TRUMP, "person", True, False),
    ("I14", "that 100,000 figure", 0, "projected_deaths", "figure", 100000, 100000, "exact", US_PROJ, None, "none",
     False, False),
    # I15 (Los Angeles Daily News): "more than half of all deaths" (a share, not core; none); "hundreds of deaths
    # at these facilities" inside Ridley-Thomas's quotation (vague, `killed`, core); "Tuesday" a date.
    ("I15", "more than half of all deaths", 0, "nursing_facility_death_share", "deaths", 0.5, None, "lower_bound",
     "COVID-19 deaths in Los Angeles County", None, "none", False, False),
    ("I15", "hundreds of deaths", 0, "killed", "deaths", 200, None, "vague",
     "COVID-19 in Los Angeles County skilled nursing facilities", "Ridley-Thomas", "person", False, True),
    # I16 (CNS News): "only half his height" inside Trump's opening tweet (a fraction, 0.5; the opener's speaker
    # from the headline "Trump Exchanges Insults"; call: another annotator might leave a taunt out); "one of the
    # most egregious examples" "one of"; "this week", "for decades" durations and dates; "many occasions" no
    # numeral.
    ("I16", "half his height", 0, "height_ratio", "height", 0.5, 0.5, "exact", "Khan", TRUMP, "person", False,
     False),
    # I17 (Media Research Center): the headline's and the body's $1.3 million each a claim (the body's →
    # "Poynter announced"); the two gifts and Soros's donations have no cue (none); the headline's glued "204
    # Shares" a page widget's counter (scrape residue, as dev29/'s "Slideshow (5 Images)": not a claim); "June
    # 29", "2014" dates.
    ("I17", "$1.3 Million", 0, "funding", "dollars", 1_300_000, 1_300_000, "exact", IFCN_GRANT, None, "none",
     False, False),
    ("I17", "$1.3 million", 0, "funding", "dollars", 1_300_000, 1_300_000, "exact", IFCN_GRANT, "Poynter",
     "organization", False, False),
    ("I17", "$1 million", 0, "funding", "dollars", 1_000_000, 1_000_000, "exact", "Omidyar Network gift to IFCN",
     None, "none", False, False),
    ("I17", "$300,000", 0, "funding", "dollars", 300_000, 300_000, "exact", "Open Society Foundation gift to IFCN",
     None, "none", False, False),
    ("I17", "at least $12 billion", 0, "donations_lifetime", "dollars", 12_000_000_000, None, "lower_bound",
     "George Soros", None, "none", False, False),
    # I18 (Brookings Institution): no numeric claim ("9/11", "Post-9/11" names; "2004", "2010", "between 2010
    # and 2012" years; "Telework Enhancement Act of 2010" a name; "the first time" an ordinal).
    # I19 (HotAir): no numeric claim ("for almost 10 years now" a duration, inside McConnell's quotation).
    # I20 (Charles Krauthammer): no numeric claim ("In Less Than Seven Years", "seven years of Obamacare", "in
    # less than seven years" durations).
    # I21 (Drudge Report): no numeral.
    # I22 (Washington Monthly): the same body as dev32/'s E22 (and dev26/'s l22), annotated as there: the link
    # line's Walmart figures (no cue: none); Target's "went from 33% … to 282%" two claims and "80% of online
    # orders" ("Target said, noting") → "Target"; "the first quarter" an ordinal; "February", "April", "June",
    # "last year" dates.
    ("I22", "sales increase 10%", 0, "sales_growth", "sales", 10, 10, "exact", WALMART, None, "none", False,
     False),
    ("I22", "online buying grew 74%", 0, "online_sales_growth", "online buying", 74, 74, "exact", WALMART, None,
     "none", False, False),
    ("I22", "33%", 0, "digital_sales_growth", "digital sales", 33, 33, "exact", TARGET_SALES, "Target",
     "organization", False, False),
    ("I22", "282%", 0, "digital_sales_growth", "digital sales", 282, 282, "exact", TARGET_SALES, "Target",
     "organization", False, False),
    ("I22", "80% of online orders", 0, "orders_shipped_from_stores_share", "online orders", 80, 80, "exact",
     TARGET_SALES, "Target", "organization", False, False),
    # I23 (ABC News): no numeral ("a lot of people" none).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # I00: the words of Martin Luther King Jr. after a colon.
    ("I00", "There comes a time when silence is betrayal", 0, "Martin Luther King Jr.", "person"),
    # I01: McMurray's statement ("said in a statement Monday that").
    ("I01", "the real victims of Collins", 0, "Nate McMurray", "person"),
    # I02: the excerpt opens inside the lawsuit's quotation ("… ,” the Massachusetts federal lawsuit from
    # Wednesday alleges.") and its uncued resumption → two entries, "Massachusetts federal lawsuit"; the court
    # papers' and court documents' quotations → each cue's words (document; another annotator might give all
    # five to the lawsuit).
    ("I02", "educational options within the United States", 0, "Massachusetts federal lawsuit", "document"),
    ("I02", "Just weeks from the start of the fall semester", 0, "Massachusetts federal lawsuit", "document"),
    ("I02", "impossible, impracticable, prohibitively expensive", 0, "court papers", "document"),
    ("I02", "in reliance on ICE", 0, "court documents", "document"),
    ("I02", "effort by the federal government to force universities", 0, "court documents", "document"),
    # I03: "he told the crowd" and its two resumptions → "Biden" (named in the next paragraph, as dev29/'s B04);
    # the headline's 'Joementum' one word.
    ("I03", "Michigan, I’m counting on you", 0, BIDEN, "person"),
    ("I03", "This is a state we have to win in November", 0, BIDEN, "person"),
    ("I03", "I’ve always believed in Detroit", 0, BIDEN, "person"),
    # I04: Kanae Doi's quotation and its resumption; “guidelines” one word.
    ("I04", "Sports federations in Japan are allowed", 0, "Kanae Doi", "person"),
    ("I04", "This exposes children to unacceptable risks", 0, "Kanae Doi", "person"),
    # I06: Biery "wrote that …" (a four-word quotation after a verb of writing); Paxton "has argued that …" (a
    # short quotation after a verb of arguing); Paxton's quotation and its resumption.
    ("I06", "without immunity and fearfully disabled", 0, "Fred Biery", "person"),
    ("I06", "serve to facilitate fraud", 0, PAXTON, "person"),
    ("I06", "Mail ballots based on disability", 0, PAXTON, "person"),
    ("I06", "Fear of contracting COVID-19", 0, PAXTON, "person"),
    # I08: Joshua Blank's quotation and its resumption; the poll question's wording "support “requiring …”" →
    # the respondents' groups (as dev6/'s k19, dev20/'s z00; another annotator might write null or the poll).
    ("I08", "The reality is that attitudes to guns", 0, "Joshua Blank", "person"),
    ("I08", "A large majority of Democrats are in favor", 0, "Joshua Blank", "person"),
    ("I08", "requiring criminal and mental health background checks", 0, "Democrats, Republicans and independents",
     "person"),
    # I10: Hufbauer's quotation ("he said"), its resumption left open at the paragraph's end, and the next
    # paragraph's reopened quotation ("Hufbauer added").
    ("I10", "If the number affected in China multiplies", 0, HUFBAUER, "person"),
    ("I10", "The correlation between financial markets", 0, HUFBAUER, "person"),
    ("I10", "So if it spreads further", 0, HUFBAUER, "person"),
    # I11: Abbott's quotations: "he said", the short "than “let’s say the Dallas counties of the world.”" after
    # "he said", "he said", and the bullet's two short quotations under "the Republican governor said:"; “The
    # Chad Hasty Show” a title.
    ("I11", "We’ll put a new order in place", 0, ABBOTT, "person"),
    ("I11", "let’s say the Dallas counties of the world", 0, ABBOTT, "person"),
    ("I11", "They are ready to get going", 0, ABBOTT, "person"),
    ("I11", "is not going to be like it was before", 0, ABBOTT, "person"),
    ("I11", "won’t be fully opened", 0, ABBOTT, "person"),
    # I14: Trump's three quotations ("declaring", "mused that", "say"); the Times's ("noted … that").
    ("I14", "We’re probably heading to 60,000", 0, TRUMP, "person"),
    ("I14", "65 or 70 or 60 or whatever", 0, TRUMP, "person"),
    ("I14", "Hopefully, we’re going to come in below", 0, TRUMP, "person"),
    ("I14", "underestimates what his own administration", 0, "The New York Times", "organization"),
    # I15: Ridley-Thomas's quotation and its resumption.
    ("I15", "While some skilled nursing homes", 0, "Mark Ridley-Thomas", "person"),
    ("I15", "Now, more than ever, we must act", 0, "Mark Ridley-Thomas", "person"),
    # I16: the opening tweet without a cue → "Donald Trump" (the headline's "Trump Exchanges Insults", the
    # body's fullest name; as dev14/'s t16); Khan's op-ed words after "calling Donald Trump" → "Khan"; "the
    # “far right”" a term; the block after "According to Khan:" has no marks.
    ("I16", "Kahn reminds me very much of our very dumb", 0, "Donald Trump", "person"),
    ("I16", "one of the most egregious examples", 0, "Khan", "person"),
    # I17: Poynter's announcement "to support “…”" → "Poynter Institute" (the fullest name in the excerpt);
    # "The IFCN claims “we ensure …”" → "IFCN"; “forum of fact-checkers” a label (no verb of saying).
    ("I17", "fact-checking technology, impact tracking", 0, "Poynter Institute", "organization"),
    ("I17", "we ensure that funders have no influence", 0, "IFCN", "organization"),
    # I18: Congressman Tom Davis "stated, “[W]e now realize …”" (one quotation of two sentences).
    ("I18", "[W]e now realize that telework", 0, "Tom Davis", "person"),
    # I19: McConnell's quotation and its resumption.
    ("I19", "I would hate to be a Republican", 0, "Mitch McConnell", "person"),
    ("I19", "I think the American people would be deeply disappointed", 0, "Mitch McConnell", "person"),
    # I20: Krauthammer's quotation ("he told Fox News host Chris Wallace"), "This, he said, is the “great
    # irony”" (two words after a verb of saying; call, as dev29/'s "set up."), his quotation and its resumption
    # (closed by a straight mark, as drawn).
    ("I20", "Historically speaking we are at the midpoint", 0, KRAUTHAMMER, "person"),
    ("I20", "great irony", 0, KRAUTHAMMER, "person"),
    ("I20", "Obamacare failed at every level politically", 0, KRAUTHAMMER, "person"),
    ("I20", "Look at the terms of the debate", 0, KRAUTHAMMER, "person"),
    # I21: "she said" three times, "she" never named in the excerpt → speaker null (unknown); the quotation,
    # its resumption and the later one.
    ("I21", "The progress we’ve made in slowing the spread", 0, None, "unknown"),
    ("I21", "As a community, we’ve done this together", 0, None, "unknown"),
    ("I21", "Through our recovery journey", 0, None, "unknown"),
    # I22: Cornell's news-release quotation and its resumption (as dev32/'s E22).
    ("I22", "Throughout the first quarter, our team", 0, "Brian Cornell", "person"),
    ("I22", "In the face of those challenges", 0, "Brian Cornell", "person"),
    # I23: Noymer's quotation; "Bromage suggests asking yourself, “Are there too many people here …”" → "Bromage"
    # (call: the questions he poses, as dev26/'s l03 McArdle; another annotator might call it a hypothetical
    # quotation put in the reader's mouth).
    ("I23", "Just because something is open", 0, "Andrew Noymer", "person"),
    ("I23", "Are there too many people here", 0, "Bromage", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
