"""The JSON API under ``/api/v1``, plus ``/healthz`` and ``/metrics``.

A thin face: each view reads its input, calls the app's ``Service`` and
returns what the core returns, serialised as the CLI serialises it.  Errors
are raised as ``MatcherError`` and turned into the one JSON error shape by
the handlers in ``matcher.web.errors``.
"""

from __future__ import annotations

import hmac
import re

from flask import Blueprint, current_app, jsonify, request, url_for

from matcher import __version__
from matcher.errors import InputError, MatcherError, TooLarge, UnsupportedType
from matcher.index.similar import SIMILAR_K_DEFAULT
from matcher.postings.fields import as_remote, kind_of
from matcher.ranking.notices import notices
from matcher.web.jsonio import NonFiniteNumber, RepeatedKey
from matcher.web.openapi import PATHS, SCHEMAS
from matcher.web.requests import (
    match_resume,
    match_values,
    parse_int,
    parse_match_params,
    resume_from_pasted,
    resume_from_upload,
)

api = Blueprint("api", __name__, url_prefix="/api/v1")
ops = Blueprint("ops", __name__)

PAGE_DEFAULT, PAGE_MAX = 20, 100
SIMILAR_MAX = 100  # ?k= of /postings/<id>/similar, like top_k
MAX_RECORDS = 1000  # posting records per POST /api/v1/postings
# A posting record's fields (the OpenAPI document's): any other is a 400, never ignored.
RECORD_FIELDS = tuple(SCHEMAS["PostingRecord"]["properties"])   # id, text, description, ...
MAX_JSON_DEPTH = 32  # a match request nests 1 level, a posting record a few
OFFSET_MAX = 10**9  # far past any index, and inside SQLite's 64-bit integers


def _service():
    return current_app.extensions["matcher"]


def _json_body():
    """The request's JSON body; a wrong content type is 415, broken JSON 400."""
    if not request.is_json:
        raise UnsupportedType("send the body as application/json")
    raw = request.get_data(cache=True)  # past MAX_CONTENT_LENGTH: 413, unread
    try:
        data = current_app.json.loads(raw)
    except NonFiniteNumber as exc:  # NaN, 1e999, an integer of over 4,300 digits
        raise InputError(str(exc)) from None
    except RepeatedKey as exc:
        raise InputError(f"in the JSON body, {exc}") from None
    except RecursionError:
        raise InputError(f"the JSON body is nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError:  # broken JSON, bad UTF-8
        raise InputError("the body is not valid JSON") from None
    if _depth_over(data, MAX_JSON_DEPTH):
        raise InputError(f"the JSON body is nested deeper than {MAX_JSON_DEPTH} levels")
    return data


def _depth_over(data, limit: int) -> bool:
    """Whether ``data`` nests lists and objects deeper than ``limit`` (walked without
    recursion, so that no depth can overflow the stack)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        elif not isinstance(value, list):
            continue
        if depth > limit:
            return True
        stack.extend((item, depth + 1) for item in value if isinstance(item, (dict, list)))
    return False


def _operation() -> dict | None:
    """The OpenAPI operation of this request's route and method (None: no such route)."""
    if request.url_rule is None:
        return None
    path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", request.url_rule.rule)
    method = "get" if request.method == "HEAD" else request.method.lower()
    return PATHS.get(path, {}).get(method)


def check_query() -> None:
    """Every route's query string: each parameter one its OpenAPI operation names, and given
    once unless the parameter is a list (``where``); else a 400 naming it, never ignored."""
    operation = _operation()
    if operation is None or not request.args:
        return
    params = {p["name"]: p["schema"] for p in operation.get("parameters", []) if p["in"] == "query"}
    for name in request.args:
        if name not in params:
            expected = f"expected one of: {', '.join(params)}" if params else "this endpoint takes none"
            raise InputError(f"unknown query parameter {name[:60]!r}; {expected}")
        schema = params[name]
        listed = any(option.get("type") == "array" for option in schema.get("oneOf", [schema]))
        if not listed and len(request.args.getlist(name)) > 1:
            raise InputError(f"query parameter {name!r} is given more than once; send it once")


api.before_request(check_query)
ops.before_request(check_query)


def require_api_key() -> None:
    """Refuse a write unless it carries the operator's bearer key."""
    expected = current_app.config.get("API_KEY") or ""
    if not expected:
        raise MatcherError("writes are disabled: the operator has not set MATCHER_API_KEY", 403)
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise MatcherError("this endpoint needs an API key: send 'Authorization: Bearer KEY'", 401)
    if not hmac.compare_digest(token.encode("utf-8"), expected.encode("utf-8")):
        raise MatcherError("the API key is not valid", 401)


# -- matching -------------------------------------------------------------------------
@api.post("/match")
def match():
    """Rank the postings for one resume: a multipart ``file`` (or ``text``) or JSON ``text``."""
    if request.mimetype == "multipart/form-data" or request.mimetype == \
            "application/x-www-form-urlencoded":
        values = match_values()
        upload, text = values.pop("file", None), values.pop("text", "")
        if upload is not None and text.strip():
            raise InputError("send the resume as a 'file' part or a 'text' field, not both")
        if upload is not None:
            resume = resume_from_upload(upload)
        elif text:
            resume = resume_from_pasted(text)
        else:
            raise InputError("send the resume as a multipart 'file' part or a 'text' field")
    elif request.is_json:
        body = _json_body()
        if not isinstance(body, dict):
            raise InputError('the JSON body must be an object such as {"text": "..."}, '
                             f"not {kind_of(body)}")
        values = match_values(body)
        text = body.get("text")
        if not isinstance(text, str):
            raise InputError('the JSON body needs "text": the resume as a string')
        resume = resume_from_pasted(text)
    else:
        raise UnsupportedType("send multipart/form-data with a 'file' part, "
                              'or application/json with {"text": ...}')
    top_k, filters, explain, preferences = parse_match_params(values)
    matches = match_resume(resume, top_k, filters, explain, preferences)
    return jsonify({"resume": resume.name, "preferences": preferences.to_dict(),
                    "notices": [n.to_dict() for n in notices(resume, preferences)],
                    "matches": [m.to_dict(explain) for m in matches]})


# -- postings -------------------------------------------------------------------------
@api.get("/postings")
def list_postings():
    """A page of postings: ``offset``/``limit`` or ``page``/``per_page``, with total and next."""
    args = request.args
    by_page = "page" in args or "per_page" in args
    if by_page and ("offset" in args or "limit" in args):
        raise InputError("page with offset/limit or with page/per_page, not both at once")
    if by_page:
        page = parse_int("page", args.get("page"), 1, 1, OFFSET_MAX // PAGE_MAX)
        limit = parse_int("per_page", args.get("per_page"), PAGE_DEFAULT, 1, PAGE_MAX)
        offset = (page - 1) * limit
    else:
        offset = parse_int("offset", args.get("offset"), 0, 0, OFFSET_MAX)
        limit = parse_int("limit", args.get("limit"), PAGE_DEFAULT, 1, PAGE_MAX)
    rows, total = _service().page(offset, limit)
    postings = []
    for row in rows:
        row = dict(row)
        row["remote"] = None if row.get("remote") is None else bool(row["remote"])
        row["href"] = url_for("api.get_posting", posting_id=row["id"])
        postings.append(row)
    more = offset + len(rows) < total
    body = {"total": total, "offset": offset, "limit": limit, "postings": postings, "next": None}
    if by_page:
        body.update(page=page, per_page=limit)
        if more:
            body["next"] = url_for("api.list_postings", page=page + 1, per_page=limit)
    elif more:
        body["next"] = url_for("api.list_postings", offset=offset + limit, limit=limit)
    return jsonify(body)


@api.get("/postings/<path:posting_id>")
def get_posting(posting_id: str):
    """One parsed posting, as ``matcher show --format json`` prints it: its fields and the ISO
    code of its salary's currency, as a match gives it (``salary_currency``)."""
    posting = _service().get(posting_id)
    return jsonify({**posting.to_dict(), "salary_currency": posting.salary_currency})


@api.get("/postings/<path:posting_id>/similar")
def similar_postings(posting_id: str):
    """The postings most like one, by their summary vectors (``matcher similar``)."""
    k = parse_int("k", request.args.get("k"), SIMILAR_K_DEFAULT, 1, SIMILAR_MAX)
    found = _service().similar(posting_id, k)
    return jsonify({"ok": True, "posting_id": posting_id,
                    "similar": [s.to_dict() for s in found]})


@api.post("/postings")
def add_postings():
    """Add or update one record or a list of records (the fields of the CLI's JSONL)."""
    require_api_key()
    from matcher.postings.feeds import postings_from_records

    body = _json_body()
    records = [body] if isinstance(body, dict) else body
    if not isinstance(records, list) or not records:
        raise InputError("send one posting record (an object) or a non-empty list of them, "
                         f"not {kind_of(body) if body != [] else 'an empty list'}")
    if not all(isinstance(r, dict) for r in records):
        raise InputError("every posting record must be a JSON object")
    if len(records) > MAX_RECORDS:
        # One request holds the server's attention while every record is parsed and
        # embedded: bulk loads belong to the CLI.
        raise TooLarge(f"send at most {MAX_RECORDS} posting records per request, not "
                       f"{len(records)}; load more with `matcher index add FILE`")
    for n, record in enumerate(records, 1):
        _check_record(record, f"request body record {n}")
    postings = postings_from_records(records, source="request body")
    return jsonify(_service().add(postings))


def _check_record(record: dict, where: str) -> None:
    """Each field of a posting record known (named as the feeds' reader names them: "Title",
    "employer"), given once under one of its names ("title" and "Job Title" together are a
    400: one would be dropped), and ``remote`` one the reader understands; else InputError."""
    from matcher.postings.feeds import record_field

    seen: dict[str, str] = {}
    for key in record:
        shown = str(key)[:60]
        low = str(key).strip().lower()
        name = "text" if low in ("text", "description") else low if low in RECORD_FIELDS \
            else record_field(key, record)  # "Job Title", "employer", "job_id" (no 'id' given), ...
        if name is None:
            raise InputError(f"{where}: unknown field {shown!r}; "
                             f"expected one of: {', '.join(RECORD_FIELDS)}")
        if name in seen:
            raise InputError(f"{where}: {seen[name]!r} and {shown!r} are the same field; send one")
        seen[name] = shown
        if name == "remote":
            _check_remote(record[key], where)


def _check_remote(value, where: str) -> None:
    """``remote`` as the feeds' reader reads it (``as_remote``): true or false, 1 or 0, or a
    text it understands ("yes", "no", "remote", "on-site", "hybrid"); null or "" say nothing.
    Any other value would be stored as unknown, silently: a 400."""
    if value is None or value == "":
        return
    if isinstance(value, (bool, int, str)) and as_remote(value) is not None:
        return
    shown = f"{value[:40]!r}" if isinstance(value, str) else kind_of(value) if isinstance(
        value, (list, dict)) else str(value)[:40]
    raise InputError(f"{where}: 'remote' must be true or false (or a text such as \"yes\", \"no\", "
                     f"\"remote\", \"on-site\", \"hybrid\"), not {shown}")


@api.delete("/postings/<path:posting_id>")
def delete_posting(posting_id: str):
    """Remove one posting from the index."""
    require_api_key()
    _service().remove(posting_id)
    return jsonify({"ok": True, "deleted": posting_id})


@api.get("/openapi.json")
def openapi():
    """The OpenAPI 3.1 document of this API."""
    from matcher.web.openapi import document

    return jsonify(document())


# -- operations -----------------------------------------------------------------------
@ops.get("/healthz")
def healthz():
    """Liveness and what the process serves: model, postings, version."""
    service = _service()
    body = {"ok": True, "version": __version__, "model": service.embedder.name}
    try:
        body["postings"] = len(service.catalog())
    except MatcherError as exc:
        body["postings"] = 0
        body["index"] = exc.message
    return jsonify(body)


@ops.get("/metrics")
def metrics():
    """Prometheus metrics of this process."""
    return current_app.extensions["matcher_metrics"].response()
