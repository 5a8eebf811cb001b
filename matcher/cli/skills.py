"""The `skills` command: the skills the taxonomy finds in a file or in text."""

from __future__ import annotations

import json
from pathlib import Path

import click

from matcher.cli.options import RESUME_TYPES, format_option, max_resume_bytes


@click.command()
@click.argument("source")
@format_option("table", "json")
def skills(source, fmt):
    """Print the skills found in a resume or posting file, or in TEXT itself.

    \b
    Example:
      matcher skills resume.pdf
      matcher skills "5 years of k8s and Postgres" --format json
    """
    from matcher.resumes.read import read_resume
    from matcher.skills.taxonomy import extract_skills
    from matcher.text import clean_text

    path = Path(source)
    if path.suffix.lower() in RESUME_TYPES and path.exists():
        text = read_resume(path, max_bytes=max_resume_bytes()).text
    else:
        text = clean_text(source)
    mentions = extract_skills(text)
    if fmt == "json":
        click.echo(json.dumps([m.to_dict() for m in mentions], indent=2, ensure_ascii=False))
        return
    for m in mentions:
        click.echo(f"{m.name:<24} {m.category:<12} {m.start:>6}-{m.end:<6} {m.surface}")
