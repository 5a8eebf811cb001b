"""Whether a seeker can take a job: each knock-out of a posting checked against the
resume's credentials and the seeker's preferences.

A posting is *blocked* when one of its required knock-outs is not met (each blocker
named with the posting's sentence and what the resume or the seeker's choice says),
*unknown* when the resume does not answer one, and *eligible* otherwise.  Silence is
read the way a recruiter reads it: a resume that names no security clearance holds none,
and one that names degrees holds no higher one; but a resume rarely states a
citizenship, so a citizenship rule it does not answer stays unknown (a US Secret
clearance or higher it holds answers a US one: those go to US citizens only) unless the seeker
said they need a visa sponsor: then citizenship or permanent residence asked blocks
(unless the posting offers sponsorship: then it is to check), but work authorisation
alone ("Must be authorized to work in the US"; a work visa among the statuses accepted)
is to check, since some who need a sponsor hold it (a visa moved to a new employer); a sponsorship
the posting refuses blocks them.  A resume's temporary US status (``Credentials.visa``) is held by no
US citizen: a US citizenship ask blocks it; one tied to an employer's petition ("F-1 OPT", "TN
visa") is a need of sponsorship, and a spouse's ("H-4 EAD": any employer now) leaves a sponsorship
refused to check.  A permanent resident ("green card holder") is no citizen: a citizenship ask
blocks them, but one of a "U.S. person" (ITAR, export control) is met.  An EU Blue Card, or
eligibility for one where the posting names that route, meets an EU work permit asked.  A
resume that says it needs no sponsorship ("No sponsorship required") meets an ask of work
authorisation alone.  Years block only when the resume's years of work fall
far short of what is asked (a person with four years applies to "5+ years" and is often
right to): below half of it and more than two years short, and a degree the sentence
accepts in their place ("a degree in EE and/or 5 years' experience") meets them.  They
are years of any work: job titles are too loose a guide to which roles count ("Truck
Driver" and "CDL Class A Regional Driver" are further apart than "Senior Backend
Engineer" and "Senior Accountant" to the model), and a career in another field already
ranks low on every signal.  But they are *met* only when the years in roles like the
posting's (the ranking's related years, where the caller gives them) or in roles doing
a kind of work the sentence names ("2+ years in instructional design or teaching" for a
teacher) reach the years asked; short of them, and not blocked, they are to check: a nurse's twelve years against
"5+ years of software engineering" ("12.6 years of work, 0.0 in roles like this one"),
and an analyst's "4.8 years of work, 4.5 in roles like this one" against "5+ years".
Where the caller gives no related years (a posting with no title), years of work not far
short are to check: nothing tells which roles are like the job.  A resume with no dated
roles that states its years ("Journeyman Electrician with 8 years of ...") is read as the
explanation reads it: the years in the kind of work it states them in meet years asked
when they reach them, and are to check otherwise, never blocking.  A licence the resume
does not show is to be checked, not a blocker: licences are written in too many ways
("RN licence", "Registered Nurse, Oregon Board") for their absence to rule a job out;
licences a posting joins by "or" ("CMA (AAMA) or RMA certification") ask one of them,
which either meets; a degree offered in place of a credential in a field named ("CDA
credential or an Associate degree in Early Childhood Education") is met, as a degree
knock-out is, by that level or higher in that field, and in another field is to check.
So is a degree one level below the one asked (a bachelor's for
"Master's degree in Finance"): experience often stands in for it, and in the catalog set
(docs/EVALUATION.md) 5 of 91 such pairs were graded a fit, and 1 of 58 pairs two or more
levels short.  A degree still to come ("expected June 2027", "in progress") is not held:
where only it would meet a degree knock-out, that is to check, unless the posting's
graduation window takes its date (a new-graduate posting).  A degree of the level asked
meets a posting that names fields only in one of them (a field sharing a word with one, as
the checklist compares them: "business" for "Business Administration", not a word for a
kind of field alone: "industrial engineering" is no "mechanical engineering"); in another
field, or none stated, it is to check, never a blocker; "or a related field" takes a field of
the same small family (``levels.in_field``: Computer Science for "Information Technology or a
related field"), and beyond those what field is related is a person's judgement.

Ranking reads the verdict of every posting at once (``Knockouts.blocked``): each
distinct knock-out is checked once per request and the answer spread over the postings
that state it, so a catalog of 10,000 postings costs a few thousand checks, not a
Python loop over every posting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from matcher.eligibility.gazetteer import EEA_MEMBERS, gazetteer
from matcher.eligibility.levels import (
    CLEARANCE_LEVELS,
    DEGREE_LEVELS,
    clearance_level,
    degree_levels,
    in_field,
    rank_of,
)
from matcher.eligibility.places import REMOTE, Place, compatible, distance_km, parse_where, resolve, within
from matcher.eligibility.reciprocity import compact_of, offers_state, other_state_way, takes_other_states
from matcher.errors import InputError
from matcher.postings.kinds import asked_part
from matcher.postings.knockout_rules import (
    AFTER_HIRE,
    ASKS_CITIZENSHIP,
    ASKS_LEADING,
    OR_OBTAIN,
    RELOCATE_WAY,
    residency_asked,
)
from matcher.postings.knockouts import Knockout
from matcher.postings.years import asked_roles, first_part, settings_named
from matcher.resumes.credentials import (
    Credentials,
    Degree,
    apprentice_held,
    licence_denied,
    licence_elsewhere,
    licence_expired,
    licence_held,
    licence_to_come,
)
from matcher.resumes.licences import (
    CLASS_CODE,
    KNOWN,
    OR_ELIGIBLE,
    OR_ON_COURSE,
    credential_ids,
    higher_grades,
    registers_asked,
)
from matcher.skills.taxonomy import taxonomy
from matcher.text import sentence_pieces, strip_line_marks

MAX_PLACES = 20            # --where values one request may give
YEARS_SLACK = 2.0          # years short of what is asked that never block
_GENERIC_LICENCE = re.compile(r"(?i)\b(?:valid|active|current|unrestricted|an?|the|licen[cs]es?|"
                              r"certifications?|certificates?|credentials?|registration)\b")
_NAMED = re.compile(r"\w")
_DEGREE_NAMED = re.compile(r"(?i)\b(?:degree|diploma|ged)\W*$")
_OBTAIN = re.compile(r"\b(?:obtain|able to (?:get|acquire|receive)|eligib|clearable|ability to)", re.I)

_SEVERITY = {"met": 0, "unknown": 1, "blocked": 2}
_RESIDENCE_ASKED = re.compile(r"\bpermanent residen|\bgreen card|\bLPRs?\b|\b(?-i:PRs?)\b", re.I)   # "citizen or PR"
# Citizenship asked in words ("U.S. Citizenship is required", "must be a US citizen"), which a
# permanent resident has not; what else ``ASKS_CITIZENSHIP`` reads ("authorized to work for any
# employer", "ITAR") a permanent resident may meet.
_CITIZEN_WORD = re.compile(r"\bcitizen", re.I)
# A "U.S. person" under ITAR and the export rules, which a permanent resident is too: named
# ("Must be a U.S. Person (ITAR)", "a U.S. citizen or U.S. person"), or ITAR or export control
# with no citizenship asked in words ("access to ITAR-controlled data"; not "U.S. citizenship
# required (ITAR)").
_PERSON_ASKED = re.compile(r"\bU\.?S\.? persons?\b|^(?!.*\bcitizen).*(?:\bITAR\b|\bexport.control)", re.I | re.S)
# The EU Blue Card as a route the posting takes ("or eligibility for the EU Blue Card"): a resume
# that holds it, or says it is eligible, takes that route.
_BLUE_CARD_ROUTE = re.compile(r"\beligib\w*\b[^.;]{0,30}\bblue card\b", re.I)


@dataclass(frozen=True)
class Preferences:
    """What the seeker said: where they would work, whether they need a visa sponsor, and the
    least yearly salary they would take (the filter's, which postings stating a lower one fail:
    one paid by commission with no figure is to check against it)."""
    where: tuple[Place, ...] = ()
    needs_sponsorship: bool = False
    # Each place as the seeker wrote it, with the place it was read as: what the notices
    # tell a guess by ("Springfield" taken as Missouri's).  No part of what is compared.
    written: tuple[tuple[str, Place], ...] = field(default=(), compare=False, repr=False)
    min_salary: float | None = None

    @classmethod
    def parse(cls, where: Iterable[str] = (), needs_sponsorship: bool = False) -> Preferences:
        values = [w.strip() for w in where if w and w.strip()]
        if len(values) > MAX_PLACES:
            raise InputError(f"where: at most {MAX_PLACES} places")
        written = tuple(dict.fromkeys((v, parse_where(v)) for v in values))
        return cls(tuple(dict.fromkeys(p for _, p in written)), bool(needs_sponsorship), written)

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
    not_held: bool = False   # a licence asked that the resume says is not held (expired, still to come), or a
    #                          clearance it says is inactive
    # A licence asked, by name, that the resume does not name at all, where the posting gives no
    # time to obtain it: the checklist holds the score when it is the job's own (``cap_reason``).
    unnamed: str = ""
    # The resume's line that holds the licence asked in another state ("Illinois Registered Pharmacist
    # License" for an Indiana one) or in none it names ("RN License #12345"), or a higher grade of the work (an RN's
    # for an LPN licence): what the checklist quotes for its row, partly covered.
    elsewhere: str = ""
    in_window: bool = False   # a degree still to come that meets its knock-out in the graduation window
    enrolment: bool = False   # current enrolment asked: the checklist's row agrees with the check
    # A state's licence asked that the resume holds in another state only, where the posting names no way
    # to take another state's: the checklist holds the score (``cap_reason``).
    other_state: bool = False
    # The licence asked, by name, where the sentence names several asks ("Current STNA certification; BLS within
    # 30 days of hire; high school diploma"): the checklist's row of another ask is not this check's.
    asked: str = ""

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
    home: str = ""   # the resume's city and state, as its contact block writes it ("Toledo, Ohio"; ``Resume.home``)

    @property
    def needs_sponsorship(self) -> bool:
        return self.preferences.needs_sponsorship or self.credentials.needs_sponsorship is True

    @property
    def sponsorship_said(self) -> str:
        """Why the seeker needs visa sponsorship: their choice, or the resume's line that says
        so ("Will require H-1B sponsorship", "Status: F-1 OPT")."""
        line = self.credentials.sentences.get("sponsorship", "")
        if self.preferences.needs_sponsorship or not line:
            return "you need visa sponsorship"
        return f"you need visa sponsorship (the resume: {line})"

    @property
    def spouse_status(self) -> str:
        """A spouse's US status the resume names ("H-4 EAD"), where nothing says whether
        sponsorship will be needed: work for any employer now, but only while the spouse's
        status lasts; "" otherwise."""
        creds = self.credentials
        return creds.visa if creds.visa and creds.needs_sponsorship is None and not self.needs_sponsorship else ""


def eligibility(knockouts: Sequence[Knockout], seeker: Seeker, related_years: float | None = None,
                leading_years: float | None = None,
                years_in: Callable[[str], tuple[float, float, bool, str]] | None = None) -> Eligibility:
    """A posting's verdict for one seeker, with every knock-out's check (one per kind
    and sentence: the most severe).  ``related_years``: the resume's years in roles like
    this posting (None when unknown); they never block, but years below those asked in
    them are to check, not met (see the module's docstring).  ``leading_years``: those of
    them in roles that lead others (``LEAD_TITLE``), which alone meet years of supervisory
    or leadership experience ("2+ years of warehouse supervisory experience").  ``years_in``: for
    a years sentence, the years (and leading years) of the roles like this posting or doing a kind
    of work the sentence names (``ResumeFeatures.roles_doing``).  Checks that say the same
    thing are one (the first): a posting's header and a sentence that both put the job in
    Seattle give one workplace blocker, not two."""
    worst: dict[tuple[str, str], tuple[Check, tuple]] = {}
    windows = tuple(k for k in knockouts if k.kind == "graduation")
    for k in knockouts:
        c = check(k, seeker, related_years, leading_years, windows, years_in)
        if c is not None:
            key = (c.kind, c.posting)
            if key not in worst or _SEVERITY[c.status] > _SEVERITY[worst[key][0].status]:
                worst[key] = (c, (c.kind, c.status, c.resume, _asked(k)))
    said: set[tuple] = set()
    checks = []
    for c, same in worst.values():
        if same not in said:
            said.add(same)
            checks.append(c)
    status = ("blocked" if any(c.status == "blocked" for c in checks)
              else "unknown" if any(c.status == "unknown" for c in checks) else "eligible")
    return Eligibility(status, checks)


def check(k: Knockout, seeker: Seeker, related_years: float | None = None,
          leading_years: float | None = None, windows: Sequence[Knockout] = (),
          years_in: Callable[[str], tuple[float, float, bool, str]] | None = None) -> Check | None:
    """One knock-out against the seeker; None when it asks nothing of them (a
    preference, an offer, or a place when the seeker named none).  ``related_years`` and
    ``leading_years`` as ``eligibility`` takes them; ``windows``: the posting's graduation
    knock-outs, whose window lets a degree still to come meet its degree knock-out."""
    if k.kind == "sponsorship":
        if k.offered is False and seeker.needs_sponsorship:
            return Check(k.kind, "blocked", k.sentence, seeker.sponsorship_said)
        if k.offered is False and (said := _permit_needed(k, seeker)):   # "unable to sponsor work permits"
            return Check(k.kind, "blocked", k.sentence, said)
        if k.offered is True and seeker.needs_sponsorship:
            return Check(k.kind, "met", k.sentence, seeker.sponsorship_said)
        if k.offered is False and seeker.spouse_status:
            return Check(k.kind, "unknown", k.sentence, _spouse_said(seeker))
        return None
    if k.kind == "workplace":
        return _workplace(k, seeker)
    if not k.required:
        return None
    if k.kind == "years":
        return _years(k, seeker, related_years, leading_years, years_in)
    if k.kind == "degree":
        return _degree(k, seeker, windows)
    found = _CHECKS[k.kind](k, seeker) if k.kind in _CHECKS else None
    return replace(found, asked=k.name) if found is not None and k.kind == "licence" else found


def _far_short(found: float, asked: float) -> bool:
    """Years that block: below half of those asked and more than ``YEARS_SLACK`` short."""
    return found < 0.5 * asked and found + YEARS_SLACK < asked


def _years(k: Knockout, seeker: Seeker, related_years: float | None = None,
           leading_years: float | None = None,
           years_in: Callable[[str], tuple[float, float, bool, str]] | None = None) -> Check | None:
    if k.years is None:
        return None
    if k.level:  # a degree accepted in their place ("a degree in EE and/or 5 years' experience")
        degree = _degree(k, seeker)
        if degree is not None and degree.status == "met":
            return Check(k.kind, "met", k.sentence, f"{degree.resume}, accepted in place of the years")
    found = seeker.total_years
    if found is None:
        return Check(k.kind, "unknown", k.sentence, "the resume gives no dated roles")
    # No dated roles, but years stated ("Journeyman Electrician with 8 years of commercial
    # electrical experience"): read as the explanation reads them, the kind of work they are
    # stated in counting as the related years.  They meet years asked when those reach them,
    # and never block: a statement is no dated record.
    stated = not seeker.has_roles
    if not stated and _far_short(found, k.years):
        if k.route:   # "Or an equivalent combination of education and experience": to check, that way named
            return Check(k.kind, "unknown", k.sentence,
                         f"{found:.1f} years of work in the resume; the posting offers another way: {k.route}")
        return Check(k.kind, "blocked", k.sentence, f"{found:.1f} years of work in the resume")
    had = f"{found:.1f} years stated (no dated roles)" if stated else f"{found:.1f} years of work"
    if related_years is None:  # no title to tell which roles are like the job
        return Check(k.kind, "unknown", k.sentence, f"{had}; the posting has no title to compare "
                     + ("them" if stated else "the roles") + " with")
    like = "in work like this one" if stated else "in roles like this one"
    # Years of leading others only where the asked part says so: "1 year of retail experience,
    # supervisory experience preferred" asks a year of retail work, leading or not.
    leading = leading_years is not None and bool(ASKS_LEADING.search(first_part(asked_part(k.sentence, "must"))))
    before = leading_years if leading else related_years
    named = asked_roles(k.sentence) if years_in is not None and not stated else ()
    if named:   # "2-4 years in an HVAC technician role": roles like the one it names
        like = "in roles like " + " or ".join(named)
    left_out = False   # roles doing the work, left out as held outside the setting it names ("in a K-12 setting")
    hours = ""   # "part-time" where the roles counted say so: their years count whole, said beside them
    if years_in is not None:   # with the roles doing the kinds of work it names
        related_years, leading_years, left_out, hours = years_in(k.sentence)
    if leading:
        related_years, like = leading_years, like + (" that leads others" if stated else " that lead others")
    if related_years > before and not named:
        like += " or in the work it names"
    # the years of related roles are some of those of work (rounded alike, never more)
    related_years = min(related_years, found)
    # compared as shown, so "5.0 in roles like this one" meets "5+ years"
    met = round(related_years, 1) >= k.years
    where = (settings_named(first_part(asked_part(k.sentence, "must"))) if years_in is not None and not stated
             else [])
    if where:   # "in a K-12 setting": only roles held there count (``years_in`` reads them so), said
        # where roles doing the work held elsewhere were left out
        like += " in " + " and ".join(where) + (" (roles that do not name " + ("them" if len(where) > 1 else "one")
                                                + " do not count)" if left_out and not met else "")
    if hours:   # "3.2 in roles like this one (part-time)"
        like += f" ({hours})"
    return Check(k.kind, "met" if met else "unknown", k.sentence, f"{had}, {related_years:.1f} {like}")


def _degree(k: Knockout, seeker: Seeker, windows: Sequence[Knockout] = ()) -> Check | None:
    """A degree knock-out, met too by a licence the sentence offers in its place (``alternatives``:
    "You will hold either a Master's Degree, Chartered Status or a PE" is met by a PE the resume
    shows).  Without it, a degree too far below is to check, not a blocker: a licence the resume
    does not show is to check (see the module's docstring)."""
    if k.kind == "degree" and k.alternatives:
        for name in k.alternatives:
            line = licence_held(name, seeker.credentials, seeker.text, k.sentence)
            if line:
                return Check(k.kind, "met", k.sentence, f"{line}, accepted in place of the degree")
    found = _degree_held(k, seeker, windows)
    if found is not None and found.status == "blocked" and k.kind == "degree" and k.alternatives:
        return Check(k.kind, "unknown", k.sentence, f"{found.resume}; the resume does not show "
                     + " or ".join(k.alternatives) + ", accepted in its place")
    return found


def _degree_held(k: Knockout, seeker: Seeker, windows: Sequence[Knockout] = ()) -> Check | None:
    """A degree knock-out against the resume's degrees.  A degree the resume says is still to
    come ("B.A. Communication (in progress), expected June 2027") is not held: where only such
    a degree would meet the knock-out it is to check, unless the posting's graduation window
    (``windows``: a new-graduate posting's "graduating between December 2025 and June 2026")
    takes its expected date; it still keeps a knock-out it would meet from blocking.  A degree
    under way above the level asked meets an ask of no field: it takes the lower one."""
    if rank_of(k.level, DEGREE_LEVELS) < 0:
        return None
    degrees = seeker.credentials.degrees
    study = seeker.credentials.sentences.get("post_secondary")
    if not degrees and study and rank_of(k.level, DEGREE_LEVELS) == 0:
        # study after high school takes the diploma asked: "Central Georgia Technical College - Certificate, ..."
        return Check(k.kind, "met", k.sentence, f"post-secondary study, which takes the high school asked: {study}")
    if not degrees:
        return Check(k.kind, "unknown", k.sentence, "the resume names no degree")
    found = _degree_among(k, degrees)
    if found.status != "met":
        return found
    held = [d for d in degrees if not d.expected]
    if held and (by_held := _degree_among(k, held)).status == "met":
        return by_held
    coming = next((d for d in degrees if d.expected and _degree_among(k, [d]).status == "met"), None)
    if coming is None:
        return found
    if rank_of(coming.level, DEGREE_LEVELS) > rank_of(k.level, DEGREE_LEVELS) and not k.fields:
        # studying for a higher degree holds the lower one it takes: a college student's
        # high-school diploma, a master's student's bachelor's
        return Check(k.kind, "met", k.sentence, f"{_said(coming)} under way, which takes the {k.level} asked")
    when = f"{coming.year:04d}-{coming.month or 6:02d}" if coming.year else ""
    if when and any(_in_window(when, w) for w in windows):
        return Check(k.kind, "met", k.sentence, f"{_said(coming)}, expected {when}, within the graduation window",
                     in_window=True)
    return Check(k.kind, "unknown", k.sentence, f"{_said(coming)} still to come"
                 + (f" (expected {when})" if when else "") + ", not yet held")


def _degree_among(k: Knockout, degrees: Sequence[Degree]) -> Check:
    """A degree knock-out against ``degrees`` (not empty), each taken as held."""
    asked = rank_of(k.level, DEGREE_LEVELS)
    reached = [d for d in degrees if rank_of(d.level, DEGREE_LEVELS) >= asked]
    if k.kind == "degree" and k.fields and reached:
        # the level asked in a field the posting names meets it; in another field (or none
        # stated) it is for a person to judge, "or related field" or not
        fitting = [d for d in reached if in_field(k.fields, d.field, k.related)]
        if fitting:
            return Check(k.kind, "met", k.sentence, _said(fitting[0]))
        other = f"in {reached[0].field}" if reached[0].field else "with no field stated"
        return Check(k.kind, "unknown", k.sentence, f"{reached[0].level} degree {other}; the posting asks "
                     + " or ".join(k.fields) + (" or a related field" if k.related else ""))
    best = max(degrees, key=lambda d: rank_of(d.level, DEGREE_LEVELS))
    # one still to come said so: "associate degree in finance (still to come)" of "Currently enrolled: ..., Associate
    # of Applied Science in Finance" is no degree held
    said = _said(best) + (" (still to come)" if best.expected else "")
    short = asked - rank_of(best.level, DEGREE_LEVELS)
    if short >= 2:
        return Check(k.kind, "blocked", k.sentence, f"the resume's highest degree: {said}")
    if short == 1:
        return Check(k.kind, "unknown", k.sentence, f"the resume's highest degree: {said}, one level below")
    return Check(k.kind, "met", k.sentence, said)


def _said(d: Degree) -> str:
    return f"{d.level} degree" + (f" in {d.field}" if d.field else "")


def _clearance(k: Knockout, seeker: Seeker) -> Check:
    held = seeker.credentials.clearance
    short = not held or rank_of(held, CLEARANCE_LEVELS) < rank_of(k.level, CLEARANCE_LEVELS)
    if _OBTAIN.search(k.sentence) and short:
        # One to obtain, and none held that reaches it (none, or a lower one): clearances are
        # granted to citizens, so the rule is one of citizenship.
        if seeker.needs_sponsorship:
            return Check(k.kind, "blocked", k.sentence, seeker.sponsorship_said)
        if seeker.credentials.visa:
            return Check(k.kind, "blocked", k.sentence, _temporary_said(seeker.credentials))
        if "US" in seeker.credentials.citizenship:
            # a US citizen is who may obtain one: the ask is met as far as a resume can show it
            return Check(k.kind, "met", k.sentence, seeker.credentials.sentences.get("citizenship", "US citizen"))
        if not held and seeker.credentials.clearance_inactive:
            # "Secret Clearance (inactive, last held 2014)" against "Secret clearance or ability to obtain
            # one": the resume states one, no longer active; quoted, not said to be none
            line = seeker.credentials.sentences.get("clearance_inactive", seeker.credentials.clearance_inactive)
            return Check(k.kind, "unknown", k.sentence, f"the resume's clearance is inactive: {line}")
        return Check(k.kind, "unknown", k.sentence, seeker.credentials.clearance_sentence or held
                     or "the resume states no clearance")
    if not held and seeker.credentials.clearance_inactive:
        # "held Secret clearance 2016-2020 (inactive now)": one of the level asked may be
        # reinstated, which the employer decides; a lower one does not reach it
        inactive = seeker.credentials.clearance_inactive
        line = seeker.credentials.sentences.get("clearance_inactive", inactive)
        reaches = rank_of(inactive, CLEARANCE_LEVELS) >= rank_of(k.level, CLEARANCE_LEVELS)
        return Check(k.kind, "unknown" if reaches else "blocked", k.sentence,
                     f"the resume's clearance is inactive{' (it may be reinstated)' if reaches else ''}: {line}",
                     not_held=reaches)
    if not held:
        return Check(k.kind, "blocked", k.sentence, "the resume states no security clearance")
    said = seeker.credentials.clearance_sentence or held
    if rank_of(held, CLEARANCE_LEVELS) >= rank_of(k.level, CLEARANCE_LEVELS):
        return Check(k.kind, "met", k.sentence, said)
    if rank_of(held, CLEARANCE_LEVELS) < 0:   # a clearance of no stated level
        return Check(k.kind, "unknown", k.sentence, said)
    return Check(k.kind, "blocked", k.sentence, said)


def _citizenship(k: Knockout, seeker: Seeker) -> Check:
    wanted = _countries_asked(k)
    creds = seeker.credentials
    # Citizenship meets every ask; a right to work one that asks only that ("authorized to work
    # in the US"); permanent residence one that names it ("U.S. citizens or permanent residents").
    shown = [("citizenship", creds.citizenship)]
    if not ASKS_CITIZENSHIP.search(k.sentence):
        shown.append(("work_authorisation", creds.work_authorisation))
    elif _RESIDENCE_ASKED.search(k.sentence) or _PERSON_ASKED.search(k.sentence) \
            or not _CITIZEN_WORD.search(k.sentence):
        shown.append(("residence", creds.residence))
    for kind, held in shown:
        if set(held) & wanted:
            return Check(k.kind, "met", k.sentence, creds.sentences.get(kind, "citizenship stated"))
    if (said := creds.sentences.get("blue_card")) and wanted & EEA_MEMBERS and not ASKS_CITIZENSHIP.search(
            k.sentence) and (_BLUE_CARD_ROUTE.search(k.sentence) or "blue_card_eligible" not in creds.sentences):
        # an EU Blue Card is a right to work; eligibility for it only where the posting takes that route
        return Check(k.kind, "met", k.sentence, said)
    if _CITIZEN_WORD.search(k.sentence) and ASKS_CITIZENSHIP.search(k.sentence) and set(creds.residence) & wanted:
        # "Permanent resident (green card holder)" for "U.S. Citizenship is required": no citizen
        return Check(k.kind, "blocked", k.sentence, "a permanent resident is no citizen: "
                     + creds.sentences.get("residence", "permanent residence stated"))
    if "US" in wanted and _us_clearance(creds):
        # a US Secret clearance or higher, held, is granted to US citizens only; the sentence
        # that states it is quoted, so the checklist's row shows it too
        pieces = [p.strip() for p in sentence_pieces(creds.clearance_sentence)]
        said = next((p for p in pieces if clearance_level(p) is not None), creds.clearance_sentence)
        return Check(k.kind, "met", k.sentence, said or f"{creds.clearance} clearance held")
    if (said := _permit_needed(k, seeker)) and not seeker.needs_sponsorship:
        # "Would need a work permit for Canada": no right to work there; citizenship or
        # residence it asks cannot be met, a right to work is to check (a permit may come)
        return Check(k.kind, "blocked" if ASKS_CITIZENSHIP.search(k.sentence) else "unknown", k.sentence, said)
    if seeker.needs_sponsorship:
        if k.offered:   # the posting offers sponsorship elsewhere
            return Check(k.kind, "unknown", k.sentence, f"{seeker.sponsorship_said}; the posting offers it")
        if ASKS_CITIZENSHIP.search(k.sentence):
            return Check(k.kind, "blocked", k.sentence, seeker.sponsorship_said)
        return Check(k.kind, "unknown", k.sentence, f"{seeker.sponsorship_said}; the posting asks work authorisation")
    if creds.visa and "US" in wanted and ASKS_CITIZENSHIP.search(k.sentence) and not k.offered:
        # a temporary US status ("H-4 EAD") is held by no US citizen or permanent resident
        return Check(k.kind, "blocked", k.sentence, _temporary_said(creds))
    if not ASKS_CITIZENSHIP.search(k.sentence) and creds.needs_sponsorship is False \
            and not (creds.work_authorisation and not set(creds.work_authorisation) & wanted) \
            and not ((home := _home_countries(seeker)) and not home & wanted):
        # "No sponsorship required" answers an ask of work authorisation ("authorized to work
        # in the US without sponsorship"), unless the right to work it states is another country's,
        # or, naming none, it is said from a home in another country (Portland, OR for "Right to work in the UK")
        return Check(k.kind, "met", k.sentence, creds.sentences["sponsorship"])
    if seeker.spouse_status:
        return Check(k.kind, "unknown", k.sentence, _spouse_said(seeker))
    stated = next((creds.sentences[kind] for kind in ("visa", "citizenship", "residence", "work_authorisation",
                                                      "sponsorship") if creds.sentences.get(kind)), "")
    if stated:   # "Indian citizen" for "authorized to work in the US"
        return Check(k.kind, "unknown", k.sentence,
                     f"the resume does not state the citizenship or work authorisation asked: {stated}")
    return Check(k.kind, "unknown", k.sentence, "the resume does not state citizenship or work authorisation")


def _home_countries(seeker: Seeker) -> set[str]:
    """The countries the resume's city (``Seeker.home``) is in, read only where its state or country is written
    beside it ("Portland, OR"; a bare "Cambridge" may be in Massachusetts); empty where it names none the
    gazetteer knows."""
    if "," not in seeker.home:
        return set()
    return {p.country for p in resolve(seeker.home) if p.kind == "city" and p.country}


def _permit_needed(k: Knockout, seeker: Seeker) -> str:
    """What the resume says of a work permit or visa it would need in a country the knock-out
    names ("Would need a work permit for Canada" against "eligible to work in Canada"); ""
    when it says none for those countries (a sentence that names no country: none)."""
    creds = seeker.credentials
    if not creds.permit_needed or not k.places and k.kind == "sponsorship":
        return ""
    if not set(creds.permit_needed) & _countries_asked(k):
        return ""
    return f"the resume says a work permit would be needed there: {creds.sentences['permit_needed']}"


def _temporary_said(creds: Credentials) -> str:
    return f"{creds.visa} is a temporary US status, held by no US citizen or permanent resident " \
           f"(the resume: {creds.sentences['visa']})"


def _spouse_said(seeker: Seeker) -> str:
    return (f"{seeker.spouse_status} is a spouse's US status: sponsorship may be needed later "
            f"(the resume: {seeker.credentials.sentences['visa']})")


def _us_clearance(creds: Credentials) -> bool:
    """Whether the resume holds a security clearance that only a US citizen holds: Secret or
    higher, held (not inactive), and no other citizenship stated (other countries grade
    clearances "Secret" too).  A Public Trust, or a clearance of no stated level, is no sign."""
    return (rank_of(creds.clearance, CLEARANCE_LEVELS) >= rank_of("secret", CLEARANCE_LEVELS)
            and set(creds.citizenship) <= {"US"})


def _countries_asked(k: Knockout) -> set[str]:
    """The countries whose citizens a citizenship knock-out names: a union's members for
    "EU citizens"; the US when it names none."""
    regions = gazetteer().regions
    wanted: set[str] = set()
    for p in (p for text in k.places for p in resolve(text)):
        wanted |= {p.country} if p.country else regions.get(p.region, frozenset())
    return wanted or {"US"}


# A resume's line that says its holder studies now: "currently enrolled, 12 credits per quarter", "Current
# student at Ridgeview", "enrolled full-time", "HR Management Certificate (in progress)"; not enrolling others
# ("Enrolled patients in remote monitoring").
_ENROLLED = re.compile(r"(?i)\b(?:currently|presently|actively)\s+(?:enrolled|studying|attending)\b"
                       r"|\bcurrent\s+(?:\w+\s+)?student\b|\benrolled\s+(?:full|half|part)[- ]time\b"
                       r"|\(\s*in progress\b")


def _enrolment(k: Knockout, seeker: Seeker) -> Check:
    """Current enrolment asked: met by a degree still to come or a line saying so (``_ENROLLED``),
    ruled out where every degree the resume names is dated and held; to check otherwise."""
    line = next((strip_line_marks(s) for s in seeker.text.splitlines() if _ENROLLED.search(s)), None)
    if line:
        return Check(k.kind, "met", k.sentence, line, enrolment=True)
    if coming := next((d for d in seeker.credentials.degrees if d.expected), None):
        return Check(k.kind, "met", k.sentence, f"{_said(coming)}, "
                     + (f"expected {coming.year}" if coming.year else "in progress"), in_window=True, enrolment=True)
    degrees = seeker.credentials.degrees
    if degrees and all(d.year for d in degrees):
        latest = max(degrees, key=lambda d: (d.year, d.month or 6))
        return Check(k.kind, "blocked", k.sentence, f"graduated {latest.year}; the resume shows no current enrolment",
                     enrolment=True)
    return Check(k.kind, "unknown", k.sentence, "the resume does not say you are enrolled now", enrolment=True)


def _graduation(k: Knockout, seeker: Seeker) -> Check:
    if k.mode == "enrolled":
        return _enrolment(k, seeker)
    dated = [d for d in seeker.credentials.degrees if d.year]
    # the degree the window is on, where the sentence names its level: "PhD conferred within the last 3
    # years" reads the doctorate's year, not a later certificate's; with none of that level dated the
    # window is on no degree the resume dates (the degree's own knock-out says whether one is held)
    named = [level for level, _, _ in degree_levels(k.sentence)]
    low = min((rank_of(level, DEGREE_LEVELS) for level in named), default=-1)
    if dated and named and not (dated := [d for d in dated if rank_of(d.level, DEGREE_LEVELS) >= low]):
        return Check(k.kind, "unknown", k.sentence, f"the resume dates no {DEGREE_LEVELS[low]} degree")
    if not dated:
        return Check(k.kind, "unknown", k.sentence, "the resume gives no graduation date")
    latest = max(dated, key=lambda d: (d.year, d.month or 6))
    when = f"{latest.year:04d}-{latest.month or 6:02d}"
    said = ("expected " if latest.expected else "graduated ") + when
    if _in_window(when, k):
        return Check(k.kind, "met", k.sentence, said)
    return Check(k.kind, "blocked", k.sentence, f"{said}; the posting takes those graduating {_window_said(k)}")


def _window_said(k: Knockout) -> str:
    """A graduation window in words: "in 2027" (a class's year), "between 2025-12 and 2026-06", "by 2026-06",
    "in 2023-11 or later"."""
    if k.start and k.end:
        if k.start[:4] == k.end[:4] and k.start[5:] == "01" and k.end[5:] == "12":
            return f"in {k.start[:4]}"
        return f"between {k.start} and {k.end}"
    return f"by {k.end}" if k.end else f"in {k.start} or later"


def _in_window(when: str, k: Knockout) -> bool:
    """Whether a graduation month ("2026-05") falls in a graduation knock-out's window."""
    return (not k.start or when >= k.start) and (not k.end or when <= k.end)


def _licence(k: Knockout, seeker: Seeker) -> Check | None:
    # "CMA or RMA certification" asks one of them: the first the resume shows meets it
    names = [n for n in (k.alternatives or [k.name]) if _NAMED.search(_GENERIC_LICENCE.sub(" ", n))]
    if not names:   # "a licence", "certification": no name
        return None
    other = None
    for name in names:
        if k.level and k.fields and _DEGREE_NAMED.search(name):
            # the degree offered in its place, in a field named: "CDA credential or an Associate
            # degree in Early Childhood Education" is met by that degree or a higher one in that
            # field, as a degree knock-out is; in another field it is to check
            asked = rank_of(k.level, DEGREE_LEVELS)
            reached = [d for d in seeker.credentials.degrees   # a degree still to come is not held
                       if not d.expected and rank_of(d.level, DEGREE_LEVELS) >= asked]
            fitting = [d for d in reached if in_field(k.fields, d.field, k.related)]
            if fitting:
                return Check(k.kind, "met", k.sentence, fitting[0].sentence or _said(fitting[0]))
            if reached:
                other = _said(reached[0]) if reached[0].field else f"{reached[0].level} degree with no field stated"
            continue
        for form in _forms(name):
            line = licence_held(form, seeker.credentials, seeker.text, k.sentence)
            if line and not (_COUNTRY_DRIVING.search(name) and not _COUNTRY_DRIVING.search(form)
                             and _ANOTHER_COUNTRY_DRIVING.search(line)):
                # quoted as the resume's sentence, without its bullet ("- Ohio ... License"); a form without the
                # country asked is not another country's ("Polish driving licence" for a "UK driving licence")
                return Check(k.kind, "met", k.sentence, strip_line_marks(line))
    # an apprentice of the trade, where the posting takes one in its place ("..., or currently registered as an
    # apprentice with the Ohio Board of Embalmers and Funeral Directors")
    line = next(filter(None, (apprentice_held(name, seeker.credentials, seeker.text, k.sentence) for name in names)),
                None)
    if line:
        return Check(k.kind, "met", k.sentence, strip_line_marks(line))
    forms = [form for name in names for form in _forms(name)]
    expired = next((line for form in forms if (line := licence_expired(form, seeker.credentials, seeker.text,
                                                                         k.sentence))), None)
    # one the resume says it does not hold at all: "Driver's license: none", "I do not have a driver's license"
    denied = None if expired else next((line for form in forms if (
        line := licence_denied(form, seeker.credentials, seeker.text, k.sentence))), None)
    coming = None if expired or denied else next((line for form in forms if (
        line := licence_to_come(form, seeker.credentials, seeker.text, k.sentence))), None)
    # the form held in another state, which the check names ("Arizona teaching certificate" of "Arizona Substitute
    # Certificate or any valid Arizona teaching certificate")
    held_form, elsewhere = ("", None) if expired or denied or coming else next(((form, found) for form in forms if (
        found := licence_elsewhere(form, seeker.credentials, seeker.text, k.sentence))), ("", None))
    # named with no state at all ("RN License #12345, active" for a Texas RN licence): to check, quoted, not unnamed
    unstated = None if expired or denied or coming or elsewhere else next((found for form in forms if (
        found := licence_elsewhere(form, seeker.credentials, seeker.text, k.sentence, unstated=True))), None)
    shown = strip_line_marks((elsewhere or unstated)[0]) if elsewhere or unstated else ""
    if elsewhere and offers_state(k.sentence, elsewhere[1]):
        # the state held is one the posting takes in words of its own ("Current Washington State dental hygiene
        # license (or Oregon licensed, willing to obtain WA)")
        return Check(k.kind, "met", k.sentence, shown)
    if coming and (OR_ELIGIBLE.search(k.sentence) or OR_ON_COURSE.search(k.sentence)):
        # on the route the posting offers ("license (or currently completing the 77-hour course)")
        return Check(k.kind, "met", k.sentence, strip_line_marks(coming))
    after_hire = OR_OBTAIN.search(k.sentence) or AFTER_HIRE.search(k.sentence)
    # held, but not on the country's register the posting names ("... through AHPRA" for a US RN)
    registers = sorted(r.upper() for name in names for r in registers_asked(name, k.sentence))
    abroad = None if expired or denied or coming or elsewhere or unstated or not registers else next((
        line for form in forms if (line := licence_held(form, seeker.credentials, seeker.text))), None)
    # a higher grade of the same work held ("Registered Nurse, Ohio Board of Nursing, License #RN..." for "Active LPN
    # license"): no licence of the grade asked, but said, as what the resume does hold
    higher = None if expired or denied or coming or elsewhere or unstated or abroad else next((
        (grade, line) for name in names for grade in higher_grades(name)
        if (line := licence_held(grade, seeker.credentials, seeker.text, k.sentence))), None)
    if higher:   # quoted by the checklist's row, partly covered, as a licence held in another state is
        shown = strip_line_marks(higher[1])
    said = (f"the resume's {k.name} has expired: {expired}" if expired
            else f"the resume says it holds no {k.name}: {strip_line_marks(denied)}" if denied
            else f"the resume says {k.name} is still to come: {coming}" if coming
            else _held_elsewhere(k, *elsewhere, form=held_form) if elsewhere
            else f"the resume's licence names no state: to check it is {unstated[2]}'s ({shown})" if unstated
            else f"the resume's {k.name} is not on the register the posting names ({', '.join(registers)}): "
                 f"{strip_line_marks(abroad)}" if abroad
            else f"the resume shows a higher grade of the work ({higher[0]}), not {k.name}: to check that the "
                 f"employer takes it ({strip_line_marks(higher[1])})" if higher
            else f"the resume does not show {k.name}")
    if coming and after_hire:
        said += ", the posting takes it after hire"
    if other:
        said += f"; {other}, the posting asks " + " or ".join(k.fields) + (" or a related field" if k.related else "")
    if k.route and not expired:
        # a way in the posting takes in its place ("CRT with RRT obtained within 12 months of hire
        # may be considered"): to check, that way named; the licence to come may be that way
        return Check(k.kind, "unknown", k.sentence, f"{said}; the posting offers another way: {k.route}",
                     elsewhere=shown)
    later = after_hire or OR_ELIGIBLE.search(k.sentence)
    # another state's licence where the posting names no way to take it, the line is no multistate one
    # and no compact covers both states (``reciprocity``)
    other_state = bool(elsewhere and not later and not takes_other_states(k.sentence)
                       and not takes_other_states(elsewhere[0]) and not compact_of(k.name, *elsewhere[1:]))
    # one still to come is what a licence to be had after hire ("must obtain within 90 days of hire") expects
    return Check(k.kind, "unknown", k.sentence, said, not_held=bool(expired or denied or coming and not after_hire),
                 unnamed="" if expired or denied or coming or elsewhere or unstated or other or later else k.name,
                 elsewhere=shown, other_state=other_state)


def _held_elsewhere(k: Knockout, line: str, held: str, asked: str, form: str = "") -> str:
    """What the check says of a licence held in another state (``licence_elsewhere``): what the
    resume holds, the way the posting takes it ("the resume holds an Illinois pharmacist license,
    not Indiana's (...); the posting accepts licensure by reciprocity") and the compact both states
    are in ("...; Texas and Florida are both in the Nurse Licensure Compact: to check whether the
    resume's licence is a multistate one").  The asked state's own code for the licence's class is no name
    of the one held: "Florida 6-20 All-Lines Adjuster license" asked, "a Texas All-Lines Adjuster license" held.
    ``form``: the one of the names asked that the line shows ("Arizona teaching certificate" of "Arizona Substitute
    Certificate or any valid Arizona teaching certificate"); a field the name asks that the line does not name is
    not said held ("Texas Educator Certificate in Mathematics" for a "Multiple Subject Teaching Credential")."""
    name = re.sub(r"[ \t]+", " ", CLASS_CODE.sub(" ", form or k.name)).strip()
    field = _IN_FIELD.search(name)
    if field and field.group(1).lower() not in line.lower():
        name = name[:field.start()]
    name = re.sub(re.escape(asked), held, name) if asked in name else f"{held} {name}"
    article = ("an " if held[:1] in "AEIOU" else "a ") if name.startswith(held) else ""   # "an Illinois ... license"
    way, compact = other_state_way(k.sentence), compact_of(k.name, held, asked)
    said = [f"the resume holds {article}{name}, not {asked}'s ({line})"]
    if way:
        said.append(f"the posting accepts {way}")
    if compact:   # a line that says it is multistate ("Multistate RN license (compact)") leaves nothing to ask
        said.append(f"{held} and {asked} are both in the {compact}" + ("" if takes_other_states(line) else
                    ": to check whether the resume's licence is a multistate one"))
    return "; ".join(said if way or compact else [*said, "to check whether the posting takes it"])


# The field a credential's name says it is in, at its end: "Educator Certificate in Mathematics".
_IN_FIELD = re.compile(r"[ \t]+in[ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:(?:and|&|of)[ \t]+)?[A-Z][\w'’-]*)*)\Z")


def _forms(name: str) -> list[str]:
    """A licence's name as a resume may show it: a bracket that spells the name out or says
    whose it is need not be on the resume's line ("CDA (Child Development Associate)
    credential" is shown by "CDA credentialed"); and the name with the credential the
    taxonomy reads in it written by its other names ("Idaho PT license" is shown by "Idaho
    Physical Therapist License", as it is held, lapsed or still to come); not a bracket that names the
    credential asked where the rest names none ("NBCOT certification (OTR)": a COTA's "NBCOT
    certified" shows no OTR; "Ohio OT license (OTR/L)" is shown by "Ohio OT License"), nor one that names
    a grade of the credential the rest names, which its id implies ("Commercial Driver's License (CDL-A)":
    a Class B holder's "Commercial Driver License" shows no Class A)."""
    plain = re.sub(r"\s*\([^()]*\)", "", name)
    if credential_ids(name) and not credential_ids(plain):
        plain = name
    elif (rest := credential_ids(plain)) and any(set(KNOWN[cid][1]) & rest
                                                  for cid in credential_ids(name) - rest if cid in KNOWN):
        plain = name
    if _KIND_CODE.search(name):
        # a kind asked by its code ("ARRT (MR) certification"): the credential's other names are
        # another kind's ("ARRT (R)", "RT(R)") or none
        return list(dict.fromkeys((name, plain)))
    forms = (name, plain, *_named_otherwise(plain), *_abbreviated(name))
    # the country of a driving licence a line names none of: a UK post's "Full UK driving licence" is the
    # "Driving licence categories: B, C, C+E" of a UK resume
    return list(dict.fromkeys((*forms, *(_COUNTRY_DRIVING.sub("", form) for form in forms))))


# The country a driving licence asked is of: "UK driving licence", "full British driving licence"; and a line's
# driving licence of another country: "Polish driving licence", "EU driving licence" (not "Full", "Clean").
_COUNTRY_DRIVING = re.compile(r"(?i)\b(?:UK|U\.K\.|British|GB)[ \t]+(?=driv(?:ing|er['’]?s?)[ \t]+licen[cs]e\b)")
_ANOTHER_COUNTRY_DRIVING = re.compile(
    r"\b(?!(?:Full|Clean|Valid|Current|Manual|Automatic|Provisional|UK|British|GB|Driving|Driver)\b)"
    r"(?:[A-Z][a-z]+|EU|EEA|US|USA)[ \t]+(?i:driv(?:ing|er['’]?s?)[ \t]+licen[cs]e)\b")


# A bracket of capitals after the words it abbreviates: "Board of Examiners (MRTBE)", "(CDR)".
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z&]{1,9})\)")
# The small words an acronym leaves out: "Board of Examiners" is "BE".
_LEFT_OUT = {"of", "and", "&", "for", "the", "on", "in"}


def _abbreviated(name: str) -> list[str]:
    """``name`` with the words a bracket abbreviates written as that bracket, as a resume
    shortens a long name ("Arizona Medical Radiologic Technology Board of Examiners (MRTBE)
    certification" -> "Arizona MRTBE certification"); [] where the capitals are no initials
    of the words before them."""
    m = _ACRONYM.search(name)
    if m is None:
        return []
    acronym = m.group(1).replace("&", "")
    words = name[:m.start()].split()
    initials, all_initials = "", ""   # without the small words, and with them ("Board of Certification (BOC)")
    for k in range(len(words) - 1, -1, -1):
        all_initials = words[k][:1].upper() + all_initials
        if words[k].lower() not in _LEFT_OUT:
            initials = words[k][:1] + initials
        if acronym in (initials, all_initials) and words[k].lower() not in _LEFT_OUT:
            return [" ".join(words[:k] + [m.group(1)]) + name[m.end():]]
        if not (acronym.endswith(initials) or acronym.endswith(all_initials)):
            return []
    return []


# A code of one or two capitals in brackets after a credential's name asks that kind of it: "ARRT (MR)", "CDL (A)".
_KIND_CODE = re.compile(r"[A-Z0-9]\s*\([A-Z]{1,2}\)")


def _named_otherwise(name: str) -> list[str]:
    """``name`` with each certification or licence the taxonomy finds in it written by that
    skill's other names ("Idaho PT license" -> "Idaho Physical therapist license", ...)."""
    tax = taxonomy()
    out = []
    for m in tax.extract(name):
        skill = tax.get(m.name)
        if skill is None or skill.category != "certification":
            continue
        out += [name[:m.start] + other + name[m.end:] for other in (skill.name, *skill.aliases)
                if other.casefold() != m.surface.casefold()]
    return out


def _workplace(k: Knockout, seeker: Seeker) -> Check | None:
    wanted = seeker.preferences.where
    if not wanted:
        # a remote job open only to those who live in the places it names ("Remote, must reside in Colorado"):
        # against where the resume says its seeker lives, as a residence ask is
        if k.mode == "remote" and k.places and residency_asked(k.sentence):
            return _residence(replace(k, kind="residence", mode=""), seeker)
        return None
    places = workplace_places(k)
    said = "you chose: " + "; ".join(p.name for p in wanted)
    # a place the posting leaves out ("all states except HI and AK") suits no one who would work there
    left_out = [p for text in k.excluded for p in resolve(text)]
    open_to = [w for w in wanted if not any(within(w, p) for p in left_out)]
    if not open_to:
        return Check(k.kind, "blocked", k.sentence, said)
    fits = compatible(places, k.mode, open_to)
    status = "unknown" if fits is None else "met" if fits else "blocked"
    if fits is None and k.mode == "remote":   # remote only for those who live in part of a country
        said += "; the job is remote only from the places it names, and where you live is not known"
    return Check(k.kind, status, k.sentence, said)


def _asked(k: Knockout) -> tuple:
    """What a knock-out asks, whatever sentence says it: a workplace its places as resolved
    ("Seattle, WA" and "Seattle" are one), another kind every field but the sentence."""
    if k.kind == "workplace":
        return tuple(sorted({p.name for p in workplace_places(k)})), tuple(sorted(k.excluded))
    return _frozen(replace(k, sentence=""))


# Where the employer is, not where the worker must be: "fully remote; our headquarters are in
# Boston", "a remote-first company with offices in London".
_EMPLOYER_SITE = re.compile(r"(?i)\b(?:headquarter\w*|hq|offices?|campus(?:es)?|(?:team|company|we)(?: is| are|'re)?"
                            r" based|founded)\b")


def workplace_places(k: Knockout) -> list[Place]:
    """The places a workplace knock-out lets the work be done in.  A remote job's places are
    where it may be done from ("Remote (Ohio, Indiana, Michigan residents only)": remote in
    those three states), unless its sentence names them as the employer's offices: then, as
    with no place named, it may be done from anywhere."""
    places = [p for text in k.places for p in resolve(text)]
    if k.mode == "remote" and not any(p.kind == "remote" for p in places):
        if not places or _EMPLOYER_SITE.search(k.sentence):
            places.append(REMOTE)
    return places


# A resume's line saying its seeker will move for a job: "Willing to relocate", "Open to relocation", "Will
# relocate to Ohio", "Relocation: yes"; not "Not willing to relocate", "Unable to relocate".
_WILL_RELOCATE = re.compile(r"(?i)(?<!\bnot )(?<!\bno )\b(?:(?:willing|open|able|happy|ready|plan(?:ning)?"
                            r"|prepared)\s+to\s+relocat\w*|will(?:ing)?\s+relocat\w*|open\s+to\s+relocation"
                            r"|relocation\s*:\s*(?:yes|open|willing))\b")
# How far a resume's city may lie beyond a distance asked and still be to check, not blocked: the address is
# its city's centre, and a city's own streets reach this far from it.
RADIUS_SLACK_KM = 15.0
# A distance asked in miles ("within 30 miles", "a 50-mi radius"), said back in miles.
_MILES = re.compile(r"(?i)\bmi(?:les?)?\b")


def will_relocate(text: str) -> str:
    """The resume's line that says its seeker will relocate (``_WILL_RELOCATE``), "" when none does."""
    return next((strip_line_marks(line) for line in text.splitlines() if _WILL_RELOCATE.search(line)), "")


def _residence(k: Knockout, seeker: Seeker) -> Check | None:
    """Where the worker must live ("Must live in one of these states: Florida, Georgia, ...") against where the
    resume's address is (``home``): met in one of them, blocked elsewhere, to check when the resume names none.
    A distance from a place ("within 30 miles of Dayton, OH": ``radius_km``) is measured between the two
    cities' centres: met within it, blocked beyond it by more than ``RADIUS_SLACK_KM``, to check in between or
    when a city is too small for the gazetteer.  A way round it ("or be willing to relocate") is met by a resume
    line saying the seeker will relocate and leaves the rest to check; without one, such a line makes a place
    elsewhere to check, not blocked.  A territory the posting does not draw is to check, unless such a line
    meets its way."""
    way = bool(RELOCATE_WAY.search(k.sentence))
    moving = will_relocate(seeker.text)
    if k.mode == "territory":
        if way and moving:
            return Check(k.kind, "met", k.sentence, f"the resume says you would relocate ({moving})")
        return Check(k.kind, "unknown", k.sentence, "to confirm: the posting does not say where its territory is")
    taken = [p for text in k.places for p in resolve(text)]
    if not taken:
        return None
    city = seeker.home
    places = [p for p in resolve(city) if p.kind == "city"] if city else []
    if not places:
        if way and moving:
            return Check(k.kind, "met", k.sentence, f"the resume says you would relocate ({moving})")
        return Check(k.kind, "unknown", k.sentence, "the resume does not say where you live")
    state = next((p for p in resolve(places[0].state) if p.kind == "state"), None) if places[0].state else None
    where = state.name.split(",")[0] if state else places[0].name
    if k.radius_km:
        status, said = _distance(k, city, places, taken)
    elif any(within(p, t) for p in places for t in taken):
        status, said = "met", f"you live in {city} ({where})"
    else:
        status, said = "blocked", f"you live in {where} ({city}); the job takes those who live in {', '.join(k.places)}"
    if status != "met" and moving:
        status = "met" if way else "unknown"
        said += f"; the resume says you would relocate ({moving})" + ("" if way else ": to confirm")
    elif status == "blocked" and way:
        status, said = "unknown", said + "; the posting takes those willing to relocate: to confirm"
    return Check(k.kind, status, k.sentence, said)


def _distance(k: Knockout, city: str, places: list[Place], taken: list[Place]) -> tuple[str, str]:
    """(status, what the resume says) of a distance to live within (``k.radius_km``) of the ``taken`` place, for
    a resume whose city is ``places`` (as written: ``city``)."""
    miles = bool(_MILES.search(k.sentence))
    unit, per = ("miles", 1.609344) if miles else ("km", 1.0)
    asked = f"within {k.radius_km / per:.0f} {unit} of {k.places[0]}"
    far = [d for p in places for t in taken if (d := distance_km(p, t)) is not None]
    if not far:
        return "unknown", f"you live in {city}; the job takes those who live {asked}: to confirm, the distance " \
                          "is not known"
    d = min(far)
    said = f"you live in {city}, about {d / per:.0f} {unit} from {k.places[0]}"
    if d <= k.radius_km:
        return "met", said
    if d <= k.radius_km + RADIUS_SLACK_KM:
        return "unknown", f"{said}; the job takes those who live {asked}: to confirm"
    return "blocked", f"{said}; the job takes those who live {asked}"


_CHECKS = {"degree": _degree, "clearance": _clearance, "citizenship": _citizenship,
           "graduation": _graduation, "licence": _licence, "residence": _residence}


# -- every posting at once ----------------------------------------------------------
class Knockouts:
    """The knock-outs of every posting of a catalog, grouped for checking in bulk."""

    def __init__(self, per_posting: Sequence[Sequence[Knockout]]):
        self.per_posting = [tuple(ks) for ks in per_posting]
        distinct: dict[tuple, int] = {}
        self._representatives: list[Knockout] = []
        owners, keys = [], []
        for i, ks in enumerate(self.per_posting):
            for k in ks:
                key = _key(k)
                if key not in distinct:
                    distinct[key] = len(distinct)
                    self._representatives.append(k)
                owners.append(i)
                keys.append(distinct[key])
        self._owners = np.array(owners, dtype=np.int64)
        self._keys = np.array(keys, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.per_posting)

    def blocked(self, seeker: Seeker) -> np.ndarray:
        """Per posting: whether one of its knock-outs blocks this seeker (what
        ``eligibility(...).status == "blocked"`` says, for every posting at once)."""
        out = np.zeros(len(self.per_posting), dtype=bool)
        if len(self._keys):
            verdicts = np.array([_blocks(check(k, seeker)) for k in self._representatives], dtype=bool)
            out[self._owners[verdicts[self._keys]]] = True
        return out


def _blocks(c: Check | None) -> bool:
    return c is not None and c.status == "blocked"


def _key(k: Knockout) -> tuple:
    """What a check reads of a knock-out: knock-outs with the same key get the same
    answer for a seeker (the sentence only through whether it speaks of obtaining a
    clearance, asks citizenship or names the employer's offices)."""
    read = (bool(_OBTAIN.search(k.sentence)), bool(ASKS_CITIZENSHIP.search(k.sentence)),
            bool(_EMPLOYER_SITE.search(k.sentence)), bool(RELOCATE_WAY.search(k.sentence)),
            bool(_MILES.search(k.sentence)), bool(residency_asked(k.sentence)))
    return _frozen(replace(k, sentence=str(read)))


def _frozen(k: Knockout) -> tuple:
    return tuple(tuple(v) if isinstance(v, list) else v for v in k.to_dict().values())
