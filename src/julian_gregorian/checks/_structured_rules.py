"""Every rule of the structured checks (GEDCOM, TEI, a saved Wikidata item), in code order."""

from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.gedcom_file import GEDCOM_RULES
from julian_gregorian.checks.tei_file import TEI_RULES
from julian_gregorian.checks.wikidata_entity import WIKIDATA_RULES

FILE_RULES: tuple[FileRule, ...] = (*GEDCOM_RULES, *TEI_RULES, *WIKIDATA_RULES)
FILE_RULES_BY_CODE: dict[str, FileRule] = {rule.code: rule for rule in FILE_RULES}
