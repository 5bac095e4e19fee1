"""Docs that tests keep true: every command is in the README, and the README's commands are what CI runs."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from minutebook.cli import build_parser

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def test_every_cli_command_is_documented_in_the_readme() -> None:
    missing = [c for c in _commands() if f"minutebook {c}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_cli_option_is_documented_in_the_readme() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, command in sub.choices.items():
        for action in command._actions:
            long = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            missing += [f"{name} {o}" for o in long if o not in README]
    assert not missing, f"options missing from README.md: {missing}"


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in README
    assert re.search(r"^make test$", (ROOT / ".ci" / "run").read_text(), re.M)


def test_the_readme_setup_command_exists_in_the_makefile() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
