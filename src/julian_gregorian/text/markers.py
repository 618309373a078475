"""The words that say which calendar a date is in, and their look-alikes.

Regex fragments without groups, in pairs (``OLD_…`` for Old Style / Julian, ``NEW_…``
for New Style / Gregorian) grouped by how they begin, because the tokenizer looks for
each group where it can start: ``…_CAPITAL`` (``O.S.``, ``O. S.``, ``OS``, ``Old Style``,
``Julian calendar``, ``N.S.``, ``Gregorian``), ``…_SCRIPT`` (Russian ``ст. ст.``, ``по
новому стилю``, Greek ``π.η.``) and ``…_SMALL`` (``old style``, Latin ``st.v.``, German
``a. St.``, Polish ``st. st.``). ``LEAD_IN`` is what may stand before a marker without
separating it from its date (``according to the modern``).

What looks like a marker but is not one is excluded here, where the marker is defined:
religious orders after a name (``O.S.A.``, ``O.S.B.``), acronyms with more letters
(``S.O.S.``, ``G.R.O.S.S.``), the Ordnance Survey (``O.S. map``), typefaces (``Goudy Old
Style``), the Julian day of astronomers, and the statute "Calendar (New Style) Act 1750".
Nova Scotia (``Wolfville, N.S.``), series numbers (``N.S. 13``) and ship prefixes (``NS
Lenin``) are markers by their letters; they are never read because no date stands next
to them, which the shapes require.
"""

from __future__ import annotations

# A marker is an abbreviation only when it is not a piece of a longer one: no letter or
# dot right before, no letter right after, and no further initial ("O.S.B.", "N.S.W.").
_BEFORE = r"(?<![\w.])"
_AFTER = r"(?!\w)(?!\s?[A-Z]\.)"

_CALENDAR_WORD = r"(?:[\s-](?:[Cc]alendars?|[Rr]eckoning|[Ss]tyle))?(?:\s(?:dates?|date was))?"

# Checked right after the "O" of "Old", so that the regex engine tests them only there.
_TYPEFACES = "".join(
    rf"(?<!{name}\sO)" for name in ("Goudy", "Caslon", "Bookman", "Century", "Garamond", "Bodoni")
)

_OLD_ABBREVIATIONS = (
    rf"{_BEFORE}(?:O\.\s?S\.|O\.S(?!\.)|OS)(?!\s(?:[Mm]aps?|[Ss]heets?|[Gg]rid)\b){_AFTER}"
)
_NEW_ABBREVIATIONS = rf"{_BEFORE}(?:N\.\s?S\.|N\.S(?!\.)|NS){_AFTER}"

_NOT_TYPE = r"(?![\s-](?:figures|numerals|serif|typeface|fonts?|type)\b)"
_NOT_ACT = r"(?!\)?\s?Act\b)"

_OLD_WORDS = rf"O{_TYPEFACES}(?:ld[\s-][Ss]tyle|LD STYLE){_CALENDAR_WORD}{_NOT_TYPE}"
_NEW_WORDS = rf"N(?<!Calendar\s\(N)(?:ew[\s-][Ss]tyle|EW STYLE){_CALENDAR_WORD}{_NOT_ACT}"
_OLD_LOWER = rf"o(?<![\w-]o)ld[\s-][Ss]tyle{_CALENDAR_WORD}{_NOT_TYPE}"
_NEW_LOWER = rf"n(?<![\w-]n)ew[\s-][Ss]tyle{_CALENDAR_WORD}{_NOT_ACT}"

_JULIAN = (
    rf"(?:Old\s)?Julian{_CALENDAR_WORD}"
    r"(?![\s-](?:[Dd]ays?|[Yy]ears?|[Dd]ay\s[Nn]umber|[A-Z][a-z]|of|the|and)\b)"
)
_GREGORIAN = (
    rf"Gregorian{_CALENDAR_WORD}"
    r"(?![\s-](?:[Cc]hants?|[Mm]odes?|[Rr]eform|[Ss]acramentary|[Mm]ission|[A-Z][a-z])\b)"
)

#: Russian and Greek markers, in their own scripts.
OLD_SCRIPT = "|".join(
    (
        r"π\.\s?η\.",  # Greek παλαιό ημερολόγιο
        r"(?:по\s)?ст\.\s?ст\.",  # Russian
        r"(?:по\s)?старому\sстилю",
        r"старого\sстиля",
        r"(?:по\s)?юлианскому\sкалендарю",
        r"юлианского\sкалендаря",
        r"(?:за\s)?старим\sстилем",  # Ukrainian
        r"(?:за\s)?юліанським\sкалендарем",
    )
)
NEW_SCRIPT = "|".join(
    (
        r"ν\.\s?η\.",
        r"(?:по\s)?н\.\s?ст\.",
        r"(?:по\s)?новому\sстилю",
        r"нового\sстиля",
        r"(?:по\s)?григорианскому\sкалендарю",
        r"григорианского\sкалендаря",
        r"(?:за\s)?новим\sстилем",
        r"(?:за\s)?григоріанським\sкалендарем",
    )
)
# Latin, German and Polish abbreviations, mostly in small letters. Every alternative
# begins with a literal letter (the check for a word start comes after it), so that the
# regex engine can skip to the letters they begin with.
_OLD_LATIN = "|".join(
    (
        r"s(?<![\w.]s)t\.\s?v\.",  # Latin stili veteris
        r"S(?<![\w.]S)t\.\s?[Vv]\.",
        r"s(?<!\ws)til[io]\svetere?(?:is)?",
        r"a(?<![\w.]a)\.\s?St\.",  # German alten Stils
        r"a(?<!\wa)lten\sStils",
        r"w(?<!\ww)(?:g|edług)\s(?:st\.\s?st\.|starego\sstylu)",  # Polish
        r"s(?<![\w.]s)t\.\s?st\.",
        r"s(?<!\ws)tarego\sstylu",
        r"w(?<!\ww)(?:edług|g)\s(?:kalendarza\sjuliańskiego|starego\sstylu)",
        # kalendarza juliańskiego, kalendarzem juliańskim, kalendarz juliański; the
        # "Russian calendar" of Polish texts on Russia is the Julian one
        r"k(?<!\wk)alendarz(?:a|em|u)?\s(?:juliańsk|rosyjsk)(?:iego|im|i)\b",
        r"j(?<!\wj)uliańsk(?:iego|im|i)(?:\skalendarz(?:a|em|u)?\b)?",
        r"r(?<!\wr)osyjskiego\skalendarza",
        r"s(?<!\ws)tar(?:y|ym)\sstyl(?:u|\b)",
    )
)
_NEW_LATIN = "|".join(
    (
        r"s(?<![\w.]s)t\.\s?n\.",
        r"S(?<![\w.]S)t\.\s?[Nn]\.",
        r"s(?<!\ws)til[io]\snov[io]",
        r"n(?<![\w.]n)\.\s?St\.",
        r"n(?<!\wn)euen\sStils",
        r"w(?<!\ww)(?:g|edług)\s(?:n\.\s?st\.|nowego\sstylu)",
        r"n(?<![\w.]n)\.\s?st\.",
        r"n(?<!\wn)owego\sstylu",
        r"w(?<!\ww)(?:edług|g)\s(?:kalendarza\sgregoriańskiego|nowego\sstylu)",
        r"k(?<!\wk)alendarz(?:a|em|u)?\sgregoriańsk(?:iego|im|i)\b",
        r"g(?<!\wg)regoriańsk(?:iego|im|i)(?:\skalendarz(?:a|em|u)?\b)?",
        r"n(?<!\wn)ow(?:y|ym)\sstyl(?:u|\b)",
    )
)

#: Markers that begin with a capital letter: O.S., Old Style, Julian, N.S., Gregorian...
OLD_CAPITAL = f"{_OLD_ABBREVIATIONS}|{_OLD_WORDS}|{_JULIAN}"
NEW_CAPITAL = f"{_NEW_ABBREVIATIONS}|{_NEW_WORDS}|{_GREGORIAN}"
#: Markers that begin with a small Latin letter (old style, st.v., a. St., wg st. st.);
#: every alternative begins with a literal letter.
OLD_SMALL = f"{_OLD_LOWER}|{_OLD_LATIN}"
NEW_SMALL = f"{_NEW_LOWER}|{_NEW_LATIN}"
#: Which calendar a small-letter marker names (it matched OLD_SMALL or NEW_SMALL).
OLD_SMALL_WHOLE = f"(?:{OLD_SMALL})"

#: Words that lead into a marker without changing it: "according to the (modern)".
LEAD_IN = (
    r"(?i:\s*(?:(?:in|by|of|under|according\s+to|on|as\s+per|wg|według|zgodnie\s+z"
    r"|za|по)\s+)?(?:the\s+)?"
    r"(?:(?:modern|then[- ]used|then|contemporary|standard|old|proleptic|traditional)\s+)?)"
)
