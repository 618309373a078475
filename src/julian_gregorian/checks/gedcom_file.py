"""Checks of a GEDCOM file's dates: every DATE value, with the place of its event.

``check_gedcom(text)`` reads a GEDCOM 5.5.1 or 7 file (the version from its header) and
reports, for each ``DATE`` line, the record it belongs to and its line:

- JG601 a day its calendar does not have (``30 FEB 1712`` exists in the Swedish
  calendar only, ``29 FEB 1700`` in the Julian one only);
- JG602 a dual year whose halves are not consecutive years (``1749/51``, ``935/950``);
- JG603 a dual year outside 1 January - 24 March;
- JG604 (opt-in) a Gregorian date before its place's reform, or a Julian one after it,
  where the place (``PLAC``, else the address's ``CTRY``) is in the reform table;
- JG605 a value GEDCOM 7 cannot hold as written: in a 5.5.1 file a dual year (GEDCOM 7
  keeps the 1 January year and the written form in a ``PHRASE``; the fix writes that) or
  a calendar GEDCOM 7 does not have (``@#DROMAN@``, ``@#DUNKNOWN@``); in a GEDCOM 7 file,
  a dual year.

Values in calendars this library does not convert (Hebrew, French Republican) and
values that are no date at all are not judged.

>>> text = "0 HEAD\\n1 GEDC\\n2 VERS 5.5.1\\n0 @I1@ INDI\\n1 BIRT\\n2 DATE 30 FEB 1712\\n0 TRLR\\n"
>>> [(f.code, f.record, f.line) for f in check_gedcom(text)]
[('JG601', '@I1@', 6)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.calendar.dates import CalendarDate
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.findings import Finding, Fix
from julian_gregorian.errors import InvalidDateError, ParseError
from julian_gregorian.formats.gedcom import (
    GedcomDate,
    GedcomValue,
    GedcomVersion,
    gedcom7_payload,
    parse_gedcom_date,
)
from julian_gregorian.formats.gedcom_file import GedcomDateLine, GedcomFile, read_gedcom
from julian_gregorian.places._civil import civil_calendar
from julian_gregorian.places._reforms import Reform, reform_for, reforms_matching
from julian_gregorian.places.dual_years import dual_year_problem

NONEXISTENT_DAY = FileRule(
    "JG601",
    "gedcom-nonexistent-day",
    "error",
    "a GEDCOM date on a day its calendar does not have",
    Explanation(
        what=(
            "Checks that the day of a GEDCOM DATE exists in the calendar it names (@#DJULIAN@ in "
            "5.5.1, JULIAN in 7; none means Gregorian); the message says which calendar has the "
            "day, if one does."
        ),
        why=(
            "A day that does not exist cannot be converted or compared: @#DJULIAN@ 29 FEB 1700 "
            "exists, 29 FEB 1700 does not (1700 is no Gregorian leap year), and 30 FEB 1712 "
            "exists only in the Swedish calendar."
        ),
        example="0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n1 BIRT\n2 DATE 29 FEB 1700\n0 TRLR",
        fix=(
            "No automatic fix: add the calendar escape the date was written in, or correct the day."
        ),
    ),
)
MALFORMED_DUAL_YEAR = FileRule(
    "JG602",
    "gedcom-malformed-dual-year",
    "error",
    "a GEDCOM dual year whose halves are not consecutive years",
    Explanation(
        what="Finds GEDCOM dual years whose halves are not consecutive years (1749/51, 935/950).",
        why=(
            "A dual year (11 FEB 1731/32) gives the year counted from 25 March and the one "
            "counted from 1 January, which are consecutive: other numbers cannot be right."
        ),
        example="0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n1 BIRT\n2 DATE 11 FEB 1749/51\n0 TRLR",
        fix="No automatic fix: which of the two years is wrong cannot be told from the value.",
    ),
)
DUAL_YEAR_OUT_OF_SEASON = FileRule(
    "JG603",
    "gedcom-dual-year-out-of-season",
    "warning",
    "a GEDCOM dual year outside 1 January - 24 March",
    Explanation(
        what="Finds GEDCOM dual years on days from 25 March to 31 December.",
        why=(
            "Only days from 1 January to 24 March need a dual year: from Lady Day on, both counts "
            "give the same year, so 10 APR 1749/50 is a slip."
        ),
        example="0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n1 BIRT\n2 DATE 10 APR 1749/50\n0 TRLR",
        fix="No automatic fix: correct the day, the month or the year by hand.",
    ),
)
CALENDAR_OF_PLACE = FileRule(
    "JG604",
    "gedcom-calendar-of-place",
    "warning",
    "a GEDCOM date in a calendar its place did not use then",
    Explanation(
        what=(
            "Where the event's place (PLAC, else ADDR > CTRY) is in the reform table, finds dates "
            "given as Gregorian before the place's reform, or as Julian after it. It is off by "
            "default (`--select JG604`): many files write Julian-era dates without the calendar "
            "escape, meaning the Julian date, and this rule would flag them all."
        ),
        why=(
            "Such a date is in a calendar the place did not use on that day: the calendar escape "
            "is missing, or the date was converted and the escape kept."
        ),
        example=(
            "0 HEAD\n"
            "1 GEDC\n"
            "2 VERS 5.5.1\n"
            "0 @I1@ INDI\n"
            "1 BIRT\n"
            "2 DATE @#DJULIAN@ 1 MAY 1900\n"
            "2 PLAC Paris, France\n"
            "0 TRLR"
        ),
        fix="No automatic fix: give the date in the calendar the place used, with its escape.",
    ),
    default=False,
)
GEDCOM7_CANNOT_HOLD = FileRule(
    "JG605",
    "gedcom7-cannot-hold",
    "info",
    "a GEDCOM 5.5.1 date value GEDCOM 7 cannot hold as written",
    Explanation(
        what=(
            "Finds GEDCOM 5.5.1 date values that GEDCOM 7 cannot hold as written: dual years, and "
            "dates in the ROMAN or UNKNOWN calendar."
        ),
        why=(
            "GEDCOM 7 removed dual years (it keeps the 1 January year, and the written form in a "
            "PHRASE) and has no ROMAN or UNKNOWN calendar, so moving the file to GEDCOM 7 would "
            "lose or change these values."
        ),
        example="0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n1 BIRT\n2 DATE 11 FEB 1731/32\n0 TRLR",
        fix=(
            "When the file moves to GEDCOM 7, write a dual year in its form: JULIAN 11 FEB "
            "1732, with 11 February 1731/32 in a PHRASE line below. `--fix` does so in a "
            "GEDCOM 7 file whose values are written the 5.5.1 way, never in a 5.5.1 file, "
            "whose readers would refuse that form or read it as a Gregorian date."
        ),
    ),
    fixable=True,
)

#: The GEDCOM rules, in code order.
GEDCOM_RULES: tuple[FileRule, ...] = (
    NONEXISTENT_DAY,
    MALFORMED_DUAL_YEAR,
    DUAL_YEAR_OUT_OF_SEASON,
    CALENDAR_OF_PLACE,
    GEDCOM7_CANNOT_HOLD,
)

_UNSUPPORTED = re.compile(r"@#D(ROMAN|UNKNOWN)@", re.IGNORECASE)
#: The GEDCOM 7 names of the calendars that have a 5.5.1 escape of the same name.
_CALENDAR_WORDS_7 = re.compile(r"(?<![\w@#])(JULIAN|GREGORIAN)(?![\w@])", re.IGNORECASE)
_ESCAPE = re.compile(r"@#D(JULIAN|GREGORIAN)@", re.IGNORECASE)
#: The era of GEDCOM 5.5.1 (``44 B.C.``; GEDCOM 7 writes ``44 BCE``).
_BC_551 = re.compile(r"\bB\.C\.", re.IGNORECASE)
_DAY = re.compile(
    r"(?:(@#DJULIAN@|@#DGREGORIAN@|JULIAN|GREGORIAN)\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d+)"
    r"(?:/(\d+))?",
    re.IGNORECASE,
)
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def check_gedcom(
    text: str, *, select: Iterable[str] = (), gedcom: GedcomFile | None = None
) -> list[Finding]:
    """Findings on the DATE values of a GEDCOM file's *text*, in file order.

    *select* adds opt-in rules by code (``["JG604"]``). Raises ``ParseError`` when the
    text is not a GEDCOM file.
    """
    chosen = set(select)
    rules = {rule.code for rule in GEDCOM_RULES if rule.default or rule.code in chosen}
    parsed = gedcom if gedcom is not None else read_gedcom(text)
    findings: list[Finding] = []
    for date_line in parsed.dates:
        findings.extend(
            finding for finding in _check_value(date_line, parsed) if finding.code in rules
        )
    return findings


def _check_value(date_line: GedcomDateLine, gedcom: GedcomFile) -> Iterator[Finding]:
    payload = date_line.value.strip()
    if not payload:
        return
    # A GEDCOM 7 file may hold values written the 5.5.1 way (a dual year, @#DJULIAN@):
    # read so, they are checked as any other, and rewritten in GEDCOM 7 form.
    written_551 = False
    try:
        value = parse_gedcom_date(payload, gedcom.version)
    except InvalidDateError as error:
        yield from _invalid(date_line, payload, str(error), gedcom.version)
        return
    except ParseError as error:
        try:
            found = _read_as_551(payload) if gedcom.version == "7" else None
        except InvalidDateError as invalid:
            yield from _invalid(date_line, payload, str(invalid), gedcom.version)
            return
        if found is None:
            yield from _unreadable(date_line, payload, str(error), gedcom)
            return
        value, written_551 = found, True
    dates = [date for date in value.dates if date is not None]
    out_of_season = False
    for date in dates:
        if date.dual is not None:
            problem = dual_year_problem(
                date.dual.first, date.dual.second, date.month, date.day, date.calendar
            )
            if problem is not None:
                out_of_season = True
                yield _on(date_line, DUAL_YEAR_OUT_OF_SEASON, f"{payload}: {problem}")
    yield from _calendar_of_place(date_line, payload, dates, gedcom.version)
    if gedcom.version == "5.5.1" and not any(d.dual for d in dates):
        return
    if written_551 or gedcom.version == "5.5.1":
        # Which year an out-of-season dual year means is unknown: no GEDCOM 7 form for it.
        if not out_of_season:
            yield _gedcom7_form(date_line, payload, value, gedcom.newline, fixable=written_551)
        elif written_551:
            yield _on(
                date_line, GEDCOM7_CANNOT_HOLD, f"{payload}: {_not_in_gedcom7(value, payload)}"
            )


def _read_as_551(payload: str) -> GedcomValue | None:
    """The value of a GEDCOM 7 file's *payload* read as GEDCOM 5.5.1, if it reads so
    (``InvalidDateError`` if it names a day its calendar lacks)."""
    # (only the date part: a phrase's words, "(Julian reckoning)", are its writer's text)
    date_part, bracket, phrase = payload.partition("(")
    as_551 = _CALENDAR_WORDS_7.sub(lambda word: f"@#D{word[0].upper()}@", date_part)
    as_551 += bracket + phrase
    try:
        return parse_gedcom_date(as_551, "5.5.1")
    except ParseError:
        return None


def _not_in_gedcom7(value: GedcomValue, payload: str, *, in_gedcom7: bool = True) -> str:
    """Why GEDCOM 7 cannot hold *value*, read as GEDCOM 5.5.1 from *payload*, as written
    (in a 5.5.1 file, not *in_gedcom7*, only its dual years: the rest is right there)."""
    date_part = payload.partition("(")[0]
    reasons = []
    if any(date.dual for date in value.dates if date is not None):
        reasons.append("GEDCOM 7 has no dual years")
    if not in_gedcom7:
        return "; ".join(reasons)
    if value.qualifier == "INT":
        reasons.append("GEDCOM 7 has no INT <date> (<phrase>)")
    elif value.date is None and value.phrase is not None:
        reasons.append("GEDCOM 7 writes a phrase alone as the PHRASE of an empty DATE")
    for escape in dict.fromkeys(_ESCAPE.findall(date_part)):
        name = escape.upper()
        reasons.append(
            f"GEDCOM 7 names calendars without the 5.5.1 escapes ({name}, not @#D{name}@)"
        )
    if _BC_551.search(date_part):
        reasons.append("GEDCOM 7 writes BCE, not B.C.")
    return "; ".join(reasons) or "it is written the GEDCOM 5.5.1 way"


def _on(date_line: GedcomDateLine, rule: FileRule, message: str, fix: Fix | None = None) -> Finding:
    return rule.finding(
        f"{message} ({date_line.path} of {date_line.record or 'the header'})",
        offset=date_line.offset,
        end_offset=date_line.end_offset,
        line=date_line.line,
        column=date_line.column,
        record=date_line.record,
        fix=fix,
    )


def _invalid(
    date_line: GedcomDateLine, payload: str, error: str, version: GedcomVersion
) -> Iterator[Finding]:
    """A day or month its calendar lacks: say so, and which calendar has the day."""
    for match in _DAY.finditer(payload):
        escape, day_text, month_text, year_text, second = match.groups()
        if month_text.upper() not in _MONTHS:
            continue
        month, day = _MONTHS.index(month_text.upper()) + 1, int(day_text)
        year = int(year_text) + 1 if second else int(year_text)
        calendar = "Julian" if escape and "JULIAN" in escape.upper() else "Gregorian"
        hint = _where_the_day_exists(year, month, day, calendar, version)
        if hint is not None:
            shown = f"{day} {MONTH_NAMES[month - 1]} {year}"
            yield _on(
                date_line,
                NONEXISTENT_DAY,
                f"{payload}: {shown} does not exist in the {calendar} calendar{hint}",
            )
            return
    yield _on(date_line, NONEXISTENT_DAY, error)


def _where_the_day_exists(
    year: int, month: int, day: int, calendar: str, version: GedcomVersion
) -> str | None:
    """``None`` if the day exists in *calendar*, else where it does (perhaps nowhere)."""
    from julian_gregorian.calendar import _gregorian as gregorian
    from julian_gregorian.calendar import _julian as julian

    if not 1 <= month <= 12 or day < 1:
        return "" if day < 1 else None
    exists = {
        "Julian": day <= julian.days_in_month(year, month),
        "Gregorian": day <= gregorian.days_in_month(year, month),
    }
    if exists[calendar]:
        return None
    if calendar == "Gregorian" and exists["Julian"]:
        escape = _julian_escape(version)
        return f"; it is a Julian date: write it {escape} {day} {_MONTHS[month - 1]} {year}"
    if civil_calendar("SE").exists(year, month, day):
        return " (it exists only in the Swedish calendar of 1700-1712)"
    return ""


def _unreadable(
    date_line: GedcomDateLine, payload: str, error: str, gedcom: GedcomFile
) -> Iterator[Finding]:
    if gedcom.version == "7" and "no dual years" in error:
        yield _on(date_line, GEDCOM7_CANNOT_HOLD, error)
    elif "dual year" in error:
        yield _on(date_line, MALFORMED_DUAL_YEAR, error)
    elif gedcom.version == "5.5.1" and _UNSUPPORTED.search(payload):
        name = _UNSUPPORTED.search(payload)
        assert name is not None
        yield _on(
            date_line,
            GEDCOM7_CANNOT_HOLD,
            f"{payload}: GEDCOM 7 has no {name[1].upper()} calendar",
        )
    # Other calendars, and values that are no date, are not this checker's to judge.


def _calendar_of_place(
    date_line: GedcomDateLine, payload: str, dates: list[GedcomDate], version: GedcomVersion
) -> Iterator[Finding]:
    reform = _reform_of(date_line.place)
    if reform is None or reform.last_julian is None:
        return
    first_gregorian = reform.first_gregorian
    for date in dates:
        first, last = date.span()
        if date.calendar == "gregorian" and last < first_gregorian:
            yield _on(
                date_line,
                CALENDAR_OF_PLACE,
                f"{payload}: Gregorian, but {date_line.place} ({reform.name}) used the Julian "
                f"calendar until {_shown(reform.last_julian)} (O.S.); if this is the Julian "
                f"date, mark it {_julian_escape(version)}",
            )
            return
        if date.calendar == "julian" and first >= first_gregorian:
            yield _on(
                date_line,
                CALENDAR_OF_PLACE,
                f"{payload}: Julian, but {date_line.place} ({reform.name}) used the Gregorian "
                f"calendar from {_shown(first_gregorian)}",
            )
            return


def _julian_escape(version: GedcomVersion) -> str:
    """How a DATE of *version* names the Julian calendar."""
    return "@#DJULIAN@" if version == "5.5.1" else "JULIAN"


def _shown(date: CalendarDate) -> str:
    return date.format()


# Country names of genealogy files that the reform table writes otherwise.
_COUNTRY_CODES = {"uk": "GB", "united kingdom": "GB", "usa": "US", "united states": "US"}


def _reform_of(place: str | None) -> Reform | None:
    """The reform-table row of a place, from its most specific part that names one.

    A part names a row when it is the row's code or whole words of its name (``England``
    for England and Wales, ``Russia`` for Soviet Russia); of several rows, a country's
    (a code without a region) is taken.
    """
    if not place:
        return None
    for part in (part.strip() for part in place.split(",")):
        if not part:
            continue
        code = _COUNTRY_CODES.get(part.casefold())
        if code is not None:
            return reform_for(code)
        words = re.compile(rf"(?<!\w){re.escape(part.casefold())}(?!\w)")
        found = [
            reform
            for reform in reforms_matching(part.split())
            if reform.code.casefold() == part.casefold() or words.search(reform.name.casefold())
        ]
        named = [
            reform
            for reform in found
            if reform.name.casefold() == part.casefold()
            or reform.name.casefold().startswith(part.casefold() + " ")
        ]
        countries = [reform for reform in found if "-" not in reform.code]
        for candidates in (found, named, countries):
            if len(candidates) == 1:
                return candidates[0]
    return None


def _gedcom7_form(
    date_line: GedcomDateLine, payload: str, value: GedcomValue, newline: str, *, fixable: bool
) -> Finding:
    """JG605 with the GEDCOM 7 form of *value*; its fix only where the file is GEDCOM 7
    (*fixable*): written into a 5.5.1 file, the form is one its readers refuse, or read
    as a Gregorian date (``JULIAN 11 FEB 1732`` without the escape), 11 days off."""
    new_payload, phrase = gedcom7_payload(value)
    phrase = None if phrase is None else phrase.strip()
    replacement = new_payload
    written = new_payload or "an empty DATE"
    reason = _not_in_gedcom7(value, payload, in_gedcom7=fixable)
    message = f"{payload}: {reason}; it writes {written}"
    if phrase is not None:
        message += f" with the PHRASE {phrase}"
        if date_line.has_phrase:  # (a DATE has one PHRASE: the two are merged by hand)
            message += ", but this DATE has a PHRASE already: join the two by hand"
            return _on(date_line, GEDCOM7_CANNOT_HOLD, message)
        if value.phrase is not None and any(date.dual for date in value.dates if date):
            # (the phrase would take the dual year's place: "1731/32" lost)
            message += ", and the dual year's written form too: join the two by hand"
            return _on(date_line, GEDCOM7_CANNOT_HOLD, message)
        if not phrase:  # (GEDCOM 7 has no empty PHRASE line)
            return _on(date_line, GEDCOM7_CANNOT_HOLD, f"{payload}: {reason}")
        replacement += f"{newline}{date_line.level + 1} PHRASE {phrase}"
    if not fixable:
        return _on(date_line, GEDCOM7_CANNOT_HOLD, message)
    return _on(
        date_line,
        GEDCOM7_CANNOT_HOLD,
        message,
        # (an empty payload goes with the one delimiter before it: GEDCOM 7's ``2 DATE``)
        Fix(date_line.offset - (not new_payload), date_line.end_offset, replacement),
    )


__all__ = [
    "CALENDAR_OF_PLACE",
    "DUAL_YEAR_OUT_OF_SEASON",
    "GEDCOM7_CANNOT_HOLD",
    "GEDCOM_RULES",
    "MALFORMED_DUAL_YEAR",
    "NONEXISTENT_DAY",
    "check_gedcom",
]
