"""What every rule is: a stable code, a severity, words for people, and the check itself."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.findings import Finding, Fix, Severity
from julian_gregorian.text.items import Item


@dataclass(frozen=True)
class Rule:
    """One consistency rule.

    ``summary`` is one line (``--list-rules``, SARIF ``shortDescription``);
    ``explanation`` says why the rule exists, when it fires and how to fix what it finds
    (``--explain``, SARIF ``fullDescription``); ``default`` is ``False`` for opt-in rules,
    which only ``--select`` (or ``extend-select``) turns on. A ``late`` rule runs after
    the others, once the suppression directives have taken the findings they silence.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    run: Callable[[ArticleContext], Iterable[Finding]]
    default: bool = True
    fixable: bool = False
    late: bool = False

    def finding(self, item: Item, message: str, fix: Fix | None = None) -> Finding:
        """A finding of this rule placed on the whole of *item*."""
        return Finding.on(item, self.code, self.severity, message, fix)
