"""Every language the extractor reads, one record each (:class:`Language`).

Adding a language is adding a module here with one record and listing it in
:data:`LANGUAGES`; the matchers are generated from this list (see docs/extraction.md,
"Adding a language").

>>> [language.code for language in LANGUAGES][:4]
['en', 'ru', 'uk', 'be']
>>> by_code("nb").name
'Norwegian'
"""

from __future__ import annotations

import functools

from julian_gregorian.languages._record import Language, MonthRow, row
from julian_gregorian.languages.af import AFRIKAANS
from julian_gregorian.languages.ast import ASTURIAN
from julian_gregorian.languages.be import BELARUSIAN
from julian_gregorian.languages.bg import BULGARIAN
from julian_gregorian.languages.cs import CZECH
from julian_gregorian.languages.da import DANISH
from julian_gregorian.languages.de import GERMAN
from julian_gregorian.languages.el import GREEK
from julian_gregorian.languages.en import ENGLISH
from julian_gregorian.languages.es import SPANISH
from julian_gregorian.languages.et import ESTONIAN
from julian_gregorian.languages.fi import FINNISH
from julian_gregorian.languages.fr import FRENCH
from julian_gregorian.languages.id import INDONESIAN
from julian_gregorian.languages.it import ITALIAN
from julian_gregorian.languages.ja import JAPANESE
from julian_gregorian.languages.la import LATIN
from julian_gregorian.languages.lt import LITHUANIAN
from julian_gregorian.languages.lv import LATVIAN
from julian_gregorian.languages.mk import MACEDONIAN
from julian_gregorian.languages.ml import MALAYALAM
from julian_gregorian.languages.nl import DUTCH
from julian_gregorian.languages.no import NORWEGIAN
from julian_gregorian.languages.pl import POLISH
from julian_gregorian.languages.pt import PORTUGUESE
from julian_gregorian.languages.ro import ROMANIAN
from julian_gregorian.languages.ru import RUSSIAN
from julian_gregorian.languages.sco import SCOTS
from julian_gregorian.languages.sk import SLOVAK
from julian_gregorian.languages.sr import SERBIAN_CYRILLIC, SERBIAN_LATIN
from julian_gregorian.languages.sv import SWEDISH
from julian_gregorian.languages.uk import UKRAINIAN

__all__ = ["LANGUAGES", "Language", "MonthRow", "by_code", "month_words", "row"]

#: Every record. Where two languages spell a month alike (``april``, ``juli``), the word
#: is taken as the earlier one's: English first, then the languages of most O.S. text.
LANGUAGES: tuple[Language, ...] = (
    ENGLISH,
    RUSSIAN,
    UKRAINIAN,
    BELARUSIAN,
    BULGARIAN,
    SERBIAN_CYRILLIC,
    SERBIAN_LATIN,
    MACEDONIAN,
    GREEK,
    ROMANIAN,
    POLISH,
    CZECH,
    SLOVAK,
    GERMAN,
    DUTCH,
    FRENCH,
    ITALIAN,
    SPANISH,
    PORTUGUESE,
    SWEDISH,
    NORWEGIAN,
    DANISH,
    FINNISH,
    ESTONIAN,
    LATVIAN,
    LITHUANIAN,
    LATIN,
    AFRIKAANS,
    INDONESIAN,
    SCOTS,
    ASTURIAN,
    MALAYALAM,
    JAPANESE,
)


def by_code(code: str) -> Language:
    """The record of a language by its code or an alias (``nb`` is Norwegian)."""
    for language in LANGUAGES:
        if code == language.code or code in language.aliases:
            return language
    raise KeyError(f"no language record for {code!r}")


@functools.cache
def month_words() -> dict[str, tuple[int, str]]:
    """Every month word of every record (small letters, no full stop) -> its month
    number and the code of its language; a word two languages spell alike is the
    earlier one's in :data:`LANGUAGES`. The extractor's month table, and that of
    ``convert``'s dates in other languages, which must not load the extractor.

    >>> month_words()["ноября"], month_words()["april"]
    ((11, 'ru'), (4, 'en'))
    """
    table: dict[str, tuple[int, str]] = {}
    for language in LANGUAGES:
        for word, number in language.month_forms().items():
            table.setdefault(word, (number, language.code))
    return table
