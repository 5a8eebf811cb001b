"""Lexical scoring: BM25 over token ids, built as the documents stream in."""

import bm25s
import numpy as np

from matcher.ranking.lexical import BM25, tokenize

from .helpers import RESUME_TEXT


def test_bm25_scores_are_those_of_bm25s_over_the_tokens(seed_index):
    documents = [p.text for p in seed_index.store.postings()] + ["", "C++ and R"]
    reference = bm25s.BM25()
    reference.index([tokenize(d) or ["\u2205"] for d in documents], show_progress=False)
    ours = BM25(iter(documents))  # any iterable, read once
    assert ours.size == len(documents)
    for query in (RESUME_TEXT, "Rust, Tokio and PostgreSQL", "r c++", "nothing-known"):
        tokens = [t for t in tokenize(query) if t in reference.vocab_dict]
        expected = reference.get_scores(tokens) if tokens else np.zeros(len(documents))
        assert np.array_equal(ours.scores(query), expected)


def test_bm25s_progress_lines_stay_out_of_the_log(caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    BM25(["python developer", "rust engineer"]).scores("python")
    assert not [r for r in caplog.records if r.name.startswith("bm25s")]
