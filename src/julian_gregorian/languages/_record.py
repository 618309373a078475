"""The record of one language: every word the extractor and the checker know it by.

A :class:`Language` is plain data. The matchers (the prefilter's anchors, the
tokenizer's month and marker patterns, the checker's month words and the fixes that
write a month in the text's own words) are generated from all the records in
:mod:`julian_gregorian.languages`; nothing here is a regular expression except
``old_patterns`` / ``new_patterns``, kept for markers whose look-alikes need more than a
phrase can say: English ``O.S.B.`` and ``Goudy Old Style``, Romanian ``S. N.`` (a
person's initials), the Russian and Ukrainian style's adjective alone (``по новому``,
read only at its clause's end, never in ``по новому закону``).

Phrases (markers, lead-ins, joiners) are written as they are printed, with one space
where the text has any space and a full stop where it has one: ``"ст. ст."`` also reads
``ст.ст.`` and ``ст.  ст.``; a phrase that begins with a small letter is read
capitalised too (``Stil vechi`` at the start of a sentence).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

#: A row of twelve month words, January first.
MonthRow = tuple[str, str, str, str, str, str, str, str, str, str, str, str]


#: The layouts of a wiki date template's positional parameters, as
#: :mod:`julian_gregorian.text._read.templates` reads them:
#: the N.S. date, the year, the O.S. date (``{{OldStyleDate|2 February|1905|20 January}}``);
NEW_YEAR_OLD = "new|year|old"
#: the N.S. date, the O.S. date, no year (``{{OldStyleDateNY|March 31|March 20}}``);
NEW_OLD = "new|old"
#: the O.S. date, the year, the N.S. date (``{{OS2NS|20 January|1905|2 February}}``);
OLD_YEAR_NEW = "old|year|new"
#: the N.S. day, month and year, then the O.S. day, month and year, the last two left
#: out where they are the N.S. ones (``{{OldStyleDate|4|января|1915|22|декабря|1914}}``);
NEW_PARTS_OLD_PARTS = "new day|month|year|old day|month|year"
#: the Julian date alone as day.month.year, the N.S. date computed by the template
#: (``{{СС3|8.4.1765}}``).
JULIAN_NUMERIC = "julian d.m.y"

#: The end of a clause, as a lookahead for a record's ``old_patterns`` / ``new_patterns``:
#: a comma, a full stop, a bracket, a dash, or the end of the text. The Russian and
#: Ukrainian style's adjective alone (``по новому.``, ``за новим.``) is a marker only
#: before it.
CLAUSE_END = r"(?=\s*(?:[,;:.!?)\]—–]|$))"


@dataclass(frozen=True)
class DateTemplate:
    """A wiki template that writes an O.S./N.S. date, as its wiki documents it."""

    #: The template's name as written (the first letter's case does not matter).
    name: str
    #: One of the layouts above.
    layout: str
    #: The shape its items report (``template_OldStyleDate``).
    shape: str


@dataclass(frozen=True)
class Language:
    """All the project knows of one language; see the module docstring for phrases."""

    #: ISO 639-1 code (``ru``), with a script where one language has two (``sr-Latn``).
    code: str
    #: The language's English name.
    name: str
    #: Month names in small letters, one row per case form; the first row is the form
    #: written after a day number (``25 октября``), which a fix writes.
    months: tuple[MonthRow, ...]
    #: Abbreviations, one row per style, written with or without a full stop; a month
    #: that has none repeats its full name.
    abbreviations: tuple[MonthRow, ...] = ()
    #: Month names are proper nouns, written with a capital (English, German): a small
    #: ``may`` or ``march`` is a verb, not read.
    capitalised: bool = False
    #: Dates are written month first too (``February 22, 1732``).
    month_first: bool = False
    #: Months are written as Roman numerals too (``25 X (7 XI) 1917``).
    roman_months: bool = False
    #: What may follow a day number: ``st`` (``1st``), ``er`` (``1er``), ``-го``.
    ordinal_suffixes: tuple[str, ...] = ()
    #: Ordinal suffixes that follow some last digits of a day only, with those digits:
    #: the older English ``d`` of ``2d``, ``3d``, ``22d``, never of ``6d`` (pence).
    ordinal_suffix_digits: tuple[tuple[str, str], ...] = ()
    #: Day numbers written as words, one tuple of forms per day 1..31 (or empty).
    day_words: tuple[tuple[str, ...], ...] = ()
    #: A word between the day and the month (``of``, ``de``) or the month and the year.
    month_links: tuple[str, ...] = ()
    #: A word between a month written first and its day, before an ordinal day only
    #: (English "March the 4th, 1701/2", "February the 22d").
    month_first_links: tuple[str, ...] = ()
    year_links: tuple[str, ...] = ()
    #: Words after a year that belong to it (``года``, ``roku``, ``m.``).
    year_words: tuple[str, ...] = ()
    #: Dates are written year first too, the year followed by one of ``year_words``
    #: (Lithuanian ``1862 m. spalio 21 d.``, Latvian ``1862. gada 21. oktobrī``).
    year_first: bool = False
    #: The characters a date in numbers writes after its year, month and day, with no
    #: space (Japanese ``1672年6月9日``).
    date_units: tuple[str, str, str] | tuple[()] = ()
    #: Words after a day number that belong to it (Lithuanian ``21 d.``, "day").
    day_after_words: tuple[str, ...] = ()
    #: Words joining the first and the last day of a range (``to``, ``bis``, ``al``), the
    #: two days of a night (``с 24 на 25 октября``) and two days of one month (``8 і 9
    #: листопада``: its ``and``).
    range_words: tuple[str, ...] = ()
    #: Eras after a year: before Christ (``BC``, ``a.C.``) and after (``AD``, ``d.C.``).
    bc_eras: tuple[str, ...] = ()
    ad_eras: tuple[str, ...] = ()
    #: Markers of the Julian (O.S.) and the Gregorian (N.S.) calendar, as phrases.
    old_markers: tuple[str, ...] = ()
    new_markers: tuple[str, ...] = ()
    #: The markers a letter's dateline writes between a day and month and their year,
    #: after the day's full stop (``Hague, Octob. 2. S. N. 1668.``), as phrases. Only
    #: these are read so: a full stop after a date ends the sentence before an undotted
    #: ``OS 2200`` (an operating system) or ``NS 1700`` (a locomotive class).
    dateline_markers: tuple[str, ...] = ()
    #: A bare ``N.S.`` after a date of 1 January to 24 March before 1753 may name only
    #: the year counted from 1 January, the day being Julian (England and its colonies
    #: began the year on 25 March and kept the Julian calendar until 1752): where the
    #: language's dates were written so, such a date is read as a dual year.
    new_style_year: bool = False
    #: The language's function words (prepositions, pronouns, articles, conjunctions,
    #: auxiliaries) and the cases of its word for "year" not in ``year_words``, in small
    #: letters: a number before one of them counts nothing, so a year printed apart from
    #: its date and its ``N.S.`` stays a year of dual dating before them ("22 February
    #: [N.S.] 1732 in Westmoreland County"; "1700 soldiers" may be a count). Not the
    #: plural that counts years ("понад 1700 років"). Every language's are used
    #: (:mod:`julian_gregorian.text._read.counts`).
    function_words: tuple[str, ...] = ()
    #: Words that make the number after them a year whatever word follows it ("in
    #: 1700 were born", "в 1700 началась война", "примерно в 1700"). A number counts
    #: (and is neither a date's year nor a context year) only after one of
    #: ``count_leads`` or before one of ``count_followers``; never for a comma or a
    #: bracket before it alone.
    year_prepositions: tuple[str, ...] = ()
    #: Words before a number that make it a count ("over 1700 soldiers", "около 1700
    #: солдат", "had 1712 men"), unless one of the same record's function words or any
    #: record's year word follows it ("около 1700 года"); or two words, the second
    #: maybe a year preposition ("πάνω από 1917", "больш за 1700 гадоў"). A number
    #: listed after a count (a comma or one of ``range_words`` between) counts too.
    count_leads: tuple[str, ...] = ()
    #: Words after a number that make it a count ("1700 were killed").
    count_followers: tuple[str, ...] = ()
    #: Words after a number that keep it a year even after one of the same record's
    #: ``count_leads``, though no function words: what is done to a year written on a
    #: thing ("the lintel has 1650 carved over the door", "a bell with 1700 cast into
    #: it"). In small letters.
    inscription_words: tuple[str, ...] = ()
    #: Nouns a number counts in the prose dates are found in (people, soldiers,
    #: inhabitants, horses, ships, guns, houses), in small letters, in the forms they
    #: take after a number: a number that opens its sentence before one of them, written
    #: as the language writes its nouns, is a doubtful context year ("1650 men marched
    #: out", "1650 человек вышли", "1650 Mann zogen aus":
    #: :func:`~julian_gregorian.text._read.counts.may_be_counted`). Any other word after
    #: such a number leaves it a year ("1812 proved decisive", "1789 marque", "1709
    #: innebar"): a year opens a sentence before a verb far more often than a count
    #: before a noun, and no list of verbs could be whole. A language without them has
    #: no doubtful years.
    counted_nouns: tuple[str, ...] = ()
    #: Every noun is written with a capital (German): a count lead's counted noun and
    #: one of ``counted_nouns`` after a number count only capitalised ("rund 1650 Mann",
    #: "1650 Mann zogen aus"); a word in small letters there is a verb, the year's
    #: ("etwa 1650 erbaut"). In the other languages the other way round.
    nouns_capitalised: bool = False
    #: Markers as regular expression fragments (no groups), beginning with a literal
    #: letter, for markers whose look-alikes a phrase cannot tell apart.
    old_patterns: tuple[str, ...] = ()
    new_patterns: tuple[str, ...] = ()
    #: Markers printed glued to the month or year before them, as a rendered page prints
    #: a superscript (German and Portuguese Wikipedia: ``8. Märzjul. / 20. März 1820greg.``):
    #: read only so glued, since standing alone they are words (Swedish ``jul.``, July).
    glued_old_markers: tuple[str, ...] = ()
    glued_new_markers: tuple[str, ...] = ()
    #: Words that lead into a marker without separating it from its date (``nach dem``).
    lead_ins: tuple[str, ...] = ()
    #: Words that join the two dates of one day (``or``, ``i.e.``, ``или``).
    joiners: tuple[str, ...] = ()
    #: The language's typography lets a dash between spaces stand for the verb a
    #: sentence leaves out between a date and the marker after it (Russian ``3 марта —
    #: по новому стилю``, "3 March [is] in the new style"): such a dash, an em or en dash
    #: between spaces, then joins the date and its marker as a space would (any of the
    #: record's markers, its patterns too: ``7 ноября — по новому.``). Not where a date
    #: follows the marker (``— по новому стилю 7 ноября``, ``— по новому стилю, 7
    #: ноября.`` name the calendar of the date after it), and never between two dates
    #: (a range).
    dash_before_marker: bool = False
    #: Words in small letters that, between a marker opening a bracket and the date in
    #: it, say the date is another source's or another event's (``O.S., other sources
    #: give 14 June``, ``по ст. ст., родился 1 июня``): no partner of the date before
    #: the bracket, however near. Calendar explanations (``in the Julian calendar, then
    #: still used in Russia, 27 June``) keep the pair, an error if the days are off.
    other_accounts: tuple[str, ...] = ()
    #: Words that label a number in a reference (``vol.``, ``issue``, ``número``): two
    #: days of one month right after one, before a link to the month, are a number and
    #: its other reading, no pair ("See Vol. 3 (15) of March 1858", "El número 3 (15) de
    #: marzo de 1858"). Any case in the text.
    bibliographic_words: tuple[str, ...] = ()
    #: Phrases that introduce a feast or commemoration date, in small letters, each a
    #: whole word or phrase (any case in the text): a church's feast days (``Память
    #: совершается 12 (25) мая``) are given in both calendars with today's difference and
    #: no year, so a pair that such a phrase governs (before it in its clause, or opening
    #: a list with a colon) in a sentence with no year is read as a yearly date
    #: (:mod:`julian_gregorian.text._link.yearly`). Only phrases that name a feast in real
    #: usage: ``celebrated``, ``отмечается``, ``в память`` are common prose about events.
    recurrence_words: tuple[str, ...] = ()
    #: Words saying "every year" or naming the kind of year (``ежегодно``, ``every
    #: year``, ``в високосный год``): they make a pair yearly only right next to it.
    every_year_words: tuple[str, ...] = ()
    #: Weekday names, Monday first, and their usual short forms (for ``strftime``).
    weekdays: tuple[str, ...] = ()
    weekday_abbreviations: tuple[str, ...] = ()
    #: The date templates of this language's Wikipedia (its wikitext holds them).
    date_templates: tuple[DateTemplate, ...] = ()
    #: Further names of this record (``nb``, ``nn`` for Norwegian).
    aliases: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for row in (*self.months, *self.abbreviations):
            if len(row) != 12:
                raise ValueError(f"{self.code}: a month row has {len(row)} words, not 12")
        if self.day_words and len(self.day_words) != 31:
            raise ValueError(f"{self.code}: day words for {len(self.day_words)} days, not 31")
        for names in (self.weekdays, self.weekday_abbreviations):
            if names and len(names) != 7:
                raise ValueError(f"{self.code}: {len(names)} weekday names, not 7")

    @property
    def markers(self) -> tuple[str, ...]:
        """Every marker phrase of both calendars."""
        return self.old_markers + self.new_markers

    def month_forms(self) -> dict[str, int]:
        """Every month word (small letters, no full stop) -> its month number."""
        forms: dict[str, int] = {}
        for row in (*self.months, *self.abbreviations):
            for number, word in enumerate(row, start=1):
                forms.setdefault(word, number)
        return forms


def row(words: str) -> MonthRow:
    """Twelve month words written as one string, January first: ``row("jan feb … dec")``."""
    found = tuple(words.split())
    if len(found) != 12:
        raise ValueError(f"a month row needs 12 words, not {len(found)}: {words!r}")
    return cast(MonthRow, found)
