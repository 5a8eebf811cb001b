"""matcher's waitress: limits set from the upload cap, and every refusal answered by the app.

waitress reads a request's whole body before the application sees it.  So the
checks that must happen before a body is read happen here, in waitress's own
layer:

- ``max_request_body_size`` is the app's own cap (``MAX_CONTENT_LENGTH``): a
  declared length over it is refused from the header alone, and a chunked body
  is cut when it crosses it.  Nothing past the cap is ever buffered, and
  ``inbuf_overflow`` sits above it, so an accepted body stays in memory (a
  resume never touches the disk).
- A request that stalls (no byte for ``channel_timeout`` seconds) or trickles
  (slower than ``MIN_BODY_RATE`` after ``BODY_GRACE_S``) is answered 408 and
  closed; waitress alone would wait for it as long as it sends a byte every
  two minutes.
- waitress's own refusals (413, 408, a broken header or chunk, headers too
  large) are not its plain-text pages: ``RefusalTask`` passes them to the app
  with an empty body, and the app answers them as any other error, in the one
  JSON shape (or the form again, for the form) with the security headers.
- After a refusal the connection lingers, reading and dropping what the client
  still sends, for at most ``LINGER_S`` seconds, so that a client which sends
  its whole body before reading gets the answer instead of a connection reset.
"""

from __future__ import annotations

import io
import logging
import socket
import sys
import time

from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import create_server
from waitress.task import WSGITask
from waitress.utilities import Error

log = logging.getLogger("matcher.server")

CHANNEL_TIMEOUT_S = 15      # seconds without a byte before a request or an idle connection ends
BODY_GRACE_S = 10           # every request has this long, plus its size at MIN_BODY_RATE
MIN_BODY_RATE = 32 * 1024   # bytes per second: 5 MiB in 160 s
LINGER_S = 10               # how long a refused body is read and dropped after the 413
LINGER_BYTES = 256 * 1024 * 1024
REFUSED_KEY = "matcher.refused"   # environ key: (status, message) of a refusal by the server


class RequestTimeout(Error):
    code = 408
    reason = "Request Timeout"


class TimedParser(HTTPRequestParser):
    """waitress's parser, which also knows when its request began."""

    def __init__(self, adj):
        super().__init__(adj)
        self.started = time.monotonic()


class RefusalTask(WSGITask):
    """A refusal by waitress (``request.error``), answered by the application.

    The app sees the request's method, path and headers, an empty body and
    ``environ[REFUSED_KEY] = (status, message)``; ``matcher.web.app`` turns
    that into its own error answer before any view or form parsing runs.
    """

    def get_environment(self):
        if self.environ is not None:
            return self.environ
        error = self.request.error
        try:
            if error.code == 431:  # waitress stands in "GET /" for a header it did not read
                raise LookupError
            environ = super().get_environment()
        except Exception:  # the header could not be parsed: no method or path to go by
            self.environ = environ = self._bare_environment()
        environ["wsgi.input"] = io.BytesIO()
        environ["wsgi.input_terminated"] = True
        if error.code != 413:
            # The app must not wait for a body that will never come.
            environ["CONTENT_LENGTH"] = "0"
        environ[REFUSED_KEY] = (error.code, str(error.body))
        return environ

    def _bare_environment(self) -> dict:
        server = self.channel.server
        return {
            "REQUEST_METHOD": "GET", "SCRIPT_NAME": "", "PATH_INFO": "/api/v1",
            "QUERY_STRING": "", "SERVER_NAME": str(server.server_name),
            "SERVER_PORT": str(server.effective_port), "SERVER_PROTOCOL": "HTTP/1.0",
            "REMOTE_ADDR": str(self.channel.addr[0]) if self.channel.addr else "",
            "wsgi.version": (1, 0), "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
            "wsgi.multithread": True, "wsgi.multiprocess": False, "wsgi.run_once": False,
        }

    def execute(self):
        if not getattr(self.request, "command", None):
            self.request.command = "GET"   # the header never arrived whole
        if not self.request.completed_body():
            # The client may still be sending: read it out after the answer (see below).
            self.channel.linger_after_close = True
        try:
            super().execute()
        except Exception:
            if self.wrote_header:
                raise
            log.error("the app failed to answer a refused request (%s)", self.request.error.code)
            self._plain_json()
        # The rest of the body (if any) was never read: this connection ends here.
        self.set_close_on_finish()

    def _plain_json(self):
        import json

        from matcher.web.app import SECURITY_HEADERS

        code = self.request.error.code
        body = json.dumps({"ok": False, "error": self.request.error.reason, "status": code})
        self.response_headers = [("Content-Type", "application/json"),
                                 *SECURITY_HEADERS.items()]
        self.status = f"{code} {self.request.error.reason}"
        self.content_length = len(body)
        self.write(body.encode())


def _completed_body(self) -> bool:
    receiver = self.body_rcv
    return receiver is not None and bool(getattr(receiver, "completed", False))


TimedParser.completed_body = _completed_body


class MatcherChannel(HTTPChannel):
    """waitress's channel, with refusals answered by the app and a lingering close."""

    parser_class = TimedParser
    error_task_class = RefusalTask
    linger_after_close = False
    linger_until = None
    lingered_bytes = 0

    def handle_close(self):
        if self.linger_after_close and self.linger_until is None and self.connected:
            # The answer is flushed: end our side, then read and drop the client's.
            try:
                self.socket.shutdown(socket.SHUT_WR)
            except OSError:
                return super().handle_close()
            self.linger_until = time.monotonic() + LINGER_S
            self.will_close = self.close_when_flushed = False
            self.last_activity = time.time()
            return None
        return super().handle_close()

    def readable(self):
        if self.linger_until is not None:
            return not self.will_close
        return super().readable()

    def writable(self):
        if self.linger_until is not None:
            return self.will_close
        return super().writable()

    def handle_read(self):
        if self.linger_until is None:
            return super().handle_read()
        try:
            data = self.recv(64 * 1024)
        except OSError:
            data = b""
        self.lingered_bytes += len(data)
        if data:
            self.last_activity = time.time()
        if not data or time.monotonic() > self.linger_until or \
                self.lingered_bytes > LINGER_BYTES:
            self.linger_until = -1.0  # done: close for good
            self.linger_after_close = False
            super().handle_close()
        return None


def _maintenance(server, now: float) -> None:
    """waitress's cleanup, plus deadlines for requests that stall or trickle."""
    adj = server.adj
    cutoff = now - adj.channel_timeout
    clock = time.monotonic()
    for channel in list(server.active_channels.values()):
        if getattr(channel, "linger_until", None) is not None:
            if channel.linger_until < 0 or clock > channel.linger_until or \
                    channel.last_activity < cutoff:
                channel.linger_after_close = False
                channel.will_close = True
            continue
        request = channel.request
        if request is not None and not request.completed and not channel.requests and \
                (request.header_bytes_received or request.header_plus or request.body_rcv):
            expected = request.content_length or (adj.max_request_body_size
                                                  if request.chunked else 0)
            deadline = getattr(request, "started", clock) + BODY_GRACE_S + \
                expected / MIN_BODY_RATE
            if channel.last_activity < cutoff or clock > deadline:
                _answer_timeout(server, channel, request)
            continue
        if not channel.requests and channel.last_activity < cutoff:
            channel.will_close = True


def _answer_timeout(server, channel, request) -> None:
    with channel.requests_lock:
        if channel.request is not request or request.completed:
            return
        request.error = RequestTimeout("the request was not received in time")
        request.completed = True
        channel.request = None
        channel.requests.append(request)
        if len(channel.requests) == 1:
            server.add_task(channel)
    log.info("answered 408 to a request that stalled or trickled")


def server_options(app, channel_timeout: float = CHANNEL_TIMEOUT_S) -> dict:
    """waitress adjustments for ``app``: its body cap, no spooling below it, short timeouts."""
    cap = int(app.config["MAX_CONTENT_LENGTH"])
    return {
        # waitress refuses content_length >= max_request_body_size; Flask refuses > its cap.
        "max_request_body_size": cap + 1,
        "inbuf_overflow": cap + 2,
        "outbuf_overflow": 16 * 1024 * 1024,
        "channel_timeout": channel_timeout,
        # waitress looks for stale channels every cleanup_interval seconds (30 by default).
        "cleanup_interval": max(0.5, min(2.0, channel_timeout / 2)),
        "max_request_header_size": 64 * 1024,
        "ident": "matcher",
    }


def make_server(app, host: str = "127.0.0.1", port: int = 5000, threads: int = 8,
                channel_timeout: float = CHANNEL_TIMEOUT_S, **overrides):
    """A waitress server for ``app`` with matcher's limits; ``.run()`` serves, ``.close()``
    stops.  Every listening socket gets matcher's channel and cleanup."""
    import types

    options = server_options(app, channel_timeout) | overrides
    server = create_server(app, host=host, port=port, threads=threads, **options)
    listeners = [server] if hasattr(server, "active_channels") else \
        [s for s in server.map.values() if hasattr(s, "active_channels")]
    for listener in listeners:
        listener.channel_class = MatcherChannel
        listener.maintenance = types.MethodType(_maintenance, listener)
    return server


def configure_logging(level: str) -> None:
    """The log of `matcher serve`: matcher's lines at ``level``, other libraries' noise
    (FAISS's loader, the rate limiter's lines, which name client addresses) only at DEBUG."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("matcher").setLevel(level)   # the access log is matcher.access, at INFO
    debug = level == "DEBUG"
    # FAISS's loader logs each CPU variant it tries (and fails to find) at INFO.
    logging.getLogger("faiss.loader").setLevel(logging.DEBUG if debug else logging.WARNING)
    # The rate limiter logs each refusal at INFO with the client's address: kept out.
    logging.getLogger("flask-limiter").setLevel(logging.DEBUG if debug else logging.ERROR)
