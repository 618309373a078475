"""Latin, as printed in early modern sources and their editions: ``st.v.``, ``stilo novo``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

LATIN = Language(
    code="la",
    name="Latin",
    months=(
        row(
            "januarii februarii martii aprilis maii junii "
            "julii augusti septembris octobris novembris decembris"
        ),
        row(
            "ianuarii februarii martii aprilis maii iunii "
            "iulii augusti septembris octobris novembris decembris"
        ),
    ),
    capitalised=True,
    old_markers=(
        "st. v.",
        "St. v.",
        "St. V.",
        "stilo veteri",
        "stilo vetere",
        "stili veteris",
        "stylo veteri",
    ),
    new_markers=("st. n.", "St. n.", "St. N.", "stilo novo", "stili novi", "stylo novo"),
)
