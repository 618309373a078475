"""The prefilter: where in a text an O.S./N.S. date may stand, found at the speed of a scan.

Every item the extractor reports contains an *anchor*: a calendar marker (``O.S.``,
``New Style``, ``Julian``, ``ст. ст.``), a slash between numbers (``11/23 April``,
``1749/50``) or an opening parenthesis before a day number (``25 октября (7 ноября)``).
A few phrases of common letters (``calendarul iulian``, ``Vanhaa lukua``) are anchors
where they stand in parentheses, as they usually do; elsewhere they are read when
another anchor is near.
Anchors are found by a handful of regular expressions that each begin with one literal
character: Python's regex engine then jumps between occurrences of that character with
a tight loop in C and runs the rest of the pattern only there, so each pass costs about
as much as ``str.count``. (The ``t`` of ``st``, a common letter, is found by its pass as
the literal ``st``: see :data:`_ST_PASS`.) One pattern of all the passes stops at every
character any of them begins with, slower over a long text than the passes apart; a
short text (most pages of a dump) is searched with it once first, and one without an
anchor costs only that scan. Where Hyperscan is installed, it serves the passes of long
and short texts alike once a program has read enough text (see
:mod:`~julian_gregorian.text._locate.hyperscan_candidates`), and once it has read many
short ones, a short text is first screened by one forward scan for wider patterns of
every pass (:data:`_SCREENED`): one where none matches holds no anchor and costs only
that scan. The detailed shapes then
run only in small windows around the anchors (cut by
:mod:`~julian_gregorian.text._extract`).
"""

from __future__ import annotations

import functools
import re
import sys
from array import array

from julian_gregorian.text._locate.hyperscan_candidates import (
    Lead,
    Scanner,
    confirmed,
    scanner,
    screen,
    widest,
)
from julian_gregorian.text._read.tokens import is_dual_text
from julian_gregorian.text._vocabulary import markers
from julian_gregorian.text._vocabulary.lexicon import (
    DAY_AFTER_WORD,
    DAY_NUMBER,
    MONTH_LINK,
    MONTH_WORDS,
    ORDINAL_SUFFIX,
    RANGE_WORD,
    trie_regex,
)

#: The characters of the passes that find marker phrases: a phrase of a language record
#: (and its capitalised form at the start of a sentence) is found by the pass of the
#: first of these characters it contains, which looks at the letters around that
#: character (``стил`` of ``по старому стилю``, ``η`` of ``π.η.``, ``g`` of ``enligt
#: den gregorianska kalendern``, ``v`` of ``stil vechi``). A phrase with none of them
#: (``calendarul iulian``) is found in parentheses, where markers stand, or by another
#: anchor near it; see docs/extraction.md. ``g`` and ``v`` come late: they are common
#: letters, so their passes serve only the phrases that no rarer character does; the
#: full stop (``n. st.``, ``g.s.``) and the ``t`` of ``st`` (``ny stil``, ``estilo``)
#: last, for what is left.
PASS_CHARACTERS = "сηSJGjygv.t"


#: Stands for the end of a word in the strings the lookaheads are made of.
_WORD_END = "\u00b6"


def _word_around(phrase: str, at: int) -> tuple[str, str]:
    """Up to three letters before ``phrase[at]`` in its word and up to six characters
    after it; ``_WORD_END`` at the end of the phrase, and a space before the earlier
    letters when they begin a word."""
    start = at
    while start > 0 and at - start < 3 and phrase[start - 1] not in " .":
        start -= 1
    before = phrase[start:at]
    if start == 0 or phrase[start - 1] == " ":
        before = " " + before
    after = phrase[at + 1 : at + 7]
    if at + 7 >= len(phrase) and phrase[-1].isalpha():
        after += _WORD_END
    return before, after


def _render(strings: set[str]) -> str:
    """A trie of literal strings, with any space for a space and the word end checked."""
    return (
        trie_regex(strings)
        .replace(r"\ ", r"\s")
        .replace(r"\.\s", r"\.\s?")
        .replace(_WORD_END, r"(?![^\W\d_])")
    )


#: Capital initials ending in ``S.`` (``A.S.``, Scots *Auld Style*): the ``S`` pass looks
#: at ``O.S.`` and ``N.S.`` by hand, and a look ahead for a full stop after every ``S``
#: would take each ``U.S.`` for an anchor; they are found in brackets, where they stand.
#: (Initials ending in ``J.``, ``C.J.`` and ``K.J.``, share one look ahead of the ``J``
#: pass and are found anywhere.)
_INITIALS = re.compile(r"(?:[A-Z]\.\s?)*S\.:?")

#: Pass characters common in prose: their passes look only where at least this many
#: characters of the phrase follow the character, so that few words share them.
_COMMON = "gv"
_COMMON_AFTER = 4


def _pass_position(phrase: str) -> int:
    """Where in *phrase* its pass looks: the last occurrence of the first pass character
    (in the order of ``PASS_CHARACTERS``) it contains, or -1 (the last ``y`` of ``nowy
    styl`` is the one of ``styl``, which fewer words share; a ``y`` counts only there;
    a ``g`` or ``v`` only where four characters of the phrase follow it, the first full
    stop or the ``t`` of the first ``st`` only where two follow it; never in capital
    initials, see :data:`_INITIALS`)."""
    if _INITIALS.fullmatch(phrase):
        return -1
    for char in PASS_CHARACTERS:
        at = phrase.rfind(char)
        if char in ".t":
            at = phrase.find(char) if char == "." else phrase.find("st") + 1
            if at < 1 or len(phrase) - at - 1 < 2:
                continue
        if char == "y" and phrase[at - 2 : at] != "st":
            continue  # y is common: its pass looks only at "sty" (styl, style)
        if char in _COMMON:
            at = phrase.find(char)
            if len(phrase) - at - 1 < _COMMON_AFTER:
                continue
        if at >= 0:
            return at
    return -1


def found_anywhere(phrase: str) -> bool:
    """Whether a pass finds *phrase* wherever it stands, not only in parentheses.

    >>> found_anywhere("enligt den gregorianska kalendern"), found_anywhere("calendarul iulian")
    (True, False)
    """
    return _pass_position(phrase) >= 0


def pass_character(phrase: str) -> str | None:
    """The character whose pass finds *phrase* anywhere, or ``None``.

    >>> pass_character("ny stil"), pass_character("n. st."), pass_character("gs")
    ('t', '.', None)
    """
    at = _pass_position(phrase)
    return phrase[at] if at >= 0 else None


def _phrase_passes() -> dict[str, set[str]]:
    """For each pass character, what follows it in the phrases it serves.

    One look ahead per pass, a tree of those strings: the regex engine fails at most
    occurrences of the character after one more comparison. What stands before the
    character is not checked (an anchor is only a candidate), but where the character
    ends the phrase's word (``vkj``, ``ukj``), see :data:`_WORD_ENDS`.
    """
    afters: dict[str, set[str]] = {char: set() for char in PASS_CHARACTERS}
    for phrase, _, _ in markers.PHRASES:
        for variant in markers.phrase_variants(phrase):
            at = _pass_position(variant)
            if at >= 0:
                before, after = _word_around(variant, at)
                if after == _WORD_END:
                    _WORD_ENDS.setdefault(variant[at], set()).add(before)
                elif after == "." and at >= 2 and variant[at - 1] == ".":
                    _ABBREVIATED.setdefault(variant[at], set()).add(variant[at - 2])
                else:
                    afters[variant[at]].add(after)
    return afters


#: For each pass character, the letters before it in the phrases whose word it ends
#: (`` vk`` of the Estonian ``vkj``, a space for the start of the word): a look ahead
#: for the end of the word alone would take every word ending in a ``j`` (``Hajj``,
#: ``adj=``), so these are looked for behind the character.
_WORD_ENDS: dict[str, set[str]] = {}


#: For each pass character, the letters before it in the abbreviations it is the last
#: letter of (the ``C`` of the Spanish ``C.J.``, the ``π`` of ``π.η.``): a look ahead for
#: the full stop alone would take every initial (``Stephan J.``, a few anchors per page
#: of citations) for an anchor, so the letter and full stop before it are looked for
#: behind the character, with the space the reader allows after a full stop.
_ABBREVIATED: dict[str, set[str]] = {}


def _abbreviation_branches(char: str) -> list[str]:
    """Look-behinds for the abbreviations *char* ends (see :data:`_ABBREVIATED`)."""
    if char not in _ABBREVIATED:
        return []
    # In either case: a header cell or a sentence may capitalise the first letter.
    cased = {case for letter in _ABBREVIATED[char] for case in (letter.lower(), letter.upper())}
    letters = "".join(re.escape(letter) for letter in sorted(cased))
    mark = re.escape(char)
    return [rf"(?<=[{letters}]\.{mark})(?=\.)", rf"(?<=[{letters}]\.\s{mark})(?=\.)"]


def _word_end_branches(char: str) -> list[str]:
    """Look-behinds for the phrases *char* ends the word of (see :data:`_WORD_ENDS`)."""
    branches = []
    for before in sorted(_WORD_ENDS.get(char, ())):
        letters = re.escape(before.lstrip(" ") + char)
        start = rf"(?<![^\W\d_]{letters})" if before.startswith(" ") else ""
        branches.append(rf"(?<={letters}){start}(?![^\W\d_])")
    return branches


def _marker_beginnings(characters: int = 4) -> set[str]:
    """The first four (or so many) characters of every marker phrase, capitalised too."""
    phrases = [phrase for phrase, _, _ in markers.PHRASES]
    return {
        variant[:characters] for phrase in phrases for variant in markers.phrase_variants(phrase)
    }


def _parenthesised_markers(characters: int = 4) -> str:
    """:func:`_marker_beginnings` as a pattern (a space in them read as any space)."""
    return _render(_marker_beginnings(characters))


def _bracketed_months() -> str:
    """The first three letters of every month written in small letters."""
    return trie_regex({name[:3] for name in MONTH_WORDS if name[0].islower()})


_PHRASES = _phrase_passes()


def _with_phrases(
    char: str, hand: str = "", hand_after: tuple[str, ...] = (), drop_after: tuple[str, ...] = ()
) -> str:
    """The pass of *char*: the English record's hand-written look-arounds *hand*, or a
    look ahead for what follows *char* in the phrases it serves (and in *hand_after*; not
    *drop_after*, which *hand* looks for)."""
    afters = (_PHRASES.get(char, set()) | set(hand_after)) - set(drop_after)
    generated = f"(?={_render(afters)})" if afters else ""
    branches = (*_word_end_branches(char), *_abbreviation_branches(char))
    alternatives = [part for part in (hand, generated, *branches) if part]
    if len(alternatives) == 1:
        return re.escape(char) + alternatives[0]
    return f"{re.escape(char)}(?:{'|'.join(alternatives)})"


#: Characters the window drops (text/_read/normalise.py) that may stand around a dash:
#: ``1673\u2060–\u20604``.
_INVISIBLE = "\u00ad\u200b-\u200f\u2060\ufeff"
#: Dual years written with a dash: a year before 1753, when England counted years from
#: 25 March (the reader's bound, text/_read/tokens.py), then the digits of the second;
#: not a year right after a digit and a dash, the second of a span or of a dual year
#: (``1690–1691–2`` holds no dual year for the reader, and a run such as
#: "1731-1731-…" would otherwise hold a hit at every year, each judged in Python).
_DASHED_DUAL = re.compile(
    rf"1(?=(?:[0-6]\d\d|7[0-4]\d|75[0-2])[{_INVISIBLE}]*[-–][{_INVISIBLE}]*\d{{1,4}}(?!\d))"
    r"(?<!\d1)(?<!\d[-–]1)"
)
#: What a hit of the dual years' pass spans: ``1714-15``.
_DASHED_YEARS = re.compile(rf"\d{{4}}[{_INVISIBLE}]*[-–][{_INVISIBLE}]*\d{{1,4}}")
_DROP_INVISIBLE = re.compile(f"[{_INVISIBLE}]")


def _is_dual_year(text: str, at: int) -> bool:
    """Whether the dashed years at *at* may be a dual year as the reader takes one:
    ``1714-15`` or a slip (``1714-16``), not a span (``1641–1712``, ``pages 1183–215``),
    whose anchors in real text outnumber those of dual years."""
    found = _DASHED_YEARS.match(text, at)
    return found is not None and is_dual_text(_DROP_INVISIBLE.sub("", found.group()))


#: What may follow a day number in parentheses for a date to begin there, as the reader
#: takes one (text/_read/tokens.py): a month (its first three letters, in any case, or a
#: Roman one), a word between a day and its month (``de``, ``of``) or of a range, or a
#: marker. Not "(36 square miles)", "(6 times)", "(the 5th and 6th bead)": a window for
#: each in real wikitext.
_AFTER_DAY_WORDS = (
    f"(?:(?i:{trie_regex({name[:3] for name in MONTH_WORDS})})|[IVX]"
    f"|(?:{MONTH_LINK}|{RANGE_WORD}|{DAY_AFTER_WORD})|{_parenthesised_markers()})"
)
#: Every alternative of :data:`_AFTER_DAY_WORDS` begins with a letter: one look at the
#: next character fails most places where none stands ("(5 (5 …") before the long
#: alternation is tried. (The guards here and below change no anchor, only how soon a
#: place without one is passed: tests/test_extract_work.py checks both ways.)
_AFTER_DAY_GUARD = r"(?=[^\W\d_])"
_AFTER_DAY = _AFTER_DAY_GUARD + _AFTER_DAY_WORDS


#: The numbers before a slash that begin no date, so that the slash joins no pair and
#: ends no dual year: five digits or more (a day has two at most, a year four), or a
#: number right after a digit and a slash, where neither a day nor a year may begin
#: (text/_read/tokens.py: ``2/1731/`` is no date, nor ``/1731/``'s ``1731``). Runs of
#: numbers and slashes (tables of figures, crafted input such as "1731/1731/…") would
#: otherwise hold an anchor at every slash, each costing a step in Python.
_NO_DATE_BEFORE_SLASH = r"(?<!\d{5}/)" + "".join(
    rf"(?<!\d/\d{{{digits}}}/)" for digits in range(1, 5)
)


#: The spaces between a day and its month: wikitext writes a non-breaking one as an
#: entity (``7&nbsp;ноября``).
_SPACES = r"(?:\s|&nbsp;)+"
#: A short word in small letters before a day in parentheses: "(il 3", "(o 5", the
#: first day of a night's range "(с 7 на 8 ноября)", "(z 6 na 7 listopada)".
_SMALL_WORD = "[a-zа-яёіїєґў]{1,3}"


def _after_opening(after_day: str) -> str:
    """What follows the opening parenthesis of an anchor (see :data:`_AFTER_OPENING`),
    with *after_day* for what may follow a day number and spaces."""
    # (A day is one the reader takes, 1 to 31: a parenthesis or a bracket before a larger
    # number begins no date, "(72nd)", "(35 W)", "[[70 mm film]]", some 190 windows read
    # for nothing in 250 pages of the bench dump.)
    # What ends a day number in parentheses: the closing one (after a space too, as a
    # converted page prints "14 ( 26 ) december"), or spaces and a month, a linking word
    # or a marker; or a dash and the last day of a range, then either of those
    # (``24–25 октября (6–7 ноября)``).
    day_end = rf"(?:\s?\)|{_SPACES}{after_day}|\s?[-–]\s?\d\d?\.?(?:\)|{_SPACES}{after_day}))"
    return (
        rf"(?=\s?(?:{DAY_NUMBER}(?:{day_end}|{ORDINAL_SUFFIX}\.?{day_end}"
        rf"|\.(?:{day_end}|\d\d?\)|[IVX]+[/)]))"
        rf"|{_SMALL_WORD}\s{DAY_NUMBER}{ORDINAL_SUFFIX}?\.?{day_end}"
        rf"|[A-Z][a-z]{{2,8}}\.?\s\d|{_parenthesised_markers()}))"
    )


#: What follows the opening parenthesis of an anchor (see the pass of ``(`` below): a
#: day number (after up to three small letters, "il 3", "o 5"), its ordinal suffix and
#: full stop optional, then the closing parenthesis or spaces and :data:`_AFTER_DAY` (or
#: a range of days); two numeric days (``15.04)``) or a day and a Roman month
#: (``14.II/``); a capitalised month and a number; a marker. (The day's digits are
#: matched once for all that may follow them, and its optional suffix and full stop
#: written out as alternatives: the regex engine's machinery for an optional group,
#: entered at every parenthesis, made the pass twice as slow.)
_AFTER_OPENING = _after_opening(_AFTER_DAY)
#: Fails at once where no alternative of :data:`_AFTER_OPENING` may match: where neither
#: a space nor a character of a word follows, which every alternative begins with
#: ("((((…"), and at a day number followed by spaces and then neither a letter nor a
#: digit, where only a letter or the closing parenthesis may follow a day ("(5 (5 …").
_OPENING_GUARD = r"(?=[\s\w])(?!\s?\d\d?\s+[^\w\s)])"
#: 25 октября (7 ноября), 7 (20) сентября, 10th (22nd) April, (il 3 maggio, (o 5 de
#: octubre, 15(28).04.1922, 25.02(09.03)1924, August 28 (September 9), and every marker
#: phrase in parentheses: (π.η.), (ст. ст.), (st.v.), (wg st. st.), (stil vechi), (J: 21.
#: helmikuuta)
_OPENING_PASS = re.compile(r"\(" + _OPENING_GUARD + _AFTER_OPENING)
#: A pattern that matches wherever :data:`_OPENING_PASS` does, short enough for Hyperscan
#: to compile quickly (see :data:`_SCREENED`): after a day number and spaces, only the
#: letter every word that may follow it begins with.
_OPENING_WIDENED = re.compile(r"\(" + _after_opening(_AFTER_DAY_GUARD))
#: What follows the opening bracket of an anchor (see the pass of ``[`` below): a day
#: number, then a space and a letter or the closing bracket and a month in small letters
#: (``[9 сентября]``, ``[20] ноября``) or a year (the other day after a month, ``18. Mai
#: [ 30 ], 1826``; a footnote's number is seldom followed by a year); ...
_BRACKETED_DAY = (
    rf"{DAY_NUMBER}\.?(?:\s[A-Za-zа-яё]|\]\s?(?:[а-яёі]|{_bracketed_months()})"
    r"|\s?\],?\s?[0-9]{3,4}(?!\d))"
)
#: ... a capitalised month and a day, closed (``[September 9]``); ...
_BRACKETED_MONTH_DAY = rf"(?!Note)[A-Z][a-z]{{2,8}}\.?\s{DAY_NUMBER}\]"
#: ... a marker phrase and a number (``[K.J.: 30 Mei]``).
_BRACKETED_MARKER = rf"(?:{_parenthesised_markers()})[^\[\]\d]{{0,24}}\d"
_AFTER_BRACKET = f"(?={_BRACKETED_DAY}|{_BRACKETED_MONTH_DAY}|{_BRACKETED_MARKER})"
#: What every alternative of :data:`_AFTER_BRACKET` holds: a character of a word first,
#: and a digit within 28 characters with no bracket or other digit before it (a marker
#: begins with four of them at most); fails at once on "[[[[…" and "[O.S. [O.S. …".
_BRACKET_GUARD_DIGIT = r"(?=[^\[\]\d]{0,28}\d)"
_BRACKET_GUARD = r"(?=\w)" + _BRACKET_GUARD_DIGIT


#: 28 августа [9 сентября] 1828, 7 [20] ноября (Russian Wikipedia's unmarked pairs),
#: August 28 [September 9]; a marker phrase in brackets before a number: [K.J.: 30 Mei],
#: [A.S. 12 Dizember]; one space after the bracket as machine translations print it,
#: "28 mai [ 10 iunie, 1858", "18. Mai [ 30 ], 1826". Not footnote marks such as [12] or
#: [ 1], nor [[St. Mary River]].
_BRACKET_PASS = re.compile(r"\[ ?" + _BRACKET_GUARD + _AFTER_BRACKET)


#: What follows the ``y`` of a style phrase: not ``le="`` (a space or tab before and
#: after the ``=`` at most, a quotation mark or an apostrophe), the attribute
#: ``style="…"`` of HTML and of wikitables, which no marker is and which the markup
#: test drops in wikitext (``markup.markup_end``): the commonest anchor of real
#: wikitext after the slashes of URLs, 9,389 of the 10,209 ``y`` anchors of a pass over
#: the 40 MB bench dump's pages, each a call from Hyperscan, a match confirmed in Python
#: and a markup test. An unquoted value stays an anchor: plain text writes ``old style = 5
#: March 1700``. Written as what may follow, not as a look ahead that fails, so that
#: Hyperscan is asked for it too (it reads the last look ahead of a pass as part of the
#: match, and drops the look aheads that fail).
_NOT_STYLE_ATTRIBUTE = (
    r"(?=l(?:[^e]|e(?:[^= \t]|[ \t][^=]"
    r"|[ \t]?(?:\Z|=(?:[^ \t\"']|[ \t][^\"']|[ \t]?\Z)))|\Z))"
)


#: The pass of the ``t`` of ``st`` (``ny stil``, ``po starom stilu``) begins its match at
#: the ``s``: the regex engine then skips from one ``st`` to the next in C and tries the
#: rest of the pattern only there, where a pattern beginning at the ``t`` (a common
#: letter) with a look back for the ``s`` would be tried at every ``t`` (a third less
#: time for the pass; a literal of two characters costs the engine more per character
#: than one, so the passes of rarer letters, ``y`` among them, begin with one). Its
#: anchor is still the ``t``, one character on (:data:`_ANCHOR_AFTER_START`).
_ST_PASS = re.compile("st" + _with_phrases("t").removeprefix("t"))


# One literal first character per pattern (see the module docstring); the lookarounds
# keep the hits rare so that little Python work follows each one, and are cheap so that
# the frequent first characters (S, y) cost little. Measured on English text, each pass
# costs 20-40 ms per 50 MB. The English markers' lookarounds are written here, next to
# the look-alikes the English record excludes; those of the other records' phrases are
# generated.
_PASSES: tuple[re.Pattern[str], ...] = (
    # O.S., O. S., OS, N.S., N. S., NS, OLD STYLE, German a. St. / n. St. / alten Stils;
    # not the NS of ANSI or JOHNSTON. (The cheap one-character look backs first: most
    # capital S begin a word.)
    re.compile(
        _with_phrases(
            "S",
            r"(?:(?<=\.S)(?<=\b[ONanA]\.S)|(?<=[ON]S)(?<![^\W\d_][ON]S)"
            r"|(?<=\.\sS)(?<=\b[ONanA]...)|(?=TYLE)|(?=\.\s?N\.)(?<![\w.]S))",
            # "a. St." and "n. St." are read here, from before the S: a look ahead for
            # "t." would take the S of every "St." (Saint) for an anchor.
            drop_after=("t.",),
        )
    ),
    # Old Style, New Style, old style, new style, {{OldStyleDate}}; the phrases of other
    # languages where "styl" begins a word (nowy styl, ancien style, stylo novo): not
    # lifestyle, hairstyles (every phrase a y serves has it in "styl": see _pass_position)
    re.compile(
        rf"y{_NOT_STYLE_ATTRIBUTE}(?:(?<=[dw][\s-][Ss]ty)|(?<=[dw][Ss]ty)"
        rf"|(?<=[Ss]ty)(?<![^\W\d_][Ss]ty)(?={_render(_PHRASES['y'])}))"
    ),
    re.compile(_with_phrases("J", hand_after=("ulian",))),
    re.compile(_with_phrases("G", hand_after=("regorian",))),
    # juliański, julianischen, oude stijl, vana kalendri järgi, naujuoju stiliumi
    re.compile(_with_phrases("j")),
    # 11/23 April, 30 September/10 October, March 6/February 22, 1749/50; not after a
    # number that can begin no date (see _NO_DATE_BEFORE_SLASH)
    re.compile(rf"/(?=\s?(?:\d|[A-Z][a-z]{{2,8}}\.?\s\d)){_NO_DATE_BEFORE_SLASH}"),
    # English dual years with a hyphen or an en dash: 12 February 1714-15, March 3rd,
    # 1690–1 (one pass for both dashes, at the 1 that begins every year before 1753;
    # see _DASHED_DUAL)
    _DASHED_DUAL,
    _OPENING_PASS,
    # 28 августа [9 сентября] 1828, [K.J.: 30 Mei] (see _BRACKET_PASS)
    _BRACKET_PASS,
    # ст. ст., н. ст., по старому стилю, по юлианскому календарю, стар стил
    re.compile(_with_phrases("с", hand_after=("с|", "с2|", "с3|"))),
    # Russian Wikipedia's {{СС|…}}, {{СС2|…}}, {{СС3|8.4.1765}}, {{сс3|…}}
    re.compile(r"С(?=[Сс][23]?\|)"),
    # π.η., ν.η., με το Ιουλιανό ημερολόγιο
    re.compile(_with_phrases("η")),
    # enligt den gregorianska kalendern, gamla stilen, calendario giuliano, wg st. st.
    re.compile(_with_phrases("g")),
    # stil vechi, stile vecchio, pēc vecā stila, vanhaa lukua, stilo novo, nového štýlu
    re.compile(_with_phrases("v")),
    # n. st., st. v., g.s., v.l., u.l. (Polish, Czech, Romanian, Swedish, Finnish)
    re.compile(_with_phrases(".")),
    # ny stil, nya stilen, stile nuovo, estilo antiguo, po starom stilu, uutta lukua
    # (t is common: its pass looks only after an s, as y's does only after "st")
    _ST_PASS,
)


#: What Hyperscan is asked to find in text dense with brackets, as wikitext is (see
#: hyperscan_candidates.py): the passes, but the bracket's, too long to compile quickly,
#: as its first character, the one space the pass lets follow it and the look ahead of
#: its guard for a digit, which matches wherever the pass does. Wikitext's links begin
#: with two brackets, where the pass's own scan stopped at each (about a tenth of
#: ``check``'s time on the pages of the sample dump); about one bracket in 35 is followed
#: by a digit so near. (The parenthesis's pass, as long, keeps its own scan: a wider
#: pattern of it, with the markers' first two characters only, took Hyperscan 60 ms more
#: to compile and longer to search for than the pass's own scan on the real sample's
#: pages.)
_WIKITEXT_BRACKET = re.compile(r"\[ ?" + _BRACKET_GUARD_DIGIT)
_WIKITEXT_CANDIDATES: tuple[re.Pattern[str], ...] = tuple(
    _WIKITEXT_BRACKET if pattern is _BRACKET_PASS else pattern for pattern in _PASSES
)
#: Hyperscan's search for that look-ahead costs about as much as the pass's own scan
#: where one character in this many is a bracket (in the long pages of the sample dump,
#: one in 125 to 500; in the example article, one in 2,400).
_BRACKET_SPACING = 500
#: How far into a text its brackets are counted.
_BRACKET_PROBE = 100_000
#: The brackets of the probe are counted this many characters at a time, until enough.
_BRACKET_STEP = 1 << 13


def dense_with_brackets(text: str, length: int) -> bool:
    """Whether one character in :data:`_BRACKET_SPACING` or more of the first
    :data:`_BRACKET_PROBE` of *text* (of *length* characters) is a bracket. (Counted a
    step at a time: a page of wikitext has enough within its first fifth, most often,
    and the count of all of them cost 15 ms per pass of the bench dump's long pages,
    whose text holds characters of two bytes, where ``str.count`` reads each.)

    >>> dense_with_brackets("[[a]] " * 100, 600), dense_with_brackets("a" * 600, 600)
    (True, False)
    """
    probe = min(length, _BRACKET_PROBE)
    counted = start = 0
    while counted * _BRACKET_SPACING < probe:
        if start >= probe:
            return False
        counted += text.count("[", start, min(probe, start + _BRACKET_STEP))
        start += _BRACKET_STEP
    return True


#: What the screen of short texts looks for (see :func:`anchor_array`): patterns that
#: match wherever the passes do, Hyperscan's wider patterns of which it scans for at
#: once. Every pass, the parenthesis's widened, but the bracket's, which
#: :func:`_screen_leads` stand for.
_SCREENED: tuple[re.Pattern[str], ...] = tuple(
    _OPENING_WIDENED if pattern is _OPENING_PASS else pattern
    for pattern in _PASSES
    if pattern is not _BRACKET_PASS
)


@functools.cache
def _screen_leads() -> tuple[Lead, ...]:
    """What the screen looks for in place of the bracket's pass, whose wider pattern cost
    Hyperscan an engine run at every bracket (wikitext's links hold two each): about 2
    of the 4.5 µs of its scan of an anchor-free article of the sample dump, where these
    cost next to nothing (see hyperscan_candidates.Lead) but the pass's try at each of
    their matches (some 2 µs: where they match often, "[[1905]]", "[12]", and in text
    of other scripts, the screen looks for the pass's wider pattern instead, see
    hyperscan_candidates.Screen). Each alternative of
    :data:`_AFTER_BRACKET` has its leads, read where its match may begin or end:

    - a day (:data:`_BRACKETED_DAY`): the bracket (and the one space the pass lets
      follow it, here and below) and an ASCII digit, which Hyperscan
      finds as a few short literals; a digit past ASCII alone (it runs an engine at
      every bracket a class of characters of several bytes follows);
    - a month and a day (:data:`_BRACKETED_MONTH_DAY`): a digit and the closing
      bracket, at most so many characters after the opening one;
    - a marker and a number (:data:`_BRACKETED_MARKER`): for each marker's first four
      characters (up to a space in them), the bracket, them and an ASCII digit with no
      bracket before it, a pattern of bytes beginning with five or so that Hyperscan
      looks for as a literal (a link to "St. Petersburg" no place to try the pass);
      where the number's digit is past ASCII, the lead of those digits, whose reach is
      the longest.

    In the sample dump's 11 anchor-free articles they match twice, "[[523 Ada]]" and
    "2008]]": the bracket's pass, tried there, matches neither. (Made once the screen is
    built: the digits past ASCII take some 50 ms to list.)"""
    past_ascii = "".join(
        re.escape(chr(code)) for code in range(0x80, sys.maxunicode + 1) if chr(code).isdecimal()
    )
    opening = 2  # (the bracket and the space the pass lets follow it)
    marker_reach = opening + widest(_BRACKETED_MARKER)
    leads = [
        Lead(re.compile(r"\[ ?[0-9]"), opening + 1, _BRACKET_PASS),
        Lead(re.compile(f"[{past_ascii}]"), marker_reach, _BRACKET_PASS),
        Lead(
            re.compile(rf"[0-9{past_ascii}]\]"),
            opening + widest(_BRACKETED_MONTH_DAY),
            _BRACKET_PASS,
        ),
    ]
    for beginning in sorted({re.split(r"\s", found)[0] for found in _marker_beginnings()}):
        written = b"".join(b"\\x%02x" % byte for byte in beginning.encode())
        leads.append(
            Lead(
                re.compile(rb"\x5b\x20?" + written + rb"[^\x5b\x5d0-9]*[0-9]"),
                marker_reach,
                _BRACKET_PASS,
            )
        )
    return tuple(leads)


#: The first characters of the markers that Hyperscan looks for after a parenthesis or
#: a bracket in a long text (see :data:`_OPENING_CANDIDATE`): three let through a seventh
#: as many places as two ("(and", "(see", "(dis", "[[Ca" of wikitext's prose and links:
#: in the bench dump's long pages, 1,200 parentheses and 7,100 brackets before a marker's
#: first three characters, 7,700 and 53,600 before its first two) and compile as fast;
#: four took the patterns past the length Hyperscan is given
#: (``hyperscan_candidates._LONGEST``) and, let through, the compilation from 0.2 s to 0.4.
_CANDIDATE_MARKER = 3
#: What Hyperscan is asked to find for the parenthesis's pass in a long text, which it
#: scans forward (see hyperscan_candidates.Scanner.candidates): each alternative of
#: :data:`_AFTER_OPENING` cut short, a day number of one or two digits and what is not a
#: digit, a small word and a space before a digit, a capitalised word before one, a
#: marker's first three characters. It matches wherever the pass does and is short enough
#: to compile at once: in ``bench_extract``'s article, 2 of the 37 parentheses a copy
#: holds (the pass takes one). (A day's first digit alone let every year in parentheses
#: through, "(1990)", "(2010 film)": half the candidates of the bench dump's pages, each
#: a call from Hyperscan and a match confirmed in Python. A marker's first two
#: characters let through 11,800 parentheses of the bench dump's long pages, three
#: 5,500, for the 2,700 the pass takes. The screen's :data:`_OPENING_WIDENED`, which only
#: asks whether a text holds a candidate, lets a letter after every day number through.)
_OPENING_CANDIDATE = re.compile(
    rf"\((?=\s?(?:{DAY_NUMBER}\D|{_SMALL_WORD}\s\d|[A-Z][a-z]{{2,8}}\.?\s\d"
    rf"|{_parenthesised_markers(_CANDIDATE_MARKER)}))"
)
#: What Hyperscan is asked to find for the bracket's pass in a long text dense with
#: brackets (wikitext, see :data:`_WIKITEXT_CANDIDATES`): each alternative of
#: :data:`_AFTER_BRACKET` cut short, a day number of one or two digits and a full stop, a
#: space or the closing bracket, a capitalised word and a space before a digit, a
#: marker's first three characters. Its guard alone let through every bracket a digit
#: follows within 28 characters, "[[File:Map 1731.png", "[[1928 Summer Olympics",
#: "[http://…/2019": 14,100 candidates in the bench dump's long pages for the pass's 356,
#: each a call from Hyperscan and a match confirmed in Python; this lets through 8,100.
#: (With the guard's digit after the marker's characters, 1,200, but that look-ahead of
#: characters of several bytes took Hyperscan 40 ms per 38 MB against 17: more than the
#: 7,000 candidates it saves cost in Python.)
_BRACKET_CANDIDATE = re.compile(
    rf"\[ ?(?={DAY_NUMBER}[.\s\]]|[A-Z][a-z]{{2,8}}\.?\s\d"
    rf"|{_parenthesised_markers(_CANDIDATE_MARKER)})"
)
#: What Hyperscan is asked to find for the dual years' pass in a long text: a ``1``, the
#: three digits of a year before 1753 (:data:`_DASHED_DUAL`'s bound) and an invisible
#: character or a dash. Its own pattern read forward, with the start of each match asked
#: for, took Hyperscan 50 ms per 16 MB of digits ("1111…", crafted), as long as the scan
#: of every other pass of the article; this one, of a fixed width (one start for each
#: end, cheap for Hyperscan to keep), 28 ms (and it matches wherever the pass does).
#: (Any three digits let every span of years of the 19th and 20th centuries through,
#: "1861–1865": 6,600 candidates in the bench dump's long pages, 2,200 with the bound,
#: for the pass's 1,300.)
_DASHED_DUAL_CANDIDATE = re.compile(rf"1(?=(?:[0-6]\d\d|7[0-4]\d|75[0-2])[{_INVISIBLE}\-–])")


def _as_in_long_text(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """What Hyperscan is asked for in a long text in place of the pass *pattern*."""
    if pattern is _OPENING_PASS:
        return _OPENING_CANDIDATE
    if pattern is _WIKITEXT_BRACKET:
        return _BRACKET_CANDIDATE
    return _DASHED_DUAL_CANDIDATE if pattern is _DASHED_DUAL else pattern


#: The passes as Hyperscan is asked for them in a long text (see :data:`_OPENING_CANDIDATE`,
#: :data:`_BRACKET_CANDIDATE` and :data:`_DASHED_DUAL_CANDIDATE`): of :data:`_PASSES`, of
#: :data:`_WIKITEXT_CANDIDATES`.
_LONG_PASSES = tuple(map(_as_in_long_text, _PASSES))
_LONG_WIKITEXT_PASSES = tuple(map(_as_in_long_text, _WIKITEXT_CANDIDATES))


#: The passes run over one stretch of this many characters at a time, so that the text
#: is read from memory once and the later passes find it in the processor's cache.
_CHUNK = 1 << 18
#: How far past its stretch a pass may look to decide on a hit near the end of it.
_LOOKAHEAD = 64


#: How far after the start of its match a pass's anchor stands, where it is not at it.
_ANCHOR_AFTER_START = {_ST_PASS: 1}

#: The literal character each pass begins with.
_FIRST: dict[re.Pattern[str], str] = {
    pattern: pattern.pattern[1] if pattern.pattern[0] == "\\" else pattern.pattern[0]
    for pattern in _PASSES
}
#: Every pass begins with ``str.find`` for its character: its ``memchr`` skips about
#: six times faster than the regex engine's loop (about 3 ms instead of 20 per 50 MB),
#: and a stretch without the character (most stretches, for most passes, in a short
#: page) costs one call. But every hit costs a call from Python (about half a
#: microsecond), the regex engine's pass over a stretch about 0.4 ns a character: once
#: the hits come closer together than this many characters on average, the regex
#: engine takes over for the rest of the stretch.
_FIND_SPACING = 700
#: Hits found with ``str.find`` before their spacing is judged.
_FIND_LIMIT = 4


def _scan(
    pattern: re.Pattern[str], char: str, text: str, at: int, start: int, end: int, stop: int
) -> list[int]:
    """Offsets in ``[start, end)`` where *pattern* matches (looking on to *stop*), from
    *at*, the first of its character *char* there."""
    find, match = text.find, pattern.match
    found = []
    hits = 0
    while at != -1:
        if match(text, at, stop):
            found.append(at)
        hits += 1
        if hits > _FIND_LIMIT and (at - start) < hits * _FIND_SPACING:
            found += [later.start() for later in pattern.finditer(text, at + 1, stop)]
            while found and found[-1] >= end:  # looked on past the stretch: the next one's
                found.pop()
            return found
        at = find(char, at + 1, end)
    return found


#: Texts up to this long (a redirect, a stub, a short page of a dump; one stretch of
#: :data:`_CHUNK`) are first searched once with every pass at once (:func:`_every_pass`):
#: most have no anchor at all and cost that one scan, instead of the sixteen calls of
#: the passes; the others are searched from the first hit by :func:`_short_text_anchors`.
#: (Over a long text the passes apart are faster: the pattern of all of them stops at
#: every character any of them begins with.)
_QUICK_LOOK = 1 << 14


#: Texts shorter than this (a redirect: some 50 characters) are searched with
#: :func:`_every_pass` even where Hyperscan serves: a call into it costs more than the
#: regex engine's scan of so few characters.
_TINY = 256


@functools.cache
def _every_pass() -> re.Pattern[str]:
    """Every pass as one pattern, which matches where one of them does.

    Each alternative begins with its literal character, so the regex engine skips from
    one character of theirs to the next. Compiled on first use (its compilation costs
    tens of milliseconds, which a program that reads only long texts never pays).
    """
    return re.compile("|".join(pattern.pattern for pattern in _PASSES))


def _short_text_anchors(text: str, begin: int) -> array[int]:
    """The anchors of a short text (one stretch), the first at *begin*: each pass whose
    character the text holds runs over it once with ``finditer``. (The calls from Python
    for each hit that :func:`_scan` makes cost more than the regex engine's scan of so few
    characters: a sixth to a quarter of the time on the real sample's short pages that
    hold an anchor, two thirds on a short paragraph with a link.)"""
    hits: list[int] = []
    for pattern, char in _FIRST.items():
        if char in text:
            found = [match.start() for match in pattern.finditer(text, begin)]
            hits += _anchors_of(pattern, text, found) if found else found
    hits.sort()
    return array("q", hits)


def _accelerated_short_text(text: str, accelerator: Scanner) -> array[int] | None:
    """The anchors of a short text from Hyperscan's candidates, each confirmed by its
    pass (as :func:`~julian_gregorian.text._locate.hyperscan_candidates.confirmed` does
    in a long text), and the passes it does not serve run over the text where their
    character stands; ``None`` where the scanner leaves the text to the passes.

    The scanner is the wikitext one (the bracket's candidates served): one scanner for
    every short text, built once, and the one a dump's long pages use. (In short text
    with few brackets its bracket pattern costs little, at this size.)"""
    found = accelerator.found(text)
    if found is None:
        return None
    hits: list[int] = []
    for index in accelerator.unserved:
        if _FIRST_BY_INDEX[index] in text:
            pattern = _PASSES[index]
            matched = [match.start() for match in pattern.finditer(text)]
            hits += _anchors_of(pattern, text, matched) if matched else matched
    for index, candidates in found.items():
        pattern = _PASSES[index]
        if candidates is None:  # (left to its own scan in this text)
            matched = [match.start() for match in pattern.finditer(text)]
        else:
            match = pattern.match
            matched = [at for at in candidates if match(text, at)]
        hits += _anchors_of(pattern, text, matched) if matched else matched
    hits.sort()
    return array("q", hits)


#: The first characters of :data:`_FIRST` by the index of their pass: hashing a compiled
#: pattern, to look it up in a mapping, costs as much as the scan of a short text (some
#: 20 microseconds for the parenthesis's; Python does not keep a pattern's hash).
_FIRST_BY_INDEX = tuple(_FIRST[pattern] for pattern in _PASSES)


def _anchors_of(pattern: re.Pattern[str], text: str, hits: list[int]) -> list[int]:
    """The anchors at the starts of *pattern*'s matches *hits*: only the dashed years
    that may be dual years, and one character on where the anchor is not at the start
    (:data:`_ANCHOR_AFTER_START`)."""
    if pattern is _DASHED_DUAL:
        return [hit for hit in hits if _is_dual_year(text, hit)]
    for shifted, shift in _SHIFTED:  # (compared by identity: see _FIRST_BY_INDEX)
        if pattern is shifted:
            return [hit + shift for hit in hits]
    return hits


#: :data:`_ANCHOR_AFTER_START` as pairs, looked through by identity.
_SHIFTED = tuple(_ANCHOR_AFTER_START.items())


def find_anchors(text: str) -> list[int]:
    """Sorted offsets of every anchor in *text*.

    >>> find_anchors("On 6 November [O.S. 24 October] 1917; see the O.S. map.")
    [17, 48]

    Anchors are candidates only: the Ordnance Survey's ``O.S. map`` is one, and the
    shapes read around it find no date.
    """
    return anchor_array(text).tolist()


def anchor_array(text: str) -> array[int]:
    """The offsets of :func:`find_anchors` as an array of machine integers.

    Crafted input holds an anchor every few characters ("1731/1731/…"): kept as 8 bytes
    each rather than some 40 in a list, and a list is only ever built for one stretch,
    whose hits all fall inside it.
    """
    return anchors_and_words(text, ())[0]


def anchors_and_words(text: str, words: tuple[str, ...]) -> tuple[array[int], bool]:
    """The anchors of :func:`anchor_array`, and whether *text* may hold one of *words*
    (each as it is written): ``False`` only where the screen of short texts passed it
    over (see :class:`~julian_gregorian.text._locate.hyperscan_candidates.Screen`), or
    where Hyperscan's forward scan of a long text found none (see
    :meth:`~julian_gregorian.text._locate.hyperscan_candidates.Scanner.candidates_and_words`),
    each scan looking for them as well. (For ``check``: JG403's words in a text without
    anchors cost half as much again as the screen's scan, searched for apart, and a
    third of the long text's scan in one with them.)

    >>> anchors_and_words("On 6 November [O.S. 24 October] 1917.", ("day",))
    (array('q', [17]), True)
    """
    if "ſ" in text:
        # The long s of old prints is read as an s (_read.normalise): a marker printed
        # with it ("old ſtyle", "ſtilo novo") is anchored as if printed with an s. One
        # character for one, the offsets are the text's.
        text = text.replace("ſ", "s")
    length = len(text)
    if _TINY <= length <= _QUICK_LOOK:  # (the screen's texts first: most pages of a dump)
        quick = screen(_WIKITEXT_CANDIDATES, _SCREENED, length, words, _screen_leads)
        if quick is not None:
            held = quick.words_in(text)
            if held is not None:
                return array("q"), held
        # Hyperscan's candidates serve short texts too, once a program has read enough
        # to build the scanner (see hyperscan_candidates.WORTH_BUILDING): a page of a
        # dump then costs one scan of it, not a stop at every character of a pass.
        return _short_text_array(text, scanner(_WIKITEXT_CANDIDATES, length)), True
    if length > _QUICK_LOOK:
        return _long_text_array(text, length, words)
    return _short_text_array(text, None), True


def _short_text_array(text: str, accelerator: Scanner | None) -> array[int]:
    """The anchors of a short text (see :data:`_QUICK_LOOK`), from Hyperscan's
    candidates where *accelerator* serves them."""
    if accelerator is not None:
        accelerated = _accelerated_short_text(text, accelerator)
        if accelerated is not None:
            return accelerated
    first = _every_pass().search(text)
    if first is None:
        return array("q")
    return _short_text_anchors(text, first.start())


def _long_text_array(
    text: str, length: int, words: tuple[str, ...] = ()
) -> tuple[array[int], bool]:
    """The anchors of a text longer than :data:`_QUICK_LOOK`, one stretch at a time, and
    whether it may hold one of *words* (see :func:`anchors_and_words`)."""
    found: array[int] = array("q")
    find = text.find
    # Where Hyperscan is installed, it finds the candidates of most passes in one scan
    # (see hyperscan_candidates.py); each is confirmed by its pass as _scan confirms its.
    brackets = dense_with_brackets(text, length)
    passes, wider = (
        (_WIKITEXT_CANDIDATES, _LONG_WIKITEXT_PASSES) if brackets else (_PASSES, _LONG_PASSES)
    )
    accelerator = scanner(passes, length)
    candidates, held = (
        (None, True)
        if accelerator is None
        else accelerator.candidates_and_words(text, wider, words)
    )
    for start in range(0, length, _CHUNK):
        end = min(length, start + _CHUNK)
        stop = min(length, end + _LOOKAHEAD)
        stretch: list[int] = []
        for index, (pattern, char) in enumerate(_FIRST.items()):
            served = None if candidates is None else candidates[index]
            if served is not None:
                if not served:  # (half the passes of a page of the bench dump)
                    continue
                hits = confirmed(pattern, text, served, start, end, stop)
            else:
                at = find(char, start, end)
                if at == -1:  # (most passes of most stretches stop here)
                    continue
                hits = _scan(pattern, char, text, at, start, end, stop)
            if hits:
                stretch.extend(_anchors_of(pattern, text, hits))
                # (let go before the next stretch's scans, which the passes without
                # candidates leave it to: crafted input's hits, "[O.S. [O.S. …", hold
                # an int for every few characters)
                hits = []
        stretch.sort()
        found.extend(stretch)
    return found, held
