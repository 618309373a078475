"""``julian-gregorian check``: the consistency checker for dated articles, as a linter.

Exit codes: 0 when no finding reaches ``--fail-on`` (default ``error``), 1 when one
does or when a fix was left unwritten on purpose (a read-only file, or one changed
since it was read: JG901), 2 for usage errors and inputs that cannot be read (JG900)
or written (the other inputs are still checked). With ``--fix`` the findings reported
are those left after fixing; ``safe_write`` says how a fix is written.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from julian_gregorian._cli import dump_runs, file_jobs
from julian_gregorian._cli.arguments import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
)
from julian_gregorian._cli.file_checks import read_wikidata
from julian_gregorian._cli.file_jobs import checked_ahead
from julian_gregorian._cli.inputs import (
    STDIN,
    Input,
    InputFailure,
    LargeFile,
    PassedOver,
    SourceText,
    read_inputs,
    read_whole,
)
from julian_gregorian._cli.internal_errors import internal_failure
from julian_gregorian._cli.safe_write import remove_stale_temporaries, replace_file
from julian_gregorian._file_access import FileError, FileLeftAloneError
from julian_gregorian.checks._file_findings import Found, file_findings, input_kind
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.checks._rule_choice import InputKind, matching_any
from julian_gregorian.checks._safe_scope import bots_denied
from julian_gregorian.checks.check import CheckResult
from julian_gregorian.checks.config import CheckConfig, ConfigFinder
from julian_gregorian.checks.findings import Finding, severity_rank
from julian_gregorian.checks.rule_index import explain, list_rules
from julian_gregorian.checks.wikidata_entity import WIKIDATA_RULES
from julian_gregorian.errors import InputError, JulianGregorianError, ParseError
from julian_gregorian.reports import (
    RENDERERS,
    CheckedFile,
    FileReport,
    InputProblem,
    render_applied_fixes,
    render_statistics,
    render_text,
    shown_name,
    unreadable,
    write_html_report,
)

#: Files whose structure is read whole, whatever their size (checks._file_findings).
STRUCTURED_SUFFIXES = (".ged", ".xml", ".tei")


def _codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def run(args: argparse.Namespace) -> int:
    if args.explain:
        sys.stdout.write(explain(args.explain))
        return EXIT_OK
    if args.list_rules:
        sys.stdout.write(list_rules())
        return EXIT_OK
    overrides: dict[str, Any] = {
        "select": _codes(args.select),
        "extend_select": _codes(args.extend_select),
        "ignore": _codes(args.ignore),
        "fail_on": args.fail_on,
        "fix_side": args.fix_side,
    }
    if (args.format == "html") != (args.output_dir is not None):
        raise ParseError("--format html and --output-dir DIR go together")
    if (args.statistics or args.show_fixes) and args.format != "text":
        raise ParseError("--statistics and --show-fixes go with --format text")
    args.wikidata_entity = read_wikidata(args.wikidata) if args.wikidata else None
    # Checked before any input is read, so that a mistyped code fails at once.
    for key in ("select", "extend_select", "ignore"):
        for selector in overrides[key] or ():
            matching_any(selector)
    session = _Session(args, overrides)
    work = partial(file_findings, wikitext=args.wikitext, entity=args.wikidata_entity)
    if dump_runs.streamed(args):
        return dump_runs.check_streamed(args, session, work)
    # Fixes and diffs write as they go, so they are made in this process on whole files;
    # the HTML report and --show-fixes show whole files too.
    whole = args.fix or args.diff or args.format == "html" or args.show_fixes
    inputs = read_inputs(
        args.paths,
        follow_links=args.follow_links,
        on_skip=session.skipped,
        exclude=session.excluded,
        large=None if whole else file_jobs.LARGE_FILE,
    )
    jobs = 1 if args.fix or args.diff else dump_runs.jobs_of(args)
    for entry, found in checked_ahead(inputs, session.config_of, work, jobs):
        session.take(entry, found)
    # Standard output carries the fixed text (stdin with --fix) or the diff: the report
    # then goes to standard error, so that both can be redirected apart.
    fixing_stdin = args.fix and STDIN in (args.paths or [STDIN])
    with _report_stream(args, sys.stderr if fixing_stdin or args.diff else sys.stdout) as out:
        _write_report(session.reports, args, out)
        if args.fix and args.show_fixes:
            out.write(render_applied_fixes(session.fixed))
        if (args.fix or args.diff) and args.format == "text" and not args.quiet:
            done = "Fixed" if args.fix else "Would fix"
            fixed, files = len(session.fixed), session.fixed_files
            out.write(f"{done} {_plural(fixed, 'problem')} in {_plural(files, 'file')}.\n")
    status = session.status()
    return EXIT_OK if status == EXIT_FINDINGS and args.exit_zero else status


class _Session:
    """One run of ``check``: the reports so far, and what decides the exit status."""

    def __init__(self, args: argparse.Namespace, overrides: dict[str, Any]) -> None:
        self.args = args
        self.overrides = overrides
        self.finder = ConfigFinder()
        self.reports: list[FileReport] = []
        self.error = self.failing = False
        #: (input name, finding) of each fix applied (or shown by --diff).
        self.fixed: list[tuple[str, Finding]] = []
        self.fixed_files = 0
        self._cleaned: set[str] = set()
        self._told: set[tuple[str | None, InputKind]] = set()

    def status(self) -> int:
        if self.error:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.failing else EXIT_OK

    def say(self, kind: str, message: str) -> None:
        print(f"julian-gregorian check: {kind}: {message}", file=sys.stderr)

    def skipped(self, name: str, why: str) -> None:
        if self.args.verbose:
            self.say("info", f"{shown_name(name)}: skipped, {why}")

    def excluded(self, name: str) -> bool:
        """Whether a walk skips the file or folder *name* (``exclude``, ``extend-exclude``
        of the settings that apply there)."""
        path = Path(name)
        try:
            config = CheckConfig() if self.args.isolated else self.finder.for_file(path)
            return config.excludes(path)
        except JulianGregorianError:
            return False  # reported when the files below it are checked

    def failed(self, failure: InputFailure) -> None:
        self.say("error", str(failure))
        self.error = True
        self.reports.append(unreadable(failure.name, failure.reason))
        if self.args.fix and failure.raw is not None:
            # A filter must not eat its input: what could not be checked passes unchanged.
            sys.stdout.buffer.write(failure.raw)

    def _clean(self, folder: str) -> None:
        """Remove the temporaries of killed runs, once per folder a fix may write in."""
        if folder in self._cleaned:
            return
        self._cleaned.add(folder)
        for name in remove_stale_temporaries(folder):
            if self.args.verbose:
                shown = shown_name(os.path.join(folder, name))
                self.say("info", f"{shown}: removed, a temporary file of a run that was killed")

    def take(self, entry: Input, found: Found | None) -> None:
        """Report on *entry*, as read: checked (*found*: what checking its text gave, if
        already checked), checked chunk by chunk, unreadable, or passed over."""
        if isinstance(entry, PassedOver):
            self.skipped(entry.name, entry.why)
        elif isinstance(entry, InputFailure):
            self.failed(entry)
        elif isinstance(entry, LargeFile):
            self.check_large(entry)
        else:
            self.check(entry, found)

    def config_for(self, named: Path | None) -> CheckConfig:
        """The settings for the input *named* (``None``: standard input, unnamed)."""
        config = CheckConfig() if self.args.isolated else self.finder.for_file(named)
        return config.overridden(**self.overrides).for_file(named)

    def check_large(self, large: LargeFile) -> None:
        """Check a file too large to hold, chunk by chunk (GEDCOM and TEI files whole)."""
        if large.path.suffix.lower() in STRUCTURED_SUFFIXES:
            whole = read_whole(large)
            if isinstance(whole, InputFailure):
                self.failed(whole)
            else:
                self.check(whole)
            return
        try:
            config = self.config_for(large.path)
            reports = file_jobs.check_large(
                large.name, large.path, config, self.args.wikitext, resolve=large.resolve
            )
        except JulianGregorianError as error:
            self.failed(InputFailure(large.name, str(error).removeprefix(f"{large.path}: ")))
            return
        self.reports.extend(reports)
        threshold = severity_rank(config.fail_on)
        self.failing = self.failing or any(
            severity_rank(f.severity) <= threshold for r in reports for f in r.findings
        )

    def config_of(self, source: SourceText) -> CheckConfig:
        """The settings for the file *source* (not standard input)."""
        return self.config_for(source.path)

    def check(self, source: SourceText, found: Found | None = None) -> None:
        """Check *source* (*found*: what checking its text gave, if already checked)."""
        if source.path is None and self.args.stdin_filename:
            source = replace(source, name=self.args.stdin_filename)
            named: Path | None = Path(self.args.stdin_filename)
        else:
            named = source.path
        try:
            config = self.config_for(named)
        except JulianGregorianError as error:
            self.say("error", str(error))
            self.error = True
            self.reports.append(unreadable(source.name, f"settings: {error}"))
            return
        if self.args.fix and source.state is not None:
            self._clean(source.state.folder)
        try:
            report, applied = _check_one(source, config, self.args, found)
        except ParseError as error:  # a GEDCOM or XML file that is not well formed
            self.say("error", f"{shown_name(source.name)}: {error}")
            self.error = True
            self.reports.append(unreadable(source.name, str(error)))
            return
        except Exception as error:  # a bug met on one input must not stop the others
            self.failed(internal_failure(source.name, error))
            return
        settings = str(config.source) if config.source is not None else None
        report = replace(report, settings=settings)
        self.tell_settings(source.name, config, input_kind(source.name, source.text))
        for problem in report.problems:
            self.say(problem.severity, f"{shown_name(source.name)}: {problem.message}")
            self.error = self.error or problem.severity == "error"
            self.failing = True
        self.fixed.extend((source.name, finding) for finding in applied)
        self.fixed_files += 1 if applied else 0
        self.reports.append(report)
        threshold = severity_rank(config.fail_on)
        self.failing = self.failing or any(
            severity_rank(f.severity) <= threshold for f in report.findings
        )

    def tell_settings(self, name: str, config: CheckConfig, kind: InputKind = "article") -> None:
        """Say which settings file applies to the input *name* (``--verbose``), and warn,
        once per settings file and kind of input, when it leaves no rule that applies
        to *kind* selected."""
        settings = str(config.source) if config.source is not None else None
        where = settings or ("none (--isolated)" if self.args.isolated else "none, the defaults")
        if self.args.verbose:
            self.say("info", f"{shown_name(name)}: settings file: {where}")
        if (settings, kind) in self._told:
            return
        self._told.add((settings, kind))
        rules = config.rules_for(kind)
        if kind == "article" and self.args.wikidata_entity is None:
            rules = rules - WIKIDATA_CODES  # (they compare an article with a --wikidata item)
        if not rules:
            self.say(
                "warning",
                f"no rule is selected for {_KIND_NOUNS[kind]} (settings file: {where}, and the "
                "command line), so nothing is checked in them",
            )


#: The rules that compare an article with the saved item of ``--wikidata``.
WIKIDATA_CODES = frozenset(rule.code for rule in WIKIDATA_RULES)

#: How the warning of no rule selected names each kind of input.
_KIND_NOUNS: dict[InputKind, str] = {
    "article": "articles",
    "gedcom": "GEDCOM files",
    "tei": "TEI files",
}


@contextmanager
def _report_stream(args: argparse.Namespace, default: TextIO) -> Iterator[TextIO]:
    """Where the report goes: ``--output-file``, or *default*."""
    if args.output_file is None:
        yield default
        return
    try:
        stream = args.output_file.open("w", encoding="utf-8")
    except OSError as error:
        raise InputError(
            f"{args.output_file}: cannot be written ({error.strerror or error})"
        ) from None
    with stream:
        yield stream


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _findings(name: str, text: str, config: CheckConfig, args: argparse.Namespace) -> Found:
    """What checking *text* gives, and the number of dates read."""
    return file_findings(name, text, config, args.wikitext, args.wikidata_entity)


def _report(name: str, text: str, found: tuple[CheckResult, int]) -> FileReport:
    result, dates = found
    return FileReport(
        name, text, result.findings, dates, suppressed=result.suppressed, items=result.items
    )


def _check_one(
    source: SourceText, config: CheckConfig, args: argparse.Namespace, found: Found | None = None
) -> tuple[FileReport, list[Finding]]:
    """The report on *source*, and the findings whose fixes were applied (or, with
    ``--diff``, would be); *found* is what checking it gave, if it was checked already."""
    if found is None:
        found = _findings(source.name, source.text, config, args)
    result = found[0]
    fixes = [f.fix for f in result.findings if f.fix is not None]
    denied = bots_denied(source.text) if (args.fix or args.diff) and fixes else None
    if denied is not None:
        print(f"{shown_name(source.name)}: skipped: the page says {denied}", file=sys.stderr)
        fixes = []
    if not (args.fix or args.diff) or not fixes:
        if args.fix and source.path is None:
            sys.stdout.buffer.write(source.raw)
        return _report(source.name, source.text, found), []
    fixed_text, applied = apply_fixes(source.text, fixes)
    done = {id(fix) for fix in applied}
    applied_findings = [f for f in result.findings if f.fix is not None and id(f.fix) in done]
    if args.diff:
        sys.stdout.write(_diff(shown_name(source.name), source.text, fixed_text))
        return _report(source.name, source.text, found), applied_findings
    data = source.encode(fixed_text)
    if source.state is None:
        sys.stdout.buffer.write(data)
    else:
        try:
            replace_file(source.state, data)
        except FileError as error:
            left_alone = isinstance(error, FileLeftAloneError)
            problem = InputProblem(
                "JG901",
                "warning" if left_alone else "error",
                f"fix not written: {error}" + ("; the file is left alone" if left_alone else ""),
            )
            report = _report(source.name, source.text, found)
            return replace(report, problems=(problem,)), []
    remaining = _findings(source.name, fixed_text, config, args)
    return _report(source.name, fixed_text, remaining), applied_findings


def _diff(name: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        _patch_lines(before),
        _patch_lines(after),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


_PATCH_LINE = re.compile(r"[^\n]*\n|[^\n]+")


def _patch_lines(text: str) -> list[str]:
    """*text* cut after each "\\n": the lines of a patch, which ``patch`` and ``git apply``
    read so (a "\\r" alone ends no line there; its lines are one line of the patch)."""
    return _PATCH_LINE.findall(text)


def _write_report(reports: list[FileReport], args: argparse.Namespace, out: Any) -> None:
    if args.format == "html":
        # An input that could not be read or fixed (JG900, JG901) is listed with its problem.
        files = [
            CheckedFile(
                r.name, r.text, CheckResult(r.reported(), list(r.suppressed), list(r.items))
            )
            for r in reports
        ]
        index = write_html_report(files, args.output_dir)
        shown = shown_name(str(index))
        out.write(f"Wrote the report of {_plural(len(files), 'file')} to {shown}\n")
    elif args.statistics:
        out.write(render_statistics(reports))
    elif args.format == "text":
        rendered = render_text(reports, show_fixes=args.show_fixes)
        if args.quiet:
            rendered = "".join(rendered.splitlines(keepends=True)[:-1])
        out.write(rendered)
    else:
        out.write(RENDERERS[args.format](reports))
    out.flush()
