"""The sixty-fifth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev65/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first). The article key is the file name's first
three characters ("=00" … "=23").
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

MA_UNDOCUMENTED = "undocumented immigrants in Massachusetts"
PEW_DATA = "data from the Pew Research Center"
EAST_BOSTON = "East Boston family of undocumented immigrants"
PEW_SURVEY = "Americans' views of social media companies' control over news (Pew survey, July 2019)"
TESLA_Q1 = "Tesla, first quarter of 2020"
TESLA_2020 = "Tesla 2020 vehicle deliveries"
PAKISTAN = "Pakistan's schoolchildren"
TAYLOR = "Breonna Taylor shooting"
WUHAN = "COVID-19 in Wuhan"
DESPAIR = "deaths of despair in the United States"
REYNOLDS = "Reynolds"  # =23: the excerpt never gives a first name
SCHAFFNER = "William Schaffner"
INGRAHAM = "Laura Ingraham"  # =17: the headline's full name; the body writes "Ingraham"
MILLER = "Benjamin Miller"
NISAR = "Kainat Nisar"
MAXWELL_COOPER = "Kristen Maxwell Cooper"
BIDEN = "Biden"  # =10: the excerpt never gives a first name
MASTER = "master"  # =18: "went on the master"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # =00 (Ben Shapiro): "two possible interpretations of events" (a count, "possible" qualifies the interpretations,
    # not the figure: not hedged); "in 2017" a year; "The first", "the second" ordinals; "decades" a span of time;
    # "a bevy of women" no numeral.
    ("=00", "two possible interpretations", 0, "interpretations", "interpretations", 2, 2, "exact",
     "Democrats' reaction to Al Franken's resignation", None, "none", False, False),
    # =01 (Independent Journal Review): no numeric claim (pasted tweets' dates and links, "AT&T", "Several Atlanta
    # fire trucks" no numeral, "Fernando Alfonso III" a name).
    # =02 (The Boston Globe): the 250,000 and the 5 percent → "data from the Pew Research Center" (document, cited
    # data as dev29/'s "federal data" and dev31/'s D00; the cue closes the
    # sentence, the share in its relative clause); "$2 trillion stimulus plan", "millions of undocumented immigrants"
    # (vague 2,000,000/null), the family's counts and savings → none; "family of three" and "two incomes" family
    # counts (claims, as dev17/'s "her two daughters"); "to none" and "Not a penny" no numeral; "One East Boston
    # family" a determiner; "March 6" a date; "to last a month" a duration.
    ("=02", "more than 250,000 unauthorized immigrants", 0, "unauthorized_immigrants", "unauthorized immigrants",
     250000, None, "lower_bound", MA_UNDOCUMENTED, PEW_DATA, "document", False, False),
    ("=02", "about 5 percent of the labor force", 0, "labor_force_share", "labor force", 5, 5, "approx",
     MA_UNDOCUMENTED, PEW_DATA, "document", False, False),
    ("=02", "$2 trillion stimulus plan", 0, "stimulus_size", "dollars", 2_000_000_000_000, 2_000_000_000_000,
     "exact", "U.S. coronavirus stimulus", None, "none", False, False),
    ("=02", "millions of undocumented immigrants", 0, "undocumented_immigrants_excluded", "undocumented immigrants",
     2_000_000, None, "vague", "U.S. coronavirus stimulus", None, "none", False, False),
    ("=02", "family of three", 0, "family_size", "family members", 3, 3, "exact", EAST_BOSTON, None, "none", False,
     False),
    ("=02", "two incomes", 0, "family_incomes", "incomes", 2, 2, "exact", EAST_BOSTON, None, "none", False, False),
    ("=02", "about $1,200", 0, "family_savings", "dollars", 1200, 1200, "approx", EAST_BOSTON, None, "none", False,
     False),
    # =03 (John Stossel): no numeric claim ("three decades -- to 1983": a span of time and a year; "Decades before"
    # inside the story's quotation a span of time; "Nearly every day" no numeral).
    # =04 (Pew Research Center): Pew's own survey, all → none (Pew is the outlet, as dev57/'s 401); the sample
    # "5,107 U.S. adults" a claim (survey samples are claims, dev20/); each fraction and its parenthesized
    # percentage two claims ("about nine-in-ten" approx 0.9, "(88%)" 88); "roughly four times as many" a multiplier
    # (approx 4); "Just 21%" exact; "July 8-21, 2019" dates; "Almost all Americans" no numeral.
    ("=04", "5,107 U.S. adults", 0, "survey_sample", "U.S. adults", 5107, 5107, "exact", PEW_SURVEY, None, "none",
     False, False),
    ("=04", "about nine-in-ten", 0, "share_recognizing_control", "Americans", 0.9, 0.9, "approx", PEW_SURVEY, None,
     "none", False, False),
    ("=04", "88%", 0, "share_recognizing_control", "Americans", 88, 88, "exact", PEW_SURVEY, None, "none", False,
     False),
    ("=04", "About six-in-ten", 0, "share_too_much_control", "Americans", 0.6, 0.6, "approx", PEW_SURVEY, None,
     "none", False, False),
    ("=04", "62%", 0, "share_too_much_control", "Americans", 62, 62, "exact", PEW_SURVEY, None, "none", False,
     False),
    ("=04", "roughly four times as many", 0, "too_much_vs_not_enough_ratio", "Americans", 4, 4, "approx",
     PEW_SURVEY, None, "none", False, False),
    ("=04", "15%", 0, "share_not_enough_control", "Americans", 15, 15, "exact", PEW_SURVEY, None, "none", False,
     False),
    ("=04", "Just 21%", 0, "share_right_amount_control", "Americans", 21, 21, "exact", PEW_SURVEY, None, "none",
     False, False),
    # =05 (Reuters): the headline's "four generations" (a family count); "three-year-old", "87", "35-year-old",
    # "32", "62" ages; "Feb. 21" a date.
    ("=05", "four generations", 0, "generations_in_lockdown", "generations", 4, 4, "exact",
     "Toniolo family in a coronavirus lockdown", None, "none", False, False),
    # =06 (The Verge): the profit → "the company announced" (organization); the delivery goal "It said it may
    # still hit its goal of delivering 500,000 vehicles" → Tesla (the pronoun's referent), not hedged ("may" doubts
    # meeting the goal, not the goal's size, as dev27/'s o07 "Trump's goal"); "that 500,000 delivery goal"
    # ("Tesla said") a repeated mention; "three consecutive profitable quarters" and the $354 million → none;
    # "first quarter of 2020", "the first quarter" dates; "the first time", "its fifth" ordinals; "in the last three
    # years" a span of time; the headline's "2020" a year.
    ("=06", "$16 million", 0, "quarterly_profit", "dollars", 16_000_000, 16_000_000, "exact", TESLA_Q1,
     "the company", "organization", False, False),
    ("=06", "500,000 vehicles", 0, "delivery_goal", "vehicles", 500000, 500000, "exact", TESLA_2020, "Tesla",
     "organization", False, False),
    ("=06", "three consecutive profitable quarters", 0, "consecutive_profitable_quarters", "quarters", 3, 3,
     "exact", "Tesla", None, "none", False, False),
    ("=06", "$354 million worth of regulatory credits", 0, "regulatory_credit_sales", "dollars", 354_000_000,
     354_000_000, "exact", TESLA_Q1, None, "none", False, False),
    ("=06", "500,000 delivery goal", 0, "delivery_goal", "vehicles", 500000, 500000, "exact", TESLA_2020, "Tesla",
     "organization", False, False),
    # =07 (The Washington Post): "five nieces and nephews" (a family count in the writer's apposition to Nisar, not
    # in her quotation: none); the two national shares (statistics, not core) → none; "fifth-most-populous",
    # "the second-highest rate" ranks; "a single television channel" no numeral; "24-year-old", "between the ages
    # of 4 and 14" ages; "their allotted hour" a duration; "third-graders" a grade.
    ("=07", "five nieces and nephews", 0, "children_in_care", "nieces and nephews", 5, 5, "exact",
     "Kainat Nisar's home schooling", None, "none", False, False),
    ("=07", "More than 40 percent of Pakistan’s school-age students", 0, "out_of_school_share",
     "school-age students", 40, None, "lower_bound", PAKISTAN, None, "none", False, False),
    ("=07", "Fewer than 20 percent of Pakistani third-graders", 0, "reading_comprehension_share", "third-graders",
     None, 20, "upper_bound", PAKISTAN, None, "none", False, False),
    # =08 (BET): "shot eight times" and the pasted (unsigned) tweet's "hit 8X" (`times_shot`, as dev14/'s "shot
    # twice": times one woman was shot, not a count of people; not core) → none (the tweet names no author); the
    # toll has no numeral ("who was killed March 13"); "26-year-old", "26 yrs old" ages; "March 13", "April 27"
    # dates.
    ("=08", "shot eight times", 0, "times_shot", "times", 8, 8, "exact", TAYLOR, None, "none", False, False),
    ("=08", "hit 8X", 0, "times_shot", "times", 8, 8, "exact", TAYLOR, None, "none", False, False),
    # =09 (AP Fact Check): the email's "at least seven atypical pneumonia cases" (`cases`, core; a figure inside a
    # quotation → its source, "The email said": document); "Dec. 31", "January 14, 2020", "May 18" dates;
    # "2019-nCov" a name.
    ("=09", "at least seven atypical pneumonia cases", 0, "cases", "atypical pneumonia cases", 7, None,
     "lower_bound", "Wuhan outbreak, December 2019", "The email", "document", False, True),
    # =10 (Axios): no numeric claim (the paragraph is scraped twice): "the second time" an ordinal; "in 3 months"
    # (twice), "6 years ago" (twice), "29 years ago" (twice) spans of time.
    # =11 (CNN (Web News)): no numeric claim: the gallery's "Hide Caption 1 of 14" … "14 of 14" a page widget (as
    # dev29/'s "Slideshow (5 Images)"); "April 13, 2017" (twice) dates; "in less than a year" a duration; "Many
    # North Koreans", "A large part of the crowd" no numeral.
    # =12 (NPR Online News): "within about 6 feet" (a distance, upper_bound as dev29/'s "within 1,000 yards"; the
    # "If" conditions the situation, not the figure, as dev19/'s y05 "at least six feet": not hedged) → none
    # (sentence-local: "says William Schaffner" closes the sentence before).
    ("=12", "within about 6 feet", 0, "distance", "feet", None, 6, "upper_bound",
     "coronavirus droplet transmission", None, "none", False, False),
    # =13 (Yahoo! News): "13 new asymptomatic carriers were identified" (tested positive without symptoms:
    # `infected`, core) → "daily reports published by the Wuhan Municipal Health Commission" (document, cited
    # reports); the population "11 million residents" → the Commission ("announced", organization); "No confirmed
    # cases" no numeral; the headline's "1-day" a span of time; "May 19, 2020", "April 8", "Last week" dates; "for
    # the first time" an ordinal; "under the age of 6" an age.
    ("=13", "13 new asymptomatic carriers", 0, "infected", "asymptomatic carriers", 13, 13, "exact", WUHAN,
     "daily reports published by the Wuhan Municipal Health Commission", "document", False, True),
    ("=13", "11 million residents", 0, "population", "residents", 11_000_000, 11_000_000, "exact", "Wuhan",
     "the Wuhan Municipal Health Commission", "organization", False, False),
    # =14 (RT News): no numeric claim ("deaths per million" (four times) a rate without a numeral).
    # =15 (FrontPage Magazine): the report's projection "as many as 75,000 Americans could die" (upper_bound, as
    # dev9/; `projected_deaths`, not core; hedged: "suggests", "could") → "A new report" (document); "The study
    # estimates that there could be 75,000 … "deaths of despair"" (exact, hedged: "could") → "The study"
    # (document); "4 or 5 p.m." a time; "One of the study's authors" "one of".
    ("=15", "as many as 75,000 Americans", 0, "projected_deaths", "Americans", None, 75000, "upper_bound", DESPAIR,
     "A new report", "document", True, False),
    ("=15", "75,000 coronavirus-related \"deaths of despair\"", 0, "projected_deaths", "deaths of despair", 75000,
     75000, "exact", DESPAIR, "The study", "document", True, False),
    # =16 (CNS News): the two company values → none; "Back in 2006" a year; "myriad videos" no numeral.
    ("=16", "$75 billion company", 0, "company_value", "dollars", 75_000_000_000, 75_000_000_000, "exact",
     "YouTube", None, "none", False, False),
    ("=16", "$715.65 billion", 0, "corporate_worth", "dollars", 715_650_000_000, 715_650_000_000, "exact", "Google",
     None, "none", False, False),
    # =17 (Media Matters): "a graphic featuring eight people" → none (the writer's description).
    ("=17", "eight people", 0, "people_on_graphic", "people", 8, 8, "exact",
     "Ingraham's graphic of conservatives censored on social media", None, "none", False, False),
    # =18 (The Post Millennial): no numeric claim ("the eleven" inside the master's quotation: the name of a
    # cricket side, not a count; "For over 125 years" a span of time; "1895", "the 1940s" years; "for decades").
    # =19 (Mediaite): no numeric claim (the headline's "20 Years Ago Today" a span of time; "day one").
    # =20 (New Republic): no numeric claim ("the next half-century", "half a century", "the last few generations",
    # "A few years later" spans of time; "1973" a year; "one Christian woman" a determiner; "P.G.-rated" a rating).
    # =21 (The Atlantic): "usually around 10 people" inside Maxwell Cooper's quotation → her (person); "usually" and
    # the "maybe" of "just their family, maybe" do not soften the figure: not hedged; "a lot of couples" no numeral.
    ("=21", "usually around 10 people", 0, "wedding_guests", "people", 10, 10, "approx", "mini-mony weddings",
     MAXWELL_COOPER, "person", False, False),
    # =22 (Health Impact News): no numeric claim ("COVID- 19", "COVID-19" names; "January 31" a date; "one of the
    # country’s top universities" "one of").
    # =23 (ABC News): "more than tripled" (a multiplier, lower_bound 3/null, as dev30/'s C02 "nearly tripled")
    # and "two daughters" (a family count) inside Reynolds's quotations → "Reynolds"; "up to $600 a week"
    # (upper_bound) → none; "14-hour days" a duration.
    ("=23", "more than tripled", 0, "orders_growth_factor", "orders", 3, None, "lower_bound",
     "food delivery orders during the pandemic", REYNOLDS, "person", False, False),
    ("=23", "up to $600 a week", 0, "lodging_cost_weekly", "dollars", None, 600, "upper_bound",
     "Reynolds's lodging while self-isolating", None, "none", False, False),
    ("=23", "two daughters", 0, "children", "daughters", 2, 2, "exact", "Reynolds's family", REYNOLDS, "person",
     False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # =00, =01 (pasted tweets without marks), =04, =05 ("red zone" a term), =08 (tweet without marks), =11 (the
    # headline's 'primed and ready' a label under "show", no verb of saying), =13: no quotes.
    # =02: the mother's quotation and its resumption after "said the mother, who spoke on the condition of
    # anonymity" → two entries, "mother" (anonymous: she asked not to be named).
    ("=02", "I see the president speak", 0, "mother", "anonymous"),
    ("=02", "I know those programs and support are for Americans", 0, "mother", "anonymous"),
    # =03: the wife's question ("My wife wakes me up with indignant questions like, …") → "wife"; "The story begins,
    # "Decades before …"" → "story" (document, the cue's noun); the echo "Decades before"? (two words, no verb) and
    # "argued" (one word) not quotes; "The Times went on to say: "…"" → "The Times" (organization).
    ("=03", "How can you say government is too big?", 0, "wife", "person"),
    ("=03", "Decades before President Trump nominated him", 0, "story", "document"),
    ("=03", "He has repeatedly argued that economic regulations", 0, "The Times", "organization"),
    # =06: "the company admitted that it “remains uncertain …”" → "Tesla" (organization).
    ("=06", "remains uncertain how quickly we and our suppliers", 0, "Tesla", "organization"),
    # =07: Nisar's quotation (outer) and “You are teaching …,” she said → "Kainat Nisar"; the nested ‘Keep them
    # busy,’ after "They said" (other people's words with their own speech verb, an entry as dev10/'s p03) → null
    # (unknown: "They" names no one in the excerpt).
    ("=07", "They said, ‘Keep them busy,’ but they didn’t provide", 0, NISAR, "person"),
    ("=07", "Keep them busy", 0, None, "unknown"),
    ("=07", "You are teaching your children on your own", 0, NISAR, "person"),
    # =09: "The email said “at least seven …”" → "email" (document); the Taiwan CDC "acknowledges it did not
    # “directly and conclusively” state that" → "Taiwan CDC" (three words in a clause of saying); the labelled
    # "TRUMP: “…” — May 18 letter." → "Trump" (as the AP Fact Check labels of earlier sets); its nested WHO
    # wording after "stating:" → "World Health Organization" (an entry of its own); “human-to-human
    # transmission.” a term ("does not mention").
    ("=09", "at least seven atypical pneumonia cases were reported", 0, "email", "document"),
    ("=09", "directly and conclusively", 0, "Taiwan CDC", "organization"),
    ("=09", "On January 14, 2020, the World Health Organization gratuitously", 0, "Trump", "person"),
    ("=09", "Preliminary investigations conducted by the Chinese authorities", 0, "World Health Organization",
     "organization"),
    # =10: the excerpt opens mid-sentence ("in a line reminiscent of …, said at the Iowa State Fair on Thursday:
    # "We choose truth over facts!"") → "Biden" (call: the subject is cut off; the headline and the next sentence
    # are about Biden); "he corrected himself: "Freudian slip."" (two words after a verb of saying; twice, the
    # paragraph is scraped twice: two entries); "Biden referred to "the tragic events …"" → "Biden".
    ("=10", "We choose truth over facts!", 0, BIDEN, "person"),
    ("=10", "Freudian slip.", 0, BIDEN, "person"),
    ("=10", "Freudian slip.", 1, BIDEN, "person"),
    ("=10", "the tragic events in Houston today", 0, BIDEN, "person"),
    # =12: three quotations of Schaffner ("William Schaffner says", "he explains", the resumption).
    ("=12", "Even in the so unlikely scenario", 0, SCHAFFNER, "person"),
    ("=12", "The virus seems to be latching onto cells", 0, SCHAFFNER, "person"),
    ("=12", "Virus that found its way into your gastrointestinal tract", 0, SCHAFFNER, "person"),
    # =14: "a disclaimer reading: “Note: counting methods vary by country.”" → "disclaimer" (document, the cue's
    # noun; another annotator might write "Guardian").
    ("=14", "Note: counting methods vary by country.", 0, "disclaimer", "document"),
    # =15: the report's title "Projected Deaths of Despair …" a title; "despair" one word, "deaths of despair" a
    # term; Miller's two quotations ("said:", "Miller explained,") → "Benjamin Miller"; Aoun's → "Elie Aoun".
    ("=15", "Deaths of despair are tied to multiple factors", 0, MILLER, "person"),
    ("=15", "The isolation is causing people to lose boundaries", 0, MILLER, "person"),
    ("=15", "I've been seeing this in practices", 0, "Elie Aoun", "person"),
    # =16: "…," according to the report → "report" (document); "hate speech" a term, "Trusted Flagger" a label;
    # "…," said the MRC's Goldenberg and Gainor → "Goldenberg and Gainor" (two co-speakers as one, the cue's
    # words, as dev17/'s "Katyal and Geltzer"); "CENSORED!" has no marks.
    ("=16", "censors conservatives and conservative content", 0, "report", "document"),
    ("=16", "videos that provide links to sites where people can purchase guns", 0, "Goldenberg and Gainor",
     "person"),
    # =17: "Owens said that efforts at “silencing and banning conservatives” would be …" → "Owens" (four words in
    # a clause of saying; no first name in the excerpt); Ingraham's four quotations ("saying", "Ingraham said",
    # "she added", "the Fox host characterized … as “people who believe …”" a clause-length description) →
    # "Laura Ingraham"; “Prominent Voices Censored On Social Media.” the graphic's title; ‘hate’ (nested) and
    # “censored” one word.
    ("=17", "silencing and banning conservatives", 0, "Owens", "person"),
    ("=17", "know when they are being silenced", 0, INGRAHAM, "person"),
    ("=17", "Facebook, now, what do they monitor", 0, INGRAHAM, "person"),
    ("=17", "That sounds good until you realize hate", 0, INGRAHAM, "person"),
    ("=17", "people who believe in border enforcement", 0, INGRAHAM, "person"),
    # =18 (fiction quoted in an essay): “Yes,” (one word) said Arthur, “the birthright …” → one entry, "Arthur";
    # the master's quotation and its resumption after "went on the master" → two entries, "master".
    ("=18", "the birthright of British boys old and young", 0, "Arthur", "person"),
    ("=18", "The discipline and reliance on one another", 0, MASTER, "person"),
    ("=18", "it ought to be such an unselfish game", 0, MASTER, "person"),
    # =19: "Clinton’s infamous “I did not have sexual relations with that woman” declaration" → "Clinton" (his
    # words, a noun of saying); “blue dress” a term, “did he do it?” a label of the mystery.
    ("=19", "I did not have sexual relations with that woman", 0, "Clinton", "person"),
    # =20: "Trump’s victory, she writes, was “the culmination …”" → "Du Mez" (no first name in the excerpt); the
    # chapter titles “John Wayne Will Save Your Ass” and “Holy Balls” titles.
    ("=20", "the culmination of evangelicals’ embrace", 0, "Du Mez", "person"),
    # =21: “mini-monies,” a term ("have dubbed"); “usually around 10 people …,” she said and the uncued “may be
    # virtual. …” (no one else named between) → two entries, "Kristen Maxwell Cooper".
    ("=21", "usually around 10 people", 0, MAXWELL_COOPER, "person"),
    ("=21", "may be virtual. They may have a virtual officiant", 0, MAXWELL_COOPER, "person"),
    # =22: "…,” the top health official added" → "top health official" (person, unnamed in the excerpt); the
    # research proposal's "saying “this treatment is affordable …”" → "Fabian Antonio Dayrit and Mary Newport"
    # (two co-authors as one speaker, titles dropped; another annotator might write "research proposal", document).
    ("=22", "We have heard very good studies", 0, "top health official", "person"),
    ("=22", "this treatment is affordable and virtually risk-free", 0, "Fabian Antonio Dayrit and Mary Newport",
     "person"),
    # =23: three quotations of Reynolds ("told ABC News", "Reynolds said", the resumption).
    ("=23", "Our orders have more than tripled", 0, REYNOLDS, "person"),
    ("=23", "The hardest part personally would just have to be", 0, REYNOLDS, "person"),
    ("=23", "I have two daughters.", 0, REYNOLDS, "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
