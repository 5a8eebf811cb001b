"""``python -m tools.bench`` (``make bench``): speed, memory and scale, next to the baselines, in one run.

For each corpus size the run builds an index from generated postings
(timing parse, embed and write), ranks one- and three-page resumes against
it in-process (cold and warm), runs the naive and BM25 baselines on the
same catalog, then starts the production server on that index and loads
it over loopback HTTP at 1, 4 and 8 concurrent clients.  Everything is
written to a JSON file, a plot and ``docs/BENCHMARKS.md``.

The figures are a benchmark, never a test: nothing here asserts a time.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from tools.bench.corpus import generate_postings, resume_text
from tools.bench.measure import (
    TimedEmbedder,
    bm25_latency,
    build_index,
    match_latency,
    naive_build,
    naive_encoder,
    naive_match_latency,
    profile,
)
from tools.bench.report import judge_targets, write_outputs

DEFAULT_SIZES = (1_000, 10_000)
LARGE_SIZE = 100_000


@dataclass
class BenchOptions:
    sizes: tuple[int, ...] = DEFAULT_SIZES
    model: str | None = None             # None: the MATCHER_MODEL setting
    seeds_dir: Path = Path("seeds")
    out_dir: Path = Path("docs/bench")
    markdown: Path = Path("docs/BENCHMARKS.md")
    work_dir: Path | None = None         # where the indexes are built (a temporary directory)
    queries: int = 60                    # cold + warm queries per size, one-page resume
    long_queries: int = 20               # ... three-page resume
    naive_queries: int = 8               # queries for the naive baseline (it is slow)
    naive_sample: int = 40               # postings the naive build encodes
    profile_postings: int = 150          # postings in the profiled build
    http: bool = True
    backends: bool = True                # compare float32 and int8 embedding on the same texts
    http_seconds: float = 20.0
    http_max_requests: int = 300
    concurrency: tuple[int, ...] = (1, 4, 8)
    server_threads: int = 8
    seed: int = 0
    keep: bool = False
    command: str = "python -m tools.bench"
    notes: list[str] = field(default_factory=list)


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        total = 0
    packages = {}
    for name in ("torch", "sentence-transformers", "onnxruntime", "faiss-cpu", "numpy", "bm25s",
                 "waitress"):
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(total / 2**30, 1),
            "platform": platform.platform(terse=True), "python": platform.python_version(),
            "packages": packages, "load_start": _load(), "load_end": None}


def resume_tokens(folder: Path, generated: str) -> dict[str, list[int]]:
    """Token counts of what a match embeds for a resume (its sentences and titles, as
    ``ResumeFeatures.build`` sends them): the plain-text examples and a generated one-page
    resume."""
    from tokenizers import Tokenizer

    from matcher.embed.models import DEFAULT_MODEL, _resolve
    from matcher.resumes.read import resume_from_text

    tokenizer = Tokenizer.from_file(str(Path(_resolve(DEFAULT_MODEL)) / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(256)
    texts = {f"examples/resumes/{p.name}": p.read_text() for p in sorted(folder.glob("*.txt"))}
    texts["generated one-page resume"] = generated
    out = {}
    for name, text in texts.items():
        resume = resume_from_text(text)
        titles = list(dict.fromkeys(t for t in [resume.headline] + [r.title for r in resume.roles] if t))
        out[name] = [len(e.ids) for e in tokenizer.encode_batch(resume.sentences + titles)]
    return out


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def run_benchmark(options: BenchOptions, log=None) -> dict:
    """Run the whole benchmark and write its outputs; the results as a dict."""
    from matcher import config
    from matcher.embed.models import get_embedder
    from matcher.index.index import Index
    from matcher.index.recipe import posting_texts
    from matcher.ranking.catalog import Catalog
    from matcher.resumes.read import resume_from_text

    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    started = time.perf_counter()
    model = options.model or str(config.get("model"))
    sizes = sorted(set(options.sizes))
    results: dict = {
        "version": 1, "command": options.command, "model": model,
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(), "sizes": sizes,
        "options": {k: (list(v) if isinstance(v, tuple) else str(v) if isinstance(v, Path) else v)
                    for k, v in asdict(options).items() if k not in ("notes", "command")},
        "corpus": {}, "build": {}, "match": {}, "http": {},
        "baselines": {"naive_match": {}, "bm25_match": {}}, "profile": {},
        "notes": list(options.notes),
    }
    work = Path(tempfile.mkdtemp(prefix="matcher-bench-", dir=options.work_dir))
    log(f"bench: model {model}, sizes {sizes}, work in {work}")
    embedder = TimedEmbedder(get_embedder(model))
    try:
        log(f"bench: generating {sizes[-1]} postings")
        records = generate_postings(sizes[-1], options.seeds_dir, options.seed)
        one_page = [resume_text(1, i, options.seed) for i in range(max(options.queries, 1))]
        three_pages = [resume_text(3, i, options.seed) for i in range(max(options.long_queries, 1))]
        results["corpus"] = {
            "seed_postings": len([p for p in Path(options.seeds_dir).iterdir() if p.is_file()]),
            "resume_sentences": {"1 page": len(resume_from_text(one_page[0]).sentences),
                                 "3 pages": len(resume_from_text(three_pages[0]).sentences)},
            "distinct_texts": {},
        }

        if options.backends and model != "fake":
            from matcher.postings.parse import parse_posting
            from tools.bench.backends import embedding_backends, peak_flops
            log("bench: this CPU's float32 matrix-multiply peak")
            results["peak"] = peak_flops()
            texts = [r.text for pid, text in records[:40]
                     for r in parse_posting(text, pid).requirements]
            log(f"bench: embedding backends on {len(set(texts))} requirement texts")
            results["backends"] = embedding_backends(texts, log=log)
            results["resume_tokens"] = resume_tokens(options.seeds_dir.parent / "examples" / "resumes",
                                                     one_page[0])

        sample = records[:min(options.naive_sample, len(records))]
        log(f"bench: naive build baseline on {len(sample)} postings")
        naive = naive_encoder(model)
        results["baselines"]["naive_build"] = naive_build(sample, naive)

        for size in sizes:
            key = str(size)
            directory = work / f"index-{size}"
            log(f"bench: building {size} postings")
            build, postings = build_index(records[:size], directory, embedder)
            results["build"][key] = build
            results["corpus"]["distinct_texts"][key] = len(
                {t for p in postings for t in posting_texts(p)})
            log(f"bench:   {build['postings_per_s']} postings/s (parse {build['parse_s']} s, "
                f"embed {build['embed_s']} s, write {build['write_s']} s)")

            with Index.open(directory, embedder) as index:
                catalog = Catalog.from_index(index)
            log(f"bench: matching against {size} postings")
            results["match"][key] = {
                "1 page": match_latency(catalog, embedder, one_page, options.queries),
                "3 pages": match_latency(catalog, embedder, three_pages, options.long_queries),
            }
            log(f"bench:   cold p50 {results['match'][key]['1 page']['cold'].get('p50_ms')} ms")
            results["baselines"]["naive_match"][key] = naive_match_latency(
                catalog, naive, one_page, options.naive_queries)
            results["baselines"]["bm25_match"][key] = bm25_latency(postings, one_page, options.queries)
            if size == sizes[-1]:
                def cold_matches(catalog=catalog):
                    for text in one_page[:5]:
                        embedder.clear_cache()
                        catalog.rank(resume_from_text(text), top_k=10, explain=True)
                results["profile"][f"match: 5 cold one-page resumes against {size} postings"] = \
                    profile(cold_matches)
            del catalog, postings
            gc.collect()

            if options.http:
                log(f"bench: HTTP against {size} postings")
                bodies = [resume_text(1, 100_000 + i, options.seed)
                          for i in range(options.http_max_requests * len(options.concurrency) + 1)]
                from tools.bench.http import http_benchmark
                results["http"][key] = http_benchmark(
                    directory, model, bodies, list(options.concurrency), options.http_seconds,
                    options.http_max_requests, options.server_threads)
                log(f"bench:   peak RSS {results['http'][key]['peak_rss_mb']} MiB")
            if not options.keep:
                shutil.rmtree(directory, ignore_errors=True)

        n = min(options.profile_postings, len(records))
        log(f"bench: profiling a build of {n} postings")
        results["profile"][f"build: {n} postings"] = profile(
            lambda: build_index(records[:n], work / "index-profile", embedder))
    finally:
        embedder.close()
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)
    results["machine"]["load_end"] = _load()
    results["duration_s"] = round(time.perf_counter() - started, 1)
    if "peak" in results:
        from tools.bench.backends import limit_figures, limits
        backends = results["backends"]
        results["limits"] = limits(results, results["resume_tokens"], backends["tokens"] / backends["texts"])
        limit_figures(results["limits"], results, str(sizes[-1]))
    results["targets"] = judge_targets(results)
    quality = Path(options.out_dir) / "quality.json"
    if quality.exists():
        results["quality"] = json.loads(quality.read_text())
    results["outputs"] = write_outputs(results, options.out_dir, options.markdown)
    log(f"bench: done in {results['duration_s'] / 60:.1f} min; wrote {options.markdown}")
    return results
