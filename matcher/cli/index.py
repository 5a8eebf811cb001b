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
from matcher.errors import InputError, MatcherError, NotFound

# The most refused records an `index add` without --keep-going lists before "and N more".
REFUSED_SHOWN = 20


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
@click.option("--keep-going", is_flag=True,
              help="Add the good records and name each refused one on stderr (exit status 1 if any "
                   "was refused). Without it one bad record adds nothing, and every bad one is listed.")
@click.option("--sync", is_flag=True,
              help="Afterwards remove the postings in the index that PATHS do not hold (a feed's closed "
                   "jobs). Nothing is removed when a record was refused or PATHS hold no posting.")
@engine_options
@root_options()
@click.pass_context
def index_add(ctx, paths, keep_going, sync, engine, address, workers):
    """Add or update postings from files and directories.

    Reads .txt/.md postings (id = file stem), .json/.jsonl/.csv records with
    `id` and `text` (or `description`), and .xml job feeds (one <job> each, as
    Indeed's: <referencenumber>, <title>, <description>...). Every file is checked before anything is
    written, and one bad record adds nothing: the error lists every bad record
    (file and line), up to 20. With --keep-going the good records are added and
    each bad one is named on stderr ("refused FILE line N: ..."), exit status 1.
    Unchanged postings are not embedded again. A record repeated as it is, an empty
    feed file and fields matcher does not read are noted on stderr, as is a posting
    whose text another posting already has. Other files in a directory (a .pdf, an
    .exe) are not read: each is named on stderr ("skipped FILE: ..."), and the add
    goes on (exit status 0). With --sync the index ends holding just the postings of
    PATHS: those it held that PATHS no longer list are removed, and counted.

    \b
    Example:
      matcher index add seeds/ examples/feed.jsonl
      matcher index add nightly.jsonl --keep-going
      matcher index add nightly.jsonl --sync
      matcher index add feed.jsonl --engine ray --workers 2
    """
    from matcher.postings.feeds import POSTING_FILES, cores, read_entries, read_feed, skipped_files

    if keep_going and engine == "ray":
        raise InputError("index add --keep-going runs on the local engine only, not --engine ray")
    for path in skipped_files(paths):
        echo(f"skipped {path}: not a posting file ({POSTING_FILES})", err=True)
    refused: list[str] = []
    with ray_workers(engine, address, workers) as count:
        if count is None:
            feed, runner = read_feed(paths, parse_all=keep_going, workers=cores()), None
            for note in feed.notes:
                echo(note, err=True)
            refused, postings = feed.refused, feed.postings
            if refused and not keep_going:
                raise InputError(_refusal(refused, feed.good))
            if not postings and not refused:
                if sync:
                    raise InputError(f"nothing synced: {', '.join(paths)} hold{'s' * (len(paths) == 1)} no posting, "
                                     "and --sync would empty the index (to empty it, use index remove)")
                return  # empty feeds: each is named above; nothing to add is no error
        else:
            from matcher.scale.indexing import RayEngine

            runner = RayEngine(count)
            postings = runner.parse(read_entries(paths))
        for line in refused:
            echo(f"refused {line}", err=True)
        if not postings:
            raise MatcherError(f"nothing added: all {len(refused)} records were refused" if refused
                               else "no postings found in " + ", ".join(paths))
        with open_index(ctx, create=True) as idx:
            _note_repeats(idx, postings)
            with click.progressbar(length=len(postings), label="Indexing postings",
                                   file=sys.stderr) as bar:
                result = idx.add(postings, progress=bar.update, engine=runner)
            removed = _sync(idx, postings, refused) if sync else None
            stats = idx.stats()
    echo(f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged"
         + ("" if removed is None else f", {removed} removed")
         + f"; {stats['postings']} postings in {stats['directory']}")
    if refused:
        echo(f"Error: {len(refused)} record{'s' * (len(refused) != 1)} refused (named above)", err=True)
        ctx.exit(1)


def _sync(idx, postings, refused: list[str]) -> int | None:
    """``index add --sync``: remove the postings ``idx`` holds that the feed's ``postings`` do
    not; how many.  None, with a note, when records were refused (--keep-going): a refused
    record may be a job still open, so nothing is removed."""
    if refused:
        echo("note: not synced: with records refused, no posting was removed", err=True)
        return None
    stale = sorted(set(idx.store.ids()) - {p.id for p in postings})
    if stale:
        idx.remove(stale)
    return len(stale)


def _refusal(refused: list[str], good: int) -> str:
    """The error of an add that one or more bad records stopped: each named, in file and line
    order, up to REFUSED_SHOWN; with the way past them when ``good`` records could be added."""
    hint = "nothing added" + (f"; --keep-going adds the {good} good record{'s' * (good != 1)}" if good else "")
    if len(refused) == 1:
        return f"{refused[0]} (--keep-going adds the others)" if good else refused[0]
    lines = refused[:REFUSED_SHOWN]
    more = [f"  and {len(refused) - len(lines)} more"] if len(refused) > len(lines) else []
    return "\n".join([f"{len(refused)} records refused, {hint}:"] + [f"  {x}" for x in lines] + more)


def _note_repeats(idx, postings) -> None:
    """A note on stderr for each new or changed posting that another one (in the index or
    earlier in the feed) repeats under another id: the same text, title, company and
    location.  It is added all the same; unchanged postings are not noted again."""
    from matcher.index.recipe import posting_hash
    from matcher.postings.feeds import same_posting

    known = idx.store.hashes(p.id for p in postings)
    changed = [p for p in postings if known.get(p.id) != posting_hash(p)]
    if not changed:
        return
    ids = {p.id for p in changed}
    in_feed = {p.id for p in postings}
    repeats: dict[str, str] = {}
    for pid, other in same_posting(postings):
        if pid in ids or other in ids:  # the new or changed one is named
            repeats.setdefault(*((pid, other) if pid in ids else (other, pid)))
    for pid, other in idx.store.same_text(changed):
        if other not in in_feed:  # a stored posting the feed replaces was compared above
            repeats.setdefault(pid, other)
    shown = list(repeats.items())[:REFUSED_SHOWN]
    for pid, other in shown:
        echo(f"note: posting {pid!r} has the same text as {other!r} (added all the same)", err=True)
    if len(repeats) > len(shown):
        echo(f"note: and {len(repeats) - len(shown)} more postings have the same text as another", err=True)


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

    The ids in the index are removed; each id not in it is named on stderr, and then
    the exit status is 1 (the others are removed all the same).

    \b
    Example:
      matcher index remove 000_08d9c04a1e8f909e
    """
    with open_index(ctx) as idx:
        # An id given twice (or typed two ways that name one posting: 'café') is removed once.
        stored = {i: idx.store.resolve_id(i) for i in ids}
        missing = list(dict.fromkeys(i for i, s in stored.items() if s is None))
        present = list(dict.fromkeys(s for s in stored.values() if s is not None))
        if not present and len(missing) == 1:
            raise NotFound(f"no posting with id {missing[0]!r} in the index")
        for i in missing:
            echo(f"Error: no posting with id {i!r} in the index", err=True)
        if not present:
            raise NotFound(f"none of the {len(missing)} ids is in the index; nothing removed")
        idx.remove(present)
        echo(f"removed {len(present)}; {idx.store.count()} postings left")
    if missing:
        ctx.exit(1)


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
    if fmt == "json":  # the API's GET /api/v1/postings/<id>: with the salary's currency code, as a match
        data = {**posting.to_dict(), "salary_currency": posting.salary_currency}
        echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        echo(format_posting(posting))
