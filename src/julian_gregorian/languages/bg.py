"""Bulgarian: months have no cases; ``стар стил``, ``нов стил``, ``ст. ст.``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

BULGARIAN = Language(
    code="bg",
    name="Bulgarian",
    months=(
        row("януари февруари март април май юни юли август септември октомври ноември декември"),
    ),
    abbreviations=(row("яну фев мар апр май юни юли авг сеп окт ное дек"),),
    roman_months=True,
    year_words=("година", "г."),
    old_markers=(
        "стар стил",
        "по стар стил",
        "ст. ст.",
        "по юлианския календар",
        "юлианския календар",
        "по Юлианския календар",
        # the adjective alone, the calendar named before it: "(7 ноември по григорианския)"
        "по юлианския",
    ),
    new_markers=(
        "нов стил",
        "по нов стил",
        "н. ст.",
        "по григорианския календар",
        "григорианския календар",
        "по Григорианския календар",
        "по григорианския",
    ),
    lead_ins=("по", "според"),
    joiners=("или", "т.е."),
    range_words=("и",),
    recurrence_words=("чества се", "чества паметта", "честват паметта"),
    every_year_words=("всяка година",),
)
