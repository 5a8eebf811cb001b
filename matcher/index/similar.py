"""Similar postings: the nearest summary vectors in the FAISS file.

The FAISS file holds one summary vector per posting (``index``); a posting's
neighbours there are the postings most like it.  ``Index.similar`` answers from
its own FAISS copy; a server passes the copy it keeps per index generation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.errors import InputError, NotFound
from matcher.index.store import Store
from matcher.index.vectors import VectorIndex

__all__ = ["SIMILAR_K_DEFAULT", "Similar", "similar_postings"]

SIMILAR_K_DEFAULT = 10


@dataclass
class Similar:
    """One posting like another: its listing fields and the cosine of their summaries."""
    posting_id: str
    title: str | None
    company: str | None
    location: str | None
    similarity: float

    def to_dict(self) -> dict:
        return {"posting_id": self.posting_id, "title": self.title, "company": self.company,
                "location": self.location, "similarity": round(self.similarity, 3)}


def similar_postings(store: Store, vectors: VectorIndex, posting_id: str,
                     k: int = SIMILAR_K_DEFAULT) -> list[Similar]:
    """The ``k`` postings whose summary vectors are nearest ``posting_id``'s, most similar
    first, ties by posting id; never the posting itself.

    The query is the posting's summary as SQLite has it now, so an updated posting is
    looked up by its new vector; ``vectors`` may be a copy loaded a little earlier (a
    server keeps one per index generation): hits SQLite no longer has are left out.
    """
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise InputError(f"k must be a whole number of at least 1, not {k!r}")
    stored = store.resolve_id(posting_id)  # 'café' however it is typed
    query = None if stored is None else store.summary_of(stored)
    if query is None:
        raise NotFound(f"no posting with id {posting_id!r} in the index")
    # Ask FAISS for one more than k (the posting itself comes back too), and for more
    # while the last hit ties the k-th best: FAISS cuts ties arbitrarily, the order
    # promised here breaks them by posting id.
    want = int(k) + 1
    while True:
        scores, ids = vectors.search(query[None, :], want)
        hits = [(round(float(s), 6), int(v)) for s, v in zip(scores[0], ids[0]) if v >= 0]
        owners = store.summary_owners([v for _, v in hits])
        found = sorted(((score, owners[v]) for score, v in hits
                        if v in owners and owners[v]["posting_id"] != stored),
                       key=lambda t: (-t[0], t[1]["posting_id"]))
        complete = len(hits) < want or want >= len(vectors)
        if complete or (len(found) >= k and hits[-1][0] < found[k - 1][0]):
            break
        want = min(2 * want, len(vectors))
    return [Similar(similarity=score, **row) for score, row in found[:k]]
