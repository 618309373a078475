"""Every word of every language record reaches the matchers generated from it.

A marker added to a record but not found by the prefilter, or a month form the
tokenizer does not read, fails here: the records are the only word lists, and these
tests prove each entry is used. Sentences are built from each record's own words, one
per marker phrase and one per month form.
"""

from __future__ import annotations

import pytest

from julian_gregorian import check, extract
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.checks._month_words import read_month
from julian_gregorian.languages import LANGUAGES, Language, by_code
from julian_gregorian.text._locate.anchors import find_anchors, found_anywhere
from julian_gregorian.text._vocabulary.markers import PHRASES, phrase_variants

_PHRASE_CASES = [
    pytest.param(phrase, calendar, code, id=f"{code}:{phrase}")
    for phrase, calendar, code in PHRASES
]


def _month_word(language: Language, month: int) -> str:
    word = language.months[0][month - 1]
    return word[0].upper() + word[1:] if language.capitalised else word


@pytest.mark.parametrize(("phrase", "calendar", "code"), _PHRASE_CASES)
def test_every_marker_is_an_anchor_in_parentheses(phrase: str, calendar: str, code: str) -> None:
    for variant in phrase_variants(phrase):
        text = f"Lorem ipsum dolor ({variant}) sit amet."
        anchors = find_anchors(text)
        assert any(18 <= anchor <= 18 + len(variant) for anchor in anchors), (variant, anchors)


@pytest.mark.parametrize(
    "phrase",
    [
        variant
        for phrase, _, _ in PHRASES
        for variant in phrase_variants(phrase)
        if found_anywhere(variant)
    ],
)
def test_markers_with_a_pass_character_are_anchors_anywhere(phrase: str) -> None:
    """The others are found in parentheses or near another anchor (docs/extraction.md);
    a capitalised phrase begins a sentence."""
    text = f"Lorem ipsum dolor. {phrase} sit amet."
    anchors = find_anchors(text)
    assert any(19 <= anchor < 19 + len(phrase) for anchor in anchors), anchors


def test_most_markers_are_anchors_anywhere() -> None:
    """Only short abbreviations and a few phrases of common letters need parentheses."""
    phrases = [variant for phrase, _, _ in PHRASES for variant in phrase_variants(phrase)]
    left = [phrase for phrase in phrases if not found_anywhere(phrase)]
    assert len(left) < len(phrases) // 8, left


@pytest.mark.parametrize(("phrase", "calendar", "code"), _PHRASE_CASES)
def test_every_marker_is_read_after_a_date(phrase: str, calendar: str, code: str) -> None:
    language = by_code(code)
    for variant in phrase_variants(phrase):
        text = f"12 {_month_word(language, 3)} 1801 ({variant})"
        (item,) = extract(text)
        side = item.old_style if calendar == "old" else item.new_style
        assert item.kind == ("old_style" if calendar == "old" else "new_style"), text
        assert side is not None
        assert side.start.isoformat() == "1801-03-12", text


@pytest.mark.parametrize(
    ("code", "word"),
    [(language.code, word) for language in LANGUAGES for word in language.range_words],
)
def test_every_range_word_joins_the_days_of_a_range(code: str, word: str) -> None:
    language = by_code(code)
    marker = language.old_markers[0] if language.old_markers else "O.S."  # English: patterns
    text = f"3 {word} 5 {_month_word(language, 3)} 1700 ({marker})"
    (item,) = extract(text)
    assert item.old_style is not None, text
    assert (item.old_style.start.day, item.old_style.end.day) == (3, 5), text


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language.year_first])
def test_a_year_first_language_reads_its_year_first_dates(language: Language) -> None:
    month = _month_word(language, 10)
    after = f" {language.day_after_words[0]}" if language.day_after_words else ""
    for year_word in language.year_words:
        for text in (f"1862 {year_word} {month} 21{after}", f"1862. {year_word} 21. {month}"):
            marked = f"{text} ({language.old_markers[0]})"
            (item,) = extract(marked)
            assert item.old_style is not None, marked
            assert item.old_style.start.isoformat() == "1862-10-21", marked
            assert item.year_from == "text", marked


def _header_word(phrases: tuple[str, ...]) -> str | None:
    """The first phrase that, capitalised as a header cell writes it, a pass finds."""
    for phrase in phrases:
        written = phrase[0].upper() + phrase[1:]
        if found_anywhere(written):
            return written
    return None


@pytest.mark.parametrize(
    "language",
    [
        language
        for language in LANGUAGES
        if _header_word(language.old_markers) and _header_word(language.new_markers)
    ],
    ids=lambda language: language.code,
)
def test_a_table_header_names_the_calendars_in_the_records_words(language: Language) -> None:
    old, new = _header_word(language.old_markers), _header_word(language.new_markers)
    october, november = _month_word(language, 10), _month_word(language, 11)
    text = f"| {new} | {old} |\n|---|---|\n| 7 {november} 1917 | 25 {october} 1917 |\n"
    (item,) = extract(text)
    assert item.shape == "table", text
    assert item.old_style is not None
    assert item.old_style.start.isoformat() == "1917-10-25", text


def test_a_table_of_the_julian_day_is_no_calendar_table() -> None:
    # A Russian glossary table in a public repository: "Julian day", "Julian year".
    text = (
        "| Величина | Единица          |\n|----------|------------------|\n"
        "| Время    | юлианский год    |\n"
        "| **JD / Julian Day** | Юлианский день — непрерывный счёт дней для "
        "астрономических расчётов |\n"
    )
    assert extract(text) == []


def _month_cases() -> list[object]:
    cases = []
    for language in LANGUAGES:
        rows = [(row, "") for row in language.months] + [
            (row, dot) for row in language.abbreviations for dot in ("", ".")
        ]
        seen = set()
        for row, dot in rows:
            for month, word in enumerate(row, start=1):
                full = word in {name for names in language.months for name in names}
                written = word + ("" if full else dot)
                if (written, month) in seen:
                    continue
                seen.add((written, month))
                name = f"{language.code}:{written}"
                cases.append(pytest.param(language.code, written, month, id=name))
    return cases


@pytest.mark.parametrize(("code", "word", "month"), _month_cases())
def test_every_month_form_is_read_in_a_pair(code: str, word: str, month: int) -> None:
    language = by_code(code)
    spellings = [word[0].upper() + word[1:]] if language.capitalised else [word, word.capitalize()]
    for spelling in spellings:
        text = f"Lorem ipsum 7 (20) {spelling} 1916 dolor."
        (item,) = extract(text)
        assert item.kind == "pair", text
        assert item.old_style is not None
        assert item.new_style is not None
        assert (item.old_style.start.month, item.old_style.start.day) == (month, 7), text
        assert (item.new_style.start.month, item.new_style.start.day) == (month, 20), text


def test_no_word_names_two_months() -> None:
    months: dict[str, int] = {}
    for language in LANGUAGES:
        for word, month in language.month_forms().items():
            assert months.setdefault(word, month) == month, (language.code, word)


def test_every_language_of_the_issue_has_a_record() -> None:
    codes = {language.code for language in LANGUAGES}
    wanted = "en ru uk be bg sr sr-Latn mk el ro pl cs sk de nl fr it es pt sv no da fi et lv lt"
    assert set(wanted.split()) <= codes
    assert by_code("nb") is by_code("nn") is by_code("no")


def test_a_record_needs_twelve_months() -> None:
    with pytest.raises(ValueError, match="12"):
        Language(code="xx", name="Broken", months=(("a", "b"),))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The N.S. side is a day off; the fix writes the month in the sentence's words.
        ("Он родился 31 октября (14 ноября) 1917 года.", "31 октября (13 ноября) 1917"),
        ("Il est né le 31 octobre (14 novembre) 1917.", "31 octobre (13 novembre) 1917"),
        ("Han föddes 31 oktober (14 november) 1917.", "31 oktober (13 november) 1917"),
        # "april" is English too: the Swedish marker says which language writes it.
        ("Han föddes 20 mars 1700 (1 april enligt nya stilen).", "(31 mars enligt"),
        ("Il est né le 20 mars 1700 (1 avril selon le calendrier grégorien).", "(31 mars selon"),
    ],
)
def test_a_fix_writes_the_month_in_the_text_language(text: str, expected: str) -> None:
    (finding,) = check(text)
    assert finding.fix is not None
    fixed, _ = apply_fixes(text, [finding.fix])
    assert expected in fixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он родился 31 октября (14 ноября) 1917 года.", "N.S. 13 ноября 1917"),
        ("Il est né le 31 octobre (14 novembre) 1917.", "O.S. 1 novembre 1917"),
        # "april" is English too: the Swedish marker says which language writes it.
        ("Han föddes 20 mars 1700 (1 april enligt nya stilen).", "O.S. 21 mars 1700"),
        ("He was born on 14 November [O.S. 31 October] 1917.", "N.S. 13 November 1917"),
    ],
)
def test_a_message_names_the_dates_in_the_text_language(text: str, expected: str) -> None:
    (finding,) = check(text)
    assert expected in finding.message


def test_a_fix_writes_a_new_month_in_the_row_of_the_old_one() -> None:
    text = "Он родился 18 октября (1 ноября) 1917 года."
    (finding,) = check(text)
    assert finding.fix is not None
    fixed, _ = apply_fixes(text, [finding.fix])
    assert "18 октября (31 октября) 1917" in fixed
    swedish = read_month("april", "sv")
    assert swedish is not None
    assert swedish.write(3) == "mars"
