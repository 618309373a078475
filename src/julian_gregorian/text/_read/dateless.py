"""Stage 2, read: windows in which the reader can find nothing, told before they are read.

Reading a window (normalising it, cutting it into tokens, trying the shapes) costs
microseconds per character; crafted input and markup without dates (``1/2 1/2 …``,
``O.S. 1731 O.S. 1731 …`` in lines of some 200 characters) are windows of nothing, and
their reading was most of their time. Whatever the reader makes of a window needs two
things, each found by a few searches the regex engine runs in C:

- a date or a year the reader may take: a month word of any language, a Roman month, a
  date in numbers (``15.04.1922``, ``1707-04-15``, ``5月30日``), a dual year
  (``1749/50``), or a year in brackets (``1451 [O.S. 1450]``);
- what makes a date an item: a marker, a square bracket, a closing parenthesis, a
  slash, an equals sign or a word that joins two dates (``or``, ``то есть``), or a dual
  year written with a dash (``1714-15``).

Every shape (:mod:`~julian_gregorian.text._read.shapes`), the openers and the dual
years need both; a window without either holds no item, and is passed over. The
searches look for more than the tokens they stand for (a month word in any case,
wherever one does not run on into a letter, as the tokenizer's do not), never for less:
``tests/test_extract_dateless.py`` checks on random texts of date fragments that the
reader finds nothing where a window is passed over.

A window without markup is judged on its raw text, before it is normalised: the
normaliser changes only its spaces there (a run of them becomes one space or a line
break), and the searches take a line break where a space stands.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._read.normalise import SPACE_CHARACTERS, has_noise
from julian_gregorian.text._read.tokens import GLUED_HINTS, HYPHEN_DUAL_HINT, SMALL_HINT
from julian_gregorian.text._vocabulary import markers
from julian_gregorian.text._vocabulary.lexicon import (
    DATE_UNITS,
    GLUED_NEW,
    GLUED_OLD,
    led_by,
    trie_regex,
)


def _month_spellings() -> set[str]:
    """Every month word in small letters, as the month words of any case lower."""
    spellings = set()
    for language in LANGUAGES:
        for name in language.month_forms():
            for form in (name, name[:1].upper() + name[1:], name.upper()):
                lowered = form.lower()
                spellings.add(lowered)
                if lowered.endswith("ς"):
                    # A capital sigma lowers to the final "ς" only where no letter follows
                    # (str.lower reads what comes after it): before a marker glued to the
                    # month, "ΣΕΠΤΈΜΒΡΙΟΣjul.", it lowers to "σ".
                    spellings.add(lowered[:-1] + "σ")
    return spellings


#: The first letters of the month words of most languages written in Latin letters
#: (``januari``, ``février``, ``mars``, ``avril``, ``septiembre``, ``oktober``,
#: ``novembre``, ``dicembre``).
_COMMON_INITIALS = frozenset("adfjmnos")


#: What may not follow a month word: a letter, unless it begins a marker glued to the
#: month (``Märzjul.``), as the tokenizer's month words (``lexicon.MONTH``) are bounded.
#: In small letters: no character that is not a letter becomes one in small letters
#: (a test checks every one), so a month word the tokenizer reads in a window is one
#: found here in the window in small letters.
_MONTH_END = (
    rf"(?!(?!{trie_regex({word.lower() for word in GLUED_OLD | GLUED_NEW})})[^\W\d_])"
    if GLUED_OLD | GLUED_NEW
    else r"(?![^\W\d_])"
)


def _month_tree(first_letters: Callable[[str], bool]) -> re.Pattern[str]:
    """The tree of the month words in small letters whose first letter passes the test,
    each only where it ends a word (``sty``, January in Polish, is not found in
    ``style``)."""
    words = {word for word in _month_spellings() if first_letters(word[0])}
    return re.compile(f"(?:{trie_regex(words)}){_MONTH_END}")


# Every alternative of a tree begins with a letter, so the regex engine skips to the
# letters its months begin with; but at each of them it compares the letter with the
# first letter of every alternative in turn, and the months of all languages begin with
# some seventy letters. Three trees of a few each cost a third of the one tree's time in
# real windows, and the first finds the months of most of them.
#: The month words that begin with the commonest Latin initials, with the other Latin
#: ones, and in other scripts.
_COMMON_LATIN_MONTHS = _month_tree(lambda letter: letter in _COMMON_INITIALS)
_OTHER_LATIN_MONTHS = _month_tree(
    lambda letter: letter.isascii() and letter not in _COMMON_INITIALS
)
_OTHER_SCRIPT_MONTHS = _month_tree(lambda letter: not letter.isascii())


#: The first letter of a month word of the Latin trees (all are small ASCII letters).
_LATIN_INITIAL = re.compile("[a-z]")


def _holds_month_word(lowered: str) -> bool:
    """Whether a window in small letters (``str.lower``) holds a month word (the month
    regex of the tokens, a tree of cased words, costs some twenty times more per
    character of a window without one)."""
    # (Each tree only where a letter it may begin with can stand: a window of numbers
    # and marks, crafted "1/2 1/2 …", costs one quick scan.)
    if _LATIN_INITIAL.search(lowered) is not None and (
        _COMMON_LATIN_MONTHS.search(lowered) is not None
        or _OTHER_LATIN_MONTHS.search(lowered) is not None
    ):
        return True
    return not lowered.isascii() and _OTHER_SCRIPT_MONTHS.search(lowered) is not None


#: The units of a month in dates written in numbers (``5月30日``).
_MONTH_UNITS = frozenset(units[1] for units in DATE_UNITS)
#: Dates in numbers, dual years and Roman months: a day and month with a full stop
#: (``15.04.1922``, ``15(28).04.1922``, ``26.2./11.3.1917``), an ISO date, a year with its
#: second year after a slash (as a year token begins and ends), a Roman month (which
#: never runs on into a letter or a full stop). Searched apart, each beginning with a
#: character or class that the regex engine skips to (one alternation of them, or a
#: look behind first, would be tried at every character; a digit first at every digit).
_NUMBERS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\.(?<=\d\.)\s*\d",
        r"-(?<=\d{4}-)[01]\d-",
        r"/(?:(?<=[^\w.,/-][0-9]{3}/)|(?<=^[0-9]{3}/)|(?<=[^\w.,/-][0-9]{4}/)|(?<=^[0-9]{4}/))"
        r"[0-9]{1,4}(?![\d/])",
        r"[IVX](?<!\w[IVX])[IVX]*(?![\w.])",
    )
)
#: Words that join two dates (``6 November or 24 October``), in small letters.
_JOINERS = re.compile(
    trie_regex({joiner.lower() for joiner in markers.JOINERS}).replace(r"\ ", r"\s+")
)
#: Letters a joining word may follow at once: the last unit of a date in numbers
#: (``30日``); any other token before one ends a word.
_BEFORE_JOINER = frozenset(units[2] for units in DATE_UNITS)


def _may_join(low: str) -> bool:
    """Whether the window in small letters *low* holds a word that joins two dates."""
    # (The tree of the words first, so that the regex engine skips to their first
    # letters; the letter before is looked at only where a whole word is found.)
    for joiner in _JOINERS.finditer(low):
        at = joiner.start()
        if at == 0 or not low[at - 1].isalpha() or low[at - 1] in _BEFORE_JOINER:
            return True
    return False


#: The markers that begin with a capital letter or a letter of another script, tried
#: only at the letters they begin with.
_CAPITAL_MARKER = re.compile(
    led_by(
        re.escape("".join(sorted(markers.FIRST_LETTERS))),
        f"{markers.OLD_CAPITAL}|{markers.NEW_CAPITAL}",
    )
)
_SCRIPT_MARKER = re.compile(
    led_by(
        re.escape("".join(sorted(markers.FIRST_LETTERS))),
        f"{markers.OLD_SCRIPT}|{markers.NEW_SCRIPT}",
    )
)
#: Runs of spaces the normaliser makes one character of (a plain space alone it leaves).
_SPACE_RUN = re.compile(f"[{SPACE_CHARACTERS}\n]+(?<![^{SPACE_CHARACTERS}\n] )")


def _may_hold_date(tidy: str, lowered: str) -> bool:
    # (a month word first: most windows of real text hold one, and the search stops there)
    if _holds_month_word(lowered) or ("[" in tidy and "]" in tidy):
        return True
    if any(numbers.search(tidy) is not None for numbers in _NUMBERS):
        return True
    return not _MONTH_UNITS.isdisjoint(tidy)


def _may_make_item(tidy: str, lowered: str) -> bool:
    # ("[" alone too: a copy may lose the closing bracket, "28 mai [ 10 iunie, 1858 ,")
    if ")" in tidy or "[" in tidy or "]" in tidy or "/" in tidy or "=" in tidy:
        return True
    if HYPHEN_DUAL_HINT.search(tidy) is not None or SMALL_HINT.search(tidy) is not None:
        return True
    if any(word in tidy for word in GLUED_HINTS):
        return True
    if _CAPITAL_MARKER.search(tidy) is not None:
        return True
    if not tidy.isascii() and _SCRIPT_MARKER.search(tidy) is not None:
        return True
    return _may_join(lowered)


def holds_nothing(tidy: str) -> bool:
    """Whether the reader finds nothing in the normalised window text *tidy*, told
    without reading it.

    >>> holds_nothing("1/2 1/2 1/2"), holds_nothing("(5 March 1731 (5 March 1731")
    (True, True)
    >>> holds_nothing("5 March 1731 (O.S.)"), holds_nothing("1749/50")
    (False, False)
    """
    lowered = tidy.lower()
    return not (_may_hold_date(tidy, lowered) and _may_make_item(tidy, lowered))


def raw_holds_nothing(text: str, start: int, end: int) -> bool | None:
    """Whether the reader finds nothing in the window ``text[start:end]``, judged on the
    raw text; ``None`` where it holds markup (judge it once normalised, with
    :func:`holds_nothing`)."""
    return _raw_verdict(text[start:end])


# The verdict depends on the window's text alone: lines of crafted input repeated
# ("1731/1731/…" on line after line) make the same windows again and again.
@functools.lru_cache(maxsize=64)
def _raw_verdict(piece: str) -> bool | None:
    if "<" in piece or "{{" in piece or "[[" in piece or "|" in piece:
        return None  # (the commonest markup of wikitext, found at once)
    spaced = _SPACE_RUN.sub(" ", piece)
    # (">" after a line break is a quote's mark, which the normaliser drops)
    if ">" in spaced or has_noise(spaced):
        return None
    return holds_nothing(spaced)
