"""The score of a resume/posting pair, and the results that explain it.

Six signals are computed, each from the pair alone, never from the other
postings of the catalog (so a pair's score does not move when postings join),
and all six rank (``FUSED``):

- ``bm25``: BM25 of the resume's words against the posting's, with a fixed
  IDF (word frequencies of English) and a fixed document length, divided by
  the posting's BM25 against itself plus a typical posting's: about the share
  of the posting's weighted words the resume uses (``matcher.ranking.lexical``);
- ``tfidf``: cosine of the two texts' TF-IDF vectors, the same fixed IDF, with
  sublinear term counts: where BM25 counts each word of the resume once, this
  weighs the words the resume says most (a tester's "testing", an accountant's
  "reconciliation");
- ``dense``: cosine of the resume's mean sentence vector and the posting's
  summary vector (the mean of its title and requirement vectors), raw;
- ``opening``: cosine of the two texts' openings (``matcher.text.opening``: the first
  hundred words, a resume's summary and first role, a posting's title and what the
  job is) each read as one passage, the resume's text redacted as every signal reads it; the
  ``dense`` vectors see every requirement but not what the job is, and this sees
  that; absent for a posting embedded before openings were;
- ``years``: years in the resume's roles (without a titled dated role, the kind of work it
  states its years in, ``Resume.stated``) whose title is like the posting's
  (cosine at least ``RELATED_TITLE`` of the titles without their seniority,
  ``job_kind``: "Senior Accountant" is no "Senior Software Engineer", nor the tools they
  list, ``without_stack``) over the years the posting asks,
  capped at 1, times the cosine of the resume's closest role title: the same years
  count for more in the same job ("Accountant" for "Staff Accountant", 1.0) than in a
  merely related one ("Software Engineer" for "Embedded Software Engineer", 0.72); a
  posting that states no years still asks for related work, and
  ``UNSTATED_YEARS`` of it meet it (so whether a posting states years does not
  decide how many signals its score averages); absent when it has no title;
- ``coverage``: the checklist's own figure (``matcher.ranking.checklist``): each of
  the posting's requirements credited by the resume line that shows it best (its
  skills named, its years in related roles, its degree, or words and sentence
  vectors alike), must-haves weighing more than nice-to-haves and each requirement
  by how rare its words are, read as the knock-outs beside it read it; absent when
  the posting lists no requirement.  The only signal read posting by posting (1 to
  2 ms each), so a match reads it for the postings that can reach its top
  (``Catalog.settle``), and a pair's score is the same whichever postings are read.

The fused value ``f`` is the mean of the z-scores of the six signals, each
centred and scaled by fixed constants (``NORMS``) and held within ``Z_LIMIT``,
a signal a posting lacks counting as its usual value (a posting with no title
neither gains nor loses by having no years), with equal weights: on the
labelled data, weights fitted per fold flipped from fold to fold and did no
better under cross-validation (docs/EVALUATION.md).  TF-IDF was left out for a
while (it reads the same words as BM25, and on cnam-100's five postings it
ranked near chance); on the catalog set, 64 resumes each against 50 real
postings, it was the strongest signal alone, and fused again it raised
ROC-AUC there and on a set graded after the choice (docs/EVALUATION.md).

The score is ``f`` calibrated: ``100 / (1 + exp(-(a f + b)))``, read as the
chance that a person labels the pair a fit, and it never exceeds
``CAPPED_SCORE`` (below "likely fit") while more than half of the posting's
must-haves are missing from the resume (soft asks aside: ``checklist.mostly_missing``),
while a licence the posting requires is one the resume says is expired or still to
come, or while the resume does not name the job's own licence (``cap_reason``): a posting
missing most of its must-haves, or its licence, never reads as a strong match.  The other
way, it is never below ``FIT_FLOOR`` ("possible fit") while no knock-out rules the posting
out and a line of the resume shows each of its must-haves (``floor_reason``): the signals
read the words the two texts share, and a short posting shares few with a resume that does
its work in other words.  Both bounds are read with the checklist (``Catalog.read``).

Requirement coverage is both a signal and the explanation beside the score:
a posting ranks higher the more of its requirements the resume shows, line by
line.  It was left out of ``f`` while it ranked worse than the other signals;
fused as a sixth equal part it raised the catalog set and cnam-100's recruiter
side (docs/EVALUATION.md).  The skills and the closest title explain the
score and carry no weight in it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy as np

from matcher.eligibility.verdict import Eligibility
from matcher.postings.choices import skill_alternatives
from matcher.postings.kinds import asked_part
from matcher.postings.knockout_rules import ASKS_LEADING
from matcher.postings.parse import Posting
from matcher.postings.years import (
    EMERGENCY_DEPARTMENT,
    ICU,
    KINDS_BY_TITLE,
    MED_SURG,
    SETTING_ASKS,
    another_kind,
    asked_roles,
    does_work,
    excluded_role,
    field_forms,
    first_part,
    kinds_of_work,
    leads_alone,
    like_by_other_words,
    main_work,
    managed_work,
    names_work,
    people_served,
    posting_field,
    same_work,
    settings_asked,
    sited_kinds,
    title_field,
    titled_kind,
    titled_kinds,
    titled_work,
    trades_of,
    work_done_to,
    work_stems,
    years_parts,
)
from matcher.ranking.assistants import assistant_only, professions_asked
from matcher.ranking.lexical import tokenize
from matcher.ranking.qualities import claims_only
from matcher.resumes.credentials import licence_headings
from matcher.resumes.french import english_title
from matcher.resumes.licences import JUNIOR, JUNIOR_NOUNS, credential_ids, held_ids
from matcher.resumes.military import civilian_role, leads_by_rank, serves
from matcher.resumes.read import Resume
from matcher.resumes.roles import YEAR, Role, firm_line, total_years
from matcher.resumes.sections import heading_of
from matcher.skills.asking import skill_names
from matcher.skills.evidence import WORK_DOMAINS
from matcher.skills.taxonomy import (
    direct_parents,
    implied_skills,
    is_credential,
    is_kind_of_work,
    taxonomy,
    without_stack,
)
from matcher.text import LEAD_TITLE, job_kind, opening

COVERAGE = "coverage"   # the one signal read posting by posting, from its checklist
SIGNALS = ("bm25", "tfidf", "dense", "opening", "years", COVERAGE)
FUSED = SIGNALS     # the signals f averages
# (mean, standard deviation) of each signal over the 440 resume/posting pairs of the
# labelled development data (cnam-100, docs/EVALUATION.md): scales, not weights.
# Refitted in every cross-validation fold (`matcher eval` prints the out-of-fold rows).
NORMS = {"bm25": (0.06517, 0.02335), "tfidf": (0.08532, 0.03277), "dense": (0.5418, 0.1142),
         "opening": (0.3753, 0.09217), "years": (0.2476, 0.3303), COVERAGE: (0.3217, 0.1557)}
# The calibration f -> probability of "fit" (logistic, fitted on the same pairs with
# unlabelled pairs as not fit; `matcher eval` prints its range over leave-one-resume-out
# folds).
CALIBRATION = (0.872, -1.8721)
# No signal's z-score counts beyond this: BM25 has a long tail (a long resume against
# short postings reaches 7 standard deviations, dense 2.6, years 1.6 at most), and one
# signal alone would carry the score (a resume copying a posting's words).  4, not the
# usual 3: at 3 the words' signals were flat among a resume's closest postings (TF-IDF
# passed 3 for a third of the catalog set's good fits); 4 was checked on a set graded
# after the choice (docs/EVALUATION.md).
Z_LIMIT = 4.0
RELATED_TITLE = 0.5          # a role counts towards years when its title is this close, sharing a word of its field
CLOSE_TITLE = 0.7            # ... or this close, sharing none (``alike``)
OWN_LINES = 12               # a role's own lines at most, from the one it stands in
# A line that opens an entry of its own for a project or a course of study, which ends the lines of
# the role above it: title-case words naming a capstone, a bootcamp, coursework, a thesis, a hackathon or
# a personal, class or portfolio project ("Data Analytics Capstone - Twin Cities Data Bootcamp (2025)",
# "Personal Project: Budget tracker"); not the job's own "Key Project: ...", nor a role's line saying
# "Completed a data analytics bootcamp", nor a company ("Capstone Logistics").
PROJECT_ENTRY = re.compile(
    r"^\W*(?:[A-Z0-9][\w&'’.+/-]*\s+){0,5}?(?i:capstone(?=\s*(?:$|[-–—:,(|]|projects?\b|course\b|program\b))"
    r"|boot\s?camp|(?:relevant\s+)?course\s?work|thesis|dissertation|hackathon"
    r"|(?:personal|academic|class|course|school|side|portfolio|independent|student|capstone)\s+projects?)\b")
# Categories of skills that name a field of work, not a tool or specialty (``work_skills``).
BROAD_WORK = frozenset({"business", "practice", "domain", "field", "soft", "category", "retail", "sales", "hr",
                        "hospitality", "logistics", "education", "legal", "finance"})
UNSTATED_YEARS = 1.0         # the years of related work a posting that states none asks
CAPPED_SCORE = 45.0
# The status of a soft ask no resume line shows at work: not a must-have missing, a quality to show
# with an example (``matcher.ranking.qualities``).
NOT_SHOWN = "not_shown"
# The status of an age asked ("Must be 18 years of age or older"): matcher reads no resume's age (it is
# a personal detail, redacted), so the seeker confirms it; never covered or missing, outside coverage.
TO_CONFIRM = "to_confirm"
# A score's words, by the share of labelled pairs that were a fit in each band.
VERDICTS = ((50.0, "likely fit"), (25.0, "possible fit"), (10.0, "unlikely fit"), (0.0, "poor fit"))
FIT_FLOOR = 25.0             # a "possible fit" or better: what to learn next is drawn from these



@dataclass
class RequirementMatch:
    text: str
    kind: str
    status: str                 # covered | partial | missing | not_shown (``NOT_SHOWN``: a soft ask) | to_confirm
    credit: float               # 0..1, what the requirement adds to coverage
    similarity: float           # dense similarity of the evidence line
    evidence: str | None        # the resume line that shows it, verbatim; None when missing
    skills: list[str]
    skills_found: list[str]     # its skills the resume names anywhere
    years: float | None
    evidence_more: list[str] = field(default_factory=list)  # lines showing its other skills
    soft: bool = False          # it asks only qualities ("Strong attention to detail"): ``matcher.ranking.qualities``
    note: str = ""              # why its line shows it only partly or not at all, where that is known
    #                             ("German A2, B2 asked", "28 WPM shown, 40 asked")

    def to_dict(self) -> dict:
        return {"text": self.text, "kind": self.kind, "status": self.status,
                "credit": round(self.credit, 3), "similarity": round(self.similarity, 3),
                "evidence": self.evidence, "evidence_more": self.evidence_more, "skills": self.skills,
                "skills_found": self.skills_found, "years": self.years, "soft": self.soft, "note": self.note}


def musts_of(requirements: list[RequirementMatch]) -> list[RequirementMatch]:
    """The must-haves a resume can show: a soft ask ("Excellent communication skills") is none of
    them (a resume seldom shows a quality in so many words), nor an age to confirm."""
    return [r for r in requirements if r.kind == "must" and not r.soft and r.status != TO_CONFIRM]


def bounded(score: float, held: str, raised: str) -> float:
    """A pair's score as its checklist bounds it: at most ``CAPPED_SCORE`` where something holds it
    (``held``), at least ``FIT_FLOOR`` where the checklist shows every must-have (``raised``)."""
    return min(score, CAPPED_SCORE) if held else max(score, FIT_FLOOR) if raised else score


@dataclass
class TitleMatch:
    posting: str        # the posting's title
    resume: str         # the resume's title (headline or role) closest to it, verbatim
    similarity: float

    def to_dict(self) -> dict:
        return {"posting": self.posting, "resume": self.resume,
                "similarity": round(self.similarity, 3)}


@dataclass
class Explanation:
    requirements: list[RequirementMatch]
    coverage: float | None           # must-weighted requirement credit, 0..1; None: none asked
    skills_matched: list[dict]
    skills_missing: list[str]        # named by must-haves, absent from the resume
    skills_nice_missing: list[str]
    years_asked: float | None
    years_found: float | None        # years in roles whose title is like the posting's
    title: TitleMatch | None         # None when the posting or the resume has no title
    signals: dict[str, float]        # each ranking signal's raw value
    contributions: dict[str, float]  # each signal's part of the fused value (they add up to it)
    fused: float
    verdict: str
    held: str = ""   # why the score is at most ``CAPPED_SCORE`` ("" when nothing holds it)
    raised: str = ""   # why the score is at least ``FIT_FLOOR`` ("" when nothing raises it)

    @property
    def asked(self) -> list[RequirementMatch]:
        """The requirements a resume can show: all but the conditions of the work."""
        return [r for r in self.requirements if r.kind != "condition"]

    @property
    def conditions(self) -> list[RequirementMatch]:
        """Conditions of the work ("Able to lift 50 lbs"): for the seeker to confirm."""
        return [r for r in self.requirements if r.kind == "condition"]

    @property
    def covered(self) -> list[RequirementMatch]:
        return [r for r in self.asked if r.status == "covered"]

    @property
    def missing_must(self) -> list[RequirementMatch]:
        return [r for r in self.requirements if r.status == "missing" and r.kind == "must"]

    @property
    def musts(self) -> list[RequirementMatch]:
        """The must-haves the "N of M must-haves" count (``musts_of``)."""
        return musts_of(self.requirements)

    @property
    def not_shown(self) -> list[RequirementMatch]:
        """Soft asks no resume line shows at work ("Excellent communication skills"): for the
        seeker to show with an example, never a must-have missing."""
        return [r for r in self.requirements if r.status == NOT_SHOWN]

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "requirements": [r.to_dict() for r in self.requirements],
            "coverage": None if self.coverage is None else round(self.coverage, 3),
            "covered": [{"requirement": r.text, "kind": r.kind, "evidence": r.evidence,
                         "evidence_more": r.evidence_more,
                         "similarity": round(r.similarity, 3)} for r in self.covered],
            "missing_must": [r.text for r in self.missing_must],
            "skills_matched": self.skills_matched,
            "skills_missing": self.skills_missing,
            "skills_nice_missing": self.skills_nice_missing,
            "years_asked": self.years_asked,
            "years_found": None if self.years_found is None else round(self.years_found, 1),
            "title": self.title.to_dict() if self.title else None,
            "signals": {k: round(v, 3) for k, v in self.signals.items()},
            "contributions": {k: round(v, 3) for k, v in self.contributions.items()},
            "fused": round(self.fused, 3),
            "held": self.held or None,
            "raised": self.raised or None,
        }


@dataclass
class Match:
    rank: int
    posting: Posting
    score: float
    explanation: Explanation | None = field(default=None)
    eligibility: Eligibility | None = field(default=None)

    def to_dict(self, explain: bool = True) -> dict:
        p = self.posting
        out = {"rank": self.rank, "posting_id": p.id, "title": p.title, "company": p.company,
               "location": p.location, "remote": p.remote, "salary_min": p.salary_min,
               "salary_max": p.salary_max, "salary_currency": p.salary_currency,
               "url": p.url, "score": round(self.score, 1)}
        if self.eligibility is not None:
            out["eligibility"] = self.eligibility.to_dict()
        if explain and self.explanation is not None:
            out["explanation"] = self.explanation.to_dict()
        return out


@dataclass
class ResumeFeatures:
    """What scoring needs of a resume, computed once per request."""
    resume: Resume
    text: str                    # what the lexical signals read: its sentences but those that only claim qualities
    vectors: np.ndarray          # sentences x dim
    mean: np.ndarray             # dim, unit length (zero without sentences)
    opening: np.ndarray          # dim: its opening read as one passage (zero without text)
    skills: dict[str, list[str]]  # canonical name -> surfaces as written (or of the skill implying it)
    titles: list[str]            # its headline, its dated roles' titles and its stated kind of work, each once
    title_vectors: np.ndarray    # titles x dim
    role_vectors: np.ndarray     # dated roles with a title (or the stated role) x dim
    role_years: np.ndarray       # their years
    role_lines: np.ndarray       # the sentence each stands in (-1: none)
    lines: list[frozenset[str]]  # each sentence's words
    word_lines: dict[str, np.ndarray]  # each word: the sentences that use it
    skill_lines: dict[str, frozenset[int]]  # each skill: the sentences that name it
    # Skills it shows only through the kind of a narrower one (Python -> Software development),
    # each with that one.
    by_kind: dict[str, str] = field(default_factory=dict)
    # Per role of role_vectors: whether its title is one of someone who leads others (LEAD_TITLE).
    role_leads: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    # Per role: its start and end as day numbers (NaN for a role stated without dates).
    role_spans: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    # Per sentence: whether it shows no work: it says what the person seeks ("Seeking a Flight
    # Attendant position") or lacks ("No Kubernetes.").
    seeks: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    # Per role: its title, with the civilian role of a military one or the English title of a French one.
    role_titles: tuple[str, ...] = ()
    # What the checklist reads of the resume once for all the postings it explains (one request's).
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, resume: Resume, embedder) -> ResumeFeatures:
        stated = [resume.stated] if resume.stated else []
        titles = list(dict.fromkeys(t for t in [resume.headline] + [r.title for r in resume.roles + stated]
                                    if t))
        # Dated roles with a title; without any, the kind of work the resume states years in.
        roles = [r for r in resume.roles if r.title] or stated
        role_lines = np.array(_role_lines(resume.sentences, roles, resume.headline, resume.text), dtype=np.int64)
        # A military role reads as the civilian work it is ("Combat Medic, 68W" as "EMT (Emergency Medic)"),
        # by its title and the line it stands in ("NCOIC ... 68W Health Care Specialist").
        civilian = [civilian_role(r.title + "\n" + (resume.sentences[k] if k >= 0 else ""))
                    for r, k in zip(roles, role_lines.tolist())]
        readings = {}
        for role, reading in zip(roles, civilian):
            if reading:
                readings.setdefault(role.title, reading)
        # A French title reads as the English one it is ("Coordonnatrice marketing": "Marketing Coordinator").
        english = {t: english_title(t) for t in titles}
        shown = [reading or english[r.title] for r, reading in zip(roles, civilian)]
        # Embedded for this request alone: a resume's vectors never enter the cache that
        # requests share (its timing would tell one client what another sent).
        kinds = [readings.get(t) or job_kind(without_stack(english[t] or t)) for t in titles]
        # A line that only claims qualities ("Detail-oriented self-starter with excellent communication
        # skills") shows nothing: the signals that read the resume's words and vectors skip it, so echoing
        # a posting's soft asks earns nothing there either (the checklist reads it as a claim).
        shows = np.array([not claims_only(s) for s in resume.sentences], dtype=bool)
        passage_text = opening("\n".join(line for line in resume.text.splitlines() if not claims_only(line)))
        rows = embedder.embed_private(resume.sentences + kinds + [passage_text])
        n = len(resume.sentences)
        vectors, title_vectors, passage = rows[:n], rows[n:n + len(titles)], rows[-1]
        passage = passage if passage_text else np.zeros(embedder.dim, np.float32)
        mean = vectors[shows].mean(axis=0) if shows.any() else np.zeros(embedder.dim, np.float32)
        norm = np.linalg.norm(mean)
        role_vectors = (title_vectors[[titles.index(r.title) for r in roles]] if roles
                        else np.zeros((0, embedder.dim), np.float32))
        skills: dict[str, list[str]] = {}
        for m in resume.skills:
            surfaces = skills.setdefault(m.name, [])
            if m.surface not in surfaces:
                surfaces.append(m.surface)
        # Broader skills the resume shows through narrower ones: Docker -> Containers.
        implied = implied_skills(list(skills))
        by_kind = {parent: child for parent, child in implied.items()
                   if parent not in implied_skills(list(skills), by_kind=False)}
        for parent, child in implied.items():
            skills[parent] = list(skills[child])
        lowered = [s.lower() for s in resume.sentences]
        skill_lines = {name: frozenset(i for i, low in enumerate(lowered)
                                       if any(_names(surface, low) for surface in surfaces))
                       for name, surfaces in skills.items()}
        lines = _lines_with_headings(resume)
        text = "\n".join(s for s, shown in zip(resume.sentences, shows) if shown)
        blocks = table_blocks(resume.text, resume.sentences, role_lines)
        features = cls(resume, text, vectors, mean / norm if norm else mean, passage, skills,
                   titles, title_vectors, role_vectors,
                   np.array([r.years for r in roles], dtype=np.float64), role_lines,
                   lines, _word_lines(lines), skill_lines, by_kind,
                   # a role leads by its title, or by a rank or billet on its line ("68W, SSG/E-6") or a
                   # unit led on the lines under it ("Process Assistant" over "Led a team of 20-30 associates")
                   np.array([bool(LEAD_TITLE.search(f"{r.title} {english[r.title]}"))
                             or any(leads_by_rank(line) for line in resume.sentences[span])
                             for r, span in zip(roles, role_spans(
                                 role_lines, resume.sentences, [r.title for r in roles], resume.headline, blocks))],
                            dtype=bool),
                   np.array([(r.start.toordinal(), r.end.toordinal()) if r.start and r.end else (np.nan, np.nan)
                             for r in roles], dtype=np.float64).reshape(-1, 2),
                   np.array([bool(SEEKS.search(s) or DENIES.search(s)) for s in resume.sentences], dtype=bool),
                   tuple(f"{r.title} ({reading})" if reading else r.title for r, reading in zip(roles, shown)))
        features.memo["table_blocks"] = blocks
        return features

    def role_trades(self) -> np.ndarray:
        """Per role: per kind of work of ``KINDS_BY_TITLE``, whether its title does it (``trades_of``)."""
        if "role_trades" not in self.memo:
            self.memo["role_trades"] = np.array([trades_of(t) for t in self.role_titles], dtype=bool).reshape(
                len(self.role_titles), len(KINDS_BY_TITLE))
        return self.memo["role_trades"]

    def roles_doing(self, sentence: str) -> np.ndarray:
        """Per role: whether its title does a kind of work a years ask names ("8th Grade Science
        Teacher" for "2+ years in instructional design, training development, or teaching").  An
        academic assistant's title names its course after its work: "Teaching Assistant,
        Introduction to Machine Learning" teaches, it builds no models.  A title of no kind of
        ``KINDS_BY_TITLE`` does the work its line's site names ("Associate, Kroger Distribution Center").
        A role that leads others (``role_leads``) does leading asked alone ("supervisory or lead")."""
        kinds = kinds_of_work(sentence)
        doing = np.array([bool(kinds) and does_work(_ACADEMIC_TAIL.sub("", t) if ACADEMIC.search(t) else t, kinds,
                                                    site)
                          for t, site in zip(self.role_titles, self.role_sites())], dtype=bool)
        if any(map(leads_alone, kinds)):
            # leading others asked alone ("2+ years of supervisory or lead experience"): a role that leads by its
            # lines does it ("Process Assistant" over "Lead a team of 35 pickers and packers"), as a "Supervisor" does
            doing |= self.role_leads
        elif _manages_setting(sentence):
            # the managing of a setting ("property management"): a role that leads others held there does it,
            # whatever its title calls it ("Leasing Manager" over an apartment community's rents and renewals)
            doing |= self.role_leads & self.roles_in_setting(sentence)
        return doing

    def counting_roles(self, sentence: str, title: str = "") -> np.ndarray:
        """Per role: whether a years ask may count it at all: those ``credential_roles`` gives,
        and where the ask is of industry work ("in production", "industry experience"), none
        held as a student or an academic assistant (``ACADEMIC``); none whose kind the ask
        excludes ("CNC Operator" where "operator-only experience will not be considered":
        ``excluded_role``); none of a profession's assistant where the ask or the posting's
        ``title`` names the professional ("Occupational Therapy Assistant" years for an
        "Occupational Therapist (OTR/L)": ``assistants``)."""
        roles = self.credential_roles(sentence)
        if professions := professions_asked(f"{title}\n{sentence}"):
            roles = roles & ~self.assistant_roles(professions)
        if _ASKS_INDUSTRY.search(sentence):
            roles = roles & ~np.array([bool(ACADEMIC.search(t)) for t in self.role_titles], dtype=bool)
        return roles & ~np.array([excluded_role(t, sentence) for t in self.role_titles], dtype=bool)

    def assistant_roles(self, professions: tuple[str, ...]) -> np.ndarray:
        """Per role: whether its title is of an assistant of one of ``professions`` and not of its
        professional (``assistants.assistant_only``), read once a request for each professions named."""
        memo = self.memo.setdefault("assistant_roles", {})
        if professions not in memo:
            memo[professions] = np.array([assistant_only(t, professions) for t in self.role_titles], dtype=bool)
        return memo[professions]

    def assistant_lines(self, professions: tuple[str, ...]) -> list[int]:
        """The resume's lines that name an assistant of one of ``professions`` and not its
        professional ("NBCOT certified, COTA"), read once a request for each professions named."""
        memo = self.memo.setdefault("assistant_lines", {})
        if professions not in memo:
            memo[professions] = [k for k, line in enumerate(self.resume.sentences) if assistant_only(line, professions)]
        return memo[professions]

    def roles_in_setting(self, sentence: str) -> np.ndarray:
        """Per role: whether its title, its line and the lines under it name each setting a years
        ask names (``SETTINGS``): "Math Teacher, Lincoln High School" for "secondary classroom
        teaching", not "Volunteer Math Tutor, Houston Public Library"; every role where it names none.
        The buildings a trade works on, said of the whole career in the lines above the first role ("7
        years in commercial and light industrial electrical construction"), are those of a role whose own
        lines name none of them ("Journeyman Electrician" running conduit and panels)."""
        # not a softened add-on's ("..., K-12 setting preferred"), nor a later figure's, which is some of the years
        # ("5+ years of RN experience, including 2 years in an ICU": ``part_years``)
        sentence = first_part(asked_part(sentence, "must"))
        asked = settings_asked(sentence)
        if not asked:
            return np.ones(len(self.role_titles), dtype=bool)
        sentences = self.resume.sentences
        first = min((int(k) for k in self.role_lines if k >= 0), default=0)
        opening = "\n".join(sentences[:first])
        held = []
        for title, lines in zip(self.role_titles, role_spans(self.role_lines, sentences, self.role_titles,
                                                              self.resume.headline, self.table_blocks())):
            text = "\n".join([title, *sentences[lines]])
            unsaid = not any(SETTINGS[i][1].search(text) for i in _BUILDING_SETTINGS)
            held.append(all(any(SETTINGS[i][1].search(text) or unsaid and i in _BUILDING_SETTINGS
                                and SETTINGS[i][1].search(opening) for i in choice) for choice in asked))
        return np.array(held, dtype=bool)

    def credential_roles(self, sentence: str) -> np.ndarray:
        """Per role: whether it may be one a years ask names by its credential ("1+ year of
        experience as an LPN", "as a Registered Nurse"): its title names the credential, or the
        resume shows the credential held and its title names no other, so that a nursing
        assistant's years are no LPN's; every role where the ask names none."""
        asked = {cid for role in asked_roles(sentence) for cid in credential_ids(role) if not cid.endswith(JUNIOR)}
        if not asked:
            return np.ones(len(self.role_titles), dtype=bool)
        if "held_ids" not in self.memo:
            self.memo["held_ids"] = set().union(*(held_ids(s) for s in self.resume.sentences))
        held = bool(asked & self.memo["held_ids"])
        titled = [{cid for cid in credential_ids(title) if not cid.endswith(JUNIOR)} for title in self.role_titles]
        # the work the credential names is its holder's title without the standing word ("licensed
        # pharmacist": "Staff Pharmacist"), unless a junior's word makes it another's ("Nurse Aide")
        works = [set(_WORDS.findall(_STANDING.sub(" ", role).lower())) for role in asked_roles(sentence)
                 if credential_ids(role)]
        doing = [any(w and w <= set(_WORDS.findall(t.lower())) for w in works) and not _JUNIOR_TITLE.search(t)
                 for t in self.role_titles]
        # a role titled by another credential is that one's work ("State Tested Nursing Assistant")
        return np.array([bool(ids & asked) or (not ids and (held or does)) for ids, does in zip(titled, doing)],
                        dtype=bool)

    def leading_lines(self) -> frozenset[int]:
        """The lines that show leading others: the line of a role that leads (``role_leads``) and
        a line that says it in the services' words or with a unit led (``leads_by_rank``: "NCOIC,
        Battalion Aid Station ... SSG/E-6", "Led a squad of 9 operators", "Supervised 12 medics")."""
        if "leading" not in self.memo:
            self.memo["leading"] = frozenset(
                {int(k) for k, leads in zip(self.role_lines, self.role_leads) if leads and k >= 0}
                | {i for i, s in enumerate(self.resume.sentences) if leads_by_rank(s)})
        return self.memo["leading"]

    def lines_showing(self, names) -> set[int]:
        """The lines that name one of the skills ``names`` or a skill of the resume that implies
        one (C# for Software development, Swift for iOS); not a line about studying it still
        (``STUDYING``: "now in the second year of a dental hygiene program", "A.A.S. Dental
        Hygiene (in progress, expected May 2027)"), which shows no work done."""
        memo = self.memo.setdefault("implying", {})
        if "implied" not in self.memo:   # what each skill of the resume implies, read once
            self.memo["implied"] = {child: implied_skills([child]) for child in self.skills}
        lines: set[int] = set()
        for name in names:
            if name not in memo:
                memo[name] = [child for child, parents in self.memo["implied"].items() if name in parents]
            for skill in [name, *memo[name]]:
                lines |= {i for i in self.lines_naming(skill) if not self._sells(skill, i)}
        return lines - self.studying()

    def _sells(self, name: str, line: int) -> bool:
        """Whether a line names a skill only as the product it sells ("Sold cloud payroll and timekeeping
        software to hospitals"): selling it is shown, not the work (an account executive's years are no
        payroll clerk's)."""
        sentence = self.resume.sentences[line]
        sold = SELLS.search(sentence)
        if sold is None:
            return False
        spans = [m for surface in self.skills.get(name, ()) for m in re.finditer(
            rf"(?<![\w+#.]){re.escape(surface)}(?![\w+#])", sentence, re.IGNORECASE)]
        return bool(spans) and all(m.start() > sold.start() and PRODUCT_AFTER.match(sentence, m.end())
                                   for m in spans)

    def studying(self) -> set[int]:
        """The lines about a course of study still under way (``STUDYING``), which show no
        work done: "HR Management Certificate (in progress), Coursera"."""
        if "studying" not in self.memo:
            self.memo["studying"] = {i for i, s in enumerate(self.resume.sentences) if STUDYING.search(s)}
        return self.memo["studying"]

    def _roles(self) -> list[Role]:
        """The roles the features were built of, in ``role_titles``' order (``build``)."""
        return [r for r in self.resume.roles if r.title] or ([self.resume.stated] if self.resume.stated else [])

    def seasonal(self) -> np.ndarray:
        """Per role: whether it was held in seasons ("Summers 2020 - 2022", "Seasonal (May-Sept) 2018-2020")."""
        if "seasonal" not in self.memo:
            self.memo["seasonal"] = np.array([bool(r.seasons) for r in self._roles()], dtype=bool)
        return self.memo["seasonal"]

    def part_time(self) -> np.ndarray:
        """Per role: whether its title or its line says it was held part-time (``PART_TIME``:
        "Cashier (part-time)", "Warehouse Associate (PT, 20 hrs/week)")."""
        if "part_time" not in self.memo:
            self.memo["part_time"] = np.array(
                [bool(PART_TIME.search(t) or k >= 0 and PART_TIME.search(self.resume.sentences[k]))
                 for t, k in zip(self.role_titles, self.role_lines.tolist())], dtype=bool)
        return self.memo["part_time"]

    def roles_like(self, posting_title: np.ndarray, names=(), sentence: str = "", title: str = "") -> np.ndarray:
        """Per role: whether its years are of the work a posting asks: its title is like the
        posting's (``posting_title``; or like one of several title vectors: the roles an ask
        names, ``asked_roles``), or does the kind of work of ``KINDS_BY_TITLE`` that title does by
        other words ("Territory Manager" for an "Outside Sales Representative").  Where the ask names
        skills (``names``), a role whose own lines (``own_lines``) show one counts too, whatever its
        title ("Built the billing service in Python" under "Data Analyst" for "3+ years of Python").
        Where it names a skill of its own, a tool or a specialty (``work_skills``), only such a skill
        counts, and where
        some roles' lines show one, or no line does, a role whose title is like the posting's
        counts only if its own lines show one ("Android Developer" years are no "5+ years of
        iOS development"; a role that stands in no line may).  Where only lines outside the
        roles show it (HVAC named only by a certificate), the roles like the posting's count:
        the resume does not say where it was used.  A credential says who may do the work,
        not which ("2 years of ICU experience as an RN").  A title like the posting's that does
        another kind of work of ``KINDS_BY_TITLE`` than the ask's ``sentence`` names does none of it
        ("Sales Associate" for "1 year of warehouse experience" at a "Warehouse Associate" posting), nor
        one like the posting's ``title`` only by a word they share that names neither the work the ask and
        that title name nor a trade (``like_by_other_words``: "Assistant Property Manager" for "3+ years of
        claims experience" at a "Claims Supervisor - Property" posting).  Where the ask names its work by a
        verb and what it is done to (``work_done_to``: "2 years of experience coordinating training
        programs") and the posting's title names that too ("Training Coordinator"), a title like the posting's
        does it only where it or its own lines name what it is done to as that title does ("Training
        Coordinator", or a line "Schedule onboarding and compliance training"; not a "Marketing Coordinator"
        running campaigns, nor a "Graphic Designer" handing mockups to "the web developer"); where
        the posting's title does not ("2+ years of experience selling software" at an "Account Executive"
        posting), its likeness is the work's, as before."""
        choices = tuple(map(tuple, skill_alternatives(sentence, list(names)))) if sentence and names else ()
        # the kinds of work the titles compared do (``trades_of``): the roles the ask names, else the posting's
        compared = (sentence and asked_roles(sentence)) or ((title,) if title else ())
        trades = tuple(np.any([trades_of(t) for t in compared], axis=0).tolist()) if compared else ()
        key = ("roles_like", np.asarray(posting_title).tobytes(), tuple(names),   # the same title, ask after ask
               title, trades, kinds_of_work(sentence) if sentence else (), choices,
               work_done_to(sentence) if sentence else ())
        if key not in self.memo:
            self.memo[key] = self._roles_like(posting_title, names, key[-3], choices, title, key[-1], trades,
                                              compared)
        return self.memo[key].copy()

    def _roles_like(self, posting_title: np.ndarray, names=(), kinds=(), choices=(), title: str = "",
                    done_to=(), trades=(), compared=()) -> np.ndarray:
        similar = np.atleast_2d(posting_title) @ self.role_vectors.T
        like = alike(similar, compared if len(compared) == len(similar) else (), self).any(axis=0)
        if any(trades):
            # a title doing the kind of work the compared title does, by other words ("Territory Manager" for an
            # "Outside Sales Representative"), is like it (``related_years``)
            like |= self.role_trades()[:, np.array(trades, dtype=bool)].any(axis=1)
        if kinds:
            like &= ~np.array([another_kind(t, kinds) or bool(title) and like_by_other_words(t, title, kinds)
                               for t in self.role_titles], dtype=bool)
        if shared := (tuple(stem for stem in done_to if any(same_work(stem, w) for w in work_stems(title)))
                      or people_served(done_to)):
            # the posting's title names what the work is done to ("Training Coordinator", "UX/UI Designer" the
            # interfaces): a title like it by its other words does the work where it or its lines name that too,
            # not what else the ask's words qualify it by ("web" of "web and mobile interfaces"; a role in no line
            # may); where the work serves people ("coaching collegiate or professional athletes"), a title like
            # the posting's does it where it or its lines name them, whatever the posting's title names
            like &= self.roles_naming(shared) | (self.role_lines < 0)
        if managed := managed_work(kinds, title):
            # what the managing asked manages, the posting's title names too ("restaurant management" at a
            # "Restaurant General Manager"): a title of a kind of work known by title ("Store Manager") is like
            # it by managing alone, and manages that only where it or its lines name it, or it does that work
            # ("Shipping Lead" for "warehouse supervision"); one of no such kind ("General Manager",
            # "Community Manager") is as like as the model reads it
            alone = tuple((w,) for w in managed)
            like &= (self.roles_naming(managed) | (self.role_lines < 0) | np.array(
                [not titled_kind(t) or does_work(t, alone) for t in self.role_titles], dtype=bool))
        names = [name for name in names if not is_credential(name)]
        if not names:
            return like
        specific = work_skills(names)
        for choice in choices:
            if set(choice) & set(specific):
                if any(is_kind_of_work(name) for name in choice):
                    # offered beside a kind of work ("software engineering or data science"): a role
                    # whose title is like the posting's does that, so the skill narrows nothing
                    specific = [name for name in specific if name not in choice]
                else:
                    # beside a practice ("data engineering or backend software engineering"): the
                    # roles whose own lines show the practice did it too
                    specific += [name for name in choice if name not in specific and _is_practice(name)]
        showing = self.roles_showing(specific or names)
        if specific and (showing.any() or not self.lines_showing(specific)):
            like &= showing | (self.role_lines < 0)
        return like | showing

    def role_stems(self) -> list[tuple[frozenset[str], frozenset[str]]]:
        """Per role: the stems of the words its title and its own lines (``own_lines``, its line first) name
        (``work_stems``), as ``field_forms`` gives them."""
        if "role_stems" not in self.memo:
            sentences = self.resume.sentences
            self.memo["role_stems"] = [field_forms(work_stems(" ".join([t, *(sentences[start:end] if start >= 0
                                                                             else ())])))
                                       for t, (start, end) in zip(self.role_titles, self.own_lines())]
        return self.memo["role_stems"]

    def role_sites(self) -> list[str]:
        """Per role: the line it stands in, where it names the site it was held at ("Associate, Kroger Distribution
        Center"), with the firm's own line right above it where the title stands under its firm's name
        ("Acme Plastics, Inc." / "Machine Operator" / "2019 - Present"): no other role's line, nor a heading."""
        if "role_sites" not in self.memo:
            sentences, lines = self.resume.sentences, self.role_lines.tolist()
            self.memo["role_sites"] = [
                ("" if k < 0 else f"{sentences[k - 1]}\n{sentences[k]}"
                 if k > 0 and k - 1 not in lines and firm_line(sentences[k - 1]) and not heading_of(sentences[k - 1])
                 else sentences[k]) for k in lines]
        return self.memo["role_sites"]

    def role_words(self) -> tuple[list[tuple[frozenset[str], frozenset[str]]], list[bool], list[frozenset[int]]]:
        """Per role: the stems its title, its line and its own lines name (``role_stems``), whether its title
        names no field of its own (``title_field``: "Senior Developer"), and the kinds of work whose sites its
        line names (``sited_kinds``): what ``alike`` reads."""
        if "role_words" not in self.memo:
            self.memo["role_words"] = (
                self.role_stems(), [not title_field(t) for t in self.role_titles],
                [sited_kinds(t, site) for t, site in zip(self.role_titles, self.role_sites())])
        return self.memo["role_words"]

    def roles_naming(self, stems) -> np.ndarray:
        """Per role: whether its title or its own lines (``role_stems``) name a word of one of ``stems``
        (``same_work``): "Training Coordinator" or "Schedule onboarding and compliance training" for
        ("train", "program")."""
        asked = field_forms(stems)
        return np.array([names_work(asked, words) for words in self.role_stems()], dtype=bool)

    def roles_showing(self, names) -> np.ndarray:
        """Per role: whether its own lines (``own_lines``) show one of the skills ``names``
        (``lines_showing``); no role that stands in no line does."""
        shown = self.lines_showing(names)
        return np.array([any(k in shown for k in range(start, end)) for start, end in self.own_lines()], dtype=bool)

    def table_blocks(self) -> dict[int, tuple[int, int]]:
        """``table_blocks`` of the resume, as ``build`` read them."""
        return self.memo["table_blocks"]

    def own_lines(self) -> list[tuple[int, int]]:
        """Per role: (first, end) of its own lines, from the line it stands in up to the next
        role's, the next section heading ("Education", "Skills: ..."), the next entry of a project
        or course (``PROJECT_ENTRY``: a capstone's lines show no job's work) or ``OWN_LINES`` lines; a role of
        a table of roles, those of its block under the table (``table_blocks``); (-1, -1) for a role that
        stands in no line."""
        if "own_lines" not in self.memo:
            sentences = self.resume.sentences
            after = _after_heading(self.resume.text, sentences)
            starts = sorted(int(line) for line in self.role_lines if line >= 0)
            blocks = self.table_blocks()
            spans = []
            for k, start in enumerate(map(int, self.role_lines)):
                if start < 0:
                    spans.append((-1, -1))
                    continue
                start, end = blocks.get(k) or (start, min([line for line in starts if line > start]
                                                          + [start + OWN_LINES, len(after)]))
                end = next((k for k in range(start + 1, end) if after[k] or PROJECT_ENTRY.match(sentences[k])), end)
                spans.append((start, end))
            self.memo["own_lines"] = spans
        return self.memo["own_lines"]

    def years_of(self, roles: np.ndarray) -> float:
        """The years the roles a boolean mask picks cover, roles held at once counted once
        (two part-time nursing jobs over the same four years are four years of nursing); a
        role alone, or one stated without dates, counts its own years."""
        key = ("years_of", np.asarray(roles, dtype=bool).tobytes())   # a request asks the same roles often
        if key not in self.memo:
            self.memo[key] = self._years_of(roles)
        return self.memo[key]

    def _years_of(self, roles: np.ndarray) -> float:
        picked = np.flatnonzero(roles)
        if self.seasonal()[picked].any():
            # a role held in seasons ("Summers 2020 - 2022") covers its seasons, not the years between them
            periods = [p for k in picked for p in self._roles()[k].periods()]
            undated = sum(self._roles()[k].years for k in picked if not self._roles()[k].periods())
            return undated + (total_years([Role("", a, b, 0.0) for a, b in periods]) or 0.0)
        dated = picked[~np.isnan(self.role_spans[picked, 0])]
        total = float(self.role_years[np.setdiff1d(picked, dated)].sum())
        group, high = [], -np.inf
        for i in dated[np.argsort(self.role_spans[dated, 0], kind="stable")]:
            start, end = self.role_spans[i]
            if group and start > high:
                total += self._covered(group)
                group, high = [], -np.inf
            group.append(i)
            high = max(high, end)
        return total + self._covered(group) if group else total

    def _covered(self, group: list[int]) -> float:
        if len(group) == 1:
            return float(self.role_years[group[0]])
        spans = self.role_spans[group]
        return float((spans[:, 1].max() - spans[:, 0].min()) / 365.25)

    def lines_naming(self, name: str) -> frozenset[int]:
        """The sentences that name a skill; for a name the taxonomy does not know (an
        alternative a posting offers as written: "Acumatica"), those that hold it as words."""
        if name in self.skill_lines or name in taxonomy():
            return self.skill_lines.get(name, frozenset())
        return frozenset(i for i, s in enumerate(self.resume.sentences) if _names(name, s.lower()))


# Selling a product named by its kind of work ("Sold cloud payroll and timekeeping software to hospitals",
# "selling HR and payroll solutions"): the kind is the product's, not work the seller did.
SELLS = re.compile(r"(?i)\b(?:sold|sells?|selling|resold|resell(?:s|ing)?|marketed|pitched|demo(?:ed|'d)"
                   r")\b")
PRODUCT_AFTER = re.compile(r"(?i)(?:[ \t]*(?:,|/|&|\band\b|\bor\b)?[ \t]*[\w-]+){0,3}?[ \t]+(?:software|solutions?"
                           r"|platforms?|products?|systems?|suites?|tools?|apps?|applications?|SaaS|technology)\b")


# A role held part-time, as its title or line says: "Cashier (part-time)", "Part Time Teller", "(PT, 20
# hrs/week)", "24 hours/week"; not full-time hours ("40 hrs/week") nor a physical therapist's "PT".
PART_TIME = re.compile(r"(?i)\bpart[- ]?time\b|\(\s*PT\b(?!\s*\))|\b(?:[1-9]|[12]\d)\s*(?:h|hrs?|hours)\s*(?:/|per|a)"
                       r"\s*(?:wk|week)\b")


# A sentence about the job the person wants, which shows nothing they have done: "Objective:
# ...", "Seeking a Flight Attendant position", "looking for a role as a data analyst", a place to learn
# the trade ("seeking an elevator apprenticeship", "Seeking a summer internship"), and a
# career changer's "Transitioning to civilian supply chain", "Moving into clinical informatics"
# (opening the sentence, or after "Career changer:": "Led the move to Epic" is work done), or anywhere before the role
# sought ("Army veteran transitioning to a civilian warehouse role").
SEEKS = re.compile(r"(?i)^\W*(?:career\s+)?objective\b|\b(?:seeking|looking (?:for|to)|aspiring to|hoping to|eager to"
                   r"|to obtain|to secure|interested in|(?:transitioning|pivoting|switching)\s+(?:in)?to)\b"
                   r"[^.;]{0,60}?\b(?:position|role|job|opportunit\w*"
                   r"|career|employment|apprenticeship|internship|traineeship|placement|co-?op)\b"
                   r"|^\W*(?:now\s+|currently\s+)?(?:transitioning|moving|pivoting|switching|changing careers)"
                   r"\s+(?:careers?\s+)?(?:in)?to\b"
                   # "Career changer: high school math teacher moving into data analysis"
                   r"|^\W*career\s+chang(?:er|ing)\b[^.;]{0,80}?\b(?:transitioning|moving|pivoting|switching)"
                   r"\s+(?:in)?to\b")


# A role held as a student or an academic assistant ("Graduate Research Assistant", "Teaching
# Assistant, Introduction to Machine Learning", "PhD Candidate"), and what follows its work in
# its title (the course, the lab); an ask of industry work, which such roles are not.
ACADEMIC = re.compile(r"(?i)\b(?:(?:teaching|research|graduate|lab(?:oratory)?)\s+assistant|TA\b|tutor\b"
                      r"|(?:ph\.?\s?d\.?|doctoral|graduate|undergraduate)\s+(?:student|candidate|researcher)"
                      r"|postdoc\w*|research\s+fellow|student\b)")
_ACADEMIC_TAIL = re.compile(r"\s*(?:[,(|–—-]|\bfor\b|\bin\b|\bof\b).*$")
# The word before a role that says it is held under a credential ("licensed pharmacist",
# "Registered Nurse"), and the words of a junior's title ("Pharmacy Technician", "Nurse Aide").
_STANDING = re.compile(r"(?i)\b(?:licensed|registered|certified|state[- ]tested)\b")
_WORDS = re.compile(r"[a-z]+")
_JUNIOR_TITLE = re.compile(rf"(?i)\b(?:{JUNIOR_NOUNS})s?\b")
_ASKS_INDUSTRY = re.compile(r"(?i)\bin production\b|\bproduction (?:environments?|systems?|settings?)\b"
                            r"|\bindustry (?:experience|roles?|positions?)\b|\bcommercial (?:experience|settings?)\b"
                            r"|\b(?:professional|industry|non-academic) (?:work )?experience\b")


# Settings a years ask names (``SETTING_ASKS``), each with what shows a role held in it, read in the role's title,
# its line and the lines under it (``_ROLE_SPAN`` at most): a classroom ("secondary classroom teaching": a teacher's
# title, "classes"), a K-12 school ("in a K-12 setting": one the role names, "Folsom High School", "Houston ISD", not
# one its work touches, "coordinate with school staff"), secondary or elementary grades ("Lincoln High School", "9th
# grade"; "grade 3") where the ask is of schooling; an intensive care unit ("Medical ICU", "CVICU", "critical
# care"), acute care (a hospital's inpatient units: "5 West Medical-Surgical Unit", "Emergency Department RN",
# or a hospital or medical center with no outpatient, clinic, home health or nursing home word; not a role whose
# title says it is outpatient, "Outpatient Coder II" coding "clinic and ED visits"), a med-surg unit,
# an emergency department ("Staff Nurse - ER"; not an "Emergency Medical Technician" of EMS); a business-to-business
# market: a role that says so ("B2B uniform and first-aid sales", "wholesale", "distributors", "Sold POS systems to
# 200 retail stores": its buyers are businesses), or a seller's title or
# its lines' accounts, territory or clinicians with no store in them ("Territory Manager, Cardiovascular", "118% of
# quota"; not "Sales Lead, Ulta Beauty" over "exceeded store sales targets", nor a bare "Sales Associate, Macy's");
# a microbiology laboratory: the science or its tests named ("Microbiology Lab Technician", "bioburden, endotoxin
# (LAL) and sterility testing", "coliform testing", "media prep and growth promotion"; not a soil lab's "grain size
# analysis" nor a field technician's "groundwater samples"); a laboratory: a lab named, its science's or
# instruments' words, a clinical lab's or a microbiology lab's ("Lab Assistant, Soil Lab", "QC Chemist" running
# "HPLC analyses", "Medical Technologist" running "chemistry and hematology analyzers"; not an environmental
# field technician's "Collected groundwater samples"); a hotel: its name or a hotel's own work ("Four Seasons Hotel
# Miami", "Concierge", "Front Desk Agent", "Checked guests in and out"; not a store cashier's "customer service");
# homes, commercial buildings or industrial plants: the setting's word or the buildings it is ("Residential
# Electrician" wiring "single-family homes"; "tenant improvements", "office buildings", "hospitals"; a "plant",
# "PLCs", "480V three-phase" motors, a distribution center's conveyors), so that a residential electrician's years
# are no commercial electrician's; an airline: one named ("Envoy Air", "SkyWest Airlines", "Republic Airways"; not the
# "U.S. Air Force" nor "Air National Guard") or its words ("Part 121", "air carrier", "regional carrier").
_INPATIENT = (rf"{ICU}|{MED_SURG}|{EMERGENCY_DEPARTMENT}"
              r"|(?i:\b(?:acute|inpatient|telemetry|step[- ]?down|progressive care|PACU|labor (?:and|&) delivery)\b)")
_OUTSIDE_HOSPITAL = (r"(?i:\b(?:outpatient|clinics?|ambulatory|urgent care|home health|hospice|long[- ]term care"
                     r"|skilled nursing|nursing home|assisted living)\b)")
# a role's title that says it is held outside a hospital's beds, whatever its lines touch ("Outpatient Coder II" coding
# "clinic and ED visits")
_OUTPATIENT_TITLE = r"(?i:\b(?:outpatient|ambulatory)\b)"
_EMERGENCY = re.compile(EMERGENCY_DEPARTMENT + r"|(?i:\bemergency\b(?!\s+(?:management|preparedness|planning|response"
                        r"|medical\s+(?:services|technician)|services|operations|dispatch|communications)))")
_B2B_SAID = (r"(?i:\bB2B\b|\bbusiness[- ]to[- ]business\b|\bwholesale\b|\bdistributors?\b|\bdealers?\b|\bretailers\b"
             r"|\benterprise (?:accounts|clients|customers|sales)\b"
             r"|\b(?:sold|sell|sells|selling)\b[^.;]{0,30}\bto\s+(?:\S+\s+){0,3}?(?:stores|shops|restaurants|salons)\b)")
_RETAIL = (r"(?i:\bretail\b|\bstores?\b|\bshops?\b|\bboutiques?\b|\bmalls?\b|\bsales floor\b|\bcashier|\bregisters?\b"
           r"|\bclienteling\b|\bshoppers\b|\bwalk-ins?\b|\bcounter\b|\bshowroom\b)")
_B2B_SELLING = (r"(?i:\bterritor(?:y|ies)\b|\baccount (?:executive|manager|director|representative)\b|\bkey accounts?\b"
                r"|\bbusiness development\b|\bsales (?:representative|rep|executive|engineer)\b|\bquota\b"
                r"|\b(?:physicians|clinicians|cardiologists|surgeons|hospitals|clinics|practices|cath labs|contractors"
                r"|facilities|businesses|companies|purchasing|procurement|decision[- ]makers|RFPs?)\b)")
# a retail store or pharmacy: a store's words ("Ran the register and drive-thru", "helped patients find OTC
# products"), or a pharmacy that is no hospital's ("Pharmacy Technician | Walgreens", not "Inpatient Pharmacy
# Technician | Banner University Medical Center"); a physician's office or an outpatient clinic: its words
# ("Family Medicine Clinic", "Primary Care", "Dr. Patel's office"), not a hospital's inpatient unit nor a dentist's.
_STOREFRONT_SAID = r"(?i:\bdrive[- ]?(?:thru|through)\b|\bOTC\b|\bover[- ]the[- ]counter\b|\bfront[- ]store\b)"
_PHARMACY = r"(?i:\bpharmac(?:y|ies)\b|\bdrug[ \t]?stores?\b)"
_IN_HOSPITAL = (rf"{_INPATIENT}|(?i:\bhospitals?\b|\bmedical cent(?:er|re)s?\b|\binfusion\b|\bmail[- ]order\b"
                r"|\bIV room\b|\bcleanroom\b)")
_OFFICE_PRACTICE = (r"(?i:\bclinics?\b|\boutpatient\b|\bambulatory\b|\bphysicians?['’]?s?\b|\bdoctors?['’]?s?\b"
                    r"|\bmedical (?:office|group|practice|associates)\b|\bfamily (?:medicine|practice|health)\b"
                    r"|\bprimary care\b|\binternal medicine\b|\bpediatrics\b|\burgent care\b|\bDr\.)")
SETTINGS = tuple((ask, shown) for (_, ask), shown in zip(SETTING_ASKS, (
    re.compile(r"(?i)\bclass(?:room|es)\b|\b(?:teacher|instructor|professor|lecturer|faculty)\b"),
    re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:School|Schools|Academy)\b|\b(?:ISD|USD|CISD)\b|(?i:\bk-?12\b)"),
    re.compile(r"(?i)\bsecondary\b|\b(?:high|middle) school\b|\bjunior high\b|\bgrades?\s*(?:[6-9]|1[0-2])\b"
               r"|\b(?:[6-9]|1[0-2])(?:th)?\s*[-–]\s*12\b|\b(?:[6-9]|1[0-2])th[- ]grade"
               r"|\b(?:sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grade"),
    re.compile(r"(?i)\belementary\b|\bprimary school\b|\bgrades?\s*(?:k|[1-5])\b|\bkindergarten\b"
               r"|\b[1-5](?:st|nd|rd|th)[- ]grade|\b(?:first|second|third|fourth|fifth)[- ]grade"),
    re.compile(ICU),
    re.compile(rf"(?s:^(?![^\n]*{_OUTPATIENT_TITLE}).*?)(?:{_INPATIENT}"
               rf"|(?s:^(?!.*{_OUTSIDE_HOSPITAL}).*(?i:\bhospital\b|\bmedical cent(?:er|re)\b)))"),
    re.compile(MED_SURG),
    _EMERGENCY,
    re.compile(rf"{_B2B_SAID}|(?s:^(?!.*{_RETAIL}).*{_B2B_SELLING})"),
    re.compile(r"(?i)\bmicrobi\w*|\bmicro[ \t]+(?:lab|labs|laborator(?:y|ies)|QC|team)\b|\bbioburden\b|\bsterility\b"
               r"|\bendotoxins?\b|\bLAL\b|\bgrowth promotion\b|\bmedia prep\w*|\baseptic\b|\bgram stain\w*"
               r"|\bcoliforms?\b|\bplate counts?\b|\bcolony counts?\b|\bbacteri\w*|\bpathogen testing\b"),
    re.compile(r"(?i)\blab(?:s|oratory|oratories)?\b|\bchemists?\b|\bmicrobiolog\w*|\bhistolog\w*|\bcytolog\w*"
               r"|\b(?:U?HPLC|UPLC|GC|GC-MS|LC-MS|ICP-MS|ICP-OES|FTIR|PCR|ELISA)\b|\bchromatograph\w*|\bspectro\w*"
               r"|\bassays?\b|\btitrations?\b|\bpipett\w*|\bspecimens?\b|\bbioburden\b|\bendotoxins?\b"
               # a clinical lab's: "Medical Technologist", "MT (ASCP)", "Ran chemistry and hematology analyzers"
               r"|\bchemistry\b|\bhematolog\w*|\banaly[sz]ers?\b|\burinalysis\b|\bcoagulation\b|\bblood bank\b"
               r"|\bmedical technologist|\bASCP\b|(?-i:\b(?:MLS|MLT|CLS|CLT)\b)"),
    re.compile(r"(?i)\bhotels?\b|\bresorts?\b|\bmotels?\b|\binn\b|\bsuites\b|\bfront desk\b|\bfront office\b"
               r"|\bconcierge\b|\bbell(?:man|men|hop|person)\b|\bdoorm[ae]n\b|\bhousekeep\w*|\bnight audit\w*"
               r"|\bguest ?rooms?\b|\bcheck(?:ed|ing)? (?:guests )?in\b|\bcheck-ins?\b|\bOpera PMS\b|\bOnQ\b"
               r"|(?-i:\b(?:Marriott|Hilton|Hyatt|Four Seasons|Ritz-Carlton|Westin|Sheraton|IHG|Wyndham|Fairmont"
               r"|St\. Regis|Kimpton|Loews|Omni|Best Western|Holiday Inn|Hampton Inn)\b)"),
    re.compile(rf"{_RETAIL}|{_STOREFRONT_SAID}|(?s:^(?!.*(?:{_IN_HOSPITAL})).*{_PHARMACY})"),
    re.compile(_OFFICE_PRACTICE),
    re.compile(r"(?i)\bresidential\b|\b(?:single|multi)[- ]family\b|\bhomes?\b|\bhouses?\b|\bhomeowners?\b"
               r"|\btownhomes?\b|\bapartments?\b|\bcondos?\b"),
    re.compile(r"(?i)\bcommercial\b|\binstitutional\b|\btenant (?:improvements?|fit-?outs?|build-?outs?)\b"
               r"|\b(?:208|277|480)/(?:120|277)V\b|\b(?:office|retail|medical office)"
               r"[ \t]+(?:buildings?|towers?|spaces?|build-?outs?|centers?)\b|\bhigh[- ]rises?\b|\bmid[- ]rises?\b"
               r"|\bhospitals?\b|\bschools?\b|\bdata cent(?:er|re)s?\b|\bwarehouses?\b|\bhotels?\b|\brestaurants?\b"
               r"|\bstrip malls?\b|\bshopping cent(?:er|re)s?\b"
               # a commercial building's plant: "Repaired rooftop units", "chillers", "VAV boxes"
               r"|\brooftop units?\b|\bRTUs?\b|\bchillers?\b|\bcooling towers?\b|\bVAV\b|\bbuilding automation\b"),
    re.compile(r"(?i)\bindustrial\b|\bplants?\b|\bfactor(?:y|ies)\b|\bmanufacturing\b|\bmills?\b|\brefiner(?:y|ies)\b"
               r"|\bmines?\b|\bmining\b|\bsubstations?\b|\bPLCs?\b|\bmotor controls?\b|\bVFDs?\b"
               r"|\bvariable[- ]frequency drives?\b|\b(?:lift|pump(?:ing)?) stations?\b|\bthree[- ]phase\b"
               r"|\b3[- ]phase\b|\b480 ?V\b|\bprocess (?:control|piping)\b|\b(?:production|assembly) lines?\b"
               r"|\bwastewater\b|\bwater treatment\b|\boil (?:and|&) gas\b|\bpetrochemical\b"
               # an automated facility's equipment and controls ("conveyors, palletizers", "ControlLogix faults")
               r"|\bdistribution cent(?:er|re)s?\b|\bconveyors?\b|\bpalletizers?\b|\bAllen[- ]Bradley\b"
               r"|\b(?:Control|Compact|RS)Logix\b|\bStudio 5000\b"),
    re.compile(r"(?i)\bairlines?\b(?![ \t]+transport)|\bair[ \t]+carriers?\b|\bregional carriers?\b|\bPart[ \t]+121\b"
               # a carrier by its name: "SkyWest Airlines", "Republic Airways", "Envoy Air (American Eagle)", "Horizon
               # Air," (a name's "Air" where a company's name ends, not a "King Air 350", an "Air Force")
               r"|(?-i:\b[A-Z][\w-]*[ \t]+(?:Air[ \t]*Lines?|Airways)\b"
               r"|\b[A-Z][\w-]*[ \t]+Air(?=[ \t]*(?:[,(|–—]|-[ \t]|$))|\bJetBlue\b)"),
    # a child care centre by its words or a chain's name, not the preschoolers a library's storytime serves
    re.compile(r"(?i)\b(?:child[ \t-]?care|day[ \t-]?care|pre-?school|pre-?k|nursery school"
               r"|early (?:learning|childhood)|learning cent(?:er|re)|head start|montessori)\b"
               r"|(?-i:\b(?:KinderCare|Bright Horizons|La Petite Academy|Goddard School|Primrose School|Tutor Time"
               r"|Learning Care Group)\b)"),
    # a practice area of law by its matters: real estate's closings and title work, family law's custody and
    # divorce, litigation's discovery and trials, immigration's petitions, estate planning's wills and trusts
    re.compile(r"(?i)\breal estate\b|\bclosings?\b|\btitle (?:commitments?|insurance|compan(?:y|ies)|search\w*|work)\b"
               r"|\bescrow\b|\bdeeds?\b|\bconveyanc\w*|\bpurchase (?:and sale )?agreements?\b|\bcommercial leas\w*"),
    re.compile(r"(?i)\bfamily law\b|\bdivorces?\b|\bcustody\b|\bchild support\b|\bdissolutions?\b"
               r"|\bdomestic relations\b|\bparenting (?:plans?|time)\b|\bspousal (?:support|maintenance)\b"),
    re.compile(r"(?i)\blitigat\w*|\btrials?\b|\bdiscovery\b|\be-?discovery\b|\bdepositions?\b|\bpleadings?\b"
               r"|\binsurance defen[cs]e\b|\bsubpoenas?\b|\binterrogatories\b"),
    re.compile(r"(?i)\bimmigration\b|\bUSCIS\b|\b(?:visa|H-1B|PERM|asylum|naturali[sz]ation)"
               r" (?:petitions?|applications?|cases?|filings?)\b|\bI-(?:129|130|140|485|765)\b"),
    re.compile(r"(?i)\bestate planning\b|\bprobate\b|\bwills?\b(?! to\b)|\btrusts? (?:and|&) estates\b"
               r"|\brevocable trusts?\b|\btrust administration\b|\bestate administration\b"),
    # managed property by its words, its tenants and leases or its software, not any accountant's or manager's role
    re.compile(r"(?i)\bpropert(?:y|ies)\b|\breal[ \t]+estate\b|\bapartments?\b|\bmulti-?family\b|\bHOAs?\b"
               r"|\b(?:homeowners?['’]?|community|condo(?:minium)?)[ \t]+associations?\b|\btenants?\b|\bresidents?\b"
               r"|\bleas(?:e|es|ed|ing)\b|\brent[ \t]+rolls?\b|\brents?\b|\brental\b|\bCAM\b"
               r"|\b(?:Yardi|AppFolio|RealPage|Entrata|Buildium|Rent Manager|OneSite)\b"),
    # healthcare by its places, its people and its records and payers: "Midwest Health Partners", "Mercy Hospital",
    # "Patient accounts", "Medicare cost reports", "Epic"
    re.compile(r"(?i)\bhealth\w*|\bhospitals?\b|\bmedical\b|\bmedicine\b|\bclinics?\b|\bclinical\b|\bpatients?\b"
               r"|\bphysicians?\b|\bnurs(?:e|es|ing)\b|\bpharmac\w*|\bdental\b|\bMedicare\b|\bMedicaid\b"
               r"|\bHIPAA\b|\b(?:EHR|EMR)s?\b|\bhospices?\b|\b(?:senior|assisted)[ \t]+living\b|\brehab\w*"
               r"|\b(?:urgent[ \t]+care|surgery|surgical|care)[ \t]+cent(?:er|re)s?\b"
               r"|(?-i:\b(?:Epic|Cerner|Meditech)\b)"),
), strict=True))
# The settings of ``SETTINGS`` that are the buildings a trade works on: homes, commercial buildings, industrial plants.
_BUILDING_SETTINGS = frozenset(i for i, (name, _) in enumerate(SETTING_ASKS)
                               if name in ("homes", "commercial buildings", "industrial plants"))
_ROLE_SPAN = 6   # sentences: a role's line and those under it, up to the next role's


_MANAGING = re.compile(r"manag|supervis|administr")


def _manages_setting(sentence: str) -> bool:
    """Whether a years ask's work is the managing of a setting it names, the setting's own words saying both
    ("3+ years of property management experience in multifamily"): a kind of work (``kinds_of_work``) that
    ends in managing and whose words are the setting's; not a setting named beside other work ("2+ years of
    property management accounting" is an accountant's)."""
    sentence = first_part(asked_part(sentence, "must"))
    said = [work_stems(m.group()) for choice in settings_asked(sentence) for i in choice
            if (m := SETTING_ASKS[i][1].search(sentence))]
    return any(_MANAGING.match(kind[-1]) and any(set(kind) <= words for words in said)
               for kind in kinds_of_work(sentence))


def role_spans(role_lines: np.ndarray, sentences: list[str], titles=(), headline: str = "",
               blocks: dict[int, tuple[int, int]] | None = None) -> list[slice]:
    """Per role: its line and the lines under it (``_ROLE_SPAN`` at most, up to the next role's
    line), from the headline's for a role its ``titles`` say the headline titles ("Journeyman Electrician" /
    "8 years commercial electrical: ..." / "Volt Works, Phoenix AZ (2016 - present)"); the whole resume for a
    role found on no line (one its years are stated for); the block ``blocks`` gives a role of a table of
    roles (``table_blocks``)."""
    n = len(sentences)
    starts = sorted({int(i) for i in role_lines if i >= 0})
    spans = []
    for k, (line, title) in enumerate(zip(role_lines.tolist(), [*titles] or [""] * len(role_lines))):
        if blocks and k in blocks:
            spans.append(slice(*blocks[k]))
            continue
        if line < 0:
            spans.append(slice(0, n))
            continue
        top = line
        if headline and (title == headline or title.startswith(headline + " (")):
            top = next((k for k in range(line) if headline in sentences[k]), line)
        spans.append(slice(top, min(next((k for k in starts if k > line), n), line + _ROLE_SPAN)))
    return spans


# What a row of a table of roles, or a line opening a role's block, is cut into: its cells ("Systems
# Administrator | Halden Health | 2016 - 2020"), a dash between spaces, a comma.
_ROW_CELLS = re.compile(r"\s*(?:[|\t]|\s[-–—]\s|,\s|\s{2,})\s*")


def table_blocks(text: str, sentences: list[str], role_lines) -> dict[int, tuple[int, int]]:
    """The lines of the roles of a table of roles, where each role's lines stand in a block of their own
    under the table: per role whose line is a row of a run of roles' lines one under another ("Senior SRE |
    Corvane | 2020 - Present" / "Systems Administrator | Halden Health | 2016 - 2020"), and whose block
    opens with a line that names its firm or its title as the row does ("Halden Health" over "- Managed
    400 Linux hosts ..."): (first, end) of the sentences of its block, up to the next block's opening
    line or section heading.  Without that, the lines under the table were the last row's alone (every
    bullet of every block credited the oldest role).  Empty unless two of a table's roles have a block."""
    lines = [int(k) for k in role_lines]
    taken = set(lines)
    at, pos = [], 0   # each sentence's offset in ``text`` (-1: not found as written)
    for sentence in sentences:
        found = text.find(sentence[:40], pos)
        at.append(found)
        pos = found + 1 if found >= 0 else pos
    blocks: dict[int, tuple[int, int]] = {}
    for last in sorted(k for k in taken if k >= 0 and k - 1 in taken and k + 1 not in taken):
        first = last
        while first - 1 in taken:
            first -= 1
        if at[last] < 0:
            continue
        # each row's cells but its dates, as written lower-cased: the names a block's opening line may give
        cells = {k: {c.lower() for c in _ROW_CELLS.split(sentences[lines[k]].strip(" |")) if c and not YEAR.search(c)}
                 for k in range(len(lines)) if first <= lines[k] <= last}
        opened: list[tuple[int, int]] = []   # (offset, role) of each block's opening line
        offset = text.find("\n", at[last])
        while 0 <= offset < len(text):
            end = text.find("\n", offset + 1)
            line = text[offset + 1:end if end >= 0 else len(text)]
            if heading_of(line):
                break
            head = (_ROW_CELLS.split(line.strip(" |"), maxsplit=1) or [""])[0].lower()
            role = next((k for k, names in cells.items() if head in names
                         and k not in {r for _, r in opened}), None) if line.strip() else None
            if role is not None:
                opened.append((offset + 1, role))
            offset = end
        if len(opened) < 2:
            continue
        bounds = [o for o, _ in opened] + [offset if offset >= 0 else len(text)]
        for role in cells:   # a row whose block is not found is its own line alone, not the blocks under it
            blocks[role] = (lines[role], lines[role] + 1)
        for (start, role), stop in zip(opened, bounds[1:]):
            inside = [i for i, a in enumerate(at) if start < a < stop]
            if inside:
                blocks[role] = (inside[0], min(inside[-1] + 1, inside[0] + OWN_LINES))
    return blocks


# A line about a course of study still under way: what it names is learned, not yet worked in; so is one
# eligible to sit its exam or still graduating, which is no graduation nor registration ("Eligible to sit
# for the ARRT Radiography exam in June 2027", "Radiography student graduating May 2027").
STUDYING = re.compile(r"(?i)\b(?:in progress|expected|anticipated|currently enrolled|enrolled in|pursuing"
                      r"|(?:first|second|third|final)[- ]year (?:of|in)|student in|eligible to (?:sit|test|take)"
                      r"|sitting for|graduating(?! class)"
                      # "now studying to become a medical assistant", "currently studying for the CPA exam",
                      # "working toward my A.S. degree"
                      r"|(?:now|currently)\s+(?:studying|training|attending)|studying\s+(?:to\s+become|for\s+(?:the|my|a|an))"
                      r"|working\s+toward?s?\s+(?:a|an|my|the)\s+(?:[\w.'’-]+\s+){0,3}?"
                      r"(?:degree|certificate|certification|diploma|licen[cs]e|credential))\b")
# An ask of a course of study finished: "Graduate of an AVMA-accredited veterinary technology program",
# "Completion of a state-approved CNA training program", "Must have completed an accredited ... program";
# a line still ``STUDYING`` shows it partly.
COMPLETION_ASKED = re.compile(r"(?i)\b(?:graduat(?:e|ed|ion)\s+(?:of|from)|complet(?:ion|ed)(?:\s+of)?"
                              r"|successful(?:ly)?\s+complet\w*(?:\s+of)?)\s+(?:[\w/&'’.-]+\s+){0,6}?"
                              r"(?:program|programme|course|school|academy|apprenticeship|training)s?\b")


# A short line that says a skill is lacking: "No Kubernetes.", "Kubernetes: none yet." (shows
# nothing, as a line about the job sought does).
DENIES = re.compile(r"(?i)^\W*no\s+[\w.+#/-]+(?:\s+[\w.+#/-]+){0,2}\s*[.!]?\s*$"
                    r"|^\W*[\w.+#/-]+(?:\s+[\w.+#/-]+){0,2}\s*[:\-–]\s*(?:none|not yet)(?:\s+yet)?\s*[.!]?\s*$")

_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b(?i:present|current|now)\b")
# A year that opens a range of dates: "2018 to 2020", "Jan 2020 - Present".
_RANGE_TO = (r"[ \t]*(?:-|–|—|to|through|until)[ \t]*(?:[a-z]{3,9}\.?[ \t]+)?"
             r"(?:(?:19|20)\d\d\b|present\b|current\b|now\b)")
_RANGE_FROM = re.compile(r"(?i)\b(?:19|20)\d\d" + _RANGE_TO)


# A heading's words that name only what a credential is ("LICENSES & CERTIFICATIONS"): every line under it
# is one, whatever a posting asks of it ("BLS" is no "license").
_CREDENTIAL_WORD = re.compile(r"licen[cs]\w*|certif\w*|certs?|credentials?|registrations?|and")


# The words a line about military service reads with: the service itself, and leading others where
# its rank, billet or duty shows it ("SSG/E-6", "Squad Leader", "Led a squad of 9 operators").
SERVICE_WORD = "military"
_LEADING_WORDS = frozenset({"lead", "leader", "leadership", "team", "supervise", "supervisory"})


# The field a career changer moves into, which the rest of the line's work does not show: "Retail store manager with
# 8 years of customer service, changing careers to pest control", "career change into nursing"; not work moved
# ("Led the team transitioning to Epic").
_CAREER_SOUGHT = re.compile(r"(?i)\b(?:(?:changing|switching|transitioning|pivoting|moving)\s+careers?"
                            r"|career\s+(?:change|changer|switch|move))\s+(?:(?:in)?to|towards?)\b[^.;]*")


def _lines_with_headings(resume: Resume) -> list[frozenset[str]]:
    """Each sentence's words; a line under a licences, certifications or bar admissions heading reads
    with the heading's other words, each in the singular too: "Illinois (2024); New York (2021)" under
    "BAR ADMISSIONS" says a bar admission, "Texas (2019)" under "State Licenses" a state's.  A line
    in the services' words reads with the civilian's too (``military``): "Combat Medic, 68W, U.S.
    Army" says military and emergency medic work, "Led a squad of 9 operators" leading a team."""
    headed = licence_headings(resume.text)
    lines = []
    for sentence in resume.sentences:
        words = set(tokenize(_CAREER_SOUGHT.sub("", sentence)))
        if serves(sentence):
            words |= {SERVICE_WORD, *tokenize(civilian_role(sentence))}
        if leads_by_rank(sentence):
            words |= _LEADING_WORDS
        heading = next((h for line, h in headed.items() if sentence in line), "") if headed else ""
        for word in (w for w in tokenize(heading) if not _CREDENTIAL_WORD.fullmatch(w)):
            words |= {word, word[:-1]} if word.endswith("s") and len(word) > 4 else {word}
        lines.append(frozenset(words))
    return lines


def _role_lines(sentences: list[str], roles: list, headline: str = "", text: str = "") -> list[int]:
    """The sentence each role stands in (-1: none): the first one not taken by another role
    that holds its title, one that names its start (or stands beside one that does, or beside
    a line of ``text`` that does: dates on a line of their own are no sentence) first,
    then a dated one ("Medical Assistant | UW Health | 2021 - Present", not the summary's
    "Certified Medical Assistant with 3 years ..."); two roles of one title
    stand in two lines, whatever order the roles come in; a role whose title no dated line
    holds (one titled by the headline, or by the verb of its sentence: "Drove for Uber 2020 - present")
    stands in the dated line naming its start."""
    lines: list[int] = []
    beside: list[tuple[str, str]] | None = None
    # a line of the education or skills sections dates no job, as ``find_roles`` reads none there: a degree's
    # "M.Ed., Ohio University, 2016 - 2018" is no teacher's line for work "since 2016"
    schooling = [kind in _NO_ROLE_SECTIONS for kind, _ in _sections_of(text, sentences)] if text else \
        [False] * len(sentences)
    for role in roles:
        holding = [i for i, s in enumerate(sentences) if role.title in s and i not in lines]
        dated = [i for i in holding if _DATED.search(sentences[i])]
        if role.start and holding:
            # the line that names its start, or stands right above or under one that does (a
            # title over its firm and dates: "Registered Nurse, Medical/Surgical ICU" /
            # "OhioHealth ... | Jun 2021 - Present"; "Radiologic Technologist - OSF ..." /
            # "March 2021 - Present"), before another dated one ("Registered Nurse, State of
            # Ohio, active through 08/2027", "IEMA Radiologic Technologist accreditation, active
            # through 2026")
            year = str(role.start.year)
            if beside is None:
                beside = _lines_beside(text, sentences)
            near = [(rank, i, sentences[j]) for i in holding for rank, j in enumerate((i, i + 1, i - 1))
                    if 0 <= j < len(sentences) and year in sentences[j] and not (j != i and schooling[j])]
            near += [(rank, i, line) for i in holding for rank, line in ((1, beside[i][1]), (2, beside[i][0]))
                     if year in line]
            # the one where its year opens a range first, however near: the role's "Journeyman Electrician,
            # Miller Electric Co." over "June 2017 to Present", not the licence's "Ohio Journeyman Electrician
            # License (2017)"; of two as near, the one whose line holds a range: the role's "MT(ASCP) -
            # Maimonides ... - 2018 to 2020", not the certificate's "ASCP Board of Certification: MT(ASCP), 2018"
            opens = re.compile(rf"(?i)\b{year}" + _RANGE_TO)
            dated = [i for *_, i in sorted((not opens.search(line), rank, not _RANGE_FROM.search(sentences[i]), i)
                                           for rank, i, line in near)] + dated
        if not dated and role.start and (role.title == headline or not holding):
            # a role titled by the resume's headline ("Journeyman Electrician" / "Volt Works,
            # Phoenix AZ (2016 - present)"), or by the job its sentence's verb names ("I taught fourth
            # grade at Lincoln Elementary from 2016 to 2022": a teacher): its dated line, which names its start
            dated = [i for i, s in enumerate(sentences) if i not in lines and str(role.start.year) in s
                     and _DATED.search(s) and not schooling[i]]
        lines.append(next(iter(dated), holding[0] if holding else -1))
    return lines


# The sections whose dated lines are no job's (``roles._dated_roles`` reads no role there).
_NO_ROLE_SECTIONS = frozenset({"education", "skills"})


def _sections_of(text: str, sentences: list[str]) -> list[tuple[str, bool]]:
    """Per sentence: the kind of the section of ``text`` it stands in (``heading_of``), "other" before any
    heading, and whether a section heading stands between it and the sentence before, or on its own line
    ("Skills: Kotlin, Swift"); ("other", False) for one not found as written."""
    starts, kinds, headings, section, pos = [], [], [], "other", 0
    for line in text.split("\n"):
        heading = heading_of(line)
        if heading:
            headings.append(pos)
            if heading[2]:
                section = heading[0]
        starts.append(pos)
        kinds.append(heading[0] if heading else section)
        pos += len(line) + 1
    out, pos, previous = [], 0, 0
    for sentence in sentences:
        at = text.find(sentence[:40], pos)
        if at < 0:
            out.append(("other", False))
            continue
        line_start = text.rfind("\n", 0, at) + 1
        out.append((kinds[bisect.bisect_right(starts, at) - 1], any(previous <= h <= line_start for h in headings)))
        previous = pos = at + 1
    return out


def _lines_beside(text: str, sentences: list[str]) -> list[tuple[str, str]]:
    """Per sentence: the non-empty lines of ``text`` right above and right under the line it
    stands in; ("", "") for one not found as written."""
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out, pos = [], 0
    for sentence in sentences:
        at = text.find(sentence[:40], pos)
        if at < 0:
            out.append(("", ""))
            continue
        pos = at + 1
        k = bisect.bisect_right(starts, at) - 1
        above = next((x for x in reversed(lines[:k]) if x.strip()), "")
        under = next((x for x in lines[k + 1:] if x.strip()), "")
        out.append((above, under))
    return out


def _after_heading(text: str, sentences: list[str]) -> list[bool]:
    """Per sentence: whether a section heading stands in ``text`` between it and the sentence
    before, or on its own line ("Skills: Kotlin, Swift") (``_sections_of``); False for one not found as written."""
    return [after for _, after in _sections_of(text, sentences)]


def _word_lines(lines: list[frozenset[str]]) -> dict[str, np.ndarray]:
    rows: dict[str, list[int]] = {}
    for i, words in enumerate(lines):
        for w in words:
            rows.setdefault(w, []).append(i)
    return {w: np.array(r, dtype=np.int64) for w, r in rows.items()}


def _names(surface: str, line: str) -> bool:
    """Whether a lower-cased line holds a skill's surface as a word ("go", not "ongoing")."""
    low = surface.lower()
    return low in line and re.search(rf"(?<![\w+#.]){re.escape(low)}(?![\w+#])", line) is not None


# -- ranking ------------------------------------------------------------------------
def standardised(values, mean: float, sd: float):
    """A signal's z-score held within ``Z_LIMIT``; NaN (a posting that lacks the signal)
    reads as the signal's usual value, 0."""
    return np.nan_to_num(np.clip((np.asarray(values, dtype=np.float64) - mean) / sd, -Z_LIMIT, Z_LIMIT),
                         nan=0.0)


def fuse(signals: dict[str, np.ndarray]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The fused value of every posting and each signal's part of it: the mean of the
    ``FUSED`` signals' z-scores (``standardised``: a signal a posting lacks counts as its
    usual value, and one left out of ``signals``, as the candidate stage leaves dense, adds 0)."""
    parts = {k: standardised(v, *NORMS[k]) / len(FUSED) for k, v in signals.items()}
    return sum(parts.values()), parts


def calibrated(fused: np.ndarray) -> np.ndarray:
    """The score, 0..100: the calibrated chance that a person labels the pair a fit."""
    a, b = CALIBRATION
    return 100.0 / (1.0 + np.exp(-(a * np.asarray(fused, dtype=np.float64) + b)))


def verdict(score: float) -> str:
    """The words for a score, as it is shown: rounded to a tenth (49.98 shows 50.0, a likely fit)."""
    shown = round(score, 1)
    return next(words for floor, words in VERDICTS if shown >= floor)


def alike(similar: np.ndarray, titles, features: ResumeFeatures) -> np.ndarray:
    """Per title (the rows of ``similar``, their cosines with the resume's roles' titles), per role: whether
    the role's title is like it: at least ``CLOSE_TITLE`` close, or at least ``RELATED_TITLE`` and like it by
    the words: one of the two titles names no field of its own (``title_field``: "Designer" for a "UX/UI
    Designer"), or the role's title, line or own lines name the field the title names ("Sous Chef" over
    "Ran a 40-cover kitchen" for a "Kitchen Manager"), or its line the site of a kind of work of
    ``KINDS_BY_TITLE`` the title does ("Operations Supervisor, Riverbend Distribution Center" for a
    "Warehouse Manager", ``sited_kinds``).  The model reads titles of one sort of work alike however far
    apart their trades are ("Operations Supervisor" and "Fleet Dispatcher" 0.55, "Platform Engineer" and
    "Data Engineer" 0.65, "Maintenance Technician" and "Firefighter/EMT" 0.58), and titles of one trade as
    far apart ("Software Engineer" and "Full Stack Developer" 0.50), so what the words say decides between
    for the explanation's claims of years (knock-outs, checklist rows, the years shown); the ``years``
    signal reads the model's likeness alone, which ranks better (``Catalog._signals``).  Without ``titles``
    (their words unknown): ``RELATED_TITLE`` close."""
    like = similar >= (CLOSE_TITLE if len(titles) else RELATED_TITLE)
    band = np.argwhere((similar >= RELATED_TITLE) & ~like)
    if not len(band):
        return like
    words, plain, sited = features.role_words()
    read: dict[tuple[str, int], bool] = {}
    for i, j in band.tolist():
        key = (titles[i], j)
        if key not in read:
            asked = posting_field(key[0])
            read[key] = (not asked[0] or plain[j] or names_work(asked, words[j])
                         or not sited[j].isdisjoint(titled_kinds(key[0])))
        like[i, j] = read[key]
    return like


def leading_years(posting_title: np.ndarray, features: ResumeFeatures, title: str = "") -> float:
    """The years of the resume's roles like the posting's (its ``title``'s words, ``alike``) whose titles lead
    others."""
    if not len(features.role_vectors):
        return 0.0
    like = alike(np.atleast_2d(features.role_vectors @ posting_title), (title,) if title else (), features)[0]
    return features.years_of(like & features.role_leads)


def years_doing(posting_title: np.ndarray, features: ResumeFeatures, sentence: str,
                title: str = "") -> tuple[float, float, bool, str]:
    """The years of the resume's roles that did the work a years ask ``sentence`` names
    (``ResumeFeatures.roles_like``, with the skills it names; a second figure's skill read by
    ``part_years``) or whose titles do a kind of work it names, held in the setting it names
    (``roles_in_setting``: "in a K-12 setting"), and those of them whose titles lead others; and
    whether the setting left out a role that did the work; and "part-time" where all of those
    roles say they were held part-time (``PART_TIME``), "some part-time" where some do, else "":
    their years count whole, said beside them; "seasonal" ("some seasonal") likewise where they were
    held in seasons, whose seasons alone count ("Summers 2020 - 2022": three summers, 0.7 years).
    ``title``: the posting's, whose professional no assistant's role is (``ResumeFeatures.counting_roles``)."""
    if not len(features.role_vectors):
        return 0.0, 0.0, False, ""
    names = skill_names(main_work(sentence))   # not a later part's ("with at least 2 years in banking")
    doing = features.roles_doing(sentence)
    roles = features.roles_like(posting_title, names, sentence, title)
    asked = [name for name in names if not is_credential(name)]
    if asked and all(_is_practice(name) and not is_kind_of_work(name) for name in asked) and not doing.any():
        # a practice of its own named ("4+ years in DevOps, SRE or platform engineering") that no role's title
        # does nor its lines show: a title's likeness alone is not the practice (a "Software Engineer" whose lines
        # show no DevOps had met it with 9.5 years, its checklist row missing).  Where a role shows it, the roles
        # like the posting's count as before; a market or an industry is what titles say ("B2B SaaS closing
        # experience as an Account Executive").
        if not features.roles_showing(asked).any():
            roles &= features.role_lines < 0   # (a role stated without a line may)
    head = _work_before_means(main_work(sentence))
    if head and not doing.any() and not features.lines_showing(head):
        # the work a skill names, done with others after it ("3-5 years of experience in test automation using
        # Selenium WebDriver with Java"), that no line shows: a role showing only the means ("Java") or a title
        # alike did none of it (a "Senior Software Engineer" writing Java had met it with 7.3 years)
        roles &= features.role_lines < 0   # (a role stated without a line may)
    roles = (roles | doing) & features.counting_roles(sentence, title)
    if _fields_of_trade(main_work(sentence), title):
        # a field named of the posting's own trade's work ("behavioral health social work"): a role whose lines show
        # the field does that work only where its title is like the posting's or does it (a "Medical Assistant"
        # coordinating referrals with behavioral health staff had met it with 9.9 years)
        roles &= features.roles_like(posting_title) | doing
    # a setting it names: only roles held there, as its checklist row reads them
    setting = features.roles_in_setting(sentence)
    left_out, roles = bool((roles & ~setting).any()), roles & setting
    years, leading = features.years_of(roles), features.years_of(roles & features.role_leads)
    share, part, short = part_years(posting_title, features, asked_part(sentence, "must"), roles)
    notes = []
    for held, word in ((features.part_time()[roles], "part-time"), (features.seasonal()[roles], "seasonal")):
        notes += [word if held.all() else "some " + word] if held.any() else []
    if share < 1 and part < years:
        # the later figure that falls short, said beside the years it cuts: "11.9 of the work, 0.0 as a foreman
        # or crew leader"
        notes.append(f"{years:.1f} of the work, {part:.1f} {short.strip()}")
    hours = ", ".join(notes)
    return (years, leading, left_out, hours) if share >= 1 else (min(years, part), min(leading, part), left_out,
                                                                  hours)


# What joins the work a years ask names to what it is done with: "test automation using Selenium", "React with
# TypeScript", "data pipelines on AWS".
_MEANS = re.compile(r"(?i)\b(?:using|with|via|through|on|in)\b")


def _work_before_means(ask: str) -> list[str]:
    """The skills a years ask names as its work before what it is done with (``_MEANS`` after the first
    skill: "test automation" of "... in test automation using Selenium WebDriver with Java"), where the
    ask names both and the work is a tool's or a specialty's (``work_skills``); else []."""
    mentions = taxonomy().extract(ask)
    means = _MEANS.search(ask, mentions[0].end) if mentions else None
    if means is None or not any(m.start >= means.end() for m in mentions):
        return []
    return work_skills(dict.fromkeys(m.name for m in mentions if m.end <= means.start()
                                     and not is_credential(m.name)))


def _fields_of_trade(ask: str, title: str) -> list[str]:
    """The skills a years ask names as the field of the posting's own trade's work named right after them, the
    head of a kind of work (``kinds_of_work``) its ``title`` names: "Behavioral health" of "2+ years of medical
    or behavioral health social work experience" at a "Medical Social Worker" posting; none of "3+ years of
    Python", nor of software's means ("5+ years of Python development"), nor of a skill that names the work whole
    ("ICU nursing")."""
    trade = work_stems(job_kind(title)) if title else frozenset()
    kinds = [kind for kind in kinds_of_work(ask) if len(kind) > 1 and any(same_work(kind[-1], w) for w in trade)]
    return [m.name for m in taxonomy().extract(ask) if kinds and m.category in WORK_DOMAINS
            and (stems := work_stems(m.surface)) and any(stems <= set(kind[:-1]) and kind[-1] not in stems
                                                         for kind in kinds)]


def _is_practice(name: str) -> bool:
    skill = taxonomy().get(name)
    return skill is not None and skill.category == "practice"


def work_skills(names) -> list[str]:
    """The skills among ``names`` that say which work by a tool or a specialty, by which the
    roles that did it are told apart: not a kind of work or a broad field of it
    (``BROAD_WORK``: software development, customer service, retail sales), which titles say
    better than lines do ("Retail Store Manager" is customer service its bullets need not
    name).  A skill of such a field that implies a broader one (``direct_parents``) is its
    specialty or its tool, not the field: "Multi-state payroll" (Payroll), "Salesforce" (CRM);
    a "Staff Accountant" title like a "Payroll Specialist" posting's did none of it.  Not where
    what it implies is a kind of work titles do (``titled_work``): "Call center" and "Complaint
    handling" are customer service, which a "Shift Lead, Target" at Guest Services did."""
    tax = taxonomy()
    return [name for name in names if not is_kind_of_work(name)
            and ((skill := tax.get(name)) is None or skill.category not in BROAD_WORK
                 or (parents := direct_parents(name)) and not any(map(titled_work, parents)))]


def part_years(posting_title: np.ndarray, features: ResumeFeatures, sentence: str,
               main: np.ndarray | None = None) -> tuple[float, float, str]:
    """The figures of years a sentence asks after its first, each of the skills its own words
    name ("with at least 3 years in Java", "3+ in ML engineering"), of leading others
    ("including at least 1 year in a lead or supervisory role") or of the roles it names
    ("including 2+ years as an Executive Chef or Chef de Cuisine") or of a setting it names ("including 2 years
    in an ICU"): the least share of one that the roles showing those skills reach
    (``ResumeFeatures.roles_like``), or those of the roles doing the first figure's work (``main``, else those
    like the posting) that lead others or were held in that setting (``roles_in_setting``), or those whose
    titles name a role named (``does_work``), capped at 1, and their years,
    and the words of the figure that falls short; (1.0, inf, "") where none does."""
    worst, found, short = 1.0, float("inf"), ""
    for value, words in years_parts(sentence)[1:]:
        if ASKS_LEADING.search(words):
            roles = (features.roles_like(posting_title) if main is None else main) & features.role_leads
        elif names := work_skills(skill_names(words)):
            roles = features.roles_like(posting_title, names)
        elif settings_asked(words):
            # a setting some of them were held in ("including 2 years in an ICU", "at least 2 in healthcare"):
            # the roles doing the first figure's work held there (``roles_in_setting``)
            roles = (features.roles_like(posting_title) if main is None else main) & features.roles_in_setting(words)
        elif asked_roles(held := f"{value:g} years{words}"):
            # the roles it names ("including 2+ years as an Executive Chef or Chef de Cuisine"): those whose
            # titles name one, word for word (a "Sous Chef" held none of them)
            kinds = kinds_of_work(held)
            roles = np.array([does_work(t, kinds) for t in features.role_titles], dtype=bool)
        else:
            continue
        years = features.years_of(roles)
        if years / value < worst:
            worst, found, short = years / value, years, words
    return worst, found, short


def related_years(posting_titles: np.ndarray, features: ResumeFeatures,
                  trades: np.ndarray | None = None, titles=()) -> tuple[np.ndarray, np.ndarray]:
    """Per posting: the years covered by the resume's roles whose title is like the posting's, and
    the cosine of the resume's closest role title.  ``trades``: per posting, the kinds of work of
    ``KINDS_BY_TITLE`` its title does (``trades_of``); a role whose title does one of them is like it,
    as close as a like title at least, however far the model reads the words ("Territory Manager" for
    an "Outside Sales Representative": 0.16)."""
    if not len(features.role_vectors):
        return np.zeros(len(posting_titles)), np.zeros(len(posting_titles))
    similar = (posting_titles @ features.role_vectors.T).astype(np.float64)
    like = alike(similar, titles, features)
    if trades is not None and trades.any() and (roles := features.role_trades()).any():
        same = (trades.astype(np.uint8) @ roles.T.astype(np.uint8)) > 0
        similar = np.where(same, np.maximum(similar, RELATED_TITLE), similar)
        like |= same
    # Postings whose like roles are the same share one sum (a few kinds among thousands),
    # each kind keyed by its roles packed as bytes.
    packed = np.ascontiguousarray(np.packbits(like, axis=1))
    keys = packed.view(np.dtype((np.void, packed.shape[1]))).ravel()
    _, first, which = np.unique(keys, return_index=True, return_inverse=True)
    years = np.array([features.years_of(like[i]) for i in first])[which.reshape(-1)]
    # float32 unit vectors give a title's cosine with itself a hair above 1.
    return years, np.clip(similar.max(axis=1), 0.0, 1.0)
