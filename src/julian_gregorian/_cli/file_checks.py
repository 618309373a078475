"""What ``check`` does with structured inputs: GEDCOM and TEI files, a saved Wikidata item.

A GEDCOM file (``*.ged``, or text that starts ``0 HEAD``) is checked by
:func:`~julian_gregorian.checks.gedcom_file.check_gedcom`, a TEI or other XML file
(``*.xml``, ``*.tei``, or text that starts with an XML declaration or ``<TEI``) by
:func:`~julian_gregorian.checks.tei_file.check_tei`, instead of the article rules; with
``--wikidata ENTITY.json`` an article's birth and death pairs are also compared with the
saved item. The rules of these checks (JG6xx, JG7xx, JG8xx) are chosen with the same
``--select``, ``--extend-select`` and ``--ignore`` as the article rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from julian_gregorian.checks._structured_rules import FILE_RULES, FILE_RULES_BY_CODE
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.gedcom_file import check_gedcom
from julian_gregorian.checks.tei_file import check_tei
from julian_gregorian.checks.wikidata_entity import check_against_wikidata
from julian_gregorian.errors import ParseError
from julian_gregorian.formats.gedcom_file import read_gedcom
from julian_gregorian.formats.wikidata_entity import Entity, read_entity

_XML_START = re.compile(r"\ufeff?\s*(?:<\?xml|<TEI\b)")
_GEDCOM_START = re.compile(r"\ufeff?\s*0\s+HEAD\b")


@dataclass
class FileSelection:
    """The structured rules chosen on the command line, and the saved Wikidata item."""

    selected: set[str] = field(default_factory=set)
    ignored: set[str] = field(default_factory=set)
    entity: Entity | None = None

    def keeps(self, finding: Finding) -> bool:
        return finding.code not in self.ignored


def split_codes(codes: list[str] | None, into: set[str]) -> list[str] | None:
    """*codes* without the structured rules' codes and names, which are added to *into*.

    ``None`` stays ``None`` (no option given); a list emptied of its codes becomes
    ``None`` too, so that ``--select JG604`` alone keeps the default article rules.
    """
    if codes is None:
        return None
    kept = []
    for code in codes:
        found = FILE_RULES_BY_CODE.get(code.upper()) or next(
            (rule for rule in FILE_RULES if rule.name == code.lower()), None
        )
        if found is None:
            kept.append(code)
        else:
            into.add(found.code)
    return kept or None


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


def structured_findings(
    name: str, text: str, selection: FileSelection
) -> tuple[list[Finding], int] | None:
    """Findings and the number of dates read, for a GEDCOM or TEI input; else ``None``.

    Raises ``ParseError`` for an input that looks like one of them and is not.
    """
    suffix = Path(name).suffix.lower()
    if suffix == ".ged" or _GEDCOM_START.match(text):
        gedcom = read_gedcom(text)
        found = check_gedcom(text, select=selection.selected, gedcom=gedcom)
        return _kept(found, selection), len(gedcom.dates)
    if suffix in (".xml", ".tei") or _XML_START.match(text):
        return _kept(check_tei(text), selection), text.count("-custom=")
    return None


def wikidata_findings(text: str, selection: FileSelection) -> list[Finding]:
    """The article's findings against the saved item of ``--wikidata``, if one was given."""
    if selection.entity is None:
        return []
    return _kept(check_against_wikidata(text, selection.entity), selection)


def _kept(findings: Iterable[Finding], selection: FileSelection) -> list[Finding]:
    return [finding for finding in findings if selection.keeps(finding)]
