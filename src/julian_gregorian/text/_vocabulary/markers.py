"""The words that say which calendar a date is in, generated from the language records.

Regex fragments without groups, in pairs (``OLD_…`` for Old Style / Julian, ``NEW_…``
for New Style / Gregorian) grouped by how they begin, because the tokenizer looks for
each group where it can start: ``…_CAPITAL`` (a capital Latin letter: ``O.S.``, ``Old
Style``, ``Julian calendar``, ``a. St.`` is not one, ``J:``), ``…_SCRIPT`` (any other
script: ``ст. ст.``, ``по новому стилю``, ``π.η.``) and ``…_SMALL`` (a small Latin
letter: ``old style``, ``st.v.``, ``a. St.``, ``stil vechi``, ``gamla stilen``).
``LEAD_IN`` is what may stand before a marker without separating it from its date
(``according to the modern``, ``nach dem``).

Each record's phrases become patterns here (:func:`phrase_pattern`); the English
record's look-alike handling (religious orders, typefaces, the Ordnance Survey) is
written as patterns in the record itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from julian_gregorian.languages import LANGUAGES, Language
from julian_gregorian.text._vocabulary.lexicon import trie_regex


def phrase_pattern(phrase: str) -> str:
    """The regex of a marker phrase: any space for a space, ``ст.ст.`` for ``ст. ст.``.

    The pattern begins with the phrase's literal first letter (the check for a word
    start follows it), so that the regex engine can skip to that letter.

    >>> import re
    >>> pattern = re.compile(phrase_pattern("ст. ст."))
    >>> [bool(pattern.fullmatch(text)) for text in ("ст. ст.", "ст.ст.", "пст. ст.")]
    [True, True, False]
    """
    return "".join(_phrase_parts(phrase))


def _phrase_parts(phrase: str) -> list[str]:
    """The pattern of :func:`phrase_pattern` in parts: the first letter, the check for a
    word start, a regex for each further character, the check for a word end (the
    checks empty where the phrase does not begin or end with a letter)."""
    first = re.escape(phrase[0])
    parts = [first, rf"(?<![\w.]{first})" if checks_word_start(phrase) else ""]
    parts.extend(_char_pattern(phrase, index) for index in range(1, len(phrase)))
    ends_word = phrase[-1].isalpha() and not unspaced(phrase[-1])
    parts.append(r"(?!\w)" if ends_word else "")
    return parts


def checks_word_start(phrase: str) -> bool:
    """Whether the pattern of *phrase* (:func:`phrase_pattern`) matches only where no
    letter, digit, ``_`` or full stop stands before it: a phrase that begins with a
    letter of a script written with spaces.

    >>> checks_word_start("ст. ст."), checks_word_start("J:"), checks_word_start("ユリウス暦")
    (True, True, False)
    """
    return phrase[0].isalpha() and not unspaced(phrase[0])


def _char_pattern(phrase: str, index: int) -> str:
    """The regex of ``phrase[index]`` (not the first character) in the phrase's pattern."""
    char = phrase[index]
    if char == " ":
        return r"\s*" if phrase[index - 1] == "." else r"\s+"
    if char == "." and index + 1 < len(phrase) and phrase[index + 1] != " ":
        return r"\.\s?"
    return re.escape(char)


def unspaced(char: str) -> bool:
    """Whether *char* is of a script written without spaces between words (kana, CJK
    ideographs), where a phrase has no word boundary to check: ``[ユリウス暦5月30日]``."""
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff"


def phrase_variants(phrase: str) -> tuple[str, ...]:
    """The phrase, and capitalised when a word in small letters begins it (the start of a
    sentence) and more words follow.

    >>> phrase_variants("stil vechi"), phrase_variants("st. st."), phrase_variants("J:")
    (('stil vechi', 'Stil vechi'), ('st. st.',), ('J:',))
    """
    first_word = phrase.split(" ")[0]
    # A single word (an adjective such as "gregoriaanisen") rarely begins a sentence.
    if phrase[0].islower() and "." not in first_word and len(first_word) >= 3 and " " in phrase:
        return (phrase, phrase[0].upper() + phrase[1:])
    return (phrase,)


def _group(text: str) -> str:
    """Which tokenizer group a marker beginning with *text* belongs to."""
    first = text[0]
    if first.isascii() and first.isupper():
        return "CAPITAL"
    if first.isascii():
        return "SMALL"
    return "SCRIPT"


def _first_letter(pattern: str) -> str:
    """The first literal letter of a record's pattern, past lookbehinds and groups."""
    stripped = re.sub(r"^(?:\(\?<!\[[^\]]*\]\)|\(\?:)+", "", pattern)
    return stripped[0]


def _markers(calendar: str, languages: Iterable[Language] = LANGUAGES) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {"CAPITAL": [], "SMALL": [], "SCRIPT": []}
    for language in languages:
        patterns = language.old_patterns if calendar == "old" else language.new_patterns
        phrases = language.old_markers if calendar == "old" else language.new_markers
        for pattern in patterns:
            groups[_group(_first_letter(pattern))].append(pattern)
        for phrase in phrases:
            # A phrase capitalised at the start of a sentence is looked for with the
            # phrase: the tokenizer then needs no start at every capital letter.
            for variant in phrase_variants(phrase):
                pattern = phrase_pattern(variant)
                if pattern not in groups[_group(phrase)]:
                    groups[_group(phrase)].append(pattern)
    # Longer first, so that "по старому стилю" wins over a shorter phrase it contains.
    return {group: sorted(found, key=len, reverse=True) for group, found in groups.items()}


_OLD = _markers("old")
_NEW = _markers("new")


def by_first_letter(patterns: list[str]) -> str:
    """The patterns as one alternation per first letter: the regex engine then tries a
    letter's phrases only where that letter stands. (A pattern that does not begin with
    a letter stays whole.)"""
    groups: dict[str, list[str]] = {}
    whole: list[str] = []
    for pattern in patterns:
        if pattern[0].isalpha():
            groups.setdefault(pattern[0], []).append(pattern[1:])
        else:
            whole.append(pattern)
    return "|".join(
        whole
        + [f"{re.escape(first)}{_shared_start(rests)}" for first, rests in sorted(groups.items())]
    )


#: The check for a word start that a phrase's pattern begins with (:func:`phrase_pattern`).
_WORD_START = re.compile(r"\(\?<!\[\\w\.\][^()\[\]]*\)")


def _shared_start(rests: list[str]) -> str:
    """The alternation of *rests*, with the check for a word start they all begin with
    taken out in front: the regex engine then rejects a letter inside a word once, not
    once per phrase of that letter."""
    start = _WORD_START.match(rests[0])
    if start is None or not all(rest.startswith(start.group()) for rest in rests):
        return f"(?:{'|'.join(rests)})"
    size = len(start.group())
    return f"{start.group()}(?:{'|'.join(rest[size:] for rest in rests)})"


#: Markers that begin with a capital Latin letter: O.S., Old Style, Julian, N.S., J:...
OLD_CAPITAL = by_first_letter(_OLD["CAPITAL"])
NEW_CAPITAL = by_first_letter(_NEW["CAPITAL"])
#: Markers in other scripts: Cyrillic, Greek.
OLD_SCRIPT = by_first_letter(_OLD["SCRIPT"])
NEW_SCRIPT = by_first_letter(_NEW["SCRIPT"])
#: Markers that begin with a small Latin letter (old style, st.v., a. St., wg st. st.);
#: every alternative begins with a literal letter.
OLD_SMALL = by_first_letter(_OLD["SMALL"])
NEW_SMALL = by_first_letter(_NEW["SMALL"])
#: Which calendar a small-letter marker names (it matched OLD_SMALL or NEW_SMALL).
OLD_SMALL_WHOLE = f"(?:{OLD_SMALL})"
#: ``OLD_SMALL|NEW_SMALL`` with the phrases of a letter in one alternative, the Old
#: Style ones first: it matches where and what that alternation does (only the phrases
#: of the letter at hand may match there, in the same order), and the regex engine,
#: which compares each letter with the first letter of every alternative in turn,
#: compares it with about half as many.
SMALL = by_first_letter(_OLD["SMALL"] + _NEW["SMALL"])

#: The markers a letter's dateline writes between a day and month and their year
#: (``S. N.`` of ``Hague, Octob. 2. S. N. 1668.``), from the records' ``dateline_markers``.
DATELINE = by_first_letter(
    sorted(
        {phrase_pattern(phrase) for language in LANGUAGES for phrase in language.dateline_markers},
        key=len,
        reverse=True,
    )
)

#: The letters the hint for small-letter markers looks at, rarest in English first.
_HINT_LETTERS = "jšsl"
_KEY = 7


def _small_key(phrase: str) -> str:
    """Seven characters of *phrase* from the first of ``_HINT_LETTERS`` in it (``stil ve``
    of ``stil vechi``; ``calenda`` would be English too, ``lendaru`` is not), or the
    phrase itself when it is short (``g.s.``): a window without any of these keys has
    no small-letter marker, and the test looks mostly where one of four letters stands."""
    start, end = _small_key_span(phrase)
    return phrase[start:end]


def _small_key_span(phrase: str) -> tuple[int, int]:
    """Where in *phrase* its key (:func:`_small_key`) stands."""
    # Four characters at least, else the phrase's own beginning when it is long enough
    # ("gregori" of "gregoriaanisen", not its "sen"), else three: a letter or two alone
    # would be found everywhere.
    for letter in _HINT_LETTERS:
        at = phrase.find(letter)
        if 0 <= at <= len(phrase) - 4:
            return at, min(len(phrase), at + _KEY)
    if len(phrase) >= _KEY:
        return 0, _KEY
    for letter in _HINT_LETTERS:
        at = phrase.find(letter)
        if 0 <= at <= len(phrase) - 3:
            return at, min(len(phrase), at + _KEY)
    return 0, len(phrase)


def _key_parts(phrase: str) -> tuple[str, ...]:
    """The key of *phrase*, a regex per character, with its spaces and full stops as the
    phrase's own pattern takes them; a phrase that is its own key (``gs``, ``vkj``,
    ``g.s.``) with that pattern's checks for the start and end of a word."""
    start, end = _small_key_span(phrase)
    if (start, end) == (0, len(phrase)):
        return tuple(part for part in _phrase_parts(phrase) if part)
    parts = [re.escape(phrase[0])] if start == 0 else []
    parts.extend(_char_pattern(phrase, index) for index in range(start or 1, end))
    return tuple(parts)


def _first_of_tree(branches: Iterable[tuple[str, ...]]) -> str:
    """One regex finding where any of *branches* (sequences of regexes) matches, as a
    tree of their parts: the regex engine tries a shared beginning once. A branch that
    begins another is enough on its own, so the longer one is left out."""
    tree: dict[str, Any] = {}
    for parts in branches:
        node = tree
        for part in parts:
            node = node.setdefault(part, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        alternatives = [part + render(child) for part, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return render(tree)


def _small_phrases() -> list[str]:
    """Every marker phrase that begins with a small Latin letter, capitalised too."""
    return [
        variant
        for language in LANGUAGES
        for phrase in language.markers
        for variant in phrase_variants(phrase)
        if _group(phrase) == "SMALL"
    ]


#: The keys of every marker phrase that begins with a small Latin letter (see
#: :func:`_small_key`), and the "style" of the English "old style".
SMALL_KEYS = frozenset(_small_key(variant) for variant in _small_phrases()) | {"style"}

#: Where a marker in small letters may stand: its key (:func:`_key_parts`), or for the
#: patterns written by hand in a record (English ``old style``) the pattern itself. A
#: window where this finds nothing holds no such marker; the keys alone, each a string,
#: are also found inside words (the ``ns`` of Swedish *nya stilen* in ``insurrection``).
SMALL_PLACES = _first_of_tree(
    [_key_parts(variant) for variant in _small_phrases()]
    + [
        (pattern[0], f"(?:{pattern[1:]})") if pattern[0].isalpha() else (f"(?:{pattern})",)
        for language in LANGUAGES
        for pattern in (*language.old_patterns, *language.new_patterns)
        if _group(_first_letter(pattern)) == "SMALL"
    ]
)

#: The first letters of the markers that begin with a capital or in another script:
#: where the tokenizer looks for them.
FIRST_LETTERS = frozenset(
    _first_letter(pattern)
    for groups in (_OLD, _NEW)
    for group in ("CAPITAL", "SCRIPT")
    for pattern in groups[group]
)

#: The first letters of the markers that begin with a small Latin letter or in another
#: script: what a marker inside a day group, ``20 (за старим стилем – 8)``, begins with.
SMALL_AND_SCRIPT_FIRST_LETTERS = frozenset(
    _first_letter(pattern)
    for groups in (_OLD, _NEW)
    for group in ("SMALL", "SCRIPT")
    for pattern in groups[group]
)

#: Every marker phrase of every record with its calendar (``"old"``/``"new"``) and
#: language code, for the tests that prove each is found and read.
PHRASES: tuple[tuple[str, str, str], ...] = tuple(
    (phrase, calendar, language.code)
    for language in LANGUAGES
    for calendar, phrases in (("old", language.old_markers), ("new", language.new_markers))
    for phrase in phrases
)


def _lead_in() -> str:
    """Any run of the records' lead-in words, in small letters or capitalised, as one
    tree of their letters (no case-insensitive matching: it is slower)."""
    words = {word for language in LANGUAGES for word in language.lead_ins}
    spellings = words | {word[0].upper() + word[1:] for word in words}
    tree = trie_regex(spellings).replace(r"\ ", r"\s+")
    return rf"\s*(?:{tree}\s+)*"


#: Words that lead into a marker without changing it: "according to the (modern)".
LEAD_IN = _lead_in()


def _after_dash(calendar: str) -> str:
    """The markers of the records whose typography writes a dash between a date and its
    marker (``dash_before_marker``), the longest first, as one alternation."""
    groups = _markers(calendar, [language for language in LANGUAGES if language.dash_before_marker])
    patterns = sorted({pattern for found in groups.values() for pattern in found}, key=len)
    return by_first_letter(patterns[::-1])


#: The markers a dash between spaces may join to the date before it (``3 марта — по
#: новому стилю``; the style's adjective alone at its clause's end, ``7 ноября — по
#: новому.``, where a record has it), Old Style and New Style.
AFTER_DASH_OLD = _after_dash("old")
AFTER_DASH_NEW = _after_dash("new")
#: Lead-in words of those records, any run of them, each with the space after it, as
#: few as may be: ``по`` begins the marker ``по старому стилю`` too, and the token is
#: the whole phrase, as the tokenizer reads it elsewhere.
AFTER_DASH_LEAD_IN = r"(?:(?:{})\s+)*?".format(
    trie_regex(
        {
            word
            for language in LANGUAGES
            if language.dash_before_marker
            for word in language.lead_ins
        }
    ).replace(r"\ ", r"\s+")
)


def _joiners() -> frozenset[str]:
    return frozenset(word for language in LANGUAGES for word in language.joiners)


#: Words that join the two dates of one day (``or``, ``i.e.``, ``или``, ``bzw.``).
JOINERS = _joiners()
