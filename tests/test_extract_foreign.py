"""Russian, Greek, Latin, German and Polish forms (section 4 of the catalogue)."""

from __future__ import annotations

import pytest

from helpers.extract import only, read, span, words


@pytest.mark.parametrize(
    ("text", "shape", "old", "new"),
    [
        ("родился 13 (25) января 1862 года в Москве", "parenthesised_days", "1862-01-13",
         "1862-01-25"),
        ("2 марта (15 марта) 1917 года", "parenthesised", "1917-03-02", "1917-03-15"),
        ("28 декабря 1916 года (10 января 1917 года)", "parenthesised", "1916-12-28",
         "1917-01-10"),
        ("2(15).03.1917", "numeric", "1917-03-02", "1917-03-15"),
        ("urodził się 10 (22) lutego 1810 roku", "parenthesised_days", "1810-02-10",
         "1810-02-22"),
        ("ur. 30 maja/9 czerwca 1672 w Moskwie", "slash", "1672-05-30", "1672-06-09"),
        ("στις 25 Μαρτίου (6 Απριλίου) 1821", "parenthesised", "1821-03-25", "1821-04-06"),
        # the genitive article before the year (a Greek news article on Venizelos)
        ("Στις 11/23 Αυγούστου του 1864 γεννήθηκε", "slash", "1864-08-11", "1864-08-23"),
    ],
)  # fmt: skip
def test_russian_style_pairs_put_the_julian_date_first(
    text: str, shape: str, old: str, new: str
) -> None:
    assert read(text) == [("pair", shape, old, new)]


def test_shared_parts_are_completed_from_the_partner_and_sides_are_their_words() -> None:
    text = "родился 13 (25) января 1862 года"
    item = only(text)
    assert words(text, item.old_style) == "13"
    assert words(text, item.new_style) == "25"
    assert item.old_style is not None
    assert item.old_style.start.year == 1862


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("25 февраля 1917 года (ст. ст.)", "old_style", "1917-02-25"),
        ("10 марта 1917 (по новому стилю)", "new_style", "1917-03-10"),
        ("5 октября 1917 года по старому стилю", "old_style", "1917-10-05"),
        ("25 March 1821 (π.η.)", "old_style", "1821-03-25"),
        ("Η επανάσταση της 25 Μαρτίου 1821 (π.η.) άρχισε.", "old_style", "1821-03-25"),
        ("Η επανάσταση άρχισε στις 25 Μαρτίου του 1821 (π.η.).", "old_style", "1821-03-25"),
        ("6 April 1821 (ν.η.)", "new_style", "1821-04-06"),
        ("am 12. März 1700 a. St. in Wien", "old_style", "1700-03-12"),
        ("1 March 1700 (st.v.)", "old_style", "1700-03-01"),
        ("20 lutego 1811 (n. st.)", "new_style", "1811-02-20"),
        ("przypada 28 lipca (według kalendarza juliańskiego) co roku", "old_style", "--07-28"),
        ("zm. 8 lutego 1725 (wg kalendarza gregoriańskiego)", "new_style", "1725-02-08"),
    ],
)
def test_foreign_markers(text: str, kind: str, days: str) -> None:
    item = only(text)
    assert item.kind == kind
    assert span(item.old_style if kind == "old_style" else item.new_style) == days


def test_an_unmarked_pair_in_parentheses_must_lie_as_far_apart_as_the_calendars() -> None:
    assert read("25 октября (26 октября) 1917 года") == []
    assert read("In 1917 (1918) it happened.") == []


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        # Polish Wikipedia renders its Julian/Gregorian pairs with a "?" linking a note.
        ("Dostojewski (ur. 30 października?/11 listopada 1821 w Moskwie)", "1821-10-30",
         "1821-11-11"),
        ("zm. 28 stycznia?/9 lutego 1881 w Petersburgu", "1881-01-28", "1881-02-09"),
        ("ur. 28 grudnia 1916?/10 stycznia 1917", "1916-12-28", "1917-01-10"),
    ],
)  # fmt: skip
def test_polish_question_mark_slash_pairs(text: str, old: str, new: str) -> None:
    assert read(text) == [("pair", "slash", old, new)]


def test_roman_numeral_months_before_a_year_or_in_a_pair() -> None:
    assert read("zmarł 25 X (7 XI) 1917 w Piotrogrodzie") == [
        ("pair", "parenthesised", "1917-10-25", "1917-11-07")
    ]
    assert read("2 III 1917 r. (według kalendarza juliańskiego) Mikołaj II abdykował") == [
        ("old_style", "marked", "1917-03-02", "-")
    ]


def test_a_capital_i_or_v_after_a_number_is_not_a_month() -> None:
    assert read("Rozdział 5 I poszedł (st. st.) dalej") == []
    assert read("Henryk 8 V był (ст. ст.) tu") == []


def test_polish_calendar_names_are_markers_in_parentheses() -> None:
    # Unparenthesised, like the other small-letter markers, they are read only near
    # another anchor: a pass of the prefilter over every text for them costs 4%.
    assert read("urodził się 9 czerwca 1672 (według kalendarza gregoriańskiego) w Moskwie") == [
        ("new_style", "marked", "-", "1672-06-09")
    ]


@pytest.mark.parametrize(
    ("text", "shape", "old", "new"),
    [
        # Russian Wikipedia's unmarked square brackets, Julian first
        ("Толстой (28 августа [9 сентября] 1828, Ясная Поляна", "bracketed", "1828-08-28",
         "1828-09-09"),
        ("— 7 [20] ноября 1910, станция Астапово", "parenthesised_days", "1910-11-07",
         "1910-11-20"),
        ("Він народився 6 [18] травня 1868 року", "parenthesised_days", "1868-05-06",
         "1868-05-18"),
        ("Od 3 [15] kwietnia 1864 roku", "parenthesised_days", "1864-04-03", "1864-04-15"),
        # Ukrainian months and markers
        ("вона 25 червня (6 липня) 1796 за старим стилем", "parenthesised", "1796-06-25",
         "1796-07-06"),
        # numeric forms
        ("дата 15(28)04.1922 и", "numeric", "1922-04-15", "1922-04-28"),
        ("дата 25.02(09.03)1924 и", "numeric", "1924-02-25", "1924-03-09"),
        ("Народився 14(26). 04. 1890 р.", "numeric", "1890-04-14", "1890-04-26"),
        # church calendars give the civil date first; the days say which is which
        ("Праздник 25 (12) мая 1916 года", "parenthesised_days", "1916-05-12", "1916-05-25"),
        # the same shapes written in English and German translations
        ("He died on November 7 (20) 1910 at Astapovo", "parenthesised_days", "1910-11-07",
         "1910-11-20"),
        ("Born: 10th (22nd) April 1870.", "parenthesised_days", "1870-04-10", "1870-04-22"),
        ("Tolstoi stirbt am 7. (20.) November 1910 in Astapowo", "parenthesised_days",
         "1910-11-07", "1910-11-20"),
        ("He was born on August 28 (September 9) 1828 in Tula", "parenthesised", "1828-08-28",
         "1828-09-09"),
    ],
)  # fmt: skip
def test_more_russian_style_pairs(text: str, shape: str, old: str, new: str) -> None:
    assert read(text) == [("pair", shape, old, new)]


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("7 listopada 1917 r. (25 października zgodnie z obowiązującym w Rosji kalendarzem "
         "juliańskim) wybuchła", "1917-10-25", "1917-11-07"),
        ("obchodzony 8 marca 1917 (23 lutego według kalendarza rosyjskiego)", "1917-02-23",
         "1917-03-08"),
        ("wydany 30 października (17 października, stary styl) 1905", "1905-10-17",
         "1905-10-30"),
        ("dnia 3 marca 1917 (wg kalendarza juliańskiego 18 lutego - stąd nazwa rewolucja "
         "lutowa)", "1917-02-18", "1917-03-03"),
        ("wybuchła ona 7 XI 1917 (24 X wg starego stylu, stąd nazwa)", "1917-10-24",
         "1917-11-07"),
        ("wyd. 30 X (17 X starego stylu) 1905", "1905-10-17", "1905-10-30"),
    ],
)  # fmt: skip
def test_polish_markers_with_words_around_them(text: str, old: str, new: str) -> None:
    ((kind, _, read_old, read_new),) = read(text)
    assert (kind, read_old, read_new) == ("pair", old, new)


def test_a_footnote_mark_after_a_year_is_still_a_footnote_mark() -> None:
    assert read("born 17 May 1749[9] (6 May Old Style)") == [
        ("pair", "parenthesised", "1749-05-06", "1749-05-17")
    ]
    assert read("Footnotes [1] and [12] name no days (O.S.).") == []
