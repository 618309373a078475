"""The dump reader: recognising dumps, reading pages, splitting, checking on every core."""

from __future__ import annotations

import bz2
import gzip
import shutil
from pathlib import Path
from typing import Any

import pytest

from helpers.dumps import (
    SAMPLE,
    build,
    dated_page,
    every_sample_page,
    extras,
    sample_reports,
    wiki_pages,
)
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.dumps import (
    DumpError,
    Page,
    check_dump,
    chunk_pages,
    dump_chunks,
    dump_compression,
    index_path,
    is_dump,
    map_pages,
    read_pages,
    scan_stream_starts,
)


def _keys(pages: list[Page]) -> list[tuple[str, int, int | None, int, str]]:
    return [(p.title, p.page_id, p.revision_id, p.namespace, p.text) for p in pages]


def _index_offsets(index: Path) -> list[int]:
    with bz2.open(index, "rt") as lines:
        return sorted({int(line.split(":")[0]) for line in lines})


def test_the_real_sample_has_106_articles_besides_its_redirects() -> None:
    pages = list(every_sample_page())
    assert len(pages) == 106  # 206 pages, 100 of them redirects (the ns-4 page among them)
    assert pages[0].title == "Anarchism"
    assert pages[0].page_id == 12
    assert pages[0].revision_id == 716551092
    assert "AccessibleComputing" not in {page.title for page in pages}  # a redirect
    ayn_rand = next(page for page in pages if page.title == "Ayn Rand")
    assert "{{OldStyleDate|February 2|1905|January 20}}" in ayn_rand.text
    assert all(page.namespace == 0 for page in pages)


def test_the_real_sample_is_checked_with_its_one_dual_date() -> None:
    reports = sample_reports()
    assert len(reports) == 106
    dated = [report for report in reports if report.dates]
    assert [(report.title, report.dates) for report in dated] == [("Ayn Rand", 1)]
    assert not any(report.findings for report in reports)


def test_namespaces_choose_the_pages_and_redirects_are_skipped(tmp_path: Path) -> None:
    path = build(tmp_path, [dated_page(1), *extras(), dated_page(2)])
    assert [p.title for p in read_pages(path)] == ["Person 1", "Person 2"]
    assert [p.title for p in read_pages(path, namespaces=[4])] == ["Wikipedia:About"]
    everything = [p.title for p in read_pages(path, namespaces=None)]
    assert everything == ["Person 1", "Wikipedia:About", "Person 2"]


def test_namespaces_may_be_any_integers_numpy_s_included() -> None:
    numpy = pytest.importorskip("numpy")
    articles = [page.title for page in read_pages(SAMPLE)]
    assert [page.title for page in read_pages(SAMPLE, namespaces=[numpy.int64(0)])] == articles
    assert len(list(check_dump(SAMPLE, namespaces=(numpy.int32(0),)))) == len(articles)


@pytest.mark.parametrize("namespaces", [("0",), (True,), (0.0,)])
def test_namespaces_that_are_not_numbers_are_refused_not_matched_by_nothing(
    namespaces: tuple[Any, ...],
) -> None:
    with pytest.raises(TypeError, match="namespaces are numbers such as 0"):
        read_pages(SAMPLE, namespaces=namespaces)
    with pytest.raises(TypeError, match="namespaces are numbers such as 0"):
        check_dump(SAMPLE, namespaces=namespaces)


@pytest.mark.parametrize(
    ("compression", "per_stream"), [("bz2", None), ("bz2", 4), ("gzip", None), ("none", None)]
)
def test_every_kind_of_dump_gives_the_same_pages(
    tmp_path: Path, compression: str, per_stream: int | None
) -> None:
    pages = wiki_pages(sample=3, dated=12)
    path = build(tmp_path, list(pages), compression, per_stream)  # type: ignore[arg-type]
    assert dump_compression(path) == compression
    assert _keys(list(read_pages(path))) == _keys(pages)


def test_dumps_are_recognised_by_content_not_by_name(tmp_path: Path) -> None:
    dump = build(tmp_path, [dated_page(1)])
    disguised = tmp_path / "notes.txt"
    shutil.copy(dump, disguised)
    assert is_dump(disguised)
    (tmp_path / "text.xml.bz2").write_bytes(bz2.compress(b"<mediawiki? no, just prose"))
    assert not is_dump(tmp_path / "text.xml.bz2")
    (tmp_path / "other.xml.gz").write_bytes(gzip.compress(b"<?xml version='1.0'?><html/>"))
    assert not is_dump(tmp_path / "other.xml.gz")
    (tmp_path / "plain.wiki").write_text("'''Peter''' ({{OldStyleDate|9 June|1672|30 May}})")
    assert not is_dump(tmp_path / "plain.wiki")
    declared = tmp_path / "declared"
    declared.write_text('<?xml version="1.0"?>\n<!-- exported -->\n<mediawiki>\n</mediawiki>\n')
    assert is_dump(declared)
    assert list(read_pages(declared)) == []


def test_multistream_dumps_split_at_their_index_offsets(tmp_path: Path) -> None:
    pages = wiki_pages(sample=4, dated=40)
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=5, name="w-multistream")
    index = index_path(path)
    assert index is not None
    assert index.name == "w-multistream-index.txt.bz2"
    offsets = _index_offsets(index)
    chunks = dump_chunks(path, chunk_bytes=1)
    assert [chunk.start for chunk in chunks] == [0, *offsets]
    assert _keys([p for chunk in chunks for p in chunk_pages(chunk)]) == _keys(pages)


def test_without_an_index_stream_starts_are_found_by_scanning(tmp_path: Path) -> None:
    path = build(tmp_path, list(wiki_pages(dated=40)), "bz2", pages_per_stream=5)
    index = index_path(path)
    assert index is not None
    listed = _index_offsets(index)
    index.unlink()
    found = scan_stream_starts(path)
    # The index lists the streams of pages; the scan also finds the header's and the end's.
    assert found[0] == 0
    assert found[1:-1] == listed
    assert found[-1] > listed[-1]
    chunks = dump_chunks(path, chunk_bytes=1)
    assert len(chunks) == len(found)
    assert _keys([p for c in chunks for p in chunk_pages(c)]) == _keys(list(read_pages(path)))


def test_a_single_stream_bz2_dump_is_one_chunk() -> None:
    assert len(dump_chunks(SAMPLE, chunk_bytes=1)) == 1


@pytest.mark.parametrize("chunk_bytes", [997, 1 << 30])
def test_plain_xml_splits_anywhere_and_every_page_is_read_once(
    tmp_path: Path, chunk_bytes: int
) -> None:
    pages = wiki_pages(sample=2, dated=25)
    path = build(tmp_path, list(pages), "none")
    chunks = dump_chunks(path, chunk_bytes=chunk_bytes)
    assert len(chunks) == -(-path.stat().st_size // chunk_bytes)
    assert _keys([p for c in chunks for p in chunk_pages(c)]) == _keys(pages)


def test_a_bz2_dump_cut_short_is_a_dump_error(tmp_path: Path) -> None:
    path = build(tmp_path, list(wiki_pages(sample=3, dated=5)), "bz2", pages_per_stream=2)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    with pytest.raises(DumpError, match=r"ends in the middle of a stream"):
        list(read_pages(path))


def test_broken_xml_is_a_dump_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<mediawiki><page><title>A</title></mediawiki>")
    with pytest.raises(DumpError, match="not well-formed XML"):
        list(read_pages(path))


def test_reading_a_file_that_is_no_dump_says_so(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("Just prose.")
    with pytest.raises(DumpError, match="not a MediaWiki XML export"):
        list(read_pages(path))


def test_a_bad_index_is_a_dump_error(tmp_path: Path) -> None:
    path = build(tmp_path, list(wiki_pages(dated=10)), "bz2", pages_per_stream=3)
    index = index_path(path)
    assert index is not None
    index.write_bytes(bz2.compress(b"12:34:Title\nnonsense\n"))
    with pytest.raises(DumpError, match="not an 'offset:page_id:title' line"):
        dump_chunks(path, chunk_bytes=1)
    index.write_bytes(bz2.compress(f"{path.stat().st_size + 5}:1:Far\n".encode()))
    with pytest.raises(DumpError, match="do not fit the dump"):
        dump_chunks(path, chunk_bytes=1)


def test_findings_name_their_page_and_are_placed_in_its_wikitext(tmp_path: Path) -> None:
    path = build(tmp_path, [dated_page(1), dated_page(3)])
    first, second = check_dump(path)
    assert first.findings == ()
    (record,) = second.findings
    assert record["path"] == str(path)
    assert (record["title"], record["page_id"], record["revision_id"]) == ("Person 3", 5003, 90003)
    assert (record["line"], record["column"], record["code"]) == (2, 18, "JG101")
    assert record["text"] == "2 January [O.S. 21 December] 1917"
    assert second.dates == 1


def test_a_config_chooses_the_rules(tmp_path: Path) -> None:
    path = build(tmp_path, [dated_page(3)])
    (report,) = check_dump(path, CheckConfig(ignore=("JG101",)))
    assert report.findings == ()


@pytest.mark.parametrize(("per_stream", "chunk_bytes"), [(4, 1), (None, None)])
def test_two_jobs_give_the_reports_of_one(
    tmp_path: Path, per_stream: int | None, chunk_bytes: int | None
) -> None:
    path = build(tmp_path, list(wiki_pages(sample=4, dated=40)), "bz2", per_stream)
    serial = list(check_dump(path, sarif=True))
    work = map_pages  # the chunked path (multistream) and the batched one (single stream)
    parallel = list(
        work(path, _check_with_sarif, jobs=2, chunk_bytes=chunk_bytes)  # type: ignore[arg-type]
    )
    assert parallel == serial
    assert sum(len(report.findings) for report in serial) > 10


def _check_with_sarif(dump: str, page: Page) -> object:
    from julian_gregorian.dumps import PageCheck

    return PageCheck(sarif=True)(dump, page)


def test_progress_counts_every_page_and_byte(tmp_path: Path) -> None:
    path = build(tmp_path, list(wiki_pages(dated=20)), "bz2", pages_per_stream=4)
    seen = [0, 0]

    def advance(pages: int, raw_bytes: int) -> None:
        seen[0] += pages
        seen[1] += raw_bytes

    for jobs in (1, 2):
        seen[:] = [0, 0]
        reports = list(check_dump(path, jobs=jobs, progress=advance))
        assert seen == [len(reports), path.stat().st_size]


def test_resuming_skips_the_pages_before_the_given_one(tmp_path: Path) -> None:
    pages = wiki_pages(sample=1, dated=12)
    path = build(tmp_path, list(pages))
    for jobs in (1, 2):
        resumed = list(check_dump(path, jobs=jobs, resume_at=lambda p: p.title == "Person 7"))
        assert [r.title for r in resumed] == [p.title for p in pages[pages.index(dated_page(7)) :]]
    with pytest.raises(DumpError, match="not in the dump"):
        list(check_dump(path, resume_at=lambda page: False))


def test_dask_gives_the_serial_reports_on_the_real_sample(tmp_path: Path, dask_client: Any) -> None:
    from julian_gregorian.dumps import check_dumps_on_dask

    # The real sample as Wikimedia would publish it: multistream, 10 pages a stream.
    pages = list(every_sample_page())
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=10, name="enwiki-multistream")
    serial = list(sample_reports())
    chunked = list(check_dumps_on_dask([path], dask_client, chunk_bytes=1))
    whole = list(check_dumps_on_dask([SAMPLE], dask_client))
    assert [(r.title, r.dates, r.findings) for r in chunked] == [
        (r.title, r.dates, r.findings) for r in serial
    ]
    assert whole == serial
    assert len(dump_chunks(path, chunk_bytes=1)) > 10


def test_pages_passed_over_are_not_parsed_and_the_others_are_read_exactly(
    tmp_path: Path,
) -> None:
    broken = "  <page>\n    <title>Talk:X</title>\n    <ns>1</ns>\n    <id>7</id>\n" + (
        "    <revision><id>8</id><text>a < b</text></revision>\n  </page>\n"
    )
    escaped = Page(
        "AT&T <ref>", 9, 10, 0, 'Born 1 May [O.S. 19 April] 1900.<ref name="a">x</ref> & ]'
    )
    cdata = (
        "  <page>\n    <title>C</title>\n    <ns>0</ns>\n    <id>11</id>\n    <revision>"
        "<id>12</id><!-- a comment --><text><![CDATA[if a < b & c]]></text></revision>\n"
        "  </page>\n"
    )
    path = build(tmp_path, [broken, escaped, cdata], "none")
    assert [(p.title, p.text) for p in read_pages(path)] == [
        (escaped.title, escaped.text),
        ("C", "if a < b & c"),
    ]
    with pytest.raises(DumpError, match="not well-formed XML"):
        list(read_pages(path, namespaces=None))  # the talk page is parsed, and is broken


def _read_by_element_tree(element: str) -> tuple[str, int, int | None, int, str] | None:
    """A ``<page>`` element read from ElementTree's tree, as the reader must read it."""
    from xml.etree.ElementTree import Element, fromstring

    def child(parent: Element | None, name: str) -> Element | None:
        return None if parent is None else next((c for c in parent if c.tag == name), None)

    def number(found: Element | None) -> int | None:
        return int(found.text) if found is not None and found.text else None

    page = fromstring(element)
    revisions = [c for c in page if c.tag == "revision"]
    revision = revisions[-1] if revisions else None
    title, text, page_id = child(page, "title"), child(revision, "text"), number(child(page, "id"))
    if child(page, "redirect") is not None or title is None or text is None or page_id is None:
        return None
    namespace = number(child(page, "ns")) or 0
    return title.text or "", page_id, number(child(revision, "id")), namespace, text.text or ""


@pytest.mark.parametrize(
    "element",
    [
        # a history dump: every revision, the last one current
        "<page><title>H</title><ns>0</ns><id>1</id><revision><id>2</id><text>old</text>"
        "</revision><revision><id>3</id><text>new</text></revision></page>",
        # deleted text, no text, no revision, no id: the first is a page with no text
        '<page><title>D</title><id>4</id><revision><id>5</id><text deleted="deleted" />'
        "</revision></page>",
        "<page><title>N</title><id>6</id><revision><id>7</id></revision></page>",
        "<page><title>R</title><id>8</id></page>",
        "<page><title>I</title><revision><text>x</text></revision></page>",
        # an element's text is what comes before its first child; the first child counts
        "<page><title>T<b>bold</b> tail</title><title>second</title><ns> 4 </ns><id>9</id>"
        "<revision><text>a<!-- c -->b<x>y</x>z</text><id>10</id><id>11</id></revision>"
        "</page>",
        # an empty title, text split by entities and CDATA, a redirect
        "<page><title/><id>12</id><revision><text>&lt;a&gt;<![CDATA[&b]]>&#x263A;</text>"
        "</revision></page>",
        '<page><title>X</title><redirect title="Y" /><id>13</id><revision><text>#R</text>'
        "</revision></page>",
        # children of other elements are not the page's
        "<page><title>Z</title><id>14</id><revision><contributor><id>99</id></contributor>"
        "<text>t</text></revision><x><title>not</title></x></page>",
    ],
)
def test_a_page_is_read_as_from_the_element_tree(tmp_path: Path, element: str) -> None:
    path = build(tmp_path, [element], "none")
    assert _keys(list(read_pages(path, namespaces=None))) == [
        read for read in [_read_by_element_tree(element)] if read is not None
    ]


def test_a_plain_dump_cut_short_is_a_dump_error(tmp_path: Path) -> None:
    path = build(tmp_path, list(wiki_pages(sample=0, dated=4)), "none")
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.rindex("</page>")], encoding="utf-8")
    with pytest.raises(DumpError, match=r"not well-formed XML \(a <page> element is not closed\)"):
        list(read_pages(path))
    path.write_text(text[: text.rindex("</mediawiki>")], encoding="utf-8")
    with pytest.raises(DumpError, match=r"it ends before </mediawiki>"):
        list(read_pages(path))


def test_a_config_of_lists_checks_a_dump() -> None:
    listed = check_dump(SAMPLE, CheckConfig(ignore=["JG102"]))  # type: ignore[arg-type]
    assert list(listed) == list(check_dump(SAMPLE, CheckConfig(ignore=("JG102",))))
