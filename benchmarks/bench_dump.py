"""Speed and memory of checking a MediaWiki dump, stage by stage, on one job and on all.

Run: ``python benchmarks/bench_dump.py [--size 1000] [--jobs N] [--keep DIR]``

Builds a multistream bz2 dump of about ``--size`` MB of XML (default 1000, about 1 GB)
from the real sample's articles (``../shared/dumps``, repeated under new titles and ids)
with passages of the development corpus (``../shared/corpus``) added to every third page,
so that there are dates to find; then times, each in a fresh process:

- ``bz2 alone``: decompression alone (every stream, nothing parsed) by the dump reader's
  decoder: ``indexed_bzip2`` where it is installed, and again by the standard library's
  ``bz2`` (``JULIAN_GREGORIAN_NO_INDEXED_BZIP2`` set), which the reader falls back to;
- ``bz2 + XML``: decompression and page parsing (``read_pages``), nothing checked;
- ``end to end, 1 job`` and ``N jobs``: ``check_dump`` (decompress, parse, check); one
  job twice, first with an empty cache of Hyperscan's databases (``cold cache``: they
  are compiled and stored), then with the databases that run stored
  (``warm cache``: loaded, as every later run on the machine does), N jobs warm. The
  benchmark keeps that cache in a temporary folder of its own
  (``JULIAN_GREGORIAN_CACHE_DIR``), never the user's, which could be cold or warm
  without the rows saying so;
- ``check, real sample in memory``: the checker on the real sample's wikitext, timed
  after a warm-up that pays the one-off costs (regular expressions compiled, Hyperscan's
  databases built once 8 and 32 million characters have been read), as a dump pays them
  once, the fastest of three passes: timed with them, the row gave about 15 MB per CPU
  second, a third of the rate.

It prints, per stage, wall seconds and MB/s of XML (10**6 bytes), CPU seconds (of the
stage's process and its workers) and MB per CPU second, which is the speed of one core
even on a busy machine; the rates of XML parsing and of checking alone (differences of
CPU time between stages); the peak resident memory of the stage's process and of its
largest worker (``ru_maxrss``); and the shares of the warm run of one job measured
inside it: the CPU time of the decoder's reads and of the checker's calls, in the same
process and seconds. The differences of stages come from runs a minute or more apart,
and on a shared machine the speed of the same code moved by a quarter between them.
"""

from __future__ import annotations

import argparse
import bz2
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, BinaryIO

from julian_gregorian._user_cache import CACHE_DIR_VARIABLE
from julian_gregorian.dumps import (
    Chunk,
    Page,
    PageCheck,
    PageReport,
    _streams,
    available_cores,
    check_dump,
    map_pages,
    page_xml,
    read_pages,
)
from julian_gregorian.dumps._fast_bz2 import DISABLE_VARIABLE, indexed_bzip2, window_xml
from julian_gregorian.dumps._streams import chunk_xml

#: The project's shared reference material, beside the repository (``--shared`` to change).
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SAMPLE_NAME = "dumps/enwiki-sample-pages-articles.xml.bz2"
PAGES_PER_STREAM = 100
HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">\n'
    "  <siteinfo>\n    <sitename>Bench</sitename>\n  </siteinfo>\n"
)
FOOTER = "</mediawiki>\n"


def passages(corpus: Path) -> list[str]:
    """The corpus's paragraphs that hold a digit (the dated ones, mostly)."""
    found = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for paragraph in text.split("\n\n"):
            lines = [line for line in paragraph.splitlines() if not line.startswith("#")]
            joined = "\n".join(lines).strip()
            if any(character.isdigit() for character in joined):
                found.append(joined)
    return found


def bench_pages(shared: Path, size: int) -> Iterator[Page]:
    """Pages of the sample under new titles and ids, a corpus passage in every third."""
    sample = list(read_pages(shared / SAMPLE_NAME))
    extra = passages(shared / "corpus")
    written = 0
    number = 0
    while written < size:
        page = sample[number % len(sample)]
        text = page.text
        if number % 3 == 0:
            text += "\n\n" + extra[number // 3 % len(extra)] + "\n"
        yield replace(
            page,
            title=f"{page.title} ({number})",
            page_id=number + 1,
            revision_id=10**9 + number,
            text=text,
        )
        written += len(text.encode("utf-8")) + 400  # the markup around the text, roughly
        number += 1


def _compressed_stream(xml: str) -> bytes:
    return bz2.compress(xml.encode("utf-8"))


def _stream_texts(shared: Path, size: int) -> Iterator[str]:
    group: list[str] = []
    for page in bench_pages(shared, size):
        group.append(page_xml(page))
        if len(group) == PAGES_PER_STREAM:
            yield "".join(group)
            group = []
    if group:
        yield "".join(group)


def build(path: Path, shared: Path, size_mb: int, jobs: int) -> int:
    """Write the multistream dump and its index; the bytes of XML it holds."""
    xml_bytes = len(HEADER) + len(FOOTER)
    index = []
    with path.open("wb") as out, ProcessPoolExecutor(jobs) as pool:
        out.write(bz2.compress(HEADER.encode()))
        texts = list(_stream_texts(shared, size_mb * 10**6))
        for text, data in zip(texts, pool.map(_compressed_stream, texts, chunksize=4), strict=True):
            index.append(f"{out.tell()}:0:stream\n")
            xml_bytes += len(text.encode("utf-8"))
            out.write(data)
        out.write(bz2.compress(FOOTER.encode()))
    name = path.name.removesuffix(".xml.bz2")
    path.with_name(f"{name}-index.txt.bz2").write_bytes(bz2.compress("".join(index).encode()))
    return xml_bytes


def decompress_only(path: Path) -> int:
    """The XML bytes of the dump *path*, decompressed as the dump reader decompresses it."""
    return sum(len(block) for block in chunk_xml(Chunk(str(path), "bz2", 0, None)))


def standard_bz2(task: Callable[[], int]) -> Callable[[], int]:
    """*task* with the dump reader's ``indexed_bzip2`` turned off (run in its own process)."""

    def turned_off() -> int:
        os.environ[DISABLE_VARIABLE] = "1"
        return task()

    return turned_off


def cached_in(folder: Path, task: Callable[[], int]) -> Callable[[], int]:
    """*task* with Hyperscan's databases cached in *folder* (run in its own process)."""

    def cached() -> int:
        os.environ[CACHE_DIR_VARIABLE] = str(folder)
        return task()

    return cached


def parse_only(path: Path) -> int:
    return sum(1 for _ in read_pages(path, namespaces=None))


def end_to_end(path: Path, jobs: int) -> int:
    return sum(len(report.findings) for report in check_dump(path, jobs=jobs))


#: CPU seconds spent, inside the one run of :func:`timed_inside`, in the bz2 decoder
#: (``indexed_bzip2``'s reads; ``None`` without it) and in the checker.
_inside: dict[str, float | None] = {}


def timed_inside(path: Path) -> int:
    """:func:`end_to_end` with one job, the CPU time of its decoder and of its checker
    measured inside the run (in :data:`_inside`): the shares of one job's CPU time, from
    one process in the same seconds, where the differences of stages run minutes apart
    move with the machine's load. The timing costs two clock reads a page and a read."""
    checked = PageCheck()
    checking = 0.0

    def work(name: str, page: Page) -> PageReport:
        nonlocal checking
        start = time.process_time()
        report = checked(name, page)
        checking += time.process_time() - start
        return report

    decoding = 0.0

    def timed_window(
        module: Any, stream: BinaryIO, start: int, end: int, on_read: Callable[[int], None]
    ) -> Iterator[bytes]:
        nonlocal decoding
        pieces = window_xml(module, stream, start, end, on_read)
        while True:
            began = time.process_time()
            piece = next(pieces, None)
            decoding += time.process_time() - began
            if piece is None:
                return
            yield piece

    _streams.window_xml = timed_window  # type: ignore[attr-defined]  # (this process only)
    found = sum(len(report.findings) for report in map_pages(path, work))
    _inside.update(decoding=decoding if indexed_bzip2() is not None else None, checking=checking)
    return found


#: Characters checked before the timing starts: past those after which the extractor
#: has built all its Hyperscan databases, as a long dump run has (the first after 8
#: million characters, the screen of short texts after 32 million, the forward scan of
#: long texts after 32 million of long texts: on the sample's pages, after some 46).
WARM_UP_CHARACTERS = 64_000_000
#: Timed passes over the sample's pages after the warm-up: the fastest is the row's.
TIMED_PASSES = 3


def check_sample(sample: Path) -> int:
    pages = list(read_pages(sample))
    work = PageCheck()
    warmed = 0
    while warmed < WARM_UP_CHARACTERS:
        for page in pages:
            work("sample", page)
            warmed += len(page.text)
    fastest = None
    for _ in range(TIMED_PASSES):
        start = time.process_time_ns()
        for page in pages:
            work("sample", page)
        took = time.process_time_ns() - start
        fastest = took if fastest is None else min(fastest, took)
    # The stage's CPU time is what it returns; the reading before it does not count.
    return fastest or 0


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _stage(task: Callable[[], int], pipe: Connection) -> None:
    start, cpu = time.perf_counter(), _cpu_seconds()
    result = task()
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    pipe.send(Stage(seconds, cpu, result, own, children, dict(_inside)))


@dataclass(frozen=True)
class Stage:
    """What a stage took: wall and CPU seconds, its result, peak KiB (own, largest child)."""

    seconds: float
    cpu: float
    result: int
    peak: int
    worker_peak: int
    inside: dict[str, float | None]


def in_fresh_process(task: Callable[[], int]) -> Stage:
    """Run *task* in a process of its own, so that its peak memory is its own."""
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_stage, args=(task, sending))
    process.start()
    outcome: Stage = receiving.recv()
    process.join()
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="MB of XML (default 1000)")
    parser.add_argument("--jobs", type=int, default=available_cores(), help="jobs for 'all'")
    parser.add_argument("--keep", type=Path, help="build the dump in DIR and keep it")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared material")
    args = parser.parse_args(argv)
    sample = args.shared / SAMPLE_NAME
    if not sample.is_file():
        print(f"bench_dump: needs {sample}", file=sys.stderr)
        return 2
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_dump_"))
    folder.mkdir(parents=True, exist_ok=True)
    dump = folder / f"bench-{args.size}mb-multistream.xml.bz2"
    start = time.perf_counter()
    xml = build(dump, args.shared, args.size, args.jobs)
    built = time.perf_counter() - start
    compressed = dump.stat().st_size
    print(
        f"dump: {xml / 1e6:.0f} MB of XML, {compressed / 1e6:.0f} MB of bz2, built in "
        f"{built:.0f} s; {args.jobs} jobs of {os.cpu_count()} cores"
    )
    decoder = "bz2 module" if indexed_bzip2() is None else "indexed_bzip2"
    cache = Path(tempfile.mkdtemp(prefix="bench_dump_cache_"))  # (empty: the first is cold)
    stages: list[tuple[str, Callable[[], int]]] = [
        (f"bz2 alone ({decoder})", lambda: decompress_only(dump)),
        ("bz2 alone (bz2 module)", standard_bz2(lambda: decompress_only(dump))),
        ("bz2 + XML", lambda: parse_only(dump)),
        ("end to end, 1 job, cold cache", cached_in(cache, lambda: end_to_end(dump, 1))),
        ("end to end, 1 job, warm cache", cached_in(cache, lambda: timed_inside(dump))),
        (
            f"end to end, {args.jobs} jobs, warm cache",
            cached_in(cache, lambda: end_to_end(dump, args.jobs)),
        ),
    ]
    rows = [(name, in_fresh_process(task)) for name, task in stages]
    megabytes = xml / 1e6
    print(
        f"{'stage':<32} {'wall s':>7} {'MB/s':>7} {'CPU s':>7} {'MB/CPU-s':>9} "
        f"{'peak MB':>8} {'worker MB':>9}"
    )
    for name, stage in rows:
        print(
            f"{name:<32} {stage.seconds:7.1f} {megabytes / stage.seconds:7.1f} "
            f"{stage.cpu:7.1f} {megabytes / stage.cpu:9.1f} {stage.peak / 1024:8.0f} "
            f"{stage.worker_peak / 1024:9.0f}"
        )
    decompress, _standard, parsed, cold, serial, parallel = (stage for _, stage in rows)
    if not parallel.result == serial.result == cold.result:
        print(
            f"bench_dump: {args.jobs} jobs found {parallel.result}, 1 job {serial.result}, "
            f"1 job with a cold cache {cold.result}"
        )
        shutil.rmtree(cache, ignore_errors=True)
        return 1
    for name, cpu in (
        ("XML parsing alone (derived)", parsed.cpu - decompress.cpu),
        ("check alone (derived, warm)", serial.cpu - parsed.cpu),
    ):
        print(f"{name:<32} {'':7} {'':7} {cpu:7.1f} {megabytes / cpu:9.1f}")
    sample_xml = sum(len(page.text.encode()) for page in read_pages(sample))
    checked = in_fresh_process(cached_in(cache, lambda: check_sample(sample)))
    shutil.rmtree(cache, ignore_errors=True)
    check_cpu = checked.result / 1e9
    print(
        f"{'check, real sample in memory':<32} {'':7} {'':7} {check_cpu:7.1f} "
        f"{sample_xml / 1e6 / check_cpu:9.1f}   ({sample_xml / 1e6:.1f} MB of wikitext)"
    )
    print(
        f"{args.jobs} jobs: {serial.seconds / parallel.seconds:.2f} times one job (wall, "
        f"warm cache); decompression ({decoder}) is {decompress.cpu / serial.cpu:.0%} of one "
        f"job's CPU time with a warm cache, {decompress.cpu / cold.cpu:.0%} with a cold one; "
        f"{serial.result} problems found"
    )
    decoding, checking = serial.inside["decoding"], serial.inside["checking"] or 0.0
    if decoding is not None:
        rest = serial.cpu - decoding - checking
        print(
            f"inside the warm run of one job: decompression {decoding:.1f} s "
            f"({decoding / serial.cpu:.0%}), check {checking:.1f} s ({checking / serial.cpu:.0%}, "
            f"{megabytes / checking:.1f} MB/CPU-s), XML and the rest {rest:.1f} s "
            f"({rest / serial.cpu:.0%})"
        )
    if args.keep is None:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
