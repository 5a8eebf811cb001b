"""Resume files -> ``Resume``: text, sentences, skills, dated roles and years (``roles``).

Everything a resume says goes through one road: bytes are sniffed (the
extension must agree with the content), turned into text (pypdf, python-docx,
or a decoded text file), cleaned (``text.clean_text``), and **redacted**
(``redaction``: names, e-mails, phones, street addresses, links) before
anything is scored, embedded or shown, so that two resumes differing only in
who wrote them read the same to the ranking.  Nothing read here is written to
disk or logged.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import logging
import re
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from matcher.errors import InputError, MatcherError, TooLarge, Unprocessable, UnsupportedType
from matcher.resumes.redaction import redact
from matcher.resumes.roles import TITLE_WORD, Role, explicit_years, find_roles, headline, total_years
from matcher.resumes.sections import heading_of, is_empty_line, looks_like_label
from matcher.text import clean_text, split_sentences, strip_line_marks

__all__ = ["EXTENSIONS", "MAX_CHARS", "MAX_ROLES", "MAX_SENTENCES", "READ_SECONDS", "Resume",
           "read_resume", "read_resume_bytes", "resume_from_text"]

EXTENSIONS = (".pdf", ".docx", ".txt", ".md")
MAX_SENTENCE = 300        # characters; longer sentences are cut at a space
MAX_PDF_PAGES = 50        # a resume longer than this is not a resume
# Characters read from a resume's text, about 20 pages: real resumes run to a few
# thousand, and every sentence past them costs each request a model call (a 2 MB
# line is 7,000 sentences, minutes of CPU with the bundled model).
MAX_CHARS = 60_000
# Every sentence (and every role title) is embedded for each request, about 10 ms each
# with the bundled model on one core, and the checklist compares each with the
# requirements of the postings scored: past these a resume is refused (422), not cut.
# A page holds about 30 sentences; 60,000 characters of short fragments hold 12,000.
MAX_SENTENCES = 400
MAX_ROLES = 100           # dated roles
# Reading an upload (PDF or .docx to text) stops with a 422 past this many seconds; it
# is checked between pages, paragraphs and content-stream operators.
READ_SECONDS = 5.0
# Bytes of page content (decompressed streams and the forms they draw) a PDF is read
# to, all pages together: a stream that fifty pages share counts fifty times, and a page
# read twice (layout mode) twice.  pypdf extracts text from about 0.8 MB a second on
# one core, and one page's stream is parsed whole before the time budget can stop it.
MAX_PDF_CONTENT = 3 * 1024 * 1024
MAX_UNPACKED = 50 * 1024 * 1024
MAX_RATIO = 100           # unpacked / packed, for archives over a megabyte
# Uncompressed bytes of a .docx's XML parts (the document, headers, styles...): parsed
# whole into memory, about 25 bytes of memory per byte of XML.
MAX_XML = 4 * 1024 * 1024


@dataclass
class Resume:
    """One resume, cleaned and redacted; ``text`` is what every signal reads."""

    name: str
    text: str
    sentences: list[str]
    skills: list = field(default_factory=list)   # SkillMention spans into .text
    years: float | None = None
    roles: list[Role] = field(default_factory=list)
    title: str = ""      # the latest dated role's title
    headline: str = ""   # the title the resume opens with, under the name

    def to_dict(self) -> dict:
        """A summary without the text itself: safe to log or return."""
        names = list(dict.fromkeys(m.name for m in self.skills))
        return {"name": self.name, "years": self.years, "title": self.title,
                "headline": self.headline,
                "skills": names, "sentence_count": len(self.sentences),
                "roles": [r.to_dict() for r in self.roles]}


# -- public entry points ---------------------------------------------------------
def read_resume(path: str | Path, *, max_bytes: int | None = None,
                today: dt.date | None = None) -> Resume:
    """Read a .pdf, .docx, .txt or .md resume from disk.

    Raises ``InputError`` for a missing or unreadable file, and whatever
    ``read_resume_bytes`` raises for its content.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{path} is a directory, not a resume file")
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise TooLarge(_too_large(path.name, size, max_bytes))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return read_resume_bytes(data, path.name, max_bytes=max_bytes, today=today)


def read_resume_bytes(data: bytes, filename: str, max_bytes: int | None = None, *,
                      today: dt.date | None = None) -> Resume:
    """Read a resume held in memory; ``filename`` gives its extension and its name.

    The type comes from the extension *and* the content: a ``.pdf`` that is
    not a PDF is refused (``UnsupportedType``), as is an extension other than
    .pdf/.docx/.txt/.md.  A file without an extension is sniffed.  Empty,
    encrypted, scanned or damaged files raise ``Unprocessable``; over
    ``max_bytes`` raises ``TooLarge``.  Nothing is written to disk.
    """
    name = _display_name(filename)
    data = bytes(data or b"") if not isinstance(data, str) else data.encode("utf-8")
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLarge(_too_large(name, len(data), max_bytes))
    ext = Path(name).suffix.lower()
    if ext == ".doc":
        raise UnsupportedType(f"{name}: old Word .doc files are not read; save it as .docx or PDF")
    if ext and ext not in EXTENSIONS:
        raise UnsupportedType(f"{name}: unsupported file type '{ext}'; "
                              "use .pdf, .docx, .txt or .md")
    if not data.strip():
        raise Unprocessable(f"{name} is empty")
    kind = _sniff(data)
    wanted = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".md": "text"}.get(ext, kind)
    if not ext and kind not in ("pdf", "docx", "text"):
        raise UnsupportedType(f"{name} is not a PDF, Word .docx or text file")
    if kind != wanted:
        what = {"pdf": "a PDF", "docx": "a Word .docx document", "text": "a text file"}
        looks = {"pdf": " (it looks like a PDF)", "docx": " (it looks like a Word document)",
                 "zip": " (it looks like a zip archive)", "binary": ""}.get(kind, "")
        raise UnsupportedType(f"{name} is not {what[wanted]}{looks}")
    try:
        if kind == "pdf":
            raw = _pdf_text(data, name)
        elif kind == "docx":
            raw = _docx_text(data, name)
        else:
            raw = _decode(data)
    except MatcherError:
        raise
    except Exception:  # a parser choking on a hostile file is the file's fault, not ours
        raise Unprocessable(f"{name} is damaged and could not be read") from None
    return resume_from_text(raw, name, today=today)


def resume_from_text(text: str, name: str = "pasted text", today: dt.date | None = None) -> Resume:
    """A ``Resume`` from plain (or markdown) text: cleaned, redacted, analysed.

    ``today`` stands in for "Present" in date ranges (default: the real today).
    Raises ``Unprocessable`` when no text is left.
    """
    if not text or not text.strip():
        raise Unprocessable(f"{name} is empty")
    if len(text) > MAX_CHARS:
        cut = max(text.rfind("\n", 0, MAX_CHARS), text.rfind(" ", 0, MAX_CHARS))
        text = text[:cut if cut > MAX_CHARS // 2 else MAX_CHARS]
    cleaned = redact(_clean(text))
    skills = _skills(cleaned)
    sentences = [piece for s in split_sentences(_content_text(cleaned, skills))
                 for piece in _cap(s, MAX_SENTENCE)]
    if not sentences:
        raise Unprocessable(f"{name} holds no readable text")
    if len(sentences) > MAX_SENTENCES:
        raise Unprocessable(f"{name} holds {len(sentences):,} sentences, over the "
                            f"{MAX_SENTENCES:,} a resume is read to; send a shorter resume")
    roles = find_roles(cleaned, today or dt.date.today())
    if len(roles) > MAX_ROLES:
        raise Unprocessable(f"{name} holds {len(roles):,} dated roles, over the "
                            f"{MAX_ROLES:,} a resume is read to; send a shorter resume")
    dated = total_years(roles)
    stated = explicit_years(cleaned)
    found = [y for y in (dated, stated) if y]
    titled = [r for r in roles if r.title]
    return Resume(name=name, text=cleaned, sentences=sentences, skills=skills,
                  years=max(found) if found else None, roles=roles,
                  title=titled[0].title if titled else "", headline=headline(cleaned))


# -- helpers ---------------------------------------------------------------------
class _Budget:
    """What reading one file may take: ``READ_SECONDS`` of time (``check()``) and, for a
    PDF, ``MAX_PDF_CONTENT`` bytes of page content parsed (``parse(page)``); past either
    it raises ``Unprocessable``."""

    def __init__(self, name: str):
        self.name, self.seconds, self.content = name, READ_SECONDS, 0
        self.deadline = time.monotonic() + self.seconds

    def check(self, *_) -> None:  # also a pypdf operator visitor: (operator, operands, cm, tm)
        if time.monotonic() > self.deadline:
            raise Unprocessable(f"{self.name} takes too long to read (over {self.seconds:g} s); "
                                "save it again as a plain PDF or .docx, or paste its text")

    def parse(self, page) -> None:
        """Count what parsing ``page`` will cost, before pypdf parses it (a content stream
        is parsed whole before its first operator reaches ``check``)."""
        self.check()
        self.content += _content_size(page)
        if self.content > MAX_PDF_CONTENT:
            raise Unprocessable(f"{self.name} holds over {MAX_PDF_CONTENT // 1048576} MB of page "
                                "content; that is not a resume (save it again as a plain PDF, "
                                "or paste its text)")


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def _display_name(filename: str | None) -> str:
    """The file name as messages and results show it: no directories (a client's path
    is not ours to echo), no control characters (a message stays one line), not endless."""
    name = Path(filename or "upload").name or "upload"
    name = _SURROGATES.sub("\ufffd", _UNPRINTABLE.sub("?", name))
    return name if len(name) <= 120 else name[:100] + "…" + name[-19:]


def _too_large(name: str, size: int, limit: int) -> str:
    return f"{name} is {size / 1048576:.2f} MB, over the {limit / 1048576:.2f} MB limit"


def _skills(text: str) -> list:
    try:  # written alongside this module; resumes work without it
        from matcher.skills.taxonomy import extract_skills
    except ImportError:
        return []
    return extract_skills(text)


_CONNECTOR_END = re.compile(r"(?i)(?:[,;&/(-]|\b(?:and|or|of|in|with|for|to|the|a|an|at|on|by|"
                            r"from|as|including))$")


def _content_text(text: str, mentions: list) -> str:
    """``text`` without the lines that must never be a sentence (quoted as evidence,
    embedded): section headings ("SKILLS", "Licenses and certifications", "Education:"),
    lines without words (bullets, punctuation, dates, a lone month) and label lines
    (``looks_like_label``: "Clinical Rotations") that hold no skill and no job title and
    sit alone above a block.  A heading glued to its first line keeps that line
    ("ExperienceSenior Engineer, ..." -> "Senior Engineer, ...").  ``text`` itself,
    which roles, headline and redaction read, is left as it is.
    """
    lines = text.split("\n")
    skilled: set[int] = set()
    if mentions:
        ends, pos = [], 0
        for line in lines:
            pos += len(line) + 1
            ends.append(pos)
        for m in mentions:
            skilled.update(range(bisect.bisect_right(ends, m.start),
                                 bisect.bisect_right(ends, max(m.start, m.end - 1)) + 1))
    filled = [i for i, line in enumerate(lines) if line.strip()]
    after = dict(zip(filled, filled[1:]))
    out = []
    for i, line in enumerate(lines):
        heading = heading_of(line.rstrip(" •·▪●|"))
        body = heading[1] if heading and heading[2] else line
        if not body.strip() or is_empty_line(body):
            continue
        if (not heading and i not in skilled and not TITLE_WORD.search(body)
                and looks_like_label(body) and _above_block(body, lines, after.get(i))
                and not _wrap_tail(body, lines[i - 1] if i else "")):
            continue
        out.append(body)
    return "\n".join(out)


WRAP_TAIL = 50  # characters: a line above this long without a sentence end may have wrapped


def _marked(label: str) -> bool:
    """Whether a label is marked as a heading: capitals, '#', a closing ':'."""
    bare = label.strip().lstrip("#").strip()
    return bare.isupper() or bare.endswith(":") or label.lstrip().startswith("#")


def _above_block(label: str, lines: list[str], following: int | None) -> bool:
    """Whether a label line has a block under it: a next line that does not go on with
    it (lower case) and, under a title-case label, is not itself a label."""
    if following is None:
        return False
    nxt = lines[following].strip()
    if nxt[:1].islower():
        return False
    return _marked(label) or not looks_like_label(nxt)


def _wrap_tail(label: str, above: str) -> bool:
    """Whether a title-case label line may be the end of the line above it, wrapped or
    going on: that line ends with a comma or a word such as "and", or is long and ends
    no sentence ("... Purchase & Order Management" / "System")."""
    above = above.rstrip()
    if _CONNECTOR_END.search(above):
        return True
    return (not _marked(label) and len(above) >= WRAP_TAIL
            and not re.search(r"[.!?:]['\")\]]*$", above))


def _sniff(data: bytes) -> str:
    """'pdf', 'docx', 'zip', 'text' or 'binary', from the bytes alone."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "zip"
        except (zipfile.BadZipFile, OSError, ValueError):
            return "docx"  # most likely a truncated .docx: let its reader say it is damaged
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _utf16_order(data[:4096]):
        return "text"
    sample = data[:8192]
    if b"\x00" in sample:
        return "binary"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return "binary" if controls > len(sample) * 0.05 else "text"


def _utf16_order(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16 text (every other byte zero)."""
    if len(sample) < 4 or sample.count(0) < len(sample) // 3:
        return None
    if sample[1::2].count(0) > len(sample) * 0.4:
        return "utf-16-le"
    if sample[0::2].count(0) > len(sample) * 0.4:
        return "utf-16-be"
    return None


def _decode(data: bytes) -> str:
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8", errors="replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    order = _utf16_order(data[:4096])
    if order:
        return data.decode(order, errors="replace")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")  # every byte is a latin-1 character


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader

    # pypdf logs what it tolerates in a damaged file ("EOF marker not found"); the user
    # gets one clear message instead, and no log line is made from a resume.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:  # many "protected" PDFs only restrict printing: empty user password
                opened = reader.decrypt("")
            except Exception:
                opened = 0
            if not opened:
                raise Unprocessable(f"{name} is encrypted; remove its password and try again")
        pages = list(reader.pages[:MAX_PDF_PAGES])
    except MatcherError:
        raise
    except Exception:
        raise Unprocessable(f"{name} is damaged or truncated and could not be read as a PDF") \
            from None
    if not pages:
        raise Unprocessable(f"{name} is damaged or truncated and could not be read as a PDF")
    budget, chars = _Budget(name), 0
    texts = []
    for page in pages:
        try:
            texts.append(_best_page_text(page, budget))
        except MatcherError:
            raise
        except Exception:  # one bad page should not lose the others
            continue
        chars += len(texts[-1])
        if chars > MAX_CHARS:  # the rest would be cut (resume_from_text)
            break
    text = _repair_pdf_text("\n".join(texts))
    if not text.strip():
        raise Unprocessable(f"no text could be read from {name} (is it a scanned image?)")
    return text


def _content_size(page) -> int:
    """Bytes of content a page's text extraction parses: its content streams and the form
    XObjects it names (one level; deeper ones are left to the time budget)."""
    contents = page.get_contents()
    size = len(contents.get_data()) if contents is not None else 0
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    for ref in (xobjects.get_object().values() if xobjects is not None else ()):
        form = ref.get_object()
        if form.get("/Subtype") == "/Form":
            size += len(form.get_data())
    return size


def _best_page_text(page, budget: _Budget) -> str:
    """pypdf's plain extraction, unless layout mode reads clearly better.

    Plain mode follows the content stream, which keeps two-column resumes in
    column order; layout mode recovers spaces some producers leave out (words
    glued together), so it wins only when plain mode's words are too long.
    ``budget`` is charged before each mode and checked at every operator of plain mode
    (layout mode takes no visitor).
    """
    budget.parse(page)
    plain = page.extract_text(visitor_operand_before=budget.check) or ""
    if _glued(plain) < 0.05:
        return plain
    budget.parse(page)
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:
        return plain
    return layout if _glued(layout) < _glued(plain) else plain


def _glued(text: str) -> float:
    words = text.split()
    return sum(len(w) > 25 and "/" not in w and "@" not in w for w in words) / max(len(words), 1)


_HYPHEN_BREAK = re.compile(r"([a-z])[-\u00ad]\n([a-z])")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[A-Za-z] ){2,}[A-Za-z](?!\S)")
_ENDS_SENTENCE = re.compile(r"[.!?:]['\")\]]*$")
WRAP_SHARE = 0.7     # a line this close to the page's long lines may have wrapped
MIN_WRAPPED = 35     # characters; shorter lines (names, contacts, titles, dates) never wrapped


def _repair_pdf_text(text: str) -> str:
    """Undo line-end hyphenation, "S K I L L S" spacing and lines wrapped mid-sentence."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _rejoin_wraps(text)


def _rejoin_wraps(text: str) -> str:
    """Lines that a PDF wrapped, joined again with a space so that sentences come out whole.

    A line is joined to the next when it may have wrapped (at least ``WRAP_SHARE`` of the
    text's long lines, the 90th percentile of its line lengths, and ``MIN_WRAPPED``
    characters), does not end a sentence (. ! ? or a closing ':'), is no heading, and the
    next line goes on with the clause: it starts in lower case, or the line ends with a
    comma or a word that needs one after it ("and", "with", "in").  A next line that is a
    bullet or a heading starts anew.  Short lines (contact lines, titles, dates) and lists
    of them are never glued.
    """
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if not lengths:
        return text
    long = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    wrapped = max(MIN_WRAPPED, WRAP_SHARE * long)
    out: list[str] = []
    previous = ""  # the last physical line of out[-1]
    for line in lines:
        if out and _continues(previous, line, wrapped):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        previous = line.strip()
    return "\n".join(out)


def _continues(line: str, following: str, wrapped: float) -> bool:
    """Whether ``following`` is the rest of a sentence that ``line`` was wrapped in."""
    nxt = following.strip()
    if (not line or not nxt or len(line) < wrapped or _ENDS_SENTENCE.search(line)
            or strip_line_marks(nxt) != nxt):
        return False
    heading = heading_of(nxt)
    if heading and heading[2]:  # a new section, even when glued to its first line
        return False
    return nxt[0].islower() or bool(_CONNECTOR_END.search(line))


def _docx_text(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Unprocessable(f"{name} is damaged and could not be read as a Word document") \
            from None
    unpacked = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members) or 1
    # The sizes in the zip directory bound what zipfile will inflate, so
    # checking them refuses a zip bomb before a byte of it is expanded.
    if unpacked > MAX_UNPACKED or (unpacked > 1048576 and unpacked / packed > MAX_RATIO):
        raise Unprocessable(f"{name} unpacks to {unpacked / 1048576:.0f} MB; "
                            "that is not a resume (refused as a possible zip bomb)")
    # python-docx parses every XML part whole (a tree in memory, ~25x the XML): the XML
    # itself is capped, however well it compresses.
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    if xml > MAX_XML:
        raise Unprocessable(f"{name} holds {xml / 1048576:.1f} MB of document XML, over the "
                            f"{MAX_XML // 1048576} MB a resume is read to; that is not a resume")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise Unprocessable(f"{name} is damaged and could not be read as a Word document") \
            from None
    budget = _Budget(name)
    lines: list[str] = []
    for section in document.sections:  # contact details often live in the page header
        budget.check()
        for header in (section.first_page_header, section.header):
            if not header.is_linked_to_previous:  # reading a missing one would create it
                lines.extend(line for line in _block_lines(header._element, budget)
                             if line not in lines)
    lines.extend(_block_lines(document.element.body, budget))
    return "\n".join(lines)


def _block_lines(element, budget: _Budget | None = None) -> list[str]:
    """Paragraphs, table cells and text boxes, in document order (tables row by row);
    ``budget`` is checked at every paragraph and table row."""
    from docx.oxml.ns import qn

    lines: list[str] = []
    for child in element.iterchildren():
        if budget:
            budget.check()
        if child.tag == qn("w:p"):
            lines.append("".join(node.text or "" if node.tag == qn("w:t") else "\t"
                                 for node in child.iter(qn("w:t"), qn("w:tab"))
                                 if not _boxed(node, child)))
            # Templates put whole columns in text boxes; Word stores each box
            # twice (DrawingML and a VML fallback), so the fallback is skipped.
            for box in child.iter(qn("w:txbxContent")):
                if not _boxed(box, child):
                    lines.extend(_block_lines(box, budget))
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                if budget:
                    budget.check()
                cells = []
                for cell in row.iterchildren(qn("w:tc")):
                    text = " ".join(x for x in _block_lines(cell, budget) if x.strip())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    lines.append(" | ".join(cells))
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs
            for content in child.iterchildren(qn("w:sdtContent")):
                lines.extend(_block_lines(content, budget))
    return lines


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _boxed(node, paragraph) -> bool:
    """Whether ``node`` sits in a text box (or a VML fallback) inside ``paragraph``."""
    from docx.oxml.ns import qn

    for ancestor in node.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in (qn("w:txbxContent"), _FALLBACK):
            return True
    return False


_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


def _clean(text: str) -> str:
    """clean_text, fed lines of bounded length so that pathological input stays linear."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if len(line) > 400:
            # Real resumes glue sentences ("deadline.Coordinated"): part them first,
            # so long lines are cut at sentence ends rather than mid-phrase.
            lines.extend(_cap(_GLUED_SENTENCE.sub(" ", line), MAX_SENTENCE))
        else:
            lines.append(line)
    # clean_text's markdown-link pattern can run across lines; a line with a
    # bracket is cleaned on its own so a stray "[" costs one line, not the file.
    out: list[str] = []
    batch: list[str] = []
    for line in lines:
        if "[" in line:
            if batch:
                out.append(clean_text("\n".join(batch)))
                batch = []
            out.append(clean_text(line))
        else:
            batch.append(line)
    if batch:
        out.append(clean_text("\n".join(batch)))
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _cap(line: str, size: int) -> list[str]:
    """``line`` in pieces of about ``size`` characters, cut at sentence ends or spaces."""
    pieces: list[str] = []
    pos, n = 0, len(line)
    while n - pos > size:
        low, high = pos + size // 3, pos + size
        cut = line.rfind(". ", low, high)
        if cut != -1:
            cut += 1
        else:
            cut = high
            space = line.rfind(" ", low, high)
            # Prefer a space that does not sit inside a phone number or a date.
            while space != -1 and (line[space - 1].isdigit() or line[space + 1].isdigit()):
                space = line.rfind(" ", low, space)
            if space == -1:
                space = line.rfind(" ", low, high)
            if space != -1:
                cut = space
        pieces.append(line[pos:cut].strip())
        pos = cut
    pieces.append(line[pos:].strip())
    return [p for p in pieces if p]
