"""Russian: Julian dates first, the shared parts written once (``7 (20) сентября 1916 года``)."""

from __future__ import annotations

from julian_gregorian.languages._record import (
    CLAUSE_END,
    JULIAN_NUMERIC,
    NEW_PARTS_OLD_PARTS,
    DateTemplate,
    Language,
    row,
)

# Ordinal day words in the genitive ("двадцать шестого мая") and the neuter nominative
# ("двадцать шестое мая"): the stem of each ordinal, then its two endings.
_UNITS = (
    "перв",
    "втор",
    "треть",
    "четвёрт",
    "пят",
    "шест",
    "седьм",
    "восьм",
    "девят",
)
_TEENS = (
    "десят",
    "одиннадцат",
    "двенадцат",
    "тринадцат",
    "четырнадцат",
    "пятнадцат",
    "шестнадцат",
    "семнадцат",
    "восемнадцат",
    "девятнадцат",
)


def _ordinal(stem: str) -> tuple[str, ...]:
    soft = stem.endswith("треть")
    endings = ("его", "е") if soft else ("ого", "ое")
    forms = [stem + ending for ending in endings]
    if "ё" in stem:
        forms += [form.replace("ё", "е") for form in forms]
    return tuple(forms)


def _day_words() -> tuple[tuple[str, ...], ...]:
    days: list[tuple[str, ...]] = [_ordinal(stem) for stem in _UNITS]
    days += [_ordinal(stem) for stem in _TEENS]
    days.append(_ordinal("двадцат"))
    days += [tuple(f"двадцать {form}" for form in _ordinal(stem)) for stem in _UNITS]
    days.append(_ordinal("тридцат"))
    days.append(tuple(f"тридцать {form}" for form in _ordinal("перв")))
    return tuple(days)


RUSSIAN = Language(
    code="ru",
    name="Russian",
    months=(
        row("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
        row("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"),
    ),
    abbreviations=(
        row("янв фев мар апр мая июн июл авг сен окт нояб дек"),
        row("янв февр мар апр мая июн июл авг сент окт нояб дек"),
    ),
    roman_months=True,
    ordinal_suffixes=("-го", "-е"),
    day_words=_day_words(),
    year_words=("года", "год", "г.", "г"),
    old_markers=(
        "ст. ст.",
        "по ст. ст.",
        "ст. стиля",
        "по старому стилю",
        "старого стиля",
        "по юлианскому календарю",
        # "По старому юлианскому календарю, который в то время был принят в России,
        # Октябрьская революция произошла 25 октября 1917 года."
        "старому юлианскому календарю",
        "юлианского календаря",
        "юлианскому календарю",
        # the calendar's adjective alone, its noun said once for both dates: "25 октября
        # 1917 года по юлианскому календарю, а по григорианскому — 7 ноября"
        "по юлианскому",
    ),
    new_markers=(
        "н. ст.",
        "по н. ст.",
        "н. стиля",
        "по новому стилю",
        "нового стиля",
        "по григорианскому календарю",
        "григорианского календаря",
        "григорианскому календарю",
        "по григорианскому",
    ),
    # The style's adjective alone, its noun said once for both dates, at the end of its
    # clause: "19 февраля 1861 года по старому стилю, 3 марта по новому". Only before a
    # clause's end, since "по новому закону", "по старому адресу" are common prose.
    old_patterns=(rf"п(?<![\w.]п)о\s+старому{CLAUSE_END}",),
    new_patterns=(rf"п(?<![\w.]п)о\s+новому{CLAUSE_END}",),
    lead_ins=("по", "согласно"),
    dash_before_marker=True,
    joiners=("или", "т. е.", "то есть"),
    other_accounts=(
        "по другим данным",
        "по другим сведениям",
        "по иным данным",
        "родился",
        "родилась",
        "умер",
        "умерла",
        "крещён",
        "крещен",
        "крещена",
        "произошла",
        "произошло",
        "состоялась",
    ),
    function_words=(
        # prepositions, pronouns, conjunctions, auxiliaries, and the cases of "год"
        # a year takes ("в 1700 году"); "1700 солдат" counts
        *("в", "во", "на", "с", "со", "к", "по", "о", "об", "от", "до", "из", "у", "за"),
        *("при", "про", "для", "без", "через", "после", "перед", "над", "под", "между"),
        *("он", "она", "оно", "они", "его", "её", "ее", "их", "мы", "вы", "это", "этот"),
        *("и", "а", "но", "или", "когда", "где", "что", "как", "если", "же", "уже"),
        *("был", "была", "было", "были", "будет", "стал", "стала"),
        *("году", "годах", "годов", "годы", "годом"),
    ),
    year_prepositions=("в", "во", "с", "со", "до", "после", "к", "ко", "по"),
    count_leads=(
        "около",
        "более",
        "свыше",
        "почти",
        "примерно",
        "приблизительно",
        "порядка",
        "всего",
        "лишь",
    ),
    # "в ночь с 24 на 25 октября": the two days of a night
    range_words=("по", "на", "и"),
    # (the cases a number takes: "1650 человек", "1652 солдата", "1650 казаков")
    counted_nouns=(
        *("человек", "людей", "солдат", "солдата", "воинов", "казаков", "стрельцов", "жителей"),
        *("семей", "душ", "паломников", "пленных", "матросов", "лошадей", "коней", "кораблей"),
        *("судов", "пушек", "орудий", "домов", "дворов", "экземпляров", "крестьян", "рабочих"),
    ),
    recurrence_words=(
        "память совершается",
        "день памяти",
        "дни памяти",
        "празднование",
        "празднования",
        "празднуется",
        # the Ukrainian "Церква вшановує" in Russian: "Церковь чтит память ... 12 (25) мая"
        "чтит память",
        "чтят память",
    ),
    every_year_words=(
        "ежегодно",
        "в високосный год",
        "в високосные годы",
        "в невисокосный год",
        "в невисокосные годы",
    ),
    weekdays=("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    weekday_abbreviations=("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
    # Russian Wikipedia's templates: {{OldStyleDate}} and its redirect {{СС}} take "день
    # (НС)|месяц (НС)|год (НС)|день (СС)|месяц (СС)|год (СС)", the last two left out where
    # they are the N.S. ones (the template's documentation); {{СС2}} is written the same
    # way in the wikitext of the corpus (ru-016); {{СС3}} holds the Julian d.m.yyyy alone.
    date_templates=(
        DateTemplate("OldStyleDate", NEW_PARTS_OLD_PARTS, "template_OldStyleDate_ru"),
        DateTemplate("СС", NEW_PARTS_OLD_PARTS, "template_СС"),
        DateTemplate("СС2", NEW_PARTS_OLD_PARTS, "template_СС2"),
        DateTemplate("СС3", JULIAN_NUMERIC, "template_СС3"),
    ),
)
