"""Where a sentence states a reason: causal verbs ("X caused Y", "Y was blamed on X") and the
clauses that reason cues open ("because …", "due to …", "after …").

Pure text functions over one sentence; `extractive.reason_span` picks among them.
"""

from __future__ import annotations

import re

from sourcedesk.answer import lexicon as lx

# A cause named by a causal verb ("X caused the collapse") answers a why-question more directly
# than a clause that a preposition opens.
CAUSAL_SPAN_SCORE = 1.2
# "for", "as", "to", "after", "over", "since" open reasons less surely than "because" or "due to".
WEAK_CUE_SPAN_SCORE = 0.5
# "But its cutback led …": the conjunction joins the sentence to the one before, it is no cause
LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still),?\s+")


OUTRIGHT_CAUSE = re.compile(r"\b(?:because|due to|owing to|blamed|blames)\b", re.IGNORECASE)


def names_a_cause(text: str) -> bool:
    """Whether a sentence says outright that something caused something ("started by",
    "because", "led to"): worth reading for a why-question however low BM25 ranks it."""
    return any(p.search(text) for p in (lx.CAUSED_BY, OUTRIGHT_CAUSE, lx.CAUSE_VERBS))


def causal_clause(text: str, anchor_starts: list[int]) -> tuple[int, int] | None:
    """The cause a causal verb names for what the question asks about, if the sentence has one.

    Active voice ("A, together with B, caused the collapse"): the subject before the verb, when a
    question word comes after it. Passive ("the collapse was blamed on A"): the clause after the
    verb, when a question word comes before it.
    """
    stated = _cause_is(text, anchor_starts)
    if stated:
        return stated  # "the most probable cause … was X": "cause" is no verb there
    for match in lx.CAUSE_VERBS.finditer(text):
        if _cause_noun(text, match):
            continue  # "to determine the cause of the failure": a noun, no verb
        if PASSIVE_BY.match(text, match.end()):
            continue  # "the power cut was caused by a loose wire": the cause follows (below)
        if any(a >= match.end() for a in anchor_starts):
            start = clause_start(text, match.start())
            opener = LEADING_CONJUNCTION.match(text, start)
            start = opener.end() if opener else start
            framed = _framed_subject(text, start, match.start())
            if framed is None:
                continue  # "found no evidence that the software contributed to": denied
            start = framed
            subject = text[start : match.start()].strip(" ,")
            if subject.split()[-1:] in (["and"], ["but"], ["or"]):
                continue  # "This caused a row and led to charges": a second verb, no cause
            if NEGATED_VERB_END.search(subject):
                continue  # "We did not cause the delay": a denial, no cause
            if not re.findall(r"\w+", match.group().lower())[0].endswith("ing"):
                # "The bloom led the board to …, caused …"; "Halvik added a camera, prompting
                # …" keeps its whole clause: the deed is the cause
                subject = _before_first_verb(subject)
            if _only_asked_words(text, start, start + len(subject), anchor_starts):
                continue  # "The collapse led to the closure": what the asked event caused
            if len(subject.split()) >= 2:
                return start, start + len(subject)
    for match in lx.CAUSED_BY.finditer(text):
        if any(a < match.start() for a in anchor_starts):
            end = clause_end(text, match.end())
            if end - match.end() > len(" a b"):
                return match.end() + 1, end
    return _blamed(text, anchor_starts) or _named_factor(text, anchor_starts)


PASSIVE_BY = re.compile(r"\s+by\b", re.IGNORECASE)
AUXILIARY_BEFORE = lx.words("was were been had has have is are be being never not also just")
RELATIVES = lx.words("that which who whom whose where when")


def _before_first_verb(subject: str) -> str:
    """A causal verb's subject cut before a verb of its own: "The bloom led the authority to
    close the lake, caused …" is caused by "The bloom"."""
    words = subject.split()
    for k in range(2, len(words)):
        if words[k - 1].lower() in RELATIVES or words[k - 2].lower() in RELATIVES:
            return subject  # "a warning that was never acted on": a relative clause's verb
        low = words[k].lower().strip(",;")
        if lx.past_form(low) and words[k - 1].lower() not in AUXILIARY_BEFORE:
            return " ".join(words[:k]).rstrip(" ,")
    return subject


NEGATED_VERB_END = re.compile(r"(?:\bnot|\bnever|n['’]t)$", re.IGNORECASE)
# A frame that denies the "that" clause after it: "found no evidence that", "denied that"
DENYING_FRAME = re.compile(
    r"\b(?:no|little|scant)\s+(?:evidence|sign|signs|indication|proof|suggestion)\b"
    r"|\bruled\s+out\b|\bden(?:y|ies|ied)\b|\brejected\b|\bdismissed\b"
    r"|\b(?:not|never)\s+(?:found|find|shown|proven|proved|established)\b",
    re.IGNORECASE,
)


CAUSE_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|main|root|probable|likely|possible|real|underlying)"
    r"\s+$",
    re.IGNORECASE,
)


def _cause_noun(text: str, match: re.Match[str]) -> bool:
    """Whether a matched "cause" is the noun ("the cause of the failure")."""
    if match.group().lower() not in ("cause", "causes"):
        return False
    before = text[max(0, match.start() - 20) : match.start()]
    return bool(CAUSE_NOUN_BEFORE.search(before)) or text.startswith(" of ", match.end())


# A "that" that opens what someone says, finds or denies ("said on Tuesday that", "found no
# evidence so far that"), not a relative one ("a warning that was never acted on").
FRAMING_THAT = re.compile(
    r"\b(?:said|says|say|found|find|finds|concluded|concludes|believes?|believed|think|thinks"
    r"|thought|claim(?:s|ed)?|argue[sd]?|show(?:s|ed|n)?|suggest(?:s|ed)?|state[sd]?|noted"
    r"|add(?:s|ed)|insist(?:s|ed)?|reported|confirm(?:s|ed)?|admit(?:s|ted)?|den(?:y|ies|ied)"
    r"|maintain(?:s|ed)?|repeat(?:s|ed)?|view|evidence|indication|sign|proof)"
    r"(?:\s+[\w'’]+){0,3}?\s+that\s+",
    re.IGNORECASE,
)


def _framed_subject(text: str, start: int, verb: int) -> int | None:
    """Where the cause before a causal verb starts: after the last "that" of a frame ("engineers
    said that heavy rain caused …": "heavy rain"), or None when the frame denies it ("found no
    evidence that the software contributed to …")."""
    said = list(FRAMING_THAT.finditer(text, start, verb))
    if not said:
        return start  # "a warning that was never acted on caused …": a relative "that"
    if DENYING_FRAME.search(text, start, said[-1].end()):
        return None
    return said[-1].end()


# "the most probable cause was a crack in a weld", "the cause of the collapse was …": what follows
CAUSE_IS = re.compile(
    r"\bthe\s+(?:[a-z]+\s+){0,3}?(?:cause|causes|reason|explanation|trigger)"
    r"(?:\s+(?:of|for)\s+[^,;]{1,60}?)?\s+(?:was|is|were|are|had been|has been)\s+"
    r"(?!(?:not|unclear|unknown|being)\b)",
    re.IGNORECASE,
)


def _cause_is(text: str, anchor_starts: list[int]) -> tuple[int, int] | None:
    """The cause a sentence names after "the cause was": the clause after the verb, when the
    question's words are not in it (they are in what is explained, or around it)."""
    match = CAUSE_IS.search(text)
    if match is None:
        return None
    end = clause_end(text, match.end())
    if end - match.end() <= len("a b") or not _outside(anchor_starts, match.end(), end):
        return None
    return match.end(), end


def _blamed(text: str, anchor_starts: list[int]) -> tuple[int, int] | None:
    """The cause a verb of blame names: "A was blamed for the collapse" (the subject),
    "engineers blamed A for the collapse" (the object), "police blamed the crash on A" and
    "attributed the crash to A" (what follows "on" or "to"); the part that holds the question's
    words is what is explained, so the cause is the other."""
    for match in lx.WAS_BLAMED_FOR.finditer(text):
        if any(a >= match.end() for a in anchor_starts):
            start = clause_start(text, match.start())
            if len(text[start : match.start()].split()) >= 2:
                return start, match.start()
    for match in lx.BLAMED_FOR.finditer(text):
        start, end = match.span(1)
        if any(a >= match.end() for a in anchor_starts) and _outside(anchor_starts, start, end):
            return start, end
    for match in lx.BLAMED_ON.finditer(text):
        start, end = match.span(1)
        close = clause_end(text, match.end())
        # what is blamed holds the question's words, or at least the cause does not
        explained = not _outside(anchor_starts, start, end)
        if (explained or _outside(anchor_starts, match.end(), close)) and close - match.end() > 3:
            return match.end(), close
    return None


def _only_asked_words(text: str, start: int, end: int, anchor_starts: list[int]) -> bool:
    """Whether every content word of a clause is one of the question's ("The collapse" for
    "Why did the roof collapse?"): the clause is the asked event, not its cause."""
    anchors = set(anchor_starts)
    content = [
        m.start()
        for m in re.finditer(r"[\w'’-]+", text[start:end])
        if m.group().lower() not in lx.STOPWORDS
    ]
    return bool(content) and all(start + at in anchors for at in content)


def _outside(anchor_starts: list[int], start: int, end: int) -> bool:
    return not any(start <= a < end for a in anchor_starts)


# "… said that its larger door was a deciding factor": the subject is the reason
FACTOR = re.compile(
    r"\s+(?:was|were|is|are|had been|has been)\s+(?:a|the|one of the)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:factor|factors|reason|reasons|cause|explanation|culprit)\b"
    r"(?P<explains>\s+(?:for|of|why|behind)\b)?",
    re.IGNORECASE,
)
BELIEVES = re.compile(
    r"\s*(?:[\w'’-]+\s+){1,3}?(?:believes?|believed|says|said|thinks|thought|argues|argued"
    r"|claims|claimed|insists|insisted|suspects|suspected)\s+(?!that\b)",
    re.IGNORECASE,
)


def _named_factor(text: str, anchor_starts: list[int]) -> tuple[int, int] | None:
    """The subject a sentence calls a factor or a reason ("its larger door was a deciding
    factor"), after a frame of saying before it ("said that …", `_framed_subject`), none when
    the frame denies it; with "a reason for …" only when what it
    explains holds the question's words and the subject does not ("the storm was the reason
    for the delay" answers why the delay, not why the storm)."""
    match = FACTOR.search(text)
    if match is None:
        return None
    framed = _framed_subject(text, clause_start(text, match.start()), match.start())
    if framed is None:
        return None  # "denied that the door was a factor"
    start = framed
    believes = BELIEVES.match(text, start)
    start = believes.end() if believes else start  # "She believes the drug itself is …"
    subject = text[start : match.start()].strip(" ,")
    if len(subject.split()) < 2:
        return None
    if match.group("explains"):
        explains = any(a >= match.end() for a in anchor_starts)
        if not explains or not _outside(anchor_starts, start, match.start()):
            return None
    return start, start + len(subject)


def clause_start(text: str, before: int) -> int:
    """Where the clause that ends at `before` starts (after a semicolon or a leading phrase)."""
    cut = max(text.rfind("; ", 0, before) + 2, 0)
    return cut if cut > 1 else 0


# "The siren had no backup battery, so it fell silent in the power cut": the clause
# before ", so" is the reason for the one after it ("so far", "so many" qualify, "so that"
# gives a purpose, and "so-called" names)
SO_CONSEQUENCE = re.compile(r",\s+(?:and\s+)?so\s+(?!that\b|far\b|much\b|many\b|long\b|too\b)")


def consequence_reason(text: str, term_starts: list[list[int]]) -> tuple[int, int] | None:
    """The clause before ", so …" when one of the question's terms (`term_starts`: where
    each is told) is told after "so" and not before it: the sentence gives what the question
    asks about as the consequence of that clause ("… had no backup battery, so it fell
    silent in the power cut"; the siren is told on both sides, "silent" after only)."""
    for match in SO_CONSEQUENCE.finditer(text):
        start = clause_start(text, match.start())
        if match.start() - start <= len("a b c"):
            continue
        if any(
            any(a >= match.end() for a in starts)
            and not any(start <= a < match.start() for a in starts)
            for starts in term_starts
        ):
            said = list(THAT_CLAUSE.finditer(text, start, match.start()))
            return (said[-1].end() if said else start), match.start()
    return None


# "The audit found that … and that its siren had no battery, so …": the reason is the last
# clause reported, not the report
THAT_CLAUSE = re.compile(FRAMING_THAT.pattern + r"|\band\s+that\s+", re.IGNORECASE)


STRONG_CUES = lx.REASON_CUES[: lx.REASON_CUES.index("in order to") + 1]
# "ejected for spitting", "fined for breaking": "for" and a gerund give the deed punished or
# praised, as surely as "because".
FOR_GERUND = r"for(?=\s+(?:[a-z]+ly\s+)?[a-z]+ing\b)"  # "fined for illegally hiring"
_STRONG = [re.compile(rf"\b{re.escape(cue)}\b", re.IGNORECASE) for cue in STRONG_CUES]
_STRONG.append(re.compile(rf"\b{FOR_GERUND}", re.IGNORECASE))
# "suspended after violating federal law": "after" and a gerund give the deed, surely
# enough to be picked within a sentence, but they also tell mere sequence ("left the hall
# after hearing the bell"), so they rank a sentence no higher than a weak cue
AFTER_GERUND = re.compile(r"\bafter(?=\s+(?:[a-z]+ly\s+)?[a-z]+ing\b)", re.IGNORECASE)
_STRONG.append(AFTER_GERUND)
# "the hall's roof collapsed under deep snow", "the deck gave way under a crowd": the load a
# structure failed under is why it failed
FAILED_UNDER = (
    "collapsed",
    "collapses",
    "buckled",
    "sagged",
    "failed",
    "broke",
    "cracked",
    "sank",
    "gave way",
    "caved in",
)
_STRONG.extend(re.compile(rf"(?<=\b{verb} )under\b", re.IGNORECASE) for verb in FAILED_UNDER)
_WEAK = [
    re.compile(rf"\b{re.escape(cue)}\b", re.IGNORECASE)
    for cue in lx.REASON_CUES[len(STRONG_CUES) :]
]
WEAK_CUE_CHARS = 60  # a weak cue further than this from the question's words opens no reason
LEADING_CLAUSE_CHARS = 3  # a cue this near the start opens a clause that ends at a comma


# A cue whose object points back to the sentence before ("Because of that, …", "due to this").
POINTS_BACK = re.compile(
    r"(?:because of|due to|owing to|as a result of|in response to)\s+(?:that|this|it)"
    r"(?=\s*[,.;]|\s+(?:we|they|he|she|it|i|you|the|there|our|its)\b)"  # not "that decision"
    r"|for (?:this|that) reason\b",
    re.IGNORECASE,
)


def is_strong_cue(text: str) -> bool:
    """Whether the text opens on a cue that surely gives a reason."""
    return any(pattern.match(text) for pattern in _STRONG)


# "since 1994", "after March", "since then": a weak cue opening a time
TIME_AFTER = re.compile(
    r"\s+(?:\d|then\b|(?:early|late|mid)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|(?:last|next|this)\s+(?:week|month|year)\b"
    # "halted the lift for about three hours": how long, no reason
    r"|half\s+(?:an?\s+)?(?:hour|day|minute|week|month|year|century)\b"  # "for half an hour"
    r"|(?:(?:about|around|nearly|almost|some|over|more\s+than|up\s+to|at\s+least|at\s+most"
    r"|less\s+than|another|a\s+further)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:more\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b)",
    re.IGNORECASE,
)


# "taken to hospital with burns", "treated for shock": what someone was treated for is why
TREATED_WITH = re.compile(
    r"\b(?:hospital|treated|admitted|hospitali[sz]ed|airlifted)\b[^,;.]{0,40}?\b(with)\s",
    re.IGNORECASE,
)
TREATED_REACH = 60  # characters before the question's last word the hospital may stand


# "The meeting was halted … when protesters unfurled a banner": what stopped it is why
STOPPED_WHEN = re.compile(
    r"\b(?:halted|stopped|interrupted|suspended|evacuated|cleared|abandoned|postponed|delayed"
    r"|grounded|adjourned|called\s+off)\b[^;]{0,60}?\b(when)\s+(?:an?|the|\w+s)\s",
    re.IGNORECASE,
)


VERB_TAKING_FOR = re.compile(
    r"\b(?:call|calls|called|calling|ask|asks|asked|apply|applied|wait|waited|waiting|look"
    r"|looked|search|searched|vote|voted|account|accounted|opt|opted|push|pushed|pressed"
    r"|campaign|campaigned|bid|prepared|preparing)\s+$",
    re.IGNORECASE,
)


# Verbs whose "to" opens what is declined, wanted or tried, not why: "declined to comment".
VERB_TAKING_TO = re.compile(
    r"\b(?:declin|refus|agre|want|tri|decid|plan|hop|promis|threaten|expect|fail|offer|vow"
    r"|seek|sought|attempt|intend|prefer|continu|began|begin|start|need|seem|appear"
    # "shut to lorries and buses", "opened to visitors": who may pass, no purpose
    r"|clos|shut|open|reopen"
    # "never going to fly", "used to run", "had to shut": no purpose either
    r"|going|used|able|have|has|had|ought|got"
    # "a slip waiting to happen", "is set to reopen", "likely to rise", "asked to leave"
    r"|wait|set|likely|unlikely|ready|willing|eager|keen|allow|ask)"
    r"(?:e|es|ed|ing|s|ned|ning|t)?\s+$",
    re.IGNORECASE,
)


# "to" before a noun phrase is no "in order to": "closed to the public", "sent to Lisle"
NOUN_AFTER_TO = re.compile(
    r"\s+(?:(?i:the|a|an|his|her|its|their|our|my|your|this|these|those)\b|[A-Z\d]"
    r"|[a-z]+(?<![su])s\b)"  # "and to traders": a plural, where "to pass" is a verb
)


# A span of time before a weak cue makes it tell when ("two minutes after", "shortly after").
SPAN_BEFORE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|shortly|soon|just"
    r"|immediately|long)\s+$",
    re.IGNORECASE,
)


# "as" that opens no reason: "as well as", "such as", "described / seen / known as …"
AS_NO_REASON = re.compile(
    r"\bas\s+well\s+as\b|\b(?:such|described|regarded|seen|viewed|known|named|served|acted"
    r"|worked|appointed|elected|hailed|branded|dubbed|labelled|labeled|treated|same|twice|just"
    r"|so|as)\s+(?:[\w'’-]+\s+){0,4}?as\b",
    re.IGNORECASE,
)
SAYING_AFTER_ACT = re.compile(r",\s*saying\b", re.IGNORECASE)
DENIED_CUE = re.compile(r"\b(?:not|never)\s+$", re.IGNORECASE)


def cue_clause(
    text: str, after: int, strong_only: bool = False, triggers: bool = True
) -> tuple[int, int] | None:
    """The clause a reason cue opens after `after`; `triggers`: whether an event that stopped
    the asked thing ("halted when protesters …") counts as its reason."""
    best, sure = None, False
    groups = [*((True, n, p) for n, p in enumerate(_STRONG)), *((False, -1, p) for p in _WEAK)]
    for strong, n, pattern in groups:
        if best is not None and (n >= len(STRONG_CUES) or (not strong and sure)):
            break  # the earliest sure cue beats a gerund's; a gerund's beats a weak one
        if strong_only and not strong:
            break
        sure = strong
        for m in pattern.finditer(text, after):
            start = m.start()
            if DENIED_CUE.search(text, max(0, start - 8), start):
                continue  # "…, not because of the contract": a reason denied
            if not strong and start - after > WEAK_CUE_CHARS:
                continue
            if not strong and TIME_AFTER.match(text, m.end()):
                continue  # "has operated the dam since 1994": a time, no reason
            if not strong and SPAN_BEFORE.search(text, max(0, start - 30), start):
                continue  # "failed two minutes after lift-off": a time, no reason
            if m.group().lower() == "as" and AS_NO_REASON.search(
                text[max(0, start - 24) : m.end() + 12]
            ):
                continue  # "as well as", "described the closure as …": no reason
            if m.group().lower() == "saying" and not SAYING_AFTER_ACT.search(
                text, max(0, start - 3), m.end()
            ):
                continue  # only ", saying …" after the deed gives the doer's reason
            if m.group().lower() == "to" and NOUN_AFTER_TO.match(text, m.end()):
                continue  # "closed to the public": a place it is shut to, no purpose
            if m.group().lower() == "to" and VERB_TAKING_TO.search(text, max(0, start - 16), start):
                continue  # "declined to comment": what was declined, no purpose
            if m.group().lower() == "for" and VERB_TAKING_FOR.search(
                text, max(0, start - 14), start
            ):
                continue  # "call for an evacuation", "wait for help": what is sought, no reason
            if best is None or start < best:
                best = start
            break
    if not strong_only:
        treated = TREATED_WITH.search(text, max(0, after - TREATED_REACH))
        if treated and after <= treated.start(1) <= after + WEAK_CUE_CHARS:
            best = treated.start(1) if best is None else min(best, treated.start(1))
        trigger = STOPPED_WHEN.search(text, max(0, after - TREATED_REACH)) if triggers else None
        if trigger and after <= trigger.start(1) <= after + WEAK_CUE_CHARS:
            best = trigger.start(1) if best is None else min(best, trigger.start(1))
    if best is None:
        return None
    if best < LEADING_CLAUSE_CHARS:
        comma = text.find(", ", best)
        end = comma if comma > 0 else clause_end(text, best)
        return (best, end) if end - best > len("due to ") else None
    end = clause_end(text, best)
    return (best, end) if end - best > len("due to ") else None


# A quotation that closes before its speaker ('…," the spokesman said'): the reason ends with
# it, on its closing mark when the reason opened it, before it when it began inside it.
QUOTE_CLOSED_BEFORE = re.compile(r"[,.]?[\"”](?=\s*,|\s+[A-Z])")  # ends on the quotation mark
OPENING_QUOTES = ('"', "“")


def clause_end(text: str, start: int) -> int:
    match = re.search(
        r"[;]|,\s(?:which|while|but|and the|marking|confirming|not|rather than)\b"
        r"|,\s(?:the\s)?[\w'’ -]{1,40}?\s(?:said|says|told|added|announced)\b"  # ", X said"
        r"|\.\s*$|$",
        text[start:],
    )
    end = start + (match.start() if match else len(text) - start)
    closing = QUOTE_CLOSED_BEFORE.search(text, start, end)
    if closing:  # '… of the region," Pavel Dorn … wrote': the quotation ends the reason
        opened = any(q in text[start : closing.start()] for q in OPENING_QUOTES)
        end = closing.end() if opened else closing.start()
    return len(text[:end].rstrip(" ,.;"))
