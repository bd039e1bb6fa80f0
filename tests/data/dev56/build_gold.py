"""The fifty-sixth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev56/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

GROCERY = "grocery workers in the U.S. during COVID-19"
WORLD = "COVID-19 worldwide"
RUSSIA = "COVID-19 in Russia"
DARFUR = "wars in Sudan"
TRACKER = "COVID-19 confirmed cases worldwide (Johns Hopkins dashboard)"
INDIA = "COVID-19 in India"
MIT = "Specialists from the Massachusetts Institute of Technology (MIT)"
CLIMATE = "COVID-19 and climate"
IXPAND = "SanDisk iXpand Mini Flash Drive"
HAT = "HAT therapy for sepsis"
MARIK = "Dr. Marik’s study"
HAITONG = "analysts at Haitong Securities in Shanghai"
SENATORS = "Chuck Schumer, Bob Menendez and Sherrod Brown"
BIDEN = "Joe Biden"
KRUISER = "Stephen Kruiser"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 300 (TheBlaze.com): no numeric claim ("6 o'clock" a time).
    # 301 (Mother Jones): "more than a dozen states" lower_bound 12 (dev53/); the total "to 20" states; "At
    # least 41 grocery workers have so far died" (a toll, `killed`, core) → the Washington Post ("according
    # to"); "Last month" a date.
    ("301", "more than a dozen states", 0, "states_adding_childcare", "states", 12, None, "lower_bound", GROCERY,
     None, "none", False, False),
    ("301", "number of states offering this benefit to 20", 0, "states_offering_childcare", "states", 20, 20,
     "exact", GROCERY, None, "none", False, False),
    ("301", "At least 41 grocery workers", 0, "killed", "grocery workers", 41, None, "lower_bound", GROCERY,
     "the Washington Post", "organization", False, True),
    # 302 (The Hill): "hundreds of thousands of independent creators" (vague 200,000/null, dev12/, dev18/);
    # "more than 100 members of Congress" (co-sponsors); "since 1946" a year, "the 11th hour" an idiom, "the past
    # decade" a duration.
    ("302", "hundreds of thousands of independent creators", 0, "independent_creators", "independent creators",
     200_000, None, "vague", "CASE Act", None, "none", False, False),
    ("302", "more than 100 members of Congress", 0, "cosponsors", "members of Congress", 100, None, "lower_bound",
     "CASE Act", None, "none", False, False),
    # 303 (Newsmax - News): "tens of thousands of people" (vague 20,000/null) tuned in; the world tallies, no
    # cue: infected and killed core, `recovered` not core (dev17/); "Next Year" (headline), "late Saturday"
    # dates, "within a few weeks" a duration.
    ("303", "tens of thousands of people", 0, "virtual_protest_viewers", "people", 20_000, None, "vague",
     "virtual protest against Netanyahu", None, "none", False, False),
    ("303", "More than 275,000 people", 0, "infected", "people", 275_000, None, "lower_bound", WORLD, None, "none",
     False, True),
    ("303", "killed more than 11,000 people", 0, "killed", "people", 11_000, None, "lower_bound", WORLD, None,
     "none", False, True),
    ("303", "more than 88,000 have recovered", 0, "recovered", "people", 88_000, None, "lower_bound", WORLD, None,
     "none", False, False),
    # 304 (Guest Writer - Right): no numeral.
    # 305 (GreenMedInfo): no numeric claim ("2020" a year, "COVID-19" a name).
    # 306 (Politico): the joke's two daily counts of new infections (a tally per day, `infected`, core, as
    # dev54/'s daily averages) → the joke (vague: hearsay "making the rounds", the teller unnamed); "Three other
    # shops have closed" (not hedged: "might not reopen" doubts the reopening); "one beauty salon" a
    # determiner; "the first week", "The first round" ordinals; "2019" a year; "his May address" a date.
    ("306", "1,000 new infections every day", 0, "infected", "new infections", 1000, 1000, "exact", RUSSIA,
     "joke", "vague", False, True),
    ("306", "over 10,000 new infections every day", 0, "infected", "new infections", 10_000, None, "lower_bound",
     RUSSIA, "joke", "vague", False, True),
    ("306", "Three other shops", 0, "shops_closed", "shops", 3, 3, "exact", "Moscow neighborhood shops", None,
     "none", False, False),
    # 307 (USA Today): the two prices, each the price of one model (exact; another annotator might read "start
    # at" lower_bound and "up to" upper_bound); "5-day-plus battery life" a duration; "USB 3.0" an identifier;
    # "32GB", "256GB" model designations (identifiers of the versions).
    ("307", "$22", 0, "price", "dollars", 22, 22, "exact", IXPAND, None, "none", False, False),
    ("307", "$78", 0, "price", "dollars", 78, 78, "exact", IXPAND, None, "none", False, False),
    # 308 (Democracy Now): no numeric claim ("about four or five years ago" a time).
    # 309 (New York Times): "one of only three black senators" → a claim of 3 (as dev28/'s A06 "one of only four
    # players"), none (the writer's appositive); "since 1918", "since 1968", "the 2016 election" years; "No. 2
    # post" an identifier; "just weeks before", "within days" durations.
    ("309", "three black senators", 0, "black_senators", "black senators", 3, 3, "exact", "U.S. Senate", None,
     "none", False, False),
    # 310 (Guest Writer - Left): "four widows" (not a toll: the widows); "11 years ago" a time, "Sept. 11" a
    # date, "the last few days" a duration.
    ("310", "four widows", 0, "widows_attacked", "widows", 4, 4, "exact", "Ann Coulter's remarks on 9/11 widows",
     None, "none", False, False),
    # 311 (The Economist): "Perhaps 2m people died" (a historical toll, `killed`, core; hedged "perhaps", exact,
    # as dev31/'s D13 "perhaps one percent"); "four people from his camp were killed" → Abdulrazig Abdallah
    # ("says"); "1956", "2011", "2003", "2010" years, "early September" a date.
    ("311", "Perhaps 2m people died", 0, "killed", "people", 2_000_000, 2_000_000, "exact", DARFUR, None, "none",
     True, True),
    ("311", "four people from his camp were killed", 0, "killed", "people", 4, 4, "exact",
     "Darfur camp near el-Fasher", "Abdulrazig Abdallah", "person", False, True),
    # 312 (Newsmax): the "U.S. 200 billion tariff list" inside the Haitong analysts' quotation (a value,
    # dollars implied, as dev16/'s "$50 billion in tariffs") → the analysts (organization: unnamed members of a
    # named firm, as dev29/'s professors); "Dec. 1" a date.
    ("312", "200 billion tariff list", 0, "tariff_list_value", "tariff list", 200_000_000_000, 200_000_000_000,
     "exact", "U.S. tariffs on Chinese goods", HAITONG, "organization", False, False),
    # 313 (NPR): the headline's "Watched By Millions" (vague 2,000,000/null); the dashboard's case counts, core,
    # no cue: "320 confirmed cases", "from several hundred" (vague 200/null, as "several thousand") "to nearly 2
    # million" (upper_bound); "a handful more" no numeral; "the first few weeks" a duration.
    ("313", "Millions", 0, "tracker_viewers", "viewers", 2_000_000, None, "vague", "coronavirus tracker", None,
     "none", False, False),
    ("313", "320 confirmed cases", 0, "cases", "confirmed cases", 320, 320, "exact", TRACKER, None, "none", False,
     True),
    ("313", "several hundred", 0, "cases", "confirmed cases", 200, None, "vague", TRACKER, None, "none", False,
     True),
    ("313", "nearly 2 million", 0, "cases", "confirmed cases", None, 2_000_000, "upper_bound", TRACKER, None,
     "none", False, True),
    # 314 (Sputnik News): Kumar's quotation (shares, not core; "three states" a count); the state tallies, no
    # cue (cases and deaths core; "an estimated 3400" approx, not hedged; "infections" `infected`); Kumar's
    # projection "could increase to 4,000,000-5,00,000" (hedged "could", not core) read in Indian notation as
    # 4,00,000–5,00,000 (the second bound is written in lakhs; call: another annotator might read 4,000,000 to
    # 5,000,000); "June-July", "July end" dates.
    ("314", "50 percent of our cases", 0, "case_share", "cases", 50, 50, "exact", INDIA, "Kumar", "person", False,
     False),
    ("314", "three states", 0, "states", "states", 3, 3, "exact", INDIA, "Kumar", "person", False, False),
    ("314", "nearly 50 percent of the volume of the cases", 0, "case_share", "cases", None, 50, "upper_bound",
     INDIA, "Kumar", "person", False, False),
    ("314", "39,297 COVID-19 positive cases", 0, "cases", "COVID-19 positive cases", 39_297, 39_297, "exact",
     "COVID-19 in Maharashtra", None, "none", False, True),
    ("314", "1390 deaths", 0, "killed", "deaths", 1390, 1390, "exact", "COVID-19 in Maharashtra", None, "none",
     False, True),
    ("314", "an estimated 3400 deaths", 0, "killed", "deaths", 3400, 3400, "approx", INDIA, None, "none", False,
     True),
    ("314", "13,191 infections", 0, "infected", "infections", 13_191, 13_191, "exact", "COVID-19 in Tamil Nadu",
     None, "none", False, True),
    ("314", "12,537", 0, "infected", "infections", 12_537, 12_537, "exact", "COVID-19 in Gujarat", None, "none",
     False, True),
    ("314", "11,088", 0, "infected", "infections", 11_088, 11_088, "exact", "COVID-19 in Delhi", None, "none",
     False, True),
    ("314", "4,000,000-5,00,000", 0, "projected_infections", "infections", 400_000, 500_000, "range", INDIA,
     "Kumar", "person", True, False),
    # 315 (Pravda Report): the MIT specialists' finding ("found that", organization: unnamed members of a named
    # body) → the share and the two ranges (measurements); Thailand's "about 30 degrees" and Syria's "near
    # +25C" (approx: "near" as "about"; dev24/'s i22 offers "near 78,000" approx as another reading) none; not
    # hedged ("If their assumption is correct" softens the forecast after, not the finding).
    ("315", "90% of cases", 0, "case_share", "cases of COVID-19 infection", 90, 90, "exact", CLIMATE, MIT,
     "organization", False, False),
    ("315", "from 3 to 17°C", 0, "temperature", "°C", 3, 17, "range", CLIMATE, MIT, "organization", False, False),
    ("315", "from 4 to 9 g/m³", 0, "absolute_humidity", "g/m³", 4, 9, "range", CLIMATE, MIT, "organization",
     False, False),
    ("315", "about 30 degrees Centigrade", 0, "temperature", "degrees Centigrade", 30, 30, "approx",
     "Thailand climate", None, "none", False, False),
    ("315", "near +25C", 0, "temperature", "C", 25, 25, "approx", "Syria and Turkey climate", None, "none", False,
     False),
    # 316 (Rich Lowry): no numeral.
    # 317 (Ben Shapiro): no numeric claim ("One of the greatest leaders" "one of", "one nation" twice an idiom,
    # "a century from now" a duration).
    # 318 (AP Fact Check): "vandalized twice in 2017" (a count, dev14/) inside the unnamed "he"'s emailed
    # quotation → "he", anonymous (as dev30/'s C09); "once in February … and again in August" the two times
    # broken down, not another count; "in 2013", "2017" years; "one of the columns" "one of".
    ("318", "vandalized twice", 0, "vandalism_incidents", "times", 2, 2, "exact", "Lincoln Memorial vandalism",
     "he", "anonymous", False, False),
    # 319 (Independent Journal Review): "Three senior Democratic senators" in Emma Loop's pasted tweet → the
    # tweet's author (person); "2020 Election" (headline), "the 2020 elections", "February 24, 2020" dates.
    ("319", "Three senior Democratic senators", 0, "senators", "senators", 3, 3, "exact",
     "Democratic senators' letter on Russia sanctions", "Emma Loop", "person", False, False),
    # 320 (The Intercept): no numeric claim ("the 10th Circuit" a name, "several recent high-profile cases" no
    # numeral).
    # 321 (CNBC): no numeral.
    # 322 (Heartland Institute): no numeric claim ("One of the officers" "one of", "A few days after" a duration).
    # 323 (WorldHealth.Net): the headline's "3 U.S. Hospitals"; Marik's study ("In Dr. Marik's study, …, his
    # team reported that") → the study (document) for "the first 47 patients" and the two death rates (rates,
    # not core); "every 6 hours", "within 6 hours", "each 6 hours of delay" frequencies and durations; "in 2017"
    # (twice) years.
    ("323", "3 U.S. Hospitals", 0, "hospitals_using_iv_vitamin_c", "hospitals", 3, 3, "exact",
     "IV vitamin C for COVID-19", None, "none", False, False),
    ("323", "first 47 patients", 0, "patients_treated", "patients", 47, 47, "exact", HAT, MARIK, "document",
     False, False),
    ("323", "8.5%", 0, "death_rate", "percent", 8.5, 8.5, "exact", HAT, MARIK, "document", False, False),
    ("323", "40.4%", 0, "death_rate", "percent", 40.4, 40.4, "exact", "sepsis patients not treated with HAT", MARIK,
     "document", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 300: the colon headline's 'You ain't black' → Biden; "…," he fired back. "Uh-oh. …" (two entries, the
    # pronoun's referent: the headline and body name Biden, his wife's schedule); Charlamagne's two ("The radio
    # host spat"), Biden's "shot back".
    ("300", "You ain't black", 0, BIDEN, "person"),
    ("300", "I do that to white media and black media", 0, BIDEN, "person"),
    ("300", "Uh-oh. I'm in trouble.", 0, BIDEN, "person"),
    ("300", "Listen, you've got to come see us", 0, "Charlamagne", "person"),
    ("300", "You've got more questions?", 0, BIDEN, "person"),
    ("300", "It don't have nothing to do with Trump", 0, "Charlamagne", "person"),
    # 301: no quotation. 302: “small claims tribunal” a term.
    # 303: “virtual protest,” a label; Diskin's quotation and its resumption.
    ("303", "Benjamin Netanyahu, get yourself together", 0, "Yuval Diskin", "person"),
    ("303", "Do it for the good of the country", 0, "Yuval Diskin", "person"),
    # 304: the question "What type of person did college produce?" a hypothetical question: not a quote.
    # 305: no quotation.
    # 306: the joke "making the rounds" (a quotation, its teller unnamed → null, as dev41/'s N21).
    ("306", "When we had 1,000 new infections every day", 0, None, "unknown"),
    # 307: no quotation.
    # 308: the colon headline's two quotations → Steve Bannon ("Tells Press to" a verb of saying); “alt-right”
    # one word; “Wow! …” what "you think" (hypothetical).
    ("308", "The Media is the Opposition Party", 0, "Steve Bannon", "person"),
    ("308", "Keep Its Mouth Shut", 0, "Steve Bannon", "person"),
    # 309: Booker's quotation and its resumption.
    ("309", "I just do not understand why we as a committee", 0, "Cory Booker", "person"),
    ("309", "I might be missing something", 0, "Cory Booker", "person"),
    # 310: "denouncing them as “witches” and “broads” who were “enjoying their husbands’ deaths.”" → the last a
    # clause after a verb of denouncing (Coulter's words); “witches”, “broads”, “Here” one word.
    ("310", "enjoying their husbands", 0, "Ann Coulter", "person"),
    # 311: no quotation ("says" reported).
    # 312: "TALKS 'GOING VERY WELL'" a section heading's label (no verb of saying); Trump's tweet; the Haitong
    # analysts' note and "they said".
    ("312", "China talks are going very well", 0, "Donald Trump", "person"),
    ("312", "Growth in shipments of Chinese goods", 0, HAITONG, "organization"),
    ("312", "Now with U.S. and China agreeing", 0, HAITONG, "organization"),
    # 313: "…," Dong says. "…" → two entries.
    ("313", "It's kind of a bloody map", 0, "Dong", "person"),
    ("313", "There's so many red dots everywhere", 0, "Dong", "person"),
    # 314: ‘Curious’, 'Grim' one word; Kumar's two quotations ("added Kumar", "he offered").
    ("314", "The good thing is that 50 percent", 0, "Kumar", "person"),
    ("314", "It's only by July end", 0, "Kumar", "person"),
    # 315: no quotation.
    # 316: the rallygoer's yelled “shoot them”; Trump's “only in the Panhandle” and his sentence about border
    # agents.
    ("316", "shoot them", 0, "rallygoer", "person"),
    ("316", "only in the Panhandle", 0, "Trump", "person"),
    ("316", "Don’t forget, we don’t let them", 0, "Trump", "person"),
    # 317: Kelly's tweet in marks → Scott Kelly; Churchill's words nested in it with their own verb ("Winston
    # Churchill said") → an entry of their own (dev10/'s rule); the apology tweet has no marks.
    ("317", "One of the greatest leaders of modern times", 0, "Scott Kelly", "person"),
    ("317", "in victory, magnanimity", 0, "Winston Churchill", "person"),
    # 318: the unnamed "he"'s emailed quotation and its resumption → null (never named in the excerpt, as
    # dev29/'s B16); Trump's tweet (TRUMP: "…" — tweet Thursday); Fauci's testimony; “community spread” a term.
    ("318", "Probably most notable was in 2013", 0, None, "unknown"),
    ("318", "And it was vandalized twice", 0, None, "unknown"),
    ("318", "The number of ChinaVirus cases goes up", 0, "Trump", "person"),
    ("318", "One of the things is an increase in community spread", 0, "Anthony Fauci", "person"),
    # 319: the senators' letter ("Sens. …  write", "They added later") → the three (a joint wording, as dev55/'s
    # "Rouhani and Erdogan"); the straight-quoted words inside Emma Loop's pasted tweet ("urging them") → the
    # same senators (nth 1: the words stand first in the letter's quotation).
    ("319", "We urge you to immediately and forcefully impose", 0, SENATORS, "person"),
    ("319", "We urge you to immediately draw upon", 0, SENATORS, "person"),
    ("319", "to immediately and forcefully", 1, SENATORS, "person"),
    # 320: Gorsuch "wrote"; Briscoe "saying"; “qualified immunity” (twice) a term.
    ("320", "Mr. Wilson was resisting arrest", 0, "Neil Gorsuch", "person"),
    ("320", "A reasonable officer would know", 0, "Mary Beck Briscoe", "person"),
    # 321: Tony Kim's quotation.
    ("321", "Hotels will have more visual cleaning staff", 0, "Tony Kim", "person"),
    # 322: Kruiser's quotation and the next one (no new cue); the nested ‘never let a crisis go to waste’ a
    # saying; the officer ("One of the officers … He then said") → "officer"; Wolf's “cowardly act” (two words
    # after "said that … were committing a"); the chants “open us up”, “let us work” not quotes.
    ("322", "The ‘never let a crisis go to waste’ crowd", 0, KRUISER, "person"),
    ("322", "need to be reined in", 0, KRUISER, "person"),
    ("322", "on that note, have a good day", 0, "officer", "person"),
    ("322", "cowardly act", 0, "Tom Wolf", "person"),
    # 323: Kory's quotation ("says Dr. Pierre Kory"); “HAT”, “Chest” a label and a title.
    ("323", "If you can administer Vitamin C intravenously", 0, "Pierre Kory", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
