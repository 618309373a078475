"""The pages of a MediaWiki XML export, read one at a time with bounded memory."""

from __future__ import annotations

import operator
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Protocol
from xml.parsers.expat import ExpatError, ParserCreate

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


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None


class _PageFields:
    """What a ``<page>`` element says of its page, gathered from the XML parser's events.

    As ElementTree would read it, without building its tree: an element's text is the
    character data before its first child; ``title``, ``ns`` and ``id`` are the page's
    first children of those names, the revision its last ``revision`` child (a history
    dump lists them oldest first), and its ``id`` and ``text`` that revision's first.
    """

    __slots__ = ("children", "collecting", "depth", "opened", "pieces", "revision")

    def __init__(self) -> None:
        #: The texts of the page's children read so far, by name (the first of each).
        self.children: dict[str, str | None] = {}
        #: Those of the revision being read, and of the last one read.
        self.revision: dict[str, str | None] | None = None
        self.opened: dict[str, str | None] | None = None
        self.depth = 0
        #: The character data of the element being collected, and its name.
        self.pieces: list[str] = []
        self.collecting: tuple[dict[str, str | None], str] | None = None

    def start(self, tag: str, _attributes: object) -> None:
        self._stop_collecting()
        self.depth += 1
        name = _local(tag)
        if self.depth == 2:
            if name == "revision":
                self.opened = {}
            elif name not in self.children:
                self.children[name] = None
                self.collecting = (self.children, name)
        elif self.depth == 3 and self.opened is not None and name not in self.opened:
            self.opened[name] = None
            self.collecting = (self.opened, name)

    def end(self, tag: str) -> None:
        self._stop_collecting()
        if self.depth == 2 and self.opened is not None and _local(tag) == "revision":
            self.revision, self.opened = self.opened, None
        self.depth -= 1

    def _stop_collecting(self) -> None:
        if self.collecting is not None:
            fields, name = self.collecting
            fields[name] = "".join(self.pieces) if self.pieces else None
            self.pieces.clear()
            self.collecting = None

    def data(self, text: str) -> None:
        if self.collecting is not None:
            self.pieces.append(text)

    def page(self) -> Page | None:
        """The page, or ``None`` for a redirect or a page without text."""
        children, revision = self.children, self.revision
        if "redirect" in children or revision is None or "text" not in revision:
            return None
        page_id = _int(children.get("id"))
        if "title" not in children or page_id is None:
            return None
        return Page(
            title=children["title"] or "",
            page_id=page_id,
            revision_id=_int(revision.get("id")),
            namespace=_int(children.get("ns")) or 0,
            text=revision["text"] or "",
        )


_PAGE_START = re.compile(rb"<page[\s>]")
_PAGE_END = b"</page>"
_READ = 1 << 20
#: Bytes kept from a read that holds no page start: room for the root's end tag.
_TAIL = 64
#: Characters of an element's text handed over at once by the XML parser.
_TEXT_BUFFER = 1 << 16
_NS = re.compile(rb"<ns>(-?[0-9]+)</ns>")


def checked_namespaces(namespaces: Collection[int] | None) -> Collection[int] | None:
    """*namespaces* as ``int`` values (a numpy integer is one too), or ``TypeError`` if
    one is no integer (``"0"`` would match no page, ``0.0`` is no namespace number).

    >>> checked_namespaces(["0"])
    Traceback (most recent call last):
    ...
    TypeError: namespaces are numbers such as 0 (articles), not str ('0')
    """
    if namespaces is None:
        return None
    plain = []
    for namespace in namespaces:
        try:
            if isinstance(namespace, bool):
                raise TypeError
            plain.append(operator.index(namespace))
        except TypeError:
            raise TypeError(
                f"namespaces are numbers such as 0 (articles), not "
                f"{type(namespace).__name__} ({namespace!r})"
            ) from None
    return frozenset(plain)


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
    """The page of the ``<page>`` element *data*, read by the XML parser.

    Expat, which ElementTree parses with, is driven directly: the few fields a page
    needs are kept from its events, and no tree is built (half the time).
    """
    fields = _PageFields()
    parser = ParserCreate(None, "}")  # the namespace separator ElementTree uses
    parser.buffer_text = True
    parser.buffer_size = _TEXT_BUFFER
    parser.StartElementHandler = fields.start
    parser.EndElementHandler = fields.end
    parser.CharacterDataHandler = fields.data
    try:
        parser.Parse(data, True)
    except ExpatError as error:  # in the words ElementTree takes from the same parser
        raise DumpError(f"{name}: not well-formed XML ({error})") from None
    return fields.page()


def parse_pages(
    stream: Readable, name: str, namespaces: Collection[int] | None = (ARTICLES,)
) -> Iterator[Page]:
    """Every page of the XML *stream* in *namespaces* (``None``: all), redirects skipped.

    The stream is cut into its ``<page>`` elements by their tags, and each is parsed on
    its own (a small tree, dropped once read) unless its first bytes show a redirect or
    another namespace: those are passed over unparsed, their text never decoded. Memory
    holds one page at a time, whatever the size of the dump.
    """
    carried = b""  # a page begun in a read before (from its tag), or the last bytes read
    started = False  # whether *carried* is a page begun
    try:
        while block := stream.read(_READ):
            at = 0
            if started:
                # (The page a read cut is joined to its end alone: the rest of a read is
                # sliced page by page as it is. Joined whole to what the last one left,
                # each read was copied once more: some 5% of the time of reading the
                # pages from decoded XML.)
                end = _end_across(carried, block)
                if end == -1:
                    carried += block  # a page longer than a read
                    continue
                data, carried, started, at = carried + block[:end], b"", False, end
                if not _passed_over(data, namespaces):
                    yield from _kept(data, name, namespaces)
            elif carried:
                block = carried + block  # (a "<page" cut by a read between two pages)
            while True:
                found = _PAGE_START.search(block, at)
                if found is None:
                    carried = block[max(at, len(block) - _TAIL) :]  # a "<page" cut by a read
                    break
                end = block.find(_PAGE_END, found.end())
                if end == -1:
                    carried, started = block[found.start() :], True
                    break
                end += len(_PAGE_END)
                data, at = block[found.start() : end], end
                if not _passed_over(data, namespaces):
                    yield from _kept(data, name, namespaces)
    except (OSError, EOFError) as error:
        raise DumpError(f"{name}: cannot be decompressed ({error})") from None
    except UnicodeDecodeError as error:
        raise DumpError(f"{name}: not well-formed XML (not UTF-8: {error.reason})") from None
    if started:
        raise DumpError(f"{name}: not well-formed XML (a <page> element is not closed)")
    if not carried.rstrip().endswith(b"</mediawiki>"):
        raise DumpError(f"{name}: not well-formed XML (it ends before </mediawiki>)")


def _end_across(begun: bytes, block: bytes) -> int:
    """Where in *block* the first ``</page>`` after the page *begun* ends (one the read
    cut counted), or -1."""
    width = len(_PAGE_END) - 1
    joint = begun[-width:] + block[:width]
    cut = joint.find(_PAGE_END)
    if cut != -1:
        return cut + len(_PAGE_END) - len(begun[-width:])
    end = block.find(_PAGE_END)
    return -1 if end == -1 else end + len(_PAGE_END)


def _kept(data: bytes, name: str, namespaces: Collection[int] | None) -> Iterator[Page]:
    """The page of the ``<page>`` element *data*, where it is one of *namespaces*."""
    page = _parsed_page(data, name)
    if page is not None and (namespaces is None or page.namespace in namespaces):
        yield page
