"""The consistency checker: rules over extracted O.S./N.S. dates, findings, fixes, config."""

from julian_gregorian.checks.check import CheckResult, check, check_text
from julian_gregorian.checks.findings import Finding, Fix, Severity
from julian_gregorian.checks.rules import RULES, Rule

__all__ = [
    "RULES",
    "CheckResult",
    "Finding",
    "Fix",
    "Rule",
    "Severity",
    "check",
    "check_text",
]
