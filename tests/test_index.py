"""The on-disk index: upserts, content hashes, removal, rebuild, model checks, repair."""

import json

import numpy as np
import pytest

from matcher.errors import IndexProblem, NotFound
from matcher.feeds import load_postings
from matcher.index import FAISS_NAME, MANIFEST_NAME, Index
from matcher.postings import parse_posting

from conftest import SEEDS


class CountingEmbedder:
    """Wraps the fake embedder and counts the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.thresholds = inner.thresholds
        self.calls = 0

    def embed(self, texts, progress=None):
        self.calls += len(texts)
        return self.inner.embed(texts, progress)


def test_add_counts_and_stats(seed_index):
    stats = seed_index.stats()
    assert stats["postings"] == 5
    req_total = sum(len(p.requirements) for p in seed_index.store.postings())
    assert stats["vectors"] == 5 + req_total  # one summary per posting + one per requirement
    manifest = json.loads((seed_index.directory / MANIFEST_NAME).read_text())
    assert manifest["model"] == "fake" and manifest["count"] == 5 and manifest["format"] == 1


def test_unchanged_postings_are_not_embedded_again(tmp_path, fake_embedder):
    counting = CountingEmbedder(fake_embedder)
    index = Index.open(tmp_path, counting, create=True)
    postings = load_postings([SEEDS])
    first = index.add(postings)
    calls = counting.calls
    second = index.add(load_postings([SEEDS]))
    assert (first.added, second.unchanged, second.added) == (5, 5, 0)
    assert counting.calls == calls


def test_upsert_replaces_changed_posting(seed_index):
    before = seed_index.stats()["postings"]
    changed = parse_posting("Requirements\n- 3+ years of Haskell\n- Experience with Nix",
                            id="003_9161710239a7ba33")
    result = seed_index.add([changed])
    assert result.updated == 1 and seed_index.stats()["postings"] == before
    assert "Haskell" in seed_index.get("003_9161710239a7ba33").requirements[0].text
    assert len(seed_index.vectors) == seed_index.store.vector_count()


def test_remove_and_unknown_id(seed_index):
    seed_index.remove(["000_08d9c04a1e8f909e"])
    assert seed_index.stats()["postings"] == 4
    assert len(seed_index.vectors) == seed_index.store.vector_count()
    with pytest.raises(NotFound):
        seed_index.remove(["nope"])
    with pytest.raises(NotFound):
        seed_index.get("nope")


def test_missing_index_is_a_clear_error(tmp_path, fake_embedder):
    with pytest.raises(IndexProblem, match="matcher index add"):
        Index.open(tmp_path / "none", fake_embedder)


def test_other_model_is_refused_with_the_fixing_command(seed_index):
    class Other:
        name, dim, thresholds = "other-model", 64, (0.2, 0.8)
    seed_index.close()
    with pytest.raises(IndexProblem, match="matcher index rebuild --reembed"):
        Index.open(seed_index.directory, Other())


def test_lost_or_stale_faiss_file_is_rebuilt_from_sqlite(seed_index, fake_embedder):
    directory = seed_index.directory
    count = len(seed_index.vectors)
    seed_index.close()
    (directory / FAISS_NAME).unlink()
    reopened = Index.open(directory, fake_embedder)
    assert len(reopened.vectors) == count
    # A FAISS file that lost vectors (a writer killed half-way) is repaired on open.
    reopened.vectors.remove(reopened.vectors.ids()[:3])
    reopened.vectors.save(directory / FAISS_NAME)
    reopened.close()
    again = Index.open(directory, fake_embedder)
    assert len(again.vectors) == count
    ids = np.sort(again.vectors.ids())
    assert np.array_equal(ids, np.sort([r[0] for r in again.store.layout()]))
    again.close()


def test_corrupt_faiss_file_is_rebuilt(seed_index, fake_embedder):
    directory, count = seed_index.directory, len(seed_index.vectors)
    seed_index.close()
    (directory / FAISS_NAME).write_bytes(b"garbage")
    reopened = Index.open(directory, fake_embedder)
    assert len(reopened.vectors) == count
    reopened.close()


def test_rebuild_keeps_vectors(seed_index):
    before = seed_index.vectors.matrix().copy()
    seed_index.rebuild()
    # float16 storage in SQLite: the rebuilt vectors agree to float16 precision.
    assert np.allclose(np.sort(before, axis=0), np.sort(seed_index.vectors.matrix(), axis=0), atol=2e-3)


def test_summary_vector_is_the_mean_of_title_and_requirements(seed_index, fake_embedder):
    from matcher.index import posting_texts, posting_vectors

    posting = seed_index.get("001_3d39a5101cca4ff5")
    texts = posting_texts(posting)
    assert texts[0] == posting.title and texts[1:] == [r.text for r in posting.requirements]
    rows = posting_vectors(posting, fake_embedder.embed(texts))
    mean = fake_embedder.embed(texts).mean(axis=0)
    assert np.allclose(rows[0], mean / np.linalg.norm(mean), atol=1e-6)
    assert np.allclose(rows[1:], fake_embedder.embed(texts[1:]))
    bare = parse_posting("# Barista\n\nWe roast coffee and serve it with a smile.", "bare")
    assert not bare.requirements and len(posting_texts(bare)) == 1  # the summary text itself


def test_a_large_add_writes_the_faiss_file_once(tmp_path, fake_embedder, monkeypatch):
    from matcher.vectors import VectorIndex

    import dataclasses

    saves = []
    original = VectorIndex.save

    def counted(self, path):
        saves.append(path)
        original(self, path)

    monkeypatch.setattr(VectorIndex, "save", counted)
    base = load_postings([SEEDS])[1]
    postings = [dataclasses.replace(base, id=f"p{i}", title=f"Engineer {i}") for i in range(300)]
    index = Index.open(tmp_path, fake_embedder, create=True)
    index.add(postings)  # two chunks of embedding and SQLite commits
    assert len(saves) == 1
    index.close()
    reopened = Index.open(tmp_path, fake_embedder)
    assert len(reopened.vectors) == reopened.store.vector_count()
    reopened.close()
