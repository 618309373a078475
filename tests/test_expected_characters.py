"""A run that knows it reads much text says so up front (expect_characters): the scanner
and the forward scan of long texts are built at its first texts, the screen still once
enough short texts are read; a dump run tells each process its share of the dump, told
by the dump's size; what is found is the same either way."""

from __future__ import annotations

import bz2
from pathlib import Path

import pytest

from helpers.accelerators import LONG_TEXT, SHORT_PAGE, unbuilt_accelerators
from julian_gregorian.dumps import _work
from julian_gregorian.dumps._check import PageCheck, PageReport
from julian_gregorian.dumps._pages import Page
from julian_gregorian.text._locate import anchors, hyperscan_candidates

hyperscan = pytest.importorskip("hyperscan")  # in the dev extra: skipped only outside it

SAMPLE = Path(__file__).parent / "data" / "enwiki-sample-pages-articles.xml.bz2"


@pytest.fixture(autouse=True)
def _told_characters_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count of characters told (``expect_characters``, a global of the process) as
    it was before each test: a dump run here tells its size, and a later test of the same
    worker that expects nothing told would see its scanner built at once."""
    monkeypatch.setattr(hyperscan_candidates, "_expected", hyperscan_candidates._expected)


@pytest.fixture
def unbuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing built, read or told yet; the thresholds at 1,000 characters."""
    unbuilt_accelerators(monkeypatch, 1000)


@pytest.mark.usefixtures("unbuilt")
def test_characters_told_count_as_read_for_the_scanner() -> None:
    passes = anchors._WIKITEXT_CANDIDATES
    assert hyperscan_candidates.scanner(passes, 10) is None
    hyperscan_candidates.expect_characters(999)
    assert hyperscan_candidates.scanner(passes, 0) is None
    hyperscan_candidates.expect_characters(1000)
    hyperscan_candidates.expect_characters(5)  # (the largest count told holds)
    assert hyperscan_candidates._expected == 1000
    assert hyperscan_candidates.scanner(passes, 0) is not None


@pytest.mark.usefixtures("unbuilt")
def test_characters_told_count_as_read_for_the_forward_scan() -> None:
    scanner = hyperscan_candidates.Scanner(hyperscan, anchors._PASSES)
    scanner.candidates(LONG_TEXT, anchors._LONG_PASSES)
    assert scanner._wholes == {}  # (scanned reversed: 10 characters read and told)
    hyperscan_candidates.expect_characters(1000)
    scanner.candidates(LONG_TEXT, anchors._LONG_PASSES)
    assert list(scanner._wholes) == [()]


@pytest.mark.usefixtures("unbuilt")
def test_the_screen_still_waits_for_short_texts() -> None:
    hyperscan_candidates.expect_characters(1 << 40)
    screened = (anchors._WIKITEXT_CANDIDATES, anchors._SCREENED, len(SHORT_PAGE))
    assert hyperscan_candidates.scanner(anchors._WIKITEXT_CANDIDATES, 0) is not None
    assert hyperscan_candidates.screen(*screened) is None  # (285 short characters read)
    for _ in range(3):
        hyperscan_candidates.screen(*screened)
    assert hyperscan_candidates.screen(*screened) is not None  # (1,140 read)


def test_a_dump_s_characters_are_told_by_its_size(tmp_path: Path) -> None:
    size = SAMPLE.stat().st_size
    assert _work.expected_characters(SAMPLE) == int(size * 3.0)
    assert _work.expected_characters(SAMPLE, jobs=2) == int(size * 3.0) // 2
    plain = tmp_path / "dump.xml"
    plain.write_bytes(bz2.decompress(SAMPLE.read_bytes()))
    assert _work.expected_characters(plain) == int(plain.stat().st_size * 0.9)
    # (measured on the sample: the characters of its pages per byte of the dump)
    pages = sum(len(page.text) for page in check_dump_pages(SAMPLE))
    assert _work.expected_characters(SAMPLE) < pages < _work.expected_characters(plain) * 1.1
    assert _work.expected_characters(tmp_path / "gone.xml.bz2") == 0


def check_dump_pages(path: Path) -> list[Page]:
    return list(_work.map_pages(path, lambda _, page: page))


def test_a_dump_run_tells_its_characters_and_finds_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check = PageCheck()
    told: list[int] = []

    def run() -> list[tuple[PageReport, bool]]:
        """Each page's report, and whether the scanner was built once it was read."""
        monkeypatch.setattr(hyperscan_candidates, "_built", {})
        monkeypatch.setattr(hyperscan_candidates, "_screens", {})
        monkeypatch.setattr(hyperscan_candidates, "_waited", 0)
        monkeypatch.setattr(hyperscan_candidates, "_expected", 0)
        return list(
            _work.map_pages(
                SAMPLE, lambda name, page: (check(name, page), bool(hyperscan_candidates._built))
            )
        )

    expected = _work.expected_characters(SAMPLE)
    for threshold in ("WORTH_BUILDING", "WORTH_SCANNING_FORWARD"):
        monkeypatch.setattr(hyperscan_candidates, threshold, expected)
    monkeypatch.setattr(_work, "expect_characters", told.append)
    untold = run()
    assert told == [expected]
    monkeypatch.setattr(_work, "expect_characters", hyperscan_candidates.expect_characters)
    told_run = run()
    assert [report for report, _ in told_run] == [report for report, _ in untold]
    assert all(built for _, built in told_run)  # (from the first page on)
    assert not untold[0][1]
    assert sum(report.dates for report, _ in untold) > 0


def test_a_worker_is_told_its_share_of_the_dump(monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[int] = []
    monkeypatch.setattr(_work, "expect_characters", told.append)
    (chunk,) = _work.dump_chunks(SAMPLE)
    outcome = _work.work_on_chunk(chunk, lambda _, page: page.title, expected=12345)
    assert outcome.results
    assert told == [12345]
    batch = _work._work_on_batch("dump", [], lambda _, page: page, 678)
    assert batch == []
    assert told == [12345, 678]
