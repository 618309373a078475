"""Lithuanian: ``1917 m. spalio 25 d.``, ``senuoju stiliumi``, ``naujuoju stiliumi``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

LITHUANIAN = Language(
    code="lt",
    name="Lithuanian",
    months=(
        row(
            "sausio vasario kovo balandžio gegužės birželio "
            "liepos rugpjūčio rugsėjo spalio lapkričio gruodžio"
        ),
        row(
            "sausis vasaris kovas balandis gegužė birželis "
            "liepa rugpjūtis rugsėjis spalis lapkritis gruodis"
        ),
    ),
    year_words=("m.",),
    year_first=True,
    day_after_words=("d.",),
    old_markers=(
        "senuoju stiliumi",
        "senuoju kalendoriumi",
        "s. st.",
        "pagal senąjį stilių",
        "pagal Julijaus kalendorių",
        "Julijaus kalendoriumi",
    ),
    new_markers=(
        "naujuoju stiliumi",
        "naujuoju kalendoriumi",
        "n. st.",
        "pagal naująjį stilių",
        "pagal Grigaliaus kalendorių",
        "Grigaliaus kalendoriumi",
    ),
    lead_ins=("pagal",),
    joiners=("arba", "t. y."),
    range_words=("ir",),
)
