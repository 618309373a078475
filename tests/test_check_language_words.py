"""Every rule writes the dates of its messages in the words of the text's language.

The pair rules did already (their tests are in tests/languages/test_records.py); these
are the others: a message about a Russian date names ``февраля``, never ``February``,
and a numeric date takes the month words of the language around it. English texts
keep English words, even where a word of their markers ("Gregorian") is spelled alike
in another language's marker ("calendarul gregorian").
"""

from __future__ import annotations

import pytest

from julian_gregorian import check


def _messages(text: str, code: str) -> list[str]:
    return [finding.message for finding in check(text) if finding.code == code]


@pytest.mark.parametrize(
    ("text", "code", "words", "english"),
    [
        # JG103: an impossible day, in a pair and alone
        (
            "Он родился 30 февраля (13 марта) 1900 года.",
            "JG103",
            ("O.S. 30 февраля 1900", "N.S. 13 марта 1900 is O.S. 29 февраля 1900"),
            "February",
        ),
        ("Il naquit le 29 février 1900 (N.S.).", "JG103", ("N.S. 29 février 1900",), "February"),
        # a numeric date: the month words of the language around it
        (
            "Он родился 25.10.1917 (по старому стилю) в Москве, умер 30.02.1920 (ст. ст.).",
            "JG103",
            ("O.S. 30 февраля 1920",),
            "February",
        ),
        # JG401: an O.S. date after the last reform
        (
            "Служба прошла 7 января 1930 года (по старому стилю).",
            "JG401",
            ("O.S. 7 января 1930", "N.S. 20 января 1930"),
            "January",
        ),
        # JG402: a proleptic N.S. date
        (
            "Colombo sbarcò il 12 ottobre (21 ottobre) 1492.",
            "JG402",
            ("N.S. 21 ottobre 1492",),
            "October",
        ),
        # JG202: a pair without a year, repaired with its passage's offset
        (
            "Битва 25 октября (8 ноября). Потом 10 ноября (23 ноября). Потом 1 декабря "
            "(14 декабря).",
            "JG202",
            ("O.S. 25 октября is N.S. 7 ноября", "N.S. 8 ноября is O.S. 26 октября"),
            "November",
        ),
    ],
)
def test_a_message_writes_the_texts_month_words(
    text: str, code: str, words: tuple[str, ...], english: str
) -> None:
    (message,) = _messages(text, code)
    for part in words:
        assert part in message
    assert english not in message


def test_an_english_claim_keeps_english_words_beside_a_calendar_word() -> None:
    text = (
        "Russia used the Julian calendar until 1918. It was 12 days behind the Gregorian "
        "calendar during the 19th century."
    )
    (message,) = _messages(text, "JG403")
    assert "29 February 1900 O.S." in message
