"""Security and privacy: resumes leave no trace, keys guard writes, limits hold, headers are set.

What tests/test_api.py and tests/test_pages.py already pin (the one error shape of 401/403,
429 with Retry-After on both faces, the headers on the form, CSRF, no resume text in the log
of a 500, no spooling of large uploads) is not repeated here; this file adds the rest: a
resume with a unique marker through a real server, then searched for on disk and in the
logs; the key comparison; the proxy setting; headers on every kind of answer; the upload
limit before the body is read.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import io
import logging
import os
import re
import socket
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from tools.loadtest import _multipart, serve, text_pdf

from .helpers import RESUME_TEXT, SEEDS

SECRET = "correct horse battery staple"


def marker() -> str:
    # One word redaction leaves alone (not a name, e-mail, phone, link or address).
    return "zqx" + uuid.uuid4().hex[:12] + "kubernetes"


def files_holding(roots: list[Path], needle: bytes, since: float = 0.0) -> list[str]:
    """Files under ``roots`` (changed since ``since``) whose bytes hold ``needle``.  os.walk
    skips what vanishes meanwhile: other processes use the system temporary directory too."""
    found = []
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder, name)
                try:
                    info = path.stat()
                    if info.st_mtime < since or info.st_size > 200 * 1024 * 1024 or \
                            not path.is_file():
                        continue
                    if needle in path.read_bytes():
                        found.append(str(path))
                except OSError:
                    continue
    return found


def resume_with(mark: str) -> str:
    return RESUME_TEXT + f"\nProjects\n- Built the {mark} scheduler in Rust and Python.\n"


def docx_with(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- privacy ---------------------------------------------------------------------------------
def test_resumes_leave_no_trace_on_a_real_server(tmp_path):
    """Uploads (every format, good and bad, one over Werkzeug's 500 KiB spooling threshold)
    through the API and the form of `matcher serve`, with DEBUG logs: the marker is in no
    file of the index directory or the server's temporary directory, and not in its log."""
    from matcher.postings.feeds import load_postings
    from matcher.service import Service

    directory = tmp_path / "index"
    Service(directory, "fake").add(load_postings([SEEDS]))
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    log = tmp_path / "server.log"
    mark = marker()
    text = resume_with(mark)
    env = {"TMPDIR": str(private_tmp), "MATCHER_LOG_LEVEL": "DEBUG",
           "MATCHER_RATE_LIMIT": "100000/minute", "MATCHER_MAX_UPLOAD_MB": "2"}
    with serve(directory, model="fake", env=env, log_path=log) as server:
        url = server["url"]
        uploads = [
            (f"{mark}.txt", text.encode(), 200),
            ("cv.md", text.encode(), 200),
            ("cv.pdf", text_pdf(text), 200),
            ("cv.docx", docx_with(text), 200),
            ("long.txt", (text + "\n" + "Maintained internal tooling " * 25_000).encode(), 200),
            ("broken.pdf", b"%PDF-1.4\n" + text.encode() + b"\nbroken", 422),
            ("cv.exe", b"MZ" + text.encode(), 415),
            ("scan.pdf", text.encode(), 415),
            ("huge.txt", text.encode() * 3_500, 413),  # over the app's limit, under waitress's
        ]
        for filename, data, status in uploads:
            body, content_type = _multipart({"top_k": "3"}, {"file": (filename, data)})
            got, payload = _post(url, "/api/v1/match", body, content_type)
            assert got == status, (filename, got, payload[:300])
        got, _ = _post(url, "/api/v1/match", f'{{"text": {_json_string(text)}}}'.encode(),
                       "application/json")
        assert got == 200
        # The form, with its CSRF token and session cookie, as a browser sends it.
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = opener.open(url + "/", timeout=30).read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"csrf_token": token, "text": text}).encode()
        answer = opener.open(urllib.request.Request(url + "/match", data=form), timeout=30)
        shown = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", answer.read().decode()))
        assert answer.status == 200 and "Postings for pasted text" in shown
    # The server is stopped: everything it wrote is on disk.
    needle = mark.encode()
    assert files_holding([directory, private_tmp], needle) == []
    assert log.exists() and log.stat().st_size > 0
    assert needle not in log.read_bytes()
    assert b"Tokio" not in log.read_bytes()


def _json_string(text: str) -> str:
    import json
    return json.dumps(text)


def _post(url: str, path: str, body: bytes, content_type: str) -> tuple[int, bytes]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_in_process_uploads_leave_no_trace_in_logs_or_temp(make_app, web_index, caplog):
    """The same through the app in-process, where the test sees every log record and the
    system temporary directory."""
    app = make_app(MAX_UPLOAD_MB=2)
    client = app.test_client()
    mark = marker()
    text = resume_with(mark)
    started = time.time() - 1
    with caplog.at_level(logging.DEBUG):
        for name, data in [("cv.txt", text.encode()), ("cv.pdf", text_pdf(text)),
                           ("cv.docx", docx_with(text)), ("bad.pdf", b"%PDF-1.4 " + text.encode()),
                           ("long.txt", (text + " tooling." * 60_000).encode()),
                           (f"{mark}.txt", b"")]:
            for path in ("/api/v1/match", "/match"):
                client.post(path, data={"file": (io.BytesIO(data), name)},
                            content_type="multipart/form-data")
        client.post("/api/v1/match", json={"text": text})
        client.post("/match", data={"text": text})
    assert mark not in caplog.text
    assert files_holding([web_index, Path(tempfile.gettempdir())], mark.encode(), since=started) == []


def test_waitress_never_spools_an_accepted_body(monkeypatch, web_index):
    """waitress writes bodies over ``inbuf_overflow`` to a temporary file; `matcher serve`
    sets it above the largest body it accepts, so a resume stays in memory."""
    from click.testing import CliRunner

    from matcher.cli import cli
    from matcher.web import server

    seen = {}

    class Stub:
        def run(self):
            pass

        def close(self):
            pass

    def fake_make_server(app, **kw):
        seen.update(server.server_options(app), app=app)
        return Stub()

    monkeypatch.setattr(server, "make_server", fake_make_server)
    result = CliRunner().invoke(cli, ["--index-dir", str(web_index), "serve"])
    assert result.exit_code == 0, result.output
    assert seen["inbuf_overflow"] > seen["max_request_body_size"]
    assert seen["max_request_body_size"] == seen["app"].config["MAX_CONTENT_LENGTH"] + 1


# -- keys ------------------------------------------------------------------------------------
def test_the_key_is_compared_in_constant_time(make_app, monkeypatch):
    import hmac

    from matcher.web import api

    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(api.hmac, "compare_digest", spy)
    client = make_app(API_KEY=SECRET).test_client()
    record = {"id": "k-1", "text": "Requirements\n- Rust"}
    assert client.post("/api/v1/postings", json=record,
                       headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post("/api/v1/postings", json=record,
                       headers={"Authorization": f"Bearer {SECRET}"}).status_code == 200
    assert calls == [(b"nope", SECRET.encode()), (SECRET.encode(), SECRET.encode())]


@pytest.mark.parametrize("header", ["Bearer \u00ff\u00fe", "Bearer " + "x" * 10_000,
                                    "bearer " + SECRET + "x", "Bearer  " + SECRET[:-1]])
def test_odd_keys_are_401_never_500_and_never_echoed(make_app, header):
    client = make_app(API_KEY=SECRET).test_client()
    response = client.delete("/api/v1/postings/000_08d9c04a1e8f909e",
                             headers={"Authorization": header})
    assert response.status_code == 401
    assert SECRET not in response.get_data(as_text=True)
    assert header.split(" ", 1)[-1].strip()[:20] not in response.get_data(as_text=True)


def test_a_key_from_the_environment_turns_writes_on(make_app, monkeypatch):
    monkeypatch.setenv("MATCHER_API_KEY", SECRET)
    from matcher import create_app

    app = create_app({"TESTING": True, "INDEX_DIR": make_app().config["INDEX_DIR"],
                      "MODEL": "fake", "SECRET_KEY": "t"})
    auth = {"Authorization": f"Bearer {SECRET}"}
    assert app.test_client().delete("/api/v1/postings/000_08d9c04a1e8f909e",
                                    headers=auth).status_code == 200
    monkeypatch.setenv("MATCHER_API_KEY", "")
    app = create_app({"TESTING": True, "INDEX_DIR": app.config["INDEX_DIR"], "MODEL": "fake",
                      "SECRET_KEY": "t"})
    assert app.test_client().delete("/api/v1/postings/001_x", headers=auth).status_code == 403


# -- rate limits and proxies -----------------------------------------------------------------
def test_rate_limit_from_the_environment_counts_per_client(make_app, monkeypatch):
    monkeypatch.setenv("MATCHER_RATE_LIMIT", "2/minute")
    from matcher import create_app

    app = create_app({"TESTING": True, "INDEX_DIR": make_app().config["INDEX_DIR"],
                      "MODEL": "fake", "SECRET_KEY": "t"})
    client = app.test_client()
    body = {"text": RESUME_TEXT, "top_k": 1}
    one = {"REMOTE_ADDR": "10.0.0.1"}
    assert [client.post("/api/v1/match", json=body, environ_base=one).status_code
            for _ in range(3)] == [200, 200, 429]
    # Another client has its own count; a forged X-Forwarded-For is not another client.
    assert client.post("/api/v1/match", json=body,
                       environ_base={"REMOTE_ADDR": "10.0.0.2"}).status_code == 200
    forged = client.post("/api/v1/match", json=body, environ_base=one,
                         headers={"X-Forwarded-For": "203.0.113.9"})
    assert forged.status_code == 429 and int(forged.headers["Retry-After"]) > 0


def test_behind_a_trusted_proxy_the_forwarded_client_is_counted(make_app):
    app = make_app(RATE_LIMIT="1/minute", TRUSTED_PROXIES=1)
    client = app.test_client()
    body = {"text": RESUME_TEXT, "top_k": 1}
    proxy = {"REMOTE_ADDR": "127.0.0.1"}

    def post(client_address):
        return client.post("/api/v1/match", json=body, environ_base=proxy,
                           headers={"X-Forwarded-For": client_address}).status_code

    assert [post("198.51.100.1"), post("198.51.100.1"), post("198.51.100.2")] == [200, 429, 200]


def test_bad_proxy_setting_is_a_clear_error(make_app):
    from matcher.errors import InputError

    with pytest.raises(InputError, match="TRUSTED_PROXIES"):
        make_app(TRUSTED_PROXIES="two")


# -- headers ---------------------------------------------------------------------------------
def test_security_headers_on_every_kind_of_answer(make_app, monkeypatch):
    app = make_app(MAX_UPLOAD_MB=0.05, RATE_LIMIT="1/minute")
    app.config.update(TESTING=False, PROPAGATE_EXCEPTIONS=False)
    client = app.test_client()
    answers = {
        "page": client.get("/"),
        "results": client.post("/match", data={"text": RESUME_TEXT}),
        "429": client.post("/match", data={"text": RESUME_TEXT}),
        "404 page": client.get("/nowhere"),
        "404 api": client.get("/api/v1/postings/nowhere"),
        "413": client.post("/api/v1/match", data={"file": (io.BytesIO(b"a" * 200_000), "a.txt")},
                           content_type="multipart/form-data"),
        "static": client.get("/static/matcher.css"),
        "openapi": client.get("/api/v1/openapi.json"),
    }
    monkeypatch.setattr(app.extensions["matcher"], "page", lambda *a: 1 / 0)
    answers["500"] = client.get("/api/v1/postings")
    for name, response in answers.items():
        headers = response.headers
        csp = headers.get("Content-Security-Policy", "")
        directives = dict((d.strip().split(" ", 1) + [""])[:2] for d in csp.split(";") if d.strip())
        assert directives.get("script-src") == "'self'", (name, csp)
        assert directives.get("frame-ancestors") == "'none'" and "object-src" in directives, name
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, name
        assert headers.get("X-Content-Type-Options") == "nosniff", name
        assert headers.get("X-Frame-Options") == "DENY", name
    assert answers["500"].status_code == 500 and answers["413"].status_code == 413
    assert answers["429"].status_code == 429
    for name in ("page", "results", "429", "404 page"):
        body = answers[name].get_data(as_text=True)
        assert "<script" not in body and " style=" not in body, name
        assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", body, re.I), name


def test_session_cookie_is_not_readable_by_script(make_app):
    from matcher.web.app import SECURITY_HEADERS

    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    cookies = client.get("/").headers.getlist("Set-Cookie")
    assert cookies and all("HttpOnly" in c and "SameSite=Lax" in c for c in cookies)
    assert SECURITY_HEADERS["Referrer-Policy"] == "no-referrer"


# -- the upload limit is enforced before the body is read ----------------------------------
class CountingStream:
    """A request body that counts what the app reads of it."""

    def __init__(self, size: int):
        self.size, self.read_bytes = size, 0

    def read(self, n: int = -1) -> bytes:
        n = self.size - self.read_bytes if n is None or n < 0 else min(n, self.size - self.read_bytes)
        self.read_bytes += n
        return b"a" * n

    def readline(self, n: int = -1) -> bytes:
        return self.read(min(n, 65536) if n and n > 0 else 65536)


def _call(app, environ_extra: dict) -> tuple[str, int]:
    from werkzeug.test import EnvironBuilder

    environ = EnvironBuilder(path="/api/v1/match", method="POST").get_environ()
    environ.update(environ_extra)
    status = {}
    body = b"".join(app.wsgi_app(environ, lambda s, h, e=None: status.update(s=s)))
    assert b"Traceback" not in body
    return status["s"], environ["wsgi.input"].read_bytes


@pytest.mark.parametrize("path", ["/api/v1/match", "/match"])
def test_a_declared_large_body_is_refused_unread(make_app, path):
    app = make_app(MAX_UPLOAD_MB=1)
    stream = CountingStream(200 * 1024 * 1024)
    status, read = _call(app, {"PATH_INFO": path, "wsgi.input": stream,
                               "CONTENT_LENGTH": str(stream.size),
                               "CONTENT_TYPE": "multipart/form-data; boundary=x"})
    assert status.startswith("413") and read == 0


def test_an_undeclared_large_body_is_cut_at_the_limit(make_app):
    app = make_app(MAX_UPLOAD_MB=1)
    stream = CountingStream(200 * 1024 * 1024)
    status, read = _call(app, {"wsgi.input": stream, "wsgi.input_terminated": True,
                               "CONTENT_TYPE": "multipart/form-data; boundary=x"})
    assert status.startswith("413") and read <= app.config["MAX_CONTENT_LENGTH"] + 1024 * 1024


def test_the_real_server_refuses_a_huge_body_before_it_is_sent(tmp_path, web_index):
    with serve(web_index, model="fake", env={"MATCHER_MAX_UPLOAD_MB": "1"},
               log_path=tmp_path / "s.log") as server:
        parts = urllib.parse.urlsplit(server["url"])
        with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
            sock.sendall(b"POST /api/v1/match HTTP/1.1\r\nHost: x\r\n"
                         b"Content-Type: multipart/form-data; boundary=x\r\n"
                         b"Content-Length: 1073741824\r\n\r\n")
            answer = sock.recv(4096)  # no body sent: the answer comes anyway
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        status, _ = _post(server["url"], "/api/v1/match", b'{"text": "Python"}', "application/json")
        assert status == 200


# -- settings from the environment ------------------------------------------------------------
def test_secure_cookies_and_settings_parsing(make_app, monkeypatch):
    from matcher import config, create_app
    from matcher.errors import InputError

    index_dir = make_app().config["INDEX_DIR"]
    app = create_app({"TESTING": True, "INDEX_DIR": index_dir, "MODEL": "fake"})
    assert app.config["SESSION_COOKIE_SECURE"] is False
    monkeypatch.setenv("MATCHER_SECURE_COOKIES", "on")
    monkeypatch.setenv("MATCHER_MAX_UPLOAD_MB", "0.5")
    app = create_app({"TESTING": True, "INDEX_DIR": index_dir, "MODEL": "fake"})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["MAX_UPLOAD_BYTES"] == 512 * 1024
    # The form's session cookie now carries Secure.
    cookie = app.test_client().get("/").headers["Set-Cookie"]
    assert "; Secure" in cookie and "HttpOnly" in cookie
    for name, raw, message in [("MATCHER_SECURE_COOKIES", "maybe", "must be 1/0, true/false"),
                               ("MATCHER_MAX_UPLOAD_MB", "five", "must be a number"),
                               ("MATCHER_TRUSTED_PROXIES", "1.5", "must be a whole number")]:
        monkeypatch.setenv(name, raw)
        with pytest.raises(InputError, match=message):
            config.get(name.removeprefix("MATCHER_").lower())
        monkeypatch.delenv(name)
