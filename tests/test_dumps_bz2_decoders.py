"""The two bz2 decoders of the dump reader: ``indexed_bzip2`` where installed, ``bz2``.

Both must give the same XML, byte for byte, and so the same pages, for every way a dump
is read (whole, in chunks at its index's offsets or at scanned stream starts), and the
same errors for a dump cut short or broken.
"""

from __future__ import annotations

import bz2
import importlib
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers.dumps import SAMPLE, build, dated_page, run_command, wiki_pages
from julian_gregorian.dumps import (
    DumpError,
    Page,
    _fast_bz2,
    _streams,
    chunk_pages,
    dump_chunks,
    map_pages,
    read_pages,
)

HAS_INDEXED_BZIP2 = importlib.util.find_spec("indexed_bzip2") is not None
needs_indexed_bzip2 = pytest.mark.skipif(not HAS_INDEXED_BZIP2, reason="indexed_bzip2 missing")
DECODERS = [
    pytest.param("indexed_bzip2", marks=needs_indexed_bzip2),
    pytest.param("bz2"),
]


@pytest.fixture(params=DECODERS)
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Which decoder the dump reader uses in the test, named by the parameter."""
    chosen: str = request.param
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "1" if chosen == "bz2" else "")
    return chosen


def _keys(pages: list[Page]) -> list[tuple[str, int, int | None, int, str]]:
    return [(p.title, p.page_id, p.revision_id, p.namespace, p.text) for p in pages]


def _chunk_bytes(path: Path, chunk_bytes: int) -> list[bytes]:
    return [b"".join(_streams.chunk_xml(chunk)) for chunk in dump_chunks(path, chunk_bytes)]


def test_the_variable_turns_indexed_bzip2_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "1")
    assert _fast_bz2.indexed_bzip2() is None
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "")  # empty: not set
    assert (_fast_bz2.indexed_bzip2() is not None) == HAS_INDEXED_BZIP2


def test_without_indexed_bzip2_the_standard_library_decodes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(_fast_bz2.DISABLE_VARIABLE, raising=False)
    # As if it were not installed: an import that fails.
    monkeypatch.setattr(importlib, "import_module", _no_module)
    assert _fast_bz2.indexed_bzip2() is None
    path = build(tmp_path, list(wiki_pages(sample=2, dated=12)), "bz2", pages_per_stream=3)
    assert [page.title for page in read_pages(path)][:2] == ["Person 0", "Anarchism"]


def _no_module(name: str) -> None:
    raise ImportError(name)


@needs_indexed_bzip2
@pytest.mark.parametrize("chunk_bytes", [1, 2000, 1 << 30])
def test_both_decoders_give_every_chunk_the_same_xml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk_bytes: int
) -> None:
    path = build(tmp_path, list(wiki_pages(sample=6, dated=40)), "bz2", pages_per_stream=4)
    for scanned in (False, True):
        if scanned:  # chunks at the stream starts found by scanning
            path.with_name("wiki-index.txt.bz2").unlink()
        monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "1")
        standard = _chunk_bytes(path, chunk_bytes)
        monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "")
        assert _chunk_bytes(path, chunk_bytes) == standard


def test_the_real_sample_and_a_multistream_dump_read_alike(tmp_path: Path, decoder: str) -> None:
    titles = [page.title for page in read_pages(SAMPLE)]
    assert len(titles) == 106
    assert "Ayn Rand" in titles
    pages = wiki_pages(sample=5, dated=30)
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=3)
    assert _keys(list(read_pages(path))) == _keys(pages)
    chunks = dump_chunks(path, chunk_bytes=1)
    assert len(chunks) > 10
    assert _keys([page for chunk in chunks for page in chunk_pages(chunk)]) == _keys(pages)
    titles = list(map_pages(path, _title, jobs=2, chunk_bytes=1))
    assert titles == [page.title for page in pages]


def _title(_name: str, page: Page) -> str:
    return page.title


def test_chunks_decompress_no_stream_twice(tmp_path: Path, decoder: str) -> None:
    path = build(tmp_path, list(wiki_pages(sample=6, dated=60)), "bz2", pages_per_stream=3)
    whole = len(bz2.decompress(path.read_bytes()))
    chunks = dump_chunks(path, chunk_bytes=1)  # a chunk per stream
    decompressed = 0
    monkeypatch = pytest.MonkeyPatch()
    if decoder == "bz2":
        real = bz2.BZ2Decompressor

        class Counting:
            def __init__(self) -> None:
                self.inner = real()

            def decompress(self, data: bytes) -> bytes:
                nonlocal decompressed
                out = self.inner.decompress(data)
                decompressed += len(out)
                return out

            @property
            def eof(self) -> bool:
                return self.inner.eof

            @property
            def unused_data(self) -> bytes:
                return self.inner.unused_data

        monkeypatch.setattr(bz2, "BZ2Decompressor", Counting)
    else:
        window_xml = _fast_bz2.window_xml

        def counting(*args: Any) -> Iterator[bytes]:
            nonlocal decompressed
            for data in window_xml(*args):
                decompressed += len(data)
                yield data

        monkeypatch.setattr(_streams, "window_xml", counting)
    pages = [page for chunk in chunks for page in chunk_pages(chunk)]
    monkeypatch.undo()
    assert len(chunks) > 20
    assert _keys(pages) == _keys(list(read_pages(path)))
    assert decompressed == whole


def test_a_dump_cut_short_says_so_with_either_decoder(tmp_path: Path, decoder: str) -> None:
    path = build(tmp_path, list(wiki_pages(sample=3, dated=5)), "bz2", pages_per_stream=2)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    with pytest.raises(DumpError, match=r"bz2 data ends in the middle of a stream"):
        list(read_pages(path))
    with pytest.raises(DumpError, match=r"bz2 data ends in the middle of a stream"):
        [page for chunk in dump_chunks(path, chunk_bytes=1) for page in chunk_pages(chunk)]


def test_bytes_after_the_last_stream_are_passed_over_in_silence(
    tmp_path: Path, decoder: str, capfd: pytest.CaptureFixture[str]
) -> None:
    pages = [dated_page(number) for number in range(9)]
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=2)
    path.write_bytes(path.read_bytes() + b"\0\0 trailing bytes")
    assert _keys(list(read_pages(path))) == _keys(pages)
    assert capfd.readouterr().err == ""


def test_broken_bz2_data_is_a_dump_error(tmp_path: Path, decoder: str) -> None:
    path = build(tmp_path, list(wiki_pages(sample=3, dated=30)), "bz2", pages_per_stream=4)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(DumpError, match=r"wiki\.xml\.bz2: bz2 data broken (at|before) byte \d+"):
        list(read_pages(path))


def test_the_command_reports_broken_bz2_data_and_exits_2(tmp_path: Path, decoder: str) -> None:
    path = build(tmp_path, list(wiki_pages(sample=3, dated=30)), "bz2", pages_per_stream=4)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    result = run_command(str(path), "-j", "1", cwd=tmp_path)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "wiki.xml.bz2: bz2 data broken " in message
    assert "Traceback" not in message
