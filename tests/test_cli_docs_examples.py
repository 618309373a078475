"""Every ``console`` block of docs/cli.md runs as written, in an empty folder.

A line ``$ command`` is run by bash (``julian-gregorian`` is the one under test, first
on PATH); the lines after it, up to the next ``$``, are its standard output and standard
error, compared exactly.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.paths import REPO

DOCS = REPO / "docs" / "cli.md"
BLOCK = re.compile(r"^```console\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _blocks() -> list[str]:
    return BLOCK.findall(DOCS.read_text(encoding="utf-8"))


def _steps(block: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a block."""
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return [(command, "".join(f"{line}\n" for line in lines)) for command, lines in steps]


def test_the_page_has_examples() -> None:
    assert len(_blocks()) >= 5


@pytest.mark.parametrize("block", _blocks(), ids=lambda block: block.split("\n")[1][2:60])
def test_console_example(block: str, tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONIOENCODING": "utf-8",
    }
    for command, expected in _steps(block):
        result = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )
        assert result.stdout == expected, command
