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
