"""Prometheus metrics of one app: requests, latencies, match time, index size.

Each app has its own ``CollectorRegistry``, so that several apps in one
process (tests) never register the same metric twice.
"""

from __future__ import annotations

import time

from flask import Flask, Response, current_app, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from matcher.errors import MatcherError

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class Metrics:
    """The app's metrics, recorded around every request."""

    def __init__(self, app: Flask, service) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "matcher_http_requests", "HTTP requests by endpoint, method and status.",
            ["endpoint", "method", "status"], registry=self.registry)
        self.latency = Histogram(
            "matcher_http_request_duration_seconds", "HTTP request latency by endpoint.",
            ["endpoint"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.match_seconds = Histogram(
            "matcher_match_duration_seconds", "Time to rank the catalog for one resume.",
            buckets=LATENCY_BUCKETS, registry=self.registry)
        self.index_postings = Gauge(
            "matcher_index_postings", "Postings in the catalog the server matches against.",
            registry=self.registry)
        self.index_postings.set_function(lambda: _catalog_size(service))
        app.before_request(self._start)
        app.after_request(self._record)

    def _start(self) -> None:
        g.matcher_started = time.perf_counter()

    def _record(self, response):
        # The endpoint name, not the path: paths of 404s would grow the label set unbounded.
        endpoint = request.endpoint or _endpoint_of_405() or "unmatched"
        started = g.get("matcher_started")
        if started is not None:
            self.latency.labels(endpoint).observe(time.perf_counter() - started)
        self.requests.labels(endpoint, request.method, str(response.status_code)).inc()
        return response

    def response(self) -> Response:
        return Response(generate_latest(self.registry), mimetype=None,
                        content_type=CONTENT_TYPE_LATEST)


def _endpoint_of_405() -> str | None:
    """The endpoint of a route the request's address matches with another method (a 405:
    ``GET /api/v1/match``); None when it matches no route."""
    exc = request.routing_exception
    if not isinstance(exc, MethodNotAllowed) or not exc.valid_methods:
        return None
    try:
        adapter = current_app.url_map.bind_to_environ(request.environ)
        # the methods come in no set order: GET's route when there is one, so a label is stable
        valid = exc.valid_methods
        endpoint, _ = adapter.match(method="GET" if "GET" in valid else sorted(valid)[0])
    except HTTPException:  # a redirect or no match after all
        return None
    return endpoint


def _catalog_size(service) -> float:
    try:
        return float(len(service.catalog()))
    except MatcherError:
        return 0.0
