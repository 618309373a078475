"""Stage 3, link: a pair that recurs every year, given in today's calendars.

Church pages give a saint's feast days in both calendars with no year: "Память
совершается 12 (25) мая", "17 февраля (1 марта) в високосный год" (Russian Wikipedia).
The difference written is today's, whatever century the article is about, so the year
of the article's events must not be lent to them. A pair is read as yearly only when
a phrase saying so governs it and its sentence names no year, unless its days were
written for a past year: the year its context gives makes its halves one day (a feast of
1850 written with the difference of 1850 is read as before), or, with no year around,
they are 10 to 12 days apart. A context year of 1900 or later that fits takes nothing
from today's difference ("Умер в 1930 г. Память совершается 12 (25) мая": no O.S. date
of 1930, so no JG401), and a pair whose days the calendars never had (14 apart) is
judged as a yearly date, against today's difference. A feast phrase written with a
capital after a full stop opens a sentence even after an abbreviation ("Умер в 1612
г. Память совершается 12 (25) мая").

A phrase governs a date in two ways, the two fields of a language record:

- ``recurrence_words`` ("Память совершается", "feast day") stand before the date in its
  clause: only letters, spaces, commas, colons and dashes between, at most
  :data:`_CLAUSE_REACH` characters; a colon after the phrase opens a list, which it
  governs to the first full stop ("Дни празднования ...: 17 февраля (1 марта) ..., а
  также 12 (25) мая"; not "...: 12 (25) мая. He joined the army on 3 (16) June").
- ``every_year_words`` ("ежегодно", "every year", "в високосный год") stand next to
  the date: right after it (a comma at most between) or at most two words before it
  ("Kept every year on 14 April"). "Бой 25 октября, о котором ежегодно вспоминают" is
  about the remembering, not the day.

A date listed right after a yearly one (a comma, a semicolon or a short word such as
"и", "and", "und" between) is governed as it is: "Память совершается 6 (19) декабря и 9
(22) мая", "Its feast days, 6 December (19 December) and 9 May (22 May)". Only phrases
that event prose does not use count: not a word for a day that names one year's
events too ("Namenstag", "name day", "fête liturgique": "His name day, 6 December (19
December), was celebrated at the palace"), nor an adverb spelled as its adjective
(Romanian "anual", Serbian "годишње", Macedonian "годишно": "Târgul anual de la 12 (25)
mai"), nor "is mentioned" (Romanian "este pomenit").

Mistaking an event's date for a yearly one hides a real error (today's 13 days written
for an 1812 date), so everything here leans to not reading a pair as yearly.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from julian_gregorian.calendar.offset import PRESENT_YEARS
from julian_gregorian.languages import LANGUAGES

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from julian_gregorian.text._drafts import Draft

#: A common and a leap year of each past period of the difference (10, 11 and 12 days).
_PAST_YEARS = (1601, 1604, 1701, 1704, 1801, 1804)
#: What joins the dates of a list: a comma or a semicolon, a short word ("и", "and",
#: "et", "und", "și", "και"), or both.
_LIST_JOIN = re.compile(r"[ \t\u00a0]*[,;]?[ \t\u00a0]*(?:[^\W\d_]{1,3}[ \t\u00a0]+)?")
#: How far from a date its sentence is looked for, each way.
_SENTENCE_REACH = 400
#: How far before its date a governing phrase may end: a line's worth, room for the
#: saint's name and a verb ("Дни празднования священномученику Ермогену: ", 45
#: characters; "is commemorated by the Church on ") and not for a second clause.
_CLAUSE_REACH = 60
#: A sentence end: a full stop, an exclamation or a question mark before a space, or a
#: line break. A full stop after a word of one to three letters is an abbreviation's
#: ("в 1812 г. 25 октября", "св. Татьяны", "Oct. 25", "St. Martin"), no end (but a
#: month name's, :func:`_ends`).
_SENTENCE_END = re.compile(
    r"(?<!(?<![^\W\d_])[^\W\d_])(?<!\b[^\W\d_]{2})(?<!\b[^\W\d_]{3})\.\s|[!?…]\s|\n"
)
#: What may stand between a governing phrase and its date: words, commas, colons, dashes.
_CLAUSE_GAP = re.compile(r"(?:[^\W\d_]|[\s,:'’\-–—])*")
#: A year anywhere in the sentence: with one, the pair belongs to it, not to every year.
_ANY_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")
#: A full stop before a word: even after a short word ("мая.", "May."), which ends no
#: sentence for :func:`sentence`, it ends the list a colon opens.
_LIST_END = re.compile(r"\.\s")
#: Between a date and an every-year phrase after it.
_AFTER_GAP = re.compile(r"\s*,?\s*")
#: Between an every-year phrase and its date: at most two words ("on", "on the").
_BEFORE_GAP = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}")


def _phrases(words: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so that a longer phrase wins; spaces as any spacing.
    alternatives = (re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len)[::-1])
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


@functools.cache
def _governing_phrase() -> re.Pattern[str]:
    return _phrases({word for language in LANGUAGES for word in language.recurrence_words})


@functools.cache
def _every_year_phrase() -> re.Pattern[str]:
    return _phrases({word for language in LANGUAGES for word in language.every_year_words})


#: Any full stop, exclamation or question mark before a space, or a line break.
_STOP = re.compile(r"[.!?…]\s|\n")
#: A date's short month name written out, its full stop and a capital: "(25) мая. Он".
_MONTH_STOP = re.compile(r"[\d)]\s+([^\W\d_]{1,3})\.\s+(?=[^\W\d_])")


@functools.cache
def _short_months() -> frozenset[str]:
    # Month names of one to three letters written out ("мая", "May", "mai"), none of
    # them a record's abbreviation ("Jul." is English's, though "jul" is Serbian's).
    names: set[str] = set()
    shortened: set[str] = set()
    for language in LANGUAGES:
        full = {name for row in language.months for name in row}
        names |= full
        # (an abbreviation row repeats the full name of a month that has none)
        shortened |= {name for row in language.abbreviations for name in row} - full
    return frozenset(name for name in names - shortened if len(name) <= 3)


def _opens_feast(text: str, at: int) -> bool:
    # A governing phrase written with a capital after a full stop opens a sentence, even
    # after an abbreviation's stop: "Умер в 1612 г. Память совершается 12 (25) мая."
    return text[at : at + 1].isupper() and _governing_phrase().match(text, at) is not None


def _ends(text: str, low: int, high: int) -> Iterator[re.Match[str]]:
    # A full stop after a short word is an abbreviation's ("1812 г. 25 октября", "св.
    # Татьяны", "1812 г. Кутузов"), but not after a date's month name written out
    # before a capital: "Память совершается 12 (25) мая. Он умер в 1612 г." is two.
    for stop in _STOP.finditer(text, low, high):
        if _SENTENCE_END.match(text, stop.start()) or _opens_feast(text, stop.end()):
            yield stop
            continue
        month = _MONTH_STOP.search(text, max(0, stop.start() - 6), stop.end() + 1)
        if (
            month is not None
            and month.end(1) == stop.start()
            and month.group(1).lower() in _short_months()
            and text[stop.end() : stop.end() + 1].isupper()
        ):
            yield stop


def sentence_start(text: str, offset: int, reach: int) -> int | None:
    """Where the sentence of *offset* starts (as :func:`sentence` finds it), if that is
    less than *reach* characters before it or at the text's start; else ``None``.

    >>> sentence_start("He died in 1612. 1650 men came.", 17, 20)
    17
    >>> sentence_start("He died in 1612 when 1650 men came.", 21, 8) is None
    True
    """
    low = max(0, offset - reach)
    start = None if low else 0
    for end_mark in _ends(text, low, offset):
        start = end_mark.end()
    return start


def sentence(text: str, offset: int, end_offset: int) -> tuple[int, int]:
    """Start and end of the sentence around ``[offset, end_offset)``.

    >>> text = "He died in 1612. Память совершается 12 (25) мая.\\nNext."
    >>> start, end = sentence(text, 36, 47); text[start:end]
    'Память совершается 12 (25) мая.'
    >>> text = "Бой начался в 1812 г. 25 октября (7 ноября)."
    >>> start, end = sentence(text, 22, 43); text[start:end]
    'Бой начался в 1812 г. 25 октября (7 ноября).'
    """
    low = max(0, offset - _SENTENCE_REACH)
    start = low
    for end_mark in _ends(text, low, offset):
        start = end_mark.end()
    following = next(_ends(text, end_offset, end_offset + _SENTENCE_REACH), None)
    if following is None:
        return start, min(len(text), end_offset + _SENTENCE_REACH)
    # (the sentence keeps its full stop, not the line break)
    return start, following.start() + (following.group() != "\n")


def governs(text: str, start: int, offset: int, end_offset: int, end: int) -> bool:
    """Whether a phrase saying it recurs governs the date ``text[offset:end_offset]``.

    ``[start, end)`` is its sentence (module docstring).

    >>> text = "Дни празднования: 12 (25) мая"
    >>> governs(text, 0, 18, 29, 29)
    True
    >>> text = "Бой 25 октября (7 ноября), о котором ежегодно вспоминают"
    >>> governs(text, 0, 4, 25, len(text))
    False
    """
    for phrase in _governing_phrase().finditer(text, start, offset):
        gap = text[phrase.end() : offset]
        if len(gap) <= _CLAUSE_REACH and _CLAUSE_GAP.fullmatch(gap):
            return True
        opening = text[phrase.end() : phrase.end() + _CLAUSE_REACH]
        if ":" in opening and _CLAUSE_GAP.fullmatch(opening[: opening.index(":")]):
            colon = phrase.end() + opening.index(":")
            if _LIST_END.search(text, colon, offset) is None:
                return True
    for phrase in _every_year_phrase().finditer(text, start, end):
        if phrase.end() <= offset and _BEFORE_GAP.fullmatch(text, phrase.end(), offset):
            return True
        if phrase.start() >= end_offset and _AFTER_GAP.fullmatch(text, end_offset, phrase.start()):
            return True
    return False


def recurs_yearly(
    text: str, draft: Draft, context_year: tuple[int, int] | None, after_yearly: int = -1
) -> bool:
    """Whether the pair *draft*, which lacks a year, is a yearly date (module docstring).

    *context_year* is ``(year, its offset)`` as the paragraph or section gives it: a
    year that makes the halves one day is kept, and so is any year written in the
    sentence. Where there is none, the pair is yearly only with today's difference.
    *after_yearly* is where the yearly pair before it ends: a pair listed right after
    one ("Память совершается 6 (19) декабря и 9 (22) мая") is governed as it is.
    """
    start, end = sentence(text, draft.offset, draft.end_offset)
    if _ANY_YEAR.search(text, start, end):
        return False
    # (the phrases first: they are rarely there, and judging the days costs trial dates)
    listed = after_yearly >= start and _LIST_JOIN.fullmatch(text, after_yearly, draft.offset)
    if not listed and not governs(text, start, draft.offset, draft.end_offset, end):
        return False
    today = any(draft.fits_year(year) for year in PRESENT_YEARS)
    if context_year is None:
        # Nothing to tell it from but its days: today's difference, or none the
        # calendars ever had (a slip, judged against today's), says it is given for
        # today; a past one (12 days) that it was written then.
        return today or not any(draft.fits_year(year) for year in _PAST_YEARS)
    return today or not draft.fits_year(context_year[0])
