"""An article's birth and death pairs against its Wikidata item's P569 and P570 values.

``check_against_wikidata(text, entity)`` takes the O.S./N.S. pairs of an article that
stand for a birth or a death — after a birth or death word (``born``, ``died``,
``родился``, ``умер``, ``geboren``, …) or as the two dates of a lead's life span
``(26 May [O.S. 6 June] 1799 – 29 January [O.S. 10 February] 1837)`` — and compares each
with the item's day-precision values of that property (no network: the entity is a saved
JSON file, see :mod:`julian_gregorian.formats.wikidata_entity`):

- JG801: a value stored with the Gregorian model whose fields are those of the pair's
  O.S. date (or with the Julian model and the N.S. fields): the date was copied without
  its calendar, the mistake Wikidata's own team wrote about;
- JG802: no value of the property is the pair's day.

Findings are placed on the pair in the article; ``record`` names the item and property.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from julian_gregorian.calendar.dates import CalendarDate
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.findings import Finding
from julian_gregorian.formats.wikidata import PRECISION_DAY, WikidataTime
from julian_gregorian.formats.wikidata_entity import BIRTH, DEATH, Entity
from julian_gregorian.text import extract
from julian_gregorian.text.items import Item

CALENDAR_MODEL = FileRule(
    "JG801",
    "wikidata-calendar-model",
    "warning",
    "a Wikidata birth or death date stored with the other calendar's model",
    Explanation(
        what=(
            "With `--wikidata ENTITY.json`, compares the calendar model of the saved item's date "
            "of birth or death with the article's O.S./N.S. pair for that event."
        ),
        why=(
            "A value with the fields of the article's O.S. date but the Gregorian model (or the "
            "N.S. fields and the Julian model) was entered without its calendar, so Wikidata "
            "states a day 10-13 days away."
        ),
        example=(
            'The article: "born 8 February [O.S. 27 January] 1834"; the item\'s date of birth: 27 '
            "January 1834 with the Gregorian model (Q1985727)."
        ),
        fix=(
            "No automatic fix: store the O.S. fields with the Julian model (Q1985786) or the N.S. "
            "fields with the Gregorian one (Q1985727)."
        ),
    ),
)
DATE_DISAGREES = FileRule(
    "JG802",
    "wikidata-date-disagrees",
    "warning",
    "a Wikidata birth or death date that is not the article's day",
    Explanation(
        what=(
            "With `--wikidata ENTITY.json`, reports a date of birth (P569) or death (P570) of the "
            "saved item none of whose day-precision values denotes the day of the article's "
            "O.S./N.S. pair for that event."
        ),
        why=(
            "The article and the item then disagree on the day, and one of the two is wrong: "
            "readers, and the bots that copy dates between them, cannot tell which."
        ),
        example=(
            'The article: "born 8 February [O.S. 27 January] 1834"; the item\'s date of birth: 9 '
            "February 1834 (Gregorian)."
        ),
        fix="No automatic fix: find out which of the two is wrong, and correct it there.",
    ),
)

#: The Wikidata rules, in code order.
WIKIDATA_RULES: tuple[FileRule, ...] = (CALENDAR_MODEL, DATE_DISAGREES)

_BIRTH_WORDS = (
    r"born|birth|b\.|bapti[sz]ed|родил(?:ся|ась)|рождения|народив(?:ся|ся)|geboren|urodził"
)
_DEATH_WORDS = r"died|death|d\.|buried|умер(?:ла)?|скончал(?:ся|ась)|смерти|помер|gestorben|zmarł"
_WORD = re.compile(rf"(?<!\w)(?:(?P<birth>{_BIRTH_WORDS})|(?P<death>{_DEATH_WORDS}))", re.I)
_SPAN_DASH = re.compile(r"\s*[–—-]\s*")
# How far before a pair a birth or death word may stand.
_WINDOW = 60


def check_against_wikidata(text: str, entity: Entity) -> list[Finding]:
    """Findings on the article's birth and death pairs that the entity's values contradict."""
    findings: list[Finding] = []
    for item, prop in _events(text, extract(text)):
        findings.extend(_compare(item, prop, entity))
    return findings


def _events(text: str, items: list[Item]) -> Iterator[tuple[Item, str]]:
    pairs = [item for item in items if item.kind == "pair"]
    for index, item in enumerate(pairs):
        before = text[max(0, item.offset - _WINDOW) : item.offset]
        words = list(_WORD.finditer(before))
        if words:
            yield item, BIRTH if words[-1]["birth"] else DEATH
            continue
        following = pairs[index + 1] if index + 1 < len(pairs) else None
        previous = pairs[index - 1] if index else None
        if following is not None and _SPAN_DASH.fullmatch(text[item.end_offset : following.offset]):
            yield item, BIRTH
        elif previous is not None and _SPAN_DASH.fullmatch(text[previous.end_offset : item.offset]):
            yield item, DEATH


def _compare(item: Item, prop: str, entity: Entity) -> Iterator[Finding]:
    if item.old_style is None or item.new_style is None:
        return
    old, new = item.old_style.start.to_date(), item.new_style.start.to_date()
    if old is None or new is None or old != new:
        return  # a pair wrong in itself is the article checks' business
    values = [value for value in entity.values_of(prop) if value.precision == PRECISION_DAY]
    if not values or any(value.to_date() == old for value in values):
        return
    event = "birth" if prop == BIRTH else "death"
    record = f"{entity.id} {prop}"
    # A value in one model with the fields the article writes in the other calendar.
    mislabels = (("gregorian", old, new, "O.S.", "N.S."), ("julian", new, old, "N.S.", "O.S."))
    for value in values:
        for model, written, meant, written_style, meant_style in mislabels:
            if value.calendar == model and _fields(value) == _fields(written):
                name = model.capitalize()
                yield _on(
                    item,
                    CALENDAR_MODEL,
                    f"{entity.id} {prop} ({event}) {value.time_string()} is stored with the "
                    f"{name} model, but it is the article's {written_style} date "
                    f"{written.format()}: with the {name} model it should read "
                    f"{meant.isoformat()} ({meant_style})",
                    record,
                )
                return
    stated = ", ".join(f"{value.time_string()} ({value.calendar})" for value in values)
    yield _on(
        item,
        DATE_DISAGREES,
        f"the article's {event} {old.format()} O.S. ({new.format()} N.S.) is not {entity.id} "
        f"{prop}: {stated}",
        record,
    )


def _on(item: Item, rule: FileRule, message: str, record: str) -> Finding:
    return Finding.on(item, rule.code, rule.severity, message, record=record)


def _fields(date: WikidataTime | CalendarDate) -> tuple[int, int | None, int | None]:
    return date.year, date.month, date.day


__all__ = [
    "CALENDAR_MODEL",
    "DATE_DISAGREES",
    "WIKIDATA_RULES",
    "check_against_wikidata",
]
