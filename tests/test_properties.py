"""Property-based tests (hypothesis): for any input, the posting parser, the resume reader
and the skill extractor return their result or raise ``MatcherError``, nothing else.

Inputs include what JSON can carry and a UTF-8 encoder cannot (lone surrogates), binary
junk, damaged PDFs and Word files, and markup.  A ``MatcherError`` must be one line.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from matcher.errors import MatcherError
from matcher.postings.feeds import load_postings, postings_from_records
from matcher.postings.parse import Posting, parse_posting
from matcher.resumes.read import Resume, read_resume_bytes, resume_from_text
from matcher.skills.taxonomy import extract_skills

# MATCHER_PROPERTY_EXAMPLES=2000 for a longer hunt than the suite's.
FAST = settings(max_examples=int(os.environ.get("MATCHER_PROPERTY_EXAMPLES", 60)), deadline=None,
                database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Every code point, surrogates included: json.loads('"\\ud800"') is a valid str.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
WORDS = st.sampled_from([
    "Requirements", "Nice to have", "## Responsibilities", "**Qualifications**", "Benefits:",
    "- 5+ years of Python", "* Experience with Kubernetes (k8s)", "• Rust, Go or C++",
    "Salary: $120,000 - $150,000", "Location: Remote (US)", "Remote", "EEO", "---",
    "title: x", "<script>alert(1)</script>", "<b>bold</b>", "[link](http://x.y)", "\t", "\r\n",
    "Jan 2019 - Present", "jane@example.com", "+1 415 555 0100", "\u200b", "\ufeff", "\x00",
    "Senior Engineer, Acme", "C#", ".NET", "Node.js", "10+ yrs", "one year", "\ud800"])
TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=400),
    st.lists(st.one_of(WORDS, st.text(ANY_CHAR, max_size=30)), max_size=40).map("\n".join),
    st.lists(st.one_of(WORDS, st.text(ANY_CHAR, max_size=30)), max_size=40).map(" ".join),
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(ANY_CHAR, max_size=20)
    | TEXT,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(ANY_CHAR, max_size=8), inner, max_size=4),
    max_leaves=12)
FIELDS = st.sampled_from(["id", "text", "description", "title", "company", "location", "remote",
                          "salary", "url", "Job Title", "Salary Range", "work_mode"])
RECORD = st.dictionaries(FIELDS | st.text(ANY_CHAR, max_size=8), JSON | TEXT, max_size=7)


def assert_clean(error: MatcherError) -> None:
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message
    assert 400 <= error.status < 500


def check_posting(posting: Posting) -> None:
    assert isinstance(posting, Posting) and posting.requirements is not None
    # What the index stores must be storable: JSON as UTF-8, and back again.
    data = json.dumps(posting.to_dict(), ensure_ascii=False).encode("utf-8")
    assert Posting.from_dict(json.loads(data)) == posting


# -- the posting parser --------------------------------------------------------------------
@FAST
@given(text=TEXT, pid=st.text(ANY_CHAR, min_size=1, max_size=12), meta=RECORD)
@example(text="Requirements\n- Go", pid="a\ud800", meta={})
@example(text="Requirements\n- Go", pid="a", meta={"title": "x\udfff", "remote": 1.5})
@example(text="---\ntitle: [1, 2]\n---\nRequirements\n- Go", pid="a", meta={})
def test_parse_posting(text, pid, meta):
    try:
        posting = parse_posting(text, pid, meta)
    except MatcherError as error:
        assert_clean(error)
    else:
        check_posting(posting)


@FAST
@given(records=st.lists(RECORD | JSON, max_size=5))
def test_postings_from_records(records):
    try:
        postings = postings_from_records(records, source="request body")
    except MatcherError as error:
        assert_clean(error)
    else:
        for posting in postings:
            check_posting(posting)


def _file_bodies():
    records = st.lists(RECORD | JSON, max_size=4)
    return st.one_of(
        st.binary(max_size=600),
        records.map(lambda rs: "\n".join(json.dumps(r) for r in rs).encode("utf-8", "surrogatepass")),
        records.map(lambda rs: json.dumps(rs).encode("utf-8", "surrogatepass")),
        st.lists(st.lists(st.text(ANY_CHAR, max_size=15), max_size=4), max_size=5).map(
            lambda rows: "\n".join(",".join(json.dumps(c) for c in row) for row in
                                   [["id", "text", "title"]] + rows).encode("utf-8", "surrogatepass")),
        TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    )


@FAST
@given(data=_file_bodies(), suffix=st.sampled_from([".json", ".jsonl", ".csv", ".txt", ".md"]))
def test_posting_files(data, suffix):
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory, "feed" + suffix)
        path.write_bytes(data)
        try:
            postings = load_postings([path])
        except MatcherError as error:
            assert_clean(error)
        else:
            for posting in postings:
                check_posting(posting)


# -- the resume reader ---------------------------------------------------------------------
@cache
def _valid_pdf() -> bytes:
    from .helpers import RESUME_TEXT, make_pdf
    return make_pdf(RESUME_TEXT)


@cache
def _valid_docx() -> bytes:
    import docx

    document = docx.Document()
    for line in ["Senior Engineer, Acme, 2019 - 2023", "Built Python services on Kubernetes."]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@st.composite
def damaged(draw, original):
    """A valid file with a few of its bytes changed, a piece cut out, or its end cut off."""
    data = bytearray(original())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["flip", "cut", "truncate"]))
        if how == "flip":
            data[at] = draw(st.integers(0, 255))
        elif how == "cut":
            del data[at:at + draw(st.integers(1, 200))]
        else:
            del data[max(at, 8):]
        if not data:
            break
    return bytes(data)


FILENAMES = st.one_of(
    st.sampled_from(["cv.pdf", "cv.docx", "cv.txt", "cv.md", "cv", "cv.PDF", "cv.exe", "cv.doc",
                     "../../etc/cv.txt", "", ".txt", "cv.tar.gz"]),
    st.text(ANY_CHAR, max_size=20))
RESUME_BYTES = st.one_of(
    st.binary(max_size=2000),
    TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    TEXT.map(lambda t: t.encode("utf-16", "surrogatepass")),
    st.binary(max_size=500).map(lambda b: b"%PDF-1.4\n" + b),
    st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b),
    damaged(_valid_pdf),
    damaged(_valid_docx),
)


@FAST
@given(data=RESUME_BYTES, filename=FILENAMES)
@example(data=b"PK\x03\x04", filename="x.docx")
def test_read_resume_bytes(data, filename):
    try:
        resume = read_resume_bytes(data, filename, max_bytes=1024 * 1024)
    except MatcherError as error:
        assert_clean(error)
    else:
        assert isinstance(resume, Resume) and resume.sentences
        assert "/" not in resume.name  # a name, never a path


@FAST
@given(data=st.one_of(damaged(_valid_pdf), damaged(_valid_docx)))
def test_damaged_documents_keep_their_type(data):
    """Damaged PDFs and Word files, named as what they are."""
    name = "cv.pdf" if data[:4] == b"%PDF" else "cv.docx"
    try:
        read_resume_bytes(data, name)
    except MatcherError as error:
        assert_clean(error)


@FAST
@given(text=TEXT)
def test_resume_from_text(text):
    try:
        resume = resume_from_text(text)
    except MatcherError as error:
        assert_clean(error)
    else:
        assert resume.sentences and all(len(s) <= 300 for s in resume.sentences)
        json.dumps(resume.to_dict(), ensure_ascii=False).encode("utf-8")


# -- the skill extractor -------------------------------------------------------------------
@FAST
@given(text=st.one_of(TEXT, JSON, st.binary(max_size=50)))
def test_extract_skills(text):
    try:
        mentions = extract_skills(text)
    except MatcherError as error:
        assert_clean(error)
        assert not isinstance(text, str)
        return
    previous_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.surface and m.start >= previous_end
        previous_end = m.end
