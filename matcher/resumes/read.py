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
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from matcher.eligibility.places import home
from matcher.errors import InputError, MatcherError, TooLarge, Unprocessable, UnsupportedType
from matcher.resumes.credentials import Credentials, expiry_passed, read_credentials
from matcher.resumes.files import CONNECTOR_END, MAX_CHARS, decode, docx_text, pdf_text, sniff
from matcher.resumes.licences import endorsements_listed, said_lapsed
from matcher.resumes.redaction import links_own_site, personal_status, redact
from matcher.resumes.roles import (
    Role,
    dates_in,
    employer_spans,
    explicit_years,
    find_roles,
    headline,
    is_legal_form,
    parted_roles,
    roles_and_employers,
    stated_role,
    titled_by_headline,
    total_years,
)
from matcher.resumes.sections import heading_of, is_column_heads, is_empty_line, looks_like_label
from matcher.text import JOB_WORD, clean_text, drop_hidden_markup, split_sentences, strip_line_marks

__all__ = ["EXTENSIONS", "MAX_CHARS", "MAX_ROLES", "MAX_SENTENCES", "OLD_WORD_DOC", "Resume", "old_word_doc",
           "read_resume", "read_resume_bytes", "resume_from_text"]

EXTENSIONS = (".pdf", ".docx", ".txt", ".md")
MAX_SENTENCE = 300        # characters; longer sentences are cut at a space
# Every sentence (and every role title) is embedded for each request, about 10 ms each
# with the bundled model on one core, and the checklist compares each with the
# requirements of the postings scored: past these a resume is refused (422), not cut.
# A page holds about 30 sentences; 60,000 characters of short fragments hold 12,000.
MAX_SENTENCES = 400
MAX_ROLES = 100           # dated roles


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
    # Without a titled dated role: the kind of work it states its years in (undated).
    stated: Role | None = None
    credentials: Credentials = field(default_factory=Credentials)  # degrees, clearance, citizenship, licences
    # Where the contact block says the seeker lives, a city and its state ("Toledo, Ohio"), read before redaction
    # (``home``): only to check a posting's ask of where to live, never shown nor summarised.
    home: str = ""
    # Whether the contact block links a website of the author's own ("www.janedoephoto.com" under the name), read
    # before redaction (``links_own_site``): only to show work to see a posting asks ("Portfolio required").
    site: bool = False
    # The day the resume was read, which "Present" stands for: how long ago a dated line was.
    read_on: dt.date = field(default_factory=dt.date.today)

    def to_dict(self) -> dict:
        """A summary without the text itself: safe to log or return."""
        names = list(dict.fromkeys(m.name for m in self.skills))
        return {"name": self.name, "years": self.years, "title": self.title,
                "headline": self.headline,
                "skills": names, "sentence_count": len(self.sentences),
                "roles": [r.to_dict() for r in self.roles],
                "credentials": self.credentials.to_dict()}


# -- public entry points ---------------------------------------------------------
def read_resume(path: str | Path, *, max_bytes: int | None = None,
                today: dt.date | None = None) -> Resume:
    """Read a .pdf, .docx, .txt or .md resume from disk.

    Raises ``InputError`` for a missing or unreadable file, and whatever
    ``read_resume_bytes`` raises for its content.
    """
    path = Path(path)
    return read_resume_bytes(file_bytes(path, max_bytes), path.name, max_bytes=max_bytes, today=today)


# Why a file named .doc that is no .docx is not read.
OLD_WORD_DOC = "old Word .doc files are not read; save it as .docx or PDF"


def old_word_doc(path: Path, max_bytes: int | None = None) -> bool:
    """Whether the file at ``path``, named .doc, is an old Word .doc, which is not read (a
    .docx saved under a .doc name is read as what it is).  A file over ``max_bytes`` or one
    that cannot be read is not judged here: ``read_resume`` says what is wrong with it."""
    if path.suffix.lower() != ".doc":
        return False
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            return False
        return sniff(path.read_bytes()) != "docx"
    except OSError:
        return False


def file_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """A resume file's bytes, or a one-line ``InputError`` (missing, unreadable, a
    directory) or ``TooLarge`` (over ``max_bytes``, refused before it is read)."""
    try:
        if path.is_dir():
            raise InputError(f"{path} is a directory, not a resume file")
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise TooLarge(_too_large(path.name, size, max_bytes))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def read_resume_bytes(data: bytes, filename: str, max_bytes: int | None = None, *,
                      today: dt.date | None = None) -> Resume:
    """Read a resume held in memory; ``filename`` gives its extension and its name.

    The type comes from the extension *and* the content: a ``.pdf`` that is
    not a PDF is refused (``UnsupportedType``), as is an extension other than
    .pdf/.docx/.txt/.md.  A file without an extension is sniffed.  Empty,
    encrypted, scanned or damaged files raise ``Unprocessable``; over
    ``max_bytes`` raises ``TooLarge``.  Nothing is written to disk.
    """
    name, raw = file_text(data, filename, max_bytes)
    return resume_from_text(raw, name, today=today)


def file_text(data: bytes, filename: str, max_bytes: int | None = None) -> tuple[str, str]:
    """The display name and the text of a resume file held in memory, with every check
    of ``read_resume_bytes`` on the file itself (size, type against content, empty,
    encrypted, damaged, over the reading budgets)."""
    name = _display_name(filename)
    data = bytes(data or b"") if not isinstance(data, str) else data.encode("utf-8")
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLarge(_too_large(name, len(data), max_bytes))
    ext = Path(name).suffix.lower()
    if ext == ".doc":  # a .docx saved under a .doc name is read as what it is
        if sniff(data) != "docx":
            raise UnsupportedType(f"{name}: {OLD_WORD_DOC}")
        ext = ".docx"
    if ext and ext not in EXTENSIONS:
        raise UnsupportedType(f"{name}: unsupported file type '{ext}'; "
                              "use .pdf, .docx, .txt or .md")
    if not data.strip():
        raise Unprocessable(f"{name} is empty")
    kind = sniff(data)
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
            raw = pdf_text(data, name)
        elif kind == "docx":
            raw = docx_text(data, name)
        else:
            raw = decode(data)
    except MatcherError:
        raise
    except Exception:  # a parser choking on a hostile file is the file's fault, not ours
        raise Unprocessable(f"{name} is damaged and could not be read") from None
    return name, raw


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
    # the contact block's own website read before its lines are rejoined ("(512) 555-0177" above "janedoe.com")
    site = links_own_site(clean := _clean(text))
    written = _rejoin_wrapped(clean)
    # a line that holds several roles one after another ("... Senior Developer Beta Inc 2018 - 2022 ...") broken
    # before each, so that each role's lines are its own
    cleaned = parted_roles(redact(written))
    skills = _skills(cleaned)
    sentences = [piece for s in split_sentences(_content_text(cleaned, skills))
                 for piece in _cap(s, MAX_SENTENCE)]
    if not sentences:
        raise Unprocessable(f"{name} holds no readable text")
    if len(sentences) > MAX_SENTENCES:
        raise Unprocessable(f"{name} holds {len(sentences):,} sentences, over the "
                            f"{MAX_SENTENCES:,} a resume is read to; send a shorter resume")
    today = today or dt.date.today()
    found, firms = roles_and_employers(cleaned, today)
    roles = titled_by_headline(found, cleaned)
    if len(roles) > MAX_ROLES:
        raise Unprocessable(f"{name} holds {len(roles):,} dated roles, over the "
                            f"{MAX_ROLES:,} a resume is read to; send a shorter resume")
    dated = total_years(roles)
    stated = explicit_years(cleaned)
    titled = [r for r in roles if r.title]
    # the years of the work stated count as years stated: "six years as a Registered Nurse",
    # "line cook 6 yrs."
    work = None if titled else stated_role(cleaned)
    found = [y for y in (dated, stated, work and work.years) if y]
    skills = _held_skills(cleaned, titled, _not_employers(_endorsed(cleaned, skills), firms), today)
    return Resume(name=name, text=cleaned, sentences=sentences, skills=skills,
                  years=max(found) if found else None, roles=roles,
                  title=titled[0].title if titled else "", headline=headline(cleaned),
                  stated=work,
                  credentials=read_credentials(cleaned, sentences + personal_status(written), today),
                  home=home(written)[1], site=site, read_on=today)


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


def _skills(text: str, held: bool = False) -> list:
    try:  # written alongside this module; resumes work without it
        from matcher.skills.taxonomy import extract_skills
    except ImportError:
        return []
    return extract_skills(text, held, resume=True)


def resume_skills(text: str, today: dt.date | None = None) -> list:
    """The skill mentions of a resume's text, as ``Resume.skills`` holds them: those the
    extractor finds and those the titles of its dated roles name, spans into ``text``."""
    today = today or dt.date.today()
    skills = _not_employers(_endorsed(text, _skills(text)), employer_spans(text, today))
    return _held_skills(text, [r for r in titled_by_headline(find_roles(text, today), text) if r.title], skills,
                        today)


def _endorsed(text: str, skills: list) -> list:
    """``skills`` and the endorsements a CDL's list names by letter ("CDL Class A with H, N, T endorsements":
    Hazmat, Tanker and Doubles/Triples, each at "H, N, T"), which the extractor reads in no letter alone."""
    added = [replace(m, start=start, end=end, surface=text[start:end])
             for spelled, start, end in endorsements_listed(text)
             if not any(s.start < end and start < s.end for s in skills) for m in _skills(spelled)]
    return sorted(skills + added, key=lambda m: m.start) if added else skills


def _not_employers(skills: list, firms: list[tuple[int, int]]) -> list:
    """``skills`` without the mentions inside the name of a firm a role was held at
    (``roles.employer_spans``): "Excel Sports Physical Therapy" shows no Excel, "Ruby Tuesday"
    no Ruby, "Summit Payroll Services" no payroll.  A mention that is the whole name ("Oracle")
    or its last words, the trade of the firm or the unit ("Cardiac ICU", "Tampa Physical
    Therapy"), stays: the work was that; a legal form is no trade ("Lothian Bank PLC" shows no
    PLC programming)."""
    if not firms:
        return skills
    return [m for m in skills
            if not any(start <= m.start and m.end <= end and (m.end != end or is_legal_form(m.surface))
                       for start, end in firms)]


def _held_skills(text: str, roles: list, skills: list, today: dt.date) -> list:
    """``skills`` and those the titles of the roles held name ("DevOps Engineer", "QA
    Automation Engineer", "Senior Backend Engineer"), at each title's first place in
    ``text``: the person did that work.  Extraction leaves a skill before a role word
    out, since in a posting it names the job rather than asking the skill.  A credential
    whose stated expiry has passed by ``today`` is not held (``_lapsed``)."""
    skills = _denied(text, _said_lapsed(text, _lapsed(text, skills, today)))
    taken = [(m.start, m.end) for m in skills]
    added = []
    for title in dict.fromkeys(r.title for r in roles):
        at = text.find(title)
        for m in _skills(title, held=True) if at >= 0 else ():
            start, end = at + m.start, at + m.end
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                added.append(replace(m, start=start, end=end))
    return sorted(skills + added, key=lambda m: m.start) if added else skills




_CREDENTIAL_PIECE = re.compile(r"[^,;|•]+")
# A word that denies what follows it: "No CS degree - I learned by building", "without
# Kubernetes experience"; not "not only Python but Go".
_DENIAL_BEFORE = re.compile(r"(?i)(?<![\w-])(?:no|without|never|not(?![ \t]+only\b))[ \t]+"
                            r"(?:(?:formal|official|prior|professional|direct|hands-on|a|an|any)[ \t]+)?\Z")


# What after a skill says it is lacking: "Kubernetes: none yet", "AWS - not yet".
_DENIAL_AFTER = re.compile(r"(?i)[ \t]*[:\-–][ \t]*(?:none|not yet)\b")


def _denied(text: str, skills: list) -> list:
    """``skills`` without a mention a word right before it or right after it denies
    (``_DENIAL_BEFORE``, ``_DENIAL_AFTER``)."""
    return [m for m in skills if not _DENIAL_BEFORE.search(text, max(0, m.start - 40), m.start)
            and not _DENIAL_AFTER.match(text, m.end)]


def _said_lapsed(text: str, skills: list) -> list:
    """``skills`` without each certification its line says in words is no longer held ("PHR
    (2009, lapsed)", "BLS - expired 2024"): that mention shows no credential held."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    kept = []
    for m in skills:
        if m.category == "certification":
            at = starts[bisect.bisect_right(starts, m.start) - 1]
            end = text.find("\n", at)
            line = text[at:end if end >= 0 else len(text)]
            if said_lapsed(line, m.start - at, m.end - at):
                continue
        kept.append(m)
    return kept


def _lapsed(text: str, skills: list, today: dt.date) -> list:
    """``skills`` without those a line says have lapsed: on a line that states an expiry date
    passed by ``today`` (``credentials.expiry_passed``: "Nationally Registered Paramedic (NRP),
    exp 03/2026" read in November 2026), the skills of the piece the date follows (pieces are
    set apart by commas, semicolons, bars and bullets: "ACLS (exp 01/2025), PALS" lapses ACLS
    only; a piece with no skill of its own, ", exp 03/2026", dates the piece before it).
    Those skills go from that line and from the letters after the name, above the first
    heading ("Marcus Delgado, NRP"); elsewhere a line still shows the work done with them."""
    if not skills or "exp" not in text.lower() and "valid" not in text.lower() and "good" not in text.lower():
        return skills
    lapsed: set[str] = set()
    gone: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if expiry_passed(line, today) != line:
            pieces = [(pos + m.start(), pos + m.end(), m.group()) for m in _CREDENTIAL_PIECE.finditer(line)]
            for k, (start, end, piece) in enumerate(pieces):
                if expiry_passed(piece, today) == piece:
                    continue
                named = [m for m in skills if start <= m.start and m.end <= end]
                if not named and k:
                    start, end, _ = pieces[k - 1]
                    named = [m for m in skills if start <= m.start and m.end <= end]
                lapsed.update(m.name for m in named)
            gone.append((pos, pos + len(line)))
        pos += len(line) + 1
    if not lapsed:
        return skills
    first_heading = next((i for i, line in enumerate(text.split("\n")) if heading_of(line)), 0)
    gone.append((0, sum(len(line) + 1 for line in text.split("\n")[:first_heading])))
    return [m for m in skills if m.name not in lapsed or not any(a <= m.start < b for a, b in gone)]


def _content_text(text: str, mentions: list) -> str:
    """``text`` without the lines that must never be a sentence (quoted as evidence,
    embedded): section headings ("SKILLS", "Licenses and certifications", "Education:"),
    lines without words (bullets, punctuation, dates, a lone month), a table's column heads ("Employer | Position |
    Dates") and label lines
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
        if not body.strip() or is_empty_line(body) or is_column_heads(body):
            continue
        if (not heading and i not in skilled and not JOB_WORD.search(body)
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
    if CONNECTOR_END.search(above):
        return True
    return (not _marked(label) and len(above) >= WRAP_TAIL
            and not re.search(r"[.!?:]['\")\]]*$", above))


_WRAP = re.compile(r"(?<=[\w,;)])\n(?=[a-z])")


# A line ending in a span of dates: a role's, whose duties follow, whatever their case.
# A year may carry its month after a slash or dot: "2021/04 - present", "2019.01 - 2021.03".
_DATES_END = re.compile(r"(?i)(?:19|20)\d\d(?:[/.]\d\d?)?\s*(?:-|–|—|to|until)\s*"
                        r"(?:(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d\d(?:[/.]\d\d?)?|present|current|now|date|today)\W*\Z")


def _rejoin_wrapped(text: str) -> str:
    """``text`` with the lines of a hard-wrapped paragraph joined: a long line (``WRAP_TAIL``)
    that ends inside a sentence, and a next line that goes on in lower case ("... and a
    clean" / "driving record."), are one line; not a role's line ending in its dates
    ("Customer Care Agent - Spectrum (Tampa) - 01/2022 to present" / "handle 60+ inbound calls").
    The line break becomes a space, so offsets into the text stay those of the text given."""
    def join(m: re.Match) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        after = text[m.end():end if end >= 0 else len(text)]
        # a bullet in lower case ("o Built ...", "a) Led ...") opens an item of its own
        return " " if m.start() - start > WRAP_TAIL and not _DATES_END.search(text, start, m.start()) \
            and strip_line_marks(after) == after else "\n"
    return _WRAP.sub(join, text)


_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


# Markdown's heading marks ("### Data Analyst, Acme") and a table's cell bars ("| SQL | 5 years |").
_MD_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_MD_CELL_BAR = re.compile(r"(?<!\\)\|")


def _markdown_line(line: str) -> str | None:
    """A line of Markdown as text: a heading without its marks (closing ones too: "## Skills
    ##"), a table's row as its cells joined with " | " (one line, as a .docx table's row is
    read), or None for a table's rule line ("|---|:--|"); any other line as it is."""
    heading = _MD_HEADING.match(line)
    if heading:
        title = line[heading.end():].strip()
        bare = title.rstrip("#")
        return bare.rstrip() if bare != title and (not bare or bare[-1] in " \t") else title
    row = line.strip()
    if len(row) < 2 or row[0] != "|" or row[-1] != "|":
        return line
    if set(row) <= set("|-: \t"):
        return None
    cells = (cell.strip().replace("\\|", "|") for cell in _MD_CELL_BAR.split(row[1:-1]))
    return " | ".join(cell for cell in cells if cell)


# A role's line laid out in columns by spaces or tabs ("Maintenance Technician   Acme Foods   June 2015 - Feb 2018"):
# clean_text's single spaces would run its title and its firm together into one title ("Maintenance Technician Acme
# Foods"), so its columns of words are parted by " | ", as a table's cells are; a column of dates needs no bar, its
# range parts it.  A line of dates only: a justified line's every gap is wide, while a column holds words with
# single spaces between them.
_COLUMN_GAP = re.compile(r"[ \u00a0]{3,}|\t+")


def _aligned_row(line: str) -> str:
    """A dated line in columns (``_COLUMN_GAP``) with its columns of words parted by " | "; any other line as it is."""
    cells = [cell for cell in _COLUMN_GAP.split(line.strip()) if cell]
    if len(cells) < 2 or not any(" " in cell for cell in cells) or not dates_in(line):
        return line
    out = cells[0]
    for before, cell in zip(cells, cells[1:]):
        out += " " + cell if dates_in(before) or dates_in(cell) else " | " + cell
    return out


def _clean(text: str) -> str:
    """clean_text, fed lines of bounded length so that pathological input stays linear;
    Markdown's headings and tables read as text (``_markdown_line``)."""
    lines = []
    # a script or style block is dropped whole before the text is cut into lines
    for line in drop_hidden_markup(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        line = _markdown_line(line)
        if line is None:
            continue
        line = _aligned_row(line)
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
