"""The console sessions of README.md and docs/*.md, run as written.

A session is a fenced block marked ``console``: lines starting with ``$ `` are commands,
the lines under each command are what it prints (standard output and standard error,
as a terminal shows them). Every block runs in a fresh temporary folder, its commands in
order through bash, so that ``printf … > file`` and ``cat file`` work; ``julian-gregorian``
is this checkout's command. Output is compared exactly, except that ``...`` stands for
any text: alone on a line it stands for any number of lines, within a line for any part
of it (doctest's ELLIPSIS). The exit status is not shown in a session and not compared.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.paths import REPO

DOCUMENTS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)\s*(?P<info>\S*)")
ELLIPSIS = "..."


@dataclass(frozen=True)
class Command:
    line: int  # 1-based line of the command in its document
    text: str
    expected: str


@dataclass(frozen=True)
class Session:
    document: Path
    line: int
    commands: tuple[Command, ...]

    @property
    def name(self) -> str:
        return f"{self.document.relative_to(REPO)}:{self.line}"


def console_sessions(path: Path) -> list[Session]:
    """Every ``console`` block of the Markdown file *path*, split into commands."""
    lines = path.read_text(encoding="utf-8").splitlines()
    sessions: list[Session] = []
    number = 0
    while number < len(lines):
        opening = _FENCE.match(lines[number])
        number += 1
        if opening is None:
            continue
        indent, fence = opening["indent"], opening["fence"]
        body_start = number
        while number < len(lines) and not lines[number].strip().startswith(fence):
            number += 1
        body = [line[len(indent) :] for line in lines[body_start:number]]
        number += 1
        if opening["info"] == "console":
            sessions.append(Session(path, body_start, _commands(body, body_start + 1)))
    return sessions


def _commands(body: list[str], first_line: int) -> tuple[Command, ...]:
    commands: list[Command] = []
    for offset, line in enumerate(body):
        if line.startswith("$ "):
            commands.append(Command(first_line + offset, line[2:], ""))
        elif not commands:
            raise ValueError(f"line {first_line + offset}: a console block starts with '$ '")
        else:
            last = commands[-1]
            commands[-1] = Command(last.line, last.text, last.expected + line + "\n")
    return tuple(commands)


def matches(expected: str, output: str) -> bool:
    """Whether *output* is *expected*, each ``...`` in *expected* standing for any text."""
    pattern = []
    for line in expected.splitlines(keepends=True):
        if line.strip() == ELLIPSIS:
            pattern.append(r"(?:.*\n)*?")
        else:
            pattern.append(".*?".join(re.escape(part) for part in line.split(ELLIPSIS)))
    return re.fullmatch("".join(pattern), output) is not None


def _command_folder(tmp_path: Path) -> dict[str, str]:
    """An environment whose ``julian-gregorian`` runs this checkout with this Python."""
    bin_folder = tmp_path.parent / f"{tmp_path.name}-bin"
    bin_folder.mkdir()
    program = bin_folder / "julian-gregorian"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m julian_gregorian "$@"\n')
    program.chmod(0o755)
    environment = dict(os.environ)
    environment["PATH"] = f"{bin_folder}{os.pathsep}{environment.get('PATH', '')}"
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(REPO / "src"), *filter(None, [environment.get("PYTHONPATH")])]
    )
    # Unbuffered, so that standard output and standard error interleave as on a terminal.
    environment["PYTHONUNBUFFERED"] = "1"
    environment["LC_ALL"] = "C.UTF-8"
    environment["COLUMNS"] = "80"
    return environment


SESSIONS = [session for document in DOCUMENTS for session in console_sessions(document)]


def test_the_documents_have_sessions() -> None:
    assert {session.document.name for session in SESSIONS} >= {"README.md", "places.md"}


@pytest.mark.parametrize("session", SESSIONS, ids=[session.name for session in SESSIONS])
def test_session_prints_what_it_shows(session: Session, tmp_path: Path) -> None:
    environment = _command_folder(tmp_path)
    for command in session.commands:
        done = subprocess.run(
            ["bash", "-c", command.text],
            cwd=tmp_path,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=120,
        )
        assert matches(command.expected, done.stdout), (
            f"{session.document.name}:{command.line}: $ {command.text}\n"
            f"--- shown\n{command.expected}--- printed\n{done.stdout}"
        )


@pytest.mark.parametrize(
    ("expected", "output", "result"),
    [
        ("a\nb\n", "a\nb\n", True),
        ("a\nb\n", "a\nc\n", False),
        ("a ... z\n", "a b c z\n", True),
        ("a\n...\nz\n", "a\nb\nc\nz\n", True),
        ("a\n...\nz\n", "a\nz\n", True),
        ("a\n", "a\nmore\n", False),
        ("", "", True),
        ("", "something\n", False),
    ],
)
def test_ellipsis_stands_for_any_text(expected: str, output: str, result: bool) -> None:
    assert matches(expected, output) is result


def test_a_block_must_start_with_a_command(tmp_path: Path) -> None:
    document = tmp_path / "page.md"
    document.write_text("```console\noutput first\n$ true\n```\n", encoding="utf-8")
    with pytest.raises(ValueError, match="starts with"):
        console_sessions(document)
