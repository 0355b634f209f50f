"""Word lists the sentence splitter consults (data only, all lower case, no trailing period).

Each set names one behaviour of a word followed by a period and then whitespace:

- `TITLES`: a title before a name; never ends a sentence ("Dr. Smith", "Gen. Kim").
- `INLINE`: a Latin or connective abbreviation that always leads on ("e.g.", "vs.").
- `NUMERIC_PREFIXES`: leads on when a number follows ("No. 5", "p. 12"); otherwise a plain word.
- `MONTHS`: leads on before a number ("Jul. 14"); otherwise like `MAYBE_FINAL`.
- `MAYBE_FINAL`: may end a sentence; it does only when the next word is one that usually
  starts a sentence (`SENTENCE_STARTERS`), so "St. Petersburg" and "Inc. Chief" stay whole.
- `LIKELY_FINAL`: usually ends the sentence when a capitalised word follows ("etc. The").

Initials ("W.") and dotted acronyms ("U.S.", "a.m.") are recognised by shape, not listed, and
follow the `MAYBE_FINAL` rule.
"""

from __future__ import annotations


def words(listing: str) -> frozenset[str]:
    """The whitespace-separated words of a listing."""
    return frozenset(listing.split())


TITLES: frozenset[str] = words(
    """
    mr mrs ms mx messrs mmes mme mlle dr drs prof profs
    gen gens lt col capt cpt cmdr cdr adm brig maj sgt cpl pvt
    sen sens rep reps gov govs pres supt insp det amb atty dist asst assoc
    rev fr hon rt msgr sra srta
    """
)

INLINE: frozenset[str] = words(
    """
    e.g i.e cf viz vs v approx ca incl esp resp
    """
)

NUMERIC_PREFIXES: frozenset[str] = words(
    """
    no nos nr vol vols p pp para paras art arts fig figs sec secs ch chap chaps
    pt pts op c est ref refs tel apt rm ste div ver eq eqs tab min max
    """
)

MONTHS: frozenset[str] = words(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)

MAYBE_FINAL: frozenset[str] = words(
    """
    st mt ft ave blvd rd hwy
    jr sr inc ltd co corp bros plc llc dept univ assn intl natl govt
    al ed eds ibid cit
    mon tue tues wed thu thur thurs fri sat sun
    """
)

LIKELY_FINAL: frozenset[str] = frozenset({"etc"})

SENTENCE_STARTERS: frozenset[str] = words(
    """
    the a an this that these those it its he she they we i you his her their our my your
    there here in on at for from by with as after before during since until when while if
    but and or so yet however meanwhile also then thus still although though because
    what who why how where which some many most several both each all any no none not
    one other others such according earlier later last next now today yesterday
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundreds thousands dozens
    """
)

# A line ending in one of these words (or characters) is continued by the next line.
CONTINUATION_WORDS: frozenset[str] = words(
    """
    a an the and or nor but of to in on at for from by with as that which who whose whom
    is are was were be been being has have had will would can could should may might must
    not its their his her our my your this these those than into onto about over under
    between after before said says if when while where per via
    """
)
CONTINUATION_CHARS = ",;-–—/&(+"

# Punctuation that ends a sentence; the ideographic ones end it even without a space after.
TERMINALS = ".!?…。！？"
IDEOGRAPHIC_TERMINALS = "。！？"
# Closing quotes and brackets that belong to the sentence they follow.
CLOSERS = "\"'”’»›)]}」』】）"
# Opening quotes and brackets that may start the next sentence.
OPENERS = "\"'“‘«‹([{「『【（"
QUOTE_OPENERS = "\"'“‘«‹「『"
# Characters that start a list item when followed by a space.
BULLETS = "-*•▪◦‣·–+"
