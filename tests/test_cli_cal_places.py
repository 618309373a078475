"""``julian-gregorian cal`` and ``places`` through a real subprocess."""

from __future__ import annotations

import json
import subprocess

import pytest

from helpers.warm_start import run_command


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_command(*args, encoding="utf-8")


def test_cal_britain_september_1752() -> None:
    result = run("cal", "1752-09", "--place", "GB")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "   September 1752\n"
        "Mo Tu We Th Fr Sa Su\n"
        "    1  2 14 15 16 17\n"
        "18 19 20 21 22 23 24\n"
        "25 26 27 28 29 30\n"
        "\n"
        "GB (Great Britain and its colonies): 19 days this month\n"
        "  Julian until Wednesday 2 September 1752, "
        "Gregorian from Thursday 14 September 1752\n"
    )


def test_cal_sunday_first_is_the_classic_cal_layout() -> None:
    result = run("cal", "1752-09", "--place", "gb", "--sunday")
    lines = result.stdout.splitlines()
    assert lines[1] == "Su Mo Tu We Th Fr Sa"
    assert lines[2:5] == ["       1  2 14 15 16", "17 18 19 20 21 22 23", "24 25 26 27 28 29 30"]


def test_cal_soviet_russia_february_1918() -> None:
    result = run("cal", "1918-02", "--place", "RU")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[2] == "         14 15 16 17"
    assert "Julian until Wednesday 31 January 1918" in result.stdout
    assert "15 days this month" in result.stdout


def test_cal_sweden_february_1712_has_30_days() -> None:
    result = run("cal", "1712-02", "--place", "SE")
    lines = result.stdout.splitlines()
    assert lines[6].split()[-2:] == ["29", "30"]
    assert "30 days this month" in result.stdout
    assert "Swedish until Friday 30 February 1712, Julian from Saturday 1 March 1712" in (
        result.stdout
    )


def test_cal_alaska_repeats_friday_on_a_new_line() -> None:
    lines = run("cal", "1867-10", "--place", "US-AK").stdout.splitlines()
    assert lines[3] == " 2  3  4  5  6"
    assert lines[4] == "            18 19 20"


def test_cal_json_gives_every_day_with_both_calendars() -> None:
    result = run("cal", "1752-09", "--place", "GB", "--format", "json")
    record = json.loads(result.stdout)
    assert (record["place"], record["year_length"]) == ("GB", 355)
    september = record["months"][0]
    assert september["length"] == 19
    assert september["days"][1] == {
        "date": "1752-09-02",
        "calendar": "Julian",
        "weekday": "Wednesday",
        "julian": "1752-09-02",
        "gregorian": "1752-09-13",
    }
    assert september["days"][2]["date"] == "1752-09-14"


def test_cal_whole_year_and_custom_reform() -> None:
    year = run("cal", "1582", "--reform", "1582-10-04")
    assert year.returncode == 0
    assert year.stdout.count("Mo Tu We Th Fr Sa Su") == 12
    assert " 1  2  3  4 15 16 17" in year.stdout
    # A reform that lost one more day than the calendar difference leaves a weekday blank.
    lost_day = run("cal", "1582-10", "--reform", "1582-10-04,1582-10-16", "--extra-days", "1")
    assert " 1  2  3  4    16 17\n" in lost_day.stdout


def test_cal_before_a_place_used_the_gregorian_calendar_from_another() -> None:
    result = run("cal", "1872-12", "--place", "JP")
    assert result.returncode == 0
    assert "before its first covered day, Wednesday 1 January 1873" in result.stdout
    assert "lunisolar" in result.stdout


def test_cal_proleptic_calendars() -> None:
    gregorian = run("cal", "1752-09")
    assert "Gregorian calendar" in gregorian.stdout
    assert "30 days this month" in gregorian.stdout
    julian = run("cal", "1900-02", "--calendar", "julian")
    assert "29 days this month, Julian calendar" in julian.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("cal", "1752-13", "--place", "GB"), "month 13 is out of range"),
        (("cal", "September", "--place", "GB"), "expected YYYY-MM or YYYY"),
        (("cal", "1752-09", "--place", "XX"), "unknown place 'XX'"),
        (("cal", "1582-10", "--reform", "1582-10-04,1582-10-16"), "extra_days=1"),
        (("cal", "1582-10", "--reform", "1582-10"), "expected YYYY-MM-DD"),
        (("cal", "1582-10", "--reform", "1582-02-30"), "does not exist"),
        (("cal", "1752-09", "--place", "GB", "--extra-days", "1"), "only applies"),
        (("places", "XX"), "unknown place 'XX'"),
        (("places", "Sweden"), "the rows named so: FI (Finland (part of Sweden)), SE (Sweden)"),
    ],
)
def test_errors_are_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_month_of_a_negative_year_is_a_period_not_an_option() -> None:
    result = run("cal", "-0043-03", "--calendar", "julian")
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("March 44 BCE")


def test_cal_place_and_calendar_are_exclusive() -> None:
    result = run("cal", "1752-09", "--place", "GB", "--calendar", "julian")
    assert result.returncode == 2
    assert "not allowed with" in result.stderr


def test_places_lists_the_table_with_sources() -> None:
    result = run("places")
    assert result.returncode == 0
    rows = [line for line in result.stdout.splitlines() if line[:1].isupper()]
    assert rows[0].startswith("CODE")
    assert len([r for r in rows[1:] if r[:2].isalpha() and "  " in r]) >= 40
    assert "GB-SCT" in result.stdout
    assert "sources: Calendar (New Style) Act 1750" in result.stdout
    assert "Sources:\n" in result.stdout
    assert "https://en.wikipedia.org/wiki/List_of_adoption_dates" in result.stdout


def test_places_brief_and_filters() -> None:
    brief = run("places", "GB", "SE", "--brief").stdout.splitlines()
    assert len(brief) == 3
    assert brief[1].split()[:4] == ["GB", "1752-09-02", "1752-09-14", "11"]
    disputed = run("places", "--disputed", "--brief").stdout.splitlines()[1:]
    assert disputed
    assert all("*" in line for line in disputed)
    swiss = run("places", "--search", "canton", "--brief").stdout
    assert "CH-ZH" in swiss
    assert "GB " not in swiss
    assert run("places", "--search", "atlantis").stdout == "no place matches\n"


def test_places_json() -> None:
    result = run("places", "--format", "json")
    records = json.loads(result.stdout)
    assert len(records) >= 40
    by_code = {record["code"]: record for record in records}
    assert by_code["GB"]["last_julian"] == "1752-09-02"
    assert by_code["GB"]["first_gregorian"] == "1752-09-14"
    assert by_code["GB"]["dates_omitted"] == 11
    assert by_code["JP"]["last_julian"] is None
    assert by_code["JP"]["julian_period"] is False
    assert by_code["US-AK"]["transitions"][0]["extra_days"] == -1
    assert [t["to"] for t in by_code["SE"]["transitions"]] == ["Swedish", "Julian", "Gregorian"]
    assert by_code["GR"]["disputed"] is True
    assert all(record["source"] for record in records)
