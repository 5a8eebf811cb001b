"""The README's command-line examples run as written, from the repository root, with the
files the repository ships (examples/, seeds/), against a temporary index."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from .helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _cli_lines() -> list[str]:
    """The command lines of the first sh block of "## The command line", in order."""
    section = README.split("## The command line", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    lines = []
    for line in block.splitlines():
        command = re.split(r"\s{2,}#", line, maxsplit=1)[0].strip()
        if command.startswith("matcher "):
            lines.append(command)
    return lines


LINES = _cli_lines()


def test_the_readme_has_cli_examples():
    assert len(LINES) >= 15
    assert all("resume.pdf" not in line and " feed.jsonl" not in line for line in LINES)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A copy of what the examples read (seeds/, examples/) and a `matcher` on PATH."""
    work = tmp_path_factory.mktemp("readme")
    for name in ("seeds", "examples"):
        shutil.copytree(ROOT / name, work / name)
    bin_dir = work / "bin"
    bin_dir.mkdir()
    script = bin_dir / "matcher"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m matcher "$@"\n')
    script.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(ROOT), "MATCHER_MODEL": "fake", "MATCHER_INDEX_DIR": str(work / "index")}
    return work, env


def test_every_cli_example_runs_as_written(workdir):
    """Each line in README order (the index the first builds is what the others read); only
    `serve` is left out.  Exit status 0, no traceback."""
    work, env = workdir
    for line in LINES:
        if line.startswith("matcher serve"):
            continue
        done = subprocess.run(["bash", "-c", line], cwd=work, env=env, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, f"{line}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr, line
    assert (work / "ranking.json").stat().st_size > 0


def test_index_help_has_an_example():
    from click.testing import CliRunner

    from matcher.cli import cli

    out = CliRunner().invoke(cli, ["index", "--help"]).output
    assert "Example:" in out and "matcher index add seeds/ examples/feed.jsonl" in out


def test_make_eval_without_data_says_what_data_it_needs(tmp_path):
    """Outside the workspace (no ../shared/eval) `make eval` fails with one line naming the format."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / ".installed-stamp").touch()
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    os.utime(venv / ".installed-stamp")  # newer than pyproject.toml: nothing is installed
    done = subprocess.run(["make", "-s", "eval"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    hint = [line for line in done.stderr.splitlines() if line.startswith("make eval:")]
    assert len(hint) == 1 and "posting, resume" in hint[0] and "label" in hint[0], done.stderr
