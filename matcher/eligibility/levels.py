"""The ordered levels postings ask and resumes state: degrees and security clearances.

Both sides read these words alike, so "BS in Computer Science required" and
"B.S., Computer Science, 2019" meet on the same level.
"""

from __future__ import annotations

import re

DEGREE_LEVELS = ("high school", "associate", "bachelor", "master", "doctorate")   # low -> high
CLEARANCE_LEVELS = ("public trust", "secret", "top secret", "ts/sci")           # low -> high

# How degrees are written, each pattern naming one level.  Abbreviations are matched
# as whole tokens with or without dots ("BS", "B.S.", "B.Sc."), case-sensitive where a
# lower-case word would be an English word ("ma", "ms", "ba").
_DEGREE_PATTERNS = {
    "doctorate": r"\b(?:ph\.?\s?d\.?|doctorate|doctoral|doctor of|d\.?phil|ed\.?d\.?|d\.?sc\.?|pharm\.?\s?d\.?"
                 r"|psy\.?d\.?|dnp|d\.n\.p\.|dpt|j\.d\.|jd(?! edwards))(?![a-z])",
    "master": r"\b(?:master'?s?|m\.?\s?s\.?c?\.?|m\.?a\.?|m\.?eng\.?|mba|m\.?b\.?a\.?|msc|msn|mph"
              r"|m\.f\.a\.?|mfa(?= in\b| degree)|ll\.m\.?|m\.ed\.?)(?![a-z])",
    "bachelor": r"\b(?:bachelor'?s?|b\.?s\.?e\.?|b\.?\s?s\.?c?\.?|b\.e\.|b\.?a\.?|b\.?eng\.?|b\.?tech|bsn|bba|bfa"
                r"|b\.ed\.?"
                r"|undergraduate degree|four[- ]year degree|4[- ]year degree|college degree|university degree)"
                r"(?![a-z])",
    "associate": r"\b(?:associate'?s?(?= degree| of| in)|a\.?a\.?s?\.?(?= degree| in)|a\.a\.s\.|aas(?=,? [A-Z])|adn"
                 r"|two[- ]year degree)(?![a-z])",
    "high school": r"\b(?:high school|ged|secondary school)(?![a-z])",
}
# Abbreviations that are also common words or letters: only when written in capitals.
_UPPER_ONLY = re.compile(r"\b(?:MS|MA|BS|BA|M\.S\.|M\.A\.|B\.S\.|B\.A\.|MSc|BSc|M\.Sc\.|B\.Sc\.|AA|AAS|A\.A\."
                         r"|BSE|JD|DPT)(?![A-Za-z])")
_LOWER_AMBIGUOUS = {"ms", "ma", "ba", "bs", "m.s", "m.a", "b.a", "b.s", "aa", "aas", "a.a", "ms.", "ma.", "ba.", "bs.",
                    "bse", "jd", "dpt"}
_DEGREE = {level: re.compile(p, re.I) for level, p in _DEGREE_PATTERNS.items()}

_CLEARANCE_PATTERNS = (
    ("ts/sci", r"\bts\s?/\s?sci\b|\btop secret\s?/\s?sci\b|\bsci eligib"),
    ("top secret", r"\btop[- ]secret\b|\bts clearance\b"),
    ("secret", r"(?<!top )\bsecret\b(?= (?:security )?clearance|\s?/|\b)"),
    ("public trust", r"\bpublic trust\b"),
)
_CLEARANCE = tuple((level, re.compile(p, re.I)) for level, p in _CLEARANCE_PATTERNS)


def degree_levels(text: str) -> list[tuple[str, int, int]]:
    """Each degree a text names: (level, start, end), in text order.  "MS" counts only in
    capitals ("ms" and "ma" are words); "Bachelor's or Master's" gives both levels."""
    found = []
    for level, pattern in _DEGREE.items():
        for m in pattern.finditer(text):
            surface = m.group(0)
            if surface.lower().rstrip(".") in _LOWER_AMBIGUOUS or surface.lower() in _LOWER_AMBIGUOUS:
                if not _UPPER_ONLY.fullmatch(surface) and not _UPPER_ONLY.match(text, m.start()):
                    continue
            found.append((level, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    # One span, one level: the longer match wins where two overlap ("M.B.A." vs "B.A.").
    kept: list[tuple[str, int, int]] = []
    for item in found:
        if kept and item[1] < kept[-1][2]:
            if item[2] - item[1] > kept[-1][2] - kept[-1][1]:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def clearance_level(text: str) -> str | None:
    """The highest clearance level a text names ("TS/SCI", "Secret clearance"), "" for a
    clearance of no stated level, None when it names no clearance."""
    lowered = text.lower()
    for level, pattern in _CLEARANCE:
        if pattern.search(lowered):
            if level == "secret" and "clearance" not in lowered and "/" not in lowered:
                continue
            return level
    return "" if re.search(r"\bclearance\b", lowered) and re.search(r"\bsecurity\b|\bgovernment\b|\bdod\b|\bfederal\b|"
                                                                      r"\bactive\b|\bclearable\b|\bobtain\b", lowered) \
        else None


def rank_of(level: str, levels: tuple[str, ...]) -> int:
    """A level's place in its order (-1 for "" or unknown)."""
    return levels.index(level) if level in levels else -1
