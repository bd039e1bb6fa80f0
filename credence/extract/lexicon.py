"""The word lists the extractor reads: measure cues, subject aliases, hedges, attribution cues, source kinds.

Pure data plus a merge (`Lexicon.extended`) so a user can add domain words without code. Imports only
the standard library.

Keys accepted by `Lexicon.extended(overrides)` (every key optional; unknown keys are an error):

| key | type | merged how |
| --- | --- | --- |
| measure_verbs | {cue: measure} | verb/participle/adjective cues near a number ("killed": "killed") |
| measure_nouns | {noun: measure} | counted nouns with a fixed class ("troops": "deployed") |
| core_measures | [measure] | measures readers compare across sources |
| personnel_nouns | [noun] | nouns for people under arms (decides deployed vs transferred) |
| movement_verbs | [verb] | verbs of sending: deployed for personnel, transferred otherwise |
| subject_aliases | {Alias: subject} | demonyms, capitals, short names → one subject name (case-sensitive) |
| hedge_cues | [phrase] | words that soften a figure ("reportedly") |
| attribution_verbs | [verb] | verbs that credit a figure to their subject ("estimated") |
| speech_verbs | [verb] | verbs that introduce a direct quotation ("stressed") |
| vague_sources | [phrase] | heads of an attribution too vague to name anyone ("analysts") |
| anonymous_patterns | [regex] | unnamed sources or officials ("sources familiar with") |
| document_nouns | [noun] | nouns of cited documents ("report", "data") |
| organization_cues | [word] | words that make a name an organization ("Ministry") |
| organizations | [name] | names always taken for organizations ("Reuters") |
| person_titles | [word] | titles stripped from person names ("General") |
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


def _country_aliases(table: str) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for line in table.strip().splitlines():
        country, demonyms, capitals = line.split("|")
        aliases[country] = country
        for alias in (*demonyms.split(","), *capitals.split(",")):
            if alias:
                aliases[alias] = country
    return aliases


_MEASURE_VERBS = {
    # killed
    "killed": "killed",
    "kill": "killed",
    "kills": "killed",
    "killing": "killed",
    "dead": "killed",
    "died": "killed",
    "die": "killed",
    "dying": "killed",
    "slain": "killed",
    "perished": "killed",
    "killed in action": "killed",
    "lost their lives": "killed",
    "lost their life": "killed",
    "succumbed": "killed",
    "fatally": "killed",
    "murdered": "killed",
    # wounded
    "wounded": "wounded",
    "injured": "wounded",
    "injuring": "wounded",
    "wounding": "wounded",
    "hurt": "wounded",
    "maimed": "wounded",
    # captured
    "captured": "captured",
    "taken prisoner": "captured",
    "taken captive": "captured",
    "surrendered": "captured",
    "taken hostage": "captured",
    "abducted": "captured",
    "kidnapped": "captured",
    # missing
    "missing": "missing",
    "missing in action": "missing",
    "unaccounted for": "missing",
    # deployed
    "deployed": "deployed",
    "deploying": "deployed",
    "deploy": "deployed",
    "stationed": "deployed",
    "dispatched": "deployed",
    "contributed": "deployed",
    "mobilized": "deployed",
    "mobilised": "deployed",
    "active along": "deployed",
    "frontline": "deployed",
    "front line": "deployed",
    "front lines": "deployed",
    "fighting": "deployed",
    "serving": "deployed",
    "posted": "deployed",
    # transferred (movement verbs pick deployed instead when the count is of personnel)
    "transferred": "transferred",
    "supplied": "transferred",
    "delivered": "transferred",
    "gifted": "transferred",
    "handed over": "transferred",
    # public health
    "infected": "infected",
    "tested positive": "infected",
    "contracted": "infected",
    "hospitalized": "hospitalized",
    "hospitalised": "hospitalized",
    "in hospital": "hospitalized",
    "recovered": "recovered",
    "tested": "tested",
    "vaccinated": "vaccinated",
    # displacement, arrests
    "displaced": "displaced",
    "evacuated": "evacuated",
    "arrested": "arrested",
    "detained": "detained",
    "fled": "displaced",
    "homeless": "homeless",
    "unemployed": "unemployed",
    "laid off": "laid_off",
    "furloughed": "furloughed",
}

_MEASURE_NOUNS = {
    "troops": "deployed",
    "soldiers": "deployed",
    "personnel": "deployed",
    "servicemen": "deployed",
    "service members": "deployed",
    "servicemembers": "deployed",
    "forces": "deployed",
    "fighters": "deployed",
    "sailors": "deployed",
    "marines": "deployed",
    "mercenaries": "deployed",
    "militants": "deployed",
    "workers": "workers",
    "casualties": "casualties",
    "losses": "casualties",
    "deaths": "killed",
    "fatalities": "killed",
    "lives": "killed",
    "bodies": "killed",
    "dead": "killed",
    "death toll": "killed",
    "toll": "killed",
    "injuries": "wounded",
    "wounded": "wounded",
    "injured": "wounded",
    "prisoners": "captured",
    "pows": "captured",
    "captives": "captured",
    "hostages": "captured",
    "prisoners of war": "captured",
    "cases": "cases",
    "infections": "infected",
    "hospitalizations": "hospitalized",
    "hospitalisations": "hospitalized",
    "tests": "tested",
    "recoveries": "recovered",
    "refugees": "displaced",
    "evacuees": "evacuated",
    "arrests": "arrested",
    "jobs": "jobs",
    "votes": "votes",
}

_PERSONNEL_NOUNS = (
    "troops",
    "soldiers",
    "personnel",
    "servicemen",
    "service members",
    "servicemembers",
    "forces",
    "fighters",
    "sailors",
    "marines",
    "mercenaries",
    "militants",
    "men",
    "recruits",
    "conscripts",
    "reservists",
    "commandos",
    "paratroopers",
    "officers",
    "koreans",
    "workers",
    "volunteers",
    "engineers",
    "guards",
    "police",
    "officers",
    "agents",
    "staff",
)

_MOVEMENT_VERBS = (
    "sent",
    "send",
    "sends",
    "sending",
    "shipped",
    "ship",
    "shipping",
    "provided",
    "providing",
    "supplied",
    "supplying",
    "delivered",
    "delivering",
    "transferred",
    "transferring",
    "gifted",
    "gave",
    "given",
    "handed",
    "dispatched",
    "moved",
    "sold",
    "selling",
)

_CORE_MEASURES = (
    "deployed",
    "killed",
    "wounded",
    "casualties",
    "captured",
    "missing",
    "cases",
    "infected",
    "hospitalized",
    "recovered",
    "tested",
    "displaced",
    "evacuated",
    "arrested",
)

_HEDGE_CUES = (
    "is thought to",
    "are thought to",
    "was thought to",
    "were thought to",
    "thought to have",
    "is believed to",
    "are believed to",
    "was believed to",
    "were believed to",
    "believed to have",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is reported to",
    "are reported to",
    "was reported to",
    "were reported to",
    "is estimated to",
    "are estimated to",
    "were estimated to",
    "was estimated to",
    "is feared",
    "are feared",
    "feared dead",
    "presumed dead",
    "is presumed",
    "are presumed",
    "reportedly",
    "allegedly",
    "alleged",
    "apparently",
    "purportedly",
    "supposedly",
    "seemingly",
    "appears to",
    "appear to",
    "appeared to",
    "seems to",
    "seem to",
    "seemed to",
    "possibly",
    "probably",
    "likely to",
    "is likely",
    "are likely",
    "was likely",
    "were likely",
    "most likely",
    "likely be",
    "likely have",
    "perhaps",
    "may have",
    "might have",
    "could have",
    "may be",
    "might be",
    "could be",
    "unconfirmed",
    "unverified",
    "rumored",
    "rumoured",
    "suspected",
)

_ATTRIBUTION_VERBS = (
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "stated",
    "states",
    "estimated",
    "estimates",
    "estimate",
    "confirmed",
    "confirms",
    "confirm",
    "reported",
    "reports",
    "report",
    "noted",
    "notes",
    "claimed",
    "claims",
    "claim",
    "announced",
    "announces",
    "added",
    "adds",
    "found",
    "finds",
    "find",
    "showed",
    "shows",
    "show",
    "shown",
    "indicated",
    "indicates",
    "indicate",
    "revealed",
    "reveals",
    "detailed",
    "details",
    "wrote",
    "writes",
    "suggested",
    "suggests",
    "suggest",
    "counted",
    "counts",
    "recorded",
    "records",
    "registered",
    "disclosed",
    "discloses",
    "put",
    "puts",
    "projected",
    "projects",
    "predicted",
    "predicts",
    "calculated",
    "calculates",
    "tallied",
    "acknowledged",
    "admitted",
    "testified",
    "tweeted",
    "posted",
    "warned",
    "explained",
    "insisted",
    "asserted",
)

_SPEECH_VERBS = (
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "stated",
    "states",
    "stating",
    "added",
    "adds",
    "adding",
    "stressed",
    "stresses",
    "commented",
    "comments",
    "wrote",
    "writes",
    "writing",
    "warned",
    "warns",
    "warning",
    "agreed",
    "agrees",
    "explained",
    "explains",
    "insisted",
    "insists",
    "noted",
    "notes",
    "noting",
    "declared",
    "declares",
    "declaring",
    "asked",
    "asks",
    "continued",
    "continues",
    "argued",
    "argues",
    "arguing",
    "claimed",
    "claims",
    "claiming",
    "replied",
    "responded",
    "recalled",
    "recalls",
    "acknowledged",
    "admitted",
    "announced",
    "read",
    "reads",
    "tweeted",
    "posted",
    "concluded",
    "observed",
    "remarked",
    "urged",
    "cautioned",
    "predicted",
    "suggested",
    "testified",
    "found",
    "finds",
    "calling",
    "called",
    "touting",
    "touted",
    "boasted",
    "vowed",
    "pledged",
    "promised",
    "complained",
    "lamented",
    "conceded",
    "emphasized",
    "emphasised",
    "added",
    "wondered",
    "quipped",
    "joked",
    "shouted",
    "yelled",
    "screamed",
    "chanted",
    "told",
    "estimated",
    "reported",
    "reports",
    "described",
    "describing",
    "stated",
    "alleged",
    "charged",
    "countered",
    "assured",
    "affirmed",
    "confirmed",
    "denied",
    "announced",
    "proclaimed",
    "says",
    "according",
)

_VAGUE_SOURCES = (
    "news sources",
    "media sources",
    "media reports",
    "news reports",
    "press reports",
    "reports",
    "analysts",
    "experts",
    "observers",
    "critics",
    "commentators",
    "pundits",
    "scientists",
    "researchers",
    "studies",
    "research",
    "estimates",
    "some",
    "many",
    "others",
    "media",
    "the media",
    "local media",
    "rumors",
    "rumours",
    "social media",
    "reporters",
    "economists",
    "historians",
    "international news",
    "witnesses",
    "residents",
    "activists",
    "some experts",
    "many experts",
    "people",
    "they",
)

_ANONYMOUS_PATTERNS = (
    r"\banonymous\b",
    r"\bunnamed\b",
    r"\bunidentified\b",
    r"\bfamiliar with\b",
    r"\b(?:intelligence|military|government|diplomatic|security|police|official|administration|"
    r"industry|party|defen[cs]e|western|u\.s\.|american|european|senior|local|hospital|"
    r"medical|health|palace|congressional|campaign|company|family) sources?\b",
    r"\bsources? (?:close to|in|at|within|inside|with|who|said|say|told|tell|familiar)\b",
    r"^(?:a|one|two|several|multiple|other) sources?\b",
    r"^sources?$",
    r"\b(?:a|an|one|two|three|several|some|other) (?:\w+ )?(?:officials?|insiders?|diplomats?|sources?)\b",
    r"^(?:[\w.]+ )?(?:[\w.]+ )?officials?$",
    r"\bofficials? (?:in|at|from|with|who|familiar)\b",
    r"\b(?:people|persons?|someone|insiders?) (?:familiar|close|with knowledge|briefed|involved)\b",
    r"\bwho (?:spoke|asked|requested|declined) (?:on condition|not to be|anonymity)",
    r"\bon condition of anonymity\b",
    r"\bnot authorized to\b",
    r"\binsiders?\b",
    r"^(?:a|an) (?:\w+ )?(?:spokes(?:man|woman|person)|aide|adviser|advisor|official|diplomat|officer)$",
)

_DOCUMENT_NOUNS = (
    "report",
    "reports",
    "document",
    "documents",
    "statement",
    "statements",
    "study",
    "survey",
    "data",
    "figures",
    "statistics",
    "analysis",
    "assessment",
    "estimate",
    "memo",
    "memorandum",
    "letter",
    "filing",
    "release",
    "press release",
    "tally",
    "count",
    "census",
    "poll",
    "paper",
    "review",
    "audit",
    "records",
    "record",
    "notebook",
    "diary",
    "transcript",
    "bulletin",
    "dossier",
    "indictment",
    "complaint",
    "lawsuit",
    "budget",
    "database",
    "dashboard",
    "model",
    "projection",
    "projections",
    "findings",
    "report's",
    "documents",
    "cable",
    "cables",
    "footage",
    "broadcast",
    "website",
    "post",
    "tweet",
    "briefing",
    "communique",
    "communiqué",
    "declaration",
    "decree",
    "order",
    "ruling",
    "verdict",
    "affidavit",
    "testimony",
    "presentation",
    "slide",
    "slides",
    "page",
    "pages",
    "letters",
    "book",
    "article",
    "editorial",
    "newsletter",
    "update",
    "numbers",
    "tracker",
    "map",
    "note",
    "notes",
    "guidance",
    "guidelines",
    "forecast",
    "summary",
    "journal",
    "study's",
    "white paper",
    "chart",
)

_ORGANIZATION_CUES = (
    "ministry",
    "department",
    "agency",
    "committee",
    "council",
    "university",
    "institute",
    "institution",
    "organization",
    "organisation",
    "association",
    "bureau",
    "office",
    "service",
    "services",
    "commission",
    "corporation",
    "corp",
    "inc",
    "co",
    "ltd",
    "llc",
    "group",
    "party",
    "army",
    "navy",
    "police",
    "court",
    "congress",
    "senate",
    "parliament",
    "assembly",
    "administration",
    "command",
    "forces",
    "network",
    "television",
    "tv",
    "radio",
    "media",
    "news",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "daily",
    "press",
    "telegraph",
    "guardian",
    "monitor",
    "observer",
    "foundation",
    "center",
    "centre",
    "centers",
    "company",
    "bank",
    "fund",
    "board",
    "authority",
    "team",
    "society",
    "union",
    "federation",
    "league",
    "coalition",
    "alliance",
    "government",
    "cabinet",
    "intelligence",
    "community",
    "hospital",
    "clinic",
    "school",
    "college",
    "academy",
    "laboratory",
    "lab",
    "labs",
    "trust",
    "watch",
    "project",
    "initiative",
    "program",
    "programme",
    "campaign",
    "club",
    "church",
    "council",
    "secretariat",
    "mission",
    "embassy",
    "consulate",
    "tribunal",
    "directorate",
    "inspectorate",
    "regiment",
    "brigade",
    "division",
    "battalion",
    "staff",
    "pentagon",
    "kremlin",
    "house",
    "state",
    "states",
    "nations",
    "republic",
    "kingdom",
    "reuters",
    "bloomberg",
    "yonhap",
    "xinhua",
    "tass",
    "ria",
    "interfax",
    "cnn",
    "bbc",
    "npr",
    "pbs",
    "fox",
    "abc",
    "cbs",
    "nbc",
    "msnbc",
    "politico",
    "axios",
    "guard",
    "capital",
    "partners",
    "holdings",
    "industries",
    "systems",
    "technologies",
    "airlines",
    "motors",
    "labs",
    "research",
    "institutes",
    "health",
    "medicine",
    "hopkins",
    "who",
    "cdc",
    "fda",
    "nih",
    "fbi",
    "cia",
    "nsa",
)

_ORGANIZATIONS = (
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "Yonhap",
    "Xinhua",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "KCNA",
    "Korean Central News Agency",
    "Korean Central Television",
    "KCTV",
    "NK News",
    "BBC",
    "CNN",
    "NPR",
    "PBS",
    "Fox News",
    "ABC News",
    "CBS News",
    "NBC News",
    "MSNBC",
    "Politico",
    "Axios",
    "The New York Times",
    "New York Times",
    "The Washington Post",
    "Washington Post",
    "The Wall Street Journal",
    "Wall Street Journal",
    "The Guardian",
    "Al Jazeera",
    "CDC",
    "WHO",
    "FDA",
    "NIH",
    "FBI",
    "CIA",
    "NSA",
    "DHS",
    "ICE",
    "IMF",
    "NATO",
    "UN",
    "U.N.",
    "EU",
    "E.U.",
    "OPEC",
    "UNICEF",
    "UNHCR",
    "Pentagon",
    "Kremlin",
    "White House",
    "Congress",
    "Senate",
    "Johns Hopkins University",
    "Johns Hopkins",
    "World Health Organization",
    "Red Cross",
    "Centers for Disease Control and Prevention",
    "Centers for Disease Control",
    "Census Bureau",
    "Bureau of Labor Statistics",
    "Department of Labor",
    "Labor Department",
    "Gallup",
    "Pew",
    "Pew Research Center",
    "Amnesty International",
    "Human Rights Watch",
    "Medecins Sans Frontieres",
    "Doctors Without Borders",
    "Google",
    "Facebook",
    "Twitter",
    "Amazon",
    "Apple",
    "Microsoft",
    "Worldometer",
    "Worldometers",
    "Our World in Data",
    "ISW",
    "Institute for the Study of War",
    "NIS",
    "National Intelligence Service",
    "MSMT",
    "Rospotrebnadzor",
    "Hamas",
    "Hezbollah",
    "Taliban",
    "Islamic State",
    "ISIS",
    "Supreme Court",
    "Justice Department",
    "State Department",
)

_PERSON_TITLES = (
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "former",
    "prime",
    "minister",
    "secretary",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "general",
    "gen",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "major",
    "maj",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "adm",
    "admiral",
    "commander",
    "chief",
    "leader",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "reverend",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ceo",
    "chancellor",
    "premier",
    "speaker",
    "house",
    "culture",
    "health",
    "interior",
    "finance",
    "trade",
    "state",
    "attorney",
    "dictator",
    "supreme",
    "u.s.",
    "us",
    "ukrainian",
    "russian",
    "military",
    "north",
    "south",
    "korean",
    "national",
    "security",
    "adviser",
    "advisor",
    "envoy",
    "marshal",
    "sheikh",
    "emir",
    "crown",
    "first",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "prof.",
    "lt.",
    "col.",
    "capt.",
    "sgt.",
    "adm.",
    "rev.",
    "economist",
    "researcher",
    "analyst",
    "expert",
    "official",
    "epidemiologist",
    "doctor",
    "nurse",
    "coach",
    "host",
    "co-host",
    "anchor",
    "author",
    "columnist",
    "commissioner",
    "superintendent",
    "surgeon",
    "press",
    "white",
    "top",
    "democratic",
    "republican",
    "gop",
    "dem",
)

_ENTITY_ALIASES = {
    "Korean Central News Agency": "KCNA",
    "KCNA news agency": "KCNA",
    "KCNA": "KCNA",
    "state news agency KCNA": "KCNA",
    "Korean Central Television": "KCTV",
    "KCTV": "KCTV",
    "NIS": "NIS",
    "National Intelligence Service": "NIS",
    "South Korea's National Intelligence Service": "NIS",
    "South Korean National Intelligence Service": "NIS",
    "South Korean intelligence": "NIS",
    "South Korea's intelligence agency": "NIS",
    "South Korea's spy agency": "NIS",
    "Seoul's spy agency": "NIS",
    "South Korean spy agency": "NIS",
    "Centers for Disease Control and Prevention": "CDC",
    "Centers for Disease Control": "CDC",
    "CDC": "CDC",
    "Center for Disease Control": "CDC",
    "World Health Organization": "WHO",
    "World Health Organisation": "WHO",
    "WHO": "WHO",
    "United Nations": "United Nations",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "European Union": "European Union",
    "EU": "European Union",
    "E.U.": "European Union",
    "Associated Press": "Associated Press",
    "AP": "Associated Press",
    "Agence France-Presse": "AFP",
    "AFP": "AFP",
    "Reuters": "Reuters",
    "Thomson Reuters": "Reuters",
    "New York Times": "The New York Times",
    "NY Times": "The New York Times",
    "NYT": "The New York Times",
    "Washington Post": "The Washington Post",
    "Wall Street Journal": "The Wall Street Journal",
    "WSJ": "The Wall Street Journal",
    "Johns Hopkins University": "Johns Hopkins University",
    "Johns Hopkins": "Johns Hopkins University",
    "JHU": "Johns Hopkins University",
    "Food and Drug Administration": "FDA",
    "FDA": "FDA",
    "National Institutes of Health": "NIH",
    "Federal Bureau of Investigation": "FBI",
    "Central Intelligence Agency": "CIA",
    "Department of Defense": "Pentagon",
    "Defense Department": "Pentagon",
    "Pentagon": "Pentagon",
    "U.S. Department of Defense": "Pentagon",
    "Department of Labor": "Department of Labor",
    "Labor Department": "Department of Labor",
    "U.S. Department of Labor": "Department of Labor",
    "Bureau of Labor Statistics": "Bureau of Labor Statistics",
    "BLS": "Bureau of Labor Statistics",
    "UK Ministry of Defence": "UK Ministry of Defence",
    "British Ministry of Defence": "UK Ministry of Defence",
    "British Defence Ministry": "UK Ministry of Defence",
    "Ministry of Defence": "UK Ministry of Defence",
    "MoD": "UK Ministry of Defence",
    "Russian Defence Ministry": "Russian Ministry of Defence",
    "Russian Defense Ministry": "Russian Ministry of Defence",
    "Russia's Defense Ministry": "Russian Ministry of Defence",
    "Russia's Defence Ministry": "Russian Ministry of Defence",
    "Institute for the Study of War": "ISW",
    "ISW": "ISW",
    "Multilateral Sanctions Monitoring Team": "Multilateral Sanctions Monitoring Team",
    "MSMT": "Multilateral Sanctions Monitoring Team",
    "Worldometers": "Worldometer",
    "Worldometer": "Worldometer",
    "Islamic State": "Islamic State",
    "ISIS": "Islamic State",
    "ISIL": "Islamic State",
}

_DEFAULT_FIELDS = dict(
    measure_verbs=_MEASURE_VERBS,
    measure_nouns=_MEASURE_NOUNS,
    core_measures=_CORE_MEASURES,
    personnel_nouns=_PERSONNEL_NOUNS,
    movement_verbs=_MOVEMENT_VERBS,
    subject_aliases=_country_aliases(_COUNTRIES),
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


def _phrase_regex(phrases: tuple[str, ...], capital_first: bool = False) -> re.Pattern[str]:
    """One alternation, longest phrases first so "killed in action" beats "killed".

    Phrases match in lower case (verbs: "States" is no verb), or also with a capital first letter
    when `capital_first` ("Reportedly, ..."); a case-sensitive pattern runs several times faster
    than IGNORECASE.
    """
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)

    def first_letter_either_case(p: str) -> str:
        body = re.escape(p[1:]).replace(r"\ ", r"\s+")
        if capital_first and p[0].isalpha():
            return f"[{p[0].upper()}{p[0]}]{body}"
        return re.escape(p[0]) + body

    return re.compile(rf"(?<![\w-])(?:{'|'.join(first_letter_either_case(p) for p in ordered)})(?![\w-])")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list the extractor uses, read-only; build with `default()` or `extended()`."""

    measure_verbs: Mapping[str, str]
    measure_nouns: Mapping[str, str]
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
    entity_aliases: Mapping[str, str]
    # Compiled forms, built once in __post_init__ so extraction never recompiles.
    hedge_regex: re.Pattern[str] = field(init=False, repr=False)
    measure_verb_regex: re.Pattern[str] = field(init=False, repr=False)
    subject_regex: re.Pattern[str] = field(init=False, repr=False)
    anonymous_regex: re.Pattern[str] = field(init=False, repr=False)
    attribution_verb_regex: re.Pattern[str] = field(init=False, repr=False)
    speech_verb_regex: re.Pattern[str] = field(init=False, repr=False)
    organizations_lower: frozenset[str] = field(init=False, repr=False)
    entity_alias_items: tuple[tuple[str, str], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        compiled = {
            "hedge_regex": _phrase_regex(self.hedge_cues, capital_first=True),
            "measure_verb_regex": _phrase_regex(tuple(self.measure_verbs)),
            "subject_regex": re.compile(
                "(?<![\\w-])(?:"
                + "|".join(
                    re.escape(a).replace(r"\ ", r"\s+")
                    for a in sorted(self.subject_aliases, key=len, reverse=True)
                )
                + ")(?![\\w])"
            ),
            "anonymous_regex": re.compile(
                "|".join(f"(?:{p})" for p in self.anonymous_patterns), re.IGNORECASE
            ),
            "attribution_verb_regex": _phrase_regex(tuple(self.attribution_verbs)),
            "speech_verb_regex": _phrase_regex(tuple(self.speech_verbs)),
            "organizations_lower": frozenset(o.lower() for o in self.organizations),
            "entity_alias_items": tuple(sorted(self.entity_aliases.items())),
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
                        str(k) if name in ("entity_aliases", "subject_aliases") else str(k).lower(): str(v)
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
