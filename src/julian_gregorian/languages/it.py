"""Italian: ``1º marzo``, ``stile vecchio``, ``secondo il calendario giuliano``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

ITALIAN = Language(
    code="it",
    name="Italian",
    months=(
        row(
            "gennaio febbraio marzo aprile maggio giugno "
            "luglio agosto settembre ottobre novembre dicembre"
        ),
    ),
    abbreviations=(row("gen feb mar apr mag giu lug ago set ott nov dic"),),
    ordinal_suffixes=("º", "°"),
    bc_eras=("a.C.",),
    ad_eras=("d.C.",),
    old_markers=(
        "stile vecchio",
        "vecchio stile",
        "calendario giuliano",
        "secondo il calendario giuliano",
        "nel calendario giuliano",
        # capitalised as the article's title, in a link: "Secondo il Calendario Giuliano"
        "Calendario Giuliano",
        # the calendar named before, then "that one": "il 6 novembre del calendario
        # gregoriano corrisponde al 24 ottobre di quello giuliano"
        "di quello giuliano",
        "secondo quello giuliano",
    ),
    new_markers=(
        "stile nuovo",
        "nuovo stile",
        "calendario gregoriano",
        "secondo il calendario gregoriano",
        "nel calendario gregoriano",
        "Calendario Gregoriano",
        "di quello gregoriano",
        "secondo quello gregoriano",
    ),
    lead_ins=("secondo il", "nel", "secondo"),
    joiners=("o", "ossia", "cioè"),
    other_accounts=(
        "secondo altre fonti",
        "altre fonti",
        "nato",
        "nata",
        "morto",
        "morta",
        "battezzato",
    ),
    bibliographic_words=(
        "vol.",
        "volume",
        "numero",
        "n.",
        "tomo",
        "fasc.",
        "art.",
        "pagina",
        "pag.",
    ),
    range_words=("al", "e"),
)
