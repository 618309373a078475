"""Mutation testing of calendar/, checks/ and places/: do the tests notice a wrong change?

A mutant is the package with one small change to one module: a comparison flipped
(``<`` and ``<=``, ``>`` and ``>=``, ``==`` and ``!=``, ``in`` and ``not in``), an integer
constant moved by one (``+1`` and ``-1``), ``and`` and ``or`` swapped, the condition of
an ``if`` (or of a conditional expression) replaced by ``True``, or the first two
positional arguments of a call swapped. Each mutant is written into a copy of ``src``
and the tests that can notice it run against it (``pytest -x``, with a time limit per
mutant); the mutant is *killed* when they fail or time out, and *survives* when they pass.

The tests that can notice a mutant are those that run its line: the area's test files run
once under coverage.py with a context per test function, and each mutant then runs only
the tests recorded on its lines (on the lines of its statement when its own lines record
none; the area's whole list when only the import ran them, as for a table). A mutant that
no test runs is *uncovered* and counts as surviving. ``--all-tests`` runs the area's
whole list for every mutant instead (slower; to confirm a survivor).

The full set of mutants is large (a few thousand), so ``--sample`` draws that many per
area with ``--seed``; the report gives the sample size next to the score. Surviving
mutants are listed with their place, so that each can be judged: a test that kills it,
or the reason it is equivalent (no input can tell it from the original)::

    python benchmarks/mutate.py --sample 40 --seed 1
    python benchmarks/mutate.py --area places --list        # the mutants, not run
    python benchmarks/mutate.py --survivors run.log --all-tests   # confirm the survivors
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
            "tests/test_dates_datetime.py",
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
            "tests/test_fix_idempotency.py",
            "tests/test_rule_explanations.py",
            "tests/test_check_claims.py",
            "tests/test_check_config.py",
            "tests/test_check_config_files.py",
            "tests/test_check_suppressions.py",
            "tests/test_check_safe_scope.py",
            "tests/test_check_template_fixes.py",
            "tests/test_gedcom_file_check.py",
            "tests/test_wikidata_entity_check.py",
            "tests/test_tei.py",
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
    """One change: the *index*-th site of *kind* in *path*, at *line* and *column*.

    *lines* are the lines whose tests can notice it (the changed expression's), and
    *statement* those of the statement around it.
    """

    path: Path
    kind: str
    index: int
    line: int
    column: int
    description: str
    lines: tuple[int, int] = (0, 0)
    statement: tuple[int, int] = (0, 0)

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
                    which = f" (operator {position + 1})" if len(node.ops) > 1 else ""
                    yield f"compare{position}", node, f"{type(op).__name__} -> {flipped}{which}"
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


def _span(node: ast.AST) -> tuple[int, int]:
    first = getattr(node, "lineno", 0)
    return first, getattr(node, "end_lineno", None) or first


def mutants_of(path: Path) -> list[Mutant]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    statement_of: dict[int, ast.AST] = {}
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            enclosing = parent if isinstance(parent, ast.stmt) else statement_of.get(id(parent))
            if enclosing is not None:
                statement_of[id(child)] = enclosing
    found = []
    counts: dict[str, int] = {}
    for kind, node, description in _sites(tree):
        index = counts.get(kind, 0)
        counts[kind] = index + 1
        line, column = getattr(node, "lineno", 0), getattr(node, "col_offset", 0)
        # A condition's tests are those that evaluate it, not all that enter its body.
        changed = node.test if kind == "condition" else node  # type: ignore[attr-defined]
        statement = changed if isinstance(changed, ast.stmt) else statement_of.get(id(node), node)
        lines, around = _span(changed), _span(statement or node)
        if kind == "condition":
            around = lines
        found.append(Mutant(path, kind, index, line, column, description, lines, around))
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


#: Per module (absolute path), per line: the pytest node ids of the tests that ran it;
#: "" stands for code run outside any test (imports, fixtures).
Coverage = dict[str, dict[int, set[str]]]


def _node_id(context: str) -> str:
    """The pytest node id of a coverage context such as ``test_check_pairs.test_x``."""
    if not context:
        return ""
    parts = context.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        path = REPO.joinpath("tests", *parts[:cut]).with_suffix(".py")
        if path.is_file():
            return "::".join([path.relative_to(REPO).as_posix(), *parts[cut:]])
    return ""


def measure_coverage(area: str, tests: Sequence[str], folder: Path) -> Coverage:
    """Run the area's tests once under coverage.py, one context per test function."""
    from coverage import CoverageData

    settings = folder / f"coveragerc-{area}"
    settings.write_text("[run]\ndynamic_context = test_function\n", encoding="utf-8")
    data_file = folder / f"coverage-{area}"
    command = [sys.executable, "-m", "coverage", "run", f"--rcfile={settings}"]
    command += [f"--data-file={data_file}", f"--source={PACKAGE / AREAS[area][0]}"]
    command += ["-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-header", "-o", "addopts="]
    environment = dict(os.environ, PYTHONPATH=str(REPO / "src"), HYPOTHESIS_PROFILE="mutation")
    completed = subprocess.run(
        [*command, *tests], cwd=REPO, env=environment, capture_output=True, check=False
    )
    if completed.returncode != 0:
        sys.exit(f"the {area} tests fail without any mutant:\n{completed.stdout.decode()}")
    data = CoverageData(basename=str(data_file))
    data.read()
    return {
        str(Path(name).resolve()): {
            line: {_node_id(context) for context in contexts}
            for line, contexts in data.contexts_by_lineno(name).items()
        }
        for name in data.measured_files()
    }


def tests_for(mutant: Mutant, coverage: Coverage, files: Sequence[str]) -> list[str] | None:
    """The node ids of the tests that run the mutant's lines, in the order of *files*.

    None when code outside the tests runs them (the whole list must run) and [] when
    nothing does.
    """
    by_line = coverage.get(str(mutant.path.resolve()), {})

    def ran(span: tuple[int, int]) -> set[str]:
        return {test for line in range(span[0], span[1] + 1) for test in by_line.get(line, ())}

    tests = ran(mutant.lines) or ran(mutant.statement)
    if "" in tests:
        return None
    rank = {name: position for position, name in enumerate(files)}
    return sorted(tests, key=lambda test: (rank.get(test.split("::")[0], len(rank)), test))


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant
    result: str  # "killed", "timeout", "survived", "uncovered", "unchanged"
    seconds: float


def run_mutant(mutant: Mutant, tests: Sequence[str], workspace: Path, timeout: float) -> Outcome:
    """Write the mutant into a copy of src, run the area's tests, restore the copy."""
    started = time.perf_counter()
    source = mutated_source(mutant)
    if source is None:
        return Outcome(mutant, "unchanged", 0.0)
    if not tests:
        return Outcome(mutant, "uncovered", 0.0)
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
    parser.add_argument(
        "--all-tests",
        action="store_true",
        help="run the area's whole test list for every mutant, not only the tests of its lines",
    )
    args = parser.parse_args(argv)
    areas = args.area or sorted(AREAS)
    rng = random.Random(args.seed)
    wanted: set[str] | None = None
    if args.survivors is not None:
        lines = args.survivors.read_text(encoding="utf-8").splitlines()
        wanted = {
            line.split("s  ", 1)[1]
            for line in lines
            if line.startswith(("  survived", "  uncovered"))
        }
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
            files = args.tests or AREAS[area][1]
            coverage = None
            if not (args.tests or args.all_tests):
                started = time.perf_counter()
                coverage = measure_coverage(area, files, workspace)
                seconds = time.perf_counter() - started
                print(f"{area}: the tests of each line measured in {seconds:.0f}s", flush=True)
            tally: dict[str, int] = {}
            for mutant in mutants:
                selected = None if coverage is None else tests_for(mutant, coverage, files)
                tests = files if selected is None else selected
                outcome = run_mutant(mutant, tests, workspace, args.timeout)
                tally[outcome.result] = tally.get(outcome.result, 0) + 1
                print(
                    f"  {outcome.result:9s} {outcome.seconds:6.1f}s  {mutant.label()}", flush=True
                )
            killed = tally.get("killed", 0) + tally.get("timeout", 0)
            left = tally.get("survived", 0) + tally.get("uncovered", 0)
            meaningful = killed + left
            survivors += left
            score = 100 * killed / meaningful if meaningful else 100.0
            print(
                f"{area}: {killed} killed ({tally.get('timeout', 0)} by timeout) of "
                f"{meaningful}, {left} survived ({tally.get('uncovered', 0)} run by no test), "
                f"{tally.get('unchanged', 0)} unchanged by unparse; score {score:.1f}%",
                flush=True,
            )
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
