"""Every wiki date template of the language records is found by the anchor scan and read
in a golden line of real wikitext (the corpus passage named beside it, where its source
and licence are given, or the template's documentation)."""

from __future__ import annotations

import pytest

from helpers.extract import read
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._locate.anchors import find_anchors
from julian_gregorian.text._read.normalise import template_key

PAIR, OLD = "pair", "old_style"

#: (template key, golden wikitext line, expected items)
GOLDEN = (
    # English Wikipedia's documentation of each template
    (
        "oldstyledate",
        "({{OldStyleDate|2 February|1905|20 January}})",
        [(PAIR, "template_OldStyleDate", "1905-01-20", "1905-02-02")],
    ),
    (
        "oldstyledatedy",
        "({{OldStyleDateDY|February 22,|1732|February 11, 1731}})",
        [(PAIR, "template_OldStyleDateDY", "1732-02-11", "1732-02-22")],
    ),
    (
        "oldstyledateny",
        "({{OldStyleDateNY|March 31|March 20}})",
        [(PAIR, "template_OldStyleDateNY", "--03-20", "--03-31")],
    ),
    (
        "old style to new style",
        "({{Old Style to New Style|20 January|1905|2 February}})",
        [(PAIR, "template_OS2NS", "1905-01-20", "1905-02-02")],
    ),
    (
        "os2ns",
        "({{OS2NS|20 January|1905|2 February}})",
        [(PAIR, "template_OS2NS", "1905-01-20", "1905-02-02")],
    ),
    # Russian Wikipedia (ru-008, ru-014, ru-016, ru-013)
    (
        "oldstyledate",
        " |основан              = {{OldStyleDate|25|января|1755|12}}",
        [(PAIR, "template_OldStyleDate_ru", "1755-01-12", "1755-01-25")],
    ),
    (
        "сс",
        "{{СС|2|ноября|1721|22 октября}} Пётр I принял титул",
        [(PAIR, "template_СС", "1721-10-22", "1721-11-02")],
    ),
    (
        "сс2",
        "(провозглашена {{СС2|7|ноября|1917 год|25|октября}} постановлением",
        [(PAIR, "template_СС2", "1917-10-25", "1917-11-07")],
    ),
    (
        "сс3",
        "впервые употреблено {{сс3|24.4.1387}} года",
        [(OLD, "template_СС3", "1387-04-24", "-")],
    ),
)


@pytest.mark.parametrize(("key", "line", "expected"), GOLDEN)
def test_a_golden_template_line_is_read(
    key: str, line: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(line, wikitext=True) == expected
    start, end = line.index("{{"), line.index("}}")
    assert any(start <= anchor < end for anchor in find_anchors(line))


def test_every_record_template_has_a_golden_line() -> None:
    golden = {key for key, _, _ in GOLDEN}
    for language in LANGUAGES:
        for template in language.date_templates:
            assert template_key(template.name) in golden, (language.code, template.name)
