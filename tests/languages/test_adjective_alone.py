"""The second calendar named by its adjective alone, its noun said with the first one:
``25 октября 1917 года по юлианскому календарю (7 ноября — по григорианскому)``.

The shape is the one of the Ukrainian record's real sentence ("25 жовтня за юліанським
календарем, а за григоріанським — 7 листопада"); here it is written in each language
that records the adjective alone, on the dates of the October Revolution, with the dash
some writers put between a date and its calendar in brackets and the Serbian year's
full stop before a small letter ("1917. по јулијанском"). A real Italian sentence of
the same family, with a real error, closes the list.
"""

from __future__ import annotations

import pytest

from julian_gregorian import check, extract


@pytest.mark.parametrize(
    "text",
    [
        "Революция началась 25 октября 1917 года по юлианскому календарю (7 ноября — по "
        "григорианскому).",
        "Революцията започва на 25 октомври 1917 г. по юлианския календар (7 ноември по "
        "григорианския).",
        "Револуција је почела 25. октобра 1917. по јулијанском календару (7. новембра по "
        "грегоријанском).",
        "Revolucija je počela 25. oktobra 1917. po julijanskom kalendaru (7. novembra po "
        "gregorijanskom).",
        "Revoluce začala 25. října 1917 podle juliánského kalendáře (7. listopadu podle "
        "gregoriánského).",
        "Революцыя пачалася 25 кастрычніка 1917 года па юліянскім календары (7 лістапада па "
        "грыгарыянскім).",
        "De revolutie begon op 25 oktober 1917 volgens de juliaanse kalender (7 november "
        "volgens de gregoriaanse).",
        "La revolución comenzó el 25 de octubre de 1917 según el calendario juliano (7 de "
        "noviembre según el gregoriano).",
        "A revolução começou em 25 de outubro de 1917 pelo calendário juliano (7 de novembro "
        "pelo gregoriano).",
        "La rivoluzione iniziò il 25 ottobre 1917 secondo il calendario giuliano (7 novembre "
        "secondo quello gregoriano).",
        # the dash and the marker after the bracket's date, the other way round
        "Революция началась 7 ноября 1917 года (25 октября — по старому стилю).",
    ],
)
def test_the_second_calendar_named_by_its_adjective_is_read(text: str) -> None:
    [item] = extract(text)
    assert item.kind == "pair"
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.isoformat(), item.new_style.start.isoformat()) == (
        "1917-10-25",
        "1917-11-07",
    )
    assert check(text) == []


def test_a_real_error_in_the_same_family_is_found() -> None:
    # https://www.visitpietroburgo.com/2013/11/07/96-della-rivoluzione-dottobre/: N.S.
    # 7 November 1917 is O.S. 25 October, not 24
    text = (
        "Novantasei anni fa, il 7 novembre 1917, secondo il calendario gregoriano (24 ottobre "
        "del calendario giuliano in uso al tempo nell’impero russo), a Pietrogrado, i "
        "bolscevichi rovesciarono il governo provvisorio"
    )
    assert [finding.code for finding in check(text)] == ["JG101"]


@pytest.mark.parametrize(
    "text",
    [
        # a year ending a sentence before a capital is no ordinal
        "Umro je 1917. Godine 1918. rođen je sin.",
        # the adjective alone without a date
        "El canto, según el gregoriano, se conserva.",
    ],
)
def test_look_alike_of_an_adjective_alone_stays_silent(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # issue 9's German sentence with commas after each calendar's name, as French and
        # English write it: the first name marks the first date, not the second name
        "Selon le calendrier julien, le 3 mars, selon le calendrier grégorien, le 15 mars 1700.",
        "According to the Julian calendar, on 3 March, according to the Gregorian calendar, "
        "on 15 March 1700.",
        "nach dem julianischen Kalender am 3. März, nach dem gregorianischen am 15. März 1700",
    ],
)
def test_both_calendars_named_with_commas_make_one_pair(text: str) -> None:
    [item] = extract(text)
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.kind, item.old_style.start.isoformat(), item.new_style.start.isoformat()) == (
        "pair",
        "1700-03-03",
        "1700-03-15",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shape of a real Russian sentence on the manifesto of 1861 (a tutoring app's
        # checked material): the style's adjective alone after the second date
        (
            "Указ подписан 19 февраля 1861 года по старому стилю, 3 марта по новому.",
            ("1861-02-19", "1861-03-03"),
        ),
        (
            "Указ подписан 3 марта 1861 года по новому стилю (19 февраля по старому).",
            ("1861-02-19", "1861-03-03"),
        ),
        # and of a Ukrainian one (a school text on the Christmas season): no year
        (
            "Цього вечора (31 грудня за старим стилем, 13 січня за новим) варили кутю.",
            ("--12-31", "--01-13"),
        ),
    ],
)
def test_the_style_s_adjective_alone_marks_the_second_date(
    text: str, expected: tuple[str, str]
) -> None:
    [item] = extract(text)
    assert item.kind == "pair"
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.isoformat(), item.new_style.start.isoformat()) == expected
    assert check(text) == []


def test_the_style_s_adjective_alone_keeps_a_wrong_day_an_error() -> None:
    # 19 February 1861 O.S. is 3 March N.S.: the 4th is a day off.
    text = "Указ подписан 19 февраля 1861 года по старому стилю, 4 марта по новому."
    [finding] = check(text)
    assert finding.code == "JG101"
    assert finding.fix is not None
    assert finding.fix.replacement == "3 марта"


@pytest.mark.parametrize(
    "text",
    [
        # the adjective before its noun is prose, not a calendar
        "С 1 января 2020 года по новому закону платят больше.",
        "Письмо пришло 5 марта по старому адресу.",
        "З 1 січня 2020 року за новим законом платять більше.",
        # a date marked by nothing but the adjective, and no other date
        "Работаем с 1 января по новому.",
    ],
)
def test_the_style_s_adjective_as_prose_marks_nothing(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the style named before each date, the first at the sentence's start (a capital
        # "По" the record does not read): the adjective after the comma names the
        # calendar of the date its dash leads to, never of the 19th before it
        "По старому стилю 19 февраля 1861 года, по новому — 3 марта.",
        "По старому стилю это 19 февраля 1861 года, по новому: 3 марта.",
        # and so does the whole marker (main read "19 февраля 1861 года, по новому
        # стилю" as a date of the new style)
        "Это было 19 февраля 1861 года, по новому стилю — 3 марта.",
        "Це було 19 лютого 1861 року, за новим стилем — 3 березня.",
    ],
)
def test_a_marker_a_dash_leads_on_from_marks_the_date_after_it(text: str) -> None:
    items = extract(text)
    assert [(item.kind, item.shape) for item in items] == [("new_style", "marked")]
    [item] = items
    assert item.new_style is not None
    assert item.new_style.start.isoformat() == "1861-03-03"


def test_a_marker_before_a_dash_and_the_end_of_a_span_marks_the_span_s_start() -> None:
    # a life's span: the date after the dash has its year, the marker is the first's
    [item] = extract("(3 March 1700, O.S. — 10 May 1750)")
    assert item.kind == "old_style"
    assert item.old_style is not None
    assert item.old_style.start.isoformat() == "1700-03-03"
