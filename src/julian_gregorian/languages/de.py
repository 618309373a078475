"""German: ``12. März 1700 a. St.``, ``nach dem julianischen Kalender``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

GERMAN = Language(
    code="de",
    name="German",
    months=(
        row("januar februar märz april mai juni juli august september oktober november dezember"),
        row("jänner feber märz april mai juni juli august september oktober november dezember"),
    ),
    abbreviations=(
        row("jan feb mär apr mai jun jul aug sep okt nov dez"),
        row("jan febr mrz apr mai jun jul aug sept okt nov dez"),
    ),
    capitalised=True,
    nouns_capitalised=True,
    bc_eras=("v. Chr.",),
    ad_eras=("n. Chr.",),
    old_markers=(
        "a. St.",
        "alten Stils",
        "alter Stil",
        "alten Stil",
        "nach altem Stil",
        "nach dem julianischen Kalender",
        "julianischen Kalenders",
        "nach julianischem Kalender",
        "nach julianischen Kalender",
        "julianischer Kalender",
        "nach dem julianischen",
    ),
    new_markers=(
        "n. St.",
        "neuen Stils",
        "neuer Stil",
        "neuen Stil",
        "nach neuem Stil",
        "nach dem gregorianischen Kalender",
        "gregorianischen Kalenders",
        "nach gregorianischem Kalender",
        "gregorianischer Kalender",
        "nach dem gregorianischen",
    ),
    glued_old_markers=("jul.",),
    glued_new_markers=("greg.",),
    lead_ins=("nach dem", "nach", "laut", "gemäß dem", "im"),
    joiners=("bzw.", "d. h.", "oder"),
    other_accounts=("nach anderen angaben", "anderen quellen", "geboren", "gestorben", "getauft"),
    bibliographic_words=("bd.", "band", "nr.", "heft", "s.", "art.", "jg."),
    # German Wikipedia's saints: "Gedenktag" (evangelisch, katholisch, orthodox)
    # (not "Festtag", "Namenstag": an event's day in prose, "Am Festtag, dem 6. Dezember,
    # wurde sie geweiht")
    recurrence_words=("gedenktag", "gedenktage"),
    every_year_words=("jährlich", "alljährlich", "jedes jahr"),
    function_words=(
        *("in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach", "von", "vor", "zu"),
        *("zum", "zur", "bis", "seit", "um", "durch", "für", "gegen", "ohne", "über"),
        *("unter", "zwischen"),
        *("er", "sie", "es", "wir", "ihr", "der", "die", "das", "den", "dem", "des"),
        *("ein", "eine", "einen", "einem", "einer", "sich"),
        *("und", "oder", "aber", "als", "wenn", "wo", "dass", "da", "schon", "bereits"),
        *("war", "waren", "ist", "sind", "wurde", "wurden", "hatte", "hat", "wird"),
    ),
    year_prepositions=("im", "in", "seit", "bis", "ab", "nach", "vor", "um", "jahr", "jahre"),
    # (before a capitalised noun only, German's: "rund 1650 Mann", "über 1700 Jahre";
    # "etwa 1650 entstand die Kirche" is a year; not "mit", "hatte": "hatte 1650 Erfolg")
    count_leads=(
        *("über", "rund", "etwa", "ungefähr", "knapp", "fast", "beinahe", "nahezu"),
        *("annähernd", "insgesamt", "mehr als", "weniger als"),
    ),
    # "in der Nacht vom 7. auf den 8. November": the two days of a night
    range_words=("bis", "auf den", "auf", "und"),
    # (capitalised as written: "1650 Mann zogen aus"; "1650 zogen die Truppen aus" and
    # "1813 Völkerschlacht bei Leipzig" stay years)
    counted_nouns=(
        *("mann", "männer", "soldaten", "menschen", "personen", "einwohner", "bewohner"),
        *("familien", "seelen", "pilger", "gefangene", "gefangenen", "matrosen", "pferde"),
        *("schiffe", "kanonen", "geschütze", "häuser", "bauern", "arbeiter"),
    ),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    weekday_abbreviations=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
)
