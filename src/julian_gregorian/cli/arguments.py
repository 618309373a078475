"""Limits on command-line values that the library would take but no one could print.

Python refuses to turn an integer of more than 4300 digits into text (or back), so a
year of 5000 digits would end in a traceback; the commands refuse it first, with room
left for the day numbers computed from a year (a few digits more).
"""

from __future__ import annotations

import re

from julian_gregorian.errors import ParseError

#: The longest number a date or period on the command line may hold.
MAX_DIGITS = 1000

_TOO_LONG = re.compile(rf"\d{{{MAX_DIGITS + 1},}}")


def refuse_long_numbers(text: str) -> str:
    """*text*, or ``ParseError`` if it holds a number of more than ``MAX_DIGITS`` digits.

    >>> refuse_long_numbers("1917-10-25")
    '1917-10-25'
    """
    found = _TOO_LONG.search(text)
    if found is not None:
        raise ParseError(
            f"a number of {len(found.group())} digits: years of up to {MAX_DIGITS} digits are read"
        )
    return text
