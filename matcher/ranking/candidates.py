"""The candidate stage of a large catalog: which postings to score exactly for a resume.

Above ``MATCHER_CANDIDATE_STAGE_MIN`` postings a top-k match first takes a
shortlist and scores only it, exactly as ever: a posting's score never changes,
only whether it is looked at.  The shortlist unites two halves of
``MATCHER_CANDIDATES`` postings each: the nearest to the resume's mean sentence
vector among the postings' summary vectors (the dense signal's own vectors),
from a FAISS IVF index that probes a share of its lists; and the best by the
other three signals fused as the score fuses them (BM25, TF-IDF and the related
years: sparse products and one product with the title vectors, over every
posting).  BM25's top hits alone were not enough: at 100,000 generated
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
from typing import TYPE_CHECKING

import numpy as np

from matcher import config
from matcher.index.vectors import ClusteredIndex
from matcher.ranking.signals import fuse

if TYPE_CHECKING:
    from matcher.ranking.catalog import Catalog
    from matcher.ranking.signals import ResumeFeatures

log = logging.getLogger(__name__)


class CandidateStage:
    """One catalog's shortlists: its IVF index, and the catalog row of each vector id."""

    def __init__(self, clustered: ClusteredIndex, ids: np.ndarray, k: int):
        self.clustered, self.ids, self.k = clustered, ids, k
        self._order = np.argsort(ids, kind="stable")
        self._sorted = ids[self._order]

    @classmethod
    def for_catalog(cls, catalog: Catalog) -> CandidateStage | None:
        """The stage of ``catalog``, or None when it is below the threshold."""
        n = len(catalog.summaries)
        if n < config.get("candidate_stage_min"):
            return None
        ids = catalog.summary_ids if catalog.summary_ids is not None else np.arange(n, dtype=np.int64)
        clustered = None
        if catalog.directory is not None:
            path = catalog.directory / ClusteredIndex.name_for(ids)
            try:
                clustered = ClusteredIndex.load(path) if path.exists() else None
            except (OSError, RuntimeError):  # damaged or removed meanwhile: trained below
                clustered = None
        if clustered is None or len(clustered) != n:
            log.info("training the candidate stage's IVF index over %d postings", n)
            clustered = ClusteredIndex.build(ids, catalog.summaries)
        return cls(clustered, ids, config.get("candidates"))

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The catalog rows of summary vector ids."""
        return self._order[np.searchsorted(self._sorted, ids)]

    def pick(self, catalog: Catalog, features: ResumeFeatures, keep: np.ndarray) -> np.ndarray:
        """Rows of ``keep`` to score: the ``k`` nearest by summary vector (the IVF index) and
        the ``k`` best by the other signals fused (BM25, TF-IDF, years: sparse products and
        the title vectors, computed for every posting of ``keep``), sorted."""
        k = min(self.k, len(keep))
        allowed = None if len(keep) == len(self.ids) else self.ids[keep]
        dense = self.rows(self.clustered.search(features.mean, k, allowed))
        # Over every posting, then those of keep: slicing the sparse matrices by rows would
        # copy them (hundreds of MiB at 100,000 postings) to save a product that costs less.
        others = fuse(catalog._signals(features, dense=False)[0])[0][keep]
        best = keep[np.argpartition(-others, k - 1)[:k]] if k < len(keep) else keep
        return np.union1d(dense, best).astype(np.int64)
