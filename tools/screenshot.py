"""Make docs/screenshot-results.png: the results page for a sample resume.

Run by hand, not by the test suite:

    .venv/bin/python -m tools.screenshot            # the bundled model (default)
    .venv/bin/python -m tools.screenshot --model fake

Builds an index of seeds/ with the model in a temporary directory, starts
the real server on a free port, uploads a PDF resume through the form in
Debian's chromium and saves the top of the results page.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

SAMPLE_RESUME = """Alex Sample
alex@example.com | +1 555 0100 | github.com/alexsample

Summary
Backend engineer with 6 years of experience building distributed systems in Rust and Python.

Experience
Senior Backend Engineer, Northwind, Mar 2021 - Present
- Built async network services in Rust with Tokio and Axum handling 40k requests per second.
- Designed a multi-tenant job scheduler running on Kubernetes and Docker in AWS.
- Tuned PostgreSQL queries and Redis caching for the billing API.
Software Engineer, Contoso, Jan 2019 - Feb 2021
- Wrote Python services and a GraphQL API; CI/CD with GitHub Actions.
- Led the root cause analysis of production incidents and wrote the runbooks.

Skills
Rust, Python, Go, PostgreSQL, Redis, Kubernetes, Docker, AWS, GraphQL, gRPC
"""


def make_pdf(text: str, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="all-MiniLM-L6-v2")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot-results.png"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from matcher.postings.feeds import load_postings
    from matcher.service import Service

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(Service(tmp / "index", args.model).add(load_postings([ROOT / "seeds"])))
        make_pdf(SAMPLE_RESUME, tmp / "alex-resume.pdf")
        port = free_port()
        env = dict(os.environ, MATCHER_MODEL=args.model)
        server = subprocess.Popen([sys.executable, "-m", "matcher", "--index-dir", str(tmp / "index"),
                                   "serve", "--port", str(port)], cwd=ROOT, env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(base + "/healthz", timeout=2)
                    break
                except OSError:
                    time.sleep(0.2)
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1000, "height": 1500})
                page.goto(base + "/")
                page.get_by_label("Resume file").set_input_files(str(tmp / "alex-resume.pdf"))
                page.get_by_label("How many postings").select_option("5")
                page.get_by_role("button", name="Rank postings").click()
                page.wait_for_url(base + "/match")
                page.screenshot(path=args.out)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
