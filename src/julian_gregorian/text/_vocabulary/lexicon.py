"""The words dates are written with, generated from the language records.

Month names in every case form and abbreviation of every language in
:mod:`julian_gregorian.languages`, the ordinal suffixes of day numbers and the
words after a year. Every month word maps to its month number and language.
"""

from __future__ import annotations

import re
from typing import Any

from julian_gregorian.languages import LANGUAGES, month_words

#: A language's code (``en``, ``ru``, ``sr-Latn``).
LanguageCode = str

#: The full month names of each language, January first, in the case that follows a day.
FULL_NAMES: dict[LanguageCode, tuple[str, ...]] = {
    language.code: language.months[0] for language in LANGUAGES
}


#: Lower-case month word (without a trailing dot) -> (month number, language); a word
#: two languages share counts as the earlier one's in ``LANGUAGES``.
MONTH_WORDS: dict[str, tuple[int, LanguageCode]] = month_words()


def month_of(word: str) -> tuple[int, LanguageCode] | None:
    """Month number and language of a month word as written (any case, trailing dot).

    >>> month_of("October"), month_of("Sept."), month_of("ноября"), month_of("Dezember")
    ((10, 'en'), (9, 'en'), (11, 'ru'), (12, 'de'))
    >>> month_of("Octember") is None
    True
    """
    return MONTH_WORDS.get(word.rstrip(".").lower())


def trie_regex(words: set[str]) -> str:
    """One regex (no groups) matching any of *words*, shaped as a tree of their letters.

    Alternatives that share a beginning are tried once for it ("Ju" of June and July),
    so the regex engine rejects a non-match after a letter or two; longer words are
    tried before their prefixes.

    >>> import re
    >>> pattern = re.compile(trie_regex({"Sep", "Sept", "September", "Sep.", "Sept."}))
    >>> [pattern.match(word).group() for word in ("September", "Sept.", "Sep")]
    ['September', 'Sept.', 'Sep']
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            return f"(?:{'|'.join(branches)})?" if branches else ""
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return render(tree)


def led_by(characters: str, pattern: str) -> str:
    """*pattern*, tried only where one of *characters* (every character a match of it can
    begin with) stands.

    A search for a pattern whose alternatives do not all begin with a plain literal
    character (a group, a class, a look-around or a case-insensitive letter) runs each
    alternative at every position of the text; the look ahead for a class of the first
    characters fails most positions at once, several times faster in a window of
    wikitext. What the pattern matches is unchanged as long as *characters* holds every
    first character, which the tests check for every pattern built so.

    >>> import re
    >>> re.compile(led_by("ab", "(?P<x>a+)|(?P<y>b)")).search("-- b").lastgroup
    'y'
    """
    return f"(?=[{characters}])(?:{pattern})"


def cased_trie_regex(words: set[str]) -> str:
    """The regex of :func:`trie_regex`, shorter: a word in small letters and the same
    word capitalised (``octubre``, ``Octubre``) are written once, ``[oO]ctubre``.

    The paired words come first in one alternation, the others after it, so a pair is
    taken only where that keeps the order of :func:`trie_regex`, longer words first:
    a paired word that begins a longer unpaired one (``Dez`` of ``Dez.``) stays unpaired.
    The month words of all languages, each in two or three cases, shrink by a third,
    and the tokenizer's regexes, which hold them several times, compile that much faster.

    >>> import re
    >>> pattern = re.compile(cased_trie_regex({"mai", "Mai", "Maia", "MAI", "maio", "Maio"}))
    >>> [pattern.match(word).group() for word in ("Maio", "Maia", "MAI", "mai", "Mais")]
    ['Maio', 'Maia', 'MAI', 'mai', 'Mai']
    >>> pattern.pattern  # "mai" begins the unpaired "Maia": "mai" and "Mai" stay apart
    '(?:[mM]aio|(?:M(?:AI|ai(?:a)?)|mai))'
    """
    paired = {word for word in words if _capital_of(word) in words}
    while True:
        unpaired = words - paired - {_capital_of(word) for word in paired}
        # A paired word tried before a longer unpaired word it begins would change
        # which word is tried first.
        beginnings = {word[:end] for word in unpaired for end in range(1, len(word))}
        clashing = {
            word for word in paired if word in beginnings or _capital_of(word) in beginnings
        }
        if not clashing:
            break
        paired -= clashing
    if not paired:
        return trie_regex(words)
    by_letter: dict[str, set[str]] = {}
    for word in paired:
        by_letter.setdefault(word[0], set()).add(word[1:])
    pairs = "|".join(
        f"[{re.escape(letter)}{re.escape(letter.upper())}]{trie_regex(tails)}"
        for letter, tails in sorted(by_letter.items())
    )
    if not unpaired:
        return f"(?:{pairs})"
    return f"(?:{pairs}|{trie_regex(unpaired)})"


def _capital_of(word: str) -> str:
    """*word* with a capital first letter, or ``""`` unless it begins with a small letter
    that makes a pair with one capital letter (not ``ß``, not the Greek final ``ς``)."""
    first = word[:1]
    capital = first.upper()
    if not first.islower() or len(capital) != 1 or capital.lower() != first:
        return ""
    return capital + word[1:]


def _capitalised(name: str) -> str:
    return name[0].upper() + name[1:]


#: Markers printed glued to the month or year before them (``Märzjul.``, ``1820greg.``).
GLUED_OLD = frozenset(word for language in LANGUAGES for word in language.glued_old_markers)
GLUED_NEW = frozenset(word for language in LANGUAGES for word in language.glued_new_markers)
_NOT_GLUED = f"(?!{trie_regex(set(GLUED_OLD | GLUED_NEW))})" if GLUED_OLD | GLUED_NEW else ""


def _month_regex(month_first_only: bool = False) -> str:
    """Month words as a regex, in the cases each language writes them.

    English and German month names are proper nouns, capitalised; a lower-case "may" or
    "march" is a verb far more often than a month, so only the capitalised and the
    upper-case forms are read. The other languages write months in small letters, with a
    capital at the start of a sentence, and full names in capitals (``MAYO``). Only
    abbreviations may carry a dot: after a full name a dot ends the sentence.
    *month_first_only*: the months of the languages that write a date month first
    (``February 22, 1732``).
    """
    spellings: set[str] = set()
    for language in LANGUAGES:
        if month_first_only and not language.month_first:
            continue
        full_names = {name for row in language.months for name in row}
        for name in language.month_forms():
            if language.capitalised:
                forms = {_capitalised(name), name.upper()}
            else:
                forms = {name, _capitalised(name)}
                if name in full_names:
                    forms.add(name.upper())  # "[OS 26 MAYO]"
            spellings |= forms
            if name not in full_names:
                spellings |= {form + "." for form in forms}
    # \b does not work after a dot; a month word must not run on into more letters,
    # except a marker glued to it ("Märzjul.").
    return rf"(?:{cased_trie_regex(spellings)})(?!{_NOT_GLUED}[^\W\d_])"


#: A month word, as a regex fragment without groups.
MONTH = _month_regex()
#: A month word of a language that writes dates month first.
MONTH_FIRST = _month_regex(month_first_only=True)


def _ordinal_suffix() -> str:
    """Every record's ordinal suffixes, those a record binds to some last digits of the
    day (``ordinal_suffix_digits``) only after them."""
    suffixes = {suffix for language in LANGUAGES for suffix in language.ordinal_suffixes}
    after = {pair for language in LANGUAGES for pair in language.ordinal_suffix_digits}
    bound = [f"(?<=[{digits}]){re.escape(suffix)}" for suffix, digits in sorted(after)]
    free = suffixes - {suffix for suffix, _ in after}
    return f"(?:{'|'.join([trie_regex(free), *bound])})"


#: Ordinal suffixes after a day number in any language (``23rd``, ``1er``, ``1-го``).
ORDINAL_SUFFIX = _ordinal_suffix()
#: A day of the month in digits: 1 to 31, a zero before it or not.
DAY_NUMBER = "(?:[12][0-9]|3[01]|0?[1-9])"


def _words_regex(words: set[str]) -> str:
    """The words as one alternation, longest first, each ending a word: after a word
    that ends in a full stop or an apostrophe (an elided ``d'``) anything may follow."""
    return "|".join(
        re.escape(word) + ("" if word.endswith(_OPEN_ENDS) else r"\b")
        for word in sorted(words, key=len, reverse=True)
    )


#: Ends of words after which the next word may follow at once: an abbreviation's full
#: stop, an elision's apostrophe (Asturian ``27 d'abril``).
_OPEN_ENDS = (".", "'", "’")


#: Words after a year that belong to it (``года``, ``roku``, ``m.``), as a regex.
YEAR_WORD = _words_regex({word for language in LANGUAGES for word in language.year_words})
#: Words between a day and its month (``of``, ``de``), and a month and its year (``de``).
MONTH_LINK = _words_regex({word for language in LANGUAGES for word in language.month_links})
YEAR_LINK = _words_regex({word for language in LANGUAGES for word in language.year_links})
#: Words between a month written first and its ordinal day (``the``); never matching
#: when no record has one.
MONTH_FIRST_LINK = (
    _words_regex({word for language in LANGUAGES for word in language.month_first_links}) or "(?!)"
)
#: The year words of the languages that write a date year first (``m.``, ``gada``).
YEAR_FIRST_WORD = _words_regex(
    {word for language in LANGUAGES if language.year_first for word in language.year_words}
)
#: Words after a day number (Lithuanian ``d.``), and between the days of a range.
DAY_AFTER_WORD = _words_regex({word for language in LANGUAGES for word in language.day_after_words})
#: (A tree of letters: after every day number the tokenizer tries them, and the records
#: hold some thirty, "и", "и" and "a" among them; no range word ends in a full stop.)
RANGE_WORD = (
    f"(?:{trie_regex({word for language in LANGUAGES for word in language.range_words})})"
    r"(?!\w)"
)

#: The units of dates in numbers (``年``, ``月``, ``日``), one triple per language.
DATE_UNITS = frozenset(language.date_units for language in LANGUAGES if language.date_units)
