"""Worker processes that end with the run that started them.

A pool's workers wait on a queue whose writing end every worker also holds, so they
never see it close: when the run is killed (``kill -9``, the out-of-memory killer), they
would wait for ever, each holding its memory. Each worker watches its parent instead and
leaves when it is gone (on Linux and macOS an orphan's parent becomes another process).
"""

from __future__ import annotations

import os
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

#: Seconds between a worker's looks at its parent.
_WATCH_INTERVAL = 0.5


def process_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of *jobs* worker processes that exit when the process that made them dies."""
    # Imported here: it imports multiprocessing, which a run of one job never uses.
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(jobs, initializer=_watch_parent, initargs=(os.getpid(),))


def _watch_parent(parent: int) -> None:
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_INTERVAL)
    os._exit(1)
