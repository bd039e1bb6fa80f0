"""The thirty-fifth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev35/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
TWO_THIRDS = 2 / 3
HAMBURG = "Hamburg anti-lockdown rally and counter-protest"
SAUGUS = "Saugus High School shooting"
INDIA = "India's population"
DEXA = "dexamethasone treatment of COVID-19 patients"
STOCKHOLM = "COVID-19 deaths in Stockholm"
NORWAY = "COVID-19 cases in Norway"
WORLD = "COVID-19 worldwide"
WARRIORS = "service members charged with war crimes and pardoned by Trump"
HEROES = "HEROES Act"
DRAFT_REPORT = "draft report"
FELBERBAUM = "Michael Felberbaum"
LAWYERS = "Kaepernick's lawyers"
NIPH = "the Norwegian Institute of Public Health"
EXPERTS = "some medical experts"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # H00 (Independent Journal Review): no numeric claim (the headline's "2 Days Later" and "two days of
    # ridicule" durations; "October 13, 2018", "October 14, 2018" dates).
    # H01 (Defense One): no numeric claim ("managed as one community" a determiner).
    # H02 (Fox News Opinion): no numeral.
    # H03 (The Reporters Committee for Freedom of the Press): no numeral ("many decades" no figure).
    # H04 (Rich Lowry): no numeric claim ("the 1619 Project" a name, three times; "last year" a date).
    # H05 (Heartland Institute): no numeric claim ("March 27th" a date; "Covid-19", "COVID-19" names).
    # H06 (Activist Post): the headline's "200,000+ New Users" ("N-plus" lower_bound, dev20/); "H.R. 6666" (three
    # times) an identifier; "March the 15th" a date; "over the past two months" a duration.
    ("H06", "200,000+ New Users", 0, "new_users", "New Users", 200000, None, "lower_bound",
     "censorship-free social network", None, "none", False, False),
    # H07 (RT News): the counter-protest crowd (protesters not core, dev9/); "One person was arrested" (a count
    # of one, `arrested`, core, as dev18/'s "One Arrested"; no cue in its sentence: "police said" closes the
    # sentence before); the court-ordered cap 750 (a limit, not core) and the requested "some 3,500-4,000" (a
    # range: "some" does not change a range, dev19/); "May 23, 2020" a date; "A bottle" a determiner.
    ("H07", "about 120 counter-protesters", 0, "counter_protesters", "counter-protesters", 120, 120, "approx",
     HAMBURG, None, "none", False, False),
    ("H07", "One person was arrested", 0, "arrested", "person", 1, 1, "exact", HAMBURG, None, "none", False,
     True),
    ("H07", "participants at 750", 0, "participant_cap", "participants", 750, 750, "exact",
     "Hamburg anti-lockdown rally", None, "none", False, False),
    ("H07", "some 3,500-4,000", 0, "participants_requested", "participants", 3500, 4000, "range",
     "Hamburg anti-lockdown rally", None, "none", False, False),
    # H08 (Orange County Register): the headline's "1 killed" and "at least 3 others wounded" (core); each of the
    # four photo captions' "left two dead" (repeated mentions each a claim; they disagree with the headline's
    # 1, both kept as written); "16-year-old" an age; "November 14, 2019" a date (four times).
    ("H08", "1 killed", 0, "killed", "killed", 1, 1, "exact", SAUGUS, None, "none", False, True),
    ("H08", "at least 3 others wounded", 0, "wounded", "others", 3, None, "lower_bound", SAUGUS, None, "none",
     False, True),
    ("H08", "left two dead", 0, "killed", "dead", 2, 2, "exact", SAUGUS, None, "none", False, True),
    ("H08", "left two dead", 1, "killed", "dead", 2, 2, "exact", SAUGUS, None, "none", False, True),
    ("H08", "left two dead", 2, "killed", "dead", 2, 2, "exact", SAUGUS, None, "none", False, True),
    ("H08", "left two dead", 3, "killed", "dead", 2, 2, "exact", SAUGUS, None, "none", False, True),
    # H09 (George Will): "three cases" (court cases, claims but not core, dev7/); Debs's "6 percent of the
    # presidential vote"; "1791", "1912" years; "One hundred and twenty-eight years passed" a duration; "First
    # Amendment" a name; "a case" a determiner.
    ("H09", "three cases", 0, "court_cases", "cases", 3, 3, "exact", "Supreme Court free-speech cases", None,
     "none", False, False),
    ("H09", "6 percent of the presidential vote", 0, "vote_share", "presidential vote", 6, 6, "exact",
     "Eugene Victor Debs, 1912 presidential election", None, "none", False, False),
    # H10 (Foreign Policy): population health statistics, none core, no cue ("have reported Type 2 diabetes" the
    # adults' own reports; "was reported as 4.2 and 3 percent" plain reporting, neither a source nor a hedge, as
    # dev26/'s "were reported"); "scores" vague 40/null (dev19/, dev31/); "Nearly"/"nearly" upper_bound; "4.2
    # and 3 percent, respectively" two claims; "nearly a third" upper_bound null/(1/3) (dev27/); the hypothetical
    # "could lead to hundreds of thousands of people being hospitalized" hedged ("could"), a projection, not
    # core; "aged 45-54", "aged 20-44", "aged 15-44 years", "between 15 and 45 years old", "over the age of 65"
    # ages; "Type 2 diabetes", "COVID-19" names.
    ("H10", "scores of young Indian adults", 0, "at_risk_young_adults", "young Indian adults", 40, None, "vague",
     INDIA, None, "none", False, False),
    ("H10", "Nearly 40 percent of Indian adults", 0, "hypertension_share", "Indian adults", None, 40,
     "upper_bound", "Indian adults aged 45-54", None, "none", False, False),
    ("H10", "22 percent of those", 0, "hypertension_share", "adults", 22, 22, "exact", "Indian adults aged 20-44",
     None, "none", False, False),
    ("H10", "nearly 4 percent of adults", 0, "type2_diabetes_share", "adults", None, 4, "upper_bound",
     "Indian adults aged 15-44", None, "none", False, False),
    ("H10", "2.1 million people", 0, "people_living_with_hiv", "people", 2_100_000, 2_100_000, "exact", INDIA,
     None, "none", False, False),
    ("H10", "of whom 83 percent", 0, "hiv_share_aged_15_45", "people living with HIV", 83, 83, "exact", INDIA,
     None, "none", False, False),
    ("H10", "4.2", 0, "chronic_pulmonary_disease_prevalence", "adults", 4.2, 4.2, "exact", "Indian adults", None,
     "none", False, False),
    ("H10", "3 percent", 1, "asthma_prevalence", "adults", 3, 3, "exact", "Indian adults", None, "none", False,
     False),
    ("H10", "nearly a third of adults", 0, "tobacco_use_share", "adults", None, ONE_THIRD, "upper_bound",
     "Indian adults", None, "none", False, False),
    ("H10", "hundreds of thousands of people being hospitalized", 0, "projected_hospitalized", "people", 200_000,
     None, "vague", "herd immunity strategy in India", None, "none", True, False),
    ("H10", "roughly 50 million Indians", 0, "population_over_65", "Indians", 50_000_000, 50_000_000, "approx",
     INDIA, None, "none", False, False),
    # H11 (The Daily Signal): the commission's "more than 260 recommendations" ("it has made": the actor, not a
    # source; none); "COVID-19" a name.
    ("H11", "more than 260 recommendations", 0, "recommendations", "recommendations", 260, None, "lower_bound",
     "National Coronavirus Recovery Commission", None, "none", False, False),
    # H12 (Newsmax): "88% of 320 ventilated COVID-19 patients died" two claims (the 320 new information, as
    # dev22/'s "48 of Scotland's 59 seats"): a share and a study sample, not core; credited to the nearer source
    # the sentence names, "a New York study" (document; "According to Reuters" wraps it); dexamethasone's
    # "one-third" and "one-fifth" fractions (reductions, not core), no cue; "recover four days faster" a duration
    # (a difference in recovery time); "COVID-19" a name.
    ("H12", "88% of 320 ventilated COVID-19 patients", 0, "ventilated_patient_death_share",
     "ventilated COVID-19 patients", 88, 88, "exact", "ventilated COVID-19 patients in New York",
     "a New York study", "document", False, False),
    ("H12", "320 ventilated COVID-19 patients", 0, "study_patients", "ventilated COVID-19 patients", 320, 320,
     "exact", "ventilated COVID-19 patients in New York", "a New York study", "document", False, False),
    ("H12", "deaths by one-third", 0, "death_reduction", "deaths", ONE_THIRD, ONE_THIRD, "exact",
     DEXA + " on ventilators", None, "none", False, False),
    ("H12", "by one-fifth", 0, "death_reduction", "deaths", 0.2, 0.2, "exact", DEXA + " on oxygen", None, "none",
     False, False),
    # H13 (FrontPage Magazine): the experts' shares ("some medical experts estimated": vague, as dev33/'s
    # "experts"; "estimated" no hedge cue); "Stockholm's first 15 coronavirus deaths, 6 of those who died were
    # Somalis" two tolls, `killed`, core (the "may be because" doubts the explanation, not the counts: not
    # hedged); "1 in 5", "1 in 100", "1 in 4" fractions (as dev27/'s "one out of every seven"), the first two
    # under "the Norwegian Institute of Public Health revealed that …"; "A week later, it was 1 in 4." none
    # (sentence-local); the Somali shares of cases none; shares not core; "early April" (twice) a date, "A week
    # later" a duration.
    ("H13", "40% of the coronavirus deaths in Stockholm", 0, "somali_share_of_deaths", "coronavirus deaths", 40,
     40, "exact", STOCKHOLM, EXPERTS, "vague", False, False),
    ("H13", "18% of the death toll in Sweden", 0, "somali_share_of_deaths", "death toll", 18, 18, "exact",
     "COVID-19 deaths in Sweden", EXPERTS, "vague", False, False),
    ("H13", "first 15 coronavirus deaths", 0, "killed", "coronavirus deaths", 15, 15, "exact", STOCKHOLM, None,
     "none", False, True),
    ("H13", "6 of those who died", 0, "killed", "those who died", 6, 6, "exact", "Somalis among " + STOCKHOLM,
     None, "none", False, True),
    ("H13", "1 in 5 cases", 0, "immigrant_share_of_cases", "cases", 0.2, 0.2, "exact", NORWAY, NIPH,
     "organization", False, False),
    ("H13", "1 in 100 Somalis", 0, "somali_positive_share", "Somalis", 0.01, 0.01, "exact",
     "Somalis in Norway", NIPH, "organization", False, False),
    ("H13", "1 in 4", 0, "immigrant_share_of_cases", "cases", 0.25, 0.25, "exact", NORWAY, None, "none", False,
     False),
    ("H13", "6% of confirmed cases", 0, "somali_share_of_cases", "confirmed cases", 6, 6, "exact", NORWAY, None,
     "none", False, False),
    ("H13", "17% of cases", 0, "somali_share_of_cases", "cases", 17, 17, "exact", "COVID-19 cases in Helsinki",
     None, "none", False, False),
    # H14 (Reuters): no numeric claim ("a few weeks" a duration; "Switzerland's largest bank" a rank).
    # H15 (DC Dirty Laundry): the headline's "9 Signs" (a headline count, as dev12/'s "11 questions"); the world
    # cases and deaths (core, no cue); inside Tedros's continued quotation the day's "106,000 cases reported to
    # WHO" (core), "Almost two-thirds of these cases" (upper_bound null/(2/3), a share) and "just four countries";
    # "In the last 24 hours" a duration, "a single day" no figure, "Tuesday" a date.
    ("H15", "9 Signs", 0, "signs", "Signs", 9, 9, "exact", "signs of the End Times", None, "none", False, False),
    ("H15", "more than 5 million confirmed cases", 0, "cases", "confirmed cases", 5_000_000, None, "lower_bound",
     WORLD, None, "none", False, True),
    ("H15", "more than 300,000 people have died", 0, "killed", "people", 300_000, None, "lower_bound", WORLD,
     None, "none", False, True),
    ("H15", "106,000 cases reported to WHO", 0, "cases", "cases", 106_000, 106_000, "exact",
     WORLD + ", one day", "Tedros", "person", False, True),
    ("H15", "Almost two-thirds of these cases", 0, "share_of_cases_in_four_countries", "cases", None, TWO_THIRDS,
     "upper_bound", WORLD + ", one day", "Tedros", "person", False, False),
    ("H15", "just four countries", 0, "countries", "countries", 4, 4, "exact", WORLD + ", one day", "Tedros",
     "person", False, False),
    # H16 (BBC News): no numeric claim ("weeks ago" a duration).
    # H17 (Andrew Napolitano): no numeral ("Thanksgiving Day" a date).
    # H18 (Ezra Klein): no numeric claim (the list numbers "9)", "10)", "11)").
    # H19 (Jonah Goldberg): "three great warriors" inside Trump's quotation → "Trump"; "were three men charged with
    # committing war crimes" (`charged`, not core: a charge is not an arrest, dev11/); "The three warriors", "all
    # three", "One hadn't even received a trial", "the two other men" references back to the same three (reference
    # counts, as dev29/'s "the five other regions").
    ("H19", "three great warriors", 0, "warriors_defended", "warriors", 3, 3, "exact", WARRIORS, "Trump",
     "person", False, False),
    ("H19", "three men charged", 0, "charged", "men", 3, 3, "exact", WARRIORS, None, "none", False, False),
    # H20 (Mediaite): "Two sources familiar with the matter tell me" (a count of sources, dev3/) in Yashar Ali's
    # pasted tweet → the tweet's author (dev27/); the tweets' "2.", "3.", "4.", "5." list numbers; "November 6,
    # 2019", "November 7, 2019" dates.
    ("H20", "Two sources", 0, "sources", "sources", 2, 2, "exact", "CBS News firing of the leaking staffer",
     "Yashar Ali", "person", False, False),
    # H21 (American Thinker): the page counts (compound counts, claims, dev33/), each mention a claim: the
    # headline's "75-pages" and "1,815-page", the body's "1,815-page monstrosity" and "75-page gem"; "page 1452"
    # a page number (an identifier); "H.R. 1" an identifier; "first place" an ordinal; "COVID–19" a name.
    ("H21", "75-pages", 0, "division_pages", "pages", 75, 75, "exact", HEROES + " Division P", None, "none",
     False, False),
    ("H21", "1,815-page", 0, "bill_pages", "pages", 1815, 1815, "exact", HEROES, None, "none", False, False),
    ("H21", "1,815-page", 1, "bill_pages", "pages", 1815, 1815, "exact", HEROES, None, "none", False, False),
    ("H21", "75-page gem", 0, "division_pages", "pages", 75, 75, "exact", HEROES + " Division P", None, "none",
     False, False),
    # H22 (InfoWars): no numeral ("Friday" a date).
    # H23 (Slate): no numeral.
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # H00: NBC's quoted tweet ("NBC wrote") → "NBC News" (the body's fullest form); Trump's words nested in it
    # with their own speech verb ("President Trump says ‘…’") an entry of their own, and again inside the pasted
    # NBC tweet (a quotation inside a pasted tweet is a quote, dev12/, dev27/) → "Donald Trump" (the body's
    # "President Donald Trump"); ‘Incredible,’ / ‘incredible.' / "incredible." one word; Trump's pasted tweet has
    # no marks.
    ("H00", "WATCH: President Trump says ‘Robert E. Lee", 0, "NBC News", "organization"),
    ("H00", "Robert E. Lee was a great general", 0, "Donald Trump", "person"),
    ("H00", "Robert E. Lee was a great general", 1, "Donald Trump", "person"),
    # H01: the draft report's words: "“…,” it says" (the excerpt's "it" is the draft report the next paragraphs
    # name), "It also plans … “as commercial and government entities …”" (a clause quoted from the report; the
    # nested ‘move toward the center’ has no speech verb of its own), "“…,” the draft report says" and its
    # resumption → four entries, "draft report" (document); “teams of space experts” after "the goal is to
    # deploy" (no verb of saying: a quoted term) not a quote.
    ("H01", "Similar to Special Forces personnel", 0, DRAFT_REPORT, "document"),
    ("H01", "as commercial and government entities", 0, DRAFT_REPORT, "document"),
    ("H01", "Major existing space acquisition programs", 0, DRAFT_REPORT, "document"),
    ("H01", "Over time, as current programs complete", 0, DRAFT_REPORT, "document"),
    # H02: “drain the swamp,” a slogan, “outrage from the twitterverse” a scare-quoted phrase: no quotes.
    # H03: “propaganda.” and “firewall” one word: no quotes.
    # H04: “white historians” a label ("sneered at the critics as … (or “…”)"); the letter's demand → "letter"
    # (document, the cue's noun: "a letter from McPherson, Oakes, and Wood, …, demanding “…”").
    ("H04", "prominent corrections of all the errors", 0, "letter", "document"),
    # H05: the Bloomberg article's title “Vaping Could Compound Health Risks …, FDA Says,” a title; Felberbaum's
    # quotation, its resumption and “E-cigarettes …,” Felberbaum said → three entries; "The article went on to
    # report that “…”" → "article" (document, the cue's noun).
    ("H05", "People with underlying health issues", 0, FELBERBAUM, "person"),
    ("H05", "This includes people who smoke", 0, FELBERBAUM, "person"),
    ("H05", "E-cigarettes can damage lung cells", 0, FELBERBAUM, "person"),
    ("H05", "Some health experts have speculated", 0, "article", "document"),
    # H06: the headline's “Explodes”, "teeth" one word; “national COVID health emergency.” a defined term.
    # H07: “Against conspiracy fantasies, …,” one of the posters read → "poster" (document: written words on a
    # sign); the German tweet has no marks.
    ("H07", "Against conspiracy fantasies", 0, "poster", "document"),
    # H09: "the court held: … speech that could “create a clear and present danger”" → "court" (organization; a
    # short quotation after a verb of ruling); “balancing” one word.
    ("H09", "create a clear and present danger", 0, "court", "organization"),
    # H10, H11, H12: no quotes (H12's "proning" one word).
    # H13: the headline, wholly in quotation marks, names no speaker → speaker null (unknown, as dev33/'s F19).
    ("H13", "Nearly All the Doctors Who Have Died", 0, None, "unknown"),
    # H14: Ermotti's quotation.
    ("H14", "Right now, it’s like we are in that moment", 0, "Sergio Ermotti", "person"),
    # H15: "the head of the WHO just told us that … “since the outbreak began”" → "Tedros" (a short quotation after
    # a verb of saying; the excerpt never gives a fuller name); his quotation and its resumption → two entries;
    # “pestilences” one word.
    ("H15", "since the outbreak began", 0, "Tedros", "person"),
    ("H15", "We still have a long way to go", 0, "Tedros", "person"),
    ("H15", "In the last 24 hours, there have been 106,000", 0, "Tedros", "person"),
    # H16: the lawyers' statement, five paragraphs after "Kaepernick's lawyers wrote:" (each paragraph reopens
    # the quotation) → five entries, "Kaepernick's lawyers" (person: the cue's words); the headline's
    # 'collusion' one word.
    ("H16", "We can confirm that this morning", 0, LAWYERS, "person"),
    ("H16", "This was done only after pursuing", 0, LAWYERS, "person"),
    ("H16", "If the NFL (as well as all professional", 0, LAWYERS, "person"),
    ("H16", "Such a precedent threatens all patriotic", 0, LAWYERS, "person"),
    ("H16", "Colin Kaepernick's goal has always been", 0, LAWYERS, "person"),
    # H17: "Thomas Jefferson's assertions in the Declaration of Independence that all humans “are created equal,
    # …”" → "Thomas Jefferson" (person: the assertions are his).
    ("H17", "are created equal, that they are endowed", 0, "Thomas Jefferson", "person"),
    # H18: "it wasn't acceptable to say, “We don't have the votes; …”" is what could not be said (a hypothetical
    # quotation, dev15/): not a quote.
    # H19: Trump's quotation; "According to Military.com, Trump's move has “blown a hole …, military law experts
    # say.”" → "Military.com" (organization); the headline's ‘Deep State’ a term.
    ("H19", "Just this week, I stuck up for three great warriors", 0, "Trump", "person"),
    ("H19", "blown a hole in the military justice system", 0, "Military.com", "organization"),
    # H20: inside Yashar Ali's pasted tweet, "an ABC News spokesperson tells me: “…”" → "ABC News spokesperson"
    # (a quotation inside a pasted tweet is a quote); "Ali reported CBS has fired “the staffer in question.”" →
    # "Yashar Ali" (a short quotation after a verb of saying; the fullest name, from the tweets' signature).
    ("H20", "We take violations of company policy", 0, "ABC News spokesperson", "person"),
    ("H20", "the staffer in question", 0, "Yashar Ali", "person"),
    # H21: the Act's names ("Health and Economic Recovery Omnibus …", "HEROES Act", ‘‘American Coronavirus/…’’,
    # ‘‘ACCESS Act’’, ‘Heroes Act’), "Division P" and "access" are names or one word; the pasted line "This Act
    # may be cited as …" has no outer marks: no quotes.
    # H22: Fauci's quotation, the uncued next paragraph (keeps the last speaker) and "“…,” Fauci added" → three
    # entries; the headline's ‘Prolonged’ one word, “Tucker Carlson” a show's name.
    ("H22", "I don’t want people to think", 0, "Fauci", "person"),
    ("H22", "Now is the time, depending upon", 0, "Fauci", "person"),
    ("H22", "In general, I think most of the country", 0, "Fauci", "person"),
    # H23: Walden's quotation and its resumption → two entries.
    ("H23", "For many of the clients we represent", 0, "Jim Walden", "person"),
    ("H23", "Our main goal is to convince WeWork", 0, "Jim Walden", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
