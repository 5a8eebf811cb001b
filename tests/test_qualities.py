"""Soft asks (matcher.ranking.qualities): a requirement that asks only qualities, the lines that
show one at work, and what the checklist, the hold and every face make of them."""

from __future__ import annotations

import pytest

from matcher.postings.parse import parse_posting
from matcher.ranking.catalog import Catalog
from matcher.ranking.checklist import cap_reason, coverage_of, mostly_missing
from matcher.ranking.qualities import QUALITIES, qualities_shown, soft_qualities
from matcher.ranking.signals import NOT_SHOWN, RequirementMatch
from matcher.resumes.read import resume_from_text


def _asked(text: str) -> tuple[str, ...]:
    """The qualities a posting's one requirement asks, as the parse reads it (the text alone where
    the parse reads no requirement in it: "Flexible working times" is an offer)."""
    reqs = parse_posting("# Job\nRequirements\n- " + text + "\n", "p").requirements
    return soft_qualities(reqs[0].text, tuple(reqs[0].skills)) if reqs else soft_qualities(text)


@pytest.mark.parametrize("text, qualities", [
    ("Excellent written and verbal communication skills", {"communication"}),
    ("Excellent communication skills", {"communication"}),
    ("Strong interpersonal skills", {"communication"}),
    ("Ability to communicate effectively with patients, families and staff", {"communication"}),
    ("Strong attention to detail", {"attention to detail"}),
    ("Detail-oriented and highly organized", {"attention to detail", "organisation"}),
    ("Ability to work independently and as part of a team", {"independence", "teamwork"}),
    ("A proven ability to work both independently and collaboratively as part of a high-performing team.",
     {"independence", "teamwork"}),
    ("Self-starter", {"independence"}),
    ("Self-motivated with minimal supervision", {"independence"}),
    ("Strong organizational skills", {"organisation"}),
    ("Excellent time management skills", {"organisation"}),
    ("Ability to multitask and prioritize in a fast-paced environment", {"organisation", "composure"}),
    ("Customer-focused attitude", {"service", "character"}),
    ("Friendly and courteous", {"service"}),
    ("Team player with a positive attitude", {"teamwork", "character"}),
    ("Must be a team player", {"teamwork"}),
    ("Excellent problem-solving and critical thinking skills", {"problem solving"}),
    ("Strong analytical skills", {"problem solving"}),
    ("Strong leadership skills", {"leadership"}),
    ("Strong work ethic", {"character"}),
    ("Reliable and punctual", {"character"}),
    ("Professional demeanor", {"character"}),
    ("Compassionate, patient-centered approach", {"character", "service"}),
    ("Calm under pressure", {"composure"}),
    ("Flexible and adaptable", {"composure"}),
    ("Self-starter who takes initiative", {"independence"}),
    ("Self-starter who anticipates needs", {"independence"}),
    ("Proactive and anticipates needs", {"independence"}),
    # presenting or explaining to an audience is communicating (a data analyst's must-have was missing 0.05 beside
    # "Presented monthly KPI reviews to nursing and medical directors", score 64.0; now covered, 68.6)
    ("Strong communication skills, able to present findings to non-technical audiences", {"communication"}),
    ("Ability to explain complex concepts clearly to patients", {"communication"}),
    # an audience named by the field it is not of, or by its kind (a Senior Financial Analyst posting's "able to
    # present findings to non-finance audiences" was a must-have missing 0.10 beside "Present quarterly results to
    # department directors and the CFO's staff")
    ("Strong communication skills; able to present findings to non-finance audiences", {"communication"}),
    ("Able to explain complex ideas to non-legal audiences", {"communication"}),
    # presentation without its "skills" (a corporate trainer posting's must-have was missing beside a teacher's
    # "Presented professional development workshops ... to 30+ colleagues")
    ("Strong presentation and public speaking skills", {"presentation"}),
    # presenting asked alone is presentation (an account manager posting's "Excellent presentation skills" was
    # covered 1.00 by "Handled 80+ inbound calls per day", "Answered employee questions on benefits" and "Wrote and
    # edited blog posts"); beside other communication it is communication
    ("Excellent presentation skills", {"presentation"}),
    ("Excellent communication and presentation skills", {"communication"}),
    # juggling work and meeting deadlines are organisation (a copywriter's must-have was missing beside
    # "filed 4-5 stories a week on deadline")
    ("Ability to juggle multiple projects and meet tight deadlines", {"organisation"}),
    ("Ability to handle multiple priorities and meet deadlines", {"organisation"}),
    # English, the language resumes are read in, is what a communication quality is asked in (a technical writer
    # posting's "Excellent written English and attention to detail" was a must-have missing for a content writer)
    ("Excellent written English and attention to detail", {"written communication", "attention to detail"}),
    ("Excellent written and spoken English", {"communication"}),
    # communication asked in writing alone is written communication (a support team lead posting's "Strong written
    # communication" was covered 1.00 by a line cook's "Train new cooks on station setup" and a call-centre agent's
    # "Handle 60+ inbound calls/day")
    ("Strong written communication", {"written communication"}),
    ("Excellent written communication skills", {"written communication"}),
    ("Excellent verbal and written communication skills", {"communication"}),
    # whom it faces is an audience (an HVAC posting's "Customer-facing communication skills" was a must-have missing
    # 0.0 for a service technician who quotes repairs to homeowners)
    ("Customer-facing communication skills", {"communication"}),
    ("Excellent client-facing communication skills", {"communication"}),
])
def test_a_requirement_that_asks_only_qualities_is_a_soft_ask(text, qualities):
    assert set(_asked(text)) == qualities


@pytest.mark.parametrize("text", [
    "Excellent Excel skills",                                   # a tool
    "Strong SQL skills",
    "Proficient in Microsoft Office",
    "Bilingual English/Spanish",                                # languages
    "Strong communication skills in Spanish",
    "Able to present to Spanish-speaking audiences",
    "Fluent in English",
    "Excellent English",                                        # a language alone, no quality
    # a quality asked in a kind of work asks the work: "medication administration" is a must-have
    "Attention to detail in medication administration",
    "Detail-oriented bookkeeping experience",
    "Ability to work independently on HVAC systems",
    "Strong written communication skills for technical documentation",
    "2+ years of experience communicating with clients",        # years, experience
    "Experience presenting data analyses to executives",
    "Experience leading a team of 5+ technicians",
    "Leadership experience in a retail setting",
    "Excellent customer service skills",                        # customer service is work a role shows
    "Customer-facing sales experience",
    "Strong math skills",
    "Strong knowledge of GAAP",
    "Typing speed of 45 wpm",
    "Valid driver's license",
    "Excellent phone skills and data entry",
    "Ability to work in an English-speaking team",               # a language, not a quality
    "As part of our organization",                              # the employer, not organisation skills
    "Flexible working times",                                   # hours, a condition or a benefit
    "Experience managing multiple projects in Jira",
    "Ability to meet deadlines for SEC filings",
])
def test_a_requirement_that_asks_a_tool_a_language_years_or_a_kind_of_work_is_no_soft_ask(text):
    assert _asked(text) == ()


@pytest.mark.parametrize("quality, line", [
    ("communication", "Presented quarterly results to the board"),
    ("communication", "Wrote patient education handouts in English and Spanish"),
    ("communication", "Resolve guest complaints and special requests"),
    ("communication", "Teach Algebra I to 150 students per year"),
    ("attention to detail", "Reconciled 40 accounts monthly with zero errors"),
    ("attention to detail", "Verify 300+ prescriptions per shift"),
    ("attention to detail", "Maintained 99.8% accuracy on inventory counts"),
    ("leadership", "Trained 12 new hires on the POS system"),
    ("leadership", "Supervise 6 technicians"),
    ("teamwork", "Collaborated with nurses and physicians on discharge plans"),
    ("teamwork", "Member of a 12-person cross-functional team"),
    ("teamwork", "Worked closely with nurses and case managers on discharges"),
    ("independence", "Managed my own caseload of 30 clients independently"),
    ("organisation", "Scheduled 40+ appointments daily across three providers"),
    ("service", "Serve 40+ guests per shift"),
    ("problem solving", "Diagnosed and repaired split systems and heat pumps"),
    ("composure", "Triaged 30 patients per shift in a Level I trauma center"),
    ("character", "Employee of the Month, March 2024"),
    ("attention to detail", "Caught and corrected errors in board decks before every quarterly meeting"),
    ("attention to detail", "Flagged $18K of duplicate vendor invoices before payment"),
    ("independence", "Took the initiative to rebuild the travel approval process"),
    ("teamwork", "Work on my own across time zones and with a team of four assistants"),
    # work said in the present, as a resume writes its current job's
    ("communication", "Present indication results to the pricing committee"),
    ("leadership", "Acme Corp - Trained 40 staff"),
    # writing done: documents, e-mails, chats and tickets answered
    ("written communication", "Tier 2 escalations; wrote 60+ knowledge base articles"),
    ("written communication", "Answered 80+ customer emails and chats per day"),
    ("written communication", "Drafted correspondence to vendors and tenants"),
    ("written communication", "Wrote weekly status reports for the leadership team"),
    ("written communication", "Prepared written reports for the court on each family visit"),
    ("communication", "Interpreted for Spanish-speaking families at parent conferences"),
    # presenting done: to people, by teaching or training them, by pitching or demonstrating
    ("presentation", "Presented quarterly business reviews to executive sponsors"),
    ("presentation", "Presented professional development workshops to 30+ colleagues"),
    ("presentation", "Ran product demos and negotiated multi-year contracts"),
    ("presentation", "Led new-hire orientation sessions for 40+ hires a month"),
])
def test_a_line_that_does_the_quality_shows_it(quality, line):
    assert qualities_shown((quality,), [line]) == [0]


@pytest.mark.parametrize("quality, line", [
    # a claim names the quality; it does not show it
    ("communication", "Excellent written and verbal communication skills"),
    ("attention to detail", "Detail-oriented, accurate and organized"),
    ("teamwork", "Team player"),
    ("independence", "Self-starter who thrives with little direction"),
    ("organisation", "Highly organized multitasker"),
    # a training had, an exam to come, a company's name, an accounting term
    ("leadership", "Trained in CPR and first aid"),
    ("communication", "Trained on Epic and Cerner"),
    ("organisation", "PE exam: scheduled April 2027"),
    ("problem solving", "Fixed asset register and depreciation"),
    ("composure", "Physical Therapist Assistant, Peak Sports Rehab, 2018 - Present"),
    ("communication", "Outpatient Therapist, Buckeye Community Counseling, Columbus, OH | Aug 2020 - Present"),
    ("communication", "Actuarial Analyst | Badger State Insurance Group | Jul 2022 – Present"),
    ("communication", "Wrote Python services and a GraphQL API"),
    ("communication", "Created stored procedures and SSIS packages"),
    ("teamwork", "Worked with Java, Spring and Kafka"),
    ("leadership", "Training: CPR, ACLS"),
    ("leadership", "Drove lead generation through LinkedIn campaigns"),
    ("organisation", "Sprint planning and issue tracking in Jira"),
    # a line of claims, whatever verbs it holds: a summary that says the posting's words back
    ("independence", "Summary: Detail-oriented self-starter with excellent written and verbal communication "
                     "skills; works independently and as part of a team."),
    ("teamwork", "Works independently and thrives as part of a team."),
    ("composure", "Detail-oriented. Works well under pressure."),
    # talking and teaching are communication, no writing
    ("written communication", "Train new cooks on station setup, knife cuts and plating specs"),
    ("written communication", "Handle 60+ inbound calls/day in English and Spanish for billing and TV issues"),
    ("written communication", "Presented quarterly results to the board"),
    # a report prepared or produced is as often figures: an accountant's "Prepared monthly variance reports"
    # covered "Strong written communication skills" 1.00, as it did "Excellent presentation skills"
    ("written communication", "Prepared monthly variance reports for the CFO and department heads"),
    ("written communication", "Produced daily sales and labor reports"),
    ("communication", "Prepared monthly variance reports for the CFO and department heads"),
    # calls taken, questions answered and documents written are communication, no presenting
    ("presentation", "Handled 80+ inbound calls per day on billing, device and plan questions"),
    ("presentation", "Answered employee questions on benefits and PTO"),
    ("presentation", "Wrote and edited blog posts, landing pages and product launch emails"),
    ("presentation", "Trained in CPR and first aid"),
    # reading a drawing or data is no talking to people: a quality engineer's line covered "Strong written and
    # verbal communication skills"
    ("communication", "Read and interpret blueprints with GD&T per ASME Y14.5-2009"),
    ("communication", "Interpret ECG rhythm strips and lab results"),
])
def test_a_line_that_only_names_the_quality_or_says_other_things_shows_nothing(quality, line):
    assert qualities_shown((quality,), [line]) == [None]


def test_every_quality_has_a_name_and_both_patterns():
    assert len({q.name for q in QUALITIES}) == len(QUALITIES)


FRONT_DESK = """# Hotel Front Desk Agent
Requirements
- 1+ year of customer service experience (hotel, restaurant or retail)
- Excellent communication skills
- Strong attention to detail
"""


def _row(catalog, text, asked):
    match = catalog.rank(resume_from_text(text, "r"), top_k=None)[0]
    return next(r for r in match.explanation.requirements if r.text == asked), match


def _catalog(seed_index, posting_text, pid="p"):
    seed_index.remove([p.id for p in seed_index.store.postings()])
    seed_index.add([parse_posting(posting_text, pid)])
    return Catalog.from_index(seed_index)


def test_a_soft_ask_no_line_shows_is_not_shown_never_a_must_have_missing(seed_index):
    """"Excellent communication skills" against a resume that says nothing of it: not shown, for
    the seeker to show with an example; not among the must-haves missing."""
    catalog = _catalog(seed_index, FRONT_DESK)
    row, match = _row(catalog, "Experience\nCashier, Target, 2019 - 2024\nRan the register.",
                      "Excellent communication skills")
    assert row.status == NOT_SHOWN and row.soft and row.evidence is None
    e = match.explanation
    assert row not in e.missing_must and row in e.not_shown and row not in e.musts
    assert row.to_dict()["status"] == "not_shown" and row.to_dict()["soft"] is True


def test_a_line_that_shows_the_quality_at_work_covers_the_soft_ask(seed_index):
    catalog = _catalog(seed_index, FRONT_DESK)
    text = ("Experience\nServer, The Olde Pink House, 2022 - Present\n"
            "- Resolve guest complaints and special requests\n"
            "- Balanced the cash drawer every shift with zero discrepancies\n")
    talk, _ = _row(catalog, text, "Excellent communication skills")
    assert talk.status == "covered" and talk.evidence == "Resolve guest complaints and special requests"
    detail, _ = _row(catalog, text, "Strong attention to detail")
    assert detail.status == "covered" and "zero discrepancies" in detail.evidence


def test_a_line_that_only_claims_the_quality_covers_it_partly_at_most(seed_index):
    catalog = _catalog(seed_index, FRONT_DESK)
    row, _ = _row(catalog, "Summary\nExcellent communication skills and strong attention to detail.\n"
                  "Experience\nCashier, Target, 2019 - 2024\nRan the register.", "Excellent communication skills")
    assert row.status in ("partial", NOT_SHOWN) and row.credit <= 0.4


def test_claims_of_qualities_earn_nothing_in_the_word_and_vector_signals(seed_index):
    """A summary that only echoes a posting's soft asks adds nothing to BM25, TF-IDF, the sentence
    vectors or the opening (it had scored 45.0 against 28.4 for the lines that show the qualities);
    the same resume without it reads the same, and the lines that show them score higher."""
    catalog = _catalog(seed_index, "# Office Coordinator\nRequirements\n- Excellent written and verbal "
                       "communication skills\n- Strong attention to detail\n- Ability to work independently "
                       "and as part of a team\n- Self-starter\n", "oc")
    role = "Experience\nExecutive Assistant, Brookline Capital, 2019 - Present\n"
    claims = ("Summary: Detail-oriented self-starter with excellent written and verbal communication skills; "
              "works independently and as part of a team.\n")
    shows = ("- Caught and corrected errors in board decks before every quarterly meeting\n"
             "- Wrote the CEO's weekly staff memo and drafted client letters\n"
             "- Took the initiative to rebuild the travel approval process\n")

    def scored(text):
        return catalog.rank(resume_from_text(text, "r"), top_k=None)[0]
    bare, claimed, shown = scored(role), scored(claims + role), scored(role + shows)
    words = ("bm25", "tfidf", "dense", "opening")
    assert [claimed.explanation.signals[k] for k in words] == [bare.explanation.signals[k] for k in words]
    assert shown.score > claimed.score


def test_soft_asks_do_not_count_toward_the_hold_of_most_must_haves_missing(seed_index):
    """One must-have of the work, shown, and two qualities no line shows: not "most must-haves
    are missing" (it was, two of three); the work missing is still held."""
    catalog = _catalog(seed_index, "# Bookkeeper\nRequirements\n- Experience with QuickBooks Online\n"
                       "- Excellent communication skills\n- Strong attention to detail\n", "bk")
    match = catalog.rank(resume_from_text("Experience\nBookkeeper, Acme, 2019 - 2024\n"
                                          "Kept the books in QuickBooks Online.", "r"))[0]
    reqs = match.explanation.requirements
    assert [r.status for r in reqs[1:]] == [NOT_SHOWN, NOT_SHOWN]
    assert not mostly_missing(reqs) and cap_reason(reqs) == "" and match.explanation.held == ""
    assert len(match.explanation.musts) == 1 and not match.explanation.missing_must
    other = catalog.rank(resume_from_text("Experience\nCashier, Target, 2019 - 2024\nRan the register.", "r"))[0]
    assert mostly_missing(other.explanation.requirements)


def test_a_soft_ask_weighs_in_coverage_as_a_nice_to_have():
    def row(text, kind, credit, soft):
        return RequirementMatch(text, kind, "covered" if credit else "missing", credit, 0.0, None, [], [], None,
                                soft=soft)
    hard = row("Experience with QuickBooks Online", "must", 1.0, False)
    as_must = coverage_of([hard, row("Excellent communication skills", "must", 0.0, False)])
    as_soft = coverage_of([hard, row("Excellent communication skills", "must", 0.0, True)])
    as_nice = coverage_of([hard, row("Excellent communication skills", "nice", 0.0, False)])
    assert as_must < as_soft == pytest.approx(as_nice)


def test_soft_asks_are_never_skills_to_learn(seed_index):
    catalog = _catalog(seed_index, "# Office Coordinator\nRequirements\n- Strong organizational skills\n"
                       "- Team player\n- Experience with Microsoft Excel\n", "oc")
    e = catalog.rank(resume_from_text("Experience\nClerk, Acme, 2019 - 2024\nFiled invoices.", "r"))[0].explanation
    assert e.skills_missing == ["Microsoft Excel"]
