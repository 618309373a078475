"""The report of a page without findings, made without the frozen dataclass's
constructor (PageReport.without_findings): the same report in every way it is used."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from julian_gregorian.dumps import Page, PageCheck
from julian_gregorian.dumps._check import PageReport


@pytest.mark.parametrize("revision_id", [None, 7])
def test_a_report_without_findings_is_the_one_the_constructor_makes(
    revision_id: int | None,
) -> None:
    made = PageReport("dump.xml", "Title", 12, revision_id, 3)
    quick = PageReport.without_findings("dump.xml", "Title", 12, revision_id, 3)
    assert quick == made
    assert hash(quick) == hash(made)
    assert vars(quick) == vars(made)
    assert pickle.dumps(quick) == pickle.dumps(made)
    assert repr(quick) == repr(made)
    assert dataclasses.asdict(quick) == dataclasses.asdict(made)
    assert (quick.findings, quick.sarif, quick.lines) == ((), (), ())
    assert pickle.loads(pickle.dumps(quick)) == made  # (dask and worker processes)
    assert copy.deepcopy(quick) == made
    assert dataclasses.replace(quick, dates=4) == PageReport(
        "dump.xml", "Title", 12, revision_id, 4
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.dates = 5  # type: ignore[misc]


def test_a_dump_run_reports_a_page_without_findings_so() -> None:
    page = Page("Plain", 1, 2, 0, "Nothing dated here. " * 20)
    report = PageCheck()("dump.xml", page)
    assert report == PageReport("dump.xml", "Plain", 1, 2, 0)


def test_a_report_is_made_by_setting_its_fields_alone() -> None:
    # (what without_findings relies on: no step of the constructor but the fields set)
    assert not hasattr(PageReport, "__post_init__")
    assert not hasattr(PageReport, "__slots__")
    names = [field.name for field in dataclasses.fields(PageReport)]
    assert set(vars(PageReport.without_findings("d", "t", 1, None, 0))) == set(names)
