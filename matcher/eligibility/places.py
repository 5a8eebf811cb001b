"""STAND-IN (replaced by the places branch): the interface of spec13."""
from __future__ import annotations

from dataclasses import dataclass

from matcher.errors import InputError

_STATES = {"NY": "New York", "MA": "Massachusetts", "TX": "Texas", "CA": "California", "WA": "Washington"}


@dataclass(frozen=True)
class Place:
    kind: str
    name: str
    country: str = ""
    state: str = ""
    city: str = ""


def resolve(text: str) -> list[Place]:
    out = []
    low = text.lower()
    if "remote" in low:
        out.append(Place("remote", "Remote", "US" if "us" in low.split() else ""))
    for code, name in _STATES.items():
        if f", {code}" in text or name.lower() in low:
            city = text.split(",")[0].strip()
            out.append(Place("city", text, "US", code, city))
    return out


def parse_where(value: str) -> Place:
    v = value.strip()
    if v.lower() == "remote":
        return Place("remote", "Remote")
    if v.upper() in _STATES:
        return Place("state", _STATES[v.upper()], "US", v.upper())
    if v.upper() in ("US", "USA"):
        return Place("country", "United States", "US")
    raise InputError(f"unknown place {v!r}: give a country, a US state (name or code), a city, or remote")


def within(inner: Place, outer: Place) -> bool:
    if outer.kind == "country":
        return inner.country == outer.country
    if outer.kind == "state":
        return inner.country == outer.country and inner.state == outer.state
    return inner == outer


def compatible(posting_places: list[Place], posting_mode: str, wanted: list[Place]) -> bool | None:
    if not posting_places:
        return None
    for p in posting_places:
        for w in wanted:
            if p.kind == "remote" and (w.kind == "remote" or not p.country or p.country == w.country):
                return True
            if p.kind != "remote" and w.kind != "remote" and (within(p, w) or within(w, p)):
                return True
    return False
