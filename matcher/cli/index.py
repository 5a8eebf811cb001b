"""The `index` command group (add, list, stats, remove, rebuild, publish) and `show`:
building the posting index, publishing it to servers and reading postings back from it."""

from __future__ import annotations

import json
import sys

import click

from matcher.cli.engine import engine_options, ray_workers
from matcher.cli.options import (
    MatcherGroup,
    echo,
    embedder,
    emit_rows,
    format_option,
    open_index,
    root_options,
)
from matcher.errors import MatcherError


# -- index ----------------------------------------------------------------------
@click.group(cls=MatcherGroup)
@root_options()
def index():
    """Build, inspect and publish the posting index.

    \b
    Example:
      matcher index add seeds/ examples/feed.jsonl
      matcher index list --format csv
    """


@index.command("add")
@click.argument("paths", nargs=-1, required=True)
@engine_options
@root_options()
@click.pass_context
def index_add(ctx, paths, engine, address, workers):
    """Add or update postings from files and directories.

    Reads .txt/.md postings (id = file stem) and .json/.jsonl/.csv records with
    `id` and `text` (or `description`). Every file is checked before anything is
    written; unchanged postings are not embedded again. Other files in a
    directory (a .pdf, an .exe) are not read: each is named on stderr
    ("skipped FILE: ..."), and the add goes on (exit status 0).

    \b
    Example:
      matcher index add seeds/ examples/feed.jsonl
      matcher index add feed.jsonl --engine ray --workers 2
    """
    from matcher.postings.feeds import load_postings, read_entries, skipped_files

    for path in skipped_files(paths):
        echo(f"skipped {path}: not a posting file (.txt .md .json .jsonl .csv)", err=True)
    with ray_workers(engine, address, workers) as count:
        if count is None:
            postings, runner = load_postings(paths), None
        else:
            from matcher.scale.indexing import RayEngine

            runner = RayEngine(count)
            postings = runner.parse(read_entries(paths))
        if not postings:
            raise MatcherError("no postings found in " + ", ".join(paths))
        with open_index(ctx, create=True) as idx:
            with click.progressbar(length=len(postings), label="Indexing postings",
                                   file=sys.stderr) as bar:
                result = idx.add(postings, progress=bar.update, engine=runner)
            stats = idx.stats()
    echo(f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged; "
               f"{stats['postings']} postings in {stats['directory']}")


@index.command("list")
@format_option("table", "json", "csv")
@root_options()
@click.pass_context
def index_list(ctx, fmt):
    """List the postings in the index.

    \b
    Example:
      matcher index list --format csv
    """
    with open_index(ctx, load_vectors=False) as idx:
        rows = idx.store.rows()
    fields = ["id", "title", "company", "location", "remote", "salary_min", "salary_max"]
    emit_rows(rows, fields, fmt)


@index.command("stats")
@root_options()
@click.pass_context
def index_stats(ctx):
    """Show the index's size, model and location.

    \b
    Example:
      matcher index stats
    """
    with open_index(ctx) as idx:
        echo(json.dumps(idx.stats(), indent=2))


@index.command("remove")
@click.argument("ids", nargs=-1, required=True)
@root_options()
@click.pass_context
def index_remove(ctx, ids):
    """Remove postings by id.

    \b
    Example:
      matcher index remove 000_08d9c04a1e8f909e
    """
    with open_index(ctx) as idx:
        # An id given twice (or typed two ways that name one posting: 'café') is removed once.
        distinct = {idx.store.resolve_id(i) or i for i in ids}
        idx.remove(list(ids))
        echo(f"removed {len(distinct)}; {idx.store.count()} postings left")


@index.command("rebuild")
@click.option("--reembed", is_flag=True, help="Embed every posting again with the configured model.")
@engine_options
@root_options()
@click.pass_context
def index_rebuild(ctx, reembed, engine, address, workers):
    """Rebuild the FAISS file from SQLite (or re-embed after a model change).

    Postings added by an older matcher also get their knock-outs stored (read from
    their text), which a server otherwise reads again every time it loads them.

    \b
    Example:
      matcher index rebuild
      MATCHER_MODEL=/models/other matcher index rebuild --reembed
      matcher index rebuild --reembed --engine ray --address 10.0.0.5:6379
    """
    from matcher.index.index import Index

    if engine == "ray" and not reembed:
        raise MatcherError("--engine ray is for --reembed: rebuilding the FAISS file embeds nothing")
    if reembed:
        with ray_workers(engine, address, workers) as count:
            runner, model = None, embedder(ctx) if count is None else None
            if count is not None:  # the model is loaded by the workers, not here
                from matcher.embed.models import lazy_embedder
                from matcher.scale.indexing import RayEngine

                runner, model = RayEngine(count), lazy_embedder(ctx.obj["model"])
            with Index.open(ctx.obj["index_dir"], model, other_model_ok=True) as idx:
                total = idx.store.count()
                with click.progressbar(length=total, label="Re-embedding", file=sys.stderr) as bar:
                    idx.reembed(progress=bar.update, engine=runner)
        echo("rebuilt " + str(ctx.obj["index_dir"]))
    else:
        with open_index(ctx) as idx:
            updated = idx.rebuild()
        echo("rebuilt " + str(ctx.obj["index_dir"])
             + (f" (stored the knock-outs of {updated} postings added before they were read)" if updated else ""))


@index.command("publish")
@click.argument("link", type=click.Path(file_okay=True, dir_okay=True))
@click.option("--keep", type=click.IntRange(min=1), default=None, metavar="N",
              help="Afterwards remove the snapshots beside LINK older than the newest N (default: keep all).")
@root_options()
@click.pass_context
def index_publish(ctx, link, keep):
    """Publish the index as a read-only snapshot and point the symlink LINK at it.

    Copies the index (--index-dir) into a new directory beside LINK (LINK-000001,
    LINK-000002, ...), consistent even while postings are being added, read-only and
    needing no write access to read; then replaces LINK atomically. Servers started
    with `--index-dir LINK` load the new catalog on their next request. Prints the
    snapshot's path.

    \b
    Example:
      matcher --index-dir build index publish /srv/matcher/live --keep 3
      matcher --index-dir /srv/matcher/live serve
    """
    from matcher.index.publish import publish

    done = publish(ctx.obj["index_dir"], link, keep)
    removed = f"; removed {len(done.removed)} older" if done.removed else ""
    echo(f"published {done.postings} postings: {link} -> {done.snapshot.name}{removed}", err=True)
    echo(done.snapshot)


# -- show -----------------------------------------------------------------------
@click.command()
@click.argument("posting_id")
@format_option("text", "json")
@root_options()
@click.pass_context
def show(ctx, posting_id, fmt):
    """Print a parsed posting: sections, requirements (must/nice, years), skills.

    \b
    Example:
      matcher show 003_9161710239a7ba33
    """
    from matcher.postings.parse import format_posting

    with open_index(ctx, load_vectors=False) as idx:
        posting = idx.get(posting_id)
    if fmt == "json":
        echo(json.dumps(posting.to_dict(), indent=2, ensure_ascii=False))
    else:
        echo(format_posting(posting))
