"""The thirty-seventh (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev37/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

TRUMP_PROGRAM = "Trump economic program"
CAMPAIGN = "the campaign's voter contact"
WORLD = "COVID-19 worldwide"
US_COVID = "COVID-19 in the United States"
PARKLAND = "Parkland high school shooting"
SCENARIO = "worst-case coronavirus scenario"
STUDY = "disillusionment and polarization studies"
MAINE = "Maine 2020 Democratic primary"
COLBY = "A recent Colby College poll"
OMAR = "Ilhan Omar"
PESKOV = "Dmitry Peskov"
RESEARCHERS = "researchers"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # J00 (Newt Gingrich): the program's growth goal, "4 percent or even 5 percent growth" two claims (percentages
    # in percent; a goal, "is designed to get to" no hedge cue); "the 1970s and 1980s" decades.
    ("J00", "4 percent", 0, "growth_target", "percent growth", 4, 4, "exact", TRUMP_PROGRAM, None, "none", False,
     False),
    ("J00", "5 percent growth", 0, "growth_target", "percent growth", 5, 5, "exact", TRUMP_PROGRAM, None, "none",
     False, False),
    # J01 (Medium): the campaign's contact counts ("over", "more than" lower_bound); "two-cent wealth tax" a compound
    # count (a rate, not core); "43 million Americans" the debt plan's reach; "a year ago" (twice) a duration. The
    # writer is not named: none.
    ("J01", "over 22 million doors", 0, "doors_knocked", "doors", 22_000_000, None, "lower_bound", CAMPAIGN, None,
     "none", False, False),
    ("J01", "20 million phone calls", 0, "phone_calls", "phone calls", 20_000_000, 20_000_000, "exact", CAMPAIGN,
     None, "none", False, False),
    ("J01", "more than 42 million texts", 0, "texts_sent", "texts", 42_000_000, None, "lower_bound", CAMPAIGN, None,
     "none", False, False),
    ("J01", "two-cent wealth tax", 0, "wealth_tax_rate", "cents", 2, 2, "exact", "wealth tax proposal", None,
     "none", False, False),
    ("J01", "43 million Americans", 0, "student_debt_holders", "Americans", 43_000_000, 43_000_000, "exact",
     "student loan debt cancellation plan", None, "none", False, False),
    # J02 (David Brooks): no numeric claim ("36 years ago", "about 2.5 seconds" durations; "the two contradictory
    # testimonies" a reference count; "the one state" a pronoun).
    # J03 (The Western Journal): no numeral ("COVID-19" a name).
    # J04 (Michael Brendan Dougherty): no numeral.
    # J05 (True Pundit): "thousands of ventilators" (vague 2,000/null, as dev16/'s v23, the same story); "2nd wave",
    # "second wave" ordinals, "Wednesday" a date, "one making ventilators" a pronoun.
    ("J05", "thousands of ventilators", 0, "ventilators_produced", "ventilators", 2000, None, "vague", "Ford", None,
     "none", False, False),
    # J06 (GreenMedInfo): no numeric claim ("COVID-19", "N95" names; "One of these measures" "one of"; "a very small
    # number" no numeral).
    # J07 (Humans Are Free): "7 vaccine labs" in Emerald Robinson's pasted tweet → its author (person); "the 2nd
    # largest funder" a rank; "Event 201", "ID2020" names; "April 6, 2020" a date; "several years ago" a duration.
    ("J07", "7 vaccine labs", 0, "vaccine_labs", "vaccine labs", 7, 7, "exact", "Bill Gates", "Emerald Robinson",
     "person", False, False),
    # J08 (MarketWatch): the worst-case scenario's infections and deaths (vague, hypothetical "would": hedged, not
    # core); the link line's "Dow down more than 800 points" (lower_bound, no cue); the ticker widget's "+4.67%",
    # "+9.28%", "+1.00%", "0.981%", "+0.80%" after the symbols are quote-widget values, not claims; "Last week",
    # "Monday" dates.
    ("J08", "hundreds of millions of people", 0, "infected_projected", "people", 200_000_000, None, "vague",
     SCENARIO, None, "none", True, False),
    ("J08", "millions would die", 0, "death_toll", "people", 2_000_000, None, "vague", SCENARIO, None, "none", True,
     False),
    ("J08", "Dow down more than 800 points", 0, "dow_decline", "points", 800, None, "lower_bound",
     "Dow Jones Industrial Average", None, "none", False, False),
    # J09 (Vox): the toll, core, no cue; "more than a month before" (twice) a duration; "January 5, 2018" a date.
    ("J09", "killed 17 people", 0, "killed", "people", 17, 17, "exact", PARKLAND, None, "none", False, True),
    # J10 (Guest Writer - Right): no numeric claim ("1144" a year, "Five years later", "Over the next hundred years"
    # durations, "the 14th century" an ordinal; "a young boy … was found dead" a determiner).
    # J11 (CNN): no numeric claim ("2013", "2012" years; "Billions" a title).
    # J12 (Washington Times): world infections (a case count, core, no cue); "The first cases" an ordinal; "one
    # thing" a pronoun.
    ("J12", "more than 13.5 million infections", 0, "cases", "infections", 13_500_000, None, "lower_bound", WORLD,
     None, "none", False, True),
    # J13 (PBS NewsHour): the headline's "$3T" bill; the US toll and cases (core) and unemployment claims (a national
    # statistic, not core), no cue.
    ("J13", "$3T coronavirus relief bill", 0, "relief_bill_cost", "dollars", 3e12, 3e12, "exact", "The Heroes Act",
     None, "none", False, False),
    ("J13", "more than 86,000 Americans dead", 0, "killed", "Americans", 86000, None, "lower_bound", US_COVID, None,
     "none", False, True),
    ("J13", "1.4 million confirmed infections", 0, "cases", "confirmed infections", 1_400_000, 1_400_000, "exact",
     US_COVID, None, "none", False, True),
    ("J13", "36 million filing unemployment claims", 0, "unemployment_claims", "people", 36_000_000, 36_000_000,
     "exact", "United States", None, "none", False, False),
    # J14 (Press TV): world infections ("5,434, 600" sic: 5,434,600) and deaths, core, no cue; "since 1992" a year,
    # "first full-fledged nuclear test" an ordinal, "Last December" a date.
    ("J14", "more than 5,434, 600 people", 0, "cases", "people", 5_434_600, None, "lower_bound", WORLD, None, "none",
     False, True),
    ("J14", "over 344,500 others", 0, "killed", "people", 344_500, None, "lower_bound", WORLD, None, "none", False,
     True),
    # J15 (The Gateway Pundit): "killed 96,000 Americans" in Gordon G. Chang's pasted tweet → its author (person),
    # core; "15 days", "8 months" durations inside a slogan; "the 2020 election", "for decades", the tweets' dates.
    ("J15", "killed 96,000 Americans", 0, "killed", "Americans", 96000, 96000, "exact", US_COVID, "Gordon G. Chang",
     "person", False, True),
    # J16 (RollingStone.com): no numeric claim ("2016", "2020" years, "hour-long" a duration, "third party" an
    # ordinal).
    # J17 (S.E. Cupp): no numeric claim ("24/7" a frequency, "One person" a determiner).
    # J18 (Pacific Standard): the studies' samples and the half of the last one (0.5), none (the writer's
    # description); "The second study", "The final study" ordinals; "the week before/after" durations; "2016".
    ("J18", "243 Americans", 0, "study_participants", "Americans", 243, 243, "exact", STUDY, None, "none", False,
     False),
    ("J18", "234 people", 0, "study_participants", "people", 234, 234, "exact", STUDY, None, "none", False, False),
    ("J18", "Half", 0, "participants_share", "people", 0.5, 0.5, "exact", STUDY, None, "none", False, False),
    # J19 (Ryan Cooper): no numeric claim ("about 1980-2008" years, "2016 run" a year).
    # J20 (Portland Press Herald): the 2016 caucus share (none); "five other Democrats" (new information); the
    # Colby College poll's sample and shares → the poll (document, as dev10/'s "A Pew poll of 37 countries");
    # "The other three candidates" a reference count (the three named after it, 5 − 2); "in the single-digits"
    # no numeral; "In 2016", "This year" dates.
    ("J20", "64 percent of the vote", 0, "vote_share", "vote", 64, 64, "exact", "Maine 2016 Democratic caucuses",
     None, "none", False, False),
    ("J20", "five other Democrats", 0, "candidates", "Democrats", 5, 5, "exact", MAINE, None, "none", False, False),
    ("J20", "roughly 350 Democrats", 0, "poll_sample", "Democrats", 350, 350, "approx", MAINE, COLBY, "document",
     False, False),
    ("J20", "25 percent support", 0, "poll_share", "support", 25, 25, "exact", MAINE, COLBY, "document", False,
     False),
    ("J20", "14 percent", 0, "poll_share", "support", 14, 14, "exact", MAINE, COLBY, "document", False, False),
    ("J20", "12 percent", 0, "poll_share", "support", 12, 12, "exact", MAINE, COLBY, "document", False, False),
    # J21 (Geller Report News): no numeric claim ("Covid-19" a name, "each day", "each Friday" frequencies).
    # J22 (Big League Politics): "26 million unemployed" in the site's poll widget (as dev16/'s v06), no cue;
    # "7 Action News" a name.
    ("J22", "26 million unemployed", 0, "unemployed", "unemployed", 26_000_000, 26_000_000, "exact",
     "United States", None, "none", False, False),
    # J23 (Health Nut News): no numeric claim ("a week or two" a duration, "one of the first parks" "one of",
    # "March 20" a date).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # J00: “cool it off.” (an idiom, no verb of saying), “new normal,” and “Obama normal” (labels): no quotes.
    # J01, J02, J06, J07 (the pasted tweet has no marks; “vaccine tracking” a label), J08, J10 (‘Anti-Human’ one
    # word): no quotes. J04: “populist” one word.
    # J03: the opener's "she said" never named (the headline's governor is not said to be her) → null; Omar's
    # statement said, resumed, resumed and reopened in the next paragraph → five entries.
    ("J03", "If it is demonstrated outside provocateurs", 0, None, "unknown"),
    ("J03", "We have a moral responsibility to help communities heal", 0, OMAR, "person"),
    ("J03", "Minneapolis’s economy has been ravaged", 0, OMAR, "person"),
    ("J03", "The situation facing our city stems from", 0, OMAR, "person"),
    ("J03", "It is no less worthy of federal relief", 0, OMAR, "person"),
    ("J03", "But we cannot rely on a Presidential Emergency Declaration", 0, OMAR, "person"),
    # J05: as dev16/'s v23 (the same story): the headline's quotation ("Trump, in Michigan:"), two quotations each
    # resumed, and Sexton's relay of Trump's words → six entries, "Trump".
    ("J05", "We're not going to close the country", 0, "Trump", "person"),
    ("J05", "People say that’s a very distinct possibility", 0, "Trump", "person"),
    ("J05", "It’s standard. And, we’re going put out the fires.", 0, "Trump", "person"),
    ("J05", "The global pandemic proves once and for all", 0, "Trump", "person"),
    ("J05", "I’m fighting to bring back our jobs from China", 0, "Trump", "person"),
    ("J05", "We will not do a lockdown for the second wave", 0, "Trump", "person"),
    # J09: the FBI's statement ("the bureau said", "the FBI said in a statement:") and the uncued “no further
    # investigation …” continuing it → three entries, "FBI".
    ("J09", "desire to kill people, erratic behavior", 0, "FBI", "organization"),
    ("J09", "Protocols were not followed.", 0, "FBI", "organization"),
    ("J09", "no further investigation was conducted at this time.", 0, "FBI", "organization"),
    # J11: "regret" one word; "Billions." and "This Man is Busting Wall Street." titles; " the Showman ." a
    # nickname after "dubbed"; the headline's 'Showman' one word: no quotes.
    # J12: Raab "called it “completely unacceptable”" (a short quotation after a naming verb, as dev29/'s B20);
    # the agency's clause after "said the attacks would"; Peskov's quotation and its resumption.
    ("J12", "completely unacceptable", 0, "Dominic Raab", "person"),
    ("J12", "hinder response efforts at a time when", 0, "Communications Security Establishment", "organization"),
    ("J12", "We find such accusations unacceptable", 0, PESKOV, "person"),
    ("J12", "We have no information on who could have hacked", 0, PESKOV, "person"),
    # J13: Ryan's quotation and its resumption, McCarthy's; “The Heroes Act” a name.
    ("J13", "Are you kidding me?", 0, "Tim Ryan", "person"),
    ("J13", "Where do you guys live?", 0, "Tim Ryan", "person"),
    ("J13", "It may help the cannabis industry", 0, "Kevin McCarthy", "person"),
    # J14: "said North Korea would soon develop a “new strategic weapon.”" (a short quotation after a verb of
    # saying) → "Kim" (the only name given); 'nuclear deterrence' a headline term, “provocative” one word.
    ("J14", "new strategic weapon.", 0, "Kim", "person"),
    # J15: the pasted tweets have no outer marks; "Disagreements", "disagreement" one word; the two slogans
    # "15 days to slow the spread, …" and "8 months to wait for a cure …" (the first the government's slogan, the
    # second the tweeter's mock one, no verb of saying): no quotes.
    # J16: O'Neil's statement; Gabbard "called allegations … “completely despicable.”" (a short quotation after a
    # naming verb); the headline's ‘Totally’ one word.
    ("J16", "Clinton has spent her entire career as an asset", 0, "Michael O’Neil", "person"),
    ("J16", "completely despicable.", 0, "Tulsi Gabbard", "person"),
    # J17: the readers' replies the column quotes name nobody → speaker null; the last after "One person summed
    # up …" → "person". “the media.” a two-word label; the nested ‘putting down politics,’, ‘both sides.’ and ‘put
    # down my politics’ labels inside the replies.
    ("J17", "...it is driven by the antisemitism", 0, None, "unknown"),
    ("J17", "Cannot put down our politics while an enabler", 0, None, "unknown"),
    ("J17", "The cure is the removal of the White Supremacist", 0, None, "unknown"),
    ("J17", "We have a president who is not only incapable", 0, None, "unknown"),
    ("J17", "I know this will bother you, but the sickness", 0, None, "unknown"),
    ("J17", "@CNN spews hate 24/7", 0, None, "unknown"),
    ("J17", "Sadly, S.E., it starts with you", 0, None, "unknown"),
    ("J17", "FOX News is pumping", 0, None, "unknown"),
    ("J17", "If I ‘put down my politics’ the other side will win", 0, "person", "person"),
    # J18: the researchers' two quotations, each resumed after its cue → four entries; the instructions after
    # "were asked to" and "were instructed to ponder" → "researchers" (wordings given by them under a verb of
    # asking); "statements such as "Health care should be provided …"" is a survey item's wording under no verb
    # of saying (as dev21/'s a21): not a quote.
    ("J18", "'Remain' supporters felt more disillusioned", 0, RESEARCHERS, "person"),
    ("J18", "which in turn predicted more extreme left-wing views.", 0, RESEARCHERS, "person"),
    ("J18", "The results of the election led to increased", 0, RESEARCHERS, "person"),
    ("J18", "which in turn predicted a shift toward", 0, RESEARCHERS, "person"),
    ("J18", "think of a worldwide issue that makes you feel", 0, RESEARCHERS, "person"),
    ("J18", "an ordinary event in your life.", 0, RESEARCHERS, "person"),
    # J19: Waldman's quotation ("writes"); the nested 'private' one word; Cramer's words follow the excerpt.
    ("J19", "is relegated by custom and practice", 0, "Steve Randy Waldman", "person"),
    # J20: Klobuchar's quotation.
    ("J20", "I think Maine, that practical state", 0, "Klobuchar", "person"),
    # J21: "she said", "she continued" and the uncued next paragraph (keeps the last speaker): "she" never named →
    # null; the Adhan's words ("The words in the Adhan state:") → "Adhan" (document).
    ("J21", "Ramadan is normally a time for the Muslim community", 0, None, "unknown"),
    ("J21", "Like many aspects of all our lives", 0, None, "unknown"),
    ("J21", "The council considered the request", 0, None, "unknown"),
    ("J21", "Allah is the greatest.", 0, "Adhan", "document"),
    # J22: the father's quotation ("the suspect's father said to 7 Action News"); the poll widget holds no marks.
    ("J22", "He has issues and for them to put him", 0, "suspect’s father", "person"),
    # J23: the opening quotation has no cue and names no one → null.
    ("J23", "While so much has changed for humans", 0, None, "unknown"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
