"""Publishing an index as a read-only snapshot behind a symlink, for stateless replicas.

``publish(source, link)`` copies the index in ``source`` into a new directory beside
``link`` (``LINK-000001``, ``LINK-000002``, ...), then points the symlink ``link`` at it.
Servers started with ``--index-dir LINK`` see the manifest behind the link change and load
the new catalog (``Service.catalog``); nothing else is shared between them.

* The SQLite store is copied by ``VACUUM INTO``, one read transaction, taken under the
  source's write lock: the copy is one committed state, never part of an add, and writers
  wait only for the copy.  The copy's journal mode is DELETE, so a reader of the snapshot
  needs no ``-wal``/``-shm`` file and writes none.
* The FAISS file is rebuilt from the copy's summary vectors (no model is loaded), so it
  agrees with the copy whatever the source's cache holds, and so is the candidate stage's
  IVF index of a catalog at its threshold (copied when the source's holds the same
  vectors); the manifest says the directory is a snapshot, which ``Index.open`` opens
  read-only whoever runs it (root too).
* The files and the directory are made read-only and fsynced; then a new symlink is
  renamed over ``link``.  ``rename(2)`` is atomic: whoever opens ``link`` gets the old
  snapshot or the new one, never a mix.

With ``keep``, the oldest snapshots beyond the newest ``keep`` are removed afterwards
(only directories this module made, never the one the link names nor the source).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from matcher import config
from matcher.errors import IndexProblem, InputError
from matcher.index.index import DB_NAME, FAISS_NAME, FORMAT_VERSION, LOCK_NAME, MANIFEST_NAME, SNAPSHOT_KEY, is_snapshot
from matcher.index.store import Store, store_problem
from matcher.index.vectors import ClusteredIndex, VectorIndex

LOCK_WAIT_S = 600  # as long as a writer waits for another


@dataclass
class Published:
    """What ``publish`` did: the new snapshot, its postings, the snapshots it removed."""

    snapshot: Path
    postings: int
    removed: list[Path] = field(default_factory=list)


def publish(source: str | Path, link: str | Path, keep: int | None = None) -> Published:
    """Snapshot the index in ``source`` beside ``link`` and point ``link`` at it (see the
    module's text).  Bad input is refused before anything is written; a failure part way
    removes the new directory and leaves ``link`` as it was."""
    source, link = Path(source), Path(link)
    if keep is not None and keep < 1:
        raise InputError("--keep must be at least 1: the snapshot just published is kept")
    _check_link(link)
    if not (source / DB_NAME).is_file():
        raise IndexProblem(f"no index in {source}: nothing to publish (build one with "
                           f"`matcher --index-dir {source} index add PATH...`)")
    snapshot = _new_directory(link)
    try:
        count = _copy(source, snapshot)
        _seal(snapshot)
        _point(link, snapshot)
    except (OSError, RuntimeError) as exc:  # faiss reports a failed write as RuntimeError
        _remove(snapshot)
        reason = getattr(exc, "strerror", None) or str(exc).strip().splitlines()[0][:120]
        raise IndexProblem(f"could not write the snapshot {snapshot} ({reason}): {link} is as it was") from None
    except BaseException:
        _remove(snapshot)
        raise
    return Published(snapshot, count, _prune(link, keep, source) if keep else [])


def _check_link(link: Path) -> None:
    if link.is_symlink():
        return  # a previous publish's link (or a hand-made one): replaced
    if link.exists():
        kind = "directory" if link.is_dir() else "file"
        raise InputError(f"{link} is a {kind}, not a symlink: publish to a new path (the link "
                         f"replicas are started with) or move {link} aside")
    if not link.parent.is_dir():
        raise InputError(f"cannot publish to {link}: the directory {link.parent} does not exist")


def _numbered(link: Path) -> dict[int, Path]:
    """The directories beside ``link`` named ``LINK-NNNNNN``, by number."""
    pattern = re.compile(re.escape(link.name) + r"-(\d{6,})")
    found = {}
    for entry in link.parent.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and entry.is_dir() and not entry.is_symlink():
            found[int(match.group(1))] = entry
    return found


def _new_directory(link: Path) -> Path:
    """A new, empty ``LINK-NNNNNN`` numbered after every one there (made exclusively: two
    publishers at once get two directories)."""
    number = max(_numbered(link), default=0) + 1
    while True:
        path = link.parent / f"{link.name}-{number:06d}"
        try:
            path.mkdir()
            return path
        except FileExistsError:
            number += 1
        except OSError as exc:
            raise IndexProblem(f"cannot create the snapshot directory {path} ({exc.strerror or exc})") from None


def _copy(source: Path, snapshot: Path) -> int:
    """Copy the store of ``source`` into ``snapshot`` and give it a FAISS file and a manifest;
    returns the number of postings."""
    try:
        store = Store(source / DB_NAME, readonly=True)
    except IndexProblem as exc:  # its advice is for opening an index in place: not this command's
        raise IndexProblem(f"{str(exc).split('; ')[0]}: nothing to publish") from None
    try:
        model, dim = store.meta("model"), store.meta("dim")
        if model is None or not str(dim).isdigit():
            raise IndexProblem(f"{source / DB_NAME} names no model: it was never finished; nothing to publish")
        target = str(snapshot / DB_NAME)
        try:
            if is_snapshot(source) or not os.access(source, os.W_OK | os.X_OK):
                store.db.execute("VACUUM INTO ?", [target])  # no writer can be at work
            else:
                with FileLock(str(source / LOCK_NAME), timeout=LOCK_WAIT_S):
                    store.db.execute("VACUUM INTO ?", [target])
        except Timeout:
            raise IndexProblem(f"another process has been writing the index in {source} for "
                               f"{LOCK_WAIT_S} s: publish when it is done") from None
        except sqlite3.DatabaseError as exc:
            raise store_problem(source / DB_NAME, exc) from None
    finally:
        store.close()
    try:
        conn = sqlite3.connect(target)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if mode != "delete":
                raise IndexProblem(f"could not set the journal mode of {target} to DELETE (it is {mode})")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise store_problem(Path(target), exc) from None
    copy = Store(Path(target), readonly=True)
    try:
        dim = int(dim)
        vectors = VectorIndex(dim)
        vectors.add(*copy.summary_vectors(dim))
        count = copy.count()
    finally:
        copy.close()
    vectors.save(snapshot / FAISS_NAME)
    _clustered(source, snapshot, vectors)
    try:
        generation = json.loads((source / MANIFEST_NAME).read_text()).get("generation", 0)
    except (OSError, ValueError, AttributeError):
        generation = 0
    manifest = {
        "format": FORMAT_VERSION, "model": model, "dim": dim, "count": count, "vectors": len(vectors),
        "generation": generation if isinstance(generation, int) and generation >= 0 else 0,
        SNAPSHOT_KEY: {"source": str(source.resolve()),
                       "published_at": datetime.now(UTC).isoformat(timespec="seconds")},
    }
    (snapshot / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n")
    return count


def _clustered(source: Path, snapshot: Path, vectors: VectorIndex) -> None:
    """A catalog at the candidate stage's threshold gets its IVF index in the snapshot too
    (replicas cannot save one): the source's file when its name says it holds the copied
    vectors, else one trained now."""
    ids = vectors.ids()
    if len(ids) < config.get("candidate_stage_min"):
        return
    name = ClusteredIndex.name_for(ids)
    if (source / name).is_file():
        shutil.copyfile(source / name, snapshot / name)
    else:
        ClusteredIndex.build(ids, vectors.matrix()).save(snapshot / name)


def _seal(snapshot: Path) -> None:
    """Make the snapshot's files read-only and durable (fsynced, with the directory)."""
    for path in snapshot.iterdir():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())
        path.chmod(0o444)
    snapshot.chmod(0o555)
    _fsync_dir(snapshot)


def _point(link: Path, snapshot: Path) -> None:
    """Point ``link`` at ``snapshot`` atomically: a new symlink (relative, so the pair can be
    moved or mounted elsewhere together) renamed over the old one."""
    temporary = link.parent / f".{link.name}.{os.getpid()}.tmp"
    temporary.unlink(missing_ok=True)
    try:
        temporary.symlink_to(snapshot.name, target_is_directory=True)
        os.replace(temporary, link)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise IndexProblem(f"could not point {link} at {snapshot} ({exc.strerror or exc}); "
                           f"{link} is as it was") from None
    try:  # published now: a failure to make the rename durable must not undo it
        _fsync_dir(link.parent)
    except OSError:
        pass


def _prune(link: Path, keep: int, source: Path) -> list[Path]:
    """Remove the snapshots beside ``link`` older than the newest ``keep``: only those
    ``publish`` made (their manifest says so), never the link's target nor the source."""
    spared = {link.resolve(), source.resolve()}
    snapshots = [path for _, path in sorted(_numbered(link).items(), reverse=True)
                 if is_snapshot(path) and path.resolve() not in spared]
    removed = []
    for path in snapshots[keep - 1:]:
        _remove(path)
        if not path.exists():
            removed.append(path)
    return removed


def _remove(path: Path) -> None:
    """Remove a snapshot directory (made read-only: given write access back first)."""
    if not path.exists():
        return
    path.chmod(path.stat().st_mode | stat.S_IWUSR | stat.S_IXUSR)
    shutil.rmtree(path, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
