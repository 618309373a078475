"""Month names as articles write them, so a fix can write a new month the same way.

Every month word of every language record (:mod:`julian_gregorian.languages`)
belongs to a *row*: the twelve months in one case form or one style of abbreviation of
one language (``октября`` is in the Russian genitive row, ``Oct.`` in the English
abbreviations). A fix writes the new month from the same row, in the same letter case
and with the same full stop: ``7 ноября``, never ``7 November``, in a Russian sentence.
Where two languages spell a month alike (``april``), the words around the date say
which language the text is in (:func:`text_language`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from julian_gregorian.languages import LANGUAGES


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
    #: The language of the row (``en``, ``ru``).
    language: str = "en"

    def write(self, month: int) -> str:
        """Month *month* in this word's spelling, case and abbreviation dot."""
        word = self.table[month - 1]
        dot = self.abbreviation_dot and word not in _FULL_WORDS[self.language]
        if self.case == "upper":
            word = word.upper()
        elif self.case == "title":
            word = word[:1].upper() + word[1:]
        return word + ("." if dot else "") + self.punctuation


#: (language, row, abbreviated) for every month word, full names of every language first.
_ROWS: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
for _language in LANGUAGES:
    for _row in _language.months:
        for _word in _row:
            _ROWS.setdefault(_word, []).append((_language.code, _row, False))
for _language in LANGUAGES:
    for _row in _language.abbreviations:
        for _word in _row:
            _ROWS.setdefault(_word, []).append((_language.code, _row, True))

_CAPITALISING = frozenset(language.code for language in LANGUAGES if language.capitalised)

_FULL_WORDS: dict[str, frozenset[str]] = {
    language.code: frozenset(word for row in language.months for word in row)
    for language in LANGUAGES
}


def read_month(word: str, language: str | None = None) -> MonthWord | None:
    """The month *word* names (``"Oct."``, ``"october"``, ``"октября"``), or ``None``.

    *language* chooses among languages that spell the word alike.

    >>> read_month("Sept.").write(10), read_month("DECEMBER").write(1)
    ('Oct.', 'JANUARY')
    >>> read_month("октября").write(11), read_month("Mr") is None
    ('ноября', True)
    >>> read_month("April").write(3), read_month("april", "sv").write(3)
    ('March', 'mars')
    >>> read_month("September", "sv").write(10), read_month("september", "en").write(10)
    ('Oktober', 'október')
    """
    dot = word.endswith(".")
    bare = word[:-1] if dot else word
    rows = _ROWS.get(bare.lower())
    if not rows:
        return None
    if bare.isupper() and len(bare) > 1:
        case = "upper"
    elif bare[:1].isupper():
        case = "title"
    else:
        case = "lower"
        # The extractor reads a month of a language that capitalises them (English,
        # German) only with its capital, so a word in small letters was read in another
        # language, and the new month must be written in that one to be read again:
        # "1 september" becomes "7 október" (Slovak), never the unread "7 october".
        rows = [row for row in rows if row[0] not in _CAPITALISING] or rows
    chosen = next((row for row in rows if row[0] == language), rows[0])
    code, table, abbreviated_row = chosen
    abbreviated = abbreviated_row and bare.lower() not in _FULL_WORDS[code]
    number = table.index(bare.lower()) + 1
    return MonthWord(
        number, table, dot and abbreviated, case, "." if dot and not abbreviated else "", code
    )


def is_english_month(word: str) -> bool:
    """Whether *word* is an English month name or abbreviation (``"Oct."``, ``"may"``)."""
    rows = _ROWS.get(word.rstrip(".").lower(), [])
    return any(code == "en" for code, _, _ in rows)


#: The words of the English markers, which the English record writes as patterns rather
#: than phrases: "Gregorian" must tell English, not Romanian ("calendarul gregorian").
_ENGLISH_MARKER_WORDS = ("julian", "gregorian", "calendar", "style")


def _word_owners(abbreviations: bool = True) -> dict[str, frozenset[str]]:
    """Month forms (with their *abbreviations* or not) and marker words -> the languages
    that use them."""
    owners: dict[str, set[str]] = {word: {"en"} for word in _ENGLISH_MARKER_WORDS}
    for language in LANGUAGES:
        rows = (*language.months, *language.abbreviations) if abbreviations else language.months
        words = {word for row in rows for word in row}
        for phrase in language.markers:
            words |= {part.lower() for part in phrase.split() if len(part) > 3}
        for word in words:
            owners.setdefault(word, set()).add(language.code)
    return {word: frozenset(codes) for word, codes in owners.items()}


_OWNERS = _word_owners()
#: Words that only one language uses (month forms, marker words) -> that language.
_LANGUAGE_WORDS = {word: next(iter(codes)) for word, codes in _OWNERS.items() if len(codes) == 1}
#: Words that a few languages share -> those languages: where no word of one language
#: alone stands near a date, the language that uses the most of them is the text's
#: ("20 април стар стил (1 май нов стил)": ``април`` is Bulgarian, Serbian and
#: Macedonian, ``май`` Bulgarian and Russian, ``стил`` Bulgarian and Macedonian). Not
#: abbreviations: ``mar``, ``sie`` are words of other languages too.
_SHARED_WORDS = {
    word: codes for word, codes in _word_owners(abbreviations=False).items() if len(codes) > 1
}
#: Those of them that are only a month's abbreviation: short words that other
#: languages write as words of their own (the Polish ``sie`` of August is German's
#: ``Sie``, ``lut`` and ``mar`` are words too), taken as a month only beside a number.
_ABBREVIATIONS_ONLY = (
    frozenset(_LANGUAGE_WORDS)
    - {word for language in LANGUAGES for row in language.months for word in row}
    - {
        part.lower()
        for language in LANGUAGES
        for phrase in language.markers
        for part in phrase.split()
    }
)
_WORD = re.compile(r"[^\W\d_]+")
#: How far around a date the words that tell its language are looked for.
_REACH = 200
#: How near a number an abbreviation stands to be taken as a month (``5 sie``, ``sie.
#: 1700``, ``5.sie``).
_NUMBER_NEAR = 3
_DIGIT = re.compile(r"\d")


def text_language(text: str, start: int, end: int) -> str | None:
    """The language of the text around ``text[start:end]``, told by the month names and
    marker words only one language uses, or ``None`` when none stands there. The words
    of the date itself decide where they tell one language; a month's abbreviation
    counts only beside a number.

    >>> text_language("7 april 1700 (27 mars enligt gamla stilen)", 0, 12)
    'sv'
    >>> text_language("Sie starb am 20. Dezember 1699 / 2. Januar 1700.", 33, 47)
    'de'
    >>> text_language("започва на 20 април стар стил (1 май нов стил) 1876 г.", 11, 41)
    'bg'
    """
    inside: Counter[str] = Counter()
    around: Counter[str] = Counter()
    shared: Counter[str] = Counter()
    for found in _WORD.finditer(text, max(0, start - _REACH), end + _REACH):
        word = found.group().lower()
        language = _LANGUAGE_WORDS.get(word)
        if language is None:
            shared.update(_SHARED_WORDS.get(word, ()))
            continue
        if word in _ABBREVIATIONS_ONLY and not _beside_a_number(text, found):
            continue
        (inside if start <= found.start() and found.end() <= end else around)[language] += 1
    votes = inside or around
    if votes:
        return votes.most_common(1)[0][0]
    return _most_sharing(shared)


def _most_sharing(shared: Counter[str]) -> str | None:
    """The one language that uses more of the shared words around a date than any
    other, or ``None`` on a tie (``april`` alone is Swedish as much as Danish).

    >>> _most_sharing(Counter({"bg": 3, "mk": 2, "ru": 1}))
    'bg'
    >>> _most_sharing(Counter({"sv": 1, "da": 1})) is None
    True
    """
    ranked = shared.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _beside_a_number(text: str, word: re.Match[str]) -> bool:
    """Whether a digit stands within :data:`_NUMBER_NEAR` characters of *word*."""
    before = _DIGIT.search(text, max(0, word.start() - _NUMBER_NEAR), word.start())
    return (
        before is not None or _DIGIT.search(text, word.end(), word.end() + _NUMBER_NEAR) is not None
    )
