"""The words dates are written with: month names in the languages O.S./N.S. text uses.

English (full names and the abbreviations of footnotes and tables), Russian and Polish
in the genitive case that follows a day number (``7 ноября``, ``7 listopada``), and
German. Every name maps to its month number and language; the language decides how an
unmarked pair is read (Russian text writes the Julian date first).
"""

from __future__ import annotations

from typing import Literal

Language = Literal["en", "ru", "pl", "de"]

_ENGLISH = (
    ("january", "jan"),
    ("february", "feb", "febr"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

# Genitive forms: the case after a day number ("7 ноября 1917 года").
_RUSSIAN = (
    ("января", "янв"),
    ("февраля", "фев", "февр"),
    ("марта", "мар"),
    ("апреля", "апр"),
    ("мая",),
    ("июня", "июн"),
    ("июля", "июл"),
    ("августа", "авг"),
    ("сентября", "сен", "сент"),
    ("октября", "окт"),
    ("ноября", "нояб"),
    ("декабря", "дек"),
)

_POLISH = (
    ("stycznia",),
    ("lutego",),
    ("marca",),
    ("kwietnia",),
    ("maja",),
    ("czerwca",),
    ("lipca",),
    ("sierpnia",),
    ("września",),
    ("października",),
    ("listopada",),
    ("grudnia",),
)

_GERMAN = (
    ("januar", "jänner"),
    ("februar",),
    ("märz",),
    ("april",),
    ("mai",),
    ("juni",),
    ("juli",),
    ("august",),
    ("september",),
    ("oktober",),
    ("november",),
    ("dezember",),
)


def _table() -> dict[str, tuple[int, Language]]:
    table: dict[str, tuple[int, Language]] = {}
    languages: tuple[tuple[Language, tuple[tuple[str, ...], ...]], ...] = (
        ("de", _GERMAN),
        ("pl", _POLISH),
        ("ru", _RUSSIAN),
        ("en", _ENGLISH),  # last, so shared spellings (april, august) count as English
    )
    for language, months in languages:
        for number, names in enumerate(months, start=1):
            for name in names:
                table[name] = (number, language)
    return table


#: Lower-case month word (without a trailing dot) -> (month number, language).
MONTH_WORDS: dict[str, tuple[int, Language]] = _table()


def month_of(word: str) -> tuple[int, Language] | None:
    """Month number and language of a month word as written (any case, trailing dot).

    >>> month_of("October"), month_of("Sept."), month_of("ноября"), month_of("Dezember")
    ((10, 'en'), (9, 'en'), (11, 'ru'), (12, 'de'))
    >>> month_of("Octember") is None
    True
    """
    return MONTH_WORDS.get(word.rstrip(".").lower())


def _alternation(names: list[str]) -> str:
    # Longest first, so "September" wins over "Sep" and "Sept".
    return "|".join(sorted(names, key=lambda name: (-len(name), name)))


def _capitalised(name: str) -> str:
    return name[0].upper() + name[1:]


def _month_regex() -> str:
    """Month words as a regex: title case, upper case, and lower case for other languages.

    English and German month names are proper nouns, capitalised; a lower-case "may" or
    "march" is a verb far more often than a month. Russian and Polish months are written
    in lower case. Only abbreviations may carry a dot: after a full name a dot ends the
    sentence.
    """
    full: set[str] = set()
    short: set[str] = set()
    full_names = {names[0] for table in (_ENGLISH, _GERMAN, _RUSSIAN, _POLISH) for names in table}
    for name, (_, language) in MONTH_WORDS.items():
        spellings = {name} if language in ("ru", "pl") else {_capitalised(name), name.upper()}
        (full if name in full_names else short).update(spellings)
    # \b does not work after a dot; a month word must not run on into more letters.
    return rf"(?:(?:{_alternation(sorted(full))})|(?:{_alternation(sorted(short))})\.?)(?![^\W\d_])"


#: A month word, as a regex fragment without groups.
MONTH = _month_regex()

#: English ordinal suffixes after a day number ("February 23rd").
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
