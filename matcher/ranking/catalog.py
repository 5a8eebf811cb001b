"""The postings of an index, loaded once for matching.

A ``Catalog`` holds every posting as arrays: all requirement vectors in one
matrix, which posting owns each row, the skills of each requirement and
posting as sparse matrices, and a BM25 model of the postings' text.  Ranking
a resume is then a few matrix products over every posting at once; only the
top postings are parsed (the others stay compressed JSON) and get their
explanation built, from the same arrays.  It is built once per process (and
again when the index changes) and is read-only afterwards, so any number of
requests can share it.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from scipy import sparse

from matcher.errors import IndexProblem
from matcher.index.index import Index
from matcher.index.recipe import posting_texts, posting_vectors
from matcher.index.store import SUMMARY, TITLE
from matcher.postings.parse import Posting
from matcher.ranking.lexical import BM25
from matcher.ranking.signals import (
    COVERED,
    MUST_WEIGHT,
    NICE_WEIGHT,
    PARTIAL,
    Explanation,
    Match,
    RequirementMatch,
    ResumeFeatures,
    TitleMatch,
    combine,
    evidence_sentence,
    normalise_lexical,
    requirement_credit,
)
from matcher.resumes.read import Resume
from matcher.skills.taxonomy import is_soft

IGNORED_SECTIONS = {"benefits", "legal", "company"}
log = logging.getLogger(__name__)
BLOCK = 65_536  # requirement rows per matrix product, to bound memory on large indexes


def matching_text(posting: Posting) -> str:
    """The posting text that lexical scoring sees: no benefits, EEO or company blurb."""
    kept = [s.text for s in posting.sections if s.kind not in IGNORED_SECTIONS]
    return "\n".join([posting.title] + kept) if kept else posting.title + "\n" + posting.text


def skill_weights(posting: Posting) -> dict[str, float]:
    """Each skill of a posting with its weight: 2 if a must-have names it, 1 if only a
    nice-to-have does, 0.5 if it appears elsewhere in the posting.  Soft skills are
    left out: resumes show them in what they say, not by naming them."""
    weights = {s: 0.5 for s in posting.skills if not is_soft(s)}
    for req in posting.requirements:
        for s in req.skills:
            if not is_soft(s):
                weights[s] = max(weights.get(s, 0.0), 2.0 if req.kind == "must" else 1.0)
    return weights


class StoredPostings(Sequence[Posting]):
    """Postings kept as their stored JSON, compressed, and parsed when read.

    Scoring reads arrays, and a match needs only its top postings parsed: 10,000
    parsed postings take about 200 MiB, their compressed JSON about 25 MiB.
    """

    def __init__(self, records: Iterable[str]):
        self._records = [zlib.compress(r.encode("utf-8"), 1) for r in records]

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, i: int) -> Posting:
        return _parse_record(self._records[i])


@lru_cache(maxsize=256)  # the top postings of one request come up again in the next ones
def _parse_record(record: bytes) -> Posting:
    return Posting.from_dict(json.loads(zlib.decompress(record)))


class Facts(NamedTuple):
    """The few fields of a posting that filters and ranking read for every posting."""
    id: str
    company: str
    location: str
    remote: bool | None
    salary_min: float | None
    salary_max: float | None


@dataclass
class Filters:
    remote_only: bool = False
    location: str = ""
    company: str = ""
    min_salary: float | None = None

    def accepts(self, p: Posting | Facts) -> bool:
        if self.remote_only and not p.remote:
            return False
        if self.location and self.location.lower() not in (p.location or "").lower():
            return False
        if self.company and self.company.lower() not in (p.company or "").lower():
            return False
        if self.min_salary is not None:
            # Postings that state no salary stay in: the filter can only judge stated ones.
            top = p.salary_max or p.salary_min
            if top is not None and top < self.min_salary:
                return False
        return True


@dataclass
class Scored:
    """One resume against every posting: the arrays both the ranking and the explanations read."""
    features: ResumeFeatures
    best: np.ndarray        # per requirement: best similarity to a resume sentence
    best_at: np.ndarray     # per requirement: index of that sentence
    credit: np.ndarray      # per requirement: credit 0..1
    title_best: np.ndarray  # per posting: best similarity of its title to a resume title
    title_at: np.ndarray    # per posting: index of that title in ``features.titles``
    signals: dict[str, np.ndarray]   # per posting, NaN where a posting lacks the signal
    points: dict[str, np.ndarray]    # per posting: each signal's points
    score: np.ndarray       # per posting, 0..100


class Catalog:
    """Postings with their vectors, ready to be ranked against."""

    def __init__(self, postings: Sequence[Posting], summaries: np.ndarray, titles: np.ndarray,
                 req_vectors: np.ndarray, embedder, generation: int = 0):
        """``summaries`` and ``titles``: one vector per posting (a zero title vector: the
        posting has no title); ``req_vectors``: one per requirement, posting by posting.
        ``postings`` is read once, one posting at a time."""
        self.embedder = embedder
        self.generation = generation
        self.postings = postings
        dim = embedder.dim
        self.summaries = np.ascontiguousarray(summaries, dtype=np.float32).reshape(-1, dim)
        self.titles = np.ascontiguousarray(titles, dtype=np.float32).reshape(-1, dim)
        self.has_title = self.titles.any(axis=1)
        self.req_vectors = np.ascontiguousarray(req_vectors, dtype=np.float32).reshape(-1, dim)
        # What filters and the order of ties read, for every posting.
        self.facts: list[Facts] = []
        counts, years, req_weight = [], [], []
        titled = 0
        # Skills as sparse matrices over one vocabulary: requirement x skill, posting x skill.
        self.vocab: dict[str, int] = {}
        rows, cols, prow, pcol, pval = [], [], [], [], []

        def lexical_texts() -> Iterator[str]:
            # One pass: each posting adds its rows to the lists above, then hands its text
            # to BM25, which turns it into token ids at once, so no text is kept.
            nonlocal titled
            for i, p in enumerate(postings):
                self.facts.append(Facts(p.id, p.company, p.location, p.remote,
                                        p.salary_min, p.salary_max))
                counts.append(len(p.requirements))
                titled += bool(p.title)
                years.append(p.years or np.nan)
                for r in p.requirements:
                    for s in set(r.skills):
                        rows.append(len(req_weight))
                        cols.append(self.vocab.setdefault(s, len(self.vocab)))
                    req_weight.append(MUST_WEIGHT if r.kind == "must" else NICE_WEIGHT)
                for s, w in skill_weights(p).items():
                    prow.append(i)
                    pcol.append(self.vocab.setdefault(s, len(self.vocab)))
                    pval.append(w)
                yield matching_text(p)

        self._bm25 = BM25(lexical_texts())
        if len(self.req_vectors) != len(req_weight) or not (
                len(self.summaries) == len(self.titles) == len(postings)):
            raise IndexProblem("the index's vectors do not match its postings: re-embed them "
                               "with `matcher index rebuild --reembed`")
        if titled > self.has_title.sum():
            # Embedded before titles had vectors of their own: matched without the title signal.
            log.warning("%d postings have no title vector: re-embed them with "
                        "`matcher index rebuild --reembed`", titled - self.has_title.sum())
        self.start = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)])
        self.owner = np.repeat(np.arange(len(postings)), counts)
        self.req_weight = np.array(req_weight)
        weight_sum = np.bincount(self.owner, self.req_weight, minlength=len(postings))
        self._weight_sum = np.where(weight_sum > 0, weight_sum, np.nan)
        self.years = np.array(years, dtype=np.float64)
        k = len(self.vocab)
        self.req_skills = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)),
                                            shape=(len(req_weight), k))
        self.req_skill_count = np.asarray(self.req_skills.sum(axis=1)).ravel()
        self.posting_skills = sparse.csr_matrix((pval, (prow, pcol)), shape=(len(postings), k))
        total = np.asarray(self.posting_skills.sum(axis=1)).ravel()
        self._skill_total = np.where(total > 0, total, np.nan)

    @classmethod
    def from_index(cls, index: Index) -> Catalog:
        """Load every posting of ``index`` with its vectors, as of one SQLite snapshot.

        The vectors come from SQLite, not FAISS: the FAISS file is a cache of the same
        float16 vectors, and the catalog needs them in posting order, which SQLite gives.
        ``index`` may be opened with ``load_vectors=False``.
        """
        with index.store.snapshot():
            postings = StoredPostings(index.store.postings_json())
            summaries, titles, requirements = index.store.vectors_by_posting(index.embedder.dim)
        return cls(postings, summaries, titles, requirements, index.embedder,
                   index.manifest().get("generation", 0))

    @classmethod
    def of_posting(cls, posting: Posting, embedder) -> Catalog:
        """A catalog of one posting, embedded now (for ranking resumes against it)."""
        vectors = dict(posting_vectors(posting, embedder.embed(posting_texts(posting))))
        title = vectors.pop(TITLE, np.zeros(embedder.dim, dtype=np.float32))
        summary = vectors.pop(SUMMARY)
        requirements = [vectors[j] for j in range(len(posting.requirements))]
        return cls([posting], summary[None], title[None],
                   np.array(requirements, dtype=np.float32).reshape(-1, embedder.dim), embedder)

    def __len__(self) -> int:
        return len(self.postings)

    # -- scoring --------------------------------------------------------------
    def score(self, features: ResumeFeatures, lexical: np.ndarray | None = None) -> Scored:
        """Every posting's score for one resume (``lexical``: BM25 already normalised)."""
        n_req = len(self.req_vectors)
        best = np.zeros(n_req, dtype=np.float32)
        best_at = np.zeros(n_req, dtype=np.int64)
        if len(features.vectors):
            for lo in range(0, n_req, BLOCK):
                sims = features.vectors @ self.req_vectors[lo:lo + BLOCK].T
                best_at[lo:lo + BLOCK] = sims.argmax(axis=0)
                best[lo:lo + BLOCK] = sims.max(axis=0)
        have = np.zeros(len(self.vocab))
        for name in features.skills:
            if name in self.vocab:
                have[self.vocab[name]] = 1.0
        found = self.req_skills @ have
        credit = requirement_credit(best, self.req_skill_count, found, self.embedder.thresholds)
        if lexical is None:
            lexical = normalise_lexical(self._bm25.scores("\n".join(features.resume.sentences)))
        resume_years = features.resume.years or 0.0
        title_best, title_at, title = self._title_signal(features)
        signals = {
            "coverage": np.bincount(self.owner, self.req_weight * credit,
                                    minlength=len(self.postings)) / self._weight_sum,
            "skills": (self.posting_skills @ have) / self._skill_total,
            "lexical": np.asarray(lexical, dtype=np.float64),
            "dense": (requirement_credit(self.summaries @ features.mean, 0, 0,
                                         self.embedder.thresholds)
                      if len(features.vectors) else np.full(len(self.postings), np.nan)),
            "title": title,
            "fit": np.minimum(1.0, resume_years / self.years),
        }
        score, points = combine(signals)
        return Scored(features, best, best_at, credit, title_best, title_at, signals, points, score)

    def _title_signal(self, features: ResumeFeatures):
        """Per posting: the best similarity of its title to one of the resume's titles
        (headline and roles), which one that is, and the signal (NaN where either side has
        no title)."""
        n = len(self.postings)
        if not len(features.title_vectors):
            return np.zeros(n, np.float32), np.zeros(n, np.int64), np.full(n, np.nan)
        sims = self.titles @ features.title_vectors.T
        best = sims.max(axis=1)
        signal = requirement_credit(best, 0, 0, self.embedder.thresholds)
        return best, sims.argmax(axis=1), np.where(self.has_title, signal, np.nan)

    def explain(self, i: int, scored: Scored) -> Explanation:
        """The explanation of posting ``i``, read from the arrays that made its score."""
        posting, features = self.postings[i], scored.features
        sentences = features.resume.sentences
        reqs = []
        for j, req in enumerate(posting.requirements):
            row = self.start[i] + j
            sim, credit = float(scored.best[row]), float(scored.credit[row])
            found = [s for s in req.skills if s in features.skills]
            status = "covered" if credit >= COVERED else "partial" if credit >= PARTIAL else "missing"
            evidence = (evidence_sentence(sentences, int(scored.best_at[row]), found, features, sim,
                                  self.embedder.thresholds)
                        if status != "missing" and sentences else None)
            reqs.append(RequirementMatch(req.text, req.kind, status, credit, sim, evidence,
                                         list(req.skills), found, req.years))
        weights = skill_weights(posting)
        signals = {k: float(v[i]) for k, v in scored.signals.items() if not np.isnan(v[i])}
        return Explanation(
            requirements=reqs,
            skills_matched=[{"name": s, "resume": features.skills[s],
                             "posting": [r.text for r in posting.requirements if s in r.skills][:3]}
                            for s in weights if s in features.skills],
            skills_missing=[s for s, w in weights.items() if w == 2.0 and s not in features.skills],
            skills_nice_missing=[s for s, w in weights.items()
                                 if w == 1.0 and s not in features.skills],
            years_asked=posting.years, years_found=features.resume.years,
            title=(TitleMatch(posting.title, features.titles[int(scored.title_at[i])],
                              float(scored.title_best[i])) if "title" in signals else None),
            signals=signals,
            contributions={k: float(scored.points[k][i]) for k in signals})

    def rank(self, resume: Resume, top_k: int | None = 10, filters: Filters | None = None,
             explain: bool = True) -> list[Match]:
        """Postings ranked for ``resume``, best first; ``top_k=None`` ranks them all."""
        if not self.postings:
            raise IndexProblem("the index is empty: add postings first (matcher index add PATH)")
        scored = self.score(ResumeFeatures.build(resume, self.embedder))
        keep = np.arange(len(self.postings))
        if filters:
            keep = np.array([i for i in keep if filters.accepts(self.facts[i])], dtype=np.int64)
        if top_k is not None and len(keep) > top_k:
            # Only postings that can reach the top k are sorted: those within rounding
            # distance of the k-th best score (the sort below rounds to 6 decimals).
            raw = scored.score[keep]
            kth = np.partition(raw, len(raw) - top_k)[len(raw) - top_k]
            keep = keep[raw >= kth - 1e-6]
        # Ties break on the posting id, so the same input always gives the same order.
        order = sorted(keep, key=lambda i: (-round(float(scored.score[i]), 6), self.facts[i].id))
        if top_k is not None:
            order = order[:top_k]
        return [Match(rank, self.postings[i], float(scored.score[i]),
                      self.explain(i, scored) if explain else None)
                for rank, i in enumerate(order, 1)]


def rank_resumes(posting: Posting, resumes: list[Resume], embedder,
                 explain: bool = True) -> list[tuple[Resume, Match]]:
    """Resumes ranked for one posting (the recruiter's direction), best first.

    BM25 here compares the posting with each resume, relative to the best
    resume, mirroring the job seeker's direction."""
    catalog = Catalog.of_posting(posting, embedder)
    lexical = normalise_lexical(BM25(["\n".join(r.sentences) for r in resumes])
                                .scores(matching_text(posting)))
    scored = []
    for i, resume in enumerate(resumes):
        result = catalog.score(ResumeFeatures.build(resume, embedder), lexical[i:i + 1])
        scored.append((float(result.score[0]), i, resume, result))
    scored.sort(key=lambda t: (-round(t[0], 6), t[1]))
    return [(resume, Match(rank, posting, score, catalog.explain(0, result) if explain else None))
            for rank, (score, _, resume, result) in enumerate(scored, 1)]
