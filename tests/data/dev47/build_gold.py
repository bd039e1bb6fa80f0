"""The forty-seventh (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev47/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

TWO_THIRDS = 2 / 3  # fractions are written as fractions (as in dev3/), percentages as percents

NY_REPORT = "The report"  # the Partnership for New York City's report, "It" in its second sentence
TV_SHOWS = "American TV shows' settings and genres"
SUNSET = "Sunset District house price"
MIGRATION = "Americans' interstate migration"
NHL = "NHL season resumption"
YEMEN = "Saudi-led war in Yemen"
RUSSIA = "COVID-19 in Russia"
MURRAY = "Murray"
MORRISON = "Sean Morrison"
SCALISE = "Steve Scalise"
ROBLES = "Carlos Robles-Shanahan"
MOORE = "Michael Moore"
QUINTANILLA = "Carl Quintanilla"
JPM = "JPMorgan"
RASMUSSEN = "Angela L. Rasmussen"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # T00 (Ryan Cooper): "throw millions off their health insurance" (vague 2,000,000/null, people implied; the
    # writer's own charge about a plan, not hedged); "next year" a date; "near-daily" no numeral.
    ("T00", "millions off their health insurance", 0, "lose_health_insurance", "people", 2_000_000, None, "vague",
     "Republican health care plans", None, "none", False, False),
    # T01 (New York Post): "which costs … some $15 billion" (approx) → none (the relative clause is the writer's
    # gloss on SALT, as dev31/'s D12); "It also urged New York and six other regional states to … suspend billions
    # of dollars" → "The report" (the pronoun's referent; document); the dash clause's "$3 billion in sweeteners"
    # (Amazon's abandoned plan, the writer's example) → none; "one-and-two family homes" a kind of home.
    ("T01", "some $15 billion", 0, "salt_cap_cost_yearly", "dollars", 15_000_000_000, 15_000_000_000, "approx",
     "New York high earners, SALT deduction cap", None, "none", False, False),
    ("T01", "six other regional states", 0, "states_urged", "states", 6, 6, "exact",
     "regional tax-subsidy agreement", NY_REPORT, "document", False, False),
    ("T01", "billions of dollars", 0, "tax_subsidies", "dollars", 2_000_000_000, None, "vague",
     "regional tax-subsidy agreement", NY_REPORT, "document", False, False),
    ("T01", "$3 billion in sweeteners", 0, "amazon_hq_subsidies", "dollars", 3_000_000_000, 3_000_000_000,
     "exact", "Amazon's abandoned New York headquarters", None, "none", False, False),
    # T02 (Brookings Institution): the writer's own study, shares as fractions, none; "Nearly three-fourths" and
    # "almost half" upper_bound, "More than two-thirds" lower_bound; "a slight majority", "most", "every show" and
    # "a few Westerns" no numeral; "1950s", "1960s", "1980s", "1990s" decades; "(Table 2)" an identifier; "My Three
    # Sons", "30 Rock" titles.
    ("T02", "Nearly three-fourths of suburban TV shows", 0, "comedy_share", "suburban TV shows", None, 0.75,
     "upper_bound", TV_SHOWS, None, "none", False, False),
    ("T02", "almost half of suburban shows", 0, "drama_share", "suburban shows", None, 0.5, "upper_bound",
     TV_SHOWS, None, "none", False, False),
    ("T02", "More than two-thirds of Midwestern shows", 0, "comedy_share", "Midwestern shows", TWO_THIRDS, None,
     "lower_bound", TV_SHOWS, None, "none", False, False),
    # T03 (Orange County Register): the house's old price, its Zillow listing and the drop → none (the listing is
    # where the price is shown, no verb of citing); "15 months ago" a duration; "One result" a determiner.
    ("T03", "$1.89 million", 0, "house_sale_price", "dollars", 1_890_000, 1_890_000, "exact", SUNSET, None,
     "none", False, False),
    ("T03", "$1.78 million", 0, "house_listing_price", "dollars", 1_780_000, 1_780_000, "exact", SUNSET, None,
     "none", False, False),
    ("T03", "down $101,000", 0, "house_price_drop", "dollars", 101_000, 101_000, "exact", SUNSET, None, "none",
     False, False),
    # T04 (David Brooks): the two declines → none (sentence-local: "Cowen shows that …" is the sentence before
    # the first); "1950s and 1960s", "1980s" decades; "under 30" an age; "over the last generation" a span.
    ("T04", "plummeted by 51 percent", 0, "interstate_migration_decline", "percent", 51, 51, "exact", MIGRATION,
     None, "none", False, False),
    ("T04", "fallen 65 percent", 0, "young_business_owner_share_decline", "percent", 65, 65, "exact",
     "Americans under 30 who own a business", None, "none", False, False),
    # T05 (True Pundit): no numeric claim ("four to five days", "as long as 14 days" durations; "COVID-19" a name).
    # T06 (Big League Politics): the poll widget's "26 million unemployed" (a national statistic, not core);
    # "for weeks and weeks", "Wait two weeks", "eight weeks away" durations inside DeSantis's quotation.
    ("T06", "26 million unemployed", 0, "unemployed", "unemployed", 26_000_000, 26_000_000, "exact",
     "United States unemployment", None, "none", False, False),
    # T07 (Chicago Sun-Times): "six points" back; "3.4 percent playoff odds (per Moneypuck)" → organization;
    # "one common, neutral location per division" (a count of one, hedged: a prospect of "growing optimism",
    # "most likely"); "July", "September", "Wednesday", "2020-21 season" dates; "a few weeks" a duration.
    ("T07", "six points", 0, "points_behind_wild_card", "points", 6, 6, "exact", "Chicago Blackhawks", None, "none",
     False, False),
    ("T07", "3.4 percent playoff odds", 0, "playoff_odds", "percent", 3.4, 3.4, "exact", "Chicago Blackhawks",
     "Moneypuck", "organization", False, False),
    ("T07", "one common, neutral location", 0, "locations_per_division", "location", 1, 1, "exact", NHL, None,
     "none", True, False),
    # T08 (Fox Online News): no numeric claim ("in 2009" a date, "within four days" a duration, "several pretrial
    # rulings" no numeral, "a small group", "a Navy SEAL and an Army National Guard sergeant" articles; the
    # headline "SEAL, SOLDIER INJURIES …" holds no figure).
    # T09 (The Hill): the April massacre's toll (core; no cue: none); "several major U.S. metropolitan areas" no
    # numeral; "the past few decades" a span; "MS-13" a name.
    ("T09", "four people dead", 0, "killed", "people", 4, 4, "exact", "MS-13 massacre in Brentwood, April 2017",
     None, "none", False, True),
    # T10 (National Review): the Parkland toll (core, none); "last week" a date; "the oldest trick in the book" an
    # idiom.
    ("T10", "killed 17 people", 0, "killed", "people", 17, 17, "exact", "Parkland school shooting", None, "none",
     False, True),
    # T11 (The Guardian): the Yemen deaths (vague 2000/null) and the school bus boys (core, none); "murder of one
    # man" (Khashoggi: a count of one, core, hedged by "suspected"); "A tale of two houses" (a title's allusion,
    # not a count); "three years of bombing" a duration; "one of the west coast moguls" "one of".
    ("T11", "deaths of thousands of civilians", 0, "killed", "civilians", 2000, None, "vague", YEMEN, None, "none",
     False, True),
    ("T11", "death of 40 Yemeni boys", 0, "killed", "boys", 40, 40, "exact", "Saudi airstrike on a school bus in Yemen, August 2018",
     None, "none", False, True),
    ("T11", "murder of one man", 0, "killed", "man", 1, 1, "exact", "Jamal Khashoggi's disappearance", None, "none",
     True, True),
    # T12 (Guest Writer - Left): "the return of the remains of 55 US war dead" → "The White House" ("insists
    # that"; war dead `killed`, core, as dev17/'s war dead and dev33/'s 9/11 dead whose remains the site held).
    ("T12", "55 US war dead", 0, "killed", "US war dead", 55, 55, "exact", "Korean War remains returned by North Korea",
     "The White House", "organization", False, True),
    # T13 (Pravda Report): the day's cases, all `cases`, core, none (no cue; "were reported", "were detected",
    # "were registered" passive): the total, each region's count in the run-on list ("– 5,858" lost its place
    # name: Moscow), "105 each" one claim for two regions, "less than a hundred new cases" upper_bound per region;
    # "in 82 regions" a count of regions (not core); "Over the past 24 hours" a duration; "May 11" a date; "one
    # needs" a pronoun.
    ("T13", "10,559 new cases", 0, "cases", "new cases", 10559, 10559, "exact", RUSSIA, None, "none", False, True),
    ("T13", "82 regions", 0, "regions_with_cases", "regions", 82, 82, "exact", RUSSIA, None, "none", False, False),
    ("T13", "5,858", 0, "cases", "cases", 5858, 5858, "exact", "COVID-19 in Moscow", None, "none", False, True),
    ("T13", "829", 0, "cases", "cases", 829, 829, "exact", "COVID-19 in Moscow region", None, "none", False, True),
    ("T13", "312", 0, "cases", "cases", 312, 312, "exact", "COVID-19 in St. Petersburg", None, "none", False,
     True),
    ("T13", "272", 0, "cases", "cases", 272, 272, "exact", "COVID-19 in Nizhny Novgorod region", None, "none",
     False, True),
    ("T13", "181 cases", 0, "cases", "cases", 181, 181, "exact", "COVID-19 in Dagestan", None, "none", False,
     True),
    ("T13", "136", 0, "cases", "cases", 136, 136, "exact", "COVID-19 in Murmansk region", None, "none", False,
     True),
    ("T13", "105 each", 0, "cases", "cases", 105, 105, "exact",
     "COVID-19 in Kabardino-Balkaria and Yamal-Nenets Autonomous Okrug", None, "none", False, True),
    ("T13", "102", 0, "cases", "cases", 102, 102, "exact", "COVID-19 in Tatarstan", None, "none", False, True),
    ("T13", "less than a hundred new cases", 0, "cases", "new cases", None, 100, "upper_bound",
     "COVID-19 in Russia's other regions", None, "none", False, True),
    # T14 (Heartland Institute): "updated 16 times" (a count of times) and "36 million Americans … have applied
    # for unemployment" (a national statistic, not core), both none; "within three weeks" (in Murray's
    # quotation), "for 15 days", "at least five months", "at least the next quarter" durations; "April 30",
    # "March 26", "the end of March" dates; "double-digit drop" and "a large number of deaths" no numeral.
    ("T14", "updated 16 times", 0, "model_updates", "times", 16, 16, "exact", "IHME (Murray) COVID-19 model", None,
     "none", False, False),
    ("T14", "36 million Americans", 0, "unemployment_claims", "Americans", 36_000_000, 36_000_000, "exact",
     "United States unemployment claims, COVID-19", None, "none", False, False),
    # T15 (NPR): the meta-study's sample "over 100 cases" (a sample, not core; its description, none); "8 out of
    # 10 deaths" (a share: exact 8/10, as dev19/'s "three out of 10 Americans"; not core) → the CDC; "up to 33
    # days" a duration; "at least 65 years old" an age; "One meta-study" a determiner.
    ("T15", "over 100 cases", 0, "study_sample", "cases", 100, None, "lower_bound",
     "meta-study of virus RNA in stool samples", None, "none", False, False),
    ("T15", "8 out of 10 deaths", 0, "deaths_share_65_plus", "deaths", 0.8, 0.8, "exact",
     "COVID-19 deaths in the U.S.", "the CDC", "organization", False, False),
    # T16 (Mitú): no numeral.
    # T17 (Black Enterprise): no numeric claim ("twice as hard" in the opening quotation an idiom of effort, not a
    # multiplier; "For one" an idiom; "second class" an idiom).
    # T18 (The Western Journal): the headline's "$25 Million" → none; the pasted tweet's "$25 MILLION" → its
    # author, Steve Scalise (person, dev16/); "for days" a duration; "March 31, 2020" a date.
    ("T18", "$25 Million", 0, "kennedy_center_funding", "dollars", 25_000_000, 25_000_000, "exact",
     "Kennedy Center coronavirus relief funding", None, "none", False, False),
    ("T18", "$25 MILLION", 0, "kennedy_center_funding", "dollars", 25_000_000, 25_000_000, "exact",
     "Kennedy Center coronavirus relief funding", SCALISE, "person", False, False),
    # T19 (Guest Writer - Right): "80,000 fewer contraceptives" → "its own records" (Planned Parenthood's;
    # document); "by a cent" an idiom; "last year" a date; "Title X" a name.
    ("T19", "80,000 fewer contraceptives", 0, "contraceptives_decline", "contraceptives", 80_000, 80_000, "exact",
     "Planned Parenthood clinics", "its own records", "document", False, False),
    # T20 (New York Times - News): "his two siblings" (a family count, dev17/); "27" an age; "2004", "2010"
    # years; "two years later", "for a year" durations; "a ton of stuff" an idiom.
    ("T20", "two siblings", 0, "siblings", "siblings", 2, 2, "exact", ROBLES, None, "none", False, False),
    # T21 (Drudge Report): no numeric claim ("2016" (three times), "2020" years; "one of the few" "one of";
    # "Fifth Avenue" a name).
    # T22 (Business Insider): the headline's "10 big money managers" → none; "1.", "2." list numbers; "One can" a
    # pronoun.
    ("T22", "10 big money managers", 0, "money_managers_surveyed", "money managers", 10, 10, "exact",
     "Business Insider survey of money managers", None, "none", False, False),
    # T23 (WorldHealth.Net): no numeric claim ("up to 24 hours", "up to 3 days", "within hours" durations).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # T00: "as Tom Scocca argues, … Gorsuch will behave as a "partisan stooge."" (two words under a verb of
    # arguing, as dev29/'s "set up."); T01's (“SALT”) a one-word label.
    ("T00", "partisan stooge.", 0, "Tom Scocca", "person"),
    # T04: “The Complacent Class,” a title. T05: the report's words ("Research by JPMorgan shows that …"), then
    # Quintanilla's two tweets, each with a nested quotation of JPMorgan's words with its own verb ("arguing",
    # "adds JPM") → own entries.
    ("T05", "even after allowing for an appropriate measurement lag", 0, JPM, "organization"),
    ("T05", "JPMorgan has a devastating piece", 0, QUINTANILLA, "person"),
    ("T05", "even after allowing for an appropriate measurement lag", 1, JPM, "organization"),
    ("T05", "Same goes for various countries", 0, QUINTANILLA, "person"),
    ("T05", "This means that the pandemic", 0, JPM, "organization"),
    # T06: the uncued quotation → "Ron DeSantis" (the headline's "Ron DeSantis Takes Apart Media Lies", as
    # dev36/'s I16).
    ("T06", "You got a lot of people in your profession", 0, "Ron DeSantis", "person"),
    # T08: “high” one word. T09: the colon headline's 'Don't be too nice' (four words) and three quotations after
    # "he said" → "Trump" (only "Trump" is written).
    ("T09", "Don't be too nice", 0, "Trump", "person"),
    ("T09", "It is the policy of this administration", 0, "Trump", "person"),
    ("T09", "MS-13 is particularly violent", 0, "Trump", "person"),
    ("T09", "They life to knife", 0, "Trump", "person"),
    # T10: "That same student went on to declare that … “want to make a difference” and … “prefer money.”" → two
    # entries, "student"; the banned “every semi-automatic rifle …” has no speaker in the excerpt → null.
    ("T10", "want to make a difference", 0, "student", "person"),
    ("T10", "prefer money.", 0, "student", "person"),
    ("T10", "every semi-automatic rifle that’s sold in America", 0, None, "unknown"),
    # T12: "Trump has claimed … "a big war"" (three words after a verb of saying) → "Trump"; Sanders's quotation.
    ("T12", "a big war", 0, "Trump", "person"),
    ("T12", "He's had great success here", 0, "Sarah Sanders", "person"),
    # T13: “mask regime” a term. T14: Murray's quotation and its resumption; "According to the president, they then
    # insisted he “shut everything down.”" → the reported speakers, Birx and Fauci (as dev29/'s B17).
    ("T14", "In addition to a large number of deaths", 0, MURRAY, "person"),
    ("T14", "The estimated excess demand on hospital systems", 0, MURRAY, "person"),
    ("T14", "shut everything down.", 0, "Birx and Anthony Fauci", "person"),
    # T15: Morrison's quotation ("Morrison says"), the next after "he adds", and the uncued third → three entries.
    ("T15", "What I strongly recommend", 0, MORRISON, "person"),
    ("T15", "Particularly for older adults", 0, MORRISON, "person"),
    ("T15", "And yet it is what is going to get us through this.", 0, MORRISON, "person"),
    # T16: "Mr. Méndez wrote", "Ms. Vázquez said" (no first names in the excerpt).
    ("T16", "Our people demand total and absolute transparency", 0, "Méndez", "person"),
    ("T16", "I have nothing to fear", 0, "Vázquez", "person"),
    # T17: the opening quotation has no cue and no name in the excerpt → null; Venita Cooper's ("says").
    ("T17", "When I see images of Black Wall Street", 0, None, "unknown"),
    ("T17", "It’s impacted us in a lot of ways", 0, "Venita Cooper", "person"),
    # T18: Steil's tweet in marks ("Steil tweeted"), Scalise's two; ‘fiddlers’ one word; the pasted tweet has no
    # marks.
    ("T18", "This money should be spent fighting the virus", 0, "Steil", "person"),
    ("T18", "Nancy Pelosi literally held the bill up", 0, SCALISE, "person"),
    ("T18", "They ought to give that money back", 0, SCALISE, "person"),
    # T19: the Times editorial's headline ("declares the headline"), subhead ("the subhead …:") and words ("As the
    # Times editorial puts it") → the cues' words, document.
    ("T19", "It Just Got Harder to Get Birth Control in America", 0, "headline", "document"),
    ("T19", "Title X made sure poor women", 0, "subhead", "document"),
    ("T19", "has quietly been working to gut", 0, "Times editorial", "document"),
    # T20: Robles-Shanahan's two quotations, each resumed → four entries (his nested ‘Well, what’s the catch?’ is
    # his own words, no entry); ‘Dreamers’ one word.
    ("T20", "My initial reaction was", 0, ROBLES, "person"),
    ("T20", "It felt like it sounds too good to be true", 0, ROBLES, "person"),
    ("T20", "DACA changed a ton of stuff", 0, ROBLES, "person"),
    ("T20", "It was like a switch.", 0, ROBLES, "person"),
    # T21: the headline's quotation before the colon → "Michael Moore" (the subject after it); the body's seven
    # → "Michael Moore" (including the two-word “I believe him,” after "Moore said"); “liberate” one word.
    ("T21", "There Will Be No Election", 0, MOORE, "person"),
    ("T21", "it would be actually more dangerous", 0, MOORE, "person"),
    ("T21", "This was all before we watched", 0, MOORE, "person"),
    ("T21", "I have had a different lens", 0, MOORE, "person"),
    ("T21", "I always have taken him seriously", 0, MOORE, "person"),
    ("T21", "I believe him,", 0, MOORE, "person"),
    ("T21", "I believe that’s a true statement.", 0, MOORE, "person"),
    ("T21", "I think he’s very freaked out", 0, MOORE, "person"),
    # T22: Van Valen's quotation after her name and title; the Q&A answers have no marks.
    ("T22", "While they may temporarily suspend buybacks", 0, "Kera Van Valen", "person"),
    # T23: Munster's ("said virologist Vincent Munster") and Rasmussen's quotation and its resumption.
    ("T23", "Direct contact with people has the highest likelihood", 0, "Vincent Munster", "person"),
    ("T23", "A persistent problem in this pandemic", 0, RASMUSSEN, "person"),
    ("T23", "It could even have a detrimental effect", 0, RASMUSSEN, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
