"""Golden test: the example article is read completely, and nothing else is read.

The article (``examples/october_revolution.txt``) has eleven bracketed pairs, the prose
pairing of its lead and one date marked ``(O.S.)``. Its timeline, under a heading that
declares its dates Gregorian, and its many unmarked dates are context for the checker,
not items.
"""

from __future__ import annotations

from julian_gregorian import GregorianDate, JulianDate, extract
from julian_gregorian.text.items import Item


def _days(days: str) -> tuple[str, str]:
    """("1917-11-07", "1917-11-08") for "11-07..11-08" (all the article's pairs are 1917)."""
    first, _, last = days.partition("..")
    return f"1917-{first}", f"1917-{last or first}"


# (kind, shape, text, offset, end_offset, line, column, end_line, end_column,
#  O.S. (start, end, words), N.S. (start, end, words))
GOLDEN = [
    (
        "pair",
        "prose",
        "25 October 1917 (by the Julian or Old Style calendar, which corresponds to "
        "7 November 1917 in the Gregorian or New Style calendar)",
        1670,
        1800,
        7,
        590,
        7,
        720,
        ("1917-10-25", "1917-10-25", "25 October 1917"),
        ("1917-11-07", "1917-11-07", "7 November 1917"),
    ),
    (
        "old_style",
        "marked",
        "24 October 1917 (O.S.)",
        2965,
        2987,
        9,
        239,
        9,
        261,
        ("1917-10-24", "1917-10-24", "24 October 1917"),
        None,
    ),
    *(
        (
            "pair",
            "bracketed",
            f"{new} [O.S. {old}] 1917",
            offset,
            offset + len(f"{new} [O.S. {old}] 1917"),
            line,
            column,
            line,
            column + len(f"{new} [O.S. {old}] 1917"),
            (*_days(old_days), old),
            (*_days(new_days), new),
        )
        for new, old, offset, line, column, new_days, old_days in (
            ("23 October", "10 October", 11053, 34, 4, "10-23", "10-10"),
            ("6 November", "24 October", 11240, 35, 4, "11-06", "10-24"),
            ("7–8 November", "25–26 October", 12937, 37, 568, "11-07..11-08", "10-25..10-26"),
            ("8 November", "26 October", 19870, 82, 20, "11-08", "10-26"),
            ("9 November", "27 October", 20761, 83, 4, "11-09", "10-27"),
            ("10 November", "28 October", 21176, 84, 4, "11-10", "10-28"),
            ("11 November", "29 October", 21587, 85, 4, "11-11", "10-29"),
            ("12 November", "30 October", 22242, 86, 4, "11-12", "10-30"),
            ("13 November", "31 October", 22465, 87, 4, "11-13", "10-31"),
            ("14 November", "1 November", 22720, 88, 4, "11-14", "11-01"),
            ("15 November", "2 November", 22926, 89, 4, "11-15", "11-02"),
        )
    ),
]


def _view(text: str, item: Item) -> tuple[object, ...]:
    def side(which: object) -> tuple[str, str, str] | None:
        if which is None:
            return None
        assert hasattr(which, "start")
        words = text[which.offset : which.end_offset]
        return which.start.isoformat(), which.end.isoformat(), words

    return (
        item.kind,
        item.shape,
        item.text,
        item.offset,
        item.end_offset,
        item.line,
        item.column,
        item.end_line,
        item.end_column,
        side(item.old_style),
        side(item.new_style),
    )


def test_seed_article_is_read_completely_and_exactly(seed_text: str) -> None:
    items = extract(seed_text)
    assert [_view(seed_text, item) for item in items] == GOLDEN


def test_seed_item_texts_are_the_slices_they_point_at(seed_text: str) -> None:
    for item in extract(seed_text):
        assert seed_text[item.offset : item.end_offset] == item.text
        assert item.year_from == "text"
        line_start = seed_text.rfind("\n", 0, item.offset) + 1
        assert item.column == item.offset - line_start + 1
        assert item.line == seed_text.count("\n", 0, item.offset) + 1


def test_every_seed_pair_is_arithmetically_right(seed_text: str) -> None:
    for item in extract(seed_text):
        if item.kind != "pair":
            continue
        assert item.old_style is not None
        assert item.new_style is not None
        for julian, gregorian in (
            (item.old_style.start, item.new_style.start),
            (item.old_style.end, item.new_style.end),
        ):
            assert julian.year is not None
            assert gregorian.year is not None
            # Dates of both calendars compare by the day they name.
            assert JulianDate(julian.year, julian.month, julian.day) == GregorianDate(
                gregorian.year, gregorian.month, gregorian.day
            )


def test_the_gregorian_timeline_and_unmarked_dates_are_not_items(seed_text: str) -> None:
    heading = seed_text.index("== Timeline of the spread of Soviet power")
    outcomes = seed_text.index("== OutcomesEdit ==")
    assert not [item for item in extract(seed_text) if heading <= item.offset < outcomes]
    assert "5 January 1918" in seed_text
    assert all("5 January 1918" not in item.text for item in extract(seed_text))
