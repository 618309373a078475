"""Griffe extension: the doctest examples of docstrings shown as Python console code.

The docstrings hold ``>>>`` examples that pytest runs; unfenced, Markdown would read
``[1917, 1918]`` in their output as a link. Each run of example lines (from a ``>>>``
line to the next blank line) is fenced as ``pycon`` for the API reference.
"""

from __future__ import annotations

from typing import Any

import griffe


class DoctestBlocks(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **_: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)


def fence_doctests(text: str) -> str:
    lines: list[str] = []
    in_example = False
    for line in text.splitlines():
        stripped = line.strip()
        if not in_example and stripped.startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            lines.append(f"{indent}```pycon")
            in_example = True
        elif in_example and not stripped:
            lines.append(f"{indent}```")
            in_example = False
        lines.append(line)
    if in_example:
        lines.append(f"{indent}```")
    return "\n".join(lines)
