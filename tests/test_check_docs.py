"""docs/checks.md documents every rule under its code and name, with its severity."""

from __future__ import annotations

import pytest

from helpers.paths import REPO
from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.gedcom_file import GEDCOM_RULES
from julian_gregorian.checks.rules import RULES, Rule
from julian_gregorian.checks.tei_file import TEI_RULES
from julian_gregorian.checks.wikidata_entity import WIKIDATA_RULES

DOCS = REPO / "docs" / "checks.md"
FILE_RULES = (*GEDCOM_RULES, *TEI_RULES, *WIKIDATA_RULES)


@pytest.mark.parametrize("rule", [*RULES, *FILE_RULES], ids=lambda rule: rule.code)
def test_every_rule_has_its_section(rule: Rule | FileRule) -> None:
    text = DOCS.read_text(encoding="utf-8")
    heading = f"## {rule.code} {rule.name}\n"
    assert heading in text
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    severity = {"error": "Error", "warning": "Warning", "info": "Information"}[rule.severity]
    assert section.lstrip().startswith(f"**{severity}")
    if isinstance(rule, FileRule) and not rule.default:
        assert section.lstrip().startswith(f"**{severity}, opt-in")
    assert f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) | {rule.name} |" in text
