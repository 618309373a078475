"""Interchange formats: GEDCOM date values, Wikidata time values, and dates as people write them.

- ``gedcom``: GEDCOM 5.5.1 and 7.0 ``DATE`` payloads, read, written and converted;
- ``wikidata``: the JSON time value of Wikidata (``time``, ``precision``, ``calendarmodel``);
- ``human``: one date as written in prose (``24 October 1917 O.S.``, ``11 February 1731/2``).
"""
