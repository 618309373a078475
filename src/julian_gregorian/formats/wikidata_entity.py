"""Saved Wikidata entities: the birth (P569) and death (P570) time values of an item.

A saved entity is the JSON of ``Special:EntityData/Q7200.json`` (``{"entities": {"Q7200":
{…}}}``) or of one entity (``{"id": "Q7200", "claims": {…}}``). Statements of rank
``deprecated`` and those with no value (``somevalue``, ``novalue``) are left out; values
that are no time value of the Julian or Gregorian calendar raise ``ParseError``.

>>> entity = read_entity('''{"entities": {"Q1": {"id": "Q1", "claims": {"P569": [{"rank":
...     "normal", "mainsnak": {"snaktype": "value", "datavalue": {"type": "time", "value":
...     {"time": "+1799-05-26T00:00:00Z", "precision": 11, "calendarmodel":
...     "http://www.wikidata.org/entity/Q1985727"}}}}]}}}}''')
>>> entity.id, [(value.calendar, value.year, value.month, value.day) for value in entity.births]
('Q1', [('gregorian', 1799, 5, 26)])
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from julian_gregorian.errors import ParseError
from julian_gregorian.formats.wikidata import WikidataTime, parse_wikidata_time

#: The Wikidata properties read: date of birth and date of death.
BIRTH = "P569"
DEATH = "P570"


@dataclass(frozen=True)
class Entity:
    """An item's id and its birth and death time values."""

    id: str
    births: tuple[WikidataTime, ...]
    deaths: tuple[WikidataTime, ...]

    def values_of(self, prop: str) -> tuple[WikidataTime, ...]:
        return self.births if prop == BIRTH else self.deaths


def read_entity(text: str) -> Entity:
    """The entity of a saved JSON text; ``ParseError`` if it holds none, or several."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(f"not JSON: {error.msg} at line {error.lineno}") from None
    if isinstance(data, Mapping) and isinstance(data.get("entities"), Mapping):
        entities = list(data["entities"].values())
        if len(entities) != 1:
            raise ParseError(f"the file holds {len(entities)} entities: save one item")
        data = entities[0]
    if not isinstance(data, Mapping) or not isinstance(data.get("claims", {}), Mapping):
        raise ParseError("not a Wikidata entity: expected an object with 'id' and 'claims'")
    claims = data.get("claims", {})
    return Entity(
        str(data.get("id", "?")),
        _times(claims.get(BIRTH, []), BIRTH),
        _times(claims.get(DEATH, []), DEATH),
    )


def _times(statements: Any, prop: str) -> tuple[WikidataTime, ...]:
    if not isinstance(statements, list):
        raise ParseError(f"{prop}: expected a list of statements")
    values = []
    for statement in statements:
        if not isinstance(statement, Mapping) or statement.get("rank") == "deprecated":
            continue
        snak = statement.get("mainsnak", {})
        if not isinstance(snak, Mapping) or snak.get("snaktype", "value") != "value":
            continue
        datavalue = snak.get("datavalue")
        if not isinstance(datavalue, Mapping):
            raise ParseError(f"{prop}: a statement without a datavalue")
        try:
            values.append(parse_wikidata_time(datavalue))
        except ParseError as error:
            raise ParseError(f"{prop}: {error}") from None
    return tuple(values)


__all__ = [
    "BIRTH",
    "DEATH",
    "Entity",
    "read_entity",
]
