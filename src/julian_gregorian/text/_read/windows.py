"""Stage 2, read: one window of text, its tokens, shapes, dual years and pairs of marked
dates.

This is the detailed reading the prefilter's anchors lead to. Shapes are tried at the
leftmost position where any matches, in priority order; the first reading accepted
(:func:`julian_gregorian.text._read.reading.read`) is taken and the search resumes after it.
Dual years left over are reported on their own, and two single marked dates of
opposite calendars in one sentence, as far apart as the calendars are, are one day
written twice (``27 April 1737 of the old style (O.S.) … 8 May 1737 N.S.``).
"""

from __future__ import annotations

import re

from julian_gregorian.text._drafts import Draft, DraftSide
from julian_gregorian.text._read.normalise import Window
from julian_gregorian.text._read.openers import read_openers
from julian_gregorian.text._read.reading import complete_years, plausible, read, reform_transition
from julian_gregorian.text._read.shapes import Found, candidates
from julian_gregorian.text._read.tokens import Token, tokenize

#: Dual years were written where the year began on 25 March, in England until 1752.
_LAST_DUAL_YEAR = 1752
#: How far apart (characters) two marked dates of one day may be written.
_SINGLES_REACH = 300
#: The dash of a range between two whole dates: spaced, an en dash, an em dash or a hyphen.
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def read_window(window: Window) -> list[Draft]:
    """Every draft item in *window*, in text order."""
    codes, tokens = tokenize(window.text)
    drafts: list[Draft] = []
    spans: list[tuple[int, int]] = []
    position = 0
    while True:
        taken = False
        start = -1
        for found in candidates(codes, position):
            start = found.start
            draft = read(found, codes, tokens, window)
            if draft is not None:
                first = _range_start(found, draft, codes, tokens, window, spans)
                if first is not None:
                    drafts.append(first)
                    spans.append((found.start - 2, found.start - 1))
                drafts.append(draft)
                spans.append((found.start, found.end))
                position = found.end
                taken = True
                break
        if start == -1:
            break
        if not taken:
            position = start + 1
    read_codes = {index for start, end in spans for index in range(start, end)}
    if "O" in codes or "N" in codes:
        for draft, start, end in read_openers(codes, tokens, read_codes, window):
            drafts.append(draft)
            spans.append((start, end))
            read_codes.update(range(start, end))
    _dual_years(tokens, spans, read_codes, window, drafts)
    if len(drafts) > 1:
        drafts = _pair_singles(drafts, spans, codes)
    return drafts


def _range_start(
    found: Found,
    draft: Draft,
    codes: str,
    tokens: list[Token],
    window: Window,
    spans: list[tuple[int, int]],
) -> Draft | None:
    """The first date of ``17 June 1682 – 30 November 1718 O.S.``: the marker after a
    range of two dates, each with its year, set apart by a spaced dash (a life, a
    reign), marks both ends, so the first is a marked date of the same calendar.

    Only an earlier date is a range's start (``7 November 1917 – 25 October 1917 O.S.``
    writes one day twice), and only a dash between spaces makes the range: Spanish
    Wikipedia's ``9 de junio de 1672-28 de enero de 1725 C.J.`` marks the end alone
    (Peter the Great's birth is its Gregorian date there).
    """
    start = found.start
    if found.name != "marked" or "am" not in found.roles or start < 2:
        return None
    if codes[start - 2 : start] != "D-" or codes[start] != "D":
        return None
    if (spans and spans[-1][1] > start - 2) or codes[start - 3 : start - 2] in ("O", "N"):
        return None  # the first date was read already, or is marked on its own
    token = tokens[start - 2]
    if _SPACED_DASH.fullmatch(window.text, token.end, tokens[start].start) is None:
        return None
    side = draft.old or draft.new
    if side is None or token.fields is None or side.year is None:
        return None
    offset, end_offset = window.span(token.start, token.end)
    first = DraftSide.of(side.calendar, token.fields, offset, end_offset)
    if first is None or first.year is None:
        return None
    if (first.year, first.end_month, first.end_day) >= (side.year, side.month, side.day):
        return None
    if side.calendar == "julian":
        return Draft("old_style", "marked", offset, end_offset, old=first)
    return Draft("new_style", "marked", offset, end_offset, new=first)


def _dual_years(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    taken: set[int],
    window: Window,
    drafts: list[Draft],
) -> None:
    """The dual years of tokens outside the readings so far (*spans*, whose codes are
    *taken*)."""
    for index, token in enumerate(tokens):
        fields = token.fields
        if fields is None or fields.dual is None or index in taken:
            continue
        if fields.dual[0] > _LAST_DUAL_YEAR:
            continue
        offset, end_offset = window.span(token.start, token.end)
        draft = Draft("dual_year", "dual_year", offset, end_offset, dual=fields.dual)
        if token.code == "D":
            draft.old = DraftSide.of("julian", fields, offset, end_offset)
        drafts.append(draft)
        spans.append((index, index + 1))
    if len(spans) > 1:
        order = sorted(range(len(drafts)), key=lambda i: drafts[i].offset)
        drafts[:] = [drafts[i] for i in order]
        spans[:] = [spans[i] for i in order]


def _pair_singles(drafts: list[Draft], spans: list[tuple[int, int]], codes: str) -> list[Draft]:
    result: list[Draft] = []
    index = 0
    while index < len(drafts):
        first = drafts[index]
        if index + 1 < len(drafts):
            second = drafts[index + 1]
            between = codes[spans[index][1] : spans[index + 1][0]]
            merged = _merge_singles(first, second, between)
            if merged is not None:
                result.append(merged)
                index += 2
                continue
        result.append(first)
        index += 1
    return result


def _merge_singles(first: Draft, second: Draft, between: str) -> Draft | None:
    if not (first.pairs_as_single and second.pairs_as_single):
        return None
    if "." in between or "|" in between:
        return None
    if second.offset - first.end_offset > _SINGLES_REACH:
        return None
    old = first.old or second.old
    new = first.new or second.new
    if old is None or new is None:
        return None
    complete_years(old, new, None)
    if not plausible(old, new) or reform_transition(old, new):
        return None  # two events of a story, not one day written twice
    return Draft("pair", "prose", first.offset, second.end_offset, old, new)
