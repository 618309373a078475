"""One Dask cluster per test module that uses it (see tests/conftest.py), started when a
test first asks for it: each test starting its own cost seconds of start-up and shut-down.

Its two workers are threads of the test process, as one process per worker would import
the package again; the scheduler listens on TCP, so ``check --dask ADDRESS`` run as a real
subprocess reaches it as it would reach any remote scheduler."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


@contextmanager
def shared_cluster() -> Iterator[Any]:
    """A LocalCluster of two single-threaded workers on 127.0.0.1, closed on leaving."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        # The scheduler serves HTTP whatever is asked; a free port, not 8787, so that
        # two test processes' clusters do not meet there.
        dashboard_address=":0",
    ) as cluster:
        yield cluster
