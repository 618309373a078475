"""Shared test set-up: the Hypothesis profiles (quick by default, ci for CI) and the fixtures."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from helpers import warm_start
from helpers.dask_cluster import shared_cluster
from helpers.examples import PROFILE, QUICK_EXAMPLES
from helpers.paths import SEED_ARTICLE

# Two derandomized profiles, so a failure found once is found again on every run:
# "quick" (the default) keeps `python -m pytest` short for daily work, and "ci" is the
# thorough one .ci/run selects with HYPOTHESIS_PROFILE=ci. Tests that set their own
# count (max_examples=examples(300)) keep it in every profile but "quick", where no
# property runs more than QUICK_EXAMPLES.
_DERANDOMIZED = {
    "derandomize": True,
    "deadline": None,
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow],
}
settings.register_profile("quick", max_examples=QUICK_EXAMPLES, **_DERANDOMIZED)
settings.register_profile("ci", max_examples=2000, **_DERANDOMIZED)
# Random exploration for developers who want it: HYPOTHESIS_PROFILE=dev python -m pytest
settings.register_profile("dev", max_examples=5000, deadline=None)
# benchmarks/mutate.py runs the tests once per mutant: the same derandomized properties
# with fewer examples than "ci" (tests that set their own number keep it).
settings.register_profile("mutation", max_examples=300, **_DERANDOMIZED)
settings.load_profile(PROFILE)

# No test writes into the user's cache of Hyperscan's databases (docs/extraction.md): this
# process, and every command it starts, keep theirs in a folder of its own, removed at the
# end. (Set here, as pytest imports this file: the doctests of src/ and docs/ run in the
# same processes, which it covers too.)
_CACHE = tempfile.mkdtemp(prefix="julian-gregorian-tests-cache-")
os.environ["JULIAN_GREGORIAN_CACHE_DIR"] = _CACHE


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled example article (English Wikipedia, CC BY-SA; see examples/NOTICE.md)."""
    return SEED_ARTICLE.read_text(encoding="utf-8")


# The cluster lives as long as the module of tests that use it, not the session: its
# scheduler and workers are threads of the test process that draw from the global
# `random` now and then, and Hypothesis properties running later in the same process
# take such a draw for one of their strategies' (a HypothesisDeprecationWarning).
@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[Any]:
    """The module's Dask cluster (skips the test without ``distributed``)."""
    with shared_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def dask_client(dask_cluster: Any) -> Iterator[Any]:
    """A client of the module's cluster, for the tests of the Python interface."""
    distributed = pytest.importorskip("distributed")
    with distributed.Client(dask_cluster) as client:
        yield client


@pytest.fixture(scope="module")
def dask_address(dask_cluster: Any) -> str:
    """The scheduler address of the module's cluster (``tcp://127.0.0.1:PORT``) for
    ``--dask ADDRESS``: the command connects to it as to any running scheduler."""
    return str(dask_cluster.scheduler_address)


def pytest_sessionfinish() -> None:
    """The warm-start servers of the command-line tests end with the session, and the
    cache folder with them."""
    warm_start.stop_servers()
    shutil.rmtree(_CACHE, ignore_errors=True)
