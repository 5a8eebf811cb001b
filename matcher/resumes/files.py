"""Resume files to text: sniffing the type, decoding text files, and reading PDF and
.docx files within a budget of time and size (a hostile file is refused, not read
for minutes).  ``matcher.resumes.read`` turns the text into a ``Resume``."""

from __future__ import annotations

import io
import logging
import re
import time
import zipfile
from collections import Counter

from matcher.errors import MatcherError, Unprocessable
from matcher.resumes.sections import (
    LICENCE_HEADING,
    SPACED_LETTERS,
    cuts_a_date,
    heading_of,
    is_empty_line,
    reads_as_verb,
)
from matcher.text import strip_line_marks

MAX_PDF_PAGES = 50        # a resume longer than this is not a resume
# Characters read from a resume's text, about 20 pages: real resumes run to a few
# thousand, and every sentence past them costs each request a model call (a 2 MB
# line is 7,000 sentences, minutes of CPU with the bundled model).
MAX_CHARS = 60_000
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

CONNECTOR_END = re.compile(r"(?i)(?:[,;&/(-]|\b(?:and|or|of|in|with|for|to|the|a|an|at|on|by|"
                            r"from|as|including))$")


class Budget:
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



def sniff(data: bytes) -> str:
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


def decode(data: bytes) -> str:
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


def pdf_text(data: bytes, name: str) -> str:
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
    budget, chars = Budget(name), 0
    texts, sides = [], []  # a sidebar moved after the main column goes after the last page's
    for page in pages:
        try:
            main, side = _best_page_text(page, budget)
        except MatcherError:
            raise
        except Exception:  # one bad page should not lose the others
            continue
        texts.append(main)
        sides.extend([side] if side else [])
        chars += len(main) + len(side)
        if chars > MAX_CHARS:  # the rest would be cut (resume_from_text)
            break
    text = _repair_pdf_text("\n".join(_without_page_furniture(texts) + _without_page_furniture(sides)))
    if not text.strip():
        raise Unprocessable(f"no text could be read from {name} (is it a scanned image?)")
    return text


# A page's number on a line of its own: "Page 2", "Page 2 of 3", "p. 2/3" wherever it is on
# the page; "2 of 3", "2 / 3", "- 2 -" or "(2)" among its top or bottom ``EDGE_LINES``; and a
# lone "2" as its first or last line.
_PAGE_LABEL = re.compile(r"(?i)[-\u2013\u2014(\[\s]*(?:page|pg\.?|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
                         r"[-\u2013\u2014)\]\s]*")
_PAGE_NUMBER = re.compile(r"(?i)\s*(?:\d{1,3}\s*(?:of|/)\s*\d{1,3}|[-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014]"
                          r"|\(\d{1,3}\)|\[\d{1,3}\])\s*")
_LONE_NUMBER = re.compile(r"\s*\d{1,3}\s*")
EDGE_LINES = 3  # lines at the top and at the bottom of a page where its header and footer sit
# What a template prints at a page's edge, not the person: its copyright notice ("© European Union,
# 2002-2020 | europass.europa.eu", "Copyright 2024 Zety") and the Europass logo's word.
_TEMPLATE_MARK = re.compile(r"(?i)\s*(?:(?:©|copyright\s*(?:©|\(c\)|(?:19|20)\d\d)).*|europass)\s*")


# A page's label that a running head adds to the name or the title it repeats, at its start or its end:
# "Jane Doe - Page 2", "Jane Doe | Page 2 of 3", "Page 2 | Jane Doe", "Jane Doe, p. 2", "Jane Doe (page 2)".
_RUNNING_LABEL = re.compile(r"(?i)^[(\[]?(?:page|pg\.?|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?[)\]]?"
                            r"[\s|,\u2013\u2014•·-]+|[\s|,\u2013\u2014•·-]*[\s|,\u2013\u2014•·(\[-](?:page|pg\.?|p\.)\s*\d{1,3}"
                            r"(?:\s*(?:of|/)\s*\d{1,3})?[)\]]?\s*$")


def _without_page_furniture(pages: list[str]) -> list[str]:
    """The pages' texts without what the page, not the resume, says: page numbers
    (``_PAGE_LABEL``, ``_PAGE_NUMBER``, ``_LONE_NUMBER``), a template's copyright notice or logo
    at a page's edge (``_TEMPLATE_MARK``) and, in a file of two pages or
    more, a running header or footer, a line found among the top or the bottom
    ``EDGE_LINES`` of every page (digits and a page's label aside: "Jane Doe, page 2" repeats the
    first page's "Jane Doe", so that a role's bullets on the next page go on under it).  Such a line stays
    where it opens the first page, whose header names the person and the title.  Blank
    lines at a page's ends go too, so that a sentence the page break cut reads on as a
    wrap (``_rejoin_wraps``)."""
    split = [page.split("\n") for page in pages]

    def edges(lines: list[str]) -> tuple[list[int], list[int]]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return filled[:EDGE_LINES], filled[-EDGE_LINES:]

    def key(line: str) -> str:  # a running head's page label aside: "Jane Doe - Page 2" is "Jane Doe"'s
        return re.sub(r"\d+", "0", " ".join(_RUNNING_LABEL.sub("", line).split())).casefold()

    repeated: set[str] = set()
    if len(split) > 1:
        shared = [{key(lines[i]) for part in edges(lines) for i in part} for lines in split]
        repeated = {k for k in set.intersection(*shared) if any(c.isalpha() for c in k)}
    out = []
    for number, lines in enumerate(split):
        top, bottom = edges(lines)
        ends = (top[0], bottom[-1]) if top else ()
        kept = []
        for i, line in enumerate(lines):
            edge = i in top or i in bottom
            if (_PAGE_LABEL.fullmatch(line) or (i in ends and _LONE_NUMBER.fullmatch(line))
                    or (edge and (_PAGE_NUMBER.fullmatch(line) or _TEMPLATE_MARK.fullmatch(line)))):
                continue
            if edge and key(line) in repeated and not (number == 0 and i in top):
                continue
            kept.append(line)
        out.append("\n".join(kept).strip("\n"))
    return out


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


def _best_page_text(page, budget: Budget) -> tuple[str, str]:
    """pypdf's plain extraction, unless layout mode reads clearly better; with a sidebar to read
    after the last page (``_in_order``), else "".

    Plain mode follows the content stream, which keeps two-column resumes in
    column order when their producer wrote one column after the other; layout mode
    recovers spaces some producers leave out (words glued together), so it wins when
    plain mode's words are too long, and it is split into its columns when the page is
    set in two columns (``_two_columns``), which it must be when the content stream
    interleaves them line by line ("SKILLS EXPERIENCE" / "Python, SQL  Data Analyst,
    Initech, 2019 - Present"), and when the page's columns read better in another order
    than the content stream's (``_split_columns``: a Europass CV's label column, a sidebar on
    the left), which a page whose lines start at two margins (``_two_margins``) may need.
    ``budget`` is charged before each mode and checked at every operator of plain mode
    (layout mode takes no visitor).
    """
    budget.parse(page)
    starts: list[tuple[float, float]] = []

    def position(text, cm, tm, *_):
        if text.strip():
            starts.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    plain = page.extract_text(visitor_operand_before=budget.check, visitor_text=position) or ""
    columns = _two_columns(starts)
    interleaved, glued = bool(columns) and _interleaved(starts, columns), _glued(plain) >= 0.05
    margins = _two_margins(starts)
    if not (glued or interleaved or margins):
        return plain, ""
    budget.parse(page)
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:
        return plain, ""
    if (columns or margins) and (split := _split_columns(layout)):
        text, side, reordered = split
        if glued or interleaved or reordered:
            return text, side
    if not glued:
        return plain, ""
    return layout if _glued(layout) < _glued(plain) else plain, ""


COLUMN_SHARE = 2 / 3  # of the lines beside a column, those with text in it
# Lines where one column goes on with the other blank, within the span of the right one:
# without them two "columns" that always have text side by side are a table's rows.
MIN_ALONE = 2


def _two_columns(starts: list[tuple[float, float]]) -> float | None:
    """The x where a page's right column starts, when text fragments starting at these
    (x, y) positions are set in two columns, else None: at least three lines with text in
    both, the right column's text on most of the lines from its first to its last
    (``COLUMN_SHARE``; dates at a tab stop on a few lines of one column are not a column),
    and ``MIN_ALONE`` lines there with text in one column only, whichever is longer."""
    lines: dict[int, list[float]] = {}
    for x, y in starts:
        lines.setdefault(round(y / 2), []).append(x)
    left = min((x for x, _ in starts), default=0.0)
    inner = Counter(round(x / 3) for xs in lines.values() for x in xs if x > min(xs) + 40)
    if not inner:
        return None
    edge = inner.most_common(1)[0][0] * 3
    rows = [lines[y] for y in sorted(lines, reverse=True)]  # top of the page first
    held = [i for i, xs in enumerate(rows) if any(abs(x - edge) <= 4 for x in xs)]
    span = rows[held[0]:held[-1] + 1]
    both = sum(min(xs) < edge - 40 for xs in (rows[i] for i in held))
    right_only = sum(min(xs) >= edge - 4 for xs in span)
    left_only = sum(max(xs) < edge - 4 for xs in span)
    if (edge - left > 100 and both >= 3 and len(held) >= COLUMN_SHARE * len(span)
            and right_only + left_only >= MIN_ALONE):
        return edge
    return None


MARGIN_LINES = 4  # lines starting at a margin of their own: a column, not a centred line or an indent


def _two_margins(starts: list[tuple[float, float]]) -> bool:
    """Whether ``MARGIN_LINES`` of the page's lines start at one margin and as many 100 points
    or more left of it (at a margin of their own, or set flush right as a Europass CV's labels
    are): a sidebar written before the main column, whose lines seldom share a baseline with
    the main column's (which ``_two_columns`` needs)."""
    lines: dict[int, float] = {}
    for x, y in starts:
        lines[round(y / 2)] = min(x, lines.get(round(y / 2), x))
    margins = [m * 10 for m, n in Counter(round(x / 10) for x in lines.values()).items() if n >= MARGIN_LINES]
    return any(sum(x <= margin - 100 for x in lines.values()) >= MARGIN_LINES for margin in margins)


def _interleaved(starts: list[tuple[float, float]], edge: float) -> bool:
    """Whether the content stream goes back and forth across the column ``edge`` as a
    page written line by line does (twice a line), not once or twice as one written
    column after column."""
    sides = [x >= edge - 4 for x, _ in starts]
    return sum(a != b for a, b in zip(sides, sides[1:])) >= 4


_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
COLUMN_INDENT = 4  # characters past the column's edge a line may start (a wrap's indent)


def _split_columns(layout: str) -> tuple[str, str, bool] | None:
    """Layout mode's text of a two-column page in its columns' reading order, a sidebar apart
    (``_in_order``), and whether that order is other than the left column's lines, then the
    right's; or None
    when no column edge holds.  The edge is the character where the
    right column's text starts after a gap of spaces (or alone on its line) on most lines;
    a line's right part starts there after a gap, or up to ``COLUMN_INDENT`` characters
    further (a wrapped line indented).  It holds when three lines have text on both sides,
    ``MIN_ALONE`` lines beside the right column have text on one side only, and no line
    there runs across the edge (a page in one column with its dates at a tab stop)."""
    lines = [line.rstrip() for line in layout.split("\n")]
    edges = Counter(m.end() for line in lines for m in _COLUMN_GAP.finditer(line))
    edges.update(len(line) - len(line.lstrip()) for line in lines if line.strip() and line[:3] == "   ")
    if not edges:
        return None
    edge = edges.most_common(1)[0][0]

    def right_start(line: str) -> int | None:
        for at in range(edge - 1, min(len(line), edge + COLUMN_INDENT + 1)):
            if line[at] != " ":
                return at if at > 0 and not line[max(0, min(at, edge) - 3):at].strip() else None
        return None

    starts = [right_start(line) if line.strip() else None for line in lines]
    held = [i for i, at in enumerate(starts) if at is not None]
    if edge < 15 or not held:
        return None
    both = sum(bool(lines[i][:starts[i]].strip()) for i in held)
    alone = across = 0
    for i in range(held[0], held[-1] + 1):
        line = lines[i]
        if starts[i] is None and line.strip():
            across += len(line) > edge
            alone += len(line) <= edge
        alone += starts[i] is not None and not line[:starts[i]].strip()
    if both < 3 or alone < MIN_ALONE or across:
        return None
    # A line across both columns below them is the page's footer ("© European Union, 2002-2020 |
    # europass.europa.eu   Page 1 / 2"), read after both, where ``_without_page_furniture`` knows it.
    end = next((i for i in range(held[-1] + 1, len(lines)) if len(lines[i]) > edge and starts[i] is None), len(lines))
    footer = [_spaced(line) for line in lines[end:] if line.strip()]
    lines, starts = lines[:end], starts[:end]
    left = [_spaced(line if at is None else line[:at]) for line, at in zip(lines, starts)]
    right = [_spaced(line[at:]) if at is not None else "" for line, at in zip(lines, starts)]
    text, side, reordered = _in_order(left, right)
    return "\n".join([text] + footer), side, reordered


def _spaced(line: str) -> str:
    """A column's part of a line with single spaces, unless it is justified (``_stretched``, which
    ``_rejoin_wraps`` reads)."""
    line = line.strip()
    return line if _stretched(line) else re.sub(r" {2,}", " ", line)


def _in_order(left: list[str], right: list[str]) -> tuple[str, str, bool]:
    """A two-column page's text from its columns' parts of each line (blank where a column has
    none): a label column's rows row by row (``_label_rows``); a sidebar on the left that holds
    only contact, skills, certifications, languages and education after the main column, which
    holds the summary or the work (``_sidebar``), apart, to be read after the resume's last page
    (the main column goes on there), what stands above its first heading (the name) staying
    first; a sidebar that also holds the profile or summary beside the column of the work
    (``_profile_aside``), on either side, the same, its profile read first, under the main
    column's name and headline; else the left column, then the right.  With whether the order
    is other than column after column."""
    if rows := _label_rows(left, right):
        return "\n".join(rows), "", True
    left, right = _column_rejoined(left, right), _column_rejoined(right, left)
    side, main = [line for line in left if line], [line for line in right if line]
    if _sidebar(side, main):
        top = next(i for i, line in enumerate(side) if _section_kind(line))
        return "\n".join(side[:top] + main), "\n".join(side[top:]), True
    for aside, work in ((side, main), (main, side)):
        if split := _profile_aside(aside, work):
            above, profile, rest = split
            top = next(i for i, line in enumerate(work) if _section_kind(line))
            return "\n".join(above + work[:top] + profile + work[top:]), "\n".join(rest), True
    return "\n".join(side + main), "", False


def _long_line(lines: list[str]) -> int:
    """How long ``lines``' long lines are: the 90th percentile of their lengths (0 for none)."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))] if lengths else 0


def _column_rejoined(column: list[str], other: list[str]) -> list[str]:
    """``column``'s lines, its wrapped lines joined (``_rejoin_wraps``) measured against its own
    long lines, when it is narrow beside ``other`` (its long lines shorter than ``WRAP_SHARE`` of
    the other's, so that measured against the page none of its lines would have wrapped): a
    sidebar's profile "Payroll specialist with eight" / "years of multi-state payroll" / "experience
    and a CPP." is one sentence, as the main column's is.  Blank rows keep a column's paragraphs
    apart."""
    if _long_line(column) >= WRAP_SHARE * _long_line(other):
        return column
    return _rejoin_wraps("\n".join(column), MIN_NARROW).split("\n")


def _profile_aside(side: list[str], main: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """``side``'s lines above its first heading, its profile and the rest of it, when ``side`` is a
    sidebar that holds the resume's profile or summary ("PROFILE", "About Me") beside the work:
    its other sections a sidebar's only (``_section_kind``), and ``main`` the column of the work
    (a work heading, "EXPERIENCE") with no profile or summary of its own; else None."""
    def work(line: str) -> bool:
        return (heading_of(line) or ("",))[0] == "experience"

    if not any(work(line) for line in main if _section_kind(line)) or any(
            kind == "main" and not work(line) for line, kind in zip(main, map(_section_kind, main))):
        return None
    above, profile, rest = [], [], []
    part = above
    for line in side:
        kind = _section_kind(line)
        if kind == "other" or (kind == "main" and work(line)):
            return None
        part = profile if kind == "main" else rest if kind == "side" else part
        part.append(line)
    return (above, profile, rest) if profile else None


ROW_LINES = 2  # lines a label may take in a label column (a date range wrapped: "01/09/2020 –" / "Present")


def _label_rows(left: list[str], right: list[str]) -> list[str] | None:
    """A Europass CV's page, a column of labels (dates, headings, language names) beside the
    entries they label, row by row, or None when the left column is no such column.  Each
    label sits on the baseline of its entry's first line: at least three labels beside the
    right column's text, most of them (``SIDEBAR_SHARE``) of at most ``ROW_LINES`` lines, and
    the left column no fuller and no wider (its longest line) than the right; labels on
    consecutive lines are one a line where ``_one_line_rows`` says so, and a heading beside
    nothing is a label of its own.  A label opens its entry's first line ("01/09/2020 – Present
    Healthcare Data Analyst", a wrapped label joined); a heading beside its entry stays a line
    of its own.  A sidebar's blocks of contact lines and skills run over many lines, whatever is
    beside them, and a main column on the left, its lines set apart, is wider than a sidebar."""
    runs: list[list[int]] = []
    headings: set[int] = set()
    for i, text in enumerate(left):
        heading = bool(text) and not right[i] and bool(_section_kind(text))  # "PERSONAL SKILLS" beside nothing
        if text and runs and runs[-1][-1] == i - 1 and not heading and runs[-1][-1] not in headings:
            runs[-1].append(i)
        elif text:
            runs.append([i])
        if heading:
            headings.add(i)
    runs = [part for run in runs for part in ([[i] for i in run] if _one_line_rows(run, left, right) else [run])]
    paired = [run for run in runs if any(right[i] for i in run)]
    short = sum(len(run) <= ROW_LINES for run in paired)
    if len(paired) < 3 or short < SIDEBAR_SHARE * len(paired) or len(sum(runs, [])) > sum(map(bool, right)):
        return None
    if max(map(len, left)) >= max(map(len, right)):  # the main column on the left, a sidebar on the right
        return None
    labels = list(left)
    for i in range(len(labels) - 1):
        if labels[i] and labels[i + 1] and right[i] and _continues(labels[i], labels[i + 1], MIN_WRAPPED):
            labels[i], labels[i + 1] = f"{labels[i]} {labels[i + 1]}", ""
    out = []
    for label, entry in zip(labels, right):
        if label and entry and not _section_kind(label):
            out.append(f"{label}   {entry}")
        else:
            out.extend(text for text in (label, entry) if text)
    return out


def _one_line_rows(run: list[int], left: list[str], right: list[str]) -> bool:
    """Whether the labels on the consecutive lines of ``run`` are one label a line, as a Europass
    CV's "Mother tongue(s)" / "Other language(s)" / "Digital skills" are: none a heading, each
    beside an entry's line, and the entries' lines no more than the labels' (the entry column
    blank beside the line just above the run and the line just below it, if any).  A sidebar's
    block holds its headings ("CONTACT", "SKILLS"), and its list beside the main column has the
    main column's text above or below it."""
    above, below = run[0] - 1, run[-1] + 1
    return (above >= 0 and not right[above] and (below >= len(right) or not right[below])
            and all(right[i] and not _section_kind(left[i]) for i in run))


SIDEBAR_SHARE = 3 / 4
# The sections of a sidebar ("Contact", "Top Skills", "LANGUAGES", "Certifications", "Education") and
# of a main column ("Summary", "Profile", "Experience"), among the headings ``heading_of`` knows.
_SIDE_SECTION = re.compile(r"(?i)contact|language|interest|hobbies|reference|award|hono(?:u)?rs"
                           r"|personal (?:information|details)|affiliation|membership")
_MAIN_SECTION = re.compile(r"(?i)summary|profile|objective|about|overview")


def _section_kind(line: str) -> str | None:
    """'side', 'main' or 'other' for a heading standing alone, else None."""
    heading = heading_of(line)
    if not heading or heading[1] or not heading[2]:
        return None
    if heading[0] in ("skills", "education") or (heading[0] == "other" and _SIDE_SECTION.search(line)):
        return "side"
    return "main" if heading[0] == "experience" or _MAIN_SECTION.search(line) else "other"


def _side_only(lines: list[str]) -> bool:
    """Whether the headings among ``lines``, one at least, are all a sidebar's."""
    return {_section_kind(line) for line in lines} - {None} == {"side"}


def _sidebar(side: list[str], main: list[str]) -> bool:
    """Whether ``side``'s lines are a sidebar beside ``main``'s: ``_side_only``, and a summary or
    work heading in ``main``."""
    return _side_only(side) and "main" in {_section_kind(line) for line in main}


def _glued(text: str) -> float:
    words = text.split()
    return sum(len(w) > 25 and "/" not in w and "@" not in w for w in words) / max(len(words), 1)


# A word hyphenated at a line's end, the next line indented or not: "CompTIA Secu-" / "  rity+ CE",
# "write inci-" / "dent reports" read "Security+", "incident"; an upper-case letter either side
# is a real hyphen ("T-" / "SQL", "Wi-" / "Fi").
_HYPHEN_BREAK = re.compile(r"([a-z])([-\u00ad])\n[ \t]*([a-z]+)")
# A compound's second word keeps its hyphen at a wrap: "follow-" / "up", "entry-" / "level",
# "on-" / "call", "data-" / "driven" (no word breaks before these as a hyphenation would).
_COMPOUND_TAIL = re.compile(r"up|on|off|down|level|time|term|call|based|driven|facing|paced|related"
                            r"|oriented|focused|friendly|specific|ready|owned|wide")


def _unhyphenated(m: re.Match) -> str:
    keep = m.group(2) == "-" and _COMPOUND_TAIL.fullmatch(m.group(3))
    return m.group(1) + ("-" if keep else "") + m.group(3)
_ENDS_SENTENCE = re.compile(r"[.!?:]['\")\]]*$")
# How the rest of a wrapped clause can start besides a lower-case word: an opening bracket
# or quote ("(GKE) serving", '"checkout" and search'), or a number that a lower-case word
# follows ("12 million users", "1,200 ms", "30% of", "$2M budget").
_GOES_ON = re.compile(r"""[(\[{"'\u201c\u2018\u00ab]\S|[$\u20ac\u00a3]?\d[\d,.]*[%a-zA-Z]{0,3}\s+[a-z]""")
_YEAR_FIRST = re.compile(r"[(\[]?(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d(?!\d)")
WRAP_SHARE = 0.7     # a line this close to the page's long lines may have wrapped
MIN_WRAPPED = 35     # characters; shorter lines (names, contacts, titles, dates) never wrapped
TAIL_WORDS = 3       # words of a sentence's end that a wrap may leave alone on the next line
# A line ending in an article or a preposition is unfinished however short it is (no name,
# contact, title or date ends so); lower case only, so that "Indianapolis, IN" is no "in".
_UNFINISHED = re.compile(r"\b(?:the|a|an|of|to|from|with|for|in|on|at|by)$")
# A line ending in a connector goes on however it starts; an en or em dash too ("Acme —").
_OPEN_END = re.compile(rf"{CONNECTOR_END.pattern}|[\u2013\u2014]$")
# A narrow column's lines (a sidebar of education and skills beside the experience) are
# short against the page's: there a line ending in a connector may have wrapped when it is
# this long and at least ``WRAP_SHARE`` of the longest line within ``NEAR_LINES`` of it.
MIN_NARROW = 20
NEAR_LINES = 2
_DASH_MARK = re.compile(r"[-\u2013\u2014]\s")


_GAP = re.compile(r"(?<=\S) +(?=\S)")


def _stretched(line: str) -> bool:
    """Whether ``line`` is justified text stretched to its column's width, every gap between its
    words (three at least) two spaces or more: "Resolve  35+  tickets  a  day  in  Jira  Service".
    Only a paragraph's last line is not stretched, so the next line goes on with it."""
    gaps = _GAP.findall(line.strip())
    return len(gaps) >= 2 and min(map(len, gaps)) >= 2


# A name set large over two lines at the top of the page, a word a line: "Maria" / "Delgado",
# "JANE" / "DOE" (read as one line, the name is known and redacted).
_NAME_OVER_LINES = re.compile(r"\A[ \t]*([A-Z][A-Za-z'’-]+)[ \t]*\n[ \t]*([A-Z][A-Za-z'’-]+)[ \t]*(?=\n|\Z)")


def _name_joined(m: re.Match) -> str:
    return m.group(0) if heading_of(m.group(1)) or heading_of(m.group(2)) else f"{m.group(1)} {m.group(2)}"


# A wrapped line's last words, lower case, then a place, on one line: what pypdf reads where a
# LinkedIn export's headline wrapped onto the location's baseline ("Senior Payroll Specialist | ADP |
# Multi-state" / "payroll Chicago, Illinois, United States").
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*"
_TAIL_THEN_PLACE = re.compile(rf"[ \t]*((?:[a-z&][\w&'’/+-]*[ \t]+){{1,{TAIL_WORDS}}})"
                              rf"({_PLACE_WORDS}(?:,[ \t]*{_PLACE_WORDS}){{0,3}})[ \t]*")


def _place_apart(text: str) -> str:
    """A wrapped line's last words that share a line with a place (``_TAIL_THEN_PLACE``) go back up
    to the line they wrapped from, the place staying a line of its own: "Senior Payroll Specialist |
    ADP | Multi-state payroll" / "Chicago, Illinois, United States".  The line above ends no
    sentence and is no heading, the words before the place end in no word that leads to one ("based
    in" / "Chicago, Illinois" is a clause), and the rest of the line is a place the gazetteer knows."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        m = _TAIL_THEN_PLACE.fullmatch(lines[i])
        above = lines[i - 1].rstrip()
        if (not m or not above.strip() or _ENDS_SENTENCE.search(above) or heading_of(above)
                or _OPEN_END.search(m.group(1).rstrip()) or _UNFINISHED.search(m.group(1).rstrip())):
            continue
        from matcher.eligibility.places import resolve  # the gazetteer, only for a line of this shape

        if resolve(m.group(2)):
            lines[i - 1], lines[i] = f"{above} {m.group(1).strip()}", m.group(2)
    return "\n".join(lines)


# A word glued by pypdf to what stood across a column's or a cell's edge, lower case then upper
# case: "payrollChicago, IL", "ADPEXPERIENCE" is no case ("payrollEXPERIENCE" is).  What follows to
# the line's end (or a separator) is a place with its state or country, or a heading or a label
# the reader knows.
_GLUED_AT = re.compile(r"(?<=[a-z]{2})(?=[A-Z])")
_PLACE_ON = re.compile(rf"{_PLACE_WORDS}(?:,[ \t]*{_PLACE_WORDS}){{1,3}}(?=[ \t]*(?:$|[|\u2022\t]|  ))")


def _unglued(text: str) -> str:
    """A word and a place, a heading or a label that pypdf glued across a column's or a cell's
    edge (``_GLUED_AT``) are two lines: "multi-state payrollChicago, IL" reads "multi-state payroll"
    / "Chicago, IL".  Camel-cased names are never split: the glued word is no skill the taxonomy
    knows (JavaScript, PowerPoint, DevOps, GitHub), its lower-case part before the capital is two
    letters at least (iPhone, eBay, McDonald), and the rest is a place the gazetteer knows with its
    state or country, or a heading ``heading_of`` knows by name."""
    from matcher.resumes.sections import _known_heading

    lines = text.split("\n")
    for i, line in enumerate(lines):
        for at in reversed([m.start() for m in _GLUED_AT.finditer(line)]):
            rest = line[at:]
            word = re.search(r"[A-Za-z]*$", line[:at]).group(0) + re.match(r"[A-Za-z]*", rest).group(0)
            place = _PLACE_ON.match(rest)
            if not ((place and _resolves(place.group(0))) or _known_heading(rest.strip())):
                continue
            if _skill_named(word):
                continue
            line = f"{line[:at].rstrip()}\n{rest}"
        lines[i] = line
    return "\n".join(lines)


def _resolves(place: str) -> bool:
    """Whether ``place`` is a place the gazetteer knows, its first part the city, state or country."""
    from matcher.eligibility.places import resolve  # the gazetteer, only for a glued word of this shape

    first = place.split(",")[0].strip()  # the place is what follows the glue, not one further on in it
    return any(found.name.split(",")[0] == first for found in resolve(place))


def _skill_named(word: str) -> bool:
    from matcher.skills.taxonomy import Taxonomy

    return Taxonomy.default().get(word) is not None


def _repair_pdf_text(text: str) -> str:
    """Undo line-end hyphenation, "S K I L L S" spacing, a word glued to a place or a heading
    across a column's edge, a name set over two lines, a wrapped headline's end on the location's
    line and lines wrapped mid-sentence."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _unglued(text)
    text = _NAME_OVER_LINES.sub(_name_joined, text)
    text = _place_apart(text)
    text = _HYPHEN_BREAK.sub(_unhyphenated, text)
    text = SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _rejoin_wraps(text)


def _rejoin_wraps(text: str, least: int = MIN_WRAPPED) -> str:
    """Lines that a PDF wrapped, joined again with a space so that sentences come out whole.

    A line is joined to the next when it may have wrapped (at least ``WRAP_SHARE`` of the
    text's long lines, the 90th percentile of its line lengths, and ``least`` characters,
    ``MIN_WRAPPED`` but in a narrow column), does not end a sentence (. ! ? or a closing ':'), and the next line goes
    on with the clause: it starts in lower case, with an opening bracket or quote, or with
    a number that a lower-case word follows ("12 million users"), or the line ends with a
    comma, a dash or a word that needs one after it ("and", "with", "in").  A line ending in an
    article or a preposition ("the", "on") is joined whatever its length, and a name that
    ran on into a short last line ending the sentence is joined to it ("... and FedRAMP" /
    "Moderate.", ``_wrapped_tail``).  A next line that is a bullet, a heading, only dates or
    opens with a year ("(2019 - 2021) Analyst") starts anew.  Short lines (contact lines,
    titles, dates) and lists of them are never glued.

    Some shapes are a wrap whatever the lengths: a date range cut in two ("Apr 2018 –" /
    "Present", "(Mar 2015 - Mar" / "2019)"), a bracket the next line closes ("(2015,
    renewed" / "2025)"), and a dash and dates alone under a line ("— 2013").  In a narrow
    column a line ending in a connector is measured against its neighbours (``MIN_NARROW``,
    ``NEAR_LINES``) rather than the page.  A bulleted item's long line goes on into running
    text that opens with a capital ("ran weekly" / "OAC meetings and ...", ``_runs_on``), and,
    under a licences heading or on a line long against the page, a name goes on into its date
    or number on the next line ("BLS - American Heart" / "Association, exp. 2026",
    ``_name_runs_on``; read on the lines as joined so far).
    """
    lines = text.split("\n")
    if not (long := _long_line(lines)):
        return text
    wrapped = max(least, WRAP_SHARE * long)
    groups: list[list[int]] = []  # the physical lines of each line of the result
    for i, line in enumerate(lines):
        near = max(len(x.strip()) for x in lines[max(0, i - 1 - NEAR_LINES):i + NEAR_LINES])
        narrow = max(MIN_NARROW, WRAP_SHARE * near)
        item = bool(groups) and strip_line_marks(lines[groups[-1][0]]) != lines[groups[-1][0]].strip()
        after, above = lines[i + 1] if i + 1 < len(lines) else "", lines[max(0, i - 1 - NEAR_LINES):i]
        if groups and (_continues(lines[i - 1].strip(), line, wrapped, narrow, item)
                       or (item and _item_tail(lines[i - 1].strip(), line.strip(), after, above))):
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[list[int]] = []
    listed = False  # under a licences heading
    for group in groups:
        joined = _joined(lines, group)
        last = out[-1][-1] if out else -1
        width = max(len(x.strip()) for x in lines[max(0, last - NEAR_LINES):last + NEAR_LINES + 1])
        if out and (listed or len(lines[last].strip()) >= wrapped) \
                and _name_runs_on(lines[last].strip(), joined, width):
            out[-1].extend(group)
            continue
        out.append(group)
        if (heading := heading_of(joined)) and heading[2]:
            listed = bool(LICENCE_HEADING.search(joined))
    return "\n".join(_joined(lines, group) for group in out)


def _joined(lines: list[str], group: list[int]) -> str:
    """The lines of ``group`` as one, a justified line's stretched gaps single spaces."""
    parts = [_GAP.sub(" ", line) if _stretched(line) else line for line in (lines[i] for i in group)]
    if len(group) == 1:
        return parts[0]
    return " ".join([parts[0].rstrip()] + [part.strip() for part in parts[1:]])


def _continues(line: str, following: str, wrapped: float, narrow: float | None = None,
               item: bool = False) -> bool:
    """Whether ``following`` is the rest of a sentence that ``line`` was wrapped in;
    ``narrow`` is how long a line ending in a connector must be among its neighbours, and
    ``item`` whether ``line`` is part of a bulleted item."""
    nxt = following.strip()
    if not line or not nxt:
        return False
    heading = heading_of(nxt)
    if heading and heading[2]:  # a new section, even when glued to its first line
        return False
    if strip_line_marks(nxt) != nxt:
        # "— 2013" under "M.S., Mechanical Engineering —" / "Rochester Institute of Technology"
        return (bool(_DASH_MARK.match(nxt)) and is_empty_line(nxt) and not is_empty_line(line)
                and not _ENDS_SENTENCE.search(line) and len(line) >= min(wrapped, narrow or wrapped))
    if cuts_a_date(line, nxt) or _closes_bracket(line, nxt):
        return True
    if _ENDS_SENTENCE.search(line):
        return False
    if (_stretched(line) and len(line) >= min(wrapped, narrow or wrapped)
            and not _YEAR_FIRST.match(nxt) and not is_empty_line(nxt)):
        return True  # a justified line goes on: "Cisco  Certified  Network" / "Associate (CCNA)"
    if _UNFINISHED.search(line):  # "- Ran 40 clusters on" / "Kubernetes", in a narrow column
        return True
    if _OPEN_END.search(line) and len(line) >= min(wrapped, narrow or wrapped):
        return True
    if len(line) < wrapped:
        return False
    if nxt[0].islower():
        return True
    if _wrapped_tail(line, nxt):
        return True
    if item and _runs_on(nxt):
        return True
    # A line that opens with a year ("(2016 - 2017) Junior Engineer", "2019 to 2021 ...") is a
    # new entry, and one of dates alone ("(05/2018 - 06/2019)") no clause.
    return bool(_GOES_ON.match(nxt)) and not _YEAR_FIRST.match(nxt) and not is_empty_line(nxt)


# Running text that opens with a capital: a name or an initialism, then a lower-case word
# ("OAC meetings and monthly cost-to-complete reports", "Procore submittals").
_CAPITAL_THEN_LOWER = re.compile(r"[A-Z][\w&/+.-]*,?\s+[a-z]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _runs_on(nxt: str) -> bool:
    """Whether ``nxt``, under a bulleted item's long line that ends no sentence, is that
    item's rest rather than a line of its own: no bullet of its own (checked before), it
    reads as running text (``_CAPITAL_THEN_LOWER``), opens with no verb (a bullet without
    its marker: "Coordinated submittals") and has no year (a role's line: "Assistant
    manager, Kitchell, 2013 - 2018").  Under "- Led buyout, RFIs and submittals in
    Procore; ran weekly", "OAC meetings and monthly cost-to-complete reports" goes on."""
    return (bool(_CAPITAL_THEN_LOWER.match(nxt)) and not reads_as_verb(nxt.split()[0])
            and not _YEAR.search(nxt))


# A name wrapped over two lines with its date or number on the second: "BLS - American Heart" /
# "Association, exp. 2026", "ARRT (R) Registered" / "Technologist #541223", "... Producer License" /
# "#889012 - expired 03/2023", "... State Farm - Robert Miller" / "Agency, Harrisburg, PA, June 2016".
_DATED = re.compile(_YEAR.pattern + r"|#\s?\d{3,}")
_LAST_NAME_WORD = re.compile(r"(?:^|\s)[A-Z][\w&'’.-]*[A-Za-z0-9]$")
_NAME_PIECE_END = re.compile(r"[,;(|#]|\s[-\u2013\u2014]\s")
# The end of a name: one capitalised word, lower-case words after it ("Association",
# "Technologist accreditation"); "Ohio State" or "Scrum Alliance" is a name of its own.
_NAME_END = re.compile(rf"[A-Z][\w&'’.-]*(?: [a-z][\w'’-]*){{0,{TAIL_WORDS - 1}}}")


def _name_runs_on(line: str, nxt: str, width: int) -> bool:
    """Whether ``nxt`` (a line as joined so far) is the end of a name that ``line`` wrapped:
    ``line`` is no heading, ends in a capitalised word, opens with no verb ("Built ... IAM
    Access" is work done, not a name) and holds no year; ``nxt`` is no bullet, heading or
    line of dates, holds the entry's year or number ("#541223"), and opens with that number
    or with the end of a name (``_NAME_END``, no verb) before its first comma, bracket, bar, number sign
    or spaced dash; and its first word would not have fitted on ``line``, as wide as the
    widest line near it (``width``).  The caller asks it only of a line long against the
    page's or under a licences heading: "B.S. Nursing" / "Rutgers, 2015" in a sidebar is a
    degree above its school."""
    if not line or not nxt or not _LAST_NAME_WORD.search(line) or _DATED.search(line) or heading_of(line):
        return False
    first = strip_line_marks(line).split()
    if not first or reads_as_verb(first[0]):
        return False
    marked = strip_line_marks(nxt) != nxt and not _DATED.match(nxt)  # "#889012" is no heading mark
    if marked or heading_of(nxt) or is_empty_line(nxt) or not _DATED.search(nxt):
        return False
    word = nxt.split()[0]
    piece = _NAME_PIECE_END.split(nxt, maxsplit=1)[0].strip()
    if not _DATED.match(word) and (not _NAME_END.fullmatch(piece) or reads_as_verb(word)):
        return False
    return len(line) + 1 + len(word) > width


def _item_tail(line: str, nxt: str, after: str, near: list[str]) -> bool:
    """Whether ``nxt`` is the end of a name that a bulleted item's ``line`` wrapped, with no full
    stop: ``line`` ends no sentence and ends in a word with a capital ("... in ADP"), ``nxt`` is at
    most ``TAIL_WORDS`` words, the first with a capital, no verb, comma, bar or year ("Workforce
    Now", "Management"), its first word would not have fitted on ``line`` as wide as the widest of
    it and the lines above it (``near``), and after it a new item, a heading, a blank line or the
    end.  A title under the item ("Assistant Project Manager, Kitchell", "Help Desk Technician
    | 2019") starts anew."""
    last, words = line.split()[-1] if line else "", nxt.split()
    if not last or not last[0].isupper() or not last[-1].isalnum() or _ENDS_SENTENCE.search(line):
        return False
    if not _TAIL.fullmatch(nxt) or re.search(r"[,|]", nxt) or _YEAR.search(nxt) or reads_as_verb(words[0]):
        return False
    if heading_of(nxt) or is_empty_line(nxt):
        return False
    width = max(len(_GAP.sub(" ", x.strip())) for x in near + [line])
    if len(_GAP.sub(" ", line)) + 1 + len(words[0]) <= width:
        return False
    rest = after.strip()
    return not rest or strip_line_marks(rest) != rest or bool(heading_of(rest))


def _closes_bracket(line: str, nxt: str) -> bool:
    """Whether ``line`` leaves a bracket open that ``nxt`` closes before opening another:
    "Science 7-12 (2015, renewed" / "2025)"."""
    if line.count("(") <= line.count(")"):
        return False
    close, opening = nxt.find(")"), nxt.find("(")
    return close >= 0 and (opening < 0 or close < opening)


# The last words of a sentence, the first a capital or a number: "Moderate.", "Access Analyzer.".
_TAIL = re.compile(rf"[A-Z0-9]\S*(?: \S+){{0,{TAIL_WORDS - 1}}}")
_FULL_STOP = re.compile(r"[.!?]['\")\]]*$")
# The full stop of an abbreviation ends no sentence: "Acme Engineering Inc." is a company's line.
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]{1,2}\.){2,}$|\b(?:Inc|Co|Corp|Ltd|LLC|LLP|Jr|Sr|St)\.$")


def _wrapped_tail(line: str, nxt: str) -> bool:
    """Whether ``nxt`` is the end of a name that ran over the end of ``line`` (a line long
    enough to have wrapped, with no sentence end): ``line`` ends in a word with a capital
    or a digit and ``nxt`` is at most ``TAIL_WORDS`` words, the first one such a word too, that
    end the sentence ("... controls to NIST 800-53 and FedRAMP" / "Moderate.").  A sentence
    of its own opens with a verb ("Led the team."); a list item, a label or a role's line
    has no full stop ("Skills:", "Analyst | Acme | 2019 - 2021", "Acme Engineering Inc.")."""
    last = line.split()[-1]
    if not (last[0].isupper() or last[0].isdigit()) or not last[-1].isalnum():
        return False
    if not _TAIL.fullmatch(nxt) or not _FULL_STOP.search(nxt) or _ABBREVIATION_END.search(nxt):
        return False
    return not is_empty_line(nxt) and not reads_as_verb(nxt.split()[0].rstrip(".!?"))


def docx_text(data: bytes, name: str) -> str:
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
    budget = Budget(name)
    lines: list[str] = []
    for section in document.sections:  # contact details often live in the page header
        budget.check()
        for header in (section.first_page_header, section.header):
            if not header.is_linked_to_previous:  # reading a missing one would create it
                lines.extend(line for line in _block_lines(header._element, budget)
                             if line not in lines)
    boxes: list[tuple[int, list[str]]] = []
    body = _block_lines(document.element.body, budget, boxes)
    # A text box beside the body holding a sidebar (contact, skills, languages) is read after
    # the body's summary and work, as a PDF's sidebar is (``_sidebar``); a box holding the
    # profile, anchored among the banner's lines (the box is drawn under them, but Word anchors
    # it to the page's first paragraph), is the opening under the name and headline, before the
    # body's first heading; any other box where it is.
    side_boxes = [(at, held) for at, held in boxes if _side_only(held)]
    side = [line for _, held in side_boxes for line in held]
    profile = [line for at, held in boxes if not _side_only(held) for line in held]
    first = next((i for i, line in enumerate(body) if _section_kind(line)), None)
    placed = [(first if first is not None and at <= first and not _side_only(held) else at, n, held)
              for n, (at, held) in enumerate(boxes) if not _side_only(held)]
    if not _sidebar(side, body + profile):
        placed += [(at, len(boxes) + n, held) for n, (at, held) in enumerate(side_boxes)]
        side = []
    for at, _, held in sorted(placed, reverse=True):
        body[at:at] = held
    return "\n".join(lines + body + side)


def _block_lines(element, budget: Budget | None = None,
                 boxes: list[tuple[int, list[str]]] | None = None) -> list[str]:
    """Paragraphs, table cells and text boxes, in document order (tables row by row);
    ``budget`` is checked at every paragraph and table row.

    A row whose cells hold a line each is data ("Senior Engineer, Acme | 03/2016 to
    Current"): one line, its cells joined.  A row whose cells hold several lines is a
    page laid out in columns (skills on the left, experience on the right): each cell's
    lines, cell after cell, as the text of a page in columns is read.  A table inside a
    cell is read with the cell, once.  ``boxes``, when given, takes the lines of the
    paragraphs' text boxes that hold a sidebar's sections only (``_sidebar``), each with
    where it stands among the lines returned."""
    from docx.oxml.ns import qn

    # What a run's marks stand for: a tab, a line break (a line break inside a paragraph,
    # "Skills<br/>Salesforce<br/>HubSpot", ends a line), Word's non-breaking hyphen
    # ("Medical-Surgical"); an optional hyphen is nothing.
    text = qn("w:t")
    marks = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
    lines: list[str] = []
    for child in element.iterchildren():
        if budget:
            budget.check()
        if child.tag == qn("w:p"):
            lines.extend("".join(node.text or "" if node.tag == text else marks[node.tag]
                                 for node in child.iter(text, *marks)
                                 if not _boxed(node, child)).split("\n"))
            # Templates put whole columns in text boxes; Word stores each box
            # twice (DrawingML and a VML fallback), so the fallback is skipped.
            for box in child.iter(qn("w:txbxContent")):
                if not _boxed(box, child):
                    held = _block_lines(box, budget)
                    if boxes is not None and _side_only(held):  # the name above its first heading stays
                        top = next(i for i, line in enumerate(held) if _section_kind(line))
                        lines.extend(held[:top])
                        boxes.append((len(lines), held[top:]))
                    elif boxes is not None and _profile_box(held):
                        boxes.append((len(lines), held))
                    else:
                        lines.extend(held)
        elif child.tag == qn("w:tbl"):
            for row in _rows(child):
                if budget:
                    budget.check()
                cells: list[list[str]] = []
                for cell in row.iterchildren(qn("w:tc")):
                    held = [x for x in _block_lines(cell, budget) if x.strip()]
                    if held and (not cells or cells[-1] != held):  # merged cells repeat
                        cells.append(held)
                if all(len(held) == 1 for held in cells):
                    lines.extend([" | ".join(held[0] for held in cells)] if cells else [])
                else:
                    lines.extend(line for held in cells for line in held)
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs
            for content in child.iterchildren(qn("w:sdtContent")):
                lines.extend(_block_lines(content, budget))
    return lines


def _profile_box(lines: list[str]) -> bool:
    """Whether a text box's ``lines`` are a profile: a summary's heading ("Profile", "Professional
    Summary", "About Me") and its text, or, with no heading, prose (a sentence of eight words or
    more, no dates of a role)."""
    held = [line for line in lines if line.strip()]
    kinds = [_section_kind(line) for line in held]
    if not held or any(kinds[1:]):
        return False
    if kinds[0]:
        return kinds[0] == "main" and heading_of(held[0])[0] != "experience" and len(held) > 1
    return any(len(line.split()) >= 8 for line in held) and bool(_ENDS_SENTENCE.search(held[-1].rstrip())) \
        and not any(_DATED.search(line) for line in held)


def _rows(table) -> list:
    """A table's own rows (those in a content control too), not those of tables in its cells."""
    from docx.oxml.ns import qn

    rows = []
    for child in table.iterchildren(qn("w:tr"), qn("w:sdt")):
        if child.tag == qn("w:tr"):
            rows.append(child)
        else:
            for content in child.iterchildren(qn("w:sdtContent")):
                rows.extend(_rows(content))
    return rows


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
