"""How ``julian-gregorian check`` writes its findings: text, JSON, JSON Lines, GitHub, SARIF.

Every format gets the same facts per finding: the path as given on the command line,
1-based line and column of the start and the (exclusive) end, the rule code and name,
the severity (``error``, ``warning``, ``info``), the message and the fix, if any.

An input that could not be read (JG900) or whose fix could not be written (JG901) is
reported in every format as a finding at line 1, column 1 of that input, so that it is
never lost in a log that only the report reaches. Names of inputs are written with
``shown_name``'s escapes (``\\xNN`` for a byte that is not UTF-8); SARIF URIs
percent-encode the name's bytes instead.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from hashlib import sha256
from pathlib import Path
from typing import Any
from urllib.parse import quote

from julian_gregorian import __version__
from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.findings import Finding, Fix, Severity
from julian_gregorian.checks.rules import RULES, RULES_BY_CODE, Rule
from julian_gregorian.cli.file_checks import FILE_RULES, FILE_RULES_BY_CODE
from julian_gregorian.cli.inputs import STDIN_NAME, shown_name
from julian_gregorian.text.items import Item

FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "github", "sarif")

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: The version of the records of ``--format json`` and ``jsonl`` (docs/schemas/).
FORMAT_VERSION = 1
#: Where the rules are documented: ``docs/checks.md``, one anchor per rule (SARIF helpUri).
RULE_DOCS = "https://github.com/julian-gregorian/julian-gregorian/blob/main/docs/checks.md"
#: GitHub shows at most this many annotations of each type per step, and of all per job.
GITHUB_SHOWN_PER_TYPE, GITHUB_SHOWN_PER_JOB = 10, 50

_GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


#: The codes of what the command, not a rule, reports about an input: (name, summary).
INPUT_CODES: dict[str, tuple[str, str]] = {
    "JG900": ("unreadable-input", "An input could not be read: it is not checked."),
    "JG901": ("fix-not-written", "A fix was not written: the file is left as it was."),
}


@dataclass(frozen=True)
class InputProblem:
    """Something about the input itself: it could not be read (JG900), or fixed (JG901)."""

    code: str
    severity: Severity
    message: str

    def as_finding(self) -> Finding:
        """The problem as a finding at the start of its input, for the report formats."""
        return Finding(self.code, self.severity, self.message, 0, 0, 1, 1, 1, 1)


@dataclass(frozen=True)
class FileReport:
    """The findings of one checked input, and what is needed to place them.

    ``text`` is the input from offset ``base`` on: all of it (``base`` 0), or, for a part
    of a file too large to hold, the lines of one finding.
    """

    name: str
    text: str
    findings: Sequence[Finding]
    dates: int
    #: What went wrong with the input itself: JG900, JG901.
    problems: Sequence[InputProblem] = ()
    #: The settings file that applied to the input (``None``: the defaults).
    settings: str | None = None
    #: The findings that suppression directives silenced, and the dates read (HTML report).
    suppressed: Sequence[Finding] = ()
    items: Sequence[Item] = ()
    #: The offset in the input of ``text``'s first character.
    base: int = 0
    #: A part of the report of a large file, which the file's own report counts.
    part: bool = False

    @property
    def read(self) -> bool:
        """Whether the input was read (no JG900)."""
        return not any(problem.code == "JG900" for problem in self.problems)

    def reported(self) -> list[Finding]:
        """The problems of the input, then its findings: what a report lists."""
        return [problem.as_finding() for problem in self.problems] + list(self.findings)

    def position(self, offset: int, near: Finding) -> tuple[int, int]:
        """1-based (line, column) of *offset*, counted from the place of *near* before it."""
        anchor = min(offset, near.offset)
        line, column = (near.line, near.column) if anchor == near.offset else (1, 1)
        start = anchor if anchor == near.offset else self.base
        at, end = start - self.base, offset - self.base
        breaks = self.text.count("\n", at, end)
        if breaks == 0:
            return line, column + offset - start
        return line + breaks, end - self.text.rfind("\n", at, end)

    def quoted(self, finding: Finding) -> str:
        """The text of *finding*."""
        return self.text[finding.offset - self.base : finding.end_offset - self.base]


def unreadable(name: str, reason: str) -> FileReport:
    """The report of an input that could not be read."""
    return FileReport(name, "", (), 0, (InputProblem("JG900", "error", reason),))


def _rule_name(code: str) -> str:
    known = INPUT_CODES.get(code)
    if known is not None:
        return known[0]
    return (RULES_BY_CODE.get(code) or FILE_RULES_BY_CODE[code]).name


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
        "name": _rule_name(finding.code),
        "severity": finding.severity,
        "message": finding.message,
        "text": report.quoted(finding),
        "fix": None
        if fix is None
        else {"offset": fix.offset, "end_offset": fix.end_offset, "replacement": fix.replacement},
        "settings": report.settings,
    }


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
        f"{count:>5}  {code}  {'[*]' if code in fixable else '   '} {_rule_name(code)}\n"
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


def render_json(reports: Sequence[FileReport]) -> str:
    records = [finding_record(r, f) for r in reports for f in r.reported()]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(reports: Sequence[FileReport]) -> str:
    return "".join(
        json.dumps(finding_record(r, f), ensure_ascii=False) + "\n"
        for r in reports
        for f in r.reported()
    )


def _github_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(value: str) -> str:
    return _github_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: Sequence[FileReport]) -> str:
    """GitHub Actions workflow commands: one annotation per finding.

    GitHub shows only the first 10 annotations of each type in a step (50 in a job); when
    there are more, a notice first says so and points to the SARIF upload.
    """
    levels = Counter(_GITHUB_LEVELS[f.severity] for r in reports for f in r.reported())
    lines = []
    total = sum(levels.values())
    if total > GITHUB_SHOWN_PER_JOB or any(n > GITHUB_SHOWN_PER_TYPE for n in levels.values()):
        counts = ", ".join(f"{levels[level]} {level}" for level in ("error", "warning", "notice"))
        lines.append(
            f"::notice title=julian-gregorian::{total} findings ({counts}): GitHub shows at "
            f"most {GITHUB_SHOWN_PER_TYPE} annotations of each type per step and "
            f"{GITHUB_SHOWN_PER_JOB} per job, so some are not shown here. Upload "
            "'julian-gregorian check --format sarif' to code scanning "
            "(github/codeql-action/upload-sarif) to see them all."
        )
    for report in reports:
        for f in report.reported():
            properties = ",".join(
                (
                    f"file={_github_property(shown_name(report.name))}",
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


SOURCE_ROOT = "%SRCROOT%"


def artifact_location(name: str, root: Path) -> dict[str, str]:
    """Where the input *name* is: relative to ``%SRCROOT%`` (*root*) when it lies under it,
    otherwise an absolute ``file://`` URI; the bytes of the name are percent-encoded.

    >>> artifact_location("articles/a b.txt", Path("/work"))
    {'uri': 'articles/a%20b.txt', 'uriBaseId': '%SRCROOT%'}
    >>> artifact_location("/tmp/a.txt", Path("/work"))
    {'uri': 'file:///tmp/a.txt'}
    """
    if name == STDIN_NAME:
        return {"uri": "stdin"}
    path = Path(os.path.normpath(root / name))
    try:
        relative = path.relative_to(root)
    except ValueError:
        return {"uri": path.as_uri()}
    return {"uri": quote(os.fsencode(relative.as_posix())), "uriBaseId": SOURCE_ROOT}


def fingerprints(report: FileReport, seen: Counter[str] | None = None) -> list[str]:
    """A fingerprint per reported finding of *report* that survives edits elsewhere in
    the file.

    It hashes the rule, the words of the finding's span and how many findings of that
    rule on the same words came before it: not the line, which moves when text is added.
    *seen* carries that count across the parts of a large file's report.
    """
    seen = Counter() if seen is None else seen
    found = []
    for finding in report.reported():
        words = " ".join(report.quoted(finding).split())
        key = f"{finding.code}\0{words}"
        counted = f"{report.name}\0{key}"
        seen[counted] += 1
        found.append(sha256(f"{key}\0{seen[counted]}".encode()).hexdigest()[:32])
    return found


def _sarif_rule(rule: Rule | FileRule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "helpUri": f"{RULE_DOCS}#{rule.code.lower()}-{rule.name}",
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation.replace("\n", " ")},
        "help": {"text": rule.explanation},
        "defaultConfiguration": {"level": _SARIF_LEVELS[rule.severity]},
        "properties": {"opt-in": not rule.default, "fixable": rule.fixable},
    }


def _sarif_input_rule(code: str) -> dict[str, Any]:
    name, summary = INPUT_CODES[code]
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "defaultConfiguration": {"level": "error"},
    }


def _region(start: tuple[int, int], end: tuple[int, int]) -> dict[str, int]:
    return {"startLine": start[0], "startColumn": start[1], "endLine": end[0], "endColumn": end[1]}


def _sarif_results(
    report: FileReport, index: dict[str, int], root: Path, seen: Counter[str] | None = None
) -> list[dict[str, Any]]:
    location = {"artifactLocation": artifact_location(report.name, root)}
    return [
        _sarif_result(report, f, index, location, fingerprint)
        for f, fingerprint in zip(report.reported(), fingerprints(report, seen), strict=True)
    ]


def _sarif_result(
    report: FileReport,
    f: Finding,
    index: dict[str, int],
    location: dict[str, Any],
    fingerprint: str,
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": _SARIF_LEVELS[f.severity],
        "message": {"text": f.message},
        "partialFingerprints": {"julianGregorianFinding/v1": fingerprint},
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
    """A SARIF 2.1.0 log with one run; columns count Unicode code points, as ours do.

    The run's invocation says whether every input was read and written
    (``executionSuccessful``), and lists the settings files that applied
    (``properties.settingsFiles``). Paths under the current folder are relative to
    ``%SRCROOT%``, which ``originalUriBaseIds`` sets to that folder; others are absolute
    ``file://`` URIs.
    """
    failed = any(p.severity == "error" for r in reports for p in r.problems)
    settings = sorted({r.settings for r in reports if r.settings is not None})
    seen: Counter[str] = Counter()  # across the parts of a large file's report
    results = [result for r in reports for result in sarif_results(r, seen)]
    return sarif_log(results, failed, settings)


def _sarif_rules() -> list[dict[str, Any]]:
    described: list[Rule | FileRule] = [*RULES, *FILE_RULES]
    rules = [_sarif_rule(rule) for rule in described]
    return rules + [_sarif_input_rule(code) for code in INPUT_CODES]


def sarif_results(report: FileReport, seen: Counter[str] | None = None) -> list[dict[str, Any]]:
    """The SARIF results of the findings of *report*, paths placed from the current folder
    (*seen*: the fingerprints' counts so far, see :func:`fingerprints`)."""
    return _sarif_results(report, _rule_index(), Path.cwd(), seen)


@cache
def _rule_index() -> dict[str, int]:
    return {rule["id"]: position for position, rule in enumerate(_sarif_rules())}


def sarif_log(
    results: Sequence[dict[str, Any]], failed: bool = False, settings: Sequence[str] = ()
) -> str:
    """The SARIF 2.1.0 log of one run with *results*; *failed* if an input was not read."""
    root = Path.cwd()
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "julian-gregorian",
                        "version": __version__,
                        "rules": _sarif_rules(),
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not failed,
                        "properties": {"settingsFiles": list(settings)},
                    }
                ],
                "originalUriBaseIds": {SOURCE_ROOT: {"uri": root.as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": list(results),
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
