"""Month and weekday names for ``strftime`` in the languages the extractor reads.

Month names come from the extractor's language records
(:mod:`julian_gregorian.text.languages`), in the form that follows a day number there:
the genitive in Russian, Ukrainian, Polish and Greek (``7 ноября``), which is what
``%d %B`` needs; ``%b`` is the record's shortest abbreviation of the month, or the full
name where the record has none. The records hold no weekdays, so their names are here.

>>> names = date_names("ru")
>>> names.months[10], names.month_abbreviations[10], names.weekdays[2]
('ноября', 'нояб', 'среда')
>>> date_names("de").months[2], date_names("el").months[2]
('März', 'Μαρτίου')
"""

from __future__ import annotations

from functools import cache

from julian_gregorian.calendar.strftime import ENGLISH, DateNames
from julian_gregorian.text.languages import by_code

# Nominative names, Monday first, and their usual short forms.
_WEEKDAYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": (
        ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
        ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
    ),
    "uk": (
        ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"),
        ("пн", "вт", "ср", "чт", "пт", "сб", "нд"),
    ),
    "pl": (
        ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
        ("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."),
    ),
    "de": (
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    ),
    "el": (
        ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"),
        ("Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"),
    ),
}

# Month names are capitalised in these languages and written in lower case in the others.
_CAPITALISED = frozenset({"en", "de", "el"})


def languages() -> tuple[str, ...]:
    """The language codes :func:`date_names` knows: ``en`` and the lexicon's languages."""
    return ("en", *sorted(_WEEKDAYS))


@cache
def date_names(language: str) -> DateNames:
    """The names ``strftime`` writes in *language* (``"en"``, ``"ru"``, ``"de"``, ...).

    Raises ``ValueError`` for a language the extractor does not read.
    """
    if language == "en":
        return ENGLISH
    if language not in _WEEKDAYS:
        raise ValueError(
            f"no date names for language {language!r}: use one of {', '.join(languages())}"
        )
    months = tuple(_cased(name, language) for name in _month_names(language))
    abbreviations = tuple(
        _cased(_shortest_abbreviation(number, full, language), language)
        for number, full in enumerate(_month_names(language), start=1)
    )
    weekdays, weekday_abbreviations = _WEEKDAYS[language]
    return DateNames(months, abbreviations, weekdays, weekday_abbreviations)


def _month_names(language: str) -> tuple[str, ...]:
    """The full month names of *language*'s record, in lower case."""
    return by_code(language).months[0]


def _shortest_abbreviation(month: int, full: str, language: str) -> str:
    short = [
        row[month - 1] for row in by_code(language).abbreviations if full.startswith(row[month - 1])
    ]
    return min(short, key=len) if short else full


def _cased(name: str, language: str) -> str:
    return name[0].upper() + name[1:] if language in _CAPITALISED else name
