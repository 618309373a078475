"""TEI dates: Julian dates with their Gregorian value, written from items and read back.

TEI gives a date two values: ``when`` (and ``from``, ``to``, ``notBefore``,
``notAfter``) in the Gregorian calendar of ISO 8601, and ``when-custom`` (``from-custom``,
…) in the calendar its ``datingMethod`` names — ``#julian`` for Old Style::

    <date when="1917-11-07" when-custom="1917-10-25" datingMethod="#julian">25 October
    (7 November) 1917</date>

:func:`tei_date` writes an extracted item so, and :func:`julian_value_pairs` reads every
element of a TEI file that carries both values of a Julian date, with its line, for the
checker to compare. Where ``datingMethod`` is missing, a ``calendar`` attribute naming
the Julian calendar is taken for it (the practice of some editions). Styles that count
the year from another day than 1 January (``julian_annunciation``) are not Julian dates
in this sense and are left alone, as are other calendars (``#creationOfWorld``,
Islamic).

>>> from julian_gregorian import extract
>>> (item,) = extract("born 25 October (7 November) 1917")
>>> print(tei_date(item).replace(">", ">\\n", 1))
<date when="1917-11-07" when-custom="1917-10-25" datingMethod="#julian">
25 October (7 November) 1917</date>
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from xml.parsers import expat

from julian_gregorian._line_breaks import line_starts
from julian_gregorian._xml_text import escape, quoteattr
from julian_gregorian.calendar.conversion import julian_to_gregorian
from julian_gregorian.errors import ParseError
from julian_gregorian.text.items import Item, Side, WrittenDate

TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0"

#: The attributes TEI pairs: a Gregorian one and its ``-custom`` twin.
PAIRED_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")

# Year-start styles: the day is Julian, but the year is not counted from 1 January.
_YEAR_STYLES = ("annunciation", "lady", "easter", "nativity", "pisan", "florentine", "venetian")


def tei_date(item: Item) -> str:
    """The TEI ``<date>`` element of an extracted item: Gregorian ``when`` (or ``from``
    and ``to`` for a range) and, for a Julian date, its ``-custom`` twin."""
    attributes: list[tuple[str, str]] = []
    gregorian = item.new_style or _gregorian_of(item.old_style)
    if gregorian is not None:
        attributes.extend(_values(gregorian, ""))
    if item.old_style is not None:
        attributes.extend(_values(item.old_style, "-custom"))
        attributes.append(("datingMethod", "#julian"))
    shown = " ".join(f"{name}={quoteattr(value)}" for name, value in attributes)
    return f"<date {shown}>{escape(item.text)}</date>"


def tei_document(entries: Iterable[tuple[str, Item]]) -> Iterator[str]:
    """Lines of a TEI ``<div>`` holding one ``<p>`` per item (its source and place) and
    the item's ``<date>``."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<div xmlns="{TEI_NAMESPACE}" type="dates">\n'
    for source, item in entries:
        place = f"{source}:{item.line}:{item.column}"
        yield f"  <p source={quoteattr(place)}>{tei_date(item)}</p>\n"
    yield "</div>\n"


def _values(side: Side, suffix: str) -> list[tuple[str, str]]:
    start, end = side.start.isoformat(), side.end.isoformat()
    if start == end:
        return [(f"when{suffix}", start)]
    return [(f"from{suffix}", start), (f"to{suffix}", end)]


def _gregorian_of(julian: Side | None) -> Side | None:
    """The Gregorian side of a Julian one, where its year is known and its days exist."""
    if julian is None:
        return None
    start, end = _converted(julian.start), _converted(julian.end)
    if start is None or end is None:
        return None
    return Side(start, end)


def _converted(date: WrittenDate) -> WrittenDate | None:
    day = date.to_date()
    if day is None:
        return None
    year, month, number = julian_to_gregorian(day.year, day.month, day.day)
    return WrittenDate("gregorian", year, month, number)


@dataclass(frozen=True)
class JulianValuePair:
    """A TEI element's Gregorian value and the Julian ``-custom`` value beside it."""

    element: str  # local name: ``date``, ``origDate``, …
    attribute: str  # ``when``, ``from``, …
    gregorian: str
    julian: str
    line: int
    column: int
    offset: int
    end_offset: int  # the end of the start tag
    xml_id: str | None


def julian_value_pairs(text: str) -> list[JulianValuePair]:
    """Every Gregorian/Julian value pair of the elements of a TEI (XML) *text*.

    Raises ``ParseError`` for text that is not well-formed XML.
    """
    starts = line_starts(text)  # (expat counts the same lines: "\r\n", "\r" and "\n" end one)
    found: list[JulianValuePair] = []
    parser = expat.ParserCreate()

    def start(name: str, attributes: dict[str, str]) -> None:
        method = attributes.get("datingMethod") or attributes.get("calendar") or ""
        if not _is_julian(method):
            return
        line = parser.CurrentLineNumber
        # (expat counts a line's characters, as str does: one for "Ä" and one for "𝔘")
        column = parser.CurrentColumnNumber + 1
        offset = starts[line - 1] + column - 1
        tag_end = text.find(">", offset)
        for attribute in PAIRED_ATTRIBUTES:
            gregorian, julian = attributes.get(attribute), attributes.get(f"{attribute}-custom")
            if gregorian is None or julian is None:
                continue
            found.append(
                JulianValuePair(
                    name.rsplit(":", 1)[-1],
                    attribute,
                    gregorian.strip(),
                    julian.strip(),
                    line,
                    column,
                    offset,
                    tag_end + 1 if tag_end >= 0 else len(text),
                    attributes.get("xml:id"),
                )
            )

    parser.StartElementHandler = start
    try:
        parser.Parse(text, True)
    except expat.ExpatError as error:
        raise ParseError(f"not well-formed XML: {error}") from None
    return found


def _is_julian(method: str) -> bool:
    words = method.casefold()
    return "julian" in words and not any(style in words for style in _YEAR_STYLES)


__all__ = [
    "PAIRED_ATTRIBUTES",
    "TEI_NAMESPACE",
    "JulianValuePair",
    "julian_value_pairs",
    "tei_date",
    "tei_document",
]
