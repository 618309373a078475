"""The command line on GEDCOM and TEI files and with a saved Wikidata item."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from helpers.interchange import FAMILY
from helpers.paths import DATA
from helpers.warm_start import run_command


def julian_gregorian(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return run_command(*args, cwd=cwd, env=env, encoding="utf-8")


def test_check_a_gedcom_file(tmp_path: Path) -> None:
    (tmp_path / "family.ged").write_text(FAMILY, encoding="utf-8")
    result = julian_gregorian("check", "family.ged", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("family.ged:6:8: JG605 ")
    assert lines[1].startswith("family.ged:11:8: JG601 29 FEB 1700")
    assert "(INDI.BURI.DATE of @I1@)" in lines[1]
    opted = julian_gregorian(
        "check", "--extend-select", "JG604", "--ignore", "JG605", "family.ged", cwd=tmp_path
    )
    codes = [line.split()[1] for line in opted.stdout.splitlines()[:-1]]
    assert codes == ["JG604", "JG601"]
    records = json.loads(
        julian_gregorian("check", "--format", "json", "family.ged", cwd=tmp_path).stdout
    )
    assert {record["record"] for record in records} == {"@I1@"}
    assert {record["name"] for record in records} == {
        "gedcom7-cannot-hold",
        "gedcom-nonexistent-day",
    }


def _codes_found(*options: str, cwd: Path) -> list[str]:
    result = julian_gregorian("check", "-q", *options, "family.ged", cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return [line.split()[1] for line in result.stdout.splitlines()]


def test_gedcom_rules_are_chosen_as_the_article_rules_are(tmp_path: Path) -> None:
    (tmp_path / "family.ged").write_text(FAMILY, encoding="utf-8")
    assert _codes_found("--select", "JG601", cwd=tmp_path) == ["JG601"]
    assert _codes_found("--select", "JG6", cwd=tmp_path) == ["JG605", "JG604", "JG601"]
    assert _codes_found("--select", "ALL", cwd=tmp_path) == ["JG605", "JG604", "JG601"]
    assert _codes_found("--select", "gedcom-nonexistent-day", cwd=tmp_path) == ["JG601"]
    assert _codes_found("--ignore", "JG6", cwd=tmp_path) == []
    assert _codes_found("--ignore", "ALL", cwd=tmp_path) == []
    # A selection naming no GEDCOM rule leaves them at their defaults.
    assert _codes_found("--select", "JG1", cwd=tmp_path) == ["JG605", "JG601"]
    unknown = julian_gregorian("check", "--select", "JG9", "family.ged", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "JG604, JG605, JG701" in unknown.stderr


def test_settings_files_choose_gedcom_rules(tmp_path: Path) -> None:
    (tmp_path / "family.ged").write_text(FAMILY, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.julian-gregorian]\nextend-select = ["JG604"]\n'
        'per-file-ignores = { "*.ged" = ["gedcom7-cannot-hold"] }\n',
        encoding="utf-8",
    )
    assert _codes_found(cwd=tmp_path) == ["JG604", "JG601"]


def test_a_gedcom_file_in_another_character_set_names_it(tmp_path: Path) -> None:
    ansi = FAMILY.replace("1 GEDC\n", "1 CHAR ANSI\n1 GEDC\n").replace("0 TRLR", "1 NOTE Ren\xe9")
    (tmp_path / "family.ged").write_bytes(ansi.encode("cp1252") + b"\n0 TRLR\n")
    result = julian_gregorian("check", "family.ged", cwd=tmp_path)
    assert result.returncode == 2
    assert "its GEDCOM header says CHAR ANSI: convert the file to UTF-8 first" in result.stdout
    (tmp_path / "notes.txt").write_bytes("1 CHAR ANSI caf\xe9".encode("cp1252"))
    other = julian_gregorian("check", "notes.txt", cwd=tmp_path)
    assert "not UTF-8 text" in other.stdout
    assert "GEDCOM" not in other.stdout


def test_fix_leaves_a_5_5_1_file_in_5_5_1_syntax(tmp_path: Path) -> None:
    family = tmp_path / "family.ged"
    family.write_text(FAMILY, encoding="utf-8")
    result = julian_gregorian("check", "--fix", "family.ged", cwd=tmp_path)
    assert result.returncode == 1  # the nonexistent day has no fix
    assert family.read_text(encoding="utf-8") == FAMILY
    assert "it writes JULIAN 11 FEB 1732" in result.stdout


def test_a_real_gedcom_file_is_clean_unless_the_place_rule_is_asked_for(tmp_path: Path) -> None:
    real = str(DATA / "gedcom" / "john_of_sea_20101009.ged")
    assert julian_gregorian("check", real, cwd=tmp_path).returncode == 0
    placed = julian_gregorian(
        "check", "--select", "JG604", "--fail-on", "warning", real, cwd=tmp_path
    )
    assert placed.returncode == 1
    assert " JG604 " in placed.stdout


def test_check_a_tei_file_and_fix_it(tmp_path: Path) -> None:
    tei = tmp_path / "edition.xml"
    original = (DATA / "tei" / "TEIC-TEI_ND-NamesDates.xml").read_text(encoding="utf-8")
    assert julian_gregorian("check", str(DATA / "tei"), cwd=tmp_path).returncode == 0
    tei.write_text(original.replace('when="1620-11-09"', 'when="1620-11-19"'), encoding="utf-8")
    result = julian_gregorian("check", "edition.xml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("edition.xml:2928:13: JG701 ")
    assert julian_gregorian("check", "--fix", "edition.xml", cwd=tmp_path).returncode == 0
    assert tei.read_text(encoding="utf-8") == original


def test_extract_writes_tei_that_check_reads(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "It began on 25 October (7 November) 1917 and ended on 26 October (9 November) 1917.\n",
        encoding="utf-8",
    )
    extracted = julian_gregorian("extract", "--format", "tei", "a.txt", cwd=tmp_path)
    assert extracted.returncode == 0
    assert '<date when="1917-11-07" when-custom="1917-10-25" datingMethod="#julian">' in (
        extracted.stdout
    )
    (tmp_path / "dates.xml").write_text(extracted.stdout, encoding="utf-8")
    checked = julian_gregorian("check", "dates.xml", cwd=tmp_path)
    assert checked.returncode == 1
    assert ' JG701 when-custom="1917-10-26" (Julian) is when="1917-11-08"' in checked.stdout


def _write_pushkin_and_his_item(tmp_path: Path) -> None:
    value = {
        "time": "+1799-05-26T00:00:00Z",
        "precision": 11,
        "calendarmodel": "http://www.wikidata.org/entity/Q1985727",
    }
    claims = {
        "P569": [
            {
                "rank": "normal",
                "mainsnak": {"snaktype": "value", "datavalue": {"type": "time", "value": value}},
            }
        ]
    }
    (tmp_path / "Q7200.json").write_text(
        json.dumps({"entities": {"Q7200": {"id": "Q7200", "claims": claims}}}), encoding="utf-8"
    )
    (tmp_path / "pushkin.txt").write_text(
        "Alexander Pushkin (6 June [O.S. 26 May] 1799 – 10 February [O.S. 29 January] 1837)\n",
        encoding="utf-8",
    )


def test_check_with_a_saved_wikidata_item(tmp_path: Path) -> None:
    _write_pushkin_and_his_item(tmp_path)
    plain = julian_gregorian("check", "pushkin.txt", cwd=tmp_path)
    assert plain.returncode == 0
    compared = julian_gregorian(
        "check", "--wikidata", "Q7200.json", "--fail-on", "warning", "pushkin.txt", cwd=tmp_path
    )
    assert compared.returncode == 1
    assert compared.stdout.startswith("pushkin.txt:1:20: JG801 Q7200 P569 (birth)")


def test_unreadable_structured_inputs_are_errors_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "broken.ged").write_text("0 HEAD\nnot gedcom\n", encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<date when='1700-01-01'>", encoding="utf-8")
    result = julian_gregorian("check", "broken.ged", "broken.xml", cwd=tmp_path)
    assert result.returncode == 2
    assert "broken.ged: line 2 is not a GEDCOM line" in result.stderr
    assert "broken.xml: not well-formed XML" in result.stderr
    assert "Traceback" not in result.stderr
    missing = julian_gregorian("check", "--wikidata", "nowhere.json", "-", cwd=tmp_path)
    assert missing.returncode == 2
    assert "--wikidata nowhere.json" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_explain_a_structured_rule(tmp_path: Path) -> None:
    explained = julian_gregorian("check", "--explain", "JG604", cwd=tmp_path)
    assert explained.stdout.startswith("JG604 gedcom-calendar-of-place (warning, opt-in)")


def test_each_kind_of_input_keeps_its_rules_unless_the_selection_names_some(
    tmp_path: Path,
) -> None:
    _write_pushkin_and_his_item(tmp_path)
    (tmp_path / "family.ged").write_text(FAMILY, encoding="utf-8")
    (tmp_path / "bad.txt").write_text("25 October (8 November) 1917\n", encoding="utf-8")
    inputs = ("bad.txt", "family.ged", "pushkin.txt", "--wikidata", "Q7200.json")
    # A TEI rule named: GEDCOM files keep their default rules, articles JG101 alone.
    both = julian_gregorian("check", "-q", "--select", "JG101,JG701", *inputs, cwd=tmp_path)
    found = {(line.split(":")[0], line.split()[1]) for line in both.stdout.splitlines()}
    assert found == {("bad.txt", "JG101"), ("family.ged", "JG605"), ("family.ged", "JG601")}
    # JG801 runs on articles: selected alone, it is all that runs on them.
    wikidata = julian_gregorian("check", "-q", "--select", "JG801", *inputs, cwd=tmp_path)
    found = {(line.split(":")[0], line.split()[1]) for line in wikidata.stdout.splitlines()}
    assert found == {("pushkin.txt", "JG801"), ("family.ged", "JG605"), ("family.ged", "JG601")}


def test_a_gedcom_selection_keeps_the_article_selection_of_the_settings(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.julian-gregorian]\nselect = ["JG2"]\n', encoding="utf-8"
    )
    (tmp_path / "family.ged").write_text(FAMILY, encoding="utf-8")
    (tmp_path / "a.txt").write_text("25 October (8 November) 1917\n", encoding="utf-8")
    result = julian_gregorian(
        "check", "-q", "--select", "JG604", "a.txt", "family.ged", cwd=tmp_path
    )
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["JG604"]
