"""A progress bar on standard error for long runs, from tqdm when it is installed.

It shows only when standard error is a terminal and the run is not ``-q``: a log file
or a pipe gets no bar. tqdm is the optional ``progress`` extra; without it, no bar.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

#: Told the pages and compressed bytes read since the last call.
Advance = Callable[[int, int], None]


def _tqdm() -> Any:
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm


def wanted(quiet: bool) -> bool:
    """Whether a bar should show: standard error is a terminal and ``-q`` was not given."""
    return not quiet and sys.stderr.isatty() and _tqdm() is not None


@contextmanager
def progress_bar(name: str, total_bytes: int, show: bool) -> Iterator[Advance | None]:
    """An ``advance(pages, bytes)`` that moves a bar over *total_bytes*, or ``None``."""
    tqdm = _tqdm() if show else None
    if tqdm is None:
        yield None
        return
    bar = tqdm(total=total_bytes, unit="B", unit_scale=True, desc=name, file=sys.stderr)
    pages = 0

    def advance(new_pages: int, new_bytes: int) -> None:
        nonlocal pages
        pages += new_pages
        elapsed = bar.format_dict.get("elapsed") or 0.0
        rate = f"{pages / elapsed:.0f}/s" if elapsed else "?"
        bar.set_postfix_str(f"{pages} pages, {rate}", refresh=False)
        bar.update(new_bytes)

    try:
        yield advance
    finally:
        bar.close()
