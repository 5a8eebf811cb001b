"""Notice periods asked and stated (matcher.ranking.joining), and the checklist rows they decide."""

from __future__ import annotations

import pytest

from matcher.postings.parse import parse_posting
from matcher.ranking.catalog import Catalog
from matcher.ranking.joining import notice_asked, notice_flexible, notice_shown
from matcher.resumes.read import resume_from_text


@pytest.mark.parametrize("text, days", [
    ("Notice period up to 30 days (immediate joiners preferred)", 30),
    ("Notice period of 30 days or less", 30),
    ("Notice period: max 60 days", 60),
    ("Notice period less than 2 months", 60),
    ("Immediate joiners only", 0),
    ("Candidates able to join within 2 weeks", 14),
    # a notice the work asks, or none: no ceiling on when the seeker starts
    ("Give 24 hours notice of a shift change", None),
    ("Provide notice of 2 weeks before planned leave", None),
    ("3-5 years of experience in data analysis", None),
])
def test_notice_asked(text, days):
    assert notice_asked(text) == days


@pytest.mark.parametrize("line, status", [
    ("Notice period: 60 days", "missing"),
    ("2 months notice", "missing"),
    ("Notice Period   : 30 days (serving notice, last working day 20-Dec-2026)", "covered"),
    ("Notice period: 15 days", "covered"),
    ("Availability: 1 month's notice", "covered"),
    ("Available to join immediately.", "covered"),
    ("Moving to Bengaluru in January 2027, can join immediately", "covered"),
    ("Available immediately", "covered"),
    ("Immediate joiner", "covered"),
    ("Notice period - Immediate", "covered"),
    # a longer notice being served ends sooner, by how much is not said
    ("Notice period: 90 days (serving notice)", "partial"),
    # notices and starts in the work say nothing of the seeker's
    ("Gave two weeks notice to staff of schedule changes", None),
    ("Managed a 30-day notice process for tenants", None),
    ("Started immediately on arrival at the site", None),
])
def test_a_notice_stated_is_compared_by_its_days(line, status):
    found = notice_shown(30, [line])
    assert (found[0] if found else None) == status


@pytest.mark.parametrize("line, status", [
    ("Notice period: negotiable", "partial"),
    ("Notice negotiable", "partial"),
    ("Notice period is negotiable", "partial"),
    ("Negotiable notice period", "partial"),
    ("Notice period: 90 days (negotiable)", "partial"),
    ("Notice period: 60 days, can be bought out", "partial"),
    ("Notice Period : 90 days - buyout option available", "partial"),
    ("Notice period: 2 months (can be reduced)", "partial"),
    ("Availability: 60 days notice, can be bought out by the new employer", "partial"),
    # a notice within the days taken is still shown; an immediate start still covers
    ("Notice period: 15 days (negotiable)", "covered"),
    ("Immediate joiner, notice negotiable", "covered"),
    # negotiating in the work, or pay that is negotiable, says nothing of when the seeker starts
    ("Negotiated notice periods and severance terms with unions", None),
    ("Salary negotiable", None),
    ("Led the team through a buyout by Oracle in 2019", None),
    ("The firm was bought out by a private equity group", None),
])
def test_a_negotiable_notice_is_to_check(line, status):
    """"Notice period: negotiable" and "can be bought out" were not read: a notice the seeker can shorten is
    for the employer to check against the days it takes, not missing."""
    found = notice_shown(30, [line])
    assert (found[0] if found else None) == status


@pytest.mark.parametrize("text, flexible", [
    ("Notice period up to 30 days (negotiable)", True),
    ("Notice period: 30 days, negotiable for the right candidate", True),
    ("Notice period of 30 days or less; we can buy out the rest", True),
    ("Notice period up to 30 days, buyout possible", True),
    ("Notice period up to 30 days (immediate joiners preferred)", False),
    ("Immediate joiners only", False),
    ("Notice period up to 30 days. Salary negotiable.", False),
])
def test_a_notice_the_posting_can_stretch_is_read(text, flexible):
    assert notice_flexible(text) is flexible


@pytest.mark.parametrize("line, status", [
    ("Notice period: 60 days", "partial"),
    ("Notice period: 15 days", "covered"),
    ("Available to join immediately.", "covered"),
])
def test_a_longer_notice_against_one_the_posting_can_stretch_is_to_check(line, status):
    assert notice_shown(30, [line], flexible=True)[0] == status


def test_a_row_asking_a_notice_period_is_decided_by_the_days(seed_index):
    seed_index.remove([p.id for p in seed_index.store.postings()])
    seed_index.add([parse_posting("# Data Analyst\nMust have:\n- Strong SQL and Python\n"
                                  "- Notice period up to 30 days (immediate joiners preferred)\n", "da")])
    catalog = Catalog.from_index(seed_index)
    rows = {}
    for name, line in (("late", "Notice period: 60 days"), ("now", "Available to join immediately."),
                       ("served", "Notice Period : 30 days (serving notice, last working day 20-Dec-2026)"),
                       ("flexible", "Notice period: 90 days (negotiable)")):
        resume = resume_from_text(f"Data Analyst\n{line}\nExperience\nData Analyst, Acme, 2020 - Present\n"
                                  "- Wrote SQL and Python for supply chain dashboards\n", name)
        (m,) = catalog.rank(resume)
        rows[name] = next(r for r in m.explanation.requirements if r.text.startswith("Notice"))
    # a longer notice says how long, as a measure's row does ("Notice Period : 60 days" had read missing with nothing)
    assert (rows["late"].status, rows["late"].note) == ("missing", "60 days' notice shown, 30 asked")
    assert rows["now"].note == ""
    assert rows["now"].status == "covered" and rows["now"].evidence == "Available to join immediately."
    assert rows["served"].status == "covered"
    assert rows["flexible"].status == "partial"


def test_a_row_asking_a_notice_the_posting_can_stretch_is_to_check_for_a_longer_one(seed_index):
    seed_index.remove([p.id for p in seed_index.store.postings()])
    seed_index.add([parse_posting("# Data Analyst\nMust have:\n- Strong SQL and Python\n"
                                  "- Notice period up to 30 days (negotiable)\n", "da")])
    resume = resume_from_text("Data Analyst\nNotice period: 60 days\nExperience\nData Analyst, Acme, 2020 - Present\n"
                              "- Wrote SQL and Python for supply chain dashboards\n", "late")
    (m,) = Catalog.from_index(seed_index).rank(resume)
    row = next(r for r in m.explanation.requirements if r.text.startswith("Notice"))
    assert (row.status, row.evidence) == ("partial", "Notice period: 60 days")
