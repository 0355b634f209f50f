"""Data for the plain-text cleaner and metadata guesser: word lists, patterns, thresholds.

Nothing here is specific to a site. Patterns describe kinds of page furniture that many sites
share (cookie notices, comment prompts, share bars, related-article blocks, copyright footers,
mirror banners, encyclopedia hatnotes); thresholds are the knobs of the line classifier in
`sourcedesk.ingest.text`. Patterns are matched against the lower-cased line.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of a data string (keeps long word lists readable)."""
    return tuple(text.split())


# --- line classification thresholds --------------------------------------------------------

#: A line ending in sentence punctuation with at least this many words is prose.
SENTENCE_MIN_WORDS = 5
#: A line without final punctuation needs this many words to count as prose.
PROSE_NOPUNCT_MIN_WORDS = 25
#: A line right above the article's text with this many words and a sentence's share of stop
#: words, but no final stop, is its lead or standfirst, not its title, when a title line stands
#: above it ("Two leaders ... were arrested, the attorney general said Wednesday").
LEAD_NOPUNCT_MIN_WORDS = 16
LEAD_NOPUNCT_MIN_STOPS = 0.25
CONTACT_MAX_WORDS = 10  # a contact's line before a release's notes ("Ana Brell, Head of …")
# Highlights over a lede: bullets of at least this many words, this many lines at most.
HIGHLIGHT_MIN_WORDS = 6
HIGHLIGHTS_MAX_LINES = 8
#: Minimal share of stop words for prose (in the page's language; skipped when unknown).
PROSE_MIN_STOP_RATIO = 0.15
DENSE_SENTENCE_MIN_WORDS = 12  # a line this long ending in a full stop ...
DENSE_SENTENCE_MIN_STOP_RATIO = 0.08  # ... is prose with fewer function words
#: CJK text has no spaces; this many characters count as one word.
CJK_CHARS_PER_WORD = 2
#: Sentence-final characters (a closing quote or bracket may follow the stop).
SENTENCE_END = ".!?…。！？"
CLOSERS = "\"'”’»)]"

# --- main-region scoring (maximum-sum segment over lines) ----------------------------------

#: Each word of a prose line adds this much.
PROSE_WORD_WEIGHT = 1.0
#: A short non-prose line (menu item, title, label) costs this much plus per-word cost.
SHORT_LINE_PENALTY = 2.0
SHORT_WORD_PENALTY = 0.25
#: A furniture line (matched a boilerplate pattern) costs this much.
FURNITURE_PENALTY = 10.0
#: A line that usually opens the after-article zone (comments, related, footer) costs this.
BARRIER_PENALTY = 40.0
#: A caption-like line (photo credit) adds this much, so it joins an adjacent region.
CAPTION_BONUS = 1.0
#: A main region with fewer prose words than this falls through to the next cascade stage.
REGION_MIN_WORDS = 25
#: A comment-section header ends the article when this many prose words come before it.
COMMENT_MIN_PRIOR_WORDS = 80
#: The article is the first run (between barriers) scoring this share of the best run ...
FIRST_RUN_SHARE = 0.5
#: ... continued by later runs no more than this many lines away ...
CONTINUATION_MAX_GAP = 30
#: ... that hold this many prose lines in a row.
CONTINUATION_RUN = 3
#: After this many non-prose lines (some of them furniture), at least this many summaries that
#: never come two in a row are teasers for other articles, not more of this one.
TEASER_CLUSTER_MIN = 3
TEASER_MIN = 3
#: (A few pairs happen: a teaser's summary can run to two lines.)
TEASER_PAIRED_SHARE = 0.25
#: Most summaries sit right under their headline (or author) line.
TEASER_HEADED_SHARE = 0.67
#: The last run is continued over up to this many following lines (a closing list) when a
#: furniture line ends them; longer stretches are left out.
TAIL_MAX_LINES = 60

#: How many distinct lines the furniture test remembers (menus repeat across pages).
FURNITURE_CACHE_SIZE = 1 << 16
#: Lines whose dateline reading is remembered.
DATELINE_CACHE_SIZE = 1 << 14

# --- repetition ------------------------------------------------------------------------------

#: A line at least this long seen earlier on the page is a duplicate (page rendered twice).
DUPLICATE_MIN_CHARS = 40
#: A line seen this often across other pages of a site is furniture.
SITE_REPEAT_MIN = 2

# --- short-line roles inside the region -----------------------------------------------------

HEADING_MAX_WORDS = 12
#: A run of at least this many short non-bulleted lines inside the region is navigation.
NAV_RUN_MIN = 6
#: ... each of at most this many words and without digits ...
NAV_ITEM_MAX_WORDS = 4
#: ... when at least this share of its lines start with a capital letter.
NAV_RUN_TITLECASE_SHARE = 0.7
#: A non-sentence line this long (and not a heading) is taken as a caption.
CAPTION_MIN_WORDS = 8
#: Longer lines are prose, whatever credit they mention.
CAPTION_MAX_WORDS = 80
#: Title search: lines before the article's first line, and the weights of the evidence.
TITLE_WINDOW = 60
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
TITLE_FULL_WORDS = 12
#: Lede and slug evidence count fully from this many shared words on.
TITLE_FULL_MATCHES = 4
TITLE_LENGTH_WEIGHT = 1.5
TITLE_LEDE_WEIGHT = 3.0
TITLE_SLUG_WEIGHT = 4.0
TITLE_REPEAT_WEIGHT = 1.0
TITLE_DATELINE_WEIGHT = 1.0
TITLE_DATELINE_REACH = 3
#: Each line between a title candidate and the article's first line lowers its score this much.
TITLE_DISTANCE_COST = 0.03
#: The opening paragraphs compared with title candidates.
TITLE_LEDE_LINES = 3

# --- appendix blocks (after the article) ---------------------------------------------------

SEE_ALSO_HEADINGS = frozenset({"see also"})
BIBLIOGRAPHY_HEADINGS = frozenset(
    {"bibliography", "further reading", "works cited", "sources", "literature", "publications"}
)
REFERENCE_HEADINGS = frozenset(
    {
        "references",
        "notes",
        "citations",
        "footnotes",
        "notes and references",
        "references and notes",
        "sources and references",
        "endnotes",
        "works cited",
    }
)
#: Section names that an encyclopedia article typically has.
ENCYCLOPEDIA_SECTIONS = frozenset(
    {
        "see also",
        "references",
        "notes",
        "external links",
        "bibliography",
        "further reading",
        "history",
        "citations",
        "footnotes",
        "etymology",
        "background",
        "legacy",
    }
)
#: Headings of a notice's or report's opening section, kept over its first paragraph.
OPENING_SECTION_HEADINGS = frozenset(
    {
        "summary",
        "overview",
        "background",
        "introduction",
        "abstract",
        "key points",
        "key facts",
        "at a glance",
        "in brief",
        "what happened",
        "details",
    }
)
#: Labelled rows ("Reference: …") a fact box between the title and the text holds at least.
FACT_BOX_MIN_ROWS = 2
APPENDIX_ITEM_MAX_WORDS = 14
APPENDIX_MAX_ITEMS = 30

#: A short line with this many lower-to-upper joins ("HomeNewsSport") is glued menu items.
MENU_GLUE_MIN = 3
MENU_GLUE_MAX_WORDS = 8

#: A table-of-contents heading; the numbered entries under it ("1 History", "2.1 Early") go too.
CONTENTS_HEADINGS = frozenset(
    {
        "contents",
        "table of contents",
        "inhalt",
        "sommaire",
        "índice",
        # a newsletter's or long page's list of what it holds
        "in this issue",
        "in this edition",
        "in today's issue",
        "in this week's issue",
        "inside this issue",
        "in this newsletter",
        "what's inside",
        "on this page",
        "in this article",
    }
)
CONTENTS_ENTRY = r"^\d+(?:\.\d+)*\.?\s+\S"

# --- line markers ---------------------------------------------------------------------------

#: A list item's opening: a bullet character (then a space, unless it is an unambiguous bullet
#: glyph), or a number with a dot or bracket.
BULLET_PATTERN = r"^(?:[•·▪▫◦‣⁃●○■□►▸✓✔*+\-–—]\s+|[•·▪◦‣●■►▸✓✔]\s*|\d{1,2}[.)]\s+)"
#: What makes a line under "Bibliography" look like a citation (a year, quotes, ISBN, pages).
CITATION_EVIDENCE = r"(?i)\b1[5-9]\d\d\b|\b20\d\d\b|[\"“]|\bisbn\b|\bpp?\.\s*\d|\bdoi\b"
#: Patterns of a numbered reference entry: "1. …", "^ …", "[1] …", "↑ …".
REFERENCE_ENTRY = r"^\s*(?:(\d{1,4})[.)]\s+(?:\^\s*)?|\[(\d{1,4})\]\s*|[\^↑]\s*)(?=\S)"
#: Markup heading: "== History ==" (level = number of "=").
MARKUP_HEADING = r"^(={1,6})\s*([^=].*?)\s*\1\s*$"
#: Markdown heading: "## History".
MARKDOWN_HEADING = r"^(#{1,6})\s+(\S.*?)\s*#*\s*$"

# --- furniture patterns ----------------------------------------------------------------------
# Each entry: (pattern, max_words). A line is furniture when a pattern matches and the line has
# at most max_words words (0 = any length). Matched against the lower-cased, stripped line.

#: Headings of the widgets a page sets inside or after its article ("Most read in world news",
#: "You may also like", "Related stories"): the extractor often keeps the heading alone.
#: Other headings are never taken for furniture (a section may be called "More on the case").
WIDGET_HEADING = (
    r"^(?:most (?:popular|read|viewed|shared|commented|watched)|trending now"
    r"|you (?:may|might) (?:also )?(?:like|enjoy)|(?:related|recommended|suggested) "
    r"(?:articles?|stories|posts?|content|links|reading|videos?|coverage|for you)"
    r"|(?:read|watch) (?:more|next|also)|editor'?s picks?|don'?t miss|what to read next"
    r"|(?:sign up|subscribe)\b.*\bnewsletters?)\b"
)
WIDGET_HEADING_MAX_WORDS = 8
#: A line of at least this many items set apart by wide gaps, each of at most this many words,
#: is a link bar ("Home  News  Politics  Sport").
SPACED_MENU_MIN_ITEMS = 4
SPACED_MENU_ITEM_WORDS = 3

# "Have your say - log in or register to comment", "Sign in to comment": a comment box's prompt
COMMENT_INVITATION = (
    r"^have your say\b|\b(?:log|sign) ?in (?:or register )?to (?:comment|reply|join)\b"
    r"|\bcomments are moderated\b"
)
# The tail of a press release: its contacts, its legal notice, its end mark ("ENDS", "###").
_PRESS_DESK = (
    r"(?:media|press|investor)(?: and (?:media|press|investor))? (?:contacts?|enquiries|inquiries)"
)
PRESS_CONTACTS = rf"^{_PRESS_DESK}\b"
PRESS_DISCLAIMER = r"^forward[- ]looking statements?\b"
# A phone number ("01632 960 771", "+00 555 0142") or an e-mail address: contact details.
CONTACT_DETAIL = r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{6,}\d"
# "Media enquiries: press office, 01632 960 418": the press line with its number or address
# (a list item's bullet may open it: "- Media enquiries: …" in a release's notes)
PRESS_CONTACT_LINE = rf"^(?:[-–*•]\s+)?{_PRESS_DESK}\s*:.*(?:{CONTACT_DETAIL})"
PRESS_CONTACT_LINE_MAX_WORDS = 30
# The head of a press release: the issuer's letterhead stands above it, the headline below.
_FOR_RELEASE = r"for (?:immediate|general) (?:release|use|publication)"
# the date the mark may carry ("For immediate release: Friday 4 April 2025")
_DATED = r"(?:\s*[-–—:|,]\s*[^.!?]{0,30}\d[^.!?]{0,30})?"
PRESS_HEAD_MARK = (
    rf"^(?:(?:press|news|media) release(?:\s*[-–—:|]\s*{_FOR_RELEASE})?{_DATED}"
    rf"|{_FOR_RELEASE}{_DATED}|embargoed (?:until|till)\b.*)$"
)
#: A release's own date label: the date it gives (after a weekday or an embargo's hour) is the
#: release's ("For immediate release: Friday 4 April 2025", "Embargoed until 00:01, 3 May 2025").
RELEASE_DATE_LABEL = (
    r"(?:(?:press|news|media) release\s*[-–—:|]\s*)?"
    rf"(?:{_FOR_RELEASE}|embargoed (?:until|till)|release date)\b"
)
PRESS_END_MARK = r"^(?:[-–—]\s?)?ends(?:\s?[-–—])?$|^[-–—]?\s?30\s?[-–—]$|^#{3}$"  # "-ENDS-"

#: Appeals for money, membership or sign-ups. A news sentence may mention members, prices or a
#: newsletter; these ask the reader for them.
APPEAL_PATTERNS: tuple[str, ...] = (
    r"\b(?:readers|listeners|viewers|members|supporters|people) like you\b",
    r"\bsupport(?:ing)? (?:independent|local|quality|public[- ]service|trusted|our)"
    r"(?: \w+)? (?:journalism|reporting|news|newsroom|radio)\b",
    # a price by the month beside the ask: "supporting us from just £3 a month"
    r"\b(?:support|supporting|supporter|subscribe|subscription|membership|donat\w*)\b.*"
    r"\bfrom (?:just |only )?\S{0,2}\d[\d.,]*\s?(?:\w+ )?(?:a|per|each) (?:month|week|year)\b",
    r"\b(?:give|donate|contribute|subscribe|support us)(?: now| today)\W*$",
    r"^(?:please )?(?:donate|give|contribute|support us)\b\W*(?:now|today|here)?\W*$",
    r"\bdon'?t miss (?:a|another) (?:story|thing|beat|update|headline)\b",
    r"\b(?:straight|direct(?:ly)?|delivered|sent) (?:to|into) your inbox\b",
    r"\bsign up\s*(?:->|→|›|»|>)?\s*$",
    r"^\W*(?:read|watch) (?:more|next|also)\s*:",  # "[ Read more: … ]"
)
APPEAL_MAX_WORDS = 40

#: A newsroom asking readers for their stories: by the desk it names ("Ring our news desk on
#: …", "email the newsroom at …") or by what it asks for ("Get in touch to share your story").
READER_CALLOUT = (
    r"\b(?:contact|call|e-?mail|message|ring|text|tell|write to|reach|get in touch with) "
    r"(?:our|the) (?:news ?desk|newsroom|news team|news desk team)\b"
    r"|^\W*(?:get in touch|contact us|tell us|e-?mail us|write to us|message us)\b.*"
    r"\b(?:your (?:story|stories|views|experiences?|pictures|photos|videos)|a (?:story|news tip))\b"
)
READER_CALLOUT_MAX_WORDS = 30
#: The note that tells who produced a story for the site, or where it ran first.
SYNDICATION_NOTE = (
    r"^(?:this|a version of this) (?:article|story|report|piece) (?:was |is |has been )?"
    r"(?:written|produced|supplied|provided|funded|commissioned|syndicated|republished"
    r"|(?:originally |first )?(?:published|appeared|ran))\b"
    r"|\blocal democracy reporting service\b.*\b(?:partnership|funded|scheme)\b"
)
SYNDICATION_NOTE_MAX_WORDS = 60

#: The label over a sponsor's box in a newsletter ("This issue is supported by …", "Sponsor:
#: …", "Brought to you by …"); the lines under it up to a blank line, a rule or a heading are
#: the advertisement. A sentence saying who funds something is no label (it is prose).
SPONSOR_LABEL = (
    r"^(?:(?:this|today'?s|this week'?s) (?:issue|newsletter|edition|episode|email|letter)"
    r"(?: is| was)? )?(?:sponsored|supported|brought to you|presented|made possible) by\b"
    r"|^(?:sponsor(?:ed)?|paid partnership|partner content|advertiser content)\b\s*(?:[:|–—-]|$)"
)
SPONSOR_LABEL_MAX_WORDS = 12
#: A sponsor's box set as one paragraph, its label and its pitch run together: the label names
#: the issue or the episode it pays for ("This issue is supported by Orsa Sensors. Know your
#: soil … Use code X for 10% off"), or the pitch holds an offer (a code, a discount, a trial).
SPONSOR_PARAGRAPH = (
    r"^\W*(?:this|today'?s|this week'?s) (?:issue|newsletter|edition|episode|email)(?: is| was)? "
    r"(?:sponsored|supported|brought to you|presented|made possible) by\b"
    r"|^\W*(?:sponsored|supported|brought to you|presented|made possible) by\b.{0,300}"
    r"(?:\b(?:promo|discount|coupon|offer) code\b|\buse (?:the )?code\b|\b\d+ ?% off\b"
    r"|\bfree trial\b)"
)
SPONSOR_PARAGRAPH_MAX_WORDS = 60
#: A sponsor's line: its name and then its slogan after a dash or a bar ("Sponsored by Orsa
#: Credit Union — Banking that stays local."), read as a sentence for its stop.
SPONSOR_SLOGAN = r"^\W*(?:sponsored|brought to you) by [^,.;:!?]{2,60}? (?:[—–|]|--?) \W*\w"
SPONSOR_SLOGAN_MAX_WORDS = 20
SPONSOR_BOX_MAX_LINES = 6  # lines a sponsor's box holds under its label at most

#: Two or more labels in brackets closing a line: a row of buttons ("[Accept all] [Reject all]").
BUTTON_ROW = r"(?:\[\s*[^\[\]\d]{1,25}?\s*\]\s*){2,}$"

FURNITURE_PATTERNS: tuple[tuple[str, int], ...] = (
    # cookie and privacy notices
    (r"\bcookie (?:policy|settings|preferences|notice|consent|banner)", 0),
    (r"\bwe (?:use|and our partners use) cookies\b", 0),
    (r"\b(?:uses?|using) cookies\b.*\b(?:you|your|our|experience)\b", 0),
    (r"\b(?:accept|allow|reject|manage|about) (?:all )?cookies\b", 0),
    (r"^cookies? (?:on|policy|settings)\b", 12),
    (PRESS_CONTACTS, 6),
    (PRESS_CONTACT_LINE, PRESS_CONTACT_LINE_MAX_WORDS),
    (PRESS_DISCLAIMER, 4),
    (PRESS_END_MARK, 3),  # "-ENDS-", "- ENDS -"
    # consent banners that never say "cookie": "we and our partners store and access
    # information on your device … Click “I agree” to consent"
    (
        r"\b(?:store|access) (?:and/or |and )?(?:access|store)? ?information on (?:your|a|the)"
        r" device\b",
        0,
    ),
    (r"\bclick\b.{0,12}\b(?:i agree|accept|agree|consent)\b.{0,40}\bto (?:consent|agree)\b", 0),
    (r"\b(?:click|tap) to (?:consent|refuse|reject|accept|agree)\b|\brefuse consent\b", 0),
    (r"^we (?:value|care about|respect) your privacy\b", 6),
    # a row of buttons written in brackets ("[ACCEPT ALL]  [MANAGE PREFERENCES]  [REJECT ALL]",
    # "Share this release: [Facebook] [X] [Email]"), not reference marks ("[1] [2]")
    (BUTTON_ROW, 20),
    # a search box's placeholder ("Search the Courier...") and a short breadcrumb ("NEWS > LOCAL")
    (r"^search\b[^.!?]{0,40}(?:\.\.\.|…)$", 6),
    (r"^[^\d.!?>]+\s[>»›]\s[^\d.!?>]+$", 5),
    (r"\bprivacy (?:policy|notice|settings|statement|center)\b", 12),
    (r"\bterms (?:of|and) (?:use|service|conditions)\b", 12),
    (r"\bdo not sell my\b", 12),
    (r"\bad ?choices\b", 8),
    # copyright and publisher footers
    (r"^(?:copyright|©|\(c\))", 0),
    (r"(?:©|copyright)\s*(?:\d{4}|by\b)", 0),
    (r"\ball rights reserved\b", 0),
    (r"\bpowered by\b", 8),
    # mirror banners, licences and encyclopedia hatnotes
    (r"\b(?:taken|copied|retrieved|mirrored|sourced|adapted) from wikipedia\b", 0),
    (r"\bwikipedia\b.*\b(?:licen[cs]e|attribution|share-?alike)", 0),
    (r"\bcreative commons\b.*\b(?:licen[cs]e|attribution)", 0),
    (r"\b(?:licen[cs]ed|available) under\b.*\b(?:cc|creative commons|gfdl|gnu)\b", 0),
    (r"^\(?redirected from\b", 0),
    (r"^(?:main|further) (?:article|information)s?:", 0),
    (r"^for other uses\b", 0),
    (r"^this article is about\b", 30),
    (r"^(?:this|the) (?:article|section) (?:needs|has multiple|relies)\b", 0),
    (r"^jump to (?:navigation|search|content)\b", 0),
    (r"^categor(?:y|ies)\s*:", 0),
    (r"^(?:tags?|topics?|filed under|posted in)\s*:", 0),
    (r"^infobox\b", 6),
    (r"^\{\{|\}\}$|^\[\[|^(?:file|image|thumb)\s*:", 0),
    (r"\.(?:svg|png|jpe?g|gif|webp)\b", 8),
    (r"\bcs1 maint\b|\{\{cite", 0),
    # comments
    (
        r"\b(?:leave|post|add|write|view|show|load|read|submit) (?:a |your |the |all |more )?"
        r"(?:\d+ )?(?:comment|reply|replie|response)s?\b",
        14,
    ),
    (r"\bno comments\b|\bcomments? (?:are |is )?(?:closed|off)\b", 25),
    (r"^\d+\s*(?:comments?|replies|responses|thoughts)\b", 25),
    (r"^[\w.@-]+(?: [\w.@-]+){0,3} (?:says|wrote|writes|replied)\s*:$", 5),
    (r"^(?:comments?|replies|reply|responses|discussion)\b\W*(?:\(\d+\))?$", 3),
    (r"\bclick (?:here )?to (?:comment|reply|share|print|email)\b", 12),
    (r"\bjoin the (?:discussion|conversation)\b", 12),
    (r"\bcancel reply\b|\bsave my name\b|\bnotify me\b", 0),
    (r"\blogged in to (?:post|comment)\b|\b(?:akismet|disqus)\b", 0),
    (COMMENT_INVITATION, 25),
    # prompts for readers' tips and shares ("Got a story? Email …", "Forward it to a friend")
    (r"^got a (?:story|tip|news tip|question)\b", 25),
    (
        r"^(?:are you|have you been|were you) affected\b.*\b(?:e-?mail|contact|get in touch"
        r"|message us|call|tell us)\b",
        30,
    ),
    # a newsroom's call-out ("… Ring our news desk on …", "Get in touch to share your story")
    (READER_CALLOUT, READER_CALLOUT_MAX_WORDS),
    # a syndication or partnership note under a story ("This story was produced for a
    # reporting partnership …", "A version of this article first appeared in …")
    (SYNDICATION_NOTE, SYNDICATION_NOTE_MAX_WORDS),
    (
        r"\bforward (?:it|this|this email|this newsletter|this page) to a (?:friend|colleague)\b"
        r"|^view (?:this|it|the) (?:email|newsletter|message|issue) (?:in|on) (?:your|a|the) "
        r"(?:browser|web)\b",
        30,
    ),
    # "Do you have pictures of …? Email …", "Were you there? Send your videos to …"
    (
        r"^(?:(?:do|did) you (?:have|see|witness|take|hear|know|film)|were you (?:there|at|in|on"
        r"|near|caught))\b[^?]{0,80}\?\s*(?:e-?mail|contact|send|share|get in touch|message|call"
        r"|whatsapp|tell us)\b",
        30,
    ),
    # "Not a member yet? Join …", "Not yet a subscriber? …"
    (r"^not (?:yet )?an? (?:member|subscriber|supporter|donor|reader)(?: yet)?\?", 40),
    # appeals for money or sign-ups, by what they ask ("Support independent journalism",
    # "… made possible by readers like you", "Become a supporter from 3 crowns a month",
    # "Give now"), not by who asks
    *((pattern, APPEAL_MAX_WORDS) for pattern in APPEAL_PATTERNS),
    # teaser links set off by arrows inside an article (">> Groom's fury as …")
    (r"^(?:>>|»)\s*\S", 25),
    # a paywall's or meter's prompt ("You've read all of your free articles this month",
    # "… and enjoy unlimited access to the journalism you trust")
    (
        r"\byou(?:'ve| have) (?:read|used|reached|had) (?:all )?(?:of )?your (?:\w+ )?free "
        r"(?:articles?|stories|reads|views)\b|\bfree (?:articles?|stories) (?:left|remaining)\b"
        r"|\byou(?:'ve| have) reached your (?:\w+ )?(?:article|story|reading) limit\b",
        25,
    ),
    (
        r"\bunlimited (?:digital )?access to (?:\w+ ){0,3}(?:journalism|articles|stories|news"
        r"|reporting|content)\b",
        25,
    ),
    # a link to a file to download ("Download the full report (PDF, 2 MB)"), or a list's line
    # that is only the file's name and type ("Map of the scheme area (PDF, 1.2MB)")
    (
        r"^(?:download|view|open|print|get)\b[^.!?]{0,80}\((?:pdf|docx?|xlsx?|csv|zip|epub)\b[^)]*\)$",
        16,
    ),
    (r"^[^.!?()]{2,100}\((?:pdf|docx?|xlsx?|odt|ods|csv|zip|epub)\b[^)]*\)$", 16),
    # the heading over a list of links to files or pages ("Documents", "Related pages")
    (r"^(?:documents|downloads|attachments|supporting documents|useful links)\W*$", 2),
    # feedback widgets of public and service pages
    (r"^(?:was|is) this (?:page|article|information|answer) (?:helpful|useful)\b", 10),
    (r"^report a (?:problem|mistake|fault) (?:with|on) this page\b", 8),
    # subscribe, newsletters, notifications, accounts
    (r"\b(?:sign up|subscribe|register)\b.*\b(?:newsletter|updates|e-?mails?|inbox|alerts?)", 0),
    (r"\benter your e-?mail\b|\byour e-?mail address\b|\be-?mail address\s*:", 0),
    (r"\bnewsletters?\b", 10),
    (r"^subscribe\b|\bsubscribe (?:now|today|to|for|via|here)\b", 12),
    (r"\bnotifications?\b.*\b(?:subscribed|blocked|enable|allow|turn on|off)\b", 0),
    (r"\byou are (?:now )?subscribed\b|\balready (?:a )?subscribe", 0),
    (r"^(?:sign|log) ?(?:in|out|up)\b|\bmy account\b|^register\b|^create (?:an )?account\b", 8),
    (r"\bforgot (?:your )?password\b", 0),
    # share bars and social prompts
    (
        r"^(?:share|tweet|pin|email|print|save|gift|bookmark|listen to)(?: this)?"
        r"(?: (?:article|story|post|page|link))?(?: (?:on|via|with|for) \w+)?\W*$",
        6,
    ),
    (r"\bshare (?:on|via|this|the story|article)\b|\bsharing is caring\b", 10),
    # a share bar set one item a line ("Facebook", "WhatsApp", "Copy link")
    (
        r"^(?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|bluesky"
        r"|threads|mastodon|copy link|copy url|e-?mail this|print this)$",
        2,
    ),
    # "Share  f  X  in  Email": a share bar's label and its networks' letters and names
    (
        r"^share\b(?:\W+(?:f|x|in|fb|g|p|email|e-mail|mail|facebook|twitter|whatsapp|linkedin"
        r"|reddit|pinterest|telegram|messenger|print|copy(?: link)?|link|sms|threads|bluesky"
        r"|mastodon))+\W*$",
        12,
    ),
    (r"^\d+\s*shares?\b", 4),
    (
        r"^(?:share|save|comment|print|email|tweet|like)(?: (?:share|save|comment|comments|print|"
        r"email|tweet|like|listen|copy link|gift|follow))+\b",
        12,
    ),
    (r"\blisten to (?:this|the) (?:article|story)\b|\baudio version of this article\b", 12),
    (r"\bfollow us\b|\bconnect with us\b|\blike us on\b|\bfind us on\b", 12),
    (r"\bbloggers like this\b|^like this:|^like loading", 0),
    # advertising
    (SPONSOR_PARAGRAPH, SPONSOR_PARAGRAPH_MAX_WORDS),
    (SPONSOR_SLOGAN, SPONSOR_SLOGAN_MAX_WORDS),
    (r"^(?:advertisement|advertising|sponsored(?: content| links?)?|promoted(?: content)?|ad)$", 0),
    (r"\b(?:story|article|content) continues (?:below|after)\b", 0),
    (r"\bcontinue reading (?:below|the main story)\b|^scroll (?:down )?to continue\b", 0),
    (r"\badvertise (?:with|on) us\b", 8),
    (r"^also\s*:\s", 12),
    # related and recommended blocks
    (
        r"^(?:related|recommended|suggested|popular|trending|featured|latest|top|more)"
        r"(?: \w+)?(?: (?:articles?|posts?|stories|news|content|videos?|reads?|links?|topics?|"
        r"pages|documents|downloads|coverage|for you|now|this week|today))\W*$",
        6,
    ),
    (r"^(?:read|watch) (?:more|next|also)\b|^see (?:more|next)\b|^see also\W+\w", 20),
    (r"\byou (?:may|might) (?:also )?(?:like|enjoy|be interested)\b", 12),
    (r"^more (?:from|in|on|about|stories|articles|news)\b", 8),
    (r"^most (?:popular|read|viewed|shared|commented|recent)\b", 8),
    (r"^(?:editor'?s|staff) picks?\b|^what to read next\b|^don'?t miss\b", 8),
    # "Previous article …", "Next: …", "« Previous" — not a sentence opening with "Previous"
    (
        r"^\W*(?:previous|prev|next) (?:article|post|story|page|item|slide)\b"
        r"|^\W*(?:previous|prev|next)(?:\s*[:»›>→←|–-]|\W*$)",
        12,
    ),
    (r"^related:", 25),
    (r"^(?:related|recommended|trending|popular|featured|sponsored)\W*$", 1),
    (r"^(?:trending|popular|latest|more|top stories|most read) (?:in|on|from|at)\b", 5),
    (r"^(?:about|über|à propos de|sobre|acerca de) (?:the author|[\w.'-]+(?: [\w.'-]+){0,2})$", 4),
    (r"^\d+ (?:of|/) \d+$|^\d+h\d*$", 3),
    (r"^(?:tel|phone|fax|e-?mail|telefon|téléphone)\.?\s*:", 8),
    (r"^(?:related )?tags?\b", 12),
    (r"^image (?:copyright|caption|source)\b|^(?:image|caption|photo|video|gallery|slideshow)$", 6),
    (
        r"\b(?:back to|see full|view full|open) (?:the )?gallery\b"
        r"|\b(?:requires|enable) javascript\b",
        8,
    ),
    (
        r"^(?:advert|advertentie|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|"
        r"реклама|iklan|reklama)$",
        1,
    ),
    (r"^sources?\s*:?$|^\d+\s*[-–]\s*\d+ of \d+$|^@\w+$|\s@\w+$", 4),
    (r"\bclick(?:ing)? here\b|\bthanks for (?:signing up|subscribing|reading)\b", 15),
    (r"\bunsubscribe\b|\bopt[- ]in\b|\bno spam\b|\byour subscription\b", 40),
    (r"\b(?:may|can) be reached (?:at|by)\b|^have a (?:news )?tip\b", 30),
    (r"^follow (?:[\w.@'-]+ ){0,3}on (?:instagram|facebook|twitter|youtube|linkedin|tiktok)", 15),
    (r"\bsubject to copyright\b|^explore (?:further|more)\b|^citation\s*:", 30),
    # the same furniture in other major languages
    (
        r"\b(?:das könnte sie auch interessieren|vous aimerez aussi|te puede interesar|"
        r"você também pode gostar|potrebbe interessarti|вам также может быть интересно|"
        r"читайте также|похожие записи|weitere beiträge|ähnliche beiträge|"
        r"articles? (?:similaires|liés)|artículos relacionados|artigos relacionados|"
        r"articoli correlati|lees ook|gerelateerde artikelen)\b",
        8,
    ),
    (
        r"\b(?:добавить комментарий|оставить комментарий|kommentar (?:schreiben|hinterlassen|"
        r"verfassen)|laisser un commentaire|deja un comentario|deixe um comentário|"
        r"lascia un commento|reageer|plaats een reactie|kommentare?|komentar|комментари[йи])\b",
        8,
    ),
    (r"^(?:teilen|partager|compartir|compartilhar|condividi|поделиться|delen)\b", 4),
    (
        r"\b(?:datenschutz|impressum|mentions légales|aviso legal|política de privacidad|"
        r"política de privacidade|политика конфиденциальности|alle rechte vorbehalten|"
        r"tous droits réservés|todos los derechos reservados|todos os direitos reservados|"
        r"все права защищены)\b",
        12,
    ),
    # navigation
    (r"^(?:back )?to (?:the )?top\b|^skip to\b|^(?:main )?menu\b|^toggle navigation\b", 6),
    (r"^(?:home|search|close|open|menu|loading|x)\W*$", 1),
    (r"^[^.!?]*(?:\s[>»›]\s[^.!?]*){2,}$", 12),  # breadcrumbs: Home > News > Region
    (r"\bcontact us\b|\babout us\b|\bsite ?map\b", 8),
    # bylines and article meta
    (r"^(?:by|written by|posted by|author:|words by|story by|reported by|edited by)\s", 10),
    (r"^(?:updated )?\d+\s*(?:[smhd]|mins?|minutes?|hours?|hrs?|days?) ago$", 4),
    (r"\b\d+\s*min(?:ute)?s? read\b|^reading time\b|\bviews?:\s*\d", 10),
    (r"^(?:last )?(?:updated|modified|published|posted)(?: on)?\b", 14),
    # a wire's sign-off: "Our Standards: The … Trust Principles.", "(Reporting by …; Editing by …)"
    (r"^our standards\s*:", 10),
    (r"^\((?:additional )?(?:reporting|writing|editing) by\b|\bediting by [a-z .'-]+\)?$", 40),
    (r"^about the (?:author|publisher)\b", 6),
)

#: Short lines that usually open the after-article zone; each is also a furniture line.
BARRIER_PATTERNS: tuple[str, ...] = (
    r"^(?:\d+\s*)?(?:comments?|replies|responses|thoughts)\b",
    COMMENT_INVITATION,
    r"\b(?:leave|post|add|write|load|view|show) (?:a |your |the |all )?(?:\d+ )?comments?\b",
    r"^(?:related|recommended|suggested|popular|trending|more)\b[^:]*$",
    r"\byou (?:may|might) (?:also )?(?:like|enjoy|be interested)\b",
    r"^most (?:popular|read|viewed|shared|commented)\b",
    r"^about the (?:author|publisher)\b",
    r"^(?:copyright|©)",
    r"\ball rights reserved\b",
    r"\bbloggers like this\b",
    r"\b(?:leave|post) a (?:reply|response)\b",
    PRESS_CONTACTS,
    PRESS_DISCLAIMER,
    PRESS_END_MARK,
)
BARRIER_MAX_WORDS = 25
#: Barriers that open a comment section: the article does not go on after them.
COMMENT_HEADER_PATTERNS: tuple[str, ...] = (
    r"^\d+\s*(?:comments?|replies|responses|thoughts)\b.{3,}",
    r"^\d+\s*(?:comments?|replies|responses)$",  # a heading over the readers' comments
    r"^(?:comments?|replies|responses)\s*\(\d+\)$",  # "Comments (23)"
    COMMENT_INVITATION,
    r"^(?:comments?|replies|responses|thoughts) (?:on|to)\b",
    r"\bjoin the (?:discussion|conversation)\b|\bcomments are closed\b",
    r"\b(?:leave|post|add|write|load|view|show) (?:a |your |the |all )?(?:\d+ )?comments?\b",
    r"\b(?:leave|post) a (?:reply|response)\b",
)

#: A line whose words are all from this list is a menu or link bar.
MENU_WORDS = frozenset(
    _words("""home news sport sports business world politics opinion culture life lifestyle style
    travel tech technology science health entertainment video videos photos podcasts podcast
    weather local national international economy markets money search menu more login logout
    register subscribe account contact about us help faq jobs careers advertise privacy terms
    archive archives rss feed feeds facebook twitter instagram youtube linkedin pinterest reddit
    whatsapp telegram flipboard mix email print share tweet pin follow newsletter newsletters
    blog blogs shop store sections section topics tags categories category sitemap close skip
    next previous prev back top edition english live latest trending popular and the of
    reviews review features gallery galleries events event comments comment reply x""")
)

#: Caption evidence: photo credits and agency marks.
CAPTION_PATTERNS: tuple[str, ...] = (
    r"\((?:image|photo|picture|video)? ?(?:credit|source|courtesy)s?\s*:",
    r"\b(?:photo|image|picture|illustration|video)(?:graph)?\s*(?:credit)?\s*(?::|by\b)",
    r"\b(?:ap|afp|reuters|epa|getty|xinhua|tass|efe|ansa|upi|pa)\s*(?:photo|images?)\b",
    r"\b(?:photo|image)s?\s*/\s*\w",
    r"/\s*(?:ap|afp|reuters|getty images|epa|shutterstock|alamy|tass)\b",
    r"\b(?:getty images|shutterstock|istock|alamy|wikimedia commons)\b",
    r"credits?\s*:",
    r"\b(?:submitted|file|staff|handout|courtesy|contributed) (?:photo|image)s?\b",
    r"^(?:pictured|above|below|left|right|top|bottom|file photo)\s*[:,]",
)

#: Words a dateline may hold besides the date itself.
DATELINE_WORDS = frozenset(
    _words(
        """published updated posted modified issued reviewed revised last first on at by am pm
        a.m. p.m. gmt utc ist est edt cst cdt pst pdt bst cet cest et pt ct z date time and | -
        – — , : · •"""
    )
)
#: Words a date's label may open with before the word that says whose date it is ("First
#: published", "Last distributed", "Date issued").
DATE_LABEL_OPENERS = frozenset(_words("first last date"))
#: Datelines are looked for this many lines around the title (and the article's first line) ...
DATELINE_REACH = 8
#: ... or anywhere when they say what they are.
DATELINE_LABEL = (
    rf"^\W*(?:(?:first |last )?(?:published|posted|updated|modified|date)\b|{RELEASE_DATE_LABEL})"
)
#: A line opening with one of these (or another past participle: "Opened", "Founded") states
#: a fact with its date (an infobox row), not when the page was published.
FACT_DATE_LABELS = frozenset(
    _words("born died since until from between built begun began released launched")
)
#: A dateline has at most this many words besides the date and dateline words.
DATELINE_MAX_EXTRA_WORDS = 4
#: ... of which at most this many in lower case (a sentence has more).
DATELINE_MAX_LOWERCASE_WORDS = 1
DATELINE_MAX_WORDS = 16
#: When both numbers of a numeric date could be the day, read it day-first (most of the world).
NUMERIC_DATES_DAY_FIRST = True
#: Two-digit years below this are 20xx, the rest 19xx ("11/20/19" is 2019-11-20).
TWO_DIGIT_YEAR_PIVOT = 50

MONTHS: dict[str, int] = {
    **{
        m: i + 1
        for i, m in enumerate(
            _words(
                "january february march april may june july august september october november "
                "december"
            )
        )
    },
    **{m: i + 1 for i, m in enumerate(_words("jan feb mar apr may jun jul aug sep oct nov dec"))},
    "sept": 9,
    # French, German, Spanish, Portuguese, Italian, Dutch, Indonesian month names
    **{
        m: i + 1
        for i, m in enumerate(
            _words(
                "janvier février mars avril mai juin juillet août septembre octobre novembre "
                "décembre"
            )
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            _words(
                "januar februar märz april mai juni juli august september oktober november dezember"
            )
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            _words(
                "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                "diciembre"
            )
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            _words(
                "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
                "dezembro"
            )
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            _words(
                "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
                "novembre dicembre"
            )
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            _words(
                "januari februari maret april mei juni juli agustus september oktober november "
                "desember"
            )
        )
    },
}

# --- language profiles -----------------------------------------------------------------------
# The commonest function words of each language; used both to guess the language and to measure
# stop-word density (prose has many, menus and titles few).

LANGUAGE_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": """the of and to a in is that for it as was with be by on not he i this are or
            his from at which but have an they you were her she there been has their one all we
            would if will more when so who had no what its about up out them than into can
            other some could only our these two may then do also after first any new like over
            such should where most your between did him those through how many because each
            while us very being same both since during under until against because whose
            before any off again here why own those am does my me shall upon""",
        "de": """der die und in den von zu das mit sich des auf für ist im dem nicht ein eine
            als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie
            einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein
            wurde sei ich wir ihr ihre diese dieser dieses kann können wenn""",
        "fr": """de la le et les des en un du une que est pour qui dans a par plus pas au sur
            ne se ce il sont avec ou son mais comme on été elle ont aux ses leur cette nous
            vous je lui y sa fait être dont tout peut entre ces""",
        "es": """de la que el en y a los del se las por un para con no una su al lo como más
            pero sus le ya o fue este ha sí porque esta son entre cuando muy sin sobre ser
            también me hasta hay donde han quien desde todo nos durante todos uno les ni
            contra otros""",
        "pt": """de a o que e do da em um para é com não uma os no se na por mais as dos como
            mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só
            pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas me esse
            eles você essa num nem suas meu às minha""",
        "it": """di e il la che in a per un è del non si da le con una i dei al della sono
            più gli lo come ma alla nel anche ha questo delle se nella ci o suo sua essere
            tra quando ne loro molto dal stato""",
        "nl": """de en van het een in is dat op te zijn met voor niet die aan er om ook als
            bij maar dan nog wordt door naar uit of was worden heeft hij ze zich al deze dit
            kan wel geen worden over meer tot""",
        "sv": """och i att det som en på är av för med till den har de inte om ett han var
            men från vi så kan hon sig jag eller efter när vid också under mot ska skulle
            detta bara ut dessa""",
        "pl": """i w na z do że się nie to jest o jak po a od za przez dla co jego tak ale
            są jej być czy już tylko przy może było jako ich także który która które oraz
            lub gdy tym był""",
        "ru": """и в не на что с по как он это к из у за от о так но его для то все же было
            был она они вы мы бы или ее только уже при же если когда их был также до этого
            может может быть есть который которые""",
        "uk": """і в у не на що з та до як це за від по він його для але так є ми ви вони
            було був була також які який яка що щоб коли при про вже лише тому через""",
        "tr": """ve bir bu da de için ile olarak çok daha ne gibi en ama o sonra kadar değil
            var olan ya şu her veya mi ki ben sen biz onlar olduğunu""",
        "id": """yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada
            adalah saya kita kami mereka atau oleh karena sudah bisa tersebut telah lebih
            seperti jika hanya dia harus saat tetapi secara""",
    }.items()
}
#: Language guessing needs at least this many stop-word hits.
LANGUAGE_MIN_HITS = 3
#: Share of CJK characters among letters above which the text is taken as CJK.
CJK_MIN_SHARE = 0.3
# A declared language is checked against the text only when the text is this long (a short
# text holds too few stop words to overrule the page's own declaration).
LANGUAGE_CHECK_MIN_WORDS = 60
