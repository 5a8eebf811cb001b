"""The Flask application: factory, settings, errors, headers, limits, metrics.

``create_app`` wires the two faces (the pages and the ``/api/v1`` JSON API)
to one ``Service`` that holds the model and the catalog for the life of the
process.  Everything app-wide lives here: the settings read from
``matcher.config.SETTINGS``, the one JSON error shape, the security headers,
the rate limiter and the in-memory upload handling.

Resumes are personal data.  Uploads are parsed into memory (never spooled to
a temporary file), bodies are capped before they are read whole, and nothing
logged here ever includes a resume's text.
"""

from __future__ import annotations

import io
import logging
import secrets
import time
import traceback

from flask import Flask, Request, current_app, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from . import config as settings
from .errors import InputError, MatcherError, TooLarge

MIB = 1024 * 1024
# Multipart framing and the form's other fields travel with the file.
FORM_OVERHEAD = 64 * 1024

# The Flask config keys that mirror matcher.config.SETTINGS.
CONFIG_KEYS = ("INDEX_DIR", "MODEL", "MAX_UPLOAD_MB", "API_KEY", "RATE_LIMIT", "SECRET_KEY",
               "TRUSTED_PROXIES", "SECURE_COOKIES")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

# Paths answered in JSON; every other path is a page and gets HTML.
JSON_PREFIXES = ("/api/", "/healthz", "/metrics")

log = logging.getLogger("matcher.web")


class InMemoryRequest(Request):
    """A request whose uploaded files stay in memory.

    Werkzeug spools file parts over 500 KiB to a temporary file; a resume
    must never touch the disk, and ``MAX_CONTENT_LENGTH`` already bounds the
    memory this takes.
    """

    def _get_file_stream(self, total_content_length, content_type, filename=None,
                         content_length=None):
        return io.BytesIO()


def load_settings(overrides: dict | None = None) -> dict:
    """Flask config from ``MATCHER_*`` settings, then ``overrides`` (Flask-style keys)."""
    overrides = dict(overrides or {})
    values = {key: settings.get(key.lower()) for key in CONFIG_KEYS}
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        upload_mb = float(values["MAX_UPLOAD_MB"])
    except (TypeError, ValueError):
        raise InputError(f"MAX_UPLOAD_MB must be a number, not {values['MAX_UPLOAD_MB']!r}") from None
    if upload_mb <= 0:
        raise InputError("MAX_UPLOAD_MB must be above zero")
    values["MAX_UPLOAD_MB"] = upload_mb
    try:
        values["TRUSTED_PROXIES"] = int(values.get("TRUSTED_PROXIES") or 0)
    except (TypeError, ValueError):
        raise InputError("TRUSTED_PROXIES must be a whole number") from None
    if values["TRUSTED_PROXIES"] < 0:
        raise InputError("TRUSTED_PROXIES must be zero or more")
    values["MAX_UPLOAD_BYTES"] = int(upload_mb * MIB)
    # The body is refused before it is read when it cannot hold an allowed upload.
    values.setdefault("MAX_CONTENT_LENGTH", values["MAX_UPLOAD_BYTES"] + FORM_OVERHEAD)
    # Pasted resume text is a plain form field: the same cap as a file.
    values.setdefault("MAX_FORM_MEMORY_SIZE", values["MAX_UPLOAD_BYTES"])
    if not values.get("SECRET_KEY"):
        # One process serves (waitress threads), so a per-process key is enough for CSRF.
        values["SECRET_KEY"] = secrets.token_hex(32)
    values["API_KEY"] = str(values.get("API_KEY") or "")
    values.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    values.setdefault("SESSION_COOKIE_HTTPONLY", True)
    values.setdefault("SESSION_COOKIE_SECURE", bool(values.get("SECURE_COOKIES")))
    return values


def create_app(config: dict | None = None) -> Flask:
    """The matcher web application.

    ``config`` holds Flask config keys; ``INDEX_DIR``, ``MODEL``,
    ``MAX_UPLOAD_MB``, ``API_KEY``, ``RATE_LIMIT``, ``SECRET_KEY``, ``TRUSTED_PROXIES`` and
    ``SECURE_COOKIES`` default
    to the ``MATCHER_*`` settings.  A ready ``Service`` may be passed as
    ``SERVICE``.  The model is loaded here, once; the catalog on first use
    (``matcher serve`` loads it before it accepts requests).
    """
    from .api import api, ops
    from .metrics import Metrics
    from .pages import pages
    from .service import Service

    app = Flask("matcher")
    app.request_class = InMemoryRequest
    app.config.update(load_settings(config))
    if app.config["TRUSTED_PROXIES"]:
        # The client's address (which the rate limit counts by) and scheme as the proxies
        # saw them; without trusted proxies X-Forwarded-* is ignored, so it cannot be forged.
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    # The same key order and characters as the CLI's JSON.
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    service = app.config.pop("SERVICE", None) or Service(app.config["INDEX_DIR"],
                                                         app.config["MODEL"] or None)
    app.extensions["matcher"] = service

    csrf = CSRFProtect(app)
    app.register_blueprint(pages)
    app.register_blueprint(api)
    app.register_blueprint(ops)
    # The API authenticates with a bearer key, not a browser session: no CSRF token.
    csrf.exempt(api)

    limiter = Limiter(get_remote_address, app=app, storage_uri="memory://",
                      headers_enabled=True, default_limits=[])
    app.extensions["matcher_limiter"] = limiter
    rate = lambda: current_app.config["RATE_LIMIT"]  # noqa: E731 - read per request
    for endpoint in ("api.match", "pages.match"):
        # Wrapped per app, so that each app (and each test) counts on its own.
        app.view_functions[endpoint] = limiter.limit(rate, methods=["POST"])(
            app.view_functions[endpoint])

    app.extensions["matcher_metrics"] = Metrics(app, service)
    _register_error_handlers(app)
    app.after_request(_security_headers)
    app.jinja_env.globals["max_upload_mb"] = _format_mb(app.config["MAX_UPLOAD_MB"])
    return app


def _format_mb(value: float) -> str:
    return f"{value:g}"


# -- errors ---------------------------------------------------------------------------
def error_body(message: str, status: int) -> dict:
    """The one shape of every API error."""
    return {"ok": False, "error": message, "status": status}


def wants_json() -> bool:
    return request.path.startswith(JSON_PREFIXES)


def _error_response(message: str, status: int, headers: dict | None = None):
    if wants_json():
        response = jsonify(error_body(message, status))
    else:
        from .pages import render_error
        response = render_error(message, status)
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _register_error_handlers(app: Flask) -> None:
    @app.errorhandler(MatcherError)
    def matcher_error(exc: MatcherError):
        headers = {"WWW-Authenticate": 'Bearer realm="matcher"'} if exc.status == 401 else None
        return _error_response(exc.message, exc.status, headers)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        return _error_response("This form has expired or was not sent from this page. "
                               "Please submit it again.", 400)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        status = exc.code or 500
        message = _http_message(exc, status)
        headers = {}
        if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
            headers["Allow"] = ", ".join(exc.valid_methods)
        return _error_response(message, status, headers)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        # The message of an unexpected exception may quote its input (a resume):
        # log the type and the stack, never the message or any request body.
        log.error("unexpected %s on %s %s\n%s", type(exc).__name__, request.method,
                  request.path, "".join(traceback.format_tb(exc.__traceback__)))
        return _error_response("Something went wrong on our side; it has been logged.", 500)


def _http_message(exc: HTTPException, status: int) -> str:
    if status == 413:
        return f"The upload is too large: the limit is " \
               f"{_format_mb(current_app.config['MAX_UPLOAD_MB'])} MB."
    if status == 429:
        return f"Too many requests: the limit is {exc.description}. Please wait and try again."
    if status == 404:
        return "Not found: " + request.path
    if status == 405:
        return f"Method {request.method} is not allowed on {request.path}."
    description = (exc.description or exc.name or "").strip()
    return description or f"HTTP {status}"


def _security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.method == "POST" or request.endpoint == "pages.match":
        # Results quote the resume: no cache, shared or private, may keep them.
        response.headers["Cache-Control"] = "no-store"
    return response


# -- resumes in, matches out (shared by the API and the pages) ------------------------
def resume_from_upload(storage) -> "Resume":  # noqa: F821 - imported lazily below
    """A ``Resume`` from an uploaded file part, read into memory up to the size cap."""
    from .resumes import read_resume_bytes

    limit = current_app.config["MAX_UPLOAD_BYTES"]
    name = storage.filename or "upload"
    data = storage.stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{name} is larger than the "
                       f"{_format_mb(current_app.config['MAX_UPLOAD_MB'])} MB limit")
    if not data:
        raise InputError(f"{name} is empty")
    return read_resume_bytes(data, name, max_bytes=limit)


def resume_from_pasted(text: str) -> "Resume":  # noqa: F821
    """A ``Resume`` from pasted text."""
    from .resumes import resume_from_text

    if not text or not text.strip():
        raise InputError("the pasted text is empty")
    if len(text.encode("utf-8", "ignore")) > current_app.config["MAX_UPLOAD_BYTES"]:
        raise TooLarge(f"the pasted text is larger than the "
                       f"{_format_mb(current_app.config['MAX_UPLOAD_MB'])} MB limit")
    return resume_from_text(text)


def match_resume(resume, top_k: int, filters, explain: bool = True) -> list:
    """Rank the catalog for ``resume`` through the app's ``Service``, timed for /metrics."""
    service = current_app.extensions["matcher"]
    started = time.perf_counter()
    try:
        return service.match(resume, top_k, filters, explain)
    finally:
        current_app.extensions["matcher_metrics"].match_seconds.observe(
            time.perf_counter() - started)


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


def parse_int(name: str, value, default: int, low: int, high: int | None = None) -> int:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise InputError(f"{name} must be a whole number")
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise InputError(f"{name} must be a whole number, not {str(value)[:40]!r}") from None
    if number < low or (high is not None and number > high):
        span = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise InputError(f"{name} must be {span}, not {number}")
    return number


def parse_salary(value) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InputError("min_salary must be a number")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace(",", "").replace("$", "").replace(" ", "")
        scale = 1000.0 if text[-1:] in ("k", "K") else 1.0
        try:
            number = float(text.rstrip("kK")) * scale
        except ValueError:
            raise InputError(f"min_salary must be a yearly amount such as 120000, "
                             f"not {str(value)[:40]!r}") from None
    if not number >= 0 or number == float("inf"):
        raise InputError("min_salary must be a positive yearly amount")
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


def parse_match_params(values) -> tuple[int, "Filters", bool]:  # noqa: F821
    """``top_k``, the filters and ``explain`` from request values (query, form or JSON)."""
    from .catalog import Filters

    top_k = parse_int("top_k", values.get("top_k"), 10, 1, TOP_K_MAX)
    filters = Filters(remote_only=parse_bool("remote_only", values.get("remote_only"), False),
                      location=parse_text("location", values.get("location")),
                      company=parse_text("company", values.get("company")),
                      min_salary=parse_salary(values.get("min_salary")))
    explain = parse_bool("explain", values.get("explain"), True)
    return top_k, filters, explain
