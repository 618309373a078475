"""Speed and peak memory of ``extract`` and ``check`` on crafted, hostile input.

Each crafted pattern (an unclosed template, a slash after a year, an open parenthesis
before a date, …) is repeated to the sizes asked for and read by ``extract`` and by
``check``, each case in a child process of its own so that its peak memory (the growth
of ``ru_maxrss`` over the process's size once the text is built) is its own. The
figures are MB (10**6 bytes of UTF-8) per second and MB of peak memory beyond the text;
the seconds of processor time and MB per processor second beside them are the figures to
compare on a loaded machine, where the wall time also counts the waits for a core.

Usage: ``python benchmarks/bench_adversarial.py [--sizes 1,16] [--timeout 300]
[--pattern TEXT ...]``. The target is 10 MB/s or more for every pattern, with memory
that does not grow faster than the text.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

TARGET_MB_PER_S = 10.0

#: The patterns of issue 11 (item 6) first, then others of the same kind.
PATTERNS = (
    "{{OldStyleDate|5 March|1731|",
    "{{OldStyleDate|",
    "1731/",
    "1731/2",
    "(5 March 1731 ",
    "[O.S. ",
    "{{",
    "{{efn|5 March 1731 (O.S.) ",
    "<ref>5 March 1731 O.S. ",
    "[[a|5 March 1731 O.S. ",
    "| 5 March 1731 || O.S. ",
    "O.S. 1731 ",
)


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS, where this figure reads 1024x high).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(pattern: str, megabytes: float, operation: str) -> dict[str, float]:
    """Time one reading of *pattern* repeated to *megabytes*, in this process."""
    unit = len(pattern.encode("utf-8"))
    text = pattern * max(1, int(megabytes * 1e6 / unit))
    size = len(text.encode("utf-8")) / 1e6
    if operation == "extract":
        from julian_gregorian import extract

        def work() -> int:
            return len(extract(text))
    else:
        from julian_gregorian import check

        def work() -> int:
            return len(check(text))

    before = _peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    found = work()
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,16", help="sizes in MB, comma-separated")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per case")
    parser.add_argument("--pattern", action="append", help="a pattern (repeatable)")
    parser.add_argument("--operations", default="extract,check")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        pattern, megabytes, operation = json.loads(args.child)
        print(json.dumps(run_case(pattern, megabytes, operation)))
        return 0

    sizes = [float(size) for size in args.sizes.split(",")]
    operations = args.operations.split(",")
    slowest = float("inf")
    print(
        f"{'pattern':<32} {'op':<8} {'MB':>6} {'s':>8} {'MB/s':>8} {'cpu s':>8} {'MB/cpu s':>8} "
        f"{'peak MB':>8} {'found':>7}"
    )
    for pattern in args.pattern or PATTERNS:
        for operation in operations:
            for megabytes in sizes:
                result = _child(pattern, megabytes, operation, args.timeout)
                label = repr(pattern)[:32]
                if "timeout" in result or "error" in result:
                    slowest = 0.0
                    what = "timed out" if "timeout" in result else "failed"
                    print(f"{label:<32} {operation:<8} {megabytes:6.1f} {what}")
                    continue
                speed = result["mb"] / max(result["seconds"], 1e-9)
                cpu_speed = result["mb"] / max(result["cpu"], 1e-9)
                slowest = min(slowest, speed)
                print(
                    f"{label:<32} {operation:<8} {result['mb']:6.1f} {result['seconds']:8.2f} "
                    f"{speed:8.1f} {result['cpu']:8.2f} {cpu_speed:8.1f} "
                    f"{result['peak_mb']:8.1f} {int(result['found']):7d}"
                )
    verdict = "meets" if slowest >= TARGET_MB_PER_S else "misses"
    print(f"slowest: {slowest:.1f} MB/s, {verdict} the {TARGET_MB_PER_S:.0f} MB/s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
