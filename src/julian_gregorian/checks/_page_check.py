"""What a dump reader reports of a page, and ``check`` of each chunk of a file too
large to hold: the findings of ``check`` and the items, the items extracted once."""

from __future__ import annotations

from julian_gregorian.checks._markdown_blocks import MarkdownReading
from julian_gregorian.checks._markup_reading import OpenAtStart
from julian_gregorian.checks.check import _checked
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.checks.findings import Finding
from julian_gregorian.text.items import Item


def findings_and_items(
    text: str,
    config: CheckConfig,
    *,
    wikitext: bool | None = None,
    markdown: MarkdownReading = False,
    opened: OpenAtStart | None = None,
) -> tuple[list[Finding], list[Item]]:
    """The findings of :func:`~julian_gregorian.checks.check.check` with the rules and
    the fix side of *config*, and the items of *text*, extracted once (*wikitext* and
    *markdown* as there; *opened*: the protected markup a window of a longer text starts
    inside, see :func:`~julian_gregorian.checks._safe_scope.open_at`). (Not
    ``check_text``, whose result object costs half a microsecond, nor ``extract`` before
    ``check`` with its items: without them the scan that finds no anchor in a
    page also looks for the words the rules need, see
    :attr:`~julian_gregorian.checks.rules.base.Rule.words`.)

    >>> text = "Buried 2 January [O.S. 21 December] 1917."
    >>> findings, items = findings_and_items(text, CheckConfig())
    >>> [finding.code for finding in findings], [item.text for item in items]
    (['JG101'], ['2 January [O.S. 21 December] 1917'])
    """
    article = config.for_articles()
    findings, _, items = _checked(
        text,
        wikitext,
        markdown,
        article.select,
        article.ignore,
        article.extend_select,
        config.fix_side,
        items=None,  # (extracted inside, where the scan looks for the rules' words too)
        settle=True,
        opened=opened,
    )
    return findings, items
