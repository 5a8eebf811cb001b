"""Postings: what a careful reader sees in each seed, every record format, every bad input."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from matcher.errors import InputError
from matcher.postings import feeds
from matcher.postings.feeds import load_postings, read_feed, read_postings
from matcher.postings.fields import parse_salary
from matcher.postings.knockout_rules import leaves_way_open, residency_place
from matcher.postings.parse import Posting, format_posting, parse_posting, parse_years
from matcher.postings.sections import SECTION_KINDS
from matcher.postings.years import (
    another_kind,
    asked_roles,
    does_work,
    excluded_role,
    excluded_work,
    kinds_of_work,
    like_by_other_words,
    main_work,
    managed_work,
    people_served,
    work_done_to,
    years_parts,
)

from .helpers import SEEDS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "postings"

MOJIBAKE = ("‚Äô", "ðŸ", "Ã", "â€", "Â")
BOILERPLATE = re.compile(r"equal (employment )?opportunity|e-verify|privacy policy|benefits|base salary"
                         r"|salary range|dental|discriminat|sexual orientation|parental leave", re.I)


def seed(prefix: str) -> Posting:
    (path,) = SEEDS.glob(prefix + "_*.txt")
    (posting,) = read_postings([path])
    return posting


def requirement(posting: Posting, starts: str):
    found = [r for r in posting.requirements if r.text.startswith(starts)]
    assert found, f"no requirement starting {starts!r} in {[r.text for r in posting.requirements]}"
    return found[0]


def all_text(posting: Posting) -> str:
    return "\n".join([posting.title, posting.company, posting.location, posting.text]
                     + [s.text for s in posting.sections] + [r.text for r in posting.requirements])


# --- the five seeds ------------------------------------------------------------------

def test_apollo_header_salary_remote_and_requirements():
    p = seed("000")
    assert (p.title, p.company) == ("Senior Software Engineer, Rust", "Apollo GraphQL")
    assert p.remote is True
    assert "United States" in p.location
    assert (p.salary_min, p.salary_max) == (174000, 235000)
    assert p.salary_text == "$174,000/yr - $235,000/yr"
    rust = requirement(p, "You have experience with Rust")
    assert rust.kind == "must" and rust.section == "Who You Are"
    assert requirement(p, "Bonus points if you have experience with GraphQL").kind == "nice"
    assert [r.text for r in p.nice] == ["Bonus points if you have experience with GraphQL!"]
    assert len(p.must) == 8
    # the "What You'll Do" bullets are responsibilities, not requirements; the on-call rotation among them is
    # a condition of the work, to confirm
    assert [r.kind for r in p.requirements if r.text.startswith("You'll participate in on-call")] == ["condition"]


def test_apollo_repeated_description_is_read_once():
    p = seed("000")
    assert p.text.count("We're helping organizations deploy supergraphs") == 1
    keys = [r.text.lower() for r in p.requirements]
    assert len(keys) == len(set(keys))


def test_apollo_trailing_pay_and_legal_paragraphs_are_boilerplate():
    p = seed("000")
    kinds = {s.heading: s.kind for s in p.sections}
    assert kinds["Equal Opportunity"] == kinds["E-Verify"] == kinds["Privacy"] == "legal"
    assert any(s.kind == "benefits" and "base salary range" in s.text for s in p.sections)
    assert kinds["Description"] == "about" and kinds["What You'll Do"] == "responsibilities"


def test_001_sections_and_years():
    p = seed("001")
    assert p.title == "Senior Backend Software Engineer"
    assert p.location == "San Francisco, Toronto"
    assert p.remote is None and p.salary_min is None
    five = requirement(p, "5+ years of professional software engineering experience")
    assert (five.kind, five.years, five.section) == ("must", 5, "What You Bring")
    assert len(p.must) == 8 and len(p.nice) == 5
    assert all(r.section == "Nice to Have" for r in p.nice)
    kinds = {s.heading: s.kind for s in p.sections}
    assert kinds["Compensation & Benefits"] == "benefits"
    assert kinds["Equal Opportunity"] == "legal"
    assert kinds["How We Work"] == "company"
    assert kinds["What You Will Do"] == "responsibilities"
    assert p.years == 5


def test_002_front_matter_gives_title_and_company():
    p = seed("002")
    assert p.id == "002_e398d6db5335ec34"  # the file stem, not the front matter's id
    assert (p.title, p.company) == ("Senior Rust Developer", "RustFoundation")
    assert "role:" not in p.text and not p.text.startswith("---")
    rust = requirement(p, "5+ years of professional software engineering experience, including 2+ years using Rust")
    assert rust.kind == "must" and rust.years == 5
    assert parse_years("2+ years using Rust") == 2
    assert len(p.nice) == 5 and all(r.section == "Nice to Have" for r in p.nice)
    assert {s.heading: s.kind for s in p.sections}["About the Organization"] == "company"


def test_003_bonus_points_are_nice_and_header_salary():
    p = seed("003")
    assert (p.title, p.company) == ("Senior Software Engineer - API Platform", "Discord")
    assert p.location == "United States"
    assert (p.salary_min, p.salary_max) == (394000, 394000)
    backend = requirement(p, "5+ years of experience developing backend systems")
    assert (backend.kind, backend.years) == ("must", 5)
    bonus = [r for r in p.requirements if r.section == "Bonus Points"]
    assert len(bonus) == 7 and all(r.kind == "nice" for r in bonus)
    assert len(p.must) == 5
    kinds = {s.heading: s.kind for s in p.sections}
    assert kinds["About Us"] == "company"
    assert any(s.kind == "benefits" and "$190,000-$204,000" in s.text for s in p.sections)
    # the long '### ...' paragraphs are text, not headings
    assert "### " not in p.text and "The API Platform team" in p.sections[0].text


def test_004_headings_without_marks_minimum_years_and_nice_to_haves():
    p = seed("004")
    assert p.title == "Senior Software Engineer"  # from "As a Senior Software Engineer on the Worker Team"
    minimum = requirement(p, "A minimum of 5 years")
    assert (minimum.kind, minimum.years) == ("must", 5)
    nice = [r for r in p.requirements if r.section == "Nice to haves"]
    assert len(nice) == 7 and all(r.kind == "nice" for r in nice)
    # the lead-in line of the list is not a requirement
    assert not any(r.text.startswith("While not specifically required") for r in p.requirements)
    # "(AWS preferred)" qualifies part of a must-have, it does not make it nice
    assert requirement(p, "Experience with cloud infrastructure (AWS preferred)").kind == "must"
    assert [s.kind for s in p.sections] == ["about", "responsibilities", "requirements", "nice"]
    assert p.years == 5


def test_a_flattened_posting_keeps_its_sections_and_requirements():
    """A job board's one-paragraph posting: its inline labels after a sentence start sections,
    and a requirement sentence cut by semicolons is one requirement per clause."""
    p = parse_posting(
        "Account Executive Loopline helps 4,000 logistics companies plan routes. Responsibilities: "
        "Prospect and qualify new accounts; run product demos; close new business. Requirements: 3+ years "
        "of B2B SaaS closing experience; experience with Salesforce or HubSpot CRM; excellent negotiation "
        "skills (written; spoken); bachelor's degree preferred. Benefits: OTE $140,000, medical, dental.", "ae")
    assert [s.kind for s in p.sections] == ["about", "responsibilities", "requirements", "benefits"]
    assert [(r.kind, r.text) for r in p.requirements] == [
        ("must", "3+ years of B2B SaaS closing experience"),
        ("must", "experience with Salesforce or HubSpot CRM"),
        ("must", "excellent negotiation skills (written; spoken)"),
        ("nice", "bachelor's degree preferred")]
    # a board's header fields run into one line
    r = parse_posting("Account Executive, Mid-Market Sales Company: Loopline Location: Denver, CO\n"
                      "Requirements: 3+ years of B2B sales.", "ae2")
    assert (r.title, r.company, r.location) == ("Account Executive, Mid-Market Sales", "Loopline", "Denver, CO")
    # a label that names no section cuts nothing, nor a semicolon before a clause too short to ask
    q = parse_posting("# Analyst\nRequirements\nExperience with SQL. Note: strong dbt skills; Looker.\n", "a")
    assert [r.text for r in q.requirements] == ["Experience with SQL.", "Note: strong dbt skills; Looker."]


def test_a_background_check_the_employer_announces_is_legal_text():
    p = parse_posting("# Driver\nRequirements\n- CDL-A\n\nOffers are contingent on a background check in "
                      "accordance with applicable law.\n", "d")
    assert [r.text for r in p.requirements] == ["CDL-A"]


@pytest.mark.parametrize("item, kind", [
    ("Able to stand for 8 hours and lift 50 lbs", "condition"),
    ("Weekend and evening availability", "condition"),
    ("Must pass a pre-employment physical exam", "condition"),
    ("Ability to work rotating shifts including nights and weekends", "condition"),
    ("Ability to work Saturdays", "condition"),
    ("Open availability including early mornings", "condition"),
    ("Reliable availability at least 2 days per week; early morning calls via Frontline", "condition"),
    ("Available 3 shifts a week", "condition"),
    ("Ability to carry heavy trays and work long shifts on your feet", "condition"),
    ("Comfortable on your feet all day", "condition"),
    ("Experience lifting heavy equipment with a crane", "must"),
    ("Availability to work early mornings", "condition"),
    ("Availability to work Sundays and holidays", "condition"),
    ("Willing to travel up to 25%", "condition"),
    ("Occasional travel to supplier sites (10%)", "condition"),
    ("Some overnight travel required", "condition"),
    ("Travel to client sites (up to 25%)", "condition"),
    ("Extensive travel industry experience", "must"),
    ("Must be at least 18 years of age", "condition"),
    ("Must pass a background check and drug screen", "condition"),
    ("Must pass fingerprint clearance and TB test", "condition"),
    ("Must be at least 23 years old.", "condition"),
    ("Must live within 50 miles of Houston, TX.", "condition"),
    ("Mandatory overtime during peak season (Oct-Dec)", "condition"),
    ("Overtime during peak season", "condition"),
    ("Experience calculating overtime pay for hourly staff", "must"),
    ("Working in a freezer environment (-10F)", "condition"),
    ("Must be able to work in refrigerated areas", "condition"),
    ("Experience working in a cold storage warehouse", "must"),
    ("0-2 years of professional experience (internships count!)", "condition"),
    ("Overtime may be required during peak season, including some Saturdays.", "condition"),
    ("Live within commuting distance of the plant", "condition"),
    # the steps of a public-safety hiring and a record without convictions are to confirm
    ("Must pass written exam, physical ability test, polygraph, psychological and medical exams, and a thorough "
     "background investigation", "condition"),
    ("Must pass a polygraph examination", "condition"),
    ("Must pass the civil service exam and an agility test", "condition"),
    ("No felony convictions; no domestic violence convictions", "condition"),
    ("No felonies or DUI convictions in the past 7 years", "condition"),
    # an access badge the site issues and a shift rota by hours on and off
    ("Must be able to obtain and maintain an airport SIDA badge (10-year background check)", "condition"),
    # where the worker must come to live, a future obligation ("within 6 months of hire"), no skill missed
    ("Must establish residency within city limits within 6 months of hire", "condition"),
    ("Residency within the City of Chicago is required at time of hire", "condition"),
    ("Must maintain residence in the county for the duration of employment", "condition"),
    ("City residency required within 12 months of appointment", "condition"),
    ("Employees must become residents of the city within one year of hire", "condition"),
    ("Completion of an accredited PGY1 pharmacy residency", "must"),
    ("Completed residency in internal medicine", "must"),
    ("Ability to obtain a security badge", "condition"),
    # a remote job's home set-up
    ("Reliable high-speed internet (25 Mbps download) required", "condition"),
    ("Hard-wired internet connection required", "condition"),
    ("Experience with internet marketing", "must"),
    ("Remote work requirements: dedicated workspace and high-speed internet (minimum 25 Mbps)", "condition"),
    ("A dedicated, quiet workspace at home", "condition"),
    ("Experience setting up home office networks and high-speed internet for remote staff", "must"),
    ("Install and troubleshoot high-speed internet for customers", "must"),
    ("Knowledge of broadband internet technologies", "must"),
    # an on-call rota to take part in, unless the item asks work done in one
    ("Participate in on-call rotation", "condition"),
    ("Must be willing to participate in an on-call rotation", "condition"),
    ("Take part in weekend on-call", "condition"),
    ("Availability for on-call shifts", "condition"),
    ("Rotating on-call schedule required", "condition"),
    ("Must be on call one weekend a month", "condition"),
    ("Experience supporting production systems in an on-call rotation", "must"),
    ("Experience working in an on-call rotation", "must"),
    ("Manage the on-call schedule for the nursing unit", "must"),
    ("BLS certification required; participate in on-call rotation", "must"),
    ("24 on / 48 off shift schedule", "condition"),
    ("Works a 48/96 schedule", "condition"),
    ("Must hold a TWIC card", "must"),
    # where and on what the body works, a union to join, a passport and tools to bring are to confirm
    ("Must be able to work outdoors in Florida heat", "condition"),
    ("Must be comfortable working in crawlspaces and attics", "condition"),
    ("Ability to climb 200+ ft ladders daily", "condition"),
    ("Able to work at heights and in confined spaces", "condition"),
    ("Willingness to work outside in all weather conditions", "condition"),
    # ... an item whose lead was cut off, and hazards the work exposes the body to
    ("work outdoors in all weather", "condition"),
    ("Work outdoors in all weather conditions, including extreme heat and cold", "condition"),
    ("exposure to blood-borne pathogens", "condition"),
    ("May be exposed to hazardous chemicals and loud noise", "condition"),
    ("Exposure to Kubernetes or other container orchestration", "must"),
    ("Experience working outdoors as a landscaper", "must"),
    ("Must be a member in good standing of IUOE Local 9 or willing to join", "condition"),
    ("Must hold or be able to obtain a passport for international travel (up to 10%)", "condition"),
    ("Must possess and provide own basic hand tools", "condition"),
    ("Own tools required", "condition"),
    ("Technicians must supply their own hand tools and a multimeter", "condition"),
    # gear to bring, time away from home a route keeps, a program to enrol in
    ("Must supply own hood, gloves and leathers", "condition"),
    ("Must provide own laptop and know AutoCAD", "must"),
    ("Able to be out 5 days per week", "condition"),
    ("Out 2-3 weeks at a time, home every other weekend", "condition"),
    ("Enrolled in or willing to enroll in a state-approved apprenticeship program", "condition"),
    ("Experience building 5 days per week schedules", "must"),
    ("Confined space entry certification", "must"),
    ("Experience with hand and power tools", "must"),
    ("OSHA fall protection training for work at heights", "must"),
    ("Experience in outdoor advertising sales", "must"),
    # a screen of health, and a hospital's clearing of a vendor's staff, are conditions; giving vaccines is work
    ("Proof of COVID-19 vaccination required", "condition"),
    ("Must have up-to-date immunizations (MMR, Hep B, TB)", "condition"),
    ("Ability to obtain hospital vendor credentialing (Vendormate, Reptrax) including required vaccinations",
     "condition"),
    ("Must maintain vendor credentialing with all hospital accounts", "condition"),
    ("Administer required immunizations to children", "must"),
    ("Knowledge of CDC immunization schedules", "must"),
    ("Experience managing vendor credentialing programs", "must"),
    # a credential's exam passed is shown by a resume
    ("Must pass the CPA exam within 18 months", "must"),
    ("Passed at least two SOA or CAS preliminary exams", "must"),
    ("At least 20 years of experience in warehousing", "must"),
    # a licence or a skill beside a condition is asked, and a resume shows it
    ("Valid driver's license and reliable transportation", "must"),
    ("Experience lifting and transferring patients safely", "must"),
    # a list of ways to move the weight, and overnight shifts (walk-through: health)
    ("frequent lifting, transferring and repositioning patients up to 50 pounds", "condition"),
    ("Overnight and weekend shifts", "condition"),
    ("Experience processing overtime and payroll for 300 employees", "must"),
    ("Experience with shift scheduling software", "must"),
    # protective gear to wear and a plant's air, heat and noise (walk-through: manufacturing)
    ("Steel-toe boots required", "condition"),
    ("Must wear safety glasses and hearing protection at all times", "condition"),
    ("Must be able to wear a respirator (fit test required)", "condition"),
    ("Able to work in a non-climate controlled environment", "condition"),
    ("Able to work in a loud, dusty environment", "condition"),
    ("Knowledge of PPE requirements and OSHA standards", "must"),
    ("Experience selling safety footwear to industrial accounts", "must"),
    ("Must have experience working in a wet lab environment", "must"),
    ("Experience with HVAC climate control systems", "must"),
])
def test_conditions_of_the_work_are_told_apart_from_what_a_resume_shows(item, kind):
    p = parse_posting(f"# Warehouse Associate\nRequirements\n- {item}\n- 1+ year of warehouse experience\n", "w")
    assert requirement(p, item).kind == kind
    assert [r.text for r in p.conditions] == ([item] if kind == "condition" else [])
    assert (item in format_posting(p)) and ("1 condition)" in format_posting(p)) == (kind == "condition")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_have_no_mojibake_and_no_boilerplate_requirements(path):
    (p,) = read_postings([path])
    text = all_text(p)
    assert not [m for m in MOJIBAKE if m in text]
    assert not [r.text for r in p.requirements if BOILERPLATE.search(r.text)]
    assert all(s.kind in SECTION_KINDS for s in p.sections)
    assert p.requirements and p.must


def test_seed_header_emoji_is_repaired():
    text = seed("000").text
    assert "\uf8ff" not in text and "💰" in text


def test_seed_requirements_carry_skills():
    p = seed("000")
    assert "Rust" in requirement(p, "You have experience with Rust").skills
    assert "Rust" in p.skills
    assert "Kubernetes" in seed("003").skills


def test_posting_skills_are_what_it_asks():
    p = parse_posting("# Senior Engineer - Linux\n\nWe are a leader in financial services. "
                      "We chat in Slack.\n\n## Requirements\n- Our stack: Go and PostgreSQL\n"
                      "- Experience with Docker\n", "x")
    assert requirement(p, "Our stack: Go and PostgreSQL").skills == ["Go", "PostgreSQL"]
    assert p.skills == ["Docker", "Go", "PostgreSQL"]  # a requirement asks by its place


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_round_trip_through_json(path):
    (p,) = read_postings([path])
    again = Posting.from_dict(json.loads(json.dumps(p.to_dict())))
    assert again == p
    assert again.to_dict() == p.to_dict()


def test_format_posting_shows_header_sections_and_requirements():
    shown = format_posting(seed("003"))
    assert shown.splitlines()[0] == "Senior Software Engineer - API Platform"
    assert "company: Discord" in shown and "salary: $394,000 a year" in shown
    assert "[must] 5+ years of experience developing backend systems.  (5+ years" in shown
    assert "[nice] Experience with large Python or Rust codebases." in shown
    assert "== Bonus Points [nice]" in shown and "== About Us [company]" in shown


# --- records and files ------------------------------------------------------------------

def test_fixture_directory_reads_every_format_sorted():
    postings = load_postings([FIXTURES])
    assert [p.id for p in postings] == ["cp1252", "front_matter", "csv-1", "csv-2", "json-1", "42",
                                        "jsonl-1", "jsonl-2"]


def test_json_records_with_fields_and_description_synonym():
    first, second = read_postings([FIXTURES / "records.json"])
    assert (first.title, first.company, first.location, first.url) == (
        "Data Engineer", "Acme", "Berlin", "https://example.com/jobs/1")
    assert first.remote is False and (first.salary_min, first.salary_max) == (70000, 85000)
    assert requirement(first, "Familiarity with Airflow is a plus").kind == "nice"
    assert second.id == "42"
    assert requirement(second, "We need someone with at least two years").years == 2
    assert not any("salary" in r.text for r in second.requirements)  # headingless, benefits left out


def test_json_single_record_and_wrapped_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "a", "text": "You have experience with Go."}))
    (tmp_path / "wrapped.json").write_text(json.dumps({"jobs": [{"id": "b", "text": "Requirements:\n- Go"}]}))
    assert [p.id for p in load_postings([tmp_path])] == ["a", "b"]


def test_jsonl_records():
    first, second = read_postings([FIXTURES / "records.jsonl"])
    assert first.remote is True and requirement(first, "Terraform preferred").kind == "nice"
    assert (second.salary_min, second.salary_max, second.salary_text) == (120000, 120000, "120000")


def test_csv_records_with_quotes_and_multiline_text():
    first, second = read_postings([FIXTURES / "records.csv"])
    assert (first.title, first.company, first.remote) == ("ML Engineer", "Beta", True)
    assert (first.salary_min, first.salary_max) == (150000, 180000)
    assert requirement(first, 'Experience with PyTorch, "quoted", and, commas').kind == "must"
    assert requirement(first, "Published research").kind == "nice"
    assert second.title == "Senior Analyst" and second.years == 6


def test_csv_field_bigger_than_the_csv_module_default(tmp_path):
    path = tmp_path / "big.csv"
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "description"])
        writer.writerow(["long", "You have 4+ years of experience with Go.\n" + "More text here. " * 3000])
        writer.writerow(["big", "You have 4+ years of experience with Go.\n" + "More text here. " * 9000])
    # A field over the csv module's default (128 KiB) is read, and refused by the posting
    # size cap with one line naming the record, not by the csv module.
    with pytest.raises(InputError, match=r"big\.csv line 4: posting 'big' is 144,041 characters, "
                                         r"over the 50,000-character limit"):
        list(read_postings([path]))
    p = next(read_postings([path]))  # the record before it is read whole
    assert p.years == 4


def test_front_matter_fields_and_bold_headings():
    (p,) = read_postings([FIXTURES / "front_matter.md"])
    assert p.id == "front_matter"
    assert (p.title, p.company, p.location, p.remote) == ("Platform Engineer", "Gamma Labs", "Lisbon, Portugal", True)
    assert (p.salary_min, p.salary_max) == (60000, 75000)
    assert requirement(p, "3+ years of experience with AWS").kind == "must"
    assert requirement(p, "Experience with Nomad").kind == "nice"


def test_bad_front_matter_is_read_as_text():
    p = parse_posting("---\n: [unclosed\n---\nRequirements:\n- 2 years of Go", "x")
    assert p.requirements[0].years == 2


def test_non_utf8_file_is_decoded_not_fatal():
    (p,) = read_postings([FIXTURES / "cp1252.txt"])
    assert "We're looking for 3+ years with Java – and Spring." in p.text.replace("\u2019", "'")
    assert "Café" in p.text


def test_record_fields_override_the_text():
    p = parse_posting("# Engineer at Foo\n\nRequirements:\n- Go", "x",
                      {"title": "Staff Engineer", "company": "Bar", "remote": "no", "salary": 150000.0})
    assert (p.title, p.company, p.remote, p.salary_min) == ("Staff Engineer", "Bar", False, 150000)
    assert parse_posting("# Engineer at Foo\n\nText.", "y").company == "Foo"


# --- text shapes ----------------------------------------------------------------------

REQUIREMENTS_BODY = "- 5+ years of experience with Python\n- Knowledge of SQL\n"
NICE_BODY = "- Experience with Kafka\n"


@pytest.mark.parametrize("must_heading, nice_heading", [
    ("## Requirements", "## Nice to Have"),
    ("**What You Bring**", "**Bonus Points**"),
    ("Who you are:", "Nice to haves:"),
    ("Qualifications", "Preferred Qualifications"),
    ("Minimum Qualifications", "Plus"),
    ("<h3>What you should have</h3>", "<h3>Preferred</h3>"),
])
def test_heading_styles(must_heading, nice_heading):
    text = f"We build things.\n\n{must_heading}\n{REQUIREMENTS_BODY}\n{nice_heading}\n{NICE_BODY}"
    p = parse_posting(text, "x")
    assert [(r.kind, r.text) for r in p.requirements] == [
        ("must", "5+ years of experience with Python"), ("must", "Knowledge of SQL"),
        ("nice", "Experience with Kafka")]


def test_html_posting():
    html = ("<h2>Requirements</h2><ul><li>3+ years of <b>Java</b></li><li>Experience with Spring</li></ul>"
            "<p>We are an equal opportunity employer.</p>")
    p = parse_posting(html, "x")
    assert [r.text for r in p.requirements] == ["3+ years of Java", "Experience with Spring"]
    assert p.sections[-1].kind == "legal"


def test_redaction_placeholders_are_no_html_tags():
    from matcher.text import clean_text
    assert clean_text("<ORGANIZATION> is a <b>fintech</b> firm<BR>in <LOCATION>; <DIV>write to</DIV> <EMAIL_ADDRESS>") \
        == "<ORGANIZATION> is a fintech firm in <LOCATION>; write to <EMAIL_ADDRESS>"
    # so the company's introduction by its (redacted) name is still the company's
    p = parse_posting("Backend Engineer\n\n<ORGANIZATION> is a VC-backed SaaS start-up based in <LOCATION>.\n\n"
                      "Requirements\n- 3+ years of Python\n", "x")
    assert "SaaS" not in p.skills and "Python" in p.skills


@pytest.mark.parametrize("item", [
    "Bonus points if you have experience with GraphQL", "Experience with Go is a plus",
    "A degree in CS is preferred", "Nice to have: Terraform", "Ideally you have used Kafka",
    # what an item ends saying is taken too (an MRO posting's item was a must-have, covered by a civil role)
    "Military aircraft maintenance experience considered", "Equivalent experience will be considered.",
])
def test_nice_items_inside_a_must_section(item):
    p = parse_posting(f"Requirements\n- 3+ years with Python\n- {item}", "x")
    assert [r.kind for r in p.requirements] == ["must", "nice"]


def test_an_item_saying_what_is_not_considered_stays_a_must():
    p = parse_posting("Requirements\n- 3+ years with Python\n- Degree required; candidates without one will not be "
                      "considered\n", "x")
    assert [r.kind for r in p.requirements] == ["must", "must"]


def test_an_item_under_a_preferred_heading_that_says_it_is_required_is_a_must():
    p = parse_posting("Nurse\n\nRequirements\n- BLS certification\n\nPreferred\n- BSN preferred\n"
                      "- U.S. Citizenship is required for this role (federal contract)\n"
                      "- Epic experience (not required)\n"
                      "- Spanish, which is required for some shifts, is a plus\n", "x")
    assert [r.kind for r in p.requirements] == ["must", "nice", "must", "nice", "nice"]
    citizenship = [k for k in p.knockouts if k.kind == "citizenship"]
    assert len(citizenship) == 1 and citizenship[0].required


def test_a_requirement_names_a_skill_of_some_fields_only_where_the_posting_does():
    guard = parse_posting("Security Officer - Unarmed\nPacific Guard Services - Los Angeles, CA\n\n"
                          "Requirements\n- Valid California BSIS Guard Card required\n"
                          "- 1+ year of security experience\n", "guard")
    assert "Cybersecurity" not in {name for r in guard.requirements for name in r.skills}
    engineer = parse_posting("Backend Engineer\n\nRequirements\n- 5+ years of Python\n"
                             "- Strong background in security\n", "backend")
    assert "Cybersecurity" in engineer.requirements[1].skills


def test_headingless_posting_yields_requirement_sentences():
    text = ("Acme is hiring a Backend Engineer to join our payments team. You will build APIs. "
            "You have 4+ years of experience with Go. Familiarity with Postgres is a plus. "
            "We offer great benefits and a competitive salary. "
            "Acme is an equal opportunity employer and does not discriminate.")
    p = parse_posting(text, "x")
    assert p.title == "Backend Engineer"
    assert [(r.kind, r.years, r.text) for r in p.requirements] == [
        ("must", 4, "You have 4+ years of experience with Go."),
        ("nice", None, "Familiarity with Postgres is a plus.")]


def test_text_whose_line_breaks_were_lost():
    text = ("Job Title: Software DeveloperLocation: Pittsburgh, PA\n"
            "What you will need to have: 15+ years of experience using C and Java10+ years of experience "
            "leading teamsAbility to communicate clearly\n"
            "What would be great to have:Experience in AIXExperience with AWS")
    p = parse_posting(text, "x")
    assert (p.title, p.location) == ("Software Developer", "Pittsburgh, PA")
    assert [(r.kind, r.years, r.text) for r in p.requirements] == [
        ("must", 15, "15+ years of experience using C and Java"),
        ("must", 10, "10+ years of experience leading teams"),
        ("must", None, "Ability to communicate clearly"),
        ("nice", None, "Experience in AIX"), ("nice", None, "Experience with AWS")]


@pytest.mark.parametrize("item", [
    "Certified ScrumMaster (CSM) or PSM I preferred",
    "Must hold a Certified ScrumMaster credential",
    "Advanced PowerPoint and Excel skills",
    "Experience with QuickBooks Online",
    "SharePoint and OneDrive administration",
    "JavaScript and WordPress development",
    "HubSpot or SalesForce experience",
    "Experience with AWS CodeBuild and GoogleDrive",
    "Certified ScrumMasters welcome",
    # an item's opening word only as a whole word, not the start of a longer part of the name
    "Experience with eMoney or MoneyGuidePro",
    "PowerBuilder development experience",
])
def test_a_product_name_run_together_is_never_cut_in_two(item):
    """The repair of words run together ("teamsAbility") leaves a product's name written in one word alone,
    though its second half may open an item ("Master", "Build", "Drive")."""
    p = parse_posting(f"# Project Manager\nRequirements\n- {item}\n- Bachelor's degree\n", "x")
    assert [r.text for r in p.requirements][0] == item


@pytest.mark.parametrize("text, first", [
    ("Requirements: 5+ years leading teamsMaster's degree preferred", "5+ years leading teams"),
    ("Requirements: Experience with PythonExperience with Go", "Experience with Python"),
    ("Requirements: Strong SQL skillsProject management experience", "Strong SQL skills"),
    ("Requirements: Experience with PythonMaster's degree preferred", "Experience with Python"),
])
def test_words_run_together_across_items_are_still_cut(text, first):
    assert parse_posting(text, "x").requirements[0].text == first


@pytest.mark.parametrize("item, place", [
    ("Pennsylvania residency", "Pennsylvania"),
    ("Texas residency required", "Texas"),
    ("Must be a resident of Ohio", "Ohio"),
    ("Residency in the State of Washington", "Washington"),
    ("Florida residents only", "Florida"),
    ("Must be a New Jersey resident", "New Jersey"),
    ("Must reside in Pennsylvania", "Pennsylvania"),
])
def test_a_residency_ask_is_a_place_compared_not_a_must_have(item, place):
    p = parse_posting(f"# Loan Officer\nRequirements\n- {item}\n- Bachelor's degree\n", "x")
    assert p.requirements[0].kind == "condition"
    assert residency_place(item) == place


@pytest.mark.parametrize("item", [
    "Permanent residency or U.S. citizenship required",
    "Completion of residency in Internal Medicine",
    "Board certified after an accredited Family Medicine residency",
    "Experience with resident care in assisted living",
    "Chief Resident experience preferred",
])
def test_a_residency_that_names_no_place_is_no_residency_ask(item):
    assert residency_place(item) == ""


@pytest.mark.parametrize("lines", [
    "- Must live in one of the following states:\n  - Florida\n  - Georgia\n  - Texas",
    "* Must reside in one of the following states:\n\n* Florida\n* Georgia\n* Texas",
    "- We hire in the following states:\n- FL, GA\n- TX",
])
def test_states_listed_under_a_residency_lead_in_are_one_ask(lines):
    """The states under "Must live in one of the following states:" are the places of one condition, not each a
    must-have of its own beside a lead-in that asks nothing."""
    p = parse_posting(f"Customer Service Rep\nAcme\n\nRequirements\n{lines}\n- 1+ year of customer service\n", "x")
    assert [r.kind for r in p.requirements] == ["condition", "must"]
    [k] = [k for k in p.knockouts if k.kind == "residence"]
    assert len(k.places) == 3 and k.required


def test_a_list_after_a_lead_in_that_names_no_states_stays_its_items():
    p = parse_posting("Analyst\nRequirements\n- Must be located in one of the following:\n- Experience with SQL\n"
                      "- Texas A&M alumni welcome\n", "x")
    assert "Experience with SQL" in [r.text for r in p.requirements]
    assert not [k for k in p.knockouts if k.kind == "residence"]


def test_repeated_requirements_are_kept_once():
    p = parse_posting("Requirements\n- Experience with Rust\n- Experience with Rust.\n- Go", "x")
    assert [r.text for r in p.requirements] == ["Experience with Rust", "Go"]


@pytest.mark.parametrize("text, remote", [
    ("Location: Remote (US)\n\nRequirements:\n- Go", True),
    ("Location: Hybrid, NYC\n\nRequirements:\n- Go", False),
    ("This is a fully remote role.\n\nRequirements:\n- Go", True),
    ("You will work on-site in Austin.", False),
    ("Requirements:\n- Go", None),
])
def test_remote(text, remote):
    assert parse_posting(text, "x").remote is remote


@pytest.mark.parametrize("sentence, years", [
    ("5+ years of experience", 5), ("at least three years of experience", 3), ("A minimum of 5 years", 5),
    ("Extensive experience (>10 years) in JDE", 10), ("2+ years using Rust", 2), ("3-5 years of Java", 3),
    ("5 to 7 years in backend", 5), ("one year of experience", 1), ("10+ yrs with SQL", 10),
    ("Minimum 6 years experience", 6), ("5+ years, including 2+ years in Rust", 5),
    ("Founded 20 years ago", None), ("in the next 2 years you will grow", None), ("a 4-year degree", None),
    ("Experience with Go", None),
    # as trades' postings write them
    ("Minimum of three (3) years of experience as a line cook", 3), ("Two or more years of retail", 2),
    ("Six months of warehouse experience", 0.5), ("18 months of experience", 1.5),
    ("6-12 months of retail experience", 0.5), ("a 12 month contract", None),
    ("6 months or more of warehouse or distribution center experience", 0.5),
    ("a 6 month or longer assignment", None),
    ("6 months+ of bartending or barback experience", 0.5), ("2 years+ experience in retail", 2),
    ("Obtain ACLS within 6 months of hire", None),
    # a time frame, however it is stressed, asks no experience
    ("With a doubling of the company value in just one year", None), ("Certified within only 2 years", None),
])
def test_parse_years(sentence, years):
    assert parse_years(sentence) == years


@pytest.mark.parametrize("sentence, parts", [
    ("5+ years of software development, with at least 3 years in Java (Java 11+)",
     [(5, " of software development, with at least "), (3, " in Java ")]),
    # a second figure may leave "years" unsaid
    ("5+ years of software engineering experience, 3+ in ML engineering",
     [(5, " of software engineering experience, "), (3, "in ML engineering")]),
    ("5+ years of experience", [(5, " of experience")]),
    ("5+ years of software development, including 3 in Python",
     [(5, " of software development, "), (3, "in Python")]),
    # a pay figure is no years, and a second figure above the first is none
    ("Salary $120k+ in Austin, 5 years of Go", [(5, " of Go")]),
    ("2+ years of Go, 10+ in total", [(2, " of Go, 10+ in total")]),
])
def test_years_parts(sentence, parts):
    assert years_parts(sentence) == parts


@pytest.mark.parametrize("text, bare, expected", [
    ("$174,000/yr - $235,000/yr", False, (174000, 235000)),
    ("394000.0", True, (394000, 394000)),
    ("The range is $190,000-$204,000 + equity", False, (190000, 204000)),
    ("$150k-$180k", False, (150000, 180000)),
    ("$150-180k", False, (150000, 180000)),
    ("USD 120,000 - 150,000", False, (120000, 150000)),
    ("£45,000 per annum", False, (45000, 45000)),
    ("$60/hr", False, (124800, 124800)),
    ("394000.0", False, None),
    ("We juggle 400,000 requests per second", False, None),
    ("We raised $50M in 2021", False, None),
])
def test_parse_salary(text, bare, expected):
    found = parse_salary(text, bare=bare)
    assert (found[:2] if found else None) == expected


def test_salary_found_in_the_body():
    p = parse_posting("Requirements:\n- Go\n\nThe base salary range is $150,000 - $180,000.", "x")
    assert (p.salary_min, p.salary_max, p.salary_text) == (150000, 180000, "$150,000 - $180,000")


# --- bad input: InputError, one line, naming the file and record --------------------------

def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


BAD_INPUTS = [
    ("missing.txt", None, "no such file"),
    ("posting.pdf", "%PDF-1.4", "cannot read .pdf"),
    ("empty.txt", "  \n\n", "file is empty"),
    ("scalar.json", "42", "expected a list of posting records"),
    ("object.json", '{"foo": 1}', "expected a list of posting records"),
    ("strings.json", '["a"]', "record 1: expected an object"),
    ("broken.json", '[{"id": "a",', "not valid JSON"),
    ("noid.json", '[{"id": "a", "text": "Go"}, {"text": "Go"}]', "record 2: record has no 'id'"),
    ("notext.json", '[{"id": "a"}]', "record 1: record 'a' has no 'text'"),
    ("numtext.json", '[{"id": "a", "text": 5}]', "'text' must be text, not a number"),
    ("listtext.json", '[{"id": "a", "description": ["Go"]}]', "'description' must be text, not a list"),
    ("listid.json", '[{"id": ["a"], "text": "Go"}]', "'id' must be text or a whole number"),
    ("badtitle.json", '[{"id": "a", "text": "Go", "title": ["x"]}]', "'title' must be text, not a list"),
    ("badremote.json", '[{"id": "a", "text": "Go", "remote": {"x": 1}}]', "'remote' must be true/false"),
    ("dupes.json", '[{"id": "a", "text": "Go"}, {"id": "a", "text": "Rust"}]', "duplicate id 'a'"),
    ("bad.jsonl", '{"id": "a", "text": "Go"}\n\n{"id": "b", "text": ', "line 3: not valid JSON"),
    ("noid.csv", "name,text\nx,Go\n", "no 'id' column"),
    ("notext.csv", "id,title\nx,Go\n", "no 'text' (or 'description') column"),
    ("blank.csv", "id,text\na,Go\nb,  \n", "line 3: record 'b' has no 'text'"),
]


@pytest.mark.parametrize("name, content, message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_input_error(tmp_path, name, content, message):
    path = tmp_path / name if content is None else write(tmp_path, name, content)
    with pytest.raises(InputError) as caught:
        load_postings([path])
    text = str(caught.value)
    assert message in text and name in text and "\n" not in text
    assert caught.value.status == 400


def test_duplicate_ids_across_files(tmp_path):
    write(tmp_path, "a.json", '[{"id": "same", "text": "Go"}]')
    write(tmp_path, "same.txt", "Requirements:\n- Go")
    with pytest.raises(InputError, match=r"same\.txt: duplicate id 'same' \(first seen in .*a\.json record 1\)"):
        load_postings([tmp_path])


def test_directory_without_postings(tmp_path):
    write(tmp_path, "notes.pdf", "x")
    write(tmp_path, ".hidden.txt", "Requirements:\n- Go")
    with pytest.raises(InputError, match="no posting files"):
        load_postings([tmp_path])


INDEED_XML = """<?xml version="1.0" encoding="utf-8"?>
<source>
  <publisher>Harbor Health Careers</publisher>
  <job>
    <title><![CDATA[ICU Registered Nurse]]></title>
    <date><![CDATA[Fri, 27 Nov 2026 09:00:00 GMT]]></date>
    <referencenumber><![CDATA[RN-4471]]></referencenumber>
    <company><![CDATA[Harbor Health]]></company>
    <city><![CDATA[Tacoma]]></city>
    <state><![CDATA[WA]]></state>
    <country><![CDATA[US]]></country>
    <salary><![CDATA[$42 - $58 per hour]]></salary>
    <description><![CDATA[<p>Join our ICU team.</p><h3>Requirements</h3>
      <ul><li>Active Washington RN license</li><li>BLS and ACLS required</li></ul>]]></description>
  </job>
  <job>
    <title>Line Cook</title><referencenumber>LC-9</referencenumber><company>Harvest &amp; Co</company>
    <location>Portland, OR</location><city>Portland</city>
    <description>Requirements: 1+ year of line cook experience; food handler card.</description>
  </job>
</source>
"""


def test_an_xml_job_feed_is_read_one_posting_per_job(tmp_path):
    # Indeed's form: <referencenumber> is the id, <description> the text (its HTML read as a
    # text file's), city/state/country the location where no <location> is given
    feed = read_feed([write(tmp_path, "indeed.xml", INDEED_XML)])
    assert feed.refused == []
    nurse, cook = feed.postings
    assert (nurse.id, nurse.title, nurse.company, nurse.location) == ("RN-4471", "ICU Registered Nurse",
                                                                      "Harbor Health", "Tacoma, WA, US")
    assert any("BLS and ACLS" in r.text for r in nurse.requirements) and nurse.salary_min
    assert (cook.id, cook.company, cook.location) == ("LC-9", "Harvest & Co", "Portland, OR")
    # fields matcher does not read are named, as a JSON feed's are; a location given keeps <city> unread
    assert any("'date'" in note and "'city'" in note for note in feed.notes)


@pytest.mark.parametrize(("text", "message"), [
    ("<source><job><title>x</source>", r"not well-formed XML \(line 1, column \d+\)"),
    ('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><source><job><description>&a;</description>'
     "<referencenumber>1</referencenumber></job></source>", "XML that declares entities or a DTD is refused"),
    ("<rss><channel><title>News</title></channel></rss>", r"no <job> elements"),
])
def test_a_bad_xml_feed_is_refused_in_one_line(tmp_path, text, message):
    path = write(tmp_path, "feed.xml", text)
    with pytest.raises(InputError, match=message) as caught:
        load_postings([path])
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_a_bad_job_of_an_xml_feed_is_named_and_the_others_read(tmp_path):
    text = INDEED_XML.replace("<referencenumber>LC-9</referencenumber>", "")
    feed = read_feed([write(tmp_path, "indeed.xml", text)])
    assert [p.id for p in feed.postings] == ["RN-4471"]
    assert len(feed.refused) == 1 and feed.refused[0].startswith(f"{tmp_path / 'indeed.xml'} job 2: ")


def test_load_postings_changes_nothing_when_a_later_file_is_bad(tmp_path):
    good = write(tmp_path, "good.txt", "Requirements:\n- Go")
    bad = write(tmp_path, "bad.json", "[1]")
    assert [p.id for p in load_postings([good])] == ["good"]
    with pytest.raises(InputError):
        load_postings([good, bad])


def test_a_large_feed_parsed_on_worker_processes_reads_the_same(tmp_path, monkeypatch):
    # the CLI asks for one process per core from PARALLEL_FROM records; smaller here for the test
    monkeypatch.setattr(feeds, "PARALLEL_FROM", 4)
    monkeypatch.setattr(feeds, "_CHUNK", 2)
    records = [{"id": f"p{n}", "text": f"Nurse {n}\n\nRequirements\n- BLS and ACLS required; CCRN preferred\n"
                                       f"- {n}+ years of ICU experience\n- Epic or Cerner"} for n in range(5)]
    records.insert(3, {"id": "empty", "text": "---\ntitle: Nurse\n---\n"})  # refused by the parse
    write(tmp_path, "feed.json", json.dumps(records))
    alone, together = read_feed([tmp_path]), read_feed([tmp_path], workers=2)
    assert [p.to_dict() for p in together.postings] == [p.to_dict() for p in alone.postings]
    assert [p.id for p in together.postings] == ["p0", "p1", "p2", "p3", "p4"]
    assert together.refused == alone.refused == [f"{tmp_path / 'feed.json'} record 4: posting 'empty' has no text"]
    with pytest.raises(InputError, match="record 4: posting 'empty' has no text"):
        load_postings([tmp_path], workers=2)


@pytest.mark.parametrize("text", ["", "   \n ", "---\ntitle: x\n---\n"])
def test_parse_posting_rejects_empty_text(text):
    with pytest.raises(InputError, match="posting 'x' has no text"):
        parse_posting(text, "x")


def test_parse_posting_rejects_ill_typed_meta():
    with pytest.raises(InputError, match="posting 'x': 'company' must be text, not a list"):
        parse_posting("Go", "x", {"company": ["a"]})


def test_label_lines_open_sections():
    p = parse_posting("Mandatory Skills : Python, Go\nEqual Opportunity: We do not discriminate.\n"
                      "Location: Berlin", "x")
    assert [(s.kind, s.heading, s.text) for s in p.sections] == [
        ("requirements", "Mandatory Skills", "Python, Go"),
        ("legal", "Equal Opportunity", "We do not discriminate."), ("other", "Location", "Berlin")]
    assert [r.text for r in p.requirements] == ["Python, Go"] and p.location == "Berlin"


def test_boilerplate_continues_until_a_heading_unless_a_sentence_reads_like_a_requirement():
    p = parse_posting("Requirements\n- Go\n\nWe offer a competitive salary. We decide on merit. "
                      "Experience with Rust is a plus.\n\nNice to Have\n- Kafka", "x")
    assert [(s.kind, s.text) for s in p.sections] == [
        ("requirements", "- Go"), ("benefits", "We offer a competitive salary. We decide on merit."),
        ("requirements", "Experience with Rust is a plus."), ("nice", "- Kafka")]


def test_remote_field_without_an_answer_falls_back_to_the_text():
    assert parse_posting("Work type: Full-time\n\nThis is a fully remote role.", "x").remote is True
    assert parse_posting("Workplace type: Hybrid\n\nRequirements:\n- Go", "x").remote is False


def test_postings_from_records_checks_like_a_file():
    from matcher.postings.feeds import postings_from_records

    (p,) = postings_from_records([{"id": "a", "description": "Requirements:\n- 3+ years of Go", "remote": True}])
    assert (p.id, p.remote, p.years) == ("a", True, 3)
    with pytest.raises(InputError, match=r"^request body record 2: duplicate id 'a'"):
        postings_from_records([{"id": "a", "text": "Go"}, {"id": "a", "text": "Rust"}], source="request body")
    with pytest.raises(InputError, match=r"^request body record 1: 'text' must be text, not a number$"):
        postings_from_records([{"id": "a", "text": 3}], source="request body")


# -- either/or: skills of which one is enough --------------------------------------------
from matcher.postings import skill_alternatives  # noqa: E402

DB = ["PostgreSQL", "MySQL", "Redis"]


@pytest.mark.parametrize("text, skills, groups", [
    # the tracker's examples
    ("Experience with databases (PostgreSQL, MySQL, Redis, etc.)", DB, [DB]),
    ("Container orchestration: Kubernetes, Nomad, etc.", ["Kubernetes", "Nomad"],
     [["Kubernetes", "Nomad"]]),
    ("Cloud experience in AWS or GCP", ["Amazon Web Services", "Google Cloud Platform"],
     [["Amazon Web Services", "Google Cloud Platform"]]),
    ("Go and one of PostgreSQL, MySQL", ["Go", "PostgreSQL", "MySQL"],
     [["Go"], ["PostgreSQL", "MySQL"]]),
    # one of them is enough
    ("Python or Go", ["Python", "Go"], [["Python", "Go"]]),
    ("Python, Go or Rust", ["Python", "Go", "Rust"], [["Python", "Go", "Rust"]]),
    ("Python, Go, or Rust", ["Python", "Go", "Rust"], [["Python", "Go", "Rust"]]),
    ("Python/Go", ["Python", "Go"], [["Python", "Go"]]),
    ("Java and/or Kotlin", ["Java", "Kotlin"], [["Java", "Kotlin"]]),
    ("Python, Go, etc.", ["Python", "Go"], [["Python", "Go"]]),
    ("Python, Go, ...", ["Python", "Go"], [["Python", "Go"]]),
    ("Scripting (e.g. Python, Ruby)", ["Python", "Ruby"], [["Python", "Ruby"]]),
    ("Scripting languages such as Python, Ruby", ["Python", "Ruby"], [["Python", "Ruby"]]),
    ("A scripting language like Python or Ruby", ["Python", "Ruby"], [["Python", "Ruby"]]),
    ("(Python, Go, Rust, etc.)", ["Python", "Go", "Rust"], [["Python", "Go", "Rust"]]),
    ("Fluency in one of Python, Go", ["Python", "Go"], [["Python", "Go"]]),
    ("Any of the following: Python, Go, Rust", ["Python", "Go", "Rust"],
     [["Python", "Go", "Rust"]]),
    ("AWS, GCP or other cloud platforms", ["Amazon Web Services", "Google Cloud Platform"],
     [["Amazon Web Services", "Google Cloud Platform"]]),
    # items the taxonomy does not know still belong to the list
    # ... and a name among them joins the choice as written (not an everyday word: "Tower")
    ("Frameworks like Tokio, Axum, Actix Web, Tower, or similar", ["Tokio", "Actix"],
     [["Tokio", "Actix", "Axum"]]),
    ("Experience with QuickBooks, Acumatica or Xero.", ["QuickBooks", "Xero"], [["QuickBooks", "Xero", "Acumatica"]]),
    # ... after the known ones too: "LLPC or LPC" ends a choice of licences (the LPC a skill the taxonomy knows)
    ("Current Michigan licensure as LMSW, LCSW, LLPC or LPC", ["LMSW", "LCSW"],
     [["LMSW", "LCSW", "LLPC", "Licensed professional counselor"]]),
    ("Experience teaching Calculus or Statistics.", ["Statistics"], [["Statistics", "Calculus"]]),
    ("Statistics or Calculus", ["Statistics"], [["Statistics", "Calculus"]]),
    # ... and names before "or" a kind of them, which they are examples of (a dispatcher's "McLeod LoadMaster"
    # line was partial 0.40, McLeod and TMW each asked)
    ("Experience with McLeod, TMW or a similar TMS", ["Transportation management systems"],
     [["Transportation management systems", "McLeod", "TMW"]]),
    # ... and so does a last item in words the taxonomy does not know, though it is no name to show
    ("4+ years in DevOps, SRE or platform engineering", ["DevOps", "Site Reliability Engineering"],
     [["DevOps", "Site Reliability Engineering"]]),
    ("Knowledge of GAAP, IFRS or both", ["GAAP", "IFRS"], [["GAAP", "IFRS"]]),
    # names listed before a lone skill in the brackets it closes, and one offered by "or" after them: one choice
    # (a help desk technician's MD-102 line was partial 0.4, AZ-104 alone asked)
    ("Microsoft certifications (MD-102, AZ-104) or CompTIA Server+", ["Azure Administrator certification"],
     [["Azure Administrator certification", "MD-102", "CompTIA Server+"]]),
    ("A cloud certification (AZ-104) or equivalent experience", ["Azure Administrator certification"],
     [["Azure Administrator certification"]]),
    ("Python and SQL, or relevant experience", ["Python", "SQL"], [["Python"], ["SQL"]]),
    ("Senior Kafka, Northwind", ["Apache Kafka"], [["Apache Kafka"]]),  # "Senior" holds no "or"
    ("Proficiency with Salesforce, HubSpot or Pipedrive", ["Salesforce", "HubSpot"],
     [["Salesforce", "HubSpot", "Pipedrive"]]),
    ("Experience with Zoom, Google Classroom, Seesaw, etc.", ["Zoom", "Google Classroom"],
     [["Zoom", "Google Classroom", "Seesaw"]]),
    ("Java, Kotlin or Other JVM languages", ["Java", "Kotlin"], [["Java", "Kotlin"]]),
    ("Degree in Statistics, Computer Science, or a related field", ["Statistics", "Computer science"],
     [["Statistics", "Computer science"]]),
    ("Python, Elixir-ish tools, or Go", ["Python", "Go"], [["Python", "Go"]]),
    # a skill in brackets after another is on its list: the "or" after it offers all
    ("Proficiency in Python (pandas) or R", ["Python", "pandas", "R"], [["Python", "pandas", "R"]]),
    ("Python (pandas, NumPy) or R", ["Python", "pandas", "NumPy", "R"], [["Python", "pandas", "NumPy", "R"]]),
    ("Java (Spring Boot) or Kotlin", ["Java", "Spring Boot", "Kotlin"], [["Java", "Spring Boot", "Kotlin"]]),
    # brackets that open with "or" offer others in the skill's place, names the taxonomy does not
    # know too, on either side
    ("Proficiency in MicroStation and OpenRoads Designer (or Civil 3D)", ["AutoCAD Civil 3D"],
     [["AutoCAD Civil 3D", "MicroStation", "OpenRoads Designer"]]),
    ("Experience with Procore (or Buildertrend)", ["Procore"], [["Procore", "Buildertrend"]]),
    ("Production experience with Airflow (or Dagster/Prefect)", ["Apache Airflow", "Dagster", "Prefect"],
     [["Apache Airflow", "Dagster", "Prefect"]]),
    # ... after up to two words of the skill's noun
    ("Active FINRA Series 7 and Series 63 registrations (or Series 66)", ["Series 7", "Series 63", "Series 66"],
     [["Series 7"], ["Series 63", "Series 66"]]),
    ("Python and Go experience (or Rust)", ["Python", "Go", "Rust"], [["Python"], ["Go", "Rust"]]),
    # a credential the text takes in place of the one it asks joins its choice
    ("Active Enrolled Agent (EA) license required - CPA or attorney also considered", ["Enrolled Agent", "CPA"],
     [["Enrolled Agent", "CPA"]]),
    ("Current BLS required; ACLS considered a plus", ["BLS", "ACLS"], [["BLS"], ["ACLS"]]),
    # ... and a tool it takes in place of the one it asks
    ("3+ years of Creo; SolidWorks experience acceptable", ["PTC Creo", "SolidWorks"], [["PTC Creo", "SolidWorks"]]),
    ("AutoCAD required, Revit also considered", ["AutoCAD", "Revit"], [["AutoCAD", "Revit"]]),
    ("Python required; Java experience considered a plus", ["Python", "Java"], [["Python"], ["Java"]]),
    # a skill's note with a bracket of its own inside leaves it on its list
    ("Certified Medical Assistant (CMA (AAMA)) or Registered Medical Assistant (RMA), or eligible",
     ["Certified Medical Assistant", "Registered Medical Assistant"],
     [["Certified Medical Assistant", "Registered Medical Assistant"]]),
    ("Jest and React Testing Library (or Cypress/Playwright)",
     ["Jest", "React Testing Library", "Cypress", "Playwright"],
     [["Jest"], ["React Testing Library", "Cypress", "Playwright"]]),
    ("AWS (EC2, S3) and Terraform", ["Amazon Web Services", "Amazon EC2", "Amazon S3", "Terraform"],
     [["Amazon Web Services"], ["Amazon EC2"], ["Amazon S3"], ["Terraform"]]),
    # kinds of a broad skill in brackets after it: any one of them
    ("Experience with a cloud platform (AWS, GCP, Azure)",
     ["Cloud computing", "Amazon Web Services", "Google Cloud Platform", "Microsoft Azure"],
     [["Cloud computing", "Amazon Web Services", "Google Cloud Platform", "Microsoft Azure"]]),
    ("Familiarity with EHR systems (Epic, Cerner)", ["Electronic health records", "Epic", "Cerner"],
     [["Electronic health records", "Epic", "Cerner"]]),
    # a skill or another of the broad kind it is one of: any one of them
    ("Terraform or other infrastructure-as-code", ["Terraform", "Infrastructure as code"],
     [["Terraform", "Infrastructure as code"]]),
    ("Python or another scripting language", ["Python", "Scripting"], [["Python", "Scripting"]]),
    ("Epic or similar EHR systems and BLS", ["Epic", "Electronic health records", "BLS"],
     [["Epic", "Electronic health records"], ["BLS"]]),
    # ... with the skill's parts in brackets between (a support team lead's "Built Zendesk triggers, macros and
    # views" left "Expert in Zendesk (triggers, macros, views) or a similar help desk" partial 0.50, help desk unshown)
    ("Expert in Zendesk (triggers, macros, views) or a similar help desk", ["Zendesk", "Help desk"],
     [["Zendesk", "Help desk"]]),
    # ... a practice's tools are kinds of it ("CI/CD" for Jenkins), where a product's parts are not
    ("Experience running tests in CI/CD pipelines (GitHub Actions, Jenkins, CircleCI)",
     ["CI/CD", "GitHub Actions", "Jenkins", "CircleCI"], [["CI/CD", "GitHub Actions", "Jenkins", "CircleCI"]]),
    ("Relational databases (PostgreSQL, MySQL) and Python", ["Relational databases", "PostgreSQL", "MySQL", "Python"],
     [["Relational databases", "PostgreSQL", "MySQL"], ["Python"]]),
    ("Cloud (AWS and GCP)", ["Cloud computing", "Amazon Web Services", "Google Cloud Platform"],
     [["Cloud computing"], ["Amazon Web Services"], ["Google Cloud Platform"]]),
    # two or more in brackets right after a noun naming a kind of thing: examples of it, any one of
    # them, with the skill that says which kind
    ("Proficiency in a statically typed language (Java, Go, C++)", ["Java", "Go", "C++"], [["Java", "Go", "C++"]]),
    ("Experience with workflow orchestration tools (Airflow, Luigi, Dagster)",
     ["Apache Airflow", "Dagster"], [["Apache Airflow", "Dagster", "Luigi"]]),
    ("Experience with distributed computing frameworks (Spark, Ray)", ["Distributed systems", "Apache Spark", "Ray"],
     [["Distributed systems", "Apache Spark", "Ray"]]),
    ("Knowledge of CI/CD tools (Jenkins, GitHub Actions)", ["CI/CD", "Jenkins", "GitHub Actions"],
     [["CI/CD", "Jenkins", "GitHub Actions"]]),
    # ... a practice written in capitals too, and a kind the requirement opens with ("Accounting software" had
    # asked Accounting, QuickBooks, Sage and Xero each; "MLOps tools" MLOps, MLflow, Kubeflow and SageMaker)
    ("Experience with MLOps tools (MLflow, Kubeflow)", ["MLOps", "MLflow", "Kubeflow"],
     [["MLOps", "MLflow", "Kubeflow"]]),
    ("Accounting software (QuickBooks, Xero) experience", ["Accounting", "QuickBooks", "Xero"],
     [["Accounting", "QuickBooks", "Xero"]]),
    # ... but a product's parts are all asked, as are brackets after no such noun or with "and"
    ("Experience with AWS services (EC2, S3)", ["Amazon Web Services", "Amazon EC2", "Amazon S3"],
     [["Amazon Web Services"], ["Amazon EC2"], ["Amazon S3"]]),
    ("Testing frameworks (Jest and Cypress)", ["Jest", "Cypress"], [["Jest"], ["Cypress"]]),
    ("Python libraries (pandas, NumPy)", ["Python", "pandas", "NumPy"], [["Python"], ["pandas"], ["NumPy"]]),
    # a name offered in a choice that the taxonomy knows by another form is that skill
    ("Hands-on experience with Apache Spark (PySpark or Scala)", ["Apache Spark", "Scala"],
     [["Apache Spark", "PySpark"], ["Scala", "Apache Spark"]]),
    # names unknown in brackets after a skill that names no kind are its makers, no way to show it;
    # after a kind of system, its instances
    ("Experience with LC-MS (Thermo or Agilent) a strong plus", ["LC-MS"], [["LC-MS"]]),
    ("Experience with a LIMS (Nautilus, LabVantage Sapphire)", ["LIMS"], [["LIMS", "Nautilus", "LabVantage Sapphire"]]),
    # an industry offered with everyday words as where the work was done asks none of them
    ("6+ months of cash handling experience (retail, restaurant, or banking)", ["Cash handling", "Banking"],
     [["Cash handling"]]),
    ("Experience with Salesforce in banking or insurance", ["Salesforce", "Banking"], [["Salesforce"]]),
    # ... first of the everyday words offered with it ("medical device, pharmaceutical, or capital equipment")
    ("3+ years of sales in medical device, pharmaceutical, or capital equipment", ["Sales", "Medical device industry"],
     [["Sales"]]),
    # ... or several, fields by their bare word among them
    ("1 year of cash handling experience (retail, banking or restaurant)", ["Cash handling", "Retail sales", "Banking"],
     [["Cash handling"]]),
    ("Cash handling experience (banking, retail, or grocery)", ["Cash handling", "Banking", "Retail sales"],
     [["Cash handling"]]),
    ("Retail sales and cash handling experience", ["Retail sales", "Cash handling"],
     [["Retail sales"], ["Cash handling"]]),
    ("Experience in FinTech or Banking with Python", ["FinTech", "Banking", "Python"],
     [["FinTech", "Banking"], ["Python"]]),
    # all of them are asked
    ("Python and Go", ["Python", "Go"], [["Python"], ["Go"]]),
    ("Python, Go and Rust", ["Python", "Go", "Rust"], [["Python"], ["Go"], ["Rust"]]),
    ("Both Python and Go", ["Python", "Go"], [["Python"], ["Go"]]),
    ("A modern stack, including Python and Go", ["Python", "Go"], [["Python"], ["Go"]]),
    ("Docker, Kubernetes", ["Docker", "Kubernetes"], [["Docker"], ["Kubernetes"]]),
    ("Our stack (Python, Go, Rust)", ["Python", "Go", "Rust"], [["Python"], ["Go"], ["Rust"]]),
    ("We would like Python and Go experience", ["Python", "Go"], [["Python"], ["Go"]]),
    ("Python, or experience with Go", ["Python", "Go"], [["Python"], ["Go"]]),
    ("Python and five years of Go", ["Python", "Go"], [["Python"], ["Go"]]),
    # mixed: the "and" parts stay asked, the "or" parts are a choice; a slash binds closest
    ("OpenTelemetry, Prometheus/Grafana, Sentry", ["OpenTelemetry", "Prometheus", "Grafana", "Sentry"],
     [["OpenTelemetry"], ["Prometheus", "Grafana"], ["Sentry"]]),
    ("Python and Go or Rust", ["Python", "Go", "Rust"], [["Python"], ["Go", "Rust"]]),
    # first aid set beside another card by a slash is asked too ("CPR/First Aid" had been one choice: a BLS card,
    # which shows CPR, covered the row)
    ("Current CPR/First Aid", ["CPR", "First aid"], [["CPR"], ["First aid"]]),
    ("First Aid/CPR certification", ["First aid", "CPR"], [["First aid"], ["CPR"]]),
    ("Strong SQL; Python or R is a plus", ["SQL", "Python", "R"], [["SQL"], ["Python", "R"]]),
    # a bracketed note after a skill, naming no skill, keeps it on its list and offers nothing
    ("CMA (AAMA) or RMA certification", ["Certified Medical Assistant", "Registered Medical Assistant"],
     [["Certified Medical Assistant", "Registered Medical Assistant"]]),
    ("Python (3+ years) and Rust", ["Python", "Rust"], [["Python"], ["Rust"]]),
    # a credential or progress toward another is one choice ("CFA Level I or progress toward CPA" had asked both:
    # a CFA Level I holder's row partial 0.5, now covered); progress asked beside one is asked too
    ("CFA Level I or progress toward CPA", ["CFA Level I", "CPA"], [["CFA Level I", "CPA"]]),
    ("PHR, or actively pursuing the SHRM-CP", ["PHR", "SHRM-CP"], [["PHR", "SHRM-CP"]]),
    ("CPA and progress toward the CFA", ["CPA", "CFA"], [["CPA"], ["CFA"]]),
    # tools in brackets after the kind of work done with them are examples of it ("Video editing (Camtasia, Premiere
    # Pro)" had asked both: a Camtasia editor's row partial 0.73, now covered); asked together with a bare "and"
    ("Video editing (Camtasia, Premiere Pro)", ["Camtasia", "Adobe Premiere Pro"],
     [["Camtasia", "Adobe Premiere Pro"]]),
    ("Video editing (Camtasia and Premiere Pro)", ["Camtasia", "Adobe Premiere Pro"], [["Camtasia"],
                                                                                      ["Adobe Premiere Pro"]]),
    # ... as are the makes in brackets after equipment ("Experience with automated dispensing cabinets (Pyxis,
    # Omnicell)" had asked both: a pharmacy technician's Pyxis row partial 0.50, Omnicell to learn)
    ("Experience with automated dispensing cabinets (Pyxis, Omnicell)", ["Pyxis", "Omnicell"],
     [["Pyxis", "Omnicell"]]),
    ("Infusion pumps (Alaris, Sigma Spectrum)", ["Alaris", "Sigma Spectrum"], [["Alaris", "Sigma Spectrum"]]),
    # the tools in brackets after work on a skill are examples of them, the skill asked beside ("Experience testing
    # REST APIs (Postman, REST Assured)" had asked each tool: a Postman tester's row partial 0.50)
    ("Experience testing REST APIs (Postman, REST Assured)", ["Quality assurance", "REST", "Postman", "REST Assured"],
     [["Quality assurance"], ["REST"], ["Postman", "REST Assured"]]),
    ("Monitoring Kubernetes clusters (Prometheus and Grafana)", ["Kubernetes", "Prometheus", "Grafana"],
     [["Kubernetes"], ["Prometheus"], ["Grafana"]]),
    # a lone name in brackets after a skill naming a kind is its example ("Accessibility (VoiceOver)" was partial
    # 0.40 by "Added VoiceOver labels and Dynamic Type support"), not after a product's
    ("Accessibility (VoiceOver) expertise", ["Accessibility"], [["Accessibility", "VoiceOver"]]),
    ("MLS (Stellar MLS)", ["MLS"], [["MLS"]]),
    # a skill the text does not show stays alone, in the order given
    ("Python or Go", ["Terraform", "Python", "Go"], [["Terraform"], ["Python", "Go"]]),
    ("", ["Python"], [["Python"]]),
    ("Python or Go", [], []),
])
def test_skill_alternatives(text, skills, groups):
    assert skill_alternatives(text, skills) == groups


def test_broad_skill_joins_the_group_of_its_examples():
    assert skill_alternatives("Experience with databases (PostgreSQL, MySQL, Redis, etc.)",
                              ["Relational databases", *DB]) == [["Relational databases", *DB]]
    # ... or any broad skill whose examples the text names as such
    assert skill_alternatives("Proficiency in a scripting language such as Python, Bash or Go.",
                              ["Scripting", "Python", "Bash", "Go"]) == [["Scripting", "Python", "Bash", "Go"]]
    # ... names the taxonomy does not know first among them too (an Internal Auditor posting's "data analytics tools
    # such as ACL, IDEA or Alteryx" asked Data analysis apart: partly covered by "Tools: ACL, Alteryx, TeamMate+")
    assert skill_alternatives("Proficiency in data analytics tools such as ACL, IDEA or Alteryx",
                              ["Data analysis", "Alteryx"]) == [["Data analysis", "Alteryx", "ACL"]]
    # ... but not a skill that the examples do not imply
    assert skill_alternatives("Go (PostgreSQL or MySQL)", ["Go", "PostgreSQL", "MySQL"]) \
        == [["Go"], ["PostgreSQL", "MySQL"]]


def test_a_broad_skill_that_only_says_whose_methods_its_examples_are_is_not_asked():
    # an AE posting's "a sales methodology such as MEDDIC, MEDDPICC, Challenger" was covered 1.00 by an
    # outside sales rep's "Route sales to restaurants, auto shops and manufacturers": Sales was one of the choice
    assert skill_alternatives("Experience with a sales methodology such as MEDDIC, Challenger, or SPIN",
                              ["Sales", "MEDDICC"]) == [["MEDDICC", "Challenger", "SPIN"]]
    assert skill_alternatives("Knowledge of project management methodologies such as Agile or Scrum",
                              ["Project management", "Agile", "Scrum"]) == [["Agile", "Scrum"]]
    # ... asked in its own words beside, it stays asked
    assert skill_alternatives("5+ years of sales and a sales methodology such as MEDDIC or Challenger",
                              ["Sales", "MEDDICC"]) == [["Sales"], ["MEDDICC", "Challenger"]]


@pytest.mark.parametrize("text, skills, groups", [
    ("Microsoft Office (Word, Excel, Outlook)", ["Microsoft Office", "Microsoft Word", "Microsoft Excel",
                                                 "Microsoft Outlook"],
     [["Microsoft Word", "Microsoft Office"], ["Microsoft Excel", "Microsoft Office"],
      ["Microsoft Outlook", "Microsoft Office"]]),
    ("Proficient in MS Office (Word, PowerPoint)", ["Microsoft Office", "Microsoft Word", "Microsoft PowerPoint"],
     [["Microsoft Word", "Microsoft Office"], ["Microsoft PowerPoint", "Microsoft Office"]]),
    ("Microsoft Office, including Excel and Outlook; QuickBooks",
     ["Microsoft Office", "Microsoft Excel", "Microsoft Outlook", "QuickBooks"],
     [["Microsoft Excel", "Microsoft Office"], ["Microsoft Outlook", "Microsoft Office"], ["QuickBooks"]]),
    # apps named apart from the suite are asked beside it
    ("Microsoft Office and Excel", ["Microsoft Office", "Microsoft Excel"],
     [["Microsoft Office"], ["Microsoft Excel"]]),
    ("Microsoft Office (intermediate) and Excel", ["Microsoft Office", "Microsoft Excel"],
     [["Microsoft Office"], ["Microsoft Excel"]]),
    # a platform's services in brackets are all asked: no suite
    ("AWS (EC2, S3)", ["Amazon Web Services", "Amazon EC2", "Amazon S3"],
     [["Amazon Web Services"], ["Amazon EC2"], ["Amazon S3"]]),
    # a suite named in words is no kind of thing whose kinds the brackets offer ("Articulate 360 (Storyline, Rise)"
    # was one choice, so that Rise alone showed it): each app asked, or the suite
    ("Proficient in Articulate 360 (Storyline, Rise)", ["Articulate 360", "Articulate Storyline", "Articulate Rise"],
     [["Articulate Storyline", "Articulate 360"], ["Articulate Rise", "Articulate 360"]]),
    # a choice among the suite's apps in brackets, then "or" another: one choice of them all
    ("Experience with Articulate 360 (Storyline/Rise) or Adobe Captivate",
     ["Articulate 360", "Articulate Storyline", "Articulate Rise", "Adobe Captivate"],
     [["Articulate 360", "Articulate Storyline", "Articulate Rise", "Adobe Captivate"]]),
    ("AWS (EC2 or Lambda) or GCP", ["Amazon Web Services", "Amazon EC2", "AWS Lambda", "Google Cloud Platform"],
     [["Amazon Web Services", "Amazon EC2", "AWS Lambda", "Google Cloud Platform"]]),
])
def test_a_suite_with_its_apps_after_it_is_shown_by_each_app_or_by_itself(text, skills, groups):
    assert sorted(map(sorted, skill_alternatives(text, skills))) == sorted(map(sorted, groups))


def test_requirement_alternatives_are_read_once_and_stored():
    posting = parse_posting("Backend Engineer\n\nRequirements\n"
                            "- Experience with databases (PostgreSQL, MySQL, Redis, etc.)\n"
                            "- Python and Rust\n- Cloud experience in AWS or GCP\n", id="alt")
    by_text = {r.text: r for r in posting.requirements}
    databases = by_text["Experience with databases (PostgreSQL, MySQL, Redis, etc.)"]
    assert databases.alternatives == [databases.skills]  # one group: any one of them
    assert by_text["Python and Rust"].alternatives == [["Python"], ["Rust"]]
    assert by_text["Cloud experience in AWS or GCP"].alternatives == [
        ["Amazon Web Services", "Google Cloud Platform"]]
    stored = posting.to_dict()
    assert [r["alternatives"] for r in stored["requirements"]] == [r.alternatives for r in posting.requirements]
    assert Posting.from_dict(json.loads(json.dumps(stored))) == posting
    # a posting stored before they were: the checklist reads them from the text, the same groups
    from matcher.ranking.checklist import skill_groups
    for r in stored["requirements"]:
        del r["alternatives"]
    old = Posting.from_dict(stored)
    assert [r.alternatives for r in old.requirements] == [None] * 3
    assert [skill_groups(r) for r in old.requirements] == [skill_groups(r) for r in posting.requirements] == [
        tuple(map(tuple, r.alternatives)) for r in posting.requirements]


def test_alternatives_follow_the_skills_a_requirement_keeps_in_context():
    # "security" reads as guarding under a security officer's posting: the skill and its group go
    posting = parse_posting("Unarmed Security Officer\n\nRequirements\n- 1+ year of security experience\n"
                            "- Patrol the site and write incident reports\n", id="guard")
    for r in posting.requirements:
        assert r.alternatives == skill_alternatives(r.text, r.skills)


@pytest.mark.parametrize("title, item, skill, asked", [
    ("Event Planner", "CMP preferred", "Certified Meeting Professional", True),
    ("Meeting Planner", "CMP certification a plus", "Certified Meeting Professional", True),
    ("Web Developer", "CMP preferred", "Certified Meeting Professional", False),
])
def test_a_form_named_only_in_some_fields_reads_its_field_from_the_title(title, item, skill, asked):
    """An event planner's "CMP preferred" named no skill (the CMP's words, "event" or "planner", were not
    near it in the item), so a coordinator's "Working toward my CMP (exam scheduled spring 2027)" covered it
    (0.76) by its words as if the credential were held; the posting's title gives the item its field
    (walk-through 45 E)."""
    posting = parse_posting(f"{title}\n\nRequirements\n- 2+ years of related work\n\nPreferred\n- {item}\n", "p")
    [row] = [r for r in posting.requirements if r.text == item]
    assert (skill in row.skills) == asked
    assert row.alternatives == skill_alternatives(row.text, row.skills)


@pytest.mark.parametrize("title, lead, item, choice", [
    ("Payroll Specialist", "Process biweekly payroll in ADP.", "CPP or FPC certification a plus",
     {"Certified Payroll Professional", "Fundamental Payroll Certification"}),
    ("Medical Assistant", "Room patients and take vitals in our clinic.", "Current CMA or RMA certification required",
     {"Certified Medical Assistant", "Registered Medical Assistant"}),
])
def test_a_choice_of_forms_named_only_in_some_fields_is_one_choice(title, lead, item, choice):
    """"CPP or FPC certification a plus" under a payroll title asked the CPP (the title gives its field) and the FPC
    as two skills, both: the CPP's "CPP" was not found in the item alone, so it stood in a group of its own, and a
    payroll administrator holding the FPC had the row partly (0.77); a form that names an asked skill only in
    some fields is that skill's mention in the item too: one choice, and the FPC covers it."""
    posting = parse_posting(f"{title}\n\n{lead}\n\nRequirements\n- 2+ years of related work\n- {item}\n", "p")
    [row] = [r for r in posting.requirements if r.text == item]
    assert set(row.skills) == choice
    assert [set(group) for group in row.alternatives] == [choice]


@pytest.mark.parametrize("first_line", ["HR Generalist", "Truck Driver", "Physician Assistant", "Warehouse Worker",
                                        "Pharmacist", "Store Manager", "Line Cook", "Finish Carpenter"])
def test_titles_of_jobs_of_every_kind(first_line):
    assert parse_posting(f"{first_line}\nAcme\n\nRequirements\n- 2+ years of related work\n", "p").title == first_line


@pytest.mark.parametrize("header, title, company, location", [
    ("Line Cook - Full Time\nHarbor Table Restaurant Group — Portland, ME", "Line Cook",
     "Harbor Table Restaurant Group", "Portland, ME"),
    ("Warehouse Associate (Part-time)\nMidwest Parts Distribution - Columbus, OH", "Warehouse Associate",
     "Midwest Parts Distribution", "Columbus, OH"),
    ("HR Generalist\nNorthwind Logistics | Remote (US)", "HR Generalist", "Northwind Logistics", "Remote (US)"),
    ("Medical Assistant\nCedar Valley Clinic, Madison, WI", "Medical Assistant", "Cedar Valley Clinic", "Madison, WI"),
    # a line of places names no company
    ("Data Analyst\nRemote, United States, Canada", "Data Analyst", "", ""),
    # the part after the dash is no place: no company is guessed
    ("Data Analyst\nReporting - Dashboards and SQL", "Data Analyst", "", ""),
])
def test_a_plain_header_gives_the_company_and_its_place(header, title, company, location):
    p = parse_posting(f"{header}\n\nRequirements\n- 2+ years of related work\n", "p")
    assert (p.title, p.company, p.location) == (title, company, location)


def test_a_name_on_the_first_line_is_no_title():
    assert parse_posting("Jordan Baker\n\nRequirements\n- 2+ years of related work\n", "p").title == ""


@pytest.mark.parametrize("prose, title", [
    ("As a Senior Rust Developer, you will build our services.", "Senior Rust Developer"),
    ("We are looking for a skilled Software Developer to join our team.", "Software Developer"),
    ("Acme is searching for a Sales Manager with focus on the Nordic markets.", "Sales Manager"),
    ("The lab is recruiting a Research Assistant for a 15-month project.", "Research Assistant"),
    ("A full-time position as Associate Professor in cell biology is open.", "Associate Professor"),
    ("We are seeking an experienced Registered Nurse (RN) for our ICU.", "Registered Nurse"),
    ("Acme is looking for motivated warehouse workers for its Aarhus site.", "Warehouse Workers"),
    ("We are looking for a highly motivated and independent engineer/physicist.", "Engineer/Physicist"),
    ("We are hiring a Line Cook!", "Line Cook"),
    ("We are looking for a Chief Financial Officer.", "Chief Financial Officer"),
    # Prose that names no job: no title.
    ("We are looking for people who want to work with our engineers.", ""),
    ("Please send questions to the hiring manager.", ""),
    ("Travel as needed. As a rule, we meet on Mondays.", ""),
    ("You will report to the Engineering Manager.", ""),
])
def test_a_posting_without_a_title_line_takes_the_job_its_prose_names(prose, title):
    text = f"Who we are\nAcme builds tools for small shops. {prose}\n\nRequirements\n- 2+ years of related work\n"
    assert parse_posting(text, "p").title == title


@pytest.mark.parametrize("header, title, company", [
    # a company's name above the title
    ("Harbor Health\nICU Registered Nurse\nBoston, MA", "ICU Registered Nurse", "Harbor Health"),
    ("Baker Hughes\nField Engineer", "Field Engineer", "Baker Hughes"),
    # a place or a board's badge above the title is no company
    ("Boston, MA\nRegistered Nurse", "Registered Nurse", ""),
    ("Remote\nSenior Data Engineer", "Senior Data Engineer", ""),
    ("Full Time\nLine Cook", "Line Cook", ""),
    ("New!\nBarista", "Barista", ""),
    # a trade whose name is also a surname or a verb, alone on its line
    ("Cook\nHarbor Diner — Portland, ME", "Cook", "Harbor Diner"),
    ("Dishwasher - Part Time", "Dishwasher", ""),
    ("Server (Full-Time)", "Server", ""),
    # such trades as alternatives ("Server / Waitstaff - Riverside Steakhouse" had no title, so a bartender's
    # resume had no role to compare with it)
    ("Server / Waitstaff\nRiverside Steakhouse — Denver, CO", "Server / Waitstaff", "Riverside Steakhouse"),
    ("Host/Hostess", "Host/Hostess", ""),
    # a restaurant's, hotel's or shop's name after the dash is the employer's ("Cashier / Shift Lead - QuickStop
    # Convenience" was the title whole, and a cashier's "Cashier" was like it 0.48 only)
    ("Server / Waitstaff - Riverside Steakhouse", "Server / Waitstaff", "Riverside Steakhouse"),
    ("Cashier / Shift Lead - QuickStop Convenience", "Cashier / Shift Lead", "QuickStop Convenience"),
    ("Front Desk Agent - Lakeside Suites Hotel", "Front Desk Agent", "Lakeside Suites Hotel"),
    ("Sous Chef - Hotel", "Sous Chef - Hotel", ""),
    # hotel and venue titles: a concierge, a captain, a bell or door attendant
    ("Concierge\nThe Ritz-Carlton — Orlando, FL", "Concierge", "The Ritz-Carlton"),
    ("Banquet Captain\nOmni Barton Creek Resort — Austin, TX", "Banquet Captain", "Omni Barton Creek Resort"),
    ("Bellman - Part Time", "Bellman", ""),
    # such a trade after the place or shift it works in, or its rank: "Hotel Concierge - Full Time" had no title
    ("Hotel Concierge - Full Time", "Hotel Concierge", ""),
    ("Lobby Concierge (Full-Time)", "Lobby Concierge", ""),
    ("Night Porter", "Night Porter", ""),
    ("Head Baker", "Head Baker", ""),
    # a call for the job
    ("Line Cook needed!", "Line Cook", ""),
    ("Barista wanted", "Barista", ""),
    ("Now hiring: Line Cook", "Line Cook", ""),
    # no title: a name, a heading, a welcome
    ("Jordan Baker", "", ""),
    ("Welcome!\nAcme is a bakery.", "", ""),
])
def test_header_shapes_of_every_trade(header, title, company):
    p = parse_posting(f"{header}\n\nRequirements\n- 1+ years of related work\n- Food handler card\n", "p")
    assert (p.title, p.company) == (title, company)
    if header.startswith(("Boston", "Remote")):
        assert p.location == header.split("\n")[0]


def test_normalise_folds_case_and_accents_whether_or_not_ascii():
    from matcher.text import normalise

    assert normalise("Senior PYTHON Developer") == "senior python developer"
    assert normalise("Café Straße Ñandú") == "cafe strasse nandu"
    assert normalise("ﬁnance") == "finance"  # a ligature decomposes


@pytest.mark.parametrize("header, title, location", [
    # "Title - length - City, ST": the title, and the place set apart, a length or a way of holding dropped
    ("Travel ICU RN - 13 weeks - Seattle, WA\nNorthstar Travel Nursing", "Travel ICU RN", "Seattle, WA"),
    ("Travel ICU RN (13 weeks) - Seattle, WA", "Travel ICU RN", "Seattle, WA"),
    ("Contract Java Developer - 6 months - Remote", "Contract Java Developer", "Remote"),
    ("Software Engineer - Seattle, WA", "Software Engineer", "Seattle, WA"),
    ("Senior Accountant | Boston, MA (Hybrid)", "Senior Accountant", "Boston, MA (Hybrid)"),
    ("Barista - Part Time - Portland, OR", "Barista", "Portland, OR"),
    # a word after the dash that is no qualified place stays in the title ("Mobile" is a city too)
    ("iOS Developer - Mobile", "iOS Developer - Mobile", ""),
    ("Engineering Manager - Payments", "Engineering Manager - Payments", ""),
    # ... nor does a specialty with its workplace in brackets: the workplace is the place
    ("Software Engineer - Backend (Remote)", "Software Engineer - Backend", "Remote"),
    ("Registered Nurse - ICU (Remote)", "Registered Nurse - ICU", "Remote"),
    # a store's number names no place ("Store" is a town in Slovenia), nor is it the title
    ("Sales Associate - Store #1234", "Sales Associate", ""),
    ("Sales Associate - Store 01234", "Sales Associate", ""),
    ("Shift Supervisor - Store 5521 - Austin, TX", "Shift Supervisor", "Austin, TX"),
    # a company and its place, with no length, is still no title
    ("Northstar Travel Nursing - Seattle, WA\nWe place nurses.", "", ""),
])
def test_a_title_line_keeps_its_title_and_gives_its_place(header, title, location):
    p = parse_posting(f"{header}\n\nRequirements\n- 2+ years of related work\n", "p")
    assert (p.title, p.location) == (title, location)


@pytest.mark.parametrize("header, title, company, location", [
    # "Title - Company - Place": the company between a job title and its place, with a bar too
    ("HR Generalist - Queen City Foods - Charlotte, NC", "HR Generalist", "Queen City Foods", "Charlotte, NC"),
    ("Payroll Specialist - Midwest Components Inc. - Indianapolis, IN (Hybrid)", "Payroll Specialist",
     "Midwest Components Inc.", "Indianapolis, IN (Hybrid)"),
    ("Kitchen Manager | Harbor Oyster House | Providence, RI", "Kitchen Manager", "Harbor Oyster House",
     "Providence, RI"),
    ("Line Cook - Harbor Table - Full Time", "Line Cook", "Harbor Table", ""),
    # a name with its article after the title's dash is the employer's
    ("Bartender - The Copper Still", "Bartender", "The Copper Still", ""),
    ("Line Cook - The Rusty Anchor - Full Time", "Line Cook", "The Rusty Anchor", ""),
    ("HR Generalist at Queen City Foods - Charlotte, NC", "HR Generalist", "Queen City Foods", "Charlotte, NC"),
    ("Payroll Specialist at Midwest Components Inc. - Indianapolis, IN", "Payroll Specialist",
     "Midwest Components Inc.", "Indianapolis, IN"),
    # a company's legal form names it without a place after it
    ("Payroll Specialist - Midwest Components Inc.", "Payroll Specialist", "Midwest Components Inc.", ""),
    # the job's specialty stays in the title: a skill, a part of a company, one bare word
    ("Registered Nurse - ICU - Boston, MA", "Registered Nurse - ICU", "", "Boston, MA"),
    ("Senior Associate - Corporate & Investment Banking - New York, NY",
     "Senior Associate - Corporate & Investment Banking", "", "New York, NY"),
    ("Registered Nurse - Emergency Department - Boston, MA", "Registered Nurse - Emergency Department", "",
     "Boston, MA"),
    ("Software Engineer - Backend - Remote", "Software Engineer - Backend", "", "Remote"),
    ("Engineering Manager - Payments", "Engineering Manager - Payments", "", ""),
    # no job title before it: no company either
    ("Northstar Travel Nursing - Seattle, WA\nWe place nurses.", "", "", ""),
])
def test_a_title_line_gives_the_company_between_the_title_and_its_place(header, title, company, location):
    p = parse_posting(f"{header}\n\nRequirements\n- 2+ years of related work\n", "p")
    assert (p.title, p.company, p.location) == (title, company, location)


@pytest.mark.parametrize("text, expected", [
    # an amount with no word of pay is a deal, a budget or a quota
    ("Requirements\n- 10+ years of enterprise sales, closing $500k+ deals\n- Bachelor's degree", None),
    ("Requirements\n- Go\n- Managed a $2,000,000 annual budget\n", None),
    ("Requirements\n- Go\n\nStarting at $60,000 annually.", (60000, 60000)),
    # pay words, a pay heading, or a range standing on its own line
    ("Requirements\n- Go\n\nPay: $25/hour", (52000, 52000)),
    ("Requirements\n- Go\n\nCompensation\n$150k - $180k + equity", (150000, 180000)),
    ("Senior ML Engineer\nAcme\n$180,000 - $230,000\n\nRequirements\n- Python", (180000, 230000)),
    ("Requirements\n- Go\n\nWe pay $120,000 to $140,000 depending on experience.", (120000, 140000)),
    # what agents earn under commission is no pay offered (real-estate-agent-1)
    ("Real Estate Agent\nHill Country Realty Group — Austin, TX\n\n"
     "Commission-based (avg. agent earns $70,000 - $110,000 per year)\n\nRequirements\n- Go", None),
    # ... and a line that pays by commission alone pays no base: nothing (0), not what it tells
    ("Requirements\n- Go\n\n100% commission: $60,000 - $120,000 a year", (0, 0)),
    ("Requirements\n- Go\n\nTop producers earn $150,000+ per year.", None),
    ("Requirements\n- Go\n\nEarning potential of $90,000 per year", None),
    # a base with commission, on-target earnings and pay one earns are pay
    ("Requirements\n- Go\n\nCompensation: $45,000 - $65,000 base + commission", (45000, 65000)),
    ("Requirements\n- Go\n\nOTE $140,000, uncapped commission", (140000, 140000)),
    ("Requirements\n- Go\n\nYou will earn $25/hour.", (52000, 52000)),
    ("Requirements\n- Go\n\nBase salary $50,000. Top agents earn $120,000.", (50000, 50000)),
    # an hourly base with commission under the title, no heading (walk-through 39 B: the trainer's pay
    # line had read as a heading with nothing under it)
    ("Personal Trainer\nIronWorks Fitness - Austin, TX\n$22/hr base + session commissions\n\nWhat we need\n- CPR",
     (45760, 45760)),
    ("# Personal Trainer\n$22 an hour plus commission\nRequirements\n- CPR", (45760, 45760)),
    # a figure a year that is a budget or deals stays none
    ("# Account Executive\nManage a $2M a year budget\nRequirements\n- CPR", None),
])
def test_a_salary_needs_words_of_pay_or_a_range_on_its_own_line(text, expected):
    p = parse_posting(text, "x")
    assert ((p.salary_min, p.salary_max) if p.salary_min is not None else None) == expected


@pytest.mark.parametrize("item, kind", [
    # the must word governs the item; the softener only its add-on
    ("Bachelor's degree required; MBA preferred", "must"),
    ("Must have 3 years of experience as a medical assistant, dermatology preferred", "must"),
    ("MBA preferred; bachelor's degree required", "must"),
    ("Python is a must, Go a plus", "must"),
    ("Python required (Go preferred)", "must"),
    # no must word governs the softener: nice
    ("Experience with Kafka preferred but not required", "nice"),
    ("AWS certification preferred, not required", "nice"),
    ("No degree required; a CS degree is a plus", "nice"),
    ("Bonus if you must travel for work", "nice"),
])
def test_a_must_word_keeps_an_item_with_a_softened_add_on_a_must(item, kind):
    p = parse_posting(f"Requirements\n- Experience with Python\n- {item}", "x")
    assert p.requirements[1].kind == kind


def test_must_years_with_a_softened_add_on_are_the_postings_years():
    p = parse_posting("Requirements\n- Must have 3 years of experience as a medical assistant, dermatology "
                      "preferred\n- Proficiency with eClinicalWorks", "x")
    assert p.years == 3


@pytest.mark.parametrize("item, kind, years", [
    # the first clause asks; the softener in a later clause softens its add-on only
    ("2+ years of pharmacy technician experience; hospital experience preferred", "must", 2),
    ("3-5 years of accounting experience, public accounting preferred", "must", 3),
    ("Experience with SQL; Tableau is a plus", "must", None),
    ("Bachelor's degree in Accounting, CPA preferred", "must", None),
    ("Strong communication skills, leadership experience a plus", "must", None),
    # an add-on after years that names experience of its own, whatever its "/" (walk-through education: a child
    # care center's whole row was a nice-to-have)
    ("2 years experience in a licensed child care center, infant/toddler experience strongly preferred", "must", 2),
    ("1 year of experience in a school, preschool/daycare experience a plus", "must", 1),
    # the years of the add-on are not what the item asks
    ("Bachelor's degree; 2+ years of experience preferred", "must", None),
    # the softener governs the first clause, or the whole item
    ("Experience with Go is a plus", "nice", None),
    ("Python preferred", "nice", None),
    ("Bachelor's degree preferred, Master's a plus", "nice", None),
    ("No degree required; a CS degree is a plus", "nice", None),
    ("Experience with Kafka, not required", "nice", None),
    ("Experience with Kafka, which would be a big plus", "nice", None),
    ("Hybrid vehicle experience a strong plus", "nice", None),
    # a comma that joins the items of a list the softener governs whole
    ("Experience with AWS, GCP, or Azure preferred", "nice", None),
    ("Bachelor's degree in Computer Science, Engineering, or related field preferred", "nice", None),
    ("Bachelor's degree in Business, Finance or a related field preferred", "nice", None),
    ("Familiarity with Jira, Confluence a plus", "nice", None),
])
def test_an_ask_with_a_softened_add_on_in_a_later_clause_is_a_must(item, kind, years):
    p = parse_posting(f"Requirements\n- Experience with Python\n- {item}", "x")
    assert (p.requirements[1].kind, p.requirements[1].years) == (kind, years)
    assert p.years == (years if kind == "must" else None)


def test_the_years_of_a_must_with_a_softened_add_on_are_the_postings_years():
    p = parse_posting("Pharmacy Technician II\n\nRequirements\n- Texas pharmacy technician registration\n"
                      "- 2+ years of pharmacy technician experience; hospital experience preferred\n", "x")
    assert p.years == 2


def test_tools_the_worker_brings_are_no_skill_to_learn():
    item = "Must possess and provide own basic hand tools"
    p = parse_posting(f"# Aircraft Mechanic\nRequirements\n- {item}\n- FAA A&P certificate\n", "a")
    assert requirement(p, item).kind == "condition"
    assert requirement(p, item).skills == []


def test_a_condition_of_the_work_is_one_wherever_it_stands():
    p = parse_posting(
        "Civil Engineer II - Keystone Land Design - Denver, CO\n\n"
        "We're hiring a Civil Engineer. Must live within 30 miles of our Denver office.\n\n"
        "Requirements\n- 5+ years of site development design experience\n- Proficient in AutoCAD Civil 3D\n\n"
        "Preferred\n- HEC-RAS or HydroCAD\n\nMust be able to visit job sites and lift 25 lbs.\n\n"
        "Schedule: rotating 12-hour shifts, weekends and holidays.\n\n"
        "Benefits\n- Paid holidays and weekends off\n\n"
        "Equal Opportunity: offers are contingent on a background check.", "x")
    assert [r.text for r in p.conditions] == [
        "Must live within 30 miles of our Denver office.", "Must be able to visit job sites and lift 25 lbs.",
        "rotating 12-hour shifts, weekends and holidays."]
    assert [r.kind for r in p.requirements if r.kind != "condition"] == ["must", "must", "nice"]


def test_a_condition_in_a_requirement_sections_prose_is_read_once():
    p = parse_posting("Requirements\n3+ years of B2B sales; must be able to lift 50 lbs; fluent in Spanish.\n", "x")
    assert [(r.kind, r.text) for r in p.requirements] == [
        ("must", "3+ years of B2B sales"), ("condition", "must be able to lift 50 lbs"), ("must", "fluent in Spanish")]


@pytest.mark.parametrize("sentence, company", [
    ("Harvest Foods is hiring a Data Analyst.", "Harvest Foods"),
    ("Acme Mobility is looking for an Android Engineer.", "Acme Mobility"),
    ("Round Rock ISD is seeking a certified Mathematics Teacher.", "Round Rock ISD"),
    ("Acme, a logistics start-up, is recruiting drivers.", "Acme"),
    ("Bank of the West is hiring a Teller.", "Bank of the West"),
    ("The Home Depot is hiring a Cashier.", "The Home Depot"),
    ("Lakeshore Behavioral Health seeks a licensed clinical social worker.", "Lakeshore Behavioral Health"),
    # no name: a pronoun, a client, the company, a part of one
    ("We are hiring a Data Analyst.", ""),
    ("Our client is seeking a Registered Nurse.", ""),
    ("The Company is looking for a Cashier.", ""),
    ("The Platform Team is hiring a Go Developer.", ""),
    ("Our 28-bed Intensive Care Unit is seeking a Registered Nurse.", ""),
])
def test_the_first_prose_sentence_names_the_company_hiring(sentence, company):
    p = parse_posting(f"Data Analyst | Remote (US)\n\n{sentence}\n\nRequirements\n- 2+ years of SQL\n", "x")
    assert (p.title, p.company) == ("Data Analyst", company)


def test_only_the_first_prose_sentence_names_the_company():
    p = parse_posting("Data Analyst\n\nYou will build dashboards. Harvest Foods is hiring fast.\n", "x")
    assert p.company == ""
    given = parse_posting("Harvest Foods is hiring a Data Analyst.\n", "x", {"company": "Harvest Group"})
    assert given.company == "Harvest Group"


@pytest.mark.parametrize("prose, title, company", [
    ("Fieldnote is an offline-first note-taking app.", "iOS Developer", "Fieldnote"),
    ("At Fieldnote, we build note-taking apps.", "iOS Developer", "Fieldnote"),
    ("Fieldnote is hiring an iOS Developer.", "iOS Developer", "Fieldnote"),
    # one word the prose does not name as a company stays in the title
    ("We're hiring an iOS Developer to build our note-taking app.", "iOS Developer - Fieldnote", ""),
])
def test_a_one_word_part_after_the_title_is_the_company_the_prose_names(prose, title, company):
    p = parse_posting(f"iOS Developer - Fieldnote - Seattle, WA (Hybrid)\n\n{prose}\n\nRequirements\n- Swift\n", "x")
    assert (p.title, p.company, p.location) == (title, company, "Seattle, WA (Hybrid)")
    skill = parse_posting("Backend Developer - Python - Austin, TX\n\nPython is a must.\n", "x")
    assert (skill.title, skill.company) == ("Backend Developer - Python", "")


def test_an_ask_before_a_semicolon_stays_a_must_beside_a_softened_add_on():
    p = parse_posting("# CNC Machinist\nRequirements\n- Edit G-code programs; Mastercam a plus\n"
                      "- Mastercam a plus\n", "cnc")
    assert [r.kind for r in p.requirements] == ["must", "nice"]


def test_a_degree_alone_before_a_semicolon_is_an_ask_of_its_own():
    """A respiratory therapist posting's "Bachelor's degree; experience with PFT lab" was one row, covered by any
    bachelor's degree ("BSN, 2016"), the PFT lab never asked (walk-through care)."""
    p = parse_posting("# Respiratory Therapist\nRequirements\n- Bachelor's degree; experience with PFT lab\n"
                      "- Bachelor's degree; Master's preferred\n"
                      "- Bachelor's degree in Nursing; or equivalent experience\n"
                      "- Degree required; candidates without one will not be considered\n", "rt")
    assert [r.text for r in p.requirements] == [
        "Bachelor's degree", "experience with PFT lab", "Bachelor's degree; Master's preferred",
        "Bachelor's degree in Nursing; or equivalent experience",
        "Degree required; candidates without one will not be considered"]


def test_an_offer_among_the_requirements_asks_nothing():
    p = parse_posting("# ESL Teacher\nRequirements\n- Bachelor's degree\n"
                      "- H-1B visa sponsorship available for qualified candidates\n", "esl")
    assert [r.text for r in p.requirements] == ["Bachelor's degree"]
    assert [k.offered for k in p.knockouts if k.kind == "sponsorship"] == [True]


def test_a_licence_whose_exams_the_employer_sponsors_stays_a_requirement():
    p = parse_posting("# Financial Advisor\nRequirements\n- Bachelor's degree\n- FINRA Series 7 and Series 66 "
                      "licenses (must obtain within 90 days of hire; we sponsor and pay for exams)\n", "fa")
    assert any("Series 7" in r.text for r in p.requirements)
    assert not [k for k in p.knockouts if k.kind == "sponsorship"]


@pytest.mark.parametrize("item, kind", [
    ("FINRA Series 7 and Series 66 licenses (must obtain within 90 days of hire; we sponsor and pay for exams)",
     "nice"),
    ("FINRA Series 7 and Series 66 licenses (must obtain within 90 days of hire)", "nice"),
    ("ACLS required within 6 months of hire; we pay for the course", "nice"),
    ("BLS and ACLS required; PALS and NRP required within 6 months of hire", "must"),
    # the time after hire in a bracket naming a credential of its own is that one's
    ("TIPS certification (state alcohol server permit required within 30 days of hire)", "must"),
    ("Food handler card (county health permit within 60 days of hire)", "must"),
    ("ACLS certification (required within 6 months of hire)", "nice"),
    ("BLS (must obtain within 30 days of hire)", "nice"),
])
def test_a_licence_to_be_had_after_hire_is_no_must_have_whatever_follows_it(item, kind):
    """A licence to be had after hire is not needed to apply, though a remark follows it after a
    semicolon; a semicolon before it still parts an ask needed now from it."""
    p = parse_posting(f"# Advisor\nRequirements\n- {item}\n- Bachelor's degree\n", "x")
    assert p.requirements[0].kind == kind


@pytest.mark.parametrize("sentence, years", [
    ("Applicants must be at least 25 years of age.", None),        # an age
    ("18 years or older, high school diploma or GED", None),
    ("Must be 21 years and over with a clean driving record", None),
    ("Must be 18 years of age or older and have 2 years of construction experience", 2.0),
    ("2 years or more of warehouse experience", 2.0),
    ("You must have less than 4 years of research experience.", None),  # a ceiling
    ("No more than 2 years of professional experience.", None),
    ("5+ years of experience.", 5.0),
])
def test_an_age_or_a_ceiling_is_no_experience_asked(sentence, years):
    assert parse_years(sentence) == years


@pytest.mark.parametrize("sentence, years", [
    ("High school diploma or GED with one year of algebra", None),
    ("Completed one year of high school algebra with a passing grade", None),
    ("60 semester units or 2 years of college", None),
    ("2 years of post-secondary education in electronics", None),
    ("1 year of trade school or 2 years of experience", 2.0),
    ("5 years of college teaching experience", 5.0),      # a school's work
    ("2 years of education experience", 2.0),
])
def test_years_of_schooling_are_no_experience_asked(sentence, years):
    """An electrical apprentice posting's 'one year of algebra' asked a year of work, met by any role
    (the years knock-out read '11.5 years of work'); years of a school subject or of school are schooling."""
    assert parse_years(sentence) == years


def test_a_must_item_with_a_one_word_softened_add_on_after_its_years_stays_a_must():
    p = parse_posting("Requirements:\n- 3+ years of logistics or supply chain experience, DoD preferred\n"
                      "- Experience with SAP\n", "x")
    assert (p.requirements[0].kind, p.requirements[0].years, p.years) == ("must", 3, 3)
    [k] = [k for k in p.knockouts if k.kind == "years"]
    assert k.required and k.years == 3


@pytest.mark.parametrize("header, title, company, location", [
    # a tagline or the job's specialty after a dash is no company; the line below names it
    ("CDL-A Regional Driver — Home Weekends\nPeach State Carriers, Atlanta, GA",
     "CDL-A Regional Driver — Home Weekends", "Peach State Carriers", "Atlanta, GA"),
    ("Physical Therapist (DPT) – Acute Care\nAdventCare Health, Orlando, FL — on-site",
     "Physical Therapist (DPT) – Acute Care", "AdventCare Health", "Orlando, FL — on-site"),
    # the company's line in parts: its place, how the work is done, the pay
    ("# Dental Hygienist – Periodontal Practice\n\n**Puget Sound Periodontics** | Seattle, WA | On-site | $58–$68/hr",
     "Dental Hygienist – Periodontal Practice", "Puget Sound Periodontics", "Seattle, WA | On-site"),
    ("Logistics Coordinator – Import Operations\nTidewater Global Logistics | Savannah, GA | On-site (Mon–Fri)",
     "Logistics Coordinator – Import Operations", "Tidewater Global Logistics", "Savannah, GA | On-site (Mon–Fri)"),
    ("Logistics Coordinator\nIronclad Defense Systems — Warner Robins, GA — On-site",
     "Logistics Coordinator", "Ironclad Defense Systems", "Warner Robins, GA | On-site"),
    ("Physical Therapist Assistant\nGulf Coast Rehab Partners, Tampa, FL (Westchase clinic) - Full Time, On-Site",
     "Physical Therapist Assistant", "Gulf Coast Rehab Partners", "Tampa, FL (Westchase clinic) | Full Time, On-Site"),
    # a job noun JOB_WORD lacks, above the company's name and place
    ("Universal Banker II\nScioto Valley Bank | Columbus, OH | Full-time, on-site in branch",
     "Universal Banker II", "Scioto Valley Bank", "Columbus, OH | Full-time, on-site in branch"),
    ("Loan Processor (Consumer & Auto)\nMidwest Credit Union Service Org — Remote (Ohio, Indiana, Michigan residents "
     "only)", "Loan Processor (Consumer & Auto)", "Midwest Credit Union Service Org",
     "Remote (Ohio, Indiana, Michigan residents only)"),
    # the company alone on its line, the place on the next
    ("Litigation Paralegal\nBennett Ross Kline LLP\nDallas, TX (Hybrid - 3 days in office)",
     "Litigation Paralegal", "Bennett Ross Kline LLP", "Dallas, TX (Hybrid - 3 days in office)"),
    # the place in brackets after the company
    ("Technical Product Manager - Developer Platform\nStackwise (Denver, CO - hybrid)",
     "Technical Product Manager - Developer Platform", "Stackwise", "Denver, CO - hybrid"),
    ("Barista\nBlue Bottle (Oakland, CA)", "Barista", "Blue Bottle", "Oakland, CA"),
    # a choice of full or part time after the title is how the job is held, like "Part Time"
    ("Hair Stylist - Full or Part Time\nSalon Verde, Portland OR", "Hair Stylist", "Salon Verde", "Portland OR"),
    ("Barista - Full-Time/Part-Time\nBlue Bottle, Oakland CA", "Barista", "Blue Bottle", "Oakland CA"),
    ("Line Cook (Full or Part-Time)\nHarbor Table, St. Louis MO", "Line Cook", "Harbor Table", "St. Louis MO"),
    ("Cashier - Part-time or Full-time", "Cashier", "", ""),
    ("Dental Assistant - FT/PT\nBright Smiles, Toledo OH", "Dental Assistant", "Bright Smiles", "Toledo OH"),
    # a place line in parts: the pay and the terms after a bar or a dot are no part of the place
    ("Aircraft Maintenance Technician (A&P) - Line Maintenance, Nights\nPinnacle Aero Services\n"
     "Dallas Love Field, Dallas, TX | $38.00 - $46.00 per hour + shift differential",
     "Aircraft Maintenance Technician (A&P) - Line Maintenance, Nights", "Pinnacle Aero Services",
     "Dallas Love Field, Dallas, TX"),
    ("Aircraft Mechanic\nDallas Love Field, Dallas, TX | $38.00 - $46.00 per hour", "Aircraft Mechanic",
     "Dallas Love Field", "Dallas, TX"),
    ("Welder\nAcme Fabrication\nDallas, TX · Full-time", "Welder", "Acme Fabrication", "Dallas, TX"),
    # a double hyphen typed for a dash, and the dashes themselves, between company and place
    ("Digital News Editor\nThe Lakeland Ledger -- Tampa, FL", "Digital News Editor", "The Lakeland Ledger",
     "Tampa, FL"),
    ("Digital News Editor\nThe Lakeland Ledger — Tampa, FL", "Digital News Editor", "The Lakeland Ledger",
     "Tampa, FL"),
    ("Digital News Editor\nThe Lakeland Ledger – Tampa, FL", "Digital News Editor", "The Lakeland Ledger",
     "Tampa, FL"),
    ("Development Officer, Grants & Foundation Relations\nRiverbend Literacy Coalition (501(c)(3)) -- Portland, OR "
     "(hybrid, 2 days in office)", "Development Officer, Grants & Foundation Relations",
     "Riverbend Literacy Coalition (501(c)(3))", "Portland, OR (hybrid, 2 days in office)"),
    ("Line Cook -- Full Time\nHarbor Table -- St. Louis, MO -- $18/hr", "Line Cook", "Harbor Table", "St. Louis, MO"),
    # a university that holds its town's name, its place, pay and terms on the line below
    ("Postdoctoral Fellow\nUniversity of Wisconsin-Madison\nMadison, WI | Salary: $62,000 - $66,000 | Full-time",
     "Postdoctoral Fellow", "University of Wisconsin-Madison", "Madison, WI"),
    ("Research Technician\nUniversity of Colorado Boulder\nBoulder, CO | Pay: $22/hr | Full-time",
     "Research Technician", "University of Colorado Boulder", "Boulder, CO"),
    ("Staff Nurse\nMemorial Hospital of South Bend\nSouth Bend, IN | Salary: $70,000 | Full-time",
     "Staff Nurse", "Memorial Hospital of South Bend", "South Bend, IN"),
    ("Planner II\nCity of Boulder\nBoulder, CO | Salary: $70,000 | Full-time", "Planner II", "City of Boulder",
     "Boulder, CO"),
])
def test_a_header_names_title_company_and_place(header, title, company, location):
    p = parse_posting(header + "\n\nRequirements\n- 2+ years of experience\n", "x")
    assert (p.title, p.company, p.location) == (title, company, location)


@pytest.mark.parametrize("line, location, salary", [
    ("Happy Tails Veterinary Clinic, Aurora, CO. $16.50 - $18.00 an hour", "Aurora, CO", "$16.50 - $18.00 an hour"),
    ("Harbor Health, Dallas, TX. $38.00 - $46.00 per hour", "Dallas, TX", "$38.00 - $46.00 per hour"),
    ("Acme Logistics, Denver, CO. $20 - $24/hr", "Denver, CO", "$20 - $24/hr"),
    ("Acme Logistics - Denver, CO. $52,000 - $60,000 a year", "Denver, CO", "$52,000 - $60,000 a year"),
    ("Acme Logistics, St. Louis, MO | $20/hr", "St. Louis, MO", "$20/hr"),
    # a stop with no pay after it, or inside a town's name, is the place's own
    ("Acme Logistics, St. Louis, MO", "St. Louis, MO", ""),
    ("Acme Logistics, Denver, CO.", "Denver, CO.", ""),
])
def test_a_place_line_that_carries_the_pay_gives_both(line, location, salary):
    """A company's place line ending in its pay after a stop ("Aurora, CO. $16.50 - $18.00 an hour"):
    the place without the pay, and the pay (it was read into the place, no salary)."""
    p = parse_posting(f"Kennel Helper\n{line}\n\nRequirements\n- 6 months of experience handling dogs\n", "x")
    assert (p.location, p.salary_text) == (location, salary)
    assert (p.salary_min is not None) is bool(salary)


@pytest.mark.parametrize("line", ["Salon Verde, Portland", "Night Shift, ICU RN", "Acme Analytics, Reporting BI",
                                  "Harbor Table, Full Time"])
def test_a_comma_before_words_that_are_no_town_and_state_code_gives_no_place(line):
    """Only a town the gazetteer knows in the state its code names is read as a place without
    a comma before the code ("Portland OR"); a town alone, or capitals that name no state, are not."""
    p = parse_posting(f"Hair Stylist\n{line}\n\nRequirements\n- 2+ years of related work\n", "x")
    assert p.location == ""


def test_a_first_line_that_names_no_job_above_a_company_line_is_no_title():
    p = parse_posting("Harbor Health Center\nScioto Valley Bank | Columbus, OH\n\nWe are hiring.\n", "x")
    assert p.title != "Harbor Health Center"


def test_a_workplace_sentence_naming_a_place_unknown_takes_the_postings_location():
    p = parse_posting("Marketing Manager\nLakeshore Provisions — Chicago, IL — Hybrid (Tues–Thurs in our West Loop "
                      "office)\n\nRequirements\n- 7+ years of marketing\n", "x")
    [k] = [k for k in p.knockouts if k.kind == "workplace"]
    assert k.mode == "hybrid" and k.places[0] == "Chicago, IL"


@pytest.mark.parametrize("header, title, company, location", [
    # "Partner" and "Originator" are job nouns in a title line ("Partners" names a company)
    ("Senior HR Business Partner\nAllied Retail Group, Corporate Office\nCincinnati, OH — hybrid",
     "Senior HR Business Partner", "Allied Retail Group", "Cincinnati, OH — hybrid"),
    ("Senior Mortgage Loan Originator (Remote - US)", "Senior Mortgage Loan Originator", "", "Remote - US"),
    # a nurse's letters name the job ("RN Residency Program ..." had no title, nor company, nor place)
    ("RN Residency Program - Critical Care (New Graduates)\nNovant Health - Charlotte, NC",
     "RN Residency Program - Critical Care (New Graduates)", "Novant Health", "Charlotte, NC"),
    ("LPN - Long Term Care\nBrookdale Senior Living - Dayton, OH", "LPN - Long Term Care", "Brookdale Senior Living",
     "Dayton, OH"),
    # the company alone on its line, then the place: a legal form even where a word is a town
    ("Audit Associate - Assurance\nLarkin & Shaw LLP\nSan Francisco, CA | Hybrid",
     "Audit Associate - Assurance", "Larkin & Shaw LLP", "San Francisco, CA | Hybrid"),
    # a skill's name among the company's words ("Apex")
    ("Senior Mechanical Engineer - Defense Electronics\nApex Aerostructures\nSyracuse, NY (on-site)",
     "Senior Mechanical Engineer - Defense Electronics", "Apex Aerostructures", "Syracuse, NY (on-site)"),
    # a part of the employer after its name is left out
    ("Food Safety Inspector\nLouisiana Department of Health - Office of Public Health\nNew Orleans, LA (field-based)",
     "Food Safety Inspector", "Louisiana Department of Health", "New Orleans, LA (field-based)"),
    ("Senior Instructional Designer\nGulf State University, Office of Digital Learning\n"
     "Baton Rouge, LA | Remote (must reside in Louisiana)", "Senior Instructional Designer", "Gulf State University",
     "Baton Rouge, LA | Remote (must reside in Louisiana)"),
    # the place below as a "Location:" field
    ("Instructional Designer\nNorthwind Learning Solutions\nLocation: Austin, TX (Hybrid - 2 days on-site)",
     "Instructional Designer", "Northwind Learning Solutions", "Austin, TX (Hybrid - 2 days on-site)"),
    # a name ending in an organisation's word, alone under the title, no place below it
    ("Licensed Insurance Agent (P&C) - Remote (US)\nKeystone Mutual Insurance Group\n\n"
     "Compensation: $45,000 - $65,000 base + commission", "Licensed Insurance Agent (P&C)",
     "Keystone Mutual Insurance Group", "Remote (US)"),
    ("Veterinary Technician\nRose City Animal Hospital", "Veterinary Technician", "Rose City Animal Hospital", ""),
    # a job noun that is a job only alone or above its employer: a court, a city, a hospital, a firm
    ("Official Court Reporter\nSuperior Court of California, County of Sacramento\nSalary: $95,000 - $115,000",
     "Official Court Reporter", "Superior Court of California", ""),
    ("Bus Operator\nCity of Tulsa", "Bus Operator", "City of Tulsa", ""),
    ("Special Education Paraprofessional\nAurora Public Schools — Aurora, CO", "Special Education Paraprofessional",
     "Aurora Public Schools", "Aurora, CO"),
    ("News Reporter\nHarbor Media Group", "News Reporter", "Harbor Media Group", ""),
])
def test_header_lines_under_the_title_give_the_company_and_place(header, title, company, location):
    p = parse_posting(f"{header}\n\nRequirements\n- 2+ years of related work\n", "p")
    assert (p.title, p.company, p.location) == (title, company, location)


@pytest.mark.parametrize("line", ["Home Health", "Behavioral Health", "Caring For Pets Since 1985", "Austin, TX"])
def test_a_specialty_a_tagline_or_a_place_alone_under_the_title_is_no_company(line):
    """A specialty ends in an organisation's word as a hospital does, but names a skill."""
    assert parse_posting(f"Registered Nurse\n{line}\n\nRequirements\n- 2+ years of nursing\n", "p").company == ""


def test_a_remote_header_place_makes_the_posting_remote():
    p = parse_posting("Senior Instructional Designer\nGulf State University, Office of Digital Learning\n"
                      "Baton Rouge, LA | Remote (must reside in Louisiana)\n\nResponsibilities\n"
                      "- Consult with faculty to design online and hybrid courses\n", "p")
    assert p.remote is True


@pytest.mark.parametrize("duty, remote", [
    ("Consult with faculty to design online and hybrid courses", None),   # an adjective of courses
    ("This is a hybrid role with 3 days in the office", False),
    ("Schedule: hybrid (3 days in office)", False),
])
def test_hybrid_is_a_workplace_only_when_it_speaks_of_the_work(duty, remote):
    p = parse_posting(f"Instructional Designer\n\nResponsibilities\n- {duty}\n- Build course shells\n", "p")
    assert p.remote is remote


# -- feeds: nothing given is dropped unsaid, every file decoded as a resume is -------------
NURSE = "Registered Nurse\nRequirements\n- 2+ years of ICU nursing\n- BLS certification"


@pytest.mark.parametrize("name,content,message", [
    ("twice.csv", 'id,text,text\nc-5,"' + NURSE + '",x\n', "the column 'text' twice"),
    ("case.csv", 'id,Title,text,title\nc-5,Nurse,"' + NURSE + '",Cook\n', "the column 'title' twice"),
    ("alias.csv", 'id,title,position,text\nc-5,Nurse,Cook,"' + NURSE + '"\n', "'title' and 'position'"),
    ("both.jsonl", json.dumps({"id": "a", "text": NURSE, "description": "other"}) + "\n",
     "'text' and 'description'"),
    ("case.jsonl", json.dumps({"id": "a", "ID": "b", "text": NURSE}) + "\n", "'id' and 'ID'"),
    ("key.jsonl", '{"id": "a", "id": "b", "text": "x"}\n', "the key 'id' is given twice"),
    ("key.json", '[{"id": "a", "text": "x", "text": "y"}]', "the key 'text' is given twice"),
    ("ragged.csv", 'id,title,text\nc-6,Nurse,"' + NURSE + '",extra,cols\n', "line 2: the record has 5 cells"),
])
def test_a_field_given_twice_or_a_cell_past_the_header_is_refused_naming_it(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        load_postings([path])


def test_the_same_value_under_two_names_and_empty_trailing_cells_are_read(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": NURSE, "description": NURSE,
                                                  "Title": "", "title": "ICU Nurse"}) + "\n")
    (tmp_path / "b.csv").write_text('id,title,position,text\nb,Nurse,Nurse,"' + NURSE + '",,\n')
    a, b = load_postings([tmp_path / "a.jsonl", tmp_path / "b.csv"])
    assert (a.id, a.title, b.id, b.title) == ("a", "ICU Nurse", "b", "Nurse")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_posting_files_are_decoded_as_resumes_are(tmp_path, encoding):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    files = {"u.txt": NURSE, "u.csv": 'id,text\nu-1,"' + NURSE + '"\n',
             "u.json": json.dumps([{"id": "u-2", "text": NURSE}])}
    for name, text in files.items():
        (tmp_path / name).write_bytes(bom + text.encode(encoding))
    postings = load_postings([tmp_path])
    assert [(p.id, p.title) for p in postings] == [("u-1", "Registered Nurse"), ("u-2", "Registered Nurse"),
                                                    ("u", "Registered Nurse")]


@pytest.mark.parametrize("content,message", [
    (bytes((i * 167 + i // 7) % 256 for i in range(3000)), "not a text file (it holds binary data)"),
    (b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n", "not a text file (it looks like a PDF)"),
    (b"Registered Nurse\x00\x00 ICU\nRequirements\n- BLS\n", "not a text file"),
])
def test_a_posting_file_that_is_not_text_is_refused(tmp_path, content, message):
    for name in ("junk.txt", "junk.csv", "junk.jsonl"):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(InputError, match=re.escape(f"{name}: {message}")):
            load_postings([tmp_path / name])


def test_csv_errors_name_the_line_a_record_starts_on(tmp_path):
    (tmp_path / "dup.csv").write_text('id,text\nc-8,"' + NURSE + '"\nc-8,"' + NURSE + ' x"\n')
    with pytest.raises(InputError, match=r"dup\.csv line 6: duplicate id 'c-8' \(first seen in .*dup\.csv line 2\)"):
        load_postings([tmp_path / "dup.csv"])
    (tmp_path / "gap.csv").write_text('id,title,text\r\nq-1,Nurse,"A\nB\nC"\r\n\r\nq-2,Nurse,\r\n')
    with pytest.raises(InputError, match=r"gap\.csv line 6: record 'q-2' has no 'text'"):
        load_postings([tmp_path / "gap.csv"])


def test_skipped_files_names_a_directorys_other_files(tmp_path):
    from matcher.postings.feeds import skipped_files

    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("a.txt", "b.pdf", "sub/c.exe", ".DS_Store", ".git/config", "sub/d.csv"):
        (tmp_path / name).write_text("x")
    assert skipped_files([tmp_path]) == [tmp_path / "b.pdf", tmp_path / "sub" / "c.exe"]
    assert skipped_files([tmp_path / "a.txt"]) == []


@pytest.mark.parametrize("header, title", [
    ("Medical Coder - Outpatient (CPC Required)\nRiverbend Physicians Group - Remote",
     "Medical Coder - Outpatient (CPC Required)"),
    ("Claims Processor (Bilingual Required)\nBayview Insurance Group | Tampa, FL",
     "Claims Processor (Bilingual Required)"),
])
def test_a_title_line_naming_an_ask_in_brackets_is_the_title_not_a_heading(header, title):
    p = parse_posting(header + "\n\nWe are seeking a certified coder for outpatient services.\n\n"
                      "Qualifications:\n- 3+ years of coding experience\n", "x")
    assert p.title == title and p.company and p.location
    assert not [r for r in p.requirements if r.text in header]   # neither the title nor the company's line


@pytest.mark.parametrize("opening, location", [
    ("Peak Logistics is hiring in Reno, NV!", "Reno, NV"),
    ("We're hiring forklift operators in Reno, NV.", "Reno, NV"),
    ("This position is based in Denver, CO and reports to the plant manager.", "Denver, CO"),
    ("The role is located in Austin, Texas.", "Austin, Texas"),
    ("Mercy Regional Hospital is seeking an operator to join our warehouse team in Springfield, IL.",
     "Springfield, IL"),
])
def test_a_place_the_opening_prose_names_is_the_location(opening, location):
    p = parse_posting(f"Forklift Operator\n{opening}\n\nWhat we need:\n* 6 months+ experience operating a forklift\n",
                      "x")
    assert p.location == location
    assert [k.places for k in p.knockouts if k.kind == "workplace"] == [[location]]


@pytest.mark.parametrize("opening", [
    "Acme, based in Austin, TX, builds software for clinics.",   # the company's place, not the job's
    "We are hiring in several cities.",
])
def test_prose_that_places_no_job_gives_no_location(opening):
    p = parse_posting(f"Forklift Operator\n{opening}\n\nWhat we need:\n* 6 months+ experience\n", "x")
    assert p.location == ""


def test_a_location_line_wins_over_the_opening_prose():
    p = parse_posting("Forklift Operator\nPeak Logistics is hiring in Reno, NV!\nLocation: Sparks, NV\n\n"
                      "What we need:\n* 6 months+ experience\n", "x")
    assert p.location == "Sparks, NV"


def test_plain_lines_of_a_mixed_requirement_section_are_items():
    from matcher.postings.parse import parse_posting
    text = ("Data Engineer\n\nWhat we need\nIntegrity\n- you do the right thing\n"
            "The skills we're looking for are\n3+ years experience with JavaScript\nWebpack React & Redux\n"
            "Bonus points for experience with\nFull-stack knowledge\nPair programming\n")
    p = parse_posting(text, "mixed")
    must = [r.text for r in p.must]
    assert "3+ years experience with JavaScript" in must and "Webpack React & Redux" in must
    assert "Integrity - you do the right thing" in must
    assert [r.text for r in p.nice] == ["Full-stack knowledge", "Pair programming"]


def test_mixed_list_counts_plain_item_lines_beside_prose_bullets():
    from matcher.postings.parse import parse_posting
    text = ("Developer\n\nRequirements:\n- you care about quality.\nExperience with Django\nSQL and Postgres\n")
    must = [r.text for r in parse_posting(text, "m2").must]
    assert "Experience with Django" in must and "SQL and Postgres" in must


def test_application_lines_and_repeated_titles_ask_nothing_and_beneficial_softens():
    from matcher.postings.parse import parse_posting
    text = ("JavaScript Developer\n\nRequirements:\n- JavaScript Developer\n- 3+ years of React\n"
            "- You can also send us your application directly to\n- Master of Science or Engineering\n"
            "- Experience with Spinnaker is beneficial\n")
    p = parse_posting(text, "m3")
    assert [r.text for r in p.must] == ["3+ years of React", "Master of Science or Engineering"]
    assert [r.text for r in p.nice] == ["Experience with Spinnaker is beneficial"]
    # an ask of experience that ends in a job's word is no title repeated (it had been dropped)
    p = parse_posting("# Warehouse Supervisor\nRequirements\n- Experience supervising warehouse staff\n"
                      "- Experience supervising 10 drivers\n", "m4")
    assert [r.text for r in p.must] == ["Experience supervising warehouse staff", "Experience supervising 10 drivers"]


def test_title_drops_scrape_noise_and_stops_at_board_fields():
    from matcher.postings.parse import parse_posting
    assert parse_posting("iOS Developer 02000\n\nBuild apps.", "t1").title == "iOS Developer"
    assert parse_posting("iOS Developer ( f/m/d ) | | |\n\nBuild apps.", "t2").title == "iOS Developer ( f/m/d )"
    assert parse_posting("Front End Developer -\n\nBuild apps.", "t3").title == "Front End Developer"
    assert parse_posting("Senior Java Developer ( FIRE ) ( )\n\nBuild.", "t4").title == "Senior Java Developer ( FIRE )"
    assert parse_posting("Senior Threat Hunter Date posted: 2021-07-23 Likes: 0\n\nHunt.", "t5").title \
        == "Senior Threat Hunter"
    assert parse_posting("Angular Developer: Security Services Onboarding\n\nBuild.", "t6").title \
        == "Angular Developer: Security Services Onboarding"
    assert parse_posting("Location: Remote\n\nBuild.", "t7").title == ""


@pytest.mark.parametrize("title", ["Flight Attendant - Class of 2027", "Teaching Fellow, Cohort 2027",
                                   "Police Officer Recruit - Class 2027", "Analyst - Class of 2027"])
def test_a_title_keeps_the_year_of_its_class(title):
    """A class's year is the title's ("Flight Attendant - Class of 2027" had read "Flight Attendant - Class of"),
    not a postal code a scrape left after it ("iOS Developer 02000")."""
    from matcher.postings.parse import parse_posting
    assert parse_posting(f"{title}\nSkyBridge Airlines\n\nRequirements\n- High school diploma\n", "c").title == title


def test_questions_contact_and_the_offers_conditions_ask_nothing():
    p = parse_posting("# Data Engineer\nRequirements\n- 3+ years of Python\n"
                      "- If you have any questions feel free to get in touch with our HR team\n"
                      "- Apply and tell us how you can make a difference\n"
                      "- We may withdraw the offer if the background check fails\n", "de")
    assert [r.text for r in p.requirements] == ["3+ years of Python"]


def test_a_sentence_is_not_cut_after_an_initialism():
    text = ("Title X\n\nPreferred:\n- DAWIA certification\n\nWork arrangement: on-site, 100%.\n"
            "U.S. Citizenship is required due to the nature of this work.\n")
    p = parse_posting(text, "x")
    assert not any(r.text.startswith("Citizenship") for r in p.requirements)


def test_the_employer_and_place_after_a_now_hiring_title_line():
    text = ("Now hiring: Sous Chef / Kitchen Supervisor\n"
            "Harvest Table Group is hiring a Sous Chef for our Cincinnati, OH location (on-site).\n\n"
            "Must have\n* 4 years of line cook experience\n")
    p = parse_posting(text, "x")
    assert (p.title, p.company, p.location) == ("Sous Chef / Kitchen Supervisor", "Harvest Table Group",
                                                "Cincinnati, OH")


def test_the_terms_of_a_job_in_its_header_are_no_place():
    p = parse_posting("Registered Nurse - Medical Surgical - Nights\n"
                      "Mountain View Hospital | Aurora, CO | Full-time, 3x12 night shifts\n\n"
                      "Requirements\n- BLS\n", "rn")
    assert (p.company, p.location) == ("Mountain View Hospital", "Aurora, CO")


_ONE_WORD_BODY = "\n\nRequirements\n- 1+ year of related experience\n"


@pytest.mark.parametrize("job", ["Phlebotomist", "Dietitian", "Perfusionist", "Locksmith", "Lifeguard", "Groomer",
                                 "Nutritionist", "Millwright", "Ironworker", "Audiologist", "Electrician"])
def test_a_one_word_title_keeps_its_company_and_place(job):
    p = parse_posting(f"{job}\nValley Health Partners - Sacramento, CA\n\nWe run three clinics." + _ONE_WORD_BODY,
                      "p")
    assert (p.title, p.company, p.location) == (job, "Valley Health Partners", "Sacramento, CA")
    p = parse_posting(f"{job} - Valley Health Partners - Sacramento, CA\n\nWe run three clinics." + _ONE_WORD_BODY,
                      "p")
    assert (p.title, p.company, p.location) == (job, "Valley Health Partners", "Sacramento, CA")


@pytest.mark.parametrize("job", ["Phlebotomist", "Sonographer", "Florist", "Dietitian"])
def test_a_person_noun_the_prose_seeks_is_the_title(job):
    p = parse_posting(f"About us\nValley Health Partners is seeking a {job} for our clinic." + _ONE_WORD_BODY, "p")
    assert p.title == job


def test_a_name_above_a_title_is_no_title_by_its_form():
    p = parse_posting("Pioneer\nRegistered Nurse\nBoston, MA" + _ONE_WORD_BODY, "p")
    assert (p.title, p.company) == ("Registered Nurse", "Pioneer")
    assert parse_posting("Houston Methodist\nRegistered Nurse" + _ONE_WORD_BODY, "p").title == "Registered Nurse"
    assert parse_posting("Jordan Walker\n" + _ONE_WORD_BODY, "p").title == ""


def test_years_before_an_either_or_add_on_stay_a_must():
    p = parse_posting("# Recruiter\nRequirements\n- 2+ years of full-cycle recruiting experience, high-volume or "
                      "hourly hiring preferred.\n- Python, Go or Rust preferred.\n", "r")
    years, langs = p.requirements
    assert (years.kind, years.years) == ("must", 2)
    assert langs.kind == "nice"


@pytest.mark.parametrize("written, place", [
    ("Bristol BS5 6XX", "Bristol"), ("London SW1A 1AA", "London"), ("Bristol BS7", "Bristol"),
    ("2100 København Ø, Denmark", "København, Denmark"), ("80331 München", "München"),
    ("1012 AB Amsterdam", "Amsterdam"), ("Toronto, ON M5V 2T6", "Toronto, ON"), ("Bengaluru 560001", "Bengaluru"),
    ("Leeds LS1 4DY (Hybrid)", "Leeds (Hybrid)"), ("Dublin 2, Ireland", "Dublin 2, Ireland"),
    ("Remote (US)", "Remote (US)")])
def test_a_postcode_is_no_part_of_the_place_read(written, place):
    from matcher.postings.fields import without_postcode

    assert without_postcode(written) == place
    p = parse_posting(f"Data Analyst\n\nLocation: {written}\n\nRequirements\n- SQL\n", "x")
    assert p.location == place


def test_a_company_and_its_town_with_a_postcode_after_the_title():
    p = parse_posting("Management Accountant\nHarrow & Finch LLP - Birmingham B3 2HJ\n\nRequirements\n- Excel\n", "x")
    assert (p.title, p.company, p.location) == ("Management Accountant", "Harrow & Finch LLP", "Birmingham")
    p = parse_posting("Teacher of Mathematics\nOakfield Academy - Bristol BS5 6XX\n\nRequirements\n- QTS\n", "x")
    assert (p.company, p.location) == ("Oakfield Academy", "Bristol")
    assert any(k.kind == "workplace" and k.places == ["Bristol"] for k in p.knockouts)


@pytest.mark.parametrize("line, low, high, shown", [
    ("Salary: MPS/UPS (£30,000 - £46,525)", 30000, 46525, "£30,000 - £46,525 a year"),
    ("£45,000 - £55,000 + 25 days holiday + pension", 45000, 55000, "£45,000 - £55,000 a year"),
    ("Salary: DKK 50,000 - 60,000 per month plus pension", 600000, 720000, "DKK 600,000 - DKK 720,000 a year"),
    ("CTC: INR 12 - 18 LPA", 1200000, 1800000, "INR 1,200,000 - INR 1,800,000 a year"),
    ("Pay: 12-18 LPA", 1200000, 1800000, "INR 1,200,000 - INR 1,800,000 a year"),
    ("Salary: €65,000 - €80,000 per year", 65000, 80000, "€65,000 - €80,000 a year"),
    ("Salary: $65,000 - $75,000 CAD", 65000, 75000, "CAD 65,000 - CAD 75,000 a year"),
    ("Salary: 60,000 CHF", 60000, 60000, "CHF 60,000 a year"),
    ("Salary: $120,000 - $150,000", 120000, 150000, "$120,000 - $150,000 a year"),
    # dots group thousands where Europe writes them, and the currency may follow the amount
    ("Salary: 50.000 kr. per month", 600000, 600000, "kr 600,000 a year"),
    ("Salary: 45.000 - 55.000 € a year", 45000, 55000, "€45,000 - €55,000 a year"),
    ("Salary: SEK 45.000/month", 540000, 540000, "SEK 540,000 a year"),
    ("Pay: $18.50/hour", 38480, 38480, "$38,480 a year"),
    # a code before the dollar sign says whose dollar it is
    ("AUD $78,000 - $112,000 per annum", 78000, 112000, "AUD 78,000 - AUD 112,000 a year"),
    ("Salary: CAD $65,000 - $75,000", 65000, 75000, "CAD 65,000 - CAD 75,000 a year"),
    ("Salary: NZD$70,000 - NZD$85,000", 70000, 85000, "NZD 70,000 - NZD 85,000 a year"),
    ("Salary: SGD $6,000 per month", 72000, 72000, "SGD 72,000 a year"),
    ("Salary: HKD $40,000 - $50,000 per month", 480000, 600000, "HKD 480,000 - HKD 600,000 a year"),
    ("Salary: MXN $30,000 per month", 360000, 360000, "MXN 360,000 a year"),
    ("Salary: USD $120,000 - $140,000", 120000, 140000, "USD 120,000 - USD 140,000 a year")])
def test_a_salary_keeps_the_currency_it_states(line, low, high, shown):
    p = parse_posting(f"Data Analyst\n\n{line}\n\nRequirements\n- SQL\n- Excel\n", "x")
    assert (p.salary_min, p.salary_max, p.yearly_salary) == (low, high, shown)
    assert f"salary: {shown}" in format_posting(p)


def test_kroner_name_no_one_currency_code():
    from matcher.postings.fields import currency_code

    assert (currency_code("kr"), currency_code("DKK"), currency_code("£"), currency_code("$")) == ("", "DKK", "GBP", "")


def test_a_salary_stating_no_currency_is_shown_in_dollars():
    p = parse_posting("Requirements\n- Go", "x", {"salary": 120000})
    assert p.currency == "" and p.yearly_salary == "$120,000 a year"


def test_show_names_no_stray_apostrophe_for_years_asked():
    p = parse_posting("Electrician\n\nRequirements\n- 3+ years' experience on commercial fit-out projects\n", "x")
    shown = format_posting(p)
    assert "(3+ years" in shown and "; ')" not in shown and "; '" not in shown


@pytest.mark.parametrize("paragraph, rows", [
    ("Requirements: The candidate will hold a bachelor's degree, will have one year of classroom teaching"
     " experience, must clear a fingerprint background check, and ideally will speak Spanish.",
     [("must", "The candidate will hold a bachelor's degree"),
      ("must", "will have one year of classroom teaching experience"),
      ("condition", "must clear a fingerprint background check"), ("nice", "ideally will speak Spanish")]),
    ("Requirements\nYou will hold a valid CDL Class A, will have two years of over-the-road experience, and"
     " preferably will hold a HAZMAT endorsement.",
     [("must", "You will hold a valid CDL Class A"), ("must", "will have two years of over-the-road experience"),
      ("nice", "preferably will hold a HAZMAT endorsement")]),
    ("Requirements\nThe ideal candidate must hold an active RN license, should have 2 years of ICU experience,"
     " and must be able to work nights.",
     [("must", "The ideal candidate must hold an active RN license"),
      ("must", "should have 2 years of ICU experience"), ("condition", "must be able to work nights")]),
    # one ask with its parts, and clauses with no modal verb of their own, stay whole
    ("Requirements\nYou must be able to lift 50 lbs, stand for long periods, and work weekends.",
     [("condition", "You must be able to lift 50 lbs, stand for long periods, and work weekends.")]),
    ("Requirements\nCandidates will work closely with nurses, which will require strong communication.",
     [("must", "Candidates will work closely with nurses, which will require strong communication.")]),
])
def test_a_paragraph_of_requirements_is_cut_into_its_clauses_as_bullets_are(paragraph, rows):
    p = parse_posting(f"Grade 3 Teacher\nLakeview USD\n\n{paragraph}\n", "x")
    assert [(r.kind, r.text) for r in p.requirements] == rows


def test_a_requirements_sentence_in_the_opening_prose_is_cut_and_its_screening_is_no_legal_text():
    p = parse_posting("Elementary Teacher\nLakeview Unified School District\n\nLakeview Unified is seeking a Grade 3"
                      " teacher. The successful candidate will hold a bachelor's degree and a valid California Multiple"
                      " Subject Teaching Credential, will have at least one year of classroom teaching experience, will"
                      " have experience with differentiated instruction and classroom management for diverse learners,"
                      " must clear a DOJ/FBI fingerprint background check and a TB test before the first day, and"
                      " ideally will hold a CLAD or EL authorization and speak Spanish.\n", "x")
    rows = [(r.kind, r.text) for r in p.requirements]
    assert ("condition", "must clear a DOJ/FBI fingerprint background check and a TB test before the first day") in rows
    assert ("nice", "ideally will hold a CLAD or EL authorization and speak Spanish") in rows
    assert len(rows) == 5
    degree = next(k for k in p.knockouts if k.kind == "degree")
    assert (degree.level, degree.fields) == ("bachelor", [])


@pytest.mark.parametrize("sentence, fields", [
    ("The candidate will hold a bachelor's degree, will have one year of classroom teaching experience, and"
     " ideally will speak Spanish.", []),
    ("The candidate will hold a bachelor's degree in Education, will have one year of classroom teaching.",
     ["education"]),
    ("Bachelor's degree in Accounting or Finance required.", ["accounting", "finance"]),
])
def test_a_degrees_field_stops_at_the_end_of_its_clause(sentence, fields):
    degree = next(k for k in parse_posting(f"Teacher\nAcme\n\nRequirements\n{sentence}\n", "x").knockouts
                  if k.kind == "degree")
    assert degree.fields == fields


def test_a_posting_flattened_into_one_paragraph_keeps_its_requirements_apart():
    # scraped postings often lose their line breaks: the sentences and a list written as one
    # sentence are still one requirement each, each with its own must or nice
    p = parse_posting("Registered Nurse - ICU. Requirements: Current RN license in Illinois. BLS and ACLS "
                      "certification required. 2+ years of ICU experience preferred. BSN preferred.", "x")
    assert [(r.text, r.kind) for r in p.requirements] == [
        ("Current RN license in Illinois.", "must"), ("BLS and ACLS certification required.", "must"),
        ("2+ years of ICU experience preferred.", "nice"), ("BSN preferred.", "nice")]
    p = parse_posting("Senior Accountant\n\nWhat you bring: Bachelor's degree in Accounting or Finance, CPA preferred, "
                      "4+ years of progressive accounting experience, advanced Excel skills (pivot tables, VLOOKUP), "
                      "experience with NetSuite or SAP. Hybrid in Chicago, IL.", "x")
    assert [(r.text, r.kind) for r in p.requirements] == [
        ("Bachelor's degree in Accounting or Finance", "must"), ("CPA preferred", "nice"),
        ("4+ years of progressive accounting experience", "must"),
        ("advanced Excel skills (pivot tables, VLOOKUP)", "must"), ("experience with NetSuite or SAP", "must"),
        ("Hybrid in Chicago, IL.", "condition")]
    # the years are not softened by the CPA's "preferred" before them
    assert [k.required for k in p.knockouts if k.kind == "years"] == [True]


@pytest.mark.parametrize("sentence", [
    "Experience with Python, Django, and PostgreSQL.",
    "Ability to lift 50 lbs, stand for long periods, and work weekends.",
    "Bachelor's degree in Computer Science, Information Systems, or a related field.",
    "Strong communication, organizational, and time management skills."])
def test_a_sentence_naming_the_parts_of_one_ask_stays_one_requirement(sentence):
    p = parse_posting(f"Analyst\n\nRequirements\n{sentence}", "x")
    assert [r.text for r in p.requirements] == [sentence]


# --- header lines, pay, headings, invitations and conditions (walk-through findings F4, F5, F8, F10) ------------
def _header(text: str) -> tuple:
    p = parse_posting(text + "\n\nRequirements\n- 2+ years of experience\n", "x")
    return p.title, p.company, p.location, p.salary_min, p.salary_max


def test_a_header_line_in_parts_gives_its_place_and_its_pay():
    assert _header("Instructional Designer\nBrightpath Learning Solutions\n"
                   "Remote (US) | Full-time | $68,000 - $82,000") \
        == ("Instructional Designer", "Brightpath Learning Solutions", "Remote (US)", 68000, 82000)
    # a place already read from the title is kept; the pay is read
    assert _header("Content Marketing Manager (Remote)\nTallyho HR — B2B SaaS\n"
                   "Remote, US only | $95,000 – $115,000")[3:] == (95000, 115000)


def test_pay_at_the_end_of_a_title_line_is_cut_off_and_read():
    text = ("Senior Backend Engineer (Go) — Ledgerline — New York, NY — $180,000-$220,000\n\n"
            "About us: Ledgerline is a payments infrastructure company.")
    assert _header(text) == ("Senior Backend Engineer (Go)", "Ledgerline", "New York, NY", 180000, 220000)
    assert _header("Senior Backend Engineer (Go) - Ledgerline - New York, NY - $180,000 - $220,000")[2:] \
        == ("New York, NY", 180000, 220000)


def test_a_sign_on_bonus_in_a_title_line_is_no_pay_and_no_part_of_the_title():
    assert _header("ICU Registered Nurse - Night Shift - $10,000 sign on bonus!\n"
                   "OhioHealth Grant Medical Center, Columbus, OH") \
        == ("ICU Registered Nurse - Night Shift", "OhioHealth Grant Medical Center", "Columbus, OH", None, None)


@pytest.mark.parametrize("line", ["Prairie State Foods, Inc. · Lisle, IL · Hybrid",
                                  "Prairie State Foods, Inc. | Lisle, IL | Hybrid"])
def test_a_legal_form_after_a_comma_stays_with_the_company(line):
    title, company, location, *_ = _header(f"Staff Accountant\n{line}")
    assert (company, location.split(" | ")[0]) == ("Prairie State Foods, Inc.", "Lisle, IL")


@pytest.mark.parametrize("first, title", [("Now hiring: Barista (Part-Time)", "Barista"),
                                          ("We're hiring! Barista", "Barista")])
def test_a_call_for_staff_before_the_title_does_not_stop_the_header(first, title):
    assert _header(f"{first}\nVictrola Coffee Roasters\nCapitol Hill, Seattle WA")[:3] \
        == (title, "Victrola Coffee Roasters", "Capitol Hill, Seattle WA")


@pytest.mark.parametrize("first, title", [("☕ Now hiring: Barista (Part-Time) ☕", "Barista"),
                                          ("☕ Barista ☕", "Barista"),
                                          ("🚀 We're hiring: Line Cook 🚀", "Line Cook"),
                                          ("HIRING - Line Cook", "Line Cook"),
                                          ("⭐️ Shift Supervisor", "Shift Supervisor"),
                                          ("👩‍🍳 Prep Cook (Part-Time)", "Prep Cook")])
def test_emoji_and_a_call_for_staff_around_the_title_are_no_part_of_it(first, title):
    assert _header(f"{first}\nVictrola Coffee Roasters\nCapitol Hill, Seattle WA")[:3] \
        == (title, "Victrola Coffee Roasters", "Capitol Hill, Seattle WA")


def test_a_posting_with_an_emoji_title_keeps_its_workplace_and_its_emoji_bullets_are_items():
    p = parse_posting("☕ Now hiring: Barista (Part-Time) ☕\nBean There Coffee — Portland, OR\n"
                      "💵 $18-$22/hr DOE + tips\n\nWhat we're looking for:\n"
                      "✅ 6+ months of customer service experience\n"
                      "🔹 Cash handling and POS experience\n▶️ Lift 25 lbs\n⭐ Latte art skills a bonus!\n", "x")
    assert (p.title, p.company, p.location) == ("Barista", "Bean There Coffee", "Portland, OR")
    assert [r.text for r in p.requirements] == ["6+ months of customer service experience",
                                                "Cash handling and POS experience", "Lift 25 lbs",
                                                "Latte art skills a bonus!"]
    assert any(k.kind == "workplace" for k in p.knockouts)


@pytest.mark.parametrize("line", ["Acme™ Coffee Roasters", "© 2024 Acme Coffee", "Hiring managers review every form"])
def test_a_trademark_or_hiring_as_a_word_is_no_emoji_nor_call(line):
    assert parse_posting(f"Barista\n{line}\n\nRequirements\n- Customer service", "x").title == "Barista"


def test_a_shout_before_the_title_is_left_out():
    p = parse_posting("EDTECH STARTUP IS HIRING!!  Curriculum Developer – Middle School Science\n"
                      "Company: LabSpark Education\n\nRequirements\n- Teaching experience", "x")
    assert (p.title, p.company) == ("Curriculum Developer – Middle School Science", "LabSpark Education")


@pytest.mark.parametrize("company", ["Hammond & Sons General Contractors", "Hammond and Sons General Contractors",
                                     "Lakeshore General Contractors",
                                     "Pike Place Market Preservation & Development Authority"])
def test_a_firm_or_a_long_name_with_joining_words_is_the_company(company):
    assert _header(f"Project Coordinator\n{company}\nMilwaukee, WI")[1:3] == (company, "Milwaukee, WI")


@pytest.mark.parametrize("text, expected", [
    ("$1,200 weekly", (62400, 62400)),
    ("Earn $1,400 - $1,700/week!", (72800, 88400)),
    ("up to $90,000", (None, 90000)),
    ("Up to $25/hr", (None, 52000)),
    ("45 000 $ - 52 000 $", (45000, 52000)),
    ("Salaire : 60 000 € par an", (60000, 60000)),
    ("$25/hour, 20 hrs/week", (26000, 26000)),
    ("$24 - $28/hour", (49920, 58240)),
    ("a team of 2 100 people", None),
    ("$50 100 employees", None),
])
def test_weekly_pay_a_maximum_alone_spaced_thousands_and_stated_hours(text, expected):
    found = parse_salary(text, bare=True)
    assert (found[:2] if found else None) == expected


def test_up_to_a_salary_keeps_the_minimum_unknown_and_the_words():
    p = parse_posting("Data Analyst\n\nSalary: up to $90,000\n\nRequirements\n- SQL", "x")
    assert (p.salary_min, p.salary_max, p.salary_text) == (None, 90000, "up to $90,000")


def test_hourly_pay_is_made_yearly_at_the_hours_the_posting_states():
    from matcher.postings.fields import at_weekly_hours, weekly_hours

    assert weekly_hours("Accounts Payable Specialist – Part-Time (25 hrs/week)") == 25
    assert weekly_hours("Social Media Coordinator (Part-time, 20 hrs/week)") == 20
    assert weekly_hours("6-month contract, 30 hrs/wk") == 30
    assert weekly_hours("a 40-hour work week") is None
    assert at_weekly_hours(parse_salary("$24 - $28/hour"), "Part-Time (25 hrs/week)")[:2] == (31200, 36400)
    # a yearly salary does not change with the hours
    assert at_weekly_hours(parse_salary("$60,000"), "20 hrs/week")[:2] == (60000, 60000)


@pytest.mark.parametrize("text, hours", [
    ("4 days/week (Mon-Thu), no weekends!", 32),
    ("a four-day work week", 32),
    ("3 days a week, 12-hour shifts", 36),
    ("Guaranteed 75 hours per month.", 17.3),
    ("80 hrs/month minimum", 18.5),
    # days or hours of the office, travel or overtime are no hours of the work paid
    ("Hybrid: in the office 3 days a week", None),
    ("Travel 2 days per week to client sites", None),
    ("Up to 20 hours per month of overtime", None),
    ("1,500 hours total flight time", None),
])
def test_the_hours_a_month_or_days_a_week_a_posting_states(text, hours):
    from matcher.postings.fields import weekly_hours

    assert weekly_hours(text) == hours


@pytest.mark.parametrize("body, low, high", [
    # the hours or days the posting states make the yearly figure, not 40 hours a week
    ("New-hire First Officers start at $95/hr with a $15,000 signing bonus. Guaranteed 75 hours per month.\n",
     85462, 85462),
    ("We are open 4 days/week (Mon-Thu), no weekends!\n\nPay\n$52 - $60 per hour\n", 86528, 99840),
    # a yearly salary does not change with them
    ("Salary: $70,000 - $85,000\n4 days/week (Mon-Thu)\n", 70000, 85000),
    # a range in prose with more of the pay after "plus"
    ("We offer paid study time and exam raises.\n$70,000 - $85,000 plus exam raises.\n", 70000, 85000),
])
def test_hourly_pay_is_made_yearly_at_the_hours_the_body_states(body, low, high):
    p = parse_posting(f"Staff Member\n\nRequirements\n- 2+ years of related work\n\n{body}", "x")
    assert (p.salary_min, p.salary_max) == (low, high)


@pytest.mark.parametrize("header, body", [
    ("Medical Interpreter - Spanish (Per Diem)\nMercy Health, Toledo OH", "Pay\n$29.50 - $34.00/hour.\n"),
    ("Registered Nurse (Per Diem)", "Pay\n$48/hr\n"),
    ("Registered Nurse - PRN", "Pay\n$48/hr\n"),
    ("Registered Nurse", "Pay\n$29.50 - $34.00/hour. Per diem: minimum of two 8-hour shifts per month.\n"),
])
def test_a_job_worked_as_needed_shows_its_hourly_rate_and_no_yearly_figure(header, body):
    p = parse_posting(f"{header}\n\nRequirements\n- 2+ years of related work\n\n{body}", "x")
    assert (p.salary_min, p.salary_max, p.yearly_salary) == (None, None, "")
    assert "/h" in p.salary_text


def test_a_daily_allowance_is_no_job_worked_as_needed():
    p = parse_posting("Travel ICU Nurse - 13 weeks\n\nRequirements\n- 2+ years of ICU nursing\n\nPay\n"
                      "$2,100/week + per diem\n", "x")
    assert p.salary_min == 2100 * 52


def test_weekly_pay_on_its_line_is_read_in_the_body():
    p = parse_posting("CDL-A Regional Truck Driver\nHeartland Express\nCharlotte, NC\n\nEarn $1,400 - $1,700/week!\n\n"
                      "Requirements\n- Class A CDL", "x")
    assert (p.salary_min, p.salary_max) == (72800, 88400)


@pytest.mark.parametrize("heading", ["What we look for", "What we're looking for", "You:", "About you", "You have",
                                     "You bring"])
def test_headings_that_name_what_the_candidate_brings(heading):
    p = parse_posting(f"Barista\n\nWe roast coffee.\n\n{heading}\n- Have 6+ months of espresso bar experience\n"
                      "- Have a food worker card", "x")
    assert [r.kind for r in p.requirements] == ["must", "must"]


@pytest.mark.parametrize("item", ["Former teachers welcome!", "Military veterans are encouraged to apply",
                                  "Currently enrolled students encouraged to apply; flexible schedule",
                                  "Bootcamp grads welcome"])
def test_an_invitation_is_no_requirement(item):
    p = parse_posting(f"Analyst\n\nRequirements\n- SQL and Excel\n- {item}", "x")
    assert [r.text for r in p.requirements] == ["SQL and Excel"]


# ("Veteran status required" is read as EEO text by ``sections.boilerplate_kind``, before invitations.)
@pytest.mark.parametrize("item", ["Must be a veteran", "Veterans must provide a DD-214",
                                  "Candidates with a CDL are encouraged to apply", "Experience with Terraform welcome"])
def test_an_ask_beside_words_of_welcome_stays_a_requirement(item):
    p = parse_posting(f"Analyst\n\nRequirements\n- SQL and Excel\n- {item}", "x")
    assert item in [r.text for r in p.requirements]


@pytest.mark.parametrize("item", ["CCC-SLP or Clinical Fellows welcome", "RN or new graduate nurses welcome to apply",
                                  "Licensed or license-eligible candidates encouraged to apply",
                                  "EIT or PE candidates welcome"])
def test_a_credential_or_the_group_taken_in_its_place_is_a_requirement(item):
    """"CCC-SLP or Clinical Fellows welcome" was dropped as an invitation to a group: it asks the credential
    or the way the posting takes in its place.  A group with no credential stays an invitation."""
    p = parse_posting(f"Analyst\n\nRequirements\n- SQL and Excel\n- {item}\n- Teachers or career changers welcome",
                      "x")
    assert [r.text for r in p.requirements] == ["SQL and Excel", item]


@pytest.mark.parametrize("item", ["Ability to travel 70%+ within the district", "Up to 40% travel required",
                                  "Must be able to work in our SF office 3 days/week", "On-site 4 days a week in NYC.",
                                  "Travel to hospital campuses across the metro area (up to 25%)",
                                  "Travel required (25%)", "Some travel required", "Occasional overnight travel",
                                  "Travel to client sites as needed"])
def test_travel_and_days_at_the_office_are_conditions_of_the_work(item):
    p = parse_posting(f"Analyst\n\nRequirements\n- SQL and Excel\n- {item}", "x")
    assert [r.kind for r in p.requirements if r.text == item] == ["condition"]


@pytest.mark.parametrize("item", ["Reduced travel costs by 20% across the region",
                                  "Travel expense reports for 50% of staff",
                                  "Experience in corporate travel management", "Travel industry experience",
                                  "Experience booking international travel arrangements",
                                  "Coordinate domestic travel for executives"])
def test_a_percentage_beside_travel_is_not_always_a_condition(item):
    p = parse_posting(f"Analyst\n\nRequirements\n- SQL and Excel\n- {item}", "x")
    assert [r.kind for r in p.requirements if r.text == item] != ["condition"]


def test_part_time_hourly_pay_is_made_yearly_at_the_hours_stated():
    p = parse_posting("Barista (Part-Time)\nBean Co - Seattle, WA\nPart-Time (25 hrs/week) | $24 - $28/hour\n\n"
                      "Requirements\n- 6 months of espresso experience\n", "x")
    assert (p.salary_min, p.salary_max) == (31200, 36400)


def test_a_salary_given_as_a_maximum_only_shows_as_such():
    p = parse_posting("Warehouse Associate\n\nPay: up to $90,000 a year\n\nRequirements\n- Forklift\n", "x")
    assert (p.salary_min, p.salary_max, p.yearly_salary) == (None, 90000, "up to $90,000 a year")
    assert "salary: up to $90,000 a year" in format_posting(p)


@pytest.mark.parametrize("sentence,title,does", [
    ("2+ years of experience in instructional design, training development, or teaching", "Science Teacher", True),
    ("2+ years of experience in instructional design, training development, or teaching", "Instructional Designer",
     True),
    ("2+ years of experience in instructional design, training development, or teaching", "Graphic Designer", False),
    ("2+ years of experience in instructional design, training development, or teaching", "Software Developer", False),
    ("5+ years in electrical construction (field experience as an electrician counts!)", "Journeyman Electrician",
     True),
    ("2+ years in construction (field or office)", "Office Manager", False),
    ("3+ years of nursing experience", "Registered Nurse", True),
    ("2+ years of accounts payable experience", "Staff Accountant", False),
    ("2+ years of accounts payable experience", "Accounts Payable Clerk", True),
    ("2+ years of experience with Salesforce", "Sales Representative", False),
    ("3+ years of relevant experience in a similar role", "Registered Nurse", False),
    # where the work is done is no part of it: a teacher's years are classroom teaching
    ("2+ years of classroom teaching experience", "Mathematics Teacher", True),
    ("Minimum 2 years of clinical dental hygiene experience", "Registered Dental Hygienist", True),
    ("Minimum 2 years of clinical dental hygiene experience", "Dental Assistant", False),
    # the letters a field goes by, on either side
    ("5+ years of relevant IT/quality assurance work experience", "Senior QA Automation Engineer", True),
    ("3+ years of QA experience", "Quality Assurance Analyst", True),
    ("3+ years of human resources experience", "HR Generalist", True),
    ("3+ years of human resources experience", "Hotel Receptionist", False),
    # a truck driver's title does tractor-trailer driving, whatever its word for it
    *[("Minimum 2 years verifiable tractor-trailer experience", title, True) for title in (
        "OTR Driver", "Regional Driver", "Truck Driver", "Tractor-Trailer Driver", "CDL-A Driver", "Linehaul Driver",
        "Company Driver", "Owner-Operator", "Tanker Driver", "Flatbed Truck Driver")],
    ("2+ years of Class A driving experience", "OTR Driver", True),
    ("2 years of OTR experience", "Regional Driver", True),
    ("3 years of commercial truck driving experience", "Linehaul Driver", True),
    *[("Minimum 2 years verifiable tractor-trailer experience", title, False) for title in (
        "Delivery Driver", "School Bus Driver", "Forklift Operator", "Uber Driver", "Dispatcher")],
    ("2+ years of forklift experience", "Truck Driver", False),
    # a warehouse worker's title does warehouse or distribution work, whatever its word for it
    *[("At least 1 year of warehouse or distribution experience", title, True) for title in (
        "Order Picker", "Order Selector", "Material Handler", "Package Handler", "Shipping/Receiving Clerk",
        "Inventory Associate", "Loader/Unloader", "Forklift Operator", "Fulfillment Associate", "Warehouse Worker")],
    *[("At least 1 year of warehouse or distribution experience", title, False) for title in (
        "Sales Associate", "Office Associate", "Administrative Assistant", "Dental Assistant", "Data Engineer")],
    ("2+ years of forklift experience", "Reach Truck Operator", True),
    ("2+ years of forklift experience", "Order Picker", False),
    # an office's front desk, clerks and assistants do office or administrative work
    *[("2 years of office or administrative experience", title, True) for title in (
        "Front Desk Receptionist", "Receptionist", "Office Assistant", "Administrative Clerk (temporary)",
        "Executive Assistant", "Secretary", "Data Entry Clerk", "Bookkeeper")],
    *[("2 years of office or administrative experience", title, False) for title in (
        "Medical Assistant", "Dental Assistant", "Sales Associate", "Order Picker")],
    # customer-facing titles do customer service, not a server's administrator nor a B2B sales rep
    *[("1+ year customer service experience (call center, retail or hospitality)", title, True) for title in (
        "Retail Sales Associate", "Customer Support Agent", "Cashier", "Server", "Bank Teller", "Guest Services Agent",
        "Call Center Representative", "Barista", "Concession Stand Volunteer")],
    *[("1+ year customer service experience (call center, retail or hospitality)", title, False) for title in (
        "Linux Server Engineer", "Sales Representative", "Order Picker", "Shift Lead")],
    # a hotel's front office and desk do guest-facing work (a front office supervisor's six years at hotels had been
    # "0.0 in roles like this one" for a concierge's "2+ years of guest-facing hospitality experience")
    *[("2+ years of guest-facing hospitality experience in a luxury hotel or resort", title, True) for title in (
        "Front Office Supervisor", "Front Desk Agent / Night Auditor", "Guest Services Agent", "Concierge",
        "Guest Experience Coordinator")],
    *[("2+ years of guest-facing hospitality experience", title, False) for title in (
        "Executive Chef", "Night Auditor", "Front Office Developer", "Housekeeper")],
    # a construction trade's title does construction (a lead solar installer's years had been "0.0 in roles like
    # this one" for "1+ years of maintenance or construction experience"); a picture framer, an electrician do not
    *[("1+ years of maintenance or construction experience", title, True) for title in (
        "Solar Installer", "Roofer", "Framing Carpenter", "Brick Mason", "Drywall Installer", "Ironworker",
        "Construction Laborer", "Concrete Finisher")],
    *[("2+ years of construction experience", title, False) for title in (
        "Picture Framer", "Electrician", "Cashier", "Accountant", "Sales Associate")],
    ("1 year of warehouse experience", "Roofer", False),
    # a factory floor's titles work in manufacturing (a CNC machinist's 9.9 years had been none of "5+ years in a
    # manufacturing environment", the row missing); a maintenance technician or a welder may work a building's
    *[("5+ years in a manufacturing environment", title, True) for title in (
        "CNC Machinist II", "Machine Operator", "Assembler", "Production Associate", "Quality Inspector",
        "Injection Molding Technician", "Tool and Die Maker")],
    *[("5+ years in a manufacturing environment", title, False) for title in (
        "Maintenance Technician", "Welder", "Line Cook", "Software Engineer", "Production Assistant")],
    # a store's titles do retail work; a customer-facing title elsewhere does customer service, not retail (a
    # concierge's 4.9 years had met a key holder's "1+ year of retail sales experience", its row covered)
    *[("1+ year of retail sales experience", title, True) for title in (
        "Cashier", "Retail Sales Associate", "Stock Associate", "Key Holder", "Store Manager",
        "Sales Floor Team Member", "Visual Merchandiser")],
    *[("1+ year of retail sales experience", title, False) for title in (
        "Concierge", "Server", "Bank Teller", "Front Desk Agent", "Call Center Representative", "Barista")],
    ("1+ year customer service experience (call center, retail or hospitality)", "Concierge", True),
    # a bare word that qualifies work shares the head after it: a medical assistant had done "medical" work of
    # "2+ years of medical or behavioral health social work experience" by the word "Medical" (9.9 years met)
    ("2+ years of medical or behavioral health social work experience", "Medical Assistant", False),
    ("2+ years of medical or behavioral health social work experience", "Medical Social Worker", True),
    ("3 years of medical or dental assisting experience", "Dental Assistant", True),
    ("2 years of pediatric or adult ICU nursing", "Pediatric Nurse", True),
    # a field a profession names two ways is one: a respiratory therapist's 7.9 years had been none of "Minimum 4
    # years of respiratory care experience" at a "Lead Respiratory Care Practitioner" posting ("respiratory" alone
    # shared, the model's likeness undone as by other words)
    ("Minimum 4 years of respiratory care experience", "Respiratory Therapist II", True),
    ("3+ years of respiratory therapy experience", "Respiratory Care Practitioner", True),
    ("2 years of physiotherapy experience", "Physical Therapist", True),
    ("2 years of speech therapy experience", "Speech-Language Pathologist", True),
    ("Minimum 4 years of respiratory care experience", "Patient Care Technician", False),
    # how the work was held is no part of it: a truck driver's years are "licensed driving" years, a licensed
    # electrician's none (a school bus posting's "At least 3 years of licensed driving experience" was partly
    # shown by a truck driver's summary alone, his "Regional Truck Driver" role doing no "licensed" work)
    ("At least 3 years of licensed driving experience", "Regional Truck Driver", True),
    ("3+ years of safe driving experience", "Delivery Driver", True),
    ("2+ years of certified pharmacy technician experience", "Inpatient Pharmacy Technician", True),
    ("At least 3 years of licensed driving experience", "Licensed Electrician", False),
    # related work a bracket gives as examples counts: a dental assistant's 4.3 years had been none of "1+ year of
    # sterile processing or related experience (e.g., dental assisting, surgical technology)" (row partial 0.51,
    # quoting her certificate's line)
    ("1+ year of sterile processing or related experience (e.g., dental assisting, surgical technology)",
     "Dental Assistant", True),
    ("1+ year of sterile processing or related experience (e.g., dental assisting, surgical technology)",
     "Surgical Technologist", True),
    ("1+ year of sterile processing or related experience (e.g., dental assisting, surgical technology)",
     "Cashier", False),
    ("2+ years of related experience (such as retail or hospitality)", "Retail Sales Associate", True),
    ("3 years of experience in sterile processing (e.g. in a hospital)", "Hospital Cashier", False),
    # leading alone after leading in a field leads in that field: a warehouse's "Shift Lead" leads no production
    ("3+ years of production supervisory or lead experience", "Shift Lead", False),
    ("3+ years of production supervisory or lead experience", "Production Lead", True),
    ("3+ years of retail management or supervisory experience", "Warehouse Supervisor", False),
    ("3 years of supervisory or management experience", "Warehouse Supervisor", True),
    # leading in fields is work in them (the leading is the ask's own): a "Lead Cashier" had led in "shipping,
    # receiving or warehouse" by the word "Lead" (2.0 of its years counted)
    ("1 year of experience as a lead in shipping, receiving or warehouse", "Lead Cashier", False),
    ("1 year of experience as a lead in shipping, receiving or warehouse", "Warehouse Lead", True),
    ("2 years as a supervisor in food service or retail", "Shift Supervisor, Bank Teller Line", False),
    # a place that is no known kind of work leaves the leading as the work
    ("2 years of experience as a lead in a fast-paced environment", "Lead Cashier", True),
    # a kind the table does not know, asked beside one it does, is read by its words: a security officer's years
    # had been none of "security, corrections, or law enforcement" (law enforcement is the table's)
    ("1+ year of experience in security, corrections, or law enforcement", "Security Officer", True),
    ("2+ years of experience in security or law enforcement", "Security Officer", True),
    ("2+ years of accounting or sales experience", "Account Executive", True),
    ("2+ years of accounting or law enforcement experience", "Account Executive", False),
    # hands-on care of patients is a nurse's, an aide's or a medical assistant's work, by any name of the title: a
    # CNA's 5.8 years had been none of "6 months of direct patient care experience" (row partial on her objective)
    ("6 months of direct patient care experience in a hospital or long-term care", "Certified Nursing Assistant", True),
    ("1 year of patient care experience", "CNA", True),
    ("1 year of patient care experience", "Registered Nurse - Medical ICU", True),
    ("1 year of resident care experience", "Home Health Aide", True),
    ("1 year of patient care experience", "Medical Assistant", True),
    ("1 year of patient care experience", "Nurse Recruiter", False),
    ("1 year of patient care experience", "Patient Access Representative", False),
    ("1 year of patient care experience", "Pharmacy Technician", False),
])
def test_a_years_ask_names_kinds_of_work_a_role_title_may_do(sentence, title, does):
    """Each kind a years ask names is done by a title that names every word of it, in any of its
    forms (teaching, teacher; nursing, nurse), never a word that merely begins like it."""
    assert does_work(title, kinds_of_work(sentence)) is does


@pytest.mark.parametrize("sentence,kinds,done_to", [
    # a verb after "experience" names the work with what it is done to, as "3 years coordinating training
    # programs" reads: a "Marketing Coordinator" had covered "2 years of experience coordinating training programs"
    ("2 years of experience coordinating training programs", (("coordinat", "train", "program"),),
     ("train", "program")),
    ("3 years coordinating training programs", (("coordinat", "train", "program"),), ("train", "program")),
    ("2+ years of experience facilitating adult training", (("facilitat", "adult", "train"),), ("adult", "train")),
    ("3+ years of experience designing web and mobile interfaces", (("design", "web", "mobil", "interfac"),),
     ("web", "mobil", "interfac")),
    ("2 years of experience teaching high school mathematics", (("teach", "high", "school", "mathemat"),),
     ("high", "school", "mathemat")),
    ("3+ years of experience selling medical devices to hospitals", (("sell", "medical", "devic"),),
     ("medical", "devic")),
    # the verb is done to each item of a list that is no work of its own: a "Nursing Student" teaches no one
    ("2 years of experience teaching nursing staff or students", (("teach", "nurs"), ("teach", "student")),
     ("nurs", "student")),
    ("3+ years of experience designing web or mobile interfaces", (("design", "web"), ("design", "mobil", "interfac")),
     ("web", "mobil", "interfac")),
    ("3+ years of experience in teaching, coaching or tutoring", (("teach",), ("coach",), ("tutor",)), ()),
    # coaching is done to whom it names, each of a list ("athletes" had been a kind of its own, an athlete's title
    # doing it)
    ("3+ years coaching collegiate or professional athletes", (("coach", "collegiat"), ("coach", "athlet")),
     ("collegiat", "athlet")),
    ("3 years of coaching experience", (("coach",),), ()),
    # where the work was done is no work it is done to: a "Sales Associate" had done no "selling" (a seller's
    # title's kind of work)
    ("2+ years of experience selling in a retail environment", (), ()),
    ("1 year of experience teaching in a preschool setting", (), ()),
    # asks of no work, or of what anyone may do, read as before
    ("3+ years of experience working with children", (), ()),
    ("5 years of experience working in a fast-paced environment", (), ()),
    ("3+ years of experience building production web applications with React", (), ()),
    ("5+ years of experience managing a team of 10+", (), ()),
    # a kind before "experience" is the work; the verb after it what the work was used for
    ("5+ years of software engineering experience designing distributed systems", (("softwar", "engin"),), ()),
    ("2 years of teaching assistant experience", (("teach", "assist"),), ()),
    ("3+ years of experience in instructional design", (("instruct", "design"),), ()),
    # "specialized experience" (a federal posting's word for the related work it goes on to describe) names no work
    # a "Specialist" does ("specialized" had been a kind of work of its own)
    ("You must have one year of specialized experience equivalent to at least the GS-11 level", (), ()),
    ("2 years of extensive or significant experience", (), ()),
])
def test_a_verb_after_experience_names_the_work_and_what_it_is_done_to(sentence, kinds, done_to):
    assert kinds_of_work(sentence) == kinds
    assert work_done_to(sentence) == done_to


@pytest.mark.parametrize("sentence, served", [
    ("3+ years coaching collegiate or professional athletes", ("collegiat", "athlet")),
    ("2 years of experience teaching nursing staff or students", ("nurs", "student")),
    ("2 years of experience teaching high school mathematics", ()),
    ("3+ years of experience selling medical devices to hospitals", ()),
    ("2 years of experience coordinating training programs", ())])
def test_the_people_a_verbs_work_serves(sentence, served):
    """Whom the work serves, which a like title does not say; not a thing it is done to."""
    assert people_served(work_done_to(sentence)) == served


def test_a_verb_done_to_a_list_is_no_work_of_the_lists_items():
    """"2 years of experience teaching nursing staff or students": a nursing student's title names no
    teaching, as "students" alone had been a kind of work it names."""
    kinds = kinds_of_work("2 years of experience teaching nursing staff or students")
    assert not does_work("Nursing Student", kinds)
    assert does_work("Clinical Nursing Teacher", kinds)


@pytest.mark.parametrize("line,does", [
    ("Team Member, Kroger Distribution Center, Columbus OH, Mar 2024 - Present", True),
    ("Associate, Amazon Fulfillment Center, 2021 - 2023", True),
    ("Yard Hand, Delta Lumber warehouse, Stockton, CA", True),
    ("Team Member, Acme data warehouse team, 2020 - 2022", False),
    ("Team Member, Costco warehouse club, 2020 - 2022", False),
])
def test_a_role_of_no_kind_does_the_warehouse_work_its_site_names(line, does):
    """A title of no kind of work ("Team Member") does warehouse work where its line names a warehouse or
    a distribution or fulfillment centre; a data warehouse or a warehouse store is none."""
    assert does_work(line.split(",")[0], kinds_of_work("1+ year of warehouse or distribution experience"), line) is does


@pytest.mark.parametrize("line,does", [
    ("Team Member - Store 1520, Portland, OR, Aug 2021 - Present", True),
    ("Team Member, Target, Aug 2021 - Present", True),
    ("Associate, Walmart Supercenter #2231, 2019 - 2021", True),
    ("Associate, Trader Joe's, 2019 - 2021", True),
    ("Team Member, Kroger Distribution Center, 2019 - 2021", False),   # a chain's warehouse
    ("Engineer, App Store Connect team, 2019 - 2021", False),
    ("Concierge, The Setai, 2022 - Present", False),
])
def test_a_role_of_no_kind_does_the_retail_work_its_site_names(line, does):
    """A title of no kind of work ("Team Member") does retail work where its line names a store, or a chain
    whose name says it is one ("Target", "Walmart"): a Target team member's 5.3 years had been none of
    "2+ years of retail experience" (walk-through 46)."""
    assert does_work(line.split(",")[0], kinds_of_work("2+ years of retail experience"), line) is does


@pytest.mark.parametrize("line, sentence, does", [
    ("Pharmacist, CVS Pharmacy 2018 - 2023", "2+ years retail pharmacy experience", True),
    ("Pharmacist, Main Street Pharmacy 2018 - 2023", "2 years of community pharmacy experience", True),
    ("RN, Mercy Hospital 2018 - 2023", "2+ years of hospital nursing experience", True),
    ("Teacher, Lincoln Elementary School 2019 - 2024", "2+ years of elementary school teaching experience", True),
    ("Teller, First National Bank 2019 - 2024", "2 years of bank teller experience", True),
    ("Server, Olive Garden Restaurant 2019 - 2024", "1 year of restaurant experience", True),
    ("Front Desk Agent, Hilton Hotel 2019 - 2024", "2+ years of hotel front desk experience", True),
    # a brand names no kind of workplace; an institution's pharmacy is no retail one; another workplace
    ("Pharmacist, Walgreens 2018 - 2023", "2+ years retail pharmacy experience", False),
    ("Pharmacist, Mercy Hospital Pharmacy 2018 - 2023", "2+ years retail pharmacy experience", False),
    ("Cashier, Kroger Store 2018 - 2023", "2+ years retail pharmacy experience", False),
    ("RN, Mercy Clinic 2018 - 2023", "2 years of hospital experience", False),
    ("Teacher, Lincoln High School 2019 - 2024", "2+ years of elementary school teaching experience", False),
    ("Receptionist, Mercy Clinic 2019 - 2024", "2 years of clinical experience", False),
])
def test_a_role_does_the_kind_of_workplace_its_employers_name_says(line, sentence, does):
    """"Pharmacist, CVS Pharmacy 2018 - 2023" was no retail pharmacy work for "2+ years retail pharmacy
    experience" (0.0 years in roles like it, the row partly 0.40): the kind of workplace is read from the
    employer's own words (Pharmacy, Hospital, School, Bank, Restaurant, Hotel), the title doing the rest."""
    assert does_work(line.split(",")[0], kinds_of_work(sentence), line) is does


def test_a_title_of_another_kind_of_work_does_none_of_the_kind_asked():
    """A title that does a kind of work of the table and not the one asked ("Sales Associate" for
    warehouse work) is of another kind; one that does it, or names no kind there, is not."""
    kinds = kinds_of_work("At least 1 year of warehouse or distribution experience")
    assert another_kind("Sales Associate", kinds) and another_kind("Office Assistant", kinds)
    assert not another_kind("Order Picker", kinds) and not another_kind("Shift Lead", kinds)
    assert not another_kind("Sales Associate", kinds_of_work("3+ years of Python"))


@pytest.mark.parametrize("sentence, other, same", [
    # a guard's years were a police officer's: "2 years of sworn law enforcement experience" was covered (1.0, met
    # with 6.9 years) by a hospital "Security Officer", 0.67 like "Police Officer (Lateral)"
    ("2 years of sworn law enforcement experience", ["Security Officer", "Loss Prevention Agent"],
     ["Police Officer", "Deputy Sheriff", "State Trooper", "Patrol Officer"]),
    ("3+ years of loss prevention or asset protection experience", ["Police Officer"],
     ["Loss Prevention Agent", "Store Detective", "Asset Protection Specialist"]),
    # a coast guard is no guard
    ("2 years of sworn law enforcement experience", [], ["U.S. Coast Guard Boatswain's Mate"]),
])
def test_police_work_and_a_guard_s_are_kinds_by_title(sentence, other, same):
    kinds = kinds_of_work(sentence)
    assert [t for t in other + same if another_kind(t, kinds)] == other


@pytest.mark.parametrize("title, line, does", [
    # a crew leader's years at a landscaping company were no landscaping: "3+ years of commercial landscape
    # maintenance experience, including 1 year leading a crew" found 0.0 in a "Crew Leader" of BrightView Landscape
    ("Crew Leader", "Crew Leader - BrightView Landscape Services - Raleigh, NC - 2020 to present", True),
    ("Landscape Technician", "", True), ("Groundskeeper", "", True),
    ("Crew Leader", "Crew Leader - Acme Roofing - 2020 to present", False),
    ("Landscape Architect", "", False),
])
def test_landscaping_is_a_kind_of_work_by_title_or_site(title, line, does):
    kinds = kinds_of_work("3+ years of commercial landscape maintenance experience")
    assert does_work(title, kinds, line) == does


@pytest.mark.parametrize("sentence, other, same", [
    # a vet tech's years were a surgical technologist's: "1+ year of scrub experience in a hospital operating room"
    # was covered (1.0) and met with 8.5 years by a "Lead Veterinary Technician" (0.54 like "Certified Surgical
    # Technologist")
    ("1+ year of scrub experience in a hospital operating room", ["Lead Veterinary Technician"],
     ["Surgical Technologist", "Scrub Tech", "Registered Nurse"]),
    ("3+ years of experience as a veterinary technician in a small animal hospital", ["Surgical Technologist"],
     ["Veterinary Technician (ER)", "Vet Assistant", "Kennel Attendant"]),
    # a pharmacist is no pharmacy technician ("Staff Pharmacist" 0.75 like "Pharmacy Technician II" had met it with
    # 9.5 years), nor a cashier
    ("1 year of hospital pharmacy technician experience", ["Staff Pharmacist", "Cashier"],
     ["Pharmacy Technician", "CPhT, Inpatient Pharmacy"]),
    # retail pharmacy work is either's
    ("1 year of retail pharmacy experience", [], ["Staff Pharmacist", "Pharmacy Technician"]),
])
def test_care_work_by_its_titles_is_no_other_care_work(sentence, other, same):
    kinds = kinds_of_work(sentence)
    assert [t for t in other + same if another_kind(t, kinds)] == other


@pytest.mark.parametrize("sentence, other, same", [
    # a quality engineer's and a mechanical engineer's years were structural design's ("3-6 years of structural
    # design experience" met with 10.9 years "in roles like this one" by "Senior Quality Engineer")
    ("3-6 years of structural design experience", ["Senior Quality Engineer", "Senior Mechanical Engineer"],
     ["Structural Engineer I", "Civil/Structural Engineer", "Structural Designer"]),
    ("5+ years of quality engineering experience in aerospace or automotive manufacturing",
     ["Senior Mechanical Engineer", "Structural Engineer I"], ["Supplier Quality Engineer", "Quality Engineer II"]),
    # a bare word before a head that makes a kind with it is that kind: a machinist does no manufacturing
    # engineering, a structural engineer no process engineering
    ("2-5 years of manufacturing or process engineering experience", ["CNC Setup Machinist", "Structural Engineer I"],
     ["Manufacturing Engineer", "Process Engineer II"]),
    # structural engineering is civil engineering, not the reverse
    ("3+ years of civil engineering experience", ["Mechanical Engineer"], ["Structural Engineer", "Civil Engineer"]),
])
def test_an_engineers_discipline_by_title_does_no_other(sentence, other, same):
    kinds = kinds_of_work(sentence)
    assert [t for t in other + same if another_kind(t, kinds)] == other


@pytest.mark.parametrize("sentence, kinds", [
    ("2-5 years of manufacturing or process engineering experience", (("manufactur", "engin"), ("process", "engin"))),
    ("3 years of public or corporate accounting", (("public", "account"), ("corporat", "account"))),
    # a word that makes no known kind with the head stays alone
    ("3+ years of sales or software engineering experience", (("sales",), ("softwar", "engin"))),
    ("1+ year of warehouse or distribution experience", (("warehous",), ("distribut",))),
])
def test_a_bare_word_shares_the_last_items_head_where_they_name_a_known_kind(sentence, kinds):
    assert kinds_of_work(sentence) == kinds


@pytest.mark.parametrize("sentence, other, same", [
    # "as a data engineer or in a similar role" had been met by a "Senior iOS Engineer" (0.53 like "data engineer"),
    # an "Embedded Software Engineer" and a "Security Operations Analyst III", covered 1.0
    ("3+ years of experience as a data engineer or in a similar role",
     ["Senior iOS Engineer", "Android Engineer", "Embedded Software Engineer", "Security Operations Analyst III"],
     ["Data Engineer", "ETL Developer", "Software Engineer", "Machine Learning Engineer", "Senior Data Analyst"]),
    ("5+ years of professional iOS development experience", ["Android Engineer", "Data Engineer"],
     ["Senior iOS Engineer", "Software Engineer", "Mobile Developer"]),
    ("3+ years of embedded software development experience", ["Senior iOS Engineer", "Data Engineer"],
     ["Firmware Engineer", "Software Engineer"]),
    # (a "Security Officer" guards a building: private security, another kind)
    ("4+ years of experience in information security or security operations",
     ["Senior iOS Engineer", "Security Officer"],
     ["Security Operations Analyst III", "Network Engineer", "Systems Administrator"]),
    # penetration testing is no kind of the table: a security analyst's lines may show it
    ("2+ years of experience in penetration testing or offensive security", [], ["Security Analyst", "QA Tester"]),
])
def test_a_software_specialty_by_its_title_is_another_kind(sentence, other, same):
    """Software's specialties named by titles (data engineering, iOS, Android, embedded, security) are kinds of the
    table: a title of one does none of another, whatever the model reads of "... Engineer"; a title naming none
    ("Software Engineer") is left to the model."""
    kinds = kinds_of_work(sentence)
    assert [t for t in other + same if another_kind(t, kinds)] == other


@pytest.mark.parametrize("sentence, main", [
    ("4+ years of accounting experience, with at least 2 years in banking or financial services",
     "4+ years of accounting experience, with at least "),
    ("5+ years of software development, including 3+ years in Java", "5+ years of software development, including "),
    ("3+ years in sales or 2+ years in customer service", "3+ years in sales or 2+ years in customer service"),
    ("2+ years of bookkeeping experience", "2+ years of bookkeeping experience"),
])
def test_the_main_work_of_a_years_ask_leaves_out_a_later_part(sentence, main):
    """The skills a later part of the years names ("with at least 2 years in banking") are where some of them
    were spent, not the work all of them are of: a bank teller's lines show banking, and her 5.9 years had
    met "4+ years of accounting experience, with at least 2 years in banking or financial services" (in the
    work it names); a figure offered as another way ("or 2+ years in customer service") is no part
    (walk-through: finance)."""
    assert main_work(sentence) == main


@pytest.mark.parametrize("title, sentence, does, other", [
    ("Financial Analyst, FP&A", "2-4 years of accounting experience", False, True),
    ("Investment Banking Analyst", "2-4 years of accounting experience", False, True),
    ("Senior Staff Accountant", "4+ years of FP&A, investment banking or corporate finance experience", False, True),
    ("Audit Associate / Senior Associate", "2-4 years of accounting experience", True, False),
    ("Controller", "5 years of accounting and finance experience", True, False),
    ("Financial Analyst", "5 years of accounting and finance experience", True, False),
    ("Investment Banking Analyst", "3+ years in equity research or investment banking", True, False),
    ("Investment Banking Analyst", "4+ years of FP&A, investment banking or corporate finance", True, False),
    ("Financial Analyst, FP&A", "3+ years in equity research or investment banking", False, True),
    ("Night Auditor", "2-4 years of accounting experience", False, False),
    ("Air Traffic Controller", "2 years of accounting experience", False, False),
    # a seller's "Account" is no accounting, an accountant's "Accounting" no account management
    ("Senior Account Executive", "5+ years of accounting experience, at least 2 in healthcare", False, True),
    ("Accounting Manager", "3+ years of account management experience", False, True),
    ("Key Account Manager", "3+ years of account management experience", True, False),
])
def test_an_accountants_title_does_accounting_and_a_financial_analysts_fpa(title, sentence, does, other):
    """A financial analyst's title is like a staff accountant's (0.62), so an FP&A analyst's 6.3 years met "2-4
    years of accounting experience" (eligibility met, 6.3 in roles like this one); accountants', auditors' and
    bookkeepers' titles do accounting, financial analysts' and investment bankers' FP&A and corporate finance,
    investment bankers' and equity analysts' the markets' work (an FP&A analyst's "Financial Analyst, FP&A" had
    met "3+ years in equity research, investment banking or buy-side investing"), each no other (a hotel's night
    auditor does neither) (walk-through: finance).  A seller's "Senior Account Executive" did accounting by its
    word "Account" (9.5 years of "5+ years of accounting experience" in the work it names, covered); the table's
    titles decide where both the title and the kind asked are its own (walk-through: office)."""
    kinds = kinds_of_work(sentence)
    assert (does_work(title, kinds), another_kind(title, kinds)) == (does, other)


@pytest.mark.parametrize("title, posting, sentence, other", [
    ("Assistant Property Manager", "Property Claims Specialist", "3+ years of claims experience", True),
    ("Assistant Property Manager", "Claims Supervisor - Property", "3+ years of claims experience", True),
    ("Assistant Property Manager", "Property Claims Manager", "5+ years of property claims experience", True),
    ("Customer Service Representative", "Claims Representative", "2 years of claims experience", True),
    ("Insurance Adjuster", "Claims Adjuster", "2 years of claims experience", False),
    ("Claims Representative", "Property Claims Specialist", "3+ years of property claims experience", False),
    ("Software Developer", "Software Engineer", "5+ years of software engineering", False),
    ("Backend Developer", "Software Engineer", "5+ years of software engineering", False),
    ("Registered Nurse - Med/Surg", "Registered Nurse - ICU", "2+ years of ICU experience", False),
    ("Property Claims Adjuster II", "Assistant Property Manager", "2+ years of property management experience", True),
    ("Store Associate", "Assistant Store Manager", "2 years of store management experience", True),
    ("Retail Manager", "Assistant Store Manager", "2 years of store management experience", False),
    ("Marketing Coordinator", "Marketing Manager", "5+ years of marketing experience", False),
    ("Senior Software Engineer", "Software Engineering Manager", "3+ years of engineering management", False),
    ("Senior Mortgage Loan Officer", "Mortgage Underwriter", "3+ years of conventional and FHA underwriting", True),
    ("Mortgage Loan Processor", "Mortgage Underwriter", "3+ years of conventional and FHA underwriting", True),
    ("Field Adjuster (Independent, CAT)", "Property Claims Adjuster - Field", "3+ years of property claims", False),
    ("Data Engineer", "Senior Software Engineer", "5+ years of software engineering", False),
    ("CT Technologist", "Pharmacy Technician II - Inpatient", "2 years of pharmacy technician experience", True),
    ("EMT-Basic", "Pharmacy Technician II - Inpatient", "2 years of pharmacy technician experience", True),
    ("Lead Respiratory Therapist", "Physical Therapist", "2 years of experience as a physical therapist", True),
    ("Pharmacy Tech", "Pharmacy Technician II - Inpatient", "2 years of pharmacy technician experience", False),
    ("Staff Physical Therapist", "Physical Therapist", "2 years of experience as a physical therapist", False),
    ("Help Desk Analyst", "IT Support Technician", "2 years of help desk technician experience", False),
    ("Real Estate Agent", "Real Estate Sales Agent", "1+ year of real estate sales experience", False),
    ("Respiratory Therapist II", "Lead Respiratory Care Practitioner", "4 years of respiratory care experience", False),
])
def test_a_title_like_the_postings_by_a_shared_word_that_is_not_the_work(title, posting, sentence, other):
    """An assistant property manager's title is like a property claims specialist's (0.67) by "Property",
    so "3+ years of claims experience" counted her 6.8 years of leasing (covered 1.00 quoting "Assistant
    Property Manager, Lakeview Apartments"); a title that leaves out the head of the work the posting's
    title and the ask name, and shares with it only words that name no trade, is like it by other words;
    one sharing the trade ("Adjuster") or naming the work's head ("Claims", "Software") is not (walk-through:
    finance).  A kind of work named by a noun many trades share after its trade ("pharmacy technician",
    "physical therapist") is done by a title naming the trade ("Pharmacy Tech"), not by one the model reads
    alike ("CT Technologist", "EMT-Basic" had held a pharmacy technician's 2 years) nor one sharing the noun
    ("Respiratory Therapist") (walk-through: health)."""
    assert like_by_other_words(title, posting, kinds_of_work(sentence)) is other


@pytest.mark.parametrize("sentence, kinds", [
    ("3+ years of claims experience, including 1 year in a lead or supervisory role", (("claim",),)),
    ("5 years of retail experience, with 2 years as a shift supervisor", (("retail",),)),
    ("4+ years of accounting experience, with at least 2 years in banking or financial services", (("account",),)),
    ("3+ years in sales or 2+ years in customer service", (("sales",), ("custom", "servic"))),
])
def test_a_later_figure_that_is_part_of_the_first_names_no_kind_of_work(sentence, kinds):
    """A later figure of years that is a part of the first's ("with at least 2 years in banking") or asks
    leading others ("including 1 year in a lead or supervisory role") narrows the first's work: it names
    no kind of its own, so a bank teller's "Teller Lead" did no claims work by its word "Lead" (3.9 years
    in the work it names, covered) nor accounting at a bank (walk-through: finance); a figure offered
    as another way ("or 2+ years in customer service") still names its kind."""
    assert kinds_of_work(sentence) == kinds
    line = "Teller Lead, Desert Community Bank, 2023 - present"
    assert not does_work("Teller Lead", kinds_of_work(
        "3+ years of claims experience, including 1 year in a lead or supervisory role"), line)
    assert not does_work("Teller Lead", kinds_of_work(
        "4+ years of accounting experience, with at least 2 years in banking or financial services"), line)


@pytest.mark.parametrize("title, does", [
    ("Catering Sales Manager", True), ("Sales and Catering Manager", True), ("Group Sales Coordinator", True),
    ("Catering & Events Sales Manager", True), ("Banquet Server / Catering Server", False),
    ("Front Desk Agent", False),
])
def test_a_servers_title_does_no_catering_sales(title, does):
    """A catering server's title is like a catering sales manager's, so "2+ years of catering sales or hotel sales
    experience" was met by "Banquet Server / Catering Server" (2.8 years in roles like this one); a hotel's or
    venue's sellers do that work, a server of the table's customer-facing titles another (walk-through 45 E)."""
    kinds = kinds_of_work("2+ years of catering sales or hotel sales experience")
    assert does_work(title, kinds) is does
    assert another_kind(title, kinds) is not does


@pytest.mark.parametrize("sentence,roles", [
    ("Minimum 2 years as a staff accountant", ("staff accountant",)),
    ("2-4 years in an HVAC technician role", ("HVAC technician",)),
    ("3+ years as a CNA in a long-term care facility", ("CNA",)),
    ("5+ years as a software engineer or data engineer", ("software engineer", "data engineer")),
    ("3 years of experience in a security engineering or threat detection role", ("security engineering",
                                                                                  "threat detection")),
    ("5 years of working experience in an international IT role", ("IT",)),
    # no role, or one that names no work
    ("3+ years of Python", ()),
    ("2+ years' experience in a similar position", ()),
    ("3+ years as a team lead", ()),
    ("3+ years as a shift lead", ()),
    ("2+ years as a charge nurse", ("charge nurse",)),
    ("2 years in a supervisory role", ()),
    # a role a later figure asks is that figure's
    ("3+ years of warehouse experience, including at least 1 year as a shift lead", ()),
    ("3 years of professional experience in a people manager role", ()),
    ("Worked as a part of a team", ()),
    # months as a role are a later figure too, and how it is asked is no role's word (a Cashier / Shift Lead
    # posting's years were read "in roles like holder preferred")
    ("1 year cashier experience, 6 months as a shift lead or key holder preferred", ()),
    ("2 years as a barista preferred", ("barista",)),
])
def test_a_years_ask_may_name_the_role_whose_years_it_asks(sentence, roles):
    """"2-4 years in an HVAC technician role" asks an HVAC technician's years, whatever the
    posting's title; a role that names no work ("a similar role", "a team lead") is none."""
    assert asked_roles(sentence) == roles


@pytest.mark.parametrize("text,expected", [
    ("$17-$19/HR", (35360, 39520)),
    ("$20 PER HOUR", (41600, 41600)),
    ("$900/WK", (46800, 46800)),
    ("$45,000 ANNUALLY", (45000, 45000)),
])
def test_a_pay_unit_is_read_in_any_case(text, expected):
    """A board's title line in capitals states its unit in capitals too: "/HR" is "/hr"."""
    assert parse_salary(text, bare=True)[:2] == expected


@pytest.mark.parametrize("lines,title,company,location,pay", [
    (["HOME HEALTH AIDE - $17-$19/HR - Flexible Hours!! Weekly Pay", "Comfort Keepers - Lakewood, WA"],
     "HOME HEALTH AIDE", "Comfort Keepers", "Lakewood, WA", (35360, 39520)),
    (["Caregiver - no experience necessary, will train! $17/hr", "Golden Years Adult Family Home - Puyallup, WA"],
     "Caregiver", "Golden Years Adult Family Home", "Puyallup, WA", (35360, 35360)),
    (["HVAC Install Helper - No experience necessary, will train - $19/hr",
      "Comfort Air Heating & Cooling - Tacoma, WA"],
     "HVAC Install Helper", "Comfort Air Heating & Cooling", "Tacoma, WA", (39520, 39520)),
    (["Warehouse Associate - Weekly Pay - Start Today!", "Northwind Logistics - Kent, WA"],
     "Warehouse Associate", "Northwind Logistics", "Kent, WA", None),
    # a company holding a town's name among its words ("Bar" is a town in Montenegro)
    (["Line Cook needed! $18-21/hr + tips share", "Rustica Kitchen & Bar - Seattle, WA"],
     "Line Cook", "Rustica Kitchen & Bar", "Seattle, WA", (37440, 43680)),
    # a store's number after its company on the title line, the company's name and place below
    (["Shift Supervisor - Dollar Plus #4471", "Dollar Plus Stores - Kent, WA"],
     "Shift Supervisor", "Dollar Plus Stores", "Kent, WA", None),
])
def test_a_title_line_keeps_its_title_and_drops_a_boards_tags(lines, title, company, location, pay):
    """What a job board puts after the title ("no experience necessary, will train", "Flexible
    Hours!! Weekly Pay", "+ tips share") is no part of it; the pay among it is the pay."""
    p = parse_posting("\n".join(lines) + "\n\nRequirements\n- Reliable and on time\n- Able to lift 50 lbs\n", "x")
    assert (p.title, p.company, p.location) == (title, company, location)
    assert ((p.salary_min, p.salary_max) if p.salary_max else None) == pay


@pytest.mark.parametrize("item,condition", [
    ("Must be 18+", True),
    ("18+ years old", True),
    ("Must be 18+ and able to work weekends", True),
    # the reason in brackets after it (a restaurant GM's: a must row, partial 0.562, "liquor license
    # compliance" quoted)
    ("Must be 21+ (liquor service)", True),
    ("Must be 18 or over", True),
    ("at least 18 years of age", True),
    ("18+ years of experience in nursing", False),
    ("Must be 18+ months in your current role", False),
])
def test_an_age_is_a_condition_of_the_work(item, condition):
    p = parse_posting(f"Cashier\n\nRequirements\n- {item}\n- 1 year of retail experience\n- Cash handling\n", "x")
    assert [r.kind == "condition" for r in p.requirements if r.text == item] == [condition]


@pytest.mark.parametrize("header,hours", [
    ("Accounts Payable Clerk (Part-Time, 20 hrs)", 20),
    ("Receptionist - Part time - 24 hours", 24),
    ("Dental Assistant (16 hours, part-time)", 16),
    ("Part-time, 12-hour shifts", 40),     # a shift's length is no week's hours
    ("Part-time: 8 hours a day", 40),
])
def test_part_time_hourly_pay_is_made_yearly_at_the_hours_beside_part_time(header, hours):
    p = parse_posting(f"{header}\nEvergreen Dental Group - Puyallup, WA\n$21/hr\n\nRequirements\n- 1 year of AP\n",
                      "x")
    assert p.salary_max == 21 * hours * 52


@pytest.mark.parametrize("text,shown", [
    ("$17-$19/HR", "$17 - $19 an hour"),
    ("$16.28/hr (WA minimum wage)", "$16.28 an hour"),
    ("avg $1,450/week", "$1,450 a week"),
    ("up to $25/hr", "up to $25 an hour"),
    ("$150,000 - $180,000", ""),
    ("$60,000 a year", ""),
])
def test_pay_by_the_hour_week_or_month_is_told_as_posted(text, shown):
    from matcher.postings.fields import posted_pay
    assert posted_pay(text) == shown


def test_a_company_standing_in_prose_names_no_job():
    """"has firmly established as a leader in its field" says what the company is: a posting
    without a title line gets no title "Leader" from it, and a job named so still reads."""
    from matcher.postings.fields import title_in_prose

    assert title_in_prose("Our design philosophy has firmly established as a leader in its field .") == ""
    assert title_in_prose("We are looking for a team leader in the warehouse .") == "Team Leader"
    assert title_in_prose("You will join us as a Team Leader in the field of logistics .") == "Team Leader"


def test_a_licence_to_be_had_after_hire_is_a_nice_to_have():
    p = parse_posting("# Pharmacy Technician\nRequirements\n"
                      "- National certification (PTCB CPhT or ExCPT) required within 6 months of hire\n"
                      "- BLS required; ACLS within 90 days of hire\n", "p")
    assert [r.kind for r in p.requirements] == ["nice", "must"]
    assert [(k.name, k.required) for k in p.knockouts if k.name in ("BLS", "ACLS")] == [("BLS", True), ("ACLS", False)]


def test_a_list_whose_lead_in_asks_it_after_hire_is_nice_to_have():
    """A lead-in line that asks its list after hire ("Certifications required within first year: EMD,
    CCIC/NCIC, CPR.") is read as a heading over the list: its items are to be had after hire too."""
    p = parse_posting("# 911 Dispatcher\nMinimum qualifications\n- High school diploma or GED\n\n"
                      "Certifications required within first year: EMD, CCIC/NCIC, CPR.\n", "p")
    assert [(r.text, r.kind) for r in p.requirements][-1] == ("EMD, CCIC/NCIC, CPR.", "nice")
    assert [k.required for k in p.knockouts if k.kind == "licence"] == [False]
    p = parse_posting("# 911 Dispatcher\nMinimum qualifications\n- High school diploma or GED\n\n"
                      "Certifications required at hire: EMD, CCIC/NCIC, CPR.\n", "p")
    assert [r.kind for r in p.requirements][-1] == "must"


@pytest.mark.parametrize("line", [
    "Must hold current Oregon CVT license (OVMB) or be eligible to transfer license within 90 days of hire",
    "Texas All-Lines Adjuster license required (or ability to obtain within 90 days of hire)",
])
def test_a_licence_with_an_alternative_to_be_had_after_hire_is_a_must_have(line):
    """vet-tech-1: "or be eligible to transfer license" is an alternative to holding it, as
    "or ability to obtain" is, not a softener."""
    p = parse_posting(f"# Veterinary Technician\nRequirements\n- {line}\n", "vt")
    assert [r.kind for r in p.requirements] == ["must"]


@pytest.mark.parametrize("line", [
    "Registered Respiratory Therapist (RRT) credential from the NBRC required. CRT with RRT obtained within 12 "
    "months of hire may be considered.",
    "RRT credential required; CRT with plan to obtain RRT within 12 months of hire will be considered",
    # another state's licence offered, its holder to obtain this one after hire (walk-through 44 B: read as a nice)
    "Florida 6-20 All Lines Adjuster license OR a reciprocal state adjuster license (must obtain Florida license "
    "within 60 days of hire)",
])
def test_a_licence_with_a_way_in_to_be_had_after_hire_is_a_must_have(line):
    """The time after hire is the way in's ("CRT with RRT obtained within 12 months of hire may be
    considered"), not the licence's: everyone else holds the RRT to apply."""
    p = parse_posting(f"# Respiratory Therapist\nRequirements\n- {line}\n", "rt")
    assert [r.kind for r in p.requirements] == ["must"]


def test_a_licence_new_grads_may_obtain_after_hire_is_a_must_have_and_asks_no_graduation():
    """lab-technician-1: everyone but a new graduate holds the licence to apply; the graduate's
    time after hire is the licence knock-out's, not a graduation window."""
    p = parse_posting("# Medical Laboratory Technician\nRequirements:\n"
                      "- MLT (ASCP) certification required (new grads must obtain within 6 months of hire)\n", "lab")
    assert [r.kind for r in p.requirements] == ["must"]
    assert [(k.kind, k.required) for k in p.knockouts] == [("licence", False)]


@pytest.mark.parametrize("line", [
    "Active RN license in the state (or eligible for licensure within 90 days of hire)",
    "Active RN license or eligible for licensure within 90 days of hire",
    "Must hold RN license, or be eligible for licensure within 90 days of start date",
    "CNA certification, or eligible to sit for the state exam within 4 months of hire",
    "BLS certification (or able to obtain within 30 days of hire)",
    # the way in as a bare verb: "(or obtain ASP within 12 months of hire)"
    "CSP or ASP certification required (or obtain ASP within 12 months of hire)",
    "PE license required, or obtain PE licensure within 18 months of hire",
    "Food handler card required, or earn one within 30 days of employment",
])
def test_a_licence_with_eligibility_for_it_after_hire_as_its_alternative_is_a_must_have(line):
    """"or eligible for licensure within 90 days of hire" is an alternative to holding the
    licence, as "or ability to obtain" is: the licence is still asked, not softened."""
    p = parse_posting(f"# Registered Nurse\nRequirements\n- {line}\n", "rn")
    assert [r.kind for r in p.requirements] == ["must"]


def test_a_credential_with_obtaining_it_after_hire_as_its_way_in_is_required_with_that_way():
    """ehs-specialist: "(or obtain ASP within 12 months of hire)" is another way to the credential,
    as "or ability to obtain" is: the knock-out is required, the way kept as its alternative."""
    p = parse_posting("# EHS Specialist\nRequirements\n- CSP or ASP certification required (or obtain ASP within "
                      "12 months of hire)\n", "ehs")
    [k] = [k for k in p.knockouts if k.kind == "licence"]
    assert k.required and "obtain ASP within 12 months of hire" in k.alternatives
    # without the word that requires it the credential is to be had after hire: no must-have
    for line in ("Obtain ASP certification within 12 months of hire", "Class A CDL (or obtain within 6 months of hire)",
                 "Current pediatric First Aid and CPR (or obtain within 30 days of hire)"):
        q = parse_posting(f"# EHS Specialist\nRequirements\n- {line}\n", "e")
        assert [r.kind for r in q.requirements] == ["nice"], line


@pytest.mark.parametrize("line", [
    "Compensation: 100% commission, uncapped",
    "This is a commission-only position.",
    "Pay: straight commission (no base salary)",
    "Uncapped commission, no base.",
    "Commission only - top reps earn $150k+",
])
def test_a_posting_that_pays_commission_alone_pays_no_base(line):
    """It states its pay, and the pay guaranteed is none: a minimum salary filter drops it."""
    p = parse_posting(f"# Sales Representative\nRequirements\n- Cold calling\n\n{line}\n", "s")
    assert (p.salary_min, p.salary_max) == (0, 0)
    assert p.yearly_salary == "commission only, no base pay"


@pytest.mark.parametrize("line", [
    "Base salary plus uncapped commission",
    "This is not a commission-only role: you get a base salary.",
    "Competitive pay and benefits",
    "$500 weekly draw against 100% commission",
    "Commission-based (avg. agent earns $70,000 - $110,000 per year)",
])
def test_a_posting_with_a_base_or_no_pay_stated_is_no_commission_only_one(line):
    p = parse_posting(f"# Sales Representative\nRequirements\n- Cold calling\n\n{line}\n", "s")
    assert p.salary_max != 0


@pytest.mark.parametrize("text, said", [
    ("Compensation: commission-based", "Compensation: commission-based"),
    ("Pay: base plus uncapped commission", "Pay: base plus uncapped commission"),
    ("- Competitive base + commission and full benefits", "Competitive base + commission and full benefits"),
    ("Uncapped commission and a car allowance.", "Uncapped commission and a car allowance."),
    ("Salary plus commission, paid monthly", "Salary plus commission, paid monthly"),
    ("Commission-based (avg. agent earns $70,000 - $110,000 per year)",
     "Commission-based (avg. agent earns $70,000 - $110,000 per year)"),
    ("- Graduate of a program accredited by the Commission on Dental Accreditation (CODA)", ""),
    ("- Texas Level III Commissioned Security Officer license", ""),
    ("- Commissioning of HVAC systems", ""),
    ("- Active notary commission", ""),
    ("Competitive pay and benefits", ""),
])
def test_a_line_that_pays_by_commission_is_read(text, said):
    """What says the pay is by commission, with no figure the posting pays ("commission-based",
    "base plus uncapped commission"): a minimum salary cannot judge it, to check; a commission of
    accreditation, a commissioned officer or commissioning is no pay."""
    from matcher.postings.fields import commission_pay

    assert commission_pay(text) == said


def test_the_figures_of_a_commission_only_line_are_no_pay_shown_by_the_hour_or_week():
    from matcher.postings.fields import posted_pay

    assert posted_pay("100% commission, reps average $1,450/week") == ""
    assert posted_pay("avg $1,450/week") == "$1,450 a week"


@pytest.mark.parametrize("item, kind", [
    ("Lateral applicants: current Colorado POST certification, with at least 1 year of full-time patrol experience",
     "nice"),
    ("For internal candidates: 2+ years in our billing department", "nice"),
    ("Experienced hires: active Ohio RN license", "nice"),
    ("Bilingual candidates: active CCHI certification", "nice"),
    ("Out-of-state applicants: current POST certification from your state", "nice"),
    # everyone, or a heading's words: still asked
    ("All applicants: 3+ years of patrol experience", "must"),
    ("Successful candidates: must hold a valid CDL", "must"),
    ("Required for all candidates: BLS certification", "must"),
])
def test_an_item_for_a_group_of_applicants_asks_that_group_alone(item, kind):
    """An item that opens with the group it is for is a nice-to-have with no required knock-out."""
    p = parse_posting(f"Police Officer\n\nRequirements\n- {item}\n- Valid driver's license\n", "x")
    assert requirement(p, item).kind == kind
    asked = [k for k in p.knockouts if k.sentence == item and k.kind in ("licence", "years")]
    assert asked and all(k.required == (kind == "must") for k in asked)


@pytest.mark.parametrize("sentence, excluded", [
    ("3+ years of CNC setup experience (operator-only experience will not be considered for this position)",
     ("operat",)),
    ("3+ years of software engineering experience (internships do not count)", ("intern",)),
    ("2+ years of accounting experience, excluding internships and co-ops", ("intern", "co-op")),
    ("2 years of teaching experience, not including student teaching", ("student",)),
    ("Internship experience will not be counted toward the 2 years of audit experience", ("intern",)),
    # said by "not" or "no" before it, "only" after it (the operator's years had counted, and were quoted)
    ("3+ years of CNC setup experience (not operator-only)", ("operat",)),
    ("2+ years of framing experience; no helper-only experience", ("help",)),
    # nothing excluded
    ("Not only coding but reviewing, 3+ years", ()),
    ("5+ years of nursing experience", ()),
    ("3+ years of experience, including at least 1 year in a lead role", ()),
])
def test_a_years_ask_names_what_does_not_count(sentence, excluded):
    assert excluded_work(sentence) == excluded
    assert ("operat",) not in kinds_of_work(sentence)


SETUP = "3+ years of CNC setup experience (operator-only experience will not be considered)"


@pytest.mark.parametrize("title, sentence, out", [
    ("CNC Operator", SETUP, True),
    ("Machine Operator", SETUP, True),
    ("CNC Setup Operator", SETUP, False),
    ("CNC Setup Machinist", SETUP, False),
    ("Software Engineering Intern", "3+ years of software engineering experience (internships do not count)", True),
    ("Software Engineer", "3+ years of software engineering experience (internships do not count)", False),
    ("Internal Auditor", "2+ years of audit experience, excluding internships", False),
    ("CNC Operator", "3+ years of CNC experience", False),
])
def test_a_role_of_the_kind_excluded_does_not_count(title, sentence, out):
    """A trainee's role is never the work; another kind excluded counts where the title also
    names the work asked whole ("CNC Setup Operator")."""
    assert excluded_role(title, sentence) == out


def test_a_schedule_beside_the_pay_is_a_condition_and_the_pay_is_not():
    p = parse_posting("Firefighter/EMT\nKent County Fire District 4 — Grand Rapids, MI\n\nStarting pay: $52,400/year. "
                      "24 on / 48 off shift schedule.\n\nRequired:\n1. Valid Michigan driver's license\n\nBenefits\n"
                      "- Paid overtime\n- 401(k) match\n\nOffers are contingent on a background check.\n", "x")
    assert [r.text for r in p.conditions] == ["24 on / 48 off shift schedule."]
    assert p.salary_min == 52400


_FEDERAL = ("Management and Program Analyst\nDepartment of Veterans Affairs\nSeries/Grade: GS-0343-11\n\n"
            "Duties\nEvaluates the efficiency of benefits-processing programs.\n\nRequirements\n"
            "Conditions of Employment\n- U.S. Citizenship is required\n"
            "- Males born after 12-31-1959 must be registered with the Selective Service\n"
            "- Subject to a background/suitability investigation\n"
            "- You may be required to serve a 1-year probationary period\n\n"
            "Qualifications\n"
            "To qualify for the GS-11 you must have at least one year of specialized experience equivalent to the "
            "GS-09 level in the Federal service. Specialized experience is experience conducting workload analysis "
            "and preparing written reports for management.\n"
            "{route}"
            "Time-in-grade: Current federal employees must have served 52 weeks at the GS-09 level.\n\n"
            "Knowledge, skills and abilities\n- Knowledge of qualitative and quantitative analytical methods\n"
            "- Proficiency with Excel and Power BI\n")


def test_a_federal_postings_conditions_of_employment_are_conditions_to_confirm():
    """federal-analyst: under "Conditions of Employment" Selective Service, a suitability investigation
    and a probationary period are for the seeker to confirm, no skill missed; time in grade is asked of
    current federal employees alone; "Knowledge, skills and abilities" heads its list, asking nothing."""
    p = parse_posting(_FEDERAL.format(route=""), "fed")
    kinds = {r.text: r.kind for r in p.requirements}
    for text in ("U.S. Citizenship is required",
                 "Males born after 12-31-1959 must be registered with the Selective Service",
                 "Subject to a background/suitability investigation",
                 "You may be required to serve a 1-year probationary period",
                 "Time-in-grade: Current federal employees must have served 52 weeks at the GS-09 level."):
        assert kinds[text] == "condition", text
    assert "Knowledge, skills and abilities" not in kinds
    assert kinds["Proficiency with Excel and Power BI"] == "must"
    # citizenship is still read as a knock-out
    assert [k.kind for k in p.knockouts if k.required].count("citizenship") == 1


_LETTERED = ("Contract Specialist\nDepartment of the Interior\nSeries/Grade: GS-1102-09\n\nQualifications\n"
             "You may qualify at the GS-09 level if you meet one of the following:\n"
             "{a} One year of specialized experience equivalent to at least the GS-07 level in the Federal service "
             "that included reviewing contract proposals and analyzing cost data.\nOR\n"
             "{b} Master's or equivalent graduate degree in a field related to the work.\nOR\n"
             "C. Combination: A combination of graduate education and specialized experience as described above.\n")


@pytest.mark.parametrize("a, b", [
    ("A. Specialized Experience:", "B. Education:"),
    ("A) Specialized Experience:", "B) Education:"),
    ("(A) Specialized experience:", "(B) Education:"),
    ("a. Specialized Experience:", "b. Education:"),
    ("1. Specialized Experience:", "2. Education:"),
])
def test_a_lettered_label_of_a_federal_way_to_qualify_starts_its_item(a, b):
    """usajobs-gs9: "A. Specialized Experience: One year ..." was cut after "A.", its label a sub-heading
    of the qualifications; it is the start of the item it labels, the route row reading as before."""
    p = parse_posting(_LETTERED.format(a=a, b=b), "gs9")
    assert [s.heading for s in p.sections if s.kind == "requirements"] == ["Qualifications"]
    (row,) = [r for r in p.requirements if "One year of specialized experience" in r.text]
    assert row.kind == "must" and "OR" in row.text and "Education:" in row.text and row.years == 1
    assert not any(r.text.strip() in ("A.", "A)", "(A)", "a.", "1.") for r in p.requirements)
    [years] = [k for k in p.knockouts if k.kind == "years"]
    assert years.required and years.years == 1
    assert [k.required for k in p.knockouts if k.kind == "degree"] == [False]


@pytest.mark.parametrize("a", ["Specialized Experience:", "SPECIALIZED EXPERIENCE:", "Specialized Experience (SE):",
                               "Qualifying Experience:", "Specialized Experience:\n", "Specialized experience\n"])
def test_a_bare_label_of_the_experience_asked_starts_its_item_in_the_qualifications(a):
    """"Specialized Experience: One year ..." without the list's letter was read as a sub-heading of the
    qualifications: the section and its lead-in cut there, the way's row apart from the ways after it. It is
    the start of the item it labels, read as "A. Specialized Experience: ..." is, on its line or over it."""
    p = parse_posting(_LETTERED.format(a=a, b="B. Education:"), "gs9")
    assert [s.heading for s in p.sections if s.kind == "requirements"] == ["Qualifications"]
    (row,) = [r for r in p.requirements if "One year of specialized experience" in r.text]
    assert row.kind == "must" and row.text.startswith(a.strip().rstrip(":")) and "Education:" in row.text
    assert row.years == 1
    [years] = [k for k in p.knockouts if k.kind == "years"]
    assert years.required and years.years == 1
    assert [k.required for k in p.knockouts if k.kind == "degree"] == [False]


@pytest.mark.parametrize("text", [
    "Budget Analyst\nDuties\nPrepare budget reports.\nSpecialized Experience:\nOne year of specialized experience "
    "equivalent to the GS-09 level preparing budget reports.\n",
    "Budget Analyst\nDuties\nPrepare budget reports.\nSpecialized Experience: One year of specialized experience "
    "equivalent to the GS-09 level preparing budget reports.\n",
])
def test_a_label_of_the_experience_asked_outside_the_requirements_still_heads_them(text):
    p = parse_posting(text, "x")
    assert [r.kind for r in p.requirements if "One year" in r.text] == ["must"]
    assert [s.kind for s in p.sections if "One year" in s.text] == ["requirements"]


@pytest.mark.parametrize("text, headings", [
    # a section's label after a sentence is still cut out of a flattened paragraph
    ("# Driver\nAbout\nWe deliver across Ohio. Requirements: 2+ years of delivery driving. Responsibilities: Plan "
     "routes.\n", ["Requirements", "Responsibilities"]),
    ("# Analyst\nAbout us\nWe audit county budgets. Nice to have: Power BI.\n", ["Nice to have"]),
])
def test_a_sections_label_after_a_sentence_still_starts_a_section(text, headings):
    p = parse_posting(text, "x")
    assert [s.heading for s in p.sections if s.heading in headings] == headings


@pytest.mark.parametrize("heading", ["Conditions of Employment", "Conditions of employment:",
                                     "CONDITIONS OF EMPLOYMENT", "Condition of Employment", "Conditions of Hire"])
def test_items_under_a_conditions_of_employment_heading_are_conditions_unless_a_resume_shows_them(heading):
    p = parse_posting(f"# Park Ranger\nRequirements\n- 2 years of park operations experience\n\n{heading}\n"
                      "- Must be registered with Selective Service (males born after 1959)\n"
                      "- Subject to a pre-employment suitability determination\n"
                      "- Must possess a valid driver's license\n", "pr")
    kinds = [(r.text[:20], r.kind) for r in p.requirements]
    assert kinds == [("2 years of park oper", "must"), ("Must be registered w", "condition"),
                     ("Subject to a pre-emp", "condition"), ("Must possess a valid", "must")]


@pytest.mark.parametrize("item, kind", [
    ("Must be registered with the Selective Service System, if applicable", "condition"),
    ("Selective Service registration required for males born after 12/31/1959", "condition"),
    ("Subject to a background investigation", "condition"),
    ("Must serve a one-year probationary period", "condition"),
    ("Current City employees must have completed their probationary period", "condition"),
    ("Time-in-grade requirements must be met within 30 days of the closing date", "condition"),
    ("Experience conducting background investigations for security clearances", "must"),
    ("Ability to train new and current employees on safety procedures", "must"),
    ("Experience supporting current employees through benefits enrollment", "must"),
])
def test_a_public_employers_conditions_are_conditions_wherever_they_stand(item, kind):
    p = parse_posting(f"# Analyst\nRequirements\n- {item}\n- 2 years of analysis experience\n", "g")
    assert requirement(p, item).kind == kind


@pytest.mark.parametrize("prose", [
    "To qualify for the GS-11 you must have at least one year of specialized experience equivalent to the GS-09 "
    "level in the Federal service.",
    "Applicants must have at least two years of experience coordinating community health programs.",
    "Candidates must possess a bachelor's degree in public administration or a closely related field.",
    "The successful candidate will have three years of experience in municipal budgeting.",
])
def test_prose_in_a_qualifications_section_is_a_requirement_though_a_list_follows(prose):
    """vfed-no-or-education: the qualification told in a paragraph was dropped as the list's lead-in
    whenever a bullet list followed it; a lead-in ends in a colon or points at the list."""
    p = parse_posting(f"# Program Analyst\nQualifications\n{prose}\n- Proficiency with Excel\n"
                      "- Skill in written and oral communication\n", "q")
    assert [r.text for r in p.requirements] == [prose, "Proficiency with Excel",
                                                "Skill in written and oral communication"]


@pytest.mark.parametrize("lead_in", [
    "Candidates must have experience in the following areas.",
    "Applicants must meet the minimum qualifications listed below.",
    "The ideal candidate will have:",
    "To be successful in this role you will need the skills and experience below.",
])
def test_a_lead_in_to_a_qualifications_list_is_no_requirement(lead_in):
    p = parse_posting(f"# Program Analyst\nQualifications\n{lead_in}\n- Proficiency with Excel\n"
                      "- Skill in written and oral communication\n", "q")
    assert [r.text for r in p.requirements] == ["Proficiency with Excel", "Skill in written and oral communication"]


@pytest.mark.parametrize("route", [
    "OR Education: Ph.D. or equivalent doctoral degree, or 3 full years of progressively higher level graduate "
    "education leading to such a degree.\n",
    "\nOR\n\nEducation: Ph.D. or equivalent doctoral degree.\n",
    "-OR-\nPossess a Ph.D. or equivalent doctoral degree.\n",
    # USAJOBS: "OR" and the way's label each on a line of their own, with or without its colon (the label
    # was read as a section of its own, or "OR Education" as a row, and the doctorate as a must of all)
    "OR\nEducation:\nPh.D. or equivalent doctoral degree.\n",
    "OR\nEducation\nPh.D. or equivalent doctoral degree.\n",
    "\nOR\n\nEducation:\n\nPh.D. or equivalent doctoral degree.\n",
    "OR Education:\nPh.D. or equivalent doctoral degree.\n",
    "-OR-\nEDUCATION:\nPh.D. or equivalent doctoral degree.\n",
])
def test_a_second_way_to_qualify_is_one_requirement_with_the_first(route):
    """federal-analyst: the education route is an alternative to the specialized experience, one row
    that either shows, not a doctorate asked of all; its years are the first way's."""
    p = parse_posting(_FEDERAL.format(route=route), "fed")
    [row] = [r for r in p.requirements if "Ph.D." in r.text]
    assert row.text.startswith("To qualify for the GS-11") and row.kind == "must" and row.years == 1
    assert not [r for r in p.requirements if r.text.lstrip("-( ").startswith(("OR", "Education", "Possess"))]
    assert [s.kind for s in p.sections if "Ph.D." in s.text] == ["requirements"]
    [degree] = [k for k in p.knockouts if k.kind == "degree"]
    assert not degree.required and degree.level == "doctorate"


@pytest.mark.parametrize("text", [
    "Qualifications\n- 1 year of specialized experience\nEducation\n- Master's degree in business\n",
    "Qualifications\nOne year of specialized experience in budgeting.\nEducation:\nMaster's degree in business.\n",
])
def test_an_education_label_with_no_way_open_before_it_still_asks_its_degree(text):
    """With no "OR" before it, "Education" over a degree is no second way: the degree is asked of all."""
    p = parse_posting("# Budget Analyst\n" + text, "b")
    assert [k.required for k in p.knockouts if k.kind == "degree"] == [True]


@pytest.mark.parametrize("word", ["Education", "Licensure", "Experience", "Certifications"])
def test_a_sub_headings_word_alone_asks_nothing(word):
    """USAJOBS: "Education" on a line of its own heads what follows it; no requirement row of its own."""
    p = parse_posting(f"# Contract Specialist\nQualifications\n- 1 year of specialized experience\n{word}\n"
                      "- Master's degree in business\n", "c")
    assert [r.text for r in p.requirements] == ["1 year of specialized experience", "Master's degree in business"]


@pytest.mark.parametrize("row", [
    "License or Certification: None",
    "Supervisory Experience: No supervisory experience.",
    "Certification: N/A",
    "No experience required",
    "No degree necessary",
])
def test_a_form_field_filled_with_nothing_asks_nothing(row):
    """A hotel's form ("Supervisory Experience: No supervisory experience.", "License or Certification: None")
    listed both as must-haves, Missing for a front desk agent and Covered by a store manager's "Lead a team of
    35" (walk-through hospitality)."""
    p = parse_posting(f"# Guest Services Agent\nQUALIFICATIONS\n- High school diploma or G.E.D.\n- {row}\n", "g")
    assert [r.text for r in p.requirements] == ["High school diploma or G.E.D."]


@pytest.mark.parametrize("header", [
    "---\ntitle: Hair Stylist\nsalary: 45% commission or $225/week booth rental\n---\n",
    "---\ntitle: Hair Stylist\nsalary: booth rental $225/week\n---\n",
    "Hair Stylist\nSalon Lumiere\n\nPay: Booth rent: $250 per week\n\n",
    "Barber\nKings Cuts\n\nCompensation: chair rental $150 a week, keep 100% of your services\n\n",
    "Nail Technician\nGlow Spa\n\nPay: $900/month station rental or 50% commission\n\n",
])
def test_a_booth_rent_is_no_pay(header):
    """A booth or chair rent is what the stylist pays the salon ("$225/week booth rental" had read as pay of
    $11,700 a year)."""
    p = parse_posting(header + "Requirements\n- Texas Cosmetology Operator License\n", "x")
    assert (p.salary_min, p.salary_max, p.yearly_salary) == (None, None, "")
    assert "a week" not in format_posting(p) and "a month" not in format_posting(p)


@pytest.mark.parametrize("line, low", [
    ("Pay: $18/hour plus tips; booth rental also available", 37440),
    ("Salary: $45,000 - $55,000 a year plus rent-free housing", 45000),
])
def test_pay_beside_other_words_of_rent_stays_pay(line, low):
    p = parse_posting(f"Hair Stylist\nSalon\n\n{line}\n\nRequirements\n- License\n", "x")
    assert p.salary_min == low


@pytest.mark.parametrize("line, shown", [
    ("Pay: $31.50/flight hour to start, plus per diem and travel privileges", "$31.50 per flight hour"),
    ("Pay: $62 - $95 per block hour", "$62 - $95 per block hour"),
    ("Compensation: $70/credit hour", "$70 per credit hour"),
])
def test_pay_by_the_hour_flown_is_shown_as_written_with_no_year(line, shown):
    """A crew's pay by the hour flown is pay (it was lost as benefits text), with no yearly figure: the hours
    flown a year are not given."""
    p = parse_posting(f"Flight Attendant\nSkyBridge Airlines\nLocation: Denver, CO\n{line}\n\nRequirements\n"
                      "- High school diploma or GED\n", "x")
    assert (p.salary_min, p.salary_max, p.yearly_salary) == (None, None, "")
    assert f"salary: {shown}" in format_posting(p)


def test_a_territory_line_is_the_jobs_place_and_the_line_above_it_the_company():
    p = parse_posting("Pharmaceutical Sales Representative - Cardiology\nVeranth Therapeutics\n"
                      "Territory: Charlotte, NC (covers Charlotte, Gastonia, Rock Hill)\n"
                      "Base $80,000 - $110,000 plus incentive compensation and company car\n\n"
                      "Basic Qualifications\n- Bachelor's degree\n", "x")
    assert (p.title, p.company, p.location) == ("Pharmaceutical Sales Representative - Cardiology",
                                                "Veranth Therapeutics",
                                                "Charlotte, NC (covers Charlotte, Gastonia, Rock Hill)")


@pytest.mark.parametrize("header, title, company, location", [
    # a trade's title that is no "-er" noun, alone on the first line, the company and place below
    ("Tugboat Mate - Harbor Assist\nBayside Harbor Tug Co. - Norfolk, VA", "Tugboat Mate - Harbor Assist",
     "Bayside Harbor Tug Co.", "Norfolk, VA"),
    ("Tugboat Mate\nBayside Harbor Tug Co., Norfolk, VA", "Tugboat Mate", "Bayside Harbor Tug Co.", "Norfolk, VA"),
    ("Deckhand\nGulf Co, Houma, LA", "Deckhand", "Gulf Co", "Houma, LA"),
    ("Ranch Hand\nDiamond K Cattle LLC - Amarillo, TX", "Ranch Hand", "Diamond K Cattle LLC", "Amarillo, TX"),
    ("ROUSTABOUT / FLOORHAND\nPermian Well Services LLC - Odessa, TX", "ROUSTABOUT / FLOORHAND",
     "Permian Well Services LLC", "Odessa, TX"),
    # a title in capitals longer than a plain title, its first part a title; the place ends at its full stop
    ("WILDLAND FIREFIGHTER (SEASONAL) - TYPE 2 IA HAND CREW\nNorthwest Fire Crews Inc., Bend, OR. $21.50/hr + "
     "hazard pay. Season May - October.", "WILDLAND FIREFIGHTER (SEASONAL) - TYPE 2 IA HAND CREW",
     "Northwest Fire Crews Inc.", "Bend, OR"),
    ("Locksmith Technician\nKeyRight Lock & Safe, Denver, CO. Full-time, $21-$29/hr.", "Locksmith Technician",
     "KeyRight Lock & Safe", "Denver, CO"),
    ("Registered Nurse\nSt. Luke's Health, St. Louis, MO", "Registered Nurse", "St. Luke's Health", "St. Louis, MO"),
])
def test_a_plain_first_line_naming_a_trade_is_the_title_above_its_company_and_place(header, title, company, location):
    p = parse_posting(f"{header}\n\nMust have:\n- 3 years experience on tugs\n", "p")
    assert (p.title, p.company, p.location) == (title, company, location)


@pytest.mark.parametrize("first", ["Deckhand", "First Mate", "Farmhand", "Roustabout", "OILER"])
def test_a_trade_title_alone_on_the_first_line_is_the_title(first):
    assert parse_posting(f"{first}\n\nRequirements\n- 2 years of related work\n", "p").title == first


@pytest.mark.parametrize("first", ["About us", "We're hiring!", "Acme Widgets", "Soulmate Dating", "CITY OF AUSTIN",
                                   "ABOUT THE ROLE"])
def test_a_heading_a_call_or_a_name_on_the_first_line_is_still_no_title(first):
    assert parse_posting(f"{first}\n\nRequirements\n- 2 years of related work\n", "p").title == ""


@pytest.mark.parametrize("header, body", [
    ("Tower Climber\nSkyReach Communications — Remote field position, home base Dallas, TX", ""),
    ("Crew Lead\nAcme Oilfield LLC - Midland, TX", "Work at remote sites across West Texas."),
    ("Camp Cook\nNorth Slope Catering LLC - Anchorage, AK", "You will work in remote camps on a 2/2 rotation."),
    ("Field Technician\nAcme Environmental LLC - Denver, CO", "Travel to remote well sites and job sites."),
    ("Helicopter Mechanic\nAcme Air LLC - Juneau, AK", "Support crews in remote communities and remote locations."),
])
def test_field_work_at_remote_sites_is_no_remote_job(header, body):
    """"Remote field", "remote sites", "remote camps" say where field work is done, not work from home."""
    p = parse_posting(f"{header}\n\n{body}\n\nRequirements\n- 1 year of field work\n", "p")
    assert p.remote is not True
    assert [k.mode for k in p.knockouts if k.kind == "workplace"] in ([""], ["onsite"])


@pytest.mark.parametrize("header", ["Tower Technician\nSkyReach Communications — Remote (US)",
                                    "Dispatcher\nAcme Field Services LLC - Dallas, TX\n\nThis is a remote position."])
def test_a_remote_job_beside_field_words_stays_remote(header):
    assert parse_posting(f"{header}\n\nRequirements\n- 1 year of dispatch work\n", "p").remote is True


@pytest.mark.parametrize("item", [
    "SafeLand USA orientation (we can schedule for new hires)",
    "SafeLand orientation provided in week one",
    "H2S Clear certification (scheduled during onboarding)",
    "OSHA 10 card (we will pay for it for new hires)",
    "First Aid/CPR offered to new hires",
    "Forklift certification provided during new-hire training",
])
def test_a_credential_the_employer_gives_new_hires_is_no_must_have(item):
    """What the employer schedules or provides after hire is not needed to apply, as one to be had
    "within 6 months of hire" is not: a nice-to-have, no required knock-out."""
    p = parse_posting(f"# Roustabout\nRequirements\n- 2 years of oilfield work\n- {item}\n", "p")
    assert p.requirements[-1].kind == "nice"
    assert not [k for k in p.knockouts if k.kind == "licence" and k.required]


@pytest.mark.parametrize("item", [
    "H2S Clear certification required",
    "SafeLand USA orientation required upon hire",
    "Must have own hand tools (power tools provided by the company)",
    "Schedule orientation for new hires",
    "Experience providing training to new hires",
])
def test_an_ask_beside_what_the_employer_gives_stays_a_must_have(item):
    p = parse_posting(f"# Roustabout\nRequirements\n- 2 years of oilfield work\n- {item}\n", "p")
    assert p.requirements[-1].kind == "must"


@pytest.mark.parametrize("item", [
    "USCG License: Mate (Pilot) of Towing Vessels, or Master of Towing Vessels",
    "USCG Master of Self-Propelled Vessels license",
    "Master of Inland Steam or Motor Vessels",
    "Master of Uninspected Passenger Vessels (OUPV) credential",
])
def test_a_ships_master_is_no_masters_degree(item):
    p = parse_posting(f"# Tugboat Mate\nRequirements\n- {item}\n", "p")
    assert not [k for k in p.knockouts if k.kind == "degree"]


@pytest.mark.parametrize("item", ["Master of Social Work (MSW) required", "Master of Science in Nursing",
                                  "Master of Business Administration preferred", "Master of Marine Science required"])
def test_a_master_of_a_field_is_still_a_masters_degree(item):
    p = parse_posting(f"# Counselor\nRequirements\n- {item}\n", "p")
    assert [k.kind for k in p.knockouts if k.kind == "degree"] == ["degree"]


@pytest.mark.parametrize("text, expected", [
    # a day rate at the days of the rotation its line states, else at 260 (five days a week)
    ("$550-$650/day, 14 on / 14 off", (100375.0, 118625.0, "$550-$650/day")),
    ("Pay: $480/day + per diem", (124800.0, 124800.0, "$480/day")),
    ("$280 - $340 per day", (72800.0, 72800.0 * 340 / 280, "$280 - $340 per day")),
    ("$300 a day", (78000.0, 78000.0, "$300 a day")),
    ("$400 per day, 21/21 hitch", (73000.0, 73000.0, "$400 per day")),
    ("$350/day on a 14/7 rotation", (85155.0, 85155.0, "$350/day")),
    # a daily allowance is no pay
    ("Per diem: $50/day", None),
    ("$75/day per diem", None),
    ("Meal allowance of $40 a day", None),
])
def test_a_day_rate_is_made_yearly_at_the_days_worked(text, expected):
    got = parse_salary(text)
    assert (got if got is None else (round(got[0]), round(got[1]), got[2])) == \
        (expected if expected is None else (round(expected[0]), round(expected[1]), expected[2]))


def test_a_day_rate_takes_the_rotation_the_posting_states_and_is_shown_by_the_day():
    from matcher.postings.fields import posted_pay

    p = parse_posting("---\ntitle: Deckhand\nsalary: $280 - $340 per day\n---\nDeckhand - 21/21 hitch\n\n"
                      "Requirements\n- TWIC card\n", "p")
    assert (p.salary_min, p.salary_max) == (51100.0, 62050.0)
    p = parse_posting("Deckhand\nGulf Co, Houma, LA\nPay: $280 - $340 per day\n\nRequirements\n- TWIC card\n", "p")
    assert (p.salary_min, p.salary_max) == (72800.0, 88400.0)
    assert posted_pay("$480/day") == "$480 a day" and posted_pay("$280 - $340 per day") == "$280 - $340 a day"


@pytest.mark.parametrize("line", ["ROUSTABOUT / FLOORHAND - 14/14 ROTATION", "Deckhand / Able Seaman - 21/21 hitch",
                                  "Tugboat Mate - Harbor Assist"])
def test_a_title_line_under_front_matter_is_no_requirement(line):
    """The title repeated atop the body, with its rotation, is the posting's title, no checklist row."""
    p = parse_posting(f"---\ntitle: Roustabout\ncompany: Permian LLC\n---\n{line}\n\nRequirements\n- Valid TWIC card\n",
                      "p")
    assert [r.text for r in p.requirements] == ["Valid TWIC card"]


def test_numbers_written_as_words_are_one_table_every_reader_of_counts_looks_up():
    """"three", "fifteen", "twenty" mean one number wherever a count is read: a posting's years, a resume's
    stated years, a rotation, a notice period, a graduation window (``matcher.text.NUMBER_WORDS``); each
    reader matches its own words."""
    import datetime as dt

    from matcher.postings.knockout_rules import window
    from matcher.ranking.joining import notice_asked
    from matcher.ranking.rotations import rotation_asked
    from matcher.resumes.roles import explicit_years
    from matcher.text import NUMBER_WORDS, number_words
    assert NUMBER_WORDS["zero"] == 0 and NUMBER_WORDS["fifteen"] == 15 and NUMBER_WORDS["twenty"] == 20
    assert number_words(2) == "zero|one|two"
    assert parse_years("Fifteen years of welding experience required") == 15
    assert explicit_years("Twenty years of experience in retail") == 20
    assert rotation_asked("Rotation: seven days on, seven days off") == (7, 7)
    assert notice_asked("Notice period of up to two weeks") == 14
    assert window("Graduated within the last three years", dt.date(2026, 11, 30)) == ("2023-11", "")


@pytest.mark.parametrize("heading", ["Requirements", "Desirable Qualifications"])
def test_a_must_sentence_after_the_list_is_a_must_have(heading):
    """A sentence after a list that says the candidate must is asked, whatever the heading above the list;
    prose after the list that asks nothing stays out."""
    p = parse_posting(f"Official Court Reporter\nAcme Reporting Inc\n\n{heading}\n- RPR certification\n"
                      "- Realtime writing ability\nMust be able to write at 225 wpm with 97.5% accuracy. "
                      "We offer a great team.\n", "x")
    rows = {r.text: r.kind for r in p.requirements}
    assert rows["Must be able to write at 225 wpm with 97.5% accuracy."] == "must"
    assert rows["Realtime writing ability"] == ("must" if heading == "Requirements" else "nice")
    assert not any("great team" in t for t in rows)


def test_list_items_each_ending_in_or_are_one_requirement_of_ways():
    """"- Associate's degree or higher, OR" / "- 48 semester hours of college coursework, OR" / "- A passing score
    on the ParaPro Assessment": one row of three ways, the degree one of them, asked of none."""
    p = parse_posting("Special Education Paraprofessional\nAurora Public Schools — Aurora, CO\n\nQualifications\n"
                      "- High school diploma or GED, AND one of the following:\n  - Associate's degree or higher, OR\n"
                      "  - 48 semester hours of college coursework, OR\n  - A passing score on the ParaPro Assessment\n"
                      "- Experience working with children\n", "para")
    assert [r.text for r in p.must] == ["Associate's degree or higher, OR 48 semester hours of college coursework, OR "
                                        "A passing score on the ParaPro Assessment", "Experience working with children"]
    degrees = {k.level: k.required for k in p.knockouts if k.kind == "degree"}
    assert degrees == {"high school": True, "associate": False}


@pytest.mark.parametrize("line", ["Location: Portland, OR", "Lake Oswego, OR", "Based in Bend, OR",
                                  "Acme Inc - Salem, OR"])
def test_a_place_in_oregon_leaves_no_way_open(line):
    assert not leaves_way_open(line, False)


@pytest.mark.parametrize("line, does", [
    ("Laborer, Turner Construction, 2019 - 2024", True),
    ("Helper, Apex Roofing LLC, 2019 - 2024", True),
    ("Cashier, Turner Construction, 2019 - 2024", False),   # a title of a kind of its own does its own
    ("Laborer, Acme Staffing, 2019 - 2024", False),
])
def test_a_role_of_no_kind_does_the_construction_work_its_site_names(line, does):
    assert does_work(line.split(",")[0], kinds_of_work("2+ years of construction experience"), line) is does


@pytest.mark.parametrize("paragraph", [
    # any of the kinds of work the list names, the last two joined by "or"
    "Experience: Two years of experience in program analysis, program evaluation, policy development or grant"
    " administration.",
    # the examples "including" opens
    "Knowledge of community resources in Franklin County, including housing, SNAP and Medicaid.",
    # a degree's fields and the kinds of work, each a series the last two of which "or" joins
    "Bachelor's degree in social work, public administration, education or a closely related field AND three (3)"
    " years of experience in program coordination, case management or community services.",
])
def test_the_items_of_one_ask_between_commas_stay_one_requirement(paragraph):
    p = parse_posting(f"Program Analyst\nState of Maryland\n\nMINIMUM QUALIFICATIONS\n{paragraph}\n", "x")
    assert len(p.requirements) == 1


def test_experience_said_to_substitute_for_the_degree_before_it_is_part_of_that_requirement():
    """'Two years of directly related experience may substitute for the degree.' was a must-have of its own,
    missing for all but those with such years; it says how the degree before it may be met."""
    p = parse_posting("Program Coordinator\nMaricopa County\n\nMinimum Qualifications:\nBachelor's degree in social "
                      "work or a related field. Two years of directly related experience may substitute for the "
                      "degree.\nValid Arizona driver's license required.\n", "x")
    assert [r.text for r in p.requirements] == [
        "Bachelor's degree in social work or a related field. Two years of directly related experience may "
        "substitute for the degree.", "Valid Arizona driver's license required."]


@pytest.mark.parametrize("item", [
    "Availability to work 10:00am - 6:30pm CST including one Saturday per month.",
    "Available to work 8 a.m. to 5 p.m., Monday through Friday",
    "Must be fingerprinted and cleared by NYSED",
])
def test_hours_of_the_day_to_be_available_and_fingerprinting_are_conditions_to_confirm(item):
    [r] = parse_posting(f"Customer Service Representative\nAcme\n\nRequirements\n- {item}\n", "x").requirements
    assert r.kind == "condition"


@pytest.mark.parametrize("sentence, title, managed", [
    ("3+ years of restaurant management experience", "Restaurant General Manager", ("restaur",)),
    ("3+ years of property management experience in multifamily housing", "Property Manager", ("propert",)),
    ("2 years of hotel or property management", "Assistant Property Manager", ("propert",)),
    ("3 years of warehouse supervision", "Warehouse Supervisor", ("warehous",)),
    ("3+ years of retail management experience", "Retail Store Manager", ()),   # a kind known by title
    ("5 years of people management", "Engineering Manager", ()),
    ("3+ years of restaurant management experience", "Kitchen Manager", ()),   # the title does not name it
])
def test_a_kind_of_managing_names_what_it_manages(sentence, title, managed):
    """"restaurant management" at a "Restaurant General Manager" posting manages a restaurant, which a clothing
    store's "Store Manager" does not; a kind known by title reads its titles (walk-through: service)."""
    assert managed_work(kinds_of_work(sentence), title) == managed


@pytest.mark.parametrize("item, kind", [
    ("Some evenings and Saturdays", "condition"),
    ("Evenings and Sundays as needed", "condition"),
    ("Professional appearance; uniform provided", "condition"),
    ("Must wear a uniform and follow the dress code", "condition"),
    ("Experience designing uniforms for sports teams", "must"),
    ("Height between 5'0\" and 6'2\" and able to reach overhead bins", "condition"),
    ("Ability to reach sales goals", "must"),
    # the body's weight: a flight paramedic's "Weight limit: ..." was a must-have missing (0.19) for every resume
    ("Weight limit: must not exceed 240 lbs with gear for flight safety", "condition"),
    ("Must weigh less than 250 lbs (helicopter weight restriction)", "condition"),
    ("Experience with weight limits in truck loading", "must"),
])
def test_evenings_and_saturdays_and_a_uniform_are_conditions_of_the_work(item, kind):
    """A library's "Some evenings and Saturdays" and a hotel's "Professional appearance; uniform provided" were
    must-haves, missing (0.26, 0.20) for every resume, as was a flight attendant's "Height between 5'0\" and 6'2\"
    and able to reach overhead bins" (0.00): days of the week asked beside evenings, what the worker wears, and
    the body's height and reach are conditions to confirm (walk-through: service)."""
    [r] = parse_posting(f"Front Desk Agent\nAcme\n\nRequirements\n- {item}\n", "x").requirements
    assert r.kind == kind
