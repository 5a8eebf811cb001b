"""Sentences that stand among a posting's requirements but ask nothing of the candidate (the hiring
process, what the job offers, the employer's visa policy, a reassurance, a testimonial or the
company's figures) are no checklist rows; a real requirement beside them stays one."""

from __future__ import annotations

import pytest

from matcher.postings.parse import parse_posting
from matcher.postings.sections import no_requirement


def _rows(items: list[str], listed: bool = True) -> list[str]:
    """The requirement rows of a posting that lists the items (or writes them as prose) after a real one."""
    if listed:
        body = "- 5+ years of project management experience\n" + "\n".join(f"- {i}" for i in items)
    else:
        body = "You have 5+ years of project management experience. " + " ".join(items)
    text = f"Project Manager\n\nRequirements:\n{body}\n"
    return [r.text.lstrip("- ") for r in parse_posting(text, "x").requirements]


ASKS_NOTHING = [
    # the hiring process
    ("The application deadline is 19 May 2014 .", "hiring"),
    ("The closing date for applications is Friday 30 June.", "hiring"),
    ("Deadline for applications: as soon as possible", "hiring"),
    ("Applications will be considered and reviewed on an on-going basis and therefore the post may be filled "
     "before the closing date 20th June 2021 .", "hiring"),
    ("Applications received after the deadline will not be considered.", "hiring"),
    ("Interviews will be taking place virtually and the successful candidate should expect to be fully "
     "supported through remote on-boarding.", "hiring"),
    ("Interviews are expected to be held in week 34.", "hiring"),
    ("Qualified applicants can expect to be called for an interview before the deadline.", "hiring"),
    ("Questions about the position may be directed to Jane Doe at jobs@example.com.", "hiring"),
    ("Questions regarding the role can be addressed to our HR partner.", "hiring"),
    ("Please state where you saw the ad and have reference no .", "hiring"),
    ("Please quote the job reference number in your email.", "hiring"),
    ("To apply, send us a short note about yourself.", "hiring"),
    ("Does this sound appealing?", "hiring"),
    # what the job offers
    ("The role will offer you significant opportunities to work on high profile projects around the world .",
     "benefits"),
    ("Further you will receive individual training education and an insurance plan - and the flexibility to "
     "balance your work life with your private life .", "benefits"),
    ("You'll enjoy a hybrid setup and a yearly team trip.", "benefits"),
    ("In exchange we offer you an opportunity to work with extraordinary talent.", "benefits"),
    ("Flexible work model with opportunity to work from home as well as in the office .", "benefits"),
    ("Flexible working hours", "benefits"),
    ("Unlimited access to LinkedIn Learning Courses", "benefits"),
    ("Free lunches on Fridays", "benefits"),
    ("Friendly team of talented engineers that work on the mission together .", "benefits"),
    ("Opportunities to work with customers and partners directly .", "benefits"),
    ("Wellness Incentives", "benefits"),
    # the employer's visa policy (the knock-outs read it)
    ("will consider sponsoring a new qualified applicant for employment authorization for this position .",
     "legal"),
    ("At this time will not sponsor a new applicant for employment authorization for this position .", "legal"),
    ("We are unable to sponsor visas for this role.", "legal"),
    # an ask taken back
    ("You are not required to have a computer science degree; in fact several of us have social science "
     "degrees or no degree at all .", "reassurance"),
    ("No prior experience required", "reassurance"),
    ("You don't need a degree to do well here.", "reassurance"),
    ("No certification required - we train!", "reassurance"),
    ("No CDL? No problem!", "reassurance"),
    ("License not required", "reassurance"),
    ("Entry level, no experience necessary", "reassurance"),
    ("A CDL is not required for this route", "reassurance"),
    ("Active Secret clearance is not required", "reassurance"),
    ("A valid passport is not required", "reassurance"),
    ("You do not need a current CPR card", "reassurance"),
    # the company: testimonials, what it is and what it is worth
    ("Huge market - says two-thirds of CMO budget goes towards supported customer retention and growth.",
     "company"),
    ("Our strength is our skilled people and our ability to work as one team\".- Does this sound appealing?",
     "company"),
    ("\"You will gain valuable knowledge about markets and products - faster than you expect .", "company"),
    ("And quickly you will be able to use what you learn in one country in another,\" finishes .", "company"),
    ("With a doubling of the company value in just one year is now worth 800 million DKK ( nearly 120M USD) .",
     "company"),
    ("is the world's largest online wine marketplace and most downloaded wine app .", "company"),
    ("Our mission is to make payroll simple for small shops.", "company"),
]


@pytest.mark.parametrize("sentence,kind", ASKS_NOTHING)
def test_a_sentence_that_asks_nothing_is_no_requirement(sentence, kind):
    assert no_requirement(sentence) == kind
    rows = _rows([sentence])
    assert sentence.lstrip("- ") not in rows and rows[0] == "5+ years of project management experience"


@pytest.mark.parametrize("sentence", [s for s, _ in ASKS_NOTHING if s.endswith(".") and s[0].isupper()])
def test_a_prose_sentence_that_asks_nothing_is_no_requirement(sentence):
    rows = _rows([sentence], listed=False)
    assert rows[0] == "You have 5+ years of project management experience."
    assert not any(sentence.rstrip(" .") in r for r in rows)


KEPT = [
    "Must be willing to relocate",
    "Ability to work under tight deadlines",
    "Comfortable working to deadlines and interviewing stakeholders",
    "Not required but would be nice if you have some experience with the Composition API",
    "A degree is not required, but you must have 3+ years of Python",
    "Are a student of complex systems theory and how to build resilient systems.",
    "Is a self-starter who enjoys a friendly team",
    "Eager to deliver good service to the organisation",
    "Our ideal candidate has 5+ years of Java",
    "Our engineers are expected to review each other's code daily",
    "Candidates must not require visa sponsorship now or in the future",
    "You will need to sponsor and champion change across teams",
    "Flexible schedule, including weekends",
    "Flexibility to work evenings and weekends",
    "Great team player",
    "Free of any conflict of interest with our clients",
    "Access to reliable transportation",
    "Experience with employee benefits administration",
    "You will gain hands-on experience with Kubernetes",
    "Strong background in interview scheduling and applicant tracking systems",
    "\"Can-do\" attitude",
    # duties and asks that share a word with the hiring process, an offer, a visa policy or a company figure
    "Ensure permit applications are submitted on time",
    "Ensure interviews are scheduled promptly",
    "Consistently delivers work before the deadline",
    "Deadline-driven and organised",
    "Coordinate closing dates with title companies",
    "Understand how to apply design patterns",
    "Include the reference number on every invoice",
    "Negotiate job offers and start dates",
    "Paid leave administration for 300 staff",
    "Process travel reimbursements",
    "Supportive team leadership style",
    "Open culture champion who mentors juniors",
    "Can serve as executive sponsor for key accounts",
    "Do not need any visa sponsorship now or in the future",
    "Responsible for group revenue targets",
    # how to send it, in brackets after the ask, leaves the ask
    "A portfolio of published work (required -- link in your application)",
    "Writing samples (link in your cover letter)",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_a_requirement_beside_those_stays(sentence):
    assert no_requirement(sentence) is None
    assert any(sentence.rstrip(".") in r for r in _rows([sentence]))


def test_work_authorisation_is_still_a_knock_out_and_no_row():
    text = ("Data Engineer\n\nRequirements:\n- 3+ years of Python\n"
            "- Authorized to work in the US without sponsorship\n"
            "- At this time we will not sponsor a new applicant for employment authorization\n")
    p = parse_posting(text, "x")
    assert [r.text for r in p.requirements] == ["3+ years of Python"]
    kinds = {(k.kind, k.sentence) for k in p.knockouts}
    assert ("sponsorship", "Authorized to work in the US without sponsorship") in kinds
    assert ("sponsorship", "At this time we will not sponsor a new applicant for employment authorization") in kinds


def test_a_time_frame_in_a_company_figure_asks_no_years():
    # walkA 6: "in just one year" was read as 1 year asked, Covered by any dated role
    text = ("Robot Engineer\n\nRequirements:\n- 3+ years of C++\n"
            "- With a doubling of the company value in just one year is now worth 800 million DKK .\n")
    p = parse_posting(text, "x")
    assert [(r.text, r.years) for r in p.requirements] == [("3+ years of C++", 3.0)]


def test_a_requirement_with_how_to_apply_glued_after_it_keeps_the_requirement():
    """p017: "A Bachelor's degree ... More information and send application" (a line break lost)
    asks the degree; the tail that tells how to apply is no part of the row."""
    rows = _rows(["A Bachelor's degree or a Graduate Diploma in Business Administration More information and "
                  "send application"])
    assert rows == ["5+ years of project management experience",
                    "A Bachelor's degree or a Graduate Diploma in Business Administration"]
    # a sentence that only tells how to apply stays no row
    assert _rows(["More information and send application"]) == ["5+ years of project management experience"]


# --- rows that say nothing about the candidate (a label, a date, a count, a bare question) ------
@pytest.mark.parametrize("item", [
    "Deadline 28 June 2020 .",
    "Application deadline 1 May 2021",
    "International applicant?",
    "email: .",
    "November 2012 .",
    "April 2008 .",
    "71,000 outpatient visits .",
    "The hospital has approximately 268 beds and approx .",
    "We have more than 1200 employees in 14 countries",
    # the pay, first of all a line says (a rota or travel after it)
    "$550-$650/day, 14 on / 14 off",
    "$22-$32/hour DOE + per diem, travel 80%",
    "Pay: $480/day + per diem",
    "Day rate: $300 per day",
    "$21.50/hr + hazard pay",
    "Salary: $55,000 - $65,000 a year",
])
def test_a_row_that_says_nothing_about_the_candidate_is_dropped(item):
    rows = _rows([item])
    assert rows == ["5+ years of project management experience"]


@pytest.mark.parametrize("item", [
    "Deadline-driven and well organised",
    "Deadline management in a fast-paced team",
    "Experienced applicant with a CDL?",
    "Email: fluent written communication with clients",
    "JUnit",
    "May be required to travel 10% of the time",
    "5000+ hours of flight time",
    "You have 3 years of experience leading teams of 10 engineers",
    "Typing speed of 60 WPM",
    "Familiarity with 3000 series routers",
    "$1M+ annual sales quota carried",
    "Handled $50,000 per day in cash deposits",
    "Managed budgets of $2M a year",
])
def test_a_near_miss_that_asks_stays_a_row(item):
    assert item.rstrip(" .") in [r.rstrip(" .") for r in _rows([item])]


def test_a_list_of_degrees_cut_at_abbreviation_dots_stays_one_row():
    text = ("Analyst\n\nYour profile\nYou have an education in economics at master level corresponding to the"
            " Danish educations cand.oecon .\ncand.polit .\nor cand.merc .\nor similar .\n"
            "You have an interest in the energy market .\n")
    rows = [r.text for r in parse_posting(text, "x").requirements]
    assert rows[0].endswith("cand.oecon . cand.polit . or cand.merc . or similar .")
    assert not any(r.startswith(("cand.", "or ")) for r in rows)


@pytest.mark.parametrize("item", [
    "Read more about how to apply for an academic post at here",
    "Find information about entering and working in here",
    "You can read more about career paths at here .",
    "Learn more at",
    "phone ( +45 ) e-mail: or Associate Professor phone e-mail: .",
    "Email: jobs@example.com",
])
def test_a_pointer_to_more_information_or_contact_details_is_dropped(item):
    assert _rows([item]) == ["5+ years of project management experience"]


@pytest.mark.parametrize("item", [
    "Email marketing experience with Mailchimp",
    "Phone etiquette and strong customer service skills",
    "Learn new tools quickly and share what you learn",
    "Read and write English fluently",
    "Find information in large document sets and summarise it",
    "Phone: must be reachable by mobile phone during on-call weeks",
])
def test_a_near_miss_about_reading_mail_or_phones_stays_a_row(item):
    assert item.rstrip(" .") in [r.rstrip(" .") for r in _rows([item])]


@pytest.mark.parametrize("item", [
    "How to apply Send the application as an attachment to Professor .",
    "Application procedure Please submit your online application no later than 18 December 2018 .",
    "Place of work",
    "The place of work will be .",
])
def test_how_to_apply_glued_to_its_heading_and_the_place_of_work_are_dropped(item):
    assert _rows([item]) == ["5+ years of project management experience"]


@pytest.mark.parametrize("item", [
    "Submit permit applications to the city no later than the agreed date",
    "Knowledge of how to apply GAAP to revenue recognition",
    "Willing to change place of work within Denmark",
])
def test_a_near_miss_about_applications_or_places_stays_a_row(item):
    assert item.rstrip(" .") in [r.rstrip(" .") for r in _rows([item])]
