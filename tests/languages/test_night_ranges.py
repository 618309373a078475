"""Golden sentences of a night's two days and of ranges in brackets: ``в ночь с 24 на 25
октября (по новому стилю — с 6 на 7 ноября) 1917``, ``den 7. og den 8. november (25-26
oktober, JK)``, ``24-25 октября (6-7 ноября) 1917``.

The real sentences are quoted as found (trimmed to the clause around the dates) with
their source; each has a sibling built from another real date of the same shape, and
look-alikes that must stay silent. A single day beside a range names one of its ends,
for the checker with or without a year.
"""

from __future__ import annotations

import pytest

from julian_gregorian import check, extract
from julian_gregorian.text._locate.anchors import find_anchors

Summary = tuple[str, str, str, str, str, str]
PAIR = "pair"
#: The nights of the October Revolution in 1917: the rising, the Winter Palace taken.
RISING = ("1917-10-24", "1917-10-25", "1917-11-06", "1917-11-07")
PALACE = ("1917-10-25", "1917-10-26", "1917-11-07", "1917-11-08")


def _summary(text: str) -> list[Summary]:
    found = []
    for item in extract(text):
        assert item.old_style is not None
        assert item.new_style is not None
        old, new = item.old_style, item.new_style
        found.append(
            (
                item.kind,
                item.shape,
                old.start.isoformat(),
                old.end.isoformat(),
                new.start.isoformat(),
                new.end.isoformat(),
            )
        )
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://gorodovoy.ru/news/kak-v-petrograde-vlast-vzyali-bolsheviki-glavnye-fakty-
        # oktyabrskogo-vosstaniya_id894598_a177_dp251013 (2025): the N.S. night in brackets
        (
            "В ночь с 24 на 25 октября (по новому стилю — с 6 на 7 ноября) 1917 года "
            "Петроград стал ареной решающего сражения за власть.",
            [(PAIR, "parenthesised", *RISING)],
        ),
        # the storming of the Winter Palace, the night after, written the same way
        (
            "В ночь с 25 на 26 октября (с 7 на 8 ноября) 1917 года был взят Зимний дворец.",
            [(PAIR, "parenthesised", *PALACE)],
        ),
        (
            "W nocy z 25 na 26 października (z 7 na 8 listopada) 1917 roku",
            [(PAIR, "parenthesised", *PALACE)],
        ),
        # da-002 (Danish Wikipedia, 'Oktoberrevolutionen'): "og den" joins the two days
        (
            "Om natten mellem den 7. og den 8. november (25-26 oktober, JK) angreb de og "
            "overtog Vinterpaladset.",
            [(PAIR, "parenthesised", "--10-25", "--10-26", "--11-07", "--11-08")],
        ),
        # a Soviet encyclopaedia's entry on the October uprising, as quoted on the web:
        # ranges on both sides, no marker
        (
            "под руководством большевистской партии во главе с В. И. Лениным 24-25 октября "
            "(6-7 ноября) 1917.",
            [(PAIR, "parenthesised", *RISING)],
        ),
        (
            "the rising of 24–25 October (6–7 November) 1917",
            [(PAIR, "parenthesised", *RISING)],
        ),
    ],
)
def test_a_night_or_a_range_in_brackets_is_read(text: str, expected: list[Summary]) -> None:
    assert _summary(text) == expected
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a word before a single date in brackets is not passed over
        "Він приїхав 5 травня (до 18 травня) 1917.",
        "He came on 5 May (by 18 May) 1917.",
        # nor a longer word before a range
        "She arrived on 3 March (leaving 15–16 March) 1905.",
        # ranges as far apart as no two calendars
        "the rising of 24–25 October (1–2 November) 1917",
        # a range of something else in brackets
        "он пришёл 24 октября (6-7 раз) 1917",
    ],
)
def test_look_alike_of_a_night_stays_silent(text: str) -> None:
    assert extract(text) == []


def test_a_range_in_brackets_is_an_anchor() -> None:
    text = "24-25 октября (6-7 ноября) 1917"
    assert find_anchors(text) == [text.index("(")]


def test_a_single_day_naming_a_night_s_last_day_is_no_error() -> None:
    # https://www.obozrevatel.com/ukr/topic/staryij-novyij-god/: the Old New Year
    text = "Воно припадає на ніч із 13 на 14 січня, що відповідає 1 січня за старим стилем."
    assert [(item.kind, item.shape) for item in extract(text)] == [(PAIR, "prose")]
    assert check(text) == []


def test_a_single_day_naming_neither_end_of_a_range_is_reported() -> None:
    text = "On the night of 13 to 14 January, which is 5 January Old Style, they met."
    assert [finding.code for finding in check(text)] == ["JG202"]


@pytest.mark.parametrize(
    "text",
    [
        # issue 9's "two dates joined by 'and' with one calendar named, followed by the
        # other calendar's range in brackets", in the languages that record their "and"
        "Бої 8 і 9 листопада за новим стилем (26–27 жовтня) 1917 року.",
        "Бои 8 и 9 ноября по новому стилю (26–27 октября) 1917 года.",
        "Walki 8 i 9 listopada według nowego stylu (26–27 października) 1917.",
        "Les combats des 8 et 9 novembre (26 et 27 octobre) 1917.",
        "On 8 and 9 November (26–27 October O.S.) 1917.",
    ],
)
def test_two_days_joined_by_and_are_a_range(text: str) -> None:
    [item] = extract(text)
    assert item.old_style is not None
    assert item.new_style is not None
    assert (
        item.old_style.start.isoformat(),
        item.old_style.end.isoformat(),
        item.new_style.start.isoformat(),
        item.new_style.end.isoformat(),
    ) == ("1917-10-26", "1917-10-27", "1917-11-08", "1917-11-09")


def test_two_days_joined_by_and_are_one_marked_range() -> None:
    # The language's "and" joins two days of one month as a range (docs/extraction.md),
    # a marked date too: one item from the first day to the second, not two days.
    [item] = extract("He wrote on 3 and 25 March 1700 (O.S.) to her.")
    assert item.old_style is not None
    assert item.old_style.end is not None
    assert (item.old_style.start.isoformat(), item.old_style.end.isoformat()) == (
        "1700-03-03",
        "1700-03-25",
    )
    assert item.text == "3 and 25 March 1700 (O.S.)"
