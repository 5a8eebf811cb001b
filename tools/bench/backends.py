"""Embedding backends side by side, and the machine's limit: one run, the same texts.

Every backend embeds the same distinct requirement texts in interleaved
rounds (best of ``rounds``: the load of a shared machine drifts), and is
compared with float32 PyTorch by cosine.  ``limits`` measures this CPU's
float32 matrix-multiply peak and the model's cost per token, from which the
fastest possible embedding of a text and of a resume follow.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import numpy as np

# all-MiniLM-L6-v2 (BERT): 6 layers, hidden 384, intermediate 1536, 12 heads.
LAYERS, HIDDEN, INTERMEDIATE, HEADS = 6, 384, 1536, 12


def flops_per_token(seq_len: int) -> int:
    """Forward-pass FLOPs per token of a ``seq_len``-token text (a multiply-add = 2 FLOPs).

    Per layer: Q, K, V and the output projection, 4 * 2*H*H; the feed-forward
    network, 2 * 2*H*I; the attention scores (Q K^T) and their sum over V,
    2 * 2*L*H for a text of L tokens.  Layer norms, softmax, GELU, the
    embedding lookup and the pooling are a few FLOPs per value, under 1%.
    """
    return LAYERS * (8 * HIDDEN * HIDDEN + 4 * HIDDEN * INTERMEDIATE + 4 * seq_len * HIDDEN)


def peak_flops(seconds: float = 2.0, n: int = 1024) -> dict:
    """This CPU's float32 matrix-multiply rate, best of repeated n x n products (numpy, on
    every core through its BLAS), and PyTorch's (the library the model runs on)."""
    import torch
    from threadpoolctl import threadpool_limits

    a = np.random.default_rng(0).standard_normal((n, n), dtype=np.float32)
    b = np.random.default_rng(1).standard_normal((n, n), dtype=np.float32)
    ta, tb = torch.from_numpy(a), torch.from_numpy(b)
    out = {}
    # matcher holds BLAS to one thread beside the model (matcher.embed.models); the peak is
    # every core's.
    with threadpool_limits(limits=os.cpu_count() or 1, user_api="blas"):
        for label, fn in (("numpy", lambda: a @ b), ("torch", lambda: ta @ tb)):
            fn()
            best, start = float("inf"), time.perf_counter()
            while time.perf_counter() - start < seconds:
                t = time.perf_counter()
                fn()
                best = min(best, time.perf_counter() - t)
            out[label] = round(2 * n ** 3 / best / 1e9, 1)
    return {"matmul_n": n, "gflops": out, "peak_gflops": max(out.values()),
            "torch_threads": torch.get_num_threads(), **theoretical_peak()}


def theoretical_peak() -> dict:
    """The CPU's float32 peak from its vector units at the clock the kernel reports (Linux):
    cores x GHz x FLOPs a cycle (two FMA units of 16 floats with AVX-512, of 8 with AVX2, a
    fused multiply-add counted as 2).  A turbo clock above the reported one raises it."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return {}
    flags = set(re.search(r"^flags\s*:(.*)$", info, re.M).group(1).split()) if "flags" in info else set()
    mhz = re.search(r"^cpu MHz\s*:\s*([\d.]+)", info, re.M)
    if not mhz or "fma" not in flags:
        return {}
    width = 16 if "avx512f" in flags else 8 if "avx2" in flags else 4
    per_cycle = 2 * width * 2
    cores = os.cpu_count() or 1
    ghz = float(mhz.group(1)) / 1000
    return {"theoretical_gflops": round(cores * ghz * per_cycle, 1),
            "theoretical_basis": f"{cores} cores x {ghz:.2f} GHz x {per_cycle} FLOPs a cycle "
                                 f"({'AVX-512' if width == 16 else 'AVX2'} FMA, two units)"}


def _padded_runner(session, batch: int = 64):
    """What a plain onnxruntime loop does (and sentence-transformers' ONNX backend): texts
    sorted by length, padded batches, one run per batch."""
    def embed_ids(ids: list[list[int]]) -> np.ndarray:
        out = []
        for start in range(0, len(ids), batch):
            part = ids[start:start + batch]
            width = max(len(t) for t in part)
            tokens = np.zeros((len(part), width), dtype=np.int64)
            mask = np.zeros_like(tokens)
            for row, t in enumerate(part):
                tokens[row, :len(t)] = t
                mask[row, :len(t)] = 1
            out.append(session.run(None, {"input_ids": tokens, "attention_mask": mask,
                                          "token_type_ids": np.zeros_like(tokens)})[0])
        return np.concatenate(out)
    return embed_ids


def _ort_session(path, threads: int):
    from matcher.embed.onnx import import_onnxruntime

    ort = import_onnxruntime()

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _openvino(path, precision: str):
    """The fp32 ONNX graph compiled by OpenVINO's CPU plugin (``precision``: f32 or bf16),
    run in length groups like ``OnnxEmbedder``; None when openvino is not installed."""
    try:
        import openvino as ov
    except ImportError:
        return None
    compiled = ov.Core().compile_model(str(path), "CPU", {
        "INFERENCE_PRECISION_HINT": precision, "PERFORMANCE_HINT": "LATENCY",
        "INFERENCE_NUM_THREADS": os.cpu_count() or 1})

    def embed_ids(ids: list[list[int]]) -> np.ndarray:
        request = compiled.create_infer_request()
        groups: dict[int, list[int]] = {}
        for row, t in enumerate(ids):
            groups.setdefault(len(t), []).append(row)
        out = np.zeros((len(ids), HIDDEN), dtype=np.float32)
        for rows in groups.values():
            for start in range(0, len(rows), 64):
                part = rows[start:start + 64]
                tokens = np.array([ids[r] for r in part], dtype=np.int64)
                result = request.infer({"input_ids": tokens, "attention_mask": np.ones_like(tokens),
                                        "token_type_ids": np.zeros_like(tokens)})
                out[part] = next(iter(result.values()))
        return out
    return embed_ids


def embedding_backends(texts: list[str], rounds: int = 3, log=None) -> dict:
    """Texts per second of each backend on the same distinct ``texts``, and its cosine to
    float32 PyTorch (mean and min); the tokeniser's share; each vector's dependence on its
    batch-mates (cosine of a text embedded alone to the same text in its batch)."""
    from matcher.embed.models import DEFAULT_MODEL, OnnxEmbedder, _resolve, get_embedder
    from matcher.embed.onnx import onnx_model

    log = log or (lambda msg: None)
    texts = sorted(set(texts), key=len)
    torch_model = get_embedder(DEFAULT_MODEL)
    backends: dict[str, tuple[str, object]] = {}
    backends["float32, PyTorch (sentence-transformers encode, batches of 64)"] = (
        "text", lambda xs: np.concatenate([torch_model.embed_batch(xs[i:i + 64])
                                           for i in range(0, len(xs), 64)]))
    onnx = {v: OnnxEmbedder(v) for v in ("fp32", "int8-dynamic", "int8")}
    tokenizer = onnx["int8"]
    cores = os.cpu_count() or 1
    source = _resolve(DEFAULT_MODEL)
    for variant, label in (("fp32", "float32"), ("int8-dynamic", "int8 dynamic"), ("int8", "int8 blockwise")):
        session = _ort_session(onnx_model(source, variant), cores)
        backends[f"{label}, onnxruntime, padded batches of 64, {cores} threads"] = (
            "ids", _padded_runner(session))
        backends[f"{label}, onnxruntime, length groups, {onnx[variant].workers} runs in parallel"] = (
            "ids", onnx[variant].embed_ids)
    one_each = OnnxEmbedder("int8-dynamic")
    one_each.group_rows = 1
    backends[f"int8 dynamic, onnxruntime, one text per run, {one_each.workers} runs in parallel"] = (
        "ids", one_each.embed_ids)
    for precision in ("f32", "bf16"):
        runner = _openvino(onnx_model(source, "fp32"), precision)
        if runner is not None:
            backends[f"OpenVINO {precision} (fp32 graph), length groups"] = ("ids", runner)

    ids = tokenizer.tokenize(texts)
    best = {label: float("inf") for label in backends}
    vectors: dict[str, np.ndarray] = {}
    for kind, fn in backends.values():  # first-call setup is not throughput
        fn(texts[:8] if kind == "text" else ids[:8])
    tokenise_s = float("inf")
    for round_ in range(rounds):
        start = time.perf_counter()
        tokenizer.tokenize(texts)
        tokenise_s = min(tokenise_s, time.perf_counter() - start)
        for label, (kind, fn) in backends.items():
            start = time.perf_counter()
            found = np.asarray(fn(texts if kind == "text" else ids), dtype=np.float32)
            best[label] = min(best[label], time.perf_counter() - start)
            vectors[label] = found / np.linalg.norm(found, axis=1, keepdims=True)
        log(f"bench:   backends round {round_ + 1}/{rounds}, load {os.getloadavg()[0]:.2f}")
    reference = vectors[next(iter(backends))]
    rows = {}
    for label in backends:
        cosine = (vectors[label] * reference).sum(axis=1)
        rows[label] = {"texts_per_s": round(len(texts) / best[label], 1),
                       "cosine_to_float32_mean": round(float(cosine.mean()), 4),
                       "cosine_to_float32_min": round(float(cosine.min()), 4)}
    # Batch-mates: the padded int8-dynamic batches against each text alone.
    alone = {}
    for variant in ("int8-dynamic", "int8"):
        label = next(k for k in backends if k.startswith(
            "int8 dynamic" if variant == "int8-dynamic" else "int8 blockwise") and "padded" in k)
        single = np.concatenate([backends[label][1]([t]) for t in ids])
        single /= np.linalg.norm(single, axis=1, keepdims=True)
        alone[variant] = round(float((single * vectors[label]).sum(axis=1).min()), 5)
    tokens = sum(len(t) for t in ids)
    return {"texts": len(texts), "tokens": tokens, "rounds": rounds, "rows": rows,
            "tokenise_s": round(tokenise_s, 4),
            "tokenise_texts_per_s": round(len(texts) / tokenise_s, 1),
            "alone_vs_padded_batch_cosine_min": alone,
            "load": [round(x, 2) for x in os.getloadavg()]}


def limits(results: dict, resume_tokens: dict, text_tokens: float) -> dict:
    """The fastest the model can go on this CPU (every FLOP at the measured matmul peak) and
    each measured figure next to it, as a ratio: how many times the limit's time the measured
    figure takes (1.0 = at the limit; for a rate, the limit's rate over the measured one)."""
    peak = results["peak"]["peak_gflops"] * 1e9
    per_text = text_tokens * flops_per_token(round(text_tokens))
    out = {"flops_per_token_formula": "6 * (8*H*H + 4*H*I + 4*L*H), H=384, I=1536, L=tokens of the text",
           "flops_per_token_L16": flops_per_token(16), "flops_per_token_L128": flops_per_token(128),
           "mean_tokens_per_requirement": round(text_tokens, 1),
           "limit_texts_per_s": round(peak / per_text, 1), "resume": {}, "figures": []}
    for name, sentences in resume_tokens.items():
        flops = sum(n * flops_per_token(n) for n in sentences)
        out["resume"][name] = {"sentences": len(sentences), "tokens": sum(sentences),
                               "gflops": round(flops / 1e9, 3), "limit_ms": round(flops / peak * 1000, 2)}
    backends = results.get("backends", {}).get("rows", {})
    for label, row in backends.items():
        out["figures"].append({"figure": f"embedding, {label}", "value": row["texts_per_s"],
                               "unit": "texts/s", "limit": out["limit_texts_per_s"],
                               "ratio": round(out["limit_texts_per_s"] / row["texts_per_s"], 1)})
    return out


def limit_figures(out: dict, results: dict, size: str) -> None:
    """Add the cold match and the index build at ``size`` postings next to their limits."""
    peak = results["peak"]["peak_gflops"] * 1e9
    match = results["match"].get(size, {}).get("1 page", {}).get("cold", {})
    resume = out["resume"].get("generated one-page resume")
    if match.get("p50_ms") and resume:
        out["figures"].append({"figure": f"cold match p50, generated one-page resume, {size} postings",
                               "value": match["p50_ms"], "unit": "ms", "limit": resume["limit_ms"],
                               "ratio": round(match["p50_ms"] / resume["limit_ms"], 1)})
    build = results["build"].get(size)
    if build and build.get("model_texts"):
        tokens = out["mean_tokens_per_requirement"]
        per_posting = build["model_texts"] / build["postings"] * tokens * flops_per_token(round(tokens))
        limit = round(peak / per_posting, 1)
        out["figures"].append({"figure": f"index build, {size} postings (model only; parse and write "
                                         "excluded from the limit)",
                               "value": build["postings_per_s"], "unit": "postings/s", "limit": limit,
                               "ratio": round(limit / build["postings_per_s"], 1)})
