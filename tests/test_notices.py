"""Notices: one-line notes on a match request where matcher's reading is weak or a guess
(``matcher.ranking.notices``), and the language rule they use (``matcher.resumes.language``)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from matcher.eligibility.verdict import Preferences
from matcher.ranking.notices import CODES, notices
from matcher.resumes.language import reads_as_english
from matcher.resumes.read import resume_from_text

from .helpers import EVAL_DIR, RESUME_TEXT, ROOT

SAMPLES = ROOT / "tests" / "fixtures" / "languages"
FOREIGN = ["es", "es-short", "fr", "de", "pt", "it", "nl", "pl", "ru", "zh"]   # es-short: 20 lines, English names
ENGLISH = ["short", "skills-list", "bullets", "foreign-names", "academic", "nurse"]
TODAY = dt.date(2026, 11, 30)


def sample(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def codes(text: str, where=()) -> list[str]:
    return [n.code for n in notices(resume_from_text(text, today=TODAY), Preferences.parse(where))]


# -- the language rule ------------------------------------------------------------------
@pytest.mark.parametrize("language", FOREIGN)
def test_a_resume_in_another_language_does_not_read_as_english(language):
    assert not reads_as_english(sample(language))
    # ... nor once read: cleaned and redacted, as the notices see it
    assert codes(sample(language)) == ["resume_not_english"]


@pytest.mark.parametrize("style", ENGLISH)
def test_english_resumes_of_every_style_read_as_english(style):
    """A one-line pasted text, a bare skills list, clipped bullets with few function words, a
    bilingual clerk's with Spanish schools and a Spanish phrase, an academic's with French
    publication titles, a nurse's with "IM", "med pass" and "de-escalation"."""
    assert reads_as_english(sample(f"en-{style}"))
    assert "resume_not_english" not in codes(sample(f"en-{style}"))


def test_the_sample_resume_and_the_examples_get_no_notice():
    from matcher.resumes.read import read_resume

    assert codes(RESUME_TEXT) == []
    for path in sorted((ROOT / "examples" / "resumes").iterdir()):
        assert notices(read_resume(path, today=TODAY)) == [], path.name


def test_names_and_places_in_capitals_are_no_foreign_words():
    text = ("Worked in Los Angeles, El Paso and San Diego; studied at De Anza College and the Universidad "
            "de Puerto Rico; Van Ness Ave; MIT; Le Cordon Bleu; La Jolla; Des Moines; Du Page County. ") * 4
    assert reads_as_english(text)


def test_a_short_foreign_text_is_too_short_to_tell():
    assert reads_as_english("Desarrollador Python con 5 años de experiencia en Django y AWS")


def test_another_script_counts_only_when_it_is_most_of_the_letters():
    assert not reads_as_english(sample("ru"))
    # an English resume naming a Chinese employer in its own script
    assert reads_as_english(RESUME_TEXT + "\nIntern, 北京某科技有限公司 (Beijing), 2015\n")


@pytest.mark.skipif(not (EVAL_DIR / "cnam-100.csv").exists(), reason="../shared/eval is absent")
def test_no_resume_of_the_labelled_data_is_taken_for_another_language():
    csv.field_size_limit(10**9)
    with open(EVAL_DIR / "cnam-100.csv", encoding="utf-8") as f:
        texts = {row["resume_text"] for row in csv.DictReader(f)}
    assert all(reads_as_english(t) for t in texts)


# -- the resume's notices -----------------------------------------------------------------
def test_a_resume_without_dated_roles_or_stated_years_is_told_years_were_not_counted():
    assert codes(sample("en-skills-list")) == ["no_dated_roles"]
    # stated years count: no notice
    assert codes(sample("en-short")) == []
    assert codes("Registered Nurse with 6 years of experience in ICU care; BLS, ACLS.") == []


def test_a_resume_with_no_skill_and_no_role_says_the_ranking_rests_on_its_wording():
    assert codes("I like to help people and I work hard every day at whatever I am given to do.") \
        == ["no_skills_or_roles"]


def test_a_foreign_resume_gets_one_notice_not_three():
    assert codes(sample("zh")) == ["resume_not_english"]   # no dated role read either


# -- the places' notices ------------------------------------------------------------------
def test_a_bare_city_name_of_several_cities_says_which_was_taken_and_how_to_choose():
    found = notices(resume_from_text(RESUME_TEXT), Preferences.parse(["Springfield", "remote"]))
    assert [n.to_dict() for n in found] == [{
        "code": "place_ambiguous",
        "message": "'Springfield' was read as Springfield, Missouri, United States; add a state or country "
                   "to choose another (e.g. 'Springfield, MA')."}]
    # The example given is one the seeker can type: it reads as another Springfield.
    assert Preferences.parse(["Springfield, MA"]).where[0].state == "MA"


@pytest.mark.parametrize("where", [
    "Springfield, IL", "Springfield Illinois", "Paris", "Boston", "London", "Kansas City", "remote", "Texas",
    "New York", "NYC", "Berlin"])
def test_a_place_read_without_a_guess_gets_no_notice(where):
    """Qualified; the one big city of its name (Paris, Texas, is a town of 25,000; London,
    Ontario, under a tenth of London); or its namesake within a commute (Kansas City, Kansas)."""
    assert codes(RESUME_TEXT, [where]) == []


def test_places_are_told_in_the_order_given():
    found = notices(resume_from_text(sample("en-skills-list")),
                    Preferences.parse(["Portland", "Cambridge", "Springfield", "Portland"]))
    assert [n.code for n in found] == ["no_dated_roles"] + ["place_ambiguous"] * 3
    assert [n.message.split("'")[1] for n in found[1:]] == ["Portland", "Cambridge", "Springfield"]
    assert "(e.g. 'Portland, ME')" in found[1].message and "(e.g. 'Cambridge, ON')" in found[2].message


def test_a_typed_place_is_shown_on_one_line_and_short():
    found = notices(resume_from_text(RESUME_TEXT), Preferences.parse(["  springfield  "]))
    assert found[0].message.startswith("'springfield' was read as Springfield, Missouri")


# -- what every notice promises -------------------------------------------------------------
def test_notices_are_deterministic_one_line_known_codes_and_quote_no_resume_text():
    said: dict[str, set[str]] = {}
    for name in FOREIGN + [f"en-{s}" for s in ENGLISH] + ["en-none"]:
        text = sample(name) if name != "en-none" else "I like to help people and I work hard every day."
        first = notices(resume_from_text(text, today=TODAY))
        assert first == notices(resume_from_text(text, today=TODAY))
        for n in first:
            assert n.code in CODES and "\n" not in n.message and len(n.message) < 220
            said.setdefault(n.code, set()).add(n.message)
    # One fixed sentence a code, whatever the resume: none quotes it.
    assert set(said) == {"resume_not_english", "no_dated_roles", "no_skills_or_roles"}
    assert all(len(messages) == 1 for messages in said.values())
