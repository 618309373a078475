"""Stage 3, link: pairs split between a sentence and its footnote.

An article may give one calendar in its text and the other in a footnote::

    SOPHIA OF HANOVER (14 October 1630 – 8 June 1714[1]) ...
    [1] Or 28 May in the Old Style CalendarName.

    TCHAIKOVSKY (7 May 1840 – 6 November 1893[3]) ...
    [3] Russia was still using old style dates in the 19th century, rendering his
        lifespan as 25 April 1840 – 25 October 1893.

The footnote names a calendar (a marked date, or a marker anywhere in it) and gives
the dates that stand right before its reference mark in the text (one date, or the two
ends of a lifespan; one footnote date goes with the last one); the dates in the text
are then in the other calendar, and each is paired with the footnote's date in the same
position, if the two lie as far apart as the calendars do. Footnotes are recognised as
lines starting with their label (``[1]``, ``[a]``, ``[Note 3]``) and, in wikitext, as
``<ref>…</ref>`` right after a date. The pair's item spans the date in the text and its
reference mark; its other side points into the footnote.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.text._drafts import Draft, DraftSide
from julian_gregorian.text._link.context import section
from julian_gregorian.text._read.normalise import Closings, normalise, ref_end
from julian_gregorian.text._read.reading import complete_years, gap
from julian_gregorian.text._read.tokens import DateFields, tokenize

_DEFINITION = re.compile(r"[ \t>]*\[(?P<label>\d{1,3}|[a-z]{1,2}|[Nn]ote\s?\d{1,3})\][ \t]")
_REF_OPENING = re.compile(r"<ref\b[^<>/]*>")
#: How far back the line break before a footnote line is looked for.
_LINE_REACH = 2000
#: How much text before a reference mark is read for its dates.
_BEFORE_MARK = 120
_PLAUSIBLE = range(1, 31)
_OTHER: dict[CalendarName, CalendarName] = {"julian": "gregorian", "gregorian": "julian"}


class _Date(NamedTuple):
    fields: DateFields
    offset: int
    end_offset: int


class LastBefore:
    """The last occurrence of *sub* wholly inside ``text[at - reach:at]``, asked for at
    offsets that mostly grow (the dates of a text in order).

    Dates close together search overlapping stretches: each search goes only over what
    the last one did not, so a text full of dates is searched about once, not *reach*
    characters for each date.
    """

    __slots__ = ("_found", "_high", "_low", "reach", "sub", "text")

    def __init__(self, text: str, sub: str, reach: int) -> None:
        self.text, self.sub, self.reach = text, sub, reach
        self._low = self._high = 0
        self._found = -1  # the last occurrence wholly inside text[_low:_high], or -1

    def before(self, at: int) -> int:
        """The offset of the last *sub* wholly inside ``text[max(0, at - reach):at]``."""
        low = max(0, at - self.reach)
        if self._low <= low <= self._high <= at:
            # What starts before the last search's end, less the length of sub, lay
            # wholly inside that search: its answer stands for it.
            found = self.text.rfind(self.sub, max(low, self._high - len(self.sub) + 1), at)
            if found == -1 and self._found >= low:
                found = self._found
        else:
            found = self.text.rfind(self.sub, low, at)
        self._low, self._high, self._found = low, at, found
        return found


class LineEnds:
    """Where the line holding an offset ends, the last line's end remembered.

    A line of crafted input can be as long as the text, and every date and window on it
    asks where it ends: found once, not searched for again from each of them.
    """

    __slots__ = ("_end", "_from", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._from = self._end = -1  # no line break in text[_from:_end]; _end ends it
        #: The line break before a footnote line, looked for back to where a line
        #: begun further back is not one (see :func:`definition_lines`).
        self.starts = LastBefore(text, "\n", _LINE_REACH)

    def after(self, at: int) -> int:
        """The offset of the first line break from *at* on, or the text's length."""
        if not self._from <= at <= self._end:
            newline = self.text.find("\n", at)
            self._from, self._end = at, len(self.text) if newline == -1 else newline
        return self._end


def definition_lines(
    text: str, start: int, end: int, line_ends: LineEnds | None = None
) -> dict[int, tuple[int, str]]:
    """Footnote lines meeting ``[start, end)``: line start -> (line end, label).

    *line_ends*, kept by the caller across calls on one text, remembers the end of the
    last line seen.
    """
    found: dict[int, tuple[int, str]] = {}
    ends = LineEnds(text) if line_ends is None else line_ends
    # A footnote starts a line; a line begun further back than _LINE_REACH is not one.
    newline = ends.starts.before(start)
    line = newline + 1 if newline != -1 or start <= _LINE_REACH else start
    while line < end:
        line_end = ends.after(line)
        match = _DEFINITION.match(text, line, line_end)
        if match is not None:
            found[line] = (line_end, match.group("label"))
        line = line_end + 1
    return found


def _dates(
    text: str, start: int, end: int, wikitext: bool
) -> tuple[list[_Date], set[CalendarName]]:
    """The dates of the first sentence of ``text[start:end]`` that has any, and the
    calendars that sentence's markers name."""
    window = normalise(text, start, end, wikitext=wikitext)
    codes, tokens = tokenize(window.text)
    dates: list[_Date] = []
    calendars: set[CalendarName] = set()
    for code, token in zip(codes, tokens, strict=True):
        if code == "." or code == "|":
            if dates:
                break
            calendars.clear()
        elif code == "O":
            calendars.add("julian")
        elif code == "N":
            calendars.add("gregorian")
        elif code in "dD" and token.fields is not None:
            offset, end_offset = window.span(token.start, token.end)
            dates.append(_Date(token.fields, offset, end_offset))
    return dates, calendars


def _dates_before(text: str, mark: int, wikitext: bool) -> list[_Date]:
    """The date, or the two dates of a range, that end right before a reference mark."""
    start = max(0, mark - _BEFORE_MARK)
    window = normalise(text, start, mark, wikitext=wikitext)
    codes, tokens = tokenize(window.text)
    if not codes or codes[-1] not in "dD" or window.text[tokens[-1].end :].strip():
        return []
    found = [tokens[-1]]
    if codes.endswith(("d-d", "d-D", "D-D", "D-d")):
        found.insert(0, tokens[-3])
    dates = []
    for token in found:
        if token.fields is None:
            return []
        offset, end_offset = window.span(token.start, token.end)
        dates.append(_Date(token.fields, offset, end_offset))
    return dates


def _reference(text: str, label: str, definition: int) -> int | None:
    """Offset of the mark ``[label]`` in the text the footnote at *definition* belongs to."""
    mark = f"[{label}]"
    low, _ = section(text, definition, definition, elisions=False)
    position = text.find(mark, low, definition)
    while position != -1:
        line_start = text.rfind("\n", max(0, position - 200), position) + 1
        if text[line_start:position].strip(" \t>") or (line_start == 0 and position > 200):
            return position
        position = text.find(mark, position + len(mark), definition)
    return None


def _side(calendar: CalendarName, date: _Date) -> DraftSide | None:
    return DraftSide.of(calendar, date.fields, date.offset, date.end_offset)


def _note_date(draft: Draft) -> tuple[CalendarName, _Date] | None:
    """The calendar and date of a single marked date read in a footnote."""
    side = draft.old or draft.new
    if side is None or side.offset is None or side.end_offset is None:
        return None
    year = side.year if side.own_year else None
    fields = DateFields(
        side.day, side.month, side.end_day, side.end_month, year, side.written_year, None, "en"
    )
    return side.calendar, _Date(fields, side.offset, side.end_offset)


def _pair(
    body: _Date, note: _Date, note_calendar: CalendarName, mark_end: int | None
) -> Draft | None:
    text_side = _side(_OTHER[note_calendar], body)
    note_side = _side(note_calendar, note)
    if text_side is None or note_side is None:
        return None
    old, new = (note_side, text_side) if note_calendar == "julian" else (text_side, note_side)
    if gap(old.month, old.day, new.month, new.day) not in _PLAUSIBLE:
        return None
    complete_years(text_side, note_side, None)
    end = body.end_offset if mark_end is None else mark_end
    return Draft("pair", "footnote", body.offset, end, old, new)


def link_footnotes(
    text: str,
    drafts: list[Draft],
    lines: dict[int, tuple[int, str]],
    wikitext: bool,
) -> list[Draft]:
    """*drafts* with single dates of footnotes joined to the dates their marks follow.

    *lines* maps the start of each footnote line seen near an anchor to its end and
    label. Returns the drafts to keep; the footnote's single dates are replaced by the
    pairs they form (a footnote holding a pair gives both calendars itself).
    """
    replaced: set[int] = set()
    added: list[Draft] = []
    for line_start, (line_end, label) in sorted(lines.items()):
        inside = [draft for draft in drafts if line_start <= draft.offset < line_end]
        if any(draft.kind == "pair" for draft in inside):
            continue  # the footnote gives both calendars itself
        mark = _reference(text, label, line_start)
        body = [] if mark is None else _dates_before(text, mark, wikitext)
        if mark is None or not body:
            continue
        # (a date only tentatively marked is read again with the footnote's own words)
        singles = [draft for draft in inside if draft.pairs_as_single and not draft.tentative]
        read = [_note_date(draft) for draft in singles]
        if singles:
            note_dates = [found[1] for found in read if found is not None]
            calendars = {found[0] for found in read if found is not None}
        else:
            note_dates, calendars = _dates(text, line_start, line_end, wikitext)
        if note_dates and len(note_dates) < len(body):
            body = body[-len(note_dates) :]  # the mark follows the last date of the range
        if len(calendars) != 1 or len(note_dates) != len(body):
            continue
        note_calendar: CalendarName = "julian" if "julian" in calendars else "gregorian"
        after_mark = mark + len(label) + 2
        joined = [
            _pair(date, note, note_calendar, after_mark if date is body[-1] else None)
            for date, note in zip(body, note_dates, strict=True)
        ]
        if any(pair is None for pair in joined):
            continue
        added.extend(pair for pair in joined if pair is not None)
        replaced.update(id(draft) for draft in singles)
    if not added:
        return drafts
    return [draft for draft in drafts if id(draft) not in replaced] + added


def inline_notes(text: str, drafts: list[Draft]) -> list[tuple[int, int]]:
    """Spans of ``<ref>…</ref>`` that hold single dates (for :func:`link_inline`)."""
    spans = []
    closings = Closings(text, "</ref")
    openings = LastBefore(text, "<ref", 2000)
    for draft in drafts:
        if not draft.pairs_as_single:
            continue
        opening = openings.before(draft.offset)
        if opening == -1:
            continue
        head = _REF_OPENING.match(text, opening)
        if head is None or head.end() > draft.offset:
            continue
        closed = ref_end(text, closings, head.end(), len(text))
        if closed is not None and draft.offset < closed[0]:
            spans.append((opening, closed[1]))
    return spans


def link_inline(text: str, drafts: list[Draft], wikitext: bool) -> list[Draft]:
    """Join single dates in a wikitext ``<ref>`` to the date the reference follows."""
    replaced: set[int] = set()
    added: list[Draft] = []
    for start, end in dict.fromkeys(inline_notes(text, drafts)):
        inside = [d for d in drafts if start <= d.offset < end and d.pairs_as_single]
        body = _dates_before(text, start, wikitext)
        if len(inside) != 1 or len(body) != 1:
            continue
        read = _note_date(inside[0])
        if read is None:
            continue
        pair = _pair(body[0], read[1], read[0], end)
        if pair is not None:
            added.append(pair)
            replaced.add(id(inside[0]))
    if not added:
        return drafts
    return [draft for draft in drafts if id(draft) not in replaced] + added
