"""Small MediaWiki dumps for the tests, built from the real sample and dated pages."""

from __future__ import annotations

import functools
import os
import subprocess
from pathlib import Path

from helpers import warm_start
from helpers.paths import DATA
from julian_gregorian.dumps import (
    Compression,
    Page,
    PageReport,
    check_dump,
    page_xml,
    read_pages,
    write_dump,
)

SAMPLE = DATA / "enwiki-sample-pages-articles.xml.bz2"

WRONG = "He was buried on 2 January [O.S. 21 December] 1917."
RIGHT = "He died on 30 December [O.S. 17 December] 1916."


def dated_page(number: int) -> Page:
    """A short article; every third has a wrong pair (JG101), every other a right one."""
    lines = [f"'''Person {number}''' was a [[merchant]]."]
    if number % 3 == 0:
        lines.append(WRONG)
    if number % 2 == 0:
        lines.append(RIGHT)
    if number % 5 == 0:
        lines.extend([WRONG, "", "== Later ==", WRONG])
    return Page(f"Person {number}", 5000 + number, 90000 + number, 0, "\n".join(lines) + "\n")


@functools.cache
def every_sample_page() -> tuple[Page, ...]:
    """The articles of the real sample, read once per test process (some 0.3 CPU-seconds
    each time: several tests and every dump built from real pages want them)."""
    return tuple(read_pages(SAMPLE))


@functools.cache
def sample_reports() -> tuple[PageReport, ...]:
    """``check_dump`` of the real sample, once per test process (some 1 CPU-second)."""
    return tuple(check_dump(SAMPLE))


def sample_pages(count: int) -> list[Page]:
    """The first *count* articles of the real sample."""
    return list(every_sample_page()[:count])


def wiki_pages(sample: int = 6, dated: int = 30) -> list[Page]:
    """Real articles and dated ones, interleaved."""
    real = sample_pages(sample)
    pages: list[Page] = []
    for number in range(dated):
        pages.append(dated_page(number))
        if number % 5 == 0 and real:
            pages.append(real.pop(0))
    return pages + real


def extras() -> list[Page | str]:
    """Pages the reader passes over by default: a redirect and a page of namespace 4."""
    redirect = page_xml(Page("Old name", 4001, 4101, 0, "#REDIRECT [[Person 3]]"), "Person 3")
    project = Page("Wikipedia:About", 4002, 4102, 4, WRONG)
    return [redirect, project]


def build(
    folder: Path,
    pages: list[Page | str],
    compression: Compression = "bz2",
    pages_per_stream: int | None = None,
    name: str = "wiki",
) -> Path:
    """Write *pages* to a dump in *folder*; a multistream one gets its index beside it."""
    suffix = {"bz2": ".xml.bz2", "gzip": ".xml.gz", "none": ".xml"}[compression]
    path = folder / f"{name}{suffix}"
    write_dump(path, pages, compression, pages_per_stream)
    return path


def run_command(
    *args: str, cwd: Path, command: str = "check", stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    """``julian-gregorian COMMAND ARGS…`` run in *cwd* as a real process, its output in UTF-8."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return warm_start.run_command(command, *args, cwd=cwd, env=env, stdin=stdin)
