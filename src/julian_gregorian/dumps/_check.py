"""The checker on one page of a dump, with a report that names the page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from julian_gregorian.checks._page_check import findings_and_items
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.checks.findings import Finding
from julian_gregorian.dumps._pages import Page
from julian_gregorian.reports import FileReport, finding_record, render_text, sarif_results


@dataclass(frozen=True)
class PageReport:
    """The findings on one page, as the JSON records of ``check --format json``.

    Each record has ``path`` (the dump), ``title``, ``page_id`` and ``revision_id``, then
    the fields of a finding in a file, placed within the page's wikitext.
    """

    dump: str
    title: str
    page_id: int
    revision_id: int | None
    #: How many dates the extractor found on the page.
    dates: int
    findings: tuple[dict[str, Any], ...] = ()
    #: The SARIF results of the findings, when asked for.
    sarif: tuple[dict[str, Any], ...] = field(default=(), repr=False)
    #: The findings as ``check``'s text lines (``DUMP:TITLE:LINE:COLUMN: CODE message``),
    #: when asked for.
    lines: tuple[str, ...] = field(default=(), repr=False)

    @classmethod
    def without_findings(
        cls, dump: str, title: str, page_id: int, revision_id: int | None, dates: int
    ) -> PageReport:
        """The report of a page without findings (most pages of a dump), the one the
        constructor makes: made without it, whose frozen fields are each set through
        ``object.__setattr__`` (0.9 of a page's 6 µs in a dump run, where the check of
        an anchor-free article takes 5). Every field is put in its ``__dict__`` at once,
        as the constructor puts them (the same ``vars``, pickle and hash; the dataclass
        has no ``__post_init__`` nor slots, which a test checks)."""
        report = _new_object(cls)
        fields = report.__dict__
        fields["dump"] = dump
        fields["title"] = title
        fields["page_id"] = page_id
        fields["revision_id"] = revision_id
        fields["dates"] = dates
        fields["findings"] = ()
        fields["sarif"] = ()
        fields["lines"] = ()
        return report


_new_object = object.__new__


def page_fields(page: Page) -> dict[str, Any]:
    """What names a page in every record: ``title``, ``page_id``, ``revision_id``."""
    return {"title": page.title, "page_id": page.page_id, "revision_id": page.revision_id}


@dataclass(frozen=True)
class PageCheck:
    """Checks a page with *config*: the work a dump's pages are mapped with.

    A picklable callable, so that worker processes and Dask workers can run it. *sarif*
    adds the SARIF results to each report, *lines* the text format's lines (with the
    fixes under them if *show_fixes*); *compare*, if given, finds more on a page's text
    (``check --wikidata`` compares each page with the saved item, as it does a file).
    """

    config: CheckConfig = field(default_factory=CheckConfig)
    sarif: bool = False
    lines: bool = False
    show_fixes: bool = False
    compare: Callable[[str], Sequence[Finding]] | None = None

    def __call__(self, dump: str, page: Page) -> PageReport:
        config = self.config
        findings, items = findings_and_items(page.text, config, wikitext=True)
        if self.compare is not None:
            compared = self.compare(page.text)
            if compared:
                findings = sorted([*findings, *compared], key=Finding.sort_key)
        if not findings:  # (most pages): nothing to place or to render
            return PageReport.without_findings(
                dump, page.title, page.page_id, page.revision_id, len(items)
            )
        settings = None if config.source is None else str(config.source)
        report = FileReport(dump, page.text, findings, len(items), settings=settings)
        named = page_fields(page)
        records = tuple(with_page(finding_record(report, f), named) for f in findings)
        results: tuple[dict[str, Any], ...] = ()
        if self.sarif:
            results = tuple(_named(result, named) for result in sarif_results(report))
        lines: tuple[str, ...] = ()
        if self.lines and findings:
            shown = replace(report, name=f"{dump}:{page.title}")
            rendered = render_text([shown], show_fixes=self.show_fixes)
            lines = tuple(rendered.splitlines(keepends=True)[:-1])
        return PageReport(
            dump, page.title, page.page_id, page.revision_id, len(items), records, results, lines
        )


def with_page(record: dict[str, Any], named: dict[str, Any]) -> dict[str, Any]:
    """*record* with the fields that name a page right after its ``path``."""
    placed: dict[str, Any] = {}
    for key, value in record.items():
        placed[key] = value
        if key == "path":
            placed.update(named)
    return placed


def _named(result: dict[str, Any], named: dict[str, Any]) -> dict[str, Any]:
    result["locations"][0]["logicalLocations"] = [{"name": named["title"], "kind": "page"}]
    result["properties"] = {**result.get("properties", {}), **named}
    return result
