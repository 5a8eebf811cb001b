"""`python -m tools.bench` (what `make bench` runs): throughput, latency and memory,
next to the baselines, written to docs/BENCHMARKS.md.  Not part of the package."""

from __future__ import annotations

from pathlib import Path

import click

from tools.bench import LARGE_SIZE, BenchOptions, run_benchmark
from tools.bench.report import render


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--model", envvar="MATCHER_MODEL", default=None,
              help="Embedding model name or path (MATCHER_MODEL); default all-MiniLM-L6-v2.")
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
def bench(ctx, model, sizes, large, queries, http_seconds, no_http, naive_sample, out_dir, markdown,
          seeds_dir, keep, report_only):
    """Measure build throughput, match latency, HTTP throughput and memory, with baselines.

    Writes docs/BENCHMARKS.md, docs/bench/results.json and docs/bench/benchmark.png.
    Figures, never a pass/fail test; the default run takes minutes.

    \b
    Example:
      python -m tools.bench
      python -m tools.bench --sizes 200 --queries 10 --http-seconds 2
      python -m tools.bench --large
    """
    if report_only:
        if not (Path(out_dir) / "results.json").exists():
            raise click.ClickException(f"no results in {out_dir}: run `make bench` first")
        click.echo(f"wrote {render(Path(out_dir), Path(markdown))['markdown']}")
        return
    try:
        parsed = tuple(int(s) for s in sizes.split(",") if s.strip())
    except ValueError:
        raise click.ClickException(
            f"--sizes must be whole numbers separated by commas, not {sizes!r}") from None
    if not parsed or min(parsed) < 1:
        raise click.ClickException("--sizes needs at least one size above zero")
    options = BenchOptions(
        sizes=parsed + ((LARGE_SIZE,) if large else ()), model=model,
        seeds_dir=Path(seeds_dir), out_dir=Path(out_dir), markdown=Path(markdown),
        queries=queries, long_queries=max(1, queries // 3), http=not no_http,
        http_seconds=http_seconds, naive_sample=naive_sample, keep=keep,
        command=_bench_command(ctx))
    results = run_benchmark(options)
    for target in results["targets"]:
        verdict = "met" if target["met"] else f"MISSED ({target['by']})"
        click.echo(f"{target['target']}: {target['value']} {target['unit']} "
                   f"(goal {target['goal']}) {verdict}")
    limits = results.get("limits")
    if limits:
        click.echo(f"CPU float32 matmul peak {results['peak']['peak_gflops']} GFLOP/s; model "
                   f"{limits['flops_per_token_L16']:,} FLOPs/token (16-token text)")
        for name, r in limits["resume"].items():
            click.echo(f"{name}: {r['tokens']} tokens in {r['sentences']} texts, "
                       f"{r['gflops']} GFLOP, {r['limit_ms']} ms at peak")
        for f in limits["figures"]:
            click.echo(f"{f['figure']}: {f['value']} {f['unit']}, limit {f['limit']} {f['unit']}, "
                       f"{f['ratio']}x the limit's time")
    click.echo(f"load average at start {results['machine']['load_start']}, "
               f"at end {results['machine']['load_end']}")
    click.echo(f"wrote {results['outputs']['markdown']}")


def _bench_command(ctx) -> str:
    """The command line that reproduces this run, for the report."""
    import shlex

    from click.core import ParameterSource

    words = ["python", "-m", "tools.bench"]
    for param in ctx.command.params:
        if ctx.get_parameter_source(param.name) != ParameterSource.COMMANDLINE:
            continue
        value = ctx.params[param.name]
        words += [param.opts[0]] if param.is_flag else [param.opts[0], str(value)]
    return " ".join(shlex.quote(w) for w in words)


if __name__ == "__main__":
    bench()
