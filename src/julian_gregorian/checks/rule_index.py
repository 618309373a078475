"""Every rule, article and structured, found by code or name and described as
``julian-gregorian check --list-rules`` and ``--explain CODE`` print them (the site's
rule pages are made from the same :class:`~julian_gregorian.checks.explanation.Explanation`).

>>> print(explain("JG102").splitlines()[0])
JG102 swapped-sides (error, fixable)
"""

from __future__ import annotations

from julian_gregorian.checks._structured_rules import FILE_RULES
from julian_gregorian.checks.file_rules import FileRule
from julian_gregorian.checks.rules import RULES, Rule
from julian_gregorian.errors import ParseError

AnyRule = Rule | FileRule

#: The article rules, then the rules of GEDCOM, TEI and Wikidata checks, in code order.
ALL_RULES: tuple[AnyRule, ...] = (*RULES, *FILE_RULES)


def find_rule(code: str) -> AnyRule:
    """The rule with *code* or name; ``ParseError`` naming the rules otherwise."""
    wanted = code.strip()
    for found in ALL_RULES:
        if found.code == wanted.upper() or found.name == wanted.lower():
            return found
    codes = ", ".join(found.code for found in ALL_RULES)
    raise ParseError(f"unknown rule {code!r}: the rules are {codes}")


def traits(found: AnyRule) -> list[str]:
    """Its severity, then ``fixable`` and ``opt-in`` where they apply."""
    return [
        found.severity,
        *(["fixable"] if found.fixable else []),
        *(["opt-in"] if not found.default else []),
    ]


def explain(code: str) -> str:
    """What ``--explain CODE`` prints: a heading, the summary and the explanation."""
    found = find_rule(code)
    return (
        f"{found.code} {found.name} ({', '.join(traits(found))})\n\n"
        f"{found.summary}\n\n{found.explanation}\n"
    )


def list_rules() -> str:
    """What ``--list-rules`` prints: one line per rule."""
    lines = []
    for entry in ALL_RULES:
        mark = " (opt-in)" if not entry.default else ""
        lines.append(f"{entry.code}  {entry.severity:<7}  {entry.name:<27} {entry.summary}{mark}")
    return "\n".join(lines) + "\n"


__all__ = [
    "ALL_RULES",
    "AnyRule",
    "explain",
    "find_rule",
    "list_rules",
    "traits",
]
