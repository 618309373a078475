"""Golden sentences of the languages recorded for issue 9's recall work (Afrikaans,
Indonesian, Scots, Asturian) and of the shapes read for it: real sentences of the
multilingual corpus (``benchmarks/corpus/<language>.jsonl``, where their sources and
licences are given), each with a sibling built from another real date of the same
shape, and the look-alikes of each that must stay silent.
"""

from __future__ import annotations

import pytest

from julian_gregorian import check, extract
from julian_gregorian.text._locate.anchors import find_anchors

Summary = tuple[str, str, str, str]
PAIR, OLD, NEW = "pair", "old_style", "new_style"


def _summary(text: str) -> list[Summary]:
    found = []
    for item in extract(text):
        old = item.old_style.start.isoformat() if item.old_style else ""
        new = item.new_style.start.isoformat() if item.new_style else ""
        found.append((item.kind, item.shape, old, new))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # af-001 (Afrikaans Wikipedia, Alexei Nikolaevich): the English O.S. in brackets
        (
            "Peterhof, 12 Augustus [O.S. 30 Julie] 1904 - Jekaterinburg, 16 Julie 1918)",
            [(PAIR, "bracketed", "1904-07-30", "1904-08-12")],
        ),
        # Nicholas II's birth written the same way
        (
            "Nikolaas II (18 Mei [O.S. 6 Mei] 1868 – 17 Julie 1918)",
            [(PAIR, "bracketed", "1868-05-06", "1868-05-18")],
        ),
        # id-001 (Indonesian Wikipedia, Peter the Great): K.J., Kalender Julian, with a colon
        (
            "(9 Juni [K.J.: 30 Mei] 1672 – 8 Februari [K.J.: 28 Januari] 1725), adalah Tsar",
            [
                (PAIR, "bracketed", "1672-05-30", "1672-06-09"),
                (PAIR, "bracketed", "1725-01-28", "1725-02-08"),
            ],
        ),
        (
            "Nikolai II (18 Mei [K.J.: 6 Mei] 1868 – 17 Juli 1918)",
            [(PAIR, "bracketed", "1868-05-06", "1868-05-18")],
        ),
        # sco-001, sco-002 (Scots Wikipedia): A.S., Auld Style
        (
            "Lydia Emilie Florence Jannsen, (24 Dizember [A.S. 12 Dizember] 1843 – "
            "11 August [A.S. 30 Julie] 1886), kent by her pen name Lydia Koidula",
            [
                (PAIR, "bracketed", "1843-12-12", "1843-12-24"),
                (PAIR, "bracketed", "1886-07-30", "1886-08-11"),
            ],
        ),
        (
            "the events o Sunday, 22 January [A.S. 9 January] 1905 in St Petersburg",
            [(PAIR, "bracketed", "1905-01-09", "1905-01-22")],
        ),
        (
            "Peter the Great (9 Juin [A.S. 30 Mey] 1672 – 8 Februar [A.S. 28 Januar] 1725)",
            [
                (PAIR, "bracketed", "1672-05-30", "1672-06-09"),
                (PAIR, "bracketed", "1725-01-28", "1725-02-08"),
            ],
        ),
        # ast-001 (Asturian Wikipedia, Peter the Great): "de" elided before a vowel
        (
            "Gobernó Rusia dende'l 7 de mayu (27 d'abril Calendariu Xulianu) hasta la so muerte",
            [(PAIR, "parenthesised", "--04-27", "--05-07")],
        ),
        (
            "Nació'l 11 d'agostu (31 de xunetu Calendariu Xulianu) de 1704",
            [(PAIR, "parenthesised", "1704-07-31", "1704-08-11")],
        ),
        # ast-002: an infobox's cells run together after a footnote mark, "xul." marks it
        ("Nacimientu Moscú[1]30 de mayu de 1672 (xul.)[2]", [(OLD, "marked", "1672-05-30", "")]),
        (
            "Muerte San Petersburgu[3]28 de xineru de 1725 (xul.)",
            [(OLD, "marked", "1725-01-28", "")],
        ),
    ],
)
def test_real_sentence_of_a_new_record_is_read(text: str, expected: list[Summary]) -> None:
    assert _summary(text) == expected
    assert [finding for finding in check(text) if finding.severity == "error"] == []


@pytest.mark.parametrize(
    "text",
    [
        # initials are no markers outside brackets before a date
        "A.S. Byatt won the Booker Prize in 1990; K.J. Yesudas sang on 10 January 1940.",
        "the U.S. Army and K.J. Smith",
        "[A.S. Roma] won the league",
        # a footnote mark between words keeps no date that is not there
        "Moscú[1]capital",
    ],
)
def test_look_alike_of_a_new_record_stays_silent(text: str) -> None:
    assert extract(text) == []


def test_a_marker_of_initials_adds_no_anchor_at_other_initials() -> None:
    assert find_anchors("the U.S. Army and K.C. Smith") == []
    assert 2 in find_anchors("x [A.S. 12 Dizember]")
    assert 2 in find_anchors("x [K.J.: 30 Mei]")


def test_a_fix_keeps_the_elided_link() -> None:
    (finding,) = check("Nació'l 12 d'agostu (31 de xunetu Calendariu Xulianu) de 1704")
    assert finding.fix is not None
    assert finding.fix.replacement == "11 d'agostu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # be-002 (Belarusian Wikipedia dump, Francišak Bahuševič): the dash between the
        # birth year and the death date lost, "184027"; the death date is one day off
        (
            "(21 сакавіка (9 сакавіка па старым стылі) 184027 красавіка (15 красавіка па "
            "старым стылі) 1900) — беларускі паэт",
            [
                (PAIR, "parenthesised", "1840-03-09", "1840-03-21"),
                (PAIR, "parenthesised", "1900-04-15", "1900-04-27"),
            ],
        ),
        # the same loss between a year and a Russian pair
        (
            "(1 апреля (20 марта) 180926 февраля (14 февраля) 1852)",
            [
                (PAIR, "parenthesised", "1809-03-20", "1809-04-01"),
                (PAIR, "parenthesised", "1852-02-14", "1852-02-26"),
            ],
        ),
        # et-006 (Estonian Wikipedia, Lydia Koidula): a place name glued to the day
        (
            "Vana-Vändra vald, Pärnumaa11. august (vkj 30. juuli) 1886 Kroonlinn",
            [(PAIR, "parenthesised", "1886-07-30", "1886-08-11")],
        ),
        # it-004 (Italian Wikipedia, Lenin): the O.S. date after a comma, named
        (
            "Simbirsk, 22 aprile 1870, 10 aprile del calendario giuliano – Gorki",
            [(PAIR, "prose", "1870-04-10", "1870-04-22")],
        ),
        (
            "Mosca, 9 giugno 1672, 30 maggio del calendario giuliano – San Pietroburgo",
            [(PAIR, "prose", "1672-05-30", "1672-06-09")],
        ),
        # pt-003 (a machine translation of English Wikipedia): the marker after the date,
        # its partner alone in parentheses
        (
            "contra o racionamento de alimentos em 23 de fevereiro Old Style (8 de março).",
            [(PAIR, "parenthesised", "--02-23", "--03-08")],
        ),
        (
            "a Revolução de Fevereiro começou em 8 de março New Style (23 de fevereiro)",
            [(PAIR, "parenthesised", "--02-23", "--03-08")],
        ),
        # ru-010 (Russian Wikipedia, Moscow University): both calendars named, the
        # second date after a dash
        (
            "(12 января по юлианскому календарю, по григорианскому календарю в XX—XXI "
            "веках — 25 января) отмечается",
            [(PAIR, "prose", "--01-12", "--01-25")],
        ),
    ],
)
def test_real_sentence_of_a_new_shape_is_read(text: str, expected: list[Summary]) -> None:
    assert _summary(text) == expected


def test_a_glued_day_one_off_is_read_and_reported() -> None:
    (finding,) = check(
        "(21 сакавіка (9 сакавіка па старым стылі) 184027 красавіка (15 красавіка па "
        "старым стылі) 1900)"
    )
    assert finding.code == "JG101"


@pytest.mark.parametrize(
    "text",
    [
        # a glued day is read only as one side of a pair as far apart as the calendars
        "Room 184027 May (O.S.) was booked",
        "Pärnumaa11. august 1886 (vkj)",
        "COVID19 March 2020 (O.S.)",
        "Moskva1 май (2 мая) 1900",
        "Order 19013 May (20 May) 1901",
    ],
)
def test_look_alike_of_a_glued_day_stays_silent(text: str) -> None:
    assert [item for item in extract(text) if item.kind == "pair"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # it-005 (Italian Wikipedia, Lenin): the calendar named at the start of the
        # sentence marks its date
        (
            "attivista rivoluzionario e pensatore politico russo. Secondo il Calendario "
            "Giuliano la sua data di nascita viene indicata al 10 aprile 1870.",
            [(OLD, "marked", "1870-04-10", "")],
        ),
        (
            "Secondo il calendario giuliano la battaglia fu combattuta il 26 agosto 1812.",
            [(OLD, "marked", "1812-08-26", "")],
        ),
        # cs-001 (Czech Wikipedia, October Revolution): one day told in two sentences
        (
            "Datum 25. října 1917 odpovídá juliánskému kalendáři platnému v Rusku, později "
            "zrušenému novou bolševickou vládou. Pro zbytek světa začaly události 7. "
            "listopadu 1917 podle gregoriánského kalendáře.",
            [(PAIR, "prose", "1917-10-25", "1917-11-07")],
        ),
        (
            "Únorová revoluce začala 23. února 1917 podle juliánského kalendáře platného v "
            "Rusku. Podle gregoriánského kalendáře to byl 8. března 1917.",
            [(PAIR, "prose", "1917-02-23", "1917-03-08")],
        ),
        # en-039 (a Wikipedia footnote on Francis Hopkinson): the Gregorian calendar named
        # further into the next sentence, its date exactly as far from the Julian one
        (
            "Hopkinson was born on September 21, 1737, according to the then-used Julian "
            "calendar (old style). In 1752, however, Great Britain and all its colonies "
            "adopted the Gregorian calendar (new style) which moved Hopkinson's birthday 11 "
            "days forward to October 2, 1737.",
            [(PAIR, "prose", "1737-09-21", "1737-10-02")],
        ),
        # Polish Wikipedia, 'Daty nowego i starego porządku' (a caption, revision
        # 59661049): each calendar named after or before its date in one sentence
        (
            "data przyjęcia 12.2.1900 podana według obowiązującego w zaborze rosyjskim "
            "starego stylu; widoczna jest też data nadania (po prawej, w rubryce "
            "''Подана''), według używanego w Austrii kalendarza nowego stylu był to 24 "
            "lutego",
            [(PAIR, "prose", "1900-02-12", "1900-02-24")],
        ),
        # no-002's reckonings (Nynorsk Wikipedia), the N.S. date borrowing the year
        (
            "hovudstaden Petrograd den 25. oktober 1917 etter gammal russisk tidsrekning. "
            "Etter vestleg tidsrekning skjedde dette den 7. november.",
            [(PAIR, "prose", "1917-10-25", "1917-11-07")],
        ),
    ],
)
def test_a_calendar_named_in_prose_marks_its_date(text: str, expected: list[Summary]) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule of the calendar, not a day: no year of its own and no partner
        (
            "In the Old Style calendar used at the time, the new year started on 25 March, and "
            'Quakers numbered the months to avoid using "heathen" names.',
            [],
        ),
        # the calendar's history, a year before the date
        (
            "The Julian calendar (Old Style) was used until 1752, when 14 September 1752 "
            "followed 2 September.",
            [],
        ),
        ("Julian Assange was born on 3 July 1971.", []),
        # two events in two sentences, a day further apart than the calendars were
        (
            "Lenin arrived on 3 April 1917 (O.S.). He spoke on 17 April 1917 (N.S.).",
            [(OLD, "marked", "1917-04-03", ""), (NEW, "marked", "", "1917-04-17")],
        ),
        # a calendar named further into a sentence marks nothing alone
        (
            "The colonies adopted the Gregorian calendar in September, and on 14 September "
            "1752 the change took effect.",
            [],
        ),
        # a calendar named after a date past other words marks nothing alone
        ("born on 5 May 1900 in a town that still kept the Julian calendar", []),
        # two sentences between them
        (
            "Datum 25. října 1917 odpovídá juliánskému kalendáři. Vláda padla. Pro zbytek "
            "světa začaly události 7. listopadu 1917 podle gregoriánského kalendáře.",
            [(OLD, "marked", "1917-10-25", ""), (NEW, "marked", "", "1917-11-07")],
        ),
    ],
)
def test_look_alike_of_a_calendar_named_in_prose(text: str, expected: list[Summary]) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ml-001 (Malayalam Wikipedia, Peter the Great): month first, the English O.S.
        (
            "(ജൂൺ 9 [O.S. മെയ് 30] 1672 - ഫെബ്രുവരി 8 [O.S. ജനുവരി 28] 1725)[a]. മെയ് 7 "
            "[O.S. ഏപ്രിൽ 27] 1682 മുതൽ മരണം വരെ രാജാവായിരുന്നു.",
            [
                (PAIR, "bracketed", "1672-05-30", "1672-06-09"),
                (PAIR, "bracketed", "1725-01-28", "1725-02-08"),
                (PAIR, "bracketed", "1682-04-27", "1682-05-07"),
            ],
        ),
        (
            "നിക്കോളാസ് രണ്ടാമൻ (മേയ് 18 [O.S. മേയ് 6] 1868 – ജൂലൈ 17, 1918)",
            [(PAIR, "bracketed", "1868-05-06", "1868-05-18")],
        ),
        # ja-001 (a Japanese translation of English Wikipedia's Peter the Great): dates
        # in numbers with their units, ユリウス暦 (Julian calendar) in the brackets
        (
            "1672年6月9日[ユリウス暦5月30日] - 1725年2月8日[ユリウス暦1月28日])",
            [
                (PAIR, "bracketed", "1672-05-30", "1672-06-09"),
                (PAIR, "bracketed", "1725-01-28", "1725-02-08"),
            ],
        ),
        (
            "ニコライ2世（1868年5月18日[ユリウス暦5月6日] - 1918年7月17日）",
            [(PAIR, "bracketed", "1868-05-06", "1868-05-18")],
        ),
    ],
)
def test_real_sentence_of_another_script_is_read(text: str, expected: list[Summary]) -> None:
    assert _summary(text) == expected
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # dates without a marker, and 旧暦 (Japan's own lunisolar calendar)
        "1917年11月7日に革命が起きた。",
        "旧暦5月30日の祭り",
        "ユリウス暦は紀元前45年に導入された。",
        "ജൂൺ 9 1672 ന് ജനിച്ചു",
    ],
)
def test_look_alike_of_another_script_stays_silent(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # es-001 (Spanish Wikipedia, Peter the Great): a range of dates with no space
        # around its dash, the second marked (not the dual year "1672-28")
        (
            "(9 de junio de 1672-28 de enero de 1725 C.J.1]), hijo del zar",
            [(OLD, "marked", "1725-01-28", "")],
        ),
        # pt-009 (a machine translation of English Wikipedia, Bloody Sunday): a relative
        # clause between the calendar's name and the O.S. date in the brackets
        (
            "No domingo, 22 de janeiro (no\ncalendário juliano,\nentão em vigor na Rússia, 9 "
            "de janeiro) de 1905, trabalhadores em greve",
            [(PAIR, "parenthesised", "1905-01-09", "1905-01-22")],
        ),
        # both calendars named in one sentence, the noun said once ("а по григорианскому")
        (
            "Революция произошла 25 октября 1917 года по юлианскому календарю, а по "
            "григорианскому — 7 ноября.",
            [(PAIR, "prose", "1917-10-25", "1917-11-07")],
        ),
        (
            "Революція відбулася 25 жовтня 1917 року за юліанським календарем, а за "
            "григоріанським — 7 листопада.",
            [(PAIR, "prose", "1917-10-25", "1917-11-07")],
        ),
        # issue 9's prose pair, in the languages it names
        (
            "le 15 mars 1918 selon le calendrier grégorien, mais le 2 mars de la même année "
            "selon le calendrier julien",
            [(PAIR, "prose", "1918-03-02", "1918-03-15")],
        ),
        (
            "στις 15 Μαρτίου 1918 με το Γρηγοριανό ημερολόγιο, αλλά στις 2 Μαρτίου με το Ιουλιανό",
            [(PAIR, "prose", "1918-03-02", "1918-03-15")],
        ),
        (
            "15. mars 1918 etter den gregorianske kalenderen, men 2. mars samme år etter den "
            "julianske",
            [(PAIR, "prose", "1918-03-02", "1918-03-15")],
        ),
        (
            "15. maaliskuuta 1918 gregoriaanisen kalenterin mukaan, mutta 2. maaliskuuta "
            "samana vuonna juliaanisen kalenterin mukaan",
            [(PAIR, "prose", "1918-03-02", "1918-03-15")],
        ),
    ],
)
def test_both_calendars_named_in_one_sentence(text: str, expected: list[Summary]) -> None:
    assert _summary(text) == expected


def test_a_dual_year_is_no_range_of_dates() -> None:
    assert _summary("born 12 February 1714-15 at Boston") == [
        ("dual_year", "dual_year", "1715-02-12", "")
    ]
