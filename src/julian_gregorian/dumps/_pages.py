"""The pages of a MediaWiki XML export, read one at a time with bounded memory."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Protocol
from xml.etree.ElementTree import Element, ParseError, fromstring

from julian_gregorian.errors import DumpError

#: The article namespace: what a wiki's readers call its pages.
ARTICLES = 0


@dataclass(frozen=True)
class Page:
    """One page of a dump: its latest revision's wikitext and what names it."""

    title: str
    page_id: int
    revision_id: int | None
    namespace: int
    text: str


class Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


def _local(tag: str) -> str:
    # Export formats 0.3 to 0.11 put every element in their own XML namespace.
    return tag.rpartition("}")[2]


def _child(element: Element, name: str) -> Element | None:
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _int(element: Element | None) -> int | None:
    if element is None or element.text is None:
        return None
    try:
        return int(element.text)
    except ValueError:
        return None


def _page(element: Element) -> Page | None:
    """The page of a ``<page>`` element, or ``None`` for a redirect or a page without text."""
    if _child(element, "redirect") is not None:
        return None
    revision = None
    for child in element:
        if _local(child.tag) == "revision":
            revision = child  # a history dump lists them oldest first: the last is current
    text = None if revision is None else _child(revision, "text")
    title = _child(element, "title")
    page_id = _int(_child(element, "id"))
    if text is None or title is None or page_id is None:
        return None
    return Page(
        title=title.text or "",
        page_id=page_id,
        revision_id=_int(_child(revision, "id")) if revision is not None else None,
        namespace=_int(_child(element, "ns")) or 0,
        text=text.text or "",
    )


_PAGE_START = re.compile(rb"<page[\s>]")
_PAGE_END = b"</page>"
_READ = 1 << 20
#: Bytes kept from a read that holds no page start: room for the root's end tag.
_TAIL = 64
_NS = re.compile(rb"<ns>(-?[0-9]+)</ns>")


def _passed_over(data: bytes, namespaces: Collection[int] | None) -> bool:
    """Whether the ``<page>`` element *data* is a redirect or a page of another namespace,
    told from the bytes before its first revision: such a page is not parsed at all."""
    revision = data.find(b"<revision")
    header = data if revision == -1 else data[:revision]
    if b"<redirect" in header:
        return True
    if namespaces is None:
        return False
    namespace = _NS.search(header)
    return (int(namespace.group(1)) if namespace is not None else ARTICLES) not in namespaces


def _parsed_page(data: bytes, name: str) -> Page | None:
    """The page of the ``<page>`` element *data*, read by the XML parser."""
    try:
        element = fromstring(data)
    except ParseError as error:
        raise DumpError(f"{name}: not well-formed XML ({error})") from None
    return _page(element)


def parse_pages(
    stream: Readable, name: str, namespaces: Collection[int] | None = (ARTICLES,)
) -> Iterator[Page]:
    """Every page of the XML *stream* in *namespaces* (``None``: all), redirects skipped.

    The stream is cut into its ``<page>`` elements by their tags, and each is parsed on
    its own (a small tree, dropped once read) unless its first bytes show a redirect or
    another namespace: those are passed over unparsed, their text never decoded. Memory
    holds one page at a time, whatever the size of the dump.
    """
    buffer = b""
    at = 0  # where the unread part of the buffer starts: a page start once *started*
    searched = 0  # where to look on for the end of the page at *at*
    started = False
    try:
        while block := stream.read(_READ):
            # Pages are sliced out by position, and the buffer cut once per read.
            buffer, searched = buffer[at:] + block, max(0, searched - at)
            at = 0
            while True:
                if not started:
                    found = _PAGE_START.search(buffer, at)
                    if found is None:
                        at = max(at, len(buffer) - _TAIL)  # a "<page" cut by a read
                        break
                    at, started, searched = found.start(), True, found.end()
                end = buffer.find(_PAGE_END, searched)
                if end == -1:
                    searched = max(at, len(buffer) - len(_PAGE_END))
                    break
                end += len(_PAGE_END)
                data, at, started = buffer[at:end], end, False
                if _passed_over(data, namespaces):
                    continue
                page = _parsed_page(data, name)
                if page is not None and (namespaces is None or page.namespace in namespaces):
                    yield page
    except (OSError, EOFError) as error:
        raise DumpError(f"{name}: cannot be decompressed ({error})") from None
    except UnicodeDecodeError as error:
        raise DumpError(f"{name}: not well-formed XML (not UTF-8: {error.reason})") from None
    if started:
        raise DumpError(f"{name}: not well-formed XML (a <page> element is not closed)")
    if not buffer[at:].rstrip().endswith(b"</mediawiki>"):
        raise DumpError(f"{name}: not well-formed XML (it ends before </mediawiki>)")
