"""The patterns tried only at their first characters (``lexicon.led_by``) match what they
matched without that look ahead: the class of first characters holds every character a
match can begin with, read from the parsed pattern itself."""

from __future__ import annotations

import re
from typing import Any

import pytest

from julian_gregorian.checks.rules import claims
from julian_gregorian.text._read import normalise, shapes, tables

try:  # Python 3.11 and later
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_IGNORECASE = sre_constants.SRE_FLAG_IGNORECASE


class _UnknownFirstError(Exception):
    """A first character the walk cannot list (a category, a negated class, any)."""


def _class_characters(items: list[tuple[Any, Any]]) -> set[str]:
    characters: set[str] = set()
    for op, value in items:
        if op is sre_constants.LITERAL:
            characters.add(chr(value))
        elif op is sre_constants.RANGE:
            characters.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            raise _UnknownFirstError(f"{op} in a class")
    return characters


class _Walk:
    def __init__(self) -> None:
        self.leads = 0

    def first(self, items: list[tuple[Any, Any]], flags: int) -> tuple[set[str], bool]:
        """The first characters of a parsed sequence (lower-cased where the case is
        ignored), and whether it can match nothing."""
        found: set[str] = set()
        for index, (op, value) in enumerate(items):
            if op is sre_constants.ASSERT and value[0] == 1 and len(value[1]) == 1:
                ((lead_op, lead_value),) = list(value[1])
                if lead_op is sre_constants.IN:
                    lead = _class_characters(lead_value)
                    led, empty = self.first(items[index + 1 :], flags)
                    assert not empty, "a led pattern that may match nothing"
                    if flags & _IGNORECASE:
                        lead = {char.lower() for char in lead}
                    missing = {char for char in led if char not in lead}
                    assert not missing, f"first characters missing from the lead: {missing}"
                    self.leads += 1
                    return found | led, False
            if op in _ZERO_WIDTH:
                continue
            if op is sre_constants.LITERAL:
                return found | self._cased({chr(value)}, flags), False
            if op is sre_constants.IN:
                return found | self._cased(_class_characters(value), flags), False
            if op is sre_constants.BRANCH:
                empty = False
                for alternative in value[1]:
                    more, alternative_empty = self.first(list(alternative), flags)
                    found |= more
                    empty = empty or alternative_empty
            elif op is sre_constants.SUBPATTERN:
                _, add, remove, sub = value
                more, empty = self.first(list(sub), (flags | add) & ~remove)
                found |= more
            elif op in _REPEATS:
                low, _, sub = value
                more, empty = self.first(list(sub), flags)
                found |= more
                empty = empty or low == 0
            else:
                raise _UnknownFirstError(str(op))
            if not empty:
                return found, False
        return found, True

    @staticmethod
    def _cased(characters: set[str], flags: int) -> set[str]:
        return {char.lower() for char in characters} if flags & _IGNORECASE else characters


@pytest.mark.parametrize(
    "pattern",
    [normalise._noise(), shapes._any(), *tables._headers(), claims._CLAIM],
    ids=["noise", "shapes", "old header", "new header", "JG403 claim"],
)
def test_every_first_character_is_in_the_lead(pattern: re.Pattern[str]) -> None:
    walk = _Walk()
    _, empty = walk.first(list(sre_parse.parse(pattern.pattern, pattern.flags)), pattern.flags)
    assert not empty
    assert walk.leads >= 1


def test_a_lead_missing_a_first_character_is_caught() -> None:
    with pytest.raises(AssertionError, match="missing"):
        _Walk().first(list(sre_parse.parse("(?=[ab])(?:a|c+)")), 0)


@pytest.mark.parametrize("number", ["Eleven", "Ten", "Nine", "Twelve", "Thirteen", "Fourteen"])
def test_a_claim_led_by_a_capital_number_word_is_found(number: str) -> None:
    # (The walk above compares the lead with the small letters of a case-ignoring group:
    # the capitals a sentence begins with must be in the lead too.)
    assert claims._CLAIM.search(f"{number} days were omitted.") is not None
