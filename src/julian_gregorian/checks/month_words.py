"""Month names as articles write them, so a fix can write a new month the same way.

Only the spellings whose style can be reproduced are listed: English full names and
their usual abbreviations, and Russian month names (genitive, as in ``25 октября``, and
nominative). A month written any other way is left as it is: a fix that would need to
change it is not offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from julian_gregorian.calendar.months import MONTH_NAMES
from julian_gregorian.text.lexicon import FULL_NAMES

_RUSSIAN_GENITIVE = FULL_NAMES["ru"]
_RUSSIAN_NOMINATIVE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


@dataclass(frozen=True, slots=True)
class MonthWord:
    """A month as written: its number and how to write another month the same way."""

    month: int
    table: tuple[str, ...]
    #: The word was abbreviated with a dot (``Oct.``); a full name such as May takes none.
    abbreviation_dot: bool
    case: str  # "title", "lower" or "upper"
    #: A full stop after a full month name ends the sentence and stays.
    punctuation: str

    def write(self, month: int) -> str:
        """Month *month* in this word's spelling, case and abbreviation dot."""
        word = self.table[month - 1]
        dot = self.abbreviation_dot and word != _FULL[month - 1]
        if self.case == "upper":
            word = word.upper()
        elif self.case == "title":
            word = word[:1].upper() + word[1:]
        return word + ("." if dot else "") + self.punctuation


_FULL = tuple(name.lower() for name in MONTH_NAMES)
_ABBREVIATIONS = tuple(name[:3] for name in _FULL)
#: "Sept" is common enough to keep as written when it is the month being replaced.
_SEPT = (*_ABBREVIATIONS[:8], "sept", *_ABBREVIATIONS[9:])
_ENGLISH = (_FULL, _ABBREVIATIONS, _SEPT)

_LOOKUP: dict[str, tuple[int, tuple[str, ...]]] = {}
for _table in (_FULL, _RUSSIAN_GENITIVE, _RUSSIAN_NOMINATIVE, _ABBREVIATIONS):
    for _number, _word in enumerate(_table, start=1):
        _LOOKUP.setdefault(_word, (_number, _table))
_LOOKUP["sept"] = (9, _SEPT)


def read_month(word: str) -> MonthWord | None:
    """The month *word* names (``"Oct."``, ``"october"``, ``"октября"``), or ``None``.

    >>> read_month("Sept.").write(10), read_month("DECEMBER").write(1)
    ('Oct.', 'JANUARY')
    >>> read_month("октября").write(11), read_month("Mr") is None
    ('ноября', True)
    """
    dot = word.endswith(".")
    bare = word[:-1] if dot else word
    found = _LOOKUP.get(bare.lower())
    if found is None:
        return None
    number, table = found
    abbreviated = table is _ABBREVIATIONS or table is _SEPT
    if bare.isupper() and len(bare) > 1:
        case = "upper"
    elif bare[:1].isupper():
        case = "title"
    else:
        case = "lower"
    return MonthWord(
        number, table, dot and abbreviated, case, "." if dot and not abbreviated else ""
    )


def is_english_month(word: str) -> bool:
    """Whether *word* is an English month name or abbreviation (``"Oct."``, ``"may"``)."""
    found = read_month(word)
    return found is not None and any(found.table is table for table in _ENGLISH)
