"""A bounded load test of a running matcher server, over HTTP.

``run_load(base_url, requests, concurrency)`` sends a fixed, seeded mix of
match requests from ``concurrency`` client threads: valid resumes (JSON text,
.txt, .md and .pdf uploads, the form's text field) and invalid ones (empty,
an executable, a damaged PDF, a PDF named .txt, bad parameters, broken JSON,
a body over the upload limit).  Each distinct valid request is first sent
alone; under load every answer must be that same answer (the same postings,
the same scores), every invalid request its own 4xx, and no answer a 5xx.
With the server's ``pid`` it also reads the server's resident memory before
and after the load (Linux ``/proc``).

The test suite runs a short form (tests/test_load.py); the benchmark can run
a long one.  Nothing here asserts: the caller judges the returned dict.
``serve(index_dir)`` starts ``python -m matcher serve`` on a free loopback
port for either.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

MIB = 1024 * 1024

RESUMES = [
    """Senior Backend Engineer
Experience
Backend Engineer, Acme Corp, Jan 2018 - Present
- Built Python and Rust services on Kubernetes with PostgreSQL and Redis.
- Ran Kafka pipelines in production on AWS; on call for payments.
Skills: Python, Rust, Go, Kubernetes, Terraform, PostgreSQL
""",
    """Frontend Developer
Experience
Frontend Developer, Beta Inc, 2019 - 2024
- Built React and TypeScript interfaces; GraphQL clients; accessibility audits.
- Wrote Node.js services and end-to-end tests with Playwright.
""",
    """Data Engineer with 6 years of experience.
- Designed Spark and Airflow pipelines; dbt models on Snowflake.
- SQL, Python, Kafka, AWS Glue; data quality checks and lineage.
""",
    """Site Reliability Engineer
- 8+ years of Linux, Kubernetes, Prometheus and Grafana.
- Incident response, SLOs, Terraform on GCP and AWS, Go tooling.
""",
]


@dataclass(frozen=True)
class Request:
    kind: str
    method: str
    path: str
    body: bytes
    headers: tuple[tuple[str, str], ...]
    expect: int            # the status it must get
    key: str | None = None  # requests with the same key must get the same answer


def _multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "matcher-" + uuid.uuid4().hex
    out = bytearray()
    for name, value in fields.items():
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"
                f"{value}\r\n").encode()
    for name, (filename, data) in files.items():
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; "
                f"filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").encode()
        out += data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def text_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer holds ``text`` (Latin-1, Helvetica), built by hand."""
    lines = []
    for line in text.splitlines()[:48]:
        safe = line.encode("latin-1", "replace").decode("latin-1")
        safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        lines.append(f"({safe}) Tj T*")
    stream = ("BT /F1 10 Tf 50 750 Td 13 TL\n" + "\n".join(lines) + "\nET").encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _upload(kind: str, filename: str, data: bytes, expect: int, key: str | None,
            top_k: int) -> Request:
    body, content_type = _multipart({"top_k": str(top_k)}, {"file": (filename, data)})
    return Request(kind, "POST", "/api/v1/match", body, (("Content-Type", content_type),), expect, key)


def json_request(kind: str, payload, expect: int, key: str | None = None) -> Request:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return Request(kind, "POST", "/api/v1/match", body, (("Content-Type", "application/json"),),
                   expect, key)


def workload(requests: int, invalid_share: float = 0.3, seed: int = 0, top_k: int = 5,
             max_upload_mb: float = 5, resumes: list[str] | None = None) -> list[Request]:
    """``requests`` requests, about ``invalid_share`` of them invalid, in a seeded order."""
    rng = random.Random(seed)
    resumes = resumes or RESUMES
    valid, invalid = [], []
    for i, text in enumerate(resumes):
        valid += [
            json_request("json-text", {"text": text, "top_k": top_k}, 200, f"r{i}"),
            _upload("upload-txt", f"resume{i}.txt", text.encode(), 200, f"r{i}", top_k),
            _upload("upload-md", f"resume{i}.md", ("# " + text).encode(), 200, f"md{i}", top_k),
            _upload("upload-pdf", f"resume{i}.pdf", text_pdf(text), 200, f"pdf{i}", top_k),
        ]
    over = int(max_upload_mb * MIB) + 2 * 64 * 1024
    invalid = [
        _upload("empty-file", "empty.txt", b"", 400, None, top_k),
        _upload("executable", "resume.exe", b"MZ\x90\x00" + bytes(range(256)) * 4, 415, None, top_k),
        _upload("damaged-pdf", "cv.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 8, 422, None, top_k),
        _upload("pdf-named-txt", "cv.txt", text_pdf(resumes[0]), 415, None, top_k),
        json_request("bad-top-k", {"text": resumes[0], "top_k": 0}, 400),
        json_request("broken-json", b'{"text": "Python', 400),
        json_request("no-text", {"resume": resumes[0]}, 400),
        Request("wrong-content-type", "POST", "/api/v1/match", b"plain words",
                (("Content-Type", "text/plain"),), 415),
        _upload("over-the-limit", "big.txt", b"x" * over, 413, None, top_k),
    ]
    n_invalid = round(requests * invalid_share)
    chosen = [rng.choice(invalid) for _ in range(n_invalid)]
    chosen += [rng.choice(valid) for _ in range(requests - n_invalid)]
    rng.shuffle(chosen)
    return chosen


def send(base: str, request: Request, timeout: float) -> tuple[int, bytes]:
    """Send ``request`` to the server at ``base``: its status and body."""
    parts = urlsplit(base)
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(parts.hostname, parts.port or 443, timeout=timeout)
    else:
        conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
    try:
        conn.request(request.method, parts.path.rstrip("/") + request.path, body=request.body,
                     headers=dict(request.headers))
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _answer(payload: bytes) -> list:
    """The part of a match answer that must not change under load: postings and scores."""
    return [(m["posting_id"], m["score"]) for m in json.loads(payload)["matches"]]


def process_memory(pid: int | None) -> dict:
    """VmRSS and VmHWM (peak) of a process in MiB; empty where /proc is not there."""
    out: dict = {}
    if not pid:
        return out
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = round(int(value.split()[0]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return out


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 1)


def run_load(base_url: str, requests: int = 300, concurrency: int = 8, *,
             invalid_share: float = 0.3, seed: int = 0, top_k: int = 5,
             max_upload_mb: float = 5, resumes: list[str] | None = None,
             pid: int | None = None, timeout: float = 60.0, warmup_rounds: int = 2) -> dict:
    """Load ``base_url`` with ``requests`` mixed match requests from ``concurrency`` threads.

    Returns counts by status, ``server_errors`` (5xx), ``transport_errors`` (no
    answer at all), ``unexpected`` (a status other than the one the request must
    get), ``wrong_answers`` (a valid answer that differs from the same request's
    answer when sent alone), latency percentiles in ms, throughput and, with
    ``pid``, the server's memory (MiB) after the warm-up and after the load.
    """
    plan = workload(requests, invalid_share, seed, top_k, max_upload_mb, resumes)
    # Alone first: the reference answers, and a warm-up of every kind of request (the
    # first of a kind allocates what later ones reuse; memory is compared after it).
    reference: dict[str, list] = {}
    kinds = {r.kind: r for r in plan}
    distinct = {r.key: r for r in plan if r.key}
    for _ in range(max(1, warmup_rounds)):
        for request in list(distinct.values()) + list(kinds.values()):
            status, payload = send(base_url, request, timeout)
            if request.key and status == 200:
                reference.setdefault(request.key, _answer(payload))
    memory_before = process_memory(pid)

    lock = threading.Lock()
    by_status: dict[int, int] = {}
    latencies: list[float] = []
    transport_errors: list[str] = []
    unexpected: list[dict] = []
    wrong = 0
    queue = iter(plan)

    def worker() -> None:
        nonlocal wrong
        while True:
            with lock:
                request = next(queue, None)
            if request is None:
                return
            started = time.perf_counter()
            try:
                status, payload = send(base_url, request, timeout)
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    transport_errors.append(f"{request.kind}: {type(exc).__name__}")
                continue
            elapsed = time.perf_counter() - started
            bad_answer = False
            if status == 200 and request.key:
                try:
                    bad_answer = _answer(payload) != reference.get(request.key)
                except (ValueError, KeyError, TypeError):
                    bad_answer = True
            with lock:
                by_status[status] = by_status.get(status, 0) + 1
                latencies.append(elapsed)
                if status != request.expect:
                    unexpected.append({"kind": request.kind, "expected": request.expect,
                                       "status": status, "body": payload[:200].decode("utf-8", "replace")})
                if bad_answer:
                    wrong += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for future in [pool.submit(worker) for _ in range(concurrency)]:
            future.result()
    seconds = time.perf_counter() - started
    memory_after = process_memory(pid)
    ms = [x * 1000 for x in latencies]
    return {
        "requests": len(plan), "concurrency": concurrency,
        "valid": sum(1 for r in plan if r.expect == 200),
        "invalid": sum(1 for r in plan if r.expect != 200),
        "by_status": dict(sorted(by_status.items())),
        "server_errors": sum(n for s, n in by_status.items() if s >= 500),
        "transport_errors": transport_errors,
        "unexpected": unexpected,
        "wrong_answers": wrong,
        "seconds": round(seconds, 2),
        "requests_per_s": round(len(latencies) / seconds, 1) if seconds else None,
        "latency_ms": {"p50": _percentile(ms, 0.5), "p95": _percentile(ms, 0.95),
                       "p99": _percentile(ms, 0.99), "max": _percentile(ms, 1.0)},
        "memory_mib": {"before": memory_before.get("VmRSS"), "after": memory_after.get("VmRSS"),
                       "peak": memory_after.get("VmHWM")},
    }


# -- a server to load ------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve(index_dir: str | Path, *, model: str | None = None, threads: int = 8,
          env: dict | None = None, log_path: str | Path | None = None,
          startup_timeout: float = 300.0) -> Iterator[dict]:
    """``python -m matcher --index-dir INDEX_DIR serve`` on a free loopback port, stopped on
    exit.  ``model`` defaults to the MATCHER_MODEL setting; ``env`` adds MATCHER_* settings.
    Yields ``{"url", "pid", "log", "startup_s"}``; the server's output goes to ``log_path``."""
    port = free_port()
    environment = dict(os.environ)
    environment["PYTHONUNBUFFERED"] = "1"
    # The server imports this very package, installed or not.
    package_root = str(Path(__file__).resolve().parents[1])
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, environment.get("PYTHONPATH")]))
    if model:
        environment["MATCHER_MODEL"] = model
    environment.update(env or {})
    log_path = Path(log_path) if log_path else Path(index_dir).parent / f"server-{port}.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "matcher", "--index-dir", str(index_dir), "serve",
             "--host", "127.0.0.1", "--port", str(port), "--threads", str(threads)],
            env=environment, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            started = time.monotonic()
            deadline = started + startup_timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"the server exited with {proc.returncode}: "
                                       + log_path.read_text(errors="replace")[-2000:])
                try:
                    status, _ = send(url, Request("health", "GET", "/healthz", b"", (), 200), 2)
                    if status == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("the server did not answer /healthz in time")
                time.sleep(0.1)
            yield {"url": url, "pid": proc.pid, "log": log_path,
                   "startup_s": time.monotonic() - started}
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
