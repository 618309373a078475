"""The GitHub Actions report: workflow commands that annotate the lines of a change."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from julian_gregorian.reports.file_report import FileReport
from julian_gregorian.reports.json_records import finding_record

#: GitHub shows at most this many annotations of each type per step, and of all per job.
GITHUB_SHOWN_PER_TYPE, GITHUB_SHOWN_PER_JOB = 10, 50


_GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _github_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(value: str) -> str:
    return _github_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: Sequence[FileReport]) -> str:
    """GitHub Actions workflow commands: one annotation per finding.

    GitHub shows only the first 10 annotations of each type in a step (50 in a job); when
    there are more, a notice first says so and points to the SARIF upload.
    """
    notice = github_notice(Counter(f.severity for r in reports for f in r.reported()))
    return notice + "".join(
        github_annotation(finding_record(report, finding))
        for report in reports
        for finding in report.reported()
    )


def github_notice(severities: Counter[str]) -> str:
    """The notice that starts the annotations when GitHub would hide some of them (the
    number of findings of each severity is *severities*), or nothing."""
    levels = Counter({_GITHUB_LEVELS[severity]: n for severity, n in severities.items()})
    total = sum(levels.values())
    if total <= GITHUB_SHOWN_PER_JOB and all(n <= GITHUB_SHOWN_PER_TYPE for n in levels.values()):
        return ""
    counts = ", ".join(f"{levels[level]} {level}" for level in ("error", "warning", "notice"))
    return (
        f"::notice title=julian-gregorian::{total} findings ({counts}): GitHub shows at "
        f"most {GITHUB_SHOWN_PER_TYPE} annotations of each type per step and "
        f"{GITHUB_SHOWN_PER_JOB} per job, so some are not shown here. Upload "
        "'julian-gregorian check --format sarif' to code scanning "
        "(github/codeql-action/upload-sarif) to see them all.\n"
    )


def github_annotation(record: dict[str, Any], prefix: str = "") -> str:
    """The workflow command of one finding's JSON record, its message after *prefix*."""
    properties = ",".join(
        (
            f"file={_github_property(record['path'])}",
            f"line={record['line']}",
            f"col={record['column']}",
            f"endLine={record['end_line']}",
            f"endColumn={record['end_column']}",
            f"title={_github_property(record['code'])}",
        )
    )
    level = _GITHUB_LEVELS[record["severity"]]
    message = _github_data(f"{prefix}{record['code']} {record['message']}")
    return f"::{level} {properties}::{message}\n"


__all__ = [
    "github_annotation",
    "github_notice",
    "render_github",
]
