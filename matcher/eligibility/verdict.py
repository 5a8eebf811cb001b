"""Whether a seeker can take a job: each knock-out of a posting checked against the
resume's credentials and the seeker's preferences.

A posting is *blocked* when one of its required knock-outs is not met (each blocker
named with the posting's sentence and what the resume or the seeker's choice says),
*unknown* when the resume does not answer one, and *eligible* otherwise.  Silence is
read the way a recruiter reads it: a resume that names no security clearance holds
none, and one that names degrees holds no higher one; but a resume rarely states a
citizenship, so a citizenship rule it does not answer stays unknown unless the seeker
said they need a visa sponsor.  Years block only when far short of what is asked (a
person with four years applies to "5+ years" and is often right to): below half of it
and more than two years short.

Ranking reads the verdict of every posting at once (``Knockouts.blocked``): each
distinct knock-out is checked once per request and the answer spread over the postings
that state it, so a catalog of 10,000 postings costs a few thousand checks, not a
Python loop over every posting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from matcher.eligibility.levels import CLEARANCE_LEVELS, DEGREE_LEVELS, rank_of
from matcher.eligibility.places import Place, compatible, parse_where, resolve
from matcher.errors import InputError
from matcher.postings.knockouts import Knockout
from matcher.resumes.credentials import Credentials, licence_held

MAX_PLACES = 20            # --where values one request may give
YEARS_SLACK = 2.0          # years short of what is asked that never block
_GENERIC_YEARS = re.compile(r"^(?:|professional|work|working|industry|relevant|related|total|overall|"
                            r"full[- ]time|paid|hands[- ]on)(?: (?:work|experience))?$")
_OBTAIN = re.compile(r"\b(?:obtain|able to (?:get|acquire|receive)|eligib|clearable|ability to)", re.I)
_DRIVING = re.compile(r"\bdriv", re.I)

STATUSES = ("eligible", "unknown", "blocked")


@dataclass(frozen=True)
class Preferences:
    """What the seeker said: where they would work, whether they need a visa sponsor."""
    where: tuple[Place, ...] = ()
    needs_sponsorship: bool = False

    @classmethod
    def parse(cls, where: Iterable[str] = (), needs_sponsorship: bool = False) -> Preferences:
        values = [w.strip() for w in where if w and w.strip()]
        if len(values) > MAX_PLACES:
            raise InputError(f"where: at most {MAX_PLACES} places")
        return cls(tuple(dict.fromkeys(parse_where(v) for v in values)), bool(needs_sponsorship))

    def to_dict(self) -> dict:
        return {"where": [p.name for p in self.where], "needs_sponsorship": self.needs_sponsorship}


@dataclass(frozen=True)
class Check:
    """One knock-out of a posting, checked: ``posting`` is its sentence, ``resume``
    what the resume or the seeker's choice says."""
    kind: str
    status: str        # met | blocked | unknown
    posting: str
    resume: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "status": self.status, "posting": self.posting, "resume": self.resume}


@dataclass
class Eligibility:
    status: str                       # eligible | blocked | unknown
    checks: list[Check] = field(default_factory=list)

    @property
    def blockers(self) -> list[Check]:
        return [c for c in self.checks if c.status == "blocked"]

    @property
    def unknown(self) -> list[Check]:
        return [c for c in self.checks if c.status == "unknown"]

    def to_dict(self) -> dict:
        return {"status": self.status, "blockers": [c.to_dict() for c in self.blockers],
                "unknown": [c.to_dict() for c in self.unknown],
                "met": [c.to_dict() for c in self.checks if c.status == "met"]}


@dataclass(frozen=True)
class Seeker:
    """The resume's side of every check, built once per request."""
    credentials: Credentials
    text: str
    total_years: float | None
    has_roles: bool
    preferences: Preferences = Preferences()

    @property
    def needs_sponsorship(self) -> bool:
        return self.preferences.needs_sponsorship or self.credentials.needs_sponsorship is True


def eligibility(knockouts: Sequence[Knockout], seeker: Seeker, related_years: float | None) -> Eligibility:
    """A posting's verdict for one seeker, with every knock-out's check."""
    checks = [c for k in knockouts if (c := check(k, seeker, related_years)) is not None]
    status = ("blocked" if any(c.status == "blocked" for c in checks)
              else "unknown" if any(c.status == "unknown" for c in checks) else "eligible")
    return Eligibility(status, checks)


def check(k: Knockout, seeker: Seeker, related_years: float | None = None) -> Check | None:
    """One knock-out against the seeker; None when it asks nothing of them (a
    preference, an offer, or a place when the seeker named none)."""
    if k.kind == "sponsorship":
        if k.offered is False and seeker.needs_sponsorship:
            return Check(k.kind, "blocked", k.sentence, "you need visa sponsorship")
        if k.offered is True and seeker.needs_sponsorship:
            return Check(k.kind, "met", k.sentence, "you need visa sponsorship")
        return None
    if k.kind == "workplace":
        return _workplace(k, seeker)
    if not k.required:
        return None
    return _CHECKS[k.kind](k, seeker, related_years) if k.kind in _CHECKS else None


def _years(k: Knockout, seeker: Seeker, related: float | None) -> Check | None:
    if k.years is None:
        return None
    generic = _GENERIC_YEARS.match(" ".join(k.fields).strip().lower()) is not None
    found = seeker.total_years if generic else related
    what = "of work" if generic else "in related roles"
    if not seeker.has_roles or found is None:
        return Check(k.kind, "unknown", k.sentence, "the resume gives no dated roles")
    said = f"{found:.1f} years {what} in the resume"
    return Check(k.kind, "blocked" if years_short(found, k.years) else "met", k.sentence, said)


def years_short(found, asked):
    """Far short of the years asked (works on arrays): below half and more than
    ``YEARS_SLACK`` years short."""
    return (found < 0.5 * asked) & (found + YEARS_SLACK < asked)


def _degree(k: Knockout, seeker: Seeker, _related) -> Check | None:
    asked = rank_of(k.level, DEGREE_LEVELS)
    degrees = seeker.credentials.degrees
    if asked < 0:
        return None
    if not degrees:
        return Check(k.kind, "unknown", k.sentence, "the resume names no degree")
    best = max(degrees, key=lambda d: rank_of(d.level, DEGREE_LEVELS))
    said = f"{best.level} degree" + (f" in {best.field}" if best.field else "")
    if rank_of(best.level, DEGREE_LEVELS) < asked:
        return Check(k.kind, "blocked", k.sentence, f"the resume's highest degree: {said}")
    return Check(k.kind, "met", k.sentence, said)


def _clearance(k: Knockout, seeker: Seeker, _related) -> Check:
    held = seeker.credentials.clearance
    if _OBTAIN.search(k.sentence) and not held:
        # Clearances are granted to citizens: the rule is one of citizenship.
        if seeker.needs_sponsorship:
            return Check(k.kind, "blocked", k.sentence, "you need visa sponsorship")
        return Check(k.kind, "unknown", k.sentence, "the resume states no clearance")
    if not held:
        return Check(k.kind, "blocked", k.sentence, "the resume states no security clearance")
    said = seeker.credentials.clearance_sentence or held
    if rank_of(held, CLEARANCE_LEVELS) >= rank_of(k.level, CLEARANCE_LEVELS):
        return Check(k.kind, "met", k.sentence, said)
    if rank_of(held, CLEARANCE_LEVELS) < 0:   # a clearance of no stated level
        return Check(k.kind, "unknown", k.sentence, said)
    return Check(k.kind, "blocked", k.sentence, said)


def _citizenship(k: Knockout, seeker: Seeker, _related) -> Check:
    wanted = {p.country for text in k.places for p in resolve(text) if p.country} or {"US"}
    held = set(seeker.credentials.citizenship)
    if held & wanted:
        return Check(k.kind, "met", k.sentence, seeker.credentials.sentences.get("citizenship", "citizenship stated"))
    if seeker.needs_sponsorship:
        return Check(k.kind, "blocked", k.sentence, "you need visa sponsorship")
    return Check(k.kind, "unknown", k.sentence, "the resume does not state citizenship or work authorisation")


def _graduation(k: Knockout, seeker: Seeker, _related) -> Check:
    dated = [d for d in seeker.credentials.degrees if d.year]
    if not dated:
        return Check(k.kind, "unknown", k.sentence, "the resume gives no graduation date")
    latest = max(dated, key=lambda d: (d.year, d.month or 6))
    when = f"{latest.year:04d}-{latest.month or 6:02d}"
    said = ("expected " if latest.expected else "graduated ") + when
    inside = (not k.start or when >= k.start) and (not k.end or when <= k.end)
    return Check(k.kind, "met" if inside else "blocked", k.sentence, said)


def _licence(k: Knockout, seeker: Seeker, _related) -> Check | None:
    if not k.name:
        return None
    line = licence_held(k.name, seeker.credentials, seeker.text)
    if line:
        return Check(k.kind, "met", k.sentence, line)
    # Few resumes mention a driving licence; other licences are what a resume lists.
    status = "unknown" if _DRIVING.search(k.name) else "blocked"
    return Check(k.kind, status, k.sentence, f"the resume does not show {k.name}")


def _workplace(k: Knockout, seeker: Seeker) -> Check | None:
    wanted = seeker.preferences.where
    if not wanted:
        return None
    places = workplace_places(k)
    said = "you chose: " + "; ".join(p.name for p in wanted)
    fits = compatible(places, k.mode, list(wanted))
    status = "unknown" if fits is None else "met" if fits else "blocked"
    return Check(k.kind, status, k.sentence, said)


def workplace_places(k: Knockout) -> list[Place]:
    places = [p for text in k.places for p in resolve(text)]
    if k.mode == "remote" and not any(p.kind == "remote" for p in places):
        places.append(Place("remote", "Remote"))
    return places


_CHECKS = {"years": _years, "degree": _degree, "clearance": _clearance, "citizenship": _citizenship,
           "graduation": _graduation, "licence": _licence}


# -- every posting at once ----------------------------------------------------------
class Knockouts:
    """The knock-outs of every posting of a catalog, grouped for checking in bulk."""

    def __init__(self, per_posting: Sequence[Sequence[Knockout]]):
        self.per_posting = [tuple(ks) for ks in per_posting]
        distinct: dict[tuple, int] = {}
        self._representatives: list[Knockout] = []
        owners, keys = [], []
        years_at, years_asked, years_generic = [], [], []
        for i, ks in enumerate(self.per_posting):
            for k in ks:
                if k.kind == "years":
                    if k.required and k.years is not None:
                        years_at.append(i)
                        years_asked.append(k.years)
                        years_generic.append(_GENERIC_YEARS.match(" ".join(k.fields).strip().lower()) is not None)
                    continue
                key = _key(k)
                if key not in distinct:
                    distinct[key] = len(distinct)
                    self._representatives.append(k)
                owners.append(i)
                keys.append(distinct[key])
        self._owners = np.array(owners, dtype=np.int64)
        self._keys = np.array(keys, dtype=np.int64)
        self._years_at = np.array(years_at, dtype=np.int64)
        self._years_asked = np.array(years_asked, dtype=np.float64)
        self._years_generic = np.array(years_generic, dtype=bool)

    def __len__(self) -> int:
        return len(self.per_posting)

    def blocked(self, seeker: Seeker, related_years: np.ndarray) -> np.ndarray:
        """Per posting: whether one of its knock-outs blocks this seeker (what
        ``eligibility(...).status == "blocked"`` says, for every posting at once)."""
        out = np.zeros(len(self.per_posting), dtype=bool)
        if len(self._keys):
            verdicts = np.array([_blocks(check(k, seeker)) for k in self._representatives], dtype=bool)
            out[self._owners[verdicts[self._keys]]] = True
        if len(self._years_at) and seeker.has_roles:
            found = np.where(self._years_generic, seeker.total_years if seeker.total_years is not None else np.nan,
                             related_years[self._years_at])
            short = years_short(np.nan_to_num(found, nan=np.inf), self._years_asked)
            out[self._years_at[short]] = True
        return out


def _blocks(c: Check | None) -> bool:
    return c is not None and c.status == "blocked"


def _key(k: Knockout) -> tuple:
    """What a check reads of a knock-out: knock-outs with the same key get the same
    answer for a seeker (the sentence only through whether it speaks of obtaining a
    clearance)."""
    return _frozen(replace(k, sentence=str(bool(_OBTAIN.search(k.sentence)))))


def _frozen(k: Knockout) -> tuple:
    return tuple(tuple(v) if isinstance(v, list) else v for v in k.to_dict().values())
