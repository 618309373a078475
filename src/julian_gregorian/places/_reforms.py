"""When each place left the Julian calendar: the reform table, with its sources.

Every row says which day a place lived last in the Julian calendar and which day it lived
first in the Gregorian one, where the dates come from, and whether the sources disagree
(``disputed``, with the alternatives in ``note``). The dates were looked up, not derived:
the consistency of each pair (the first Gregorian day is the day after the last Julian
day, except where a row states otherwise) is checked by the tests and by
:class:`~julian_gregorian.places._civil.CivilCalendar`, which builds on this table.

Place codes (shared with the year-start table of ``places``):

- a country is its ISO 3166-1 alpha-2 code: ``GB``, ``RU``, ``GR``, ``SE``;
- a region is its ISO 3166-2 code where a modern subdivision matches the historical
  territory: ``GB-SCT`` Scotland, ``US-AK`` Alaska, ``DE-BY`` Bavaria, ``CH-ZH`` Zurich,
  ``NL-UT`` Utrecht, ``RU-KGD`` (Königsberg, the seat of the Duchy of Prussia);
- a historical territory that matches no modern subdivision is the ISO 3166-1 code of
  the country that holds its seat today, a hyphen and its name in four or more capital
  ASCII letters: ``DE-COLOGNE``, ``BE-LIEGE``, ``NL-HOLLAND``, ``RO-TRANSYLVANIA``.
  ISO 3166-2 subdivision codes have at most three characters after the hyphen, so these
  codes can never collide with an official one.

Codes are matched case-insensitively; a few rows also answer to an alias
(``PRUSSIA`` for ``RU-KGD``). A country code stands for the territory named in its
row, which is not always the whole modern country: ``DE`` is the Protestant states of
the Holy Roman Empire (as in ``ncal``), whose Catholic neighbours have rows of their own.

Places that never used the Julian calendar (Japan, China, Turkey's Rumi and Hijri
years) have no Julian period: ``last_julian`` is ``None`` and their civil calendar
starts on the day they adopted the Gregorian one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
from julian_gregorian.errors import UnknownPlaceError

YMD = tuple[int, int, int]

#: Names of the calendars a place can live in; ``Swedish`` is Sweden's 1700-1712 calendar.
CALENDAR_NAMES: tuple[str, ...] = ("Julian", "Gregorian", "Swedish")


@dataclass(frozen=True)
class Transition:
    """One change of calendar: *last_old* in calendar *old* is followed by *first_new*.

    ``extra_days`` is the number of days the change removes beyond the calendar
    difference: 0 when *first_new* is the day after *last_old* (every ordinary reform),
    -1 when the same day was lived twice (Alaska in 1867, moving across the date line).
    """

    old: str
    new: str
    last_old: YMD
    first_new: YMD
    extra_days: int = 0


@dataclass(frozen=True)
class Reform:
    """A row of the reform table: one place and the day it changed to the Gregorian calendar."""

    code: str
    name: str
    last_julian: JulianDate | None
    first_gregorian: GregorianDate
    #: Full citations (author, title, URL or statute), most authoritative first.
    sources: tuple[str, ...]
    disputed: bool = False
    note: str = ""
    aliases: tuple[str, ...] = ()
    #: Changes of calendar before the final one (Sweden's 1700 and 1712 steps).
    interim: tuple[Transition, ...] = ()
    #: Days removed beyond the calendar difference by the final change (see Transition).
    extra_days: int = 0
    #: First day the civil calendar of this row covers; ``None`` means all earlier days.
    covered_from: CalendarDate | None = None
    #: What the place used before ``covered_from`` (shown when a date falls before it).
    before: str = ""
    #: The calendar of the first covered day.
    initial_calendar: str = field(default="Julian")

    @property
    def source(self) -> str:
        """The citations as one string, separated by semicolons."""
        return "; ".join(self.sources)

    @property
    def has_julian_period(self) -> bool:
        """Whether the place ever lived in the Julian calendar (False for Japan, China, ...)."""
        return self.last_julian is not None

    @property
    def dates_omitted(self) -> int:
        """How many dates the final change skipped (10 in 1582, 11 in Britain, 13 in Russia).

        The count is of date labels, as in the usual tables: Denmark's 1700 reform
        omitted 19-29 February (11 dates, 29 February being a Julian date).
        """
        if self.last_julian is None:
            return 0
        first = self.first_gregorian
        # Every Gregorian label is also a Julian one, so both ends count in Julian labels.
        return JulianDate(first.year, first.month, first.day) - self.last_julian - 1

    @property
    def transitions(self) -> tuple[Transition, ...]:
        """Every change of calendar of the place, oldest first."""
        if self.last_julian is None:
            return self.interim
        final = Transition(
            "Julian",
            "Gregorian",
            _ymd(self.last_julian),
            _ymd(self.first_gregorian),
            self.extra_days,
        )
        return (*self.interim, final)


def _ymd(date: CalendarDate) -> YMD:
    return date.year, date.month, date.day


# Sources, cited once and referred to by name in the rows below.
WIKIPEDIA_LIST = (
    'Wikipedia, "List of adoption dates of the Gregorian calendar by country", '
    "https://en.wikipedia.org/wiki/List_of_adoption_dates_of_the_Gregorian_calendar_by_country"
)
WIKIPEDIA_ADOPTION = (
    'Wikipedia, "Adoption of the Gregorian calendar", '
    "https://en.wikipedia.org/wiki/Adoption_of_the_Gregorian_calendar"
)
POULSEN = (
    'E. Poulsen, "The transition from Julian to Gregorian Calendar", Rundetaarn '
    "observatory, Copenhagen, http://www.rundetaarn.dk/engelsk/observatorium/gregorian.html"
)
EXPLANATORY_SUPPLEMENT = (
    "Explanatory Supplement to the Astronomical Ephemeris and the American Ephemeris and "
    "Nautical Almanac (HMSO, 1961), as listed by G. Giudice, "
    "http://dpgi.unina.it/giudice/calendar/Adoption.html"
)
PERL_CHRISTIAN = (
    "DateTime::Calendar::Christian reform table (dates on which polysyllabic.com and the "
    "Essex CALISTO guide agree), https://metacpan.org/pod/DateTime::Calendar::Christian"
)
NCAL = "BSD ncal(1) country table (FreeBSD usr.bin/ncal/ncal.c, ncal -p)"
TONDERING = 'C. Tøndering, "Frequently Asked Questions about Calendars", country list'
CHANUR = (
    'Chanur genealogy, "Julian to Gregorian Calendar" table, '
    "https://www.chanur.com/resources/calendar-switch/"
)
INTER_GRAVISSIMAS = "Papal bull Inter gravissimas (24 February 1582)"
BRITISH_ACT = (
    "Calendar (New Style) Act 1750, 24 Geo. II c. 23 (Chesterfield's Act), which applied "
    "to Great Britain, Ireland and all British dominions and colonies"
)
SOVNARKOM_1918 = (
    "Decree of the Council of People's Commissars of 24 January 1918 (O.S.) on the "
    "introduction of the Western European calendar in the Russian Republic"
)
SWEDISH_CALENDAR = (
    'Wikipedia, "Swedish calendar" and "February 30" (the decisions of November 1699 and '
    'January 1711); Genney/Gramps manual, "Swedish calendar", '
    "https://genny.se/help/en/master/date/swedish.html"
)


#: Short names of the sources cited most, for listings; the citations stay in the rows.
SOURCE_LABELS: dict[str, str] = {
    WIKIPEDIA_LIST: "Wikipedia list",
    WIKIPEDIA_ADOPTION: "Wikipedia adoption article",
    POULSEN: "Poulsen (Rundetaarn)",
    EXPLANATORY_SUPPLEMENT: "Explanatory Supplement 1961",
    PERL_CHRISTIAN: "DateTime::Calendar::Christian",
    NCAL: "ncal",
    TONDERING: "Tøndering FAQ",
    CHANUR: "chanur.com table",
    INTER_GRAVISSIMAS: "Inter gravissimas",
    BRITISH_ACT: "Calendar (New Style) Act 1750",
    SOVNARKOM_1918: "Sovnarkom decree 1918",
    SWEDISH_CALENDAR: "Swedish calendar sources",
}


def _r(
    code: str,
    name: str,
    last: YMD | None,
    first: YMD,
    *sources: str,
    note: str = "",
    disputed: bool = False,
    aliases: tuple[str, ...] = (),
    interim: tuple[Transition, ...] = (),
    extra_days: int = 0,
    covered_from: CalendarDate | None = None,
    before: str = "",
) -> Reform:
    gregorian_start = GregorianDate(*first)
    initial = "Julian" if last is not None else "Gregorian"
    if last is None and covered_from is None:
        covered_from = gregorian_start
    return Reform(
        code=code,
        name=name,
        last_julian=JulianDate(*last) if last is not None else None,
        first_gregorian=gregorian_start,
        sources=sources,
        disputed=disputed,
        note=note,
        aliases=aliases,
        interim=interim,
        extra_days=extra_days,
        covered_from=covered_from,
        before=before,
        initial_calendar=initial,
    )


_SWEDISH_STEPS = (
    Transition("Julian", "Swedish", (1700, 2, 28), (1700, 3, 1)),
    Transition("Swedish", "Julian", (1712, 2, 30), (1712, 3, 1)),
)
_SWEDISH_NOTE = (
    "Sweden planned to drop the leap days of 1700-1740; it dropped only 29 February 1700, "
    "so from 1 March 1700 it lived a calendar of its own, one day ahead of the Julian. "
    "It went back to the Julian calendar by adding 30 February 1712, and adopted the "
    "Gregorian calendar in 1753. Easter followed astronomical rules until 1844."
)

_ROWS: tuple[Reform, ...] = (
    # 1582: the bull's own date, and France.
    _r(
        "IT",
        "Italy (Papal States and most Italian states)",
        (1582, 10, 4),
        (1582, 10, 15),
        INTER_GRAVISSIMAS,
        WIKIPEDIA_LIST,
        POULSEN,
    ),
    _r(
        "ES",
        "Spain",
        (1582, 10, 4),
        (1582, 10, 15),
        INTER_GRAVISSIMAS,
        WIKIPEDIA_LIST,
        POULSEN,
        note="Spanish and Portuguese colonies followed somewhat later, when the news "
        "arrived (Wikipedia).",
    ),
    _r("PT", "Portugal", (1582, 10, 4), (1582, 10, 15), INTER_GRAVISSIMAS, WIKIPEDIA_LIST, POULSEN),
    _r(
        "PL",
        "Poland (Polish-Lithuanian Commonwealth, Crown of Poland)",
        (1582, 10, 4),
        (1582, 10, 15),
        INTER_GRAVISSIMAS,
        WIKIPEDIA_LIST,
        POULSEN,
    ),
    _r(
        "FR",
        "France (without Alsace and Lorraine)",
        (1582, 12, 9),
        (1582, 12, 20),
        WIKIPEDIA_LIST,
        POULSEN,
        PERL_CHRISTIAN,
        NCAL,
        note="Alsace and Lorraine, then outside the kingdom, changed later "
        "(Protestant Strasbourg in 1682, see FR-STRASBOURG).",
    ),
    # The Low Countries, 1582-1583.
    _r(
        "BE",
        "Southern (Spanish) Netherlands: Flanders, Brabant, Hainaut",
        (1582, 12, 21),
        (1583, 1, 1),
        EXPLANATORY_SUPPLEMENT,
        POULSEN,
        PERL_CHRISTIAN,
        disputed=True,
        note="The Explanatory Supplement's most reliable source gives 21 December 1582 -> "
        "1 January 1583; another of its sources and ncal give 14 -> 25 December 1582, and "
        "Wikipedia's list 20 -> 31 December 1582 for the areas under Spanish rule.",
    ),
    _r(
        "BE-LIEGE",
        "Prince-Bishopric of Liège",
        (1583, 2, 10),
        (1583, 2, 21),
        EXPLANATORY_SUPPLEMENT,
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
    ),
    _r(
        "NL-ZE",
        "Zeeland (and the States General)",
        (1582, 12, 14),
        (1582, 12, 25),
        WIKIPEDIA_LIST,
        CHANUR,
    ),
    _r(
        "NL-HOLLAND",
        "County of Holland (today North and South Holland)",
        (1583, 1, 1),
        (1583, 1, 12),
        WIKIPEDIA_LIST,
        CHANUR,
        PERL_CHRISTIAN,
        disputed=True,
        aliases=("HOLLAND",),
        note="Holland lived New Year's Day 1583 and then jumped to 12 January; Poulsen "
        "groups Holland with Brabant and Flanders (21 December 1582 -> 1 January 1583), "
        "and DateTime::Calendar::Christian hesitates between the two.",
    ),
    # Catholic states of the Holy Roman Empire, 1583-1585 and later.
    _r(
        "DE-AUGSBURG",
        "Augsburg (Prince-Bishopric and Imperial City)",
        (1583, 2, 13),
        (1583, 2, 24),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
    ),
    _r(
        "DE-TRIER",
        "Electorate of Trier",
        (1583, 10, 4),
        (1583, 10, 15),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
    ),
    _r(
        "DE-BY",
        "Duchy of Bavaria",
        (1583, 10, 5),
        (1583, 10, 16),
        WIKIPEDIA_LIST,
        POULSEN,
        PERL_CHRISTIAN,
        note="Poulsen: the Catholic German states first meant to change in February 1583 "
        "and did so on 5/16 October 1583.",
    ),
    _r(
        "DE-JULICH",
        "Duchy of Jülich-Berg",
        (1583, 11, 2),
        (1583, 11, 13),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        aliases=("JULICH", "JÜLICH"),
    ),
    _r(
        "DE-COLOGNE",
        "Electorate of Cologne",
        (1583, 11, 3),
        (1583, 11, 14),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        disputed=True,
        aliases=("COLOGNE", "KÖLN", "KOELN"),
        note="DateTime::Calendar::Christian notes 2 -> 13 November 1583 as an alternative.",
    ),
    _r(
        "DE-WURZBURG",
        "Prince-Bishopric of Würzburg",
        (1583, 11, 4),
        (1583, 11, 15),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        aliases=("WÜRZBURG", "WURZBURG"),
    ),
    _r(
        "DE-MAINZ",
        "Electorate of Mainz",
        (1583, 11, 11),
        (1583, 11, 22),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        aliases=("MAINZ",),
    ),
    _r(
        "DE-BADENBADEN",
        "Margraviate of Baden-Baden",
        (1583, 11, 16),
        (1583, 11, 27),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        note="Protestant Baden-Durlach changed with the other Protestant states in 1700.",
    ),
    _r(
        "DE-PADERBORN",
        "Prince-Bishopric of Paderborn",
        (1585, 6, 16),
        (1585, 6, 27),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
    ),
    _r(
        "DE-HILDESHEIM",
        "Prince-Bishopric of Hildesheim",
        (1631, 3, 15),
        (1631, 3, 26),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
    ),
    _r(
        "DE-MINDEN",
        "Prince-Bishopric of Minden",
        (1668, 2, 1),
        (1668, 2, 12),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
    ),
    # Habsburg lands.
    _r(
        "AT",
        "Austria (Archduchy: Lower and Upper Austria, Vienna)",
        (1583, 10, 20),
        (1583, 10, 31),
        WIKIPEDIA_LIST,
        disputed=True,
        note="The Austrian lands changed on different days: ncal gives 5 -> 16 October 1583 "
        "(the date of Brixen, Salzburg and Tyrol in Tøndering's list), other lists "
        "6 -> 17 January "
        "1584 (the date of Bohemia). See AT-2 and AT-7.",
    ),
    _r(
        "AT-7",
        "Tyrol",
        (1583, 10, 5),
        (1583, 10, 16),
        TONDERING,
        disputed=True,
        note="Tøndering gives this day for Brixen, Salzburg and Tyrol; Wikipedia's list "
        "gives 4 -> 15 October 1583 for Tyrol and Further Austria.",
    ),
    _r(
        "AT-2",
        "Carinthia",
        (1583, 12, 14),
        (1583, 12, 25),
        POULSEN,
        TONDERING,
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        note="Poulsen gives the same day for Styria; Wikipedia's list 11 -> 22 December 1583.",
    ),
    _r(
        "CZ",
        "Bohemia",
        (1584, 1, 6),
        (1584, 1, 17),
        POULSEN,
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        NCAL,
        note="Poulsen gives the same day for Moravia and Lusatia; other lists give Moravia "
        "a later date (October 1584).",
    ),
    _r(
        "PL-SILESIA",
        "Silesia",
        (1584, 1, 12),
        (1584, 1, 23),
        POULSEN,
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        aliases=("SILESIA",),
    ),
    _r(
        "HU",
        "Kingdom of Hungary",
        (1587, 10, 21),
        (1587, 11, 1),
        POULSEN,
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        NCAL,
    ),
    _r(
        "RO-TRANSYLVANIA",
        "Principality of Transylvania",
        (1590, 12, 14),
        (1590, 12, 25),
        POULSEN,
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        aliases=("TRANSYLVANIA",),
        note="The rest of Romania changed in 1919 (see RO).",
    ),
    # Catholic Swiss cantons, 1584.
    *(
        _r(
            code,
            name,
            (1584, 1, 11),
            (1584, 1, 22),
            POULSEN,
            WIKIPEDIA_LIST,
            PERL_CHRISTIAN,
            note="The Catholic cantons changed together in January 1584.",
        )
        for code, name in (
            ("CH-LU", "Canton of Lucerne"),
            ("CH-UR", "Canton of Uri"),
            ("CH-SZ", "Canton of Schwyz"),
            ("CH-ZG", "Canton of Zug"),
            ("CH-FR", "Canton of Fribourg"),
            ("CH-SO", "Canton of Solothurn"),
        )
    ),
    # The first Protestant state.
    _r(
        "RU-KGD",
        "Duchy of Prussia (Königsberg, today Kaliningrad Oblast)",
        (1610, 8, 22),
        (1610, 9, 2),
        POULSEN,
        PERL_CHRISTIAN,
        disputed=True,
        aliases=("PRUSSIA", "DUCAL PRUSSIA", "KÖNIGSBERG", "KONIGSBERG"),
        note="A Polish fief, it changed before the other Protestant states; Brandenburg "
        "(Berlin) did not change until 1700 (see DE). Wikipedia's list gives 1612.",
    ),
    _r(
        "FR-STRASBOURG",
        "Strasbourg (Protestant city) and Protestant Alsace",
        (1682, 2, 5),
        (1682, 2, 16),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        TONDERING,
        aliases=("STRASBOURG",),
    ),
    # Protestant states, 1700-1701.
    _r(
        "DE",
        "Germany: Protestant states of the Holy Roman Empire",
        (1700, 2, 18),
        (1700, 3, 1),
        POULSEN,
        PERL_CHRISTIAN,
        NCAL,
        WIKIPEDIA_LIST,
        note="Catholic states changed in 1583-1585 (DE-BY and others). The Protestant "
        "states computed Easter astronomically (the Improved Calendar) until the 1770s.",
    ),
    _r("DK", "Denmark", (1700, 2, 18), (1700, 3, 1), POULSEN, PERL_CHRISTIAN, NCAL),
    _r("NO", "Norway (Denmark-Norway)", (1700, 2, 18), (1700, 3, 1), POULSEN, NCAL),
    _r(
        "NL-GE",
        "Gelderland",
        (1700, 6, 30),
        (1700, 7, 12),
        POULSEN,
        PERL_CHRISTIAN,
        disputed=True,
        note="A table derived from Wikipedia's list gives 12 June 1700 as the last Julian day.",
    ),
    _r("IS", "Iceland", (1700, 11, 16), (1700, 11, 28), PERL_CHRISTIAN, NCAL),
    _r(
        "FO",
        "Faroe Islands",
        (1700, 11, 16),
        (1700, 11, 28),
        PERL_CHRISTIAN,
        WIKIPEDIA_LIST,
        disputed=True,
        note="DateTime::Calendar::Christian gives 27 November as a possible first day.",
    ),
    _r("NL-UT", "Utrecht", (1700, 11, 30), (1700, 12, 12), POULSEN, PERL_CHRISTIAN, WIKIPEDIA_LIST),
    _r("NL-OV", "Overijssel", (1700, 11, 30), (1700, 12, 12), POULSEN, WIKIPEDIA_LIST),
    _r(
        "NL-FR",
        "Friesland",
        (1700, 12, 31),
        (1701, 1, 12),
        POULSEN,
        PERL_CHRISTIAN,
        WIKIPEDIA_LIST,
        note="DateTime::Calendar::Christian gives 13 January 1701 as a possible first day.",
    ),
    _r(
        "NL-GR",
        "Groningen",
        (1700, 12, 31),
        (1701, 1, 12),
        POULSEN,
        WIKIPEDIA_LIST,
        note="The city of Groningen had used the Gregorian calendar from 1583 to 1594.",
    ),
    *(
        _r(
            code,
            name,
            (1700, 12, 31),
            (1701, 1, 12),
            POULSEN,
            PERL_CHRISTIAN,
            note="The Protestant cantons changed together at the turn of 1701.",
        )
        for code, name in (
            ("CH-ZH", "Canton of Zurich"),
            ("CH-BE", "Canton of Bern"),
            ("CH-BS", "Basel (city)"),
            ("CH-SH", "Canton of Schaffhausen"),
        )
    ),
    _r(
        "NL-DR",
        "Drenthe",
        (1701, 4, 30),
        (1701, 5, 12),
        WIKIPEDIA_LIST,
        PERL_CHRISTIAN,
        note="DateTime::Calendar::Christian gives 12 January 1701 as a possible first day.",
    ),
    # Great Britain and its dominions, 1752.
    _r(
        "GB",
        "Great Britain and its colonies",
        (1752, 9, 2),
        (1752, 9, 14),
        BRITISH_ACT,
        POULSEN,
        PERL_CHRISTIAN,
        NCAL,
        note="Wednesday 2 September 1752 was followed by Thursday 14 September. The same "
        "Act moved England's year start from 25 March to 1 January from 1752.",
    ),
    _r("GB-ENG", "England and Wales", (1752, 9, 2), (1752, 9, 14), BRITISH_ACT, POULSEN),
    _r(
        "GB-SCT",
        "Scotland",
        (1752, 9, 2),
        (1752, 9, 14),
        BRITISH_ACT,
        POULSEN,
        note="Same calendar change as England; Scotland had begun its year on 1 January "
        "since 1600.",
    ),
    _r("IE", "Ireland", (1752, 9, 2), (1752, 9, 14), BRITISH_ACT, WIKIPEDIA_LIST),
    _r(
        "US",
        "United States: the British colonies",
        (1752, 9, 2),
        (1752, 9, 14),
        BRITISH_ACT,
        EXPLANATORY_SUPPLEMENT,
        NCAL,
        note="French Louisiana used the Gregorian calendar from its founding (chanur.com); "
        "Alaska changed in 1867 (US-AK).",
    ),
    # Sweden and Finland, with the Swedish calendar of 1700-1712.
    _r(
        "SE",
        "Sweden",
        (1753, 2, 17),
        (1753, 3, 1),
        SWEDISH_CALENDAR,
        POULSEN,
        NCAL,
        interim=_SWEDISH_STEPS,
        note=_SWEDISH_NOTE,
    ),
    _r(
        "FI",
        "Finland (part of Sweden)",
        (1753, 2, 17),
        (1753, 3, 1),
        SWEDISH_CALENDAR,
        NCAL,
        interim=_SWEDISH_STEPS,
        note=_SWEDISH_NOTE,
    ),
    # Alaska: a reform and a move across the date line on the same day.
    _r(
        "US-AK",
        "Alaska",
        (1867, 10, 6),
        (1867, 10, 18),
        EXPLANATORY_SUPPLEMENT,
        WIKIPEDIA_LIST,
        extra_days=-1,
        aliases=("ALASKA",),
        note="Russian Alaska reckoned its days like Asia. At the transfer to the United "
        "States it skipped 11 dates, not 12, so that Friday 6 October (O.S.) was followed by "
        "a second Friday, 18 October (N.S.): one day was lived twice under two dates.",
    ),
    # Eastern Europe, 1912-1923.
    _r(
        "AL",
        "Albania",
        (1912, 11, 14),
        (1912, 11, 28),
        WIKIPEDIA_LIST,
        EXPLANATORY_SUPPLEMENT,
        disputed=True,
        note="The Explanatory Supplement says only 'December 1912'; ncal gives 30 November "
        "-> 14 December 1912. Albanian Catholics used the Gregorian calendar from 1583.",
    ),
    _r(
        "BG",
        "Bulgaria",
        (1916, 3, 31),
        (1916, 4, 14),
        "Bulgarian law on the introduction of the Gregorian calendar, adopted 14 March 1916",
        WIKIPEDIA_LIST,
        NCAL,
        disputed=True,
        note="The law makes 31 March 1916 the last Old Style day and the next day 14 April. "
        "Tøndering's list gives 18 March -> 1 April 1916 and DateTime::Calendar::Christian "
        "14 November 1915.",
    ),
    _r(
        "RU",
        "Soviet Russia",
        (1918, 1, 31),
        (1918, 2, 14),
        SOVNARKOM_1918,
        NCAL,
        PERL_CHRISTIAN,
        note="Wednesday 31 January 1918 was followed by Thursday 14 February. Territories "
        "outside Soviet control changed on other days (see UA, EE, LV, LT).",
    ),
    _r(
        "EE",
        "Estonia (mainland)",
        (1918, 1, 31),
        (1918, 2, 14),
        'Estonica, "Calendar reform", http://www.estonica.org/en/Calendar_reform/',
        TONDERING,
        disputed=True,
        note="Mainland Estonia changed with Soviet Russia; the western islands, under German "
        "occupation, changed in autumn 1917 (Ruhnu in 1915). Wikipedia's list gives "
        "15 February -> 1 March 1918.",
    ),
    _r(
        "LV",
        "Latvia",
        (1918, 2, 1),
        (1918, 2, 15),
        NCAL,
        PERL_CHRISTIAN,
        disputed=True,
        covered_from=JulianDate(1796, 1, 28),
        before="the Gregorian calendar in the Duchy of Courland (until 7 February 1796 N.S.)",
        note="No single date: Courland changed under German occupation in 1915, Riga in "
        "1917, and the calendar was unified across Latvia only in 1919 (Letonika). The row "
        "follows ncal and DateTime::Calendar::Christian. Covered from Courland's return to "
        "the Julian calendar in 1796 (Wikipedia's list).",
    ),
    _r(
        "LT",
        "Lithuania",
        (1918, 2, 1),
        (1918, 2, 15),
        NCAL,
        WIKIPEDIA_LIST,
        disputed=True,
        covered_from=JulianDate(1800, 1, 1),
        before="the Gregorian calendar of the Grand Duchy of Lithuania (from 1586)",
        note="Wikipedia's list gives 1915 for the Kovno and Vilna governorates under German "
        "occupation; the row follows ncal. Covered from 1 January 1800 (Julian), by when "
        "the Russian governorate had returned to the Julian calendar: Wikipedia's list dates "
        "that return to January 1800, but the day it gives (last Gregorian day 12 January) "
        "is Julian 1 January itself, so the exact day is uncertain.",
    ),
    _r(
        "UA",
        "Ukraine (Ukrainian People's Republic)",
        (1918, 2, 15),
        (1918, 3, 1),
        "Law of the Central Rada of 12 February 1918 (O.S.), published in Nauka naukozn. "
        "2018, 2(100): 139-140",
        WIKIPEDIA_LIST,
        disputed=True,
        note="16 February 1918 (O.S.) was renamed 1 March; areas held by the Soviets "
        "followed the Russian decree (31 January -> 14 February 1918).",
    ),
    *(
        _r(
            code,
            name,
            (1918, 4, 17),
            (1918, 5, 1),
            WIKIPEDIA_LIST,
            note="The Transcaucasian Democratic Federative Republic changed in spring 1918; "
            "only one source was found for the day.",
        )
        for code, name in (("GE", "Georgia"), ("AM", "Armenia"), ("AZ", "Azerbaijan"))
    ),
    _r(
        "RS",
        "Serbia (Kingdom of Serbs, Croats and Slovenes)",
        (1919, 1, 14),
        (1919, 1, 28),
        WIKIPEDIA_LIST,
        "Law on the equalisation of the old and new calendars (Novosti, 28 January 2024)",
        disputed=True,
        aliases=("YU", "YUGOSLAVIA"),
        note="The former Habsburg lands of the kingdom were already Gregorian. ncal gives "
        "4 March 1919 as the last Julian day for Yugoslavia and Slovenia.",
    ),
    _r("ME", "Montenegro", (1919, 1, 14), (1919, 1, 28), WIKIPEDIA_LIST),
    _r(
        "RO",
        "Romania (Old Kingdom)",
        (1919, 3, 31),
        (1919, 4, 14),
        WIKIPEDIA_LIST,
        NCAL,
        PERL_CHRISTIAN,
        disputed=True,
        note="Transylvania had changed in 1590 (RO-TRANSYLVANIA). Some lists give "
        "18 January -> 1 February 1919; the Romanian Church changed in 1924.",
    ),
    _r(
        "GR",
        "Greece",
        (1923, 2, 15),
        (1923, 3, 1),
        "Greek decree of 18 January 1923 (Kathimerini, '18 January 1923: from the Julian to "
        "the Gregorian calendar')",
        WIKIPEDIA_LIST,
        disputed=True,
        note="Wednesday 15 February 1923 was followed by Thursday 1 March: the day that "
        "would have been 16 February was called 1 March. ncal and Tøndering give "
        "9 -> 23 March 1924, the date the Church of Greece changed. Mount Athos did not.",
    ),
    # Places that adopted the Gregorian calendar from a calendar that was not Julian.
    _r(
        "JP",
        "Japan",
        None,
        (1873, 1, 1),
        WIKIPEDIA_ADOPTION,
        before="the Japanese lunisolar calendar (Tenpō calendar) and era names",
        note="The day after the 2nd day of the 12th month of Meiji 5 was 1 January 1873 "
        "(Meiji 6). ncal's value (1918) does not fit any change of calendar.",
    ),
    _r(
        "CN",
        "China (Republic of China)",
        None,
        (1912, 1, 1),
        WIKIPEDIA_ADOPTION,
        TONDERING,
        disputed=True,
        before="the Chinese lunisolar calendar",
        note="Adopted officially with the Republic; Tøndering also gives 1 January 1929, "
        "and the traditional calendar stayed in wide use until 1949.",
    ),
    _r(
        "TR",
        "Turkey",
        None,
        (1926, 1, 1),
        'Law No. 698 of 26 December 1925; Wikipedia, "Rumi calendar"',
        WIKIPEDIA_ADOPTION,
        disputed=True,
        before="the Rumi and Hijri calendars (Rumi days and months followed the Julian "
        "calendar until 15 February 1332 and the Gregorian from 1 March 1333, that is "
        "1 March 1917, with Rumi year numbers)",
        note="Gregorian year numbers from 1 January 1926. Tøndering and ncal give 1927 "
        "(ncal: 18 December 1926).",
    ),
)

#: The table, ordered by the first Gregorian day (then by code).
REFORMS: tuple[Reform, ...] = tuple(
    sorted(_ROWS, key=lambda row: (row.first_gregorian.toordinal(), row.code))
)

#: The years in which some place had changed to the Gregorian calendar and some other
#: still kept the Julian one: from the first reform (1582) to the last Julian day of
#: the last (1923), the years a text may date in both calendars.
DUAL_DATING_YEARS = range(
    min(reform.first_gregorian.year for reform in REFORMS if reform.last_julian is not None),
    max(reform.last_julian.year for reform in REFORMS if reform.last_julian is not None) + 1,
)

_BY_KEY: dict[str, Reform] = {}
for _reform in REFORMS:
    for _key in (_reform.code, *_reform.aliases):
        if _key.casefold() in _BY_KEY:
            raise RuntimeError(f"duplicate place code or alias {_key!r} in the reform table")
        _BY_KEY[_key.casefold()] = _reform


def place_codes() -> tuple[str, ...]:
    """Every place code of the table, in table order (by date of reform).

    >>> "GB" in place_codes() and "US-AK" in place_codes()
    True
    """
    return tuple(reform.code for reform in REFORMS)


def reform_for(place: str) -> Reform:
    """The reform of a place code or alias, case-insensitively; ``UnknownPlaceError`` if none.

    >>> reform_for("gb").first_gregorian
    GregorianDate(1752, 9, 14)
    >>> reform_for("Prussia").code
    'RU-KGD'
    """
    if not isinstance(place, str):
        raise TypeError(f"place must be a str such as 'GB', not {type(place).__name__}")
    key = place.strip().casefold()
    found = _BY_KEY.get(key)
    if found is None:
        regions = [
            reform.code for reform in REFORMS if reform.code.casefold().startswith(key + "-")
        ]
        if regions:
            raise UnknownPlaceError(
                f"{place.strip()!r} did not change calendars all at once: its regions did, "
                f"each on its own day; use one of {', '.join(sorted(regions))}"
            )
        raise UnknownPlaceError(
            f"unknown place {place!r}: use a code of the reform table such as 'GB', 'RU', "
            f"'SE' or 'DE-BY' (`julian-gregorian places` lists them){_named_like(place)}"
        )
    return found


#: How many rows an unknown place's message proposes at most.
_PROPOSED = 6


def _named_like(place: str) -> str:
    """The rows whose name has the words of *place*, proposed after its error, if any."""
    wanted = set(_words(place))
    named = [
        reform
        for reform in REFORMS
        if wanted and wanted <= set(_words(" ".join((reform.name, *reform.aliases))))
    ]
    if not named:
        return ""
    shown = ", ".join(f"{reform.code} ({reform.name})" for reform in named[:_PROPOSED])
    more = f" and {len(named) - _PROPOSED} more" if len(named) > _PROPOSED else ""
    return f"; the rows named so: {shown}{more}"


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def reforms_matching(words: Iterable[str]) -> tuple[Reform, ...]:
    """Rows whose code, alias or name contains every word, case-insensitively.

    >>> [r.code for r in reforms_matching(["swiss"])] == []
    True
    >>> [r.code for r in reforms_matching(["canton", "zu"])]
    ['CH-ZG', 'CH-ZH']
    """
    wanted = [word.casefold() for word in words]
    found = []
    for reform in REFORMS:
        haystack = " ".join((reform.code, reform.name, *reform.aliases)).casefold()
        if all(word in haystack for word in wanted):
            found.append(reform)
    return tuple(found)
