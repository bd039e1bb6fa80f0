"""The fifty-ninth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev59/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
TWO_THIRDS = 2 / 3
PRESIDENTS = "religious affiliation of the first 43 U.S. presidents"
VACCINE = "Americans' interest in a coronavirus vaccine (Reuters/Ipsos-style poll)"
POLL = "The poll"
SCHAFFNER = "William Schaffner"  # 606: "Dr. William Schaffner" (titles dropped for speakers)
LIGHT = "visible light spectrum"
KERMAN = "stampede at Qassem Soleimani's funeral procession in his hometown"
STATE_TV = "state TV"
IRAN = "Iran"
RUSSIA_LIST = "COVID-19 in Russia (the list's totals)"
GAMZATKHANOV = "Magomedkhan Gamzatkhanov"
HAWLEY = "Josh Hawley"
LOWRY = "Rich Lowry"
ARREGUIN = "Arreguin"
KLOBUCHAR = "Klobuchar"
MICKLETHWAIT = "Micklethwait"
HU = "Lizbeth Hu"
SOURCE = "source"  # 623: the unnamed source Laura Kuenssberg relays (the origin, not the relay)

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 600 (The Week - News): no numeral ("for a few minutes" a duration, "one place" a determiner).
    # 601 (IVN): no numeric claim ("for decades" a duration; "7/5" a date; "Of the three branches of government" a
    # reference to the fixed set, not a count stated as news: call, another annotator might count it).
    # 602 (RealClearPolitics): no numeric claim ("Section 230" an identifier; "Wednesday", "Tuesday" dates; "in 2017"
    # a year; "one of a handful", "one of the first" "one of").
    # 603 (Guest Writer): no numeral ("Advertisement" a scrape line).
    # 604 (Jonah Goldberg): "About half were Episcopalian or Presbyterian" (approx 0.5, a fraction, of the presidents)
    # and "three were Christians of no formal affiliation" (3); "the first 43 presidents" and "The top four candidates"
    # are selections by rank (as dev8/'s "the first four states — …", the four named right after): not claims;
    # "winning two terms" a span of time (as dev19/'s "four whole presidential terms"); "2008", "2016" years; "first",
    # "second" ordinals.
    ("604", "About half", 0, "presidents_denomination_share", "presidents", 0.5, 0.5, "approx", PRESIDENTS, None,
     "none", False, False),
    ("604", "three were Christians", 0, "presidents_without_denomination", "presidents", 3, 3, "exact", PRESIDENTS,
     None, "none", False, False),
    # 605 (The Atlantic): no numeric claim ("the three of us" a reference count: the writer, the boss and the head of
    # HR; "full-time" a term).
    # 606 (InfoWars): the headline "Poll: A Quarter Of Americans" → "Poll" (vague, a colon headline tag, as dev41/'s
    # N02; 0.25 a fraction without a numeral, as dev15/'s u23 "Quarter Of Americans"); "The poll founds [sic] that 14%
    # …, and 10% …" → "The poll" (document); "that 24% dismissed the idea, two thirds, 66%, said …" → none (no cue in
    # the sentence; "two thirds" and "66%" each a mention, a fraction and a percentage); Schaffner's "somewhere around
    # 75 percent" inside his quotation → him (approx; not hedged: what he expected, stated, as dev15/'s u23); "at
    # least 70% of Americans" inside the quotation after "The Reuters report notes that health experts believe" →
    # "health experts" (vague, the inner cue, as dev15/'s u23 "Health experts tell Reuters"; another annotator might
    # write the Reuters report, document); a threshold, not hedged; "COVID-19" a name.
    ("606", "A Quarter Of Americans", 0, "vaccine_uninterested_share", "Americans", 0.25, 0.25, "exact", VACCINE,
     "Poll", "vague", False, False),
    ("606", "14%", 0, "vaccine_uninterested_share", "Americans", 14, 14, "exact", VACCINE, POLL, "document", False,
     False),
    ("606", "10%", 0, "vaccine_uninterested_share", "Americans", 10, 10, "exact", VACCINE, POLL, "document", False,
     False),
    ("606", "24%", 0, "vaccine_uninterested_share", "Americans", 24, 24, "exact", VACCINE, None, "none", False,
     False),
    ("606", "two thirds", 0, "vaccine_interested_share", "Americans", TWO_THIRDS, TWO_THIRDS, "exact", VACCINE, None,
     "none", False, False),
    ("606", "66%", 0, "vaccine_interested_share", "Americans", 66, 66, "exact", VACCINE, None, "none", False, False),
    ("606", "somewhere around 75 percent", 0, "expected_vaccine_interest_share", "percent", 75, 75, "approx",
     VACCINE, "Dr. William Schaffner", "person", False, False),
    ("606", "at least 70% of Americans", 0, "herd_immunity_threshold", "Americans", 70, None, "lower_bound",
     "COVID-19 herd immunity", "health experts", "vague", False, False),
    # 607 (Health Impact News): "ranges from 380 Nanometers … to approximately 780 nanometers" two claims ("from N to
    # M", dev40/), both → "scientists" ("that scientists say ranges", vague); "approximately one third of the visible
    # light spectrum" (approx 1/3) and "as much as 95 percent" (upper_bound null/95, "as much as" as "up to") → none;
    # "This single change" a determiner; "HEV", "LEDs", "EMF" names.
    ("607", "380 Nanometers", 0, "light_wavelength", "nanometers", 380, 380, "exact", LIGHT, "scientists", "vague",
     False, False),
    ("607", "approximately 780 nanometers", 0, "light_wavelength", "nanometers", 780, 780, "approx", LIGHT,
     "scientists", "vague", False, False),
    ("607", "approximately one third of the visible light spectrum", 0, "blue_light_share", "visible light spectrum",
     ONE_THIRD, ONE_THIRD, "approx", "blue light", None, "none", False, False),
    ("607", "as much as 95 percent", 0, "led_energy_saving", "percent", None, 95, "upper_bound",
     "LEDs compared to incandescent bulbs", None, "none", False, False),
    # 608 (John Fund): "the shooter who killed nine people" (the Dayton toll, core; "We’ve already learned that" names
    # no source → none); the Christchurch manifesto block quote holds no numeral; "one of the groups" "one of".
    ("608", "killed nine people", 0, "killed", "people", 9, 9, "exact", "Dayton, Ohio shooting", None, "none", False,
     True),
    # 609 (The Daily Signal): "Two laws deal primarily with federal troops …, according to the Congressional Research
    # Service" → organization; "Insurrection Act of 1807" (twice) a name; "the 14th Amendment" a name/ordinal; "one
    # provision", "another provision" determiners; "Both Presidents" a reference.
    ("609", "Two laws", 0, "laws_on_domestic_troops", "laws", 2, 2, "exact", "U.S. laws on federal troops at home",
     "the Congressional Research Service", "organization", False, False),
    # 610 (Bloomberg): "Iran said it is evaluating 13 possible ways …" → Iran (organization); "whose burial was
    # postponed after dozens of mourners died in a stampede" the writer's relative clause → none (vague 24/null,
    # `killed`, core); "hundreds of thousands have turned out" (vague 200,000/null, a crowd count: not core, none);
    # "leaving more than 50 dead and 213 injured, state TV reported" → state TV (organization), core; "as two large
    # crowds merged …, emergency officials said" → anonymous (unnamed officials; a count of crowds, not core); "Iran
    # served notice that it was assessing 13 scenarios" → Iran; "first in Iraq" an ordinal; "this week" a date.
    ("610", "13 possible ways", 0, "reprisal_options", "ways", 13, 13, "exact", "Iran's reprisal against the U.S.",
     IRAN, "organization", False, False),
    ("610", "dozens of mourners died", 0, "killed", "mourners", 24, None, "vague", KERMAN, None, "none", False, True),
    ("610", "hundreds of thousands have turned out", 0, "mourners_turnout", "people", 200000, None, "vague",
     "Qassem Soleimani's funeral processions", None, "none", False, False),
    ("610", "more than 50 dead", 0, "killed", "dead", 50, None, "lower_bound", KERMAN, STATE_TV, "organization",
     False, True),
    ("610", "213 injured", 0, "wounded", "injured", 213, 213, "exact", KERMAN, STATE_TV, "organization", False,
     True),
    ("610", "two large crowds", 0, "crowds_merged", "crowds", 2, 2, "exact", KERMAN, "emergency officials",
     "anonymous", False, False),
    ("610", "13 scenarios", 0, "reprisal_options", "scenarios", 13, 13, "exact", "Iran's reprisal against the U.S.",
     IRAN, "organization", False, False),
    # 611 (National Review): no numeric claim ("448275" in the headline's URL an identifier; "a 33-year-old banker"
    # an age; "January 24, 1975" a date; "Among the dead men" no numeral).
    # 612 (CNN (Web News)): "Tuesday's chemical attack on … Khan Sheikhoun, which killed 89 people" (core, no cue →
    # none); "the six-year civil war" a duration; "the first time" an ordinal; "Secondly", "Thirdly" ordinals inside
    # Haley's quotation.
    ("612", "killed 89 people", 0, "killed", "people", 89, 89, "exact", "Khan Sheikhoun chemical attack", None,
     "none", False, True),
    # 613 (Chicago Sun-Times): "A recent Harvard study suggests that … the only way … may be … resulting in thousands
    # of unnecessary deaths" → document, hedged ("may", a projection), `projected_deaths`, not core; "Two types of
    # tests are needed" (2, none); "into 2022" a year; "The first" an ordinal; "one of the right … things" "one of".
    ("613", "thousands of unnecessary deaths", 0, "projected_deaths", "deaths", 2000, None, "vague",
     "COVID-19 deaths in the U.S. under intermittent lockdowns (projection)", "A recent Harvard study", "document",
     True, False),
    ("613", "Two types of tests", 0, "test_types_needed", "types of tests", 2, 2, "exact", "COVID-19 testing", None,
     "none", False, False),
    # 614 (Natural News): no numeral ("COVID-19" a name; "the one first encountered" a pronoun).
    # 615 (Pravda Report): the list lines at the excerpt's start (scrape residue, no cue) → none: "the total number of
    # cases is 272 043 people" (`cases`, core), "2537 died" (`killed`, core), "63 166 recovered" (`recovered`, not
    # core, dev17/); subject our call: the list's totals are not tied to Dagestan in the excerpt (they read as
    # Russia's). "Ninety people were taken to the central hospital yesterday" inside Gamzatkhanov's quotation → him
    # (`hospitalized`, core); "(MMA)" a name; "one of the pioneers" "one of".
    ("615", "272 043 people", 0, "cases", "people", 272043, 272043, "exact", RUSSIA_LIST, None, "none", False, True),
    ("615", "2537 died", 0, "killed", "people", 2537, 2537, "exact", RUSSIA_LIST, None, "none", False, True),
    ("615", "63 166 recovered", 0, "recovered", "people", 63166, 63166, "exact", RUSSIA_LIST, None, "none", False,
     False),
    ("615", "Ninety people were taken to the central hospital", 0, "hospitalized", "people", 90, 90, "exact",
     "COVID-19 in Dagestan", "Gamzatkhanov", "person", False, True),
    # 616 (TechCrunch): the airline share moves, no cue → none (`stock_price_change`, as dev27/'s o16): "down 12.26%",
    # "off 21%", "17.28% drop"; "since 1987" a year; "for the next 30 days" a duration; "Wednesday evening" a date.
    ("616", "down 12.26%", 0, "stock_price_change", "percent", 12.26, 12.26, "exact", "United Airlines shares", None,
     "none", False, False),
    ("616", "off 21%", 0, "stock_price_change", "percent", 21, 21, "exact", "Delta shares", None, "none", False,
     False),
    ("616", "17.28% drop", 0, "stock_price_change", "percent", 17.28, 17.28, "exact", "American Airlines shares",
     None, "none", False, False),
    # 617 (San Francisco Chronicle): no numeric claim ("Sept. 24-27", "February", "Sunday’s" dates; "several
    # showdowns" no numeral; "this year" a date).
    # 618 (Damon Linker): no numeric claim ("a peg or two" an idiom; "No one" no numeral).
    # 619 (John Stossel): "it's half what it was 25 years ago" (0.5, the writer's own correction → none); "25 years
    # ago" a time; "20/20" a show's name; "A few personal injury lawyers" no numeral; "One man's skin" a determiner.
    ("619", "half what it was", 0, "crime_level_vs_25_years_ago", "crime", 0.5, 0.5, "exact", "U.S. crime level",
     None, "none", False, False),
    # 620 (Mediaite): no numeral in the text ("2020" in the headline a year; "some members" no numeral).
    # 621 (DC Dirty Laundry): no numeric claim ("77-Year-Barber" an age).
    # 622 (The New Yorker): no numeric claim ("first week", "sixteenth floor", "third shift" ordinals; "one of the
    # hospital’s outpatient clinics", "One of Dubin’s classmates" "one of"; "COVID-19" a name).
    # 623 (RT News): "as he had made the 400km journey" sits in what the “source” informed Kuenssberg of ("to say that
    # a “source” had informed her that …, as he had made …") → anonymous (the origin, not the relay, as the seed's
    # "Anonymous sources reported to the New York Times"; another annotator might write Laura Kuenssberg, or none for
    # the writer's added detail); "May 22, 2020" a date in the pasted tweet.
    ("623", "400km journey", 0, "travel_distance", "km", 400, 400, "exact", "Dominic Cummings' lockdown trip",
     "a “source”", "anonymous", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 600: Facebook "friends" one word. 601: “damage.” one word; “court packing” a term. 604, 607–609, 614: no quote
    # (604 none; 607's “Blue” one word; 608's “pro-Satan “leftist,” a label after "described himself as" and the
    # Christchurch block quote without marks; 609's “domestic violence.” and “insurrection, domestic violence,
    # unlawful combination, or conspiracy.” the statute's wording as terms, as dev51/'s X11 and X02; 614's
    # “Mutated” one word).
    # 602: the bill's “duty of good faith” and “selective enforcement of policies,” terms of the bill, no verb of
    # saying (as dev9/'s p04 petition terms; another annotator might give them to Hawley's bill, document); Hawley's
    # quotation and its resumption → two entries, "Josh Hawley"; "Carlson, who in 2017 called Google “the most
    # powerful company …,”" → "Tucker Carlson" (a clause, not a label of up to three words).
    ("602", "For too long, Big Tech companies", 0, HAWLEY, "person"),
    ("602", "Congress should act to ensure bad actors", 0, HAWLEY, "person"),
    ("602", "the most powerful company in the history of the world", 0, "Tucker Carlson", "person"),
    # 603: “The Crisis of Trumpism,” a title; “No officeholder in Washington,” Lowry writes, “seems to understand …”
    # → two entries (resumed after the cue), "Rich Lowry".
    ("603", "No officeholder in Washington", 0, LOWRY, "person"),
    ("603", "seems to understand President Donald Trump’s populism", 0, LOWRY, "person"),
    # 605: the first-person writer's lines ("I said", resumed, "I asked") → speaker null (unknown: the excerpt never
    # names the writer, as dev43/'s P16 and dev45/'s R05); "Absolutely, my boss said." has no marks; “Zoom fatigue,”
    # a label after "it’s been dubbed".
    ("605", "I’m so sorry, too,", 0, None, "unknown"),
    ("605", "But this is an unprecedented time", 0, None, "unknown"),
    ("605", "When this pandemic is over", 0, None, "unknown"),
    # 606: Schaffner's quotation and the one after "adding" → two entries, "William Schaffner"; the Reuters report's
    # quotation after "health experts believe" → "health experts" (person, unnamed, as dev15/'s u23; another annotator
    # might write "Reuters report", document), its nested “herd immunity,” a term; “very” / “somewhat” one-word;
    # Hotez's → "Peter Hotez".
    ("606", "It’s a little lower than I thought", 0, SCHAFFNER, "person"),
    ("606", "I would have expected somewhere around 75 percent", 0, SCHAFFNER, "person"),
    ("606", "at least 70% of Americans would need to be immune", 0, "health experts", "person"),
    ("606", "It’s not surprising a significant percentage", 0, "Peter Hotez", "person"),
    # 610: "Iran said it is evaluating 13 possible ways to inflict a “historic nightmare”" → "Iran" (organization;
    # call: two words inside a said-clause, as dev29/'s "inappropriate use"; another annotator might call it a label).
    ("610", "historic nightmare", 0, IRAN, "organization"),
    # 611: "Joseph concludes: “They appointed themselves …”" → one entry, "Joseph" (the only name given him);
    # “correct” and “anti-fascism,” one word; “don’t like” a two-word echo of Joseph's words without a verb (label).
    ("611", "They appointed themselves my father’s judge", 0, "Joseph", "person"),
    # 612: the headline's 'inevitable' and "idiocy." one word; Haley's quotation ("she said in the interview") →
    # "Nikki Haley" (the headline's "US envoy Nikki Haley").
    ("612", "Getting Assad out is not the only priority", 0, "Nikki Haley", "person"),
    # 613: Cooper's quotation and its resumption → two entries, "Cooper" (no fuller name in the excerpt); “herd
    # immunity” a term.
    ("613", "That’s not a price anybody should consider paying", 0, "Cooper", "person"),
    ("613", "Contact tracing is one of the right and necessary things", 0, "Cooper", "person"),
    # 615: Gamzatkhanov's two quotations ("told Sport Express", "Gamzatkhanov said") → "Magomedkhan Gamzatkhanov".
    ("615", "We have a catastrophic situation", 0, GAMZATKHANOV, "person"),
    ("615", "To understand what a Dagestani is", 0, GAMZATKHANOV, "person"),
    # 616: Rahbari's quotation ("told CNBC") and its resumption → two entries, "Ebrahim Rahbari".
    ("616", "We continue to emphasize that this Fed", 0, "Ebrahim Rahbari", "person"),
    ("616", "However, despite the sharp initial risk rally", 0, "Ebrahim Rahbari", "person"),
    # 617: Arreguin's three (said; said and resumed) → "Arreguin" (no fuller name in the excerpt).
    ("617", "I don’t want Berkeley being used as a punching bag", 0, ARREGUIN, "person"),
    ("617", "I am concerned about these groups", 0, ARREGUIN, "person"),
    ("617", "It’s something we have seen in Oakland", 0, ARREGUIN, "person"),
    # 618: "Sanders admitted that taxes would rise for "virtually everybody,"" → "Sanders" (two words after a verb of
    # saying; "Bernie" and "Sanders" never written together); Klobuchar's two → "Klobuchar".
    ("618", "virtually everybody", 0, "Sanders", "person"),
    ("618", "At least Bernie is being honest here", 0, KLOBUCHAR, "person"),
    ("618", "I want to give a reality check to Elizabeth", 0, KLOBUCHAR, "person"),
    # 619: Trump's three ("claiming that", "He claimed", "and that he had") → "Trump"; "Fake!" and "news" one word;
    # "Danger in the Grass!" a segment title.
    ("619", "crime is reaching record levels", 0, "Trump", "person"),
    ("619", "We had a very smooth rollout of the travel ban", 0, "Trump", "person"),
    ("619", "the biggest electoral college win since Reagan", 0, "Trump", "person"),
    # 620: the memo: “…,” Micklethwait writes. “We have …” (resumed) and the colon-introduced paragraph (never closed
    # in the excerpt) → three entries, "Micklethwait".
    ("620", "There is no point in trying to claim", 0, MICKLETHWAIT, "person"),
    ("620", "We have electoral laws to follow", 0, MICKLETHWAIT, "person"),
    ("620", "The place where Mike has had the most contact", 0, MICKLETHWAIT, "person"),
    # 621: the headline's “Essential” and “google” one word; "The website FAQ’s says, “Yes, we are still open …”" →
    # "website FAQ’s" (document; another annotator might write "Club Tabu"); "The club responded, “Data proves
    # different. …”" → "Club Tabu" (organization, its fullest name).
    ("621", "Yes, we are still open", 0, "website FAQ’s", "document"),
    ("621", "Data proves different", 0, "Club Tabu", "organization"),
    # 622: "he said, creating the look of a “ghostly arcade,”" → "Dubin" (call: two words inside a said-clause; another
    # annotator might call it a label); Hu's quotation ("Hu told me") and its resumption → two entries, "Lizbeth Hu".
    ("622", "ghostly arcade", 0, "Dubin", "person"),
    ("622", "Putting a patient on narcotics", 0, HU, "person"),
    ("622", "And I’ve done all of those things this week", 0, HU, "person"),
    # 623: “source” one word; "a “source” had informed her that Cummings’ trip was “within guidelines,” … so they
    # “could help with childcare …”" → two entries, "source" (the origin Kuenssberg relays; call: the words are those
    # of her tweet, and another annotator might write "Laura Kuenssberg"); the pasted tweet has no marks.
    ("623", "within guidelines", 0, SOURCE, "person"),
    ("623", "could help with childcare while he and his wife were ill", 0, SOURCE, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
