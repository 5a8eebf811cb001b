"""Another state's licence for the one a posting asks: the ways a posting (or a resume's licence
line) says it takes one, in one table, and the compacts under which a licence of one member state
may count in another.

Where a posting asks one state's licence and the resume holds the same licence of another state,
the check holds the score unless the posting, or the line, names a way another state's licence is
taken ("or eligible for licensure by endorsement", "compact privilege accepted", "Multistate RN
license (compact), Kentucky"), or both states are members of a compact that covers the licence (a
Texas RN for a Florida RN post: both in the Nurse Licensure Compact), where the licence held may be
a multistate one: to check, the compact named.  A posting that offers the state held as a choice of
its own ("or Oregon licensed, willing to obtain WA") takes it outright (``offers_state``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from matcher.resumes.licences import JUNIOR, credential_ids

__all__ = ["COMPACTS", "OTHER_STATE_WAYS", "compact_of", "offers_state", "other_state_way", "takes_other_states"]

# The ways another state's licence is taken for one state's, each with the words the check names it by:
# the first row that names a way names it; the last names none but says another state's licence is
# taken all the same ("reciprocal state", "any U.S. state", "nurses licensed in another state", "eligible
# to transfer license").  One table for both questions: whether the hold applies (any row) and what
# the check says (the first row with words).
OTHER_STATE_WAYS: tuple[tuple[re.Pattern, Callable[[re.Match], str]], ...] = (
    # "or eligible for licensure by reciprocity", "NC PE by comity", "licensure by endorsement accepted"
    (re.compile(r"(?i)\b(?:by|through|via)\s+(reciprocity|comity|endorsement)\b"), lambda m: f"licensure by {m[1]}"),
    # a lawyer's: "admission on motion accepted", "eligible for admission on motion"
    (re.compile(r"(?i)\badmi(?:tted|ssion)\s+on\s+motion\b"), lambda m: "admission on motion"),
    # "(or a journeyman license from a reciprocal state ...)"
    (re.compile(r"(?i)\b(?:an?\s+)?(?:[\w-]+\s+)?licen[cs]e\s+from\s+an?\s+(?:other\s+)?reciprocal\s+state\b"),
     lambda m: m[0]),
    # "or multistate compact license", "compact privilege accepted"
    (re.compile(r"(?i)\b(?:an?\s+)?(?:compact|multi-?state)\s+(?:[\w-]+\s+)?(?:licen[cs]e|privilege)\b"),
     lambda m: m[0]),
    (re.compile(r"(?i)\breciproc\w*|\bcompact\b|\bmulti-?state\b|\bNLC\b|\bany\s+(?:U\.?S\.?\s+)?state\b"
                r"|\b(?:another|other|home)\s+states?\b|\bendorse\w*|\btransfer\w*|\bcomity\b"), lambda m: ""),
)


def takes_other_states(text: str) -> bool:
    """Whether a posting's sentence, or a resume's licence line, takes another state's licence for
    one state's (a row of ``OTHER_STATE_WAYS``: "reciprocal state", "compact", "Multistate RN
    license", "admission on motion")."""
    return any(pattern.search(text) for pattern, _ in OTHER_STATE_WAYS)


def offers_state(sentence: str, state: str) -> bool:
    """Whether a posting's ``sentence`` offers the licence of ``state``, another than the one it asks, as a choice
    of its own: "(or Oregon licensed, willing to obtain WA)", "or an Oregon license with Idaho licensure in
    progress"."""
    return bool(state) and re.search(rf"(?i)\bor\b[^;.()]{{0,30}}?\b{re.escape(state)}\b", sentence) is not None


def other_state_way(sentence: str) -> str:
    """The way a posting's ``sentence`` takes another state's licence, as the check names it
    ("licensure by reciprocity", "multistate compact license"), or "" where it names none."""
    return next((said for pattern, say in OTHER_STATE_WAYS if (m := pattern.search(sentence)) and (said := say(m))),
                "")


# The Nurse Licensure Compact's members that issue multistate licences and honour the privilege to
# practise: 40 states, as NCSBN's map (nursecompact.com) and compactstates.com's snapshot of
# 2026-06-17 list them (read 2026-12-01).  Massachusetts has enacted it but not implemented it (a
# non-member until it does), as have the U.S. Virgin Islands; Guam only in part.  Not members:
# Alaska, California, Hawaii, Illinois, Michigan, Minnesota, Nevada, New York, Oregon, the District
# of Columbia.  It covers RN and LPN/LVN licences, not an advanced practice nurse's.
_NLC_STATES = frozenset({
    "Alabama", "Arizona", "Arkansas", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Idaho",
    "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Mississippi", "Missouri",
    "Montana", "Nebraska", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"})
# A compact's name -> (the credential ids it covers, its member states).
COMPACTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "Nurse Licensure Compact": (frozenset({"rn", "lpn"}), _NLC_STATES),
}


def compact_of(name: str, held: str, asked: str) -> str:
    """The compact under which the licence ``name`` (a posting's) held in the state ``held`` may
    count in the state ``asked`` (states joined by " or " for one of them): both states members of
    one that covers every credential the name asks ("Nurse Licensure Compact" for a Texas RN on
    "Active Florida RN license"; none for a California RN, nor for a nurse practitioner's
    licence), or ""."""
    ids = {cid for cid in credential_ids(name) if not cid.endswith(JUNIOR)}
    for compact, (covered, members) in COMPACTS.items():
        if ids and ids <= covered and held in members and any(s in members for s in asked.split(" or ")):
            return compact
    return ""
