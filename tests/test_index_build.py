"""Index building: the batched, de-duplicated add writes exactly what one posting at a time wrote."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import numpy as np

from matcher.embed.models import FakeEmbedder
from matcher.index import engines
from matcher.index.index import Index
from matcher.index.recipe import posting_texts, posting_vectors
from matcher.postings.feeds import load_postings

ROOT = Path(__file__).resolve().parent.parent


def _feed():
    postings = load_postings([str(ROOT / "seeds"), str(ROOT / "examples" / "feed.jsonl")])
    # Requirements repeated across postings, as on a real board: a posting reposted under
    # another id, and one that keeps another's first requirement and title.
    postings.append(replace(postings[0], id="reposted"))
    postings.append(replace(postings[1], id="variant", requirements=postings[1].requirements[:1]))
    assert len({t for p in postings for t in posting_texts(p)}) < sum(len(posting_texts(p)) for p in postings)
    return postings


def _rows(directory: Path) -> tuple[list, list]:
    with sqlite3.connect(directory / "matcher.db") as db:
        vectors = db.execute("SELECT id, posting_id, position, vector FROM vectors ORDER BY id").fetchall()
        postings = db.execute("SELECT id, hash, title, data FROM postings ORDER BY id").fetchall()
    with Index.open(directory, FakeEmbedder()) as index:
        faiss_ids = sorted(int(i) for i in index.vectors.ids())
    return vectors + [("faiss", faiss_ids)], postings


def test_batched_add_stores_what_one_posting_at_a_time_stores(tmp_path, monkeypatch):
    postings = _feed()
    with Index.open(tmp_path / "batched", FakeEmbedder(), create=True) as index:
        index.add(postings)
    monkeypatch.setattr(engines, "CHUNK", 1)  # no batch shares a text with another
    embedder = FakeEmbedder()
    embedder.cache_size = 0  # and nothing is served from the embedder's cache either
    with Index.open(tmp_path / "one-by-one", embedder, create=True) as index:
        index.add(postings)
    batched, one_by_one = _rows(tmp_path / "batched"), _rows(tmp_path / "one-by-one")
    assert batched[0] == one_by_one[0]  # vector rows: ids, positions, bytes; FAISS ids
    assert [r[:3] for r in batched[1]] == [r[:3] for r in one_by_one[1]]


def test_stored_vectors_are_each_postings_own(tmp_path):
    postings = _feed()
    embedder = FakeEmbedder()
    with Index.open(tmp_path, embedder, create=True) as index:
        index.add(postings)
    vectors, _ = _rows(tmp_path)
    stored = {(pid, pos): blob for _, pid, pos, blob in vectors[:-1]}
    fresh = FakeEmbedder()
    for posting in postings:
        expected = posting_vectors(posting, fresh.embed(posting_texts(posting), cache=False))
        assert len(expected) == sum(1 for pid, _ in stored if pid == posting.id)
        for position, vector in expected:
            assert stored[(posting.id, position)] == np.asarray(vector).astype(np.float16).tobytes()


def test_each_distinct_text_reaches_the_model_once(tmp_path):
    postings = _feed()
    embedder = FakeEmbedder()
    embedder.cache_size = 0
    sent: list[str] = []
    original = embedder.embed_batch
    embedder.embed_batch = lambda texts: (sent.extend(texts), original(texts))[1]
    with Index.open(tmp_path, embedder, create=True) as index:
        index.add(postings)
    assert sorted(sent) == sorted({t for p in postings for t in posting_texts(p)})
