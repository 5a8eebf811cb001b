"""Faults: atomic writes, one writer at a time, SIGKILL in the middle of an add, and
readers (a serving process, a fresh start) during a write.

SQLite is the truth and the FAISS file a cache of its summary vectors (one per
posting).  What these tests hold the index to: an acknowledged add is never
lost; a posting in SQLite always has all of its vectors; the next open finds
FAISS holding exactly SQLite's summary vector ids (or repairs FAISS from
SQLite by itself); a reader never writes and never pairs
one posting with another's vectors; a serving process answers from the index
as it was before a write or as it is after it, never from a mix.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from matcher.cli import cli
from matcher.errors import IndexProblem
from matcher.index.index import DB_NAME, FAISS_NAME, MANIFEST_NAME, Index
from matcher.index.recipe import posting_vectors
from matcher.index.store import OPENING, SUMMARY, TITLE
from matcher.index.vectors import VectorIndex
from matcher.postings.feeds import postings_from_records

from .helpers import RESUME_TEXT, ROOT

SKILLS = ["Python", "Rust", "Go", "Kubernetes", "PostgreSQL", "AWS", "React", "Docker", "Kafka",
          "Redis", "Terraform", "GraphQL"]


def record(pid: str, revision: int, rng: random.Random) -> dict:
    """A small posting record; ``revision`` is in its title, so a new revision is an update."""
    a, b, c = rng.sample(SKILLS, 3)
    return {"id": pid, "title": f"Engineer r{revision} {pid}", "company": "Gen Co",
            "location": "Remote",
            "text": f"Requirements\n- {rng.randint(1, 8)}+ years of {a} in production.\n"
                    f"- Experience with {b} and {c}.\n\nNice to have\n- {rng.choice(SKILLS)}.\n"}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def matcher_env() -> dict:
    env = dict(os.environ, MATCHER_MODEL="fake", PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def add_command(directory: Path, path: Path) -> list[str]:
    return [sys.executable, "-m", "matcher", "--index-dir", str(directory), "index", "add",
            str(path)]


def sqlite_state(directory: Path) -> dict:
    """What SQLite holds, read with a plain connection: hash per posting, requirement count
    per posting, vector positions per posting, every vector id and the summary vector ids
    (what the FAISS file must hold)."""
    db = sqlite3.connect(directory / DB_NAME)
    try:
        postings = {pid: (digest, len(json.loads(data)["requirements"]), title)
                    for pid, digest, data, title in db.execute(
                        "SELECT id, hash, data, title FROM postings")}
        positions: dict[str, list[int]] = {}
        for pid, pos in db.execute("SELECT posting_id, position FROM vectors "
                                   "ORDER BY posting_id, position"):
            positions.setdefault(pid, []).append(pos)
        ids = np.array(sorted(r[0] for r in db.execute("SELECT id FROM vectors")), dtype=np.int64)
        summary_ids = np.array(sorted(r[0] for r in db.execute(
            "SELECT id FROM vectors WHERE position = -1")), dtype=np.int64)
    finally:
        db.close()
    return {"postings": postings, "positions": positions, "vector_ids": ids,
            "summary_ids": summary_ids}


def assert_every_posting_whole(state: dict) -> None:
    """Each posting has its opening and summary vectors, its title's (when it has a title) and
    one vector per requirement, no more, no less; no vector belongs to a posting that is not
    there."""
    for pid, (_, requirements, title) in state["postings"].items():
        expected = [OPENING] + [TITLE] * bool(title) + [SUMMARY] + list(range(requirements))
        assert state["positions"].get(pid) == expected, pid
    assert set(state["positions"]) <= set(state["postings"])


def faiss_ids(directory: Path) -> np.ndarray | None:
    path = directory / FAISS_NAME
    if not path.exists():
        return None
    try:
        return np.sort(VectorIndex.load(path).ids())
    except RuntimeError:
        return None


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.glob("*.tmp"))


# -- atomic files -----------------------------------------------------------------------
def test_a_failed_faiss_write_leaves_the_old_file_and_no_temporary(seed_index, monkeypatch):
    import faiss

    path = seed_index.directory / FAISS_NAME
    before = path.read_bytes()

    def half_then_fail(index, name):
        Path(name).write_bytes(b"half a faiss file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(faiss, "write_index", half_then_fail)
    with pytest.raises(OSError):
        seed_index.vectors.save(path)
    assert path.read_bytes() == before
    assert leftovers(seed_index.directory) == []


def test_manifest_is_replaced_whole(seed_index, monkeypatch):
    """The manifest goes through a temporary file and ``os.replace``: a crash before the
    rename leaves the old manifest, never a truncated one."""
    from matcher.index import index as index_module

    path = seed_index.directory / MANIFEST_NAME
    before = path.read_text()

    def crash(src, dst):
        raise KeyboardInterrupt  # the process dies between the write and the rename

    monkeypatch.setattr(index_module.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        index_module._write_atomic(path, '{"format": 1, "half": ')
    assert path.read_text() == before and json.loads(before)["count"] == 5


def test_a_writer_killed_between_faiss_and_manifest_is_repaired_on_open(seed_index, fake_embedder):
    """FAISS saved, the manifest's rename never done: the old manifest and its temporary file
    are left.  The next open repairs: the manifest counts what SQLite has, with a new
    generation (which servers watch), and the temporary file is gone."""
    directory = seed_index.directory
    old_manifest = (directory / MANIFEST_NAME).read_text()
    seed_index.add(postings_from_records([{"id": "late", "title": "Late Posting",
                                           "text": "Requirements\n- Python"}]))
    seed_index.close()
    (directory / MANIFEST_NAME).write_text(old_manifest)
    (directory / (MANIFEST_NAME + ".x1y2.tmp")).write_text('{"format": 2, "half": ')
    reopened = Index.open(directory, fake_embedder)
    manifest = reopened.manifest()
    assert manifest["count"] == reopened.store.count() == 6
    assert manifest["generation"] > json.loads(old_manifest)["generation"]
    assert leftovers(directory) == []
    reopened.close()


def test_a_failing_chunk_keeps_the_chunks_before_it_and_nothing_of_itself(tmp_path, fake_embedder,
                                                                         monkeypatch):
    """Each chunk of engines.CHUNK postings (here 256) is one SQLite transaction."""
    from matcher.index import engines

    monkeypatch.setattr(engines, "CHUNK", 256)
    rng = random.Random(1)
    postings = postings_from_records([record(f"p{i:04d}", 0, rng) for i in range(300)])

    class FailsOnSecondBatch:
        name, dim, thresholds = fake_embedder.name, fake_embedder.dim, fake_embedder.thresholds
        calls = 0

        def embed(self, texts, progress=None):
            self.calls += 1
            if self.calls == 2:
                raise RuntimeError("the model crashed")
            return fake_embedder.embed(texts, progress)

    index = Index.open(tmp_path / "idx", FailsOnSecondBatch(), create=True)
    with pytest.raises(RuntimeError):
        index.add(postings)
    index.close()
    state = sqlite_state(tmp_path / "idx")
    assert sorted(state["postings"]) == [p.id for p in postings[:256]]
    assert_every_posting_whole(state)
    reopened = Index.open(tmp_path / "idx", fake_embedder)
    assert np.array_equal(np.sort(reopened.vectors.ids()), state["summary_ids"])
    reopened.close()


def test_one_writer_at_a_time(seed_index, fake_embedder):
    """A second writer waits for the lock; it does not interleave with the first."""
    rng = random.Random(2)
    postings = postings_from_records([record("waiting", 0, rng)])
    held = seed_index.lock()
    held.acquire()
    other = Index.open(seed_index.directory, fake_embedder)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (other.add(postings), done.set()))
    worker.start()
    try:
        assert not done.wait(0.5), "a second writer wrote while the lock was held"
        assert "waiting" not in sqlite_state(seed_index.directory)["postings"]
    finally:
        held.release()
    worker.join(10)
    assert done.is_set()
    assert "waiting" in sqlite_state(seed_index.directory)["postings"]
    other.close()


def test_a_lock_that_never_frees_is_a_clear_error(seed_index, monkeypatch):
    from filelock import FileLock

    held = seed_index.lock()
    held.acquire()
    try:
        monkeypatch.setattr(Index, "lock", lambda self, timeout=0.2: FileLock(
            str(self.directory / ".lock"), timeout=0.2))
        with pytest.raises(IndexProblem, match="another process is writing"):
            seed_index.add(postings_from_records([record("x", 0, random.Random(3))]))
    finally:
        held.release()


def test_two_writers_leave_faiss_agreeing_with_sqlite(seed_index, fake_embedder):
    """A writer opened before another one wrote must not save its stale FAISS copy."""
    rng = random.Random(4)
    second = Index.open(seed_index.directory, fake_embedder)  # opened first, writes last
    seed_index.add(postings_from_records([record("first-writer", 0, rng)]))
    second.add(postings_from_records([record("second-writer", 0, rng)]))
    second.close()
    state = sqlite_state(seed_index.directory)
    assert {"first-writer", "second-writer"} <= set(state["postings"])
    assert np.array_equal(faiss_ids(seed_index.directory), state["summary_ids"])


class Narrow:
    """Another model, with another dimension: the fake model's first 32 components."""
    name, dim = "narrow", 32

    def __init__(self, inner, fail: bool = False):
        self.inner, self.fail, self.thresholds = inner, fail, inner.thresholds

    def embed(self, texts, progress=None):
        if self.fail:
            raise RuntimeError("the new model crashed")
        rows = self.inner.embed(texts, progress)[:, :32]
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


def test_reembed_is_all_or_nothing_across_a_dimension_change(seed_index, fake_embedder):
    from matcher.ranking.catalog import Catalog

    directory = seed_index.directory
    before = sqlite_state(directory)
    seed_index.close()
    failing = Index.open(directory, Narrow(fake_embedder, fail=True), other_model_ok=True)
    with pytest.raises(RuntimeError):
        failing.reembed()
    failing.close()
    after = sqlite_state(directory)  # the old index, whole
    assert after["postings"] == before["postings"] and after["positions"] == before["positions"]
    assert np.array_equal(after["vector_ids"], before["vector_ids"])
    Index.open(directory, fake_embedder).close()

    narrow = Index.open(directory, Narrow(fake_embedder), other_model_ok=True)
    narrow.reembed()
    narrow.close()
    reopened = Index.open(directory, Narrow(fake_embedder))
    catalog = Catalog.from_index(reopened)
    assert catalog.summaries.shape == (5, 32) and reopened.vectors.dim == 32
    assert np.array_equal(np.sort(reopened.vectors.ids()), sqlite_state(directory)["summary_ids"])
    assert np.array_equal(faiss_ids(directory), sqlite_state(directory)["summary_ids"])
    assert len(reopened.similar("003_9161710239a7ba33", 10)) == 4  # the new vectors, searched
    reopened.close()
    with pytest.raises(IndexProblem, match="rebuild --reembed"):
        Index.open(directory, fake_embedder)


# -- readers during a write ---------------------------------------------------------------
def _commit_without_faiss(directory: Path, embedder, records: list[dict]) -> None:
    """A writer caught between its SQLite commit and its FAISS save: SQLite has the new
    postings, the FAISS file and the manifest are still the old ones.  Holds the lock."""
    from matcher.index.recipe import posting_hash, posting_texts

    writer = Index.open(directory, embedder)
    items = []
    for posting in postings_from_records(records):
        vectors = posting_vectors(posting, embedder.embed(posting_texts(posting)))
        items.append((posting, posting_hash(posting), vectors))
    writer.store.upsert(items)
    writer.close()


def test_a_reader_during_a_write_never_writes_and_never_mixes(seed_index, fake_embedder):
    from matcher.ranking.catalog import Catalog

    directory = seed_index.directory
    rng = random.Random(5)
    records = [record(f"mid-{i}", 0, rng) for i in range(20)]
    # An update of a seed too: its old vectors are gone from SQLite, new ones in their place.
    seed = seed_index.get("003_9161710239a7ba33")
    records.append({"id": seed.id, "title": "Changed", "text": "Requirements\n- 9+ years of COBOL"})
    files = {n: (directory / n).read_bytes() for n in (FAISS_NAME, MANIFEST_NAME)}
    lock = seed_index.lock()
    lock.acquire()
    try:
        _commit_without_faiss(directory, fake_embedder, records)
        reader = Index.open(directory, fake_embedder)
        catalog = Catalog.from_index(reader)
        # Its FAISS copy, rebuilt in memory from SQLite, already finds the new postings.
        assert len([s for s in reader.similar("mid-0", 30) if s.posting_id.startswith("mid-")]) == 19
        reader.close()
        # The reader repaired nothing on disk: that is the writer's job, under the lock.
        assert {n: (directory / n).read_bytes() for n in files} == files
    finally:
        lock.release()
    # What the catalog holds is exactly what a clean load of the finished index holds.
    done = Index.open(directory, fake_embedder)  # no writer now: repairs FAISS on disk
    assert np.array_equal(faiss_ids(directory), sqlite_state(directory)["summary_ids"])
    clean = Catalog.from_index(done)
    done.close()
    assert [p.id for p in catalog.postings] == [p.id for p in clean.postings]
    assert len(catalog) == 25 and catalog.postings[3].title == "Changed"
    assert np.array_equal(catalog.summaries, clean.summaries)
    assert np.array_equal(catalog.req_vectors, clean.req_vectors)
    assert np.array_equal(catalog.start, clean.start)


def _ranking(body: dict) -> list[tuple[str, float]]:
    return [(m["posting_id"], m["score"]) for m in body["matches"]]


def test_index_add_while_serving_answers_old_or_new_never_a_mix(make_app, web_index, tmp_path):
    """`matcher index add` (another process) while the app answers match requests: no
    request fails, each answer is the old index's or the new one's, and the app serves the
    new one without a restart."""
    from matcher.embed.models import get_embedder
    from matcher.ranking.catalog import Catalog
    from matcher.resumes.read import resume_from_text

    app = make_app()
    body = {"text": RESUME_TEXT, "top_k": 15}
    old = _ranking(app.test_client().post("/api/v1/match", json=body).get_json())
    rng = random.Random(6)
    feed = write_jsonl(tmp_path / "feed.jsonl", [record(f"live-{i:04d}", 0, rng) for i in range(400)])

    answers: list[tuple[int, list]] = []
    stop = threading.Event()

    def client_loop():
        client = app.test_client()
        while not stop.is_set():
            response = client.post("/api/v1/match", json=body)
            answers.append((response.status_code, _ranking(response.get_json())
                            if response.status_code == 200 else response.get_data(as_text=True)))

    fresh: list = []

    def fresh_start_loop():
        # Processes that start while the add runs (another server, `matcher rank`).
        from matcher.service import Service
        while not stop.is_set():
            try:
                fresh.append(Service(web_index, "fake").catalog())
            except Exception as exc:  # noqa: BLE001 - any failure is the finding
                fresh.append(exc)
            time.sleep(0.05)

    threads = [threading.Thread(target=client_loop) for _ in range(2)]
    threads.append(threading.Thread(target=fresh_start_loop))
    for t in threads:
        t.start()
    try:
        done = subprocess.run(add_command(web_index, feed), env=matcher_env(), capture_output=True,
                              text=True, timeout=120)
        time.sleep(0.3)  # a few answers after the add
    finally:
        stop.set()
        for t in threads:
            t.join(30)
    assert done.returncode == 0, done.stderr
    index = Index.open(web_index, get_embedder("fake"))
    final = Catalog.from_index(index)
    index.close()
    new = [(m.posting.id, round(m.score, 1)) for m in final.rank(resume_from_text(RESUME_TEXT), 15)]
    new_api = _ranking(app.test_client().post("/api/v1/match", json=body).get_json())
    assert [pid for pid, _ in new_api] == [pid for pid, _ in new]
    assert new_api != old and any(pid.startswith("live-") for pid, _ in new_api)
    assert answers and all(status == 200 for status, _ in answers), answers[:3]
    mixed = [r for _, r in answers if r not in (old, new_api)]
    assert not mixed, mixed[:2]
    assert any(r == old for _, r in answers)
    # A process that starts during the add loads a consistent snapshot: each of its
    # postings carries exactly the vectors the finished index has for it.
    assert fresh and not [c for c in fresh if isinstance(c, Exception)], fresh[:1]
    rows = {p.id: i for i, p in enumerate(final.postings)}
    for catalog in fresh:
        at = np.array([rows[p.id] for p in catalog.postings])
        assert np.array_equal(catalog.summaries, final.summaries[at])
        want = [final.req_vectors[final.start[i]:final.start[i + 1]] for i in at]
        assert np.array_equal(catalog.req_vectors, np.concatenate(want))


def test_the_server_picks_up_a_rebuilt_index_without_restart(make_app, web_index):
    app = make_app()
    client = app.test_client()

    def ids():
        body = client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 100}).get_json()
        return {m["posting_id"] for m in body["matches"]}

    assert len(ids()) == 5
    run = CliRunner()
    assert run.invoke(cli, ["--index-dir", str(web_index), "index", "remove",
                            "000_08d9c04a1e8f909e"]).exit_code == 0
    assert len(ids()) == 4 and "000_08d9c04a1e8f909e" not in ids()
    (web_index / FAISS_NAME).write_bytes(b"lost")  # a damaged cache, then the fixing command
    assert run.invoke(cli, ["--index-dir", str(web_index), "index", "rebuild"]).exit_code == 0
    assert len(ids()) == 4
    assert np.array_equal(faiss_ids(web_index), sqlite_state(web_index)["summary_ids"])


# -- SIGKILL in the middle of `matcher index add` -----------------------------------------
KILL_ROUNDS = 3
BIG = 2000


def _count_revision(directory: Path, revision: int) -> int:
    try:
        db = sqlite3.connect(f"file:{directory / DB_NAME}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM postings WHERE title LIKE ?",
                              [f"Engineer r{revision} %"]).fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def test_sigkill_during_index_add_loses_nothing_acknowledged(tmp_path, fake_embedder):
    directory = tmp_path / "idx"
    rng = random.Random(8)
    runner = CliRunner()
    acknowledged: dict[str, str] = {}   # id -> the title of the add that exited 0
    kills, mismatches = 0, 0
    # Postings committed before the kill: the first chunk, a random point, all of them (the
    # kill then lands between the last SQLite commit and the FAISS save, or just after).
    targets = [1, rng.randrange(257, BIG - 256), BIG]
    rng.shuffle(targets)
    for round_ in range(KILL_ROUNDS):
        # An add that finishes: acknowledged, so it must survive every later kill.
        small = [record(f"ack-{round_}-{j}", round_, rng) for j in range(5)]
        result = runner.invoke(cli,
                               ["--index-dir", str(directory), "index", "add",
                                str(write_jsonl(tmp_path / f"ack{round_}.jsonl", small))])
        assert result.exit_code == 0, result.output
        acknowledged.update({r["id"]: r["title"] for r in small})

        # A big add (every posting new or updated), killed at a random point of its write.
        big = [record(f"big-{i:05d}", round_, rng) for i in range(BIG)]
        feed = write_jsonl(tmp_path / "big.jsonl", big)
        proc = subprocess.Popen(add_command(directory, feed), env=matcher_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        target = targets[round_ % len(targets)]
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if _count_revision(directory, round_) >= target:
                time.sleep(0 if target == BIG else rng.uniform(0, 0.15))
                break
            time.sleep(0.01)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.communicate(timeout=60)
        if proc.returncode == 0:
            acknowledged.update({r["id"]: r["title"] for r in big})

        # The next start: SQLite is whole, FAISS agrees with it (or is repaired on open).
        state = sqlite_state(directory)
        assert_every_posting_whole(state)
        for pid, title in acknowledged.items():
            assert pid in state["postings"], f"acknowledged posting {pid} lost"
            if pid.startswith("ack-"):  # never written again: exactly as acknowledged
                assert state["postings"][pid][2] == title
        on_disk = faiss_ids(directory)
        if on_disk is None or not np.array_equal(on_disk, state["summary_ids"]):
            mismatches += 1
        index = Index.open(directory, fake_embedder)
        assert np.array_equal(np.sort(index.vectors.ids()), state["summary_ids"])
        assert len(state["summary_ids"]) == index.stats()["postings"] == len(state["postings"])
        index.close()
        assert np.array_equal(faiss_ids(directory), state["summary_ids"])  # repaired on disk
        assert leftovers(directory) == []
    assert kills >= 2, (kills, mismatches)
