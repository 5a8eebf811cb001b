"""Posting feeds: files, directories, JSON/JSONL/CSV records -> parsed ``Posting``s.

A text file is one posting, its id the file stem; a .json, .jsonl or .csv
file holds records with an 'id', a 'text' (or 'description') and optional
fields, and an .xml feed (a job board's: Indeed's, Appcast's) one <job> element
per posting, its child elements the record's fields.  A bad file, record or line, an id seen twice, or a posting over
``MAX_POSTING_CHARS`` characters or ``MAX_REQUIREMENTS`` requirements, raises
``InputError`` naming the file and the record or line.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import multiprocessing
import os
import re
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from matcher.errors import InputError
from matcher.postings.fields import field_name, kind_of, validated
from matcher.postings.parse import MAX_POSTING_CHARS, MAX_REQUIREMENTS, Posting, parse_posting
from matcher.postings.sections import FIELD_ALIASES

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
RECORD_SUFFIXES = (".json", ".jsonl", ".csv", ".xml")
# The posting files a directory is searched for, as messages name them.
POSTING_FILES = ".txt .md .json .jsonl .csv .xml"

# Other names job boards' exports give a record's id and text ("Job ID", "job_id",
# "Requisition ID"; "Job Description", "Body"), compared as ``field_name`` compares keys:
# lower-cased, with runs of spaces, '_' and '-' as one space.  One is read only when the
# record has no 'id' (no 'text' or 'description'): an export with both 'id' and 'ref' keeps
# its 'id'.  They name record fields only, not "Key:" lines in a posting's text ("Job
# description" there is a heading), so they are not among ``sections.FIELD_ALIASES``.
ID_ALIASES = ("job id", "jobid", "posting id", "requisition id", "req id", "ref", "referencenumber", "guid",
              "reference number")
TEXT_ALIASES = ("job description", "body", "content")
# Every name a record field is read under: for "did you mean" (``_unused``).
KNOWN_FIELDS = ("id", "text", "description", *ID_ALIASES, *TEXT_ALIASES,
                *(alias for aliases in FIELD_ALIASES.values() for alias in aliases))


def _key(name: object) -> str:
    return re.sub(r"[\s_-]+", " ", str(name)).strip().lower()


def _alias(name: object) -> str | None:
    """"id" or "text" when ``name`` is one of their other names, else None."""
    key = _key(name)
    return "id" if key in ID_ALIASES else "text" if key in TEXT_ALIASES else None


def _given(value: object) -> bool:
    return not (value is None or (isinstance(value, str) and not value.strip()))


def record_field(name: object, record: dict | None = None) -> str | None:
    """The field a record's key gives: "id", "text" (also for 'description'), a canonical
    field (``field_name``), or None for a key matcher does not use.  An id or text alias
    ("Job ID") counts only when ``record`` has no 'id' (no 'text' or 'description')."""
    low = str(name).strip().lower()
    if low in ("id", "text", "description"):
        return "text" if low == "description" else low
    alias = _alias(low)
    if alias is not None:
        direct = {str(k).strip().lower() for k, v in (record or {}).items() if _given(v)}
        taken = "id" in direct if alias == "id" else bool({"text", "description"} & direct)
        return None if taken else alias
    return field_name(low)


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
                raise InputError(f"{path}: no posting files ({POSTING_FILES}) in this directory")
            yield from found
        elif not path.exists():
            raise InputError(f"{path}: no such file or directory")
        elif path.suffix.lower() not in TEXT_SUFFIXES + RECORD_SUFFIXES:
            raise InputError(f"{path}: cannot read {path.suffix or 'files without an extension'} postings; "
                             f"use {', '.join(POSTING_FILES.split()[:-1])} or .xml")
        else:
            yield path


def skipped_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files in the directories among ``paths`` that are not read as postings (another
    extension: a .pdf, an .exe), for the caller to name; hidden files are not listed."""
    paths = [paths] if isinstance(paths, (str, Path)) else paths
    return [f for path in map(Path, paths) if path.is_dir() for f in _walk(path)[1]]


def _read_text(path: Path, empty_ok: bool = False) -> str:
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
                         f"{', '.join(POSTING_FILES.split()[:-1])} or .xml")
    text = decode(data)
    if not text.strip() and not empty_ok:
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
    rid = str(rid).strip()
    _check_size(rid, text, fields_, where)
    return rid, text, fields_


def _check_size(rid: str, text: str, meta: dict, where: str) -> None:
    size = len(text) + sum(len(str(v)) for v in meta.values())
    if size > MAX_POSTING_CHARS:
        raise InputError(f"{where}: posting {rid!r} is {size:,} characters, over the "
                         f"{MAX_POSTING_CHARS:,}-character limit")


def _folded(record: dict, where: str) -> dict:
    """``record`` with its keys stripped and lower-cased, or InputError when two keys give
    one field different values: 'Title' and 'title', 'title' and 'position' (aliases,
    ``field_name``), 'text' and 'description'.  Nothing given is dropped unsaid."""
    out: dict = {}
    given: dict[str, tuple[str, object]] = {}  # field -> (the key that gave it, its value)
    for key, value in record.items():
        shown = str(key).strip()
        name = shown.lower()
        fold = record_field(name, record) or name
        if _alias(name) is not None and fold in ("id", "text"):
            name = fold  # "Job ID" read as the id: stored under 'id'
        empty = not _given(value)
        if not empty and fold in given and given[fold][1] != value:
            raise InputError(f"{where}: {given[fold][0]!r} and {shown!r} both give the {fold}, with "
                             "different values; keep one")
        if not empty:
            given.setdefault(fold, (shown, value))
        if not empty or name not in out:
            out[name] = value
    return out


def _unused(record: object) -> list[str]:
    """The keys of ``record`` that give no field matcher reads (shown as given)."""
    if not isinstance(record, dict):
        return []
    return [str(k).strip() for k, v in record.items() if record_field(k, record) is None and _given(v)]


def _did_you_mean(name: str) -> str:
    if _alias(name):  # "ref" beside an "id"
        return f" (the record's {_alias(name)!r} is read instead)"
    close = difflib.get_close_matches(_key(name), KNOWN_FIELDS, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _records(path: Path) -> Iterator[tuple[str, str, dict, str]]:
    """(id, text, fields, where) for each posting in one file; the first bad one raises."""
    for item in _items(path, _read_text(path)):
        if isinstance(item, InputError):
            raise item
        yield item[:4]


def _items(path: Path, text: str) -> Iterator[tuple[str, str, dict, str, list[str]] | InputError]:
    """(id, text, fields, where, unused keys) for each posting in one file, or the InputError
    of a bad record in its place (the records after it are read on); a file that cannot be
    read as records at all (not JSON, a CSV without an id column) raises."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield path.stem, text, {}, str(path), []
    elif suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                yield _item(f"{path} line {n}", line=line)
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
            yield _item(f"{path} record {n}", record)
    elif suffix == ".xml":
        for n, record in enumerate(_xml_records(path, text), 1):
            yield _item(f"{path} job {n}", record)
    else:
        yield from _csv_records(path, text)


# A job board's XML feed: the elements that are one posting each ("<job>" in Indeed's and
# Appcast's feeds, "<vacancy>" or "<posting>" in others, an RSS "<item>"), first found wins.
_XML_RECORDS = ("job", "vacancy", "posting", "item")
# Where a feed gives the place in parts (Indeed: <city>, <state>, <country>), they make the
# record's location, in this order, when it has no location of its own.
_XML_PLACE = ("city", "state", "country")


def _xml_records(path: Path, text: str) -> list[dict]:
    """The records of an XML feed: for each posting element, its child elements' names and
    text (a CDATA description as written; its HTML is read as a text file's is).  A file
    that is not well-formed XML, declares entities (an XML bomb) or holds no posting element
    raises."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text)
    except ParseError as e:
        raise InputError(f"{path}: not well-formed XML (line {e.position[0]}, column {e.position[1]})") from None
    except DefusedXmlException:
        raise InputError(f"{path}: XML that declares entities or a DTD is refused") from None
    name = lambda element: str(element.tag).rsplit("}", 1)[-1].lower()  # noqa: E731 (a namespace goes)
    for tag in _XML_RECORDS:
        jobs = [e for e in root.iter() if name(e) == tag]
        if jobs:
            break
    else:
        raise InputError(f"{path}: no <job> elements (an XML feed holds one <job> per posting)")
    records = []
    for job in jobs:
        record = {name(child): "".join(child.itertext()).strip() for child in job}
        if not any(record.get(k) for k in ("location", "job location")):
            place = [record.pop(k) for k in _XML_PLACE if record.get(k)]
            if place:
                record["location"] = ", ".join(place)
        records.append({k: v for k, v in record.items() if v})
    return records


def _item(where: str, record: object = None, line: str | None = None
          ) -> tuple[str, str, dict, str, list[str]] | InputError:
    """One record (or one JSONL line, read here) checked, or its InputError."""
    try:
        record = _json(line, where) if line is not None else record
        return *_record(record, where), where, _unused(record)
    except InputError as e:
        return e


def _csv_records(path: Path, text: str) -> Iterator[tuple[str, str, dict, str, list[str]] | InputError]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # posting texts are long; the default is 128 KiB
    reader = csv.reader(io.StringIO(text, newline=""))
    first = 1  # the line a record starts on, which messages name (a quoted text spans lines)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        gives = {record_field(h, dict.fromkeys(header, "x")) for h in header}
        semicolons = "; the header looks ';'-separated: matcher reads comma-separated CSV" \
            if len(header) == 1 and header[0].count(";") >= 1 else ""
        if "id" not in gives:
            raise InputError(f"{path}: the CSV has no 'id' column (columns: {', '.join(header) or 'none'})"
                             + semicolons)
        if "text" not in gives:
            raise InputError(f"{path}: the CSV has no 'text' (or 'description') column" + semicolons)
        twice = [h for n, h in enumerate(header) if h and h in header[:n]]
        if twice:
            raise InputError(f"{path}: the CSV has the column {twice[0]!r} twice; keep one")
        first = reader.line_num + 1
        for row in reader:
            where = f"{path} line {first}"
            if any(cell.strip() for cell in row[len(header):]):
                yield InputError(f"{where}: the record has {len(row)} cells, the header "
                                 f"{len(header)} columns")
            elif any(cell.strip() for cell in row):
                record = {k: v for k, v in zip(header, row) if v.strip()}
                yield _item(where, record)
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
    _check_size(rid, text, meta, where)
    try:
        posting = parse_posting(text, rid, meta)
    except InputError as e:
        raise InputError(f"{where}: {e}") from None
    if len(posting.requirements) > MAX_REQUIREMENTS:
        raise InputError(f"{where}: posting {rid!r} lists {len(posting.requirements):,} "
                         f"requirements, over the limit of {MAX_REQUIREMENTS:,}")
    return posting


# A feed of at least this many records is parsed on several processes when the caller asks:
# starting one (importing matcher, reading the taxonomy) costs about half a second, and a
# posting's parse about 20 ms of Python, which holds the interpreter.
PARALLEL_FROM = 256
_CHUNK = 64   # records a worker parses per task


def parse_entries(entries: list[tuple[str, str, dict, str]], workers: int = 1) -> list[Posting | InputError]:
    """Each checked record (``read_entries``) parsed (``parse_entry``), or the InputError it
    raised, in input order.  With ``workers`` > 1 a feed of ``PARALLEL_FROM`` records or more
    is parsed by that many worker processes (``cores()`` for one per core), started afresh:
    nothing of this process's state, threads or open files goes with them, and the results
    are the same.  They are started the "spawn" way, which imports the caller's main module:
    a script that asks for workers keeps its work under ``if __name__ == "__main__":``."""
    workers = min(workers, -(-len(entries) // _CHUNK))
    if len(entries) < PARALLEL_FROM or workers < 2:
        return _parse_chunk(entries)
    chunks = [entries[k:k + _CHUNK] for k in range(0, len(entries), _CHUNK)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return [parsed for chunk in pool.map(_parse_chunk, chunks) for parsed in chunk]


def _parse_chunk(entries: list[tuple[str, str, dict, str]]) -> list[Posting | InputError]:
    out: list[Posting | InputError] = []
    for entry in entries:
        try:
            out.append(parse_entry(*entry))
        except InputError as e:
            out.append(InputError(str(e)))
    return out


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parsed_all(entries: list[tuple[str, str, dict, str]], workers: int = 1) -> list[Posting]:
    """The postings of ``parse_entries``; the first record's InputError, in input order, raised."""
    postings = parse_entries(entries, workers)
    if error := next((p for p in postings if isinstance(p, InputError)), None):
        raise error
    return postings  # type: ignore[return-value]


def read_postings(paths: Iterable[str | Path]) -> Iterator[Posting]:
    """Postings from files and directories (recursively; .txt .md .json .jsonl .csv .xml, sorted).

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


def load_postings(paths: Iterable[str | Path], workers: int = 1) -> list[Posting]:
    """All postings of ``read_postings``, parsed before any is returned, so a bad record changes nothing.

    Every record of every file is checked (id, text, field types, duplicates) before
    the first is parsed, so a bad record at the end of a large file is reported at once.
    ``workers``: processes that parse a large feed (``parse_entries``).
    """
    return parsed_all(read_entries(paths), workers)


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


@dataclass
class Feed:
    """What ``read_feed`` made of the files: the postings it could read, each record it
    refused ("FILE line N: reason", in file and line order) and notes for the operator (a
    repeated record taken once, an empty file, fields matcher does not use)."""

    postings: list[Posting] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    good: int = 0   # the records that passed the checks (parsed or not)


def read_feed(paths: Iterable[str | Path], parse_all: bool = True, workers: int = 1) -> Feed:
    """The records of ``paths`` as ``index add`` takes them, every problem collected rather
    than the first raised (``load_postings`` raises the first):

    - a bad record, or a file that is not a feed (binary, not JSON, a CSV without an id
      column), is refused with its line; the other records are read;
    - a record repeated with the same id and the same content is taken once, with a note;
      the same id with other content is refused;
    - an empty feed file (.json .jsonl .csv with no records: a nightly export with no new
      jobs) adds nothing, with a note; an empty .txt/.md posting is refused;
    - the fields of a file that matcher does not use are noted once per file.

    Records are parsed only when ``parse_all`` or when none was refused by the checks (which
    are quick): a caller that will add nothing when one is refused (the default of ``index
    add``) lists the checks' refusals at once, without parsing a large feed first.
    ``workers``: processes that parse a large feed (``parse_entries``).  A missing path
    raises InputError."""
    feed = Feed()
    refused: list[tuple[tuple[int, int], str]] = []
    entries: list[tuple[tuple[int, int], tuple[str, str, dict, str]]] = []
    seen: dict[str, tuple[str, str, dict]] = {}
    for fileno, path in enumerate(_files(paths)):
        count = 0
        try:
            text = _read_text(path, empty_ok=path.suffix.lower() in RECORD_SUFFIXES)
            unused: dict[str, None] = {}
            for n, item in enumerate(_items(path, text) if text.strip() else ()):
                count += 1
                if isinstance(item, InputError):
                    refused.append(((fileno, n), str(item)))
                    continue
                rid, body, meta, where, extra = item
                unused.update(dict.fromkeys(extra))
                if rid in seen:
                    first, *content = seen[rid]
                    if content == [body, meta]:
                        feed.notes.append(f"{where}: the same record as {first} (id {rid!r}); taken once")
                    else:
                        refused.append(((fileno, n), f"{where}: duplicate id {rid!r} with other content "
                                                     f"(first seen in {first})"))
                    continue
                seen[rid] = (where, body, meta)
                entries.append(((fileno, n), (rid, body, meta, where)))
        except InputError as e:  # the whole file
            refused.append(((fileno, count), str(e)))
            continue
        if not count:
            feed.notes.append(f"{path}: {'file is empty' if not text.strip() else 'holds no posting records'}; "
                              "nothing to add from it")
        if unused:
            feed.notes.append(f"{path}: ignored field{'s' * (len(unused) > 1)} "
                              + ", ".join(f"{k!r}{_did_you_mean(k)}" for k in unused)
                              + ": matcher does not read " + ("them" if len(unused) > 1 else "it"))
    feed.good = len(entries)
    if parse_all or not refused:
        for (order, _), parsed in zip(entries, parse_entries([entry for _, entry in entries], workers)):
            if isinstance(parsed, InputError):
                refused.append((order, str(parsed)))
            else:
                feed.postings.append(parsed)
    feed.refused = [message for _, message in sorted(refused, key=lambda r: r[0])]
    return feed


def same_posting(postings: list[Posting]) -> list[tuple[str, str]]:
    """(id, earlier id) for each posting that an earlier one under another id repeats: the
    same text, title, company and location (the same job from two sources).  The same text
    at another place or under another title is another opening, not a repeat."""
    first: dict[tuple, str] = {}
    found = []
    for p in postings:
        key = (p.text, p.title, p.company, p.location)
        if key in first:
            found.append((p.id, first[key]))
        else:
            first[key] = p.id
    return found


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
