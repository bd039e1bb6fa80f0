"""The fifty-eighth (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev58/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

KY = "2019 Kentucky governor's race"
KY_FELONS = "Kentucky felon voting rights restoration"
ISO = "isotonitazene overdose deaths in the U.S."
COVID_WORLD = "COVID-19 worldwide"
TRACING = "state COVID-19 contact tracing effort"
STATE_OFFICIALS = "State health officials"
THE_OFFICIALS = "The officials"
GUNS = "U.S. gun sales, 2020"
OLIVA = "Mark Oliva"
UNHRC = "2019 UN Human Rights Council election votes"
CA_HOMELESS = "California homeless housing"
CHEN = "Joyce Chen"
OFFICIAL = "unnamed official"  # 506: "the unnamed official said", then "the official said"
PANEL = "military panel investigating the Kinston killings"
BESSER = "Richard Besser"  # 513: "Dr. Richard Besser", title dropped
WINGO = "C’Mone Wingo"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # 500 (FiveThirtyEight): "according to the Associated Press" closes the first clause ("still too close to
    # call"); the "but with 100 percent of precincts reporting, … leads … 49.2 percent to 48.8 percent, or a margin
    # of a little more than 5,000 votes" clause has no cue → none (clause scope). "which could have resulted in
    # 95,000 fewer people receiving Medicaid" hedged ("could have", a counterfactual), the writer's relative clause
    # about Bevin's plan → none. "his campaign pledge of restoring the right to vote to 140,000 felons" → Beshear
    # ("he also vowed", the pronoun's referent); "about 4 percent of …" the writer's appositive after the dash →
    # none. "one of just two states" a claim of 2 (as dev56/'s "one of only three"). "Within his first week" an
    # ordinal, "last night", "Tuesday night" dates; "Both chambers", "a simple majority" no numeral.
    ("500", "100 percent of precincts", 0, "precincts_reporting_share", "precincts", 100, 100, "exact", KY, None,
     "none", False, False),
    ("500", "49.2 percent", 0, "vote_share", "votes", 49.2, 49.2, "exact", "Andy Beshear, " + KY, None, "none",
     False, False),
    ("500", "48.8 percent", 0, "vote_share", "votes", 48.8, 48.8, "exact", "Matt Bevin, " + KY, None, "none",
     False, False),
    ("500", "a little more than 5,000 votes", 0, "vote_margin", "votes", 5000, None, "lower_bound", KY, None,
     "none", False, False),
    ("500", "95,000 fewer people", 0, "medicaid_coverage_loss", "people", 95000, 95000, "exact",
     "Bevin's Medicaid work requirement in Kentucky", None, "none", True, False),
    ("500", "140,000 felons", 0, "felons_regaining_vote", "felons", 140000, 140000, "exact", KY_FELONS, "Beshear",
     "person", False, False),
    ("500", "about 4 percent", 0, "share_of_voting_age_population", "citizen voting age population", 4, 4,
     "approx", KY_FELONS, None, "none", False, False),
    ("500", "two states", 0, "states_permanent_felon_disenfranchisement", "states", 2, 2, "exact",
     "U.S. states where felons permanently lose the vote", None, "none", False, False),
    # 501 (Newsmax): no numeric claim ("in 2027", "in 1933" years; "four years later" a duration; "first Black
    # player" an ordinal).
    # 502 (Boston Herald): no numeric claim ("the 2008 primaries" a year, "Eight years later" a duration).
    # 503 (Victor Hanson): "hundreds of millions of dollars" (vague 200,000,000/null, dev29/); "Paradox No. 3" an
    # identifier; "Two of the great sins of the modern West are misogyny and racism" a reference count (the two
    # named, as "one of"); "zero tolerance" an idiom; "multibillion-dollar" no numeral (dev24/'s "multimillion");
    # "a)", "b)", "c)" list labels.
    ("503", "hundreds of millions of dollars", 0, "rapper_net_worth", "dollars", 200_000_000, None, "vague",
     "rap's elite", None, "none", False, False),
    # 504 (BBC News): no numeric claim ("a few months" no numeral).
    # 505 (The Duran): no numeric claim ("one entertainer" a determiner, "Take a second" an idiom).
    # 506 (Press TV): "the billions of dollars Chinese companies have invested" (vague 2,000,000,000/null), no cue in
    # its sentence (the report is cited the paragraph before: sentence-local) → none; "just days after" no numeral.
    ("506", "billions of dollars", 0, "chinese_investment_in_israeli_tech", "dollars", 2_000_000_000, None, "vague",
     "Chinese investment in Israeli technology", None, "none", False, False),
    # 507 (Natural News): "over thirty coronavirus mutations" (lower_bound); "hundreds of millions of dollars"
    # (vague); "up to 1 billion doses … per year" (upper_bound, a production goal, not hedged) → "The company"
    # (Moderna, "announced"); "January 11", "March 23", "This year" dates; "Just two days later" and "for 12 to 18
    # months" durations; "mRNA-1273" an identifier.
    ("507", "over thirty coronavirus mutations", 0, "coronavirus_mutations_identified", "coronavirus mutations",
     30, None, "lower_bound", "novel coronavirus", None, "none", False, False),
    ("507", "hundreds of millions of dollars", 0, "vaccine_funding_awarded", "dollars", 200_000_000, None, "vague",
     "Moderna mRNA-1273 vaccine", None, "none", False, False),
    ("507", "up to 1 billion doses", 0, "vaccine_production_capacity", "doses", None, 1_000_000_000,
     "upper_bound", "Moderna mRNA-1273 vaccine", "The company", "organization", False, False),
    # 508 (Foreign Policy): case counts, `cases`, core: the WHO's global count ("announced" → organization); Florida's
    # "the 15,300 new cases reported there on Sunday" (none; not hedged: the "If … were a country … would have put
    # it in the top ten" counterfactual is about a ranking, not the count); India's "almost 30,000" (upper_bound,
    # none: "the country recorded" is the counted place, not a cited source). "in one day" a duration, "top ten
    # globally" a rank (dev4/'s "the top five"), "For the first time" an ordinal, "June 22" a date, "several White
    # House officials" (inside the quotation) no numeral.
    ("508", "more than 230,000 cases", 0, "cases", "cases", 230000, None, "lower_bound", COVID_WORLD,
     "the World Health Organization", "organization", False, True),
    ("508", "15,300 new cases", 0, "cases", "new cases", 15300, 15300, "exact", "COVID-19 in Florida", None, "none",
     False, True),
    ("508", "almost 30,000", 0, "cases", "new cases", None, 30000, "upper_bound", "COVID-19 in India", None, "none",
     False, True),
    # 509 (Vice): isotonitazene deaths a month: a national monthly rate (as dev29/'s yearly police killings: not
    # core); the headline's "40 Americans" (none), Logan's "40 to 50 … deaths per month" (range) and "about six per
    # month" ("said Logan, adding that") → "Logan"; "only a dozen new opioid substances" exact 12 → "Logan" ("Logan
    # said"); "1,900 fake pharmaceutical pills" none. "once or twice" (inside the quotation) a frequency; "last
    # summer", "last year", "In March", "April 2019" dates.
    ("509", "40 Americans", 0, "opioid_deaths_monthly", "Americans", 40, 40, "exact", ISO, None, "none", False,
     False),
    ("509", "40 to 50 isotonitazene-related deaths", 0, "opioid_deaths_monthly", "deaths", 40, 50, "range", ISO,
     "Logan", "person", False, False),
    ("509", "about six per month", 0, "opioid_deaths_monthly", "deaths", 6, 6, "approx", ISO, "Logan", "person",
     False, False),
    ("509", "a dozen new opioid substances", 0, "new_opioids_identified", "new opioid substances", 12, 12, "exact",
     "new opioids in the U.S.", "Logan", "person", False, False),
    ("509", "1,900 fake pharmaceutical pills", 0, "pills_found", "fake pharmaceutical pills", 1900, 1900, "exact",
     "isotonitazene in Canada", None, "none", False, False),
    # 510 (New York Times - Opinion): "the executions of 22 Union soldiers" (a historical toll, `killed`, core as
    # dev56/'s historical tolls) none; Pickett's threat "to hang 10 U.S. Army prisoners for every Confederate
    # prisoner" (a "for every" ratio: one claim of the informative number; a threat, as a plan, not hedged, not
    # core) → "the Confederate general" (the threat is his words). "the Mexican-American war" a name.
    ("510", "executions of 22 Union soldiers", 0, "killed", "Union soldiers", 22, 22, "exact",
     "Kinston executions (Civil War)", None, "none", False, True),
    ("510", "10 U.S. Army prisoners", 0, "threatened_hangings", "U.S. Army prisoners", 10, 10, "exact",
     "Pickett's threatened retaliation", "the Confederate general", "person", False, False),
    # 511 (NewsBusters): "two young sons" (a family count, as dev14/'s "my seven grandchildren") inside the quotation
    # of an unnamed "she" → "she", anonymous (as dev30/'s C09); "a 15-year veteran" a duration; "Both officers" no
    # numeral; "one of the officers … passed away" "one of"; "Tuesday", "Wednesday" dates.
    ("511", "two young sons", 0, "children", "sons", 2, 2, "exact", "Tulsa officer Johnson", "she", "anonymous",
     False, False),
    # 512 (The Nation): "tens of thousands of workers" (vague 20,000/null); "In all three cases" a reference count
    # (the three strikes named); "2019, 2020", "the early 1930s", "the 2020 election" dates.
    ("512", "tens of thousands of workers", 0, "strike_workers", "workers", 20000, None, "vague",
     "U.S. supermajority strikes", None, "none", False, False),
    # 513 (ABC News): "State health officials told ABC News" → anonymous for the rates (above 60%, lower_bound;
    # 67.9%); "The officials said" → anonymous for the outreach counts; "18,936 confirmed cases" `cases`, core (a
    # case count; another annotator might call it an outreach count, not core); "more than 34,000 people" and
    # "15,889 of their contacts" outreach counts, not core. "May 11", "Friday", "the middle of the week" dates;
    # "connection rates" a term.
    ("513", "above 60%", 0, "contact_tracing_connection_rate", "connection rates", 60, None, "lower_bound",
     TRACING, STATE_OFFICIALS, "anonymous", False, False),
    ("513", "67.9%", 0, "contact_tracing_connection_rate", "connection rate", 67.9, 67.9, "exact", TRACING,
     STATE_OFFICIALS, "anonymous", False, False),
    ("513", "more than 34,000 people", 0, "people_reached", "people", 34000, None, "lower_bound", TRACING,
     THE_OFFICIALS, "anonymous", False, False),
    ("513", "18,936 confirmed cases", 0, "cases", "confirmed cases", 18936, 18936, "exact", TRACING, THE_OFFICIALS,
     "anonymous", False, True),
    ("513", "15,889 of their contacts", 0, "contacts_reached", "contacts", 15889, 15889, "exact", TRACING,
     THE_OFFICIALS, "anonymous", False, False),
    # 514 (Drudge Report): "roughly 15 percent higher than expected" → "E. Casey Wardynski" ("according to"; not
    # hedged: "Perhaps" softens "an early indicator", the figure is "the fact that …"); "its targeted end-strength
    # number of 485,000 soldiers" → "Wardynski" (a target, not core, not hedged). "this week", "mid-July", "June 14"
    # dates; "later in the year" a date.
    ("514", "roughly 15 percent", 0, "army_retention_above_expected", "retention", 15, 15, "approx",
     "U.S. Army retention", "E. Casey Wardynski", "person", False, False),
    ("514", "485,000 soldiers", 0, "army_end_strength_target", "soldiers", 485000, 485000, "exact",
     "U.S. Army end strength", "Wardynski", "person", False, False),
    # 515 (Los Angeles Daily News): "designed to draw thousands" (vague 2000/null, a rally's goal: not hedged, a crowd
    # count: not core); "which has killed more than 1,000 people in the county" (`killed`, core, none); the pasted
    # tweet's "Two different protests appear to have converged" → "Elizabeth Chou" (the tweet's author, dev56/),
    # hedged ("appear to", as the seed's "is thought to"). "May 1, 2020" a date; "@reporterliz" an identifier.
    ("515", "draw thousands", 0, "rally_attendance_goal", "people", 2000, None, "vague",
     "LA Civic Center rally against stay-home orders", None, "none", False, False),
    ("515", "killed more than 1,000 people", 0, "killed", "people", 1000, None, "lower_bound",
     "COVID-19 in Los Angeles County", None, "none", False, True),
    ("515", "Two different protests", 0, "protests", "protests", 2, 2, "exact",
     "LA Civic Center rally against stay-home orders", "Elizabeth Chou", "person", True, False),
    # 516 (Newsmax - Opinion): no numeric claim ("Article I" an identifier).
    # 517 (Washington Free Beacon): the headline's "6 Million Guns" (none; "Three Months" a duration); "April's 1.8
    # million and March's 2.5 million" (none); the two "40 percent" inside Mark Oliva's quotation → him. "May 2020",
    # "2019", "a single month", "for the first time" dates and ordinals.
    ("517", "6 Million Guns", 0, "guns_sold", "Guns", 6_000_000, 6_000_000, "exact", GUNS, None, "none", False,
     False),
    ("517", "April's 1.8 million", 0, "guns_sold", "gun sales", 1_800_000, 1_800_000, "exact", GUNS, None, "none",
     False, False),
    ("517", "March's 2.5 million", 0, "guns_sold", "gun sales", 2_500_000, 2_500_000, "exact", GUNS, None, "none",
     False, False),
    ("517", "40 percent of these gun buyers", 0, "first_time_buyer_share", "gun buyers", 40, 40, "exact", GUNS,
     OLIVA, "person", False, False),
    ("517", "40 percent are women", 0, "women_share_of_first_time_owners", "first-time gun owners", 40, 40,
     "exact", GUNS, OLIVA, "person", False, False),
    # 518 (CNS News): the three "at least" counts (lower_bound) are the writer's "simple arithmetic" → none; "Not one
    # E.U. member-state" (inside Neuer's quotation) a negation, not a count (as "None of"); "Thursday" a date.
    ("518", "at least 16 members", 0, "eu_votes_for_or_abstaining", "members of the European Union", 16, None,
     "lower_bound", "Sudan, " + UNHRC, None, "none", False, False),
    ("518", "at least 13 E.U. members", 0, "eu_votes_for_or_abstaining", "E.U. members", 13, None, "lower_bound",
     "Mauritania, " + UNHRC, None, "none", False, False),
    ("518", "at least nine EU states", 0, "eu_votes_for_or_abstaining", "EU states", 9, None, "lower_bound",
     "Libya, " + UNHRC, None, "none", False, False),
    # 519 (Fox News Opinion): no numeric claim ("October 2016" a date, "Candidate 1" an identifier, "Second," an
    # ordinal, "multiple corroborated sources" no numeral).
    # 520 (George Will): "more than a million signatures" (lower_bound 1,000,000) and "In 14 states" none; "Nov. 6"
    # a date.
    ("520", "more than a million signatures", 0, "petition_signatures", "signatures", 1_000_000, None,
     "lower_bound", "Florida felon voting rights ballot initiative", None, "none", False, False),
    ("520", "14 states", 0, "states_automatic_restoration", "states", 14, 14, "exact",
     "automatic restoration of felons' civil rights", None, "none", False, False),
    # 521 (Slate): no numeric claim ("COVID-19" a name).
    # 522 (The Mercury News): the two "$750 million" (the eliminated state fund; the federal funds the governor
    # "intends to use", a plan, not hedged), "more than 15,000 rooms" and "7,200 of which are occupied", all none;
    # "in January" a date, "for months" a duration, "K12" a name.
    ("522", "$750 million state fund", 0, "homeless_housing_fund", "dollars", 750_000_000, 750_000_000, "exact",
     CA_HOMELESS, None, "none", False, False),
    ("522", "$750 million in federal funds", 0, "federal_funds_for_hotels", "dollars", 750_000_000, 750_000_000,
     "exact", CA_HOMELESS, None, "none", False, False),
    ("522", "more than 15,000 rooms", 0, "hotel_rooms_leased", "rooms", 15000, None, "lower_bound",
     "Project Roomkey", None, "none", False, False),
    ("522", "7,200 of which are occupied", 0, "hotel_rooms_occupied", "rooms", 7200, 7200, "exact",
     "Project Roomkey", None, "none", False, False),
    # 523 (The Gateway Pundit): "after two White House staffers were diagnosed with coronavirus" (`cases`, core, as
    # dev's "diagnosed") inside the complement of "Trump says" → "Trump"; "a two week course" a duration; "Sunday" a
    # date.
    ("523", "two White House staffers", 0, "cases", "White House staffers", 2, 2, "exact",
     "COVID-19 at the White House", "Trump", "person", False, True),
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # 502: "McCain’s analysis of Trump’s “half-baked, spurious nationalism,”" a three-word label after a noun (not a
    # verb of saying); “deplorables,” one word; “Republicans don’t fall in love, they fall in line.” a saying quoted
    # as a saying (no speaker, a slogan); “falling in line” a reference to it. No quote.
    # 503: “bitches and hos,”, “the Jews.” labels, “authentic.” one word. No quote.
    # 504: Chen's five quotations (the first two "says Joyce Chen", the third uncued in the "he says" paragraph, the
    # last two "says Chen" and its resumption).
    ("504", "The climate is becoming more volatile", 0, CHEN, "person"),
    ("504", "Where in the past we see migration", 0, CHEN, "person"),
    ("504", "People realise it is not viable to stay", 0, CHEN, "person"),
    ("504", "When we look at people converting", 0, CHEN, "person"),
    ("504", "They seem pretty resilient", 0, CHEN, "person"),
    # 506: "the unnamed official said", "the official said, adding …" → three entries, one speaker.
    ("506", "the Israeli side has politely acknowledged", 0, OFFICIAL, "person"),
    ("506", "I don’t think polite deflection", 0, OFFICIAL, "person"),
    ("506", "this is a high priority for the US", 0, OFFICIAL, "person"),
    # 507: the headline's “warp speed” and “emergency use” terms.
    # 508: "A White House official told CNN … that “…”" → "White House official"; “bungling” one word.
    ("508", "several White House officials are concerned", 0, "White House official", "person"),
    # 509: "said Logan" and the uncued quotation in the "Logan said" paragraph.
    ("509", "Isotonitazene is the most persistent", 0, "Logan", "person"),
    ("509", "Most new opioids we see once or twice", 0, "Logan", "person"),
    # 510: "“It is the opinion of board,” the panel wrote, “these men …”" → two entries (organization).
    ("510", "It is the opinion of board", 0, PANEL, "organization"),
    ("510", "these men have violated the rules of war", 0, PANEL, "organization"),
    # 511: the opening "she added" (never named in the excerpt) and its resumption → null; Wingo's "she said"; the
    # block quotation without marks is not a quote.
    ("511", "Both officers were taken to the hospital", 0, None, "unknown"),
    ("511", "Johnson, a 15-year veteran, died", 0, None, "unknown"),
    ("511", "I think I just heard this morning", 0, WINGO, "person"),
    # 513: "connection rates" a term; Besser's two quotations.
    ("513", "In general, people are wary", 0, BESSER, "person"),
    ("513", "Many of the groups that are being hardest hit", 0, BESSER, "person"),
    # 514: "could also “give a good indication” of …, according to Muth" (a four-word predicate credited by the
    # cue) and the quotation "said Muth" with its resumption → three entries.
    ("514", "give a good indication", 0, "Muth", "person"),
    ("514", "I don’t know if we’ve seen the upturn", 0, "Muth", "person"),
    ("514", "What I would tell you is", 0, "Muth", "person"),
    # 515: “Humanity First,”, “America”, “Shutdown is Killing Small Biz”, “Freedom.” signs and banners (slogans).
    ("515", "I just want to go back to work", 0, "Jared Clement", "person"),
    # 516: "Said McConnell, Schumer "would apparently like …"" → "McConnell"; "national security." and "Abuse of
    # Power." labels.
    ("516", "would apparently like our chamber", 0, "McConnell", "person"),
    # 517: the opening "he said in a statement" (never named) and its resumption → null; Mark Oliva's two.
    ("517", "Firearms sales have surged", 0, None, "unknown"),
    ("517", "The boom in handgun sales", 0, None, "unknown"),
    ("517", "Our recent survey of firearm retailers", 0, OLIVA, "person"),
    ("517", "Of those first-time gun owners", 0, OLIVA, "person"),
    # 518: the headline's ‘Absurd, Immoral and Offensive’ (the colon's right side is the news, not a speaker) →
    # null; the opening "he said" → null (the excerpt does not say who "he" is; Neuer is named only later); Neuer's
    # two; “the Global Campaign to Expel Maduro from the UNHRC.” a name.
    ("518", "Absurd, Immoral and Offensive", 0, None, "unknown"),
    ("518", "Sadly, today the U.N. General Assembly", 0, None, "unknown"),
    ("518", "Not one E.U. member-state spoke out", 0, "Neuer", "person"),
    ("518", "By turning a blind eye", 0, "Neuer", "person"),
    # 519: "The Democratic memo says …" → document; the footnote's sentence ("a footnote in the October 2016 FISA
    # warrant request that said:") → document, the cue's noun with its modifiers.
    ("519", "provided additional information obtained", 0, "Democratic memo", "document"),
    ("519", "The FBI speculates that", 0, "footnote in the October 2016 FISA warrant request", "document"),
    # 520: “returning citizens” a label after "what he calls"; Meade's colon-cued argument.
    ("520", "I challenge people to say", 0, "Meade", "person"),
    # 521: "Shoshana Zuboff says the workplace is “…”".
    ("521", "where invasive technologies are normalized", 0, "Shoshana Zuboff", "person"),
    # 522: Garcia's quotation and its resumption.
    ("522", "It was not as dire as was predicted", 0, "David Garcia", "person"),
    ("522", "But there’s still a lot of changes", 0, "David Garcia", "person"),
    # 523: the headline's quotation ("President Trump Tells …:") → "Trump" (no fuller name in the excerpt); “deep
    # state.” and “essential services,” labels after "call"/"Calling them"; the body's "Trump said" quotation, its
    # resumption, and "he says" → Trump.
    ("523", "I have a chance to break the deep state", 0, "Trump", "person"),
    ("523", "What am I doing? I’m fighting the deep state", 0, "Trump", "person"),
    ("523", "I’m fighting the swamp", 0, "Trump", "person"),
    ("523", "I’m still here, to the best of my knowledge", 0, "Trump", "person"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
