"""The multilingual corpus scorer (``benchmarks/eval_corpus.py``) counts each statement once."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

from helpers.paths import REPO
from helpers.scripts import load_script

SCRIPT = REPO / "benchmarks" / "eval_corpus.py"


def _load_script() -> ModuleType:
    return load_script(SCRIPT)


def _score(folder: Path, entry: dict[str, Any]) -> tuple[Any, list[str]]:
    """Score one passage written as the corpus file of its language: its row and misses."""
    path = folder / f"{entry['language']}.jsonl"
    path.write_text(json.dumps(entry, ensure_ascii=False) + "\n", "utf-8")
    scorer = _load_script()
    report = scorer.language_report(scorer.load_languages(folder))
    return report.rows[entry["language"]], report.details


def test_a_pair_stated_twice_in_one_passage_needs_two_items(tmp_path: Path) -> None:
    # benchmarks/corpus be-003 (Belarusian Wikipedia, 'Францішак Багушэвіч'): the
    # infobox and the lead state the same birth date.
    text = (
        "Нарадзіўся | 9 (21) сакавіка 1840 |\n"
        "Франці́шак Бэнэды́кт Багушэ́віч (21 сакавіка [ст. ст. 9 сакавіка] 1840)"
    )
    pair = {"julian": "1840-03-09", "gregorian": "1840-03-21", "consistent": True}
    entry = {
        "id": "be-001",
        "language": "be",
        "text": text,
        "pairs": [
            {"quote": "9 (21) сакавіка 1840", **pair},
            {"quote": "21 сакавіка [ст. ст. 9 сакавіка] 1840", **pair},
        ],
        "marked": [],
        "dual_years": [],
        "lookalike": False,
    }
    row, details = _score(tmp_path, entry)
    assert (row.pairs, row.pairs_read, row.false_items) == (2, 2, 0), details


def test_a_marked_date_stated_twice_in_one_passage_needs_two_items(tmp_path: Path) -> None:
    # benchmarks/corpus ru-009 (Russian Wikipedia, 'Московский государственный
    # университет', wikitext): {{сс3|…}} in the text and again in its reference.
    text = (
        "подписан императрицей {{сс3|24.1.1755}} года<ref>{{cite web|title=Указ}}"
        "{{сс3|24.1.1755}} года</ref>."
    )
    marked = {"calendar": "julian", "date": "1755-01-24"}
    entry = {
        "id": "ru-001",
        "language": "ru",
        "text": text,
        "pairs": [],
        "marked": [
            {"quote": "{{сс3|24.1.1755}} года<ref", **marked},
            {"quote": "}}{{сс3|24.1.1755}}", **marked},
        ],
        "dual_years": [],
        "lookalike": False,
    }
    row, details = _score(tmp_path, entry)
    assert (row.marked, row.marked_read, row.false_items) == (2, 2, 0), details
