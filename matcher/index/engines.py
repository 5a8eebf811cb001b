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

CHUNK = 256  # postings embedded and committed together by the local engine


def embed_postings(postings: list[Posting], embedder) -> list[Rows]:
    """The stored rows of each posting of one batch: their texts embedded in one call
    (repeats once, sorted by length), then split back posting by posting."""
    texts = [posting_texts(p) for p in postings]
    flat = embedder.embed([t for group in texts for t in group])
    out, at = [], 0
    for posting, group in zip(postings, texts):
        out.append(posting_vectors(posting, flat[at:at + len(group)]))
        at += len(group)
    return out


class LocalEngine:
    """Parse and embed in this process, ``CHUNK`` postings at a time."""

    name = "local"
    chunk_size = CHUNK

    def parse(self, entries: list[tuple[str, str, dict, str]]) -> list[Posting]:
        from matcher.postings.feeds import parse_entry
        return [parse_entry(*entry) for entry in entries]

    def embed(self, chunks: Iterable[list[Posting]], embedder) -> Iterator[list[Rows]]:
        for chunk in chunks:
            yield embed_postings(chunk, embedder)
