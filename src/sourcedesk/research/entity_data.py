"""Data for entity extraction: countries, role titles, organisation and place cues.

Tables only; ``entities`` holds the rules that read them. Country rows are
``(name, capital, demonyms, aliases)``; aliases are other names of the same state in common
English use (official long forms, acronyms), so that "DPRK" and "North Korea" meet.
"""

from __future__ import annotations

import re

Country = tuple[str, str, tuple[str, ...], tuple[str, ...]]

# Nations within a state that news names like countries ("stayed in Wales"), with their
# demonyms; not states, so they are kept out of COUNTRIES' aliases and capitals.
NATIONS: tuple[str, ...] = (
    "England", "English", "Scotland", "Scottish", "Scots", "Wales", "Welsh",
    "Northern Ireland", "Northern Irish", "Catalonia", "Catalan", "Flanders", "Flemish",
    "Quebec", "Greenland", "Greenlandic",
)  # fmt: skip

COUNTRIES: tuple[Country, ...] = (
    ("Afghanistan", "Kabul", ("Afghan",), ("Islamic Republic of Afghanistan",)),
    ("Albania", "Tirana", ("Albanian",), ()),
    ("Algeria", "Algiers", ("Algerian",), ()),
    ("Andorra", "Andorra la Vella", ("Andorran",), ()),
    ("Angola", "Luanda", ("Angolan",), ()),
    ("Argentina", "Buenos Aires", ("Argentine", "Argentinian"), ()),
    ("Armenia", "Yerevan", ("Armenian",), ()),
    ("Australia", "Canberra", ("Australian",), ()),
    ("Austria", "Vienna", ("Austrian",), ()),
    ("Azerbaijan", "Baku", ("Azerbaijani",), ()),
    ("Bahrain", "Manama", ("Bahraini",), ()),
    ("Bangladesh", "Dhaka", ("Bangladeshi",), ()),
    ("Belarus", "Minsk", ("Belarusian",), ("Republic of Belarus",)),
    ("Belgium", "Brussels", ("Belgian",), ()),
    ("Bolivia", "Sucre", ("Bolivian",), ()),
    ("Bosnia and Herzegovina", "Sarajevo", ("Bosnian",), ("Bosnia",)),
    ("Brazil", "Brasília", ("Brazilian",), ()),
    ("Bulgaria", "Sofia", ("Bulgarian",), ()),
    ("Cambodia", "Phnom Penh", ("Cambodian",), ()),
    ("Cameroon", "Yaoundé", ("Cameroonian",), ()),
    ("Canada", "Ottawa", ("Canadian",), ()),
    ("Chile", "Santiago", ("Chilean",), ()),
    ("China", "Beijing", ("Chinese",), ("People's Republic of China", "PRC")),
    ("Colombia", "Bogotá", ("Colombian",), ()),
    ("Croatia", "Zagreb", ("Croatian",), ()),
    ("Cuba", "Havana", ("Cuban",), ()),
    ("Cyprus", "Nicosia", ("Cypriot",), ()),
    ("Czech Republic", "Prague", ("Czech",), ("Czechia",)),
    ("Democratic Republic of the Congo", "Kinshasa", ("Congolese",), ("DRC", "DR Congo")),
    ("Denmark", "Copenhagen", ("Danish",), ()),
    ("Egypt", "Cairo", ("Egyptian",), ()),
    ("Eritrea", "Asmara", ("Eritrean",), ()),
    ("Estonia", "Tallinn", ("Estonian",), ()),
    ("Ethiopia", "Addis Ababa", ("Ethiopian",), ()),
    ("Finland", "Helsinki", ("Finnish",), ()),
    ("France", "Paris", ("French",), ()),
    ("Georgia", "Tbilisi", ("Georgian",), ()),
    ("Germany", "Berlin", ("German",), ("Federal Republic of Germany",)),
    ("Ghana", "Accra", ("Ghanaian",), ()),
    ("Greece", "Athens", ("Greek",), ()),
    ("Hungary", "Budapest", ("Hungarian",), ()),
    ("Iceland", "Reykjavík", ("Icelandic",), ()),
    ("India", "New Delhi", ("Indian",), ()),
    ("Indonesia", "Jakarta", ("Indonesian",), ()),
    ("Iran", "Tehran", ("Iranian",), ("Islamic Republic of Iran",)),
    ("Iraq", "Baghdad", ("Iraqi",), ()),
    ("Ireland", "Dublin", ("Irish",), ()),
    ("Israel", "Jerusalem", ("Israeli",), ()),
    ("Italy", "Rome", ("Italian",), ()),
    ("Ivory Coast", "Yamoussoukro", ("Ivorian",), ("Côte d'Ivoire",)),
    ("Japan", "Tokyo", ("Japanese",), ()),
    ("Jordan", "Amman", ("Jordanian",), ()),
    ("Kazakhstan", "Astana", ("Kazakh", "Kazakhstani"), ()),
    ("Kenya", "Nairobi", ("Kenyan",), ()),
    ("Kosovo", "Pristina", ("Kosovar",), ()),
    ("Kuwait", "Kuwait City", ("Kuwaiti",), ()),
    ("Kyrgyzstan", "Bishkek", ("Kyrgyz",), ()),
    ("Laos", "Vientiane", ("Lao", "Laotian"), ()),
    ("Latvia", "Riga", ("Latvian",), ()),
    ("Lebanon", "Beirut", ("Lebanese",), ()),
    ("Libya", "Tripoli", ("Libyan",), ()),
    ("Lithuania", "Vilnius", ("Lithuanian",), ()),
    ("Luxembourg", "Luxembourg", ("Luxembourgish",), ()),
    ("Malaysia", "Kuala Lumpur", ("Malaysian",), ()),
    ("Mali", "Bamako", ("Malian",), ()),
    ("Mexico", "Mexico City", ("Mexican",), ()),
    ("Moldova", "Chișinău", ("Moldovan",), ("Republic of Moldova",)),
    ("Mongolia", "Ulaanbaatar", ("Mongolian",), ()),
    ("Montenegro", "Podgorica", ("Montenegrin",), ()),
    ("Morocco", "Rabat", ("Moroccan",), ()),
    ("Myanmar", "Naypyidaw", ("Burmese",), ("Burma",)),
    ("Nepal", "Kathmandu", ("Nepali", "Nepalese"), ()),
    ("Netherlands", "Amsterdam", ("Dutch",), ("Holland",)),
    ("New Zealand", "Wellington", ("New Zealander",), ()),
    ("Nicaragua", "Managua", ("Nicaraguan",), ()),
    ("Nigeria", "Abuja", ("Nigerian",), ()),
    (
        "North Korea",
        "Pyongyang",
        ("North Korean",),
        ("Democratic People's Republic of Korea", "DPRK", "D.P.R.K.", "DPR Korea"),
    ),
    ("North Macedonia", "Skopje", ("Macedonian",), ("Macedonia",)),
    ("Norway", "Oslo", ("Norwegian",), ()),
    ("Oman", "Muscat", ("Omani",), ()),
    ("Pakistan", "Islamabad", ("Pakistani",), ()),
    ("Palestine", "Ramallah", ("Palestinian",), ("State of Palestine",)),
    ("Peru", "Lima", ("Peruvian",), ()),
    ("Philippines", "Manila", ("Filipino", "Philippine"), ()),
    ("Poland", "Warsaw", ("Polish",), ()),
    ("Portugal", "Lisbon", ("Portuguese",), ()),
    ("Qatar", "Doha", ("Qatari",), ()),
    ("Romania", "Bucharest", ("Romanian",), ()),
    ("Russia", "Moscow", ("Russian",), ("Russian Federation",)),
    ("Saudi Arabia", "Riyadh", ("Saudi",), ()),
    ("Serbia", "Belgrade", ("Serbian",), ()),
    ("Singapore", "Singapore", ("Singaporean",), ()),
    ("Slovakia", "Bratislava", ("Slovak",), ()),
    ("Slovenia", "Ljubljana", ("Slovenian",), ()),
    ("Somalia", "Mogadishu", ("Somali",), ()),
    ("South Africa", "Pretoria", ("South African",), ()),
    ("South Korea", "Seoul", ("South Korean",), ("Republic of Korea", "ROK")),
    ("South Sudan", "Juba", ("South Sudanese",), ()),
    ("Spain", "Madrid", ("Spanish",), ()),
    ("Sri Lanka", "Colombo", ("Sri Lankan",), ()),
    ("Sudan", "Khartoum", ("Sudanese",), ()),
    ("Sweden", "Stockholm", ("Swedish",), ()),
    ("Switzerland", "Bern", ("Swiss",), ()),
    ("Syria", "Damascus", ("Syrian",), ("Syrian Arab Republic",)),
    ("Taiwan", "Taipei", ("Taiwanese",), ("Republic of China",)),
    ("Tajikistan", "Dushanbe", ("Tajik",), ()),
    ("Thailand", "Bangkok", ("Thai",), ()),
    ("Tunisia", "Tunis", ("Tunisian",), ()),
    ("Turkey", "Ankara", ("Turkish",), ("Türkiye",)),
    ("Turkmenistan", "Ashgabat", ("Turkmen",), ()),
    ("Uganda", "Kampala", ("Ugandan",), ()),
    ("Ukraine", "Kyiv", ("Ukrainian",), ()),
    ("United Arab Emirates", "Abu Dhabi", ("Emirati",), ("UAE",)),
    (
        "United Kingdom",
        "London",
        ("British",),
        ("UK", "U.K.", "Britain", "Great Britain"),
    ),
    (
        "United States",
        "Washington",
        ("American",),
        ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
    ),
    ("Uzbekistan", "Tashkent", ("Uzbek",), ()),
    ("Venezuela", "Caracas", ("Venezuelan",), ()),
    ("Vietnam", "Hanoi", ("Vietnamese",), ()),
    ("Yemen", "Sanaa", ("Yemeni",), ()),
    ("Zimbabwe", "Harare", ("Zimbabwean",), ()),
)

# Organisations known by a short name everywhere (long form, short forms).
KNOWN_ORGANISATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("United Nations", ("UN", "U.N.")),
    ("European Union", ("EU", "E.U.")),
    ("North Atlantic Treaty Organization", ("NATO", "Nato")),
    ("International Atomic Energy Agency", ("IAEA",)),
    ("World Health Organization", ("WHO",)),
)

# Other spellings of a capital (old transliterations, English exonyms).
CAPITAL_VARIANTS: dict[str, tuple[str, ...]] = {
    "Kyiv": ("Kiev",),
    "Beijing": ("Peking",),
}

HONORIFICS: frozenset[str] = frozenset({
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame",
    "Lord", "Lady", "Madam",
})  # fmt: skip

# Nouns that head a role ("Defense Secretary", "spokesperson for ..."); matched in any case.
ROLE_TITLES: frozenset[str] = frozenset({
    "president", "vice-president", "prime minister", "premier", "minister", "secretary",
    "secretary-general", "secretary general", "ambassador", "envoy", "spokesperson",
    "spokesman", "spokeswoman", "leader", "chancellor", "king", "queen", "emperor",
    "general", "gen.", "colonel", "col.", "admiral", "commander", "chief", "ceo",
    "chairman", "chairwoman", "chair", "director", "director-general", "senator",
    "governor", "mayor", "pope", "official", "diplomat", "representative", "deputy",
    "head", "founder", "co-founder", "analyst", "adviser", "advisor",
    "correspondent", "reporter", "editor", "judge", "prosecutor", "lawmaker", "mp",
    "attorney general", "foreign minister", "defense minister", "defence minister",
    "defense secretary", "state secretary", "press secretary", "officer", "executive",
    "counterpart", "consul", "chargé d'affaires", "member", "lieutenant", "major",
    "captain", "sergeant", "marshal", "ombudsman", "commissioner", "rapporteur", "vp",
    "manager", "gm", "cfo", "coo", "cto",
    # posts and trades told before a name that no one has as a name ("Headteacher Ada Vell")
    "teacher", "headteacher", "headmaster", "headmistress", "professor", "councillor", "cllr",
    "inspector", "insp", "detective", "superintendent", "alderman", "registrar",
})  # fmt: skip

# Words that may stand inside a role before its title ("former", "acting", "deputy").
ROLE_MODIFIERS: frozenset[str] = frozenset({
    "former", "acting", "deputy", "vice", "senior", "chief", "top", "then", "first",
    "interim", "incoming", "outgoing", "current", "separatist", "state", "foreign",
    "defense", "defence", "interior", "finance", "trade", "economy", "press", "military",
    "national", "security", "intelligence", "counter-disinformation", "armed", "forces",
    "permanent", "special", "assistant", "executive", "general",
    # what a post is of, told before its title ("Labour group leader", "primary school teacher")
    "group", "party", "opposition", "council", "union", "school", "primary", "secondary",
    "campaign", "community", "head",
})  # fmt: skip

# Last words of a name that make it an organisation.
ORG_KEYWORDS: frozenset[str] = frozenset({
    "ministry", "agency", "service", "council", "committee", "commission", "organization",
    "organisation", "union", "party", "corporation", "corp", "corp.", "inc", "inc.", "ltd",
    "ltd.", "llc", "plc", "company", "co.", "group", "bank", "university", "institute",
    "army", "forces", "force", "navy", "command", "office", "department", "embassy",
    "government", "parliament", "assembly", "congress", "senate", "court", "news", "press",
    "times", "post", "journal", "radio", "television", "tv", "network", "broadcasting",
    "association", "foundation", "federation", "alliance", "coalition", "front", "board",
    "bureau", "authority", "administration", "directorate", "secretariat", "guard",
    "insider", "media", "airlines", "airways", "motors", "systems", "technologies",
    "kremlin", "pentagon", "cabinet", "presidium", "duma", "rada", "mission", "consulate",
    "interactive", "studios", "entertainment", "labs", "solutions", "holdings", "software",
    "pharmaceuticals", "register", "tribune", "herald", "gazette", "telegraph", "police",
    "telecom", "club", "magistrates", "unit", "academy", "squad", "division", "brigade",
    "battalion", "regiment", "fleet", "squadron", "films", "pictures", "productions", "records",
    # company names end on their trade: "Orsa Therapeutics", "Kell Partners", "Tarn Mutual"
    "therapeutics", "biotech", "pharma", "partners", "securities", "capital", "mutual",
    "logistics", "industries", "chemicals", "insurance", "investments", "ventures", "energy",
    "utilities", "airline", "railways", "shipping", "brewery", "bancorp", "hospital", "clinic",
    "guild", "assurance", "underwriters", "lines", "coastguard",  # "Educators' Guild"
    "rail", "freight", "grid", "trust", "services",  # "Fenwold Rail", "Norvale Grid"
    "exchange", "lottery", "commons",  # "Wool Exchange", "National Lottery", "Harbour Commons"
    "ferries", "buses", "coaches", "haulage",  # "Orsa Ferries", "Tarn Buses"
})  # fmt: skip

# The second word of a company's two-word name, its trade ("Tarnhold Airways", "Orsa Labs"):
# the first word alone then names the company.
FIRM_TAILS: frozenset[str] = frozenset({
    "air", "airways", "airlines", "therapeutics", "industries", "group", "holdings", "inc",
    "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "llc", "company", "motors",
    "systems", "technologies", "labs", "partners", "capital", "securities", "mutual",
    "logistics", "chemicals", "energy", "pharmaceuticals", "pharma", "biotech", "media",
    "entertainment", "studios", "software", "solutions", "insurance", "investments",
    "ventures", "telecom", "shipping", "railways", "foods", "brewery", "bancorp",
})  # fmt: skip

# Last words of a name that make it a thing, not an organisation ("... Rocket System").
THING_KEYWORDS: frozenset[str] = frozenset({
    "system", "missile", "missiles", "rocket", "rockets", "launcher", "vehicle", "aircraft",
    "drone", "tank", "satellite", "telescope", "vaccine", "programme", "program", "act",
    "treaty", "accord", "agreement", "plan", "bill", "award", "prize", "war", "awards",
    "games", "expo", "festival", "summit", "conference", "championship", "championships",
    "olympics", "cup", "tournament", "meetings", "marathon", "race", "derby", "rally",
    "regatta", "fair", "show", "carnival", "parade", "gala", "concert", "league", "series",
    "final", "finals", "prix", "triathlon", "relay",
})  # fmt: skip

# Words inside a name that make it a place (a polity or a region).
PLACE_KEYWORDS: frozenset[str] = frozenset({
    "republic", "republics", "region", "oblast", "province", "district", "county", "city",
    "state", "island", "islands", "peninsula", "mountains", "river", "sea", "ocean",
    "valley", "krai", "territory", "territories", "kingdom", "emirate", "federation", "town",
    "corridor", "strait", "straits",
})  # fmt: skip

# Cues before or after a single capitalised word that make it a place ("annexation of
# Crimea", "annexed Crimea", "Crimea as part of Russia", "the Crimea peninsula").
PLACE_CUES_BEFORE: tuple[str, ...] = (
    "in", "near", "outside", "city of", "town of", "village of", "region of", "capital of",
    "province of", "across", "from", "into", "annexation of", "annexed", "occupation of",
    "occupied", "invasion of", "invaded", "liberation of", "annexing", "occupying",
    "territory of", "sovereignty over", "border with",
)  # fmt: skip
PLACE_CUES_AFTER: tuple[str, ...] = (
    "region", "regions", "oblast", "province", "city", "area", "district", "border",
    "front", "peninsula", "as part of", "was annexed", "is annexed",
)  # fmt: skip
# A common word ending so names a person's trade or post ("Pharmacist", "Registrar",
# "Student") when it opens a person's name; other common words opening one ("Stunning Mara
# Quint") are dropped without a role. Not "-er": it ends "Summer", "Amber", "Harper".
AGENT_NOUN = re.compile(r"(?:ist|ian|man|woman|or|ent|ant|ar)$")
# Cues that make a place of a name that only looks like a person's ("in Tarn Hollow", "the
# villages of Tarn Hollow and Quarry Green", "Tarn Hollow village hall"): PLACE_CUES_BEFORE
# but "from" (a gift or a statement comes from a person too), PLACE_CUES_AFTER, and these,
# too weak for a name of no type ("at Halvik" may be a company's offices) but telling for
# name words that no person's cue ever follows.
SHAPED_PLACE_CUES_BEFORE: tuple[str, ...] = (
    *(cue for cue in PLACE_CUES_BEFORE if cue != "from"), "at", "around", "villages of",
    "towns of", "people of", "residents of", "streets of", "parts of", "parish of",
    "hamlet of", "suburb of", "headquartered in", "area:", "location:", "place:", "village:",
    "town:",
)  # fmt: skip
SHAPED_PLACE_CUES_AFTER: tuple[str, ...] = (
    *PLACE_CUES_AFTER, "village", "villages", "village hall", "parish", "ward", "estate",
    "estates", "residents", "neighbourhood", "neighborhood", "suburb", "high street",
)  # fmt: skip
# Of a name that only looks like a person's and is never told with a person's cue (a role, a
# title, "said", "who", an age), this share of mentions with a place's cue makes it a place.
SHAPED_PLACE_SHARE = 0.3
# A person's cue after a name: an age ("Mara Quint, 71,"), "who", or a verb of speech, right
# after the name or after its apposition; "said it" tells as much of a body ("Orsa said it would").
PERSON_AFTER = re.compile(
    r",\s+\d{1,3},|,?\s+who(?:se)?\b"
    r"|(?:,[^,;]{1,80},)?\s+(?:said|says|told|tells|added|adds|asked|explained|argued|warned"
    r"|insisted|recalled|replied|admitted|wrote|writes|recalls)\b(?!\s+(?:it|its)\b)"
)
# An apposition that a relative "who" ends ("from Mara Quint, a retired merchant who ..."):
# a person's cue even after a preposition.
PERSON_APPOSED = re.compile(r",\s+(?:a|an|the)\s+[^,;()]{1,60}?\s+who(?:se)?\b")
PERSON_BEFORE = re.compile(r"\b(?:said|says|added|asked|wrote)\s+$")
# A name that goes on after a part in brackets ("Harbour Villages (Lettings) Act"): the words
# before the brackets are a piece of a longer name, no name of their own.
NAME_GOES_ON = re.compile(r"\s*\([A-Z][\w'’-]*(?:\s+[A-Z&][\w'’-]*)*\)\s+[A-Z]")
# A name of a list before this one ("in Orsavir, Tarn Hollow and Quarry Green"): the place cue
# before the list's first name is every name's.
LIST_ITEM_BEFORE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}(?:,\sand|,|\sand|\sor)\s$"
)
MAX_LIST_ITEMS = 8
# Words around a name that make it a body, not a place or a thing: "Halvik's chief executive",
# "Halvik shares", "co-founder of Halvik", "joined Halvik".
# Not "spokesman", "staff", "president" or "chief": people and places have them too.
ORG_CUES_OWNED: frozenset[str] = frozenset({
    "ceo", "board", "headquarters", "employees", "executives", "products", "customers",
    "subsidiary", "subsidiaries", "profits", "profit", "revenue", "revenues", "earnings",
    "shareholders", "chief executive", "chief financial",
})  # fmt: skip
ORG_CUES_AFTER: tuple[str, ...] = (
    "inc", "inc.", "corp", "corp.", "ltd", "plc", "ceo", "executives", "employees",
    "shareholders",
)  # fmt: skip
# "Halvik shares fell 3%": a listed company; "Mara Lind shares her story" is a person
SHARES_MOVED = re.compile(
    r"\s+shares\s+(?:rose|fell|jumped|dropped|gained|lost|closed|slid|surged|tumbled|climbed"
    r"|soared|plunged|sank|rallied|slumped|were|are|have|had)\b",
    re.IGNORECASE,
)
# Not "joined" or "rival": one joins a person on stage, and a rival may be a person.
ORG_CUES_BEFORE: tuple[str, ...] = (
    "ceo of", "founder of", "co-founded", "co-founder of", "chairman of", "shares of",
    "employees of", "executive at", "executives at", "worked at", "works at", "working at",
    "acquired by", "bought by", "founded", "purchase of", "acquisition of", "takeover of",
    "merger with", "take over", "took over", "stake in", "share in", "shares in",
    "invested in",
)  # fmt: skip
# Of a name's mentions not typed by their own words, this share must carry a place cue
# ("in Halvik") before the cues make it a place: "at Halvik" once among sixty mentions of a
# company is no sign of a town.
PLACE_CUE_SHARE = 0.2
# Nouns a place's possessive owns that keep the place cue before it ("in Dunmarrow's old
# town"); any other ("in Halvik's view") makes the name an owner, not a place.
PLACE_PARTS: frozenset[str] = frozenset({
    "old", "centre", "center", "city", "town", "streets", "suburbs", "outskirts", "north",
    "south", "east", "west", "downtown", "harbour", "harbor", "port", "airport", "capital",
    "main", "historic", "central", "northern", "southern", "eastern", "western",
})  # fmt: skip
# Capitals that are no one's name: units, currencies and titles ("GB", "USD", "C.E.O.") name
# nothing, and formats and devices ("DVD", "USB", "GPS") are things, not bodies.
UNIT_ACRONYMS: frozenset[str] = frozenset({
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "cad", "aud", "chf", "inr", "kb", "mb", "gb",
    "tb", "ghz", "mhz", "khz", "km", "kg", "mph", "kph", "rpm", "ceo", "ceos", "cfo", "coo",
    "cto", "cio", "vp", "svp", "evp", "phd", "mp", "utc", "gmt", "est", "edt", "pst",
    "pdt", "cet", "cest", "bst", "ist", "jst",
})  # fmt: skip
THING_ACRONYMS: frozenset[str] = frozenset({
    "usb", "cd", "cds", "dvd", "dvds", "hd", "hdtv", "lcd", "led", "oled", "gps", "pc", "pcs",
    "tv", "tvs", "cpu", "gpu", "ram", "rom", "ssd", "hdmi", "sms", "mms", "pdf", "mp3", "pin",
    "atm", "dna", "rna", "hiv", "aids", "gdp", "vip", "ai", "api", "os", "ios", "url", "3g",
    "4g", "5g", "lte", "wifi",
})  # fmt: skip
# Compass words that open a two-word place name ("South Ossetia", "West Bank").
COMPASS_PREFIXES: frozenset[str] = frozenset({"North", "South", "East", "West"})
# Endings a demonym adds to its place's name (Abkhazia -> Abkhazian, Chile -> Chilean,
# Canada -> Canadian, Ukraine -> Ukrainian): (letters the place name ends in, demonym ending).
DEMONYM_ENDINGS: tuple[tuple[str, str], ...] = (
    ("a", "an"), ("", "an"), ("", "n"), ("a", "ian"), ("e", "ian"), ("", "ian"), ("e", "ean"),
    ("a", "ese"), ("", "ese"), ("", "i"),
)  # fmt: skip
# A capitalised word used as a modifier inside a sentence: before a lower-case word or a
# capitalised role title ("the Crimean peninsula", "Abkhazian President").
DEMONYM_USE = re.compile(
    r"(?m)(?:(?<=[a-z,.;:] )|^)([A-Z][a-z]{3,}(?:an|n|ese|i))\s+"
    r"(?:[a-z]{3,}|(?:President|Prime|Foreign|Defense|Defence|Minister|Ambassador|Leader|"
    r"Government|Army|Forces)\b)"
)
# Organisation keywords that name one institution on their own ("the Kremlin"); the others,
# alone ("the Ministry said"), stand for an organisation named elsewhere.
NAMED_INSTITUTIONS: frozenset[str] = frozenset({
    "kremlin", "pentagon", "duma", "rada", "presidium", "knesset", "bundestag",
})  # fmt: skip
# A token that glues a name to a news agency's credit ("Kim Jong UnAP"): the name, then the
# agency. Other inner capitals are a brand's own spelling ("VeXa", "YouTV").
GLUED_ACRONYM = re.compile(r"^([A-Z][a-z]+)(AP|AFP|EPA|UPI|PA|DPA|ANP|ANSA|TASS|REUTERS|GETTY)$")
# An acronym followed by its long form in parentheses ("HIMARS (High Mobility Artillery ...)").
LONG_FORM_AFTER = re.compile(r"\b([A-Z]{2,10})\s+\(([A-Z][^()]{3,80})\)")

# Capitalised words that are not names by themselves (sentence openers, calendar words ...).
NOT_NAMES: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "for",
    "and", "but", "or", "if", "when", "while", "after", "before", "since", "as", "by",
    "with", "from", "to", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "there", "here", "however", "meanwhile", "also", "according", "due",
    "following", "despite", "during", "although", "prior", "some", "many", "most", "all",
    "other", "both", "each", "such", "no", "not", "yes", "what", "who", "which", "where",
    "why", "how", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "today", "yesterday", "last", "next",
    "advertisement", "read", "more", "see", "related", "share", "click", "home",
    "image", "photo", "credit", "source", "references", "bibliography", "contents",
    "history", "trade", "overview", "one", "two", "three", "first",
    "second", "new", "former", "under", "over", "about", "than", "then", "because",
    "unlike", "like", "even", "just", "only", "still", "already", "now", "so", "thus",
    "eastern", "western", "northern", "southern", "central", "north", "south",
    "east", "west", "your", "yours", "my", "mine", "me", "him", "them", "let", "within",
    "without", "upon", "into", "onto", "towards", "toward",
})  # fmt: skip

# Lower-case words allowed inside a capitalised name ("Ministry of Foreign Affairs").
NAME_CONNECTORS: frozenset[str] = frozenset({
    "of", "for", "de", "del", "der", "den", "van", "von", "bin", "al", "la", "le", "du",
})  # fmt: skip

# Words that join a role title to what it is a role of ("Ambassador to Russia").
ROLE_CONNECTORS: frozenset[str] = frozenset({"to", "of", "for"})

# Compass words: not names alone, but part of demonyms in roles ("North Korean leader").
DIRECTION_WORDS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "eastern", "western", "northern", "southern", "central",
})  # fmt: skip

# How close two transliterations must be (difflib ratio) to be taken as one name.
TRANSLITERATION_MIN_RATIO: float = 0.8
TRANSLITERATION_MIN_LENGTH: int = 5

# At most this many citations per entity.
MAX_CITATIONS: int = 20

# Patterns and limits of the recogniser.
# Abbreviations whose final dot belongs to the word; possessive forms that stay in names.
ABBREVIATIONS = frozenset(
    {"inc.", "corp.", "co.", "ltd.", "jr.", "sr.", "st.", "dr.", "mr.", "mrs.", "ms.", "gen."}
)
NAME_POSSESSIVES = frozenset({"people's", "peoples'", "workers'", "children's", "women's"})
# "(ABC)" after a long form; "(commonly referred to as X)" after a name; a name before it.
SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z.&-]{1,9})\)")
ALIAS_CUE = re.compile(
    r"\(\s*(?:also |commonly |better |formerly )?(?:known|referred to) as ([^)]{2,60})\)"
)
NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")
# A role in apposition after a name; a possessive owner before a role.
APPOSITION = re.compile(r"^,\s+(?:(?:a|an|the)\s+)?([^,;]{3,120}?)(?=,|;|\.\s|\.$|$)")
OWNER = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.-]*['’]s\s+$")
# "Donetsk and Luhansk regions": a place cue shared by coordinated names.
COORDINATED = re.compile(r"^\s+and\s+[A-Z][\w'’-]*")  # "Donetsk and Luhansk regions"
VERB_LIKE = re.compile(r"^[A-Z][a-z]+(?:ed|ing|ly)$")  # "Retrieved", "Following", "Sadly"
# Words that cannot open an apposition (a relative clause or a verb follows instead).
RELATIVE = frozenset({
    "who", "which", "whose", "whom", "that", "said", "says", "and", "but", "tells", "told",
    "adds", "added", "explains", "explained", "notes", "noted", "writes", "wrote", "asks",
    "asked", "recalls", "recalled", "as",
})  # fmt: skip
MAX_APPOSITION_WORDS = 12
MAX_NAME_WORDS = 7  # longer capitalised runs are title-case headlines, not names
MAX_ROLE_LEAD_WORDS = 4

# An English contraction ("I'm", "You'll", "We're", "Don't"): never a name.
CONTRACTION = re.compile(r"^[A-Za-z]+(?:['’](?:m|ll|d|ve|re|t)|n['’]t)$", re.IGNORECASE)
# Marks after which a capital is grammatical, as at a sentence start ("...: Your goal").
OPENER_MARKS = (":", ";", "–", "—", "|", "•")
QUOTE_MARKS = "\"“‘'("  # a quote after such a mark ("said: “We ...") still opens a sentence
# A name told alone by its first word at least this often, more than by its last, is a brand
# or product ("Stadia" for "Stadia Pro"), not a person: one friendly "Guido" does not count.
BRAND_MIN_FIRST_WORD = 2
# A heading written in title case: at least this share of its longer words capitalised
# (words of at least HEADING_WORD_LENGTH letters, HEADING_MIN_WORDS of them or more).
HEADING_MIN_CAPITALISED = 0.75
HEADING_WORD_LENGTH = 4
HEADING_MIN_WORDS = 3
# A source's language (ISO 639-1) the English rules (roles, cues, keywords) read.
ENGLISH = "en"
LANGUAGE_MIN_WORDS = 60  # a shorter text's language is not guessed (it is read as English)
# English function words; a text of LANGUAGE_MIN_WORDS lower-case words or more with fewer than
# ENGLISH_MIN_SHARE of them is not read as English, whatever its page declares (English prose
# has 15% or more; German and Portuguese pages under 1.5%).
ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "and", "of", "to", "that", "with", "is", "for", "are", "this", "from", "by",
    "which", "have", "has", "was", "were", "it",
})  # fmt: skip
ENGLISH_MIN_SHARE = 0.02
# A capitalised word before "and" and a name of two capitalised words or more; any
# capitalised word (its possessive ending left out).
AND_NAME = re.compile(r"\b([A-Z][a-z][\w-]*) and (?!(?:The|A|An)\b)[A-Z][\w'’-]* [A-Z]")
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z][\w-]*")
# A word written in lower case in running text (not inside a web or mail address, nor after
# a hyphen or an apostrophe: "Hong-chol", "Mu'awiyah").
LOWER_WORD = re.compile(r"(?<![\w./@’'-])[a-z][a-z'-]+\b(?![.@/]\w)")
# Words of NOT_NAMES that open a place's name before a word of its own ("New York").
PLACE_OPENERS = frozenset({"new"})
# A sentence ending so is a statement, never a heading.
STATEMENT_ENDS = (".", "!", "…", '."', ".”", ".'", ".’")
# Keywords that end a name and keep their capital in a heading ("... People's Republic").
NAME_ENDINGS = ORG_KEYWORDS | PLACE_KEYWORDS | THING_KEYWORDS
# Connectors that join a role to what it is a role of, never the words of a person's name.
ROLE_ONLY_CONNECTORS = frozenset({"of", "for"})

# --- typing by shape: words that tell a person, a place or a thing --------------------------


def _words(block: str) -> frozenset[str]:
    """A word list written as whitespace-separated words."""
    return frozenset(block.split())


# Given names common in news across languages: a run of name words opening with one is a
# person's name even when its last word is also a common word ("Tim Cook", "Steve Jobs").
GIVEN_NAMES: frozenset[str] = _words("""
aaron abdul abdullah adam adrian ahmad ahmed aisha akira alan albert alberto aleksandr alex
alexander alexandra alexei alfred ali alice alicia alison amanda amir amy ana anastasia andre
andrea andreas andrei andrew andriy andy angela angelina anita ann anna anne annie anthony
antonio anton arnold arthur ashley barack barbara ben benjamin bernard bernie beth betty bob
boris brad bradley brian bruce bruno carl carla carlos carol caroline catherine charles
charlie charlotte chen chris christian christina christine christopher claire claudia colin
craig dan daniel daniela danielle darren dave david dean deborah denis dennis diana diane
diego dmitry dmitri dominic donald donna dorothy doug douglas dylan ed eddie edward elena
elizabeth ellen emily emma emmanuel eric erik eva evan fatima felix fernando francesca
francis francisco frank franz fred frederick gabriel gareth gary george georg gerald gerhard
giovanni giuseppe gordon greg gregory hans harold harry hassan heather heinz helen helmut
henry hiroshi howard hugh hugo ian igor irina isaac ivan jack jacob james jamie jan jane janet
jason javier jean jeff jeffrey jennifer jeremy jerry jessica jim jimmy joan joe joel johann
johannes john jon jonathan jorge jose joseph josh joshua juan judith julia julian julie justin
karen karl kate katherine kathleen kathryn katie keith kelly ken kenneth kevin kim kyle larry
laura lauren leonid leo linda lindsay lisa lloyd louis louise lucas lucy luis luke lydia
mahmoud maria marie marina mario mark marta martin mary matt matthew maurice max maxim megan
melissa michael michel michelle miguel mike mikhail mohammed mohammad muhammad nancy natalia
natalie nathan neil nicholas nick nicola nicolas nikolai nina noah oleg olga oliver omar oscar
pablo pamela patricia patrick paul paula pedro peter petro philip philippe pierre rachel rafael
ralph raul ray raymond rebecca richard rick rob robert roberto robin roger roman ronald rosa
ruth ryan sam samantha samuel sandra sara sarah scott sean sebastian sergei sergey sergio seth
sharon shawn sophie stanley stefan stephen steve steven stuart susan tanya taylor ted teresa
thomas tim timothy tina todd tom tony tyler valentina valery vanessa victor viktor vincent
vladimir volodymyr walter wang wayne wei william xavier yang yevgeny yuri yuki yulia zhang
abigail adele agnes ahmet alain alessandro alexis alfonso alice amelia andrzej angelo
anil antoine aria arjun arun barry benoit bernd bill billy bobby bonnie brenda bridget
carmen cecilia chad chiara christophe cindy clara claude connie cristina dale damien darius
deepak denise derek dieter dolores donatella dong duncan edgar edith eduardo eileen elias
elisa ella elsa emil emilio enrique erin ernesto esther ethan eugene evelyn fabio farid
federico florence francois gail gary gavin gemma gianni gil gina glen glenn gloria grace
guillaume gustavo hannah harvey hector heidi helena herbert hillary hiro hussein ibrahim
ingrid irene isabel isabella ivana jacqueline jake jana janice javed jay jean-claude jean-pierre
jenny jesse jill joanna jody johnny jordan josef joyce jurgen kai kamala karim katarzyna
kazuo kenji khalid kirsten klaus krzysztof kurt lars lee leila leon leslie liam lily lorenzo
lorraine lucia luca ludwig lynn magnus malcolm manuel marc marco marcus margaret mariana marion
marjorie marta marvin mathieu matteo maya mehmet melanie mia milan miriam mitch mohamed monica
morgan mustafa nadia naomi naveen nicole nigel norman olivia owen pascal patrice pavel
penny phil priya rahul raj rajesh ramon randy rebekah reza ricardo rita robyn rodrigo ron
rosemary roy rudolf rupert russell sabine salma salvatore sanjay santiago sasha seamus shane
shirley sibylle simon simone sofia sonia stella stephanie sunil susanne suzanne sven sylvia
tamara tatiana terry theo theresa tobias tomas trevor troy ursula vera veronica vicente
victoria vikram vivian wendy werner wolfgang yasmin yolanda yosef youssef yusuf zoe
martha elise harriet umar abu yasir hasan husain ismail salim imran faisal rashid siti dewi
budi joko agus bambang joao luiz marcos paulo fernanda gabriela thiago felipe camila beatriz
adriana eugenio sebastiao
""")
# Titles that open a person's name in many languages ("Imam Malik", "Sheikh Ahmad").
PERSON_TITLES: frozenset[str] = _words("imam sheikh syekh ustadz haji rabbi")

# Common words that are frequent surnames too ("Lena Page", "Johnny Cash"): never read as
# common words in a name.
SURNAME_WORDS: frozenset[str] = _words("""
page price bird best law cash young cross rice bush fox bell ford gold love hope hall hill
wood stone king white black brown green rich little long short strong frost snow wolf
""")

# Titles that open a person's name and are no common word there ("Prince Marlow").
NOBLE_TITLES: frozenset[str] = _words("prince princess lord lady knight duke duchess saint")

# Frequent English words, rarely a person's name word: capitalised in a run they make it a
# phrase, a title or a product ("Tomb Raider", "Hunger Games", "MacBook Pro"), not a person.
# Words that are also frequent surnames ("brown", "cook", "king") are left out.
COMMON_WORDS: frozenset[str] = (
    _words("""
academy account action actor actress address age agent air album alert all amazing angel
angels animal answer application approach area arena arm art article artist attack
audience award awards baby back bad ball band bar base basketball battle bay beach bear beat
beauty bed beer best big bill bird birth blade blood blue board boat body bomb bone book books
border born boss bowl box boy brain brand bread break breaking breakfast bridge brief bright
brother budget building bus business buy cake call camera camp campaign cancer capital car card
care career case cash cat catch catching cell center centre chain chair challenge champion
championship chance change channel chapter charge cheap check chicken child children choice
choosing church circle city claim class classic clean clear click climate clinic clock close
cloud club coach coast code coffee cold college colour color comedy comment community company
complete computer concert conference considering contact contest control corner cost country
court cover crash crazy cream credit crime crisis cross crown cry cup cyber daily dance danger
dark data date day dead deal dear death debate deep defence defense delivery desert design
desk detail development device diamond digital dinner direct disaster discover district doctor
dog door double down download dragon dream dress drink drive driver drop drug early earth east
easy economy edition education effect election electric empire end energy engine enjoy entry
episode escape event every evil exclusive expert expo explore express extra eye face fact
factory fair faith fall false family fan fans fantasy farm fashion fast fat fear feature fee
festival fight film final finance find fire first fish fit flash flight floor flower fly food
football force forest forever form fortune forum free fresh friend friends front fruit fuel
full fun fund future galaxy game games garden gardens gas gate general ghost giant gift girl
glass global glory goal god golden good government grand great ground group growth guard
guide gun guy hair half hand happy hard harm head health heart heat heaven heavy hell help hero
heroes high history hit holiday holy home honey horse hospital host hot hotel hour house human
hunger ice idea image impact implement important inside insight island issue job join journey
judge jump junior justice key kid kids kill kind kitchen knight lab land language last late
latest law leader league learn left legend level library life light limited line lion list
live local lock lord loss lost loud low luck lucky machine magic mail main make man map market
match matter max media medical meet meeting meetings member memory men message metal middle
mind mini minister mission mobile model modern moment money monster month moon morning mother
motor mountain mouse movie museum music mystery nation national native nature near network
night noble north note notice nurse ocean offer office official oil old online open opinion
order original outside owner pack page pain paint palace panel paper parent park part party
pass past path patient pay peace people perfect performance person phone photo pick picture
piece pilot place plan planet plant play player plus pocket point police policy pool poor
popular port post power premier premium press price prime prince princess prison private prize
pro problem product profile program project proof public pure quality queen question quick
race radio rain raider range rank rate reader real reality record red release report rescue
research reserve rest result return review revolution reward ride right ring rise risk river
road rock role room round royal rule run rush safe safety sale salt sand save school science
score screen sea search season second secret security senior series service session set
shadow share ship shock shop shot show side sign signal silent silver simple single sister
site size skill sky sleep small smart social soft solar soldier solid son song sound source
south space special speed spirit sport sports spring square staff stage standard star stars
start state station steel step stock stop store storm story street strike studio study style
summer summit sun super support supreme survey survival sweet system table talk tank target
task tax tea team tech test thank theatre theater thing thunder ticket tiger time today tomb
top total tour tower town track trade traffic trail train travel treasure tree trial trip truth
turn union unit update urban user valley value video view village vision voice vote walk wall
war watch water wave way weather web week weekend west wild win wind window winter wire woman
women word work world year yellow young youth zone one two three four five six seven eight nine
ten eleven twelve twenty hundred
""")
    - ROLE_TITLES
    - GIVEN_NAMES
    - NAME_CONNECTORS
    - SURNAME_WORDS
    - NOBLE_TITLES
)

# Words after a name that mark a work or an event ("Catching Fire sequel"), and before it
# ("the film Catching Fire"); a name standing alone between quotation marks is a title too.
WORK_CUES_BEFORE: frozenset[str] = _words("""
film movie novel book album song series sequel opera musical episode documentary franchise
magazine podcast
""")
WORK_CUES_AFTER: frozenset[str] = _words("sequel franchise trilogy soundtrack")
OPENING_QUOTES = "\"“‘'«"
CLOSING_QUOTES = "\"”’'»"
# An initial inside a person's name ("George R.R. Martin", "John F. Kennedy").
INITIAL = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]$")
# An acronym in the plural ("LEDs", "SUVs"): a kind of thing, not one organisation.
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
# Words that open a name of an event or a thing ("Hurricane Katrina", "Operation ...").
EVENT_OPENERS: frozenset[str] = _words("hurricane typhoon cyclone storm operation tropical")
# Endings of a person's name that are no name words ("John Smith Jr.", "Henry VIII").
NAME_SUFFIXES: frozenset[str] = _words("jr jr. sr sr. ii iii iv v vi vii viii")
# Words that open a place's name ("Los Angeles", "San Diego", "Fort Worth", "Lake Tahoe").
PLACE_PREFIXES: frozenset[str] = _words(
    "los las san santa são sao st st. fort port mount lake cape"
)
# Last words of a place's or a site's name, besides PLACE_KEYWORDS ("Silver Lake", "Gulf of
# Aden", "Tarrow Street", "Heathrow Airport").
PLACE_HEADS: frozenset[str] = _words("""
lake lakes gulf bay strait coast beach canyon desert forest harbour harbor airport station
stadium arena street road avenue boulevard lane square bridge park garden gardens plaza
heights springs falls hills mountain mountains creek canal peninsula cathedral museum
corridor isle hill hotel inn suites resort
""")
# US states: places the country table does not hold.
US_STATES: tuple[str, ...] = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
)  # fmt: skip
# A sentence with at least this share of its letters in capitals is written all in capitals:
# its capitals tell nothing about names ("WINSTON BLACKMORE AND JAMES OLER CHARGED").
CAPS_SENTENCE_SHARE = 0.8
CAPS_SENTENCE_MIN_LETTERS = 12
LOWER_LETTER = re.compile(r"[^\W\d_A-Z]")  # a letter not in capitals (any script)
UPPER_LETTER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
