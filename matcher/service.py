"""The long-lived state of a serving process: the model, the current catalog and
the FAISS index of summary vectors.

The model is loaded once per process.  The catalog (postings, vectors, BM25)
is loaded once and reloaded when the index's manifest changes, so a server
picks up postings added by ``matcher index add`` without a restart.  A
reload builds a new catalog beside the old one and swaps the reference, so
a request sees either the old index or the new one, never a mix.  The FAISS
index, which only the similar-postings lookup reads, is loaded on the first
such request and again when the manifest changes, never per request.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from filelock import Timeout

from matcher.eligibility.verdict import Preferences
from matcher.embed.models import get_embedder
from matcher.errors import IndexProblem
from matcher.index.index import MANIFEST_NAME, Index
from matcher.index.similar import SIMILAR_K_DEFAULT, Similar, similar_postings
from matcher.index.vectors import VectorIndex
from matcher.postings.parse import Posting
from matcher.ranking.catalog import Catalog, Filters
from matcher.ranking.signals import Match
from matcher.resumes.read import Resume


class Service:
    def __init__(self, index_dir: str | Path, model: str | None = None):
        self.index_dir = Path(index_dir)
        self.embedder = get_embedder(model)
        self._catalog: Catalog | None = None
        self._stamp: tuple | None = None
        self._lock = threading.Lock()
        self._faiss: tuple[tuple | None, VectorIndex] | None = None  # (manifest stamp, index)
        self._faiss_lock = threading.Lock()
        # Matches are computed by one thread per core, whatever the number of request
        # threads: more at once finish no sooner (the model and the matrix products use
        # every core already), and each thread that has computed a match keeps its
        # working set in its own malloc arena.  At 10,000 postings and 8 request threads
        # that grew the server by ~370 MiB under load, against ~190 MiB with 2 workers.
        self._workers = ThreadPoolExecutor(os.cpu_count() or 1, thread_name_prefix="match")

    def _manifest_stamp(self) -> tuple | None:
        try:
            st = (self.index_dir / MANIFEST_NAME).stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def open_index(self, create: bool = False, load_vectors: bool = True) -> Index:
        return Index.open(self.index_dir, self.embedder, create=create, load_vectors=load_vectors)

    def catalog(self) -> Catalog:
        """The current catalog, reloaded if the index changed on disk.

        A reload waits for a moment when no writer holds the index's lock: until
        then the catalog already loaded keeps answering, so that a request sees the
        index as it was before a write or as it is after it, never half of an add
        (an add commits in chunks).  With no catalog yet, the committed state is
        loaded at once (one consistent snapshot).
        """
        stamp = self._manifest_stamp()
        catalog = self._catalog
        if catalog is not None and stamp == self._stamp:
            return catalog
        with self._lock:
            stamp = self._manifest_stamp()
            if self._catalog is not None and stamp == self._stamp:
                return self._catalog
            if stamp is None and not (self.index_dir / "matcher.db").exists():
                raise IndexProblem("the index is empty: add postings first")
            # Without FAISS: the catalog reads its vectors from SQLite, and the FAISS file
            # would put a second copy of every vector in memory while it loads.
            with self.open_index(load_vectors=False) as index:
                try:
                    with index.lock(timeout=0):
                        stamp = self._manifest_stamp()
                        fresh = Catalog.from_index(index)
                except Timeout:
                    if self._catalog is not None:
                        return self._catalog  # a writer is at work: reload when it is done
                    fresh, stamp = Catalog.from_index(index), None
                except OSError:  # a read-only index directory: no writer can be at work
                    fresh = Catalog.from_index(index)
            self._catalog, self._stamp = fresh, stamp
            return fresh

    def match(self, resume: Resume, top_k: int | None = 10, filters: Filters | None = None,
              explain: bool = True, preferences: Preferences | None = None) -> list[Match]:
        return self._workers.submit(self.catalog().rank, resume, top_k, filters, explain,
                                    preferences).result()

    def summary_vectors(self) -> VectorIndex:
        """The FAISS index of summary vectors, loaded once per index generation (manifest).

        Loaded through ``Index.open``, so a FAISS file out of step with SQLite (a writer
        at work, or killed) is rebuilt from SQLite rather than trusted.  Between a write
        and the next load, ``similar_postings`` leaves out hits SQLite no longer has.
        """
        stamp = self._manifest_stamp()
        cached = self._faiss
        if cached is not None and cached[0] == stamp:
            return cached[1]
        with self._faiss_lock:
            stamp = self._manifest_stamp()
            if self._faiss is not None and self._faiss[0] == stamp:
                return self._faiss[1]
            with self.open_index() as index:
                vectors = index.vectors
            self._faiss = (stamp, vectors)
            return vectors

    def similar(self, posting_id: str, k: int = SIMILAR_K_DEFAULT) -> list[Similar]:
        vectors = self.summary_vectors()
        with self.open_index(load_vectors=False) as index:
            return similar_postings(index.store, vectors, posting_id, k)

    def add(self, postings: list[Posting]) -> dict:
        with self.open_index(create=True) as index:
            result = index.add(postings).to_dict()
            result["postings"] = index.store.count()
        return result

    def remove(self, posting_id: str) -> None:
        with self.open_index() as index:
            index.remove([posting_id])

    def get(self, posting_id: str) -> Posting:
        with self.open_index(load_vectors=False) as index:
            return index.get(posting_id)

    def page(self, offset: int, limit: int) -> tuple[list[dict], int]:
        with self.open_index(load_vectors=False) as index:
            return index.store.rows(offset, limit), index.store.count()
