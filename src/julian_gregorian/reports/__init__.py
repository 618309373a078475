"""Reports of the checker's findings, as ``julian-gregorian check --format`` writes them.

Each renderer takes a sequence of :class:`FileReport` (one per checked text) and returns
the whole report as a string: :func:`render_text`, :func:`render_json`,
:func:`render_jsonl`, :func:`render_github` (GitHub Actions annotations) and
:func:`render_sarif` (SARIF 2.1.0); :func:`write_html_report` writes the static HTML
report of :class:`CheckedFile` into a folder.

>>> from julian_gregorian.checks import check_text
>>> text = "He was buried on 2 January [O.S. 21 December] 1917."
>>> report = FileReport.from_result("burial.txt", text, check_text(text))
>>> print(render_text([report]), end="")  # doctest: +ELLIPSIS
burial.txt:1:18: JG101 O.S. 21 December 1916 is N.S. 3 January 1917; ...
Found 1 problem (1 error) in 1 file; 1 date checked. 1 fixable with --fix.
>>> import json
>>> [(r["code"], r["name"], r["text"]) for r in json.loads(render_json([report]))]
[('JG101', 'wrong-offset', '2 January [O.S. 21 December] 1917')]
"""

from collections.abc import Callable, Sequence

from julian_gregorian._choices import REPORT_FORMATS
from julian_gregorian.reports.file_report import (
    INPUT_CODES,
    STDIN_NAME,
    FileReport,
    InputProblem,
    rule_name,
    shown_name,
    unreadable,
)
from julian_gregorian.reports.github import github_annotation, github_notice, render_github
from julian_gregorian.reports.html import CheckedFile, write_html_report
from julian_gregorian.reports.json_records import (
    FORMAT_VERSION,
    finding_record,
    render_json,
    render_jsonl,
)
from julian_gregorian.reports.sarif import render_sarif, sarif_log, sarif_results
from julian_gregorian.reports.text import (
    render_applied_fixes,
    render_statistics,
    render_text,
    summary,
)

#: The formats of ``julian-gregorian check --format`` but ``html`` (named apart, where
#: the command line's parser finds them without loading the renderers).
FORMATS: tuple[str, ...] = REPORT_FORMATS
#: The renderer of each format.
RENDERERS: dict[str, Callable[[Sequence[FileReport]], str]] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "github": render_github,
    "sarif": render_sarif,
}

__all__ = [
    "FORMATS",
    "FORMAT_VERSION",
    "INPUT_CODES",
    "RENDERERS",
    "STDIN_NAME",
    "CheckedFile",
    "FileReport",
    "InputProblem",
    "finding_record",
    "github_annotation",
    "github_notice",
    "render_applied_fixes",
    "render_github",
    "render_json",
    "render_jsonl",
    "render_sarif",
    "render_statistics",
    "render_text",
    "rule_name",
    "sarif_log",
    "sarif_results",
    "shown_name",
    "summary",
    "unreadable",
    "write_html_report",
]
