"""The bad-input corpus (tests/bad_inputs/corpus.py) through every face.

Each bad resume goes through the CLI (`matcher rank`), the JSON API
(`POST /api/v1/match`) and the upload form (`POST /match`); each bad posting
file through the CLI (`matcher index add`) and the API (`POST
/api/v1/postings`).  Every one ends in a clear one-line message and a 4xx
(the form: its message and the same status; the CLI: a non-zero exit), never
a traceback or a 500; the server keeps answering and the index is unchanged.
Odd input that is still a resume (non-UTF-8 text, a 2 MB line, markup) is
read and ranked.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from matcher.cli import cli

from .bad_inputs.corpus import HUGE, POSTINGS, RESUMES, api_body, posting
from .helpers import RESUME_TEXT, SEEDS

SECRET = "bad-inputs-key"
AUTH = {"Authorization": f"Bearer {SECRET}"}


class Served:
    """One index of the seeds and one app over it, shared by the whole module."""

    def __init__(self, directory: Path):
        from matcher import create_app

        self.directory = directory
        self.app = create_app({"TESTING": True, "INDEX_DIR": str(directory), "MODEL": "fake",
                               "SECRET_KEY": "t", "WTF_CSRF_ENABLED": False, "API_KEY": SECRET,
                               "RATE_LIMIT": "100000/minute", "MAX_UPLOAD_MB": 5})
        self.client = self.app.test_client()

    def state(self) -> dict:
        """What the index holds: postings with their hashes, vector ids, FAISS and manifest."""
        db = sqlite3.connect(self.directory / "matcher.db")
        try:
            postings = db.execute("SELECT id, hash FROM postings ORDER BY id").fetchall()
            vectors = db.execute("SELECT id, posting_id, position FROM vectors ORDER BY id").fetchall()
        finally:
            db.close()
        files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in self.directory.iterdir()
                 if p.name in ("vectors.faiss", "manifest.json")}
        return {"postings": postings, "vectors": vectors, "files": files,
                "others": sorted(p.name for p in self.directory.iterdir())}

    def cli(self, *args: str):
        result = CliRunner().invoke(cli, ["--index-dir", str(self.directory), *args])
        assert "Traceback" not in result.output
        # A clean refusal is click's exit, never an exception escaping the command.
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            repr(result.exception)
        return result

    def still_up(self) -> None:
        health = self.client.get("/healthz")
        assert health.status_code == 200 and health.get_json()["postings"] == 5


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Served:
    from matcher.postings.feeds import load_postings
    from matcher.service import Service

    directory = tmp_path_factory.mktemp("bad-inputs") / "index"
    Service(directory, "fake").add(load_postings([SEEDS]))
    return Served(directory)


def assert_api_error(response, status: int, words: str) -> str:
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"ok", "error", "status"} and body["ok"] is False
    assert body["status"] == status
    message = body["error"]
    assert message and "\n" not in message and "Traceback" not in message
    assert words.lower() in message.lower(), message
    return message


def assert_cli_error(result, words: str) -> None:
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output[-2000:]
    assert words.lower() in lines[0].lower(), lines[0]


# A tag that would run something: <script>, an inline handler, a javascript: link.
ACTIVE_MARKUP = re.compile(r"<script|<iframe|<img|<[a-z][^>]*\son[a-z]+\s*=|href=\"\s*javascript:", re.I)


def visible(page: str) -> str:
    """The page's words without its tags."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def resume_ids(items):
    return [b.id for b in items]


def test_the_corpus_covers_the_issue():
    ids = {b.id for b in RESUMES} | {b.id for b in POSTINGS}
    assert len(ids) == len(RESUMES) + len(POSTINGS) >= 30
    for kind in ("pdf-truncated", "pdf-corrupt", "pdf-encrypted", "pdf-image-only",
                 "docx-zip-bomb", "docx-not-a-zip", "empty-txt", "over-limit-txt",
                 "pdf-named-docx", "binary-junk-txt", "cp1252-text", "mixed-encoding-text",
                 "one-2mb-line", "html-script-resume", "path-traversal-name",
                 "jsonl-missing-id", "jsonl-duplicate-id", "jsonl-missing-text",
                 "jsonl-text-is-a-number", "csv-duplicate-id", "jsonl-100000-records-bad-last"):
        assert kind in ids, kind


# -- resumes -------------------------------------------------------------------------------
@pytest.mark.parametrize("bad", RESUMES, ids=resume_ids(RESUMES))
def test_resume_through_the_api(served, bad):
    before = served.state()
    response = served.client.post(
        "/api/v1/match", data={"file": (io.BytesIO(bad.make()), bad.filename), "top_k": "3"},
        content_type="multipart/form-data")
    if bad.ok:
        assert response.status_code == 200, response.get_data(as_text=True)[:500]
        body = response.get_json()
        assert body["resume"] == Path(bad.filename).name  # never a path from the client
        assert len(body["matches"]) == 3
    else:
        assert_api_error(response, bad.status, bad.words)
    assert served.state() == before
    served.still_up()


@pytest.mark.parametrize("bad", RESUMES, ids=resume_ids(RESUMES))
def test_resume_through_the_form(served, bad):
    before = served.state()
    response = served.client.post(
        "/match", data={"file": (io.BytesIO(bad.make()), bad.filename), "top_k": "5"},
        content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.mimetype == "text/html" and "Traceback" not in page
    assert not ACTIVE_MARKUP.search(page), ACTIVE_MARKUP.search(page)
    if bad.ok:
        assert response.status_code == 200
        assert page.count('<li class="match"') == 5
        assert f"Postings for {Path(bad.filename).name}" in visible(page)
    else:
        assert response.status_code == bad.status
        alert = re.search(r'role="alert"[^>]*>(.*?)</div>', page, re.S)
        assert alert, page[:1000]
        assert bad.words.lower() in html.unescape(alert.group(1)).lower()
        assert 'id="file"' in page  # the form again, ready for another try
    assert served.state() == before
    served.still_up()


@pytest.mark.parametrize("bad", RESUMES, ids=resume_ids(RESUMES))
def test_resume_through_the_cli(served, bad, tmp_path):
    name = Path(bad.filename).name
    (tmp_path / "sub").mkdir()
    (tmp_path / name).write_bytes(bad.make())
    path = tmp_path / "sub" / ".." / name if ".." in bad.filename else tmp_path / name
    before = served.state()
    result = served.cli("rank", str(path), "--top", "3", "--format", "json")
    if bad.ok:
        assert result.exit_code == 0, result.output[-1000:]
        ranked = json.loads(result.stdout)
        assert ranked[0]["resume"] == name and len(ranked[0]["matches"]) == 3
    else:
        # The CLI reads files itself: an empty file is "empty" there too, in one line.
        assert_cli_error(result, "empty" if bad.id.startswith("empty") else bad.words)
    assert served.state() == before


def test_image_only_pdf_is_never_an_empty_ranking(served):
    scan = next(b for b in RESUMES if b.id == "pdf-scanned-picture").make()
    response = served.client.post("/api/v1/match", data={"file": (io.BytesIO(scan), "cv.pdf")},
                                  content_type="multipart/form-data")
    message = assert_api_error(response, 422, "no text could be read")
    assert "matches" not in response.get_json() and "cv.pdf" in message


def test_a_huge_resume_is_read_to_its_first_pages():
    """Every sentence costs each request a model call: a 2 MB line is read to MAX_CHARS."""
    from matcher.resumes.read import MAX_CHARS, read_resume_bytes

    started = time.perf_counter()
    resume = read_resume_bytes(next(b for b in RESUMES if b.id == "one-2mb-line").make(), "a.txt")
    assert len(resume.text) <= MAX_CHARS and len(resume.sentences) <= MAX_CHARS // 100
    assert time.perf_counter() - started < 10


def test_markup_in_a_posting_shows_as_text(make_app):
    """Posting fields are untrusted: escaped on the page, never run, never linked."""
    app = make_app(API_KEY=SECRET)
    client = app.test_client()
    evil = posting("evil-1", title="<script>alert('t')</script>Rust Engineer",
                   company="<img src=x onerror=alert('c')>Evil Inc", location="<b>Berlin</b>",
                   url="javascript:alert('u')",
                   text="Requirements\n- 3+ years of Rust <script>alert('r')</script>.\n"
                        "- Experience with PostgreSQL and Kubernetes <iframe src=//x>.\n")
    # A javascript: address is refused at ingestion, so no face can return it.
    refused = client.post("/api/v1/postings", json=evil, headers=AUTH)
    assert refused.status_code == 400 and "'url' must be an http" in refused.get_json()["error"]
    evil["url"] = "https://example.com/jobs/<b>1</b>"
    assert client.post("/api/v1/postings", json=evil, headers=AUTH).status_code == 200
    page = client.post("/match", data={"text": RESUME_TEXT, "top_k": "10"}).get_data(as_text=True)
    assert "evil-1" in page or "Rust Engineer" in page
    assert not ACTIVE_MARKUP.search(page), ACTIVE_MARKUP.search(page)
    assert "<b>" not in page.lower() and "javascript:" not in page.lower()
    assert "&lt;script&gt;alert(" in page and "&lt;img src=x onerror=alert(" in page
    # The JSON API returns the fields as they were given: data, not markup.
    body = client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 10}).get_json()
    titles = [m["title"] for m in body["matches"]]
    assert "<script>alert('t')</script>Rust Engineer" in titles


def test_markup_in_a_pasted_resume_never_runs(served):
    text = RESUME_TEXT + ("- <script>alert('x')</script> Built <b>Rust</b> services "
                          "<img src=x onerror=alert(1)>\n")
    response = served.client.post("/match", data={"text": text})
    assert response.status_code == 200
    assert not ACTIVE_MARKUP.search(response.get_data(as_text=True))


def test_path_traversal_names_write_nothing(served, tmp_path):
    marker = f"evil-{time.time_ns()}.txt"
    for face in ("/api/v1/match", "/match"):
        response = served.client.post(
            face, data={"file": (io.BytesIO(RESUME_TEXT.encode()), f"../../../../tmp/{marker}")},
            content_type="multipart/form-data")
        assert response.status_code == 200
    assert not Path("/tmp", marker).exists()
    assert not list(Path("/").glob(f"*/{marker}"))


# -- posting files -------------------------------------------------------------------------
API_WORDS = {  # where the API's message differs from the file reader's
    "jsonl-empty-file": "non-empty list",
    "jsonl-record-is-a-string": "must be a JSON object",
    "json-not-a-list": "posting record",
    "csv-missing-id-column": "unknown field 'name'",   # its records' other field, named first
    "csv-missing-text-column": "has no 'text'",
    "jsonl-truncated": "not valid JSON",
    "jsonl-binary-junk": "not valid JSON",
    "pdf-as-postings": "application/json",
    "jsonl-100000-records-bad-last": "too large",
}


@pytest.mark.parametrize("bad", POSTINGS, ids=resume_ids(POSTINGS))
def test_postings_through_the_cli(served, bad, tmp_path):
    path = tmp_path / bad.filename
    path.write_bytes(bad.make())
    before = served.state()
    started = time.perf_counter()
    result = served.cli("index", "add", str(path))
    if not bad.cli_error:  # an empty feed: said on stderr in one line, nothing added, exit 0
        assert result.exit_code == 0 and result.stdout == "", result.output
        assert result.stderr.count("\n") == 1 and bad.words in result.stderr
        assert served.state() == before
        return
    assert_cli_error(result, bad.words)
    assert bad.filename in result.output  # the message names the file
    if bad.id == "jsonl-100000-records-bad-last":
        assert f"line {HUGE}" in result.output and "first seen in" in result.output
    # Records are checked before any is parsed: a bad last record of a huge file is quick.
    assert time.perf_counter() - started < 30
    assert served.state() == before


@pytest.mark.parametrize("bad", POSTINGS, ids=resume_ids(POSTINGS))
def test_postings_through_the_api(served, bad):
    body, content_type = api_body(bad)
    before = served.state()
    response = served.client.post("/api/v1/postings", data=body, content_type=content_type,
                                  headers=AUTH)
    assert_api_error(response, bad.api_status, API_WORDS.get(bad.id, bad.words))
    assert served.state() == before
    served.still_up()


def test_huge_record_list_under_the_byte_limit_is_refused_by_count(served):
    records = [{"id": f"r{i}", "text": "Go"} for i in range(1001)]
    body = json.dumps(records).encode()
    assert len(body) < 5 * 1024 * 1024
    before = served.state()
    response = served.client.post("/api/v1/postings", data=body, content_type="application/json",
                                  headers=AUTH)
    assert_api_error(response, 413, "at most 1000")
    assert served.state() == before
