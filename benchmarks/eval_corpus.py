"""Measure the extractor and the checker on the development corpus.

Runs ``julian_gregorian.extract`` over every ``*.txt`` passage of the corpus folder
(``../shared/corpus`` next to this repository, or ``--corpus PATH``) and compares the
day pairs it finds with ``EXPECTED_pairs.json`` (the Julian date and the Gregorian date
the text states, per file). Prints the recall and every expected pair that was missed.

A pair matches when its month and day agree on both sides and its years agree where
the extractor read them from the text itself; a year taken from the context or unknown
is reported, not counted against it (the corpus passages are cut out of their articles,
so the year a date needs may be in a part that is not there). A range pair
(``7–8 November [O.S. 25–26 October]``) stands for its first and last day.

Each report is one function taking the loaded corpus: :func:`extraction_report`, and
:func:`checker_report`, which runs ``check`` on each passage and counts the expected
inconsistent pairs reported as errors, and every finding on a pair the corpus says is
consistent (each one a bug).

Usage: ``python benchmarks/eval_corpus.py [--corpus PATH]``. The corpus text is read at
run time only; nothing of it is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from julian_gregorian import check, extract
from julian_gregorian.checks.findings import Finding
from julian_gregorian.text.items import Item, WrittenDate

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

Day = tuple[int, int, int]


@dataclass
class Passage:
    name: str
    text: str
    items: list[Item]


@dataclass
class Expected:
    file: str
    quote: str
    julian: Day
    gregorian: Day
    #: The corpus's verdict: the stated Gregorian date is the Julian date's.
    consistent: bool = True


@dataclass
class Corpus:
    folder: Path
    passages: dict[str, Passage]
    expected: list[Expected]


@dataclass
class ExtractionResult:
    found: list[Expected] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    #: Expected pairs found with a year taken from the context that differs.
    other_year: list[tuple[Expected, Item]] = field(default_factory=list)


def _day(iso: str) -> Day:
    year, month, day = iso.split("-")
    return int(year), int(month), int(day)


def load_corpus(folder: Path) -> Corpus:
    """Read every passage and the expected pairs, and run the extractor on each passage."""
    passages: dict[str, Passage] = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        passages[path.name] = Passage(path.name, text, extract(text))
    raw = json.loads((folder / "EXPECTED_pairs.json").read_text(encoding="utf-8"))
    expected = [
        Expected(
            entry["file"],
            entry["quote"],
            _day(entry["julian"]),
            _day(entry["gregorian_stated"]),
            bool(entry.get("consistent", True)),
        )
        for entry in raw
    ]
    return Corpus(folder, passages, expected)


def _ends(item: Item) -> list[tuple[WrittenDate, WrittenDate]]:
    """(Julian, Gregorian) for the first and the last day of a pair."""
    old, new = item.old_style, item.new_style
    if item.kind != "pair" or old is None or new is None:
        return []
    return [(old.start, new.start), (old.end, new.end)]


def _agrees(written: WrittenDate, day: Day) -> tuple[bool, bool]:
    """(month and day agree, year agrees or was not read from the text)."""
    year, month, number = day
    if (written.month, written.day) != (month, number):
        return False, False
    return True, written.year_from != "text" or written.year == year


def _match(expected: Expected, items: list[Item]) -> tuple[Item | None, bool]:
    """The item that has the expected pair, and whether its years are exactly right."""
    near: Item | None = None
    for item in items:
        for julian, gregorian in _ends(item):
            day_j, year_j = _agrees(julian, expected.julian)
            day_g, year_g = _agrees(gregorian, expected.gregorian)
            if not (day_j and day_g and year_j and year_g):
                continue
            exact = julian.year == expected.julian[0] and gregorian.year == expected.gregorian[0]
            if exact:
                return item, True
            near = near or item
    return near, False


def extraction_report(corpus: Corpus) -> ExtractionResult:
    result = ExtractionResult()
    for expected in corpus.expected:
        passage = corpus.passages.get(expected.file)
        item, exact = _match(expected, passage.items if passage else [])
        if item is None:
            result.missed.append(expected)
            continue
        result.found.append(expected)
        if not exact:
            result.other_year.append((expected, item))
    return result


def _iso(day: Day) -> str:
    return f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}"


def print_extraction_report(corpus: Corpus, result: ExtractionResult) -> None:
    total = len(corpus.expected)
    items = sum(len(passage.items) for passage in corpus.passages.values())
    print(f"corpus: {corpus.folder} ({len(corpus.passages)} passages, {items} items extracted)")
    share = 100 * len(result.found) / total if total else 100.0
    print(f"extraction recall: {len(result.found)}/{total} expected pairs ({share:.1f}%)")
    for expected in result.missed:
        print(
            f"  MISSED {expected.file}: {expected.quote!r} "
            f"(Julian {_iso(expected.julian)}, Gregorian {_iso(expected.gregorian)})"
        )
    for expected, item in result.other_year:
        years = [
            f"{label} {side.start.isoformat()} ({side.start.year_from})"
            for label, side in (("O.S.", item.old_style), ("N.S.", item.new_style))
            if side is not None
        ]
        print(
            f"  year not in the passage {expected.file}: {expected.quote!r} read as "
            f"{', '.join(years)}; expected Julian {_iso(expected.julian)}"
        )


@dataclass
class CheckerResult:
    #: Inconsistent expected pairs and the finding reported on them (None: missed).
    inconsistent: list[tuple[Expected, Finding | None]] = field(default_factory=list)
    #: Findings on pairs the corpus says are consistent: each one is a bug.
    false: list[tuple[Expected, Finding]] = field(default_factory=list)
    #: Findings on items no expected pair stands for (marked dates, dual years...).
    other: list[tuple[str, Finding]] = field(default_factory=list)


def checker_report(corpus: Corpus) -> CheckerResult:
    """Run ``check`` on each passage (its extracted items) and judge it by the verdicts."""
    result = CheckerResult()
    for name, passage in corpus.passages.items():
        findings = check(passage.text, items=passage.items)
        on_expected: set[int] = set()
        for expected in (e for e in corpus.expected if e.file == name):
            item, _ = _match(expected, passage.items)
            mine = [f for f in findings if item is not None and f.item is item]
            on_expected.update(id(f) for f in mine)
            if not expected.consistent:
                errors = [f for f in mine if f.severity == "error"]
                result.inconsistent.append((expected, (errors or mine or [None])[0]))
            else:
                result.false.extend((expected, f) for f in mine)
        result.other.extend((name, f) for f in findings if id(f) not in on_expected)
    return result


def print_checker_report(result: CheckerResult) -> None:
    total = len(result.inconsistent)
    errors = sum(1 for _, f in result.inconsistent if f is not None and f.severity == "error")
    flagged = sum(1 for _, f in result.inconsistent if f is not None)
    print(
        f"checker: {errors}/{total} inconsistent pairs reported as errors "
        f"({flagged - errors} more as warnings); {len(result.false)} findings on "
        f"consistent pairs; {len(result.other)} findings on other items"
    )
    for expected, finding in result.inconsistent:
        shown = "NOT REPORTED" if finding is None else f"{finding.code} {finding.message}"
        print(f"  inconsistent {expected.file}: {expected.quote!r}: {shown}")
    for expected, finding in result.false:
        print(f"  FALSE {expected.file}: {expected.quote!r}: {finding.code} {finding.message}")
    for name, finding in result.other:
        text = finding.item.text if finding.item is not None else ""
        print(f"  other {name}:{finding.line}: {text!r}: {finding.code} {finding.message}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder")
    args = parser.parse_args(argv)
    folder: Path = args.corpus
    if not (folder / "EXPECTED_pairs.json").is_file():
        print(f"no corpus at {folder} (EXPECTED_pairs.json not found); nothing to measure")
        return 0
    corpus = load_corpus(folder)
    print_extraction_report(corpus, extraction_report(corpus))
    print_checker_report(checker_report(corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
