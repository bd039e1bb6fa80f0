"""The third (blind) dev gold as written by hand: one tuple a claim or quote; offsets are found in the texts.

    uv run python tests/data/dev3/build_gold.py   # rewrites claims.jsonl and quotes.jsonl

A span that occurs more than once names its occurrence (0 = first).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # a script beside its data: devsets.py is one folder up
from devsets import write_gold  # noqa: E402

TWO_THIRDS = 2 / 3  # fractions are written as fractions (0.5, 2/3), percentages as percents

# (art, span, nth, measure, counted, low, high, qual, subject, attr_text, attr_kind, hedged, core)
C = [
("f00","two administration officials",0,"sources","administration officials",2,2,"exact","Trump administration",None,"none",False,False),
("f01","three South Texas prisons",0,"prisons_affected","South Texas prisons",3,3,"exact","Texas prisons",None,"none",False,False),
("f01","2,900-person",0,"prison_population","person",2900,2900,"exact","McConnell Unit",None,"none",False,False),
("f01","more than two dozen doctors and prison officials",0,"attendees","doctors and prison officials",24,None,"lower_bound","Texas prisons",None,"none",False,False),
("f02","77 percent more domestic violence reports",0,"reports_increase","domestic violence reports",77,77,"exact","Fresno sheriff's department",None,"none",False,False),
("f02","614 calls",0,"calls","calls",614,614,"exact","Seattle Police Department",None,"none",False,False),
("f02","22 percent more",0,"calls_increase","percent",22,22,"exact","Seattle Police Department",None,"none",False,False),
("f02","Millions are beaten and injured",0,"domestic_violence_victims","people",2000000,None,"vague","United States",None,"none",False,False),
("f04","three black men",0,"admitted","black men",3,3,"exact","Harvard Medical School",None,"none",False,False),
("f04","tens of millions of people",0,"justice_involved","people",20000000,None,"vague","United States",None,"none",False,False),
("f06","next two races",0,"races","races",2,2,"exact","NASCAR",None,"none",False,False),
("f07","$100 billion",0,"funding","dollars",100000000000,100000000000,"exact","Congress",None,"none",False,False),
("f07","another $75 billion",0,"funding","dollars",75000000000,75000000000,"exact","Donald Trump",None,"none",False,False),
("f07","about $600,000 of aid",0,"aid_received","aid",600000,600000,"approx","Calhoun County hospital","they","organization",False,False),
("f07","a total of $800",0,"aid_received","dollars",800,800,"exact","Elizabeth Ellis",None,"none",False,False),
("f07","$10 billion",0,"funding","dollars",10000000000,10000000000,"exact","Trump administration",None,"none",False,False),
("f07","$10,000 plus",0,"money_lost","dollars",10000,None,"lower_bound","Elizabeth Ellis","Elizabeth Ellis","person",False,False),
("f07","$10,000 a month",0,"money_lost","dollars",10000,10000,"exact","Elizabeth Ellis","Sharyn Alfonsi","person",False,False),
("f08","more than half of its test sites",0,"site_share","test sites",0.5,None,"lower_bound","CVS",None,"none",False,False),
("f09","almost two-thirds of Mexico’s wind-power capacity",0,"capacity_share","wind-power capacity",None,TWO_THIRDS,"upper_bound","Oaxaca",None,"none",False,False),
("f11","Three IRS divisions",0,"divisions","IRS divisions",3,3,"exact","IRS",None,"none",False,False),
("f11","125 “high-risk cases",0,"high_risk_cases","high-risk cases",125,125,"exact","IRS",None,"none",False,False),
("f11","More than 80 tax court cases",0,"court_cases","tax court cases",80,None,"lower_bound","IRS",None,"none",False,False),
("f12","six times",0,"emergency_applications","times",6,6,"exact","George W. Bush administration",None,"none",False,False),
("f12","number of such requests was four",0,"emergency_applications","requests",4,4,"exact","Obama administration",None,"none",False,False),
("f13","94,191 confirmed cases",0,"cases","confirmed cases",94191,94191,"exact","Illinois","state health officials","anonymous",False,True),
("f13","4,177 deaths",0,"killed","deaths",4177,4177,"exact","Illinois","state health officials","anonymous",False,True),
("f14","1.3 Million Views",0,"views","Views",1300000,1300000,"exact","Knut Wittkowski",None,"none",False,False),
("f14","About 80% of the people",0,"herd_immunity_threshold","people",80,80,"approx","coronavirus","Wittkowski","person",True,False),
("f14","1.3 million times",0,"views","times",1300000,1300000,"exact","Knut Wittkowski","Jon Levine","person",False,False),
("f15","3,224 deaths",0,"killed","deaths",3224,3224,"exact","terror attacks",None,"none",False,True),
("f15","Four people were killed",0,"killed","people",4,4,"exact","Syria",None,"none",False,True),
("f15","two members of Turkish -backed factions",0,"killed","members of Turkish -backed factions",2,2,"exact","Turkish-backed factions",None,"none",False,True),
("f15","shot dead six family members",0,"killed","family members",6,6,"exact","Iraq",None,"none",False,True),
("f15","killed around 50 insurgents",0,"killed","insurgents",50,50,"approx","Cabo Delgado insurgents","the interior minister","anonymous",False,True),
("f15","arrested at least 38 suspects",0,"arrested","suspects",38,None,"lower_bound","Turkey",None,"none",False,True),
("f15","killed two social workers",0,"killed","social workers",2,2,"exact","Turkey",None,"none",False,True),
("f16","64% say they will get a vaccine",0,"poll_share","%",64,64,"exact","United States",None,"none",False,False),
("f16","80% of those over 65",0,"poll_share","those over 65",80,80,"exact","United States","the result","document",False,False),
("f17","100 billion dollars",0,"funding","dollars",100000000000,100000000000,"exact","H.R. 6666",None,"none",False,False),
("f18","two federal prisons",0,"prisons","federal prisons",2,2,"exact","Lompoc prison complex",None,"none",False,False),
("f18","nearly doubling",0,"case_growth_factor","confirmed cases",None,2,"upper_bound","Lompoc prison complex","published reports","vague",False,False),
("f18","roughly 80 percent",0,"infected_share","inmates",80,80,"approx","FCI Lompoc",None,"none",False,False),
("f18","1,162 inmates",0,"prison_population","inmates",1162,1162,"exact","FCI Lompoc",None,"none",False,False),
("f18","10 fatalities",0,"killed","fatalities",10,10,"exact","FCI Lompoc",None,"none",False,True),
("f18","$1.5 million",0,"investment","dollars",1500000,1500000,"exact","Harris",None,"none",False,False),
("f19","Three counties",0,"hot_spots","counties",3,3,"exact","coronavirus hot spots",None,"none",False,False),
("f19","71% increase in new cases",0,"case_increase","increase",71,71,"exact","Palm Beach County","the document","document",False,False),
]
# (art, quote_contains, nth, speaker, kind)
Q = [
("f01","In many units across the state there are shortages of basic sanitary products",0,"Lance Mondragon","person"),
("f01","In some instances employees have been told",0,"Lance Mondragon","person"),
("f03","It's a one-time shot",0,"Donald Trump","person"),
("f03","We think North Korea will be a tremendous place",0,"Donald Trump","person"),
("f03","working very well",0,"Donald Trump","person"),
("f03","so far so good.",0,"Donald Trump","person"),
("f03","We'll have to see what happens",0,"Donald Trump","person"),
("f05","I think that there's a lot of people more concerned",0,"Alexandria Ocasio-Cortez","person"),
("f05","the world is gonna end in 12 years",0,"Alexandria Ocasio-Cortez","person"),
("f05","And your biggest issue is how are we gonna pay for it?",0,"Alexandria Ocasio-Cortez","person"),
("f05","How are we saying, 'Take it easy,'",0,"Alexandria Ocasio-Cortez","person"),
("f10","As a lower court, however, it is not our role",0,"Kavanaugh","person"),
("f11","We will not stop in our pursuit",0,"Rettig","person"),
("f11","Boy, it isn’t like the old days",0,"Steven Miller","person"),
("f11","I’m worried people aren’t afraid",0,"Steven Miller","person"),
("f13","The new emergency rule [from Pritzker]",0,"Dan McConchie","person"),
("f13","Legislatures make laws.",0,"Dan McConchie","person"),
("f14","With all respiratory diseases",0,"Knut Wittkowski","person"),
("f14","About 80% of the people need",0,"Knut Wittkowski","person"),
("f14","I was just explaining what we had,",0,"Knut Wittkowski","person"),
("f14","They don’t tell you.",0,"Knut Wittkowski","person"),
("f16","It might not be relevant to you now",0,"Shanelle","person"),
("f17","for other purposes,",0,"H.R. 6666","document"),
("f17","support the quarantine of such contacts.",0,"H.R. 6666","document"),
("f18","deliberate indifference",0,"ACLU","organization"),
("f19","As most states have begun phased re-opening",0,"notice","document"),
("f19","Palm Beach County, FL reported a 71% increase",0,"document","document"),
("f19","The state authorized Palm Beach County",0,"document","document"),
]

if __name__ == "__main__":
    write_gold(HERE, C, Q)
