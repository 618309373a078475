"""Month words in the text's language (checks/month_words.py): how far around a date the
words that tell the language are looked for."""

from __future__ import annotations

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
