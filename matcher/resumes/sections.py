"""Resume section headings: which lines open Experience, Education, Skills and the rest.

Read by ``redaction`` (the contact block ends at the first heading) and by
``roles`` (dates under Education or Skills are not jobs).
"""

from __future__ import annotations

import re

from matcher.text import strip_line_marks

__all__ = ["heading_of"]


_HEADINGS = {
    "education": "education|education and training|education & training|academic background|"
                 "academic qualifications|academics|certifications|certificates|certification|"
                 "licenses and certifications|courses|coursework|training",
    "experience": "experience|work experience|professional experience|work history|employment|"
                  "employment history|career history|relevant experience|professional background",
    "skills": "skills|technical skills|key skills|skills summary|core qualifications|qualifications|"
              "highlights|core competencies|competencies|areas of expertise|expertise|"
              "technical proficiencies|tools|technologies",
    "other": "summary|professional summary|profile|professional profile|objective|career objective|"
             "career overview|overview|projects|personal projects|awards|honors|honours|"
             "publications|languages|interests|hobbies|references|volunteer|volunteering|"
             "volunteer experience|accomplishments|achievements|additional information|contact|"
             "contact information|contact details|personal information|personal details|about|"
             "about me|curriculum vitae|resume|résumé|cv|activities|affiliations|memberships",
}
HEADING_KIND = {p: kind for kind, phrases in _HEADINGS.items() for p in phrases.split("|")}
_HEADING = re.compile("(?i)(" + "|".join(sorted(map(re.escape, HEADING_KIND), key=len, reverse=True))
                      + ")(.*)", re.S)
# Words that start ordinary sentences too often to be taken as a glued heading.
_NEVER_GLUED = {"technologies", "tools", "training", "courses", "coursework", "overview", "projects",
                "expertise", "contact", "activities", "about me", "volunteer"}
DOCUMENT_TITLES = {"resume", "résumé", "cv", "curriculum vitae"}


def heading_of(line: str) -> tuple[str, str, bool] | None:
    """(kind, rest of the line, whether the section goes on) when ``line`` opens a section.

    Headings stand alone ("EXPERIENCE", "## Work history:"), or are glued
    to their first line as in many extracted resumes ("ExperienceSenior
    Engineer,...").  "Skills: Python, Rust" is a one-line field.
    """
    stripped = strip_line_marks(line).strip(" *_")
    match = _HEADING.match(stripped)
    if not match:
        return None
    head, rest = match.groups()
    kind = HEADING_KIND[head.lower()]
    if not rest.strip(" :.-–—|"):
        return kind, "", True
    if rest[0] == ":":
        return kind, rest[1:].strip(), False
    glued = rest[1:] if rest[0] == "-" and kind in ("experience", "education") else rest
    if (head[0].isupper() and head.lower() not in _NEVER_GLUED and len(head) >= 6
            and (glued[:1].isupper() or glued[:1].isdigit())):
        return kind, glued, True
    return None
