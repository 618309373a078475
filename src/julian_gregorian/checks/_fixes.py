"""Fixes: rewrite one side of a pair from the other, in the words the article used.

A fix touches only the span of the side it rewrites (``Side.offset``/``end_offset``)
and, inside it, only the numbers and month names that change: ``[O.S. 21st Dec.]``
stays ``[O.S. 20th Dec.]``, a non-breaking space stays a non-breaking space. When the
span is not written in a way this module can reproduce exactly (a month name in another
language, a year outside the span that would have to change, a footnote inside the
span), no fix is offered rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from julian_gregorian.calendar.conversion import gregorian_to_julian, julian_to_gregorian
from julian_gregorian.calendar.formatting import format_iso
from julian_gregorian.checks._month_words import MonthWord, read_month, text_language
from julian_gregorian.checks.findings import Fix
from julian_gregorian.text._link.context import nearby_year
from julian_gregorian.text._read.normalise import (
    SHOWN_DATE_NUMBERS,
    SHOWN_DATE_TEMPLATES,
    template_end,
    template_name,
)
from julian_gregorian.text.items import Item, Side, WrittenDate

#: (year, month, day) of a day to be written.
Day = tuple[int, int, int]

_TOKEN = re.compile(
    r"(?P<iso>(?<![\d-])[+-]?[0-9]{4}-[0-9]{2}-[0-9]{2}(?!\d))"
    r"|(?P<num>[0-9]+)(?P<suffix>st|nd|rd|th)?"
    r"|(?P<word>[^\W\d_]+\.?)"
)

_SUFFIX_AFTER = re.compile(r"(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE)


def convert_side(side: Side, into: str) -> tuple[Day, Day] | None:
    """The days of *side* in the other calendar (*into*: ``julian`` or ``gregorian``)."""
    convert = julian_to_gregorian if into == "gregorian" else gregorian_to_julian
    start, end = side.start, side.end
    if start.year is None or end.year is None:
        return None
    try:
        return (
            convert(start.year, start.month, start.day),
            convert(end.year, end.month, end.day),
        )
    except ValueError:
        return None


def rewrite_side(text: str, side: Side, start: Day, end: Day) -> Fix | None:
    """A fix that makes *side* name the days *start*..*end*, or ``None`` if unsure."""
    if side.offset is None or side.end_offset is None:
        return None
    # A side can end on the digits of an ordinal ("31st/20 травня": the N.S. side is
    # "31"); the fix takes in the suffix, so that "31st" becomes "30th", not "30st".
    suffix = _SUFFIX_AFTER.match(text, side.end_offset)
    end_offset = suffix.end() if suffix and text[side.end_offset - 1].isdigit() else side.end_offset
    written = text[side.offset : end_offset]
    if written.startswith("{{"):
        replacement = rewrite_date_template(written, side.start, side.end, start, end)
    else:
        language = text_language(text, side.offset, side.end_offset)
        replacement = rewrite_words(written, side.start, side.end, start, end, language)
    if replacement is None or replacement == written:
        return None
    return Fix(side.offset, end_offset, replacement)


def names_month(text: str, side: Side) -> bool:
    """Whether the span of *side* writes a month of its own (a month word or an ISO
    date): ``12`` of ``12/25 May 1700`` does not, it takes the month its partner writes.

    >>> text = "12/25 May 1700"
    >>> day = WrittenDate("julian", 1700, 5, 12)
    >>> names_month(text, Side(day, day, 0, 2)), names_month(text, Side(day, day, 3, 14))
    (False, True)
    """
    if side.offset is None or side.end_offset is None:
        return False
    written = text[side.offset : side.end_offset]
    language = text_language(text, side.offset, side.end_offset)
    return any(
        token["iso"] or (token["word"] and read_month(token["word"], language) is not None)
        for token in _TOKEN.finditer(written)
    )


def rewrite_date_template(
    written: str, old_start: WrittenDate, old_end: WrittenDate, start: Day, end: Day
) -> str | None:
    """An infobox date template (``{{birth date|1643|01|05|df=y}}``) changed to name *start*.

    Only its year, month and day parameters change, each written as wide as before; the
    other parameters (``df=y``, the second date of ``{{death date and age}}``) stay.

    >>> old = WrittenDate("gregorian", 1643, 1, 5)
    >>> day = (1643, 1, 4)
    >>> rewrite_date_template("{{Birth date|df=y|1643|01|05}}", old, old, day, day)
    '{{Birth date|df=y|1643|01|04}}'
    """
    if old_start != old_end or start != end or template_end(written, 0) != len(written):
        return None
    if template_name(written, 0) not in SHOWN_DATE_TEMPLATES:
        return None
    found = SHOWN_DATE_NUMBERS.search(written)
    if found is None:
        return None
    numbers = [int(group) for group in found.groups()]
    if numbers != [old_start.year, old_start.month, old_start.day] or start[0] <= 0:
        return None
    edits = [
        (found.start(group), found.end(group), f"{value:0{len(found.group(group))}d}")
        for group, value in zip((1, 2, 3), start, strict=True)
    ]
    return _apply(written, edits)


def rewrite_words(
    written: str,
    old_start: WrittenDate,
    old_end: WrittenDate,
    start: Day,
    end: Day,
    language: str | None = None,
) -> str | None:
    """*written* (the words of a date or range) changed to name *start*..*end*.

    A month is written in the row of its word (:mod:`.month_words`); *language* chooses
    among languages that spell it alike.

    >>> old = WrittenDate("gregorian", 1917, 1, 2)
    >>> rewrite_words("2nd January", old, old, (1917, 1, 3), (1917, 1, 3))
    '3rd January'
    >>> rewrite_words("Dec. 31, 1916", WrittenDate("julian", 1916, 12, 31),
    ...               WrittenDate("julian", 1916, 12, 31), (1917, 1, 1), (1917, 1, 1))
    'Jan. 1, 1917'
    """
    is_range = (old_start.month, old_start.day, old_start.year) != (
        old_end.month,
        old_end.day,
        old_end.year,
    )
    if is_range != (start != end):
        return None
    edits: list[tuple[int, int, str]] = []
    isos: list[re.Match[str]] = []
    days: list[re.Match[str]] = []
    years: list[re.Match[str]] = []
    months: list[tuple[re.Match[str], MonthWord]] = []
    for token in _TOKEN.finditer(written):
        if token["iso"]:
            isos.append(token)
        elif token["num"]:
            (days if len(token["num"]) <= 2 else years).append(token)
        else:
            month = read_month(token["word"], language)
            if month is not None:
                months.append((token, month))
    olds, news = ((old_start, old_end), (start, end)) if is_range else ((old_start,), (start,))
    if isos:
        if days or years or months or len(isos) != len(olds):
            return None
        for token, old, new in zip(isos, olds, news, strict=True):
            if token.group() != old.isoformat():
                return None
            edits.append((token.start(), token.end(), format_iso(*new)))
        return _apply(written, edits)
    if [int(token["num"]) for token in days] != [old.day for old in olds]:
        return None
    for token, new in zip(days, news, strict=True):
        replacement = _day_number(token["num"], token["suffix"], new[2])
        edits.append((token.start(), token.end(), replacement))
    month_edits = _month_edits(months, olds, news)
    year_edits = _year_edits(years, olds, news)
    if month_edits is None or year_edits is None:
        return None
    return _apply(written, edits + month_edits + year_edits)


def _day_number(digits: str, suffix: str | None, day: int) -> str:
    number = f"{day:0{len(digits)}d}" if digits.startswith("0") else str(day)
    if not suffix:
        return number
    ordinal = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    if 10 <= day % 100 <= 20:
        ordinal = "th"
    return number + (ordinal.upper() if suffix.isupper() else ordinal)


def _month_edits(
    months: Sequence[tuple[re.Match[str], MonthWord]],
    olds: Sequence[WrittenDate],
    news: Sequence[Day],
) -> list[tuple[int, int, str]] | None:
    if not months:
        # The month is not in the span (shared with the other side): it must not change.
        return [] if [new[1] for new in news] == [old.month for old in olds] else None
    if len(months) == 1:
        # One month for the whole side: a day, or a range within one month.
        token, word = months[0]
        if {old.month for old in olds} != {word.month} or len({new[1] for new in news}) != 1:
            return None
        return [(token.start(), token.end(), word.write(news[0][1]))]
    if len(months) != len(olds):
        return None
    edits = []
    for (token, word), old, new in zip(months, olds, news, strict=True):
        if word.month != old.month:
            return None
        edits.append((token.start(), token.end(), word.write(new[1])))
    return edits


def _year_edits(
    years: Sequence[re.Match[str]], olds: Sequence[WrittenDate], news: Sequence[Day]
) -> list[tuple[int, int, str]] | None:
    if not years:
        # The year is outside the span (or only implied): it must not change.
        return [] if [n[0] for n in news] == [o.year for o in olds] else None
    if len(years) == 1:
        # One year for the whole side: a day, or a range within one year.
        if len({o.year for o in olds}) != 1 or len({n[0] for n in news}) != 1:
            return None
        olds, news = olds[:1], news[:1]
    elif len(years) != len(olds):
        return None
    edits = []
    for token, old, new in zip(years, olds, news, strict=True):
        shown = _written_year(old, new)
        expected = old.written_year if old.written_year is not None else old.year
        if shown is None or int(token["num"]) != expected:
            return None
        edits.append((token.start(), token.end(), str(shown)))
    return edits


def _written_year(old: WrittenDate, new: Day) -> int | None:
    """The year to print for *new*, counted as *old*'s year was (from 1 January or Lady Day)."""
    if old.year is None or new[0] <= 0:
        return None
    if old.written_year is None or old.written_year == old.year:
        return new[0]
    # A Lady Day year: keep counting from 25 March, which only 1 January–24 March shows.
    if new[1] > 3 or (new[1] == 3 and new[2] >= 25):
        return None
    return new[0] + (old.written_year - old.year)


def _apply(written: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        written = written[:start] + replacement + written[end:]
    return written


def swap_sides(text: str, old: Side, new: Side) -> Fix | None:
    """One fix that writes the O.S. side's days into the N.S. side and the other way round."""
    if None in (old.offset, old.end_offset, new.offset, new.end_offset):
        return None
    old_days = _days_of(old)
    new_days = _days_of(new)
    if old_days is None or new_days is None:
        return None
    old_fix = rewrite_side(text, old, *new_days)
    new_fix = rewrite_side(text, new, *old_days)
    if old_fix is None or new_fix is None:
        return None
    first, second = sorted((old_fix, new_fix), key=lambda fix: fix.offset)
    if first.end_offset > second.offset:
        return None
    replacement = first.replacement + text[first.end_offset : second.offset] + second.replacement
    return Fix(first.offset, second.end_offset, replacement)


def keeps_context_year(text: str, item: Item, fix: Fix, months: frozenset[int]) -> bool:
    """Whether *item*, once *fix* is applied and its dates are in *months*, takes the same
    year from its context as before.

    The look-up prefers a year written after a date of the pair's own months
    (:mod:`julian_gregorian.text._link.context`), so a fix that changes a month can make the
    pair take another year, and a second ``--fix`` would then change it again. Such a
    fix is not offered.
    """
    if item.year_from != "context":
        return True
    before = nearby_year(text, item.offset, item.end_offset, _months_of(item))
    fixed = text[: fix.offset] + fix.replacement + text[fix.end_offset :]
    grown = len(fixed) - len(text)
    return nearby_year(fixed, item.offset, item.end_offset + grown, months) == before


def _months_of(item: Item) -> frozenset[int]:
    sides = (item.old_style, item.new_style)
    return frozenset(
        month for side in sides if side is not None for month in (side.start.month, side.end.month)
    )


def _days_of(side: Side) -> tuple[Day, Day] | None:
    start, end = side.start, side.end
    if start.year is None or end.year is None:
        return None
    return (start.year, start.month, start.day), (end.year, end.month, end.day)


def apply_fixes(text: str, fixes: Sequence[Fix]) -> tuple[str, list[Fix]]:
    """*text* with *fixes* applied, and the fixes applied (overlapping ones are skipped).

    >>> apply_fixes("On 2 January [O.S. 21 December]", [Fix(3, 12, "3 January")])[0]
    'On 3 January [O.S. 21 December]'
    """
    applied: list[Fix] = []
    last_end = -1
    for fix in sorted(fixes, key=lambda fix: (fix.offset, fix.end_offset)):
        if fix.offset < last_end:
            continue
        applied.append(fix)
        last_end = fix.end_offset
    parts: list[str] = []
    position = 0
    for fix in applied:
        parts.append(text[position : fix.offset])
        parts.append(fix.replacement)
        position = fix.end_offset
    parts.append(text[position:])
    return "".join(parts), applied
