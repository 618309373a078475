"""--fix inside every template the extractor reads: the right parameter, nothing else.

Each case is a wrong pair written with one template; the fix for each side (`new`,
`old`) must rewrite only that side's parameter, byte for byte elsewhere.
"""

from __future__ import annotations

import pytest

from julian_gregorian.checks import check
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.text._read.normalise import SHOWN_DATE_TEMPLATES


def _fixed(text: str, side: str) -> str:
    findings = check(text, wikitext=True, fix_side=side)  # type: ignore[arg-type]
    assert [f.code for f in findings] == ["JG101"]
    fixes = [f.fix for f in findings if f.fix is not None]
    assert len(fixes) == 1
    return apply_fixes(text, fixes)[0]


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        pytest.param(
            "Born on {{OldStyleDate|3 February|1905|20 January}}.",
            "Born on {{OldStyleDate|2 February|1905|20 January}}.",
            "Born on {{OldStyleDate|3 February|1905|21 January}}.",
            id="OldStyleDate",
        ),
        pytest.param(
            "Born on {{OldStyleDateDY|February 23,|1732|February 11, 1731}}.",
            "Born on {{OldStyleDateDY|February 22,|1732|February 11, 1731}}.",
            "Born on {{OldStyleDateDY|February 23,|1732|February 12, 1731}}.",
            id="OldStyleDateDY",
        ),
        pytest.param(
            "In 1917 he was born on {{OldStyleDateNY|March 27|March 15}}.",
            "In 1917 he was born on {{OldStyleDateNY|March 28|March 15}}.",
            "In 1917 he was born on {{OldStyleDateNY|March 27|March 14}}.",
            id="OldStyleDateNY",
        ),
        pytest.param(
            "Born on {{Old Style to New Style|20 January|1905|3 February}}.",
            "Born on {{Old Style to New Style|20 January|1905|2 February}}.",
            "Born on {{Old Style to New Style|21 January|1905|3 February}}.",
            id="Old Style to New Style",
        ),
        pytest.param(
            "Born on {{OS2NS|20 January|1905|3 February|1905}}.",
            "Born on {{OS2NS|20 January|1905|2 February|1905}}.",
            "Born on {{OS2NS|21 January|1905|3 February|1905}}.",
            id="OS2NS",
        ),
        pytest.param(
            "Родился {{OldStyleDate|5|января|1915|22|декабря|1914}}.",
            "Родился {{OldStyleDate|4|января|1915|22|декабря|1914}}.",
            "Родился {{OldStyleDate|5|января|1915|23|декабря|1914}}.",
            id="OldStyleDate (Russian)",
        ),
        pytest.param(
            "Born {{OldStyleDate|{{Birth date|df=y|1643|01|05}}|1643|25 December 1642}}.",
            "Born {{OldStyleDate|{{Birth date|df=y|1643|01|04}}|1643|25 December 1642}}.",
            "Born {{OldStyleDate|{{Birth date|df=y|1643|01|05}}|1643|26 December 1642}}.",
            id="OldStyleDate holding Birth date",
        ),
    ],
)
def test_old_style_date_templates(text: str, new: str, old: str) -> None:
    assert _fixed(text, "new") == new
    assert _fixed(text, "old") == old


INFOBOX = (
    "{{{{Infobox person\n| name = X\n| birth_date = {{{{{name}|1650|11|{day}|df=y}}}}<br>"
    "{{{{small|[O.S.: {old} November 1650]}}}}\n| birth_place = Y\n}}}}\nText.\n"
)


@pytest.mark.parametrize("name", sorted(SHOWN_DATE_TEMPLATES))
def test_infobox_date_templates(name: str) -> None:
    text = INFOBOX.format(name=name, day=15, old=4)
    assert _fixed(text, "new") == INFOBOX.format(name=name, day=14, old=4)
    assert _fixed(text, "old") == INFOBOX.format(name=name, day=15, old=5)


def test_a_second_date_in_the_template_stays() -> None:
    text = (
        "| death_date = {{death date and age|1727|03|30|1642|12|25|df=y}}"
        "<br>{{small|[O.S. 20 March 1726/27]}}"
    )
    assert _fixed(text, "new") == text.replace("1727|03|30", "1727|03|31")
