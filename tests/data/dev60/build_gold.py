"""The sixtieth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev60/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_FIFTH = 0.2  # fractions are written as fractions (as in dev3/), percentages as percents
TX_DEMS = "ideology of Texas Democrats (UT/TT polling)"
NJ_2017 = "2017 New Jersey governor's race"
BALLOT = "2018 generic congressional ballot"
FIELD = "U.S. Army Corps of Engineers field hospitals"
NPR_INVESTIGATION = "a new NPR investigation"
NPR_REPORT = "NPR report"  # 705: "this NPR report", "As reported on May 7th, 2020," (the quotation's source)
HONDURAS_PRISONS = "Honduran prisons"
HONDURAS = "COVID-19 in Honduras"
MILL = "flour mill co-owned by Oechsner"
OECHSNER = "Oechsner"  # 713: no fuller name in the excerpt
HR6666 = "H.R. 6666"
US = "United States"
GILLETTE = "Gillette"
RICHARDSON = "Keresa Richardson"
GRAHAM = "Lindsey Graham"  # "Sen. Lindsey Graham" (titles dropped for speakers)
MURPHY = "Murphy"  # 708: no fuller name in the excerpt
GRISHAM = "Michelle Lujan Grisham"
SANDERS = "Sarah Huckabee Sanders"
NOMINEE = "Republican nominee"  # 710: the cue's words; the excerpt never says who the nominee is
DIRECTOR_GENERAL = "WHO’s director-general"  # 712: unnamed in the excerpt
CONWAY = "Kellyanne Conway"
BIDEN = "Joe Biden"
JIMENEZ_VARGA = "Elizabeth Jimenez-Varga"
CHRISTENSEN = "Carissa Christensen"
ANDERSON = "Chad Anderson"
VAN_ARSDALE = "Carolynn van Arsdale"
NOOR = "Samantha Noor"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 700 (The Texas Tribune): eighteen poll shares and changes. Attribution sentence-local, clause scope: "In the
    # most recent UT/TT Poll" (64%, 27%), "in the February 2014 UT/TT Poll" (20%, 17%, 9%) and "in UT/TT polling
    # from 2014 and 2015" (11.5%) name the poll (document); "in 2018 and 2019 polls" (21.5%, the semicolon clause
    # of the same sentence, the same series) document too; the unnamed "In polling from 2017 through 2019" (12
    # points, 59%), "in polls from 2008 to 2016" (46%) and "in polling conducted between 2017 and 2019" (29%)
    # vague (unspecified polls, as dev15/'s u00 "polling"); "Between 2008 and 2016, … just under 47%" ("just
    # under" upper_bound, as "nearly"), the 2012 shares and margin, and the February 2020 shares ("Six years
    # later", no poll named in the sentence) none. "increased 12 percentage points, to 59%" and "from an average
    # of 46% …, to an average of 29%" two claims each. "over the last 10 years", "Six years later" durations;
    # "2008", "2016", "2017", "2019", "October 2012", "February 2014", "February 2020", "2014", "2015", "2018"
    # dates and years.
    ("700", "just under 47%", 0, "poll_share", "Democrats who identified as liberal", None, 47, "upper_bound",
     TX_DEMS, None, "none", False, False),
    ("700", "12 percentage points", 0, "poll_share_change", "percentage points", 12, 12, "exact", TX_DEMS,
     "polling from 2017 through 2019", "vague", False, False),
    ("700", "59%", 0, "poll_share", "Democrats who identified as liberal", 59, 59, "exact", TX_DEMS,
     "polling from 2017 through 2019", "vague", False, False),
    ("700", "an average of 46%", 0, "poll_share", "moderates", 46, 46, "exact", TX_DEMS, "polls from 2008 to 2016",
     "vague", False, False),
    ("700", "an average of 29%", 0, "poll_share", "moderates", 29, 29, "exact", TX_DEMS,
     "polling conducted between 2017 and 2019", "vague", False, False),
    ("700", "64% of Democrats", 0, "poll_share", "Democrats", 64, 64, "exact", TX_DEMS,
     "the most recent UT/TT Poll", "document", False, False),
    ("700", "27% who identified as moderate", 0, "poll_share", "Democrats", 27, 27, "exact", TX_DEMS,
     "the most recent UT/TT Poll", "document", False, False),
    ("700", "12 percentage points", 1, "election_margin", "percentage points", 12, 12, "exact",
     "2012 presidential election in Texas", None, "none", False, False),
    ("700", "43% of Texas Democrats", 0, "poll_share", "Texas Democrats", 43, 43, "exact", TX_DEMS, None, "none",
     False, False),
    ("700", "45% as moderate", 0, "poll_share", "Texas Democrats", 45, 45, "exact", TX_DEMS, None, "none", False,
     False),
    ("700", "20% leaned liberal", 0, "poll_share", "liberal Democrats", 20, 20, "exact", TX_DEMS,
     "the February 2014 UT/TT Poll", "document", False, False),
    ("700", "17% described themselves", 0, "poll_share", "liberal Democrats", 17, 17, "exact", TX_DEMS,
     "the February 2014 UT/TT Poll", "document", False, False),
    ("700", "9% as “extremely liberal", 0, "poll_share", "liberal Democrats", 9, 9, "exact", TX_DEMS,
     "the February 2014 UT/TT Poll", "document", False, False),
    ("700", "16% leaned liberal", 0, "poll_share", "liberal Democrats", 16, 16, "exact", TX_DEMS, None, "none",
     False, False),
    ("700", "29% were somewhat liberal", 0, "poll_share", "liberal Democrats", 29, 29, "exact", TX_DEMS, None,
     "none", False, False),
    ("700", "19% were “extremely liberal", 0, "poll_share", "liberal Democrats", 19, 19, "exact", TX_DEMS, None,
     "none", False, False),
    ("700", "11.5%", 0, "poll_share_average", "Democrats", 11.5, 11.5, "exact", TX_DEMS,
     "UT/TT polling from 2014 and 2015", "document", False, False),
    ("700", "21.5%", 0, "poll_share_average", "Democrats", 21.5, 21.5, "exact", TX_DEMS, "2018 and 2019 polls",
     "document", False, False),
    # 701 (Defense One): "affected 215 countries and territories" (no cue: none; not core, a count of places, not
    # of people). "As of May 4th" a date; "just over 6 months" a duration; "In 2015", "2015-2016" years; "one of
    # the worst economic crises" "one of".
    ("701", "215 countries and territories", 0, "countries_affected", "countries and territories", 215, 215,
     "exact", "COVID-19 pandemic", None, "none", False, False),
    # 702 (Newt Gingrich): the New Jersey vote share (none); the generic ballot → "The FiveThirtyEight.com
    # website" (organization, a named outlet; "estimates" is not a hedge cue; the "If this stabilizes" that
    # follows is about 2018, not a doubt about the figures). "2018", "2016 elections", "2016 margins" years.
    ("702", "42 percent of the vote", 0, "vote_share", "vote", 42, 42, "exact", NJ_2017, None, "none", False, False),
    ("702", "47.2 percent Democrat", 0, "generic_ballot_share", "Democrat", 47.2, 47.2, "exact", BALLOT,
     "The FiveThirtyEight.com website", "organization", False, False),
    ("702", "37.5 percent Republican", 0, "generic_ballot_share", "Republican", 37.5, 37.5, "exact", BALLOT,
     "The FiveThirtyEight.com website", "organization", False, False),
    # 703 (The Dallas Morning News): "nearly 150 employees" ("nearly" upper_bound) → "she said" (the pronoun's
    # referent, Keresa Richardson). "COVID-19" a name.
    ("703", "nearly 150 employees", 0, "employees", "employees", None, 150, "upper_bound",
     "Benjamin Franklin Plumbing", RICHARDSON, "person", False, False),
    # 704 (NPR Editorial): no numeral ("this week" a date; "a group of Democratic congresswomen" no numeral).
    # 705 (GreenMedInfo): the headline's three figures (none) and the body's three repeats → "a new NPR
    # investigation which reveals that" (document: the origin Sayer Ji reports on); "more than $660 million"
    # inside the NPR quotation → its own cue "according to an NPR analysis of federal spending records"
    # (document). "30+" lower_bound (as dev35/'s "200,000+"); "ZERO" a numeral (exact 0, as dev12/'s r07).
    # "ZERO patients" not core: patients of most of the field hospitals, a count per facility, not a case count
    # or a toll (another annotator might make it `hospitalized`, core). "2020" (copyright), "May 7th, 2020" dates;
    # "nearly four months" a duration; "a single patient" no numeral.
    ("705", "$660 Million", 0, "field_hospital_spending", "dollars", 660_000_000, 660_000_000, "exact", FIELD,
     None, "none", False, False),
    ("705", "30+ Field Hospitals", 0, "field_hospitals", "Field Hospitals", 30, None, "lower_bound", FIELD, None,
     "none", False, False),
    ("705", "ZERO Patients", 0, "field_hospital_patients", "Patients", 0, 0, "exact", FIELD, None, "none", False,
     False),
    ("705", "$660 million in federal spending", 0, "field_hospital_spending", "dollars", 660_000_000, 660_000_000,
     "exact", FIELD, NPR_INVESTIGATION, "document", False, False),
    ("705", "30+ field hospitals", 0, "field_hospitals", "field hospitals", 30, None, "lower_bound", FIELD,
     NPR_INVESTIGATION, "document", False, False),
    ("705", "ZERO patients", 0, "field_hospital_patients", "patients", 0, 0, "exact", FIELD, NPR_INVESTIGATION,
     "document", False, False),
    ("705", "more than $660 million", 0, "field_hospital_spending", "dollars", 660_000_000, None, "lower_bound",
     FIELD, "an NPR analysis of federal spending records", "document", False, False),
    # 706 (Reuters): "the country's 29 prisons" (none); "designed for just over 10,000 inmates" (the capacity, in
    # the appositive: none; call, the "according to recent counts" closing the sentence counts the inmates) and
    # "are home to nearly 22,000, according to recent counts" (vague: unnamed counts, as the seed's "reports");
    # "over 2,000 reported coronavirus cases and 120 deaths" (`cases`, `killed`, core; no source named: none;
    # not hedged: "most public health experts say those numbers are a likely underestimate" doubts them upward
    # but is no hedge cue on the figures); "Hernández estimates about one fifth" (approx, a fraction; "estimates"
    # not a hedge) → person; "just one shared bathroom" a count of one. "a couple of times a week" no numeral;
    # "Built in 1937" a year.
    ("706", "29 prisons", 0, "prisons", "prisons", 29, 29, "exact", HONDURAS_PRISONS, None, "none", False, False),
    ("706", "just over 10,000 inmates", 0, "prison_capacity", "inmates", 10000, None, "lower_bound",
     HONDURAS_PRISONS, None, "none", False, False),
    ("706", "nearly 22,000", 0, "prison_population", "inmates", None, 22000, "upper_bound", HONDURAS_PRISONS,
     "recent counts", "vague", False, False),
    ("706", "over 2,000 reported coronavirus cases", 0, "cases", "reported coronavirus cases", 2000, None,
     "lower_bound", HONDURAS, None, "none", False, True),
    ("706", "120 deaths", 0, "killed", "deaths", 120, 120, "exact", HONDURAS, None, "none", False, True),
    ("706", "about one fifth of the male population", 0, "ptsd_share", "male population", ONE_FIFTH, ONE_FIFTH,
     "approx", "La Esperanza prison inmates", "Hernández", "person", False, False),
    ("706", "one shared bathroom", 0, "bathrooms", "shared bathroom", 1, 1, "exact", "La Esperanza prison", None,
     "none", False, False),
    # 707 (USA Today): "Only a few dozen COVID-19 lawsuits" (vague 24/null, as dev44/'s Q21 "just a few dozen";
    # not hedged: "the number could rise" is about the future number). "Catch-22" a name; "last week" a date.
    ("707", "a few dozen COVID-19 lawsuits", 0, "lawsuits_filed", "COVID-19 lawsuits", 24, None, "vague",
     "COVID-19 liability lawsuits in the U.S.", None, "none", False, False),
    # 708 (USA TODAY): "any vehicles carrying more than two people" (the Gallup road-block order's limit,
    # lower_bound 2/null; Grisham is the actor who orders, not a source: none; not core). "five weeks ago" a
    # duration; "April 30", "May 1", "May 15" dates; "COVID-19" a name.
    ("708", "more than two people", 0, "vehicle_occupancy_limit", "people", 2, None, "lower_bound",
     "Gallup, New Mexico road closures", None, "none", False, False),
    # 709 (Vox): the Douma attack "that killed dozens of people" (vague 24/null, `killed`, core; none). "April 7",
    # "Sunday", "Monday" dates.
    ("709", "killed dozens of people", 0, "killed", "people", 24, None, "vague", "Douma chemical attack", None,
     "none", False, True),
    # 710 (Daily Kos): "the 30,000 emails that are missing" inside the quotation of "the Republican nominee" (as
    # dev15/'s u11; not core: emails, not people). "November 11, 2013" a date; "TRUMP TOWER-MOSCOW" a name.
    ("710", "30,000 emails", 0, "missing_emails", "emails", 30000, 30000, "exact", "Hillary Clinton's emails",
     "the Republican nominee", "person", False, False),
    # 711 (New York Times - News, a video transcript): the Korean War "killed about 4 million people" (`killed`,
    # core, a war's toll; none). "1950" a year; "First off" an ordinal; "for three years", "a year later",
    # "Sixty-five years later" durations; "On one side" not a count; "One of those arguments" "one of"; "the two
    # countries" a reference count (the two Koreas).
    ("711", "killed about 4 million people", 0, "killed", "people", 4_000_000, 4_000_000, "approx", "Korean War",
     None, "none", False, True),
    # 712 (Yahoo! The 360): "resulting in thousands of unnecessary deaths, he said" → "Trump" (the pronoun's
    # referent; vague 2000/null; `killed`, core: deaths he says happened, not a projection as dev59/'s 613).
    # "mid-January" a date.
    ("712", "thousands of unnecessary deaths", 0, "killed", "unnecessary deaths", 2000, None, "vague",
     "COVID-19 pandemic (WHO's deference to China)", "Trump", "person", False, True),
    # 713 (Business Insider): "2-pound cases", "2-pound bags" inside Oechsner's quotation (measurements, compound
    # counts: claims, as dev20/'s "17,000-square foot"); "operating 18 hours a day" (an amount per period, as
    # dev28/'s A21 "seven to nine hours a night"; none). "the first three weeks" and "in almost a year" durations.
    ("713", "2-pound cases", 0, "package_size", "pounds", 2, 2, "exact", "flour packaging", OECHSNER, "person",
     False, False),
    ("713", "2-pound bags", 0, "package_size", "pounds", 2, 2, "exact", "flour packaging", OECHSNER, "person",
     False, False),
    ("713", "18 hours a day", 0, "operating_hours_per_day", "hours", 18, 18, "exact", MILL, None, "none", False,
     False),
    # 714 (Activist Post): "a 100 billion dollars, annually" the bill's sum (as dev3/'s f17 and dev50/'s W13: none).
    # "H.R. 6666" (three times) and "H.R.6666" identifiers; "March the 15th" a date; "the past two months" a
    # duration.
    ("714", "100 billion dollars", 0, "funding", "dollars", 100_000_000_000, 100_000_000_000, "exact", HR6666,
     None, "none", False, False),
    # 715 (Politico): Graham's benchmark inside his pull quote, as dev12/'s r15, dev19/'s y13, dev24/'s i13 and
    # dev29/'s B14 (the same story): exact 120,000 (the bracket read as part of the figure), → "Sen. Lindsey
    # Graham" (the signature after the closing mark); not core (a benchmark, not a toll), not hedged. "by
    # September", "by November" dates; "a horrific two months" a duration (in Conway's quotation).
    ("715", "120 [thousand deaths]", 0, "death_toll", "deaths", 120000, 120000, "exact", US, "Sen. Lindsey Graham",
     "person", False, False),
    # 716 (The Post Millennial): the headline's "losing $8 billion" (none); "only two elements in the ad" (a count,
    # none).
    ("716", "losing $8 billion", 0, "loss", "dollars", 8_000_000_000, 8_000_000_000, "exact", GILLETTE, None,
     "none", False, False),
    ("716", "two elements", 0, "ad_elements", "elements", 2, 2, "exact", "Gillette firefighter ad", None, "none",
     False, False),
    # 717 (RollingStone.com): no numeric claim ("in 2016" a year; "Thursday’s" a date; "later this year").
    # 718 (Media Research Center): no numeric claim ("1994 series" a year; "for decades" a duration).
    # 719 (Deseret News): no numeric claim ("One conservative woman" a determiner; "First", "Second" ordinals).
    # 720 (Human Rights Watch): no numeral ("in March" a date).
    # 721 (The Verge): no numeral ("some of it, the majority of" no numeral).
    # 722 (NPR): no numeric claim ("one of my jobs" "one of"; "last month", "all year", "my last semester").
    # 723 (Slate): no numeric claim ("Feb. 27" twice a date; "1918 flu pandemic" a name; "The first person" an
    # ordinal).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 700: “liberal” one word; “somewhat liberal,” and “extremely liberal” (three times) poll labels.
    # 703: Richardson's quotation, its resumption after "said Keresa Richardson, …," (opened with a straight mark,
    # closed with a curly one), "Richardson said" and "said Richardson" → four entries; the headline's 'Essential’
    # one word.
    ("703", "Plumbers, historically, protect the health", 0, RICHARDSON, "person"),
    ("703", "and we continue to do so", 0, RICHARDSON, "person"),
    ("703", "Our guys are accustomed", 0, RICHARDSON, "person"),
    ("703", "We want to make sure", 0, RICHARDSON, "person"),
    # 704: "racist" (three times) one word; "racially charged," "racially loaded," "racially insensitive" labels
    # of the evasions ("they say" is the writer's summary of journalists, no quotation of them).
    # 705: the NPR passage after "As reported on May 7th, 2020," → "NPR report" (document: "this NPR report", the
    # sentence before; another annotator might write "NPR", organization).
    ("705", "As hospitals were overrun by coronavirus patients", 0, NPR_REPORT, "document"),
    # 707: Graham's quotation ("Graham said") → "Lindsey Graham".
    ("707", "The sooner we can come up with a regulatory", 0, GRAHAM, "person"),
    # 708: ""until further notice," he said" and "acknowledged that he doesn't know when the state will be able to
    # "start this journey"" → "Murphy" (three-word quotations in said-clauses); "acknowledging that the coronavirus
    # has brought about an "economic crisis."" → "Michelle Lujan Grisham" (two words in a said-clause, as dev29/'s
    # "inappropriate use"; another annotator might call the three of them labels).
    ("708", "until further notice", 0, MURPHY, "person"),
    ("708", "start this journey", 0, MURPHY, "person"),
    ("708", "economic crisis.", 0, GRISHAM, "person"),
    # 709: Sanders's two quotations ("saying that … and that …") → two entries; "According to the Washington Post,
    # … Trump told national security advisers he was “upset …”" → "Washington Post" (organization: the words are
    # the Post's, third person about Trump, as dev35/'s H19 "According to Military.com"; another annotator might
    # write "Trump").
    ("709", "considering additional sanctions on Russia", 0, SANDERS, "person"),
    ("709", "a decision will be made in the near future", 0, SANDERS, "person"),
    ("709", "upset the sanctions were being officially rolled out", 0, "Washington Post", "organization"),
    # 710: "the Republican nominee said" and the resumed quotation → two entries, "Republican nominee" (the cue's
    # words: the excerpt names Donald Trump only as Donald Trump Jr.'s father and in the pasted tweet's signature,
    # never as the nominee; another annotator might write "Donald J. Trump"); the pasted tweet has no marks.
    ("710", "I will tell you this, Russia", 0, NOMINEE, "person"),
    ("710", "I think you will probably be rewarded mightily", 0, NOMINEE, "person"),
    # 711: the six newsreel quotations of the transcript have no speaker named in the excerpt → speaker null
    # (unknown; another annotator might write "newsreel").
    ("711", "A special building had been erected", 0, None, "unknown"),
    ("711", "We have stopped the shooting.", 0, None, "unknown"),
    ("711", "It was all quiet on the Korean front", 0, None, "unknown"),
    ("711", "The open ground left between", 0, None, "unknown"),
    ("711", "President Syngman Rhee is the man", 0, None, "unknown"),
    ("711", "Seeking solutions for Far Eastern problems.", 0, None, "unknown"),
    # 712: the director-general's quotation ("he said") and the next → two entries, "WHO’s director-general" (the
    # cue's words, unnamed; person); Graham's "accused the agency of “severely mismanaging …”" → "Lindsey Graham".
    ("712", "This is a time for all of us to be united", 0, DIRECTOR_GENERAL, "person"),
    ("712", "When we are divided, the virus exposes", 0, DIRECTOR_GENERAL, "person"),
    ("712", "severely mismanaging and covering up", 0, GRAHAM, "person"),
    # 713: Oechsner's two quotations ("Oechsner said", "he said") → two entries.
    ("713", "For the first three weeks of the whole COVID-19 thing", 0, OECHSNER, "person"),
    ("713", "I think at this point everybody at the mill", 0, OECHSNER, "person"),
    # 714: the bill's words "“for other purposes,” such as “support the quarantine of such contacts.”" → two
    # entries, "H.R. 6666" (document), as dev3/'s f17 and dev50/'s W13; “testing and contact tracers”, “national
    # COVID health emergency.” terms; "teeth" one word.
    ("714", "for other purposes,", 0, HR6666, "document"),
    ("714", "support the quarantine of such contacts.", 0, HR6666, "document"),
    # 715: as dev19/'s y13: Graham's pull quote signed "Sen. Lindsey Graham" and "But, he added, “If things …”" →
    # two entries, "Lindsey Graham"; "she noted in an interview the “economic and emotional boosts …”" →
    # "Kellyanne Conway".
    ("715", "The closer you can have it to 120", 0, GRAHAM, "person"),
    ("715", "If things don’t look like they’re bouncing back", 0, GRAHAM, "person"),
    ("715", "economic and emotional boosts for Americans", 0, CONWAY, "person"),
    # 716: "Ben’s insightful remark that “it’s not the fire, …”" → "Ben Ziekenheiner" (the fullest name).
    ("716", "it’s not the fire, it’s more the constant reminder", 0, "Ben Ziekenheiner", "person"),
    # 717: "(“totally different, man,” Biden protested)" (three words after a verb of saying) and "(“I guarantee
    # you: …,” Biden replied.)" → "Joe Biden" (the headline's fullest name); Charlemagne's "said, “You can’t do
    # that to black media!”" → "Charlemagne" (the excerpt's other spelling "Charlamagne" is a typo).
    ("717", "totally different, man", 0, BIDEN, "person"),
    ("717", "I guarantee you: There are multiple black women", 0, BIDEN, "person"),
    ("717", "You can’t do that to black media!", 0, "Charlemagne", "person"),
    # 718: "SPLC staff wrote a letter to management this week saying, in part, “Allegations …”" → "SPLC staff"
    # (person, unnamed; the LA Times is the relay, the staff's letter the origin; another annotator might write
    # "letter", document); "Staffers at the time "accused Morris Dees, …"" → "Montgomery Advertiser" (the
    # sentence before's "The Montgomery Advertiser recalled that its own 1994 series … alleged"; the words are
    # the paper's; organization), its nested 'felt threatened and banded together.' without a speech verb of its
    # own (not an entry); "The LA Times also reported that Yale law professor Stephen Bright “had long heard …”"
    # → "LA Times" (organization: the paper's words, third person about Bright, as 709's Washington Post; another
    # annotator might write "Stephen Bright").
    ("718", "Allegations of mistreatment, sexual harassment", 0, "SPLC staff", "person"),
    ("718", "accused Morris Dees, the center’s driving force", 0, "Montgomery Advertiser", "organization"),
    ("718", "had long heard complaints about race discrimination", 0, "LA Times", "organization"),
    # 719: "One conservative woman exclaimed, “I’m struck …”" → "conservative woman" (the cue's words without the
    # determiner; person); its nested 'blues!’ one word.
    ("719", "I’m struck by the humanity", 0, "conservative woman", "person"),
    # 720: Jimenez-Varga's quotation and its resumption → two entries; “Istanbul Convention,” a name.
    ("720", "We are a small organization dealing with", 0, JIMENEZ_VARGA, "person"),
    ("720", "The fact that organizations like ours", 0, JIMENEZ_VARGA, "person"),
    # 721: Christensen's quotation ("tells The Verge") and its resumption, Anderson's and its resumption → four
    # entries.
    ("721", "Normally, you have capital to help", 0, CHRISTENSEN, "person"),
    ("721", "You assume that they would be able to find", 0, CHRISTENSEN, "person"),
    ("721", "A lot of these companies have the government", 0, ANDERSON, "person"),
    ("721", "Most space companies have some government money", 0, ANDERSON, "person"),
    # 722: van Arsdale's quotation ("she said", opened with a space after the mark) and its resumption, Noor's and
    # its resumption → four entries.
    ("722", "I was forced to move out of my apartment", 0, VAN_ARSDALE, "person"),
    ("722", "I lost one of my jobs", 0, VAN_ARSDALE, "person"),
    ("722", "It's been really stressful", 0, NOOR, "person"),
    ("722", "I think I might have to drop the thesis", 0, NOOR, "person"),
    # 723: the pull quote signed "— Tim Mak" → "Tim Mak" (as dev4/'s dash-signed pull quote); the interview's
    # "Tim Mak:" answers and the questions have no marks: not quotes.
    ("723", "Burr never warned the public", 0, "Tim Mak", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
