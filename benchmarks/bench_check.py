"""Speed of ``check`` on a long article, beside the speed of a plain scan of the same text.

Run: ``python benchmarks/bench_check.py [--megabytes 50] [--repeat 3]``

The seed article (examples/october_revolution.txt) is repeated to about ``--megabytes``
MB of UTF-8 and timed, best of ``--repeat`` runs, with:

- ``text.count("O.S.")``: a plain scan, the speed no reader of the text can beat;
- ``extract``: the extractor alone;
- ``check``: extraction plus every default rule, the figure the target (>= 80 MB/s)
  is about; the difference to ``extract`` is the checker's own cost.

Before timing, the findings are checked to be none (the seed article has no errors),
so a fast wrong answer cannot pass. The figures are MB (10**6 bytes) per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from julian_gregorian.checks.check import check
from julian_gregorian.text import extract

SEED = Path(__file__).resolve().parent.parent / "examples" / "october_revolution.txt"
TARGET_MB_PER_S = 80.0


def best_time(function: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    seed = SEED.read_text(encoding="utf-8")
    copies = max(1, round(args.megabytes * 1e6 / len(seed.encode("utf-8"))))
    text = "\n".join([seed] * copies)
    megabytes = len(text.encode("utf-8")) / 1e6
    findings = check(text)
    items = extract(text)
    if findings:
        print(f"unexpected findings on the repeated seed article: {findings[:3]}", file=sys.stderr)
        return 1

    scan = best_time(lambda: text.count("O.S."), args.repeat)
    extracting = best_time(lambda: extract(text), args.repeat)
    checking = best_time(lambda: check(text), args.repeat)
    rules_only = best_time(lambda: check(text, items=items), args.repeat)

    print(f"text: seed article x {copies} = {megabytes:.1f} MB, {len(items)} dates, 0 findings")
    rows = (
        ('text.count("O.S.")', scan),
        ("extract", extracting),
        ("check (extract + rules)", checking),
        ("rules alone (items given)", rules_only),
    )
    for label, seconds in rows:
        print(f"{label:<28} {seconds * 1000:9.1f} ms  {megabytes / seconds:9.1f} MB/s")
    speed = megabytes / checking
    verdict = "meets" if speed >= TARGET_MB_PER_S else "misses"
    print(
        f"check: {speed:.1f} MB/s, {verdict} the {TARGET_MB_PER_S:.0f} MB/s target; "
        f"plain scan / check = {checking / scan:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
