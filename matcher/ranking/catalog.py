"""The postings of an index, loaded once for matching.

A ``Catalog`` holds every posting as arrays: the summary and title vectors,
all requirement vectors in one matrix (which posting owns each row), the
years each posting asks, and a lexical index of the postings' text.  Ranking
a resume is a few matrix products over every posting at once for five of the
score's six signals; the sixth, requirement coverage, is read from a posting's
checklist, so only the postings that can reach the top (``Catalog.settle``)
are parsed (the others stay compressed JSON) and get their checklist built.  It is built
once per process (and again when the index changes) and is read-only
afterwards, so any number of requests can share it.
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import NamedTuple

import numpy as np

from matcher import config
from matcher.eligibility.levels import US_STATE_BY_CODE
from matcher.eligibility.verdict import Check, Eligibility, Knockouts, Preferences, Seeker, eligibility
from matcher.errors import IndexProblem
from matcher.index.index import Index
from matcher.index.recipe import posting_texts, posting_vectors
from matcher.index.store import OPENING, SUMMARY, TITLE
from matcher.postings.fields import commission_pay
from matcher.postings.kinds import age_asked, asked_part
from matcher.postings.knockout_rules import ASKS_LEADING
from matcher.postings.parse import Posting
from matcher.postings.years import KINDS_BY_TITLE, asked_roles, first_part, trades_of
from matcher.ranking.assistants import professions_asked
from matcher.ranking.candidates import CandidateStage
from matcher.ranking.checklist import (
    add_on_skills,
    age_note,
    agreeing,
    cap_reason,
    combined_ways,
    coverage_of,
    floor_reason,
    in_english,
    obtainable,
    owned_lines,
    requirement_matches,
    residing,
    shown_by_site,
    skill_groups,
    to_confirm,
    with_steps,
)
from matcher.ranking.lexical import LexicalIndex
from matcher.ranking.qualities import SKILL_QUALITY
from matcher.ranking.signals import (
    COVERAGE,
    FUSED,
    NORMS,
    UNSTATED_YEARS,
    Explanation,
    Match,
    RequirementMatch,
    ResumeFeatures,
    TitleMatch,
    alike,
    bounded,
    calibrated,
    fuse,
    leading_years,
    related_years,
    standardised,
    verdict,
    years_doing,
)
from matcher.resumes.read import Resume
from matcher.skills.taxonomy import implied_skills, is_soft, without_stack
from matcher.text import job_kind

log = logging.getLogger(__name__)
CLEARANCE = "Security clearance"   # what every clearance level implies
RULED_OUT = "ruled out"   # the words of a posting a knock-out blocks, whatever its score


def lexical_text(posting: Posting) -> str:
    """The posting text the lexical signals read: its title and its whole text (leaving
    out its benefits, EEO and company sections measured no better on labelled data, and
    the signals' scales were measured on whole texts)."""
    return posting.title + "\n" + posting.text


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
        if self.location and not _located(self.location, p.location or ""):
            return False
        if self.company and self.company.lower() not in (p.company or "").lower():
            return False
        if self.min_salary is not None:
            # Postings that state no salary stay in: the filter can only judge stated ones.  One
            # that pays by commission alone states a guaranteed pay of 0 ("100% commission"): it goes.
            top = p.salary_max or p.salary_min
            if top is not None and top < self.min_salary:
                return False
        return True


def _located(wanted: str, location: str) -> bool:
    """Whether a posting's location contains the text asked, or a US state asked by its name
    holds it by its code, or the other way round ("Texas" finds "Austin, TX"; "TX" finds
    "Houston, Texas")."""
    if wanted.lower() in location.lower():
        return True
    code = _STATE_CODES.get(wanted.strip().lower())
    name = US_STATE_BY_CODE.get(wanted.strip().upper())
    return bool(code and re.search(rf"(?<![\w-]){code}(?![\w-])", location)
                or name and name.lower() in location.lower())


_STATE_CODES = {name.lower(): code for code, name in US_STATE_BY_CODE.items()}


@dataclass
class Scored:
    """One resume against every posting: the arrays the ranking and explanations read.

    Until a posting is read (``Catalog.read``) its coverage is unknown and counts as its
    usual value (NaN, a part of 0), as any signal a posting lacks: its fused value and
    score are those of the other five signals.  Reading it adds its coverage and the cap
    to both; every posting shown is read."""
    features: ResumeFeatures
    seeker: Seeker
    signals: dict[str, np.ndarray]   # per posting, NaN where a posting lacks the signal
    parts: dict[str, np.ndarray]     # per posting: each signal's part of the fused value
    fused: np.ndarray
    score: np.ndarray                # per posting, 0..100, capped once read
    related_years: np.ndarray        # per posting: the resume's years in roles like it
    checklists: dict[int, list[RequirementMatch]] = field(default_factory=dict)  # as the knock-outs read it
    fits: dict[int, Eligibility] = field(default_factory=dict)   # the postings read, with their knock-outs
    held: dict[int, str] = field(default_factory=dict)   # the postings read whose score is held at most 45: why
    raised: dict[int, str] = field(default_factory=dict)   # ... whose score is raised to 25 at least: why


class Catalog:
    """Postings with their vectors, ready to be ranked against."""

    def __init__(self, postings: Sequence[Posting], summaries: np.ndarray, titles: np.ndarray,
                 openings: np.ndarray, req_vectors: np.ndarray, embedder, generation: int = 0,
                 summary_ids: np.ndarray | None = None, directory: Path | None = None):
        """``summaries``, ``titles`` and ``openings``: one vector per posting (a zero title
        vector: the posting has no title; a zero opening: it was embedded before openings
        were); ``req_vectors``: one per requirement, posting by posting.
        ``postings`` is read once, one posting at a time.  ``summary_ids`` (the summary
        vectors' ids in the store) and ``directory`` (the index's) let a large catalog read
        its candidate stage's saved IVF index instead of training one."""
        self.embedder = embedder
        self.generation = generation
        self.postings = postings
        self.summary_ids, self.directory = summary_ids, directory
        self._stage: CandidateStage | None | bool = False  # not looked for yet
        self._role_vectors: dict[str, np.ndarray] = {}   # the roles years asks name (``asked_title``)
        self._ages: dict[int, list[Check]] = {}   # per posting read so far, its age asks' checks (``_with_age``)
        dim = embedder.dim
        self.summaries = np.ascontiguousarray(summaries, dtype=np.float32).reshape(-1, dim)
        self.titles = np.ascontiguousarray(titles, dtype=np.float32).reshape(-1, dim)
        self.has_title = self.titles.any(axis=1)
        self.openings = np.ascontiguousarray(openings, dtype=np.float32).reshape(-1, dim)
        self.has_opening = self.openings.any(axis=1)
        self.req_vectors = np.ascontiguousarray(req_vectors, dtype=np.float32).reshape(-1, dim)
        # What filters and the order of ties read, for every posting.
        self.facts: list[Facts] = []
        counts, years, knockouts = [], [], []
        professions: list[tuple[str, ...]] = []   # per posting: the professional its title names
        trades: list[tuple[bool, ...]] = []   # per posting: the kinds of work its title does (``trades_of``)
        titled = 0

        def lexical_texts() -> Iterator[str]:
            # One pass: each posting adds its facts, then hands its text to the lexical
            # index, which keeps only its weighted terms.
            nonlocal titled
            for p in postings:
                self.facts.append(Facts(p.id, p.company, p.location, p.remote,
                                        p.salary_min, p.salary_max))
                counts.append(len(p.requirements))
                titled += bool(p.title)
                years.append(p.years or np.nan)
                knockouts.append(p.knockouts)
                professions.append(professions_asked(p.title))
                trades.append(trades_of(p.title))
                yield lexical_text(p)

        self._lexical = LexicalIndex(lexical_texts())
        self.trades = np.array(trades, dtype=bool).reshape(len(trades), len(KINDS_BY_TITLE))
        self.title_names = np.array([p.title or "" for p in postings], dtype=object)   # what ``alike`` reads
        if len(self.req_vectors) != sum(counts) or not (
                len(self.summaries) == len(self.titles) == len(self.openings) == len(postings)):
            raise IndexProblem("the index's vectors do not match its postings: re-embed them "
                               "with `matcher index rebuild --reembed`")
        if titled > self.has_title.sum():
            # Embedded before titles had vectors of their own: matched without the years signal.
            log.warning("%d postings have no title vector: re-embed them with "
                        "`matcher index rebuild --reembed`", titled - self.has_title.sum())
        if not self.has_opening.all():
            # Embedded before openings had vectors: matched without the opening signal.
            log.warning("%d postings have no opening vector: re-embed them with "
                        "`matcher index rebuild --reembed`", len(postings) - self.has_opening.sum())
        self.start = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)])
        self.years = np.array(years, dtype=np.float64)
        self.knockouts = Knockouts(knockouts)
        self.professions = professions
        self.professional = np.flatnonzero([bool(p) for p in professions])   # the postings of a professional

    @classmethod
    def from_index(cls, index: Index) -> Catalog:
        """Load every posting of ``index`` with its vectors, as of one SQLite snapshot.

        The vectors come from SQLite, not FAISS: the FAISS file is a cache of the same
        float16 vectors, and the catalog needs them in posting order, which SQLite gives.
        ``index`` may be opened with ``load_vectors=False``.
        """
        with index.store.snapshot():
            if outdated := index.store.outdated():
                log.warning("%d postings were added before their knock-outs were stored: they are read "
                            "from the text at every load (~5 ms a posting); `matcher index rebuild` "
                            "stores them once", outdated)
            postings = StoredPostings(index.store.postings_json())
            summaries, titles, openings, requirements, ids = index.store.vectors_by_posting(index.embedder.dim)
        return cls(postings, summaries, titles, openings, requirements, index.embedder,
                   index.manifest().get("generation", 0), ids, index.directory)

    @classmethod
    def of_posting(cls, posting: Posting, embedder) -> Catalog:
        """A catalog of one posting, embedded now (for ranking resumes against it)."""
        vectors = dict(posting_vectors(posting, embedder.embed(posting_texts(posting))))
        title = vectors.pop(TITLE, np.zeros(embedder.dim, dtype=np.float32))
        summary, opening = vectors.pop(SUMMARY), vectors.pop(OPENING)
        requirements = [vectors[j] for j in range(len(posting.requirements))]
        return cls([posting], summary[None], title[None], opening[None],
                   np.array(requirements, dtype=np.float32).reshape(-1, embedder.dim), embedder)

    def __len__(self) -> int:
        return len(self.postings)

    # -- scoring --------------------------------------------------------------
    def score(self, features: ResumeFeatures, seeker: Seeker | None = None, read: bool = True) -> Scored:
        """Every posting's signals and score for one resume; ``read=False`` leaves reading
        the postings (their coverage, knock-outs and cap) to the caller (``settle``)."""
        signals, related = self._signals(features)
        scored = self._scored(features, seeker, signals, related)
        if read:
            for i in range(len(self.postings)):
                self.read(i, scored)
        return scored

    def _scored(self, features: ResumeFeatures, seeker: Seeker | None, signals: dict[str, np.ndarray],
                related: np.ndarray) -> Scored:
        """The arrays of ``signals`` fused, each posting's coverage not read yet."""
        fused, parts = fuse(signals)
        n = len(fused)
        signals[COVERAGE], parts[COVERAGE] = np.full(n, np.nan), np.zeros(n)
        return Scored(features, seeker or self.seeker(features, None), signals, parts, fused,
                      calibrated(fused), related)

    def read(self, i: int, scored: Scored) -> None:
        """Posting ``i``'s checklist as its knock-outs read it, its coverage added to its
        fused value and score, and the cap: a posting missing most of its must-haves never
        reads as a strong match.  Once per request."""
        if i in scored.fits:
            return
        features = scored.features
        rows = self.req_vectors[self.start[i]:self.start[i + 1]]
        similarities = (rows @ features.vectors.T if len(features.vectors)
                        else np.zeros((len(rows), 0), np.float32))
        reqs = to_confirm(requirement_matches(self.postings[i].requirements, similarities, features,
                                              self.embedder.thresholds,
                                              partial(self.asked_title, i) if self.has_title[i] else None,
                                              self.postings[i].title))
        fit = self.eligibility(i, scored.seeker, scored)
        reqs = obtainable(agreeing(reqs, fit.checks, features.resume.sentences, features.resume.credentials.licences))
        reqs = residing(reqs, features.resume.sentences, fit.checks, features.resume.home)
        reqs = in_english(shown_by_site(reqs, features.resume.site), features)
        # a years row an equivalent combination of education and experience may stand in for: as its knock-out
        reqs = combined_ways(reqs, self.postings[i].knockouts, features.resume.credentials.degrees,
                             features.resume.sentences)
        scored.checklists[i], scored.fits[i] = reqs, fit
        coverage = coverage_of(reqs)
        if coverage is not None:
            part = float(standardised(coverage, *NORMS[COVERAGE])) / len(FUSED)
            scored.signals[COVERAGE][i], scored.parts[COVERAGE][i] = coverage, part
            scored.fused[i] += part
        held = cap_reason(reqs, fit.checks, self.postings[i].title, features.skills)
        raised = "" if held or fit.status == "blocked" else floor_reason(reqs)
        if held:
            scored.held[i] = held
        if raised:
            scored.raised[i] = raised
        scored.score[i] = bounded(float(calibrated(scored.fused[i:i + 1])[0]), held, raised)

    def settle(self, scored: Scored, among: np.ndarray, top: int | None) -> list[int]:
        """The ``top`` postings of ``among`` by score (all of them for None), best first, each
        read.  The ``MATCHER_COVERAGE_POOL`` best by the other five signals are read first;
        then, while the top holds postings not read (scored without their coverage), those
        are read, until it holds none: a posting's score never depends on which others are
        read, only whether it is looked at."""
        if top is None or len(among) <= top:
            for i in among:
                self.read(int(i), scored)
            return self._best(among, scored, top)
        pool = max(top, config.get("coverage_pool"))
        first = among if len(among) <= pool else among[np.argpartition(-scored.fused[among], pool - 1)[:pool]]
        for i in first:
            self.read(int(i), scored)
        while True:
            order = self._best(among, scored, top)
            unread = [i for i in order if i not in scored.fits]
            if not unread:
                return order
            for i in unread:
                self.read(i, scored)

    def _signals(self, features: ResumeFeatures, rows: np.ndarray | None = None, every: bool = True,
                 ) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """Each signal of the postings ``rows`` (default all), and their related years;
        ``every=False`` gives every signal but dense (the candidate stage's other half)."""
        pick = slice(None) if rows is None else rows
        # the model's likeness of titles alone: as a signal it ranks better than read with the words, which the
        # explanation's claims of years are (``alike``, docs/EVALUATION.md)
        related, closest = related_years(self.titles[pick], features, self.trades[pick])
        related = self._without_assistants(related, rows, features)
        asked = np.where(self.has_title[pick], np.nan_to_num(self.years[pick], nan=UNSTATED_YEARS), np.nan)
        years = np.minimum(1.0, related / asked) * closest
        # A posting embedded before openings were (a zero vector), or a resume with no text,
        # lacks the opening signal.
        opening = np.where(self.has_opening[pick] & bool(features.opening.any()),
                           (self.openings[pick] @ features.opening).astype(np.float64), np.nan)
        bm25, tfidf = self._lexical.scores(features.text, rows)
        if not every:
            return {"bm25": bm25, "tfidf": tfidf, "opening": opening, "years": years}, related
        dense = ((self.summaries[pick] @ features.mean).astype(np.float64) if len(features.vectors)
                 else np.full(len(related), np.nan))
        return {"bm25": bm25, "tfidf": tfidf, "dense": dense, "opening": opening,
                "years": years}, related

    def _without_assistants(self, related: np.ndarray, rows: np.ndarray | None, features: ResumeFeatures,
                            words: bool = False) -> np.ndarray:
        """``related`` (the years of roles like each posting of ``rows``) without those of a
        profession's assistant where the posting's title names the professional: an "Occupational
        Therapy Assistant" has no years of an "Occupational Therapist (OTR/L)" (``assistants``);
        with ``words``, roles like it by the words too (``alike``)."""
        if not len(features.role_titles) or not len(self.professional):
            return related
        related = related.copy()
        at = (np.arange(len(self.postings)) if rows is None else np.asarray(rows)).tolist()
        for k in np.flatnonzero(np.isin(at, self.professional)).tolist():
            i = at[k]
            assisting = features.assistant_roles(self.professions[i])
            if assisting.any():
                like = alike(np.atleast_2d(features.role_vectors @ self.titles[i]),
                             (self.postings[i].title,) if words else (), features)[0]
                related[k] = features.years_of(like & ~assisting)
        return related

    def seeker(self, features: ResumeFeatures, preferences: Preferences | None) -> Seeker:
        resume = features.resume
        return Seeker(resume.credentials, resume.text, resume.years, bool(resume.roles),
                      preferences or Preferences(), resume.home)

    def eligibility(self, i: int, seeker: Seeker, scored: Scored | None = None) -> Eligibility:
        """Posting ``i``'s knock-outs checked against the seeker; with ``scored``, years asked
        are met only when the years in roles like the posting's are not far short either."""
        if scored is None or not self.has_title[i]:
            return self._with_age(i, self._with_pay(i, seeker, eligibility(self.knockouts.per_posting[i], seeker)))
        return self._with_age(i, self._with_pay(i, seeker, eligibility(
            self.knockouts.per_posting[i], seeker, float(scored.related_years[i]),
            leading_years(self.titles[i], scored.features, self.postings[i].title),
            lambda sentence: years_doing(self.asked_title(i, sentence), scored.features, sentence,
                                         self.postings[i].title))))

    def _with_age(self, i: int, fit: Eligibility) -> Eligibility:
        """``fit`` with each age posting ``i`` asks to check ("Must be 18 years of age or older"): a
        resume's age is never read (a personal detail, redacted), so no resume is "eligible" without
        a word of it; its checklist row is to confirm too (``age_note``)."""
        if i not in self._ages:
            self._ages[i] = [Check("age", "unknown", r.text, age_note(age)) for r in self.postings[i].requirements
                             if (age := age_asked(r.text)) is not None]
        if not self._ages[i]:
            return fit
        return Eligibility("blocked" if fit.status == "blocked" else "unknown", [*fit.checks, *self._ages[i]])

    def _with_pay(self, i: int, seeker: Seeker, fit: Eligibility) -> Eligibility:
        """``fit`` with the pay of posting ``i`` to check where the seeker gave a minimum salary
        and the posting pays by commission with no figure ("Compensation: commission-based",
        "base plus uncapped commission"): the filter, which judges stated salaries alone, kept it."""
        least, facts = seeker.preferences.min_salary, self.facts[i]
        said = commission_pay(self.postings[i].text) if least and facts.salary_max is None \
            and facts.salary_min is None else ""
        if not said:
            return fit
        check = Check("salary", "unknown", said, "the posting pays by commission and states no base pay: to check "
                      f"against your minimum salary of {least:,.0f}")
        return Eligibility("blocked" if fit.status == "blocked" else "unknown", [*fit.checks, check])

    def asked_title(self, i: int, sentence: str) -> np.ndarray:
        """The title vectors a years ask of posting ``i`` compares the resume's roles with: the
        roles it names ("2-4 years in an HVAC technician role", ``asked_roles``), embedded as
        titles are, or else the posting's title."""
        roles = asked_roles(sentence)
        if not roles:
            return self.titles[i]
        new = [role for role in roles if role not in self._role_vectors]
        if new:
            self._role_vectors.update(zip(new, self.embedder.embed([job_kind(without_stack(r)) for r in new])))
        return np.stack([self._role_vectors[role] for role in roles])

    def years_found(self, i: int, scored: Scored) -> float:
        """The years the explanation shows next to those posting ``i`` asks: the years its
        must-have asking them counts (``years_doing``, as its knock-out and its checklist row
        count them: "3+ years building production web applications with React" finds none in
        a backend engineer's roles, however like the title theirs are), leading others where it
        asks that, never more than the resume's years of work; with no figure asked, those of
        the roles whose title is like the posting's by the words too (``alike``; the ``years``
        signal reads the model's likeness alone)."""
        posting, features = self.postings[i], scored.features
        ask = next((r.text for r in posting.requirements if r.kind == "must" and r.years == posting.years), None)
        if posting.years is None or ask is None:
            related, _ = related_years(self.titles[i:i + 1], features, self.trades[i:i + 1], self.title_names[i:i + 1])
            return float(self._without_assistants(related, np.array([i]), features, words=True)[0])
        years, leading, _, _ = years_doing(self.asked_title(i, ask), features, ask, posting.title)
        if ASKS_LEADING.search(first_part(asked_part(ask, "must"))):
            years = leading
        total = features.resume.years
        return min(years, total) if total is not None else years

    def explain(self, i: int, scored: Scored) -> Explanation:
        """The explanation of posting ``i`` (read: ``read``), from the arrays that made its
        score: its checklist agrees with the knock-outs checked there (``agreeing``)."""
        self.read(i, scored)
        posting, features, fit = self.postings[i], scored.features, scored.fits[i]
        reqs = scored.checklists[i]
        stored = float(scored.signals[COVERAGE][i])   # as ``read`` found it; NaN: nothing to weigh
        coverage = None if np.isnan(stored) else stored
        found = features.skills
        missing, nice_missing, matched = [], [], []
        for req, match in zip(posting.requirements, reqs):
            # what a must-have's softened add-on names ("CCRN preferred", "athenahealth or
            # eClinicalWorks preferred": a choice) is nice to have, whatever the row's status
            add_on = set(add_on_skills(req))
            if match.status == "covered":
                # shown by its degree or by years in roles like the job, if not by name
                for group in skill_groups(req):
                    if set(group) <= add_on and not any(s in found or features.lines_naming(s) for s in group) \
                            and (name := " or ".join(group)) not in nice_missing:
                        nice_missing.append(name)
                continue
            # a step toward a credential shows progress toward it ("progress toward CFA": a CFA level)
            for group, shown_by in zip(skill_groups(req), with_steps(req.text, skill_groups(req))):
                # (a skill that is a quality at work too is shown by a line doing it: "served 30 guests a day")
                if any(s in found or features.lines_naming(s) or (s in SKILL_QUALITY and owned_lines(s, features))
                       for s in shown_by) or all(map(_clearance, group)):
                    continue  # a clearance is no skill to learn: the knock-outs say what it asks
                names = missing if req.kind == "must" and not set(group) <= add_on else nice_missing
                name = " or ".join(group)
                if name not in missing and name not in names:
                    names.append(name)
        asked = [s for r in posting.requirements for s in r.skills] + list(posting.skills)
        for s in dict.fromkeys(asked):
            # a credential every line naming it says is not held ("Series 7 and Series 66 not yet taken") is none
            if s in found and not is_soft(s) and not (features.lines_naming(s) and not owned_lines(s, features)):
                matched.append({"name": s, "resume": found[s],
                                "posting": [r.text for r in posting.requirements if s in r.skills][:3]})
        nice_missing = [s for s in nice_missing if s not in missing]
        title = None
        if self.has_title[i] and len(features.title_vectors):
            sims = features.title_vectors @ self.titles[i]
            best = int(sims.argmax())
            title = TitleMatch(posting.title, features.titles[best], float(sims[best]))
        signals = {k: float(v[i]) for k, v in scored.signals.items() if not np.isnan(v[i])}
        years_found = self.years_found(i, scored) if self.has_title[i] else None
        return Explanation(
            requirements=reqs, coverage=coverage, skills_matched=matched, skills_missing=missing,
            skills_nice_missing=nice_missing, years_asked=posting.years, years_found=years_found,
            title=title, signals=signals,
            contributions={k: float(scored.parts[k][i]) for k in signals},
            fused=float(scored.fused[i]),
            verdict=RULED_OUT if fit.status == "blocked" else verdict(float(scored.score[i])),
            held=scored.held.get(i, ""), raised=scored.raised.get(i, ""))

    def rank(self, resume: Resume, top_k: int | None = 10, filters: Filters | None = None,
             explain: bool = True, preferences: Preferences | None = None) -> list[Match]:
        """Postings ranked for ``resume``, best first; ``top_k=None`` ranks them all.
        Postings a knock-out blocks come after every other, marked."""
        if not self.postings:
            raise IndexProblem("the index is empty: add postings first (matcher index add PATH)")
        keep = np.arange(len(self.postings))
        if filters:
            keep = np.array([i for i in keep if filters.accepts(self.facts[i])], dtype=np.int64)
        features = ResumeFeatures.build(resume, self.embedder)
        if filters and filters.min_salary is not None:   # what a minimum salary cannot judge is to check
            preferences = replace(preferences or Preferences(), min_salary=filters.min_salary)
        seeker = self.seeker(features, preferences)
        shortlist = self.shortlist(features, keep, top_k)  # the candidate stage of a large catalog
        if shortlist is None:
            scored = self.score(features, seeker, read=False)
        else:
            keep, scored = shortlist, self.score_rows(features, shortlist, seeker)
        blocked = self.knockouts.blocked(seeker)
        order = []
        for group in (keep[~blocked[keep]], keep[blocked[keep]]):
            room = None if top_k is None else top_k - len(order)
            if room is not None and room <= 0:
                break
            order += self.settle(scored, group, room)
        return [Match(rank, self.postings[i], float(scored.score[i]),
                      self.explain(i, scored) if explain else None, scored.fits[i])
                for rank, i in enumerate(order, 1)]

    def _best(self, among: np.ndarray, scored: Scored, top: int | None) -> list[int]:
        """The ``top`` postings of ``among`` by score, best first."""
        if top is not None and len(among) > top:
            # Only postings that can reach the top are sorted: those within rounding
            # distance of the top-th best score (the sort below rounds to 6 decimals).
            raw = scored.score[among]
            kth = np.partition(raw, len(raw) - top)[len(raw) - top]
            among = among[raw >= kth - 1e-6]
        # Ties break on the fused value, then the posting id: the same input always gives
        # the same order.
        order = sorted(among, key=lambda i: (-round(float(scored.score[i]), 6),
                                             -round(float(scored.fused[i]), 9), self.facts[i].id))
        return [int(i) for i in order[:top]]

    # -- the candidate stage (large catalogs) ------------------------------------------------
    def shortlist(self, features: ResumeFeatures, keep: np.ndarray, top_k: int | None) -> np.ndarray | None:
        """The postings of ``keep`` to score exactly, or None for all of them: a catalog of at
        least ``MATCHER_CANDIDATE_STAGE_MIN`` postings asked for its top k takes a shortlist
        from the candidate stage (``matcher.ranking.candidates``)."""
        if top_k is None or not len(features.vectors):
            return None
        if self._stage is False:  # looked for on first use, once per catalog
            self._stage = CandidateStage.for_catalog(self.summaries, self.summary_ids, self.directory)
        if self._stage is None or len(keep) <= self._stage.k:
            return None
        # The other fused signals over every posting, then those of keep: slicing the sparse
        # matrix by rows would copy it (hundreds of MiB at 100,000 postings) to save less.
        others = fuse(self._signals(features, every=False)[0])[0][keep]
        return self._stage.pick(features.mean, others, keep, tie_break=lambda rows: fuse(
            {"dense": (self.summaries[rows] @ features.mean).astype(np.float64)})[0])

    def score_rows(self, features: ResumeFeatures, rows: np.ndarray, seeker: Seeker) -> Scored:
        """``score`` computed for the postings ``rows`` only (the others' entries are NaN),
        none read (``settle``): each posting's signals and score depend on it and the
        resume alone, so a posting scores here what it scores in ``score`` (up to float32
        rounding of its dense cosine, one unit in the last place: BLAS sums a subset's rows
        in another order)."""
        n = len(self.postings)
        part, related_rows = self._signals(features, rows)

        def spread(values: np.ndarray) -> np.ndarray:
            out = np.full(n, np.nan)
            out[rows] = values
            return out

        related = np.zeros(n)
        related[rows] = related_rows
        return self._scored(features, seeker, {k: spread(v) for k, v in part.items()}, related)


def _clearance(name: str) -> bool:
    return name == CLEARANCE or CLEARANCE in implied_skills([name])


def rank_resumes(posting: Posting, resumes: list[Resume], embedder,
                 explain: bool = True) -> list[tuple[Resume, Match]]:
    """Resumes ranked for one posting (the recruiter's direction), best first: those a
    knock-out blocks after the others.  Each pair gets the score it gets in the job
    seeker's direction: no signal depends on the other resumes or postings."""
    catalog = Catalog.of_posting(posting, embedder)
    scored = []
    for i, resume in enumerate(resumes):
        result = catalog.score(ResumeFeatures.build(resume, embedder))
        fit = result.fits[0]
        scored.append((fit.status == "blocked", float(result.score[0]), float(result.fused[0]), i, resume,
                       result, fit))
    scored.sort(key=lambda t: resume_order(t[0], t[1], t[2], t[3]))
    return [(resume, Match(rank, posting, score, catalog.explain(0, result) if explain else None, fit))
            for rank, (_, score, _, _, resume, result, fit) in enumerate(scored, 1)]


def resume_order(blocked: bool, score: float, fused: float, position: int) -> tuple:
    """The sort key of ``rank_resumes``: blocked after the others, then score, fused value and
    input position (shared with the distributed ranking, ``matcher.scale.ranking``)."""
    return (blocked, -round(score, 6), -round(fused, 9), position)
