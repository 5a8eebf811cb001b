"""Lexical scoring: BM25 through bm25s, and TF-IDF cosine through scikit-learn.

BM25 is one of matcher's signals and, with TF-IDF, a baseline that
``matcher eval`` measures in the same run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import bm25s
import numpy as np

# bm25s sets its own logger to DEBUG, which puts its progress lines in the service's log.
logging.getLogger("bm25s").setLevel(logging.WARNING)

_TOKEN = re.compile(r"(?u)[\w][\w+#.]*[\w+#]|[\w]")


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens, keeping tech tokens such as c++, c#, node.js whole."""
    return [t for t in _TOKEN.findall(text.lower()) if t not in _STOPWORDS and len(t) > 1 or t in ("c", "r")]


class BM25:
    """BM25 over a fixed corpus; ``scores(query)`` gives one score per document."""

    def __init__(self, documents: Iterable[str]):
        # Each document becomes token ids as it is read: an id is the vocabulary's own int
        # object, where each token string was a new object (170 MiB at 10,000 postings).
        vocab: dict[str, int] = {}
        corpus = [[vocab.setdefault(t, len(vocab)) for t in tokenize(d) or ["\u2205"]]
                  for d in documents]
        self.size = len(corpus)
        self._model = bm25s.BM25()
        if corpus:
            self._model.index((corpus, vocab), show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        if not self.size:
            return np.zeros(0, dtype=np.float32)
        tokens = [t for t in tokenize(query) if t in self._model.vocab_dict]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)


def tfidf_cosine(queries: list[str], documents: list[str]) -> np.ndarray:
    """Cosine of TF-IDF vectors (fitted on queries and documents together): queries x documents."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    matrix = vectorizer.fit_transform(list(queries) + list(documents))
    q, d = matrix[:len(queries)], matrix[len(queries):]
    return np.asarray((q @ d.T).todense(), dtype=np.float32)


_STOPWORDS = frozenset("""a about above after again against all am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with you your yours yourself
yourselves etc also""".split())
