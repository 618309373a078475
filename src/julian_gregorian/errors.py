"""The exceptions of julian_gregorian, all in one place.

Every error the library raises for bad input is one of these, so callers can catch
``julian_gregorian.JulianGregorianError`` (or the built-in ``ValueError``) and know that
the message says what was wrong and what would have been right.
"""

from __future__ import annotations


class JulianGregorianError(Exception):
    """Base class of every error this library raises on purpose."""


class InvalidDateError(JulianGregorianError, ValueError):
    """A date that does not exist in its calendar (month 13, 30 February, ...)."""


class DateRangeError(InvalidDateError):
    """A valid day that another representation cannot hold (``datetime.date`` years)."""


class NonexistentCivilDateError(InvalidDateError):
    """A date a place never lived: in a reform gap, or in a calendar the place no longer used.

    The message is the *reason*, then the *remedy* (how to read the date anyway) if one
    is given; ``reason`` alone lets a caller name the remedy its own options offer.
    """

    def __init__(self, reason: str, remedy: str = "") -> None:
        super().__init__(f"{reason}; {remedy}" if remedy else reason)
        #: What is wrong, without the remedy.
        self.reason = reason


class AmbiguousCivilDateError(InvalidDateError):
    """A civil date (or day) a place lived twice, so it names more than one day."""


class InconsistentReformError(JulianGregorianError, ValueError):
    """A reform whose last old-calendar day and first new-calendar day do not fit together."""


class UnknownPlaceError(JulianGregorianError, LookupError):
    """A place code or name that is not in the reform table."""


class ParseError(JulianGregorianError, ValueError):
    """Text that cannot be read as the date, dual year or value asked for."""


class InputError(JulianGregorianError):
    """A file, folder or stream that cannot be read as text (missing, unreadable, binary)."""


class DumpError(InputError):
    """A MediaWiki dump that cannot be read: broken compression, bad XML, a wrong index."""


def require_int(value: object, name: str) -> int:
    """Return *value* if it is a true ``int``; raise ``TypeError`` otherwise.

    ``bool`` is an ``int`` subclass in Python, but ``True`` as a day is always a bug.
    """
    if type(value) is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)  # int subclasses such as IntEnum or numpy-free wrappers
    raise TypeError(f"{name} must be an int, not {type(value).__name__} ({value!r})")


__all__ = [
    "AmbiguousCivilDateError",
    "DateRangeError",
    "DumpError",
    "InconsistentReformError",
    "InputError",
    "InvalidDateError",
    "JulianGregorianError",
    "NonexistentCivilDateError",
    "ParseError",
    "UnknownPlaceError",
]
