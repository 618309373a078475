"""Years: shared parts, context years, Lady-Day years, dates without any year (section 8)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.extract import only, span
from julian_gregorian import GregorianDate, JulianDate, check, extract
from julian_gregorian.dumps import read_pages
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._link.context import YEAR, YearContext, counts, doubtful
from julian_gregorian.text._read.counts import may_be_counted


def test_a_missing_year_comes_from_the_paragraph_and_says_where() -> None:
    text = "The fast of 1904 ended on 7 January [O.S. 25 December] with a service."
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == ("1903-12-25", "1904-01-07")
    assert item.year_from == "context"
    assert item.year_offset == text.index("1904")
    assert item.new_style is not None
    assert item.new_style.start.year_from == "context"
    assert JulianDate(1903, 12, 25) == GregorianDate(1904, 1, 7)


def test_the_nearest_year_of_the_section_when_the_paragraph_has_none() -> None:
    text = (
        "== Death ==\n"
        "His body was found on 1 January [O.S. 19 December], far downstream.\n\n"
        "The Tsar abdicated in March 1917.\n"
    )
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == ("1916-12-19", "1917-01-01")
    assert item.year_offset == text.index("1917")


def test_a_heading_or_an_elision_ends_the_search_for_a_year() -> None:
    text = "It began in 1883.\n\n== War ==\nWar was declared on 25 September (O.S.)/ 8 October."
    assert only(text).year_from == "unknown"
    text = "It began in 1883.\n\n[…]\n\nWar was declared on 25 September (O.S.)/ 8 October."
    item = only(text)
    assert item.year_from == "unknown"
    assert item.year_offset is None
    assert span(item.old_style) == "--09-25"


def test_beyond_its_section_a_pair_takes_only_a_year_its_halves_agree_with() -> None:
    # 13 days apart: 1917 fits, beyond the elision; 1883 (12 days) would not.
    text = (
        "Order No. 1 was issued on 14 March [O.S. 1 March].\n\n[…]\n\n"
        "Lenin arrived on 3 April 1917 O.S. from Zurich."
    )
    pair = extract(text)[0]
    assert (span(pair.old_style), span(pair.new_style)) == ("1917-03-01", "1917-03-14")
    assert pair.year_from == "context"
    assert pair.year_offset == text.index("1917")
    text = "It began in 1883.\n\n[…]\n\nWar was declared on 25 September (O.S.)/ 8 October."
    assert only(text).year_from == "unknown"
    # A marked date alone says nothing of its year, so it takes none from so far away.
    text = "He was born on 3 April (O.S.).\n\n[…]\n\nIn 1917 he left."
    assert only(text).year_from == "unknown"


def test_a_year_after_a_date_of_the_same_month_is_preferred() -> None:
    text = "(19 April [O.S. 7 April] 1844 – 12 May 1910) He always kept 7/19 April as his birthday."
    item = next(i for i in extract(text) if i.shape == "slash")
    assert span(item.old_style) == "1844-04-07"


def test_year_shared_by_the_partner_is_from_the_text() -> None:
    item = only("14 March (on 1 March 1917, O.S.) the order was issued")
    assert item.year_from == "text"
    assert item.new_style is not None
    assert item.new_style.start.year == 1917


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        # O.S. year one less than the N.S. year between 1 January and 24 March before 1753
        ("on February 21, 1733 [O.S. February 10, 1732]", "1733-02-10", "1733-02-21"),
        ("on March 15, 1749 (March 4, 1748, Old Style, Julian calendar)", "1749-03-04",
         "1749-03-15"),
        # a December beside a January is the year before, not a Lady-Day year
        ("on 4 January 1690 [O.S. 25 December 1689]", "1689-12-25", "1690-01-04"),
        # after 24 March the years agree; a year less is left as written for the checker
        ("on April 5, 1733 [O.S. March 25, 1732]", "1732-03-25", "1733-04-05"),
    ],
)  # fmt: skip
def test_lady_day_years(text: str, old: str, new: str) -> None:
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == (old, new)


def test_lady_day_year_keeps_the_printed_number() -> None:
    item = only("on February 21, 1733 [O.S. February 10, 1732]")
    assert item.old_style is not None
    assert item.old_style.start.written_year == 1732
    assert JulianDate(1733, 2, 10) == GregorianDate(1733, 2, 21)


@pytest.mark.parametrize(
    ("text", "year_from"),
    [
        ("Pilgrims gathered on 14 April (27 April New Style).", "unknown"),
        # "every year": a yearly date, given in today's calendars
        ("Pilgrims gather on 14 April (27 April New Style) every year.", "yearly"),
    ],
)
def test_a_pair_with_no_year_anywhere_is_still_reported(text: str, year_from: str) -> None:
    item = only(text)
    assert item.year_from == year_from
    assert (span(item.old_style), span(item.new_style)) == ("--04-14", "--04-27")
    assert item.old_style is not None
    assert item.old_style.start.year is None


def test_the_years_of_a_stretch_are_those_the_whole_text_holds() -> None:
    # Years cut by a stretch's ends: a decade, a span of years, a possessive, a number.
    text = (
        "In the 1730s, 1731; from 1900 – 2099 and 1712–1713; 1714's war; 1715, 370,000; "
        "2001%; 1641.\n\n== Later ==\nIn 1917 and 1918 ... 1919/20, 2020 s 1066"
    )
    whole = [match.start() for match in YEAR.finditer(text)]
    assert len(whole) >= 6
    for low in range(len(text)):
        for high in range(low + 1, len(text) + 1, 7):
            years = YearContext(text)
            found = years._index(low, high)
            assert [at for at in found if low <= at < high] == [
                at for at in whole if low <= at < high
            ]
            # (stretches added before and after the first one, then the whole text)
            years._index(max(0, low - 9), high + 5)
            assert years._index() == whole


# A count is no context year: each, taken for the year 1600 (10 days then), gave the
# pair a false JG101; the year-taking siblings keep it.
@pytest.mark.parametrize(
    "text",
    [
        "Over 1600 soldiers were killed. On 3 (14) June he died.",
        "In the battle 1600 were killed. On 3 (14) June he died.",
        "Около 1600 солдат погибли. 3 (14) июня он умер.",
        "Близько 1600 козаків загинули. 3 (14) червня він помер.",
        "Загинаа околу 1600 војници. На 3 (14) јуни тој почина.",
        "Au total, environ 1600 soldats. Il mourut le 3 (14) juin.",
        "Zginęło około 1600 żołnierzy. Zmarł 3 (14) czerwca.",
        "Au murit peste 1600 de soldați. A murit la 3 (14) iunie.",
    ],
)
def test_a_count_is_no_context_year(text: str) -> None:
    (item,) = extract(text)
    assert item.year_from == "unknown"
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a word that makes it a year, a function word or a word for "year" after it
        ("In 1600 soldiers were sent. On 3 (13) June he died.", 1600),
        ("В 1600 началась война. 3 (13) июня он умер.", 1600),
        ("Около 1600 года началась война. 3 (13) июня он умер.", 1600),
        ("About 1600 he moved to Moscow. On 3 (13) June he died.", 1600),
        # a date's year: a month before it
        ("Born 27 April 1600 of the old style. On 3 (13) June he died.", 1600),
    ],
)
def test_a_year_near_a_count_word_stays_a_year(text: str, year: int) -> None:
    item = [item for item in extract(text) if item.kind == "pair"][-1]
    assert item.year_from == "context"
    assert item.old_style is not None
    assert item.old_style.start.year == year


# What holds or has a number of things leads a count, and a number listed after a count
# counts too: each pair took the count before it for its year (10 or 11 days then), a
# false JG101; with no year around, the pair's 11 days are checked against the offsets
# the calendars ever had, and fit.
@pytest.mark.parametrize(
    "text",
    [
        "The Tsar's army had 1712 men and 1650 horses.\n\n"
        "On 5 March [O.S. 22 February] they marched north.",
        "The garrison, with 300 guns, 1650 muskets and 40 boats, held out. "
        "It surrendered on 5 March (22 February).",
        "The regiment was numbering 1650 sabres. On 5 March (22 February) it crossed the river.",
        "The town has 1650 inhabitants and 1712 houses. The fair opens on 5 March (22 February).",
        "The mortality rate was 28 per 1650 births. He died on 5 March (22 February).",
        "The army numbered 1712 men and 1650 horses.\n\n"
        "On 5 March [O.S. 22 February] they marched north.",
        "The army had 1,712 men and 1650 horses.\n\n"
        "On 5 March [O.S. 22 February] they marched north.",
    ],
)
def test_a_count_of_a_list_or_a_possession_is_no_context_year(text: str) -> None:
    (item,) = extract(text)
    assert item.year_from == "unknown"
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # years listed after a year, not a count: "and" alone makes none
        ("The Acts of 1702 and 1712 granted land. On 5 March (22 February) it was read.", 1712),
        ("In 1650 troops and 1712 ships sailed. On 5 March (22 February) they landed.", 1712),
    ],
)
def test_a_year_listed_after_a_year_stays_a_year(text: str, year: int) -> None:
    (item,) = extract(text)
    assert item.year_from == "context"
    assert item.old_style is not None
    assert item.old_style.start.year == year


# A year written on a thing follows a count lead as a count does ("has 1650 carved"):
# each is the pair's year, whose 10 days the pair's 11 are not (a JG101), as before
# "has", "had" and "with" led counts.
@pytest.mark.parametrize(
    "sentence",
    [
        "The church has 1650 carved over the door.",
        "The old gate had 1650 written on its lintel.",
        "The bell, with 1650 cast into its rim, still rings.",
        "The gate has 3 arches and 1650 inscribed over them.",
    ],
)
def test_a_year_written_on_a_thing_stays_a_context_year(sentence: str) -> None:
    text = f"{sentence} On 5 March [O.S. 22 February] they marched."
    (item,) = extract(text)
    assert item.year_from == "context"
    assert item.old_style is not None
    assert item.old_style.start.year == 1650
    assert [finding.code for finding in check(text)] == ["JG101"]


def test_a_count_lead_judges_the_word_after_in_its_own_languages() -> None:
    # "men" follows a year in Swedish ("1712 men"), "but"; after the English "had" it is
    # counted (:func:`counts`), while a Swedish year before it stays one
    assert counts("The army had 1712 men", 13, 17) is True
    assert counts("Kriget började 1712 men slutade", 15, 19) is False


def test_every_count_and_year_word_is_read_as_written() -> None:
    # Words are compared in small letters: each record's must be written so, and each
    # count lead must make a count of a number before a word no record lists.
    for language in LANGUAGES:
        for word in (*language.year_prepositions, *language.count_leads):
            assert word == word.lower(), (language.code, word)
        # (the counted noun written as the language writes nouns: German capitalises
        # them, and a word in small letters there is a verb, the year's)
        noun, verb = ("Xyzzy", "xyzzy") if language.nouns_capitalised else ("xyzzy", "Xyzzy")
        for word in language.count_leads:
            text = f"{word} 1600 {noun}"
            start = len(word) + 1
            assert counts(text, start, start + 4), (language.code, word)
            assert not counts(f"{word} 1600 {verb}", start, start + 4), (language.code, word)
        for word in language.year_prepositions:
            text = f"{word} 1600 xyzzy"
            start = len(word) + 1
            assert not counts(text, start, start + 4), (language.code, word)


def test_a_context_year_the_pair_is_no_slip_of_gives_way_to_one_it_fits() -> None:
    # en-101 (English Wikipedia, '1700'): the nearest year before the pair is 1923, whose
    # 13 days are no slip of the pair's 10; the paragraph's 1700 fits them (a false
    # JG101 before)
    text = (
        "As of the start of 1700, the Gregorian calendar was 10 days ahead of the Julian "
        "calendar, which remained in localized use until 1923. As of March 1 (O.S. "
        "February 19), when the Julian calendar acknowledged a leap day and the Gregorian "
        "calendar did not, the Julian calendar fell one day further behind."
    )
    (item,) = extract(text)
    assert item.old_style is not None
    assert item.old_style.start.isoformat() == "1700-02-19"
    assert check(text) == []


def test_a_context_year_a_day_s_slip_away_is_kept_with_its_error() -> None:
    # today's 13 days written for 1812 (12): a slip of 1812's, the error reported,
    # though the paragraph's 1924 would fit
    text = (
        "In 1812 the army retreated. The battle began on 25 October (7 November); its "
        "records were reorganised in 1924."
    )
    (item,) = extract(text)
    assert item.old_style is not None
    assert item.old_style.start.year == 1812
    assert [finding.code for finding in check(text)] == ["JG101"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a lifespan's end year crossing a century from its start: the pair is a day's
        # slip of the end year's difference and fits the start year's, and the date is
        # the end's (a death): the error is reported, not hidden by the start year
        (
            "Leo Tolstoy (28 August 1828 – 7 November 1910) was a writer. He died at "
            "Astapovo on 7 (19) November.",
            1910,
        ),
        (
            "Лев Толстой (28 августа 1828 — 7 ноября 1910) — писатель. Умер на станции "
            "Астапово 7 (19) ноября.",
            1910,
        ),
        (
            "Grigori Rasputin (21 January 1869 – 30 December 1916) was a mystic. He was "
            "killed on 17 (29) December.",
            1916,
        ),
        ("Peter I (9 June 1672 – 8 February 1725) died on 28 January (7 February).", 1725),
        (
            "Pedro I (9 de junio de 1672-8 de febrero de 1725) murió el 28 de enero "
            "(7 de febrero).",
            1725,
        ),
        (
            "The First World War (28 July 1899 – 11 November 1918). On 25 October "
            "(6 November) the Bolsheviks rose.",
            1918,
        ),
        # a day's slip of the span's end and of its start alike
        (
            "The mayor (1 May 1812 – 3 June 1814) built the bridge. On 25 October "
            "(7 November) it burned.",
            1814,
        ),
    ],
)
def test_a_span_s_end_year_a_day_s_slip_away_is_kept_with_its_error(text: str, year: int) -> None:
    (item,) = extract(text)
    old = item.old_style
    assert old is not None
    assert old.start.year == year
    assert [finding.code for finding in check(text)] == ["JG101"]


# Today's 13 days written for an 18th-century date (11): a later year of the paragraph
# that fits them must not hide the error (a fitting year is looked for only earlier).
@pytest.mark.parametrize(
    "text",
    [
        "A monument was unveiled in 1909 on the field of the battle of 1709. The Russians "
        "attacked on 27 June (10 July).",
        "Памятник открыт в 1909 году на поле битвы 1709 года. Русские атаковали 27 июня (10 июля).",
        "Пам'ятник відкрито в 1909 році на полі битви 1709 року. Росіяни атакували 27 "
        "червня (10 липня).",
        "Das Denkmal wurde 1909 auf dem Feld der Schlacht von 1709 enthüllt. Die Russen "
        "griffen am 27. Juni (10. Juli) an.",
        "Le monument fut inauguré en 1909 sur le champ de la bataille de 1709. Les Russes "
        "attaquèrent le 27 juin (10 juillet).",
        "Monumentet avtäcktes 1909 på slagfältet från 1709. Ryssarna anföll den 27 juni (10 juli).",
        "Monumentul a fost dezvelit în 1909 pe câmpul bătăliei din 1709. Rușii au atacat "
        "pe 27 iunie (10 iulie).",
    ],
)
def test_a_later_fitting_year_does_not_hide_today_s_difference_written_too_early(
    text: str,
) -> None:
    (item,) = extract(text)
    assert item.old_style is not None
    assert item.old_style.start.year == 1709
    assert [finding.code for finding in check(text)] == ["JG101"]


# A year written after a date's bracketed marker and before a verb (verb second in
# German and Swedish, inversion in French) is the date's year, and the context's.
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Am 12. März (a. St.) 1700 starb er in Moskau.", "1700-03-12"),
        ("Am 19. November (a. St.) 1700 begann die Schlacht bei Narva.", "1700-11-19"),
        ("Den 30 november (n.s.) 1700 besegrade svenskarna ryssarna.", "1700-11-30"),
        ("Den 19 november (g.s.) 1700 segrade svenskarna.", "1700-11-19"),
        ("Le 30 novembre (n. st.) 1700 commença la bataille.", "1700-11-30"),
        ("Op 30 november (n.s.) 1700 versloegen de Zweden de Russen.", "1700-11-30"),
    ],
)
def test_a_year_after_a_bracketed_marker_before_a_verb_is_the_date_s(text: str, iso: str) -> None:
    (item,) = extract(text)
    side = item.old_style or item.new_style
    assert side is not None
    start = side.start
    assert start.isoformat() == iso
    assert start.year_from == "text"


def test_a_year_after_a_bracketed_marker_lends_itself_to_the_next_date() -> None:
    text = "Am 12. März (a. St.) 1700 starb er. Begraben wurde er am 15. (26.) März."
    _, second = extract(text)
    assert second.old_style is not None
    assert (second.old_style.start.year, second.old_style.start.year_from) == (1700, "context")


# A comma alone before a number makes no count: the year is the context's, and the
# pair's error (today's 13 days, or one too few) is reported.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "The siege ended on November 30, 1700 amid heavy snow. The Swedes had landed on "
            "6 October (24 September O.S.).",
            1700,
        ),
        ("For Russia, 1709 brought victory. The battle was fought on 27 June (9 July).", 1709),
        (
            "In Russia, 1700 began on 1 January by decree. The tsar left on 6 October (24 "
            "September O.S.).",
            1700,
        ),
        ("See Gordon (London, 1700 edition). He left on 6 October (24 September O.S.).", 1700),
        ("Для России, 1709 стал годом победы. Битва произошла 27 июня (9 июля).", 1709),
        (
            "Für Russland, 1709 brachte den Sieg. Die Schlacht fand am 27. Juni (9. Juli) statt.",
            1709,
        ),
    ],
)
def test_a_comma_alone_makes_no_count(text: str, year: int) -> None:
    item = [item for item in extract(text) if item.kind == "pair"][-1]
    assert item.old_style is not None
    assert (item.old_style.start.year, item.old_style.start.year_from) == (year, "context")
    assert [finding.code for finding in check(text)] == ["JG101"]


# A count lead before a word for "year" ("over 1700 years") or before a year
# preposition ("πάνω από", "more than") still makes a count: the earlier 1850 is the
# pair's year (13 days written for it, an error).
@pytest.mark.parametrize(
    "text",
    [
        "Το 1850 πάνω από 1917 άνθρωποι ήρθαν. Στις 12 (25) Μαΐου έγινε η γιορτή.",
        "Храм збудовано у 1850 році, понад 1700 років після Різдва. 12 (25) травня його освятили.",
        "Храмът е построен през 1850 г., над 1700 години след Христа. На 12 (25) май е осветен.",
        "Храм пабудавалі ў 1850 годзе, больш 1700 гадоў пасля Нараджэння. 12 (25) мая яго "
        "асвяцілі.",
        "Храмот е изграден во 1850 година, над 1700 години по Христа. На 12 (25) мај е осветен.",
        "The church was built in 1850, more than 1700 years after Christ. On 12 (25) May "
        "it was consecrated.",
        # a lead of two words whose second is no year preposition (reviewer's input)
        "Храм пабудаваны ў 1850 годзе, больш за 1700 гадоў пасля Нараджэння. 12 (25) траўня "
        "храм асвечаны.",
        # counts of people, after Swedish and French leads
        "År 1850 kom över 1700 pilgrimer den 12 (25) maj.",
        "En 1850 plus de 1700 pèlerins vinrent le 12 (25) mai.",
    ],
)
def test_a_count_of_years_after_a_count_lead_is_no_year(text: str) -> None:
    item = [item for item in extract(text) if item.kind == "pair"][-1]
    assert item.old_style is not None
    assert item.old_style.start.year == 1850
    assert [finding.code for finding in check(text)] == ["JG101"]


# An approximation before a year preposition ("about in", "примерно в", "Περίπου το")
# is an approximate year, not a count: the pair is 1700's, 13 days an error.
@pytest.mark.parametrize(
    "text",
    [
        "Περίπου το 1700 χτίστηκε ο ναός. Στις 12 (25) Μαΐου εγκαινιάστηκε.",
        "Σχεδόν το 1700 κτίστηκε ο ναός. Στις 12 (25) Μαΐου εγκαινιάστηκε.",
        "Строительство началось примерно в 1700 строителями из Москвы; храм освящён 12 (25) мая.",
        "Aproape în 1700 biserica a fost ridicată; sfințită la 12 (25) mai.",
        "Work began nearly in 1700 construction being slow; it was consecrated on 12 (25) May.",
    ],
)
def test_an_approximation_before_a_year_preposition_is_a_year(text: str) -> None:
    item = [item for item in extract(text) if item.kind == "pair"][-1]
    assert item.old_style is not None
    assert item.old_style.start.year == 1700
    assert [finding.code for finding in check(text)] == ["JG101"]


def test_a_date_s_year_and_a_context_year_are_told_from_a_count_alike() -> None:
    # one word table for both: a function word of any language after the number
    text = "On 5 January (N.S.) 1700 die Soldaten landeten. Am 3. (14.) Juni starb er."
    first, second = extract(text)
    assert first.dual_year == (1699, 1700)
    assert second.old_style is not None
    assert second.old_style.start.year == 1700
    assert counts(text, 20, 24) is False


def _takes_no_year_and_says_nothing(text: str) -> None:
    """The text's one pair gets no context year, and no finding is told of it."""
    (item,) = extract(text)
    assert item.year_from == "unknown"
    assert check(text) == []


def _faulted_by_its_context_year(text: str, year: int) -> None:
    """The text's last pair takes *year* from its context, and is a JG101 by it."""
    item = [item for item in extract(text) if item.kind == "pair"][-1]
    assert item.old_style is not None
    assert (item.old_style.start.year, item.year_from) == (year, "context")
    assert [finding.code for finding in check(text)] == ["JG101"]


# German writes its nouns with a capital: its count leads make a count of a number
# before a capitalised word, and a word in small letters after one is a verb, so the
# number a year. Each count gave the pair (11 days) a false JG101 against 1650.
@pytest.mark.parametrize(
    "sentence",
    [
        "Rund 1650 Mann zogen aus.",
        "Er führte über 1650 Soldaten nach Norden.",
        "Die Stadt hatte damals knapp 1650 Einwohner.",
        "Es fielen insgesamt 1650 Mann.",
        "Es kamen mehr als 1650 Pilger.",
    ],
)
def test_a_german_count_is_no_context_year(sentence: str) -> None:
    _takes_no_year_and_says_nothing(
        f"{sentence} Am 5. März (22. Februar a. St.) erreichten sie die Stadt."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Kirche wurde etwa 1650 erbaut.",
        "Der Streit dauerte bis über 1650 hinaus.",
        # a capitalised word after a year with no lead before it: the year's
        "Er wurde 1650 Bürgermeister der Stadt.",
    ],
)
def test_a_german_year_after_a_count_lead_stays_a_year(sentence: str) -> None:
    _faulted_by_its_context_year(
        f"{sentence} Am 5. März (22. Februar a. St.) erreichten sie die Stadt.", 1650
    )


# A number that opens its sentence before what may be the noun it counts is a count
# far more often than a year ("1650 men marched out"): each pair, of 11 days, took it
# for its year (10 days then), a false JG101. Unsure of the year, the checker now says nothing; the
# pair's 11 days fit the offsets the calendars ever had.
@pytest.mark.parametrize(
    "text",
    [
        "1650 men marched out. On 5 March [O.S. 22 February] they reached the town.",
        "The siege was long.\n\n1650 men marched out on 5 March [O.S. 22 February].",
        "* 1650 men marched out.\n* On 5 March [O.S. 22 February] they reached the town.",
        "1650 Mann zogen aus. Am 5. März (22. Februar a. St.) erreichten sie die Stadt.",
        "1650 человек вышли из города. 5 марта (22 февраля ст. ст.) они достигли крепости.",
        "1650 козаків вийшли з міста. 5 березня (22 лютого ст. ст.) вони дісталися фортеці.",
        "1650 żołnierzy wyszło z miasta. 5 marca (22 lutego st. st.) dotarli do twierdzy.",
        "1650 hommes sortirent de la ville. Le 5 mars (22 février ancien style) ils "
        "atteignirent le fort.",
        "1650 man marscherade ut ur staden. Den 5 mars (22 februari g.s.) nådde de fram.",
    ],
)
def test_a_number_opening_its_sentence_before_a_noun_is_no_year_to_fault_a_pair_by(
    text: str,
) -> None:
    _takes_no_year_and_says_nothing(text)


def test_a_single_date_takes_no_year_from_a_number_that_may_count() -> None:
    text = "1650 men marched out. On 22 February O.S. they reached the town."
    (item,) = extract(text)
    assert item.kind == "old_style"
    assert item.year_from == "unknown"
    # (the same date after a year: "was" follows years)
    (item,) = extract(text.replace("men marched out", "was a hard year"))
    assert item.old_style is not None
    assert (item.old_style.start.year, item.year_from) == (1650, "context")


# Such a number is still the year of a pair whose halves it makes one day: it may be
# a year, and nothing is said against it.
@pytest.mark.parametrize(
    "text",
    [
        "1650 men marched out. On 15 March [O.S. 5 March] they reached the town.",
        "1650 Mann zogen aus. Am 15. März (5. März a. St.) erreichten sie die Stadt.",
        "1650 человек вышли из города. 15 марта (5 марта ст. ст.) они достигли крепости.",
    ],
)
def test_a_number_that_may_count_is_the_year_of_a_pair_it_fits(text: str) -> None:
    (item,) = extract(text)
    assert item.old_style is not None
    assert (item.old_style.start.year, item.year_from) == (1650, "context")
    assert item.year_offset == 0
    assert check(text) == []


# Years that open their sentences stay years, and the pair's error is told: after a
# year preposition ("In 1768 violence broke out" dates far more often than "In 1650 men
# marched out" counts), a comma after them, a word that follows a year (a function
# word of the sentence's language, a word for "year", a verb a year is the subject of),
# a name after a year preposition,
# a German verb in small letters (its nouns are capitalised), a number inside its
# sentence.
@pytest.mark.parametrize(
    "text",
    [
        "In 1650, on 5 March [O.S. 22 February] they reached the town.",
        "In 1650 men marched out. On 5 March [O.S. 22 February] they reached the town.",
        "1650, the year of the siege, was hard. On 5 March [O.S. 22 February] it fell.",
        "1650 was a hard year. On 5 March [O.S. 22 February] they reached the town.",
        "In 1650 the men marched out. On 5 March [O.S. 22 February] they reached the town.",
        "1650 saw the siege of the town. On 5 March [O.S. 22 February] it fell.",
        "In 1650 were born twins to the house. On 5 March [O.S. 22 February] they died.",
        "In 1650 Cromwell marched north. On 5 March [O.S. 22 February] he reached the town.",
        "The 1650 campaign began early. On 5 March [O.S. 22 February] they reached the town.",
        "1650 zogen die Truppen aus. Am 5. März (22. Februar a. St.) erreichten sie die Stadt.",
        "1650 год выдался тяжёлым. 5 марта (22 февраля ст. ст.) они достигли крепости.",
        "1650 var ett svårt år för staden. Den 5 mars (22 februari g.s.) nådde de fram.",
        "1650 fut une année difficile. Le 5 mars (22 février ancien style) ils atteignirent "
        "le fort.",
    ],
)
def test_a_year_opening_its_sentence_still_faults_a_pair(text: str) -> None:
    _faulted_by_its_context_year(text, 1650)


def test_a_year_after_a_year_preposition_before_a_noun_still_faults_a_pair() -> None:
    # (10 days written, 11 in 1768)
    text = "In 1768 violence broke out. On 5 April [O.S. 26 March] the town fell."
    _faulted_by_its_context_year(text, 1768)


# A year opens its sentence before a verb, an adverb or an adjective far more often
# than a count does before its noun, in every language: each of these years, the pair's
# context, gave a true JG101 (13 days written, 12 in 1812; 12 written, 11 in 1709 and
# 1789), as it must still. Only a noun a number commonly counts makes such a year
# doubtful, not any word in small letters.
_WRONG_PAIRS = {
    "en": "On 23 June [O.S. 10 June] they reached the town.",
    "ru": "23 июня (10 июня ст. ст.) они достигли крепости.",
    "uk": "23 червня (10 червня ст. ст.) вони дісталися фортеці.",
    "pl": "23 czerwca (10 czerwca st. st.) dotarli do twierdzy.",
    "fr": "Le 23 juin (10 juin ancien style) ils atteignirent le fort.",
    "sv": "Den 23 juni (10 juni g.s.) nådde de fram.",
    "de": "Am 23. Juni (10. Juni a. St.) erreichten sie die Stadt.",
    "es": "El 23 de junio (10 de junio del calendario juliano) llegaron a la ciudad.",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "1812 proved a turning point for Russia."),
        ("en", "1812 became known as the year of the invasion."),
        ("en", "1812 remained a year of war."),
        ("en", "1812 found the army near Moscow."),
        ("en", "1812 likewise proved difficult."),
        ("en", "1812 however was different."),
        ("en", "1812 alone cost Napoleon his army."),
        ("en", "1812 itself was a hard year."),
        ("en", "1812 meanwhile brought war."),
        ("en", "The war went on.\n\n1812 remains famous for the burning of Moscow."),
        ("en", "{| class=wikitable\n|-\n| 1812 invasion of Russia\n|-\n|"),
        ("en", "* 1812 marked the end of the alliance.\n*"),
        ("ru", "1812 принёс России победу."),
        ("ru", "1812 оказался решающим для армии."),
        ("uk", "1812 приніс поразку французам."),
        ("pl", "1812 przyniósł klęskę Napoleonowi."),
        ("pl", "1812 okazał się przełomowy."),
        ("fr", "1812 voit la retraite de Russie."),
        ("fr", "1812 reste une année terrible."),
        ("fr", "1812 constitue un tournant."),
        ("sv", "1812 innebar slutet för armén."),
        ("sv", "1812 markerade slutet för armén."),
        ("es", "1812 fue un año terrible para Francia."),
        ("de", "* 1812 Feldzug gegen Russland.\n*"),
    ],
)
def test_a_year_opening_its_sentence_before_a_verb_still_faults_a_pair(
    language: str, sentence: str
) -> None:
    _faulted_by_its_context_year(f"{sentence} {_WRONG_PAIRS[language]}", 1812)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # a heading's year, even before a word: no sentence opens there
        ("== 1650 ==\nOn 5 March [O.S. 22 February] they reached the town.", 3),
        ("== 1650 campaign ==\nOn 5 March [O.S. 22 February] they reached the town.", 3),
        # a reference's abbreviation after a year
        ("Oxford University Press. 2008 p. 60.", 25),
        # an adverb, a verb after a year
        ("The siege ended. 1650 also left the town in ruins.", 17),
        ("The siege ended. 1650 proved a hard year.", 17),
        # a table cell's year before an Italian word, a German chronicle's noun
        ("| 1808 negli altri calendari", 2),
        ("* 1813 Völkerschlacht bei Leipzig", 2),
    ],
)
def test_no_doubt_where_no_count_may_open_a_sentence(text: str, at: int) -> None:
    assert text[at : at + 4] in {"1650", "2008", "1808", "1813"}
    assert not doubtful(text, at)


def test_the_word_after_a_number_is_read_as_its_language_writes_nouns() -> None:
    # "men" is Swedish "but", a function word after a year, but no Swedish sentence
    # opens with a year and "but"
    english = "1650 men marched out. On 5 March they reached the town."
    assert may_be_counted(english, 4)
    assert counts(english, 0, 4) is False  # (a year to the count leads, as before)
    # German nouns are capitalised, a verb after the number is not
    assert may_be_counted("1650 Mann zogen aus, und sie kamen an.", 4)
    assert not may_be_counted("1650 zogen die Truppen aus, und sie kamen an.", 4)
    assert not may_be_counted("1650 mann", 4)
    # and the other languages' in small letters
    assert not may_be_counted("1650 Men", 4)
    assert not may_be_counted("In 1946 Einstein visited Princeton.", 7)


def test_every_counted_noun_makes_a_sentence_opening_number_doubtful() -> None:
    capitalised: dict[str, bool] = {}
    for language in LANGUAGES:
        # its own words that follow a year: none is a noun it counts
        after_year = {
            *language.function_words,
            *language.inscription_words,
            *(word.rstrip(".").lower() for word in language.year_words),
        }
        for noun in language.counted_nouns:
            assert noun == noun.lower(), (language.code, noun)
            assert noun not in after_year, (language.code, noun)
            # (one way of writing each noun, whichever languages list it)
            assert capitalised.setdefault(noun, language.nouns_capitalised) == (
                language.nouns_capitalised
            ), (language.code, noun)
            written, other = (
                (noun.capitalize(), noun)
                if language.nouns_capitalised
                else (
                    noun,
                    noun.capitalize(),
                )
            )
            text = f"The siege ended. 1650 {written} marched out."
            assert doubtful(text, 17), (language.code, noun)
            assert not doubtful(text.replace(written, other), 17), (language.code, noun)


def _reference_document_year(
    text: str, offset: int, end_offset: int, fits: Callable[[int], bool]
) -> tuple[int, int] | None:
    """The nearest fitting year before or after the date among every year of the whole
    text, indexed at once (as ``document_year_for`` looked for it before)."""
    years = YearContext(text)
    offsets = years._index()
    here, after = bisect_left(offsets, offset), bisect_left(offsets, end_offset)
    candidates = [index for index in (here - 1, after) if 0 <= index < len(offsets)]
    candidates.sort(key=lambda index: abs(offsets[index] - offset))
    for index in candidates:
        if fits(years._values[index]):
            return years._values[index], offsets[index]
    return None


_FITS: list[Callable[[int], bool]] = [
    lambda year: True,
    lambda year: year % 2 == 0,
    lambda year: 1900 <= year <= 2099,
    lambda year: year < 1700,
]


@pytest.mark.parametrize("fits", _FITS, ids=["any", "even", "1900-2099", "before 1700"])
def test_the_document_year_is_the_nearest_of_the_whole_text(fits: Callable[[int], bool]) -> None:
    # Pages of the sample dump (their years thousands of characters apart, or none for a
    # whole reach), asked at offsets all along them, by a context asked before or not.
    sample = Path(__file__).resolve().parent / "data" / "enwiki-sample-pages-articles.xml.bz2"
    pages = [page.text for page in read_pages(sample)]
    pages.append("1066 " + "x" * 90_000 + " 5 March [O.S. 22 February] " + "y" * 100_000 + " 2001")
    pages.append("No year at all in " + "z" * 50_000)
    asked = 0
    for text in pages[::7] + pages[-2:]:
        for offset in range(0, len(text), max(1, len(text) // 9)):
            end = min(len(text), offset + 20)
            expected = _reference_document_year(text, offset, end, fits)
            assert YearContext(text).document_year_for(offset, end, fits) == expected
            warmed = YearContext(text)
            warmed.year_for(offset, end)
            assert warmed.document_year_for(offset, end, fits) == expected
            asked += expected is not None
    assert asked > 0
