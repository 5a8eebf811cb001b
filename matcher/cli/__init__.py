"""The command line: a thin face over the core.

Every command parses its input, calls the core and formats the result.  A
``MatcherError`` becomes one line on stderr and exit status 1.

This package holds the root group; each command group lives in a module of
its own (``index``, ``rank``, ``skills``, ``evaluate``, ``serve``) and what
they share in ``options``.  Modules import the core lazily, inside the
commands, so that ``matcher --help`` and the commands that do not embed
never import the model's libraries.
"""

from __future__ import annotations

import click

from matcher import __version__, config
from matcher.cli import evaluate, index, rank, serve, skills
from matcher.cli.options import CONTEXT, MatcherGroup, echo, root_options


def _help_settings(ctx, _param, value):
    if value and not ctx.resilient_parsing:
        echo(config.help_text())
        ctx.exit()


@click.group(cls=MatcherGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="matcher")
@click.option("--help-settings", is_flag=True, expose_value=False, is_eager=True,
              callback=_help_settings, help="Show every MATCHER_* setting and exit.")
@root_options(root=True)
@click.pass_context
def cli(ctx, index_dir, model):
    """matcher: rank job postings for a resume, with explanations.

    \b
    Example:
      matcher index add seeds/ examples/feed.jsonl
      matcher rank examples/resumes/nurse.pdf --top 5
    """
    ctx.obj = {"index_dir": index_dir, "model": model}


for command in (index.index, index.show, rank.rank, rank.rank_resumes, rank.similar,
                skills.skills, evaluate.evaluate, serve.serve):
    cli.add_command(command)
