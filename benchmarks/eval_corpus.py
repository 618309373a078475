"""Measure the extractor (and, later, the checker) on the development corpus.

Runs ``julian_gregorian.extract`` over every ``*.txt`` passage of the corpus folder
(``../shared/corpus`` next to this repository, or ``--corpus PATH``) and compares the
day pairs it finds with ``EXPECTED_pairs.json`` (the Julian date and the Gregorian date
the text states, per file). Prints the recall and every expected pair that was missed.

A pair matches when its month and day agree on both sides and its years agree where
the extractor read them from the text itself; a year taken from the context or unknown
is reported, not counted against it (the corpus passages are cut out of their articles,
so the year a date needs may be in a part that is not there). A range pair
(``7–8 November [O.S. 25–26 October]``) stands for its first and last day.

Each report is one function taking the loaded corpus, so further reports (the checker's
verdicts) can be added beside :func:`extraction_report` and called from :func:`main`.

Usage: ``python benchmarks/eval_corpus.py [--corpus PATH]``. The corpus text is read at
run time only; nothing of it is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from julian_gregorian import extract
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
            entry["file"], entry["quote"], _day(entry["julian"]), _day(entry["gregorian_stated"])
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
