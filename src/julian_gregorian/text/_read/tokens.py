"""Cutting a normalised window into the tokens the shapes are made of.

Each token has a one-letter code, so a window becomes a short string such as ``d[Od]Y``
for ``6 November [O.S. 24 October] 1917``, and a shape is a regular expression over these
codes (:mod:`julian_gregorian.text._read.shapes`). The codes:

====  ==============================================================================
D     a date with its year: ``25 October 1917``, ``February 22, 1732``, ``1707-04-15``
d     a date without a year: ``6 November``, ``7–8 November``, ``August 11–12``
n     a bare day number waiting for its month: the ``11`` of ``11/23 April``
Y     a year standing alone, possibly dual: ``1917``, ``1651/2``
P     a complete Russian numeric pair: ``15(28).04.1922``
Q     two days sharing one month, Russian style: ``7 (20) сентября 1916 года``
O N   an Old Style / New Style marker (:mod:`julian_gregorian.text._vocabulary.markers`)
[ ]   brackets; ( ) parentheses; , ; : = / punctuation
\\-    a range dash (en dash, hyphen); ``~`` an em dash; ``.`` the end of a sentence
|     a barrier: a paragraph break, a table cell border, a footnote boundary
w     any other words between two tokens
====  ==============================================================================

A dash that joins a date to the marker after it, where a language's typography writes
one for a verb left out (``3 марта — по новому стилю``; the records'
``dash_before_marker``), is no code: the date and its marker are ``dN`` as without it.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from julian_gregorian.calendar.offset import offset_for_julian
from julian_gregorian.errors import InvalidDateError, ParseError
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.places._reforms import DUAL_DATING_YEARS
from julian_gregorian.places.dual_years import second_year_as_written
from julian_gregorian.text._vocabulary import markers
from julian_gregorian.text._vocabulary.lexicon import (
    DATE_UNITS,
    DAY_AFTER_WORD,
    DAY_NUMBER,
    GLUED_NEW,
    GLUED_OLD,
    MONTH,
    MONTH_FIRST,
    MONTH_FIRST_LINK,
    MONTH_LINK,
    MONTH_WORDS,
    ORDINAL_SUFFIX,
    RANGE_WORD,
    YEAR_FIRST_WORD,
    YEAR_LINK,
    YEAR_WORD,
    month_of,
    trie_regex,
)
from julian_gregorian.text._vocabulary.lexicon import LanguageCode as Language


class DateFields(NamedTuple):
    """A date or range as one token writes it; ``None`` where the token is silent."""

    day: int | None
    month: int | None
    end_day: int | None
    end_month: int | None
    #: The year counted from 1 January (the later of a dual year).
    year: int | None
    #: The year as printed when it differs (the first of a dual year ``1749/50``).
    written_year: int | None
    #: Both years of a dual year as read (``(1749, 1750)``), even a malformed one.
    dual: tuple[int, int] | None
    language: Language
    #: The last days of both ranges of a pair of day groups (``2 (14) – 6 (18)
    #: settembre``): ``(6, 18)``; ``None`` for one day each.
    range_ends: tuple[int, int] | None = None
    #: The day was glued to the word or year before it (``Pärnumaa11. august``,
    #: ``184027 красавіка``), where a rendering lost the dash or space: read only as one
    #: side of a pair whose dates lie as far apart as the calendars did.
    glued: bool = False


class Token(NamedTuple):
    code: str
    start: int
    end: int
    fields: DateFields | None = None


_SP = r" +"
_OPT_SP = r" *"
_DAY = rf"{DAY_NUMBER}{ORDINAL_SUFFIX}?(?!\d)"
#: A marker printed glued to what stands before it (``jul.``, ``greg.``).
_GLUED_MARKER = trie_regex(set(GLUED_OLD | GLUED_NEW))
#: Eras after a year, before Christ and after, from the language records ("BC", "a.C.").
_BC_ERAS = frozenset(era.replace(" ", "") for language in LANGUAGES for era in language.bc_eras)
_ERA = "(?:{})".format(
    "|".join(
        re.escape(era).replace(r"\ ", r"\s?")
        for language in LANGUAGES
        for era in sorted((*language.bc_eras, *language.ad_eras), key=len, reverse=True)
    )
)
# A year: three or four digits, not part of a longer number ("10,000", "1.5"), with an
# optional dual second year, era, or the Russian/Polish word for "year".
_YEAR_BODY = (
    r"(?:[0-9]{3,4}(?:/[0-9]{1,4}(?![\d/]))?"
    r"|[0-9]{1,2}(?=\s?(?:BCE?|B\.C\.|AD|A\.D\.|CE)(?!\w)))"
)
# The year of a date may write its dual year with a hyphen or an en dash too ("12 February
# 1714-15", "March 3rd, 1690–1"), where the first year is before 1753, when England
# counted years from 25 March; after it "1917–18" is a span of years. Not where a month
# follows: "9 de junio de 1672-28 de enero de 1725" is a range of dates.
_HYPHEN_DUAL_START = r"(?:1[0-6][0-9][0-9]|17[0-4][0-9]|175[0-2])[-–][0-9]"
_HYPHEN_DUAL = (
    rf"{_HYPHEN_DUAL_START}[0-9]{{0,3}}(?![\d/–-])"
    rf"(?!\.?\s?(?:(?:{MONTH_LINK})\s)?(?:{MONTH}))"
)
_DATE_YEAR_BODY = rf"(?:{_HYPHEN_DUAL}|{_YEAR_BODY})"


def _month_link(group: str = "") -> str:
    """An optional word that links a day to its month, and the space after it or the
    apostrophe it ends with: "3 de marzo", "27 d'abril", "the 5th of May"; the group
    *group* where named."""
    opening = f"(?P<{group}>" if group else "(?:"
    return rf"{opening}(?:{MONTH_LINK})(?:(?<=['’])|{_SP}))?"


#: An optional word that links a date to its year, and the space after it: "de 1899".
_LINK_TO_YEAR = rf"(?:(?:{YEAR_LINK}){_SP})?"
# A dual year with a slash, the only kind a year standing alone may be ("1726/7").
_SLASH_DUAL = r"[0-9]{3,4}/[0-9]{1,4}(?![\d/])"
# The full stop after the day of a dateline written month first, before a year (dual or
# not) and the full stop that ends it: "Novemb. 18. 1700.", "Jan. 30. 1648/9."
_DATELINE_DAY_DOT = r"\.(?= [0-9]{4}(?:[-–/][0-9]{1,4})?\.)"


def _year_tail(era_group: str) -> str:
    # Serbian writes a year as an ordinal, with a full stop before its word: "26.
    # октобра 1787. године".
    return (
        rf"(?!\d)(?![.,]\d)(?:\.?{_SP}(?:{YEAR_WORD})"
        rf"|{_OPT_SP}(?P<{era_group}>{_ERA})(?!\w))?"
    )


def _units(position: int) -> str:
    return "[{}]".format("".join(sorted({re.escape(units[position]) for units in DATE_UNITS})))


# A date in numbers with the units of the records' date_units: 1672年6月9日, 5月30日.
_UNIT_DATE = (
    rf"(?P<unit>(?<![\d.])(?:(?P<ky>[0-9]{{3,4}}){_units(0)})?(?P<km>1[0-2]|0?[1-9]){_units(1)}"
    rf"(?P<kd>[12][0-9]|3[01]|0?[1-9]){_units(2)})"
    if DATE_UNITS
    else r"(?P<unit>(?!))(?P<ky>)(?P<km>)(?P<kd>)"
)

# The words of each record's range_words ("to", "bis", "al"): "3 al 5 marzo".
_RANGE = rf"(?:\s?[-–—/]\s?|\s(?:{RANGE_WORD})\s)"

#: The first word of every marker phrase ("wg", "st.", "по"): what may follow a Roman
#: month and show that it is one.
_MARKER_FIRST_WORDS = {
    phrase.split(" ")[0]
    for language in LANGUAGES
    for phrase in language.markers
    if len(phrase.split(" ")[0]) > 1
} | {"jul", "greg"}

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# Polish and Russian texts write months in Roman numerals ("2 III 1917", "25 X (7 XI)").
# A capital I or V after a number is too often something else to stand alone: a Roman
# month counts only before a year or a bracket of its pair.
_ROMAN_MONTH = (
    rf"(?:{'|'.join(sorted(ROMAN_MONTHS, key=len, reverse=True))})"
    r"(?![\w.])(?=,?\s[0-9]{3,4}(?!\d)|\s?[()/\[\]]"
    rf"|\s(?:{trie_regex(_MARKER_FIRST_WORDS)})(?!\w))"
)

ANY_MARKER = "|".join(
    (markers.OLD_SCRIPT, markers.NEW_SCRIPT, markers.OLD_SMALL, markers.NEW_SMALL)
)

# The tokens that begin with a digit, the commonest first (a date, then a year); an ISO
# date must come before the year its first four digits would make. They are three
# regexes tried in turn, as one alternation of them all would be: the middle one, a day
# group with a marker inside (below), holds every marker and is rarely needed, so it is
# compiled only for a text that may have one. Like the others, they are compiled when
# first needed (_Readers below).
_DIGIT_HEAD = (
    # Day first: 25 October 1917, 7–8 November, 11/23 April, the 5th of May; after
    # a year and a dash with no space, "1672-28 de enero de 1725".
    rf"(?P<dmy>(?:(?<![\w.,:-])|(?<=[0-9]{{4}}[-–]))(?<!\d/)(?P<a1>{_DAY})(?:\.?{_RANGE}(?P<a2>{_DAY}))?"
    # 25 October, 3 de marzo, 27 d'abril, and Roman months after a dot: (14.II/26.II)
    rf"(?:\.?{_SP}{_month_link()}(?P<am>{MONTH}|{_ROMAN_MONTH})"
    rf"|\.(?P<ar>{_ROMAN_MONTH}))"
    # 2 maart (15), 1917: the other calendar's day in brackets after the month; square
    # ones after a space, spaces inside, the day's full stop, as machine translations of
    # Russian Wikipedia print it: "18. Mai [ 30 ], 1826", "12. november ( 23. ), 1796"
    # (a footnote's "[30]" is glued to its word).
    rf"(?:(?:{_OPT_SP}\(|{_SP}\[){_OPT_SP}(?P<aq>{_DAY})\.?{_OPT_SP}[)\]])?"
    rf"(?:(?:,?{_SP}{_LINK_TO_YEAR}|(?<=\.))(?P<ay>{_DATE_YEAR_BODY})"
    rf"{_year_tail('ae')})?)",
    # A day glued to the word or the year before it, where a rendered page lost a
    # dash or a space: "Pärnumaa11. august", "184027 красавіка" (1840, 27 April).
    rf"(?P<glued>(?:(?<=[^\W\d_])|(?<![\w.,:/-])(?P<gy>1[0-9]{{3}}))(?P<g1>{_DAY})"
    rf"\.?{_SP}{_month_link()}(?P<gm>{MONTH})"
    rf"(?:,?{_SP}(?P<gyear>{_DATE_YEAR_BODY}){_year_tail('ge')})?)",
    _UNIT_DATE,
    # 5-Feb-1701/2: day, month and year joined by hyphens.
    rf"(?P<dmh>(?<![\w.,:-])(?P<h1>{_DAY})-(?P<hm>{MONTH})-(?P<hy>{_DATE_YEAR_BODY})(?!\d))",
    # 14 (26 november), 1894: a bare day, its month in the brackets that follow.
    rf"(?P<bare>(?<![\w.,:-])(?<![^\W\d_]\.\s)(?P<bd>{_DAY})(?:(?={_OPT_SP}\({_OPT_SP}{_DAY}\.?{_SP}"
    rf"{_month_link()}(?:{MONTH}))"
    # 3.jul. / 15. Februar 1857greg.: the day's full stop, the marker glued to it
    rf"|\.(?={_GLUED_MARKER}{_OPT_SP}/{_OPT_SP}{_DAY}\.?{_SP}(?:{MONTH}))))",
    rf"(?P<iso>(?<![\d.,/-])(?P<iy>[0-9]{{4}})-(?P<im>0[1-9]|1[0-2])-(?P<id>{_DAY}))",
    # Year first, the year followed by its word: Lithuanian 1862 m. spalio 21 d.,
    # Latvian 1862. gada 21. oktobrī.
    rf"(?P<ymd>(?<![\w.,/-])(?P<ty>[0-9]{{3,4}})\.?{_SP}(?:{YEAR_FIRST_WORD}){_SP}"
    rf"(?:(?P<tm>{MONTH}){_SP}(?P<t1>{_DAY})(?:{_SP}(?:{DAY_AFTER_WORD}))?"
    rf"|(?P<t2>{_DAY})\.?{_SP}(?P<tm2>{MONTH})))",
    rf"(?P<Y>(?<![\w.,/-])(?P<y>{_YEAR_BODY}){_year_tail('ye')})",
    # 2 (14) - 6 (18) settembre 1812, dal 2 (14) al 6 (18) settembre: a range of
    # day groups sharing one month.
    rf"(?P<QR>(?<![\w.,:-])(?P<u1>{_DAY})\.?{_OPT_SP}[(\[](?P<u2>{_DAY})\.?[)\]]{_RANGE}"
    rf"(?P<u3>{_DAY})\.?{_OPT_SP}[(\[](?P<u4>{_DAY})\.?[)\]]{_OPT_SP}(?P<um>{MONTH}|{_ROMAN_MONTH})"
    rf"(?:,?{_SP}(?P<uy>{_DATE_YEAR_BODY}){_year_tail('ue')})?)",
)
# 7 (20) сентября 1916 года, 7 [20] ноября, 7. (20.) November, 10th (22nd) April,
# 3 (16) VI 1917, spaces inside the brackets as a converted page prints them "14 ( 26 )
# december 1803": one month and year for both days. The day group may hold a marker,
# 20 (за старим стилем – 8) квітня 1861: that pattern is tried first (as the optional
# marker of one pattern would be), then the same without it. Every way of reading the
# first day and its dot ends at the same bracket, so this order finds what one pattern
# with an optional marker would.
_DAY_GROUP_START = rf"(?P<Q>(?<![\w.,:-])(?P<qd1>{_DAY})\.?{_OPT_SP}[(\[]{_OPT_SP}"
# The month and the year may follow their links, as after one day: "15 (27) de janeiro de
# 1899" (Portuguese and Spanish).
_DAY_GROUP_END = (
    rf"(?P<qd2>{_DAY})\.?{_OPT_SP}[)\]]{_OPT_SP}"
    rf"{_month_link('ql')}(?P<qm>{MONTH}|{_ROMAN_MONTH})"
    rf"(?:,?{_SP}{_LINK_TO_YEAR}(?P<qy>{_DATE_YEAR_BODY}){_year_tail('qe')})?)"
)
#: The start of a day group with a marker: the marker's first letter after the bracket
#: (the markers of other scripts and in small letters all begin with a letter).
_MARKED_DAY_GROUP_HINT = re.compile(
    _DAY_GROUP_START.removeprefix("(?P<Q>").replace("(?P<qd1>", "(?:")
    + f"(?=[{re.escape(''.join(sorted(markers.SMALL_AND_SCRIPT_FIRST_LETTERS)))}])"
)


_MARKED_DAY_GROUP = rf"{_DAY_GROUP_START}(?:{ANY_MARKER}){_OPT_SP}[-–—:]?{_OPT_SP}{_DAY_GROUP_END}"


_DIGIT_TAIL = "|".join(
    (
        _DAY_GROUP_START + _DAY_GROUP_END,
        # 25.02(09.03)1924: two Russian numeric days with one year.
        r"(?P<R>(?<![\d.])(?P<rd1>[0-9]{1,2})\.(?P<rm1>[0-9]{1,2})\s?\((?P<rd2>[0-9]{1,2})\."
        r"(?P<rm2>[0-9]{1,2})\)\.?\s?(?P<ry>[0-9]{4})(?!\d))",
        # 25.02.1871 (13), 1.08.1913 (19.07): a numeric date, the other calendar's day
        # (and month) in brackets.
        r"(?P<S>(?<![\d.,/-])(?P<sd1>[0-9]{1,2})\.(?P<sm1>0?[1-9]|1[0-2])\.(?P<sy>[0-9]{4})"
        r"\s?\((?P<sd2>[0-9]{1,2})(?:\.(?P<sm2>0?[1-9]|1[0-2]))?\.?\))",
        # 26.2./11.3.1917: a day and month without a year before the slash of a pair.
        r"(?P<dm>(?<![\d.,/-])(?P<ed>[0-9]{1,2})\.(?P<em>0?[1-9]|1[0-2])\.(?=\s?/\s?[0-9]{1,2}\.))",
        rf"(?P<num>(?<![\d.,-])(?<![0-9]/)(?P<nd>{_DAY})\.(?P<nm>0?[1-9]|1[0-2])\.(?P<ny>[0-9]{{3,4}})(?!\d)"
        rf"(?:\.?{_SP}(?:{YEAR_WORD}))?)",
        # 15(28).04.1922, 15(28)04.1922: both days of one month in one numeric date.
        r"(?P<P>(?<![\d.])(?P<pd1>[0-9]{1,2})\s?\((?P<pd2>[0-9]{1,2})\)\.?\s?(?P<pm>[0-9]{1,2})"
        r"\.\s?(?P<py>[0-9]{3,4})(?!\d))",
    )
)
_CAPITAL_TOKEN = "|".join(
    (
        # Month first: February 22, 1732; August 11–12; and two days of one month,
        # November 7 (20), 1910 (a Q token).
        # "March the 4th, 1701/2": the link only before an ordinal day.
        rf"(?P<mdy>(?P<bm>{MONTH_FIRST}){_SP}"
        rf"(?:(?:{MONTH_FIRST_LINK}){_SP}(?=[0-9]{{1,2}}[^\W\d_]))?(?P<b1>{_DAY})"
        rf"(?:{_OPT_SP}\((?P<bq>{_DAY})\)|(?:{_RANGE}(?P<b2>{_DAY}))?(?!\w)(?!/(?!\s?[A-Z])))"
        # The full stop of a letter's dateline after the day, "Whitehall, Decemb. 12/23.
        # 1700.": only before a year that ends in one too.
        rf"(?:(?:,|{_DATELINE_DAY_DOT})?{_SP}{_LINK_TO_YEAR}(?P<by>{_DATE_YEAR_BODY})"
        rf"{_year_tail('be')})?)",
        # A month and its dual year, without a day: March 1659–60, Feb. 1648-9,
        # "February, 1726/7" (a hyphen after a year alone is as often a span of years:
        # not read).
        rf"(?P<my>(?P<mym>{MONTH_FIRST}),?{_SP}(?P<myy>{_HYPHEN_DUAL}|{_SLASH_DUAL}))",
        rf"(?P<O>{markers.OLD_CAPITAL})",
        rf"(?P<N>{markers.NEW_CAPITAL})",
    )
)


def _day_word_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for language in LANGUAGES:
        for number, forms in enumerate(language.day_words, start=1):
            for form in forms:
                table[form] = number
    return table


#: Day numbers written as words ("двадцать шестого") -> the day.
_DAY_WORDS = _day_word_table()

_DAY_WORD = trie_regex(set(_DAY_WORDS) | {word.capitalize() for word in _DAY_WORDS})
_DAY_WORD = _DAY_WORD.replace(r"\ ", r"\s+")

#: Tokens beginning with a letter of another script than Latin (no English text has one).
_SCRIPT_TOKEN = (
    rf"(?P<O>{markers.OLD_SCRIPT})|(?P<N>{markers.NEW_SCRIPT})"
    # Numerals in words: "двадцать шестого мая 1826 года"
    rf"|(?P<wdm>(?P<w1>{_DAY_WORD}){_SP}(?P<wm>{MONTH})"
    rf"(?:,?{_SP}(?P<wy>{_DATE_YEAR_BODY}){_year_tail('we')})?)"
    # Month first in a script without capitals: Malayalam "ജൂൺ 9, 1672"
    rf"|(?P<smd>(?P<sm>{MONTH_FIRST}){_SP}(?P<s1>{_DAY})(?:{_RANGE}(?P<s2>{_DAY}))?(?!\w)"
    rf"(?:,?{_SP}(?P<sy>{_DATE_YEAR_BODY}){_year_tail('se')})?)"
)

# Compiling the regexes above was most of the start-up time of every command that reads
# text. Two things make most of them smaller, and both keep every match the same:
# - the year of a date may be a dual year with a hyphen ("12 February 1714-15"), whose
#   lookahead holds every month name; a text without the start of one (most texts) gets
#   regexes without it;
# - the rarer digit tokens each need something before their month that a quick regex
#   finds: at a digit without it, the digit head is the alternation of the others, and
#   at a digit with it, each rarer token that may begin there is tried alone, in the
#   order of the alternation.
# Each regex is compiled when first needed (the small-letter markers and the glued
# ones below too), so that a command that reads no text compiles none of them.

#: A text without this has no dual year with a hyphen.
HYPHEN_DUAL_HINT = re.compile(_HYPHEN_DUAL_START)

#: What each of the rarer digit tokens has before its month (month names and the words
#: before them begin with a letter).
_RARE_DIGIT_STARTS = {
    "glued": rf"(?:(?<=[^\W\d_])|(?<![\w.,:/-])1[0-9]{{3}}){_DAY}\.?{_SP}[^\W\d_]",
    "dmh": rf"(?<![\w.,:-]){_DAY}-[^\W\d_]",
    "bare": rf"(?<![\w.,:-]){_DAY}(?:{_OPT_SP}\({_OPT_SP}{_DAY}\.?{_SP}[^\W\d_]"
    rf"|\.{_GLUED_MARKER}{_OPT_SP}/)",
    "ymd": rf"(?<![\w.,/-])[0-9]{{3,4}}\.?{_SP}(?:{YEAR_FIRST_WORD}){_SP}",
    "QR": rf"(?<![\w.,:-]){_DAY}\.?{_OPT_SP}[(\[]{_DAY}\.?[)\]]{_RANGE}",
}
_RARE_DIGIT_START = re.compile("|".join(_RARE_DIGIT_STARTS.values()))
_RARE_DIGIT_HINTS = {name: re.compile(start) for name, start in _RARE_DIGIT_STARTS.items()}
#: What every token of _DIGIT_TAIL begins with: a day before a bracket, or one or two
#: digits before a dot and a digit or before a bracket.
_DIGIT_TAIL_START = re.compile(
    rf"{_DAY}(?:\.?{_OPT_SP}[(\[]|\.[0-9])|[0-9]{{1,2}}(?:\.[0-9]|\s?\()"
)


def _branch_name(branch: str) -> str:
    """The name of the group a branch of _DIGIT_HEAD is: ``dmy`` for ``(?P<dmy>...)``."""
    return branch.removeprefix("(?P<").partition(">")[0]


class _Readers:
    """The token regexes for the texts with a dual year with a hyphen or for the others."""

    def __init__(self, hyphen_dual: bool) -> None:
        self._hyphen_dual = hyphen_dual
        self._branches: dict[str, re.Pattern[str]] = {}

    def _compile(self, pattern: str) -> re.Pattern[str]:
        if not self._hyphen_dual:  # where it could never match
            pattern = pattern.replace(_DATE_YEAR_BODY, _YEAR_BODY).replace(_HYPHEN_DUAL, "(?!)")
        return re.compile(pattern)

    @functools.cached_property
    def common_digit_head(self) -> re.Pattern[str]:
        common = (
            branch for branch in _DIGIT_HEAD if _branch_name(branch) not in _RARE_DIGIT_STARTS
        )
        return self._compile("|".join(common))

    @functools.cached_property
    def marked_day_group(self) -> re.Pattern[str]:
        return self._compile(_MARKED_DAY_GROUP)

    @functools.cached_property
    def digit_tail(self) -> re.Pattern[str]:
        return self._compile(_DIGIT_TAIL)

    @functools.cached_property
    def capital(self) -> re.Pattern[str]:
        return self._compile(_CAPITAL_TOKEN)

    @functools.cached_property
    def script(self) -> re.Pattern[str]:
        return self._compile(_SCRIPT_TOKEN)

    def digit_token(self, text: str, start: int) -> re.Match[str] | None:
        """The token at *start*, a digit: the first of the digit regexes to match."""
        match = self.common_digit_head.match(text, start)
        # A day-first date is the first branch of both; after any other, a rarer token
        # may come first where one may begin.
        if (match is None or match.lastgroup != "dmy") and _RARE_DIGIT_START.match(
            text, start
        ) is not None:
            match = self._rarer_first(match, text, start)
        if match is None and _MARKED_DAY_GROUP_HINT.match(text, start) is not None:
            match = self.marked_day_group.match(text, start)
        if match is None and _DIGIT_TAIL_START.match(text, start) is not None:
            match = self.digit_tail.match(text, start)
        return match

    def _rarer_first(
        self, common: re.Match[str] | None, text: str, start: int
    ) -> re.Match[str] | None:
        """The first branch of the digit head to match at *start*, as their alternation
        would find it, where *common* is what the others found (``None``: nothing)."""
        for branch in _DIGIT_HEAD:
            name = _branch_name(branch)
            if name not in _RARE_DIGIT_STARTS:
                if common is not None and common.lastgroup == name:
                    return common
            elif _RARE_DIGIT_HINTS[name].match(text, start) is not None:
                compiled = self._branches.get(name)
                if compiled is None:
                    compiled = self._branches[name] = self._compile(branch)
                match = compiled.match(text, start)
                if match is not None:
                    return match
        return common


#: The readers of texts without and with the start of a dual year with a hyphen.
_READERS = (_Readers(hyphen_dual=False), _Readers(hyphen_dual=True))


@functools.cache
def _small_markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The markers in small letters, and those of the Old Style among them whole."""
    # No named groups around the alternatives: each begins with a literal letter, which
    # lets the regex engine skip to those letters; the calendar is told apart afterwards.
    return (
        re.compile(markers.SMALL),
        re.compile(markers.OLD_SMALL_WHOLE),
    )


#: The keys of the small-letter markers: a quick test of a window before the markers
#: themselves are looked for.
SMALL_HINT = re.compile(
    trie_regex(set(markers.SMALL_KEYS)).replace(r"\.\ ", r"\.\s?").replace(r"\ ", r"\s+")
)
#: A closer test, made where the keys are found: the keys with their spaces as the
#: markers take them and a short key as a whole word (the ``ns`` of *nya stilen* is found
#: in every "insurrection", and the markers' own pattern costs some twenty microseconds
#: for a window of prose).
_SMALL_PLACES = re.compile(markers.SMALL_PLACES)
_LEAD_IN = re.compile(markers.LEAD_IN)


@functools.cache
def _glued() -> re.Pattern[str]:
    """Markers glued to the month or year before them: ``8. Märzjul.``, ``1820greg.``,
    or to a bare day's full stop, the month shared (``3.jul. / 15. Februar 1857greg.``)."""
    return re.compile(
        r"(?:(?<=[^\W_])|(?<=\d\.))"
        rf"(?:(?P<O>{trie_regex(set(GLUED_OLD))})|(?P<N>{trie_regex(set(GLUED_NEW))}))"
        r"(?![^\W\d_])"
    )


GLUED_HINTS = tuple(GLUED_OLD | GLUED_NEW)


def _may_hold_small(text: str) -> bool:
    global _last_small
    last = _last_small
    if last[0] is text:
        return last[1]
    held = SMALL_HINT.search(text) is not None and _SMALL_PLACES.search(text) is not None
    _last_small = (text, held)
    return held


#: The last text :func:`_may_hold_small` was asked about (by identity: a str never
#: changes) and its answer: a window judged before it is read (``holds_small_marker``)
#: is tokenized next, and the searches cost some 30 microseconds a window.
_last_small: tuple[str | None, bool] = (None, False)


def _may_hold_glued(text: str) -> bool:
    return any(word in text for word in GLUED_HINTS)


def holds_small_marker(text: str) -> bool:
    """Whether :func:`tokenize` finds a marker in small letters (``по ст. ст.``) or one
    glued to the word before it (``Märzjul.``) in *text*: the markers themselves, where
    the quick tests it makes before it looks for them pass (the keys of the glued ones
    are in every "July", those of the small ones in "insurrection")."""
    if _may_hold_small(text) and _small_markers()[0].search(text) is not None:
        return True
    return _may_hold_glued(text) and _glued().search(text) is not None


#: Letters that may begin a token: a month name of the languages that write it first and
#: capitalised (``February 22, 1732``), a marker that begins with a capital or in another
#: script, a day written as a word.
START_LETTERS = (
    {
        name[0].upper()
        for language in LANGUAGES
        if language.month_first
        for name in language.month_forms()
    }
    | markers.FIRST_LETTERS
    | {word[0] for word in _DAY_WORDS}
)
# Where a token may begin: a digit, a punctuation mark, a capital that may begin a month
# or a marker, or a Cyrillic or Greek letter that may begin a marker; letters only at
# the start of a word, digits there or right after a letter. One character class, so
# the regex engine skips the rest fast.
_START = re.compile(
    rf"[\d\[\]();,:=/\-.!?\n–—{re.escape(''.join(sorted(START_LETTERS)))}]"
    # (a digit after a letter too: a day glued to a word, "Pärnumaa11. august")
    r"(?:(?<![^\W_][^\W_])|(?<=[^\W\d_]\d))"
)
_PUNCTUATION = {
    "[": "[",
    "]": "]",
    "(": "(",
    ")": ")",
    "=": "=",
    ";": ";",
    ":": ":",
    "/": "/",
    ",": ",",
    "–": "-",
    "-": "-",
    "—": "~",
    ".": ".",
    "!": ".",
    "?": ".",
    "\n": "|",
}


def _year(text: str) -> tuple[int, int | None, tuple[int, int] | None]:
    """(year counted from 1 January, year as printed if different, dual years).

    A dual year ``1749/50`` (or ``1714-15``, ``1690–1`` in a date) is read as written,
    even malformed (``1683/85``), for the checker to judge; digits other than ASCII ones
    after the slash leave a plain year.
    """
    separator = next((char for char in "/-–" if char in text), None)
    if separator is None:
        return int(text), None, None
    first_text, second_text = text.split(separator, 1)
    first = int(first_text)
    try:
        second = second_year_as_written(first, second_text)
    except ParseError:
        return first, None, None
    if not _could_be_dual(first, second):
        return first, None, None
    return second, first, (first, second)


def _could_be_dual(first: int, second: int) -> bool:
    """Whether ``first/second`` may be meant as a dual year, well formed or a slip
    (``1749/51``), rather than a reference number (``No 1408/71``, ``O.S. 114/2023``)."""
    return first >= 1000 and -1 <= second - first <= 3


def is_dual_text(text: str) -> bool:
    """Whether a year token's text ``1749/50`` reads as a dual year at all."""
    return _year(text)[2] is not None


def _is_bc(era: str) -> bool:
    return "".join(era.split()) in _BC_ERAS


def _era(match: re.Match[str], group: str, year: int) -> int:
    era = match.group(group)
    if era and _is_bc(era) and year > 0:
        return 1 - year  # 44 BC is the astronomical year -43
    return year


_LEADING_DIGITS = re.compile(r"[0-9]+")


def _day_number(written: str) -> int:
    """The day a day token writes: ``7``, ``07``, ``23rd``, ``1er``, ``1-го``; with a wrong
    suffix (``11st``, ``3th``) the number written, never a guess from the suffix. The
    patterns give one or two ASCII digits first."""
    day = _DAYS.get(written)
    if day is not None:
        return day
    match = _LEADING_DIGITS.match(written)
    return int(match.group()) if match is not None else 0


#: The commonest day numbers as written, read without a regular expression.
_DAYS = {
    form: day
    for day in range(1, 32)
    for form in (str(day), f"{day:02d}", f"{day}st", f"{day}nd", f"{day}rd", f"{day}th")
}


def _month(written: str) -> tuple[int, Language] | None:
    found = _MONTHS.get(written)
    return found if found is not None else month_of(written)


#: Month words exactly as commonly written -> (month, language); others go through
#: :func:`month_of`.
_MONTHS: dict[str, tuple[int, Language]] = {
    spelling: found
    for name, found in MONTH_WORDS.items()
    for spelling in (name, name.capitalize(), name.upper(), name.capitalize() + ".")
}
_MONTHS.update((numeral, (number, "pl")) for number, numeral in enumerate(ROMAN_MONTHS, start=1))


#: Days in each month of a common year.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: Days from an O.S. day to the N.S. one written in brackets after its month (10 to 13
#: since 1582, a day's slip either way); with the year, from a day less than its own
#: difference up, for today's 13 days written for the 18th century's 11 is the error
#: the checker exists for ("12 November (25), 1750").
_BRACKETED_DAY_GAPS = range(9, 15)


def _other_day_month(
    day: int, month: int, other: int, year: int | None, footnote_like: bool
) -> int | None:
    """The month of *other*, the other calendar's day written in brackets after the
    month of *day* ("2 maart (15), 1917", "18. Mai [ 30 ], 1826"; "20 May (1)" is 1
    June), or ``None`` where it lies no calendar gap after *day*: a footnote's or a
    list's number ("12. Mai [ 1 ], 1826", "12 November ( 2 )"). This style writes the
    O.S. day first, so the bracketed day is the later one; a church calendar's N.S. day
    first (``25 (12) мая``) puts both days before the month. A *footnote_like* bracket,
    square with spaces inside as a rendered page prints a note's number (``[ 25 ]``),
    is the other day only at the year's exact difference ("12. Mai [ 24 ], 1826")."""
    following = month % 12 + 1
    days, other_month = other - day, month
    if days <= 0:  # the N.S. day in the next month
        days, other_month = days + _MONTH_DAYS[month - 1], following
    if year is not None and year >= 1583:
        try:
            offset = offset_for_julian(year, month, day)
        except InvalidDateError:
            return None
        if footnote_like:
            return other_month if days == offset else None
        # a slip of a day, or more days than then: today's 13 written for 1750's 11
        return other_month if offset - 1 <= days <= _BRACKETED_DAY_GAPS[-1] else None
    return other_month if days in _BRACKETED_DAY_GAPS else None


def _footnote_like(match: re.Match[str], group: str) -> bool:
    """Whether the bracket around *group* of *match* is square with a space inside
    (``vom 12. Mai [ 25 ], 1826``), as a rendered page prints a footnote's number; not
    where the date opens brackets, as a life's dates do (``( 12. Mai [ 25 ], 1750 ,
    Moskau``: a machine translation of ``(12 [25] мая 1750, Москва``)."""
    before = match.string[match.start() : match.start(group)]
    if not (before.endswith(" ") and before.rstrip().endswith("[")):
        return False
    return not match.string[max(0, match.start() - 2) : match.start()].rstrip().endswith("(")


#: How far before a number the word before it is looked for.
_LABEL_REACH = 32


@functools.cache
def _label_before() -> re.Pattern[str]:
    # A reference's label and the spaces after it, at the end of what is searched.
    words = {word for language in LANGUAGES for word in language.bibliographic_words}
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})[ \t\u00a0]+\Z", re.IGNORECASE)


def _after_label(text: str, at: int) -> bool:
    """Whether the number at *at* follows a word that labels it in a reference (the
    languages' ``bibliographic_words``: "Vol. 3 (15) of March 1858", "El número 3 (15)
    de marzo", "issue 2 (14) of January"): before two days of one month and a link to
    it, which read so are a number and its other reading. A date's days follow other
    words ("Murió desde 3 (16) de marzo", "El martes 3 (15) de marzo", "Moscú 3 (15)
    de marzo")."""
    return _label_before().search(text, max(0, at - _LABEL_REACH), at) is not None


def _fields(match: re.Match[str]) -> tuple[str, DateFields] | None:
    kind = match.lastgroup
    year: int | None = None
    written: int | None = None
    dual: tuple[int, int] | None = None
    if kind == "dmy" or kind == "mdy" or kind == "smd":
        if kind == "dmy":
            first, last, name, year_text, era = match.group("a1", "a2", "am", "ay", "ae")
            name = name or match.group("ar")
        elif kind == "smd":
            first, last, name, year_text, era = match.group("s1", "s2", "sm", "sy", "se")
        else:
            first, last, name, year_text, era = match.group("b1", "b2", "bm", "by", "be")
        found = _month(name)
        if found is None:
            return None
        month, language = found
        bracketed = (
            match.group("bq") if kind == "mdy" else None if kind == "smd" else match.group("aq")
        )
        if bracketed:
            if year_text:
                year, written, dual = _year(year_text)
            day, second = _day_number(first), _day_number(bracketed)
            second_month = _other_day_month(
                day, month, second, year, kind == "dmy" and _footnote_like(match, "aq")
            )
            if second_month is not None:
                return "Q", DateFields(
                    day, month, second, second_month, year, written, dual, language
                )
            # a footnote's or a list's number, not the other day (the token ends at
            # the month: see tokenize)
            return "d", DateFields(day, month, day, month, None, None, None, language)
        day = _day_number(first)
        end_day = _day_number(last) if last else day
        if year_text:
            year, written, dual = _year(year_text)
            if era is not None and _is_bc(era) and year > 0:
                year = 1 - year  # 44 BC is the astronomical year -43
            return "D", DateFields(day, month, end_day, month, year, written, dual, language)
        return "d", DateFields(day, month, end_day, month, None, None, None, language)
    if kind == "my":
        found = _month(match.group("mym"))
        year, written, dual = _year(match.group("myy"))
        # After March a dual year no longer differs from the year counted from 1 January:
        # "April 1659–60" is a span of years.
        if found is None or found[0] > 3 or dual is None:
            return None
        return "Y", DateFields(None, None, None, None, year, written, dual, found[1])
    if kind == "bare":
        day = _day_number(match.group("bd"))
        return "n", DateFields(day, None, day, None, None, None, None, "en")
    if kind == "unit":
        day, month = int(match.group("kd")), int(match.group("km"))
        if match.group("ky"):
            year = int(match.group("ky"))
            return "D", DateFields(day, month, day, month, year, None, None, "ja")
        return "d", DateFields(day, month, day, month, None, None, None, "ja")
    if kind == "glued":
        found = _month(match.group("gm"))
        if found is None:
            return None
        month, language = found
        day = _day_number(match.group("g1"))
        if match.group("gyear"):
            year, written, dual = _year(match.group("gyear"))
            code = "D"
        else:
            code = "d"
        return code, DateFields(day, month, day, month, year, written, dual, language, glued=True)
    if kind == "dmh":
        found = _month(match.group("hm"))
        if found is None:
            return None
        month, language = found
        year, written, dual = _year(match.group("hy"))
        day = _day_number(match.group("h1"))
        return "D", DateFields(day, month, day, month, year, written, dual, language)
    if kind == "wdm":
        found = _month(match.group("wm"))
        word_day = _DAY_WORDS.get(" ".join(match.group("w1").split()).lower())
        if found is None or word_day is None:
            return None
        month, language = found
        day = word_day
        if match.group("wy"):
            year, written, dual = _year(match.group("wy"))
            return "D", DateFields(day, month, day, month, year, written, dual, language)
        return "d", DateFields(day, month, day, month, None, None, None, language)
    if kind == "ymd":
        found = _month(match.group("tm") or match.group("tm2"))
        if found is None:
            return None
        month, language = found
        day = _day_number(match.group("t1") or match.group("t2"))
        year = int(match.group("ty"))
        return "D", DateFields(day, month, day, month, year, None, None, language)
    if kind == "iso":
        day, month = _day_number(match.group("id")), int(match.group("im"))
        return "D", DateFields(day, month, day, month, int(match.group("iy")), None, None, "en")
    if kind == "num":
        day, month = _day_number(match.group("nd")), int(match.group("nm"))
        return "D", DateFields(day, month, day, month, int(match.group("ny")), None, None, "ru")
    if kind == "Q":
        found = _month(match.group("qm"))
        if found is None or (match.start("ql") >= 0 and _after_label(match.string, match.start())):
            return None
        month, language = found
        if match.group("qy"):
            year, written, dual = _year(match.group("qy"))
        first, second = _day_number(match.group("qd1")), _day_number(match.group("qd2"))
        return "Q", DateFields(first, month, second, month, year, written, dual, language)
    if kind == "QR":
        found = _month(match.group("um"))
        if found is None:
            return None
        month, language = found
        if match.group("uy"):
            year, written, dual = _year(match.group("uy"))
        first, second, first_end, second_end = (
            _day_number(match.group(group)) for group in ("u1", "u2", "u3", "u4")
        )
        return "Q", DateFields(
            first, month, second, month, year, written, dual, language, (first_end, second_end)
        )
    if kind == "S":
        day, month = int(match.group("sd1")), int(match.group("sm1"))
        other_month = match.group("sm2")
        end_month = int(other_month) if other_month else month
        if not 1 <= day <= 31:
            return None
        return "P", DateFields(
            day, month, int(match.group("sd2")), end_month, int(match.group("sy")), None, None, "ru"
        )
    if kind == "dm":
        day, month = int(match.group("ed")), int(match.group("em"))
        if not 1 <= day <= 31:
            return None
        return "d", DateFields(day, month, day, month, None, None, None, "ru")
    if kind == "R":
        day, month = int(match.group("rd1")), int(match.group("rm1"))
        end_day, end_month = int(match.group("rd2")), int(match.group("rm2"))
        if not (1 <= month <= 12 and 1 <= end_month <= 12 and 1 <= day <= 31):
            return None
        return "P", DateFields(
            day, month, end_day, end_month, int(match.group("ry")), None, None, "ru"
        )
    if kind == "Y":
        year_text = match.group("y")
        year, written, dual = _year(year_text)
        if dual is None and "/" in year_text:
            return None  # a reference number such as "No 1408/71"
        return "Y", DateFields(None, None, None, None, _era(match, "ye", year), written, dual, "en")
    if kind == "P":
        month = int(match.group("pm"))
        return "P", DateFields(
            int(match.group("pd1")),
            month,
            int(match.group("pd2")),
            month,
            int(match.group("py")),
            None,
            None,
            "ru",
        )
    return None


def tokenize(text: str) -> tuple[str, list[Token]]:
    """The codes of *text* as one string, and the tokens they stand for (same indexes).

    >>> codes, tokens = tokenize("On 6 November [O.S. 24 October] 1917, the Bolsheviks")
    >>> codes
    'wd[Od]Y,w'
    >>> tokens[1]
    Token(code='d', start=3, end=13, fields=DateFields(day=6, month=11, end_day=6, \
end_month=11, year=None, written_year=None, dual=None, language='en', range_ends=None, \
glued=False))
    """
    codes: list[str] = []
    tokens: list[Token] = []
    position = 0
    # Markers in small letters are rare and contain dots; find them first, whole.
    small: list[tuple[int, int, str]] = []
    # The markers a dash joined to the date before them: (code index, the dash's token).
    joined: list[tuple[int, Token]] | None = None
    if _may_hold_small(text):
        small_marker, small_old = _small_markers()
        small = [
            (m.start(), m.end(), "O" if small_old.fullmatch(m.group()) else "N")
            for m in small_marker.finditer(text)
        ]
    if _may_hold_glued(text):
        small.extend((m.start(), m.end(), m.lastgroup or "O") for m in _glued().finditer(text))
        small.sort()
    small.reverse()
    # Local names: this loop runs for every candidate of every window.
    add_code, add_token, punctuation = codes.append, tokens.append, _PUNCTUATION.get
    readers = _READERS[HYPHEN_DUAL_HINT.search(text) is not None]
    capital, digit_token = readers.capital.match, readers.digit_token
    length = len(text)
    for start in map(_match_start, _START.finditer(text)):
        while small and small[-1][0] <= start:
            marker_start, marker_end, marker_code = small.pop()
            if marker_start >= position:
                _words(text, position, marker_start, marker_code, codes, tokens)
                add_code(marker_code)
                add_token(_token(Token, (marker_code, marker_start, marker_end, None)))
                position = marker_end
        if start < position:
            continue
        char = text[start]
        code = punctuation(char)
        fields: DateFields | None = None
        if code is not None:
            end = start + 1
            if code == ".":
                if end < length and not text[end].isspace():
                    continue  # an abbreviation's dot, not the end of a sentence
                if _ordinal_year_dot(text, start):
                    continue  # "25. октобра 1917. по јулијанском календару"
                if (
                    start == position
                    and codes
                    and codes[-1] in "dDY"
                    and _dateline_dot(text, start, codes[-1])
                ):
                    # "Sabbathi, 4th Octob. 1653. [N. S.]": right after a date, before
                    # its marker, the full stop is neither a code nor a word
                    position = end
                    continue
            elif code == "-" or code == "~":
                if code == "-" and not _spaced_dash(text, start):
                    continue  # a hyphen inside a word
                if char in _JOINING_DASHES and codes and codes[-1] in "dD" and start > position:
                    marker = _marker_after_dash(text, position, start)
                    if marker is not None:
                        # "3 марта — по новому стилю": the dash stands for a verb left
                        # out, and is neither a code nor a word
                        dash = _token(Token, (code, start, end, None))
                        joined = [*(joined or ()), (len(codes), dash)]
                        code, start, end = marker
                        add_code(code)
                        add_token(_token(Token, (code, start, end, None)))
                        position = end
                        continue
        else:
            if char.isdigit():
                match = digit_token(text, start)
            elif char.isascii():
                match = capital(text, start)
            else:
                match = readers.script.match(text, start)
            if match is None:
                continue
            end = match.end()
            kind = match.lastgroup
            if kind == "O" or kind == "N":
                code = kind
            else:
                read = _fields(match)
                if read is None:
                    continue
                code, fields = read
                if code == "d" and (kind == "dmy" or kind == "mdy"):
                    end = _before_bracketed_day(match)
                if kind == "glued" and match.group("gy"):
                    # "184027 красавіка": the year of the date before, then this date
                    if start > position and not text[position:start].isspace():
                        _words(text, position, start, "Y", codes, tokens)
                    year_end = match.end("gy")
                    year_fields = DateFields(
                        None, None, None, None, int(match.group("gy")), None, None, "en"
                    )
                    add_code("Y")
                    add_token(_token(Token, ("Y", start, year_end, year_fields)))
                    start = position = year_end
                if code in "dD" and "/" in text[start:end] and not _slash_is_range(fields):
                    if start > position:
                        _words(text, position, start, code, codes, tokens)
                    position = end
                    _split_slash_day(text, start, end, fields, code, codes, tokens)
                    continue
        if start > position and not text[position:start].isspace():
            _words(text, position, start, code, codes, tokens)
        position = end
        add_code(code)
        add_token(_token(Token, (code, start, end, fields)))
    for marker_start, marker_end, marker_code in reversed(small):
        if marker_start >= position:
            _words(text, position, marker_start, marker_code, codes, tokens)
            add_code(marker_code)
            add_token(_token(Token, (marker_code, marker_start, marker_end, None)))
            position = marker_end
    _words(text, position, length, "", codes, tokens)
    if joined:
        _unjoin_before_lone_dates(codes, tokens, joined)
    return "".join(codes), tokens


#: The codes after a date that end its clause (none: the window's end).
_CLAUSE_ENDS = ("", ".", ";", ")", "|")


def _unjoin_before_lone_dates(
    codes: list[str], tokens: list[Token], joined: list[tuple[int, Token]]
) -> None:
    """Put back the dash before each joined marker that a comma and a date alone in the
    rest of its clause follow: ``25 октября 1917 года — по новому стилю, 7 ноября.``
    names the calendar of the date after it, as ``— по новому стилю 7 ноября`` does,
    where ``3 марта — по старому стилю, 15 марта — по новому`` and ``3 марта — по
    старому стилю, 15 марта крестился`` mark the date before the dash. So does a comma
    and a date without a marker of its own that lies from the date before the dash as
    the marker's calendar lies from the other, whatever words follow it: ``25 октября
    1917 года — по новому стилю, 7 ноября, в Петрограде`` (the N.S. day is the later
    one, so the 7th is the N.S. date)."""
    for index, dash in reversed(joined):
        follows = "".join(codes[index + 1 : index + 4])
        if (
            follows[:1] == ","
            and follows[1:2] in ("d", "D")
            and (
                follows[2:] in _CLAUSE_ENDS
                or (
                    not _MARKER_CODES.intersection(codes[index + 3 : index + 5])
                    and _in_marked_calendar(codes[index], tokens[index - 1], tokens[index + 2])
                )
            )
        ):
            codes.insert(index, dash.code)
            tokens.insert(index, dash)


#: The codes of markers: a date after the comma with a marker of its own (``, 15 марта
#: — по новому``, ``, 15 марта (н. ст.)``) leaves the marker before the comma its date's.
_MARKER_CODES = frozenset("ON")
#: The days from an O.S. date to its N.S. day (10 to 13 since 1582).
_CALENDAR_GAPS = range(10, 14)


def _in_marked_calendar(marker: str, before: Token, after: Token) -> bool:
    """Whether the date *after* lies from the date *before* as the calendar of *marker*
    lies from the other (the N.S. day 10 to 13 days after the O.S. one): the marker then
    names the calendar of *after*, for it cannot be the calendar of *before* if both are
    one day."""
    first, second = _day_of_year(before.fields), _day_of_year(after.fields)
    if first is None or second is None:
        return False
    later = (second - first) % 365 if marker == "N" else (first - second) % 365
    return later in _CALENDAR_GAPS


def _day_of_year(fields: DateFields | None) -> int | None:
    """The day of a common year a date (the first of a range) falls on."""
    if fields is None or fields.day is None or fields.month is None:
        return None
    return sum(_MONTH_DAYS[: fields.month - 1]) + fields.day


def _before_bracketed_day(match: re.Match[str]) -> int:
    """Where a day-and-month token ends: before the number in brackets after its month
    where :func:`_other_day_month` took it for no other day, as it would end without
    that number's group."""
    group = "aq" if match.lastgroup == "dmy" else "bq"
    if match.start(group) < 0:
        return match.end()
    day_end = match.end("b1") if group == "bq" else max(match.end("am"), match.end("ar"))
    return day_end


def _ordinal_year_dot(text: str, at: int) -> bool:
    """Whether the full stop at *at* makes the year before it an ordinal, as Serbian
    writes a year ("1917. по јулијанском"), rather than ending a sentence: four digits
    before it, a space and a small letter after it."""
    return (
        at >= 4
        and text[at - 4 : at].isdigit()
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].islower()
    )


@functools.cache
def _dateline_marker() -> re.Pattern[str]:
    """After a space, a marker alone in brackets (`` [N. S.]``, `` (O.S.)``) or, group
    ``year``, a dateline's marker before a year (`` S. N. 1668``; the records'
    ``dateline_markers``)."""
    capital = f"{markers.OLD_CAPITAL}|{markers.NEW_CAPITAL}"
    return re.compile(
        rf" (?:[\[(] ?(?:{capital}|{ANY_MARKER}) ?[\])]"
        rf"|(?:{markers.DATELINE}) ?(?P<year>[0-9]{{4}})(?![\d/]))"
    )


def _dateline_dot(text: str, at: int, date_code: str) -> bool:
    """Whether the full stop at *at*, right after a date (of code *date_code*), closes it
    as the datelines of printed letters and state papers do before the marker of its
    calendar ("Sabbathi, 4th Octob. 1653. [N. S.]", "Dec. 16th. S.N. 1666."), rather than
    a sentence: after it a marker alone in brackets, or, after a day and month without
    their year, a marker before the year ("Hague, Octob. 2. S. N. 1668."; not "3 March
    1917. O.S. 1140/2023", a date and a reference number), a year in which texts dated
    in both calendars ("12 May. O.S. 1234" is no dateline)."""
    if text[at + 1 : at + 2] != " ":
        return False
    found = _dateline_marker().match(text, at + 1)
    if found is None:
        return False
    year = found.group("year")
    return year is None or (date_code == "d" and int(year) in DUAL_DATING_YEARS)


@functools.cache
def _dashed_marker() -> re.Pattern[str]:
    """From a dash on: the spaces after it, the lead-in words, and a marker that a
    record's typography lets a dash join to the date before it, group ``O`` or ``N``
    (``— по новому стилю``, ``— по новому.``), where no date follows it: ``— по новому
    стилю 7 ноября`` names the calendar of the date after it."""
    return re.compile(
        rf"\s+{markers.AFTER_DASH_LEAD_IN}"
        rf"(?:(?P<O>{markers.AFTER_DASH_OLD})|(?P<N>{markers.AFTER_DASH_NEW}))"
        r"(?!\s*[:=—–-]?\s*\d)"
    )


#: The dashes that may join a date to the marker after it.
_JOINING_DASHES = "—–"


def _marker_after_dash(text: str, date_end: int, at: int) -> tuple[str, int, int] | None:
    """The code and span of the marker after the em or en dash at *at*, where the dash
    stands between spaces right after a date (which ends at *date_end*) and a marker
    follows it that a record's typography lets a dash join to the date (``3 марта — по
    новому стилю``; :func:`_dashed_marker`)."""
    if not text[date_end:at].isspace():
        return None
    found = _dashed_marker().match(text, at + 1)
    if found is None:
        return None
    code = found.lastgroup or "O"
    return code, found.start(code), found.end(code)


_match_start = re.Match.start
#: Builds a Token from a 4-tuple without the keyword handling of its constructor.
_token = tuple.__new__


def _spaced_dash(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return before.isspace() or after.isspace() or before.isdigit() or after.isdigit()


#: The words between a month and its year (``de``), as written.
_YEAR_LINKS = frozenset(word for language in LANGUAGES for word in language.year_links)


def _words(
    text: str, start: int, end: int, next_code: str, codes: list[str], tokens: list[Token]
) -> None:
    if start >= end or text[start:end].isspace():
        return
    if next_code in ("O", "N") and _LEAD_IN.fullmatch(text, start, end):
        return  # "according to the" before "Julian calendar" belongs to the marker
    if (
        next_code in ("d", "D")
        and codes
        and codes[-1] in "dDYON)],"
        and text[start:end].strip(" ,").lower() in markers.JOINERS
    ):
        codes.append("=")  # "6 November or 24 October": a joiner between two dates
        tokens.append(_token(Token, ("=", start, end, None)))
        return
    if next_code == "/" and text[start:end].strip() == "?":
        return  # Polish Wikipedia's "30 października?/11 listopada": "?" links a note
    if next_code == "Y" and codes and codes[-1] in ")]" and text[start:end].strip() in _YEAR_LINKS:
        return  # "22 de julho [OS 12 de julho] de 1596": the pair's year after its bracket
    codes.append("w")
    tokens.append(_token(Token, ("w", start, end, None)))


def _slash_is_range(fields: DateFields) -> bool:
    """``28/29 May`` is one night (a range of two days), ``11/23 April`` two dates."""
    day, end_day = fields.day, fields.end_day
    return day is not None and end_day is not None and end_day - day in (0, 1)


def _split_slash_day(
    text: str,
    start: int,
    end: int,
    fields: DateFields,
    code: str,
    codes: list[str],
    tokens: list[Token],
) -> None:
    """``11/23 April`` -> ``n / d``: the first day waits for the month of the second."""
    slash = text.index("/", start, end)
    digits_end = slash
    while digits_end > start and not text[digits_end - 1].isdigit():
        digits_end -= 1
    after = slash + 1
    while after < end and text[after] == " ":
        after += 1
    codes.extend(("n", "/", code))
    tokens.append(Token("n", start, digits_end, fields._replace(end_day=fields.day)))
    tokens.append(Token("/", slash, slash + 1))
    second = fields._replace(day=fields.end_day)
    tokens.append(Token(code, after, end, second))
