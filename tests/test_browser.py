"""The form in a real browser: Debian's chromium, driven by Playwright, against the real server.

Starts ``python -m matcher --index-dir TMP serve`` (waitress) on a free
loopback port with the fake model, uploads a PDF made with fpdf2 through the
form with JavaScript off, and reads the results page.  Never runs
``playwright install``: without /usr/bin/chromium the test is skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from matcher.ranking.signals import FIT_FLOOR
from tools.loadtest import serve

from .helpers import RESUME_TEXT, ROOT, make_pdf

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"Debian's chromium is not installed at {CHROMIUM} "
                              f"(`make browser` installs it as root)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The real server (waitress) over a fake-model seed index; yields its base URL."""
    from matcher.postings.feeds import load_postings
    from matcher.service import Service

    tmp_path = tmp_path_factory.mktemp("server")
    web_index = tmp_path / "index"
    # The server must use the model the index was built with: the fake one, to stay fast.
    Service(web_index, "fake").add(load_postings([ROOT / "seeds"]))
    settings = {"MATCHER_LOG_LEVEL": "WARNING", "MATCHER_API_KEY": ""}
    with serve(web_index, model="fake", env=settings, log_path=tmp_path / "server.log",
               startup_timeout=60) as running:
        yield running["url"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                             headless=True)
        try:
            yield browser
        finally:
            browser.close()


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_upload_a_pdf_and_read_the_ranked_postings(server, browser, tmp_path):
    from playwright.sync_api import expect

    pdf = tmp_path / "resume.pdf"
    pdf.write_bytes(make_pdf(RESUME_TEXT))
    # The core flow needs no JavaScript: run it with JavaScript off.
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1100, "height": 1400})
    page = context.new_page()
    page.goto(server + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Which postings fit")
    page.get_by_label("Resume file").set_input_files(str(pdf))
    page.get_by_role("button", name="Rank postings").click()
    page.wait_for_url(server + "/match")

    expect(page.get_by_role("heading", level=1)).to_contain_text("resume.pdf")
    matches = page.locator("li.match")
    assert matches.count() == 5
    titles = [_words(t) for t in page.locator("li.match h2").all_inner_texts()]
    assert [t.split(".")[0] for t in titles] == ["1", "2", "3", "4", "5"]
    scores = [float(m.get_attribute("value")) for m in page.locator("li.match meter").all()]
    assert scores == sorted(scores, reverse=True)

    covered = page.locator("li.match").first.locator("li.req-covered").first
    expect(covered).to_be_visible()
    expect(covered.locator(".status")).to_have_text("Covered")
    quotes = [_words(q) for q in covered.locator("blockquote.evidence q").all_inner_texts()]
    assert quotes and all(q and q in _words(RESUME_TEXT) for q in quotes)  # each line it shows, verbatim
    # What to learn next is drawn from the postings that fit, and shown only when one does.
    learn = page.get_by_role("heading", name="What to learn or add next")
    assert learn.count() == (1 if any(s >= FIT_FLOOR for s in scores) else 0)
    page.screenshot(path=str(tmp_path / "results.png"), full_page=True)
    assert (tmp_path / "results.png").stat().st_size > 10_000
    context.close()


def test_bad_upload_shows_a_message_on_the_form(server, browser, tmp_path):
    from playwright.sync_api import expect

    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really a pdf\n%%EOF")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/")
    page.get_by_label("Resume file").set_input_files(str(bad))
    page.get_by_label("Location contains").fill("Berlin")
    response_status = []
    page.on("response", lambda r: response_status.append(r.status) if r.url.endswith("/match")
            else None)
    page.get_by_role("button", name="Rank postings").click()
    page.wait_for_url(server + "/match")
    expect(page.get_by_role("alert")).to_contain_text("scan.pdf")
    expect(page.get_by_label("Location contains")).to_have_value("Berlin")
    assert response_status and response_status[-1] == 422
    context.close()


def test_readable_on_a_phone(server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True,
                                  device_scale_factor=2)
    page = context.new_page()
    page.goto(server + "/")
    page.get_by_label("Paste resume text").fill(RESUME_TEXT)
    page.get_by_role("button", name="Rank postings").click()
    page.wait_for_url(server + "/match")
    # Nothing wider than the screen: no sideways scrolling.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    context.close()
