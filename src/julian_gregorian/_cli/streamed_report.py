"""The report of a run written as it goes: the pages of dumps and files, in one output.

A run that names a dump, or that runs on Dask or resumes, cannot hold every input's
text until the end, as a run on a few files does: each input's findings are written as
soon as it is checked (text, JSON Lines), or kept as records and written at the end
(JSON, SARIF, GitHub, whose document or first line depends on them all). Only the
findings are kept, never the texts, so memory grows with the findings, not the inputs.

The bytes of each finding are those a run on files writes; the run ends with one
summary: the files' summary line when no dump was read, otherwise a line that counts
the pages and the files read (see ``docs/dumps.md``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import IO, Any

from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.dumps import PageReport
from julian_gregorian.reports import (
    FileReport,
    finding_record,
    github_annotation,
    github_notice,
    render_statistics,
    render_text,
    sarif_log,
    sarif_results,
    summary,
)


@dataclass
class Summary:
    """What a run with dumps read and found, for the line at the end."""

    pages: int = 0
    files: int = 0
    with_dates: int = 0
    dates: int = 0
    unread: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)

    def add_page(self, report: PageReport) -> None:
        self.pages += 1
        self._add(report.dates, [(r["code"], r["severity"]) for r in report.findings])

    def add_file(self, report: FileReport) -> None:
        if not report.read:
            self.unread += 1
            return
        if not report.part:
            self.files += 1
        self._add(report.dates, [(f.code, f.severity) for f in report.findings])

    def _add(self, dates: int, findings: list[tuple[str, str]]) -> None:
        self.with_dates += 1 if dates else 0
        self.dates += dates
        for code, severity in findings:
            self.by_rule[code] += 1
            self.by_severity[severity] += 1

    def text(self) -> str:
        inputs = _count(self.pages, "page")
        if self.files:
            inputs += f" and {_count(self.files, 'file')}"
        read = f"Read {inputs}: {self.with_dates} with dates, {_count(self.dates, 'date')} checked."
        unread = (
            f" {_count(self.unread, 'input')} could not be read (JG900)." if self.unread else ""
        )
        rules = self.by_rule
        if not rules:
            return f"{read} No problems found.{unread}\n"
        shown = ", ".join(
            _count(self.by_severity[level], level)
            for level in ("error", "warning", "info")
            if self.by_severity[level]
        )
        by_rule = ", ".join(f"{code} {rules[code]}" for code in sorted(rules))
        found = _count(sum(rules.values()), "problem")
        return f"{read} Found {found} ({shown}): {by_rule}.{unread}\n"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 or noun == "info" else f"{number} {noun}s"


def _finding(record: dict[str, Any]) -> Finding:
    """A page's finding rebuilt from its record, for ``--statistics``."""
    fix = record["fix"]
    return Finding(
        record["code"],
        record["severity"],
        record["message"],
        record["offset"],
        record["end_offset"],
        record["line"],
        record["column"],
        record["end_line"],
        record["end_column"],
        fix=None if fix is None else Fix(fix["offset"], fix["end_offset"], fix["replacement"]),
    )


def _fixes_in_text(report: FileReport) -> FileReport:
    """*report* with its fixes' offsets counted in its ``text``, where ``--show-fixes``
    quotes them: a part of a large file's report holds the text from offset ``base``."""
    if not report.base:
        return report
    findings = [
        f
        if f.fix is None
        else replace(
            f,
            fix=replace(
                f.fix, offset=f.fix.offset - report.base, end_offset=f.fix.end_offset - report.base
            ),
        )
        for f in report.findings
    ]
    return replace(report, findings=findings)


def _without_text(report: FileReport) -> FileReport:
    return replace(report, text="", items=(), suppressed=())


class StreamedReport:
    """Writes a run's findings in ``check``'s *form* to *out*, input by input.

    *statistics* writes the number of findings of each rule instead; *show_fixes* is
    applied by the page reports (:class:`~julian_gregorian.dumps.PageCheck`) and by the
    file reports' own lines; *quiet* leaves the summary out.
    """

    def __init__(
        self,
        form: str,
        out: IO[str],
        *,
        statistics: bool = False,
        show_fixes: bool = False,
        quiet: bool = False,
        summary_out: IO[str] | None = None,
    ) -> None:
        self.form = form
        self.out = out
        self.statistics = statistics
        self.show_fixes = show_fixes
        self.quiet = quiet
        self.summary_out = summary_out
        self.held: list[Any] = []
        self.counted = Summary()
        #: What the files' summary line and ``--statistics`` need: findings, no text.
        self.light: list[FileReport] = []
        self.settings: set[str] = set()
        self.failed = False
        #: Whether a dump is among the inputs: the summary then counts pages.
        self.with_dumps = False
        #: Records not to write again: those a resumed output already holds.
        self.skip = 0
        self._seen: Counter[str] = Counter()

    def add_file(self, report: FileReport) -> None:
        """Write (or keep) the findings of a file, or of a part of a large one."""
        self.counted.add_file(report)
        self.light.append(_without_text(report))
        self.failed = self.failed or any(p.severity == "error" for p in report.problems)
        if report.settings is not None:
            self.settings.add(report.settings)
        if self.statistics:
            return
        form = self.form
        if form == "text":
            rendered = render_text([_fixes_in_text(report)], show_fixes=self.show_fixes)
            self.out.write("".join(rendered.splitlines(keepends=True)[:-1]))
        elif form == "sarif":
            self.held.extend(sarif_results(report, self._seen))
        else:
            self._records([finding_record(report, f) for f in report.reported()])

    def add_page(self, report: PageReport) -> None:
        """Write (or keep) the findings of a dump's page."""
        self.counted.add_page(report)
        self.settings.update(r["settings"] for r in report.findings if r["settings"])
        if self.statistics:
            if report.findings:
                findings = [_finding(record) for record in report.findings]
                self.light.append(FileReport(report.dump, "", findings, report.dates))
            return
        if self.form == "text":
            self.out.writelines(report.lines)
        elif self.form == "sarif":
            self.held.extend(report.sarif)
        else:
            self._records(list(report.findings), f"{report.title}: ")

    def _records(self, records: list[dict[str, Any]], prefix: str = "") -> None:
        if self.skip:
            dropped, self.skip = min(self.skip, len(records)), max(0, self.skip - len(records))
            records = records[dropped:]
        if self.form == "jsonl":
            self.out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        elif self.form == "github":
            self.held.extend((github_annotation(r, prefix), r["severity"]) for r in records)
        else:
            self.held.extend(records)

    def close(self) -> None:
        """Write what was kept for the end, then the summary."""
        out = self.out
        if self.statistics:
            out.write(render_statistics(self.light))
        elif self.form == "json":
            out.write(json.dumps(self.held, ensure_ascii=False, indent=2) + "\n")
        elif self.form == "sarif":
            out.write(sarif_log(self.held, self.failed, sorted(self.settings)))
        elif self.form == "github":
            out.write(github_notice(Counter(severity for _line, severity in self.held)))
            out.writelines(line for line, _severity in self.held)
        line = self.summary()
        if line is not None:
            target = out if self.form == "text" and not self.statistics else self.summary_out
            if target is not None:
                target.write(line)
        out.flush()

    def summary(self) -> str | None:
        """The summary line, or ``None`` where a run on files writes none."""
        if self.quiet:
            return None
        if not self.with_dumps:
            if self.form != "text" or self.statistics:
                return None
            return summary(self.light) + "\n"
        return self.counted.text()
