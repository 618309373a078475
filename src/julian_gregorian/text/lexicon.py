"""The words dates are written with: month names in the languages O.S./N.S. text uses.

English (full names and the abbreviations of footnotes and tables), Russian, Ukrainian,
Polish and Greek in the genitive case that follows a day number (``7 ноября``, ``7 listopada``,
``25 Μαρτίου``), and German. Every name maps to its month number and language.
"""

from __future__ import annotations

import re
from typing import Any, Literal

Language = Literal["en", "ru", "uk", "pl", "de", "el"]

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

_UKRAINIAN = (
    ("січня",),
    ("лютого",),
    ("березня",),
    ("квітня",),
    ("травня",),
    ("червня",),
    ("липня",),
    ("серпня",),
    ("вересня",),
    ("жовтня",),
    ("листопада",),
    ("грудня",),
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

# Greek, in the genitive after a day number ("25 Μαρτίου 1821").
_GREEK = (
    ("ιανουαρίου",),
    ("φεβρουαρίου",),
    ("μαρτίου",),
    ("απριλίου",),
    ("μαΐου",),
    ("ιουνίου",),
    ("ιουλίου",),
    ("αυγούστου",),
    ("σεπτεμβρίου",),
    ("οκτωβρίου",),
    ("νοεμβρίου",),
    ("δεκεμβρίου",),
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


_LANGUAGES: tuple[tuple[Language, tuple[tuple[str, ...], ...]], ...] = (
    ("de", _GERMAN),
    ("el", _GREEK),
    ("pl", _POLISH),
    ("ru", _RUSSIAN),
    ("uk", _UKRAINIAN),
    ("en", _ENGLISH),  # last, so shared spellings (april, august) count as English
)

#: The full month names of each language, January first, in the case that follows a day.
FULL_NAMES: dict[Language, tuple[str, ...]] = {
    language: tuple(names[0] for names in months) for language, months in _LANGUAGES
}


def _table() -> dict[str, tuple[int, Language]]:
    table: dict[str, tuple[int, Language]] = {}
    for language, months in _LANGUAGES:
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


def _capitalised(name: str) -> str:
    return name[0].upper() + name[1:]


def _month_regex() -> str:
    """Month words as a regex: title case, upper case, and lower case for other languages.

    English and German month names are proper nouns, capitalised; a lower-case "may" or
    "march" is a verb far more often than a month. Russian and Polish months are written
    in lower case. Only abbreviations may carry a dot: after a full name a dot ends the
    sentence.
    """
    spellings: set[str] = set()
    tables = (_ENGLISH, _GERMAN, _GREEK, _RUSSIAN, _UKRAINIAN, _POLISH)
    full_names = {names[0] for table in tables for names in table}
    for name, (_, language) in MONTH_WORDS.items():
        if language in ("ru", "uk", "pl"):
            forms = {name}
        elif language == "el":
            forms = {name, _capitalised(name)}
        else:
            forms = {_capitalised(name), name.upper()}
        spellings |= forms
        if name not in full_names:
            spellings |= {form + "." for form in forms}
    # \b does not work after a dot; a month word must not run on into more letters.
    return rf"(?:{trie_regex(spellings)})(?![^\W\d_])"


#: A month word, as a regex fragment without groups.
MONTH = _month_regex()

#: English ordinal suffixes after a day number ("February 23rd").
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
