"""Hours asked and hours stated (matcher.ranking.hours), and the checklist rows they decide."""

from __future__ import annotations

import pytest

from matcher.postings.parse import parse_posting
from matcher.ranking.catalog import Catalog
from matcher.ranking.hours import hours_asked, hours_share
from matcher.resumes.read import resume_from_text

LOG = ["Total time: 1,640 hours | Multi-engine: 118 hours | PIC: 1,420 hours"]
STUDENT = ["Flight time: 265 hours total, 12 hours multi-engine."]


@pytest.mark.parametrize("text, asked", [
    ("1,500 hours total flight time", [1500.0]),
    ("1,500 hours total flight time (1,000 hours for R-ATP with an approved degree)", [1500.0]),
    ("3,000 hours of supervised clinical experience", [3000.0]),
    ("1,500 hours total time, including 500 hours cross-country", [1500.0, 500.0]),
    # a schedule, a deadline or a short course asks no hours of experience
    ("Able to work 40 hours per week", []),
    ("Must return calls within 24 hours", []),
    ("Work 12-hour shifts", []),
    ("Complete 8 hours of safety training", []),
    ("20 hours of continuing education annually", []),
])
def test_hours_asked(text, asked):
    assert [value for value, _ in hours_asked(text)] == asked


def test_hours_stated_are_compared_with_those_asked_by_their_kind():
    total, multi = hours_asked("1,500 hours total flight time"), hours_asked("50 hours multi-engine time")
    assert hours_share(total, LOG) == (1.0, 0) and hours_share(multi, LOG) == (1.0, 0)
    assert hours_share(total, STUDENT)[0] == pytest.approx(265 / 1500)
    assert hours_share(multi, STUDENT)[0] == pytest.approx(12 / 50)
    # no line states hours of the kind asked: the resume does not say
    assert hours_share(hours_asked("100 hours of night flying"), LOG) is None
    assert hours_share(total, ["Certified Flight Instructor, 2022 - Present"]) is None


@pytest.mark.parametrize("line, share", [
    ("16+ annual training hours each year", 1.0),
    ("Completed 16 hours of annual training (2024, 2025)", 1.0),
    ("Annual training: 20 hours per year, Virginia licensing", 1.0),
    ("12 annual training hours completed in 2025", 0.75),
    # hours of a schedule are no hours of training
    ("Worked 40 hours per week in the toddler room", None),
    ("Trained 12 new staff members in 2025", None),
])
def test_hours_stated_with_words_between_or_each_year_count_for_a_yearly_ask(line, share):
    """"16+ annual training hours each year" states 16 hours of annual training: words between
    the count and "hours", and "each year" after, a yearly count (a week's is a schedule)."""
    asked = hours_asked("Must complete 16 hours of annual training as required by Virginia child care licensing "
                        "standards")
    found = hours_share(asked, [line])
    assert (found[0] if found else None) == share


def test_a_row_asking_hours_is_covered_only_by_as_many_hours(seed_index):
    seed_index.remove([p.id for p in seed_index.store.postings()])
    seed_index.add([parse_posting(
        "# First Officer\nRequirements\n- 1,500 hours total flight time\n- 50 hours multi-engine time\n", "fo")])
    catalog = Catalog.from_index(seed_index)
    pilot = resume_from_text("Experience\nCertified Flight Instructor, Skyline Aviation, 2022 - Present\n"
                             "Flight hours\n" + LOG[0] + "\n", "pilot")
    student = resume_from_text("Experience\nFlight student, Skyline Aviation, 2025 - Present\n"
                               "Flight hours\n" + STUDENT[0] + "\n", "student")
    (p,), (s,) = catalog.rank(pilot), catalog.rank(student)
    assert [r.status for r in p.explanation.requirements] == ["covered", "covered"]
    assert p.explanation.requirements[0].evidence == LOG[0]
    assert [r.status for r in s.explanation.requirements] == ["missing", "missing"]
    assert p.score > s.score
