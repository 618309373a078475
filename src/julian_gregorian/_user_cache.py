"""The folder where a run keeps what it computed for later runs to reuse (see
:mod:`~julian_gregorian.text._locate.database_cache`), chosen as tools users know
choose theirs: a variable of the project's first, then the XDG base directory
specification's, then ``~/.cache``."""

from __future__ import annotations

import os
from pathlib import Path

#: The folder to keep the cache in, where set to a non-empty value.
CACHE_DIR_VARIABLE = "JULIAN_GREGORIAN_CACHE_DIR"
#: Set to a non-empty value (any: ``1``, but ``0`` too, as
#: ``JULIAN_GREGORIAN_NO_HYPERSCAN``) to leave the cache unread and unwritten.
NO_CACHE_VARIABLE = "JULIAN_GREGORIAN_NO_CACHE"
#: The folder's name under the user's cache folder.
_NAME = "julian-gregorian"


def cache_folder() -> Path | None:
    """The cache's folder (which need not exist yet); ``None`` where the cache is turned
    off by :data:`NO_CACHE_VARIABLE`, or where no home folder is known (``HOME`` unset
    without a user entry, or set to a path that is not absolute).
    """
    if os.environ.get(NO_CACHE_VARIABLE):
        return None
    chosen = os.environ.get(CACHE_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):  # (the specification: a relative path is to be ignored)
        return Path(xdg, _NAME)
    home = os.environ.get("HOME")
    if home is not None and not os.path.isabs(home):
        # (as XDG's: a relative or empty HOME would put the cache under whatever folder
        # the program runs in, an empty one at the root)
        return None
    try:
        return Path.home() / ".cache" / _NAME
    except RuntimeError:  # (no home folder: HOME unset and no user entry)
        return None
