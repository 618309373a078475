"""A static HTML report of a check, as coverage.py's htmlcov: an index and a page per file.

The index lists the files with their counts by severity and by rule, in a table sorted
by clicking a header. Each file's page shows its text line by line with every date
highlighted by its state (consistent, error, warning, information, suppressed); the
message and the fix of each finding stand under its line and show on hover. Every page
stands alone: styles and the few lines of script are inline and nothing is fetched, so
the report opens from the disk or from a CI artifact as it is. The output depends only
on the input (no timestamps), so two runs give the same files.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Literal

from julian_gregorian import __version__
from julian_gregorian._line_breaks import as_newlines
from julian_gregorian.checks.check import CheckResult
from julian_gregorian.checks.findings import Finding
from julian_gregorian.errors import InputError

State = Literal["error", "warning", "info", "suppressed", "consistent"]
#: The state a stretch of text shows when several marks cover it: the most serious.
STATES: tuple[State, ...] = ("error", "warning", "info", "suppressed", "consistent")
_STATE_LABELS = {
    "error": "error",
    "warning": "warning",
    "info": "information",
    "suppressed": "suppressed",
    "consistent": "consistent",
}


@dataclass(frozen=True)
class CheckedFile:
    """One checked input: its name as given, its text, and what checking it gave."""

    name: str
    text: str
    result: CheckResult

    @property
    def shown_name(self) -> str:
        """The name as a page can show it: a byte that is not UTF-8 (kept by Python as a
        surrogate escape) is written ``\\xNN``."""
        raw = self.name.encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "backslashreplace")

    @property
    def page(self) -> str:
        """The file name of this input's page: readable, and unique through a hash."""
        slug = re.sub(r"[^A-Za-z0-9]+", "_", self.name).strip("_")[-60:] or "input"
        digest = hashlib.sha256(self.name.encode("utf-8", "surrogateescape")).hexdigest()
        return f"{slug}_{digest[:10]}.html"

    def counts(self) -> Counter[str]:
        """How many findings of each severity, and ``suppressed``."""
        counts: Counter[str] = Counter(f.severity for f in self.result.findings)
        counts["suppressed"] = len(self.result.suppressed)
        return counts


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    state: State
    label: str


def write_html_report(files: Sequence[CheckedFile], directory: Path) -> Path:
    """Write ``index.html`` and one page per file into *directory*; the index's path."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for file in files:
            (directory / file.page).write_text(render_page(file), encoding="utf-8")
        index = directory / "index.html"
        index.write_text(render_index(files), encoding="utf-8")
    except OSError as error:
        raise InputError(
            f"{directory}: the report cannot be written ({error.strerror or error})"
        ) from None
    return index


# -- the index ---------------------------------------------------------------------------


def render_index(files: Sequence[CheckedFile]) -> str:
    """The index page: one row per file, counts by severity and by rule, sortable."""
    codes = sorted({f.code for file in files for f in file.result.findings})
    header = "".join(
        f'<th data-type="{kind}" title="sort">{escape(label)}</th>'
        for kind, label in (
            ("text", "File"),
            ("number", "Dates"),
            ("number", "Errors"),
            ("number", "Warnings"),
            ("number", "Information"),
            ("number", "Suppressed"),
            *(("number", code) for code in codes),
        )
    )
    rows = []
    totals: Counter[int] = Counter()
    for file in files:
        counts = file.counts()
        by_rule = Counter(f.code for f in file.result.findings)
        numbers = [
            len(file.result.items),
            *(counts[state] for state in ("error", "warning", "info", "suppressed")),
            *(by_rule[code] for code in codes),
        ]
        totals.update(dict(enumerate(numbers)))
        name = escape(file.shown_name)
        cells = "".join(f'<td data-value="{n}" class="n{_zero(n)}">{n}</td>' for n in numbers)
        rows.append(
            f'<tr><td data-value="{name}"><a href="{escape(file.page)}">{name}</a></td>{cells}</tr>'
        )
    total_cells = "".join(f'<td class="n">{totals[i]}</td>' for i in range(5 + len(codes)))
    body = (
        f"<h1>julian-gregorian check</h1>\n"
        f"<p>{_plural(len(files), 'file')}. "
        f"Click a column header to sort; click a file to see its dates.</p>\n"
        f'<table id="files"><thead><tr>{header}</tr></thead>\n'
        f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n"
        f"<tfoot><tr><td>Total</td>{total_cells}</tr></tfoot></table>\n"
        f"<script>{_SORT_SCRIPT}</script>\n"
    )
    return _document("julian-gregorian check", body)


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _zero(number: int) -> str:
    return " zero" if number == 0 else ""


# -- a file's page -----------------------------------------------------------------------


def render_page(file: CheckedFile) -> str:
    """The page of one file: its text with the dates highlighted, and the findings."""
    text = file.text
    notes = _notes_by_line(file)
    rows = []
    for number, line in enumerate(_highlighted_lines(text, _marks(file)), start=1):
        rows.append(
            f'<tr id="L{number}"><td class="line"><a href="#L{number}">{number}</a></td>'
            f'<td class="text">{line}</td></tr>'
        )
        if number in notes:
            rows.append(f'<tr class="notes"><td></td><td>{"".join(notes[number])}</td></tr>')
    counts = file.counts()
    legend = "".join(
        f'<span class="date {state}">{_STATE_LABELS[state]}</span> '
        for state in STATES
        if state == "consistent" or counts[state]
    )
    summary = ", ".join(
        _plural(counts[state], state)
        if state in ("error", "warning")
        else f"{counts[state]} {_STATE_LABELS[state]}"
        for state in ("error", "warning", "info", "suppressed")
        if counts[state]
    )
    body = (
        f'<p><a id="index" href="index.html">&larr; all files</a></p>\n'
        f"<h1>{escape(file.shown_name)}</h1>\n"
        f"<p>{_plural(len(file.result.items), 'date')}; {summary or 'no finding'}.</p>\n"
        f'<p class="legend">{legend}</p>\n'
        f'<table class="source">\n{chr(10).join(rows)}\n</table>\n'
    )
    return _document(f"{file.shown_name}: julian-gregorian check", body)


def _marks(file: CheckedFile) -> list[_Mark]:
    marks = [
        _Mark(item.offset, item.end_offset, "consistent", f"{item.text}: consistent")
        for item in file.result.items
    ]
    for finding in file.result.findings:
        marks.append(_Mark(finding.offset, finding.end_offset, finding.severity, _label(finding)))
    for finding in file.result.suppressed:
        label = f"{_label(finding)} (suppressed)"
        marks.append(_Mark(finding.offset, finding.end_offset, "suppressed", label))
    return [mark for mark in marks if mark.end > mark.start]


def _label(finding: Finding) -> str:
    return f"{finding.code} {finding.message}"


def _fix_words(text: str, finding: Finding) -> str | None:
    fix = finding.fix
    if fix is None:
        return None
    return f"fix: {text[fix.offset : fix.end_offset]!r} \u2192 {fix.replacement!r}"


def _notes_by_line(file: CheckedFile) -> dict[int, list[str]]:
    notes: dict[int, list[str]] = {}
    entries: list[tuple[Finding, State]] = [(f, f.severity) for f in file.result.findings]
    entries += [(f, "suppressed") for f in file.result.suppressed]
    entries.sort(key=lambda entry: entry[0].sort_key())
    for number, (finding, state) in enumerate(entries, start=1):
        fix = _fix_words(file.text, finding)
        shown_state = _STATE_LABELS[state]
        notes.setdefault(finding.line, []).append(
            f'<div class="note {state}" id="f{number}">'
            f'<span class="code">{escape(finding.code)}</span> '
            f'<span class="state">{shown_state}</span> '
            f'<span class="message">{escape(finding.message)}</span>'
            + (f'<div class="fix">{escape(fix)}</div>' if fix else "")
            + "</div>"
        )
    return notes


def _pieces(text: str, marks: Sequence[_Mark]) -> Iterator[tuple[int, int, list[_Mark]]]:
    """(start, end, marks covering it) for consecutive stretches of *text*."""
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    by_start: dict[int, list[_Mark]] = {}
    for mark in marks:
        by_start.setdefault(mark.start, []).append(mark)
    active: list[_Mark] = []
    for start, end in pairwise(points):
        active = [mark for mark in active if mark.end > start] + by_start.get(start, [])
        yield start, end, active


def _highlighted_lines(text: str, marks: Sequence[_Mark]) -> list[str]:
    """The lines of *text* as HTML, each stretch under marks wrapped in a span."""
    text = as_newlines(text)  # (a "\r" alone ends a line, as for the findings' lines)
    lines: list[list[str]] = [[]]
    for start, end, covering in _pieces(text, marks):
        chunks = text[start:end].split("\n")
        opening = closing = ""
        if covering:
            state = min((mark.state for mark in covering), key=STATES.index)
            title = "\n".join(dict.fromkeys(mark.label for mark in covering))
            opening = f'<span class="date {state}" title="{escape(title)}">'
            closing = "</span>"
        for index, chunk in enumerate(chunks):
            if index:
                lines.append([])
            shown = escape(chunk.replace("\r", ""))
            if shown:
                lines[-1].append(f"{opening}{shown}{closing}")
    if len(lines) > 1 and not lines[-1]:
        lines.pop()  # the text's final line break opens no line
    return ["".join(parts) for parts in lines]


# -- shared ------------------------------------------------------------------------------


def _document(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n{body}"
        f"<footer>julian-gregorian {escape(__version__)}</footer>\n</body>\n</html>\n"
    )


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; }
#files th, #files td { border-bottom: 1px solid #ddd; padding: 0.25em 0.7em; }
#files th { cursor: pointer; background: #f3f3f3; text-align: left; }
#files th[aria-sort=ascending]::after { content: " \\25B2"; }
#files th[aria-sort=descending]::after { content: " \\25BC"; }
#files td.n, #files td[data-value]:not(:first-child) { text-align: right; }
#files td.zero { color: #aaa; }
#files tfoot td { font-weight: bold; }
table.source { font-family: ui-monospace, monospace; font-size: 0.9em; width: 100%; }
table.source td.line { color: #999; text-align: right; padding-right: 0.8em;
  vertical-align: top; user-select: none; }
table.source td.line a { color: inherit; text-decoration: none; }
table.source td.text { white-space: pre-wrap; word-break: break-word; }
.date { border-radius: 3px; padding: 0 1px; cursor: help; }
.date.consistent { background: #d7f5dc; }
.date.error { background: #ffc9c9; outline: 1px solid #d33; }
.date.warning { background: #ffe8a8; outline: 1px solid #c90; }
.date.info { background: #d6e6ff; }
.date.suppressed { background: #e8e8e8; color: #666; text-decoration: line-through dotted; }
.legend .date { margin-right: 0.5em; }
tr.notes td { padding: 0.2em 0 0.6em 0; }
.note { font-family: system-ui, sans-serif; margin: 0.15em 0; padding: 0.3em 0.6em;
  border-left: 4px solid #999; background: #fafafa; white-space: normal; }
.note.error { border-color: #d33; }
.note.warning { border-color: #c90; }
.note.info { border-color: #36c; }
.note.suppressed { color: #777; }
.note .code { font-weight: bold; }
.note .state { font-size: 0.85em; text-transform: uppercase; color: #555; }
.note .fix { font-family: ui-monospace, monospace; color: #060; margin-top: 0.2em; }
footer { margin-top: 2em; color: #999; font-size: 0.8em; }
"""

_SORT_SCRIPT = """
(function () {
  var table = document.getElementById("files");
  var headers = table.tHead.rows[0].cells;
  function sortBy(column) {
    var th = headers[column];
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    for (var i = 0; i < headers.length; i++) { headers[i].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var numeric = th.getAttribute("data-type") === "number";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-value");
      var y = b.cells[column].getAttribute("data-value");
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  Array.prototype.forEach.call(headers, function (th, column) {
    th.addEventListener("click", function () { sortBy(column); });
  });
})();
"""

__all__ = [
    "STATES",
    "CheckedFile",
    "State",
    "render_index",
    "render_page",
    "write_html_report",
]
