"""Pairs recurring every year (feast days), given in today's calendars with no year.

The golden sentences are quoted from Russian Wikipedia, article "Гермоген (патриарх
Московский)" (lead; CC BY-SA 4.0, Russian Wikipedia contributors), as kept in the
corpus passage ru-025 (benchmarks/corpus/ru.jsonl names where it was copied from).
The phrasings of the other languages are those of church calendars and news on saints'
days found in public web pages: Bulgarian "чества паметта", "отбелязва паметта", Serbian
"spomen će biti slavljen", "godišnji spomen", Greek "Μνήμη τῶν ἁγίων", Ukrainian "дати
пам'яті святих", Macedonian "Денес се слави", Romanian "datele de prăznuire", German
Wikipedia's "Gedenktag", French Wikipedia's "est fêté le"; the sentences around them are
made up.
"""

from __future__ import annotations

import pytest

from julian_gregorian import check, extract
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._link.yearly import governs

HERMOGENES = (
    "Патриа́рх Гермоге́н (Ермоге́н[1], в миру Ермолай; ок. 1530 — 17 (27) февраля 1612) — "
    "патриарх Московский и всея Руси (1606—1612, в заточении с 1 (11) мая 1611).\n\n"
    "Дни празднования священномученику Ермогену: 17 февраля (1 марта) в високосный год "
    "или 17 февраля (2 марта) в невисокосные годы — преставление, а также 12 (25) мая — "
    "прославление в лике святителей."
)


def _years(text: str) -> list[tuple[str, str, str]]:
    return [
        (item.text, item.year_from, item.old_style.start.isoformat())
        for item in extract(text)
        if item.old_style is not None
    ]


def test_feast_days_of_an_article_on_1612_are_yearly() -> None:
    assert _years(HERMOGENES) == [
        ("17 (27) февраля 1612", "text", "1612-02-17"),
        ("1 (11) мая 1611", "text", "1611-05-01"),
        ("17 февраля (1 марта)", "yearly", "--02-17"),
        ("17 февраля (2 марта)", "yearly", "--02-17"),
        ("12 (25) мая", "yearly", "--05-12"),
    ]


def test_feast_days_given_with_today_s_difference_are_no_error() -> None:
    # Both days after 17 February: 1 March in a leap year, 2 March in a common one.
    assert check(HERMOGENES) == []


def test_a_yearly_date_wrong_even_today_is_an_error_checked_as_yearly() -> None:
    text = HERMOGENES.replace("12 (25) мая", "12 (24) мая")
    findings = check(text)
    assert [finding.code for finding in findings] == ["JG101"]
    assert findings[0].message == (
        "O.S. 12 мая is N.S. 25 мая; or N.S. 24 мая is O.S. 11 мая (written 12 days apart; "
        "the calendars were 13 days apart in 1900–2100, checked as a yearly date)"
    )
    fix = findings[0].fix
    assert fix is not None
    fixed = text[: fix.offset] + fix.replacement + text[fix.end_offset :]
    assert "12 (25) мая — прославление" in fixed
    assert check(fixed) == []


@pytest.mark.parametrize(
    "text",
    [
        # The sentence is about an event of 1612: no word says it recurs.
        "Гермоген умер в 1612 году. Собор открылся 12 (25) мая.",
        # The word is in another sentence.
        "Гермоген умер в 1612 году. Собор открылся 12 (25) мая. Память его чтут.",
        # The year is written in the sentence itself.
        "В 1612 году память святого совершалась 12 (25) мая.",
        # A monument is no memory.
        "Гермоген умер в 1612 году. Памятник открыт 12 (25) мая.",
        "He died in 1612. The synod met on 12 (25) May.",
    ],
)
def test_look_alikes_keep_their_context_year_and_the_error(text: str) -> None:
    (item,) = [item for item in extract(text) if item.kind == "pair"]
    assert item.year_from == "context"
    assert [finding.code for finding in check(text)] == ["JG101"]


def test_a_context_year_that_fits_is_kept() -> None:
    # A feast of 1850 written with the difference of 1850 (12 days).
    text = "В 1850 году он был канонизирован. Память совершается 12 (24) мая."
    (item,) = extract(text)
    assert (item.year_from, item.old_style and item.old_style.start.isoformat()) == (
        "context",
        "1850-05-12",
    )
    assert check(text) == []


def test_with_no_year_around_only_today_s_difference_is_yearly() -> None:
    assert _years("Память совершается 12 (25) мая.")[0][1] == "yearly"
    # 11 days apart and no year anywhere: nothing says it is given today.
    assert _years("Память совершается 12 (23) января.")[0][1] == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        # (not "1612 г. Църквата": a full stop after "г." ends no sentence here)
        "Роден е през 1612 година. Църквата чества паметта му на 12 (25) май.",
        "Рођен је 1612. године. Његов спомен се слави 12 (25) маја.",
        "Rođen je 1612. godine. Njegov spomen se slavi 12 (25) maja.",
        "Γεννήθηκε το 1612. Η μνήμη του τιμάται στις 12 (25) Μαΐου.",
        "Народився 1612 року. День пам'яті — 12 (25) травня.",
        "Нарадзіўся ў 1612 годзе. Дзень памяці — 12 (25) мая.",
        "He died in 1612. His feast day is 12 May (25 May N.S.).",
        "He died in 1612. He is commemorated on 12 (25) May.",
        # a month name written out ends its sentence before a capital, unlike "г."
        "Память совершается 12 (25) мая. Он умер в 1612 г.",
        # the phrasings of church calendars in the news (the language records name them)
        "Роден е 1612. Денес се слави 12 (25) мај.",
        "Почина през 1612 година. Църквата отбелязва паметта му на 12 (25) май.",
        "S-a născut în 1612. Are datele de prăznuire 12 (25) mai.",
        "Er starb 1612. Gedenktag: 12. (25.) Mai.",
        "Il mourut en 1612. Il est fêté le 12 (25) mai.",
        "Він помер у 1612 році. Щорічно 12 (25) травня.",
        # the present of a church's commemoration (a Ukrainian parish site: "Церква
        # вшановує їх разом 12 лютого (30 січня за старим стилем)"), the context year
        # centuries before the calendars' difference was 13 days
        "Собор встановлено у 1084 році. Церква вшановує їх разом 12 (25) травня.",
        "Собор встановлено у 1084 році. Церква вшановує їх 25 травня (12 травня за старим стилем).",
        "Собор установлен в 1084 году. Церковь чтит память их 12 (25) мая.",
        "Umro je 1612. Njegov godišnji spomen biće 12. (25.) maja.",
        # a feast phrase with a capital opens a sentence after "г." too
        "Умер в 1612 г. Память совершается 12 (25) мая.",
        "Помер у 1612 р. День пам'яті — 12 (25) травня.",
        # a context year of today's difference: the feast, not an O.S. date of 1930 (JG401)
        "Умер в 1930 г. Память совершается 12 (25) мая.",
        "He died in 1935. His feast day is 12 (25) May.",
        "His feast day is 12 (25) May. He was born in 1612.",
    ],
)
def test_other_languages_phrasings(text: str) -> None:
    pairs = [item for item in extract(text) if item.kind == "pair"]
    assert [item.year_from for item in pairs] == ["yearly"]
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Память совершается 12 (26) мая.",
        "Умер в 1612 г. Память совершается 12 (26) мая.",
        "Умер в 1930 г. Память совершается 12 (26) мая.",
    ],
)
def test_a_feast_day_the_calendars_never_had_is_checked_as_yearly(text: str) -> None:
    # 14 days apart: no year's difference, so not lent a year; judged against today's.
    (item,) = extract(text)
    assert item.year_from == "yearly"
    (finding,) = check(text)
    assert finding.code == "JG101"
    assert finding.message.endswith("checked as a yearly date)")
    assert finding.fix is not None
    assert finding.fix.replacement == "25"


def test_a_feast_day_with_a_past_difference_and_no_year_stays_yearless() -> None:
    # 12 days apart: written in the 19th century maybe; nothing to judge it by.
    (item,) = extract("Память совершается 12 (24) мая.")
    assert item.year_from == "unknown"
    assert check("Память совершается 12 (24) мая.") == []


def test_recurrence_words_are_small_letters_and_read() -> None:
    for language in LANGUAGES:
        for word in language.recurrence_words:
            assert word == word.lower(), (language.code, word)
            text = f"{word.capitalize()}: 12 (25)"
            assert governs(text, 0, len(word) + 2, len(text), len(text)), (language.code, word)
        for word in language.every_year_words:
            assert word == word.lower(), (language.code, word)
            text = f"12 (25) {word.capitalize()}"
            assert governs(text, 0, 0, 7, len(text)), (language.code, word)


# Each was read yearly by the first version of the rule and its real error hidden:
# today's 13 days written for a date of 1812 (11 then).
@pytest.mark.parametrize(
    "text",
    [
        # words of common prose
        "In 1812 the army retreated.\nThe celebrated general arrived on 25 October (7 November).",
        "In 1812 the army retreated. A plaque commemorated the fight of 25 October (7 November).",
        "В 1812 году армия отступала.\nОтмечается, что бой начался 25 октября (7 ноября).",
        "В 1812 году армия отступала.\nВ память о битве 25 октября (7 ноября) поставлен крест.",
        "У 1812 році армія відступала. Відзначається, що бій почався 25 жовтня (7 листопада).",
        "Године 1812. војска се повлачила. Слава је стигла 25. октобра (7. новембра).",
        # "every year" not next to the date: it is about the remembering
        "== Battle of 1812 ==\nThe campaign of 1812 went badly.\n"
        "The battle, remembered every year, began on 25 October (7 November).",
        "В 1812 году армия отступала. Бой 25 октября (7 ноября), о котором ежегодно "
        "вспоминают, был тяжёлым.",
        # (read yearly by the colon-list rule) a list a colon opens ends at a full stop,
        # though "мая." / "May." ends no sentence
        "Он родился в 1790 году.\n\nДни празднования: 12 (25) мая. Он вступил в армию 3 (16) июня.",
        "He was born in 1790.\n\nFeast day: 12 (25) May. He joined the army on 3 (16) June.",
        # the sentence's own year, after "г." (no sentence end, a capital after or not)
        "В 1812 г. Кутузов в день празднования 26 августа (8 сентября) дал бой.",
        "Бой начался в 1812 г. 25 октября (7 ноября) и ежегодно вспоминается.",
        # words of event prose too: "is mentioned", an adjective "annual", a day's name
        "Satul apare în documente în 1812. Satul este pomenit pentru prima dată la 25 "
        "octombrie (7 noiembrie), într-un hrisov domnesc.",
        "Târgul a fost înființat în 1812. Târgul anual de la 25 octombrie (7 noiembrie) "
        "aduna mii de oameni.",
        "Skupština je osnovana 1812. Godišnje zasedanje 25. oktobra (7. novembra) okupilo "
        "je sve članove.",
        "Скупштина је основана 1812. Годишње заседање 25. октобра (7. новембра) окупило је "
        "све чланове.",
        "Собранието е основано во 1812. Годишно собрание на 25 октомври (7 ноември) ги "
        "собра сите членови.",
        "Die Kirche wurde 1812 vollendet. Am Festtag, dem 25. Oktober (7. November), wurde "
        "sie geweiht.",
        "Er heiratete 1812. Am Namenstag, dem 25. Oktober (7. November), gab er ein Fest.",
        "The church was completed in 1812. His name day, 25 October (7 November), was "
        "celebrated at the palace.",
        "The war began in 1812. On his saint's day, 25 October (7 November), he fell ill.",
        "L'église fut achevée en 1812. La fête liturgique du 25 octobre (7 novembre) fut "
        "célébrée par l'évêque.",
    ],
)
def test_an_event_s_date_is_not_read_yearly(text: str) -> None:
    item = [item for item in extract(text) if item.kind == "pair"][-1]
    assert item.year_from != "yearly"
    assert [finding.code for finding in check(text)] == ["JG101"]


def test_a_year_anywhere_in_the_sentence_keeps_it_from_being_yearly() -> None:
    text = (
        "Умер 17 (27) февраля 1612 года.\n"
        "Память совершается 17 февраля (3 марта) и 12 (26) мая; в 1612 году."
    )
    pairs = [item for item in extract(text) if item.kind == "pair"]
    assert [item.year_from for item in pairs] == ["text", "context", "context"]
    assert [finding.code for finding in check(text)] == ["JG101", "JG101"]


@pytest.mark.parametrize(
    "text",
    [
        "The monastery was founded in 1850. Its feast days, 6 December (19 December) and 9 "
        "May (22 May), drew pilgrims.",
        "Монастырь основан в 1850 году. Память совершается 6 (19) декабря и 9 (22) мая.",
        "Монастырь основан в 1850 году. Память совершается 6 (19) декабря, 9 (22) мая и 1 "
        "(14) июля.",
        "Mănăstirea a fost întemeiată în 1850. Sfântul este prăznuit la 6 (19) decembrie și "
        "9 (22) mai.",
        "Das Kloster wurde 1850 gegründet. Gedenktage: 6. (19.) Dezember und 9. (22.) Mai.",
    ],
)
def test_the_dates_listed_after_a_yearly_one_are_yearly_too(text: str) -> None:
    # each governed as the first: no year of 1850 (12 days) lent, no false JG101
    pairs = [item for item in extract(text) if item.kind == "pair"]
    assert len(pairs) >= 2
    assert {item.year_from for item in pairs} == {"yearly"}
    assert check(text) == []
