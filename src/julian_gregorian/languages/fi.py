"""Finnish: ``4. maaliskuuta (J: 21. helmikuuta) 1710``, ``juliaanisen kalenterin mukaan``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

FINNISH = Language(
    code="fi",
    name="Finnish",
    months=(
        row(
            "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta "
            "heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"
        ),
        row(
            "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu "
            "heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu"
        ),
    ),
    abbreviations=(
        row("tammik helmik maalisk huhtik toukok kesäk heinäk elok syysk lokak marrask jouluk"),
    ),
    old_markers=(
        "J:",
        "juliaanisen kalenterin mukaan",
        "juliaanisen ajanlaskun mukaan",
        "vanhan ajanlaskun mukaan",
        "vanhan tyylin mukaan",
        "vanhaa lukua",
        "v.l.",
        "juliaanisen kalenterin",
    ),
    new_markers=(
        "G:",
        "gregoriaanisen kalenterin mukaan",
        "gregoriaanisen ajanlaskun mukaan",
        "uuden ajanlaskun mukaan",
        "uuden tyylin mukaan",
        "uutta lukua",
        "u.l.",
        "gregoriaanisen kalenterin",
        "gregoriaanisen",
    ),
    joiners=("eli", "tai", "eli siis"),
    range_words=("ja",),
)
