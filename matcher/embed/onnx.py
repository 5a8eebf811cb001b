"""The bundled sentence-transformers model as ONNX graphs, made locally, once.

``onnx_model(path, variant)`` exports the model's transformer with its mean
pooling to ONNX (PyTorch's exporter, from the weights on disk: nothing is
downloaded) and, for the int8 variants, quantises its weight matrices:

- ``fp32``: the graph as exported; the same vectors as PyTorch (cosine 1.0000).
- ``int8``: every weight matrix in int8, blockwise (MatMulNBits, 8 bits, blocks
  of 32, ``accuracy_level=4``): onnxruntime quantises the activations per row
  and block at run time and multiplies in int8 (VNNI/AVX2).  Each token's row
  is quantised on its own, so a text's vector does not depend on what it is
  batched with, and it stays within a cosine of 0.999 of float32.
- ``int8-dynamic``: onnxruntime's ``quantize_dynamic`` (per-channel int8
  weights, one activation scale per tensor): what sentence-transformers'
  ``export_dynamic_quantized_onnx_model`` makes through optimum's ORTQuantizer.
  Its activation scale spans the whole batch, so a text's vector depends on its
  batch-mates (cosine 0.976 to itself alone); kept for the benchmark.

Results are cached in ``cache_dir()/onnx`` (MATCHER_CACHE_DIR, else
``~/.cache/matcher``), keyed by the weights' size and date and the recipe's
version, under a file lock: the export runs once per machine (seconds).

Why not sentence-transformers' own ``backend="onnx"``: it loads through
``optimum-onnx``, whose one release pins ``transformers<4.58`` while
sentence-transformers 6 needs ``transformers>=5``; pip would downgrade the
one under the other.  onnxruntime alone runs the graph.
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

EXPORT_VERSION = 2  # bump when an export recipe changes: the cache key changes with it
VARIANTS = ("fp32", "int8", "int8-dynamic")


def no_telemetry() -> None:
    """Turn onnxruntime's telemetry off, before its import: from its import on it keeps a
    device id and an event queue for Microsoft's collector under
    ``~/.cache/Microsoft/DeveloperTools/.onnxruntime``.  matcher works offline and writes
    nothing about its users or their machine."""
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"


def import_onnxruntime():
    """onnxruntime, imported with its telemetry off (ImportError when it is missing)."""
    no_telemetry()
    import onnxruntime

    disable = getattr(onnxruntime, "disable_telemetry_events", None)
    if disable is not None:  # the events too, were it imported before (by another package)
        disable()
    return onnxruntime


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


def onnx_model(model_dir: str | Path, variant: str = "int8") -> Path:
    """The ONNX file of ``variant`` (see ``VARIANTS``) for the sentence-transformers model in
    ``model_dir``, made if missing."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown ONNX variant {variant!r}: one of {', '.join(VARIANTS)}")
    model_dir = Path(model_dir)
    target_dir = cache_dir() / "onnx"
    target = target_dir / f"{model_dir.name}-{_key(model_dir)}-{variant}.onnx"
    if target.exists():
        return target
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MatcherError(f"cannot write the ONNX model cache in {target_dir} ({exc.strerror}): "
                           "set MATCHER_CACHE_DIR to a writable directory", status=500) from None
    with FileLock(str(target) + ".lock", timeout=600):
        if not target.exists():  # another process may have made it while we waited
            if variant == "fp32":
                _export(model_dir, target)
            else:
                _quantise(onnx_model(model_dir, "fp32"), target, variant)
            target.with_suffix(".json").write_text(json.dumps(
                {"source": str(model_dir), "variant": variant, "export_version": EXPORT_VERSION},
                indent=2) + "\n")
    return target


def _export(model_dir: Path, target: Path) -> None:
    try:
        import onnx  # noqa: F401 - checked before the slow export
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise MatcherError(f"the ONNX model needs onnx and torch ({exc.name} is missing): "
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
        os.replace(raw, target)


def _quantise(source: Path, target: Path, variant: str) -> None:
    try:
        import onnx

        import_onnxruntime()
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:
        raise MatcherError(f"the int8 model needs onnxruntime and onnx ({exc.name} is missing): "
                           "run `make install`", status=500) from None
    # The quantisers log advice and progress through the root logger (and would install a
    # handler on it): keep the process's logging as it was.
    root, handlers = logging.getLogger(), list(logging.getLogger().handlers)
    logging.disable(logging.WARNING)
    try:
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            part = Path(tmp) / "quantised.onnx"
            if variant == "int8":
                try:
                    from onnxruntime.quantization.matmul_nbits_quantizer import (
                        DefaultWeightOnlyQuantConfig,
                        MatMulNBitsQuantizer,
                    )
                except ImportError as exc:
                    raise MatcherError(f"the int8 model needs onnx-ir ({exc.name} is missing): "
                                       "run `make install`", status=500) from None
                config = DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True,
                                                      accuracy_level=4, bits=8)
                quantiser = MatMulNBitsQuantizer(onnx.load(str(source)), algo_config=config)
                quantiser.process()
                quantiser.model.save_model_to_file(str(part), use_external_data_format=False)
            else:
                quantize_dynamic(str(source), str(part), weight_type=QuantType.QInt8, per_channel=True,
                                 op_types_to_quantize=["MatMul"])
            os.replace(part, target)
    finally:
        logging.disable(logging.NOTSET)
        root.handlers[:] = handlers
