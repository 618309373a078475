"""Checks of a TEI file's dates: a Julian ``-custom`` value against its Gregorian twin.

``check_tei(text)`` reports, with the line of the element, every element whose
``when-custom`` (``from-custom``, …) under a Julian ``datingMethod`` is not the same day
as its ``when`` (``from``, …): JG701. Only complete dates are compared (a year or a month
covers different days in the two calendars); a value that is no date of its calendar is
reported too. The fix rewrites the Gregorian value, the Julian one being the source's.

>>> tei = '<p xmlns="http://www.tei-c.org/ns/1.0">\\n<date when="1620-11-19" '
>>> tei += 'when-custom="1620-10-30" datingMethod="#julian">30. of October, 1620.</date></p>'
>>> (finding,) = check_tei(tei)
>>> finding.line, finding.record, finding.message
(2, 'date', 'when-custom="1620-10-30" (Julian) is when="1620-11-09" (Gregorian), not 1620-11-19')
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from julian_gregorian.calendar.dates import GregorianDate, JulianDate
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.errors import InvalidDateError, ParseError
from julian_gregorian.formats.tei import JulianValuePair, julian_value_pairs

VALUES_DISAGREE = FileRule(
    "JG701",
    "tei-values-disagree",
    "error",
    "a TEI element whose Julian -custom value and Gregorian value are different days",
    Explanation(
        what=(
            "Compares the two values TEI gives a Julian date: when-custom (from-custom, ...) "
            "under a Julian datingMethod, and when (from, ...) in the Gregorian calendar."
        ),
        why=(
            "Both must name the same day; when they do not, one of them is wrong and the edition "
            "states two different days."
        ),
        example=(
            "<div>\n"
            '<date when="1917-11-07" when-custom="1917-10-24" datingMethod="#julian">'
            "24 October 1917</date>\n"
            "</div>"
        ),
        fix="`--fix` rewrites the Gregorian value from the Julian one.",
    ),
    fixable=True,
)

#: The TEI rules, in code order.
TEI_RULES: tuple[FileRule, ...] = (VALUES_DISAGREE,)

_COMPLETE = re.compile(r"-?\d{4,}-\d{2}-\d{2}")


def check_tei(text: str) -> list[Finding]:
    """Findings on the Julian/Gregorian value pairs of a TEI document, in file order.

    Raises ``ParseError`` when the text is not well-formed XML.
    """
    return [finding for pair in julian_value_pairs(text) for finding in _check_pair(text, pair)]


def _check_pair(text: str, pair: JulianValuePair) -> Iterator[Finding]:
    if not (_COMPLETE.fullmatch(pair.julian) and _COMPLETE.fullmatch(pair.gregorian)):
        return
    custom = f'{pair.attribute}-custom="{pair.julian}"'
    try:
        julian = JulianDate.fromisoformat(pair.julian)
    except (InvalidDateError, ParseError) as error:
        yield _on(pair, f"{custom}: {error}")
        return
    right = julian.to_gregorian().isoformat()
    try:
        GregorianDate.fromisoformat(pair.gregorian)
    except (InvalidDateError, ParseError) as error:
        yield _on(pair, f'{pair.attribute}="{pair.gregorian}": {error}', _fix(text, pair, right))
        return
    if pair.gregorian != right:
        yield _on(
            pair,
            f'{custom} (Julian) is {pair.attribute}="{right}" (Gregorian), not {pair.gregorian}',
            _fix(text, pair, right),
        )


def _on(pair: JulianValuePair, message: str, fix: Fix | None = None) -> Finding:
    return VALUES_DISAGREE.finding(
        message,
        offset=pair.offset,
        end_offset=pair.end_offset,
        line=pair.line,
        column=pair.column,
        record=pair.xml_id or pair.element,
        fix=fix,
    )


def _fix(text: str, pair: JulianValuePair, right: str) -> Fix | None:
    """Rewrite the Gregorian attribute's value inside the element's start tag."""
    tag = text[pair.offset : pair.end_offset]
    match = re.search(rf"(?<![\w-]){pair.attribute}\s*=\s*([\"'])(.*?)\1", tag)
    if match is None:
        return None
    start = pair.offset + match.start(2)
    return Fix(start, start + len(match[2]), right)


__all__ = [
    "TEI_RULES",
    "VALUES_DISAGREE",
    "check_tei",
]
