"""The candidate stage of a large catalog: which postings to score exactly for a resume.

Scoring every posting costs a few microseconds each, which a catalog of
millions turns into seconds per resume.  Above ``MATCHER_CANDIDATE_STAGE_MIN``
postings a top-k match first takes ``MATCHER_CANDIDATES`` postings nearest the
resume's mean sentence vector among the postings' summary vectors (the dense
signal's own vectors), from a FAISS IVF index, united with as many of BM25's
top hits (the lexical signals'), and scores only those, exactly as ever: a
posting's score never changes, only whether it is looked at.  How much of the
exhaustive top 10 that keeps is measured by ``python -m tools.bench.candidates``
(docs/SCALING.md).

The IVF index is built from the catalog's summary vectors (which come from
SQLite, the truth) on the catalog's first shortlist: it is a cache, like the
FAISS file, and never needs a model.
"""

from __future__ import annotations

import math

import faiss
import numpy as np

from matcher import config


class CandidateStage:
    """FAISS IVF (inner product, exact vectors in the lists) over one catalog's summaries."""

    def __init__(self, summaries: np.ndarray, k: int):
        self.k = k
        self.n, dim = summaries.shape
        vectors = np.ascontiguousarray(summaries, dtype=np.float32)
        self.nlist = max(1, min(int(4 * math.sqrt(self.n)), self.n // 39))
        quantizer = faiss.IndexFlatIP(dim)
        self.index = faiss.IndexIVFFlat(quantizer, dim, self.nlist, faiss.METRIC_INNER_PRODUCT)
        self.index.cp.seed = 1234  # the same clusters for the same catalog: deterministic shortlists
        train = vectors[np.random.default_rng(0).choice(self.n, min(self.n, 64 * self.nlist), replace=False)]
        self.index.train(train)
        self.index.add(vectors)
        # Lists probed: an eighth of them, at least 64 (at 20,000 postings a sixteenth, 32,
        # missed postings of the exact top 10 that were 12th and 142nd by vector).
        self.nprobe = min(self.nlist, max(64, self.nlist // 8))

    @classmethod
    def for_catalog(cls, summaries: np.ndarray) -> CandidateStage | None:
        """The stage for a catalog of ``summaries``, or None when it is below the threshold."""
        if len(summaries) < config.get("candidate_stage_min"):
            return None
        return cls(summaries, config.get("candidates"))

    def pick(self, mean: np.ndarray, bm25: np.ndarray, keep: np.ndarray) -> np.ndarray:
        """Rows of ``keep`` to score: the ``k`` nearest by summary vector and the ``k``
        best by BM25, sorted."""
        k = min(self.k, len(keep))
        params = faiss.SearchParametersIVF(nprobe=self.nprobe)
        if len(keep) < self.n:
            params.sel = faiss.IDSelectorBatch(np.asarray(keep, dtype=np.int64))
        _, found = self.index.search(np.ascontiguousarray(mean[None], dtype=np.float32), k, params=params)
        dense = found[0][found[0] >= 0]
        lexical = keep[np.argpartition(-bm25[keep], k - 1)[:k]] if k < len(keep) else keep
        return np.union1d(dense, lexical).astype(np.int64)
