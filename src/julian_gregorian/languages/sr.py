"""Serbian, in both its scripts: ``по старом календару``, ``po novom kalendaru``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

SERBIAN_CYRILLIC = Language(
    code="sr",
    name="Serbian (Cyrillic)",
    months=(
        row(
            "јануара фебруара марта априла маја јуна "
            "јула августа септембра октобра новембра децембра"
        ),
        row("јануар фебруар март април мај јун јул август септембар октобар новембар децембар"),
        # the dative after "одговара" (corresponds to): "што одговара 28. јуну"
        row(
            "јануару фебруару марту априлу мају јуну "
            "јулу августу септембру октобру новембру децембру"
        ),
    ),
    roman_months=True,
    year_words=("године", "год.", "г."),
    old_markers=(
        "по старом календару",
        "старом календару",
        "по старом стилу",
        "старог стила",
        "ст. ст.",
        "по јулијанском календару",
        "јулијанском календару",
        # the adjective alone, the calendar named before it: "(7. новембра по
        # грегоријанском)"
        "по јулијанском",
    ),
    new_markers=(
        "по новом календару",
        "новом календару",
        "по новом стилу",
        "новог стила",
        "н. ст.",
        "по грегоријанском календару",
        "грегоријанском календару",
        "по грегоријанском",
    ),
    lead_ins=("по", "према"),
    dash_before_marker=True,
    joiners=("или", "тј."),
    function_words=(
        *("у", "на", "са", "с", "до", "од", "по", "при", "за", "пред", "над", "под"),
        *("између", "без", "кроз", "према", "ка", "после", "након"),
        *("он", "она", "оно", "они", "га", "је", "их", "се", "му", "им"),
        *("и", "а", "али", "или", "када", "кад", "где", "што", "како", "ако", "већ"),
        *("су", "био", "била", "било", "били", "постао", "постала"),
        "годину",
    ),
    year_prepositions=("у", "од", "до", "после", "након", "по"),
    count_leads=("око", "преко", "скоро", "готово", "приближно", "укупно"),
    range_words=("и",),
    counted_nouns=(
        *("људи", "особа", "војника", "становника", "породица", "душа", "заробљеника"),
        *("морнара", "коња", "бродова", "топова", "кућа", "сељака", "радника"),
    ),
    # the Serbian Church's new saints (SRNA, 2017): "čiji će spomen biti slavljen po
    # novom kalendaru 2. oktobra, odnosno 15. oktobra po starom", "biće praznovan 8.
    # avgusta po novom kalendaru", "Godišnji spomen ... biće 25. maja, odnosno 7. juna"
    recurrence_words=(
        "празнује се",
        "прославља се",
        "спомен се слави",
        "спомен ће бити слављен",
        "биће слављен",
        "биће празнован",
        "годишњи спомен",
    ),
    # (not "годишње": also the adjective, "годишње заседање")
    every_year_words=("сваке године",),
)

SERBIAN_LATIN = Language(
    code="sr-Latn",
    name="Serbian (Latin)",
    months=(
        row(
            "januara februara marta aprila maja juna "
            "jula avgusta septembra oktobra novembra decembra"
        ),
        row("januar februar mart april maj jun jul avgust septembar oktobar novembar decembar"),
        row(
            "januaru februaru martu aprilu maju junu "
            "julu avgustu septembru oktobru novembru decembru"
        ),
    ),
    roman_months=True,
    year_words=("godine", "god."),
    old_markers=(
        "po starom kalendaru",
        "po starom stilu",
        "starog stila",
        "po julijanskom kalendaru",
        "julijanskom kalendaru",
        "po julijanskom",
    ),
    new_markers=(
        "po novom kalendaru",
        "po novom stilu",
        "novog stila",
        "po gregorijanskom kalendaru",
        "gregorijanskom kalendaru",
        "po gregorijanskom",
    ),
    lead_ins=("po", "prema"),
    dash_before_marker=True,
    joiners=("ili", "tj."),
    function_words=(
        *("u", "na", "sa", "s", "do", "od", "po", "pri", "za", "pred", "nad", "pod"),
        *("između", "bez", "kroz", "prema", "ka", "posle", "nakon"),
        *("on", "ona", "ono", "oni", "ga", "je", "ih", "se", "mu", "im"),
        *("i", "a", "ali", "ili", "kada", "kad", "gde", "što", "kako", "ako", "već"),
        *("su", "bio", "bila", "bilo", "bili", "postao", "postala"),
        *("g", "godinu", "godini"),
    ),
    year_prepositions=("u", "od", "do", "posle", "nakon", "po"),
    count_leads=("oko", "preko", "skoro", "gotovo", "približno", "ukupno"),
    range_words=("i",),
    counted_nouns=(
        *("ljudi", "osoba", "vojnika", "stanovnika", "porodica", "duša", "zarobljenika"),
        *("mornara", "konja", "brodova", "topova", "kuća", "seljaka", "radnika"),
    ),
    recurrence_words=(
        "praznuje se",
        "proslavlja se",
        "spomen se slavi",
        "spomen će biti slavljen",
        "biće slavljen",
        "biće praznovan",
        "godišnji spomen",
    ),
    every_year_words=("svake godine",),
)
