"""MediaWiki dumps on the command line: the options, the checks and their output.

A file named on the command line is a dump when its content says so (see
:mod:`julian_gregorian.dumps`). Each finding on a dump names its page: text lines read
``DUMP:TITLE:LINE:COLUMN: CODE message``, the JSON formats add ``title``, ``page_id``
and ``revision_id``. The formats that are one document (JSON, SARIF) hold the findings
until the end; the others are written page by page.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from julian_gregorian.checks.config import CheckConfig, ConfigFinder
from julian_gregorian.checks.findings import severity_rank
from julian_gregorian.cli.arguments import EXIT_FINDINGS, EXIT_OK
from julian_gregorian.cli.progress import progress_bar, wanted
from julian_gregorian.dumps import (
    Page,
    PageReport,
    available_cores,
    check_dump,
    check_dumps_on_dask,
    dump_compression,
)
from julian_gregorian.errors import InputError
from julian_gregorian.reports import github_annotation, sarif_log

LOCAL_CLUSTER = "local"
#: The output formats of ``check`` on dumps.
DUMP_FORMATS = ("text", "json", "jsonl", "github", "sarif")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number")
    return number


def _namespace(value: str) -> int | None:
    if value == "all":
        return None
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a namespace number or 'all'") from None


def add_options(parser: argparse.ArgumentParser, checking: bool) -> None:
    """The options for dumps and parallel runs, on the ``check`` or ``extract`` parser."""
    parser.add_argument(
        "--namespace",
        action="append",
        type=_namespace,
        metavar="NS",
        help="dumps: read the pages of namespace NS (repeatable; 'all'; default 0, articles)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="worker processes for dumps and folders (default: the available cores)",
    )
    if not checking:
        return
    parser.add_argument(
        "--resume",
        type=Path,
        metavar="FILE",
        help="dumps: continue the interrupted JSON Lines output FILE, appending to it",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="dumps: run on the Dask scheduler at ADDRESS ('local': a cluster on this machine)",
    )


def jobs_of(args: argparse.Namespace) -> int:
    return int(args.jobs) if args.jobs is not None else available_cores()


def namespaces_of(args: argparse.Namespace) -> tuple[int, ...] | None:
    chosen: list[int | None] = args.namespace or [0]
    if None in chosen:
        return None
    return tuple(sorted({number for number in chosen if number is not None}))


def is_dump(entry: str | Path) -> bool:
    """Whether a command-line input is a dump (standard input never is).

    A file that cannot be read is not one: reading it as text reports why.
    """
    if not isinstance(entry, Path) or not entry.is_file():
        return False
    try:
        return dump_compression(entry) is not None
    except InputError:
        return False


def dumps_apart(arguments: Sequence[str]) -> list[list[str] | Path]:
    """The command line's paths in order: each dump alone, the others in runs.

    No path at all is one run (standard input).
    """
    groups: list[list[str] | Path] = []
    for argument in arguments:
        if argument and is_dump(Path(argument)):
            groups.append(Path(argument))
        elif groups and isinstance(groups[-1], list):
            groups[-1].append(argument)
        else:
            groups.append([argument])
    return groups or [[]]


@dataclass
class Summary:
    """What a run over dumps read and found, for the line at the end."""

    pages: int = 0
    with_dates: int = 0
    dates: int = 0
    by_rule: Counter[str] | None = None
    by_severity: Counter[str] | None = None

    def add(self, report: PageReport) -> None:
        self.pages += 1
        self.with_dates += 1 if report.dates else 0
        self.dates += report.dates
        self.by_rule = self.by_rule or Counter()
        self.by_severity = self.by_severity or Counter()
        for record in report.findings:
            self.by_rule[record["code"]] += 1
            self.by_severity[record["severity"]] += 1

    def text(self) -> str:
        read = (
            f"Read {_count(self.pages, 'page')}: {self.with_dates} with dates, "
            f"{_count(self.dates, 'date')} checked."
        )
        rules = self.by_rule or Counter()
        if not rules:
            return f"{read} No problems found.\n"
        severities = self.by_severity or Counter()
        shown = ", ".join(
            _count(severities[level], level)
            for level in ("error", "warning", "info")
            if severities[level]
        )
        by_rule = ", ".join(f"{code} {rules[code]}" for code in sorted(rules))
        found = _count(sum(rules.values()), "problem")
        return f"{read} Found {found} ({shown}): {by_rule}.\n"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 or noun == "info" else f"{number} {noun}s"


class _Output:
    """Writes the findings of page reports in one of ``check``'s formats."""

    def __init__(self, form: str, out: IO[str]) -> None:
        self.form = form
        self.out = out
        self.held: list[dict[str, Any]] = []

    def write(self, report: PageReport) -> None:
        form, out = self.form, self.out
        if form == "json":
            self.held.extend(report.findings)
        elif form == "sarif":
            self.held.extend(report.sarif)
        elif form == "jsonl":
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in report.findings)
        elif form == "github":
            out.writelines(github_annotation(r, f"{r['title']}: ") for r in report.findings)
        else:
            out.writelines(
                f"{r['path']}:{r['title']}:{r['line']}:{r['column']}: {r['code']} {r['message']}\n"
                for r in report.findings
            )

    def close(self) -> None:
        if self.form == "json":
            self.out.write(json.dumps(self.held, ensure_ascii=False, indent=2) + "\n")
        elif self.form == "sarif":
            self.out.write(sarif_log(self.held))
        self.out.flush()


@dataclass(frozen=True)
class ResumePoint:
    """Where an interrupted JSON Lines output stops: the last page it has findings of."""

    path: str
    page_id: int
    #: The findings of that page already written.
    written: int


def resume_point(output: Path) -> ResumePoint | None:
    """Where *output* stops, its unfinished last line cut off; ``None`` if it holds none."""
    try:
        with output.open("r+b") as stream:
            data = stream.read()
            complete = data.rfind(b"\n") + 1
            stream.truncate(complete)
    except OSError as error:
        raise InputError(f"{output}: cannot be resumed ({error.strerror or error})") from None
    lines = data[:complete].decode("utf-8").splitlines()
    last: tuple[str, int] | None = None
    written = 0
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
            place = (str(record["path"]), int(record["page_id"]))
        except (ValueError, KeyError, TypeError):
            raise InputError(
                f"{output}:{number}: not a finding of check --format jsonl on a dump"
            ) from None
        written = written + 1 if place == last else 1
        last = place
    return None if last is None else ResumePoint(last[0], last[1], written)


def _dask_client(address: str, jobs: int) -> AbstractContextManager[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--dask needs Dask: pip install 'julian-gregorian[dask]'") from None
    if address != LOCAL_CLUSTER:
        return Client(address)  # type: ignore[no-untyped-call]
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=jobs, threads_per_worker=1, dashboard_address=None
    )
    return _ClusterClient(cluster, Client(cluster))  # type: ignore[no-untyped-call]


@dataclass
class _ClusterClient(AbstractContextManager[Any]):
    cluster: Any
    client: Any

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *_: object) -> None:
        self.client.close()
        self.cluster.close()


def check_dumps(dumps: Sequence[Path], args: argparse.Namespace, overrides: dict[str, Any]) -> int:
    """``check`` on dumps: findings page by page, a summary, the exit status."""
    if args.fix or args.diff:
        raise InputError("dumps cannot be fixed: --fix and --diff work on files")
    if args.format not in DUMP_FORMATS:
        raise InputError(
            f"--format {args.format} is for files; dumps take {', '.join(DUMP_FORMATS)}"
        )
    if args.resume is not None and args.dask is not None:
        raise InputError("--resume and --dask cannot be used together")
    finder = ConfigFinder()
    configs = [
        (CheckConfig() if args.isolated else finder.for_file(path)).overridden(**overrides)
        for path in dumps
    ]
    point = resume_point(args.resume) if args.resume is not None else None
    form = "jsonl" if args.resume is not None else args.format
    stream: AbstractContextManager[IO[str]] = (
        args.resume.open("a", encoding="utf-8")
        if args.resume is not None
        else nullcontext(sys.stdout)
    )
    summary = Summary()
    failing = False
    with stream as out:
        output = _Output(form, out)
        for config, reports in _reports(dumps, configs, args, point, form == "sarif"):
            threshold = severity_rank(config.fail_on)
            for report in reports:
                summary.add(report)
                output.write(report)
                failing = failing or any(
                    severity_rank(r["severity"]) <= threshold for r in report.findings
                )
        output.close()
    if not args.quiet:
        summary_out = sys.stdout if form == "text" else sys.stderr
        summary_out.write(summary.text())
    return EXIT_FINDINGS if failing else EXIT_OK


def _reports(
    dumps: Sequence[Path],
    configs: Sequence[CheckConfig],
    args: argparse.Namespace,
    point: ResumePoint | None,
    sarif: bool,
) -> Iterator[tuple[CheckConfig, Iterator[PageReport]]]:
    """The page reports of each dump, after the resume point if there is one."""
    jobs = jobs_of(args)
    namespaces = namespaces_of(args)
    if point is not None and point.path not in {str(path) for path in dumps}:
        raise InputError(f"{args.resume}: its findings are on {point.path}, not named here")
    started = point is None
    for path, config in zip(dumps, configs, strict=True):
        if not started and str(path) != point.path:  # type: ignore[union-attr]
            continue  # checked whole before the interruption
        if args.dask is not None:
            with _dask_client(args.dask, jobs) as client:
                yield (
                    config,
                    check_dumps_on_dask([path], client, config, namespaces=namespaces, sarif=sarif),
                )
            continue
        resume_at: Callable[[Page], bool] | None = None
        if not started:
            resume_at = _page_check(point.page_id)  # type: ignore[union-attr]
        with progress_bar(path.name, path.stat().st_size, wanted(args.quiet)) as advance:
            reports = check_dump(
                path,
                config,
                jobs=jobs,
                namespaces=namespaces,
                sarif=sarif,
                resume_at=resume_at,
                progress=advance,
            )
            if not started:
                reports = _without_written(reports, point.written)  # type: ignore[union-attr]
                started = True
            yield config, reports


def _page_check(page_id: int) -> Callable[[Page], bool]:
    return lambda page: page.page_id == page_id


def _without_written(reports: Iterator[PageReport], written: int) -> Iterator[PageReport]:
    """The reports with the first *written* findings of the first one dropped."""
    first = next(reports, None)
    if first is None:
        return
    yield replace(first, findings=first.findings[written:], sarif=first.sarif[written:])
    yield from reports
