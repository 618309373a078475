"""Afrikaans: ``12 Augustus [O.S. 30 Julie] 1904`` (Afrikaans Wikipedia keeps the English
``O.S.``), ``ou styl``, ``volgens die Juliaanse kalender``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

AFRIKAANS = Language(
    code="af",
    name="Afrikaans",
    months=(
        row(
            "januarie februarie maart april mei junie "
            "julie augustus september oktober november desember"
        ),
    ),
    abbreviations=(row("jan feb mrt apr mei jun jul aug sep okt nov des"),),
    old_markers=(
        "ou styl",
        "Juliaanse kalender",
        "volgens die Juliaanse kalender",
    ),
    new_markers=(
        "nuwe styl",
        "Gregoriaanse kalender",
        "volgens die Gregoriaanse kalender",
    ),
    lead_ins=("volgens die", "volgens"),
    joiners=("d.w.s.",),
    range_words=("tot",),
)
