"""How ``julian-gregorian check`` writes its findings: text, JSON, JSON Lines, GitHub, SARIF.

Every format gets the same facts per finding: the path as given on the command line,
1-based line and column of the start and the (exclusive) end, the rule code and name,
the severity (``error``, ``warning``, ``info``), the message and the fix, if any.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from julian_gregorian import __version__
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules import RULES, RULES_BY_CODE, Rule

FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "github", "sarif")

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

_GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@dataclass(frozen=True)
class FileReport:
    """The findings of one checked input, and what is needed to place them."""

    name: str
    text: str
    findings: Sequence[Finding]
    dates: int

    def position(self, offset: int, near: Finding) -> tuple[int, int]:
        """1-based (line, column) of *offset*, counted from the place of *near* before it."""
        anchor = min(offset, near.offset)
        line, column = (near.line, near.column) if anchor == near.offset else (1, 1)
        start = anchor if anchor == near.offset else 0
        breaks = self.text.count("\n", start, offset)
        if breaks == 0:
            return line, column + offset - start
        return line + breaks, offset - self.text.rfind("\n", start, offset)


def finding_record(report: FileReport, finding: Finding) -> dict[str, Any]:
    """The JSON object of one finding (``json`` and ``jsonl`` formats)."""
    fix = finding.fix
    return {
        "path": report.name,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "offset": finding.offset,
        "end_offset": finding.end_offset,
        "code": finding.code,
        "name": RULES_BY_CODE[finding.code].name,
        "severity": finding.severity,
        "message": finding.message,
        "text": report.text[finding.offset : finding.end_offset],
        "fix": None
        if fix is None
        else {"offset": fix.offset, "end_offset": fix.end_offset, "replacement": fix.replacement},
    }


def render_text(reports: Sequence[FileReport]) -> str:
    """``path:line:col: CODE message`` lines and a summary line."""
    lines = [
        f"{report.name}:{finding.line}:{finding.column}: {finding.code} {finding.message}"
        for report in reports
        for finding in report.findings
    ]
    lines.append(summary(reports))
    return "\n".join(lines) + "\n"


def summary(reports: Sequence[FileReport]) -> str:
    """One line: how many problems of each severity, in how many files, how many fixable."""
    findings = [finding for report in reports for finding in report.findings]
    files = _count(len(reports), "file")
    dates = _count(sum(report.dates for report in reports), "date")
    if not findings:
        return f"No problems found: {dates} checked in {files}."
    by_severity = [
        _count(sum(1 for f in findings if f.severity == severity), label)
        for severity, label in (("error", "error"), ("warning", "warning"), ("info", "info"))
    ]
    shown = ", ".join(part for part in by_severity if not part.startswith("0 "))
    with_findings = sum(1 for report in reports if report.findings)
    where = files if with_findings == len(reports) else f"{with_findings} of {files}"
    line = f"Found {_count(len(findings), 'problem')} ({shown}) in {where}; {dates} checked."
    fixable = sum(1 for f in findings if f.fix is not None)
    if fixable:
        line += f" {fixable} fixable with --fix."
    return line


def _count(number: int, noun: str) -> str:
    if number == 1 or noun == "info":
        return f"{number} {noun}"
    return f"{number} {noun}s"


def render_json(reports: Sequence[FileReport]) -> str:
    records = [finding_record(r, f) for r in reports for f in r.findings]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(reports: Sequence[FileReport]) -> str:
    return "".join(
        json.dumps(finding_record(r, f), ensure_ascii=False) + "\n"
        for r in reports
        for f in r.findings
    )


def _github_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(value: str) -> str:
    return _github_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: Sequence[FileReport]) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    lines = []
    for report in reports:
        for f in report.findings:
            properties = ",".join(
                (
                    f"file={_github_property(report.name)}",
                    f"line={f.line}",
                    f"col={f.column}",
                    f"endLine={f.end_line}",
                    f"endColumn={f.end_column}",
                    f"title={_github_property(f.code)}",
                )
            )
            level = _GITHUB_LEVELS[f.severity]
            lines.append(f"::{level} {properties}::{_github_data(f'{f.code} {f.message}')}")
    return "".join(line + "\n" for line in lines)


def _uri(name: str) -> str:
    return quote(PurePath(name).as_posix() if name != "<stdin>" else "stdin")


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation.replace("\n", " ")},
        "help": {"text": rule.explanation},
        "defaultConfiguration": {"level": _SARIF_LEVELS[rule.severity]},
        "properties": {"opt-in": not rule.default, "fixable": rule.fixable},
    }


def _region(start: tuple[int, int], end: tuple[int, int]) -> dict[str, int]:
    return {"startLine": start[0], "startColumn": start[1], "endLine": end[0], "endColumn": end[1]}


def _sarif_result(report: FileReport, f: Finding, index: dict[str, int]) -> dict[str, Any]:
    location = {"artifactLocation": {"uri": _uri(report.name)}}
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": _SARIF_LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [
            {
                "physicalLocation": {
                    **location,
                    "region": _region((f.line, f.column), (f.end_line, f.end_column)),
                }
            }
        ],
    }
    if f.fix is not None:
        deleted = _region(report.position(f.fix.offset, f), report.position(f.fix.end_offset, f))
        result["fixes"] = [
            {
                "description": {"text": f"write {f.fix.replacement!r}"},
                "artifactChanges": [
                    {
                        **location,
                        "replacements": [
                            {
                                "deletedRegion": deleted,
                                "insertedContent": {"text": f.fix.replacement},
                            }
                        ],
                    }
                ],
            }
        ]
    return result


def render_sarif(reports: Sequence[FileReport]) -> str:
    """A SARIF 2.1.0 log with one run; columns count Unicode code points, as ours do."""
    index = {rule.code: position for position, rule in enumerate(RULES)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "julian-gregorian",
                        "version": __version__,
                        "rules": [_sarif_rule(rule) for rule in RULES],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_sarif_result(r, f, index) for r in reports for f in r.findings],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[str, Callable[[Sequence[FileReport]], str]] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "github": render_github,
    "sarif": render_sarif,
}
