"""Shared fixtures: a deterministic fake embedder and small indexes built from the seeds."""

from __future__ import annotations

import pytest

from .helpers import RESUME_TEXT, SEEDS


@pytest.fixture(autouse=True, scope="session")
def offline_fake_model():
    """Tests never reach a model hub and default to the fake embedder; tests that need
    the real bundled model ask for it by name."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HF_HUB_OFFLINE", "1")
        patch.setenv("MATCHER_MODEL", "fake")
        yield


@pytest.fixture
def fake_embedder():
    from matcher.embed.models import get_embedder
    return get_embedder("fake")


@pytest.fixture
def seed_index(tmp_path, fake_embedder):
    """An index of the five seeds in a temporary directory, built with the fake embedder."""
    from matcher.index.index import Index
    from matcher.postings.feeds import load_postings

    directory = tmp_path / "index"
    index = Index.open(directory, fake_embedder, create=True)
    index.add(load_postings([SEEDS]))
    yield index
    index.close()


@pytest.fixture
def resume_file(tmp_path):
    path = tmp_path / "jordan.txt"
    path.write_text(RESUME_TEXT, encoding="utf-8")
    return path


# -- the web faces: apps over a small fake-model index --------------------------------
@pytest.fixture
def web_index(tmp_path):
    """An index directory of the five seeds, built with the fake model through the Service."""
    from matcher.postings.feeds import load_postings
    from matcher.service import Service

    directory = tmp_path / "web-index"
    Service(directory, "fake").add(load_postings([SEEDS]))
    return directory


@pytest.fixture
def make_app(web_index):
    """Build an app over ``web_index``; keyword arguments are Flask config overrides."""
    from matcher import create_app

    def make(**overrides):
        config = {"TESTING": True, "INDEX_DIR": str(web_index), "MODEL": "fake",
                  "SECRET_KEY": "test-secret", "WTF_CSRF_ENABLED": False,
                  "RATE_LIMIT": "1000/minute", "API_KEY": ""}
        config.update(overrides)
        return create_app(config)

    return make


@pytest.fixture
def client(make_app):
    return make_app().test_client()
