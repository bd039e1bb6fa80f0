"""The sixty-first (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev61/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

US_COVID = "COVID-19 in the United States"
WORLD_COVID = "COVID-19 worldwide"
US_MILITARY = "U.S. military since 9/11"
NM_SHERIFFS = "New Mexico gun-law opposition"
ALBUQUERQUE = "the Albuquerque Journal"
DISTRICT_STATEMENT = "statement from the school district"  # 804: the cue's noun with its modifiers
CDC = "CDC"  # 805: "the department stated on its website" (the CDC of the sentence before; no fuller name)
SANCHEZ = "Erick Sanchez"  # 805: "another posted", the pasted tweet after it is signed by him
CARROLL = "Will Carroll"
TRUMP = "Trump"  # 808, 814, 818: never given a first name in these excerpts
VINDMAN = "Vindman"  # 811: no fuller name in the excerpt
NEWMAN = "Alex Newman"
PERNA = "Gustave Perna"  # 814: "four-star Army Gen. Gustave Perna" (titles dropped)
BRIGHT = "Rick Bright"
HANNAH_JONES = "Hannah-Jones"  # 816: no first name in the excerpt
GRISHAM = "Michelle Lujan Grisham"  # 817: "Gov. Michelle Lujan Grisham"
ROCK = "Dwayne Johnson"  # 819: "Dwayne “The Rock” Johnson", the nickname dropped from the normalized name
VAN_NOSTRAND = "James Van Nostrand"
HAMILTON = "Chris R. Hamilton"
LETTER = "letter"  # 821: "the letter states" (Dreiband's letter to the governor)
NEWSOM = "Newsom"  # 821: no fuller name in the excerpt

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 800 (Charles Krauthammer): "a three-part presidential meltdown" a compound count (as dev10/'s "12-point
    # plan"); "the first 100 days" and "the last ten days" spans of time; "25th Amendment" a name; "May 13, 2017" a
    # date; "Air Force One" a name.
    ("800", "three-part presidential meltdown", 0, "meltdown_parts", "parts", 3, 3, "exact",
     "Trump presidency, May 2017", None, "none", False, False),
    # 801 (Daily Chela): no numeric claim ("three R’s of police reform" a name after "what is called"; "one of the
    # more specific proposals" "one of").
    # 802 (AlterNet): no numeral ("once-in-a-generation" an idiom, "both states" no numeral).
    # 803 (The Guardian): "All but one Democrat" counts the one (dev15/'s "all but one post-World War II
    # president"); "52 to 47" a vote split (dev8/: left out); "a four-term senator" a count of terms (dev14/'s
    # "four-term congressman"); "A handful", "a few polite claps" no numeral; "one of the chamber’s own members"
    # "one of"; "first sitting senator" an ordinal; "30-year-old letter" an age; "1986" a year.
    ("803", "one Democrat", 0, "democrats_voting_for", "Democrat", 1, 1, "exact",
     "Senate confirmation vote on Jeff Sessions", None, "none", False, False),
    ("803", "four-term senator", 0, "terms_served", "terms", 4, 4, "exact", "Jeff Sessions", None, "none", False,
     False),
    # 804 (The Hill): "voted 5-2" a vote split (left out); "Nov. 21" a date. No claim.
    # 805 (Sputnik News): the US case count → the Johns Hopkins statistics (document, as dev28/'s database); the
    # "6-foot social distancing" a distance (a measurement, dev4/'s "six feet") → the CDC instructions (document;
    # another annotator might write none: no verb of saying); the pasted tweets' dates are dates.
    ("805", "over 1.62 million confirmed cases", 0, "cases", "confirmed cases", 1_620_000, None, "lower_bound",
     US_COVID, "fresh John Hopkins University statistics", "document", False, True),
    ("805", "6-foot social distancing", 0, "distance", "feet", 6, 6, "exact", "CDC social distancing guidance",
     "major CDC instructions for citizens", "document", False, False),
    # 806 (CBS News): no numeral ("in a generation" an idiom, "December" a date).
    # 807 (Yahoo! News): "in at least one case" a count of one (lower_bound; a symptom anecdote, not a case tally of
    # an outbreak: not core); "12 days" a duration; "early March", "March 30" dates.
    ("807", "at least one case", 0, "hell_vision_cases", "case", 1, None, "lower_bound",
     "COVID-19 coma visions", None, "none", False, False),
    # 808 (Fox News): the “nearly 5 million” who joined the ranks (inside Trump's quotation marks → Trump; not a
    # deployment: not core); "nearly 7,000 service members have died" (`killed`, core, the writer's: none); "an
    # additional 4,000 troops to Afghanistan" (`deployed`, core) → "A senior U.S. official" (anonymous; "apparently"
    # softens the listening, not the figure). "9/11" a name, "the last 16 years" a duration.
    ("808", "nearly 5 million” men and women", 0, "joined_military", "men and women", None, 5_000_000,
     "upper_bound", US_MILITARY, "Trump", "person", False, False),
    ("808", "nearly 7,000 service members have died", 0, "killed", "service members", None, 7000, "upper_bound",
     US_MILITARY, None, "none", False, True),
    ("808", "4,000 troops", 0, "deployed", "troops", 4000, 4000, "exact", "United States in Afghanistan",
     "A senior U.S. official", "anonymous", False, True),
    # 809 (MarketWatch): the headline's "13 companies"; the world's cases and deaths (no cue: none; `cases` and
    # `killed`, core); "two organizations" a count with its members listed after the colon (dev9/); "December" a
    # date.
    ("809", "13 companies", 0, "companies_developing_treatments", "companies", 13, 13, "exact",
     "COVID-19 treatment and vaccine development", None, "none", False, False),
    ("809", "more than 194,000 people", 0, "cases", "people", 194000, None, "lower_bound", WORLD_COVID, None,
     "none", False, True),
    ("809", "killed at least 7,800", 0, "killed", "people", 7800, None, "lower_bound", WORLD_COVID, None, "none",
     False, True),
    ("809", "two organizations", 0, "funding_organizations", "organizations", 2, 2, "exact",
     "U.S. funding of COVID-19 treatment development", None, "none", False, False),
    # 810 (Democracy Now): a transcript without marks; "90 percent of these cases" → "Candice Jackson" (what she
    # said, relayed by the unnamed guest; "essentially" marks a paraphrase, not a hedge); "Number one", "number
    # two", "number three" list ordinals.
    ("810", "90 percent of these cases", 0, "drunk_share_of_cases", "cases", 90, 90, "exact",
     "campus sexual assault cases", "Candice Jackson", "person", False, False),
    # 811 (Associated Press): no numeric claim ("3 years old" an age; "1979", "October 2004", "2008", "July 2018"
    # dates; "40 years ago" in Vindman's quotation a time). "he was wounded" has no count.
    # 812 (The Daily Caller): the trial's "150 patients" (no cue: none); "two other drugs" → "Pharmaceutical
    # Technology" ("according to", an outlet: organization); "May", "Sunday" dates.
    ("812", "150 patients", 0, "trial_patients", "patients", 150, 150, "exact",
     "Asan Medical Center hydroxychloroquine trial", None, "none", False, False),
    ("812", "two other drugs", 0, "drugs_export_banned", "drugs", 2, 2, "exact", "United Kingdom export ban",
     "Pharmaceutical Technology", "organization", False, False),
    # 813 (Heartland Institute): literacy rates (no cue: none), "80 plus%" lower_bound ("N-plus", dev/);
    # "only two subject experts" in the parenthesis of "Newman called out Common Core in this way (…)" → Newman
    # (call: the parenthesis glosses his criticism; another annotator might write none).
    ("813", "90% for Union soldiers", 0, "literacy_rate", "Union soldiers", 90, 90, "exact",
     "literacy at the time of the Civil War", None, "none", False, False),
    ("813", "80 plus% for Confederate", 0, "literacy_rate", "Confederate soldiers", 80, None, "lower_bound",
     "literacy at the time of the Civil War", None, "none", False, False),
    ("813", "only two subject experts", 0, "subject_experts_per_committee", "subject experts", 2, 2, "exact",
     "Common Core standards committees", "Newman", "person", False, False),
    # 814 (CNBC): SARS's toll "killed nearly 800 people worldwide" (`killed`, core, an epidemic's toll; none);
    # "four-star Army Gen." a rank; "2002" a year; "within 18 months" and "12 to 18 months" (in Bright's quotation)
    # durations.
    ("814", "killed nearly 800 people", 0, "killed", "people", None, 800, "upper_bound", "SARS (2002–2003)",
     None, "none", False, True),
    # 815 (The Washington Post): "The media was saying 66,000 deaths" → "The media" (vague, as the seed's "news
    # sources"); "the CDC was under 40,000" → the CDC (organization; "under" upper_bound); "jumped by more than
    # 8,000 cases" (the week's toll's increase, `killed`, core, as dev12/'s daily increments) → the CDC's estimate
    # (organization; another annotator might write none, the writer's own comparison); "the two lines below" a
    # reference count; "May 1", "May 18", "April 25" dates; "In the last 17 days", "a few weeks ago" spans of time;
    # "the first confirmed death" an ordinal.
    ("815", "66,000 deaths", 0, "killed", "deaths", 66000, 66000, "exact", US_COVID, "The media", "vague", False,
     True),
    ("815", "under 40,000", 0, "killed", "deaths", None, 40000, "upper_bound", US_COVID, "the CDC",
     "organization", False, True),
    ("815", "more than 8,000 cases", 0, "killed", "cases", 8000, None, "lower_bound",
     "COVID-19 deaths in the U.S., week of April 25", "the CDC’s estimated death toll", "organization", False,
     True),
    # 816 (NPR Online News): no numeral.
    # 817 (Reason): both figures inside the Albuquerque Journal's quotations ("notes", then its resumption) →
    # organization; "all but a few" no numeral; "2017" a year.
    ("817", "33 county sheriffs", 0, "county_sheriffs", "county sheriffs", 33, 33, "exact", NM_SHERIFFS,
     ALBUQUERQUE, "organization", False, False),
    ("817", "at least 24 counties", 0, "sanctuary_counties", "counties", 24, None, "lower_bound", NM_SHERIFFS,
     ALBUQUERQUE, "organization", False, False),
    # 818 (CNN - Editorial): Trump's 2016 Oklahoma vote share (none); "2016" a year; "the next day" a time.
    ("818", "65% of the vote", 0, "vote_share", "vote", 65, 65, "exact", "Trump in Oklahoma, 2016 election",
     None, "none", False, False),
    # 819 (Daily Beast): "“100 percent run for president”" a certainty as a percentage (as dev18/'s "“100%”
    # certain"), inside his quotation ("he told Variety": the pronoun's referent); "2018", "2019", "2020", "2021",
    # "2024" years; "a few projects" no numeral.
    ("819", "100 percent run for president", 0, "certainty", "percent", 100, 100, "exact",
     "Dwayne Johnson running for president", "Dwayne “The Rock” Johnson", "person", False, False),
    # 820 (Christian Science Monitor): no numeral.
    # 821 (FrontPage Magazine): no numeral ("a few weeks away" no numeral; "Monday" a date).
    # 822 (American Thinker): "the 100 per cent carbon-free dream mandate" (the law's target share) and "yet
    # another taxpayer billion dollar boondoggle" (a compound figure, exact 1,000,000,000; call: another annotator
    # might read "billion dollar" as an idiom, like "multi-billion-dollar", and leave it out); both the writer's.
    ("822", "100 per cent carbon-free", 0, "carbon_free_mandate_share", "per cent", 100, 100, "exact",
     "Virginia clean energy legislation", None, "none", False, False),
    ("822", "billion dollar boondoggle", 0, "project_cost", "dollars", 1_000_000_000, 1_000_000_000, "exact",
     "Warren Buffett solar project in Arizona", None, "none", False, False),
    # 823 (WorldHealth.Net): no numeric claim ("2016" a year; "first-in-class" a label; "COVID-19" a name).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 800–803: no quotation ("three R’s of police reform", “Reduce”, “Reinvent”, “Defund The Police”, “lean in”
    # are a name, one word, a slogan and an idiom).
    # 804: the headline's 'factual' one word; the district's statement ("a statement from the school district said,
    # CNN reported") → the cue's noun (document).
    ("804", "Latson failed to respond to communications", 0, DISTRICT_STATEMENT, "document"),
    # 805: "“Circular firing squad: …", another posted" → Erick Sanchez (the pasted tweet after it, signed by him,
    # is the same post; call: another annotator might write null); "one remarked", "another asked" → null
    # (unknown: a pronoun, nobody named); the CDC's two wordings ("the department stated", "adding") → CDC. The
    # pasted tweets have no marks; 'Invisible' one word; “Trump Republicans” a label.
    ("805", "Circular firing squad: I can't believe", 0, SANCHEZ, "person"),
    ("805", "A knit mask is the perfect metaphor", 0, None, "unknown"),
    ("805", "Will someone send @alyssamilano", 0, None, "unknown"),
    ("805", "remains important to slowing the spread", 0, CDC, "organization"),
    ("805", "from common materials at low cost", 0, CDC, "organization"),
    # 806: Barbacane's answers are transcript lines without marks (not quotes); the question she voices inside
    # one, “What's the future gonna be for our kids?”, → "Robin Barbacane" (call: her own words, spoken; another
    # annotator might call it an unspoken thought, as dev3/'s f12, and leave it out).
    ("806", "What's the future gonna be for our kids?", 0, "Robin Barbacane", "person"),
    # 807: "COVID toes." a label ("referred to as"); Carroll's quotation ("he told the Chronicle") and its
    # resumption → two entries.
    ("807", "(The medical staff) couldn’t believe it", 0, CARROLL, "person"),
    ("807", "They were ecstatic because it was a success story", 0, CARROLL, "person"),
    # 808: the headline's 'America does not bend' ("vows"); “nearly 5 million” (his words in his speech, as
    # dev7/'s "almost a billion dollars"; call: another annotator might call a quoted figure an echo); Trump's
    # quotation, its resumption, and the last paragraph's → Trump.
    ("808", "America does not bend", 0, TRUMP, "person"),
    ("808", "nearly 5 million", 0, TRUMP, "person"),
    ("808", "We’re ensuring that they [terrorists]", 0, TRUMP, "person"),
    ("808", "We are making claim to these savage killers", 0, TRUMP, "person"),
    ("808", "America does not bend. We do not waver", 0, TRUMP, "person"),
    # 809, 810, 812, 815: none (815's “missing” one word; 810 a transcript without marks).
    # 811: the headline's ‘I am an American,’ ("Vindman reminds"); his opening statement's quotation and its
    # resumption → two entries.
    ("811", "I am an American", 0, VINDMAN, "person"),
    ("811", "Dad, I’m sitting here today", 0, VINDMAN, "person"),
    ("811", "Do not worry. I will be fine", 0, VINDMAN, "person"),
    # 813: "Newman had this to say:" → one entry. The colon line's list after "in this way" has no marks.
    ("813", "Common Core is more firmly in place today", 0, NEWMAN, "person"),
    # 814: the colon headline's 'It'll go away at some point' → Trump; "confident" and "perfectly" one word;
    # "Perna acknowledged that it will be a "Herculean task"" → Perna (call: two words inside a said-clause, as
    # dev29/'s "set up."); Bright's quotation and its resumption → two entries.
    ("814", "It'll go away at some point", 0, TRUMP, "person"),
    ("814", "Herculean task", 0, PERNA, "person"),
    ("814", "We've never seen everything go perfectly", 0, BRIGHT, "person"),
    ("814", "I still think 12 to 18 months", 0, BRIGHT, "person"),
    # 816: two quotations, each resumed after "says" → four entries; the headline's 'Individual Choices' an echo.
    ("816", "There's never been a moment in the history", 0, HANNAH_JONES, "person"),
    ("816", "They often don't have the same level", 0, HANNAH_JONES, "person"),
    ("816", "It is important to understand that the inequality", 0, HANNAH_JONES, "person"),
    ("816", "As long as individual parents continue", 0, HANNAH_JONES, "person"),
    # 817: the Journal's quotation ("notes") and its resumption → two entries (organization); the resolution's
    # wording ("dedicated county officials “to support …”") → "Quay County resolution" (document); "what she
    # called "rogue sheriffs throwing a childish pity party."" → Grisham (a clause-length description, as
    # dev29/'s McCaskill); 'Second Amendment sanctuary' a nested term.
    ("817", "The gun-related measures have drawn opposition", 0, "Albuquerque Journal", "organization"),
    ("817", "In addition, at least 24 counties", 0, "Albuquerque Journal", "organization"),
    ("817", "to support decisions by our Sheriff", 0, "Quay County resolution", "document"),
    ("817", "rogue sheriffs throwing a childish pity party", 0, GRISHAM, "person"),
    # 818: "denounced the racism … as "repugnant …,"" and "declare, there were " very fine people …"" → Trump.
    ("818", "repugnant to everything we hold dear", 0, TRUMP, "person"),
    ("818", "very fine people on both sides", 0, TRUMP, "person"),
    # 819: “The Rock” a nickname; “button” one word; "told Variety he would “100 percent run for president”" and the
    # caveat's quotation → two entries, Dwayne Johnson.
    ("819", "100 percent run for president", 0, ROCK, "person"),
    ("819", "Realistically, as we go into 2018", 0, ROCK, "person"),
    # 820: Van Nostrand's quotation; the book title “Coal Trap: …” (never closed) a title; “In this state …” his
    # resumption (after the title, no new cue); Hamilton's → "Chris R. Hamilton".
    ("820", "The big thing is culture", 0, VAN_NOSTRAND, "person"),
    ("820", "In this state we tend to think", 0, VAN_NOSTRAND, "person"),
    ("820", "I’m not prepared to concede", 0, HAMILTON, "person"),
    # 821: "cast the policy as "differential treatment"" a label; the letter's quotation ("the letter states") and
    # its resumption → two entries, "letter" (document; another annotator might write Dreiband, the letter's
    # writer); Newsom's ("said Monday") and "He expressed his "deep admiration"" → Newsom (call: two words after a
    # verb of expressing, as 814's "Herculean task"; another annotator might call it a label).
    ("821", "The Department of Justice does not seek", 0, LETTER, "document"),
    ("821", "However, we are charged with upholding", 0, LETTER, "document"),
    ("821", "but for the congregants, that's a few weeks away", 0, NEWSOM, "person"),
    ("821", "deep admiration", 0, NEWSOM, "person"),
    # 822: the legislation's 23-word wording ("embedded in this legislation is language which prevents … from
    # approving “…”") → "legislation" (document; a clause-length wording, not a term, as dev26/'s l18 bill; another
    # annotator might call it the statute's wording and leave it out).
    ("822", "any investor-owned utility to own, operate", 0, "legislation", "document"),
    # 823: "According to some reports this method has been billed as being a potential “first-in-class treatment
    # …”" → "reports" (document, the cue's noun); "Preclinical study findings are suggesting … as well as “a wide
    # range of viruses …”" → "Preclinical study findings" (document).
    ("823", "first-in-class treatment for coronavirus", 0, "reports", "document"),
    ("823", "a wide range of viruses and bacteria", 0, "Preclinical study findings", "document"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
