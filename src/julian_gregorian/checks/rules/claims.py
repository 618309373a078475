"""JG403: what an article says in words about the difference between the calendars.

Articles explain their pairs: "the Julian calendar, then 13 days behind the Gregorian",
"Britain adopted the Gregorian calendar in 1752, omitting 11 days", "12 days behind
during the 19th century". Such a claim is checked against the offset of the period it
names: a year in the same sentence (the nearest one), or a century named right by the
claim. A claim with no period in its sentence is left alone, and so is one about a
single year whose offset changed that year (1700, 1800, 1900, 2100), where only the day
would tell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from julian_gregorian.calendar.conversion import julian_to_gregorian
from julian_gregorian.calendar.offset import offset_for_julian
from julian_gregorian.checks._wording import Wording, day_words, days, wording_at
from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding, Severity
from julian_gregorian.checks.rules.base import Rule
from julian_gregorian.text._link.context import YEAR
from julian_gregorian.text._vocabulary.lexicon import led_by

_NUMBER_WORDS = {
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
}
_NUMBER = rf"(?P<n{{index}}>\b(?:[1-9]|1[0-9])\b|(?ai:{'|'.join(_NUMBER_WORDS)})\b)"
#: What may stand between a number and "days": a space, a no-break space (U+00A0, or
#: the narrow one, U+202F), or wikitext's no-break space (the manual of style asks for
#: one there), as the entity ``&nbsp;``, ``&#160;`` or ``&#xA0;``, or the template
#: ``{{nbsp}}`` (``{{Nbsp}}``: a template's first letter is either case). A claim's
#: other spaces are only spaces.
_NO_BREAKS = ("&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "{{nbsp}}", "{{Nbsp}}")
_NO_BREAK = "|".join(re.escape(spelling) for spelling in _NO_BREAKS)
_SPACE = rf"(?:[ \u00a0\u202f]|{_NO_BREAK})"
_SPACES = rf"(?:\s+|{_NO_BREAK})"
_OFFSET_WORDS = (
    # 13 days behind, eleven days ahead of, 10 days apart, 11 days were omitted
    rf"{_NUMBER}(?:{_SPACE}|-)days?\s+(?:(?:were|was|had\s+been|being)\s+)?"
    r"(?:behind|ahead|forward|apart|omitted|dropped|skipped|removed|deleted|suppressed)\b",
    # moved forward 11 days, advanced by 13 days
    r"\b(?:advanced|moved\s+(?:forward|ahead)|set\s+forward|shifted)\s+(?:by\s+)?"
    rf"{_NUMBER}{_SPACES}days\b",
    # a difference of 12 days, a 13-day gap
    rf"\b(?:difference|gap|discrepancy|lag)\s+of\s+{_NUMBER}{_SPACES}days\b",
    rf"{_NUMBER}-day\s+(?:difference|gap|discrepancy|lag)\b",
    # omitting 11 days, dropped ten days, skipping the 13 days
    r"\b(?:omit|drop|skip|remov|delet|suppress)\w*\s+(?:the\s+)?(?:following\s+)?"
    rf"{_NUMBER}{_SPACES}days\b",
)
#: Every character a claim may begin with: a number's digit or word (in either case),
#: the verbs' and nouns' first letters. (Searched for around every "day" of a page: the
#: alternatives, each led by a group, were tried at every character.)
_CLAIM_FIRSTS = "1-9EFNTaedfglmnorst"
_CLAIM = re.compile(
    led_by(
        _CLAIM_FIRSTS,
        "|".join(
            f"(?:{words.replace('{index}', str(index))})"
            for index, words in enumerate(_OFFSET_WORDS)
        ),
    )
)
_CALENDAR_WORD = re.compile(
    r"\b(?:Julian|Gregorian|[Oo]ld [Ss]tyle|[Nn]ew [Ss]tyle|O\.S\.|N\.S\.|calendars?)\b"
)
_ORDINALS = {
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
_CENTURY = re.compile(
    rf"\b(?P<c>1[6-9]|2[01])(?:st|th)|\b(?P<w>(?ai:{'|'.join(_ORDINALS)}))(?=[\s-]century)"
    r"|\b(?P<d>1[5-9]|20)00s\b"
)
_CENTURY_AFTER = re.compile(r"[\s-]century\b")
# Where a sentence ends: a full stop, question or exclamation mark before a capital, or
# a paragraph break. Abbreviations such as "O.S." before a capital may end one too
# early; the claim and its period then stand apart and nothing is reported.
# "which is 13 days behind", "currently 13 days behind": today's offset, not that of the
# years the sentence names.
_PRESENT = re.compile(r"\b(?:is|are|currently|now|today|presently|nowadays)\W+(?:\w+\W+)?$")
_PRESENT_AFTER = re.compile(r"\W+(?:\w+\W+){0,4}?(?:today|now|nowadays|currently)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”')\]]*\s+(?=[A-Z\"“(\[])|\n\s*\n")
_REACH = 400


class Period(NamedTuple):
    words: str
    first_year: int
    last_year: int


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    low = max(0, start - _REACH)
    begin = low
    # (up to the claim's first character, which the look ahead for a capital must see: a
    # claim that begins its sentence, "Ten days were omitted", is not of the one before)
    for match in _SENTENCE_END.finditer(text, low, start + 1):
        begin = match.end()
    following = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return begin, following.start() + 1 if following else min(len(text), end + _REACH)


def _century(text: str, start: int, end: int) -> Period | None:
    """The century named between *start* and *end* ("the 19th century", "the 1800s")."""
    for match in _CENTURY.finditer(text, start, end):
        if match.group("d"):
            first = int(match.group("d")) * 100
            return Period(f"the {first}s", first, first + 99)
        if match.group("c"):
            if not _CENTURY_AFTER.match(text, match.end()):
                continue
            number = int(match.group("c"))
        else:
            number = _ORDINALS[match.group("w").lower()]
        first = (number - 1) * 100 + 1
        return Period(f"the {match.group()} century", first, first + 99)
    return None


def _nearest_year(text: str, start: int, end: int, claim: re.Match[str]) -> Period | None:
    found = [(abs(m.start() - claim.start()), m) for m in YEAR.finditer(text, start, end)]
    if not found:
        return None
    year = int(min(found, key=lambda pair: pair[0])[1].group())
    return Period(str(year), year, year)


def _period(text: str, claim: re.Match[str], bounds: tuple[int, int]) -> Period | None:
    """The period a claim is about: a century named right after it (before the next
    claim) or right before it, else the nearest year of its sentence."""
    begin, end = bounds
    following = _CLAIM.search(text, claim.end(), end)
    after = _century(text, claim.end(), following.start() if following else end)
    if after is not None:
        return after
    before = _century(text, begin, claim.start())
    if before is not None:
        return before
    return _nearest_year(text, begin, end, claim)


def _offsets(period: Period) -> tuple[int, int]:
    return (
        offset_for_julian(period.first_year, 1, 1),
        offset_for_julian(period.last_year, 12, 31),
    )


# Every claim has a number right before "day" ("13 days", "ten days", "13-day"); one
# pass for the letter y, which the regex engine skips to, finds them all at scan speed.
#: The three characters a number ends in: a digit, or the last three letters of ten,
#: nine, eleven, twelve, thirteen and fourteen, in small letters, capitalised ("Ten days
#: were omitted", the others' ends are small) or in capitals ("TWELVE days"), as a
#: sentence or a heading begins (any other mix of cases is no claim the rule looks for).
_WORD_ENDS = ("ten", "ine", "ven", "lve", "een", "Ten", "TEN", "INE", "VEN", "LVE", "EEN")
_NUMBER_END = rf"(?:[\s\S]\d\d|\D\D\d|{'|'.join(_WORD_ENDS)})"
#: What may stand between a number's end and "day", as :data:`_SPACE` or a hyphen.
_SEPARATORS = (" ", "\u00a0", "\u202f", "-", *_NO_BREAKS)
_ONE_CHARACTER = re.escape("".join(sep for sep in _SEPARATORS if len(sep) == 1))
_LAST_CHARACTERS = re.escape("".join(sorted({sep[-1] for sep in _SEPARATORS})))
_DAY_AFTER_NUMBER = re.compile(
    # (a look-behind for the separator's last character first, which fails most y's of a
    # text; then the number's, one for each width of separator: a look-behind has one)
    rf"y(?<=[{_LAST_CHARACTERS}]day)(?:"
    + "|".join(
        f"(?<={_NUMBER_END}{separator}day)"
        for separator in (
            f"[{_ONE_CHARACTER}]",
            *(re.escape(sep) for sep in _SEPARATORS if len(sep) > 1),
        )
    )
    + ")"
)
_BEFORE_DAY = 60
_AFTER_DAY = 60


#: What every claim holds, one of them (the rule's words, see ``check``'s screen): where
#: its number ends (a digit, or the three letters of :data:`_WORD_ENDS` that
#: :data:`_DAY_AFTER_NUMBER` looks back for, in the cases it does), a separator
#: (:data:`_SEPARATORS`), and "day". Most pages without a date have none, nor do most
#: long pages of a dump with dates (Hyperscan's scan of a long text looks for them too:
#: a page where it finds none is spared the pass for the y).
_CLAIM_WORDS = tuple(
    f"{end}{separator}day" for end in (*"0123456789", *_WORD_ENDS) for separator in _SEPARATORS
)


def _claim_matches(text: str) -> Iterator[re.Match[str]]:
    # (No search for "day" first: the pass for the y finds none in a text without one, and
    # in a text of characters of two bytes, a dump page's, it runs faster than that
    # search, which in the rest, most pages, only came before it: 8 ms per pass of the
    # bench dump's 40 MB.)
    end = -1
    for day in _DAY_AFTER_NUMBER.finditer(text):
        if day.start() < end:
            continue
        for claim in _CLAIM.finditer(
            text, max(0, day.start() - _BEFORE_DAY), day.end() + _AFTER_DAY
        ):
            if claim.start() <= day.start() < claim.end():
                end = claim.end()
                yield claim
                break


def _claims(context: ArticleContext) -> Iterator[Finding]:
    text = context.text
    for claim in _claim_matches(text):
        word = next(group for group in claim.groups() if group is not None)
        claimed = int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]
        if _PRESENT.search(text, max(0, claim.start() - 30), claim.start()):
            continue
        if _PRESENT_AFTER.match(text, claim.end(), claim.end() + 40):
            continue
        bounds = _sentence(text, claim.start(), claim.end())
        if _CALENDAR_WORD.search(text, *bounds) is None:
            continue
        period = _period(text, claim, bounds)
        if period is None:
            continue
        low, high = _offsets(period)
        if low == high and claimed == low:
            continue
        wording = wording_at(text, claim.start(), claim.end())
        message = _message(claim.group(), claimed, period, low, high, wording)
        if message is None:
            continue
        severity, words = message
        span = context.span(claim.start(), claim.end())
        yield Finding.at(span, OFFSET_CLAIM.code, severity, words)


def _message(
    written: str, claimed: int, period: Period, low: int, high: int, wording: Wording
) -> tuple[Severity, str] | None:
    if low == high:
        return "warning", (
            f'"{written}": the calendars were {days(low)} apart in {period.words}, not {claimed}'
        )
    if period.first_year == period.last_year:
        return None  # the offset changed that year; only the day would tell
    middle = offset_for_julian((period.first_year + period.last_year) // 2, 7, 1)
    spans = _spans(period, low, wording)
    if claimed == middle:
        return "info", f'"{written}" holds for most of {period.words}, not all: {spans}'
    return "warning", f'"{written}": {spans}'


def _spans(period: Period, first_offset: int, wording: Wording) -> str:
    """``in the 19th century the calendars were 12 days apart until 29 February 1900
    O.S., and 13 days from 1 March 1900 O.S. (14 March N.S.)``."""
    parts = [f"in {period.words} the calendars were {days(first_offset)} apart"]
    for year in range(period.first_year, period.last_year + 1):
        before, after = offset_for_julian(year, 2, 28), offset_for_julian(year, 3, 1)
        if before == after:
            continue
        first_day = julian_to_gregorian(year, 3, 1)
        parts.append(
            f"until {day_words((year, 2, 29), wording)} O.S., and {days(after)} from "
            f"{day_words((year, 3, 1), wording)} O.S. ({day_words(first_day, wording)} N.S.)"
        )
    return " ".join(parts)


OFFSET_CLAIM = Rule(
    code="JG403",
    name="offset-claim",
    severity="warning",
    summary="The text gives the difference between the calendars wrong for its period.",
    about=Explanation(
        what=(
            'Checks what a sentence says of the difference between the calendars ("then 12 days '
            'behind the Gregorian", "omitting 10 days") against the nearest year of its sentence, '
            "or a century named beside it: a warning when the number never held then, information "
            "when it held for only part of the century."
        ),
        why=(
            "The offset was 10 days from 1582, 11 from 1 March 1700 (O.S.), 12 from 1 March 1800 "
            "and 13 from 1 March 1900: a wrong number misleads every reader who converts a date "
            'by it, and "12 days behind in the 19th century" misses March to December 1900.'
        ),
        example="In 1917 the Julian calendar was 12 days behind the Gregorian calendar.",
        fix="No automatic fix: reword the claim, or give the date it is true for.",
    ),
    run=_claims,
    needs_items=False,
    words=_CLAIM_WORDS,
)

RULES: tuple[Rule, ...] = (OFFSET_CLAIM,)

__all__ = [
    "OFFSET_CLAIM",
    "RULES",
    "Period",
]
