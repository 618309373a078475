"""``import julian_gregorian`` and ``--version`` do not load the extractor."""

from __future__ import annotations

import subprocess
import sys

import pytest

import julian_gregorian
from julian_gregorian.checks import CheckResult, Finding, Fix, check, check_text
from julian_gregorian.date_reading import parse_date
from julian_gregorian.text import Item, Side, WrittenDate, extract

LOADED = (
    "import sys\n"
    "heavy = sorted(m for m in sys.modules if m.startswith(('julian_gregorian.text', "
    "'julian_gregorian.checks', 'julian_gregorian.places')))\n"
    "print(heavy)\n"
)


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_importing_the_package_loads_only_the_calendar() -> None:
    assert _run("import julian_gregorian\n" + LOADED) == "[]\n"


def test_version_does_not_load_the_extractor() -> None:
    code = "from julian_gregorian._cli.main import main\nassert main(['--version']) == 0\n" + LOADED
    assert _run(code) == "julian-gregorian 0.1.0\n[]\n"


@pytest.mark.parametrize(
    "argv",
    [["convert", "1917-10-25"], ["cal", "1752-09"], ["places", "GB"], ["convert", "--help"]],
)
def test_commands_without_text_do_not_load_the_extractor_or_the_checker(argv: list[str]) -> None:
    code = (
        "import contextlib, io\n"
        "from julian_gregorian._cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        code = main({argv!r})\n"
        "    except SystemExit as done:\n"
        "        code = done.code\n"
        "assert code == 0, code\n"
        "import sys\n"
        "print(sorted(m for m in sys.modules if m.startswith(('julian_gregorian.text', "
        "'julian_gregorian.checks'))))\n"
    )
    assert _run(code) == "[]\n"


#: What a parser needs none of: the extractor, the checker, the reports and the dumps.
HEAVY = (
    "julian_gregorian.text",
    "julian_gregorian.checks",
    "julian_gregorian.reports",
    "julian_gregorian.dumps",
)


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["--help"], 0),
        (["check", "--help"], 0),
        (["extract", "--help"], 0),
        (["check", "--format", "xml", "a.txt"], 2),
        (["check", "--fail-on", "fatal", "a.txt"], 2),
        (["check", "--fix", "--diff", "a.txt"], 2),
        (["extract", "--jobs", "0", "a.txt"], 2),
    ],
)
def test_help_and_usage_errors_load_only_the_parsers(argv: list[str], status: int) -> None:
    code = (
        "import contextlib, io, sys\n"
        "from julian_gregorian._cli.main import main\n"
        "out, err = io.StringIO(), io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):\n"
        "    try:\n"
        f"        code = main({argv!r})\n"
        "    except SystemExit as done:\n"
        "        code = done.code\n"
        "print(code, sorted(m for m in sys.modules if m.startswith("
        f"{HEAVY!r})))\n"
    )
    assert _run(code) == f"{status} []\n"


def test_an_unknown_command_still_lists_every_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "julian_gregorian", "conv"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    for name in ("check", "extract", "convert", "cal", "places"):
        assert f"'{name}'" in done.stderr


def test_the_lazy_names_are_the_real_ones() -> None:
    assert julian_gregorian.check is check
    assert julian_gregorian.extract is extract
    assert (julian_gregorian.Item, julian_gregorian.Side) == (Item, Side)
    assert julian_gregorian.WrittenDate is WrittenDate
    assert (julian_gregorian.Finding, julian_gregorian.Fix) == (Finding, Fix)
    assert (julian_gregorian.check_text, julian_gregorian.CheckResult) == (check_text, CheckResult)
    assert julian_gregorian.parse_date is parse_date
    assert {"check", "extract", "Item", "arrays"} <= set(dir(julian_gregorian))
    assert set(julian_gregorian.__all__) <= set(dir(julian_gregorian))
