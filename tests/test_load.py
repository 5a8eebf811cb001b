"""A short load test: the production server (waitress) on loopback, 8 concurrent clients,
a few hundred mixed valid and invalid match requests (tools.loadtest).

It must end with no 5xx and no dropped connection, every invalid request refused with its
own 4xx, every valid one answered exactly as when it was sent alone (and as the core ranks
it in-process), and the server's memory back near where it started.  The benchmark runs
the same function for longer.
"""

from __future__ import annotations

import json

import pytest

from tools.loadtest import RESUMES, Request, run_load, send, serve, workload

REQUESTS, CONCURRENCY = 300, 8
MEMORY_SLACK_MIB = 40


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from matcher.postings.feeds import load_postings
    from matcher.service import Service

    from .helpers import SEEDS

    directory = tmp_path_factory.mktemp("load") / "index"
    Service(directory, "fake").add(load_postings([SEEDS]))
    env = {"MATCHER_RATE_LIMIT": "100000/minute", "MATCHER_MAX_UPLOAD_MB": "1",
           "MATCHER_LOG_LEVEL": "WARNING"}
    with serve(directory, model="fake", env=env) as running:
        running["index"] = directory
        yield running


def test_workload_mixes_every_kind():
    plan = workload(REQUESTS, max_upload_mb=1)
    kinds = {r.kind for r in plan}
    assert len(plan) == REQUESTS and {r.expect for r in plan} >= {200, 400, 413, 415, 422}
    assert {"json-text", "upload-pdf", "over-the-limit", "damaged-pdf"} <= kinds


def test_short_load(server):
    result = run_load(server["url"], REQUESTS, CONCURRENCY, max_upload_mb=1, pid=server["pid"])
    summary = json.dumps({k: v for k, v in result.items() if k != "unexpected"})
    assert result["server_errors"] == 0, summary
    assert result["transport_errors"] == [], summary
    assert result["unexpected"] == [], result["unexpected"][:3]
    assert result["wrong_answers"] == 0, summary
    assert result["by_status"].get(200) == result["valid"] > 100, summary
    memory = result["memory_mib"]
    assert memory["after"] <= memory["before"] + MEMORY_SLACK_MIB, summary
    # Still up, and still right: the server's answer is the core's answer.
    check = Request("check", "POST", "/api/v1/match",
                    json.dumps({"text": RESUMES[0], "top_k": 5}).encode(),
                    (("Content-Type", "application/json"),), 200)
    status, payload = send(server["url"], check, 30)
    assert status == 200
    from matcher.embed.models import get_embedder
    from matcher.index.index import Index
    from matcher.ranking.catalog import Catalog
    from matcher.resumes.read import resume_from_text

    with Index.open(server["index"], get_embedder("fake")) as index:
        expected = [(m.posting.id, round(m.score, 1)) for m in
                    Catalog.from_index(index).rank(resume_from_text(RESUMES[0]), 5)]
    assert [(m["posting_id"], m["score"]) for m in json.loads(payload)["matches"]] == expected
