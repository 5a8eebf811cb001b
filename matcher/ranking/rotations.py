"""Rotations asked and worked: "Ability to work a 14/14 rotation", "14 on/14 off", "2 weeks on, 2
off", "21/21 rotation offshore", "7&7 schedule" against "(14/14 rotation)" beside a role or
"Worked 14 on / 14 off hitches".

A rotation is its days on and days off, however written (weeks are seven days): a line that
states one of the same days shows it, one of other days shows rotational work, not this one
(partly).  Hours of a compressed week ("4/10 schedule", "9/80", "3x12"), a plain week ("5/2"), round-the-clock cover
("24/7 on-call rotation") and dates are no rotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from matcher.text import NUMBER_WORDS

__all__ = ["rotation_asked", "rotation_shown"]

_NUMBER = r"(\d{1,2}|one|two|three|four|six|seven)"
_UNIT = r"(?:[ \t-]*(days?|weeks?|wks?))?"
# Days on and off by their words: "14 on/14 off", "14-on/14-off", "2 weeks on, 2 off", "28 days on / 28 days off".
_ON_OFF = re.compile(rf"(?i)(?<![\w/.]){_NUMBER}{_UNIT}[ \t-]*on\b[ \t]*(?:[,/&-]|and)?[ \t]*{_NUMBER}{_UNIT}"
                     r"[ \t-]*off\b")
# Days on and off as a pair beside the word that makes them a rotation: "14/14 rotation", "(rotation:
# 20x10)", "7&7 schedule", "hitch of 14x7".
_WORD = r"(?:rotations?|hitch(?:es)?|schedules?|rosters?|swings?)"
_PAIR = r"(?<![\w/.$])(\d{1,2})[ \t]*(?:/|x|×|&|and)[ \t]*(\d{1,2})(?![\w/.%])"
_PAIRED = re.compile(rf"(?i){_PAIR}[ \t-]*(?:day[ \t]+)?{_WORD}\b|\b{_WORD}[ \t]*(?:of|:|-)?[ \t]*{_PAIR}")


def _days(number: str, unit: str | None) -> int:
    value = int(number) if number.isdigit() else NUMBER_WORDS[number.lower()]
    return value * (7 if unit and unit[0].lower() == "w" else 1)


def _rotation(on: int, off: int) -> tuple[int, int] | None:
    """(days on, days off), or None for a pair that is no rotation: round-the-clock cover (24/7), hours
    of a compressed week ("4/10", "3x12": a few days of 8 to 12 hours), a plain week ("5/2"), more than
    two months."""
    if (on, off) == (24, 7) or (on <= 5 and (off in (8, 10, 12) or on + off == 7)) \
            or not (2 <= on <= 60 and 1 <= off <= 60):
        return None
    return on, off


@lru_cache(maxsize=65_536)   # read for every row of every match
def rotation_asked(text: str) -> tuple[int, int] | None:
    """The rotation a text names, as (days on, days off), or None."""
    if m := _ON_OFF.search(text):
        on_unit, off_unit = m.group(2), m.group(4) or m.group(2)
        return _rotation(_days(m.group(1), on_unit), _days(m.group(3), off_unit))
    for m in _PAIRED.finditer(text):
        on, off = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if found := _rotation(int(on), int(off)):
            return found
    return None


def rotation_shown(asked: tuple[int, int], sentences: Sequence[str],
                   seeks: Sequence[bool]) -> tuple[str, int] | None:
    """("covered" | "partial", the line) for the line stating a rotation worked: of the days ``asked``
    covered, of others partly; None when no line states one (a line about the job sought, ``seeks``,
    shows none)."""
    other = None
    for k, line in enumerate(sentences):
        if k < len(seeks) and seeks[k] or (worked := rotation_asked(line)) is None:
            continue
        if worked == asked:
            return "covered", k
        other = other if other is not None else k
    return None if other is None else ("partial", other)
