"""The production server under load: ``matcher serve`` (waitress) on loopback.

The server is started as its own process, exactly as a user starts it, and
driven by a bounded pool of client threads for a bounded time.  Its peak
resident memory is read from ``/proc/PID/status`` (VmHWM).
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tools.bench.measure import percentiles
from tools.loadtest import json_request, process_memory, send, serve


def load(url: str, bodies: list[bytes], clients: int, seconds: float, max_requests: int) -> dict:
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
                status, payload = send(url, json_request("match", body, 200), 60)
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
    settings = {"MATCHER_RATE_LIMIT": "1000000/minute", "MATCHER_LOG_LEVEL": "WARNING"}
    with serve(index_dir, model=model, threads=threads, env=settings,
               log_path=Path(index_dir) / "server.log") as server:
        after_load = process_memory(server["pid"])
        # One request to warm the process (imports, first allocation), not counted.
        send(server["url"], json_request("warm-up", bodies[0], 200), 60)
        runs = {}
        for level, clients in enumerate(concurrency):
            mine = bodies[1 + level * max_requests:1 + (level + 1) * max_requests] or bodies
            runs[str(clients)] = load(server["url"], mine, clients, seconds, max_requests)
        memory = process_memory(server["pid"])
    return {"startup_s": round(server["startup_s"], 2), "rss_after_load_mb": after_load.get("VmRSS"),
            "peak_rss_mb": memory.get("VmHWM"), "rss_end_mb": memory.get("VmRSS"),
            "concurrency": runs}
