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
    monkeypatch.setattr(catalog, "_stage", False)
    assert catalog.shortlist(_features(catalog, RESUMES[0]), np.arange(len(catalog)), 10) is None
    assert catalog._stage is None  # 400 postings, under the default threshold


def _features(catalog, resume):
    from matcher.ranking.signals import ResumeFeatures
    return ResumeFeatures.build(resume, catalog.embedder)


def test_the_shortlist_keeps_the_exhaustive_top_10_and_its_scores(catalog, monkeypatch):
    monkeypatch.setenv("MATCHER_CANDIDATE_STAGE_MIN", "100")
    monkeypatch.setenv("MATCHER_CANDIDATES", "60")
    monkeypatch.setattr(catalog, "_stage", False)
    kept = []
    for resume in RESUMES:
        catalog._stage = None
        exhaustive = catalog.rank(resume, 10)
        catalog._stage = False
        staged = catalog.rank(resume, 10)
        assert isinstance(catalog._stage, CandidateStage)
        short = catalog.shortlist(_features(catalog, resume), np.arange(len(catalog)), 10)
        assert 60 <= len(short) <= 120 < len(catalog)
        scores = {m.posting.id: m.score for m in exhaustive}
        for match in staged:  # a shortlisted posting scores what it scores among all, up to
            if match.posting.id in scores:  # float32 rounding: BLAS sums a subset's rows its own way
                assert match.score == pytest.approx(scores[match.posting.id], abs=1e-4)
        kept.append(len(set(scores) & {m.posting.id for m in staged}) / 10)
        # --all never takes the shortlist
        assert len(catalog.rank(resume, None, explain=False)) == len(catalog)
    assert np.mean(kept) >= 0.9


def test_ties_at_the_edge_of_the_shortlist_are_broken_by_the_dense_part():
    from matcher.index.vectors import ClusteredIndex

    vectors = np.eye(8, 384, dtype=np.float32)
    stage = CandidateStage(ClusteredIndex.build(np.arange(8, dtype=np.int64), vectors), np.arange(8), 3)
    # Rows 1, 4, 5 and 6 tie at the top of the other signals (held at the z-score limit);
    # only two more places are left after row 2, which is above them.
    others = np.array([0.0, 1.0, 2.0, 0.1, 1.0, 1.0, 1.0, 0.0])
    dense_part = {1: 0.1, 4: 0.4, 5: 0.3, 6: 0.2}
    picked = stage.pick(vectors[7], others, np.arange(8),
                        tie_break=lambda rows: np.array([dense_part[int(r)] for r in rows]))
    nearest = set(stage.rows(stage.clustered.search(vectors[7], 3, None)).tolist())
    assert set(picked.tolist()) == nearest | {2, 4, 5}


def test_a_filter_applies_to_the_shortlist(catalog, monkeypatch):
    from matcher.ranking.catalog import Filters

    monkeypatch.setenv("MATCHER_CANDIDATE_STAGE_MIN", "100")
    monkeypatch.setenv("MATCHER_CANDIDATES", "30")
    monkeypatch.setattr(catalog, "_stage", False)
    remote = Filters(remote_only=True)
    staged = catalog.rank(RESUMES[0], 10, remote)
    assert staged and all(m.posting.remote for m in staged)


def test_the_writer_saves_the_ivf_index_and_a_catalog_reads_it(tmp_path, monkeypatch):
    from matcher.embed.models import get_embedder
    from matcher.index.vectors import CLUSTERED_PREFIX, ClusteredIndex

    records = [{"id": i, "text": t} for i, t in generate_postings(160, SEEDS, seed=11)]
    monkeypatch.setenv("MATCHER_CANDIDATE_STAGE_MIN", "100")
    monkeypatch.setenv("MATCHER_CANDIDATES", "30")
    embedder = get_embedder("fake")
    with Index.open(tmp_path, embedder, create=True) as index:
        index.add(postings_from_records(records[:150]))
        saved = sorted(tmp_path.glob(CLUSTERED_PREFIX + "*"))
        assert [p.name for p in saved] == [ClusteredIndex.name_for(index.vectors.ids())]
        assert index.stats()["bytes_on_disk"] > sum(
            (tmp_path / n).stat().st_size for n in ("matcher.db", "vectors.faiss", "manifest.json"))
        catalog = Catalog.from_index(index)
    trained = ClusteredIndex.build
    monkeypatch.setattr(ClusteredIndex, "build", lambda *a: pytest.fail("trained, not read"))
    features = _features(catalog, RESUMES[0])
    shortlist = catalog.shortlist(features, np.arange(len(catalog)), 10)
    assert len(catalog._stage.clustered) == 150
    monkeypatch.setattr(ClusteredIndex, "build", trained)
    catalog._stage = CandidateStage(trained(catalog.summary_ids, catalog.summaries), catalog.summary_ids, 30)
    np.testing.assert_array_equal(shortlist, catalog.shortlist(features, np.arange(len(catalog)), 10))

    with Index.open(tmp_path, embedder) as index:  # ten more postings: a new file, the old one gone
        index.add(postings_from_records(records[150:]))
        assert [p.name for p in tmp_path.glob(CLUSTERED_PREFIX + "*")] == [
            ClusteredIndex.name_for(index.vectors.ids())] != [p.name for p in saved]
    # A catalog loaded before the write (ids that no file names now) trains its own.
    catalog._stage = False
    assert len(catalog.shortlist(features, np.arange(len(catalog)), 10)) >= 30
    assert len(catalog._stage.clustered) == 150

    monkeypatch.setenv("MATCHER_CANDIDATE_STAGE_MIN", "1000")
    with Index.open(tmp_path, embedder) as index:  # below the threshold: no file is kept
        index.remove([records[0]["id"]])
    assert not list(tmp_path.glob(CLUSTERED_PREFIX + "*"))
