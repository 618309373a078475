"""How fast ``extract`` reads, next to the speed of a plain scan of the same text.

The example article (``examples/october_revolution.txt``, English Wikipedia text with
eleven bracketed pairs, a prose pairing, a marked date and plenty of Cyrillic) is
repeated to about 50 MB. The same text is then scanned by ``text.count("O.S.")`` (the
speed of one pass of C code over the text, the floor any reader in Python pays) and read
by ``extract``; both are timed in this one run and reported in MB/s of UTF-8 text, with
their ratio. The best of ``--repeat`` runs is kept, since other work on the machine can
only slow a run down.

Usage: ``python benchmarks/bench_extract.py [--mb 50] [--repeat 3]``. The target is
100 MB/s for ``extract``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from julian_gregorian import extract

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "october_revolution.txt"
TARGET_MB_PER_S = 100.0


def best_time(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the text in MB")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, best kept")
    args = parser.parse_args(argv)
    article = ARTICLE.read_text(encoding="utf-8")
    copies = max(1, int(args.mb * 1e6 / len(article.encode("utf-8"))))
    text = article * copies
    megabytes = len(text.encode("utf-8")) / 1e6
    per_copy = len(extract(article))

    scan = best_time(lambda: text.count("O.S."), args.repeat)
    items: list[object] = []
    read = best_time(lambda: items.append(len(extract(text))), args.repeat)

    scan_speed, read_speed = megabytes / scan, megabytes / read
    print(f"text: {copies} copies of {ARTICLE.name}, {megabytes:.1f} MB, {len(text):,} characters")
    print(f'text.count("O.S."): {scan * 1000:8.1f} ms  {scan_speed:8.1f} MB/s')
    print(f"extract(text):      {read * 1000:8.1f} ms  {read_speed:8.1f} MB/s")
    print(f"ratio: extract is {scan_speed / read_speed:.1f} times slower than a plain scan")
    found = items[-1]
    print(f"items: {found:,} ({per_copy} per copy, {per_copy * copies:,} expected)")
    verdict = "meets" if read_speed >= TARGET_MB_PER_S else "misses"
    print(f"target {TARGET_MB_PER_S:.0f} MB/s: {verdict} it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
