"""What the commands share: the error-to-exit group, the index and the model from the
root options, resume files, the one ``--format`` option and how rows are printed."""

from __future__ import annotations

import csv
import io
import json

import click

from matcher import config
from matcher.errors import MatcherError

RESUME_TYPES = {".pdf", ".docx", ".txt", ".md"}
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class MatcherGroup(click.Group):
    """Turns the core's errors into one clear line and a non-zero exit."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except MatcherError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            raise click.Abort() from None


def format_option(*choices: str):
    """The ``--format`` option of a command that prints in ``choices`` (the first is the default)."""
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=choices[0])


def embedder(ctx):
    from matcher.embed import get_embedder
    return get_embedder(ctx.obj["model"])


def open_index(ctx, create: bool = False, load_vectors: bool = True):
    """The index, to use in a ``with`` block; commands that only read SQLite pass
    ``load_vectors=False`` and skip the FAISS file (a second copy of every vector in memory)."""
    from matcher.index import Index
    return Index.open(ctx.obj["index_dir"], embedder(ctx), create=create, load_vectors=load_vectors)


def max_resume_bytes() -> int:
    """The upload limit (MATCHER_MAX_UPLOAD_MB) holds for resume files given here too."""
    return config.load().max_upload_bytes


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
