"""Notices: short, plain notes on a match request, each one line, telling the seeker where
matcher's reading of what they sent is weak or a guess.  Computed once per request (a
resume and the seeker's preferences), the same for every posting, and shown by every face:
the API's and the CLI's JSON as ``notices``, the CLI's table under each resume's postings,
the results page above them.

Each has a ``code`` for programs (stable: new codes may come, none is renamed) and a
``message`` for people.  None quotes the resume: only what the seeker typed as a place.

- ``resume_not_english``: the resume reads as another language (``resumes.language``);
  matcher's skills, sections, dates and knock-out rules are English, so the ranking rests on
  little more than shared words.
- ``no_skills_or_roles``: no skill of the taxonomy and no dated role was found (and no years
  stated): the ranking rests on the resume's wording alone.
- ``no_dated_roles``: skills were found, but no dated role and no years stated, so years of
  experience could not be counted.  Neither of these two comes with ``resume_not_english``,
  which says as much.
- ``place_ambiguous``: a place of ``where`` given as a bare city name that names several
  cities far apart ("Springfield"), read as the biggest (``eligibility.places.other_cities``).
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.eligibility.places import other_cities, typed, written_as
from matcher.eligibility.verdict import Preferences
from matcher.resumes.language import reads_as_english
from matcher.resumes.read import Resume

__all__ = ["CODES", "Notice", "notices"]

CODES = ("resume_not_english", "no_skills_or_roles", "no_dated_roles", "place_ambiguous")


@dataclass(frozen=True)
class Notice:
    code: str       # one of CODES
    message: str    # one line for people

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


def notices(resume: Resume, preferences: Preferences | None = None) -> list[Notice]:
    """What a seeker should know about how matcher read ``resume`` and ``preferences``, in a
    fixed order (the resume's first, then each place in the order given); [] when nothing."""
    out: list[Notice] = []
    if not reads_as_english(resume.text):
        out.append(Notice("resume_not_english",
                          "The resume does not read as English: matcher reads English resumes only, so its "
                          "skills, years and qualifications were mostly not found."))
    elif not resume.roles and resume.years is None:
        if not resume.skills:
            out.append(Notice("no_skills_or_roles",
                              "No skills and no dated roles were found in the resume, so the ranking rests on "
                              "its wording alone."))
        else:
            out.append(Notice("no_dated_roles",
                              "No dated roles were found (such as 'Jan 2020 - Present'), so years of experience "
                              "could not be counted."))
    for value, place in (preferences.written if preferences else ()):
        others = other_cities(value, place)
        if others:
            example = next((form for form in map(written_as, others) if form), "")
            out.append(Notice("place_ambiguous",
                              f"'{typed(value)}' was read as {place.name}; add a state or country to choose "
                              f"another" + (f" (e.g. '{example}')." if example else ".")))
    return out
