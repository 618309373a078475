"""The SARIF 2.1.0 report, for code scanning (GitHub's upload-sarif and other viewers).

Paths under the current folder are relative to ``%SRCROOT%``; SARIF URIs
percent-encode the bytes of an input's name.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from functools import cache
from hashlib import sha256
from pathlib import Path
from typing import Any
from urllib.parse import quote

from julian_gregorian import __version__
from julian_gregorian.checks._structured_rules import FILE_RULES
from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules import RULES, Rule
from julian_gregorian.reports.file_report import INPUT_CODES, STDIN_NAME, FileReport

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

#: Where the rules are documented: ``docs/checks.md``, one anchor per rule (SARIF helpUri).
RULE_DOCS = "https://github.com/julian-gregorian/julian-gregorian/blob/main/docs/checks.md"

_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}

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
        "fullDescription": {"text": rule.about.what},
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


__all__ = [
    "RULE_DOCS",
    "SARIF_SCHEMA",
    "SOURCE_ROOT",
    "artifact_location",
    "fingerprints",
    "render_sarif",
    "sarif_log",
    "sarif_results",
]
