"""When a seeker can start, against the notice period a posting takes: "Notice period up to 30
days (immediate joiners preferred)", "Immediate joiners only", "able to join within 2 weeks"
against "Notice period: 60 days", "Available to join immediately", "Notice Period : 30 days
(serving notice, last working day 20-Dec-2026)".

The days are compared: a notice the resume states no longer than the longest the posting
takes shows it; a longer one does not.  "Immediately", "immediate joiner" and "no notice" are
no days at all.  A notice already being served ("serving notice") is shorter than the one
stated, by an amount a resume rarely says: a longer one stated and being served is to check, as is
one the seeker can shorten ("Notice period: negotiable", "90 days, can be bought out") or the posting
can stretch ("Notice period up to 30 days (negotiable)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from matcher.text import NUMBER_WORDS

__all__ = ["notice_asked", "notice_flexible", "notice_note", "notice_shown"]

# A span of time: "30 days", "2 weeks", "one month", "3 mos".
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}
_NUMBER_WORDS = NUMBER_WORDS | {"a": 1}
_SPAN = r"(?:\d{1,3}|one|two|three|four|six|eight|a)[ \t-]*(?:days?|weeks?|wks?|months?|mos?)\b"
_SPAN_PARTS = re.compile(r"(?i)(\d{1,3}|one|two|three|four|six|eight|a)[ \t-]*(d|w|m)")
# A notice period or a start the posting takes, as the longest it accepts: "Notice period up to
# 30 days", "notice period of 30 days or less", "join within 2 weeks", "Immediate joiners only".
# A notice the work asks ("24 hours notice of a shift change", "provide notice of 2 weeks
# before leave") is none: "notice period" itself, or a ceiling, is needed.
_ASKED = re.compile(r"\bnotice(?:[ \t]+period)?\b[^.;\n]{0,30}?\b(?:up[ \t]+to|within|max(?:imum)?|at[ \t]+most"
                    r"|less[ \t]+than|under|not[ \t]+more[ \t]+than|no[ \t]+more[ \t]+than)\W{0,3}" + _SPAN
                    + r"|\bnotice[ \t]+period\b[ \t]*(?:[:\-–—]|of)?[ \t]*" + _SPAN
                    + r"|\b(?:join|start)\w*[ \t]+(?:\w+[ \t]+){0,2}?within[ \t]+" + _SPAN
                    + r"|(?P<now>\bimmediate[ \t]+joiners?[ \t]+only\b|\bonly[ \t]+immediate[ \t]+joiners?\b)", re.I)
# The resume's notice, as it states it: "Notice period: 60 days", "Notice Period : 30 days",
# "Notice: 1 month"; the span first where it starts the line or a field ("2 months notice",
# "Availability: 1 month's notice"), not a notice in the work ("Gave two weeks notice to staff").
_STATED = re.compile(r"\bnotice(?:[ \t]+period)?\b[ \t]*(?:[:\-–—=]|is|of)?[ \t]*" + _SPAN
                     + r"|(?:^|[:(]|\bwith)\W*" + _SPAN + r"(?:'s|s'|'|’s|’)?[ \t]+(?:of[ \t]+)?notice\b", re.I)
# No notice to serve: "can join immediately", "Available immediately", "Immediate joiner", "Notice
# period: Immediate", "no notice period"; not work begun at once ("Started immediately on arrival").
_NOW = re.compile(r"\b(?:(?:can|could|able[ \t]+to|ready[ \t]+to|available[ \t]+to)[ \t]+(?:join|start)|available"
                  r"|availability)\b[^.;\n]{0,20}?\b(?:immediately|at[ \t]+once|right[ \t]+away|asap)\b"
                  r"|\bimmediate(?:ly)?[ \t]+(?:joiner|joining|availability|start)"
                  r"|\b(?:notice(?:[ \t]+period)?|availability|joining)[ \t]*[:\-–—][ \t]*(?:immediate(?:ly)?|none|nil"
                  r"|0|n/?a)\b|\bno[ \t]+notice(?:[ \t]+period)?\b", re.I)
_SERVING = re.compile(r"(?i)\bserving[ \t]+(?:my[ \t]+|the[ \t]+)?notice\b")
# A notice the seeker can shorten: "Notice period: negotiable", "Notice period: 90 days (negotiable)",
# "negotiable notice", "60 days, can be bought out", "buyout option available", "(can be reduced)"; not
# negotiating in the work ("Negotiated notice periods with unions") nor pay ("Salary negotiable").
_SHORTENED = re.compile(r"\bnotice(?:[ \t]+period)?\b[^.;\n]{0,30}?\b(?:negotiable|can[ \t]+be[ \t]+(?:reduced"
                        r"|shortened|negotiated))\b|\bnegotiable[ \t]+notice\b"
                        r"|\b(?:can|could)[ \t]+be[ \t]+bought[ \t]+out\b"
                        r"|\bbuy[ \t-]?out[ \t]+(?:option[ \t]+)?(?:is[ \t]+)?(?:available|possible)\b", re.I)
# An employer that buys out the rest of a notice: "we can buy out the rest", "will buy out notice".
_BUYS_OUT = re.compile(r"(?i)\b(?:can|will|may)[ \t]+buy[ \t-]?out\b")


def _days(span: str) -> int:
    """The days of the last span a text names ("up to 30 days" -> 30, "2 months" -> 60)."""
    n, unit = _SPAN_PARTS.findall(span)[-1]
    return (int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]) * _UNIT_DAYS[unit.lower()]


@lru_cache(maxsize=65_536)   # read for every row of every match
def notice_asked(text: str) -> int | None:
    """The longest notice, in days, a requirement takes (0 for immediate joiners only), or None
    when it asks none."""
    m = _ASKED.search(text)
    if m is None:
        return None
    return 0 if m.group("now") else _days(m.group(0))


@lru_cache(maxsize=65_536)
def notice_flexible(text: str) -> bool:
    """Whether a requirement's notice can stretch ("Notice period up to 30 days (negotiable)", "we can buy
    out the rest"): a longer one is then to check, not missing."""
    return bool(_SHORTENED.search(text) or _BUYS_OUT.search(text))


def notice_shown(days: int, sentences: Sequence[str], flexible: bool = False) -> tuple[str, int] | None:
    """("covered" | "partial" | "missing", the line) for the first line that states when the
    seeker can start, against ``days`` taken (``flexible``: the posting's can stretch, a longer
    one partial); None when no line states it."""
    for k, line in enumerate(sentences):
        if _NOW.search(line):
            return "covered", k
        if m := _STATED.search(line):
            stated = _days(m.group(0))
            if stated <= days:
                return "covered", k
            return ("partial" if flexible or _SERVING.search(line) or _SHORTENED.search(line) else "missing"), k
        if _SHORTENED.search(line):
            return "partial", k
    return None


def notice_note(days: int, line: str) -> str:
    """What a row not met by the notice a resume's ``line`` states says of it against the ``days`` taken ("60
    days' notice shown, 30 asked"), as a measure's row does; "" where the line states no longer one."""
    m = _STATED.search(line)
    if m is None or (stated := _days(m.group(0))) <= days:
        return ""
    return f"{stated} days' notice shown, {f'{days} asked' if days else 'immediate joining asked'}"
