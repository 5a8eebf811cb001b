"""Prometheus metrics of one app: requests, latencies, match time, index size.

Each app has its own ``CollectorRegistry``, so that several apps in one
process (tests) never register the same metric twice.
"""

from __future__ import annotations

import time

from flask import Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

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
        endpoint = request.endpoint or "unmatched"
        started = g.get("matcher_started")
        if started is not None:
            self.latency.labels(endpoint).observe(time.perf_counter() - started)
        self.requests.labels(endpoint, request.method, str(response.status_code)).inc()
        return response

    def response(self) -> Response:
        return Response(generate_latest(self.registry), mimetype=None,
                        content_type=CONTENT_TYPE_LATEST)


def _catalog_size(service) -> float:
    try:
        return float(len(service.catalog()))
    except MatcherError:
        return 0.0
