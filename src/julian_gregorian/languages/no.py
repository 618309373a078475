"""Norwegian, Bokmål and Nynorsk: ``gammel stil``, ``etter den julianske kalenderen``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

NORWEGIAN = Language(
    code="no",
    name="Norwegian",
    aliases=("nb", "nn"),
    months=(
        row("januar februar mars april mai juni juli august september oktober november desember"),
    ),
    abbreviations=(row("jan feb mar apr mai jun jul aug sep okt nov des"),),
    old_markers=(
        "gammel stil",
        "gamle stil",
        "gamal stil",
        "etter gammel stil",
        "etter gamal stil",
        "den julianske kalenderen",
        "etter den julianske kalenderen",
        "den julianske kalendaren",
        "etter den julianske kalendaren",
        "juliansk kalender",
        "etter juliansk kalender",
        "etter den julianske",
        # the old reckoning, Bokmål and Nynorsk; Russian may stand in it ("den 25. oktober
        # 1917 etter gammal russisk tidsrekning")
        "gammel tidsregning",
        "gammal tidsrekning",
        "gammel russisk tidsregning",
        "gammal russisk tidsrekning",
    ),
    new_markers=(
        "ny stil",
        "nye stil",
        "etter ny stil",
        "den gregorianske kalenderen",
        "etter den gregorianske kalenderen",
        "den gregorianske kalendaren",
        "etter den gregorianske kalendaren",
        "gregoriansk kalender",
        "etter gregoriansk kalender",
        "etter den gregorianske",
        "ny tidsregning",
        "ny tidsrekning",
        # "Etter vestleg tidsrekning (gregoriansk kalender)": the western reckoning
        "vestlig tidsregning",
        "vestleg tidsrekning",
    ),
    lead_ins=("etter den", "etter", "ifølge"),
    joiners=("eller", "dvs.", "altså"),
    range_words=("til", "og"),
)
