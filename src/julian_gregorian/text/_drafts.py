"""Stage 4, finish: the one type every stage passes on, items in the making.

Every reader (the shortcut, shapes, templates, tables, footnotes) makes a
:class:`Draft` of what it read, with a :class:`DraftSide` per calendar keeping the fields
as read and where its year came from; the link stage adds years from the context, and
:func:`finish` turns the drafts into the public
:class:`~julian_gregorian.text.items.Item` with their lines and columns (the one place
items are built, :mod:`~julian_gregorian.text._finish.construct`). The year rules live
here because every reader needs the same ones:

- a side without a year takes its partner's, one less or one more when the two dates
  fall on either side of 1 January (``1 January [O.S. 19 December]``);
- an English O.S. date between 1 January and 24 March before 1753 may carry the year
  counted from 25 March, one less than its N.S. partner's (``February 22, 1732 [O.S.
  February 11, 1731]``): it is read as the year counted from 1 January and the printed
  number is kept as ``written_year`` (:func:`read_lady_day`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from julian_gregorian._line_breaks import Lines
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.errors import InvalidDateError
from julian_gregorian.text._finish import construct
from julian_gregorian.text._read.tokens import DateFields
from julian_gregorian.text.items import Item, ItemKind, Side, YearSource

#: The last day (month, day) of the stretch of the year a Lady-Day year differs on.
_LAST_LADY_DAY_YEAR_DAY = (3, 24)
#: The last year England counted from 25 March (the Calendar Act changed 1752 itself).
_LAST_LADY_DAY_YEAR = 1752


@dataclass(slots=True)
class DraftSide:
    calendar: CalendarName
    day: int
    month: int
    end_day: int
    end_month: int
    year: int | None = None
    written_year: int | None = None
    year_from: YearSource = "text"
    #: Whether the year is printed with this date itself (not shared or derived).
    own_year: bool = False
    offset: int | None = None
    end_offset: int | None = None

    @classmethod
    def of(
        cls, calendar: CalendarName, fields: DateFields, offset: int, end_offset: int
    ) -> DraftSide | None:
        """The side for a date token's fields, or ``None`` if they lack a day or month."""
        if fields.day is None or fields.month is None:
            return None
        return cls(
            calendar,
            fields.day,
            fields.month,
            fields.end_day or fields.day,
            fields.end_month or fields.month,
            fields.year,
            fields.written_year,
            own_year=fields.year is not None,
            offset=offset,
            end_offset=end_offset,
        )

    def partner_year(self, other: DraftSide) -> None:
        """Take the year from *other*, across 1 January if the months say so."""
        if other.year is None:
            return
        self.year = year_beside(other.year, other.month, self.month)
        self.year_from = other.year_from

    def ordinal(self) -> int | None:
        """The day count of the first day, if the year is known and the day exists."""
        if self.year is None:
            return None
        try:
            if self.calendar == "julian":
                julian.validate(self.year, self.month, self.day)
                return julian.to_ordinal(self.year, self.month, self.day)
            gregorian.validate(self.year, self.month, self.day)
            return gregorian.to_ordinal(self.year, self.month, self.day)
        except InvalidDateError:
            return None

    def side(self) -> Side:
        year = self.year
        year_from: YearSource = self.year_from
        if year is None and year_from != "yearly":
            year_from = "unknown"
        calendar = self.calendar
        start = construct.written_date(
            calendar, year, self.month, self.day, year_from, self.written_year
        )
        if self.end_day == self.day and self.end_month == self.month:
            return construct.side(start, start, self.offset, self.end_offset)
        written = self.written_year
        if year is not None and self.end_month < self.month:
            year += 1  # 30 December – 2 January
            written = None if written is None else written + 1
        end = construct.written_date(
            calendar, year, self.end_month, self.end_day, year_from, written
        )
        return construct.side(start, end, self.offset, self.end_offset)


def year_beside(year: int, month: int, other_month: int) -> int:
    """The year of a date in *other_month* written next to a date in *month* of *year*.

    Partners are at most a couple of weeks apart, so a December beside a January is in
    the year before and a January beside a December in the year after.

    >>> year_beside(1917, 1, 12), year_beside(1916, 12, 1), year_beside(1917, 11, 10)
    (1916, 1917, 1917)
    """
    if other_month - month > 6:
        return year - 1
    if month - other_month > 6:
        return year + 1
    return year


def read_lady_day(old: DraftSide, new: DraftSide) -> None:
    """Read an O.S. year counted from 25 March as the year counted from 1 January.

    Applies when both dates print their years, the O.S. one is a year less, falls
    between 1 January and 24 March and is not a December beside a January.

    >>> old = DraftSide("julian", 11, 2, 11, 2, 1731, own_year=True)
    >>> new = DraftSide("gregorian", 22, 2, 22, 2, 1732, own_year=True)
    >>> read_lady_day(old, new); (old.year, old.written_year)
    (1732, 1731)
    """
    if not (old.own_year and new.own_year) or old.year is None or new.year is None:
        return
    if old.year != new.year - 1 or old.year > _LAST_LADY_DAY_YEAR:
        return
    if (old.month, old.day) > _LAST_LADY_DAY_YEAR_DAY or new.month == 12:
        return
    if old.written_year is None:
        old.written_year = old.year
    old.year = new.year


@dataclass(slots=True)
class Draft:
    kind: ItemKind
    shape: str
    offset: int
    end_offset: int
    old: DraftSide | None = None
    new: DraftSide | None = None
    dual: tuple[int, int] | None = None
    #: Where the year taken from the context is written, if one was.
    year_offset: int | None = None
    #: A single date marked only by a calendar named before it in its sentence, further
    #: in than the sentence's start or with no year of its own: kept only where it pairs
    #: with the other calendar's date
    #: (:mod:`~julian_gregorian.text._link.sentences`), since a sentence such as "In the
    #: Old Style calendar the new year started on 25 March" names a rule, not a day.
    tentative: bool = False

    @property
    def pairs_as_single(self) -> bool:
        """Whether the draft is a single marked date that may pair with a partner of the
        other calendar: an O.S. or N.S. date, or the dual year of a date a bare N.S.
        may give only the year of (``10 January (N.S.) 1720``), which keeps its Gregorian
        day as :attr:`new`: an O.S. partner shows that day was meant, and the pair is
        read; unpaired, the item is the dual year alone."""
        kind = self.kind
        return (
            kind == "old_style"
            or kind == "new_style"
            or (kind == "dual_year" and self.new is not None)
        )

    @property
    def leader(self) -> DraftSide | None:
        """The side written first, which takes a year found in the context."""
        sides = [side for side in (self.old, self.new) if side is not None]
        if not sides:
            return None
        return min(sides, key=lambda side: -1 if side.offset is None else side.offset)

    def needs_year(self) -> bool:
        old, new = self.old, self.new
        return (old is not None and old.year is None) or (new is not None and new.year is None)

    def months(self) -> frozenset[int]:
        """The months the draft's dates are in, to find a year written with the same."""
        return frozenset(
            month
            for side in (self.old, self.new)
            if side is not None
            for month in (side.month, side.end_month)
        )

    def fits_year(self, year: int) -> bool:
        """Whether a pair's halves name one day when *year* is their context year."""
        if self.kind != "pair" or self.old is None or self.new is None:
            return False
        trial = Draft(self.kind, self.shape, self.offset, self.end_offset)
        trial.old, trial.new = replace(self.old), replace(self.new)
        trial.set_context_year(year)
        day = trial.old.ordinal()
        return day is not None and day == trial.new.ordinal()

    def set_context_year(self, year: int) -> None:
        leader = self.leader
        if leader is None:
            return
        if leader.year is None:
            leader.year = year
            leader.year_from = "context"
        for side in (self.old, self.new):
            if side is not None and side.year is None:
                side.partner_year(leader)

    def set_yearly(self) -> None:
        """Read the pair as a date recurring every year: no year, from the text or context."""
        for side in (self.old, self.new):
            if side is not None and side.year is None:
                side.year_from = "yearly"

    def finish(self, text: str, position: tuple[int, int, int, int]) -> Item:
        line, column, end_line, end_column = position
        old = None if self.old is None else self.old.side()
        # (a dual year's Gregorian day is only the reading a partner would have confirmed)
        new = None if self.new is None or self.kind == "dual_year" else self.new.side()
        year_from: YearSource = "text"
        for side in (old, new):
            if side is None:
                continue
            if side.start.year is None:
                year_from = side.start.year_from if side.start.year_from == "yearly" else "unknown"
                break
            if side.start.year_from == "context":
                year_from = "context"
        return construct.item(
            self.kind,
            old,
            new,
            self.shape,
            text[self.offset : self.end_offset],
            (self.offset, self.end_offset, line, column, end_line, end_column),
            year_from,
            self.year_offset if year_from == "context" else None,
            self.dual,
        )


def _start_of(draft: Draft) -> tuple[int, int]:
    return draft.offset, -draft.end_offset


def one_reading_each(drafts: list[Draft]) -> list[Draft]:
    """*drafts* in text order, each stretch of text read once: where readings overlap
    (overlapping windows, or a window around the shortcut's reading), the one that
    starts first stands, and of two that start together the longer."""
    drafts.sort(key=_start_of)
    kept: list[Draft] = []
    last_end = -1
    for draft in drafts:
        if draft.offset >= last_end:
            kept.append(draft)
            last_end = draft.end_offset
    return kept


def finish(text: str, drafts: list[Draft]) -> list[Item]:
    """The items of *drafts* (in text order), with their lines and columns.

    *drafts* is emptied as they are finished, so that a draft and its item are not both
    held for the whole text.
    """
    lines = Lines(text)
    items: list[Item] = []
    drafts.reverse()
    while drafts:
        draft = drafts.pop()
        items.append(draft.finish(text, lines.position(draft.offset, draft.end_offset)))
    return items
