"""The sixty-third (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev63/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ESSENTIAL = "essential workers in the COVID-19 pandemic (#LightItBlue)"
WUHAN = "COVID-19 patients of Jinyintan and Wuhan Pulmonary hospitals"
FINDINGS = "Findings"
HUNGARY_FAMILY = "Hungary's Family Protection Plan"
CONTAGION = "the film Contagion's outbreak"
JOURNALIST = (
    "Freelance journalist"  # 015: "Freelance journalist, portrayed by Jude Law, describes the situation:"
)
GAS_TAX = "U.S. gas tax"
ESTIMATES = "Some estimates"
TRUMP = "Trump"  # 004, 019: the excerpts never give a first name
VESEY = "Vesey"  # 001: "the reporter" of the clips is Vesey (no first name in the excerpt)
SPLC = "Southern Poverty Law Center"
FRIMER = "Frimer"
COSTELLO = "Tom Costello"
FARROW = "Ronan Farrow"  # 020: the headline's full name; the body writes "Mr. Farrow"
STEPHANOPOULOS = "George Stephanopoulos"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 000 (Breitbart News): no numeric claim ("A Decade" a span of time; "2012", "2013", "2014" years; "one state’s
    # insurance exchange" a determiner; "The second presidential debate" an ordinal).
    # 001 (New York Post): no numeric claim ("one of the clips" twice "one of"; "One man" a determiner).
    # 002 (The Economist): the Tory majority "well over 70" (lower_bound; "was heading for" at press time a projection:
    # hedged); "December 12th" a date, "the 1930s", "2016" years, "nearly a century" a span of time, "for the first
    # time" an ordinal, "one of Britain’s shortest-serving" "one of".
    ("002", "majority of well over 70", 0, "parliamentary_majority", "seats", 70, None, "lower_bound",
     "Conservative Party, 2019 UK general election", None, "none", True, False),
    # 003 (Daily Mail): the headline's "convicted of one war crime" (a count of one, a claim); "SEAL Team 7", "SEAL
    # Team 6" names, "1st Class", "SO1" ranks, "one message", "one example" determiners.
    ("003", "convicted of one war crime", 0, "war_crime_convictions", "war crime", 1, 1, "exact", "Eddie Gallagher",
     None, "none", False, False),
    # 004 (Newsmax): the tariffs "on $200 billion" → Apple Inc. ("noted in a letter"; organization, the named
    # body); "for a long time" a span of time.
    ("004", "$200 billion", 0, "goods_under_proposed_tariffs", "dollars", 200_000_000_000, 200_000_000_000, "exact",
     "proposed U.S. tariffs on Chinese imports", "Apple Inc.", "organization", False, False),
    # 005 (Press TV): no numeric claim ("October 3 Platform" a name, "one of the founders" "one of", "phase one" a
    # name of a stage).
    # 006 (Los Angeles Daily News): "the millions of essential workers" four times (captions; each mention a claim,
    # vague 2,000,000/null); "Thursday, April 9, 2020" dates; "#LightItBlue" a name.
    ("006", "millions of essential workers", 0, "essential_workers", "essential workers", 2_000_000, None, "vague",
     ESSENTIAL, None, "none", False, False),
    ("006", "millions of essential workers", 1, "essential_workers", "essential workers", 2_000_000, None, "vague",
     ESSENTIAL, None, "none", False, False),
    ("006", "millions of essential workers", 2, "essential_workers", "essential workers", 2_000_000, None, "vague",
     ESSENTIAL, None, "none", False, False),
    ("006", "millions of essential workers", 3, "essential_workers", "essential workers", 2_000_000, None, "vague",
     ESSENTIAL, None, "none", False, False),
    # 007 (The Atlantic): "The two human viruses most closely related" (definite but new, as dev10/'s "the two new
    # laws": a claim); "a small number" no numeral; "2002", "2012" years; "COVID-19" a name.
    ("007", "The two human viruses", 0, "closely_related_human_viruses", "human viruses", 2, 2, "exact",
     "coronaviruses related to SARS-CoV-2", None, "none", False, False),
    # 008 (TheBlaze.com): "one of three people arrested this weekend" (a claim of 3, `arrested`, core; "one of" itself
    # not); the bail (money); "the two suspects" a reference count; "mandatory minimum sentences of five years and a
    # maximum of 20 years" prison terms (durations); "88th Precinct", "Community Board 5" names; "1 a.m." a time.
    ("008", "three people arrested", 0, "arrested", "people", 3, 3, "exact",
     "Molotov cocktail attacks on NYPD vehicles, Brooklyn", None, "none", False, True),
    ("008", "$250,000", 0, "bail", "dollars", 250_000, 250_000, "exact", "Urooj Rahman", None, "none", False,
     False),
    # 009 (George Will): no numeric claim ("1873", "1896" years).
    # 010 (Salon): the Virginia Beach toll "12 victims and the shooter were killed" (`killed`, core; "will likely
    # join" hedges the joining, not the toll); "a 40-year-old man" an age; "one detail" a determiner.
    ("010", "12 victims", 0, "killed", "victims", 12, 12, "exact", "Virginia Beach mass shooting", None, "none",
     False, True),
    # 011 (NBC News (Online)): no numeric claim ("late May", "June 10" dates, "decades old" a span of time, "the Order
    # of the Nine Angles" a name, "mass casualty attack" no numeral).
    # 012 (Mother Jones): no numeric claim ("up to a decade after the fact", "three months later", "Two years later"
    # spans of time; "up to two years in prison" a prison term; "April 2019" a date; "the first trimester" an
    # ordinal; "one by one" an idiom).
    # 013 (WorldHealth.Net): the study's shares → "Findings showed that" (document; the semicolon list stays in the
    # clause of "showed that"); "aged 18+", "a median age of 56 year" ages; "these 2 sites" a reference count (the two
    # hospitals just named); "22 days", "18.5 days" durations; "December 29, 2019", "January 31, 2020", "February 1.
    # 2020" dates.
    ("013", "62% were men", 0, "male_share", "patients", 62, 62, "exact", WUHAN, FINDINGS, "document", False,
     False),
    ("013", "48% had underlying chronic conditions", 0, "chronic_condition_share", "patients", 48, 48, "exact",
     WUHAN, FINDINGS, "document", False, False),
    ("013", "high blood pressure at 30%", 0, "hypertension_share", "patients", 30, 30, "exact", WUHAN, FINDINGS,
     "document", False, False),
    ("013", "diabetes at 19%", 0, "diabetes_share", "patients", 19, 19, "exact", WUHAN, FINDINGS, "document",
     False, False),
    # 014 (American Thinker): the plan's thresholds "two or more children" (twice, lower_bound, `dev2/`'s "10 or
    # more") and the repayment "1 million forints" with its conversion "roughly over 3,000 USD" ("over" gives the
    # bound: lower_bound; call); "not reported a single COVID-19 case" no count (`dev16/`'s "not a single"); "almost
    # no one" no numeral; "under 40 years of age" an age.
    ("014", "two or more children", 0, "children_threshold", "children", 2, None, "lower_bound", HUNGARY_FAMILY,
     None, "none", False, False),
    ("014", "two or more children", 1, "children_threshold", "children", 2, None, "lower_bound", HUNGARY_FAMILY,
     None, "none", False, False),
    ("014", "1 million forints", 0, "mortgage_repayment", "forints", 1_000_000, 1_000_000, "exact", HUNGARY_FAMILY,
     None, "none", False, False),
    ("014", "roughly over 3,000 USD", 0, "mortgage_repayment", "USD", 3000, None, "lower_bound", HUNGARY_FAMILY,
     None, "none", False, False),
    # 015 (Sputnik News): the 2009-2010 swine flu toll "more than a quarter of a million people fell victim"
    # (`killed`, core, an epidemic's toll as dev61/'s SARS toll; lower_bound 250,000) and "might have infected up to
    # 21%" (hedged, a share: not core); the film's plot "starts killing millions" and the character's figures inside
    # the quotation (fiction, not core, as dev43/'s P13 film dialogue; the figures in the quotation → its speaker;
    # "In six months – it’s a billion. That’s where we’re heading" a projection: hedged); "21st Century’s First",
    # "On day one" ordinals; "In six months" a span of time; "2009-2010", "2011", "2020", "2009", "2002" years.
    ("015", "more than a quarter of a million people", 0, "killed", "people", 250_000, None, "lower_bound",
     "2009-2010 swine flu pandemic", None, "none", False, True),
    ("015", "up to 21% of the planet’s population", 0, "infected_share", "planet’s population", None, 21,
     "upper_bound", "2009-2010 swine flu pandemic", None, "none", True, False),
    ("015", "killing millions", 0, "killed", "people", 2_000_000, None, "vague", CONTAGION, None, "none", False,
     False),
    ("015", "two people", 0, "infected", "people", 2, 2, "exact", CONTAGION, JOURNALIST, "person", False, False),
    ("015", "then four", 0, "infected", "people", 4, 4, "exact", CONTAGION, JOURNALIST, "person", False, False),
    ("015", "then 16", 0, "infected", "people", 16, 16, "exact", CONTAGION, JOURNALIST, "person", False, False),
    ("015", "it’s a billion", 0, "infected", "people", 1_000_000_000, 1_000_000_000, "exact", CONTAGION, JOURNALIST,
     "person", True, False),
    # 016 (Fox News Opinion): "Some estimates suggest that raising the gas tax by even 1 percent takes a whopping $1
    # billion out …" → "Some estimates" (document, as dev25/'s "New estimates"), both hedged (a hypothetical rise and
    # its estimated cost; "suggest"); "more than a decade" a span of time; the column title's "10 Years After the
    # Recession" a span of time; "one of the most taxed goods" "one of".
    ("016", "1 percent", 0, "gas_tax_increase", "percent", 1, 1, "exact", GAS_TAX, ESTIMATES, "document", True,
     False),
    ("016", "$1 billion", 0, "cost_to_families", "dollars", 1_000_000_000, 1_000_000_000, "exact", GAS_TAX,
     ESTIMATES, "document", True, False),
    # 017 (New York Magazine): no numeral.
    # 018 (Damon Linker): no numeric claim ("February 14, 2017" a date in the pasted tweet).
    # 019 (NewsBusters): no numeric claim ("late January", "January 29th", "March 4", "February 29" dates;
    # "COVID-19" a name).
    # 020 (New York Times (Online News)): no numeral.
    # 021 (Humans Are Free): no numeric claim ("H.R. 6666" an identifier, "4th Amendment" and "fourth amendment"
    # names, "coronavirus disease 2019", "Covid-19" names, "early April" a date).
    # 022 (The Gateway Pundit): no numeric claim ("May 21, 2020" a date, "#COVID19" a name, "for Weeks" a span of
    # time in the TRENDING link line).
    # 023 (InfoWars): the target "to zero by 2023" (a target of 0, as dev19/'s "deficit to zero"; "reportedly":
    # hedged) → "the newspaper" (organization, "according to the newspaper"); "Two working groups" → none
    # (sentence-local: "The Times reported" is the sentence before); "5G", "G7" names; "2023" a year.
    ("023", "to zero", 0, "china_involvement_target", "China’s involvement in UK infrastructure", 0, 0, "exact",
     "UK infrastructure (Huawei)", "the newspaper", "organization", True, False),
    ("023", "Two working groups", 0, "working_groups", "working groups", 2, 2, "exact",
     "UK reliance on China for key goods", None, "none", False, False),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 000: “talking filibuster” a term, “Hands up, don’t shoot.” a slogan: no quote.
    # 001: the reporter's line (Vesey, as the clips' "reporter" is named in the next paragraphs), the protester's,
    # Vesey's, the man's and the woman's; the crowd's chant “Fake news is not essential” a slogan (chants, dev10/);
    # “disgusting” one word.
    ("001", "I think you need to back away from me", 0, VESEY, "person"),
    ("001", "No, I got hydroxychloroquine", 0, "unnamed protester", "person"),
    ("001", "You can see there’s clearly a lot of anger", 0, VESEY, "person"),
    ("001", "F–k you, you guys are f–king fake news", 0, "man", "person"),
    ("001", "You’re the virus", 0, "woman", "person"),
    # 002: “done” one word.
    # 003: Tolbert's WhatsApp message ("he said in one message").
    ("003", "I saw Eddie Gallagher shoot at someone", 0, "Dalton Tolbert", "person"),
    # 004: the headline's 'Ready to Go' ("Trump Says"); “big problem” (two words inside "…, he said"); his quotation
    # and its resumption; the nested ‘I’m too tough on Canada,’ is what unnamed "People have been saying" inside his
    # quotation (a generic quotation, dev31/'s D12: no entry); “ruination” one word; Hun Quach's.
    ("004", "Ready to Go", 0, TRUMP, "person"),
    ("004", "big problem", 0, TRUMP, "person"),
    ("004", "People have been saying", 0, TRUMP, "person"),
    ("004", "Look, Canada has been ripping us off", 0, TRUMP, "person"),
    ("004", "every aspect of our American lifestyle", 0, "Hun Quach", "person"),
    # 005: “Deconfining Rights and Freedoms,” a name ("dubbed"); Grassiot "says" without marks.
    # 006: “Stay Strong” a slogan on a screen.
    # 007, 008, 013, 014, 016 (the column title “Why Wages Are Finally Rising, …”): no quote.
    # 009: "Chief Justice John Roberts says the doctrine … is not an “inexorable command.”" (two words inside a
    # said-clause, as dev29/'s "set up."); “fundamental,” one word, “rational basis”, “conceivable basis” terms.
    ("009", "inexorable command", 0, "John Roberts", "person"),
    # 010: "suppressor." one word; Shannon Watts's ("told Salon").
    ("010", "He obviously knew what he was doing", 0, "Shannon Watts", "person"),
    # 011: the charging document's ("according to a charging document unsealed Monday": the cue's noun); Levin's
    # ("described it as", a clause-length description); the SPLC's ("describes … as", four words) and its
    # resumption "Its most extreme adherents “promote …”" (no new cue: the last speaker).
    ("011", "Melzer provided this information", 0, "charging document", "document"),
    ("011", "a decades old extreme satanic Nazi cult", 0, "Brian Levin", "person"),
    ("011", "an enigmatic Satanic occult group", 0, SPLC, "organization"),
    ("011", "promote human sacrifice", 0, SPLC, "organization"),
    # 012: "told the lawmaker that AAPLOG members could “testify regarding …”" → Harrison (no first name in the
    # excerpt); “brilliant” one word, “dismemberment abortion” a term.
    ("012", "testify regarding the long-term effects of abortion", 0, "Harrison", "person"),
    # 015: the film character's line (the cue's words: "Freelance journalist, portrayed by Jude Law"); “Contagion”
    # a title (twice).
    ("015", "On day one there were two people", 0, JOURNALIST, "person"),
    # 017: Frimer's quotation ("recalls Frimer") and its resumption; the nested ‘other side,’ and ‘love of
    # knowledge’ terms.
    ("017", "I wondered out loud about being willing", 0, FRIMER, "person"),
    ("017", "He reacted strongly", 0, FRIMER, "person"),
    # 018: '"Finally," they say, "someone took a stand …!"' is what "Trump critics" are made to say in general (a
    # generic quotation, as dev48/'s U02 "People keep saying": no entry); the pasted tweet has no marks.
    # 019: Costello's two ("noted", "concluded"); Snopes.com's ("acknowledged:"); the President's ("He said he was
    # “referring …” … ,” he said", one entry; its ‘Russia, Russia, Russia’ a nested name of a hoax); the headline's
    # ‘Hoax’ and “hoax,” one word.
    ("019", "The New York Times is this morning reporting", 0, COSTELLO, "person"),
    ("019", "He wrote that again on January 29th", 0, COSTELLO, "person"),
    ("019", "Trump did not call the coronavirus itself a hoax", 0, "Snopes.com", "organization"),
    ("019", "referring to the action that they take", 0, TRUMP, "person"),
    # 020: Stephanopoulos's question ("asked"); Farrow's two replies; "Pressed on whether NBC had let the story go
    # “because they were afraid …”" → the host of the sentence before (call); Diebel's "described … as “New
    # Journalism on the sly”" (five words, longer than a three-word label: a quote, call).
    ("020", "the suggestion that Mr. Weinstein was blackmailing", 0, STEPHANOPOULOS, "person"),
    ("020", "Multiple sources do say that", 0, FARROW, "person"),
    ("020", "because they were afraid information about Matt Lauer", 0, STEPHANOPOULOS, "person"),
    ("020", "That is what the extensive conversations", 0, FARROW, "person"),
    ("020", "New Journalism on the sly", 0, "Anne Diebel", "person"),
    # 021: the opening summary quotation "[SOURCE]" without a cue → null (unknown); the law's wordings after "would
    # also give these organizations the power to test … “as necessary, …”" and "if “necessitated by …”" are under no
    # verb of saying (the statute's wording as terms, as dev27/'s o01 Constitution: no entries); "the fourth
    # amendment, which guarantees, “the right of the people …”" → "fourth amendment" (document); ‘unreasonable’,
    # ‘reasonable’ one word.
    ("021", "This bill authorizes the Centers for Disease Control", 0, None, "unknown"),
    ("021", "the right of the people to be secure", 0, "fourth amendment", "document"),
    # 022: the opening statement without a cue (the governor's side, never named) → null (unknown); Young's statement
    # ("Young’s statement issued Thursday, “…”") → the fullest name, from the pasted tweet's signature; the pasted
    # tweet itself has no marks; the TRENDING link's "Back of the Line!" a headline label (as in dev55/).
    ("022", "We are honored that the president and the first lady", 0, None, "unknown"),
    ("022", "Dear Mr. President @realDonaldTrump, please stay home!", 0, "Bernard C. Jack Young", "person"),
    # 023: "a source said, cited by the newspaper" → "source" (anonymous).
    ("023", "He [Johnson] still wants a relationship with China", 0, "source", "anonymous"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
