"""What checking one file gives, whatever it holds: the one check of ``julian-gregorian
check`` and of :func:`julian_gregorian.dumps.check_files_on_dask`.

A GEDCOM file (``*.ged``, or text that starts ``0 HEAD``) is checked by
:func:`~julian_gregorian.checks.gedcom_file.check_gedcom`, a TEI or other XML file
(``*.xml``, ``*.tei``, or text that starts with an XML declaration or ``<TEI``) by
:func:`~julian_gregorian.checks.tei_file.check_tei`, instead of the article rules; an
article's birth and death pairs may also be compared with a saved Wikidata item. The
rules of these checks (JG6xx, JG7xx, JG8xx) are chosen apart from the article rules
(``FileSelection``), by their codes or names among the article rules' selectors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from julian_gregorian.checks._structured_rules import FILE_RULES, FILE_RULES_BY_CODE
from julian_gregorian.checks.check import CheckResult, check_text
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.gedcom_file import check_gedcom
from julian_gregorian.checks.tei_file import check_tei
from julian_gregorian.checks.wikidata_entity import check_against_wikidata
from julian_gregorian.formats.gedcom_file import read_gedcom
from julian_gregorian.formats.wikidata_entity import Entity
from julian_gregorian.text import extract

_XML_START = re.compile(r"\ufeff?\s*(?:<\?xml|<TEI\b)")
_GEDCOM_START = re.compile(r"\ufeff?\s*0\s+HEAD\b")

#: What checking a text gave, and how many dates it has.
Found = tuple[CheckResult, int]


@dataclass
class FileSelection:
    """The structured rules chosen, and the saved Wikidata item to compare articles with."""

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


def split_config(config: CheckConfig) -> tuple[CheckConfig, FileSelection]:
    """*config* without the structured rules' codes, and the selection they make, as
    ``check`` splits its ``--select``, ``--extend-select`` and ``--ignore``."""
    selection = FileSelection()
    select = config.select
    if select:  # (an empty selection selects no rule, and stays so)
        select = tuple(split_codes(list(select), selection.selected) or ()) or None
    extend_select = split_codes(list(config.extend_select), selection.selected) or []
    ignore = split_codes(list(config.ignore), selection.ignored) or []
    article = replace(
        config, select=select, extend_select=tuple(extend_select), ignore=tuple(ignore)
    )
    return article, selection


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
    """The article's findings against the saved item of *selection*, if it has one."""
    if selection.entity is None:
        return []
    return _kept(check_against_wikidata(text, selection.entity), selection)


def file_findings(
    name: str, text: str, config: CheckConfig, wikitext: bool | None, selection: FileSelection
) -> Found:
    """What checking the input *name* gives, and the number of dates read: a GEDCOM or
    TEI file's findings by their rules, an article's by *config* (and against the saved
    Wikidata item of *selection*). ``ParseError`` for a GEDCOM or XML file that is not
    well formed."""
    structured = structured_findings(name, text, selection)
    if structured is not None:
        findings, dates = structured
        return CheckResult(findings, [], []), dates
    result = check_text(
        text,
        wikitext=wikitext,  # (the fixed text read as the text is, see settled_fixes)
        items=extract(text, wikitext=wikitext),
        select=config.select,
        extend_select=config.extend_select,
        ignore=config.ignore,
        fix_side=config.fix_side,
    )
    compared = wikidata_findings(text, selection)
    if compared:
        findings = sorted([*result.findings, *compared], key=Finding.sort_key)
        result = replace(result, findings=findings)
    return result, len(result.items)


def _kept(findings: Iterable[Finding], selection: FileSelection) -> list[Finding]:
    return [finding for finding in findings if selection.keeps(finding)]
