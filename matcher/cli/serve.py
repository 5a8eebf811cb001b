"""The `serve` command: the web form and the JSON API, served by waitress."""

from __future__ import annotations

import click

from matcher import __version__, config
from matcher.errors import MatcherError


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=5000, show_default=True)
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True,
              help="Worker threads; one process, so the model is loaded once.")
@click.pass_context
def serve(ctx, host, port, threads):
    """Serve the upload form and the JSON API with waitress.

    The model and the catalog are loaded before the first request is accepted.
    Settings come from MATCHER_* variables (API key, upload limit, rate limit...).

    \b
    Example:
      matcher --index-dir index serve --port 5000
      MATCHER_API_KEY=secret matcher serve --host 0.0.0.0
    """
    import logging

    from waitress import serve as waitress_serve

    from matcher import create_app

    logging.basicConfig(level=config.load().log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app({"INDEX_DIR": str(ctx.obj["index_dir"]), "MODEL": ctx.obj["model"]})
    service = app.extensions["matcher"]
    try:
        loaded = f"{len(service.catalog())} postings"
    except MatcherError as exc:
        # Serve anyway: postings can still be added through the API.
        loaded = f"no usable index yet ({exc})"
    click.echo(f"matcher {__version__}: model {service.embedder.name}, {loaded}; "
               f"serving on http://{host}:{port}", err=True)
    # The app answers bodies over its limit with a JSON 413; waitress's own cap sits
    # above it only to bound memory.  waitress spools bodies over inbuf_overflow to a
    # temporary file, and a resume must stay in memory: no spooling below the cap.
    body_cap = 2 * app.config["MAX_CONTENT_LENGTH"] + 1024 * 1024
    waitress_serve(app, host=host, port=port, threads=threads, ident="matcher",
                   max_request_body_size=body_cap, inbuf_overflow=body_cap + 1,
                   outbuf_overflow=16 * 1024 * 1024)
