"""Hypothesis strategies for hostile documents built from the fragments of real dates.

Markers, month names in several languages, ordinals with every suffix (right or wrong),
digits of several scripts mixed into numbers, markup inside numbers, brackets, slashes
and ranges: the pieces whose unusual combinations the extractor and checker must survive.
"""

from __future__ import annotations

from hypothesis import strategies as st

MARKERS = (
    "O.S.",
    "N.S.",
    "OS",
    "NS",
    "(O.S.)",
    "[OS",
    "(OS",
    "[O.S.",
    "Old Style",
    "New Style",
    "Julian",
    "Gregorian",
    "ст. ст.",
    "н. ст.",
    "st. st.",
    "według kalendarza juliańskiego",
    "п. ст.",
)
MONTHS = (
    "January",
    "Februar",
    "February",
    "March",
    "Nov",
    "Nov.",
    "October",
    "Dec.",
    "сентября",
    "марта",
    "listopada",
    "X",
    "VI",
    "Mai",
)
SUFFIXES = ("", "st", "nd", "rd", "th", "ST", "TH", ".")
#: Digits of other scripts: Arabic-Indic, Devanagari, fullwidth, Bengali, superscripts.
FOREIGN_DIGITS = "١٢٣٠٩१२०९１２０９১২⁰¹²³"
MARKUP = ("<b>", "</b>", "<i>", "''", "'''", "<!-- -->", "&nbsp;", "[[", "]]", "{{", "}}", "|")
PUNCTUATION = (" ", " ", " ", "\n", "\n\n", ",", ".", "(", ")", "[", "]", "/", "–", "-", "—")


def _digits(draw: st.DrawFn) -> str:
    ascii_digits = draw(st.text(alphabet="0123456789", min_size=1, max_size=4))
    if not draw(st.booleans()):
        return ascii_digits
    # Mix a foreign digit or a piece of markup into the number.
    at = draw(st.integers(0, len(ascii_digits)))
    inserted = draw(st.sampled_from([*FOREIGN_DIGITS, *MARKUP]))
    return ascii_digits[:at] + inserted + ascii_digits[at:]


@st.composite
def number(draw: st.DrawFn) -> str:
    """A day or year, possibly with a suffix, a foreign digit or markup inside it."""
    return _digits(draw) + draw(st.sampled_from(SUFFIXES))


@st.composite
def year(draw: st.DrawFn) -> str:
    first = draw(st.integers(1500, 1930))
    if draw(st.integers(0, 4)) == 0:
        return f"{first}/{(first + draw(st.integers(-1, 2))) % 100:02d}"
    return str(first)


@st.composite
def day_and_month(draw: st.DrawFn) -> str:
    """A plausible day and month, day first or month first: ``5 March``, ``Nov 7th``."""
    day = f"{draw(st.integers(1, 31))}{draw(st.sampled_from(SUFFIXES[:5]))}"
    month = draw(st.sampled_from(MONTHS))
    return f"{day} {month}" if draw(st.booleans()) else f"{month} {day}"


def fragment() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(MARKERS),
        st.sampled_from(MONTHS),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(MARKUP),
        number(),
        year(),
        day_and_month(),
        day_and_month(),
        st.text(alphabet=FOREIGN_DIGITS, min_size=1, max_size=4),
    )


@st.composite
def documents(draw: st.DrawFn, max_fragments: int = 24) -> str:
    """Texts joined from date fragments, mostly separated by spaces, some run together."""
    parts = draw(st.lists(fragment(), max_size=max_fragments))
    text = ""
    for part in parts:
        glued = not text or part in PUNCTUATION or draw(st.integers(0, 3)) == 0
        text += part if glued else " " + part
    return text
