"""Skills in postings of every kind of job (sales, research, logistics, finance): the rules
that keep the names a posting uses for other things (a department, a defined acronym, an
address, the offer) from being read as skills asked.  The texts are written for these tests."""

from __future__ import annotations

import pytest

from matcher.skills.asking import asked_skills
from matcher.skills.taxonomy import extract_skills


def names(text: str) -> list[str]:
    return [m.name for m in extract_skills(text)]


def asked(text: str) -> list[str]:
    return [m.name for m in asked_skills(text)]


# -- a unit of an organisation or a person's title ------------------------------------
def test_a_name_after_head_of_or_department_of_names_the_unit():
    assert "Sales" not in names("You will report to the Head of Sales Europe .")
    assert "Physics" not in names("The post is based at the Department of Physics .")
    assert "Chemistry" not in names("The post is based at the Department of Physics , Chemistry and Biology .")
    # the same words asked in prose, or lower case, are skills
    assert "Sales" in names("Three years of experience in Sales and account management .")
    assert "Physics" in names("You hold a PhD in Physics .")
    assert "Physics" in names("You will be head of physics teaching at our school .")


def test_the_functions_a_team_spans_name_departments_not_work_done():
    # a project manager's "teams of up to 25 across brand, R&D, supply chain and sales" named Sales, so her role's
    # years covered a Personal Banker posting's "1-2 years of cash handling, retail banking or sales experience"
    line = "Lead 6-10 concurrent launch projects with teams of up to 25 across brand, R&D, supply chain and sales."
    assert not {"Sales", "Supply chain management"} & set(names(line))
    assert "Sales" not in names("Partner with stakeholders across finance, sales and operations")
    # work done with a team, or tools used for one, are still named
    assert "Tableau" in names("Built dashboards for teams across the company using Tableau and SQL")
    assert "Sales" in names("Three years of experience in Sales and account management .")


def test_the_services_people_are_referred_to_are_not_work_done():
    # a medical assistant's "refer patients to behavioral health and social services" named Behavioral health, so
    # her role's 6.9 years met a Crisis Clinician's "2+ years of crisis intervention or acute behavioral health"
    assert "Behavioral health" not in names("Schedule follow-ups and referrals; refer patients to behavioral health "
                                            "and social services")
    assert "Behavioral health" not in names("Made referrals to housing, behavioral health or food programs")
    # the work done beside referrals, or a service the line gives, is still named
    assert "Behavioral health" in names("Provided behavioral health counseling and referrals to housing programs")
    assert "Crisis intervention" in names("Crisis intervention; referred clients to detox and shelters")


# -- an acronym the text defines as something else ------------------------------------
def test_an_acronym_the_text_defines_as_something_else_is_not_the_skill():
    text = "We are hiring a Partner Success Manager ( PSM ) . The PSM owns our partner accounts ."
    assert "Certified ScrumMaster" not in names(text)
    assert "Certified ScrumMaster" in names("You hold a PSM or CSM certificate .")
    # defined as the skill itself, it is the skill
    assert names("Search Engine Optimization (SEO) for our shop pages .") == ["Search engine optimization"] * 2
    assert "Search engine optimization" in names("Search Engine Optimization (SEO) . Three years of SEO .")


# -- an address ------------------------------------------------------------------------
def test_a_web_or_mail_address_is_an_address_not_a_skill():
    assert names("Read more at http://acme.example/careers .") == []
    assert names("Questions to python@acme.example or www.docker.example .") == []
    # a skill beside an address, or a link's text, is a skill
    assert names("We use HTTP and REST ; see https://acme.example .") == ["HTTP", "REST"]
    assert names("- [Django](https://djangoproject.com) and Python") == ["Django", "Python"]


# -- "sales" is a skill where it is asked, a market or a department elsewhere --------
def test_sales_counts_in_a_list_or_where_knowledge_is_asked():
    assert "Sales" not in names("The market for online furniture sales grew by a third last year .")
    assert "Sales" not in names("You will work with our sales channels and sales customers .")
    assert "Sales" in names("Five years of experience in international sales .")
    assert "Sales" in names("Skills : Sales , negotiation , CRM")
    assert "Sales" in names("Background in sales or account management .")
    # its specific forms stay skills anywhere
    assert "Sales" in names("We grew B2B sales across the region .")


# -- "<skill> level" grades something else --------------------------------------------
def test_a_skill_before_level_grades_something_else():
    assert "Contract negotiation" not in names("You speak English at negotiation level .")
    assert "English" in names("You speak English at negotiation level .")
    assert "Contract negotiation" in names("Negotiation skills and a driving licence .")
    # a language's level is the language
    assert "English" in names("English level C1 is required .")


# -- "<skill> Head" is a job ---------------------------------------------------------
def test_a_skill_before_head_names_the_job():
    assert "PLM" not in names("Reporting to the PLM Head of the business unit .")
    assert "PLM" in names("Five years of PLM experience in manufacturing .")


# -- a licence written the way a state or a resume builder writes it ----------------------
def test_a_licence_is_found_in_the_words_a_resume_writes_it_in():
    assert names("Commercial Driver License Class B, air brakes endorsement") == [
        "CDL Class B", "Air brakes endorsement"]
    assert names("Commercial Drivers License Class A (2019)") == ["CDL Class A"]
    assert names("Nursing Assistant Certified (NAC), Washington DOH") == ["CNA certification"]
    assert "Food handler certification" in names("WA Food Worker Card, current")


# -- the work of frontline jobs ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Assisted with ADLs, transfers with Hoyer lift and gait belt, memory care unit",
     ["Activities of daily living", "Patient transfers", "Dementia care"]),
    ("Blood glucose checks, I&O, bathing and grooming, medication reminders",
     ["Blood glucose monitoring", "Intake and output", "Personal care", "Medication reminders"]),
    ("Daily pre-trip and post-trip inspections, air brakes, DVIRs", ["Pre-trip inspection", "Air brakes endorsement"]),
    ("Refrigerant recovery, brazing copper, ductwork installation, ductless mini-split",
     ["Refrigerant recovery", "Brazing", "Ductwork", "Ductless mini-split systems"]),
    ("CCTV, foot patrols, writing incident reports", ["CCTV monitoring", "Security patrol", "Incident reports"]),
    ("Creative Curriculum and Teaching Strategies GOLD", ["Creative Curriculum", "Teaching Strategies GOLD"]),
])
def test_the_work_of_frontline_jobs_is_found(text, expected):
    assert set(expected) <= set(names(text))


def test_a_data_lake_is_no_activity_of_daily_living():
    assert "Activities of daily living" not in names("Azure Data Lake (ADLS) and ADLS Gen2 with Databricks")
