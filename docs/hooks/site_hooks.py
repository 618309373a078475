"""MkDocs hook: the pages and pictures of the site that are made from the library itself.

Written into the build only (never into docs/, whose Markdown pytest runs as doctests):

- ``rules/index.md`` and one ``rules/<CODE>.md`` per rule, from the sections of the
  rule's ``Explanation`` that ``julian-gregorian check --explain CODE`` prints, so that a
  rule is described once, in its code;
- ``figures/offset.png``: the days the Gregorian calendar is ahead of the Julian one,
  from 500 BCE to 2500;
- ``figures/reforms.png``: when each place of the reform table changed calendar;
- ``figures/cal-gb-1752-09.png`` and ``figures/cal-ru-1918-02.png``: two months as
  ``julian-gregorian cal`` prints them.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display on a build machine

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from julian_gregorian import offset_for_julian
from julian_gregorian._cli.main import main as command
from julian_gregorian.checks.rule_index import ALL_RULES, traits
from julian_gregorian.places import REFORMS

CALENDAR_COLOURS = {"Julian": "#4c72b0", "Gregorian": "#dd8452", "Swedish": "#55a868"}
OTHER_COLOUR = "#c8c8c8"


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    for path, content in {**rule_pages(), **figures()}.items():
        files.append(File.generated(config, path, content=content))
    return files


def run(*words: str) -> str:
    """What ``julian-gregorian WORDS`` prints, run in this process."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = command(list(words))
    if status != 0:
        raise RuntimeError(f"julian-gregorian {' '.join(words)} exited with {status}")
    return out.getvalue()


# ---------------------------------------------------------------- rule pages


def rule_pages() -> dict[str, str | bytes]:
    pages: dict[str, str | bytes] = {}
    rows = []
    for found in ALL_RULES:
        code, shown_traits = found.code, ", ".join(traits(found))
        sections = "".join(
            f"## {heading}\n\n"
            + (f"```text\n{body}\n```" if heading == "Example" else _markdown(body))
            + "\n\n"
            for heading, body in found.about.sections()
        )
        pages[f"rules/{code}.md"] = (
            f"# {code} {found.name} ({shown_traits})\n\n**{_markdown(found.summary)}**\n\n"
            f"{sections}"
            f"`julian-gregorian check --explain {code}` prints this page; "
            f"`--select {code}` or `--ignore {code}` chooses it.\n"
        )
        rows.append(
            f"| [{code}]({code}.md) | {found.name} ({shown_traits}) | {_markdown(found.summary)} |"
        )
    pages["rules/index.md"] = (
        "# The rules\n\n"
        "Every rule of `julian-gregorian check`, as `--list-rules` lists them and "
        "`--explain CODE` explains them. JG1xx judge O.S./N.S. pairs, JG2xx pairs without "
        "a year, JG3xx dual years, JG4xx the periods of the two calendars and what a text "
        "says of the offset, JG5xx are opt-in, JG6xx check GEDCOM files, JG7xx TEI files "
        "and JG8xx a saved Wikidata item. How pairs are judged, fixes and settings are in "
        "[the consistency checks](../checks.md).\n\n"
        "| Code | Name (severity) | What it finds |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n"
    )
    return pages


def _markdown(text: str) -> str:
    """Plain explanation text made safe for Markdown: ``<`` outside code is not HTML."""
    pieces = re.split(r"(`[^`]*`)", text)
    return "".join(
        piece if piece.startswith("`") else piece.replace("<", "&lt;").replace("*", r"\*")
        for piece in pieces
    )


# ---------------------------------------------------------------- figures


def figures() -> dict[str, str | bytes]:
    return {
        "figures/offset.png": _png(offset_figure()),
        "figures/reforms.png": _png(reforms_figure()),
        "figures/cal-gb-1752-09.png": _png(month_figure("1752-09", "GB")),
        "figures/cal-ru-1918-02.png": _png(month_figure("1918-02", "RU")),
    }


def _png(figure: Figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=110, bbox_inches="tight")
    plt.close(figure)
    return out.getvalue()


def offset_figure(first: int = -500, last: int = 2500) -> Figure:
    """The offset on Julian 1 March of each year: it only changes on that day."""
    years = list(range(first, last + 1))
    offsets = [offset_for_julian(year, 3, 1) for year in years]
    figure, axes = plt.subplots(figsize=(9, 4.2))
    axes.step(years, offsets, where="post", color=CALENDAR_COLOURS["Gregorian"])
    axes.axhline(0, color="black", linewidth=0.6)
    for before, after, year in _changes(years, offsets):
        if 1700 <= year <= 2100:
            axes.annotate(
                f"1 March {year} O.S.: {before} → {after}",
                xy=(year, after),
                xytext=(year - 1150, after + 1.2),
                fontsize=8,
                arrowprops={"arrowstyle": "-", "color": "grey", "linewidth": 0.6},
            )
    zero = [year for year, offset in zip(years, offsets, strict=True) if offset == 0]
    axes.axvspan(zero[0], zero[-1] + 1, color=CALENDAR_COLOURS["Julian"], alpha=0.25)
    axes.annotate(
        f"no difference: 1 March {zero[0]} to 28 February {zero[-1] + 1} O.S.",
        xy=(zero[0], 0),
        xytext=(zero[0] - 650, 6),
        fontsize=8,
        arrowprops={"arrowstyle": "-", "color": "grey", "linewidth": 0.6},
    )
    axes.set_xlim(first, last)
    axes.set_xlabel("year (astronomical: 0 is 1 BCE)")
    axes.set_ylabel("days N.S. is ahead of O.S.")
    axes.set_title("Gregorian minus Julian date of the same day")
    axes.grid(alpha=0.3)
    return figure


def _changes(years: Sequence[int], offsets: Sequence[int]) -> list[tuple[int, int, int]]:
    return [
        (offsets[i - 1], offsets[i], years[i])
        for i in range(1, len(years))
        if offsets[i] != offsets[i - 1]
    ]


def reforms_figure(first: float = 1560, last: float = 1935) -> Figure:
    """One row per place: the calendar it used, year by year (fractions of a year)."""
    rows = list(REFORMS)
    figure, axes = plt.subplots(figsize=(9, 0.19 * len(rows) + 1.2))
    for row, reform in enumerate(rows):
        for start, end, calendar in _periods(reform, first, last):
            colour = CALENDAR_COLOURS.get(calendar, OTHER_COLOUR)
            axes.barh(row, end - start, left=start, height=0.75, color=colour, linewidth=0)
    axes.set_yticks(range(len(rows)), [reform.code for reform in rows], fontsize=6.5)
    axes.invert_yaxis()
    axes.set_xlim(first, last)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.grid(axis="x", alpha=0.3)
    axes.set_title("The calendar of each place of the reform table")
    legend = [Patch(color=colour, label=name) for name, colour in CALENDAR_COLOURS.items()]
    legend.append(Patch(color=OTHER_COLOUR, label="another calendar, or not yet covered"))
    axes.legend(handles=legend, loc="upper right", fontsize=8)
    return figure


def _periods(reform: Any, first: float, last: float) -> list[tuple[float, float, str]]:
    periods: list[tuple[float, float, str]] = []
    start, calendar = first, reform.initial_calendar
    if reform.covered_from is not None:
        covered = _fractional_year(*_ymd(reform.covered_from))
        periods.append((first, covered, "other"))
        start = covered
    for step in reform.transitions:
        change = _fractional_year(*step.first_new)
        periods.append((start, change, step.old))
        start, calendar = change, step.new
    periods.append((start, last, calendar))
    return [(a, b, name) for a, b, name in periods if b > a]


def _ymd(date: Any) -> tuple[int, int, int]:
    return date.year, date.month, date.day


def _fractional_year(year: int, month: int, day: int) -> float:
    return year + (month - 1) / 12 + (day - 1) / 365


def month_figure(month: str, place: str) -> Figure:
    """A month of *place* drawn as ``julian-gregorian cal MONTH --place PLACE`` prints it."""
    printed = run("cal", month, "--place", place).rstrip("\n").splitlines()
    lines = [f"$ julian-gregorian cal {month} --place {place}", *printed]
    width = max(len(line) for line in lines)
    figure = plt.figure(figsize=(0.085 * width + 0.4, 0.2 * len(lines) + 0.3))
    figure.text(
        0.02,
        0.5,
        "\n".join(lines),
        family="monospace",
        fontsize=9,
        va="center",
        ha="left",
        bbox={"facecolor": "#f7f7f7", "edgecolor": "#bbbbbb", "boxstyle": "round,pad=0.6"},
    )
    return figure
