"""The benchmark harness: a smoke run on a tiny corpus with the fake embedder.

Only the shape of the results is checked, never a time: the figures are a
benchmark, and these machines are noisy.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from matcher.postings.parse import parse_posting
from matcher.resumes.read import resume_from_text
from tools.bench.__main__ import bench
from tools.bench.corpus import generate_postings, resume_text

from .helpers import SEEDS


def test_corpus_is_deterministic_and_varied():
    first, again = generate_postings(40, SEEDS), generate_postings(40, SEEDS)
    assert first == again
    assert len({pid for pid, _ in first}) == 40
    postings = [parse_posting(text, pid) for pid, text in first]
    requirements = [r.text for p in postings for r in p.requirements]
    assert all(p.title and p.company and len(p.requirements) >= 6 for p in postings)
    assert len(set(requirements)) > 0.8 * len(requirements)  # recombined and varied
    assert generate_postings(3, SEEDS, seed=1) != first[:3]


def test_resumes_have_one_and_three_pages():
    one, three = resume_from_text(resume_text(1)), resume_from_text(resume_text(3))
    assert 20 <= len(one.sentences) < len(three.sentences)
    assert resume_text(1, variant=1) != resume_text(1, variant=2)


def test_bench_smoke_run_writes_json_markdown_and_plot(tmp_path):
    out, md = tmp_path / "bench", tmp_path / "BENCHMARKS.md"
    result = CliRunner().invoke(bench, [
        "--model", "fake", "--sizes", "12,24", "--queries", "3", "--http-seconds", "0.5",
        "--naive-sample", "3", "--seeds", str(SEEDS), "--out", str(out), "--markdown", str(md)])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "results.json").read_text())
    assert data["model"] == "fake" and data["sizes"] == [12, 24]
    for size in ("12", "24"):
        build = data["build"][size]
        for field in ("postings_per_s", "parse_s", "embed_s", "write_s", "model_texts",
                      "bytes_per_posting"):
            assert field in build
        assert build["postings"] == int(size)
        for pages in ("1 page", "3 pages"):
            for kind in ("cold", "warm"):
                assert {"p50_ms", "p95_ms", "p99_ms", "n"} <= set(data["match"][size][pages][kind])
        assert "p50_ms" in data["baselines"]["naive_match"][size]
        assert "p50_ms" in data["baselines"]["bm25_match"][size]
        http = data["http"][size]
        assert http["peak_rss_mb"] > 0
        assert set(http["concurrency"]) == {"1", "4", "8"}
        assert all(run["errors"] == 0 and run["requests"] > 0 for run in http["concurrency"].values())
    assert data["baselines"]["naive_build"]["postings_per_s"] > 0
    assert {t["target"].split(" at ")[0] for t in data["targets"]} >= {"index build"}
    assert all({"goal", "value", "met"} <= set(t) for t in data["targets"])
    assert data["profile"] and all(p["groups"] for p in data["profile"].values())
    text = md.read_text()
    assert "## Targets" in text and "python -m tools.bench --model fake" in text
    assert (out / "benchmark.png").stat().st_size > 0
