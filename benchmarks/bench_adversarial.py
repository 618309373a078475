"""Speed and peak memory of ``extract`` and ``check`` on crafted, hostile input.

Each crafted pattern (an unclosed template, a slash after a year, an open parenthesis
before a date, a run of markers, …) is repeated to the sizes asked for and read by
``extract`` and by ``check``, each case in a child process of its own so that its peak
memory (the growth of ``ru_maxrss`` over the process's size once the text is built) is
its own. Each child first reads a short text (the patterns compiled and tables built,
a cost of some 50 ms paid once per process), then times one reading. The cases run
``--repeat`` times, one round of all of them after another (so that a burst of other
work on the machine slows one run of a case, not all), and the best run of each is
kept. The load of the machine is printed before and after.

The figures are MB (10**6 bytes of UTF-8) per second and MB of peak memory beyond the
text; the seconds of processor time and MB per processor second beside them are the
figures to compare on a loaded machine, where the wall time also counts the waits for a
core. For patterns full of dates the items found, the microseconds of processor time
per item and the bytes of text per item are printed too: there the cost is that of
building the items.

Usage: ``python benchmarks/bench_adversarial.py [--sizes 1,16] [--repeat 3]
[--timeout 300] [--family NAME ...] [--pattern TEXT ...]``. The target is 10 MB/s or more
for every pattern of the families but ``dense``, with memory that does not grow faster
than the text (see docs/extraction.md). ``dense`` yields an item every few characters:
its floor is the cost of an item, and the items per second and bytes per item are
printed for it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

TARGET_MB_PER_S = 10.0

#: The patterns by family: issue 11 (item 6) first, then others of the same kinds.
FAMILIES: dict[str, tuple[str, ...]] = {
    "issue": (
        "{{OldStyleDate|5 March|1731|",
        "{{OldStyleDate|",
        "1731/",
        "1731/2",
        "(5 March 1731 ",
        "[O.S. ",
    ),
    "brackets": (
        "(",
        "[",
        "[[",
        "{{",
        "(5 ",
        "[5 March ",
        "(O.S. ",
        "[O.S.] ",
        "[[5 March 1731|",
        "«5 March 1731 ",
    ),
    "markers": (
        "O.S. 1731 ",
        "O.S. ",
        "(O.S.) ",
        "N.S. ",
        "OS ",
        "Old Style ",
        "Julian ",
        "| 5 March 1731 || O.S. ",
    ),
    "cyrillic": ("ст. ст. ", "по ст. ст. ", "(по ст. ст.) ", "н. ст. ", "{{СС3|"),
    "numbers": ("1", "1731 ", "/", "1/", "/1", "1/2 ", "11/22 ", "1731-", "1731–", "5–6 "),
    "templates": ("{{OldStyleDate|5 March|", "{{Julian|", "{{efn|", "}}", "|"),
    # The patterns above in lines of some 200 characters: the cut that passes a long
    # fruitless run over begins again on each line (see docs/extraction.md).
    "lines": (
        "1/2 " * 50 + "\n",
        "(5 March 1731 " * 15 + "\n",
        "[O.S. " * 33 + "\n",
        "O.S. 1731 " * 20 + "\n",
        "1731/" * 40 + "\n",
    ),
    # Table header lines back to back: each may begin a table of all that follow (each
    # read in linear time, but short of the target: see docs/extraction.md).
    "tables": (
        "| Julian | Gregorian |\n",
        "! O.S. !! N.S.\n",
        "+--------+-----------+\n| Julian | Gregorian |\n",
        '{| class="wikitable"\n! Julian !! Gregorian\n|-\n| {|\n',
    ),
    # Every repetition a date: here the output grows with the input.
    "dense": (
        "{{efn|5 March 1731 (O.S.) ",
        "<ref>5 March 1731 O.S. ",
        "[[a|5 March 1731 O.S. ",
        "6 November [O.S. 24 October] 1917 ",
        "{{OldStyleDate|5 March|1731|22 February}} ",
        "5 марта 1731 по ст. ст. ",
        "11/22 June 1727 ",
        "5 March 1731–32 ",
        "1749/50 ",
        "On 5 March (O.S.) he left. ",
        "| 22 February 1731 || 5 March 1731\n|-\n",
    ),
}
#: What a table of dates in wikitext begins with (the ``dense`` family's last pattern is
#: its rows).
TABLE_HEAD = '{| class="wikitable"\n! Julian !! Gregorian\n|-\n'
#: Read once before the timing, so that the timing holds no first-use cost.
WARM_UP = (
    "On 6 November [O.S. 24 October] 1917 they rose. {{OldStyleDate|5 March|1731|}} "
    "1749/50, 11/22 June 1727 (5 March 1731), 5 марта 1731 по ст. ст."
)


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS, where this figure reads 1024x high).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def crafted(pattern: str, repeat: int) -> str:
    """*pattern* repeated *repeat* times (rows of a table under its head)."""
    text = pattern * repeat
    return TABLE_HEAD + text if pattern.endswith("|-\n") else text


def run_case(pattern: str, megabytes: float, operation: str) -> dict[str, float]:
    """Time one reading of *pattern* repeated to *megabytes*, in this process."""
    from julian_gregorian import check, extract

    read = extract if operation == "extract" else check
    text = crafted(pattern, max(1, int(megabytes * 1e6 / len(pattern.encode("utf-8")))))
    size = len(text.encode("utf-8")) / 1e6
    read(WARM_UP)
    read(pattern * 20)
    before = _peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    found = len(read(text))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "mb": size,
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": max(0.0, _peak_mb() - before),
        "found": found,
    }


def _child(pattern: str, megabytes: float, operation: str, timeout: float) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", json.dumps([pattern, megabytes, operation])]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    except subprocess.CalledProcessError as error:
        return {"error": float(error.returncode)}
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _load() -> str:
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    timed = [run for run in runs if "seconds" in run]
    if not timed:
        return runs[0]
    best = dict(min(timed, key=lambda run: run["seconds"]))
    best["cpu"] = min(run["cpu"] for run in timed)
    best["peak_mb"] = max(run["peak_mb"] for run in timed)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,16", help="sizes in MB, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of every case, best kept")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per case")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--pattern", action="append", help="a pattern (repeatable)")
    parser.add_argument("--operations", default="extract,check")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        pattern, megabytes, operation = json.loads(args.child)
        print(json.dumps(run_case(pattern, megabytes, operation)))
        return 0

    families = args.family or list(FAMILIES)
    patterns = [(pattern, "given") for pattern in args.pattern or ()] or [
        (pattern, family) for family in families for pattern in FAMILIES[family]
    ]
    cases = [
        (pattern, family, operation, float(megabytes))
        for pattern, family in patterns
        for operation in args.operations.split(",")
        for megabytes in args.sizes.split(",")
    ]
    print(f"load before: {_load()}")
    runs: dict[int, list[dict[str, float]]] = {number: [] for number in range(len(cases))}
    for _ in range(args.repeat):
        for number, (pattern, _family, operation, megabytes) in enumerate(cases):
            runs[number].append(_child(pattern, megabytes, operation, args.timeout))
    print(f"load after:  {_load()}")
    print(
        f"{'pattern':<32} {'op':<8} {'MB':>6} {'s':>7} {'MB/s':>7} {'cpu s':>7} "
        f"{'MB/cpu s':>8} {'peak MB':>8} {'found':>7} {'us/item':>7} {'B/item':>6}"
    )
    slowest = float("inf")
    for number, (pattern, family, operation, megabytes) in enumerate(cases):
        result = _best(runs[number])
        label = repr(pattern)[:32]
        if "timeout" in result or "error" in result:
            slowest = 0.0
            what = "timed out" if "timeout" in result else "failed"
            print(f"{label:<32} {operation:<8} {megabytes:6.1f} {what}")
            continue
        speed = result["mb"] / max(result["seconds"], 1e-9)
        cpu_speed = result["mb"] / max(result["cpu"], 1e-9)
        if family != "dense":
            slowest = min(slowest, speed)
        found = int(result["found"])
        per_item = (
            f"{result['cpu'] * 1e6 / found:7.1f} {result['mb'] * 1e6 / found:6.1f}" if found else ""
        )
        print(
            f"{label:<32} {operation:<8} {result['mb']:6.1f} {result['seconds']:7.2f} "
            f"{speed:7.1f} {result['cpu']:7.2f} {cpu_speed:8.1f} "
            f"{result['peak_mb']:8.1f} {found:7d} {per_item}"
        )
    if slowest != float("inf"):
        verdict = "meets" if slowest >= TARGET_MB_PER_S else "misses"
        print(
            f"slowest (all but dense): {slowest:.1f} MB/s, "
            f"{verdict} the {TARGET_MB_PER_S:.0f} MB/s target"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
