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

A window that holds both is asked a second question (:func:`_no_unmarked_item`):
without a marker, the reader makes an item only of a dual year before 1753 or of two
dates joined as a pair by a bracket, a slash, ``=`` or a joining word. A window with no
marker, no such dual year (one the tokenizer reads as dual, ``1714-15`` only as the
year of a date) and no place where a date may end right before what joins it to a
second date that may follow is passed over too; how the first date ends tells what
may follow (after a number alone or after a full stop, only the tokens that hold both
dates: ``14 (26 ноября)``, ``7 (20) сентября``, ``11/23 April``, ``26.2./11.3.1917``).
A window is asked about :data:`MOST_JOINS_ASKED` such places at most, and read where it
holds more.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator

from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._read.normalise import SPACE_CHARACTERS, has_noise
from julian_gregorian.text._read.tokens import (
    ANY_MARKER,
    GLUED_HINTS,
    HYPHEN_DUAL_HINT,
    ROMAN_MONTHS,
    SMALL_HINT,
    START_LETTERS,
    holds_small_marker,
    is_dual_text,
)
from julian_gregorian.text._vocabulary import markers
from julian_gregorian.text._vocabulary.lexicon import (
    DATE_UNITS,
    GLUED_NEW,
    GLUED_OLD,
    MONTH_LINK,
    ORDINAL_SUFFIX,
    RANGE_WORD,
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


def _holds_month_word(lowered: str, start: int = 0, end: int = sys.maxsize) -> bool:
    """Whether a window in small letters (``str.lower``) holds a month word (the month
    regex of the tokens, a tree of cased words, costs some twenty times more per
    character of a window without one), between *start* and *end* where given."""
    # (Each tree only where a letter it may begin with can stand: a window of numbers
    # and marks, crafted "1/2 1/2 …", costs one quick scan.)
    if _LATIN_INITIAL.search(lowered, start, end) is not None and (
        _COMMON_LATIN_MONTHS.search(lowered, start, end) is not None
        or _OTHER_LATIN_MONTHS.search(lowered, start, end) is not None
    ):
        return True
    return not lowered.isascii() and _OTHER_SCRIPT_MONTHS.search(lowered, start, end) is not None


#: The units of a month in dates written in numbers (``5月30日``).
_MONTH_UNITS = frozenset(units[1] for units in DATE_UNITS)
#: Dates in numbers, dual years and Roman months: a day and month with a full stop
#: (``15.04.1922``, ``15(28).04.1922``, ``26.2./11.3.1917``), an ISO date, a year with its
#: second year after a slash (as a year token begins and ends), a Roman month (which
#: never runs on into a letter or a full stop). Searched apart, each beginning with a
#: character or class that the regex engine skips to (one alternation of them, or a
#: look behind first, would be tried at every character; a digit first at every digit).
_DAY_MONTH_DOT = re.compile(r"\.(?<=\d\.)\s*\d")
_ISO_MONTH = re.compile(r"-(?<=\d{4}-)[01]\d-")
_SLASH_DUAL = re.compile(
    r"/(?:(?<=[^\w.,/-][0-9]{3}/)|(?<=^[0-9]{3}/)|(?<=[^\w.,/-][0-9]{4}/)|(?<=^[0-9]{4}/))"
    r"[0-9]{1,4}(?![\d/])"
)
_ROMAN_MONTH = re.compile(r"[IVX](?<!\w[IVX])[IVX]*(?![\w.])")
_NUMBERS = (_DAY_MONTH_DOT, _ISO_MONTH, _SLASH_DUAL, _ROMAN_MONTH)
#: The months of dates in numbers, searched for apart as :data:`_NUMBERS`, and one of
#: their units (``5月30日``).
_MONTHS_IN_NUMBERS = (
    _DAY_MONTH_DOT,
    _ISO_MONTH,
    _ROMAN_MONTH,
    re.compile(f"[{re.escape(''.join(sorted(_MONTH_UNITS)))}]" if _MONTH_UNITS else "(?!)"),
)
#: Words that join two dates (``6 November or 24 October``), in small letters.
_JOINER_WORDS = frozenset(joiner.lower() for joiner in markers.JOINERS)
_JOINERS = re.compile(trie_regex(set(_JOINER_WORDS)).replace(r"\ ", r"\s+"))
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
    # (The cheapest test that decides first: of the 3,642 windows a pass of the bench
    # dump asks about, brackets decide 405 at once, the numbers' searches (2 us a window)
    # 536 more, and the month words' trees (5 us) then run on the rest only; half the
    # windows pass every test, which all cost them. Month word first: 10% more.)
    if ("[" in tidy and "]" in tidy) or any(
        numbers.search(tidy) is not None for numbers in _NUMBERS
    ):
        return True
    return _holds_month_word(lowered) or not _MONTH_UNITS.isdisjoint(tidy)


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
    >>> holds_nothing("Smith, John (4 December 2007). Riots. The Times (London)")
    True
    >>> holds_nothing("25 октября (7 ноября) 1917"), holds_nothing("June 9, 1672 = May 30")
    (False, False)
    """
    lowered = tidy.lower()
    if not (_may_hold_date(tidy, lowered) and _may_make_item(tidy, lowered)):
        return True
    return _no_unmarked_item(tidy)


# Without a marker, the reader makes an item of a dual year before 1753 or of a pair of
# two dates joined by a bracket, a slash, an equals sign or a word (``6 November or 24
# October``): the first of them, a date (or a bare day), stands right before what joins
# them (spaces and a comma between), and the shapes of two days in one token
# (``7 (20) сентября``, ``15(28).04.1922``) have a day or a month right before their
# bracket too. Citations and infoboxes, which hold most windows of real wikitext read
# for nothing, write a name or a title there (``Smith, John (4 December 2007)``, ``Vol.
# 12 (June 2011)`` has the number of a volume: read).

#: A dual year the reader may report: its first year before 1753 (a later one is a span
#: of years or a season, ``1932/33``), a slash, a hyphen or an en dash, and the digits
#: after it (group ``second``; looked at, not taken, so that a second year may begin
#: a dual year too).
_EARLY_DUAL = re.compile(r"(?:1[0-6][0-9][0-9]|17[0-4][0-9]|175[0-2])[-–/](?=(?P<second>[0-9]+))")


def _holds_early_dual(tidy: str) -> bool:
    """Whether the window holds a dual year before 1753 as the tokenizer reads one
    (:func:`~julian_gregorian.text._read.tokens.is_dual_text`): ``1749/50``, a slip
    (``1749/51``), ``1714-15`` as the year of a date (after a space, a full stop or a
    hyphen); never a number of more than four digits after it (ISSN ``1523-0430``,
    ``pages 1013-1024`` read as no dual year either), nor a span of years in brackets
    (``(1722-1723)``), which no date stands before.

    >>> _holds_early_dual("12 February 1714-15"), _holds_early_dual("(1722-1723)")
    (True, False)
    """
    for found in _EARLY_DUAL.finditer(tidy):
        second = found.group("second")
        if len(second) > 4 or not is_dual_text(found.group() + second):
            continue
        at = found.start()
        if found.group()[-1] == "/" or at == 0 or tidy[at - 1] in ".-" or tidy[at - 1].isspace():
            return True
    return False


def _reversed_tree(words: set[str]) -> str:
    """A tree of *words* written backwards, as a regex: matched in a text written
    backwards where a word ends, it tells whether the word ends in one of them."""
    return trie_regex({word[::-1] for word in words if word})


def _last_parts(phrases: Iterable[str]) -> set[str]:
    """The last part of each phrase after its last space, in small letters, without its
    full stops at the end (``chr`` of ``v. Chr.``, ``c`` of ``a. C.``): what the phrase,
    written with or without its spaces, ends in."""
    return {phrase.split(" ")[-1].rstrip(".").lower() for phrase in phrases}


def _date_end() -> str:
    """The end of a date or a bare day before what joins it to a second date, in a text
    in small letters written backwards: spaces and a comma (or the question mark that
    links a note before a slash, ``30 października?/11 listopada``), then a digit, a day
    in brackets, a day's ordinal suffix (``23rd``, ``1-го``), a unit (``30日``), a year's
    or a day's word or an era (``года``, ``г.``, ``d.``, ``BC``, ``v. Chr.``), a Roman
    month, or a month word, each a whole word; a full stop may follow them (an
    abbreviation's, a dateline's: ``44 BC. [O.S.]``)."""
    after_day = {suffix for language in LANGUAGES for suffix in language.ordinal_suffixes}
    after_day |= {units[2] for units in DATE_UNITS}
    words = (
        word
        for language in LANGUAGES
        for word in (
            *language.year_words,
            *language.day_after_words,
            *language.bc_eras,
            *language.ad_eras,
        )
    )
    # (A month word ends a date after a space, an apostrophe, a full stop or a bracket,
    # a year's word after a space, an era after a space or a digit: never right after a
    # letter, which "Brian" before "(29 December 2010)" would be.)
    months = _reversed_tree(_last_parts(_month_spellings()))
    ranges = _reversed_tree(
        {word.lower() for language in LANGUAGES for word in language.range_words}
    )
    # (A number of one or two digits ends a date where the tokenizer's day or year ends
    # in one: after a month written first, "August 3" (a space between); group
    # "dashed": after the range separator of days, "3–5", "August 3 – 5" (the
    # tokenizer's `\s?[-–—/]\s?`, or a range word between spaces, "3 to 5"), an ISO
    # date's hyphen, "1714-15", or the slash of a dual year, "1749/50"; group "dotted":
    # after a full stop, only as the month of a day and month before a slash,
    # "26.2./11.3.1917", or of "25.02(09.03)1924"; and otherwise only as a bare day,
    # group "lone", "14 (26 ноября)", or the first day of two in one token, "7 (20)
    # сентября", whose brackets hold a day: "No. 3 (August 1991)" holds no pair. Three
    # digits or more, group "year", end a year; a bracket, group "closed", a day in
    # brackets, "2 maart (15)".)
    return (
        r"\s*(?:[,?]\s*)?\.?"
        r"(?:(?P<closed>[)\]])|(?P<year>[0-9]{3})|[0-9]{1,2}(?![0-9])"
        rf"(?:(?=\s+\.?(?:{months}))|(?P<dotted>(?=\.))"
        rf"|(?P<dashed>(?=\s?[-–—/]|\s+(?:{ranges})\s)))|(?P<lone>\d)"
        rf"|(?:{_reversed_tree(_last_parts(after_day))})\d"
        rf"|(?:{_reversed_tree(_last_parts(words))})(?![^\W\d_])"
        rf"|(?:{_reversed_tree(_last_parts(ROMAN_MONTHS))})(?![^\s'’.])"
        rf"|(?:{months})(?!\w))"
    )


_DATE_END = _date_end()
#: A bracket, a slash or ``=`` after the end of a date, written backwards.
_MARK_AFTER_DATE = re.compile(rf"[(\[/=]{_DATE_END}")


def _word_after_date() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A joining word after the end of a date and before the start of a second, in a
    text written backwards: where one may stand, the second date's first character (a
    digit, a letter a token begins with) and spaces and commas before a last letter of a
    joining word (searched for in the text as written); and in small letters there, the
    word (group ``join``), which follows the first date with spaces and a comma between,
    or right after a unit or a digit, never right after a letter, then the end of the
    first date."""
    starts = re.escape("".join(sorted(START_LETTERS)))
    # (any case: every letter that lowers to a joining word's last one, the Kelvin sign
    # to "k" too, as the tokenizer lowers the words between two dates)
    last_letters = re.escape("".join(sorted({joiner[-1] for joiner in _JOINER_WORDS})))
    units = re.escape("".join(sorted(units[2] for units in DATE_UNITS)))
    joiners = _reversed_tree(set(_JOINER_WORDS)).replace(r"\ ", r"\s+")
    return (
        re.compile(rf"[\d{starts}][\s,]*(?=(?i:[{last_letters}]))"),
        re.compile(rf"(?P<join>{joiners})(?!(?![{units}])[^\W\d_]){_DATE_END}"),
    )


_BEFORE_WORD, _WORD_AFTER_DATE = _word_after_date()


#: The groups of :data:`_DATE_END` that tell how a date ends; a date that ends in none of
#: them ends in a month, a day after its month, a day's suffix, a unit, a year's or a
#: day's word or an era.
_DATE_ENDS = frozenset(("lone", "dotted", "dashed", "year", "closed"))


def _how_it_ends(found: re.Match[str]) -> str:
    """How the first date of *found* ends: the name of its group of :data:`_DATE_END`,
    or ``""``."""
    # (none of the groups holds another, and the date's end is the last part of the
    # match: the last group matched is the one that tells)
    last = found.lastgroup
    return last if last is not None and last in _DATE_ENDS else ""


def _marks_after_a_date(tidy: str, backwards: str) -> Iterator[tuple[int, str, str]]:
    """Where a second date may begin after a first one in the window *tidy*, joined to
    it by a bracket, a slash or ``=`` as a pair written without a marker: every such
    place (and others), with what joins them and how the first date ends (the group of
    :data:`_DATE_END`, ``lone`` for a number alone: a bare day, the first of two days in
    one token); *backwards* is the window written backwards in small letters (as long
    as it).

    >>> text = "Smith (5 May) 5 March (7 March), 1 Oct. or 12 Oct. 60.3 (July)"
    >>> list(_marks_after_a_date(text, text.lower()[::-1]))
    [(57, '(', 'dotted'), (23, '(', '')]
    """
    size = len(tidy)
    for found in _MARK_AFTER_DATE.finditer(backwards):
        at = size - found.start()
        yield at, tidy[at - 1], _how_it_ends(found)


def _words_after_a_date(tidy: str, backwards: str) -> Iterator[tuple[int, str]]:
    """Where a second date may begin after a first one joined to it by a word (``or``,
    ``and``, ``to`` in every language read), as :func:`_marks_after_a_date` tells those
    joined by a bracket (see there for *backwards*), with ``w`` for the word."""
    size = len(tidy)
    written = tidy[::-1]
    for before in _BEFORE_WORD.finditer(written):
        found = _WORD_AFTER_DATE.match(backwards, before.end())
        if found is None or _how_it_ends(found) in ("lone", "dotted"):
            continue  # (a number alone, or after a full stop, is no date a word joins)
        if _second_may_begin(tidy, size - found.start()):
            yield size - found.end("join"), "w"


_LETTER = re.compile(r"[^\W\d_]")
_TWO_WORD_CHARACTERS = re.compile(r"[^\W_]{2}")


def _second_may_begin(tidy: str, after: int) -> bool:
    """Whether a date token may begin at *after*, right after a joining word, or after
    spaces and commas: a letter begins a token only where the tokenizer looks at it, a
    letter it begins with after no more than one letter or digit (``o March``, not
    ``October``)."""
    if after >= len(tidy) or _LETTER.match(tidy, after) is None:
        return True
    if tidy[after] not in START_LETTERS:
        return False
    return after < 2 or _TWO_WORD_CHARACTERS.match(tidy, after - 2) is None


_JOINS = re.compile(r"[(\[/=]")
#: The day and month in numbers in brackets of ``25.02(09.03)1924``.
_DAY_MONTH_IN_BRACKETS = re.compile(r"\s*[0-9]{1,2}\.[0-9]")
#: The day in brackets of two days in one token (``7 (20) сентября``, ``2 maart (15)``,
#: ``25.02.1871 (13)``, ``15(28).04.1922``): one or two digits and the closing bracket.
_DAY_IN_BRACKETS = re.compile(rf"\s*[0-9]{{1,2}}(?![0-9])(?:{ORDINAL_SUFFIX})?\.?\s*[)\]]")
#: The month and year before the day in brackets of ``25.02.1871 (13)``: at the opening
#: bracket.
_NUMERIC_DATE_YEAR = re.compile(
    r"(?:(?<=\.[0-9]\.[0-9]{4})|(?<=\.[0-9]{2}\.[0-9]{4})"
    r"|(?<=\.[0-9]\.[0-9]{4}\s)|(?<=\.[0-9]{2}\.[0-9]{4}\s))\("
)
#: What follows the closing bracket of the first day group after a number alone (or
#: after a dash, a slash or a range word) but its month: the month in numbers of
#: ``15(28).04.1922``, the range of ``2 (14) – 6 (18) settembre``, ``dal 2 (14) al 6
#: (18)``.
_AFTER_DAY_GROUP = re.compile(rf"\.?\s?[0-9]|\s?[-–—/]|\s(?:{RANGE_WORD})\s")
_SPACES = re.compile(r"\s*")
#: A word that links a day to its month (``de``, ``d'``, ``of``), in any case.
_MONTH_LINK = re.compile(rf"(?i:{MONTH_LINK})(?:(?<=['’])\s*|\s+)")
_MONTH_TREES = (_COMMON_LATIN_MONTHS, _OTHER_LATIN_MONTHS, _OTHER_SCRIPT_MONTHS)
#: A day as the tokenizer writes one (``26``, ``23rd``, ``7.``), after spaces.
_A_DAY = re.compile(rf"\s*[0-9]{{1,2}}(?:{ORDINAL_SUFFIX})?(?![0-9])\.?")
#: The day and month of the second date of ``26.2./11.3.1917``, after the slash.
_DAY_DOT = re.compile(r"\s?[0-9]{1,2}\.")


def _month_at(tidy: str, lowered: str, at: int) -> bool:
    """Whether a month, a word or a Roman one, begins at *at* in the window *tidy*
    (*lowered*, in small letters, as long as it), after spaces and a word that links a
    day to its month: where the tokenizer's month follows a day or a day group."""
    spaces = _SPACES.match(tidy, at)
    at = at if spaces is None else spaces.end()
    link = _MONTH_LINK.match(tidy, at)
    for place in (at,) if link is None else (at, link.end()):
        if _ROMAN_MONTH.match(tidy, place) is not None:
            return True
        if any(tree.match(lowered, place) is not None for tree in _MONTH_TREES):
            return True
    return False


def _day_and_month_at(tidy: str, lowered: str, at: int) -> bool:
    """Whether a day and its month begin at *at*: the date in the brackets after a bare
    day (``14 (26 ноября)``), the second day of a range before its month (``11/23
    April``)."""
    day = _A_DAY.match(tidy, at)
    return day is not None and _month_at(tidy, lowered, day.end())


def _day_group_may_follow(tidy: str, lowered: str, start: int, first: str) -> bool:
    """Whether the day in brackets at *start* may be the second day of a token of two
    days (``7 (20) сентября``), after a first date that ends as *first* tells (a group of
    :data:`_DATE_END`): after a month or a day after its month, any day in brackets
    (``2 maart (15)``, ``November 7 (20)``); after a year, only that of ``25.02.1871
    (13)``; after a number alone or after a dash, one followed by its month (``7 (20)
    сентября``), by a month in numbers (``15(28).04.1922``) or by a range (``2 (14) – 6
    (18) settembre``); after a full stop, only a day and month in numbers
    (``25.02(09.03)1924``), and none after a bracket."""
    if _DAY_MONTH_IN_BRACKETS.match(tidy, start) is not None:
        return True
    group = _DAY_IN_BRACKETS.match(tidy, start)
    if group is None:
        return False
    if first in ("lone", "dashed"):
        after = group.end()
        return _AFTER_DAY_GROUP.match(tidy, after) is not None or _month_at(tidy, lowered, after)
    if first == "year":
        return _NUMERIC_DATE_YEAR.match(tidy, start - 1) is not None
    return first not in ("dotted", "closed")


@functools.cache
def _marker_in_brackets() -> re.Pattern[str]:
    """The marker a day in brackets may begin with (``20 (за старим стилем – 8)
    квітня``), in small letters or another script, as the tokenizer's day group with a
    marker reads it (compiled when first needed, as the tokenizer's)."""
    return re.compile(f" *(?:{ANY_MARKER})")


#: What no date token holds: where the second date of a pair has begun by.
_STOPS = "()[];="
_DATE_STOP = re.compile(f"[{re.escape(_STOPS)}]")


#: Spaces and commas before a second date.
_BEFORE_SECOND = re.compile(r"[\s,]*")


def _date_may_begin(tidy: str, start: int) -> bool:
    """Whether a date token may begin at *start*, after spaces and commas: at its end, a
    digit, or a letter a token begins with."""
    spaces = _BEFORE_SECOND.match(tidy, start)
    at = start if spaces is None else spaces.end()
    return at < len(tidy) and (tidy[at].isdigit() or tidy[at] in START_LETTERS)


def _second_date_may_follow(
    tidy: str, lowered: str, start: int, joined_by: str, first: str = ""
) -> bool:
    """Whether the second date of a pair may begin at *start* (after a word, in brackets),
    after what joins it to the first (*joined_by*: a bracket, a slash, ``=``, or ``w`` for
    a word; *first*: how the first ends, a group of :data:`_DATE_END`) in the window
    *tidy* (*lowered*, in small letters, as long as it): a month up to where no date
    token reaches; after a bracket, a day of two days in one token
    (:func:`_day_group_may_follow`); after a slash, the month may come before it, as the
    days of one token written month first share it (``April 11/23``). No date ends in a
    number alone or after a full stop: after one, only the tokens that hold both dates
    (``14 (26 ноября)``, ``11/23 April``, ``26.2./11.3.1917``)."""
    if joined_by in "[/=" and not _date_may_begin(tidy, start):
        return False  # (after a word, where it may begin was asked already)
    if joined_by in "([" and (
        _day_group_may_follow(tidy, lowered, start, first)
        or _marker_in_brackets().match(tidy, start) is not None
    ):
        return True
    if first in ("lone", "dotted"):
        if joined_by == "/":
            # (a range of days before their month: "11/23 April"; a day and month in
            # numbers before a slash: "26.2./11.3.1917")
            if first == "lone":
                return _day_and_month_at(tidy, lowered, start)
            return _DAY_DOT.match(tidy, start) is not None
        # (a bare day before a bracket: "14 (26 ноября)")
        return joined_by == "(" and first == "lone" and _day_and_month_at(tidy, lowered, start)
    stop = _DATE_STOP.search(tidy, start)
    end = len(tidy) if stop is None else stop.start()
    if joined_by == "/":
        start = max(tidy.rfind(mark, 0, start) for mark in _STOPS) + 1
    # (searched in place, not in a copy: their look behind sees before *start*, where
    # it may only find more, as no date token begins with a Roman month)
    if any(months.search(tidy, start, end) is not None for months in _MONTHS_IN_NUMBERS):
        return True
    return _holds_month_word(lowered, start, end)


#: How many places where a date stands before what may join it to a second date a window
#: is asked about before it is read anyway: each question may look as far as the end of
#: the window, and crafted windows hold a date before every slash ("1/2 1/2 …"), real
#: ones a few.
MOST_JOINS_ASKED = 8


def _no_unmarked_item(tidy: str) -> bool:
    """Whether the window holds none of the items read without a marker (a dual year
    before 1753, two dates joined as a pair), nor a marker."""
    if _holds_early_dual(tidy):
        return False
    # (a marker first: a few quick searches, which a window passed over needs all the
    # same, and the windows of markers, crafted "[O.S. [O.S. …" among them, are read
    # without turning them)
    if _CAPITAL_MARKER.search(tidy) is not None or holds_small_marker(tidy):
        return False
    if not tidy.isascii() and _SCRIPT_MARKER.search(tidy) is not None:
        return False
    # (lowered before it is turned: a capital sigma lowers by the letter after it)
    lowered = tidy.lower()
    backwards = lowered[::-1]
    if len(backwards) != len(tidy):
        return False  # (a letter lowered to two: the places are not the same)
    # (two dates joined by a bracket, a slash or "=" first; the joining words, which
    # cost the longest search, last)
    asked = 0
    for at, joined_by, first in _marks_after_a_date(tidy, backwards):
        asked += 1
        if asked > MOST_JOINS_ASKED or _second_date_may_follow(tidy, lowered, at, joined_by, first):
            return False
    for at, _ in _words_after_a_date(tidy, backwards):
        asked += 1
        if asked > MOST_JOINS_ASKED or _second_date_may_follow(tidy, lowered, at, "w"):
            return False
    return True


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
