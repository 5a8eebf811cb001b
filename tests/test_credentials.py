"""What a resume answers to knock-outs (issue 13): degrees, clearance, citizenship,
sponsorship, licences; hand-made lines with their negations, and the two example resumes."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.postings.knockouts import posting_knockouts
from matcher.resumes import resume_from_text
from matcher.resumes.credentials import (
    Credentials,
    Degree,
    licence_elsewhere,
    licence_expired,
    licence_held,
    licence_to_come,
    read_credentials,
)
from matcher.resumes.licences import credential_ids, held_ids

from .helpers import RESUME_TEXT, ROOT

TODAY = dt.date(2026, 1, 15)


def read(text: str) -> Credentials:
    return read_credentials(text, [line for line in text.split("\n") if line.strip()], TODAY)


def degrees(text: str) -> list[tuple]:
    return [(d.level, d.field, d.year, d.month, d.expected) for d in read(text).degrees]


@pytest.mark.parametrize("text, expected", [
    ("FORMATION\nBaccalauréat en communication (marketing), Université du Québec à Montréal (UQAM), 2020",
     [("bachelor", "communication", 2020, None, False)]),
    ("Educación\nLicenciatura en Psicología, Universidad de Guadalajara, 2018", [("bachelor", "psicología", 2018,
                                                                                  None, False)]),
    ("Education\nBachelor of Science in Nursing, 2015 - 2019", [("bachelor", "nursing", 2019, None, False)]),
    ("EDUCATION\nB.S., Computer Science, Stanford University, 2019",
     [("bachelor", "computer science", 2019, None, False)]),
    ("Education\nM.S. in Electrical Engineering\nState University\nExpected May 2026",
     [("master", "electrical engineering", 2026, 5, True)]),
    ("Education\nMaster of Business Administration, June 2012",
     [("master", "business administration", 2012, 6, False)]),
    ("Education: MBA, Wharton, 2012", [("master", "business administration", 2012, None, False)]),
    ("Ph.D. candidate in Physics, 2022 - Present", [("doctorate", "physics", None, None, True)]),
    ("Education\nBachelor of Arts, History, 05/2027", [("bachelor", "history", 2027, 5, True)]),   # a future date
    # a date once expected and passed: held ("Expected in" labels the graduation date of some resume builders)
    ("Education\nBachelor of Science: Computer Science, Expected in 2003 - College of Charleston",
     [("bachelor", "computer science", 2003, None, False)]),
    ("Education\nB.S. Nursing (in progress), 2019", [("bachelor", "nursing", 2019, None, True)]),
    ("Education\nHigh School Diploma, 2010", [("high school", "", 2010, None, False)]),
    # a high school's name with a word of its kind between, or its diploma after it
    ("Education\nTucson High Magnet School, diploma, 2018", [("high school", "", 2018, None, False)]),
    ("Education\nLincoln High Preparatory Academy, 2015", [("high school", "", 2015, None, False)]),
    ("Roosevelt High, diploma 2012", [("high school", "", 2012, None, False)]),
    ("Associate of Applied Science in Welding Technology, 2018", [("associate", "welding technology", 2018, None,
                                                                   False)]),
    ("EDUCATION\nA.S. Accounting, Pikes Peak Community College, 2013", [("associate", "accounting", 2013, None,
                                                                         False)]),
    # the field after a dash of any length ("Bachelor of Science — Accounting" had no field: its knock-out unknown)
    ("Education\nBachelor of Science — Accounting, Ohio State University, 2019",
     [("bachelor", "accounting", 2019, None, False)]),
    ("Education\nB.S. – Accounting, Ohio State University, 2019", [("bachelor", "accounting", 2019, None, False)]),
])
def test_degrees_with_field_and_graduation(text, expected):
    assert degrees(text) == expected


@pytest.mark.parametrize("text", [
    "Certified Scrum Master", "Taught Master's students in statistics", "Care for patients in a 24-bed ICU",
    "Built LLM pipelines and rolled out MFA", "Mentored high school students in robotics",
    "Experience\nBachelor party planner, 2019 - 2021",
])
def test_lines_that_only_look_like_degrees(text):
    assert degrees(text) == []


@pytest.mark.parametrize("text, expected", [
    # a Massachusetts or Mississippi address is no master's degree
    ("Jordan Lee\nBoston, MA  |  617-555-0166\nExperience\nData Analyst, Harbor Bank, Boston, MA, Jan 2020 - Present"
     "\nEducation\nB.S. Mathematics, Northeastern University, Boston, MA, 2019",
     [("bachelor", "mathematics", 2019, None, False)]),
    ("Jackson, MS 39201\nExperience\nElectrician, Delta Power, Hattiesburg, MS, 2015 - Present", []),
    ("Hopkinton, MA | 508-555-0100\nExperience\nAnalyst, Acme Corp, Hopkinton, MA, 2019 - 2021", []),
    ("Education\nB.A. History, Smith College, Hopkinton, MA, 2012", [("bachelor", "history", 2012, None, False)]),
    # a role's dates after the place, with no comma between
    ("Experience\nData Analyst I, Magnolia Health Partners, Jackson, MS               Jun 2022 - Present\n"
     "Operations Intern, Mississippi Department of Transportation, Jackson, MS   May 2021 - Aug 2021", []),
    ("Experience\nStaff Accountant, River Valley Foods, Springfield, MA    Jun 2016 - Dec 2017\n"
     "Education\nB.S. Accounting, State University, 2016", [("bachelor", "accounting", 2016, None, False)]),
    ("Experience\nAnalyst, Acme Corp, Hopkinton, MA   Sep 2019 - Present", []),
    # the degrees stay
    ("Education\nEconomics, MA, 2015", [("master", "", 2015, None, False)]),
    ("Education\nMA in English, Boston College, Chestnut Hill, MA, 2012", [("master", "english", 2012, None, False)]),
    ("Education\nMS Computer Science, Mississippi State University, Starkville, MS, 2018",
     [("master", "computer science", 2018, None, False)]),
])
def test_state_codes_in_addresses_are_no_degrees(text, expected):
    assert degrees(text) == expected


@pytest.mark.parametrize("text, held, inactive", [
    ("Active TS/SCI clearance with polygraph", "ts/sci", ""),
    ("Security Clearance: Top Secret", "top secret", ""),
    ("Hold an active Secret clearance", "secret", ""),
    ("Secret clearance (inactive)", "", "secret"),        # inactive is not held: reinstatable, not active
    ("Expired TS clearance, 2015", "", "top secret"),
    ("No security clearance", "", ""),
    ("Eligible for a Secret clearance", "", ""),
    ("Able to obtain a security clearance", "", ""),
    ("Supported programs requiring TS/SCI clearances", "", ""),
    ("Active Public Trust clearance\nSecret clearance (lapsed 2019)", "public trust", "secret"),
    # held over years that ended, or said to be reinstatable: held once, not now
    ("Held a Secret clearance while in the Army (2010-2014)", "", "secret"),
    ("Secret clearance - eligible for reinstatement", "", "secret"),
    ("Active TS/SCI (investigated 2015-2019, reinvestigated 2024)", "ts/sci", ""),
])
def test_clearance_held_inactive_or_not(text, held, inactive):
    creds = read(text)
    assert (creds.clearance, creds.clearance_inactive) == (held, inactive)
    if held:
        assert creds.clearance_sentence and creds.sentences["clearance"] == creds.clearance_sentence


@pytest.mark.parametrize("text, codes", [
    ("US Citizen", ["US"]),
    ("I am a U.S. citizen.", ["US"]),
    ("Citizenship: United States", ["US"]),
    ("Green card holder", []),                          # a resident, no citizen
    ("Canadian citizen and US permanent resident", ["CA"]),
    ("Dual US/UK citizen", ["US", "GB"]),
    ("Citizen of Germany", ["DE"]),
    ("Authorized to work in the US without sponsorship", []),
    ("Eligible to work in the UK", []),
    ("I am not a US citizen", []),
    ("Non-US citizen", []),
    ("Not authorized to work in the United States", []),
    ("Permanent resident", []),                         # no country named: counts for none
    ("Volunteer at Citizens Advice Bureau", []),
    ("Citizen developer on the low-code platform", []),
])
def test_citizenship_and_work_authorisation(text, codes):
    assert read(text).citizenship == codes


# Citizenship written in French, Spanish or Portuguese, the nationality after the word: Quebec's
# "Citoyenne canadienne", "ciudadano mexicano", "cidadã brasileira", "citoyen du Canada".
@pytest.mark.parametrize("text, codes", [
    ("Citoyenne canadienne", ["CA"]),
    ("citoyen canadien", ["CA"]),
    ("Citoyen français et canadien", ["FR", "CA"]),
    ("Citoyen du Canada", ["CA"]),
    ("Ciudadano mexicano", ["MX"]),
    ("Ciudadana estadounidense", ["US"]),
    ("Cidadã brasileira", ["BR"]),
    ("Je ne suis pas citoyenne canadienne", []),
    ("Bénévole, Fondation des citoyens pour la santé", []),
])
def test_citizenship_written_in_french_spanish_or_portuguese(text, codes):
    assert read(text).citizenship == codes


@pytest.mark.parametrize("text, needs", [
    ("I will require H-1B sponsorship", True),
    ("Will require visa sponsorship now or in the future", True),
    ("Currently on F-1 OPT", True),
    ("H-1B visa holder", True),
    ("Authorized to work in the US without sponsorship", False),
    ("I do not require sponsorship", False),
    ("No sponsorship needed", False),
    ("F-1 OPT; will not require sponsorship for 3 years", False),   # a stated no wins over a status
    ("US Citizen", None),                                            # silent on sponsorship
    ("Nashville, TN, 2019 - 2021", None),                            # Tennessee, not a TN visa
    ("Billed CPT codes for outpatient visits", None),
    # statuses tied to an employer's petition or to study need a new employer's sponsorship
    ("Status: F-1 OPT, STEM OPT eligible through 2028", True),
    ("Visa: TN (Canadian citizen)", True),
    ("E-3 visa (Australian)", True),
    ("Currently on an O-1", True),
    ("L-1B visa holder", True),
    ("No sponsorship required", False),
    # a spouse's status: any employer now, sponsorship later to check
    ("EAD (H-4 spouse)", None),
    ("L-2 EAD", None),
    # letters that are other things without a word saying status
    ("NASM CPT; have CPT certification", None),                     # a personal trainer
    ("U.S. Army, E-3 to E-5, O-1 selection 2019", None),            # military ranks
    ("Prepared H-1B, L-1 and O-1 petitions for 40 employees", None),  # statuses handled as work
    ("US citizen (formerly on H-1B)", None),                        # a status held once
])
def test_needs_sponsorship_only_when_stated(text, needs):
    assert read(text).needs_sponsorship is needs


@pytest.mark.parametrize("text, visa, authorised", [
    ("Status: F-1 OPT, STEM OPT eligible through 2028", "F-1 OPT", []),
    ("Visa: TN (Canadian citizen)", "TN", []),
    ("H-1B (transfer required)", "H-1B", []),
    ("EAD (H-4 spouse)", "H-4 EAD", ["US"]),     # a spouse's EAD: work for any employer now
    ("H-4 EAD holder", "H-4 EAD", ["US"]),
    ("H-4 visa (dependent)", "H-4", []),         # no EAD stated: no right to work stated
    ("Green card holder; H-1B 2015-2019", "", ["US"]),   # a permanent resident holds no visa now
    ("Nashville, TN", "", []),
])
def test_a_temporary_us_status_is_named(text, visa, authorised):
    creds = read(text)
    assert (creds.visa, creds.work_authorisation) == (visa, authorised)
    assert not visa or creds.sentences["visa"] == text


def test_licences_as_written_and_licence_held():
    text = (ROOT / "examples" / "resumes" / "driver.txt").read_text()
    creds = read(text)
    assert creds.licences[:2] == ["CDL Class A", "HAZMAT endorsement"]
    assert "DOT medical card" in creds.licences
    # a Class A licence takes the vehicles of Class B and C too
    for name in ("Class A CDL", "CDL-A", "commercial driver's license", "Hazmat endorsement", "Class B CDL",
                 "CDL Class C"):
        assert "CDL Class A" in (licence_held(name, creds, text) or ""), name
    for name in ("RN license", "CPA", "forklift license and CPA"):
        assert licence_held(name, creds, text) is None, name

    text = (ROOT / "examples" / "resumes" / "nurse.txt").read_text()
    creds = read(text)
    assert creds.licences == ["RN licence", "BLS", "ACLS", "CCRN"]
    assert "RN" in licence_held("Registered Nurse license", creds, text)
    assert licence_held("BLS certification", creds, text) == "RN licence, BLS, ACLS, CCRN"
    assert licence_held("Current ACLS", creds, text)
    assert licence_held("PALS", creds, text) is None
    assert licence_held("", creds, text) is None


@pytest.mark.parametrize("line, name", [
    ("Certifications: PMP, AWS Certified Solutions Architect - Associate", "AWS Certified Solutions Architect"),
    ("Licensed Professional Engineer (PE), Texas", "PE license"),
    ("State teaching certificate, grades 7-12", "teaching license"),
    ("CPA (active, New York)", "Certified Public Accountant"),
    ("Certified Public Accountant", "CPA"),
])
def test_licence_held_across_spellings(line, name):
    text = f"Summary\nAnalyst.\n{line}"
    assert licence_held(name, read(text), text) == line


@pytest.mark.parametrize("line, name, held", [
    # a senior credential shows the junior one, never the reverse
    ("SHRM-SCP, 2019", "SHRM-CP", True),
    ("SHRM-CP certified.", "SHRM-SCP", False),
    ("SHRM-CP certified.", "SPHR", False),
    ("SPHR (HRCI)", "PHR", True),
    # a medical assistant's CMA is no management accountant's
    ("CMA (Certified Management Accountant), IMA member.", "CMA (AAMA)", False),
    ("CMA (AAMA), 2021", "Certified Medical Assistant", True),
    ("Registered Medical Assistant (RMA)", "RMA", True),
    # a PE passed the FE exam an engineer in training passed; an EIT is no PE
    ("Professional Engineer (PE), Kansas, 2020", "Engineer in Training (EIT) certificate", True),
    ("Registered Professional Engineer, Texas", "PE license", True),
    ("Engineer in Training (EIT), Kansas, 2016", "PE license", False),
    ("Physical Education (PE) Teacher, Lincoln Middle School", "PE license", False),
])
def test_credentials_that_differ_are_told_apart(line, name, held):
    text = f"Summary\nAssistant.\n{line}"
    assert (licence_held(name, read(text), text) is not None) is held


@pytest.mark.parametrize("line, name, held", [
    # someone else's credential, or a firm's, is not the person's own
    ("- Close month-end and prepare financial statements for the CPA.", "CPA", False),
    ("Reported to our CPA and the controller", "CPA", False),
    ("Senior Associate at a regional CPA firm", "CPA", False),
    ("Hold a Class A CDL, clean record", "Class A CDL", True),
    ("Licensed CPA, Colorado", "CPA", True),
    # a credential not yet held meets only an ask for eligibility
    ("Passed all four parts of the CPA exam", "CPA", False),
    ("Passed all four parts of the CPA exam", "CPA-eligible", True),
    ("CPA candidate, 2025", "CPA", False),
    ("CPA-eligible", "CPA-eligible", True),
    ("Licensed CPA, Colorado", "CPA-eligible", True),
    ("Prepared statements for the CPA", "CPA-eligible", False),
    # a credential of exams taken in turn, some passed, is still to come: a UK CV's "ACCA part-qualified - 9 of 13
    # exams passed" had covered "Fully qualified ACA, ACCA or CIMA accountant" (1.0)
    ("Assistant Accountant (AAT Level 4 qualified, ACCA part-qualified - 9 of 13 exams passed)", "ACCA", False),
    ("ACCA finalist", "ACCA", False),
    ("ACCA (studying)", "ACCA", False),
    ("ACCA part-qualified", "ACCA part-qualified or finalist", True),
    ("ACCA, 2019", "ACCA", True),
])
def test_a_credential_is_the_persons_own_and_held(line, name, held):
    text = f"Summary\nAccountant.\n{line}"
    assert (licence_held(name, read(text), text) is not None) is held


@pytest.mark.parametrize("sentence, held", [
    # the posting takes eligibility in place of the licence
    ("Current Ohio RN license or be eligible for licensure in Ohio", True),
    ("Ohio RN license (or eligible for licensure within 90 days of hire)", True),
    # it does not: eligibility elsewhere in the sentence is to work, not for the licence
    ("Current Ohio RN license required; must be eligible to work in the US", False),
    ("Current Ohio RN license required", False),
])
def test_a_licence_to_come_meets_an_ask_that_takes_eligibility(sentence, held):
    text = "Summary\nNew graduate nurse.\n- NCLEX-RN candidate, eligible for Ohio RN licensure (exam in January)"
    assert (licence_held("Ohio RN license", read(text), text, sentence) is not None) is held


def test_listed_licences_are_the_persons_own():
    text = "Experience\n- Prepared financial statements for the CPA.\n- Licensed CPA since 2019"
    assert read(text).licences == ["CPA"]
    assert read("Experience\n- Prepared financial statements for the CPA.").licences == []


def test_pe_is_not_a_physical_education_teacher_nor_private_equity():
    text = "PE teacher at Lincoln High\nWorked with PE-backed firms"
    assert licence_held("PE license", read(text), text) is None


def test_resume_carries_a_summary_of_its_credentials_and_no_lines():
    text = RESUME_TEXT + "\nUS Citizen; active Secret clearance\nCertifications: AWS Certified Developer, CKA\n"
    resume = resume_from_text(text, today=TODAY)
    assert resume.credentials.degrees[0] == Degree("bachelor", "computer science", 2016, None, False,
                                                   "B.Sc. Computer Science, 2012 - 2016")
    summary = resume.to_dict()["credentials"]
    assert summary == {"degrees": [{"level": "bachelor", "field": "computer science", "year": 2016, "expected": False}],
                       "clearance": "secret", "clearance_inactive": "", "citizenship": ["US"],
                       "needs_sponsorship": None, "visa": "", "licences": ["AWS Certified Developer", "CKA"]}
    assert "US Citizen" not in json.dumps(resume.to_dict())


def test_credentials_read_redacted_text():
    resume = resume_from_text("Jane Q. Example\njane@example.com\n\nSummary\nRN. Green card holder.\n", today=TODAY)
    assert resume.credentials.residence == ["US"]
    assert all("@" not in line for line in resume.credentials.sentences.values())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aBSMPhD.,:;()-/ \n0123456789citizenUSTSCIRNCDL")), max_size=200))
def test_any_text_reads_without_error(text):
    creds = read(text)
    assert isinstance(creds.to_dict(), dict)


def test_a_credential_named_like_an_article_is_read():
    text = "Summary\nHelp desk technician.\nCompTIA A+ certified (2024)."
    assert licence_held("A+", read(text), text) == "CompTIA A+ certified (2024)."
    assert licence_held("Network+ certification", read(text), text) is None


def test_a_credential_still_to_come_is_not_held():
    text = ("Summary\nBank teller. Completed the pre-licensing course and will sit the NMLS SAFE exam in the"
            " spring.\nI am not yet licensed.\nCertifications\nAPICS CSCP candidate (exam scheduled)\n"
            "CPA, CFA Level II candidate\n")
    creds = read(text)
    assert licence_held("NMLS license", creds, text) is None
    assert licence_held("APICS CSCP", creds, text) is None
    assert licence_held("CPA", creds, text)          # held, beside another still to come
    assert licence_held("CFA", creds, text) is None
    assert licence_held("NMLS license eligible", creds, text)   # an ask for eligibility is met
    # one the table does not know, named after a comma, is the one its words say is to come ("QAC" is held)
    text = "Certifications\nCalifornia Qualified Applicator Certificate (QAC), Pest Control Adviser (PCA) license in " \
           "progress.\n"
    assert licence_held("California Qualified Applicator Certificate (QAC)", read(text), text)
    assert licence_held("Pest Control Adviser (PCA) license", read(text), text) is None
    text = "Licenses\nRegistered Nurse, license pending\n"
    assert licence_held("RN license", read(text), text) is None


def test_a_credential_whose_name_says_enrolled_is_held_under_a_credentials_heading():
    """A tax preparer's "Enrolled Agent (IRS), 2020 - current" under "CREDENTIALS": "enrolled" is a word of the
    credential's name, not one that says it is still to come, and "Credentials" heads the credentials listed
    (the EA asked as "Enrolled Agent (EA) license" was not shown)."""
    text = ("Maria Gutierrez\nSUMMARY\nTax preparer with 6 seasons.\nCREDENTIALS\n"
            "Enrolled Agent (IRS), 2020 - current\nPTIN: active\n")
    creds = read(text)
    assert licence_held("Enrolled Agent (EA) license", creds, text) == "Enrolled Agent (IRS), 2020 - current"
    assert licence_held("Enrolled Agent", creds, text) == "Enrolled Agent (IRS), 2020 - current"
    # one still to come stays to come
    text = "Certifications\nEnrolled Agent candidate (Part 1 passed)\n"
    assert licence_held("Enrolled Agent", read(text), text) is None
    text = "Professional Credentials\nEnrolled in the EA exam prep course\n"
    assert licence_held("Enrolled Agent (EA) license", read(text), text) is None


def test_another_roles_or_another_states_licence_is_not_the_one_asked():
    text = ("Licenses\nFlorida Physical Therapist Assistant License PTA 12345 (active)\n"
            "Notary Public (State of Ohio commission)\nRN, Ohio Board of Nursing\n")
    creds = read(text)
    assert licence_held("Florida Physical Therapist license", creds, text) is None
    assert licence_held("Florida Physical Therapist Assistant license", creds, text)
    assert licence_held("Texas Notary Public commission", creds, text) is None
    assert licence_held("Notary Public commission", creds, text)
    assert licence_held("Texas RN license", creds, text) is None
    assert licence_held("Ohio RN license", creds, text)


def test_a_degree_offered_in_place_of_a_certificate_is_shown_by_the_degree():
    text = "Education\nParalegal Certificate (ABA-approved), El Centro College, 2020\nHigh School Diploma, 2016\n"
    creds = read(text)
    assert licence_held("Paralegal certificate", creds, text).startswith("Paralegal Certificate")
    assert licence_held("bachelor's degree", creds, text) is None
    text = "Education\nB.S. Supply Chain Management, Georgia Southern University, 2018\nLitigation Paralegal, 2019\n"
    creds = read(text)
    assert licence_held("bachelor's degree", creds, text).startswith("B.S.")
    assert licence_held("Paralegal certificate", creds, text) is None   # a job title is no certificate


def test_progress_asks_educator_certificates_and_forklift_certification():
    from matcher.resumes.licences import licence_line
    # "pursuing" asks progress: a candidate meets it, as does the credential itself
    for line in ("CPA candidate, exam scheduled 2025", "Certified Public Accountant (CPA), California"):
        assert licence_line("actively pursuing CPA licensure", [line]), line
    assert licence_line("CPA licensure", ["CPA candidate, exam scheduled 2025"]) is None
    # a state's educator certificate is its teaching certificate, and only that state's
    assert licence_line("Texas teaching certificate", ["Texas Educator Certificate, Science 7-12"])
    assert licence_line("Texas teaching certificate", ["Ohio Educator License"]) is None
    # operating a forklift is experience, not a certification
    assert licence_line("Forklift certification", ["Managed forklift operations"]) is None
    for line in ("Forklift certified (OSHA), 2022", "Certified forklift operator"):
        assert licence_line("Forklift certification", [line]), line


@pytest.mark.parametrize("line, held", [
    ("Forklift / Reach Truck Certified | 2023", True), ("Forklift/Reach Truck Certified", True),
    ("Certified: Forklift, Reach, Order Picker", True), ("Certified on sit-down forklift and reach truck", True),
    ("Certifications: CPR, Forklift", True), ("Forklift, reach truck & order picker license", True),
    ("Forklift (reach truck, stand-up, sit-down) - certified 2021", True), ("Forklift (sit-down) certified", True),
    # the word in the bracket after it (a machine operator's "Forklift operator (certified)" was no certification)
    ("Forklift operator (certified), picked and packed orders", True), ("Forklift (certified 2021)", True),
    ("Forklift (OSHA 10 certified)", False),
    # an acronym in the list may be all that is certified; the work alone, or beside another's certificate, none
    ("Forklift and OSHA 10 certification", False), ("Drove forklift; CPR certified", False),
    ("Certified Pharmacy Technician, forklift driver", False), ("Forklift and reach truck operator", False),
])
def test_a_list_of_trucks_said_certified_holds_a_forklift_certification(line, held):
    from matcher.resumes.licences import held_ids, licence_line
    assert ("forklift" in held_ids(line)) is held
    assert bool(licence_line("Forklift certification", [line])) is held


@pytest.mark.parametrize("line", [
    "- Prepare sales tax filings and 1099s; hand off year-end files to the outside CPA.",
    "Reconciled accounts for our external CPA each quarter",
    "Reported to the charge RN on each shift",
])
def test_a_credential_named_as_someone_elses_is_not_held(line):
    """A credential after a preposition and a determiner, with adjectives between ("to the
    outside CPA"), is someone else's: it meets neither the credential nor its eligibility."""
    creds = read(line)
    for name in ("CPA", "CPA-eligible or actively pursuing CPA licensure", "RN license"):
        assert licence_held(name, creds, line) is None
    assert licence_held("CPA", read("Licensed as a CPA in Ohio"), "Licensed as a CPA in Ohio")


def test_an_expired_credential_is_not_held():
    """Expired, lapsed or inactive is not held, whether said after a spaced dash or in brackets;
    a future expiry date is held."""
    text = "Certifications\nBLS (American Heart Association) - expired August 2024\nACLS - expired August 2024\n"
    creds = read(text)
    assert licence_held("BLS certification", creds, text) is None
    assert licence_held("ACLS", creds, text) is None
    line = "RN, BLS (inactive), ACLS"
    assert licence_held("BLS", read(line), line) is None
    assert licence_held("ACLS", read(line), line) == line
    current = "BLS - expires August 2027"
    assert licence_held("BLS", read(current), current) == current
    lapsed = "Six Sigma Green Belt certification (lapsed 2019)"
    assert licence_held("Six Sigma Green Belt certification", read(lapsed), lapsed) is None


def test_a_candidate_for_shrm_cp_does_not_hold_it():
    line = "SHRM-CP candidate (exam scheduled March 2026)"
    creds = read(line)
    assert licence_held("SHRM-CP", creds, line) is None
    assert licence_held("PHR certification", creds, line) is None


def test_a_state_asked_beside_the_licence_name_is_asked_too():
    text = ("Licenses\nCalifornia Single Subject Teaching Credential: Mathematics (Clear), 2020\n"
            "RN, Ohio Board of Nursing\n")
    creds = resume_from_text(text, "r").credentials
    # the posting's sentence names the state its name leaves out
    assert licence_held("Teacher certification", creds, text, "Teacher certification in Texas required") is None
    assert licence_held("RN license", creds, text, "Active RN license in the state of Texas required") is None
    assert licence_held("RN license", creds, text, "Active RN license in the state of Ohio required")
    assert licence_held("Teacher certification", creds, text)   # no state asked: any state's
    # a state alone names no credential: "Texas certification" is not shown by a Texas RN line
    assert licence_held("Texas certification", resume_from_text("Texas RN license", "r").credentials,
                        "Texas RN license") is None


def test_a_licence_applied_for_is_not_held():
    """An application submitted, applied for, awaiting or in process is still to come, said in
    the licence's part of the line or after it (a spaced dash, brackets); it meets an ask for
    eligibility."""
    text = ("Licensure\nRegistered Pharmacist, Georgia Board of Pharmacy (active)\n"
            "Florida pharmacist license: application submitted, pending\n"
            "Texas pharmacist license (applied for)\nOhio pharmacist license - awaiting board approval\n"
            "RN license: application in process\n")
    creds = read(text)
    for state in ("Florida", "Texas", "Ohio"):
        assert licence_held(f"Active, unrestricted {state} pharmacist license", creds, text) is None, state
    assert licence_held("Georgia pharmacist license", creds, text)
    assert licence_held("RN license", creds, text) is None
    assert licence_held("Florida pharmacist license or eligible", creds, text)
    # words to come before another credential are that one's
    assert licence_held("CPA", read("CPA - pursuing CFA"), "CPA - pursuing CFA") == "CPA - pursuing CFA"


def test_a_licence_pending_is_still_to_come_whatever_state_is_asked():
    """"Registered Nurse: license pending" names no state; for an Ohio RN licence it is still
    to come (not held), not merely unnamed."""
    text = ("Licenses\nLicensed Practical Nurse, Ohio Board of Nursing, active\n"
            "Registered Nurse: license pending (NCLEX-RN exam scheduled 01/2027)\n")
    creds, sentence = read(text), "Current, unencumbered Registered Nurse license in Ohio"
    assert licence_held("Registered Nurse license", creds, text, sentence) is None
    assert licence_to_come("Registered Nurse license", creds, text, sentence) == \
        "Registered Nurse: license pending (NCLEX-RN exam scheduled 01/2027)"


def test_a_line_that_names_a_licence_without_saying_it_is_coming_is_not_to_come():
    """A headline naming the work, or a licence held in another state, says nothing is still to
    come; a line that says one lapsed is quoted as expired, in whichever state."""
    text = ("EMT / PARAMEDIC\n\nCERTIFICATIONS\nOhio Paramedic Certificate — EXPIRED 2022\n"
            "ACLS — expired 2021\n")
    creds, sentence = read(text), "Current Arizona Paramedic certification (AZDHS)"
    assert licence_to_come("Arizona Paramedic certification", creds, text, sentence) is None
    assert licence_expired("Arizona Paramedic certification", creds, text, sentence) == \
        "Ohio Paramedic Certificate — EXPIRED 2022"
    assert licence_expired("ACLS", creds, text, "Current ACLS") == "ACLS — expired 2021"
    assert licence_expired("PALS", creds, text, "Current PALS") is None


def test_a_table_row_says_of_the_credential_in_its_first_cell():
    """The cells after a credential's in a Markdown table row speak of it, as items after a
    comma do: an exam scheduled is a licence still to come, not held."""
    text = ("| License | State | Status |\n|---|---|---|\n"
            "| Texas real estate sales agent license | Texas (TREC) | Pre-licensing coursework in progress — "
            "exam scheduled for June |\n")
    resume = resume_from_text(text)
    creds, sentence = read_credentials(resume.text, resume.sentences, TODAY), "Active Texas real estate license"
    assert licence_held("Texas real estate sales agent license", creds, resume.text, sentence) is None
    assert licence_to_come("Texas real estate sales agent license", creds, resume.text, sentence)


def test_a_long_licence_name_may_go_without_a_middle_word():
    """"Property & Casualty Producer License" shows "Property & Casualty insurance producer
    license" (its field left out), expired here; a line without the name's last word, its noun,
    shows no licence: "Florida licensed real estate sales associate" is no Texas sales agent's."""
    text = "LICENSES\nPennsylvania Property & Casualty Producer License #889012 - expired 03/2023\n"
    creds = read(text)
    name = "Property & Casualty insurance producer license"
    assert licence_held(name, creds, text) is None
    assert licence_expired(name, creds, text).startswith("Pennsylvania Property & Casualty Producer License")
    text = "Summary\nFlorida licensed real estate sales associate relocating to Austin, TX in spring\n"
    assert licence_held("Texas real estate sales agent license", read(text), text) is None


@pytest.mark.parametrize("name, line, shown", [
    # another word in the left-out word's place is another kind of the credential
    ("NCCCO Tower Crane Operator certification", "NCCCO Mobile Crane Operator - TSS, TLL, LBC", False),
    ("NCCCO Mobile Crane Operator certification", "NCCCO Mobile Crane Operator - TSS, TLL, LBC", True),
    ("NCCCO Mobile Crane Operator certification", "NCCCO Tower Crane Operator (TOC), 2022", False),
    ("NCCCO Tower Crane Operator certification", "Mobile crane operator, 9 yrs. NCCCO certified - Telescopic Boom",
     False),
    ("Florida Certified Pest Control Operator license", "Certified Pest Control Operator license (Florida)", True),
])
def test_a_word_left_out_of_a_long_name_is_not_one_replaced(name, line, shown):
    text = f"CERTIFICATIONS\n{line}\n"
    assert (licence_held(name, read(text), text) is not None) is shown


def test_medical_coders_credentials_are_known():
    assert credential_ids("Certified Coding Specialist (CCS), AHIMA") >= {"ccs"}
    assert credential_ids("CPC, AAPC") >= {"cpc"}
    assert "cpc" not in credential_ids("CPC-A (apprentice)")
    assert credential_ids("RHIA") >= {"rhia", "rhit"}


@pytest.mark.parametrize(("name", "line"), [
    ("Journeyman Electrician license",
     "Electrical Apprentice (4th year). Will test for AZ journeyman license in Spring 2025."),
    ("RN license", "Plan to take the NCLEX and get my RN license in March"),
    ("CPA", "Registered for the CPA exam (FAR, AUD)"),
    ("CDL Class A", "Testing for CDL-A next month"),
    ("PMP", "On track for PMP certification by June"),
])
def test_a_licence_planned_is_not_held(name, line):
    """A credential the line says the person will test for, plans or hopes to get, or has
    registered the exam for is still to come: the walk-through's apprentice was a "likely fit"
    for a licensed journeyman's job on "Will test for AZ journeyman license"."""
    held = f"Licensed: {name}"
    assert licence_held(name, read(held), held)
    assert licence_held(name, read(line), line) is None


def test_an_expired_certification_in_brackets_is_not_held():
    line = "* Backflow Prevention Assembly Tester certification (expired 2021)"
    assert licence_held("Backflow prevention tester certification", read(line), line) is None


def test_a_master_plumbers_licence_shows_a_journeymans_and_the_job_shows_neither():
    text = "Licenses\nWisconsin Master Plumber License #12345 (active)\n"
    creds = read(text)
    assert licence_held("Valid Wisconsin Journeyman Plumber license", creds, text)
    assert licence_held("Colorado Master Plumber license", creds, text) is None
    text = "Licenses\nWisconsin Journeyman Plumber License #222145-42 (active)\n"
    assert licence_held("Wisconsin Master Plumber license", read(text), text) is None
    job = "Journeyman Plumber, Acme Plumbing, Madison, Wisconsin, 2015 - 2020"
    assert licence_held("Wisconsin Journeyman Plumber license", read(job), job) is None


@pytest.mark.parametrize("line, held", [
    ("Journeyman Lineman, PSO (American Electric Power), Tulsa, OK — 2019 to Present", True),
    ("Apprentice Lineman, Magnum Power Line Contractors, 2015 to 2019", False),
    ("Lineman, Magnum Power Line Contractors, 2015 to 2019", False),
])
def test_a_journeymans_card_is_shown_by_a_role_held_at_the_grade(line, held):
    """A trade's journeyman card or certificate (the apprenticeship's, no state's licence) is shown by a role
    titled at that grade: "Journeyman Lineman certificate" had been "not shown" beside seven years as a
    journeyman lineman, holding the score below "likely fit"; a licence word still asks a line naming it (above)."""
    text = f"Experience\n{line}\n"
    assert bool(licence_held("Journeyman Lineman certificate", read(text), text)) is held


@pytest.mark.parametrize("asked, line, held", [
    ("Journeyman lineworker certification", "Journeyman Lineman - NorthWestern Energy (2019 - Present)", True),
    ("Journeyman Lineman certificate", "Journeyman Lineworker, Big Sky Power Cooperative, 2019 to Present", True),
    ("Journeyman lineworker certification", "Apprentice Lineman, Pike Electric, 2015 to 2019", False),
    ("Journeyman lineworker certification", "Journeyman Wireman, IBEW Local 46, 2019 to Present", False),
])
def test_a_trades_word_is_one_trade_as_a_mans_a_workers_or_a_persons(asked, line, held):
    """"Journeyman lineworker certification from a recognized apprenticeship program" was unknown ("the resume
    does not show Journeyman lineworker certification") beside seven years as a "Journeyman Lineman", holding a
    lineman's match at 45 'possible fit': a lineworker is a lineman, as a craftsperson is a craftsman."""
    text = f"Experience\n{line}\n"
    assert bool(licence_held(asked, read(text), text)) is held


@pytest.mark.parametrize("text, expected", [
    ("Education\nM.Ed. School Counseling, California State University, Sacramento, 2020",
     [("master", "school counseling", 2020)]),
    ("Education\nB.S. School Psychology, 2012", [("bachelor", "school psychology", 2012)]),
    ("Education\nB.A., Boston College, 2010", [("bachelor", "", 2010)]),
    ("Education\nB.S., University of Texas at Austin, 2010", [("bachelor", "", 2010)]),
    ("Jordan Lee, M.Ed.", [("master", "education", None)]),
    ("Education\nMFA in Creative Writing, 2015", [("master", "creative writing", 2015)]),
    ("Education\nMBA, Finance, 2019", [("master", "business administration", 2019)]),
    ("Education\nJ.D., 2014", [("doctorate", "law", 2014)]),
    ("Education\nDPT, 2016", [("doctorate", "physical therapy", 2016)]),
    # a librarian's master's by its letters (it was no degree: "the resume names no degree")
    ("Education\nMLIS, University of Missouri, 2023 (ALA-accredited)",
     [("master", "library and information science", 2023)]),
    ("Education\nMSLS, University of North Carolina, 2019", [("master", "library science", 2019)]),
    # ... and with dots between its letters (no degree was read), a social worker's degrees too
    ("Education\nM.L.I.S., University of Illinois, 2018", [("master", "library and information science", 2018)]),
    ("Education\nM.S.L.S., Simmons University, 2017", [("master", "library science", 2017)]),
    ("Education\nM.S.W., Columbia University, 2019\nB.S.W., Temple University, 2017",
     [("master", "social work", 2019), ("bachelor", "social work", 2017)]),
    # a lab scientist's "MLS" is a credential, no library degree
    ("Certifications\nMLS(ASCP)CM, 2019", []),
    # the name line's bare PharmD and the dated education line are one degree, with its year
    ("Priya Raman, PharmD\nEducation\nDoctor of Pharmacy (PharmD), University of Georgia, 2017",
     [("doctorate", "pharmacy", 2017)]),
    # ... and a bare M.Ed., whose field is only the broad one its letters name, and the dated one (two degrees
    # had been read, the checklist quoting the name line's "M.Ed." for a degree asked)
    ("Kimberly Osei, M.Ed.\nEducation\nM.Ed. Curriculum & Instruction, UTSA, 2021",
     [("master", "curriculum & instruction", 2021)]),
    # a credential's letters after a bare degree on the name line are no field ("master degree in bcba" had been
    # read, a knock-out saying "the posting asks social work" of it)
    ("DANIELLE OKAFOR, M.Ed., BCBA\nEducation\nM.Ed. Special Education, UNT, 2016",
     [("master", "special education", 2016)]),
    ("Samuel Whitaker, MA, LMHC\nEducation\nM.A. Clinical Mental Health Counseling, Rollins College, 2015",
     [("master", "clinical mental health counseling", 2015)]),
    ("Education\nM.S., MIS, University of Arizona, 2019", [("master", "mis", 2019)]),
    # two master's, both dated, stay two
    ("Education\nM.Ed., Texas State University, 2018\nM.S. Data Science, UTSA, 2022",
     [("master", "education", 2018), ("master", "data science", 2022)]),
])
def test_a_degrees_field_after_an_abbreviation_or_named_by_it(text, expected):
    assert [(d.level, d.field, d.year) for d in read(text).degrees] == expected


@pytest.mark.parametrize("line, expected", [
    ("M.Sc., Technische Universität Berlin, 2015", ("master", "", 2015)),
    ("M.Sc., Universität Mannheim, 2010", ("master", "", 2010)),
    ("Master of Science, Technische Universität Berlin, 2015", ("master", "", 2015)),
    ("B.Sc., Hochschule München, 2013", ("bachelor", "", 2013)),
    ("B.Eng., Fachhochschule Aachen, 2012", ("bachelor", "", 2012)),
    ("MA, Hochschule für Musik Köln, 2011", ("master", "", 2011)),
    ("Master's degree, Universidad de Chile, 2014", ("master", "", 2014)),
    ("Laurea Magistrale, Università di Bologna, 2013", ("master", "", 2013)),
    ("B.A., Universidade de São Paulo, 2012", ("bachelor", "", 2012)),
    ("M.Sc., Politecnico di Milano, 2016", ("master", "", 2016)),
    ("Master of Science, Universiteit van Amsterdam, 2012", ("master", "", 2012)),
    # the field before the school is read, the school after it is not
    ("M.Sc. Informatik, Technische Universität Berlin, 2015", ("master", "informatik", 2015)),
    ("Diplom-Kaufmann, Universität Mannheim, 2010", ("master", "kaufmann", 2010)),
    ("Master of Science in Mechanical Engineering, Universidad de Chile, 2014",
     ("master", "mechanical engineering", 2014)),
])
def test_a_school_named_in_its_own_language_is_no_field(line, expected):
    """"M.Sc., Technische Universität Berlin" was a master's in "technische universität berlin" (the degree
    knock-out said so): Universität, Hochschule, Fachhochschule, École, Universidad, Università, Universidade,
    Politecnico and the like name schools wherever they stand in the name, never a field."""
    assert [(d.level, d.field, d.year) for d in read(f"Education\n{line}").degrees] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Licenses\nRegistered Nurse (RN), Massachusetts\nBLS, ACLS", ["Registered Nurse (RN)", "BLS", "ACLS"]),
    ("Certifications\nCertified Public Accountant (CPA), Illinois", ["Certified Public Accountant (CPA)"]),
    ("Certifications\nServSafe Food Handler, 2023", ["ServSafe Food Handler"]),
    ("Certifications\nOhio Professional Teaching License, Grades PK-5", ["Ohio Professional Teaching License"]),
    ("Licenses\nRegistered Nurse; Illinois (active); BLS", ["Registered Nurse", "BLS"]),
    ("Certifications\nCPT I certificate, CDPH, active through 2026; BLS, exp 08/2025",
     ["CPT I certificate", "CDPH", "BLS"]),
    ("Licenses\nRN, TX\nTeaching certificate, K-12", ["RN", "Teaching certificate"]),
    # a credential that is also a state's code stays: PA, a physician assistant's
    ("Certifications\nPA, BLS", ["PA", "BLS"]),
])
def test_a_state_a_date_or_grades_alone_are_no_licence(text, expected):
    assert read(text).licences == expected


def test_a_credential_whose_stated_expiry_date_has_passed_is_not_held():
    """"BLS, exp 08/2025" read after August 2025 is lapsed; a date still to come is held."""
    line = "BLS (American Heart Association), exp 08/2025"
    later = read_credentials(line, [line], dt.date(2026, 11, 30))
    assert licence_held("Current BLS certification", later, line) is None
    sooner = read_credentials(line, [line], dt.date(2025, 3, 1))
    assert licence_held("Current BLS certification", sooner, line) == line
    both = "Certifications\nBLS exp 08/2025, ACLS (expires March 2027)"
    creds = read_credentials(both, [both], dt.date(2026, 11, 30))
    assert licence_held("BLS", creds, both) is None
    assert licence_held("ACLS", creds, both) == "BLS exp 08/2025, ACLS (expires March 2027)"


@pytest.mark.parametrize("text, citizen, resident, authorised", [
    ("Citizenship: Permanent resident of the U.S. (green card)", [], ["US"], ["US"]),
    ("Green card holder", [], ["US"], ["US"]),
    ("Canadian citizen and US permanent resident", ["CA"], ["US"], ["US"]),
    ("Authorized to work in the US without sponsorship", [], [], ["US"]),
    ("Authorized to work in the US for any employer", [], [], ["US"]),
    ("Eligible to work in the UK", [], [], ["GB"]),
    ("Work authorization: US (EAD)", [], [], ["US"]),
    ("Work authorization: Green card holder", [], ["US"], ["US"]),   # the field's value is a status
    ("US Citizen", ["US"], [], []),
    ("Canadian permanent resident", [], ["CA"], ["CA"]),
    ("Canadian PR", [], ["CA"], ["CA"]),
    ("PR (Australia)", [], ["AU"], ["AU"]),
    ("Managed PR campaigns for three clients", [], [], []),   # public relations
    # the USAJOBS resume form: the field's value is the status with its country's initials
    ("Citizenship: U.S. Citizen", ["US"], [], []),
    ("Citizenship: U.S.", ["US"], [], []),
    ("Citizenship: U.K. citizen", ["GB"], [], []),
    ("Work authorization: Permanent resident (green card holder)", [], ["US"], ["US"]),
    ("Permanent resident of the U.S. since 2019", [], ["US"], ["US"]),
    # a European CV's personal details: nationality and passport say citizenship
    ("Nationality: Indian", ["IN"], [], []),
    ("Passport: Canadian", ["CA"], [], []),
    ("Staff of 40 nationalities across 12 sites", [], [], []),
    ("U.S. citizen; OCI card holder (Overseas Citizen of India)", ["US"], [], ["IN"]),
    ("OCI (Overseas Citizenship of India) card holder", [], [], ["IN"]),
    ("Renewed passports and visas for visiting staff", [], [], []),
])
def test_a_permanent_resident_or_someone_authorised_to_work_is_no_citizen(text, citizen, resident, authorised):
    creds = read(text)
    assert (creds.citizenship, creds.residence, creds.work_authorisation) == (citizen, resident, authorised)


@pytest.mark.parametrize("text, citizen, authorised", [
    # a sentence after the country's initials is no part of the status's value
    ("Authorized to work in the U.S. Open to relocating to Denver or Charlotte.", [], ["US"]),
    ('Current U.S. passport. Able to reach 82". Authorized to work in the U.S. Open to relocating to Denver.',
     ["US"], ["US"]),
    ("Eligible to work in the U.K. Available immediately.", [], ["GB"]),
    ("Permanent resident of the U.S. Bilingual in Spanish and English.", [], ["US"]),
    # a passport's country shows its citizenship, whatever says it is held now
    ("Current U.S. passport.", ["US"], []),
    ("Valid US passport", ["US"], []),
    ("Holds a current United States passport.", ["US"], []),
    ("Unexpired Canadian passport", ["CA"], []),
    ("Active U.S. passport holder", ["US"], []),
    # no country named: no citizenship
    ("Current passport", [], []),
    ("Processed passport renewals for U.S. clients", [], []),
])
def test_a_status_is_read_whatever_sentence_follows_it(text, citizen, authorised):
    creds = read(text)
    assert creds.citizenship == citizen
    assert [c for c in creds.work_authorisation if c in ("US", "GB")] == authorised


@pytest.mark.parametrize("text, citizen", [
    ("EU citizen (German passport)", ["DE"]),
    ("EU citizen", []),
    ("EEA national", []),
    ("Citizenship: EU (French)", ["FR"]),
    # a member state's citizen may work in every one too
    ("Nationality: German", ["DE"]),
    ("German nationality", ["DE"]),
    ("Passport: Irish", ["IE"]),
])
def test_an_eu_citizen_may_work_in_every_member_state_and_is_citizen_only_of_the_one_named(text, citizen):
    creds = read(text)
    assert creds.citizenship == citizen
    assert {"DE", "FR", "IE", "PL"} <= set(creds.work_authorisation)
    assert "GB" not in creds.work_authorisation and "US" not in creds.work_authorisation


AU_RN = "Current registration as a Registered Nurse with the Nursing and Midwifery Board of Australia through AHPRA"


@pytest.mark.parametrize("text, held, coming", [
    # another country's licence is not on Australia's register
    ("BSN, RN, CEN", False, False),
    ("Licensure\nRegistered Nurse - Washington State (active), NCLEX-RN 2021", False, False),
    ("Licensure\nRegistered Nurse - Washington State (active)\nAHPRA application submitted, outcome pending",
     False, True),
    ("Relocating to Sydney (applying for a skilled visa; AHPRA application submitted, outcome pending).\n"
     "Licensure\nRegistered Nurse - Washington State (active)", False, True),
    # on the register
    ("Registration\nRegistered Nurse, AHPRA (Nursing and Midwifery Board of Australia) - NMW0001234567", True, False),
    ("Registration\nRegistered Nurse (NMBA), current", True, False),
])
def test_a_licence_of_another_country_is_not_on_the_register_a_posting_names(text, held, coming):
    """A posting that names a country's register ("... with the Nursing and Midwifery Board of
    Australia through AHPRA") asks a line on it: a US RN is not; "AHPRA application ... pending"
    is the registration still to come."""
    creds = read(text)
    assert (licence_held("Registered Nurse", creds, text, AU_RN) is not None) is held
    assert (licence_to_come("Registered Nurse", creds, text, AU_RN) is not None) is coming
    # a register named for another credential in the sentence asks nothing of this one
    assert licence_held("BLS", read("Certifications\nBLS, 2025"), "Certifications\nBLS, 2025",
                        "Current AHPRA registration and BLS certification") is not None
    # the UK's register likewise
    uk = "Registered Nurse with current NMC registration"
    assert licence_held("Registered Nurse", creds, text, uk) is None
    # and without the register the US licence shows the RN asked
    if "Washington" in text:
        assert licence_held("Registered Nurse", creds, text, "Current Registered Nurse license") is not None


@pytest.mark.parametrize("text, card, eligible", [
    ("EU Blue Card holder (Germany)", True, False),
    ("Blaue Karte EU, valid to 2028", True, False),
    ("Eligible for the EU Blue Card (degree recognised in anabin, H+)", True, True),
    ("EU Blue Card application pending", True, True),
    ("Not eligible for the EU Blue Card", False, False),
    # Queensland's check for work with children and the UK's CSCS card name no EU
    ("Blue Card (Working with Children Check), Queensland, current", False, False),
    ("CSCS Blue Card - Skilled Worker", False, False),
])
def test_an_eu_blue_card_held_or_eligible_for_is_noted(text, card, eligible):
    creds = read(text)
    assert ("blue_card" in creds.sentences, "blue_card_eligible" in creds.sentences) == (card, eligible)


LPC_A = ("Licensure\nLicensed Professional Counselor Associate (LPC-A), Texas #87654 - supervised by Dr. R. Ortiz, "
         "LPC-S\nFull LPC licensure pending (application submitted Jan 2025)\n")


def test_a_junior_grade_supervisors_credential_or_pending_licence_is_not_the_licence():
    """"LPC-A" is a junior credential, not the LPC; the supervisor's LPC-S is not the seeker's;
    "full LPC licensure pending" shows no LPC.  An ask that offers the junior grade takes it."""
    creds = read(LPC_A)
    for name, sentence in (("Texas LPC license", "Active, unrestricted Texas LPC license required."),
                           ("LPC", "Licensed Professional Counselor (LPC)"), ("LPC-S", "LPC-S designation.")):
        assert licence_held(name, creds, LPC_A, sentence) is None, name
    assert "LPC-S" not in creds.licences
    assert licence_held("Texas LPC", creds, LPC_A, "Texas LPC-Associate or LPC license.") is not None
    assert licence_held("LPC-Associate", creds, LPC_A) is not None
    assert licence_held("LPC-Associate", read("LPC, Texas"), "LPC, Texas") == "LPC, Texas"   # the full one shows it


@pytest.mark.parametrize("line, name", [
    ("LPC Associate, Texas", "LPC"), ("LPCC-Intern, California", "LPCC"), ("LMSW, New York", "LCSW"),
    ("RN student, graduating 2026", "RN"), ("Paramedic trainee", "Paramedic"),
])
def test_a_licence_name_followed_by_associate_intern_or_student_is_another_credential(line, name):
    assert licence_held(name, read(line), line) is None
    assert licence_held("CDL", read("CDL-A"), "CDL-A") == "CDL-A"   # a class, not a junior grade


@pytest.mark.parametrize("line", [
    "Education\nCoursework toward A.A.S. Early Childhood Education, Wake Tech (24 credits)",
    "Education\nB.A. English (incomplete), State University, 2012",
    "Education\nSome college, Associate of Arts program, 2010 - 2011",
])
def test_a_degree_begun_and_not_finished_is_not_held(line):
    assert read(line).degrees == []
    assert [d.level for d in read("Education\nB.S. Biology, 2015; coursework toward M.S. Chemistry").degrees] \
        == ["bachelor"]


def test_credentials_held_as_resumes_write_them_are_recognised():
    """A line under a certifications heading names a credential by where it sits; a sentence's
    state goes with the credential it names, not the one beside it; a paramedic is an EMT."""
    ff = "Certifications\nFirefighter I & II (Pro Board), 2020\n"
    assert licence_held("Firefighter II certification", read(ff), ff) == "Firefighter I & II (Pro Board), 2020"
    assert licence_held("Firefighter II certification", read("Firefighter I & II"), "Firefighter I & II") is None
    ot = "Licensure\nOhio OT License #OT.012345\nNBCOT Certified (OTR), 2017\n"
    assert licence_held("NBCOT certification", read(ot), ot, "NBCOT certification and a current Ohio "
                        "occupational therapist license (OTR/L).") == "NBCOT Certified (OTR), 2017"
    medic = "Certifications\nTexas DSHS Licensed Paramedic #123456\n"
    assert licence_held("EMT", read(medic), medic, "Current EMT-Basic certification (Colorado or National "
                        "Registry).") == "Texas DSHS Licensed Paramedic #123456"
    assert licence_held("EMT", read(medic), medic, "Current Colorado EMT-Basic certification.") is None


def test_a_credential_is_quoted_by_its_listed_line_before_a_summary_naming_it():
    """"BOC Certified Athletic Trainer with 5 years of experience ..." in the summary was quoted for the BOC
    certification, above "BOC Certified Athletic Trainer (ATC)" under the certifications heading."""
    text = ("Summary\nBOC Certified Athletic Trainer with 5 years of experience in sports medicine.\n\n"
            "Certifications\nBOC Certified Athletic Trainer (ATC)\nOhio Athletic Trainer License\n")
    assert licence_held("BOC", read(text), text, "Must be certified by the Board of Certification (BOC)") \
        == "BOC Certified Athletic Trainer (ATC)"


@pytest.mark.parametrize("line, shown", [
    ("AWS D1.1 Structural Welding Certification (3G/4G)", True),
    ("Certified Welder - AWS D1.1", True),
    ("AWS D1.1 certified structural welder", True),
    ("AWS D1.1 Structural Steel certified - SMAW 3G/4G unlimited thickness", True),
    ("AWS D1.5 Bridge Welding Certification", False),        # another code of the same society
    ("Experience\n- Reviewed AWS D1.1 welding procedures for the QA team", False),   # no credential held
    ("Structural welding certification, NCCER", False),       # the kind without the code
])
def test_a_credential_named_by_its_standards_code_is_shown_by_the_code(line, shown):
    """"AWS D1.1 structural welding certification": the society and the code name the
    certification; the words after them say what it is, and a welder writes them many ways."""
    text = line if "\n" in line else f"Certifications\n{line}\n"
    line = line.split("\n")[-1].lstrip("- ")
    held = licence_held("AWS D1.1 structural welding certification", read(text), text,
                        "Current AWS D1.1 structural welding certification (SMAW and FCAW)")
    assert (held == line) is shown, held


@pytest.mark.parametrize("line, name, shown", [
    ("Certified Phlebotomy Technician (CPT) - National Healthcareer Association (NHA), 2026",
     "Phlebotomy certification", True),
    ("Sterile Processing Technician certification (CRCST), 2023", "Sterile processing certification", True),
    ("Pharmacy Technician Certification (PTCB), 2022", "Pharmacy certification", True),
    ("Physical Therapist Assistant License, Texas", "Physical Therapist license", False),
    ("Certified Nursing Assistant (CNA), Ohio", "Nurse license", False),
])
def test_a_technician_of_a_field_holds_its_certification_an_assistant_of_a_role_not(line, name, shown):
    """A junior's noun after a role ("Physical Therapist Assistant") makes another role's
    credential; after a field's word it is the field's own ("Certified Phlebotomy Technician")."""
    text = f"Certifications\n{line}\n"
    assert (licence_held(name, read(text), text) == line) is shown


def test_a_lapsed_credential_in_brackets_or_stated_expired_is_not_held_anywhere():
    """"PHR (2009, lapsed)" is lapsed; so is an NRP whose stated expiry has passed, and the
    letters after the name at the top do not show it again."""
    hr = "Certifications\nSHRM-SCP (2016), PHR (2009, lapsed)\n"
    assert licence_held("PHR", read(hr), hr) is None
    assert licence_held("SHRM-CP", read(hr), hr) == "SHRM-SCP (2016), PHR (2009, lapsed)"
    medic = "NRP\n\nCertifications\n- Nationally Registered Paramedic (NRP), exp 03/2026\n- ACLS\n"
    later = read_credentials(medic, [], dt.date(2026, 11, 30))
    assert licence_held("NRP", later, medic) is None
    assert licence_held("Paramedic certification", later, medic) is None
    sooner = read_credentials(medic, [], dt.date(2026, 1, 15))
    assert licence_held("NRP", sooner, medic) is not None
    ff = "Certifications\nEMT-B, National Registry - expired 06/2022\n"
    assert licence_held("EMT", read(ff), ff) is None


@pytest.mark.parametrize("line", [
    "Led a team of 12 recruiters hiring 4,000+ package handlers and CDL drivers per year",
    "Filled 40 RN openings in 2023",
    "Volunteer firefighter seeking a career position as Firefighter/EMT.",
])
def test_a_credential_of_the_people_one_hires_or_of_a_job_sought_is_not_held(line):
    creds = read(line)
    assert creds.licences == []
    assert all(licence_held(name, creds, line) is None for name in ("CDL", "RN", "EMT"))


@pytest.mark.parametrize("name, text, shown", [
    ("Fully qualified ACA, ACCA or CIMA", "Certifications\nACA (ICAEW Chartered Accountant), 2016\n", True),
    ("Fully qualified ACA, ACCA or CIMA", "Certifications\nCIMA (ACMA, CGMA), 2019\n", True),
    ("Fully qualified ACA, ACCA or CIMA", "Certifications\nAAT Level 4 Diploma in Accounting\n", False),
    ("CIPD Level 5 qualification", "Education\nCIPD Level 5 Associate Diploma in People Management — 2021\n", True),
    ("CIPD Level 5 qualification", "Fatima Khan Chartered MCIPD\nEducation\nMA HRM, 2019\n", True),
    ("CIPD Level 7 qualification", "Education\nCIPD Level 5 Associate Diploma in People Management — 2021\n", False),
    ("QTS", "Qualifications\nPGCE Secondary Mathematics with Qualified Teacher Status, 2015\n", True),
    ("NMC registration", "NMC PIN: 16A1234E\nExperience\nStaff Nurse, 2019 - present\n", True),
    ("AHPRA registration", "Registration\nRegistered Nurse, AHPRA (NMW0001234567)\n", True),
    ("18th Edition", "Qualifications\n18th Edition BS 7671:2018 (City & Guilds 2382-22)\n", True),
    ("ECS/JIB Gold Card", "Cards\nECS Gold Card holder.\n", True),
    ("ECS/JIB Gold Card", "Cards\nECS Labourer card\n", False),
    ("PRINCE2 Foundation", "Certifications\nPRINCE2 Practitioner (AXELOS), 2016\n", True),
    ("PRINCE2 Practitioner", "Certifications\nPRINCE2 Foundation, 2016\n", False),
    ("Enhanced DBS check", "Checks\nEnhanced DBS (Update Service), 2024\n", True),
    ("Enhanced DBS check", "Checks\nWilling to undergo an enhanced DBS check\n", False),
])
def test_uk_and_australian_credentials_are_held_by_their_names(name, text, shown):
    assert (licence_held(name, read(text), text) is not None) is shown


@pytest.mark.parametrize("line, held", [
    ("Paramedic w/ 7 yrs of 911 experience.", False),   # a paramedic is no flight paramedic
    ("FP-C (Certified Flight Paramedic), 2022", True),
    ("Certified Flight Paramedic (IBSC), 2021", True),
])
def test_a_specialty_of_a_jobs_credential_needs_its_specialty(line, held):
    text = f"Summary\nParamedic.\n{line}"
    assert (licence_held("FP-C (Certified Flight Paramedic) certification", read(text), text) is not None) is held


@pytest.mark.parametrize("sentence, text, shown", [
    # a modality's code in brackets after the credential asks that modality
    ("ARRT (MR) certification required",
     "Certifications\nARRT Radiography (R), #0000 - 2020\nARRT (CT) exam scheduled for Nov 2025\n", False),
    ("ARRT (MR) certification required",
     "Summary\nTechnologist, ARRT registered in radiography. Cross-training in MR.\n", False),
    ("ARRT (MR) certification required", "Certifications\nARRT (R)(MR) certification, 2021\n", True),
    ("ARRT (R) required", "Certifications\nARRT Radiography (R), #0000 - 2020\n", True),
    ("CDL (A) required", "Licenses\nCDL (B), 2019\n", False),
    # an issuer's letters in brackets ask nothing more
    ("BLS (AHA) certification required", "Certifications\nBLS (American Red Cross), 2025\n", True),
])
def test_a_code_in_brackets_after_a_credential_asks_that_code(sentence, text, shown):
    creds = read(text)
    name = sentence.removesuffix(" required")
    # the eligibility check also tries the name without its bracket ("ARRT certification")
    bare = name.replace(name[name.index(" ("):name.index(")") + 1], "")
    for form in (name, bare):
        assert (licence_held(form, creds, text, sentence) is not None) is shown, form


@pytest.mark.parametrize("line, flight, critical_care", [
    ("FP-C, 2022", True, False), ("CCP-C, 2022", False, True), ("Certified Flight Paramedic, 2021", True, False),
    ("Paramedic, 2021", False, False), ("NRP, 2022", False, False)])
def test_a_credential_written_in_full_and_abbreviated_is_shown_either_way(line, flight, critical_care):
    sentence = "Certified Flight Paramedic (FP-C) or Critical Care Paramedic (CCP-C) certification required"
    text = f"Summary\nParamedic.\nCertifications\n{line}\n"
    held = [licence_held(name, read(text), text, sentence) is not None for name in (
        "Certified Flight Paramedic (FP-C) certification", "Critical Care Paramedic (CCP-C) certification")]
    assert held == [flight, critical_care]


@pytest.mark.parametrize("text, shown", [
    ("Licenses\nARRT registered technologist, radiography, 2019\n", True),
    ("Certifications\nARRT (R), 2019\n", True),
    ("Certifications\nARRT (CT), 2021\n", False),
    ("Certifications\nARRT (MR) 2020\n", False),
])
def test_a_code_spelled_out_after_a_credential_asks_that_code(text, shown):
    sentence = "ARRT registration in Radiography (R) required"
    assert (licence_held("ARRT registration", read(text), text, sentence) is not None) is shown


def test_a_lapsed_credential_does_not_meet_an_either_or_ask():
    text = "Certifications\nPHR (2009, lapsed)\n"
    assert licence_held("SHRM-CP or PHR", read(text), text, "SHRM-CP or PHR preferred") is None


def test_a_credential_said_lapsed_in_words_is_no_skill_held():
    text = ("Summary\nHR Generalist.\nCertifications\nSHRM-SCP, 2020\nPHR (2009, lapsed)\nBLS - expired 2024\n"
            "ACLS, current")
    names = {m.name for m in resume_from_text(text, "r").skills}
    assert {"SHRM-SCP", "ACLS"} <= names and not names & {"PHR", "BLS"}


# -- a credential the line says is not held ------------------------------------------------------
@pytest.mark.parametrize("line, name", [
    ("Epic Inpatient Clinical Documentation \u2014 super user training (not proctored certification)",
     "Epic certification"),
    ("Six Sigma Green Belt coursework, not certified", "Six Sigma Green Belt certification"),
    ("PMP exam prep \u2014 certification not completed", "PMP"),
    ("ACLS course taken (not certified)", "ACLS"),
    ("Forklift certification (not completed)", "forklift certification"),
    ("Uncertified nursing assistant (CNA training only)", "CNA certification"),
])
def test_a_credential_the_line_says_is_not_held_holds_nothing(line, name):
    text = f"Certifications\n{line}\n"
    creds = read(text)
    assert licence_held(name, creds, text) is None
    assert line not in creds.licences


def test_a_credential_word_inside_another_credentials_name_shows_no_other_credential():
    # "Registered" belongs to Registered Nurse: the line names no Epic certification
    text = "Summary\nRegistered Nurse with 7 years in med-surg, and 3 years as unit Epic super user.\n"
    assert licence_held("Epic certification", read(text), text) is None
    text = "Certifications\nEpic Certified: ClinDoc Inpatient (2023)\n"
    assert licence_held("Epic certification", read(text), text)
    text = "Summary\nRegistered Nurse, Epic ClinDoc certified since 2022.\n"
    assert licence_held("Epic certification", read(text), text)


# -- degrees: the Indian and British engineering degrees, and evaluations --------------------------
@pytest.mark.parametrize("text, expected", [
    ("Education\nB.Tech. Computer Science, IIT Delhi, 2015", [("bachelor", "computer science", 2015)]),
    ("Education\nM.Tech. Structural Engineering, IIT Bombay, 2017", [("master", "structural engineering", 2017)]),
    ("Education\nMTech in VLSI Design, 2017", [("master", "vlsi design", 2017)]),
    ("Education\nB.Eng. Mechanical Engineering, University of Lagos, Nigeria, 2014",
     [("bachelor", "mechanical engineering", 2014)]),
    ("Education\nM.Eng. Civil Engineering, 2016", [("master", "civil engineering", 2016)]),
    # an evaluation restates the degree: it is none of its own, and its line's date is no graduation
    ("Profile\nMoved to the USA in 2025. Degree evaluated by WES as equivalent to a U.S. Bachelor of Science in"
     " Mechanical Engineering.\nEducation\nB.Eng. Mechanical Engineering, University of Lagos, Nigeria, 2014"
     " (First Class Honours) \u2014 WES evaluated: U.S. B.S. equivalent",
     [("bachelor", "mechanical engineering", 2014)]),
    # alone, it is the degree the resume states, with no date
    ("Profile\nMoved to the USA in 2025. Degree evaluated by WES as equivalent to a U.S. Bachelor of Science in"
     " Mechanical Engineering.", [("bachelor", "mechanical engineering", None)]),
    ("Skills\nFintech, Mtech tools", []),
    # post-nominal letters after a degree in a name line are no field, and the degree is the one dated below
    ("Oliver Bennett MEng CEng MIStructE\nEducation\nMEng Civil and Structural Engineering, University of Bath, 2017",
     [("master", "civil and structural engineering", 2017)]),
    ("Ana Silva, BEng (Hons) CEng MICE\nEducation\nBEng Civil Engineering, 2012",
     [("bachelor", "civil engineering", 2012)]),
    ("Jane Doe, PhD CChem FRSC", [("doctorate", "", None)]),
    ("Education\nMS MIS, State University, 2015", [("master", "mis", 2015)]),
])
def test_engineering_degrees_with_their_field_and_an_evaluation_restating_one(text, expected):
    assert [(d.level, d.field, d.year) for d in read(text).degrees] == expected


# -- degrees: a business degree's major, foreign degrees by their own names, an evaluation's field --------
@pytest.mark.parametrize("text, expected", [
    ("Education\nB.B.A. Accounting, University of North Texas, 1989.",
     [("bachelor", "accounting (business administration)", 1989)]),
    ("Education\nBBA in Finance, UT Austin, 2010", [("bachelor", "finance (business administration)", 2010)]),
    ("Education\nBBA, UT Austin, 2010", [("bachelor", "business administration", 2010)]),
    # after a comma, a field of study is the major; a school's name is not
    ("Education\nBBA, Accounting, 2018", [("bachelor", "accounting (business administration)", 2018)]),
    ("Education\nB.B.A., Finance & Marketing, Baylor University, 2012",
     [("bachelor", "finance & marketing (business administration)", 2012)]),
    ("Education\nB.B.A., Texas State, 2012", [("bachelor", "business administration", 2012)]),
    # the business degree written out, its major after it as after its abbreviation; a minor is no major
    ("Education\nBachelor of Business Administration (B.B.A.) in Accounting, University of Wisconsin, 2018",
     [("bachelor", "accounting (business administration)", 2018)]),
    ("Education\nBachelor of Science in Business Administration, Finance, 2015",
     [("bachelor", "finance (business administration)", 2015)]),
    ("Education\nBachelor of Business Administration - Concentration: Marketing, 2012",
     [("bachelor", "marketing (business administration)", 2012)]),
    ("Education\nBachelor of Business Administration, University of Iowa, 2015",
     [("bachelor", "business administration", 2015)]),
    ("Education\nB.S. Business Administration, Minor in Accounting, 2016",
     [("bachelor", "business administration", 2016)]),
    # a German engineer's diploma by its abbreviation, its field in German or by its kind
    ("Education\nDipl.-Ing. Maschinenbau, TU München, 2012", [("master", "maschinenbau", 2012)]),
    ("Education\nDipl.-Ing., TU Berlin, 2009", [("master", "engineering", 2009)]),
    ("Education\nDipl.-Ing. (FH) Elektrotechnik, 2010", [("bachelor", "elektrotechnik", 2010)]),
    ("Education\nDiplom-Ingenieur (Mechanical Engineering), RWTH Aachen, 2012",
     [("master", "mechanical engineering", 2012)]),
    ("Education\nB.Com (Accounting), University of Mumbai, 2012", [("bachelor", "accounting (commerce)", 2012)]),
    ("Education\nB.Com (Hons), University of Mumbai, 2012", [("bachelor", "commerce", 2012)]),
    ("Education\nMBA, Finance, 2015", [("master", "business administration", 2015)]),
    ("Education\nLaurea in Economia, Bocconi, 2014", [("bachelor", "economia", 2014)]),
    ("Education\nLaurea Magistrale in Ingegneria Meccanica, 2016", [("master", "ingegneria meccanica", 2016)]),
    ("Education\nDiplom-Informatiker, TU München, 2010", [("master", "informatiker", 2010)]),
    # the evaluation's U.S. equivalent, on the line or the next, gives the field in English
    ("Education\nLicenciatura en Contaduría, UNAM, 2016 - evaluated by ECE as equivalent to a U.S. Bachelor of"
     " Science in Accounting", [("bachelor", "contaduría (accounting)", 2016)]),
    ("Education\nLicenciatura en Ciencias Contables, UNAM, 2016\n(Evaluated by ECE as equivalent to a U.S."
     " Bachelor of Science in Accounting)", [("bachelor", "ciencias contables (accounting)", 2016)]),
    ("Education\nB.Tech Computer Science, IIT Delhi, 2015 - evaluated by WES as equivalent to a U.S. bachelor's",
     [("bachelor", "computer science", 2015)]),
    ("Education\nB.A. (Oxford), 2010", [("bachelor", "", 2010)]),
])
def test_a_degrees_field_after_it_in_words_brackets_or_its_evaluation(text, expected):
    assert [(d.level, d.field, d.year) for d in read(text).degrees] == expected


@pytest.mark.parametrize("field, asked, meets", [
    ("contaduría", ["accounting", "finance"], True),
    ("contabilidade", ["accounting"], True),
    ("economia", ["economics"], True),
    ("informatiker", ["computer science"], True),
    ("maschinenbau", ["mechanical engineering"], True), ("maschinenbau", ["electrical engineering"], False),
    ("elektrotechnik", ["electrical engineering"], True),
    ("derecho", ["law"], True),
    ("accounting (business administration)", ["business administration"], True),
    ("contaduría", ["computer science"], False),
    ("historia", ["accounting"], False),
])
def test_a_field_in_the_language_of_its_country_is_that_field(field, asked, meets):
    from matcher.eligibility.levels import in_field
    assert in_field(asked, field) == meets


def test_a_degree_still_to_come_is_no_degree_offered_in_place_of_a_certificate():
    text = "Education\nB.A. Communication (in progress), expected June 2027\n"
    assert licence_held("bachelor's degree", read(text), text) is None


def test_bls_is_a_cpr_certification_and_not_the_other_way():
    text = "Summary\nRN.\nCertifications\nBLS (AHA), 2025\n"
    assert licence_held("CPR certification", read(text), text, "CPR certification required") is not None
    text = "Summary\nCaregiver.\nCertifications\nCPR, 2025\n"
    assert licence_held("BLS certification", read(text), text, "BLS certification required") is None


# -- licences a frontline resume holds (walk-throughs B and A) ----------------------------------
@pytest.mark.parametrize("line, name", [
    ("Professional school bus driver. Looking to move into a full time CDL-B or CDL-A driving job (route"
     " delivery, regional) with more hours and benefits.", "Class A CDL"),
    ("Seeking CDL-A position with a regional carrier", "Class A CDL"),
    ("Goal: get my CDL-A by 2027", "Class A CDL"),
    ("Interested in Class A CDL driver jobs, OTR or regional", "CDL Class A"),
])
def test_a_licence_only_sought_is_not_held(line, name):
    text = f"Summary\n{line}\n"
    assert licence_held(name, read(text), text) is None


@pytest.mark.parametrize("line", [
    "CDL-A driver seeking a regional position",
    "Seeking a position that uses my Class A CDL and 8 years of accident-free driving",
    "Looking for a regional route. CDL-A, clean MVR",
])
def test_a_licence_held_beside_the_job_sought_is_held(line):
    text = f"Summary\n{line}\n"
    assert licence_held("Class A CDL", read(text), text) is not None


@pytest.mark.parametrize("line, held", [
    ("Clean MVR, own tools and gauges.", True),
    ("Clean driving record, no accidents in 9 yrs.", True),
    ("Safe driving history; accident-free since 2015", True),
    # a fleet's records are no licence of the writer's
    ("Audited clean driving records for 40 route drivers", False),
    ("Pulled clean MVRs for every new hire", False),
])
def test_a_clean_driving_record_shows_the_drivers_licence_it_is_the_record_of(line, held):
    """An HVAC technician's "Clean MVR, own tools and gauges." left "Valid driver's license" to check and missing:
    the record is a licence's, which only a licence word showed."""
    assert ("drivers-license" in held_ids(line)) == held
    text = f"Summary\n{line}\n"
    assert (licence_held("driver's license", read(text), text, "Valid driver's license") == line) == held


def test_the_class_after_a_commercial_licences_name_is_its_class():
    text = ("Licenses\nWashington Commercial Driver License Class B, Passenger (P) and School Bus (S)"
            " endorsements\n")
    creds = read(text)
    assert licence_held("Class B CDL", creds, text) is not None
    assert licence_held("Class A CDL", creds, text) is None
    text = "Licenses\nCDL (Class A), 2018\n"
    assert licence_held("CDL-A", read(text), text) is not None


@pytest.mark.parametrize("line,held", [
    ("Class A CDL, endorsements: H, N", {"hazmat", "tanker"}),
    ("Endorsements: H, N, T", {"hazmat", "tanker", "doubles-triples"}),
    ("Texas Class A CDL, endorsements: H, N, T (X endorsement)", {"hazmat", "tanker", "doubles-triples"}),
    ("CDL-A w/ HazMat (H), Tanker (N)", {"hazmat", "tanker"}),
    ("Class A CDL w/ X", {"hazmat", "tanker"}),
    ("H/N/T endorsements", {"hazmat", "tanker", "doubles-triples"}),
    ("Class B CDL with P and S endorsements", {"passenger", "school-bus"}),
    ("CDL Class A with HAZMAT and tanker endorsements.", {"hazmat", "tanker"}),
    ("Class A CDL (Ohio) with Tanker (N) endorsement; clean MVR.", {"tanker"}),
    # no endorsement: a hazmat course or load, a CDL without one, a letter elsewhere
    ("HAZMAT certified (DoD) · Combat Lifesaver", set()),
    ("Haul hazmat liquid bulk across TX, OK, NM", set()),
    ("Class A CDL (no endorsements)", set()),
    ("Endorsements: None", set()),
    ("Endorsed by T. Smith", set()),
    ("Hazmat endorsement (expired 2022)", set()),
])
def test_cdl_endorsements_by_their_letters_and_names(line, held):
    endorsements = {"hazmat", "tanker", "doubles-triples", "passenger", "school-bus"}
    assert held_ids(line) & endorsements == held
    text = f"Licenses\n{line}\n"
    assert (licence_held("Hazmat", read(text), text) is not None) == ("hazmat" in held)


@pytest.mark.parametrize("name,line,shown", [
    ("UK driving licence with C+E entitlement", "Full UK driving licence: categories B, C, C+E", True),
    ("UK driving licence with C+E entitlement", "Full UK driving licence (category B)", False),   # a car's
    ("UK driving licence with C+E entitlement", "Class A CDL (Texas)", False),
    ("UK driving licence with C+E entitlement", "Commercial Driver's License, Class A, Ohio", False),
    ("UK driving licence", "Full UK driving licence, 3 points", True),
    ("UK driving licence", "Texas driver's license", False),
    ("EU driving licence category CE", "Polish driving licence, category C+E", False),   # names no EU
    ("EU driving licence category CE", "EU driving licence, categories B, C, CE", True),
    ("Ontario AZ licence", "AZ licence (Ontario), clean abstract", True),
    ("Ontario AZ licence", "Class A CDL, Michigan", False),
    # Arizona's code closing a place in brackets is no Ontario licence, nor a driver's licence at all
    ("Ontario AZ licence", "Service Tech, Goettl Air Conditioning (Phoenix AZ) Jan 2020 - present", False),
    ("Arizona driver's license", "Service Tech, Goettl Air Conditioning (Phoenix AZ) Jan 2020 - present", False),
    ("Arizona driver's license", "AZ Driver License, clean record", True),
    ("Australian HC licence", "HC licence, NSW", True),
    ("Australian HC licence", "Class A CDL", False),
    # a US state's licence is still shown as before
    ("Ohio driver's license", "Valid Ohio driver's license", True),
])
def test_a_countrys_driving_licence_is_shown_by_that_countrys_licence_never_a_us_cdl(name, line, shown):
    text = f"Licenses\n{line}\n"
    assert (licence_held(name, read(text), text) is not None) == shown


def test_a_posting_asking_endorsements_by_letter_is_met_by_either_way():
    # "Hazmat (H) and Tanker (N) endorsements, or X endorsement": the X holds both
    assert credential_ids("X endorsement") >= {"hazmat", "tanker", "cdl"}
    for line, met in (("CDL-A, X endorsement", True), ("CDL-A, endorsements: N", True),
                      ("CDL-A, T endorsement", False)):
        text = f"Licenses\n{line}\n"
        assert (licence_held("Tanker (N) endorsements, or X endorsement", read(text), text) is not None) == met, line


@pytest.mark.parametrize("line", [
    "Monthly close, prepare financial statements for the owners and the outside CPA",
    "Reconcile accounts and send year-end packages to an external CPA",
])
def test_someone_elses_credential_after_a_coordination_or_an_outsider_is_not_held(line):
    text = f"Experience\nFull Charge Bookkeeper, 2015 - Present\n{line}\n"
    creds = read(text)
    assert licence_held("CPA license", creds, text) is None
    assert not any("CPA" in item for item in creds.licences)


def test_a_cpa_who_served_as_an_outside_cpa_holds_it():
    text = "Experience\nServed as an outside CPA for 30 small businesses, 2012 - 2020\n"
    assert licence_held("CPA license", read(text), text) is not None


@pytest.mark.parametrize("line, name, sentence", [
    # Washington's name of the CNA certificate, and Ohio's
    ("Washington State Nursing Assistant Certified (NAC) - active, exp 2027", "Washington CNA license",
     "Current Washington CNA license in good standing (NAC)"),
    ("STNA, Ohio Nurse Aide Registry — active", "CNA", "Certified Nursing Assistant (CNA) - Evening Shift"),
    ("State Tested Nursing Assistant, Ohio, 2021", "CNA", "Certified Nursing Assistant (CNA) required"),
    # CompTIA's A+ by its name alone, under a certifications heading
    ("CompTIA A+ (2021)", "A+ certification", "CompTIA A+ certification required"),
    # a state by its postal code
    ("WA State Unarmed Security Guard License (current)", "Washington State Unarmed Security Guard license",
     "Current Washington State Unarmed Security Guard license (guard card)"),
    ("Valid TX RN license, compact", "Texas RN license", "Texas RN license required"),
    # a driver's licence written without the apostrophe, and one a CDL holds
    ("Valid WA drivers license, clean record.", "driver's license", "Valid driver's license with clean driving record"),
    ("CDL-A, clean MVR", "driver's license", "Valid driver's license required"),
    ("Michigan Chauffeur License, current", "Michigan driver's license", "Valid Michigan driver's license"),
    # a state's class of licence for cars is its driver's licence
    ("Clean driving record, Oklahoma Class D license", "driver's license",
     "Valid driver's license and clean driving record; daily travel to loss sites"),
    ("Class C Driver License (CA)", "driver's license", "Valid driver's license required"),
    # a national certification named in brackets
    ("PTCB Certified Pharmacy Technician (CPhT)", "national certification (PTCB CPhT)",
     "Required: Washington Pharmacy Technician license; national certification (PTCB CPhT); 2+ years"),
    # Washington's food handler permit is its Food Worker Card
    ("WA Food Worker Card, exp 2027", "Food handler permit (Washington)", "Food handler permit (Washington)"),
    ("Food Handlers Card (Oregon), 2025", "food handler's card", "Must obtain food handler's card"),
])
def test_the_names_a_seeker_gives_their_own_licence(line, name, sentence):
    text = f"Certifications\n{line}\n"
    assert licence_held(name, read(text), text, sentence) == line


@pytest.mark.parametrize("line, name, sentence", [
    ("Nursing Assistant Registered (NAR), Washington", "Washington CNA license", "Current Washington CNA license"),
    ("Valid OR RN license", "Texas RN license", "Texas RN license required"),   # "OR" no state; nor Texas
    ("RN, Seattle, WA", "Texas RN license", "Texas RN license required"),
    ("Valid Oregon drivers license", "WA driver's license", "Valid WA driver's license"),
    ("Class A Contractor License (Virginia)", "driver's license", "Valid driver's license required"),
    ("Class C license", "CDL-C", "Class C CDL required"),
    ("Food handler card (Oregon)", "Food handler permit (Washington)", "Food handler permit (Washington)"),
    ("National Registry EMT certified", "national certification (PTCB CPhT)", ""),
])
def test_names_of_other_licences_and_states_show_none(line, name, sentence):
    text = f"Certifications\n{line}\n"
    assert licence_held(name, read(text), text, sentence) is None


@pytest.mark.parametrize("line, name", [
    ("WA State Unarmed Security Guard License (current)", "Washington State Armed Security Guard license"),
    ("Un-armed security officer license, 2024", "Armed security officer license"),
    ("Non-sterile compounding certificate (2021)", "Sterile compounding certification"),
    ("Non-CDL delivery driver, 2019 - 2022", "CDL"),
])
def test_a_negating_prefix_names_another_licence(line, name):
    text = f"Certifications\n{line}\n"
    assert licence_held(name, read(text), text) is None


def test_an_armed_licence_shows_the_armed_licence():
    text = "Certifications\nWashington State Armed Security Guard License, 2024\n"
    assert licence_held("Washington State Armed Security Guard license", read(text), text) is not None


SIDEBAR = ("Skills\nSelenium, TestNG, Java\nCertifications\nISTQB Certified Tester Foundation\nLevel (CTFL), 2016\n"
           "ISTQB Advanced Level Test\nAutomation Engineer, 2021\nLanguages\nEnglish, Hindi\n")


def test_a_certification_wrapped_over_two_lines_of_a_sidebar_is_one():
    creds = read(SIDEBAR)
    assert creds.licences == ["ISTQB Certified Tester Foundation Level (CTFL)",
                              "ISTQB Advanced Level Test Automation Engineer"]
    assert licence_held("ISTQB Foundation Level certification", creds, SIDEBAR) == \
        "ISTQB Certified Tester Foundation Level (CTFL), 2016"


@pytest.mark.parametrize("text, expected", [
    # two short items, dated on the second line only: no wrap
    ("Certifications\nCPR\nFirst Aid (2024)\nForklift Operator, 2023\n", ["CPR", "First Aid (2024)",
                                                                          "Forklift Operator"]),
    # a second line that names a credential of its own
    ("Certifications\nAWS Certified Solutions Architect\nCertified ScrumMaster (CSM), 2021\n",
     ["AWS Certified Solutions Architect", "Certified ScrumMaster (CSM)"]),
    # a bullet of any shape is no part of the name; a comma in brackets cuts nothing
    ("Certifications\n\u27a2 CompTIA A+ (2015), CompTIA Network+ (2017, renewed 2020)\n"
     "\u27a2 ITIL 4 Foundation (2023)\n",
     ["CompTIA A+ (2015)", "CompTIA Network+ (2017, renewed 2020)", "ITIL 4 Foundation (2023)"]),
    # a heading the sections reader does not know is no licence, and ends the section
    ("Certifications\nITIL 4 Foundation (2023)\nADDITIONAL\nVolunteer IT help at the community center (2019)\n",
     ["ITIL 4 Foundation (2023)"]),
])
def test_listed_certifications_are_read_item_by_item(text, expected):
    assert read(text).licences == expected


def test_the_article_before_a_cdl_is_no_class():
    # "a CDL-A driver" is a Class A licence, not "A CDL" followed by a junior "-A" grade
    text = "Experience\nDrove as a CDL-A driver for Swift, 2016 - 2020\n"
    creds = read(text)
    assert licence_held("Class A CDL", creds, text) is not None
    assert licence_held("CDL", creds, text) is not None


def test_a_date_in_another_clause_of_a_summary_line_is_not_the_degrees():
    """"Recent ADN graduate; NCLEX-RN scheduled for January 2027": the date is the exam's; the
    degree is held, dated by its education line."""
    text = ("Summary\nLicensed Practical Nurse. Recent ADN graduate; NCLEX-RN scheduled for January 2027.\n"
            "Education\nAssociate Degree in Nursing, Sinclair Community College — May 2024\n")
    [degree] = read(text).degrees
    assert (degree.level, degree.field, degree.year, degree.expected) == ("associate", "nursing", 2024, False)


@pytest.mark.parametrize("text, line", [
    ("Summary\nAccounting graduate (B.S. Accounting, 2021) with 3 years in public accounting.\n"
     "Education\nUniversity of Minnesota\nB.S. in Accounting, May 2021\n", "B.S. in Accounting, May 2021"),
    # both undated: the education section's, not the name line's
    ("Jenna Park, BSN, RN\nEducation\nBSN, St. Catherine University\n", "BSN, St. Catherine University"),
])
def test_a_degree_written_twice_is_read_on_its_education_line(text, line):
    """A degree a summary or a name line states and the education section states again is one, read on the
    education line (a degree row quoted the summary "Accounting graduate (B.S. Accounting, 2021) ...")."""
    [degree] = read(text).degrees
    assert degree.sentence == line


# --- a level of a staged credential (the CFA's levels are no charter) and a profession's designation -----
@pytest.mark.parametrize("line, held, not_held", [
    ("Passed CFA Level I (2023)", ["CFA Level I", "CFA Level 1"], ["CFA", "CFA Level II"]),
    # a candidate for a level has passed the one below it
    ("CFA Level II Candidate", ["CFA Level I"], ["CFA", "CFA Level II"]),
    ("Level III CFA candidate, exam June 2026", ["CFA Level II", "CFA Level I"], ["CFA", "CFA Level III"]),
    ("CFA Level I Candidate", [], ["CFA", "CFA Level I"]),
    # the charter holds every level
    ("CFA Charterholder", ["CFA", "CFA Level III", "CFA Level I"], []),
    ("CFA Level II Candidate (exam August 2026)", [], ["CFA charter"]),
    ("CFA charterholder", ["CFA charter"], []),
    # the Institutes' and the American College's designations are known by name and letters, as the CFA is: a
    # posting's "CPCU designation required" is met by "Chartered Property Casualty Underwriter (CPCU)"
    ("Chartered Property Casualty Underwriter (CPCU), 2019", ["CPCU designation", "CPCU"], ["AIC designation"]),
    ("Associate in Claims (AIC), The Institutes, 2022", ["AIC designation"], ["CPCU designation"]),
    ("Pursuing CPCU designation (3 of 8 courses complete)", [], ["CPCU designation"]),
])
def test_a_credential_taken_in_levels_or_a_designation_is_shown_by_what_it_holds(line, held, not_held):
    text = f"Certifications\n{line}\n"
    creds = read(text)
    for name in held:
        assert licence_held(name, creds, text) == line, name
    for name in not_held:
        assert licence_held(name, creds, text) is None, name


def test_progress_toward_a_staged_credential_is_shown_by_a_level_passed():
    sentence = "CFA charterholder or progress toward CFA (Level I passed) preferred"
    for line in ("Passed CFA Level I (2023)", "CFA Level II Candidate", "CFA Charterholder"):
        text = f"Certifications\n{line}\n"
        assert licence_held("progress toward CFA", read(text), text, sentence) == line, line
    text = "Certifications\nCPA, State of Illinois\n"
    assert licence_held("progress toward CFA", read(text), text, sentence) is None
    # an engineer in training is on the way to the PE licence
    text = "Licenses\nEIT, State of Ohio, 2022\n"
    assert licence_held("progress toward PE licensure", read(text), text, "Progress toward PE licensure preferred")


def test_a_cfa_level_written_before_the_name_is_no_charter():
    text = "Certifications\nPassed Level I of the CFA Program (2024); CFA Level I and II passed\n"
    creds = read(text)
    assert licence_held("CFA", creds, text) is None
    assert licence_held("CFA Level I", creds, text)


@pytest.mark.parametrize("text, needed, authorised", [
    ("Right to work: UK only. Would need a work permit for Canada.", ["CA"], ["GB"]),
    ("Would need a work permit for Canada", ["CA"], []),
    ("Will require a visa to work in the UK", ["GB"], []),
    ("Needs a work visa for Australia", ["AU"], []),
    ("Would require a work permit for the United States", ["US"], []),
    # a permit held is a right to work; a permit named with no country needs none anywhere
    ("Work permit: Canada (open work permit)", [], ["CA"]),
    ("Eligible to work in Canada", [], ["CA"]),
    ("Processed work permit applications for 40 hires", [], []),
])
def test_a_work_permit_that_would_be_needed_is_no_right_to_work(text, needed, authorised):
    creds = read(text)
    assert (creds.permit_needed, creds.work_authorisation) == (needed, authorised)


@pytest.mark.parametrize("line, name, sentence", [
    ("Illinois Registered Pharmacist License, active (exp. 03/2028)", "Indiana pharmacist license",
     "Active Indiana pharmacist license, or eligible for licensure by reciprocity through NABP"),
    ("Illinois Pharmacist License, active", "Indiana pharmacist license",
     "Active Indiana pharmacist license, or eligible for licensure by reciprocity"),
    ("Engineer-in-Training, Professional Engineers Ontario (PEO), 2024", "Professional Engineer (PE)",
     "Professional Engineer (PE) license in North Carolina"),
    ("Oregon Hair Design Practitioner License - active", "Washington hair design license",
     "Washington hair design license required"),
    ("Texas Master Electrician License #12345", "Colorado master electrician license",
     "Colorado master electrician license, or eligibility by reciprocity"),
])
def test_a_licence_held_in_another_state_is_no_licence_to_come(line, name, sentence):
    """A line naming a licence held elsewhere (another state, another country's board) and
    saying nothing is coming is no licence still to come, whether or not the posting takes
    eligibility in its place: at most the ask is to check."""
    text = f"LICENSES\n{line}\n"
    creds = read(text)
    assert licence_held(name, creds, text, sentence) is None
    assert licence_to_come(name, creds, text, sentence) is None


@pytest.mark.parametrize("line, name, sentence, state", [
    ("Illinois Registered Pharmacist License, active (exp. 03/2028)", "Indiana pharmacist license",
     "Active Indiana pharmacist license, or eligible for licensure by reciprocity through NABP", "Illinois"),
    ("Illinois Pharmacist License, active", "Indiana pharmacist license", "Active Indiana pharmacist license required",
     "Illinois"),
    ("Texas Master Electrician License #12345", "Colorado master electrician license",
     "Colorado master electrician license, or eligibility by reciprocity", "Texas"),
    ("TX Journeyman Electrician License #JW-998877 - active", "Colorado Journeyman Electrician license",
     "Colorado Journeyman Electrician license required (or a journeyman license from a reciprocal state)", "Texas"),
    ("Oregon Hair Design Practitioner License - active", "Washington hair design license",
     "Washington hair design license required", "Oregon"),
    ("Registered Nurse, Ohio (RN #123456), active", "RN license", "Active RN license in the state of Texas", "Ohio"),
])
def test_a_licence_held_in_another_state_is_named_with_its_state(line, name, sentence, state):
    """The line that shows the licence asked, held in another state than the one asked, and that
    state: what the check says the seeker holds ("an Illinois pharmacist license")."""
    text = f"LICENSES\n{line}\n"
    assert licence_elsewhere(name, read(text), text, sentence)[:2] == (line, state)


@pytest.mark.parametrize("line, name, sentence", [
    ("Indiana Pharmacist License, active", "Indiana pharmacist license", "Active Indiana pharmacist license"),  # held
    ("Pharmacist License, active", "Indiana pharmacist license", "Active Indiana pharmacist license"),  # no state
    ("Illinois Pharmacy Technician License, active", "Indiana pharmacist license", "Active Indiana pharmacist license"),
    ("Illinois pharmacist license - application submitted", "Indiana pharmacist license",
     "Active Indiana pharmacist license"),                                              # to come, not held
    ("Engineer-in-Training, Professional Engineers Ontario (PEO), 2024", "Professional Engineer (PE)",
     "Professional Engineer (PE) license in North Carolina"),                           # another credential
    ("Class A CDL, Texas", "Class A CDL", "Valid Class A CDL required"),                # no state asked
])
def test_no_licence_held_elsewhere_where_none_is(line, name, sentence):
    text = f"LICENSES\n{line}\n"
    assert licence_elsewhere(name, read(text), text, sentence) is None


@pytest.mark.parametrize("line, name, sentence", [
    ("Indiana pharmacist license - application submitted", "Indiana pharmacist license",
     "Active Indiana pharmacist license required"),
    ("Pharmacist license (Indiana) - pending NABP transfer", "Indiana pharmacist license",
     "Active Indiana pharmacist license required"),
    ("Oregon Hair Design license: exam scheduled May 2027", "Oregon hair design license",
     "Oregon hair design license required"),
])
def test_a_licence_the_line_says_is_coming_is_still_to_come(line, name, sentence):
    """The same names, on a line that says the licence is coming: still to come."""
    text = f"LICENSES\n{line}\n"
    creds = read(text)
    assert licence_held(name, creds, text, sentence) is None
    assert licence_to_come(name, creds, text, sentence) == line


@pytest.mark.parametrize("name, line", [
    ("FAA First-Class Medical Certificate", "FAA Second-Class Medical Certificate (2025)"),
    ("FAA First Class Medical Certificate", "FAA Third Class Medical Certificate"),
    ("Texas Firefighter II certification", "Texas Firefighter I certification"),
    ("Ohio Level 3 Water Treatment Operator license", "Ohio Level 2 Water Treatment Operator license"),
    ("Registered Respiratory Therapist (RRT) credential", "Certified Respiratory Therapist"),
    ("Certified Pharmacy Technician certification", "Registered Pharmacy Technician, Texas State Board"),
    ("FAA Airframe and Powerplant (A&P)", "Collateral Duty Inspector (CDI) for powerplant maintenance"),
])
def test_a_grade_or_standing_word_tells_credentials_apart(name, line):
    """A long name may go without one word between its first and its last, never one that
    tells credentials apart (First / Second class, Firefighter I / II, Level 3 / 2); nor is a
    "Certified" X a "Registered" X."""
    text = f"LICENSES\n{line}\n"
    assert licence_held(name, read(text), text, f"{name} required") is None


@pytest.mark.parametrize("name, line", [
    ("FAA First-Class Medical Certificate", "FAA First-Class Medical Certificate (2025)"),
    ("FAA First-Class Medical Certificate", "First Class FAA Medical Certificate, current"),
    ("Registered Respiratory Therapist (RRT) credential", "Registered Respiratory Therapist (RRT), NBRC"),
    ("FAA Airframe and Powerplant (A&P)", "FAA Airframe & Powerplant (A&P) Certificate #3456789"),
    ("Michigan Firefighter I & II certification", "Michigan Firefighter I & II (MFFTC), 2021"),
])
def test_the_same_grade_and_standing_show_the_credential(name, line):
    text = f"LICENSES\n{line}\n"
    assert licence_held(name, read(text), text, f"{name} required") == line


@pytest.mark.parametrize("line", [
    "Navy Aviation Machinist's Mate (AD2) with 8 years maintaining F/A-18E/F engines and airframes. Eligible to "
    "test for the FAA A&P certificate on the basis of military experience; written exams scheduled for February 2027.",
    "Eligible to test for the FAA A&P certificate (FAA Form 8610-2 signed)",
])
def test_eligible_to_test_for_a_credential_is_one_still_to_come(line):
    """"Eligible to test for the FAA A&P certificate" holds no A&P: it is still to come (and
    "A&P" is one word, not the "A" of "F/A-18" and a "P")."""
    text = f"SUMMARY\n{line}\n"
    name, sentence = "FAA Airframe and Powerplant (A&P)", "FAA Airframe and Powerplant (A&P) certificate required"
    assert licence_held(name, read(text), text, sentence) is None


@pytest.mark.parametrize("line, expected", [
    ("PhD in Chemistry (ABD), defense scheduled", True),
    ("Ph.D. Chemistry, ABD", True),
    ("PhD, Chemistry (ABD; defense scheduled for April 2027)", True),
    ("Ph.D. in History, all but dissertation, Indiana University", True),
    ("Ph.D., Chemistry, University of Utah, 2021", False),
    ("Ph.D. in Chemistry, 2019. Dissertation: Abd-el-Kader's letters", False),   # a word, not the mark
])
def test_a_doctorate_all_but_dissertation_is_not_yet_held(line, expected):
    [d] = read(f"EDUCATION\n{line}\n").degrees
    assert (d.level, d.expected) == ("doctorate", expected)


@pytest.mark.parametrize("line, held", [
    ("CPT (NHA), 2022", True), ("PBT (ASCP), 2021", True), ("PBT(ASCP)", True), ("NHA CPT", True),
    ("RPT (AMT)", True), ("NCPT - NCCT", True), ("CPT-1 (California), 2020", True),
    ("Certified Phlebotomy Technician (CPT) - NHA", True),
    ("CPT coding and ICD-10", False), ("CPT/ICD-10", False), ("CPT II codes", False), ("NASM-CPT, 2019", False),
    ("ACE CPT", False), ("CPT", False), ("Phlebotomy Technician Program - Chattahoochee Technical College", False),
])
def test_a_phlebotomists_letters_with_their_issuer_hold_the_certification(line, held):
    from matcher.resumes.licences import held_ids
    assert ("phlebotomy" in held_ids(line)) is held


@pytest.mark.parametrize("text, line", [
    # the letters alone in a resume about phlebotomy (a job, a heading, its work)
    ("Experience\nPhlebotomist, Quest Diagnostics, 2022 - 2025\n- 40+ venipunctures a day\n"
     "Certifications\nCPT, 2022\n", "CPT, 2022"),
    ("PHLEBOTOMY CERTIFICATIONS\nPBT, 2021\n", "PBT, 2021"),
    ("Experience\nLab Assistant, LabCorp, 2020 - 2025\nLicenses\nCPT (NHA), 2020\n", "CPT (NHA), 2020"),
    # elsewhere the letters are the coding system's or a trainer's
    ("Experience\nMedical Coder, Kaiser, 2019 - 2025\n- CPT coding and ICD-10 for outpatient claims\n", None),
    ("Experience\nPersonal Trainer, 24 Hour Fitness, 2019 - 2025\nCertifications\nNASM-CPT, 2019\nACE CPT\n", None),
    ("Certifications\nCPT, 2022\n", None),
    ("Experience\nMedical Assistant, 2019 - 2025\n- Phlebotomy, vitals\n- Billed with CPT/ICD-10 codes\n", None),
])
def test_a_phlebotomy_certification_is_shown_by_its_letters_where_the_resume_is_about_phlebotomy(text, line):
    assert licence_held("Phlebotomy certification", read(text), text) == line


@pytest.mark.parametrize("line", ["CPR/AED", "CPR & AED (American Red Cross), 2025", "CPR and AED certified",
                                  "First Aid/CPR/AED - American Red Cross", "Adult CPR-AED, exp. 2026",
                                  "BLS for Healthcare Providers (AHA)"])
def test_a_cpr_aed_line_shows_cpr_and_aed(line):
    """"CPR/AED" is one credential, a course that teaches both: the line shows "CPR/AED certification" and CPR
    alone; a BLS card (CPR and AED for healthcare providers) shows it too."""
    from matcher.resumes.licences import licence_line
    assert licence_line("CPR/AED certification", [line]) == line
    assert licence_line("CPR certification", [line]) == line


@pytest.mark.parametrize("line", ["CPR certified (American Heart Association)", "AED trainer for the front desk",
                                  "CPR/AED - expired 2022"])
def test_cpr_alone_or_an_aed_alone_shows_no_cpr_aed(line):
    from matcher.resumes.licences import licence_line
    assert licence_line("CPR/AED certification", [line]) is None


@pytest.mark.parametrize("line, shown", [
    ("ASCP Board of Certification: MT(ASCP), 2018", True),
    ("MT (ASCP), 2015", True),
    ("MT, ASCP (2012)", True),
    ("Medical Laboratory Scientist, MLS(ASCP)CM, 2018", True),
    ("Helena, MT 59601", False),                       # Montana
    ("MLT(ASCP), 2019", False),                        # the technician's, a lower credential
    ("MT (AMT), 2016", False),                         # another board's
])
def test_mt_ascp_is_the_medical_laboratory_scientist_certification(line, shown):
    """ASCP's Medical Technologist certification, "MT(ASCP)", is the one it now calls MLS(ASCP)."""
    from matcher.resumes.licences import licence_line
    for name in ("ASCP MLS certification", "MLS(ASCP) certification"):
        assert (licence_line(name, [line], name + " required", [line]) is not None) is shown, name


# -- screening the known credentials' patterns (speed; the same answers) ------------------------
def test_needed_pieces_read_literal_runs_and_give_none_where_a_match_needs_none():
    from matcher.text import needed_pieces
    assert needed_pieces(re.compile(r"\bRN\b(?!-)|(?i:registered nurse)")) == {"rn", "registered nurse"}
    assert needed_pieces(re.compile(r"(?<![\w-])(?:Class[ \t]+)?CDL[ -]?A\b")) == {"cdl"}   # the longest run
    assert needed_pieces(re.compile(r"(?:OSHA){1,2}[ \t]*\d+")) == {"osha"}
    assert needed_pieces(re.compile(r"\d{4}")) is None
    assert needed_pieces(re.compile(r"(?:PE)?\d+|EIT")) is None   # a branch that needs nothing
    assert needed_pieces(re.compile(r"(?=.*CPA)\w+")) is None      # a lookahead needs nothing of the match


def test_folded_text_holds_what_an_ignorecase_pattern_matches_of_an_ascii_letter():
    from matcher.text import folded
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    for ch in re.findall(r"(?i)[a-z]", every):
        assert len(folded(ch)) == 1 and re.fullmatch(f"(?i){folded(ch)}", ch), ch


@pytest.mark.parametrize("line", [
    "RN, BSN", "Registered Nurse - Med/Surg", "REGISTERED NURSE", "Charge nurse on a 32-bed unit",
    "Class A CDL with Hazmat (H) endorsement", "CDL-A", "Comptia A+ (2019)", "PE license, Ohio", "P.E.",
    "Licensed Massage Therapist", "LMT", "İnstructor, ſtate licenſed RN", "Used Python and Go", "",
    "Certified Surgical Technologist (CST)", "9-5 CST", "NBCOT certified OTR/L", "over the road (OTR) driver",
])
def test_names_known_is_the_long_alternation_searched(line):
    from matcher.resumes.licences import _ANY, _names_known
    assert _names_known(line) == (_ANY.search(line) is not None)


def test_names_known_agrees_on_every_line_of_the_fixtures_and_of_the_credential_tests():
    from matcher.resumes.licences import _ANY, _names_known
    paths = [*sorted((ROOT / "tests" / "fixtures").rglob("*.*")), ROOT / "tests" / "test_credentials.py",
             ROOT / "tests" / "test_knockouts.py"]
    lines = [line for path in paths for line in path.read_text(errors="replace").splitlines()]
    assert len(lines) > 3000
    assert [_names_known(line) for line in lines] == [_ANY.search(line) is not None for line in lines]



@pytest.fixture
def fresh_reader():
    """``needed_pieces``'s reader looked up again, and again after the test's stand-ins are undone."""
    from matcher.text import _regex_reader
    _regex_reader.cache_clear()
    yield
    _regex_reader.cache_clear()


def _screened_lines_agree(monkeypatch) -> tuple[dict, list]:
    """The known credentials' screens built again under the reader now in place, and whether a line is
    found with them as ``_ANY`` finds it, on the fixtures' and these tests' lines."""
    from matcher.resumes import licences
    needing, unscreened = licences._screens()
    monkeypatch.setattr(licences, "_NEEDING", needing)
    monkeypatch.setattr(licences, "_UNSCREENED", unscreened)
    paths = [*sorted((ROOT / "tests" / "fixtures" / "languages").glob("*.txt")), ROOT / "tests" / "test_credentials.py"]
    lines = [line for path in paths for line in path.read_text(errors="replace").splitlines()]
    assert [licences._names_known(line) for line in lines] == [licences._ANY.search(line) is not None
                                                                for line in lines]
    return needing, unscreened


@pytest.mark.parametrize("stand_in", ["missing", "no parse", "reads wrong"])
def test_needed_pieces_is_none_and_every_pattern_searched_where_the_private_parse_cannot_be_read(
        stand_in, monkeypatch, fresh_reader):
    """The standard library's parse of a pattern is private (``re._parser``, ``sre_parse`` before 3.11): where
    it is gone (ImportError), lacks what is read of it (AttributeError) or reads a known pattern wrong, no
    pattern is screened, and every line is still found as the long alternation finds it."""
    from matcher.resumes import licences
    from matcher.text import _regex_reader, needed_pieces
    real_parse = sys.modules["re._parser"].parse
    for name in ("re._parser", "sre_parse"):
        fake = types.ModuleType(name)
        if stand_in == "reads wrong":
            fake.parse = lambda pattern, flags=0: real_parse("xyz", flags)
        monkeypatch.setitem(sys.modules, name, None if stand_in == "missing" else fake)
    assert _regex_reader() is None
    assert needed_pieces(re.compile(r"\bRN\b(?!-)|(?i:registered nurse)")) is None
    needing, unscreened = _screened_lines_agree(monkeypatch)
    assert needing == {} and unscreened == list(licences._KNOWN.values())


def test_needed_pieces_reads_the_older_module_where_re_parser_is_gone(monkeypatch, fresh_reader):
    from matcher.text import needed_pieces
    monkeypatch.setitem(sys.modules, "re._parser", None)
    assert needed_pieces(re.compile(r"\bRN\b(?!-)|(?i:registered nurse)")) == {"rn", "registered nurse"}


def test_a_pattern_whose_parse_cannot_be_walked_is_always_searched(monkeypatch):
    """One pattern the reader fails on (a parse of another shape) is searched on every line; the rest
    stay screened."""
    from matcher import text
    from matcher.resumes import licences
    parse, _ = text._regex_reader()
    odd = next(iter(licences._KNOWN.values()))

    def failing(pattern, flags=0):
        if pattern == odd.pattern:
            raise AttributeError("a parse of another shape")
        return parse(pattern, flags)

    monkeypatch.setattr(text, "_regex_reader", lambda: (failing, sys.modules["re._constants"]))
    needing, unscreened = _screened_lines_agree(monkeypatch)
    assert unscreened == [odd] and needing


def test_the_known_credentials_are_screened_on_this_python():
    """The speed-up holds here: every known credential's pattern has pieces a line must hold."""
    from matcher.resumes.licences import _KNOWN, _UNSCREENED
    from matcher.text import _regex_reader
    assert _regex_reader() is not None
    assert len(_UNSCREENED) < len(_KNOWN) / 10


# -- a credential the person says they have none of ------------------------------------------------------
@pytest.mark.parametrize("line, held", [
    ("Driver's license: none (public transit / bike)", False),
    ("Driver's License: No", False),
    ("Driver's licence: N/A", False),
    ("Driver's licence \u2014 none", False),
    ("Driver's license (none)", False),
    ("No driver's license (use public transit)", False),
    ("I do not have a driver's license.", False),
    ("Don't currently hold a driver's license", False),
    ("CDL: none", False),
    ("I don't have a CDL", False),
    # a "no" of something else, or a label's "yes"
    ("Driver's license: yes", True),
    ("Valid driver's license, no violations", True),
    ("No accidents; clean driver's license", True),
    ("Class A CDL, no endorsements", True),
    ("Class A CDL (No. 12345678)", True),
])
def test_a_credential_the_person_says_they_have_none_of_is_not_held(line, held):
    """"Driver's license: none" and "I do not have a driver's license." met the licence knock-out
    (walk-through 41 C #1)."""
    assert bool(held_ids(line) & {"drivers-license"}) is held


@pytest.mark.parametrize("line", [
    "API 1169 Pipeline Construction Inspector (cert. #12345, exp. 2028)",
    "API 1169 Pipeline Construction Inspector (cert #12345, exp. 2028)",
    "API 1169 Pipeline Construction Inspector [ID 12345, expires 06/2028]",
    "API 1169 Pipeline Construction Inspector (No. 12345, issued 2021, exp. 2028)",
])
def test_a_number_or_an_expiry_in_brackets_adds_no_words_to_a_listed_credentials_name(line):
    """"API 1169 ... (cert. #12345, exp. 2028)" was no listed credential (nine words), so the row
    asking it was partly covered (walk-through 41 C #8)."""
    text = f"Summary\nPipeline inspector.\nCertifications\n{line}\n"
    creds = read(text)
    assert line in creds.licences
    assert licence_held("API 1169 Pipeline Construction Inspector certification", creds, text)


def test_a_bracket_of_words_still_counts_in_a_listed_items_name():
    line = "Completed a summer program on coastal erosion and field methods (Oregon State)"
    assert line not in read(f"Certifications\n{line}\n").licences


@pytest.mark.parametrize("line, asked, held", [
    ("API 1169 Pipeline Construction Inspector (cert. #12345, exp. 2028)", "API 1169", True),
    ("API 570 Piping Inspector", "API 510", False),
    ("AMPP Certified Coating Inspector - Level 1 (formerly NACE CIP 1)", "NACE / AMPP CIP Level 1 (Coating Inspector)",
     True),
    ("NACE CIP Level 2 (cert. 99999, exp. 2027)", "NACE / AMPP CIP Level 1 (Coating Inspector)", True),
    ("CIP Level 3", "AMPP CIP Level 2", True),
    ("NACE CIP Level 1", "AMPP CIP Level 2", False),
    ("NACE CIP Level 1 (expired 2019)", "NACE CIP Level 1", False),
    ("AWS CWI #12345678", "CWI", True),
    ("SCWI", "AWS Certified Welding Inspector (CWI)", True),
    ("AWS Certified Welding Inspector (CWI)", "SCWI", False),
])
def test_an_inspectors_certification_is_shown_by_its_own_or_a_higher_grade(line, asked, held):
    """API's certifications by their numbers, NACE's coating inspector levels (a higher one holds a
    lower), AWS's welding inspector (walk-through 41 C #8)."""
    text = f"Certifications\n{line}\n"
    assert bool(licence_held(asked, read(text), text)) is held


MATE = "USCG License: Mate (Pilot) of Towing Vessels, or Master of Towing Vessels"
AB = "USCG Merchant Mariner Credential (MMC) with Able Seaman (AB) endorsement"
MMC = "USCG Merchant Mariner Credential (MMC) required"


@pytest.mark.parametrize("line, shown", [
    # each endorsement meets only an ask of its own or a lower one; any MMC line meets an ask of the MMC
    ("USCG Merchant Mariner Credential (MMC) with Able Seaman - Unlimited and Lifeboatman endorsements",
     [False, True, True]),
    ("USCG Merchant Mariner Credential with Able Seaman endorsement", [False, True, True]),
    ("MMC: AB Special, QMED", [False, True, True]),
    ("USCG Mate (Pilot) of Towing Vessels, Near Coastal / Western Rivers", [True, False, True]),
    ("Master of Towing Vessels, Near Coastal", [True, False, True]),
    ("MMC with Ordinary Seaman endorsement", [False, False, True]),
    # a medical certificate is no endorsement, Transport Canada's papers no USCG credential
    ("USCG medical certificate (2025)", [False, False, False]),
    ("Able Seafarer certificate (Transport Canada)", [False, False, False]),
])
def test_a_mariners_endorsements_are_credentials_of_their_own(line, shown):
    """Any USCG paper met "Mate (Pilot) of Towing Vessels", even a medical certificate alone
    (walk-through 41 C #2)."""
    text = f"Licenses\n{line}\n"
    asks = [[k for k in posting_knockouts(f"- {ask}") if k.kind == "licence"] for ask in (MATE, AB, MMC)]
    assert [any(licence_held(name, read(text), text, k.sentence) for k in ks for name in (k.alternatives or [k.name]))
            for ks in asks] == shown


@pytest.mark.parametrize("line, shown", [
    # a food protection manager's certificate meets both asks; a food handler's card only a plain ServSafe
    # ask when it is ServSafe's ("ServSafe Food Handler" is one of ServSafe's)
    ("ServSafe Manager, 2024", [True, True]),
    ("Certified Food Protection Manager (CFPM), exp. 2028", [True, True]),
    ("ServSafe Food Handler", [False, True]),
    ("Food Handler Card (Texas), 2025", [False, False]),
])
def test_a_food_handlers_card_is_no_food_protection_managers_certificate(line, shown):
    """"ServSafe Food Handler" met "ServSafe Manager certification" (lead's walk-through, a sous chef)."""
    text = f"Certifications\n{line}\n"
    asks = [[k for k in posting_knockouts(f"- {ask}") if k.kind == "licence"]
            for ask in ("ServSafe Manager certification required", "ServSafe certification required")]
    assert all(asks)
    assert [any(licence_held(name, read(text), text, k.sentence) for k in ks for name in (k.alternatives or [k.name]))
            for ks in asks] == shown


@pytest.mark.parametrize("line, today, shown", [
    # the refresher is yearly: its last date over a year ago is lapsed, one this year or last month held
    ("8-Hour HAZWOPER Refresher - last completed March 2023", dt.date(2026, 12, 1), False),
    ("8-Hour HAZWOPER Refresher (Jan 2025)", dt.date(2026, 12, 1), False),
    ("8-Hour HAZWOPER Refresher - expired March 2024", dt.date(2026, 1, 15), False),
    ("8-Hour HAZWOPER Refresher - completed March 2026", dt.date(2026, 12, 1), True),
    ("HAZWOPER 8-hr refresher, 2026", dt.date(2026, 12, 1), True),
    # the 40-hour course itself does not lapse
    ("40-Hour OSHA HAZWOPER (29 CFR 1910.120) - 2019", dt.date(2026, 12, 1), False),
])
def test_a_yearly_refresher_lapses_a_year_after_its_date(line, today, shown):
    """A HAZWOPER refresher last taken in 2023 met "current 8-hour refresher" (walk-through 41 C #4)."""
    text = f"Certifications\n{line}\n"
    creds = read_credentials(text, [ln for ln in text.split("\n") if ln.strip()], today)
    assert bool(licence_held("8-hour refresher", creds, text)) is shown


@pytest.mark.parametrize("line, forty, twenty_four", [
    ("40-Hour OSHA HAZWOPER (29 CFR 1910.120) - 2019", True, True),
    ("HAZWOPER 40-hour, 2021", True, True),
    ("24-Hour HAZWOPER Technician (2022)", False, True),
    ("8-Hour HAZWOPER Refresher - 2026", False, False),
])
def test_hazwoper_is_shown_by_its_hours_or_more(line, forty, twenty_four):
    text = f"Certifications\n{line}\n"
    assert bool(licence_held("40-hour OSHA HAZWOPER certification", read(text), text)) is forty
    assert bool(licence_held("24-hour HAZWOPER", read(text), text)) is twenty_four


RED_CARD = "Current NWCG Incident Qualification Card (Red Card) as FFT2"


@pytest.mark.parametrize("line, shown", [
    ("NWCG Red Card: FFT2 (current through 2027)", True),
    ("Red Card FFT1, 2026", True),    # a Firefighter Type 1 holds the Type 2's position
    ("NWCG Red Card: FFT2 (expired 2020)", False),
    ("Red Card (FFT2), expired 2020", False),
    ("Firefighter (FFT2), Deschutes National Forest 2015 - 2019", False),   # a role's position, no card
])
def test_a_red_card_is_a_credential_with_its_positions(line, shown):
    """An expired Red Card met the ask of a current one as FFT2 (walk-through 41 C #3)."""
    text = f"Certifications\n{line}\n"
    [k] = [k for k in posting_knockouts(f"- {RED_CARD}") if k.kind == "licence"]
    assert k.name == "NWCG Incident Qualification Card (Red Card) as FFT2"
    assert bool(licence_held(k.name, read(text), text, k.sentence)) is shown


@pytest.mark.parametrize("posting_name, line, shown", [
    # an adjuster's licence, whatever its lines, by its noun or the licensed person; not the job alone
    ("Texas All-Lines Adjuster License", "Texas All-Lines Adjuster License #2345678", True),
    ("Licensed Insurance Adjuster", "Florida 6-20 All-Lines Adjuster License", True),
    ("Licensed Insurance Adjuster", "Claims Adjuster, Acme Insurance, Dallas TX - 2018 to present", False),
    # a real estate salesperson's licence as a state names it, for the licensed agent asked by its noun
    ("Real Estate Agent license", "Florida Real Estate Sales Associate License (SL3456789)", True),
    ("Real Estate Agent license", "Real Estate Agent, Coastal Homes, Miami FL - 2020 to present", False),
    # Washington's plumber's certificate is its licence
    ("Licensed Journeyman Plumber", "Washington Journeyman Plumber Certificate (PL01)", True),
    ("Licensed Journeyman Plumber", "Journeyman Plumber, Rain City Plumbing, 2016 - present", False),
])
def test_a_licensed_occupations_licence_is_shown_by_its_states_name_not_the_job(posting_name, line, shown):
    """The adjuster's, the real estate agent's and the plumber's licences, as states name them, show the licence a
    posting asks by the licensed person ("Licensed Insurance Adjuster"); a line of the job alone shows none."""
    text = f"Licenses and experience\n{line}\n"
    assert (licence_held(posting_name, read(text), text) == line) == shown


@pytest.mark.parametrize("line, shown", [
    ("- Florida 6-20 All-Lines Adjuster - active", True),       # the licence by its work, under the heading
    ("- Georgia 6-20 All-Lines Adjuster - active", False),      # another state's
    ("- Florida 6-20 All-Lines Adjuster trainee", False),       # a junior grade, no licence
])
def test_a_licence_listed_under_its_heading_may_name_only_the_work_it_licenses(line, shown):
    """An adjuster's "Florida 6-20 All-Lines Adjuster - active" under "LICENSES" was no adjuster's licence (its
    noun is the heading's), so "Active Florida 6-20 All-Lines Adjuster license required" was held, the resume
    said to hold its Georgia licence only (walk-through office)."""
    text = f"LICENSES\n{line}\n- Non-resident adjuster licenses: Georgia, Texas\n"
    name = "Florida 6-20 All-Lines Adjuster license"
    assert (licence_held(name, read(text), text, f"Active {name} required") == line) == shown


@pytest.mark.parametrize("line, shown", [
    ("Skills: Microsoft Office 365, Concur, SharePoint, Notary Public (NJ)", True),   # the state's code in brackets
    ("New Jersey Notary Public", True),
    ("Commissioned notary, New Jersey, 2021", True),
    ("Notary Public, State of California", False),                  # another state's
    ("Coordinated notary services for New Jersey clients", False),  # the office's service, no commission
])
def test_a_notarys_commission_is_named_by_its_title(line, shown):
    """A legal assistant posting's "Notary Public commission in New Jersey" was not met by an executive
    assistant's "Notary Public (NJ)": the commission's word was not on the line and a state's code in brackets
    was no state (walk-through office)."""
    text = f"Experience\nExecutive Assistant, Garden State Bank, 2018 - present\n{line}\n"
    name = "Notary Public commission in New Jersey"
    sentence = f"{name} (or willingness to obtain within 90 days)"
    assert (licence_held(name, read(text), text, sentence) == line) == shown
    assert bool(licence_elsewhere(name, read(text), text, sentence)) == ("California" in line)


@pytest.mark.parametrize("name, line, held", [
    ("Texas Journeyman Electrician license", "TDLR Journeyman Electrician #123456 (exp. 08/2027)", True),
    ("Journeyman Electrician license (Texas)", "Journeyman Electrician License, TDLR #123456", True),
    ("Louisiana Journeyman Electrician license", "TDLR Journeyman Electrician #123456 (exp. 08/2027)", False),
    ("California C-10 contractor license", "C-10 Electrical Contractor License, CSLB #1098765", True),
])
def test_a_state_board_by_its_letters_names_its_state(name, line, held):
    """"TDLR Journeyman Electrician #123456" was a licence of no state, so the Texas knock-out was met by the job
    line "Journeyman Electrician | IES Commercial, Austin TX" (the city's state); the licence line is quoted now."""
    text = f"Licenses\n{line}\nExperience\nJourneyman Electrician | IES Commercial, Austin TX | 2021 - Present\n"
    assert (licence_held(name, read(text), text) == line) == held


def test_a_state_board_held_is_another_state_than_the_one_asked():
    text = "Licenses\nTDLR Journeyman Electrician #123456\n"
    assert licence_elsewhere("Louisiana Journeyman Electrician license", read(text), text)[1] == "Texas"


@pytest.mark.parametrize("name, line, held", [
    ("Arizona Board of Pharmacy technician license", "Arizona Pharmacy Technician License #T012345, active", True),
    ("Ohio State Board of Pharmacy technician registration", "Pharmacy Technician Registration, Ohio, 2024", True),
    ("Arizona Board of Pharmacy technician license", "Texas Pharmacy Technician License #55120", False),
    ("Board of Pharmacy license", "Arizona Pharmacy Technician License #T012345, active", False),
    ("Arizona Board of Pharmacy technician license", "Arizona Board of Pharmacy, volunteer", False),
])
def test_the_board_that_issues_a_licence_is_no_word_of_its_name(name, line, held):
    """A pharmacy technician posting's "Active Arizona Board of Pharmacy technician license" was not met
    (to check, the row partly covered 0.4) by "Arizona Pharmacy Technician License #T012345, active", as every
    word of a name the taxonomy does not know, "Board" too, had to be on the line; the board says who issues
    it, not which: a line naming the holder in its field shows it, in the state asked; a name whose board
    names no holder ("Board of Pharmacy license": a pharmacist's or a technician's?) reads as before
    (walk-through: health)."""
    from matcher.resumes.licences import licence_line
    assert bool(licence_line(name, [line], f"Active {name}")) is held


@pytest.mark.parametrize("line, held", [
    ("Engineer in Training (EIT), Texas Board of Professional Engineers, passed FE Civil exam 2021", False),
    ("EIT #61234 - State Board of Registration for Professional Engineers and Land Surveyors", False),
    ("Professional Engineer, Ohio #E-81234", True),
    ("Licensed Professional Engineer (Ohio, Indiana)", True),
])
def test_the_board_of_professional_engineers_is_no_pe_licence(line, held):
    """A structural EIT met a healthcare posting's "Professional Engineer (PE) license required" knock-out with
    "Engineer in Training (EIT), Texas Board of Professional Engineers, ...": the name's "Professional Engineer"
    form was no known credential, so its two words, found in the board's name, showed it; the title a PE alone
    may use is the PE licence now, and the board's name of its holders shows none (walk-through: engineering)."""
    from matcher.resumes.licences import licence_line
    sentence = "Professional Engineer (PE) license required; must be licensed in Tennessee or able to obtain by comity"
    assert bool(licence_line("Professional Engineer (PE)", [line], sentence)) is held


@pytest.mark.parametrize("line", [
    "- Mentor 3 EITs preparing for the PE exam",
    "Coached junior accountants studying for the CPA exam",
    "Helped two colleagues prepare for the CPA exam",
])
def test_an_exam_those_the_line_mentors_sit_is_no_licence_to_come(line):
    """A licensed PE's "Mentor 3 EITs preparing for the PE exam" made the PE asked still to come ("the resume
    says Professional Engineering license (PE) is still to come: - Mentor 3 EITs preparing for the PE exam"):
    the exam is theirs, not the seeker's; the seeker's own still is ("Led a team of 6 while studying for the
    CPA exam") (walk-through: engineering)."""
    text = f"Experience\nSenior Engineer, 2018 - Present\n{line}\n"
    for name in ("Professional Engineering license (PE)", "CPA"):
        assert licence_to_come(name, read(text), text, f"{name} required, or ability to obtain within 12 months") \
            is None
    own = "Experience\nSenior Accountant, 2018 - Present\nLed a team of 6 while studying for the CPA exam\n"
    assert licence_to_come("CPA", read(own), own, "CPA required")
