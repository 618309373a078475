"""Hostile text: wrong ordinals, digits of other scripts, markup inside numbers.

Only ASCII digits are read as numbers. A run of digits that mixes in another script's
digit ("1١", "١٧٠٠", a fullwidth "１７００") is no number at all rather than half of
one; a wrong ordinal suffix ("11st", "3th") still gives the number written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from helpers.date_fragments import documents
from helpers.examples import examples
from julian_gregorian import check, extract
from julian_gregorian._cli.main import main
from julian_gregorian.text.items import Item


def _old_days(text: str) -> list[tuple[int | None, int, int]]:
    return [
        (side.start.year, side.start.month, side.start.day)
        for found in extract(text)
        if (side := found.old_style) is not None
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("He wrote on 11st March 1700 (O.S.).", 11),
        ("He wrote on 3th March 1700 (O.S.).", 3),
        ("He wrote on 12nd March 1700 (O.S.).", 12),
        ("He wrote on 23th March 1700 (O.S.).", 23),
        ("He wrote on 1<b>1</b>st March 1700 (O.S.).", 11),
    ],
)
def test_a_wrong_ordinal_suffix_reads_the_number_written(text: str, day: int) -> None:
    assert _old_days(text) == [(1700, 3, day)]
    assert check(text) == []


def test_a_wrong_ordinal_after_a_marker_is_read() -> None:
    assert _old_days("In 1700 [O.S. 23th February] it rained.") == [(1700, 2, 23)]


@pytest.mark.parametrize(
    "text",
    [
        "He wrote on 1١ March 1700 (O.S.).",  # an Arabic-Indic digit inside a day
        "He wrote on 1١st March 1700 (O.S.).",
        "He wrote on ١١ March 1700 (O.S.).",
        "He wrote on 11 March १७०० (O.S.).",  # Devanagari year
        "He wrote on 11 March １７００ (O.S.).",  # fullwidth year
        "He wrote on 11 March 17０0 (O.S.).",
        "He wrote on 2² March 1700 (O.S.).",  # a superscript is no digit of a number
    ],
)
def test_digits_of_other_scripts_are_not_read_as_numbers(text: str) -> None:
    assert extract(text) == []
    assert check(text) == []


def test_a_foreign_digit_spoils_only_its_own_number() -> None:
    text = "On 12 March [O.S. 1 March] 1700 and on ٢٨ February 1700 (O.S.) it rained."
    assert [found.text for found in extract(text)] == ["12 March [O.S. 1 March] 1700"]


def _within(text: str, found: Item) -> bool:
    return 0 <= found.offset <= found.end_offset <= len(text)


@settings(max_examples=examples(500))
@given(documents())
def test_extract_and_check_never_raise_on_date_fragments(text: str) -> None:
    for found in extract(text):
        assert _within(text, found)
    for finding in check(text, select=["ALL"]):
        assert 0 <= finding.offset <= finding.end_offset <= len(text)


def test_an_internal_error_on_one_file_fails_that_file_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import julian_gregorian._cli.extract_command as extract_command
    import julian_gregorian.checks._file_findings as file_findings  # where check extracts

    real_items, real_extract = file_findings.extract, extract_command.extract

    def broken(text: str, *args: object, **kwargs: object) -> list[Item]:
        if "BOOM" in text:
            raise KeyError("11st")
        return real_items(text, *args, **kwargs)  # type: ignore[arg-type]

    def broken_extract(text: str, **kwargs: object) -> list[Item]:
        if "BOOM" in text:
            raise KeyError("11st")
        return real_extract(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(file_findings, "extract", broken)
    monkeypatch.setattr(extract_command, "extract", broken_extract)
    (tmp_path / "a.txt").write_text("BOOM on 7 November [O.S. 24 October] 1917.\n")
    (tmp_path / "b.txt").write_text("On 7 November [O.S. 24 October] 1917, they rose.\n")
    for command in ("check", "extract"):
        status = main([command, str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
        out, err = capsys.readouterr()
        assert status == 2
        assert "Traceback" not in err
        assert f"{tmp_path / 'a.txt'}: internal error (KeyError" in err
        assert "b.txt:1:4" in out  # the later file was still read


def test_number_words_are_ascii_letters_only() -> None:
    # "ſ" (long s) matches "s" case-insensitively in a Unicode pattern, and "ſixteenth"
    # was then looked up as a word it is not. The claim is judged by the year instead.
    text = (
        "In the ſixteenth century the Julian calendar was 11 days behind. "
        "11 March [O.S. 1 March] 1590."
    )
    (finding,) = check(text, select=["JG403"])
    assert "in 1590, not 11" in finding.message
    assert check("In 1590 the Julian calendar was nıne days behind.", select=["JG403"]) == []
