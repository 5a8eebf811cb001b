"""The candidate stage against exhaustive matching: recall of the top 10, latency, memory.

    python -m tools.bench.candidates --postings 100000 --index-dir /tmp/cand-100k

Generates ``--postings`` postings with the benchmark's generator (``corpus``),
indexes them (``--model``, default the fake one: a 100,000-posting index with
the real model takes hours of embedding on a laptop; an index already in
``--index-dir`` is reused), then ranks resumes (the generator's and the
examples') twice: every posting scored, and the candidate stage's shortlist
scored.  Recall is the share of the exhaustive top 10 that the staged top 10
holds; latency is per resume (median, p95), explanations included; memory is
the peak of what one match allocates (tracemalloc) and the IVF index's size.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
import tracemalloc
from pathlib import Path

import faiss

from matcher.embed import get_embedder
from matcher.index.index import Index
from matcher.index.vectors import ClusteredIndex
from matcher.postings.feeds import postings_from_records
from matcher.ranking.candidates import CandidateStage
from matcher.ranking.catalog import Catalog
from matcher.resumes.read import resume_from_text
from tools.bench.corpus import generate_postings, resume_text

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "resumes"


def build(directory: Path, n: int, model: str, seed: int) -> float:
    """The index of ``n`` generated postings in ``directory`` (reused when it holds them)."""
    embedder = get_embedder(model)
    if (directory / "matcher.db").exists():
        with Index.open(directory, embedder, load_vectors=False) as index:
            if index.store.count() == n:
                return 0.0
    start = time.perf_counter()
    with Index.open(directory, embedder, create=True) as index:
        for at in range(0, n, 5000):  # generated and parsed in parts: a 100k feed at once is GBs
            records = generate_postings(min(n, at + 5000), "seeds", seed=seed)[at:]
            index.add(postings_from_records([{"id": i, "text": t} for i, t in records]))
    return time.perf_counter() - start


def timed(catalog: Catalog, resumes, top: int) -> tuple[list[list[str]], list[float], int]:
    ids, seconds, peak = [], [], 0
    for resume in resumes:
        tracemalloc.start()
        start = time.perf_counter()
        matches = catalog.rank(resume, top)
        seconds.append(time.perf_counter() - start)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        ids.append([m.posting.id for m in matches])
    return ids, seconds, peak


def summary(seconds: list[float]) -> dict:
    ordered = sorted(seconds)
    return {"median_ms": round(1000 * statistics.median(ordered), 1),
            "p95_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1)}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--model", default="fake")
    parser.add_argument("--resumes", type=int, default=40, help="generated resumes (plus the examples')")
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    build_s = build(args.index_dir, args.postings, args.model, args.seed)
    with Index.open(args.index_dir, get_embedder(args.model), load_vectors=False) as index:
        catalog = Catalog.from_index(index)
    resumes = [resume_from_text(resume_text(1 + v % 2, v, args.seed), f"generated-{v}")
               for v in range(args.resumes)]
    resumes += [resume_from_text(p.read_text(encoding="utf-8"), p.name) for p in sorted(EXAMPLES.glob("*.txt"))]
    catalog._stage = None  # every posting scored
    exact, exact_s, exact_peak = timed(catalog, resumes, args.top)
    os.environ.update(MATCHER_CANDIDATE_STAGE_MIN="1", MATCHER_CANDIDATES=str(args.candidates))
    saved = (args.index_dir / ClusteredIndex.name_for(catalog.summary_ids)).exists()
    start = time.perf_counter()
    catalog._stage = CandidateStage.for_catalog(catalog.summaries, catalog.summary_ids, args.index_dir)
    stage_build_s = time.perf_counter() - start
    staged, staged_s, staged_peak = timed(catalog, resumes, args.top)
    recall = [len(set(a) & set(b)) / len(a) for a, b in zip(exact, staged) if a]
    result = {
        "postings": len(catalog), "model": args.model, "resumes": len(resumes), "top": args.top,
        "candidates": args.candidates, "nlist": catalog._stage.clustered.nlist,
        "nprobe": catalog._stage.clustered.nprobe, "index_build_s": round(build_s, 1),
        "ivf": "loaded" if saved else "trained", "ivf_s": round(stage_build_s, 2),
        "ivf_bytes": int(faiss.serialize_index(catalog._stage.clustered.index).nbytes),
        "recall_at_top": round(statistics.mean(recall), 4), "min_recall": round(min(recall), 2),
        "same_top_order": sum(a == b for a, b in zip(exact, staged)),
        "exhaustive": {**summary(exact_s), "peak_alloc_mib": round(exact_peak / 2**20, 1)},
        "staged": {**summary(staged_s), "peak_alloc_mib": round(staged_peak / 2**20, 1)},
        "load_average": os.getloadavg(),
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
