"""What a posting asks, as mentions with spans into its text as given: the skills the
index stores for a posting (``Posting.skills``), placed where the caller's text names
them (``matcher skills --as posting`` and the SkillSpan evaluation read them)."""

from __future__ import annotations

import re

from matcher.postings.parse import parse_posting, wanted_text
from matcher.postings.sections import without_denied
from matcher.skills.asking import about_hiring, asked_skills
from matcher.skills.taxonomy import SkillMention, Taxonomy, taxonomy, token_matches


def _requirement_at(wanted: str, item: str, cursor: int) -> int:
    """Where a requirement item stands in the posting's wanted text.

    Requirements come in the order of the text, so the search starts where the
    previous one ended, and a short item ("Java") is looked for as a whole line
    first: the first "Java" of the text may be the title's ("Engineer - Java"),
    which is not asked.  -1 when it is not there.
    """
    line = re.compile(r"(?m)^[^\w\n]*" + re.escape(item) + r"[ \t]*$")
    for start in (cursor, 0):
        whole = line.search(wanted, start)
        if whole:
            return whole.start() + whole.group().index(item)
        at = wanted.find(item, start)
        if at >= 0:
            return at
    return -1


def posting_asked_mentions(text: str, tax: Taxonomy | None = None) -> list[SkillMention]:
    """What a posting asks, as the index reads it, with spans into ``text`` as given.

    The index takes a posting's skills from its parsed text (``parse_posting``:
    cleaned, markup stripped, boilerplate sections left out): ``asked_skills``
    over its title and non-boilerplate sections, plus every skill a requirement
    item names.  Those mentions are found here the same way, then carried back
    to ``text`` by aligning the two token sequences, so that
    ``text[start:end] == surface`` holds for the text the caller gave.  A
    mention the alignment cannot place (a title from front matter, say) is
    given the first unclaimed mention of the same skill in ``text``.
    """
    from difflib import SequenceMatcher

    tax = tax or taxonomy()
    posting = parse_posting(text, "posting")
    wanted, described = wanted_text(posting.title, posting.sections)
    # The title names the job, whatever its words ("Bioinformatician - COVID Data Analysis"):
    # nothing in it is asked.
    # an ask taken back ("(no CDL required)") asks nothing: its words are blanked, offsets kept
    asked = {(m.start, m.end): m for m in asked_skills(without_denied(wanted), tax, described)
             if m.start > len(posting.title)}
    cursor = 0
    for requirement in posting.requirements:  # a requirement's skills are asked by its place
        at = _requirement_at(wanted, requirement.text, cursor)
        if at >= 0:
            cursor = at + len(requirement.text)
            if about_hiring(requirement.text):  # how to apply names no skill asked
                continue
            for m in tax.extract(without_denied(requirement.text)):
                asked.setdefault((at + m.start, at + m.end), m)
    given = tax.extract(text)
    by_start = {m.start: m for m in given}
    ours = token_matches(text)
    theirs = token_matches(wanted)
    where = {m.start(): k for k, m in enumerate(theirs)}
    matcher = SequenceMatcher(None, [t.group().lower() for t in theirs], [t.group().lower() for t in ours],
                              autojunk=False)
    to_ours: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        to_ours.update((a + n, b + n) for n in range(size))
    kept: dict[int, SkillMention] = {}
    unplaced: list[str] = []
    for (start, _), m in sorted(asked.items()):
        k = to_ours.get(where.get(start, -1))
        mine = by_start.get(ours[k].start()) if k is not None else None
        if mine is not None and mine.name == m.name:
            kept[mine.start] = mine
        else:
            unplaced.append(m.name)
    for name in dict.fromkeys(unplaced):
        if not any(m.name == name for m in kept.values()):
            first = next((m for m in given if m.name == name and m.start not in kept), None)
            if first is not None:
                kept[first.start] = first
    return [kept[start] for start in sorted(kept)]
