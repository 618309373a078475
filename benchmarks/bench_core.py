"""Old Style <-> New Style conversion speed: julian_gregorian against convertdate.

Run: ``python benchmarks/bench_core.py [--dates N] [--repeat R] [--seed S]``

Both sides convert the same random valid days (fixed seed; every day of every month,
29 February included, years 1..3000 of the Julian calendar), written as Julian triples
for O.S. -> N.S. and as the Gregorian triples of the same days for N.S. -> O.S. Every
scalar function runs in the same plain ``for`` loop; the figure is the best of
``--repeat`` runs, in nanoseconds per date. Before timing, the results of both libraries
are compared, so that a fast wrong answer cannot win. The array functions convert the
same days as numpy arrays in one call (validation included) and are compared with
convertdate's per-date time. The date objects' rows set their construction
(``JulianDate(y, m, d)``) and conversion (``.to_gregorian()``) beside the plain function
of the same direction, which they should cost at most twice.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from convertdate import julian as convertdate_julian

from julian_gregorian import GregorianDate, JulianDate, gregorian_to_julian, julian_to_gregorian
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian

Date = tuple[int, int, int]
FIRST_YEAR, LAST_YEAR = 1, 3000


def random_days(count: int, seed: int) -> tuple[list[Date], list[Date]]:
    """*count* random days as (Julian triples, Gregorian triples of the same days)."""
    rng = random.Random(seed)
    first = julian.to_ordinal(FIRST_YEAR, 1, 1)
    last = julian.to_ordinal(LAST_YEAR, 12, 31)
    ordinals = [rng.randint(first, last) for _ in range(count)]
    return (
        [julian.from_ordinal(o) for o in ordinals],
        [gregorian.from_ordinal(o) for o in ordinals],
    )


def time_scalar(function: Callable[[int, int, int], object], dates: Sequence[Date]) -> float:
    """Nanoseconds per date of one pass of a plain loop over *dates*."""
    start = time.perf_counter_ns()
    for y, m, d in dates:
        function(y, m, d)
    return (time.perf_counter_ns() - start) / len(dates)


def best(measure: Callable[[], float], repeat: int) -> float:
    return min(measure() for _ in range(repeat))


def check_agreement(julian_dates: Sequence[Date], gregorian_dates: Sequence[Date]) -> None:
    """Stop unless both libraries give the same answers on the benchmark's days."""
    for j, g in zip(julian_dates, gregorian_dates, strict=True):
        if julian_to_gregorian(*j) != g or tuple(convertdate_julian.to_gregorian(*j)) != g:
            sys.exit(f"disagreement on Julian {j}: expected Gregorian {g}")
        if gregorian_to_julian(*g) != j or tuple(convertdate_julian.from_gregorian(*g)) != j:
            sys.exit(f"disagreement on Gregorian {g}: expected Julian {j}")


def row(label: str, ours: float, theirs: float, target: float) -> str:
    ratio = theirs / ours
    verdict = "meets" if ratio >= target else "MISSES"
    return (
        f"{label:<22} {ours:>12.1f} {theirs:>14.1f} {ratio:>9.1f}x   "
        f"{verdict} the {target:g}x target"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dates", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20240229)
    args = parser.parse_args(argv)

    julian_dates, gregorian_dates = random_days(args.dates, args.seed)
    check_agreement(julian_dates, gregorian_dates)

    ours_to = best(lambda: time_scalar(julian_to_gregorian, julian_dates), args.repeat)
    theirs_to = best(
        lambda: time_scalar(convertdate_julian.to_gregorian, julian_dates), args.repeat
    )
    ours_from = best(lambda: time_scalar(gregorian_to_julian, gregorian_dates), args.repeat)
    theirs_from = best(
        lambda: time_scalar(convertdate_julian.from_gregorian, gregorian_dates), args.repeat
    )

    print(
        f"{args.dates:,} random valid days, Julian years {FIRST_YEAR}..{LAST_YEAR}, "
        f"seed {args.seed}, best of {args.repeat}; Python {sys.version.split()[0]}"
    )
    print(f"{'':<22} {'ours ns/date':>12} {'convertdate':>14} {'ratio':>10}")
    print(row("O.S. -> N.S. scalar", ours_to, theirs_to, 8))
    print(row("N.S. -> O.S. scalar", ours_from, theirs_from, 4))
    array_rows(julian_dates, gregorian_dates, theirs_to, theirs_from, args.repeat)
    object_rows(julian_dates, gregorian_dates, args.repeat)
    return 0


def time_method(method: Callable[[Any], object], values: Sequence[object]) -> float:
    """Nanoseconds per value of one pass of a plain loop calling *method* on *values*."""
    start = time.perf_counter_ns()
    for value in values:
        method(value)
    return (time.perf_counter_ns() - start) / len(values)


def object_rows(julian_dates: Sequence[Date], gregorian_dates: Sequence[Date], repeat: int) -> None:
    """Date objects beside the plain function of their direction: built, then converted.

    Each pair is timed in alternation, so that a change of load on the machine weighs on
    both sides of the ratio alike.
    """
    julian_objects = [JulianDate(*date) for date in julian_dates]
    gregorian_objects = [GregorianDate(*date) for date in gregorian_dates]
    if [day.to_gregorian() for day in julian_objects] != gregorian_objects:
        sys.exit("the date objects disagree with the plain functions")
    plain_to = partial(time_scalar, julian_to_gregorian, julian_dates)
    plain_from = partial(time_scalar, gregorian_to_julian, gregorian_dates)
    pairs = (
        ("JulianDate(y, m, d)", partial(time_scalar, JulianDate, julian_dates), plain_to),
        (
            "GregorianDate(y, m, d)",
            partial(time_scalar, GregorianDate, gregorian_dates),
            plain_from,
        ),
        (
            "JulianDate.to_gregorian",
            partial(time_method, JulianDate.to_gregorian, julian_objects),
            plain_to,
        ),
        (
            "GregorianDate.to_julian",
            partial(time_method, GregorianDate.to_julian, gregorian_objects),
            plain_from,
        ),
    )
    print(f"{'date objects':<24} {'ns/date':>9} {'plain function':>15} {'cost':>7}")
    for label, measure, plain_measure in pairs:
        ours = plain = float("inf")
        for _ in range(repeat):
            ours = min(ours, measure())
            plain = min(plain, plain_measure())
        cost = ours / plain
        verdict = "meets" if cost <= 2 else "MISSES"
        print(
            f"{label:<24} {ours:>9.1f} {plain:>15.1f} {cost:>6.2f}x   "
            f"{verdict} the at-most-2x target"
        )


def array_rows(
    julian_dates: Sequence[Date],
    gregorian_dates: Sequence[Date],
    theirs_to: float,
    theirs_from: float,
    repeat: int,
) -> None:
    try:
        import numpy as np

        from julian_gregorian import arrays
    except ImportError as error:
        print(f"array functions skipped: {error}")
        return
    jy, jm, jd = (np.array(column, dtype=np.int64) for column in zip(*julian_dates, strict=True))
    gy, gm, gd = (np.array(column, dtype=np.int64) for column in zip(*gregorian_dates, strict=True))
    converted = arrays.julian_to_gregorian(jy, jm, jd)
    back = arrays.gregorian_to_julian(gy, gm, gd)
    if not all(
        np.array_equal(a, b) for a, b in zip(converted, (gy, gm, gd), strict=True)
    ) or not all(np.array_equal(a, b) for a, b in zip(back, (jy, jm, jd), strict=True)):
        sys.exit("the array functions disagree with the scalar ones")

    def per_date(function: Callable[[], object]) -> float:
        start = time.perf_counter_ns()
        function()
        return (time.perf_counter_ns() - start) / len(julian_dates)

    ours_to = best(lambda: per_date(lambda: arrays.julian_to_gregorian(jy, jm, jd)), repeat)
    ours_from = best(lambda: per_date(lambda: arrays.gregorian_to_julian(gy, gm, gd)), repeat)
    print(row("O.S. -> N.S. arrays", ours_to, theirs_to, 100))
    print(row("N.S. -> O.S. arrays", ours_from, theirs_from, 100))


if __name__ == "__main__":
    raise SystemExit(main())
