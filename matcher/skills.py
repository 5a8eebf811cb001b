"""The skill taxonomy and skill extraction.

A taxonomy is a list of skills (canonical name, category, aliases) plus, for
each surface form, how strictly it must be matched.  Most forms match in any
case; forms that are also plain English words or letters need more evidence:

* ``case`` forms (Excel, Spark, Swift, React, Slack...) match as written, or
  all-lower/all-upper when they sit in a list next to another skill
  ("python, spark"); at a sentence start they need that list too ("Excel in
  a team" is not Excel).
* ``context`` forms (Go, R, C, Spring, Chef, Express...) match only as
  written AND in a list of skills ("C/C++", "Python, R") or beside a language
  cue ("Go code", "languages such as R", "written in C.").  R&D, C-level and
  go-to never match.

A skill followed by a role word ("Java Developer", "DevOps team") names a
job or a team, not a skill the text claims, and is skipped.

Text is cut into tokens that keep tech spellings whole (``C++``, ``C#``;
``.NET`` is ``.`` + ``NET``), and every form is a token sequence in one dict
(its prefixes in a set), so matching costs about the same for 800 skills as
for ESCO's 14,000.  Matches are leftmost-longest and never overlap.

The default taxonomy lives in ``matcher/data/skills.csv``: columns ``name,
category, aliases, case_sensitive, needs_context``; the last three are
'|'-separated, and the last two say which of the name and aliases are strict.
"""

from __future__ import annotations

import csv
import functools
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator

from . import config
from .errors import InputError

DEFAULT_CSV = Path(__file__).parent / "data" / "skills.csv"
ESCO_COLUMNS = ("preferredLabel", "altLabels", "skillType")

PLAIN, CASE, CONTEXT = "plain", "case", "context"

# Word tokens keep a trailing "++" or "#" (C++, C#, F#); every other
# non-space character is a token of its own except '-' and '_', which join
# words like a space does, so "amazon-web-services" reads as "amazon web services".
_TOKEN = re.compile(r"[^\W_]+(?:\+\+|#)?|[^\w\s\-]")

# What may sit between two items of a list of skills.
_LIST_GAP = re.compile(r"(?:[\s,;/|&+()\[\]·•]|\band\b|\bor\b)*\Z", re.IGNORECASE)
_BULLETS = set(" \t-*•·▪●◦‣–—>#")
_ABBREVIATION_END = re.compile(r"\b(?:e\.g|i\.e|etc|incl|vs|ex)\.\Z", re.IGNORECASE)
_CUE_AFTER = re.compile(
    r"[ \t]*-?[ \t]*(?:programming|language|lang|development|engineering|code|coding|"
    r"scripts?|scripting|librar(?:y|ies)|packages?|modules?|services|microservices|"
    r"backends?|apps?|applications?|framework|stack|ecosystem)\b", re.IGNORECASE)
_CUE_BEFORE = re.compile(r"\b(?:languages?|programming|coding|scripting|written in|tech stack)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|using|with)[ \t]+\Z", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;:)!?/|]|\n|\Z|and\b|or\b)")
# "Java Developer", "DevOps engineers", "SRE team": a job title or a team
# names the skill without claiming it; the requirements say it again.
_ROLE_AFTER = re.compile(
    r"[ \t]*[-/]?[ \t]*(?:developers?|engineers?|architects?|managers?|administrators?|admins?|leads?|"
    r"consultants?|specialists?|analysts?|designers?|programmers?|experts?|teams?|guilds?|departments?|"
    r"positions?|roles?|interns?|testers?|ninjas?|gurus?|evangelists?|associates?|representatives?|reps?|"
    r"executives?|coordinators?|directors?|supervisors?|technicians?|clerks?|officers?|assistants?|"
    r"professionals?)\b", re.IGNORECASE)
_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z'’]*)")
# "Excel at", "Slack off": a capitalised word opening a sentence may be the verb.
_FUNCTION_WORD_AFTER = re.compile(r"[ \t]+(?:in|at|to|the|a|an|your|our|their|with|on|of|for|off|up|is|are)\b")


@dataclass(frozen=True)
class Skill:
    """A canonical skill: its name, category and the other names it goes by."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkillMention:
    """A skill found in a text; ``text[start:end] == surface``."""

    name: str
    category: str
    start: int
    end: int
    surface: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Form:
    """How one token sequence is matched: the skill, the rule and the spellings taken as written."""

    skill: Skill
    rule: str
    spellings: tuple[tuple[str, ...], ...] = ()


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


class Taxonomy:
    """A set of skills and the matcher over all their names and aliases."""

    def __init__(self, entries: Iterable[tuple[str, Skill, str]] = ()):
        """Build from ``(form, skill, rule)`` entries; the first skill to claim a form keeps it."""
        self._skills: dict[str, Skill] = {}
        # Forms keyed by their lowercased tokens, plus every proper prefix of
        # one so that a scan stops as soon as no longer form can follow.  A
        # flat dict and set hold ESCO's 120,000 forms in far less memory than
        # a trie of dicts.
        self._forms: dict[tuple[str, ...], _Form] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        self.conflicts: list[tuple[str, str, str]] = []  # (form, kept skill, dropped skill)
        for form, skill, rule in entries:
            spelled = _tokens(form)
            self._add(spelled, _Form(skill, rule, () if rule == PLAIN else (spelled,)))

    def _add(self, spelled: tuple[str, ...], new: _Form) -> None:
        if not spelled:
            return
        skill = self._skills.setdefault(new.skill.name.casefold(), new.skill)
        key = tuple(sys.intern(token.lower()) for token in spelled)
        old = self._forms.get(key)
        if old is None:
            self._forms[key] = new if new.skill is skill else _Form(skill, new.rule, new.spellings)
            self._prefixes.update(key[:n] for n in range(1, len(key)))
        elif old.skill is not skill:
            self.conflicts.append((" ".join(spelled), old.skill.name, skill.name))
        elif new.rule != old.rule or new.spellings != old.spellings:
            # Two spellings of one skill ("Sass", "SASS"): the looser rule wins.
            looser = min(old.rule, new.rule, key=(PLAIN, CASE, CONTEXT).index)
            spellings = () if looser == PLAIN else tuple(dict.fromkeys(old.spellings + new.spellings))
            self._forms[key] = _Form(skill, looser, spellings)

    # -- construction -------------------------------------------------

    @classmethod
    def default(cls) -> "Taxonomy":
        """The bundled tech-heavy taxonomy (``matcher/data/skills.csv``)."""
        return _default_taxonomy()

    @classmethod
    def _from_csv(cls, path: Path) -> "Taxonomy":
        """The bundled format: name, category, aliases, case_sensitive, needs_context."""
        entries = []
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                name = row["name"].strip()
                aliases = _split(row["aliases"])
                skill = Skill(name, row["category"].strip(), tuple(a for a in aliases if a != name))
                forms = [name, *skill.aliases]
                strict = {f: CASE for f in _split(row["case_sensitive"])}
                strict.update({f: CONTEXT for f in _split(row["needs_context"])})
                unknown = set(strict) - set(forms)
                if unknown:
                    raise ValueError(f"{path}: {name}: strict forms {sorted(unknown)} are not its name or aliases")
                entries += [(form, skill, strict.get(form, PLAIN)) for form in forms]
        return cls(entries)

    @classmethod
    def from_esco_csv(cls, path: str | Path) -> "Taxonomy":
        """A taxonomy from an ESCO skills CSV (preferredLabel, altLabels one a line, skillType).

        The category is ``esco:<skillType>`` ("esco:knowledge", "esco:skill").
        One-word labels with capitals ("Access", "Canvas") are matched as
        written, short lowercase ones are left out; longer labels match in
        any case.  A missing or unreadable file, or missing columns, is an
        InputError.
        """
        if not path:
            raise InputError("no ESCO skills file given")
        path = Path(path)
        entries: list[tuple[str, Skill, str]] = []
        skills: list[Skill] = []
        try:
            with path.open(newline="", encoding="utf-8-sig") as fh:
                reader = csv.DictReader(fh)
                missing = [c for c in ESCO_COLUMNS if c not in (reader.fieldnames or ())]
                if missing:
                    raise InputError(f"ESCO skills file {path.name} lacks column(s) {', '.join(missing)}; "
                                     f"expected {', '.join(ESCO_COLUMNS)}")
                for row in reader:
                    skill, forms = _esco_skill(row)
                    if skill:
                        skills.append(skill)
                        entries += forms
        except FileNotFoundError:
            raise InputError(f"ESCO skills file not found: {path}") from None
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            raise InputError(f"cannot read ESCO skills file {path.name}: {reason}") from None
        if not skills:
            raise InputError(f"ESCO skills file {path.name} holds no skills")
        tax = cls(entries)
        for skill in skills:  # a skill whose labels are all too short still counts
            tax._skills.setdefault(skill.name.casefold(), skill)
        return tax

    def merged(self, other: "Taxonomy") -> "Taxonomy":
        """This taxonomy plus ``other``; on a shared skill name or form, this one wins."""
        merged = Taxonomy()
        merged._skills, merged._forms = dict(self._skills), dict(self._forms)
        merged._prefixes = self._prefixes | other._prefixes
        for key, skill in other._skills.items():
            merged._skills.setdefault(key, skill)
        for key, form in other._forms.items():
            old = merged._forms.get(key)
            if old is None:
                merged._add(form.spellings[0] if form.spellings else key, form)
            elif old.skill.name.casefold() != form.skill.name.casefold():
                merged.conflicts.append((" ".join(key), old.skill.name, form.skill.name))
        return merged

    # -- queries ------------------------------------------------------

    def get(self, name: str) -> Skill | None:
        """The skill with this canonical name (any case), else the one this alias names, else None."""
        skill = self._skills.get((name or "").strip().casefold())
        if skill is None:
            form = self._forms.get(tuple(t.lower() for t in _tokens(name or "")))
            skill = form.skill if form else None
        return skill

    def __len__(self) -> int:
        return len(self._skills)

    def __iter__(self) -> Iterator[Skill]:
        return iter(self._skills.values())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.casefold() in self._skills

    @property
    def categories(self) -> list[str]:
        """The categories in use, sorted."""
        return sorted({s.category for s in self._skills.values()})

    # -- extraction ---------------------------------------------------

    def extract(self, text: str) -> list[SkillMention]:
        """Skill mentions in ``text``: non-overlapping, leftmost-longest, sorted by start."""
        if text is None:
            return []
        if not isinstance(text, str):
            raise InputError("skill extraction needs text")
        tokens = list(_TOKEN.finditer(text))
        lowered = [m.group().lower() for m in tokens]
        found: list[tuple[int, int, Skill, str]] = []  # (start, end, skill, status)
        i = 0
        while i < len(tokens):
            best = None
            for j in range(i, len(tokens)):
                if j > i and "\n" in text[tokens[j - 1].end():tokens[j].start()]:
                    break  # a form never runs across lines
                key = tuple(lowered[i:j + 1])
                form = self._forms.get(key)
                if form is not None:
                    status = _status(form, text, tokens[i:j + 1])
                    if status:
                        best = (j + 1, (tokens[i].start(), tokens[j].end(), form.skill, status))
                if key not in self._prefixes:
                    break
            if best:
                i = best[0]
                found.append(best[1])
            else:
                i += 1
        return [SkillMention(skill.name, skill.category, start, end, text[start:end])
                for start, end, skill, _ in _confirmed(text, found)]


def _status(form: _Form, text: str, tokens: list[re.Match]) -> str:
    """How much evidence a match still needs.

    'sure'; 'list' (a skill list around it); 'context' (a list or a cue);
    'inline' (a cue, or a list on the same line); '' (no match).
    """
    start, end = tokens[0].start(), tokens[-1].end()
    if _ROLE_AFTER.match(text, end):
        return ""
    if form.rule == PLAIN:
        return "sure"
    spelled = tuple(m.group() for m in tokens)
    if form.rule == CASE:
        if spelled in form.spellings:
            opens = _sentence_start(text, start) and _FUNCTION_WORD_AFTER.match(text, end)
            return "list" if opens else "sure"
        # "spark" or "SPARK" may be the tool in a list; "Solid" for SOLID is a word.
        joined = text[start:end]
        return "list" if joined.islower() or joined.isupper() else ""
    if spelled not in form.spellings or _glued(text, start, end):
        return ""
    after = _LOWER_WORD_AFTER.match(text, end)
    if after and after.group(1) not in ("and", "or") and not _CUE_AFTER.match(text, end):
        return "inline"  # "Python/Go for tooling" yes, "...Python\nGo to market" no
    return "context"


def _confirmed(text: str, found: list[tuple[int, int, Skill, str]]) -> list[tuple[int, int, Skill, str]]:
    """The found matches that are sure, cued, or chained by list separators to a confirmed one."""
    ok = [status == "sure" or (status in ("context", "inline") and _cued(text, start, end))
          for start, end, _, status in found]
    changed = True
    while changed:
        changed = False
        for k, (start, end, _, status) in enumerate(found):
            if ok[k]:
                continue
            gaps = []
            if k > 0 and ok[k - 1]:
                gaps.append(text[found[k - 1][1]:start])
            if k + 1 < len(found) and ok[k + 1]:
                gaps.append(text[end:found[k + 1][0]])
            if any(_is_list_gap(gap) and not (status == "inline" and "\n" in gap) for gap in gaps):
                ok[k] = changed = True
    return [match for match, keep in zip(found, ok) if keep]


def _is_list_gap(gap: str) -> bool:
    return len(gap) <= 12 and bool(_LIST_GAP.match(gap))


def _cued(text: str, start: int, end: int) -> bool:
    """A language cue around a context form: "Go code", "languages such as R", "written in C."."""
    if _CUE_AFTER.match(text, end):
        return True
    window = re.split(r"[.!?\n]", text[max(0, start - 50):start])[-1]
    if _CUE_BEFORE.search(window):
        return True
    return bool(_PREPOSITION_BEFORE.search(window) and _CLAUSE_END_AFTER.match(text, end))


def _glued(text: str, start: int, end: int) -> bool:
    """A letter-like form stuck to its neighbours: R&D, C-level, Go-to, U.S.-C."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    return (before in "&-'’." or after in "&-'’"
            or (after == "." and after2.isalnum()))


def _sentence_start(text: str, start: int) -> bool:
    """True when only bullets or spaces stand between ``start`` and a line or sentence start."""
    i = start - 1
    while i >= 0 and text[i] in _BULLETS:
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    return text[i] in ".!?" and not _ABBREVIATION_END.search(text[max(0, i - 5):i + 1])


def _split(field: str | None) -> list[str]:
    seen: dict[str, None] = {}
    for part in (field or "").split("|"):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return list(seen)


def _esco_skill(row: dict) -> tuple[Skill | None, list[tuple[str, Skill, str]]]:
    name = (row.get("preferredLabel") or "").strip()
    if not name:
        return None, []
    labels = [name, *((row.get("altLabels") or "").splitlines())]
    forms: dict[str, None] = {}
    for label in labels:
        label = label.strip()
        # "Java (computer programming)": the qualifier never appears in text.
        for form in (label, _QUALIFIER.sub("", label).strip() if "(" in label else ""):
            if form:
                forms.setdefault(form, None)
    skill_type = (row.get("skillType") or "").strip().split("/")[0]
    skill = Skill(name, f"esco:{skill_type}" if skill_type else "esco", tuple(f for f in forms if f != name))
    entries = []
    for form in forms:
        words = [t for t in _tokens(form) if t[0].isalnum()]
        if len(words) == 1 and form.islower() and len(form) <= 3:
            continue  # "tie", "gps": too easily an ordinary word
        rule = CASE if len(words) == 1 and not form.islower() else PLAIN
        entries.append((form, skill, rule))
    return skill, entries


@functools.lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    return Taxonomy._from_csv(DEFAULT_CSV)


@functools.lru_cache(maxsize=4)
def _taxonomy_for(esco_csv: str) -> Taxonomy:
    base = Taxonomy.default()
    return base.merged(Taxonomy.from_esco_csv(esco_csv)) if esco_csv else base


def taxonomy() -> Taxonomy:
    """The default taxonomy, merged with the ESCO CSV named by MATCHER_ESCO_CSV when set (cached)."""
    return _taxonomy_for(str(config.get("esco_csv") or ""))


def extract_skills(text: str) -> list[SkillMention]:
    """Skill mentions in ``text`` under ``taxonomy()``."""
    return taxonomy().extract(text)


# A posting also says what the company does and uses ("We are a leader in financial
# services", "Our team lives in Slack") and which job it is ("Senior Developer - Linux").
# Such a sentence names skills without asking them of the candidate, unless it also
# speaks of the candidate ("we expect experience with Kafka").
_COMPANY_VOICE = re.compile(r"\b(?:we|we'(?:re|ve|ll)|our|ours|us|(?:the|this) (?:company|firm|client|team))\b",
                            re.IGNORECASE)
# A company introduced by its name: "Acme is a fintech company", "Acme is one of the leaders in"
# (not "There is a ..." nor the role: "The Cloud Architect is an expert in ...").
_COMPANY_INTRO = re.compile(r"\A\W*(?!(?:There|It|This|That|The)\b)((?:[A-Z<][\w<>&.'’-]*[ \t]+){1,4})"
                            r"(?:is|are)[ \t]+(?:a|an|the|one of)\b")
# A job title's gender marker, as in European postings: "(m/f/d)", "(w/m/x)".
_GENDER_MARKER = re.compile(r"\(\s*[mwfdx]\s*/\s*[mwfdx]\s*(?:/\s*[mwfdx]\s*)?\)", re.IGNORECASE)
_CANDIDATE_CUE = re.compile(
    r"\b(?:you|your|you'(?:ll|re|ve)|candidates?|applicants?|someone|experience[ds]?|knowledge|familiar\w*"
    r"|proficien\w*|skills?|expertise|background|understanding|ability|degree|years?|must|required"
    r"|requirements?|looking for|seeking|hands-on|work(?:ing)? with|plus|advantage\w*|bonus|asset"
    r"|preferred|desir\w+|nice to have)\b", re.IGNORECASE)
_ROLE_NOUN = re.compile(r"\b(?:developer|engineer|administrator|architect|manager|lead|analyst|consultant"
                        r"|specialist|programmer|designer|tester|scientist|intern)s?\b", re.IGNORECASE)
_PROSE_WORD = re.compile(r"\b(?:with|in|of|for|to|and|on)\b|[.!?]\s*\Z", re.IGNORECASE)
# A sentence: up to a line break, or up to '.', '!' or '?' before a space ("node.js" stays whole).
_SENTENCE = re.compile(r"(?:[^\n.!?]|[.!?](?!\s))+[.!?]*")


def names_without_asking(sentence: str) -> bool:
    """Whether a posting's sentence speaks of the company or is a job title, not of the candidate."""
    sentence = sentence.replace("\u2019", "'")
    if _CANDIDATE_CUE.search(sentence):
        return False
    title = ((len(sentence.split()) <= 10 and _ROLE_NOUN.search(sentence)
              and not _PROSE_WORD.search(sentence)) or _GENDER_MARKER.search(sentence))
    intro = _COMPANY_INTRO.search(sentence)
    return bool(title or _COMPANY_VOICE.search(sentence)
                or (intro and not _ROLE_NOUN.search(intro.group(1))))


def asked_skills(text: str, tax: Taxonomy | None = None) -> list[SkillMention]:
    """The mentions in a posting's text that ask something of the candidate: those in
    sentences about the company or in job-title lines are left out (see
    ``names_without_asking``).  Resumes are read with ``extract_skills``: there "we
    moved to Kubernetes" is the candidate's own work."""
    mentions = (tax or taxonomy()).extract(text)
    if not mentions:
        return mentions
    told = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if names_without_asking(m.group())]
    return [m for m in mentions if not any(start <= m.start < end for start, end in told)]


def skill_names(text: str, asked: bool = False) -> list[str]:
    """Canonical names of the skills in ``text``, each once, in first-seen order; with
    ``asked``, only those a posting asks of the candidate (``asked_skills``)."""
    mentions = asked_skills(text) if asked else extract_skills(text)
    return list(dict.fromkeys(m.name for m in mentions))


def mentions_to_json(mentions: Iterable[SkillMention]) -> list[dict]:
    """Mentions as JSON-ready dicts (name, category, start, end, surface)."""
    return [m.to_dict() for m in mentions]


IMPLIED_CSV = Path(__file__).parent / "data" / "implied.csv"


@functools.lru_cache(maxsize=1)
def _implications() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(skill -> skills it implies, category -> skills it implies) from ``data/implied.csv``."""
    by_skill: dict[str, tuple[str, ...]] = {}
    by_category: dict[str, tuple[str, ...]] = {}
    with open(IMPLIED_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key, parents = row["skill"].strip(), tuple(_split(row["implies"]))
            if key.startswith("category:"):
                by_category[key.removeprefix("category:")] = parents
            else:
                by_skill[key] = parents
    return by_skill, by_category


def implied_skills(names: Iterable[str]) -> dict[str, str]:
    """Broader skills that the given ones imply (Docker -> Containers, PostgreSQL -> SQL,
    any programming language -> Software development), each with the skill that implies
    it.  Followed transitively; skills already given are not repeated."""
    by_skill, by_category = _implications()
    tax = taxonomy()
    given = list(dict.fromkeys(names))
    found: dict[str, str] = {}
    queue = [(name, name) for name in given]
    while queue:
        name, origin = queue.pop(0)
        skill = tax.get(name)
        parents = by_skill.get(name, ()) + by_category.get(skill.category if skill else "", ())
        for parent in parents:
            if parent not in found and parent not in given:
                found[parent] = origin
                queue.append((parent, origin))
    return found


def is_soft(name: str) -> bool:
    """Whether a skill is a soft skill (teamwork, communication): resumes rarely name
    them, so they are never counted as missing."""
    skill = taxonomy().get(name)
    return bool(skill and skill.category == "soft")
