"""FAISS wrappers: inner product on unit vectors, keyed by the store's vector ids.

The FAISS file is a cache of the ``vectors`` table: it is written to a
temporary file and renamed into place, so a reader never sees half of one,
and it can always be rebuilt from SQLite.  A large catalog also has a
clustered copy of the same vectors (``ClusteredIndex``, the candidate stage's),
saved under a name that says which vectors it holds.
"""

from __future__ import annotations

import hashlib
import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import faiss
import numpy as np


class VectorIndex:
    """An exact inner-product index with explicit int64 ids."""

    def __init__(self, dim: int, index: faiss.Index | None = None):
        self.dim = dim
        self.index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dim))

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                    np.asarray(ids, dtype=np.int64))

    def remove(self, ids) -> None:
        ids = np.asarray(list(ids), dtype=np.int64)
        if len(ids):
            self.index.remove_ids(ids)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Scores and ids of the ``k`` nearest vectors for each query row."""
        k = max(1, min(k, len(self)))
        return self.index.search(np.ascontiguousarray(queries, dtype=np.float32), k)

    def ids(self) -> np.ndarray:
        return faiss.vector_to_array(self.index.id_map).astype(np.int64)

    def matrix(self) -> np.ndarray:
        """The stored vectors, one row per id in ``ids()`` order (a view, no copy)."""
        flat = faiss.downcast_index(self.index.index)
        n = len(self)
        if n == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        return faiss.rev_swig_ptr(flat.get_xb(), n * self.dim).reshape(n, self.dim)

    def save(self, path: Path) -> None:
        write_index(self.index, path)

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        index = faiss.read_index(str(path))
        return cls(index.d, index)


class ClusteredIndex:
    """FAISS IVF over summary vectors (inner product, exact vectors in the lists), keyed by
    their vector ids: a search reads the lists nearest the query, not every vector.

    Built from scratch for a set of vectors (the same vectors give the same clusters: the
    training sample and k-means are seeded), so a shortlist never depends on the order in
    which postings came.  ``name_for(ids)`` names the file of one set of vectors: a reader
    takes the file whose name its own ids give, and never a stale one."""

    def __init__(self, index: faiss.IndexIVFFlat):
        self.index = index
        self.nlist = int(index.nlist)
        # Lists probed: a quarter of them, at least 64 (at 20,000 postings a sixteenth missed
        # postings of the exact top 10 that were 12th and 142nd by vector; at 100,000 an eighth
        # missed one that was 38th, with the test model's word-hash vectors).
        self.nprobe = min(self.nlist, max(64, self.nlist // 4))

    def __len__(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(cls, ids: np.ndarray, vectors: np.ndarray) -> ClusteredIndex:
        n, dim = vectors.shape
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        nlist = max(1, min(int(4 * math.sqrt(n)), n // 39))  # FAISS wants >= 39 vectors a list
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
        index.cp.seed = 1234
        sample = np.random.default_rng(0).choice(n, min(n, 64 * nlist), replace=False)
        index.train(vectors[np.sort(sample)])
        index.add_with_ids(vectors, np.asarray(ids, dtype=np.int64))
        return cls(index)

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> np.ndarray:
        """The ids of the ``k`` vectors nearest ``query`` (among ``allowed`` ids, if given)."""
        params = faiss.SearchParametersIVF(nprobe=self.nprobe)
        if allowed is not None:
            params.sel = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
        _, found = self.index.search(np.ascontiguousarray(query[None], dtype=np.float32), k, params=params)
        return found[0][found[0] >= 0]

    @staticmethod
    def name_for(ids: np.ndarray) -> str:
        digest = hashlib.sha1(np.sort(np.asarray(ids, dtype=np.int64)).tobytes()).hexdigest()
        return f"{CLUSTERED_PREFIX}{digest[:16]}.faiss"

    def save(self, path: Path) -> None:
        write_index(self.index, path)

    @classmethod
    def load(cls, path: Path) -> ClusteredIndex:
        return cls(faiss.read_index(str(path)))


CLUSTERED_PREFIX = "candidates-"


def write_index(index: faiss.Index, path: Path) -> None:
    with replaced_atomically(path) as tmp:
        faiss.write_index(index, tmp)


@contextmanager
def replaced_atomically(path: Path) -> Iterator[str]:
    """A temporary file beside ``path`` for the block to write; then fsynced and renamed
    over ``path``, so a reader sees the old file or the new one, never half of one.  A
    failure removes the temporary file and leaves ``path`` as it was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield tmp
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
