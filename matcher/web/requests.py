"""What the API and the pages share: resumes from an upload or pasted text, read in
memory up to the size cap, matched through the app's ``Service``, the request's fields
checked (each known, given once, of its type) and its parameters (``top_k``, filters,
``explain``) parsed, with one-line errors."""

from __future__ import annotations

import json
import re
import time
from typing import TYPE_CHECKING

from flask import current_app, request

from matcher.errors import InputError, TooLarge
from matcher.postings.fields import SALARY_MAX, kind_of
from matcher.resumes.read import read_resume_bytes, resume_from_text
from matcher.web.openapi import MATCH_PARAMS, SCHEMAS

if TYPE_CHECKING:
    from matcher.eligibility.verdict import Preferences
    from matcher.ranking.catalog import Filters
    from matcher.resumes.read import Resume


def format_mb(value: float) -> str:
    return f"{value:g}"


def resume_from_upload(storage) -> Resume:
    """A ``Resume`` from an uploaded file part, read into memory up to the size cap."""
    limit = current_app.config["MAX_UPLOAD_BYTES"]
    name = storage.filename or "upload"
    data = storage.stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{name} is larger than the "
                       f"{format_mb(current_app.config['MAX_UPLOAD_MB'])} MB limit")
    if not data:
        raise InputError(f"{name} is empty")
    return read_resume_bytes(data, name, max_bytes=limit)


def resume_from_pasted(text: str) -> Resume:
    """A ``Resume`` from pasted text."""
    if not text or not text.strip():
        raise InputError("the pasted text is empty")
    if len(text.encode("utf-8", "ignore")) > current_app.config["MAX_UPLOAD_BYTES"]:
        raise TooLarge(f"the pasted text is larger than the "
                       f"{format_mb(current_app.config['MAX_UPLOAD_MB'])} MB limit")
    return resume_from_text(text)


def match_resume(resume, top_k: int, filters, explain: bool = True, preferences=None) -> list:
    """Rank the catalog for ``resume`` through the app's ``Service``, timed for /metrics."""
    service = current_app.extensions["matcher"]
    started = time.perf_counter()
    try:
        return service.match(resume, top_k, filters, explain, preferences)
    finally:
        current_app.extensions["matcher_metrics"].match_seconds.observe(
            time.perf_counter() - started)


# -- request fields (shared by the API and the form) -----------------------------------
# What a request may name (the OpenAPI document's, so that the two cannot drift): a field
# it does not know, often a misspelt one ("top" for "top_k"), is a 400, never ignored.
FORM_FIELDS = tuple(SCHEMAS["MatchUpload"]["properties"])       # file, text, top_k, ...
JSON_FIELDS = tuple(SCHEMAS["MatchText"]["properties"])         # text, top_k, ...
REPEATABLE = {"where"}  # in a query or a form, one place per field (as `--where`)


def _unknown(name: str, allowed, what: str = "field") -> InputError:
    return InputError(f"unknown {what} {name!r}; expected one of: {', '.join(allowed)}")


def match_values(body: dict | None = None, also: tuple[str, ...] = ()) -> dict:
    """The match request's values from the query string and the body (a form's fields and
    its ``file`` part, or ``body``, a JSON object), each name known and given once, and a
    JSON value of its documented type; else ``InputError`` naming the field.  ``also``:
    other form fields that the face itself reads (the page's CSRF token), skipped here."""
    values: dict = {}

    def add(name: str, items: list) -> None:
        if name in values or (len(items) > 1 and name not in REPEATABLE):
            where = " (in the query string and in the body)" if name in values else ""
            raise InputError(f"{name!r} is given more than once{where}; send it once")
        values[name] = items if len(items) > 1 else items[0]

    for name in request.args:
        if name not in MATCH_PARAMS:
            raise _unknown(name, tuple(MATCH_PARAMS), "query parameter")
        add(name, request.args.getlist(name))
    if body is None:
        for name in request.form:
            if name in also:
                continue
            if name not in FORM_FIELDS:
                raise _unknown(name, FORM_FIELDS)
            if name == "file":
                raise InputError("'file' must be a file part (curl -F file=@resume.pdf), not a text field")
            add(name, request.form.getlist(name))
        for name in request.files:
            if name not in FORM_FIELDS:
                raise _unknown(name, FORM_FIELDS)
            if name != "file":
                raise InputError(f"{name!r} must be a text field, not a file part")
            chosen = [f for f in request.files.getlist(name) if f.filename]  # a form's empty input
            if chosen:
                add(name, chosen)
        return values
    for name, value in body.items():
        if name not in JSON_FIELDS:
            raise _unknown(name, JSON_FIELDS)
        if name in MATCH_PARAMS:
            _check_json_type(name, value, MATCH_PARAMS[name])
        add(name, [value])
    return values


_JSON_TYPES = {"string": ("text", str), "integer": ("a whole number", int),
               "number": ("a number", (int, float)), "boolean": ("true or false", bool),
               "array": ("a list", list)}


def _check_json_type(name: str, value, schema: dict) -> None:
    """A JSON value of the type its OpenAPI schema names ("remote_only": "yes" is not true);
    ranges and text forms are the parsers' (``parse_match_params``)."""
    types = [t for option in schema.get("oneOf", [schema])
             for t in ([option["type"]] if isinstance(option["type"], str) else option["type"])]
    for kind in types:
        _, cls = _JSON_TYPES[kind]
        if isinstance(value, cls) and (kind == "boolean" or not isinstance(value, bool)):
            return
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            return  # JSON Schema's integer: 3.0 is 3
    if isinstance(value, str):
        shown = f"the text {value[:40]!r}"
    elif isinstance(value, (list, dict)):
        shown = kind_of(value)
    else:  # as JSON writes it: true, null, 2.0
        shown = json.dumps(value)[:40]
    raise InputError(f"{name} must be {' or '.join(_JSON_TYPES[t][0] for t in types)}, not {shown}")


# -- request parameters (shared by the API and the form) ------------------------------
TOP_K_MAX = 100
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


def parse_bool(name: str, value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InputError(f"{name} must be true or false, not {str(value)[:40]!r}")


_WHOLE = re.compile(r"[+-]?\d+(?:\.0*)?")  # "3", "3.0": a whole number written as text


def parse_int(name: str, value, default: int, low: int, high: int | None = None) -> int:
    """A whole number from a JSON number or a text, as JSON Schema's integer: 3 and 3.0 (or
    "3.0") are 3, 3.5 is a 400; then within ``low`` to ``high``."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise InputError(f"{name} must be a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise InputError(f"{name} must be a whole number, not {json.dumps(value)[:40]}")
        number = int(value)
    elif isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        try:
            number = int(text.split(".")[0]) if _WHOLE.fullmatch(text) else None
        except ValueError:  # over Python's 4,300 digits: no index is that long
            raise InputError(f"{name} is out of range: a number of {len(text):,} digits") from None
        if number is None:
            raise InputError(f"{name} must be a whole number, not {str(value)[:40]!r}")
    if number < low or (high is not None and number > high):
        span = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise InputError(f"{name} must be {span}, not {str(number)[:40]}")
    return number


MIN_YEARLY = 1000   # no yearly pay is below this in any currency a posting states


def parse_salary(value) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InputError("min_salary must be a number")
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float
            raise InputError(f"min_salary must be at most {SALARY_MAX:,}") from None
    else:
        text = str(value).strip().replace(",", "").replace("$", "").replace(" ", "")
        scale = 1000.0 if text[-1:] in ("k", "K") else 1.0
        try:
            number = float(text.rstrip("kK")) * scale
        except ValueError:
            raise InputError(f"min_salary must be a yearly amount such as 120000, "
                             f"not {str(value)[:40]!r}") from None
    if not number >= 0 or number == float("inf"):  # negative, NaN or infinite
        raise InputError("min_salary must be a positive yearly amount")
    if number > SALARY_MAX:
        raise InputError(f"min_salary must be at most {SALARY_MAX:,}")
    if 0 < number < MIN_YEARLY:
        # "20" is an hourly rate or thousands without the k, never a yearly pay: refused, since
        # as $20 a year it would keep every posting
        raise InputError(f"min_salary must be a yearly amount; {number:,.10g} reads as an hourly rate or "
                         f"thousands: give {number * 2080:,.0f} for {number:,.10g} an hour at 40 hours a week, "
                         f"or {number:,.10g}k")
    return number


def parse_text(name: str, value, limit: int = 200) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{name} must be text")
    value = value.strip()
    if len(value) > limit:
        raise InputError(f"{name} is longer than {limit} characters")
    return value


def parse_places(value) -> list[str]:
    """``where``: a list of places (JSON), or one text with places separated by ';' or
    line breaks (a form or a query)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in re.split(r"[;\n]", value) if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise InputError("where must be a list of places (text), or one text with places separated by ';'")


def parse_match_params(values) -> tuple[int, Filters, bool, Preferences]:
    """``top_k``, the filters, ``explain`` and the seeker's preferences from request
    values (query, form or JSON)."""
    from matcher.eligibility.verdict import Preferences
    from matcher.ranking.catalog import Filters

    top_k = parse_int("top_k", values.get("top_k"), 10, 1, TOP_K_MAX)
    filters = Filters(remote_only=parse_bool("remote_only", values.get("remote_only"), False),
                      location=parse_text("location", values.get("location")),
                      company=parse_text("company", values.get("company")),
                      min_salary=parse_salary(values.get("min_salary")))
    explain = parse_bool("explain", values.get("explain"), True)
    preferences = Preferences.parse(parse_places(values.get("where")),
                                    parse_bool("needs_sponsorship", values.get("needs_sponsorship"), False))
    return top_k, filters, explain, preferences
