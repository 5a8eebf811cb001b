"""In-process measurements: index build and its parts, match latency, and the baselines.

Every figure comes from the production code paths (``parse_entries``, as
``matcher index add`` parses a feed, ``Index.add``, ``Catalog.rank``); the only instrument is a thin wrapper
around the embedder that counts the time spent in it and the texts that
reach the model.  The baselines run on the same corpus in the same process.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from pathlib import Path

import numpy as np

from matcher.embed.models import Embedder
from matcher.index.index import Index
from matcher.postings.feeds import cores, parsed_all
from matcher.postings.parse import Posting
from matcher.ranking.catalog import Catalog, lexical_text
from matcher.ranking.lexical import BM25
from matcher.resumes.read import resume_from_text
from matcher.text import clean_text, split_sentences


class TimedEmbedder:
    """The production embedder, with a stopwatch and counters around it."""

    def __init__(self, inner: Embedder):
        self.inner = inner
        self.seconds = 0.0
        self.texts = 0          # texts asked for (before de-duplication and the cache)
        self.model_texts = 0    # texts that reached the model
        self._batch = inner.embed_batch

        def counted(texts):
            self.model_texts += len(texts)
            return self._batch(texts)

        inner.embed_batch = counted  # an instance attribute: the class is untouched

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def embed(self, texts, progress=None):
        start = time.perf_counter()
        try:
            return self.inner.embed(texts, progress)
        finally:
            self.seconds += time.perf_counter() - start
            self.texts += len(texts)

    def reset(self, clear_cache: bool = True) -> None:
        self.seconds, self.texts, self.model_texts = 0.0, 0, 0
        if clear_cache:
            self.clear_cache()

    def clear_cache(self) -> None:
        with self.inner._lock:
            self.inner._cache.clear()

    def close(self) -> None:
        self.inner.__dict__.pop("embed_batch", None)


def percentiles(samples_s: list[float]) -> dict:
    """p50/p95/p99/mean in milliseconds, and the number of samples."""
    if not samples_s:
        return {"n": 0}
    ms = np.asarray(samples_s) * 1000.0
    return {"n": int(len(ms)), "p50_ms": round(float(np.percentile(ms, 50)), 2),
            "p95_ms": round(float(np.percentile(ms, 95)), 2),
            "p99_ms": round(float(np.percentile(ms, 99)), 2),
            "mean_ms": round(float(ms.mean()), 2)}


# -- build ----------------------------------------------------------------------------
def build_index(records: list[tuple[str, str]], directory: Path, embedder: TimedEmbedder,
                progress=None) -> tuple[dict, list[Posting]]:
    """Parse ``records`` and add them to a new index in ``directory``; the figures and postings."""
    embedder.reset()
    start = time.perf_counter()
    postings = parsed_all([(pid, text, {}, pid) for pid, text in records], cores())
    parse_s = time.perf_counter() - start
    with Index.open(directory, embedder, create=True) as index:
        start = time.perf_counter()
        index.add(postings, progress=progress)
        add_s = time.perf_counter() - start
        stats = index.stats()
    total = parse_s + add_s
    files = {p.name: p.stat().st_size for p in directory.iterdir() if p.is_file()}
    requirements = sum(len(p.requirements) for p in postings)
    return {
        "postings": len(postings), "requirements": requirements,
        "requirements_per_posting": round(requirements / max(1, len(postings)), 2),
        "seconds": round(total, 3), "postings_per_s": round(len(postings) / total, 2),
        "parse_s": round(parse_s, 3), "embed_s": round(embedder.seconds, 3),
        "write_s": round(add_s - embedder.seconds, 3),
        "texts": embedder.texts, "model_texts": embedder.model_texts,
        "model_texts_per_s": round(embedder.model_texts / embedder.seconds, 1)
        if embedder.seconds else None,
        "bytes_on_disk": stats["bytes_on_disk"],
        "bytes_per_posting": round(stats["bytes_on_disk"] / max(1, len(postings)), 1),
        "files": files,
    }, postings


def naive_encoder(model: str):
    """The naive pipeline's encoder: sentence-transformers' ``encode`` with its default
    settings (float32 PyTorch; for the bundled model's ONNX backends, the PyTorch model they
    were made from)."""
    from matcher.embed.models import _ALIASES, INT8_ALIASES, TORCH_MODEL, FakeEmbedder, get_embedder

    if model == "fake":
        return FakeEmbedder().embed_batch
    bundled = model in _ALIASES or model in INT8_ALIASES
    return get_embedder(TORCH_MODEL if bundled else model).model.encode


def naive_build(records: list[tuple[str, str]], encode) -> dict:
    """The naive pipeline: every sentence of every posting encoded, one posting at a time,
    with sentence-transformers' default settings, no de-duplication and no cache."""
    start = time.perf_counter()
    sentences = 0
    for _, text in records:
        found = split_sentences(clean_text(text))
        sentences += len(found)
        encode(found)
    seconds = time.perf_counter() - start
    return {"postings": len(records), "sentences": sentences, "seconds": round(seconds, 3),
            "postings_per_s": round(len(records) / seconds, 3),
            "sentences_per_s": round(sentences / seconds, 1)}


# -- matching -------------------------------------------------------------------------
def match_latency(catalog: Catalog, embedder: TimedEmbedder, resumes: list[str],
                  queries: int, top_k: int = 10) -> dict:
    """Latency of one match with explanations for the top ``top_k``, from resume text to Match.

    ``cold``: the resume has never been seen (the embedder's cache is cleared
    first), as for a new upload; ``warm``: the same resume again, its
    sentence vectors served from the content-hash cache.
    """
    cold, warm = [], []
    for i in range(queries):
        text = resumes[i % len(resumes)]
        embedder.clear_cache()
        for bucket in (cold, warm):
            start = time.perf_counter()
            resume = resume_from_text(text)
            matches = catalog.rank(resume, top_k=top_k, explain=True)
            bucket.append(time.perf_counter() - start)
            assert len(matches) == min(top_k, len(catalog)) and matches[0].explanation is not None
    return {"cold": percentiles(cold), "warm": percentiles(warm),
            "sentences": len(resume_from_text(resumes[0]).sentences)}


def naive_match_latency(catalog: Catalog, encode, resumes: list[str], queries: int,
                        top_k: int = 10) -> dict:
    """The naive pipeline's match: encode the resume (default settings, no cache), then one
    cosine per requirement in a Python loop, a posting's score the mean of its requirements'."""
    owners = np.repeat(np.arange(len(catalog)), np.diff(catalog.start))
    samples = []
    for i in range(queries):
        text = resumes[i % len(resumes)]
        start = time.perf_counter()
        sentences = split_sentences(clean_text(text))
        vectors = np.asarray(encode(sentences), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1)
        totals = np.zeros(len(catalog))
        counts = np.zeros(len(catalog))
        for row, req in enumerate(catalog.req_vectors):
            cosine = (vectors @ req) / (norms * np.linalg.norm(req))
            totals[owners[row]] += cosine.max()
            counts[owners[row]] += 1
        scores = totals / np.maximum(counts, 1)
        top = sorted(range(len(scores)), key=lambda j: -scores[j])[:top_k]
        samples.append(time.perf_counter() - start)
        assert len(top) == min(top_k, len(catalog))
    return percentiles(samples)


def bm25_latency(postings: list[Posting], resumes: list[str], queries: int,
                 top_k: int = 10) -> dict:
    """BM25 (bm25s) over the postings' text, the resume's text as the query: top ``top_k``."""
    start = time.perf_counter()
    model = BM25([lexical_text(p) for p in postings])
    index_s = time.perf_counter() - start
    samples = []
    for i in range(queries):
        text = resumes[i % len(resumes)]
        start = time.perf_counter()
        scores = model.scores(clean_text(text))
        k = min(top_k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        samples.append(time.perf_counter() - start)
    out = percentiles(samples)
    out["index_s"] = round(index_s, 3)
    return out


# -- profiles -------------------------------------------------------------------------
def profile(fn, limit: int = 15) -> dict:
    """Run ``fn`` under cProfile: wall seconds and the functions that took the most time."""
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    try:
        fn()
    finally:
        profiler.disable()
    wall = time.perf_counter() - start
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = []
    for (filename, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():
        rows.append({"function": f"{_short_path(filename)}:{line}({name})", "calls": calls,
                     "self_s": round(tottime, 4), "cumulative_s": round(cumtime, 4)})
    rows.sort(key=lambda r: -r["self_s"])
    return {"wall_s": round(wall, 3), "top_self": rows[:limit],
            "groups": _groups(rows, wall)}


# Where time goes, by the part of the pipeline a function belongs to.
_GROUPS = [
    ("model forward (torch/onnxruntime)", ("torch", "onnxruntime", "/nn/modules", "transformers/")),
    ("tokenizer", ("tokenizers", "tokenization")),
    ("posting parse (text cleanup, sections)", ("matcher/postings/", "matcher/text.py", "ftfy",
                                                "unicodedata", "yaml/")),
    ("skill extraction", ("matcher/skills/",)),
    ("resume parse", ("matcher/resumes/",)),
    ("SQLite + FAISS writes", ("sqlite", "matcher/index/", "faiss", "json/")),
    ("lexical (fixed-IDF BM25, TF-IDF; bm25s baseline)", ("bm25s", "matcher/ranking/lexical.py", "scipy",
                                                         "wordfreq")),
    ("scoring + explanations", ("matcher/ranking/",)),
    ("embedder bookkeeping", ("matcher/embed/", "hashlib")),
]


def _groups(rows: list[dict], wall: float) -> list[dict]:
    totals: dict[str, float] = {}
    for row in rows:
        name = row["function"]
        group = next((g for g, keys in _GROUPS if any(k in name for k in keys)), "other")
        if name.startswith("~:0(") or name.startswith("<built-in"):
            group = _builtin_group(name)
        totals[group] = totals.get(group, 0.0) + row["self_s"]
    return [{"group": g, "self_s": round(s, 3), "share": round(s / wall, 3) if wall else None}
            for g, s in sorted(totals.items(), key=lambda kv: -kv[1])]


def _builtin_group(name: str) -> str:
    # C functions carry no file: attribute the heavy ones by what they are.
    if any(k in name for k in ("torch", "_C.", "linear", "layer_norm", "matmul", "bmm", "softmax",
                               "scaled_dot", "gelu", "InferenceSession", "run")):
        return "model forward (torch/onnxruntime)"
    if any(k in name for k in ("re.Pattern", "method 'sub'", "method 'search'", "method 'finditer'",
                               "method 'findall'", "method 'match'", "normalize", "casefold")):
        return "regex/unicode (parse and skills)"
    if "_thread.lock" in name and "acquire" in name:
        # The int8 embedder runs the model on a pool of threads cProfile does not follow:
        # the main thread's wait for them is the model's time.
        return "model forward (torch/onnxruntime)"
    if "sqlite" in name or "execute" in name or "commit" in name:
        return "SQLite + FAISS writes"
    return "other (builtins)"


def _short_path(filename: str) -> str:
    for marker in ("site-packages/", "/matcher/"):
        if marker in filename:
            cut = filename.split(marker, 1)[1]
            return ("matcher/" + cut) if marker == "/matcher/" else cut
    return filename
