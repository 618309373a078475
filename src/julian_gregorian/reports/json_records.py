"""The JSON reports: one array of finding records, or one record a line (JSON Lines).

The records' fields are described by the schemas of docs/schemas/.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from julian_gregorian.checks.findings import Finding
from julian_gregorian.reports.file_report import FileReport, rule_name, shown_name

#: The version of the records of ``--format json`` and ``jsonl`` (docs/schemas/).
FORMAT_VERSION = 1


def finding_record(report: FileReport, finding: Finding) -> dict[str, Any]:
    """The JSON object of one finding (``json`` and ``jsonl`` formats)."""
    fix = finding.fix
    # The record of a GEDCOM, TEI or Wikidata finding (@I1@); article findings have none.
    record = {} if finding.record is None else {"record": finding.record}
    return {
        "format_version": FORMAT_VERSION,
        **record,
        "path": shown_name(report.name),
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "offset": finding.offset,
        "end_offset": finding.end_offset,
        "code": finding.code,
        "name": rule_name(finding.code),
        "severity": finding.severity,
        "message": finding.message,
        "text": report.quoted(finding),
        "fix": None
        if fix is None
        else {"offset": fix.offset, "end_offset": fix.end_offset, "replacement": fix.replacement},
        "settings": report.settings,
    }


def render_json(reports: Sequence[FileReport]) -> str:
    records = [finding_record(r, f) for r in reports for f in r.reported()]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(reports: Sequence[FileReport]) -> str:
    return "".join(
        json.dumps(finding_record(r, f), ensure_ascii=False) + "\n"
        for r in reports
        for f in r.reported()
    )


__all__ = [
    "FORMAT_VERSION",
    "finding_record",
    "render_json",
    "render_jsonl",
]
