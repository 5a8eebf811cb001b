"""How a posting's sections are read: hand-made postings, one per rule (matcher/postings/sections.py)."""

import pytest

from matcher.postings.parse import parse_posting
from matcher.postings.sections import boilerplate_kind, heading_kind, split_sections


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in split_sections(text.split("\n"))]


def _kind_of(text: str, phrase: str) -> str:
    return next(kind for kind, body in _kinds(text) if phrase in body)


def test_job_board_header_fields_ask_nothing():
    assert heading_kind("Experience level") == "other"
    assert heading_kind("Job type") == "other"
    assert heading_kind("Industry") == "other"
    assert heading_kind("Technologies") == "other"
    assert heading_kind("Company size") == "other"
    assert heading_kind("Company type") == "other"
    # the fields' names only: these still ask
    assert heading_kind("Required experience") == "requirements"
    assert heading_kind("Years of experience") == "requirements"
    posting = parse_posting("Backend Engineer\n\nExperience level: Senior\nCompany size: 51-200 people\n\n"
                            "Requirements:\n- 3+ years of Python\n- Experience with PostgreSQL\n", "p")
    assert [r.text for r in posting.requirements] == ["3+ years of Python", "Experience with PostgreSQL"]


def test_company_description_is_the_company():
    assert heading_kind("Company description") == "company"
    assert heading_kind("Company overview") == "company"
    assert heading_kind("Job description") == "about"
    posting = parse_posting("Data Engineer\n\nRequirements:\n- Experience with Python\n\nCompany description:\n"
                            "We build fintech products on Kafka and Cassandra for our customers.\n", "p")
    assert "Python" in posting.skills
    assert "Kafka" not in posting.skills and "Cassandra" not in posting.skills


def test_headings_that_ask_of_the_candidate_and_that_offer():
    assert heading_kind("What we'll need from you") == "requirements"
    assert heading_kind("What we need from you") == "requirements"
    assert heading_kind("What we expect") == "requirements"
    assert heading_kind("What we'll offer you") == "benefits"
    assert heading_kind("You will find with us") == "benefits"
    text = ("What's the team like\nWe are a friendly team.\n\nWhat we'll need from you\n"
            "In-depth knowledge of Spring Boot.\nExperience of using GraphQL in production.\n\n"
            "What we'll offer you\nA subsidised canteen and 28 days of holiday.\n")
    assert _kind_of(text, "Spring Boot") == "requirements"
    assert _kind_of(text, "canteen") == "benefits"
    assert [r.text for r in parse_posting(text, "p").requirements] == [
        "In-depth knowledge of Spring Boot.", "Experience of using GraphQL in production."]


def test_run_on_field_labels_are_the_shortest_word_run_before_the_colon():
    # A scraped header on one line: "Equity Job type:" is the field "type:" after the value "Equity".
    line = ("Frontend Engineer Date posted: 2021-03-28 Likes: 0 Dislikes: 0 Love: 0 Job description: "
            "Compensation: 60k - 75k | Equity Job type: Full-time Experience level: Mid-Level Role: Frontend "
            "Developer Technologies reactjs django docker Job description Join us as one of the first engineers "
            "and build our product with us.")
    kinds = _kinds(line)
    assert [k for k, body in kinds if "Compensation" in body] == ["benefits"]
    assert [k for k, body in kinds if "reactjs django" in body] == ["about"]


def test_a_company_blurb_is_the_company_wherever_it_stands():
    text = ("About the job\n"
            "Acme is a global leader in financial services providing advice to banks.\n"
            "Our history spans over 200 years of investment banking.\n"
            "We are looking for someone with experience in Python to join our payments team.\n")
    assert _kind_of(text, "global leader") == "company"
    assert _kind_of(text, "200 years") == "company"
    assert _kind_of(text, "experience in Python") == "about"  # it speaks to the candidate again
    posting = parse_posting("Senior Developer\n\n" + text, "p")
    assert "Python" in posting.skills and "Investment Banking" not in posting.skills
    # a role is no company: "The engineer is an expert ..." stays the job's
    assert _kind_of("About the job\nThe Cloud Engineer is a leader of our platform group.\n", "Cloud") == "about"


def test_a_company_blurb_under_requirements_is_no_requirement():
    text = ("Requirements:\n- Experience with Java\n- Knowledge of Spring\n- Familiarity with SQL\n"
            "Acme is a global leader in financial services with offices in 40 countries.\n")
    posting = parse_posting("Java Developer\n\n" + text, "p")
    assert [r.text for r in posting.requirements] == [
        "Experience with Java", "Knowledge of Spring", "Familiarity with SQL"]


def test_a_list_after_the_company_blurb_is_the_job_again():
    text = ("Overview\nOur mission is to make banking simple for everyone.\n"
            "- Build web applications with React and Redux\n- Write tests\n")
    assert _kind_of(text, "mission") == "company"
    assert _kind_of(text, "React and Redux") == "about"


def test_a_run_on_piece_without_a_label_continues_the_company():
    # One scraped line: after "Company description:" the text is the company's until the next label.
    line = ("We expect experience with Python and SQL and a good command of English in a team of twelve people "
            "who ship every day Job benefits: free lunch and a yearly learning budget Company description: "
            "Our team builds monitoring software and our product runs on Kubernetes and Linux in large data "
            "centres for customers all over the world")
    kinds = _kinds(line)
    assert [k for k, body in kinds if "Python and SQL" in body] == ["about"]
    assert [k for k, body in kinds if "Kubernetes and Linux" in body] == ["company"]


def test_a_question_that_names_a_section_is_a_heading():
    text = ("Who are we looking for?\nSomeone with experience in React.\n\nWho are you?\n"
            "You are curious and careful.\n\nWhy join us?\nA learning budget and free lunch.\n")
    assert _kind_of(text, "React") == "requirements"
    assert _kind_of(text, "curious") == "requirements"
    assert _kind_of(text, "learning budget") == "benefits"
    # a question that is itself a requirement is no heading
    assert _kind_of("Requirements\nDo you have experience with Kafka?\n", "Kafka") == "requirements"
    assert heading_kind("What you'll bring") == "requirements"


def test_a_company_sentence_under_requirements_is_no_requirement():
    text = ("Senior Java Developer\n\nWhat we'll need from you\n"
            "With the digital transformation we have some interesting challenges to solve.\n"
            "We expect you to be a team player.\nIn-depth knowledge of Spring Boot.\n"
            "Able to work closely with our product team.\n")
    assert [r.text for r in parse_posting(text, "p").requirements] == [
        "We expect you to be a team player.", "In-depth knowledge of Spring Boot.",
        "Able to work closely with our product team."]


def test_a_job_boards_one_line_header_gives_the_title_its_own_line():
    text = ("Frontend Developer ( React ) - Date posted: 2021-03-22 Likes: 0 Dislikes: 0 Job description:\n"
            "Job type: Full-time\n\nRequirements:\n- Experience with TypeScript\n")
    posting = parse_posting(text, "p")
    assert posting.title == "Frontend Developer ( React )"
    assert "React" not in posting.skills and "TypeScript" in posting.skills  # a title names, it does not ask


def test_the_companys_own_stack_is_the_company():
    assert heading_kind("Our tech stack") == "company"
    assert heading_kind("Our Core tech stack") == "company"
    assert heading_kind("Technologies we use") == "company"
    assert heading_kind("The tools we work with") == "company"
    # a stack the candidate is asked about, or a stack with no owner, is not the company's
    assert heading_kind("Tech stack") == "other"
    assert heading_kind("Technologies you will use") != "company"
    text = ("Frontend Developer\n\nOur Core tech stack\nNext.js\nGatsby\nDocker\n\n"
            "Requirements\n- Solid experience with React\n"
            "- Exposure and/or interest in our tech stack: Kotlin and RxJava\n")
    assert _kind_of(text, "Gatsby") == "company"
    skills = parse_posting(text, "p").skills
    assert "React" in skills and "Kotlin" in skills
    assert "Gatsby" not in skills and "Docker" not in skills


def test_a_lead_in_ending_in_an_ellipsis_is_a_heading_when_it_names_a_section():
    text = ("Python Developer\n\nRequirements\n- Experience with Django\n\nYou will find with us.. .\n"
            ". . a team of 22 developers who work according to Scrum .\n"
            ". . a techstack with Python and tools like Pylint and MyPy .\n")
    assert _kind_of(text, "Pylint") == "benefits"
    skills = parse_posting(text, "p").skills
    assert "Django" in skills and "Scrum" not in skills
    # a sentence that trails off names no section: it stays text of the section it is in
    trailing = "Benefits\nA learning budget and so much more...\n"
    assert _kinds(trailing) == [("benefits", "A learning budget and so much more...")]
    assert _kinds("Benefits\nAnd so much more...\nA learning budget\n")[0][0] == "benefits"
    assert [k for k, _ in _kinds("Benefits\nA learning budget\nAnd so much more...\nPlenty of Kafka\n")] == ["benefits"]


def test_a_heading_in_capitals_inside_a_run_on_starts_its_section():
    # scraped text with its line breaks lost: the capitals are the heading that stood on a line
    line = ("YOUR TASKS You build the firmware of our machines in C++ and Python and you review the code of "
            "your colleagues every day and you test it on our devices in the lab with the hardware team "
            "THE EQUIPMENT WE PROVIDE Enjoy coffee and fruit for free Use state of the art laptops ( MacOS "
            "Linux Windows ) and a modern office in the city centre")
    kinds = _kinds(line)
    assert kinds[0][0] != "benefits" and "firmware" in kinds[0][1]
    assert ("benefits", "THE EQUIPMENT WE PROVIDE Enjoy coffee and fruit for free Use state of the art laptops ( "
                        "MacOS Linux Windows ) and a modern office in the city centre") in kinds
    skills = parse_posting("Embedded Engineer\n\n" + line, "p").skills
    assert "C++" in skills and "Linux" not in skills
    # capitals that name no section are no heading: "AWS S3" stays in its sentence
    assert len(_kinds("Requirements\n" + line.replace("THE EQUIPMENT WE PROVIDE", "AWS S3 SQS"))) == 1


def test_a_sentence_that_opens_with_must_asks_of_the_candidate():
    from matcher.postings.sections import company_voice
    assert not company_voice("Must live within 30 miles of our Seattle office.")
    assert company_voice("Our team must ship every week.")
    p = parse_posting("Preferred\n- Kotlin\n\nHybrid, 2 days a week. Must live within 30 miles of our office.", "x")
    assert [r.text for r in p.conditions] == ["Hybrid, 2 days a week.", "Must live within 30 miles of our office."]


def test_a_requirement_naming_dental_work_is_no_benefit():
    p = parse_posting("Dental Hygienist\n\nMust have\n- Current Oregon dental hygiene license\n"
                      "- 2+ years of clinical dental hygiene experience\n- Current BLS certification\n\n"
                      "Benefits\n- Medical, dental and vision insurance\n", "x")
    assert [r.text for r in p.must] == ["Current Oregon dental hygiene license",
                                        "2+ years of clinical dental hygiene experience", "Current BLS certification"]
    assert p.years == 2


def test_insurance_offered_is_a_benefit():
    for text in ("Medical, dental and vision insurance", "Medical/Dental/Vision", "Dental coverage from day one"):
        assert boilerplate_kind(text) == "benefits"
    assert boilerplate_kind("Experience in a dental office") is None
    # the insurance a job sells or handles is asked, not offered
    for text in ("Valid Texas Life & Health insurance agent (producer) license",
                 "2+ years of health insurance billing experience"):
        assert boilerplate_kind(text) is None


@pytest.mark.parametrize("item", [
    "Must pass Georgia DECAL comprehensive fingerprint background check",
    "Must pass a fingerprint background check",
    "Able to pass the Florida DCF Level 2 fingerprint background check",
])
def test_a_background_check_asked_by_its_agency_is_a_condition(item):
    """A childcare teacher's state check named by its agency and kind was read as legal text and dropped."""
    p = parse_posting(f"# Preschool Teacher\nRequirements:\n- {item}\n- 1+ year of experience\n", "x")
    assert [(r.kind, r.text) for r in p.requirements] == [("condition", item), ("must", "1+ year of experience")]


@pytest.mark.parametrize("text,kind", [
    # a benefit the candidate is asked to know or to run: a financial adviser's, a payroll clerk's, an HR ask
    ("Knowledge of retirement accounts (IRA, 401k) and RMDs", None),
    ("Experience administering 401(k) plans and COBRA", None),
    ("Working knowledge of PTO accrual policies", None),
    ("Familiarity with 403(b) and 401(k) rollovers", None),
    # offered, it stays a benefit
    ("401(k) with company match", "benefits"),
    ("Medical, dental, vision and 401k", "benefits"),
    ("Competitive salary commensurate with experience", "benefits"),
    ("Paid time off based on experience in the field", "benefits"),
])
def test_a_benefit_asked_to_know_is_no_benefit_offered(text, kind):
    assert boilerplate_kind(text) == kind


def test_a_listed_ask_naming_a_retirement_plan_is_kept():
    p = parse_posting("Wealth Management Associate\n\nRequired Qualifications:\n* Active FINRA Series 7\n"
                      "* Knowledge of retirement accounts (IRA, 401k) and RMDs\n\nBenefits\n* 401(k) with match\n", "x")
    assert [r.text for r in p.must] == ["Active FINRA Series 7",
                                        "Knowledge of retirement accounts (IRA, 401k) and RMDs"]


@pytest.mark.parametrize("education, licences", [
    ("Education:", "Certifications:"), ("EDUCATION", "LICENSURE"), ("Education", "Licenses/Certifications"),
    ("Education", "Licenses and Certifications"), ("Educational", "Certification/Licensure")])
def test_a_heading_naming_what_is_held_lists_requirements(education, licences):
    """A hospital's posting: "Education:", "Certifications:" head what it asks (the surgical technologist's
    CST and programme were read as no section, neither a row)."""
    p = parse_posting(f"Surgical Technologist\n\nJob Summary:\nAssists surgeons in the OR.\n\n{education}\n"
                      "Graduate of an accredited Surgical Technology program (CAAHEP or ABHES).\n\n"
                      f"{licences}\nCertified Surgical Technologist (CST) through NBSTSA required. BLS certification "
                      "through the American Heart Association required.\n\nExperience:\nOne year of surgical "
                      "technologist experience preferred.\n", "x")
    assert [(r.kind, r.text[:30]) for r in p.requirements] == [
        ("must", "Graduate of an accredited Surg"), ("must", "Certified Surgical Technologis"),
        ("must", "BLS certification through the "), ("nice", "One year of surgical technolog")]
    # a label on an item's own line stays the item's: no section of its own
    p = parse_posting("Nurse\n\nQualifications\n- Education: BSN required\n- Licensure: Current Ohio RN license\n", "x")
    assert [r.text for r in p.requirements] == ["Education: BSN required", "Licensure: Current Ohio RN license"]


@pytest.mark.parametrize("heading", ["What we're looking for", "What we're looking for in you", "What you'll bring",
                                     "Who you are"])
def test_a_heading_that_asks_is_a_heading(heading):
    p = parse_posting(f"Marketing Manager\n\nSome words about the job.\n\n{heading}\n- 7+ years of marketing\n"
                      "- Strong analytics: Google Analytics 4, Looker Studio or Tableau\n- Hands-on with HubSpot\n",
                      "x")
    assert p.sections[-1].heading == heading and p.sections[-1].kind == "requirements"
    assert "Strong analytics: Google Analytics 4, Looker Studio or Tableau" in [r.text for r in p.must]


def test_who_we_are_looking_for_asks_and_who_we_are_tells():
    assert heading_kind("Who we are looking for") == "requirements"
    assert heading_kind("Who we are") == "company"


@pytest.mark.parametrize("heading", ["Person specification", "Essential criteria", "Essential", "Selection criteria",
                                     "Key selection criteria", "Qualifications and experience",
                                     "Skills and experience", "About you"])
def test_british_and_australian_requirement_headings_open_requirements(heading):
    p = parse_posting(f"Staff Nurse\n\nA word about the ward.\n\n{heading}\n- Current registration with the board\n"
                      "- Experience of IV medication administration\n\nDesirable criteria\n"
                      "- Mentorship qualification\n",
                      "x")
    assert [r.text for r in p.must] == ["Current registration with the board",
                                        "Experience of IV medication administration"]
    assert [r.text for r in p.nice] == ["Mentorship qualification"]


def test_essential_functions_are_still_no_requirements():
    assert heading_kind("Essential Functions") != "requirements"
    assert heading_kind("Desirable") == "nice"


def test_a_field_line_with_its_value_is_no_heading_over_what_follows():
    text = ("Teacher of Mathematics\nOakfield Academy\nSalary: MPS/UPS (£30,000 - £46,525)\n\n"
            "Oakfield Academy is a thriving school.\n- 2+ years of teaching experience\n- A degree in Mathematics\n")
    kinds = _kinds(text)
    assert ("benefits", "MPS/UPS (£30,000 - £46,525)") in kinds
    assert _kind_of(text, "thriving school") == "about"
    p = parse_posting(text, "x")
    assert [r.text for r in p.must] == ["2+ years of teaching experience", "A degree in Mathematics"]


# -- HTML: what a page never shows as text is not read as the posting ----------------------
def test_html_script_style_comments_and_head_are_not_posting_text():
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Forklift Operator</title>"
            "<style>p{color:red}</style><script>alert(1)</script></head><body><h1>Forklift Operator</h1>"
            "<p>Second shift, $20/hr.</p><ul><li>Forklift certification required</li>"
            "<li>6 months warehouse experience</li></ul><noscript>Enable JavaScript</noscript>"
            "<template><p>Apply now</p></template></body></html>")
    posting = parse_posting(page, "html-page")
    assert posting.title == "Forklift Operator"
    assert posting.company == ""   # the <h1> says the <title> again: no company
    for hidden in ("color", "alert", "JavaScript", "Apply now", "DOCTYPE", "charset"):
        assert hidden not in posting.text
    assert "Second shift" in posting.text


def test_an_html_comment_is_dropped_and_the_title_below_it_read():
    page = ("<!-- internal: req 4471, hiring manager Bob -->\n<h1>Host / Hostess</h1><p>Greet guests.</p>"
            "<h3>Requirements</h3><ul><li>1 year restaurant host experience</li></ul>")
    posting = parse_posting(page, "host")
    assert posting.title == "Host / Hostess"
    assert "Bob" not in posting.text and "4471" not in posting.text
    assert posting.years == 1


def test_a_head_title_alone_is_the_title_and_other_heads_read_on():
    posting = parse_posting("<html><head><title>Night Auditor</title><style>.a{color:red}</style>"
                            "<script>var x=1;</script></head><body><p>Overnight front desk.</p>"
                            "<ul><li>1 year hotel experience</li></ul></body></html>", "auditor")
    assert posting.title == "Night Auditor" and "color" not in posting.text and "var x" not in posting.text
    assert "Overnight front desk." in posting.text


@pytest.mark.parametrize("text", [
    "Warehouse Associate\n\nRequirements:\n- <5 years of experience is fine (when a<b)\n- 2+ years of PHP",
    "Web Developer\n\nRequirements:\n- Knowledge of the <script> and <style> tags and XSS\n- 2+ years of PHP",
    "Web Developer\n\nRequirements:\n- Sanitise <!-- comments and CDATA\n- 2+ years of PHP",
])
def test_a_literal_angle_bracket_or_a_tag_named_in_prose_keeps_the_text(text):
    posting = parse_posting(text, "prose")
    assert "2+ years of PHP" in posting.text
    assert "<5 years" not in text or "<5 years of experience is fine (when a<b)" in posting.text
    assert len(posting.requirements) == 2


# --- flattened postings: headings at a line's end, run-on lines, lines cut mid-item ------------
def _read(text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in parse_posting(text, "flat").requirements]


def test_a_heading_at_the_end_of_a_line_opens_the_section_after_it():
    """A heading glued to the end of the line before it ("... ( PwC Deloitte ) Preferred
    Qualifications:") ends that line's requirement, which keeps its own section's kind, and
    opens the section for the lines after it."""
    text = ("Senior Auditor\n\nBasic Qualifications:\nBachelor's degree in Accounting\n"
            "At least 3 years of audit experience with a large firm ( PwC Deloitte EY ) Preferred Qualifications:\n"
            "Master's Degree in Finance\n2+ years of people management experience\n")
    posting = parse_posting(text, "flat")
    assert _read(text) == [
        ("must", "Bachelor's degree in Accounting"),
        ("must", "At least 3 years of audit experience with a large firm ( PwC Deloitte EY )"),
        ("nice", "Master's Degree in Finance"), ("nice", "2+ years of people management experience")]
    # the preferred master's blocks no one: only the bachelor's is asked
    assert [(k.level, k.required) for k in posting.knockouts if k.kind == "degree"] == [
        ("bachelor", True), ("master", False)]
    assert posting.years == 3


@pytest.mark.parametrize("tail,kind", [("Nice to have:", "nice"), ("Your profile:", "requirements"),
                                       ("What we need:", "requirements"), ("Job benefits:", "benefits")])
def test_a_heading_phrase_ending_a_line_is_cut_off(tail, kind):
    text = f"Welder\n\nResponsibilities\nMaintain the welding bay and its tools daily {tail}\nSome text here\n"
    sections = parse_posting(text, "flat").sections
    assert (kind, "Some text here") in [(s.kind, s.text) for s in sections]
    assert ("responsibilities", "Maintain the welding bay and its tools daily") in [(s.kind, s.text) for s in sections]


@pytest.mark.parametrize("line", [
    "Experience with the following Technical Skills:",     # a lead-in, its list follows
    "You should bring these Skills:",
    "Strong written and verbal communication skills:",
])
def test_a_lead_in_line_is_not_cut_before_its_last_words(line):
    from matcher.postings.parse import _tail_heading

    assert _tail_heading(line) is None


def test_nice_to_have_markers_a_recruiter_writes():
    text = ("Data Engineer\n\nRequirements\n- 3+ years of Python\n- Kafka is good to have\n"
            "- Bonus points if you know dbt\n- Experience with Terraform is an advantage\n\n"
            "We'd really get excited if you had experience with:\nFlink\nClickHouse\n")
    assert _read(text) == [("must", "3+ years of Python"), ("nice", "Kafka is good to have"),
                           ("nice", "Bonus points if you know dbt"),
                           ("nice", "Experience with Terraform is an advantage"),
                           ("nice", "Flink"), ("nice", "ClickHouse")]


def test_a_marker_in_a_bracket_qualifies_the_bracket_not_the_line():
    """"( Advantage: . Qt )" qualifies what it holds; the requirement around it is a must, and the
    bracket cut at " ." by the sentence splitter stays one item."""
    text = ("Embedded Developer\n\nRequirements\n"
            "5+ years of experience in C++ development ( Advantage: . Qt framework ) Solid understanding of RTOS\n"
            "Advantage: Experience in automotive projects\n")
    assert _read(text) == [("must", "5+ years of experience in C++ development ( Advantage: . Qt framework ) "
                                    "Solid understanding of RTOS"),
                           ("nice", "Advantage: Experience in automotive projects")]


def test_a_run_on_line_is_cut_at_its_list_markers_and_headings():
    text = ("Backend Developer\n\nAbout the job\nYou will build our payment APIs with the team.\n"
            "This role requires a wide variety of skills including: * A degree in Computer Science or equivalent "
            "* Solid knowledge of Go and PostgreSQL * Experience running services on Kubernetes in production "
            "Nice to have: Experience with gRPC and protocol buffers Job benefits: Free lunch and a yearly learning "
            "budget for every engineer\n")
    assert _read(text) == [("must", "A degree in Computer Science or equivalent"),
                           ("must", "Solid knowledge of Go and PostgreSQL"),
                           ("must", "Experience running services on Kubernetes in production"),
                           ("nice", "Experience with gRPC and protocol buffers")]


def test_a_softener_inside_a_run_on_softens_its_own_clause():
    """A list whose bullets were stripped: "... is a plus" softens its own clause, and the
    clauses are cut where a capitalised word opens a requirement after a word in lower case."""
    text = ("Data Ops Engineer\n\nIntro\nWe move data for a living.\n\n"
            "Skills needed Solid hands on experience with Scala Good knowledge of functional programming and type "
            "systems Familiarity with event sourcing Experience with Azure is a plus Experience with Spark is a plus "
            "Fluency in English\n")
    assert _read(text) == [("must", "Solid hands on experience with Scala"),
                           ("must", "Good knowledge of functional programming and type systems"),
                           ("must", "Familiarity with event sourcing"),
                           ("nice", "Experience with Azure is a plus"), ("nice", "Experience with Spark is a plus"),
                           ("must", "Fluency in English")]


@pytest.mark.parametrize("item", [
    "Experience with Python, Django, PostgreSQL, Redis, Celery, RabbitMQ, Docker, Kubernetes, Terraform, AWS "
    "Lambda, S3, CloudWatch, GitHub Actions, Datadog, Sentry and Grafana in a production environment",
    "Ability to work in an Agile team with a Master's degree in Physics, Mathematics or a related field and at "
    "least 3 years of experience in a Quality Assurance or Project Management role at a software company",
])
def test_one_long_requirement_stays_one(item):
    assert _read(f"Engineer\n\nRequirements\n- {item}\n- Fluent English\n") == [
        ("must", item), ("must", "Fluent English")]


def test_a_line_cut_after_e_g_or_inside_a_bracket_goes_on():
    text = ("Frontend Developer\n\nRequirements\n* Knowledge of front-end languages ( e.g .\n"
            "HTML CSS jQuery ) * Knowledge of JavaScript frameworks ( e.g .\nReact Vue ) * Familiarity with "
            "databases\n* Experience with cloud platforms (AWS,\nGCP or Azure)\n")
    assert _read(text) == [("must", "Knowledge of front-end languages ( e.g . HTML CSS jQuery )"),
                           ("must", "Knowledge of JavaScript frameworks ( e.g . React Vue )"),
                           ("must", "Familiarity with databases"),
                           ("must", "Experience with cloud platforms (AWS, GCP or Azure)")]
    assert "React" in parse_posting(text, "flat").skills


def test_a_word_a_broken_line_left_alone_is_no_requirement():
    text = "Developer\n\nRequirements\nSolid knowledge of SQL\nOur\nExperience with Docker\nThe\nPython\n"
    assert _read(text) == [("must", "Solid knowledge of SQL"), ("must", "Experience with Docker"), ("must", "Python")]


# --- regressions of the run-on cut (sweep s17, fixer P2) ------------------------------------
def test_a_heading_at_a_lines_start_does_not_swallow_the_requirements_after_it():
    """p079: "About the department You will join ..." opens the company's section; the
    "Qualifications You hold ..." line after it opens the requirements again."""
    text = ("Senior Project Manager\n\nWe are looking for an experienced project manager who is passionate about "
            "project and programme management .\nAbout the department You will join the Transformation Office in "
            "Global People and Organisation reporting to the Programme Management Office Director .\n"
            "The transformation office is a small team of 7 full time employees .\n"
            "Qualifications You hold a master's degree in Business Administration ( MBA ) or science/computer "
            "science or equivalent .\nYou have extensive experience in leading global projects from an "
            "international consultancy firm .\nFluency in written and spoken English is a requirement .\n")
    rows = _read(text)
    assert ("must", "You hold a master's degree in Business Administration ( MBA ) or science/computer science "
                    "or equivalent .") in rows
    assert ("must", "Fluency in written and spoken English is a requirement .") in rows


def test_a_heading_before_a_lists_first_marker_opens_the_requirements():
    """p188: "Required Technical Qualifications and experience • BS MS or PhD ..." on one line."""
    text = ("AI/ML Senior Associate\n\nResponsibilities\n• Research and develop innovative ML based solutions\n"
            "• Document approach and techniques used .\n"
            "Required Technical Qualifications and experience • BS MS or PhD in a quantitative or computational "
            "discipline .\n• Strong ability to develop and debug in Python or similar professional programming "
            "language .\n• Experience with Natural Language Processing ( NLP) .\nNice to Have\n"
            "• Experience with big-data technologies such as Hadoop Spark SparkML etc .\n")
    assert _read(text) == [
        ("must", "BS MS or PhD in a quantitative or computational discipline ."),
        ("must", "Strong ability to develop and debug in Python or similar professional programming language ."),
        ("must", "Experience with Natural Language Processing ( NLP) ."),
        ("nice", "Experience with big-data technologies such as Hadoop Spark SparkML etc .")]


def test_what_youll_bring_before_years_opens_the_requirements():
    """p162: "What you'll do ... What you'll bring 4+ years of experience ..." on one line."""
    text = ("Backend Engineer\n\nWhat you'll do Wrap your head around our multi-tenant distributed and international "
            "web API service infrastructure and push it to the next level Design develop and deploy backend "
            "services with focus on high availability low latency and scalability Take operational responsibility "
            "for the services that are owned by your team What you'll bring 4+ years of experience in any modern "
            "programming language .\nPython or Go are ideal A deep understanding of how the Web works from client "
            "requests to server-side handling to front-end rendering You enjoy building highly available services and "
            "APIs that scale\nFluent verbal and written English language "
            "skills\n")
    posting = parse_posting(text, "p162")
    rows = [(r.kind, r.text) for r in posting.requirements]
    assert rows[0] == ("must", "4+ years of experience in any modern programming language .")
    assert ("nice", "Python or Go are ideal") in rows
    assert ("must", "Fluent verbal and written English language skills") in rows
    assert posting.years == 4


def test_a_lone_list_marker_goes_with_the_item_on_the_next_line():
    """p139: "*" alone on a line, or ending the line before, with the item on the next line."""
    text = ("SDET Lead\n\nRequirements\n* Proven track record of managing software development teams\n*\n"
            "Experience working with CI/CD pipelines and modern deployment strategies\n"
            "* Experience working with the public cloud ( ideally AWS ) *\n"
            "Experience working with testing tools and frameworks\n* Fluent coding in Java\n")
    assert _read(text) == [("must", "Proven track record of managing software development teams"),
                           ("must", "Experience working with CI/CD pipelines and modern deployment strategies"),
                           ("must", "Experience working with the public cloud ( ideally AWS )"),
                           ("must", "Experience working with testing tools and frameworks"),
                           ("must", "Fluent coding in Java")]


def test_a_lone_dash_before_a_header_field_stays_apart():
    posting = parse_posting("Java Developer\n-\nDate posted: 2021-08-18\n\nRequirements\n- Core Java\n"
                            "- Experience with SQL\n", "p")
    assert [r.text for r in posting.requirements] == ["Core Java", "Experience with SQL"]


def test_a_dash_glued_to_an_items_first_word_is_its_list_marker():
    """real-estate-agent-1: "-Active Texas ..." kept its dash in the requirement and its knock-out."""
    posting = parse_posting("Real Estate Agent\n\nWHAT WE NEED FROM YOU\n"
                            "-Active Texas real estate sales agent license (TREC) -- required\n"
                            "-1+ years of residential real estate sales experience\n"
                            "-Working knowledge of MLS (ABOR/Matrix)\n", "p")
    assert [r.text for r in posting.requirements] == [
        "Active Texas real estate sales agent license (TREC) -- required",
        "1+ years of residential real estate sales experience", "Working knowledge of MLS (ABOR/Matrix)"]
    assert [k.sentence for k in posting.knockouts if k.kind == "years"] == [
        "1+ years of residential real estate sales experience"]


@pytest.mark.parametrize("line, bare", [
    ("-Active Texas license", "Active Texas license"),
    ("-1+ years of sales", "1+ years of sales"),
    # a minus sign or a word's hyphen is no marker
    ("-5 degrees Celsius storage", "-5 degrees Celsius storage"),
    ("-based on experience", "-based on experience"),
])
def test_a_dash_glued_to_a_capital_or_the_years_asked_is_a_list_marker(line, bare):
    from matcher.text import strip_line_marks

    assert strip_line_marks(line) == bare


def test_a_lower_case_line_after_an_item_goes_on_with_it():
    """p189: "* Strong" / "interpersonal and communication skills" is one item, no heading."""
    text = ("Developer\n\nYou have:\n* Test driven approach to development\n*\nStrong\n"
            "interpersonal and communication skills\n*\nNoSQL Database experience\n")
    assert _read(text) == [("must", "Test driven approach to development"),
                           ("must", "Strong interpersonal and communication skills"),
                           ("must", "NoSQL Database experience")]


def test_a_preferred_lead_in_softens_every_piece_cut_from_its_line():
    """p017: the degree after "Candidates who have the following will be preferred:" is no
    required knock-out, and its row keeps the degree without "More information and send application"."""
    text = ("IT Project Manager\n\nYour profile\nYou have a solid understanding of IT Project Management .\n"
            "Candidates who have the following will be preferred: • Certifications within SAFe-framework and "
            "Project Management are highly valued • Expert skills within Excel JIRA Confluence and SharePoint "
            "• A Bachelor's degree or a Graduate Diploma in Business Administration More information and send "
            "application\n")
    posting = parse_posting(text, "p017")
    assert ("nice", "A Bachelor's degree or a Graduate Diploma in Business Administration") in [
        (r.kind, r.text) for r in posting.requirements]
    degrees = [k for k in posting.knockouts if k.kind == "degree"]
    assert degrees and not any(k.required for k in degrees)


def test_no_cut_inside_in_the_last_three_years():
    """p013: a mobility rule ("not ... more than 12 months in the last 3 years") asks no years, nor
    does a ceiling ("less than 4 years research experience")."""
    text = ("PhD stipend\n\nThe ITN mobility rules to apply; the candidate should not have spent more than 12 "
            "months in the last 3 years in the candidate must have less than 4 years research experience the "
            "candidate must have a Master degree which allows to start the PhD ( in case of ESRs) the candidate "
            "has to be recruited before October 2013 .\n")
    posting = parse_posting(text, "p013")
    assert not [k for k in posting.knockouts if k.kind == "years"]
    assert all(r.years is None for r in posting.requirements)


def test_a_dash_after_one_word_is_no_item_break():
    """p196: "PHP - BIG PLUS; Nginx/Varnish; CI/CD - Jenkins pipelines" keeps PHP."""
    text = ("Backend Developer\n\nRequirements\n- 4+ years of experience in Node.js environment\n"
            "Will be a plus: PHP - BIG PLUS; Nginx/Varnish; CI/CD - Jenkins pipelines; Infrastructure as code: "
            "Terraform; Ansible Docker; Experience with DDD ( Domain Driven Design ) projects; Working with Agile "
            "methodology .\n")
    rows = _read(text)
    assert any(kind == "nice" and text.startswith("PHP - BIG PLUS") for kind, text in rows)
    assert "PHP" in parse_posting(text, "p196").skills


def test_we_offer_glued_after_a_softener_opens_the_offer():
    """p080: "... is a plus but not a requirement We offer • An attractive work environment ..."."""
    text = ("Software Developer\n\nYour Profile • Bachelor or Master's degree in Computer Science or equivalent "
            "• A team player with good communication skills and an agile mindset .\n"
            "Fluent in spoken and written English • Experience with 3D programming and computer graphics is a "
            "plus but not a requirement We offer • An agile development based on KANBAN • An attractive work "
            "environment with highly skilled and committed colleagues in an informal work environment\n")
    assert _read(text) == [
        ("must", "Bachelor or Master's degree in Computer Science or equivalent"),
        ("must", "A team player with good communication skills and an agile mindset ."),
        ("must", "Fluent in spoken and written English"),
        ("nice", "Experience with 3D programming and computer graphics is a plus but not a requirement")]


def test_a_clause_about_the_candidate_is_no_company_label():
    """p198: "You care about clarity: in code commits ..." is an item, not the company's blurb."""
    text = ("Embedded Engineer\n\nYOUR FITNESS LEVEL\nYou have 5+ years of experience with Embedded Systems\n"
            "You care about clarity: in code commits documentation and communication .\n"
            "You have experience with scripting languages such as Bash and Python\n")
    assert ("must", "You have experience with scripting languages such as Bash and Python") in _read(text)


def test_an_empty_location_field_takes_no_value_from_the_next():
    """p185: "Location: Time type: Fulltime Start: As agreed upon"."""
    posting = parse_posting("Full Stack Engineer\n\nWe build things .\nLocation: Time type: Fulltime Start: As "
                            "agreed upon\n", "p185")
    assert posting.location == ""
    posting = parse_posting("Engineer\n\nLocation: Copenhagen\n\nWe build things .\n", "p")
    assert posting.location == "Copenhagen"


def test_location_options_remote_in_a_run_on_header_is_remote():
    """p191: the board's fields on one line, "Location options: Remote" among them."""
    posting = parse_posting("Senior Full Stack Engineer\nDate posted: 2021-02-13 Likes: 0 Job description: "
                            "Compensation: €50k - 90k Location options: Remote Job type: Full-time\n\n"
                            "Requirements\n- Java\n", "p191")
    assert posting.remote is True


def test_a_tech_stack_after_a_clause_label_stays_asked():
    """p198: the stack named after "You care about clarity: ..." is no company blurb's."""
    text = ("Embedded Engineer\n\nYOUR FITNESS LEVEL\nYou have 5+ years of experience with Embedded Systems\n"
            "You care about clarity: in code commits documentation and communication .\n"
            "You start with building tests and finish with automated testing\n"
            "Work with our modern tech-stack across various layers such as: C C++17/20 Rust Go Kubernetes Docker "
            "and GCP\n")
    skills = parse_posting(text, "p198").skills
    assert "Rust" in skills and "Go" in skills


def test_a_question_inside_a_line_opens_its_section():
    """p066: "... process What do I need to qualify for this job? You have a master's degree ..."."""
    text = ("PLM Head\n\nWhat are my responsibilities? Govern service products through complete lifecycle via R&D "
            "Budget Manage a global team with the responsibility of our product strategy according to product "
            "development process What do I need to qualify for this job? You have a master's degree in engineering "
            "science or similar\nYou possess strong leadership skills\nYou are customer oriented structured and "
            "analytical in your approach\nYou can demonstrate excellent English skills orally and in writing\n")
    assert _read(text) == [("must", "You have a master's degree in engineering science or similar"),
                           ("must", "You possess strong leadership skills"),
                           ("must", "You are customer oriented structured and analytical in your approach"),
                           ("must", "You can demonstrate excellent English skills orally and in writing")]


def test_a_section_word_ending_an_item_and_glued_markers():
    """p005: "• Administrative task ... Qualifications" / "• A PhD degree ..." / "•A research background ..."."""
    text = ("Postdoc\n\nOther content of the position\n•Limited teaching primarily in terms of MSc .\n"
            "• Administrative task in terms of project management Qualifications\n• A PhD degree or equivalent .\n"
            "•A research background in data analysis including machine learning is required .\n"
            "•Experience with physiological measurements and/or neuroscience is a definite advantage .\n"
            "• Strong analytical and scientific skills as documented in scientific publications\n")
    assert _read(text) == [
        ("must", "A PhD degree or equivalent ."),
        ("must", "A research background in data analysis including machine learning is required ."),
        ("nice", "Experience with physiological measurements and/or neuroscience is a definite advantage ."),
        ("must", "Strong analytical and scientific skills as documented in scientific publications")]


def test_we_expect_ending_a_line_opens_the_requirements():
    """p106: "• The department is a regional centre ... We expect" / "You must be a specialist ..."."""
    text = ("Medical Consultant\n\nFacts about the department\n• Each specialist has their own outpatient clinic\n"
            "• The department is a regional centre for urogynaecology We expect\n"
            "You must be a specialist in gynaecology and obstetrics .\n"
            "You are expected to be able to perform all of the general functions relating to gynaecology .\n")
    assert _read(text) == [("must", "You must be a specialist in gynaecology and obstetrics ."),
                           ("must", "You are expected to be able to perform all of the general functions "
                                    "relating to gynaecology .")]


def test_a_qualified_heading_with_uneven_capitals_is_one():
    """p073: "Profile Essential experience and skills" heads the list after it."""
    assert heading_kind("Profile Essential experience and skills") == "requirements"
    text = ("Quantum Engineer\n\nWe are looking for an engineer .\nProfile Essential experience and skills\n"
            "You have an MSc in mechanical engineering electronic engineer physics or similar\n"
            "You have a profound knowledge of semiconductor fabrication\nGood English skills written and spoken\n")
    assert [t for _, t in _read(text)] == [
        "You have an MSc in mechanical engineering electronic engineer physics or similar",
        "You have a profound knowledge of semiconductor fabrication", "Good English skills written and spoken"]


def test_travel_days_among_the_duties_are_a_condition():
    """p092: "40-60 travel days a year must be expected ." under "Key tasks include to"."""
    text = ("Sales Manager\n\nKey tasks include to\nsupport Regional Business Managers in the quotation process\n"
            "40-60 travel days a year must be expected .\n\nWho you are\n- Spoken and written English\n")
    assert ("condition", "40-60 travel days a year must be expected .") in _read(text)


# --- a softener inside a flattened list softens its own line, not the list ----------------------
def _stack_kinds(body: str) -> list[tuple[str, str]]:
    text = f"Full-Stack Engineer\n\nQualifications\n{body}\n"
    return [(r.kind, r.text) for r in parse_posting(text, "x").requirements]


def test_a_softener_in_the_middle_of_a_flattened_stack_list_leaves_the_list_required():
    line = ("We want people to come with experience in the following: JavaScript Python Any experience"
            " with DevOps would be ideal React Redux Angular Node Java for our back-end development")
    assert _stack_kinds(line) == [("must", line)]


@pytest.mark.parametrize("line", [
    "Experience with DevOps would be ideal",
    "You know the following: Go Rust and experience with Kafka would be a plus.",
    "Nice to have: GraphQL Apollo Storybook",
    "Stack: Terraform is a plus, but not required",
])
def test_a_softener_that_ends_its_item_still_softens_it(line):
    assert [k for k, _ in _stack_kinds(line)] == ["nice"]


def test_an_unbulleted_list_keeps_its_named_asks_and_the_laws_it_asks_to_know():
    """"SHRM-CP or PHR certification required" is an item, not a heading; "Working knowledge of
    FMLA, ADA, FLSA and EEO regulations" asks to know the law, it is no legal boilerplate; a
    question run into a paragraph ("Why join us?") asks nothing."""
    from matcher.postings.parse import parse_posting

    p = parse_posting("HR Generalist\n\nQualifications\nBachelor's degree in Human Resources\n"
                      "Working knowledge of FMLA, ADA, FLSA and EEO regulations\n"
                      "SHRM-CP or PHR certification required\nStrong interpersonal skills\n\n"
                      "Why join us? Paid time off, 8 paid holidays, health insurance, 401(k).\n\n"
                      "Brightwater is an Equal Opportunity Employer.", "hr")
    texts = [r.text for r in p.requirements]
    assert "Working knowledge of FMLA, ADA, FLSA and EEO regulations" in texts
    assert "SHRM-CP or PHR certification required" in texts
    assert not [t for t in texts if "Why join" in t or "Equal Opportunity" in t]
    assert [k.name for k in p.knockouts if k.kind == "licence"] == ["SHRM-CP or PHR certification"]
    assert [s.heading for s in p.sections if s.heading == "Skills Required"] == []


@pytest.mark.parametrize("text,kind", [
    # an HR generalist's duties name the law they work on: no notice of the employer's
    ("Onboarding, I-9 / E-Verify compliance", None),
    ("Leave administration (FMLA, ADA accommodations)", None),
    ("Conduct background checks and reference checks", None),
    # the employer's notices stay legal text
    ("This employer participates in E-Verify.", "legal"),
    ("Equal Opportunity Employer", "legal"),
    ("Reasonable accommodations are provided to qualified individuals with disabilities.", "legal"),
    ("We participate in E-Verify and comply with all reporting requirements.", "legal"),
    ("All qualified applicants will receive consideration without regard to race, color or religion.", "legal"),
    ("Employment is contingent upon a background check.", "legal"),
])
def test_a_duty_that_names_the_law_is_no_legal_notice(text, kind):
    assert boilerplate_kind(text) == kind


def test_duties_in_a_tilde_list_naming_the_law_stay_responsibilities():
    """hr-generalist-1: "~ Onboarding, I-9 / E-Verify compliance" and the duties after it were
    read as legal text, ignored for ranking."""
    p = parse_posting("HR Generalist\n\nResponsibilities:\n~ Benefits administration and open enrollment\n"
                      "~ Onboarding, I-9 / E-Verify compliance\n~ Leave administration (FMLA, ADA accommodations)\n"
                      "~ HRIS data entry and reporting (Workday)\n\nRequired Qualifications:\n"
                      "• 3+ years of HR generalist experience\n\nThis employer participates in E-Verify.", "hr")
    kinds = [(s.kind, s.text) for s in p.sections]
    assert ("responsibilities", "~ Benefits administration and open enrollment\n~ Onboarding, I-9 / E-Verify "
            "compliance\n~ Leave administration (FMLA, ADA accommodations)\n~ HRIS data entry and reporting (Workday)"
            ) in kinds
    assert ("legal", "This employer participates in E-Verify.") in kinds


def test_a_tilde_and_a_space_mark_an_item():
    from matcher.text import strip_line_marks

    assert strip_line_marks("~ Leave administration") == "Leave administration"
    assert strip_line_marks("~5 years") == "~5 years"


def test_a_sentence_that_opens_with_a_range_of_years_is_one_of_its_own():
    from matcher.text import split_sentences

    assert split_sentences("GED required, associate degree preferred. 1-2 years of office experience.") == [
        "GED required, associate degree preferred.", "1-2 years of office experience."]


def test_the_must_word_alone_in_capitals_heads_its_section():
    """"PREFERRED" on a line of its own heads what is preferred; "Bilingual PREFERRED" is an item."""
    p = parse_posting("Pipe Welder\n\nREQUIREMENTS\n- 3+ years of pipe welding\n\nPREFERRED\n- API 1104 certification\n"
                      "- Bilingual PREFERRED\n", "pw")
    assert [(r.kind, r.text) for r in p.requirements] == [
        ("must", "3+ years of pipe welding"), ("nice", "API 1104 certification"), ("nice", "Bilingual PREFERRED")]


def test_a_heading_of_what_the_work_is_like_is_no_condition_of_its_own():
    """"Physical demands" on a line of its own below the preferred list heads the work's conditions; it had
    been read as a condition row of its own (a solar installer's posting)."""
    p = parse_posting("Solar PV Installer\n\nRequirements\n- OSHA 30-Hour Construction card\n\nPreferred:\n"
                      "- Electrical apprenticeship or journeyman card\n\nPhysical demands\n"
                      "Must lift 50 lbs, carry panels up ladders and work on roofs in temperatures over 100F.\n"
                      "Pay $28-$36/hr DOE, company truck.\n", "pv")
    assert [(r.kind, r.text) for r in p.requirements] == [
        ("must", "OSHA 30-Hour Construction card"), ("nice", "Electrical apprenticeship or journeyman card"),
        ("condition", "Must lift 50 lbs, carry panels up ladders and work on roofs in temperatures over 100F.")]
    for heading in ("Physical demands", "Working conditions", "Work Environment & Physical Demands", "Conditions"):
        assert heading_kind(heading) == "other"
    # a bare word is no such heading, nor a working knowledge
    assert heading_kind("Environment") is None
    assert heading_kind("Working knowledge of SQL") != "other"


@pytest.mark.parametrize("heading", ["Please note", "Logistics", "Additional information", "Important notes",
                                     "Additional", "Other"])
def test_a_bare_heading_of_the_jobs_practical_side_is_no_item(heading):
    # "Please note" under "Nice to have" had been a nice-to-have row of its own, the lines after it with it
    p = parse_posting("Site Reliability Engineer\n\nNice to have\n- Chaos engineering experience\n\n"
                      f"{heading}\n- Fully remote; you must live in Canada or the US\n", "x")
    assert [r.text for r in p.nice] == ["Chaos engineering experience"]
    assert [r.text for r in p.conditions] == ["Fully remote; you must live in Canada or the US"]
    assert heading_kind("Logistics experience") == "requirements"


@pytest.mark.parametrize("heading", ["ESSENTIAL FUNCTIONS", "Essential Job Functions", "Primary Functions:"])
def test_the_functions_of_a_job_head_its_duties_no_requirement(heading):
    p = parse_posting(f"Case Manager\nCatholic Charities\n\nQUALIFICATIONS\nAt least 1 year of case management "
                      f"experience.\n\n{heading}\nConduct home visits and make referrals to community partners.\n", "x")
    assert [r.text for r in p.requirements] == ["At least 1 year of case management experience."]


@pytest.mark.parametrize("text, kind", [
    # a right to work however said is legal text, the knock-outs' to read, as "authorized to work in the US" was: a
    # UK posting's "Right to work in the UK" had been a must-have row 'missing' beside its knock-out (to check)
    ("Right to work in the UK", "legal"),
    ("Must have the right to work in the UK", "legal"),
    ("Eligible to work in Canada", "legal"),
    ("Authorized to work in the United States", "legal"),
    ("Eligible for licensure in Ohio", None),
    ("Able to work in a fast-paced environment", None),
])
def test_a_right_to_work_is_legal_text(text, kind):
    assert boilerplate_kind(text) == kind
