"""Parsing and embedding postings on a Ray cluster, for ``Index.add`` and ``reembed``.

Two Ray Data passes, both in input order (``preserve_order``):

1. ``parse``: the checked records (``feeds.read_entries``) are parsed by Ray
   tasks.  Every record is parsed before anything is written, as on the local
   path, so a bad record stops the add with its one line and changes nothing.
2. ``embed``: the postings ``Index.add`` has to embed (new or changed), in
   chunks, go to an actor pool (``ActorPoolStrategy``); each actor loads the
   model once, with as many threads as CPUs Ray gave it, and runs
   ``engines.embed_postings``, the step the local engine runs.  The vectors
   come back to the driver, where ``Index.add`` writes them, chunk by chunk in
   input order, under the index's lock: SQLite rows, vector blobs and FAISS
   ids are those of a local add.

A worker that dies (a killed process, a lost node) is restarted by Ray and its
chunk run again (Ray Data's actors have ``max_restarts=-1`` and
``max_task_retries=-1``); the driver takes each chunk once, by its sequence
number, and in order, so none is lost, written twice or written out of turn.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator

import numpy as np

from matcher.errors import IndexProblem, InputError, MatcherError
from matcher.index.engines import CHUNK, Rows, embed_postings
from matcher.postings.parse import Posting
from matcher.scale.cluster import import_ray

# Postings per actor call: the local engine's chunk.  A model's vectors depend (in their last
# bits) on which texts share its batches, so the same chunks give the same vectors bit for bit;
# a feed of fewer than 256 x workers postings keeps some workers idle.
PARSE_BATCH = 64  # records per parsing task


def limit_threads(threads: int) -> None:
    """One actor's share of the CPUs: Ray sets OMP_NUM_THREADS=1 in its workers, and
    PyTorch would otherwise take every core of the node in each actor."""
    import torch

    torch.set_num_threads(max(1, threads))


def load_embedder(model: str):
    """The model in a worker, once per actor, with the threads Ray gave the actor."""
    import ray

    from matcher.embed import get_embedder

    threads = int(ray.get_runtime_context().get_assigned_resources().get("CPU", 1) or 1)
    if model != "fake":
        limit_threads(threads)
    embedder = get_embedder(model)
    if hasattr(embedder, "use_threads"):  # the ONNX models run their length groups on a pool of threads
        embedder.use_threads(threads)
    return embedder


def _parse_batch(batch: dict) -> dict:
    """A Ray task: parse records; a bad one gives its error line, not an exception, so the
    driver reports the first bad record of the input, as the local path does."""
    from matcher.postings.feeds import parse_entry

    postings, errors = [], []
    for blob in batch["entry"]:
        try:
            postings.append(pickle.dumps(parse_entry(*pickle.loads(blob))))
            errors.append("")
        except InputError as exc:
            postings.append(b"")
            errors.append(str(exc))
    return {"seq": batch["seq"], "posting": np.array(postings, dtype=object),
            "error": np.array(errors, dtype=object)}


class EmbedActor:
    """A Ray Data actor: the model, loaded once, embedding chunks of postings."""

    def __init__(self, model: str):
        self.embedder = load_embedder(model)

    def __call__(self, batch: dict) -> dict:
        out = []
        for blob in batch["postings"]:
            rows = embed_postings(pickle.loads(blob), self.embedder)
            out.append(pickle.dumps([[(position, np.asarray(v, dtype=np.float16)) for position, v in r]
                                     for r in rows]))
        return {"seq": batch["seq"], "rows": np.array(out, dtype=object)}


class RayEngine:
    """Parse and embed on a Ray cluster (joined with ``cluster.ray_cluster``)."""

    name = "ray"

    def __init__(self, workers: int, actor: type = EmbedActor, chunk_size: int = CHUNK):
        self.workers = workers
        self.actor = actor
        self.chunk_size = chunk_size

    def parse(self, entries: list[tuple[str, str, dict, str]]) -> list[Posting]:
        ray = import_ray()
        if not entries:
            return []
        items = [{"seq": i, "entry": pickle.dumps(e)} for i, e in enumerate(entries)]
        blocks = max(1, min(len(items) // PARSE_BATCH + 1, self.workers * 4))
        dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
            _parse_batch, batch_size=PARSE_BATCH, batch_format="numpy", num_cpus=1)
        postings: list[Posting] = []
        for row in _in_order(dataset, len(items)):
            if row["error"]:
                raise InputError(row["error"])
            postings.append(pickle.loads(row["posting"]))
        return postings

    def embed(self, chunks: Iterable[list[Posting]], embedder) -> Iterator[list[Rows]]:
        ray = import_ray()
        chunks = list(chunks)
        if not chunks:
            return
        items = [{"seq": i, "postings": pickle.dumps(c)} for i, c in enumerate(chunks)]
        dataset = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            self.actor, fn_constructor_args=(embedder.name,), batch_size=1, batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, len(items))), num_cpus=1)
        for chunk, row in zip(chunks, _in_order(dataset, len(items))):
            rows = pickle.loads(row["rows"])
            if len(rows) != len(chunk) or any(len(v) != embedder.dim for r in rows for _, v in r):
                raise IndexProblem(f"the Ray workers' model gives vectors unlike {embedder.name!r}'s "
                                   f"({embedder.dim} dimensions): install the same model on every node")
            yield rows


def _in_order(dataset, count: int) -> Iterator[dict]:
    """The rows of ``dataset`` by sequence number, each once, whatever order they arrive in
    (Ray Data keeps the input order with ``preserve_order``; a row that comes early waits
    here, one that comes twice is dropped); a worker's error as one line."""
    ray = import_ray()
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    expected, waiting = 0, {}
    try:
        for row in dataset.iter_rows():
            seq = int(row["seq"])
            if seq < expected or seq in waiting:
                continue  # a part run twice (a worker lost after it answered): taken once
            waiting[seq] = row
            while expected in waiting:
                yield waiting.pop(expected)
                expected += 1
    except ray.exceptions.RayError as exc:
        raise MatcherError(f"the Ray workers failed: {_first_line(exc)}") from None
    if expected != count:
        raise IndexProblem(f"the Ray workers returned {expected} of {count} parts")


def _first_line(exc: BaseException) -> str:
    cause = getattr(exc, "cause", None)
    if isinstance(cause, MatcherError):
        return str(cause)
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return (lines[-1] if lines else type(exc).__name__)[:200]
