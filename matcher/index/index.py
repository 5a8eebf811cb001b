"""The on-disk index: the SQLite store, the FAISS cache and their manifest.

Writers take a file lock, commit to SQLite first (the truth), then write the
FAISS file and the manifest atomically.  A process killed between the two
leaves a FAISS file that disagrees with SQLite; ``Index.open`` notices
(ids and counts differ) and rebuilds it from SQLite, which needs no model.

The FAISS file holds one vector per posting, its summary, keyed by that
vector's id in SQLite; its one reader is ``similar`` (postings like a
posting).  Matching reads every vector from SQLite (``catalog``), so
requirement vectors are not cached in FAISS.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from matcher import config
from matcher.embed.models import Embedder
from matcher.errors import IndexProblem, InputError, NotFound
from matcher.index.engines import LocalEngine
from matcher.index.recipe import posting_hash
from matcher.index.similar import SIMILAR_K_DEFAULT, Similar, similar_postings
from matcher.index.store import Store
from matcher.index.vectors import CLUSTERED_PREFIX, ClusteredIndex, VectorIndex, replaced_atomically
from matcher.postings.parse import Posting

# Bump when what the FAISS file holds changes: a file of another format is rebuilt
# from SQLite on open.  2: summary vectors only (1 held every vector).
FORMAT_VERSION = 2
DB_NAME, FAISS_NAME, MANIFEST_NAME, LOCK_NAME = "matcher.db", "vectors.faiss", "manifest.json", ".lock"
# The manifest key of a published snapshot (``matcher.index.publish``): such an index is
# opened read-only whoever opens it, root included, whom file modes do not stop.
SNAPSHOT_KEY = "snapshot"


class ReadOnlyIndex(IndexProblem, PermissionError):
    """A write asked of an index this process cannot write: an ``IndexProblem`` (one line for
    the faces) and a ``PermissionError``, as a lock file in a read-only directory raised
    before, which readers that try the lock (the serving catalog) already expect."""


@dataclass
class AddResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def to_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}


class Index:
    """One index directory.  Open it with ``Index.open``, in a ``with`` block that closes it
    (as ``sqlite_utils.Database`` is used)."""

    def __init__(self, directory: Path, embedder: Embedder, store: Store,
                 vectors: VectorIndex | None):
        self.directory = directory
        self.embedder = embedder
        self.store = store
        self.vectors = vectors
        self.readonly = store.readonly

    # -- opening --------------------------------------------------------------
    @classmethod
    def open(cls, directory: str | Path, embedder: Embedder, create: bool = False,
             other_model_ok: bool = False, load_vectors: bool = True) -> Index:
        """Open (or with ``create``, make) the index in ``directory``.

        A store built with another model is refused with the command that
        fixes it (unless ``other_model_ok``, for ``reembed``); a FAISS file
        that disagrees with SQLite is rebuilt.  With ``load_vectors=False`` the
        FAISS file is neither read nor repaired and ``vectors`` is None: for
        readers of SQLite alone (a catalog load, a posting shown), which would
        otherwise hold every vector a second time; such an index cannot write.
        """
        directory = Path(directory)
        db_path = directory / DB_NAME
        if not db_path.exists():
            if not create:
                raise IndexProblem(f"no index in {directory}: add postings first "
                                   f"(matcher index add PATH)")
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise IndexProblem(f"cannot create the index directory {directory} "
                                   f"({exc.strerror or exc})") from None
        if is_snapshot(directory):
            if create:
                raise IndexProblem(_SNAPSHOT_READ_ONLY.format(directory=directory))
            store = Store(db_path, readonly=True)
        elif not _writable(directory, db_path):
            if create:
                raise IndexProblem(f"the index in {directory} is read-only: adding postings needs "
                                   "write access to the directory (reading works as it is)")
            store = Store(db_path, readonly=True)
        elif create:
            # The first writers of a new index meet here: creating the tables and setting the
            # model is done by one at a time (two at once failed with "database is locked").
            try:
                with FileLock(str(directory / LOCK_NAME), timeout=600):
                    store = Store(db_path)
                    if store.meta("model") is None:
                        store.set_meta("model", embedder.name)
                        store.set_meta("dim", str(embedder.dim))
            except Timeout:
                raise IndexProblem(f"another process is writing the index in {directory}") from None
        else:
            store = Store(db_path)
        model, dim = store.meta("model"), store.meta("dim")
        if model is None or not str(dim).isdigit():
            store.close()
            raise IndexProblem(f"{db_path} names no model: it was never finished; re-create the "
                               f"index from your postings (move {directory} aside, then "
                               "`matcher index add PATH...`)")
        elif (model != embedder.name or int(dim) != embedder.dim) and other_model_ok:
            index = cls(directory, embedder, store, VectorIndex(embedder.dim))
            return index
        elif model != embedder.name or int(dim) != embedder.dim:
            store.close()
            raise IndexProblem(
                f"the index in {directory} was built with model {model!r} but the configured "
                f"model is {embedder.name!r}: set MATCHER_MODEL={model} or re-embed with "
                f"`matcher index rebuild --reembed`")
        if not load_vectors:
            return cls(directory, embedder, store, None)
        index = cls(directory, embedder, store, VectorIndex(embedder.dim))
        index._load_vectors()
        return index

    def _load_vectors(self) -> None:
        path = self.directory / FAISS_NAME
        manifest, leftovers = self.manifest(), self._leftovers()
        if path.exists() and manifest.get("format") == FORMAT_VERSION:
            try:
                vectors = VectorIndex.load(path)
            except Exception:  # a damaged cache: rebuilt from SQLite below
                vectors = None
            # A writer killed between its FAISS save and its manifest's rename leaves a FAISS
            # file that agrees with SQLite beside an old manifest (or its temporary file):
            # repaired too, so that the manifest, which servers watch, catches up.
            if (vectors is not None and vectors.dim == self.embedder.dim
                    and self._consistent(vectors) and manifest.get("count") == self.store.count()
                    and not leftovers):
                self.vectors = vectors
                return
        if self.store.summary_count() or path.exists() or leftovers:
            self._repair()

    def _repair(self) -> None:
        """Rebuild the FAISS cache from SQLite.  Only the holder of the write lock saves it:
        a reader that meets a writer at work (SQLite ahead of FAISS until the writer saves)
        keeps its rebuilt copy in memory and leaves the files to the writer, and so does a
        reader of a read-only index, which takes no lock."""
        if self.readonly:
            self._rebuild_from_store(save=False)
            return
        try:
            with self.lock(timeout=0):
                self._remove_leftovers()
                self._rebuild_from_store()
        except (Timeout, OSError, IndexProblem):  # a read-only directory, a full disk
            self._rebuild_from_store(save=False)

    def _leftovers(self) -> list[Path]:
        """Temporary files of a writer: at work now, or dead before its rename."""
        return [f for name in (FAISS_NAME, MANIFEST_NAME)
                for f in self.directory.glob(name + ".*.tmp")]

    def _remove_leftovers(self) -> None:
        """Temporary files of a writer that died before its rename (call under the lock)."""
        for stale in self._leftovers():
            stale.unlink(missing_ok=True)

    def _refresh(self) -> None:
        """Under the lock: catch up with writes made since this index was opened (another
        writer's), so that the FAISS file saved next agrees with SQLite."""
        self._remove_leftovers()
        if not self._consistent(self.vectors):
            self._rebuild_from_store(save=False)

    def _consistent(self, vectors: VectorIndex) -> bool:
        """Whether ``vectors`` holds exactly the summary vectors SQLite has (by id)."""
        if len(vectors) != self.store.summary_count():
            return False
        return np.array_equal(np.sort(vectors.ids()), self.store.summary_ids())

    # -- writing --------------------------------------------------------------
    def lock(self, timeout: float = 600) -> FileLock:
        """The index's write lock: one writer at a time, across processes.  A read-only
        index has none: writing it is refused here, with the reason."""
        if self.readonly and is_snapshot(self.directory):
            raise ReadOnlyIndex(_SNAPSHOT_READ_ONLY.format(directory=self.directory))
        if self.readonly:
            raise ReadOnlyIndex(f"the index in {self.directory} is read-only: changing it needs "
                               "write access to the directory (reading works as it is)")
        return FileLock(str(self.directory / LOCK_NAME), timeout=timeout)

    def add(self, postings: list[Posting],
            progress: Callable[[int], None] | None = None, engine=None) -> AddResult:
        """Upsert postings: new ids are added, changed ones replaced, unchanged ones skipped.
        ``engine`` embeds them (default ``LocalEngine``: this process; see ``engines``); what it
        returns is written here, chunk by chunk in input order, whichever engine it is."""
        engine = engine or LocalEngine()
        twice = [pid for pid, n in Counter(p.id for p in postings).items() if n > 1]
        if twice:
            raise InputError(f"duplicate id {twice[0]!r}: two postings have it (ids are compared "
                             "after Unicode normalisation, so 'café' is one id however it is typed)")
        hashes = [posting_hash(p) for p in postings]
        result = AddResult()
        try:
            with self.lock():
                self._refresh()
                known = self.store.hashes(p.id for p in postings)
                todo = []
                for posting, digest in zip(postings, hashes):
                    if known.get(posting.id) == digest:
                        result.unchanged += 1
                        if progress:
                            progress(1)
                        continue
                    if posting.id in known:
                        result.updated += 1
                    else:
                        result.added += 1
                    todo.append((posting, digest))
                # Embed and commit in chunks, so a long add keeps what it has done.  The
                # FAISS file is written once at the end (rewriting it after every chunk made
                # a large add quadratic); a crash before then leaves a FAISS file that
                # disagrees with SQLite, which the next open rebuilds.
                synced = False
                try:
                    chunks = [todo[s:s + engine.chunk_size] for s in range(0, len(todo), engine.chunk_size)]
                    embedded = engine.embed([[p for p, _ in chunk] for chunk in chunks], self.embedder)
                    for chunk, rows in zip(chunks, embedded):
                        items = [(posting, digest, r) for (posting, digest), r in zip(chunk, rows)]
                        removed = self.store.upsert(items)
                        synced = True
                        self._sync_vectors(removed, [p.id for p, _ in chunk], save=False)
                        if progress:
                            progress(len(chunk))
                except BaseException:
                    # What SQLite committed is kept; the FAISS file follows it if it can (else
                    # the next open rebuilds it), and the first error is the one reported.
                    if synced:
                        try:
                            self._save_vectors()
                        except (IndexProblem, OSError):
                            pass
                    raise
                if synced:
                    self._save_vectors()
        except Timeout:
            raise IndexProblem(f"another process is writing the index in {self.directory}") from None
        return result

    def _sync_vectors(self, removed_ids: list[int], posting_ids: list[str],
                      save: bool = True) -> None:
        """Bring the FAISS copy in step after a write: drop the vectors SQLite removed (the
        requirement ids among them are not in FAISS, and removing them is a no-op), add the
        summary vectors of ``posting_ids``."""
        self.vectors.remove(removed_ids)
        if posting_ids:
            self.vectors.add(*self.store.summary_vectors(self.embedder.dim, posting_ids))
        if save:
            self._save_vectors()

    def remove(self, ids: list[str]) -> None:
        stored = [self.store.resolve_id(i) for i in ids]
        missing = [i for i, s in zip(ids, stored) if s is None]
        if missing:
            raise NotFound(f"no posting with id {missing[0]!r} in the index")
        ids = list(dict.fromkeys(stored))
        with self.lock():
            self._refresh()
            removed = self.store.remove(ids)
            self._sync_vectors(removed, [])

    def rebuild(self) -> int:
        """Rebuild the FAISS file from SQLite (no re-embedding), and store the knock-outs of
        postings stored before they were read; returns how many those were."""
        with self.lock():
            self._remove_leftovers()
            updated = self.store.update_outdated()
            self._rebuild_from_store()
        return updated

    def reembed(self, progress: Callable[[int], None] | None = None, engine=None) -> None:
        """Embed every posting again with the configured model (after a model change), by
        ``engine`` (default ``LocalEngine``).

        Everything is embedded first and written in one transaction with the new model's
        name: a crash or an error before the commit leaves the old index whole, and the
        two models' vectors (whose dimensions may differ) never share the store.
        """
        engine = engine or LocalEngine()
        with self.lock():
            self._remove_leftovers()
            postings = list(self.store.postings())
            chunks = [postings[s:s + engine.chunk_size] for s in range(0, len(postings), engine.chunk_size)]
            items = []
            for chunk, rows in zip(chunks, engine.embed(chunks, self.embedder)):
                for posting, vectors in zip(chunk, rows):
                    items.append((posting, posting_hash(posting),
                                  [(position, vector.astype(np.float16)) for position, vector in vectors]))
                if progress:
                    progress(len(chunk))
            with self.store.db.atomic():
                self.store.upsert(items)
                self.store.set_meta("model", self.embedder.name)
                self.store.set_meta("dim", str(self.embedder.dim))
            self._rebuild_from_store()

    def _rebuild_from_store(self, save: bool = True) -> None:
        ids, matrix = self.store.summary_vectors(self.embedder.dim)
        self.vectors = VectorIndex(self.embedder.dim)
        self.vectors.add(ids, matrix)
        if save:
            self._save_vectors()

    def _save_vectors(self) -> None:
        """Write the FAISS file, then the manifest, each atomically.  A failure (a full disk)
        leaves the old files or none, never half of one; SQLite, the truth, is not touched, and
        the next open rebuilds the cache."""
        manifest = {
            "format": FORMAT_VERSION, "model": self.embedder.name, "dim": self.embedder.dim,
            "count": self.store.count(), "vectors": len(self.vectors),
            "generation": self.generation() + 1,
        }
        try:
            self.vectors.save(self.directory / FAISS_NAME)
            self._save_clustered()
            _write_atomic(self.directory / MANIFEST_NAME, json.dumps(manifest, indent=2) + "\n")
        except (OSError, RuntimeError) as exc:  # faiss reports a failed write as RuntimeError
            reason = getattr(exc, "strerror", None) or str(exc).strip().splitlines()[0][:120]
            raise IndexProblem(f"could not write the FAISS file in {self.directory} ({reason}): the "
                               "postings in SQLite are kept; free some space, then run "
                               "`matcher index rebuild`") from None

    def _save_clustered(self) -> None:
        """A catalog of at least ``MATCHER_CANDIDATE_STAGE_MIN`` postings: the candidate
        stage's IVF index of the summary vectors, trained from scratch and saved under the
        name its vectors give (before the manifest, which servers watch, so a server that
        reloads finds it).  Other such files, and a dead writer's temporary ones, go."""
        ids = self.vectors.ids()
        keep = ClusteredIndex.name_for(ids) if len(ids) >= config.get("candidate_stage_min") else None
        if keep and not (self.directory / keep).exists():
            ClusteredIndex.build(ids, self.vectors.matrix()).save(self.directory / keep)
        for old in self.directory.glob(CLUSTERED_PREFIX + "*"):
            if old.name != keep:
                old.unlink(missing_ok=True)

    # -- reading --------------------------------------------------------------
    def manifest(self) -> dict:
        """The manifest, or {} when it is missing or is not a JSON object (a damaged manifest
        is a stale cache: the FAISS file is rebuilt and the manifest rewritten)."""
        try:
            found = json.loads((self.directory / MANIFEST_NAME).read_text())
        except (OSError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def generation(self) -> int:
        """The manifest's generation (0 when missing or not a whole number)."""
        value = self.manifest().get("generation", 0)
        return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0

    def get(self, posting_id: str) -> Posting:
        stored = self.store.resolve_id(posting_id)
        posting = None if stored is None else self.store.get(stored)
        if posting is None:
            raise NotFound(f"no posting with id {posting_id!r} in the index")
        return posting

    def similar(self, posting_id: str, k: int = SIMILAR_K_DEFAULT) -> list[Similar]:
        """The ``k`` postings most like ``posting_id`` (see ``similar_postings``).  Needs
        the FAISS file: an index opened with ``load_vectors=False`` cannot answer."""
        if self.vectors is None:
            raise IndexProblem("this index was opened with load_vectors=False: "
                               "similar() needs its FAISS file")
        return similar_postings(self.store, self.vectors, posting_id, k)

    def stats(self) -> dict:
        files = [self.directory / n for n in (DB_NAME, FAISS_NAME, MANIFEST_NAME)]
        files += list(self.directory.glob(CLUSTERED_PREFIX + "*.faiss"))
        size = sum(f.stat().st_size for f in files if f.exists())
        return {"directory": str(self.directory), "postings": self.store.count(),
                "vectors": self.store.vector_count(),
                "faiss_vectors": None if self.vectors is None else len(self.vectors),
                "model": self.embedder.name,
                "dim": self.embedder.dim, "bytes_on_disk": size,
                "generation": self.generation()}

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_SNAPSHOT_READ_ONLY = ("the index in {directory} is a published snapshot, read-only: change the index it was "
                       "published from, then `matcher index publish` again (reading works as it is)")


def is_snapshot(directory: str | Path) -> bool:
    """Whether ``directory`` holds a published snapshot (its manifest says so)."""
    try:
        manifest = json.loads((Path(directory) / MANIFEST_NAME).read_text())
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and isinstance(manifest.get(SNAPSHOT_KEY), dict)


def _writable(directory: Path, db_path: Path) -> bool:
    """Whether this process may write the index: its directory and, if there, its database."""
    return os.access(directory, os.W_OK | os.X_OK) and (not db_path.exists() or os.access(db_path, os.W_OK))


def _write_atomic(path: Path, text: str) -> None:
    with replaced_atomically(path) as tmp, open(tmp, "w") as fh:
        fh.write(text)
