"""Job postings: text in, structured ``Posting`` out (``feeds`` reads the files and records).

A posting is read as a careful recruiter would: the header (title, company,
location, salary), then sections by their headings, then the requirement
items of the requirement sections, each marked must or nice with the years
of experience it asks.  Boilerplate (benefits, EEO/legal text, the company
blurb) is kept as sections of its own kind and yields no requirements, so
ranking can ignore it.  Postings come from many sites: headings may be
markdown, bold, a line ending in ':' or a bare word, and scraped text often
has its line breaks lost ("teamsHands-on ..."), which ``_unglue`` repairs.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

import yaml

from .errors import InputError
from .text import clean_text, normalise, split_sentences, strip_line_marks

SECTION_KINDS = ("about", "responsibilities", "requirements", "nice", "benefits", "legal", "company", "other")
BOILERPLATE_KINDS = frozenset({"benefits", "legal", "company"})


@dataclass
class Requirement:
    text: str
    kind: str  # "must" | "nice"
    years: float | None = None
    section: str = ""
    skills: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Section:
    kind: str
    heading: str
    text: str

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

    @property
    def must(self) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == "must"]

    @property
    def nice(self) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == "nice"]

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
        return cls(**data)


# --- headings ---------------------------------------------------------------
# First match wins, so the order matters: "Compensation & Bonus" is benefits,
# "Bonus Points" and "Preferred Qualifications" are nice, "About Us" is the
# company but "About You" is requirements and "About the Role" is about.
_HEADING_RULES = [(kind, re.compile(pattern)) for kind, pattern in [
    ("legal", r"equal (employment )?opportunit|\beeo|diversity|inclusi|accommodat|privacy|e-verify|legal|disclaimer"
              r"|affirmative|sponsorship|\bvisa\b|background check|fraud|\bfake\b|scam|notice"),
    ("benefits", r"benefit|perks|compensation|salary|\bpay\b|what we offer|we offer|in it for you|rewards|time off"
                 r"|why (join|work)|you('ll| will) get"),
    ("nice", r"nice[ -]to[ -]ha|bonus|preferred|\bplus(es)?\b|desir|good to have|great to have|extra credit"
             r"|would be (great|nice)|not required|optional|ideally"),
    ("company", r"\babout (?!(the )?(role|job|position|opportunity|you)\b)|who we are|our (company|mission|story)"),
    ("requirements", r"requirement|qualification|who you are|about you|you (\w+ )?(bring|need|have)\b|looking for"
                     r"|must[ -]haves?|skills|experience|expertise|ideal candidate|your (background|profile)"
                     r"|what it takes|competenc|required|is this you|you might|you are\b|what you know"),
    ("responsibilities", r"responsibilit|what you('ll| will)? ?(do|be doing|work on|own|build|achieve)|day[ -]to[ -]day"
                         r"|duties|your (impact|role|mission)|in this role|key tasks|you will\b|you'll\b"
                         r"|accountabilit"),
    ("about", r"description|overview|summary|about the|the (role|job|position|opportunity)|introduction"),
    ("company", r"our (team|values|culture)|the (company|team)|how we work|life at|why us|mission|culture"),
    ("other", r"apply|location|interview|process|next steps|contact|details|employment|schedule|travel|type"
              r"|duration|recruit|stack|tools"),
]]
_MD_HEADING = re.compile(r"^#{1,6}\s*(.*)$")
# A bare short line is only a heading when it does not read like a list item.
_ITEM_START = re.compile(r"^(experience|strong|solid|excellent|good|great|deep|proficien|knowledge|familiar"
                         r"|understanding|ability|working|hands|proven|demonstrated|relevant|\d)", re.I)
_ITEM_WORDS = re.compile(r"\b(with|using|in|of|for)\b|,")
_LABEL = re.compile(r"^([A-Za-z][\w '&/()-]{1,60}?)\s*:\s*(\S.*)$")


def heading_kind(heading: str) -> str | None:
    """The section kind a heading names, or None when it names none we know."""
    h = normalise(heading).replace("\u2019", "'")
    for kind, rule in _HEADING_RULES:
        if rule.search(h):
            return kind
    return None


def _is_bullet(line: str) -> bool:
    return bool(line) and not line.startswith("#") and strip_line_marks(line) != line.strip()


def _heading(line: str) -> str | None:
    """The heading a whole line is, or None when it is body text."""
    md = _MD_HEADING.match(line)
    body = (md.group(1) if md else line).strip()
    words = body.rstrip(":").split()
    if not words or len(body) > 80 or len(words) > 10 or (not md and _is_bullet(line)):
        return None
    body = body.rstrip(": ").strip()
    if md:
        return body
    if ":" in body:
        return None  # "Location: Remote" is a label line, read by _label
    kind = heading_kind(body)
    itemish = bool(len(words) > 1 and _ITEM_START.match(body) or _ITEM_WORDS.search(body))
    if line.endswith(":") and len(words) <= 8 and (kind or not itemish):
        return body  # "Who you are:", but "Familiarity with the following tools:" is a lead-in
    # A bare line also needs even capitals: "Bonus Points", "Nice to haves", not "Project Management experience".
    capitals = {w[0].isupper() for w in words[1:] if len(w) > 3 and w[0].isalpha()}
    if len(words) <= 6 and body[-1] not in ".!?" and kind and len(capitals) < 2 and not itemish:
        return body
    return None


def _label(line: str) -> tuple[str, str, str] | None:
    """(heading, kind, rest) of a "Heading: text" line such as "Equal Opportunity: We ..."."""
    m = _LABEL.match(line)
    if not m or _is_bullet(line) or len(m.group(1).split()) > 8:
        return None
    kind = heading_kind(m.group(1))
    if kind is None or _ITEM_START.match(m.group(1)) and len(m.group(1).split()) > 1:
        return None
    return m.group(1).strip(), kind, m.group(2).strip()


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
    r"(?<=[a-z]\.)(?=[A-Z][a-z]{2,})",         # "advantage.Experience"
)]


def _unglue(text: str) -> str:
    for rule in _GLUE:
        text = rule.sub("\n", text)
    return text


# --- years, salary, remote ----------------------------------------------------
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split())}
_NUM = r"(\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + ")"
_YEARS = re.compile(rf"\b{_NUM}\s*\+?\s*(?:(?:-|–|—|to)\s*{_NUM}\s*\+?\s*)?(?:years?|yrs?)\b(?!\s*(?:old|ago))", re.I)
_NOT_EXPERIENCE = re.compile(r"\b(next|past|last|first|within|every|per|in)\s*$", re.I)


def parse_years(sentence: str) -> float | None:
    """Years of experience a sentence asks for: "5+ years" -> 5, "3-5 years" -> 3, "at least three years" -> 3.

    With several figures the largest counts ("5+ years, including 2+ in Rust" -> 5).
    """
    found = []
    for m in _YEARS.finditer(sentence):
        if _NOT_EXPERIENCE.search(sentence[max(0, m.start() - 20):m.start()]):
            continue  # "in the next 2 years" is a plan, not experience
        word = m.group(1).lower()
        value = float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word)
        if 0 < value <= 40:
            found.append(value)
    return max(found) if found else None


_AMOUNT = (r"(?P<c{0}>[$£€]|\b(?:USD|EUR|GBP|CAD|AUD)\s?)?"
           r"\s?(?P<a{0}>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)\s?(?P<k{0}>[kK]\b)?")
_PERIOD = r"\s?(?:/\s?|per\s|an?\s)(?P<p{0}>hour|hr|year|yr|annum|month|mo)\b"
_SALARY = re.compile(_AMOUNT.format(1) + f"(?:{_PERIOD.format(1)})?"
                     r"(?:\s*(?:-|–|—|to)\s*" + _AMOUNT.format(2) + ")?"
                     r"(?P<code>\s?(?:USD|EUR|GBP|CAD|AUD)\b)?"
                     f"(?:{_PERIOD.format(2)}|\\s(?P<adverb>annually|yearly|hourly)\\b)?")
_SALARY_CONTEXT = re.compile(r"salary|compensation|\bpay\b|\bbase\b|range|\bote\b|wage|/\s?(yr|year|hr|hour)|per "
                             r"(year|hour|annum)|annual|hourly|\d\s?k\b", re.I)
_HOURS_A_YEAR = 2080


def parse_salary(text: str, bare: bool = False) -> tuple[float, float, str] | None:
    """(min, max, matched text) of the first plausible yearly pay in text, or None.

    "$174,000/yr - $235,000/yr", "$150k-$180k", "$190,000-$204,000"; hourly and
    monthly figures are turned into yearly ones.  Without ``bare`` an amount
    needs a currency mark, so "400,000 requests" is not a salary.
    """
    for m in _SALARY.finditer(text):
        if not (bare or m.group("c1") or m.group("c2") or m.group("code")):
            continue
        low = float(m.group("a1").replace(",", "")) * (1000 if m.group("k1") else 1)
        high = float(m.group("a2").replace(",", "")) * (1000 if m.group("k2") else 1) if m.group("a2") else low
        if m.group("k2") and not m.group("k1") and low < 1000:
            low *= 1000  # "$150-180k": the k belongs to both
        period = (m.group("p2") or m.group("p1") or m.group("adverb") or "year").lower()
        per_year = _HOURS_A_YEAR if period.startswith("h") else 12 if period.startswith("mo") else 1
        low, high = low * per_year, high * per_year
        if 10_000 <= low <= high <= 5_000_000:
            return low, high, m.group(0).strip()
    return None


_REMOTE_NO = re.compile(r"\b(not|no) (a )?remote\b|\bhybrid\b|\bon-?site\b(?! interview)|\bin[- ]office\b", re.I)
_REMOTE_YES = re.compile(r"\b(fully|100%|completely|entirely) remote\b|\bremote[- ](first|friendly|only|position|role"
                         r"|job|opportunity)\b|\b(position|role|job) is (fully )?remote\b|\bwork from anywhere\b"
                         r"|\bremote \((us|usa|united states|uk|eu|europe|global|worldwide|anywhere|across)", re.I)


def _remote_from(text: str, location: str) -> bool | None:
    if re.search(r"\bremote\b", location, re.I):
        return True
    if _REMOTE_NO.search(location):
        return False
    if _REMOTE_YES.search(text):
        return True
    return False if _REMOTE_NO.search(text) else None


# --- header and fields ----------------------------------------------------------
_ALIASES = {
    "title": ("title", "role", "job title", "position", "job role", "position title"),
    "company": ("company", "company name", "employer", "organization", "organisation"),
    "location": ("location", "job location", "work location", "office location"),
    "salary": ("salary", "salary range", "compensation", "pay", "pay range", "base salary"),
    "remote": ("remote", "work type", "workplace type", "work mode", "workplace", "remote work"),
    "url": ("url", "link", "apply url", "job url", "apply link"),
}
_ALIAS_OF = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
_JOB_NOUN = re.compile(r"\b(engineer|developer|programmer|architect|scientist|analyst|manager|director|designer"
                       r"|lead|head|officer|specialist|consultant|administrator|intern|associate|coordinator"
                       r"|technician|researcher|writer|editor|sre|devops|recruiter|accountant|representative"
                       r"|advocate|strategist|owner|president|vp|executive|nurse|teacher|operator|assistant"
                       r"|tester)s?\b", re.I)
_NOT_A_TITLE = re.compile(r"\b(we|we're|you|your|our|is|are|join|looking|hiring|seeking|will)\b", re.I)
_TITLE_AT_COMPANY = re.compile(r"^(.+?)\s+(?:at|@)\s+([A-Z][\w&.,' -]{1,40})$")
_TITLE_IN_PROSE = re.compile(r"(?:\b[Aa]s an?|looking for an?|hiring an?|seeking an?)\s+"
                             r"((?:[A-Z][\w+#/&.-]*\s+){0,5}[A-Z][\w+#/&.-]*)")


def _field_name(key: object) -> str | None:
    return _ALIAS_OF.get(re.sub(r"[\s_-]+", " ", str(key)).strip().lower())


def _canonical(d: dict) -> dict:
    """Known fields of a record, front matter or "Key: value" lines under their canonical names."""
    out: dict = {}
    for key, value in d.items():
        name = _field_name(key)
        if name and name not in out and value not in (None, ""):
            out[name] = value
    return out


def _read_header(lines: list[str]) -> tuple[dict, int]:
    """Title, company, salary and location from the top lines, and where the body starts.

    Knows the job-board shape '# Title' / '### Company' / '#### 💰 $174,000/yr 🌎 remote, US'.
    """
    found: dict = {}
    pos = 0
    for _ in range(3):
        while pos < len(lines) and not lines[pos].strip():
            pos += 1
        if pos >= len(lines):
            break
        line = lines[pos]
        md = _MD_HEADING.match(line)
        text = (md.group(1) if md else line).strip()
        label = _LABEL.match(text)
        if not text or len(text) > 100 or _is_bullet(line) or (label and len(label.group(1).split()) <= 4):
            break
        salary = parse_salary(text, bare=True) if md else None
        if salary and "salary" not in found:
            found["salary"] = salary
            rest = " ".join(w for w in text.replace(salary[2], " ").split() if re.search("[A-Za-z]", w))
            found["location"] = re.sub(r"\s*,\s*", ", ", rest)
        elif not found and len(text.split()) <= 12 and text[-1] not in ".!?" and not _NOT_A_TITLE.search(text) \
                and (_JOB_NOUN.search(text) or (md and not heading_kind(text))):
            at = _TITLE_AT_COMPANY.match(text)
            found["title"], company = (at.group(1), at.group(2)) if at else (text, "")
            if company:
                found["company"] = company
        elif "title" in found and "company" not in found and md and not heading_kind(text) \
                and len(text.split()) <= 6:
            found["company"] = text
        else:
            break
        pos += 1
    return found, pos


def _text_fields(lines: list[str]) -> dict:
    """"Location: San Francisco"-style fields, wherever they are; long values are prose, not fields."""
    pairs = {}
    for line in lines:
        m = _LABEL.match(strip_line_marks(line))
        if m and len(m.group(2)) <= 80 and _field_name(m.group(1)) not in pairs:
            pairs[_field_name(m.group(1))] = m.group(2).strip()
    pairs.pop(None, None)
    return pairs


def _title_in_prose(text: str) -> str:
    for m in _TITLE_IN_PROSE.finditer(text[:2000]):
        if _JOB_NOUN.search(m.group(1)):
            return m.group(1).strip()
    return ""


# --- sections and requirements -----------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)((?:(?!\1).){1,80})\1[ \t]*(:?)[ \t]*$", re.M)
_HTML_BREAKS = [(re.compile(p, re.I), r) for p, r in (
    (r"<h[1-6][^>]*>", "\n### "), (r"<li[^>]*>", "\n- "), (r"<br\s*/?>|</?(p|div|ul|ol|tr|h[1-6]|li)\b[^>]*>", "\n"))]
_LEGAL_TEXT = re.compile(r"equal (employment )?opportunit|without regard to|sexual orientation|gender identity"
                         r"|national origin|veteran status|accommodation|e-verify|affirmative action|privacy "
                         r"(policy|notice)|authori[sz]ed to work|background check|\beeo\b|discriminat|fraudulent"
                         r"|job (posting )?scam", re.I)
_BENEFITS_TEXT = re.compile(r"salary range|base salary|base pay|pay range|\bcompensation\b|competitive (salary|pay)"
                            r"|(great|excellent|competitive|comprehensive|full|our|and) benefits|benefits (package"
                            r"|include)|401\(?k|dental|paid (time off|parental|holidays)|parental leave|\bpto\b"
                            r"|health insurance|stock options|total rewards|perks", re.I)
_NICE_ITEM = re.compile(r"\b(bonus|nice[ -]to[ -]have|a plus|big plus|huge plus|plus if|preferred|ideally|desirable"
                        r"|not required|advantage|advantageous|would be (great|nice|helpful))\b", re.I)
_LOOKS_REQUIRED = re.compile(
    r"\b(experience (with|in|using|of|building|developing|designing|working|operating|leading|managing)"
    r"|\d+\+?\s*(years|yrs)|years of|proficien|knowledge of|familiar|understanding of|degree|bachelor"
    r"|master'?s|ph\.?d|you have|you've|you bring|you('ll| will) need|must (have|be)|required|expertise"
    r"|skilled|strong (background|command|grasp|skills|experience)|ability to|background in|comfortable"
    r"|fluen|hands-on|track record|certifi)", re.I)


def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            data = yaml.safe_load(m.group(1))
        except yaml.YAMLError:
            data = None  # a '---' rule that merely looks like front matter: keep it as text
        if isinstance(data, dict):
            return data, text[m.end():]
    return {}, text


def _markup_to_lines(text: str) -> str:
    """HTML blocks and whole-line bold ("**Who You Are**") as lines and headings, before clean_text drops them."""
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


def _units(lines: list[str]) -> list[str]:
    """One entry per paragraph line or bullet; a bullet keeps its wrapped lowercase continuation."""
    units: list[str] = []
    in_bullet = False
    for line in lines:
        if not line.strip():
            in_bullet = False
        elif in_bullet and line[0].islower() and not _is_bullet(line):
            units[-1] += " " + line
        else:
            units.append(line)
            in_bullet = _is_bullet(line)
    return units


def _boilerplate_kind(text: str) -> str | None:
    return "legal" if _LEGAL_TEXT.search(text) else "benefits" if _BENEFITS_TEXT.search(text) else None


def _runs(paragraph: str) -> list[tuple[str, str | None, bool]]:
    """(text, boilerplate kind, reads like a requirement) runs of a paragraph's sentences.

    Scraped postings are often one long line, so boilerplate is found sentence by sentence.
    """
    runs: list[tuple[str, str | None, bool]] = []
    for sentence in _SENTENCE_END.split(paragraph):
        run = (sentence, _boilerplate_kind(sentence), bool(_LOOKS_REQUIRED.search(sentence)))
        if runs and runs[-1][1:] == run[1:]:
            run = (runs.pop()[0] + " " + sentence, *run[1:])
        runs.append(run)
    return runs


def _sections(lines: list[str]) -> list[Section]:
    """Sections by heading; EEO or pay text inside another section becomes a section of its own.

    Once boilerplate starts, the prose after it stays boilerplate until the next heading, unless
    it reads like a requirement ("We make hiring decisions based on ..." follows a pay sentence).
    """
    raw: list[tuple[str, str, list[str]]] = []
    heading, kind, body = "", "about", []
    for line in lines:
        title = _heading(line)
        label = None if title is not None else _label(line)
        if title is None and label is None:
            body.append(_MD_HEADING.sub(r"\1", line))  # a long '### paragraph' is text
            continue
        raw.append((heading, kind, body))
        heading, kind, body = (title, heading_kind(title) or "other", []) if title is not None else \
            (label[0], label[1], [label[2]])
    raw.append((heading, kind, body))
    sections: list[Section] = []
    for heading, kind, body in raw:
        parts: list[list] = []
        now = (heading, kind)
        for unit in _units(body):
            prose = kind not in BOILERPLATE_KINDS and not _is_bullet(unit)
            same_line = False
            for piece, found, required in _runs(unit) if prose else [(unit, None, False)]:
                if found:
                    now = ("", found)
                elif prose and required:
                    now = (heading, kind)
                if parts and tuple(parts[-1][:2]) == now:
                    texts = parts[-1][2]
                    texts[-1:] = [texts[-1] + " " + piece] if same_line else [texts[-1], piece]
                else:
                    parts.append([now[0], now[1], [piece]])
                same_line = True
        sections += [Section(k, h, "\n".join(u)) for h, k, u in parts]
    return sections


def _skill_names(text: str, asked: bool = False) -> list[str]:
    try:
        from .skills import skill_names
    except ImportError:  # the skills module is optional: without it postings carry no skills
        return []
    return skill_names(text, asked=asked)


def _posting_skills(wanted: list[str], requirements: list[Requirement]) -> list[str]:
    """The skills the text asks for, in the order it names them: not those named in a
    sentence about the company or in a job title ("We use Slack", "Senior Developer -
    Linux"), except that whatever a requirement names is asked by its place."""
    named = [s for r in requirements for s in r.skills]
    return list(dict.fromkeys(_skill_names("\n".join(wanted), asked=True) + named))


def _requirement(text: str, section: Section, nice: bool) -> Requirement:
    unqualified = re.sub(r"\([^)]*\)", "", text)  # "(AWS preferred)" qualifies a part, not the whole item
    nice = nice or bool(_NICE_ITEM.search(unqualified))
    return Requirement(text, "nice" if nice else "must", parse_years(text), section.heading, _skill_names(text))


def _requirements(sections: list[Section]) -> list[Requirement]:
    """Items of the requirement sections; with fewer than three, requirement-like sentences of the prose."""
    found: list[Requirement] = []
    seen: set[str] = set()

    def add(item: str, section: Section, nice: bool) -> None:
        key = _key(item)
        if key and key not in seen and not _boilerplate_kind(item) and not item.endswith(":"):
            seen.add(key)
            found.append(_requirement(item, section, nice))

    for section in sections:
        if section.kind in ("requirements", "nice"):
            units = section.text.split("\n")
            bullets = [strip_line_marks(u) for u in units if _is_bullet(u)]
            # with a list, the lines around it are lead-ins ("... any of the following.")
            for item in bullets or [s for u in units for s in split_sentences(u)]:
                add(item, section, section.kind == "nice")
    if len(found) < 3:
        for section in sections:
            if section.kind in ("about", "responsibilities", "other"):
                for sentence in split_sentences(section.text):
                    if _LOOKS_REQUIRED.search(sentence):
                        add(sentence, section, False)
    return found


# --- parsing ------------------------------------------------------------------
def kind_of(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object",
            type(None): "null"}.get(type(value), type(value).__name__)


_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON's "\ud800" alone: not text UTF-8 can store


def validated(meta: dict) -> dict:
    """Record fields under canonical names, checked: text fields are text, salary text or a number."""
    out = _canonical(meta)
    for name, value in out.items():
        wrong = isinstance(value, (bool, list, dict)) if name != "remote" else isinstance(value, (list, dict))
        if wrong or (name == "remote" and isinstance(value, float)):
            raise InputError(f"'{name}' must be {'true/false' if name == 'remote' else 'text'}, "
                             f"not {kind_of(value)}")
    return {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in out.items()}


def _as_remote(value: object) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    words = str(value).strip().lower()
    if words in ("true", "yes", "y", "1") or re.search(r"\bremote\b", words) and not _REMOTE_NO.search(words):
        return True
    return False if words in ("false", "no", "n", "0") or _REMOTE_NO.search(words) else None


def _salary_from(value: object) -> tuple[float | None, float | None, str] | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return float(value), float(value), str(value)
    return parse_salary(str(value), bare=True) or (None, None, str(value).strip())


def parse_posting(text: str, id: str, meta: dict | None = None) -> Posting:
    """Read one posting's text into a ``Posting``.

    ``meta`` holds record fields (title, company, location, url, salary, remote);
    they win over YAML front matter, which wins over what the text says.
    Empty text or ill-typed fields raise InputError.
    """
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"posting {id!r} has no text")
    if _SURROGATE.search(str(id)):
        raise InputError(f"posting id {id!r} is not valid Unicode text")
    try:
        given = validated(meta or {})
        front, body = _front_matter(text.replace("\r\n", "\n"))
        given = {**validated(front), **given}
    except InputError as e:
        raise InputError(f"posting {id!r}: {e}") from None
    lines = _drop_repeats(_unglue(clean_text(_markup_to_lines(body))).split("\n"))
    if not any(line.strip() for line in lines):
        raise InputError(f"posting {id!r} has no text")
    full = "\n".join(_MD_HEADING.sub(r"\1", line) for line in lines).strip()
    header, start = _read_header(lines)
    in_text = _text_fields(lines)
    sections = _sections(lines[start:])
    requirements = _requirements(sections)

    def pick(name: str) -> str:
        return str(given.get(name) or header.get(name) or in_text.get(name) or "").strip()

    location = pick("location")
    salary = _salary_from(given.get("salary")) or header.get("salary") \
        or parse_salary(str(in_text.get("salary", "")), bare=True) \
        or next(filter(None, (parse_salary(l) for l in lines if _SALARY_CONTEXT.search(l))), None) \
        or (None, None, "")
    title = pick("title") or _title_in_prose(full)
    wanted = [title] + [s.text for s in sections if s.kind not in BOILERPLATE_KINDS]
    remote = _as_remote(given.get("remote"))
    remote = _as_remote(in_text.get("remote")) if remote is None else remote
    if remote is None:  # EEO and benefits text ("interviews on-site") says nothing about the job
        remote = _remote_from("\n".join(lines[:start] + wanted), location)
    must_years = [r.years for r in requirements if r.kind == "must" and r.years is not None]
    return Posting(
        id=str(id), title=title, company=pick("company"), location=location, remote=remote,
        salary_min=salary[0], salary_max=salary[1], salary_text=salary[2], url=pick("url"), text=full,
        sections=sections, requirements=requirements, skills=_posting_skills(wanted, requirements),
        years=max(must_years) if must_years else None)


# --- showing ------------------------------------------------------------------------
def _money(amount: float) -> str:
    return f"${amount:,.0f}"


def format_posting(p: Posting) -> str:
    """A posting as ``matcher show`` prints it: header, requirements, then each section by kind."""
    salary = p.salary_text
    if p.salary_min is not None:
        span = _money(p.salary_min) + ("" if p.salary_max == p.salary_min else f" - {_money(p.salary_max)}")
        salary = f"{span} a year" + (f" (\"{p.salary_text}\")" if p.salary_text else "")
    details = [("id", p.id), ("company", p.company), ("location", p.location),
               ("remote", {True: "yes", False: "no"}.get(p.remote, "")), ("salary", salary), ("url", p.url),
               ("years asked", f"{p.years:g}" if p.years is not None else ""), ("skills", ", ".join(p.skills))]
    out = [p.title or "(untitled posting)"] + [f"  {name}: {value}" for name, value in details if value]
    out += ["", f"Requirements ({len(p.must)} must, {len(p.nice)} nice):"]
    for r in p.requirements:
        extra = [f"{r.years:g}+ years" if r.years is not None else "", ", ".join(r.skills)]
        out.append(f"  [{r.kind}] {r.text}" + (f"  ({'; '.join(e for e in extra if e)})" if any(extra) else ""))
    for s in p.sections:
        out += ["", f"== {s.heading or '(no heading)'} [{s.kind}]"]
        if s.kind in BOILERPLATE_KINDS:
            out.append(f"  ({len(s.text)} characters of {s.kind} text, ignored for ranking)")
        else:
            out += [f"  {line}" for line in s.text.split("\n")]
    return "\n".join(out)
