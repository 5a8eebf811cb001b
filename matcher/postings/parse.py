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

import re
from dataclasses import asdict, dataclass, field, fields

import yaml

from matcher.errors import InputError
from matcher.postings.choices import skill_alternatives
from matcher.postings.fields import (
    as_remote,
    at_weekly_hours,
    checked_id,
    company_after_title,
    company_in_prose,
    currency_code,
    format_money,
    line_salary,
    location_in_prose,
    parse_salary,
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
    asked_before_add_on,
    hard_skills,
    named_skills,
    requirement_skills,
)
from matcher.postings.knockout_rules import place_list, required_anyway, softened
from matcher.postings.knockouts import Knockout, posting_knockouts, sentence_knockouts
from matcher.postings.sections import (
    BOILERPLATE_KINDS,
    LOOKS_REQUIRED,
    MD_HEADING,
    Section,
    boilerplate_kind,
    company_voice,
    heading_kind,
    is_bullet,
    split_sections,
)
from matcher.postings.years import parse_years
from matcher.text import JOB_WORD, clean_text, drop_hidden_markup, normalise, split_sentences, strip_line_marks

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

    @property
    def alternatives(self) -> list[list[str]]:
        """The requirement's skills as groups any one skill of which satisfies the group
        (``skill_alternatives``); computed from the text, never stored."""
        return skill_alternatives(self.text, self.skills)

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
        "DKK 600,000 - DKK 720,000 a year", "up to $90,000 a year"; "" when no amount was read."""
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
_GLUE = [re.compile(p) for p in (
    rf"(?:(?<=[a-z]{{3}})|(?<=\)))(?={_STARTERS}\b)",  # "teamsHands-on", not "InDesign"
    rf"(?<=[A-Z]{{2}})(?=(?:Experience|{_FIELDS})\b)",  # "AIXExperience", "PADuration:"
    rf"(?<=[a-z)])(?={_FIELDS}\s?:)",          # "AnalystLocation : REMOTE"
    r"(?<=[A-Za-z.)])(?=\d{1,2}\+?\s*(?:years?|yrs)\b)",  # "Java10+ years"
    # A board's header fields run into one line: "... Sales Company: Loopline Location: Denver, CO".
    r"(?<=\S)(?<!\bJob)(?<!\bWork)(?<!\bOffice)[ \t]+"
    r"(?=(?:Company|Employer|(?:Job |Work |Office )?Location|Job Title|Job Type|Employment Type)[ \t]?:[ \t]+\S)",
    r"(?<=[a-z]\.)(?=[A-Z][a-z]{2,})",         # "advantage.Experience"
    # A job board's header on one line: "Frontend Developer (React) Acme Berlin - Date posted: ...":
    # the title stands on a line of its own, before the board's fields.
    r"(?<=\S)[ \t]+(?:[-|–·][ \t]+)?(?=(?:Date posted|Posted on|Posting date)[ \t]?:)",
)]


# A section's label inside a paragraph, after a sentence ends: "... plan routes. Responsibilities:
# Prospect and qualify ... Requirements: 3+ years of ...", as job boards flatten a posting.
_INLINE_HEADING = re.compile(r"(?<=[.!?;])[ \t]+(?=([A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/-]+){0,3})[ \t]?:[ \t]+\S)")
_SECTION_LABELS = {"requirements", "responsibilities", "nice", "benefits", "legal", "company"}


def _unglue(text: str) -> str:
    for rule in _GLUE:
        text = rule.sub("\n", text)
    return _INLINE_HEADING.sub(lambda m: "\n" if heading_kind(m.group(1)) in _SECTION_LABELS else m.group(), text)


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
    skip = len(title) + 1
    body = tuple((start - skip, end - skip) for start, end in described)
    return list(dict.fromkeys(named_skills(text[skip:], asked=True, described=body) + named))


def _requirement(text: str, section: Section, nice: bool) -> Requirement:
    years = parse_years(text)
    nice = nice and not required_anyway(text, NICE_ITEM)
    if not nice and softened(text, NICE_ITEM):
        asked = asked_before_add_on(text)
        # the item's years are those of what it asks, not of its add-on ("a degree; 2+ years preferred")
        nice, years = (True, years) if asked is None else (False, parse_years(asked))
    skills = requirement_skills(text)
    # "Valid driver's license and reliable transportation" asks a licence a resume shows too
    kind = "condition" if CONDITION.search(text) and not hard_skills(skills) else "nice" if nice else "must"
    return Requirement(text, kind, years, section.heading, skills)


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
        r.skills = [name for name in r.skills if name not in sensed or name in found]
    return requirements


def _requirements(sections: list[Section]) -> list[Requirement]:
    """Items of the requirement sections; with fewer than three, requirement-like sentences of the
    prose; and the conditions of the work (``CONDITION``) of every section but boilerplate."""
    found: list[Requirement] = []
    seen: set[str] = set()

    def add(item: str, section: Section, nice: bool, prose: bool = False, condition: bool = False) -> None:
        key = _key(item)
        # a prose sentence about the company under a requirements heading asks nothing of the
        # candidate; a listed item ("- Our stack: Go and PostgreSQL") asks by its place
        if key and key not in seen and not boilerplate_kind(item) and not item.endswith(":") \
                and not (prose and company_voice(item)) and not _offers(item) and not _asks_nothing(item):
            read = _requirement(item, section, nice)
            if condition and read.kind != "condition":
                return
            seen.add(key)
            found.append(read)

    for section in sections:
        if section.kind in ("requirements", "nice"):
            units = section.text.split("\n")
            bullets = [strip_line_marks(u) for u in units if is_bullet(u)]
            # with a list, the lines around it are lead-ins ("... any of the following."),
            # unless they read as items and the list is the lesser part or reads as prose
            plain = [u for u in units if not is_bullet(u) and _reads_as_item(u)]
            if bullets and (len(bullets) < len(plain) or sum(map(_prose_item, bullets)) * 2 > len(bullets)):
                bullets = [strip_line_marks(u) for u in units if is_bullet(u) or u in plain]
            for item in bullets or [i for u in units for s in split_sentences(u) for i in _clauses(s)]:
                add(item, section, section.kind == "nice", prose=not bullets)
    if len(found) < 3:
        for section in sections:
            if section.kind in ("about", "responsibilities", "other"):
                for sentence in split_sentences(section.text):
                    if LOOKS_REQUIRED.search(sentence):
                        add(sentence, section, False)
    # A condition of the work is one wherever it stands: "Schedule: rotating 12-hour shifts",
    # "Must live within 30 miles of our office." below the list of preferred skills.  The
    # units are those read above: the items of a list, the clauses of a requirement section's
    # prose, the sentences of other prose.
    for section in sections:
        if section.kind in BOILERPLATE_KINDS:
            continue
        listed = section.kind in ("requirements", "nice")
        for unit in section.text.split("\n"):
            if listed and is_bullet(unit):
                continue
            for sentence in split_sentences(unit):
                for item in _clauses(sentence) if listed else [sentence]:
                    if CONDITION.search(item):
                        add(item, section, False, prose=not is_bullet(unit), condition=True)
    return found


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
    "Must be a veteran", "Veteran status required", "Experience with Terraform welcome"."""
    m = _INVITED.match(item)
    if m is None or re.search(r"(?i)\b(?:must|required|requirement|need(?:ed|s)?)\b", item):
        return False
    last = m.group("who").split()[-1].lower()
    return not _NOT_PEOPLE.search(m.group("who")) and (last.endswith("s") or last in ("people", "alumni"))


def _asks_nothing(item: str) -> bool:
    """Whether an item asks nothing of the candidate: it tells how to apply or what the hiring
    process is (``about_hiring``: "send us your application directly to"), it invites a group
    to apply (``_invitation``: "Former teachers welcome!"), or it is a job title on its own
    line ("JavaScript Developer", the title repeated)."""
    from matcher.skills.asking import about_hiring

    last = item.split()[-1] if item.split() else ""
    title = _TITLE_ITEM.match(item.strip()) and re.fullmatch(rf"(?:{JOB_WORD.pattern})s?", last) \
        and not LOOKS_REQUIRED.search(item) and not re.search(r"\b(?:or|and)\b", item)
    return bool(title) or _invitation(item) or about_hiring(item)


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


_CLAUSE_END = re.compile(r";[ \t]+(?![^()]*\))")   # not inside brackets: "(hard requirement; MUST HAVE)"


_LIST_COMMA = re.compile(r",[ \t]+(?![^()]*\))")


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
    parts = [p.strip().rstrip(".").strip() for p in _LIST_COMMA.split(sentence)]
    if len(parts) >= 3 and all(len(p.split()) >= 2 and not re.match(r"(?i)(?:and|or|etc)\b", p) for p in parts):
        return parts
    return [sentence]


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
    lines = _drop_repeats(_unglue(clean_text(_markup_to_lines(body))).split("\n"))
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
        or (None, None, "")
    title = pick("title") or title_in_prose(full)
    # hourly pay of a part-time job, made yearly at the hours its header states ("25 hrs/week")
    salary = at_weekly_hours(salary, "\n".join(lines[:start] + [title]))
    company = pick("company") or company_in_prose(_first_prose_sentence(sections, title))
    if title == header.get("title"):   # "iOS Developer - Fieldnote", and the prose names Fieldnote
        named_title, named = company_after_title(title, full)
        if named and company in ("", named):
            title, company = named_title, named
    remote = as_remote(given.get("remote"))
    remote = as_remote(in_text.get("remote")) if remote is None else remote
    if remote is None:  # EEO and benefits text ("interviews on-site") says nothing about the job
        remote = remote_from("\n".join(lines[:start] + [wanted_text(title, sections)[0]]), location)
    must_years = [r.years for r in requirements if r.kind == "must" and r.years is not None]
    return Posting(
        id=id, title=title, company=company, location=location, remote=remote,
        salary_min=salary[0], salary_max=salary[1], salary_text=salary[2], url=web_url(pick("url")), text=full,
        sections=sections, requirements=requirements, skills=_posting_skills(title, sections, requirements),
        years=max(must_years) if must_years else None, knockouts=_placed(posting_knockouts(full, location, remote),
                                                                           location))


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
    salary = p.salary_text
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
