"""The forty-fourth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev44/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents

TRADE_WAR = "US-China trade war, August 2019"
CALIFORNIA = "California"
FARM_AID = "US trade-war farm bailout"
NY = "COVID-19 in New York State"
US_PROJ = "COVID-19 deaths in the United States (projections)"
SUBWAY = "New York City subway toilets"
DEBATES = "Commission on Presidential Debates criteria"
RUSSIA = "COVID-19 in Russia"
BIDEN = "Biden"
ABRAMS = "Dave Abrams"
DE_JUNIAC = "de Juniac"
CUOMO = "Andrew Cuomo"
MARCUS = "Marcus"
LEWIS = "Bobby Lewis"
GINGRICH = "Newt Gingrich"
OROURKE = "Beto O’Rourke"
DITTES = "Terry Dittes"
MOUSAVI = "Abbas Mousavi"
RBNZ = "Reserve Bank of New Zealand"
PELOSI_SCHUMER = (
    "House Democratic Leader Nancy Pelosi of California and Senate Democratic Leader Charles Schumer of"
    " New York"
)

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # Q00 (The Economist): Trump's announced tariffs, "tariffs of 10%" and "roughly $300bn of Chinese goods" (two
    # claims, the content of "President Donald Trump's surprise announcement … that he would impose": person; a
    # plan, not hedged); Brent "below $60 a barrel" (upper_bound, a price); "yields to 1.7%"; "by twice as much as
    # expected" (a multiplier, exact 2, dev14/). Not claims: "for 25 years", "four days earlier" (durations), "At
    # the end of July", "this year", "ten-year" (a bond's term), "in a decade".
    ("Q00", "tariffs of 10%", 0, "tariff_rate", "tariffs", 10, 10, "exact", TRADE_WAR, "President Donald Trump",
     "person", False, False),
    ("Q00", "roughly $300bn of Chinese goods", 0, "tariffed_imports_value", "Chinese goods", 300_000_000_000,
     300_000_000_000, "approx", TRADE_WAR, "President Donald Trump", "person", False, False),
    ("Q00", "below $60 a barrel", 0, "oil_price", "barrel", None, 60, "upper_bound", "Brent crude oil", None, "none",
     False, False),
    ("Q00", "yields to 1.7%", 0, "bond_yield", "yields", 1.7, 1.7, "exact", "American ten-year government bonds",
     None, "none", False, False),
    ("Q00", "twice as much as expected", 0, "rate_cut_multiple", "expected cut", 2, 2, "exact",
     "Reserve Bank of New Zealand rate cut", None, "none", False, False),
    # Q01 (Victor Hanson): "Some 27 percent" approx; "nearly 100,000 foreign nationals" (upper_bound, dev/) →
    # "officials" (anonymous; a monthly border statistic, not core); "about half of their incomes" approx 0.5 (the
    # "as if" concerns what the paying reveals, not the share: not hedged). Not claims: "Last month", "Huge numbers".
    ("Q01", "Some 27 percent of the state’s residents", 0, "foreign_born_share", "residents", 27, 27, "approx",
     CALIFORNIA, None, "none", False, False),
    ("Q01", "nearly 100,000 foreign nationals", 0, "border_stops_monthly", "foreign nationals", None, 100_000,
     "upper_bound", "US southern border", "officials", "anonymous", False, False),
    ("Q01", "about half of their incomes", 0, "tax_share_of_income", "incomes", 0.5, 0.5, "approx",
     "California upper-middle-class taxpayers", None, "none", False, False),
    # Q02 (Newt Gingrich): no numeric claim ("one word—billion" a determiner and a word, "within a few weeks",
    # "After weeks", "After one month", "one three-day period" durations, "mid-June" a date, "the first polls").
    # Q03 (Gallup): no numeric claim ("The majority of Democrats", "a majority of Republicans" no numeral, "One
    # America News" a name).
    # Q04 (Washington Free Beacon): Garcetti's promised cut → "Los Angeles mayor Eric Garcetti" (person, the
    # promiser; a plan, not hedged). "Every single Democrat" no numeral.
    ("Q04", "slash $150 million", 0, "police_budget_cut", "dollars", 150_000_000, 150_000_000, "exact",
     "LAPD budget", "Los Angeles mayor Eric Garcetti", "person", False, False),
    # Q05 (CBS News): the headline's "hundreds of people" (vague); the bailout's "$28 billion", "almost $3
    # billion" (upper_bound, dev16/), "more than $24 billion" (the administration the actor, not a source: none);
    # "one-third of it" (a fraction) "to just 4% of them"; "nearly $1 million in income per year" (an amount per
    # period, upper_bound). Not claims: "2018", "2019", "in March", "Depression-era".
    ("Q05", "hundreds of people in big cities", 0, "city_recipients_of_farm_aid", "people", 200, None, "vague",
     FARM_AID, None, "none", False, False),
    ("Q05", "$28 billion for farmers", 0, "farm_bailout_total", "dollars", 28_000_000_000, 28_000_000_000, "exact",
     FARM_AID, None, "none", False, False),
    ("Q05", "almost $3 billion to purchase surpluses", 0, "surplus_purchases", "dollars", None, 3_000_000_000,
     "upper_bound", FARM_AID, None, "none", False, False),
    ("Q05", "more than $24 billion in direct aid", 0, "direct_aid", "dollars", 24_000_000_000, None, "lower_bound",
     FARM_AID, None, "none", False, False),
    ("Q05", "one-third of it", 0, "bailout_share_to_biggest_farms", "money", ONE_THIRD, ONE_THIRD, "exact",
     FARM_AID, None, "none", False, False),
    ("Q05", "just 4% of them", 0, "farms_share", "farms", 4, 4, "exact", FARM_AID, None, "none", False, False),
    ("Q05", "nearly $1 million in income per year", 0, "eligible_income_yearly", "dollars", None, 1_000_000,
     "upper_bound", FARM_AID, None, "none", False, False),
    # Q06 (NPR): the world's case count "nearly 8,000" (`cases`, core, upper_bound); "more than a dozen countries"
    # (lower_bound 12, dev13/; not core). Not claims: "13:07" (a running time, five times), "the first day", "at
    # least a few cases" (no numeral, dev28/'s "a few virus cases"), "5G" (a name).
    ("Q06", "coronavirus cases has now reached nearly 8,000", 0, "cases", "coronavirus cases", None, 8000,
     "upper_bound", "COVID-19 worldwide", None, "none", False, True),
    ("Q06", "more than a dozen countries", 0, "countries_with_cases", "countries", 12, None, "lower_bound",
     "COVID-19 worldwide", None, "none", False, False),
    # Q07 (CNBC): "Scores of countries" (vague 40/null, dev19/); "limiting cabin luggage to one luggage" inside de
    # Juniac's quotation (a limit, a count of one, exact as worded; a proposal, not hedged). Not claims: "until
    # 2023", "14-day quarantine", "two weeks" (twice), "14 days" (durations).
    ("Q07", "Scores of countries", 0, "countries_requiring_quarantine", "countries", 40, None, "vague",
     "arrival quarantines", None, "none", False, False),
    ("Q07", "one luggage", 0, "cabin_luggage_limit", "luggage", 1, 1, "exact", "IATA's proposed flight measures",
     DE_JUNIAC, "person", False, False),
    # Q08 (Newsmax - Opinion): New York's record toll "over 1,800" (`killed`, core) → "New York state" (reported);
    # "The thousands of ventilators Gov. Andrew Cuomo had been crying out for" → Cuomo (his call; "apparently"
    # softens "not immediately needed", not the count: not hedged); the ship's "capacity of 1,000 beds"; the
    # Javits Center's "thousands of beds"; the projections (hedged, not core: projected tolls): "1 million to 2
    # million U.S. deaths" (range, none), "100,000 to 240,000 dead" → the White House briefing room, "projects
    # 81,000 deaths" → Birx ("said"), "an estimated 60,000 U.S. deaths" (approx; none, sentence-local); "dropped
    # 25%" (the change of the projection, none, not hedged). Not claims: "Tuesday", "Wednesday", "Last week's".
    ("Q08", "deaths from the virus on Tuesday, over 1,800", 0, "killed", "deaths", 1800, None, "lower_bound", NY,
     "New York state", "organization", False, True),
    ("Q08", "thousands of ventilators", 0, "ventilators_requested", "ventilators", 2000, None, "vague", NY,
     "Gov. Andrew Cuomo", "person", False, False),
    ("Q08", "capacity of 1,000 beds", 0, "hospital_ship_capacity", "beds", 1000, 1000, "exact",
     "U.S. Navy hospital ship Comfort", None, "none", False, False),
    ("Q08", "thousands of beds", 0, "field_hospital_beds", "beds", 2000, None, "vague", "Javits Center", None,
     "none", False, False),
    ("Q08", "1 million to 2 million U.S. deaths", 0, "projected_deaths", "deaths", 1_000_000, 2_000_000, "range",
     US_PROJ, None, "none", True, False),
    ("Q08", "100,000 to 240,000 dead", 0, "projected_deaths", "dead", 100_000, 240_000, "range", US_PROJ,
     "the White House briefing room", "organization", True, False),
    ("Q08", "projects 81,000 deaths", 0, "projected_deaths", "deaths", 81_000, 81_000, "exact", US_PROJ,
     "Dr. Deborah Birx", "person", True, False),
    ("Q08", "dropped 25%", 0, "projection_change", "projection", 25, 25, "exact", US_PROJ, None, "none", False,
     False),
    ("Q08", "an estimated 60,000 U.S. deaths", 0, "projected_deaths", "deaths", 60_000, 60_000, "approx", US_PROJ,
     None, "none", True, False),
    # Q09 (John Stossel): "hundreds get arrested for that in Britain every year" (vague; a national yearly
    # statistic, not core, dev15/). Not claims: "First Amendment", "First and Second Amendments" (names), "One
    # British police agency" (a determiner).
    ("Q09", "hundreds get arrested", 0, "social_media_arrests_yearly", "people", 200, None, "vague",
     "Britain, arrests for social media posts", None, "none", False, False),
    # Q10 (The Boston Globe): a share of deaths "according to state data" (document, dev29/'s "federal data"; a
    # share, not core). "multiple jobs" no numeral.
    ("Q10", "More than 60 percent of COVID-19 deaths", 0, "nursing_home_death_share", "COVID-19 deaths", 60, None,
     "lower_bound", "COVID-19 in Massachusetts", "state data", "document", False, False),
    # Q11 (Christian Science Monitor): "54% black" (a population share). "No one is immune", "Not everybody" no
    # numeral.
    ("Q11", "54% black", 0, "black_population_share", "population", 54, 54, "exact", "Savannah", None, "none",
     False, False),
    # Q12 (USA TODAY): "all seven of the remaining spending bills" (none); "six of the remaining seven budget
    # bills" (a claim of 6; the 7 a reference back) → Pelosi and Schumer (the idea they push; a plan, not hedged).
    # Not claims: "Dec. 21" (twice), "midnight Dec. 7", "by next week", "a one-year extension" (a duration),
    # "2019".
    ("Q12", "all seven of the remaining spending bills", 0, "remaining_spending_bills", "spending bills", 7, 7,
     "exact", "FY2019 federal appropriations", None, "none", False, False),
    ("Q12", "six of the remaining seven budget bills", 0, "bills_in_proposal", "budget bills", 6, 6, "exact",
     "FY2019 federal appropriations", PELOSI_SCHUMER, "person", False, False),
    # Q13 (Activist Post): "Over 100 different types of coronavirus", "over 100 different PCR-based and
    # antibody-testing methods" (lower_bound). Not claims: "COVID-19", "SARS-CoV-2", "RT-PCR" (names), "any number
    # of".
    ("Q13", "Over 100 different types of coronavirus", 0, "coronavirus_types", "types of coronavirus", 100, None,
     "lower_bound", "coronaviruses", None, "none", False, False),
    ("Q13", "over 100 different PCR-based and antibody-testing methods", 0, "testing_methods", "testing methods", 100,
     None, "lower_bound", "COVID-19 testing", None, "none", False, False),
    # Q14 (Reuters): no numeric claim ("A number of Facebook users" no numeral, "May 10" a date, "COVID-19").
    # Q15 (Pravda Report): Russia's cases "177 160" (a space as thousands separator: 177,160) and "11,231 were
    # detected" (`cases`, core), the toll "1,625 people have died" (`killed`, core), all none (no cue; "According
    # to the authorities" opens another sentence); "More than half of those infected" (a share, lower_bound 0.5).
    # Not claims: "in the last 24 hours" (a duration), "May 8, 2020", "May 7", "May 12", "ranked fifth".
    ("Q15", "177 160 confirmed cases", 0, "cases", "confirmed cases", 177_160, 177_160, "exact", RUSSIA, None, "none",
     False, True),
    ("Q15", "11,231 were detected", 0, "cases", "cases", 11_231, 11_231, "exact", RUSSIA, None, "none", False,
     True),
    ("Q15", "More than half of those infected", 0, "moscow_share_of_cases", "infected", 0.5, None, "lower_bound",
     RUSSIA, None, "none", False, False),
    ("Q15", "1,625 people have died", 0, "killed", "people", 1625, 1625, "exact", RUSSIA, None, "none", False, True),
    # Q16 (Independent Journal Review): no numeric claim ("the first stone", "the first lady", "For one thing").
    # Q17 (The Libertarian Republic): the headline's "328 Million People"; "only one candidate … was invited" (a
    # count of one); Perot's "18.91% of the popular vote"; "at least 15% support" (the rule's threshold as worded,
    # lower_bound) → "the CPD" (the rule-maker that "amended its criteria"); Nader "on the ballot in 43 states";
    # "the 15% poll criteria" (a repeat, exact 15, none). Not claims: "1992", "the 2000 election", "third-party",
    # "First Amendment", "the two major parties" (a reference count).
    ("Q17", "328 Million People", 0, "population", "people", 328_000_000, 328_000_000, "exact", "United States",
     None, "none", False, False),
    ("Q17", "only one candidate", 0, "third_party_debate_invitees", "candidate", 1, 1, "exact", DEBATES, None, "none",
     False, False),
    ("Q17", "18.91% of the popular vote", 0, "popular_vote_share", "popular vote", 18.91, 18.91, "exact",
     "Ross Perot, 1992", None, "none", False, False),
    ("Q17", "at least 15% support", 0, "debate_poll_threshold", "support", 15, None, "lower_bound", DEBATES,
     "the CPD", "organization", False, False),
    ("Q17", "43 states", 0, "ballot_access_states", "states", 43, 43, "exact", "Ralph Nader, 2000", None, "none",
     False, False),
    ("Q17", "15% poll criteria", 0, "debate_poll_threshold", "poll criteria", 15, 15, "exact", DEBATES, None, "none",
     False, False),
    # Q18 (Charles Krauthammer): "three top Trump-campaign officials" (none). Not claims: "a wasted 20 minutes" (a
    # duration in Donald Jr.'s quotation), "the ’40s and ’50s", "One might".
    ("Q18", "three top Trump-campaign officials", 0, "officials_at_meeting", "officials", 3, 3, "exact",
     "Trump Tower meeting", None, "none", False, False),
    # Q19 (The Texas Tribune): no numeric claim ("one of his final media appearances", "2012", "Monday",
    # "Thursday", "Friday").
    # Q20 (Detroit Free Press): the headline's "Hundreds of GM temp workers" (vague); "About 50 temps" let go
    # (approx; layoffs, not core). Not claims: "40-day strike" (a duration in Dittes's quotation), "2019 National
    # Agreement" (a name), "several locations", "early December", "Dec. 8", "last January".
    ("Q20", "Hundreds of GM temp workers", 0, "temps_made_permanent", "temp workers", 200, None, "vague",
     "General Motors temporary workers", None, "none", False, False),
    ("Q20", "About 50 temps", 0, "temps_let_go", "temps", 50, 50, "approx", "GM Marion Metal Center", None, "none",
     False, False),
    # Q21 (Slate): the subway's "more than 1,600 toilets" once, "just a few dozen" today (vague 24/null, as dev2/'s
    # "several dozen"), "more than 5 million daily riders" (all none: Molotch's cue is in the sentence before).
    # Not claims: "2010" (a year), "third spaces" (a term).
    ("Q21", "more than 1,600 toilets", 0, "subway_toilets_past", "toilets", 1600, None, "lower_bound", SUBWAY, None,
     "none", False, False),
    ("Q21", "a few dozen", 0, "subway_toilets", "toilets", 24, None, "vague", SUBWAY, None, "none", False, False),
    ("Q21", "more than 5 million daily riders", 0, "subway_daily_riders", "daily riders", 5_000_000, None,
     "lower_bound", SUBWAY, None, "none", False, False),
    # Q22 (WorldHealth.Net): no numeric claim ("1135 Waiver", "the 1135 waiver", "this waiver" an identifier).
    # Q23 (Press TV): no numeric claim ("Sunday" twice, "for months last year").
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # Q00: “currency manipulator” a label after "branded"; Powell's “returned to a simmer” ("as … noted");
    # the Reserve Bank's “heightened uncertainty” and “historically low” (two words each after "citing", as
    # dev29/'s B12 "inappropriate use").
    ("Q00", "returned to a simmer", 0, "Jerome Powell", "person"),
    ("Q00", "heightened uncertainty", 0, RBNZ, "organization"),
    ("Q00", "historically low", 0, RBNZ, "organization"),
    # Q02: three quoted paragraphs without a cue (the first closed, the second left open, the third reopened) in
    # the op-ed the colon headline gives to "Newt Gingrich" (call: the only name for the voice; another annotator
    # might write null).
    ("Q02", "The frustrated voters Trump was reaching out to", 0, GINGRICH, "person"),
    ("Q02", "After weeks of nonstop media criticism", 0, GINGRICH, "person"),
    ("Q02", "You would think this would have been cause", 0, GINGRICH, "person"),
    # Q03: "mixed diet" a term: no quote.
    # Q04: "rejecting what they call a "vested interest …"" (a clause after a naming verb, not a label) → the
    # legislators (the cue's words without "some"); Abrams's quotation and its resumption; Biden's two short
    # quotations "through a spokesman" → "Biden" (the sentence's sayer; another annotator might write
    # "spokesman"); Pelosi's.
    ("Q04", "vested interest in continuing the incarceration", 0, "Democratic state legislators", "person"),
    ("Q04", "Every single Democrat in the country", 0, ABRAMS, "person"),
    ("Q04", "Silence is part of the problem", 0, ABRAMS, "person"),
    ("Q04", "does not believe that police should be defunded", 0, BIDEN, "person"),
    ("Q04", "urgent need for reform", 0, BIDEN, "person"),
    ("Q04", "spend[ing] the resources we have", 0, "Pelosi", "person"),
    # Q05: the transcript label "President Trump:" → "Trump" (the excerpt's only name for him).
    ("Q05", "We will ensure the farmers get the relief", 0, "Trump", "person"),
    # Q07: de Juniac's five quotations (each reopening after a cue is its own entry); "self-quarantine" one word.
    ("Q07", "We are advocating with governments", 0, DE_JUNIAC, "person"),
    ("Q07", "We think that it is useless", 0, DE_JUNIAC, "person"),
    ("Q07", "Is it possible to have an aircraft full", 0, DE_JUNIAC, "person"),
    ("Q07", "provided we implement control and sanitary processes", 0, DE_JUNIAC, "person"),
    ("Q07", "you limit the risk of contamination", 0, DE_JUNIAC, "person"),
    # Q08: Cuomo's quotation and its resumption after "exulted Cuomo" → "Andrew Cuomo" (fullest in the excerpt).
    ("Q08", "We are flattening the curve", 0, CUOMO, "person"),
    ("Q08", "Thank God. Thank God. Thank God.", 0, CUOMO, "person"),
    # Q09: "weapon sweep" a term; "those tools have been "taken off the streets."" → the police agency's tweet,
    # continuing its "bragged on twitter" (call: a four-word quotation without a cue of its own; another annotator
    # might call it scare quotes).
    ("Q09", "taken off the streets.", 0, "British police agency", "organization"),
    # Q10: Morganroth Gullette's; Marcus's "wrote that" and "adding that" → two entries.
    ("Q10", "more money, better monitoring, and better pay", 0, "Morganroth Gullette", "person"),
    ("Q10", "quarantine fatigue is real", 0, MARCUS, "person"),
    ("Q10", "what Americans need now is a manual", 0, MARCUS, "person"),
    # Q11: Lewis's four quotations (two cued, two resumptions), Ford's one.
    ("Q11", "This virus ain’t racist", 0, LEWIS, "person"),
    ("Q11", "No one is immune. Everybody has to step up.", 0, LEWIS, "person"),
    ("Q11", "we’re trying to get from where we’ve been", 0, LEWIS, "person"),
    ("Q11", "Van Johnson’s attitude has been a big part of that", 0, LEWIS, "person"),
    ("Q11", "When COVID first came out", 0, "Sandra Elizabeth Ford", "person"),
    # Q13: “Reopening” one word; “positive cases”, “confirmed case fatality rates for COVID-19” ("so-called") and
    # “suspicion of infection.” terms: no quotes.
    # Q14: the caption's words after "the user says" → "user" (the cue's noun); "It continued:" → the caption (the
    # pronoun's referent, document; another annotator might keep "user").
    ("Q14", "when they forced their way into the morgue", 0, "user", "person"),
    ("Q14", "NHS your gonna get whats coming to you", 0, "Facebook caption", "document"),
    # Q15: Sobyanin's ("says:"); “plus” one word.
    ("Q15", "The fact that we have identified so many infected people", 0, "Sergei Sobyanin", "person"),
    # Q16: the headline's 'Food Snobs' a label after "Calls Out"; "“Let he who …,” I said" → "Bruni" (the
    # first-person writer of the passage is Bruni: "But he didn't stop with food. Bruni noted …"; another
    # annotator might write null); the block quote after "Bruni noted …:" has no marks.
    ("Q16", "Let he who is without a bag of microwave popcorn", 0, "Bruni", "person"),
    # Q17: "characterized these actions as “campaign-trail charades …”" (a long clause, not a label).
    ("Q17", "campaign-trail charades devoid of substance", 0, "Nancy Neuman", "person"),
    # Q18: Donald Jr.'s ("told Sean Hannity").
    ("Q18", "It was literally just a wasted 20 minutes", 0, "Donald Jr.", "person"),
    # Q19: O'Rourke's quotation, "He added that he wished his supporters' "enthusiasm …"" (a short quotation in a
    # sentence of saying), and his reply's resumption "that comes up a lot right now." ("Um," one word) → "Beto
    # O’Rourke" (the headline's full name); the radio hosts' question → null (unnamed questioner, dev7/'s m05;
    # another annotator might write "The Breakfast Club"); "The Daily Show", "The Breakfast Club" titles, 'fuck'
    # nested and one word.
    ("Q19", "Look, I would love to be doing a lot better", 0, OROURKE, "person"),
    ("Q19", "enthusiasm and dedication was reflected in the polls", 0, OROURKE, "person"),
    ("Q19", "How often do you yell", 0, None, "unknown"),
    ("Q19", "that comes up a lot right now", 0, OROURKE, "person"),
    # Q20: Dittes's emailed quotation, its resumption, and "said Dittes, but the union will be "vigilant …""
    # (under the same cue) → "Terry Dittes".
    ("Q20", "UAW members sacrificed during our 40-day strike", 0, DITTES, "person"),
    ("Q20", "We remain in conversations with General Motors", 0, DITTES, "person"),
    ("Q20", "vigilant to make sure that all hardworking", 0, DITTES, "person"),
    # Q21: Molotch's ("says the sociologist Harvey Molotch"); “third spaces” a term.
    ("Q21", "Freud, poo-poo, you don’t have to work hard", 0, "Harvey Molotch", "person"),
    # Q22: "a statement from the CMS … reads" → "statement from the CMS" (document, the cue's noun with its
    # modifier, as dev22/'s "statement from the campaign").
    ("Q22", "The benefits are part of the broader effort", 0, "statement from the CMS", "document"),
    # Q23: Mousavi's two quotations ("said", "the Iranian spokesman said"); ‘united China’ nested.
    ("Q23", "Non-interference in the affairs of other countries", 0, MOUSAVI, "person"),
    ("Q23", "Therefore, while emphasizing the importance", 0, MOUSAVI, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
