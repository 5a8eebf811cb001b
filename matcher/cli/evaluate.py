"""The measuring commands: `eval` (ranking and skill extraction on labelled
data, next to the baselines) and `bench` (throughput, latency and memory)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from matcher.cli.options import echo, embedder, format_option
from matcher.errors import MatcherError


# -- eval -----------------------------------------------------------------------
@click.command("eval")
@click.argument("paths", nargs=-1, required=True)
@format_option("markdown", "json")
@click.pass_context
def evaluate(ctx, paths, fmt):
    """Measure ranking and skill extraction on labelled data, next to the baselines.

    PATHS are labelled pair files (.csv/.jsonl: posting, resume, label), SkillSpan
    files (.json lines with tokens and tags_knowledge), or directories of them.

    \b
    Example:
      matcher eval ../shared/eval
      matcher eval examples/pairs.jsonl --format json
    """
    from matcher.evaluation.pairs import evaluate, format_report, load_pairs
    from matcher.evaluation.skillspan import evaluate_skillspan, evaluate_skillspan_postings

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
                                  "posting_files": evaluate_skillspan_postings(path)}
        elif path.suffix in {".csv", ".jsonl"}:
            try:
                pairs = load_pairs(path)
            except MatcherError:
                if path in found_in_dirs:
                    continue  # a directory may hold other CSVs (a taxonomy, say)
                raise
            reports[path.name] = evaluate(pairs, embedder(ctx))
    if not reports:
        raise MatcherError("no labelled data found in " + ", ".join(paths))
    if fmt == "json":
        echo(json.dumps(reports, indent=2))
        return
    for name, report in reports.items():
        echo(f"## {name}\n")
        if "directions" in report:
            echo(format_report(report))
        else:
            # precision and recall against knowledge spans; "precision (any span)" counts a claim
            # right when it overlaps any span a person marked, skill or knowledge.
            echo("| skill extractor | precision | recall | F1 | claimed | gold | precision (any span) |\n"
                       "|---|---:|---:|---:|---:|---:|---:|")
            for label, key in (("what a posting asks (matcher)", "asked"), ("every mention", "every_mention"),
                               ("whole postings, as `matcher skills --as posting`", "posting_files")):
                r = report[key]
                echo(f"| {label} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                           f"{r['claimed']} | {r['gold']} | {r['precision_any_span']:.3f} |")
            echo()


# -- bench ----------------------------------------------------------------------
