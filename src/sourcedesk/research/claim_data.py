"""Word lists for claim extraction: negation cues, relation synonyms, ordinals, names of states.

Data only, no logic: `claims` and `conflicts` read these tables. Stems are Snowball English
stems of the lower-cased words (after `STEM_ALIASES`), so "severed", "severs" and "severance"
are all `sever`.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


# Function words ignored when comparing what two statements say.
STOPWORDS = _words(
    """
    a about above across after again against all almost along already also although always
    am among an and another any are around as at be became because become becomes been
    before being below between both but by can could did do does doing done down during each
    either else even ever every for from further had has have having he her here hers
    herself him himself his how however i if in into is it its itself just last least less
    many may me might more most much must my myself near neither next no nor not now of off
    often on once only onto or other others our ours ourselves out over own per perhaps
    quite rather really same several shall she should since so some such than that the their
    theirs them themselves then there these they this those though through thus to too
    toward towards under until up upon us very via was we were what whatever when where
    whether which while who whom whose why will with within without would yet you your yours
    yourself 's ’s also mr mrs ms dr one ones new
    """
)

# Words said about nearly anything; they do not make two statements the same statement.
GENERIC_TERMS = _words(
    """
    said say says saying told tell according report reported reports announc statement state
    stated added add note noted claim claimed confirm confirmed time year years day days
    week month months today yesterday people thing way part well like make made get got
    published posted updated modified edited last am pm gmt bst est pst edt pdt utc
    """
)

# Verbs that introduce reported content: "X said (on Monday) that ..." -> the claim is after "that".
REPORTING_VERBS = _words(
    """
    say says said announce announces announced report reports reported state states stated
    claim claims claimed confirm confirms confirmed add adds added note notes noted told
    tells write writes wrote tweet tweets tweeted insist insisted argue argued declare
    declared believe believes warn warned explain explained suggest suggested allege alleged
    testify testified acknowledge acknowledged admit admitted reveal revealed indicate
    indicated show showed assert asserted maintain maintained deny denies denied reject
    rejected
    """
)
# Reporting verbs that deny what follows: "X denied that ..." negates the reported claim.
DENIAL_VERBS = _words("deny denies denied reject rejected")

# Words opening a subordinate clause: its event is not the main clause's event.
SUBORDINATORS = (
    "shortly after",
    "soon after",
    "after",
    "before",
    "because of",
    "because",
    "due to",
    "in response to",
    "as a result of",
    "since",
    "while",
    "whereas",
    "although",
    "though",
    "until",
    "unless",
    "following",
)

# Conjunctions that start a second main clause when they follow a comma: ", but ...".
COORDINATORS = ("but", "while", "whereas", "yet")

# Negation cues, matched as whole words or phrases on the lower-cased clause.
NEGATION_CUES = (
    "not",
    "n't",
    "never",
    "no longer",
    "nobody",
    "no-one",
    "no one",
    "nothing",
    "none",
    "neither",
    "nor",
    "cannot",
    "denied",
    "denies",
    "deny",
    "refused",
    "refuses",
    "refuse",
    "declined to",
    "declines to",
    "decline to",
    "declining to",
    "failed to",
    "fails to",
    "unable",
    "incapable",
    "yet to",
    "no",
    "without",
)
# Phrases with a negation word that do not negate the statement.
NEGATION_EXCEPTIONS = (
    "not only",
    "not just",
    "no doubt",
    "no sooner",
    "nothing but",
    "not least",
    "no matter",
    "whether or not",
    "if not",
    "no later than",
    "no more than",
    "no fewer than",
    "no less than",
    "not to mention",
)

# Relations worded in many ways, as (verb stems, noun stems): a clause holds the relation when a
# verb stem is followed (within RELATION_WINDOW words) by a noun stem. Empty nouns: the verb alone.
RELATION_FRAMES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "sever relations": (
        _words("sever cut break termin end ruptur suspend freez downgrad"),
        _words("tie relat relationship contact"),
    ),
    "establish relations": (
        _words("establish restor open normal resum forg launch"),
        _words("tie relat relationship"),
    ),
    "recognize": (
        _words("recogn"),
        frozenset(),
    ),
    "deploy troops": (
        _words("deploy send dispatch station"),
        _words("troop soldier forc personnel unit"),
    ),
    "impose sanctions": (
        _words("impos levi introduc announc slap"),
        _words("sanction embargo"),
    ),
    "lift sanctions": (
        _words("lift eas remov end"),
        _words("sanction embargo"),
    ),
    "die": (
        _words("die"),
        frozenset(),
    ),
    "arrest": (
        _words("arrest detain apprehend custodi"),
        frozenset(),
    ),
    "resign": (
        _words("resign quit"),
        frozenset(),
    ),
    "sign agreement": (
        _words("sign conclud ink"),
        _words("agreement deal treati accord pact memorandum"),
    ),
}
RELATION_WINDOW = 5

# Stems folded together before matching: irregular forms, British spellings, nominalisations.
STEM_ALIASES = {
    "recognis": "recogn",
    "recognit": "recogn",
    "broke": "break",
    "broken": "break",
    "sent": "send",
    "severanc": "sever",
    "suspens": "suspend",
    "death": "die",
    "dead": "die",
    "di": "die",
    "resignat": "resign",
    "deployment": "deploy",
    "won": "win",
    "led": "lead",
    "began": "begin",
    "begun": "begin",
    "held": "hold",
    "met": "meet",
    "left": "leave",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "fled": "flee",
    "fell": "fall",
    "fallen": "fall",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "wrote": "write",
    "written": "write",
    "chose": "choos",
    "chosen": "choos",
    "ran": "run",
    "rose": "rise",
    "risen": "rise",
    "struck": "strike",
    "spoke": "speak",
    "spoken": "speak",
    "built": "build",
    "found": "find",
    "modell": "model",
    "labour": "labor",
    "honour": "honor",
}

# Ordinal words of "the first/only/third ... to <verb>" claims; 0 means "the only".
# Conflict kinds whose sides' values are what the pages say (a figure, a date, denied or
# affirmed); an ordinal or list conflict's values are internal ids.
SHOWN_VALUES = frozenset({"figure", "differing_figures", "date", "negation"})

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "only": 0,
    "sole": 0,
}

# Number words read as figures.
NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
MULTIPLIERS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "k": 1e3,
}
# Words before a figure that make it a bound or an estimate, not an exact count.
FIGURE_BOUNDS = {
    "at least": "min",
    "in excess of": "min",
    "more than": "min",
    "over": "min",
    "above": "min",
    "exceeding": "min",
    "upwards of": "min",
    "at most": "max",
    "up to": "max",
    "fewer than": "max",
    "less than": "max",
    "under": "max",
    "below": "max",
    "nearly": "approx",
    "almost": "approx",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "close to": "approx",
}
# Words next to a figure that give it a scope of its own (a rate, a part, a running total).
FIGURE_SCOPE_WORDS = _words(
    """
    each per every annual annually daily weekly monthly yearly total cumulative average
    additional another further extra more remaining initial first last combined overall
    career season alone
    """
)

# Tallies: counts of people (or things) by what happened to them, the figures news most often gives
# differently across sources ("four were injured" / "five people were hurt"). Each predicate
# stem names its tally; a count of people (or a count with its noun left out) that such a
# predicate governs is compared with every other count of that tally on the desk, however the
# two sentences are worded.
TALLY_PREDICATES = {
    "kill": "killed",
    "die": "killed",  # died, dead, deaths
    "fatal": "killed",
    "injur": "injured",
    "injuri": "injured",
    "hurt": "injured",
    "wound": "injured",
    "arrest": "arrested",
    "detain": "arrested",
    "captur": "arrested",
    "apprehend": "arrested",
    "miss": "missing",
    "rescu": "rescued",
    "evacu": "evacuated",
    "displac": "evacuated",  # "displaced" and "evacuated" count the same people
    "shot": "shot",
    "shoot": "shot",
    "damag": "damaged",  # things: "three cables were damaged"
    "destroy": "destroyed",
    "sever": "damaged",
    "employ": "employed",  # a workforce: "employs 2,100 people", "staff of 1,900"
    "hospitalis": "hospitalised",
    "hospitaliz": "hospitalised",
    "aboard": "aboard",  # "412 passengers were on board", "436 passengers had been aboard"
    "board": "aboard",
    "onboard": "aboard",
    "carri": "aboard",  # "a ferry carrying 212 passengers": 212 aboard
}
# Nouns that count people in general (the stems a figure's unit takes): one tally with a count
# whose noun is left out ("four were injured").
TALLY_PEOPLE = _words("peopl person other individu")
# Nouns of people one report may count where another says "people" ("37 patients" / "52
# people"): the answerer's slots and the conflicts view's figures worded apart read them.
PEOPLE_NOUNS = _words(
    """
    patient passenger resident worker employee staff student pupil member visitor customer
    voter spectator tourist pilgrim migrant refugee evacuee inmate prisoner protester
    demonstrator marcher volunteer fan commuter traveller traveler guest participant adult
    child children councillor individual
    """
)
# Counted nouns news uses for one another, by stem: "17 homes were destroyed" and "14 houses
# were destroyed" count one thing.
TALLY_NOUN_CLASSES = {"hous": "home", "dwell": "home"}
# Whom a "35-year-old Lisport ..." describes when a place or a name stands before the noun.
AGE_PERSON_NOUNS = _words(
    """
    man woman boy girl child baby teenager mother father son daughter wife husband brother
    sister grandmother grandfather suspect victim driver resident student officer worker
    """
)
# Units that measure rather than count: never a tally ("two years", "£5m", "10 miles").
TALLY_MEASURES = _words(
    """
    percent usd eur gbp jpy money year month week day hour minut second time mile kilometr
    metr km kg tonn ton pound dollar euro
    """
)
# Words between a verb and the figure it governs ("killed at least 12").
# Words between a tally verb and its figure ("killed at least 12", "wounding another 70").
TALLY_BOUND_WORDS = _words(
    "at least more than over nearly almost about around some up to an other another further"
)
# A figure next to "of" is a part ("two of them") or the whole a part is taken from ("two of
# the five climbers died"): neither is the tally's count.
TALLY_PARTITIVE = _words("of")
TALLY_ARTICLES = _words("the those these")
# Words that open another clause: a count's verb is looked for before them ("60 people were
# in the hall when he opened fire": the 60 were not shot).
TALLY_CLAUSE_BREAKS = _words(
    "when while after before because since until although though she he they we"
)
# Verbs by which someone tells a figure rather than owns it ("…, the coastguard said",
# "figures released by the coastguard showed that …").
TELLING_VERBS = (
    r"(?:said|says|told|reported|reports|showed|shows|announced|confirmed|stated|estimated"
    r"|recorded|records|counted|registered)"
)
# Words after a figure that end its noun phrase though they are no stop words.
TALLY_NOUN_ENDS = _words("remain remains remained still now reportedly also")
TALLY_MODIFIERS = _words("other others more additional further")  # before a counted noun
TALLY_NEGATORS = _words("no")  # "no one was hurt"
TALLY_FALSE_FRIENDS = _words("several severally miss misses missed")  # stems that collide
# A clause that only supposes a count ("there may have been three people hurt").
TALLY_HEDGES = _words("might may could can would should possibly perhaps if unless whether")

# Prepositions before a place name.
PLACE_PREPOSITIONS = _words("in at near from outside inside across along throughout")
# Words before a name that place it: a side of a region ("southern Iran"). Not "on": "air
# strikes on Hamas" names a target.
REGION_SIDES = _words(
    "southern northern eastern western central southeastern southwestern northeastern northwestern"
)
# Kinds of place a name is given as ("the port of Orrin", "Tarsa island").
PLACE_NOUNS = _words(
    "port city town village island islands province county region district capital "
    "peninsula valley mainland"
)
# The last word of a place's own name: "Halvik Road", "the Orsa Vale", "Lake Tarn" aside.
PLACE_NAME_HEADS = PLACE_NOUNS | _words(
    "road street avenue lane vale river lake bay coast hills mountains forest harbour square"
)

# Titles that sit between an organisation or country and a person's name:
# "Russian President Vladimir Putin" -> Russia + Vladimir Putin.
ROLE_TITLES = _words(
    """
    president minister secretary secretary-general ambassador envoy spokesperson spokesman
    spokeswoman chancellor king queen prince princess senator governor mayor leader chief
    director chairman chairwoman ceo founder commander colonel lieutenant captain sergeant
    admiral judge official representative premier emperor pope bishop general
    """
)
# Words that qualify a title and go with it: "Foreign Minister", "Vice President".
ROLE_MODIFIERS = _words("foreign defense defence vice prime deputy former acting interior finance")
# Words before a participle that make it an adjective: "the internationally recognized borders".
DETERMINERS = _words("the a an its their his her our your this that these those such")
NEGATION_WINDOW = 4  # words before a relation's verb in which a negation cue negates it
NEGATION_SCOPE = 3  # content words after a negation cue that it governs

# Capitalised words that start sentences but do not name anyone.
NOT_NAMES = _words(
    """
    the a an in on at after before during since this that these those it its he she they we
    i you but and or if when while although though however meanwhile also yet so then there
    here following according as for from by with without about last next earlier later
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december infobox map see references
    """
)
# Name words too common to identify an actor on their own ("the Republic", "North").
GENERIC_NAME_WORDS = _words(
    """
    republic republics people's peoples people north south east west eastern western
    northern southern central united new federation state states kingdom democratic national
    ministry government council party of the and
    """
)

# Pronouns and demonstratives standing for an actor named earlier.
PRONOUNS = _words("it he she they its his her their this that")

# Alias patterns: "X (commonly referred to as Y)", "X, also known as Y".
ALIAS_PHRASES = (
    "commonly referred to as",
    "also known as",
    "better known as",
    "known as",
    "referred to as",
    "formerly",
    "aka",
)

# States: canonical name | other names | demonyms | capital (a metonym for the government).
STATES = """
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Belarus|Byelorussia|Belarusian|Minsk
Belgium||Belgian|Brussels
Brazil||Brazilian|Brasilia
Bulgaria||Bulgarian|Sofia
Canada||Canadian|Ottawa
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing
Colombia||Colombian|Bogota
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Egypt||Egyptian|Cairo
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France|French Republic|French|Paris
Georgia||Georgian|Tbilisi
Germany|Federal Republic of Germany|German|Berlin
Greece||Greek|Athens
Hungary||Hungarian|Budapest
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Netherlands|Holland|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nigeria||Nigerian|Abuja
North Korea|Democratic People's Republic of Korea,DPRK,DPR Korea|North Korean|Pyongyang
Norway||Norwegian|Oslo
Pakistan||Pakistani|Islamabad
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation,Kremlin|Russian|Moscow
Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Riyadh
Serbia||Serbian|Belgrade
Slovakia||Slovak|Bratislava
South Africa||South African|Pretoria
South Korea|Republic of Korea,ROK|South Korean|Seoul
Spain||Spanish|Madrid
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria|Syrian Arab Republic|Syrian|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Turkey|Turkiye,Türkiye|Turkish|Ankara
Ukraine||Ukrainian|Kyiv,Kiev
United Kingdom|UK,U.K.,Britain,Great Britain|British|London
United States|US,U.S.,USA,U.S.A.,United States of America,America|American|Washington
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
"""


# What an empty conflicts view says: it compares the claims' counts, dates, denials and lists
# of who did it; a disagreement about another point (who gave an order, where a centre was)
# shows when the point is asked.
NONE_FOUND = (
    "No contradictions or differing figures found between the sources' counts, dates, denials, "
    "sums or lists of who did it. A disagreement on another point may show when you ask "
    "about it."
)
