"""STAND-IN (replaced by the places branch): the interface of spec13."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from matcher.eligibility.levels import clearance_level, degree_levels


@dataclass
class Degree:
    level: str
    field: str
    year: int | None
    month: int | None
    expected: bool
    sentence: str


@dataclass
class Credentials:
    degrees: list[Degree] = field(default_factory=list)
    clearance: str = ""
    clearance_sentence: str = ""
    citizenship: list[str] = field(default_factory=list)
    needs_sponsorship: bool | None = None
    licences: list[str] = field(default_factory=list)
    sentences: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def read_credentials(text: str, sentences: list[str], today: dt.date) -> Credentials:
    c = Credentials()
    for s in sentences:
        for level, _, _ in degree_levels(s):
            y = re.search(r"(?:19|20)\d\d", s)
            c.degrees.append(Degree(level, "", int(y.group(0)) if y else None, None, False, s))
        level = clearance_level(s)
        if level is not None and not c.clearance:
            c.clearance, c.clearance_sentence = level or "clearance", s
        if re.search(r"u\.?s\.? citizen", s.lower()):
            c.citizenship = ["US"]
            c.sentences["citizenship"] = s
    return c


def licence_held(name: str, credentials: Credentials, text: str) -> str | None:
    for line in text.splitlines():
        if name.lower() in line.lower():
            return line.strip()
    return None
