"""A file too large to read whole is read later than the walk met it, by its path: swapped
for a FIFO or a link meanwhile, it is refused (JG900), never opened or followed; a file
or link named on the command line is still resolved once, as it is read."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from helpers.warm_start import run_command
from julian_gregorian._cli import check_command, file_jobs
from julian_gregorian._cli.inputs import InputFailure, LargeFile, read_inputs, read_whole
from julian_gregorian._cli.main import main
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.errors import InputError

WRONG = "On 7 November [O.S. 24 October] 1917 the Bolsheviks rose.\n"
SECRET = "Outside the tree: on 12 March 1700 [O.S. 2 March] 1700.\n"
#: Large from this many bytes in these tests: each file below is larger.
LARGE = 100


class HungError(Exception):
    """A read that waited for a writer that never comes."""


@pytest.fixture
def no_hang() -> Iterator[None]:
    """A test that would hang on a FIFO fails after 30 seconds instead."""

    def give_up(signum: int, frame: FrameType | None) -> None:
        raise HungError("the read waited for a writer")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``big/`` with a large article and a large GEDCOM file; ``outside/`` with a secret."""
    (tmp_path / "big").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "big" / "a.txt").write_text(WRONG * 5, encoding="utf-8")
    (tmp_path / "outside" / "a.txt").write_text(SECRET * 5, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _walked(path: str) -> LargeFile:
    (entry,) = read_inputs([path], large=LARGE)
    assert isinstance(entry, LargeFile)
    return entry


def _checked(large: LargeFile) -> str:
    reports = file_jobs.check_large(
        large.name, large.path, CheckConfig(), None, resolve=large.resolve
    )
    return "".join(part.text for part in reports)


def _extracted(large: LargeFile) -> str:
    items = file_jobs.extract_large(large.path, None, resolve=large.resolve)
    return "".join(item.text for item in items)


def _whole(large: LargeFile) -> str:
    read = read_whole(large)
    if isinstance(read, InputFailure):
        raise InputError(read.reason)
    return read.text


READERS: list[Callable[[LargeFile], str]] = [_checked, _extracted, _whole]


def _fifo(path: Path, _outside: Path) -> None:
    path.unlink()
    os.mkfifo(path)  # opened for reading, it would wait for a writer for ever


def _file_link(path: Path, outside: Path) -> None:
    path.unlink()
    path.symlink_to(outside / path.name)


def _folder_link(path: Path, outside: Path) -> None:
    path.parent.rename(path.parent.with_name("kept"))
    path.parent.symlink_to(outside)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    ("swap", "why"),
    [
        (_fifo, "a FIFO, not a regular file"),
        (_file_link, "a symbolic link, not a regular file"),
        (_folder_link, "a folder on its path is a symbolic link, not followed"),
    ],
)
def test_a_walked_large_file_swapped_after_the_walk_is_refused(
    big: Path,
    no_hang: None,
    reader: Callable[[LargeFile], str],
    swap: Callable[[Path, Path], None],
    why: str,
) -> None:
    large = _walked("big")
    assert (large.name, large.resolve) == ("big/a.txt", False)
    swap(big / "big" / "a.txt", big / "outside")
    with pytest.raises(InputError) as raised:
        reader(large)
    assert str(raised.value).endswith(why)


@pytest.mark.parametrize("reader", READERS)
def test_a_large_file_named_by_a_link_is_followed(
    big: Path, reader: Callable[[LargeFile], str]
) -> None:
    (big / "link.txt").symlink_to(big / "outside" / "a.txt")
    large = _walked("link.txt")
    assert large.resolve
    target = reader(_walked("outside"))
    assert reader(large) == target != reader(_walked("big"))


def test_the_command_reports_a_large_file_swapped_for_a_fifo_after_the_walk(
    big: Path,
    no_hang: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    walk = read_inputs

    def racing(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for entry in walk(*args, **kwargs):
            if isinstance(entry, LargeFile):  # swapped once walked, before it is read
                _fifo(big / entry.name, big / "outside")
            yield entry

    monkeypatch.setattr(file_jobs, "LARGE_FILE", LARGE)
    monkeypatch.setattr(check_command, "read_inputs", racing)
    assert main(["check", "--isolated", "big"]) == 2
    out = capsys.readouterr().out
    assert out.startswith("big/a.txt:1:1: JG900 a FIFO, not a regular file\n")


def test_a_link_named_that_leads_to_a_fifo_is_an_error_not_a_hang(big: Path) -> None:
    os.mkfifo(big / "outside" / "pipe.txt")
    (big / "pipe.txt").symlink_to(big / "outside" / "pipe.txt")
    done = run_command(
        "check", "--isolated", "pipe.txt", "big/a.txt", cwd=big, encoding="utf-8", timeout=120
    )
    assert done.returncode == 2, done.stderr
    assert "pipe.txt: a FIFO, not a regular file" in done.stderr
    assert "big/a.txt:1:4: JG101" in done.stdout
