"""Asturian: ``7 de mayu (27 d'abril Calendariu Xulianu)``, ``30 de mayu de 1672 (xul.)``:
the link word ``de`` is elided before a vowel (``d'abril``, ``d'agostu``)."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

ASTURIAN = Language(
    code="ast",
    name="Asturian",
    months=(
        row("xineru febreru marzu abril mayu xunu xunetu agostu setiembre ochobre payares avientu"),
    ),
    month_links=("de", "d'", "d’"),
    year_links=("de",),
    old_markers=(
        "calendariu xulianu",
        "Calendariu Xulianu",
        "nel calendariu xulianu",
        "xul.",
    ),
    new_markers=(
        "calendariu gregorianu",
        "Calendariu Gregorianu",
        "nel calendariu gregorianu",
    ),
    lead_ins=("según el", "nel"),
    joiners=("o",),
)
