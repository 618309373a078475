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

from julian_gregorian.text._drafts import Draft, DraftSide
from julian_gregorian.text._read.normalise import Window
from julian_gregorian.text._read.openers import read_openers
from julian_gregorian.text._read.reading import complete_years, plausible, read, reform_transition
from julian_gregorian.text._read.shapes import candidates
from julian_gregorian.text._read.tokens import Token, tokenize

#: Dual years were written where the year began on 25 March, in England until 1752.
_LAST_DUAL_YEAR = 1752
#: How far apart (characters) two marked dates of one day may be written.
_SINGLES_REACH = 300


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
                drafts.append(draft)
                spans.append((found.start, found.end))
                position = found.end
                taken = True
                break
        if start == -1:
            break
        if not taken:
            position = start + 1
    if "O" in codes or "N" in codes:
        read_codes = {index for start, end in spans for index in range(start, end)}
        for draft, start, end in read_openers(codes, tokens, read_codes, window):
            drafts.append(draft)
            spans.append((start, end))
    _dual_years(tokens, spans, window, drafts)
    if len(drafts) > 1:
        drafts = _pair_singles(drafts, spans, codes)
    return drafts


def _dual_years(
    tokens: list[Token], spans: list[tuple[int, int]], window: Window, drafts: list[Draft]
) -> None:
    taken = {index for start, end in spans for index in range(start, end)}
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
    kinds = {first.kind, second.kind}
    if kinds != {"old_style", "new_style"} or "." in between or "|" in between:
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
