"""The fifty-first (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev51/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

ONE_THIRD = 1 / 3  # fractions are written as fractions (as in dev3/), percentages as percents
NINE_TENTHS = 9 / 10

GENERATIONS = "U.S. generations' party identification"
HAWAII = "Hawaii Democratic presidential primary"
NOMINATION = "2020 Democratic presidential nomination"
HOMELESS_NYC = "COVID-19 among New York City's homeless"
CHINA = "COVID-19 in China"
SARS = "SARS outbreak of 2002"
SOROS = "George Soros"
BELTZ = "Laura Beltz"
TOEPPER = "Toepper"
SCIENTISTS = "Scientists"
SEVENTH = "Seventh Circuit majority"
CAOUETTE = "David Caouette"
MISCHKOWSKI = "Mischkowski"
AD = "ad"  # Trump's campaign ad ("The ad introduces …", "Trump's ad can't suppress a swipe:")
TRUMP = "Trump"

# fmt: off
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
    # X00 (Pew Research Center's own report): Pew is the outlet, its figures → none (dev25/'s j11); "Nearly a
    # third of Boomers (31%)" two claims (upper_bound null/(1/3) and exact 31, as dev25/'s "about half (48%)");
    # "more than 15,000 interviews" the analysis's sample (lower_bound; none: Pew's own analysis, the figure inside
    # the cue's noun phrase); "All four groups" a reference count (the generations of the report); "2016" (three
    # times, one in a report title) a year; "year to year" not a figure.
    ("X00", "Nearly a third of Boomers", 0, "conservative_republican_share", "Boomers", None, ONE_THIRD,
     "upper_bound", GENERATIONS, None, "none", False, False),
    ("X00", "31%", 0, "conservative_republican_share", "Boomers", 31, 31, "exact", GENERATIONS, None, "none",
     False, False),
    ("X00", "36% of Silents", 0, "conservative_republican_share", "Silents", 36, 36, "exact", GENERATIONS, None,
     "none", False, False),
    ("X00", "more than 15,000 interviews", 0, "survey_interviews", "interviews", 15000, None, "lower_bound",
     "Pew Research Center generational analysis", None, "none", False, False),
    # X01 (CNN - Editorial): no numeric claim ("a two-minute video" a duration, "Trump 2020" a sign's slogan,
    # "Sunday" a date, "one protester" / "one of the golf cart drivers" determiners and "one of").
    # X02 (The Week - Opinion): "a sloppy one-page memo" a compound count (dev32/'s "one-page document"); "months
    # later" a duration.
    ("X02", "one-page memo", 0, "memo_pages", "page", 1, 1, "exact", "Sessions memo rescinding DACA", None,
     "none", False, False),
    # X03 (Quillette): "two meanings of the word" a count (exact 2); "The first of these", "the second" ordinals;
    # "the past 30-odd years" a duration; "over 70 varieties" → Facebook, which lists them (organization, as
    # dev49/'s state that posts its count).
    ("X03", "two meanings", 0, "word_meanings", "meanings", 2, 2, "exact", "the word \u201crespect\u201d", None,
     "none", False, False),
    ("X03", "over 70 varieties of gender identification", 0, "gender_identity_options", "varieties", 70, None,
     "lower_bound", "Facebook gender options", "Facebook", "organization", False, False),
    # X04 (Boston Herald): the zone's size → "a university spokesman" (anonymous, as dev22/'s b20 "An Edison
    # spokesman"); "December", "Thursday" dates; "each month" not a figure.
    ("X04", "8,835 square feet", 0, "area", "square feet", 8835, 8835, "exact",
     "UMass Dartmouth free speech zone", "a university spokesman", "anonymous", False, False),
    # X05 (Humans Are Free): no numeric claim ("several existential dangers" no numeral, "May 5" a date, "one of
    # the EU's Court of Justice decisions" a "one of", "COVID-19" a name).
    # X06 (Geller Report News): no numeric claim ("ACE2", "SARS-CoV-2" names).
    # X07 (Press TV): vote shares, delegates and ballots, none core; "Sanders will earn eight" (delegates implied;
    # "will" does not hedge); "needs 1,991 delegates to win" a threshold (a claim); the ballots → "the
    # announcement" (document, the cue closing the sentence, both clauses); "last month", "April 13", "April 4",
    # "Friday", and inside the party's statement "April 4th", "May 22, 2020", "May 23, 2020" dates, "a third
    # mailing" an ordinal.
    ("X07", "63.2% of the final vote", 0, "vote_share", "vote", 63.2, 63.2, "exact", HAWAII, None, "none", False,
     False),
    ("X07", "36.8%", 0, "vote_share", "vote", 36.8, 36.8, "exact", HAWAII, None, "none", False, False),
    ("X07", "16 of Hawaii\u2019s delegates", 0, "delegates_won", "delegates", 16, 16, "exact", HAWAII, None, "none",
     False, False),
    ("X07", "will earn eight", 0, "delegates_won", "delegates", 8, 8, "exact", HAWAII, None, "none", False, False),
    ("X07", "a total of 1,566 delegates", 0, "delegates_total", "delegates", 1566, 1566, "exact", NOMINATION, None,
     "none", False, False),
    ("X07", "1,991 delegates", 0, "delegates_needed", "delegates", 1991, 1991, "exact", NOMINATION, None, "none",
     False, False),
    ("X07", "Over 79,000 ballots", 0, "ballots_sent", "ballots", 79000, None, "lower_bound", HAWAII,
     "the announcement", "document", False, False),
    ("X07", "nearly 35,000 were returned", 0, "ballots_returned", "ballots", None, 35000, "upper_bound", HAWAII,
     "the announcement", "document", False, False),
    # X08 (Foreign Policy): "thousands of attendees" (vague 2000/null, attendance: not core); "hundreds of COVID-19
    # cases" (vague 200/null, the Kuala Lumpur gathering's cluster: `cases`, core; not hedged: "It is suspected"
    # governs the attendees' link to the gathering, not the count, which "turned out"); "March 8-10" a date, "a
    # month earlier" a duration, "Last week" a date; "a newborn child died" has no numeral.
    ("X08", "thousands of attendees", 0, "attendees", "attendees", 2000, None, "vague",
     "Tablighi Jamaat meeting in New Delhi", None, "none", False, False),
    ("X08", "hundreds of COVID-19 cases", 0, "cases", "COVID-19 cases", 200, None, "vague",
     "Kuala Lumpur gathering's COVID-19 cluster in Southeast Asia", None, "none", False, True),
    # X09 (The Nation): "at least two others have died" (`killed`, core) and "dozens of people living in shelters
    # have tested positive" (`infected`, core, as dev17/'s "tested positive"); "The first confirmed death" an
    # ordinal (a count of one named by its rank); "March 16" a date; the "9" after the closing mark a footnote
    # marker.
    ("X09", "at least two others have died", 0, "killed", "others", 2, None, "lower_bound", HOMELESS_NYC, None,
     "none", False, True),
    ("X09", "dozens of people living in shelters have tested positive", 0, "infected", "people", 24, None, "vague",
     HOMELESS_NYC, None, "none", False, True),
    # X10 (AP Fact Check): "most of the 84 coronavirus patients" a claim of 84 (the hospital report's patients, a
    # sample: not core) → "doctors at a New York hospital" (vague, unnamed professionals reporting a finding, as
    # dev12/'s "the researchers"); "Last month", "last month" dates; "A few, very small preliminary studies" no
    # numeral.
    ("X10", "84 coronavirus patients", 0, "study_patients", "coronavirus patients", 84, 84, "exact",
     "hydroxychloroquine and azithromycin at a New York hospital", "doctors at a New York hospital", "vague",
     False, False),
    # X11 (George Will): "two cases" (Supreme Court cases, as dev13/'s s17: a count, not core); "1964 Civil Rights
    # Act" a name, "2017" a year, "Seventh Circuit" a name, "this week", "Tuesday" dates, "part-time",
    # "full-time" not figures.
    ("X11", "two cases", 0, "court_cases", "cases", 2, 2, "exact", "Supreme Court term, sexual orientation", None,
     "none", False, False),
    # X12 (Guest Writer): "in nine cases out of ten" inside Roosevelt's quotation (a proportion: exact 9/10, as
    # dev49/'s "one out of every four" 1/4) → "Roosevelt"; "1925" a year; "World War II" a name; "one of our
    # greatest presidents" a "one of"; "the last few days", "Monday" dates.
    ("X12", "nine cases out of ten", 0, "unfortunate_results_share", "cases", NINE_TENTHS, NINE_TENTHS, "exact",
     "mingling of Asiatic and European blood", "Roosevelt", "person", False, False),
    # X13 (NPR): "some four dozen plays and musicals" (approx 48); "age 81" an age; "Tuesday", "the 1990s", "last
    # year", "Nov. 3, 1938", "2002", "1995" dates; "a string of Tonys", "a lifetime achievement Tony" no numeral.
    # McNally's death is a single named death without a numeral: no claim.
    ("X13", "some four dozen plays and musicals", 0, "works_written", "plays and musicals", 48, 48, "approx",
     "Terrence McNally", None, "none", False, False),
    # X14 (Sputnik News): the interviewee's figures (no marks, no cue in the sentence → none): "only eight deaths"
    # and "seven in Shanghai" (`killed`, core; "only" not a bound); "mid-January", "January", "May 6, 2020"
    # dates; "no spikes" no numeral; "firstly" an ordinal.
    ("X14", "only eight deaths", 0, "killed", "deaths", 8, 8, "exact", "COVID-19 in Beijing", None, "none", False,
     True),
    ("X14", "seven in Shanghai", 0, "killed", "deaths", 7, 7, "exact", "COVID-19 in Shanghai", None, "none",
     False, True),
    # X15 (WorldHealth.Net): the SARS outbreak's sick and dead (an event's counts, core, as dev29/'s historical
    # toll; "Early studies … suggest" hedges the similarity, not the appositive's figures); "2002" a year; "20
    # months", "around 3.5 months" durations.
    ("X15", "sickened over 8,000 people", 0, "cases", "people", 8000, None, "lower_bound", SARS, None, "none",
     False, True),
    ("X15", "killed 774", 0, "killed", "people", 774, 774, "exact", SARS, None, "none", False, True),
    # X16 (The Boston Globe): no numeral ("a number of unsuccessful attempts" no numeral, "Thursday", "this week"
    # dates).
    # X17 (Jonah Goldberg): no numeral.
    # X18 (John Stossel): "a 20 percent tax on Mexican imports" → "Trump" ("he said he'd impose", the pronoun's
    # referent, the headline's Trump; a plan, not hedged); "their last day" not a figure.
    ("X18", "20 percent tax", 0, "tariff_rate", "tax", 20, 20, "exact", "proposed tax on Mexican imports", TRUMP,
     "person", False, False),
    # X19 (BBC News): no numeral.
    # X20 (New Republic): no numeric claim ("the fifteenth season" an ordinal; "the one to break the news" a "one").
    # X21 (GreenMedInfo): "millions are waking up" (vague 2,000,000/null, people implied); "HR 6666" (three times)
    # an identifier; "COVID-19" a name.
    ("X21", "millions are waking up", 0, "people_waking_up", "people", 2_000_000, None, "vague",
     "opponents of contact tracing", None, "none", False, False),
    # X22 (Yahoo! News): the headline's "2 states" (none); "7.7 million people" inside Trump's tweet → "Trump";
    # "evacuation of about 10,000 people" (`evacuated`, core, as dev16/'s v13; approx; none); "Both Michigan and
    # Nevada" no numeral; "hours after", "Thursday", "Tuesday", "August and November" dates.
    ("X22", "2 states", 0, "states_threatened", "states", 2, 2, "exact", "Trump's threat to withhold aid", None,
     "none", False, False),
    ("X22", "7.7 million people", 0, "absentee_ballots_sent", "people", 7_700_000, 7_700_000, "exact",
     "Michigan absentee ballots", TRUMP, "person", False, False),
    ("X22", "evacuation of about 10,000 people", 0, "evacuated", "people", 10000, 10000, "approx",
     "central Michigan floods", None, "none", False, True),
    # X23 (The Verge): no numeric claim ("3M" a name, "March 24, 2020" a date, "pic.twitter.com/cS1dc6Oagc" an
    # identifier).
]

# (art, quote_contains, nth, speaker, speaker_kind)
Q = [
    # X00: the report title “The Parties on the Eve of the 2016 Election: …” is a title, not a quote.
    # X01: "told America who he believes are "great people."" → "Donald Trump" (two words after a verb of saying;
    # "President Donald Trump" the fullest form); "screamed: "White Power! White Power!"" → "golf cart driver"
    # (the cue's "one of the golf cart drivers", as dev35/'s "one of the posters" → "poster"); the headline's
    # 'white power' a label, the body's "supporters who scream "white power"" a slogan of a crowd (dev10/'s
    # "Send her back"), "racist." one word, "Trump 2020", "America First" signs' slogans, "The Dean Obeidallah
    # Show" a title.
    ("X01", "great people.", 0, "Donald Trump", "person"),
    ("X01", "White Power! White Power!", 0, "golf cart driver", "person"),
    # X02: "was "arbitrary and capricious" under the Administrative Procedure Act" the statute's standard as a term
    # (as dev27/'s "sole power of impeachment"); "labels arguments … "post hoc rationalizations."" a label after a
    # naming verb: no quotes.
    # X03: the two definitions ("is defined as the “…,” the second as “…”") → two entries, speaker null (the
    # dictionary is not named; unknown); “respect.”, “identities.”, ‘they’ one word.
    ("X03", "deference to a right, privilege", 0, None, "unknown"),
    ("X03", "esteem for or a sense of the worth", 0, None, "unknown"),
    # X04: Beltz's quotation, its resumption and "…,” Beltz added" → three entries, "Laura Beltz"; the quotation
    # closed by "according to a university spokesman" → "university spokesman" (person, unnamed); the headline's
    # ‘free speech zone’ a label, “Speech Code of the Month” a title.
    ("X04", "These are not reasonable restrictions", 0, BELTZ, "person"),
    ("X04", "And even if the policy isn", 0, BELTZ, "person"),
    ("X04", "eliminate its unconstitutional free speech zone policy", 0, BELTZ, "person"),
    ("X04", "in the direct center of the campus quad", 0, "university spokesman", "person"),
    # X05: the headline's ‘Everything Is Up For Grabs’ → "George Soros" (a clause of his, under the headline's
    # "Views … Says"); ‘Revolutionary Moment’ a label after "Views … As A"; the uncued opening quotation →
    # "George Soros" (call: the headline names him and the next paragraph's "Soros also discussed" continues him,
    # as dev29/'s B04 and dev33/'s F21); "asserted that “…” and that he is “…”" two entries; "According to the
    # Hungarian-born billionaire, … “in the process of being created,” but that process “was never completed.”"
    # two entries; "Soros contended that … “exceptionally vulnerable …”" one; “threats” one word.
    ("X05", "Everything Is Up For Grabs", 0, SOROS, "person"),
    ("X05", "We will not go back to where we were", 0, SOROS, "person"),
    ("X05", "Europe is facing several existential dangers", 0, SOROS, "person"),
    ("X05", "particularly concerned about the survival of the EU", 0, SOROS, "person"),
    ("X05", "in the process of being created", 0, SOROS, "person"),
    ("X05", "was never completed.", 0, SOROS, "person"),
    ("X05", "exceptionally vulnerable", 0, SOROS, "person"),
    # X06: "Barring some “remarkable coincidence,” Petrovsky believes" → "Petrovsky" (two words under a verb of
    # belief, dev17/); "Lifesite News … reported that the scientists “used …”" → "Lifesite News" (organization;
    # the nested “ACE2,” one word); "Scientists discovered that “…”" → "Scientists" (person, unnamed, the cue's
    # word); "They believe this means SARS-CoV-2 “…”" → "Scientists" (the pronoun's referent); "The study
    # explains … by stating that “…”" → "study" (document); the headline's ‘Human Intervention’ a label.
    ("X06", "remarkable coincidence", 0, "Petrovsky", "person"),
    ("X06", "used a version of the novel coronavirus", 0, "Lifesite News", "organization"),
    ("X06", "the novel coronavirus most powerfully binds", 0, SCIENTISTS, "person"),
    ("X06", "became specialized for human cell penetration", 0, SCIENTISTS, "person"),
    ("X06", "a virus would be expected to have highest affinity", 0, "study", "document"),
    # X07: the party's statement ("…," the Democratic Party of Hawaii said in a statement) → organization.
    ("X07", "Due to the COVID-19 pandemic, on-site same-day voting", 0, "Democratic Party of Hawaii",
     "organization"),
    # X08: no quotation.
    # X09: "“…,” Toepper said", its resumption after narration, "He continued, “…”" and "And if it hits, “…”" →
    # four entries, "Toepper" (the only name given).
    ("X09", "It\u2019s a social cohort of people", 0, TOEPPER, "person"),
    ("X09", "It\u2019s tough to distance", 0, TOEPPER, "person"),
    ("X09", "My sense is that the overall risk", 0, TOEPPER, "person"),
    ("X09", "the virus doesn\u2019t stay in the homeless encampments", 0, TOEPPER, "person"),
    # X10: "top VA health officials called it “inaccurate and irresponsible” to assume …" → "top VA health
    # officials" (person, unnamed; a short quotation after a naming verb, as dev37/'s Raab "called it").
    ("X10", "inaccurate and irresponsible", 0, "top VA health officials", "person"),
    # X11: "The Seventh Circuit majority said the question is “…” — are “…” a “…”?" → three entries, "Seventh
    # Circuit majority" (organization, a court); the Civil Rights Act's "“race, color, religion, sex, or national
    # origin.”" after "proscribed discrimination because of" the statute's wording as a term (dev27/'s o01; another
    # annotator might give it to the Act, document); “sex” and the headline's ‘Sex’ one word.
    ("X11", "what it means to discriminate on the basis of sex", 0, SEVENTH, "organization"),
    ("X11", "actions taken on the basis of sexual orientation", 0, SEVENTH, "organization"),
    ("X11", "subset of actions taken on the basis of sex", 0, SEVENTH, "organization"),
    # X12: "Roosevelt wrote that “…”" → "Roosevelt" (the fullest name; "FDR" also); "The Squad" a name.
    ("X12", "Japanese immigrants are not capable of assimilation", 0, "Roosevelt", "person"),
    # X13: McNally's "saying: "I went to the theater so much."" → "Terrence McNally"; "the New York Times marveled
    # that his "proudly gay play" …" → "New York Times" (organization; call: three words after a verb of saying,
    # as dev29/'s "a pretty strong bout"; another annotator might call it a label).
    ("X13", "I went to the theater so much.", 0, "Terrence McNally", "person"),
    ("X13", "proudly gay play", 0, "New York Times", "organization"),
    # X14: the headline's 'Politics, Not Science' before "Author Says" → "author" (unnamed in the headline; call:
    # another annotator might write "Martin Jacques", from the orphaned tweet signature); the interview answers
    # have no marks.
    ("X14", "Politics, Not Science", 0, "author", "person"),
    # X15: no quotation.
    # X16: Caouette's statement and its resumption → two entries, "David Caouette".
    ("X16", "We can confirm that Ms. Li was a US Biogen employee", 0, CAOUETTE, "person"),
    ("X16", "We are deeply dismayed by the situation", 0, CAOUETTE, "person"),
    # X17: "“…,” Barr said in a statement" → "William Barr" (the fullest name).
    ("X17", "Mr. Epstein\u2019s death raises serious questions", 0, "William Barr", "person"),
    # X18: "insisting that "we want the (Keystone) pipe …!"" → "Trump" (the only name); "Protecting" one word,
    # "the seen vs. the unseen." a term after the naming verb "called", "do something" a scare quote.
    ("X18", "we want the (Keystone) pipe to be manufactured here!", 0, TRUMP, "person"),
    # X19: "“…,” says Mischkowski" and its resumption → two entries.
    ("X19", "We are human beings, you know", 0, MISCHKOWSKI, "person"),
    ("X19", "We take a lot of stuff that is not necessarily", 0, MISCHKOWSKI, "person"),
    # X20: the ad's words ("The ad introduces Johnson as someone who was “…”", "Trump's ad can't suppress a
    # swipe: “…”") → "ad" (document); Johnson's "saying: “I want to thank …”" → "Johnson" (the only name given
    # her); "his voice finally cuts in to “approve this message.”" → "Donald John Trump" (call: three words he
    # speaks in the ad; the fullest form the excerpt writes, inside Johnson's quotation; another annotator might
    # write "Trump" or call it a stock phrase); "“The president just called me!” she explained" → "Kim
    # Kardashian West"; “it” one word.
    ("X20", "sentenced to serve life in prison", 0, AD, "document"),
    ("X20", "I want to thank President Donald John Trump", 0, "Johnson", "person"),
    ("X20", "approve this message.", 0, "Donald John Trump", "person"),
    ("X20", "Politicians talk about criminal justice reform.", 0, AD, "document"),
    ("X20", "The president just called me!", 0, "Kim Kardashian West", "person"),
    # X21: no quotes ("Big Brother" a label (twice), the Act's name a title, "contact tracing" and "new normal"
    # terms, "necessary" one word).
    # X22: Trump's tweet ("…," Trump tweeted) and its resumption → two entries, "Trump" (the only name given).
    ("X22", "Breaking: Michigan sends absentee ballots", 0, TRUMP, "person"),
    ("X22", "This was done illegally and without authorization", 0, TRUMP, "person"),
    # X23: "Ford says these ventilators “…”" → "Ford" (organization); "make a “simplified version” of its
    # ventilators" a two-word label without a verb of saying; the pasted tweet has no marks.
    ("X23", "could be produced at a Ford manufacturing site", 0, "Ford", "organization"),
]
# fmt: on

if __name__ == "__main__":
    write_gold(HERE, C, Q)
