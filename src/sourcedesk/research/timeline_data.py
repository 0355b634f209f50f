"""Data for the timeline: cue patterns, word lists, thresholds and the notes events carry.

Tables only; ``timeline`` (events of one source) and ``timeline_merge`` (events across
sources) hold the rules that read them.
"""

from __future__ import annotations

import re

# --- events of one source --------------------------------------------------------------------

# A clause needs this many words besides its dates, and this many lower-case content words
# (verbs, common nouns), to tell an event rather than be a dateline or a reference entry.
MIN_EVENT_WORDS = 4
MIN_LOWER_WORDS = 1
# Descriptions longer than this many words are cut at a clause boundary. When the cut would
# lose the clause's date, the description is the clause's first words and the words around
# its date (at most this many on each side, within the date's part of the clause).
MAX_DESCRIPTION_WORDS = 30
DESCRIPTION_OPENING_WORDS = 8
DESCRIPTION_DATE_WORDS = 10
# The language the rules on undated past-tense clauses read (ISO 639-1); a text shorter than
# this many words is read as English (its language cannot be told).
ENGLISH = "en"
LANGUAGE_MIN_WORDS = 60
# News: the headline and lead are looked for among the first sentences; a lead has words.
LEAD_SEARCH = 5
LEAD_MIN_WORDS = 8
# An undated story takes the date of an event told with similar words at most this many days
# before publication (by the page itself, or by another source when merging).
STORY_DAYS = 3

# The date of an event whose day and month no year was found for, and of an undated story
# in a news page without a publication date: they wait for another source to place them.
YEARLESS = "XXXX"

# Sentences that cite a page rather than tell an event.
REFERENCE_CUES = re.compile(
    r"\b(?:Retrieved|Archived from|Accessed|Published|Updated)\b|\^|\(\d{4}(?:-\d\d){0,2}\)"
)
# Where a sentence may be split between two clauses with different dates, best first.
CLAUSE_BOUNDARIES = ("; ", ", and ", ", but ", ", while ", ", whereas ", " and ", ", ")
# What may stand between two dates of one clause ("in 2005 and 2006", "on 3 or 4 May"): the
# clause is told of both, and is not cut between them.
# A comma before "and" opens a new clause ("in 2019, and in June 2020, the envoys met").
# "and in 2008 the site was sold" opens a clause of its own.
COORDINATED_DATES = re.compile(r"\s*,\s*|\s+(?:and|or|to|through)\s+", re.I)
# An era a sentence speaks of: a decade or a world war. An undated sentence that names one
# tells background, not what happened on the day of publication.
ERA_CUES = re.compile(
    r"(?<!since )(?<!since the )\b(?:the\s+)?(?:1[0-9]|20)\d0s\b"
    r"|(?<!since )\b(?:the\s+)?(?:First|Second)\s+World\s+War\b"
    r"|(?<!since )\bWorld\s+War\s+(?:I|II|One|Two|1|2)\b"
)
# A year told as the time of something ("in 2001", "during 1998"), not "Flight 1549" or
# "1200 gallons", nor a comparison ("since 1987").
YEAR_WORD = re.compile(
    r"\b(?:in|during|from|until|before|after|by)\s+(?:early\s+|late\s+|mid-?)?(1[0-9]{3}|20[0-9]{2})\b(?![,.]?\d)"
)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
# Words that open a relative clause, which cannot stand as an event of its own.
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose", "that", "where", "when"})
# Connectives stripped from the start of a description.
LEADING_CONNECTIVES = re.compile(
    r"^(?:and|but|while|whereas|then|so(?!\s+(?:far|much|many|long|called|few)\b))\s+", re.I
)  # "So far, …" keeps its "so"
# Words that may open a clause's subject after a cut ("…, and the plane landed"); a piece that
# opens on anything else in lower case ("…, and only became public") has lost its subject.
SUBJECT_OPENERS = frozenset({
    "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "he",
    "she", "it", "they", "we", "i", "you", "some", "many", "most", "all", "both", "each",
    "every", "one", "two", "three", "several", "no", "few", "other", "another", "such", "our",
    "my", "your", "there", "nobody", "everyone", "someone",
})  # fmt: skip
CLAUSE_LEAD_WORDS = frozenset({
    "and", "but", "while", "whereas", "then", "so", "on", "in", "by", "during", "at", "since",
    "from", "until", "early", "late", "as", "of",
})  # fmt: skip
SUBJECT_WORDS = 4  # opening words of a sentence that tell a cut clause's subject
LEAD_PHRASE_WORDS = 6  # words of a leading date phrase ("In early March 2019,")
# Words that open a verb phrase whose subject came before ("…, and was later sold", "…, and
# then joined", "…, maybe eliminated"); with -ing, -ed and -ly words.
VERB_PHRASE_OPENERS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "then", "later", "also", "only", "still",
    "never", "again", "even", "maybe", "soon", "subsequently", "became", "began",
    "won", "lost", "sold", "bought", "made", "took", "gave", "left", "went", "came", "got",
})  # fmt: skip
# Cut points for long descriptions.
DESCRIPTION_CUTS = (", marking ", ", which ", ", citing ", ", saying ", " — ", " – ", "; ", ", ")
# Prepositions that may open a date phrase at the start of a clause.
DATE_LEAD = re.compile(
    r"^\s*(?:(?:and|but|then)\s+)?"
    r"(?:(?:on|in|by|during|as of|from|at|since|early|late|until)\s+(?:the\s+)?)?$",
    re.I,
)
# A year used as an attribute ("the 2022 invasion", "Russia's 2022 offensive", "their 1976
# album"); the answer's agreement check reads it too ("the 1991 settlement").
ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|my|your)|['’]s)\s+$", re.I)
ATTRIBUTIVE_AFTER = re.compile(r"^\s+[A-Za-z][\w-]*")

# A date that only bounds the event: "days before the February 24 invasion" dates what the
# clause tells to a span before (or after) that day, not to the day itself.
OFFSET_BEFORE_DATE = re.compile(
    r"\b(?P<size>hours|days|a day|a few days|shortly|just|weeks|a week|a few weeks|months|"
    r"years)\s+(?P<dir>before|after|ahead of|prior to)\b[^,;.\d]*$",
    re.I,
)
# How far each offset may reach, in days: what it leaves of the date is the month (or the
# year) the whole span stays inside.
OFFSET_DAYS: dict[str, int] = {
    "hours": 1, "a day": 1, "shortly": 7, "just": 7, "days": 7, "a few days": 7,
    "a week": 14, "weeks": 60, "a few weeks": 60, "months": 365, "years": 3650,
}  # fmt: skip

# --- events told without a date in news ------------------------------------------------------

# A news clause in the past tense that states no date happened on or before the day the page
# was published: it is placed there, and says so.
ON_OR_BEFORE_NOTE = "(on or before {day}, when the source was published)"
ON_OR_BEFORE = re.compile(r" \(on or before [^()]+, when the source was published\)$")
# Verbs of the past tense (irregular forms; regular ones end in -ed).
IRREGULAR_PAST = frozenset({
    "began", "broke", "brought", "built", "bought", "came", "caught", "chose", "did", "drew",
    "drove", "fell", "fought", "found", "flew", "froze", "gave", "got", "grew", "held", "hit",
    "kept", "knew", "laid", "led", "left", "lost", "made", "met", "paid", "put", "ran", "rose",
    "sank", "sat", "saw", "sent", "set", "shot", "shut", "sold", "spent", "spoke", "split",
    "spread", "stood", "stole", "struck", "swept", "swore", "took", "told", "threw", "thought",
    "understood", "went", "withdrew", "won", "wrote", "said", "became", "had", "begun",
    "broken", "chosen", "done", "fallen", "given", "gone", "grown", "known", "risen", "seen",
    "shown", "spoken", "taken", "thrown", "written", "hung", "rode",
})  # fmt: skip
# Where the main clause gives way to what was said or planned ("announced that it will ..."),
# or to a relative clause ("the people who lost ...").
COMPLEMENT = re.compile(r"\s(?:that|whether|who|which|whose|whom|when|where)\s", re.I)
# Words ending in -ed that are not verbs in the past, or whose clause is not an event.
NOT_PAST_ED = frozenset({
    "hundred", "indeed", "need", "speed", "proceed", "exceed", "succeed", "breed", "bleed",
    "embed", "bed", "red", "shed", "feed", "seed", "expected", "scheduled", "planned",
    "intended", "proposed", "supposed", "based", "related", "united", "limited", "used",
    "called", "named", "so-called", "armed", "advanced", "detailed", "concerned",
    "interested", "involved", "experienced", "skilled", "talented", "aged",
    "sophisticated", "complicated", "renowned", "unnamed", "undisclosed",
})  # fmt: skip
# Auxiliaries that make an -ed form a participle of the present or the future.
NOT_PAST_BEFORE = frozenset({
    "is", "are", "be", "being", "will", "would", "could", "should", "may", "might", "must",
    "can", "shall", "to", "not", "am", "get", "gets",
})  # fmt: skip
# Openers of clauses that are not events: conditions, questions, general truths, hedges.
NOT_EVENT_OPENERS = frozenset({
    "if", "whether", "unless", "although", "though", "why", "how", "what", "when", "where",
    "who", "perhaps", "maybe", "while", "as", "because", "since",
})  # fmt: skip
# A main clause in the present ("is beginning to use") or in the first person (a speaker's
# words) is not the page reporting a past event.
PRESENT_AUXILIARIES = frozenset({"is", "are", "am"})
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})
# How many sentences after the lead make a news page's opening, where what has just happened
# is reported (later paragraphs give the background, which may be years old).
LEAD_SENTENCES = 4
# A clause needs at least this many words to be placed at the publication date.
MIN_UNDATED_EVENT_WORDS = 6

# --- merging ---------------------------------------------------------------------------------

# Share of the smaller event's content words two tellings must share, and how many.
SAME_DATE_OVERLAP = 0.5
REFINED_DATE_OVERLAP = 0.7
MIN_SHARED_WORDS = 3
# Overlap is counted against at least this many words, so tiny profiles do not match all.
MIN_PROFILE_WORDS = 5
# The wording an event takes is that of the telling closest to this many words (after those
# that state the date best).
IDEAL_WORDS = 20
# Where the main clause of a description ends: the event is told before, its cause after.
SUBORDINATORS = re.compile(
    r"\s(?:due to|after|because|following|in response to|as a result of|amid|since|over)\s"
    r"|,\s*(?:which|who|when|where|citing|saying|marking|according to|sparking|prompting)\s"
    r"|\s[—–]\s",
    re.I,
)
MIN_MAIN_CLAUSE_WORDS = 4
# A subordinate clause that opens a sentence ("Days before the vote, ..."), and an
# attribution that closes it (", the Associated Press reported.").
LEADING_SUBORDINATE = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:before|after|since|following|when|while|once|until|"
    r"in response to|as a result of)\b[^,;]{0,150}[,;]\s+",
    re.I,
)
TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:the\s+)?[A-Z][\w.'’ -]{0,60}?\s+(?:reported|said|reports|says|announced|wrote)"
    r"\s*[.!]?\s*$"
)
# An aside set off by dashes or brackets ("Kessel — an Ostland ally — recognized ...",
# "the ORK (commonly referred to as Ostland)").
ASIDE = re.compile(r"\s[—–]\s[^—–]{1,80}\s[—–]\s|\s?\([^()]{1,80}\)")
# Letters that transliterations of one name swap (Lugansk / Luhansk, Kharkov / Kharkiv).
TRANSLITERATION = re.compile(r"kh|g|j|iy|yy|y")
TRANSLITERATION_FOLDS: dict[str, str] = {
    "kh": "h", "g": "h", "j": "y", "iy": "i", "yy": "i", "y": "i",
}  # fmt: skip

STOPWORDS: frozenset[str] = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "and", "or", "but",
    "as", "that", "this", "these", "those", "it", "its", "was", "were", "is", "are", "be",
    "been", "has", "have", "had", "from", "after", "before", "which", "who", "also", "their",
    "his", "her", "they", "he", "she", "would", "will", "said", "says", "not", "into",
    "than", "both", "two", "first", "while", "over", "about", "between", "due", "other",
    "when", "where", "what", "them", "there", "some", "such", "more", "most", "all", "any",
    "one", "could", "should", "being", "very", "whose", "whom", "our", "your", "out",
})  # fmt: skip
# Words of time, left out of the words compared (with month and weekday names).
TIME_WORDS: frozenset[str] = frozenset({
    "today", "yesterday", "tomorrow", "tonight", "last", "next", "year", "years", "month",
    "months", "week", "weeks", "day", "days", "morning", "afternoon", "evening", "night",
    "ago", "earlier", "later", "early", "late", "mid",
})  # fmt: skip
# Words that open a date phrase at the start of a clause ("On 23 October, ...").
DATE_PHRASE_OPENERS = (
    r"on|in|at|by|during|since|from|until|early|late|last|this|next|earlier|later|as of"
)
# Words that frame an event rather than tell it ("Ostland's decision to end talks came on ...",
# "X announced the severance"): left out of the words compared.
LIGHT_WORDS: frozenset[str] = frozenset({
    "announced", "announce", "announces", "announcing", "announcement", "stated", "reported",
    "reports", "decided", "decide", "decides", "decision", "came", "move", "moved",
    "shortly", "officially", "formally", "immediately", "reportedly", "earlier", "later",
    "already", "previously", "still", "just", "now", "then", "today", "days", "weeks",
})  # fmt: skip
# Words that say the same event in other words ("cut ties" = "severed relations").
EVENT_SYNONYMS: dict[str, str] = {
    "cut": "sever", "broke": "sever", "break": "sever", "breaks": "sever", "severed": "sever",
    "severance": "sever", "severs": "sever", "terminated": "sever", "terminating": "sever",
    "terminate": "sever", "suspended": "sever", "suspension": "sever", "suspends": "sever",
    "ties": "relations", "tie": "relations", "relationship": "relations",
    "recognition": "recognize", "recognised": "recognize", "recognized": "recognize",
    "recognizes": "recognize", "recognising": "recognize", "recognizing": "recognize",
}  # fmt: skip

# The note an event carries when some of its tellings could not date it by themselves (a day
# and month without a year, an undated headline): their date comes from the other sources.
PLACED_NOTE = "(the year or date from other sources where a source gives none)"
