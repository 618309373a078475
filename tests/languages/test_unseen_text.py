"""Golden sentences of real text the project had not seen: a calendar named as "the
old one" (Macedonian ``според стариот календар``), "the old Julian calendar" (Russian
``по старому юлианскому календарю``), a second calendar named as "that one" (Italian
``di quello giuliano``), and a day group printed with spaces inside its brackets
(``14 ( 26 ) december 1803``), the Serbian year written as an ordinal, with a full stop
before its word (``26.10.1787. godine (6.11.1787. po novom kalendaru)``), the other day alone
in brackets before its marker (``10 апреля (22 по новому стилю) 1870``), Romanian's
``S.N.`` (stil nou) opening a bracket and a Serbian month in the dative (``23. јуну``). Each real
sentence is quoted as found (trimmed to the
clause around the date) with its source; the siblings, marked as constructed, are the
same day written the other way round or in another language.
"""

from __future__ import annotations

import pytest

from julian_gregorian import Item, check, extract

PAIR, OLD = "pair", "old_style"


def _pair_days(item: Item) -> tuple[str, str]:
    """The first O.S. and N.S. days of a pair, as ISO dates."""
    assert item.old_style is not None
    assert item.new_style is not None
    return item.old_style.start.isoformat(), item.new_style.start.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://m.kajgana.com/7-noemvri-1917-izbuvna-oktomvriskata-revolucija-vo-rusija
        (
            "Наречена е Октомвриска бидејќи избувнала на 25 октомври според стариот календар.",
            [(OLD, "marked", "--10-25", "")],
        ),
        (
            "Револуцијата избувнала на 7 ноември 1917 според новиот календар.",
            [("new_style", "marked", "", "1917-11-07")],
        ),
        # http://visokoye.kamenec.edu.by/ru/main.aspx?guid=79121
        (
            "По старому юлианскому календарю, который в то время был принят в России, "
            "Октябрьская революция произошла 25 октября 1917 года.",
            [(OLD, "marked", "1917-10-25", "")],
        ),
        # https://vistosulweb.com/lenin-rivoluzione-ottobre
        (
            "(così chiamata perché il 6 novembre del calendario gregoriano corrisponde al "
            "24 ottobre di quello giuliano)",
            [(PAIR, "prose", "--10-24", "--11-06")],
        ),
        (
            "il 24 ottobre del calendario giuliano corrisponde al 6 novembre di quello gregoriano",
            [(PAIR, "prose", "--10-24", "--11-06")],
        ),
        # sk-007 (Slovak Wikipedia, 'Juliánsky kalendár'): the adjective after its noun,
        # and alone; the span of years before it gives no year
        (
            "V súčasnosti (v rokoch 1900 – 2099) je medzi oboma kalendármi rozdiel 13 dní. Ak "
            "napr. podľa kalendára gregoriánskeho máme 7. januára, tak podľa juliánskeho máme "
            "25. decembra",
            [(PAIR, "prose", "--12-25", "--01-07")],
        ),
        (
            "Ak podľa kalendára juliánskeho máme 25. decembra, tak podľa gregoriánskeho máme "
            "7. januára.",
            [(PAIR, "prose", "--12-25", "--01-07")],
        ),
        # constructed: Romanian's capitals of stil nou opening the bracket of the other
        # date, and as the whole bracket (the real sentence, with its error, is below)
        (
            "Kerenski (n. 22 aprilie 1881 (S.N. 4 mai) – d. 11 iunie 1970)",
            [(PAIR, "parenthesised", "1881-04-22", "1881-05-04")],
        ),
        ("Kerenski s-a născut la 4 mai 1881 (S.N.)", [("new_style", "marked", "", "1881-05-04")]),
    ],
)
def test_a_marker_of_unseen_text_is_read(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = [
        (
            item.kind,
            item.shape,
            item.old_style.start.isoformat() if item.old_style else "",
            item.new_style.start.isoformat() if item.new_style else "",
        )
        for item in extract(text)
    ]
    assert found == expected
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "that one" with no date of its own, and the old calendar named without a date
        "Il calendario gregoriano è più preciso di quello giuliano.",
        "Црквата и денес го користи стариот календар.",
        # sk-008 (a 2010 revision of the same article): a month without a day
        "Preto sa napríklad októbrová revolúcia, podľa juliánskeho kalendára, odohrala v "
        "novembri podľa gregoriánskeho kalendára.",
        # constructed: "S. N." as a person's initials after a date, "s.n." (sine nomine)
        # in a citation, and capitals that open no bracket
        "Born 1 January 1894 (S. N. Bose was his cousin)",
        "București: s.n., 4 mai 1890.",
        "la 4 mai 1881 S.N. Popescu a sosit",
    ],
)
def test_look_alike_of_an_unseen_marker_stays_silent(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A personal site's About page in a public GitHub repository (stored file id
        # 28974294816), quoting a widely copied biography of Lenin
        (
            "Владимир Ильич Ленин (настоящая фамилия Ульянов) родился 10 апреля (22 по новому "
            "стилю) 1870 г. в г. Симбирске",
            ("1870-04-10", "1870-04-22"),
        ),
        # constructed: the O.S. day alone, abbreviated; the N.S. day in the next month
        # (Ukrainian), and the O.S. day in the month before, across the year
        ("родился 22 апреля (10 по ст. ст.) 1870 г.", ("1870-04-10", "1870-04-22")),
        (
            "Шевченко народився 25 лютого (9 за новим стилем) 1814 року",
            ("1814-02-25", "1814-03-09"),
        ),
        ("Родился 1 января (19 по старому стилю) 1901 года", ("1900-12-19", "1901-01-01")),
        # constructed: across the 29 February of a leap year (julian_to_gregorian(1868,
        # 2, 20) is 3 March 1868)
        ("Родился 20 февраля (3 по новому стилю) 1868 года", ("1868-02-20", "1868-03-03")),
        ("Родился 29 февраля (12 по новому стилю) 1868 года", ("1868-02-29", "1868-03-12")),
    ],
)
def test_the_other_day_alone_before_its_marker_is_read(
    text: str, expected: tuple[str, str]
) -> None:
    [item] = extract(text)
    assert item.shape == "parenthesised"
    assert _pair_days(item) == expected


@pytest.mark.parametrize(
    "text",
    [
        # constructed: the days not as far apart as the calendars were (20 December 1900
        # O.S. was 2 January 1901), a number with no marker, a word before the number
        "Родился 20 декабря (1 по новому стилю) 1900 года.",
        "Революция произошла 25 октября (8 по новому стилю) 1917 года.",
        "Родился 20 февраля (4 по новому стилю) 1868 года.",  # (3 March: 1868 is leap)
        "On 12 May (13) 2001 the treaty was signed.",
        "On 12 May (chapter 23 N.S.) 1700 the treaty was signed.",
    ],
)
def test_a_number_in_brackets_that_is_no_other_day_stays_silent(text: str) -> None:
    assert extract(text) == []


def test_a_serbian_month_in_the_dative_is_read() -> None:
    # A Serbian history dataset in a public GitHub repository (stored file id
    # 54278343738): Vidovdan's N.S. day, 28 June, set beside the battle of 1389 in the
    # dative after "одговара" (corresponds to); in 1389 the calendars were 8 days apart,
    # so the two are no pair: each is read as the date its marker marks (the O.S. one by
    # the marker opening the bracket of words after it)
    real = (
        "Косовска битка вођена је 15. јуна 1389. године (по јулијанском календару, што "
        "одговара 28. јуну по грегоријанском календару) између српске војске"
    )
    old, new = extract(real)
    assert old.old_style is not None
    assert new.new_style is not None
    assert (old.text, old.old_style.start.isoformat()) == (
        "15. јуна 1389. године (по јулијанском календару",
        "1389-06-15",
    )
    assert (new.kind, new.new_style.start.isoformat()) == ("new_style", "1389-06-28")
    # constructed: the same in English; a marker with no comma after it, in brackets of
    # words, marks nothing ("the Old Style church")
    [item] = extract("He was born on 5 May 1700 (Old Style, as England then reckoned).")
    assert (item.kind, item.text) == ("old_style", "5 May 1700 (Old Style")
    assert extract("He was born on 5 May 1700 (Old Style church records) in Bristol.") == []
    [item] = extract("Он родился 5 мая 1700 года (по старому стилю, как тогда считали).")
    assert (item.kind, item.text) == ("old_style", "5 мая 1700 года (по старому стилю")
    # constructed: the day of 1389 as the calendars then stood, in both scripts
    for text in (
        "15. јуна 1389. године (по јулијанском календару, што одговара 23. јуну по "
        "грегоријанском календару)",
        "15. juna 1389. godine (po julijanskom kalendaru, što odgovara 23. junu po "
        "gregorijanskom kalendaru)",
    ):
        [item] = extract(text)
        assert _pair_days(item) == ("1389-06-15", "1389-06-23")
    # the locative of "in March 1804" has no day: no date
    assert extract("Устанак је почео у марту 1804. године по старом календару.") == []


@pytest.mark.parametrize(
    "text",
    [
        # constructed citations: an abbreviation opening a bracket of more words after a
        # date is a series or a place there, not a calendar (new series, old series, Nova
        # Scotia); only a marker written out in words marks the date so
        "Gentleman's Magazine, 12 March 1890 (N.S., vol. 2, p. 33).",
        "Notes and Queries, 5 May 1860 (O.S., no. 12).",
        "Minutes, 3 June 1880 (NS; Halifax).",
        "Notes, 5 May 1860 (according to O.S., no. 12).",
        "Proceedings, 5 May 1860 (O.S.; 12).",
    ],
)
def test_an_abbreviation_opening_a_citation_s_bracket_marks_no_date(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # an abbreviation the bracket goes on from in words still names the calendar
        ("Он родился 5 мая 1700 года (ст. ст., как тогда считали).", "5 мая 1700 года (ст. ст."),
        (
            "Пётр родился 5 мая 1700 года (по ст. ст., по другим данным — 6 мая).",
            "5 мая 1700 года (по ст. ст.",
        ),
        (
            "Народився 5 травня 1700 року (за ст. ст., за іншими даними — 6 травня).",
            "5 травня 1700 року (за ст. ст.",
        ),
        ("He died on 3 March 1702 (O.S.; his tombstone says 1701).", "3 March 1702 (O.S."),
        # a date after the marker and words explains the year, it is no N.S. side: 42
        # days away from the first date (JG101 before)
        (
            "He was born on 11 February 1731 (O.S., the year then beginning on 25 March).",
            "11 February 1731 (O.S.",
        ),
        (
            "Born 11 February 1731 (Old Style, when the year began on 25 March).",
            "11 February 1731 (Old Style",
        ),
    ],
)
def test_an_abbreviation_opening_a_bracket_of_words_marks_its_date(text: str, marked: str) -> None:
    [item] = extract(text)
    assert item.kind == "old_style"
    assert text[item.span.offset : item.span.end_offset] == marked


def test_a_partner_after_a_marker_and_words_in_its_bracket_is_still_read() -> None:
    # pt-: 'Nasceu em 22 de janeiro de 1905 (no calendário juliano, então em vigor na
    # Rússia, 9 de janeiro)': 13 days apart, as the calendars were; one day's slip is
    # still a pair and the checker's error
    text = (
        "Nasceu em 22 de janeiro de 1905 (no calendário juliano, então em vigor na Rússia, "
        "8 de janeiro)."
    )
    [item] = extract(text)
    assert _pair_days(item) == ("1905-01-08", "1905-01-22")
    assert [finding.code for finding in check(text)] == ["JG101"]


def test_a_german_bare_day_with_its_glued_marker_shares_the_month() -> None:
    # de-006 (German Wikipedia, 'Michail Iwanowitsch Glinka'): where both dates share
    # the month, the rendered template prints the Julian day alone, its superscript
    # marker glued to the day's full stop
    text = "† 3.jul. / 15. Februar 1857greg. in Berlin"
    [item] = extract(text)
    assert _pair_days(item) == ("1857-02-03", "1857-02-15")
    assert check(text) == []
    # (constructed) a day's slip is the checker's error
    assert [f.code for f in check(text.replace("15. Februar", "16. Februar"))] == ["JG101"]


def test_romanian_stil_nou_capitals_read_a_real_error() -> None:
    # A Romanian history lesson app's text on Kerensky (public GitHub repository, stored
    # file id 49415071857; its lead follows Romanian Wikipedia's 'Alexandr Kerenski'):
    # he was born on 22 April O.S., 4 May N.S.; the text prints "2 mai".
    text = (
        "Alexandr Fiodorovici Kerenski. 22 aprilie 1881 (S.N. 2 mai) - d. 11 iunie 1970) a "
        "fost al doilea prim-ministru al Guvernului provizoriu rus"
    )
    [item] = extract(text)
    assert _pair_days(item) == ("1881-04-22", "1881-05-02")
    assert [finding.code for finding in check(text)] == ["JG101"]


@pytest.mark.parametrize(
    "text",
    [
        # sv-006 (a machine translation of Russian Wikipedia's 'Крейцвальд, Фридрих
        # Рейнгольд' into Swedish)
        "Född den 14 ( 26 ) december 1803 i familjen till en livegen på godset Jõepere",
        # constructed: the same spacing in the Russian the translation was made from
        # (Russian Wikipedia itself writes "14 (26) декабря")
        "Родился 14 ( 26 ) декабря 1803 года в семье крепостного",
    ],
)
def test_a_day_group_with_spaces_in_its_brackets_is_read(text: str) -> None:
    [item] = extract(text)
    assert item.shape == "parenthesised_days"
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.isoformat(), item.new_style.start.isoformat()) == (
        "1803-12-14",
        "1803-12-26",
    )


def test_numbers_with_spaces_in_brackets_stay_silent() -> None:
    assert extract("in 14 ( 26 ) cases out of 30, and ( 5 ) more") == []


@pytest.mark.parametrize(
    "span", ["1900–2099", "1900 – 2099", "1900 –2099", "1900– 2099", "1900—2099"]
)
def test_the_end_of_a_span_of_years_is_no_context_year(span: str) -> None:
    text = f"In the years {span} Christmas falls on 7 January (25 December O.S.)."
    [item] = extract(text)
    assert item.old_style is not None
    assert (item.year_from, item.old_style.start.isoformat()) == ("unknown", "--12-25")
    # a year standing alone still gives one
    [item] = extract("In 1904 the fast ended on 7 January (25 December O.S.).")
    assert item.old_style is not None
    assert (item.year_from, item.old_style.start.isoformat()) == ("context", "1903-12-25")


@pytest.mark.parametrize(
    "text",
    [
        # https://knjige.pravac.com/biografije/vuk-stefanovic-karadzic-25 (the page writes
        # some Latin e's with the Cyrillic letter, "rođеn jе"; quoted here in Latin ones)
        "Vuk Stefanović Karadžić, najpoznatija ličnost lozničkog kraja, rođen je 26.10.1787. "
        "godine (6.11.1787. po novom kalendaru) u Tršiću, nedaleko od Loznice.",
        "рођен је 26. октобра 1787. године (6. новембра по новом календару) у Тршићу",
        "rođen je 26. oktobra 1787. godine (6. novembra 1787. godine po novom kalendaru)",
    ],
)
def test_a_serbian_ordinal_year_is_read(text: str) -> None:
    [item] = extract(text)
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.isoformat(), item.new_style.start.isoformat()) == (
        "1787-10-26",
        "1787-11-06",
    )
    assert check(text) == []


def test_a_year_ending_a_sentence_is_no_ordinal_year() -> None:
    assert extract("Rođen je 26. oktobra 1787. Godine 1805. otišao je u Beč.") == []


def test_a_year_after_the_bracket_with_de_is_the_pair_s_year() -> None:
    # pt-013 (a machine translation of English Wikipedia's 'Michael of Russia'), with a
    # real error in its second pair (O.S. 13 July 1645 is N.S. 23 July)
    text = (
        "Miguel I (22 de julho [OS 12 de julho] de 1596 – 22 de julho [OS 13 de julho] de "
        "1645) tornou-se o primeiro czar russo da Casa de Romanov"
    )
    found = [
        (item.old_style.start.isoformat(), item.year_from)
        for item in extract(text)
        if item.old_style is not None
    ]
    assert found == [("1596-07-12", "text"), ("1645-07-13", "text")]
    assert [finding.code for finding in check(text)] == ["JG101"]
    [item] = extract("el 7 de noviembre (25 de octubre según el calendario juliano) de 1917")
    assert item.old_style is not None
    assert (item.old_style.start.isoformat(), item.year_from) == ("1917-10-25", "text")


@pytest.mark.parametrize(
    "text",
    [
        # Serbian Wikipedia links a day to its page, named with the ordinal's full stop
        # ("[[26. октобар|26. октобра]]"): the sentence of sr-style wikitext built from
        # Vuk Karadžić's dates
        "рођен [[26. октобар|26. октобра]] ([[6. новембар|6. новембра]]) [[1787]]. године",
        "рођен [[26. октобра]] ([[6. новембра]]) [[1787]]. године",
        # a non-breaking space written as an entity between a day and its month, as
        # wikitext and converted HTML print it ("19&nbsp;ноября")
        "рођен 26&nbsp;октобра (6&nbsp;новембра) 1787. године",
    ],
)
def test_a_day_in_wikitext_markup_is_found(text: str) -> None:
    [item] = extract(text, wikitext=True)
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.isoformat(), item.new_style.start.isoformat()) == (
        "1787-10-26",
        "1787-11-06",
    )
