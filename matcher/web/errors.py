"""The one error shape: ``{"ok": false, "error": "...", "status": N}`` for the API, the
form again (or an error page) for the pages, whatever raised it."""

from __future__ import annotations

import logging
import traceback

from flask import Flask, current_app, jsonify, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from matcher.errors import MatcherError
from matcher.web.pages import render_error
from matcher.web.requests import format_mb

# Paths answered in JSON, each with everything under it; every other path is a page and
# gets HTML.
JSON_PREFIXES = ("/api", "/healthz", "/metrics")

log = logging.getLogger("matcher.web")


def error_body(message: str, status: int) -> dict:
    """The one shape of every API error."""
    return {"ok": False, "error": message, "status": status}


def wants_json() -> bool:
    path = request.path
    return any(path == prefix or path.startswith(prefix + "/") for prefix in JSON_PREFIXES)


def error_response(message: str, status: int, headers: dict | None = None):
    if wants_json():
        response = jsonify(error_body(message, status))
    else:
        response = render_error(message, status)
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(MatcherError)
    def matcher_error(exc: MatcherError):
        headers = {"WWW-Authenticate": 'Bearer realm="matcher"'} if exc.status == 401 else None
        return error_response(exc.message, exc.status, headers)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        return error_response("This form has expired or was not sent from this page. "
                               "Please submit it again.", 400)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        status = exc.code or 500
        message = _http_message(exc, status)
        headers = {}
        if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
            headers["Allow"] = ", ".join(exc.valid_methods)
        return error_response(message, status, headers)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        # The message of an unexpected exception may quote its input (a resume):
        # log the type and the stack, never the message or any request body.
        log.error("unexpected %s on %s %s\n%s", type(exc).__name__, request.method,
                  request.path, "".join(traceback.format_tb(exc.__traceback__)))
        return error_response("Something went wrong on our side; it has been logged.", 500)


def _http_message(exc: HTTPException, status: int) -> str:
    if status == 413:
        return f"The upload is too large: the limit is " \
               f"{format_mb(current_app.config['MAX_UPLOAD_MB'])} MB."
    if status == 429:
        return f"Too many requests: the limit is {exc.description}. Please wait and try again."
    if status == 404:
        return "Not found: " + request.path
    if status == 405:
        return f"Method {request.method} is not allowed on {request.path}."
    description = (exc.description or exc.name or "").strip()
    return description or f"HTTP {status}"
