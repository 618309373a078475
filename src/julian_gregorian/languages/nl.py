"""Dutch: ``oude stijl``, ``nieuwe stijl``, ``volgens de juliaanse kalender``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

DUTCH = Language(
    code="nl",
    name="Dutch",
    months=(
        row(
            "januari februari maart april mei juni "
            "juli augustus september oktober november december"
        ),
    ),
    abbreviations=(
        row("jan feb mrt apr mei jun jul aug sep okt nov dec"),
        row("jan febr mrt apr mei jun jul aug sept okt nov dec"),
    ),
    old_markers=(
        "oude stijl",
        "juliaanse kalender",
        "volgens de juliaanse kalender",
        "juliaanse tijdrekening",
        # the adjective alone, the calendar named before it: "(7 november volgens de gregoriaanse)"
        "volgens de juliaanse",
    ),
    new_markers=(
        "nieuwe stijl",
        "gregoriaanse kalender",
        "volgens de gregoriaanse kalender",
        "gregoriaanse tijdrekening",
        "volgens de gregoriaanse",
    ),
    lead_ins=("volgens de", "volgens", "in de"),
    joiners=("of", "d.w.z.", "oftewel"),
    range_words=("tot", "en"),
)
