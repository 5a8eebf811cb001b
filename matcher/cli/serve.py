"""The `serve` command: the web form and the JSON API, served by waitress."""

from __future__ import annotations

import click

from matcher import __version__, config
from matcher.cli.options import root_options
from matcher.errors import MatcherError


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=5000, show_default=True)
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True,
              help="Worker threads; one process, so the model is loaded once.")
@root_options()
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
    from matcher import create_app
    from matcher.web.server import configure_logging, make_server

    # Before the model loads: FAISS's loader and the rate limiter log only at DEBUG.
    configure_logging(config.load().log_level)
    app = create_app({"INDEX_DIR": str(ctx.obj["index_dir"]), "MODEL": ctx.obj["model"]})
    service = app.extensions["matcher"]
    try:
        loaded = f"{len(service.catalog())} postings"
    except MatcherError as exc:
        # Serve anyway: postings can still be added through the API.
        loaded = f"no usable index yet ({exc})"
    click.echo(f"matcher {__version__}: model {service.embedder.name}, {loaded}; "
               f"serving on http://{host}:{port}", err=True)
    # waitress refuses a body over the app's cap from its header, answers a stalled or
    # trickling one with 408, and lets the app answer its refusals (matcher.web.server).
    server = make_server(app, host=host, port=port, threads=threads)
    try:
        server.run()
    finally:
        server.close()
