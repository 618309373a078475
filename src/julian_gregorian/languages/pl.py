"""Polish: ``7 XI 1917 (24 X wg starego stylu)``, ``według kalendarza juliańskiego``.

Polish texts on Russia call the Julian calendar "the Russian calendar"
(``8 marca (23 lutego według kalendarza rosyjskiego)``).
"""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

POLISH = Language(
    code="pl",
    name="Polish",
    months=(
        row(
            "stycznia lutego marca kwietnia maja czerwca "
            "lipca sierpnia września października listopada grudnia"
        ),
        row(
            "styczeń luty marzec kwiecień maj czerwiec "
            "lipiec sierpień wrzesień październik listopad grudzień"
        ),
    ),
    abbreviations=(row("sty lut mar kwi maj cze lip sie wrz paź lis gru"),),
    roman_months=True,
    year_words=("roku", "r."),
    old_markers=(
        "st. st.",
        "wg st. st.",
        "według st. st.",
        "stary styl",
        "starym stylu",
        "starego stylu",
        "wg starego stylu",
        "według starego stylu",
        "kalendarz juliański",
        "kalendarza juliańskiego",
        "kalendarzem juliańskim",
        "kalendarzu juliańskim",
        "juliańskiego kalendarza",
        "juliańskim kalendarzem",
        "wg kalendarza juliańskiego",
        "według kalendarza juliańskiego",
        "juliańskiego",
        "juliańskim",
        "kalendarza rosyjskiego",
        "kalendarzem rosyjskim",
        "kalendarz rosyjski",
        "rosyjskiego kalendarza",
    ),
    new_markers=(
        "n. st.",
        "wg n. st.",
        "według n. st.",
        "nowy styl",
        "nowym stylu",
        "nowego stylu",
        "wg nowego stylu",
        "według nowego stylu",
        "kalendarz gregoriański",
        "kalendarza gregoriańskiego",
        "kalendarzem gregoriańskim",
        "kalendarzu gregoriańskim",
        "gregoriańskiego kalendarza",
        "gregoriańskim kalendarzem",
        "wg kalendarza gregoriańskiego",
        "według kalendarza gregoriańskiego",
        "gregoriańskiego",
        "gregoriańskim",
    ),
    lead_ins=("wg", "według", "zgodnie z", "podług"),
    joiners=("lub", "czyli", "tj."),
    other_accounts=(
        "według innych źródeł",
        "według innych danych",
        "urodził",
        "urodziła",
        "zmarł",
        "zmarła",
    ),
    function_words=(
        *("w", "we", "na", "z", "ze", "do", "od", "po", "przy", "za", "przez", "dla"),
        *("bez", "o", "u", "przed", "nad", "pod", "między"),
        *("on", "ona", "ono", "oni", "one", "jego", "jej", "ich", "się", "to"),
        *("i", "a", "ale", "lub", "oraz", "gdy", "kiedy", "gdzie", "że", "jak", "już"),
        *("był", "była", "było", "byli", "były", "jest", "został", "została"),
        *("roku", "rok", "r", "latach"),
    ),
    year_prepositions=("w", "we", "od", "do", "po", "roku"),
    count_leads=("około", "ponad", "blisko", "prawie", "łącznie"),
    # "w nocy z 6 na 7 listopada": the two days of a night
    range_words=("do", "na", "i"),
    counted_nouns=(
        *("ludzi", "osób", "żołnierzy", "kozaków", "mieszkańców", "rodzin", "dusz"),
        *("pielgrzymów", "jeńców", "marynarzy", "koni", "okrętów", "statków", "dział", "armat"),
        *("domów", "egzemplarzy", "chłopów", "robotników"),
    ),
    weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    weekday_abbreviations=("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."),
)
