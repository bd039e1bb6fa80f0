"""The second (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev2/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
("e00","19 GOP lawmakers",0,"signatories","GOP lawmakers",19,19,"exact","Senate Republicans",None,"none",False,False),
("e02","at least four Republicans",0,"votes_needed","Republicans",4,None,"lower_bound","Democrats",None,"none",False,False),
("e03","5.4 million laid-off Americans",0,"lost_insurance","laid-off Americans",5400000,5400000,"exact","United States","the early findings of a study","document",False,False),
("e03","nearly 40 percent",0,"increase_pct","percent",None,40,"upper_bound","United States",None,"none",False,False),
("e05","99.9%",0,"visitors_change","%",99.9,99.9,"exact","Japan",None,"none",False,False),
("e05","an estimated 2,900 foreign travelers",0,"visitors","foreign travelers",2900,2900,"approx","Japan",None,"none",False,False),
("e05","99.9%",1,"visitors_change","%",99.9,99.9,"exact","Japan",None,"none",False,False),
("e05","sub 10,000",0,"visitors","monthly figure",None,10000,"upper_bound","Japan",None,"none",False,False),
("e05","monthly foreign visitors was 17,543",0,"visitors","monthly foreign visitors",17543,17543,"exact","Japan",None,"none",False,False),
("e05","100 countries",0,"countries","countries",100,100,"exact","Japan",None,"none",False,False),
("e05","Around 31.8 million people",0,"visitors","people",31800000,31800000,"approx","Japan",None,"none",False,False),
("e05","2.2%",0,"visitors_change","%",2.2,2.2,"exact","Japan",None,"none",False,False),
("e05","40 million",0,"visitors_target","visitors",40000000,40000000,"exact","Japan",None,"none",False,False),
("e06","two small electromagnets",0,"electromagnets","small electromagnets",2,2,"exact","diagnostic kit","Danielli","person",False,False),
("e06","thousands of fluorescent molecules",0,"molecules","fluorescent molecules",2000,None,"vague","diagnostic kit","Danielli","person",False,False),
("e07","20 best movie series",0,"movie_series","best movie series",20,20,"exact","USA Today",None,"none",False,False),
("e07","four somewhat lackluster films",0,"films","films",4,4,"exact","Fast and Furious",None,"none",False,False),
("e07","eight movies",0,"films","movies",8,8,"exact","Harry Potter",None,"none",False,False),
("e09","more than 38 states",0,"states_rising","states",38,None,"lower_bound","United States",None,"none",False,False),
("e09","more than 3.7 million known coronavirus cases",0,"cases","known coronavirus cases",3700000,None,"lower_bound","United States",None,"none",False,True),
("e09","death toll surpasses 142,000",0,"killed","death toll",142000,None,"lower_bound","United States",None,"none",False,True),
("e09","over 1.7 million reported recoveries",0,"recovered","reported recoveries",1700000,None,"lower_bound","United States",None,"none",False,True),
("e10","at least two of those",0,"freedoms","freedoms",2,None,"lower_bound","First Amendment",None,"none",False,False),
("e10","10 or more",0,"gathering_size","people",10,None,"lower_bound","United States",None,"none",False,False),
("e10","several dozen people",0,"party_size","people",24,None,"vague","New Jersey",None,"none",False,False),
("e15","roughly 310,000 confirmed deaths",0,"killed","confirmed deaths",310000,310000,"approx","world",None,"none",False,True),
]
# (art, quote_contains, nth, speaker, kind)
Q = [
("e00","A vocal but small minority has weaponized",0,"senators","person"),
("e00","Small business creation and ownership are the backbone",0,"senators","person"),
("e01","The Comfort is ready to go, if the call comes.",0,"Kevin D. Buckley","person"),
("e04","Something terrible has happened to us,",0,None,"unknown"),
("e04","To America. Planes flew into buildings",0,None,"unknown"),
("e06","This development relies on the use of two small electromagnets",0,"Danielli","person"),
("e08","He reviewed them, asked some great questions",0,"Esper","person"),
("e08","marks a turning point",0,"Recep Tayyip Erdogan","person"),
("e08","Turkey will continue to support anti-terror efforts",0,"Recep Tayyip Erdogan","person"),
("e08","I am confident that a decisive struggle against terrorism",0,"Recep Tayyip Erdogan","person"),
("e08","we're going to watch carefully next steps.",0,"Esper","person"),
("e09","very tough and expensive.",0,"Donald Trump","person"),
("e10","The health [or welfare or common good] of the people should be the supreme law.",0,"Cicero","person"),
("e12","This is the most serious crisis that has hit Europe",0,"Daniele Albertazzi","person"),
("e12","It is quite well-known that in times of crisis",0,"Daniele Albertazzi","person"),
("e12","Governments have been very shrewd and clever",0,"Daniele Albertazzi","person"),
("e13","This was also posted on my Twitter feed",0,"Tom Fitton","person"),
("e13","He said his son called 911",0,"father","person"),
("e15","There is currently no evidence that people who have recovered",0,"WHO","organization"),
]

if __name__ == "__main__":
    write_gold(HERE, C, Q)
