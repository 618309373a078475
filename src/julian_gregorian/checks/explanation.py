"""A rule's explanation in fixed sections, from which ``--explain`` and the site's rule pages
are made: what the rule does, why it matters, an example, and how to fix what it finds.

>>> about = Explanation(
...     what="Finds pairs whose halves name different days.",
...     why="A reader cannot tell which day is meant.",
...     example="Buried 2 January [O.S. 21 December] 1917.",
...     fix="--fix recomputes the N.S. side.",
... )
>>> print(about.text())
What it does
  Finds pairs whose halves name different days.
<BLANKLINE>
Why it matters
  A reader cannot tell which day is meant.
<BLANKLINE>
Example
    Buried 2 January [O.S. 21 December] 1917.
<BLANKLINE>
Fix
  --fix recomputes the N.S. side.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

#: The width ``--explain`` wraps its paragraphs to.
WIDTH = 88


@dataclass(frozen=True)
class Explanation:
    """The four sections; each is plain text with code in backticks, one paragraph (the
    example: text the rule reports, kept line for line)."""

    what: str
    why: str
    example: str
    fix: str

    def sections(self) -> tuple[tuple[str, str], ...]:
        """(heading, text) of each section, in the order they are shown."""
        return (
            ("What it does", self.what),
            ("Why it matters", self.why),
            ("Example", self.example),
            ("Fix", self.fix),
        )

    def text(self) -> str:
        """The sections as ``--explain`` prints them: headings, indented paragraphs, and
        the example indented further, as written."""
        blocks = []
        for heading, body in self.sections():
            if heading == "Example":
                shown = textwrap.indent(body, "    ")
            else:
                shown = textwrap.fill(
                    body, WIDTH, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False
                )
            blocks.append(f"{heading}\n{shown}")
        return "\n\n".join(blocks)


__all__ = [
    "WIDTH",
    "Explanation",
]
