"""Macedonian: months without cases; ``стар стил``, ``според јулијанскиот календар``."""

from __future__ import annotations

from julian_gregorian.text.languages._record import Language, row

MACEDONIAN = Language(
    code="mk",
    name="Macedonian",
    months=(
        row("јануари февруари март април мај јуни јули август септември октомври ноември декември"),
    ),
    roman_months=True,
    year_words=("година", "г."),
    old_markers=(
        "стар стил",
        "по стар стил",
        "по стариот стил",
        "ст. ст.",
        "според јулијанскиот календар",
        "јулијанскиот календар",
        "јулијански календар",
    ),
    new_markers=(
        "нов стил",
        "по нов стил",
        "по новиот стил",
        "н. ст.",
        "според грегоријанскиот календар",
        "грегоријанскиот календар",
        "грегоријански календар",
    ),
    lead_ins=("по", "според"),
    joiners=("или", "т.е."),
)
