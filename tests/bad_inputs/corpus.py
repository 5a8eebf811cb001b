"""The corpus of bad inputs: resumes and posting files a stranger might send.

Each entry is generated here (large ones on demand, once), so the repository
holds no binary fixtures.  ``status`` is what the API answers for it: a 4xx
for input matcher refuses, or 200 for odd input that it must read anyway
(non-UTF-8 text, a 2 MB line, HTML in a resume).  ``words`` must appear in
the message (case-insensitive); the CLI and the form say the same words.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

MIB = 1024 * 1024
UPLOAD_LIMIT_MB = 5

RESUME = """Sam Example
Senior Backend Engineer

Experience
Backend Engineer, Acme Corp, Jan 2018 - Present
- Built Python and Rust services on Kubernetes and PostgreSQL.
- Ran Kafka and Redis in production on AWS.
"""


@dataclass(frozen=True)
class Bad:
    id: str
    filename: str
    make: Callable[[], bytes]
    status: int          # the API's answer: 200 for odd input that must still be read
    words: str = ""      # in the message (case-insensitive); for 200, a word of the result

    @property
    def ok(self) -> bool:
        return self.status == 200


# -- makers ------------------------------------------------------------------------------
def pdf(lines: list[str], *, password: str | None = None, image_only: bool = False,
        picture: bool = False) -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    if password:
        doc.set_encryption(owner_password="owner", user_password=password)
    doc.add_page()
    doc.set_font("Helvetica", size=11)
    if image_only:
        doc.rect(20, 20, 150, 200, style="F")
    if picture:  # a scan: the words are pixels, there is no text layer
        from PIL import Image, ImageDraw

        image = Image.new("L", (600, 300), 255)
        draw = ImageDraw.Draw(image)
        for i, line in enumerate(RESUME.splitlines()[:6]):
            draw.text((10, 10 + 40 * i), line, fill=0)
        doc.image(image, x=10, y=10, w=180)
    for line in lines:
        doc.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


@cache
def text_pdf() -> bytes:
    return pdf(RESUME.splitlines() * 6)


def docx(paragraphs: list[str]) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@cache
def zip_bomb_docx() -> bytes:
    """A real .docx with a member that inflates to 64 MiB (about 64 KiB packed)."""
    with zipfile.ZipFile(io.BytesIO(docx(["Engineer"]))) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    members["word/media/image1.bin"] = b"\0" * (64 * MIB)
    return zipped(members)


@cache
def over_limit() -> bytes:
    line = b"Built Python services on Kubernetes and PostgreSQL for payments.\n"
    return (line * (UPLOAD_LIMIT_MB * MIB // len(line) + 2))[:UPLOAD_LIMIT_MB * MIB + 1000]


@cache
def one_line_2mb() -> bytes:
    rng = random.Random(0)
    words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod".split()
    return " ".join(rng.choice(words) for _ in range(400_000)).encode()[:2 * MIB]


def junk(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


RESUMES = [
    # PDFs that are not readable resumes
    Bad("pdf-truncated", "cut.pdf", lambda: text_pdf()[:400], 422, "cut.pdf"),
    Bad("pdf-corrupt", "corrupt.pdf", lambda: b"%PDF-1.7\n" + junk(4000, 1) + b"\n%%EOF", 422,
        "corrupt.pdf"),
    Bad("pdf-header-only", "header.pdf", lambda: b"%PDF-1.4\n%%EOF\n", 422, "header.pdf"),
    Bad("pdf-encrypted", "locked.pdf", lambda: pdf(RESUME.splitlines(), password="secret"), 422,
        "encrypted"),
    Bad("pdf-image-only", "scan.pdf", lambda: pdf([], image_only=True), 422,
        "no text could be read"),
    Bad("pdf-scanned-picture", "scanned.pdf", lambda: pdf([], picture=True), 422,
        "no text could be read"),
    # Word documents that are not
    Bad("docx-zip-bomb", "bomb.docx", zip_bomb_docx, 422, "zip bomb"),
    Bad("docx-not-a-zip", "plain.docx", lambda: b"This is just text pretending to be Word.\n" * 5,
        415, "not a Word"),
    Bad("docx-truncated-zip", "cut.docx", lambda: docx([RESUME])[:300], 422, "cut.docx"),
    Bad("docx-zip-without-document", "archive.docx", lambda: zipped({"notes.txt": b"hello"}), 415,
        "zip archive"),
    Bad("docx-old-word", "resume.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + junk(500, 2),
        415, ".doc"),
    # Empty and oversized
    Bad("empty-txt", "empty.txt", lambda: b"", 400, "empty"),
    Bad("empty-pdf", "empty.pdf", lambda: b"", 400, "empty"),
    Bad("whitespace-md", "blank.md", lambda: b" \n\t\r\n  \n", 422, "empty"),
    Bad("over-limit-txt", "huge.txt", over_limit, 413, "MB"),
    # The extension says one thing, the bytes another
    Bad("pdf-named-docx", "resume.docx", text_pdf, 415, "looks like a PDF"),
    Bad("docx-named-pdf", "resume.pdf", lambda: docx([RESUME]), 415, "not a PDF"),
    Bad("pdf-named-txt", "resume.txt", text_pdf, 415, "not a text file"),
    Bad("text-named-pdf", "words.pdf", lambda: RESUME.encode(), 415, "not a PDF"),
    # Junk
    Bad("binary-junk-txt", "junk.txt", lambda: junk(5000, 3), 415, "junk.txt"),
    Bad("binary-junk-no-extension", "junk", lambda: junk(5000, 4), 415, "junk"),
    Bad("executable", "resume.exe", lambda: b"MZ\x90\x00" + junk(2000, 5), 415, ".exe"),
    Bad("contact-details-only", "contact.txt", lambda: b"jane@example.com\n+1 415 555 0100\n",
        422, "contact.txt"),
    # Odd encodings that must still be read
    Bad("cp1252-text", "cp1252.txt",
        lambda: (RESUME + "Caf\u00e9 \u201cquoted\u201d \u2013 na\u00efve r\u00e9sum\u00e9\n")
        .encode("cp1252"), 200, "Python"),
    Bad("mixed-encoding-text", "mixed.txt",
        lambda: RESUME.encode("utf-8") + "Caf\u00e9 in UTF-8\n".encode("utf-8")
        + "Caf\u00e9 in cp1252 \u2013 Kafka\n".encode("cp1252"), 200, "Python"),
    Bad("utf16-text", "utf16.txt", lambda: RESUME.encode("utf-16-le"), 200, "Python"),
    Bad("latin1-undefined-bytes", "latin.txt", lambda: RESUME.encode() + b"\x81\x8d\x8f\x90\x9d\n",
        200, "Python"),
    Bad("one-2mb-line", "oneline.txt", one_line_2mb, 200),
    # Markup that must show as text
    Bad("html-script-resume", "xss.txt",
        lambda: (RESUME + "- <script>alert('xss')</script> Built <b>Python</b> tools "
                 "<img src=x onerror=alert(1)>.\n").encode(), 200, "Python"),
    Bad("path-traversal-name", "../../../../tmp/evil-resume.txt", lambda: RESUME.encode(), 200,
        "Python"),
]


# -- posting files -----------------------------------------------------------------------
def jsonl(records: list) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def posting(pid: str, **extra) -> dict:
    return {"id": pid, "title": "Rust Engineer", "company": "Ferris Inc",
            "text": "Requirements\n- 3+ years of Rust.\n- Experience with PostgreSQL.", **extra}


def csv_bytes(rows: list[list[str]]) -> bytes:
    import csv

    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()


HUGE = 100_000


@cache
def huge_jsonl_with_a_bad_last_record() -> bytes:
    lines = [json.dumps({"id": f"bulk-{i:06d}", "text": f"Requirements\n- {i % 9 + 1}+ years of Go."})
             for i in range(HUGE - 1)]
    lines.append(json.dumps({"id": "bulk-000007", "text": "Requirements\n- Rust"}))  # a duplicate
    return ("\n".join(lines) + "\n").encode()


@dataclass(frozen=True)
class BadPostings:
    id: str
    filename: str
    make: Callable[[], bytes]
    words: str                       # in the CLI's message and the API's
    api_status: int = 400            # POST /api/v1/postings with the same records
    cli_error: bool = True           # False: `matcher index add` adds nothing and exits 0 (an empty feed)


POSTINGS = [
    BadPostings("jsonl-missing-id", "feed.jsonl", lambda: jsonl([posting("a"), {"text": "Go"}]),
                "has no 'id'"),
    BadPostings("jsonl-empty-id", "feed.jsonl", lambda: jsonl([posting("  ")]), "has no 'id'"),
    # the same id with other content (a record repeated as it is, is taken once by the CLI)
    BadPostings("jsonl-duplicate-id", "feed.jsonl",
                lambda: jsonl([posting("a"), posting("a", title="Go Engineer")]), "duplicate id 'a'"),
    BadPostings("jsonl-missing-text", "feed.jsonl", lambda: jsonl([{"id": "a", "title": "x"}]),
                "has no 'text'"),
    BadPostings("jsonl-blank-text", "feed.jsonl", lambda: jsonl([posting("a", text="  \n ")]),
                "has no 'text'"),
    BadPostings("jsonl-text-is-a-number", "feed.jsonl", lambda: jsonl([posting("a", text=42)]),
                "must be text"),
    BadPostings("jsonl-id-is-a-list", "feed.jsonl", lambda: jsonl([posting(["a"])]),
                "'id' must be text"),
    BadPostings("jsonl-remote-is-an-object", "feed.jsonl",
                lambda: jsonl([posting("a", remote={"yes": 1})]), "'remote' must be"),
    BadPostings("jsonl-title-is-a-list", "feed.jsonl", lambda: jsonl([posting("a", title=["x"])]),
                "'title' must be text"),
    BadPostings("jsonl-id-lone-surrogate", "feed.jsonl",  # JSON may say "\ud800"; UTF-8 cannot
                lambda: b'{"id": "a\\ud800", "text": "Requirements\\n- Go"}\n', "not valid Unicode"),
    BadPostings("jsonl-record-is-a-string", "feed.jsonl", lambda: jsonl([posting("a"), "b"]),
                "expected an object"),
    BadPostings("jsonl-truncated", "feed.jsonl",
                lambda: jsonl([posting("a")]) + b'{"id": "b", "text": "Requirem', "not valid JSON"),
    BadPostings("jsonl-binary-junk", "feed.jsonl", lambda: junk(3000, 6), "not a text file"),
    BadPostings("jsonl-empty-file", "feed.jsonl", lambda: b"", "empty", api_status=400, cli_error=False),
    BadPostings("json-not-a-list", "feed.json", lambda: b'"just a string"', "expected a list"),
    BadPostings("csv-missing-id-column", "feed.csv",
                lambda: csv_bytes([["name", "text"], ["a", "Requirements\n- Go"]]), "no 'id' column"),
    BadPostings("csv-duplicate-id", "feed.csv",
                lambda: csv_bytes([["id", "text"], ["a", "Go"], ["a", "Rust"]]), "duplicate id 'a'"),
    BadPostings("csv-missing-text", "feed.csv",
                lambda: csv_bytes([["id", "text"], ["a", "Go"], ["b", ""]]), "has no 'text'"),
    BadPostings("csv-missing-text-column", "feed.csv",
                lambda: csv_bytes([["id", "title"], ["a", "Go"]]), "no 'text'"),
    BadPostings("pdf-as-postings", "feed.pdf", text_pdf, "cannot read .pdf", api_status=415),
    BadPostings("jsonl-100000-records-bad-last", "bulk.jsonl", huge_jsonl_with_a_bad_last_record,
                "duplicate id 'bulk-000007'", api_status=413),
]


def api_body(bad: BadPostings) -> tuple[bytes, str]:
    """The same records as the body of ``POST /api/v1/postings``, with its content type."""
    data = bad.make()
    if bad.filename.endswith(".jsonl"):
        try:
            records = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
        except (UnicodeDecodeError, ValueError):
            return data, "application/json"  # what cannot be parsed is sent as it is
        if not records:
            return b"[]", "application/json"
        return json.dumps(records).encode(), "application/json"
    if bad.filename.endswith(".json"):
        return data, "application/json"
    if bad.filename.endswith(".csv"):
        import csv

        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        return json.dumps(rows).encode(), "application/json"
    return data, "application/pdf"
