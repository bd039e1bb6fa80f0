"""The dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import json
from pathlib import Path

D = Path(__file__).resolve().parent
A = D / "articles"
names = {p.name[:3]: p.name for p in A.glob("*.txt")}
# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
("d00","thousands of refugees",0,"displaced","refugees",2000,None,"vague","United States",None,"none",False,False),
("d00","seven majority-Muslim countries",0,"countries","majority-Muslim countries",7,7,"exact","United States",None,"none",False,False),
("d04","56 percent of those surveyed",0,"poll_share","those surveyed",56,56,"exact","Donald Trump","the latest Fox News poll","document",False,False),
("d04","Another 33 percent",0,"poll_share","percent",33,33,"exact","Donald Trump",None,"none",False,False),
("d04","Some 68 percent of Republicans",0,"poll_share","Republicans",68,68,"approx","Donald Trump",None,"none",False,False),
("d04","93 percent of Democrats",0,"poll_share","Democrats",93,93,"exact","Donald Trump",None,"none",False,False),
("d04","59 percent of independents",0,"poll_share","independents",59,59,"exact","Donald Trump",None,"none",False,False),
("d05","millions of people",0,"viewers","people",2000000,None,"vague","BuzzFeed",None,"none",False,False),
("d06","two circuit courts",0,"courts","circuit courts",2,2,"exact","circuit courts","Justice Gorsuch","person",False,False),
("d08","about 300 seats",0,"seats","seats",300,300,"approx","The Crab Shack",None,"none",False,False),
("d08","700-plus",0,"seats","seats",700,None,"lower_bound","The Crab Shack",None,"none",False,False),
("d10","400 points",0,"index_change","points",400,400,"exact","Dow",None,"none",False,False),
("d10","more than 20 million jobs",0,"jobs_lost","jobs",20000000,None,"lower_bound","United States",None,"none",False,False),
("d11","400-fold",0,"growth_factor","numbers",400,400,"exact","locust swarms","The World Bank","organization",False,False),
("d11","up to $8.5bn",0,"damages","costs and damages",None,8500000000,"upper_bound","East Africa","The World Bank","organization",False,False),
("d11","around 20m people",0,"food_insecure","people",20000000,20000000,"approx","East Africa",None,"none",False,False),
("d12","an estimated 1.2 million Americans",0,"class_members","Americans",1200000,1200000,"approx","mixed-status families",None,"none",False,False),
("d12","About 6,000 citizens",0,"signed_up","citizens",6000,6000,"approx","mixed-status families","Khalaf","person",False,False),
("d12","more than 1,500 in Illinois",0,"signed_up","citizens",1500,None,"lower_bound","Illinois","Khalaf","person",False,False),
("d12","more than 3,700 Illinois families",0,"excluded","families",3700,None,"lower_bound","Illinois","U.S. Rep. Jesus “Chuy” Garcia","person",False,False),
("d13","over 200 possible cases",0,"cases","possible cases",200,None,"lower_bound","United States",None,"none",False,True),
("d15","nearly 270,000",0,"jobless_claims","numbers",None,270000,"upper_bound","Connecticut",None,"none",False,False),
("d15","tenfold increase",0,"jobless_claims_change","increase",10,10,"exact","Connecticut",None,"none",False,False),
("d15","298,680 claims",0,"jobless_claims","claims",298680,298680,"exact","Connecticut","Thursday's weekly US jobless claims report","document",False,False),
("d15","726% increase",0,"jobless_claims_change","increase",726,726,"exact","Connecticut","Thursday's weekly US jobless claims report","document",False,False),
("d15","29,846 intial jobless claims",0,"jobless_claims","intial jobless claims",29846,29846,"exact","Connecticut","the Connecticut Department of Labor","organization",False,False),
("d15","298,680 claims",1,"jobless_claims","claims",298680,298680,"exact","Connecticut","Thursday's weekly US jobless claims report","document",False,False),
("d15","36,138 claims",0,"jobless_claims","claims",36138,36138,"exact","Connecticut",None,"none",False,False),
("d15","726% increase",1,"jobless_claims_change","increase",726,726,"exact","Connecticut",None,"none",False,False),
("d17","two standout changes",0,"rule_changes","standout changes",2,2,"exact","House Republicans","The Washington Post","organization",False,False),
("d18","100,000 signatures",0,"signatures","signatures",100000,100000,"exact","Democratic Congressional Campaign Committee",None,"none",False,False),
("d18","three words",0,"words","words",3,3,"exact","Kirsten Gillibrand",None,"none",False,False),
("d19","Six of the nine justices",0,"at_risk","justices",6,6,"exact","Supreme Court","the Centers for Disease Control and Prevention","organization",False,False),
("d20","more than 680 undocumented immigrants",0,"arrested","undocumented immigrants",680,None,"lower_bound","ICE",None,"none",False,True),
("d21","twelve major school shootings",0,"school_shootings","major school shootings",12,12,"exact","United States","Larkin","person",False,False),
("d21","eight of those subsequent cases",0,"school_shootings","cases",8,8,"exact","United States","Larkin","person",False,False),
("d21","eleven school shootings",0,"school_shootings","school shootings",11,11,"exact","United States","Larkin","person",False,False),
("d21","six were plainly versions of Columbine",0,"school_shootings","school shootings",6,6,"exact","United States","Larkin","person",False,False),
("d21","eleven cases of thwarted shootings",0,"thwarted_shootings","cases",11,11,"exact","United States","Larkin","person",False,False),
("d24","Two Republican lawmakers",0,"quarantined","Republican lawmakers",2,2,"exact","Congress",None,"none",False,False),
("d24","two members of Congress",0,"infected","members of Congress",2,2,"exact","Congress",None,"none",False,True),
("d24","dozens more lawmakers",0,"quarantined","lawmakers",24,None,"vague","Congress",None,"none",False,False),
("d24","two Republican senators",0,"quarantined","Republican senators",2,2,"exact","Congress",None,"none",False,False),
("d25","one count of battery on a police officer",0,"charges","count",1,1,"exact","Rebekah Jones","Scott","person",False,False),
("d25","one count of remaining after forbidden",0,"charges","count",1,1,"exact","Rebekah Jones","Scott","person",False,False),
("d25","two counts of resisting arrest",0,"charges","counts",2,2,"exact","Rebekah Jones","Scott","person",False,False),
("d25","two LSUPD officers",0,"assaulted","LSUPD officers",2,2,"exact","Rebekah Jones","Scott","person",False,False),
("d25","three felonies",0,"charges","felonies",3,3,"exact","Rebekah Jones",None,"none",False,False),
("d26","14% of the state's population",0,"population_share","population",14,14,"exact","Michigan","data released by Michigan's government","document",False,False),
("d26","41% of coronavirus deaths",0,"death_share","coronavirus deaths",41,41,"exact","Michigan","data released by Michigan's government","document",False,False),
("d26","14% of the population",0,"population_share","population",14,14,"exact","Illinois","the state's Department of Public Health","organization",False,False),
("d26","32.5% of coronavirus deaths",0,"death_share","coronavirus deaths",32.5,32.5,"exact","Illinois","the state's Department of Public Health","organization",False,False),
("d26","about 33% of the population",0,"population_share","population",33,33,"approx","Louisiana","Gov. John Bel Edwards","person",False,False),
("d26","more than 70% of the state's coronavirus deaths",0,"death_share","coronavirus deaths",70,None,"lower_bound","Louisiana","Gov. John Bel Edwards","person",False,False),
("d26","twice as likely to die",0,"death_risk_ratio","likelihood",2,2,"exact","New York City","data by the local government","document",False,False),
]
# (art, quote_contains, nth, speaker, kind)
Q = [
("d01","intent and credibility are directly at issue",0,"Furman","person"),
("d02","He threw his arms around me",0,"Joe Biden","person"),
("d02","They had me get off a plane",0,"Joe Biden","person"),
("d02","I said, ‘What are you thanking me for",0,"Joe Biden","person"),
("d02","I turned around and everybody",0,"Joe Biden","person"),
("d03","nearly indistinguishable from reality",0,"Hao Li","person"),
("d03","It’s a real problem",0,"Hao Li","person"),
("d03","Regulators and lawmakers are not catching up",0,"Hao Li","person"),
("d05","serious reason to doubt the allegations",0,"Ben Smith","person"),
("d05","errs on the side of publication",0,"Ben Smith","person"),
("d05","Americans can make up their own minds",0,"Ben Smith","person"),
("d05","is serious reason to doubt the allegations",0,"Ben Smith","person"),
("d06","absolutely no support in the history of US immigration law",0,"George Daniels","person"),
("d06","a single judge",0,"Neil Gorsuch","person"),
("d06","repugnant to the American dream",0,"George Daniels","person"),
("d06","enjoined the government from applying",0,"Neil Gorsuch","person"),
("d06","participation in this or any other lawsuit",0,"Neil Gorsuch","person"),
("d07","When the looting starts, the shooting starts.",0,"Donald Trump","person"),
("d08","We closed down for a reason",0,None,"unknown"),
("d08","I’m excited and, yes, I’m nervous",0,"owner of The Crab Shack","person"),
("d09","I realized that if Ukraine pursued an investigation",0,"Vindman","person"),
("d09","This would all undermine U.S. national security",0,"Vindman","person"),
("d09","Following the call, I again reported",0,"Vindman","person"),
("d10","In our view, it hasn’t spiked",0,"Tony Dwyer","person"),
("d12","There are many things in the law",0,"Nassar","person"),
("d12","No one should be discriminated against",0,"Jesus Garcia","person"),
("d13","There's just a lot to worry about",0,"Alker","person"),
("d13","We really need a national strategy",0,"Alker","person"),
("d13","And unfortunately there's just no sign",0,"Alker","person"),
("d15","data entry reporting error",0,"spokesperson","person"),
("d17","a statement by the lawmaker who wrote it",0,"House GOP","organization"),
("d17","Call it the tea party-ization of Congress",0,"The Washington Post","organization"),
("d18","Attorney General Barr — release the Mueller report",0,"Elizabeth Warren","person"),
("d18","See you Sunday.",0,"Kirsten Gillibrand","person"),
("d18","publicly testify under oath",0,"Kamala Harris","person"),
("d20","crackdown on illegal criminals",0,"Donald Trump","person"),
("d21","cultural script",0,"Ralph Larkin","person"),
("d21","kick-start a revolution.",0,"Harris","person"),
("d22","I am overwhelmed by challenge we face.",0,"Diana Liverman","person"),
("d23","spurious, after-the-fact explanation,",0,"Eliot Engel","person"),
("d23","won’t do.",0,"Eliot Engel","person"),
("d23","We need answers and testimony",0,"Eliot Engel","person"),
("d23","looks very promising",0,"US defense chief","person"),
("d26","When all this is over",0,"Anthony Fauci","person"),
]
def find(text, s, nth):
    i = -1
    for _ in range(nth + 1):
        i = text.find(s, i + 1)
        assert i >= 0, s
    return i
out = []
for art, span, nth, m, cnt, lo, hi, q, subj, at, ak, h, core in C:
    name = names[art]
    text = (A / name).read_text(encoding="utf-8")
    s = find(text, span, nth)
    out.append(dict(article=name, span=span, char_start=s, char_end=s+len(span), measure=m, counted=cnt,
        value_low=lo, value_high=hi, qualifier=q, subject=subj, attribution_text=at, attribution_kind=ak, hedged=h, core=core))
(D / "claims.jsonl").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
out = []
for art, qc, nth, sp, k in Q:
    name = names[art]
    text = (A / name).read_text(encoding="utf-8")
    s = find(text, qc, nth)
    out.append(dict(article=name, quote_contains=qc, char_start=s, speaker=sp, speaker_kind=k))
(D / "quotes.jsonl").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
print(len(C), len(Q))
