"""What the commands share: the error-to-exit group, the index and the model from the
root options, resume files, the one ``--format`` option and how rows are printed."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import click

from matcher import config
from matcher.errors import MatcherError

RESUME_TYPES = {".pdf", ".docx", ".txt", ".md"}
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# What a terminal would obey rather than show: C0 controls but tab and newline, DEL, C1
# controls (ESC [ and CSI start escape sequences) and the bidirectional overrides, which
# reorder what is shown.  Posting titles, ids and file names are untrusted text.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: object) -> str:
    """``text`` without the characters a terminal would act on: everything the CLI prints
    goes through here (``echo``, ``secho``, the error line)."""
    return _UNSAFE.sub("", str(text))


def echo(message: object = "", **kwargs) -> None:
    """``click.echo`` of ``safe(message)``: the one way the commands print."""
    click.echo(safe(message), **kwargs)


def secho(message: object = "", **kwargs) -> None:
    click.secho(safe(message), **kwargs)


class OneLineError(click.ClickException):
    """A ClickException whose line is printed through ``safe``."""

    def format_message(self) -> str:
        return safe(self.message)


class BadValue(OneLineError):
    """An option's or argument's value that its type refuses ("--top 0", "-k abc"): click's
    own line, without the usage text around it, and click's exit status for a usage error."""

    exit_code = 2


def internal_error(exc: Exception) -> str:
    """The line for an exception that is a defect of matcher's: its type, never its message."""
    return (f"internal error ({type(exc).__name__}): a defect in matcher, not in the input; please "
            "report it with the command that ran")


class MatcherGroup(click.Group):
    """Turns the core's errors into one clear line and a non-zero exit."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.BadParameter as exc:
            raise BadValue(exc.format_message()) from None
        except MatcherError as exc:
            raise OneLineError(str(exc)) from None
        except sqlite3.DatabaseError as exc:  # the store's own errors are IndexProblems; a last resort
            raise OneLineError(f"the index in {ctx.obj['index_dir'] if ctx.obj else 'index'} cannot be "
                                f"read ({exc}): re-create it from your postings with "
                                "`matcher index add PATH...` in a new --index-dir") from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:
            # A defect of matcher's, not of the input's form: one line, as the API's 500 says it.
            # Its message may quote a resume, so only its type is named.
            raise OneLineError(internal_error(exc)) from None
        except KeyboardInterrupt:
            raise click.Abort() from None


# The root group's options, which every command that opens the index or loads the model also
# takes after its own name ("matcher index add seeds/ --index-dir build"), where a user puts
# them as often as before it.  Read once, by the root group, with their MATCHER_* defaults.
_ROOT_OPTIONS = {
    "index_dir": dict(param_decls=("--index-dir",), envvar="MATCHER_INDEX_DIR", default="index",
                      type=click.Path(file_okay=False, path_type=Path),
                      help="Index directory (MATCHER_INDEX_DIR)."),
    "model": dict(param_decls=("--model",), envvar="MATCHER_MODEL", default=None,
                  help="Embedding model name or path (MATCHER_MODEL); default all-MiniLM-L6-v2."),
}


def root_options(*names: str, root: bool = False):
    """The root options ``names`` ('index_dir', 'model'; default both) on a command.

    On the root group (``root=True``) they are read with their environment defaults and
    passed to its callback.  On a command they are optional again after its name: one
    given there replaces the root's value in ``ctx.obj`` (``matcher --index-dir a rank
    --index-dir b`` reads b), and one left out keeps it."""

    def override(ctx, param, value):
        if value is not None:
            ctx.ensure_object(dict)[param.name] = value

    def decorate(command):
        for name in reversed(names or tuple(_ROOT_OPTIONS)):
            spec = dict(_ROOT_OPTIONS[name])
            decls = spec.pop("param_decls")
            if root:
                command = click.option(*decls, show_default=spec["default"] is not None, **spec)(command)
            else:
                spec.update(envvar=None, default=None, expose_value=False, callback=override,
                            help=spec["help"] + " Given here, it wins over one before the command.")
                command = click.option(*decls, name, **spec)(command)
        return command

    return decorate


def format_option(*choices: str):
    """The ``--format`` option of a command that prints in ``choices`` (the first is the default)."""
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=choices[0])


def embedder(ctx):
    from matcher.embed import get_embedder
    return get_embedder(ctx.obj["model"])


def open_index(ctx, create: bool = False, load_vectors: bool = True):
    """The index, to use in a ``with`` block; commands that only read SQLite pass
    ``load_vectors=False`` and skip the FAISS file (a second copy of every vector in memory).
    Its model is loaded only if something is embedded: listing, showing, removing or
    finding similar postings never imports torch."""
    from matcher.embed.models import lazy_embedder
    from matcher.index import Index
    return Index.open(ctx.obj["index_dir"], lazy_embedder(ctx.obj["model"]), create=create,
                      load_vectors=load_vectors)


def max_resume_bytes() -> int:
    """The upload limit (MATCHER_MAX_UPLOAD_MB) holds for resume files given here too."""
    return config.load().max_upload_bytes


def emit_rows(rows: list[dict], fields: list[str], fmt: str) -> None:
    if fmt == "json":
        echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        echo(buf.getvalue(), nl=False)
    else:
        widths = {f: max([len(f)] + [len(_cell(r.get(f))) for r in rows]) for f in fields}
        widths = {f: min(w, 48) for f, w in widths.items()}
        echo("  ".join(f.upper().ljust(widths[f]) for f in fields))
        for r in rows:
            echo("  ".join(_cell(r.get(f))[:widths[f]].ljust(widths[f]) for f in fields))


def _cell(value) -> str:
    """A table cell: one line of safe text."""
    return "" if value is None else " ".join(safe(value).split())
