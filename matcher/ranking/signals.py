"""Ranking: a resume against every posting (or a posting against resumes).

Each posting is scored from six signals, each in [0, 1]:

- ``coverage``: every requirement against the resume's sentences (dense
  similarity, lifted by the requirement's skills when the resume has them),
  must-haves weighing more than nice-to-haves;
- ``skills``: the posting's skills found in the resume (canonical names, so
  k8s = Kubernetes), skills named by must-haves counting double;
- ``lexical``: BM25 of the resume against the posting, relative to the best
  lexical match among the postings compared;
- ``dense``: the resume's mean sentence vector against the posting's summary,
  mapped to 0..1 with the same similarity thresholds as requirements;
- ``title``: the posting's title against the resume's headline and the titles of
  its dated roles (dense similarity of the closest one, mapped like requirements);
- ``fit``: years of experience found versus asked.

The score is ``100 * sum(weight * signal) / sum(weight)`` over the signals a
posting has (a posting that asks no years has no ``fit``, a resume without a
headline or dated role titles no ``title``), so it reads as a
percentage of a perfect match.  The explanation is built from the same
numbers; nothing in it is computed separately.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from matcher.postings.parse import Posting
from matcher.resumes.read import Resume
from matcher.skills.taxonomy import implied_skills

# Equal weights: each signal was measured alone first (docs/EVALUATION.md) and no
# signal was reliably better than the others on real labelled data, so none is
# favoured.  Fitting weights to a hundred noisy labels would not generalise.
WEIGHTS = {"coverage": 1.0, "skills": 1.0, "lexical": 1.0, "dense": 1.0, "title": 1.0, "fit": 1.0}
MUST_WEIGHT, NICE_WEIGHT = 1.0, 0.35
COVERED, PARTIAL = 0.75, 0.45  # requirement credit thresholds for the checklist


@dataclass
class RequirementMatch:
    text: str
    kind: str
    status: str                 # covered | partial | missing
    credit: float               # 0..1, what the requirement adds to coverage
    similarity: float           # best dense similarity to a resume sentence
    evidence: str | None        # the resume sentence that covers it, verbatim
    skills: list[str]
    skills_found: list[str]
    years: float | None

    def to_dict(self) -> dict:
        return {"text": self.text, "kind": self.kind, "status": self.status,
                "credit": round(self.credit, 3), "similarity": round(self.similarity, 3),
                "evidence": self.evidence, "skills": self.skills,
                "skills_found": self.skills_found, "years": self.years}


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
    skills_matched: list[dict]
    skills_missing: list[str]        # named by must-haves, absent from the resume
    skills_nice_missing: list[str]
    years_asked: float | None
    years_found: float | None
    title: TitleMatch | None         # None when the posting or the resume has no title
    signals: dict[str, float]        # each signal's value, 0..1
    contributions: dict[str, float]  # each signal's points in the 0..100 score

    @property
    def covered(self) -> list[RequirementMatch]:
        return [r for r in self.requirements if r.status == "covered"]

    @property
    def missing_must(self) -> list[RequirementMatch]:
        return [r for r in self.requirements if r.status == "missing" and r.kind == "must"]

    def to_dict(self) -> dict:
        return {
            "requirements": [r.to_dict() for r in self.requirements],
            "covered": [{"requirement": r.text, "kind": r.kind, "evidence": r.evidence,
                         "similarity": round(r.similarity, 3)} for r in self.covered],
            "missing_must": [r.text for r in self.missing_must],
            "skills_matched": self.skills_matched,
            "skills_missing": self.skills_missing,
            "skills_nice_missing": self.skills_nice_missing,
            "years_asked": self.years_asked, "years_found": self.years_found,
            "title": self.title.to_dict() if self.title else None,
            "signals": {k: round(v, 3) for k, v in self.signals.items()},
            "contributions": {k: round(v, 1) for k, v in self.contributions.items()},
        }


@dataclass
class Match:
    rank: int
    posting: Posting
    score: float
    explanation: Explanation | None = field(default=None)

    def to_dict(self, explain: bool = True) -> dict:
        p = self.posting
        out = {"rank": self.rank, "posting_id": p.id, "title": p.title, "company": p.company,
               "location": p.location, "remote": p.remote, "salary_min": p.salary_min,
               "salary_max": p.salary_max, "url": p.url, "score": round(self.score, 1)}
        if explain and self.explanation is not None:
            out["explanation"] = self.explanation.to_dict()
        return out


@dataclass
class ResumeFeatures:
    """What scoring needs of a resume: its sentences' vectors, role titles and skills."""
    resume: Resume
    vectors: np.ndarray          # sentences x dim
    mean: np.ndarray             # dim
    skills: dict[str, list[str]]  # canonical name -> surfaces as written (or of the skill implying it)
    titles: list[str]            # its headline and the titles of its dated roles, each once
    title_vectors: np.ndarray    # titles x dim

    @classmethod
    def build(cls, resume: Resume, embedder) -> ResumeFeatures:
        titles = list(dict.fromkeys(t for t in [resume.headline] + [r.title for r in resume.roles]
                                    if t))
        rows = embedder.embed(resume.sentences + titles)
        vectors, title_vectors = rows[:len(resume.sentences)], rows[len(resume.sentences):]
        mean = vectors.mean(axis=0) if len(vectors) else np.zeros(embedder.dim, np.float32)
        norm = np.linalg.norm(mean)
        skills: dict[str, list[str]] = {}
        for m in resume.skills:
            surfaces = skills.setdefault(m.name, [])
            if m.surface not in surfaces:
                surfaces.append(m.surface)
        # Broader skills the resume shows through narrower ones: Docker -> Containers.
        for parent, child in implied_skills(list(skills)).items():
            skills[parent] = list(skills[child])
        return cls(resume, vectors, mean / norm if norm else mean, skills, titles, title_vectors)


def requirement_credit(similarity, skill_count, found_count, thresholds: tuple[float, float]):
    """Requirement credit: dense similarity mapped to 0..1, lifted to the share of the
    requirement's skills that the resume has.  Works on numbers and on arrays."""
    lo, hi = thresholds
    dense = np.clip((np.asarray(similarity, dtype=np.float64) - lo) / (hi - lo), 0.0, 1.0)
    share = np.divide(found_count, skill_count, out=np.zeros_like(dense),
                      where=np.asarray(skill_count) > 0)
    return np.maximum(dense, share)


def combine(signals: dict[str, np.ndarray]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Scores (0..100) and each signal's points from signal arrays; NaN = the posting lacks it."""
    present = {k: ~np.isnan(v) for k, v in signals.items()}
    weight_total = sum(WEIGHTS[k] * present[k] for k in signals)
    weight_total = np.where(weight_total > 0, weight_total, 1.0)
    points = {k: np.where(present[k], 100.0 * WEIGHTS[k] * np.nan_to_num(v) / weight_total, 0.0)
              for k, v in signals.items()}
    return sum(points.values()), points


def evidence_sentence(sentences: list[str], best: int, found: list[str],
                      features: ResumeFeatures, sim: float,
                      thresholds: tuple[float, float]) -> str:
    """The resume sentence that shows a requirement: the most similar one, unless the
    requirement was covered through a skill that sentence does not name."""
    if found and sim < thresholds[1]:
        surfaces = [s.lower() for name in found for s in features.skills[name]]
        for sentence in sentences:
            low = sentence.lower()
            if any(s in low for s in surfaces):
                return sentence
    return sentences[best]


def normalise_lexical(raw: np.ndarray) -> np.ndarray:
    """BM25 scores relative to the best among those compared (0..1)."""
    top = float(raw.max()) if len(raw) else 0.0
    return raw / top if top > 0 else np.zeros_like(raw)
