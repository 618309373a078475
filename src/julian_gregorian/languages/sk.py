"""Slovak: ``starého štýlu``, ``podľa juliánskeho kalendára``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

SLOVAK = Language(
    code="sk",
    name="Slovak",
    months=(
        row(
            "januára februára marca apríla mája júna "
            "júla augusta septembra októbra novembra decembra"
        ),
        row("január február marec apríl máj jún júl august september október november december"),
    ),
    roman_months=True,
    year_words=("roku", "r."),
    old_markers=(
        "starého štýlu",
        "st. št.",
        "podľa starého štýlu",
        "podľa juliánskeho kalendára",
        "juliánskeho kalendára",
        "juliánsky kalendár",
        # the adjective after its noun, and alone: "Ak napr. podľa kalendára
        # gregoriánskeho máme 7. januára, tak podľa juliánskeho máme 25. decembra"
        "podľa kalendára juliánskeho",
        "kalendára juliánskeho",
        "podľa juliánskeho",
    ),
    new_markers=(
        "nového štýlu",
        "n. št.",
        "podľa nového štýlu",
        "podľa gregoriánskeho kalendára",
        "gregoriánskeho kalendára",
        "gregoriánsky kalendár",
        "podľa kalendára gregoriánskeho",
        "kalendára gregoriánskeho",
        "podľa gregoriánskeho",
    ),
    lead_ins=("podľa",),
    joiners=("alebo", "t. j."),
    # "v noci zo 6. na 7. novembra": the two days of a night
    range_words=("na", "a"),
)
