"""Who parses and embeds postings for an index: this process, or a cluster.

The per-batch step, ``embed_postings`` (a batch of parsed postings -> the
(position, vector) rows stored for each), is the one function every engine
runs: ``LocalEngine`` here, in this process; the Ray engine
(``matcher.scale.indexing``) on its actors.  The index writes what an engine
returns, chunk by chunk in input order, under its lock, so the rows, the
vector blobs and the FAISS ids do not depend on the engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

from matcher.index.recipe import posting_texts, posting_vectors
from matcher.postings.parse import Posting

Rows = list[tuple[int, np.ndarray]]   # what is stored for one posting: (position, vector) pairs

# Postings embedded and committed together: one SQLite transaction each, and the texts the
# model sees at once (the more, the fuller its length groups).  The Ray engine sends chunks
# of the same size, so a model whose vectors depend in their last bits on what shares a
# batch (PyTorch's padded batches) still stores the same bytes on both engines.
CHUNK = 1024
SEEN_TEXTS = 200_000  # distinct texts' vectors one add keeps (about 300 MB at 384 dimensions)


def embed_postings(postings: list[Posting], embedder, seen: dict[str, np.ndarray] | None = None) -> list[Rows]:
    """The stored rows of each posting of one batch.  Each distinct text is embedded once:
    ``seen`` (text -> vector, kept by the caller across batches) serves the texts an earlier
    batch embedded, and the rest go to the model in one call, which sorts them by length."""
    seen = {} if seen is None else seen
    texts = [posting_texts(p) for p in postings]
    new = list(dict.fromkeys(t for group in texts for t in group if t not in seen))
    if new:
        for text, vector in zip(new, embedder.embed(new)):
            seen[text] = vector
    return [posting_vectors(posting, np.stack([seen[t] for t in group]))
            for posting, group in zip(postings, texts)]


class LocalEngine:
    """Parse (a large feed on one process per core: ``feeds.parse_entries``) and embed in this
    process, ``CHUNK`` postings at a time."""

    name = "local"

    @property
    def chunk_size(self) -> int:
        return CHUNK

    def parse(self, entries: list[tuple[str, str, dict, str]]) -> list[Posting]:
        from matcher.postings.feeds import cores, parsed_all
        return parsed_all(entries, cores())

    def embed(self, chunks: Iterable[list[Posting]], embedder) -> Iterator[list[Rows]]:
        seen: dict[str, np.ndarray] = {}
        for chunk in chunks:
            if len(seen) > SEEN_TEXTS:  # bounded memory; the embedder's own cache stays
                seen.clear()
            yield embed_postings(chunk, embedder, seen)
