"""Spanish: ``3 de marzo de 1917``, ``estilo antiguo``, ``según el calendario juliano``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

SPANISH = Language(
    code="es",
    name="Spanish",
    months=(
        row(
            "enero febrero marzo abril mayo junio "
            "julio agosto septiembre octubre noviembre diciembre"
        ),
        row(
            "enero febrero marzo abril mayo junio "
            "julio agosto setiembre octubre noviembre diciembre"
        ),
    ),
    ordinal_suffixes=("º", ".º", "°"),
    month_links=("de",),
    bc_eras=("a.C.", "a. C."),
    ad_eras=("d.C.", "d. C."),
    year_links=("de",),
    old_markers=(
        "estilo antiguo",
        "calendario juliano",
        "según el calendario juliano",
        "del calendario juliano",
        "en el calendario juliano",
        # "7 de mayo (27 de abril C.J.)" (Spanish Wikipedia, Peter the Great)
        "C.J.",
        # the adjective alone, the calendar named before it: "(7 de noviembre según el gregoriano)"
        "según el juliano",
    ),
    new_markers=(
        "estilo nuevo",
        "calendario gregoriano",
        "según el calendario gregoriano",
        "del calendario gregoriano",
        "en el calendario gregoriano",
        "según el gregoriano",
    ),
    lead_ins=("según el", "en el", "del"),
    joiners=("o", "es decir"),
    other_accounts=("según otras fuentes", "otras fuentes", "nació", "murió", "bautizado"),
    bibliographic_words=(
        "vol.",
        "volumen",
        "número",
        "núm.",
        "nº",
        "n.º",
        "tomo",
        "t.",
        "fasc.",
        "art.",
        "página",
        "pág.",
        "sección",
    ),
    range_words=("al", "y"),
)
