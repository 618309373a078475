"""Indonesian: ``9 Juni [K.J.: 30 Mei] 1672`` (Indonesian Wikipedia's rendering of the
Old Style date: ``K.J.``, *Kalender Julian*), ``menurut kalender Julian``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

INDONESIAN = Language(
    code="id",
    name="Indonesian",
    months=(
        row(
            "januari februari maret april mei juni juli agustus september oktober november desember"
        ),
    ),
    abbreviations=(row("jan feb mar apr mei jun jul agu sep okt nov des"),),
    old_markers=(
        "K.J.",
        "kalender Julian",
        "menurut kalender Julian",
    ),
    new_markers=(
        "kalender Gregorius",
        "menurut kalender Gregorius",
    ),
    lead_ins=("menurut", "dalam"),
    joiners=("atau",),
    range_words=("sampai", "hingga"),
)
