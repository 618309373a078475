"""Swedish: ``gamla stilen``, ``g.s.``, ``enligt den julianska kalendern``."""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

SWEDISH = Language(
    code="sv",
    name="Swedish",
    months=(
        row(
            "januari februari mars april maj juni juli augusti september oktober november december"
        ),
    ),
    abbreviations=(
        row("jan feb mar apr maj jun jul aug sep okt nov dec"),
        row("jan febr mars apr maj juni juli aug sept okt nov dec"),
    ),
    old_markers=(
        "gamla stilen",
        "g.s.",
        # an infobox's rows: "27 juni 1709 (gs)", "8 juli 1709 (ns)" (Swedish Wikipedia)
        "gs",
        "enligt gamla stilen",
        "enligt g.s.",
        "julianska kalendern",
        "enligt den julianska kalendern",
        "enligt julianska kalendern",
        "enligt den julianska",
        "den julianska kalendern",
    ),
    new_markers=(
        "nya stilen",
        "n.st.",
        "n.s.",
        "ns",
        "enligt nya stilen",
        "gregorianska kalendern",
        "enligt den gregorianska kalendern",
        "enligt gregorianska kalendern",
        "enligt den gregorianska",
        "den gregorianska kalendern",
    ),
    lead_ins=("enligt den", "enligt", "i den"),
    joiners=("eller", "dvs.", "d.v.s."),
    other_accounts=("enligt andra källor", "andra källor", "född", "död", "döpt"),
    # (not "de", they: Romanian "1700 de soldați" counts)
    function_words=(
        *("i", "på", "av", "till", "från", "med", "för", "om", "vid", "efter", "före"),
        *("under", "genom", "mellan", "utan", "sedan", "mot"),
        *("han", "hon", "den", "det", "dess", "deras", "sig", "en", "ett"),
        *("och", "eller", "men", "när", "där", "att", "som", "redan"),
        *("var", "är", "blev", "hade", "har"),
    ),
    year_prepositions=("år", "i", "från", "till", "sedan", "efter", "före"),
    # (not "omkring": "omkring 1700" is a year as often as a count)
    count_leads=("över",),
    range_words=("till", "och"),
    counted_nouns=(
        *("man", "soldater", "personer", "människor", "invånare", "familjer", "själar"),
        *("pilgrimer", "fångar", "sjömän", "hästar", "skepp", "fartyg", "kanoner", "hus"),
        *("exemplar", "bönder", "arbetare"),
    ),
)
