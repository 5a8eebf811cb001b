"""The HTML face: the upload form and the results page.

The form posts a file (or pasted text) and the filters; the results are
rendered straight from the core's ``Match`` objects and never stored.  Bad
input re-renders the form with a message and a 4xx status, never an error
page.  No JavaScript is needed.
"""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from werkzeug.exceptions import RequestEntityTooLarge

from matcher.errors import InputError, MatcherError
from matcher.ranking.signals import CAPPED_SCORE, FIT_FLOOR
from matcher.web.requests import (
    match_resume,
    match_values,
    parse_match_params,
    resume_from_pasted,
    resume_from_upload,
)

pages = Blueprint("pages", __name__)

TOP_K_CHOICES = (5, 10, 20, 50)
SUMMARY_SKILLS = 8


def _sentence(message: str) -> str:
    """A core message (one line, often starting with a file name) ended as a sentence."""
    message = message.strip()
    return message if not message or message.endswith((".", "!", "?")) else message + "."


def _catalog_size() -> int | None:
    try:
        return len(current_app.extensions["matcher"].catalog())
    except MatcherError:
        return None


def render_form(error: str | None = None, status: int = 200, values=None):
    """The upload form, with ``error`` shown above it and the user's values kept."""
    values = values or {}
    html = render_template("index.html", error=_sentence(error) if error else None,
                           values=values, top_k_choices=TOP_K_CHOICES,
                           postings=_catalog_size())
    return html, status


def render_error(message: str, status: int):
    """An HTML error answer: the form again for a failed submission, else an error page."""
    from flask import make_response

    if request.endpoint == "pages.match" and request.method == "POST":
        values = {}
        # The body is unreadable after a 413 (and unread after a CSRF refusal
        # of an oversized body); keep the user's fields when they are there.
        if status != 413:
            try:
                values = request.form
            except RequestEntityTooLarge:
                values = {}
        html, status = render_form(message, status, values)
    else:
        html = render_template("error.html", message=_sentence(message), status=status)
    return make_response(html, status)


@pages.get("/")
def index():
    return render_form()


@pages.route("/match", methods=["GET", "POST"])
def match():
    # A bookmarked or refreshed results address has nothing to show without the upload.
    if request.method == "GET":
        return redirect(url_for("pages.index"))
    form = request.form
    upload = request.files.get("file")
    has_file = upload is not None and bool(upload.filename)
    text = form.get("text", "")
    try:
        match_values(also=("csrf_token",))  # every field known and given once, as the API checks
        if has_file and text.strip():
            raise InputError("choose a file or paste text, not both")
        if has_file:
            resume = resume_from_upload(upload)
        elif text.strip():
            resume = resume_from_pasted(text)
        else:
            raise InputError("choose a resume file (PDF, DOCX, TXT or MD) or paste its text")
        top_k, filters, _, preferences = parse_match_params(form)
        matches = match_resume(resume, top_k, filters, True, preferences)
    except MatcherError as exc:
        return render_form(exc.message, exc.status, form)
    return render_template("results.html", resume=resume, matches=matches, filters=filters,
                           preferences=preferences,
                           top_k=top_k, summary=missing_skills(matches), capped=CAPPED_SCORE,
                           fit_floor=FIT_FLOOR,
                           postings=_catalog_size())


def missing_skills(matches, limit: int = SUMMARY_SKILLS) -> list[dict]:
    """The skills most often missing across the ``matches`` that fit the resume (a
    possible fit or better, and not ruled out by a knock-out): what to learn or add
    next.  A posting the resume does not fit, or that this person cannot take, says
    nothing about what they should learn.

    Counts the explanations' own lists (must-have skills first), so the
    summary says nothing the per-posting explanations do not.
    """
    counts: dict[str, dict] = {}
    for m in matches:
        e = m.explanation
        if e is None or m.score < FIT_FLOOR or (m.eligibility and m.eligibility.status == "blocked"):
            continue
        for name in e.skills_missing:
            entry = counts.setdefault(name, {"name": name, "postings": 0, "must": 0})
            entry["postings"] += 1
            entry["must"] += 1
        for name in e.skills_nice_missing:
            entry = counts.setdefault(name, {"name": name, "postings": 0, "must": 0})
            entry["postings"] += 1
    ranked = sorted(counts.values(), key=lambda c: (-c["postings"], -c["must"], c["name"].lower()))
    return ranked[:limit]


@pages.app_template_filter("years")
def format_years(value) -> str:
    if value is None:
        return "not stated"
    value = float(value)
    shown = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return f"{shown} year" + ("" if value == 1 else "s")


@pages.app_template_filter("money")
def format_money(value) -> str:
    return "" if value is None else f"{value:,.0f}"


@pages.app_template_filter("web_url")
def web_url(value) -> str:
    """``value`` if it is an http(s) address, else "": a posting's URL is untrusted input."""
    value = (value or "").strip()
    return value if value.lower().startswith(("https://", "http://")) else ""
