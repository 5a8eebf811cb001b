"""Ranking resumes on a Ray cluster: actors that hold the catalog.

The driver loads the catalog from SQLite once and puts it in Ray's object
store: its matrices are shared, not copied, by the actors of a node (they are
read-only).  Each actor loads the model once; the driver sends each resume's
bytes (never a path: a worker may be on another machine, and nothing of a
resume is written to disk) with the date the driver reads "Present" as, and
takes the results back in input order: the output is that of a local run.
A worker that dies is restarted and its resume ranked again
(``max_restarts``/``max_task_retries``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from matcher.eligibility.verdict import Preferences
from matcher.errors import MatcherError
from matcher.postings.parse import Posting
from matcher.ranking.catalog import Catalog, Filters, resume_order
from matcher.ranking.notices import notices
from matcher.ranking.signals import Match, ResumeFeatures
from matcher.resumes.read import Resume, file_bytes, read_resume_bytes
from matcher.scale.cluster import import_ray
from matcher.scale.indexing import load_embedder


class RankActor:
    """Holds a catalog (shared through the object store), or one posting's, and the model."""

    def __init__(self, catalog: Catalog | Posting, model: str):
        embedder = load_embedder(model)
        if isinstance(catalog, Posting):
            catalog = Catalog.of_posting(catalog, embedder)
        self.catalog = catalog
        self.catalog.embedder = embedder

    def rank(self, resume: Resume, top_k: int | None, filters: Filters | None,
             preferences: Preferences | None = None) -> tuple:
        return (resume.name, self.catalog.rank(resume, top_k, filters, preferences=preferences),
                notices(resume, preferences))

    def score(self, resume: Resume) -> tuple:
        """One resume against the catalog's one posting (``rank-resumes``)."""
        features = ResumeFeatures.build(resume, self.catalog.embedder)
        result = self.catalog.score(features)
        return (float(result.score[0]), float(result.fused[0]), resume.name,
                self.catalog.explain(0, result), result.fits[0], notices(resume))

    def call(self, method: str, data: bytes, filename: str, max_bytes: int | None, today: dt.date,
             *args) -> tuple:
        """The resume read, then ``method``'s result: ("ok", result), or ("error", the line)
        for a resume that cannot be read (any other error is raised)."""
        try:
            resume = read_resume_bytes(data, filename, max_bytes=max_bytes, today=today)
        except MatcherError as exc:
            return "error", str(exc)
        return "ok", getattr(self, method)(resume, *args)


class RayRanker:
    """A pool of ``RankActor`` over one catalog (or one posting), for one command: use it in a
    ``with`` block, which ends the actors."""

    def __init__(self, catalog: Catalog | Posting, model: str, workers: int, count: int):
        ray = import_ray()
        if isinstance(catalog, Catalog):
            embedder, catalog.embedder = catalog.embedder, None  # each actor loads its own
            try:
                ref = ray.put(catalog)
            finally:
                catalog.embedder = embedder
        else:
            ref = ray.put(catalog)
        remote = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=-1)(RankActor)
        self.actors = [remote.remote(ref, model) for _ in range(max(1, min(workers, count)))]
        self.today = dt.date.today()

    def __enter__(self) -> RayRanker:
        return self

    def __exit__(self, *exc) -> None:
        """The actors go when the command is done (they hold their CPUs while they live)."""
        ray = import_ray()
        for actor in self.actors:
            ray.kill(actor, no_restart=True)
        self.actors = []

    def _map(self, method: str, paths: list[Path], max_bytes: int | None, *args) -> Iterator[tuple]:
        """("ok", result) or ("error", line) for each path, in order.  Files are read here (a
        worker may not see them), all before the first is ranked, as the local run does."""
        from ray.util import ActorPool

        ray = import_ray()
        jobs = []
        for path in paths:
            try:
                jobs.append((file_bytes(path, max_bytes), path.name))
            except MatcherError as exc:
                jobs.append((None, str(exc)))
        pool = ActorPool(self.actors)
        todo = [job for job in jobs if job[0] is not None]

        def submit(actor, job):
            return actor.call.remote(method, job[0], job[1], max_bytes, self.today, *args)

        try:
            results = pool.map(submit, todo)
            for data, what in jobs:
                yield ("error", what) if data is None else next(results)
        except ray.exceptions.RayError as exc:
            cause = getattr(exc, "cause", None)
            if isinstance(cause, MatcherError):  # the index's or the model's, told as at home
                raise cause from None
            raise MatcherError(f"the Ray workers failed: {str(exc).strip().splitlines()[-1][:200]}") from None

    def rank(self, paths: list[Path], max_bytes: int | None, top_k: int | None,
             filters: Filters | None, preferences: Preferences | None = None) -> Iterator[tuple]:
        """("ok", (resume name, matches, notices)) or ("error", line) for each path, in order."""
        yield from self._map("rank", paths, max_bytes, top_k, filters, preferences)

    def rank_resumes(self, posting: Posting, paths: list[Path],
                     max_bytes: int | None) -> list[tuple[str, Match, list]]:
        """``catalog.rank_resumes`` of ``posting`` (the actors' catalog), scored on the actors:
        (resume name, match, notices), best first; the first unreadable resume raises its error."""
        scored = []
        for i, (status, result) in enumerate(self._map("score", paths, max_bytes)):
            if status == "error":
                raise MatcherError(result)
            score, fused, name, explanation, fit, told = result
            scored.append((fit.status == "blocked", score, fused, i, name, explanation, fit, told))
        scored.sort(key=lambda t: resume_order(t[0], t[1], t[2], t[3]))
        return [(name, Match(rank, posting, score, explanation, fit), told)
                for rank, (_, score, _, _, name, explanation, fit, told) in enumerate(scored, 1)]
