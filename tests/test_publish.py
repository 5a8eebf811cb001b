"""`matcher index publish`: a read-only snapshot of the index behind a symlink, switched
atomically, and two `matcher serve` processes over it that move to a new snapshot together."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from matcher.cli import cli
from matcher.resumes.read import resume_from_text

from .helpers import RESUME_TEXT, ROOT, SEEDS

PY = sys.executable
EXTRA = {"id": "extra-rust-platform", "title": "Staff Rust Platform Engineer", "company": "Ferrous Systems",
         "text": "Staff Rust Platform Engineer\n\nRequirements\n- 6+ years building backend services in Rust "
                 "with Tokio and Axum\n- Kubernetes and AWS in production\n- PostgreSQL and Redis\n"}


@pytest.fixture
def build(tmp_path, fake_embedder):
    """A writable index of the five seeds: what the operator adds postings to."""
    from matcher.index.index import Index
    from matcher.postings.feeds import load_postings

    directory = tmp_path / "build"
    with Index.open(directory, fake_embedder, create=True) as index:
        index.add(load_postings([SEEDS]))
    return directory


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def one_line_error(result, *words: str) -> str:
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def add_extra(build: Path, embedder) -> None:
    from matcher.index.index import Index
    from matcher.postings.feeds import postings_from_records

    with Index.open(build, embedder) as index:
        index.add(postings_from_records([EXTRA]))


# -- the snapshot -------------------------------------------------------------------------------
def test_publish_makes_a_read_only_snapshot_and_points_the_link(build, tmp_path, fake_embedder, resume_file):
    from matcher.index.index import Index

    link = tmp_path / "live"
    before = files(build)
    result = invoke("--index-dir", str(build), "index", "publish", str(link))
    assert result.exit_code == 0, result.output
    snapshot = tmp_path / "live-000001"
    assert result.stdout.strip() == str(snapshot)
    assert link.is_symlink() and os.readlink(link) == "live-000001"  # relative: the pair can move
    assert sorted(p.name for p in snapshot.iterdir()) == ["manifest.json", "matcher.db", "vectors.faiss"]
    assert all(p.stat().st_mode & 0o222 == 0 for p in [snapshot, *snapshot.iterdir()])
    header = (snapshot / "matcher.db").read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: a reader needs no -wal/-shm
    manifest = json.loads((snapshot / "manifest.json").read_text())
    source_manifest = json.loads((build / "manifest.json").read_text())
    assert set(source_manifest) < set(manifest) and manifest["snapshot"]["source"] == str(build.resolve())
    assert {k: manifest[k] for k in source_manifest} == source_manifest

    with Index.open(link, fake_embedder) as index, Index.open(build, fake_embedder) as source:
        assert index.readonly and not source.readonly  # the snapshot whoever opens it, root too
        assert index.store.rows() == source.store.rows() and index.store.layout() == source.store.layout()
        assert index.similar("002_e398d6db5335ec34", 3) == source.similar("002_e398d6db5335ec34", 3)
    assert {k: v for k, v in files(build).items() if k != ".lock"} == {k: v for k, v in before.items()
                                                                      if k != ".lock"}

    sealed = files(snapshot)
    for args in (["rank", str(resume_file), "--format", "json"], ["index", "stats"], ["index", "list"]):
        assert invoke("--index-dir", str(link), *args).exit_code == 0
    for args in (["index", "add", str(SEEDS)], ["index", "remove", "000_08d9c04a1e8f909e"], ["index", "rebuild"]):
        one_line_error(invoke("--index-dir", str(link), *args), "published snapshot", "read-only")
    assert files(snapshot) == sealed  # nothing written: no lock, no journal, no -wal


def test_a_large_catalogs_snapshot_carries_its_candidate_stage(build, tmp_path, fake_embedder, monkeypatch):
    from matcher.index.index import Index
    from matcher.index.vectors import CLUSTERED_PREFIX, ClusteredIndex
    from matcher.ranking.catalog import Catalog

    monkeypatch.setenv("MATCHER_CANDIDATE_STAGE_MIN", "5")  # the five seeds are a large catalog now
    link = tmp_path / "live"
    assert invoke("--index-dir", str(build), "index", "publish", str(link)).exit_code == 0
    trained = list((tmp_path / "live-000001").glob(CLUSTERED_PREFIX + "*"))  # the source has none
    add_extra(build, fake_embedder)  # the writer saves one for its six postings
    [saved] = build.glob(CLUSTERED_PREFIX + "*")
    assert invoke("--index-dir", str(build), "index", "publish", str(link)).exit_code == 0
    assert len(trained) == 1 and (link / saved.name).read_bytes() == saved.read_bytes()
    with Index.open(link, fake_embedder, load_vectors=False) as index:
        catalog = Catalog.from_index(index)
    monkeypatch.setattr(ClusteredIndex, "build", lambda *a: pytest.fail("trained, not read"))
    assert len(catalog.rank(resume_from_text(RESUME_TEXT, "r"), 2)) == 2 and len(catalog._stage.clustered) == 6


def test_publishing_again_switches_the_link_and_keep_removes_only_old_snapshots(build, tmp_path, fake_embedder):
    link = tmp_path / "live"
    by_hand = tmp_path / "live-000007"  # the manual procedure's directory: not ours to remove
    by_hand.mkdir()
    published = [invoke("--index-dir", str(build), "index", "publish", str(link), "--keep", "2").stdout.strip()
                 for _ in range(3)]
    assert published == [str(tmp_path / f"live-{n:06d}") for n in (8, 9, 10)]
    assert os.readlink(link) == "live-000010"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "live", "live-000007", "live-000009",
                                                          "live-000010"]
    add_extra(build, fake_embedder)
    result = invoke("--index-dir", str(build), "index", "publish", str(link), "--keep", "1")
    assert result.exit_code == 0 and "6 postings" in result.stderr and "removed 2 older" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "live", "live-000007", "live-000011"]
    # a snapshot published from the link itself (a copy of the live one) is a snapshot too
    again = invoke("--index-dir", str(link), "index", "publish", str(link), "--keep", "1")
    assert again.exit_code == 0 and os.readlink(link) == "live-000012", again.output
    assert not (tmp_path / "live-000011").exists()


def test_publish_copies_a_committed_state_while_a_writer_waits(build, tmp_path, fake_embedder):
    """Publish takes the source's write lock for the copy: a writer at work (here: holding
    the lock) is waited for, so a snapshot never holds part of an add."""
    from filelock import FileLock

    from matcher.index.publish import publish

    link, done = tmp_path / "live", []
    with FileLock(str(build / ".lock")):
        thread = threading.Thread(target=lambda: done.append(publish(build, link)))
        thread.start()
        thread.join(0.5)
        assert thread.is_alive() and not link.exists()
    thread.join(30)
    assert done and done[0].postings == 5 and os.readlink(link) == "live-000001"


# -- refusals: one line, nothing damaged ---------------------------------------------------------
@pytest.mark.parametrize("case", ["directory", "file", "no parent", "not an index", "empty database", "unfinished"])
def test_bad_input_is_one_line_and_damages_nothing(build, tmp_path, case):
    source, link = build, tmp_path / "live"
    if case == "directory":
        link.mkdir()
        (link / "keep.txt").write_text("mine")
        words = ["is a directory, not a symlink"]
    elif case == "file":
        link.write_text("mine")
        words = ["is a file, not a symlink"]
    elif case == "no parent":
        link = tmp_path / "missing" / "live"
        words = ["does not exist"]
    elif case == "not an index":
        source = tmp_path / "empty"
        source.mkdir()
        words = ["no index in", "nothing to publish"]
    elif case == "empty database":
        source = tmp_path / "empty"
        source.mkdir()
        (source / "matcher.db").write_bytes(b"")
        words = ["is not a matcher index (no postings table): nothing to publish"]
    else:
        source = tmp_path / "unfinished"
        source.mkdir()
        with sqlite3.connect(source / "matcher.db") as db:
            db.executescript("CREATE TABLE postings(id); CREATE TABLE vectors(id); CREATE TABLE meta(key, value);")
        words = ["names no model"]
    before = {p.name: p.read_bytes() if p.is_file() else None for p in tmp_path.rglob("*")}
    one_line_error(invoke("--index-dir", str(source), "index", "publish", str(link)), *words)
    after = {p.name: p.read_bytes() if p.is_file() else None for p in tmp_path.rglob("*")}
    assert after.keys() - {".lock"} == before.keys() - {".lock"}
    assert {k: v for k, v in after.items() if k != ".lock"} == {k: v for k, v in before.items() if k != ".lock"}


def test_keep_must_be_positive(build, tmp_path):
    result = invoke("--index-dir", str(build), "index", "publish", str(tmp_path / "live"), "--keep", "0")
    assert result.exit_code == 2 and "--keep" in result.output and not (tmp_path / "live").exists()


def test_a_failed_write_removes_the_new_snapshot_and_keeps_the_link(build, tmp_path, monkeypatch):
    from matcher.index.vectors import VectorIndex

    link = tmp_path / "live"
    assert invoke("--index-dir", str(build), "index", "publish", str(link)).exit_code == 0

    def full(self, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(VectorIndex, "save", full)
    one_line_error(invoke("--index-dir", str(build), "index", "publish", str(link)),
                   "could not write the snapshot", "No space left", "is as it was")
    assert os.readlink(link) == "live-000001"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "live", "live-000001"]


# -- two servers over one link -------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _request(url: str, body: dict | None = None) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _wait_ready(process: subprocess.Popen, base: str, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited ({process.returncode}): {log.read_text()}")
        try:
            if _request(base + "/healthz")[0] == 200:
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"the server at {base} was not ready in {timeout} s: {log.read_text()}")


def _match(base: str) -> dict:
    status, body = _request(base + "/api/v1/match", {"text": RESUME_TEXT, "top_k": 10})
    assert status == 200, body
    return body


def test_two_servers_over_one_link_move_to_a_new_snapshot_together(build, tmp_path, fake_embedder):
    link = tmp_path / "live"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MATCHER_MODEL": "fake", "PYTHONUNBUFFERED": "1"}
    first = subprocess.run([PY, "-m", "matcher", "--index-dir", str(build), "index", "publish", str(link)],
                           env=env, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    old = Path(first.stdout.strip())
    servers, logs, bases = [], [], []
    try:
        for n in range(2):
            port, log = _free_port(), tmp_path / f"server-{n}.log"
            with open(log, "w") as out:
                servers.append(subprocess.Popen(
                    [PY, "-m", "matcher", "--index-dir", str(link), "serve", "--port", str(port), "--threads", "2"],
                    env=env, stdout=out, stderr=subprocess.STDOUT))
            logs.append(log)
            bases.append(f"http://127.0.0.1:{port}")
        for server, base, log in zip(servers, bases, logs):
            _wait_ready(server, base, log)
            assert _request(base + "/healthz")[1]["postings"] == 5
        before = [_match(base) for base in bases]
        assert before[0] == before[1] and before[0]["matches"]
        assert EXTRA["id"] not in {m["posting_id"] for m in before[0]["matches"]}

        # While both answer requests, a posting is added to the source and published.
        failures, stop = [], threading.Event()

        def hammer(base: str) -> None:
            while not stop.is_set():
                for path in ("/healthz", "/api/v1/postings?limit=50",
                             "/api/v1/postings/002_e398d6db5335ec34/similar"):
                    status, body = _request(base + path)
                    if status != 200 or not body.get("ok", True):
                        failures.append((base, path, status, body))
        threads = [threading.Thread(target=hammer, args=(base,)) for base in bases]
        for thread in threads:
            thread.start()
        try:
            add_extra(build, fake_embedder)
            second = subprocess.run([PY, "-m", "matcher", "--index-dir", str(build), "index", "publish", str(link)],
                                    env=env, capture_output=True, text=True, timeout=60)
            assert second.returncode == 0, second.stderr
            for base in bases:  # the link is switched: the next request of each sees the new snapshot
                status, health = _request(base + "/healthz")
                assert status == 200 and health["postings"] == 6, health
        finally:
            stop.set()
            for thread in threads:
                thread.join(30)
        assert not failures, failures[:3]
        after = [_match(base) for base in bases]
        assert after[0] == after[1] and after[0] != before[0]
        assert EXTRA["id"] in {m["posting_id"] for m in after[0]["matches"]}

        # Every replica has moved: the old snapshot can go, and they answer as before.
        old.chmod(0o755)
        shutil.rmtree(old)
        for base in bases:
            assert _match(base) == after[0]
            status, posting = _request(base + "/api/v1/postings/" + EXTRA["id"])
            assert status == 200 and posting["title"] == EXTRA["title"], posting
        assert all(server.poll() is None for server in servers)
    finally:
        for server in servers:
            server.kill()
            server.wait(10)
    for log in logs:
        assert "Traceback" not in log.read_text(), log.read_text()
