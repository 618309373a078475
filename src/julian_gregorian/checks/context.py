"""Facts about a whole article that single items cannot tell: the checker's context.

Built once per checked text in O(items): the verdict on every pair, which days the
article pairs rightly (so the message on a wrong pair can say which side the rest of
the article supports), and, computed only when a rule asks, the sections and the
calendars their headings declare, the infobox, and line starts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from julian_gregorian._choices import FIX_SIDES as FIX_SIDES
from julian_gregorian._choices import FixSide as FixSide
from julian_gregorian._line_breaks import line_starts
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.calendar.offset import offset_for_ordinal
from julian_gregorian.checks._arithmetic import (
    PairReading,
    is_yearly,
    read_pair,
    year_from_context,
    yearless_offsets,
)
from julian_gregorian.checks._markdown_blocks import MarkdownReading
from julian_gregorian.checks._markup_reading import OpenAtStart
from julian_gregorian.checks._plain_dates import PlainDate, plain_dates
from julian_gregorian.checks._safe_scope import SafeScope
from julian_gregorian.checks._suppressions import Suppressions
from julian_gregorian.checks._wording import Fields
from julian_gregorian.spans import Span
from julian_gregorian.text._extract import looks_like_wikitext
from julian_gregorian.text._link.headings import heading_lines
from julian_gregorian.text.items import Item

#: The most rounds of judging the pairs with inferred years again: the bound keeps a
#: passage whose verdicts would swing to and fro from costing more.
_SETTLING_ROUNDS = 10

#: The most days of one range entered into the index of rightly paired days.
_LONGEST_INDEXED_RANGE = 62

_DECLARING_PARENTHESIS = re.compile(
    r"\([^()]*\b(?:gregorian|julian|old style|new style)\b[^()]*\)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Heading:
    offset: int
    end_offset: int
    level: int
    title: str
    #: The calendar the heading declares for its section, itself or through a parent.
    calendar: CalendarName | None


@dataclass(frozen=True, slots=True)
class Infobox:
    offset: int
    end_offset: int
    dates: tuple[PlainDate, ...]
    #: The dates naming each (month, day), looked up rather than scanned for each side
    #: of a wrong pair (an infobox of 3,500 dates cost 2,000 wrong pairs 14 million
    #: comparisons).
    _by_day: dict[tuple[int, int], _Mentions] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_day: dict[tuple[int, int], _Mentions] = {}
        for position, date in enumerate(self.dates):
            for day in range(date.day, date.end_day + 1):
                mentions = by_day.get((date.month, day))
                if mentions is None:
                    mentions = by_day[date.month, day] = _Mentions((position, date))
                mentions.add(position, date)
        object.__setattr__(self, "_by_day", by_day)

    def mention_of(self, fields: Fields) -> PlainDate | None:
        """The infobox date that names the day *fields* (as written), if any: the first
        of those that name its month and day in its year or in none."""
        year, month, day = fields
        mentions = self._by_day.get((month, day))
        if mentions is None:
            return None
        if year is None:
            return mentions.first[1]
        found = [m for m in (mentions.yearless, mentions.by_year.get(year)) if m is not None]
        return min(found, key=lambda mention: mention[0])[1] if found else None


class _Mentions:
    """The infobox dates that name one day of the year: the first of them, the first
    without a year and the first of each year, with their positions among the dates."""

    __slots__ = ("by_year", "first", "yearless")

    def __init__(self, first: tuple[int, PlainDate]) -> None:
        self.first = first
        self.yearless: tuple[int, PlainDate] | None = None
        self.by_year: dict[int, tuple[int, PlainDate]] = {}

    def add(self, position: int, date: PlainDate) -> None:
        """Count *date*, at *position* among the dates, after those before it."""
        if date.year is None:
            if self.yearless is None:
                self.yearless = (position, date)
        elif date.year not in self.by_year:
            self.by_year[date.year] = (position, date)


class ArticleContext:
    """Everything the rules may ask about one article: the rule API.

    A rule is a function from an ``ArticleContext`` to its findings (see
    :class:`~julian_gregorian.checks.rules.base.Rule`); it reads the article only through
    what this class offers, and never changes it.

    - ``text``, ``items`` (what the extractor found, in text order) and ``fix_side``
      (``"new"``, ``"old"`` or ``"auto"``: the side a fix rewrites);
    - ``markdown`` and ``wikitext``: whether the text is Markdown, or wikitext (``None``:
      judged from its markup), which tell what :attr:`safe_scope` protects;
    - the verdicts on the pairs: ``readings`` (one
      :class:`~julian_gregorian.checks._arithmetic.PairReading` per pair, its years
      settled), ``problems`` (those not right), :meth:`reading_of`, :meth:`is_problem`;
    - what the rest of the article says of a day or a passage: :meth:`right_pair_on`
      (a rightly paired item naming that day), :meth:`passage_votes` (the offsets the
      other pairs of a passage have), :attr:`infobox` (its dates);
    - the sections: :attr:`headings`, :meth:`section_span`, :meth:`section_calendar` (the
      calendar a heading such as "Timeline (Gregorian calendar dates)" declares);
    - what editors marked: :attr:`suppressions` (the directives) and :attr:`safe_scope`
      (quotations, titles, code and comments, which no fix may touch);
    - places: :meth:`span` (a :class:`~julian_gregorian.spans.Span`, the type of
      ``Item.span`` and ``Finding.span``) and :meth:`line_column`, for a finding that is
      not on an item (``Rule.finding_at``).

    Everything but the verdicts is computed the first time a rule asks for it, so a rule
    that needs no sections costs no heading scan.

    >>> from julian_gregorian.text import extract
    >>> text = "== Life ==\\nBuried 2 January [O.S. 21 December] 1917."
    >>> context = ArticleContext(text, list(extract(text)))
    >>> [reading.verdict for reading in context.problems]
    ['wrong']
    >>> context.section_span(20), context.headings[0].title
    ((10, 52), 'Life')
    """

    def __init__(
        self,
        text: str,
        items: list[Item],
        fix_side: FixSide = "new",
        *,
        markdown: MarkdownReading = False,
        wikitext: bool | None = None,
        opened: OpenAtStart | None = None,
    ) -> None:
        self.text = text
        self.items = items
        self.fix_side = fix_side
        #: Whether the text is Markdown, whose code blocks and block quotes are protected
        #: (or a window of a Markdown text: :class:`~._markdown_blocks.MarkdownStart`).
        self.markdown = markdown
        #: Whether the text is wikitext (``None``: judged from its markup when asked).
        self.wikitext = wikitext
        #: The protected markup a window of a longer text starts inside.
        self.opened = opened
        #: Whether a wrong pair with an inferred year is known to stay wrong (see below).
        self._settled = False
        self.readings: list[PairReading] = []
        self.problems: list[PairReading] = []
        self._problem_items: set[int] = set()
        #: The passages' votes counted for the readings of the latest round asked about.
        self._tally: _PassageTally | None = None
        if items:  # (most pages of a wiki have none)
            self._read_pairs()

    def _read_pairs(self) -> None:
        """The verdicts on the pairs, settled, and the problems among them."""
        self.readings = [read_pair(item) for item in self.items if item.kind == "pair"]
        if any(r.verdict == "wrong" and year_from_context(r) for r in self.readings):
            self.readings = self._settle_context_years()
        self.problems = [r for r in self.readings if r.verdict != "right"]
        self._problem_items = {id(reading.item) for reading in self.problems}

    def _settle_context_years(self) -> list[PairReading]:
        """The readings with every wrong pair whose year was inferred doubted, until stable.

        A pair found wrong gets a fix that gives it the inferred year's offset, so it
        votes for that offset, as it will once fixed, not for the one written: otherwise
        a second ``--fix`` would judge its neighbours by other votes than the first and
        find more to change. Each round judges every doubtful pair by the previous
        round's verdicts; the first round by the pairs as written.
        """
        written = self.readings
        judged = [self._doubt_context_year(reading) for reading in written]
        self._settled = True
        for _ in range(_SETTLING_ROUNDS):
            self.readings = judged
            again = [self._doubt_context_year(reading) for reading in written]
            if [r.verdict for r in again] == [r.verdict for r in judged]:
                break
            judged = again
        self.readings = written
        return judged

    def _doubt_context_year(self, reading: PairReading) -> PairReading:
        """A wrong pair whose year was inferred, judged again against its passage.

        A year taken from the context can belong to another event (``11/23 April`` near
        a death in 1953 is a birth in 1891). When the pair's own offset is one the
        calendars had in some century, it is called wrong only if most of its passage
        (the other pairs, and the inferred year itself) agrees with the inferred year's
        offset; otherwise it is judged as a pair without a year (JG201/JG202).
        """
        if reading.verdict != "wrong" or not year_from_context(reading) or not reading.days:
            return reading
        own = yearless_offsets(reading.old, reading.new)
        if not own:
            return reading
        expected = offset_for_ordinal(reading.days[0])
        votes = self.passage_votes(reading)
        votes[expected] += 1
        if majority(votes) == expected:
            return reading
        return replace(reading, verdict="yearless", days=None)

    def passage_votes(self, reading: PairReading) -> Counter[int]:
        """The offsets the other pairs of *reading*'s passage have, one vote each.

        A right pair votes for its offset; a pair whose year is missing or doubtful votes
        for its own offset when only one period fits it, and abstains otherwise; a date
        recurring every year, given in today's calendars, does not vote. Once the
        doubts are settled, a pair with an inferred year that stayed wrong votes for the
        offset of that year, which its fix gives it.
        """
        tally = self._tally
        if tally is None or tally.readings is not self.readings or tally.settled != self._settled:
            # (counted once for each list of readings judged: a passage of n pairs asked
            # about each of them cost n² votes, 38 s for 3,500 pairs in 153 KB)
            tally = self._tally = _PassageTally.of(self, self.readings, self._settled)
        return tally.besides(self.section_span(reading.item.offset), reading.item)

    def reading_of(self, item: Item) -> PairReading | None:
        """The verdict on *item* if it is a pair."""
        return self._readings_by_item.get(id(item))

    @cached_property
    def _readings_by_item(self) -> dict[int, PairReading]:
        return {id(reading.item): reading for reading in self.readings}

    def is_problem(self, item: Item) -> bool:
        """Whether *item* is a pair whose arithmetic is not right (or cannot be judged)."""
        return id(item) in self._problem_items

    # -- what the rest of the article says about a day -------------------------------

    @cached_property
    def _rightly_paired(self) -> dict[int, Item]:
        days: dict[int, Item] = {}
        for reading in self.readings:
            if reading.verdict != "right" or reading.days is None or is_yearly(reading):
                continue
            first, last = reading.days[0], reading.days[1]
            for day in range(first, min(last, first + _LONGEST_INDEXED_RANGE) + 1):
                days.setdefault(day, reading.item)
        return days

    def right_pair_on(self, day: int, *, besides: Item) -> Item | None:
        """A rightly paired item of the article that names the day with ordinal *day*."""
        found = self._rightly_paired.get(day)
        if found is besides:
            return None
        return found

    @cached_property
    def infobox(self) -> Infobox | None:
        """The first ``{{Infobox ...}}`` template and the dates written in it."""
        text = self.text
        start = text.find("{{Infobox")
        if start < 0:
            start = text.find("{{infobox")
        if start < 0:
            return None
        depth, end = 0, len(text)
        for match in re.finditer(r"\{\{|\}\}", text[start : start + 50_000]):
            depth += 1 if match.group() == "{{" else -1
            if depth == 0:
                end = start + match.end()
                break
        return Infobox(start, end, tuple(plain_dates(text, start, end)))

    # -- sections and what their headings declare ------------------------------------

    @cached_property
    def headings(self) -> list[Heading]:
        """The ``== wikitext ==``, ``## Markdown`` and underlined Markdown headings, in text
        order (:mod:`julian_gregorian.text._link.headings`, the extractor's too)."""
        found: list[Heading] = []
        open_levels: list[Heading] = []
        for offset, end_offset, level, title in heading_lines(self.text):
            while open_levels and open_levels[-1].level >= level:
                open_levels.pop()
            inherited = open_levels[-1].calendar if open_levels else None
            declared = declared_calendar(title)
            heading = Heading(offset, end_offset, level, title, declared or inherited)
            open_levels.append(heading)
            found.append(heading)
        return found

    @cached_property
    def _heading_offsets(self) -> list[int]:
        return [heading.offset for heading in self.headings]

    def section_span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the text between the headings around *offset*."""
        index = bisect_right(self._heading_offsets, offset)
        start = self.headings[index - 1].end_offset if index else 0
        end = self.headings[index].offset if index < len(self.headings) else len(self.text)
        return start, end

    def section_calendar(self, offset: int) -> CalendarName | None:
        """The calendar that the heading over *offset* declares for its dates, if any."""
        index = bisect_right(self._heading_offsets, offset)
        return self.headings[index - 1].calendar if index else None

    # -- what editors marked ---------------------------------------------------------

    @cached_property
    def suppressions(self) -> Suppressions:
        """The suppression directives of the text, with what they silenced so far."""
        # (one written in Markdown's code, or wikitext's <pre> or <nowiki>, is an
        # example, shown as written)
        return Suppressions(self.text, literal=lambda offset: self.safe_scope.literal(offset))

    @cached_property
    def safe_scope(self) -> SafeScope:
        """Quotations, titles of cited works, code and comments: text no fix may touch."""
        wikitext = self.wikitext
        if wikitext is None:
            # (a Markdown text is wikitext here only when said to be: the [[links]] of a
            # notes app make it look like wikitext, whose <pre> would hold examples)
            wikitext = self.markdown is False and looks_like_wikitext(self.text)
        return SafeScope(self.text, markdown=self.markdown, wikitext=wikitext, opened=self.opened)

    # -- places ----------------------------------------------------------------------

    @cached_property
    def _line_starts(self) -> list[int]:
        return line_starts(self.text)

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of *offset*, columns counted in characters."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def span(self, offset: int, end_offset: int) -> Span:
        """The ``Span`` of ``text[offset:end_offset]``, for a finding on text that is no item."""
        return Span(offset, end_offset, *self.line_column(offset), *self.line_column(end_offset))


def _vote(other: PairReading, settled: bool) -> int | None:
    """The offset *other* votes for in its passage (:meth:`ArticleContext.passage_votes`),
    or ``None`` when it abstains; *settled*: whether the doubts are settled."""
    if is_yearly(other):
        return None  # today's calendars, whatever the passage is about
    if other.verdict == "right" and other.days is not None:
        return offset_for_ordinal(other.days[0])
    if settled and other.verdict == "wrong" and other.days is not None:
        # Kept wrong after doubting: its fix will give it the offset of its year.
        if year_from_context(other):
            return offset_for_ordinal(other.days[0])
        return None
    if other.verdict == "yearless" or (other.verdict == "wrong" and year_from_context(other)):
        found = yearless_offsets(other.old, other.new)
        if len(found) == 1:
            return next(iter(found))
    return None


@dataclass(frozen=True, slots=True)
class _PassageTally:
    """The votes of every passage for one list of readings, each pair's counted once: the
    votes a pair's passage gives it are all of the passage's, less its own."""

    readings: list[PairReading]
    settled: bool
    #: The votes of the pairs of each passage, by its (start, end).
    totals: dict[tuple[int, int], Counter[int]]
    #: The offsets each item's readings vote for in their passage, by ``id`` of the item.
    own: dict[int, list[int]]

    @classmethod
    def of(
        cls, context: ArticleContext, readings: list[PairReading], settled: bool
    ) -> _PassageTally:
        totals: dict[tuple[int, int], Counter[int]] = {}
        own: dict[int, list[int]] = {}
        for reading in readings:
            offset = reading.item.offset
            passage = context.section_span(offset)
            if not passage[0] <= offset < passage[1]:
                # (a pair on a heading's line is in no passage: asked about, it is given
                # the votes of the passage below, as section_span gives it that one)
                continue
            vote = _vote(reading, settled)
            if vote is not None:
                totals.setdefault(passage, Counter())[vote] += 1
                own.setdefault(id(reading.item), []).append(vote)
        return cls(readings, settled, totals, own)

    def besides(self, passage: tuple[int, int], item: Item) -> Counter[int]:
        """The votes of the pairs of *passage* other than *item*."""
        votes = Counter(self.totals.get(passage, ()))
        for vote in self.own.get(id(item), ()):
            votes[vote] -= 1
            if not votes[vote]:
                del votes[vote]  # (as if never counted: a Counter keeps a key at 0)
        return votes


def majority(votes: Counter[int]) -> int | None:
    """The offset with more than half of the votes, if one has.

    >>> majority(Counter({13: 2, 12: 1})), majority(Counter({13: 1, 12: 1}))
    (13, None)
    """
    if not votes:
        return None
    offset, count = votes.most_common(1)[0]
    return offset if count * 2 > sum(votes.values()) else None


def declared_calendar(title: str) -> CalendarName | None:
    """The calendar a heading or note declares for the dates under it, or ``None``.

    >>> declared_calendar("Timeline of the spread of Soviet power (Gregorian calendar dates)")
    'gregorian'
    >>> declared_calendar("Adoption of the Gregorian calendar") is None
    True
    """
    lower = title.lower()
    gregorian = "gregorian" in lower or "new style" in lower
    julian = "julian" in lower or "old style" in lower
    if gregorian == julian:
        return None
    if "date" not in lower and not _DECLARING_PARENTHESIS.search(title):
        return None
    return "gregorian" if gregorian else "julian"


__all__ = [
    "FIX_SIDES",
    "ArticleContext",
    "FixSide",
    "Heading",
    "Infobox",
    "declared_calendar",
    "majority",
]
