"""How well a language is asked and how well a resume says it is spoken.

A level is read beside the language's name, in its item of a list (up to the next comma,
semicolon or bar outside brackets, before it back to the last one; where that item gives none, in the
group of languages slashes join it to, "Bilingual (English/Spanish)"): the CEFR's grades A1 < A2 <
B1 < B2 < C1 < C2 ("German at B2 level or higher", "German (A2, Goethe-Institut)", "C1 German"),
and the common words, each a span of grades ("basic" A1-A2, "conversational" B1-B2, "fluent"
C1-C2, "native" above them all, "bilingual" from C1 up).  An ask is of the lowest grade its words allow, a resume shows
the highest its words allow, so a vague word is read in the resume's favour: "conversational"
meets a B2 ask, "German (A2)" and "German (basic)" do not.  A grade only being learned is no grade
held ("A2, learning B1").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

NATIVE = 7   # above C2: a native or bilingual speaker

_CEFR = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}
# The words for a level, each with the span of grades it allows (lowest, highest).
_WORDS: tuple[tuple[str, tuple[int, int]], ...] = (
    (r"near[- ]native", (6, 6)),
    (r"native|mother[- ]tongue|first language", (NATIVE, NATIVE)),
    # "Bilingual Spanish" asks a fluent speaker, a bilingual resume is a native one
    (r"bilingual", (5, NATIVE)),
    (r"(?:business[- ])?fluen(?:t|cy)|proficient|proficiency|full professional|advanced", (5, 6)),
    (r"upper[- ]intermediate", (4, 4)),
    (r"intermediate|conversational|working (?:knowledge|proficiency)", (3, 4)),
    (r"basic|elementary|limited", (1, 2)),
    (r"beginner|beginning|some", (1, 1)),
)
_LEVEL = re.compile(r"(?i)(?<![\w-])(?:(?-i:(?P<cefr>[ABC][12]))\+?(?![\w-])|(?P<word>"
                    + "|".join(f"(?:{w})" for w, _ in _WORDS) + r")(?![\w]))")
# A grade only being worked toward: "learning B1", "aiming for C1", "B2 in progress".
_LEARNING_BEFORE = re.compile(r"(?i)\b(?:learning|studying(?: for)?|aiming (?:for|at)|target(?:ing)?|working"
                              r" towards?|preparing for|currently taking)\s+(?:the\s+)?$")
_LEARNING_AFTER = re.compile(r"(?i)\s*(?:\(?(?:in progress|expected|planned|course))")
# Where a language's item ends: a comma, semicolon, bar or bullet outside brackets.
_ITEM_END = re.compile(r"[,;|•·/]")
# Where a group of languages joined by slashes ends: "Bilingual (English/Spanish)", "Fluent English/French".
_GROUP_END = re.compile(r"[,;|•·]")


def _span(m: re.Match) -> tuple[int, int]:
    if m.group("cefr"):
        grade = _CEFR[m.group("cefr")]
        return grade, grade
    word = m.group("word").lower()
    return next(span for pattern, span in _WORDS if re.fullmatch(pattern, word))


def _item(text: str, start: int, end: int, ends: re.Pattern = _ITEM_END) -> str:
    """The item of ``text`` that holds the name at [start, end): back to the last separator (``ends``)
    outside brackets, on to the next one (a bracket right after the name is read whole)."""
    depth, right = 0, len(text)
    for k in range(end, len(text)):
        ch = text[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                right = k
                break
        elif not depth and ends.match(ch):
            right = k
            break
    left = max((m.end() for m in ends.finditer(text, 0, start)), default=0)
    left = max(left, text.rfind("(", 0, start) + 1 if text.rfind(")", 0, start) < text.rfind("(", 0, start) else 0)
    return text[left:right]


def _group(text: str, start: int, end: int) -> str:
    """The item of ``text`` that holds the name at [start, end) with the languages joined to it by
    slashes, out of a bracket they stand in: "Bilingual (English/Spanish) required" for "Spanish"."""
    opened = text.rfind("(", 0, start)
    if opened > text.rfind(")", 0, start):
        closed = text.find(")", end)
        start, end = opened, closed + 1 if closed >= 0 else len(text)
    return _item(text, start, end, _GROUP_END)


def _item_levels(item: str) -> list[tuple[int, int, str]]:
    return [(*_span(m), m.group()) for m in _LEVEL.finditer(item)
            if not _LEARNING_BEFORE.search(item, 0, m.start()) and not _LEARNING_AFTER.match(item, m.end())]


def _levels(text: str, names: Sequence[str]) -> list[tuple[int, int, str]]:
    """The spans of the levels ``text`` gives any of the language's ``names``, in its items, each
    with its words as written; where its own item gives none, those of the group of languages it is
    joined to by slashes ("Bilingual English/Spanish", "Bilingual (English/Spanish)": one level for both)."""
    spans = []
    for name in names:
        for hit in re.finditer(rf"(?i)(?<![\w-]){re.escape(name)}(?![\w-])", text):
            spans += (_item_levels(_item(text, hit.start(), hit.end()))
                      or _item_levels(_group(text, hit.start(), hit.end())))
    return spans


@lru_cache(maxsize=8_192)
def level_asked(text: str, names: tuple[str, ...]) -> int | None:
    """The lowest grade a requirement asks of the language ``names`` name (1 for A1 to 6 for C2,
    ``NATIVE``), or None where it asks none: "German at B2 level or higher" -> 4."""
    spans = _levels(text, names)
    return min(low for low, _, _ in spans) if spans else None


def level_shown(line: str, names: Sequence[str]) -> int | None:
    """The highest grade a resume line says the language is spoken at, or None where it says
    none: "German (A2, Goethe-Institut, learning B1)" -> 2, "German: native speaker" -> ``NATIVE``."""
    spans = _levels(line, names)
    return max(high for _, high, _ in spans) if spans else None


def level_said(line: str, names: Sequence[str]) -> str:
    """The words of the highest level a resume line gives the language ("A2", "basic"), or ""."""
    spans = _levels(line, names)
    return max(spans, key=lambda span: span[1])[2] if spans else ""


def cefr(level: int) -> str:
    """A grade as written: 4 -> "B2"; ``NATIVE`` -> "native"."""
    return next((name for name, grade in _CEFR.items() if grade == level), "native")
