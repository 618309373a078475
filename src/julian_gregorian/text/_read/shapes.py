"""The shapes of O.S./N.S. dates, written as regular expressions over token codes.

A window's tokens (:mod:`julian_gregorian.text._read.tokens`) form a short code string such as
``d[Od]Y``; each shape below is a pattern over such strings with named groups for its
parts (roles):

- ``a``, ``b``, ``c``: a date or a range of dates (``R``); ``an``: a bare day; ``bd``:
  a word that must be a bare day alone (``22`` of ``(22 по новому стилю)``);
- ``am``, ``bm``, ``cm``: a marker after its date (``, O.S.``, ``(Old Style)``, ``[N.S.]``);
- ``ap``, ``bp``, ``cp``: a marker before its date (``O.S.``, ``(N.S.)``, ``New style:``);
- ``bw``: the word before a range ``b`` in brackets, the first word of a night's days
  (``с`` of ``(с 7 на 8 ноября)``), which the reader accepts before a range only;
- ``y``: a year shared by both dates; ``ay``: a year of ``a`` written after its marker;
  ``ya``/``yb``: the two years of ``1451 [O.S. 1450]``;
- ``sm``/``tm``: markers given for both dates of a slash pair at once
  (``(Julian/Gregorian calendars)``); ``p``, ``q``: a Russian pair written as one token.

The shape *names* are what :attr:`Item.shape <julian_gregorian.text.items.Item.shape>`
reports; several patterns may share a name. Order matters: at each position the first
pattern whose reading is accepted wins, so pairs come before single marked dates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from julian_gregorian.text._vocabulary.lexicon import led_by

_R = r"(?:d-[dD]|[dD])"
_MARKERS = r"(?:[ON](?:,?w?[ON]|\([ON]\))*)"
_AFTER = rf"(?:,?(?:{_MARKERS}|\({_MARKERS}\)|\[{_MARKERS}\]))"
_BEFORE = rf"(?:(?:{_MARKERS}|\({_MARKERS}\))[:~=-]?)"

_ROLES: dict[str, str] = {
    "a": _R,
    "b": _R,
    "c": _R,
    "an": "n",
    "bd": "w",
    "am": _AFTER,
    "bm": _AFTER,
    "cm": _AFTER,
    "ap": _BEFORE,
    "bp": _BEFORE,
    "cp": _BEFORE,
    "bw": "w",
    "y": "Y",
    "ay": "Y",
    "ya": "Y",
    "yb": "Y",
    "q": "Q",
    "sm": "[ON]",
    "tm": "[ON]",
    "p": "P",
}

#: (shape name, pattern over codes); ``{role}`` stands for a named group of that role.
SHAPES: tuple[tuple[str, str], ...] = (
    # 20 March 1727 (OS 20 March 1726; NS 31 March 1727)
    ("parenthesised_three", r"{a} \( {bp} {b} ; {cp} {c} \)"),
    # 6 November [O.S. 24 October] 1917; March 7, [OS February 27], 1755
    ("bracketed", r"{a}{am}? [,:]? \[ (?:w,?)? {bp} {b} \] (?:,? {y})?"),
    # 3–7 July [16–20 July, N.S.] 1917; 20 January [2 February N.S.] 1905
    ("bracketed", r"{a}{am}? [,:]? \[ (?:w,?)? {b}{bm} \] (?:,? {y})?"),
    # 1451 [O.S. 1450]
    ("bracketed_year", r"{ya} \[ {bp} {yb} \]"),
    # 7 May (O.S. 26 April) 1710; 25 December 1642 (NS 4 January 1643); 3 marca 1917
    # (wg kalendarza juliańskiego 18 lutego - stąd nazwa); 8 marca (lub, według
    # juliańskiego kalendarza, 23 lutego); 22 de janeiro (no calendário juliano, então em
    # vigor na Rússia, 9 de janeiro); с 24 на 25 октября (по новому стилю — с 6 на 7
    # ноября) 1917 (the word before a range, bw); 8 июля 1709 года (по юлианскому
    # календарю, действовавшему тогда в России, — 27 июня)
    (
        "parenthesised",
        r"{a}{am}? [,:]? \( (?:w,?){0,2} {bp} (?:, w|{bw})? ,? ~? {b} (?:[-~,;]? w)? \)"
        r" (?:,? {y})?",
    ),
    # 7 November (25 October, O.S.) 1917; 22 October 1612 Old Style (1 November New Style);
    # 7 XI 1917 (24 X wg starego stylu, stąd nazwa); 7 listopada 1917 (25 października
    # zgodnie z obowiązującym w Rosji kalendarzem juliańskim)
    # 26.10.1787. godine (6.11.1787. po novom kalendaru): the Serbian year's full stop;
    # 25 октября 1917 года по юлианскому календарю (7 ноября — по григорианскому): a dash
    ("parenthesised", r"{a}{am}? [,:]? \( (?:w,?)? {b} [.~-]? {bm} (?:[-~,;]? w)? \) (?:,? {y})?"),
    ("parenthesised", r"{a}{am}? [,:]? \( (?:w,?)? {b} ,? w {bm} (?:[-~,;]? w)? \) (?:,? {y})?"),
    # 10 February, (Gregorian), 1890 (Julian 29 January)
    ("parenthesised", r"{a} ,? \( {ap} \) ,? {ay} \( {bp} {b} \)"),
    # (17 January Old Style) 29 January 1860
    ("parenthesised_before", r"\( {b}{bm} \) ,? {a}"),
    ("parenthesised_before", r"\( {bp} {b} \) ,? {a}"),
    # 25 October 1917 (by the Julian or Old Style calendar, which corresponds to
    # 7 November 1917 in the Gregorian or New Style calendar)
    ("prose", r"{a} \( (?:w,?)? {ap} [,;]? w? {b}{bm} \)"),
    # 2 March 1917 (Julian calendar; the Gregorian date was 15 March)
    ("prose", r"{a} \( {ap} [;,] {bp} w? {b} \)"),
    # New style (Modern Gregorian): 11 November 1909 = Old style (Old Julian): 29 October
    # 1909; May 30, (O.S.) = June 9, 1672; Jan. 30, 1648, Old Style, that is Feb. 9, 1649
    ("prose", r"{ap}? {a}{am}? ,? = {bp}? {b}{bm}?"),
    # 7 November 1917 according to the modern Gregorian calendar and night to Wednesday
    # 25 October according to the Julian calendar; October 2, 1737 (Gregorian),
    # September 21, 1737 (Julian)
    ("prose", r"{a}{am} (?:[,;]? w){0,2} [,;]? {b}{bm}"),
    # nach dem julianischen Kalender am 3. März, nach dem gregorianischen am 15. März;
    # selon le calendrier julien, le 3 mars, selon le calendrier grégorien, le 15 mars
    ("prose", r"{ap} ,? w? {a} [,;] w? {bp} ,? w? {b}"),
    # 12 января по юлианскому календарю, по григорианскому календарю в XX—XXI веках — 25
    # января
    ("prose", r"{a}{am} [,;] w? {bp} [w~]{0,4} {b}"),
    # 15 mars 1918 enligt den gregorianska kalendern, men 2 mars samma år enligt den
    # julianska
    ("prose", r"{a}{am} [,;] w? {b} w {bm}"),
    # On 3 September 1913 —22 August 1913 in the Julian calendar; February 1, 1918, which
    # then became February 14 in the Gregorian style; 22 aprile 1870, 10 aprile del
    # calendario giuliano
    ("prose", r"{a} (?:~|, w?) {b}{bm}"),
    # October 24, 1894 New Style (which was October 12, 1894 in Saint Petersburg)
    ("prose", r"{a}{am} ,? \( (?:w,?){1,2} {b} (?:,? w)? \)"),
    # 30 September/10 October (Julian/Gregorian calendars); January 25 (O.S.)/February 7
    ("slash", r"{a}{am}? / {b}{bm}? (?:\( {sm} / {tm} \))?"),
    # 11/23 April; 3.jul. / 15. Februar 1857greg. (German Wikipedia, the month shared)
    ("slash", r"{an}{am}? / {b}{bm}?"),
    # 25 октября (7 ноября) 1917 года; 22 декабря 1914 года (4 января 1915 года); 23 de
    # fevereiro Old Style (8 de março); с 25 на 26 октября (с 7 на 8 ноября); den 7. og den
    # 8. november (25-26 oktober, JK)
    ("parenthesised", r"{a}{am}? ,? \( {bw}? {b} (?:, w)? \) (?:,? {y})?"),
    # 14 (26 ноября) 1894: a bare day, the month with the day in brackets
    ("parenthesised", r"{an} \( {b}{bm}? \) (?:,? {y})?"),
    # 10 апреля (22 по новому стилю) 1870: the other day alone in the brackets, before its
    # marker, in the month of the first (unmarked, "12 May (13)" is a note's number)
    ("parenthesised", r"{a} \( {bd}{bm} \) (?:,? {y})?"),
    # 28 августа [9 сентября] 1828 (Russian Wikipedia); 9 June [30 May] 1672
    ("bracketed", r"{a} ,? \[ {b} \] (?:,? {y})?"),
    # a machine translation that lost the closing bracket after the year, before the
    # comma of a place: "28 mai [ 10 iunie, 1858 , Sankt Petersburg"
    ("bracketed", r"{a} ,? \[ (?=D,) {b}"),
    # 7 (20) сентября 1916 года
    ("parenthesised_days", r"{q}"),
    # 15(28).04.1922
    ("numeric", r"{p}"),
    # December 5 (Old Style) 1917
    ("marked", r"{a} ,? \( {ap} \) ,? {ay}"),
    # 15. јуна 1389. године (по јулијанском календару, што одговара 28. јуну …): the
    # marker opening a bracket of more words after the date (where they hold no partner
    # date of the same day, the shapes above did not take it)
    ("marked", r"{a} \( {ap} (?=[,;])"),
    # 24 October 1917 (O.S.); 3 April 1917 O.S.; 17 July [N.S.]. Not a marker after a
    # comma that a dash or a colon leads on to a date without a year and without a
    # marker of its own: "19 февраля 1861 года, по новому стилю — 3 марта" names the
    # calendar of the 3rd (the shapes below read "по новому стилю — 3 марта"), not of
    # the 19th. (A date with its year after the dash is the end of a life's span, "3
    # March 1700, O.S. — 10 May 1750", and keeps the marker.) A marker of the date's own
    # keeps it for the first date only where it names the other calendar ("…, по
    # старому стилю — 3 марта по новому"): one of the same, "…, по новому стилю — 7
    # ноября — по новому стилю", says again what the marker before the dash said.
    ("marked", r"{a}(?!,N[~:]d(?![,(\[]?O)|,O[~:]d(?![,(\[]?N)){am}"),
    # (N.S. 7 November 1917); O.S. 27 April; Old Style date 23 January 1881
    ("marked", r"\( {ap} {a} \)"),
    ("marked", r"{ap} {a}"),
)


def _expand(pattern: str, prefix: str = "") -> str:
    def role(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"(?P<{prefix}{name}>{_ROLES[name]})"

    return re.sub(r"\{(\w+)\}", role, pattern.replace(" ", ""))


class Shape(NamedTuple):
    name: str
    pattern: str
    roles: tuple[str, ...]


_SHAPES: tuple[Shape, ...] = tuple(
    Shape(name, _expand(pattern), tuple(re.findall(r"\{(\w+)\}", pattern)))
    for name, pattern in SHAPES
)


# Every shape as one alternative of one pattern, its roles named "s<index>_<role>" and
# the whole alternative "s<index>": one search finds the leftmost shape and its parts.
# It is tried only at the codes a shape begins with: a date or range (d, D), a bare day
# (n), a year (Y), a marker (O, N) or a parenthesis before one, a Russian pair (Q, P).
_FIRST_CODES = r"dDnYONQP("


def _alternatives(first: int) -> str:
    return "|".join(
        f"(?P<s{index}>{_expand(pattern, f's{index}_')})"
        for index, (_, pattern) in enumerate(SHAPES)
        if index >= first
    )


@functools.cache
def _any() -> re.Pattern[str]:
    """The pattern of every shape, compiled when a window is first read by its shapes:
    a text whose pairs the shortcut reads (``_read.shortcut``) never needs it."""
    return re.compile(led_by(_FIRST_CODES, _alternatives(0)))


@functools.cache
def _from(first: int) -> re.Pattern[str]:
    """The shapes from the one numbered *first* on, as alternatives of one pattern,
    matched where a reading of an earlier shape failed: the first of them to match
    there is the one their alternation finds, in one call rather than one per shape
    (a window of ``5 March 1731 O.S.`` repeated fails a prose pair at every date, and
    fourteen shapes were tried one by one after it). Compiled only for the shapes after
    which some reading fails, a few milliseconds each."""
    return re.compile(_alternatives(first))


_ANY_ROLES: tuple[tuple[tuple[str, str], ...], ...] = tuple(
    tuple((role, f"s{index}_{role}") for role in shape.roles) for index, shape in enumerate(_SHAPES)
)


class Found(NamedTuple):
    """One matched shape: its name, the code span and the code spans of its roles."""

    name: str
    start: int
    end: int
    roles: dict[str, tuple[int, int]]


def candidates(codes: str, position: int) -> Iterator[Found]:
    """Matches of the shapes starting at the leftmost position from *position* on.

    Yields the matching shapes at that position in priority order (the caller takes the
    first one it can read), then nothing: the caller resumes its search after what it
    took, or one code further when it took nothing.
    """
    found = _any().search(codes, position)
    while found is not None:
        index = int((found.lastgroup or "s0")[1:])
        roles = {
            role: found.span(group) for role, group in _ANY_ROLES[index] if found.start(group) != -1
        }
        start = found.start()
        yield Found(_SHAPES[index].name, start, found.end(), roles)
        if index + 1 == len(_SHAPES):
            return
        found = _from(index + 1).match(codes, start)
