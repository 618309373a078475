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
import sys
from dataclasses import replace
from typing import Any

from julian_gregorian.checks.check import check, extract_items
from julian_gregorian.checks.config import CheckConfig, ConfigFinder
from julian_gregorian.checks.context import FIX_SIDES
from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.findings import SEVERITIES, Finding, severity_rank
from julian_gregorian.checks.fixes import apply_fixes
from julian_gregorian.checks.rules import RULES, Rule, rule, select_rules
from julian_gregorian.cli.file_checks import (
    FILE_RULES,
    FILE_RULES_BY_CODE,
    FileSelection,
    read_wikidata,
    split_codes,
    structured_findings,
    wikidata_findings,
)
from julian_gregorian.cli.inputs import STDIN, InputFailure, SourceText, read_inputs, shown_name
from julian_gregorian.cli.internal_errors import internal_failure
from julian_gregorian.cli.report_formats import (
    FORMATS,
    RENDERERS,
    FileReport,
    InputProblem,
    unreadable,
)
from julian_gregorian.cli.safe_write import (
    FileError,
    FileLeftAloneError,
    remove_stale_temporaries,
    replace_file,
)
from julian_gregorian.errors import JulianGregorianError, ParseError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check the O.S./N.S. dates of articles for consistency",
        description=(
            "Check every Old Style / New Style date of the articles (plain text, wikitext, "
            "Markdown) and report the inconsistent ones with the right values. Folders are "
            "searched for *.txt, *.wiki, *.wikitext, *.md and *.html; no PATH or '-' reads "
            "standard input. Settings may also come from [tool.julian-gregorian] in the "
            "nearest pyproject.toml above each file."
        ),
        epilog=(
            "Exit status: 0 no finding at --fail-on, 1 findings or a fix left unwritten "
            "(JG901), 2 usage error or an input that cannot be read (JG900), 130 interrupted."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or '-'")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="rules to run instead of the default set (codes, prefixes such as JG1, names, "
        "or ALL; comma separated, repeatable)",
    )
    parser.add_argument(
        "--extend-select", action="append", metavar="CODES", help="rules to add (opt-in rules)"
    )
    parser.add_argument("--ignore", action="append", metavar="CODES", help="rules to skip")
    parser.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help="lowest severity that makes the exit status 1 (default: error)",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--fix", action="store_true", help="apply the fixes, in place")
    group.add_argument(
        "--diff", action="store_true", help="print the fixes as a unified diff; write nothing"
    )
    parser.add_argument(
        "--fix-side",
        choices=FIX_SIDES,
        help="side a fix recomputes: new (default; the O.S. date is the record), old, or auto "
        "(keep the side the rest of the article supports)",
    )
    parser.add_argument(
        "--wikitext",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read the input as wikitext (default: detect)",
    )
    parser.add_argument(
        "--wikidata",
        metavar="ENTITY.json",
        help="also compare the articles' birth and death pairs with this saved Wikidata item",
    )
    parser.add_argument("--isolated", action="store_true", help="ignore pyproject.toml settings")
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links met while walking folders (by default they are skipped)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="say on standard error which settings file applies and what a walk skips",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="text format: no summary line")
    parser.add_argument("--explain", metavar="CODE", help="explain a rule and exit")
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    parser.set_defaults(run=run)


def _codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def explain(code: str) -> str:
    found = FILE_RULES_BY_CODE.get(code.strip().upper()) or rule(code)
    traits: list[str] = [found.severity]
    if found.fixable:
        traits.append("fixable")
    if not found.default:
        traits.append("opt-in")
    return (
        f"{found.code} {found.name} ({', '.join(traits)})\n\n"
        f"{found.summary}\n\n{found.explanation}\n"
    )


def list_rules() -> str:
    lines = []
    entries: list[Rule | FileRule] = [*RULES, *FILE_RULES]
    for entry in entries:
        mark = " (opt-in)" if not entry.default else ""
        lines.append(f"{entry.code}  {entry.severity:<7}  {entry.name:<27} {entry.summary}{mark}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    if args.explain:
        sys.stdout.write(explain(args.explain))
        return EXIT_CLEAN
    if args.list_rules:
        sys.stdout.write(list_rules())
        return EXIT_CLEAN
    overrides: dict[str, Any] = {
        "select": _codes(args.select),
        "extend_select": _codes(args.extend_select),
        "ignore": _codes(args.ignore),
        "fail_on": args.fail_on,
        "fix_side": args.fix_side,
    }
    # The rules of GEDCOM, TEI and Wikidata checks are chosen apart (cli.file_checks).
    selection = FileSelection()
    for key in ("select", "extend_select"):
        overrides[key] = split_codes(overrides[key], selection.selected)
    overrides["ignore"] = split_codes(overrides["ignore"], selection.ignored)
    if args.wikidata:
        selection.entity = read_wikidata(args.wikidata)
    args.file_selection = selection
    # Checked before any input is read, so that a mistyped code fails at once.
    select_rules(overrides["select"], overrides["ignore"], overrides["extend_select"])
    session = _Session(args, overrides)
    for entry in read_inputs(args.paths, follow_links=args.follow_links, on_skip=session.skipped):
        if isinstance(entry, InputFailure):
            session.failed(entry)
        else:
            session.check(entry)
    # Standard output carries the fixed text (stdin with --fix) or the diff: the report
    # then goes to standard error, so that both can be redirected apart.
    fixing_stdin = args.fix and STDIN in (args.paths or [STDIN])
    out = sys.stderr if fixing_stdin or args.diff else sys.stdout
    _write_report(session.reports, args, out)
    if (args.fix or args.diff) and args.format == "text" and not args.quiet:
        done = "Fixed" if args.fix else "Would fix"
        fixed, files = session.fixed, session.fixed_files
        print(f"{done} {_plural(fixed, 'problem')} in {_plural(files, 'file')}.", file=out)
    return session.status()


class _Session:
    """One run of ``check``: the reports so far, and what decides the exit status."""

    def __init__(self, args: argparse.Namespace, overrides: dict[str, Any]) -> None:
        self.args = args
        self.overrides = overrides
        self.finder = ConfigFinder()
        self.reports: list[FileReport] = []
        self.error = self.failing = False
        self.fixed = self.fixed_files = 0
        self._cleaned: set[str] = set()
        self._told: set[str | None] = set()

    def status(self) -> int:
        if self.error:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.failing else EXIT_CLEAN

    def say(self, kind: str, message: str) -> None:
        print(f"julian-gregorian check: {kind}: {message}", file=sys.stderr)

    def skipped(self, name: str, why: str) -> None:
        if self.args.verbose:
            self.say("info", f"{shown_name(name)}: skipped, {why}")

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

    def _config(self, source: SourceText) -> CheckConfig:
        config = CheckConfig() if self.args.isolated else self.finder.for_file(source.path)
        return config.overridden(**self.overrides)

    def check(self, source: SourceText) -> None:
        try:
            config = self._config(source)
        except JulianGregorianError as error:
            self.say("error", str(error))
            self.error = True
            self.reports.append(unreadable(source.name, f"settings: {error}"))
            return
        if self.args.fix and source.state is not None:
            self._clean(source.state.folder)
        try:
            report, applied = _check_one(source, config, self.args)
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
        self._tell_settings(source, config, settings)
        for problem in report.problems:
            self.say(problem.severity, f"{shown_name(source.name)}: {problem.message}")
            self.error = self.error or problem.severity == "error"
            self.failing = True
        self.fixed += applied
        self.fixed_files += 1 if applied else 0
        self.reports.append(report)
        threshold = severity_rank(config.fail_on)
        self.failing = self.failing or any(
            severity_rank(f.severity) <= threshold for f in report.findings
        )

    def _tell_settings(self, source: SourceText, config: CheckConfig, settings: str | None) -> None:
        where = settings or ("none (--isolated)" if self.args.isolated else "none, the defaults")
        if self.args.verbose:
            self.say("info", f"{shown_name(source.name)}: settings file: {where}")
        if settings in self._told:
            return
        self._told.add(settings)
        if not select_rules(config.select, config.ignore, config.extend_select):
            self.say(
                "warning",
                f"no rule is selected (settings file: {where}, and the command line), "
                "so nothing is checked",
            )


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _findings(
    name: str, text: str, config: CheckConfig, args: argparse.Namespace
) -> tuple[list[Finding], int]:
    structured = structured_findings(name, text, args.file_selection)
    if structured is not None:
        return structured
    items = extract_items(text, args.wikitext)
    findings = check(
        text,
        items=items,
        select=config.select,
        extend_select=config.extend_select,
        ignore=config.ignore,
        fix_side=config.fix_side,
    )
    compared = wikidata_findings(text, args.file_selection)
    if compared:
        findings = sorted([*findings, *compared], key=Finding.sort_key)
    return findings, len(items)


def _check_one(
    source: SourceText, config: CheckConfig, args: argparse.Namespace
) -> tuple[FileReport, int]:
    findings, dates = _findings(source.name, source.text, config, args)
    fixes = [f.fix for f in findings if f.fix is not None]
    if not (args.fix or args.diff) or not fixes:
        if args.fix and source.path is None:
            sys.stdout.buffer.write(source.raw)
        return FileReport(source.name, source.text, findings, dates), 0
    fixed_text, applied = apply_fixes(source.text, fixes)
    if args.diff:
        sys.stdout.write(_diff(shown_name(source.name), source.text, fixed_text))
        return FileReport(source.name, source.text, findings, dates), len(applied)
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
            return FileReport(source.name, source.text, findings, dates, (problem,)), 0
    remaining, dates = _findings(source.name, fixed_text, config, args)
    return FileReport(source.name, fixed_text, remaining, dates), len(applied)


def _diff(name: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def _write_report(reports: list[FileReport], args: argparse.Namespace, out: Any) -> None:
    if args.format == "text":
        rendered = RENDERERS["text"](reports)
        if args.quiet:
            rendered = "".join(rendered.splitlines(keepends=True)[:-1])
        out.write(rendered)
    else:
        out.write(RENDERERS[args.format](reports))
    out.flush()
