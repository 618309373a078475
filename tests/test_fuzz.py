"""A bounded run of benchmarks/fuzz.py: its generators, drawn by Hypothesis ("ci" profile).

The on-demand run (``python benchmarks/fuzz.py --count N``) draws the same documents from
a seeded random source and keeps going after a failure; here Hypothesis draws them, so a
failure is shrunk to a small document. The inputs of issue 11's first item (wrong
ordinals, non-ASCII digits, numbers split by markup) are drawn too, now that they are
read without a crash.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from helpers.paths import REPO
from helpers.scripts import load_script

T = TypeVar("T")

fuzz = load_script(REPO / "benchmarks" / "fuzz.py")

PROFILE = fuzz.Profile(known_defects=True)


class DrawChooser:
    """The fuzzer's choices as Hypothesis draws, so that failures shrink."""

    def __init__(self, data: st.DataObject) -> None:
        self._data = data

    def pick(self, options: Sequence[T]) -> T:
        return self._data.draw(st.sampled_from(options))

    def number(self, low: int, high: int) -> int:
        return self._data.draw(st.integers(low, high))


@settings(max_examples=examples(300))
@given(st.data())
def test_extract_check_and_fix_on_generated_documents(data: st.DataObject) -> None:
    fuzz.text_case(DrawChooser(data), PROFILE).run()


@settings(max_examples=examples(300))
@given(st.data())
def test_gedcom_reader_on_generated_payloads(data: st.DataObject) -> None:
    fuzz.gedcom_case(DrawChooser(data), PROFILE).run()


@settings(max_examples=examples(300))
@given(st.data())
def test_wikidata_reader_on_generated_values(data: st.DataObject) -> None:
    fuzz.wikidata_case(DrawChooser(data), PROFILE).run()


def test_the_driver_counts_and_reports_a_minimal_reproducer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A stand-in for a defect: any text with "Julian" in it fails the same way.
    def broken(text: str, side: str, select: object) -> None:
        if "Julian" in text:
            raise KeyError("Julian")

    monkeypatch.setattr(fuzz, "check_text", broken)
    assert fuzz.main(["--count", "300", "--seed", "5", "--target", "text"]) == 1
    report = capsys.readouterr().out
    assert "300 inputs (seed 5)" in report
    assert "KeyError" in report
    assert "check_text('Julian', " in report


def test_the_driver_exits_0_when_nothing_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert fuzz.main(["--count", "200", "--seed", "6", "--without-known-defects"]) == 0
    assert "200 inputs (seed 6)" in capsys.readouterr().out


def test_minimise_keeps_the_failure() -> None:
    text = "xx [O.S. 3 May] yy zz"
    assert fuzz.minimise(text, lambda t: "O.S" in t) == "O.S"
