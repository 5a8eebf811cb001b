"""The skill taxonomy and skill extraction.

A taxonomy is a list of skills (canonical name, category, aliases) plus, for
each surface form, how strictly it must be matched: most forms match in any
case, others only as written, in a list of skills or beside a language cue
(the rules, and what each demands, are in ``skill_evidence``).

Text is cut into tokens that keep tech spellings whole (``C++``, ``C#``;
``.NET`` is ``.`` + ``NET``), and every form is a token sequence in one dict
(its prefixes in a set), so matching costs about the same for 800 skills as
for ESCO's 14,000.  Matches are leftmost-longest and never overlap.

The default taxonomy lives in ``matcher/skills/data/skills.csv``: columns ``name,
category, aliases, case_sensitive, needs_context, broad``; the last four are
'|'-separated, and the last three say which of the name and aliases are strict.

A few forms name different skills in different fields: "EMT" is the medical
certification, or the electrical metallic tubing an electrician bends;
"Athena" is Amazon's query service, or the athenahealth records system.
``data/senses.csv`` (columns ``form, skill, near, not_near``) lists the skills
such a form may name, in order, each with the words that must stand near it
(within ``NEAR`` characters; none listed: any) and the words that must not;
the form names the first skill whose words fit, and none when no skill's do.  A sense marked
``cue`` (an optional fifth column, "yes") makes its words the context a form that needs one
asks ("Epic" beside "ClinDoc" or "super user"); otherwise the form's own rule still holds.

Which of a posting's mentions ask something of the candidate is
``skill_asking``'s.
"""

from __future__ import annotations

import csv
import functools
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from matcher import config
from matcher.errors import InputError
from matcher.skills.evidence import BROAD, CASE, CONTEXT, JOIN_BEFORE, PLAIN, ROLE, Form, Skill, confirmed
from matcher.skills.evidence import status as form_status
from matcher.text import LIST_ITEM, LIST_SEP

DEFAULT_CSV = Path(__file__).parent / "data" / "skills.csv"
# Skills outside software, hand-written for this project: healthcare, accounting and
# finance, trades, driving and logistics, sales, retail and hospitality, teaching, legal
# and HR, aviation and the fire service, with their certifications and licences (RN, CDL
# Class A, CPA, OSHA 30, ATP, Firefighter II, ...).
DOMAINS_CSV = Path(__file__).parent / "data" / "domains.csv"
SENSES_CSV = Path(__file__).parent / "data" / "senses.csv"
# A code in brackets right after another: "(R)(CT)", "(R) (MR)" (``_more_codes``).
_NEXT_CODE = re.compile(r"\([A-Z]{1,3}\)[ \t]*\([A-Z]{1,3}\)")
NEAR = 100   # characters either side of an ambiguous form in which its senses' words are looked for
ESCO_COLUMNS = ("preferredLabel", "altLabels", "skillType")

# Word tokens keep a trailing "++" or "#" (C++, C#, F#); every other
# non-space character is a token of its own except '-' and '_', which join
# words like a space does, so "amazon-web-services" reads as "amazon web services".
_TOKEN = re.compile(r"[^\W_]+(?:\+\+|#)?|[^\w\s\-]")
_QUALIFIER = re.compile(r"\s*\([^)]*\)")


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


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


@dataclass(frozen=True)
class _Sense:
    """One skill an ambiguous form may name, and the words (as lowercased token sequences)
    that must, and must not, stand near it."""

    form: Form
    near: tuple[tuple[str, ...], ...]
    not_near: tuple[tuple[str, ...], ...]
    cue: bool = False   # its words near are the context a form that needs one asks ("Epic" by "ClinDoc")


def token_matches(text: str) -> list[re.Match]:
    """The tokens skill forms are made of, as matches into ``text`` (for aligning two texts)."""
    return list(_TOKEN.finditer(text))


class Taxonomy:
    """A set of skills and the matcher over all their names and aliases."""

    def __init__(self, entries: Iterable[tuple[str, Skill, str]] = ()):
        """Build from ``(form, skill, rule)`` entries; the first skill to claim a form keeps it."""
        self._skills: dict[str, Skill] = {}
        # Forms keyed by their lowercased tokens, plus every proper prefix of
        # one so that a scan stops as soon as no longer form can follow.  A
        # flat dict and set hold ESCO's 120,000 forms in far less memory than
        # a trie of dicts.
        self._forms: dict[tuple[str, ...], Form] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        self._starts: set[str] | None = None   # the words a form starts with (made on first use)
        self._certified: dict[str, Skill] | None = None   # work skill -> its certification (made on first use)
        # a form "<object> <work noun>" by its object's words: (the work's verb stem, its skill) (made on first use)
        self._inverted: dict[tuple[str, ...], dict[str, tuple[str, ...]]] | None = None
        self.conflicts: list[tuple[str, str, str]] = []  # (form, kept skill, dropped skill)
        # Forms that name different skills in different fields, with their senses in order.
        self._senses: dict[tuple[str, ...], tuple[_Sense, ...]] = {}
        for form, skill, rule in entries:
            spelled = _tokens(form)
            self._add(spelled, Form(skill, rule, () if rule == PLAIN else (spelled,)))

    def _add(self, spelled: tuple[str, ...], new: Form) -> None:
        if not spelled:
            return
        skill = self._skills.setdefault(new.skill.name.casefold(), new.skill)
        key = tuple(sys.intern(token.lower()) for token in spelled)
        old = self._forms.get(key)
        if old is None:
            self._forms[key] = new if new.skill is skill else Form(skill, new.rule, new.spellings)
            self._prefixes.update(key[:n] for n in range(1, len(key)))
            self._starts = None
        elif old.skill is not skill:
            self.conflicts.append((" ".join(spelled), old.skill.name, skill.name))
        elif new.rule != old.rule or new.spellings != old.spellings:
            # Two spellings of one skill ("Sass", "SASS"): the looser rule wins.
            looser = min(old.rule, new.rule, key=(PLAIN, CASE, CONTEXT, BROAD).index)
            spellings = () if looser == PLAIN else tuple(dict.fromkeys(old.spellings + new.spellings))
            self._forms[key] = Form(skill, looser, spellings)

    # -- construction -------------------------------------------------

    @classmethod
    def default(cls) -> Taxonomy:
        """The bundled taxonomy: tech (``data/skills.csv``) and other trades (``data/domains.csv``)."""
        return _default_taxonomy()

    @classmethod
    def _from_csv(cls, *paths: Path, senses: Path | None = None) -> Taxonomy:
        """The bundled format: name, category, aliases, case_sensitive, needs_context[, broad].
        With several files, an earlier file keeps a form both claim.  ``senses`` names a file
        of forms whose skill depends on the words near them (form, skill, near, not_near[, cue])."""
        tax = cls([entry for path in paths for entry in cls._csv_entries(path)])
        if senses:
            tax._read_senses(senses)
        return tax

    def _read_senses(self, path: Path) -> None:
        """Add the senses in ``path``; each form must already be a form of some skill here, and is
        matched by that form's rule whichever skill it names."""
        senses: dict[tuple[str, ...], list[_Sense]] = {}
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                form, name = row["form"].strip(), row["skill"].strip()
                key = tuple(token.lower() for token in _tokens(form))
                base, skill = self._forms.get(key), self._skills.get(name.casefold())
                if base is None or skill is None:
                    raise ValueError(f"{path}: {form} -> {name}: "
                                     f"{'no skill has the form' if base is None else 'no such skill'}")
                words = [tuple(t.lower() for t in _tokens(w)) for w in _split(row["near"])]
                avoid = [tuple(t.lower() for t in _tokens(w)) for w in _split(row["not_near"])]
                cue = (row.get("cue") or "").strip().lower() in ("yes", "true", "1")
                senses.setdefault(key, []).append(
                    _Sense(Form(skill, base.rule, base.spellings), tuple(words), tuple(avoid), cue and bool(words)))
        self._senses.update((key, tuple(found)) for key, found in senses.items())

    def sensed(self) -> frozenset[str]:
        """The names of the skills a form names only in some fields (``data/senses.csv``)."""
        return frozenset(sense.form.skill.name for found in self._senses.values() for sense in found)

    def sensed_forms(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The forms (lowercased tokens) that name the skill ``name`` only in some fields ("cpp" for the
        Certified Payroll Professional, where payroll words stand near it)."""
        return tuple(key for key, found in self._senses.items() if any(s.form.skill.name == name for s in found))

    @staticmethod
    def _csv_entries(path: Path) -> list[tuple[str, Skill, str]]:
        entries = []
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                name = row["name"].strip()
                aliases = _split(row["aliases"])
                skill = Skill(name, row["category"].strip(), tuple(a for a in aliases if a != name))
                forms = [name, *skill.aliases]
                strict = {f: CASE for f in _split(row["case_sensitive"])}
                strict.update({f: CONTEXT for f in _split(row["needs_context"])})
                strict.update({f: BROAD for f in _split(row.get("broad"))})
                unknown = set(strict) - set(forms)
                if unknown:
                    raise ValueError(f"{path}: {name}: strict forms {sorted(unknown)} are not its name or aliases")
                entries += [(form, skill, strict.get(form, PLAIN)) for form in forms]
        return entries

    @classmethod
    def from_esco_csv(cls, path: str | Path) -> Taxonomy:
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

    def merged(self, other: Taxonomy) -> Taxonomy:
        """This taxonomy plus ``other``; on a shared skill name or form, this one wins."""
        merged = Taxonomy()
        merged._skills, merged._forms = dict(self._skills), dict(self._forms)
        merged._senses = dict(self._senses)
        merged._prefixes = self._prefixes | other._prefixes
        merged._starts = None
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

    def extract(self, text: str, held: bool = False, resume: bool = False) -> list[SkillMention]:
        """Skill mentions in ``text``: non-overlapping, leftmost-longest, sorted by start.
        ``held``: ``text`` is the title of a job someone held ("DevOps Engineer", "Senior
        Backend Engineer"), which names the work they did: a form followed by a role word
        or a broad one counts there, as any form does that the rules would take with a cue, and
        a field before a role noun names the work of that role ("Data Analyst": data analysis).
        In a ``resume``'s text a title after "experience as a" or "worked as a" is read so too
        ("three years of experience as a Front-End UI Developer"); a posting's names the job
        it asks ("3-5 years of experience as a data analyst"), not work done.  A word left out of a pair is
        read where the other half of its form stands: "accounts payable and receivable" names
        Accounts receivable too, "unit and integration testing" Unit testing."""
        if text is None:
            return []
        if not isinstance(text, str):
            raise InputError("skill extraction needs text")
        tokens = list(_TOKEN.finditer(text))
        lowered = [m.group().lower() for m in tokens]
        roles_held = [m.span(1) for m in _AS_ROLE.finditer(text) if not _asks_it(text, m.start())] \
            + [m.span(1) for m in _SELF_TITLE.finditer(text)] if resume and not held else ()
        found: list[tuple[int, int, Skill, str]] = []  # (start, end, skill, status)
        spans: list[tuple[int, int]] = []  # the tokens (first, last) of each of ``found``
        if self._starts is None:
            self._starts = {key[0] for key in self._forms}
        starts = self._starts
        i = 0
        while i < len(tokens):
            here = held or (bool(roles_held) and any(a <= tokens[i].start() < b for a, b in roles_held))
            if not here and lowered[i] not in starts:
                i += 1   # no form starts with this word (most words of a text)
                continue
            best = None
            for j in range(i, len(tokens)):
                if j > i and not _same_line(text, tokens[j - 1].end(), tokens[j]):
                    break  # a form runs across no line but a wrapped one
                if here and j > i and not (held or any(a <= tokens[j].start() < b for a, b in roles_held)):
                    break  # a title read as held ends where its words do
                key = tuple(lowered[i:j + 1])
                form = self._forms.get(key)
                if form is None and here and (j > i or key[0] in _WORK_ALONE or (
                        key[0] in _SERVES_ALONE and j == len(tokens) - 1)):
                    form = self._work_of_role(key)
                cued = False
                if form is not None and key in self._senses:
                    form, cued = _sense(self._senses[key], text, tokens[i].start(), tokens[j].end())
                if form is not None:
                    status = form_status(form, text, tokens[i:j + 1])
                    if here and status:
                        status = "sure"
                    elif cued and status in ("context", "inline"):
                        # a form that needs context, with its sense's words near it: they are the
                        # cue ("Epic (ClinDoc, MAR)", "Epic super user")
                        status = "sure"
                    elif status == ROLE and _works_so(form.skill, text, tokens[i].start(), tokens[j].end()):
                        status = "sure"  # "led an agile development team": the way the team works
                    if status == ROLE:
                        best = (j + 1, None)  # "Node.js Developer": no "Node" either
                    elif status:
                        best = (j + 1, (tokens[i].start(), tokens[j].end(), form.skill, status), (i, j))
                if key not in self._prefixes:
                    break
            if best:
                i = best[0]
                if best[1] is not None:
                    found.append(best[1])
                    spans.append(best[2])
            else:
                i += 1
        found = self._bracketed(text, tokens, lowered, self._elided(text, tokens, lowered, found, spans))
        found = self._more_codes(text, tokens, lowered, found)
        found = self._certified_lists(text, found)
        found = self._phrased(text, found)
        if resume and not held:
            found = self._done_to(text, tokens, lowered, found)
        return [SkillMention(skill.name, skill.category, start, end, text[start:end])
                for start, end, skill, _ in confirmed(text, found)]

    def _elided(self, text: str, tokens: list[re.Match], lowered: list[str],
                found: list[tuple[int, int, Skill, str]],
                spans: list[tuple[int, int]]) -> list[tuple[int, int, Skill, str]]:
        """``found`` with the forms a pair leaves a word out of: "accounts payable and
        receivable" (Accounts receivable, at "receivable"), "unit and integration testing"
        (Unit testing, at "unit"), "front-end and back-end development".  The other half
        must be a plain form of another skill, on the same line, joined by "and", "or", "&"
        or "/", and its words no part of another match.  A form ending in a number names the numbers
        listed after it: "Series 7, 63 and 66" (Series 63 and Series 66, at "63" and "66").  An
        industry is never read so: "a financial technology and services company" describes a
        firm, and asks nothing of anyone."""
        taken = {k for first, last in spans for k in range(first, last + 1)}
        extra: list[tuple[int, int, Skill, str]] = []

        def add(first: int, last: int, key: tuple[str, ...], like: tuple[int, int, Skill, str],
                numbered: bool = False) -> None:
            form = self._forms.get(key)
            if (form is None or form.rule != PLAIN or key in self._senses or form.skill is like[2]
                    or form.skill.category == _INDUSTRY
                    or any(k in taken for k in range(first, last + 1))
                    or not all(lowered[k][0].isalpha() or (numbered and lowered[k].isdigit())
                               for k in range(first, last + 1))
                    or "\n" in text[tokens[first].start():tokens[last].end()]):
                return
            status = form_status(form, text, tokens[first:last + 1])   # "... and receivable clerks": a job
            if not status or status == ROLE:
                return
            extra.append((tokens[first].start(), tokens[last].end(), form.skill, like[3]))
            taken.update(range(first, last + 1))

        for match, (first, last) in zip(found, spans):
            if last == first:
                continue
            key = tuple(lowered[first:last + 1])
            if key[-1].isdigit() and len(key[-1]) < 4:
                # a numbered credential names the numbers listed after it: "Series 7, 63 and 66", "OSHA 10/30"; not
                # a standard's parts or years ("29 CFR 1910 and 1926" may ask either)
                k = last
                while (k + 2 < len(tokens) and (lowered[k + 1] in _PAIR_JOINS or lowered[k + 1] == ",")
                       and lowered[k + 2].isdigit() and len(lowered[k + 2]) < 4
                       and "\n" not in text[tokens[k].end():tokens[k + 2].start()]):
                    # by its name with or without its issuer's: "FINRA Series 7 & 63"
                    name = next((key[j:-1] for j in range(len(key) - 1)
                                 if key[j:-1] + (lowered[k + 2],) in self._forms), key[:-1])
                    add(k + 2, k + 2, name + (lowered[k + 2],), match, numbered=True)
                    k += 2
            joins = last + 1 < len(tokens) and lowered[last + 1] in _PAIR_JOINS
            if joins and last + 2 < len(tokens) and "\n" not in text[tokens[last].end():tokens[last + 2].start()]:
                add(last + 2, last + 2, key[:-1] + (lowered[last + 2],), match)
            if first >= 2 and lowered[first - 1] in _PAIR_JOINS \
                    and "\n" not in text[tokens[first - 2].end():tokens[first].start()]:
                for n in (1, 2):   # "unit and integration testing", "front-end and back-end development"
                    # a plural before "and" is a noun of its own, no modifier of the head
                    # ("gathering requirements and business analysis")
                    if first - 1 - n >= 0 and n < len(key) and not _plural_for(lowered[first - 2], key[n - 1]):
                        add(first - 1 - n, first - 2, tuple(lowered[first - 1 - n:first - 1]) + key[n:], match)
        return sorted(found + extra, key=lambda m: m[0]) if extra else found

    def _bracketed(self, text: str, tokens: list[re.Match], lowered: list[str],
                   found: list[tuple[int, int, Skill, str]]) -> list[tuple[int, int, Skill, str]]:
        """``found`` with the forms a word in brackets makes with the words after them: "file
        Washington excise (sales) tax returns" names Sales tax, at "sales" (where "sales" alone is
        no Sales); what the words after the brackets name on their own stays ("Tax returns")."""
        out, changed = list(found), False
        for k in range(1, len(tokens) - 2):
            if lowered[k - 1] != "(" or lowered[k + 1] != ")" or not lowered[k].isalpha():
                continue
            best = None
            for last in range(k + 2, min(k + 5, len(tokens))):
                if "\n" in text[tokens[last - 1].end():tokens[last].start()]:
                    break
                key = (lowered[k], *lowered[k + 2:last + 1])
                form = self._forms.get(key)
                if form is not None and form.rule == PLAIN and key not in self._senses:
                    best = (form, last)
                if key not in self._prefixes:
                    break
            if best is None:
                continue
            start, end = tokens[k].start(), tokens[k].end()
            if (form_status(best[0], text, [tokens[k], *tokens[k + 2:best[1] + 1]]) != "sure"
                    or any(a < end and start < b and (a, b) != (start, end) for a, b, _, _ in out)):
                continue
            out = [m for m in out if not (m[0] == start and m[1] == end)]   # "sales" alone gives way
            out.append((start, end, best[0].skill, "sure"))
            changed = True
        return sorted(out, key=lambda m: m[0]) if changed else found

    def _more_codes(self, text: str, tokens: list[re.Match], lowered: list[str],
                    found: list[tuple[int, int, Skill, str]]) -> list[tuple[int, int, Skill, str]]:
        """``found`` with each further code in brackets right after a credential's own read as that kind
        of the credential, where the taxonomy writes it so: "ARRT (R)(CT)" names ARRT CT certification too,
        at "(CT)"; so do "R.T.(R)(CT)(ARRT)" and "ARRT (R) (MR)" (MR).  A code it has no form for ends them."""
        if not found or not _NEXT_CODE.search(text):
            return found
        first_at = {m.start(): k for k, m in enumerate(tokens)}
        last_at = {m.end(): k for k, m in enumerate(tokens)}
        extra: list[tuple[int, int, Skill, str]] = []
        for start, end, _, status in found:
            first, last = first_at.get(start), last_at.get(end)
            if first is None or last is None or last - first < 3 or (lowered[last - 2], lowered[last]) != ("(", ")"):
                continue
            k = last + 1
            while (k + 2 < len(tokens) and (lowered[k], lowered[k + 2]) == ("(", ")")
                   and tokens[k + 1].group().isupper() and not text[tokens[k - 1].end():tokens[k].start()].strip()):
                form = self._forms.get((*lowered[first:last - 2], "(", lowered[k + 1], ")"))
                if form is None:
                    break
                extra.append((tokens[k].start(), tokens[k + 2].end(), form.skill, status))
                k += 3
        return sorted(found + extra, key=lambda m: m[0]) if extra else found

    def _certified_lists(self, text: str,
                         found: list[tuple[int, int, Skill, str]]) -> list[tuple[int, int, Skill, str]]:
        """``found`` with a work skill read as its certification where a list of the work says it is
        certified, as "Forklift certified" does: "Forklift / Reach Truck Certified", "Certified: Forklift,
        Reach, Order Picker" name Forklift certification (``_certified_as``), one mention of the
        list with its word, so that only a line holding it names the certification
        (``_certified_list``)."""
        if not found or not _CERTIFIED.search(text):
            return found
        if self._certified is None:
            self._certified = self._certified_as()
        out: list[tuple[int, int, Skill, str]] = []
        for start, end, skill, status in found:
            if out and start < out[-1][1]:
                continue   # a form inside a list already read as certified
            cert = self._certified.get(skill.name)
            span = _certified_list(text, start, end, [(a, b, other is skill) for a, b, other, _ in found
                                                      if other is skill or a >= end or b <= start],
                                   out[-1][1] if out else 0) if cert else None
            out.append((*span, cert, status) if span else (start, end, skill, status))
        return out

    def _phrased(self, text: str, found: list[tuple[int, int, Skill, str]]) -> list[tuple[int, int, Skill, str]]:
        """``found`` with the skills a sentence names with words in between, which no form can
        (``_PHRASED``): "Handled up to $40,000 cash a day", "balanced a $5,000 cash drawer" and
        "counted and deposited cash" name Cash handling; "Retail: $2,400/month in product sales"
        Retail sales.  One overlapping a mention of another skill is left out; the same skill's
        mention, or a broad form's, gives way to it."""
        extra: list[tuple[int, int, Skill, str]] = []
        for pattern, name in _PHRASED:
            skill = self._skills.get(name.casefold())
            if skill is None or not pattern.search(text):
                continue
            for m in pattern.finditer(text):
                # at its noun where it names one ("hosts" of "Managed 400 Linux hosts"), beside another skill's
                # mention ("Linux")
                start, end = m.span("at") if "at" in pattern.groupindex else m.span()
                over = [f for f in found + extra if f[0] < end and start < f[1]]
                if any(f[2] is not skill and f[3] != BROAD for f in over):
                    continue
                found = [f for f in found if f not in over]
                extra = [f for f in extra if f not in over] + [(start, end, skill, "sure")]
        return sorted(found + extra, key=lambda f: f[0]) if extra else found

    def _done_to(self, text: str, tokens: list[re.Match], lowered: list[str],
                 found: list[tuple[int, int, Skill, str]]) -> list[tuple[int, int, Skill, str]]:
        """``found`` with the skills a resume's line names by a verb and what it was done to, qualified or
        after a second verb, where the skill's form is the work's noun after its object ("Analytical method
        development" of "method development" by "Developed and validated stability-indicating HPLC methods",
        "Project management" by "Managed 14 terminal upgrade projects"): at the object's words, where no other
        mention stands."""
        if self._inverted is None:
            self._inverted = {}
            for key, form in self._forms.items():
                if 2 <= len(key) <= 3 and key[-1] in _WORK_NOUNS and form.rule == PLAIN:
                    self._inverted.setdefault(key[:-1], {}).setdefault(_WORK_NOUNS[key[-1]], key)
        taken = [(a, b) for a, b, _, _ in found]
        extra = []
        for i, word in enumerate(lowered):
            stem = _verb_stem(word)
            if stem is None:
                continue
            stems = [stem]
            j = i + 1
            if j + 1 < len(tokens) and lowered[j] in ("and", "&") and (other := _verb_stem(lowered[j + 1])):
                stems.append(other)   # "developed and validated"
                j += 2
            for first in range(j, min(j + 4, len(tokens))):
                gap = text[tokens[first - 1].end():tokens[first].start()]
                if _BREAK.search(gap) or first > j and lowered[first - 1].endswith("ing") and "-" not in \
                        text[tokens[first - 2].end():tokens[first - 1].start()]:
                    break   # a clause's end, or a gerund that says whose the object is ("new teaching methods")
                for size in (2, 1):
                    last = first + size - 1
                    if last >= len(tokens) or _BREAK.search(text, tokens[first].end(), tokens[last].start()) \
                            or not _ENDS_OBJECT.match(text, tokens[last].end()):
                        continue   # not the object's head ("the project budget"), or across a clause's end
                    works = self._inverted.get(tuple(lowered[first:last]) + (_singular(lowered[last]),), {})
                    named = next((works[v] for v in stems if v in works), None)
                    start, end = tokens[first].start(), tokens[last].end()
                    form = self._forms[named] if named else None
                    if named in self._senses:
                        form, _ = _sense(self._senses[named], text, start, end)
                    if form is None:
                        continue
                    # the object's own mention of a skill the work's implies gives way ("Program and run
                    # Zeiss CMM": CMM programming, not CMM inspection alone)
                    broader = {(a, b) for a, b, skill, _ in found if start <= a and b <= end
                               and skill.name in _implications()[0].get(form.skill.name, ())}
                    if not any(a < end and start < b for a, b in taken if (a, b) not in broader):
                        found = [f for f in found if (f[0], f[1]) not in broader]
                        extra.append((start, end, form.skill, "sure"))
                        taken.append((start, end))
        return sorted(found + extra, key=lambda f: f[0]) if extra else found

    def _certified_as(self) -> dict[str, Skill]:
        """Each work skill a certification is named by, with the word "certified": Forklift
        operation -> Forklift certification, whose alias is "forklift certified"."""
        found = {}
        for cert in self._skills.values():
            if cert.category != "certification":
                continue
            for name in (cert.name, *cert.aliases):
                words = tuple(t.lower() for t in _tokens(name))
                work = words[:-1] if words[-1:] == ("certified",) else words[1:] if words[:1] == ("certified",) else ()
                form = self._forms.get(work) if work else None
                if form is not None and form.skill is not cert and form.skill.category != "certification":
                    found.setdefault(form.skill.name, cert)
        return found

    def _work_of_role(self, key: tuple[str, ...]) -> Form | None:
        """The skill a held title "<field> <role noun>" names by the work of that role: a "Data
        Analyst" did data analysis, a "Project Manager" project management, when the taxonomy
        holds that form ("Store Manager" names no management the taxonomy does not)."""
        noun = key[-1]
        works = _WORK_OF_ROLE.get(noun) or (_WORK_OF_ROLE.get(noun[:-1], ()) if noun.endswith("s") else ())
        for work in works:
            named = key[:-1] + tuple(work.split())
            form = self._forms.get(named)
            if form is not None and form.rule in (PLAIN, BROAD) and named not in self._senses:
                return form
        return None


# Skills a sentence names with words in between, which the forms, a run of words, cannot: handling,
# counting, balancing, depositing or collecting cash with an amount or an object between ("Handled up to
# $40,000 cash a day", "balanced a $5,000 cash drawer", "counted and deposited cash", "collected customers'
# cash payments"; not a company's "cash flow" nor "cash management"); selling in a shop stated by its
# takings, "retail" with a sum of money ("Retail: $2,400/month in product sales", "$800 a week in retail")
# or product sales by the day, week or month ("Averaged $1,500/month in product sales").
_MONEY = r"(?:US)?\$[ \t]?\d[\d,.]*(?:[ \t]?[kKmM]\b|[ \t]?(?:thousand|million)\b)?\+?"
_CASH_BETWEEN = (r"(?:(?:and|&|or|/)[ \t]*[a-z]+(?:ed|ing|e|s)|up|to|over|more|than|under|about|approximately|around"
                 r"|nearly|roughly|large|larger|high|significant|amounts?|sums?|volumes?|of|a|an|the|all|daily|nightly"
                 r"|each|every|in|customer|customers['’]?|guest|guests['’]?|patron|patrons['’]?|store|shop|bar|till"
                 rf"|register|petty|{_MONEY}|\d[\d,.]*\+?[kK]?)")
_PER_PERIOD = r"(?:[ \t]*/[ \t]*|[ \t]+(?:a|an|per|each|every)[ \t]+)(?:day|shift|week|wk|month|mo|year|yr|night)\b"
_PHRASED = (
    (re.compile(r"(?i)\b(?:handl(?:e|ed|es|ing)|count(?:ed|s|ing)?|balanc(?:e|ed|es|ing)|deposit(?:ed|s|ing)?"
                rf"|collect(?:ed|s|ing)?)(?:[ \t]+{_CASH_BETWEEN}){{0,6}}[ \t]+cash\b"
                r"(?![ \t-]*(?:flow|management|position|forecast\w*|equivalents?|advances?)\b)"
                # a till or register run, counted or balanced: "ran register", "count tills", "balanced all drawers";
                # a till's variances: "zero drawer variances"
                r"|\b(?:r[au]n(?:s|ning)?|count(?:ed|s|ing)?|balanc(?:e|ed|es|ing)|reconcil(?:e|ed|es|ing))[ \t]+"
                r"(?:(?:the|a|my|all|\d+|cash)[ \t]+){0,2}(?:tills?|registers?|drawers?)\b"
                r"|\b(?:till|drawer)[ \t]+(?:variances?|shortages?|overages?)\b"), "Cash handling"),
    (re.compile(rf"(?i)\bretail\b[ \t]*(?:[:\-–—][ \t]*|(?:sales|revenue|takings)[ \t]+(?:of[ \t]+)?)?{_MONEY}"
                rf"(?:{_PER_PERIOD})?(?:[ \t]+(?:in|of)[ \t]+(?:retail[ \t]+|product[ \t]+)*(?:sales|products?)\b)?"
                rf"|{_MONEY}(?:{_PER_PERIOD})?[ \t]+(?:in|of)[ \t]+retail\b(?:[ \t]+(?:product[ \t]+)?"
                rf"(?:sales|products?)\b)?"
                rf"|{_MONEY}{_PER_PERIOD}[ \t]+(?:in|of)[ \t]+product[ \t]+sales\b"), "Retail sales"),
    # machines run, said by what was done to them ("Managed 400 Linux hosts across three data centers", "Patched
    # and hardened RHEL servers", "Administered 60 Windows Server VMs"), named at their noun (``at``): a
    # system's kind or place must say they are computers, not a restaurant's hosts and servers
    (re.compile(r"(?i)\b(?:administer|manag|maintain|patch|harden|provision|operat|upgrad)(?:ed|ing|es|e|s)?"
                r"(?:[ \t]+(?:and|&)[ \t]+[a-z]+ed)?[ \t]+(?:(?:over|about|some|more[ \t]+than|the|a|an|our|[\d,]+\+?"
                r"|fleet[ \t]+of|dozens[ \t]+of|hundreds[ \t]+of)[ \t]+){0,3}(?:[\w./-]+[ \t]+){0,2}?"
                r"(?:linux|unix|windows(?:[ \t]+server)?|rhel|red[ \t]+hat|centos|ubuntu|debian|solaris|aix|freebsd"
                r"|vmware|esxi|hyper-v|physical|virtual|bare[ -]metal|on-prem(?:ise)?s?|web|database|db|file|mail|dns"
                r"|dhcp|application|app|production|prod|cloud)[ \t]+(?P<at>hosts?|servers?|machines|vms?|boxes"
                r"|workstations|fleets?)\b"), "Systems administration"),
)
# The nouns of work a form may end in after what the work is done to ("method development", "project
# management"), each with the stem of its verb, and the verb's endings: a resume says the work so ("Developed
# ... methods", "Managed ... projects").
_WORK_NOUNS = {"development": "develop", "validation": "validat", "management": "manag", "design": "design",
               "testing": "test", "maintenance": "maint", "installation": "install", "implementation": "implement",
               "administration": "administ", "reconciliation": "reconcil", "negotiation": "negotiat",
               "scheduling": "schedul", "inspection": "inspect", "planning": "plan", "programming": "program"}
_VERB_STEMS = tuple(sorted(set(_WORK_NOUNS.values()), key=len, reverse=True))
_VERB_END = re.compile(r"|e?d|ed|es|e?s|ing|e|ned|ning|med|ming|ained|ains|ain|ering|ered|ers|er|ate|ated|ating|ates"
                       r"|ered")
# What follows an object's head: a mark, the line's end, a preposition, a joiner or an adverb.
_ENDS_OBJECT = re.compile(r"\s*(?:$|[^\w\s-]|\b(?:for|in|with|from|across|at|on|to|of|by|per|and|or|under|within"
                          r"|using|via|through|into|over)\b|\w+ly\b)", re.M)
# What between two words ends a phrase: a clause's or a list's mark.
_BREAK = re.compile(r"[,;:.()|/\n]|\s[-–—]\s")


def _verb_stem(word: str) -> str | None:
    """The stem of the verb of work ``word`` is a form of ("validated": "validat"), or None."""
    return next((stem for stem in _VERB_STEMS if word.startswith(stem) and _VERB_END.fullmatch(word[len(stem):])),
                None)


def _singular(word: str) -> str:
    """``word`` as its singular, for a plural object ("methods", "projects", "policies")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") \
        else word


# Role nouns whose work is a skill on its own, in a held title with no field before them: a
# "Full Charge Bookkeeper" kept books, a "Cashier" handled cash ("Manager" or "Engineer" alone
# names no skill).
_WORK_ALONE = frozenset({"bookkeeper", "cashier", "accountant", "auditor", "welder", "plumber", "tutor"})
# Role nouns of guest-facing work, which served customers: on their own or ending a held title
# ("Server", "Banquet Server", "Restaurant Host"; not "SQL Server DBA", "Web Server Administrator").
_SERVES_ALONE = frozenset({"server", "waiter", "waitress", "host", "hostess", "barista", "bartender"})
# A list of the work a certification is named by, certified: after the work ("Forklift / Reach Truck
# Certified", "Forklift, Order Picker certification") or before it ("Certified: Forklift, Reach, Order
# Picker", "Certified on forklift and reach truck"); each item up to three words, on one line (``LIST_ITEM``).
_CERTIFIED = re.compile(r"(?i)\b(?:certified|certifications?|certificates?)\b")
# The list may close with its trucks or classes in brackets and a dash before the word ("Forklift (reach truck,
# stand-up, sit-down) - certified 2021").
_LIST_CERTIFIED = re.compile(rf"((?:{LIST_SEP}{LIST_ITEM})*)(?:[ \t]*\([^()\n]{{0,60}}\))?(?:[ \t]*[-–—:])?"
                             r"[ \t]+(?i:certified|certification|certificate)\b")
_LIST_TAIL = re.compile(rf"(?:{LIST_SEP}{LIST_ITEM})*")
_CERTIFIED_LIST = re.compile(rf"\b(?i:certified|certifications?|certificates?)[ \t]*(?::|[-–—]|\b(?i:in|on|for)\b)"
                             rf"[ \t]*((?:{LIST_ITEM}{LIST_SEP})*)\Z")


def _certified_list(text: str, start: int, end: int, mentions: list[tuple[int, int, bool]],
                    floor: int) -> tuple[int, int] | None:
    """(start, end) of the form at ``text[start:end]`` with the list of its work it stands in and
    the word that says the list is certified, or None where no such word is.  After the list
    (``_LIST_CERTIFIED``), the list holds that work's forms and words of no other skill
    (``mentions``: (start, end, of the same skill) of the text's others): "Forklift operation and
    OSHA certification" names no forklift certification.  Before it (``_CERTIFIED_LIST``: a list
    of certifications, "Certified: Forklift, CPR"), the span runs from that word (not before
    ``floor``) over the work's forms up to another skill, which it leaves alone."""
    others = [a for a, _, same in mentions if not same]
    if (after := _LIST_CERTIFIED.match(text, end)) and not any(end <= a < after.end() for a in others):
        return start, after.end()
    low = max(text.rfind("\n", 0, start) + 1, start - 120)
    if not (before := _CERTIFIED_LIST.search(text[low:start])):
        return None
    first = low + before.start()
    first = first if first >= floor and not any(first <= a < start for a in others) else start
    cut = min([a for a in others if a >= end] + [_LIST_TAIL.match(text, end).end()])
    return first, max([b for a, b, same in mentions if same and end <= a and b <= cut] + [end])


# The words that join the two halves of a pair one of which leaves a word out ("accounts payable
# and receivable", "hand + power tools").
_PAIR_JOINS = frozenset({"and", "or", "&", "/", "+"})
_INDUSTRY = "domain"   # the category of industries (FinTech, Financial services)
# A job title after "experience as a", "worked as an", "years as a": what the person did, read as
# a held title.  The title is up to five words ending with a role noun; a function word ends it.
_TITLE_NOUNS = (r"developers?|engineers?|architects?|managers?|administrators?|analysts?|designers?|programmers?"
                r"|testers?|consultants?|specialists?|technicians?|leads?|masters?|coordinators?|officers?"
                r"|assistants?|associates?|clerks?|representatives?|supervisors?|accountants?|bookkeepers?|cashiers?"
                r"|nurses?|drivers?|operators?|aides?|scientists?|auditors?|recruiters?|planners?|estimators?"
                r"|schedulers?|teachers?|instructors?|trainers?|writers?|editors?|marketers?|welders?|plumbers?"
                r"|tutors?|coders?|billers?|DBAs?")
_AS_ROLE = re.compile(
    r"\b(?:experience[ds]?|worked|working|work|years?|months?|employed|served|serving|career|tenure)[ \t]+as[ \t]+"
    r"(?:an?[ \t]+)?((?:(?!(?:and|or|at|in|for|with|to|of|on|from|who|which|that|the|where|while|when|is|was)\b)"
    rf"[\w+#./&-]+[ \t]+){{0,4}}(?:{_TITLE_NOUNS}))\b", re.IGNORECASE)
# A line of a resume that opens with the title its writer holds, then what they seek or bring: "Backend
# engineer seeking a role in Germany", "Registered nurse with 6 years of ICU experience", "Data analyst
# who turns ..."; not "Seeking a backend engineer role" (the title after the verb is the job sought).
_SELF_TITLE = re.compile(
    r"^[ \t]*(?:an?[ \t]+)?((?:(?!(?:and|or|at|in|for|with|to|of|on|from|the|seeking|aspiring|future)\b)"
    rf"[\w+#./&-]+[ \t]+){{0,3}}(?:{_TITLE_NOUNS}))[ \t]+(?:seeking|looking[ \t]+for"
    r"|with[ \t]+(?:over[ \t]+|more[ \t]+than[ \t]+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a[ \t]+decade)\b|who[ \t])",
    re.IGNORECASE | re.MULTILINE)
# A sentence that asks something of a reader ("3+ years of experience as a Data Warehouse developer",
# "As a frontend developer you will ...") names the job asked, not one held: a job title there names
# no skill (a posting's skills are those it asks in its own words).
_ASKING_WORDS = re.compile(r"\b(?:you|your|you'll|you’ll|we|our|candidates?|applicants?|minimum|at least|required"
                           r"|requirements?|preferred|advantage|plus|must|should|ideally|desired|desirable|seeking)\b"
                           r"|\d[ \t]*\+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;\n]")


def _asks_it(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` asks something of its reader (a posting's voice)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)), default=max(0, at - 300))
    end = _SENTENCE_END.search(text, at)
    return bool(_ASKING_WORDS.search(text, start, end.start() if end else min(len(text), at + 300)))


# Ways of working: a team named by one in lower case works so ("led an agile development team"),
# unless the text asks to join it ("part of an agile cross-functional team" names the team).
_WAYS_OF_WORKING = frozenset({"Agile", "Scrum", "Kanban", "Lean", "Extreme Programming"})
_TEAM_RIGHT_AFTER = re.compile(r"[ \t]+(?:teams?|squads?)\b", re.IGNORECASE)
# Leading such a team shows its way of working ("led agile development teams", "coached scrum
# teams"); being in one shows it where the form names the practice ("experience in agile development
# teams"), not a team merely named by it ("working in agile teams"; "a agile team that embodies
# autonomy" and "these scrum teams" describe it).
_LEADS_BEFORE = re.compile(r"\b(?:led|lead|leads|leading|managed|manages|managing|coached|coaches|coaching|ran|run"
                           r"|runs|running|built|building|scaled|scaling)[ \t]+\Z", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|on|with|within|across)[ \t]+\Z", re.IGNORECASE)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _plural_for(word: str, other: str) -> bool:
    """Whether ``word`` is a plural where ``other``, the word it stands for, is not."""
    return _plural(word) and not _plural(other)


def _works_so(skill: Skill, text: str, start: int, end: int) -> bool:
    """Whether a form named before "team" says how the team works: a way of working, written in
    lower case right before the word, in a team a person leads (or is in, where the form names the
    practice: "agile development"), not one the text asks to join."""
    return (skill.name in _WAYS_OF_WORKING and text[start:end].islower() and bool(_TEAM_RIGHT_AFTER.match(text, end))
            and bool(_LEADS_BEFORE.search(text, max(0, start - 20), start)
                     or (" " in text[start:end] and _IN_BEFORE.search(text, max(0, start - 20), start)))
            and not JOIN_BEFORE.search(text, max(0, start - 80), start))


# The work a role noun of a job title does, as the forms of skills say it ("analyst": "data
# analysis", "financial analysis").
_WORK_OF_ROLE = {
    "analyst": ("analysis", "analytics"), "manager": ("management",), "engineer": ("engineering",),
    "developer": ("development",), "designer": ("design",), "coordinator": ("coordination",),
    "administrator": ("administration",), "architect": ("architecture",), "consultant": ("consulting",),
    "planner": ("planning",), "programmer": ("programming",), "tester": ("testing",), "scientist": ("science",),
    "accountant": ("accounting",), "coder": ("coding",), "auditor": ("auditing",),
    "recruiter": ("recruiting", "recruitment"), "supervisor": ("supervision",), "estimator": ("estimating",),
    "scheduler": ("scheduling",), "teacher": ("teaching",), "instructor": ("instruction",),
    "trainer": ("training",), "writer": ("writing",), "editor": ("editing",), "biller": ("billing",),
    "marketer": ("marketing",), "bookkeeper": ("bookkeeping",), "cashier": ("cashiering",), "welder": ("welding",),
    "plumber": ("plumbing",), "tutor": ("tutoring",), "cook": ("cooking",), "fitter": ("fitting",),
    **dict.fromkeys(_SERVES_ALONE, ("customer service",)),
}


# A line break inside a sentence: one new line between spaces, the line going on in lower case
# ("a clean\ndriving record", a text file wrapped at 80 columns).  A line that opens with a
# capital, a bullet or after a blank line starts something else.
_WRAP = re.compile(r"[ \t]*\n[ \t]*\Z")


def _same_line(text: str, gap_start: int, token: re.Match) -> bool:
    """Whether ``token`` goes on the line that ends at ``gap_start``, or a wrapped continuation of it."""
    gap = text[gap_start:token.start()]
    return "\n" not in gap or bool(_WRAP.match(gap) and token.group()[0].islower())


def _sense(senses: tuple[_Sense, ...], text: str, start: int, end: int) -> tuple[Form | None, bool]:
    """The form of the first sense whose words stand near ``text[start:end]`` and whose
    unwanted words do not; None when no sense fits.  With it, whether the sense's words that
    stood near are the context a form that needs one asks (its ``cue``: "Epic" beside
    "ClinDoc" or "super user")."""
    left, right = max(0, start - NEAR), min(len(text), end + NEAR)
    # A word the window cuts in two is not a word of the text ("conduit" cut to "duit").
    before = [m.group().lower() for m in _TOKEN.finditer(text, left, start)
              if not (m.start() == left > 0 and text[left - 1].isalnum())]
    after = [m.group().lower() for m in _TOKEN.finditer(text, end, right)
             if not (m.end() == right < len(text) and text[right].isalnum())]

    present = set(before) | set(after)

    def near(words: tuple[tuple[str, ...], ...]) -> bool:
        return any(not w or (w[0] in present and (_holds(before, w) or _holds(after, w))) for w in words)

    for sense in senses:
        if (not sense.near or near(sense.near)) and not near(sense.not_near):
            return sense.form, sense.cue
    return None, False


def _holds(tokens: list[str], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(tuple(tokens[k:k + n]) == words for k in range(len(tokens) - n + 1))


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
    return Taxonomy._from_csv(DEFAULT_CSV, DOMAINS_CSV, senses=SENSES_CSV)


@functools.lru_cache(maxsize=4)
def _taxonomy_for(esco_csv: str) -> Taxonomy:
    base = Taxonomy.default()
    return base.merged(Taxonomy.from_esco_csv(esco_csv)) if esco_csv else base


def taxonomy() -> Taxonomy:
    """The default taxonomy, merged with the ESCO CSV named by MATCHER_ESCO_CSV when set (cached;
    called thousands of times a request, so the variable is read as it stands, not parsed again)."""
    return _taxonomy_of(os.environ.get(_ESCO_ENV, ""))


_ESCO_ENV = next(setting.env for setting in config.SETTINGS if setting.name == "esco_csv")


@functools.lru_cache(maxsize=4)
def _taxonomy_of(raw: str) -> Taxonomy:
    return _taxonomy_for(str(config.get("esco_csv") or ""))


def extract_skills(text: str, held: bool = False, resume: bool = False) -> list[SkillMention]:
    """Skill mentions in ``text`` under ``taxonomy()`` (``held``: a job title someone held;
    ``resume``: a resume's text)."""
    return taxonomy().extract(text, held, resume)


def posting_mentions(text: str) -> tuple[SkillMention, ...]:
    """``extract_skills`` of a piece of a posting (a requirement, what a must-have asks),
    kept: the parse, a requirement's alternatives and a checklist read the same pieces.
    Never for a resume's text, which no cache keeps."""
    return _posting_mentions(taxonomy(), text)


@functools.lru_cache(maxsize=8192)
def _posting_mentions(tax: Taxonomy, text: str) -> tuple[SkillMention, ...]:
    return tuple(tax.extract(text))



# A title's pieces: what a dash, a bar or brackets set apart ("Web Developer - JavaScript - React").
_TITLE_PIECE = re.compile(r"[ \t]+[-–—|][ \t]+|[ \t]*[()][ \t]*")
_LIST_GLUE = re.compile(r"(?i)[\s,/&+.]+|\band\b|\bor\b")


def without_stack(title: str) -> str:
    """A job title without the list of tools it names after a dash or in brackets:
    "Frontend Engineer - JavaScript / TypeScript / React" -> "Frontend Engineer", "Web
    Developer - JavaScript - React" -> "Web Developer".  Pieces after the first that name
    skills and nothing else, two or more skills together, are the stack the job uses, not
    the work it is, and they drown the title for the model (0.58 like "Front End
    Developer", against 0.78 without them); one skill ("Backend Engineer (Python)") says
    what work it is, and stays."""
    cuts = [0] + [x for m in _TITLE_PIECE.finditer(title) for x in (m.start(), m.end())] + [len(title)]
    pieces = list(zip(cuts[::2], cuts[1::2]))   # (start, end) of each piece, separators between
    stack, names = [], set()
    for i, (start, end) in enumerate(pieces[1:], 1):
        found = extract_skills(title[start:end])
        rest = title[start:end]
        for m in sorted(found, key=lambda m: m.start, reverse=True):
            rest = rest[:m.start] + " " + rest[m.end:]
        if found and not _LIST_GLUE.sub("", rest):
            stack.append(i)
            names.update(m.name for m in found)
    if len(names) < 2:
        return title
    # Each dropped piece takes the separator before it; what is left keeps its own text.
    kept = "".join(title[cuts[2 * i - 1] if i else 0:end] for i, (_, end) in enumerate(pieces) if i not in stack)
    out, open_ = [], 0
    for ch in kept:   # a bracket whose opening went with a dropped piece closes nothing
        if ch != ")" or open_:
            out.append(ch)
            open_ += (ch == "(") - (ch == ")")
    return "".join(out).strip(" -–—|(") or title


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
            table, key = (by_category, key.removeprefix("category:")) if key.startswith("category:") \
                else (by_skill, key)
            if key in table:
                raise ValueError(f"{IMPLIED_CSV}: {key} is listed twice; list all it implies on one row")
            table[key] = parents
    return by_skill, by_category


BILINGUAL = "Bilingual"   # what two spoken languages show


def is_kind_of_work(name: str) -> bool:
    """Whether a skill is a kind of work that whole categories of skills show (Software
    development, which every programming language implies) rather than a skill of its own:
    "5+ years of software engineering" asks years of that work, as "5+ years of classroom
    teaching" does."""
    return any(name in parents for parents in _implications()[1].values())


def implied_skills(names: Iterable[str], by_kind: bool = True) -> dict[str, str]:
    """Broader skills that the given ones imply (Docker -> Containers, PostgreSQL -> SQL,
    any programming language -> Software development; two spoken languages -> Bilingual),
    each with the skill that implies it.  Followed transitively; skills already given
    are not repeated.  ``by_kind=False`` leaves out what a skill implies only by its
    category (a language -> Software development): a kind of work, not the broader
    skill itself."""
    by_skill, by_category = _implications()
    if not by_kind:
        by_category = {}
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
    # Two spoken languages make a bilingual: "English, Spanish" shows "Bilingual".
    spoken = [name for name in given if is_spoken(name, tax)]
    if len(spoken) >= 2 and BILINGUAL not in given and BILINGUAL in tax:
        found.setdefault(BILINGUAL, spoken[0])
    return found


def direct_parents(name: str) -> tuple[str, ...]:
    """The broader skills ``data/implied.csv`` lists for a skill itself, none followed further nor by its
    category (PostgreSQL -> SQL; Amazon Kinesis -> Amazon Web Services, not Cloud computing)."""
    return _implications()[0].get(name, ())


def is_credential(name: str) -> bool:
    """Whether a skill is a certification or a licence (CDL Class A, OSHA 10, ACLS): shown
    by naming it, never by words it shares with another one ("OSHA forklift certification"
    is no OSHA 10 card)."""
    skill = taxonomy().get(name)
    return bool(skill and skill.category == "certification")


def is_spoken(name: str, tax: Taxonomy | None = None) -> bool:
    """Whether a skill is a spoken language (German, Spanish, Bilingual), under ``tax`` (default the
    taxonomy in use)."""
    skill = (taxonomy() if tax is None else tax).get(name)
    return skill is not None and skill.category == "spoken"


def is_soft(name: str) -> bool:
    """Whether a skill is a soft skill (teamwork, communication): resumes rarely name
    them, so they are never counted as missing."""
    skill = taxonomy().get(name)
    return bool(skill and skill.category == "soft")
