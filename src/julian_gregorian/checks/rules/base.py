"""What every rule is: a stable code, a severity, words for people, and the check itself."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.explanation import Explanation
from julian_gregorian.checks.findings import Finding, Fix, Severity
from julian_gregorian.spans import Span
from julian_gregorian.text.items import Item


@dataclass(frozen=True)
class Rule:
    """One consistency rule.

    ``summary`` is one line (``--list-rules``, SARIF ``shortDescription``); ``about``
    says what the rule does, why that matters, an example and the fix, in the sections of
    :class:`~julian_gregorian.checks.explanation.Explanation` (``--explain``, the rule's
    page of the site, SARIF ``help``); ``default`` is ``False`` for opt-in rules,
    which only ``--select`` (or ``extend-select``) turns on. A ``late`` rule runs after
    the others, once the suppression directives have taken the findings they silence.
    ``needs_items`` is ``False`` for a rule that finds something in a text where the
    extractor found nothing (what its sentences claim, its directives): the only rules
    run on such a text, most pages of a wiki. Such a rule may give ``words``, written as
    they stand in the text, one of which every text it finds something in holds (JG403:
    a number's end right before "day", ``"3 day"``, ``"ten-day"``): where a text without
    items holds none of the words of every rule left, it is checked at once, without the
    rules' machinery, and a text with items by the rules that need them only, where
    the scan that found its anchors tells (the screen of short texts, Hyperscan's
    forward scan of long ones: each looks for the words in the same scan as for
    anchors, see :func:`~julian_gregorian.text._extract.extract_and_words`).
    """

    code: str
    name: str
    severity: Severity
    summary: str
    about: Explanation
    run: Callable[[ArticleContext], Iterable[Finding]]
    default: bool = True
    fixable: bool = False
    late: bool = False
    needs_items: bool = True
    words: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        # The screen of short texts looks for the words in the text's UTF-8, with the
        # long s read as an s: a word it cannot look for would fail mid-run, and only
        # where Hyperscan is installed, so it is refused here, where the rule is made.
        if self.words is None:
            return
        if not isinstance(self.words, tuple):
            raise TypeError(f"rule {self.code}: words must be a tuple of strings")
        for word in self.words:
            if not isinstance(word, str) or not word:
                raise ValueError(f"rule {self.code}: a word must be a non-empty string")
            if "ſ" in word or any("\ud800" <= character <= "\udfff" for character in word):
                raise ValueError(
                    f"rule {self.code}: the word {word!r} holds a long s or a lone"
                    " surrogate, which the screen of short texts never finds"
                )

    def may_find_in(self, text: str) -> bool:
        """Whether the rule may find anything in *text*: whether it holds one of its
        ``words`` (``True`` without them)."""
        words = self.words
        if words is None:
            return True
        if len(words) == 1:  # (one search, no loop, a tenth of a short page)
            return words[0] in text
        return _word_search(words)(text)

    @property
    def explanation(self) -> str:
        """``about`` as plain text, as ``--explain`` prints it."""
        return self.about.text()

    def finding(self, item: Item, message: str, fix: Fix | None = None) -> Finding:
        """A finding of this rule placed on the whole of *item*."""
        return Finding.on(item, self.code, self.severity, message, fix)

    def finding_at(self, span: Span, message: str, fix: Fix | None = None) -> Finding:
        """A finding of this rule on *span* (from ``ArticleContext.span``), not on an item."""
        return Finding.at(span, self.code, self.severity, message, fix)


@functools.cache
def _word_search(words: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a text holds one of *words*: where they share a part of two characters or
    more (JG403's 210 words their "day"), from each place it stands, a search of its own
    (one search of the text where it is not there, where 210 cost 210); else each word's
    search.

    >>> holds = _word_search(("3 day", "3-day", "ten day"))
    >>> holds("for ten days"), holds("a day of 13 -days"), holds("day")
    (True, False, False)
    """
    shared = _longest_shared(words)
    if len(shared) < 2:
        return lambda text: any(word in text for word in words)
    # (every word by where the shared part stands in it: a word at an offset holds it
    # that many characters on, and each of its places is tried)
    placed = tuple({(word.index(shared), len(word)) for word in words})
    known = frozenset(words)

    def holds(text: str) -> bool:
        find = text.find
        at = find(shared)
        while at >= 0:
            for before, length in placed:
                start = at - before
                if start >= 0 and text[start : start + length] in known:
                    return True
            at = find(shared, at + 1)
        return False

    return holds


def _longest_shared(words: tuple[str, ...]) -> str:
    """The longest part every one of *words* holds (``""`` where they share none)."""
    if not words:
        return ""
    shortest = min(words, key=len)
    for length in range(len(shortest), 0, -1):
        for start in range(len(shortest) - length + 1):
            part = shortest[start : start + length]
            if all(part in word for word in words):
                return part
    return ""


__all__ = [
    "Rule",
]
