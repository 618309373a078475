"""A bracket whose marker is followed by more words before its date ("(in the Julian
calendar, then still used in Russia, 27 June)"): its date is the first one's partner
whenever the two could be one day, mistaken or not; only a date no calendar distance
can reach is an explanation's, leaving the first date marked."""

from __future__ import annotations

import pytest

from julian_gregorian import check, extract


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        # today's 13 days written for the 18th century (11): a pair and its error
        (
            "nasceu em 22 de janeiro de 1705 (no calendário juliano, então em vigor na "
            "Rússia, 9 de janeiro).",
            "1705-01-09",
            "1705-01-22",
        ),
        (
            "The battle was fought on 10 July 1709 (in the Julian calendar, then still "
            "used in Russia, 27 June).",
            "1709-06-27",
            "1709-07-10",
        ),
        (
            "Bătălia a avut loc pe 22 iulie 1711 (pe stil vechi, folosit atunci în "
            "Moldova, 9 iulie).",
            "1711-07-09",
            "1711-07-22",
        ),
        (
            "He died on 3 March 1702 (N.S., by the new calendar then used abroad, 17 "
            "March 1702) in Moscow.",
            "1702-03-03",
            "1702-03-17",
        ),
        (
            "Er starb am 19. März 1790 (a. St., nach dem damals in Russland gültigen "
            "Kalender, 5. März).",
            "1790-03-05",
            "1790-03-19",
        ),
        # a word of another account after a hyphen is part of another word
        (
            "The decree of 10 March 1800 (N.S., as the Moscow-born historian notes, 23 "
            "March) was signed.",
            "1800-03-10",
            "1800-03-23",
        ),
    ],
)
def test_an_error_in_an_explained_bracket_stays_a_pair_and_an_error(
    text: str, old: str, new: str
) -> None:
    (item,) = extract(text)
    assert item.kind == "pair"
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.isoformat(), item.new_style.start.isoformat()) == (old, new)
    assert [finding.code for finding in check(text)] == ["JG101"]


@pytest.mark.parametrize(
    "text",
    [
        # a dash before the date (Russian and Ukrainian Wikipedia)
        "Полтавская битва произошла 8 июля 1709 года (по юлианскому календарю, "
        "действовавшему тогда в России, — 27 июня).",
        "Полтавська битва відбулася 8 липня 1709 року (за юліанським календарем, що діяв "
        "тоді в Росії, — 27 червня).",
        "La bataille eut lieu le 8 juillet 1709 (selon le calendrier julien, alors en "
        "usage en Russie, 27 juin).",
    ],
)
def test_a_right_pair_in_an_explained_bracket_is_a_pair(text: str) -> None:
    (item,) = extract(text)
    assert item.kind == "pair"
    assert item.old_style is not None
    assert item.new_style is not None
    assert item.old_style.start.isoformat() == "1709-06-27"
    assert item.new_style.start.isoformat() == "1709-07-08"
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # 42 days: the year-start of the old style, not the partner (no false JG101)
        (
            "He was born on 11 February 1731 (O.S., the year then beginning on 25 March).",
            "1731-02-11",
        ),
        # an O.S. date after the N.S. one: another source's date, no partner
        ("Он родился 5 мая 1700 года (по ст. ст., по другим данным — 18 мая).", "1700-05-05"),
    ],
)
def test_a_date_no_calendar_distance_reaches_is_an_explanation(text: str, iso: str) -> None:
    (item,) = extract(text)
    assert item.kind == "old_style"
    assert item.old_style is not None
    assert item.old_style.start.isoformat() == iso
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        # another source's date within the calendars' reach, mistaken or not: the words
        # say so (the languages' other_accounts; reviewer's inputs)
        (
            "Родился 18 мая 1700 года (по ст. ст., по другим данным — 5 мая) в Москве.",
            "o",
            "1700-05-18",
        ),
        ("Родился 18 мая 1700 года (по ст. ст., по другим сведениям — 5 мая).", "o", "1700-05-18"),
        ("Родился 17 мая 1700 года (по ст. ст., по другим данным — 5 мая)", "o", "1700-05-17"),
        ("Родился 5 мая 1700 года (по н. ст., по другим данным — 18 мая)", "n", "1700-05-05"),
        (
            "Народився 18 травня 1700 року (за ст. ст., за іншими даними — 5 травня).",
            "o",
            "1700-05-18",
        ),
        ("He was born on 18 May 1700 (O.S., according to other sources 5 May)", "o", "1700-05-18"),
        ("27 June 1709 (O.S., other sources give 14 June)", "o", "1709-06-27"),
        ("18. Mai 1700 (a. St., nach anderen Angaben 5. Mai)", "o", "1700-05-18"),
        # another event's date
        (
            "He arrived on 10 July 1709 (O.S., the battle having been fought on 27 June).",
            "o",
            "1709-07-10",
        ),
        (
            "Он прибыл 10 июля 1709 года (по ст. ст., битва же произошла 27 июня).",
            "o",
            "1709-07-10",
        ),
        ("He was baptised on 14 June 1709 (O.S., born on 1 June)", "o", "1709-06-14"),
        ("Крещён 14 июня 1709 года (по ст. ст., родился 1 июня).", "o", "1709-06-14"),
    ],
)
def test_another_source_s_or_event_s_date_in_a_bracket_is_no_partner(
    text: str, kind: str, iso: str
) -> None:
    (item,) = extract(text)
    side = item.old_style if kind == "o" else item.new_style
    assert item.kind == ("old_style" if kind == "o" else "new_style")
    assert side is not None
    assert side.start.isoformat() == iso
    assert check(text) == []
