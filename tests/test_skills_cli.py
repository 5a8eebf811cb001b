"""`matcher skills`: spans into the input as given, --as posting|resume, limits and bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from matcher.cli import cli
from matcher.resumes.read import MAX_CHARS

from .helpers import make_pdf


def skills(*args):
    result = CliRunner().invoke(cli, ["skills", *map(str, args)])
    assert "Traceback" not in result.output
    return result


def spans_hold(path, found):
    text = path.read_bytes().decode("utf-8")
    for m in found:
        assert text[m["start"]:m["end"]] == m["surface"], m
    return text


def test_spans_index_a_file_with_windows_line_endings(tmp_path):
    path = tmp_path / "resume.txt"
    path.write_bytes(b"Jane Doe\r\nNurse\r\n\r\nSkills: Python, Kubernetes\r\nBLS, ACLS and IV therapy\r\n")
    result = skills(path, "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    spans_hold(path, found)
    assert [m["name"] for m in found] == ["Python", "Kubernetes", "BLS", "ACLS", "IV therapy"]


def test_spans_index_the_characters_after_a_non_ascii_one(tmp_path):
    path = tmp_path / "resume.md"
    path.write_text("Zoë Müller — Café Straße 5\n\nUsed PostgreSQL daily.\n", encoding="utf-8")
    found = json.loads(skills(path, "--format", "json").output)
    text = spans_hold(path, found)
    assert found[0]["name"] == "PostgreSQL" and found[0]["start"] == text.index("PostgreSQL")


def test_spans_index_markdown_as_written(tmp_path):
    path = tmp_path / "resume.md"
    path.write_text("# Skills\n\n- **Python** and [Django](https://djangoproject.com)\n- `Docker`, *Terraform*\n",
                    encoding="utf-8")
    found = json.loads(skills(path, "--format", "json").output)
    spans_hold(path, found)
    assert {"Python", "Django", "Docker", "Terraform"} <= {m["name"] for m in found}


def test_a_resume_shows_the_skills_its_job_titles_name(tmp_path):
    path = tmp_path / "resume.txt"
    path.write_text("Experience\nDevOps Engineer, Kestrel Logistics, Jan 2017 - Jan 2020\n"
                    "Wrote Terraform modules.\n", encoding="utf-8")
    found = json.loads(skills(path, "--format", "json").output)
    spans_hold(path, found)
    assert [m["name"] for m in found] == ["DevOps", "Logistics", "Terraform"]
    # a posting's title names the job, not a skill it asks
    assert "DevOps" not in [m["name"] for m in json.loads(skills(path, "--as", "posting", "--format", "json").output)]


def test_text_given_on_the_command_line_is_indexed_as_given():
    text = "  **k8s**  and\tPostgres"
    found = json.loads(skills(text, "--format", "json").output)
    assert [text[m["start"]:m["end"]] for m in found] == ["k8s", "Postgres"]


def test_a_pdf_gives_its_extracted_text_with_the_skills(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf("Registered Nurse\nBLS, ACLS, Epic and wound care"))
    result = skills(path, "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"source", "text", "skills"} and out["source"] == str(path)
    assert {"BLS", "ACLS", "Epic", "Wound care"} <= {m["name"] for m in out["skills"]}
    assert all(out["text"][m["start"]:m["end"]] == m["surface"] for m in out["skills"])


def test_input_over_the_limit_is_refused_not_cut(tmp_path):
    path = tmp_path / "long.txt"
    # One long line (a few hundred sentences, under the resume's sentence cap).
    path.write_text("Python and SQL " * (MAX_CHARS // 15 + 10), encoding="utf-8")
    result = skills(path)
    assert result.exit_code != 0
    assert "60,000-character limit" in result.output and len(result.output.strip().splitlines()) == 1


POSTING = """Senior Data Engineer

About us
We use Slack and Notion to stay in touch.

Requirements
- 5+ years of Python and Airflow
- Experience with PostgreSQL
"""


def test_as_posting_leaves_out_what_the_company_uses(tmp_path):
    path = tmp_path / "posting.txt"
    path.write_bytes(POSTING.replace("\n", "\r\n").encode("utf-8"))
    asked = json.loads(skills(path, "--as", "posting", "--format", "json").output)
    spans_hold(path, asked)
    assert [m["name"] for m in asked] == ["Python", "Apache Airflow", "PostgreSQL"]
    every = json.loads(skills(path, "--format", "json").output)
    assert "Slack" in {m["name"] for m in every}


@pytest.mark.parametrize("name, content, message", [
    ("missing.pdf", None, "no such file"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n", "empty"),
    ("resume.xls", b"Python", "unsupported file type"),
    ("resume.doc", b"Python", "old Word .doc files are not read"),   # as `matcher rank` says
    ("fake.pdf", b"Python and SQL", "is not a PDF"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = skills(path)
    assert result.exit_code != 0
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_help_documents_the_json_shape():
    out = skills("--help").output
    assert '"source"' in out and "--as" in out and "60,000" in out
