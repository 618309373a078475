"""``julian_gregorian.dumps.check_files_on_dask``: files and folders on a Dask cluster give
the reports ``julian-gregorian check`` gives on them, in the same order."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers.dumps import RIGHT, WRONG, dated_page
from helpers.interchange import FAMILY
from helpers.paths import DATA
from helpers.warm_start import run_command
from julian_gregorian._cli import file_jobs
from julian_gregorian._cli.main import main
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.dumps import check_files_on_dask
from julian_gregorian.dumps._files import check_file, text_files
from julian_gregorian.reports import render_json, render_jsonl, render_text


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nested folders of articles, with what a folder search leaves out or cannot read."""
    articles = tmp_path / "articles"
    for number in range(14):
        folder = articles / ("later" if number > 9 else "") / ("deep" if number > 11 else "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"p{number:02d}.wiki").write_text(dated_page(number).text, encoding="utf-8")
    (articles / "later" / "utf16.txt").write_bytes(f"Also: {WRONG}\n".encode("utf-16"))
    (articles / "notes.py").write_text(f"# {WRONG}\n", encoding="utf-8")
    (articles / ".hidden.txt").write_text(f"{WRONG}\n", encoding="utf-8")
    (articles / "broken.txt").write_bytes(b"caf\xe9 " + WRONG.encode())
    (tmp_path / "lone.py").write_text(f"{RIGHT}\n{WRONG}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _command(*args: str, cwd: Path) -> str:
    """What ``check`` writes on *args*; it exits 2, for the file that is no text."""
    done = subprocess.run(
        [sys.executable, "-m", "julian_gregorian", "check", "--isolated", "-j", "1", *args],
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    return done.stdout.decode("utf-8")


def test_a_folder_is_searched_as_the_command_searches_it(place: Path) -> None:
    names = [name for name, *_ in text_files(["articles", "lone.py"], CheckConfig())]
    assert names == [
        "articles/broken.txt",
        *(f"articles/p{number:02d}.wiki" for number in range(10)),
        "articles/later/p10.wiki",
        "articles/later/p11.wiki",
        "articles/later/utf16.txt",
        "articles/later/deep/p12.wiki",
        "articles/later/deep/p13.wiki",
        "lone.py",
    ]
    skipped = CheckConfig(extend_exclude=("later",))
    assert not any("later" in name for name, *_ in text_files(["articles"], skipped))


def test_a_file_that_is_no_text_is_reported_not_checked(place: Path) -> None:
    report = check_file("articles/broken.txt", place / "articles/broken.txt", CheckConfig())
    assert [problem.code for problem in report.problems] == ["JG900"]
    assert "not UTF-8 text" in report.problems[0].message
    missing = check_file("gone.txt", place / "gone.txt", CheckConfig())
    assert [problem.code for problem in missing.problems] == ["JG900"]


def test_a_file_swapped_for_a_fifo_after_the_walk_is_not_opened_by_its_worker(
    place: Path,
) -> None:
    ((name, path, failure, _),) = text_files(["articles/later/utf16.txt"], CheckConfig())
    assert failure is None
    path.unlink()
    os.mkfifo(path)  # opened for reading, it would wait for a writer for ever
    report = check_file(name, path, CheckConfig())
    assert [(p.code, p.message) for p in report.problems] == [
        ("JG900", "a FIFO, not a regular file")
    ]


_SECRET = "Secret: 12 March 1700 (O.S.), outside the tree.\n"


def _swap_for_link(path: Path, elsewhere: Path) -> None:
    """Put a link to *elsewhere* where *path* was (kept aside), as a race after a walk."""
    path.rename(path.with_name(f"{path.name}.old"))
    path.symlink_to(elsewhere)


@pytest.fixture
def elsewhere(linked: Path) -> Path:
    """A folder outside the tree, holding a file of the name a walked folder holds."""
    folder = linked / "elsewhere"
    folder.mkdir()
    (folder / "c.md").write_text(_SECRET, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("swapped", "why"),
    [
        ("articles/sub/c.md", "a symbolic link, not a regular file"),
        ("articles/sub", "a folder on its path is a symbolic link, not followed"),
    ],
)
def test_a_walked_file_or_folder_swapped_for_a_link_is_not_followed_by_its_worker(
    linked: Path, elsewhere: Path, swapped: str, why: str
) -> None:
    found = {entry[0]: entry for entry in text_files(["articles"], CheckConfig())}
    _, path, failure, resolve = found["articles/sub/c.md"]
    assert (failure, resolve) == (None, False)
    target = elsewhere / "c.md" if swapped.endswith(".md") else elsewhere
    _swap_for_link(linked / swapped, target)
    report = check_file("articles/sub/c.md", path, CheckConfig(), resolve=resolve)
    assert [(p.code, p.message) for p in report.problems] == [("JG900", why)]
    assert report.text == ""


def test_a_link_named_is_resolved_when_its_worker_reads_it(linked: Path) -> None:
    ((name, path, failure, resolve),) = text_files(["articles/link.txt"], CheckConfig())
    assert (failure, resolve) == (None, True)
    report = check_file(name, path, CheckConfig(), resolve=resolve)
    assert report.text == WRONG
    assert [f.code for f in report.findings] == ["JG101"]


def test_on_a_cluster_a_file_swapped_for_a_link_after_the_walk_is_a_jg900_report(
    linked: Path, elsewhere: Path, dask_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    walk = text_files

    def racing(*args: Any, **kwargs: Any) -> Iterator[tuple[str, Path, str | None, bool]]:
        # Each file is swapped once walked, before its task goes to a worker.
        for found in walk(*args, **kwargs):
            if found[0] == "articles/sub/c.md":
                _swap_for_link(linked / "articles/sub/c.md", elsewhere / "c.md")
            yield found

    monkeypatch.setattr("julian_gregorian.dumps._files.text_files", racing)
    reports = {report.name: report for report in check_files_on_dask(["articles"], dask_client)}
    assert [(p.code, p.message) for p in reports["articles/sub/c.md"].problems] == [
        ("JG900", "a symbolic link, not a regular file")
    ]
    assert all("Secret" not in report.text for report in reports.values())
    assert [f.code for f in reports["articles/sub/deeper/d.txt"].findings] == ["JG101"]


def test_on_a_local_cluster_of_two_workers_the_reports_are_the_command_s(
    place: Path, dask_client: Any
) -> None:
    reports = list(check_files_on_dask(["articles", "lone.py"], dask_client))
    ignoring = CheckConfig(ignore=("JG101",))
    quiet = list(check_files_on_dask(["articles"], dask_client, ignoring))
    assert render_jsonl(reports) == _command("articles", "lone.py", "--format", "jsonl", cwd=place)
    assert render_text(reports) == _command("articles", "lone.py", cwd=place)
    assert [report.name for report in quiet] == [report.name for report in reports[:-1]]
    assert all(f.code != "JG101" for report in quiet for f in report.findings)
    assert any(f.code == "JG101" for report in reports for f in report.findings)


@pytest.fixture
def linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nested folders with what a walk passes over or may follow: links to a file, to a
    folder outside, back to the tree and to nowhere; hidden and excluded names; a FIFO."""
    articles, outside = tmp_path / "articles", tmp_path / "outside"
    for folder in (articles / "sub" / "deeper", articles / ".hidden", articles / "build", outside):
        folder.mkdir(parents=True)
    for name in ("a.txt", "b.wiki", "sub/c.md", "sub/deeper/d.txt", ".hidden/e.txt", "build/f.txt"):
        (articles / name).write_text(WRONG, encoding="utf-8")
    (articles / ".g.txt").write_text(WRONG, encoding="utf-8")
    (articles / "notes.py").write_text(WRONG, encoding="utf-8")
    (outside / "secret.txt").write_text(WRONG, encoding="utf-8")
    (articles / "link.txt").symlink_to(outside / "secret.txt")
    (articles / "sub" / "outside").symlink_to(outside)
    (articles / "sub" / "again").symlink_to(articles)
    (articles / "nowhere.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(articles / "pipe.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("follow", "names"),
    [
        (False, ["a.txt", "b.wiki", "sub/c.md", "sub/deeper/d.txt"]),
        (
            True,
            [
                "a.txt",
                "b.wiki",
                "link.txt",
                "sub/c.md",
                "sub/deeper/d.txt",
                # (sub/outside/secret.txt is the file link.txt led to: read once)
            ],
        ),
    ],
)
def test_the_walk_and_its_notices_are_those_of_check_dask(
    linked: Path, dask_client: Any, dask_address: str, follow: bool, names: list[str]
) -> None:
    told: list[str] = []
    reports = list(
        check_files_on_dask(
            ["articles"],
            dask_client,
            follow_links=follow,
            on_skip=lambda name, why: told.append(f"{name}: skipped, {why}"),
        )
    )
    assert [report.name for report in reports] == [f"articles/{name}" for name in names]
    option = ["--follow-links"] if follow else []
    done = run_command(
        *("check", "--isolated", "--verbose", "--format", "json", "--dask", dask_address),
        *(*option, "articles"),
        cwd=linked,
        encoding="utf-8",
    )
    assert done.returncode == 1, done.stderr
    assert render_json(reports) == done.stdout
    said = [
        line.removeprefix("julian-gregorian check: info: ")
        for line in done.stderr.splitlines()
        if ": skipped, " in line
    ]
    assert len(said) == (5 if follow else 6)
    if follow:
        assert "articles/sub/outside/secret.txt: skipped, the file already read as " in (
            "\n".join(said)
        )
    # The same notices, each naming what a caller sets to follow links.
    assert [notice.replace("follow_links=True", "--follow-links") for notice in told] == said


def test_a_path_that_names_no_regular_file_is_reported_as_the_command_reports_it(
    linked: Path, dask_client: Any
) -> None:
    reports = list(check_files_on_dask(["articles/pipe.txt", "gone.txt"], dask_client))
    assert [(r.name, [p.message for p in r.problems]) for r in reports] == [
        ("articles/pipe.txt", ["a FIFO, not a regular file"]),
        ("gone.txt", ["no such file or directory"]),
    ]
    done = run_command(
        "check", "--isolated", "--format", "jsonl", "articles/pipe.txt", "gone.txt", cwd=linked
    )
    assert done.returncode == 2
    assert render_jsonl(reports) == done.stdout.decode("utf-8")


@pytest.fixture
def mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of articles, GEDCOM and TEI files; the folder walk takes those ending in
    .txt, .wiki, .html: a GEDCOM or TEI file is known there by how its text starts."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    tei = (DATA / "tei" / "TEIC-TEI_ND-NamesDates.xml").read_text(encoding="utf-8")
    wrong_tei = tei.replace('when="1620-11-09"', 'when="1620-11-19"')
    (folder / "a.txt").write_text(WRONG, encoding="utf-8")
    (folder / "b.wiki").write_text(dated_page(3).text, encoding="utf-8")
    (folder / "family.txt").write_text(FAMILY, encoding="utf-8")
    (folder / "edition.html").write_text(wrong_tei, encoding="utf-8")
    (folder / "family.ged").write_text(FAMILY, encoding="utf-8")
    (folder / "edition.xml").write_text(wrong_tei, encoding="utf-8")
    (folder / "broken.ged").write_text("0 HEAD\nnot gedcom\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


_MIXED = ("mixed", "mixed/family.ged", "mixed/edition.xml", "mixed/broken.ged")


@pytest.mark.parametrize(
    ("config", "options"),
    [
        (CheckConfig(), ()),
        (
            CheckConfig(extend_select=("JG604",), ignore=("gedcom7-cannot-hold", "JG101")),
            ("--extend-select", "JG604", "--ignore", "gedcom7-cannot-hold,JG101"),
        ),
    ],
)
def test_gedcom_and_tei_files_get_the_reports_of_check_dask(
    mixed: Path,
    dask_client: Any,
    dask_address: str,
    config: CheckConfig,
    options: tuple[str, ...],
) -> None:
    reports = list(check_files_on_dask(_MIXED, dask_client, config))
    done = run_command(
        *("check", "--isolated", "--format", "json", "--dask", dask_address, *options),
        *_MIXED,
        cwd=mixed,
        encoding="utf-8",
    )
    assert done.returncode == 2, done.stderr  # broken.ged
    assert render_json(reports) == done.stdout
    codes = {report.name: [f.code for f in report.findings] for report in reports}
    assert codes["mixed/broken.ged"] == []
    assert "not a GEDCOM line" in reports[-1].problems[0].message
    # Each kind by its own rules: the article's, GEDCOM's and TEI's, by suffix or content.
    if options:
        assert codes["mixed/a.txt"] == []
        assert codes["mixed/family.txt"] == codes["mixed/family.ged"] == ["JG604", "JG601"]
    else:
        assert codes["mixed/a.txt"] == ["JG101"]
        assert codes["mixed/family.txt"] == codes["mixed/family.ged"] == ["JG605", "JG601"]
    assert codes["mixed/edition.html"] == codes["mixed/edition.xml"] == ["JG701"]
    dates = {report.name: report.dates for report in reports}
    assert dates["mixed/family.txt"] == dates["mixed/family.ged"] == 3  # DATE lines
    assert dates["mixed/edition.html"] == dates["mixed/edition.xml"] > 0


def test_a_file_the_command_reads_in_chunks_renders_as_its_worker_reads_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [WRONG if n % 7 == 0 else f"Paragraph {n}, of no date.\n" for n in range(400)]
    big = tmp_path / "big.txt"
    big.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # Large from 2000 bytes, read 700 characters at a time (the file: some 12,000).
    monkeypatch.setattr(file_jobs, "LARGE_FILE", 2000)
    monkeypatch.setattr("julian_gregorian.streaming.CHUNK_CHARACTERS", 700)
    report = check_file("big.txt", big, CheckConfig())
    assert len(report.findings) == 58
    for form, render in (("json", render_json), ("text", render_text)):
        assert main(["check", "--isolated", "--format", form, "big.txt"]) == 1
        assert render([report]) == capsys.readouterr().out
