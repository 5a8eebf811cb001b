"""The Flask application: the factory, its settings, security headers and limits.

``create_app`` wires the two faces (the pages and the ``/api/v1`` JSON API)
to one ``Service`` that holds the model and the catalog for the life of the
process.  Settings come from ``matcher.config`` (read and checked once); the
error shape lives in ``matcher.web.errors``, what the faces share in
``matcher.web.requests``.

Resumes are personal data.  Uploads are parsed into memory (never spooled to
a temporary file), bodies are capped before they are read whole, and nothing
logged ever includes a resume's text.
"""

from __future__ import annotations

import io
import logging
import secrets
import time
from pathlib import Path

from flask import Flask, Request, abort, current_app, g, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect
from werkzeug.formparser import FormDataParser

from matcher import config as settings
from matcher.service import Service
from matcher.web.api import api, ops
from matcher.web.errors import register_error_handlers
from matcher.web.jsonio import StrictJSONProvider
from matcher.web.metrics import Metrics
from matcher.web.pages import pages
from matcher.web.requests import format_mb

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


access_log = logging.getLogger("matcher.access")


class StrictFormDataParser(FormDataParser):
    """A form parser that notes why it could not read a body (a multipart body without its
    boundary or its closing line) in ``malformed``; werkzeug's own hands the view an empty
    form silently, which would then ask for fields that were in fact sent."""

    malformed: str | None = None

    def parse(self, stream, mimetype, content_length, options=None):
        self.silent = False
        try:
            return super().parse(stream, mimetype, content_length, options)
        except ValueError as exc:
            detail = ("its Content-Type names no boundary" if "boundary" in str(exc).lower()
                      else "a part or the closing boundary is broken or missing")
            self.malformed = f"the {mimetype} body is malformed: {detail}"
            return stream, self.cls(), self.cls()


class InMemoryRequest(Request):
    """A request whose uploaded files stay in memory.

    Werkzeug spools file parts over 500 KiB to a temporary file; a resume
    must never touch the disk, and ``MAX_CONTENT_LENGTH`` already bounds the
    memory this takes.  A malformed form body is a 400 (``StrictFormDataParser``).
    """

    form_data_parser_class = StrictFormDataParser
    form_parser: StrictFormDataParser | None = None

    def make_form_data_parser(self) -> FormDataParser:
        self.form_parser = super().make_form_data_parser()
        return self.form_parser

    def _get_file_stream(self, total_content_length, content_type, filename=None,
                         content_length=None):
        return io.BytesIO()


def load_settings(overrides: dict | None = None) -> dict:
    """Flask config from the ``MATCHER_*`` settings, then ``overrides`` (Flask-style keys)."""
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    loaded = settings.load({key.lower(): overrides.pop(key) for key in CONFIG_KEYS
                            if key in overrides})
    values = {key: getattr(loaded, key.lower()) for key in CONFIG_KEYS}
    values.update(overrides)
    values["MAX_UPLOAD_BYTES"] = loaded.max_upload_bytes
    # The body is refused before it is read when it cannot hold an allowed upload.
    values.setdefault("MAX_CONTENT_LENGTH", values["MAX_UPLOAD_BYTES"] + FORM_OVERHEAD)
    # Pasted resume text is a plain form field: the same cap as a file.
    values.setdefault("MAX_FORM_MEMORY_SIZE", values["MAX_UPLOAD_BYTES"])
    if not values.get("SECRET_KEY"):
        # One process serves (waitress threads), so a per-process key is enough for CSRF.
        values["SECRET_KEY"] = secrets.token_hex(32)
    values.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    values.setdefault("SESSION_COOKIE_HTTPONLY", True)
    values.setdefault("SESSION_COOKIE_SECURE", values["SECURE_COOKIES"])
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
    # The templates and static files live beside this module.
    app = Flask("matcher", root_path=str(Path(__file__).parent))
    app.request_class = InMemoryRequest
    app.config.update(load_settings(config))
    if app.config["TRUSTED_PROXIES"]:
        # The client's address (which the rate limit counts by) and scheme as the proxies
        # saw them; without trusted proxies X-Forwarded-* is ignored, so it cannot be forged.
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    app.json = StrictJSONProvider(app)
    # The same key order and characters as the CLI's JSON.
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    service = app.config.pop("SERVICE", None) or Service(app.config["INDEX_DIR"],
                                                         app.config["MODEL"] or None)
    app.extensions["matcher"] = service

    csrf = CSRFProtect(app)
    # First of all before_request hooks: time the request, and answer a refusal by the
    # server (matcher.web.server) before CSRF or a view could read the (absent) body.
    app.before_request_funcs.setdefault(None, []).insert(0, _refused_by_server)
    app.before_request_funcs[None].insert(0, _start_clock)
    # Then, before CSRF reads its token from it, a form body that cannot be read is a 400.
    app.before_request_funcs[None].insert(2, _malformed_form)
    # Registered first, so run last: it logs the final status.
    app.after_request(_access_log)
    app.register_blueprint(pages)
    app.register_blueprint(api)
    app.register_blueprint(ops)
    # The API authenticates with a bearer key, not a browser session: no CSRF token.
    csrf.exempt(api)

    limiter = Limiter(get_remote_address, app=app, storage_uri="memory://",
                      headers_enabled=True, default_limits=[])
    app.extensions["matcher_limiter"] = limiter
    # Run after the limiter's own hook (the last registered runs first), which sends
    # Retry-After with every answer: it means "wait" only on a 429.
    app.after_request_funcs[None].insert(0, _retry_after_on_429_only)
    rate = lambda: current_app.config["RATE_LIMIT"]  # noqa: E731 - read per request
    for endpoint in ("api.match", "pages.match"):
        # Wrapped per app, so that each app (and each test) counts on its own.
        app.view_functions[endpoint] = limiter.limit(rate, methods=["POST"])(
            app.view_functions[endpoint])

    app.extensions["matcher_metrics"] = Metrics(app, service)
    register_error_handlers(app)
    app.after_request(_security_headers)
    app.jinja_env.globals["max_upload_mb"] = format_mb(app.config["MAX_UPLOAD_MB"])
    return app


def _retry_after_on_429_only(response):
    if response.status_code != 429:
        response.headers.pop("Retry-After", None)
    return response


def _start_clock() -> None:
    g.matcher_clock = time.perf_counter()


def _refused_by_server() -> None:
    refused = request.environ.get("matcher.refused")
    if refused:
        status, message = refused
        try:
            abort(status, description=message)
        except LookupError:  # a status werkzeug has no exception for
            abort(400, description=message)


def _malformed_form() -> None:
    if request.mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        request.form  # noqa: B018 - parsed here, once
        parser = request.form_parser
        if parser is not None and parser.malformed:
            abort(400, description=parser.malformed)


def _printable(text: str, limit: int = 200) -> str:
    text = text[:limit]
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _access_log(response):
    """One line per request: method, path (never the query string), status, duration.
    No body, no file name, no client address."""
    started = g.get("matcher_clock")
    duration = (time.perf_counter() - started) * 1000 if started is not None else 0.0
    access_log.info("%s %s %d %.1f ms", _printable(request.method, 16),
                    _printable(request.path), response.status_code, duration)
    return response


def _security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.method == "POST" or request.endpoint == "pages.match":
        # Results quote the resume: no cache, shared or private, may keep them.
        response.headers["Cache-Control"] = "no-store"
    return response


