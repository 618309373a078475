"""``Span``: the place an item and a finding share, beside their six position fields."""

from __future__ import annotations

import dataclasses
import json

import pytest

from julian_gregorian import Finding, Span, check, check_text, extract
from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.reports import FileReport, render_json

TEXT = "Preface.\nHe wrote on 24 October [O.S. 6 November] 1917.\nOn 16 July 1917 they marched."
FIELDS = ("offset", "end_offset", "line", "column", "end_line", "end_column")


def _fields(found: object) -> tuple[int, ...]:
    return tuple(getattr(found, name) for name in FIELDS)


def test_an_item_s_span_is_its_six_position_fields() -> None:
    item = extract(TEXT)[0]
    assert item.span == Span(21, 54, 2, 13, 2, 46)
    assert dataclasses.astuple(item.span) == _fields(item)
    assert TEXT[item.span.offset : item.span.end_offset] == item.text


def test_a_finding_on_an_item_has_the_item_s_span() -> None:
    finding = check(TEXT)[0]
    assert finding.item is not None
    assert finding.span == finding.item.span
    assert dataclasses.astuple(finding.span) == _fields(finding)


def test_a_finding_on_plain_text_gets_its_span_from_the_context() -> None:
    unmarked = check(TEXT, select=["JG501"])[0]
    context = ArticleContext(TEXT, extract(TEXT))
    start = TEXT.index("16 July 1917")
    assert unmarked.span == context.span(start, start + len("16 July 1917"))
    assert unmarked.span == Span(start, start + 12, 3, 4, 3, 16)


def test_a_finding_at_a_span() -> None:
    span = Span(3, 9, 1, 4, 2, 1)
    finding = Finding.at(span, "JG999", "info", "a note", record="@I1@")
    assert finding.span == span
    assert (finding.item, finding.fix, finding.record) == (None, None, "@I1@")


def test_spans_are_frozen_and_the_fields_still_replace() -> None:
    item = extract(TEXT)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.span.offset = 0  # type: ignore[misc]
    moved = dataclasses.replace(item, offset=item.offset + 1)
    assert moved.span.offset == item.offset + 1
    assert "span" not in {field.name for field in dataclasses.fields(item)}


def test_json_records_have_no_span_key() -> None:
    result = check_text(TEXT)
    (record,) = json.loads(render_json([FileReport.from_result("a.txt", TEXT, result)]))
    assert "span" not in record
    assert [record[name] for name in FIELDS] == list(_fields(result.findings[0]))
