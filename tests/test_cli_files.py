"""The command line and the file system: links, special files, unreadable inputs, --fix.

Through a real subprocess, as a user runs it; the cases that need a change at a precise
moment of a run call ``main`` in the process with one function wrapped.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.warm_start import run_command
from julian_gregorian._cli import check_command, inputs
from julian_gregorian._cli.main import main
from julian_gregorian._cli.safe_write import temporary_name
from julian_gregorian.checks import _fixes as fixes

WRONG = "On 7 November [O.S. 24 October] 1917 the Bolsheviks rose.\n"
RIGHT = "On 6 November [O.S. 24 October] 1917 the Bolsheviks rose.\n"

as_root = hasattr(os, "geteuid") and os.geteuid() == 0


def run(
    *args: str, cwd: Path, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return run_command(*args, stdin=stdin, cwd=cwd, env=environment)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """``articles/`` with a wrong pair, and a file outside it with another."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "own.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(WRONG, encoding="utf-8")
    return tmp_path


def test_links_in_a_folder_are_not_followed(tree: Path) -> None:
    articles = tree / "articles"
    (articles / "link.txt").symlink_to(tree / "outside" / "secret.txt")
    (articles / "linked-folder").symlink_to(tree / "outside")
    result = run("check", "--fix", "--verbose", "articles", cwd=tree)
    assert result.returncode == 0, result.stderr
    assert (articles / "own.txt").read_text(encoding="utf-8") == RIGHT
    assert (tree / "outside" / "secret.txt").read_text(encoding="utf-8") == WRONG
    assert (articles / "link.txt").is_symlink()
    stderr = result.stderr.decode()
    assert "articles/link.txt: skipped, a symbolic link, not followed" in stderr
    assert "articles/linked-folder: skipped, a symbolic link" in stderr
    listed = run("extract", "articles", cwd=tree).stdout.decode()
    assert [line.split(":")[0] for line in listed.splitlines()] == ["articles/own.txt"]


def test_follow_links_follows_them_and_stops_at_a_loop(tree: Path) -> None:
    articles = tree / "articles"
    (articles / "linked-folder").symlink_to(tree / "outside")
    (articles / "loop").symlink_to(articles)
    result = run("check", "--follow-links", "articles", cwd=tree)
    assert result.returncode == 1
    reported = {line.split(":")[0] for line in result.stdout.decode().splitlines()[:-1]}
    assert reported == {"articles/own.txt", "articles/linked-folder/secret.txt"}


def test_a_link_named_on_the_command_line_is_followed_and_stays_a_link(tree: Path) -> None:
    link = tree / "link.txt"
    link.symlink_to(tree / "outside" / "secret.txt")
    result = run("check", "--fix", "link.txt", cwd=tree)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert (tree / "outside" / "secret.txt").read_text(encoding="utf-8") == RIGHT


def test_a_file_reached_twice_is_read_and_fixed_once(tree: Path) -> None:
    # Named twice, through a link, and in a folder named too: one file, one fix.
    (tree / "link.txt").symlink_to(tree / "articles" / "own.txt")
    names = ("articles/own.txt", "articles/own.txt", "link.txt", "articles")
    checked = run("check", "--format", "jsonl", *names, cwd=tree)
    assert [json.loads(line)["path"] for line in checked.stdout.splitlines()] == [
        "articles/own.txt"
    ]
    result = run("check", "--fix", "--verbose", *names, cwd=tree)
    assert result.returncode == 0, result.stderr
    assert (tree / "articles" / "own.txt").read_text(encoding="utf-8") == RIGHT
    stderr = result.stderr.decode()
    assert "link.txt: skipped, the file already read as articles/own.txt" in stderr
    assert "JG901" not in stderr + result.stdout.decode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_met_again_is_told_after_the_first_name_s_own_lines(tree: Path, jobs: str) -> None:
    os.link(tree / "articles" / "own.txt", tree / "again.txt")
    result = run("check", "--verbose", "--jobs", jobs, "articles/own.txt", "again.txt", cwd=tree)
    assert result.stderr.decode().splitlines()[-2:] == [
        "julian-gregorian check: info: articles/own.txt: settings file: none, the defaults",
        "julian-gregorian check: info: again.txt: skipped, the file already read as "
        "articles/own.txt",
    ]


def test_extract_reads_each_path_as_named(tree: Path) -> None:
    (tree / "link.txt").symlink_to(tree / "articles" / "own.txt")
    names = ("articles/own.txt", "link.txt")
    extracted = run("extract", "--format", "jsonl", *names, cwd=tree)
    assert extracted.returncode == 0, extracted.stderr
    paths = [json.loads(line)["path"] for line in extracted.stdout.splitlines()]
    assert sorted(set(paths)) == ["articles/own.txt", "link.txt"]


def test_a_fifo_in_a_folder_is_skipped_and_one_named_is_an_error(tree: Path) -> None:
    os.mkfifo(tree / "articles" / "pipe.txt")  # opening it would wait for a writer
    walked = run("check", "articles", cwd=tree)
    assert walked.returncode == 1
    assert "pipe" not in walked.stdout.decode() + walked.stderr.decode()
    assert run("extract", "articles", cwd=tree).returncode == 0
    named = run("check", "articles/pipe.txt", "articles/own.txt", cwd=tree)
    assert named.returncode == 2
    assert "articles/pipe.txt: a FIFO, not a regular file" in named.stderr.decode()
    assert "articles/own.txt:1:4: JG101" in named.stdout.decode()


@pytest.mark.parametrize("command", ["check", "extract"])
def test_a_device_is_an_error_not_a_memory_error(tmp_path: Path, command: str) -> None:
    result = run(command, "/dev/zero", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().endswith(
        f"julian-gregorian {command}: error: /dev/zero: a character device, not a regular file\n"
    )


@pytest.mark.parametrize("command", ["check", "extract"])
def test_an_empty_path_is_a_usage_error(tmp_path: Path, command: str) -> None:
    (tmp_path / "article.txt").write_text(WRONG, encoding="utf-8")
    result = run(command, "", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, b"")
    assert "an empty path names no file" in result.stderr.decode()


def test_unreadable_inputs_are_reported_in_every_format_and_the_run_goes_on(tree: Path) -> None:
    articles = tree / "articles"
    (articles / "latin1.txt").write_bytes("Année 1917\n".encode("latin-1"))
    (articles / "zzz.txt").write_text(WRONG, encoding="utf-8")
    text = run("check", "articles", "missing.txt", cwd=tree)
    assert text.returncode == 2
    lines = text.stdout.decode().splitlines()
    assert lines[:4] == [
        "articles/latin1.txt:1:1: JG900 not UTF-8 text (byte 0xe9 at offset 3 cannot be decoded)",
        lines[1],
        lines[2],
        "missing.txt:1:1: JG900 no such file or directory",
    ]
    assert lines[1].startswith("articles/own.txt:1:4: JG101 ")
    assert lines[2].startswith("articles/zzz.txt:1:4: JG101 ")
    assert lines[4] == (
        "Found 2 problems (2 errors) in 2 files; 2 dates checked. "
        "2 fixable with --fix. 2 inputs could not be read (JG900)."
    )
    records = json.loads(run("check", "--format", "json", "articles", cwd=tree).stdout)
    assert [(r["path"], r["code"], r["name"]) for r in records] == [
        ("articles/latin1.txt", "JG900", "unreadable-input"),
        ("articles/own.txt", "JG101", "wrong-offset"),
        ("articles/zzz.txt", "JG101", "wrong-offset"),
    ]
    github = run("check", "--format", "github", "articles", cwd=tree).stdout.decode()
    assert github.startswith("::error file=articles/latin1.txt,line=1,col=1,")
    assert "title=JG900::JG900 not UTF-8 text" in github
    sarif = json.loads(run("check", "--format", "sarif", "articles", cwd=tree).stdout)
    (sarif_run,) = sarif["runs"]
    assert sarif_run["invocations"][0]["executionSuccessful"] is False
    first = sarif_run["results"][0]
    assert first["ruleId"] == "JG900"
    assert sarif_run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "JG900"


def test_the_summary_does_not_say_no_problems_when_an_input_failed(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    (tmp_path / "clean.txt").write_text("Nothing dated.\n", encoding="utf-8")
    result = run("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout.decode().splitlines()[-1] == (
        "No problem in the 1 file read; 0 dates checked. 1 input could not be read (JG900)."
    )


@pytest.mark.skipif(as_root, reason="root reads a folder whatever its permissions")
def test_an_unreadable_subfolder_is_reported(tree: Path) -> None:
    locked = tree / "articles" / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(WRONG, encoding="utf-8")
    locked.chmod(0)
    try:
        result = run("check", "articles", cwd=tree)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 2
    assert "articles/locked:1:1: JG900 permission denied" in result.stdout.decode()
    assert "articles/own.txt:1:4: JG101" in result.stdout.decode()


def test_fix_on_standard_input_that_is_not_text_passes_it_unchanged(tmp_path: Path) -> None:
    raw = WRONG.encode("utf-8") + b"\xff\n"
    result = run("check", "--fix", "-", cwd=tmp_path, stdin=raw)
    assert result.returncode == 2
    assert result.stdout == raw
    assert "<stdin>: not UTF-8 text" in result.stderr.decode()


@pytest.mark.parametrize("mode", [0o444, 0o555])
def test_a_read_only_file_is_reported_and_left_alone(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "article.txt"
    path.write_text(WRONG, encoding="utf-8")
    path.chmod(mode)
    result = run("check", "--fix", "article.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert path.read_text(encoding="utf-8") == WRONG
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert (
        "julian-gregorian check: warning: article.txt: fix not written: read-only; "
        "the file is left alone" in result.stderr.decode()
    )
    stdout = result.stdout.decode()
    assert "article.txt:1:1: JG901 fix not written: read-only" in stdout
    assert "article.txt:1:4: JG101" in stdout
    assert "Fixed 0 problems in 0 files." in stdout


def test_hard_links_all_see_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(WRONG, encoding="utf-8")
    os.link(path, tmp_path / "same.md")
    result = run("check", "--fix", "article.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "same.md").read_text(encoding="utf-8") == RIGHT


@pytest.mark.skipif(not as_root, reason="giving a file to another user needs root")
def test_owner_group_and_set_id_bits_are_kept_when_root_fixes(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(WRONG, encoding="utf-8")
    os.chown(path, 1234, 5678)
    path.chmod(0o4754)
    result = run("check", "--fix", "article.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    status = path.stat()
    assert (status.st_uid, status.st_gid, stat.S_IMODE(status.st_mode)) == (1234, 5678, 0o4754)
    assert path.read_text(encoding="utf-8") == RIGHT


def test_a_temporary_left_by_a_killed_run_is_removed_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(WRONG, encoding="utf-8")
    killed = subprocess.Popen([sys.executable, "-c", "pass"])
    killed.wait()
    stale = tmp_path / temporary_name("article.txt", killed.pid)
    stale.write_text("half a fix", encoding="utf-8")
    result = run("check", "--fix", "--verbose", "article.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]
    assert f"{stale}: removed, a temporary file of a run that was killed" in (
        result.stderr.decode()
    )


def test_a_file_changed_during_the_check_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(WRONG, encoding="utf-8")
    real_apply = fixes.apply_fixes

    def apply_while_someone_edits(text: str, chosen: list[fixes.Fix]) -> object:
        with path.open("a", encoding="utf-8") as stream:
            stream.write("A line added meanwhile.\n")
        return real_apply(text, chosen)

    monkeypatch.setattr(check_command, "apply_fixes", apply_while_someone_edits)
    assert main(["check", "--fix", str(path)]) == 1
    assert path.read_text(encoding="utf-8") == WRONG + "A line added meanwhile.\n"
    captured = capsys.readouterr()
    assert f"{path}: fix not written: changed since it was read" in captured.err
    assert "JG901" in captured.out


def test_binary_standard_input_is_not_read_to_its_end(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zeros:
        result = subprocess.run(
            [sys.executable, "-m", "julian_gregorian", "check", "--fix", "-"],
            stdin=zeros,
            capture_output=True,
            cwd=tmp_path,
            check=False,
            timeout=120,
        )
    assert (result.returncode, result.stdout) == (2, b"")
    # With --fix on standard input, the report goes to standard error too.
    assert result.stderr.decode().splitlines()[:2] == [
        "julian-gregorian check: error: <stdin>: looks like a binary file (it contains NUL bytes)",
        "<stdin>:1:1: JG900 looks like a binary file (it contains NUL bytes)",
    ]


def test_an_unreadable_subfolder_is_reported_and_the_walk_goes_on(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root reads any folder, so the refusal is simulated where the walk lists one.
    (tree / "articles" / "locked").mkdir()
    (tree / "articles" / "z.txt").write_text(WRONG, encoding="utf-8")
    listed: list[int] = []
    real_scandir = os.scandir

    def scandir(fd: int) -> object:
        listed.append(fd)
        if len(listed) == 2:  # the top folder first, then "locked"
            raise PermissionError(13, "Permission denied")
        return real_scandir(fd)

    monkeypatch.setattr(os, "scandir", scandir)  # as the folder walk calls it
    found = list(inputs.read_inputs([str(tree / "articles")]))
    assert [(type(entry).__name__, Path(entry.name).name) for entry in found] == [
        ("SourceText", "own.txt"),
        ("SourceText", "z.txt"),
        ("InputFailure", "locked"),
    ]
    assert str(found[-1]).endswith("articles/locked: permission denied")


def test_a_folder_deeper_than_the_recursion_limit_is_walked(tmp_path: Path) -> None:
    # The limit is lowered in the run rather than the tree made deeper than Python's
    # default, which pytest's own clean-up (recursive) could not remove.
    limit, depth = 150, 400
    deep = tmp_path.joinpath(*["d"] * depth)
    deep.mkdir(parents=True)
    (deep / "bottom.txt").write_text(WRONG, encoding="utf-8")
    # The commands are imported first, the parsers and the check command that the run
    # loads: how deeply imports nest is not the walk's depth, and the lowered limit
    # would catch it instead (importing the extractor under it left a margin of a few
    # frames, which one more module on the chain used up).
    code = (
        "import sys; from julian_gregorian._cli.main import commands, main; commands(); "
        "import julian_gregorian._cli.check_command; "
        f"sys.setrecursionlimit({limit}); "
        "sys.exit(main(['check', '--format', 'json', '.']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, cwd=tmp_path, check=False, timeout=120
    )
    assert result.returncode == 1, result.stderr[-300:]
    (record,) = json.loads(result.stdout)
    assert record["path"] == "/".join(["d"] * depth) + "/bottom.txt"


def test_ctrl_c_during_the_write_lands_after_it_with_nothing_left_behind(tmp_path: Path) -> None:
    # The real signal, sent by the run to itself at the worst moment: between the
    # temporary file being written and its rename over the article.
    path = tmp_path / "article.txt"
    path.write_text(WRONG, encoding="utf-8")
    code = (
        "import os, signal, sys\n"
        "from julian_gregorian._cli import safe_write\n"
        "from julian_gregorian._cli.main import main\n"
        "safe_write.before_replace = lambda folder, name: os.kill(os.getpid(), signal.SIGINT)\n"
        "sys.exit(main(['check', '--fix', 'article.txt']))\n"
    )
    # A shell that starts the suite in the background ignores SIGINT in its children;
    # the run under test must see Ctrl-C as a person's terminal sends it.
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        cwd=tmp_path,
        check=False,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert result.returncode == 130
    assert result.stderr == b""
    assert path.read_text(encoding="utf-8") == RIGHT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]
