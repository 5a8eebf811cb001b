"""Posting feeds: files, directories, JSON/JSONL/CSV records -> parsed ``Posting``s.

A text file is one posting, its id the file stem; a .json, .jsonl or .csv
file holds records with an 'id', a 'text' (or 'description') and optional
fields.  A bad file, record or line, an id seen twice, or a posting over
``MAX_POSTING_CHARS`` characters or ``MAX_REQUIREMENTS`` requirements, raises
``InputError`` naming the file and the record or line.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from matcher.errors import InputError
from matcher.postings.fields import field_name, kind_of, validated
from matcher.postings.parse import MAX_POSTING_CHARS, MAX_REQUIREMENTS, Posting, parse_posting

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
RECORD_SUFFIXES = (".json", ".jsonl", ".csv")


def _walk(directory: Path) -> tuple[list[Path], list[Path]]:
    """(posting files, other files) under ``directory``, sorted; hidden files and
    directories (".git", ".DS_Store") are neither."""
    posting, other = [], []
    for f in sorted(directory.rglob("*")):
        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(directory).parts):
            (posting if f.suffix.lower() in TEXT_SUFFIXES + RECORD_SUFFIXES else other).append(f)
    return posting, other


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        path = Path(path)
        if path.is_dir():
            found = _walk(path)[0]
            if not found:
                raise InputError(f"{path}: no posting files (.txt .md .json .jsonl .csv) in this directory")
            yield from found
        elif not path.exists():
            raise InputError(f"{path}: no such file or directory")
        elif path.suffix.lower() not in TEXT_SUFFIXES + RECORD_SUFFIXES:
            raise InputError(f"{path}: cannot read {path.suffix or 'files without an extension'} postings; "
                             "use .txt, .md, .json, .jsonl or .csv")
        else:
            yield path


def skipped_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files in the directories among ``paths`` that are not read as postings (another
    extension: a .pdf, an .exe), for the caller to name; hidden files are not listed."""
    paths = [paths] if isinstance(paths, (str, Path)) else paths
    return [f for path in map(Path, paths) if path.is_dir() for f in _walk(path)[1]]


def _read_text(path: Path) -> str:
    """A posting file's text, decoded as a resume's is (a UTF-8 or UTF-16 byte-order mark,
    UTF-16 without one, UTF-8, else Windows-1252); a file that is not text (a PDF, a zip,
    random bytes) is refused, not read as mojibake."""
    from matcher.resumes.files import decode, sniff

    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    kind = sniff(data)
    if kind != "text":
        looks = {"pdf": "it looks like a PDF", "docx": "it looks like a Word document",
                 "zip": "it looks like a zip archive"}.get(kind, "it holds binary data")
        raise InputError(f"{path}: not a text file ({looks}); postings are read from text: "
                         ".txt, .md, .json, .jsonl or .csv")
    text = decode(data)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return text


def _record(record: object, where: str) -> tuple[str, str, dict]:
    """(id, text, fields) of one record, or InputError naming where it is."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected an object with 'id' and 'text', not {kind_of(record)}")
    record = _folded(record, where)
    rid = record.get("id")
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        raise InputError(f"{where}: record has no 'id'")
    if isinstance(rid, float) and rid.is_integer():
        rid = int(rid)   # JSON Schema's integer: 5.0 is 5
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        raise InputError(f"{where}: 'id' must be text or a whole number, not {kind_of(rid)}")
    name = "text" if record.get("text") not in (None, "") else "description"
    text = record.get(name)
    if text is None or (isinstance(text, str) and not text.strip()):
        raise InputError(f"{where}: record {str(rid)!r} has no 'text' (or 'description')")
    if not isinstance(text, str):
        raise InputError(f"{where}: '{name}' must be text, not {kind_of(text)}")
    try:
        fields_ = validated({k: v for k, v in record.items() if k not in ("id", "text", "description")})
    except InputError as e:
        raise InputError(f"{where}: {e}") from None
    return str(rid).strip(), text, fields_


def _folded(record: dict, where: str) -> dict:
    """``record`` with its keys stripped and lower-cased, or InputError when two keys give
    one field different values: 'Title' and 'title', 'title' and 'position' (aliases,
    ``field_name``), 'text' and 'description'.  Nothing given is dropped unsaid."""
    out: dict = {}
    given: dict[str, tuple[str, object]] = {}  # field -> (the key that gave it, its value)
    for key, value in record.items():
        shown = str(key).strip()
        name = shown.lower()
        fold = "text" if name in ("text", "description") else field_name(name) or name
        empty = value is None or (isinstance(value, str) and not value.strip())
        if not empty and fold in given and given[fold][1] != value:
            raise InputError(f"{where}: {given[fold][0]!r} and {shown!r} both give the {fold}, with "
                             "different values; keep one")
        if not empty:
            given.setdefault(fold, (shown, value))
        if not empty or name not in out:
            out[name] = value
    return out


def _records(path: Path) -> Iterator[tuple[str, str, dict, str]]:
    """(id, text, fields, where) for each posting in one file."""
    text = _read_text(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield path.stem, text, {}, str(path)
    elif suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                record = _json(line, f"{path} line {n}")
                yield *_record(record, f"{path} line {n}"), f"{path} line {n}"
    elif suffix == ".json":
        data = _json(text, str(path))
        if isinstance(data, dict) and not {"id", "text", "description"} & data.keys():
            lists = [v for k, v in data.items() if k in ("postings", "jobs", "records", "items", "data")]
            data = lists[0] if len(lists) == 1 and isinstance(lists[0], list) else data
            if isinstance(data, dict):
                raise InputError(f"{path}: expected a list of posting records or one record with 'id' and 'text'")
        if not isinstance(data, (list, dict)):
            raise InputError(f"{path}: expected a list of posting records, not {kind_of(data)}")
        for n, record in enumerate(data if isinstance(data, list) else [data], 1):
            yield *_record(record, f"{path} record {n}"), f"{path} record {n}"
    else:
        yield from _csv_records(path, text)


def _csv_records(path: Path, text: str) -> Iterator[tuple[str, str, dict, str]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # posting texts are long; the default is 128 KiB
    reader = csv.reader(io.StringIO(text, newline=""))
    first = 1  # the line a record starts on, which messages name (a quoted text spans lines)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if "id" not in header:
            raise InputError(f"{path}: the CSV has no 'id' column (columns: {', '.join(header) or 'none'})")
        if "text" not in header and "description" not in header:
            raise InputError(f"{path}: the CSV has no 'text' (or 'description') column")
        twice = [h for n, h in enumerate(header) if h and h in header[:n]]
        if twice:
            raise InputError(f"{path}: the CSV has the column {twice[0]!r} twice; keep one")
        first = reader.line_num + 1
        for row in reader:
            where = f"{path} line {first}"
            if any(cell.strip() for cell in row[len(header):]):
                raise InputError(f"{where}: the record has {len(row)} cells, the header "
                                 f"{len(header)} columns")
            if any(cell.strip() for cell in row):
                record = {k: v for k, v in zip(header, row) if v.strip()}
                yield *_record(record, where), where
            first = reader.line_num + 1
    except csv.Error as e:
        raise InputError(f"{path} line {first}: not valid CSV ({e})") from None


def _parsed(entries: Iterable[tuple[str, str, dict, str]], seen: dict[str, str]) -> Iterator[Posting]:
    """Parse (id, text, fields, where) entries; an id already in ``seen`` is an error."""
    for rid, text, meta, where in entries:
        if rid in seen:
            raise InputError(f"{where}: duplicate id {rid!r} (first seen in {seen[rid]})")
        seen[rid] = where
        yield parse_entry(rid, text, meta, where)


def parse_entry(rid: str, text: str, meta: dict, where: str) -> Posting:
    """One checked record (``read_entries``) parsed into a ``Posting``, or an InputError naming
    ``where``: the step a distributed add runs on its workers (``matcher.scale``)."""
    size = len(text) + sum(len(str(v)) for v in meta.values())
    if size > MAX_POSTING_CHARS:
        raise InputError(f"{where}: posting {rid!r} is {size:,} characters, over the "
                         f"{MAX_POSTING_CHARS:,}-character limit")
    try:
        posting = parse_posting(text, rid, meta)
    except InputError as e:
        raise InputError(f"{where}: {e}") from None
    if len(posting.requirements) > MAX_REQUIREMENTS:
        raise InputError(f"{where}: posting {rid!r} lists {len(posting.requirements):,} "
                         f"requirements, over the limit of {MAX_REQUIREMENTS:,}")
    return posting


def read_postings(paths: Iterable[str | Path]) -> Iterator[Posting]:
    """Postings from files and directories (recursively; .txt .md .json .jsonl .csv, sorted).

    A text file's id is its file stem.  A bad file or record, or an id seen
    twice, raises InputError naming the file and the record or line.
    """
    seen: dict[str, str] = {}
    for path in _files(paths):
        empty = True
        for posting in _parsed(_records(path), seen):
            empty = False
            yield posting
        if empty:
            raise InputError(f"{path}: holds no posting records")


def postings_from_records(records: Iterable[object], source: str = "records") -> list[Posting]:
    """Postings from in-memory records (e.g. an API request body), checked like a file's records.

    Errors name ``source`` and the record number; all records are parsed before any is returned.
    """
    entries = [(*_record(record, f"{source} record {n}"), f"{source} record {n}")
               for n, record in enumerate(records, 1)]
    return list(_parsed(_checked(entries), {}))


def load_postings(paths: Iterable[str | Path]) -> list[Posting]:
    """All postings of ``read_postings``, parsed before any is returned, so a bad record changes nothing.

    Every record of every file is checked (id, text, field types, duplicates) before
    the first is parsed, so a bad record at the end of a large file is reported at once.
    """
    return list(_parsed(read_entries(paths), {}))


def read_entries(paths: Iterable[str | Path]) -> list[tuple[str, str, dict, str]]:
    """Every record of ``paths`` as (id, text, fields, where), checked (id, text, field types,
    duplicates) but not parsed: ``parse_entry`` parses one."""
    entries: list[tuple[str, str, dict, str]] = []
    for path in _files(paths):
        found = list(_records(path))
        if not found:
            raise InputError(f"{path}: holds no posting records")
        entries += found
    return _checked(entries)


def _checked(entries: list[tuple[str, str, dict, str]]) -> list[tuple[str, str, dict, str]]:
    """``entries`` once no id among them is seen twice (else InputError naming both places)."""
    seen: dict[str, str] = {}
    for rid, _, _, where in entries:
        if rid in seen:
            raise InputError(f"{where}: duplicate id {rid!r} (first seen in {seen[rid]})")
        seen[rid] = where
    return entries


def _json(text: str, where: str):
    """``text`` as JSON, or a one-line error naming ``where``: bad syntax, a number too
    long to read (Python refuses integers of over 4,300 digits) or nesting too deep."""
    try:
        return json.loads(text, object_pairs_hook=lambda pairs: _object(pairs, where))
    except json.JSONDecodeError as e:
        detail = e.msg if "line " in where else f"line {e.lineno}: {e.msg}"
        raise InputError(f"{where}: not valid JSON ({detail})") from None
    except ValueError:
        raise InputError(f"{where}: holds a number too long to read") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None


def _object(pairs: list[tuple[str, object]], where: str) -> dict:
    """A JSON object, or InputError when it names a key twice (the parser would keep the
    last value and lose the first unsaid)."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise InputError(f"{where}: the key {key!r} is given twice in one object; keep one")
        out[key] = value
    return out
