"""Golden sentences for a marker after a range of two whole dates, an era before the year
(``23rd July, A.D. 1664``), ``per`` before a marker, and a calendar named at the start of a
clause further from its date than a window reaches.

The real sentences come from the multilingual corpus (``benchmarks/corpus/en.jsonl``,
where their sources and licences are given); each has a sibling of the same shape built
from another real date, and look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from helpers.extract import read
from julian_gregorian import extract

PAIR, OLD, NEW = "pair", "old_style", "new_style"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # en-034 (English Wikipedia, Charles XII): one O.S. after a life's range marks both
        (
            "Carolus Rex (17 June 1682 – 30 November 1718 O.S.),[1] was King of Sweden",
            [(OLD, "marked", "1682-06-17", "-"), (OLD, "marked", "1718-11-30", "-")],
        ),
        # the same shape with N.S. and a hyphen between spaces (Peter the Great's life)
        (
            "Peter I (9 June 1672 - 8 February 1725 New Style) was tsar",
            [(NEW, "marked", "-", "1672-06-09"), (NEW, "marked", "-", "1725-02-08")],
        ),
        # en-067 (Pepys's diary, a note): the era between the month and the year
        (
            "The battle took place on the 9th Moharrem, A.H. 1075, or 23rd July, A.D. 1664 "
            "(old style), which is that used by Pepys.",
            [(OLD, "marked", "1664-07-23", "-")],
        ),
        # month first, the era without full stops (Hudson's last voyage set out in 1610)
        (
            "They sailed on April 17, AD 1610 (O.S.) from London.",
            [(OLD, "marked", "1610-04-17", "-")],
        ),
        # en-007 (Simple English Wikipedia, 16 September): "per" leads into the marker
        (
            "1620 – The Pilgrims sail from Plymouth, England on the Mayflower. (Old Style "
            "date; September 16 per New Style date.)",
            [(NEW, "marked", "-", "1620-09-16")],
        ),
        (
            "The Mayflower left on 6 September 1620 per Old Style.",
            [(OLD, "marked", "1620-09-06", "-")],
        ),
    ],
)
def test_real_sentence_is_read(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # es-001 (Spanish Wikipedia, Pedro I): a hyphen without spaces, the marker for the
        # end alone (the birth date is the Gregorian one there)
        (
            "(9 de junio de 1672-28 de enero de 1725 C.J.1])",
            [(OLD, "marked", "1725-01-28", "-")],
        ),
        # one day written twice across a dash, the later date first: not a range
        (
            "on 7 November 1917 – 25 October 1917 O.S. the Bolsheviks rose",
            [(OLD, "marked", "1917-10-25", "-")],
        ),
        # a range whose first date is marked on its own keeps its own marker
        (
            "(N.S. 27 June 1682) – 30 November 1718 O.S.",
            [(NEW, "marked", "-", "1682-06-27"), (OLD, "marked", "1718-11-30", "-")],
        ),
    ],
)
def test_range_start_is_marked_only_when_the_range_is_plain(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1664 AD 3 ships sailed from the port.",
        "The Hijri year A.H. 1075 began in July 1664.",
        "Sales rose 5 per cent in May 1700.",
        "The fee is paid once per OS license.",
        "The reign lasted 1682 – 1718 in all.",
    ],
)
def test_look_alike_stays_silent(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # en-036 (English Wikipedia, William III, a note) with the year of its article: the
        # calendar named after a semicolon, its date more than a window's reach further on
        (
            "This is the date from the Gregorian calendar that was followed at the time in "
            "the Dutch Republic; according to the Julian calendar, still used in England at "
            "the time, the date of death was 8 March 1702.",
            [(OLD, "marked", "1702-03-08", "-")],
        ),
        # the same reach in other languages (the October Revolution's Julian date)
        (
            "Nach dem julianischen Kalender, der damals noch in Russland und in der "
            "orthodoxen Kirche galt, begann der Aufstand am 25. Oktober 1917.",
            [(OLD, "marked", "1917-10-25", "-")],
        ),
        (
            "По юлианскому календарю, который тогда ещё действовал в России и в православной "
            "церкви, восстание началось 25 октября 1917 года.",
            [(OLD, "marked", "1917-10-25", "-")],
        ),
        # the name opening its sentence further back than a window reaches from the anchor
        # near the date (the 3/4 of a reference); Romanian, the Treaty of the Pruth
        (
            "După calendarul iulian, în vigoare atunci în Principatele Române și în Imperiul "
            "Rus, tratatul de pace de la Prut a fost semnat la 12 iulie 1711 (articolele 3/4 "
            "au fost adăugate).",
            [(OLD, "marked", "1711-07-12", "-")],
        ),
    ],
)
def test_calendar_named_at_a_clause_start_reaches_its_date(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # en-036 as printed: no year, so the day may be a rule's; kept only with a partner
        "This is the date from the Gregorian calendar that was followed at the time in the "
        "Dutch Republic; according to the Julian calendar, still used in England at the "
        "time, the date of death was 8 March.",
        # en-059: a rule, not a day
        "In the Old Style calendar used at the time in England and its colonies, the new "
        "year started on 25 March.",
        # a calendar named without a date, a date in the next sentence
        "According to the Julian calendar, which the Orthodox Church still follows for its "
        "feasts and fasts, the dates differ. The council met on 3 May 1923.",
        # a feast's yearly day: no year, so a rule rather than a day
        "Nach dem julianischen Kalender, der damals noch in Russland und in der "
        "orthodoxen Kirche galt, feiert man Weihnachten am 25. Dezember.",
        # the reform itself: a year stands between the name and the day
        "In the Gregorian calendar, adopted by Great Britain and its colonies in 1752, "
        "Wednesday 2 September 1752 was followed by Thursday 14 September 1752.",
    ],
)
def test_clause_look_alike_stays_silent(text: str) -> None:
    assert extract(text) == []


# no-002 (Norwegian Nynorsk Wikipedia, Oktoberrevolusjonen): the N.S. date's sentence
# opens with the calendar's name glossed in parentheses, its date a long clause further
NO_002 = (
    "Petrograd den 25. oktober 1917 etter gammal russisk tidsrekning (juliansk kalender). "
    "Etter vestleg tidsrekning (gregoriansk kalender), som blei innført av dei same "
    "bolsjevikane (kommunistane) etter revolusjonen som eit ledd i moderniseringa av det "
    "russiske riket, skjedde dette den 7. november."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NO_002, [(PAIR, "prose", "1917-10-25", "1917-11-07")]),
        # the same shape for the February Revolution (23 February = 8 March 1917)
        (
            NO_002.replace("25. oktober", "23. februar").replace("7. november", "8. mars"),
            [(PAIR, "prose", "1917-02-23", "1917-03-08")],
        ),
    ],
)
def test_the_partner_sentence_is_reached(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fr-001 (French Wikipedia, Pierre Ier, a broken copy): the brackets open on a
        # space, their date lost; the marker named that date, not the one before
        (
            "né le 30 mai 1672 ( dans le calendrier grégorien) à Moscou et mort le 28 "
            "janvier 1725 ( dans le calendrier grégorien) à Saint-Pétersbourg",
            [],
        ),
        ("born 24 October 1917 ( O.S.) in Moscow", []),
        # the marker in brackets of its own, spaced or not, marks the date before them
        (
            "né le 30 mai 1672 (dans le calendrier julien) à Moscou",
            [(OLD, "marked", "1672-05-30", "-")],
        ),
        ("born 24 October 1917 ( O.S. ) in Moscow", [(OLD, "marked", "1917-10-24", "-")]),
    ],
)
def test_brackets_that_lost_their_date_mark_nothing(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(text) == expected


def test_a_clause_begins_where_the_clause_before_it_ends_by_the_same_rule() -> None:
    # Back and forward alike, the full stop of an ordinal day ends no clause.
    from julian_gregorian.text._read.openers import _clause_start

    ordinal = "Er starb am 7. März nach dem julianischen Kalender"
    assert _clause_start(ordinal, ordinal.index("nach")) == 0
    sentences = "He left. According to the Julian calendar he came back"
    assert _clause_start(sentences, sentences.index("According")) == len("He left.")
