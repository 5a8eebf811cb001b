"""STAND-IN (replaced by the knockouts branch): the interface of spec13."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

from matcher.eligibility.levels import clearance_level, degree_levels

KINDS = ("years", "degree", "clearance", "citizenship", "sponsorship", "workplace", "graduation", "licence")


@dataclass
class Knockout:
    kind: str
    sentence: str
    required: bool = True
    years: float | None = None
    level: str = ""
    fields: list[str] = field(default_factory=list)
    related: bool = False
    places: list[str] = field(default_factory=list)
    mode: str = ""
    offered: bool | None = None
    start: str = ""
    end: str = ""
    name: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Knockout:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


def posting_knockouts(text: str, location: str = "", remote: bool | None = None) -> list[Knockout]:
    out = []
    for line in text.splitlines():
        s = line.strip()
        low = s.lower()
        if not s:
            continue
        level = clearance_level(s)
        if level is not None and "no clearance" not in low:
            out.append(Knockout("clearance", s, level=level))
        if re.search(r"unable to sponsor|not sponsor|cannot sponsor", low):
            out.append(Knockout("sponsorship", s, required=True, offered=False))
        if re.search(r"u\.?s\.? citizen", low):
            out.append(Knockout("citizenship", s, places=["US"]))
        degrees = degree_levels(s)
        if degrees and "degree" in low:
            out.append(Knockout("degree", s, required="equivalent" not in low and "preferred" not in low,
                                level=min(d[0] for d in degrees)))
        m = re.search(r"(\d+)\+? years", low)
        if m:
            out.append(Knockout("years", s, required="preferred" not in low, years=float(m.group(1))))
    if location or remote is not None:
        out.append(Knockout("workplace", location, mode="remote" if remote else "onsite", places=[location]))
    return out
