"""Interchange formats: GEDCOM date values and files, Wikidata time values and entities, TEI.

- ``gedcom``: GEDCOM 5.5.1 and 7.0 ``DATE`` payloads, read, written and converted;
- ``gedcom_file``: GEDCOM files as lines and records, each ``DATE`` with its place;
- ``wikidata``: the JSON time value of Wikidata (``time``, ``precision``, ``calendarmodel``);
- ``wikidata_entity``: the birth and death time values of a saved Wikidata entity;
- ``tei``: TEI ``<date>`` elements with a Julian and a Gregorian value.

Each module declares its stable names in its ``__all__``; the package itself exports none.
"""

__all__: list[str] = []
