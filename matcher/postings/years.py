"""Years of experience a posting's sentence asks: "5+ years" -> 5, "3-5 years" -> 3,
"three (3) years" -> 3, "six months" -> 0.5; read by requirements and knock-outs alike."""

from __future__ import annotations

import re

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split())}
_NUM = r"(\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + ")"
# "three (3) years", "two or more years", "3-5 years"; and months: "six months" -> 0.5.
_YEARS = re.compile(rf"\b{_NUM}\s*(?:\(\s*\d{{1,2}}\s*\)\s*)?\+?\s*(?:or more\s+|or longer\s+)?"
                    rf"(?:(?:-|–|—|to)\s*{_NUM}\s*\+?\s*)?(?P<unit>years?|yrs?|months?)\b"
                    r"(?!\s*(?:old|ago|of\s+age|(?:or|and)\s+(?:older|over|above|up)\b))", re.I)
_MONTHS_OF_WORK = re.compile(r"['’]?\s*(?:of\b|(?:\w+\s+){0,2}?experience\b)", re.I)
_NOT_EXPERIENCE = re.compile(r"\b(next|past|last|first|within|every|per|in)\s*$", re.I)
# A ceiling, not experience asked: "less than 4 years of research experience" (a stipend for
# early-career researchers), "no more than 2 years", "up to 1 year".
_AT_MOST = re.compile(r"\b(?:(?:less|fewer|no\s+more)\s+than|at\s+most|up\s+to|maximum(?:\s+of)?|under)\s*$", re.I)


def years_mentions(sentence: str) -> list[tuple[float, int, int]]:
    """(years, start, end) of each figure of years a sentence names as experience asked, in text order:
    "5+ years" -> 5, "3-5 years" -> 3, "three years" -> 3; not "in the next 2 years", "10 years old",
    "25 years of age", "18 years or older", "less than 4 years"."""
    found = []
    for m in _YEARS.finditer(sentence):
        before = sentence[max(0, m.start() - 20):m.start()]
        if _NOT_EXPERIENCE.search(before) or _AT_MOST.search(before):
            continue  # "in the next 2 years" is a plan, "less than 4 years" a ceiling: no experience asked
        word = m.group(1).lower()
        value = float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word)
        if m.group("unit").lower().startswith("month"):
            if not _MONTHS_OF_WORK.match(sentence, m.end()):
                continue  # "a 12 month contract" is no experience asked
            value = round(value / 12, 2)
        if 0 < value <= 40:
            found.append((value, m.start(), m.end()))
    return found


def parse_years(sentence: str) -> float | None:
    """Years of experience a sentence asks for: "5+ years" -> 5, "3-5 years" -> 3, "at least three years" -> 3.

    With several figures the largest counts ("5+ years, including 2+ in Rust" -> 5).
    """
    found = [value for value, _, _ in years_mentions(sentence)]
    return max(found) if found else None
