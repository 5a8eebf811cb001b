"""The command line: a thin face over the core.

Every command parses its input, calls the core and formats the result.
A ``MatcherError`` becomes one line on stderr and exit status 1.

This module holds the root group, what the commands share (opening the index,
reading resume files, printing rows) and the small ``skills`` and ``serve``
commands; the others live by seam and register themselves on ``cli``:
``cli_index`` (the index and its postings), ``cli_rank`` (ranking and its
output) and ``cli_measure`` (evaluation and benchmarks).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from . import __version__, config
from .errors import MatcherError

RESUME_TYPES = {".pdf", ".docx", ".txt", ".md"}


class MatcherGroup(click.Group):
    """Turns the core's errors into one clear line and a non-zero exit."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except MatcherError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            raise click.Abort() from None


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(cls=MatcherGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="matcher")
@click.option("--index-dir", envvar="MATCHER_INDEX_DIR", default="index", show_default=True,
              type=click.Path(file_okay=False), help="Index directory (MATCHER_INDEX_DIR).")
@click.option("--model", envvar="MATCHER_MODEL", default=None,
              help="Embedding model name or path (MATCHER_MODEL); default all-MiniLM-L6-v2.")
@click.pass_context
def cli(ctx, index_dir, model):
    """matcher: rank job postings for a resume, with explanations.

    \b
    Example:
      matcher index add seeds/
      matcher rank resume.pdf --top 5
    """
    ctx.obj = {"index_dir": Path(index_dir), "model": model}


def embedder(ctx):
    from .embed import get_embedder
    return get_embedder(ctx.obj["model"])


def open_index(ctx, create: bool = False, load_vectors: bool = True):
    """The index; commands that only read SQLite pass ``load_vectors=False`` and skip the
    FAISS file (a second copy of every vector in memory)."""
    from .index import Index
    return Index.open(ctx.obj["index_dir"], embedder(ctx), create=create, load_vectors=load_vectors)


def max_resume_bytes() -> int:
    """The upload limit (MATCHER_MAX_UPLOAD_MB) holds for resume files given here too."""
    try:
        megabytes = float(config.get("max_upload_mb"))
    except (TypeError, ValueError):
        raise MatcherError("MATCHER_MAX_UPLOAD_MB must be a number") from None
    return int(megabytes * 1024 * 1024)


# -- skills ---------------------------------------------------------------------
@cli.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def skills(source, fmt):
    """Print the skills found in a resume or posting file, or in TEXT itself.

    \b
    Example:
      matcher skills resume.pdf
      matcher skills "5 years of k8s and Postgres" --format json
    """
    from .resumes import read_resume
    from .skills import extract_skills
    from .text import clean_text

    path = Path(source)
    if path.suffix.lower() in RESUME_TYPES and path.exists():
        text = read_resume(path, max_bytes=max_resume_bytes()).text
    else:
        text = clean_text(source)
    mentions = extract_skills(text)
    if fmt == "json":
        click.echo(json.dumps([m.to_dict() for m in mentions], indent=2, ensure_ascii=False))
        return
    for m in mentions:
        click.echo(f"{m.name:<24} {m.category:<12} {m.start:>6}-{m.end:<6} {m.surface}")


# -- serve ----------------------------------------------------------------------
@cli.command()
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

    from . import create_app

    logging.basicConfig(level=str(config.get("log_level")).upper(),
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


# -- output ---------------------------------------------------------------------
def emit_rows(rows: list[dict], fields: list[str], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        widths = {f: max([len(f)] + [len(_cell(r.get(f))) for r in rows]) for f in fields}
        widths = {f: min(w, 48) for f, w in widths.items()}
        click.echo("  ".join(f.upper().ljust(widths[f]) for f in fields))
        for r in rows:
            click.echo("  ".join(_cell(r.get(f))[:widths[f]].ljust(widths[f]) for f in fields))


def _cell(value) -> str:
    return "" if value is None else str(value)


# The commands that live by seam register themselves on `cli` when imported.
from . import cli_index, cli_measure, cli_rank  # noqa: E402,F401
