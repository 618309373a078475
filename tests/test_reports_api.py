"""``julian_gregorian.reports`` called from Python on ``check`` results, as the CLI calls it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from julian_gregorian.checks import check, check_text
from julian_gregorian.reports import (
    FORMATS,
    RENDERERS,
    CheckedFile,
    FileReport,
    render_github,
    render_jsonl,
    render_sarif,
    render_text,
    unreadable,
    write_html_report,
)

WRONG = "He was buried on 2 January [O.S. 21 December] 1917.\nBorn 1 May 1900.\n"


@pytest.fixture
def report() -> FileReport:
    return FileReport.from_result("burial.txt", WRONG, check_text(WRONG))


def test_a_report_from_a_result_counts_its_dates_and_keeps_its_findings(
    report: FileReport,
) -> None:
    assert [f.code for f in report.findings] == ["JG101"]
    assert report.dates == 1
    assert report.read


def test_a_report_built_from_check_alone_gives_the_same_text(report: FileReport) -> None:
    by_hand = FileReport("burial.txt", WRONG, check(WRONG), dates=1)
    assert render_text([by_hand]) == render_text([report])


def test_sarif_places_the_finding_and_its_fix(
    report: FileReport, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    log = json.loads(render_sarif([report]))
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "JG101"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "burial.txt"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 18)
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "3 January"


def test_github_annotations_one_per_finding(report: FileReport) -> None:
    (line,) = render_github([report]).splitlines()
    assert line.startswith("::error file=burial.txt,line=1,col=18,")
    assert "::JG101 O.S. 21 December 1916 is N.S. 3 January 1917" in line


def test_json_lines_one_record_per_finding_and_unreadable_inputs_reported(
    report: FileReport,
) -> None:
    lost = unreadable("gone.txt", "no such file")
    records = [json.loads(line) for line in render_jsonl([report, lost]).splitlines()]
    assert [(r["path"], r["code"]) for r in records] == [
        ("burial.txt", "JG101"),
        ("gone.txt", "JG900"),
    ]


def test_every_format_of_the_command_has_a_renderer(report: FileReport) -> None:
    assert set(RENDERERS) == {"text", "json", "jsonl", "github", "sarif"}
    assert tuple(RENDERERS) == FORMATS  # the formats the parser offers, in its order
    for render in RENDERERS.values():
        assert "JG101" in render([report])


def test_the_html_report_is_written_from_a_result(tmp_path: Path) -> None:
    index = write_html_report([CheckedFile("burial.txt", WRONG, check_text(WRONG))], tmp_path)
    assert index == tmp_path / "index.html"
    assert "burial.txt" in index.read_text(encoding="utf-8")
