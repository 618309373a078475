"""Portuguese: ``3 de março de 1917``, ``calendário juliano``, ``estilo antigo``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

PORTUGUESE = Language(
    code="pt",
    name="Portuguese",
    months=(
        row(
            "janeiro fevereiro março abril maio junho "
            "julho agosto setembro outubro novembro dezembro"
        ),
    ),
    ordinal_suffixes=("º", ".º", "°"),
    month_links=("de",),
    bc_eras=("a.C.",),
    ad_eras=("d.C.",),
    year_links=("de",),
    old_markers=(
        "calendário juliano",
        "segundo o calendário juliano",
        "no calendário juliano",
        "do calendário juliano",
        "estilo antigo",
        "antigo calendário",
        # the adjective alone, the calendar named before it: "(7 de novembro pelo gregoriano)"
        "pelo juliano",
    ),
    new_markers=(
        "calendário gregoriano",
        "segundo o calendário gregoriano",
        "no calendário gregoriano",
        "do calendário gregoriano",
        "estilo novo",
        "pelo gregoriano",
    ),
    glued_old_markers=("jul.",),
    glued_new_markers=("greg.",),
    lead_ins=("segundo o", "no", "pelo", "de acordo com o"),
    joiners=("ou", "isto é", "ou seja"),
    other_accounts=("segundo outras fontes", "outras fontes", "nasceu", "morreu", "batizado"),
    bibliographic_words=(
        "vol.",
        "volume",
        "número",
        "nº",
        "n.º",
        "secção",
        "seção",
        "tomo",
        "t.",
        "fasc.",
        "art.",
        "página",
        "pág.",
    ),
    range_words=("a", "e"),
)
