"""MediaWiki dumps on the command line: the options, and runs that mix dumps and files.

A file named on the command line is a dump when its content says so (see
:mod:`julian_gregorian.dumps`). Each finding on a dump names its page: text lines read
``DUMP:TITLE:LINE:COLUMN: CODE message``, the JSON formats add ``title``, ``page_id``
and ``revision_id``. A run that names a dump, runs on Dask or resumes checks its inputs
(dumps, files, folders, standard input) in command-line order into one streamed
report (:mod:`julian_gregorian._cli.streamed_report`), with every option of ``check``
applied as for files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any, Protocol, cast

from julian_gregorian._choices import REPORT_FORMATS
from julian_gregorian._cli import file_jobs
from julian_gregorian._cli.arguments import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from julian_gregorian._cli.inputs import Input, InputFailure, SourceText, read_inputs
from julian_gregorian._cli.progress import progress_bar, wanted
from julian_gregorian._cli.streamed_report import StreamedReport
from julian_gregorian.checks._file_findings import Found, wikidata_findings
from julian_gregorian.checks._rule_choice import InputKind
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.checks.findings import Finding, severity_rank
from julian_gregorian.dumps import (
    Page,
    PageCheck,
    PageReport,
    available_cores,
    dump_compression,
    map_pages,
    map_pages_on_dask,
)
from julian_gregorian.errors import InputError, JulianGregorianError
from julian_gregorian.formats.wikidata_entity import Entity
from julian_gregorian.reports import FileReport, shown_name

LOCAL_CLUSTER = "local"
#: The output formats of ``check`` on dumps: the library's reports (not ``html``).
DUMP_FORMATS = REPORT_FORMATS


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


@dataclass(frozen=True)
class ResumePoint:
    """Where an interrupted JSON Lines output stops: the last input it has findings of."""

    #: The file, or the dump, as the records name it.
    path: str
    #: The page of the dump (``None``: the input is a file).
    page_id: int | None
    #: The findings of that page or file already written.
    written: int


def resume_point(output: Path) -> ResumePoint | None:
    """Where *output* stops, its unfinished last line cut off; ``None`` if it holds none
    (or does not exist yet: the run starts from the beginning)."""
    if not output.exists():
        return None
    try:
        with output.open("r+b") as stream:
            data = stream.read()
            complete = data.rfind(b"\n") + 1
            stream.truncate(complete)
    except OSError as error:
        raise InputError(f"{output}: cannot be resumed ({error.strerror or error})") from None
    lines = data[:complete].decode("utf-8").splitlines()
    last: tuple[str, int | None] | None = None
    written = 0
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
            page = record.get("page_id")
            place = (str(record["path"]), None if page is None else int(page))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise InputError(f"{output}:{number}: not a finding of check --format jsonl") from None
        written = written + 1 if place == last else 1
        last = place
    return None if last is None else ResumePoint(last[0], last[1], written)


def _dask_client(address: str, jobs: int) -> AbstractContextManager[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--dask needs Dask: pip install 'julian-gregorian[dask]'") from None
    if address != LOCAL_CLUSTER:
        try:
            return Client(address)  # type: ignore[no-untyped-call]
        # No scheduler there, no address at all, or one Dask cannot use as configured
        # (tls:// without certificates, ucx:// without UCX: a TypeError of Dask's).
        except (OSError, ValueError, TypeError) as error:
            raise InputError(f"--dask {address}: {error}") from None
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


class Session(Protocol):
    """What ``check`` keeps of a run on files (``check_command``), used here input by input."""

    reports: list[FileReport]

    def status(self) -> int: ...
    def config_for(self, named: Path | None) -> CheckConfig: ...
    def config_of(self, source: SourceText) -> CheckConfig: ...
    def tell_settings(
        self, name: str, config: CheckConfig, kind: InputKind = "article"
    ) -> None: ...
    def skipped(self, name: str, why: str) -> None: ...
    def excluded(self, name: str) -> bool: ...
    def failed(self, failure: InputFailure) -> None: ...
    def take(self, entry: Input, found: Found | None) -> None: ...


def streamed(args: argparse.Namespace) -> bool:
    """Whether ``check`` writes its report as it goes: a dump is named, or the run is on
    Dask or resumes (:mod:`julian_gregorian._cli.streamed_report`)."""
    named = any(argument and is_dump(Path(argument)) for argument in args.paths)
    return named or args.dask is not None or args.resume is not None


def check_streamed(args: argparse.Namespace, session: Session, work: file_jobs.Work) -> int:
    """``check`` on dumps, files, folders and standard input, in command-line order, with
    one output and one summary; the exit status."""
    if args.fix or args.diff:
        raise InputError(
            "--fix and --diff write files checked in this process: not with dumps, "
            "--dask or --resume"
        )
    if args.format not in DUMP_FORMATS:
        raise InputError(
            f"--format {args.format} is for files checked in this process: "
            f"with dumps, --dask or --resume take {', '.join(DUMP_FORMATS)}"
        )
    if args.resume is not None and (args.dask is not None or args.output_file is not None):
        raise InputError("--resume appends to its FILE: not with --dask or --output-file")
    point = resume_point(args.resume) if args.resume is not None else None
    form = "jsonl" if args.resume is not None else args.format
    run = _Run(args, session, work, point)
    client: AbstractContextManager[Any] = (
        nullcontext() if args.dask is None else _dask_client(args.dask, jobs_of(args))
    )
    with _output(args) as out, client as dask:
        stream = StreamedReport(
            form,
            out,
            statistics=args.statistics and args.resume is None,
            show_fixes=args.show_fixes,
            quiet=args.quiet,
            summary_out=sys.stderr,
        )
        run.stream, run.client = stream, dask
        for group in dumps_apart(args.paths):
            if isinstance(group, Path):
                run.dump(group)
            else:
                run.files(group)
        if point is not None and not run.started:
            raise InputError(f"{args.resume}: its findings are on {point.path}, not named here")
        stream.close()
    status = EXIT_ERROR if session.status() == EXIT_ERROR else EXIT_OK
    if status == EXIT_OK and (run.failing or session.status() == EXIT_FINDINGS):
        status = EXIT_OK if args.exit_zero else EXIT_FINDINGS
    return status


def _output(args: argparse.Namespace) -> AbstractContextManager[IO[str]]:
    """Where the report goes: appended to ``--resume``'s FILE, ``--output-file``, or
    standard output."""
    target, mode = (args.resume, "a") if args.resume is not None else (args.output_file, "w")
    if target is None:
        return nullcontext(sys.stdout)
    try:
        return cast(IO[str], target.open(mode, encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{target}: cannot be written ({error.strerror or error})") from None


class _Run:
    """The inputs of a streamed run, checked one after the other into its report."""

    stream: StreamedReport
    client: Any

    def __init__(
        self,
        args: argparse.Namespace,
        session: Session,
        work: file_jobs.Work,
        point: ResumePoint | None,
    ) -> None:
        self.args, self.session, self.work, self.point = args, session, work, point
        self.started = point is None
        self.failing = False

    def dump(self, path: Path) -> None:
        """Check the pages of the dump *path*; a dump that cannot be read is reported."""
        point = self.point
        self.stream.with_dumps = True
        resume_at: Callable[[Page], bool] | None = None
        if not self.started:
            if point is None or str(path) != point.path or point.page_id is None:
                return  # checked whole before the interruption
            resume_at = _page_check(point.page_id)
            self.stream.skip = point.written
            self.started = True
        try:
            config = self.session.config_for(path)
            self.session.tell_settings(str(path), config)
            if config.source is not None:
                self.stream.settings.add(str(config.source))
            threshold = severity_rank(config.fail_on)
            for report in self._pages(path, config, resume_at):
                self.stream.add_page(report)
                self.failing = self.failing or any(
                    severity_rank(r["severity"]) <= threshold for r in report.findings
                )
        except JulianGregorianError as error:
            self.session.failed(InputFailure(str(path), str(error).removeprefix(f"{path}: ")))
            self._drain()

    def _pages(
        self, path: Path, config: CheckConfig, resume_at: Callable[[Page], bool] | None
    ) -> Iterator[PageReport]:
        args = self.args
        namespaces = namespaces_of(args)
        work = PageCheck(
            config,
            sarif=self.stream.form == "sarif",
            lines=self.stream.form == "text",
            show_fixes=args.show_fixes,
            compare=_compared(args.wikidata_entity, config),
        )
        if self.client is not None:
            yield from map_pages_on_dask([path], work, self.client, namespaces=namespaces)
            return
        with progress_bar(path.name, path.stat().st_size, wanted(args.quiet)) as advance:
            yield from map_pages(
                path,
                work,
                jobs=jobs_of(args),
                namespaces=namespaces,
                resume_at=resume_at,
                progress=advance,
            )

    def files(self, arguments: list[str]) -> None:
        """Check the files, folders or standard input *arguments* name, on ``--jobs``
        processes or the Dask cluster."""
        session, args = self.session, self.args
        inputs: Iterator[Input] = read_inputs(
            arguments,
            follow_links=args.follow_links,
            on_skip=session.skipped,
            exclude=session.excluded,
            large=file_jobs.LARGE_FILE,
        )
        if not self.started:
            inputs = self._resumed(inputs)
        pool = None if self.client is None else self.client.get_executor(pure=False)
        jobs = jobs_of(args) if pool is None else max(1, sum(self.client.nthreads().values()))
        for entry, found in file_jobs.checked_ahead(
            inputs, session.config_of, self.work, jobs, pool
        ):
            session.take(entry, found)
            self._drain()

    def _resumed(self, inputs: Iterator[Input]) -> Iterator[Input]:
        """The inputs from the one the interrupted output stopped in."""
        point = self.point
        for entry in inputs:
            if self.started:
                yield entry
            elif (
                point is not None and point.page_id is None and shown_name(entry.name) == point.path
            ):
                self.started = True
                self.stream.skip = point.written
                yield entry

    def _drain(self) -> None:
        """Write the reports the session made, and forget them."""
        for report in self.session.reports:
            self.stream.add_file(report)
        self.session.reports.clear()


def _compared(entity: Entity | None, config: CheckConfig) -> Callable[[str], list[Finding]] | None:
    """``--wikidata``'s comparison of a page's text with the saved item, if one was given."""
    if entity is None:
        return None
    return partial(wikidata_findings, entity=entity, config=config)


def _page_check(page_id: int) -> Callable[[Page], bool]:
    return lambda page: page.page_id == page_id
