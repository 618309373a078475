"""Bad input on Dask workers: each is reported as a run without workers reports it, and no
worker logs a failed task (Dask's worker prints such a task's exception with its
traceback on the user's terminal)."""

from __future__ import annotations

import bz2
import logging
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import warm_start
from helpers.dumps import build, wiki_pages
from helpers.dumps import run_command as run
from helpers.interchange import FAMILY
from julian_gregorian._cli.main import main
from julian_gregorian.checks._file_findings import file_findings
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.dumps import (
    Page,
    PageCheck,
    PageReport,
    check_dump,
    check_dumps_on_dask,
    check_files_on_dask,
    dump_chunks,
    index_path,
    map_pages,
    map_pages_on_dask,
)
from julian_gregorian.dumps._fast_bz2 import DISABLE_VARIABLE
from julian_gregorian.dumps._files import check_file, text_files
from julian_gregorian.dumps._work import work_on_chunk
from julian_gregorian.errors import DumpError, InputError, ParseError

BROKEN_GEDCOM = FAMILY.replace("1 BIRT", "xx yy")
PAGES = wiki_pages(sample=1, dated=12)
BROKEN_TEI = "<TEI><text><date when='1700-01-01'>1 January 1700</text></TEI>\n"


def _third_stream(path: Path) -> int:
    """The offset of the third stream of pages of *path*, a multistream dump."""
    index = index_path(path)
    assert index is not None
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    return sorted({int(line.split(":")[0]) for line in lines})[2]


def _broken_stream(path: Path) -> Path:
    """*path*, a multistream dump, with junk inside its third stream of pages."""
    data = bytearray(path.read_bytes())
    start = _third_stream(path) + 10  # past the stream's header, inside its first block
    data[start : start + 40] = b"x" * 40
    path.write_bytes(bytes(data))
    return path


def _cut_short(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    return path


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of inputs that cannot be checked, beside good ones."""
    folder = tmp_path_factory.mktemp("bad")
    _broken_stream(build(folder, list(PAGES), "bz2", pages_per_stream=2, name="broken"))
    _cut_short(build(folder, list(PAGES), "bz2", name="cut"))
    (folder / "unclosed.xml").write_text(
        "<mediawiki><page><title>A</title><ns>0</ns><id>1</id><revision><id>2</id>"
        "<text>Born 1 January 1700.</text></revision></page><page><title>B</title></mediawiki>",
        encoding="utf-8",
    )
    (folder / "family.ged").write_text(FAMILY, encoding="utf-8")
    (folder / "broken.ged").write_text(BROKEN_GEDCOM, encoding="utf-8")
    (folder / "edition.tei").write_text(BROKEN_TEI, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(b"caf\xe9 on 2 January [O.S. 21 December] 1917.\n")
    os.mkfifo(folder / "pipe.txt")
    return folder


@pytest.fixture
def worker_errors() -> Iterator[list[logging.LogRecord]]:
    """The errors logged by the module's Dask workers (threads of this process) meanwhile."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("distributed")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


INPUTS = (
    "family.ged",
    "broken.ged",
    "broken.xml.bz2",
    "edition.tei",
    "cut.xml.bz2",
    "latin1.txt",
    "gone.txt",
    "pipe.txt",
    "unclosed.xml",
)


def test_check_dask_reports_bad_input_as_a_serial_run_without_a_traceback(bad: Path) -> None:
    pytest.importorskip("distributed")
    serial = run(*INPUTS, "-j", "1", cwd=bad)
    dask = run(*INPUTS, "--dask", "local", "-j", "1", cwd=bad)
    assert dask.returncode == serial.returncode == 2
    assert dask.stdout == serial.stdout
    out = serial.stdout.decode()
    for name in ("broken.ged", "broken.xml.bz2", "edition.tei", "cut.xml.bz2", "unclosed.xml"):
        assert f"{name}:1:1: JG900 " in out, name
    assert "broken.xml.bz2:Person 0:" in out  # a page before the break
    errors = [line for line in dask.stderr.decode().splitlines() if " error: " in line]
    assert errors == [line for line in serial.stderr.decode().splitlines() if " error: " in line]
    assert len(errors) == 8
    assert b"Traceback" not in dask.stderr
    assert b"Compute Failed" not in dask.stderr


def test_files_that_cannot_be_checked_are_reports_of_their_workers_not_failed_tasks(
    bad: Path, dask_client: Any, worker_errors: list[logging.LogRecord]
) -> None:
    names = ["family.ged", "broken.ged", "edition.tei", "latin1.txt", "gone.txt"]
    reports = list(check_files_on_dask([bad / name for name in names], dask_client))
    assert [[p.code for p in r.problems] for r in reports] == [[], *[["JG900"]] * 4]
    assert "line 5 is not a GEDCOM line" in reports[1].problems[0].message
    assert "not UTF-8 text" in reports[3].problems[0].message
    # Swapped after the walk, before its worker reads it: for a FIFO, a folder, nothing.
    swapped = bad / "swapped.ged"
    swapped.write_text(FAMILY, encoding="utf-8")
    ((name, path, failure, resolve),) = text_files([swapped], CheckConfig())
    assert failure is None
    found = []
    for swap, undo in ((os.mkfifo, os.unlink), (os.mkdir, os.rmdir), (None, None)):
        swapped.unlink(missing_ok=True)
        if swap is not None:
            swap(swapped)
        work = CheckConfig()
        task = dask_client.submit(check_file, name, path, work, resolve=resolve, pure=False)
        found.append(task.result())
        if undo is not None:
            undo(swapped)
    assert [[(p.code, p.message) for p in report.problems] for report in found] == [
        [("JG900", "a FIFO, not a regular file")],
        [("JG900", "a directory, not a regular file")],
        [("JG900", "no such file or directory")],
    ]
    assert worker_errors == []
    # What a task that raises makes its worker log (the command's check did so on a
    # GEDCOM file that is not well formed):
    raising = dask_client.submit(
        file_findings, "broken.ged", BROKEN_GEDCOM, CheckConfig(), None, None, pure=False
    )
    with pytest.raises(ParseError):
        raising.result()
    assert [record.getMessage().splitlines()[0] for record in worker_errors] == ["Compute Failed"]


def test_a_dump_that_breaks_off_gives_its_pages_before_the_break_then_its_error(
    bad: Path,
    dask_client: Any,
    worker_errors: list[logging.LogRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = bad / "broken.xml.bz2"
    message = (
        f"bz2 data broken in the stream at byte {_third_stream(broken)} \\(Invalid data stream\\)$"
    )
    before = [page.title for page in PAGES[:4]]  # the pages of the streams before it
    # The same with either bz2 decoder (the module's workers are threads of this process):
    for indexed_bzip2_off in ("1", ""):
        monkeypatch.setenv(DISABLE_VARIABLE, indexed_bzip2_off)
        assert [report.title for report in _read_three_ways(broken, message, dask_client)] == before
        # One chunk a stream:
        per_stream: list[PageReport] = []
        with pytest.raises(DumpError, match=message):
            per_stream.extend(check_dumps_on_dask([broken], dask_client, chunk_bytes=1))
        assert [report.title for report in per_stream] == before
        on_processes: list[PageReport] = []
        with pytest.raises(DumpError, match=message):
            on_processes.extend(map_pages(broken, PageCheck(), jobs=2, chunk_bytes=1))
        assert on_processes == per_stream
    unclosed = r"not well-formed XML \(a <page> element is not closed\)"
    serial = _read_three_ways(bad / "unclosed.xml", unclosed, dask_client)
    assert [report.title for report in serial] == ["A"]  # (the page before the break)
    # A dump gone between its split and its worker's reading:
    gone = bad / "gone.xml.bz2"
    shutil.copy(bad / "broken.xml.bz2", gone)
    (chunk, *_) = dump_chunks(gone)
    gone.unlink()
    outcome = dask_client.submit(work_on_chunk, chunk, PageCheck(), pure=False).result()
    assert outcome.results == []
    assert outcome.failure == "cannot be read (No such file or directory)"
    missing = f"{gone}: cannot be read (No such file or directory)"
    with pytest.raises(InputError, match=f"^{re.escape(missing)}$"):
        list(outcome.unpacked(str(gone)))
    assert worker_errors == []


def _read_three_ways(dump: Path, message: str, dask_client: Any) -> list[PageReport]:
    """The reports of *dump* before its error (*message*): the same serially, on Dask
    and with two processes."""
    serial: list[PageReport] = []
    with pytest.raises(DumpError, match=message):
        serial.extend(check_dump(dump))
    on_dask: list[PageReport] = []
    with pytest.raises(DumpError, match=f"^{dump}: {message}"):
        on_dask.extend(check_dumps_on_dask([dump], dask_client))
    assert on_dask == serial
    on_two_cores: list[PageReport] = []  # read here, checked by two processes
    with pytest.raises(DumpError, match=message):
        on_two_cores.extend(check_dump(dump, jobs=2))
    assert on_two_cores == serial
    return serial


def _refusing(_dump: str, page: Page) -> None:
    raise InputError(f"{page.title}: refused by the work")


def test_what_the_work_on_a_page_raises_is_raised_not_taken_for_a_broken_dump(
    bad: Path, dask_client: Any
) -> None:
    with pytest.raises(InputError, match=r"^Person 0: refused by the work$"):
        list(map_pages_on_dask([bad / "broken.xml.bz2"], _refusing, dask_client))


def test_a_bug_met_on_a_worker_is_still_an_internal_error_of_its_file(
    tmp_path: Path,
    dask_address: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import julian_gregorian.checks._file_findings as findings_module

    real = findings_module.extract

    def broken(text: str, *args: Any, **kwargs: Any) -> Any:
        if "BOOM" in text:
            raise KeyError("11st")
        return real(text, *args, **kwargs)

    # (The module's workers are threads of this process: they meet the broken extractor.)
    monkeypatch.setattr(findings_module, "extract", broken)
    (tmp_path / "a.txt").write_text("BOOM on 7 November [O.S. 24 October] 1917.\n")
    (tmp_path / "b.txt").write_text("On 7 November [O.S. 24 October] 1917, they rose.\n")
    status = main(["check", "--dask", dask_address, str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 2
    assert f"{tmp_path / 'a.txt'}: internal error (KeyError: '11st'); please report" in err
    assert "b.txt:1:4: JG101" in out


def test_a_scheduler_that_is_not_there_is_an_error_of_the_option_not_a_traceback(
    tmp_path: Path,
) -> None:
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text("On 7 November [O.S. 24 October] 1917, they rose.\n")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    for address, why in (
        ("tcp://127.0.0.1:1", "Timed out trying to connect to tcp://127.0.0.1:1 after 1 s"),
        ("localhost", "missing port number in address 'localhost'"),
    ):
        done = warm_start.run_command("check", "--dask", address, "a.txt", cwd=tmp_path, env=env)
        assert done.returncode == 2
        assert done.stderr.decode() == f"julian-gregorian check: error: --dask {address}: {why}\n"
    # An address Dask cannot use as configured: TLS without its certificates.
    address = "tls://127.0.0.1:1"
    done = warm_start.run_command("check", "--dask", address, "a.txt", cwd=tmp_path, env=env)
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"julian-gregorian check: error: --dask {address}: ")
    assert b"Traceback" not in done.stderr
