"""Section 5 of the catalogue: the Old Style date templates and the markup around them."""

from __future__ import annotations

import pytest

from helpers.extract import only, read, span, words
from julian_gregorian import extract
from julian_gregorian.text import looks_like_wikitext


@pytest.mark.parametrize(
    ("text", "shape", "old", "new"),
    [
        ("{{OldStyleDate|14 March|1917|1 March}}", "template_OldStyleDate", "1917-03-01",
         "1917-03-14"),
        # the O.S. date with its own year, across 1 January
        ("{{OldStyleDate|3 January|1721|23 December 1720}}", "template_OldStyleDate",
         "1720-12-23", "1721-01-03"),
        # the O.S. year counted from 25 March (a dual year)
        ("{{OldStyleDateDY|January 17,|1706|January 6, 1705}}", "template_OldStyleDateDY",
         "1706-01-06", "1706-01-17"),
        ("{{OldStyleDateNY|April 27|April 15}}", "template_OldStyleDateNY", "--04-15", "--04-27"),
        ("{{Old Style to New Style|6 January|1905|19 January}}", "template_OS2NS", "1905-01-06",
         "1905-01-19"),
        ("{{OS2NS|January 6|1905|January 19, }}", "template_OS2NS", "1905-01-06", "1905-01-19"),
        ("{{oldstyledate|14 March|1917|1 March}}", "template_OldStyleDate", "1917-03-01",
         "1917-03-14"),
        # Russian Wikipedia: N.S. day, month, year, then the O.S. ones
        ("{{OldStyleDate|10|января|1917|28|декабря|1916}}", "template_OldStyleDate_ru",
         "1916-12-28", "1917-01-10"),
        ("{{OldStyleDate|25|сентября|1916|12}}", "template_OldStyleDate_ru", "1916-09-12",
         "1916-09-25"),
    ],
)  # fmt: skip
def test_templates(text: str, shape: str, old: str, new: str) -> None:
    assert read(f"Born {text} in the city.") == [("pair", shape, old, new)]


def test_a_template_is_one_item_and_its_sides_point_into_its_parameters() -> None:
    text = "'''Ivan''' ({{OldStyleDateDY|January 17,|1706|January 6, 1705}} – 1790)"
    item = only(text)
    assert item.text == "{{OldStyleDateDY|January 17,|1706|January 6, 1705}}"
    assert words(text, item.new_style) == "January 17"
    assert words(text, item.old_style) == "January 6, 1705"
    assert item.old_style is not None
    assert (item.old_style.start.year, item.old_style.start.written_year) == (1706, 1705)


def test_links_and_nested_date_templates_inside_parameters() -> None:
    text = "born {{OldStyleDate|[[14 March]]|[[1917]]|1 March}}"
    item = only(text)
    assert words(text, item.new_style) == "14 March"
    text = "born {{OldStyleDateNY|{{Birth date|df=y|1643|01|04}}|25 December 1642}}, died"
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == ("1642-12-25", "1643-01-04")
    assert words(text, item.new_style) == "{{Birth date|df=y|1643|01|04}}"


def test_a_malformed_template_is_no_item() -> None:
    assert read("{{OldStyleDate|14 March|1917}} and {{OS2NS|x|y|z}}", wikitext=True) == []


def test_markup_around_dates_in_wikitext() -> None:
    text = (
        "'''Anna''' was born on [[8 February]] [O.S. 27&nbsp;January] 1834"
        "<ref>Parish register, {{cite book|title=Births}}</ref> in Tobolsk.{{efn|Baptised "
        "on 11 February [O.S. 30 January] 1834.}}"
    )
    assert read(text) == [
        ("pair", "bracketed", "1834-01-27", "1834-02-08"),
        ("pair", "bracketed", "1834-01-30", "1834-02-11"),
    ]
    first = extract(text)[0]
    assert words(text, first.new_style) == "8 February"
    assert first.text == "[[8 February]] [O.S. 27&nbsp;January] 1834"


def test_a_reference_between_a_date_and_its_partner_is_read_through() -> None:
    text = "born 17 May 1749<ref name=b>Baptism, see {{harvnb|Fisk|1959}}.</ref> (6 May Old Style)."
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == ("1749-05-06", "1749-05-17")


def test_wikitext_is_detected_unless_told() -> None:
    wiki = "'''Ivan''' ({{OldStyleDate|14 March|1917|1 March}})"
    assert looks_like_wikitext(wiki)
    assert [item.shape for item in extract(wiki)] == ["template_OldStyleDate"]
    assert extract(wiki, wikitext=False) == []
    assert not looks_like_wikitext("Ivan (14 March [O.S. 1 March] 1917) was born.")
    # Told it is wikitext, [[...]] is a link around the date, and the item covers it.
    text = "born on [[14 March]] [O.S. 1 March] 1917"
    assert [item.text for item in extract(text, wikitext=True)] == [
        "[[14 March]] [O.S. 1 March] 1917"
    ]


def test_template_redirects_spelled_with_spaces() -> None:
    text = "| birth_date = {{Old Style Date|2 January 1837||21 December 1836}}"
    assert read(text, wikitext=True) == [
        ("pair", "template_OldStyleDate", "1836-12-21", "1837-01-02")
    ]


def test_a_ref_template_between_slash_days_and_their_month() -> None:
    text = "| reign = 11/22{{ref|dates|O.S./N.S.}} June 1727"
    assert read(text, wikitext=True) == [("pair", "slash", "1727-06-11", "1727-06-22")]


def test_an_infobox_line_that_names_the_gregorian_calendar_is_not_a_table() -> None:
    text = (
        "| d = [[Adoption of the Gregorian calendar#Adoption in Eastern Europe|OS]]: "
        "7 September 1783"
    )
    assert read(text, wikitext=True) == [("old_style", "marked", "1783-09-07", "-")]


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (
            "| birth_date = {{birth date|df=yes|1650|11|4}}<br />{{small|[<nowiki />"
            "[[Old Style and New Style dates|N.S.]]: 14 November 1650<nowiki />]}}",
            "1650-11-04",
            "1650-11-14",
        ),
        (
            "| birth_date = 25 December 1642<br>{{small|<nowiki>[</nowiki>[[Old Style and New "
            "Style dates|NS]]: {{Birth date|1643|01|04|df=y}}<nowiki>]</nowiki>}}",
            "1642-12-25",
            "1643-01-04",
        ),
        (
            "| death_date = [[Old Style and New Style dates|OS]]: {{death date|1726|03|20|df=y}}"
            "<br>&nbsp;[[Old Style and New Style dates|NS]]: {{death date|1727|03|31|df=y}}",
            "1727-03-20",
            "1727-03-31",
        ),
        (
            "| death_date = {{nowrap|{{death date and age|df=y|1783|9|18|1707|4|15}}}} {{awrap|"
            "{{bracket|[[Adoption of the Gregorian calendar#Adoption in Eastern Europe|OS]]: "
            "7 September 1783}}}}",
            "1783-09-07",
            "1783-09-18",
        ),
    ],
)
def test_infobox_dates_in_date_templates_with_the_other_calendar_below(
    text: str, old: str, new: str
) -> None:
    item = only(text, wikitext=True)
    assert (item.kind, span(item.old_style), span(item.new_style)) == ("pair", old, new)
    assert text[item.offset : item.end_offset] == item.text


def test_a_fix_rewrites_only_the_numbers_of_a_date_template() -> None:
    from julian_gregorian import check

    text = (
        "| birth_date = {{birth date|df=yes|1650|11|4}}<br />{{small|[<nowiki />"
        "[[Old Style and New Style dates|N.S.]]: 15 November 1650<nowiki />]}}"
    )
    (finding,) = check(text, wikitext=True)
    assert finding.code == "JG101"
    assert finding.fix is not None
    assert finding.fix.apply(text) == text.replace("15 November", "14 November")
    (finding,) = check(text, wikitext=True, fix_side="old")
    assert finding.fix is not None  # the O.S. side is a template: its day changes
    assert finding.fix.apply(text) == text.replace("1650|11|4", "1650|11|5")
