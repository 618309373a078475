"""Romanian: ``stil vechi``, ``stil nou``, ``după calendarul iulian``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

ROMANIAN = Language(
    code="ro",
    name="Romanian",
    months=(
        row(
            "ianuarie februarie martie aprilie mai iunie "
            "iulie august septembrie octombrie noiembrie decembrie"
        ),
    ),
    abbreviations=(
        row("ian feb mar apr mai iun iul aug sep oct noi dec"),
        row("ian febr mar apr mai iun iul aug sept oct nov dec"),
    ),
    roman_months=True,
    old_markers=(
        "stil vechi",
        "pe stil vechi",
        "după stilul vechi",
        "stilul vechi",
        "st. v.",
        "după calendarul iulian",
        "calendarul iulian",
        "calendarului iulian",
    ),
    new_markers=(
        "stil nou",
        "pe stil nou",
        "după stilul nou",
        "stilul nou",
        "st. n.",
        "după calendarul gregorian",
        "calendarul gregorian",
        "calendarului gregorian",
    ),
    # "22 aprilie 1881 (S.N. 4 mai)": the capitals of stil nou, read only opening a
    # bracket before its day, or as the whole bracket after a date, since "S. N." before
    # a name is a person's initials and "s.n." a book's missing publisher.
    new_patterns=(r"S(?<=[(\[]S)\.\s?N\.(?=\s?\d|[)\]])",),
    lead_ins=("după", "pe", "conform"),
    joiners=("sau", "adică"),
    other_accounts=("după alte surse", "alte surse", "născut", "a murit", "botezat"),
    # "având datele de prăznuire la 15 mai, respectiv, 16 mai" (România TV on the saints
    # the Romanian Synod canonised in 2016); "În fiecare an, Biserica Ortodoxă Română face
    # trei mari pomeniri" (Metropola TV)
    recurrence_words=(
        "data de prăznuire",
        "datele de prăznuire",
        "ziua de prăznuire",
        "este prăznuit",
        "este prăznuită",
        "se prăznuiește",
    ),
    # (not "este pomenit", "is mentioned", nor "anual", also the adjective: "Târgul anual de
    # la 12 (25) mai")
    every_year_words=("în fiecare an",),
    # (not "de": "1700 de soldați" counts)
    function_words=(
        *("în", "din", "la", "pe", "cu", "pentru", "prin", "după", "până"),
        *("spre", "fără", "către", "între", "sub"),
        *("el", "ea", "ei", "ele", "lui", "lor", "se", "s", "i", "a", "al"),
        *("și", "sau", "dar", "iar", "când", "unde", "că", "ca", "dacă", "deja"),
        *("au", "fost", "era", "este", "avea", "devine"),
    ),
    year_prepositions=("în", "din", "până", "după", "anul", "pe"),
    count_leads=("peste", "aproximativ", "aproape"),
    range_words=("și",),
)
