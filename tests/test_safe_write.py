"""``_cli.safe_write``: a fix goes to the very file that was read, unchanged, or nowhere."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from julian_gregorian._cli import safe_write
from julian_gregorian._cli.safe_write import (
    FileChangedError,
    ReadOnlyFileError,
    interrupts_held,
    read_path,
    remove_stale_temporaries,
    replace_file,
    temporary_name,
)
from julian_gregorian._file_access import FileReplacedError, NotRegularFileError

OLD = b"On 7 November [O.S. 24 October] 1917.\n"
NEW = b"On 6 November [O.S. 24 October] 1917.\n"

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing owners needs root"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "article.txt"
    path.write_bytes(OLD)
    return path


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    path = tmp_path / "outside.txt"
    path.write_bytes(b"secret\n")
    return path


@pytest.fixture(autouse=True)
def no_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe_write, "before_replace", None)


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_fix_replaces_the_file_and_keeps_its_exact_mode(article: Path) -> None:
    article.chmod(0o4751)  # the set-user-ID bit was there: it stays
    raw, state = read_path(str(article))
    assert raw == OLD
    inode = article.stat().st_ino
    replace_file(state, NEW)
    assert article.read_bytes() == NEW
    assert stat.S_IMODE(article.stat().st_mode) == 0o4751
    assert article.stat().st_ino != inode  # replaced by a rename: atomic
    assert names(article.parent) == ["article.txt"]


@needs_root
def test_owner_and_group_are_kept(article: Path) -> None:
    os.chown(article, 4321, 8765)
    article.chmod(0o6755)
    _, state = read_path(str(article))
    replace_file(state, NEW)
    status = article.stat()
    assert (status.st_uid, status.st_gid) == (4321, 8765)
    assert stat.S_IMODE(status.st_mode) == 0o6755
    assert article.read_bytes() == NEW


def test_all_hard_links_see_the_fix(article: Path) -> None:
    other = article.parent / "other-name.txt"
    os.link(article, other)
    inode = article.stat().st_ino
    _, state = read_path(str(article))
    replace_file(state, NEW)
    assert article.read_bytes() == other.read_bytes() == NEW
    assert article.stat().st_ino == other.stat().st_ino == inode
    assert names(article.parent) == ["article.txt", "other-name.txt"]


def test_a_shorter_text_written_in_place_leaves_no_tail(article: Path) -> None:
    os.link(article, article.parent / "link.txt")
    _, state = read_path(str(article))
    replace_file(state, b"short\n")
    assert article.read_bytes() == b"short\n"


def test_an_owner_a_temporary_cannot_take_is_kept_by_writing_in_place(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An unprivileged user fixing another user's group-writable file cannot chown the
    # temporary to that user: the file is then rewritten in place, keeping its owner.
    def refuse(fd: int, uid: int, gid: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", refuse)
    monkeypatch.setattr(os, "getuid", lambda: article.stat().st_uid + 1)
    real_fstat = os.fstat
    inode = article.stat().st_ino

    def fstat_owned_by_another(fd: int) -> os.stat_result:
        status = real_fstat(fd)
        if status.st_ino == inode:
            return status
        fields = list(status)
        fields[stat.ST_UID] = status.st_uid + 1  # the temporary belongs to "us"
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", fstat_owned_by_another)
    _, state = read_path(str(article))
    replace_file(state, NEW)
    assert article.read_bytes() == NEW
    assert article.stat().st_ino == inode
    assert names(article.parent) == ["article.txt"]


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o000])
def test_a_read_only_file_is_left_alone(article: Path, mode: int) -> None:
    _, state = read_path(str(article))
    article.chmod(mode)
    with pytest.raises(ReadOnlyFileError, match="read-only"):
        replace_file(state, NEW)
    article.chmod(0o644)
    assert article.read_bytes() == OLD
    assert names(article.parent) == ["article.txt"]


def test_a_line_added_after_reading_is_not_lost(article: Path) -> None:
    _, state = read_path(str(article))
    with article.open("ab") as stream:
        stream.write(b"A line written meanwhile.\n")
    with pytest.raises(FileChangedError, match="changed since it was read"):
        replace_file(state, NEW)
    assert article.read_bytes() == OLD + b"A line written meanwhile.\n"


def test_a_change_of_the_same_size_and_time_is_seen_by_the_hash(article: Path) -> None:
    _, state = read_path(str(article))
    before = article.stat()
    article.write_bytes(OLD.replace(b"1917", b"1918"))
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(FileChangedError):
        replace_file(state, NEW)
    assert b"1918" in article.read_bytes()


def test_a_link_read_is_resolved_once(article: Path, outside: Path) -> None:
    link = article.parent / "link.txt"
    link.symlink_to(article)
    _, state = read_path(str(link))
    link.unlink()
    link.symlink_to(outside)  # swapped after reading: the fix still goes to the file read
    replace_file(state, NEW)
    assert article.read_bytes() == NEW
    assert outside.read_bytes() == b"secret\n"
    assert link.is_symlink()


def test_a_file_swapped_for_a_link_after_reading_is_left_alone(
    article: Path, outside: Path
) -> None:
    _, state = read_path(str(article))
    article.unlink()
    article.symlink_to(outside)
    with pytest.raises(FileReplacedError):
        replace_file(state, NEW)
    assert outside.read_bytes() == b"secret\n"
    assert article.is_symlink()


def test_a_file_swapped_for_another_after_reading_is_left_alone(article: Path) -> None:
    _, state = read_path(str(article))
    article.rename(article.parent / "kept.txt")  # kept, so that its inode is not reused
    article.write_bytes(OLD)  # same name, same bytes, another inode
    with pytest.raises(FileReplacedError):
        replace_file(state, NEW)
    assert article.read_bytes() == OLD


def test_a_folder_swapped_after_reading_is_left_alone(article: Path, tmp_path: Path) -> None:
    _, state = read_path(str(article))
    article.parent.rename(tmp_path / "moved")
    decoy = tmp_path / "articles"
    decoy.mkdir()
    (decoy / "article.txt").write_bytes(OLD)
    with pytest.raises(FileReplacedError, match="folder"):
        replace_file(state, NEW)
    assert (decoy / "article.txt").read_bytes() == OLD
    assert (tmp_path / "moved" / "article.txt").read_bytes() == OLD


@pytest.mark.parametrize("links", [1, 2])
def test_a_swap_at_the_last_moment_never_writes_through_the_link(
    article: Path, outside: Path, monkeypatch: pytest.MonkeyPatch, links: int
) -> None:
    if links == 2:
        os.link(article, article.parent / "second.txt")

    def swap(folder: str, name: str) -> None:
        os.unlink(os.path.join(folder, name))
        os.symlink(outside, os.path.join(folder, name))

    monkeypatch.setattr(safe_write, "before_replace", swap)
    _, state = read_path(str(article))
    replace_file(state, NEW)
    assert outside.read_bytes() == b"secret\n"
    if links == 2:  # written in place, into the inode that was read
        assert (article.parent / "second.txt").read_bytes() == NEW
    else:  # the rename replaced the link itself, not what it points to
        assert not article.is_symlink()
        assert article.read_bytes() == NEW


def test_an_interrupt_before_the_rename_leaves_no_temporary(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(folder: str, name: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(safe_write, "before_replace", interrupt)
    _, state = read_path(str(article))
    with pytest.raises(KeyboardInterrupt):
        replace_file(state, NEW)
    assert names(article.parent) == ["article.txt"]
    assert article.read_bytes() == OLD


def test_ctrl_c_is_held_back_until_the_write_is_done() -> None:
    reached: list[str] = []

    def interrupted_block() -> None:
        with interrupts_held():
            os.kill(os.getpid(), signal.SIGINT)
            reached.append("the end of the block")

    # Python's own handler, even when the suite was started with SIGINT ignored (as a
    # shell does for the children of a background job).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            interrupted_block()
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, previous)
    assert reached == ["the end of the block"]


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    with pytest.raises(NotRegularFileError, match="a FIFO, not a regular file"):
        read_path(str(fifo))


def test_a_device_is_refused() -> None:
    with pytest.raises(NotRegularFileError, match="a character device"):
        read_path("/dev/zero")


def test_temporaries_have_a_recognisable_name_that_fits() -> None:
    assert temporary_name("article.txt", 42) == ".article.txt.julian-gregorian-42.tmp"
    assert safe_write.TEMPORARY.fullmatch(temporary_name("article.txt"))
    assert len(os.fsencode(temporary_name("é" * 127))) <= 255


def test_stale_temporaries_of_dead_runs_are_removed(tmp_path: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(finished.stdout)
    stale = tmp_path / temporary_name("a.txt", dead)
    live = tmp_path / temporary_name("b.txt", os.getppid())
    mine = tmp_path / temporary_name("c.txt")
    unrelated = tmp_path / f"notes.julian-gregorian-{dead}.tmp"  # no leading dot
    for path in (stale, live, mine, unrelated):
        path.write_bytes(b"")
    assert remove_stale_temporaries(str(tmp_path)) == [stale.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (live, mine, unrelated)
    )
