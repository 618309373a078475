"""What checking one file gives, whatever it holds: the one check of ``julian-gregorian
check`` and of :func:`julian_gregorian.dumps.check_files_on_dask`.

A GEDCOM file (``*.ged``, or text that starts ``0 HEAD``) is checked by
:func:`~julian_gregorian.checks.gedcom_file.check_gedcom`, a TEI or other XML file
(``*.xml``, ``*.tei``, or text that starts with an XML declaration or ``<TEI``) by
:func:`~julian_gregorian.checks.tei_file.check_tei`, instead of the article rules; an
article's birth and death pairs may also be compared with a saved Wikidata item. The
rules of each kind of input (articles: JG1xx-JG5xx and JG8xx; GEDCOM: JG6xx; TEI:
JG7xx) are chosen apart, by the selectors that name some of them
(:mod:`~julian_gregorian.checks._rule_choice`). An article named ``*.md`` or
``*.markdown`` (in any case) is Markdown (:func:`is_markdown`), whose code blocks and
block quotes no fix may touch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from julian_gregorian.checks._rule_choice import InputKind
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

#: The suffixes of the names of Markdown files.
MARKDOWN_SUFFIXES = (".md", ".markdown")

#: What checking a text gave, and how many dates it has.
Found = tuple[CheckResult, int]


def input_kind(name: str, text: str) -> InputKind:
    """Whether the input *name* of *text* is a GEDCOM file (``*.ged``, or text that
    starts ``0 HEAD``), a TEI file (``*.xml``, ``*.tei``, an XML declaration or ``<TEI``
    first) or an article (anything else)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".ged" or _GEDCOM_START.match(text):
        return "gedcom"
    if suffix in (".xml", ".tei") or _XML_START.match(text):
        return "tei"
    return "article"


def is_markdown(name: str, wikitext: bool | None = None) -> bool:
    """Whether the input *name* is read as Markdown: named ``*.md`` or ``*.markdown``,
    in any case (``README.MD``, as the folder walk finds it), and not said to be
    wikitext (*wikitext* ``True``, ``--wikitext``).

    >>> is_markdown("notes/Peter I.md"), is_markdown("README.MD"), is_markdown("Peter I.wiki")
    (True, True, False)
    """
    return wikitext is not True and Path(name).suffix.lower() in MARKDOWN_SUFFIXES


def structured_findings(
    name: str, text: str, config: CheckConfig
) -> tuple[list[Finding], int] | None:
    """Findings of the rules *config* chooses and the number of dates read, for a GEDCOM
    or TEI input; else ``None``.

    Raises ``ParseError`` for an input that looks like one of them and is not.
    """
    kind = input_kind(name, text)
    if kind == "gedcom":
        gedcom = read_gedcom(text)
        rules = config.rules_for(kind)
        found = check_gedcom(text, select=rules, gedcom=gedcom)
        return _kept(found, rules), len(gedcom.dates)
    if kind == "tei":
        return _kept(check_tei(text), config.rules_for(kind)), text.count("-custom=")
    return None


def wikidata_findings(text: str, entity: Entity, config: CheckConfig) -> list[Finding]:
    """The article's findings against the saved item *entity*, of the rules *config*
    chooses for articles."""
    return _kept(check_against_wikidata(text, entity), config.rules_for("article"))


def file_findings(
    name: str, text: str, config: CheckConfig, wikitext: bool | None, entity: Entity | None
) -> Found:
    """What checking the input *name* gives, and the number of dates read: a GEDCOM or
    TEI file's findings by their rules, an article's by its rules (a Markdown one's as
    Markdown, see :func:`is_markdown`; and against the saved
    Wikidata item *entity*), each kind's rules chosen by *config*. ``ParseError`` for
    a GEDCOM or XML file that is not well formed."""
    structured = structured_findings(name, text, config)
    if structured is not None:
        findings, dates = structured
        return CheckResult(findings, [], []), dates
    article = config.for_articles()
    result = check_text(
        text,
        wikitext=wikitext,  # (the fixed text read as the text is, see settled_fixes)
        markdown=is_markdown(name, wikitext),
        items=extract(text, wikitext=wikitext),
        select=article.select,
        extend_select=article.extend_select,
        ignore=article.ignore,
        fix_side=config.fix_side,
    )
    compared = [] if entity is None else wikidata_findings(text, entity, config)
    if compared:
        findings = sorted([*result.findings, *compared], key=Finding.sort_key)
        result = replace(result, findings=findings)
    return result, len(result.items)


def _kept(findings: Iterable[Finding], rules: frozenset[str]) -> list[Finding]:
    return [finding for finding in findings if finding.code in rules]
