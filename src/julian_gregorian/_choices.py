"""The words of the checker's choices: the severities of its findings, the side a fix
recomputes, the formats of its reports.

They are here, apart from the checker, so that the command line's parser offers them
(``--fail-on``, ``--fix-side``, ``--format``) without loading the extractor and the
rules: ``julian-gregorian check --help`` and a usage error answer at once.
"""

from __future__ import annotations

from typing import Literal

Severity = Literal["error", "warning", "info"]

#: Severities from the most to the least serious; ``--fail-on`` picks a threshold here.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

#: The side a fix recomputes: the N.S. date from the O.S. one (the record), the other
#: way round, or the side the rest of the article supports.
FixSide = Literal["new", "old", "auto"]
FIX_SIDES: tuple[FixSide, ...] = ("new", "old", "auto")

#: The formats of the checker's reports (``julian_gregorian.reports``; ``check
#: --format`` has ``html`` too).
REPORT_FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "github", "sarif")
