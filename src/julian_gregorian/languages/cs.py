"""Czech: ``starého stylu``, ``podle juliánského kalendáře``; Roman-numeral months."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

CZECH = Language(
    code="cs",
    name="Czech",
    months=(
        row("ledna února března dubna května června července srpna září října listopadu prosince"),
        row("leden únor březen duben květen červen červenec srpen září říjen listopad prosinec"),
    ),
    roman_months=True,
    year_words=("roku", "r."),
    old_markers=(
        "starého stylu",
        "st. st.",
        "st. stylu",
        "podle starého stylu",
        "podle juliánského kalendáře",
        "juliánského kalendáře",
        "juliánský kalendář",
        # "25. října 1917 odpovídá juliánskému kalendáři" (corresponds to the Julian
        # calendar): the dative
        "juliánskému kalendáři",
        # the adjective alone, the calendar named before it: "(7. listopadu podle gregoriánského)"
        "podle juliánského",
    ),
    new_markers=(
        "nového stylu",
        "n. st.",
        "n. stylu",
        "podle nového stylu",
        "podle gregoriánského kalendáře",
        "gregoriánského kalendáře",
        "gregoriánský kalendář",
        "gregoriánskému kalendáři",
        "podle gregoriánského",
    ),
    lead_ins=("podle", "dle", "odpovídá", "odpovídající", "odpovídá podle"),
    joiners=("neboli", "tj.", "čili"),
    # "v noci ze 7. na 8. listopadu": the two days of a night
    range_words=("na", "a"),
)
