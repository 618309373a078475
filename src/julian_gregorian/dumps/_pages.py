"""The pages of a MediaWiki XML export, read one at a time with bounded memory."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Protocol
from xml.etree.ElementTree import Element, ParseError, iterparse

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


def parse_pages(
    stream: Readable, name: str, namespaces: Collection[int] | None = (ARTICLES,)
) -> Iterator[Page]:
    """Every page of the XML *stream* in *namespaces* (``None``: all), redirects skipped.

    Each page's element is dropped from the tree once read, so memory holds one page at
    a time whatever the size of the dump.
    """
    root: Element | None = None
    depth = 0
    try:
        for event, element in iterparse(stream, events=("start", "end")):
            if event == "start":
                if root is None:
                    root = element
                depth += 1
                continue
            depth -= 1
            if depth == 1 and _local(element.tag) == "page":
                page = _page(element)
                if page is not None and (namespaces is None or page.namespace in namespaces):
                    yield page
                root.clear()  # type: ignore[union-attr]  # set by the first start event
            elif depth == 1:
                root.clear()  # type: ignore[union-attr]  # siteinfo and the like
    except ParseError as error:
        raise DumpError(f"{name}: not well-formed XML ({error})") from None
    except (OSError, EOFError) as error:
        raise DumpError(f"{name}: cannot be decompressed ({error})") from None
