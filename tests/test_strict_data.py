"""Strict data at ingestion and a robust index (issue 16, items 7-12): every bad input or
damaged index gets one clear line, a non-zero exit and no traceback, and the index stays
as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ROOT, SEEDS

PY = sys.executable
REQ = "Requirements\n- 3+ years of ICU nursing\n- BLS certification\n"


def run_cli(*args: str, index: Path, cwd: Path | None = None, prefix: str = "",
            timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MATCHER_MODEL": "fake"}
    command = [PY, "-m", "matcher", "--index-dir", str(index), *args]
    if prefix:  # a shell prefix such as `ulimit -f 200;`
        command = ["bash", "-c", prefix + " exec " + " ".join(f"'{a}'" for a in command)]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def one_line_error(done: subprocess.CompletedProcess, *words: str) -> str:
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, done.stderr
    for word in words:
        assert word in errors[0], errors[0]
    return errors[0]


def snapshot(directory: Path) -> dict[str, str]:
    """The index's files and their hashes (the lock file aside)."""
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(directory.iterdir())
            if f.is_file() and f.name != ".lock"}


def write_jsonl(path: Path, *records) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """An index of the seeds, built once; tests copy it."""
    directory = tmp_path_factory.mktemp("built") / "index"
    done = run_cli("index", "add", str(SEEDS), index=directory)
    assert done.returncode == 0, done.stderr
    return directory


@pytest.fixture
def index(built, tmp_path) -> Path:
    copy = tmp_path / "index"
    shutil.copytree(built, copy)
    return copy


# -- 7, 8: numbers in feeds --------------------------------------------------------------
@pytest.mark.parametrize("salary,words", [
    ("9" * 400, ["a 400-digit number", "out of range"]),
    ("NaN", ["finite"]),
    ("Infinity", ["finite"]),
    ("1e999", ["finite"]),
    ("-5", ["out of range"]),
    ("1e12", ["out of range"]),
])
def test_salary_numbers_must_be_finite_and_sane(index, tmp_path, salary, words):
    before = snapshot(index)
    feed = write_jsonl(tmp_path / "feed.jsonl", {"id": "ok", "text": REQ},
                       '{"id": "bad", "text": "Requirements\\n- Go", "salary": ' + salary + '}')
    line = one_line_error(run_cli("index", "add", str(feed), index=index), "feed.jsonl line 2",
                          "'salary'", *words)
    assert len(line) < 200
    assert snapshot(index) == before


def test_good_salaries_still_read(tmp_path):
    from matcher.postings.parse import parse_posting

    assert parse_posting(REQ, "a", {"salary": 98000}).salary_min == 98000
    assert parse_posting(REQ, "a", {"salary": 27.5}).salary_max == 27.5
    assert parse_posting(REQ, "a", {"salary": "$52,000 - $68,000 a year"}).salary_min == 52000


def test_front_matter_nan_salary_is_refused(index, tmp_path):
    posting = tmp_path / "nurse.md"
    posting.write_text("---\ntitle: Nurse\nsalary: .nan\n---\n" + REQ)
    one_line_error(run_cli("index", "add", str(posting), index=index), "nurse.md", "finite")


# -- 9: ids and what the CLI prints ---------------------------------------------------------
@pytest.mark.parametrize("rid,words", [
    ("a\u0000b", ["control or invisible"]),
    ("a\nb", ["control or invisible"]),
    ("a\u202eb", ["control or invisible"]),
    ("a/similar", ["'/'"]),
    ("../../etc/passwd", ["'/'"]),
    ("a\\b", ["'/' or"]),
    (".", ["not allowed"]),
    ("..", ["not allowed"]),
    ("x" * 201, ["201 characters", "limit is 200"]),
])
def test_bad_ids_are_refused_at_ingestion(index, tmp_path, rid, words):
    before = snapshot(index)
    feed = write_jsonl(tmp_path / "feed.jsonl", {"id": rid, "text": REQ})
    one_line_error(run_cli("index", "add", str(feed), index=index), "feed.jsonl line 1", "posting id",
                   *words)
    assert snapshot(index) == before


def test_ids_are_nfc_normalised(index, tmp_path):
    nfc, nfd = "caf\u00e9", "cafe\u0301"
    both = write_jsonl(tmp_path / "both.jsonl", {"id": nfc, "text": REQ}, {"id": nfd, "text": REQ})
    one_line_error(run_cli("index", "add", str(both), index=index), "duplicate id", nfc)
    done = run_cli("index", "add", str(write_jsonl(tmp_path / "one.jsonl", {"id": nfd, "text": REQ})),
                   index=index)
    assert done.returncode == 0, done.stderr
    again = run_cli("index", "add", str(write_jsonl(tmp_path / "two.jsonl", {"id": nfc, "text": REQ})),
                    index=index)
    assert "0 added, 0 updated, 1 unchanged" in again.stdout
    listed = json.loads(run_cli("index", "list", "--format", "json", index=index).stdout)
    assert [r["id"] for r in listed].count(nfc) == 1 and nfd not in [r["id"] for r in listed]
    for typed in (nfc, nfd):  # fetched and found similar whichever way it is typed
        assert run_cli("show", typed, index=index).returncode == 0
        similar = json.loads(run_cli("similar", typed, "--format", "json", index=index).stdout)
        assert nfc not in [s["posting_id"] for s in similar["similar"]]
    assert run_cli("index", "remove", nfd, index=index).returncode == 0
    assert nfc not in run_cli("index", "list", "--format", "csv", index=index).stdout


def test_ids_in_the_api_and_its_links(make_app):
    from matcher.postings.fields import checked_id

    assert checked_id("  caf\u00e9 ") == "caf\u00e9" and checked_id(42) == "42"
    client = make_app(API_KEY="k").test_client()
    auth = {"Authorization": "Bearer k"}
    for rid in ("a/similar", "../../etc/passwd", "a\nb", ".."):
        response = client.post("/api/v1/postings", json={"id": rid, "text": REQ}, headers=auth)
        assert response.status_code == 400 and "posting id" in response.get_json()["error"]
    assert client.post("/api/v1/postings", json={"id": "a?b#c d", "text": REQ}, headers=auth).status_code == 200
    listed = client.get("/api/v1/postings?limit=100").get_json()
    href = next(r["href"] for r in listed["postings"] if r["id"] == "a?b#c d")
    assert "?" not in href and "#" not in href and " " not in href
    assert client.get(href).get_json()["id"] == "a?b#c d"


def test_the_cli_prints_no_terminal_escapes(index, tmp_path):
    """Stored text with escape sequences (an index written before the checks, or a text
    file's title) is printed without them: table, CSV, JSON, show, similar, errors."""
    escape = "\x1b]0;owned\x07\x1b[31mRed\x9b2J\u202eNurse"
    db = sqlite3.connect(index / "matcher.db")
    row = db.execute("SELECT data FROM postings WHERE id = '002_e398d6db5335ec34'").fetchone()
    data = json.loads(row[0])
    data["title"] = escape
    db.execute("UPDATE postings SET title = ?, data = ? WHERE id = '002_e398d6db5335ec34'",
               [escape, json.dumps(data)])
    db.commit()
    db.close()
    outputs = [run_cli("index", "list", "--format", fmt, index=index).stdout for fmt in ("table", "csv", "json")]
    outputs.append(run_cli("show", "002_e398d6db5335ec34", index=index).stdout)
    outputs.append(run_cli("similar", "000_08d9c04a1e8f909e", index=index).stdout)
    outputs.append(run_cli("show", "\x1b[2Jnope", index=index).stderr)
    for out in outputs:
        assert not any(c in out for c in "\x1b\x07\x9b\u202e"), repr(out)
    assert "Red" in outputs[0] and "Nurse" in outputs[0]


def test_control_characters_in_record_fields_become_spaces():
    from matcher.postings.parse import parse_posting

    p = parse_posting(REQ, "a", {"title": "ICU \x1b[31mNurse\r\n", "company": "Harbor\x00Health"})
    assert p.title == "ICU  [31mNurse" and p.company == "Harbor Health"


# -- 10: URLs --------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>",
                                 "vbscript:x", "//evil.example/x", "ftp://example.com/x", "http://",
                                 "https://exa\x01mple.com"])
def test_urls_other_than_http_are_refused(index, tmp_path, url):
    before = snapshot(index)
    feed = write_jsonl(tmp_path / "feed.jsonl", {"id": "n", "text": REQ, "url": url})
    one_line_error(run_cli("index", "add", str(feed), index=index), "feed.jsonl line 1", "'url' must be an http")
    assert snapshot(index) == before


def test_urls_in_the_text_that_are_not_http_are_dropped():
    from matcher.postings.parse import parse_posting

    assert parse_posting("Link: javascript:alert(1)\n" + REQ, "a").url == ""
    assert parse_posting("Link: https://example.com/j/1\n" + REQ, "a").url == "https://example.com/j/1"
    assert parse_posting(REQ, "a", {"url": " https://example.com/j/2 "}).url == "https://example.com/j/2"


def test_the_api_refuses_a_javascript_url(make_app):
    client = make_app(API_KEY="k").test_client()
    response = client.post("/api/v1/postings", json={"id": "x", "text": REQ, "url": "data:text/html,hi"},
                           headers={"Authorization": "Bearer k"})
    assert response.status_code == 400 and "'url' must be an http" in response.get_json()["error"]


# -- 11: concurrent first writers ---------------------------------------------------------------
def test_two_first_writers_of_a_new_index_both_succeed(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MATCHER_MODEL": "fake"}
    for round_ in range(4):
        directory = tmp_path / f"index{round_}"
        procs = [subprocess.Popen([PY, "-m", "matcher", "--index-dir", str(directory), "index", "add",
                                   str(SEEDS)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(3)]
        results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        for p in procs:
            p.stdout.close()
            p.stderr.close()
        assert all(rc == 0 for rc, _ in results), results
        listed = run_cli("index", "list", "--format", "json", index=directory)
        assert len(json.loads(listed.stdout)) == 5


def test_the_creation_path_takes_the_lock(tmp_path, fake_embedder):
    """While a writer holds the lock, a first writer waits for it (here: times out), never races."""
    from filelock import FileLock

    from matcher.index.index import LOCK_NAME, Index

    directory = tmp_path / "new"
    directory.mkdir()
    held = FileLock(str(directory / LOCK_NAME))
    with held:
        done = subprocess.run([PY, "-c", (
            "import sys; from matcher.index.index import Index; from matcher.embed.models import get_embedder\n"
            "from matcher.errors import MatcherError\n"
            "import filelock, matcher.index.index as m\n"
            "m.FileLock = lambda path, timeout: filelock.FileLock(path, timeout=0.5)\n"
            f"try:\n  Index.open({str(directory)!r}, get_embedder('fake'), create=True)\n"
            "except MatcherError as e:\n  print(e); sys.exit(3)\n")],
            env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 3 and "another process is writing" in done.stdout, done.stderr
    with Index.open(directory, fake_embedder, create=True) as idx:
        assert idx.store.count() == 0


# -- 12: a damaged, full or read-only index ----------------------------------------------------
def _zero(path: Path, offset: int, length: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(b"\0" * length)


@pytest.mark.parametrize("where", ["header", "pages"])
def test_a_damaged_database_is_one_line(index, resume_file, where):
    _zero(index / "matcher.db", 0 if where == "header" else 4096 * 3, 4096 if where == "header" else 4096 * 4)
    for args in (["index", "stats"], ["index", "list"], ["show", "002_e398d6db5335ec34"],
                 ["similar", "002_e398d6db5335ec34"], ["rank", str(resume_file)], ["index", "rebuild"],
                 ["index", "add", str(SEEDS)]):
        one_line_error(run_cli(*args, index=index), "matcher.db", "damaged", "matcher index add")


def test_store_errors_are_index_problems(index, fake_embedder):
    from matcher.errors import IndexProblem
    from matcher.index.index import Index

    with Index.open(index, fake_embedder, load_vectors=False) as idx:
        _zero(index / "matcher.db", 4096 * 3, 4096 * 4)
        with pytest.raises(IndexProblem, match="damaged"):
            list(idx.store.postings())


@pytest.mark.parametrize("manifest", ["[1, 2]", '{"generation": "abc"}', '{"generation": "abc", "format": 2}',
                                      '"text"', "{not json", "", '{"format": 2, "count": "x", "generation": -4}'])
def test_a_damaged_manifest_is_rebuilt(index, manifest):
    (index / "manifest.json").write_text(manifest)
    for args in (["index", "stats"], ["similar", "002_e398d6db5335ec34"], ["index", "list"]):
        done = run_cli(*args, index=index)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    fixed = json.loads((index / "manifest.json").read_text())
    assert fixed["count"] == 5 and isinstance(fixed["generation"], int) and fixed["generation"] >= 1
    assert run_cli("index", "remove", "000_08d9c04a1e8f909e", index=index).returncode == 0


def test_a_damaged_faiss_file_is_rebuilt(index):
    (index / "vectors.faiss").write_bytes(b"\0" * 100)
    done = run_cli("similar", "002_e398d6db5335ec34", "--format", "json", index=index)
    assert done.returncode == 0 and len(json.loads(done.stdout)["similar"]) == 4


def test_a_full_disk_leaves_the_index_intact(index, tmp_path):
    """`ulimit -f` (Python ignores SIGXFSZ, so writes past it fail with EFBIG): one line, and
    the index answers as before."""
    feed = write_jsonl(tmp_path / "many.jsonl", *[
        {"id": f"n{i}", "title": f"Nurse {i}", "text": REQ + ("Caring for patients. " * 60) + str(i)}
        for i in range(400)])
    before = run_cli("index", "list", "--format", "json", index=index).stdout
    one_line_error(run_cli("index", "add", str(feed), index=index, prefix="ulimit -f 200;"),
                   "could not write the index", "free some space")
    assert run_cli("index", "list", "--format", "json", index=index).stdout == before
    with sqlite3.connect(index / "matcher.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not list(index.glob("*.tmp"))
    done = run_cli("index", "add", str(feed), index=index)  # with space again: all of it
    assert done.returncode == 0 and "400 added" in done.stdout, done.stderr


def test_a_failed_faiss_write_keeps_sqlite_and_says_rebuild(index, fake_embedder, monkeypatch):
    from matcher.errors import IndexProblem
    from matcher.index.index import Index
    from matcher.index.vectors import VectorIndex
    from matcher.postings.parse import parse_posting

    def full(self, path):
        raise OSError(28, "No space left on device")

    with Index.open(index, fake_embedder, create=True) as idx:
        monkeypatch.setattr(VectorIndex, "save", full)
        with pytest.raises(IndexProblem, match="matcher index rebuild"):
            idx.add([parse_posting(REQ, "new-1")])
        monkeypatch.undo()
    assert not list(index.glob("*.tmp"))
    with Index.open(index, fake_embedder) as idx:  # the FAISS file is caught up on open
        assert idx.store.count() == 6 and len(idx.vectors) == 6
        assert idx.similar("new-1", 2)


def _read_only_runner():
    """A way to run a command on a really read-only directory: as root, in a private mount
    namespace with a read-only bind mount; as anyone else, with the permissions removed."""
    if os.geteuid() != 0:
        return "chmod"
    if shutil.which("unshare") is None:
        return None
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount --bind -o ro / /mnt"], capture_output=True)
    return "mount" if probe.returncode == 0 else None


def test_a_read_only_index_is_read(index, tmp_path, resume_file):
    how = _read_only_runner()
    if how is None:
        pytest.skip("cannot make a read-only directory here (root without mount namespaces)")
    before = snapshot(index)
    files_before = sorted(p.name for p in index.iterdir())
    (index / "vectors.faiss").unlink()  # a reader must rebuild it in memory, writing nothing
    files_before.remove("vectors.faiss")
    base = [PY, "-m", "matcher", "--index-dir", str(index)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MATCHER_MODEL": "fake"}

    def run(*args: str) -> subprocess.CompletedProcess:
        if how == "mount":
            command = ["unshare", "-m", "sh", "-c", f'mount --bind -o ro "{index}" "{index}" && exec "$@"',
                       "sh", *base, *args]
        else:
            command = [*base, *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)

    if how == "chmod":
        for p in [index, *index.iterdir()]:
            p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        for args in (["index", "stats"], ["index", "list"], ["show", "002_e398d6db5335ec34"],
                     ["similar", "002_e398d6db5335ec34"], ["rank", str(resume_file)]):
            done = run(*args)
            assert done.returncode == 0 and "Traceback" not in done.stderr, (args, done.stderr)
        for args in (["index", "add", str(SEEDS)], ["index", "remove", "000_08d9c04a1e8f909e"],
                     ["index", "rebuild"]):
            one_line_error(run(*args), "read-only")
    finally:
        if how == "chmod":
            for p in [index, *index.iterdir()]:
                p.chmod(0o755 if p.is_dir() else 0o644)
    assert sorted(p.name for p in index.iterdir()) == files_before
    assert {k: v for k, v in snapshot(index).items()} == {k: v for k, v in before.items() if k != "vectors.faiss"}


def test_readers_of_a_read_only_store_write_nothing(index, fake_embedder, monkeypatch):
    """In-process, whoever runs the tests: an index that is not writable is opened read-only
    and takes no lock."""
    import matcher.index.index as index_module
    from matcher.errors import IndexProblem

    monkeypatch.setattr(index_module, "_writable", lambda *_: False)
    (index / ".lock").unlink(missing_ok=True)
    with index_module.Index.open(index, fake_embedder) as idx:
        assert idx.readonly and idx.store.count() == 5 and idx.similar("002_e398d6db5335ec34", 2)
        with pytest.raises(IndexProblem, match="read-only"):
            idx.rebuild()
    with pytest.raises(IndexProblem, match="read-only"):
        index_module.Index.open(index, fake_embedder, create=True)
    assert not (index / ".lock").exists()


def test_the_web_service_reads_a_read_only_index(web_index, monkeypatch):
    import matcher.index.index as index_module
    from matcher.resumes.read import read_resume_bytes
    from matcher.service import Service

    from .helpers import RESUME_TEXT

    monkeypatch.setattr(index_module, "_writable", lambda *_: False)
    service = Service(web_index, "fake")
    assert len(service.catalog()) == 5
    assert service.match(read_resume_bytes(RESUME_TEXT.encode(), "r.txt"), 3)
    assert service.similar("002_e398d6db5335ec34", 2) and service.get("002_e398d6db5335ec34")


def test_json_that_python_cannot_read_is_a_one_line_error(tmp_path):
    from matcher.errors import InputError
    from matcher.postings.feeds import load_postings

    (tmp_path / "long.jsonl").write_text('{"id": ' + "9" * 5000 + ', "text": "Requirements\\n- Go"}\n')
    with pytest.raises(InputError, match=r"long\.jsonl line 1: holds a number too long to read"):
        load_postings([tmp_path / "long.jsonl"])
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(InputError, match=r"deep\.json: JSON nested too deeply"):
        load_postings([tmp_path / "deep.json"])


def test_a_stored_script_url_never_leaves_the_index():
    """Postings stored before URLs were checked keep a javascript: address in SQLite; reading
    them back drops it, so no face (API, CLI, page) hands it on."""
    from matcher.postings.parse import Posting

    stored = {"id": "old", "title": "Old", "text": "Requirements\n- Go", "url": "javascript:alert(1)"}
    assert Posting.from_dict(stored).url == ""
    assert Posting.from_dict({**stored, "url": "https://example.com/job"}).url == "https://example.com/job"
