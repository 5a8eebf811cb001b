"""Embedders: the base class's promises (fake model) and the int8 ONNX model."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.embed.models import INT8_MODEL, FakeEmbedder, get_embedder


def test_embed_dedupes_caches_and_normalises():
    embedder = FakeEmbedder()
    seen = []
    original = embedder.embed_batch
    embedder.embed_batch = lambda texts: (seen.extend(texts), original(texts))[1]
    vectors = embedder.embed(["go and rust", "python", "go and rust"])
    assert seen == ["python", "go and rust"]  # once each, shortest first
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert np.array_equal(vectors[0], vectors[2])
    embedder.embed(["python"])
    assert seen == ["python", "go and rust"]  # served from the cache


@pytest.mark.model
def test_int8_model_is_close_to_float32(tmp_path, monkeypatch):
    monkeypatch.setenv("MATCHER_CACHE_DIR", str(tmp_path))
    texts = ["5+ years of experience with Rust and Tokio", "Strong communication skills",
             "Built async services in Rust serving 50k requests per second"]
    int8 = get_embedder("minilm-int8")
    assert int8.name == INT8_MODEL and int8.dim == 384
    assert list(tmp_path.glob("onnx/*-int8.onnx"))  # exported from the bundled weights, cached
    close = (int8.embed(texts) * get_embedder("all-MiniLM-L6-v2").embed(texts)).sum(axis=1)
    assert close.min() > 0.97


@pytest.mark.model
def test_int8_vectors_do_not_depend_on_batch_mates():
    int8 = get_embedder("minilm-int8")
    short, long = "Rust", "Experience operating large PostgreSQL clusters on Kubernetes in AWS"
    alone = int8.embed_batch([short])
    together = int8.embed_batch([short, long])
    assert np.array_equal(alone[0], together[0])


@pytest.mark.model
def test_default_model_runs_on_onnxruntime_with_pytorchs_vectors(tmp_path, monkeypatch):
    monkeypatch.setenv("MATCHER_CACHE_DIR", str(tmp_path))
    from matcher.embed.models import _load

    _load.cache_clear()
    try:
        texts = ["5+ years of experience with Rust and Tokio", "SQL", "Strong communication skills in a team"]
        default, torch = get_embedder("all-MiniLM-L6-v2"), get_embedder("all-MiniLM-L6-v2-torch")
        assert type(default).__name__ == "OnnxEmbedder" and default.name == torch.name == "all-MiniLM-L6-v2"
        assert list(tmp_path.glob("onnx/*-fp32.onnx"))
        close = (default.embed(texts, cache=False) * torch.embed(texts, cache=False)).sum(axis=1)
        assert close.min() > 0.9999
        alone = default.embed_batch([texts[1]])[0]
        assert np.allclose(alone, default.embed_batch(texts)[1], atol=1e-5)
    finally:
        _load.cache_clear()


@pytest.mark.model
def test_the_models_hold_blas_to_one_thread():
    """The model's threads take every core: numpy's BLAS, whose threads spin after each
    product, is held to the calling thread once a model is loaded (ONNX or PyTorch)."""
    from threadpoolctl import threadpool_info, threadpool_limits

    from matcher.embed.models import SentenceTransformerEmbedder

    def blas_threads():
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    with threadpool_limits(limits=2, user_api="blas"):
        embedder = get_embedder("all-MiniLM-L6-v2")
        embedder.use_threads(2)
        assert type(embedder).__name__ == "OnnxEmbedder" and blas_threads() == {1}
    with threadpool_limits(limits=2, user_api="blas"):
        assert blas_threads() == {2}
        SentenceTransformerEmbedder("all-MiniLM-L6-v2")
        assert blas_threads() == {1}


@pytest.mark.model
def test_onnx_embedder_writes_no_onnxruntime_telemetry(tmp_path):
    """onnxruntime keeps a device id and an event queue for Microsoft's collector under
    $HOME/.cache/Microsoft from its import on: matcher turns that off (offline, nothing
    personal written).  A fresh process, since the telemetry starts at onnxruntime's import."""
    import os
    import subprocess
    import sys

    from matcher.embed.onnx import cache_dir

    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(HOME=str(tmp_path), MATCHER_CACHE_DIR=str(cache_dir()))  # the exported model, kept
    env.pop("XDG_CACHE_HOME", None)
    script = ("from matcher.embed.models import get_embedder; "
              "e = get_embedder('all-MiniLM-L6-v2'); "
              "assert type(e).__name__ == 'OnnxEmbedder'; print(e.embed(['Forklift operator']).shape)")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "(1, 384)" in done.stdout
    assert not (tmp_path / ".cache" / "Microsoft").exists()
    assert not list(tmp_path.rglob("*onnxruntime*"))
