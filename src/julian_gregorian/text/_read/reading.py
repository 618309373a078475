"""Stage 2, read: a matched shape, which date is O.S., which N.S., and their complete
fields.

Markers decide the calendars: a marked date is in its marker's calendar and its
unmarked partner in the other. Where neither is marked (``11/23 April``, ``25 октября
(7 ноября)``) the two dates must lie as far apart as the calendars do (9 to 14 days)
and the earlier one is the Old Style date. Dates joined only by words or a slash must
lie as far apart as the calendars were in their year, give or take a day
(:func:`plausible`; where each prints its own year, be one day counted in the two
calendars, not merely months and days that far apart: ``12 May 1700 / 23 May 1701`` is
two days), or, unmarked and written O.S. first, as far apart as they were in
another era from 1582 to 2099, the O.S. date before 1923 (:func:`another_era`). A
reading that fails these tests is rejected and the extractor tries the next shape.

Shared parts are completed from the partner: the month of a bare day (``7 (20)
сентября``), the year printed once after a pair, the year of a side without one.
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import replace
from typing import Literal, NamedTuple

from julian_gregorian.calendar.conversion import julian_to_gregorian
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.calendar.offset import offset_for_julian, offset_for_ordinal
from julian_gregorian.errors import InvalidDateError
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.places._reforms import DUAL_DATING_YEARS, REFORMS
from julian_gregorian.text._drafts import Draft, DraftSide, read_lady_day, year_beside
from julian_gregorian.text._read.counts import counts, may_count
from julian_gregorian.text._read.normalise import Window
from julian_gregorian.text._read.shapes import Found
from julian_gregorian.text._read.tokens import Token
from julian_gregorian.text._vocabulary.lexicon import LanguageCode

#: Days from O.S. to N.S. that an unmarked pair may show (10 to 13 since 1582, ±1).
_UNMARKED_GAPS = range(9, 15)
#: How far (days) dates joined only by words may be from the calendars' distance.
_SLACK = 1
#: The days the calendars were apart in the eras from the first reform to 2099.
_ERA_OFFSETS = range(10, 14)
#: How far the days of an explained bracket's date (:func:`_explained`) may lie from the
#: calendars' distance and still be its partner, mistaken: today's 13 days written for
#: the 17th century's 10 is 3 off.
_MISTAKE = 3
_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_OTHER: dict[CalendarName, CalendarName] = {"julian": "gregorian", "gregorian": "julian"}
Marks = Literal["julian", "gregorian", "both"] | None

_MARKED_PAIR_SHAPES = frozenset(("bracketed", "parenthesised", "parenthesised_before"))


class _Date(NamedTuple):
    """A date role as read from its tokens (months may still be missing)."""

    day: int
    month: int | None
    end_day: int
    end_month: int | None
    year: int | None
    written_year: int | None
    start: int
    end: int
    #: The language whose month word the date's last token holds.
    language: LanguageCode


def gap(old_month: int, old_day: int, new_month: int, new_day: int) -> int:
    """Days from an O.S. (month, day) to an N.S. one, across 1 January if closer so.

    >>> gap(10, 25, 11, 7), gap(12, 19, 1, 1), gap(11, 7, 10, 25)
    (13, 13, -13)
    """
    if not (1 <= old_month <= 12 and 1 <= new_month <= 12):
        return 0
    days = (_BEFORE_MONTH[new_month - 1] + new_day) - (_BEFORE_MONTH[old_month - 1] + old_day)
    if days > 182:
        days -= 365
    elif days < -182:
        days += 365
    return days


def plausible(old: DraftSide, new: DraftSide) -> bool:
    """Whether two dates joined only by words (or a slash) can be one day in both calendars.

    With the year known, they must lie as far apart as the calendars were then, give or
    take a slip of one day (which the checker reports); without it, 8 to 15 days. Where
    each prints its own year the days are counted in the two calendars
    (:func:`days_apart`), so that two dates a year apart are two days, however close
    their months and days (``12 May 1700 / 23 May 1701``).

    >>> old = DraftSide("julian", 3, 4, 3, 4, 1917)
    >>> plausible(old, DraftSide("gregorian", 16, 4, 16, 4, 1917))
    True
    >>> plausible(old, DraftSide("gregorian", 24, 4, 24, 4, 1917))
    False
    >>> old = DraftSide("julian", 12, 5, 12, 5, 1700, own_year=True)
    >>> plausible(old, DraftSide("gregorian", 23, 5, 23, 5, 1701, own_year=True))
    False
    """
    days = days_apart(old, new)
    if days is not None:
        return abs(days) <= _SLACK
    if old.year is not None:
        slip = slip_of(old, new, old.year)
        if slip is not None:
            return slip
    return 8 <= gap(old.month, old.day, new.month, new.day) <= 15


def days_apart(old: DraftSide, new: DraftSide) -> int | None:
    """Days from the day *old* is to the day *new* is, each counted in its calendar (0
    for one day written in both), where both print a year of their own
    (:func:`_own_years`); ``None`` where one takes its year from its partner or the
    context (the months then say which year it is: :func:`gap`) or names no day of its
    calendar (``29 February 1700`` N.S.). The O.S. year counted from 25 March is read as
    the 1 January year by then (:func:`~julian_gregorian.text._drafts.read_lady_day`).

    >>> old = DraftSide("julian", 21, 12, 21, 12, 1916, own_year=True)
    >>> days_apart(old, DraftSide("gregorian", 3, 1, 3, 1, 1917, own_year=True))
    0
    >>> old = DraftSide("julian", 12, 5, 12, 5, 1700, own_year=True)
    >>> days_apart(old, DraftSide("gregorian", 23, 5, 23, 5, 1701, own_year=True))
    365
    """
    if not _own_years(old, new):
        return None
    old_day, new_day = old.ordinal(), new.ordinal()
    if old_day is None or new_day is None:
        return None
    return new_day - old_day


def _own_years(old: DraftSide, new: DraftSide) -> bool:
    """Whether both dates print a year of their own that tells their day: not one year
    written on both sides of 1 January (``10 January 1720 (30 December 1720 O.S.)``),
    the commonest slip of a pair across the new year, which the checker reports; the
    months say there which year each is, as for a year printed once.

    >>> old = DraftSide("julian", 30, 12, 30, 12, 1720, own_year=True)
    >>> _own_years(old, DraftSide("gregorian", 10, 1, 10, 1, 1720, own_year=True))
    False
    >>> _own_years(old, DraftSide("gregorian", 10, 1, 10, 1, 1721, own_year=True))
    True
    """
    if not (old.own_year and new.own_year) or old.year is None:
        return False
    return not _year_kept_across(old, new)


def _year_kept_across(old: DraftSide, new: DraftSide) -> bool:
    """Whether *old* and *new* print one year on both sides of 1 January (``21 December
    1916 / 3 January 1916``), each its own.

    >>> old = DraftSide("julian", 20, 12, 20, 12, 1699, own_year=True)
    >>> _year_kept_across(old, DraftSide("gregorian", 2, 1, 2, 1, 1699, own_year=True))
    True
    """
    if not (old.own_year and new.own_year) or old.year is None:
        return False
    return new.year == old.year != year_beside(old.year, old.month, new.month)


def slip_of(old: DraftSide, new: DraftSide, year: int) -> bool | None:
    """Whether *old* and *new* lie as far apart as the calendars were in *year* on the
    O.S. day, give or take a day's slip; ``None`` where *year* has no such day.

    >>> slip_of(DraftSide("julian", 25, 10, 25, 10), DraftSide("gregorian", 7, 11, 7, 11), 1812)
    True
    """
    try:
        offset = offset_for_julian(year, old.month, old.day)
    except InvalidDateError:
        return None
    return abs(gap(old.month, old.day, new.month, new.day) - offset) <= _SLACK


def another_era(old: DraftSide, new: DraftSide) -> bool:
    """Whether two dates lie as far apart as the calendars were in some era from the
    first reform to 2099 (:data:`_ERA_OFFSETS`), the O.S. date from the first reform to
    the last (15 February 1923 O.S.): an unmarked pair written with another era's offset
    (``12/25 May 1700``: today's 13 days for 1700's 11), the commonest mistake of such
    pairs, which the checker reports. The days are counted as the checker counts them,
    each in its calendar, so that a pair a year apart (``12 May 1700 / 25 May 1701``) is
    none. Before the first reform no text wrote a day in two calendars (the 9 days of
    1492 are the proleptic count's); after the last, only church calendars count O.S.
    days, with today's 13, and two days 10 or 11 apart are two days (``1/11 June 2024``,
    a festival's first and last): a pair there keeps to its own year's offset, give or
    take a day (:func:`plausible`), as from 1 March 2100 (O.S.), when the calendars are
    14 days apart.

    >>> old = DraftSide("julian", 12, 5, 12, 5, 1700)
    >>> another_era(old, DraftSide("gregorian", 25, 5, 25, 5, 1700))
    True
    >>> another_era(old, DraftSide("gregorian", 26, 5, 26, 5, 1700))
    False
    >>> another_era(DraftSide("julian", 12, 5, 12, 5, 1500), DraftSide("gregorian", 25, 5, 25, 5))
    False
    >>> festival = DraftSide("julian", 1, 6, 1, 6, 2024)
    >>> another_era(festival, DraftSide("gregorian", 11, 6, 11, 6, 2024))
    False

    The N.S. date is counted as the writer counted it (:func:`_written_day`), so that
    one year kept across 1 January (``20 December 1699 / 2 January 1699``) and a 29
    February the Gregorian calendar lacks (``17/29 February 1700``) are read too, for
    the checker to report (JG101, JG103).

    >>> leap = DraftSide("gregorian", 29, 2, 29, 2, 1700)
    >>> another_era(DraftSide("julian", 17, 2, 17, 2, 1700), leap)
    True
    """
    old_day, new_day = old.ordinal(), _written_day(old, new)
    if old_day is None or new_day is None:
        return False
    if not _FIRST_REFORM_DAY <= old_day <= _LAST_CIVIL_JULIAN_DAY:
        return False
    offset = offset_for_ordinal(old_day)
    return offset in _ERA_OFFSETS and new_day - old_day + offset in _ERA_OFFSETS


def _written_day(old: DraftSide, new: DraftSide) -> int | None:
    """The day count of the N.S. date *new* as its writer counted on from *old*: in the
    year the months say where one year is printed on both sides of 1 January
    (``20 December 1699 / 2 January 1699``: 2 January 1700, as :func:`plausible`
    counts such a slip), and a 29 February of a year the Gregorian calendar gives none
    but the Julian does (1700, 1800, 1900) as the day after 28 February, the day a
    writer counting on through the Julian leap day reached (``17/29 February 1700``;
    the checker reports the day missing, JG103). ``None`` where the day exists in
    neither count (30 February).

    >>> old = DraftSide("julian", 20, 12, 20, 12, 1699, own_year=True)
    >>> new = DraftSide("gregorian", 2, 1, 2, 1, 1699, own_year=True)
    >>> _written_day(old, new) == DraftSide("gregorian", 2, 1, 2, 1, 1700).ordinal()
    True
    >>> leap = DraftSide("gregorian", 29, 2, 29, 2, 1700)
    >>> _written_day(old, leap) == DraftSide("gregorian", 1, 3, 1, 3, 1700).ordinal()
    True
    """
    if _year_kept_across(old, new) and old.year is not None:
        new = replace(new, year=year_beside(old.year, old.month, new.month))
    if (new.month, new.day) == (2, 29) and new.year is not None and new.year % 4 == 0:
        day = replace(new, day=28).ordinal()
        return None if day is None else day + 1
    return new.ordinal()


def _could_partner(old: DraftSide, new: DraftSide) -> bool:
    """Whether two dates can be one day in both calendars, even mistaken: the N.S. one
    as far after the O.S. one as the calendars were apart then (10 to 13 days without
    the year), give or take :data:`_MISTAKE` days (``10 July 1709 (in the Julian
    calendar, then still used in Russia, 27 June)`` is an error, the checker's to
    report; ``11 February 1731 (O.S., the year then beginning on 25 March)``, 42 days,
    is no partner, nor is an O.S. date after the N.S. one, ``5 мая 1700 года (по ст.
    ст., по другим данным — 18 мая)``: another source's date). Months and days are
    compared, not years: the bracket says the two are one day, so a year written wrong
    on one side (``10 July 1709 (… Julian calendar …, 27 June 1708)``) is the checker's
    to report, not another day.

    >>> old = DraftSide("julian", 27, 6, 27, 6, 1709)
    >>> _could_partner(old, DraftSide("gregorian", 10, 7, 10, 7, 1709))
    True
    >>> lady_day = DraftSide("julian", 25, 3, 25, 3, 1731)
    >>> _could_partner(lady_day, DraftSide("gregorian", 11, 2, 11, 2, 1731))
    False
    """
    days = gap(old.month, old.day, new.month, new.day)
    low, high = 10, 13
    if old.year is not None:
        with contextlib.suppress(InvalidDateError):
            low = high = offset_for_julian(old.year, old.month, old.day)
    return low - _MISTAKE <= days <= high + _MISTAKE


def _date(tokens: list[Token], span: tuple[int, int]) -> _Date | None:
    first, last = tokens[span[0]], tokens[span[1] - 1]
    head, tail = first.fields, last.fields
    if head is None or tail is None or head.day is None or tail.end_day is None:
        return None
    return _Date(
        head.day,
        head.month,
        tail.end_day,
        tail.end_month,
        tail.year,
        tail.written_year,
        first.start,
        last.end,
        tail.language,
    )


#: A word that is a day alone: one or two digits and the space after them.
_DAY_WORD = re.compile(r"(0?[1-9]|[12][0-9]|3[01])\s*")


def _day_word(word: Token, window: Window) -> _Date | None:
    """The day a word of digits alone is (``22`` of ``(22 по новому стилю)``), its month
    still missing, or ``None`` when the word is anything else."""
    found = _DAY_WORD.fullmatch(window.text, word.start, word.end)
    if found is None:
        return None
    day = int(found.group(1))
    return _Date(day, None, day, None, None, None, word.start, found.end(1), "en")


def _calendar(codes: str, span: tuple[int, int] | None) -> Marks:
    """The calendar the markers in *span* name: ``None`` if none, ``"both"`` if both."""
    if span is None:
        return None
    markers = codes[span[0] : span[1]]
    old, new = "O" in markers, "N" in markers
    if old and new:
        return "both"
    return "julian" if old else "gregorian" if new else None


def _year_token(tokens: list[Token], roles: dict[str, tuple[int, int]], role: str) -> int | None:
    span = roles.get(role)
    return None if span is None else _token_year(tokens[span[0]])


def _token_year(token: Token) -> int | None:
    return None if token.fields is None else token.fields.year


def read(found: Found, codes: str, tokens: list[Token], window: Window) -> Draft | None:
    """The draft item of *found*, or ``None`` when its reading fails the tests above."""
    roles = found.roles
    name = found.name
    glued = _glued(tokens, found)
    if glued and "b" not in roles:
        return None  # a glued day is read only in a pair (DateFields.glued)
    # (Where the reading stands in the text is worked out once the shape's own tests
    # begin, for most shapes once it is accepted: a window of dates fails a reading at
    # most of them, which then costs only the tests.)
    if name == "bracketed_year":
        return _year_pair(found, codes, tokens, *_offsets(found, tokens, window))
    if name == "numeric" or name == "parenthesised_days":
        offset, end_offset = _offsets(found, tokens, window)
        return _one_token_pair(
            name, tokens[roles.get("p", roles.get("q", (0, 0)))[0]], window, offset, end_offset
        )
    a = _date(tokens, roles["a"] if "a" in roles else roles["an"])
    if a is None:
        return None
    calendar_a = _merge(_calendar(codes, roles.get("am")), _calendar(codes, roles.get("ap")))
    if "b" not in roles and "bd" not in roles:
        if (
            calendar_a is None
            or calendar_a == "both"
            or _lost_date(codes, tokens, roles, window)
            or _bracketed_abbreviation(roles, tokens, window)
        ):
            return None
        offset, end_offset = _offsets(found, tokens, window)
        year = _year_token(tokens, roles, "ay")
        own_year = a.year if a.year is not None else year
        after = None if own_year is not None else _year_after_marker(codes, roles)
        if after is not None:
            own_year = _token_year(tokens[after])
        side = _side(calendar_a, a, window)
        if (
            calendar_a == "gregorian"
            and own_year is not None
            and _new_style_year_only(a, own_year, codes, tokens, roles, window)
            and not _may_count(_apart_year(a, roles, after), tokens, window, a.language)
        ):
            if after is not None:  # the item holds the year it reads
                end_offset = window.span(tokens[after].start, tokens[after].end)[1]
            side.year, side.own_year = own_year, True
            # (its Gregorian day kept for an O.S. partner to confirm: Draft.pairs_as_single)
            return Draft(
                "dual_year",
                "new_style_year",
                offset,
                end_offset,
                new=side,
                dual=(own_year - 1, own_year),
            )
        if (
            year is not None
            and side.year is None
            and not _counts(_apart_year(a, roles, None), tokens, window)
        ):
            side.year, side.own_year = year, True
        if calendar_a == "julian":
            return Draft("old_style", name, offset, end_offset, old=side)
        return Draft("new_style", name, offset, end_offset, new=side)
    if name == "parenthesised_three":
        return _three(found, codes, tokens, window, a, *_offsets(found, tokens, window))
    b = _date(tokens, roles["b"]) if "b" in roles else _day_word(tokens[roles["bd"][0]], window)
    if b is None or ("bw" in roles and not _night_start(b, tokens[roles["bw"][0]], window)):
        return None
    calendar_b = _merge(_calendar(codes, roles.get("bm")), _calendar(codes, roles.get("bp")))
    if "sm" in roles:
        calendar_a = _merge(calendar_a, _calendar(codes, roles["sm"]))
        calendar_b = _merge(calendar_b, _calendar(codes, roles.get("tm")))
    a, b = _share_months(a, b)
    if "bd" in roles:
        b = _across_month_end(a, b, calendar_b)
    if a.month is None or b.month is None:
        return None
    calendars = _calendars(name, calendar_a, calendar_b, a, b)
    if calendars is None:
        return None
    side_a = _side(calendars[0], a, window)
    side_b = _side(calendars[1], b, window)
    year_a = _year_token(tokens, roles, "ay")
    if year_a is not None and side_a.year is None:
        side_a.year, side_a.own_year = year_a, True
    complete_years(side_a, side_b, _year_token(tokens, roles, "y"))
    old, new = (side_a, side_b) if side_a.calendar == "julian" else (side_b, side_a)
    # (an unmarked pair written O.S. first may show another era's offset: 12/25 May 1700)
    unmarked_os_first = calendar_a is None and calendar_b is None and not glued and side_a is old
    if (glued or name not in _MARKED_PAIR_SHAPES) and not (
        plausible(old, new) or (unmarked_os_first and another_era(old, new))
    ):
        return None
    if _explained(codes, roles) and (
        _other_account(tokens, roles, window) or not _could_partner(old, new)
    ):
        return None
    if ("an" in roles or "bd" in roles) and name != "slash" and not exact(old, new):
        return None  # "Vol. 13 No. 13 (25 March 1944)": a number, not a bare day
    if name not in _MARKED_PAIR_SHAPES and reform_transition(old, new):
        return None  # "31 January (O.S.) was followed by 14 February (N.S.)": two days
    draft = Draft("pair", name, *_offsets(found, tokens, window))
    for side in (side_a, side_b):
        if side.calendar == "julian":
            draft.old = side
        else:
            draft.new = side
    return draft


def _explained(codes: str, roles: dict[str, tuple[int, int]]) -> bool:
    """Whether words stand between the marker opening a bracket and its date, ``11
    February 1731 (O.S., the year then beginning on 25 March)``: the marker may be the
    first date's and the date an explanation's, so the two must be able to be one day,
    if mistaken (:func:`_could_partner`; ``(no calendário juliano, então em vigor na
    Rússia, 9 de janeiro)``, 13 days in 1705, is a pair and an error)."""
    marker, date = roles.get("bp"), roles.get("b")
    return marker is not None and date is not None and "w" in codes[marker[1] : date[0]]


@functools.cache
def _other_accounts() -> re.Pattern[str]:
    words = {word for language in LANGUAGES for word in language.other_accounts}
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    # (not after a hyphen: "Moscow-born historian" is no other account)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?!\w)", re.IGNORECASE)


def _other_account(tokens: list[Token], roles: dict[str, tuple[int, int]], window: Window) -> bool:
    """Whether the words between a bracket's marker and its date (:func:`_explained`)
    say the date is another source's or another event's (``по ст. ст., по другим данным
    — 5 мая``, ``O.S., born on 1 June``): the languages' ``other_accounts``."""
    words = window.text[tokens[roles["bp"][1] - 1].end : tokens[roles["b"][0]].start]
    return _other_accounts().search(words) is not None


def _offsets(found: Found, tokens: list[Token], window: Window) -> tuple[int, int]:
    """Where the reading of *found* stands in the text (with its brackets when it is
    wholly in them)."""
    return window.enclose(*window.span(tokens[found.start].start, tokens[found.end - 1].end))


#: The longest word passed over before a range in brackets: "с", "із", "z", "vom".
_NIGHT_WORD = 4


def _night_start(b: _Date, word: Token, window: Window) -> bool:
    """Whether the word before *b* in its brackets is the short first word of a range
    (``с`` of ``(с 7 на 8 ноября)``), which the reader passes over: not before a single
    date, nor a longer word ("(lasting 14–16 May)")."""
    is_range = (b.day, b.month) != (b.end_day, b.end_month)
    return is_range and len(window.text[word.start : word.end].strip()) <= _NIGHT_WORD


def _lost_date(
    codes: str, tokens: list[Token], roles: dict[str, tuple[int, int]], window: Window
) -> bool:
    """Whether the brackets of a marker after its date open on a space the closing one
    lacks, ``30 mai 1672 ( dans le calendrier grégorien)``: a copy lost the date that
    stood there (a template's output, ``(9 juin 1672 dans le calendrier grégorien)``),
    and the marker named that date, not the one before the brackets."""
    span = roles.get("am")
    if span is None:
        return False
    for index in range(*span):
        if codes[index] in "([":
            opening, closing = tokens[index], tokens[span[1] - 1]
            after = window.text[opening.end : opening.end + 1]
            before = window.text[closing.start - 1 : closing.start]
            return after.isspace() and not before.isspace()
    return False


#: The end of a marker written out in words: its last word of three letters or more,
#: with no full stop ("календару", "Style"; not "O.S.", "NS", "ст. ст.", "JK").
_WORDS_END = re.compile(r"[^\W\d_]{3}\Z")
#: What a citation's bracket goes on with after its series or place abbreviation: a
#: volume, number, page or series word before a number, a number, or one capitalised
#: word closing the bracket (a place: "(NS; Halifax)").
_CITATION_GOES_ON = re.compile(
    r"[,;]\s*(?:(?:vols?|nos?|pp?|ser|series|pt|part|n|№|т|с|вып|стр|s|nr|bd|t)\.?\s*\d"
    r"|\d|[^\W\d_][^\W\d_]*\s*\))",
    re.IGNORECASE,
)


def _bracketed_abbreviation(
    roles: dict[str, tuple[int, int]], tokens: list[Token], window: Window
) -> bool:
    """Whether the marker opening a bracket of more words after its date (``ap`` after
    ``a`` with no year after it) is an abbreviation that the bracket goes on to read as
    a citation's word (``12 March 1890 (N.S., vol. 2)``: new series; ``(NS; Halifax)``:
    Nova Scotia), not a calendar's. A phrase marks the date so whatever follows
    (``(по јулијанском календару, што …``), and so does an abbreviation the bracket goes
    on from in words (``(по ст. ст., по другим данным — 6 мая)``, ``(O.S.; his tombstone
    says 1701)``)."""
    span, date = roles.get("ap"), roles.get("a")
    if span is None or date is None or span[0] < date[1] or "ay" in roles:
        return False
    last = tokens[span[1] - 1]
    if _WORDS_END.search(window.text[last.start : last.end]) is not None:
        return False
    return _CITATION_GOES_ON.match(window.text, last.end) is not None


def _glued(tokens: list[Token], found: Found) -> bool:
    """Whether a date of *found* is a day glued to the word or year before it."""
    for token in tokens[found.start : found.end]:
        if token.fields is not None and token.fields.glued:
            return True
    return False


def exact(old: DraftSide, new: DraftSide) -> bool:
    """Whether two dates lie exactly as far apart as the calendars were in their year
    (true when the year is unknown). Where a slip is not trusted: a bare day and a dated
    partner (``14 (26 ноября) 1894``; a number before a bracketed date is rarely a bare
    day), two marked dates told in two sentences."""
    if old.year is None:
        return True
    try:  # (by the calendar, not gap(): a 29 February may lie between them)
        _, month, day = julian_to_gregorian(old.year, old.month, old.day)
    except InvalidDateError:
        return False
    return (month, day) == (new.month, new.day)


#: The first Gregorian day of the first reform (15 October 1582), as an ordinal.
_FIRST_REFORM_DAY = min(
    reform.first_gregorian.toordinal() for reform in REFORMS if reform.last_julian is not None
)
#: The last Julian day of the last reform (Greece, 15 February 1923 O.S.), as an ordinal:
#: after it only church calendars count O.S. days, which no era's slip is found in.
_LAST_CIVIL_JULIAN_DAY = max(
    reform.last_julian.toordinal() for reform in REFORMS if reform.last_julian is not None
)
#: (last Julian day, first Gregorian day) of every reform in the table, as ordinals.
_TRANSITIONS: frozenset[tuple[int, int]] = frozenset(
    (reform.last_julian.toordinal(), reform.first_gregorian.toordinal())
    for reform in REFORMS
    if reform.last_julian is not None
)


def reform_transition(old: DraftSide, new: DraftSide) -> bool:
    """Whether the two dates are the last Julian and first Gregorian days of a reform:
    consecutive days that a text names together, not one day in two calendars."""
    return (old.ordinal(), new.ordinal()) in _TRANSITIONS


#: The last year England counted from 25 March, when a bare N.S. might name the year.
_LAST_DUAL_YEAR = 1752
_NS_ABBREVIATION = re.compile(r"N\.?\s?S\.?")
#: The languages whose dates a bare N.S. may give only the year of (Language.new_style_year).
_NEW_STYLE_YEAR = frozenset(language.code for language in LANGUAGES if language.new_style_year)


def _year_after_marker(codes: str, roles: dict[str, tuple[int, int]]) -> int | None:
    """The index of the year right after the marker of a date that has none ("5 January
    N.S. 1689", "22 February, N.S., 1732"), which the context would give it."""
    span = roles.get("am")
    if span is None:
        return None
    index = span[1]
    if codes[index : index + 1] == ",":
        index += 1
    return index if codes[index : index + 1] == "Y" else None


def _may_count(index: int | None, tokens: list[Token], window: Window, language: str) -> bool:
    """Whether the year of token *index*, printed apart from its date, may count the
    word after it (:func:`~julian_gregorian.text._read.counts.may_count`): then it makes
    no year of dual dating ("5 January, N.S., 1700 soldiers landed")."""
    if index is None:
        return False
    token = tokens[index]
    return may_count(window.text, token.start, token.end, language)


def _counts(index: int | None, tokens: list[Token], window: Window) -> bool:
    """Whether the year of token *index*, printed after its date's marker, counts
    (:func:`~julian_gregorian.text._read.counts.counts`: "5 January, N.S., 1700 were
    killed"); a verb after it leaves it the date's year ("Am 12. März (a. St.) 1700
    starb er")."""
    if index is None:
        return False
    token = tokens[index]
    return counts(window.text, token.start, token.end)


def _apart_year(date: _Date, roles: dict[str, tuple[int, int]], after: int | None) -> int | None:
    """The index of the year of *date* printed apart from it (its role ``ay`` or the
    year after its marker, *after*), if it is so printed."""
    if after is not None or date.year is not None:
        return after
    span = roles.get("ay")
    return None if span is None else span[1] - 1


def _new_style_year_only(
    date: _Date,
    year: int,
    codes: str,
    tokens: list[Token],
    roles: dict[str, tuple[int, int]],
    window: Window,
) -> bool:
    """``5 January 1689 NS``: in English texts of 1582 (the first reform) to 1752 a bare
    "NS" after a date of 1 January – 24 March (or between it and its *year*: "5 January
    N.S. 1689") may say only that the year is counted from 1 January (1688/89), the day
    being Julian, or that the day is Gregorian as well (Washington's "22 February 1732
    N.S."). Which one the writer meant is not for us to guess: the item is the dual year
    both readings share, unless an O.S. partner tells (Draft.pairs_as_single). The
    marker may stand in the role ``am`` or, between the date and its year, ``ap``
    ("22 February (N.S.) 1732"). Only in the languages whose records say the year was
    so written (English): France, for one, counted Gregorian days from 1582."""
    if year > _LAST_DUAL_YEAR or year not in DUAL_DATING_YEARS or date.end_month is None:
        return False
    if date.language not in _NEW_STYLE_YEAR:
        return False
    if (date.end_month, date.end_day) > (3, 24):
        return False
    after_date = roles["a" if "a" in roles else "an"][1]
    for role in ("am", "ap"):
        span = roles.get(role)
        if span is None or span[0] < after_date:
            continue  # no marker, or one before its date ("N.S. 22 February 1732")
        if any(
            codes[index] == "N" and _NS_ABBREVIATION.fullmatch(window.text, token.start, token.end)
            for index, token in enumerate(tokens[span[0] : span[1]], start=span[0])
        ):
            return True
    return False


def _definite(marks: Marks) -> CalendarName | None:
    return None if marks == "both" else marks


def _merge(first: Marks, second: Marks) -> Marks:
    if first is None:
        return second
    if second is None or first == second:
        return first
    return "both"


def _calendars(
    name: str, calendar_a: Marks, calendar_b: Marks, a: _Date, b: _Date
) -> tuple[CalendarName, CalendarName] | None:
    if calendar_a == "both" or calendar_b == "both" or a.month is None or b.month is None:
        return None
    pair: tuple[CalendarName, CalendarName]
    if calendar_a is not None and calendar_b is not None:
        if calendar_a == calendar_b:
            return None
        pair = (calendar_a, calendar_b)
    elif calendar_a is not None:
        pair = (calendar_a, _OTHER[calendar_a])
    elif calendar_b is not None:
        pair = (_OTHER[calendar_b], calendar_b)
    else:
        days = gap(a.month, a.day, b.month, b.day)
        if days in _UNMARKED_GAPS:
            return ("julian", "gregorian")
        if -days in _UNMARKED_GAPS:
            return ("gregorian", "julian")
        return None
    return pair


def _share_months(a: _Date, b: _Date) -> tuple[_Date, _Date]:
    """Complete a bare day (``11`` of ``11/23 April``) from its partner's month."""
    if a.month is None and b.month is not None:
        a = a._replace(month=b.month, end_month=b.month)
    if b.month is None and a.month is not None:
        b = b._replace(month=a.month, end_month=a.month)
    return a, b


def _across_month_end(a: _Date, b: _Date, calendar_b: Marks) -> _Date:
    """A bare day *b* in the month after *a*'s where it is the N.S. day and the smaller
    one, in the month before where it is the O.S. day and the larger (``25 лютого (9 за
    новим стилем)`` is 9 March); the reading then keeps it only if exact."""
    month = a.month or 0
    if calendar_b == "gregorian" and b.day < a.day:
        month = month % 12 + 1
    elif calendar_b == "julian" and b.day > a.day:
        month = (month - 2) % 12 + 1
    return b._replace(month=month, end_month=month)


def _side(calendar: CalendarName, date: _Date, window: Window) -> DraftSide:
    offset, end_offset = window.span(date.start, date.end)
    month = date.month or 0  # a bare day always has its month by now
    return DraftSide(
        calendar,
        date.day,
        month,
        date.end_day,
        date.end_month or month,
        date.year,
        date.written_year,
        own_year=date.year is not None,
        offset=offset,
        end_offset=end_offset,
    )


def complete_years(first: DraftSide, second: DraftSide, shared: int | None) -> None:
    """Fill in the years a pair prints once, or on one side only (see the module doc)."""
    old, new = (first, second) if first.calendar == "julian" else (second, first)
    read_lady_day(old, new)
    written_first = sorted((first, second), key=lambda side: side.offset or 0)
    if shared is not None:
        lacking = [side for side in written_first if side.year is None]
        if lacking:
            lacking[0].year = shared
    for side in written_first:
        if side.year is None:
            side.partner_year(second if side is first else first)


def _three(
    found: Found,
    codes: str,
    tokens: list[Token],
    window: Window,
    same_day: _Date,
    offset: int,
    end_offset: int,
) -> Draft | None:
    """``20 March 1727 (OS 20 March 1726; NS 31 March 1727)``: the marked two pair up."""
    roles = found.roles
    b, c = _date(tokens, roles["b"]), _date(tokens, roles["c"])
    calendar_b = _definite(_calendar(codes, roles["bp"]))
    calendar_c = _definite(_calendar(codes, roles["cp"]))
    if b is None or c is None or b.month is None or c.month is None:
        return None
    if calendar_b is None or calendar_c is None or calendar_b == calendar_c:
        return None
    side_b, side_c = _side(calendar_b, b, window), _side(calendar_c, c, window)
    complete_years(side_b, side_c, same_day.year)
    draft = Draft("pair", found.name, offset, end_offset)
    draft.old, draft.new = (side_b, side_c) if calendar_b == "julian" else (side_c, side_b)
    return draft


def _year_pair(
    found: Found, codes: str, tokens: list[Token], offset: int, end_offset: int
) -> Draft | None:
    """``1451 [O.S. 1450]``: the O.S. year counted from 25 March, as a dual year."""
    roles = found.roles
    calendar = _definite(_calendar(codes, roles["bp"]))
    first, second = _year_token(tokens, roles, "ya"), _year_token(tokens, roles, "yb")
    if calendar is None or first is None or second is None:
        return None
    old, new = (second, first) if calendar == "julian" else (first, second)
    return Draft("dual_year", found.name, offset, end_offset, dual=(old, new))


def _one_token_pair(
    name: str, token: Token, window: Window, offset: int, end_offset: int
) -> Draft | None:
    """``15(28).04.1922``, ``7 (20) сентября 1916 года``, ``25.02(09.03)1924``: two dates
    in one token, the second in brackets, sharing what the first leaves out. The Julian
    date comes first, except in church calendars that give the civil date first
    (``25 (12) мая``): the days say which."""
    fields = token.fields
    if fields is None or fields.day is None or fields.end_day is None or fields.month is None:
        return None
    month, end_month = fields.month, fields.end_month or fields.month
    days = gap(month, fields.day, end_month, fields.end_day)
    if days in _UNMARKED_GAPS:
        first_calendar: CalendarName = "julian"
    elif -days in _UNMARKED_GAPS:
        first_calendar = "gregorian"
    else:
        return None
    first_last, second_last = fields.range_ends or (fields.day, fields.end_day)
    if gap(month, first_last, end_month, second_last) != days:
        return None  # "2 (14) – 6 (19)": the ranges' ends disagree with their starts
    year = fields.year
    first = DraftSide(first_calendar, fields.day, month, first_last, month, year)
    second = DraftSide(
        _OTHER[first_calendar], fields.end_day, end_month, second_last, end_month, year
    )
    first.written_year = second.written_year = fields.written_year
    if year is not None and end_month < month and first_calendar == "julian":
        second.year = year + 1  # 19(1).12.1917: the Gregorian day in the next year
    if year is not None and end_month > month and first_calendar == "gregorian":
        second.year = year - 1  # 2.01.1913 (20.12): the Julian day in the year before
    text = window.text
    opening = next(i for i in range(token.start, token.end) if text[i] in "([")
    closing = next(i for i in range(opening, token.end) if text[i] in ")]")
    first_end = opening
    while first_end > token.start and text[first_end - 1] == " ":
        first_end -= 1
    first.offset, first.end_offset = window.span(token.start, first_end)
    second.offset, second.end_offset = window.span(opening + 1, closing)
    old, new = (first, second) if first_calendar == "julian" else (second, first)
    return Draft("pair", name, offset, end_offset, old, new)
