"""Resume files -> ``Resume``: text, sentences, skills, dated roles, years.

Everything a resume says goes through one road: bytes are sniffed (the
extension must agree with the content), turned into text (pypdf, python-docx,
or a decoded text file), cleaned (``text.clean_text``), and **redacted**
(names, e-mails, phones, street addresses, links) before anything is scored,
embedded or shown, so that two resumes differing only in who wrote them read
the same to the ranking.  Nothing read here is written to disk or logged.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, MatcherError, TooLarge, Unprocessable, UnsupportedType
from .text import clean_text, normalise, split_sentences, strip_line_marks

__all__ = ["EXTENSIONS", "MAX_CHARS", "Resume", "Role", "explicit_years", "find_roles", "heading_of",
           "read_resume", "read_resume_bytes", "redact", "resume_from_text", "total_years"]

EXTENSIONS = (".pdf", ".docx", ".txt", ".md")
MAX_SENTENCE = 300        # characters; longer sentences are cut at a space
MAX_PDF_PAGES = 50        # a resume longer than this is not a resume
# Characters read from a resume's text, about 20 pages: real resumes run to a few
# thousand, and every sentence past them costs each request a model call (a 2 MB
# line is 7,000 sentences, minutes of CPU with the bundled model).
MAX_CHARS = 60_000
MAX_UNPACKED = 50 * 1024 * 1024
MAX_RATIO = 100           # unpacked / packed, for archives over a megabyte


@dataclass
class Resume:
    """One resume, cleaned and redacted; ``text`` is what every signal reads."""

    name: str
    text: str
    sentences: list[str]
    skills: list = field(default_factory=list)   # SkillMention spans into .text
    years: float | None = None
    roles: list[Role] = field(default_factory=list)
    title: str = ""

    def to_dict(self) -> dict:
        """A summary without the text itself: safe to log or return."""
        names = list(dict.fromkeys(m.name for m in self.skills))
        return {"name": self.name, "years": self.years, "title": self.title,
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
    sentences = [piece for s in split_sentences(cleaned) for piece in _cap(s, MAX_SENTENCE)]
    if not sentences:
        raise Unprocessable(f"{name} holds no readable text")
    roles = find_roles(cleaned, today or dt.date.today())
    dated = total_years(roles)
    stated = explicit_years(cleaned)
    found = [y for y in (dated, stated) if y]
    titled = [r for r in roles if r.title]
    return Resume(name=name, text=cleaned, sentences=sentences, skills=_skills(cleaned),
                  years=max(found) if found else None, roles=roles,
                  title=titled[0].title if titled else "")


# -- helpers ---------------------------------------------------------------------
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
        from .skills import extract_skills
    except ImportError:
        return []
    return extract_skills(text)


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
    texts = []
    for page in pages:
        try:
            texts.append(_best_page_text(page))
        except Exception:  # one bad page should not lose the others
            continue
    text = _repair_pdf_text("\n".join(texts))
    if not text.strip():
        raise Unprocessable(f"no text could be read from {name} (is it a scanned image?)")
    return text


def _best_page_text(page) -> str:
    """pypdf's plain extraction, unless layout mode reads clearly better.

    Plain mode follows the content stream, which keeps two-column resumes in
    column order; layout mode recovers spaces some producers leave out (words
    glued together), so it wins only when plain mode's words are too long.
    """
    plain = page.extract_text() or ""
    if _glued(plain) < 0.05:
        return plain
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
_WRAPPED = re.compile(r"([a-z,;])\n(?=[a-z])")


def _repair_pdf_text(text: str) -> str:
    """Undo line-end hyphenation, "S K I L L S" spacing and lines wrapped mid-sentence."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _WRAPPED.sub(r"\1 ", text)


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
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise Unprocessable(f"{name} is damaged and could not be read as a Word document") \
            from None
    lines: list[str] = []
    for section in document.sections:  # contact details often live in the page header
        for header in (section.first_page_header, section.header):
            if not header.is_linked_to_previous:  # reading a missing one would create it
                lines.extend(line for line in _block_lines(header._element) if line not in lines)
    lines.extend(_block_lines(document.element.body))
    return "\n".join(lines)


def _block_lines(element) -> list[str]:
    """Paragraphs, table cells and text boxes, in document order (tables row by row)."""
    from docx.oxml.ns import qn

    lines: list[str] = []
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            lines.append("".join(node.text or "" if node.tag == qn("w:t") else "\t"
                                 for node in child.iter(qn("w:t"), qn("w:tab"))
                                 if not _boxed(node, child)))
            # Templates put whole columns in text boxes; Word stores each box
            # twice (DrawingML and a VML fallback), so the fallback is skipped.
            for box in child.iter(qn("w:txbxContent")):
                if not _boxed(box, child):
                    lines.extend(_block_lines(box))
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = []
                for cell in row.iterchildren(qn("w:tc")):
                    text = " ".join(x for x in _block_lines(cell) if x.strip())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    lines.append(" | ".join(cells))
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs
            for content in child.iterchildren(qn("w:sdtContent")):
                lines.extend(_block_lines(content))
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

# -- sections --------------------------------------------------------------------
_HEADINGS = {
    "education": "education|education and training|education & training|academic background|"
                 "academic qualifications|academics|certifications|certificates|certification|"
                 "licenses and certifications|courses|coursework|training",
    "experience": "experience|work experience|professional experience|work history|employment|"
                  "employment history|career history|relevant experience|professional background",
    "skills": "skills|technical skills|key skills|skills summary|core qualifications|qualifications|"
              "highlights|core competencies|competencies|areas of expertise|expertise|"
              "technical proficiencies|tools|technologies",
    "other": "summary|professional summary|profile|professional profile|objective|career objective|"
             "career overview|overview|projects|personal projects|awards|honors|honours|"
             "publications|languages|interests|hobbies|references|volunteer|volunteering|"
             "volunteer experience|accomplishments|achievements|additional information|contact|"
             "contact information|contact details|personal information|personal details|about|"
             "about me|curriculum vitae|resume|résumé|cv|activities|affiliations|memberships",
}
_HEADING_KIND = {p: kind for kind, phrases in _HEADINGS.items() for p in phrases.split("|")}
_HEADING = re.compile("(?i)(" + "|".join(sorted(map(re.escape, _HEADING_KIND), key=len, reverse=True))
                      + ")(.*)", re.S)
# Words that start ordinary sentences too often to be taken as a glued heading.
_NEVER_GLUED = {"technologies", "tools", "training", "courses", "coursework", "overview", "projects",
                "expertise", "contact", "activities", "about me", "volunteer"}
_DOCUMENT_TITLES = {"resume", "résumé", "cv", "curriculum vitae"}


def heading_of(line: str) -> tuple[str, str, bool] | None:
    """(kind, rest of the line, whether the section goes on) when ``line`` opens a section.

    Headings stand alone ("EXPERIENCE", "## Work history:"), or are glued
    to their first line as in many extracted resumes ("ExperienceSenior
    Engineer,...").  "Skills: Python, Rust" is a one-line field.
    """
    stripped = strip_line_marks(line).strip(" *_")
    match = _HEADING.match(stripped)
    if not match:
        return None
    head, rest = match.groups()
    kind = _HEADING_KIND[head.lower()]
    if not rest.strip(" :.-–—|"):
        return kind, "", True
    if rest[0] == ":":
        return kind, rest[1:].strip(), False
    glued = rest[1:] if rest[0] == "-" and kind in ("experience", "education") else rest
    if (head[0].isupper() and head.lower() not in _NEVER_GLUED and len(head) >= 6
            and (glued[:1].isupper() or glued[:1].isdigit())):
        return kind, glued, True
    return None


# -- redaction -------------------------------------------------------------------
# Every removed span first becomes _MARK, so that only the lines that lost
# something are tidied, the same way whatever was removed: two resumes that
# differ only in name and contact details come out identical.
_MARK = "\x00"
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_EMAIL_SPELLED = re.compile(r"(?i)(?<![\w.+-])[\w.+-]{1,64} ?[\[(] ?at ?[\])] ?[\w-]{1,63}"
                            r"(?: ?(?:[\[(] ?dot ?[\])]|\.) ?[\w-]{1,63}){1,4}")
_URL = re.compile(r"(?i)(?<![\w@])(?:https?://|www\.)[^\s<>\"'`]{1,2000}")
_DOMAIN = re.compile(r"(?<![\w.@/-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}"
                     r"\.(?:com|io|dev|me|net|org|co|ai|app|info|tech|site|page|xyz|blog|online|"
                     r"design|us|uk|ca|de|fr|in|au|eu)(?:/[^\s<>\"']{0,300})?(?![\w-])")
_NOT_DOMAINS = {"asp.net", "ado.net", "vb.net", "socket.io", "draw.io", "dev.to"}
_PROFILE_FIELD = re.compile(r"(?i)\b(?:linkedin|github|gitlab|twitter|skype|telegram|whatsapp|"
                            r"portfolio|website|blog)(?: ?(?:profile|id|handle|url))? ?: ?(\S{1,100})")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,30}(?![\w@.])")
_PHONE = re.compile(r"(?<![\w+/.-])(?:\+ ?\d{1,3}[ .\-]?)?(?:\(0\) ?)?(?:\(\d{1,5}\)[ .\-]?)?"
                    r"\d{1,8}(?:[ .\-\u00a0]\d{1,8}){1,5}(?: ?(?:x|ext\.?) ?\d{1,5})?(?![\w/])"
                    r"|(?<![\w+/.-])\+?\d{10,14}(?![\w/])")
_PHONE_FIELD = re.compile(r"(?i)\b(?:phone|tel|telephone|mobile|cell|mob|whatsapp)\b\.?"
                          r"(?: ?(?:no\.?|number|#))? ?[:\-]? ?(\+?[\d ()./\-]{5,25}\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_STREET = (r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|"
           r"Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|"
           r"Close|Row|Alley|Plaza")
_WORD = r"[A-Z][^\W\d_]*(?:['’.-][^\W\d_]*)*\.?(?!\d)"
_UNIT = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|#)\.?[ \t]*#?[\w-]{1,6}"
_ADDRESS = re.compile(
    rf"(?<![\w/.-])(?:{_UNIT},?[ \t]+)?\d{{1,6}}[A-Za-z]?(?:-\d{{1,6}})?,?[ \t]+(?:[A-Z0-9][\w'’.-]*[ \t]+){{1,4}}"
    rf"(?:{_STREET})\b\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?"
    rf"(?:,?[ \t]*{_UNIT})?"
    rf"(?:,[ \t]?{_WORD}(?:[ \t]{_WORD}){{0,2}}){{0,3}}"
    r"(?:,?[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})"
    rf"(?:,[ \t]?{_WORD}(?:[ \t]{_WORD}){{0,2}})?)?")
_CITY_ZIP = re.compile(rf"(?<!\w){_WORD}(?:[ \t]{_WORD}){{0,3}},[ \t]?[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?(?!\d)")
_POSTCODE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w-])")
_PO_BOX = re.compile(r"(?i)\bP\.? ?O\.? ?Box[ \t]+\d{1,6}")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Mister)\b\.?[ \t]+((?:[A-Z][\w'’-]*\.?[ \t]?){1,3})")
_NAME_FIELD = re.compile(r"(?im)^[ \t]*(?:full[ \t]+)?name[ \t]*[:：][ \t]*([^\n|•·,;\x00]{1,80})")
_SEPARATORS = re.compile(r"[ \t]*(?:[|•·,;\t/\x00]|[ \t][-–—][ \t]|[ \t]{2,})[ \t]*")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "das", "do", "dos", "du", "del", "della", "di",
              "la", "le", "bin", "binti", "ibn", "al", "el", "y", "ter", "ten", "st.", "jr", "jr.",
              "sr.", "ii", "iii", "iv"}
# Names that are also common words, months or skills are removed only as a
# whole name: dropping every "May", "Grant" or "Ruby" would eat dates and skills.
_AMBIGUOUS = set("""january february march april may june july august september october november
december will mark grant rose hope faith joy grace bill chase page young long king hunter bishop
lane dean case price bell hill wood green brown white black gray grey love star sky drew pat sue
rich art guy ray jack frank miles victor penny ruby pearl crystal amber ivy dawn eve max sunny ash
ford gates baker cook mason carpenter porter walker summer autumn winter rusty sterling golden swift
hardy noble major north west south east church wells banks booth field fields park parks julia
rust dart scala java spark perl ada pascal an as at be by do go he hi if in is it me my no of oh
on or so to up us we""".split())
_NOT_NAMES = set("""software data web senior junior sr full stack frontend backend front back end cloud
machine learning python java net sales marketing business product project program technical
information technology systems network security mobile ios android customer service support
operations quality assurance test research professional certified licensed registered summary
resume curriculum vitae cv page profile contact experience education skills objective portfolio
confidential address phone email linkedin github references and of the for in at with to my
personal details career highlights overview qualified dear hiring team application cover letter
remote hybrid office word excel access visio powerpoint outlook sql dynamics teams sharepoint
windows azure exchange dos server visual power publisher onenote paint navision""".split())
_LABELS = set("""email e-mail mail phone tel telephone mobile cell mob address home linkedin github
gitlab website web portfolio blog twitter contact contacts name location skype telegram whatsapp url
profile details info information personal and or me at e m t p w ph no number resume résumé
cv curriculum vitae""".split())


def redact(text: str) -> str:
    """``text`` without names, e-mails, phones, street addresses and links.

    The name is taken from the first line (one to four capitalised words that
    are not a heading or a job title), from "Name:" fields and from "Mr./Ms."
    titles; then every other occurrence of it, and of each of its words, goes
    too.  Removed spans are dropped, not replaced, and lines left holding only
    labels ("Email:", "|") go with them.
    """
    if not text:
        return ""
    marked = _mark_contacts(text)
    names = _names(marked)
    if re.search(r"\bM(?:r|s|x|iss)", marked):
        marked = _HONORIFIC.sub(lambda m: _honorific(m, names), marked)
    marked = _mark_names(marked, names)
    marked = _mark_header(marked)
    return _tidy(marked)


def _mark_contacts(text: str) -> str:
    return "\n".join(_mark_contact_line(line) for line in text.split("\n"))


_DIGIT = re.compile(r"\d")
_DOT_WORD = re.compile(r"\.[a-z]")


def _mark_contact_line(line: str) -> str:
    # Each pattern runs only on lines that hold the character it needs: a
    # megabyte of prose then costs a few substring tests per line, not a
    # dozen regular-expression passes.
    lower = line.lower()
    if "@" in line:
        line = _EMAIL.sub(_MARK, line)
    if "at" in lower and ("[" in line or "(" in line):
        line = _EMAIL_SPELLED.sub(_MARK, line)
    if "http" in lower or "www." in lower:
        line = _URL.sub(lambda m: _MARK + _trailing_punctuation(m.group(0)), line)
    if _DOT_WORD.search(line):
        line = _DOMAIN.sub(_domain, line)
    if ":" in line:
        line = _PROFILE_FIELD.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + _MARK, line)
    if "@" in line:
        line = _HANDLE.sub(_MARK, line)
    if _DIGIT.search(line):
        line = _PHONE_FIELD.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + _MARK, line)
        line = _PHONE.sub(lambda m: _MARK if _is_phone(m.group(0)) else m.group(0), line)
        if "box" in lower:
            line = _PO_BOX.sub(_MARK, line)
        line = _ADDRESS.sub(_MARK, line)
        line = _CITY_ZIP.sub(_MARK, line)
        line = _POSTCODE.sub(_MARK, line)
    return line


def _domain(match: re.Match) -> str:
    found = match.group(0)
    labels = found.split("/")[0].split(".")[:-1]
    if found.lower() in _NOT_DOMAINS or all(len(label) == 1 for label in labels):  # "e.g.in"
        return found
    return _MARK + _trailing_punctuation(found)


def _trailing_punctuation(url: str) -> str:
    """What a link regex swallowed from the sentence around it (".", ")"), to give back."""
    kept = url.rstrip(".,;:!?)]}'\"")
    return url[len(kept):]


def _is_phone(candidate: str) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    if not 9 <= digits <= 15:
        return False
    groups = re.findall(r"\d+", candidate)
    if "+" not in candidate and "(" not in candidate:
        if all(len(g) == 4 and _YEAR.fullmatch(g) for g in groups):  # "2015-2019 2020"
            return False
        if len(groups) == 4 and "." in candidate and all(len(g) <= 3 for g in groups):  # IPv4
            return False
    return True


def _names(marked: str) -> list[list[str]]:
    """The name(s) of the resume's author, each as its words."""
    names = []
    for line in marked.split("\n"):
        if not line.replace(_MARK, "").strip(" |•·,;:-–—\t"):
            continue
        heading = heading_of(line)
        if heading and not heading[1] and strip_line_marks(line).lower().strip(" :") in _DOCUMENT_TITLES:
            continue  # "Curriculum Vitae" above the name
        piece = next((p for p in _SEPARATORS.split(strip_line_marks(line)) if p.strip()), "")
        words = _name_words(re.sub(r"(?i)^name[ \t]*:|\b(?:resume|cv|'s)\b", " ", piece))
        if words and len(words) >= 2 and not heading:  # one word alone is too often not a name
            names.append(words)
        break
    for match in _NAME_FIELD.finditer(marked):
        words = _name_words(match.group(1))
        if words:
            names.append(words)
    return names


def _name_words(candidate: str) -> list[str] | None:
    """The name that ``candidate`` starts with ("Jane Doe Senior Engineer" -> Jane, Doe)."""
    words = candidate.split()
    if words and re.fullmatch(r"(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr)\.?", words[0]):
        words = words[1:]
    taken: list[str] = []
    for w in words:
        if w.lower() in _PARTICLES and taken:
            taken.append(w)
            continue
        if (not w[0].isupper() or len(w) > 25 or not all(ch.isalpha() or ch in "'’.-" for ch in w)
                or w.lower().strip(".") in _NOT_NAMES or w.lower() in _HEADING_KIND
                or _TITLE_WORD.search(w)):
            break
        taken.append(w)
    while taken and taken[-1].lower() in _PARTICLES:
        taken.pop()
    core = [w for w in taken if w.lower() not in _PARTICLES]
    if not 1 <= len(core) <= 4 or not any(len(w.strip(".")) >= 2 for w in core):
        return None
    return taken


def _honorific(match: re.Match, names: list[list[str]]) -> str:
    """"Mr./Ms." and the name after it go (the name is remembered); "Ms Office" stays."""
    words = match.group(1).split()
    taken = []
    for w in words:
        if (w.lower().strip(".") in _NOT_NAMES or w.lower() in _HEADING_KIND
                or _TITLE_WORD.search(w)):
            break
        taken.append(w)
    if not taken:
        return match.group(0)
    names.append(taken)
    rest = words[len(taken):]
    tail = match.group(1)[len(match.group(1).rstrip()):]
    return _MARK + ((" " + " ".join(rest) + tail) if rest else tail)


def _mark_names(text: str, names: list[list[str]]) -> str:
    if not names:
        return text
    phrases, tokens = set(), set()
    for words in names:
        phrases.add(r"[\s.,-]+".join(re.escape(w.strip(".")) for w in words))
        for w in words:
            w = w.strip(".")
            if len(w) >= 2 and w.lower() not in _PARTICLES and w.lower() not in _AMBIGUOUS:
                tokens.update({w, normalise(w)})
    alternatives = sorted(phrases, key=len, reverse=True) + sorted(map(re.escape, tokens),
                                                                   key=len, reverse=True)
    pattern = re.compile(r"(?i)(?<![\w@])(?:" + "|".join(alternatives) + r")(?:['’]s)?(?!\w)")
    return pattern.sub(_MARK, text)


_PLACE = re.compile(rf"{_WORD}(?: {_WORD}){{0,3}}, ?(?:[A-Z]{{2}}|{_WORD}(?: {_WORD}){{0,2}})"
                    r"(?: \d{5}(?:-\d{4})?)?")


def _mark_header(text: str) -> str:
    """The contact block above the first section: drop "City, ST" and bare link labels.

    Next to a line that lost contact details, "Springfield, IL" is where the
    author lives and "LinkedIn" alone is what is left of a markdown link to
    their profile.  Elsewhere "Python, Rust" stays what it is.
    """
    lines = text.split("\n")
    head = []
    for line in lines[:8]:
        if heading_of(line):
            break
        head.append(_MARK in line)
    for i in range(len(head)):
        if not any(head[max(0, i - 1):i + 2]):
            continue
        for piece in re.split(r"[ \t]*(?:[|•·;\t\x00]|[ \t][-–—][ \t])[ \t]*",
                              strip_line_marks(lines[i])):
            piece = piece.strip()
            if piece and ((_PLACE.fullmatch(piece) and not _TITLE_WORD.search(piece))
                          or piece.lower() in _LABELS):
                lines[i] = lines[i].replace(piece, _MARK, 1)
    return "\n".join(lines)


_AROUND_MARK = re.compile(r"[ \t|•·,:/–—-]*\x00(?:[ \t|•·,:/–—-]*\x00)*[ \t|•·,/–—-]*")


def _tidy(marked: str) -> str:
    out = []
    for line in marked.split("\n"):
        if _MARK in line:
            line = _AROUND_MARK.sub(" ", line)
            line = re.sub(r"\(\s*\)|\[\s*\]|<\s*>", " ", line)
            line = re.sub(r"\s+([.,;:!?)\]])", r"\1", re.sub(r"[ \t]+", " ", line)).strip()
            line = line.lstrip(".,;:)]} ")
            words = re.findall(r"[\w-]+", line.lower())
            if all(w in _LABELS for w in words):
                continue
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


# -- dated roles -----------------------------------------------------------------
@dataclass
class Role:
    """One dated line of experience; ``end`` is today's date for "Present"."""

    title: str
    start: dt.date | None
    end: dt.date | None
    years: float

    def to_dict(self) -> dict:
        return {"title": self.title, "years": self.years,
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None}


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_NAME = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")


def _date(p: str) -> str:
    return (rf"(?:(?<![A-Za-z])(?P<{p}mon>{_MONTH_NAME})\.?,?[ ]?['’]?(?P<{p}my>(?:19|20)\d\d)"
            rf"|(?<![\d/.])(?P<{p}mm>0?[1-9]|1[0-2])[ ]?[/.][ ]?(?:(?:0?[1-9]|[12]\d|3[01])/)?"
            rf"(?P<{p}ny>(?:19|20)\d\d)|(?<![\d/.])(?P<{p}y>(?:19|20)\d\d))(?!\d)")


# Glued forms are the norm in extracted resumes: "08/2016toCurrent", "2009to2010Advanced".
_RANGE = re.compile(_date("s_") + r"[ ]{0,3}(?:[-–—~]+|(?i:to|until|till|through|thru))[ ]{0,3}"
                    r"(?:" + _date("e_") + r"|(?P<present>(?i:present|current|now|today|date|"
                    r"ongoing))(?![a-z]))")
_SCHOOL_CONTEXT = re.compile(r"(?i)expected|graduat|gpa|class of|degree")
_TITLE_WORD = re.compile(
    r"(?<![A-Za-z])(?i:engineer|engineering|developer|programmer|scientist|analyst|manager|director|"
    r"designer|architect|consultant|lead|leader|head|intern|specialist|administrator|technician|"
    r"technologist|coordinator|officer|assistant|associate|executive|supervisor|operator|tester|"
    r"sdet|sde|devops|sre|qa|president|vp|founder|co-founder|owner|teacher|instructor|nurse|"
    r"accountant|representative|agent|advisor|adviser|editor|writer|researcher|professor|"
    r"lecturer|fellow|trainee|apprentice|assembler|electrician|mechanic|incharge|cto|ceo|cfo|"
    r"coo|cio|principal|chief|clerk|cashier|chef|receptionist|recruiter|attendant|staff|"
    r"contractor|freelancer)s?(?![a-z])")
_GLUE = re.compile(r"(?:[a-z]{5}|[A-Z]{4}|\d)(?=[A-Z][a-z])|[a-z]{5}(?=[A-Z]{2})")
_GLUED_STOP = re.compile(r"[.;!?](?= )|(?<=[\w)][\w)])\.(?=[A-Z][a-z])|[|•]")
_DATE_AHEAD = re.compile(r"\d{1,2}/\d{4}|(?<!\d)(?:19|20)\d\d(?!\d)")
_CONNECTORS = {"of", "in", "and", "for", "the", "to", "at", "on", "with", "&", "a"}
_TRAILING_PLACE = re.compile(r"(?:(?<=[a-zI])|(?:^|(?<=[-–—, ])))[A-Z][a-z]+(?: [A-Z][a-z]+)*,"
                             r" ?(?:[A-Z]{2}|STATE|State)?[ ,]*$")
_TITLE_SPLIT = re.compile(r"[ \t]*(?:[,|•·(–—@]|[ \t]-[ \t]|\bat\b|(?<=[\w.])-(?=[A-Z]))[ \t]*")
_STATED_YEARS = re.compile(
    r"(?i)(?<![\d.])(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty) ?(\+| ?plus)? ?(?:years?|yrs?)\b['’]?([^.\n]{0,60})")
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten "
                                        "eleven twelve".split())} | {"fifteen": 15, "twenty": 20}


def find_roles(text: str, today: dt.date) -> list[Role]:
    """Dated roles outside education and skills sections, most recent first.

    A range is dropped when it starts before 1960, ends before it starts,
    spans more than 50 years or starts in the future; an end after today is
    today.  A year alone counts from January.
    """
    roles, section, previous = [], "other", ""
    for line in text.split("\n"):
        heading = heading_of(line)
        body, kind = line, section
        if heading:
            kind, body, goes_on = heading
            if goes_on:
                section = kind
        if kind not in ("education", "skills") and _YEAR.search(body):
            floor = 0
            for match in _RANGE.finditer(body):
                if _SCHOOL_CONTEXT.search(body, max(0, match.start() - 30), match.start()):
                    continue
                start, end = _day(match, "s_", today), _day(match, "e_", today)
                if start.year < 1960 or end < start or start > today or end.year - start.year > 50:
                    continue
                end = min(end, today)
                roles.append(Role(_role_title(body, match, previous, floor), start, end,
                                  round((end - start).days / 365.25, 1)))
                floor = match.end()
        previous = "" if heading else (line if line.strip() else previous)
    roles.sort(key=lambda r: (r.end, r.start), reverse=True)
    return roles


def total_years(roles: list[Role]) -> float | None:
    """Years covered by the roles, overlapping roles counted once."""
    spans = sorted((r.start, r.end) for r in roles if r.start and r.end)
    if not spans:
        return None
    days, (low, high) = 0, spans[0]
    for start, end in spans[1:]:
        if start > high:
            days, low, high = days + (high - low).days, start, end
        else:
            high = max(high, end)
    return round((days + (high - low).days) / 365.25, 1)


def explicit_years(text: str) -> float | None:
    """The largest "N+ years" / "N years of experience" the resume states (at most 50)."""
    found = []
    lines = (line for line in text.split("\n") if "yr" in line.lower() or "year" in line.lower())
    for number, plus, tail in _STATED_YEARS.findall("\n".join(lines)):
        if plus or "experience" in tail.lower() or re.match(r"(?i)\s*exp\b", tail):
            value = _NUMBERS.get(number.lower()) if number.isalpha() else float(number)
            if value and value <= 50:
                found.append(float(value))
    return max(found) if found else None


def _day(match: re.Match, p: str, today: dt.date) -> dt.date:
    """First day of a start; last day of an end month ("Jan-Dec 2018" is a year).

    A year alone is its first of January at either end ("2015-2019": 4 years).
    """
    if p == "e_" and match.group("present"):
        return today
    if match.group(p + "y"):
        return dt.date(int(match.group(p + "y")), 1, 1)
    if match.group(p + "mon"):
        year, month = int(match.group(p + "my")), _MONTHS.index(match.group(p + "mon")[:3].lower()) + 1
    else:
        year, month = int(match.group(p + "ny")), int(match.group(p + "mm"))
    if p == "s_":
        return dt.date(year, month, 1)
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _role_title(body: str, match: re.Match, previous: str, floor: int = 0) -> str:
    """The job title near a date range: before it on its line, on the line above, or after it."""
    before = body[floor:match.start()].rstrip(" (,-–—|:")
    stops = [m.end() for m in _GLUED_STOP.finditer(before)]
    candidates = [_title_part(before[stops[-1] if stops else 0:], before_date=True)]
    if previous and len(previous) <= 100:
        candidates.append(_title_part(previous, before_date=True))
    after = body[match.end():match.end() + 120]
    ahead = _DATE_AHEAD.search(after)
    candidates.append(_title_part(after[:ahead.start()] if ahead else after, before_date=False))
    return next((c for c in candidates if c), "")


def _title_part(segment: str, before_date: bool) -> str:
    segment = segment.strip()
    heading = heading_of(segment)
    if heading:
        segment = heading[1]
    if before_date:
        segment = _TRAILING_PLACE.sub("", segment)
        glued = list(_GLUE.finditer(segment))
        if glued:
            segment = segment[glued[-1].end():]
    else:
        segment = re.split(r"(?<=[.;])\s", segment, maxsplit=1)[0]
        glued = _GLUE.search(segment)
        if glued:
            segment = segment[:glued.end()]
    parts = [p.strip(" -:;.)") for p in _TITLE_SPLIT.split(segment)]
    for part in parts:
        words = part.split()
        # A title is a few capitalised words around a role noun, not a sentence.
        loose = [w for w in words if w[0].islower() and w not in _CONNECTORS]
        if _TITLE_WORD.search(part) and len(words) <= 8 and len(loose) <= 1:
            return part
    return ""
