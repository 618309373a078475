"""Scots: ``24 Dizember [A.S. 12 Dizember] 1843`` (Scots Wikipedia: ``A.S.``, *Auld
Style*, where English writes ``O.S.``); month names capitalised, as in English."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

SCOTS = Language(
    code="sco",
    name="Scots",
    months=(
        row(
            "januar februar mairch aprile mey juin julie august september october november december"
        ),
        # Spellings of Scots Wikipedia's articles beside the first row's ("24 Dizember").
        row(
            "januar februar mairch apryle mey juin julie august september october november dizember"
        ),
    ),
    capitalised=True,
    # N.S. and New Style are read as English writes them (the English record's patterns)
    old_markers=("A.S.", "Auld Style"),
)
