"""French: ``1er mars``, ``ancien style``, ``selon le calendrier julien``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

FRENCH = Language(
    code="fr",
    name="French",
    months=(
        row("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
        row("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"),
    ),
    abbreviations=(
        row("janv févr mars avr mai juin juil août sept oct nov déc"),
        # without accents, and "juill.": "7 Fevr. S.N. 1668", "22 Juill. S. N. 1670" (the
        # French datelines of Temple's letters)
        row("janv fevr mars avr mai juin juill aout sept oct nov dec"),
    ),
    ordinal_suffixes=("er",),
    bc_eras=("av. J.-C.",),
    ad_eras=("apr. J.-C.",),
    old_markers=(
        "ancien style",
        "vieux style",
        "calendrier julien",
        "selon le calendrier julien",
        "dans le calendrier julien",
        "du calendrier julien",
    ),
    new_markers=(
        "nouveau style",
        "calendrier grégorien",
        "selon le calendrier grégorien",
        "dans le calendrier grégorien",
        "du calendrier grégorien",
    ),
    lead_ins=("selon le", "dans le", "d'après le", "du"),
    joiners=("ou", "soit", "c.-à-d.", "c'est-à-dire"),
    other_accounts=(
        "selon d'autres sources",
        "d'autres sources",
        "né",
        "née",
        "mort",
        "morte",
        "baptisé",
    ),
    bibliographic_words=(
        "vol.",
        "volume",
        "numéro",
        "n°",
        "tome",
        "t.",
        "fasc.",
        "art.",
        "page",
        "p.",
    ),
    # French Wikipedia's saints: "Il est fêté le 12 mai" (not "fête liturgique": "La fête
    # liturgique du 6 (19) décembre fut célébrée par l'évêque", one year's)
    recurrence_words=("est fêté", "est fêtée", "sont fêtés"),
    every_year_words=("chaque année", "tous les ans"),
    # (not "de": Romanian "1700 de soldați" counts)
    function_words=(
        *("en", "à", "au", "aux", "du", "des", "dans", "par", "pour", "sur"),
        *("avec", "sans", "après", "avant", "depuis", "vers", "jusqu", "entre", "sous"),
        *("il", "elle", "ils", "elles", "on", "le", "la", "les", "l", "un", "une", "se"),
        *("et", "ou", "mais", "quand", "où", "que", "qui", "comme", "si", "déjà"),
        *("est", "sont", "fut", "était", "a", "avait", "devient"),
    ),
    year_prepositions=("en", "depuis", "dès", "vers", "avant", "après", "jusqu", "année"),
    count_leads=("environ", "quelque", "plus de"),
    range_words=("au", "et"),
    counted_nouns=(
        *("hommes", "soldats", "personnes", "habitants", "familles", "âmes", "pèlerins"),
        *("prisonniers", "marins", "chevaux", "navires", "vaisseaux", "canons", "maisons"),
        *("exemplaires", "paysans", "ouvriers"),
    ),
)
