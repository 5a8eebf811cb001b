"""Rules that decide which skills a whole posting asks (``matcher skills --as posting``).

Each rule has a case it must catch and a case it must leave alone; the texts are
written for these tests.
"""

from __future__ import annotations

import pytest

from matcher.postings.asked import posting_asked_mentions
from matcher.postings.kinds import asked_part
from matcher.postings.parse import parse_posting
from matcher.postings.sections import heading_kind
from matcher.skills.asking import asked_skills, names_without_asking


def asked(text: str) -> list[str]:
    return [m.surface for m in posting_asked_mentions(text)]


# -- headings are whole words -------------------------------------------------------
def test_a_line_of_technologies_is_not_a_heading_by_a_word_inside_a_name():
    assert heading_kind("typescript react graphql") is None
    assert heading_kind("Job type") == "other"
    assert heading_kind("Tools") == "other"
    assert heading_kind("Our Tools") == "company"  # the company's own tools (test_posting_sections)
    assert heading_kind("Hiring processes") == "other"
    text = "Backend Engineer\n\nTechnologies\nkotlin typescript postgresql\n\nRequirements\n- 3 years of Go\n"
    assert {"kotlin", "typescript", "postgresql"} <= set(asked(text))


# -- a requirement item is asked where it stands ------------------------------------
def test_a_short_requirement_is_placed_on_its_own_line_not_in_the_title():
    text = "Platform Engineer - Rust\n\nWhat you bring\n- Rust\n- Kafka\n- 4 years of backend work\n"
    mentions = posting_asked_mentions(text)
    rust = [m.start for m in mentions if m.name == "Rust"]
    assert rust == [text.index("\n- Rust") + 3]


# -- a run-on sentence is read piece by piece ---------------------------------------
RUN_ON = ("Data Engineer Job type: Full-time Role: Data Engineer Technologies airflow snowflake "
          "What you bring solid experience building pipelines with Airflow and dbt on Snowflake you "
          "know Terraform well and enjoy pairing with analysts who will rely on your models every "
          "day across our markets Job benefits: Competitive salary a yearly budget for Kubernetes "
          "courses and free lunches on Fridays for the whole team in our office by the river")


def test_a_run_on_sentence_keeps_its_requirements_before_the_benefits():
    names = {m.name for m in posting_asked_mentions(RUN_ON)}
    assert {"Apache Airflow", "dbt", "Snowflake", "Terraform"} <= names
    assert "Kubernetes" not in names  # in the benefits piece


def test_a_benefits_word_inside_a_run_on_starts_the_boilerplate_there():
    text = ("Backend Developer\n\nWe want someone with deep Django and PostgreSQL experience who has built "
            "APIs that serve millions of requests a day and can mentor two juniors while keeping the "
            "release train moving every week and also a competitive salary with a Scala training "
            "budget and a gym membership for everyone on the team")
    names = {m.name for m in posting_asked_mentions(text)}
    assert {"Django", "PostgreSQL"} <= names
    assert "Scala" not in names


def test_a_short_benefits_sentence_is_still_boilerplate_whole():
    text = ("Backend Developer\n\nRequirements\n- 3 years of Go\n\n"
            "We offer a competitive salary and a Scala training budget.")
    assert "Scala" not in {m.name for m in posting_asked_mentions(text)}


# -- what a posting asks: titles, run-ons, industries -------------------------------
def names(text: str) -> set[str]:
    return {m.name for m in asked_skills(text)}


def test_a_job_title_counts_words_not_brackets_and_slashes():
    assert names_without_asking("Full Stack Engineer ( Vue / Rust / PostgreSQL / Redis )")
    # eleven words is prose, not a title
    assert not names_without_asking("Senior Platform Engineer Kafka Go Rust Redis Terraform Vault Consul Nomad")


def test_a_run_on_sentence_is_read_statement_by_statement_at_its_field_labels():
    run_on = ("Embedded Engineer ( Rust / Zephyr ) ( m/f/d ) Date posted: 2021-01-01 Job description: "
              "You will write firmware for our sensors and review the code of two colleagues every week "
              "while keeping our build pipeline green and learning the hardware side from our lab team")
    assert "Rust" not in names(run_on)  # the title statement
    short = "Embedded Engineer ( Rust / Zephyr ) ( m/f/d ) Date posted: today. You write Rust firmware."
    assert "Rust" in names(short)


def test_an_industry_in_company_prose_is_not_asked():
    assert "Banking" not in names("Acme Holdings has served customers in retail banking across "
                                  "four continents since the nineteen fifties.")
    assert "Banking" in names("Industry: Banking")
    assert "Banking" in names("Two years of experience in retail banking software.")
    # other skills in the same prose stay asked
    assert "Apache Kafka" in names("Acme Holdings has moved payments in retail banking onto Kafka "
                                   "across four continents.")


# -- a "Role:" field names the job ----------------------------------------------------
def test_a_role_field_names_the_job_not_a_skill():
    assert names_without_asking("Role: DevOps")
    assert not names_without_asking("Experience with DevOps practices")
    header = ("Backend Developer Date posted: 2021-01-01 Likes: 0 Job type: Full-time Role: QA/Test Developer "
              "Industry: Financial Services Company size: 10k people Technologies python kotlin Job description "
              "You will build tests in Python and Kotlin for our trading platform and its services every day")
    found = [m.surface for m in asked_skills(header)]
    assert "QA" not in found
    assert {"python", "kotlin", "Python", "Kotlin"} <= set(found)


# -- the title names the job ----------------------------------------------------------
def test_the_posting_title_names_the_job_and_asks_nothing():
    # a title cut short by the board with an ellipsis is still the title
    text = ("Artificial Intelligence / Machine Learning Senior Associate - Corporate & Investment...\n\n"
            "Requirements\n- 3+ years of Python\n")
    posting = parse_posting(text, "p")
    assert posting.title == "Artificial Intelligence / Machine Learning Senior Associate - Corporate & Investment"
    assert "Machine learning" not in posting.skills and "Python" in posting.skills
    assert asked(text) == ["Python"]
    # a job noun in -ician is a job: "Bioinformatician"
    text = "Bioinformatician - COVID Data Analysis\n\nRequirements\n- Experience with R and Python\n"
    assert parse_posting(text, "p").title == "Bioinformatician - COVID Data Analysis"
    assert "Data analysis" not in parse_posting(text, "p").skills
    assert "Data Analysis" not in asked(text)
    # the same words in a requirement are asked
    assert "Data analysis" in parse_posting(text + "- Data analysis of sequencing runs\n", "p").skills


# -- a company's business and funding are the company's -------------------------------
def test_a_company_doing_its_business_or_telling_its_funding_asks_nothing():
    assert names_without_asking("Acme provides modern enterprise services and is amid a cloud transformation .")
    assert names_without_asking("<ORGANIZATION> technology can be integrated into consumer electronics devices .")
    assert names_without_asking("In 2019 Acme reached a 2.5 billion valuation after a Series C funding round .")
    # a duty written without a subject, a role's work, and anything said to the candidate still ask
    assert not names_without_asking("Frequently develops scripts to automate routine tasks in Python .")
    assert not names_without_asking("Senior Engineers develop services in Go .")
    assert not names_without_asking("Acme provides training in Kubernetes to candidates who lack it .")
    text = ("Backend Engineer\n\nAcme provides payment services built on Kafka.\n\n"
            "Requirements\n- Experience with Kafka and Go\n")
    assert asked(text) == ["Kafka", "Go"]


# -- a gender-marked title names the job wherever it stands ---------------------------
def test_a_title_quoted_with_its_gender_marker_names_the_job():
    text = ("Embedded Engineer\n\nWe are looking for an Embedded IoT Engineer ( C++ / Yocto Linux / RTOS ) ( m/f/d ) "
            "who wants to build our next devices .\n\nRequirements\n- Firmware development with C++ and Python\n")
    assert asked(text) == ["Firmware development", "C++", "Python"]
    # without the marker the sentence says what the work is made of, and it is asked
    plain = "We are looking for an Embedded IoT Engineer to build firmware in C++ on Yocto Linux ."
    assert {"C++", "Yocto", "Linux"} <= {m.surface for m in asked_skills(plain)}
    # the marker's title only: a list before it, not bracketed after a role word, still asks
    assert "Rust" in [m.surface for m in asked_skills("Knowledge of Rust is a plus Senior Engineer (m/f/d)")]


# -- how to apply is the hiring process ---------------------------------------------
def test_how_to_apply_names_the_documents_language_not_a_skill():
    assert "English" not in names("Send your CV and a cover letter in English to the hiring manager .")
    assert "English" not in names("Please apply online , in English .")
    assert "Skype" not in names("Shortlisted people will be invited to a Skype interview in June .")
    # a requirement line about the application is no requirement of a skill
    text = "Lab Technician\n\nRequirements\n- Your application must be written in Danish\n- Experience with HPLC\n"
    assert "Danish" not in asked(text) and "Danish" not in parse_posting(text, "p").skills
    # a skill asked in the same sentence, or a language asked of the candidate, stays asked
    assert "English" in names("Fluent English is required ; please send your CV by e-mail .")
    assert "Microsoft Excel" in names("Your CV should show experience with Excel .")
    assert "English" in names("You write reports in English for our clients .")


def test_a_pointer_to_more_information_names_documents_not_skills():
    assert "Software development" not in names("For more information on Software Engineering please view the "
                                               "Engineering Job Family page .")
    assert "Danish" not in names("Further information on the duties can be found in the Memorandum on Academic "
                                 "Staff at Danish Universities .")
    # a skill asked beside it stays asked
    assert "Kotlin" in names("Experience with Kotlin is required ; more information is on our careers page .")


def test_the_pay_and_terms_of_employment_are_the_offer_not_a_skill():
    assert "Contract negotiation" not in names("Negotiation of a salary supplement is possible .")
    assert "German" not in names("Pay follows the collective agreement with the German Nurses Union .")
    assert "Danish" not in names("The appointment is in accordance with the Danish Confederation of Engineers .")
    # a skill asked beside the pay stays asked
    assert "Contract negotiation" in names("Salary depends on your experience in contract negotiation .")


def test_a_company_introduced_by_name_inside_a_run_on_sentence_is_the_company():
    # scraped text whose sentence breaks were lost: the blurb follows the last requirement
    run_on = ("Backend Engineer\nRequirements:\n- Three years of Kotlin in production - Good written English - "
              "A degree in computer science - Knowledge of payments would be a plus Northwind Traders is a "
              "global leader in financial services providing advice and products to the largest companies "
              "and institutions in forty countries .")
    found = asked(run_on)
    assert "Kotlin" in found and "financial services" not in found
    # a name before "is a plus" asks, softly
    ask = ("Backend Engineer\nRequirements:\n- Three years of Kotlin in production and a good eye for detail in "
           "code reviews with the whole team every week Experience with Spring Boot is a plus and we also value "
           "curiosity about payments and the people who use them every day")
    assert "Spring Boot" in asked(ask)


def test_a_product_s_experience_is_no_candidate_cue():
    # "shopping experience" is what the company sells, not what it asks of the candidate
    assert names_without_asking("We are building a shopping experience that is more than just e-commerce .")
    assert not names_without_asking("We expect experience with e-commerce platforms .")
    assert not names_without_asking("Our stack needs someone with customer experience in Salesforce .")


def test_a_company_introduced_with_the_before_its_name_asks_nothing():
    assert names_without_asking("The Nordheim Institute is a research centre for quantum physics and chemistry .")
    assert "Physics" not in names("The Nordheim Institute is a research centre for quantum physics .")
    # the role, a position or the person sought, introduced the same way, still ask
    assert not names_without_asking("The Cloud Architect is an expert in AWS .")
    assert not names_without_asking("The Position is a chance to build Kafka pipelines .")


def test_the_department_or_institute_speaking_of_itself_asks_nothing():
    assert names_without_asking("The department teaches economics and business administration .")
    assert "Economics" not in names("The institute runs programmes in economics and statistics .")
    # said to the candidate, the same words ask
    assert "Economics" in names("You will teach economics in the department .")
    # a unit named by one capitalised word speaks the same way
    assert "Data governance" not in names("Therefore the Data Office is responsible for data governance .")


def test_a_job_boards_category_path_asks_nothing():
    path = "Operations > Supply Chain & Repair > Warehouse Management > Transport"
    assert "Warehouse management" not in names(path)
    assert "Warehouse management" in names("Three years of warehouse management > required")


# -- a job description's prose: the employer's context or the job ------------------
DESCRIBED = ("Data Engineer\n\nJob description\n"
             "In our sister lab the research programme covers particle physics and astrophysics with three "
             "telescopes .\n"
             "Its main research areas include particle physics , astrophysics and cosmology .\n"
             "The new colleague will build data pipelines in Python for the telescopes .\n"
             "This role is responsible for testing the Airflow jobs of the observatory .\n"
             "Build dashboards in Tableau for the astronomers at the observatory .\n"
             "Kafka Kubernetes Spark\n"
             "- Experience with Snowflake\n"
             "\nRequirements\n- SQL\n")


def test_a_job_descriptions_prose_about_the_employer_asks_nothing():
    found = asked(DESCRIBED)
    # the employer's research, told with its subject first and nothing of the job, is context
    assert "physics" not in " ".join(found) and "astrophysics" not in found
    # the job's holder, its role, an instruction, a list of skills and a list item still ask
    assert {"Python", "Airflow", "Tableau", "Kafka", "Kubernetes", "Spark", "Snowflake", "SQL"} <= set(found)
    # the index reads the same skills as asked
    skills = parse_posting(DESCRIBED, "p").skills
    assert "Physics" not in skills and {"Python", "Apache Airflow", "Tableau", "Snowflake"} <= set(skills)


def test_the_same_prose_under_a_requirements_heading_still_asks():
    # only a job description's prose ("about") tells the employer's context; elsewhere the rules before apply
    text = DESCRIBED.replace("Job description", "What you bring")
    assert "Physics" in parse_posting(text, "p").skills


# -- either/or alternatives ------------------------------------------------------------
def _alternatives(text: str) -> list[list[str]]:
    from matcher.postings.choices import skill_alternatives
    from matcher.skills.taxonomy import extract_skills
    return skill_alternatives(text, list(dict.fromkeys(m.name for m in extract_skills(text))))


def test_several_names_the_taxonomy_does_not_know_before_or_all_join_the_choice():
    # known to the taxonomy (library systems), in the text's order
    assert _alternatives("Use of a library system (Polaris, Sierra or Koha).") == [["Polaris", "Sierra", "Koha"]]
    assert _alternatives("Zoho, Acumatica or QuickBooks") == [["QuickBooks", "Zoho", "Acumatica"]]


def test_skills_in_brackets_after_an_unknown_alternative_join_the_choice():
    groups = _alternatives("Experience with CBT, DBT or trauma-focused modalities (TF-CBT, EMDR).")
    assert groups == [["Cognitive behavioral therapy", "Trauma-focused CBT", "EMDR", "DBT"]]
    assert _alternatives("Experience with Jenkins, GitLab CI or hosted services (CircleCI, Travis CI).") == [
        ["Jenkins", "GitLab CI", "CircleCI", "Travis CI"]]
    # without "or" the list is asked whole
    assert _alternatives("Experience with CBT and EMDR.") == [["Cognitive behavioral therapy"], ["EMDR"]]


@pytest.mark.parametrize("text, groups", [
    # the tool the text takes in their place joins the choice
    ("Proficient in CATIA V5 (R28 or later) or Creo; SolidWorks experience acceptable",
     [["CATIA", "PTC Creo", "SolidWorks"]]),
    ("Revit 2022 or AutoCAD", [["Revit", "AutoCAD"]]),
    ("Python 3 and Go", [["Python"], ["Go"]]),
])
def test_a_version_after_a_skill_leaves_it_on_its_list(text, groups):
    """A CAD designer posting's "Proficient in CATIA V5 (R28 or later) or Creo" asked CATIA and PTC Creo both (a
    SolidWorks-and-CATIA designer had Creo to learn), as the version "V5" broke the list before the "or"; a version
    ("V5", "R28", "2022", "7.0") leaves the skill on its list, and is no name offered beside it."""
    assert _alternatives(text) == groups


def test_laboratory_systems_named_as_alternatives():
    assert _alternatives("Experience with Sunquest or Epic Beaker LIS.") == [["Sunquest", "Epic Beaker"]]


@pytest.mark.parametrize("text", [
    "Hands-on experience with a WMS (Manhattan, SAP EWM, or Blue Yonder)",
    "Experience with a WMS (Manhattan, Blue Yonder, or SAP EWM)",
    "Experience with a warehouse management system (SAP EWM, Manhattan or Blue Yonder)",
])
def test_a_known_kind_among_names_in_brackets_after_a_broad_skill_joins_its_choice(text):
    """"a WMS (Manhattan, SAP EWM, or Blue Yonder)" asks one warehouse management system: a
    Manhattan user shows it, and SAP WM is no skill still to learn."""
    assert _alternatives(text) == [["Warehouse management", "SAP WM", "Manhattan", "Blue Yonder"]]


@pytest.mark.parametrize("text", [
    "1+ year customer service experience (call center, retail or hospitality)",
    "1+ year customer service experience (call center or retail)",
    "Customer service experience (retail, call center, or hospitality)",
])
def test_settings_in_brackets_after_a_broad_skill_are_where_it_may_have_been_done(text):
    """"customer service experience (call center, retail or hospitality)": any one setting shows it (Call
    center and Retail sales were asked beside Customer service, all three missing for a support agent)."""
    assert [sorted(group) for group in _alternatives(text)] == [["Call center", "Customer service", "Retail sales"]]


@pytest.mark.parametrize("text, group", [
    ("Hands-on experience with SIEM platforms (Splunk, QRadar, or Microsoft Sentinel)",
     ["SIEM", "Splunk", "IBM QRadar", "Microsoft Sentinel"]),
    ("Experience with a CRM (Salesforce, Pipedrive, or Zoho)", ["CRM", "Salesforce", "Pipedrive", "Zoho"]),
])
def test_kinds_offered_in_brackets_after_a_kind_named_by_its_acronym_are_one_choice(text, group):
    """"SIEM platforms (Splunk, QRadar, or Microsoft Sentinel)" asks one SIEM, as "a WMS (...)" asks one
    warehouse management system: a SOC analyst's Splunk and Sentinel line shows it (it asked SIEM and Splunk
    each, partly covered 0.72 by a list of skills)."""
    assert _alternatives(text) == [group]


def test_kinds_named_together_or_no_kind_of_the_broad_skill_stay_apart():
    assert _alternatives("Experience with a WMS (Manhattan and SAP EWM)") == [["Warehouse management"], ["SAP WM"]]
    assert _alternatives("Experience with Python (Dagster, pandas, or NumPy)") == [
        ["Python"], ["Dagster", "pandas", "NumPy"]]
    assert _alternatives("Customer service experience (call center and retail)") == [
        ["Customer service"], ["Call center"], ["Retail sales"]]


@pytest.mark.parametrize("text, groups", [
    ("Active Pennsylvania Nurse Aide (CNA) certification listed on the PA Nurse Aide Registry, OR completion of a "
     "75-hour Home Health Aide training program", [["CNA certification", "Home health care"]]),
    ("Bachelor degree in Accounting from an accredited school, or 4 years of QuickBooks experience",
     [["Accounting", "QuickBooks"]]),
    ("Experience with Java in a production setting; or a strong background in Python", [["Java", "Python"]]),
    # no clause before the "or": both asked
    ("Python, or experience with Go", [["Python"], ["Go"]]),
    # a clause of two asks stays as it is
    ("Experience with SQL and Tableau, or Power BI", [["SQL"], ["Tableau", "Power BI"]]),
    ("Experience with Java and Python", [["Java"], ["Python"]]),
])
def test_skills_of_two_clauses_offered_in_each_others_place_are_one_choice(text, groups):
    assert _alternatives(text) == groups


def test_names_in_brackets_as_examples_of_a_known_skill_join_its_choice():
    assert _alternatives("Comfortable with a CRM (Follow Up Boss, kvCORE or similar).") == [
        ["CRM", "Follow Up Boss", "kvCORE"]]
    assert _alternatives("Experience with a CRM platform (e.g. Follow Up Boss).") == [["CRM", "Follow Up Boss"]]
    # a known skill among the examples joins too
    assert _alternatives("Experience with a CRM (e.g. Salesforce, Follow Up Boss).") == [
        ["CRM", "Salesforce", "Follow Up Boss"]]
    assert _alternatives("Python and CRM (Follow Up Boss, kvCORE).") == [
        ["Python"], ["CRM", "Follow Up Boss", "kvCORE"]]
    # a lone name, names asked together or words are no examples
    # (known to the taxonomy, names asked together are asked, each)
    assert _alternatives("Experience with CRM (Follow Up Boss and kvCORE).") == [
        ["CRM"], ["Follow Up Boss"], ["kvCORE"]]
    assert _alternatives("Experience with CRM (Acme Leads and Zeta Desk).") == [["CRM"]]
    assert _alternatives("Experience with CRM (Stellar).") == [["CRM"]]
    assert _alternatives("Experience with CRM (3+ years).") == [["CRM"]]


# -- an ask taken back asks nothing ------------------------------------------------
def test_an_ask_taken_back_names_no_skill():
    text = ("Box Truck Driver\n\nDeliver appliances in a 26' box truck (no CDL required).\n\nRequirements\n"
            "- Drive a 26 ft box truck (no CDL required)\n- Valid driver's license\n- CDL not required\n"
            "- No HAZMAT endorsement needed\n")
    posting = parse_posting(text, "x")
    assert "Commercial driver's license" not in posting.skills and "HAZMAT endorsement" not in posting.skills
    assert "Driver's license" in posting.skills
    assert not any(m.surface == "CDL" for m in posting_asked_mentions(text))
    assert [r.text for r in posting.requirements] == ["Drive a 26 ft box truck (no CDL required)",
                                                      "Valid driver's license"]
    assert asked_part("Drive a 26 ft box truck (no CDL required)", "must") == "Drive a 26 ft box truck"
    # the ask beside one taken back stays
    kept = parse_posting("Driver\n\nRequirements\n- Class A CDL required, no experience needed\n", "y")
    assert kept.skills == ["CDL Class A"] and [r.kind for r in kept.requirements] == ["must"]
