"""What the extractor finds: dates as the text writes them, with their exact places.

A written date may lack its year (``1 January [O.S. 19 December]``) or name a day that
does not exist (``30 February``): the extractor reports what is written and the checker
judges it, so these types hold raw fields and only offer a core date where one exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
from julian_gregorian.calendar.formatting import format_iso
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.errors import InvalidDateError
from julian_gregorian.spans import Span

ItemKind = Literal["pair", "old_style", "new_style", "dual_year"]
YearSource = Literal["text", "context", "unknown", "yearly"]


@dataclass(frozen=True, slots=True)
class WrittenDate:
    """One date as written: calendar, fields, and where its year came from.

    ``year_from`` is ``"text"``, ``"context"`` (the paragraph or section gave it),
    ``"unknown"``, or ``"yearly"``: no year, the date recurring every year (a feast day
    given in today's calendars), ``year`` then being ``None``.

    ``year`` is astronomical and counted from 1 January (the modern year); when the text
    counts the year from 25 March (``February 11, 1731`` for 11 February 1732),
    ``written_year`` keeps the number as printed.
    """

    calendar: CalendarName
    year: int | None
    month: int
    day: int
    year_from: YearSource = "text"
    written_year: int | None = None

    def to_date(self) -> CalendarDate | None:
        """The core date, or ``None`` when the year is unknown or the day does not exist."""
        if self.year is None:
            return None
        cls = JulianDate if self.calendar == "julian" else GregorianDate
        try:
            return cls(self.year, self.month, self.day)
        except InvalidDateError:
            return None

    def exists(self) -> bool | None:
        """Whether the day exists in its calendar; ``None`` when that depends on the year."""
        if self.year is not None:
            return self.to_date() is not None
        if not 1 <= self.month <= 12 or self.day < 1:
            return False
        if self.month == 2 and self.day == 29:
            return None
        return self.day <= (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[self.month]

    def isoformat(self) -> str:
        """``1917-10-25``; ``--10-25`` when the year is unknown (ISO 8601:2000 style)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return format_iso(self.year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class Side:
    """The O.S. or the N.S. half of an item: one day, or an inclusive range of days.

    ``offset``/``end_offset`` delimit the text of this half inside the source (the part a
    fix would rewrite), or are ``None`` when the half is not written out as such. The
    span covers the date words of this half and nothing shared with the other half:

    - ``6 November [O.S. 24 October] 1917``: N.S. ``6 November``, O.S. ``24 October``
      (the year printed once after the bracket belongs to neither);
    - ``17 January 1706 [O.S. 6 January 1705]``: each side with its own year;
    - ``7–8 November [O.S. 25–26 October]``: the ranges ``7–8 November`` and
      ``25–26 October``;
    - ``11/23 April`` and ``7 (20) сентября``: the bare day ``11`` (or ``7``) for the
      O.S. side, ``23 April`` (or ``20``) for the N.S. side;
    - wikitext templates: the parameter holding the date (for Russian
      ``{{OldStyleDate|4|января|1915|…}}`` the day, month and year parameters together);
    - a pair joined through a footnote: each side where its date stands, one of them
      inside the footnote.

    Markers (``O.S.``, ``Old Style``, ``(Julian calendar)``), brackets and footnote marks
    are never part of a side; markup around a date (a link's brackets, ``&nbsp;`` inside
    it) is part of it where it lies between the date's words.
    """

    start: WrittenDate
    end: WrittenDate
    offset: int | None = None
    end_offset: int | None = None

    @property
    def is_range(self) -> bool:
        return self.start != self.end


@dataclass(frozen=True, slots=True)
class Item:
    """One finding of the extractor: a pair, a single marked date, or a dual year.

    Offsets index the text as given to ``extract``; ``line``/``column`` are 1-based and
    the end position is exclusive (``end_column - column == len(text)`` on one line).
    ``span`` gives these six fields as one :class:`~julian_gregorian.spans.Span`, the
    type a finding on the item has too.
    ``text`` is ``source[offset:end_offset]``: the whole shape, markers and brackets
    included; for a pair joined through a footnote, the date in the sentence and its
    reference mark. ``shape`` names how the item was written; the names are listed in
    ``docs/extraction.md`` (``bracketed``, ``parenthesised``, ``prose``, ``slash``,
    ``marked``, ``dual_year``, ``template_OldStyleDate``, ...).
    """

    kind: ItemKind
    old_style: Side | None
    new_style: Side | None
    shape: str
    text: str
    offset: int
    end_offset: int
    line: int
    column: int
    end_line: int
    end_column: int
    year_from: YearSource = "text"
    #: Where a year taken from context stands in the text (its offset), if anywhere.
    year_offset: int | None = None
    #: For ``dual_year`` items: the two years as written and read (1749/50 -> 1749, 1750).
    dual_year: tuple[int, int] | None = None

    # The six fields stay fields (not properties of a stored Span) so that making an item,
    # ``dataclasses.replace`` and ``asdict`` work as before and the extractor, which makes
    # one item per date, builds no second object for it.
    @property
    def span(self) -> Span:
        """Where the item stands: its offsets, lines and columns as one ``Span``."""
        return Span(
            self.offset, self.end_offset, self.line, self.column, self.end_line, self.end_column
        )
