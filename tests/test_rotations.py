"""Rotations asked and worked (matcher.ranking.rotations), and the checklist rows they decide."""

from __future__ import annotations

import pytest

from matcher.postings.parse import parse_posting
from matcher.ranking.catalog import Catalog
from matcher.ranking.rotations import rotation_asked, rotation_shown
from matcher.resumes.read import resume_from_text


@pytest.mark.parametrize("text, days", [
    ("Ability to work a 14/14 rotation, 12-hour shifts, nights and weekends", (14, 14)),
    ("Must work 14 on/14 off", (14, 14)),
    ("Schedule: 14-on/14-off hitches", (14, 14)),
    ("2 weeks on, 2 weeks off rotation", (14, 14)),
    ("Two weeks on / two off", (14, 14)),
    ("21/21 rotation offshore", (21, 21)),
    ("28 days on / 28 days off", (28, 28)),
    ("Work a 7&7 schedule", (7, 7)),
    ("Rotation: 20x10", (20, 10)),
    ("Hitch of 14x7", (14, 7)),
    # no rotation: hours of a compressed week, round-the-clock cover, a date, a ratio
    ("Participate in a 24/7 on-call rotation", None),
    ("Work a 4/10 schedule", None),
    ("9/80 schedule available", None),
    ("3x12 schedule, nights", None),
    ("Standard 5/2 schedule", None),
    ("Work a 4 on / 4 off schedule", (4, 4)),
    ("Start date 12/14", None),
    ("Ability to work 12-hour shifts, nights and weekends", None),
])
def test_rotation_asked(text, days):
    assert rotation_asked(text) == days


@pytest.mark.parametrize("line, found", [
    ("Floorhand, Key Energy Services, Midland, TX - 2021 to present (14/14 rotation)", "covered"),
    ("Worked 14 on / 14 off hitches on workover rigs", "covered"),
    ("Two weeks on, two weeks off on offshore platforms", "covered"),
    ("Worked a 21/21 rotation offshore", "partial"),       # a rotation, of another pattern
    ("Seeking a 14/14 rotation job", None),                 # the job sought shows none worked
    ("Ran tongs and slips on a workover rig", None),
])
def test_rotation_shown(line, found):
    shown = rotation_shown((14, 14), [line], [line.startswith("Seeking")])
    assert (shown[0] if shown else None) == found


def test_a_row_asking_a_rotation_is_decided_by_the_rotation_worked(seed_index):
    seed_index.remove([p.id for p in seed_index.store.postings()])
    seed_index.add([parse_posting("# Floorhand\nRequirements:\n- Valid driver's license\n"
                                  "- Ability to work a 14/14 rotation, 12-hour shifts, nights and weekends\n", "fh")])
    catalog = Catalog.from_index(seed_index)
    rows = {}
    for name, line in (("same", "Floorhand, Key Energy Services, Midland, TX - 2021 to present (14/14 rotation)"),
                       ("other", "Floorhand, Key Energy Services, Midland, TX - 2021 to present (21/21 rotation)")):
        resume = resume_from_text(f"Experience\n{line}\n- Tripped pipe with tongs and slips\n"
                                  "Texas driver's license\n", name)
        (m,) = catalog.rank(resume)
        rows[name] = next(r for r in m.explanation.requirements if "rotation" in r.text)
    assert rows["same"].status == "covered" and "14/14 rotation" in rows["same"].evidence
    assert rows["other"].status == "partial"
