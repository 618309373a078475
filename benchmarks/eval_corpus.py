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

It also scores the multilingual corpus kept in this repository (``benchmarks/corpus/``,
one JSON Lines file per language, described in its README) and prints one row per
language: passages, expected pairs, pairs read with the right dates, marked dates and dual
years read, false items (items no expectation stands for, every item of a look-alike
passage among them), real errors found (inconsistent pairs the checker reports as errors)
and false errors (errors on pairs the corpus says are consistent).

Usage: ``python benchmarks/eval_corpus.py [--corpus PATH] [--languages PATH]``. The
shared corpus text is read at run time only; nothing of it is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from julian_gregorian import check, extract
from julian_gregorian.checks.findings import Finding
from julian_gregorian.text.items import Item, WrittenDate

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DEFAULT_LANGUAGES = Path(__file__).resolve().parent / "corpus"

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
    """``1917-10-25`` as a tuple; ``--10-25`` (no year in the text or its article) has year 0."""
    if iso.startswith("--"):
        month, day = iso[2:].split("-")
        return 0, int(month), int(day)
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
    return True, written.year_from != "text" or year == 0 or written.year == year


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


@dataclass
class Marked:
    passage: str
    quote: str
    calendar: str
    day: Day


@dataclass
class DualYear:
    passage: str
    quote: str
    years: tuple[int, int]


@dataclass
class LanguagePassage:
    """One passage of the multilingual corpus with what a careful reader sees in it."""

    passage: Passage
    language: str
    lookalike: bool
    pairs: list[Expected]
    marked: list[Marked]
    dual_years: list[DualYear]


def load_languages(folder: Path) -> list[LanguagePassage]:
    """Read every ``*.jsonl`` file of the multilingual corpus and extract each passage."""
    loaded: list[LanguagePassage] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            name = entry["id"]
            text = entry["text"]
            pairs = [
                Expected(
                    name,
                    pair["quote"],
                    _day(pair["julian"]),
                    _day(pair["gregorian"]),
                    bool(pair["consistent"]),
                )
                for pair in entry["pairs"]
            ]
            marked = [
                Marked(name, m["quote"], m["calendar"], _day(m["date"])) for m in entry["marked"]
            ]
            years = [
                DualYear(name, d["quote"], (d["years"][0], d["years"][1]))
                for d in entry["dual_years"]
            ]
            loaded.append(
                LanguagePassage(
                    Passage(name, text, extract(text)),
                    entry["language"],
                    bool(entry["lookalike"]),
                    pairs,
                    marked,
                    years,
                )
            )
    return loaded


def _pair_item(expected: Expected, items: list[Item]) -> Item | None:
    return _match(expected, items)[0]


def _marked_item(marked: Marked, items: list[Item]) -> Item | None:
    kind = "old_style" if marked.calendar == "julian" else "new_style"
    for item in items:
        side = item.old_style if kind == "old_style" else item.new_style
        if item.kind != kind or side is None:
            continue
        day_ok, year_ok = _agrees(side.start, marked.day)
        if day_ok and year_ok:
            return item
    return None


def _dual_year_item(dual: DualYear, items: list[Item]) -> Item | None:
    return next((i for i in items if i.kind == "dual_year" and i.dual_year == dual.years), None)


def _own_item(
    find: Callable[[list[Item]], Item | None], items: list[Item], explained: set[int]
) -> Item | None:
    """The item ``find`` picks, trying first the items no statement has taken yet.

    A passage may state one date twice (an infobox and its lead, a template in the text
    and again in its reference): each statement needs its own item, so the items already
    matched are tried last.
    """
    unexplained = [item for item in items if id(item) not in explained]
    return find(unexplained) or find(items)


@dataclass
class LanguageRow:
    passages: int = 0
    pairs: int = 0
    pairs_read: int = 0
    marked: int = 0
    marked_read: int = 0
    dual_years: int = 0
    dual_years_read: int = 0
    false_items: int = 0
    real_errors: int = 0
    real_errors_found: int = 0
    false_errors: int = 0

    def add(self, other: LanguageRow) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class LanguageReport:
    rows: dict[str, LanguageRow] = field(default_factory=dict)
    #: What went wrong, one line each, for the listing under the table.
    details: list[str] = field(default_factory=list)


def _score_passage(entry: LanguagePassage, report: LanguageReport) -> LanguageRow:
    row = LanguageRow(passages=1)
    passage = entry.passage
    items = passage.items
    explained: set[int] = set()
    findings = check(passage.text, items=items)
    for expected in entry.pairs:
        row.pairs += 1
        row.real_errors += not expected.consistent
        item = _own_item(partial(_pair_item, expected), items, explained)
        if item is None:
            report.details.append(f"MISSED pair {passage.name}: {expected.quote!r}")
            continue
        row.pairs_read += 1
        explained.add(id(item))
        errors = [f for f in findings if f.item is item and f.severity == "error"]
        if not expected.consistent:
            row.real_errors_found += bool(errors)
            if not errors:
                report.details.append(f"ERROR NOT FOUND {passage.name}: {expected.quote!r}")
        elif errors:
            row.false_errors += len(errors)
            report.details.append(
                f"FALSE ERROR {passage.name}: {expected.quote!r}: {errors[0].message}"
            )
    for marked in entry.marked:
        row.marked += 1
        item = _own_item(partial(_marked_item, marked), items, explained)
        if item is None:
            report.details.append(f"MISSED marked {passage.name}: {marked.quote!r}")
        else:
            row.marked_read += 1
            explained.add(id(item))
    for dual in entry.dual_years:
        row.dual_years += 1
        item = _own_item(partial(_dual_year_item, dual), items, explained)
        if item is None:
            report.details.append(f"MISSED dual year {passage.name}: {dual.quote!r}")
        else:
            row.dual_years_read += 1
            explained.add(id(item))
    for item in items:
        if id(item) not in explained:
            row.false_items += 1
            report.details.append(f"FALSE ITEM {passage.name}: {item.kind} {item.text!r}")
    return row


def language_report(passages: list[LanguagePassage]) -> LanguageReport:
    """Score each passage and add the scores up per language."""
    report = LanguageReport()
    for entry in passages:
        row = _score_passage(entry, report)
        report.rows.setdefault(entry.language, LanguageRow()).add(row)
    return report


_COLUMNS = (
    ("lang", 6),
    ("passages", 9),
    ("pairs", 6),
    ("read", 6),
    ("marked", 7),
    ("read", 6),
    ("years", 6),
    ("read", 6),
    ("false items", 12),
    ("real errors found", 18),
    ("false errors", 13),
)


def _table_line(cells: list[str]) -> str:
    return "".join(cell.rjust(width) for cell, (_, width) in zip(cells, _COLUMNS, strict=True))


def _row_cells(name: str, row: LanguageRow) -> list[str]:
    share = f"{100 * row.pairs_read / row.pairs:.0f}%" if row.pairs else "-"
    return [
        name,
        str(row.passages),
        str(row.pairs),
        share,
        str(row.marked),
        str(row.marked_read),
        str(row.dual_years),
        str(row.dual_years_read),
        str(row.false_items),
        f"{row.real_errors_found}/{row.real_errors}",
        str(row.false_errors),
    ]


def print_language_report(report: LanguageReport, *, details: bool = True) -> None:
    print(_table_line([name for name, _ in _COLUMNS]))
    total = LanguageRow()
    for language in sorted(report.rows):
        row = report.rows[language]
        total.add(row)
        print(_table_line(_row_cells(language, row)))
    print(_table_line(_row_cells("total", total)))
    print(
        f"pairs read with the right dates: {total.pairs_read}/{total.pairs}; marked dates "
        f"{total.marked_read}/{total.marked}; dual years {total.dual_years_read}/"
        f"{total.dual_years}; false items {total.false_items}; real errors found "
        f"{total.real_errors_found}/{total.real_errors}; false errors {total.false_errors}"
    )
    if details:
        for line in report.details:
            print(f"  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder")
    parser.add_argument(
        "--languages",
        type=Path,
        default=DEFAULT_LANGUAGES,
        help="folder of the multilingual corpus (*.jsonl)",
    )
    parser.add_argument(
        "--quiet", action="store_true", help="print the tables only, not every miss"
    )
    args = parser.parse_args(argv)
    folder: Path = args.corpus
    if (folder / "EXPECTED_pairs.json").is_file():
        corpus = load_corpus(folder)
        print_extraction_report(corpus, extraction_report(corpus))
        print_checker_report(checker_report(corpus))
    else:
        print(f"no corpus at {folder} (EXPECTED_pairs.json not found); nothing to measure")
    languages: Path = args.languages
    if any(languages.glob("*.jsonl")):
        print(f"\nmultilingual corpus: {languages}")
        print_language_report(language_report(load_languages(languages)), details=not args.quiet)
    else:
        print(f"no multilingual corpus at {languages} (no *.jsonl); nothing to measure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
