"""Mutation testing of calendar/, checks/ and places/: do the tests notice a wrong change?

A mutant is the package with one small change to one module: a comparison flipped
(``<`` and ``<=``, ``>`` and ``>=``, ``==`` and ``!=``, ``in`` and ``not in``), an integer
constant moved by one (``+1`` and ``-1``), ``and`` and ``or`` swapped, the condition of
an ``if`` (or of a conditional expression) replaced by ``True``, or the first two
positional arguments of a call swapped. Each mutant is written into a copy of ``src``
and the tests of its area run against it (``pytest -x``, with a time limit per mutant);
the mutant is *killed* when they fail or time out, and *survives* when they pass.

The full set of mutants is large (a few thousand), so ``--sample`` draws that many per
area with ``--seed``; the report gives the sample size next to the score. Surviving
mutants are listed with their place, so that each can be judged: a test that kills it,
or the reason it is equivalent (no input can tell it from the original)::

    python benchmarks/mutate.py --sample 40 --seed 1
    python benchmarks/mutate.py --area places --list        # the mutants, not run
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "julian_gregorian"

#: Each area: its modules, and its tests, fastest first so that -x stops early.
AREAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "calendar": (
        "calendar",
        (
            "tests/test_dates.py",
            "tests/test_conversion.py",
            "tests/test_calendar_errors.py",
            "tests/test_calendar_eras_formatting.py",
            "tests/test_calendar_sweeps.py",
            "tests/test_calendar_properties.py",
        ),
    ),
    "checks": (
        "checks",
        (
            "tests/test_check_arithmetic.py",
            "tests/test_check_pairs.py",
            "tests/test_check_context.py",
            "tests/test_check_yearless.py",
            "tests/test_check_dual_years.py",
            "tests/test_check_periods.py",
            "tests/test_check_unmarked.py",
            "tests/test_check_selection.py",
            "tests/test_check_fixes.py",
            "tests/test_check_claims.py",
            "tests/test_check_config.py",
            "tests/test_check_golden.py",
            "tests/test_check_docs.py",
            "tests/test_check_properties.py",
        ),
    ),
    "places": (
        "places",
        (
            "tests/test_dual_years.py",
            "tests/test_reforms.py",
            "tests/test_year_start.py",
            "tests/test_easter.py",
            "tests/test_civil_calendar.py",
            "tests/test_cli_cal_places.py",
        ),
    ),
}

_FLIPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}


@dataclass(frozen=True)
class Mutant:
    """One change: the *index*-th site of *kind* in *path*, at *line* and *column*."""

    path: Path
    kind: str
    index: int
    line: int
    column: int
    description: str

    def label(self) -> str:
        relative = self.path.relative_to(REPO / "src")
        return f"{relative}:{self.line}:{self.column} {self.description}"


def _docstring_nodes(tree: ast.AST) -> set[int]:
    """Nodes that are docstrings or annotations: changing them changes no behaviour."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.update(id(n) for n in ast.walk(body[0]))
        for annotation in (getattr(node, "annotation", None), getattr(node, "returns", None)):
            if annotation is not None:
                skip.update(id(n) for n in ast.walk(annotation))
    return skip


def _sites(tree: ast.AST) -> Iterator[tuple[str, ast.AST, str]]:
    """Every place a mutant can be made: (kind, node, description)."""
    skip = _docstring_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                if type(op) in _FLIPS:
                    flipped = _FLIPS[type(op)].__name__
                    yield f"compare{position}", node, f"{type(op).__name__} -> {flipped}"
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            yield "plus", node, f"{node.value} -> {node.value + 1}"
            yield "minus", node, f"{node.value} -> {node.value - 1}"
        elif isinstance(node, ast.BoolOp):
            yield "boolop", node, "and <-> or"
        elif isinstance(node, (ast.If, ast.IfExp, ast.While)) and not (
            isinstance(node.test, ast.Constant)
        ):
            yield "condition", node, f"condition of line {line} -> True"
        elif (
            isinstance(node, ast.Call)
            and len(node.args) >= 2
            and not any(isinstance(arg, ast.Starred) for arg in node.args[:2])
        ):
            yield "swap", node, "first two arguments swapped"


def _apply(kind: str, node: ast.AST) -> None:
    if kind.startswith("compare"):
        assert isinstance(node, ast.Compare)
        position = int(kind.removeprefix("compare"))
        node.ops[position] = _FLIPS[type(node.ops[position])]()
    elif kind in ("plus", "minus"):
        assert isinstance(node, ast.Constant)
        node.value += 1 if kind == "plus" else -1
    elif kind == "boolop":
        assert isinstance(node, ast.BoolOp)
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif kind == "condition":
        assert isinstance(node, (ast.If, ast.IfExp, ast.While))
        node.test = ast.Constant(True)
    elif kind == "swap":
        assert isinstance(node, ast.Call)
        node.args[0], node.args[1] = node.args[1], node.args[0]


def mutants_of(path: Path) -> list[Mutant]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    counts: dict[str, int] = {}
    for kind, node, description in _sites(tree):
        index = counts.get(kind, 0)
        counts[kind] = index + 1
        line, column = getattr(node, "lineno", 0), getattr(node, "col_offset", 0)
        found.append(Mutant(path, kind, index, line, column, description))
    return found


def mutated_source(mutant: Mutant) -> str | None:
    """The module's source with the mutant applied, or None when nothing changes."""
    original = ast.parse(mutant.path.read_text(encoding="utf-8"))
    tree = ast.parse(mutant.path.read_text(encoding="utf-8"))
    sites = [node for kind, node, _ in _sites(tree) if kind == mutant.kind]
    _apply(mutant.kind, sites[mutant.index])
    changed = ast.unparse(ast.fix_missing_locations(tree))
    return None if changed == ast.unparse(original) else changed


def area_mutants(area: str) -> list[Mutant]:
    folder = PACKAGE / AREAS[area][0]
    return [m for path in sorted(folder.rglob("*.py")) for m in mutants_of(path)]


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant
    result: str  # "killed", "timeout", "survived", "unchanged"
    seconds: float


def run_mutant(mutant: Mutant, tests: Sequence[str], workspace: Path, timeout: float) -> Outcome:
    """Write the mutant into a copy of src, run the area's tests, restore the copy."""
    started = time.perf_counter()
    source = mutated_source(mutant)
    if source is None:
        return Outcome(mutant, "unchanged", 0.0)
    target = workspace / "src" / mutant.path.relative_to(REPO / "src")
    target.write_text(source, encoding="utf-8")
    environment = dict(
        os.environ,
        PYTHONPATH=str(workspace / "src"),
        PYTHONDONTWRITEBYTECODE="1",
        HYPOTHESIS_PROFILE="mutation",
    )
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]
    command += ["--no-header", "-o", "addopts=", *tests]
    try:
        completed = subprocess.run(
            command,
            cwd=REPO,
            env=environment,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        result = "survived" if completed.returncode == 0 else "killed"
    except subprocess.TimeoutExpired:
        result = "timeout"
    finally:
        shutil.copyfile(mutant.path, target)
    return Outcome(mutant, result, time.perf_counter() - started)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--area", action="append", choices=sorted(AREAS), help="(default: all)")
    parser.add_argument("--sample", type=int, default=0, help="mutants per area (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per mutant")
    parser.add_argument("--list", action="store_true", help="list the mutants; run nothing")
    parser.add_argument("--match", help="only the mutants whose label contains this text")
    parser.add_argument(
        "--survivors",
        type=Path,
        help="only the mutants a previous run's output lists as survived (to rerun them)",
    )
    parser.add_argument(
        "--tests", nargs="+", help="test files to run instead of the area's (e.g. properties only)"
    )
    args = parser.parse_args(argv)
    areas = args.area or sorted(AREAS)
    rng = random.Random(args.seed)
    wanted: set[str] | None = None
    if args.survivors is not None:
        lines = args.survivors.read_text(encoding="utf-8").splitlines()
        wanted = {line.split("s  ", 1)[1] for line in lines if line.startswith("  survived")}
    plan: dict[str, list[Mutant]] = {}
    for area in areas:
        every = [
            m
            for m in area_mutants(area)
            if (args.match is None or args.match in m.label())
            and (wanted is None or m.label() in wanted)
        ]
        chosen = rng.sample(every, args.sample) if 0 < args.sample < len(every) else every
        plan[area] = sorted(chosen, key=lambda m: (str(m.path), m.line, m.kind, m.index))
        print(f"{area}: {len(every)} mutants, {len(plan[area])} to run", flush=True)
    if args.list:
        for area, mutants in plan.items():
            for mutant in mutants:
                print(f"{area}  {mutant.label()}")
        return 0
    survivors = 0
    with tempfile.TemporaryDirectory(prefix="jg-mutants-") as folder:
        workspace = Path(folder)
        shutil.copytree(REPO / "src", workspace / "src")
        for area, mutants in plan.items():
            tally: dict[str, int] = {}
            for mutant in mutants:
                tests = args.tests or AREAS[area][1]
                outcome = run_mutant(mutant, tests, workspace, args.timeout)
                tally[outcome.result] = tally.get(outcome.result, 0) + 1
                print(
                    f"  {outcome.result:9s} {outcome.seconds:6.1f}s  {mutant.label()}", flush=True
                )
            killed = tally.get("killed", 0) + tally.get("timeout", 0)
            meaningful = killed + tally.get("survived", 0)
            survivors += tally.get("survived", 0)
            score = 100 * killed / meaningful if meaningful else 100.0
            print(
                f"{area}: {killed} killed ({tally.get('timeout', 0)} by timeout) of "
                f"{meaningful} run, {tally.get('survived', 0)} survived, "
                f"{tally.get('unchanged', 0)} unchanged by unparse; score {score:.1f}%",
                flush=True,
            )
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
