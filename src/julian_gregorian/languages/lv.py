"""Latvian: ``1917. gada 25. oktobrī``, ``pēc vecā stila``, ``pēc jaunā stila``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

LATVIAN = Language(
    code="lv",
    name="Latvian",
    months=(
        row(
            "janvārī februārī martā aprīlī maijā jūnijā "
            "jūlijā augustā septembrī oktobrī novembrī decembrī"
        ),
        row(
            "janvāris februāris marts aprīlis maijs jūnijs "
            "jūlijs augusts septembris oktobris novembris decembris"
        ),
        row(
            "janvāra februāra marta aprīļa maija jūnija "
            "jūlija augusta septembra oktobra novembra decembra"
        ),
    ),
    year_words=("gada", "g."),
    year_first=True,
    old_markers=(
        "pēc vecā stila",
        "vecā stilā",
        "vecajā stilā",
        "v. st.",
        "pēc Jūlija kalendāra",
        "Jūlija kalendārā",
    ),
    new_markers=(
        "pēc jaunā stila",
        "jaunā stilā",
        "jaunajā stilā",
        "j. st.",
        "pēc Gregora kalendāra",
        "Gregora kalendārā",
    ),
    lead_ins=("pēc",),
    joiners=("jeb", "t. i."),
    range_words=("un",),
)
