"""Estonian: ``vana kalendri järgi`` (``vkj``), ``uue kalendri järgi`` (``ukj``)."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

ESTONIAN = Language(
    code="et",
    name="Estonian",
    months=(
        row(
            "jaanuar veebruar märts aprill mai juuni "
            "juuli august september oktoober november detsember"
        ),
        row(
            "jaanuaril veebruaril märtsil aprillil mail juunil "
            "juulil augustil septembril oktoobril novembril detsembril"
        ),
    ),
    abbreviations=(row("jaan veebr märts apr mai juuni juuli aug sept okt nov dets"),),
    old_markers=(
        "vana kalendri järgi",
        "vana stiili järgi",
        "vkj",
        "Juliuse kalendri järgi",
        "juliuse kalendri järgi",
    ),
    new_markers=(
        "uue kalendri järgi",
        "uue stiili järgi",
        "ukj",
        "Gregoriuse kalendri järgi",
        "gregoriuse kalendri järgi",
    ),
    joiners=("ehk", "ehk siis"),
    range_words=("ja",),
)
