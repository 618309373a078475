"""The multilingual development corpus (``benchmarks/corpus/*.jsonl``) is well formed.

This checks the annotations, not the extractor: every passage names its source, licence
and language, every quote is a verbatim part of its passage, and every pair's consistency
flag is what the calendar arithmetic says. The extractor's scores are measured by
``benchmarks/eval_corpus.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from helpers.paths import REPO
from julian_gregorian import julian_to_gregorian
from julian_gregorian.errors import InvalidDateError

CORPUS = REPO / "benchmarks" / "corpus"

ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
#: A yearly date whose year neither the passage nor its article gives (a feast day).
YEARLESS = re.compile(r"--(\d{2})-(\d{2})")
FORMATS = {"plain", "wikitext"}
CALENDARS = {"julian", "gregorian"}
PASSAGE_KEYS = {
    "id",
    "language",
    "format",
    "source",
    "licence",
    "attribution",
    "text",
    "pairs",
    "marked",
    "dual_years",
    "lookalike",
}


def _passages() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found.append((f"{path.name}:{number}", json.loads(line)))
    return found


PASSAGES = _passages()


def _date(value: str) -> tuple[int, int, int]:
    match = ISO.fullmatch(value)
    assert match, f"{value!r} is not YYYY-MM-DD"
    year, month, day = (int(part) for part in match.groups())
    return year, month, day


def test_corpus_is_there() -> None:
    assert len(PASSAGES) >= 40
    assert len({entry["language"] for _, entry in PASSAGES}) >= 5


def test_ids_are_unique() -> None:
    ids = [entry["id"] for _, entry in PASSAGES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("where", "entry"), PASSAGES, ids=[w for w, _ in PASSAGES])
def test_passage_is_well_formed(where: str, entry: dict[str, Any]) -> None:
    assert entry.keys() >= PASSAGE_KEYS, f"{where}: missing {PASSAGE_KEYS - entry.keys()}"
    language = Path(where.split(":")[0]).stem
    assert entry["language"] == language, "a passage lives in its language's file"
    assert entry["id"].startswith(f"{language}-")
    assert entry["format"] in FORMATS
    for key in ("source", "licence", "attribution", "text"):
        assert isinstance(entry[key], str)
        assert entry[key].strip(), f"{key} is empty"
    assert isinstance(entry["lookalike"], bool)
    expectations = entry["pairs"] + entry["marked"] + entry["dual_years"]
    if entry["lookalike"]:
        assert not expectations, "a look-alike passage expects nothing"
    else:
        assert expectations, "a passage that is not a look-alike expects something"
    for expected in expectations:
        assert expected["quote"] in entry["text"], f"{expected['quote']!r} is not in the text"


@pytest.mark.parametrize(("where", "entry"), PASSAGES, ids=[w for w, _ in PASSAGES])
def test_pair_flags_agree_with_the_arithmetic(where: str, entry: dict[str, Any]) -> None:
    for pair in entry["pairs"]:
        julian = _date(pair["julian"])
        stated = _date(pair["gregorian"])
        try:
            computed = julian_to_gregorian(*julian)
        except InvalidDateError:
            computed = None
        assert isinstance(pair["consistent"], bool)
        assert pair["consistent"] == (computed == stated), (
            f"{pair['quote']!r}: Julian {pair['julian']} is Gregorian {computed}, "
            f"stated {pair['gregorian']}, flagged consistent={pair['consistent']}"
        )


@pytest.mark.parametrize(("where", "entry"), PASSAGES, ids=[w for w, _ in PASSAGES])
def test_marked_dates_and_dual_years_are_well_formed(where: str, entry: dict[str, Any]) -> None:
    for marked in entry["marked"]:
        assert marked["calendar"] in CALENDARS
        yearless = YEARLESS.fullmatch(marked["date"])
        if yearless is None:
            _date(marked["date"])
    for dual in entry["dual_years"]:
        first, second = dual["years"]
        assert second == first + 1, "a dual year names two consecutive years"
