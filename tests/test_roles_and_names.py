"""Names as people write them (nicknames, initials, hyphens) go with the rest of the name;
roles keep their titles when no job noun names them, and a role read twice is one role;
headings written with their letters spaced out are headings."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.ranking.catalog import Catalog
from matcher.resumes.read import resume_from_text
from matcher.resumes.redaction import redact
from matcher.resumes.roles import find_roles, headline, total_years
from matcher.resumes.sections import heading_of
from matcher.text import ROLE_WORD

from .test_resumes import BODY, TODAY


# -- names -----------------------------------------------------------------------------------
@pytest.mark.parametrize("header, words", [
    ('Robert "Bobby" Haines', ["Robert", "Bobby", "Haines"]),
    ("Robert 'Bobby' Haines", ["Robert", "Bobby", "Haines"]),
    ("Robert \u201cBobby\u201d Haines", ["Robert", "Bobby", "Haines"]),
    ("Robert \u2018Bobby\u2019 Haines", ["Robert", "Bobby", "Haines"]),
    ("Robert (Bobby) Haines", ["Robert", "Bobby", "Haines"]),
    ('ROBERT "BOBBY" HAINES', ["Robert", "Bobby", "Haines"]),
    ('Name: Robert "Bobby" Haines', ["Robert", "Bobby", "Haines"]),
    ("Jane Q. Doe", ["Jane", "Doe"]),
    ("Mary-Jane O'Neil", ["Mary", "Jane", "O'Neil"]),
    ("Jean-Luc Picard", ["Jean", "Luc", "Picard"]),
])
def test_a_name_goes_whole_with_its_nickname_initials_and_hyphenated_parts(header, words):
    body = " ".join(f"{w} drove." for w in words)
    redacted = redact(f"{header}\nTruck Driver\n\nExperience\n{body}\nHauled freight.")
    for word in words:
        assert word.lower() not in redacted.lower(), word
    assert '"' not in redacted and "(" not in redacted and "\u201c" not in redacted
    assert redacted.startswith("Truck Driver\n") and "Hauled freight." in redacted


@pytest.mark.parametrize("header, kept", [
    ("Jane Doe (PhD)", "PhD"), ("JANE DOE (MBA)", "MBA"), ("John Smith (CPA)", "CPA"),
])
def test_a_credential_in_brackets_after_the_name_is_no_nickname(header, kept):
    first = header.split()[0].capitalize()
    redacted = redact(f"{header}\nEngineer\n\nEducation\n{kept}, 2015\n{first} wrote it.")
    assert f"{kept}, 2015" in redacted and first not in redacted


NICKNAMED = [
    ('Robert "Bobby" Haines\nbobby.haines@example.com | (515) 555-0142\nDes Moines, IA', "Bobby",
     "Robert Haines"),
    ('Maria "Mia" Lopez\nmia.lopez@example.com | (515) 555-0199\nAmes, IA', "Mia", "Maria Lopez"),
    ("Priya (Pia) Raghunathan\npriya.r@outlook.com \u00b7 +91 98765 43210\nBengaluru, India", "Pia",
     "Priya Raghunathan"),
    ("Anne-Marie O'Brien\nannemarie@obrien.ie \u00b7 +353 87 123 4567\nDublin, Ireland", "Anne",
     "Anne-Marie O'Brien"),
]


@pytest.mark.parametrize("a, b", [(0, 1), (2, 3), (0, 3)])
def test_people_with_nicknames_swapped_read_identically(a, b):
    resumes = [resume_from_text(header + "\n" + BODY.format(first=first, full=full), today=TODAY)
               for header, first, full in (NICKNAMED[a], NICKNAMED[b])]
    one, two = resumes
    assert one.text == two.text and one.sentences == two.sentences
    assert (one.years, one.title) == (two.years, two.title) == (9.5, "Senior Platform Engineer")
    for _header, first, full in (NICKNAMED[a], NICKNAMED[b]):
        for word in full.replace("-", " ").split() + [first]:
            assert word.lower() not in one.text.lower(), word


def test_people_with_nicknames_swapped_get_the_same_scores(seed_index):
    catalog = Catalog.from_index(seed_index)
    for a, b in [(0, 1), (2, 3)]:
        results = []
        for header, first, full in (NICKNAMED[a], NICKNAMED[b]):
            resume = resume_from_text(header + "\n" + BODY.format(first=first, full=full), "candidate",
                                      today=TODAY)
            results.append([m.to_dict() for m in catalog.rank(resume, top_k=None)])
        assert results[0] == results[1]


# -- role titles --------------------------------------------------------------------------
@pytest.mark.parametrize("text, titles", [
    # no job noun: the piece beside the firm and place that names a person by its form, or a
    # credential the taxonomy knows by a job's name; a bracketed qualifier is dropped
    ("CNA (per diem) | Maple Leaf Assisted Living, Madison WI | Oct 2023 \u2013 Present\n- Helped residents.\n"
     "Server | Olive Garden, Madison WI | May 2021 \u2013 Sep 2023\n- Served tables.", ["CNA", "Server"]),
    ("Phlebotomist \u2014 Quest Diagnostics, Sacramento, CA \u2014 Jun 2021 - Present", ["Phlebotomist"]),
    ("Olive Garden | Server | 2019 - 2021", ["Server"]),
    ("Mercy Medical Center | Phlebotomist | 2019 - 2021", ["Phlebotomist"]),
    ("RN | Mercy Medical Center | 2019 - 2021", ["RN"]),
    # a city after the firm is no doer by its "-er" ("Denver" had been the title, or tied with "RN" for none)
    ("RN, Mercy Hospital, Denver   2020 - Present", ["RN"]),
    ("CNA, Sunrise Senior Living, Rochester  2019 - 2021", ["CNA"]),
    ("Sonographer, UCHealth, Denver  2022 - Present", ["Sonographer"]),
    # ... or ends in one, after the unit or kind of work
    ("ICU RN, Mercy Hospital, 2019 - 2024", ["ICU RN"]),
    ("Emergency Department RN, Mercy Hospital, 2019 - 2024", ["Emergency Department RN"]),
    ("Charge RN | Mercy Medical Center | 2019 - 2021", ["Charge RN"]),
    ("Hospice CNA | Sunrise Senior Living | 2018 - 2020", ["Hospice CNA"]),
    # ... or the letters alone a job goes by in titles, which the taxonomy leaves out (a parents' association is
    # a PTA too); a title beside them stays the title
    ("PTA \u2014 Banner Rehabilitation Hospital, Phoenix AZ \u2014 2020 - Present", ["PTA"]),
    # a table's column heads over its first row are no title ("Employer" had been the home health nurse's)
    ("Employer | Position | Dates\nInterim HealthCare, Columbus | Home Health LPN | Feb 2021 - Present",
     ["Home Health LPN"]),
    ("COTA, Sunrise Senior Living, Mesa AZ  2019 - 2021", ["COTA"]),
    ("Volunteer Secretary, Lincoln Elementary PTA  2016 - 2019", ["Volunteer Secretary"]),
    # a level after the title is read past, and kept
    ("Professional Fee Coder II, Olmsted Medical Center, Rochester MN \u2014 04/2019 to present",
     ["Professional Fee Coder II"]),
    ("Olive Garden | Server 2 | 2019 - 2021", ["Server 2"]),
    ("Mercy Medical Center | Coder III | 2019 - 2021", ["Coder III"]),
    # the same brackets go from a title with a job noun
    ("Software Engineer (Contract) | Acme | 2019 - 2021", ["Software Engineer"]),
    # a licence's grade stays with it
    ("CDL-A Truck Driver Apr 2017 \u2013 Present\nMidwest Freight Lines, Des Moines, IA", ["CDL-A Truck Driver"]),
    ("EMT-B | County Ambulance | 2016 - 2019", ["EMT-B"]),
    # a firm in capitals glued to its title by a hyphen is still apart from it
    ("ACCENTURE-QA Tester, City, STATE, 11/2006-06/2007", ["QA Tester"]),
    # markdown's marks are no part of a title
    ("### Data Analyst, Peachtree Health (Feb 2021 \u2013 Present)", ["Data Analyst"]),
    ("**Data Analyst**, Peachtree Health, Feb 2021 \u2013 Present", ["Data Analyst"]),
    # a field or farm trade named by a compound of "hand" or "man", or a word of its own
    ("Floorhand, Key Energy Services, Midland, TX \u2014 2021 to present (14/14 rotation)", ["Floorhand"]),
    ("Brandt Family Farm, Ogallala, NE \u2014 Farmhand          June 2016 \u2013 Present", ["Farmhand"]),
    ("Deckhand, Atlantic Towing Ltd., Halifax, NS (2020 - present)", ["Deckhand"]),
    ("Keith County Co-op \u2014 Seasonal Yard Hand        2020 \u2013 2022", ["Seasonal Yard Hand"]),
    ("Keith County Co-op \u2014 Seasonal Yard Hand        Summers 2020 \u2013 2022", ["Seasonal Yard Hand"]),
    ("Line Cook, Harbor Grill    Summers, 2019 - 2021", ["Line Cook"]),
    ("Deck Hand 2018 - 2020", ["Deck Hand"]),
    ("Derrickhand | Nabors Drilling | 2019 - 2021", ["Derrickhand"]),
    ("Roustabout, Basic Energy, Odessa, TX \u2014 2019 to 2021", ["Roustabout"]),
    ("Roughneck - Patterson-UTI - 2015 - 2018", ["Roughneck"]),
    ("Journeyman Lineman, Entergy, Baton Rouge, LA 2018 - 2022", ["Journeyman Lineman"]),
    ("Lineman 2018 - 2022", ["Lineman"]),
    ("Driller, Nabors Drilling, Odessa, TX \u2014 2019 - 2021", ["Driller"]),
])
def test_a_roles_title_without_a_job_noun(text, titles):
    assert [r.title for r in find_roles(f"Experience\n{text}", TODAY)] == titles


@pytest.mark.parametrize("text", [
    "Full-Stack Web Development Bootcamp | Nashville Software School | Feb 2024 - Jun 2024",  # no person
    "Windows Server 2012 - 2016 upgrades",                # one piece: no title beside a firm
    "Glacier | Server | 2019 - 2021",                     # two pieces alike: neither
    "Acme Corp, 2015 - 2019",
    "Upgraded Windows Server, Exchange 2012 - 2016",       # a verb opens a sentence
    "Hand & Stone Massage, Dallas, TX | 2019 - 2021",      # a "hand" alone names no trade
    "Hoffman Freeman, Dallas, TX | 2019 - 2021",           # a surname in -man is no lineman
    "Upper Hand Consulting, Austin, TX 2019 - 2021",
    "German, Spanish | 2019 - 2021",
])
def test_pieces_that_name_no_person_are_no_title(text):
    assert [r.title for r in find_roles(f"Experience\n{text}", TODAY)] == [""]


def test_a_licence_prefixed_headline_is_kept_whole():
    assert headline("Jordan Lee\nCDL-A Truck Driver\n\nSkills\nClass A CDL") == "CDL-A Truck Driver"


@pytest.mark.parametrize("line, title", [
    ("SPEECH-LANGUAGE PATHOLOGY CLINICAL FELLOW", "SPEECH-LANGUAGE PATHOLOGY CLINICAL FELLOW"),
    ("MEDICAL-SURGICAL REGISTERED NURSE", "MEDICAL-SURGICAL REGISTERED NURSE"),
    ("Full-Stack Developer", "Full-Stack Developer"),
    ("ACCENTURE-QA TESTER", "QA TESTER"),            # a firm glued to a short title still splits
    ("Cox Automotive-Software Engineer", "Software Engineer"),
])
def test_a_compound_in_a_headline_of_capitals_is_kept_whole(line, title):
    assert headline(f"Jordan Lee\n{line}\n\nSkills\nExcel") == title


@pytest.mark.parametrize("line, title", [
    ("Law Clerk to the Hon. Maria Santos, U.S. District Court, E.D.N.Y. — Aug. 2021 – Aug. 2022", "Law Clerk"),
    ("Judicial Law Clerk to Judge Ann Reyes, Cook County Circuit Court, 2020 - 2021", "Judicial Law Clerk"),
    ("Judicial Clerk to the Honorable Rosa Diaz | Superior Court | 2019 - 2020", "Judicial Clerk"),
    ("Executive Assistant to the CEO, Acme Corp, 2018 - 2020", "Executive Assistant to the CEO"),
])
def test_a_clerks_judge_is_no_part_of_the_title(line, title):
    """"Law Clerk to the Hon. Maria Santos" is a law clerk's role: the judge served is not
    in the title (and "Hon." ends no sentence); a title that names a post served is kept."""
    assert [r.title for r in find_roles(f"Experience\n{line}", TODAY)] == [title]
    assert len(resume_from_text(f"Experience\n{line}", today=TODAY).sentences) == 1


def test_a_cna_has_years_in_her_roles():
    resume = resume_from_text("Jasmine Carter\n\nExperience\n"
                              "CNA (per diem) | Maple Leaf Assisted Living, Madison WI | Oct 2023 \u2013 Present\n"
                              "- Helped 12 residents with bathing and meals.\n"
                              "Server | Olive Garden, Madison WI | May 2021 \u2013 Sep 2023\n"
                              "- Served 30+ tables a shift.\n", today=TODAY)
    assert [(r.title, r.years) for r in resume.roles] == [("CNA", 0.7), ("Server", 2.4)]
    assert resume.title == "CNA"


# -- a role read twice ----------------------------------------------------------------------
TABLE_AND_PARAGRAPHS = """Experience
| Role | Company | Dates |
| Data Analyst | Peachtree Health | Feb 2021 \u2013 Present |
| Junior Data Analyst | Southern Retail Co. | Jul 2019 \u2013 Jan 2021 |
### Data Analyst, Peachtree Health (Feb 2021 \u2013 Present)
- Built Tableau dashboards.
### Junior Data Analyst, Southern Retail Co. (Jul 2019 \u2013 Jan 2021)
- Automated weekly sales reports.
"""


def test_a_role_read_twice_is_one_role():
    roles = find_roles(TABLE_AND_PARAGRAPHS, TODAY)
    assert [(r.title, r.start, r.end) for r in roles] == [
        ("Data Analyst", dt.date(2021, 2, 1), TODAY),
        ("Junior Data Analyst", dt.date(2019, 7, 1), dt.date(2021, 1, 31))]
    # the same dates at the same firm, the title written two ways
    roles = find_roles("Experience\nData Analyst | Peachtree Health | 2021 - 2023\n"
                       "Senior Data Analyst, Peachtree Health, 2021 - 2023\n", TODAY)
    assert [r.title for r in roles] == ["Data Analyst"]
    # an untitled reading takes the title of the other
    roles = find_roles("Experience\nPeachtree Health, 2021 - 2023\nData Analyst, Peachtree Health, 2021 - 2023\n",
                       TODAY)
    assert [r.title for r in roles] == ["Data Analyst"]


def test_roles_held_at_once_stay_apart():
    roles = find_roles("Experience\nServer | Olive Garden | 2019 - 2021\nCashier | Target | 2019 - 2021\n"
                       "Cashier | Target | 2016 - 2018\n", TODAY)
    assert [r.title for r in roles] == ["Server", "Cashier", "Cashier"]


# -- letter-spaced headings -------------------------------------------------------------------
@pytest.mark.parametrize("line, kind", [
    ("E X P E R I E N C E", "experience"),
    ("W O R K   E X P E R I E N C E", "experience"),
    ("S K I L L S", "skills"),
    ("E D U C A T I O N", "education"),
    ("P R O F E S S I O N A L  S U M M A R Y", "other"),
])
def test_a_heading_with_its_letters_spaced_out_is_a_heading(line, kind):
    assert heading_of(line)[0] == kind


def test_letters_spaced_out_that_spell_no_heading_are_no_heading():
    assert heading_of("A B C") is None and heading_of("I T Support") is None


def test_a_resume_with_spaced_headings_reads_its_sections():
    resume = resume_from_text("Emily Carter\nTeacher\n\nE X P E R I E N C E\n"
                              "Fifth Grade Teacher\tAug 2019 - Present\n- Taught math.\n\n"
                              "E D U C A T I O N\nB.S. Elementary Education, 2015 - 2019\n\n"
                              "S K I L L S\nClassroom management\n", today=TODAY)
    assert not any(" ".join("EXPERIENCE") in s or " ".join("SKILLS") in s for s in resume.sentences)
    assert [r.title for r in resume.roles] == ["Fifth Grade Teacher"]   # the degree's dates are no role


@pytest.mark.parametrize("line", [
    "Career break (family caregiving) -- 2019 to 2021",
    "Sabbatical, travel in South America, 2019 - 2020",
    "Parental leave | Jan 2020 - Dec 2020",
    "Employment gap: job search 2019 - 2020",
])
def test_a_dated_break_from_work_is_no_role(line):
    text = f"Experience\nLead Teacher, Little Acorns, 2016 - 2019\n{line}\nTeacher, Oak School, 2021 - 2023\n"
    roles = find_roles(text, TODAY)
    assert [r.title for r in roles] == ["Teacher", "Lead Teacher"]
    assert [r.title for r in find_roles("Experience\nTravel Nurse, Aya Healthcare, 2019 - 2021\n", TODAY)] \
        == ["Travel Nurse"]


@pytest.mark.parametrize("title", [
    "Career break - full-time family caregiver",
    "Sabbatical",
    "Parental leave",
    "Career gap: relocation and job search",
    "Stay-at-home parent",
])
def test_a_break_named_above_its_dates_is_no_role(title):
    """A break written as a title over its dates ("Career break - full-time family caregiver" /
    "August 2018 - December 2023") is no work: its years had counted in the years of work shown."""
    text = ("Experience\nPayroll Specialist, Tacoma Screw Products, Tacoma, WA\nMarch 2011 - July 2018\n"
            f"{title}\nAugust 2018 - December 2023\nPayroll Assistant, MultiCare, Tacoma, WA\nJanuary 2024 - Present\n")
    assert [r.title for r in find_roles(text, TODAY)] == ["Payroll Assistant", "Payroll Specialist"]


@pytest.mark.parametrize("title", ["Caregiver, Home Instead Senior Care", "Family Leave Coordinator, Acme HR",
                                   "Travel Nurse, Aya Healthcare"])
def test_a_job_whose_title_names_care_leave_or_travel_is_a_role(title):
    text = ("Experience\nPayroll Specialist, Tacoma Screw Products, Tacoma, WA\nMarch 2011 - July 2018\n"
            f"{title}\nAugust 2018 - December 2023\n")
    assert len(find_roles(text, TODAY)) == 2


# -- personal details --------------------------------------------------------------------------
PERSONAL = [
    "Date of Birth: 12/03/1994\nNationality: British\nMarital Status: Single\nGender: Female",
    "Date of Birth: 03/11/1971\nNationality: Nigerian\nMarital Status: Married, two children\nReligion: Christian",
    "DOB: 14-02-1997 | Gender: Male | Marital Status: Unmarried | Father's Name: V. Rao\nPassport No: K1234567",
    "Born: 11.08.1993 | Nationality: Danish | Married\n[Photo]",
    "",
    # Europass's table of details: labels without colons
    "Sex Female | Date of birth 14/03/1991 | Nationality Indian",
]


@pytest.mark.parametrize("a, b", [(0, 1), (2, 3), (0, 4), (3, 4), (5, 4)])
def test_people_differing_in_personal_details_read_identically(a, b):
    body = BODY.format(first="Jane", full="Jane Doe")
    one, two = (resume_from_text(f"Jane Doe\njane@example.com\n{PERSONAL[k]}\n" + body, today=TODAY) for k in (a, b))
    assert one.text == two.text and one.sentences == two.sentences
    for word in ("Birth", "British", "Nigerian", "Married", "Single", "Gender", "Religion", "Passport", "Photo",
                 "Danish", "1994", "1997", "Indian", "1991"):
        assert word not in one.text, word


@pytest.mark.parametrize("lines", [
    ("Jane Doe",),
    ("europass Curriculum Vitae", "PERSONAL INFORMATION", "Jane Doe"),
    ("Curriculum Vitae", "Jane Doe"),
    ("Personal details", "Jane Doe"),
])
def test_the_name_under_a_document_title_or_a_personal_heading_is_redacted(lines):
    """A Europass CV opens "europass Curriculum Vitae" / "PERSONAL INFORMATION" / the name: the name
    goes as on any resume (it had been left in the text)."""
    resume = resume_from_text("\n".join(lines) + "\n" + BODY.format(first="Jane", full="Jane Doe"), today=TODAY)
    assert "Jane" not in resume.text and "Doe" not in resume.text


def test_people_differing_in_personal_details_get_the_same_scores(seed_index):
    catalog = Catalog.from_index(seed_index)
    results = []
    for details in PERSONAL:
        resume = resume_from_text(f"Jane Doe\n{details}\n" + BODY.format(first="Jane", full="Jane Doe"), "candidate",
                                  today=TODAY)
        results.append([m.to_dict() for m in catalog.rank(resume, top_k=None)])
    assert all(result == results[0] for result in results[1:])


def test_a_right_to_work_stated_with_a_nationality_is_still_read():
    resume = resume_from_text("Jane Doe\nNationality: Polish (EU Settled Status – right to work in the UK)\n"
                              + BODY.format(first="Jane", full="Jane Doe"), today=TODAY)
    assert "Polish" not in resume.text
    # the UK by the settled status, and every EEA state by the EU citizenship the nationality gives
    assert {"GB", "PL", "DE"} <= set(resume.credentials.work_authorisation)


@pytest.mark.parametrize("line, kept, gone", [
    ("Age: 19. U.S. passport. Can reach 82 inches.", "U.S. passport. Can reach 82 inches.", "19"),
    ("Date of birth: 14 March 2007. Marital status: single. Driving licence: full.", "Driving licence: full.",
     "2007"),
    ("Gender: Female. Religion: Christian. Forklift certified.", "Forklift certified.", "Christian"),
    ("Nationality: British. Full UK driving licence.", "Full UK driving licence.", "British"),
    ("DOB: 02/05/1990. Willing to relocate.", "Willing to relocate.", "1990"),
    ("Born: 11.08.1993. Married. CDL Class A.", "CDL Class A.", "Married"),
])
def test_a_personal_field_ends_at_its_sentence_end(line, kept, gone):
    """A personal field's value runs to its sentence's end, not to the line's: what follows
    ("U.S. passport", "Driving licence: full") is the work's."""
    out = redact(f"Experience\nHost, Olive Garden, 2023 - present\n{line}")
    assert out.endswith("\n" + kept) and gone not in out


@pytest.mark.parametrize("line, gone", [
    ("Father's Name: V. Rao. Driving licence: full.", "Rao"),        # an initial ends no sentence
    ("Place of birth: Mt. Vernon, NY. Driving licence: full.", "Vernon"),  # nor a short abbreviation
    ("Nationality: U.S. Citizen. Driving licence: full.", "Citizen"),
])
def test_a_personal_value_with_a_full_stop_inside_goes_whole(line, gone):
    out = redact(f"Experience\nHost, Olive Garden, 2023 - present\n{line}")
    assert gone not in out and out.endswith("Driving licence: full.")


def test_a_resume_of_one_line_of_personal_details_and_more_is_read():
    resume = resume_from_text("Age: 19. U.S. passport. Can reach 82 inches. High school diploma, 2025.", today=TODAY)
    assert "passport" in resume.text and "19" not in resume.text


def test_a_label_like_a_personal_field_inside_the_work_stays():
    text = "Experience\nCare Assistant, Acme Care, 2019 - 2021\n- Supported single parents and male patients aged 60+"
    assert redact(text) == text


@pytest.mark.parametrize("line, title", [
    ("Warehouse Operative — Amazon, Daventry — 05/2019 – present", "Warehouse Operative"),
    ("Werkstudent Data Engineering — Siemens AG, München — 10/2018 – 08/2020", "Werkstudent Data Engineering"),
    ("Working Student, SAP SE, Walldorf, 04/2019 - 09/2020", "Working Student"),
    ("Carer, Home Instead, 2015 - 2019", "Carer"),
    ("Advanced Nurse Practitioner, Leeds Teaching Hospitals, 2015 - 2019", "Advanced Nurse Practitioner"),
    ("Pipe Fitter - Babcock - 2015 - 2019", "Pipe Fitter"),
    ("Warehouse Associate -- Amazon CLT2 -- 2019 - 2021", "Warehouse Associate"),
    ("HVAC Helper -- Queen City Mechanical, Charlotte NC -- 2021 - 2022", "HVAC Helper"),
])
def test_british_and_european_titles_are_job_titles(line, title):
    assert [r.title for r in find_roles(f"Experience\n{line}", TODAY)] == [title]


# -- street addresses outside the US -------------------------------------------------------------
ADDRESSES = [
    "14 Larkhall Rise, London SW4 6HB",
    "Flat 3, 22 Baker Street, London NW1 6XE",
    "Apt 4B, 12 MG Road, Bengaluru, Karnataka 560066",
    "45 Rue de Rivoli, 75001 Paris",
    "Hauptstraße 5, 80331 München",
    "12 Smith St, Fitzroy VIC 3065",
    "221 King St W, Toronto, ON M5V 1J5",
    "Nørrebrogade 12, 2200 København N",
    "",
]


@pytest.mark.parametrize("a, b", [(0, 1), (2, 3), (4, 5), (6, 7), (0, 8), (3, 8), (7, 8)])
def test_people_differing_in_a_street_address_read_identically(a, b):
    body = BODY.format(first="Jane", full="Jane Doe")
    one, two = (resume_from_text(f"Jane Doe\njane@example.com | +44 20 7946 0958\n{ADDRESSES[k]}\n" + body,
                                 today=TODAY) for k in (a, b))
    assert one.text == two.text and one.sentences == two.sentences
    assert (one.years, one.title) == (two.years, two.title) == (9.5, "Senior Platform Engineer")
    for word in ("Larkhall", "6HB", "Baker", "MG Road", "560066", "Rivoli", "75001", "Hauptstraße", "80331",
                 "Smith St", "3065", "King St", "M5V", "Nørrebrogade", "2200"):
        assert word not in one.text, word


def test_people_differing_in_a_street_address_get_the_same_scores(seed_index):
    catalog = Catalog.from_index(seed_index)
    results = []
    for address in ADDRESSES:
        resume = resume_from_text(f"Jane Doe\n{address}\n" + BODY.format(first="Jane", full="Jane Doe"),
                                  "candidate", today=TODAY)
        results.append([m.to_dict() for m in catalog.rank(resume, top_k=None)])
    assert all(result == results[-1] for result in results)


@pytest.mark.parametrize("line", [
    "Reduced costs by 22 Road trips", "12 Street teams", "Managed 45 Street-level sites",
    "Ran 12 Abbey Road sessions", "Migrated 5 Via Rail routes, 2019", "Platoon Leader, 2nd Brigade 12, 2015 - 2019",
    "Werkstudent, SAP SE, 69190 Walldorf, 04/2019 - 09/2020", "Engineer, Siemens AG, München, 2019 - 2021",
])
def test_work_lines_with_numbers_and_street_words_stay(line):
    text = f"Experience\nCare Assistant, Acme Care, 2019 - 2021\n- {line}"
    assert redact(text) == text


@pytest.mark.parametrize("text, titles", [
    # a hyphen after one capitalised word joins a compound that modifies the job noun
    ("Medical-Surgical Nurse, St. Mary Hospital, Jan 2019 - Present", ["Medical-Surgical Nurse"]),
    ("Medical-Surgical Nurse | St. Mary Hospital | 2019 - 2023", ["Medical-Surgical Nurse"]),  # from "‑"
    ("Full-Stack Developer, Acme Corp, 2019 - 2022", ["Full-Stack Developer"]),
    # a firm of several words or in capitals glued by a hyphen is still apart from the title
    ("Cox Automotive-Software Engineer, 2015 - 2018", ["Software Engineer"]),
    ("ACCENTURE-QA Tester, City, STATE, 11/2006-06/2007", ["QA Tester"]),
])
def test_a_hyphen_joins_a_compound_title_and_splits_a_glued_firm(text, titles):
    assert [r.title for r in find_roles(f"Experience\n{text}", TODAY)] == titles


# -- military titles and leading ------------------------------------------------------------
@pytest.mark.parametrize("text, titles", [
    # a bracket spelling a unit's initials splits no title: the billet goes on after it
    ("Supply Support Activity (SSA) NCOIC \u2014 82nd Airborne Division Sustainment Brigade, Fort Liberty, NC"
     "   06/2020 \u2013 10/2023\nSenior Logistics Sergeant \u2014 1st Cavalry Division, Fort Cavazos, TX"
     "   03/2017 \u2013 05/2020", ["Supply Support Activity (SSA) NCOIC", "Senior Logistics Sergeant"]),
    ("Motor Pool OIC, 3rd Infantry Division, 2015 - 2018", ["Motor Pool OIC"]),
    ("Battery Commander | 1-319th Field Artillery | 2012 - 2014", ["Battery Commander"]),
    ("Platoon Sergeant, 2nd Battalion, 2010 - 2012", ["Platoon Sergeant"]),
    # a bracket that only qualifies the title, or initials after it, still split
    ("Software Engineer (Contract) | Acme | 2019 - 2021", ["Software Engineer"]),
    ("Data Analyst (FT) Acme Corp, 2019 - 2021", ["Data Analyst"]),
])
def test_military_billets_and_ranks_are_role_titles(text, titles):
    assert [r.title for r in find_roles(f"Experience\n{text}", TODAY)] == titles


@pytest.mark.parametrize("title, leads", [
    ("Supply Support Activity (SSA) NCOIC", True), ("Motor Pool OIC", True), ("Company Commander", True),
    ("Squad Leader", True), ("Section Chief", True), ("Platoon Sergeant", True), ("First Sergeant", True),
    ("Staff Sergeant", True), ("Sergeant First Class", True), ("Sergeant Major", True),
    ("Senior Logistics Sergeant", True), ("Chief Petty Officer", True),
    # a grade others hold without leading does not; nor do the other "chief" titles change
    ("Sergeant", False), ("Petty Officer Second Class", False), ("Automated Logistical Specialist", False),
    ("Chief of Staff", True), ("Chief Financial Officer", True), ("Warehouse Associate", False),
    # a case manager manages clients' cases, no staff
    ("Child Welfare Case Manager", False), ("Care Manager", False), ("Case Management Supervisor", True),
])
def test_military_titles_that_lead_others(title, leads):
    from matcher.text import LEAD_TITLE
    assert bool(LEAD_TITLE.search(title)) is leads


# -- a role without a title under a one-job headline -------------------------------------------
ELECTRICIAN = ("Ray Delgado\n{headline}\n\nExperience\n{roles}\n"
               "- Commercial electrical: conduit bending, panel installs, troubleshooting, blueprint reading.\n")


@pytest.mark.parametrize("headline_, roles, titles", [
    # the one title the resume states names the roles that have none
    ("Journeyman Electrician", "Volt Works, Phoenix AZ \u2014 2016 - present", ["Journeyman Electrician"]),
    ("Journeyman Electrician \u2014 Arizona license #E-12345",
     "Volt Works, Phoenix AZ \u2014 2016 - present\nSparks Electric, Mesa AZ \u2014 2012 - 2016",
     ["Journeyman Electrician", "Journeyman Electrician"]),
    # a headline naming two jobs, or the job sought, names none
    ("Electrician / Estimator", "Volt Works, Phoenix AZ \u2014 2016 - present", [""]),
    ("Aspiring Project Estimator", "Volt Works, Phoenix AZ \u2014 2016 - present", [""]),
    # where a role has a title of its own, the others keep none: the headline may be the latest job only
    ("Journeyman Electrician", "Volt Works, Phoenix AZ \u2014 2016 - present\n"
     "Apprentice Electrician, Sparks Electric, Mesa AZ, 2012 - 2016", ["", "Apprentice Electrician"]),
])
def test_an_untitled_role_takes_the_one_job_headline(headline_, roles, titles):
    resume = resume_from_text(ELECTRICIAN.format(headline=headline_, roles=roles), today=TODAY)
    assert [r.title for r in resume.roles] == titles
    assert resume.title == next((t for t in titles if t), "")


@pytest.mark.parametrize("line", ["Executive Summary", "EXECUTIVE SUMMARY", "Executive Profile", "Career Profile"])
def test_a_summary_heading_with_a_job_word_is_a_heading_not_a_headline(line):
    assert heading_of(line) == ("other", "", True)
    text = f"Dana Ruiz\n{line}\nVice President of Operations with 20 years in manufacturing.\n"
    assert headline(text) == ""
    roles = "Experience\nMeridian Packaging Group, 2017 - Present\n"
    assert [r.title for r in resume_from_text(text + roles, today=TODAY).roles] == [""]


# -- one-line roles of frontline resumes: title, employer, lead titles ---------------------------
@pytest.mark.parametrize("line, title, firms", [
    # the piece that names a job is the title, whatever the firm's name after it looks like: a
    # name in camel case is no text glued to the title's start
    ("Lead Preschool Teacher, KinderCare Learning Center, Tacoma WA, Aug 2020 - Present",
     "Lead Preschool Teacher", ["KinderCare Learning Center"]),
    ("Lead Preschool Teacher, KinderCare, Aug 2020 - Present", "Lead Preschool Teacher", ["KinderCare"]),
    ("Medical Assistant, HealthPartners Clinic, St. Paul MN, 2018 - 2022", "Medical Assistant",
     ["HealthPartners Clinic"]),
    # a place of work is a firm, not a person by the form of its last word ("Center")
    ("KinderCare Learning Center, Tacoma WA, 2019 - 2021", "", []),
    # a store's number is part of the store's name
    ("Sales Associate, Walmart Store #2345, Kent WA, 2019 - 2021", "Sales Associate", ["Walmart Store #2345"]),
    # the commonest frontline titles, as people write them
    ("Crew member, McDonald's, 2019 - 2021", "Crew member", ["McDonald's"]),
    ("Team member, Target, Kent WA, 2018 - 2019", "Team member", ["Target"]),
    ("Crew member / Shift lead, Chick-fil-A, 2020 - 2022", "Crew member / Shift lead", ["Chick-fil-A"]),
    # a title glued to a place is still no title, and a sentence is none
    ("Software QA EngineerPhiladelphia, 2016 - 2017", "", []),
    # a unit of the workplace beside the title is its setting, not a firm ("Medical-Surgical" is a skill)
    ("Registered Nurse, Medical-Surgical Unit - Mercy Hospital, 2021 - 2023", "Registered Nurse", ["Mercy Hospital"]),
    # the job its sentence names after "worked as", no title piece of the line
    ("Worked as team member at the front counter, 2019 - 2021", "team member", []),
])
def test_one_line_frontline_roles_keep_their_title_and_employer(line, title, firms):
    text = f"Experience\n{line}\n"
    assert [r.title for r in find_roles(text, TODAY)] == [title]
    from matcher.resumes.roles import employer_spans
    assert [text[a:b] for a, b in employer_spans(text, TODAY)] == firms


def test_a_lead_teacher_s_years_are_years_leading_others():
    from matcher.text import LEAD_TITLE
    resume = resume_from_text("Aisha Warsame\nExperience\nLead Preschool Teacher, KinderCare Learning Center, "
                              "Tacoma WA, Aug 2020 - Present\nAssistant Teacher, Bright Horizons, Lakewood WA, "
                              "Jan 2018 - Jul 2020\n", today=TODAY)
    assert resume.title == "Lead Preschool Teacher"
    assert [bool(LEAD_TITLE.search(r.title)) for r in resume.roles] == [True, False]


@pytest.mark.parametrize("title, leads", [
    ("Shift Lead", True), ("Team Lead", True), ("Lead Cook", True), ("Kitchen Lead", True),
    ("Crew member / Shift lead", True), ("Sous Chef", True), ("Sous-Chef", True), ("Executive Chef", True),
    ("Chef de Cuisine", True),
    ("Crew member", False), ("Line Cook", False), ("Chef", False),
    ("Lead Generation Specialist", False), ("Lead Abatement Worker", False),
])
def test_frontline_titles_that_lead_others(title, leads):
    from matcher.text import LEAD_TITLE
    assert bool(LEAD_TITLE.search(title)) is leads


def test_a_store_with_its_number_before_the_title_is_the_employer():
    from matcher.resumes.roles import employer_spans
    text = "Experience\nDollar Tree Store #4471, Stocker, Kent WA, 2018 - 2019\n"
    assert [r.title for r in find_roles(text, TODAY)] == ["Stocker"]
    assert "Dollar Tree Store #4471" in [text[a:b] for a, b in employer_spans(text, TODAY)]


# -- military occupations read as the civilian work they are ----------------------------------
@pytest.mark.parametrize("line, civilian", [
    ("Combat Medic, 68W, U.S. Army \u2014 2017\u20132025", "EMT (Emergency Medic)"),
    ("NCOIC, Battalion Aid Station \u2014 68W Health Care Specialist, SSG/E-6 (2022 \u2013 Present)",
     "EMT (Emergency Medic)"),
    ("Senior Line Medic, 68W, SGT/E-5 (2019 \u2013 2022)", "EMT (Emergency Medic)"),
    ("Aerospace Medical Service Technician (4N0X1), USAF", "EMT (Emergency Medic)"),
    ("Hospital Corpsman (HM2), U.S. Navy, Family Medicine Clinic", "Clinical Medical Assistant"),
    ("Field Corpsman, 2nd Marine Division", "Clinical Medical Assistant"),
    ("Squad Leader, 88M, U.S. Army \u2014 2021\u20132025", "Truck Driver / Motor Transport Operator"),
    ("Motor Transport Operator \u2014 3rd Sustainment Brigade", "Truck Driver / Motor Transport Operator"),
    ("92A Automated Logistical Specialist", "Warehouse / Logistics Specialist"),
    ("Logistics Specialist (LS2), U.S. Navy", "Warehouse / Logistics Specialist"),
    ("Supply Clerk, E-4, USMC", "Warehouse / Logistics Specialist"),
    ("Aviation Structural Mechanic (AM2), VFA-103", "Aircraft Mechanic"),
    ("MA2 Master-at-Arms, Naval Station Norfolk", "Security Officer / Military Police"),
    ("31B Military Police, Fort Leonard Wood", "Security Officer / Military Police"),
    ("25B IT Specialist, 101st Airborne", "IT Support Specialist"),
    # a title civilians hold too is military only beside a code or a service
    ("IT Specialist, Deloitte, 2019 - 2022", ""),
    ("Health Care Specialist, Kaiser Permanente", ""),
    ("Logistics Specialist, Amazon Fulfillment", ""),
    ("Medic, Acadian Ambulance, San Antonio, TX", ""),
    ("Security Forces Liaison, Brinks", ""),
    # a code alone, or letters and numbers that only look like one, are none
    ("HM2", ""), ("Processed 3531 orders a week", ""), ("Apartment 25B", ""),
    ("Quality Engineer: SPC, FMEA, 6 mos of Minitab", ""),
])
def test_a_military_occupation_reads_as_its_civilian_role(line, civilian):
    from matcher.resumes.military import civilian_role
    assert civilian_role(line) == civilian


@pytest.mark.parametrize("line, leads", [
    ("NCOIC, Battalion Aid Station \u2014 68W Health Care Specialist, SSG/E-6 (2022 \u2013 Present)", True),
    ("Squad Leader, 88M, U.S. Army", True), ("Platoon Sergeant, 2nd Battalion", True),
    ("- Led a squad of 9 operators", True), ("- Supervised 12 medics across two aid stations", True),
    ("- In charge of a section of 14 soldiers", True), ("Chief Petty Officer (HMC/E-7)", True),
    ("- Managed a team of 6 dispatchers", True),
    # in a role held now, and a promotion to a title that leads: a Target shift lead's "Promoted to Shift Lead
    # (Guest Service) in 2023: ... direct a team of 8" had shown no leading ("Previous supervisory or key holder
    # experience" missing, 0.20)
    ("- Promoted to Shift Lead (Guest Service) in 2023: open and close the store", True),
    ("- Open and close the store, count registers, and direct a team of 8", True),
    ("- Supervise 12 associates on the overnight shift", True), ("- Promoted to Assistant Manager", True),
    ("- Promoted to Senior Analyst after one year", False), ("- Manage the shift schedule", False),
    # a count as a range or a floor, a staff of two kinds, a crew run
    ("- Supervise 15-20 associates across receiving and putaway", True),
    ("- Supervise 4 front-desk and scheduling staff", True), ("- Oversaw a staff of 12+ cashiers", True),
    ("Run crews of 6-10 electricians and apprentices", True), ("- Trained and supervised 6 receptionists", True),
    ("- Managed 3 projects for our staff", False), ("- Run 400-ton presses", False), ("- Ran 2 stores", False),
    # E-5 and below lead by no grade; leading a thing is no team led
    ("Senior Line Medic, 68W, SGT/E-5 (2019 \u2013 2022)", False), ("Petty Officer Second Class (PO2)", False),
    ("- Led a training on IV access for new medics", False), ("- Supervised the motor pool's PMCS", False),
    ("- Managed 40 accounts for the unit", False), ("Specialist (SPC/E-4)", False),
    # the staff of schools, libraries and social services
    ("- Supervise 3 library assistants and 6 volunteers", True), ("- Supervised 4 paraprofessionals", True),
    ("- Supervised 25 students at recess", False),
    # any trade's people by their job noun's plural, not a thing's noun nor sales leads
    ("- Managed 6 freelance writers and one junior content specialist", True), ("- Led 4 recruiters", True),
    ("- Managed 12 executive accounts", False), ("- Managed 30 leads a week", False),
])
def test_a_rank_billet_or_unit_led_shows_leading_others(line, leads):
    from matcher.resumes.military import leads_by_rank
    assert leads_by_rank(line) is leads


@pytest.mark.parametrize("text, titles", [
    ("Combat Medic, 68W, U.S. Army \u2014 2017\u20132025", ["Combat Medic"]),
    ("Hospital Corpsman (HM2), U.S. Navy, Family Medicine Clinic, Jacksonville, FL \u2014 2019\u20132025",
     ["Hospital Corpsman"]),
    ("2nd Marine Division, Camp Lejeune, NC \u2014 Field Corpsman (2018\u20132022)", ["Field Corpsman"]),
])
def test_a_medic_or_corpsman_is_a_role_title_not_a_name(text, titles):
    """"Combat Medic" on a resume's first line was taken for the person's name and removed."""
    assert [r.title for r in find_roles(text, TODAY)] == titles
    assert resume_from_text(text, "r", today=TODAY).sentences[0].startswith(text.split(",")[0].split(" \u2014")[0])


# -- roles written inside sentences, as a resume in paragraphs has them ----------------------
@pytest.mark.parametrize("line, title", [
    ("Before that I was a Digital Marketing Specialist at Trailhead Media (2016 to 2020), where I ran paid search.",
     "Digital Marketing Specialist"),
    ("From 2018 to 2021 I worked as a registered nurse at Mercy Hospital in Dayton.", "registered nurse"),
    ("I worked as a Line Cook at Harbor Table from 2015 to 2019 and trained new cooks.", "Line Cook"),
    ("I served as Operations Manager for the City of Austin (2012-2015), running a staff of 40.",
     "Operations Manager"),
    ("In my last job I was promoted to Shift Supervisor at Costco, 2019 - 2022, and led a crew of 12.",
     "Shift Supervisor"),
    ("I am a digital marketing manager with eight years of experience. At Summit Threads (2020 to present) I manage "
     "a team of three.", "digital marketing manager"),
    # a role with its firm alone stays a role, untitled
    ("At Summit Threads (2020 to present) I manage a team of three and two agencies.", ""),
    # what a person says they are now titles no past role
    ("I am a digital marketing manager. At Summit Threads (2016 to 2020) I ran a team of three.", ""),
])
def test_a_role_inside_a_sentence_is_a_dated_role_with_the_title_it_names(line, title):
    assert [r.title for r in find_roles(f"Experience\n{line}\n", TODAY)] == [title]


@pytest.mark.parametrize("line", [
    "Sales grew 40% from 2019 to 2021 after the new store opened.",
    "From 2019 to 2021 the company tripled its revenue and doubled its headcount.",
    "I studied at UCLA from 2012 to 2016 and graduated with honors.",
    "- Grew store sales 40% (2019 - 2021) across three locations",
])
def test_a_sentence_with_a_range_that_says_no_ones_work_is_no_role(line):
    assert find_roles(f"Summary\n{line}\n", TODAY) == []


@pytest.mark.parametrize("line, title, start, end", [
    ("Between 2012 and 2015 I was a teacher at Lincoln Elementary.", "teacher", "2012-01", "2015-01"),
    ("I was a teacher at Lincoln Elementary from 2012 until 2015.", "teacher", "2012-01", "2015-01"),
    ("Between March 2012 and June 2015, I worked as a paralegal at Smith & Co.", "paralegal", "2012-03", "2015-06"),
    ("I worked as a cashier at Target between 2016 and 2018.", "cashier", "2016-01", "2018-01"),
    ("I was employed as a Welder at Gulf Fabrication from May 2010 to August 2014.", "Welder", "2010-05", "2014-08"),
    ("Between 2019 and 2022, I served as Charge Nurse for the night shift at Mercy Hospital.", "Charge Nurse",
     "2019-01", "2022-01"),
    # a role still held, its "since" ending the sentence or opening it
    ("I have worked as a nurse at Mercy Hospital since 2019.", "nurse", "2019-01", f"{TODAY:%Y-%m}"),
    ("Since 2019 I have worked as a delivery driver for Amazon.", "delivery driver", "2019-01", f"{TODAY:%Y-%m}"),
    # in a longer sentence that names its title (more than 12 words had dated no role)
    ("I have worked as a Lead Cashier at Kroger since 2019, where I train new staff and run the front end on "
     "weekends.", "Lead Cashier", "2019-01", f"{TODAY:%Y-%m}"),
    ("Served as charge nurse on the night shift at Mercy Hospital since June 2021, supervising six nurses and two "
     "aides.", "charge nurse", "2021-06", f"{TODAY:%Y-%m}"),
])
def test_a_range_between_two_dates_or_ending_its_sentence_dates_the_role_it_names(line, title, start, end):
    """"Between 2012 and 2015 I was a teacher" and "I was a teacher ... from 2012 until 2015." had read no role."""
    roles = find_roles(f"Experience\n{line}\n", TODAY)
    assert [(r.title, f"{r.start:%Y-%m}", f"{r.end:%Y-%m}") for r in roles] == [(title, start, end)]


@pytest.mark.parametrize("line", [
    "Sales grew 40% between 2019 and 2021 after the new store opened.",
    "Between 2012 and 2015 the company tripled its revenue.",
    "Between 2012 and 2015 the company tripled.",
    "The clinic expanded between 2016 and 2018.",
    "I studied nursing at Ohio State between 2010 and 2014.",
    "- Grew store sales 40% between 2019 and 2021 across three locations",
])
def test_a_range_between_two_dates_in_a_sentence_of_no_ones_work_is_no_role(line):
    assert find_roles(f"Summary\n{line}\n", TODAY) == []


@pytest.mark.parametrize("line", [
    "Revenue doubled from 2019 to 2021.",
    "Revenue doubled from 2019 to 2021 under my leadership.",
    "Our team grew from 2018 to 2021.",
    "The company expanded from 2016 to 2019.",
    "Enrollment climbed from 2015 to 2019.",
    "Annual sales rose from 2017 to 2020.",
    "Patient satisfaction scores improved from 2019 to 2022 on my unit.",
    "From 2019 to 2021, revenue doubled.",
    "From 2019 to 2021 our headcount went up fourfold.",
    "Membership increased (2018 - 2022) as I rebuilt the programme.",
    "Sales grew from $1M in 2019 to $3M in 2021.",
    "Headcount went from 5 in 2018 to 40 in 2022.",
])
def test_a_sentence_whose_subject_is_a_figure_or_a_thing_is_no_role(line):
    """"Revenue doubled from 2019 to 2021." had read as a role with no title: a sentence too short for a
    sentence, and one naming "my" beside a figure that did the growing."""
    assert find_roles(f"Experience\n{line}\n", TODAY) == []


@pytest.mark.parametrize("line, title", [
    ("I taught fourth grade at Lincoln Elementary from 2016 to 2022.", "Teacher"),
    ("From 2016 to 2022 I taught high school math at Central High.", "Teacher"),
    ("Worked as a line cook at Olive Garden 2019-2023", "line cook"),
    ("Drove for Uber 2020 - 2024", "Driver"),
    ("Drove a school bus for Dallas ISD, 2015 - 2019", "Driver"),
    ("Delivered packages for Amazon 2019-2021", "Delivery Driver"),
    ("Cooked at Denny's 2018-2020", "Cook"),
    ("Waited tables at Applebee's 2017-2019", "Server"),
    ("I also tutored reading at the public library from 2018 to 2020.", "Tutor"),
    ("Coached varsity soccer at Lincoln High 2015-2018", "Coach"),
])
def test_a_sentence_or_line_that_says_the_job_by_its_verb_titles_its_role(line, title):
    """"I taught fourth grade ... from 2016 to 2022.", "Worked as a line cook at Olive Garden 2019-2023" and "Drove for
    Uber 2020 - present" had read roles with no title, whose years counted for no teaching, cooking or driving."""
    roles = find_roles(f"Experience\n{line}\n", TODAY)
    assert [r.title for r in roles] == [title]


@pytest.mark.parametrize("line, seasons, years", [
    ("Seasonal Yard Hand, Green Acres Nursery, Summers 2020 - 2022", [("2020-06-01", "2020-08-31"),
                                                                     ("2021-06-01", "2021-08-31"),
                                                                     ("2022-06-01", "2022-08-31")], 0.7),
    ("Ski Instructor, Mt. Bachelor\nWinters 2019-2021", [("2019-01-01", "2019-03-31"), ("2020-01-01", "2020-03-31"),
                                                        ("2021-01-01", "2021-03-31")], 0.7),
    ("Landscape Laborer\nSeasonal (May-Sept) 2018-2020", [("2018-05-01", "2018-09-30"), ("2019-05-01", "2019-09-30"),
                                                         ("2020-05-01", "2020-09-30")], 1.2),
    ("Camp Counselor, Camp Tamarack, seasonal, 2021 - 2022", [("2021-06-01", "2021-08-31"),
                                                             ("2022-06-01", "2022-08-31")], 0.5),
    ("Lifeguard, City Pools, Summers 2022 - present", [("2022-06-01", "2022-08-31"), ("2023-06-01", "2023-08-31"),
                                                      ("2024-06-01", "2024-06-15")], 0.5),
])
def test_a_role_held_in_seasons_counts_its_seasons_not_its_calendar_span(line, seasons, years):
    """"Summers 2020 - 2022" had counted two years, January 2020 to January 2022."""
    (role,) = find_roles(f"Experience\n{line}\n", TODAY)
    assert [(f"{a:%Y-%m-%d}", f"{b:%Y-%m-%d}") for a, b in role.seasons] == seasons
    assert role.years == years and total_years([role]) == years
    assert (role.start, role.end) == (role.seasons[0][0], role.seasons[-1][1])


@pytest.mark.parametrize("line, years", [
    ("Landscaper, Bend Landscaping, 2020 - 2022", 2.0),
    ("Seasonal Landscaper, Bend Landscaping, Jun 2020 - Aug 2022", 2.2),
    ("Landscaper, Bend Landscaping, Summer 2021 - Fall 2022", 1.3),
])
def test_a_role_that_names_no_seasons_held_counts_its_span(line, years):
    (role,) = find_roles(f"Experience\n{line}\n", TODAY)
    assert role.seasons == () and role.years == years


@pytest.mark.parametrize("lines, title", [
    ("Driller 2019 - 2021", "Driller"),
    ("DRILLER 2019 - 2021", "DRILLER"),
    ("Driller (2019 - 2021)", "Driller"),
    ("Nabors Drilling, Midland TX\nDriller 2019 - 2021", "Driller"),
    ("Sandblaster: 2018 - 2020", "Sandblaster"),
    ("Summer 2018 - 2019", ""),
    ("Master 2019 - 2021", ""),
    ("Semester 2019 - 2020", ""),
    ("September 2019 - 2021", ""),
    ("Present 2019 - 2021", ""),
    ("Seasonal 2019 - 2021", ""),
    ("Kroger 2019 - 2021\nStocker", "Stocker"),
])
def test_a_line_of_one_word_naming_a_job_before_its_dates_is_its_title(lines, title):
    """"Driller 2019 - 2021" had no title (a one-word title was read only beside an employer); a word of when is
    none ("Summer", "Master", a month, "Present"), and a title under a one-word firm stays the title."""
    assert [r.title for r in find_roles(f"Experience\n{lines}\nRan the drill floor crew.\n", TODAY)] == [title]


@pytest.mark.parametrize("line", [
    "Drove sales growth 2019-2021",
    "Taught new hires the POS system 2019-2021",
    "Coached junior staff on escalations from 2019 to 2021.",
    "Delivered results for three product teams 2019-2021",
    "Cleaned up the CRM data from 2019 to 2021.",
    "Managed a team of 5 from 2019 to 2021.",
])
def test_a_verb_that_says_no_job_titles_no_role(line):
    assert all(r.title == "" for r in find_roles(f"Experience\n{line}\n", TODAY))


@pytest.mark.parametrize("line, roles", [
    ("From 2018 to 2021 I worked as a cashier at Target.", [("cashier", 2018)]),
    ("From 2016 to 2019 the company employed me as a welder.", [("welder", 2016)]),
    ("Sales Associate from 2019 to 2021 at Macy's.", [("Sales Associate", 2019)]),
    ("Team Lead, Acme Corp, 2019 - 2021", [("Team Lead", 2019)]),
    ("Revenue Analyst, Acme Corp, 2019 - 2021", [("Revenue Analyst", 2019)]),
])
def test_a_figure_or_a_thing_that_is_no_sentences_subject_leaves_the_role(line, roles):
    found = find_roles(f"Experience\n{line}\n", TODAY)
    assert [(title, r.start.year) for r, (title, _) in zip(found, roles) if r.title.startswith(title)] == roles


@pytest.mark.parametrize("line, roles", [
    ("From 2010 to 2014 I taught fourth grade at Lincoln Elementary, and from 2014 to 2020 I was assistant "
     "principal at Roosevelt Middle School.", [("Teacher", 2010, 2014), ("assistant principal", 2014, 2020)]),
    ("Between 2010 and 2014 I was a teller at Chase, and between 2014 and 2020 I served as branch manager at "
     "Wells Fargo.", [("teller", 2010, 2014), ("branch manager", 2014, 2020)]),
    ("I was a teller at Chase from 2010 to 2014, and I was branch manager at Wells Fargo from 2014 to 2020.",
     [("teller", 2010, 2014), ("branch manager", 2014, 2020)]),
    ("I was a cashier at Target from 2014 to 2016 and then worked as a shift supervisor at Costco from 2016 to "
     "2020.", [("cashier", 2014, 2016), ("shift supervisor", 2016, 2020)]),
    ("From 2012 to 2015 I worked as a line cook at Harbor Table, then from 2015 to 2019 I was the sous chef.",
     [("line cook", 2012, 2015), ("sous chef", 2015, 2019)]),
    # a clause of its own subject takes no title of another's; one that goes on with the first, the sentence's
    ("I was a cashier at Target from 2014 to 2016 and a shift supervisor at Costco from 2016 to 2020.",
     [("cashier", 2014, 2016), ("shift supervisor", 2016, 2020)]),
    ("I was a nurse at Mercy Hospital from 2012 to 2016 and at Grant Medical Center from 2016 to 2020.",
     [("nurse", 2012, 2016), ("nurse", 2016, 2020)]),
    ("I worked as a welder at Gulf Fabrication (2010 - 2014) and at Bollinger Shipyards (2014 - 2019).",
     [("welder", 2010, 2014), ("welder", 2014, 2019)]),
])
def test_two_ranges_in_one_sentence_each_take_the_title_of_their_own_clause(line, roles):
    """Both ranges of "From 2010 to 2014 I taught ..., and from 2014 to 2020 I was assistant principal ..." took
    the last title."""
    found = sorted((r.title, r.start.year, r.end.year) for r in find_roles(f"Experience\n{line}\n", TODAY))
    assert found == sorted(roles)


def test_a_role_line_without_a_title_is_still_a_role():
    # not a sentence: a firm and its dates
    assert [(r.title, r.start.year) for r in find_roles("Experience\nAcme Corp, Denver CO, 2019 - 2021\n", TODAY)] \
        == [("", 2019)]


# -- French titles: read as titles, and as the English job they are ---------------------------
@pytest.mark.parametrize("line, title", [
    ("Coordonnatrice marketing, Lise Watier Cosmétiques, Montréal — 2022 à aujourd'hui", "Coordonnatrice marketing"),
    ("Infirmière auxiliaire, CHSLD Saint-Laurent, Laval — 2018 à 2021", "Infirmière auxiliaire"),
    ("Chargé de projet, Hydro-Québec, Montréal — 2015 à 2019", "Chargé de projet"),
    ("Technicien en informatique | Desjardins | 2012 à 2015", "Technicien en informatique"),
    ("Comptable, Raymond Chabot Grant Thornton, Québec — 2010 à 2014", "Comptable"),
    ("Conseillère en sécurité financière, Desjardins, 2014 à 2018", "Conseillère en sécurité financière"),
    ("CHARGÉE DE COMMUNICATION, Ville de Laval, 2017 - 2020", "CHARGÉE DE COMMUNICATION"),
    ("Préposée aux bénéficiaires — CIUSSS du Nord — 2019 à 2022", "Préposée aux bénéficiaires"),
    ("Agent de sécurité, GardaWorld, 2016 à 2018", "Agent de sécurité"),
    # English titles read as before
    ("Assistant Manager, Target, 2019 - 2021", "Assistant Manager"),
    ("Commis Chef, The Ritz, 2019 - 2021", "Commis Chef"),
    ("Charge Nurse, Mercy Hospital, 2019 - 2021", "Charge Nurse"),
])
def test_a_french_job_title_is_a_roles_title(line, title):
    """A French title opens with its job noun, its qualifiers after it in lower case; none was read."""
    assert [r.title for r in find_roles(f"Expérience\n{line}\n", TODAY)] == [title]


@pytest.mark.parametrize("title, english", [
    ("Coordonnatrice marketing", "Marketing Coordinator"), ("Coordonnateur marketing bilingue",
                                                            "Bilingual Marketing Coordinator"),
    ("Infirmière auxiliaire", "Licensed Practical Nurse"), ("Infirmier auxiliaire", "Licensed Practical Nurse"),
    ("Chargé de projet", "Project Manager"), ("Chargée de projets", "Project Manager"),
    ("Chargée de communication", "Communications Officer"), ("Technicien en informatique", "IT Technician"),
    ("Technicienne en pharmacie", "Pharmacy Technician"), ("Comptable", "Accountant"),
    ("Directrice des ventes", "Sales Director"), ("Adjointe administrative", "Administrative Assistant"),
    ("Agent de sécurité", "Security Guard"), ("Préposé aux bénéficiaires", "Nursing Assistant"),
    ("CAISSIÈRE", "Cashier"), ("Chauffeur de camion", "Truck Driver"),
    # English titles, those sharing a word with French ones too, are no French title
    ("Marketing Coordinator", ""), ("Assistant Manager", ""), ("Agent", ""), ("Consultant", ""),
    ("Commis Chef", ""), ("Charge Nurse", ""), ("Registered Nurse", ""),
])
def test_a_french_title_reads_as_the_english_job_it_is(title, english):
    from matcher.resumes.french import english_title
    assert english_title(title) == english


@pytest.mark.parametrize("line, title", [
    ("- Worked as a Line Cook at Olive Garden, 2019 - 2023", "Line Cook"),
    ("WORKED AS A LINE COOK, OLIVE GARDEN, 2019 - 2023", "LINE COOK"),
    ("Served as Shift Supervisor at Target, 2019 - 2023", "Shift Supervisor"),
    ("Employed as a Forklift Operator, Acme Corp, 2019 - 2021", "Forklift Operator"),
    ("Hired on as Cashier at Walmart 2018 - 2019", "Cashier"),
    ("Promoted to Store Manager, Aldi, 2021 - 2023", "Store Manager"),
    ("Was promoted to Charge Nurse | Mercy Hospital | 2020 - 2022", "Charge Nurse"),
    ("Working as an Electrician Apprentice - Volt Works - 2022 - Present", "Electrician Apprentice"),
    # in lower case, as before
    ("- Worked as a line cook at Olive Garden, 2019 - 2023", "line cook"),
])
def test_the_verb_that_put_its_writer_in_a_job_is_no_part_of_the_title(line, title):
    """"Worked as a Line Cook at Olive Garden, 2019 - 2023" in title case had the title "Worked as a Line Cook" (in
    lower case "line cook" was read): "Worked as", "Served as", "Employed as", "Hired as", "Promoted to" are never
    part of a title, in any case."""
    assert [r.title for r in find_roles(f"Experience\n{line}\n", TODAY)] == [title]


@pytest.mark.parametrize("lines, title", [
    # a one-word firm alone on its dated line, named for its founder, whatever its form
    ("Kroger 2019 - 2021", ""),
    ("Pfizer 2015 - 2019", ""),
    ("KROGER 2019 - 2021", ""),
    ("Taylor (2019 - 2021)", ""),
    ("Walgreens 2018 - 2020", ""),
    ("Deloitte 2015 - 2019", ""),
    # a job noun the vocabulary knows, or a person by a form no firm's name has, stays a title
    ("Driller 2019 - 2021", "Driller"),
    ("Rigger 2019 - 2021", "Rigger"),
    ("Framer 2019 - 2021", "Framer"),
    ("Cashier 2019 - 2021", "Cashier"),
    ("Phlebotomist 2019 - 2021", "Phlebotomist"),
    ("Historian 2019 - 2021", "Historian"),
    ("Motorhand 2019 - 2021", "Motorhand"),
    ("Methodist 2019 - 2021", ""),
])
def test_a_one_word_firm_alone_on_a_dated_line_is_no_title(lines, title):
    """"Kroger 2019 - 2021" read "Kroger" as a title by its "-er": a doer only by its form is as often the firm, named
    for its founder; the job nouns the vocabulary knows and the forms no firm's name has are read as before."""
    assert [r.title for r in find_roles(f"Experience\n{lines}\nStocked shelves.\n", TODAY)] == [title]


def test_a_resume_that_names_its_job_once_titles_its_one_word_firms_by_its_headline():
    """A grocery clerk's "Grocery Clerk" under the name over "Kroger 2019 - 2021" and "Walgreens 2018 - 2019":
    "Kroger" was the first role's title, so the headline titled none, and the second role had none."""
    resume = resume_from_text("Dana Smith\nGrocery Clerk\n\nExperience\nKroger 2019 - 2021\n- Stocked shelves.\n"
                              "Walgreens 2018 - 2019\n- Ran the register.\n", today=TODAY)
    assert [r.title for r in resume.roles] == ["Grocery Clerk", "Grocery Clerk"]


_FLAT = ("Software Engineer Acme Corp 2015 - 2018 Built APIs in Java and Spring for the billing system Senior "
         "Developer Beta Inc 2018 - 2022 Led Android apps in Kotlin and shipped a web app in JavaScript and "
         "TypeScript Frontend Developer Gamma LLC 2022 - 2024 Built React dashboards")


def test_a_flattened_line_of_roles_is_broken_before_each_role():
    """All roles on one long line, as pypdf sometimes gives them: the second and third roles had no title and the
    first role's line held all their lines; each role now opens a line of its own, its title read, and the
    offsets into the text are kept (a line break for a space)."""
    from matcher.resumes.roles import parted_roles
    text = f"Experience\n{_FLAT}\n\nSkills\nJava\n"
    parted = parted_roles(text)
    assert len(parted) == len(text) and parted.replace("\n", " ") == text.replace("\n", " ")
    assert parted.split("\n")[1:4] == [
        "Software Engineer Acme Corp 2015 - 2018 Built APIs in Java and Spring for the billing system",
        "Senior Developer Beta Inc 2018 - 2022 Led Android apps in Kotlin and shipped a web app in JavaScript and"
        " TypeScript", "Frontend Developer Gamma LLC 2022 - 2024 Built React dashboards"]
    assert [(r.title, r.start.year) for r in find_roles(text, TODAY)] == [
        ("Frontend Developer", 2022), ("Senior Developer", 2018), ("Software Engineer", 2015)]
    resume = resume_from_text(text, today=TODAY)
    assert [r.title for r in resume.roles] == ["Frontend Developer", "Senior Developer", "Software Engineer"]
    assert any(s.startswith("Senior Developer Beta Inc 2018 - 2022") for s in resume.sentences)


@pytest.mark.parametrize("line", [
    # one role per line, or two ranges of one role's line
    "Cashier, Kroger, 2016 - 2018; Shift Lead, Kroger, 2018 - 2020",
    "I was a cashier at Target from 2014 to 2016 and then worked as a shift supervisor at Costco from 2016 to 2020.",
    "Teacher, Lincoln Elementary (2012-2015) and Grant Middle School (2015-2019)",
])
def test_a_line_that_is_no_flattened_run_of_roles_stays_whole(line):
    from matcher.resumes.roles import parted_roles
    assert parted_roles(f"Experience\n{line}\n") == f"Experience\n{line}\n"


@pytest.mark.parametrize("line, title", [
    ("Service Tech, Goettl Air Conditioning (Phoenix AZ)          Jan 2020 – present", "Service Tech"),
    ("HVAC Tech, Goettl Air Conditioning    Jan 2020 – present", "HVAC Tech"),
    ("Pharmacy Tech II | CVS | 2019 - 2021", "Pharmacy Tech II"),
    ("Patient Care Tech, Mercy Hospital, 2019 - 2022", "Patient Care Tech"),
    ("VET TECH, Banfield Pet Hospital, 2019 - 2022", "VET TECH"),
    # a school or a firm named "Tech" is no title
    ("Georgia Tech   2015 - 2019", ""),
    ("Ivy Tech Community College   2015 - 2019", ""),
    ("Tech Data Corp   2015 - 2019", ""),
])
def test_tech_after_the_kind_of_work_is_a_technicians_title(line, title):
    """"Service Tech, Goettl Air Conditioning (Phoenix AZ) Jan 2020 – present" had no title: "Tech" was no job
    noun, so an HVAC technician's six years were "0.0 in roles like this one" for an HVAC Service Technician
    posting (years unknown, score 50.3; now met, 59.6).  After a place ("Georgia Tech") it is a school."""
    assert [r.title for r in find_roles(f"Experience\n{line}\n- Diagnose and repair heat pumps\n", TODAY)] == [title]


def test_tech_in_lower_case_prose_is_no_title():
    assert not ROLE_WORD.search("Sold software to retail or tech companies")
