"""Danish: ``gammel stil``, ``efter den julianske kalender``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

DANISH = Language(
    code="da",
    name="Danish",
    months=(
        row("januar februar marts april maj juni juli august september oktober november december"),
    ),
    abbreviations=(row("jan feb mar apr maj jun jul aug sep okt nov dec"),),
    old_markers=(
        "gammel stil",
        "efter gammel stil",
        "den julianske kalender",
        "efter den julianske kalender",
        "julianske kalender",
        "efter den julianske",
    ),
    new_markers=(
        "ny stil",
        "efter ny stil",
        "den gregorianske kalender",
        "efter den gregorianske kalender",
        "gregorianske kalender",
        "efter den gregorianske",
    ),
    lead_ins=("efter den", "efter", "ifølge"),
    joiners=("eller", "dvs.", "altså"),
    # "natten mellem den 7. og den 8. november": the two days of a night
    range_words=("til", "og den", "og"),
)
