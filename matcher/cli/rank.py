"""The ranking commands (`rank`, `rank-resumes`, `similar`) and how their
results are printed as a table, JSON or CSV."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from matcher.cli.engine import engine_options, ray_workers
from matcher.cli.options import (
    RESUME_TYPES,
    echo,
    embedder,
    emit_rows,
    format_option,
    internal_error,
    max_resume_bytes,
    open_index,
    root_options,
    secho,
)
from matcher.errors import IndexProblem, InputError, MatcherError

# The most postings `similar -k` shows: the API's limit for ?k= (matcher.web.api.SIMILAR_MAX).
SIMILAR_MAX = 100


# -- similar --------------------------------------------------------------------
@click.command()
@click.argument("posting_id")
@click.option("-k", "k", type=int, default=10, show_default=True,
              help=f"How many postings to show, 1 to {SIMILAR_MAX} (all the others if fewer).")
@format_option("table", "json", "csv")
@root_options()
@click.pass_context
def similar(ctx, posting_id, k, fmt):
    """Print the postings most like one in the index, by their summary vectors.

    \b
    Example:
      matcher similar 003_9161710239a7ba33 -k 5
    """
    if not 1 <= k <= SIMILAR_MAX:
        raise InputError(f"-k must be between 1 and {SIMILAR_MAX}, not {k}")
    with open_index(ctx) as idx:  # with its FAISS file, which similar() searches
        found = idx.similar(posting_id, k)
    rows = [s.to_dict() for s in found]
    if fmt == "json":
        echo(json.dumps({"posting_id": posting_id, "similar": rows}, indent=2,
                              ensure_ascii=False))
        return
    emit_rows(rows, ["posting_id", "title", "company", "location", "similarity"], fmt)


# -- rank -----------------------------------------------------------------------
def _resume_paths(items) -> list[Path]:
    """The resume files ``items`` name: files as given, and the files under directories that
    a file given alone would be read as: .pdf/.docx/.txt/.md, and a .docx saved under a .doc
    name.  A directory's other files are named on stderr, one line each, and passed over (an
    old Word .doc with the line a file given alone gets); hidden ones (".DS_Store", ".git")
    silently."""
    from matcher.resumes.read import OLD_WORD_DOC, old_word_doc

    paths: list[Path] = []
    for item in items:
        path = Path(item)
        if not path.is_dir():
            paths.append(path)
            continue
        for p in sorted(path.rglob("*")):
            if not p.is_file() or any(part.startswith(".") for part in p.relative_to(path).parts):
                continue
            if old_word_doc(p, max_resume_bytes()):
                echo(f"skipped {p}: {OLD_WORD_DOC}", err=True)
            elif p.suffix.lower() in RESUME_TYPES | {".doc"}:
                paths.append(p)
            else:
                echo(f"skipped {p}: not a resume file (.pdf .docx .txt .md)", err=True)
    return paths


def _places(where) -> list[str]:
    """``--where`` values, each one place or several separated by ';' (as the API's
    ``where`` text): "MA; remote".  Empty pieces are no place, as in the API."""
    return [piece for value in where for piece in value.split(";") if piece.strip()]


def _min_salary(value: str | None) -> float | None:
    """``--min-salary`` read by the API's parser (``min_salary``: 120000, "120k", "$120,000"),
    a yearly amount from 0 to SALARY_MAX, or a one-line error."""
    from matcher.postings.fields import SALARY_MAX

    if value is None:
        return None
    from matcher.web.requests import parse_salary  # imported only when the option is given

    try:
        number = parse_salary(value)
    except InputError as e:
        if "hourly rate" in str(e):   # "20": said as the API says it, under the option's name
            raise InputError("--min-salary" + str(e).removeprefix("min_salary")) from None
        number = None
    if number is None:
        raise InputError(f"--min-salary must be a yearly amount from 0 to {SALARY_MAX:,} "
                         f"(such as 120000, 120k or $120,000), not {value.strip()[:40]!r}")
    return number


def _read_all(paths, keep_going: bool) -> tuple[list, int]:
    """The resumes at ``paths`` and how many could not be read.  An unreadable one stops
    the command with its line, unless ``keep_going``: then its line goes to stderr, and
    the rest are read."""
    from matcher.resumes.read import read_resume

    loaded, failed = [], 0
    for path in paths:
        try:
            loaded.append(read_resume(path, max_bytes=max_resume_bytes()))
        except MatcherError as exc:
            if not keep_going:
                raise type(exc)(_with_hint(str(exc), len(paths))) from None
            echo(f"Error: {exc}", err=True)
            failed += 1
        except Exception as exc:   # a defect met on one resume leaves the others to rank
            if not keep_going:
                raise
            echo(f"Error: {path}: {internal_error(exc)}", err=True)
            failed += 1
    return loaded, failed


def _with_hint(message: str, count: int) -> str:
    """An unreadable resume's line, with the way past it when it stops a batch."""
    return message + ("; --keep-going ranks the others" if count > 1 else "")


_KEEP_GOING = click.option(
    "--keep-going", is_flag=True,
    help="Report each unreadable resume on stderr and rank the rest (exit status 1 if any "
         "failed). Without it the first unreadable resume stops the command, nothing ranked.")


@click.command()
@click.argument("resumes", nargs=-1, required=True)
@click.option("--top", "top_k", type=click.IntRange(1), default=10, show_default=True,
              help="How many postings to show per resume.")
@click.option("--all", "rank_all", is_flag=True, help="Rank every posting in the index.")
@format_option("table", "json", "csv")
@click.option("--remote-only", is_flag=True, help="Only remote postings.")
@click.option("--location", default="", help="Only postings whose location contains this text "
              "(a US state by its name or its code).")
@click.option("--company", default="", help="Only postings whose company contains this text.")
@click.option("--min-salary", default=None, metavar="AMOUNT",
              help="Drop postings whose stated salary is below this (yearly): 120000, 120k or "
                   "$120,000, as the API's min_salary.")
@click.option("--where", multiple=True, metavar="PLACE",
              help="Where you would work: a country, a US state (name or code), a city, or 'remote'; "
                   "repeat for several, or separate them by ';'. Postings you could not work at are "
                   "marked blocked and ranked last.")
@click.option("--needs-sponsorship", is_flag=True,
              help="You need visa sponsorship: postings that refuse it or require citizenship are blocked.")
@_KEEP_GOING
@engine_options
@root_options()
@click.pass_context
def rank(ctx, resumes, top_k, rank_all, fmt, remote_only, location, company, min_salary,
         where, needs_sponsorship, keep_going, engine, address, workers):
    """Rank the indexed postings for each resume (.pdf, .docx, .txt, .md or a directory).

    \b
    Postings a knock-out rules out (a security clearance the resume does not
    state, a higher degree than it shows, far too few years of work, a place you
    did not choose; with --needs-sponsorship, sponsorship refused or citizenship
    required) come after every other, marked BLOCKED with the posting's sentence.

    \b
    Example:
      matcher rank examples/resumes/nurse.pdf --top 5
      matcher rank examples/resumes/nurse.pdf --where MA --where remote
      matcher rank examples/resumes/ --all --format csv > ranking.csv
      matcher rank resumes/ --engine ray --workers 2
    """
    from matcher.eligibility.verdict import Preferences
    from matcher.ranking.catalog import Catalog, Filters
    from matcher.ranking.notices import notices

    preferences = Preferences.parse(_places(where), needs_sponsorship)
    min_salary = _min_salary(min_salary)
    paths = _resume_paths(resumes)
    if not paths:
        raise MatcherError("no resumes found in " + ", ".join(resumes))
    if engine == "ray":
        with ray_workers(engine, address, workers) as count:
            failed = _rank_on_ray(ctx, paths, count, None if rank_all else top_k,
                                  Filters(remote_only, location, company, min_salary), preferences, fmt,
                                  keep_going)
        if failed:
            ctx.exit(1)
        return
    with ray_workers(engine, address, workers):
        pass  # refuses --address/--workers without --engine ray
    loaded, failed = _read_all(paths, keep_going)
    with open_index(ctx, load_vectors=False) as idx:
        catalog = Catalog.from_index(idx)
    filters = Filters(remote_only, location, company, min_salary)
    results = []
    with click.progressbar(loaded, label="Ranking", file=sys.stderr,
                           hidden=len(loaded) < 2) as bar:
        for resume in bar:
            matches = catalog.rank(resume, None if rank_all else top_k, filters, preferences=preferences)
            results.append({"resume": resume.name, "matches": matches, "notices": notices(resume, preferences)})
    _emit_ranking(results, fmt, preferences)
    if failed:
        ctx.exit(1)


@click.command("rank-resumes")
@click.argument("posting")
@click.argument("resumes", nargs=-1, required=True)
@format_option("table", "json", "csv")
@_KEEP_GOING
@engine_options
@root_options()
@click.pass_context
def rank_resumes(ctx, posting, resumes, fmt, keep_going, engine, address, workers):
    """Rank resumes for one posting (an id in the index, or a posting file).

    \b
    Example:
      matcher rank-resumes icu-nurse-1 examples/resumes/
      matcher rank-resumes icu-nurse-1 resumes/ --keep-going
    """
    from matcher.postings.feeds import load_postings
    from matcher.ranking.catalog import rank_resumes
    from matcher.ranking.notices import notices

    if keep_going and engine == "ray":
        raise InputError("rank-resumes --keep-going runs on the local engine only, not --engine ray")

    if Path(posting).exists():
        found = load_postings([posting])
        if len(found) != 1:
            raise MatcherError(f"{posting} holds {len(found)} postings; give exactly one")
        target = found[0]
    else:
        with open_index(ctx, load_vectors=False) as idx:
            target = idx.get(posting)
    if engine == "ray":
        paths = _resume_paths(resumes)
        if not paths:
            raise MatcherError("no resumes found in " + ", ".join(resumes))
        from matcher.scale.ranking import RayRanker

        with ray_workers(engine, address, workers) as count:
            with RayRanker(target, ctx.obj["model"], count, len(paths)) as ranker:
                try:
                    ranked = ranker.rank_resumes(target, paths, max_resume_bytes())
                except MatcherError as exc:
                    raise type(exc)(_with_hint(str(exc), len(paths))) from None
    else:
        with ray_workers(engine, address, workers):
            pass  # refuses --address/--workers without --engine ray
        paths = _resume_paths(resumes)
        if not paths:
            raise MatcherError("no resumes found in " + ", ".join(resumes))
        loaded, failed = _read_all(paths, keep_going)
        ranked = [(r.name, m, notices(r)) for r, m in rank_resumes(target, loaded, embedder(ctx))] if loaded else []
    _emit_resumes(target, ranked, fmt)
    if engine != "ray" and failed:
        ctx.exit(1)


def _emit_resumes(target, ranked, fmt: str) -> None:
    """Each resume's match for the posting, and its notices: in JSON beside it, on stderr beside
    a table or a CSV, whose rows have no place for them."""
    if fmt == "json":
        echo(json.dumps({"posting_id": target.id, "title": target.title, "resumes": [
            {"rank": m.rank, "resume": name, "score": round(m.score, 1),
             "notices": [n.to_dict() for n in told],
             "eligibility": m.eligibility.to_dict(), "explanation": m.explanation.to_dict()}
            for name, m, told in ranked]}, indent=2,
            ensure_ascii=False))
        return
    for name, _, told in ranked:
        for n in told:
            echo(f"note: {name}: {n.message}", err=True)
    rows = [{"rank": m.rank, "resume": name, "score": round(m.score, 1), "verdict": m.explanation.verdict,
             "held": m.explanation.held, "raised": m.explanation.raised, "eligibility": m.eligibility.status,
             "blockers": _blockers(m),
             "covered": len(m.explanation.covered),
             "missing_must": len(m.explanation.missing_must),
             "skills_missing": "; ".join(m.explanation.skills_missing)} for name, m, _ in ranked]
    if fmt == "table":
        echo(" — ".join(x for x in (target.title or target.id, target.company) if x))
    emit_rows(rows, ["rank", "resume", "score", "verdict", "held", "raised", "eligibility", "blockers", "covered",
                     "missing_must", "skills_missing"], fmt)


def _rank_on_ray(ctx, paths, workers, top_k, filters, preferences, fmt, keep_going) -> int:
    """``rank`` on Ray actors holding the catalog: the same output, in the same order."""
    from matcher.ranking.catalog import Catalog
    from matcher.scale.ranking import RayRanker

    with open_index(ctx, load_vectors=False) as idx:
        catalog = Catalog.from_index(idx)
    if not len(catalog):
        raise IndexProblem("the index is empty: add postings first (matcher index add PATH)")
    results, failed = [], 0
    with RayRanker(catalog, ctx.obj["model"], workers, len(paths)) as ranker:
        for status, result in ranker.rank(paths, max_resume_bytes(), top_k, filters, preferences):
            if status == "error":
                if not keep_going:
                    raise MatcherError(_with_hint(result, len(paths)))
                echo(f"Error: {result}", err=True)
                failed += 1
                continue
            name, matches, told = result
            results.append({"resume": name, "matches": matches, "notices": told})
    _emit_ranking(results, fmt, preferences)
    return failed


# -- output ---------------------------------------------------------------------
def _emit_ranking(results: list[dict], fmt: str, preferences) -> None:
    """Each resume's matches, and its notices: in JSON beside them, in a table under them, and
    on stderr beside a CSV, whose rows have no place for them."""
    if fmt == "json":
        echo(json.dumps([{"resume": r["resume"], "preferences": preferences.to_dict(),
                          "notices": [n.to_dict() for n in r["notices"]],
                          "matches": [m.to_dict() for m in r["matches"]]}
                               for r in results], indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        for r in results:
            for n in r["notices"]:
                echo(f"note: {r['resume']}: {n.message}", err=True)
        rows = [{"resume": r["resume"], "rank": m.rank, "posting_id": m.posting.id,
                 "title": m.posting.title, "company": m.posting.company,
                 "score": round(m.score, 1), "verdict": m.explanation.verdict, "held": m.explanation.held,
                 "raised": m.explanation.raised, "eligibility": m.eligibility.status, "blockers": _blockers(m),
                 "covered": len(m.explanation.covered),
                 "requirements": len(m.explanation.asked),
                 "missing_must": " | ".join(x.text for x in m.explanation.missing_must),
                 "skills_missing": "; ".join(m.explanation.skills_missing)}
                for r in results for m in r["matches"]]
        fields = ["resume", "rank", "posting_id", "title", "company", "score", "verdict", "held", "raised",
                  "eligibility", "blockers", "covered", "requirements", "missing_must", "skills_missing"]
        emit_rows(rows, fields, "csv")
        return
    for r in results:
        secho(f"== {r['resume']}", bold=True)
        for m in r["matches"]:
            e = m.explanation
            where = ", ".join(x for x in (m.posting.company, m.posting.location) if x)
            echo(f"{m.rank:>3}. {m.score:5.1f}  {m.posting.title or m.posting.id}"
                       + (f" — {where}" if where else "") + f"  [{m.posting.id}]")
            for c in m.eligibility.blockers:
                secho(f"       BLOCKED ({c.kind}): {_short(c.posting, 70)}  <- {_short(c.resume, 50)}", fg="red")
            if e.held:   # why the score is held below "likely fit"
                secho(f"       held below likely fit: {_short(e.held, 100)}", fg="yellow")
            if e.raised:   # why the score is raised to "possible fit"
                secho(f"       raised to possible fit: {_short(e.raised, 100)}", fg="green")
            echo(f"       {e.verdict}; covers {len(e.covered)}/{len(e.asked)} requirements"
                       + (f"; {len(e.conditions)} condition{'s' * (len(e.conditions) != 1)} to confirm"
                          if e.conditions else "")
                       + (f"; title as \"{_short(e.title.resume, 40)}\"" if e.title else "")
                       + (f"; missing skills: {_few(e.skills_missing)}" if e.skills_missing else ""))
            _echo_to_check(m.eligibility.unknown)
            for req in e.covered[:2]:
                echo(f"       + {_short(req.text)}\n         <- \"{_short(req.evidence)}\""
                     + "".join(f"\n            \"{_short(line)}\"" for line in req.evidence_more))
            for req in e.missing_must[:2]:
                echo(f"       - {_short(req.text)}")
            for req in e.not_shown[:2]:   # a quality asked: not a must-have missing
                echo(f"       ? {_short(req.text, 60)}  (not shown: give an example in your resume or cover letter)")
        for n in r["notices"]:
            secho(f"note: {n.message}", fg="yellow")
        echo()


def _echo_to_check(checks: list, shown: int = 3) -> None:
    """The knock-outs the resume leaves to check before applying, as the page's "To check" list
    has them, the first ``shown`` of them: what the posting says, and under it what the resume
    says ("the resume does not show forklift certification", a salary to check, a way in)."""
    for c in checks[:shown]:
        secho(f"       ! to check ({c.kind}): {_short(c.posting, 80)}\n         <- {_short(c.resume, 110)}",
              fg="yellow")
    if len(checks) > shown:
        secho(f"       ! and {len(checks) - shown} more to check", fg="yellow")


def _blockers(m) -> str:
    return " | ".join(f"{c.kind}: {c.posting}" for c in m.eligibility.blockers)


def _few(names: list[str], n: int = 6) -> str:
    return ", ".join(names[:n]) + (f" and {len(names) - n} more" if len(names) > n else "")


def _short(text: str | None, width: int = 90) -> str:
    text = text or ""
    return text if len(text) <= width else text[:width - 1] + "…"
