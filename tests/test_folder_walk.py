"""The one folder walk (``julian_gregorian._folder_walk``) under the command's reading of
inputs and under ``check_files_on_dask``: a folder swapped while it is walked."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from julian_gregorian._cli.inputs import InputFailure, read_inputs
from julian_gregorian._folder_walk import FoundFile, WalkFailure, walk_path
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.dumps._files import text_files

TEXT = "On 7 November [O.S. 24 October] 1917 the Bolsheviks rose.\n"


def _command(top: Path) -> Iterator[tuple[str, str | None]]:
    for entry in read_inputs([str(top)]):
        yield entry.name, entry.reason if isinstance(entry, InputFailure) else None


def _api(top: Path) -> Iterator[tuple[str, str | None]]:
    for name, _, failure, _ in text_files([top], CheckConfig()):
        yield name, failure


def _walk(top: Path) -> Iterator[tuple[str, str | None]]:
    for found in walk_path(str(top)):
        yield found.name, found.reason if isinstance(found, WalkFailure) else None


def _by_another_folder(folder: Path) -> None:
    folder.rename(folder.with_name("moved"))
    folder.mkdir()
    (folder / "planted.txt").write_text(TEXT, encoding="utf-8")


def _by_a_link(folder: Path) -> None:
    folder.rename(folder.with_name("moved"))
    folder.symlink_to(folder.with_name("moved"))


@pytest.mark.parametrize("walker", [_command, _api, _walk])
@pytest.mark.parametrize(
    ("swap", "why"),
    [
        (_by_another_folder, "replaced by another folder while it was walked"),
        # Opened as a folder without following a last link, a link is "not a directory".
        (_by_a_link, "not a directory"),
    ],
)
def test_a_folder_swapped_between_its_listing_and_its_walk_is_a_failure(
    tmp_path: Path,
    walker: Callable[[Path], Iterator[tuple[str, str | None]]],
    swap: Callable[[Path], None],
    why: str,
) -> None:
    top = tmp_path / "articles"
    (top / "sub").mkdir(parents=True)
    (top / "a.txt").write_text(TEXT, encoding="utf-8")
    (top / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (top / "z.txt").write_text(TEXT, encoding="utf-8")
    walk = walker(top)
    # A folder's files come before its subfolders are opened: after the last of them,
    # "sub" is listed (its identity taken), not yet open.
    assert [next(walk), next(walk)] == [(str(top / "a.txt"), None), (str(top / "z.txt"), None)]
    swap(top / "sub")
    assert list(walk) == [(str(top / "sub"), why)]


def test_a_file_comes_with_its_folder_open_to_be_read_in(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    walk = walk_path(str(tmp_path))
    found = next(walk)
    assert isinstance(found, FoundFile)
    assert found.folder is not None
    folder, folder_fd, name = found.folder
    assert (folder, name) == (os.path.realpath(tmp_path), "a.txt")
    assert os.stat(name, dir_fd=folder_fd).st_ino == found.status.st_ino
    assert list(walk) == []


def test_a_link_passed_over_names_what_the_caller_sets_to_follow_it(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    told: list[str] = []
    kept = walk_path(str(tmp_path), on_skip=lambda name, why: told.append(why))
    assert [found.name for found in kept] == [str(tmp_path / "real.txt")]
    list(
        walk_path(str(tmp_path), follow_hint="follow=True", on_skip=lambda _, why: told.append(why))
    )
    assert told == [
        "a symbolic link, not followed (--follow-links follows it)",
        "a symbolic link, not followed (follow=True follows it)",
    ]


@pytest.mark.parametrize("top", ["articles", "articles/", "./articles", "articles//", ".", "ABS"])
def test_names_are_those_pathlib_joins_whatever_the_spelling_of_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, top: str
) -> None:
    (tmp_path / "articles" / "sub").mkdir(parents=True)
    (tmp_path / "articles" / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "articles" if top == "." else tmp_path)
    top = str(tmp_path / "articles") if top == "ABS" else top
    names = [found.name for found in walk_path(top)]
    assert names == [str(Path(top) / "sub" / "b.txt")]


def test_a_folder_names_its_files_whatever_the_case_of_their_suffix(tmp_path: Path) -> None:
    for name in ("a.TXT", "b.Md", "c.MARKDOWN", "d.Wiki", "e.HTML", "f.mdx", "g.TXT.bak"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    names = [Path(name).name for name, failure in _walk(tmp_path) if failure is None]
    assert names == ["a.TXT", "b.Md", "c.MARKDOWN", "d.Wiki", "e.HTML"]
    assert [Path(name).name for name, _ in _command(tmp_path)] == names
    assert [Path(name).name for name, _ in _api(tmp_path)] == names
