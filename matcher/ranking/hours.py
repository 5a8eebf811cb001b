"""Hours asked and hours stated: "1,500 hours total flight time", "50 hours multi-engine time",
"3,000 hours of supervised clinical experience" against "Total time: 1,640 hours | Multi-engine:
118 hours" or "265 hours total, 12 hours multi-engine".

A requirement that asks a number of hours is shown by a line that states as many hours of
the kind it names (its words other than those of any count of hours: ``_ANY_HOURS``); where
it names no kind ("1,500 hours total flight time"), by the most hours a line states.  Hours
of a schedule ("40 hours per week", "12-hour shifts", "within 24 hours") are no count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from matcher.postings.years import same_work, work_stem

__all__ = ["hours_asked", "hours_share"]

# A count of hours: "1,500 hours", "265 hrs", "50+ hours", "1500 total hours".
_HOURS = re.compile(r"(?i)(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d{1,6})\s*\+?\s*(?:total\s+)?(?:hours?|hrs?)\b")
# ... as a resume states it, up to two words of its kind between ("16+ annual training hours",
# "120 clinical hours"), no other count's unit ("12 months"), no one counted ("12 new staff").
_HOURS_STATED = re.compile(r"(?i)(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d{1,6})\s*\+?\s*(?:total\s+)?"
                           r"(?:(?!(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|per|a|an|each|every|of)\b)"
                           r"[a-z][\w-]*\s+){0,2}?(?:hours?|hrs?)\b")
# A year's count after it, which a resume states of training or education done each year ("16 hours
# each year"), no schedule.
_YEARLY_AFTER = re.compile(r"(?i)\s*(?:(?:per|a|an|each|every|/)\s*(?:year|yr)|annually)\b")
# ... that is a rate or a deadline, not a count: "per week", "a month", "/wk", "within 24 hours".
_RATE_AFTER = re.compile(r"(?i)\s*(?:(?:per|a|an|each|every|/)\s*(?:week|wk|month|mo|day|year|yr|shift|pay\b|semester"
                         r"|quarter)|weekly|monthly|daily|annually|of\s+(?:continuing|ce|ceu|cme)\b)")
_DEADLINE_BEFORE = re.compile(r"(?i)(?:\bwithin|\bup to|\bunder|\bless than|\bno more than|\bmax(?:imum)?|\bafter"
                              r"|\bbefore|\bin)\s*$")
# Where a line's statements part: "Total time: 1,640 hours | Multi-engine: 118 hours", "265 hours
# total, 12 hours multi-engine".
_PARTS = re.compile(r"\s*(?:[|;•·]|,\s|\s[-–—]\s)\s*")
_WORD = re.compile(r"[a-z][a-z-]+")
# Words of any count of hours, which name no kind of them.
_ANY_HOURS = frozenset("""hours hour hrs hr time times total logged flight flying experience minimum min least at of
in with and or the a an required preferred plus more over including must have has been be will is are as to
for on by approximately approx about nearly over than""".split())


def _kind(text: str) -> frozenset[str]:
    return frozenset(work_stem(w) for w in _WORD.findall(text.lower()) if w not in _ANY_HOURS)


def _counts(text: str, routes: bool = False) -> tuple[tuple[float, frozenset[str]], ...]:
    """The counts of hours ``text`` states (no rate, no deadline), each with the kind of hours
    the words of its part of the text name (``_PARTS``).  With ``routes``, what brackets after
    a count say is another route, not its kind ("1,500 hours total (1,000 hours for R-ATP)"),
    and a count inside them is none."""
    cuts = [0] + [x for m in _PARTS.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    parts = list(zip(cuts[::2], cuts[1::2]))
    out = []
    for m in (_HOURS if routes else _HOURS_STATED).finditer(text):
        yearly = not routes and _YEARLY_AFTER.match(text, m.end())
        if _RATE_AFTER.match(text, m.end()) and not yearly \
                or _DEADLINE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if routes and out and text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue
        start, end = next((p for p in parts if p[0] <= m.start() < p[1]), (0, len(text)))
        after = text[m.end():end].split("(", 1)[0] if routes else text[m.end():end]
        kind = _kind(text[start:m.start()] + " " + text[m.start(1):m.end()] + " " + after)
        out.append((float(m.group(1).replace(",", "")), kind | {"annu"} if yearly else kind))
    return tuple(out)


@lru_cache(maxsize=65_536)
def hours_asked(requirement: str) -> tuple[tuple[float, frozenset[str]], ...]:
    """Each count of hours a requirement asks, with the kind its words name: "1,500 hours
    total flight time" -> ((1500.0, {}),); "50 hours multi-engine time" -> ((50.0, {"multi-engine"}),).
    A count under ten asks no hours of experience ("8 hours of training"); one in brackets is
    another route, less than the count before them ("1,500 hours total (1,000 hours for R-ATP)")."""
    return tuple(count for count in _counts(requirement, routes=True) if count[0] >= 10)


@lru_cache(maxsize=65_536)
def _stated(line: str) -> tuple[tuple[float, frozenset[str]], ...]:
    """The counts of hours a resume line states, each with the kind its part of the line names."""
    return _counts(line)


def _of_kind(stated: frozenset[str], asked: frozenset[str]) -> bool:
    return any(same_work(a, b) for a in asked for b in stated)


def hours_share(asked: tuple[tuple[float, frozenset[str]], ...], lines) -> tuple[float, int] | None:
    """The share of the hours ``asked`` the resume states (the least over the counts asked,
    capped at 1) and the line stating the one that falls shortest; None where no line states
    hours of a kind asked (the resume does not say)."""
    worst: tuple[float, int] | None = None
    for value, kind in asked:
        best: tuple[float, int] | None = None
        for k, line in enumerate(lines):
            for stated, words in _stated(line):
                if (not kind or _of_kind(words, kind)) and (best is None or stated > best[0]):
                    best = (stated, k)
        if best is None:
            return None
        share = (min(1.0, best[0] / value), best[1])
        if worst is None or share[0] < worst[0]:
            worst = share
    return worst
