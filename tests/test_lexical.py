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


def test_bm25_is_the_share_of_the_postings_words_with_a_typical_postings_evidence():
    """BM25 over the posting's own BM25 plus a typical posting's: a posting's length does not
    decide (more words the resume lacks lower it, never raise it), and a title alone cannot
    outscore a posting that asks what the resume shows."""
    from matcher.ranking.lexical import TYPICAL_MASS, LexicalIndex

    full = ("ICU Registered Nurse. Active RN licence, BLS and ACLS. Two years of critical care nursing "
            "with ventilated patients and vasoactive drips; charting in Epic.")
    padded = full + " Our benefits include dental, vision, a pension and free parking at the hospital garage."
    index = LexicalIndex([full, padded, "Registered Nurse"])
    resume = ("Registered nurse with six years of critical care: ventilated patients, vasoactive drips, "
              "Epic charting. RN licence, BLS, ACLS, CCRN.")
    bm25, _ = index.scores(resume)
    assert bm25[0] > bm25[1] > 0 and bm25[0] > bm25[2]
    own = np.asarray(index._bm25.sum(axis=1)).ravel()
    assert np.allclose(index.scores(full)[0][0], own[0] / (own[0] + TYPICAL_MASS))
    assert np.allclose(index.scores(resume, np.array([2, 0]))[0], bm25[[2, 0]])


def test_a_decimal_without_its_leading_zero_is_the_same_number():
    """A CNC posting's 'Able to hold tolerances of +/- .0005"' was missing (0.37) beside a machinist's
    'tolerances +/-0.0005"', as '.0005' read '0005'; a bare decimal reads with its zero, as the line writes it."""
    assert "0.0005" in tokenize('Able to hold tolerances of +/- .0005"')
    assert tokenize("tolerances +/-0.0005 in and .NET 4.8, v.5") == ["tolerances", "0.0005", "net", "4.8", "v.5"]
