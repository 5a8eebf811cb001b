"""What a resume answers to a posting's knock-outs: degrees, clearance, citizenship or
work authorisation, visa sponsorship, licences and certifications.

Read from the redacted text only, line by line, with the section each line sits in
(``sections.heading_of``); dates are read as roles read them (``roles.dates_in``),
levels as postings read them (``eligibility.levels``).  Rules a person can check:

- **Degrees**: a level ``degree_levels`` finds; "Bachelor"/"Master" written out count
  when followed by "of", "in", "'s" or "degree" (not "Scrum Master", "Master's
  students"), "high school" only in the education section or with diploma/GED, "MA"/"MS"
  not as a place ("Boston, MA"; after a town the gazetteer does not know, a degree only
  in the education section or on a school's line, with no degree before it).  The
  field follows "in" or "of" ("of Science"/"of Arts" are no field), a comma ("B.S.,
  Computer Science") or an abbreviation ("M.Ed. School Counseling"), and is no school's
  name ("Boston College", "University of Texas"; "School Counseling" is a field).  An
  abbreviation naming its field gives it ("MBA", "PharmD", "MSW"); one naming a broad
  field gives it when none is written ("M.Ed.": education); a degree written twice (a
  name line's "PharmD", then the education line) keeps the dated one, and of two alike dated
  or undated, the education section's (not a summary's "B.S. Accounting, 2021").  The graduation
  date is the latest date on the line or on the next two lines of the education section;
  it is *expected* when the text says so ("expected", "anticipated", "candidate", "in
  progress", "- Present") or the date is after ``today``.  A degree its part of the line
  (up to the degrees beside it, a semicolon or a bar) says was begun and not finished is none: "Coursework toward
  A.A.S. ... (24 credits)", "(incomplete)", "some college".
- **Clearance**: the highest level a line states, unless the line negates it ("no
  clearance"), only hopes for it ("eligible for", "able to obtain", "clearable") or
  asks it ("requiring").  **An inactive, expired or lapsed clearance is not held**: it
  goes to ``clearance_inactive`` (the verdict may call it reinstatable), not to
  ``clearance``.
- **Citizenship and work authorisation**: "US citizen", "citizen of Canada",
  "Citizenship: UK", "Citizenship: U.S. Citizen", "Nationality: German", "German
  passport", "Current U.S. passport" give X's ISO code as ``citizenship``; a passport held, of a
  country named or not, is noted (``sentences["passport"]``: "Current passport"); an EU/EEA state's citizen, or "EU
  citizen" alone, may work in every EEA state (``work_authorisation``); "EU Blue Card
  holder", "eligible for the EU Blue Card" are noted apart (``sentences["blue_card"]``); "green card", "permanent
  resident of X" (also as a "Citizenship:" field's value) give it as ``residence``, and
  those and "authorized/eligible to work in X", "right to work in the UK" as
  ``work_authorisation``: a permanent resident or someone authorised to work is no
  citizen.  "not a US citizen", "non-citizen", "not authorized" give nothing.  A bare
  "permanent resident" names no country and counts for none; "Canadian PR" is one.  "Would
  need a work permit (a visa) for Canada" gives CA as ``permit_needed``, never a right to work.
- **Sponsorship**: "will require (H-1B) sponsorship", "need sponsorship", and temporary
  US statuses tied to an employer's petition or to study (H-1B, F-1 OPT, STEM OPT, CPT, J-1,
  TN, E-3, O-1, L-1; ``visa``, see ``_VISA``) -> True; "do not require sponsorship",
  "without sponsorship", "no sponsorship needed" -> False (a stated False wins over a visa
  status); silent -> None.  A spouse's status (H-4, L-2 EAD) is named as ``visa`` but leaves
  None (work for any employer now, while the spouse's status lasts: to check), and its EAD
  gives a US ``work_authorisation``; "authorized to work in the US for any employer" gives one
  too.  A resume that states US citizenship or permanent residence holds no visa now.
- **Licences**: see ``licences``.  Under the licences heading a certification wrapped over
  two lines of a narrow column is one ("ISTQB Certified Tester Foundation" / "Level (CTFL),
  2016"; ``_wrapped``), and a heading the sections reader does not know ("ADDITIONAL") ends
  the section.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from matcher.eligibility.gazetteer import EEA_MEMBERS
from matcher.eligibility.levels import (
    BROAD_FIELD,
    CLEARANCE_LEVELS,
    DEGREE_LEVELS,
    FOREIGN_SCHOOL_WORDS,
    IMPLIED_FIELD,
    SCHOOL_WORDS,
    degree_levels,
    is_field_of_study,
    rank_of,
    state_code_reading,
)
from matcher.eligibility.levels import clearance_level as _clearance_level
from matcher.resumes.licences import (
    APPRENTICE_WAY,
    PHLEBOTOMY_LETTERS,
    YEARLY,
    apprentice_line,
    credential_ids,
    lapsed_ids,
    licence_line,
    licence_line_elsewhere,
    listed_licences,
)
from matcher.resumes.roles import dates_in
from matcher.resumes.sections import LICENCE_HEADING, heading_of
from matcher.skills.taxonomy import extract_skills, is_credential

__all__ = ["Credentials", "Degree", "licence_headings", "licence_held", "read_credentials"]


@dataclass
class Degree:
    level: str            # one of DEGREE_LEVELS
    field: str            # lower case, "" if none ("computer science")
    year: int | None      # graduation (or expected) year
    month: int | None
    expected: bool        # "expected May 2026", "anticipated", a future date
    sentence: str


@dataclass
class Credentials:
    degrees: list[Degree] = field(default_factory=list)
    clearance: str = ""             # highest level held: a CLEARANCE_LEVELS entry, "clearance" when unspecified
    clearance_sentence: str = ""
    citizenship: list[str] = field(default_factory=list)   # ISO alpha-2 codes
    # True when it says so or names a status tied to an employer's petition (``_visa``: "F-1
    # OPT", "TN visa"); False when it says it needs none; None when silent or only a spouse's
    # status is named ("H-4 EAD": whether sponsorship will be needed is to check).
    needs_sponsorship: bool | None = None
    visa: str = ""                  # a temporary US status, as written: "F-1 OPT", "TN", "EAD (H-4 spouse)"
    licences: list[str] = field(default_factory=list)
    sentences: dict[str, str] = field(default_factory=dict)  # kind -> the line that shows it
    clearance_inactive: str = ""    # a level stated as inactive, expired or lapsed
    today: dt.date | None = None    # the day the resume was read: stated expiry dates before it have passed
    # Countries the person may live and work in without being a citizen (ISO codes): a green
    # card or permanent residence, and, with those, any stated right or authorisation to work.
    residence: list[str] = field(default_factory=list)
    work_authorisation: list[str] = field(default_factory=list)
    # Countries it says a work permit or visa would be needed for ("Would need a work permit for Canada").
    permit_needed: list[str] = field(default_factory=list)
    # The resume's lines as ``licence_held`` reads them, kept with this resume's credentials
    # (one request's), never in a cache that requests share.
    _read: dict = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict:
        """A summary without the resume's lines: levels, fields, years, codes, names."""
        return {"degrees": [{"level": d.level, "field": d.field, "year": d.year, "expected": d.expected}
                            for d in self.degrees],
                "clearance": self.clearance, "clearance_inactive": self.clearance_inactive,
                "citizenship": list(self.citizenship), "needs_sponsorship": self.needs_sponsorship,
                "visa": self.visa, "licences": list(self.licences)}


def read_credentials(text: str, sentences: list[str], today: dt.date) -> Credentials:
    """The credentials a (redacted) resume text states.  ``sentences`` are the resume's
    sentences, searched for statements a line break may have cut."""
    lines, sections, licence_section = _lines(_unwrapped(text))
    lines = [expiry_passed(line, today) for line in lines]
    creds = Credentials(today=today)
    creds.degrees = _degrees(lines, sections, today)
    if creds.degrees:
        creds.sentences["degree"] = creds.degrees[0].sentence
    if post_secondary := _post_secondary(lines, sections):
        creds.sentences["post_secondary"] = post_secondary
    pool = list(dict.fromkeys(lines + [s for s in sentences if s not in lines]))
    _clearance(creds, pool)
    _citizenship(creds, pool)
    _sponsorship(creds, pool)
    creds.licences = listed_licences(lines, licence_section)
    if creds.licences:
        creds.sentences["licence"] = next((line for line in lines if creds.licences[0] in line), "")
    return creds


def licence_held(name: str, credentials: Credentials, text: str, sentence: str = "") -> str | None:
    """The resume line that shows the licence or certification a posting names ("Class A
    CDL" is shown by "CDL-A"; "RN license" by "Registered Nurse (RN)"), or None.  One a line
    says has lapsed ("NRP, exp 03/2026" read later) is not shown by the letters after the
    name at the top ("NRP" above the first heading).  A degree
    named as the alternative to a certificate ("Paralegal certificate ... or bachelor's
    degree") is shown by a degree of its level or higher.  ``sentence``: the posting's, whose
    state a name without one asks ("RN license in the state of Texas")."""
    asked = _degree_asked(name)
    if asked is not None:
        held = [d for d in credentials.degrees   # a degree still to come is not held
                if not d.expected and rank_of(d.level, DEGREE_LEVELS) >= rank_of(asked, DEGREE_LEVELS)]
        return held[0].sentence if held else None
    if not name.strip():
        return None
    lines, read, listed, lapsed, header = _read_of(credentials, text)
    # a credential stated lapsed is not shown by the letters after the name above the first heading
    lapsed = lapsed & credential_ids(name)
    read = [line if k >= header or not credential_ids(line) & lapsed else "" for k, line in enumerate(read)]
    return _as_written(licence_line(name, read, sentence, listed), lines, read)


def licence_expired(name: str, credentials: Credentials, text: str, sentence: str = "") -> str | None:
    """The resume line that shows the licence a posting names but for an expiry date ``today``
    has passed ("RN License #95123456, active, exp. 06/2026" read in November 2026), or that
    says it lapsed ("NREMT Paramedic - lapsed (2022)"), or None."""
    if _degree_asked(name) is not None or not name.strip():
        return None
    if licence_held(name, credentials, text, sentence) is not None:
        return None
    lines, read, listed, _, _ = _read_of(credentials, text)
    # an expiry date passed ("exp. 06/2026"): the line as written shows it, listed as it is
    # under a licences heading; or a line that says it lapsed ("ACLS - expired 2021")
    listed = set(listed) | {line.strip() for line, as_read in zip(lines, read) if as_read.strip() in listed}
    return licence_line(name, lines, sentence, listed) or licence_line(name, lines, sentence, listed, lapsed=True)


def licence_denied(name: str, credentials: Credentials, text: str, sentence: str = "") -> str | None:
    """The resume line that says the licence a posting names is not held at all ("Driver's license:
    none", "I do not have a driver's license"), where no line shows it held, or None."""
    if _degree_asked(name) is not None or not name.strip() or licence_held(name, credentials, text, sentence):
        return None
    lines, read, listed, _, _ = _read_of(credentials, text)
    return _as_written(licence_line(name, read, sentence, listed, denied=True), lines, read)


def licence_to_come(name: str, credentials: Credentials, text: str, sentence: str = "") -> str | None:
    """The resume line that says the licence a posting names is still to come ("Will test for
    AZ journeyman license in Spring 2025", "RN license: application in process"), where no line
    shows it held, or None."""
    if _degree_asked(name) is not None or not name.strip() or licence_held(name, credentials, text, sentence):
        return None
    lines, read, listed, _, _ = _read_of(credentials, text)
    return _as_written(licence_line(name, read, sentence, listed, to_come=True), lines, read)


def licence_elsewhere(name: str, credentials: Credentials, text: str, sentence: str = "",
                      unstated: bool = False) -> tuple[str, str, str] | None:
    """The resume line that shows the licence a posting names held in another US state than
    the one it asks, that state and the one asked ("Illinois Registered Pharmacist License,
    active", "Illinois", "Indiana" for an "Indiana pharmacist license"), where no line shows it
    held; or None.  ``unstated``: one that names no state at all, its state "" ("RN License #12345")."""
    if _degree_asked(name) is not None or not name.strip() or licence_held(name, credentials, text, sentence):
        return None
    lines, read, listed, _, _ = _read_of(credentials, text)
    found = licence_line_elsewhere(name, read, sentence, listed, unstated)
    if found is None:
        return None
    line, state, asked = found
    return _as_written(line, lines, read), state, asked


def apprentice_held(name: str, credentials: Credentials, text: str, sentence: str) -> str | None:
    """The resume line that shows its person an apprentice now of the trade of the licence a posting names,
    where the posting's ``sentence`` takes one in its place (``apprentice_line``: "..., or currently registered
    as an apprentice with the Ohio Board of Embalmers and Funeral Directors" and "Registered Embalmer and Funeral
    Director Apprentice, Ohio Board ..."); not a line whose dates ended before the year the resume is read in
    ("Funeral Service Apprentice — ... — 2012 to 2014"); or None."""
    if not APPRENTICE_WAY.search(sentence) or not name.strip():
        return None
    lines, read, _, _, _ = _read_of(credentials, text)
    year = credentials.today.year if credentials.today else None
    now = [line for line in read if year is None or not _ended(line, year)]
    return _as_written(apprentice_line(name, now, sentence), lines, read)


# A date range that goes on to now: "2024 - present", "(since August 2025)".
_TO_NOW = re.compile(r"(?i)\b(?:present|current|now|today|ongoing|since)\b")


def _ended(line: str, year: int) -> bool:
    """Whether ``line`` writes a date range whose end is before ``year`` ("2012 to 2014")."""
    dates = dates_in(line)
    return len(dates) >= 2 and not _TO_NOW.search(line) and dates[-1][0] < year


def _as_written(line: str | None, lines: list[str], read: list[str]) -> str | None:
    """The resume's line as written for ``line`` as ``_as_read`` reads it."""
    return lines[read.index(line)] if line is not None and line in read else line


def _read_of(credentials: Credentials, text: str) -> tuple[list[str], list[str], set[str], set[str], int]:
    """``_as_read`` of the resume's text, kept with its credentials for the next licence asked."""
    if text not in credentials._read:
        credentials._read = {text: _as_read(_unwrapped(text), credentials.today)}
    return credentials._read[text]


def _as_read(text: str, today: dt.date | None) -> tuple[list[str], list[str], set[str], set[str], int]:
    """A resume text's non-empty lines; the same lines with each expiry date passed by
    ``today`` read as expired (the lines themselves without ``today``); the lines under a
    licences heading, so read; the ids of the credentials some line says have lapsed; and
    where the first heading stands."""
    raw = text.split("\n")
    lines = [line for line in raw if line.strip()]
    body, _, in_section = _lines(text)
    # a line under a bar admissions heading reads as one: "New York, 2019" -> "Bar admission: New York, 2019"
    at = {k: i for i, k in enumerate(k for k, line in enumerate(raw) if line.strip())}
    barred = {at[k] for k, _, _, heading in _sectioned(text) if heading and _BAR_HEADING.search(heading)}
    read = [f"Bar admission: {line.strip()}" if i in barred else _unless_bar_heading(line)
            for i, line in enumerate(lines)]
    if _PHLEBOTOMY_WORK.search(text):
        read = [_as_phlebotomy(line) for line in read]
    if today is None:
        return lines, read, {line for line, inside in zip(body, in_section) if inside}, set(), 0
    # an expiry date passed reads as expired; the line shown is the resume's own
    read = [expiry_passed(line, today) for line in read]
    listed = {expiry_passed(line, today) for line, inside in zip(body, in_section) if inside}
    lapsed = set().union(*(lapsed_ids(line) for line in read))
    header = next((k for k, line in enumerate(lines) if heading_of(line)), 0)
    return lines, read, listed, lapsed, header


# A resume about phlebotomy: a heading, a job or its work ("PHLEBOTOMY", "Phlebotomist", "venipuncture").
_PHLEBOTOMY_WORK = re.compile(r"(?i)\bphlebotom\w*|\bvenipunctur\w*")
# The coding system's or a trainer's letters: "CPT/ICD-10", "CPT coding", "NASM CPT", "ACE CPT".
_NO_PHLEBOTOMY = re.compile(r"(?i)\b(?:cod(?:e|es|ing|er|ers)|ICD|HCPCS|billing|NASM|ACE|ISSA|NSCA|NCCPT|trainer"
                            r"|fitness)\b")


def _as_phlebotomy(line: str) -> str:
    """A line of a resume about phlebotomy with a phlebotomist's letters alone ("CPT, 2022") read as
    the certificate: "Phlebotomy certification: CPT, 2022"; any other line as it is."""
    if re.search(PHLEBOTOMY_LETTERS, line) and not _NO_PHLEBOTOMY.search(line):
        return f"Phlebotomy certification: {line.strip()}"
    return line


# A heading over a lawyer's bar admissions: "BAR ADMISSIONS", "Bar and Court Admissions", "Admissions";
# not courts alone ("COURT ADMISSIONS": "U.S. District Court, S.D.N.Y." is no state's bar).
_BAR_HEADING = re.compile(r"(?i)\bbar\b|^\W*admissions?\W*$")


def _unless_bar_heading(line: str) -> str:
    """``line``, or "" for a bar admissions heading alone, which holds no admission ("Bar Admissions")."""
    heading = heading_of(line) if _BAR_HEADING.search(line) else None
    return "" if heading and not heading[1].strip() else line


# An expiry date a line states: "BLS, exp 08/2025", "ACLS (expires March 2027)", "valid through 2024".
_EXPIRY = re.compile(r"(?i)\s*[,;(]?\s*\b(?:exp(?:\.|ires?|iring|iration(?: date)?)?|valid (?:through|thru|until|to)"
                     r"|good (?:through|thru|until))\b\.?:?\s*(?=(?:[A-Z][a-z]{2,8}\.? )?\d)")


def expiry_passed(line: str, today: dt.date) -> str:
    """``line`` with each expiry date it states that has passed by ``today`` written as
    "- expired DATE", which ``licences`` reads as a credential no longer held ("BLS, exp
    08/2025" read in 2026 is lapsed); a date still to come, or none, leaves it as it is."""
    def lapsed(match: re.Match) -> str:
        dates = dates_in(line[match.end():match.end() + 20])
        if not dates:
            return match.group()
        year, month = dates[0]
        return " - expired " if (year, month or 12) < (today.year, today.month) else match.group()
    return _renewal_passed(_EXPIRY.sub(lapsed, line), today)


def _renewal_passed(line: str, today: dt.date) -> str:
    """``line`` with a credential renewed yearly (``licences.YEARLY``) written as expired where the
    last date the line gives it is over a year before ``today``: "8-Hour HAZWOPER Refresher - last
    completed March 2023" read in December 2026; one taken this year, or no date, as it is."""
    m = YEARLY.search(line)
    dates = dates_in(line) if m else []
    if not dates:
        return line
    year, month = max(dates, key=lambda d: (d[0], d[1] or 12))
    if (year + 1, month or 12) >= (today.year, today.month):
        return line
    return f"{line[:m.end()]} - expired{line[m.end():]}"


_DEGREE_NAME = re.compile(r"(?i)^[\w.'’ -]*\b(?:degree|diploma)$|^ged$")


def _degree_asked(name: str) -> str | None:
    """The level of a degree a licence knock-out names as an alternative ("bachelor's degree",
    "BSN degree"), None when the name is no degree."""
    if not _DEGREE_NAME.match(name.strip()):
        return None
    levels = degree_levels(name)
    return min((lv for lv, _, _ in levels), key=lambda lv: rank_of(lv, DEGREE_LEVELS)) if levels else None


# -- lines and sections -----------------------------------------------------------


# A line under the licences heading that is a heading the sections reader does not know: one to
# three words in capitals, one of them of six letters or more, no digit, naming no credential
# ("ADDITIONAL", "VOLUNTEER WORK").  It ends the licences section and is no licence.
_UNKNOWN_HEADING = re.compile(r"^(?=[^a-z\d]*$)(?=.*[A-Z]{6})[A-Z][A-Z&/'’]*(?:[ /&-]+[A-Z&/'’]+){0,2}:?$")


def _unknown_heading(line: str) -> bool:
    line = line.strip()
    return bool(_UNKNOWN_HEADING.match(line)) and not LICENCE_HEADING.search(line) and not credential_ids(line)


def _sectioned(text: str) -> list[tuple[int, str, str, str]]:
    """Per non-empty line of ``text`` (a heading's glued rest or a field's value kept): its
    index among the text's lines, the line, the section it sits in, and the licences/certifications
    heading it sits under ("" when none); a heading the sections reader does not know ends that
    section (``_unknown_heading``)."""
    out = []
    section, in_licences = "other", ""
    for k, line in enumerate(text.split("\n")):
        heading = heading_of(line)
        kind, body, listed = section, line, in_licences
        if heading:
            kind, body, goes_on = heading
            head = (line[:len(line) - len(body)] if body else line).strip()
            listed = head if LICENCE_HEADING.search(head) else ""
            if goes_on:
                section, in_licences = kind, listed
        elif in_licences and _unknown_heading(line):
            section, in_licences = "other", ""
            continue
        if body.strip():
            out.append((k, body.strip(), kind, listed))
    return out


def _lines(text: str) -> tuple[list[str], list[str], list[bool]]:
    """Non-empty lines (a heading's glued rest or a field's value kept), the section each
    sits in, and whether it sits under a licences/certifications heading."""
    found = _sectioned(text)
    return [f[1] for f in found], [f[2] for f in found], [bool(f[3]) for f in found]


def licence_headings(text: str) -> dict[str, str]:
    """Each line of ``text`` under a licences, certifications or bar admissions heading, with that
    heading: "Illinois (2024); New York (2021)" -> "BAR ADMISSIONS"."""
    return {line: heading for _, line, _, heading in _sectioned(text) if heading}


# A certification wrapped over two lines in a narrow column: "ISTQB Certified Tester Foundation" /
# "Level (CTFL), 2016".  The first part ends in a word, with no date nor bracket; the second is
# dated or bracketed and begins with a short piece (three words at most, up to its first comma
# or bracket) that names no credential and says no credential word; and the first word of the
# second would not have fitted on the first, as wide as the section's widest line.
_YEAR = re.compile(r"(?:19|20)\d\d")
_CARRIES = re.compile(r"(?i)licen[cs]|certif|credential|registr|permit|endorse|\bcard\b")


def _wrapped(first: str, second: str, width: int) -> bool:
    if _YEAR.search(first) or "(" in first or not re.search(r"[\w+#]$", first):
        return False
    if not re.match(r"[^\W\d_]|\(", second) or not (_YEAR.search(second) or "(" in second):
        return False
    piece = re.split(r"[,;(|]|\s-\s", second, maxsplit=1)[0].strip()
    if piece and (len(piece.split()) > 3 or _CARRIES.search(piece) or credential_ids(piece)):
        return False
    word = second.split()[0]
    return len(first) + 1 + len(word) > width


def _unwrapped(text: str) -> str:
    """``text`` with each certification wrapped over two lines under the licences heading
    (``_wrapped``) on one line."""
    found = _sectioned(text)
    raw = text.split("\n")
    width = max((len(f[1]) for f in found if f[3]), default=0)
    joined = set()
    for a, b in zip(found, found[1:]):
        if a[3] and b[3] and b[0] == a[0] + 1 and a[0] not in joined and raw[a[0]].strip() == a[1] \
                and raw[b[0]].strip() == b[1] and _wrapped(a[1], b[1], width):
            joined.add(b[0])
    if not joined:
        return text
    out: list[str] = []
    for k, line in enumerate(raw):
        if k in joined:
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


# -- degrees ----------------------------------------------------------------------
_WRITTEN = re.compile(r"(?i)bachelor|master|associate")
_DEGREE_FOLLOWS = re.compile(r"(?i)^(?:['’]?s)?\s*(?:degree\b|diploma\b|of\b|in\b|\(|,|:|\s-|–)")
_HIGH_SCHOOL_OK = re.compile(r"(?i)diploma|\bged\b|graduat")
# ... and a doctorate "all but dissertation" ("PhD in Chemistry (ABD)", "defense scheduled March 2027")
_EXPECTED = re.compile(r"(?i)\b(?:expected|anticipated|candidate|in progress|pursuing|ongoing|current(?:ly)?|"
                       r"will graduate|to be completed|present|now|all but dissertation|(?-i:ABD)"
                       r"|defen[cs]e (?:is )?scheduled)\b")
_NO_FIELD = {"science", "arts", "applied science", "fine arts", "philosophy", "technology", "the arts"}
_SCHOOL = re.compile(rf"(?i)\b(?:{SCHOOL_WORDS})\b")
_FIELD_STOP = re.compile(r"\s*(?:[,;|(\[–—:]|\s-\s|\d|\bfrom\b|\bat\b|\bwith\b|\bgpa\b|\bminor\b|$)", re.I)
# A school's name, not a field: a word for a school last or before "of" ("Boston College",
# "University of Texas"), not "School Counseling"; one of another language anywhere ("Universität Mannheim",
# "Technische Hochschule Köln", "École Polytechnique").
_SCHOOL_NAME = re.compile(rf"(?i)\b(?:{SCHOOL_WORDS})(?:\s+(?:of|for|de|at)\b|\s*$)"
                          rf"|\b(?:{FOREIGN_SCHOOL_WORDS})\b")


# A degree begun and not finished, nor said to be still under way: "Coursework toward A.A.S. ...
# (24 credits)", "B.A. English (incomplete)", "some college".
_UNFINISHED = re.compile(r"(?i)\b(?:towards?|course ?work|some college|incomplete|unfinished|not completed"
                         r"|did not (?:complete|finish|graduate)|withdr[ae]w|non-?degree)\b")


# Study after high school that is no degree: a college's or a trade school's certificate, diploma or
# programme ("Central Georgia Technical College - Certificate, Business Administrative Technology",
# "Diploma, Practical Nursing, Humber College", "Lincoln Tech (trade school) - Automotive program"),
# "some college".  It takes a high-school diploma (``sentences["post_secondary"]``).  Not a short
# course's certificate ("CPR/AED Certificate", "Forklift Certification"), nor college courses taken
# in high school ("Dual enrollment"), nor a college one works at (a line of the experience section).
_POST_SECONDARY_SCHOOL = re.compile(r"(?i)\b(?:college|university|universit\w+|polytechnic|institute of technology"
                                    r"|(?:technical|vocational|trade|career|beauty|cosmetology|barber|culinary)[ \t]+"
                                    r"(?:school|institute|college|academy|centre|center))\b")
_STUDIED = re.compile(r"(?i)\b(?:certificates?|certification|diploma|program(?:me)?|course ?work|courses|credits?"
                      r"|completed|graduated?|studies|studied|attended)\b")
_SOME_COLLEGE = re.compile(r"(?i)\bsome[ \t]+(?:college|university)\b")
_NOT_POST_SECONDARY = re.compile(r"(?i)\b(?:dual[ \t-]+(?:enrollment|enrolment|credit)|early college|concurrent"
                                 r"[ \t]+enrollment|high school|CPR|first aid|AED|BLS|ACLS|forklift|OSHA|food handler"
                                 r"|ServSafe|flagger|HIPAA|TIPS|did not attend|never attended)\b")


def _post_secondary(lines: list[str], sections: list[str]) -> str:
    """The first line that shows study after high school (``_POST_SECONDARY_SCHOOL``): a school's line
    in the education section, one that says it studied there elsewhere but in the experience and skills
    sections, "some college" anywhere but there; "" when none."""
    for line, section in zip(lines, sections):
        if section in ("experience", "skills") or _NOT_POST_SECONDARY.search(line):
            continue
        school = _POST_SECONDARY_SCHOOL.search(line)
        if _SOME_COLLEGE.search(line) or (school and (section == "education" or _STUDIED.search(line))):
            return line
    return ""


_CLAUSE_END = re.compile(r"[;|•]")
# A degree named as what another is worth, not one of its own: "Degree evaluated by WES as
# equivalent to a U.S. Bachelor of Science", "WES evaluated: U.S. B.S. equivalent".
_RESTATED_BEFORE = re.compile(r"(?i)\b(?:equivalen(?:t|ce|cy)|equal|comparable|evaluated|evaluation)\b"
                              r"[^;|•]{0,40}$")
_RESTATED_AFTER = re.compile(r"(?i)(?:['’]?s)?\s*(?:degree\s*)?\(?\s*equivalen")


def _degrees(lines: list[str], sections: list[str], today: dt.date) -> list[Degree]:
    """The degrees the lines state (see the module's docstring).  A degree a line names only as
    what another is worth ("evaluated by WES as equivalent to a U.S. Bachelor of Science in
    Mechanical Engineering") restates that one: it counts only when the resume names no
    degree of its level or higher of its own, and then with no date (the line's date is the
    evaluation's or a move's, not the graduation's)."""
    out: list[Degree] = []
    where: list[str] = []   # the section each of ``out`` was read in
    bares: list[bool] = []  # whether each of ``out`` names no field but the broad one of its abbreviation, if any
    restated: list[Degree] = []
    for i, line in enumerate(lines):
        found = degree_levels(line)
        for k, (level, start, end) in enumerate(found):
            low = max([found[k - 1][2] if k else 0] + [m.end() for m in _CLAUSE_END.finditer(line, 0, start)])
            high = min([found[k + 1][1] if k + 1 < len(found) else len(line)]
                       + [m.start() for m in _CLAUSE_END.finditer(line, end)])
            own = line[low:high]
            if _UNFINISHED.search(own):
                continue   # not held: its part of the line says it was not finished
            surface = line[start:end]
            rest = line[end:]
            if _WRITTEN.match(surface) and not _DEGREE_FOLLOWS.match(rest):
                continue
            if level == "high school" and sections[i] != "education" and not _HIGH_SCHOOL_OK.search(line):
                continue
            if state_code_reading(line, start, end) == "name" and not _degree_not_place(line, start, sections[i]):
                continue
            # outside the education section, the degree's own part of its line: "Recent ADN graduate;
            # NCLEX-RN scheduled for January 2027" dates the exam, not the degree
            year, month, expected = _graduation(lines, sections, i, today,
                                                own if sections[i] != "education" else None)
            short = re.sub(r"[.\s]", "", surface.lower())
            field_ = "" if level == "high school" else _degree_field(short, rest)
            if _RESTATED_BEFORE.search(line, low, start) or _RESTATED_AFTER.match(line, end):
                restated.append(Degree(level, field_, None, None, False, line))
                continue
            degree = Degree(level, field_, year, month, expected, line)
            # one of the same level with no field and no date is the same degree ("Oliver Bennett MEng CEng"
            # and "MEng Civil and Structural Engineering, 2017"), as is one whose only field is the broad one its
            # abbreviation names ("Kimberly Osei, M.Ed." and "M.Ed. Curriculum & Instruction, UTSA, 2021")
            bare = not field_ or field_ == BROAD_FIELD.get(short)
            same = next((k for k, d in enumerate(out) if d.level == level and (
                d.field == field_ or bares[k] and d.year is None or bare and year is None)), None)
            if same is None:
                out.append(degree)
                where.append(sections[i])
                bares.append(bare)
            elif (out[same].year is None and year is not None) or (not out[same].field and field_) or (
                    sections[i] == "education" != where[same] and (year is not None or out[same].year is None)
                    and (field_ or not out[same].field)):
                # "Jane Doe, PharmD" and then the dated education line; a summary's "(B.S. Accounting, 2021)"
                # and then the education section's "B.S. in Accounting, May 2021", the degree's own line
                out[same], where[same], bares[same] = degree, sections[i], bare
    top = max((rank_of(d.level, DEGREE_LEVELS) for d in out if not d.expected), default=-1)
    out = _evaluated_fields(out, restated)
    for degree in restated:
        if rank_of(degree.level, DEGREE_LEVELS) > top and not any(
                (d.level, d.field) == (degree.level, degree.field) for d in out):
            out.append(degree)
    return out


# Business degrees whose major is written after them: "B.B.A. Accounting", "BBA in Finance", "B.Com
# (Accounting)" are in that field and in business administration.
_MAJOR_AFTER = {"bba": "business administration", "bcom": "commerce", "bcomm": "commerce"}


def _degree_field(short: str, rest: str) -> str:
    """The field of a degree written ``short`` (lower case, no dots) with ``rest`` of its line after
    it: the one its abbreviation names (``IMPLIED_FIELD``: "MBA, Finance" is business
    administration), a business degree's major beside its own (``_MAJOR_AFTER``: "B.B.A.
    Accounting", "BBA, Accounting" and "Bachelor of Science in Business Administration, Accounting"
    -> "accounting (business administration)"), else the one
    written, else the broad one the abbreviation names (``BROAD_FIELD``: a bare "M.Ed." in
    education, "Dipl.-Ing." in engineering).  For a business degree and a German diploma, what a
    comma sets apart is their field only where it is a field of study (``is_field_of_study``):
    "BBA, UT Austin" and "Dipl.-Ing., TU Berlin" name a school."""
    if short == "diplom" or short.startswith("dipl-"):
        # a German diploma's field in brackets after its name: "Diplom-Ingenieur (Mechanical Engineering)"
        bracketed = _DIPLOMA_FIELD.match(rest)
        if bracketed and is_field_of_study(bracketed.group(1)):
            return bracketed.group(1).strip().lower()
    if short in _MAJOR_AFTER:
        rest = re.sub(r"^\s*\)", "", rest)   # the abbreviation in brackets after the degree written out
    written = _field(rest)
    if (short in _MAJOR_AFTER or short.startswith("dipl-")) and rest.lstrip().startswith(",") \
            and not is_field_of_study(written):
        written = ""   # after a comma, a field of study ("BBA, Accounting"), not a school ("BBA, UT Austin")
    if short in _MAJOR_AFTER:
        bracketed = _BRACKETED_FIELD.match(rest)
        major = bracketed.group(1).lower() if bracketed else written
        return f"{major} ({_MAJOR_AFTER[short]})" if major else IMPLIED_FIELD.get(short, _MAJOR_AFTER[short])
    if written in _MAJOR_AFTER.values():
        # the business degree written out, its major after it: "Bachelor of Business Administration
        # (B.B.A.) in Accounting", "Bachelor of Science in Business Administration, Finance"
        after = rest[rest.lower().find(written) + len(written):]
        major = _MAJOR_NAMED.match(after)
        if major and is_field_of_study(field := _FIELD_STOP.split(after[major.end():], maxsplit=1)[0]):
            return f"{field.strip().lower()} ({written})"
    return IMPLIED_FIELD.get(short, "") or written or BROAD_FIELD.get(short, "")


# What sets a written-out business degree's major after it, past the degree's abbreviation in brackets:
# "in", a comma, a dash, "with a concentration in", "major:"; not "minor".
_MAJOR_NAMED = re.compile(r"(?i)\s*(?:\([^()]{1,12}\)\s*)?(?:[-–—,]?\s*(?:concentration|major|emphasis)(?:\s+in\b|\s*:)"
                          r"|with\s+(?:an?\s+)?(?:concentration|major|emphasis|specialization|focus|track)\s+in\b"
                          r"|,|[-–—:]|\bin\b)\s*")


# What a German diploma's brackets hold after its name: "-Ingenieur (Mechanical Engineering)".
_DIPLOMA_FIELD = re.compile(r"(?:-[A-Z][\w]*\.?)?[ \t]*\([ \t]*([^()]{3,60}?)[ \t]*\)")


def _evaluated_fields(own: list[Degree], restated: list[Degree]) -> list[Degree]:
    """``own`` degrees with the field a credential evaluation states for one of them: "Licenciatura en
    Contaduría" evaluated "as equivalent to a U.S. Bachelor of Science in Accounting" is in
    "contaduría (accounting)".  The evaluation restates the one own degree of its level."""
    out = list(own)
    for evaluated in restated:
        same = [k for k, d in enumerate(out) if d.level == evaluated.level]
        if evaluated.field and len(same) == 1 and evaluated.field not in out[same[0]].field:
            d = out[same[0]]
            out[same[0]] = replace(d, field=f"{d.field} ({evaluated.field})" if d.field else evaluated.field)
    return out


def _degree_not_place(line: str, start: int, section: str) -> bool:
    """Whether "MA"/"MS" after a name the gazetteer does not know ("Economics, MA, 2015" or
    "Hopkinton, MA") is a degree: in the education section or on a line naming a school, and
    with no degree before it on the line (there it ends the school's address: "B.S. Mathematics,
    Northeastern University, Hopkinton, MA")."""
    if any(s < start for _, s, _ in degree_levels(line)):
        return False
    return section == "education" or bool(_SCHOOL.search(line))


# A business degree's major in brackets right after it, in capitals: "B.Com (Accounting)"; not an honour
# ("(Hons)").
_BRACKETED_FIELD = re.compile(r"\s*\(\s*((?!(?:Hons|Honou?rs|First|Distinction|Merit|Magna|Summa|Cum)\b)"
                              r"[A-Z][a-z]+(?:[ \t]+(?:and|&|of|[A-Z][a-z]+))*)\s*\)")


def _field(rest: str) -> str:
    """The field written after a degree: "of Science in Nursing" -> "nursing",
    ", Computer Science, 2019" -> "computer science"."""
    rest = re.sub(r"(?i)^(?:['’]?s)?\s*(?:\([^)]{0,12}\)|degree|diploma|candidate|student|program(?:me)?|\s)*", "",
                  rest)
    found = ""
    of = re.match(r"(?i)of\s+", rest)
    if of:
        phrase = _FIELD_STOP.split(rest[of.end():], maxsplit=1)[0]
        head, _, tail = phrase.partition(" in ")
        found = tail or ("" if head.strip().lower() in _NO_FIELD else head)
        if not found:   # "Bachelor of Arts, History"
            found = _field_after(rest[of.end() + len(head):])
    else:
        found = _field_after(rest)
    found = re.sub(r"(?i)\s+(?:degree|major|program)$", "", found.strip(" .")).strip()
    if found.count(")") > found.count("("):   # the end of the brackets the degree stands in: "(... in Accounting)"
        found = found.rstrip(") ")
    if not found or _SCHOOL_NAME.search(found) or len(found.split()) > 6 or not found[:1].isalpha() \
            or _post_nominals(found):
        return ""
    return found.lower()


# Letters after a name, of a title or a membership, not a field: "CEng", "MIStructE", "FRICS", "CChem".
_POST_NOMINAL = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]")


def _post_nominals(words: str) -> bool:
    """Whether ``words`` are post-nominal letters ("CEng MIStructE", "CChem FRSC"): two or more, or one
    with a capital after small letters ("CEng"), or one run of capitals a credential's letters whole ("BCBA",
    "LMHC", "PMP" after "M.Ed.,", "MA,", "MS,"); another run of capitals may be a field ("MIS")."""
    parts = words.split()
    return all(_POST_NOMINAL.fullmatch(w) for w in parts) and (len(parts) > 1 or bool(_CAMEL.search(words)) or any(
        is_credential(m.name) and m.end - m.start == len(words) for m in extract_skills(words)))


# A field after the word for "in" in French, Spanish or Portuguese, in lower case as those languages write it:
# "Baccalauréat en communication", "ès arts", "Licenciatura en Psicología", "Bacharelado em Direito".
_FIELD_AFTER_OTHER = re.compile(r"(?i)\s*(?:en|ès|em)\s+(?=[^\W\d_])")


def _field_after(rest: str) -> str:
    other = _FIELD_AFTER_OTHER.match(rest)
    match = other or re.match(r"(?i)\s*(?:in\s+|,\s*|[-–—]\s*|:\s*)?(?=[A-Z])", rest)
    if not match or not (other or rest[match.end():match.end() + 1].isupper()):
        return ""
    return _FIELD_STOP.split(rest[match.end():], maxsplit=1)[0].strip()


def _graduation(lines: list[str], sections: list[str], i: int, today: dt.date,
                part: str | None = None) -> tuple[int | None, int | None, bool]:
    window = [lines[i] if part is None else part]
    if sections[i] == "education" and not dates_in(lines[i]):
        for j in range(i + 1, min(i + 3, len(lines))):
            if sections[j] != "education" or degree_levels(lines[j]):
                break
            window.append(lines[j])
            if dates_in(lines[j]):
                break
    text = " ".join(window)
    dates = [d for d in dates_in(text) if 1950 <= d[0] <= today.year + 8]
    expected = bool(_EXPECTED.search(text))
    if re.search(r"(?i)(?:19|20)\d\d\s*[-–—]\s*(?:present|current|now)\b", text):
        return None, None, True
    if not dates:
        return None, None, expected
    year, month = max(dates, key=lambda d: (d[0], d[1] or 0))
    if (year, month or 12) > (today.year, today.month) and (year > today.year or month):
        expected = True
    elif year < today.year and {m.group().lower() for m in _EXPECTED.finditer(text)} <= {"expected", "anticipated"}:
        # a graduation once expected, its date passed: "Expected in 1997" (some resume builders'
        # label for the graduation date)
        expected = False
    return year, month, expected


# -- clearance, citizenship, sponsorship -------------------------------------------
_NOT_HELD = re.compile(r"(?i)\b(?:no|not|never|without|lack|eligible (?:for|to)|able to (?:obtain|get)|"
                       r"ability to obtain|willing(?:ness)? to (?:obtain|undergo)|clearable|pursuing|in process|"
                       r"pending|requir\w*|sponsorship for)\b")
_HELD = re.compile(r"(?i)\b(?:active|current|hold|holds|holding|possess\w*|maintain\w*|have|has)\b")
_INACTIVE = re.compile(r"(?i)\b(?:inactive|expired|lapsed|former(?:ly)?|previous(?:ly)?|past|reinstat\w*)\b")
# A span of years that ended: "Held a Secret clearance while in the Army (2010-2014)".
_ENDED_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:-|–|—|to|until)\s*(?:\d{1,2}/)?((?:19|20)\d\d)\b")


def _clearance(creds: Credentials, lines: list[str]) -> None:
    best, inactive = -2, -2
    for line in lines:
        level = _clearance_level(line)
        if level is None:
            continue
        ended = _ENDED_SPAN.search(line)
        # held once and no longer: it lapsed, or held over years that ended ("(2010-2014)"), unless
        # the line says it is active now
        lapsed = bool(_INACTIVE.search(line)) or bool(
            ended and creds.today and int(ended.group(1)) < creds.today.year
            and not re.search(r"(?i)\b(?:active|current)\b", line))
        if not lapsed and _NOT_HELD.search(line) and not (
                _HELD.search(line) and not re.search(r"(?i)\b(?:no|not|never)\b", line)):
            continue
        value = level or "clearance"
        rank = rank_of(level, CLEARANCE_LEVELS)
        if lapsed:
            if rank > inactive:
                inactive, creds.clearance_inactive, creds.sentences["clearance_inactive"] = rank, value, line
        elif rank > best:
            best, creds.clearance, creds.clearance_sentence = rank, value, line
            creds.sentences["clearance"] = line


_US = r"(?:U\.\s?S\.?(?:\s?A\.)?|US|USA|United States(?: of America)?|American)"
_DEMONYMS = {"american": "US", "canadian": "CA", "british": "GB", "english": "GB", "irish": "IE", "indian": "IN",
             "german": "DE", "french": "FR", "australian": "AU", "mexican": "MX", "chinese": "CN", "japanese": "JP",
             "korean": "KR", "brazilian": "BR", "italian": "IT", "spanish": "ES", "dutch": "NL", "swiss": "CH",
             "swedish": "SE", "polish": "PL", "israeli": "IL", "filipino": "PH", "nigerian": "NG",
             "pakistani": "PK", "new zealander": "NZ", "singaporean": "SG", "ukrainian": "UA", "russian": "RU",
             "eu": "", "european": ""}
_NEGATED = re.compile(r"(?i)(?:\bnot\b|\bnon-?|\bno\b|\bnever\b|\bneither\b|\bunable\b|\bineligible\b)[^.;]{0,25}$")
# A character of a status's value: no sentence's end, but the dots of a country's initials
# ("Citizenship: U.S. Citizen", "permanent resident of the U.K."), unless a sentence opens after
# them ("Authorized to work in the U.S. Open to relocating": a capital, then a word in lower case).
_VALUE = r"(?:[^.;\n]|(?<=\b[A-Z])\.(?![ \t]+[A-Z][a-z]*[ \t]+[a-z]))"
_STATUS = re.compile(
    r"(?i)(?P<before>(?:[\w.]+[ /&,-]+(?:and |or )?){0,3})\b(?:citizen(?:ship)?|nationality|national"
    r"|passport(?: holder)?)\b"
    rf"(?P<after>\s*(?:of\b|:|-|—)\s*{_VALUE}{{0,40}})?"
    r"|(?P<prbefore>(?:[\w.]+ ){0,2})\b(?:green card|permanent residen(?:t|cy|ce)|LPR\b"
    rf"|(?-i:PR)\b(?=[ \t]*(?:\(|:|status|holder|card|\Z)))(?P<pr>{_VALUE}{{0,40}})"
    r"|\b(?:authori[sz]ed|eligible|permitted|entitled|legally able|right|authori[sz]ation|clearance) to (?:work|live "
    rf"and work|be employed)(?P<work>{_VALUE}{{0,40}})"
    rf"|(?P<wa>\b[\w. ]{{0,20}})\bwork (?:authori[sz]ation|permit|rights)\b(?P<waafter>{_VALUE}{{0,40}})")
# India's "Overseas Citizen(ship) of India" (OCI): a right to live and work there, no citizenship.
_OVERSEAS = re.compile(r"(?i)\boverseas\W+citizen")
# The European Union or the EEA named as the citizenship ("EU citizen", "EEA national",
# "Citizenship: EU (French)"): a right to work in every member state, citizenship of none named.
_UNION = re.compile(r"(?i)\b(?:EU|EEA|European(?: Union)?)\b")


def _lead(text: str) -> str:
    """The words before a status that may name its country: "I am a U.S. " -> "U.S."."""
    return re.sub(r"(?i)^.*?\b(?:a|an|am|i'?m|is|as|being|and|&)\s+", "", text).strip()


# What around a country's name says nothing of it: "in the U.S.", "valid US passport", "current United States".
_PIECE_NOISE = re.compile(r"(?i)^(?:in|of|the|a|an|dual|for|within|current|valid|active|unexpired|holds?)\s+"
                          r"|\s+(?:without|with|for|since|sponsor|visa"
                          r"|status|holder|only|citizen|citizenship|national|resident|residence|permanent|authori[sz]ation|work)\b.*$")


def _countries_in(phrase: str, any_place: bool = False) -> list[str]:
    """Country codes a short phrase names ("US", "Canada", "U.S. and UK"); with
    ``any_place`` the country of any place it names ("work in New York" -> US)."""
    codes = []
    for piece in re.split(r"\s*(?:/|,|&|\band\b|\bor\b|\(|\))\s*", phrase):
        piece = piece.strip(" .:-—")
        while True:
            shorter = _PIECE_NOISE.sub("", piece).strip(" .:-—")
            if shorter == piece:
                break
            piece = shorter
        if not piece:
            continue
        if re.fullmatch(_US, piece, re.I if len(piece) > 3 else 0):
            codes.append("US")
        elif piece.lower() in _DEMONYMS:
            if _DEMONYMS[piece.lower()]:
                codes.append(_DEMONYMS[piece.lower()])
        elif piece[:1].isupper() and len(piece.split()) <= 4:
            from matcher.eligibility.places import resolve  # the gazetteer, only for other names
            codes += [p.country for p in resolve(piece) if p.country and (any_place or p.kind == "country")]
    return codes


_STATUS_WORD = re.compile(r"(?i)citizen|national(?:ity)?\b|passport\b|green card|permanent resid|\bLPR\b"
                          r"|to (?:live and )?work\b|to be employed|work (?:authori|permit|rights)|(?-i:\bPR\b)")
# A work permit or visa the person would need for a country: "Would need a work permit for
# Canada", "will require a visa to work in the UK", "needs a work visa for Australia".  It is a
# need of sponsorship there, never a right to work there.
_PERMIT_NEEDED = re.compile(r"(?i)\b(?:need|require|seek)(?:s|ed|ing)?\b[^.;\n]{0,20}?\b(?:work(?:ing)?[ \t]+)?"
                            r"(?:permit|visa)s?\b(?P<where>[^.;\n]{0,40})")
_TO_COUNTRY = re.compile(r"(?i)^.*?\b(?:for|in|into|to)[ \t]+(?!work\b|live\b|be\b)")


def _permits_needed(creds: Credentials, line: str) -> list[tuple[int, int]]:
    """Note the countries a line says a work permit or visa would be needed for
    (``_PERMIT_NEEDED``) and give the spans that say so, which state no right to work."""
    spans = []
    for m in _PERMIT_NEEDED.finditer(line):
        codes = _countries_in(_TO_COUNTRY.sub("", m["where"]), True)
        new = [c for c in codes if c not in creds.permit_needed]
        if new:
            creds.permit_needed += new
            creds.sentences.setdefault("permit_needed", line)
        spans.append(m.span())
    return spans


# Citizenship in French, Spanish or Portuguese: the word, then the nationality (both genders) or
# the country: "Citoyenne canadienne", "citoyen français et canadien", "Ciudadano mexicano",
# "Cidadã brasileira", "citoyen du Canada".
_CITIZEN_OTHER = re.compile(r"(?i)\b(?:citoyen(?:ne)?|ciudadan[oa]|cidad[ãa]o|cidadã)[ \t]+(?:(?:du|de la|de l['’]|de"
                            r"|del|do|da)[ \t]*(?P<place>(?-i:[A-Z])[^\W\d_]+(?:[ \t]+(?-i:[A-Z])[^\W\d_]+)*)"
                            r"|(?P<names>[^\W\d_]+(?:[ \t]*(?:,|/|et|y|e)[ \t]*[^\W\d_]+)*))")
_NATIONALITIES_OTHER = {
    **dict.fromkeys(("canadien", "canadienne", "canadiense", "canadense"), "CA"),
    **dict.fromkeys(("américain", "américaine", "estadounidense", "estado-unidense", "norteamericano",
                     "norteamericana", "norte-americano", "norte-americana"), "US"),
    **dict.fromkeys(("français", "française", "francés", "francesa", "francês"), "FR"),
    **dict.fromkeys(("mexicain", "mexicaine", "mexicano", "mexicana"), "MX"),
    **dict.fromkeys(("brésilien", "brésilienne", "brasileño", "brasileña", "brasileiro", "brasileira"), "BR"),
    **dict.fromkeys(("espagnol", "espagnole", "español", "española", "espanhol", "espanhola"), "ES"),
    **dict.fromkeys(("portugais", "portugaise", "portugués", "portuguesa", "português"), "PT"),
    **dict.fromkeys(("britannique", "británico", "británica", "britânico", "britânica"), "GB"),
    **dict.fromkeys(("belge", "belga"), "BE"),
    **dict.fromkeys(("suisse", "suizo", "suiza", "suíço", "suíça"), "CH"),
    **dict.fromkeys(("allemand", "allemande", "alemán", "alemana", "alemão", "alemã"), "DE"),
    **dict.fromkeys(("italien", "italienne", "italiano", "italiana"), "IT"),
    **dict.fromkeys(("haïtien", "haïtienne"), "HT"),
    **dict.fromkeys(("marocain", "marocaine"), "MA"),
    **dict.fromkeys(("colombiano", "colombiana"), "CO"),
    **dict.fromkeys(("argentino", "argentina"), "AR"),
}
# A "not" in those languages before it: "Je ne suis pas citoyenne canadienne", "no soy ciudadano".
_NEGATED_OTHER = re.compile(r"(?i)\b(?:pas|ne|non|no|jamais|nunca|não)\b[^.;]{0,25}$")


def _citizenship_other(creds: Credentials, line: str) -> None:
    """Note the citizenship a line states in French, Spanish or Portuguese (``_CITIZEN_OTHER``)."""
    for m in _CITIZEN_OTHER.finditer(line):
        if _NEGATED_OTHER.search(line, 0, m.start()):
            continue
        if m.group("place"):
            codes = _countries_in(m.group("place"))
        else:
            words = re.split(r"[ \t]*(?:,|/|\bet\b|\by\b|\be\b)[ \t]*", m.group("names").lower())
            codes = [_NATIONALITIES_OTHER[w] for w in words if w in _NATIONALITIES_OTHER]
        _record(creds, "citizenship", codes, line)


# The EU Blue Card, Germany's and the EU's permit for graduates ("EU Blue Card holder (Germany)",
# "Eligible for the EU Blue Card", "Blaue Karte EU"); not Queensland's Blue Card (a check for
# work with children) nor the UK's CSCS blue card, which name no EU.  Eligibility is a route some
# postings take ("EU work permit or eligibility for the EU Blue Card"), no permit held.
_BLUE_CARD = re.compile(r"(?i)\b(?:EU|European|German)[ \t]+Blue[ \t]+Card\b|\bBlaue[ \t]+Karte\b")
_ELIGIBLE_FOR = re.compile(r"(?i)\b(?:eligib\w*|qualif\w*|apply\w*|applied|pending)\b")


def _blue_card(creds: Credentials, line: str) -> None:
    """Note the first line that holds an EU Blue Card or says it is eligible for one."""
    m = _BLUE_CARD.search(line)
    if not m or "blue_card" in creds.sentences or _NEGATED.search(line[:m.start()]):
        return
    creds.sentences["blue_card"] = line
    if _ELIGIBLE_FOR.search(line):
        creds.sentences["blue_card_eligible"] = line


# A passport held, of no country named or of one: "Current passport", "valid U.S. passport", "holds a
# passport", "passport holder", "Passport: valid to 2031"; not passports handled as work ("Processed
# passport renewals", "passport photos") nor one that is no more ("expired passport", "no passport").
_PASSPORT_HELD = re.compile(r"(?i)(?:\b(?:current|valid|active|unexpired|hold(?:s|ing)?|have|has)\b[^.;\n]{0,25}?"
                            r"|^\W*|[A-Z.]{2,5}[ \t]+|\b[A-Z][a-z]+[ \t]+)\bpassport\b(?:[ \t]*holder\b|[ \t]*:|"
                            r"(?![ \t]+(?:renewals?|applications?|photos?|services?|offices?|processing|agents?"
                            r"|acceptance|control|checks?|fees?|forms?|requests?|numbers?|no\b)))")
_PASSPORT_GONE = re.compile(r"(?i)\b(?:expired|lapsed|revoked|lost|stolen|applied for|pending|in process)\b")


def _passport(creds: Credentials, line: str) -> None:
    """Note the first line that says a passport is held (``_PASSPORT_HELD``), whatever its country."""
    if "passport" in creds.sentences or "assport" not in line:
        return
    m = _PASSPORT_HELD.search(line)
    if m and not _NEGATED.search(line[:m.end()]) and not _PASSPORT_GONE.search(line):
        creds.sentences["passport"] = line


def _citizenship(creds: Credentials, lines: list[str]) -> None:
    for line in lines:
        _citizenship_other(creds, line)
        _blue_card(creds, line)
        _passport(creds, line)
        needed = _permits_needed(creds, line)
        if not _STATUS_WORD.search(line):   # the status pattern is slow to try at every position
            continue
        at = 0
        while m := _STATUS.search(line, at):
            # a status inside another's value is read too: "Nationality: Polish (EU Settled Status - right
            # to work in the UK)" is Polish and may work in the UK
            at = m.start("after") + 1 if m.group("after") else m.end()
            lead = m.group("before") or m.group("prbefore") or m.group("wa") or ""
            if _NEGATED.search(line[:m.start()] + lead) or any(a < m.end() and m.start() < b for a, b in needed):
                continue
            kind = "citizenship"
            if m.group("pr") is not None:
                codes = _countries_in(_lead(lead), True) or _countries_in(m.group("pr"), True) or (
                    ["US"] if re.search(r"(?i)green card|\bLPR\b", m.group(0)) else [])
                kind = "residence"
            elif m.group("work") is not None:
                codes, kind = _countries_in(m.group("work"), True), "work_authorisation"
            elif m.group("waafter") is not None:
                # "Work authorization: Green card holder": the value may be a status
                value = m.group("waafter")
                codes = _countries_in(_lead(lead), True) or _countries_in(value, True) or (
                    ["US"] if _GREEN_CARD.search(line, m.start()) else [])
                kind = "residence" if _RESIDENT.search(value) else "work_authorisation"
            elif _NOT_CITIZEN.search(m.group("after") or ""):
                # "Citizenship: Permanent resident of the U.S. (green card)": the value is a status
                value = m.group("after")
                codes = _countries_in(value, True) or (["US"] if _GREEN_CARD.search(line, m.start()) else [])
                kind = "residence" if _RESIDENT.search(value) else "work_authorisation"
            else:
                codes = _countries_in(_lead(lead)) or _countries_in(m.group("after") or "")
                if _OVERSEAS.search(m.group(0)):
                    kind = "work_authorisation"   # an Overseas Citizen of India may work there, no citizen
                if _UNION.search(_lead(lead) + " " + (m.group("after") or "")):
                    _record(creds, "work_authorisation", sorted(EEA_MEMBERS), line)
            _record(creds, kind, codes, line)


# The US's permanent residence by its names ("green card holder", "LPR"), anywhere after a field's name.
_GREEN_CARD = re.compile(r"(?i)green card|\bLPR\b")
# A status that is not citizenship, given as the value of a "Citizenship:" field.
_RESIDENT = re.compile(r"(?i)green card|permanent resid|\bLPR\b")
_NOT_CITIZEN = re.compile(r"(?i)green card|permanent resid|\bLPR\b|\bresident\b|\bauthori[sz]|\bwork (?:permit|visa)"
                          r"|\bvisa\b|\bEAD\b|\bH-?1B\b")


def _record(creds: Credentials, kind: str, codes: list[str], line: str) -> None:
    """Note countries of one kind of status: a citizen may also live and work there, a
    permanent resident also work there."""
    kinds = {"citizenship": ("citizenship",), "residence": ("residence", "work_authorisation"),
             "work_authorisation": ("work_authorisation",)}[kind]
    if kind == "citizenship" and set(codes) & EEA_MEMBERS:
        # a citizen of one EEA state may work in every one ("Nationality: German" for an "EU work permit")
        _record(creds, "work_authorisation", sorted(EEA_MEMBERS), line)
    for each in kinds:
        held = getattr(creds, each)
        new = [c for c in codes if c and c not in held]
        if new:
            held += new
            creds.sentences.setdefault(each, line)


_NEEDS = re.compile(r"(?i)\b(?:will|would|do|does|shall)?\s*(?:require|need|seek)(?:s|ing)?\b[^.;]{0,30}?\bsponsor")
_NO_NEED = re.compile(r"(?i)\b(?:(?:do|does|will|would) not|don'?t|doesn'?t|won'?t|never|no longer)\s+(?:require|need)"
                      r"[^.;]{0,30}?\bsponsor|\bwithout\b[^.;]{0,25}\bsponsor|\bno\b[^.;]{0,20}\bsponsorship"
                      r"|\bsponsorship\b[^.;]{0,15}\bnot\b[^.;]{0,10}(?:required|needed|necessary)")
# Temporary US statuses.  Those tied to one employer's petition, or to study, need a new
# employer's sponsorship (H-1B, F-1 OPT and STEM OPT, CPT, J-1, TN, E-3, O-1, L-1); a spouse's
# status (H-4, L-2, E-3D, J-2) with its EAD lets one work for any employer, but only while the
# spouse's status lasts.  Letters that are also other things (TN: Tennessee; E-3, O-1: military
# ranks; CPT: billing codes, a personal trainer's certificate) are a status only beside a word
# that says so ("TN visa", "on an O-1", "Visa: TN (Canadian citizen)"); "H-1B", "F-1 OPT",
# "STEM OPT" and "H-4 EAD" say it themselves.
_SPOUSE = r"(?:H-?4|L-?2S?|E-?3D|J-?2)"
_PETITION = r"(?:H-?1-?B1?|(?:F-?1[ /-]+)?(?:STEM[ -]+)?OPT|F-?1|J-?1|TN|E-?3|O-?1A?|L-?1[AB]?)"
_ANY_VISA = rf"(?:{_SPOUSE}|{_PETITION})(?![\w-])"
_VISA = re.compile(
    r"\b(?P<plain>H-?1-?B1?|F-?1[ /-]+(?:CPT|(?:STEM[ -]+)?OPT)|STEM[ -]+OPT"
    r"|(?i:(?:optional|curricular) practical training))(?![\w-])"
    rf"|\b(?P<ead>{_SPOUSE}[ -]?(?:\(?(?i:spouse|dependent)\)?[ \t]*)?EAD|EAD[ \t]*[(\[:,-]?[ \t]*{_SPOUSE})(?![\w-])"
    rf"|\b(?P<named>(?:{_ANY_VISA}|CPT)(?:[ \t]*/[ \t]*{_ANY_VISA})*)"
    r"[ \t]*(?i:visa|status|holder|EAD|petition|transfer)\b"
    rf"|(?i:\b(?:on|holding|holds?|have|has)[ \t]+(?:an?[ \t]+|the[ \t]+)?)(?P<held>{_ANY_VISA})"
    r"|^\W*(?i:(?:(?:visa|immigration|work|current|legal)[ \t]+)?(?:visa|status|work authori[sz]ation|work permit))"
    rf"[ \t]*[:\-–—][ \t]*(?P<field>{_ANY_VISA})")
# A status held once ("formerly on F-1"), or statuses handled as work ("Prepared H-1B and L-1 petitions").
_VISA_PAST = re.compile(r"(?i)\b(?:former(?:ly)?|previous(?:ly)?|prior|past|was|were|no longer|not)\b[^.;]{0,20}$")
_VISA_WORK = re.compile(r"(?i)\b(?:petitions|filings|cases|applications)\b")


def _visa(creds: Credentials, lines: list[str]) -> str:
    """Note the first temporary US status a line states (``visa``, as written) and say
    whether it needs an employer's sponsorship ("petition") or rests on a spouse's status
    ("spouse"; with its EAD, a right to work in the US now); "" when none.  A resume that
    states US citizenship or permanent residence holds none now: a status it names is past."""
    if "US" in creds.citizenship or "US" in creds.residence:
        return ""
    for line in lines:
        if _VISA_WORK.search(line):
            continue
        for m in _VISA.finditer(line):
            if _VISA_PAST.search(line[:m.start()]):
                continue
            status = next(v for v in m.groups() if v)
            if m.group("ead"):   # "EAD (H-4 spouse)" -> "H-4 EAD"
                creds.visa, creds.sentences["visa"] = re.search(_SPOUSE, status).group(0) + " EAD", line
                _record(creds, "work_authorisation", ["US"], line)
                return "spouse"
            creds.visa, creds.sentences["visa"] = status, line
            return "spouse" if re.match(_SPOUSE + r"(?![\w-])", status) else "petition"
    return ""


def _sponsorship(creds: Credentials, lines: list[str]) -> None:
    visa = _visa(creds, lines)
    for line in lines:
        if _NO_NEED.search(line):
            creds.needs_sponsorship = False
            creds.sentences["sponsorship"] = line
            return
    for line in lines:
        if _NEEDS.search(line):
            creds.needs_sponsorship = True
            creds.sentences["sponsorship"] = line
            return
    if visa == "petition":
        creds.needs_sponsorship = True
        creds.sentences["sponsorship"] = creds.sentences["visa"]
