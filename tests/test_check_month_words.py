"""Month words in the text's language (checks/month_words.py): how far around a date the
words that tell the language are looked for."""

from __future__ import annotations

from julian_gregorian import check
from julian_gregorian.checks._month_words import text_language

DATE = "7 april 1700"
SWEDISH = "enligt"  # of "enligt gamla stilen", a word no other language of the records uses


def test_the_words_that_tell_the_language_count_within_200_characters() -> None:
    assert text_language(DATE, 0, len(DATE)) is None  # "april" is no one language's own

    def before(distance: int) -> str | None:
        text = SWEDISH + " " * (distance - len(SWEDISH)) + DATE
        return text_language(text, distance, len(text))

    def after(distance: int) -> str | None:
        text = DATE + " " * (distance - len(SWEDISH)) + SWEDISH
        return text_language(text, 0, len(DATE))

    assert (before(200), before(201)) == ("sv", None)
    assert (after(200), after(201)) == ("sv", None)


def test_a_month_abbreviation_counts_only_beside_a_number() -> None:
    # The Polish "sie" (August) is German's "Sie": a vote for Polish only as a month.
    german = "Sie starb am 20. Dezember 1699 / 2. Januar 1700."
    side = german.index("2. Januar")
    assert text_language(german, side, side + len("2. Januar 1700")) == "de"
    polish = "Zmarł 5 sie. 1712 [O.S. 21 lip. 1712]"
    side = polish.index("21 lip.")
    assert text_language(polish, side, side + len("21 lip. 1712")) == "pl"


def test_the_words_of_the_date_itself_decide_before_those_around_it() -> None:
    # Three Swedish words around the date, its own month German: the date is German.
    text = "enligt gamla stilen: 7. Dezember 1700"
    date = text.index("7. Dezember")
    assert text_language(text, date, len(text)) == "de"
    assert text_language(text, 0, date - 2) == "sv"  # (the date left out: Swedish)


def test_where_no_word_is_one_language_s_the_most_shared_words_decide() -> None:
    # "април" is Bulgarian, Serbian and Macedonian, "май" Bulgarian and Russian, "стил"
    # Bulgarian and Macedonian: Bulgarian, as the message's and the fix's month words
    # must be (the shape of a Bulgarian news article on the April Uprising).
    text = "То започва на 20 април стар стил (1 май нов стил) 1876 г."
    date = text.index("20 април")
    assert text_language(text, date, text.index(") 1876") + 1) == "bg"
    [finding] = check(text)
    assert "O.S. 20 април 1876" in finding.message
    assert "апрель" not in finding.message
    # a tie tells nothing: "april" is as Swedish as it is Danish
    assert text_language("7 april 1700", 0, 12) is None
