"""The `skills` command: the skills the taxonomy finds in a file or in text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click

from matcher.cli.options import RESUME_TYPES, echo, format_option, max_resume_bytes
from matcher.errors import InputError, TooLarge

# Extensions that name a document: SOURCE ending in one of them is a file, and a
# missing or unsupported one is an error, not text to search ("node.js" stays text).
_DOCUMENT_TYPES = RESUME_TYPES | {".doc", ".rtf", ".odt", ".pages", ".html", ".htm", ".xls", ".xlsx",
                                  ".csv", ".json", ".jsonl", ".xml", ".png", ".jpg", ".jpeg", ".zip"}
# files whose text is extracted (and printed with --format json); a .doc that reads is a .docx
_EXTRACTED = {".pdf", ".docx", ".doc"}


@click.command()
@click.argument("source")
@click.option("--as", "kind", type=click.Choice(["resume", "posting"]), default="resume", show_default=True,
              help="resume: every mention, and the skills the titles of its dated roles name; "
                   "posting: what the posting asks of the candidate, "
                   "as the index reads it (not the company's own tools, not job-title lines).")
@format_option("table", "json")
def skills(source, kind, fmt):
    """Print the skills found in a resume or posting file (.pdf, .docx, .txt, .md), or in TEXT itself.

    Spans (start, end) index the input as given: the characters of TEXT or of a
    .txt/.md file (after its encoding is decoded; a byte-order mark is not a
    character), or the text extracted from a .pdf/.docx file, so that
    text[start:end] == surface.  Input over the resume limit (60,000 characters)
    is refused, not cut.

    \b
    --format json prints, for TEXT and .txt/.md files, a list of
      {"name", "category", "start", "end", "surface"}
    and for .pdf/.docx files one object
      {"source": FILE, "text": EXTRACTED TEXT, "skills": [the same list]}.

    \b
    Example:
      matcher skills examples/resumes/nurse.pdf
      matcher skills seeds/002_e398d6db5335ec34.txt --as posting
      matcher skills "5 years of k8s and Postgres" --format json
    """
    from matcher.postings.asked import posting_asked_mentions
    from matcher.resumes.read import MAX_CHARS, resume_skills

    if not source.strip():  # "" would be read as the path "." (the current directory)
        raise InputError("SOURCE is empty: give a file or some text")
    path = _as_path(source)
    if path is None:
        text, name = source, "TEXT"
    else:
        text, name = _file_text(path), path.name
    if not text.strip():
        raise InputError(f"{name} is empty")
    if len(text) > MAX_CHARS:
        raise TooLarge(f"{name} holds {len(text):,} characters, over the {MAX_CHARS:,}-character limit "
                       "for a resume or posting; nothing was read")
    mentions = posting_asked_mentions(text) if kind == "posting" else resume_skills(text)
    if fmt == "json":
        found = [m.to_dict() for m in mentions]
        if path is not None and path.suffix.lower() in _EXTRACTED:
            out = {"source": str(path), "text": text, "skills": found}
            echo(json.dumps(out, indent=2, ensure_ascii=False))
        else:
            echo(json.dumps(found, indent=2, ensure_ascii=False))
        return
    for m in mentions:
        echo(f"{m.name:<24} {m.category:<12} {m.start:>6}-{m.end:<6} {m.surface}")


def _as_path(source: str) -> Path | None:
    """SOURCE as a file when it is one or names a document type, else None (it is text)."""
    if "\n" in source or len(source) > 4096:
        return None
    path = Path(source)
    try:
        exists = path.exists()
    except OSError:  # a name too long for the file system is text
        return None
    if exists or (re.fullmatch(r"\S+", source) and path.suffix.lower() in _DOCUMENT_TYPES):
        return path
    return None


def _file_text(path: Path) -> str:
    """The text of a resume or posting file: decoded as given (.txt/.md) or extracted (.pdf/.docx).

    The file goes through the resume reader's checks first (size, type against
    content, empty, damaged), so a bad file gets the same one-line error."""
    from matcher.resumes.read import file_bytes, file_text, resume_from_text

    if path.is_dir():
        raise InputError(f"{path} is a directory, not a file")
    limit = max_resume_bytes()
    name, text = file_text(file_bytes(path, limit), path.name, limit)
    resume_from_text(text, name)  # the reader's checks of what the text holds, one line each
    return text
