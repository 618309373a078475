"""``julian-gregorian check`` through a real subprocess: formats, fixes, config, errors."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
from pathlib import Path

import pytest

from helpers.paths import REPO, SEED_ARTICLE
from helpers.warm_start import run_command
from julian_gregorian.checks._structured_rules import FILE_RULES
from julian_gregorian.checks.rules import RULES

WRONG = "On 7 November [O.S. 24 October] 1917, Bolsheviks led their forces"
RIGHT = "On 6 November [O.S. 24 October] 1917, Bolsheviks led their forces"


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return run_command("check", *args, stdin=stdin, cwd=cwd, env=env)


@pytest.fixture
def mutated(tmp_path: Path, seed_text: str) -> Path:
    assert RIGHT in seed_text
    path = tmp_path / "article.txt"
    path.write_text(seed_text.replace(RIGHT, WRONG), encoding="utf-8")
    return path


def test_the_seed_article_is_clean() -> None:
    result = run(str(SEED_ARTICLE), cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("No problems found:")
    assert result.stderr == b""


def test_a_wrong_pair_is_reported_with_path_line_and_column(mutated: Path) -> None:
    result = run("article.txt", cwd=mutated.parent)
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 2
    assert re.fullmatch(r"article\.txt:\d+:4: JG101 .*", lines[0])
    assert (
        "O.S. 24 October 1917 is N.S. 6 November 1917; "
        "or N.S. 7 November 1917 is O.S. 25 October 1917" in lines[0]
    )
    assert lines[1].startswith("Found 1 problem (1 error) in 1 file;")


def test_json_and_jsonl(mutated: Path) -> None:
    (record,) = json.loads(run("--format", "json", "article.txt", cwd=mutated.parent).stdout)
    for key in (
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "severity",
        "message",
        "fix",
    ):
        assert key in record
    assert (record["path"], record["code"], record["severity"]) == ("article.txt", "JG101", "error")
    assert record["end_column"] - record["column"] == len(record["text"])
    fix = record["fix"]
    assert set(fix) == {"offset", "end_offset", "replacement"}
    text = mutated.read_text(encoding="utf-8")
    assert text[fix["offset"] : fix["end_offset"]] == "7 November"
    assert fix["replacement"] == "6 November"
    lines = run("--format", "jsonl", "article.txt", cwd=mutated.parent).stdout.splitlines()
    assert [json.loads(line) for line in lines] == [record]
    clean = run("--format", "json", str(SEED_ARTICLE), cwd=REPO)
    assert (clean.returncode, json.loads(clean.stdout)) == (0, [])


def test_github_annotations(mutated: Path) -> None:
    output = run("--format", "github", "article.txt", cwd=mutated.parent).stdout.decode()
    assert re.fullmatch(
        r"::error file=article\.txt,line=\d+,col=4,endLine=\d+,endColumn=\d+,title=JG101::"
        r"JG101 O\.S\. 24 October 1917 is N\.S\. 6 November 1917[^\n]*\n",
        output,
    )


def test_sarif(mutated: Path) -> None:
    log = json.loads(run("--format", "sarif", "article.txt", cwd=mutated.parent).stdout)
    assert log["version"] == "2.1.0"
    assert "sarif-2.1.0" in log["$schema"]
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "julian-gregorian"
    codes = [rule.code for rule in (*RULES, *FILE_RULES)] + ["JG900", "JG901"]
    assert [rule["id"] for rule in driver["rules"]] == codes
    assert all(rule["shortDescription"]["text"] for rule in driver["rules"])
    (result,) = run_["results"]
    assert result["ruleId"] == "JG101"
    assert driver["rules"][result["ruleIndex"]]["id"] == "JG101"
    assert result["level"] == "error"
    assert result["message"]["text"].startswith("O.S. 24 October 1917 is N.S. 6 November 1917")
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "article.txt"
    region = location["region"]
    assert region["startColumn"] == 4
    assert set(region) == {"startLine", "startColumn", "endLine", "endColumn"}
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "6 November"
    assert replacement["deletedRegion"]["startColumn"] == 4
    assert replacement["deletedRegion"]["endColumn"] == 14


def test_fix_in_place_is_byte_exact_atomic_and_idempotent(mutated: Path, seed_text: str) -> None:
    mutated.chmod(0o640)
    result = run("--fix", "article.txt", cwd=mutated.parent)
    assert result.returncode == 0, result.stdout
    assert "Fixed 1 problem in 1 file." in result.stdout.decode()
    assert mutated.read_bytes() == seed_text.encode("utf-8")
    assert stat.S_IMODE(mutated.stat().st_mode) == 0o640
    assert sorted(p.name for p in mutated.parent.iterdir()) == ["article.txt"]
    again = run("--fix", "article.txt", cwd=mutated.parent)
    assert again.returncode == 0
    assert "Fixed 0 problems in 0 files." in again.stdout.decode()
    assert mutated.read_bytes() == seed_text.encode("utf-8")


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"", "\r\n"),
        ("utf-8", b"\xef\xbb\xbf", "\n"),
        ("utf-16-le", b"\xff\xfe", "\r\n"),
    ],
)
def test_fix_keeps_encoding_bom_and_line_endings(
    tmp_path: Path, encoding: str, bom: bytes, newline: str
) -> None:
    lines = [
        "Rasputin was buried on 2\u00a0January [O.S. 21\u00a0December] 1917.",
        "His body was found on 1 January [O.S. 19 December] 1917.",
        "",
    ]
    path = tmp_path / "article.txt"
    path.write_bytes(bom + newline.join(lines).encode(encoding))
    result = run("--fix", "article.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    expected = newline.join(lines).replace("2\u00a0January", "3\u00a0January")
    assert path.read_bytes() == bom + expected.encode(encoding)


def test_diff_writes_nothing(mutated: Path) -> None:
    before = mutated.read_bytes()
    result = run("--diff", "article.txt", cwd=mutated.parent)
    assert result.returncode == 1
    diff = result.stdout.decode()
    assert diff.startswith("--- a/article.txt\n+++ b/article.txt\n@@ ")
    assert "\n-" + WRONG in diff
    assert "\n+" + RIGHT in diff
    assert "JG101" in result.stderr.decode()
    assert mutated.read_bytes() == before


def test_standard_input(seed_text: str, tmp_path: Path) -> None:
    wrong = seed_text.replace(RIGHT, WRONG).encode("utf-8")
    reported = run(cwd=tmp_path, stdin=wrong)
    assert reported.returncode == 1
    assert reported.stdout.decode().startswith("<stdin>:")
    dash = run("-", cwd=tmp_path, stdin=wrong)
    assert dash.stdout == reported.stdout
    fixed = run("--fix", "-", cwd=tmp_path, stdin=wrong)
    assert fixed.returncode == 0
    assert fixed.stdout == seed_text.encode("utf-8")
    assert "Fixed 1 problem" in fixed.stderr.decode()


def test_select_ignore_and_fail_on(mutated: Path) -> None:
    folder = mutated.parent
    assert run("--ignore", "JG101", "article.txt", cwd=folder).returncode == 0
    assert run("--select", "JG2,JG3", "article.txt", cwd=folder).returncode == 0
    assert run("--select", "JG1", "article.txt", cwd=folder).returncode == 1
    warning = folder / "church.txt"
    warning.write_text("Christmas: 7 January 2020 [O.S. 25 December 2019].\n", encoding="utf-8")
    assert run("church.txt", cwd=folder).returncode == 0
    result = run("--fail-on", "warning", "church.txt", cwd=folder)
    assert result.returncode == 1
    assert "JG401" in result.stdout.decode()


def test_settings_from_pyproject(mutated: Path) -> None:
    folder = mutated.parent
    (folder / "pyproject.toml").write_text(
        '[tool.julian-gregorian]\nignore = ["JG101"]\n', encoding="utf-8"
    )
    assert run("article.txt", cwd=folder).returncode == 0
    assert run("--isolated", "article.txt", cwd=folder).returncode == 1
    assert run("--select", "ALL", "article.txt", cwd=folder).returncode == 0  # ignore stays
    (folder / "pyproject.toml").write_text(
        "[tool.julian-gregorian]\nselekt = 1\n", encoding="utf-8"
    )
    result = run("article.txt", cwd=folder)
    assert result.returncode == 2
    assert "unknown setting 'selekt'" in result.stderr.decode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "missing.txt: no such file or directory"),
        (["--select", "JG999", "article.txt"], "unknown rule or prefix 'JG999'"),
        (["--explain", "JG999"], "unknown rule 'JG999'"),
        (["--format", "xml", "article.txt"], "invalid choice: 'xml'"),
        (["--fix", "--diff", "article.txt"], "not allowed with argument"),
    ],
)
def test_usage_errors_exit_2_without_a_traceback(
    mutated: Path, args: list[str], message: str
) -> None:
    result = run(*args, cwd=mutated.parent)
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_an_unreadable_input_does_not_stop_the_others(mutated: Path) -> None:
    binary = mutated.parent / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = run("binary.txt", "article.txt", cwd=mutated.parent)
    assert result.returncode == 2
    assert "binary.txt: looks like a binary file" in result.stderr.decode()
    assert "article.txt:" in result.stdout.decode()


def test_folders_are_walked(mutated: Path) -> None:
    (mutated.parent / "notes.md").write_text("Nothing dated here.\n", encoding="utf-8")
    result = run(".", cwd=mutated.parent)
    assert result.returncode == 1
    assert "in 1 of 2 files" in result.stdout.decode()


def test_explain_list_rules_and_help(tmp_path: Path) -> None:
    explained = run("--explain", "JG101", cwd=tmp_path)
    assert explained.returncode == 0
    assert explained.stdout.decode().startswith("JG101 wrong-offset (error, fixable)")
    listed = run("--list-rules", cwd=tmp_path).stdout.decode().splitlines()
    assert [line.split()[0] for line in listed] == [r.code for r in (*RULES, *FILE_RULES)]
    assert all(
        line.endswith("(opt-in)") for line in listed if line.split()[0] in ("JG501", "JG604")
    )
    helped = run("--help", cwd=tmp_path)
    assert helped.returncode == 0
    assert "--fix-side" in helped.stdout.decode()
