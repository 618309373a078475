"""GEDCOM files as lines and records: each DATE with its record, line, place and version.

A GEDCOM file is a tree of lines ``<level> [@xref@] <tag> [<payload>]``; a record starts
at level 0. The checker needs, for each ``DATE`` line, the value, where it stands (line,
offsets of the payload in the text, record id), and the place of its event: the
``PLAC`` beside it, or the country of the event's address (``ADDR`` > ``CTRY``). The
version comes from the header (``HEAD`` > ``GEDC`` > ``VERS``): 7.x is GEDCOM 7, anything
else (5.5, 5.5.1, none) is read as 5.5.1.

>>> text = "0 HEAD\\n1 GEDC\\n2 VERS 7.0\\n0 @I1@ INDI\\n1 BIRT\\n2 DATE JULIAN 1 MAR 1700\\n"
>>> text += "2 PLAC Moscow, Russia\\n0 TRLR\\n"
>>> gedcom = read_gedcom(text)
>>> gedcom.version, [(d.record, d.line, d.value, d.place) for d in gedcom.dates]
('7', [('@I1@', 6, 'JULIAN 1 MAR 1700', 'Moscow, Russia')])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from julian_gregorian.errors import ParseError
from julian_gregorian.formats.gedcom import GedcomVersion

_LINES = re.compile(r"([^\r\n]*)(\r\n|\r|\n|)")
_LINE = re.compile(r"[ \t]*(\d+)[ \t]+(?:(@[^@\s]+@)[ \t]+)?([A-Za-z0-9_]+)(?:[ \t](.*))?")


@dataclass(frozen=True)
class GedcomLine:
    """One line of the file: its number (1-based), level, xref, tag and payload."""

    number: int
    level: int
    xref: str | None
    tag: str
    payload: str
    #: Offset of the line's first character in the whole text.
    start: int
    #: Offsets of the payload in the whole text (end exclusive).
    offset: int
    end_offset: int
    parent: int | None  # index of the parent line in GedcomFile.lines


@dataclass(frozen=True)
class GedcomDateLine:
    """A ``DATE`` line with what the checker needs around it."""

    line: int
    column: int
    offset: int
    end_offset: int
    value: str
    level: int
    record: str | None  # the xref of the level-0 record, such as ``@I1@``
    path: str  # the tags from the record down: ``INDI.BIRT.DATE``
    place: str | None  # the event's PLAC, and its ADDR > CTRY if the PLAC lacks it
    #: The DATE has a PHRASE substructure already (GEDCOM 7 allows one).
    has_phrase: bool = False


@dataclass(frozen=True)
class GedcomFile:
    version: GedcomVersion
    lines: tuple[GedcomLine, ...]
    dates: tuple[GedcomDateLine, ...]
    newline: str


def read_gedcom(text: str) -> GedcomFile:
    """The lines, version and DATE lines of a GEDCOM file's text.

    Raises ``ParseError`` for text that is not GEDCOM (no ``0 HEAD`` first, or a line
    that is not ``<level> [@xref@] <tag> [<payload>]``).
    """
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text and "\n" not in text else "\n")
    lines: list[GedcomLine] = []
    stack: list[int] = []  # indices of the open lines, one per level
    for number, found in enumerate(_LINES.finditer(text), start=1):
        raw, start = found[1], found.start()
        if not raw.strip():
            if not found[2]:
                break
            continue
        match = _LINE.fullmatch(raw.lstrip("\ufeff") if number == 1 else raw)
        if match is None:
            raise ParseError(
                f"line {number} is not a GEDCOM line (<level> <tag> [<value>]): {raw!r}"
            )
        level = int(match[1])
        if not lines and (level != 0 or match[3].upper() != "HEAD"):
            raise ParseError("not a GEDCOM file: it does not start with 0 HEAD")
        del stack[level:]
        payload = match[4] or ""
        payload_start = start + (match.start(4) if match[4] is not None else len(raw))
        lines.append(
            GedcomLine(
                number,
                level,
                match[2],
                match[3].upper(),
                payload,
                start,
                payload_start,
                payload_start + len(payload),
                stack[-1] if stack else None,
            )
        )
        stack.append(len(lines) - 1)
        if not found[2]:
            break
    if not lines:
        raise ParseError("not a GEDCOM file: it is empty")
    version = _version(lines)
    dates = tuple(
        _date_line(lines, index) for index, line in enumerate(lines) if line.tag == "DATE"
    )
    return GedcomFile(version, tuple(lines), dates, newline)


def _version(lines: list[GedcomLine]) -> GedcomVersion:
    for index, line in enumerate(lines):
        if line.tag == "VERS" and line.parent is not None:
            gedc = lines[line.parent]
            if gedc.tag == "GEDC" and gedc.parent is not None and lines[gedc.parent].tag == "HEAD":
                return "7" if line.payload.strip().startswith("7") else "5.5.1"
        if index and line.level == 0:
            break
    return "5.5.1"


def _children(lines: list[GedcomLine], index: int) -> list[int]:
    found = []
    level = lines[index].level
    for position in range(index + 1, len(lines)):
        if lines[position].level <= level:
            break
        if lines[position].parent == index:
            found.append(position)
    return found


def _date_line(lines: list[GedcomLine], index: int) -> GedcomDateLine:
    line = lines[index]
    tags = [line.tag]
    record: str | None = None
    parent = line.parent
    while parent is not None:
        tags.append(lines[parent].tag)
        if lines[parent].level == 0:
            record = lines[parent].xref
        parent = lines[parent].parent
    place = None
    if line.parent is not None:
        place = _place_of(lines, line.parent)
    column = line.offset - line.start + 1
    return GedcomDateLine(
        line.number,
        column,
        line.offset,
        line.end_offset,
        line.payload,
        line.level,
        record,
        ".".join(reversed(tags)),
        place,
        any(lines[child].tag == "PHRASE" for child in _children(lines, index)),
    )


def _place_of(lines: list[GedcomLine], event: int) -> str | None:
    """The event's PLAC, with its address's country after it when the PLAC lacks one."""
    place = country = None
    for child in _children(lines, event):
        if lines[child].tag == "PLAC" and lines[child].payload.strip():
            place = lines[child].payload.strip()
        if lines[child].tag == "ADDR":
            for part in _children(lines, child):
                if lines[part].tag == "CTRY" and lines[part].payload.strip():
                    country = lines[part].payload.strip()
    if place is None or country is None or place.endswith(country):
        return place or country
    return f"{place}, {country}"


__all__ = [
    "GedcomDateLine",
    "GedcomFile",
    "GedcomLine",
    "read_gedcom",
]
