"""Wikipedia's Old Style date templates, read from wikitext.

The templates are data of the language records
(:attr:`Language.date_templates <julian_gregorian.languages.Language.date_templates>`):
each names its template, the layout of its parameters and the shape its items report.
English Wikipedia's (parameters as its template documentation gives them):

- ``{{OldStyleDate|2 February|1905|20 January}}`` renders ``2 February [O.S. 20 January]
  1905``: N.S. day and month, the year, O.S. day and month (with its own year when that
  differs: ``{{OldStyleDate|4 January|1643|25 December 1642}}``);
- ``{{OldStyleDateDY|February 22,|1732|February 11, 1731}}``: the same with the O.S. year
  always written (a dual year: ``February 22, 1732 [O.S. February 11, 1731]``);
- ``{{OldStyleDateNY|March 31|March 20}}``: no year at all;
- ``{{Old Style to New Style|20 January|1905|2 February}}`` (alias ``{{OS2NS}}``) renders
  ``20 January [2 February N.S.] 1905``: the O.S. date first.

Russian Wikipedia's ``{{OldStyleDate|4|января|1915|22|декабря|1914}}`` (and ``{{СС}}``,
``{{СС2}}``) gives the N.S. day, month and year, then the O.S. ones (month and year may
be left out when they are the same) and renders the Julian date first. Where two records
name one template (``OldStyleDate``), the layout of parts is read where the parameters
fit it: a month word in the second parameter or a bare day in the first.

Russian Wikipedia's ``{{СС3|8.4.1765}}`` (also ``{{сс3|…}}``) holds only the Julian
date, day.month.year, and prints both (``8 (19) апреля 1765``): a date marked O.S., its
N.S. side the one the template computes.

Parameters may hold links, markup and date templates such as ``{{Birth date|df=y|1643|01|04}}``.
Each template is one item whose sides span the parameters that hold their dates.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from julian_gregorian.calendar.conversion import julian_to_gregorian
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.languages._record import (
    JULIAN_NUMERIC,
    NEW_OLD,
    NEW_PARTS_OLD_PARTS,
    OLD_YEAR_NEW,
    DateTemplate,
)
from julian_gregorian.text._drafts import Draft, DraftSide
from julian_gregorian.text._read.normalise import (
    SHOWN_DATE_TEMPLATES,
    Closings,
    normalise,
    template_end,
    template_key,
    template_name,
)
from julian_gregorian.text._read.reading import complete_years
from julian_gregorian.text._read.tokens import DateFields, tokenize


def _templates() -> dict[str, tuple[DateTemplate, ...]]:
    found: dict[str, tuple[DateTemplate, ...]] = {}
    for language in LANGUAGES:
        for template in language.date_templates:
            key = template_key(template.name)
            found[key] = (*found.get(key, ()), template)
    # A layout of parts first: it is taken only where the parameters fit it.
    return {
        key: tuple(sorted(entries, key=lambda entry: entry.layout != NEW_PARTS_OLD_PARTS))
        for key, entries in found.items()
    }


#: Every date template of the records, by its name as :func:`template_name` gives it.
_TEMPLATES = _templates()
#: ``{{СС3|8.4.1765}}``: the Julian day, month and year of Russian Wikipedia's template.
_JULIAN_NUMERIC = re.compile(r"\s*([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{3,4})\s*")
_NUMBER = re.compile(r"\s*([0-9]{1,4})\s*")
_DIGITS = re.compile(r"[0-9]{1,4}")
#: What divides a template's parameters, and the nested markup whose bars do not.
_PARAMETER_MARKUP = re.compile(r"(?P<open>\{\{|\[\[)|(?P<close>\}\}|\]\])|\|")


class _Parameter(NamedTuple):
    start: int
    end: int


def template_at(text: str, anchor: int, closings: Closings | None = None) -> tuple[int, int] | None:
    """``(start, end)`` of the Old Style date template whose name holds *anchor*.

    *closings* (of ``}}`` in *text*) remembers where templates close from one call to
    the next on the same text.
    """
    start = text.rfind("{{", max(0, anchor - 40), anchor)
    if start == -1 or template_name(text, start) not in _TEMPLATES:
        return None
    end = template_end(text, start, closings=closings)
    return None if end == -1 else (start, end)


def _parameters(text: str, start: int, end: int) -> list[_Parameter]:
    """The positional parameters of the template ``text[start:end]``, stripped."""
    found: list[_Parameter] = []
    depth = 0
    piece = -1
    stop = end - 2
    # (Markup is found by the regex engine, not a Python step per character: a template
    # is read at the speed of its markup. A pair of braces or brackets may begin just
    # before the end and reach one character past it.)
    for mark in _PARAMETER_MARKUP.finditer(text, start + 2, stop + 1):
        if mark.start() >= stop:
            break
        kind = mark.lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif depth == 0:
            if piece != -1:
                found.append(_Parameter(piece, mark.start()))
            piece = mark.start() + 1
    if piece != -1:
        found.append(_Parameter(piece, stop))
    positional = []
    for parameter in found:
        value = text[parameter.start : parameter.end]
        if "=" in value.split("{{")[0].split("[[")[0]:
            continue  # a named parameter such as df=y
        left = parameter.start + len(value) - len(value.lstrip())
        right = parameter.end - (len(value) - len(value.rstrip()))
        positional.append(_Parameter(left, max(left, right)))
    return positional


def _nested_date(text: str, parameter: _Parameter) -> DateFields | None:
    """``{{Birth date|df=y|1643|01|04}}`` inside a parameter: its year, month and day."""
    start = text.find("{{", parameter.start, parameter.end)
    if start == -1 or template_name(text, start) not in SHOWN_DATE_TEMPLATES:
        return None
    end = template_end(text, start)
    numbers = [
        int(match.group(1))
        for value in (text[p.start : p.end] for p in _parameters(text, start, end))
        if (match := _NUMBER.fullmatch(value))
    ]
    if len(numbers) < 3:
        return None
    year, month, day = numbers[:3]
    return DateFields(day, month, day, month, year, None, None, "en")


class _Written(NamedTuple):
    fields: DateFields
    offset: int
    end_offset: int


def _date(text: str, pieces: list[_Parameter]) -> _Written | None:
    """The date written in *pieces*: one parameter, or day, month and year apart.

    A single parameter is read where it stands, so the date's words are located
    exactly (inside a link, say); pieces apart are read joined and span all of them.
    """
    pieces = [piece for piece in pieces if piece.end > piece.start]
    if not pieces:
        return None
    if len(pieces) == 1:
        piece = pieces[0]
        nested = _nested_date(text, piece)
        if nested is not None:
            return _Written(nested, piece.start, piece.end)
        window = normalise(text, piece.start, piece.end, wikitext=True)
        found = _one_date(window.text)
        if found is None:
            return None
        fields, (begin, end) = found
        offset, end_offset = window.span(begin, end)
        return _Written(fields, offset, end_offset)
    joined = " ".join(
        normalise(text, piece.start, piece.end, wikitext=True).text.strip(" ,") for piece in pieces
    )
    found = _one_date(joined)
    if found is None:
        return None
    return _Written(found[0], pieces[0].start, pieces[-1].end)


def _one_date(written: str) -> tuple[DateFields, tuple[int, int]] | None:
    """The only date of *written* with a year standing after it, and its span."""
    _codes, tokens = tokenize(written)
    dates = [token for token in tokens if token.code in "dD" and token.fields is not None]
    if len(dates) != 1 or dates[0].fields is None:
        return None
    fields = dates[0].fields
    if fields.year is None:
        for token in tokens:
            if token.code == "Y" and token.fields is not None:
                year = token.fields
                fields = fields._replace(
                    year=year.year, written_year=year.written_year, dual=year.dual
                )
                break
    return fields, (dates[0].start, dates[0].end)


def _side(calendar: CalendarName, written: _Written, year: int | None) -> DraftSide | None:
    side = DraftSide.of(calendar, written.fields, written.offset, written.end_offset)
    if side is not None and side.year is None and year is not None:
        side.year = year
    return side


def _year(text: str, parameter: _Parameter | None) -> int | None:
    if parameter is None:
        return None
    match = _DIGITS.search(text, parameter.start, parameter.end)
    return int(match.group()) if match else None


def read_template(text: str, start: int, end: int) -> Draft | None:
    """The pair a date template at ``text[start:end]`` writes, or ``None`` if malformed."""
    parameters = _parameters(text, start, end)
    for template in _TEMPLATES.get(template_name(text, start), ()):
        layout = template.layout
        if layout == JULIAN_NUMERIC:
            return _julian_only(text, start, end, parameters, template.shape)
        if layout == NEW_PARTS_OLD_PARTS:
            if _fits_parts(text, parameters):
                return _parts(text, start, end, parameters, template.shape)
            continue
        return _dates(text, start, end, parameters, template)
    return None


def _dates(
    text: str, start: int, end: int, parameters: list[_Parameter], template: DateTemplate
) -> Draft | None:
    """A template whose parameters hold whole dates (and the year apart)."""
    layout = template.layout
    if layout == NEW_OLD:
        if len(parameters) < 2:
            return None
        new_pieces, old_pieces, year_parameter = [parameters[0]], [parameters[1]], None
        first: CalendarName = "gregorian"
    elif layout == OLD_YEAR_NEW:
        if len(parameters) < 3:
            return None
        old_pieces, year_parameter, new_pieces = [parameters[0]], parameters[1], [parameters[2]]
        first = "julian"
    else:
        if len(parameters) < 3:
            return None
        new_pieces, year_parameter, old_pieces = [parameters[0]], parameters[1], [parameters[2]]
        first = "gregorian"
    new_date, old_date = _date(text, new_pieces), _date(text, old_pieces)
    if new_date is None or old_date is None:
        return None
    year = _year(text, year_parameter)
    new = _side("gregorian", new_date, year if first == "gregorian" else None)
    old = _side("julian", old_date, year if first == "julian" else None)
    if new is None or old is None:
        return None
    leader, other = (new, old) if first == "gregorian" else (old, new)
    leader.own_year = leader.year is not None
    complete_years(leader, other, None)
    return Draft("pair", template.shape, start, end, old, new)


def _julian_only(
    text: str, start: int, end: int, parameters: list[_Parameter], shape: str
) -> Draft | None:
    """``{{СС3|8.4.1765}}`` holds only the Julian date and prints both (``8 (19) апреля
    1765``): a date marked O.S., since the N.S. date the template prints is computed
    from it and cannot disagree."""
    if not parameters:
        return None
    parameter = parameters[0]
    match = _JULIAN_NUMERIC.fullmatch(text, parameter.start, parameter.end)
    if match is None:
        return None
    day, month, year = (int(group) for group in match.groups())
    try:
        julian_to_gregorian(year, month, day)
    except ValueError:
        return None
    fields = DateFields(day, month, day, month, year, None, None, "ru")
    old = _side("julian", _Written(fields, parameter.start, parameter.end), None)
    if old is None:
        return None
    old.own_year = True
    return Draft("old_style", shape, start, end, old=old)


def _fits_parts(text: str, parameters: list[_Parameter]) -> bool:
    """Whether the parameters are a day, a month and a year apart: a bare day first, or a
    month word in Cyrillic (the English layout writes ``2 February`` in one)."""
    if len(parameters) < 4:
        return False
    first = text[parameters[0].start : parameters[0].end]
    both = text[parameters[0].start : parameters[1].end]
    return first.isdigit() or any("\u0400" <= char <= "\u04ff" for char in both)


def _parts(
    text: str, start: int, end: int, parameters: list[_Parameter], shape: str
) -> Draft | None:
    """N.S. day, month and year, then the O.S. day (with its month and year where they
    differ, in parameters of their own or as one date: ``{{СС|2|ноября|1721|22 октября}}``)."""
    new_pieces, old_pieces = parameters[:3], parameters[3:6]
    new_date = _date(text, new_pieces)
    if new_date is None:
        return None
    old_text = [text[p.start : p.end] for p in old_pieces]
    old_day = _NUMBER.fullmatch(old_text[0]) if old_text else None
    old_date: _Written | None = None
    if old_day is None:
        old_date = _date(text, old_pieces[:1]) if old_pieces else None
        if old_date is None:
            return None
    elif len(old_pieces) > 1 and old_text[1].strip():
        old_date = _date(text, old_pieces)
    if old_date is None:
        assert old_day is not None
        day, month = int(old_day.group(1)), new_date.fields.month
        fields = DateFields(day, month, day, month, None, None, None, "ru")
        old_date = _Written(fields, old_pieces[0].start, old_pieces[0].end)
    new = _side("gregorian", new_date, None)
    old = _side("julian", old_date, None)
    if new is None or old is None:
        return None
    complete_years(old, new, None)
    return Draft("pair", shape, start, end, old, new)
