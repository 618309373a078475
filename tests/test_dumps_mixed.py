"""Runs that mix dumps with files, folders and standard input; check's options on dumps;
``--dask`` on folders; ``--resume`` after a real kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from helpers.dumps import RIGHT, WRONG, build, dated_page, wiki_pages
from helpers.dumps import run_command as run


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a multistream dump, a lone file and a folder of articles."""
    folder = tmp_path_factory.mktemp("mixed")
    build(folder, list(wiki_pages(sample=2, dated=20)), "bz2", 3, name="wiki-multistream")
    (folder / "lone.txt").write_text(f"Alone.\n{WRONG}\n", encoding="utf-8")
    articles = folder / "articles"
    articles.mkdir()
    for number in range(9):
        text = dated_page(number + 100).text
        (articles / f"a{number}.wiki").write_text(text, encoding="utf-8")
    return folder


DUMP = "wiki-multistream.xml.bz2"


def _lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stdout.decode().splitlines()


def test_a_run_mixes_dumps_files_folders_and_standard_input(place: Path) -> None:
    stdin = f"From a pipe: {WRONG}\n".encode()
    mixed = run("lone.txt", DUMP, "-", "articles", "-j", "1", cwd=place, stdin=stdin)
    assert mixed.returncode == 1
    lines = _lines(mixed)
    apart = [
        *_lines(run("lone.txt", "-q", cwd=place)),
        *_lines(run(DUMP, "-q", "-j", "1", cwd=place)),
        *_lines(run("-", "-q", cwd=place, stdin=stdin)),
        *_lines(run("articles", "-q", cwd=place)),
    ]
    assert lines[:-1] == apart
    findings = len(apart)
    texts = [dated_page(n).text for n in range(20)] + [dated_page(n + 100).text for n in range(9)]
    texts += [WRONG, WRONG]  # lone.txt and standard input
    dates = sum(text.count(WRONG) + text.count(RIGHT) for text in texts)
    with_dates = sum(1 for text in texts if WRONG in text or RIGHT in text)
    assert lines[-1] == (
        f"Read 22 pages and 11 files: {with_dates} with dates, {dates} dates checked. "
        f"Found {findings} problems ({findings} errors): JG101 {findings}."
    )
    records = [
        json.loads(line) for line in _lines(run("lone.txt", DUMP, "--format", "jsonl", cwd=place))
    ]
    assert [r["path"] for r in records][:2] == ["lone.txt", DUMP]
    assert "page_id" not in records[0]
    assert records[1]["title"] == "Person 0"


def test_extract_mixes_dumps_and_files(place: Path) -> None:
    mixed = _lines(run("lone.txt", DUMP, cwd=place, command="extract"))
    alone = _lines(run(DUMP, cwd=place, command="extract"))
    assert mixed[0].startswith("lone.txt:2:18: 2 January [O.S. 21 December] 1917 → pair")
    assert mixed[1:] == alone


def test_an_unreadable_input_beside_a_dump_is_reported_and_the_run_goes_on(
    place: Path, tmp_path: Path
) -> None:
    result = run("missing.txt", DUMP, "-j", "1", cwd=place)
    assert result.returncode == 2
    assert "missing.txt: no such file or directory" in result.stderr.decode()
    last = _lines(result)[-1]
    assert last.startswith("Read 22 pages: ")
    assert last.endswith(" 1 input could not be read (JG900).")
    assert _lines(result)[0].startswith("missing.txt:1:1: JG900 ")
    data = (place / DUMP).read_bytes()
    broken = tmp_path / "broken.xml.bz2"
    broken.write_bytes(data[: len(data) * 2 // 3])
    result = run(str(broken), "lone.txt", "-j", "1", cwd=place)
    assert result.returncode == 2
    assert "broken.xml.bz2: bz2 data ends in the middle of a stream" in result.stderr.decode()
    assert _lines(result)[-2].startswith("lone.txt:2:18: JG101 ")


def test_output_file_exit_zero_statistics_and_show_fixes_apply_to_dumps(
    place: Path, tmp_path: Path
) -> None:
    plain = run(DUMP, "lone.txt", cwd=place)
    written = tmp_path / "report.txt"
    to_file = run(DUMP, "lone.txt", "--output-file", str(written), cwd=place)
    assert to_file.returncode == 1
    assert not to_file.stdout
    assert written.read_bytes() == plain.stdout
    assert run(DUMP, "--exit-zero", "-q", cwd=place).returncode == 0
    statistics = run(DUMP, "lone.txt", "--statistics", cwd=place)
    records = run(DUMP, "lone.txt", "--format", "jsonl", cwd=place).stdout.decode()
    count = Counter(json.loads(line)["code"] for line in records.splitlines())
    assert _lines(statistics) == [f"{count['JG101']:>5}  JG101  [*] wrong-offset"]
    assert statistics.stderr.decode() == plain.stdout.decode().splitlines(keepends=True)[-1]
    shown = _lines(run(DUMP, "--show-fixes", "-q", cwd=place))
    assert shown[0].startswith(f"{DUMP}:Person 0:2:18: JG101 ")
    assert shown[1] == "    fix: '2 January' → '3 January'"
    quiet = run(DUMP, "--select", "JG2", "--fail-on", "info", "-q", cwd=place)
    assert (quiet.returncode, quiet.stdout) == (0, b"")


def test_files_alone_on_dask_or_resumed_write_what_a_plain_run_writes(
    place: Path, tmp_path: Path
) -> None:
    plain = run("articles", "lone.txt", "--format", "jsonl", cwd=place)
    output = tmp_path / "out.jsonl"
    resumed = run("articles", "lone.txt", "--resume", str(output), cwd=place)
    assert resumed.returncode == 1
    assert output.read_bytes() == plain.stdout
    output.write_bytes(plain.stdout[: len(plain.stdout) // 2])
    again = run("articles", "lone.txt", "--resume", str(output), "-j", "2", cwd=place)
    assert again.returncode == 1
    assert output.read_bytes() == plain.stdout


def test_dask_on_a_folder_and_a_dump_writes_the_bytes_of_a_serial_run(
    place: Path, dask_address: str
) -> None:
    # The session's scheduler runs in another folder, as a remote one does: names relative
    # to the command's folder must still reach the right files.
    articles, dump = "articles", DUMP
    for form in ("text", "jsonl"):
        serial = run(articles, dump, "--format", form, "-j", "1", cwd=place)
        dask = run(articles, dump, "--format", form, "--dask", dask_address, cwd=place)
        assert dask.returncode == serial.returncode == 1
        assert dask.stdout == serial.stdout
    text = run(articles, "-q", "-j", "1", cwd=place)
    on_dask = run(articles, "-q", "--dask", dask_address, cwd=place)
    assert on_dask.stdout == text.stdout


def _living(group: int) -> list[int]:
    """The processes of process group *group* that have not ended (zombies have)."""
    living = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        if fields[0] != "Z" and int(fields[2]) == group:
            living.append(int(entry.name))
    return living


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_resume_after_a_kill_mid_run_loses_and_repeats_nothing(tmp_path: Path) -> None:
    pages = [dated_page(number) for number in range(3000)]
    build(tmp_path, list(pages), "bz2", 50, name="big-multistream")
    dump = "big-multistream.xml.bz2"
    full = run(dump, "--format", "jsonl", "-q", "-j", "1", cwd=tmp_path).stdout
    output = tmp_path / "findings.jsonl"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, "-m", "julian_gregorian", "check", dump, "--resume", str(output)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its workers in one process group, found below
    )
    try:
        while process.poll() is None:
            if output.exists() and output.stat().st_size > len(full) // 4:
                break
            time.sleep(0.05)
        killed = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        # The killed run's workers leave by themselves: none waits for ever.
        deadline = time.monotonic() + 60
        while _living(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _living(process.pid) == []
    finally:
        for pid in _living(process.pid):
            os.kill(pid, signal.SIGKILL)
    cut = output.read_bytes()
    assert full.startswith(cut[: cut.rfind(b"\n") + 1])
    if killed:
        assert len(cut) < len(full)
    resumed = run(dump, "--resume", str(output), "-j", "2", cwd=tmp_path)
    assert resumed.returncode == 1
    assert output.read_bytes() == full


def test_a_dump_without_articles_is_summed_up_in_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.dumps import extras
    from julian_gregorian._cli.main import main

    build(tmp_path, extras(), "bz2")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "wiki.xml.bz2", "-j", "1"]) == 0
    assert capsys.readouterr().out == (
        "Read 0 pages: 0 with dates, 0 dates checked. No problems found.\n"
    )


def test_wikidata_compares_each_page_as_it_compares_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from julian_gregorian._cli.main import main
    from julian_gregorian.dumps import Page, write_dump

    lead = "Alexander Pushkin (6 June [O.S. 26 May] 1799 – 10 February [O.S. 29 January] 1837)."
    value = {
        "time": "+1799-05-26T00:00:00Z",
        "precision": 11,
        "timezone": 0,
        "before": 0,
        "after": 0,
        "calendarmodel": "http://www.wikidata.org/entity/Q1985727",
    }
    datavalue = {"type": "time", "value": value}
    birth = {"rank": "normal", "mainsnak": {"snaktype": "value", "datavalue": datavalue}}
    saved = {"entities": {"Q7200": {"id": "Q7200", "claims": {"P569": [birth], "P570": []}}}}
    (tmp_path / "Q7200.json").write_text(json.dumps(saved), encoding="utf-8")
    (tmp_path / "pushkin.txt").write_text(lead, encoding="utf-8")
    write_dump(tmp_path / "wiki.xml.bz2", [Page("Pushkin", 1, 2, 0, lead)])
    monkeypatch.chdir(tmp_path)
    args = ["--wikidata", "Q7200.json", "--format", "jsonl", "-j", "1"]
    main(["check", "pushkin.txt", *args])
    (in_file,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    main(["check", "wiki.xml.bz2", *args])
    (on_page,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert in_file["code"] == on_page["code"] == "JG801"
    assert on_page["title"] == "Pushkin"
    del on_page["title"], on_page["page_id"], on_page["revision_id"]
    assert on_page == {**in_file, "path": "wiki.xml.bz2"}
