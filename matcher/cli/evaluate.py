"""The measuring commands: `eval` (ranking and skill extraction on labelled
data, next to the baselines) and `bench` (throughput, latency and memory)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from matcher.cli.options import echo, embedder, format_option, root_options
from matcher.errors import MatcherError


# -- eval -----------------------------------------------------------------------
@click.command("eval")
@click.argument("paths", nargs=-1)
@click.option("--knockouts", "knockouts", type=click.Path(dir_okay=False), default=None,
              help="A JSONL file of hand-labelled knock-out sentences: precision and recall of the "
                   "posting knock-outs per kind.")
@format_option("markdown", "json")
@root_options("model")
@click.pass_context
def evaluate(ctx, paths, knockouts, fmt):
    """Measure ranking and skill extraction on labelled data, next to the baselines.

    PATHS are labelled pair files (.csv/.jsonl: posting, resume, label), SkillSpan
    files (.json lines with tokens and tags_knowledge), or directories of them.  A
    directory that holds cnam-100.csv and SkillSpan's train and dev files also gets the
    catalog set: cnam-100 resumes, each against 50 of its real postings, graded by
    reading (matcher/evaluation/data/catalog.json).

    With --knockouts FILE, also the knock-outs read from postings (years, degree, clearance,
    citizenship, sponsorship, workplace, residence, graduation, licence) against hand-labelled sentences.

    \b
    Example:
      matcher eval ../shared/eval
      matcher eval examples/pairs.jsonl --format json
      matcher eval --knockouts matcher/evaluation/data/knockouts.jsonl
    """
    from matcher.evaluation.pairs import evaluate, format_report, load_pairs
    from matcher.evaluation.skillspan import evaluate_skillspan, evaluate_skillspan_postings

    if not paths and not knockouts:
        raise MatcherError("give labelled data: PATHS, or --knockouts FILE")
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
                                  "every_mention": evaluate_skillspan(path, asked=False),
                                  "posting_files": evaluate_skillspan_postings(path),
                                  # SkillSpan's other source: postings of every kind of job.
                                  "house_posting_files": evaluate_skillspan_postings(path, source="house")}
        elif path.suffix in {".csv", ".jsonl"}:
            try:
                pairs = load_pairs(path)
            except MatcherError:
                if path in found_in_dirs:
                    continue  # a directory may hold other CSVs (a taxonomy, say)
                raise
            reports[path.name] = evaluate(pairs, embedder(ctx))
    # The catalog set: graded resume/posting pairs whose texts are in the eval directory.
    from matcher.evaluation.catalog import evaluate_catalog, load_labels, sources
    catalog = load_labels()
    for item in paths:
        if Path(item).is_dir() and all((Path(item) / name).is_file() for name in sources(catalog)):
            reports["catalog.json: resumes against fifty real postings"] = evaluate_catalog(
                item, embedder(ctx), catalog)
            break
    if knockouts:
        from matcher.evaluation.knockouts import evaluate_knockouts, load_knockout_labels
        reports["knockouts: " + Path(knockouts).name] = evaluate_knockouts(load_knockout_labels(knockouts))
    if not reports:
        raise MatcherError("no labelled data found in " + ", ".join(paths))
    if fmt == "json":
        echo(json.dumps(reports, indent=2))
        return
    for name, report in reports.items():
        echo(f"## {name}\n")
        if "directions" in report:
            echo(format_report(report))
        elif name.startswith("catalog.json"):
            from matcher.evaluation.catalog import format_catalog_report
            echo(format_catalog_report(report))
        elif name.startswith("knockouts: "):
            from matcher.evaluation.knockouts import format_knockout_report
            echo(format_knockout_report(report))
        else:
            # precision and recall against knowledge spans; "precision (any span)" counts a claim
            # right when it overlaps any span a person marked, skill or knowledge.
            echo("| skill extractor | precision | recall | F1 | claimed | gold | precision (any span) |\n"
                       "|---|---:|---:|---:|---:|---:|---:|")
            for label, key in (("what a posting asks (matcher)", "asked"), ("every mention", "every_mention"),
                               ("whole postings, as `matcher skills --as posting`", "posting_files"),
                               ("whole postings of every kind of job (`house` source)", "house_posting_files")):
                r = report[key]
                echo(f"| {label} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                           f"{r['claimed']} | {r['gold']} | {r['precision_any_span']:.3f} |")
            echo()


# -- bench ----------------------------------------------------------------------
