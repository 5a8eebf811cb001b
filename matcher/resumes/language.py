"""Whether a resume reads as English.  matcher's skills, sections, dates and knock-out rules
are English, so a resume in another language is ranked on little more than shared words.

The rule contrasts function words; it needs no model and no package.  A text does not
read as English when it holds at least ``MIN_FOREIGN`` function words of other languages
and they make at least ``FOREIGN_SHARE`` of its function words of either kind, or when
most of its letters (``MIN_LETTERS`` at least) are of another script than the Latin
(Cyrillic, Greek, Arabic, Hebrew, the Indic scripts, Chinese, Japanese, Korean).

Why a contrast, not the share of English words alone: an English resume of skill lists
and clipped bullets ("Python, Django, AWS", "Managed 3 warehouses; Led audits") holds few
English function words, but none of another language either, so it is never taken for
one; a short text holds too few function words to tell, and is taken as English.  The
English side also counts words of six letters or more ending in "-ed" ("Managed",
"Supervised"): the past tense most English bullets open with, which the other languages
below hardly write, so that an English resume quoting a few titles in French or a
school's Spanish name keeps the upper hand.

The other languages' words are common function words of Spanish, French, German,
Portuguese, Italian, Dutch, the Scandinavian languages, Polish, Czech, Hungarian,
Finnish, Romanian, Turkish and Indonesian that are no English word, counted only as
written in lower case: a name or a place ("De Anza College", "El Paso", "Los Angeles",
"MIT") starts with a capital, and the function words of running text do not.  Words
joined by a hyphen or an apostrophe are one word ("de-escalation", "e-mail", "I've"), so
none of their pieces counts.  Words that are English as well ("in", "an", "die", "van",
"med", "per", "over", "et" of "et al.") count for neither side.
"""

from __future__ import annotations

import re

__all__ = ["FOREIGN_SHARE", "MIN_FOREIGN", "reads_as_english"]

MIN_FOREIGN = 8         # function words of other languages needed to judge at all (a 20-line resume holds 10)
FOREIGN_SHARE = 0.8     # ... and their share of all the function words counted
MIN_LETTERS = 100       # letters of another script needed to judge a text by its script

# English function words that no language below uses as one.
ENGLISH = frozenset("""
    the and of to with from by that this which these those into through including across within
    using while than where who whom whose such other each its it be are were has have had been
    will would could should our their they them he she his her you your
""".split())

OTHER = frozenset("""
    de la el los las del en con por una un que como sus más desde entre también años
    le les des du pour avec dans sur une au aux est à ses ces qui où être été
    der das und mit von für den dem des ein eine einer eines zur zum bei auf sowie ist als nicht
    da dos em uma ao aos pela pelo não são
    di il della delle dei degli nel nella nelle che gli anni
    het een voor bij aan zijn niet ook naar
    och att för på som jag av är ett inom vid og jeg har ikke det
    się oraz dla jest że przez jako od lub także przy nie jak które który która tym tego być
    jsem nebo také při és hogy egy vagy ja että sekä myös kanssa
    și în pentru din sau fost precum
    ve bir ile için olarak olan bu
    dan yang untuk dengan dari ini pada sebagai dalam adalah
""".split()) - ENGLISH

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
# A letter outside the Latin script's blocks (Basic Latin to Latin Extended-B, and Latin
# Extended Additional: Vietnamese).
_OTHER_SCRIPT = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")


def reads_as_english(text: str) -> bool:
    """False when ``text`` reads as another language than English (see the module's
    docstring for the rule); True when it reads as English or is too short to tell."""
    other_script = len(_OTHER_SCRIPT.findall(text))
    if other_script >= MIN_LETTERS and other_script * 2 > len(_LETTER.findall(text)):
        return False
    english = foreign = 0
    for word in _WORD.findall(text):
        low = word.lower()
        if low in ENGLISH or len(low) >= 6 and low.endswith("ed") and not word.isupper():
            english += 1
        elif word in OTHER:   # as written: a capital marks a name, not a function word
            foreign += 1
    return not (foreign >= MIN_FOREIGN and foreign >= FOREIGN_SHARE * (english + foreign))
