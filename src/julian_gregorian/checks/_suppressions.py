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

from julian_gregorian.checks.findings import Finding, Fix

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
        line_start = text.rfind("\n", 0, start) + 1
        line_end = _line_end(text, end)
        if not (text[line_start:start] + text[end:line_end]).strip():
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
    for match in _DIRECTIVE.finditer(text):
        named = match.group("bracketed") or match.group("listed") or ""
        codes = frozenset(code.upper() for code in _CODE.findall(named))
        offset, end_offset = _written_span(text, match.start(), match.end())
        written = ((match.start(), match.end()), match.end("kind"), bool(match.group("bracketed")))
        if match.group("kind").lower() == "ignore-file":
            found.append(Directive("file", codes, offset, end_offset, 0, len(text), *written))
            continue
        start, end = _covered(text, offset, end_offset)
        found.append(Directive("line", codes, offset, end_offset, start, end, *written))
    return found


def _written_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the directive, widened to the HTML comment that holds it, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("<!--", line_start, start)
    if opening == -1 or text.find("-->", opening, start) != -1:
        return start, end
    closing = text.find("-->", end)
    line_end = _line_end(text, end)
    if closing == -1 or closing > line_end:
        return start, end
    return opening, closing + 3


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end == -1 else end


def _covered(text: str, offset: int, end_offset: int) -> tuple[int, int]:
    """The directive's line, or the paragraph after it when it stands alone on its line."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = _line_end(text, end_offset)
    alone = not (text[line_start:offset] + text[end_offset:line_end]).strip()
    if not alone:
        return line_start, line_end
    start = line_end + 1
    while start < len(text):
        next_end = _line_end(text, start)
        if text[start:next_end].strip():
            break
        start = next_end + 1
    start = min(start, len(text))
    blank = _BLANK_LINE.search(text, start)
    return start, blank.start() if blank else len(text)


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
        kept: list[Finding] = []
        silenced: list[Finding] = []
        for finding in findings:
            covering = [
                d
                for d in self.directives
                if d.covers(finding) and (finding.code in d.codes or not named_only)
            ]
            if not covering:
                kept.append(finding)
                continue
            silenced.append(finding)
            for directive in covering:
                directive.used.add(finding.code)
        return kept, silenced
