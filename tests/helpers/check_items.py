"""Items built by hand, and the checker run on them: the rules tested without the extractor."""

from __future__ import annotations

from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.checks import Finding, check
from julian_gregorian.text.items import Item, ItemKind, Side, WrittenDate, YearSource

YMD = tuple[int | None, int, int]


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of *offset* in *text*."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def side(
    text: str,
    words: str,
    calendar: CalendarName,
    start: YMD,
    end: YMD | None = None,
    *,
    year_from: YearSource = "text",
    written_year: int | None = None,
    after: int = 0,
) -> Side:
    """The side written as *words* (found in *text* from *after* on)."""
    offset = text.index(words, after)

    def date(ymd: YMD) -> WrittenDate:
        source: YearSource = "unknown" if ymd[0] is None else year_from
        return WrittenDate(calendar, ymd[0], ymd[1], ymd[2], source, written_year)

    return Side(date(start), date(end or start), offset, offset + len(words))


def item(
    text: str,
    kind: ItemKind,
    *,
    old: Side | None = None,
    new: Side | None = None,
    whole: str | None = None,
    after: int = 0,
    dual_year: tuple[int, int] | None = None,
) -> Item:
    """An item over *whole* (found from *after* on), or over the span of its sides."""
    if whole is not None:
        offset = text.index(whole, after)
        end = offset + len(whole)
    else:
        sides = [s for s in (old, new) if s is not None]
        offset = min(s.offset for s in sides if s.offset is not None)
        end = max(s.end_offset for s in sides if s.end_offset is not None)
    line, column = position(text, offset)
    end_line, end_column = position(text, end)
    dates = [d for s in (old, new) if s is not None for d in (s.start, s.end)]
    year_from: YearSource = "text"
    if dates and all(d.year is None for d in dates):
        year_from = "unknown"
    elif any(d.year_from == "context" for d in dates):
        year_from = "context"
    return Item(
        kind,
        old,
        new,
        "test",
        text[offset:end],
        offset,
        end,
        line,
        column,
        end_line,
        end_column,
        year_from,
        None,
        dual_year,
    )


def pair(
    text: str,
    new_words: str,
    new: YMD,
    old_words: str,
    old: YMD,
    *,
    new_end: YMD | None = None,
    old_end: YMD | None = None,
    whole: str | None = None,
    after: int = 0,
    year_from: YearSource = "text",
    written_year: int | None = None,
) -> Item:
    """A pair item: the N.S. side *new_words* = *new*, the O.S. side *old_words* = *old*."""
    new_side = side(text, new_words, "gregorian", new, new_end, year_from=year_from, after=after)
    old_side = side(
        text,
        old_words,
        "julian",
        old,
        old_end,
        year_from=year_from,
        written_year=written_year,
        after=after,
    )
    return item(text, "pair", old=old_side, new=new_side, whole=whole, after=after)


def codes(text: str, items: list[Item], **options: object) -> list[str]:
    """The codes of the findings of *items* in *text*, checked with *options*."""
    return [f.code for f in check(text, items=items, **options)]  # type: ignore[arg-type]


def only(text: str, items: list[Item], **options: object) -> Finding:
    """The single finding of *items* in *text* (fails the test if there are more or none)."""
    findings = check(text, items=items, **options)  # type: ignore[arg-type]
    assert len(findings) == 1, findings
    return findings[0]
