"""Fuzz ``extract``, ``check``, ``--fix`` and the GEDCOM and Wikidata readers.

Documents are built from the fragments real articles use: markers in every language the
extractor reads, month names and abbreviations, days in several digit scripts, ordinals,
brackets, slashes, ranges, dual years, the Old Style templates, wiki markup, tables and
infoboxes. Each document goes through ``extract``, then ``check`` with a fix side, then
the fixes are applied and the fixed text is checked again: a second round of fixes must
change nothing. GEDCOM payloads and Wikidata time values are built from their grammar's
pieces (and wrong ones); the readers may refuse them only with the library's documented
exceptions (``JulianGregorianError``), and what they accept must format and read back.

One generator serves two drivers. The test suite draws documents with Hypothesis
(``tests/test_fuzz.py``, a bounded derandomized run); this script draws them from a seeded
``random.Random`` so that it runs any number of documents, keeps going after a failure,
groups failures by where they happen and prints each with a minimal reproducer::

    python benchmarks/fuzz.py --count 1000000 --seed 1
    python benchmarks/fuzz.py --count 20000 --target gedcom
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from julian_gregorian import check, extract
from julian_gregorian.checks._fixes import apply_fixes
from julian_gregorian.checks.context import FIX_SIDES
from julian_gregorian.errors import JulianGregorianError
from julian_gregorian.formats.gedcom import (
    format_gedcom_date,
    gedcom7_payload,
    parse_gedcom_date,
)
from julian_gregorian.formats.wikidata import format_wikidata_time, parse_wikidata_time
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._vocabulary.lexicon import FULL_NAMES, MONTH_WORDS

T = TypeVar("T")


class Chooser(Protocol):
    """Where the generator's choices come from: Hypothesis draws or a ``random.Random``."""

    def pick(self, options: Sequence[T]) -> T: ...

    def number(self, low: int, high: int) -> int: ...


class RandomChooser:
    """Choices from a seeded ``random.Random`` (the on-demand driver)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def pick(self, options: Sequence[T]) -> T:
        return options[self._rng.randrange(len(options))]

    def number(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)


# --- Fragments of articles -------------------------------------------------------------

OLD_MARKERS = (
    "O.S.", "O. S.", "OS", "O.S", "Old Style", "old style", "Old Style calendar",
    "Julian", "Julian calendar", "by the Julian calendar", "according to the Julian calendar",
    "ст. ст.", "по старому стилю", "старого стиля", "по юлианскому календарю",
    "за старим стилем", "π.η.", "st.v.", "St. V.", "stilo vetere", "a. St.", "alten Stils",
    "st. st.", "wg st. st.", "starego stylu", "według kalendarza juliańskiego",
)  # fmt: skip
NEW_MARKERS = (
    "N.S.", "N. S.", "NS", "N.S", "New Style", "new style", "New Style calendar",
    "Gregorian", "Gregorian calendar", "in the Gregorian calendar", "by the modern calendar",
    "н. ст.", "по новому стилю", "нового стиля", "по григорианскому календарю",
    "за новим стилем", "ν.η.", "st.n.", "stilo novo", "n. St.", "neuen Stils",
    "n. st.", "nowego stylu", "według kalendarza gregoriańskiego",
)  # fmt: skip
#: Every language record's phrases, so that a language added later is fuzzed too.
RECORD_OLD_MARKERS = tuple(m for lang in LANGUAGES for m in lang.old_markers)
RECORD_NEW_MARKERS = tuple(m for lang in LANGUAGES for m in lang.new_markers)
RECORD_SUFFIXES = tuple(sorted({s for lang in LANGUAGES for s in lang.ordinal_suffixes}))
RECORD_DAY_WORDS = tuple(
    (number, form)
    for lang in LANGUAGES
    for number, forms in enumerate(lang.day_words, start=1)
    for form in forms
)
RECORD_YEAR_WORDS = tuple(sorted({w for lang in LANGUAGES for w in lang.year_words}))
RECORD_RANGE_WORDS = tuple(sorted({w for lang in LANGUAGES for w in lang.range_words}))
RECORD_JOINERS = tuple(sorted({w for lang in LANGUAGES for w in lang.joiners}))
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LOOKALIKES = ("O.S.B.", "S.O.S.", "O.S. map", "Goudy Old Style", "NS Lenin", "N.S.W.", "Julian day")
MONTHS = tuple(sorted({name for names in FULL_NAMES.values() for name in names} | set(MONTH_WORDS)))
ENGLISH_MONTHS = FULL_NAMES["en"]
#: Digits 0-9 of scripts Python's int() reads, and the superscripts it does not.
DIGIT_SCRIPTS = (
    "0123456789",
    "٠١٢٣٤٥٦٧٨٩",  # Arabic-Indic
    "۰۱۲۳۴۵۶۷۸۹",  # Extended Arabic-Indic
    "०१२३४५६७८९",  # Devanagari
    "০১২৩৪৫৬৭৮৯",  # Bengali
    "０１２３４５６７８９",  # fullwidth
    "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",  # mathematical bold
    "⁰¹²³⁴⁵⁶⁷⁸⁹",  # superscripts: isdigit() but not decimal
)
RIGHT_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
SUFFIXES = ("st", "nd", "rd", "th")
WORDS = (
    "He wrote on", "the battle of", "was born", "died", "and", "in", "on", "from", "to",
    "until", "between", "the treaty was signed", "or", "i.e.", "that is", "Peter I",
    "года", "roku", "Jahres", "the year", "of", "Easter", "Lady Day", "new year",
)  # fmt: skip
PUNCTUATION = (
    " ", " ", " ", ", ", ". ", "; ", ": ", "–", "—", "-", "/", "(", ")", "[", "]",
    "\u00a0", "\n", "\n\n", " – ", "⁄", "\u2009", "|",
)  # fmt: skip
MARKUP = (
    "'''", "''", "[[", "]]", "[[1917|", "<b>", "</b>", "<ref>", "</ref>", '<ref name="a"/>',
    "<br>", "<br />", "{{small|", "{{nowrap|", "{{bracket|", "}}", "{{", "|", "[1]", "<!--",
    "-->", "&nbsp;", "{{ref|a}}", "{{efn|", "{{sfn|Smith|1990|p=3}}", "== History ==\n",
    "{|\n", "|-\n", "! Gregorian !! Julian\n", "| ", " || ", "|}\n",
    "{{Infobox person\n| birth_date = ", "\n| death_date = ", "\n}}",
)  # fmt: skip
TEMPLATES = (
    "OldStyleDate", "OldStyleDateDY", "OldStyleDateNY", "Old Style Date", "OS2NS",
    "Old Style to New Style", "Birth date", "Death date", "Start date", "dts",
)  # fmt: skip


@dataclass(frozen=True)
class Profile:
    """Which kinds of input the generator may produce.

    ``known_defects`` lets in the inputs of issue 11's first item (a wrong ordinal such
    as ``11st`` or ``23th``, a day in non-ASCII digits, a number split by markup before
    its suffix), which crashed the extractor until it was fixed; leaving them out
    measures the rest alone.
    """

    known_defects: bool = True
    max_pieces: int = 14


def year(c: Chooser) -> int:
    kind = c.number(0, 9)
    if kind <= 3:
        return c.number(1582, 1923)
    if kind <= 5:  # century years and 400-year cycle ends, and the year before or after
        return c.pick((100, 200, 300, 400, 1500, 1600, 1700, 1800, 1900, 2000, 2100)) + (
            c.number(-1, 1)
        )
    if kind == 6:
        return c.number(1, 9999)
    if kind == 7:
        return c.pick((1748, 1749, 1750, 1751, 1752, 1753, 1699, 1917, 1918, 1923, 1582, 1583))
    if kind == 8:
        return c.number(0, 120)
    return c.number(10_000, 10**12)


def day(c: Chooser) -> int:
    kind = c.number(0, 4)
    if kind == 0:
        return c.pick((0, 29, 30, 31, 32, 99))
    return c.number(1, 31)


def digits(c: Chooser, value: int, profile: Profile) -> str:
    text = str(value)
    if profile.known_defects and c.number(0, 15) == 0:
        script = c.pick(DIGIT_SCRIPTS[1:])
        if c.number(0, 1):  # the whole number, or one digit of it
            return "".join(script[int(d)] for d in text)
        position = c.number(0, len(text) - 1)
        return text[:position] + script[int(text[position])] + text[position + 1 :]
    return text


def day_number(c: Chooser, profile: Profile) -> str:
    value = day(c)
    written = digits(c, value, profile)
    kind = c.number(0, 7)
    if kind == 0:
        right = RIGHT_SUFFIX.get(value, "th")
        return written + right
    if kind == 6:  # another language's suffix: 1er, 7-го, 21.
        return written + c.pick((*RECORD_SUFFIXES, "."))
    if kind == 7 and RECORD_DAY_WORDS and c.number(0, 3) == 0:
        return c.pick(RECORD_DAY_WORDS)[1]
    if kind == 1 and profile.known_defects:
        return written + c.pick(SUFFIXES)
    if kind == 2 and profile.known_defects and len(written) > 1:
        return f"{written[0]}<b>{written[1:]}</b>{RIGHT_SUFFIX.get(value, 'th')}"
    return written


def month(c: Chooser) -> str:
    kind = c.number(0, 5)
    if kind <= 2:
        return c.pick(ENGLISH_MONTHS)
    if kind == 3:
        return c.pick(MONTHS).capitalize()
    if kind == 4:
        return c.pick(MONTHS)
    if c.number(0, 3) == 0:
        return c.pick(ROMAN_MONTHS)
    return c.pick(("Feb.", "Sept.", "Mar.", "MARCH", "Octember", "Febr.", "Mär.", "Jänner"))


def date(c: Chooser, profile: Profile, with_year: bool | None = None) -> str:
    d, m = day_number(c, profile), month(c)
    if with_year is None:
        with_year = c.number(0, 2) > 0
    y = ""
    if with_year:
        y = digits(c, year(c), profile)
        if c.number(0, 5) == 0:
            y = f"{y}/{c.pick(('2', '00', '50', '800', '1', '99', '1750'))}"
    order = c.number(0, 2)
    if order == 0:
        return f"{d} {m} {y}".rstrip()
    if order == 1:
        return f"{m} {d}, {y}".rstrip(", ")
    return f"{d}\u00a0{m}\u00a0{y}".rstrip("\u00a0")


def old_marker(c: Chooser) -> str:
    return c.pick(OLD_MARKERS) if c.number(0, 1) else c.pick(RECORD_OLD_MARKERS)


def new_marker(c: Chooser) -> str:
    return c.pick(NEW_MARKERS) if c.number(0, 1) else c.pick(RECORD_NEW_MARKERS)


def pair(c: Chooser, profile: Profile) -> str:
    old, new = old_marker(c), new_marker(c)
    a, b = date(c, profile), date(c, profile, with_year=c.number(0, 1) == 0)
    shape = c.number(0, 9)
    if shape == 0:
        return f"{a} [{old} {b}]"
    if shape == 1:
        return f"{a} ({b} {old})"
    if shape == 2:
        return f"{a} ({old} {b}; {new} {date(c, profile)})"
    if shape == 3:
        return f"{day_number(c, profile)}/{day_number(c, profile)} {month(c)} {year(c)}"
    if shape == 4:
        return f"{day_number(c, profile)} ({day_number(c, profile)}) {month(c)} {year(c)} года"
    if shape == 5:
        return f"{c.number(0, 32)}({c.number(0, 32)}).{c.number(0, 13):02d}.{year(c)}"
    if shape == 6:
        return f"{a} {old}"
    if shape == 7:
        return f"{a} according to the {old_marker(c)} and {b} in the {new}"
    if shape == 8:
        return f"{a} ({old})/ {b}"
    if shape == 9 and c.number(0, 1):
        return f"{a} {c.pick(RECORD_JOINERS)} {b} {c.pick((old, new))}"
    return f"{new} {a} ({old} {b}"


def range_(c: Chooser, profile: Profile) -> str:
    dash = c.pick(("–", "-", " – ", " to ", "—"))
    if c.number(0, 3) == 0:
        dash = f" {c.pick(RECORD_RANGE_WORDS)} "
    m = month(c)
    shape = c.number(0, 2)
    if shape == 0:
        return f"{day_number(c, profile)}{dash}{day_number(c, profile)} {m} {year(c)}"
    if shape == 1:
        left = f"{day_number(c, profile)}{dash}{day_number(c, profile)} {m}"
        right = f"{day_number(c, profile)}{dash}{day_number(c, profile)} {month(c)}"
        return f"{left} [{old_marker(c)} {right}] {year(c)}"
    return f"{date(c, profile)}{dash}{date(c, profile)}"


def template(c: Chooser, profile: Profile) -> str:
    name = c.pick(TEMPLATES)
    count = c.number(0, 6)
    params = []
    for _ in range(count):
        kind = c.number(0, 4)
        if kind == 0:
            params.append(date(c, profile, with_year=False))
        elif kind == 1:
            params.append(str(year(c)))
        elif kind == 2:
            params.append(date(c, profile))
        elif kind == 3:
            params.append(c.pick(("df=y", "", "mf=yes", "{{small|x}}", "[[a|b]]")))
        else:
            params.append(str(c.number(0, 40)))
    body = "{{" + name + "".join("|" + p for p in params)
    return body if c.number(0, 7) == 0 else body + "}}"


def piece(c: Chooser, profile: Profile) -> str:
    kind = c.number(0, 13)
    if kind <= 2:
        return pair(c, profile)
    if kind == 3:
        return range_(c, profile)
    if kind == 4:
        return template(c, profile)
    if kind == 5:
        return date(c, profile)
    if kind == 6:
        return c.pick(
            OLD_MARKERS + NEW_MARKERS + LOOKALIKES + RECORD_OLD_MARKERS + RECORD_NEW_MARKERS
        )
    if kind == 7:
        return c.pick(MARKUP)
    if kind == 8:
        return c.pick(WORDS)
    if kind == 9:
        return f"{year(c)} {c.pick(RECORD_YEAR_WORDS)}" if c.number(0, 2) == 0 else str(year(c))
    if kind == 10:
        return f"{year(c)}/{c.number(0, 1000)}"
    if kind == 11:
        return month(c)
    return c.pick(PUNCTUATION)


def document(c: Chooser, profile: Profile = Profile()) -> str:
    """A text of up to ``profile.max_pieces`` fragments, with separators between them."""
    parts = []
    for _ in range(c.number(1, profile.max_pieces)):
        parts.append(piece(c, profile))
        parts.append(c.pick(PUNCTUATION))
    return "".join(parts)


# --- GEDCOM and Wikidata values --------------------------------------------------------

GEDCOM_WORDS = (
    "ABT", "CAL", "EST", "BEF", "AFT", "BET", "AND", "FROM", "TO", "INT", "abt", "Bet",
    "@#DJULIAN@", "@#DGREGORIAN@", "@#DHEBREW@", "@#DFRENCH R@", "@#DROMAN@", "@#DUNKNOWN@",
    "@#D@", "@#djulian@", "JULIAN", "GREGORIAN", "HEBREW", "FRENCH_R", "B.C.", "BC", "BCE",
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    "feb", "FEBRUARY", "VEND", "TSH", "(Easter Monday)", "(", ")", "()", "/", "@",
)  # fmt: skip


def gedcom_payload(c: Chooser) -> str:
    parts = []
    for _ in range(c.number(0, 9)):
        kind = c.number(0, 5)
        if kind <= 2:
            parts.append(c.pick(GEDCOM_WORDS))
        elif kind == 3:
            parts.append(str(c.number(0, 32)))
        elif kind == 4:
            parts.append(str(year(c)))
        else:
            first = year(c)
            parts.append(f"{first}/{c.pick((str(first + 1)[-2:], str(first + 1)[-1:], '00', '5'))}")
    separator = c.pick((" ", " ", "  ", "\t", ""))
    return separator.join(parts)


WIKIDATA_MODELS = (
    "http://www.wikidata.org/entity/Q1985727",
    "http://www.wikidata.org/entity/Q1985786",
    "https://www.wikidata.org/entity/Q1985786",
    "Q1985727",
    "Q1985786",
    "Q12138",
    "",
    "http://example.org/Q1985786",
)


def wikidata_value(c: Chooser) -> dict[str, Any] | str:
    sign = c.pick(("+", "-", "", "+", "+"))
    width = c.pick((4, 4, 4, 1, 11, 16, 17))
    time_ = (
        f"{sign}{abs(year(c)) % 10**width:0{width}d}-{c.number(0, 13):02d}-{c.number(0, 32):02d}"
        f"T{c.pick(('00:00:00', '12:00:00', '00:00:60'))}{c.pick(('Z', 'Z', '', '+01:00'))}"
    )
    value: dict[str, Any] = {}
    if c.number(0, 9):
        value["time"] = time_
    if c.number(0, 9):
        value["calendarmodel"] = c.pick(WIKIDATA_MODELS)
    for key, options in (
        ("precision", (11, 11, 10, 9, 8, 0, 12, -1, 14, "11", None, 11.0, True)),
        ("timezone", (0, 0, 60, -300, "0", None)),
        ("before", (0, 0, 1, -1, "0")),
        ("after", (0, 0, 2, -1, None)),
    ):
        if c.number(0, 4):
            value[key] = c.pick(options)
    shape = c.number(0, 5)
    if shape == 0:
        return {"type": "time", "value": value}
    if shape == 1:
        return json.dumps(value)
    if shape == 2:
        return json.dumps(value)[: c.number(0, 40)]
    return value


# --- Driving the library ---------------------------------------------------------------


class BrokenPromiseError(AssertionError):
    """An input broke a promise other than by an exception: a fix was not final, ..."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind


def check_text(text: str, fix_side: str, select: Sequence[str] | None) -> None:
    """Extract, check, fix and check again; raise on any broken promise."""
    extract(text)
    findings = check(text, select=select, fix_side=fix_side)  # type: ignore[arg-type]
    for finding in findings:
        if not 0 <= finding.offset <= finding.end_offset <= len(text):
            raise BrokenPromiseError("finding outside the text", str(finding))
    fixes = [finding.fix for finding in findings if finding.fix is not None]
    if not fixes:
        return
    fixed, _ = apply_fixes(text, fixes)
    again = [f.fix for f in check(fixed, select=select, fix_side=fix_side) if f.fix]  # type: ignore[arg-type]
    refixed, _ = apply_fixes(fixed, again)
    if refixed != fixed:
        raise BrokenPromiseError("--fix is not idempotent", f"a second pass changes {fixed!r}")


def check_gedcom(payload: str, version: str) -> None:
    """Read a GEDCOM payload; what is read must be written and read back the same."""
    try:
        value = parse_gedcom_date(payload, version)
    except JulianGregorianError:
        return
    # Written forms are normalised (``1722/3`` is written ``1722/23``), so the promise is
    # that writing what was read back gives the same text again.
    written = format_gedcom_date(value, version)
    again = format_gedcom_date(parse_gedcom_date(written, version), version)
    if again != written:
        raise BrokenPromiseError("GEDCOM round trip", f"{payload!r} -> {written!r} -> {again!r}")
    gedcom7_payload(value)
    for calendar in ("julian", "gregorian"):
        with contextlib.suppress(JulianGregorianError):
            value.convert(calendar)  # type: ignore[arg-type]


def check_wikidata(value: dict[str, Any] | str) -> None:
    """Read a Wikidata time value; what is read must be written and read back the same."""
    try:
        time_ = parse_wikidata_time(value)
    except JulianGregorianError:
        return
    written = format_wikidata_time(time_)
    if parse_wikidata_time(written) != time_:
        raise BrokenPromiseError("Wikidata round trip", f"{value!r} -> {written!r}")
    with contextlib.suppress(JulianGregorianError):
        time_.to_date()
    for calendar in ("julian", "gregorian"):
        with contextlib.suppress(JulianGregorianError):
            time_.convert(calendar)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Case:
    """One generated input and the call that runs it."""

    target: str
    data: Any
    run: Callable[[], None]


def text_case(c: Chooser, profile: Profile) -> Case:
    text = document(c, profile)
    side = c.pick(FIX_SIDES)
    select = c.pick((None, ("ALL",)))
    return Case("text", (text, side, select), lambda: check_text(text, side, select))


def gedcom_case(c: Chooser, profile: Profile) -> Case:
    payload, version = gedcom_payload(c), c.pick(("5.5.1", "7"))
    return Case("gedcom", (payload, version), lambda: check_gedcom(payload, version))


def wikidata_case(c: Chooser, profile: Profile) -> Case:
    value = wikidata_value(c)
    return Case("wikidata", value, lambda: check_wikidata(value))


MAKERS: dict[str, Callable[[Chooser, Profile], Case]] = {
    "text": text_case,
    "gedcom": gedcom_case,
    "wikidata": wikidata_case,
}


# --- The on-demand driver: counts, grouped failures, minimal reproducers ---------------


def signature(error: BaseException) -> str:
    """Where a failure happens: its type and the innermost frame inside the library."""
    frames = traceback.extract_tb(error.__traceback__)
    inside = [frame for frame in frames if "julian_gregorian" in frame.filename]
    where = "?"
    if inside:
        where = f"{inside[-1].filename.split('julian_gregorian/')[-1]}:{inside[-1].lineno}"
    kind = type(error).__name__
    if isinstance(error, BrokenPromiseError):
        kind += ": " + error.kind
    return f"{kind} at {where}"


def failure_of(run: Callable[[], None]) -> str | None:
    try:
        run()
    except Exception as error:  # every exception that escapes is a finding of the fuzzer
        return signature(error)
    return None


def minimise(text: str, fails: Callable[[str], bool], budget: int = 3000) -> str:
    """A shorter *text* that still *fails*: drop chunks, halving their size (ddmin)."""
    chunk = max(len(text) // 2, 1)
    while chunk >= 1 and budget > 0:
        start, shrunk = 0, False
        while start < len(text) and budget > 0:
            candidate = text[:start] + text[start + chunk :]
            budget -= 1
            if candidate != text and fails(candidate):
                text, shrunk = candidate, True
            else:
                start += chunk
        if not shrunk:
            chunk //= 2
    return text


def reproducer(case: Case, found: str) -> str:
    """The smallest input this driver finds for *found*, as a line of Python."""
    if case.target == "text":
        text, side, select = case.data
        small = minimise(text, lambda t: failure_of(lambda: check_text(t, side, select)) == found)
        return f"check_text({small!r}, {side!r}, {select!r})"
    if case.target == "gedcom":
        payload, version = case.data
        small = minimise(payload, lambda t: failure_of(lambda: check_gedcom(t, version)) == found)
        return f"check_gedcom({small!r}, {version!r})"
    return f"check_wikidata({case.data!r})"


@dataclass
class Tally:
    runs: int = 0
    failures: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def fuzz(
    count: int,
    seed: int,
    targets: Sequence[str],
    profile: Profile,
    log: Any,
    examples: int = 1,
) -> Tally:
    """Run *count* inputs; print up to *examples* shrunk inputs of each kind of failure
    (a broken promise has no line of its own to tell two causes apart)."""
    rng = random.Random(seed)
    chooser = RandomChooser(rng)
    tally = Tally()
    started = time.perf_counter()
    for number in range(1, count + 1):
        case = MAKERS[targets[number % len(targets)]](chooser, profile)
        try:
            found = failure_of(case.run)
        except KeyboardInterrupt:  # Ctrl-C ends the run early; the summary still follows
            break
        tally.runs += 1
        if found is not None:
            tally.counts[found] = tally.counts.get(found, 0) + 1
            if tally.counts[found] <= examples:
                small = reproducer(case, found)
                tally.failures.setdefault(found, [small, repr(case.data)])
                print(
                    f"[{number}] {found}\n    {small}\n    from {case.data!r}", file=log, flush=True
                )
        if number % 10_000 == 0:
            rate = number / (time.perf_counter() - started)
            failed = sum(tally.counts.values())
            print(f"{number} inputs, {failed} failing, {rate:.0f}/s", file=log, flush=True)
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs to run (10000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generator (0)")
    parser.add_argument(
        "--target",
        action="append",
        choices=sorted(MAKERS),
        help="what to fuzz (repeatable; default: text, and gedcom and wikidata every 10th)",
    )
    parser.add_argument(
        "--without-known-defects",
        action="store_true",
        help="leave out wrong ordinals, non-ASCII digits and markup inside numbers",
    )
    parser.add_argument(
        "--examples",
        type=int,
        default=20,
        help="shrunk inputs printed for each kind of failure (20)",
    )
    args = parser.parse_args(argv)
    targets = args.target or ["text"] * 8 + ["gedcom", "wikidata"]
    profile = Profile(known_defects=not args.without_known_defects)
    started = time.perf_counter()
    tally = fuzz(args.count, args.seed, targets, profile, sys.stdout, args.examples)
    elapsed = time.perf_counter() - started
    print(
        f"\n{tally.runs} inputs (seed {args.seed}) in {elapsed:.0f} s, "
        f"{tally.runs / elapsed:.0f} per second; {sum(tally.counts.values())} failed"
    )
    for found, count in sorted(tally.counts.items(), key=lambda kv: -kv[1]):
        print(f"  {count:7d}  {found}\n           {tally.failures[found][0]}")
    return 1 if tally.counts else 0


if __name__ == "__main__":
    sys.exit(main())
