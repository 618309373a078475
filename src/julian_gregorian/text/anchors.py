"""The prefilter: where in a text an O.S./N.S. date may stand, found at the speed of a scan.

Every item the extractor reports contains an *anchor*: a calendar marker (``O.S.``,
``New Style``, ``Julian``, ``ст. ст.``), a slash between numbers (``11/23 April``,
``1749/50``) or an opening parenthesis before a day number (``25 октября (7 ноября)``).
The Latin, Polish and Greek abbreviations in small letters (``st.v.``, ``n. st.``,
``π.η.``) are anchors where they stand in parentheses, as they usually do; elsewhere
they are read when another anchor is near.
Anchors are found by a handful of regular expressions that each begin with one literal
character: Python's regex engine then jumps between occurrences of that character with
a ``memchr``-like loop and runs the rest of the pattern only there, so each pass costs
about as much as ``str.count``. A single pattern with alternatives that begin
differently would be checked at every position, several times slower. The detailed
shapes then run only in small windows around the anchors (:func:`windows`).
"""

from __future__ import annotations

import re

# One literal first character per pattern (see the module docstring); the lookarounds
# keep the hits rare so that little Python work follows each one, and are cheap so that
# the frequent first characters (S, y) cost little. Measured on English text, each pass
# costs 20-40 ms per 50 MB.
_PASSES: tuple[re.Pattern[str], ...] = (
    # O.S., O. S., OS, N.S., N. S., NS, OLD STYLE, German a. St. / n. St. / alten Stils.
    # (The cheap one-character look back first: most capital S begin a word.)
    re.compile(
        r"S(?:(?<=[ON.]S)(?:(?<=[ON]S)|(?<=\b[ONan]\.S))|(?<=\.\sS)(?<=\b[ONan]...)"
        r"|(?=TYLE|tils))"
    ),
    # Old Style, New Style, old style, new style, {{OldStyleDate}}, Polish starego stylu.
    re.compile(r"y(?=l[eu])(?<=[Ss]ty)"),
    re.compile(r"J(?=ulian)"),
    re.compile(r"G(?=regorian)"),
    # 11/23 April, 30 September/10 October, March 6/February 22, 1749/50
    re.compile(r"/(?=\s?(?:\d|[A-Z][a-z]{2,8}\.?\s\d))"),
    # 25 октября (7 ноября), 7 (20) сентября, 10th (22nd) April, 15(28).04.1922,
    # 25.02(09.03)1924, August 28 (September 9), and the abbreviations that are written in
    # parentheses: (π.η.), (ст. ст.), (st.v.), (wg st. st.), (kalendarz juliański)
    re.compile(
        r"\((?=\s?(?:\d{1,2}(?:st|nd|rd|th)?\.?[\s)]|\d\d?\.\d\d?\)|[A-Z][a-z]{2,8}\.?\s\d"
        r"|ст|н\.|по\s|за\s|π\.|ν\.|st\.|n\.|a\.|stil|wg\s|według|kalendarz|julia|grego))"
    ),
    # 28 августа [9 сентября] 1828, 7 [20] ноября (Russian Wikipedia's unmarked pairs),
    # August 28 [September 9]
    # (not footnote marks such as [12])
    re.compile(
        r"\[(?=\d{1,2}(?:\s[A-Za-zа-яё]|\]\s?(?:[а-яёі]|stycz|lut|mar|kwie|maj|czer|lip|sier"
        r"|wrze|paźd|list|grud))|(?!Note)[A-Z][a-z]{2,8}\.?\s\d{1,2}\])"
    ),
    # ст. ст., н. ст., по старому стилю, по юлианскому календарю
    re.compile(r"с(?:(?=т\.|тар|тил)|(?<=ианс))"),
)


#: The passes run over one stretch of this many characters at a time, so that the text
#: is read from memory once and the later passes find it in the processor's cache.
_CHUNK = 1 << 18
#: How far past its stretch a pass may look to decide on a hit near the end of it.
_LOOKAHEAD = 64


#: Passes whose first character is rare in most texts, found with ``str.find``: its
#: ``memchr`` skips faster than the regex engine's loop (about 6 ms instead of 20 per
#: 50 MB), but every hit costs a call from Python, so a stretch where the character is
#: common (links in wikitext, Cyrillic prose) goes back to the regex engine.
_FOUND_BY_FIND: dict[re.Pattern[str], str] = {
    pattern: pattern.pattern[1] if pattern.pattern[0] == "\\" else pattern.pattern[0]
    for pattern in _PASSES
    if pattern.pattern[0] in "/с" or pattern.pattern.startswith("\\[")
}
#: Hits of one such character in a stretch after which the regex engine takes over.
_FIND_LIMIT = 64


def _scan(pattern: re.Pattern[str], text: str, start: int, end: int, stop: int) -> list[int]:
    """Offsets in ``[start, end)`` where *pattern* matches (looking on to *stop*)."""
    char = _FOUND_BY_FIND.get(pattern)
    if char is not None:
        found = []
        find, match = text.find, pattern.match
        at = find(char, start, end)
        hits = 0
        while at != -1:
            if match(text, at, stop):
                found.append(at)
            hits += 1
            if hits > _FIND_LIMIT:
                start = at + 1
                break
            at = find(char, at + 1, end)
        else:
            return found
        return found + _scan_regex(pattern, text, start, end, stop)
    return _scan_regex(pattern, text, start, end, stop)


def _scan_regex(pattern: re.Pattern[str], text: str, start: int, end: int, stop: int) -> list[int]:
    found = []
    for match in pattern.finditer(text, start, stop):
        if match.start() >= end:
            break
        found.append(match.start())
    return found


def find_anchors(text: str) -> list[int]:
    """Sorted offsets of every anchor in *text*.

    >>> find_anchors("On 6 November [O.S. 24 October] 1917; see the O.S. map.")
    [17, 48]

    Anchors are candidates only: the Ordnance Survey's ``O.S. map`` is one, and the
    shapes read around it find no date.
    """
    found: list[int] = []
    length = len(text)
    for start in range(0, length, _CHUNK):
        end = min(length, start + _CHUNK)
        stop = min(length, end + _LOOKAHEAD)
        for pattern in _PASSES:
            found.extend(_scan(pattern, text, start, end, stop))
    found.sort()
    return found


def windows(
    anchors: list[int], length: int, before: int, after: int
) -> list[tuple[int, int, int, int]]:
    """Merge ``[anchor - before, anchor + after)`` around each anchor into disjoint spans.

    Each span comes with its first and last anchor: ``(start, end, first, last)``.

    >>> windows([10, 20, 200], 1000, 5, 8)
    [(5, 28, 10, 20), (195, 208, 200, 200)]
    """
    spans: list[tuple[int, int, int, int]] = []
    for anchor in anchors:
        start, end = max(0, anchor - before), min(length, anchor + after)
        if spans and start <= spans[-1][1]:
            first_start, last_end, first, _ = spans[-1]
            spans[-1] = (first_start, max(end, last_end), first, anchor)
        else:
            spans.append((start, end, anchor, anchor))
    return spans
