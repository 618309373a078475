"""``julian-gregorian extract`` through a real subprocess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from helpers.warm_start import run_command

ARTICLE = "Tsar Peter\nBorn on 9 June [O.S. 30 May] 1672, he died in 1725.\n"


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return run_command("extract", *args, stdin=stdin, encoding="utf-8", cwd=cwd)


def test_text_format_is_one_line_per_item(tmp_path: Path) -> None:
    (tmp_path / "peter.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("peter.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "peter.txt:2:9: 9 June [O.S. 30 May] 1672 → pair (bracketed): "
        "O.S. 1672-05-30 = N.S. 1672-06-09\n"
    )


def test_jsonl_format_has_the_documented_keys(tmp_path: Path) -> None:
    (tmp_path / "peter.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("--format", "jsonl", "peter.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record == {
        "format_version": 1,
        "path": "peter.txt",
        "line": 2,
        "column": 9,
        "end_line": 2,
        "end_column": 34,
        "offset": 19,
        "end_offset": 44,
        "text": "9 June [O.S. 30 May] 1672",
        "kind": "pair",
        "shape": "bracketed",
        "old_style": {"start": "1672-05-30", "end": "1672-05-30"},
        "new_style": {"start": "1672-06-09", "end": "1672-06-09"},
        "year_from": "text",
        "year_offset": None,
        "dual_year": None,
    }
    assert ARTICLE[record["offset"] : record["end_offset"]] == record["text"]


def test_missing_sides_unknown_years_and_dual_years_in_jsonl() -> None:
    text = (
        "Kept on 14 April (27 April New Style).\n\n"
        "== Life ==\nBorn 5 May 1789 (Old Style) in 1651/2.\n"
    )
    result = run("--format", "jsonl", stdin=text)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["kind"] for r in records] == ["pair", "old_style", "dual_year"]
    assert records[0]["old_style"] == {"start": "--04-14", "end": "--04-14"}
    assert records[0]["year_from"] == "unknown"
    assert records[1]["new_style"] is None
    assert records[2]["dual_year"] == [1651, 1652]
    assert records[0]["path"] == "<stdin>"


def test_a_yearly_date_says_so_in_text_and_json() -> None:
    text = "He died in 1612. Память совершается 12 (25) мая.\n"
    lines = run(stdin=text).stdout.splitlines()
    assert lines == [
        "<stdin>:1:37: 12 (25) мая → pair (parenthesised_days, every year): "
        "O.S. --05-12 = N.S. --05-25"
    ]
    (record,) = [
        json.loads(line) for line in run("--format", "jsonl", stdin=text).stdout.splitlines()
    ]
    assert (record["year_from"], record["old_style"]) == (
        "yearly",
        {"start": "--05-12", "end": "--05-12"},
    )


def test_standard_input_with_a_dash_or_no_path() -> None:
    for args in ((), ("-",)):
        result = run(*args, stdin=ARTICLE)
        assert result.returncode == 0
        assert result.stdout.startswith("<stdin>:2:9: 9 June [O.S. 30 May] 1672 → ")


def test_folders_are_walked_for_text_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.wiki", "c.wikitext", "d.md", "e.html", "f.csv", "g.py"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    nested = tmp_path / "more"
    nested.mkdir()
    (nested / "h.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(str(tmp_path))
    assert result.returncode == 0
    names = [Path(line.split(":")[0]).name for line in result.stdout.splitlines()]
    assert names == ["a.txt", "b.wiki", "c.wikitext", "d.md", "e.html", "h.txt"]


def test_a_missing_file_is_a_clear_error_with_status_2(tmp_path: Path) -> None:
    result = run("no-such-article.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "no-such-article.txt" in result.stderr
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreadable_file_is_reported_and_the_others_are_still_read(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"not UTF-8: \x80\xff")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("bad.txt", "good.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "bad.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("good.txt:2:9:")


def test_wikitext_can_be_forced_either_way(tmp_path: Path) -> None:
    text = "Born {{OldStyleDate|9 June|1672|30 May}}.\n"
    assert "template_OldStyleDate" in run(stdin=text).stdout
    assert run("--no-wikitext", stdin=text).stdout == ""
    assert (
        "template_OldStyleDate"
        in run("--wikitext", stdin="Born {{OldStyleDate|9 June|1672|30 May}}").stdout
    )
