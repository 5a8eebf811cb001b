"""The measuring commands: `eval` (ranking and skill extraction on labelled
data, next to the baselines) and `bench` (throughput, latency and memory)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .cli import cli, embedder
from .errors import MatcherError


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
            reports[path.name] = evaluate(pairs, embedder(ctx))
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
