"""Lexical scoring.

``LexicalIndex`` gives matcher's two lexical signals, BM25 and TF-IDF cosine
of a resume against every posting, with an IDF that does not come from the
catalog: ``idf(term) = -ln p(term)``, the term's frequency in English text
(wordfreq), and a fixed document length for BM25.  A pair's lexical scores
therefore never move when other postings join the index, and rare terms
(technologies, licences, tools) weigh most, as in a catalog IDF.

BM25 is divided by the posting's BM25 against itself (every one of its words
present) plus that of a typical posting (``TYPICAL_MASS``): about the share of
the posting's weighted words the resume uses, judged against as much evidence
as a typical posting holds.  Raw BM25 sums over the words two texts share, so
a long posting scored above a short one whatever the fit (a medical-surgical
nurse scored 22 on a short med/surg posting, below a long ICU one); the share
alone went the other way, and a posting that is nothing but the title
"Registered Nurse" scored 97 for every nurse.  Between the two, the posting's
length no longer decides; on the labelled data it ranked better alone and, in
both directions, with postings held out, a little worse with resumes held out
(docs/EVALUATION.md).

``BM25`` (bm25s) and ``tfidf_cosine`` (scikit-learn) fit their statistics on
the texts compared: they are the baselines ``matcher eval`` measures in the
same run.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import bm25s
import numpy as np
from scipy import sparse

# bm25s sets its own logger to DEBUG, which puts its progress lines in the service's log.
logging.getLogger("bm25s").setLevel(logging.WARNING)

_TOKEN = re.compile(r"(?u)[\w][\w+#.]*[\w+#]|[\w]")
# A decimal written without its leading zero is the number with it: a machinist's ask to hold "+/- .0005"" and a
# line holding "+/-0.0005"" name one tolerance.
_BARE_DECIMAL = re.compile(r"(?<![\w.])\.(?=\d)")


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens, keeping tech tokens such as c++, c#, node.js whole."""
    return [t for t in _TOKEN.findall(_BARE_DECIMAL.sub("0.", text.lower()))
            if t not in _STOPWORDS and len(t) > 1 or t in ("c", "r")]


# Endings that take "es" in the plural: "boxes", "switches", "buses"; a word's own "ss", "us" or "is" is no
# plural ("process", "status", "analysis").
_SIBILANT = re.compile(r"(?:[sxz]|ch|sh)$")
_NO_PLURAL = re.compile(r"(?:ss|us|is)$")
# A word whose "-s" form names another thing stands alone in either number: a field in "-ics" ("physics",
# "logistics", "analytics", "ethics": not "physic", "logistic"; "clinics", "attics", "topics" are plurals),
# and the words whose plural is a word of its own ("news" is not "new", "sales" not a "sale" at a point of
# sale, "customs" not "custom" software, "goods", "means", "arms", "minutes" of a meeting, "Windows",
# "series", "species").
_FIELD = re.compile(r"(?:phys|logist|analyt|eth|statist|econom|mathemat|electron|robot|genet|athlet|linguist|diagnost"
                    r"|pediatr|paediatr|geriatr|orthoped|obstetr|opt|aesthet|esthet|ergonom|informat|dynam|acoust"
                    r"|aeronaut|avion|hydraul|pneumat|forens|mechatron|biomechan|semant|pharmacokinet)ics$")
_OWN_PLURAL = frozenset("""news new sales sale customs custom goods good means mean arms minutes minute
windows window series species""".split())


@lru_cache(maxsize=65_536)
def word_forms(word: str) -> tuple[str, ...]:
    """A word and its other number, singular or plural: "attics" -> attic, "space" -> spaces,
    "facilities" -> facility, "boxes" -> box, "cases" -> case (each way an ending may be read);
    a word of three letters or fewer, a number or a tech token ("node.js") alone, and so a field in "-ics"
    and a word whose plural names another thing (``_OWN_PLURAL``: "news", "sales")."""
    if len(word) <= 3 or not word.isalpha() or word in _OWN_PLURAL or _FIELD.search(word):
        return (word,)
    if word.endswith("ies"):
        return word, word[:-3] + "y", word[:-1]
    if word.endswith("es") and _SIBILANT.search(word[:-2]):
        return word, word[:-1], word[:-2]
    if word.endswith("s") and not _NO_PLURAL.search(word):
        return word, word[:-1]
    if word.endswith("y") and word[-2] not in "aeiou":
        return word, word[:-1] + "ies"
    return word, word + ("es" if _SIBILANT.search(word) else "s")


# BM25's textbook k1 and b; the document length it normalises by is a fixed typical
# posting length (tokens after stop words), never the catalog's mean.
K1, B, TYPICAL_LENGTH = 1.5, 0.75, 200.0
# A typical posting's BM25 against itself: the median over SkillSpan's 140 train postings
# (real postings, no relevance labels) is 2,161 and over the five seeds 2,233.
TYPICAL_MASS = 2000.0
# Unknown words read as once per 100 million words (Zipf 1): rare, not infinitely so.
ZIPF_FLOOR = 1.0


@lru_cache(maxsize=262_144)
def idf(term: str) -> float:
    """A term's fixed inverse document frequency: -ln of its frequency in English text."""
    from wordfreq import zipf_frequency

    return math.log(1e9) - max(zipf_frequency(term, "en"), ZIPF_FLOOR) * math.log(10)


def tfidf_weights(counts: Counter) -> dict[str, float]:
    """Sublinear term frequency times fixed IDF, L2-normalised."""
    weights = {t: (1.0 + math.log(n)) * idf(t) for t, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


class LexicalIndex:
    """BM25 and TF-IDF cosine of one query against many documents, with fixed IDF.

    Each document is one sparse row, computed once: BM25's saturated term
    weights and the unit TF-IDF vector.  A query is one sparse product.
    """

    def __init__(self, documents: Iterable[str]):
        self.vocab: dict[str, int] = {}
        indptr, indices, bm25, tfidf = [0], [], [], []
        for text in documents:
            counts = Counter(tokenize(text))
            length = sum(counts.values())
            saturation = K1 * (1 - B + B * length / TYPICAL_LENGTH)
            unit = tfidf_weights(counts)
            for term, n in counts.items():
                indices.append(self.vocab.setdefault(term, len(self.vocab)))
                bm25.append(idf(term) * n * (K1 + 1) / (n + saturation))
                tfidf.append(unit[term])
            indptr.append(len(indices))
        shape = (len(indptr) - 1, max(1, len(self.vocab)))
        indices_array = np.asarray(indices, dtype=np.int32)
        indptr_array = np.asarray(indptr, dtype=np.int64)
        self._bm25 = sparse.csr_matrix((np.asarray(bm25, np.float32), indices_array, indptr_array),
                                       shape=shape)
        self._tfidf = sparse.csr_matrix((np.asarray(tfidf, np.float32), indices_array, indptr_array),
                                        shape=shape)
        # What BM25 is divided by: each posting's BM25 against itself, and a typical posting's.
        self._own = np.asarray(self._bm25.sum(axis=1), dtype=np.float64).ravel() + TYPICAL_MASS

    def __len__(self) -> int:
        return self._bm25.shape[0]

    def scores(self, query: str, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(BM25 over each document's own and a typical one's, TF-IDF cosine) of ``query``
        against every document (or those of ``rows``).  BM25 counts each distinct query term
        once: a resume that repeats a word does not outscore one that says it once."""
        present, weights = self._query(query)
        bm25, tfidf = (self._bm25, self._tfidf) if rows is None else (self._bm25[rows], self._tfidf[rows])
        own = self._own if rows is None else self._own[rows]
        return (np.asarray(bm25 @ present, dtype=np.float64) / own,
                np.asarray(tfidf @ weights, dtype=np.float64))

    def _query(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        counts = Counter(tokenize(query))
        unit = tfidf_weights(counts)
        known = [(self.vocab[t], unit[t]) for t in counts if t in self.vocab]
        present = np.zeros(self._bm25.shape[1], dtype=np.float32)
        weights = np.zeros(self._bm25.shape[1], dtype=np.float32)
        for column, weight in known:
            present[column], weights[column] = 1.0, weight
        return present, weights


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
