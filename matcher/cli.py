"""The command line: a thin face over the core.

Every command parses its input, calls the core and formats the result.
A ``MatcherError`` becomes one line on stderr and exit status 1.
"""

from __future__ import annotations

import csv
import io
import json
import sys
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


def _embedder(ctx):
    from .embed import get_embedder
    return get_embedder(ctx.obj["model"])


def _open_index(ctx, create: bool = False, load_vectors: bool = True):
    """The index; commands that only read SQLite pass ``load_vectors=False`` and skip the
    FAISS file (a second copy of every vector in memory)."""
    from .index import Index
    return Index.open(ctx.obj["index_dir"], _embedder(ctx), create=create, load_vectors=load_vectors)


# -- index ----------------------------------------------------------------------
@cli.group(cls=MatcherGroup)
def index():
    """Build and inspect the posting index."""


@index.command("add")
@click.argument("paths", nargs=-1, required=True)
@click.pass_context
def index_add(ctx, paths):
    """Add or update postings from files and directories.

    Reads .txt/.md postings (id = file stem) and .json/.jsonl/.csv records with
    `id` and `text` (or `description`). Every file is checked before anything is
    written; unchanged postings are not embedded again.

    \b
    Example:
      matcher index add seeds/ feed.jsonl
    """
    from .feeds import load_postings

    postings = load_postings(paths)
    if not postings:
        raise MatcherError("no postings found in " + ", ".join(paths))
    idx = _open_index(ctx, create=True)
    try:
        with click.progressbar(length=len(postings), label="Indexing postings",
                               file=sys.stderr) as bar:
            result = idx.add(postings, progress=bar.update)
        stats = idx.stats()
    finally:
        idx.close()
    click.echo(f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged; "
               f"{stats['postings']} postings in {stats['directory']}")


@index.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@click.pass_context
def index_list(ctx, fmt):
    """List the postings in the index.

    \b
    Example:
      matcher index list --format csv
    """
    idx = _open_index(ctx, load_vectors=False)
    try:
        rows = idx.store.rows()
    finally:
        idx.close()
    fields = ["id", "title", "company", "location", "remote", "salary_min", "salary_max"]
    _emit_rows(rows, fields, fmt)


@index.command("stats")
@click.pass_context
def index_stats(ctx):
    """Show the index's size, model and location.

    \b
    Example:
      matcher index stats
    """
    idx = _open_index(ctx)
    try:
        click.echo(json.dumps(idx.stats(), indent=2))
    finally:
        idx.close()


@index.command("remove")
@click.argument("ids", nargs=-1, required=True)
@click.pass_context
def index_remove(ctx, ids):
    """Remove postings by id.

    \b
    Example:
      matcher index remove 000_08d9c04a1e8f909e
    """
    idx = _open_index(ctx)
    try:
        idx.remove(list(ids))
        click.echo(f"removed {len(ids)}; {idx.store.count()} postings left")
    finally:
        idx.close()


@index.command("rebuild")
@click.option("--reembed", is_flag=True, help="Embed every posting again with the configured model.")
@click.pass_context
def index_rebuild(ctx, reembed):
    """Rebuild the FAISS file from SQLite (or re-embed after a model change).

    \b
    Example:
      matcher index rebuild
      MATCHER_MODEL=/models/other matcher index rebuild --reembed
    """
    from .index import Index

    if reembed:
        idx = Index.open(ctx.obj["index_dir"], _embedder(ctx), other_model_ok=True)
        try:
            total = idx.store.count()
            with click.progressbar(length=total, label="Re-embedding", file=sys.stderr) as bar:
                idx.reembed(progress=bar.update)
        finally:
            idx.close()
    else:
        idx = _open_index(ctx)
        try:
            idx.rebuild()
        finally:
            idx.close()
    click.echo("rebuilt " + str(ctx.obj["index_dir"]))


# -- show -----------------------------------------------------------------------
@cli.command()
@click.argument("posting_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def show(ctx, posting_id, fmt):
    """Print a parsed posting: sections, requirements (must/nice, years), skills.

    \b
    Example:
      matcher show 003_9161710239a7ba33
    """
    from .postings import format_posting

    idx = _open_index(ctx, load_vectors=False)
    try:
        posting = idx.get(posting_id)
    finally:
        idx.close()
    if fmt == "json":
        click.echo(json.dumps(posting.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_posting(posting))


# -- similar --------------------------------------------------------------------
@cli.command()
@click.argument("posting_id")
@click.option("-k", "k", type=int, default=10, show_default=True,
              help="How many postings to show (all the others if fewer).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@click.pass_context
def similar(ctx, posting_id, k, fmt):
    """Print the postings most like one in the index, by their summary vectors.

    \b
    Example:
      matcher similar 003_9161710239a7ba33 -k 5
    """
    idx = _open_index(ctx)  # with its FAISS file, which similar() searches
    try:
        found = idx.similar(posting_id, k)
    finally:
        idx.close()
    rows = [s.to_dict() for s in found]
    if fmt == "json":
        click.echo(json.dumps({"posting_id": posting_id, "similar": rows}, indent=2,
                              ensure_ascii=False))
        return
    _emit_rows(rows, ["posting_id", "title", "company", "location", "similarity"], fmt)


# -- rank -----------------------------------------------------------------------
def _max_resume_bytes() -> int:
    """The upload limit (MATCHER_MAX_UPLOAD_MB) holds for resume files given here too."""
    try:
        megabytes = float(config.get("max_upload_mb"))
    except (TypeError, ValueError):
        raise MatcherError("MATCHER_MAX_UPLOAD_MB must be a number") from None
    return int(megabytes * 1024 * 1024)


def _resume_paths(items) -> list[Path]:
    paths: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            paths += sorted(p for p in path.rglob("*") if p.suffix.lower() in RESUME_TYPES)
        else:
            paths.append(path)
    return paths


@cli.command()
@click.argument("resumes", nargs=-1, required=True)
@click.option("--top", "top_k", type=click.IntRange(1), default=10, show_default=True,
              help="How many postings to show per resume.")
@click.option("--all", "rank_all", is_flag=True, help="Rank every posting in the index.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@click.option("--remote-only", is_flag=True, help="Only remote postings.")
@click.option("--location", default="", help="Only postings whose location contains this text.")
@click.option("--company", default="", help="Only postings whose company contains this text.")
@click.option("--min-salary", type=float, default=None,
              help="Drop postings whose stated salary is below this (yearly).")
@click.option("--keep-going", is_flag=True,
              help="Report unreadable resumes and rank the rest (exit status 1 if any failed).")
@click.pass_context
def rank(ctx, resumes, top_k, rank_all, fmt, remote_only, location, company, min_salary,
         keep_going):
    """Rank the indexed postings for each resume (.pdf, .docx, .txt, .md or a directory).

    \b
    Example:
      matcher rank resume.pdf --top 5
      matcher rank resumes/ --all --format csv > ranking.csv
    """
    from .catalog import Catalog, Filters
    from .resumes import read_resume

    paths = _resume_paths(resumes)
    if not paths:
        raise MatcherError("no resumes found in " + ", ".join(resumes))
    loaded, failed = [], 0
    for path in paths:
        try:
            loaded.append(read_resume(path, max_bytes=_max_resume_bytes()))
        except MatcherError as exc:
            if not keep_going:
                raise
            click.echo(f"Error: {exc}", err=True)
            failed += 1
    idx = _open_index(ctx, load_vectors=False)
    try:
        catalog = Catalog.from_index(idx)
    finally:
        idx.close()
    filters = Filters(remote_only, location, company, min_salary)
    results = []
    with click.progressbar(loaded, label="Ranking", file=sys.stderr,
                           hidden=len(loaded) < 2) as bar:
        for resume in bar:
            matches = catalog.rank(resume, None if rank_all else top_k, filters)
            results.append({"resume": resume.name, "matches": matches})
    _emit_ranking(results, fmt)
    if failed:
        ctx.exit(1)


@cli.command("rank-resumes")
@click.argument("posting")
@click.argument("resumes", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@click.pass_context
def rank_resumes_cmd(ctx, posting, resumes, fmt):
    """Rank resumes for one posting (an id in the index, or a posting file).

    \b
    Example:
      matcher rank-resumes 003_9161710239a7ba33 candidates/
    """
    from .catalog import rank_resumes
    from .feeds import load_postings
    from .resumes import read_resume

    if Path(posting).exists():
        found = load_postings([posting])
        if len(found) != 1:
            raise MatcherError(f"{posting} holds {len(found)} postings; give exactly one")
        target = found[0]
    else:
        idx = _open_index(ctx, load_vectors=False)
        try:
            target = idx.get(posting)
        finally:
            idx.close()
    loaded = [read_resume(p, max_bytes=_max_resume_bytes()) for p in _resume_paths(resumes)]
    if not loaded:
        raise MatcherError("no resumes found in " + ", ".join(resumes))
    ranked = rank_resumes(target, loaded, _embedder(ctx))
    if fmt == "json":
        click.echo(json.dumps({"posting_id": target.id, "title": target.title, "resumes": [
            {"rank": m.rank, "resume": r.name, "score": round(m.score, 1),
             "explanation": m.explanation.to_dict()} for r, m in ranked]}, indent=2,
            ensure_ascii=False))
        return
    rows = [{"rank": m.rank, "resume": r.name, "score": round(m.score, 1),
             "covered": len(m.explanation.covered),
             "missing_must": len(m.explanation.missing_must),
             "skills_missing": "; ".join(m.explanation.skills_missing)} for r, m in ranked]
    if fmt == "table":
        click.echo(f"{target.title or target.id} — {target.company}")
    _emit_rows(rows, list(rows[0]), fmt)


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
        text = read_resume(path, max_bytes=_max_resume_bytes()).text
    else:
        text = clean_text(source)
    mentions = extract_skills(text)
    if fmt == "json":
        click.echo(json.dumps([m.to_dict() for m in mentions], indent=2, ensure_ascii=False))
        return
    for m in mentions:
        click.echo(f"{m.name:<24} {m.category:<12} {m.start:>6}-{m.end:<6} {m.surface}")


# -- eval -----------------------------------------------------------------------
@cli.command("eval")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown")
@click.pass_context
def eval_cmd(ctx, paths, fmt):
    """Measure ranking and skill extraction on labelled data, next to the baselines.

    PATHS are labelled pair files (.csv/.jsonl: posting, resume, label), SkillSpan
    files (.json lines with tokens and tags_knowledge), or directories of them.

    \b
    Example:
      matcher eval ../shared/eval
      matcher eval pairs.jsonl --format json
    """
    from .evaluation import evaluate, format_report, load_pairs
    from .skill_eval import evaluate_skillspan

    files: list[Path] = []
    found_in_dirs: set[Path] = set()
    for item in paths:
        path = Path(item)
        if path.is_dir():
            inside = sorted(p for p in path.iterdir()
                            if p.suffix in {".csv", ".jsonl"} or p.name.startswith("skillspan"))
            files += inside
            found_in_dirs.update(inside)
        elif path.exists():
            files.append(path)
        else:
            raise MatcherError(f"{path}: no such file or directory")
    reports = {}
    for path in files:
        if path.name.startswith("skillspan"):
            reports[path.name] = {"asked": evaluate_skillspan(path),
                                  "every_mention": evaluate_skillspan(path, asked=False)}
        elif path.suffix in {".csv", ".jsonl"}:
            try:
                pairs = load_pairs(path)
            except MatcherError:
                if path in found_in_dirs:
                    continue  # a directory may hold other CSVs (a taxonomy, say)
                raise
            reports[path.name] = evaluate(pairs, _embedder(ctx))
    if not reports:
        raise MatcherError("no labelled data found in " + ", ".join(paths))
    if fmt == "json":
        click.echo(json.dumps(reports, indent=2))
        return
    for name, report in reports.items():
        click.echo(f"## {name}\n")
        if "directions" in report:
            click.echo(format_report(report))
        else:
            click.echo("| skill extractor | precision | recall | F1 | claimed | gold |\n|---|---:|---:|---:|---:|---:|")
            for label, key in (("what a posting asks (matcher)", "asked"), ("every mention", "every_mention")):
                r = report[key]
                click.echo(f"| {label} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                           f"{r['claimed']} | {r['gold']} |")
            click.echo()


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


# -- bench ----------------------------------------------------------------------
@cli.command()
@click.option("--sizes", default="1000,10000", show_default=True,
              help="Corpus sizes (postings), comma-separated.")
@click.option("--large", is_flag=True, help="Add the 100,000-posting corpus (hours on a laptop).")
@click.option("--queries", type=click.IntRange(1), default=60, show_default=True,
              help="Match queries per size (one-page resumes; three-page: a third).")
@click.option("--http-seconds", type=click.FloatRange(0.5), default=20.0, show_default=True,
              help="Seconds of HTTP load per concurrency level.")
@click.option("--no-http", is_flag=True, help="Skip the production-server part.")
@click.option("--naive-sample", type=click.IntRange(1), default=40, show_default=True,
              help="Postings the naive build baseline encodes.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="docs/bench",
              show_default=True, help="Directory for the JSON results and the plot.")
@click.option("--markdown", type=click.Path(dir_okay=False), default="docs/BENCHMARKS.md",
              show_default=True, help="Where to write the report.")
@click.option("--seeds", "seeds_dir", type=click.Path(exists=True, file_okay=False), default="seeds",
              show_default=True, help="Seed postings the corpora are generated from.")
@click.option("--keep", is_flag=True, help="Keep the benchmark indexes (printed path).")
@click.option("--report-only", is_flag=True,
              help="Only write the report and plot again from the saved results.json.")
@click.pass_context
def bench(ctx, sizes, large, queries, http_seconds, no_http, naive_sample, out_dir, markdown,
          seeds_dir, keep, report_only):
    """Measure build throughput, match latency, HTTP throughput and memory, with baselines.

    Writes docs/BENCHMARKS.md, docs/bench/results.json and docs/bench/benchmark.png.
    Figures, never a pass/fail test; the default run takes minutes.

    \b
    Example:
      matcher bench
      matcher bench --sizes 200 --queries 10 --http-seconds 2
      matcher bench --large
    """
    from .bench import LARGE_SIZE, BenchOptions, run_benchmark

    if report_only:
        from .bench.report import render

        if not (Path(out_dir) / "results.json").exists():
            raise MatcherError(f"no results in {out_dir}: run `matcher bench` first")
        click.echo(f"wrote {render(Path(out_dir), Path(markdown))['markdown']}")
        return
    try:
        parsed = tuple(int(s) for s in sizes.split(",") if s.strip())
    except ValueError:
        raise MatcherError(f"--sizes must be whole numbers separated by commas, not {sizes!r}")
    if not parsed or min(parsed) < 1:
        raise MatcherError("--sizes needs at least one size above zero")
    options = BenchOptions(
        sizes=parsed + ((LARGE_SIZE,) if large else ()), model=ctx.obj["model"],
        seeds_dir=Path(seeds_dir), out_dir=Path(out_dir), markdown=Path(markdown),
        queries=queries, long_queries=max(1, queries // 3), http=not no_http,
        http_seconds=http_seconds, naive_sample=naive_sample, keep=keep,
        command=_bench_command(ctx))
    results = run_benchmark(options)
    for target in results["targets"]:
        verdict = "met" if target["met"] else f"MISSED ({target['by']})"
        click.echo(f"{target['target']}: {target['value']} {target['unit']} "
                   f"(goal {target['goal']}) {verdict}")
    click.echo(f"wrote {results['outputs']['markdown']}")


def _bench_command(ctx) -> str:
    """The command line that reproduces this run, for the report."""
    import shlex
    from click.core import ParameterSource

    words = ["matcher"] + (["--model", ctx.obj["model"]] if ctx.obj["model"] else []) + ["bench"]
    for param in ctx.command.params:
        if ctx.get_parameter_source(param.name) != ParameterSource.COMMANDLINE:
            continue
        value = ctx.params[param.name]
        words += [param.opts[0]] if param.is_flag else [param.opts[0], str(value)]
    return " ".join(shlex.quote(w) for w in words)


# -- output ---------------------------------------------------------------------
def _emit_rows(rows: list[dict], fields: list[str], fmt: str) -> None:
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


def _emit_ranking(results: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([{"resume": r["resume"], "matches": [m.to_dict() for m in r["matches"]]}
                               for r in results], indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        rows = [{"resume": r["resume"], "rank": m.rank, "posting_id": m.posting.id,
                 "title": m.posting.title, "company": m.posting.company,
                 "score": round(m.score, 1),
                 "covered": len(m.explanation.covered),
                 "requirements": len(m.explanation.requirements),
                 "missing_must": " | ".join(x.text for x in m.explanation.missing_must),
                 "skills_missing": "; ".join(m.explanation.skills_missing)}
                for r in results for m in r["matches"]]
        fields = ["resume", "rank", "posting_id", "title", "company", "score", "covered",
                  "requirements", "missing_must", "skills_missing"]
        _emit_rows(rows, fields, "csv")
        return
    for r in results:
        click.secho(f"== {r['resume']}", bold=True)
        for m in r["matches"]:
            e = m.explanation
            where = ", ".join(x for x in (m.posting.company, m.posting.location) if x)
            click.echo(f"{m.rank:>3}. {m.score:5.1f}  {m.posting.title or m.posting.id}"
                       + (f" — {where}" if where else "") + f"  [{m.posting.id}]")
            click.echo(f"       covers {len(e.covered)}/{len(e.requirements)} requirements"
                       + (f"; title as \"{_short(e.title.resume, 40)}\"" if e.title else "")
                       + (f"; missing skills: {_few(e.skills_missing)}" if e.skills_missing else ""))
            for req in e.covered[:2]:
                click.echo(f"       + {_short(req.text)}\n         <- \"{_short(req.evidence)}\"")
            for req in e.missing_must[:2]:
                click.echo(f"       - {_short(req.text)}")
        click.echo()


def _few(names: list[str], n: int = 6) -> str:
    return ", ".join(names[:n]) + (f" and {len(names) - n} more" if len(names) > n else "")


def _short(text: str | None, width: int = 90) -> str:
    text = text or ""
    return text if len(text) <= width else text[:width - 1] + "…"
