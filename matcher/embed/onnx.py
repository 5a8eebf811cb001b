"""The bundled sentence-transformers model as an int8 ONNX graph, made locally.

``onnx_model(path)`` exports the model's transformer with its mean pooling
to ONNX (PyTorch's exporter, from the weights on disk: nothing is
downloaded) and quantises its matrix products to int8 (dynamic, per
channel), at a cosine of 0.99 to the float32 vectors.  Batched, it ran
1.5x faster than PyTorch in float32 on an idle 2-core AVX2 machine;
``OnnxInt8Embedder`` runs one text at a time so that a text's vector does
not depend on its batch-mates, which gives that speed back (see there).
Fusing the graph with onnxruntime's transformer optimiser was slower here.  The result
is cached on disk, keyed by the weights' size and date, so the export runs
once per machine (about ten seconds).

Why not sentence-transformers' own ``backend="onnx"``: it loads through
``optimum``, whose releases pin an older ``transformers`` than this project
uses.  onnxruntime alone is enough to run the graph.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import warnings
from pathlib import Path

from filelock import FileLock

from matcher.errors import MatcherError

EXPORT_VERSION = 1  # bump when the export recipe changes: the cache key changes with it


def cache_dir() -> Path:
    """Where exported models are kept: MATCHER_CACHE_DIR, else the user's cache directory."""
    base = os.environ.get("MATCHER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "matcher")
    return Path(base)


def _key(model_dir: Path) -> str:
    parts = [str(EXPORT_VERSION), str(model_dir.resolve())]
    for name in sorted(os.listdir(model_dir)):
        path = model_dir / name
        if path.is_file():
            st = path.stat()
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=10).hexdigest()


def onnx_model(model_dir: str | Path) -> Path:
    """The int8 ONNX file for the sentence-transformers model in ``model_dir``, made if missing."""
    model_dir = Path(model_dir)
    target_dir = cache_dir() / "onnx"
    target = target_dir / f"{model_dir.name}-{_key(model_dir)}-int8.onnx"
    if target.exists():
        return target
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MatcherError(f"cannot write the ONNX model cache in {target_dir} ({exc.strerror}): "
                           "set MATCHER_CACHE_DIR to a writable directory", status=500) from None
    with FileLock(str(target) + ".lock", timeout=600):
        if not target.exists():  # another process may have made it while we waited
            _export(model_dir, target)
    return target


def _export(model_dir: Path, target: Path) -> None:
    try:
        import onnxruntime  # noqa: F401 - checked before the slow export
        import torch
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from transformers import AutoModel
    except ImportError as exc:
        raise MatcherError(f"the int8 model needs onnxruntime and onnx ({exc.name} is missing): "
                           "run `make install`", status=500) from None

    base = AutoModel.from_pretrained(str(model_dir)).eval()

    class Pooled(torch.nn.Module):
        """The transformer and sentence-transformers' mean pooling, as one graph."""

        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        raw = Path(tmp) / "model.onnx"
        sample = torch.ones((2, 8), dtype=torch.int64)
        axes = {0: "batch", 1: "tokens"}
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on shapes: expected, not actionable
            torch.onnx.export(Pooled(base), (sample, sample, torch.zeros_like(sample)), str(raw),
                              input_names=["input_ids", "attention_mask", "token_type_ids"],
                              output_names=["embedding"],
                              dynamic_axes={"input_ids": axes, "attention_mask": axes,
                                            "token_type_ids": axes, "embedding": {0: "batch"}},
                              opset_version=17, dynamo=False)
        part = Path(tmp) / "int8.onnx"
        # The quantiser logs advice through the root logger (and would install a handler
        # on it): keep the process's logging as it was.
        root, handlers = logging.getLogger(), list(logging.getLogger().handlers)
        logging.disable(logging.WARNING)
        try:
            quantize_dynamic(str(raw), str(part), weight_type=QuantType.QInt8, per_channel=True,
                             op_types_to_quantize=["MatMul"])
        finally:
            logging.disable(logging.NOTSET)
            root.handlers[:] = handlers
        os.replace(part, target)
    target.with_suffix(".json").write_text(json.dumps(
        {"source": str(model_dir), "export_version": EXPORT_VERSION}, indent=2) + "\n")
