"""Stage 3, link: one day told twice, in two sentences, each in its calendar.

``Datum 25. října 1917 odpovídá juliánskému kalendáři platnému v Rusku, později
zrušenému novou bolševickou vládou. Pro zbytek světa začaly události 7. listopadu 1917
podle gregoriánského kalendáře.`` Two single marked dates of opposite calendars in one
paragraph, with nothing read between them, are one day when they lie exactly as far
apart as the calendars were in their year: in one sentence (further apart than a window
reaches) a one-day slip is still read, as :mod:`~julian_gregorian.text._read.windows`
reads it; across one sentence end only the exact distance tells one day from two
events. Marked dates that only an opening calendar name marked, with no year of their
own (:attr:`Draft.tentative <julian_gregorian.text._drafts.Draft.tentative>`),
are dropped where they pair with nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from julian_gregorian.text._drafts import Draft
from julian_gregorian.text._read.reading import complete_years, exact, plausible, reform_transition

#: How far apart (characters) the two dates of one day told twice may be written.
_REACH = 300
#: A sentence end: a full stop, an exclamation or a question mark before a space.
_SENTENCE_END = re.compile(r"[.!?]\s")


def pair_across_sentences(text: str, drafts: list[Draft]) -> list[Draft]:
    """*drafts* (in text order) with the single dates of one day told twice joined."""
    if not any(draft.pairs_as_single for draft in drafts):
        return drafts
    result: list[Draft] = []
    index = 0
    while index < len(drafts):
        first = drafts[index]
        if first.pairs_as_single and index + 1 < len(drafts):  # (a pair joins nothing)
            merged = _merge(text, first, drafts[index + 1])
            if merged is not None:
                result.append(merged)
                index += 2
                continue
        if not first.tentative:
            result.append(first)
        index += 1
    return result


def _merge(text: str, first: Draft, second: Draft) -> Draft | None:
    if not second.pairs_as_single:
        return None
    if second.offset - first.end_offset > _REACH:
        return None
    between = text[first.end_offset : second.offset]
    if "\n" in between or "|" in between:
        return None  # another paragraph, cell or line
    sentences = len(_SENTENCE_END.findall(between))
    if sentences > 1:
        return None
    marked_old = first.old or second.old
    marked_new = first.new or second.new
    if marked_old is None or marked_new is None:
        return None
    old, new = replace(marked_old), replace(marked_new)
    complete_years(old, new, None)
    if not plausible(old, new) or reform_transition(old, new):
        return None  # two events of a story, not one day written twice
    if sentences and (old.year is None or not exact(old, new)):
        return None
    return Draft("pair", "prose", first.offset, second.end_offset, old, new)
