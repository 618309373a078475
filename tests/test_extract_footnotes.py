"""Pairs split between a sentence and its footnote."""

from __future__ import annotations

from helpers.extract import read, span, words
from julian_gregorian import extract

ARTICLE = """=== Elizabeth Petrovna ===
ELIZABETH (29 December 1709 – 5 January 1762[1]) was Empress of Russia.

[…]

[1] Or 25 December 1761 in the Old Style calendar.
"""


def test_a_date_in_a_footnote_pairs_with_the_date_its_mark_follows() -> None:
    items = extract(ARTICLE)
    assert [(i.kind, i.shape) for i in items] == [("pair", "footnote")]
    item = items[0]
    assert item.text == "5 January 1762[1]"
    assert (span(item.old_style), span(item.new_style)) == ("1761-12-25", "1762-01-05")
    assert words(ARTICLE, item.old_style) == "25 December 1761"


LIFESPAN = """=== Mussorgsky ===
MODEST MUSSORGSKY (21 March 1839 – 28 March 1881[2]) was a composer.

[2] Russia still used the old style calendar then, which gives his dates as 9 March 1839 \
– 16 March 1881. Other sources use new style dates.
"""


def test_a_lifespan_pairs_end_by_end_with_the_dates_of_its_footnote() -> None:
    assert read(LIFESPAN) == [
        ("pair", "footnote", "1839-03-09", "1839-03-21"),
        ("pair", "footnote", "1881-03-16", "1881-03-28"),
    ]


def test_a_footnote_without_its_mark_in_the_text_stays_a_marked_date() -> None:
    text = "=== Someone ===\nBorn in a village.\n\n[3] Old Style date 4 May.\n"
    assert read(text) == [("old_style", "marked", "--05-04", "-")]


def test_wikitext_reference_after_a_date() -> None:
    text = "She died on 5 January 1762<ref>Or 25 December 1761 in the Old Style calendar.</ref>."
    items = extract(text, wikitext=True)
    assert [(i.kind, i.shape, span(i.old_style), span(i.new_style)) for i in items] == [
        ("pair", "footnote", "1761-12-25", "1762-01-05")
    ]


TWO_NOTES = """=== Two dates ===
He was crowned on 12 May 1724[1] and died on 8 February 1725[2].

[1] Crowned on 12 May 1724 [O.S. 1 May] in the Kremlin.

[2] Or 28 January in the Old Style calendar.
"""


def test_a_footnote_with_its_own_pair_is_left_as_it_is_and_the_next_one_is_linked() -> None:
    assert read(TWO_NOTES) == [
        ("pair", "footnote", "1725-01-28", "1725-02-08"),
        ("pair", "bracketed", "1724-05-01", "1724-05-12"),
    ]


BIRTH = """=== Washington ===
WASHINGTON was born on 11 February 1731[1] in Virginia.

[1] Or 22 February (N.S.) 1732.
"""


def test_a_bare_ns_before_the_year_in_a_footnote_pairs_as_a_gregorian_day() -> None:
    # O.S. 11 February 1731 is 1732 counted from 1 January, N.S. 22 February 1732
    assert read(BIRTH) == [("pair", "footnote", "1732-02-11", "1732-02-22")]
