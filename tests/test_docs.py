"""Docs that cannot drift (after sqlite-utils' tests/test_docs.py): every command has help
with an example and is in the README; every setting is documented and printed."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from matcher import config
from matcher.cli import cli

from .helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
API_DOC = (ROOT / "docs" / "API.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix}{name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found += _commands(command, path + " ")
    return found


COMMANDS = _commands(cli)


def test_every_command_is_listed():
    names = {path for path, _ in COMMANDS}
    assert {"index", "index add", "rank", "rank-resumes", "show", "similar", "skills", "eval",
            "serve"} <= names


@pytest.mark.parametrize("path,command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_has_help_with_an_example(path, command):
    result = CliRunner().invoke(cli, path.split() + ["--help"])
    assert result.exit_code == 0, result.output
    assert command.help and command.help.strip()
    if not isinstance(command, click.Group) or path == "index":
        # A group's commands carry the examples; every leaf command has its own.
        if not isinstance(command, click.Group):
            assert "Example:" in result.output, path


@pytest.mark.parametrize("path", [p for p, c in COMMANDS if not isinstance(c, click.Group)])
def test_every_command_is_in_the_readme(path):
    assert f"matcher {path}" in README, f"`matcher {path}` is not in the README"


@pytest.mark.parametrize("setting", config.SETTINGS, ids=[s.env for s in config.SETTINGS])
def test_every_setting_is_documented(setting):
    for doc in (README, API_DOC):
        assert f"`{setting.env}`" in doc
    assert setting.help in config.markdown_table()


def test_the_docs_tables_are_generated_from_the_settings():
    table = config.markdown_table()
    assert table in README and table in API_DOC


def test_help_settings_prints_every_setting():
    result = CliRunner().invoke(cli, ["--help-settings"])
    assert result.exit_code == 0
    for setting in config.SETTINGS:
        assert setting.env in result.output
    assert "--help-settings" in CliRunner().invoke(cli, ["--help"]).output


def test_settings_are_read_once_and_checked(monkeypatch):
    monkeypatch.setenv("MATCHER_MAX_UPLOAD_MB", "0.5")
    monkeypatch.setenv("MATCHER_LOG_LEVEL", "debug")
    settings = config.load()
    assert settings.max_upload_bytes == 512 * 1024 and settings.log_level == "DEBUG"
    with pytest.raises(Exception, match="immutable|frozen|cannot assign"):
        settings.model = "other"  # type: ignore[misc]
    monkeypatch.setenv("MATCHER_LOG_LEVEL", "loud")
    with pytest.raises(config.InputError, match="MATCHER_LOG_LEVEL must be one of"):
        config.load()
    monkeypatch.setenv("MATCHER_LOG_LEVEL", "INFO")
    monkeypatch.setenv("MATCHER_MAX_UPLOAD_MB", "0")
    with pytest.raises(config.InputError, match="MATCHER_MAX_UPLOAD_MB must be above zero"):
        config.load()
    monkeypatch.setenv("MATCHER_MAX_UPLOAD_MB", "1")
    monkeypatch.setenv("MATCHER_COVERAGE_POOL", "0")
    with pytest.raises(config.InputError, match="MATCHER_COVERAGE_POOL must be 1 or more"):
        config.load()
