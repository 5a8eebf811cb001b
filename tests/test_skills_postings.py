"""Rules that decide which skills a whole posting asks (``matcher skills --as posting``).

Each rule has a case it must catch and a case it must leave alone; the texts are
written for these tests.
"""

from __future__ import annotations

from matcher.evaluation.skillspan import posting_asked_mentions
from matcher.postings.sections import heading_kind


def asked(text: str) -> list[str]:
    return [m.surface for m in posting_asked_mentions(text)]


# -- headings are whole words -------------------------------------------------------
def test_a_line_of_technologies_is_not_a_heading_by_a_word_inside_a_name():
    assert heading_kind("typescript react graphql") is None
    assert heading_kind("Job type") == "other"
    assert heading_kind("Our Tools") == "other"
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
