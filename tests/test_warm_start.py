"""The command-line tests' warm start (helpers/warm_start.py) gives what a start from
scratch gives: the same exit status, standard output and standard error (a warm start
here even where JULIAN_GREGORIAN_TESTS_COLD=1 starts the other tests' commands cold)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import warm_start
from helpers.dumps import WRONG, build, dated_page

UTF8 = {**os.environ, "PYTHONIOENCODING": "utf-8"}
LATIN1 = {**os.environ, "PYTHONIOENCODING": "latin-1"}


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a wrong pair, a file that is not UTF-8 and a small dump."""
    folder = tmp_path_factory.mktemp("warm")
    (folder / "wrong.txt").write_text(f"{WRONG}\nNé à Kiev.\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Né le 2 janvier 1917.\n".encode("latin-1"))
    build(folder, [dated_page(number) for number in range(9)], name="small")
    return folder


CASES = [
    pytest.param(("check", "wrong.txt"), UTF8, None, id="findings"),
    pytest.param(("check", "-", "--format", "jsonl"), UTF8, WRONG.encode(), id="stdin"),
    pytest.param(("check", "latin1.txt", "missing.txt"), UTF8, None, id="unreadable"),
    pytest.param(("extract", "wrong.txt"), LATIN1, None, id="latin-1 output"),
    pytest.param(("check", "--no-such-option"), UTF8, None, id="usage error"),
    pytest.param(("check", "small.xml.bz2", "--jobs", "2"), UTF8, None, id="dump, two jobs"),
    pytest.param(("--version",), dict(os.environ), None, id="version"),
]


@pytest.mark.parametrize(("args", "env", "stdin"), CASES)
def test_a_warm_start_gives_what_a_start_from_scratch_gives(
    place: Path, args: tuple[str, ...], env: dict[str, str], stdin: bytes | None
) -> None:
    cold = subprocess.run(
        [sys.executable, "-m", "julian_gregorian", *args],
        input=stdin,
        capture_output=True,
        cwd=place,
        env=env,
        check=False,
        timeout=120,
    )
    warm = warm_start.run_command(*args, cwd=place, env=env, stdin=stdin, cold=False)
    assert (warm.returncode, warm.stdout, warm.stderr) == (
        cold.returncode,
        cold.stdout,
        cold.stderr,
    )
    assert warm.args == cold.args
