"""The plain-text report: ``path:line:col: CODE message`` lines, a summary, statistics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.reports.file_report import FileReport, rule_name, shown_name


def render_text(reports: Sequence[FileReport], *, show_fixes: bool = False) -> str:
    """``path:line:col: CODE message`` lines and a summary line; with *show_fixes*, the
    fix of a finding on an indented line under it."""
    lines = []
    for report in reports:
        for finding in report.reported():
            lines.append(f"{_place(report.name, finding)} {finding.code} {finding.message}")
            if show_fixes and finding.fix is not None:
                lines.append(f"    fix: {_fix_words(report.text, finding.fix)}")
    lines.append(summary(reports))
    return "\n".join(lines) + "\n"


def _place(name: str, finding: Finding) -> str:
    return f"{shown_name(name)}:{finding.line}:{finding.column}:"


def _fix_words(text: str, fix: Fix) -> str:
    return f"{text[fix.offset : fix.end_offset]!r} \u2192 {fix.replacement!r}"


def render_applied_fixes(fixed: Sequence[tuple[str, Finding]]) -> str:
    """``--fix --show-fixes``: one line per fix applied, placed as before the fix."""
    lines = []
    for name, finding in fixed:
        fix, item = finding.fix, finding.item
        if fix is None:
            continue
        if item is not None and item.offset <= fix.offset <= fix.end_offset <= item.end_offset:
            words = _fix_words(
                item.text,
                replace(
                    fix, offset=fix.offset - item.offset, end_offset=fix.end_offset - item.offset
                ),
            )
        else:
            words = repr(fix.replacement)
        lines.append(f"{_place(name, finding)} {finding.code} fixed: {words}\n")
    return "".join(lines)


def render_statistics(reports: Sequence[FileReport]) -> str:
    """``--statistics``: the number of findings of each rule, most first; ``[*]`` marks
    rules whose findings here have fixes."""
    counts = Counter(f.code for r in reports for f in r.reported())
    fixable = {f.code for r in reports for f in r.findings if f.fix is not None}
    return "".join(
        f"{count:>5}  {code}  {'[*]' if code in fixable else '   '} {rule_name(code)}\n"
        for code, count in sorted(counts.items(), key=lambda entry: (-entry[1], entry[0]))
    )


def summary(reports: Sequence[FileReport]) -> str:
    """One line: how many problems of each severity, in how many files, how many fixable,
    and how many inputs could not be read or fixed."""
    read = [report for report in reports if report.read]
    findings = [finding for report in read for finding in report.findings]
    files_read = sum(1 for report in read if not report.part)
    files = _count(files_read, "file")
    dates = _count(sum(report.dates for report in read), "date")
    unread = sum(1 for report in reports if not report.read)
    unwritten = sum(1 for r in reports for p in r.problems if p.code == "JG901")
    if not findings and not unread and not unwritten:
        return f"No problems found: {dates} checked in {files}."
    if findings:
        by_severity = [
            _count(sum(1 for f in findings if f.severity == severity), label)
            for severity, label in (("error", "error"), ("warning", "warning"), ("info", "info"))
        ]
        shown = ", ".join(part for part in by_severity if not part.startswith("0 "))
        parted = {report.name for report in read if report.part and report.findings}
        with_findings = sum(1 for r in read if not r.part and (r.findings or r.name in parted))
        where = files if with_findings == files_read else f"{with_findings} of {files}"
        line = f"Found {_count(len(findings), 'problem')} ({shown}) in {where}; {dates} checked."
    else:
        line = f"No problem in the {files} read; {dates} checked."
    fixable = sum(1 for f in findings if f.fix is not None)
    if fixable:
        line += f" {fixable} fixable with --fix."
    if unread:
        line += f" {_count(unread, 'input')} could not be read (JG900)."
    if unwritten:
        line += f" {_count(unwritten, 'fix', 'fixes')} not written (JG901)."
    return line


def _count(number: int, noun: str, plural: str | None = None) -> str:
    if number == 1 or noun == "info":
        return f"{number} {noun}"
    return f"{number} {plural or noun + 's'}"


__all__ = [
    "render_applied_fixes",
    "render_statistics",
    "render_text",
    "summary",
]
