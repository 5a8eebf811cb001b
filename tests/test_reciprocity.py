"""The ways a posting takes another state's licence (one table, read for the hold and for the
words the check says) and the compacts a licence may count under."""

import pytest

from matcher.eligibility.reciprocity import OTHER_STATE_WAYS, compact_of, other_state_way, takes_other_states


# Before the table was one, the hold read licences._ANY_STATE on the sentence and the line, and
# verdict._OTHER_STATE_WAYS on the sentence; the table is their union, so each sentence holds as it did:
# only "admission on motion" is now read on a resume's line too (no line read as a bar admission writes it).
@pytest.mark.parametrize("sentence, way", [
    ("Current Ohio pharmacist license, or eligibility for licensure by reciprocity", "licensure by reciprocity"),
    ("NC PE license required, or ability to obtain NC PE by comity", "licensure by comity"),
    ("Active Ohio RN license required; licensure by endorsement accepted", "licensure by endorsement"),
    ("Admitted to the New York Bar (admission on motion accepted)", "admission on motion"),
    ("Colorado Journeyman Electrician license (or a journeyman license from a reciprocal state)",
     "a journeyman license from a reciprocal state"),
    ("Active Florida RN license or multistate compact license", "multistate compact license"),
    ("Current Idaho PT license (compact privilege accepted)", "compact privilege"),
    # another state's licence taken, no way named
    ("Active Ohio RN license or an RN license from any U.S. state", ""),
    ("Active Ohio RN license (nurses licensed in another state welcome to apply)", ""),
    ("Active Ohio RN license, or eligible to transfer license", ""),
    ("Journeyman license (reciprocity with Wyoming)", ""),
])
def test_each_way_holds_no_one_and_the_check_names_those_it_can(sentence, way):
    assert takes_other_states(sentence)
    assert other_state_way(sentence) == way


@pytest.mark.parametrize("sentence", [
    "Active Ohio RN license required",
    "Valid Arizona Real Estate Salesperson license",
    "Admitted to the New York Bar",
    "Current Texas RN license; must reside in Texas",
    "Active Florida 6-20 All Lines Adjuster license required",
])
def test_a_sentence_naming_no_way_takes_no_other_state(sentence):
    assert not takes_other_states(sentence) and other_state_way(sentence) == ""


def test_one_table_every_row_says_another_state_is_taken():
    """The last row names no way; every other row names the way it matches."""
    *named, (_, unnamed) = OTHER_STATE_WAYS
    assert unnamed(None) == ""
    assert all(say(pattern.search(text)) for (pattern, say), text in zip(named, (
        "by reciprocity", "admission on motion", "a license from a reciprocal state", "compact license")))


@pytest.mark.parametrize("name, held, asked, compact", [
    ("Florida RN license", "Texas", "Florida", "Nurse Licensure Compact"),
    ("Registered Nurse license", "Kentucky", "Ohio", "Nurse Licensure Compact"),
    ("LPN license", "Georgia", "Florida", "Nurse Licensure Compact"),
    ("RN license", "Texas", "California or Florida", "Nurse Licensure Compact"),
    ("RN license", "California", "Florida", ""),
    ("RN license", "Texas", "New York", ""),
    ("RN license", "Texas", "Massachusetts", ""),    # enacted, not implemented
    ("Nurse Practitioner license", "Georgia", "Florida", ""),
    ("Journeyman Electrician license", "Texas", "Colorado", ""),
])
def test_a_compact_covers_its_licences_between_its_members(name, held, asked, compact):
    assert compact_of(name, held, asked) == compact
