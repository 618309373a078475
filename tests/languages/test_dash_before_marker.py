"""A dash between a date and the marker after it, for a verb the sentence leaves out.

Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian prose write a dash
between spaces where a verb or link is left out: "3 марта — по новому стилю" is "3 March
[is the date] in the new style". The records say so (``dash_before_marker``), and the
tokenizer joins such a dash's date to the marker after it. The sentences below are in
the shapes real texts write (a date in one calendar, then the other after a comma, its
marker after a dash, or its noun left out as well: "… 7 ноября — по новому"), in our
own words; the negatives are what the dash means elsewhere: a range, a dash before
other words, a marker that names the calendar of the date after it.
"""

from __future__ import annotations

import pytest

from julian_gregorian import check, extract
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.languages import LANGUAGES, Language, by_code
from julian_gregorian.text._read.dateless import holds_nothing, raw_holds_nothing

_PAIRS = [
    # (text, the pair as written, O.S. date, N.S. date)
    (
        "Манифест подписали 19 февраля 1861 года по старому стилю, 3 марта — по новому "
        "стилю, в Петербурге.",
        "19 февраля 1861 года по старому стилю, 3 марта — по новому стилю",
        "1861-02-19",
        "1861-03-03",
    ),
    (
        "Бал дали 25 октября 1870 года — по старому стилю, 6 ноября — по новому стилю.",
        "25 октября 1870 года — по старому стилю, 6 ноября — по новому стилю",
        "1870-10-25",
        "1870-11-06",
    ),
    # the second marker's noun left out, as the first one gave it
    (
        "Свадьбу сыграли 25 октября 1870 года (по старому стилю), 6 ноября — по новому.",
        "25 октября 1870 года (по старому стилю), 6 ноября — по новому",
        "1870-10-25",
        "1870-11-06",
    ),
    (
        "Він народився 13 січня 1901 року — за старим стилем, 26 січня — за новим.",
        "13 січня 1901 року — за старим стилем, 26 січня — за новим",
        "1901-01-13",
        "1901-01-26",
    ),
    # an en dash
    (
        "Вона померла 2 березня 1880 року – за старим стилем, 14 березня – за новим стилем.",
        "2 березня 1880 року – за старим стилем, 14 березня – за новим стилем",
        "1880-03-02",
        "1880-03-14",
    ),
    (
        "Нарадзіўся 6 студзеня 1850 года — па старым стылі, 18 студзеня — па новым стылі.",
        "6 студзеня 1850 года — па старым стылі, 18 студзеня — па новым стылі",
        "1850-01-06",
        "1850-01-18",
    ),
    (
        "Роден е на 19 февруари 1861 г. — по стар стил, 3 март — по нов стил.",
        "19 февруари 1861 г. — по стар стил, 3 март — по нов стил",
        "1861-02-19",
        "1861-03-03",
    ),
    (
        "Рођен је 6. јануара 1850 — по старом календару, 18. јануара — по новом календару.",
        "6. јануара 1850 — по старом календару, 18. јануара — по новом календару",
        "1850-01-06",
        "1850-01-18",
    ),
    (
        "Rođen je 6. januara 1850 — po starom kalendaru, 18. januara — po novom kalendaru.",
        "6. januara 1850 — po starom kalendaru, 18. januara — po novom kalendaru",
        "1850-01-06",
        "1850-01-18",
    ),
    (
        "Роден е на 6 јануари 1850 — според стариот календар, 18 јануари — според новиот календар.",
        "6 јануари 1850 — според стариот календар, 18 јануари — според новиот календар",
        "1850-01-06",
        "1850-01-18",
    ),
]


@pytest.mark.parametrize(("text", "written", "old", "new"), _PAIRS)
def test_a_date_and_its_marker_after_a_dash_make_a_pair(
    text: str, written: str, old: str, new: str
) -> None:
    [item] = extract(text)
    assert item.kind == "pair"
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.isoformat(), item.new_style.start.isoformat()) == (old, new)
    # the item spans the text from the first date to the last marker, dashes and all
    assert item.text == written
    assert text[item.offset : item.end_offset] == written
    assert check(text) == []


def test_a_pair_without_a_year_keeps_its_dashes_and_markers() -> None:
    text = "Восстание началось 25 октября (по старому стилю), 7 ноября — по новому."
    [item] = extract(text)
    assert item.kind == "pair"
    assert item.text == "25 октября (по старому стилю), 7 ноября — по новому"
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.month, item.old_style.start.day) == (10, 25)
    assert (item.new_style.start.month, item.new_style.start.day) == (11, 7)


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        (
            "Он родился 3 марта 1861 года — по старому стилю, в Москве.",
            "3 марта 1861 года — по старому стилю",
            "old_style",
        ),
        (
            "Он родился 3 марта 1861 года — по старому стилю — в Москве.",
            "3 марта 1861 года — по старому стилю",
            "old_style",
        ),
        # a comma and more words after the marker: another clause
        (
            "Он родился 3 марта 1861 года — по старому стилю, 15 марта крестился.",
            "3 марта 1861 года — по старому стилю",
            "old_style",
        ),
        # a comma and the date of the other calendar after the marker, the O.S. day the
        # earlier: the marker is the first date's
        (
            "Он родился 3 марта 1861 года — по старому стилю, 15 марта, в Москве.",
            "3 марта 1861 года — по старому стилю",
            "old_style",
        ),
        (
            "Он умер 3 марта 1850 года — по новому стилю, 19 февраля, в Москве.",
            "3 марта 1850 года — по новому стилю",
            "new_style",
        ),
        (
            "Кабельная квитанция от 11 июля 1892 года — по новому стилю: это 11 июля.",
            "11 июля 1892 года — по новому стилю",
            "new_style",
        ),
        # the marker's lead-in word between the dash and the marker
        (
            "Он родился 3 марта 1861 года — согласно юлианскому календарю.",
            "3 марта 1861 года — согласно юлианскому календарю",
            "old_style",
        ),
        (
            "Він народився 13 січня 1900 року — згідно з юліанським календарем.",
            "13 січня 1900 року — згідно з юліанським календарем",
            "old_style",
        ),
    ],
)
def test_a_date_alone_is_marked_by_the_marker_after_its_dash(
    text: str, written: str, kind: str
) -> None:
    [item] = extract(text)
    assert (item.kind, item.shape, item.text) == (kind, "marked", written)
    assert text[item.offset : item.end_offset] == written


def test_a_fix_leaves_the_dash_as_it_is() -> None:
    # 19 February 1861 O.S. was 3 March N.S.: the N.S. day is one off.
    text = "Манифест подписали 19 февраля 1861 года по старому стилю, 4 марта — по новому стилю."
    [finding] = check(text)
    assert finding.code == "JG101"
    assert finding.fix is not None
    assert text[finding.fix.offset : finding.fix.end_offset] == "4 марта"
    fixed, applied = apply_fixes(text, [finding.fix])
    assert applied == [finding.fix]
    assert fixed == text.replace("4 марта", "3 марта")


def test_a_dash_between_two_days_is_a_range_whose_end_is_marked() -> None:
    [item] = extract("Съезд проходил 12 — 24 января 1905 года по новому стилю.")
    assert item.kind == "new_style"
    assert item.new_style is not None
    assert (item.new_style.start.day, item.new_style.end.day) == (12, 24)


def test_a_dash_between_two_dates_leaves_the_marker_to_the_second() -> None:
    [item] = extract("Съезд проходил 12 января — 24 января 1905 года по новому стилю.")
    assert item.new_style is not None
    assert (item.new_style.start.month, item.new_style.start.day) == (1, 24)


@pytest.mark.parametrize(
    "text",
    [
        "Он родился 3 марта 1861 года — в день рождения отца.",
        "Он родился 3 марта 1861 года — в Москве, по старому стилю.",
        # the noun of the left-out marker is another's: "by the new plan"
        "Он родился 3 марта 1861 года — по новому плану.",
        # no space after the dash: no dash of this kind
        "Он родился 3 марта 1861 года —по старому стилю.",
        # English writes no such dash
        "He was born on 5 March 1700 – Old Style.",
    ],
)
def test_a_dash_before_other_words_marks_nothing(text: str) -> None:
    assert extract(text) == []


def test_a_marker_after_a_dash_before_a_date_names_the_calendar_of_that_date() -> None:
    for text in (
        "Праздник отмечали 25 октября 1917 года — по новому стилю 7 ноября.",
        "Праздник отмечали 25 октября 1917 года — по новому стилю: 7 ноября.",
    ):
        [item] = extract(text)
        assert item.kind == "new_style", text
        assert item.new_style is not None
        assert (item.new_style.start.month, item.new_style.start.day) == (11, 7), text


def test_a_marker_after_a_dash_and_before_a_date_alone_is_not_the_first_dates() -> None:
    # "— по новому стилю, 7 ноября." gives the date after it in the new style: 25
    # October is no N.S. date.
    for text in (
        "Революция произошла 25 октября 1917 года — по новому стилю, 7 ноября.",
        "Революция произошла 25 октября 1917 года — по новому стилю, 7 ноября; потом …",
    ):
        assert [item.text for item in extract(text) if item.text.startswith("25")] == [], text


@pytest.mark.parametrize(
    ("text", "kind", "second"),
    [
        (
            "Он родился 3 марта 1861 года по старому стилю, 15 марта — по старому стилю.",
            "old_style",
            "15 марта — по старому стилю",
        ),
        (
            "Он родился 3 марта 1861 года по старому стилю, 15 марта — по старому.",
            "old_style",
            "15 марта — по старому",
        ),
        (
            "Він народився 13 січня 1901 року за новим стилем, 26 січня — за новим.",
            "new_style",
            "26 січня — за новим",
        ),
    ],
)
def test_a_marker_of_the_same_calendar_after_the_dash_makes_no_pair(
    text: str, kind: str, second: str
) -> None:
    first, other = extract(text)
    assert (first.kind, other.kind) == (kind, kind)
    assert other.text == second


def test_a_window_of_a_date_and_the_adjective_alone_after_its_dash_is_read() -> None:
    # The check that passes windows over unread finds the adjective alone as a marker.
    text = "7 ноября — по новому."
    assert not holds_nothing(text)
    assert raw_holds_nothing(text, 0, len(text)) is False
    assert holds_nothing("7 ноября — в день.")


def _dash_languages() -> list[Language]:
    return [language for language in LANGUAGES if language.dash_before_marker]


def test_the_languages_that_write_the_dash() -> None:
    codes = {language.code for language in _dash_languages()}
    assert codes == {"ru", "uk", "be", "bg", "sr", "sr-Latn", "mk"}


@pytest.mark.parametrize(
    ("language", "phrase", "calendar"),
    [
        pytest.param(language, phrase, calendar, id=f"{language.code}:{phrase}")
        for language in _dash_languages()
        for calendar, phrases in (("old", language.old_markers), ("new", language.new_markers))
        for phrase in phrases
    ]
    # the style's adjective alone, the Russian and Ukrainian records' patterns
    + [
        pytest.param(by_code(code), phrase, calendar, id=f"{code}:{phrase}")
        for code, phrase, calendar in (
            ("ru", "по старому", "old"),
            ("ru", "по новому", "new"),
            ("uk", "за старим", "old"),
            ("uk", "за новим", "new"),
        )
    ],
)
def test_every_marker_of_those_languages_is_read_after_a_dash(
    language: Language, phrase: str, calendar: str
) -> None:
    # After a date marked in the other calendar, in parentheses, where the prefilter
    # finds every marker: the window read for it holds the date after the dash.
    other = (language.new_markers if calendar == "old" else language.old_markers)[0]
    march = language.months[0][2]
    date = f"12 {march} 1801"
    text = f"14 {march} 1801 ({other}); {date} — {phrase}."
    items = extract(text)
    kind = "old_style" if calendar == "old" else "new_style"
    marked = [item for item in items if item.text.startswith(date)]
    assert [(item.kind, item.text) for item in marked] == [(kind, f"{date} — {phrase}")], items


@pytest.mark.parametrize(
    "text",
    [
        # the date after the dash marked again in the same calendar, by a dash and its
        # marker, by the marker alone or in brackets: the marker after the comma is still
        # the 7th's, and the 25th is no N.S. date
        "Революция произошла 25 октября 1917 года, по новому стилю — 7 ноября — по новому стилю.",
        "Революция произошла 25 октября 1917 года, по новому стилю — 7 ноября — по "
        "григорианскому календарю.",
        "Революция произошла 25 октября 1917 года, по новому стилю — 7 ноября по новому стилю.",
        "Революция произошла 25 октября 1917 года, по новому стилю — 7 ноября (по новому стилю).",
    ],
)
def test_a_marker_said_again_after_the_date_a_dash_leads_to_leaves_the_first_date(
    text: str,
) -> None:
    items = extract(text)
    assert [(item.kind, item.new_style and item.new_style.start.isoformat()) for item in items] == [
        ("new_style", "1917-11-07")
    ], items


def test_a_marker_of_the_other_calendar_after_the_date_a_dash_leads_to_makes_a_pair() -> None:
    text = (
        "Революция произошла 25 октября 1917 года, по старому стилю — 7 ноября — по новому стилю."
    )
    [item] = extract(text)
    assert item.kind == "pair"
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.isoformat(), item.new_style.start.isoformat()) == (
        "1917-10-25",
        "1917-11-07",
    )
    assert item.text == "25 октября 1917 года, по старому стилю — 7 ноября — по новому стилю"


@pytest.mark.parametrize(
    "text",
    [
        # the N.S. day is the later: "— по новому стилю" names the 7th's calendar, not
        # the 25th's, whatever words follow the 7th
        "Революция произошла 25 октября 1917 года — по новому стилю, 7 ноября, в Петрограде.",
        "Революция произошла 25 октября 1917 года — по новому стилю, 7 ноября в Петрограде.",
        "Революция произошла 25 октября 1917 года — по новому стилю, 7 ноября (в Петрограде).",
        "Революция произошла 25 октября — по новому стилю, 7 ноября, в Петрограде.",
        "Він народився 13 січня 1901 року — за новим стилем, 26 січня, у Києві.",
        # and the O.S. day the earlier
        "Революция произошла 7 ноября 1917 года — по старому стилю, 25 октября, в Петрограде.",
    ],
)
def test_a_marker_whose_calendar_fits_the_date_after_the_comma_marks_not_the_first(
    text: str,
) -> None:
    first = text.split(" — ")[0].split(" ", 2)[2]
    assert [item.text for item in extract(text) if item.text.startswith(first)] == [], text
