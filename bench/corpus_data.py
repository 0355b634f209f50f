"""Data for the benchmark corpus: syllables, word lists, sentence templates, page furniture.

Everything here is invented for the generator in `corpus.py`; templates take `str.format`
fields that `corpus.Filler` fills (story values such as {subject}, or random slots such as
{person}, {noun}, {place}).
"""

from __future__ import annotations

from typing import NamedTuple

PLACE_COUNT = 900
SURNAME_COUNT = 2500
UNSEEN_COUNT = 150  # names held out of the pages, for unanswerable questions
PUBLISHER_COUNT = 40

PLACE_ONSETS = (
    "bren", "ald", "cor", "dun", "fen", "hal", "kes", "lor", "mar", "orm", "pell", "rav", "sel",
    "tor", "wex", "yar", "ash", "bal", "carn", "dray", "elm", "gart", "hol", "ket", "lis", "mor",
    "nel", "ost", "pen", "quar", "ros", "stan", "thel", "ulm", "vard", "wend", "brack", "cal",
    "dew", "fal", "grim", "harl", "ives", "lang", "merrow", "nor", "oak", "pry", "sax", "tam",
)  # fmt: skip
PLACE_ENDS = (
    "nock", "ham", "ford", "wick", "by", "mouth", "stead", "combe", "ton", "field", "moor", "dale",
    "holt", "minster", "port", "mere", "burn", "cliffe", "ley", "thorpe", "well", "bury", "gate",
    "haven",
)  # fmt: skip
MIDDLES = ("a", "er", "in", "ow", "el", "is")
NAME_ONSETS = (
    "ab", "bar", "cas", "del", "ev", "fitz", "gar", "hend", "ing", "jar", "kel", "lam", "mac",
    "nan", "ok", "pem", "ques", "red", "sand", "tred", "ur", "vel", "wal", "yor", "zan", "brom",
    "cran", "dow", "ell", "fern", "gil", "hart", "ives", "kor", "lind", "mor", "nor", "ost",
    "pry", "rusk", "stav", "tol", "ush", "vor", "wyn",
)  # fmt: skip
NAME_ENDS = (
    "son", "ley", "wood", "er", "ridge", "ova", "ic", "escu", "ani", "berg", "well", "ford",
    "away", "ington", "ski", "ard", "ell", "ade", "ora", "uzi", "ens", "man", "sted", "oye",
)  # fmt: skip
FIRST_NAMES = (
    "Ada", "Alun", "Amira", "Anika", "Bram", "Callum", "Carys", "Dara", "Delphine", "Dev",
    "Diane", "Edmund", "Elin", "Emeka", "Farah", "Felix", "Gideon", "Greta", "Halima", "Hugo",
    "Ines", "Ivor", "Jonah", "Joan", "Kasia", "Kofi", "Lena", "Lorcan", "Maeve", "Malik",
    "Marta", "Nadia", "Niall", "Noor", "Odette", "Omar", "Owen", "Petra", "Priya", "Quentin",
    "Rhiannon", "Rohan", "Ruth", "Saoirse", "Silas", "Soren", "Tamsin", "Teodor", "Una",
    "Viktor", "Wanjiru", "Wilf", "Xanthe", "Yusuf", "Zofia", "Bronagh", "Cosmo", "Esme",
    "Idris", "Leopold",
)  # fmt: skip
MASTHEADS = (
    "Herald", "Courier", "Gazette", "Post", "Times", "Observer", "Today", "Chronicle",
    "Mercury", "Echo", "Advertiser", "Express", "Journal", "Standard",
)  # fmt: skip

STRUCTURES = ("Bridge", "Viaduct", "Footbridge", "Pier", "Aqueduct")
ARTS = ("Folk", "Jazz", "Film", "Literature", "Food", "Science", "Puppetry")
PARTY_WORDS = ("Progress", "Valley", "Independent", "Green", "Civic", "Harbour")
BUSINESSES = ("Engineering", "Construction", "Logistics", "Foods", "Textiles", "Ceramics",
              "Pharmaceuticals", "Motors")  # fmt: skip
REGIONS = ("Regional", "Northern", "Coastal", "Western", "Upland")
BOARDS = ("Infrastructure Safety Board", "Transport Authority", "Environment Agency",
          "Audit Office")  # fmt: skip
COUNCILS = ("County Council", "Borough Council", "District Council", "Town Council")

STORY_KINDS = ("collapse", "election", "plant", "flood", "hospital", "festival")
SUBJECTS = {
    "collapse": "{place} {structure}",
    "election": "{place} mayoral election",
    "plant": "{company} plant in {place}",
    "flood": "{place} floods",
    "hospital": "{place} General Hospital",
    "festival": "{place} {art} Festival",
}


class Fact(NamedTuple):
    """A fact of a story: ways to state it, the question it answers, acceptable answers."""

    statements: tuple[str, ...]
    question: str
    expect: tuple[str, ...]


WHEN = ("{when0}", "{when1}", "{when2}")
MONEY = ("{money}", "{money_short}")
FACTS: dict[str, tuple[Fact, ...]] = {
    "collapse": (
        Fact(("The {subject} collapsed on {when}, sending part of its deck into the water.",
              "Part of the {subject} gave way on {when}, shortly before dawn."),
             "When did the {subject} collapse?", WHEN),
        Fact(("{count} people were injured when the {subject} collapsed.",
              "The collapse of the {subject} left {count} people injured."),
             "How many people were injured when the {subject} collapsed?", ("{count} people",)),
        Fact(("The replacement for the {subject} is expected to cost {money}.",
              "Officials put the cost of replacing the {subject} at {money_short}."),
             "How much will it cost to replace the {subject}?", MONEY),
        Fact(("{company} has been appointed to rebuild the {subject}.",
              "The contract to rebuild the {subject} went to {company}."),
             "Which company will rebuild the {subject}?", ("{company}",)),
        Fact(("{official}, chief investigator at the {board}, leads the inquiry into the "
              "collapse of the {subject}.",),
             "Who leads the inquiry into the collapse of the {subject}?", ("{official}",)),
    ),
    "election": (
        Fact(("{lead} of the {party} won the {subject} on {when}.",
              "The {subject}, held on {when}, was won by {lead} of the {party}."),
             "Who won the {subject}?", ("{lead}",)),
        Fact((), "When was the {subject} held?", WHEN),
        Fact(("{lead} received {big_count} votes in the {subject}.",),
             "How many votes did {lead} receive in the {subject}?", ("{big_count}",)),
        Fact(("Turnout in the {subject} was {pct} per cent.",
              "Only {pct} per cent of registered voters took part in the {subject}."),
             "What was the turnout in the {subject}?", ("{pct} per cent", "{pct} percent")),
    ),
    "plant": (
        Fact(("The closure of the {subject} will cost {jobs} jobs.",
              "Some {jobs} jobs will go when the {subject} shuts."),
             "How many jobs will be lost at the {subject}?", ("{jobs}",)),
        Fact(("The {subject} will close on {when}, the company confirmed.",),
             "When will the {subject} close?", WHEN),
        Fact(("{lead}, chief executive of {company}, called the decision painful but "
              "unavoidable.",),
             "Who is the chief executive of {company}?", ("{lead}",)),
        Fact(("{company} said it had lost {money} at the {subject} over three years.",),
             "How much did {company} lose at the {subject}?", MONEY),
    ),
    "flood": (
        Fact(("The {subject} damaged {jobs} homes.",
              "More than {jobs} homes were damaged in the {subject}."),
             "How many homes were damaged in the {subject}?", ("{jobs} homes",)),
        Fact(("{measure} millimetres of rain fell in the 24 hours before the {subject}.",),
             "How much rain fell before the {subject}?", ("{measure} millimetres",)),
        Fact(("The {council} set up a recovery fund of {money} after the {subject}.",),
             "How large is the recovery fund set up after the {subject}?", MONEY),
        Fact(("The river burst its banks on {when}, the first day of the {subject}.",),
             "When did the {subject} begin?", WHEN),
    ),
    "hospital": (
        Fact(("The new wing of the {subject} cost {money}.",
              "Building the new wing of the {subject} cost {money_short}."),
             "How much did the new wing of the {subject} cost?", MONEY),
        Fact(("The wing adds {count} beds to the {subject}.",),
             "How many beds does the new wing add to the {subject}?", ("{count} beds",)),
        Fact(("The new wing of the {subject} opened on {when}.",),
             "When did the new wing of the {subject} open?", WHEN),
        Fact(("{lead}, who runs the {subject}, said the wing would cut waiting times.",),
             "Who runs the {subject}?", ("{lead}",)),
    ),
    "festival": (
        Fact(("{big_count} people attended the {subject} this year.",
              "Organisers said {big_count} people came to the {subject}."),
             "How many people attended the {subject}?", ("{big_count}",)),
        Fact(("{lead}, the director of the {subject}, said the programme was the most "
              "ambitious yet.",),
             "Who is the director of the {subject}?", ("{lead}",)),
        Fact(("The {subject} opened on {when}.",), "When did the {subject} open?", WHEN),
        Fact(("A weekend ticket for the {subject} cost £{measure}.",),
             "How much did a weekend ticket for the {subject} cost?", ("£{measure}",)),
    ),
}  # fmt: skip

HEADLINES = {
    "collapse": ("{subject} collapse: {company} to rebuild the crossing",
                 "Inquiry into {subject} collapse hears from engineers",
                 "What went wrong at the {subject}?"),
    "election": ("{lead} wins {subject}", "{subject}: turnout falls to {pct} per cent",
                 "New mayor for {place} after a close count"),
    "plant": ("{company} to close {place} plant with the loss of {jobs} jobs",
              "Workers react to {subject} closure", "{place} counts the cost of plant closure"),
    "flood": ("{place} floods: {jobs} homes damaged", "Recovery fund set up after {subject}",
              "{place} begins clean-up after the floods"),
    "hospital": ("{subject} opens new {money_short} wing", "New beds for {place} patients",
                 "First patients treated in new wing at {subject}"),
    "festival": ("{subject} draws record crowds", "{lead} on the making of the {subject}",
                 "Review: the {subject} at its best"),
}  # fmt: skip
STANDFIRSTS = (
    "{critic} says residents were not told, as the {council} faces questions over its response.",
    "The {board} will publish its findings next year, officials said.",
    "People in {place} say the events of the past months have changed the town.",
    "Figures seen by the {publication} raise new questions for the {council}.",
    "{critic} is calling for an independent review of the decisions that led here.",
)
UPDATE_LINES = (
    "This article was updated on {when_rand} with new figures from the {council}.",
    "Update: the {council} has revised its figures; {count} is the latest number given.",
    "Correction: an earlier version of this article gave a different figure.",
)
CREDITS = (
    "This article first appeared in the {publisher} and is republished with permission.",
    "Reporting by the {publisher}.",
    "Originally published by the {publisher}.",
)
AMERICAN = (
    ("per cent", "percent"), ("organis", "organiz"), ("recognis", "recogniz"),
    ("criticis", "criticiz"), ("centre", "center"), ("programme", "program"),
    ("neighbour", "neighbor"), ("colour", "color"), ("labour", "labor"), ("travell", "travel"),
    ("licence", "license"), ("apologis", "apologiz"), ("favour", "favor"),
)  # fmt: skip

# -- filler prose -------------------------------------------------------------------------------

NOUNS = (
    "plan", "report", "budget", "scheme", "road", "school", "station", "market", "committee",
    "survey", "contract", "site", "project", "service", "route", "harbour", "library", "museum",
    "depot", "warehouse", "estate", "park", "clinic", "footpath", "bus lane", "car park",
    "consultation", "petition", "review", "timetable", "grant", "levy", "pipeline", "quarry",
    "ferry", "pension fund", "recycling centre", "allotment", "sports ground", "high street",
)  # fmt: skip
ADJECTIVES = (
    "new", "local", "regional", "independent", "temporary", "annual", "public", "former",
    "revised", "detailed", "formal", "final", "interim", "controversial", "long-awaited",
    "modest", "ambitious", "costly", "delayed", "popular", "unexpected", "second", "joint",
)  # fmt: skip
VERBS = (
    "approved", "delayed", "rejected", "reviewed", "announced", "funded", "criticised",
    "welcomed", "postponed", "confirmed", "extended", "scaled back", "paused", "challenged",
    "relaunched", "questioned", "defended", "redesigned",
)  # fmt: skip
GROUPS = (
    "residents", "traders", "commuters", "parents", "engineers", "volunteers", "farmers",
    "students", "nurses", "drivers", "pensioners", "shopkeepers", "fishermen", "teachers",
    "councillors", "campaigners", "cyclists", "landlords", "tenants", "bus drivers",
)  # fmt: skip
ROLES = (
    "a spokesperson", "the chair", "a senior officer", "the deputy leader", "a director",
    "the treasurer", "a trustee", "the secretary", "a board member", "the head of operations",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
QUOTES = (
    "We have always said that {group} deserve better than this",
    "This is a difficult day for {place}, and we will not pretend otherwise",
    "Nobody wants to see the {noun} {verb} again",
    "The {noun} was never going to be enough on its own",
    "We were told in writing, and we expect answers",
    "It has taken far too long to get here",
    "The numbers speak for themselves",
    "There is still a great deal of work to do before anyone can relax",
    "We owe it to the {group} of {place} to get this right",
    "I have lived here all my life and I have never seen anything like it",
    "Our priority now is the people who were affected",
    "Lessons will be learned, and they will be learned quickly",
)  # fmt: skip
FILLERS = (
    "{Group} in {place} said the {noun} had been {verb} several times since {year}.",
    "The {adj} {noun} was {verb} by the {council} in {month} {year}, according to papers seen "
    "by the {publication}.",
    '"{quote}," said {person}, {role} of {org}.',
    '"{quote}," {person} told the {publication}.',
    "{person}, who has lived in {place} for {small} years, said {group} had been left waiting.",
    'A spokesperson for {org} said the {noun} would be {verb} "as soon as practicable".',
    "Figures published on {weekday} show that {num} {group} used the {noun} last year, up from "
    "{num2} in {year}.",
    "The {noun} is expected to cost about {money_rand}, with the {council} paying {pct_rand} "
    "per cent of the bill.",
    "Work on the {adj} {noun} at {place} is due to start in {month} {year2}.",
    "Critics, including {person} of {org}, have argued that the {noun} was {verb} too "
    "quickly.",
    "The decision will be reviewed at a meeting of the {council} on {when_rand}.",
    "{person}, {role} of {org}, said the {noun} in {other_place} showed what was possible.",
    "Last year the {noun} in {other_place} was {verb} after a {adj} campaign by {group}.",
    "{Org} said it had received {num} responses to its {adj} consultation.",
    "About {pct_rand} per cent of {group} surveyed said they supported the {adj} {noun}.",
    "Earlier this month, the {council} {verb} a {adj} {noun} for the {subject} area.",
    "{Group} from {other_place} and {place} met on {weekday} evening to discuss the {noun}.",
    "The {subject} has dominated local politics for months, {person} said.",
    "Opposition councillors said the {council} had known about the problem since {year}.",
    "{Org} declined to comment on the {adj} {noun} while the review continues.",
    "A {adj} {noun} published in {month} found that {num} {group} had been affected.",
    "{person} said {group} had raised concerns about the {noun} as early as {year}.",
    "The {adj} {noun} near {other_place} is expected to reopen by the end of {year2}.",
    "According to {org}, the {noun} will need another {money_rand} over five years.",
    "Some {group} have started a petition, which had gathered {num} signatures by {weekday}.",
    "The {council} said the {noun} was {verb} because of rising costs.",
    "{person} of {org} described the figures as {adjq} and called for a full review.",
    "In {month} {year}, {num} {group} signed a letter asking the {council} to act.",
    "The {subject} is the subject of a separate investigation by the {board}.",
    "{Org} has set up a helpline for {group} who want advice about the {noun}.",
    "There are {small} other {noun}s of the same design in the region, engineers said.",
    "{Group} said they would keep up the pressure until the {noun} was {verb}.",
    "The {publication} asked the {council} how much had been spent; it did not reply.",
    "On {when_rand}, {person} presented the {adj} {noun} to a packed hall in {place}.",
    "{person}, a former {occupation}, has spent {small} years campaigning on the {noun}.",
    "Traffic through {other_place} has risen by {pct_rand} per cent since the {subject} began "
    "to dominate the news.",
    "{Org} is due to publish its {adj} {noun} in {month}.",
    "Several {group} said they had not been consulted about the {adj} {noun}.",
    "A second meeting, planned for {when_rand}, was {verb} at short notice.",
    "The {council} insists that the {noun} remains on schedule and on budget.",
    "Insurance claims linked to the {subject} have passed {money_rand}, brokers estimate.",
    "{person} said {org} would publish the full correspondence about the {noun}.",
)  # fmt: skip
ADJQ = ("alarming", "disappointing", "encouraging", "misleading", "incomplete", "worrying")
OCCUPATIONS = ("teacher", "engineer", "nurse", "ferry pilot", "magistrate", "postmaster",
               "surveyor", "librarian")  # fmt: skip
HEADINGS = (
    "What happens next", "A {adj} {noun}", "The {noun} in {other_place}", "Questions for the "
    "{council}", "Who pays?", "How we got here", "{Group} speak out", "A town divided",
    "The {year} warning", "Inside the {noun}", "Reaction", "Background", "The cost",
)  # fmt: skip

# -- page furniture ------------------------------------------------------------------------------

COOKIE_TEXTS = (
    ("We value your privacy",
     "We and our partners use cookies to store and access information on a device. You can "
     "accept or manage your choices below.",
     "Accept all    Manage preferences    Reject non-essential"),
    ("Cookies on this site",
     "We use cookies to personalise content and ads, to provide social media features and to "
     "analyse our traffic.",
     "Accept cookies    Cookie settings"),
    ("Your privacy choices",
     "This site uses cookies and similar technologies. Some are essential; others help us "
     "improve your experience.",
     "I agree    Show purposes    Decline"),
)  # fmt: skip
MENU = ("Home", "News", "Sport", "Business", "Opinion", "What's On", "Property", "Jobs",
        "Puzzles", "Weather", "Obituaries", "Subscribe", "Sign in")  # fmt: skip
SHARE = ("Share on Facebook", "Share on X", "Share on WhatsApp", "Email", "Copy link")
SECTIONS = ("News", "Transport", "Politics", "Business", "Health", "Culture", "Local")
PROMPTS = (
    "Sign up to the {publisher}'s free morning newsletter",
    "Support local journalism. Subscribe to the {publisher} from £1 a week.",
    "Turn on notifications to get breaking news alerts?    Not now    Allow",
    "Enjoying this article? Subscribe for unlimited access.",
    "Get the day's top stories in your inbox every weekday at 7am.",
)  # fmt: skip
COMMENT_LINES = ("Comments ({n})", "Have your say. Sign in to join the discussion.",
                 "Join the conversation. Log in or register to comment.")  # fmt: skip
FOOTER_LINKS = ("About us", "Contact", "Advertise", "Terms and conditions", "Privacy notice",
                "Cookie settings", "Accessibility", "Careers")  # fmt: skip
RELATED = (
    "Timeline: the {subject} from the start", "{Group} call for public inquiry",
    "Opinion: {place} deserves answers", "In pictures: the {subject}",
    "{council} meeting: what was decided", "Explainer: who is responsible for the {noun}?",
)  # fmt: skip
ASSOCIATIONS = ("Residents Association", "Chamber of Commerce", "Civic Society",
                "Trades Council", "Rail Users Group", "Business Forum")  # fmt: skip
CAPTIONS = ("The {subject}, photographed in {month}",
            "{Group} gather outside the {noun} in {place}",
            "{person} speaking in {place} on {weekday}")  # fmt: skip
