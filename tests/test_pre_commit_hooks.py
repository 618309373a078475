"""The pre-commit hooks of .pre-commit-hooks.yaml, run by `pre-commit try-repo`, offline.

The hooks are `language: system`: pre-commit installs nothing, and runs the
julian-gregorian of the environment under test (put first on PATH here). Any attempt to
reach a package index would fail: pip is told to use none and the proxies lead nowhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.paths import REPO

WRONG = "Rasputin was buried on 2 January [O.S. 21 December] 1917.\n"
FIXED = "Rasputin was buried on 3 January [O.S. 21 December] 1917.\n"
RIGHT = "He was born on 21 January [O.S. 9 January] 1869.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def repos(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """(a git repository of the hooks, a project with articles, the environment)."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    shutil.copy(REPO / ".pre-commit-hooks.yaml", hooks)
    _git("init", "-q", cwd=hooks)
    _git("add", "-A", cwd=hooks)
    _git("commit", "-q", "-m", "hooks", cwd=hooks)
    project = tmp_path / "project"
    project.mkdir()
    (project / "wrong.txt").write_text(WRONG, encoding="utf-8")
    (project / "NOTES.MD").write_text(WRONG, encoding="utf-8")  # (saved on Windows)
    (project / "right.md").write_text(RIGHT, encoding="utf-8")
    (project / "code.py").write_text("print('2 January [O.S. 21 December] 1917')\n")
    _git("init", "-q", cwd=project)
    _git("add", "-A", cwd=project)
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PIP_NO_INDEX": "1",
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "NO_PROXY": "",
    }
    return hooks, project, environment


def _try_repo(
    hook: str, repos: tuple[Path, Path, dict[str, str]]
) -> subprocess.CompletedProcess[str]:
    hooks, project, environment = repos
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), hook, "--all-files"],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_check_hook_fails_on_a_wrong_pair(repos: tuple[Path, Path, dict[str, str]]) -> None:
    result = _try_repo("julian-gregorian", repos)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "julian-gregorian check." in result.stdout
    assert "Failed" in result.stdout
    assert "wrong.txt:1:24: JG101 O.S. 21 December 1916 is N.S. 3 January 1917" in result.stdout
    assert "NOTES.MD:1:24: JG101" in result.stdout  # (a suffix in any case)
    assert "code.py" not in result.stdout  # only the article types are checked


def test_the_fix_hook_fixes_then_the_check_hook_passes(
    repos: tuple[Path, Path, dict[str, str]],
) -> None:
    _, project, _ = repos
    result = _try_repo("julian-gregorian-fix", repos)
    # pre-commit fails a hook that changed files, so that the fix is looked at.
    assert result.returncode == 1, result.stdout + result.stderr
    assert "files were modified by this hook" in result.stdout
    assert (project / "wrong.txt").read_text(encoding="utf-8") == FIXED
    assert (project / "NOTES.MD").read_text(encoding="utf-8") == FIXED
    assert (project / "right.md").read_text(encoding="utf-8") == RIGHT
    _git("add", "-A", cwd=project)
    result = _try_repo("julian-gregorian", repos)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
