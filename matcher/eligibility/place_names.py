"""The parts of a location text ("Boston", "MA") to ``Place`` values: what each part can
be, which parts qualify the part before them, and the rules for a part alone.  The rules
are told in ``places``' docstring; ``places`` cuts texts into parts and compares places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.eligibility.gazetteer import CITY_ALIASES, COUNTRY_ALIASES, KEEP_ADMIN1, Gazetteer, key

__all__ = ["REMOTE", "Place", "city_place", "read_parts", "remote_in", "settle_georgia"]


@dataclass(frozen=True)
class Place:
    """A place: a remote area, a region, a country, a first-level division or a city."""

    kind: str          # "remote" | "region" | "country" | "state" | "city"
    name: str          # "Boston, Massachusetts, United States"; "Remote (United States)"
    country: str = ""  # ISO 3166 alpha-2; "" for a region or remote anywhere
    state: str = ""    # first-level division code where known ("MA", "ON", "ENG")
    city: str = ""     # the city's own name ("New York City")
    region: str = ""   # "EMEA", "Europe", ...: a region, or the area of a remote place

    def to_dict(self) -> dict:
        return {"kind": self.kind, "name": self.name, "country": self.country, "state": self.state,
                "city": self.city, "region": self.region}


REMOTE = Place("remote", "Remote")


# -- parts to places -------------------------------------------------------------
@dataclass
class _Reading:
    """What one part can be."""

    country: str = ""
    states: tuple[tuple[str, str], ...] = ()   # (country, code): US states first
    region: str = ""
    cities: tuple[int, ...] = ()                # own name first, then alternate names
    qualifier_codes: tuple[tuple[str, str], ...] = ()   # division codes ("ON") and country codes as qualifiers


def _read(gz: Gazetteer, part: str, strict: bool) -> _Reading:
    k = key(part)
    if not k:
        return _Reading()
    bare = part.strip(" .")
    is_code = bare.replace(".", "").isalpha() and len(bare.replace(".", "")) in (2, 3)
    code = bare.replace(".", "").upper() if is_code and (not strict or bare.replace(".", "").isupper()) else ""
    reading = _Reading()
    if len(k) > 3:
        reading.country = gz.country_keys.get(k, "")
    elif code and len(code) == 3:
        reading.country = gz.alpha3.get(code) or COUNTRY_ALIASES.get(code.lower(), "")
    elif code and ("US", code) not in gz.divisions:
        reading.country = code if code in gz.countries else COUNTRY_ALIASES.get(code.lower(), "")
    states = [] if len(k) <= 3 or k in _GENERIC else list(gz.division_keys.get(k, ()))
    if k.endswith(" state") and not states:
        states = list(gz.division_keys.get(k[:-6], ()))
    if code and ("US", code) in gz.divisions:
        states.insert(0, ("US", code))
    states.sort(key=lambda s: s[0] != "US")
    reading.states = tuple(dict.fromkeys(states))
    if code:
        qualifiers = list(gz.division_codes.get(code, ()))
        if code in gz.countries:
            qualifiers.append((code, ""))
        reading.qualifier_codes = tuple(qualifiers)
    reading.region = gz.region_keys.get(k, "") if len(k) > 2 or not strict or bare.isupper() else ""
    alias = CITY_ALIASES.get(k, False)
    if alias:
        own, _ = gz.cities(alias[0])
        reading.cities = tuple(i for i in own if gz.city_country[i] == alias[1])[:1]
    elif alias is False and len(k) > 2:
        own, other = gz.cities(k)
        reading.cities = tuple(own + other)
    return reading


# Division names that are words of a location text more often than places.
_GENERIC = {"central", "centre", "center", "eastern", "western", "northern", "southern", "north", "south", "east",
            "west", "capital", "national", "coast", "islands", "island", "mountain", "lakes", "upper", "lower",
            "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
            "southwest", "midwest", "interior", "border", "plains", "highlands", "lowlands", "orient", "littoral"}


def _is_qualifier(r: _Reading) -> bool:
    return bool(r.country or r.states or r.qualifier_codes)


def _agrees(gz: Gazetteer, city: int, r: _Reading) -> bool:
    country, state = gz.city_country[city], gz.city_state[city]
    if r.country == country:
        return True
    for c, code in r.states + r.qualifier_codes:
        if c == country and (not code or not state or code == state):
            return True
    return False


def read_parts(gz: Gazetteer, parts: list[str], strict: bool) -> list[Place]:
    parts = [_METRO.sub("", p).strip() or p for p in parts]
    readings = [_read(gz, p, strict) for p in parts]
    # A part that is nothing whole may be several ("Boston and Denver", "Boston MA").
    i = 0
    while i < len(parts):
        if not _any(readings[i]):
            pieces = _split_part(gz, parts[i], strict)
            if pieces:
                parts[i:i + 1] = pieces
                readings[i:i + 1] = [_read(gz, p, strict) for p in pieces]
        i += 1
    out: list[Place] = []
    i = 0
    while i < len(parts):
        r = readings[i]
        quals = []
        j = i + 1
        while j < len(parts) and len(quals) < 2 and _is_qualifier(readings[j]) and not readings[j].cities:
            quals.append(readings[j])
            j += 1
        if j < len(parts) and len(quals) < 2 and _is_qualifier(readings[j]) and readings[j].cities and quals == []:
            # "Boston, New York": New York is a qualifier only if a Boston lies in it.
            if any(_agrees(gz, c, readings[j]) for c in r.cities):
                quals.append(readings[j])
                j += 1
        if quals:
            place = _qualified(gz, parts[i], r, quals)
            if place:
                out.append(place)
                i = j
                continue
        place = _alone(gz, r)
        if place:
            out.append(place)
        i += 1
    return out


# "Greater Boston Area", "San Francisco Bay Area", "Dallas Metro": the city.
_METRO = re.compile(r"(?i)^greater\s+|\s+bay\s+area$|\s+(?:metropolitan|metro)?\s*(?:area|region)$|"
                    r"\s+metro(?:politan)?$|\s+metroplex$")


def _any(r: _Reading) -> bool:
    return bool(r.country or r.states or r.region or r.cities)


def _split_part(gz: Gazetteer, part: str, strict: bool) -> list[str]:
    pieces = [p.strip() for p in re.split(r"(?i)\s+(?:and|&|or)\s+|-|/", part) if p.strip()]
    if len(pieces) > 1:
        return pieces
    words = part.split()
    if len(words) > 1:   # a postal district's letter: "København Ø", "Aarhus C", "K Frederiksberg"
        for rest, letter in ((words[:-1], words[-1]), (words[1:], words[0])):
            if len(letter) == 1 and letter.isalpha() and (letter.isupper() or not strict) \
                    and _read(gz, " ".join(rest), strict).cities:
                return [" ".join(rest)]
    for n in (1, 2, 3):   # "Boston MA", "Austin Texas", "London United Kingdom"
        if len(words) > n:
            head, tail = " ".join(words[:-n]), " ".join(words[-n:])
            if _is_qualifier(_read(gz, tail, strict)) and _read(gz, head, strict).cities:
                return [head, tail]
    return []


def _qualified(gz: Gazetteer, part: str, r: _Reading, quals: list[_Reading]) -> Place | None:
    for wanted in (quals, quals[:1]):
        for city in r.cities:
            if all(_agrees(gz, city, q) for q in wanted):
                return _city(gz, city)
    first = quals[0]
    if r.states and not r.cities or r.states and not any(_agrees(gz, c, first) for c in r.cities):
        # "Ontario, Canada", "Georgia, USA": a state lies in a country, never in another state
        # ("Ohio, Indiana, Michigan" are three states)
        for country, code in r.states:
            if first.country == country or any(c == country and not code for c, code in first.qualifier_codes):
                return _state(gz, country, code)
    if r.cities or _is_qualifier(r) or r.region or not re.fullmatch(r"[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}", part):
        return None
    # A town the gazetteer does not hold, inside a state or country it does.
    where = first.states[0] if first.states else (first.country, "") if first.country else \
        first.qualifier_codes[0] if first.qualifier_codes else None
    if where is None:
        return None
    country, code = where
    inside = [gz.divisions.get((country, code), "") if code else "", gz.countries.get(country, country)]
    return Place("city", ", ".join([part] + [n for n in inside if n]), country, code, part)


def _alone(gz: Gazetteer, r: _Reading) -> Place | None:
    if r.country and not (r.states and r.states[0][0] == "US"):   # "Georgia": the state (see below)
        return _country(gz, r.country)
    if r.states:
        country, code = r.states[0]
        for city in r.cities:   # "New York": the city when it is the biggest of its state
            if gz.city_country[city] == country and city in gz.largest and gz.city_state[city] in ("", code):
                return _city(gz, city)
        if country in KEEP_ADMIN1 or not r.cities:
            return _state(gz, country, code)
        # Elsewhere GeoNames' divisions are not tied to its cities: a city of the name wins
        # ("Portland" is Oregon's city, not Jamaica's parish).
    if r.region:
        return Place("region", r.region, region=r.region)
    if r.cities:
        return _city(gz, r.cities[0])
    return None


def settle_georgia(gz: Gazetteer, places: list[Place], text: str) -> list[Place]:
    """A state whose name is also a country's ("Georgia") is the country when every
    other place of the text lies outside the US."""
    others = [p for p in places if p.kind != "remote" and not (p.kind == "state" and p.country == "US")]
    if not others or any(p.country == "US" for p in places if p.kind != "state"):
        return places
    out = []
    for p in places:
        country = gz.country_keys.get(key(gz.divisions.get((p.country, p.state), ""))) if p.kind == "state" else None
        out.append(_country(gz, country) if country and p.country == "US" else p)
    return out


# -- places ----------------------------------------------------------------------
def _country(gz: Gazetteer, code: str) -> Place:
    return Place("country", gz.countries.get(code, code), code)


def _state(gz: Gazetteer, country: str, code: str) -> Place:
    return Place("state", f"{gz.divisions[(country, code)]}, {gz.countries.get(country, country)}", country, code)


def _city(gz: Gazetteer, city: int) -> Place:
    country, state = gz.city_country[city], gz.city_state[city]
    inside = [gz.divisions.get((country, state), ""), gz.countries.get(country, country)]
    name = gz.city_name[city]
    return Place("city", ", ".join([name] + [n for n in inside if n]), country, state, name)


def city_place(gz: Gazetteer, city: int) -> Place:
    """The ``Place`` of the gazetteer's city ``city`` (an id)."""
    return _city(gz, city)


def remote_in(gz: Gazetteer, p: Place) -> Place:
    if p.kind == "remote":
        return p
    return Place("remote", f"Remote ({p.name})", p.country, p.state, p.city, p.region)
