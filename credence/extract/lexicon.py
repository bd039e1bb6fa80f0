"""The word lists the extractor reads: measure cues, subject aliases, hedges, attribution cues, source kinds.

Pure data plus a merge (`Lexicon.extended`) so a user can add domain words without code. Imports only
the standard library.

Keys accepted by `Lexicon.extended(overrides)` (every key optional; unknown keys are an error):

| key | type | merged how |
| --- | --- | --- |
| measure_verbs | {cue: measure} | verb/participle/adjective cues near a number ("killed": "killed") |
| measure_nouns | {noun: measure} | counted nouns with a fixed class ("troops": "deployed") |
| money_verbs | {verb: measure} | verbs that say what a sum of money is ("approved": "funding", "lost": "money_lost") |
| core_measures | [measure] | measures readers compare across sources |
| personnel_nouns | [noun] | nouns for people under arms (decides deployed vs transferred) |
| movement_verbs | [verb] | verbs of sending: deployed for personnel, transferred otherwise |
| subject_aliases | {Alias: subject} | demonyms, capitals, places → one subject name (case-sensitive) |
| hedge_cues | [phrase] | words that soften a figure ("reportedly") |
| attribution_verbs | [verb] | verbs that credit a figure to their subject ("estimated") |
| speech_verbs | [verb] | verbs that introduce a direct quotation ("stressed") |
| vague_sources | [phrase] | heads of an attribution too vague to name anyone ("analysts") |
| anonymous_patterns | [regex] | unnamed sources or officials ("sources familiar with") |
| document_nouns | [noun] | nouns of cited documents ("report", "data") |
| organization_cues | [word] | words that make a name an organization ("Ministry") |
| organizations | [name] | names always taken for organizations ("Reuters") |
| person_titles | [word] | titles stripped from person names ("General") |
| first_names | {name: female/male/either} | given names: a capitalised run opening with one is a person; the sex steers "he"/"she" |
| leaders | {Person Name: subject} | the country a person leads or serves, for counts they act on ("Kim deployed 12,000 soldiers") when the text does not tell it |
| entity_aliases | {variant: canonical} | name variants folded by `canonical_entity` |

Mappings are merged key by key (the override wins); lists are appended to the defaults.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType

# Country | demonyms | capitals and other metonyms. Kept compact: one country a line.
_COUNTRIES = """
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani,Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Bolivia|Bolivian|La Paz
Bosnia|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia
Bulgaria|Bulgarian|Sofia
Burma|Burmese|Naypyidaw
Cambodia|Cambodian|Phnom Penh
Canada|Canadian|Ottawa
Chile|Chilean|Santiago
China|Chinese|Beijing
Colombia|Colombian|Bogota
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Prague
Denmark|Danish,Dane|Copenhagen
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish,Finn|Helsinki
France|French|Paris
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|Guatemala City
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem
Italy|Italian|Rome
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kuwait|Kuwaiti|Kuwait City
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Malaysia|Malaysian|Kuala Lumpur
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Morocco|Moroccan|Rabat
Myanmar|Myanmar|Yangon
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch|Amsterdam,The Hague
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Nigeria|Nigerian|Abuja
North Korea|North Korean,DPRK|Pyongyang
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Ramallah
Panama|Panamanian|Panama City
Peru|Peruvian|Lima
Philippines|Filipino,Philippine|Manila
Poland|Polish,Pole|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian,Russian Federation|Moscow,Kremlin
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh
Serbia|Serbian,Serb|Belgrade
Singapore|Singaporean|
Slovakia|Slovak|Bratislava
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria
South Korea|South Korean,ROK|Seoul
South Sudan|South Sudanese|Juba
Soviet Union|Soviet,USSR|
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish,Swede|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Thailand|Thai|Bangkok
Tunisia|Tunisian|Tunis
Turkey|Turkish,Turk|Ankara
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv,Kiev
United Arab Emirates|Emirati,UAE|Abu Dhabi
United Kingdom|British,Briton,UK,U.K.,Britain,Great Britain|London,Downing Street,Whitehall
United States|American,U.S.,US,USA,U.S.A.,America|Washington,White House,Pentagon
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zimbabwe|Zimbabwean|Harare
"""


# Places that are their own subject: US states, major cities, boroughs, regions.
_US_STATES = """
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho
Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota
Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York
North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina
South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington State, West Virginia, Wisconsin, Wyoming
"""
_PLACES = """
New York City, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas
San Francisco, Seattle, Boston, Detroit, Miami, Atlanta, Minneapolis, Denver, Baltimore, Portland
New Orleans, Las Vegas, Nashville, Wuhan, Hubei, Hong Kong, Shanghai, Lombardy, Milan, Madrid, Barcelona
Kursk, Donetsk, Luhansk, Crimea, Kharkiv, Gaza, West Bank, Xinjiang, Tibet, Kashmir, Quebec, Ontario
Scotland, England, Wales, Northern Ireland, Bavaria, Catalonia, Sao Paulo, Rio de Janeiro, Mumbai, Delhi
Istanbul, Dubai, Kabul, Aleppo, Idlib, Mosul, Raqqa, Benghazi, Tripoli, Sinai, Puerto Rico, Guam
Manhattan, Brooklyn, Queens, Bronx, Staten Island, Africa, Europe, Asia, Latin America, South America
Central America, North America, Middle East, Caribbean, Scandinavia, Balkans, Sudzha
"""
# Demonyms of regions.
_REGION_DEMONYMS = {
    "African": "Africa",
    "European": "Europe",
    "Asian": "Asia",
    "Latin American": "Latin America",
    "Central American": "Central America",
    "South American": "South America",
    "Middle Eastern": "Middle East",
    "Caribbean": "Caribbean",
}
# Given names: a run of capitalised words opening with one of these is a person's name. Those below
# given mostly to women or to either sex steer "she" and "he"; every other listed name to men.
_FEMALE_NAMES = """
abigail aisha alexandra alexandria alice alicia alison amanda amber amy ana andrea angela angelina ann anna anne annie april
ashley audrey barbara beatriz beth betsy betty bonnie brenda bridget brittany caitlin camila carla carmen carol caroline carolyn
carrie catherine cathy cecilia charlotte chelsea cheryl christina christine cindy claire clara claudia courtney cristina cynthia
daniela danielle deborah debbie debra diana diane dina donna doris elaine elena elizabeth ella ellen emily emma erica erin esther
eva evelyn fatima florence frances gabriela georgia gina gloria grace gretchen hannah heather heidi helen hillary holly ilhan
irene isabel isabella ivanka jane janet janice jeanne jen jennifer jenny jessica jill joan joanna joy joyce judith judy julia
julie juliet kamala karen kate katherine kathleen kathryn kathy katie kay kimberly kirsten kirstjen kristen kristin laura lauren
leah lila lily linda lindsey lisa liz lois loretta lori louise lucy lydia madeleine madison maggie maria mariana marie marilyn
marsha martha mary maureen maxine megan melania melanie melissa michele michelle mila molly monica nadia nancy naomi natalia
natalie nicola nicole nikki nina nora olga olivia pamela patricia patty paula peggy penny rachel rebecca regina renee rhonda rita
roberta rosa rose ruby ruth sally samantha sandra sara sarah serena shannon sharon sheila shelley shirley sofia sonia sophia sophie
stacey stephanie sue susan suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina toni ursula valentina valerie
vanessa vera veronica victoria virginia vivian wanda wendy yana yasmin yolanda yulia zoe
"""
_EITHER_NAMES = """
alex ari ariel casey chris dana jamie jan jesse jin jordan kelly kim lee leslie lynn marion min morgan pat robin sam
sidney terry tracy lindsey jean shannon taylor kerry blair quinn avery riley
"""
_FIRST_NAMES = """aaron abdul abdullah abe abigail abraham adam adrian ahmad ahmed aisha alan albert alberto alex alexander
alexandra alexandria alexei alexey ali alice alicia alison allen alvaro amanda amber amy amir ana andre
andrea andreas andrei andres andrew andrey andy angel angela angelina angus ann anna anne annie anthony
anton antonio april ari ariel arnold arthur ashley audrey austin ayman barack barbara barry beatriz
ben benjamin bernie bernard beth betsy betty beto bill billy blake bob bobby bonnie boris brad bradley
brandon brenda brendan brett brian bridget brittany bruce bryan byron caitlin caleb cameron camila carl
carla carlos carmen carol caroline carolyn carrie casey catherine cathy cecilia chad charles charlie
charlotte chelsea cheryl chris christian christina christine christopher chuck cindy claire clara clarence
claudia clay clayton colin connor corey cory courtney craig cristina curtis cynthia dale dan dana daniel
daniela danielle danny darren dave david dean deborah debbie debra denis dennis derek devin diana diane
dick dina dmitri dmitry dominic don donald donna doris doug douglas duncan dylan earl ed eddie edward
elaine elena eli elias elijah elizabeth ella ellen elliot elon emily emma emmanuel eric erica erik erin
ernest esther ethan eugene eva evan evelyn fatima felix fernando florence frances francesco francis
francisco frank franklin fred frederick gabriel gabriela gary gavin gene george georgia gerald gina
giuseppe glenn gloria gordon grace graham grant greg gregory gretchen gustavo hakeem hal hannah hans harold
harris harry hassan heather hector heidi helen henry herbert hillary holly howard hugh hugo hunter ian
igor ilhan ilya irene isaac isabel isabella ivan ivanka jack jackie jackson jacob jake james jamie jan jane
janet janice jared jason javier jay jean jeanne jeb jeff jeffrey jen jennifer jenny jeremy jerome jerry
jesse jessica jesus jill jim jimmy jin joan joanna joaquin joe joel joey johann john johnny jon jonathan
jordan jorge jose joseph josh joshua joost joy joyce juan judith judy julia julian julie juliet justin kamala
karen karl kate katherine kathleen kathryn kathy katie kay keith kelly ken kenneth kevin kim kimberly
kirsten kirstjen kristen kristin kurt kyle lamar lance larry laura lauren lawrence leah lee leo leon leonard
leslie liam lila lily linda lindsey lisa liz lloyd logan lois loretta lori louis louise lucas lucy luis
luke lydia lynn mac madeleine madison maggie maria mariana marie marilyn mario marion mark marsha martha
martin marty mary matt matthew maureen max maxine megan mehmet melania melanie melissa michael michel
michele michelle miguel mike mikhail mila miles min mitch mitt mohamed mohammad mohammed molly monica
morgan muhammad mykola nadia nancy naomi natalia natalie nathan neil nicholas nick nicola nicolas nicole
nigel nikita nikki nina noah noam nora norman olaf oleg oleksandr oleksiy olga oliver olivia omar oscar
owen pablo pamela paolo pat patricia patrick patty paul paula pedro peggy penny pete peter petro phil philip
phillip pierre rachel rafael ralph ramon randy raphael raul ray raymond rebecca reed regina reince renee
rex rhonda ricardo richard rick ricky rita rob robert roberta roberto robin rod rodrigo roger roman ron
ronald ronny rosa rose ross roy ruby rudy russell ruth ryan sally sam samantha samuel sandra sara sarah
scott sean sebastian serena sergei sergey seth shannon sharon shaun shawn sheila shelley sherrod shirley
sidney simon sofia sonia sophia sophie stacey stanley stefan stephanie stephen steve steven stuart sue
susan suzanne sylvia tamara tammy tanya tara ted teresa terry theodore theresa thomas tiffany tim timothy
tina todd tom tommy toni tony tracy travis trevor troy tucker tyler ursula valentina valerie vanessa
vasily vera veronica victor victoria viktor vincent virginia vivian vladimir volodymyr walter wanda warren
wayne wendy wesley will william willie xavier xi yana yasmin yevgeny yoshihide yolanda yulia yuri yury
zachary zoe
"""


def _place_aliases(table: str) -> dict[str, str]:
    return {p: p for p in _phrases(table)}


def _country_aliases(table: str) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for line in table.strip().splitlines():
        country, demonyms, capitals = line.split("|")
        aliases[country] = country
        for alias in (*demonyms.split(","), *capitals.split(",")):
            if alias:
                aliases[alias] = country
    return aliases


def _phrases(block: str) -> tuple[str, ...]:
    """Comma-separated phrases over any number of lines."""
    return tuple(p.strip() for p in block.replace("\n", ",").split(",") if p.strip())


def _inverted(block: str) -> dict[str, str]:
    """Lines "value: key, key, …" → {key: value}."""
    out: dict[str, str] = {}
    for line in block.strip().splitlines():
        value, keys = line.split(":", 1)
        for key in _phrases(keys):
            out[key] = value.strip()
    return out


def _aliases(block: str) -> dict[str, str]:
    """Lines "Canonical: variant | variant | …" → {variant: canonical}."""
    out: dict[str, str] = {}
    for line in block.strip().splitlines():
        canonical, variants = line.split(":", 1)
        for variant in variants.split("|"):
            if variant.strip():
                out[variant.strip()] = canonical.strip()
    return out


# Verb, participle and adjective cues near a number → the measure they name.
_MEASURE_VERBS = _inverted(
    """
casualties: killed and injured, killed or injured, killed and wounded, killed or wounded, dead or injured, dead and injured, dead and wounded, dead or wounded, killed and hurt, shot
killed: killed, kill, kills, killing, dead, died, die, dying, slain, perished, killed in action, lost their lives, lost their life, losing their lives, lose their lives, succumbed, fatally, murdered, shot dead, shot and killed, shot to death, fatally shot, massacred, massacre, massacring, slaughtered, slaughtering, gunned down, beheaded
wounded: wounded, injured, injuring, wounding, hurt, maimed, treated for injuries, treated for wounds, stabbed, shot and wounded, shot and injured, transported to area hospitals, transported to hospitals, transported to hospital, transported to a hospital, taken to area hospitals
captured: captured, taken prisoner, taken captive, surrendered, taken hostage, abducted, kidnapped
missing: missing, missing in action, unaccounted for
deployed: deployed, deploying, deploy, stationed, dispatched, contributed, mobilized, mobilised, active along, frontline, front line, front lines, fighting, serving, posted
transferred: transferred, supplied, delivered, gifted, handed over
infected: infected, infect, infecting, infects, tested positive, testing positive, test positive, tests positive, contracted, sickened, sickening, sickens
cases: diagnosed, were diagnosed, been diagnosed, fell ill, fall ill, falls ill, falling ill, fallen ill, became ill, become ill, taken ill
hospitalized: hospitalized, hospitalised, in hospital, in the hospital, admitted to hospital, admitted to the hospital, admitted to hospitals, taken to hospital, taken to the hospital, taken to hospitals
quarantined: quarantined, in quarantine
isolated: in isolation
recovered: recovered
tested: tested
vaccinated: vaccinated
displaced: displaced, fled
evacuated: evacuated
arrested: arrested, arresting
detained: detained, in custody, in detention
imprisoned: imprisoned, jailed, in prison, in jail, behind bars, incarcerated, locked up
homeless: homeless
unemployed: unemployed
laid_off: laid off
furloughed: furloughed
"""
)

# Verbs right before a sum of money that say what it is (a sum with no such verb is "money").
_MONEY_VERBS = _inverted(
    """
funding: approved, allocated, allocate, allocates, promised, promises, pledged, pledges, granted, awarded, appropriated, earmarked, committed, budgeted, provided, provides
spending: spent, spend, spends, spending
investment: invested, invest, invests, investing
money_lost: lost, lose, loses, losing, losin'
revenue: earned, earns, earning, generated, grossed
fundraising: raised, raises, raising
lending: lent, lend, lends, lending, loaned
payment: paid, pays, paying
cost: cost, costs, costing
fine: fined
debt: owes, owed, owing
"""
)

# Counted nouns with a fixed measure.
_MEASURE_NOUNS = _inverted(
    """
deployed: troops, soldiers, personnel, servicemen, service members, servicemembers, forces, fighters, sailors, marines, mercenaries, militants
workers: workers
casualties: casualties, losses
killed: deaths, fatalities, lives, bodies, dead, death toll, toll, death, fatality
wounded: injuries, wounded, injured
captured: prisoners, pows, captives, hostages, prisoners of war
cases: cases, caseload, case load, case count, case tally, case total, positives, diagnoses, illnesses
infected: infections, carriers
hospitalized: hospitalizations, hospitalisations
tested: tests
recovered: recoveries
displaced: refugees
evacuated: evacuees
arrested: arrests
jobs: jobs
votes: votes
unemployed: unemployment
population: population
"""
)

# People under arms or sent abroad: a movement verb makes their count a deployment.
_PERSONNEL_NOUNS = _phrases(
    """
troops, soldiers, personnel, servicemen, service members, servicemembers, forces, fighters, sailors
marines, mercenaries, militants, men, recruits, conscripts, reservists, commandos, paratroopers
officers, koreans, workers, volunteers, engineers, guards, police, agents, staff
"""
)

# Verbs of sending: deployed for personnel, transferred for things.
_MOVEMENT_VERBS = _phrases(
    """
sent, send, sends, sending, shipped, ship, shipping, provided, providing, supplied, supplying, delivered
delivering, transferred, transferring, gifted, gave, given, handed, dispatched, moved, sold, selling
"""
)

# Figures readers compare across sources.
_CORE_MEASURES = _phrases(
    """
deployed, killed, wounded, casualties, captured, missing, cases, infected, hospitalized
tested, displaced, evacuated, arrested, detained, imprisoned
"""
)

_HEDGE_CUES = _phrases(
    """
is thought to, are thought to, was thought to, were thought to, thought to have, is believed to
are believed to, was believed to, were believed to, believed to have, is said to, are said to, said to be, said to have
was said to, were said to, is reported to, are reported to, was reported to, were reported to
is estimated to, are estimated to, were estimated to, was estimated to, is feared, are feared
feared dead, presumed dead, is presumed, are presumed, reportedly, allegedly, alleged, apparently
purportedly, supposedly, seemingly, appears to, appear to, appeared to, seems to, seem to, seemed to
possibly, probably, maybe, likely to, is likely, are likely, was likely, were likely, most likely, likely be
likely have, a likely, likely that, perhaps, may have, might have, could have, may be, might be, could be, unconfirmed, might
unverified, rumored, rumoured, is estimated that, is believed that, is thought that
it is feared that, is understood to, are understood to, is expected to have, are expected to have
is expected to, are expected to, was expected to, were expected to, can be, conceivably, surmised, speculated
were reported dead, was reported dead, were reported missing, was reported missing, were reported killed, was reported killed
would likely, will likely, could, potentially, is projected to, are projected to, it's projected, it’s projected
is projected that, was projected to, were projected to
I think, I believe, we think, we believe, I guess, I suspect
"""
)

_ATTRIBUTION_VERBS = _phrases(
    """
said, says, say, saying, told, tells, tell, stated, states, estimated, estimates, estimate, confirmed
confirms, confirm, reported, reports, report, noted, notes, claimed, claims, claim, announced, announces
added, adds, found, finds, find, showed, shows, show, shown, indicated, indicates, indicate, revealed
reveals, detailed, details, wrote, writes, suggested, suggests, suggest, counted, counts, recorded
records, registered, disclosed, discloses, projected, predicted, predicts, listed, lists, logged, identified, documented, tracked
calculated, calculates, tallied, acknowledged, admitted, testified, tweeted, posted, warned, explained
insisted, asserted, showing, finding, indicating, suggesting, estimating, hinted, hints, expected, expects, forecast
surmised, surmises, speculated, speculates, posited, guessed, projects, argue, argues, argued, contend, contends
contended, insists, put, puts, expressed, expresses, voiced, voices, points out, pointed out, believe, believes
"""
)

_SPEECH_VERBS = _phrases(
    """
said, says, say, saying, told, tells, stated, states, stating, added, adds, adding, stressed, stresses
commented, comments, wrote, writes, writing, warned, warns, warning, agreed, agrees, explained, explains
insisted, insists, noted, notes, noting, declared, declares, declaring, asked, asks, continued
continues, argued, argues, arguing, claimed, claims, claiming, replied, responded, recalled, recalls
acknowledged, admitted, announced, read, reads, tweeted, posted, concluded, observed, remarked, urged
cautioned, predicted, suggested, testified, found, finds, calling, called, touting, touted, boasted
vowed, pledged, promised, complained, lamented, conceded, emphasized, emphasised, wondered, quipped
joked, shouted, yelled, screamed, chanted, estimated, reported, reports, described, describing, alleged
charged, countered, assured, affirmed, confirmed, denied, proclaimed, according, cites, cited, citing
answered, answers, editorialized, mused, retorted, scoffed, snapped, sighed, pointed out, went on, put it, puts it, putting it
admit, admits, asserted, asserts, asserting, contended, contends, maintained, maintains, decried, decries
decrying, call, calls, telling, hinted, hints, tweeting, posting, denounced, denounces, deemed, deems
dismissed, dismisses, labeled, labelled, labeling, branded, dubbed, blasted, slammed, praised, pointing out
insisting, explaining, acknowledging, admitting, stressing, promising, vowing, complaining, conceding
accusing, accused, tell, ask
summarized, summarised, summed up, branded, dubbed, finding, concluding, ruled, ruling
recounted, recounts, recounting, pleaded, pledges, pledging, describes, reflected, reflects, marveled, reporting
marvelled, recalling, opined, opines, intoned, intones, exclaimed, exclaims, gushed, gushes, raved, raves
bragged, brags, crowed, fumed, griped, grumbled, muttered, whispered, thundered
state, write, note, argue, warn, explain, insist, contend, conclude, observe, predicts, predict
characterized, characterised, characterizes, characterizing, fretted, frets, declaimed, sneered, sneers
rejoined, exulted, shot back, fired back, chimed in, interjected, discovered, chided, prodded, scolded, taunted, teased, lectured
responds, replies, barked, barks, growled, growls, snarled, snarls, hissed, bellowed, bellows, huffed, sniped, snipes, spat, begins
"""
)

_VAGUE_SOURCES = _phrases(
    """
news sources, media sources, media reports, news reports, press reports, reports, analysts, experts, polls, polling, surveys
backers, supporters, opponents, proponents, advocates, skeptics, sceptics, defenders, detractors
observers, critics, commentators, pundits, scientists, researchers, studies, research, estimates, some
many, others, media, the media, local media, rumors, rumours, social media, reporters, economists
historians, international news, witnesses, residents, activists, some experts, many experts, people
outlets, news outlets, media outlets, statisticians, epidemiologists, demographers, forecasters, modelers, academics, scholars
they
"""
)

_DOCUMENT_NOUNS = _phrases(
    """
report, reports, document, documents, statement, statements, study, survey, data, figures, statistics
analysis, assessment, estimate, memo, memorandum, letter, filing, release, press release, tally, count
census, poll, polling, paper, review, audit, records, record, notebook, diary, transcript, bulletin, dossier
indictment, complaint, lawsuit, budget, database, dashboard, model, projection, projections, findings
report's, cable, cables, footage, broadcast, website, post, tweet, briefing, communique, communiqué
declaration, decree, order, ruling, verdict, affidavit, testimony, presentation, slide, slides, page
pages, letters, book, article, editorial, newsletter, update, numbers, tracker, map, note, notes
result, results, guidance, guidelines, forecast, summary, journal, story, stories, piece, study's, white paper, chart
notice, notices, advisory, warning, directive, bill, legislation, proposal, resolution, motion, petition
evaluation, evaluations, excerpts, excerpt, disclosure, disclosures, forms, form, filings, preprint
research, plan, breakdown, email, emails, e-mail, message, messages, text message, manifesto
preview, summary, outline, blueprint, draft, stats, sample, list, lists, announcement, announcements, gauge
"""
)

_ORGANIZATION_CUES = _phrases(
    """
ministry, department, agency, committee, council, university, institute, institution, organization
organisation, association, bureau, office, service, services, commission, corporation, corp, inc, co
ltd, limited, plc, gmbh, llc, group, party, army, navy, police, court, congress, senate, parliament, assembly
administration, command, forces, network, television, tv, radio, media, news, times, post, journal
herald, tribune, gazette, daily, press, telegraph, guardian, monitor, observer, foundation, center
centre, centers, company, bank, fund, board, authority, team, society, union, federation, league
coalition, alliance, government, cabinet, intelligence, community, hospital, clinic, school, college
academy, laboratory, lab, labs, trust, watch, project, initiative, program, programme, campaign, club
church, secretariat, mission, embassy, consulate, tribunal, directorate, inspectorate, regiment, brigade
county, municipality, prefecture, borough, township
division, battalion, staff, pentagon, kremlin, house, state, states, nations, republic, kingdom, reuters
bloomberg, yonhap, xinhua, tass, ria, interfax, cnn, bbc, npr, pbs, fox, abc, cbs, nbc, msnbc, politico
axios, guard, capital, partners, holdings, industries, systems, technologies, airlines, motors, research
institutes, health, medicine, who, cdc, fda, nih, fbi, cia, nsa, foods, pharmaceuticals, pharma, brands
entertainment, communications, enterprises, insurance, financial, airways, automotive, petroleum, electric
firm, platform, retailer, automaker, insurer, manufacturer, supermarket, airline, startup, nonprofit
charity, watchdog, system
"""
)

_ORGANIZATIONS = _phrases(
    """
Reuters, Associated Press, AP, AFP, Agence France-Presse, Bloomberg, Yonhap, Xinhua, TASS, RIA Novosti
Interfax, KCNA, Korean Central News Agency, Korean Central Television, KCTV, NK News, BBC, CNN, NPR, PBS
Fox News, ABC News, CBS News, NBC News, MSNBC, Politico, Axios, The New York Times, New York Times
The Washington Post, Washington Post, The Wall Street Journal, Wall Street Journal, The Guardian
Al Jazeera, CDC, WHO, FDA, NIH, FBI, CIA, NSA, DHS, ICE, IMF, NATO, UN, U.N., EU, E.U., OPEC, UNICEF
UNHCR, Pentagon, Kremlin, White House, Congress, Senate, Johns Hopkins University, Johns Hopkins
World Health Organization, Red Cross, Centers for Disease Control and Prevention
Centers for Disease Control, Census Bureau, Bureau of Labor Statistics, Department of Labor
Labor Department, Gallup, Pew, Pew Research Center, Amnesty International, Human Rights Watch
Medecins Sans Frontieres, Doctors Without Borders, Google, Facebook, Twitter, Amazon, Apple, Microsoft
Worldometer, Worldometers, Our World in Data, ISW, Institute for the Study of War, NIS
National Intelligence Service, MSMT, Rospotrebnadzor, Hamas, Hezbollah, Taliban, Islamic State, ISIS
Supreme Court, Justice Department, State Department, Wikipedia, Merriam-Webster, Instagram, YouTube
Department of Health and Human Services, Health and Human Services, Department of Homeland Security
TikTok, Reddit, Snapchat, WhatsApp, Telegram, Netflix, Tesla, SpaceX, Walmart, Boeing
"""
)

_PERSON_TITLES = _phrases(
    """
mr, mrs, ms, miss, dr, prof, professor, sir, dame, lord, lady, president, vice, former, prime, minister
secretary, deputy, foreign, defence, defense, general, gen, lt, lieutenant, col, colonel, major, maj
capt, captain, sgt, sergeant, adm, admiral, commander, chief, leader, senator, sen, rep, representative
gov, governor, mayor, judge, justice, king, queen, prince, princess, pope, rev, reverend, ambassador
chairman, chairwoman, chair, director, spokesman, spokeswoman, spokesperson, ceo, chancellor, premier
speaker, house, culture, health, interior, finance, trade, state, attorney, dictator, supreme, u.s., us
ukrainian, russian, military, north, south, korean, national, security, adviser, advisor, envoy, marshal
sheikh, emir, crown, first, sen., rep., gov., gen., dr., mr., mrs., ms., prof., lt., col., capt., sgt.
adm., rev., economist, researcher, analyst, expert, official, epidemiologist, doctor, nurse, coach, host
co-host, anchor, author, columnist, commissioner, superintendent, surgeon, press, white, top, democratic
republican, gop, dem, senators, sens., reps., representatives, governors, ministers, generals, judges
justices, mayors, presidents, ambassadors, drs.
officer, administrator, sheriff, inspector, counsel, treasurer, comptroller, auditor, councilman
councilwoman, councilmember, alderman, assemblyman, assemblywoman, congressman, congresswoman, dean
provost, principal, founder, executive, editor, publisher, manager, producer, trooper, detective
counselor, counsellor, strategist, pollster, lawyer, attorney, elect, president-elect, supervisor, coroner, whip
clerk, trustee, regent, delegate, controller, magistrate, prosecutor, warden, constable, chaplain, cardinal
bishop, archbishop, pastor, rabbi, imam, journalist, reporter, correspondent, commentator, historian, activist, writer
pitcher, quarterback, player, rapper, singer, actor, actress, comedian, artist, musician, outfielder, catcher, shortstop
star, superstar, legend, icon, mogul, tycoon, billionaire, influencer, personality, celebrity
nominee, candidate, hopeful, challenger, incumbent, democrat, physicist, scientist, chemist, biologist, physician
secretary-general, director-general, attorney-general, governor-general, surgeon-general
scientist, physician, professor, scholar, novelist, filmmaker, comedian, actor, actress, singer, entrepreneur
"""
)

_ANONYMOUS_PATTERNS = (
    "\\banonymous\\b",
    "\\bunnamed\\b",
    "\\bunidentified\\b",
    "\\bfamiliar with\\b",
    "\\b(?:intelligence|military|government|diplomatic|security|police|official|administration|industry|party|defen[cs]e|western|u\\.s\\.|american|european|senior|local|hospital|medical|health|palace|congressional|campaign|company|family) sources?\\b",
    "\\bsources? (?:close to|in|at|within|inside|with|who|said|say|told|tell|familiar)\\b",
    "^(?:a|one|two|several|multiple|other) sources?\\b",
    "^sources?$",
    "\\b(?:a|an|one|two|three|several|some|other) (?:\\w+ )?(?:officials?|insiders?|diplomats?|sources?)\\b",
    # "officials there", "Medical staff": unnamed people of a body.
    "^(?:[\\w.]+ )?(?:[\\w.]+ )?(?:officials?|authorities|staff|personnel)(?: there| here)?$",
    "\\b(?:officials?|authorities) (?:in|at|from|with|who|familiar)\\b",
    "\\b(?:people|persons?|someone|insiders?) (?:in or )?(?:familiar|close|with knowledge|briefed|involved)\\b",
    "\\bwho (?:spoke|asked|requested|declined) (?:on condition|not to be|anonymity)",
    "\\bon condition of anonymity\\b",
    "\\bnot authorized to\\b",
    "\\binsiders?\\b",
    # "a Kansas City FDA inspector": one unnamed member of a body, named by their job.
    "^(?:a|an) (?:[\\w.]+ ){0,3}(?:spokes(?:man|woman|person)|aide|adviser|advisor|official|diplomat|officer"
    "|inspector|investigator|agent|employee)$",
    # "The employee VICE spoke to", "a nurse at the hospital": one unnamed person, named by their job.
    "^(?:the|a|an|one)\\s+(?:[\\w.-]+\\s+)?(?:employee|worker|staffer|nurse|doctor|physician|guard|officer|teacher|"
    "contractor|manager|insider)\\s+(?:(?:at|in|for|with|from)\\s+|(?:[\\w.&-]+\\s+)?(?:spoke|talked)\\s+(?:to|with)$)",
    # "One GOP operative involved in the race": one unnamed member of a trade, whatever follows.
    "^(?:a|an|one|another)\\s+(?:[\\w.-]+\\s+)?(?:operative|strategist|staffer|aide|insider|lobbyist)s?\\b",
)

# One written form per entity, for originators (what scoring groups by). Heads of state and government
# are written by full name whatever the article calls them ("President Trump" → Donald Trump); lesser-known
# people keep the name the text gives. A quote's speaker is shown as the text names them instead (the
# fullest form the text gives), as annotators write speakers.
_ENTITY_ALIASES = _aliases(
    """
KCNA: Korean Central News Agency | KCNA news agency | KCNA | state news agency KCNA
KCTV: Korean Central Television | KCTV
NIS: NIS | National Intelligence Service | South Korea's National Intelligence Service | South Korean National Intelligence Service | South Korean intelligence | South Korea's intelligence agency | South Korea's spy agency | Seoul's spy agency | South Korean spy agency
CDC: Centers for Disease Control and Prevention | Centers for Disease Control | CDC | Center for Disease Control
WHO: World Health Organization | World Health Organisation | WHO
United Nations: United Nations | UN | U.N.
European Union: European Union | EU | E.U.
Associated Press: Associated Press | AP
AFP: Agence France-Presse | AFP
Reuters: Reuters | Thomson Reuters
The New York Times: New York Times | NY Times | NYT
The Washington Post: Washington Post
The Wall Street Journal: Wall Street Journal | WSJ
Johns Hopkins University: Johns Hopkins University | Johns Hopkins | JHU
FDA: Food and Drug Administration | FDA | Drug Administration
NIH: National Institutes of Health
FBI: Federal Bureau of Investigation
CIA: Central Intelligence Agency
Pentagon: Department of Defense | Defense Department | Pentagon | U.S. Department of Defense
Department of Labor: Department of Labor | Labor Department | U.S. Department of Labor
Bureau of Labor Statistics: Bureau of Labor Statistics | BLS
UK Ministry of Defence: UK Ministry of Defence | British Ministry of Defence | British Defence Ministry | Ministry of Defence | MoD
Russian Ministry of Defence: Russian Defence Ministry | Russian Defense Ministry | Russia's Defense Ministry | Russia's Defence Ministry
ISW: Institute for the Study of War | ISW
Multilateral Sanctions Monitoring Team: Multilateral Sanctions Monitoring Team | MSMT
Worldometer: Worldometers | Worldometer
Islamic State: Islamic State | ISIS | ISIL
Donald Trump: Trump | Donald J. Trump | Donald John Trump
Joe Biden: Biden | Joseph Biden | Joseph R. Biden | Joseph R. Biden Jr. | Joe R. Biden
Barack Obama: Obama | Barack H. Obama | Barack Hussein Obama
Vladimir Putin: Putin | Vladimir V. Putin
Volodymyr Zelensky: Zelensky | Zelenskyy | Zelenskiy | Volodymyr Zelenskyy | Volodymyr Zelenskiy
Xi Jinping: Xi
Recep Tayyip Erdogan: Erdogan | Tayyip Erdogan
Benjamin Netanyahu: Netanyahu
Emmanuel Macron: Macron
Angela Merkel: Merkel
"""
)


# Leaders and officials the texts name without their country; the text's own words win
# ("Iowa Gov. Kim Reynolds"). Canonical names (see `canonical_entity`) or surnames.
_LEADERS = _aliases(
    """
North Korea: Kim Jong Un | Kim Yo Jong | Choe Son Hui
Russia: Vladimir Putin | Sergei Lavrov | Sergei Shoigu | Dmitry Peskov | Andrei Belousov | Valery Gerasimov
Ukraine: Volodymyr Zelensky | Volodymyr Zelenskyy | Zelensky | Zelenskyy | Oleksandr Syrskyi | Oleksandr Syrsky
China: Xi Jinping | Li Keqiang | Wang Yi
United States: Donald Trump | Joe Biden | Barack Obama | Mike Pence | Mike Pompeo | Kamala Harris
South Korea: Moon Jae In | Yoon Suk Yeol | Lee Jae Myung
Japan: Shinzo Abe | Yoshihide Suga | Fumio Kishida
United Kingdom: Boris Johnson | Theresa May | Rishi Sunak | Keir Starmer
France: Emmanuel Macron
Germany: Angela Merkel | Olaf Scholz
Israel: Benjamin Netanyahu
Turkey: Recep Tayyip Erdogan | Erdogan
Iran: Hassan Rouhani | Ali Khamenei
Syria: Bashar al Assad | Bashar al-Assad
Venezuela: Nicolas Maduro
Brazil: Jair Bolsonaro
India: Narendra Modi
Canada: Justin Trudeau
"""
)

# Kinds of places, for "the country" and "the state" (`credence.extract.subjects`).
COUNTRY_NAMES = frozenset(line.split("|")[0] for line in _COUNTRIES.strip().splitlines())
US_STATES = frozenset(_phrases(_US_STATES))
REGIONS = frozenset("Africa Europe Asia Caribbean Scandinavia Balkans".split()) | {
    "Latin America",
    "South America",
    "Central America",
    "North America",
    "Middle East",
}

_DEFAULT_FIELDS = dict(
    measure_verbs=_MEASURE_VERBS,
    measure_nouns=_MEASURE_NOUNS,
    money_verbs=_MONEY_VERBS,
    core_measures=_CORE_MEASURES,
    personnel_nouns=_PERSONNEL_NOUNS,
    movement_verbs=_MOVEMENT_VERBS,
    subject_aliases={
        **_place_aliases(_US_STATES),
        **_place_aliases(_PLACES),
        **_REGION_DEMONYMS,
        **_country_aliases(_COUNTRIES),
    },
    leaders=_LEADERS,
    first_names={
        # A name both sexes carry is "either", even when it is listed among female names.
        name: "either"
        if name in _EITHER_NAMES.split()
        else "female"
        if name in _FEMALE_NAMES.split()
        else "male"
        for name in _FIRST_NAMES.split()
    },
    hedge_cues=_HEDGE_CUES,
    attribution_verbs=_ATTRIBUTION_VERBS,
    speech_verbs=_SPEECH_VERBS,
    vague_sources=_VAGUE_SOURCES,
    anonymous_patterns=_ANONYMOUS_PATTERNS,
    document_nouns=_DOCUMENT_NOUNS,
    organization_cues=_ORGANIZATION_CUES,
    organizations=_ORGANIZATIONS,
    person_titles=_PERSON_TITLES,
    entity_aliases=_ENTITY_ALIASES,
)


def _trie_regex(
    words: tuple[str, ...], right: str = r"(?![\w])", skip_ahead: bool = False
) -> re.Pattern[str]:
    """A case-sensitive whole-word alternation built as a trie ("North Korea|North Korean|Norway" share "No").

    Python's regex engine tries every alternative at every position; factoring common prefixes makes a
    list of hundreds of names cheap to scan. Spaces inside a name match any run of whitespace.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + pattern(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return (
            body + "?"
            if ends and (len(branches) > 1 or body.startswith("(?:"))
            else ("(?:" + body + ")?" if ends else body)
        )

    if not skip_ahead:
        return re.compile(r"(?<![\w-])" + pattern(trie) + right)
    # Every branch opens with its first letter, so the engine knows the letters a match may start with
    # and skips in C to the next one; the word boundary before that letter is checked after it. Worth it
    # when those letters are rare in text (capitals), not for lower-case phrases.
    firsts = sorted(ch for ch in trie if ch)
    if not firsts:
        return re.compile(r"(?!)")  # no words: matches nothing
    branches = [re.escape(ch) + r"(?<![\w-].)" + pattern(trie[ch]) for ch in firsts]
    return re.compile("(?:" + "|".join(branches) + ")" + right)


def _phrase_regex(phrases: tuple[str, ...], capital_first: bool = False) -> re.Pattern[str]:
    """Whole phrases in lower case (verbs: "States" is no verb), or also with a capital first letter
    when `capital_first` ("Reportedly, ..."); a trie, so longer phrases ("killed in action") win.
    """
    lowered = {p.lower() for p in phrases if p}
    if capital_first:
        lowered |= {p[0].upper() + p[1:] for p in lowered}
    return _trie_regex(tuple(lowered), right=r"(?![\w-])")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list the extractor uses, read-only; build with `default()` or `extended()`."""

    measure_verbs: Mapping[str, str]
    measure_nouns: Mapping[str, str]
    money_verbs: Mapping[str, str]
    core_measures: frozenset[str]
    personnel_nouns: frozenset[str]
    movement_verbs: frozenset[str]
    subject_aliases: Mapping[str, str]
    hedge_cues: tuple[str, ...]
    attribution_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    vague_sources: frozenset[str]
    anonymous_patterns: tuple[str, ...]
    document_nouns: frozenset[str]
    organization_cues: frozenset[str]
    organizations: frozenset[str]
    person_titles: frozenset[str]
    first_names: Mapping[str, str]  # given name → female | male | either
    entity_aliases: Mapping[str, str]
    leaders: Mapping[str, str]  # person → the country they lead or serve
    # Compiled forms, built once in __post_init__ so extraction never recompiles.
    hedge_regex: re.Pattern[str] = field(init=False, repr=False)
    measure_verb_regex: re.Pattern[str] = field(init=False, repr=False)
    subject_regex: re.Pattern[str] = field(init=False, repr=False)
    anonymous_regex: re.Pattern[str] = field(init=False, repr=False)
    attribution_verb_regex: re.Pattern[str] = field(init=False, repr=False)
    speech_verb_regex: re.Pattern[str] = field(init=False, repr=False)
    organizations_lower: frozenset[str] = field(init=False, repr=False)
    entity_alias_items: tuple[tuple[str, str], ...] = field(init=False, repr=False)
    # A lone surname the aliases fold to a full name ending in it: "trump" → "Donald Trump".
    surname_aliases: Mapping[str, str] = field(init=False, repr=False)
    # Last words of measure verbs of several words ("laid off" → "off").
    measure_verb_last_words: frozenset[str] = field(init=False, repr=False)
    # `canonical_entity`'s memo for this lexicon: name → folded form (hashing the alias table per call
    # would cost more than the lookup).
    canonical_memo: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        compiled = {
            "hedge_regex": _phrase_regex(self.hedge_cues, capital_first=True),
            "measure_verb_regex": _phrase_regex(tuple(self.measure_verbs)),
            # A plural "s" may follow: "Americans", "North Koreans".
            "subject_regex": _trie_regex(tuple(self.subject_aliases), right=r"s?(?![\w])", skip_ahead=True),
            "anonymous_regex": re.compile(
                "|".join(f"(?:{p})" for p in self.anonymous_patterns), re.IGNORECASE
            ),
            "attribution_verb_regex": _phrase_regex(tuple(self.attribution_verbs)),
            "speech_verb_regex": _phrase_regex(tuple(self.speech_verbs)),
            "organizations_lower": frozenset(o.lower() for o in self.organizations),
            "entity_alias_items": tuple(sorted(self.entity_aliases.items())),
            "surname_aliases": {
                variant.lower(): full
                for variant, full in self.entity_aliases.items()
                if " " not in variant and full.lower().endswith(" " + variant.lower())
            },
            "measure_verb_last_words": frozenset(v.split()[-1] for v in self.measure_verbs if " " in v),
            "canonical_memo": {},
        }
        for name, value in compiled.items():
            object.__setattr__(self, name, value)

    def as_dict(self) -> dict[str, object]:
        """Plain, sorted values of every list: JSON-ready, and the same in every process."""
        out: dict[str, object] = {}
        for f in fields(self):
            if not f.init:
                continue
            value = getattr(self, f.name)
            if isinstance(value, Mapping):
                out[f.name] = dict(sorted(value.items()))
            elif isinstance(value, frozenset):
                out[f.name] = sorted(value)
            else:
                out[f.name] = list(value)
        return out

    def __repr__(self) -> str:
        # Sorted, so the repr (used as a fingerprint) does not depend on set iteration order.
        return f"Lexicon({self.as_dict()!r})"

    def __reduce__(self):
        # MappingProxyType does not pickle; rebuild from plain values in the other process.
        return (_rebuilt, (self.as_dict(),))

    @classmethod
    def default(cls) -> Lexicon:
        """The built-in lexicon (shared instance: it is immutable)."""
        return _DEFAULT

    def extended(self, overrides: Mapping[str, object]) -> Lexicon:
        """A new lexicon: this one with `overrides` merged in (see the module docstring for keys)."""
        known = {f.name for f in fields(self) if f.init}
        unknown = set(overrides) - known
        if unknown:
            raise ValueError(f"unknown lexicon keys: {sorted(unknown)}; known keys: {sorted(known)}")
        merged: dict[str, object] = {}
        for name in known:
            current = getattr(self, name)
            extra = overrides.get(name)
            if extra is None:
                merged[name] = current
            elif isinstance(current, Mapping):
                if not isinstance(extra, Mapping):
                    raise ValueError(f"lexicon key {name!r} takes a mapping, got {type(extra).__name__}")
                merged[name] = {
                    **current,
                    **{
                        str(k)
                        if name in ("entity_aliases", "subject_aliases", "leaders")
                        else str(k).lower(): str(v)
                        for k, v in extra.items()
                    },
                }
            else:
                if isinstance(extra, str) or not isinstance(extra, (list, tuple, set, frozenset)):
                    raise ValueError(f"lexicon key {name!r} takes a list, got {type(extra).__name__}")
                merged[name] = (*current, *(str(x) for x in extra))
        return _built(**merged)


def _built(**values: object) -> Lexicon:
    """A Lexicon from plain values: mappings frozen, word lists lower-cased into frozensets."""
    keep_case = {"organizations", "anonymous_patterns", "hedge_cues"}
    frozen: dict[str, object] = {}
    for name, value in values.items():
        if isinstance(value, Mapping):
            frozen[name] = MappingProxyType(dict(value))
        elif name in ("hedge_cues", "anonymous_patterns"):
            frozen[name] = tuple(dict.fromkeys(value))  # order kept, duplicates dropped
        elif name in keep_case:
            frozen[name] = frozenset(value)
        else:
            frozen[name] = frozenset(str(v).lower() for v in value)
    return Lexicon(**frozen)


def _rebuilt(values: dict[str, object]) -> Lexicon:
    return _built(**values)


_DEFAULT = _built(**_DEFAULT_FIELDS)
