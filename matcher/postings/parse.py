"""Job postings: text in, structured ``Posting`` out (``feeds`` reads the files and records).

A posting is read as a careful recruiter would: the header (title, company,
location, salary: ``posting_fields``), then sections by their headings
(``posting_sections``), then the requirement items of the requirement
sections (here), each marked must or nice with the years of experience it
asks, and the conditions of the work wherever they stand.  Boilerplate
(benefits, EEO/legal text, the company blurb) is kept as sections of its own
kind and yields no requirements, so ranking can ignore it.  Postings come
from many sites: headings may be markdown, bold, a line ending in ':' or a
bare word, and scraped text often has its line breaks lost ("teamsHands-on
..."), which ``_unglue`` repairs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field, fields

import yaml

from matcher.errors import InputError
from matcher.postings.choices import skill_alternatives
from matcher.postings.fields import (
    as_remote,
    at_weekly_hours,
    checked_id,
    commission_only,
    company_after_title,
    company_in_prose,
    currency_code,
    format_money,
    line_salary,
    location_in_prose,
    parse_salary,
    pay_by_hours_flown,
    posted_pay,
    read_header,
    remote_from,
    salary_currency,
    salary_from,
    text_fields,
    title_in_prose,
    validated,
    web_url,
    without_postcode,
)
from matcher.postings.kinds import (
    CONDITION,
    NICE_ITEM,
    OWN_TOOLS,
    asked_before_add_on,
    hard_skills,
    named_skills,
    requirement_skills,
)
from matcher.postings.knockout_rules import (
    AFTER_HIRE,
    EXPERIENCE_SUBSTITUTES,
    FOR_SOME,
    NEW_GRAD_GRACE,
    OR_OBTAIN,
    ROUTE,
    SOFT,
    leaves_way_open,
    licence_route,
    place_list,
    required_anyway,
    residency_place,
    softened,
    states_listed,
    way_label,
)
from matcher.postings.knockouts import Knockout, degree_knockout, posting_knockouts, sentence_knockouts
from matcher.postings.sections import (
    BOILERPLATE_KINDS,
    CONDITIONS_HEADING,
    LABEL,
    LOOKS_REQUIRED,
    MD_HEADING,
    NAMES_CANDIDATE,
    Section,
    boilerplate_kind,
    company_voice,
    heading_kind,
    is_bullet,
    no_requirement,
    split_sections,
    without_denied,
)
from matcher.postings.years import parse_years
from matcher.text import (
    JOB_WORD,
    MONTH_NAMES,
    clean_text,
    drop_hidden_markup,
    normalise,
    split_sentences,
    strip_line_marks,
)

# What one posting may hold when it is added to an index (``matcher.postings.feeds``
# refuses more): every match that shows a posting returns its requirements, and every
# request's checklist compares each with the resume's sentences.  Real postings run to
# 2,000-15,000 characters and 5-40 requirements.
MAX_POSTING_CHARS = 50_000   # its text and fields together
MAX_REQUIREMENTS = 100


@dataclass
class Requirement:
    text: str
    kind: str  # "must" | "nice" | "condition" (of the work, not shown by a resume: CONDITION)
    years: float | None = None
    section: str = ""
    skills: list[str] = field(default_factory=list)
    # The skills as groups any one skill of which satisfies the group (``skill_alternatives``),
    # read with the rest at parse time and stored, so a match need not read them from the text
    # again; None for a requirement stored before they were (the checklist reads them then).
    alternatives: list[list[str]] | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Posting:
    id: str
    title: str = ""
    company: str = ""
    location: str = ""
    remote: bool | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_text: str = ""
    url: str = ""
    text: str = ""
    sections: list[Section] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    years: float | None = None
    knockouts: list[Knockout] = field(default_factory=list)   # who cannot take the job, and why

    @property
    def must(self) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == "must"]

    @property
    def nice(self) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == "nice"]

    @property
    def conditions(self) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == "condition"]

    @property
    def currency(self) -> str:
        """The currency the salary's text states ("£", "€", "DKK", "INR" for lakhs), "" when it
        states none; read from ``salary_text``, never stored."""
        return salary_currency(self.salary_text)

    @property
    def salary_currency(self) -> str:
        """The ISO 4217 code of the salary's currency ("GBP", "DKK"), as a match and the API
        give it; "" without a salary, for "$" alone and for none stated."""
        return currency_code(self.currency) if self.salary_max else ""

    @property
    def yearly_salary(self) -> str:
        """The yearly pay as shown, in the posting's own currency: "£30,000 - £46,525 a year",
        "DKK 600,000 - DKK 720,000 a year", "up to $90,000 a year", "commission only, no base pay"
        (none guaranteed: ``commission_only``); "" when no amount was read."""
        if self.salary_max == 0 and commission_only(self.salary_text):
            return "commission only, no base pay"
        if self.salary_min is None:
            return "" if self.salary_max is None else f"up to {format_money(self.salary_max, self.currency)} a year"
        low = format_money(self.salary_min, self.currency)
        high = "" if self.salary_max in (None, self.salary_min) \
            else f" - {format_money(self.salary_max, self.currency)}"
        return f"{low}{high} a year"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Posting:
        """The posting ``to_dict`` gave; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in d.items() if k in known}
        data["sections"] = [Section(**s) for s in d.get("sections", [])]
        data["requirements"] = [Requirement(**{**r, "skills": list(r.get("skills", []))})
                                for r in d.get("requirements", [])]
        data["skills"] = list(d.get("skills", []))
        # Postings stored before knock-outs were read get them from their text now.
        data["knockouts"] = ([Knockout.from_dict(k) for k in d["knockouts"]] if "knockouts" in d
                             else posting_knockouts(data.get("text", ""), data.get("location", ""),
                                                    data.get("remote")))
        # Postings stored before URLs were checked at ingestion may hold javascript: or
        # data: addresses: no face ever hands them on.
        data["url"] = web_url(data.get("url", ""))
        return cls(**data)


# --- scraped text whose line breaks were lost -------------------------------
_STARTERS = ("Experience|Experienced|Ability|Strong|Knowledge|Proficiency|Proficient|Familiarity|Bachelor|Master"
             "|Excellent|Solid|Working|Hands|Minimum|Understanding|Must|Demonstrated|Proven|Deep|Prior|Expertise"
             "|Background|Comfortable|Fluent|Extensive|Professional|Project|Quality|Manage|Partner|Drive|Design"
             "|Provide|Lead|Own|Guide|Build|Develop|Should|About|Responsibilities|Requirements|Qualifications")
_FIELDS = ("(?:Job |Work |Employment |Position )?(?:Title|Location|Type|Duration|Description|Responsibilities"
           "|Requirements|Qualifications|Skills|Salary|Compensation|Benefits)")
# Each rule opens with a look at the one character it can start at (a capital, a digit, a
# space), which the engine tests before the looks behind: a text is read twice as fast.
_GLUE = [re.compile(p) for p in (
    rf"(?=[A-Z])(?:(?<=[a-z]{{3}})|(?<=\)))(?=(?:{_STARTERS})\b)",  # "teamsHands-on", not "InDesign", "MoneyGuidePro"
    rf"(?=[A-Z])(?<=[A-Z]{{2}})(?=(?:Experience|{_FIELDS})\b)",  # "AIXExperience", "PADuration:"
    rf"(?=[A-Z])(?<=[a-z)])(?={_FIELDS}\s?:)",          # "AnalystLocation : REMOTE"
    r"(?=\d)(?<=[A-Za-z.)])(?=\d{1,2}\+?\s*(?:years?|yrs)\b)",  # "Java10+ years"
    # A board's header fields run into one line: "... Sales Company: Loopline Location: Denver, CO".
    r"(?=[ \t])(?<=\S)(?<!\bJob)(?<!\bWork)(?<!\bOffice)[ \t]+"
    r"(?=(?:Company|Employer|(?:Job |Work |Office )?Location|Job Title|Job Type|Employment Type)[ \t]?:[ \t]+\S)",
    r"(?=[A-Z])(?<=[a-z]\.)(?=[A-Z][a-z]{2,})",         # "advantage.Experience"
    # A job board's header on one line: "Frontend Developer (React) Acme Berlin - Date posted: ...":
    # the title stands on a line of its own, before the board's fields.
    r"(?=[ \t])(?<=\S)[ \t]+(?:[-|–·][ \t]+)?(?=(?:Date posted|Posted on|Posting date)[ \t]?:)",
)]


# A section's label inside a paragraph, after a sentence ends: "... plan routes. Responsibilities:
# Prospect and qualify ... Requirements: 3+ years of ...", as job boards flatten a posting.
_INLINE_HEADING = re.compile(r"(?<=[.!?;])[ \t]+(?=([A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/-]+){0,3})[ \t]?:[ \t]+\S)")
_SECTION_LABELS = {"requirements", "responsibilities", "nice", "benefits", "legal", "company"}
# A list's letter or number alone before the label, its item's own: "A. Specialized Experience: One year ...",
# "1. Time-in-grade: ...", "A) ...", a public employer's ways to qualify (no sentence ends there).
_ITEM_LETTER = re.compile(r"(?:\A|\n)[ \t]*\(?(?:[A-Za-z]|\d{1,2})[.)]\Z")


# A product's name written as one word, whose second half may open an item too: "ScrumMaster", "CodeBuild",
# "GoogleDrive" (a capitalised word; not "teamsMaster's degree", nor "PythonMaster's").
_PRODUCT_NAME = re.compile(r"[A-Z][a-z]+(?:Master|Build|Drive|Design|Project|Lead|Partner|Guide|Quality"
                           r"|Professional)s?(?![\w'’])")
_WORD_START = re.compile(r"[A-Za-z]*\Z")


def _cut_glued(m: re.Match) -> str:
    """A line break where words run together ("teamsHands-on"), none inside a product's name (``_PRODUCT_NAME``)."""
    start = m.start() - len(_WORD_START.search(m.string, max(0, m.start() - 40), m.start()).group())
    return "" if _PRODUCT_NAME.match(m.string, start) else "\n"


def _unglue(text: str) -> str:
    text = _GLUE[0].sub(_cut_glued, text)
    for rule in _GLUE[1:]:
        text = rule.sub("\n", text)
    return _INLINE_HEADING.sub(_cut_inline_heading, text)


def _cut_inline_heading(m: re.Match) -> str:
    """A line break before a section's label inside a paragraph (``_INLINE_HEADING``), none after a list's letter."""
    letter = _ITEM_LETTER.search(m.string, max(0, m.start() - 12), m.start())
    return "\n" if heading_kind(m.group(1)) in _SECTION_LABELS and not letter else m.group()


# --- flattened postings: lines to join, lines to cut --------------------------------
# A line cut after "e.g." / "i.e." ("e.g .", as a tokeniser writes it) or inside a bracket goes
# on on the next line: "Knowledge of front-end languages ( e.g ." / "HTML/ CSS jQuery ) ...".
_GOES_ON = re.compile(r"(?i)\b(?:e[ \t]?\.[ \t]?g|i[ \t]?\.[ \t]?e)\b[ \t]?\.?[ \t]*[,:]?[ \t]*\Z")


def _open_bracket(text: str) -> bool:
    return text.rfind("(") > text.rfind(")")


def _closes_bracket(text: str) -> bool:
    """Whether a line closes a bracket opened before it: a ")" before any "("."""
    close = text.find(")")
    return close >= 0 and (text.find("(") < 0 or close < text.find("("))


def _goes_on(line: str, after: str) -> bool:
    """Whether ``line`` is cut in the middle of what ``after`` (the next line) goes on with."""
    if not after.strip() or MD_HEADING.match(after) or not line.strip():
        return False
    if _open_bracket(line) and _closes_bracket(after):
        return True
    # not onto a heading: "... tools e.g." / "Requirements"
    heading = len(after.split()) <= 4 and heading_kind(after.strip().rstrip(":")) is not None
    if bool(_GOES_ON.search(line)) and not is_bullet(after) and not heading:
        return True
    # a line cut at an abbreviation's dot goes on with a few lower-case words: "... the Danish
    # educations cand.oecon ." / "cand.polit ." / "or cand.merc ." / "or similar ."
    return bool(_ABBREVIATION_END.search(line)) and bool(re.match(r"[ \t]*[a-z]", after)) \
        and len(after.split()) <= 4 and not is_bullet(after)


_ABBREVIATION_END = re.compile(r"\b[a-z]+\.[a-z]+[ \t]*\.?[ \t]*\Z")


def _join_cut_lines(lines: list[str]) -> list[str]:
    """The lines, each joined with those it goes on in (``_goes_on``); a bracket left open goes on
    over up to three short lines to the one that closes it ("( Cand." / "Merc ." / "Jur ... )")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if out and _goes_on(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        elif out and _open_bracket(out[-1]) and line.strip() and not MD_HEADING.match(line):
            ahead = lines[i:i + 3]
            close = next((n for n, later in enumerate(ahead) if _closes_bracket(later)
                          or not later.strip() or "(" in later), None)
            if close is not None and _closes_bracket(ahead[close]) and all(len(a) < 80 for a in ahead[:close]):
                out[-1] = " ".join([out[-1].rstrip(), *(a.strip() for a in ahead[:close + 1])])
                i += close + 1
                continue
            out.append(line)
        else:
            out.append(line)
        i += 1
    return out


# A heading at the end of a line, its line break lost: "... ( AWS Microsoft Azure Google Cloud )
# Preferred Qualifications:", "... etc. ) Job benefits:".  The heading is the shortest run of
# the line's last words that starts in a capital and names a section, with the words that
# qualify a heading before it ("Preferred", "Basic", "Job").
_HEADING_QUALIFIER = re.compile(r"(?i)(?:preferred|basic|minimum|required|desired|desirable|additional|key|essential"
                                r"|technical|professional|general|mandatory|optional|main|core|other|your|our|job"
                                r"|must|nice|bonus|extra|the)\Z")
# The words before it must end a requirement: not "Experience with the following Technical Skills:".
_NO_REQUIREMENT_END = re.compile(r"(?i)(?:\b(?:with|for|are|is|include|including|following|of|in|on|like|as|the|a|an"
                                 r"|and|or|our|your|these|those|some|any|all|such|to|by)|[&/,-])\Z")


def _tail_heading(line: str) -> int | None:
    """Where a heading that ends ``line`` with a colon starts (``_HEADING_QUALIFIER``), or None."""
    head = line.rstrip()
    if not head.endswith(":"):
        return None
    head = head[:-1].rstrip()
    starts = [m.start() for m in re.finditer(r"(?<!\S)\S", head)]
    found = None
    for at in reversed(starts[-5:]):
        phrase = head[at:]
        if not re.fullmatch(r"[\w'’&/ \t-]+", phrase):
            break
        if found is None:
            if phrase[0].isupper() and heading_kind(phrase) in _SECTION_LABELS:
                found = at
        elif phrase[0].isupper() and _HEADING_QUALIFIER.match(phrase.split()[0]) \
                and heading_kind(phrase) in _SECTION_LABELS:
            found = at
        else:
            break
    if found is None or found == 0:
        return None
    before = strip_line_marks(head[:found]).rstrip()
    # one word ("Skills:", "Requirements:") is a heading only after the end of a clause
    if len(before.split()) < 2 or _NO_REQUIREMENT_END.search(before) \
            or len(head[found:].split()) < 2 and not re.search(r"[.;!?)]\Z", before):
        return None
    return found


# Inside a run-on line (a whole section or posting flattened into one line): the headings whose
# line breaks were lost ("... design patterns Skills needed Practical hands on experience ...",
# "... Fluency in English Job benefits: Free parking ..."), a list's markers (" * ", " • ",
# " · ", and " - " where several start clauses) and the clauses a softener ends ("Experience with
# Cloud technologies is a plus Experience with Big Data ...").
_RUN_ON_CHARS = 200
_CLAUSES_CHARS = 150   # a line this long is cut at its clause starts too (``_clause_starts``)
_SENTENCE_INSIDE = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\be\.g )(?<!\bi\.e )[.!?;][ \t]+(?=[A-Z])")
_INLINE_HEADS = re.compile(
    r"(?i)(?<!\S)(?:(?:your|our) (?:skills|profile|qualifications|experience|tasks|responsibilities)"
    r"|skills (?:needed|required|and (?:experience|qualifications))"
    r"|(?:basic|minimum|preferred|required|desired|additional|key) (?:qualifications|requirements|skills)"
    r"|qualifications|requirements|nice[ -]to[ -]haves?|must[ -]haves?|bonus points|good to have"
    r"|what (?:you will|you'll|you) (?:do|bring|need)|what we (?:need|offer|expect)(?: from you)?|who you are"
    r"|job benefits|benefits|responsibilities|company description|about (?:you|us|the role))"
    r"(?=[ \t]*:|[ \t]+(?-i:[A-Z])|[ \t]+\d{1,2}\+?[ \t]*(?:years?|yrs)\b)")   # "What you'll bring 4+ years ..."
# What opens a sentence after a heading at a line's start: "Qualifications You hold a master's degree ...".
_OPENS_SENTENCE = re.compile(r"(?:You|We|Our|The|This|An?|In|As|At|For|To|If|Ideally|Preferably|Candidates?"
                             r"|Applicants?|Experience|Experienced|Ability|Able|Strong|Knowledge|Proficiency|Proficient"
                             r"|Familiarity|Excellent|Solid|Minimum|Must|Demonstrated|Proven|Deep|Prior|Expertise"
                             r"|Background|Fluent|Fluency|Extensive|Good|Previous|Practical|Advanced|Basic|At least"
                             r"|Bachelor\S*|Master\S*|BS|BSc|MS|MSc|PhD|Degree|\d{1,2}\+?[ \t]*(?:years?|yrs))\b")
_INLINE_MARK = re.compile(r"[ \t]+(?=(?:[*·][ \t]+|•[ \t]*)[A-Z0-9(+])")
_INLINE_DASH = re.compile(r"[ \t]+(?=-[ \t]+[A-Z])")
_NOT_BEFORE_HEADING = re.compile(r"(?i)\b(?:the|a|an|of|for|to|and|or|with|in|on|your|our|these|those|all|any|job"
                                 r"|meet|meets|meeting|gather\w*|my|their|its|his|her)[ \t]*\Z")
# A softener that ends its clause, another clause starting after it in a capital.
_SOFT_END = re.compile(r"(?i)\b(?:(?:is|are|would be|will be)[ \t]+(?:an?[ \t]+)?(?:(?:big|huge|great|definite|real"
                       r"|strong|nice)[ \t]+)?(?:plus|advantage|bonus|asset)|(?:is|are)[ \t]+(?:preferred|desirable"
                       r"|advantageous|beneficial|ideal|nice to have|good to have))(?=[ \t]+(?-i:[A-Z]))")
# Where a clause starts inside unpunctuated text (a list whose bullets were stripped): a
# capitalised word that opens requirements ("Experience", "Good", "You"), or years, after a word
# that is no function word ("... approach Experience with Cloud ...", "... SQL Experience with",
# not "... with Experience Cloud", "... and have preferably 3 years").  Words that name things
# mid-sentence ("Master's", "Project", "Agile", "Design") open none.
_CLAUSE_START = re.compile(r"(?<=[A-Za-z0-9)])[ \t]+(?=(?:Experience|Experienced|Ability|Able|Strong|Knowledge"
                           r"|Proficiency|Proficient|Familiarity|Familiar|Excellent|Solid|Hands|Minimum|Understanding"
                           r"|Must|Demonstrated|Proven|Deep|Prior|Expertise|Background|Comfortable|Fluent|Fluency"
                           r"|Extensive|Good|Very|Exposure|Previous|Practical|Advanced|Basic|Great|Desire|Passion"
                           r"|Completed|At least|You|Have|Nice|Advantage|Bonus|Ideally)\b"
                           r"|\d{1,2}\+?[ \t]*(?:years?|yrs)\b)")
_FUNCTION_WORD = re.compile(r"(?i)(?:\b(?:a|an|the|of|in|with|and|or|for|to|as|on|at|by|our|your|its|their|from|such"
                            r"|like|including|least|than|minimum|maximum|about|over|under|is|are|be|e\.?g|i\.?e|etc"
                            r"|into|within|via|per|both|either|any|all|some|this|that|these|those|have|has|had|need|needs"
                            r"|require|requires|requiring|having|gained|gain|preferably|ideally|approximately|around"
                            r"|very|during|after|before|since|until|throughout|spent|spend|within))\Z")
# Before years a time word goes on with them: "in the last 3 years", "over the past 2 years".
_TIME_BEFORE_YEARS = re.compile(r"(?i)\b(?:last|past|next|first|recent|previous|coming|following)\Z")


def _clause_starts(line: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where clauses start in ``line[start:end]`` (``_CLAUSE_START``), in order.  The word before
    each is read in a window of its own (a word is shorter than it): the line is read once."""
    out = []
    for m in _CLAUSE_START.finditer(line, start, len(line) if end is None else end):
        before = line[max(start, m.start() - _WORD_WINDOW):m.start()]
        if not _FUNCTION_WORD.search(before) \
                and not (line[m.end():m.end() + 1].isdigit() and _TIME_BEFORE_YEARS.search(before)):
            out.append(m.end())
    return out


_WORD_WINDOW = 40   # more characters than the word before a clause start takes


def _cut_points(line: str) -> list[int]:
    """Where a run-on line is cut (``_INLINE_HEADS``, ``_INLINE_MARK``, ``_INLINE_DASH``, ``_SOFT_END``)."""
    # a marker starts an item of two words or more: not "Python · Go"
    cuts = {m.end() for m in _INLINE_MARK.finditer(line)
            if len(re.split(r"[*•·]", line[m.end() + 1:])[0].split()) >= 2}
    if len(line) < _RUN_ON_CHARS // 2:
        return []    # a short line ("Acme, Inc. · Lisle, IL · Hybrid") is no flattened list
    # a dash after a single word glues a note to it, no item break: "PHP - BIG PLUS; ...; CI/CD - Jenkins"
    dashes = [m for m in _INLINE_DASH.finditer(line)
              if len(re.split(r"[;:,.!?]|[ \t]-[ \t]", line[:m.start()])[-1].split()) != 1]
    if len(dashes) >= 2:
        cuts |= {m.end() for m in dashes}
    if len(line) < _CLAUSES_CHARS:
        return sorted(cuts)
    for m in _INLINE_HEADS.finditer(line) if len(line) >= _RUN_ON_CHARS else ():
        if not m.group()[0].isupper() or _NOT_BEFORE_HEADING.search(line[:m.start()]):
            continue
        cuts.add(m.start())
        if not re.match(r"[ \t]*:", line[m.end():]):
            cuts.add(m.end())    # "Skills needed Practical hands on ...": the heading on its own
    softeners = list(_SOFT_END.finditer(line))
    starts = _clause_starts(line) if softeners else []
    ordered = sorted(cuts)
    for m in softeners:
        # the clause the softener ends starts at the last clause start after the cut before it
        floor = ordered[k - 1] if (k := bisect.bisect_left(ordered, m.start())) else 0
        last = bisect.bisect_left(starts, m.start()) - 1
        for at in (m.end(), *([starts[last]] if last >= 0 and starts[last] > floor else [])):
            if at not in cuts:
                cuts.add(at)
                bisect.insort(ordered, at)
    return sorted(c for c in cuts if 0 < c < len(line))


_PART_WINDOW = 200   # characters enough to hold three words


_INLINE_QUESTION = re.compile(r"(?<!\S)(?:What|Who)\b[^.?!:;]{3,70}\?(?=[ \t]+[A-Z0-9]|\Z)")


def _cut_line(line: str) -> list[str]:
    """A line cut where a heading ends it (``_tail_heading``) and, run on, where it holds several
    requirements or headings (``_cut_points``); a long sentence (a list whose bullets were
    stripped), at its clause starts too (``_clause_starts``) when each part keeps three words."""
    cuts = set(_cut_points(line))
    # a question that names a section, inside the line: "... according to product development process
    # What do I need to qualify for this job? You have a master's degree ..."
    for m in _INLINE_QUESTION.finditer(line):
        if heading_kind(m.group().rstrip("?")) in ("requirements", "responsibilities", "nice", "benefits"):
            cuts |= {m.start(), m.end()}
    # a heading at the line's start, a sentence after it: "Qualifications You hold a master's degree
    # ...", "What you'll bring 4+ years ...": the heading on a line of its own, whatever the length
    lead = _INLINE_HEADS.match(line)
    # (not the company's: "About us We make ..." would swallow the duties after it)
    if lead and lead.group()[0].isupper() and _OPENS_SENTENCE.match(line[lead.end():].lstrip()) \
            and heading_kind(lead.group()) in ("requirements", "nice", "responsibilities") \
            and len(line[lead.end():].split()) >= 3:
        cuts.add(lead.end())
    ends = [0, *(m.end() for m in _SENTENCE_INSIDE.finditer(line)), len(line)]
    ordered = sorted(cuts)
    for start, end in zip(ends, ends[1:]):
        if end - start < _CLAUSES_CHARS:
            continue
        for c in _clause_starts(line, start, end):
            k = bisect.bisect_left(ordered, c)
            before = max(ordered[k - 1], start) if k else start
            after = min(ordered[k], end) if k < len(ordered) and ordered[k] > c else end
            if k < len(ordered) and ordered[k] == c:
                continue
            # three words each side (counted in a window: three words fit in it)
            if len(line[max(before, c - _PART_WINDOW):c].split()) >= 3 \
                    and len(line[c:min(after, c + _PART_WINDOW)].split()) >= 3:
                cuts.add(c)
                ordered.insert(k, c)
    at = [0, *sorted(cuts), len(line)]
    pieces = [p for p in (line[a:b].strip() for a, b in zip(at, at[1:])) if p]
    # the words before a list's first marker name its section: "Required Technical Qualifications
    # and experience • BS MS or PhD ...", a heading and its lead-in colon lost
    if len(pieces) > 1 and re.match(r"[*•·]", pieces[1]) and _names_section(pieces[0]):
        pieces[0] += ":"
    out: list[str] = []
    for n, piece in enumerate(pieces):
        tail = _tail_heading(piece)
        # before a list's marker a heading's colon may be lost too: "... is a plus but not a
        # requirement We offer" / "• An attractive work environment ..."
        if tail is None and n + 1 < len(pieces) and re.match(r"[*•·]", pieces[n + 1]) \
                and (tail := _tail_heading(piece + ":")) is not None:
            if _known_heading(piece[tail:].strip()):
                piece += ":"
            else:
                tail = None
        out += [piece[:tail].rstrip(), piece[tail:].strip()] if tail is not None else [piece]
    # a marker glued to its item is one still: "•A minimum of five years" is "• A minimum ..."
    return [re.sub(r"^([•·▪])(?=\S)", r"\1 ", piece) for piece in out] if len(out) > 1 else [line]


_LAST_HEADING_WORD = re.compile(r"(?<=[a-z.)])[ \t]+(Qualifications|Requirements|Responsibilities|Benefits)\Z")


def _known_heading(text: str) -> bool:
    """Whether a few words are a heading known inline (``_INLINE_HEADS``, "We expect", "We offer")."""
    m = _INLINE_HEADS.match(text + ":")
    return m is not None and m.end() == len(text) or bool(re.fullmatch(r"We (?:expect|offer|need|require)", text))


def _names_section(text: str) -> bool:
    """Whether a few words, no sentence, name a section a list follows (``_cut_line``)."""
    text = text.strip()
    return bool(text) and text[0].isupper() and len(text.split()) <= 8 and text[-1] not in ".!?:;," \
        and not is_bullet(text) and heading_kind(text) in _SECTION_LABELS


_LONE_MARK = re.compile(r"[*•·-]\Z")
_MARK_AT_END = re.compile(r"(?<=\S)[ \t]+([*•·])\Z")


def _join_markers(lines: list[str]) -> list[str]:
    """The lines, a list marker standing alone ("*" on a line of its own) or ending a line
    ("... ( ideally AWS ) *") put before the item on the next line, as scraped lists break them;
    not before a field ("-" / "Date posted: ..."), a heading, a blank line or another item."""
    out = list(lines)
    for i in range(len(out) - 1):
        after = out[i + 1].strip()
        if not after or is_bullet(after) or MD_HEADING.match(after) or LABEL.match(after) \
                or after.endswith(":") and len(after.split()) <= 8:
            continue
        line = out[i].strip()
        if _LONE_MARK.fullmatch(line):
            out[i], out[i + 1] = "", f"{line} {after}"
        elif (end := _MARK_AT_END.search(out[i])) is not None:
            out[i], out[i + 1] = out[i][:end.start()], f"{end.group(1)} {after}"
    return [line for n, line in enumerate(out) if line or not lines[n].strip() or n == 0]


def _cut_lines(lines: list[str]) -> list[str]:
    """Lines as a flattened posting should have had them: a lone list marker put before its item
    (``_join_markers``); cut after "e.g." or in a bracket, joined (``_join_cut_lines``); several
    requirements or a heading on one line, cut (``_cut_line``)."""
    pieces = [piece for line in _join_cut_lines(_join_markers(lines)) for piece in _cut_line(line)]
    out: list[str] = []
    for n, piece in enumerate(pieces):
        after = pieces[n + 1].strip() if n + 1 < len(pieces) else ""
        # a heading of two words or more ending a line, its colon lost, before a sentence: "... victims
        # of sexual abuse We expect" / "You must be a specialist in gynaecology ..."
        tail = _tail_heading(piece.rstrip() + ":") if after[:1].isupper() and not is_bullet(after) \
            and not re.search(r"[.!?:;,]\Z", piece.rstrip()) else None
        # one section word ending an item before the next item: "• Administrative task in terms of project
        # management Qualifications" / "• A PhD degree or equivalent ."
        word = _LAST_HEADING_WORD.search(piece) if is_bullet(after) and is_bullet(piece.strip()) else None
        if word is not None and not _NOT_BEFORE_HEADING.search(piece[:word.start()]):
            out += [piece[:word.start()].rstrip(), word.group(1) + ":"]
        elif tail is not None and len(piece[tail:].split()) >= 2 and _known_heading(piece[tail:].strip()):
            out += [piece[:tail].rstrip(), piece[tail:].strip() + ":"]
        else:
            out.append(piece)
    # a marker glued to its item is one still: "•A research background ..." is "• A research ..."
    return [re.sub(r"^([ \t]*[•▪])(?=\w)", r"\1 ", piece) for piece in out]


# --- lines and requirements --------------------------------------------------------
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)((?:(?!\1).){1,80})\1[ \t]*(:?)[ \t]*$", re.M)
_HTML_BREAKS = [(re.compile(p, re.I), r) for p, r in (
    (r"<h[1-6][^>]*>", "\n### "), (r"<li[^>]*>", "\n- "), (r"<br\s*/?>|</?(p|div|ul|ol|tr|h[1-6]|li)\b[^>]*>", "\n"))]
# libyaml's safe loader when PyYAML was built with it (the same documents, several times faster).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            data = yaml.load(m.group(1), Loader=_YAML_LOADER)
        except yaml.YAMLError:
            data = None  # a '---' rule that merely looks like front matter: keep it as text
        if isinstance(data, dict):
            return data, text[m.end():]
    return {}, text


# A page's <title> and its first <h1>: mostly the same title, one of them with more after it
# ("Forklift Operator | Acme Careers" / "Forklift Operator"), read once.
_PAGE_TITLE = re.compile(r"<title(?=[\s/>])[^<>]{0,500}>([^<]{0,500})</title\s*>", re.I)
_FIRST_H1 = re.compile(r"<h1(?=[\s/>])[^<>]{0,500}>((?:(?!</?h1\b).){0,1000}?)</h1\s*>", re.I | re.S)


def _says_again(title: str, heading: str) -> bool:
    title, heading = _key(clean_text(title)), _key(clean_text(heading))
    return bool(title and heading) and (f"{title} ".startswith(f"{heading} ") or f"{heading} ".startswith(f"{title} "))


def _markup_to_lines(text: str) -> str:
    """HTML blocks and whole-line bold ("**Who You Are**") as lines and headings, before clean_text drops them.
    Comments and what a page never shows as text (script, style, head but its <title>) go first."""
    title, h1 = _PAGE_TITLE.search(text), _FIRST_H1.search(text)
    if title and h1 and _says_again(title.group(1), h1.group(1)):
        text = text[:title.start()] + text[title.end():]   # the page's heading says it: no line of its own
    text = drop_hidden_markup(text)
    for rule, replacement in _HTML_BREAKS:
        text = rule.sub(replacement, text)
    return _BOLD_LINE.sub(lambda m: "### " + m.group(2) + m.group(3), text)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", normalise(text)).strip()


def _drop_repeats(lines: list[str]) -> list[str]:
    """The lines without paragraphs seen before (some boards print the description twice)."""
    out: list[str] = []
    seen: set[str] = set()
    block: list[str] = []
    for line in lines + [""]:
        if line.strip():
            block.append(line)
            continue
        key = _key(" ".join(block))
        if block and (len(key) < 40 or key not in seen):
            out += block + [""]
        seen.add(key)
        block = []
    return out[:-1]


def wanted_text(title: str, sections: list[Section]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text a posting's asked skills are read from: its title and its sections that are not
    boilerplate, one after another, with the spans of its job description's prose (the lines of
    its "about" sections that are no list items), where the employer's context is told."""
    parts, described, at = [title], [], len(title) + 1
    for section in sections:
        if section.kind in BOILERPLATE_KINDS:
            continue
        if section.kind == "about":
            for line in section.text.split("\n"):
                if not is_bullet(line):
                    described.append((at, at + len(line)))
                at += len(line) + 1
        else:
            at += len(section.text) + 1
        parts.append(section.text)
    return "\n".join(parts), tuple(described)


def _posting_skills(title: str, sections: list[Section], requirements: list[Requirement]) -> list[str]:
    """The skills the text asks for, in the order it names them: not those named in a
    sentence about the company or in a job title ("We use Slack", "Senior Developer -
    Linux"), nor in the posting's title (it names the job, whatever its words), except that
    whatever a requirement names is asked by its place."""
    named = [s for r in requirements for s in r.skills]
    text, described = wanted_text(title, sections)
    text = without_denied(text)   # "(no CDL required)" asks no CDL
    skip = len(title) + 1
    body = tuple((start - skip, end - skip) for start, end in described)
    return list(dict.fromkeys(named_skills(text[skip:], asked=True, described=body) + named))


# Another licence offered before a bracket that says what its holder must obtain after hire: "Florida 6-20 All
# Lines Adjuster license OR a reciprocal state adjuster license (must obtain Florida license within 60 days of
# hire)" asks one of the two to apply; the time after hire is the second's.
_OTHER_LICENCE_FIRST = re.compile(r"(?i)\bor[ \t]+(?:an?[ \t]+|the[ \t]+|any[ \t]+)?(?:[\w'’&/-]+[ \t]+){0,4}"
                                  r"licen[cs]e[ \t]*\([^()]*$")

# A bracket after an ask that names a credential of its own before its time after hire: "TIPS certification
# (state alcohol server permit required within 30 days of hire)" asks TIPS to apply; the time is the permit's.
_OWN_CREDENTIAL_BRACKET = re.compile(r"(?i)\S[^()]*\([^()]*\b(?:permit|licen[cs]e|card|certificat(?:e|ion)"
                                     r"|registration|clearance)s?\b[^()]*\Z")


def _requirement(text: str, section: Section, nice: bool) -> Requirement:
    years = parse_years(text)
    nice = nice and not required_anyway(text, NICE_ITEM)
    if not nice and softened(text, NICE_ITEM) and not _softens_one_listed(text):
        asked = asked_before_add_on(text)
        # the item's years are those of what it asks, not of its add-on ("a degree; 2+ years preferred")
        nice, years = (True, years) if asked is None else (False, parse_years(asked))
    # to be had after hire ("ACLS required within 6 months of hire"; "... (must obtain within 90 days of hire; we
    # pay for exams)"): not needed to apply; not where an ask before a semicolon is ("BLS required; PALS within
    # ..."); the time after hire of a way in it offers is that way's ("CRT with RRT obtained within 12 months of
    # hire may be considered"): everyone else holds the licence to apply
    route = licence_route(text)
    after_hire = AFTER_HIRE.search(text, 0, route[1] if route else len(text))
    if not nice and after_hire and ";" not in text[:after_hire.start()] and not OR_OBTAIN.search(text) \
            and not NEW_GRAD_GRACE.search(text) and not _OTHER_LICENCE_FIRST.search(text, 0, after_hire.start()) \
            and not _OWN_CREDENTIAL_BRACKET.match(text, 0, after_hire.start()):
        nice = True
    # a list whose lead-in asks its items after hire ("Certifications required within first year: EMD, CPR.")
    nice = nice or bool(AFTER_HIRE.search(section.heading))
    nice = nice or bool(FOR_SOME.match(text))   # "Lateral applicants: current POST certification": theirs alone
    skills = requirement_skills(text)
    # "Valid driver's license and reliable transportation" asks a licence a resume shows too
    # where the worker must live ("Pennsylvania residency") is a place compared, as a workplace is
    # under "Conditions of Employment" every item is one to confirm, but a licence or a skill a resume shows
    condition = CONDITION.search(text) or residency_place(text) or CONDITIONS_HEADING.match(section.heading)
    own_tools = OWN_TOOLS.search(text)
    if own_tools:   # "provide own basic hand tools": the tools are the worker's to bring, no skill asked
        brought = set(named_skills(text[own_tools.start():own_tools.end()]))
        skills = [name for name in skills if name not in brought]
        condition = condition or own_tools
    # a skill that is itself a condition of the work asks no must-have: "dedicated workspace" (Quiet workspace)
    asked = [name for name in hard_skills(skills) if not CONDITION.search(name)]
    kind = "condition" if condition and not asked else "nice" if nice else "must"
    return Requirement(text, kind, years, section.heading, skills, skill_alternatives(text, skills))


# A list flattened after a lead-in, its line breaks lost: "... experience in the following:
# JavaScript Python Any experience with DevOps would be ideal React Redux Angular Node Java".
# The softener ends its own line (a capitalised item goes on after it, no mark between), so it
# softens that line, not the list.
_SOFTENER_MID_LIST = re.compile(r"\A[ \t]*[A-Z][\w'’-]*(?:[ \t]+[^\s.;:,]+)+")


def _softens_one_listed(text: str) -> bool:
    """Whether the first softener of an item stands inside a list that a lead-in (":") opens
    and items go on after it (``_SOFTENER_MID_LIST``)."""
    plain = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
    soft = NICE_ITEM.search(plain)
    if soft is None or ":" not in plain[:soft.start()]:
        return False
    after = plain[soft.end():]
    return bool(_SOFTENER_MID_LIST.match(after)) and not re.match(r"\W*(?:but|though|however|if|for|to)\b", after)


def _in_context(requirements: list[Requirement], text: str) -> list[Requirement]:
    """The requirements, each without a skill its item names only in some fields when the
    posting's whole text, read around the item, names it nowhere: "1+ year of security
    experience" alone reads as cybersecurity, under "Unarmed Security Officer" as guarding."""
    try:
        from matcher.skills.taxonomy import extract_skills, taxonomy
    except ImportError:
        return requirements
    sensed = taxonomy().sensed()
    if not any(name in sensed for r in requirements for name in r.skills):
        return requirements
    found = {m.name for m in extract_skills(text)}
    for r in requirements:
        kept = [name for name in r.skills if name not in sensed or name in found]
        if kept != r.skills:
            r.skills, r.alternatives = kept, skill_alternatives(r.text, kept)
    return requirements


def _titled(requirements: list[Requirement], title: str) -> list[Requirement]:
    """The requirements, each with the skills its item names in a form that names one only in some
    fields (``data/senses.csv``) whose words the posting's title gives, none near it in the item:
    "CMP preferred" under "Event Planner" asks the Certified Meeting Professional credential, as
    "CMP preferred for event planners" does."""
    if not title.strip():
        return requirements
    try:
        from matcher.skills.taxonomy import extract_skills, taxonomy
    except ImportError:
        return requirements
    sensed = taxonomy().sensed()
    lead = f"{title.strip()}: "
    for r in requirements:
        if r.kind not in ("must", "nice"):
            continue
        added = [m.name for m in extract_skills(lead + r.text)
                 if m.start >= len(lead) and m.name in sensed and m.name not in r.skills]
        if added:
            r.skills = [*r.skills, *dict.fromkeys(added)]
            r.alternatives = skill_alternatives(r.text, r.skills)
    return requirements


def _requirements(sections: list[Section]) -> list[Requirement]:
    """Items of the requirement sections; with fewer than three, requirement-like sentences of the
    prose; and the conditions of the work (``CONDITION``) of every section but boilerplate."""
    found: list[Requirement] = []
    seen: set[str] = set()

    def add(item: str, section: Section, nice: bool, prose: bool = False, condition: bool = False) -> None:
        item = _without_hiring_tail(item)
        key = _key(item)
        # a prose sentence about the company under a requirements heading asks nothing of the
        # candidate; a listed item ("- Our stack: Go and PostgreSQL") asks by its place
        if key and key not in seen and not boilerplate_kind(item) and not item.endswith(":") \
                and not (prose and company_voice(item)) and not _offers(item) and not _asks_nothing(item) \
                and not _not_asked(item):
            read = _requirement(item, section, nice)
            if condition and read.kind != "condition":
                return
            seen.add(key)
            found.append(read)

    for section in sections:
        if section.kind in ("requirements", "nice"):
            units = _ways_joined(section.text.split("\n"))
            bullets = [strip_line_marks(u) for u in units if is_bullet(u)]
            musts: list[str] = []
            # with a list, the lines around it are lead-ins ("... any of the following."),
            # unless they read as items and the list is the lesser part or reads as prose
            plain = [u for u in units if not is_bullet(u) and _reads_as_item(u)]
            if bullets and (len(bullets) < len(plain) or sum(map(_prose_item, bullets)) * 2 > len(bullets)):
                bullets = [strip_line_marks(u) for u in units if is_bullet(u) or u in plain]
            elif bullets:
                # a line between two items is one whose marker was lost, no lead-in: "• A team
                # player ..." / "Fluent in spoken and written English" / "• Experience with 3D ..."
                # and a paragraph that asks before the list's end is read as prose is (``_prose_ask``):
                # "To qualify you must have one year of specialized experience ..." (after the list
                # the prose may be no longer under the heading, as the knock-outs read it)
                marked = [n for n, u in enumerate(units) if is_bullet(u)]
                bullets = [item for n, u in enumerate(units) for item in (
                    [strip_line_marks(u)] if is_bullet(u) or u in plain and marked[0] < n < marked[-1]
                    and not _lead_in(u) else [s for s in _whole_or_sentences(u) if not _not_asked(s)]
                    if n < marked[-1] and _prose_ask(u) else [])]
                # a sentence after the list that says "must" asks it, whatever the heading: "Must be able
                # to write at 225 wpm with 97.5% accuracy." below the desirable qualifications (a condition
                # of the work is read where it stands, below)
                musts = [s for n, u in enumerate(units) if n > marked[-1] and not is_bullet(u)
                         for s in _whole_or_sentences(u)
                         if _MUST_AFTER.match(s) and not CONDITION.search(s) and not _not_asked(s)]
            # (a sentence that asks nothing is no clause list: "You are not required to have a degree;
            # in fact several of us have no degree at all")
            for item in [i for b in bullets for i in _degree_apart(b)] or [
                    i for u in units for s in _whole_or_sentences(u) if not _not_asked(s) for i in _clauses(s)]:
                add(item, section, section.kind == "nice", prose=not bullets)
            for item in musts:
                add(item, section, False)
    if len(found) < 3:
        for section in sections:
            if section.kind in ("about", "responsibilities", "other"):
                for sentence in _sentences(section.text):
                    if LOOKS_REQUIRED.search(without_denied(sentence)):   # not "(no CDL required)"
                        for clause in _modal_clauses(sentence):
                            add(clause, section, False)
    # A condition of the work is one wherever it stands: "Schedule: rotating 12-hour shifts",
    # "Must live within 30 miles of our office." below the list of preferred skills, "24 on /
    # 48 off shift schedule." beside the pay ("Starting pay: $52,400/year."; there only the
    # hours and shifts: ``_ROTA``).  The units are those read above: the items of a list, the
    # clauses of a requirement section's prose, the sentences of other prose.
    for section in sections:
        if section.kind in BOILERPLATE_KINDS - {"benefits"}:
            continue
        listed = section.kind in ("requirements", "nice")
        for unit in section.text.split("\n"):
            if listed and is_bullet(unit):
                continue
            for sentence in split_sentences(unit):
                for item in _clauses(sentence) if listed else [_after_pay(sentence)]:
                    if CONDITION.search(item) and (section.kind != "benefits" or _ROTA.search(item)):
                        add(item, section, False, prose=not is_bullet(unit), condition=True)
    return found


# A sentence that says the candidate must: "Must be able to ...", "Candidates must hold ...".
_MUST_AFTER = re.compile(r"(?:(?:you|candidates?|applicants?|the[ \t]+(?:candidate|applicant)|all[ \t]+applicants)"
                         r"[ \t]+)?must[ \t]+(?!not\b)\w", re.I)


def _ways_joined(units: list[str]) -> list[str]:
    """A section's lines, a line that opens a second way to qualify (``ROUTE``: "OR Education: Ph.D.
    or equivalent doctoral degree ...", the line after a lone "-OR-" or after "...; OR") joined to the
    way before it, blank lines between dropped: one requirement that either way shows."""
    out: list[str] = []
    open_way = False
    for unit in units:
        if not unit.strip():
            out.append(unit)
            continue
        last = next((n for n in range(len(out) - 1, -1, -1) if out[n].strip()), None)
        piece = strip_line_marks(unit).strip()
        joined = last is not None and (open_way or bool(ROUTE.match(piece)))
        if joined:
            # a way's label without its colon takes one: "OR" / "Education" / "Master's degree ..." reads as
            # "OR Education: Master's degree ..."
            out[last:] = [out[last].rstrip() + " " + piece + (":" if way_label(piece, True) and piece[-1] != ":"
                                                             else "")]
        else:
            out.append(unit)
        # ... and a way's label alone ("OR" / "Education:" / "Master's degree ...") takes the line after it
        open_way = leaves_way_open(unit, joined)
    return out


# A sentence that says what the experience asked before it is: "Specialized experience is experience
# conducting workload analysis ...", "Qualifying experience must have been ...", "Such experience includes".
_SAYS_WHICH_EXPERIENCE = re.compile(r"(?i)(?:specialized|qualifying|creditable|such|this|that)[ \t]+experience[ \t]+"
                                    r"(?:is|includes?|must|may|means|consists|should)\b")


def _whole_or_sentences(unit: str) -> list[str]:
    """A prose unit's sentences, a sentence that says what the experience asked before it is joined to
    it (``_SAYS_WHICH_EXPERIENCE``), as is one that says experience may stand in for the degree asked before
    it ("Two years of directly related experience may substitute for the degree."); the unit whole when it holds
    two ways to qualify (``_ways_joined``)."""
    if ROUTE.search(unit):
        return [unit.strip()]
    out: list[str] = []
    for sentence in _sentences(unit):
        if out and (_SAYS_WHICH_EXPERIENCE.match(sentence) or EXPERIENCE_SUBSTITUTES.search(sentence)
                    and degree_knockout(out[-1]) is not None):
            out[-1] += " " + sentence
        else:
            out.append(sentence)
    return out


# What of a benefits section is a condition: the hours and shifts worked, which stand beside the
# pay ("24 on / 48 off shift schedule", "every other weekend required"), not where one works.
_ROTA = re.compile(r"(?i)\b(?:shifts?|schedules?|rotation|weekends?|nights?|evenings?|on[- ]call|holidays)\b")
# The pay stated before a sentence that starts with a figure, which the sentence splitter keeps
# with it: "$52,400/year. 24 on / 48 off shift schedule."
_PAY_BEFORE = re.compile(r"^(?P<pay>.*?)\.[ \t]+(?=\d)")


def _after_pay(sentence: str) -> str:
    """A sentence without the pay stated before it (``_PAY_BEFORE``): "24 on / 48 off shift schedule."."""
    m = _PAY_BEFORE.match(sentence)
    return sentence[m.end():] if m and parse_salary(m.group("pay")) else sentence


_TITLE_ITEM = re.compile(r"^[A-Z][\w./+#&-]*(?:[ \t]+[\w./+#&()-]+){0,4}\Z")
# An invitation to a group of people: "Former teachers welcome!", "Military veterans are encouraged
# to apply", "Bootcamp grads welcome".  The group is people (a plural, "people", "alumni"), named
# without what they must have ("Candidates with a CDL are encouraged to apply" asks a CDL).
_INVITED = re.compile(r"(?i)^\W*(?P<who>[\w'’ -]{2,60}?)[ \t]+(?:(?:are|is)[ \t]+)?(?:(?:strongly|especially|also"
                      r"|always|very|more than)[ \t]+)?(?:welcomed?|encouraged(?:[ \t]+to[ \t]+apply)?"
                      r"|invited[ \t]+to[ \t]+apply)\b")
_NOT_PEOPLE = re.compile(r"(?i)\b(?:with|who|having|holding|that|must|experience|knowledge|skills?|familiarity"
                         r"|background|degrees?|certif\w*|exposure|contributions?|projects?|ideas|questions"
                         r"|applications?|submissions?|resumes?|portfolios?)\b")


def _invitation(item: str) -> bool:
    """Whether an item invites a group of people to apply (``_INVITED``) and asks nothing: not
    "Must be a veteran", "Veteran status required", "Experience with Terraform welcome", nor a
    credential with the group it takes in its place ("CCC-SLP or Clinical Fellows welcome", "RN or new
    graduate nurses welcome", "Licensed or license-eligible candidates encouraged to apply": one or the
    other is asked)."""
    m = _INVITED.match(item)
    if m is None or re.search(r"(?i)\b(?:must|required|requirement|need(?:ed|s)?)\b", item):
        return False
    if _credential_or(m.group("who")):
        return False
    last = m.group("who").split()[-1].lower()
    return not _NOT_PEOPLE.search(m.group("who")) and (last.endswith("s") or last in ("people", "alumni"))


def _credential_or(who: str) -> bool:
    """Whether a group invited to apply opens with a credential and another way ("CCC-SLP or Clinical
    Fellows", "RN or new graduate nurses", "Licensed or license-eligible candidates"): the credential is
    asked, the way beside it taken in its place."""
    from matcher.resumes.licences import credential_ids
    from matcher.skills.asking import skill_names
    from matcher.skills.taxonomy import is_credential

    first = re.split(r"(?i)[ \t]+or[ \t]+", who, maxsplit=1)[0]
    if first == who:
        return False
    return bool(re.search(r"(?i)\b(?:licen[cs]ed|certified|registered|board[- ]certified)\b", first)
                or credential_ids(first) or any(is_credential(name) for name in skill_names(first)))


def _not_asked(item: str) -> bool:
    """Whether an item is no requirement though it stands among them: the hiring process, what
    the job offers, the employer's visa policy, a reassurance, a testimonial or the company's
    figures (``sections.no_requirement``)."""
    return no_requirement(item) is not None


_SUB_HEADING_WORD = re.compile(r"(?i)education|experience|skills|licensure|licen[cs]es?|certifications?|training"
                               r"|knowledge|qualifications")


def _asks_nothing(item: str) -> bool:
    """Whether an item asks nothing of the candidate: it tells how to apply or what the hiring
    process is (``about_hiring``: "send us your application directly to"), it invites a group
    to apply (``_invitation``: "Former teachers welcome!"), or it is a job title on its own
    line ("JavaScript Developer", the title repeated)."""
    from matcher.skills.asking import about_hiring

    last = item.split()[-1] if item.split() else ""
    # (an ask of experience is none: "Experience supervising warehouse staff" ends in a job's word too)
    title = _TITLE_ITEM.match(item.strip()) and re.fullmatch(rf"(?:{JOB_WORD.pattern})s?", last) \
        and not LOOKS_REQUIRED.search(item) and not re.search(r"\b(?:or|and)\b|(?i:^\W*experience\b)", item)
    # a word a broken line left alone ("Our", "At") asks nothing, nor a sub-heading's word alone: USAJOBS's
    # "Education" under its Qualifications, "Licensure", "Experience" (what it asks follows it)
    bare = bool(re.fullmatch(r"\W*\w+\W*", item)) and bool(_FUNCTION_WORD.search(item.strip(" .,;:"))
                                                           or _SUB_HEADING_WORD.fullmatch(item.strip(" .,;:")))
    # how to send it, told in brackets after an ask, leaves the ask: "A portfolio of published work (required --
    # link in your application)"
    unbracketed = _BRACKETED.sub(" ", item)
    hiring = about_hiring(item) and (about_hiring(unbracketed) or not _WORDS.search(unbracketed))
    return bool(title) or bare or _invitation(item) or hiring or _says_nothing_of_candidate(item)


_BRACKETED = re.compile(r"\([^()]*\)")
_WORDS = re.compile(r"[A-Za-z]{2,}")


_MONTH = rf"\b(?:{MONTH_NAMES})\b\.?"
# Rows that say nothing about the candidate: a label with nothing after it ("email: ."), a
# date alone ("November 2012 ."), a question naming only the reader ("International
# applicant?"), a count alone ("71,000 outpatient visits ."), and what the employer has, counted
# ("The hospital has approximately 268 beds"; not "You have 3+ years ...").
_EMPTY_LABEL = re.compile(r"^\W*[A-Za-z][\w -]{0,30}:[\W_]*\Z")
_DATE_ONLY = re.compile(rf"(?i)^\W*(?:(?:{_MONTH}|\d[\d,./-]*(?:st|nd|rd|th)?|of)\W*)+\Z")
_READER_QUESTION = re.compile(r"(?i)^\W*(?:[\w-]+[ \t]+){0,2}(?:applicants?|candidates?|students?|graduates?)"
                              r"[ \t]*\?\W*\Z")
_BIG_COUNT = re.compile(r"(?i)^\W*(?:(?:approx\w*\.?|about|around|over|more[ \t]+than|nearly|almost|some)[ \t]+)?"
                        r"(?:\d{1,3}(?:[,.]\d{3})+|\d{4,})\+?(?:[ \t]+[a-z][\w-]*){1,3}\W*\Z")
# a pointer to more information ("Read more about how to apply at here", "Learn more at") and
# contact details ("phone ( +45 ) e-mail: or ..."), unless glued to an ask
_MORE_INFO = re.compile(r"(?i)^\W*(?:you[ \t]+can[ \t]+)?(?:read|learn|find[ \t]+out|see)[ \t]+more[ \t]+(?:about|on|at"
                        r"|here)\b|^\W*(?:find|get)[ \t]+(?:more[ \t]+)?information[ \t]+(?:about|on)\b")
_CONTACT = re.compile(r"(?i)^\W*(?:(?:phone|tel|telephone|mobile|e-?mail|contact)\b.*?\b)?(?:phone|tel|e-?mail)\b"
                      r"[ \t]*(?::|\([ \t]*\+|\+?\d)")
# where the job is, told as a fact: "Place of work", "The place of work will be ." (the place redacted)
_PLACE_OF_WORK = re.compile(r"(?i)^\W*(?:the[ \t]+)?(?:place|location)[ \t]+of[ \t]+(?:work|employment)\b"
                            r"(?:[ \t]+(?:is|will[ \t]+be)\b|\W*\Z)")
_HAS_COUNT = re.compile(r"(?i)^\W*(?:the|our|we|it)\b[^.]{0,40}?\b(?:has|have|had|employs|counts|serves|treats"
                        r"|houses|handles|numbers)[ \t]+(?:(?:approximately|approx\.?|about|around|over|more[ \t]+than"
                        r"|nearly|almost|some|roughly)[ \t]+)?\d[\d,.]*\+?[ \t]+[a-z]")


# A field of a form filled with nothing asked (Marriott's "License or Certification: None", "Supervisory
# Experience: No supervisory experience.", "Education: N/A"), or the same without its label.
_NOTHING_ASKED = re.compile(r"(?i)^\W*(?:[A-Za-z][\w /&-]{0,40}:[ \t]*)?(?:none|n/?a|not[ \t]+(?:required|needed"
                            r"|applicable)|no[ \t]+(?:[\w-]+[ \t]+){0,2}(?:experience|licen[cs]es?|certifications?"
                            r"|degrees?)(?:[ \t]+(?:is[ \t]+)?(?:required|necessary|needed))?)\W*\Z")


# A line that states the pay, first of all it says: "$550-$650/day, 14 on / 14 off", "Pay: $480/day + per diem",
# "$22-$32/hour DOE + per diem, travel 80%"; not a sum the candidate must have handled ("$1M+ quota").
_PAY_ROW = re.compile(r"(?i)^\W*(?:(?:pay|salary|wages?|compensation|(?:day|hourly)[ \t]+rate|rate)[ \t]*:?[ \t]*)?"
                      r"[$£€][ \t]?\d[\d,.]*[kK]?(?:[ \t]*(?:-|–|to)[ \t]*[$£€]?[ \t]?\d[\d,.]*[kK]?)?[ \t]*"
                      r"(?:/[ \t]*|per[ \t]+|an?[ \t]+)(?:hours?|hr|days?|shifts?|weeks?|wk|months?|mo|years?|yr"
                      r"|annum)\b")


def _says_nothing_of_candidate(item: str) -> bool:
    """Whether an item names nothing of the candidate (``_EMPTY_LABEL``, ``_NOTHING_ASKED``, ``_DATE_ONLY``,
    ``_READER_QUESTION``, ``_PAY_ROW``, ``_MORE_INFO``, ``_CONTACT``, ``_PLACE_OF_WORK``, ``_BIG_COUNT``,
    ``_HAS_COUNT``).  Years or hours are no count of the employer's ("5000+ hours of flight
    time" asks), nor is anything said of the candidate ("you", "must")."""
    text = item.strip()
    if _EMPTY_LABEL.match(text) or _DATE_ONLY.match(text) or _READER_QUESTION.match(text) or _PAY_ROW.match(text) \
            or _NOTHING_ASKED.match(text):
        return True
    if (_MORE_INFO.match(text) or _CONTACT.match(text) or _PLACE_OF_WORK.match(text)) \
            and not LOOKS_REQUIRED.search(text):
        return True
    if NAMES_CANDIDATE.search(text) or re.search(r"(?i)\b(?:years?|yrs|hours?)\b", text):
        return False
    # the employer's count names the employer: a degree it holds counts its people ("4,500 students
    # including 750 Ph.D . students")
    return bool(_HAS_COUNT.match(text) or _BIG_COUNT.match(text) and not LOOKS_REQUIRED.search(text))


def _without_hiring_tail(item: str) -> str:
    """An item without how to apply glued after it, its line break lost: "A Bachelor's degree in
    Business Administration More information and send application" asks the degree.  The tail
    starts at a capital and tells only how to apply (``about_hiring``); the words before it ask
    (``LOOKS_REQUIRED``) and tell nothing of the kind."""
    from matcher.skills.asking import about_hiring

    if len(item.split()) < 6 or not about_hiring(item):
        return item
    for m in reversed(list(re.finditer(r"(?<=[a-z0-9).])[ \t]+(?=[A-Z][a-z])", item))):   # the shortest tail
        head, tail = item[:m.start()], item[m.end():]
        # the head a whole ask: not "Applications must be accompanied by a" (a CV ...)
        if len(head.split()) >= 3 and about_hiring(tail) and not about_hiring(head) and LOOKS_REQUIRED.search(head) \
                and not _NO_REQUIREMENT_END.search(head) and not re.search(r"(?i)\bapplica", head):
            return head
    return item


def _lead_in(line: str) -> bool:
    """Whether a plain line inside a list leads in to the items after it: it ends in a word that
    wants more ("Applications must be accompanied by a", "The following must be attached in") or
    tells how to apply."""
    from matcher.skills.asking import about_hiring

    line = line.strip().rstrip(" .")
    return bool(_NO_REQUIREMENT_END.search(line) or re.search(r"(?i)\b(?:following|attached|enclosed)\b", line)
                or about_hiring(line) or re.search(r"(?i)\bby[ \t]+\w+ing\Z", line))


# A paragraph that points at the list after it: "... listed below.", "... as follows."
_POINTS_AT_LIST = re.compile(r"(?i)\b(?:below|above|following|as follows|these|this list)\W*\Z")


def _prose_ask(line: str) -> bool:
    """Whether a plain line beside a list is a paragraph that asks (a sentence of six words or
    more that reads as a requirement: "Applicants must have at least two years of experience
    coordinating community health programs."), no lead-in to the list ("Candidates must have
    experience in the following areas.", "... the minimum qualifications listed below.")."""
    line = line.strip()
    return len(line.split()) >= 6 and line[-1] in ".!?" and not _lead_in(line) \
        and not _POINTS_AT_LIST.search(line.rstrip(" .!?")) \
        and bool(LOOKS_REQUIRED.search(line) or re.search(r"(?i)\b(?:must|will)\s+(?:have|possess|hold)\b", line))


def _reads_as_item(line: str) -> bool:
    """Whether a plain line of a requirement section reads as a list item: a short phrase that
    ends no sentence ("Webpack React & Redux"), or a requirement ("3+ years experience with
    JavaScript")."""
    line = line.strip()
    # a line wrapped from the one before starts in lower case or closes its bracket: "Apache ) and ..."
    # a lead-in is none: "... tell us if you have any of the following."
    return bool(re.match(r"[A-Z0-9]", line)) and not re.search(r"(?::|\bfollowing\W*)\Z", line) \
        and not re.match(r"[^(]*\)", line) and (
        len(line.split()) <= 8 and line[-1] not in ".!?" or bool(LOOKS_REQUIRED.search(line)))


def _prose_item(item: str) -> bool:
    """Whether a list item reads as prose: it starts in lower case or ends a sentence."""
    item = strip_line_marks(item).strip()
    return bool(item) and (item[0].islower() or item[-1] in ".!?")


def _offers(item: str) -> bool:
    """Whether an item is something the employer offers, asking nothing: "H-1B visa sponsorship
    available for qualified candidates" (a knock-out read as an offer)."""
    knockouts = sentence_knockouts(item)
    return bool(knockouts) and all(k.kind == "sponsorship" and k.offered for k in knockouts)


def _sentences(unit: str) -> list[str]:
    """A unit's sentences, a sentence cut inside a bracket or after "e.g ." joined with what goes
    on: "... languages ( Advantage: ." / "Net/.Net core ) Solid understanding ..." is one."""
    out: list[str] = []
    for sentence in split_sentences(unit):
        if out and (_open_bracket(out[-1]) and ")" in sentence or _GOES_ON.search(out[-1])):
            out[-1] += " " + sentence
        else:
            out.append(sentence)
    return out


_CLAUSE_END = re.compile(r";[ \t]+(?![^()]*\))")   # not inside brackets: "(hard requirement; MUST HAVE)"


_LIST_COMMA = re.compile(r",[ \t]+(?![^()]*\))")


# A comma before a clause of its own that asks with a modal verb, its subject the sentence's: "The
# candidate will hold a bachelor's degree, will have one year of classroom teaching experience, must
# clear a fingerprint background check, and ideally will speak Spanish" (a paragraph of requirements).
_MODAL_CLAUSE = re.compile(r"(?i),[ \t]+(?:and[ \t]+)?(?=(?:(?:ideally|preferably|optionally|also)[ \t]+)?"
                           r"(?:will|must|should|shall|needs? to)[ \t]+(?!be[ \t]+(?:a|an|the)\b)[a-z])")


def _modal_clauses(sentence: str) -> list[str]:
    """A sentence cut before each of its clauses that asks with a modal verb (``_MODAL_CLAUSE``), when
    it opens with one too and each part keeps three words; "ideally" or "preferably" stays with its
    clause, which it softens ("ideally will speak Spanish"); the sentence whole otherwise."""
    opens = re.search(r"(?i)\b(?:will|must|should|shall|needs? to)[ \t]+[a-z]", sentence)
    cuts = [m for m in _MODAL_CLAUSE.finditer(sentence) if not opens or m.start() > opens.start()]
    if not opens or not cuts:
        return [sentence]
    at = [0, *(m.end() for m in cuts)]
    ends = [m.start() for m in cuts] + [len(sentence)]
    parts = [sentence[a:b].strip().rstrip(".").strip() for a, b in zip(at, ends)]
    return parts if all(len(p.split()) >= 3 for p in parts) else [sentence]


def _clauses(sentence: str) -> list[str]:
    """A prose requirement sentence cut at its semicolons when each part is a requirement of
    its own: "3+ years of B2B sales; experience with Salesforce or HubSpot; a bachelor's
    degree preferred." is three requirements, as a list would have been.  So are three or
    more parts between commas, each of two words or more and none joined by "and" or "or"
    (a list flattened into a sentence: "Bachelor's degree in Accounting, CPA preferred, 4+
    years of accounting experience, advanced Excel skills"); not the words of one ask
    ("Python, Django, and PostgreSQL", "lift 50 lbs, stand for long periods, and work weekends")."""
    parts = [p.strip().rstrip(".").strip() for p in _CLAUSE_END.split(sentence)]
    if len(parts) > 1 and all(len(p.split()) >= 3 for p in parts):
        return parts
    if len(modal := _modal_clauses(sentence)) > 1:
        return modal
    parts = _series_joined([p.strip().rstrip(".").strip() for p in _LIST_COMMA.split(sentence)])
    if len(parts) >= 3 and all(len(p.split()) >= 2 and not re.match(r"(?i)(?:and|or|etc)\b", p) for p in parts) \
            and not _items_of_one_ask(parts):
        return parts
    return [sentence]


# A part after a semicolon that goes on with the one before it, no ask of its own: "or equivalent experience",
# "preferably in nursing", "candidates without one will not be considered", "4 years of experience may substitute".
_GOES_ON_PART = re.compile(r"(?i)(?:or|and|but|nor|preferably|ideally|especially|including|such|e\.g|i\.e|with|in|as"
                           r"|plus|etc|if|unless)\b|.*\b(?:one|it|this|that|these|those|which|such|substitut\w*"
                           r"|in[ \t]+lieu|equivalent|instead)\b")


def _degree_apart(item: str) -> list[str]:
    """A list item that asks a degree alone before a semicolon and another thing after it, cut there: "Bachelor's
    degree; experience with PFT lab" asks the two, and a degree's line shows only the first (the row had been
    covered by "BSN, 2016"); the item whole where a part after it names a degree too ("Bachelor's degree; Master's
    preferred") or goes on with the degree (``_GOES_ON_PART``)."""
    parts = [p.strip().rstrip(".").strip() for p in _CLAUSE_END.split(item)]
    if len(parts) < 2 or len(parts[0].split()) > 8 or degree_knockout(parts[0]) is None \
            or any(len(p.split()) < 2 or _GOES_ON_PART.match(p) or degree_knockout(p) is not None for p in parts[1:]):
        return [item]
    return parts


# What opens the items an ask names as examples: "Knowledge of community resources, including housing, SNAP and
# Medicaid".
_EXAMPLES_OPEN = re.compile(r"(?i)(?:including|includes|such as|e\.g\.?|especially|particularly|namely|like)\b")
# What makes a part between commas an ask of its own: a number (years), a bracket, a word that asks or softens.
_OWN_ASK = re.compile(r"(?i)\d|\(|\b(?:preferred|required|desired|a plus|must|ideally|preferably)\b")


# The last item of a series, which "or" or "and" joins to one more: "education or a closely related field ...".
_SERIES_END = re.compile(r"(?i)^(?:[^\s,]+[ \t]+){1,3}(?:and/or|or|and)[ \t]+\S")


def _series_joined(parts: list[str]) -> list[str]:
    """The parts between a sentence's commas, with a series inside one of its asks joined back to the part it
    begins in: short names (three words at most, no ask of their own) up to a part that opens with one more
    name and "or" or "and" ("Bachelor's degree in social work, public administration, education or a closely
    related field AND three (3) years of experience": the degree's fields, no asks of their own)."""
    out: list[str] = parts[:1]
    i = 1
    while i < len(parts):
        j = i
        while j < len(parts) and len(parts[j].split()) <= 3 and not _OWN_ASK.search(parts[j]) \
                and not _SERIES_END.match(parts[j]):
            j += 1
        if j > i and j < len(parts) and _SERIES_END.match(parts[j]):
            out[-1] = ", ".join([out[-1], *parts[i:j + 1]])
            i = j + 1
        else:
            out.append(parts[i])
            i += 1
    return out


def _items_of_one_ask(parts: list[str]) -> bool:
    """Whether the parts between a sentence's commas are the items of the first part's one ask, not asks
    of their own: examples it opens ("..., including housing, SNAP and Medicaid"), or short names the
    last of which "or" or "and" joins to one more ("Two years of experience in program analysis, program
    evaluation, policy development or grant administration": any of four kinds of work)."""
    if any(_EXAMPLES_OPEN.match(p) for p in parts[1:]):
        return True
    return bool(re.search(r"(?i)\b(?:or|and)\b", parts[-1]) and not _OWN_ASK.search(parts[-1])) and all(
        len(p.split()) <= 3 and not _OWN_ASK.search(p) for p in parts[1:-1])


# --- parsing ------------------------------------------------------------------
def _first_prose_sentence(sections: list[Section], title: str = "") -> str:
    """The first sentence of the posting's body that is no list item and no heading, nor the
    line the title was read from ("Now hiring: Sous Chef / Kitchen Supervisor")."""
    opening = _opening_sentences(sections, 2)
    if title and opening and opening[0].endswith(title):
        opening = opening[1:]
    return next(iter(opening), "")


def _opening_sentences(sections: list[Section], count: int) -> list[str]:
    """The first ``count`` sentences of the posting's body that are no list items and no headings."""
    out: list[str] = []
    for section in sections:
        for line in section.text.split("\n"):
            if line.strip() and not is_bullet(line):
                out += split_sentences(line)[:count - len(out)]
                if len(out) >= count:
                    return out
    return out


def parse_posting(text: str, id: str, meta: dict | None = None) -> Posting:
    """Read one posting's text into a ``Posting``.

    ``meta`` holds record fields (title, company, location, url, salary, remote);
    they win over YAML front matter, which wins over what the text says.
    Empty text or ill-typed fields raise InputError.
    """
    id = checked_id(id)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"posting {id!r} has no text")
    try:
        given = validated(meta or {})
        front, body = _front_matter(text.replace("\r\n", "\n"))
        given = {**validated(front), **given}
    except InputError as e:
        raise InputError(f"posting {id!r}: {e}") from None
    lines = _drop_repeats(states_listed(_cut_lines(_unglue(clean_text(_markup_to_lines(body))).split("\n"))))
    if not any(line.strip() for line in lines):
        raise InputError(f"posting {id!r} has no text")
    full = "\n".join(MD_HEADING.sub(r"\1", line) for line in lines).strip()
    header, start = read_header(lines)
    in_text = text_fields(lines)
    sections = split_sections(lines[start:])
    requirements = _in_context(_requirements(sections), full)

    def pick(name: str) -> str:
        return str(given.get(name) or header.get(name) or in_text.get(name) or "").strip()

    location = without_postcode(pick("location") or location_in_prose(_opening_sentences(sections, 3)))
    salary = salary_from(given.get("salary")) or header.get("salary") \
        or parse_salary(str(in_text.get("salary", "")), bare=True) \
        or next(filter(None, (line_salary(line, heading) for heading, line in
                              [("", line) for line in lines[:start]]
                              + [(s.heading, line) for s in sections for line in s.text.split("\n")])), None) \
        or pay_by_hours_flown(str(in_text.get("salary", ""))) or (None, None, "")
    if salary[0] is None and salary[1] is None:
        # pay by commission alone, no base ("100% commission"): stated, and none guaranteed
        paid = commission_only(str(given.get("salary") or "") + "\n" + full)
        salary = (0.0, 0.0, paid) if paid else salary
    title = pick("title") or title_in_prose(full)
    # hourly pay made yearly at the hours the header states ("25 hrs/week"), else the text ("4 days/week")
    salary = at_weekly_hours(salary, "\n".join(lines[:start] + [title]), full)
    company = pick("company") or company_in_prose(_first_prose_sentence(sections, title))
    if title == header.get("title"):   # "iOS Developer - Fieldnote", and the prose names Fieldnote
        named_title, named = company_after_title(title, full)
        if named and company in ("", named):
            title, company = named_title, named
    requirements = _titled(requirements, title)
    remote = as_remote(given.get("remote"))
    remote = as_remote(in_text.get("remote")) if remote is None else remote
    if remote is None:  # EEO and benefits text ("interviews on-site") says nothing about the job
        remote = remote_from("\n".join(lines[:start] + [wanted_text(title, sections)[0]]), location)
    must_years = [r.years for r in requirements if r.kind == "must" and r.years is not None]
    return Posting(
        id=id, title=title, company=company, location=location, remote=remote,
        salary_min=salary[0], salary_max=salary[1], salary_text=salary[2], url=web_url(pick("url")), text=full,
        sections=sections, requirements=requirements, skills=_posting_skills(title, sections, requirements),
        years=max(must_years) if must_years else None,
        knockouts=_placed(_softened_by_section(posting_knockouts(full, location, remote, title), sections), location))


def _softened_by_section(knockouts: list[Knockout], sections: list[Section]) -> list[Knockout]:
    """The knock-outs, one stated in an item of a "nice" section not required unless it says so
    itself (``required_anyway``): the section reader knows lead-ins the knock-out reader takes
    for prose ("Candidates who have the following will be preferred: ... • A Bachelor's degree
    ..."), each piece cut from such a line softened by it."""
    nice = [re.sub(r"\s+", " ", s.text) for s in sections if s.kind == "nice"]
    for k in knockouts:
        sentence = re.sub(r"\s+", " ", k.sentence.strip())
        if k.required and k.kind in ("years", "degree", "licence", "clearance") and sentence \
                and any(sentence in text for text in nice) and not required_anyway(sentence, SOFT):
            k.required = False
    return knockouts


def _placed(knockouts: list[Knockout], location: str) -> list[Knockout]:
    """The knock-outs, an on-site or hybrid workplace one whose places the gazetteer does not
    know ("Hybrid, Tues–Thurs in our West Loop office": a neighbourhood) taking those of the
    posting's location ("Chicago, IL"), as one that names no place does."""
    from matcher.eligibility.places import resolve

    for k in knockouts:
        if k.kind == "workplace" and k.places and k.mode != "remote" and location.strip() \
                and not any(resolve(p) for p in k.places) and resolve(location):
            k.places = place_list(location.strip())
    return knockouts


# --- showing ------------------------------------------------------------------------
def describe_knockout(k: Knockout) -> str:
    """What a knock-out asks, in a few words ("master; electrical engineering")."""
    parts = [f"{k.years:g}+ years" if k.years is not None else "", k.level, ", ".join(k.fields), k.mode,
             " or ".join(k.places), k.name,
             {True: "sponsorship offered", False: "no sponsorship"}.get(k.offered, ""),
             f"{k.start or '…'} to {k.end or '…'}" if k.start or k.end else ""]
    return "; ".join(x for x in parts if x)


def format_posting(p: Posting) -> str:
    """A posting as ``matcher show`` prints it: header, requirements, then each section by kind."""
    salary = posted_pay(p.salary_text) if p.salary_max is None else ""   # "$31.50 per flight hour"
    salary = salary or p.salary_text
    if p.yearly_salary:
        salary = p.yearly_salary + (f" (\"{p.salary_text}\")" if p.salary_text else "")
    details = [("id", p.id), ("company", p.company), ("location", p.location),
               ("remote", {True: "yes", False: "no"}.get(p.remote, "")), ("salary", salary), ("url", p.url),
               ("years asked", f"{p.years:g}" if p.years is not None else ""), ("skills", ", ".join(p.skills))]
    out = [p.title or "(untitled posting)"] + [f"  {name}: {value}" for name, value in details if value]
    out += ["", f"Requirements ({len(p.must)} must, {len(p.nice)} nice"
            + (f", {len(p.conditions)} condition{'s' * (len(p.conditions) != 1)}" if p.conditions else "") + "):"]
    for r in p.requirements:
        extra = [f"{r.years:g}+ years" if r.years is not None else "", ", ".join(r.skills)]
        out.append(f"  [{r.kind}] {r.text}" + (f"  ({'; '.join(e for e in extra if e)})" if any(extra) else ""))
    if p.knockouts:
        out += ["", "Knock-outs (who cannot take the job):"]
        for k in p.knockouts:
            said = describe_knockout(k)
            out.append(f"  [{k.kind}{'' if k.required else ', not required'}] {k.sentence}"
                       + (f"  ({said})" if said else ""))
    for s in p.sections:
        out += ["", f"== {s.heading or '(no heading)'} [{s.kind}]"]
        if s.kind in BOILERPLATE_KINDS:
            out.append(f"  ({len(s.text)} characters of {s.kind} text, ignored for ranking)")
        else:
            out += [f"  {line}" for line in s.text.split("\n")]
    return "\n".join(out)
