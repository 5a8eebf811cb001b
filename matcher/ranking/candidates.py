"""The candidate stage of a large catalog: which postings to score exactly for a resume.

Above ``MATCHER_CANDIDATE_STAGE_MIN`` postings a top-k match first takes a
shortlist and scores only it, exactly as ever: a posting's score never changes,
only whether it is looked at.  The shortlist unites two halves of
``MATCHER_CANDIDATES`` postings each: the nearest to the resume's mean sentence
vector among the postings' summary vectors (the dense signal's own vectors),
from a FAISS IVF index that probes a quarter of its lists; and the best by the
score's other signals fused as the score fuses them (BM25, TF-IDF, the opening
cosine and the related years: two sparse products and one product each with the
opening and the title vectors, over every posting).  BM25's top hits alone were not enough: at 100,000 generated
postings a nurse's top 10 came from postings high on related years and middling
on everything else (docs/SCALING.md).  ``python -m tools.bench.candidates``
measures how much of the exhaustive top 10 the shortlist keeps.

The IVF index is trained and saved by the index's writer (``Index`` keeps
``candidates-<digest>.faiss`` beside the FAISS file while the catalog is at
least the threshold); a catalog takes the file its own summary vector ids name,
and trains one in memory when there is none (an index written before, or below
the threshold when it was written): the same vectors give the same clusters.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np

from matcher import config
from matcher.index.vectors import ClusteredIndex

log = logging.getLogger(__name__)


class CandidateStage:
    """One catalog's shortlists: its IVF index, and the catalog row of each vector id."""

    def __init__(self, clustered: ClusteredIndex, ids: np.ndarray, k: int):
        self.clustered, self.ids, self.k = clustered, ids, k
        self._order = np.argsort(ids, kind="stable")
        self._sorted = ids[self._order]

    @classmethod
    def for_catalog(cls, summaries: np.ndarray, ids: np.ndarray | None = None,
                    directory: Path | None = None) -> CandidateStage | None:
        """The stage of a catalog with these summary vectors (row by row) and their ids in
        the store, or None when it is below the threshold.  The IVF index is the one saved
        in ``directory`` for these ids, or one trained now."""
        n = len(summaries)
        if n < config.get("candidate_stage_min"):
            return None
        ids = ids if ids is not None else np.arange(n, dtype=np.int64)
        clustered = None
        if directory is not None:
            path = directory / ClusteredIndex.name_for(ids)
            try:
                clustered = ClusteredIndex.load(path) if path.exists() else None
            except (OSError, RuntimeError):  # damaged or removed meanwhile: trained below
                clustered = None
        if clustered is None or len(clustered) != n:
            log.info("training the candidate stage's IVF index over %d postings", n)
            clustered = ClusteredIndex.build(ids, summaries)
        return cls(clustered, ids, config.get("candidates"))

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The catalog rows of summary vector ids."""
        return self._order[np.searchsorted(self._sorted, ids)]

    def pick(self, mean: np.ndarray, others: np.ndarray, keep: np.ndarray,
             tie_break: Callable[[np.ndarray], np.ndarray] | None = None) -> np.ndarray:
        """Rows of ``keep`` to score: the ``k`` nearest ``mean`` by summary vector (the IVF
        index) and the ``k`` best by ``others`` (the other signals fused, one value for each
        row of ``keep``), sorted.  When more than ``k`` rows share the ``k``-th value (the
        z-scores are held within a limit, so in a large catalog thousands of postings can
        tie at the top), ``tie_break`` of those rows (their dense part) chooses among them."""
        k = min(self.k, len(keep))
        allowed = None if len(keep) == len(self.ids) else self.ids[keep]
        dense = self.rows(self.clustered.search(mean, k, allowed))
        if k >= len(keep):
            return np.union1d(dense, keep).astype(np.int64)
        chosen = np.argpartition(-others, k - 1)[:k]
        edge = others[chosen].min()
        tied = np.flatnonzero(others == edge)
        if tie_break is not None and len(tied) > np.count_nonzero(others[chosen] == edge):
            above = np.flatnonzero(others > edge)
            order = np.argsort(-tie_break(keep[tied]), kind="stable")
            chosen = np.concatenate([above, tied[order[:k - len(above)]]])
        return np.union1d(dense, keep[chosen]).astype(np.int64)
