"""Scale-out on Ray: the distributed paths give what the local ones give.

One Ray cluster for this module, made of a head that runs nothing and two
worker nodes of one CPU each (``ray.cluster_utils.Cluster``): work crosses
processes and nodes as on a real cluster.  SQLite rows, vector blobs, FAISS
ids and ``rank --format json`` are compared with the local path's, byte for
byte; a worker killed in the middle has its chunk redone, once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import ray
from click.testing import CliRunner
from ray import cloudpickle
from ray.cluster_utils import Cluster

from matcher.cli import cli
from matcher.index.index import DB_NAME, FAISS_NAME, Index
from matcher.index.vectors import VectorIndex
from matcher.postings.feeds import load_postings, read_entries
from matcher.scale.indexing import EmbedActor, RayEngine
from tools.bench.corpus import generate_postings

from .helpers import RESUME_TEXT, ROOT, SEEDS

EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def cluster():
    """Two worker nodes of one CPU; the head node takes no work.  This process is its driver."""
    made = Cluster(initialize_head=True, head_node_args={"num_cpus": 0})
    for _ in range(2):
        made.add_node(num_cpus=1)
    made.wait_for_nodes()
    ray.init(address=made.address, include_dashboard=False, log_to_driver=False)
    yield made
    ray.shutdown()
    made.shutdown()


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    """90 generated postings and the examples' three."""
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    records = [{"id": rid, "text": text} for rid, text in generate_postings(90, SEEDS, seed=3)]
    lines = [json.dumps(r) for r in records] + (EXAMPLES / "feed.jsonl").read_text().splitlines()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def contents(directory: Path) -> dict:
    """What an index holds: its rows (without the time of writing), its vector blobs and
    the FAISS file's ids and vectors."""
    conn = sqlite3.connect(directory / DB_NAME)
    try:
        postings = conn.execute("SELECT id, hash, title, company, location, remote, salary_min, "
                                "salary_max, data FROM postings ORDER BY id").fetchall()
        vectors = conn.execute("SELECT id, posting_id, position, vector FROM vectors ORDER BY id").fetchall()
        meta = conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall()
    finally:
        conn.close()
    faiss = VectorIndex.load(directory / FAISS_NAME)
    return {"postings": postings, "vectors": vectors, "meta": meta,
            "faiss_ids": faiss.ids().tolist(), "faiss": faiss.matrix().tobytes()}


@pytest.fixture(scope="module")
def local_index(tmp_path_factory, feed) -> Path:
    directory = tmp_path_factory.mktemp("local") / "index"
    run("--index-dir", str(directory), "index", "add", str(SEEDS), str(feed))
    return directory


def test_ray_add_writes_what_the_local_add_writes(cluster, tmp_path, feed, local_index):
    directory = tmp_path / "index"
    out = run("--index-dir", str(directory), "index", "add", str(SEEDS), str(feed),
              "--engine", "ray", "--workers", "2")
    assert "98 added, 0 updated, 0 unchanged" in out
    assert contents(directory) == contents(local_index)
    # Again: nothing to embed, nothing written; then one changed posting is replaced.
    assert "0 added, 0 updated, 98 unchanged" in run("--index-dir", str(directory), "index", "add", str(SEEDS),
                                                    str(feed), "--engine", "ray")
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({"id": "icu-nurse-1", "text": "Requirements\n- 3+ years of Go"}) + "\n")
    assert "0 added, 1 updated" in run("--index-dir", str(directory), "index", "add", str(changed),
                                       "--engine", "ray")
    local = tmp_path / "local"
    run("--index-dir", str(local), "index", "add", str(SEEDS), str(feed))
    run("--index-dir", str(local), "index", "add", str(changed))
    assert contents(directory) == contents(local)


def test_ray_rank_prints_what_the_local_rank_prints(cluster, tmp_path, local_index):
    resumes = tmp_path / "resumes"
    resumes.mkdir()
    (resumes / "jordan.txt").write_text(RESUME_TEXT, encoding="utf-8")
    for path in (EXAMPLES / "resumes").iterdir():
        (resumes / path.name).write_bytes(path.read_bytes())
    (resumes / "zz-broken.pdf").write_bytes(b"not a pdf at all")
    common = ["--index-dir", str(local_index), "rank", str(resumes), "--format", "json", "--keep-going",
              "--top", "7"]
    runner = CliRunner()
    local = runner.invoke(cli, common)
    distributed = runner.invoke(cli, common + ["--engine", "ray", "--workers", "2"])
    assert local.exit_code == distributed.exit_code == 1  # the broken resume is reported
    assert "zz-broken.pdf" in distributed.stderr
    assert distributed.stdout == local.stdout
    assert len(json.loads(local.stdout)) == 4
    # Without --keep-going the first unreadable resume stops both, with the same line.
    local = runner.invoke(cli, common[:-3])
    distributed = runner.invoke(cli, common[:-3] + ["--engine", "ray"])
    assert local.exit_code == distributed.exit_code != 0
    assert distributed.output == local.output
    (resumes / "zz-broken.pdf").unlink()
    for fmt in ("json", "csv", "table"):
        args = ["--index-dir", str(local_index), "rank-resumes", "icu-nurse-1", str(resumes), "--format", fmt]
        assert run(*args, "--engine", "ray") == run(*args)
        args = ["--index-dir", str(local_index), "rank", str(resumes), "--all", "--format", fmt, "--remote-only"]
        assert run(*args, "--engine", "ray", "--workers", "2") == run(*args)


class CrashOnce(EmbedActor):
    """Kills its own process at its first chunk if the file ``MARK`` names is still there
    (the first actor to remove it dies; Ray restarts it and runs the chunk again)."""

    MARK = ""

    def __call__(self, batch):
        try:
            os.unlink(self.MARK)
        except FileNotFoundError:
            return super().__call__(batch)
        os._exit(1)


def test_a_killed_worker_has_its_chunk_redone_once(cluster, tmp_path, feed, local_index, fake_embedder):
    mark = tmp_path / "crash-once"
    mark.touch()
    crashing = type("CrashingActor", (CrashOnce,), {"MARK": str(mark)})
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        engine = RayEngine(2, actor=crashing, chunk_size=16)  # 7 chunks (the fake model's vectors
        # do not depend on which texts share a batch, the real model's do in their last bits)
        postings = engine.parse(read_entries([SEEDS, feed]))
        with Index.open(tmp_path / "index", fake_embedder, create=True) as index:
            result = index.add(postings, engine=engine)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert not mark.exists()  # a worker died
    assert (result.added, result.updated) == (98, 0)
    assert contents(tmp_path / "index") == contents(local_index)


def test_reembed_on_ray_writes_what_the_local_reembed_writes(cluster, tmp_path, feed):
    local, distributed = tmp_path / "local", tmp_path / "ray"
    for directory in (local, distributed):
        run("--index-dir", str(directory), "index", "add", str(SEEDS), str(feed))
    run("--index-dir", str(local), "index", "rebuild", "--reembed")
    run("--index-dir", str(distributed), "index", "rebuild", "--reembed", "--engine", "ray")
    assert contents(distributed) == contents(local)


def test_a_bad_record_stops_a_ray_add_before_anything_is_written(cluster, tmp_path, feed):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "huge", "text": "x " * 300_000}) + "\n")
    directory = tmp_path / "index"
    run("--index-dir", str(directory), "index", "add", str(SEEDS))
    before = contents(directory)
    result = CliRunner().invoke(cli, ["--index-dir", str(directory), "index", "add", str(feed), str(bad),
                                      "--engine", "ray"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "bad.jsonl line 1" in result.output and "Traceback" not in result.output
    assert contents(directory) == before


@pytest.mark.parametrize("args", [["--workers", "2"], ["--address", "127.0.0.1:1"],
                                  ["--engine", "ray", "--workers", "0"]])
def test_ray_options_are_checked(tmp_path, args):
    result = CliRunner().invoke(cli, ["--index-dir", str(tmp_path), "index", "add", str(SEEDS), *args])
    assert result.exit_code != 0
    assert result.output.startswith("Error: --") and result.output.count("\n") == 1


def test_the_command_joins_a_running_cluster_by_its_address(cluster, tmp_path, local_index):
    """A separate process given --address: the seeds indexed on the module's cluster."""
    directory = tmp_path / "index"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MATCHER_MODEL": "fake"}
    env.pop("RAY_ADDRESS", None)
    done = subprocess.run([sys.executable, "-c", "from matcher.cli import cli; cli()", "--index-dir",
                           str(directory), "index", "add", str(SEEDS), "--engine", "ray",
                           "--address", cluster.address], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "5 added" in done.stdout
    seeds = {p.id for p in load_postings([SEEDS])}
    assert {row[0] for row in contents(directory)["postings"]} == seeds



def test_without_an_address_the_command_starts_and_stops_a_cluster_of_its_own(tmp_path):
    directory = tmp_path / "index"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MATCHER_MODEL": "fake"}
    env.pop("RAY_ADDRESS", None)
    feeds = [str(SEEDS), str(EXAMPLES / "feed.jsonl")]
    done = subprocess.run([sys.executable, "-c", "from matcher.cli import cli; cli()", "--index-dir",
                           str(directory), "index", "add", *feeds, "--engine", "ray", "--workers", "1"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    local = tmp_path / "local"
    run("--index-dir", str(local), "index", "add", *feeds)
    assert contents(directory) == contents(local)


@pytest.mark.model
def test_with_the_real_model_ray_and_local_give_the_same_index_and_rankings(cluster, tmp_path):
    local, distributed = tmp_path / "local", tmp_path / "ray"
    feeds = [str(SEEDS), str(EXAMPLES / "feed.jsonl")]
    model = ["--model", "all-MiniLM-L6-v2"]
    run(*model, "--index-dir", str(local), "index", "add", *feeds)
    run(*model, "--index-dir", str(distributed), "index", "add", *feeds, "--engine", "ray", "--workers", "2")
    assert contents(distributed) == contents(local)
    args = [*model, "--index-dir", str(local), "rank", str(EXAMPLES / "resumes"), "--all", "--format", "json"]
    assert run(*args, "--engine", "ray", "--workers", "2") == run(*args)


def test_parts_are_taken_in_order_and_once_whatever_order_they_come_in():
    from matcher.errors import IndexProblem
    from matcher.scale.indexing import _in_order

    class Arrivals:
        def __init__(self, seqs):
            self.seqs = seqs

        def iter_rows(self):
            return ({"seq": s, "value": f"v{s}"} for s in self.seqs)

    assert [r["value"] for r in _in_order(Arrivals([1, 0, 0, 3, 2, 1]), 4)] == ["v0", "v1", "v2", "v3"]
    with pytest.raises(IndexProblem, match="2 of 3"):
        list(_in_order(Arrivals([1, 0]), 3))


# -- an address nothing answers at fails fast ------------------------------------------------
def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("address", [f"127.0.0.1:{_closed_port()}", "nosuchhost.invalid:6379"])
def test_an_unreachable_address_is_one_line_and_a_nonzero_exit_within_seconds(address):
    import time

    from matcher.scale.cluster import CONNECT_TIMEOUT_S

    env = {**os.environ, "PYTHONPATH": str(ROOT), "MATCHER_MODEL": "fake"}
    env.pop("RAY_ADDRESS", None)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", "from matcher.cli import cli; cli()", "rank",
                           str(EXAMPLES / "resumes" / "nurse.txt"), "--engine", "ray", "--address", address],
                          env=env, capture_output=True, text=True, timeout=120)
    assert time.monotonic() - started < CONNECT_TIMEOUT_S + 30  # Ray used to retry for minutes
    assert done.returncode != 0
    assert done.stderr.startswith(f"Error: could not connect to the Ray cluster at {address} (")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_check_reachable_passes_a_listening_port_and_bounds_a_silent_one():
    import socket
    import time

    from matcher.errors import MatcherError
    from matcher.scale.cluster import check_reachable

    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        check_reachable(f"127.0.0.1:{listening.getsockname()[1]}")
        check_reachable(f"ray://127.0.0.1:{listening.getsockname()[1]}")
    check_reachable("auto")  # Ray's to read
    started = time.monotonic()
    with pytest.raises(MatcherError, match="could not connect"):
        check_reachable("192.0.2.1:6379", timeout=0.5)  # TEST-NET-1: nothing answers there
    assert time.monotonic() - started < 5
