"""An unexpected error while reading one input: a bug, reported as that input's failure.

A command that meets one reports the input as failed (exit status 2), as it does an
input it cannot read, and goes on with the others, so that one strange file does not
leave the rest of a folder unchecked nor print a traceback.
"""

from __future__ import annotations

from julian_gregorian._cli.inputs import InputFailure


def internal_failure(name: str, error: Exception) -> InputFailure:
    """The failure of input *name*, naming the exception.

    >>> str(internal_failure("notes.txt", KeyError("11st")))
    "notes.txt: internal error (KeyError: '11st'); please report this as a bug"
    """
    return InputFailure(
        name, f"internal error ({type(error).__name__}: {error}); please report this as a bug"
    )
