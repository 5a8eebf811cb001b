"""The on-disk index: upserts, content hashes, removal, rebuild, model checks, repair,
and the similar-postings lookup over the FAISS file of summary vectors."""

import json

import numpy as np
import pytest

from matcher.errors import IndexProblem, InputError, NotFound
from matcher.index.index import FAISS_NAME, FORMAT_VERSION, MANIFEST_NAME, Index
from matcher.index.similar import similar_postings
from matcher.index.store import SUMMARY
from matcher.index.vectors import VectorIndex
from matcher.postings.feeds import load_postings, postings_from_records
from matcher.postings.parse import parse_posting

from .helpers import SEEDS


class CountingEmbedder:
    """Wraps the fake embedder and counts the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.thresholds = inner.thresholds
        self.calls = 0

    def embed(self, texts, progress=None):
        self.calls += len(texts)
        return self.inner.embed(texts, progress)


def assert_faiss_holds_the_summaries(index) -> None:
    """The FAISS copy holds exactly SQLite's summary vectors: one per posting, by id."""
    assert len(index.vectors) == index.store.count()
    assert np.array_equal(np.sort(index.vectors.ids()), index.store.summary_ids())


def test_add_counts_and_stats(seed_index):
    stats = seed_index.stats()
    assert stats["postings"] == 5
    postings = list(seed_index.store.postings())
    req_total = sum(len(p.requirements) for p in postings)
    titled = sum(bool(p.title) for p in postings)
    # SQLite: one summary and one opening per posting, one per title, one per requirement;
    # FAISS: the summaries.
    assert stats["vectors"] == 2 * 5 + titled + req_total and stats["faiss_vectors"] == 5
    assert_faiss_holds_the_summaries(seed_index)
    manifest = json.loads((seed_index.directory / MANIFEST_NAME).read_text())
    assert manifest["model"] == "fake" and manifest["count"] == 5
    assert manifest["format"] == FORMAT_VERSION and manifest["vectors"] == 5


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
    assert_faiss_holds_the_summaries(seed_index)


def test_remove_and_unknown_id(seed_index):
    seed_index.remove(["000_08d9c04a1e8f909e"])
    assert seed_index.stats()["postings"] == 4
    assert_faiss_holds_the_summaries(seed_index)
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
    assert len(again.vectors) == count == 5
    ids = np.sort(again.vectors.ids())
    assert np.array_equal(ids, np.sort([v for v, _, pos in again.store.layout() if pos == SUMMARY]))
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


def test_rebuild_stores_the_knock_outs_of_postings_added_before_they_were_read(seed_index, caplog):
    from click.testing import CliRunner

    from matcher.cli import cli
    from matcher.ranking.catalog import Catalog

    expected = {p.id: p.knockouts for p in seed_index.store.postings()}
    with seed_index.store.db.atomic():  # as an older matcher stored them: no "knockouts" key
        for pid, data in seed_index.store.db.execute("SELECT id, data FROM postings").fetchall():
            old = {k: v for k, v in json.loads(data).items() if k != "knockouts"}
            seed_index.store.db.execute("UPDATE postings SET data = ? WHERE id = ?", [json.dumps(old), pid])
    assert seed_index.store.outdated() == len(expected)
    assert {p.id: p.knockouts for p in seed_index.store.postings()} == expected  # read from the text
    with caplog.at_level("WARNING"):
        Catalog.from_index(seed_index)
    assert f"{len(expected)} postings were added before their knock-outs were stored" in caplog.text
    hashes = seed_index.store.hashes(expected)
    result = CliRunner().invoke(cli, ["--index-dir", str(seed_index.directory), "index", "rebuild"])
    assert result.exit_code == 0 and f"stored the knock-outs of {len(expected)} postings" in result.output
    assert seed_index.store.outdated() == 0 and seed_index.store.hashes(expected) == hashes
    assert all("knockouts" in json.loads(d) for d in seed_index.store.postings_json())
    assert {p.id: p.knockouts for p in seed_index.store.postings()} == expected
    assert seed_index.rebuild() == 0


def test_summary_vector_is_the_mean_of_title_and_requirements(seed_index, fake_embedder):
    from matcher.index.recipe import opening_text, posting_texts, posting_vectors
    from matcher.index.store import OPENING, SUMMARY, TITLE
    from matcher.skills.taxonomy import without_stack
    from matcher.text import OPENING_WORDS, job_kind, opening

    posting = seed_index.get("001_3d39a5101cca4ff5")
    texts = posting_texts(posting)
    assert texts[0] == job_kind(without_stack(posting.title)) and texts[1:-1] == [r.text for r in posting.requirements]
    assert texts[-1] == opening_text(posting) == opening(posting.text)   # the text opens with the title
    assert len(opening(posting.text).split()) == OPENING_WORDS < len(posting.text.split())
    rows = posting_vectors(posting, fake_embedder.embed(texts))
    mean = fake_embedder.embed(texts[:-1]).mean(axis=0)
    assert [pos for pos, _ in rows] == [SUMMARY, TITLE, OPENING] + list(range(len(posting.requirements)))
    assert np.allclose(rows[0][1], mean / np.linalg.norm(mean), atol=1e-6)
    assert np.allclose(rows[1][1], fake_embedder.embed([job_kind(without_stack(posting.title))])[0])
    assert np.allclose(rows[2][1], fake_embedder.embed([opening(posting.text)])[0])
    assert np.allclose([v for _, v in rows[3:]], fake_embedder.embed(texts[1:-1]))
    # Without requirements: the summary text itself, then the title, then the opening.
    bare = parse_posting("# Barista\n\nWe roast coffee and serve it with a smile.", "bare")
    assert not bare.requirements and posting_texts(bare)[1:-1] == ["Barista"]
    assert [pos for pos, _ in posting_vectors(bare, fake_embedder.embed(posting_texts(bare)))] \
        == [SUMMARY, TITLE, OPENING]
    # A feed's record gives the title apart from its description: the opening reads it first.
    record = parse_posting("We roast coffee and serve it with a smile.", "rec", {"title": "Barista"})
    assert opening_text(record) == "Barista\nWe roast coffee and serve it with a smile."


def test_a_large_add_writes_the_faiss_file_once(tmp_path, fake_embedder, monkeypatch):
    import dataclasses

    from matcher.index.vectors import VectorIndex

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
    assert_faiss_holds_the_summaries(reopened)
    reopened.close()


def test_an_old_format_faiss_file_is_rebuilt_on_open(seed_index, fake_embedder):
    """Format 1 cached every vector; opening such an index rebuilds the FAISS file from
    SQLite with the summary vectors alone, and writes the new format to the manifest."""
    directory = seed_index.directory
    layout = seed_index.store.layout()
    seed_index.close()
    import sqlite3

    conn = sqlite3.connect(directory / "matcher.db")
    rows = conn.execute("SELECT id, vector FROM vectors ORDER BY id").fetchall()
    conn.close()
    old = VectorIndex(fake_embedder.dim)
    old.add(np.array([r[0] for r in rows]),
            np.stack([np.frombuffer(r[1], dtype=np.float16) for r in rows]).astype(np.float32))
    assert len(old) == len(layout) > 5
    for manifest_format in (1, FORMAT_VERSION):  # an old manifest, then a current one
        old.save(directory / FAISS_NAME)
        manifest = json.loads((directory / MANIFEST_NAME).read_text())
        manifest["format"] = manifest_format
        (directory / MANIFEST_NAME).write_text(json.dumps(manifest))
        reopened = Index.open(directory, fake_embedder)
        assert_faiss_holds_the_summaries(reopened)
        reopened.close()
        on_disk = VectorIndex.load(directory / FAISS_NAME)
        assert np.array_equal(np.sort(on_disk.ids()),
                              np.sort([v for v, _, pos in layout if pos == SUMMARY]))
        assert json.loads((directory / MANIFEST_NAME).read_text())["format"] == FORMAT_VERSION


# -- similar postings -------------------------------------------------------------------
RUST = "Requirements\n- 5+ years of Rust with Tokio and Axum.\n- PostgreSQL in production.\n"
SIMILAR_RECORDS = [
    {"id": "rust-a", "title": "Rust Engineer", "company": "Ferris", "text": RUST},
    # Two postings with the same text as rust-a: the same summary vector, a tie.
    {"id": "twin-2", "title": "Rust Engineer", "company": "Ferris", "text": RUST},
    {"id": "twin-1", "title": "Rust Engineer", "company": "Ferris", "text": RUST},
    {"id": "rust-c", "title": "Rust Engineer", "company": "Crab Co",
     "text": "Requirements\n- 5+ years of Rust with Tokio and Axum.\n- Kafka and Terraform.\n"},
    {"id": "chef", "title": "Pastry Chef", "company": "Bakery",
     "text": "Requirements\n- Bake sourdough bread every morning.\n- Decorate wedding cakes.\n"},
]


# An update of the chef: now the same title and requirements as rust-a.
CHEF_TURNED_RUST = dict(SIMILAR_RECORDS[4], title="Rust Engineer", text=RUST)


@pytest.fixture
def similar_index(tmp_path, fake_embedder):
    index = Index.open(tmp_path / "similar", fake_embedder, create=True)
    index.add(postings_from_records(SIMILAR_RECORDS))
    yield index
    index.close()


def brute_force(index, posting_id):
    """Every other posting with the cosine of its summary to ``posting_id``'s, from SQLite."""
    ids, matrix = index.store.summary_vectors(index.embedder.dim)
    owners = index.store.summary_owners(list(ids))
    query = index.store.summary_of(posting_id)
    return {owners[v]["posting_id"]: float(row @ query) for v, row in zip(ids, matrix)
            if owners[v]["posting_id"] != posting_id}


def test_similar_returns_the_closest_postings_in_order_never_itself(similar_index):
    found = similar_index.similar("rust-a", k=10)
    # The twins tie (same text): by id.  Then the posting that shares half, then the chef.
    assert [s.posting_id for s in found] == ["twin-1", "twin-2", "rust-c", "chef"]
    assert found[0].similarity == pytest.approx(1.0, abs=2e-3)
    assert found[0].similarity == found[1].similarity > found[2].similarity > found[3].similarity
    expected = brute_force(similar_index, "rust-a")
    for s in found:
        assert s.similarity == pytest.approx(expected[s.posting_id], abs=1e-5)
    assert found[0].to_dict() == {"posting_id": "twin-1", "title": "Rust Engineer",
                                  "company": "Ferris", "location": "",
                                  "similarity": round(found[0].similarity, 3)}
    # k cuts the list; at a tie, the lower id stays, whatever order FAISS returned.
    assert [s.posting_id for s in similar_index.similar("rust-a", k=1)] == ["twin-1"]
    assert [s.posting_id for s in similar_index.similar("twin-2", k=2)] == ["rust-a", "twin-1"]
    assert [s.posting_id for s in similar_index.similar("chef", k=10)][-1] != "chef"
    # More than there are: every other posting.
    assert len(similar_index.similar("chef", k=10**9)) == 4


def test_similar_bad_k_and_unknown_id(similar_index):
    for k in (0, -1, True, 2.5, "3", None):
        with pytest.raises(InputError, match="k must be"):
            similar_index.similar("rust-a", k)
    with pytest.raises(NotFound, match="nope"):
        similar_index.similar("nope")


def test_similar_needs_the_faiss_file(similar_index, fake_embedder):
    reader = Index.open(similar_index.directory, fake_embedder, load_vectors=False)
    with pytest.raises(IndexProblem, match="load_vectors=False"):
        reader.similar("rust-a")
    reader.close()


def test_similar_after_remove_and_update(similar_index, fake_embedder):
    similar_index.remove(["twin-1"])
    assert_faiss_holds_the_summaries(similar_index)
    assert "twin-1" not in [s.posting_id for s in similar_index.similar("rust-a")]
    with pytest.raises(NotFound):
        similar_index.similar("twin-1")
    # The chef becomes a Rust posting: its new vector is the one searched and found.
    similar_index.add(postings_from_records([CHEF_TURNED_RUST]))
    assert_faiss_holds_the_summaries(similar_index)
    assert [s.posting_id for s in similar_index.similar("rust-a")][:2] == ["chef", "twin-2"]
    assert [s.posting_id for s in similar_index.similar("chef")][:2] == ["rust-a", "twin-2"]
    # A fresh open reads the same from the FAISS file on disk.
    reopened = Index.open(similar_index.directory, fake_embedder)
    assert [s.to_dict() for s in reopened.similar("chef")] == \
        [s.to_dict() for s in similar_index.similar("chef")]
    reopened.close()


def test_a_stale_faiss_copy_never_names_a_removed_posting(similar_index, fake_embedder):
    """A server keeps one FAISS copy per index generation: between a write and its next
    load, hits that SQLite no longer has are left out, and the query is SQLite's vector."""
    stale = similar_index.vectors
    writer = Index.open(similar_index.directory, fake_embedder)
    writer.remove(["twin-1"])
    writer.add(postings_from_records([CHEF_TURNED_RUST]))
    writer.close()
    found = [s.posting_id for s in similar_postings(similar_index.store, stale, "rust-a", 10)]
    assert "twin-1" not in found and "rust-a" not in found
    # chef's summary in the stale copy is its old one, so it no longer comes back (its old
    # vector id is gone from SQLite); a fresh load finds it again.
    assert "chef" not in found
    assert [s.posting_id for s in similar_postings(similar_index.store, stale, "chef", 2)] == \
        ["rust-a", "twin-2"]
