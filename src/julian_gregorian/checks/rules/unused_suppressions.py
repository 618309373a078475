"""JG502 (opt-in): suppression directives that silence nothing, as ruff's RUF100.

A directive outlives the finding it was written for once the text or the checker
changes; left in place it would silence a new, real finding later. The rule runs after
the others (``late``), when the directives know which codes they silenced.
"""

from __future__ import annotations

from collections.abc import Iterator

from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules.base import Rule


def _unused(context: ArticleContext) -> Iterator[Finding]:
    for directive in context.suppressions.directives:
        unused = directive.unused_codes()
        if not unused:
            continue
        scope = "this file" if directive.kind == "file" else "the text it covers"
        if unused == ["*"]:
            message = f"unused suppression: no finding in {scope} to ignore"
        else:
            message = f"unused suppression: {', '.join(unused)} reports nothing in {scope}"
        span = context.span(directive.offset, directive.end_offset)
        yield UNUSED_SUPPRESSION.finding_at(span, message, directive.cleanup(context.text))


UNUSED_SUPPRESSION = Rule(
    code="JG502",
    name="unused-suppression",
    severity="warning",
    summary="A suppression directive silences no finding (opt-in).",
    about=Explanation(
        what=(
            "Reports a suppression directive, or a code in one, that silences no finding. A "
            "directive such as `<!-- julian-gregorian: ignore JG101 -->` or `julian-gregorian: "
            "ignore[JG101]` silences the findings of the rules it names on its line (or on the "
            "paragraph after it, when it stands alone on its line); `ignore-file` silences them "
            "in the whole text. It is off by default: enable it with `--select JG502`."
        ),
        why=(
            "A directive left behind when the date was corrected, or naming a rule that is not "
            "selected, hides nothing today but would hide a new problem later."
        ),
        example=(
            "He was buried on 3 January 1917 [O.S. 21 December 1916]. <!-- julian-gregorian: "
            "ignore JG101 -->"
        ),
        fix=(
            "`--fix` takes the codes that silence nothing out of the directive, or, when none of "
            "it is used, deletes the directive (with its line when it stands alone)."
        ),
    ),
    run=_unused,
    default=False,
    late=True,
    needs_items=False,
    fixable=True,
)

RULES: tuple[Rule, ...] = (UNUSED_SUPPRESSION,)

__all__ = [
    "RULES",
    "UNUSED_SUPPRESSION",
]
