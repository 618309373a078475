"""The command line never ends in a traceback: names and output encodings, huge numbers,
deep settings files, a full or closed standard output, Ctrl-C; and it says which
settings applied."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.warm_start import run_command
from julian_gregorian._cli import check_command
from julian_gregorian._cli import main as cli_main
from julian_gregorian._cli.arguments import EXIT_INTERRUPTED
from julian_gregorian._cli.main import main

WRONG = "On 7 November [O.S. 24 October] 1917 the Bolsheviks rose.\n"
PAIR = "Born on 9 June [O.S. 30 May] 1672.\n"
LATIN1_NAME = b"caf\xe9.txt"  # not UTF-8: Python keeps the byte as a surrogate escape


def run(*args: str, cwd: Path, encoding: str = "utf-8") -> subprocess.CompletedProcess[bytes]:
    return run_command(*args, cwd=cwd, env={**os.environ, "PYTHONIOENCODING": encoding})


@pytest.fixture
def latin1_named(tmp_path: Path) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), LATIN1_NAME)))
    try:
        path.write_text(WRONG, encoding="utf-8")
    except (UnicodeEncodeError, OSError):  # pragma: no cover - a file system of names
        pytest.skip("this file system takes only UTF-8 names")
    return tmp_path


@pytest.mark.parametrize("output", ["text", "json", "jsonl", "github"])
def test_a_name_that_is_not_utf8_is_written_with_escapes(latin1_named: Path, output: str) -> None:
    result = run("check", "--format", output, ".", cwd=latin1_named)
    assert result.returncode == 1, result.stderr
    assert b"Traceback" not in result.stderr
    if output in ("json", "jsonl"):
        (record,) = json.loads(result.stdout) if output == "json" else [json.loads(result.stdout)]
        assert record["path"] == "caf\\xe9.txt"
    else:
        assert b"caf\\xe9.txt" in result.stdout


def test_sarif_percent_encodes_the_bytes_of_a_name(latin1_named: Path) -> None:
    result = run("check", "--format", "sarif", ".", cwd=latin1_named)
    assert result.returncode == 1, result.stderr
    (sarif_run,) = json.loads(result.stdout)["runs"]
    location = sarif_run["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "caf%E9.txt"


def test_extract_writes_such_a_name_with_escapes(latin1_named: Path) -> None:
    text = run("extract", ".", cwd=latin1_named)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith(b"caf\\xe9.txt:1:4: 7 November [O.S. 24 October] 1917")
    jsonl = run("extract", "--format", "jsonl", ".", cwd=latin1_named)
    assert jsonl.returncode == 0, jsonl.stderr
    assert json.loads(jsonl.stdout)["path"] == "caf\\xe9.txt"


@pytest.mark.parametrize("command", ["extract", "check"])
def test_an_ascii_standard_output_gets_escapes_not_a_crash(tmp_path: Path, command: str) -> None:
    (tmp_path / "années.txt").write_text(WRONG.replace("rose", "rose → won"), encoding="utf-8")
    result = run(command, ".", cwd=tmp_path, encoding="ascii")
    assert b"Traceback" not in result.stderr
    assert result.returncode == (0 if command == "extract" else 1)
    assert b"ann\\xe9es.txt:1:4: " in result.stdout
    if command == "extract":
        assert b"\\u2192" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["convert", "1 March " + "1" * 5000],
        ["convert", "1" * 5000 + "-03-01"],
        ["cal", "1" * 5000],
        ["cal", "1917-10", "--reform", "1" * 5000 + "-10-04"],
    ],
    ids=["convert-words", "convert-iso", "cal", "cal-reform"],
)
def test_a_5000_digit_year_is_a_one_line_error(tmp_path: Path, args: list[str]) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith("a number of 5000 digits: years of up to 1000 digits are read")


def test_a_1000_digit_year_works(tmp_path: Path) -> None:
    result = run("convert", "--format", "json", "1 March " + "9" * 1000, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["modern_year"] == int("9" * 1000)


def test_a_settings_file_nested_100000_deep_is_a_one_line_error(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "pyproject.toml").write_text(
        f"[tool.julian-gregorian]\nselect = {deep}\n", encoding="utf-8"
    )
    (tmp_path / "article.txt").write_text(PAIR, encoding="utf-8")
    result = run("check", "article.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"julian-gregorian check: error: {tmp_path / 'pyproject.toml'}: nested too deeply "
        "to be read as TOML"
    ]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("command", [["check"], ["extract"], ["cal", "1917"]])
def test_a_full_standard_output_is_a_one_line_error(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "article.txt").write_text(WRONG, encoding="utf-8")
    files = ["article.txt"] if command[0] != "cal" else []
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "julian_gregorian", *command, *files],
            cwd=tmp_path,
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
            timeout=120,
        )
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"julian-gregorian {command[0]}: error: cannot write the output (No space left on device)\n"
    )


def test_a_reader_that_goes_away_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "many.txt").write_text(PAIR * 20_000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "julian_gregorian", "extract", "many.txt"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # as `| head` does: more output than a pipe holds is left
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == 2
    assert stderr == b"julian-gregorian extract: error: cannot write the output (Broken pipe)\n"


def test_a_closed_standard_output_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "julian_gregorian", "cal", "1917"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
        check=False,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == b"julian-gregorian: error: standard output is closed\n"


def test_ctrl_c_exits_130_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "article.txt").write_text(WRONG, encoding="utf-8")

    def interrupted(*args: object, **options: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(check_command, "_check_one", interrupted)
    assert main(["check", "--fix", str(tmp_path / "article.txt")]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_ctrl_c_while_the_commands_load_exits_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Found by hand: Ctrl-C in the first half second, while the subcommands' modules
    # (and the extractor's tables) were imported, ended in a traceback.
    def interrupted(only: str | None = None) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_main, "commands", interrupted)
    assert main(["check", "article.txt"]) == EXIT_INTERRUPTED
    assert capsys.readouterr() == ("", "")


def test_verbose_and_the_reports_say_which_settings_file_applied(tmp_path: Path) -> None:
    settings = tmp_path / "pyproject.toml"
    settings.write_text('[tool.julian-gregorian]\nfail-on = "warning"\n', encoding="utf-8")
    (tmp_path / "article.txt").write_text(WRONG, encoding="utf-8")
    verbose = run("check", "--verbose", "article.txt", cwd=tmp_path)
    assert f"article.txt: settings file: {settings}" in verbose.stderr.decode()
    isolated = run("check", "--verbose", "--isolated", "article.txt", cwd=tmp_path)
    assert "article.txt: settings file: none (--isolated)" in isolated.stderr.decode()
    (record,) = json.loads(run("check", "--format", "json", "article.txt", cwd=tmp_path).stdout)
    assert record["settings"] == str(settings)
    sarif = json.loads(run("check", "--format", "sarif", "article.txt", cwd=tmp_path).stdout)
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation == {
        "executionSuccessful": True,
        "properties": {"settingsFiles": [str(settings)]},
    }


@pytest.mark.parametrize("table", ["select = []", 'ignore = ["ALL"]'])
def test_settings_that_select_no_rule_are_warned_about(tmp_path: Path, table: str) -> None:
    settings = tmp_path / "pyproject.toml"
    settings.write_text(f"[tool.julian-gregorian]\n{table}\n", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(WRONG, encoding="utf-8")
    result = run("check", ".", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.decode() == (
        "julian-gregorian check: warning: no rule is selected for articles (settings file: "
        f"{settings}, "
        "and the command line), so nothing is checked in them\n"
    )
    assert run("check", "--isolated", ".", cwd=tmp_path).stderr == b""


@pytest.mark.parametrize(
    "options",
    [("--select", "JG1", "--ignore", "JG1"), ("--ignore", "JG1,JG2,JG3,JG4")],
)
def test_no_article_rule_left_is_warned_about_whatever_other_inputs_keep(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    (tmp_path / "bad.txt").write_text(WRONG, encoding="utf-8")
    result = run("check", *options, "bad.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.decode() == (
        "julian-gregorian check: warning: no rule is selected for articles (settings file: "
        "none, the defaults, and the command line), so nothing is checked in them\n"
    )


def test_no_gedcom_rule_left_is_warned_about_for_gedcom_files_only(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "family.ged").write_text("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 TRLR\n", encoding="utf-8")
    result = run("check", "--ignore", "JG6", "bad.txt", "family.ged", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "julian-gregorian check: warning: no rule is selected for GEDCOM files (settings "
        "file: none, the defaults, and the command line), so nothing is checked in them\n"
    )
    assert run("check", "--ignore", "JG6", "bad.txt", cwd=tmp_path).stderr == b""
