"""``check --wikidata ENTITY.json``: the saved Wikidata item an article's birth and death
pairs are compared with. How GEDCOM and TEI files are checked, and how the rules of
those checks are chosen apart, is :mod:`julian_gregorian.checks._file_findings`.
"""

from __future__ import annotations

from pathlib import Path

from julian_gregorian.errors import ParseError
from julian_gregorian.formats.wikidata_entity import Entity, read_entity


def read_wikidata(path: str) -> Entity:
    """The saved entity of ``--wikidata``; ``ParseError`` naming the file otherwise."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ParseError(f"--wikidata {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ParseError(f"--wikidata {path}: not UTF-8 text") from None
    try:
        return read_entity(text)
    except ParseError as error:
        raise ParseError(f"--wikidata {path}: {error}") from None
