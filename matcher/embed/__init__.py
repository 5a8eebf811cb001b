"""Embedders: text in, unit-length vectors out (sentence-transformers, int8 ONNX, fake)."""

from matcher.embed.models import DEFAULT_MODEL, Embedder, FakeEmbedder, get_embedder

__all__ = ["DEFAULT_MODEL", "Embedder", "FakeEmbedder", "get_embedder"]
