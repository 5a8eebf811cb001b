"""Shared fixtures: a deterministic fake embedder and small indexes built from the seeds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL_DIR = ROOT.parent / "shared" / "eval"

# Tests never reach a model hub, and default to the fake embedder; tests that
# need the real bundled model ask for it by name.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["MATCHER_MODEL"] = "fake"

RESUME_TEXT = """Jordan Example
jordan@example.com | +1 (415) 555-0100 | linkedin.com/in/jordanexample

Summary
Backend engineer with 7 years of experience building distributed systems in Rust and Python.

Experience
Senior Backend Engineer, Acme Corp, Jan 2019 - Present
- Built async services in Rust with Tokio and Axum serving 50k requests per second.
- Ran PostgreSQL and Redis in production on Kubernetes (k8s) in AWS.
- Led incident response and set SLOs with Datadog dashboards.
Software Engineer, Beta Inc, Jun 2016 - Dec 2018
- Wrote Python services and a GraphQL API; CI/CD with GitHub Actions and Docker.

Education
B.Sc. Computer Science, 2012 - 2016
"""


@pytest.fixture
def fake_embedder():
    from matcher.embed import get_embedder
    return get_embedder("fake")


@pytest.fixture
def seed_index(tmp_path, fake_embedder):
    """An index of the five seeds in a temporary directory, built with the fake embedder."""
    from matcher.index import Index
    from matcher.feeds import load_postings

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
def make_pdf(text: str) -> bytes:
    """A text PDF of ``text`` (latin-1), made with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture
def web_index(tmp_path):
    """An index directory of the five seeds, built with the fake model through the Service."""
    from matcher.feeds import load_postings
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
