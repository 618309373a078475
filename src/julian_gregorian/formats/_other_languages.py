"""One date written in a language other than English, for :func:`parse_human_date`.

A date with an O.S. or N.S. marker of any language the extractor reads is read by the
extractor (``25 октября 1917 года по ст. ст.``, ``3. März 1700 a. St.``), which also
recognises an O.S./N.S. pair (``7 ноября (25 октября) 1917``): two dates, not one. A
date without a marker is read day first, with the month words, ordinal suffixes, links,
year words and eras of the language records (:mod:`julian_gregorian.languages`):
``25 октября 1917 г.``, ``3. März 1700``, ``1er janvier 1700``, ``5 de marzo de 1700``,
``15 marca 1700 r.``, ``10. Oktober 44 v. Chr.``. Either may have a dual year
(``11 февраля 1731/32``), kept as such: its year as written is the first number.

>>> unmarked_date("25 октября 1917 г.")
(1917, 10, 25, None)
>>> unmarked_date("10. Oktober 44 v. Chr.")
(-43, 10, 10, None)
>>> unmarked_date("25.10.1917"), unmarked_date("25 X 1917")
((1917, 10, 25, None), (1917, 10, 25, None))
>>> marked_date("25 октября 1917 года по ст. ст.")
(1917, 10, 25, 'julian', None)
>>> marked_date("11. Februar 1731/32 a. St.")
(1731, 2, 11, 'julian', DualYear(first=1731, second=1732, digits=2))
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.calendar.eras import from_historical
from julian_gregorian.calendar.formatting import format_date
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.errors import ParseError
from julian_gregorian.places.dual_years import DualYear, parse_dual_year

#: A dual year as the extractor's items may hold it (``1731/32``, ``1731⁄2``).
_DUAL_YEAR = re.compile(r"\d+[/\u2044]\d+")


def _alternatives(words: Iterable[str]) -> str:
    """A pattern of *words*, longest first, their spaces any run of spaces."""
    unique = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in unique)


def other_month_number(word: str) -> int | None:
    """The number of the month *word* names in any language (any case, a full stop
    after it or not), or ``None``.

    >>> other_month_number("Oktober"), other_month_number("Novembr")
    (10, None)
    """
    from julian_gregorian.languages import month_words  # (loaded for such a date only)

    key = word.rstrip(".").lower()
    found = month_words().get(key)
    if found is None and key in _ROMAN_MONTHS:  # (25 X 1917, as Polish and Lithuanian write)
        return _ROMAN_MONTHS.index(key) + 1
    return None if found is None else found[0]


_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _month_of(match: re.Match[str]) -> int | None:
    """The month of a day-first date: its word's, or its number's (``25.10.1917``)."""
    if match["number"] is not None:
        number = int(match["number"])
        return number if 1 <= number <= 12 else None
    return other_month_number(match["month"])


@functools.cache
def _day_first() -> re.Pattern[str]:
    from julian_gregorian.languages import LANGUAGES

    def words(field: str) -> list[str]:
        return [word for language in LANGUAGES for word in getattr(language, field)]

    bc, ad = _alternatives(words("bc_eras")), _alternatives(words("ad_eras"))
    return re.compile(
        rf"(?P<day>\d{{1,2}})(?:\.|(?P<suffix>{_alternatives(words('ordinal_suffixes'))}))?\s*"
        rf"(?:(?:{_alternatives(words('month_links'))})\s+)?"
        r"(?:(?P<month>\d?[^\s\d.,]+)\.?,?\s+|(?P<number>\d{1,2})\.\s*)"
        rf"(?:(?:{_alternatives(words('year_links'))})\s+)?"
        r"(?P<year>\d+(?:[/\u2044]\d+)?)"
        rf"(?:\s*(?:(?P<bc>{bc})|(?:{ad})))?"
        rf"(?:\s*(?:{_alternatives(words('year_words'))}))?\.?",
        re.IGNORECASE,
    )


def unmarked_date(text: str) -> tuple[int, int, int, DualYear | None] | None:
    """The astronomical year (a dual year's first), month, day and dual year of *text*
    written day first in any language, or ``None`` when it is not such a date."""
    match = _day_first().fullmatch(text.strip())
    if match is None:
        return None
    month = _month_of(match)
    if month is None:
        return None
    suffix, word = match["suffix"], match["month"]
    if suffix is not None and word is not None and not _one_language(suffix, word):
        raise ParseError(
            f"{text!r}: {match['suffix']!r} after the day is no ending of the language of "
            f"{match['month']!r} (write the day as {match['day']!r})"
        )
    dual = None
    if _DUAL_YEAR.fullmatch(match["year"]):
        if match["bc"] is not None:
            raise ParseError(f"{text!r}: a dual year cannot carry an era ({match['bc']})")
        dual = parse_dual_year(match["year"])
        year = dual.first
    else:
        year = int(match["year"])
    if match["bc"] is not None:
        year = from_historical(year, "BC")
    elif year == 0:
        raise ParseError(f"{text!r}: there is no year 0 in historical numbering")
    return year, month, int(match["day"]), dual


def _one_language(suffix: str, month: str) -> bool:
    """Whether one language writes both the day's ending *suffix* and the month *month*."""
    from julian_gregorian.languages import LANGUAGES

    word = month.rstrip(".").lower()
    return any(
        suffix.lower() in (ending.lower() for ending in language.ordinal_suffixes)
        and word in language.month_forms()
        for language in LANGUAGES
    )


def unread_words(text: str) -> tuple[str, str] | None:
    """A day-first date of any language that *text* begins with, and the words after it
    that are read as none of its parts, or ``None`` when it begins with no such date.

    >>> unread_words("5 мая 44 до н. э.")
    ('5 мая 44', 'до н. э.')
    """
    stripped = text.strip()
    match = _day_first().match(stripped)
    if match is None or _month_of(match) is None:
        return None
    tail = stripped[match.end() :].strip()
    return (match.group().strip(), tail) if tail else None


def marked_date(text: str) -> tuple[int, int, int, CalendarName, DualYear | None] | None:
    """The year as written (a dual year's first), month, day, calendar and dual year of
    one date with an O.S. or N.S. marker in any language the extractor reads, or
    ``None``; ``ParseError`` when *text* is an O.S./N.S. pair or a range."""
    from julian_gregorian.text import extract  # (the extractor loads on first use)

    items = extract(text)
    if len(items) != 1:
        return None
    (item,) = items
    if item.kind == "pair":  # (whatever else the text holds, it is not one date)
        halves = [
            f"{label} {_shown(half.start.year, half.start.month, half.start.day)}"
            for label, half in (("O.S.", item.old_style), ("N.S.", item.new_style))
            if half is not None
        ]
        raise ParseError(
            f"{text!r} is an O.S./N.S. pair ({' and '.join(halves)}), two dates of one "
            "day: convert one of them, or check the pair with `julian-gregorian check`"
        )
    side = item.old_style or item.new_style
    left_over = text[: item.offset] + text[item.end_offset :]
    if item.kind not in ("old_style", "new_style") or side is None:
        return None
    if any(character.isalnum() for character in left_over):  # (words or numbers besides)
        return None
    date = side.start
    if side.end != date:
        raise ParseError(f"{text!r} is a range of days: convert one day")
    if date.year is None or date.year_from != "text":
        raise ParseError(f"{text!r} has no year")
    written = date.written_year if date.written_year is not None else date.year
    return (
        written,
        date.month,
        date.day,
        date.calendar,
        _dual_of(text[item.offset : item.end_offset], written),
    )


def _dual_of(written_text: str, written_year: int) -> DualYear | None:
    """The dual year of a date the extractor read, whose year as written is
    *written_year*: the extractor keeps only its two years (a dual year is a Lady Day
    year, which ``parse_date`` reads from the dual year itself)."""
    found = _DUAL_YEAR.search(written_text)
    if found is None:
        return None
    dual = parse_dual_year(found.group())
    return dual if dual.first == written_year else None


def _shown(year: int | None, month: int, day: int) -> str:
    return format_date(year, month, day) if year is not None else f"{day} {MONTH_NAMES[month - 1]}"


__all__ = [
    "marked_date",
    "other_month_number",
    "unmarked_date",
    "unread_words",
]
