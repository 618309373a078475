"""``julian-gregorian check --fix`` on Markdown: its code blocks and block quotes keep
their bytes, its prose is fixed; the same lines in plain text or wikitext are prose."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from helpers.warm_start import run_command
from julian_gregorian._cli import file_jobs
from julian_gregorian._cli.main import main

WRONG = "buried on 2 January [O.S. 21 December] 1917"
RIGHT = "buried on 3 January [O.S. 21 December] 1917"

#: (line, whether it is prose in Markdown): an indented block, a "~~~" fence, a block
#: quote, and a list item's own indented paragraph.
NOTES = (
    ("# Rasputin", True),
    ("", True),
    (f"He was {WRONG}.", True),
    ("", True),
    (f"    He was {WRONG}.", False),
    ("", True),
    ("~~~", False),
    (f"He was {WRONG}.", False),
    ("~~~", False),
    ("", True),
    (f"> Pares: he was {WRONG}.", False),
    ("", True),
    ("- The parish book,", True),
    ("  read again.", True),
    ("", True),
    (f"    It says he was {WRONG}.", True),
)


def _notes(newline: str, *, fixed: bool = False, everywhere: bool = False) -> bytes:
    lines = [
        line.replace(WRONG, RIGHT) if fixed and (prose or everywhere) else line
        for line, prose in NOTES
    ]
    return newline.join([*lines, ""]).encode("utf-8")


def _run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return run_command("check", *args, cwd=cwd, env=env, stdin=stdin)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("name", ["notes.md", "notes.markdown"])
def test_fix_leaves_markdown_code_and_quotes_as_they_are(
    tmp_path: Path, newline: str, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(_notes(newline))
    result = _run("--fix", name, cwd=tmp_path)
    assert path.read_bytes() == _notes(newline, fixed=True)
    report = result.stdout.decode()
    assert "Fixed 2 problems in 1 file." in report
    left = {
        line.split(":")[1]: line.split(" ", 2)[2].split(";")[0]
        for line in report.splitlines()
        if line.startswith(f"{name}:")
    }
    assert left == {
        "5": "inside code: not changed",
        "8": "inside code: not changed",
        "11": "inside a quotation: not changed",
    }


@pytest.mark.parametrize("name", ["notes.txt", "notes.wiki"])
def test_fix_reads_indented_and_quoted_lines_of_other_text_as_prose(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(_notes("\n"))
    result = _run("--fix", name, cwd=tmp_path)
    assert path.read_bytes() == _notes("\n", fixed=True, everywhere=True)
    assert "Fixed 5 problems in 1 file." in result.stdout.decode()


def test_wikitext_said_of_a_markdown_file_reads_it_as_wikitext(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(_notes("\n"))
    _run("--fix", "--wikitext", "notes.md", cwd=tmp_path)
    assert path.read_bytes() == _notes("\n", fixed=True, everywhere=True)


def test_standard_input_named_as_markdown_is_markdown(tmp_path: Path) -> None:
    result = _run("--fix", "--stdin-filename", "notes.md", "-", cwd=tmp_path, stdin=_notes("\n"))
    assert result.stdout == _notes("\n", fixed=True)
    unnamed = _run("--fix", "-", cwd=tmp_path, stdin=_notes("\n"))
    assert unnamed.stdout == _notes("\n", fixed=True, everywhere=True)


def test_a_large_markdown_file_is_read_as_markdown_chunk_by_chunk(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(file_jobs, "LARGE_FILE", 2000)
    monkeypatch.setattr("julian_gregorian.streaming.CHUNK_CHARACTERS", 700)
    text = _notes("\n") * 8
    (tmp_path / "big.md").write_bytes(text)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "big.md", "--format", "json", "-j", "1"]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert len(findings) == 5 * 8
    protected = [finding for finding in findings if finding["fix"] is None]
    assert len(protected) == 3 * 8
    assert all(finding["severity"] == "warning" for finding in protected)


def test_a_folder_walk_checks_markdown_files_of_either_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    walk = tmp_path / "walk"
    walk.mkdir()
    for name in ("a.md", "b.markdown"):
        (walk / name).write_bytes(_notes("\n"))
    monkeypatch.chdir(tmp_path)
    assert main(["check", "walk", "--format", "json", "-j", "1"]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert sorted({Path(finding["path"]).name for finding in findings}) == [
        "a.md",
        "b.markdown",
    ]
    # (each read as Markdown: its code and quotes give warnings without a fix)
    assert sum(finding["fix"] is None for finding in findings) == 2 * 3


def test_markdown_suffixes_count_in_any_case(tmp_path: Path) -> None:
    # (a README.MD saved on Windows is Markdown, in a folder walk as named or on stdin)
    walk = tmp_path / "walk"
    walk.mkdir()
    for name in ("README.MD", "notes.Markdown", "NOTES.TXT"):
        (walk / name).write_bytes(_notes("\n"))
    result = _run("--fix", "walk", cwd=tmp_path)
    assert "Fixed 9 problems in 3 files." in result.stdout.decode()
    assert (walk / "README.MD").read_bytes() == _notes("\n", fixed=True)
    assert (walk / "notes.Markdown").read_bytes() == _notes("\n", fixed=True)
    assert (walk / "NOTES.TXT").read_bytes() == _notes("\n", fixed=True, everywhere=True)
    named = _run("--fix", "--stdin-filename", "README.MD", "-", cwd=tmp_path, stdin=_notes("\n"))
    assert named.stdout == _notes("\n", fixed=True)
