"""Suppression directives: an editor silences a finding in the article itself.

Two spellings, both recognised in every kind of text:

- an HTML comment, for wikitext, HTML and Markdown, which readers never see:
  ``<!-- julian-gregorian: ignore JG101 -->``, ``<!-- julian-gregorian: ignore JG101, JG102 -->``
  or ``<!-- julian-gregorian: ignore -->`` (every rule);
- a bracketed form for plain text: ``julian-gregorian: ignore[JG101]``,
  ``julian-gregorian: ignore[JG101,JG102]`` or ``julian-gregorian: ignore``.

A directive written in text shown as written (Markdown code, ``<pre>``, ``<nowiki>``,
``<syntaxhighlight>``) is an example of one, not a directive.

A directive that shares its line with other text covers that line (a wikitext paragraph
is one line); a directive alone on its line covers the paragraph that follows it, up to
the next blank line. ``ignore-file`` instead of ``ignore`` covers the whole text,
wherever it stands. Each directive remembers which of its codes silenced something, so
that the unused ones can be reported (rule JG502, opt-in, like ruff's RUF100).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from julian_gregorian.checks._reach import Reach
from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.text._link.footnotes import LastBefore, LineEnds

DirectiveKind = Literal["line", "file"]

_DIRECTIVE = re.compile(
    r"julian-gregorian:[ \t]*(?P<kind>ignore-file|ignore)(?![\w-])"
    r"(?:\[(?P<bracketed>[^\]\n]*)\]|(?P<listed>(?:[ \t]*,?[ \t]*JG\d{3}\b)*))",
    re.IGNORECASE,
)
_CODE = re.compile(r"JG\d{3}", re.IGNORECASE)
#: Where a directive may stand: ``julian-gregorian:`` in any case, found from its hyphen
#: (the one character of it without a case): the regex engine skips to each hyphen of the
#: text, where the marker searched for whole in any case is tried at every character (a
#: tenth as fast over the bench dump's pages, 185 ms per 40 MB).
_MARKER = re.compile("-(?<=(?i:julian)-)(?i:gregorian:)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A character that is not white space, as ``str.strip`` reads it.
_VISIBLE = re.compile(r"\S")
_CLOSING = re.compile("-->")


@dataclass
class Directive:
    """One directive: where it is written, what it covers and which codes it names.

    ``codes`` is empty when the directive names none (it then silences every rule);
    ``used`` collects the codes of the findings it silenced.
    """

    kind: DirectiveKind
    codes: frozenset[str]
    #: The directive as written: its HTML comment when it stands in one.
    offset: int
    end_offset: int
    #: The span of text whose findings it silences.
    start: int
    end: int
    #: ``julian-gregorian: ignore JG101`` itself, where its kind word ends, and whether
    #: the codes are in brackets: what a fix that drops some codes rewrites.
    words: tuple[int, int]
    kind_end: int
    bracketed: bool
    #: The line the directive is written on: its start, and its end (its ``\n``, or the
    #: end of the text), where a fix that takes the directive out looks.
    line: tuple[int, int]
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> bool:
        """Whether this directive silences *finding*."""
        if self.codes and finding.code not in self.codes:
            return False
        return finding.offset < self.end and finding.end_offset > self.start

    def unused_codes(self) -> list[str]:
        """The codes named that silenced nothing; ``[]`` for a code-less one that did."""
        if not self.codes:
            return [] if self.used else ["*"]
        return sorted(self.codes - self.used)

    def cleanup(self, text: str) -> Fix | None:
        """The fix that takes the unused codes out of the directive, or the directive out
        of *text* (with its line when it stands alone) when nothing of it is used.

        >>> text = "A <!-- julian-gregorian: ignore JG101, JG102 --> b.\\n"
        >>> directive, = find_directives(text)
        >>> directive.used.add("JG101")
        >>> directive.cleanup(text).apply(text)
        'A <!-- julian-gregorian: ignore JG101 --> b.\\n'
        >>> directive.used.clear()
        >>> directive.cleanup(text).apply(text)
        'A b.\\n'
        """
        unused = self.unused_codes()
        if not unused:
            return None
        kept = sorted(self.codes - set(unused))
        if kept:
            head = text[self.words[0] : self.kind_end]
            codes = f"[{','.join(kept)}]" if self.bracketed else f" {', '.join(kept)}"
            return Fix(self.words[0], self.words[1], head + codes)
        start, end = self.offset, self.end_offset
        line_start, line_end = self.line
        if _blank(text, line_start, start) and _blank(text, end, line_end):
            return Fix(line_start, min(line_end + 1, len(text)), "")
        while start > line_start and text[start - 1] in " \t":
            start -= 1
        return Fix(start, end, "")


def find_directives(text: str) -> list[Directive]:
    """Every suppression directive of *text*, in text order.

    >>> text = "A <!-- julian-gregorian: ignore JG101, jg102 --> line.\\nB\\n"
    >>> directive, = find_directives(text)
    >>> directive.kind, sorted(directive.codes), text[directive.start : directive.end]
    ('line', ['JG101', 'JG102'], 'A <!-- julian-gregorian: ignore JG101, jg102 --> line.')
    >>> text = "julian-gregorian: ignore[JG201]\\nfirst line\\nsecond line\\n\\nnext paragraph"
    >>> directive, = find_directives(text)
    >>> text[directive.start : directive.end]
    'first line\\nsecond line'
    """
    if _MARKER.search(text) is None:
        return []
    found: list[Directive] = []
    marks = _Marks(text)
    for match in _DIRECTIVE.finditer(text):
        named = match.group("bracketed") or match.group("listed") or ""
        codes = frozenset(code.upper() for code in _CODE.findall(named))
        offset, end_offset, line = _written_span(match.start(), match.end(), marks)
        written = ((match.start(), match.end()), match.end("kind"), bool(match.group("bracketed")))
        if match.group("kind").lower() == "ignore-file":
            found.append(
                Directive("file", codes, offset, end_offset, 0, len(text), *written, line=line)
            )
            continue
        start, end = _covered(text, offset, end_offset, line, marks)
        found.append(Directive("line", codes, offset, end_offset, start, end, *written, line=line))
    return found


def _written_span(start: int, end: int, marks: _Marks) -> tuple[int, int, tuple[int, int]]:
    """The span of the directive, widened to the HTML comment that holds it, if any, and
    its line (start, end)."""
    line = (marks.newline_before.before(start) + 1, marks.line_end(end))
    opening = marks.opening_before.before(start)
    if opening < line[0] or marks.closing_before.before(start) >= opening:
        return start, end, line
    closing = marks.closing_after.at(end)
    if closing == -1 or closing > line[1]:
        return start, end, line
    return opening, closing + 3, line


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is white space only, looked at in place, not copied
    (see :class:`_Marks`)."""
    return _VISIBLE.search(text, start, end) is None


def _covered(
    text: str, offset: int, end_offset: int, line: tuple[int, int], marks: _Marks
) -> tuple[int, int]:
    """The directive's line, or the paragraph after it when it stands alone on its line."""
    line_start, line_end = line
    alone = _blank(text, line_start, offset) and _blank(text, end_offset, line_end)
    if not alone:
        return line_start, line_end
    start = line_end + 1
    while start < len(text):
        next_end = marks.line_end(start)
        if not _blank(text, start, next_end):
            break
        start = next_end + 1
    start = min(start, len(text))
    blank = marks.blank_line_after.at(start)
    return start, len(text) if blank == -1 else blank


class _Marks:
    """The line breaks and comment marks around the directives of one text, looked for
    from one directive to the next: the text is searched once, not from each directive
    to the start or the end of its line (6,000 directives on one line of 150 KB took
    9 s, each copying its line and searching it)."""

    def __init__(self, text: str) -> None:
        whole = len(text)  # (how far back the last one is looked for: the whole text)
        self.newline_before = LastBefore(text, "\n", whole)
        self.opening_before = LastBefore(text, "<!--", whole)
        self.closing_before = LastBefore(text, "-->", whole)
        self.closing_after = _NextFrom(text, _CLOSING)
        self.blank_line_after = _NextFrom(text, _BLANK_LINE)
        self._line_ends = LineEnds(text)

    def line_end(self, offset: int) -> int:
        """Where the line of *offset* ends: at its ``\\n``, or at the end of the text."""
        return self._line_ends.after(offset)


class _NextFrom:
    """Where *pattern* next occurs from an offset on (-1: nowhere). Asked in text order,
    the occurrence found last is the next one until the offsets pass it (a search of
    these patterns does not depend on where it began), so that the text is searched
    once."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self._text, self._pattern = text, pattern
        self._searched_from = len(text) + 1  # (nothing searched yet)
        self._found = -1

    def at(self, offset: int) -> int:
        if offset < self._searched_from or -1 < self._found < offset:
            match = self._pattern.search(self._text, offset)
            self._found = -1 if match is None else match.start()
            self._searched_from = offset
        return self._found


class Suppressions:
    """The directives of one text, and which findings they silence."""

    def __init__(self, text: str, literal: Callable[[int], bool] | None = None) -> None:
        """The directives of *text*, but those that *literal* says stand in text shown
        as written (code, ``<pre>``, ``<nowiki>``): examples of directives."""
        directives = find_directives(text)
        if directives and literal is not None:
            directives = [d for d in directives if not literal(d.words[0])]
        self.directives = directives

    def partition(
        self, findings: Iterable[Finding], *, named_only: bool = False
    ) -> tuple[list[Finding], list[Finding]]:
        """(kept, silenced) findings; each directive records the codes it silenced.

        With *named_only*, only directives that name a finding's code silence it: a bare
        ``ignore`` must not hide the report that it is itself unused.
        """
        findings = list(findings)
        if not self.directives:
            return findings, []
        # (by bisection, not each finding against each directive: 2,000 wrong pairs with
        # a directive each cost 4 million comparisons)
        covering = _Covering(self.directives, named_only)
        kept: list[Finding] = []
        silenced: list[Finding] = []
        for finding in findings:
            covered = covering.covers(finding.code, finding.offset, finding.end_offset)
            (silenced if covered else kept).append(finding)
        _record_use(self.directives, silenced, named_only)
        return kept, silenced


class _Covering:
    """Whether one of *directives* silences a finding: one that names its code, or (but
    *named_only*) one that names none, whose span it overlaps (:meth:`Directive.covers`)."""

    def __init__(self, directives: list[Directive], named_only: bool) -> None:
        by_code: dict[str, list[tuple[int, int]]] = {}
        for directive in directives:
            for code in directive.codes:
                by_code.setdefault(code, []).append((directive.start, directive.end))
        self._named = {code: Reach(spans) for code, spans in by_code.items()}
        bare = [] if named_only else [(d.start, d.end) for d in directives if not d.codes]
        self._bare = Reach(bare)

    def covers(self, code: str, offset: int, end_offset: int) -> bool:
        named = self._named.get(code)
        if named is not None and named.overlaps(offset, end_offset):
            return True
        return self._bare.overlaps(offset, end_offset)


def _record_use(directives: list[Directive], silenced: list[Finding], named_only: bool) -> None:
    """Add to each directive the codes of the *silenced* findings it covers, code by code
    (a directive that covers a finding silences it, whichever other one does too)."""
    by_code: dict[str, list[tuple[int, int]]] = {}
    for finding in silenced:
        by_code.setdefault(finding.code, []).append((finding.offset, finding.end_offset))
    found = {code: Reach(spans) for code, spans in by_code.items()}
    for directive in directives:
        if directive.codes:
            codes: Iterable[str] = directive.codes & found.keys()
        else:
            codes = () if named_only else found.keys()
        for code in codes:
            if found[code].overlaps(directive.start, directive.end):
                directive.used.add(code)
