"""Month and weekday names for ``strftime`` in the languages the extractor reads.

Month names come from the extractor's language records
(:mod:`julian_gregorian.languages`), in the form that follows a day number there:
the genitive in Russian, Ukrainian, Polish and Greek (``7 ноября``), which is what
``%d %B`` needs; ``%b`` is the record's shortest abbreviation of the month, or the full
name where the record has none. Weekday names come from the records too.

>>> names = date_names("ru")
>>> names.months[10], names.month_abbreviations[10], names.weekdays[2]
('ноября', 'нояб', 'среда')
>>> date_names("de").months[2], date_names("el").months[2]
('März', 'Μαρτίου')
"""

from __future__ import annotations

from functools import cache

from julian_gregorian.calendar._strftime import ENGLISH, DateNames
from julian_gregorian.languages import LANGUAGES, by_code

# Month names are capitalised in these languages and written in lower case in the others.
_CAPITALISED = frozenset({"en", "de", "el"})


def languages() -> tuple[str, ...]:
    """The language codes :func:`date_names` knows: ``en`` and the lexicon's languages."""
    return ("en", *sorted(language.code for language in LANGUAGES if language.weekdays))


@cache
def date_names(language: str) -> DateNames:
    """The names ``strftime`` writes in *language* (``"en"``, ``"ru"``, ``"de"``, ...).

    Raises ``ValueError`` for a language the extractor does not read.
    """
    if language == "en":
        return ENGLISH
    if language not in languages():
        raise ValueError(
            f"no date names for language {language!r}: use one of {', '.join(languages())}"
        )
    months = tuple(_cased(name, language) for name in _month_names(language))
    abbreviations = tuple(
        _cased(_shortest_abbreviation(number, full, language), language)
        for number, full in enumerate(_month_names(language), start=1)
    )
    record = by_code(language)
    return DateNames(months, abbreviations, record.weekdays, record.weekday_abbreviations)


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
