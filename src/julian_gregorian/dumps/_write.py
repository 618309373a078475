"""Writing pages as a MediaWiki XML export: for tests, benchmarks and small wikis."""

from __future__ import annotations

import bz2
import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path

from julian_gregorian._xml_text import escape, quoteattr
from julian_gregorian.dumps._detect import Compression
from julian_gregorian.dumps._pages import Page

EXPORT_NAMESPACE = "http://www.mediawiki.org/xml/export-0.10/"

_HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    f"<mediawiki xmlns={quoteattr(EXPORT_NAMESPACE)} "
    'version="0.10" xml:lang="en">\n'
    "  <siteinfo>\n    <sitename>Sample</sitename>\n    <dbname>samplewiki</dbname>\n"
    "  </siteinfo>\n"
)
_FOOTER = "</mediawiki>\n"


def page_xml(page: Page, redirect: str | None = None) -> str:
    """The ``<page>`` element of *page* as a dump writes it (a redirect if *redirect*)."""
    target = f"    <redirect title={quoteattr(redirect)} />\n" if redirect is not None else ""
    revision = "" if page.revision_id is None else f"      <id>{page.revision_id}</id>\n"
    return (
        f"  <page>\n    <title>{escape(page.title)}</title>\n    <ns>{page.namespace}</ns>\n"
        f"    <id>{page.page_id}</id>\n{target}    <revision>\n{revision}"
        "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
        f'      <text xml:space="preserve">{escape(page.text)}</text>\n'
        "    </revision>\n  </page>\n"
    )


def _xml(page: Page | str) -> str:
    return page if isinstance(page, str) else page_xml(page)


def _index_line(offset: int, page: Page | str) -> str:
    if isinstance(page, str):
        start = page.index("<id>") + 4
        title = page[page.index("<title>") + 7 : page.index("</title>")]
        return f"{offset}:{page[start : page.index('</id>', start)]}:{title}\n"
    return f"{offset}:{page.page_id}:{page.title}\n"


def _groups(pages: Iterable[Page | str], size: int) -> Iterator[list[Page | str]]:
    group: list[Page | str] = []
    for page in pages:
        group.append(page)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def write_dump(
    path: Path,
    pages: Iterable[Page | str],
    compression: Compression = "bz2",
    pages_per_stream: int | None = None,
) -> Path | None:
    """Write *pages* to *path* as an export; the multistream index's path, if one is written.

    A page given as a string is written as it is: a ``<page>`` element from
    :func:`page_xml` (a redirect, say) or copied from another dump.

    With *pages_per_stream* a bz2 dump is multistream as Wikimedia writes them: the
    header in a stream of its own, then a stream every *pages_per_stream* pages, the end
    tag last; and its index is written beside it (``...-index.txt.bz2``).
    """
    if compression == "gzip":
        with gzip.open(path, "wt", encoding="utf-8") as out:
            out.write(_HEADER + "".join(_xml(page) for page in pages) + _FOOTER)
        return None
    if compression == "none":
        with path.open("w", encoding="utf-8") as out:
            out.write(_HEADER)
            out.writelines(_xml(page) for page in pages)
            out.write(_FOOTER)
        return None
    if pages_per_stream is None:
        with bz2.open(path, "wt", encoding="utf-8") as out:
            out.write(_HEADER)
            out.writelines(_xml(page) for page in pages)
            out.write(_FOOTER)
        return None
    index_lines: list[str] = []
    with path.open("wb") as out:
        out.write(bz2.compress(_HEADER.encode()))
        for group in _groups(pages, pages_per_stream):
            offset = out.tell()
            index_lines.extend(_index_line(offset, page) for page in group)
            out.write(bz2.compress("".join(_xml(page) for page in group).encode()))
        out.write(bz2.compress(_FOOTER.encode()))
    name = path.name.removesuffix(".bz2").removesuffix(".xml")
    index = path.with_name(f"{name}-index.txt.bz2")
    index.write_bytes(bz2.compress("".join(index_lines).encode()))
    return index
