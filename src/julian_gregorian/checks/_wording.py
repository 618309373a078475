"""Dates in the words of the messages: ``O.S. 21 December 1916``, ``N.S. 7–8 November 1917``.

Messages follow the article's order of day and month (``November 7, 1917`` in an
article that writes month first), and its month words where a language record has them
(``O.S. 31 октября 1917`` for a Russian pair), so the repair can be read and copied as
it stands.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Literal, NamedTuple

from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.calendar.formatting import format_year
from julian_gregorian.checks._month_words import is_english_month, read_month, text_language
from julian_gregorian.languages import by_code
from julian_gregorian.text.items import Item

Order = Literal["dmy", "mdy"]


class Style(NamedTuple):
    """Day first, with the twelve month words of the text's language as it writes them."""

    order: Order
    months: tuple[str, ...]


#: How a message writes a date: the article's order, and its month words when they are
#: not English.
Wording = Order | Style
#: (year or None when unknown, month, day)
Fields = tuple["int | None", int, int]

LABELS = {"julian": "O.S.", "gregorian": "N.S."}

_FIRST_WORD = re.compile(r"[^\w]*([^\W\d_]+\.?)")


def order_of(written: str) -> Order:
    """``mdy`` when *written* starts with an English month name, else ``dmy``.

    >>> order_of("November 2, 1734"), order_of("2 November 1734"), order_of("O.S. 2 May")
    ('mdy', 'dmy', 'dmy')
    """
    match = _FIRST_WORD.match(written)
    if match is not None and is_english_month(match.group(1)):
        return "mdy"
    return "dmy"


def wording_of(written: str, language: str | None = None) -> Wording:
    """The order of :func:`order_of`, with the month words of *written*'s language when
    its first month word is not English (*language*, when known, tells a word that two
    languages spell alike, such as ``april``).

    >>> wording_of("25 октября (7 ноября) 1917").months[10]
    'ноября'
    >>> wording_of("November 2, 1734")
    'mdy'
    """
    for word in _WORDS.findall(written):
        found = read_month(word, language)
        if found is None:
            continue
        if found.language == "en":
            break
        plain = dataclasses.replace(found, punctuation="")
        return Style("dmy", tuple(plain.write(month) for month in range(1, 13)))
    return order_of(written)


_WORDS = re.compile(r"[^\W\d_]+\.?")


#: How far around a date without month words its neighbours' month words are looked for.
_REACH = 200


def wording_at(text: str, start: int, end: int) -> Wording:
    """The wording of the date written at ``text[start:end]``: :func:`wording_of` told
    the language of the text around it, or, when the date has no month word of its own
    (``25.10.1917``), the month words of the first month word around it, else of the
    language of the words around it.

    >>> text = "Он родился 25.10.1917 (7 ноября по новому стилю)"
    >>> wording_at(text, 11, 21).months[9]
    'октября'
    >>> wording_at("In 1917 the calendars were 13 days apart.", 0, 7)
    'dmy'
    """
    language = text_language(text, start, end)
    wording = wording_of(text[start:end], language)
    if isinstance(wording, Style) or _WORDS.search(text, start, end) is not None:
        return wording
    around = wording_of(text[max(0, start - _REACH) : end + _REACH], language)
    if isinstance(around, Style):
        return Style("dmy", around.months)
    if language is not None and language != "en":
        return Style("dmy", by_code(language).months[0])  # "30.02.1920 (ст. ст.)"
    return wording


def item_wording(text: str, item: Item) -> Wording:
    """The wording of *item*'s dates in *text*: that of its N.S. side (else its O.S.
    side, else the whole item) as written."""
    side = item.new_style or item.old_style
    if side is not None and side.offset is not None and side.end_offset is not None:
        return wording_at(text, side.offset, side.end_offset)
    return wording_at(text, item.offset, item.end_offset)


def _unpack(wording: Wording) -> tuple[Order, tuple[str, ...]]:
    if isinstance(wording, Style):
        return wording.order, wording.months
    return wording, MONTH_NAMES


def month_names(wording: Wording) -> tuple[str, ...]:
    """The twelve month words *wording* writes, January first."""
    return _unpack(wording)[1]


def day_words(fields: Fields, order: Wording = "dmy") -> str:
    """``21 December 1916``; ``December 21, 1916``; ``21 December`` when the year is unknown."""
    year, month, day = fields
    order, names = _unpack(order)
    name = names[month - 1] if 1 <= month <= 12 else f"month {month}"
    if order == "mdy":
        text = f"{name} {day}"
        return text if year is None else f"{text}, {format_year(year)}"
    text = f"{day} {name}"
    return text if year is None else f"{text} {format_year(year)}"


def span_words(start: Fields, end: Fields, order: Wording = "dmy") -> str:
    """A day or a range, with the parts the two ends share written once.

    >>> span_words((1917, 10, 25), (1917, 10, 26))
    '25–26 October 1917'
    >>> span_words((1917, 10, 30), (1917, 11, 2), "mdy")
    'October 30 – November 2, 1917'
    >>> span_words((1916, 12, 30), (1917, 1, 2))
    '30 December 1916 – 2 January 1917'
    """
    if start == end:
        return day_words(start, order)
    (year, month, day), (end_year, end_month, end_day) = start, end
    if year != end_year:
        return f"{day_words(start, order)} – {day_words(end, order)}"
    wording = order
    order, names = _unpack(order)
    tail = ""
    if year is not None:
        tail = f", {format_year(year)}" if order == "mdy" else f" {format_year(year)}"
    if month == end_month:
        name = names[month - 1]
        if order == "mdy":
            return f"{name} {day}–{end_day}{tail}"
        return f"{day}–{end_day} {name}{tail}"
    first = day_words((None, month, day), wording)
    second = day_words((None, end_month, end_day), wording)
    return f"{first} – {second}{tail}"


def labelled(calendar: str, start: Fields, end: Fields, order: Wording = "dmy") -> str:
    """``O.S. 25–26 October 1917`` (calendar ``julian``) or ``N.S. ...`` (``gregorian``)."""
    return f"{LABELS[calendar]} {span_words(start, end, order)}"


def days(count: int) -> str:
    """``1 day``, ``12 days``."""
    return f"{count} day" if abs(count) == 1 else f"{count} days"
