"""The cache of Hyperscan's databases on disk (text/_locate/database_cache.py): a second
process loads what the first compiled; a file that is cut short, corrupt or foreign, a
folder that cannot be written, the cache turned off: each compiles, and every anchor and
finding is the same as without the cache and without Hyperscan. (The test session keeps
its cache in a folder of its own: tests/conftest.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from helpers.accelerators import LONG_TEXT, unbuilt_accelerators
from julian_gregorian._user_cache import CACHE_DIR_VARIABLE, NO_CACHE_VARIABLE, cache_folder
from julian_gregorian.checks._page_check import findings_and_items
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.dumps import read_pages
from julian_gregorian.text._locate import anchors, database_cache, hyperscan_candidates

hyperscan = pytest.importorskip("hyperscan")  # in the dev extra: skipped only outside it

SAMPLE = Path(__file__).parent / "data" / "enwiki-sample-pages-articles.xml.bz2"
_PAGE = "Peter I was born on 9 June [O.S. 30 May] 1672 in Moscow; a day of frost. " * 5
#: What a process reads to build every database: the scanner (a first short page), the
#: screen (a second one) and the forward scan of long texts (a long one), at once.
_BUILDING = [_PAGE, _PAGE, LONG_TEXT]

#: Builds every database in a process of its own and prints what it compiled and loaded,
#: and the anchors of the texts.
_SCRIPT = """
import json, sys
from julian_gregorian.text._locate import anchors, database_cache, hyperscan_candidates
for threshold in ("WORTH_BUILDING", "SCREEN_WORTH_BUILDING", "WORTH_SCANNING_FORWARD"):
    setattr(hyperscan_candidates, threshold, 0)
found = [anchors.find_anchors(text) for text in json.loads(sys.stdin.read())]
print(json.dumps({"counts": dict(database_cache.counts), "anchors": found}))
"""


def _started(folder: Path, **variables: str) -> subprocess.Popen[str]:
    """A process that builds every database with its cache in *folder*."""
    left_out = (NO_CACHE_VARIABLE, hyperscan_candidates.DISABLE_VARIABLE)
    environment = {name: value for name, value in os.environ.items() if name not in left_out}
    environment.update({CACHE_DIR_VARIABLE: str(folder), **variables})
    return subprocess.Popen(
        [sys.executable, "-c", _SCRIPT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def _outcome(process: subprocess.Popen[str]) -> dict[str, object]:
    """What the process of :func:`_started` printed (it fails the test where it failed)."""
    out, err = process.communicate(json.dumps(_BUILDING))
    assert process.returncode == 0, err
    result: dict[str, object] = json.loads(out)
    return result


def _in_a_process(folder: Path, **variables: str) -> dict[str, object]:
    return _outcome(_started(folder, **variables))


def _without_hyperscan(text: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    with monkeypatch.context() as patch:
        patch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
        return anchors.find_anchors(text)


def test_a_second_process_loads_the_databases_the_first_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _in_a_process(tmp_path)
    compiled = first["counts"]
    assert isinstance(compiled, dict)
    assert compiled["compiled"] >= 3  # (the scanner's, the screen's, the forward scan's)
    assert compiled["stored"] == compiled["compiled"]
    stored = sorted(path.name for path in (tmp_path / "hyperscan-1").iterdir())
    assert len(stored) == compiled["compiled"]
    second = _in_a_process(tmp_path)
    assert second["counts"] == {"loaded": compiled["compiled"] + compiled.get("loaded", 0)}
    assert sorted(path.name for path in (tmp_path / "hyperscan-1").iterdir()) == stored
    expected = [_without_hyperscan(text, monkeypatch) for text in _BUILDING]
    assert first["anchors"] == second["anchors"] == expected
    assert any(expected)


def test_processes_that_write_the_same_databases_at_once_leave_whole_files(
    tmp_path: Path,
) -> None:
    together = [_started(tmp_path) for _ in range(3)]  # (each compiles: none is stored yet)
    outcomes = [_outcome(process) for process in together]
    assert all(outcome["anchors"] == outcomes[0]["anchors"] for outcome in outcomes)
    stored = list((tmp_path / "hyperscan-1").iterdir())
    assert stored
    assert all(path.suffix == ".hsdb" for path in stored)  # (no temporary file left)
    after = _in_a_process(tmp_path)
    counts = after["counts"]
    assert isinstance(counts, dict)
    assert set(counts) == {"loaded"}  # (every file whole: none compiled again)
    assert after["anchors"] == outcomes[0]["anchors"]


def test_with_the_cache_turned_off_nothing_is_read_or_written(tmp_path: Path) -> None:
    _in_a_process(tmp_path)
    stored = {path: path.stat().st_mtime_ns for path in (tmp_path / "hyperscan-1").iterdir()}
    off = _in_a_process(tmp_path, **{NO_CACHE_VARIABLE: "1"})
    counts = off["counts"]
    assert isinstance(counts, dict)
    assert set(counts) == {"compiled"}
    assert {path: path.stat().st_mtime_ns for path in stored} == stored


def _damaged(how: str, path: Path) -> None:
    data = path.read_bytes()
    if how == "cut short":
        path.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "a byte changed":
        path.write_bytes(data[:-100] + bytes([data[-100] ^ 0xFF]) + data[-99:])
    elif how == "not a database":
        path.write_bytes(b"<html>proxy error</html>")
    else:  # Hyperscan's refusal, as of another version's or another CPU's: digest intact
        payload = b"\0" * 64
        digest = database_cache.hashlib.sha256(payload).digest()
        path.write_bytes(database_cache._MAGIC + digest + payload)


_DAMAGES = ["cut short", "empty", "a byte changed", "not a database", "refused by Hyperscan"]


def _expressions(*words: str) -> list[bytes]:
    return [word.encode("ascii") for word in words]


def _matches(database: object, data: bytes) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    database.scan(data, lambda index, _, end, *__: found.append((index, end)))  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("how", _DAMAGES)
def test_a_damaged_file_is_compiled_again_and_replaced(
    tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    expressions, ids, flags = _expressions("octob", "o\\.s\\."), [0, 7], [0, 0]
    fresh = database_cache.compiled_database(hyperscan, expressions, ids, flags)
    (path,) = (tmp_path / "hyperscan-1").iterdir()
    _damaged(how, path)
    before = dict(database_cache.counts)
    again = database_cache.compiled_database(hyperscan, expressions, ids, flags)
    assert database_cache.counts["compiled"] == before["compiled"] + 1
    assert database_cache.counts["loaded"] == before.get("loaded", 0)
    text = b"24 october [o.s. ...] octob"
    assert _matches(again, text) == _matches(fresh, text)
    assert len(_matches(fresh, text)) == 3
    loaded = database_cache.compiled_database(hyperscan, expressions, ids, flags)
    assert database_cache.counts["loaded"] == before.get("loaded", 0) + 1  # (replaced)
    assert _matches(loaded, text) == _matches(fresh, text)


def test_a_folder_that_cannot_be_written_leaves_the_database_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")  # (a folder under it cannot be made, even by root)
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocked / "cache"))
    before = dict(database_cache.counts)
    database = database_cache.compiled_database(hyperscan, _expressions("day"), [3], [0])
    assert _matches(database, b"a day") == [(3, 5)]
    assert database_cache.counts["compiled"] == before.get("compiled", 0) + 1
    assert database_cache.counts["stored"] == before.get("stored", 0)


def test_keys_differ_where_anything_compiled_differs() -> None:
    def key(expressions: list[bytes], ids: list[int], flags: list[int]) -> str:
        return database_cache.database_key(hyperscan, expressions, ids, flags)

    base = key(_expressions("abc", "de"), [0, 1], [0, 0])
    assert base == key(_expressions("abc", "de"), [0, 1], [0, 0])
    assert len(base) == 64
    others = [
        key(_expressions("abd", "de"), [0, 1], [0, 0]),
        key(_expressions("abc", "de", "f"), [0, 1, 2], [0, 0, 0]),
        key(_expressions("de", "abc"), [0, 1], [0, 0]),
        key(_expressions("abc", "de"), [0, 2], [0, 0]),
        key(_expressions("abc", "de"), [0, 1], [0, int(hyperscan.HS_FLAG_SINGLEMATCH)]),
        key(_expressions("abc", "de"), [0, 1], [int(hyperscan.HS_FLAG_UTF8), 0]),
    ]
    assert len({base, *others}) == 1 + len(others)


def test_the_key_holds_the_hyperscan_that_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    args = (hyperscan, _expressions("abc"), [0], [0])
    before = database_cache.database_key(*args)
    assert "Version: " in database_cache._compiler(hyperscan)  # (the library's, as it says)
    monkeypatch.setattr(database_cache, "_compiler", lambda _: "Version: 9.9.9 Features: AVX2")
    assert database_cache.database_key(*args) != before


def test_the_files_used_least_recently_are_removed_past_the_most_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    monkeypatch.setattr(database_cache, "MOST_FILES", 3)
    folder = tmp_path / "hyperscan-1"
    words = ["one", "two", "three", "four", "five"]
    paths = []
    for age, word in enumerate(words):
        database_cache.compiled_database(hyperscan, _expressions(word), [0], [0])
        (path,) = set(folder.iterdir()) - set(paths)
        os.utime(path, (1000.0 + age, 1000.0 + age))  # (in the order they were written)
        paths.append(path)
    assert set(folder.iterdir()) == set(paths[2:])
    # a file loaded counts as used: the oldest, loaded, outlives the next one written
    database_cache.compiled_database(hyperscan, _expressions("three"), [0], [0])
    stale = folder / ".left-by-a-dead-process.tmp"
    stale.write_bytes(b"")
    os.utime(stale, (1000.0, 1000.0))
    database_cache.compiled_database(hyperscan, _expressions("six"), [0], [0])
    assert paths[2] in set(folder.iterdir())
    assert paths[3] not in set(folder.iterdir())
    assert len(list(folder.iterdir())) == 3
    assert time.time() - paths[2].stat().st_mtime < 3600


def test_the_cache_folder_is_the_project_s_variable_then_xdg_s_then_home_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "chosen"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == tmp_path / "chosen"
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")  # (empty: as unset)
    assert cache_folder() == tmp_path / "xdg" / "julian-gregorian"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # (ignored, as XDG says)
    assert cache_folder() == tmp_path / "home" / ".cache" / "julian-gregorian"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_folder() == tmp_path / "home" / ".cache" / "julian-gregorian"
    for value in ("1", "0", "yes"):
        monkeypatch.setenv(NO_CACHE_VARIABLE, value)
        assert cache_folder() is None
    monkeypatch.setenv(NO_CACHE_VARIABLE, "")
    assert cache_folder() == tmp_path / "home" / ".cache" / "julian-gregorian"


@pytest.mark.parametrize("state", ["cold", "warm", "damaged", "off"])
def test_anchors_and_findings_are_the_same_with_the_cache_cold_warm_damaged_or_off(
    state: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [page.text for page in read_pages(SAMPLE)]
    texts = [*pages, "\n".join(pages), LONG_TEXT, _PAGE]  # (wikitext and other, long and short)

    def read() -> tuple[list[list[int]], list[Any]]:
        unbuilt_accelerators(monkeypatch, 0)  # (each built at the first text)
        found = [anchors.find_anchors(text) for text in texts]
        return found, [findings_and_items(text, CheckConfig(), wikitext=True) for text in pages]

    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    if state != "cold":  # (the databases compiled and stored by an earlier run)
        read()
    for path in (tmp_path / "hyperscan-1").iterdir() if state == "damaged" else ():
        _damaged("cut short", path)
    if state == "off":
        monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    before = dict(database_cache.counts)
    found, checked = read()
    loaded = database_cache.counts["loaded"] - before.get("loaded", 0)
    compiled = database_cache.counts["compiled"] - before.get("compiled", 0)
    if state == "warm":
        assert loaded >= 3
        assert compiled == 0
    else:
        assert compiled >= 3
    monkeypatch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
    assert read() == (found, checked)
    assert any(items for _, items in checked)


def _stored_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file of the database of :data:`_WORDS`, compiled and stored in *tmp_path*."""
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    database_cache.compiled_database(hyperscan, *_WORDS)
    (path,) = (tmp_path / "hyperscan-1").iterdir()
    return path


_WORDS = (_expressions("octob", "o\\.s\\."), [0, 7], [0, 0])
_TEXT = b"24 october [o.s. ...] octob"


def _compiled_again() -> object:
    """The database of :data:`_WORDS`, which the test expects compiled, not loaded."""
    before = dict(database_cache.counts)
    database = database_cache.compiled_database(hyperscan, *_WORDS)
    assert database_cache.counts["compiled"] == before.get("compiled", 0) + 1
    assert database_cache.counts["loaded"] == before.get("loaded", 0)
    assert len(_matches(database, _TEXT)) == 3
    return database


def test_a_fifo_in_place_of_a_file_is_not_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_one(tmp_path, monkeypatch)
    path.unlink()
    os.mkfifo(path)  # (opened for reading, it waits for a writer)
    done: list[object] = []
    reader = threading.Thread(target=lambda: done.append(_compiled_again()), daemon=True)
    reader.start()
    reader.join(timeout=60)
    assert done, "the load waited on the FIFO"


def test_a_link_in_place_of_a_file_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_one(tmp_path, monkeypatch)
    elsewhere = tmp_path / "elsewhere.hsdb"
    path.rename(elsewhere)  # (a whole database: a link could lead to /dev/zero as well)
    path.symlink_to(elsewhere)
    _compiled_again()


def test_a_file_larger_than_any_database_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_one(tmp_path, monkeypatch)
    monkeypatch.setattr(database_cache, "LARGEST", path.stat().st_size - 1, raising=False)
    _compiled_again()


def test_the_cache_folder_is_made_private_and_kept_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_one(tmp_path, monkeypatch)
    assert path.parent.stat().st_mode & 0o077 == 0
    path.parent.chmod(0o777)  # (made by an earlier version, or under umask 0)
    database_cache.compiled_database(hyperscan, *_WORDS)
    assert path.parent.stat().st_mode & 0o777 == 0o700


_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
_OTHER_USER = 65534  # (nobody)


@pytest.mark.skipif(not _ROOT, reason="giving a file to another user takes root")
def test_a_file_of_another_user_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_one(tmp_path, monkeypatch)
    os.chown(path, _OTHER_USER, -1)
    _compiled_again()


@pytest.mark.skipif(not _ROOT, reason="giving a folder to another user takes root")
def test_a_folder_of_another_user_is_neither_read_nor_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_one(tmp_path, monkeypatch)
    # Another database, with a digest that fits, filed under this one's name by whoever
    # owns the folder: loaded, it would find other matches.
    other = hyperscan.Database()
    other.compile(expressions=[b"zzz"], ids=[0], flags=[0])
    payload = bytes(hyperscan.dumpb(other))
    digest = database_cache.hashlib.sha256(payload).digest()
    path.write_bytes(database_cache._MAGIC + digest + payload)
    os.chown(path.parent, _OTHER_USER, -1)
    path.parent.chmod(0o777)
    planted = path.read_bytes()
    _compiled_again()
    assert path.read_bytes() == planted  # (not replaced: the folder is not ours)
    assert path.parent.stat().st_mode & 0o777 == 0o777  # (nor changed)


@pytest.mark.parametrize("home", ["", "relative/home"])
def test_a_home_that_is_not_an_absolute_path_gives_no_cache_folder(
    home: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_DIR_VARIABLE)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", home)
    assert cache_folder() is None


def test_a_file_is_read_in_about_its_own_size_of_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_one(tmp_path, monkeypatch)
    before = database_cache.counts["loaded"]
    tracemalloc.start()
    try:
        database_cache.compiled_database(hyperscan, *_WORDS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert database_cache.counts["loaded"] == before + 1
    # (the file, its payload and what loading takes: never a buffer of LARGEST bytes)
    assert peak <= 4 * path.stat().st_size + (1 << 16)
