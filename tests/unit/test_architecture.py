"""The layout is the architecture: imports point one way, and every command a user can type is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_imports_point_one_way():
    from importlinter.cli import lint_imports

    # The contracts live in pyproject.toml: cli -> flows/dashboard -> warehouse/expectations -> core.
    assert lint_imports(config_filename=str(REPO / "pyproject.toml"), no_cache=True) == 0


def test_every_module_opens_with_a_docstring():
    missing = []
    for folder in ("credence", "flows", "warehouse", "expectations", "dashboard", "bench"):
        for path in (REPO / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8").lstrip()
            if path.name == "__init__.py" and not text:
                continue
            if not text.startswith(('"""', "'''")):
                missing.append(str(path.relative_to(REPO)))
    assert missing == []


def _commands():
    from typer.main import get_command

    from credence.cli import app

    root = get_command(app)
    for name, command in root.commands.items():
        if hasattr(command, "commands"):
            for sub_name, sub in command.commands.items():
                yield f"{name} {sub_name}", sub
        else:
            yield name, command


@pytest.mark.parametrize("name", [name for name, _ in _commands()])
def test_every_cli_command_has_help_and_is_in_the_readme(name):
    command = dict(_commands())[name]
    assert (command.help or "").strip(), f"credence {name} has no help text"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"credence {re.escape(name)}\b", readme), f"README does not mention `credence {name}`"
