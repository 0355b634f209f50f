"""Data for spelling and name variants: suffix pairs, transliteration pairs, capitals (data only).

The desk learns most aliases from its own text ("Full Name (ACR)"); these small tables cover
what a text rarely spells out: British/American spelling, the usual ways one Cyrillic or Korean
name is written in Latin letters, and capitals that stand for their countries in news prose.
"""

from __future__ import annotations

# (British, American) word endings; a word with either ending is also looked up with the other.
SPELLING_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("our", "or"),
    ("ours", "ors"),
    ("oured", "ored"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ence", "ense"),
    ("ogue", "og"),
    ("lled", "led"),
    ("lling", "ling"),
    ("amme", "am"),
)

# The "-ence" endings spelled "-ense" in American English; the rule is not general ("sentence",
# "evidence"), so match keys use it only for these words.
ENSE_WORDS = frozenset(
    ["defence", "defences", "offence", "offences", "licence", "licences", "pretence", "pretences"]
)

# Letter groups that alternate between romanisations of one name (Luhansk/Lugansk,
# Zelenskyy/Zelensky, Kyiv/Kiev, Olexander/Oleksandr). Applied once, anywhere in a name.
TRANSLITERATION_PAIRS: tuple[tuple[str, str], ...] = (
    ("h", "g"),
    ("yy", "y"),
    ("iy", "y"),
    ("yi", "i"),
    ("yi", "ie"),
    ("iv", "ev"),
    ("ya", "ia"),
    ("ye", "e"),
    ("yu", "iu"),
    ("kh", "h"),
    ("ks", "x"),
    ("ts", "tz"),
    ("j", "y"),
    ("oo", "u"),
    ("ou", "u"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
)

# A name token this long may also match desk words one edit away or sharing all but a suffix.
FUZZY_MIN_CHARS = 5
TRANSLITERATION_MIN_CHARS = 4
FUZZY_MAX_SUFFIX = 3

# Capitals that news prose uses for their governments ("Pyongyang said ...").
CAPITALS: dict[str, str] = {
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "moscow": "Russia",
    "kremlin": "Russia",
    "beijing": "China",
    "washington": "United States",
    "tokyo": "Japan",
    "minsk": "Belarus",
    "damascus": "Syria",
    "tehran": "Iran",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "warsaw": "Poland",
    "ankara": "Turkey",
    "rome": "Italy",
    "madrid": "Spain",
    "ottawa": "Canada",
    "canberra": "Australia",
    "tbilisi": "Georgia",
    "chisinau": "Moldova",
    "havana": "Cuba",
    "caracas": "Venezuela",
    "cairo": "Egypt",
    "baghdad": "Iraq",
    "kabul": "Afghanistan",
    "islamabad": "Pakistan",
    "hanoi": "Vietnam",
    "taipei": "Taiwan",
    "riyadh": "Saudi Arabia",
    "sukhumi": "Abkhazia",
    "tskhinvali": "South Ossetia",
}

# Common short forms of country names that texts use without defining them.
COUNTRY_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "united states": ("us", "usa", "america"),
    "united kingdom": ("uk", "britain"),
    "russia": ("russian federation",),
    "european union": ("eu",),
    "united nations": ("un",),
}

# Acronyms news uses without spelling them out; a page's own definitions come first
# (`variants.find_aliases`), this table only fills in the common ones.
COMMON_ACRONYMS: dict[str, tuple[str, ...]] = {
    "gdp": ("gross domestic product",),
    "ceo": ("chief executive", "chief executive officer"),
    "cfo": ("chief financial officer",),
    "coo": ("chief operating officer",),
    "cto": ("chief technology officer", "chief technical officer"),
    "ipo": ("initial public offering",),
    "nato": ("north atlantic treaty organization", "north atlantic treaty organisation"),
    "fbi": ("federal bureau of investigation",),
    "cia": ("central intelligence agency",),
    "nasa": ("national aeronautics and space administration",),
    "epa": ("environmental protection agency",),
    "who": ("world health organization", "world health organisation"),
    "imf": ("international monetary fund",),
    "ev": ("electric vehicle", "electric car"),
    "ai": ("artificial intelligence",),
}

# Words in a long form that an acronym skips ("Republic of Korea" -> ROK keeps R, K).
ACRONYM_SKIP = frozenset(["of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "du", "la"])
ACRONYM_MIN_CHARS = 2
ACRONYM_MAX_CHARS = 8
# Phrases that introduce another name for the same thing: "X (also known as Y)".
ALIAS_INTRODUCERS: tuple[str, ...] = (
    "commonly referred to as",
    "also referred to as",
    "referred to as",
    "also known as",
    "commonly known as",
    "better known as",
    "known as",
    "also called",
    "formerly",
)

# Words that news prose uses for one another; a question word also matches its group (credit
# SYNONYM_CREDIT). Kept to common, unambiguous groups.
SYNONYM_CREDIT = 0.8
SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "cut sever severance severed break broke broken terminate terminated terminating end",
        "ties relations relationship",
        "diplomatic bilateral",  # "bilateral relations were established": diplomatic ones
        "say said says state stated claim claimed tell told announce announced report reported",
        "say said predict predicted expect expected warn warned believe believed express "
        "expressed forecast",
        "begin began start started launch launched",
        "take took seize seized capture captured",
        "kill killed die died death deaths dead fatality fatalities",
        "help helped assist assisted aid aided support supported",
        "soldier soldiers troop troops personnel forces",
        "meet met",
        "receive received receives recipient recipients",
        "fight fought engage engaged engagement clash combat battle",
        "fight fought fighting tackle tackled tackling",  # "tackled the blaze": fought it
        "send sent deploy deployed dispatch dispatched",
        "publish published post posted release released",
        "twitter tweet tweeted",
        "talk talked talks discuss discussed discussion discussions",
        "ready prepare prepared preparing preparation",
        "job role position title post",
        "jobs roles positions posts",
        "buy bought purchase purchased import imported",
        "sell sold export exported exports",
        "country countries nation nations",
        "shut close closed closure",
        "reopen reopened restore restored resume resumed restart restarted",
        "recognise recognize recognised recognized recognition acknowledge",
        "reason cause caused because",
        "react reacted reaction respond responded response",
        "breakaway separatist separatists rebel rebels",
        "large larger big bigger",
        "biggest largest",
        "small smaller little",
        "smallest least",
        "build built construct constructed",
        # ("found" is left out: a page's "found" is nearly always the past of "find")
        "founded establish established establishment set",
        "die died death",
        "win won victory",
        "lose lost loses loss",
        "beat beats beaten defeat defeats defeated",
        "show shows showed display",
        "use used using utilize",
        "old original former previous",
        "new replacement",
        "earthquake earthquakes quake quakes temblor temblors tremor tremors",
        "acquire acquired acquires acquisition acquisitions takeover",
        "buy bought buys purchase purchased acquire acquired acquires",
        "release released unveil unveiled debut debuted launch launched",
        "happen happened happens occur occurred occurs",
        "fail failed fails failure failures",
        "resign resigned resigns resignation quit quits",
        "fall fell falls fallen drop dropped drops slump slumped",
        "regulator regulators watchdog watchdogs",
        "revenue revenues turnover",
        "worry worried worries concern concerned concerns",
        "aboard onboard board",  # "412 passengers on board" / "436 … had been aboard"
        "aground grounded grounding",  # "ran aground" / "the ship grounded on the reef"
        # a measure asked by either end of its scale ("How thin is it?": its thickness)
        "thin thinner thick thicker thickness",
        "wide wider width",
        "long longer length lengths",  # "How long is the pier?": "its length is 480 metres"
        "tall taller height",
        "deep deeper depth",
        "heavy heavier weight weighs weigh",
        "convict convicted guilty",
        "kill killed slay slain assassinate assassinated",
        "reveal revealed reveals disclose disclosed discloses",
        "find finds found discover discovered",
        "taken transport transported brought",
        "aim aims goal target",
        "people persons individuals residents inhabitants",
        "worth valued",
        "offer offers offered bid bids",
        "kidnap kidnapped kidnapping abduct abducted abduction",
        "recover recovery recuperate recuperation",
        "write writes wrote written pen penned",
        "script scripts screenplay screenplays",
        # news paraphrases ("in talks to helm the sequel": "in negotiations to direct it")
        "talks negotiation negotiations negotiate negotiated negotiating",
        "cinema cinemas theater theaters theatre theatres",
        "phone phones handset handsets smartphone smartphones",
        "doctor doctors physician physicians",
        "child children kid kids",
        "hire hired recruit recruited employ employed appoint appointed",
        # "Who tipped off the board?": "the board was alerted … by a teacher"
        "tipped alert alerted warn warned notify notified",
        "demand demanded demands ask asked",  # "demanded $6 million" / "asked for $4.5 million"
        # "heading the inquiry" / "led by" / "chaired by"
        "head heads headed heading led chaired chairing",  # not "lead to": a cause
        "resign resigned resignation",
        "cut cuts slash slashed reduce reduced lower lowered",
        "deadly fatal lethal",
        "hurt injure injured injuries injury wound wounded",
        "rebuild rebuilt reconstruct reconstructed",
        "recover recovered retrieve retrieved",
        "arrest arrested detain detained custody",
        "accuse accused charge charged",
        "fire fires blaze blazes",
        "store stores shop shops supermarket supermarkets",
        "sue sued sues suing suit lawsuit lawsuits",
        "screen screens display displays",
        "plane planes aircraft aeroplane aeroplanes airplane airplanes airliner airliners jet jets"
        " jetliner jetliners superjumbo superjumbos",
        "count counted counting tally tallied tallying",
        "pledge pledged pledges promise promised promises",  # "promised £2m": "a pledge of £2m"
        # plurals the stemmer does not join ("spread by the bacteria Vibrio cholerae")
        "bacterium bacteria",
        "crisis crises",
        "analysis analyses",
        "criterion criteria",
        "phenomenon phenomena",
        "nucleus nuclei",
        "fungus fungi",
        "diagnosis diagnoses",
        "hypothesis hypotheses",
        "eject ejected ejection expel expelled",
        "learn learned learnt learning study studied studying",
        # a verb and the noun made of it, where the two stems differ
        "decide decided decides decision decisions",
        "invade invaded invasion",
        "explode exploded explosion explosions blast blasts",
        "collide collided collision",
        "end ends ended conclude concludes concluded",
        "song songs single singles track tracks",
        "film films movie movies",
        # titles as news abbreviates them before a name ("Gov. Ada Strand")
        "governor gov",
        "senator sen",
        "representative rep",
        "lieutenant lt",
        "general gen",
        "colonel col",
        "captain capt",
        "sergeant sgt",
        "professor prof",
        "lawyer lawyers attorney attorneys atty",
        "siege sieges besiege besieges besieged besieging",
        "superintendent supt",
        "annual annually yearly",
        "contest contested contesting challenge challenged challenging",
        "limit limits restriction restrictions",
        "postpone postponed postpones delay delayed defer deferred",
        "divert diverted redirect redirected reroute rerouted",
        "incoming inbound",
        "outgoing outbound",
        "sack sacked sacking dismiss dismissed dismissal oust ousted",
        "home homes house houses dwelling dwellings household households",
        "worker workers employee employees staff staffer staffers",
        "trader traders stallholder stallholders vendor vendors",
        "reject rejected rejects dismiss dismissed dismisses",  # an appeal or a claim
        "fee fees charge charges price",  # "the €95 entry fee": what it cost to enter
        "enter entered entry entries",
        "charge charges offence offences offense offenses",  # "pleaded guilty to two offences"
        # court and newsroom paraphrases ("gave evidence": "testified")
        "testify testified testifies testifying testimony evidence",
        "deal agreement arrangement pact accord",
        "trace traced track tracked",
        "propose proposed proposal tabled",
        "fine fines fined penalised penalized penalty penalties punished punish punishment",
        "highest maximum peaked",
        "move moved relocate relocated transfer transferred",
        "finish finished complete completed completion finisher finishers",
        "contaminate contaminated contamination taint tainted pollute polluted pollution",
        "fund funds funded funding finance financed financing bankroll bankrolled",
        "file filed filing lodge lodged lodging",  # "filed a claim" / "lodged a claim"
        "cite cited cites citing citation citations",  # "cited 57 times": 57 citations
        "repay repaid repayment refund refunded",  # "will repay $90,000" / "pay back"
        "apologise apologised apologises apologize apologized apologizes apology apologies sorry",
        "connect connects connected connecting link links linked linking",
        "repair repairs repaired repairing mend mends mended mending fix fixing",
        "detour detours diversion diversions",
        "theft thefts burglary burglaries robbery robberies heist",
        "thief thieves burglar burglars robber robbers raider raiders intruder intruders",
        # "the independent review chaired by …" is the inquiry a reader asks about
        "inquiry inquiries investigation investigations probe probes review reviews",
        "watchdog watchdogs regulator regulators",  # "the medicines watchdog": its regulator
        "displaced evacuated evacuee evacuees",  # "How many were displaced?": "evacuated"
        "severance payoff payoffs payout payouts",
        "strike strikes walkout walkouts stoppage stoppages",  # "drivers walked out"
        "ticket tickets fare fares",  # "lost ticket revenue": "fare revenue"
        "salary salaries wage wages remuneration",
        "stream streams brook brooks creek creeks watercourse watercourses",
        "gust gusts wind winds",  # "How strong were the winds?": "gusts of 84 mph"
        "standby backup backups",  # "the standby systems": "the backup data centre"
        "extract extracts excerpt excerpts passage passages",  # "37 copied passages"
        "doctorate doctorates phd phds doctoral",
        "margin margins majority",  # "her winning margin": "a majority of 412"
        "hit hits struck",  # "When did the storm hit the coast?": "struck the coast"
        "company companies firm firms",  # "Which company acted for it?": "the firm Orsa & Co"
        "cow cows cattle",
        "jab jabs dose doses",  # "How many jabs were given?": "340 doses"
        "preside presided chair chaired",  # "Who will preside over the inquiry?": its chair
        "preliminary interim provisional",  # "its preliminary findings": "its interim report"
        "check checked inspect inspected inspection inspections",  # "last checked": inspected
    )
)

# Forms whose stem meets a synonym group in another sense ("fired" from a job is no blaze,
# "setting" a record founds nothing, "the building" is built by no one, a "shopping" centre
# is no store).
NO_STEM_SYNONYMS = frozenset(
    ("fired", "firing", "setting", "sets", "building", "buildings", "shopping", "meeting")
)

# A sentence's words whose stem meets a synonym group only in another sense: the restoration
# of an engine or a painting is no service restored.
OTHER_SENSE_FORMS = frozenset(("restoration", "restorations"))

# How far before a sentence its page may spell out an unknown acronym of the question (a
# few sentences: a long page that names "the United Nations" once is not about it throughout).
ACRONYM_REACH_CHARS = 1_000

# Words a question word may be told in, but not the other way round: "find" is often said
# "locate", while "located" more often means "situated" than "found".
_DEMOLISH = frozenset(("demolish", "demolished", "demolition"))
SUSPEND = ("suspend", "suspended", "suspends", "suspension")
RAISED = frozenset(("raised", "raise", "raises"))
ONE_WAY_SYNONYMS: dict[str, frozenset[str]] = {
    # "Which journals pulled her papers?": "retracted" ("pulled" of a page is any pulling)
    **{w: frozenset(("retracted", "withdrawn", "withdrew")) for w in ("pulled", "pull", "pulls")},
    # "When did the factory burn down?": "a fire destroyed the factory"; "burns" of a page
    # are often injuries, so a fire asked about is not met by them
    **{
        w: frozenset(("fire", "fires", "blaze", "destroyed"))
        for w in ("burn", "burns", "burned", "burnt", "burning")
    },
    # "How many people work for it?" is read "employed by" (question.PHRASAL_VERBS): a page
    # may still say "works for"
    **{w: frozenset(("work", "works", "worked", "working")) for w in ("employed", "employ")},
    # "How much has he paid back?" is read as "repaid" (question.PHRASAL_VERBS): a page may
    # still say "paid back"
    # (each form meets its own: "has repaid" is "paid back", never "will keep paying")
    **{w: frozenset((w[2:],)) for w in ("repay", "repays", "repaid", "repaying")},
    # "the sale price of the site": "… is to pay £12m for the site", "sold it for £2m"
    "sale": frozenset(("sell", "sells", "sold", "selling", "pay", "pays", "paid")),
    # "Which company is buying the site?": "Kessby Homes will pay £12m for it"; a payment
    # buys nothing always (a fine, a wage)
    **{
        word: frozenset(("pay", "pays", "paid", "paying"))
        for word in ("buy", "buys", "buying", "bought", "purchase", "purchased", "purchasing")
    },
    # "Which body decided …?" is told "the federation ruled that …"; "Who ruled Normandy?" is
    # no decision
    **{
        word: frozenset(("ruled", "ruling"))
        for word in ("decide", "decided", "decides", "decision")
    },
    # "Where did police find the painting?": "police recovered the painting … from a garage"
    **{
        word: frozenset(("locate", "located", "locating", "recovered"))
        for word in ("find", "finds", "found", "discover", "discovered")
    },
    # "Spain beat Russia" is told "Spain's win over Russia"; a win is not always over someone
    **{
        word: frozenset(("win", "wins", "won", "victory"))
        for word in ("beat", "beats", "beaten", "defeat", "defeats", "defeated")
    },
    # "in talks to helm the sequel": "to direct it"; "directed at Iran" is no film's
    **{
        word: frozenset(("direct", "directs", "directing", "director"))
        for word in ("helm", "helms")
    },
    "helmed": frozenset(("directed", "director")),
    # "Who is the firm's boss?": "chief executive Ada Vell"; a head is not always a boss
    **{
        w: frozenset(("chief", "executive", "head", "director", "manager"))
        for w in ("boss", "bosses")
    },
    # "Which official halted the game?": "paused the game … stopped it"; "Until when are
    # crossings halted?": "sailings are suspended until 28 March"
    **{
        w: frozenset(("stop", "stopped", "stops", "pause", "paused", *SUSPEND))
        for w in ("halt", "halted", "halts")
    },
    # "How many vessels does it operate?": "it ran a fleet of six" (not the other way: fevers
    # "run high", rivers "run through")
    **{w: frozenset(("run", "runs", "ran", "running")) for w in ("operate", "operates")},
    # "What problem did inspectors identify?": "inspectors found the drainage inadequate"
    **{
        w: frozenset(("find", "found", "finds", "discover", "discovered", "spotted"))
        for w in ("identify", "identified", "identifies")
    },
    # "Did the court conclude that …?": "the court found that …"; "aware of it": "knew"
    **{w: frozenset(("found", "find", "ruled")) for w in ("conclude", "concluded", "concludes")},
    "aware": frozenset(("knew", "know", "known", "knowledge")),
    # "When was the fire put out?" is read "extinguished": a page may say "brought under control"
    **{w: frozenset(("control", "controlled")) for w in ("extinguish", "extinguished")},
    # "What was kept on the site?": what was stored there ("held" is left alone: meetings and
    # elections are held)
    **{
        w: frozenset(("stored", "store", "stores", "storing", "storage"))
        for w in ("kept", "keep", "keeps", "keeping")
    },
    # "When was the mayoralty established?": "the office of mayor was created in 2012"
    # ("founded" keeps its own word: Kublai "created" an academy he did not found)
    **{w: frozenset(("created", "creation")) for w in ("establish", "established")},
    # "When did the fire start?", "… first ignite?": "the blaze broke out at 2.40pm"; "When
    # did the violence begin?": "fighting erupted"
    **{
        w: frozenset(("broke", "erupted"))
        for w in ("start", "started", "starts", "begin", "began", "begun", "begins")
    },
    **{
        w: frozenset(("broke", "erupted", "started", "began", "lit"))
        for w in ("ignite", "ignited", "ignites")
    },
    # "When was the forger jailed?": "was sentenced to four years in prison"
    **{
        w: frozenset(("sentenced", "prison", "imprisoned", "imprisonment"))
        for w in ("jailed", "jail", "jails")
    },
    # "What did the union win?": "the union secured four weeks' pay"
    **{w: frozenset(("secured", "secure", "obtained")) for w in ("win", "won", "wins")},
    # "How many posts will it preserve?": "it would keep 180 jobs"
    **{
        w: frozenset(("keep", "keeps", "kept", "retain", "retains", "retained", "save", "saved"))
        for w in ("preserve", "preserves", "preserved")
    },
    # "Why did it turn the offer down?" is read "reject" (question.PHRASAL_VERBS): a page may
    # still say "turned down", or "refused" it
    **{
        w: frozenset(("turned", "turn", "turns", "turning", "refused", "refuse"))
        for w in ("reject", "rejects", "rejected", "rejecting")
    },
    # "How many children caught measles?": "23 children were infected"
    **{
        w: frozenset(("infected", "contracted", "diagnosed"))
        for w in ("caught", "catch", "catches", "catching")
    },
    # "Which farmer lost livestock?": "lost 60 cattle"
    "livestock": frozenset(("cattle", "cows", "sheep", "pigs", "herd", "flock", "animals")),
    # "When was the previous strike?": "the last strike, in 2011"
    "previous": frozenset(("last",)),
    # "Why did he not run again?": "he will not stand at the next poll" (for office)
    **{w: frozenset(("stand", "stood", "standing")) for w in ("run", "running", "ran")},
    # "Who became interim head?": "was appointed acting director"
    "interim": frozenset(("acting",)),
    # "When did the final walker get home?": "the last of the walkers got home"
    "final": frozenset(("last",)),
    # "Who heads the firm?": "it has been led by Ada Vell as chief executive"
    **{w: frozenset(("leads", "led", "leader")) for w in ("heads", "headed")},
    # "What did it sell for?": "retailing at £24.99", "priced at £24.99"
    **{
        w: frozenset(("retail", "retails", "retailing", "retailed", "priced"))
        for w in ("sell", "sells", "sold")
    },
    # "Why was the trial stopped?": "the regulator halts the trial"
    **{w: frozenset(("halt", "halted", "halts", *SUSPEND)) for w in ("stop", "stopped", "stops")},
    # "What will the delay cost?": "the pause will add £1.2m"
    **{
        w: frozenset(("pause", "paused", "deferral", "deferred", "postponement", "postponed"))
        for w in ("delay", "delays", "delayed")
    },
    # "How far did the stock drop?": "shares closed down 38%"; shares are not always stock
    **{w: frozenset(("shares", "share")) for w in ("stock", "stocks")},
    # "How much did the state pay for it?": "it cost the state $449,000"
    # … and "How much will it pay back?": "will repay £610,000"
    **{
        word: frozenset(
            ("cost", "costs", "spent", "spend", "repay", "repaid", "bought", "purchased")
        )
        for word in ("pay", "paid")
    },
    # "Is the airline providing coaches to Vell?": "we are unable to offer a bus to Vell"
    **{w: frozenset(("offer", "offers", "offered")) for w in ("provide", "provides", "providing")},
    # "How many contract changes?": "nine contract variations"
    **{
        w: frozenset(("variation", "variations", "amendment", "amendments"))
        for w in ("change", "changes")
    },
    # "How much oil leaked?": "9,000 litres escaped"; a prisoner who escaped leaked nothing
    **{w: frozenset(("escape", "escaped")) for w in ("leak", "leaked", "leaks", "leaking")},
    **{w: frozenset(("leak", "leaked", "escaped")) for w in ("spill", "spilled", "spilt")},
    # "When was the cup launched?": "founded in 2014"; a launched rocket was founded by no one
    **{
        w: frozenset(("found", "founded", "establish", "established", "create", "created"))
        for w in ("launch", "launched")
    },
    # "Which team did they knock out?": "after beating Orsa 3-2"; a knocked-out boxer lost
    **{
        w: frozenset(("beat", "beating", "eliminate", "eliminated", "defeat", "defeated"))
        | _DEMOLISH  # "knock down the hall": demolish it
        for w in ("knock", "knocked", "knocks")
    },
    # "How cold did it get?": "temperatures fell to minus 9"; "overnight": "during the night"
    **{w: frozenset(("temperature", "temperatures")) for w in ("cold", "hot", "warm")},
    "overnight": frozenset(("night",)),
    "fast": frozenset(("speed",)),  # "How fast do the cabins travel?": "Speed: 6 m/s"
    # "How many objections were lodged?": "the council received 1,312 objections"
    **{w: frozenset(("received", "receive")) for w in ("lodged", "submitted", "filed")},
    # "How many letters did it receive?", "How many signatures did it collect?": "the petition
    # attracted 9,000 signatures"; what is received is not always attracted
    **{
        w: frozenset(("attracted", "attract", "attracts", "received", "got", "gathered"))
        | (RAISED if w.startswith("collect") else frozenset())  # "has raised £210,000"
        for w in ("receive", "received", "collect", "collected", "gather", "gathered")
    },
    # "Why did the board refuse?": "declined to list it"; prices that declined refused nothing
    **{w: frozenset(("declined", "decline", "declines")) for w in ("refuse", "refused", "refuses")},
    # "Who is its parent company?": "owned by the Orsavir Group"; an owner is no parent
    "parent": frozenset(("owned", "owner", "owns")),
    # "Who is the owner of the mill?": "the mill is owned by Orsa Foods"; the
    # noun of the one who does a thing meets the verb's past and present ("own" alone is
    # mostly an adjective, "found" mostly the past of "find", so neither is listed)
    **{w: frozenset(("owned", "owns")) for w in ("owner", "owners")},
    **{w: frozenset(("operated", "operates")) for w in ("operator", "operators")},
    **{w: frozenset(("built", "builds")) for w in ("builder", "builders")},
    **{w: frozenset(("supplied", "supplies")) for w in ("supplier", "suppliers")},
    **{w: frozenset(("founded",)) for w in ("founder", "founders")},
    **{w: frozenset(("funded", "funds")) for w in ("funder", "funders")},
    # "How many citations …?": "had been cited 86 times"
    **{w: frozenset(("cited",)) for w in ("citation", "citations")},
    # "How much will it pay back?": "will repay £610,000"
    **{w: frozenset(("designed", "designs")) for w in ("designer", "designers")},
    **{
        w: frozenset(("organised", "organized", "organises", "organizes"))
        for w in ("organiser", "organizer", "organisers", "organizers")
    },
    # "By what majority was it passed?": "backed the plan by 20 votes to 9"; what is
    # backed or carried is not always passed, so one way only
    **{
        w: frozenset(("approved", "approve", "backed", "carried", "adopted", "endorsed"))
        for w in ("pass", "passed")
    },
    # "Why was the meeting adjourned?": "the meeting was halted", "the debate was interrupted"
    **{
        w: frozenset(("halted", "interrupted", "suspended", "paused", "adjournment"))
        for w in ("adjourned", "adjourn")
    },
    # "What did she demand?": "calling for an independent inquiry"; not every call is a demand
    **{
        w: frozenset(("called", "calling", "calls", "urged", "sought"))
        for w in ("demand", "demanded", "demands", "demanding")
    },
    # "Which board is looking into the fire?": "the panel investigating it"
    **{
        w: frozenset(("investigating", "investigate", "investigates", "investigated"))
        for w in ("looking", "look", "looks", "looked")
    },
    # "What is the maximum stay?": "Stay cap: 14 nights", "limits it to 14 nights"
    **{
        w: frozenset(("cap", "capped", "limit", "limits", "limited", "ceiling"))
        for w in ("maximum", "max")
    },
    # "How long do they have to apply?": "an application must be made within six weeks"
    **{w: frozenset(("application", "applications")) for w in ("apply", "applied", "applies")},
    # "How many have signed it?": "the petition has 1,900 signatures"
    **{w: frozenset(("signatures", "signature", "signatories")) for w in ("signed", "sign")},
    # "Why was it cancelled?": "the race was scrapped"; "Why was it called off?" reads as
    # cancelled (`question.PHRASAL_VERBS`); "called" alone would meet every "calling for"
    **{
        w: frozenset(("scrapped", "axed", "abandoned", "cancellation"))
        for w in ("cancelled", "canceled", "cancel")
    },
    # "Which clinic looked after the dogs?" reads as cared for: "the clinic that treated them"
    **{w: frozenset(("treated", "treat", "nursed", "looked")) for w in ("cared", "care")},
    # "How many people responded?": "2,317 responses were received"
    **{w: frozenset(("response", "responses")) for w in ("respond", "responded")},
    # "Where were the flights sent?": "diverted to Orsa"; a letter sent was not diverted
    "sent": frozenset(("diverted", "redirected", "rerouted")),
    # "How many people ride the trams?": "carries 60,000 passengers"
    **{w: frozenset(("carry", "carries", "carried")) for w in ("ride", "rides", "riding")},
    # "Who funded the study?": "paid for by a grant from the Orsa Trust"; a "prize fund" is no
    # payment, so only the verb's past reads so
    "funded": frozenset(("pay", "paid", "pays")),
    # "cleared of": "acquitted"; "flagged": "warned"
    **{w: frozenset(("acquit", "acquitted", "acquittal")) for w in ("clear", "cleared")},
    **{w: frozenset(("warn", "warned", "warning")) for w in ("flag", "flagged")},
    **{w: frozenset(("force", "forced")) for w in ("compel", "compelled")},
    "working": frozenset(("operating", "operational", "operate")),
    # "Who took over from Ada Vell?" reads as succeeded (`question.PHRASAL_VERBS`): "was
    # replaced by", "her successor"
    **{
        w: frozenset(("replaced", "replace", "replaces", "successor"))
        for w in ("succeed", "succeeded", "succeeds", "succeeding")
    },
    # "Which body carried out the review?" reads as conducted (`question.PHRASAL_VERBS`):
    # "the board opened an inquiry", "a review led by", "held an inquiry"
    **{
        w: frozenset(("held", "led", "ran", "opened", "launched"))
        for w in ("conduct", "conducted", "conducts", "conducting")
    },
    # "How much did the payment go up to?" reads as increased (`question.PHRASAL_VERBS`):
    # "the fare was raised to £4", "rose to £4"; raising a concern is no increase
    **{
        w: frozenset(("raised", "rose", "risen", "rise", "rises"))
        for w in ("increase", "increased", "increases", "increasing")
    },
    # "sweetened its offer": "raised its offer"; "cost savings": "cost synergies"
    **{
        w: frozenset(("raise", "raised", "increase", "increased")) for w in ("sweeten", "sweetened")
    },
    "savings": frozenset(("synergies",)),
    # "the treatment plant": "the treatment works"; works that are a verb meet no plant
    **{w: frozenset(("works",)) for w in ("plant", "plants")},
    # "How many offences did it admit?": "pleaded guilty to three offences"
    **{w: frozenset(("pleaded", "confessed", "confess")) for w in ("admit", "admitted", "admits")},
    # "Who noticed the fire?": "spotted"; a "notice" is more often a warning than a sighting,
    # and "noticed" shares its stem, so no other word is met by it
    **{
        w: frozenset(("spotted", "discovered", "detected"))
        for w in ("noticed", "spotted", "detected")
    },
    # "Why was it put off?": "… postponed" (the question's own words still match a page that
    # says "put off")
    **{
        w: frozenset(("postpone", "postponed", "delay", "delayed", "defer", "deferred"))
        for w in ("put", "puts", "putting")
    },
    # "When is he due to be sentenced?": "sentencing is scheduled for June 3"; "due" alone
    # ("due to the weather") says no schedule
    "due": frozenset(("scheduled", "set", "slated", "expected")),
    # "When is it likely to come back?": "it is expected to come back later this year"
    "likely": frozenset(("expected", "due", "set", "scheduled")),
    # "When does the market end?": "can be visited until 12 March"; "until" ends no one thing
    **{
        word: frozenset(("until", "till"))
        for word in ("end", "ends", "finish", "finishes", "close", "closes")
    },
}

# "Who leads the team?" is answered by "Team Leader Jo Ngo": the noun for the one who does
# what a who-question's verb says. Read for who-questions only: "lead to" and "managed" in
# other questions would bring in every leader and manager.
AGENT_NOUNS: dict[str, frozenset[str]] = {
    verb: frozenset(nouns.split())
    for verbs, nouns in (
        ("lead leads led leading", "leader leaders boss head"),  # "the firm's boss, Ada Vell"
        ("manage manages managed", "manager"),
        ("operate operates operated", "operator operators"),  # "Operator: Orsa Lifts"
        ("build builds built", "builder"),
        ("supply supplies supplied", "supplier"),
        ("manufacture manufactures manufactured", "manufacturer maker makers"),
        ("own owns owned", "owner"),
        ("chair chairs chaired", "chairman chairwoman chairperson chair"),
        ("direct directs directed", "director"),
        ("coach coaches coached", "coach"),
        ("edit edits edited", "editor"),
        ("write writes wrote written", "writer author"),
        ("found founded", "founder"),
        # "Who started the airline?", "Who set up the school?": "founded in 1987 by …"
        ("start starts started set", "founder founders founded established"),
        ("invent invents invented", "inventor"),
        ("drive drives drove driven", "driver drivers"),  # "Who drove the train?": its driver
        ("design designs designed", "designer"),
        ("compose composes composed", "composer"),
        ("produce produces produced", "producer"),
        ("govern governs governed", "governor"),
        (
            "head heads headed heading",
            "head chief director chairman chairwoman chair president leader",
        ),
        ("speak speaks spoke", "spokesman spokeswoman spokesperson"),  # "Who speaks for …?"
        # "Who runs Tarnhold?": "Ingrid Solvay, the chief executive of Tarnhold"
        ("run runs ran running", "chief executive ceo boss head leader manager president chairman"),
        # "Who is in charge of Orrin?": its chief
        ("charge", "chief executive ceo boss head leader manager director chair chairman"),
    )
    for verb in verbs.split()
}


# "Who is the leader of the council?" is answered by "Ada Vell, who leads the council": the
# verbs of a doer's noun, where the noun is made from the verb (leader, owner, founder), not
# another post that does it ("head" is not "runs").
def _agent_verbs() -> dict[str, frozenset[str]]:
    """`AGENT_NOUNS` reversed where the noun is made from its row's verb: each noun with all the
    verbs of its row ("leader": lead, leads, led)."""
    rows: dict[frozenset[str], list[str]] = {}
    for verb, nouns in AGENT_NOUNS.items():
        rows.setdefault(nouns, []).append(verb)  # a row's verbs, its plain form first
    found: dict[str, frozenset[str]] = {}
    for nouns, verbs in rows.items():
        base = verbs[0][: max(3, len(verbs[0]) - 1)]  # "lead" -> "lea", "manage" -> "manag"
        for noun in nouns:
            if len(noun) > len(verbs[0]) and noun.startswith(base):
                found[noun] = found.get(noun, frozenset()) | frozenset(verbs)
    found["founder"] -= {"found"}  # "was found dead" founds nothing
    # The one at the top of a body "runs" it ("Ada Vell, who has run Orsa since 2021" is its
    # chief executive); a chairman or a president may not run it day to day. Not "heads":
    # words meet by their stems, and "head chef" is another post.
    for post in ("ceo", "boss", "leader", "leaders"):
        found[post] = found.get(post, frozenset()) | frozenset(("run", "runs", "ran"))
    return found


AGENT_VERBS: dict[str, frozenset[str]] = _agent_verbs()

# Adjectives of nationality and the country they point at ("American" -> United States).
# Regular demonym endings and the country-name endings they replace (Korean -> Korea,
# Syrian -> Syria); a result counts only when it names a known country.
DEMONYM_ENDINGS: tuple[tuple[str, str], ...] = (("ian", "ia"), ("an", "a"), ("ean", "ea"))

DEMONYMS: dict[str, str] = {
    "american": "United States",
    "british": "United Kingdom",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "chinese": "China",
    "japanese": "Japan",
    "syrian": "Syria",
    "french": "France",
    "german": "Germany",
    "belarusian": "Belarus",
    "iranian": "Iran",
    "polish": "Poland",
    "turkish": "Turkey",
    "indian": "India",
    "canadian": "Canada",
    "australian": "Australia",
    "european": "European Union",
}

# Word pairs of opposite meaning: a sentence that has the opposite of a question word the
# sentence lacks answers another question ("reopen" asked, "closed" said).
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("open", "close"),
    ("back", "out"),  # "back into service" asked, "taken out of service" said
    ("reopen", "close"),
    ("reopen", "shut"),
    ("restore", "sever"),
    ("restore", "cut"),
    ("restore", "break"),
    ("restore", "broke"),
    ("establish", "sever"),
    ("establish", "cut"),
    ("establish", "severance"),
    ("win", "lose"),
    ("win", "lost"),
    ("won", "lose"),
    ("won", "lost"),
    ("rise", "fall"),
    ("increase", "decrease"),
    ("increase", "decline"),
    ("gain", "loss"),
    ("accept", "reject"),
    ("allow", "ban"),
    ("allow", "forbid"),
    ("join", "leave"),
    ("buy", "sell"),
    ("import", "export"),
    ("before", "after"),
    ("first", "last"),
    ("largest", "smallest"),
    ("most", "least"),
    ("highest", "lowest"),
    ("north", "south"),
    ("east", "west"),
    ("early", "late"),
    ("minimum", "maximum"),
    ("birth", "death"),
    ("start", "end"),
    ("resume", "stop"),  # "When did it resume?" is not "stopped making cheese on 12 May"
    ("resume", "halt"),
    ("final", "interim"),  # "its final report" is not the interim one
    ("final", "preliminary"),
    ("support", "oppose"),
    # "Did she stay on / remain in post?": "she resigned" says no
    ("remain", "resign"),
    ("remain", "resigned"),
    ("remain", "quit"),
    ("stay", "resign"),
    ("stay", "resigned"),
    ("stay", "quit"),
    ("survive", "died"),  # "Did the driver survive?": "the driver died in hospital"
    ("survive", "die"),
    ("guilty", "acquitted"),  # "Was he found guilty?": "he was acquitted"
    ("convict", "acquit"),
    ("convicted", "acquitted"),
    ("complete", "partial"),  # "Were complete card numbers leaked?": "partial card details"
    ("full", "partial"),
    ("whole", "partial"),
    ("pass", "fail"),
    ("passed", "failed"),
)
