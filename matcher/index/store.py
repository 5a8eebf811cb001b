"""SQLite through sqlite-utils: the source of truth of the index.

Tables: ``postings`` (one row per posting: the parsed posting as JSON, its
content hash, a few columns to filter on), ``vectors`` (one row per embedded
text: the posting's summary at position -1, its title at -2, its opening
read as one passage at -3 and each requirement at its position, float16 blobs) and
``meta`` (model name and dimension).  The FAISS file caches the summary rows of
``vectors`` (one per posting, for the similar-postings lookup) and can always be
rebuilt from here; the other vectors live here only.
"""

from __future__ import annotations

import functools
import inspect
import json
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import numpy as np

from matcher.errors import IndexProblem
from matcher.index.sqlitedb import Migrations, sqlite_utils
from matcher.postings.parse import Posting

migrations = Migrations("matcher")
_OUTDATED = """instr(data, '"knockouts":') = 0"""  # stored before knock-outs were read


@migrations()
def m001_create_tables(db: sqlite_utils.Database) -> None:
    db["postings"].create({
        "id": str, "hash": str, "title": str, "company": str, "location": str,
        "remote": int, "salary_min": float, "salary_max": float,
        "data": str, "added_at": str,
    }, pk="id")
    db.execute("""CREATE TABLE vectors (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        posting_id TEXT NOT NULL REFERENCES postings(id),
        position INTEGER NOT NULL,
        vector BLOB NOT NULL)""")
    db["vectors"].create_index(["posting_id", "position"], unique=True)
    db["meta"].create({"key": str, "value": str}, pk="key")


SUMMARY = -1  # the position of a posting's summary vector
TITLE = -2    # the position of its title's vector (a posting without a title has none)
OPENING = -3  # the position of its opening's vector (its first hundred words read as one passage)


TABLES = ("postings", "vectors", "meta")


def store_problem(path: Path, exc: sqlite3.DatabaseError) -> IndexProblem:
    """SQLite's error as one line that says what happened to the index and what fixes it.

    SQLite rolls a failed transaction back, so after any of these the database holds what
    it held before the statement that failed."""
    directory, text = Path(path).parent, str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return IndexProblem(f"the index in {directory} is busy: another process is writing it; "
                            "try again when it is done")
    if "full" in low or "disk i/o" in low or "too large" in low:
        return IndexProblem(f"could not write the index in {directory} ({text}): no space left on "
                            "the disk or over a file-size limit; what was written before is kept and "
                            "nothing half-written is; free some space and run the command again")
    if "readonly" in low or "read-only" in low:
        return IndexProblem(f"the index in {directory} is read-only ({text}): reading works, "
                            "writing needs write access to the directory")
    return IndexProblem(f"{path} is not a usable matcher database ({text}): it is damaged; "
                        f"re-create the index from your postings (move {directory} aside, then "
                        "`matcher index add PATH...`)")


def _sqlite_errors_as_problems(cls):
    """Every public method of ``cls`` raises ``IndexProblem`` (``store_problem``) where
    SQLite raises ``DatabaseError`` (a damaged file, a full disk, a lock), generators as
    they are consumed, so that no face shows a raw sqlite3 traceback."""
    def wrap(method):
        if inspect.isgeneratorfunction(method):
            @functools.wraps(method)
            def generator(self, *args, **kwargs):
                try:
                    yield from method(self, *args, **kwargs)
                except sqlite3.DatabaseError as exc:
                    raise store_problem(self.path, exc) from None
            return generator

        @functools.wraps(method)
        def plain(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as exc:
                raise store_problem(self.path, exc) from None
        return plain

    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member) and name != "snapshot":
            setattr(cls, name, wrap(member))
    return cls


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to an index whose directory (or file) cannot be written.

    ``mode=ro`` first: it reads a write-ahead log a writer left behind.  Where SQLite
    cannot open even that (a WAL database in a read-only directory needs its -shm file),
    ``immutable=1``: SQLite then reads the file as it is and takes no locks."""
    uri = "file:" + quote(str(Path(path).resolve()))
    try:
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=30, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        pass
    return sqlite3.connect(uri + "?immutable=1", uri=True, check_same_thread=False)


def nfc(posting_id: str) -> str:
    return unicodedata.normalize("NFC", str(posting_id))


@_sqlite_errors_as_problems
class Store:
    """The SQLite database of one index directory.  ``readonly``: opened without writing
    anything (no journal-mode switch, no migrations), for an index that cannot be written."""

    def __init__(self, path: Path, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                self.db = sqlite_utils.Database(_connect_readonly(self.path))
                missing = [t for t in TABLES if not self.db[t].exists()]
                if missing:
                    raise IndexProblem(f"{self.path} is not a matcher index (no {missing[0]} table); "
                                       "it cannot be set up while its directory is read-only")
            else:
                conn = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
                self.db = sqlite_utils.Database(conn)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA foreign_keys=ON")
                migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise store_problem(self.path, exc) from None

    def close(self) -> None:
        try:
            self.db.close()
        except sqlite3.DatabaseError:
            pass

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: every query inside sees the same committed state, whatever
        writers commit meanwhile (in WAL mode each reader keeps its snapshot)."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        try:
            conn.execute("BEGIN")
        except sqlite3.DatabaseError as exc:
            raise store_problem(self.path, exc) from None
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.DatabaseError:
                    pass  # the first error is the one to report
            raise
        if conn.in_transaction:
            try:
                conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                raise store_problem(self.path, exc) from None

    # -- meta -----------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    # -- postings -------------------------------------------------------------
    def count(self) -> int:
        return self.db["postings"].count

    def ids(self) -> list[str]:
        """Every posting's id as stored."""
        return [pid for (pid,) in self.db.execute("SELECT id FROM postings ORDER BY id")]

    def resolve_id(self, posting_id: str) -> str | None:
        """The id as stored of ``posting_id`` (as given, or NFC-normalised: 'café' typed either
        way), or None when no posting has it."""
        for candidate in dict.fromkeys([str(posting_id), nfc(posting_id)]):
            if self.db.execute("SELECT 1 FROM postings WHERE id = ?", [candidate]).fetchone():
                return candidate
        return None

    def hashes(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for pid, digest in self.db.execute(
                    f"SELECT id, hash FROM postings WHERE id IN ({marks})", chunk):
                found[pid] = digest
        return found

    def upsert(self, items: list[tuple[Posting, str, list[tuple[int, np.ndarray]]]]) -> list[int]:
        """Write postings with their vectors, (position, vector) pairs: ``SUMMARY``,
        ``TITLE``, then 0, 1, ... for the requirements, in one transaction.  Returns the
        ids of the vectors it removed."""
        removed: list[int] = []
        now = datetime.now(UTC).isoformat(timespec="seconds")
        # atomic(), not ``with conn``: sqlite-utils commits each write made outside an open
        # transaction, so under ``with conn`` a crash could leave a posting without vectors.
        with self.db.atomic():
            for posting, digest, vectors in items:
                removed += self._delete_vectors(posting.id)
                self.db["postings"].upsert({
                    "id": posting.id, "hash": digest, "title": posting.title,
                    "company": posting.company, "location": posting.location,
                    "remote": None if posting.remote is None else int(posting.remote),
                    "salary_min": posting.salary_min, "salary_max": posting.salary_max,
                    "data": json.dumps(posting.to_dict(), ensure_ascii=False), "added_at": now,
                }, pk="id")
                self.db.conn.executemany(
                    "INSERT INTO vectors (posting_id, position, vector) VALUES (?, ?, ?)",
                    [(posting.id, pos, np.asarray(vec).astype(np.float16).tobytes())
                     for pos, vec in vectors])
        return removed

    def _delete_vectors(self, posting_id: str) -> list[int]:
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM vectors WHERE posting_id = ?", [posting_id])]
        self.db.execute("DELETE FROM vectors WHERE posting_id = ?", [posting_id])
        return ids

    def remove(self, ids: list[str]) -> list[int]:
        """Delete postings and their vectors in one transaction; returns the vector ids removed."""
        removed: list[int] = []
        with self.db.atomic():
            for pid in ids:
                removed += self._delete_vectors(pid)
                self.db.execute("DELETE FROM postings WHERE id = ?", [pid])
        return removed

    def same_text(self, postings: list[Posting]) -> list[tuple[str, str]]:
        """(id, stored id) for each of ``postings`` that a stored posting under another id
        repeats: the same text, title, company and location (``feeds.same_posting``).  Only
        the stored texts of the same length are read."""
        by_length: dict[int, list[Posting]] = {}
        for posting in postings:
            by_length.setdefault(len(posting.text), []).append(posting)
        found = []
        rows = list(self.db.execute("SELECT id, title, company, location, "
                                    "length(json_extract(data, '$.text')) FROM postings"))
        for stored, title, company, location, length in rows:
            if length not in by_length:
                continue
            (text,) = self.db.execute("SELECT json_extract(data, '$.text') FROM postings WHERE id = ?",
                                      [stored]).fetchone()
            key = (text, title or "", company or "", location or "")
            found += [(p.id, stored) for p in by_length[length]
                      if p.id != stored and (p.text, p.title, p.company, p.location) == key]
        return found

    def get(self, posting_id: str) -> Posting | None:
        row = self.db.execute("SELECT data FROM postings WHERE id = ?", [posting_id]).fetchone()
        return Posting.from_dict(json.loads(row[0])) if row else None

    def postings(self, offset: int = 0, limit: int | None = None) -> Iterator[Posting]:
        for data in self.postings_json(offset, limit):
            yield Posting.from_dict(json.loads(data))

    def postings_json(self, offset: int = 0, limit: int | None = None) -> Iterator[str]:
        """The stored JSON of postings (``Posting.to_dict``), in id order."""
        sql = "SELECT data FROM postings ORDER BY id LIMIT ? OFFSET ?"
        for (data,) in self.db.execute(sql, [-1 if limit is None else limit, offset]):
            yield data

    def outdated(self) -> int:
        """How many postings were stored before their knock-outs were (``Posting.from_dict``
        reads those from the text, ~5 ms a posting, every time one is loaded)."""
        return self.db.execute(f"SELECT count(*) FROM postings WHERE {_OUTDATED}").fetchone()[0]

    def update_outdated(self) -> int:
        """Store what the postings ``outdated`` counts lack, read once from their text, in one
        transaction (their hashes and vectors stay: their text is unchanged)."""
        ids = [pid for (pid,) in self.db.execute(f"SELECT id FROM postings WHERE {_OUTDATED}")]
        with self.db.atomic():
            for start in range(0, len(ids), 500):  # a part at a time: records are KBs each
                chunk = ids[start:start + 500]
                rows = self.db.execute(f"SELECT id, data FROM postings WHERE id IN ({','.join('?' * len(chunk))})",
                                       chunk).fetchall()
                self.db.conn.executemany("UPDATE postings SET data = ? WHERE id = ?", [
                    (json.dumps(Posting.from_dict(json.loads(data)).to_dict(), ensure_ascii=False), pid)
                    for pid, data in rows])
        return len(ids)

    def rows(self, offset: int = 0, limit: int | None = None) -> list[dict]:
        """Light rows (no parsed data) for listings."""
        sql = ("SELECT id, title, company, location, remote, salary_min, salary_max, added_at "
               "FROM postings ORDER BY id LIMIT ? OFFSET ?")
        cur = self.db.execute(sql, [-1 if limit is None else limit, offset])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur]

    # -- vectors --------------------------------------------------------------
    def vector_count(self) -> int:
        return self.db["vectors"].count

    def summary_count(self) -> int:
        """Summary vectors: one per posting, what the FAISS file holds."""
        return self.db.execute("SELECT count(*) FROM vectors WHERE position = ?",
                               [SUMMARY]).fetchone()[0]

    def summary_ids(self) -> np.ndarray:
        """The vector ids of every posting's summary vector, sorted."""
        rows = self.db.execute("SELECT id FROM vectors WHERE position = ? ORDER BY id", [SUMMARY])
        return np.array([r[0] for r in rows], dtype=np.int64)

    def summary_vectors(self, dim: int,
                        posting_ids: list[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Summary vector ids and their float32 vectors, ordered by id: every posting's, or
        those of ``posting_ids``.  This is what the FAISS file caches."""
        sql = "SELECT id, vector FROM vectors WHERE position = ?"
        args: list = [SUMMARY]
        if posting_ids is not None:
            sql += f" AND posting_id IN ({','.join('?' * len(posting_ids))})"
            args += list(posting_ids)
        rows = self.db.execute(sql + " ORDER BY id", args).fetchall()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        if not rows:
            return ids, np.zeros((0, dim), dtype=np.float32)
        flat = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float16)
        return ids, flat.reshape(len(rows), dim).astype(np.float32)

    def summary_of(self, posting_id: str) -> np.ndarray | None:
        """One posting's summary vector (float32), or None if the posting is not stored."""
        row = self.db.execute("SELECT vector FROM vectors WHERE posting_id = ? AND position = ?",
                              [posting_id, SUMMARY]).fetchone()
        return None if row is None else np.frombuffer(row[0], dtype=np.float16).astype(np.float32)

    def summary_owners(self, vector_ids: list[int]) -> dict[int, dict]:
        """For summary vector ids, the listing fields of the posting each belongs to (id,
        title, company, location).  Ids no longer stored (a posting removed or updated
        since a FAISS copy was loaded) are absent: vector ids are never reused, so a stale
        id can never name another posting."""
        found: dict[int, dict] = {}
        for start in range(0, len(vector_ids), 500):
            chunk = [int(v) for v in vector_ids[start:start + 500]]
            marks = ",".join("?" * len(chunk))
            for vid, pid, title, company, location in self.db.execute(
                    "SELECT v.id, p.id, p.title, p.company, p.location FROM vectors v "
                    f"JOIN postings p ON p.id = v.posting_id "
                    f"WHERE v.position = ? AND v.id IN ({marks})", [SUMMARY] + chunk):
                found[vid] = {"posting_id": pid, "title": title, "company": company,
                              "location": location}
        return found

    def vectors_by_posting(self, dim: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every posting's summary, title and opening vectors and every requirement vector, as
        four float32 matrices in the order of ``postings``: one summary, one title and one
        opening row per posting (zeros for a posting without a title, or stored before
        openings were), and the requirement rows posting by posting, each posting's by
        position; and the summary vectors' ids.  Rows are read
        one at a time into matrices sized beforehand, so the vectors are never held twice."""
        n_requirements = self.db.execute("SELECT count(*) FROM vectors WHERE position >= 0"
                                         ).fetchone()[0]
        summaries = np.empty((self.count(), dim), dtype=np.float32)
        summary_ids = np.empty(self.count(), dtype=np.int64)
        titles = np.zeros((self.count(), dim), dtype=np.float32)
        openings = np.zeros((self.count(), dim), dtype=np.float32)
        requirements = np.empty((n_requirements, dim), dtype=np.float32)
        i, r, seen, previous = -1, 0, 0, None
        for vector_id, posting_id, position, blob in self.db.execute(
                "SELECT id, posting_id, position, vector FROM vectors ORDER BY posting_id, position"):
            if posting_id != previous:
                i, previous = i + 1, posting_id
            if position == SUMMARY:
                summaries[i] = np.frombuffer(blob, dtype=np.float16)
                summary_ids[i] = vector_id
                seen += 1
            elif position == TITLE:
                titles[i] = np.frombuffer(blob, dtype=np.float16)
            elif position == OPENING:
                openings[i] = np.frombuffer(blob, dtype=np.float16)
            else:
                requirements[r] = np.frombuffer(blob, dtype=np.float16)
                r += 1
        if seen != len(summaries) or i + 1 != len(summaries):
            # each posting is written with its vectors in one transaction
            raise IndexProblem(f"{self.path}: {len(summaries) - seen} postings have no vectors: "
                               f"re-embed them with `matcher index rebuild --reembed`")
        return summaries, titles, openings, requirements, summary_ids

    def layout(self) -> list[tuple[int, str, int]]:
        """(vector id, posting id, position) for every vector, grouped by posting."""
        return self.db.execute(
            "SELECT id, posting_id, position FROM vectors ORDER BY posting_id, position").fetchall()
