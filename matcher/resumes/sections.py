"""Resume section headings: which lines open Experience, Education, Skills and the rest.

Read by ``redaction`` (the contact block ends at the first heading), by
``roles`` (dates under Education or Skills are not jobs) and by ``read``
(headings and lines without content are never a resume's sentences:
``is_empty_line``, ``is_column_heads``, ``looks_like_label``).
"""

from __future__ import annotations

import re

from matcher.text import JOB_WORD, MONTH_NAMES, strip_line_marks

_MD_MARK = re.compile(r"^\s*#{1,6}\s*")

__all__ = ["LICENCE_HEADING", "SPACED_LETTERS", "heading_of", "is_column_heads", "is_empty_line", "looks_like_label",
           "reads_as_verb"]


_HEADINGS = {
    "education": "education|education and training|education & training|academic background|"
                 "academic qualifications|academics|certifications|certificates|certification|"
                 "licenses and certifications|licences and certifications|certifications and licenses|"
                 "certifications and licences|licenses|licences|licensure|courses|coursework|course work|training|"
                 "certifications and training|professional development|credentials|professional credentials|"
                 "admissions|bar admissions|bar admission|court admissions|bar and court admissions",
    "experience": "experience|work experience|professional experience|work history|employment|"
                  "employment history|career history|relevant experience|professional background|"
                  "military service|military experience|teaching|research|"
                  # a student's work, named in capitals too ("INTERNSHIPS", "CO-OPS", "LEADERSHIP")
                  "internships|internship|internship experience|co-ops|co-op|co-op experience|"
                  "externships|externship|apprenticeships|apprenticeship|leadership|leadership experience",
    "skills": "skills|technical skills|key skills|skills summary|core qualifications|qualifications|"
              "highlights|core competencies|competencies|areas of expertise|expertise|"
              "technical proficiencies|tools|technologies|tools and technologies",
    "other": "summary|professional summary|executive summary|career summary|profile|professional profile|"
             "executive profile|career profile|objective|career objective|"
             "career overview|overview|projects|personal projects|awards|honors|honours|"
             "publications|languages|interests|hobbies|references|volunteer|volunteering|"
             "volunteer experience|volunteer work|accomplishments|achievements|additional information|contact|"
             "contact information|contact details|personal information|personal details|about|"
             "about me|curriculum vitae|resume|résumé|cv|activities|affiliations|memberships|"
             # an academic CV's: "PRESENTATIONS", "GRANTS", "Invited Talks"
             "presentations|conference presentations|talks|invited talks|posters|grants|fellowships|"
             "grants and fellowships|funding|patents|service|professional service|research interests|"
             "teaching interests",
}
HEADING_KIND = {p: kind for kind, phrases in _HEADINGS.items() for p in phrases.split("|")}
_HEADING = re.compile("(?i)(" + "|".join(sorted(map(re.escape, HEADING_KIND), key=len, reverse=True))
                      + ")(.*)", re.S)
# Words that start ordinary sentences too often to be taken as a glued heading.
_NEVER_GLUED = {"technologies", "tools", "training", "courses", "coursework", "overview", "projects",
                "expertise", "contact", "activities", "about me", "volunteer", "teaching", "research",
                "service", "funding", "patents", "admissions", "internship", "leadership", "apprenticeship",
                "credentials"}
DOCUMENT_TITLES = {"resume", "résumé", "cv", "curriculum vitae"}
# A credential's word in the singular or cut short, a heading beside another ("EDUCATION /
# CERTIFICATE", "LICENSES & CERTS", a pharmacy technician's "CERTIFICATIONS / REGISTRATION").
_CREDENTIAL_PARTS = {"certificate", "license", "licence", "certs", "registration", "registrations"}
# A heading over licences and certifications: "Licenses", "Certifications", "LICENSES & CERTS",
# "BAR ADMISSIONS".
LICENCE_HEADING = re.compile(r"(?i)licen[cs]|certif|\bcerts\b|\badmissions?\b|\bcredentials\b")


# A heading of its own words, by its last word: "Clinical Experience", "Teaching Experience",
# "Licenses & Certifications", "Key Achievements", "WORK" (a terse resume's: its roles are no
# certificates').  Words that also end a skill's name ("Customer Service", "Web Development",
# "Forklift Training") are not among them.
_LAST_WORD_KIND = {**dict.fromkeys(("experience", "history", "employment", "internships", "work"), "experience"),
                   **dict.fromkeys(("certifications", "certificates", "certs", "licenses", "licences",
                                    "licensure", "coursework", "rotations"), "education"),
                   **dict.fromkeys(("skills", "competencies", "proficiencies"), "skills"),
                   **dict.fromkeys(("highlights", "achievements", "accomplishments", "awards", "projects",
                                    "summary", "interests", "references"), "other")}
_HEADING_WORDS = re.compile(r"[A-Z][\w'’-]*|and|of|&|/")
# "Director of Customer Experience" is a job, "User Experience" a skill, "Social Work" a field: no headings.
_NOT_A_SECTION = re.compile(r"(?i)\b(?:customer|user|patient|guest|client|employee|member|student|visitor|brand"
                            r"|digital|product)\s+experience\b|\bsocial\s+work\b")


# A word written with a space between its letters, as headings often are ("S K I L L S"):
# the rule files.py applies to a PDF's text, read here for every format.
SPACED_LETTERS = re.compile(r"(?<!\S)(?:[A-Za-z] ){2,}[A-Za-z](?!\S)")


def heading_of(line: str) -> tuple[str, str, bool] | None:
    """(kind, rest of the line, whether the section goes on) when ``line`` opens a section.

    Headings stand alone ("EXPERIENCE", "## Work history:"), or are glued
    to their first line as in many extracted resumes ("ExperienceSenior
    Engineer,...").  "Skills: Python, Rust" is a one-line field; a heading written with its
    letters spaced out ("S K I L L S") reads as the word.  A heading
    standing alone that is none of the known ones is read by its last word when it
    looks like a label ("Clinical Experience", "Licenses & Certifications").
    """
    stripped = strip_line_marks(line).strip(" *_")
    if SPACED_LETTERS.search(stripped):   # "E X P E R I E N C E", "W O R K   H I S T O R Y"
        stripped = " ".join(SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), stripped).split())
    return _known_heading(stripped) or _heading_by_last_word(stripped)


def _heading_by_last_word(stripped: str) -> tuple[str, str, bool] | None:
    words = re.sub(r"\s*([&/])\s*", r" \1 ", stripped.rstrip(": ")).split()
    kind = _LAST_WORD_KIND.get(words[-1].lower()) if words else None
    if kind and len(words) <= 5 and all(_HEADING_WORDS.fullmatch(w) for w in words) \
            and not JOB_WORD.search(stripped) and not _NOT_A_SECTION.search(stripped):
        return kind, "", True
    return None


def _known_heading(stripped: str) -> tuple[str, str, bool] | None:
    # "Licenses & Certifications", "LICENSES/CERTIFICATIONS", "INTERNSHIPS & CO-OPS": as with "and".
    if re.fullmatch(r"[A-Za-z -]+[&/][A-Za-z -]+:?", stripped):
        stripped = re.sub(r"\s*[&/]\s*", " and ", stripped)
    # Two headings joined, each known or a credential's word in the singular: "EDUCATION /
    # CERTIFICATE", "SKILLS / LANGUAGES": the first one's section.
    parts = [p.lower() for p in re.split(r"(?i)\s+and\s+", stripped.rstrip(": "))]
    if len(parts) > 1 and all(p in HEADING_KIND or p in _CREDENTIAL_PARTS for p in parts):
        return HEADING_KIND.get(parts[0], "education"), "", True
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


# -- lines that say nothing: never quoted as evidence ------------------------------
_MONTH = MONTH_NAMES
# What a line of dates is made of besides digits and punctuation: "Jan 2019 - Present".
_DATE_WORDS = re.compile(rf"(?i)(?<![a-z])(?:{_MONTH}|present|current|now|today|to|till|until|"
                         rf"through|thru|since)(?![a-z])")


def is_empty_line(line: str) -> bool:
    """Whether ``line`` holds no words besides dates: only punctuation, bullets, numbers,
    "2019 - Present", "05/2018", a lone month ("January")."""
    return not re.search(r"[^\W\d_]", _DATE_WORDS.sub(" ", line))


# The head of a table's column, as resume templates label them: "Employer", "Position", "Dates", "License #".
_COLUMN_HEAD = re.compile(r"(?i)(?:employer|company|organi[sz]ation|facility|position|(?:job[ \t]+)?title|role|dates?"
                          r"|date[ \t]+range|from|to|years?|location|city|state|duties|responsibilities|institution"
                          r"|school|degree|program|field|credentials?|certifications?|licen[cs]es?(?:[ \t]*(?:#|no\.?"
                          r"|number))?|issued|issuer|expir(?:es|ation|y)|status|department|unit|supervisor)")
_CELLS = re.compile(r"[ \t]*\|[ \t]*|\t+|[ \t]{2,}")


def is_column_heads(line: str) -> bool:
    """Whether ``line`` is a table's row of column heads, two or more cells each a head alone ("Employer | Position
    | Dates", "License<TAB>State<TAB>Expires"): no content, never evidence."""
    cells = [c for c in _CELLS.split(strip_line_marks(line).strip(" |")) if c]
    return len(cells) >= 2 and all(_COLUMN_HEAD.fullmatch(c.strip(" :")) for c in cells)


# A date range cut at a line's end: a date and its dash or "to" ("Mar 2015 -", "Apr 2018 –",
# "05/2018 to"), or a month waiting for its year after a dash, a comma, a bracket or a bar
# ("(Mar 2015 - Mar", "— March"): capitalised, so that "may" is a word, and never after a
# word ("promoted in March" / "2020 Award" is a sentence and an item).
_RANGE_OPEN = re.compile(rf"(?i)(?<![\w/])(?:(?:{_MONTH})\.?\s+|\d{{1,2}}/)?(?:19|20)\d\d\s*"
                         r"(?:[-\u2013\u2014]|to|till|until)$")
_MONTH_OPEN = re.compile(rf"(?:^|[-\u2013\u2014,(|]\s*|(?:19|20)\d\d\s+(?:to|till|until)\s+)"
                         rf"(?=[A-Z])(?i:{_MONTH})\.?$")
# What ends it on the next line: a year, a month and its year, or "Present".
_RANGE_END = re.compile(rf"(?i)(?:(?:{_MONTH})\.?\s+|\d{{1,2}}/)?(?:19|20)\d\d(?!\d)"
                        r"|(?:present|current|now|today)(?![a-z])")
_YEAR_START = re.compile(r"(?:19|20)\d\d(?!\d)")


def cuts_a_date(line: str, following: str) -> bool:
    """Whether a date or a date range starts at the end of ``line`` and ends at the start of
    ``following``, as when a PDF wraps a role's line inside its dates: "... Apr 2018 –" /
    "Present", "(Mar 2015 - Mar" / "2019)", "— March" / "2020 to Present"."""
    line, following = line.rstrip(), following.lstrip()
    if _RANGE_OPEN.search(line):
        return bool(_RANGE_END.match(following))
    return bool(_MONTH_OPEN.search(line)) and bool(_YEAR_START.match(following))


# Words a label is made of: letters (with ' . - &), none of them a number.
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’.&-]*|&")
_GLUED_STOP = re.compile(r"[a-z]\.[A-Z]?[a-z]{2}")  # "Template.Involved": two sentences glued
_LOWER_OK = {"and", "of", "&", "the", "in", "for", "on", "at", "to", "a", "an"}
# A line starting with one of these continues or opens a clause: not a label.
_CLAUSE_START = {"and", "or", "but", "nor", "with", "without", "to", "in", "of", "for", "on", "at",
                 "by", "from", "over", "under", "as", "the", "a", "an", "our", "my", "their", "his",
                 "her", "this", "that", "these", "those", "i", "we", "it", "also", "than", "then",
                 "into", "within", "via", "per", "while", "when", "where", "which", "who"}
# Words that read as verbs: a label names a section, a sentence says something.
_VERB = re.compile(
    r"(?i)^(?:[a-z]{2,}(?:ed|ing)|is|are|was|were|be|been|am|has|have|had|do|does|did|can|could|"
    r"will|would|shall|should|may|might|must|led|built|ran|made|won|wrote|taught|grew|drove|"
    r"began|set|cut|met|got|gave|took|kept|sold|bought|spoke|ensure|ensures|manage|manages|"
    r"lead|leads|build|builds|develop|develops|create|creates|provide|provides|"
    r"maintain|maintains)$")


def reads_as_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb ("Managed", "leading", "built", "ensures")."""
    return bool(_VERB.match(word.strip(".'’-")))


def looks_like_label(line: str) -> bool:
    """Whether ``line`` reads as a heading or label rather than as content: one to four
    words, not a bullet, no digits, no list or sentence punctuation, written as a title
    ("Clinical Rotations", "CORE STRENGTHS") or ending in ':', not opening with a word
    that continues a clause, no word that reads as a verb (but a gerund in capitals:
    "CONSULTING"), no sentences glued
    together ("Template.Involved").  All-capital words of up
    to four letters are taken for acronyms ("BLS ACLS PALS"), which are content.

    The caller decides the rest (no skill or job title in it, alone above a block).
    """
    body = _MD_MARK.sub("", line).strip()
    if not body or body != strip_line_marks(body):  # a bullet is content
        return False
    colon = body.endswith(":")
    body = body.rstrip(": ").strip()
    words = body.split()
    if not 1 <= len(words) <= 4 or any(not _LABEL_WORD.fullmatch(w) or _GLUED_STOP.search(w)
                                       for w in words):
        return False
    if body.endswith((".", "!", "?")) or words[0].lower() in _CLAUSE_START:
        return False
    # A gerund in a line of capitals names a section ("CONSULTING", "VOLUNTEERING"), as a noun does.
    if any(reads_as_verb(w) and not (body.isupper() and w.lower().endswith("ing")) for w in words):
        return False
    content = [w for w in words if w.lower() not in _LOWER_OK]
    if not content or all(w.isupper() and len(w.strip(".&-")) <= 4 for w in content):
        return False
    titled = all(w[0].isupper() or w.lower() in _LOWER_OK for w in words)
    return colon or titled
