"""The production server under load: ``matcher serve`` (waitress) on loopback.

The server is started as its own process, exactly as a user starts it, and
driven by a bounded pool of client threads for a bounded time.  Its peak
resident memory is read from ``/proc/PID/status`` (VmHWM).
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..loadtest import free_port, process_memory
from .measure import percentiles


class Server:
    """``python -m matcher --index-dir DIR serve`` on 127.0.0.1, started and stopped by us."""

    def __init__(self, index_dir: Path, model: str, threads: int = 8,
                 startup_timeout: float = 300.0):
        self.port = free_port()
        env = dict(os.environ)
        env.update({"MATCHER_MODEL": model, "MATCHER_RATE_LIMIT": "1000000/minute",
                    "MATCHER_LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"})
        # The server imports this very package, installed or not.
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        self.log = open(Path(index_dir) / "server.log", "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "matcher", "--index-dir", str(index_dir), "serve",
             "--host", "127.0.0.1", "--port", str(self.port), "--threads", str(threads)],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        start = time.perf_counter()
        while True:
            if self.proc.poll() is not None:
                self.log.close()
                tail = (Path(index_dir) / "server.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"the server exited with {self.proc.returncode}: {tail}")
            try:
                status, _ = self.request("GET", "/healthz", timeout=2)
                if status == 200:
                    break
            except OSError:
                pass
            if time.perf_counter() - start > startup_timeout:
                self.stop()
                raise RuntimeError("the server did not answer /healthz in time")
            time.sleep(0.2)
        self.startup_s = time.perf_counter() - start

    def request(self, method: str, path: str, body: bytes | None = None,
                timeout: float = 60.0) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            headers = {"Content-Type": "application/json"} if body is not None else {}
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def memory(self) -> dict:
        return process_memory(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def load(server: Server, bodies: list[bytes], clients: int, seconds: float,
         max_requests: int) -> dict:
    """``clients`` threads POST /api/v1/match back to back until ``seconds`` have passed or
    ``max_requests`` were sent; each request takes the next body (a resume not seen before)."""
    lock = threading.Lock()
    state = {"next": 0}
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + seconds

    def worker() -> None:
        while time.perf_counter() < deadline:
            with lock:
                if state["next"] >= max_requests:
                    return
                body = bodies[state["next"] % len(bodies)]
                state["next"] += 1
            start = time.perf_counter()
            try:
                status, payload = server.request("POST", "/api/v1/match", body)
                ok = status == 200 and len(json.loads(payload)["matches"]) > 0
                problem = None if ok else f"HTTP {status}"
            except (OSError, ValueError, KeyError) as exc:
                problem = type(exc).__name__
            elapsed = time.perf_counter() - start
            with lock:
                if problem:
                    errors.append(problem)
                else:
                    latencies.append(elapsed)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for future in [pool.submit(worker) for _ in range(clients)]:
            future.result()
    wall = time.perf_counter() - start
    out = percentiles(latencies)
    out.update({"clients": clients, "requests": len(latencies) + len(errors),
                "errors": len(errors), "error_kinds": sorted(set(errors)),
                "seconds": round(wall, 2),
                "requests_per_s": round(len(latencies) / wall, 2) if wall else None})
    return out


def http_benchmark(index_dir: Path, model: str, resumes: list[str], concurrency: list[int],
                   seconds: float, max_requests: int, threads: int = 8) -> dict:
    """Start the server on ``index_dir``, load it at each concurrency, read its memory.

    ``resumes`` should hold ``1 + max_requests * len(concurrency)`` texts: the
    first warms the process up, and each level gets resumes of its own, so
    that every request is a resume the server has not seen."""
    bodies = [json.dumps({"text": text}).encode("utf-8") for text in resumes]
    server = Server(index_dir, model, threads)
    try:
        after_load = server.memory()
        # One request to warm the process (imports, first allocation), not counted.
        server.request("POST", "/api/v1/match", bodies[0])
        runs = {}
        for level, clients in enumerate(concurrency):
            mine = bodies[1 + level * max_requests:1 + (level + 1) * max_requests] or bodies
            runs[str(clients)] = load(server, mine, clients, seconds, max_requests)
        memory = server.memory()
    finally:
        server.stop()
    return {"startup_s": round(server.startup_s, 2), "rss_after_load_mb": after_load.get("VmRSS"),
            "peak_rss_mb": memory.get("VmHWM"), "rss_end_mb": memory.get("VmRSS"),
            "concurrency": runs}
