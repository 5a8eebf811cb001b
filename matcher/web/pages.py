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
from matcher.ranking.notices import notices
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


# The form's labels of the fields the core's messages name as the API does ("min_salary must be
# a yearly amount such as 120000"): the page names them as its reader sees them.
FORM_LABELS = {"min_salary": "Minimum yearly salary", "top_k": "How many postings", "where": "Where you would work",
               "location": "Location contains", "company": "Company contains"}


def _field_of(message: str) -> str | None:
    """The form field a core message is about, when it opens with its name."""
    first = message.split(" ", 1)[0]
    return first if first in FORM_LABELS else None


def render_form(error: str | None = None, status: int = 200, values=None):
    """The upload form, with ``error`` shown above it and the user's values kept; a message
    about one field names it by its label and marks that field invalid."""
    values = values or {}
    field = _field_of(error) if error else None
    if field:
        error = f"{FORM_LABELS[field]}: {error[len(field):].strip()}"
    html = render_template("index.html", error=_sentence(error) if error else None, error_field=field,
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
                           preferences=preferences, notices=notices(resume, preferences),
                           top_k=top_k, summary=missing_skills(matches, shown=_shown(resume)), capped=CAPPED_SCORE,
                           fit_floor=FIT_FLOOR,
                           postings=_catalog_size())


def _shown(resume) -> set[str]:
    """The skills a resume shows: those it names and the broader ones they imply."""
    from matcher.skills.taxonomy import implied_skills
    named = {m.name for m in getattr(resume, "skills", ())}
    return named | set(implied_skills(list(named)))


def missing_skills(matches, limit: int = SUMMARY_SKILLS, shown=()) -> list[dict]:
    """The skills most often missing across the ``matches`` that fit the resume (a
    possible fit or better, and not ruled out by a knock-out): what to learn or add
    next.  A posting the resume does not fit, or that this person cannot take, says
    nothing about what they should learn.

    Counts the explanations' own lists (must-have skills first), so the
    summary says nothing the per-posting explanations do not.  A skill the resume shows
    (``shown``, and every skill a match found in it) is never suggested, nor a choice
    holding one ("Warehouse management or Manhattan"); a choice that holds a skill or a
    choice listed too ("Lean or Six Sigma or Process improvement" beside "Lean or Six
    Sigma") is counted with it, under the narrower name: learning that one meets both.
    A field of study ("Computer science", asked as "a degree in Computer Science or
    equivalent") is no skill to learn or add, nor a choice of fields only.
    """
    found = set(shown) | {s["name"] for m in matches if m.explanation is not None
                          for s in getattr(m.explanation, "skills_matched", ()) or ()}
    postings: dict[str, set[int]] = {}
    musts: dict[str, set[int]] = {}
    for i, m in enumerate(matches):
        e = m.explanation
        if e is None or m.score < FIT_FLOOR or (m.eligibility and m.eligibility.status == "blocked"):
            continue
        for name, must in [(n, True) for n in e.skills_missing] + [(n, False) for n in e.skills_nice_missing]:
            if found & _members(name) or _fields_only(name):
                continue
            postings.setdefault(name, set()).add(i)
            if must:
                musts.setdefault(name, set()).add(i)
    # Narrower names first: a wider choice joins the listed one it holds (the most counted).
    kept: list[str] = []
    for name in sorted(postings, key=lambda n: (len(_members(n)), -len(postings[n]), n.lower())):
        held = [k for k in kept if _members(k) <= _members(name)]
        if held:
            into = max(held, key=lambda k: len(postings[k]))
            postings[into] |= postings[name]
            musts.setdefault(into, set()).update(musts.get(name, ()))
        else:
            kept.append(name)
    counts = [{"name": n, "postings": len(postings[n]), "must": len(musts.get(n, ()))} for n in kept]
    ranked = sorted(counts, key=lambda c: (-c["postings"], -c["must"], c["name"].lower()))
    return ranked[:limit]


def _members(name: str) -> frozenset[str]:
    """The skills a missing name offers: "Lean or Six Sigma" -> {Lean, Six Sigma}."""
    return frozenset(name.split(" or "))


def _fields_only(name: str) -> bool:
    """Whether every skill a missing name offers is a field of study (the taxonomy's
    category "field": Computer science, Mathematics), which a degree shows, not a skill."""
    from matcher.skills.taxonomy import taxonomy
    tax = taxonomy()
    return all((skill := tax.get(member)) is not None and skill.category == "field" for member in _members(name))


@pages.app_template_filter("years")
def format_years(value) -> str:
    if value is None:
        return "not stated"
    value = float(value)
    shown = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return f"{shown} year" + ("" if value == 1 else "s")


@pages.app_template_filter("ended")
def ended(value) -> str:
    """``value`` as a sentence: a full stop added unless it ends in one already, as a quote
    of the resume may ("... (scheduled for October)." gets no second one)."""
    value = str(value or "").rstrip()
    return value if value.rstrip("\"'”’)]").endswith((".", "!", "?")) else value + "."


@pages.app_template_filter("money")
def format_money(value) -> str:
    return "" if value is None else f"{value:,.0f}"


@pages.app_template_filter("posted_pay")
def posted_pay(salary_text) -> str:
    """A posting's pay as posted when it is given by the hour, week or month ("$17 - $19 an
    hour"), shown before the yearly figure: an hourly worker compares pay by the hour; "" for a
    yearly salary."""
    from matcher.postings.fields import posted_pay as by_period
    return by_period(salary_text or "")


@pages.app_template_filter("web_url")
def web_url(value) -> str:
    """``value`` if it is an http(s) address, else "": a posting's URL is untrusted input."""
    value = (value or "").strip()
    return value if value.lower().startswith(("https://", "http://")) else ""
