"""What editors rely on at the command line: directives, protected text, {{nobots}}."""

from __future__ import annotations

from pathlib import Path

import pytest

from julian_gregorian._cli.main import main

WRONG = "He was buried on 2 January [O.S. 21 December] 1917."
FIXED = "He was buried on 3 January [O.S. 21 December] 1917."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("template", ["{{nobots}}", "{{bots|deny=julian-gregorian}}"])
@pytest.mark.parametrize("mode", ["--fix", "--diff"])
def test_a_page_that_denies_bots_is_reported_and_skipped(
    folder: Path, capsys: pytest.CaptureFixture[str], template: str, mode: str
) -> None:
    page = folder / "page.wiki"
    page.write_bytes(f"{template}\n{WRONG}\n".encode())
    assert main(["check", mode, "page.wiki"]) == 1
    captured = capsys.readouterr()
    assert page.read_bytes() == f"{template}\n{WRONG}\n".encode()
    assert f"page.wiki: skipped: the page says {template}" in captured.err
    assert "JG101" in captured.out + captured.err
    assert "+++" not in captured.out


def test_a_page_that_allows_bots_is_fixed(folder: Path) -> None:
    page = folder / "page.wiki"
    page.write_text(f"{{{{bots|deny=SineBot}}}}\n{WRONG}\n", encoding="utf-8")
    assert main(["check", "--fix", "page.wiki"]) == 0
    assert page.read_text(encoding="utf-8") == f"{{{{bots|deny=SineBot}}}}\n{FIXED}\n"


def test_fix_leaves_quotations_and_silenced_pairs_alone(folder: Path) -> None:
    text = (
        f'{WRONG}\nPares: "{WRONG}"\n{WRONG} <!-- julian-gregorian: ignore JG101 -->\n'
        f"<blockquote>{WRONG}</blockquote>\n"
    )
    page = folder / "page.wiki"
    page.write_text(text, encoding="utf-8")
    assert main(["check", "--fix", "page.wiki"]) == 0  # the warnings left do not fail
    assert page.read_text(encoding="utf-8") == text.replace(WRONG, FIXED, 1)


def test_a_walk_leaves_excluded_folders_unopened(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "pyproject.toml").write_text(
        '[tool.julian-gregorian]\nextend-exclude = ["drafts"]\n', encoding="utf-8"
    )
    (folder / "drafts").mkdir()
    (folder / "drafts" / "a.txt").write_text(WRONG, encoding="utf-8")
    (folder / "node_modules").mkdir()
    (folder / "node_modules" / "b.md").write_text(WRONG, encoding="utf-8")
    (folder / "c.txt").write_text(FIXED, encoding="utf-8")
    assert main(["check", "--verbose", "."]) == 0
    captured = capsys.readouterr()
    assert "drafts: skipped, excluded by the settings" in captured.err
    assert "node_modules: skipped, excluded by the settings" in captured.err
    assert "1 date checked in 1 file" in captured.out
    assert main(["check", "--isolated", "-q", "."]) == 1  # drafts is walked, not node_modules
    assert "drafts/a.txt" in capsys.readouterr().out
