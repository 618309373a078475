"""Whether a number in prose counts something rather than names a year.

One word table serves the readers of a date's own year and the context of a date
without one (:mod:`julian_gregorian.text._link.context`): every language record's
``function_words``, ``inscription_words`` and ``year_words`` after a number keep it a
year ("1700 году", "1732 he was born", "has 1650 carved over the door"), as do its
``year_prepositions`` or a month before it ("in 1700 were born", "27 April 1737 of the
old style"); its ``count_leads`` before ("over 1700 soldiers", "около 1700 солдат",
"πάνω από 1700", "had 1700 men") and ``count_followers`` after ("1700 were killed")
make it a count, and so does being listed after a count, joined to it by a comma or one
of the records' ``range_words`` ("had 1712 men and 1650 horses": the list's second
number counts as its first does, though "and" alone makes none, "the Acts of 1862 and
1864 granted"). The words of every language are used, not those of a date's
month: a page's prose need not be in its months' language.

Two strengths are asked for. :func:`counts` needs one of those words: a number printed
right after a date's marker is that date's year otherwise, whatever word follows
("Am 12. März (a. St.) 1700 starb er", the verb second in German, Swedish or French),
and so is a context year after a comma ("November 30, 1700 amid heavy snow", "For
Russia, 1709 brought victory"). :func:`may_count` asks less, for the stronger claim
of a year of dual dating: any word in small letters after the number that no record
lists as following a year ("5 January, N.S., 1700 soldiers landed" is no 1699/1700).
A lead of a language that writes its nouns with a capital (German) counts a
capitalised word only ("rund 1650 Mann"; "etwa 1650 erbaut" is a year).

:func:`may_be_counted` asks of a number that opens its sentence, where neither is
sure, whether the word after it is one of the nouns a number commonly counts, the
records' ``counted_nouns`` ("1650 men marched out"): such a number is a doubtful
context year (:func:`julian_gregorian.text._link.context.doubtful`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._vocabulary.lexicon import month_of

#: The word after a number.
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")
#: The two words before a number (the first may be missing: "над 1700", "πάνω από 1700").
_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+)[ \t\u00a0]+)?([^\W\d_]+)[ \t\u00a0]+\Z")
#: How far before a number the words before it are looked for.
_BEFORE_REACH = 32
#: How far before a number the number of a list before it is looked for: its digits, the
#: word it counts and a joining word.
_LIST_REACH = 48
#: How many numbers of a list are walked back through to one that says whether it counts:
#: a long list of bare numbers ("1600 apples, 1601 apples, ...") would cost the square
#: of its length; its numbers stay years, as all were before lists were read.
_LIST_STEPS = 6


class _Lead(NamedTuple):
    """What a count lead says of the word after the number after it."""

    #: the words that keep the number a year: a word that follows a year in the
    #: languages that list the lead (a function word or an inscription's, "has 1650
    #: carved over the door"), or any record's word for "year" ("had 1712 men" counts,
    #: though Swedish "men" follows a year)
    keep_year: frozenset[str]
    #: whether a language that lists it writes its nouns with a capital: then the
    #: counted noun is capitalised ("rund 1650 Mann") and a word in small letters is a
    #: verb, the year's ("etwa 1650 entstand die Kirche"); else the other way round
    nouns_capitalised: bool


class _Neighbours(NamedTuple):
    after: frozenset[str]  # may follow a year
    before: frozenset[str]  # make the number after them a year
    #: make the number after them a count, unless the word after it says otherwise
    leads: dict[str, _Lead]
    #: the last words of the leads of languages that capitalise their nouns: a
    #: capitalised word after a number makes a count only after one of them, which is
    #: looked for before the words before it are read
    capitalised_lead_ends: frozenset[str]
    followers: frozenset[str]  # make the number before them a count
    #: a number listed after a count with a comma or one of them counts too
    listed_after: re.Pattern[str]
    #: languages whose records list what may follow a year (the others say nothing)
    listed: frozenset[str]


@functools.cache
def _neighbours() -> _Neighbours:
    leads = _leads()
    return _Neighbours(
        frozenset(word for language in LANGUAGES for word in language.function_words)
        | {word for language in LANGUAGES for word in language.inscription_words}
        | _year_words(),
        frozenset(word for language in LANGUAGES for word in language.year_prepositions),
        leads,
        frozenset(key.rsplit(" ", 1)[-1] for key, lead in leads.items() if lead.nouns_capitalised),
        frozenset(word for language in LANGUAGES for word in language.count_followers),
        _list_joint({word for language in LANGUAGES for word in language.range_words}),
        frozenset(language.code for language in LANGUAGES if language.function_words),
    )


@functools.cache
def _year_words() -> frozenset[str]:
    """Every record's words for "year", in small letters, without their full stops."""
    return frozenset(
        word.rstrip(".").lower() for language in LANGUAGES for word in language.year_words
    )


def _leads() -> dict[str, _Lead]:
    year_words = _year_words()
    keep_year: dict[str, set[str]] = {}
    capitalised: set[str] = set()
    for language in LANGUAGES:
        for lead in language.count_leads:
            keep_year.setdefault(lead, set(year_words)).update(
                language.function_words, language.inscription_words
            )
            if language.nouns_capitalised:
                capitalised.add(lead)
    return {lead: _Lead(frozenset(words), lead in capitalised) for lead, words in keep_year.items()}


def _list_joint(joiners: set[str]) -> re.Pattern[str]:
    """A number and the word it may count, then a comma or one of *joiners*, at the end
    of the text searched: what lists a number after another ("1712 men and ", "1,712
    men and ": a count grouped in thousands is whole, as :func:`_judged` needs it)."""
    # (longest first, so that "og den" wins over "og"; spaces as any spacing)
    words = "|".join(
        re.escape(word).replace(r"\ ", r"[ \t\u00a0]+") for word in sorted(joiners, key=len)[::-1]
    )
    return re.compile(
        rf"(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)[ \t\u00a0]+[^\W\d_]+"
        rf"(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+(?i:{words})[ \t\u00a0]+)\Z"
    )


def _word_after(text: str, end: int) -> str | None:
    """The word in small letters right after the number ending at *end*, if any."""
    word = _NEXT_WORD.match(text, end)
    return word.group(1) if word is not None and word.group(1).islower() else None


def may_count(text: str, start: int, end: int, language: str) -> bool:
    """Whether the number ``text[start:end]``, a year of a date in *language*, may count
    the word in small letters after it: no record lists that word as following a year.
    A date whose language's record lists no such words says nothing.

    >>> may_count("5 January, N.S., 1700 soldiers", 17, 21, "en")
    True
    >>> may_count("22 February, N.S., 1732 he was born", 19, 23, "en")
    False
    """
    word = _word_after(text, end)
    neighbours = _neighbours()
    return word is not None and language in neighbours.listed and word not in neighbours.after


@functools.cache
def _counted_nouns() -> dict[str, bool]:
    """Every record's ``counted_nouns``, in small letters -> whether the language that
    lists it writes it capitalised (no noun is listed by a language that capitalises
    nouns and one that does not: tested)."""
    return {
        noun: language.nouns_capitalised
        for language in LANGUAGES
        for noun in language.counted_nouns
    }


def may_be_counted(text: str, end: int) -> bool:
    """Whether the word right after the number that ends at *end* may be the noun it
    counts: one of the records' ``counted_nouns``, written as its language writes
    nouns ("1650 men marched out", "1650 человек вышли", "1650 Mann zogen aus"; not
    "1650 zogen die Truppen aus"). Any other word leaves the number a year: "1812
    proved decisive", "1789 marque", "1709 innebar" open sentences far more often than
    a count does, and no list of the verbs a year is the subject of could be whole.

    Every language's nouns are asked, whatever the text's: a noun of one that is a
    word of another ("men", Swedish "but") is none a sentence opens with after a year.
    Asked of a number that opens its sentence, where a count is as likely as a year
    (:func:`julian_gregorian.text._link.context.doubtful`).

    >>> may_be_counted("1650 men marched out. On 5 March they came.", 4)
    True
    >>> may_be_counted("1812 proved decisive for the war.", 4)
    False
    >>> may_be_counted("1650 Mann zogen aus. Am 5. März kamen sie an.", 4)
    True
    """
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    capitalised = _counted_nouns().get(word.lower())
    return capitalised is not None and word.islower() != capitalised


def counts(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` counts: after a word or two that lead a
    count ("over 1700 soldiers", "понад 1700 років", "πάνω από 1917 άνθρωποι"; not
    "Περίπου το 1700 χτίστηκε", an approximate year), or before a word that follows
    only a count ("1700 were killed"), unless a word that follows a year comes after it
    ("около 1700 года") or a word that makes it a year, or a month, stands right before
    it ("in 1700 were born").

    >>> counts("Over 1700 soldiers died", 5, 9), counts("The Act of 1707 united them", 11, 15)
    (True, False)
    >>> counts("For Russia, 1709 brought victory", 12, 16)
    False
    """
    # (a list walked back from its last number, each judged alone until one is)
    listed_after = _neighbours().listed_after
    for _ in range(_LIST_STEPS):
        verdict = _judged(text, start, end)
        if verdict is not None:
            return verdict
        joint = listed_after.search(text, max(0, start - _LIST_REACH), start)
        if joint is None:
            return False
        start, end = joint.span(1)
    return False


def _after_capitalised_lead(text: str, start: int, ends: frozenset[str]) -> bool:
    """Whether the word right before the number at *start*, one space between, is one
    of *ends* (in any case): a cheap test first, for the many capitalised words after a
    number that no lead stands before."""
    if start < 2 or not text[start - 1].isspace():
        return False
    low = max(0, start - _BEFORE_REACH)
    space = max(text.rfind(" ", low, start - 1), text.rfind("\n", low, start - 1))
    if space < 0 and low > 0:
        return False  # (no word that short before it: text with no spaces, as in Japanese)
    return text[space + 1 : start - 1].lower() in ends


def _judged(text: str, start: int, end: int) -> bool | None:
    """Whether the number ``text[start:end]`` counts by its own neighbours, or ``None``
    where they say nothing: then it counts only if listed after a number that counts, a
    comma or a record's ``range_words`` between ("had 1712 men and 1650 horses", "with
    300 guns, 1650 horses"), so that a list of years stays one ("the Acts of 1862 and
    1864 granted", "in 1700 troops and 1701 ships")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    small = word.islower()
    neighbours = _neighbours()
    if not small and not _after_capitalised_lead(text, start, neighbours.capitalised_lead_ends):
        return False
    previous = _WORDS_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)
    first, last = ("", "") if previous is None else (previous.group(1) or "", previous.group(2))
    first, last = first.lower(), last.lower()
    # (a lead of two words, its second maybe a year preposition: "πάνω από 1917", "больш
    # за 1700"; an approximation before one is a year's, "примерно в 1700")
    lead = neighbours.leads.get(last) or neighbours.leads.get(f"{first} {last}")
    if lead is not None:
        # a count of years ("понад 1700 років") but no year's case ("около 1700 года"),
        # the counted noun written as the lead's language writes nouns ("rund 1650
        # Mann"; "etwa 1650 entstand" is a year's verb)
        return small != lead.nouns_capitalised and word.lower() not in lead.keep_year
    if not small:
        return False
    if word in neighbours.after or last in neighbours.before or month_of(last) is not None:
        return False
    return True if word in neighbours.followers else None
