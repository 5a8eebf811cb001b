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
