"""The machine-readable outputs against their schemas: SARIF 2.1.0 (the official schema,
tests/data, see tests/data/NOTICE.md), and the JSON / JSON Lines records of `check` and
`extract` against the schemas published in docs/schemas/."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft4Validator, Draft202012Validator, FormatChecker

from helpers.paths import REPO
from julian_gregorian._cli.main import main
from julian_gregorian.checks.rules import RULES

SARIF_SCHEMA = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
FINDING_SCHEMA = json.loads((REPO / "docs" / "schemas" / "check-finding.schema.json").read_text())
ITEM_SCHEMA = json.loads((REPO / "docs" / "schemas" / "extract-item.schema.json").read_text())

ARTICLE = (
    "Rasputin was buried on 2 January [O.S. 21 December] 1917.\n"
    "The rising began on 24 October [O.S. 6 November] 1917.\n"
    'Pares: "on 2 January [O.S. 21 December] 1917".\n'
    "In 1917 the calendar was 12 days behind the Gregorian. Born 10 February 1749/51.\n"
    "He was born on 21 January [O.S. 9 January] 1869.\n"
)


def output(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(list(args))
    return capsys.readouterr().out


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``articles/a b.txt`` under the current folder, and ``outside.txt`` beside it."""
    root = tmp_path / "root"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "a b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def sarif(capsys: pytest.CaptureFixture[str], *paths: str) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(output(capsys, "check", "--format", "sarif", *paths))
    return log


def test_sarif_is_valid_against_the_official_schema(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = sarif(capsys, "articles/a b.txt", str(articles.parent / "outside.txt"))
    Draft4Validator(SARIF_SCHEMA, format_checker=FormatChecker()).validate(log)
    assert len(log["runs"][0]["results"]) == 2 * 5


def test_sarif_locations_are_relative_to_srcroot_or_absolute_file_uris(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = articles.parent / "outside.txt"
    (run,) = sarif(capsys, "articles/a b.txt", "../outside.txt", str(outside))["runs"]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": articles.as_uri() + "/"}}
    locations = [
        result["locations"][0]["physicalLocation"]["artifactLocation"] for result in run["results"]
    ]
    assert {json.dumps(location) for location in locations} == {
        json.dumps({"uri": "articles/a%20b.txt", "uriBaseId": "%SRCROOT%"}),
        json.dumps({"uri": outside.as_uri()}),
    }
    fix_location = next(r for r in run["results"] if "fixes" in r)["fixes"][0]["artifactChanges"]
    assert fix_location[0]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"


def test_every_rule_has_a_help_uri_to_its_section(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (run,) = sarif(capsys, "articles/a b.txt")["runs"]
    docs = (REPO / "docs" / "checks.md").read_text(encoding="utf-8")
    anchors = {
        re.sub(r"[^a-z0-9 -]", "", heading.lower()).replace(" ", "-")
        for heading in re.findall(r"^## (.+)$", docs, re.MULTILINE)
    }
    codes = {rule.code for rule in RULES}
    rules = [rule for rule in run["tool"]["driver"]["rules"] if rule["id"] in codes]
    assert len(rules) == len(RULES)
    for rule in rules:
        uri = urlsplit(rule["helpUri"])
        assert (uri.scheme, uri.path.endswith("/docs/checks.md")) == ("https", True)
        assert uri.fragment == f"{rule['id'].lower()}-{rule['name']}"
        assert uri.fragment in anchors


def test_fingerprints_are_unique_and_survive_lines_added_above(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def fingerprints() -> list[str]:
        (run,) = sarif(capsys, "articles/a b.txt")["runs"]
        return [r["partialFingerprints"]["julianGregorianFinding/v1"] for r in run["results"]]

    before = fingerprints()
    assert len(set(before)) == len(before) == 5
    path = articles / "articles" / "a b.txt"
    path.write_text("A new first paragraph.\n\n" + ARTICLE + ARTICLE.splitlines()[0] + "\n")
    after = fingerprints()
    assert after[:5] == before
    assert after[5] not in before  # the same wrong pair again: a finding of its own


def test_json_and_jsonl_records_follow_their_published_schema(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    validator = Draft202012Validator(FINDING_SCHEMA)
    records = json.loads(output(capsys, "check", "--format", "json", "articles/a b.txt"))
    lines = output(capsys, "check", "--format", "jsonl", "articles/a b.txt").splitlines()
    assert [json.loads(line) for line in lines] == records
    assert len(records) == 5
    for record in records:
        validator.validate(record)
    assert {record["format_version"] for record in records} == {1}
    assert {record["severity"] for record in records} == {"error", "warning"}


def test_extract_json_and_jsonl_follow_their_published_schema(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    validator = Draft202012Validator(ITEM_SCHEMA)
    items = json.loads(output(capsys, "extract", "--format", "json", "articles/a b.txt"))
    lines = output(capsys, "extract", "--format", "jsonl", "articles/a b.txt").splitlines()
    assert [json.loads(line) for line in lines] == items
    assert {item["kind"] for item in items} == {"pair", "dual_year"}
    for item in items:
        validator.validate(item)
    (articles / "empty.txt").write_text("No dates.\n", encoding="utf-8")
    assert json.loads(output(capsys, "extract", "--format", "json", "empty.txt")) == []


def test_the_schemas_are_valid_schemas() -> None:
    Draft202012Validator.check_schema(FINDING_SCHEMA)
    Draft202012Validator.check_schema(ITEM_SCHEMA)
    Draft4Validator.check_schema(SARIF_SCHEMA)


@pytest.mark.parametrize(
    ("errors", "warnings", "notice"),
    [(10, 10, False), (11, 0, True), (0, 11, True), (3, 0, False), (30, 0, True)],
)
def test_github_says_once_when_annotations_would_be_cut(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    errors: int,
    warnings: int,
    notice: bool,
) -> None:
    monkeypatch.chdir(tmp_path)
    error = "Buried on 2 January [O.S. 21 December] 1917.\n"
    warning = 'Pares: "buried on 2 January [O.S. 21 December] 1917".\n'
    (tmp_path / "a.txt").write_text(error * errors + warning * warnings, encoding="utf-8")
    lines = output(capsys, "check", "--format", "github", "a.txt").splitlines()
    notices = [line for line in lines if line.startswith("::notice title=julian-gregorian::")]
    assert len(lines) == errors + warnings + len(notices)
    if notice:
        (line,) = notices
        assert line == lines[0]
        assert (
            f"{errors + warnings} findings ({errors} error, {warnings} warning, 0 notice)" in line
        )
        assert "--format sarif" in line
    else:
        assert notices == []


def test_github_counts_the_limit_per_job_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in "abcdef":
        (tmp_path / f"{name}.txt").write_text(
            "Buried on 2 January [O.S. 21 December] 1917.\n" * 9, encoding="utf-8"
        )
    lines = output(capsys, "check", "--format", "github", ".").splitlines()
    assert len(lines) == 6 * 9 + 1
    assert lines[0].startswith("::notice title=julian-gregorian::54 findings")
