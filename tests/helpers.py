"""What the tests share besides fixtures: paths, a sample resume, a PDF maker."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL_DIR = ROOT.parent / "shared" / "eval"

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


def make_pdf(text: str) -> bytes:
    """A text PDF of ``text`` (latin-1), made with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
