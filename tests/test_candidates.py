"""The candidate stage: a large catalog's top k from a shortlist (FAISS IVF + BM25), each
shortlisted posting scored exactly as when every posting is scored."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.index.index import Index
from matcher.postings.feeds import postings_from_records
from matcher.ranking.candidates import CandidateStage
from matcher.ranking.catalog import Catalog
from matcher.resumes.read import resume_from_text
from tools.bench.corpus import generate_postings, resume_text

from .helpers import RESUME_TEXT, SEEDS


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    from matcher.embed.models import get_embedder

    records = [{"id": i, "text": t} for i, t in generate_postings(400, SEEDS, seed=7)]
    with Index.open(tmp_path_factory.mktemp("cand") / "index", get_embedder("fake"), create=True) as index:
        index.add(postings_from_records(records))
        return Catalog.from_index(index)


RESUMES = [resume_from_text(RESUME_TEXT, "jordan")] + [
    resume_from_text(resume_text(1, v, 3), f"r{v}") for v in range(6)]


def test_below_the_threshold_every_posting_is_scored(catalog, monkeypatch):
    monkeypatch.delattr(catalog, "_stage", raising=False)
    assert catalog.shortlist(_features(catalog, RESUMES[0]), np.arange(len(catalog)), 10) is None
    assert catalog._stage is None  # 400 postings, under the default threshold


def _features(catalog, resume):
    from matcher.ranking.signals import ResumeFeatures
    return ResumeFeatures.build(resume, catalog.embedder)


def test_the_shortlist_keeps_the_exhaustive_top_10_and_its_scores(catalog, monkeypatch):
    monkeypatch.setenv("MATCHER_CANDIDATE_STAGE_MIN", "100")
    monkeypatch.setenv("MATCHER_CANDIDATES", "60")
    monkeypatch.delattr(catalog, "_stage", raising=False)
    kept = []
    for resume in RESUMES:
        catalog._stage = None
        exhaustive = catalog.rank(resume, 10)
        del catalog._stage
        staged = catalog.rank(resume, 10)
        assert isinstance(catalog._stage, CandidateStage)
        short = catalog.shortlist(_features(catalog, resume), np.arange(len(catalog)), 10)
        assert 60 <= len(short) <= 120 < len(catalog)
        scores = {m.posting.id: m.score for m in exhaustive}
        for match in staged:  # a shortlisted posting scores what it scores among all
            if match.posting.id in scores:
                assert match.score == pytest.approx(scores[match.posting.id], abs=1e-9)
        kept.append(len(set(scores) & {m.posting.id for m in staged}) / 10)
        # --all never takes the shortlist
        assert len(catalog.rank(resume, None, explain=False)) == len(catalog)
    assert np.mean(kept) >= 0.9


def test_a_filter_applies_to_the_shortlist(catalog, monkeypatch):
    from matcher.ranking.catalog import Filters

    monkeypatch.setenv("MATCHER_CANDIDATE_STAGE_MIN", "100")
    monkeypatch.setenv("MATCHER_CANDIDATES", "30")
    monkeypatch.delattr(catalog, "_stage", raising=False)
    remote = Filters(remote_only=True)
    staged = catalog.rank(RESUMES[0], 10, remote)
    assert staged and all(m.posting.remote for m in staged)
